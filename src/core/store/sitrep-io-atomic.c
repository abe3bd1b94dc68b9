/* sitrep-io-atomic.c — exports written whole or not at all: a temporary file that cannot
 * outlive a kill, renamed over the target only when complete
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define _GNU_SOURCE
#define G_LOG_DOMAIN "sitrep-io"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-io.h"

#define TEMP_SUFFIX_LEN 6

struct _SitrepAtomicFile
{
  char          *path;
  char          *dir;
  char          *tmp;          /* NULL while the file has no name (O_TMPFILE) */
  int            fd;
  int            write_errno;
  GOutputStream *stream;
};

/* The stream callers write through: a failed write is said in the user's
 * words (sitrep_io_set_write_error ()), whoever wrote. */
#define SITREP_TYPE_ATOMIC_STREAM (sitrep_atomic_stream_get_type ())
G_DECLARE_FINAL_TYPE (SitrepAtomicStream, sitrep_atomic_stream, SITREP, ATOMIC_STREAM, GOutputStream)

struct _SitrepAtomicStream
{
  GOutputStream     parent_instance;
  SitrepAtomicFile *file;
};

G_DEFINE_FINAL_TYPE (SitrepAtomicStream, sitrep_atomic_stream, G_TYPE_OUTPUT_STREAM)

static gboolean write_all (SitrepAtomicFile *self,
                           const guint8     *data,
                           gsize             length);

static gssize
sitrep_atomic_stream_write (GOutputStream  *stream,
                            const void     *buffer,
                            gsize           count,
                            GCancellable   *cancellable,
                            GError        **error)
{
  SitrepAtomicFile *file = SITREP_ATOMIC_STREAM (stream)->file;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  /* written after the file was committed or given up */
  if (file == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, "The export is already finished");
      return -1;
    }
  if (!write_all (file, buffer, count))
    {
      sitrep_io_set_write_error (error, file->path, file->write_errno);
      return -1;
    }
  return (gssize) count;
}

static void
sitrep_atomic_stream_class_init (SitrepAtomicStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = sitrep_atomic_stream_write;
}

static void
sitrep_atomic_stream_init (SitrepAtomicStream *self)
{
}

/**
 * sitrep_io_set_write_error:
 * @error: where to put the error
 * @path: the file that could not be written
 * @saved: the errno of the failure
 *
 * Says in the user's words why @path could not be written: a full disk, a
 * read-only disk and a folder the user may not write in each get their own
 * sentence saying what to do.
 */
void
sitrep_io_set_write_error (GError     **error,
                           const char  *path,
                           int          saved)
{
  g_autofree char *shown = g_filename_display_name (path);

  switch (saved)
    {
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("“%s” could not be written because the disk is full. Free some space "
                     "and try again; a file already there was kept as it was."), shown);
      break;

    case ENOENT:
    case ENOTDIR:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” could not be written because its folder does not exist. Choose "
                     "another folder."), shown);
      break;

    case EROFS:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                   _("“%s” could not be written because its disk is read-only. Choose a "
                     "folder on another disk."), shown);
      break;

    case EACCES:
    case EPERM:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("“%s” could not be written because you may not write in its folder. "
                     "Choose another folder."), shown);
      break;

    default:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%s”: %s"), shown, g_strerror (saved));
      break;
    }
}

#define TEMP_PREFIX ".sitrep-part."

