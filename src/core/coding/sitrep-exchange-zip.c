/* sitrep-exchange-zip.c — zip archives written as a stream and read back, for exports of a file an article
 *
 * The format is PKWARE's APPNOTE: a local header and the data of each entry,
 * then the central directory and its end record (with the Zip64 records
 * when counts or offsets outgrow 16 and 32 bits). Data is raw deflate
 * (GZlibCompressor), names are UTF-8 (flag bit 11).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-exchange-zip.h"

#define SIG_LOCAL        0x04034b50u
#define SIG_CENTRAL      0x02014b50u
#define SIG_END          0x06054b50u
#define SIG_END64        0x06064b50u
#define SIG_END64_LOCATE 0x07064b50u
#define FLAG_UTF8        0x0800u
#define MAX_DIRECTORY    (256 * 1024 * 1024)

static guint32 crc_table[256];

static void
crc_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint32 n = 0; n < 256; n++)
        {
          guint32 c = n;
          for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
          crc_table[n] = c;
        }
      g_once_init_leave (&done, 1);
    }
}

static guint32
crc32_of (const guint8 *data,
          gsize         len)
{
  guint32 c = 0xffffffffu;

  crc_init ();
  for (gsize i = 0; i < len; i++)
    c = crc_table[(c ^ data[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

static void
put16 (GByteArray *b, guint v)
{
  guint8 x[2] = { v & 0xff, (v >> 8) & 0xff };
  g_byte_array_append (b, x, 2);
}

static void
put32 (GByteArray *b, guint32 v)
{
  guint8 x[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff };
  g_byte_array_append (b, x, 4);
}

static void
put64 (GByteArray *b, guint64 v)
{
  put32 (b, v & 0xffffffffu);
  put32 (b, v >> 32);
}

static guint
get16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
get32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

static guint64
get64 (const guint8 *p)
{
  return get32 (p) | ((guint64) get32 (p + 4) << 32);
}

/* ------------------------------------------------------------------ writing */

struct _SitrepZipWriter
{
  GOutputStream *out;
  GFile         *spool_file;    /* the central directory, until finish */
  GFileIOStream *spool;
  GConverter    *compressor;    /* one for every entry: its state is large to set up */
  guint64        offset;        /* bytes written to @out */
  guint64        entries;
  guint64        directory_size;
  guint          dos_time;
  guint          dos_date;
};

SitrepZipWriter *
sitrep_zip_writer_new (GOutputStream  *out,
                       GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SitrepZipWriter *self;
  GFileIOStream *spool = NULL;
  GFile *file;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), NULL);

  file = g_file_new_tmp ("sitrep-zip-XXXXXX", &spool, error);
  if (file == NULL)
    return NULL;
  self = g_new0 (SitrepZipWriter, 1);
  self->out = g_object_ref (out);
  self->spool_file = file;
  self->spool = spool;
  self->compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, -1));
  self->dos_time = (g_date_time_get_hour (now) << 11) | (g_date_time_get_minute (now) << 5) |
                   (g_date_time_get_second (now) / 2);
  self->dos_date = ((MAX (g_date_time_get_year (now), 1980) - 1980) << 9) |
                   (g_date_time_get_month (now) << 5) | g_date_time_get_day_of_month (now);
  return self;
}

