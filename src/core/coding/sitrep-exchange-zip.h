/* sitrep-exchange-zip.h — zip archives written as a stream and read back, for exports of a file an article
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes entries one after another to @out (deflated, UTF-8 names, Zip64
 * where there are more than 65,535 entries or over 4 GB), keeping only the
 * central directory aside, in a temporary file, so memory stays flat. */
typedef struct _SitrepZipWriter SitrepZipWriter;

SitrepZipWriter *sitrep_zip_writer_new     (GOutputStream    *out,
                                            GError          **error);
gboolean         sitrep_zip_writer_add     (SitrepZipWriter  *self,
                                            const char       *name,
                                            const void       *data,
                                            gsize             len,
                                            GCancellable     *cancellable,
                                            GError          **error);
/* Writes the central directory; @out is left open. */
gboolean         sitrep_zip_writer_finish  (SitrepZipWriter  *self,
                                            GCancellable     *cancellable,
                                            GError          **error);
void             sitrep_zip_writer_free    (SitrepZipWriter  *self);

typedef struct
{
  char    *name;
  guint64  offset;           /* of its local header */
  guint64  compressed;
  guint64  size;
  guint32  crc;
  guint16  method;           /* 0 stored, 8 deflated */
  guint16  flags;
} SitrepZipEntry;

/* The entries of the zip @file, in the order of its directory. Fails with a
 * message in the user's words when @file is not a zip or is damaged. */
GPtrArray       *sitrep_zip_list           (GFile            *file,
                                            GCancellable     *cancellable,
                                            GError          **error);
/* The contents of @entry (at most @max_size bytes, checked against its CRC). */
GBytes          *sitrep_zip_read           (GFile            *file,
                                            const SitrepZipEntry *entry,
                                            gsize             max_size,
                                            GCancellable     *cancellable,
                                            GError          **error);
void             sitrep_zip_entry_free     (SitrepZipEntry   *entry);
/* Whether @file is a regular file that begins as a zip does, whatever its name. */
gboolean         sitrep_zip_file_is_zip    (GFile            *file,
                                            GCancellable     *cancellable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepZipWriter, sitrep_zip_writer_free)

G_END_DECLS