static gboolean
is_suffix (const char *suffix)
{
  if (strlen (suffix) != TEMP_SUFFIX_LEN)
    return FALSE;
  for (const char *p = suffix; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/* The names our temporary files have: ".sitrep-part.NAME." followed by
 * TEMP_SUFFIX_LEN letters or digits, for any NAME, so an export to any file
 * of the folder cleans up after every killed one. A distinctive prefix: a
 * file of the user's that merely looks like a backup is never taken. */
static gboolean
is_temp_name (const char *name)
{
  const char *last_dot = strrchr (name, '.');

  return g_str_has_prefix (name, TEMP_PREFIX) && last_dot != NULL &&
         last_dot > name + strlen (TEMP_PREFIX) && is_suffix (last_dot + 1);
}

/* Removes temporary files left in @dir by exports (and project creations)
 * that were killed: ours (by name, same owner, regular files, never through
 * a link) that no running export holds locked. */
void
sitrep_io_remove_stale_temporaries (const char *dir)
{
  DIR *d = opendir (dir);
  struct dirent *entry;

  if (d == NULL)
    return;
  while ((entry = readdir (d)) != NULL)
    {
      struct stat st;
      int fd;

      if (!is_temp_name (entry->d_name))
        continue;
      if (fstatat (dirfd (d), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
          !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
        continue;
      fd = openat (dirfd (d), entry->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
      if (fd < 0)
        continue;
      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          g_debug ("Removing %s/%s, left by an export that did not finish", dir, entry->d_name);
          unlinkat (dirfd (d), entry->d_name, 0);
        }
      close (fd);
    }
  closedir (d);
}

static void
random_suffix (char *out)
{
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  for (guint i = 0; i < TEMP_SUFFIX_LEN; i++)
    out[i] = chars[g_random_int_range (0, sizeof chars - 1)];
  out[TEMP_SUFFIX_LEN] = '\0';
}

/* A file without a name in @dir: if the process dies, the kernel removes it. */
static int
open_unnamed (const char *dir)
{
  int fd;

  /* Naming it later goes through /proc (linkat with AT_EMPTY_PATH needs a
   * privilege). */
  if (access ("/proc/self/fd", X_OK) != 0)
    return -1;
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return -1;
    }
  return fd;
}

/* A named temporary file, locked so that no other export takes it for a
 * stale one; -1 with errno set on failure. */
static int
open_named (SitrepAtomicFile *self,
            const char       *base)
{
  for (guint attempt = 0; attempt < 8; attempt++)
    {
      struct stat by_fd, by_name;
      int fd;

      g_free (self->tmp);
      self->tmp = g_strdup_printf ("%s%s" TEMP_PREFIX "%s.XXXXXX", self->dir, G_DIR_SEPARATOR_S, base);
      fd = g_mkstemp_full (self->tmp, O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0666);
      if (fd < 0)
        return -1;
      /* Another export's clean-up may have taken it before it was locked. */
      if (flock (fd, LOCK_EX) == 0 && fstat (fd, &by_fd) == 0 &&
          lstat (self->tmp, &by_name) == 0 &&
          by_fd.st_ino == by_name.st_ino && by_fd.st_dev == by_name.st_dev)
        return fd;
      close (fd);
    }
  errno = EEXIST;
  return -1;
}

/* Checks that an export may replace @path: a link is replaced itself (its
 * target is never written through), but a FIFO, a device, a folder or a
 * stream handle (/dev/stdout → /proc/self/fd/1) is refused. Returns @path
 * as the target, or NULL with @error set. */
static char *
check_target (const char  *path,
                struct stat *st,
                gboolean    *existed,
                GError     **error)
{
  g_autofree char *shown = g_filename_display_name (path);
  g_autofree char *target = g_strdup (path);
  g_autofree char *link_target = NULL;

  if (*path == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("Name the file to write."));
      return NULL;
    }
  link_target = g_file_read_link (path, NULL);
  if (link_target != NULL && g_str_has_prefix (link_target, "/proc/"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not write “%s”: it is not a regular file. Choose a file to "
                     "export to."), shown);
      return NULL;
    }

  *existed = g_stat (target, st) == 0;
  if (*existed && S_ISDIR (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not write “%s”: it is a folder"), shown);
      return NULL;
    }
  /* a FIFO or a device cannot be replaced whole, and must not be replaced */
  if (*existed && !S_ISREG (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not write “%s”: it is not a regular file. Choose a file to "
                     "export to."), shown);
      return NULL;
    }
  return g_steal_pointer (&target);
}

static SitrepAtomicFile *
atomic_file_new (const char  *path,
                 gboolean     named,
                 GError     **error)
{
  g_autofree char *base = NULL;
  g_autofree char *target = NULL;
  SitrepAtomicFile *self;
  struct stat st;
  gboolean existed = FALSE;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  target = check_target (path, &st, &existed, error);
  if (target == NULL)
    return NULL;

  self = g_new0 (SitrepAtomicFile, 1);
  self->path = g_steal_pointer (&target);
  self->dir = g_path_get_dirname (self->path);
  self->fd = -1;
  base = g_path_get_basename (self->path);
  sitrep_io_remove_stale_temporaries (self->dir);

  fd = !named && g_getenv ("SITREP_NO_TMPFILE") == NULL ? open_unnamed (self->dir) : -1;
  if (fd < 0)
    fd = open_named (self, base);
  if (fd < 0)
    {
      sitrep_io_set_write_error (error, path, errno);
      sitrep_atomic_file_abort (self);
      return NULL;
    }
  /* A replaced file keeps its permissions. */
  if (existed)
    fchmod (fd, st.st_mode & 07777);
  self->fd = fd;
  self->stream = g_object_new (SITREP_TYPE_ATOMIC_STREAM, NULL);
  SITREP_ATOMIC_STREAM (self->stream)->file = self;
  return self;
}

/**
 * sitrep_atomic_file_new:
 *
 * Starts writing @path: a new temporary file beside it, renamed over @path
 * by sitrep_atomic_file_commit() only when complete; sitrep_atomic_file_abort()
 * removes it, leaving @path as it was. Where the file system allows it the
 * temporary file has no name until it is complete (O_TMPFILE), so a killed
 * export leaves nothing; elsewhere it is created with O_EXCL (never through a
 * planted link) and the temporaries of killed exports are removed by the
 * next export to any file of that folder. A link at @path is replaced, never
 * written through; a folder, a FIFO, a device and an empty name are refused
 * with a message. Every export writes this way.
 */
SitrepAtomicFile *
sitrep_atomic_file_new (const char  *path,
                        GError     **error)
{
  return atomic_file_new (path, FALSE, error);
}

/**
 * sitrep_atomic_file_new_named:
 *
 * As sitrep_atomic_file_new(), with a temporary file that has a name from
 * the start (sitrep_atomic_file_get_temp_path()), for writers that open the
 * file themselves (SQLite's VACUUM INTO); it is created empty with O_EXCL.
 */
SitrepAtomicFile *
sitrep_atomic_file_new_named (const char  *path,
                              GError     **error)
{
  return atomic_file_new (path, TRUE, error);
}

/**
 * sitrep_atomic_file_get_temp_path:
 *
 * The temporary file's name (NULL while it has none).
 */
const char *
sitrep_atomic_file_get_temp_path (SitrepAtomicFile *self)
{
  return self->tmp;
}

GOutputStream *
sitrep_atomic_file_get_stream (SitrepAtomicFile *self)
{
  return self->stream;
}

static gboolean
write_all (SitrepAtomicFile *self,
           const guint8     *data,
           gsize             length)
{
  while (length > 0 && self->write_errno == 0)
    {
      ssize_t n = write (self->fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          self->write_errno = n < 0 ? errno : EIO;
          break;
        }
      data += n;
      length -= n;
    }
  return self->write_errno == 0;
}

cairo_status_t
sitrep_atomic_file_cairo_write (void                *closure,
                                const unsigned char *data,
                                unsigned int         length)
{
  return write_all (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void
atomic_file_free (SitrepAtomicFile *self)
{
  if (self->stream != NULL)
    SITREP_ATOMIC_STREAM (self->stream)->file = NULL;
  g_clear_object (&self->stream);
  if (self->fd >= 0)
    close (self->fd);
  g_free (self->tmp);
  g_free (self->dir);
  g_free (self->path);
  g_free (self);
}

/**
 * sitrep_atomic_file_abort:
 *
 * Removes the temporary file and frees @self; the target is untouched.
 */
void
sitrep_atomic_file_abort (SitrepAtomicFile *self)
{
  if (self == NULL)
    return;
  if (self->tmp != NULL)
    g_unlink (self->tmp);
  atomic_file_free (self);
}

/* Gives the unnamed file a name: @path itself when nothing is there yet,
 * else a temporary one (set in self->tmp) to rename over @path. */
static int
name_unnamed (SitrepAtomicFile *self)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", self->fd);
  g_autofree char *base = g_path_get_basename (self->path);

  if (linkat (AT_FDCWD, proc, AT_FDCWD, self->path, AT_SYMLINK_FOLLOW) == 0)
    return 0;
  if (errno != EEXIST)
    return errno;
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      char suffix[TEMP_SUFFIX_LEN + 1];

      random_suffix (suffix);
      g_free (self->tmp);
      self->tmp = g_strdup_printf ("%s%s" TEMP_PREFIX "%s.%s", self->dir, G_DIR_SEPARATOR_S, base, suffix);
      if (linkat (AT_FDCWD, proc, AT_FDCWD, self->tmp, AT_SYMLINK_FOLLOW) == 0)
        return 0;
      g_clear_pointer (&self->tmp, g_free);
      if (errno != EEXIST)
        return errno;
    }
  return EEXIST;
}

/**
 * sitrep_atomic_file_commit:
 *
 * Flushes the temporary file to disk and renames it over the target; on any
 * failure removes it. Frees @self either way.
 */
gboolean
sitrep_atomic_file_commit (SitrepAtomicFile  *self,
                           GError           **error)
{
  gboolean unnamed = self->tmp == NULL;
  int saved = self->write_errno;
  int dfd;

  if (saved == 0 && fsync (self->fd) != 0)
    saved = errno;
  if (saved == 0 && unnamed)
    saved = name_unnamed (self);
  /* Renamed while still open (and locked), so no other export's clean-up
   * takes it for a stale one. */
  if (saved == 0 && self->tmp != NULL && g_rename (self->tmp, self->path) != 0)
    saved = errno;
  if (close (self->fd) != 0 && saved == 0 && errno != EINTR)
    saved = errno;
  self->fd = -1;
  if (saved != 0)
    {
      sitrep_io_set_write_error (error, self->path, saved);
      sitrep_atomic_file_abort (self);
      return FALSE;
    }
  g_clear_pointer (&self->tmp, g_free);

  /* The rename itself reaches the disk with the folder. */
  dfd = g_open (self->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dfd >= 0)
    {
      fsync (dfd);
      close (dfd);
    }
  atomic_file_free (self);
  return TRUE;
}

/**
 * sitrep_atomic_write_contents:
 *
 * Writes @data as the whole of @path through a SitrepAtomicFile.
 */
gboolean
sitrep_atomic_write_contents (const char  *path,
                              const void  *data,
                              gsize        length,
                              GError     **error)
{
  SitrepAtomicFile *file = sitrep_atomic_file_new (path, error);

  if (file == NULL)
    return FALSE;
  write_all (file, data, length);
  return sitrep_atomic_file_commit (file, error);
}