static GBytes *
deflate (GConverter    *compressor,
         const void    *data,
         gsize          len,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) converter = g_converter_output_stream_new (memory, compressor);

  g_converter_reset (compressor);
  if (!g_output_stream_write_all (converter, data, len, NULL, cancellable, error) ||
      !g_output_stream_close (converter, cancellable, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

gboolean
sitrep_zip_writer_add (SitrepZipWriter  *self,
                       const char       *name,
                       const void       *data,
                       gsize             len,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GByteArray) local = g_byte_array_new ();
  g_autoptr(GByteArray) central = g_byte_array_new ();
  guint32 crc = crc32_of (data, len);
  gsize name_len = strlen (name), packed_len;
  gboolean far = self->offset >= 0xffffffffu;

  g_return_val_if_fail (self != NULL && name != NULL, FALSE);

  if (len >= 0xffffffffu || name_len > 0xffff)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is too large to go into a zip file."), name);
      return FALSE;
    }
  packed = deflate (self->compressor, data, len, cancellable, error);
  if (packed == NULL)
    return FALSE;
  packed_len = g_bytes_get_size (packed);

  put32 (local, SIG_LOCAL);
  put16 (local, 20);
  put16 (local, FLAG_UTF8);
  put16 (local, 8);
  put16 (local, self->dos_time);
  put16 (local, self->dos_date);
  put32 (local, crc);
  put32 (local, packed_len);
  put32 (local, len);
  put16 (local, name_len);
  put16 (local, 0);
  g_byte_array_append (local, (const guint8 *) name, name_len);

  /* Its directory record, with a Zip64 extra field once past 4 GB. */
  put32 (central, SIG_CENTRAL);
  put16 (central, (3 << 8) | 45);          /* made on Unix, by APPNOTE 4.5 */
  put16 (central, far ? 45 : 20);
  put16 (central, FLAG_UTF8);
  put16 (central, 8);
  put16 (central, self->dos_time);
  put16 (central, self->dos_date);
  put32 (central, crc);
  put32 (central, packed_len);
  put32 (central, len);
  put16 (central, name_len);
  put16 (central, far ? 12 : 0);
  put16 (central, 0);
  put16 (central, 0);
  put16 (central, 0);
  put32 (central, 0100644u << 16);          /* a regular file, rw-r--r-- */
  put32 (central, far ? 0xffffffffu : self->offset);
  g_byte_array_append (central, (const guint8 *) name, name_len);
  if (far)
    {
      put16 (central, 0x0001);
      put16 (central, 8);
      put64 (central, self->offset);
    }

  if (!g_output_stream_write_all (self->out, local->data, local->len, NULL, cancellable, error) ||
      !g_output_stream_write_all (self->out, g_bytes_get_data (packed, NULL), packed_len, NULL, cancellable, error) ||
      !g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (self->spool)), central->data,
                                  central->len, NULL, cancellable, error))
    return FALSE;
  self->offset += local->len + packed_len;
  self->directory_size += central->len;
  self->entries++;
  return TRUE;
}

gboolean
sitrep_zip_writer_finish (SitrepZipWriter  *self,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autoptr(GByteArray) end = g_byte_array_new ();
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (self->spool));
  guint64 directory_offset = self->offset;
  gboolean zip64 = self->entries >= 0xffff || directory_offset >= 0xffffffffu ||
                   self->directory_size >= 0xffffffffu;

  if (!g_output_stream_flush (g_io_stream_get_output_stream (G_IO_STREAM (self->spool)), cancellable, error) ||
      !g_seekable_seek (G_SEEKABLE (self->spool), 0, G_SEEK_SET, cancellable, error) ||
      g_output_stream_splice (self->out, in, G_OUTPUT_STREAM_SPLICE_NONE, cancellable, error) < 0)
    return FALSE;

  if (zip64)
    {
      guint64 end64_offset = directory_offset + self->directory_size;

      put32 (end, SIG_END64);
      put64 (end, 44);
      put16 (end, (3 << 8) | 45);
      put16 (end, 45);
      put32 (end, 0);
      put32 (end, 0);
      put64 (end, self->entries);
      put64 (end, self->entries);
      put64 (end, self->directory_size);
      put64 (end, directory_offset);
      put32 (end, SIG_END64_LOCATE);
      put32 (end, 0);
      put64 (end, end64_offset);
      put32 (end, 1);
    }
  put32 (end, SIG_END);
  put16 (end, 0);
  put16 (end, 0);
  put16 (end, zip64 ? 0xffff : self->entries);
  put16 (end, zip64 ? 0xffff : self->entries);
  put32 (end, zip64 ? 0xffffffffu : self->directory_size);
  put32 (end, zip64 ? 0xffffffffu : directory_offset);
  put16 (end, 0);
  return g_output_stream_write_all (self->out, end->data, end->len, NULL, cancellable, error);
}

