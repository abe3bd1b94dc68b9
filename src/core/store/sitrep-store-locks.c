/* sitrep-store-locks.c — the locks of a project open for writing: flock ()
 * against a second Sitrep, and guards that keep SQLite's own locks standing
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define _GNU_SOURCE /* F_OFD_SETLK */
#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-store-private.h"

/* SQLite's lock bytes, part of its file format (the same in every version):
 * a connection to a WAL project holds a read lock on the shared range of the
 * database file while it is open, and one on the "DMS" byte of the -shm
 * file. A connection that finds neither held believes it is the only one:
 * closing, it checkpoints and deletes the WAL; opening, it truncates the
 * shared memory. */
#define SHARED_FIRST (0x40000000 + 2)
#define SHARED_SIZE  510
#define SHM_DMS      ((22 + 8) * 4 + 8)

gboolean
_sitrep_store_open_lock (SitrepStore  *self,
                         GError      **error)
{
  int fd = g_open (self->path, O_RDWR | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
                   _("Could not open “%s”: %s"), self->path, g_strerror (saved));
      return FALSE;
    }

  /* flock () is separate from SQLite's fcntl () locks and ends with the
   * process, so a crash never leaves a project locked. */
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_autofree char *name = g_path_get_basename (self->path);
      close (fd);
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_LOCKED,
                   _("“%s” is already open in another Sitrep window. Close it there, "
                     "or open it read-only."), name);
      return FALSE;
    }

  self->lock_fd = fd;
  return TRUE;
}

#ifdef F_OFD_SETLK
static gboolean
ofd_lock (int   fd,
          short type,
          off_t start,
          off_t len)
{
  struct flock lock = { 0 };

  lock.l_type = type;
  lock.l_whence = SEEK_SET;
  lock.l_start = start;
  lock.l_len = len;
  return fcntl (fd, F_OFD_SETLK, &lock) == 0;
}
#endif

/* SQLite's locks are POSIX record locks, which belong to the process: when
 * anything in it closes any descriptor of the file — GTK's file chooser
 * reads the first bytes of every file of a folder it lists, the project's
 * included — they are all gone, and another program's connection (the
 * sqlite3 shell, a script) closing then deletes the WAL Sitrep is still
 * writing: later edits were lost and the file was left damaged. The same
 * read locks taken as open-file-description locks on descriptors of our own
 * stay until they are released here, whatever else is closed. They conflict
 * with no lock SQLite takes in WAL mode except the EXCLUSIVE of a last
 * connection closing, so they are released before the project closes. */
void
_sitrep_store_guard_locks (SitrepStore *self)
{
#ifdef F_OFD_SETLK
  g_autofree char *shm = NULL;

  if (self->lock_fd < 0 || self->shm_guard_fd >= 0)
    return;
  if (!ofd_lock (self->lock_fd, F_RDLCK, SHARED_FIRST, SHARED_SIZE))
    g_debug ("No guard on the lock of %s: %s", self->path, g_strerror (errno));
  shm = g_strconcat (self->path, "-shm", NULL);
  self->shm_guard_fd = g_open (shm, O_RDWR | O_CLOEXEC, 0);
  if (self->shm_guard_fd >= 0 && !ofd_lock (self->shm_guard_fd, F_RDLCK, SHM_DMS, 1))
    g_debug ("No guard on the lock of %s: %s", shm, g_strerror (errno));
#endif
}

/* Before the last connection closes: it may then checkpoint and remove the
 * WAL as usual. */
void
_sitrep_store_release_guard (SitrepStore *self)
{
#ifdef F_OFD_SETLK
  if (self->lock_fd >= 0)
    ofd_lock (self->lock_fd, F_UNLCK, SHARED_FIRST, SHARED_SIZE);
  if (self->shm_guard_fd >= 0)
    ofd_lock (self->shm_guard_fd, F_UNLCK, SHM_DMS, 1);
#endif
}

/* After the connection closed (closing a descriptor of the -shm file drops
 * the POSIX locks this process holds on it). */
void
_sitrep_store_close_locks (SitrepStore *self)
{
  if (self->shm_guard_fd >= 0)
    {
      close (self->shm_guard_fd);
      self->shm_guard_fd = -1;
    }
  if (self->lock_fd >= 0)
    {
      flock (self->lock_fd, LOCK_UN);
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}
