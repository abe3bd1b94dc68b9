/* kill-at.c — a fault injector for the kill tests, preloaded into sitrep-cli (LD_PRELOAD):
 * raises SIGKILL just before the Nth write, fsync or rename the process makes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SITREP_KILL_AT=N        kill at the Nth counted call (1-based); unset or 0: never
 * SITREP_KILL_REPORT=FILE at exit, write how many calls were counted (the length of a whole run)
 *
 * Counted: write, pwrite(64), writev, fsync, fdatasync, rename, renameat, linkat, ftruncate(64).
 * Standard output is made line-buffered, so each line the program prints
 * (its confirmations) is one write, seen by the test before any later kill. */

#define _GNU_SOURCE
/* pwrite and pwrite64 (ftruncate and ftruncate64) are separate symbols to wrap. */
#undef _FILE_OFFSET_BITS

#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long kill_at;
static long counted;

__attribute__((constructor)) static void
kill_at_init (void)
{
  const char *at = getenv ("SITREP_KILL_AT");

  kill_at = at != NULL ? atol (at) : 0;
  setvbuf (stdout, NULL, _IOLBF, 0);
}

__attribute__((destructor)) static void
kill_at_report (void)
{
  const char *report = getenv ("SITREP_KILL_REPORT");
  FILE *f;

  if (report == NULL || (f = fopen (report, "w")) == NULL)
    return;
  fprintf (f, "%ld\n", counted);
  fclose (f);
}

static void
count (void)
{
  if (++counted == kill_at)
    kill (getpid (), SIGKILL);
}

#define NEXT(name) ((__typeof__ (&name)) dlsym (RTLD_NEXT, #name))

ssize_t
write (int fd, const void *buf, size_t n)
{
  count ();
  return NEXT (write) (fd, buf, n);
}

ssize_t
pwrite (int fd, const void *buf, size_t n, off_t off)
{
  count ();
  return NEXT (pwrite) (fd, buf, n, off);
}

ssize_t
pwrite64 (int fd, const void *buf, size_t n, off64_t off)
{
  count ();
  return NEXT (pwrite64) (fd, buf, n, off);
}

ssize_t
writev (int fd, const struct iovec *iov, int n)
{
  count ();
  return NEXT (writev) (fd, iov, n);
}

int
fsync (int fd)
{
  count ();
  return NEXT (fsync) (fd);
}

int
fdatasync (int fd)
{
  count ();
  return NEXT (fdatasync) (fd);
}

int
rename (const char *from, const char *to)
{
  count ();
  return NEXT (rename) (from, to);
}

int
renameat (int fromfd, const char *from, int tofd, const char *to)
{
  count ();
  return NEXT (renameat) (fromfd, from, tofd, to);
}

int
linkat (int fromfd, const char *from, int tofd, const char *to, int flags)
{
  count ();
  return NEXT (linkat) (fromfd, from, tofd, to, flags);
}

int
ftruncate (int fd, off_t length)
{
  count ();
  return NEXT (ftruncate) (fd, length);
}

int
ftruncate64 (int fd, off64_t length)
{
  count ();
  return NEXT (ftruncate64) (fd, length);
}