void
sitrep_zip_writer_free (SitrepZipWriter *self)
{
  if (self == NULL)
    return;
  g_io_stream_close (G_IO_STREAM (self->spool), NULL, NULL);
  g_file_delete (self->spool_file, NULL, NULL);
  g_object_unref (self->spool);
  g_object_unref (self->spool_file);
  g_object_unref (self->compressor);
  g_object_unref (self->out);
  g_free (self);
}

/* ------------------------------------------------------------------ reading */

void
sitrep_zip_entry_free (SitrepZipEntry *entry)
{
  g_free (entry->name);
  g_free (entry);
}

static gboolean
not_a_zip (GFile   *file,
           GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not a zip file, or it is damaged: its table of contents cannot be read."), name);
  return FALSE;
}

static gboolean
read_at (GInputStream  *in,
         goffset        offset,
         void          *buffer,
         gsize          len,
         GCancellable  *cancellable,
         GError       **error)
{
  gsize got = 0;

  return g_seekable_seek (G_SEEKABLE (in), offset, G_SEEK_SET, cancellable, error) &&
         g_input_stream_read_all (in, buffer, len, &got, cancellable, error) && got == len;
}

/* Where the central directory is and how many entries it holds. */
static gboolean
find_directory (GInputStream  *in,
                goffset        size,
                guint64       *offset,
                guint64       *length,
                guint64       *count,
                GCancellable  *cancellable)
{
  gsize tail_len = MIN (size, 0xffff + 22);
  g_autofree guint8 *tail = g_malloc (MAX (tail_len, 1));
  const guint8 *end = NULL;
  goffset end_at;

  if (size < 22 || !read_at (in, size - tail_len, tail, tail_len, cancellable, NULL))
    return FALSE;
  for (gssize i = tail_len - 22; i >= 0 && end == NULL; i--)
    if (get32 (tail + i) == SIG_END)
      end = tail + i;
  if (end == NULL)
    return FALSE;
  end_at = size - tail_len + (end - tail);
  *count = get16 (end + 10);
  *length = get32 (end + 12);
  *offset = get32 (end + 16);
  if ((*count == 0xffff || *length == 0xffffffffu || *offset == 0xffffffffu) && end_at >= 20)
    {
      guint8 locator[20], end64[56];

      if (!read_at (in, end_at - 20, locator, 20, cancellable, NULL) || get32 (locator) != SIG_END64_LOCATE ||
          !read_at (in, get64 (locator + 8), end64, 56, cancellable, NULL) || get32 (end64) != SIG_END64)
        return FALSE;
      *count = get64 (end64 + 32);
      *length = get64 (end64 + 40);
      *offset = get64 (end64 + 48);
    }
  return *offset + *length <= (guint64) size && *length <= MAX_DIRECTORY;
}

static SitrepZipEntry *
parse_entry (const guint8 *p,
             const guint8 *limit,
             gsize        *used)
{
  SitrepZipEntry *e;
  guint name_len, extra_len, comment_len;

  if (limit - p < 46 || get32 (p) != SIG_CENTRAL)
    return NULL;
  name_len = get16 (p + 28);
  extra_len = get16 (p + 30);
  comment_len = get16 (p + 32);
  if ((gsize) (limit - p) < 46u + name_len + extra_len + comment_len)
    return NULL;
  e = g_new0 (SitrepZipEntry, 1);
  e->flags = get16 (p + 8);
  e->method = get16 (p + 10);
  e->crc = get32 (p + 16);
  e->compressed = get32 (p + 20);
  e->size = get32 (p + 24);
  e->offset = get32 (p + 42);
  e->name = g_strndup ((const char *) p + 46, name_len);
  /* Zip64: the fields that overflowed, in this order, in extra field 1. */
  for (const guint8 *x = p + 46 + name_len; x + 4 <= p + 46 + name_len + extra_len;)
    {
      guint id = get16 (x), n = get16 (x + 2);
      const guint8 *v = x + 4, *v_end = MIN (x + 4 + n, p + 46 + name_len + extra_len);
      if (id == 0x0001)
        {
          if (e->size == 0xffffffffu && v + 8 <= v_end)
            e->size = get64 (v), v += 8;
          if (e->compressed == 0xffffffffu && v + 8 <= v_end)
            e->compressed = get64 (v), v += 8;
          if (e->offset == 0xffffffffu && v + 8 <= v_end)
            e->offset = get64 (v);
        }
      x += 4 + n;
    }
  *used = 46 + name_len + extra_len + comment_len;
  return e;
}

GPtrArray *
sitrep_zip_list (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileInputStream) in = g_file_read (file, cancellable, error);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_zip_entry_free);
  g_autofree guint8 *directory = NULL;
  guint64 offset, length, count;

  if (in == NULL)
    return NULL;
  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (!find_directory (G_INPUT_STREAM (in), g_file_info_get_size (info), &offset, &length, &count, cancellable))
    return not_a_zip (file, error), NULL;
  directory = g_malloc (MAX (length, 1));
  if (!read_at (G_INPUT_STREAM (in), offset, directory, length, cancellable, NULL))
    return not_a_zip (file, error), NULL;
  for (const guint8 *p = directory; p < directory + length;)
    {
      gsize used = 0;
      SitrepZipEntry *e = parse_entry (p, directory + length, &used);

      if (e == NULL)
        return not_a_zip (file, error), NULL;
      g_ptr_array_add (entries, e);
      p += used;
    }
  if (entries->len != count && count != 0xffff)
    return not_a_zip (file, error), NULL;
  return g_steal_pointer (&entries);
}

GBytes *
sitrep_zip_read (GFile                 *file,
                 const SitrepZipEntry  *entry,
                 gsize                  max_size,
                 GCancellable          *cancellable,
                 GError               **error)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GInputStream) data = NULL;
  g_autofree guint8 *buffer = NULL;
  guint8 local[30];
  gsize got = 0, want;

  if (entry->flags & 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” in the zip is encrypted; Sitrep reads only zip files without a password."), entry->name);
      return NULL;
    }
  if (entry->method != 0 && entry->method != 8)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” in the zip is compressed in a way Sitrep does not read; zip it again with "
                     "ordinary (deflate) compression."), entry->name);
      return NULL;
    }
  if (entry->size > max_size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("“%s” in the zip is too large to be an annotation file."), entry->name);
      return NULL;
    }
  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return NULL;
  if (!read_at (G_INPUT_STREAM (in), entry->offset, local, sizeof local, cancellable, NULL) ||
      get32 (local) != SIG_LOCAL ||
      !g_seekable_seek (G_SEEKABLE (in), entry->offset + 30 + get16 (local + 26) + get16 (local + 28), G_SEEK_SET,
                        cancellable, NULL))
    return not_a_zip (file, error), NULL;

  if (entry->method == 8)
    {
      g_autoptr(GZlibDecompressor) inflater = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW);
      data = g_converter_input_stream_new (G_INPUT_STREAM (in), G_CONVERTER (inflater));
    }
  else
    data = g_object_ref (G_INPUT_STREAM (in));
  /* Deflated: one byte more than it says, so a longer entry is refused, not cut. */
  want = entry->method == 8 ? entry->size + 1 : entry->size;
  buffer = g_malloc (want + 1);
  if (!g_input_stream_read_all (data, buffer, want, &got, cancellable, NULL) ||
      got != entry->size || crc32_of (buffer, got) != entry->crc)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” in the zip is damaged: what it holds does not match its checksum."), entry->name);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&buffer), got);
}

gboolean
sitrep_zip_file_is_zip (GFile        *file,
                        GCancellable *cancellable)
{
  g_autoptr(GFileInputStream) in = NULL;
  guint8 head[4];
  gsize got = 0;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_REGULAR)
    return FALSE;
  in = g_file_read (file, cancellable, NULL);
  return in != NULL && g_input_stream_read_all (G_INPUT_STREAM (in), head, 4, &got, cancellable, NULL) &&
         got == 4 && memcmp (head, "PK", 2) == 0 && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
}
