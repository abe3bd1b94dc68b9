/* test-reliab-diskfull.c — every command that writes, on a real full file system (a small
 * tmpfs mounted for the test): one message in the user's words, the project left as it
 * was, no half file and no temporary file beside an export.
 * Needs the right to mount (root, or a user namespace that maps the user to root);
 * skipped with a message otherwise.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sitrep-test-util.h"

static const char *cli;

typedef struct
{
  char *dir;     /* on the ordinary disk: inputs */
  char *mnt;     /* the small file system */
  char *project; /* on it */
} Fixture;

/* Runs sitrep-cli; returns its exit status, with what it printed. */
static int
run (const char * const *args,
     char              **out,
     char              **err)
{
  int status = sitrep_test_run_cli (args, NULL, out, err);

  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
run_ok (const char * const *args)
{
  g_autofree char *err = NULL;

  if (run (args, NULL, &err) != 0)
    g_error ("%s failed: %s", args[0], err);
}

static void
write_articles (const char *dir,
                const char *prefix,
                guint       n,
                guint       words)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s%03u.txt", dir, prefix, i);
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "%s %u\n\nAt least %u people were killed in town %u on Tuesday.", prefix, i,
                              i + 2, i);
      for (guint w = 0; w < words; w++)
        g_string_append_printf (text, " word%u-%u", i, g_random_int ());
      g_string_append_c (text, '\n');
      g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
    }
}

/* Fills the file system at @mnt, then gives back @leave bytes. */
static void
fill (const char *mnt,
      gsize       leave)
{
  g_autofree char *path = g_build_filename (mnt, "filler", NULL);
  static char block[64 * 1024];
  int fd = g_open (path, O_WRONLY | O_CREAT | O_APPEND, 0644);
  struct stat st;

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  for (gsize size = sizeof block; size >= 1; size /= 2)
    while (write (fd, block, size) > 0)
      ;
  g_assert_cmpint (fstat (fd, &st), ==, 0);
  g_assert_cmpint (ftruncate (fd, st.st_size > (off_t) leave ? st.st_size - (off_t) leave : 0), ==, 0);
  close (fd);
}

static void
unfill (const char *mnt)
{
  g_autofree char *path = g_build_filename (mnt, "filler", NULL);

  g_unlink (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("sitrep-diskfull-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->mnt = g_build_filename (f->dir, "full", NULL);
  g_assert_cmpint (g_mkdir (f->mnt, 0755), ==, 0);
  if (mount ("tmpfs", f->mnt, "tmpfs", MS_NOSUID | MS_NODEV, "size=4m") != 0)
    {
      g_autofree char *why = g_strdup_printf ("a small tmpfs could not be mounted (%s): run as root "
                                              "or where user namespaces are allowed", g_strerror (errno));
      g_test_skip (why);
      g_clear_pointer (&f->mnt, g_free);
      return;
    }
  f->project = g_build_filename (f->mnt, "p.sitrep", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->mnt != NULL)
    {
      g_assert_cmpint (umount2 (f->mnt, MNT_DETACH), ==, 0);
      g_rmdir (f->mnt);
    }
  sitrep_test_remove_tree (f->dir);
  g_free (f->project);
  g_free (f->mnt);
  g_free (f->dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Names in @dir, sorted, as one string. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_disk_full_message (const char *command,
                          const char *err)
{
  g_auto(GStrv) lines = g_strsplit (err, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      n++;
  if (strstr (err, "disk is full") == NULL)
    g_error ("%s on a full disk said: %s", command, err);
  /* one message, not one per line of the input */
  if (n > 3)
    g_error ("%s on a full disk printed %u lines:\n%s", command, n, err);
}

static void
test_every_command (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *spans = g_build_filename (f->dir, "spans.jsonl", NULL);
  g_autofree char *geonames = g_build_filename (f->dir, "XX.txt", NULL);
  g_autofree char *coder = g_build_filename (f->dir, "coder.sitrep", NULL);
  g_autofree char *a0 = g_build_filename (f->dir, "a000.txt", NULL);
  g_autofree char *b0 = g_build_filename (f->dir, "b000.txt", NULL);
  g_autofree char *old_export = g_build_filename (f->mnt, "old.csv", NULL);
  g_autofree char *new_export = g_build_filename (f->mnt, "new.jsonl", NULL);
  g_autofree char *png = g_build_filename (f->mnt, "map.png", NULL);
  g_autofree char *pdf = g_build_filename (f->mnt, "map.pdf", NULL);
  g_autofree char *copy = g_build_filename (f->mnt, "copy.sitrep", NULL);
  g_autofree char *other = g_build_filename (f->mnt, "q.sitrep", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  const char *new_args[] = { "new", f->project, NULL };
  const char *import_args[] = { "import", f->project, a0, NULL };
  const char *coder_args[] = { "copy-for-coder", f->project, coder, "--annotator", "Bea", NULL };
  const char *coder_import[] = { "import-annotations", coder, spans, NULL };
  const char * const commands[][8] = {
    { "import", f->project, b0, NULL },
    { "import-annotations", f->project, spans, NULL },
    { "load-gazetteer", f->project, geonames, NULL },
    { "merge", f->project, coder, NULL },
    { "export", f->project, "--format", "spans-jsonl", "-o", new_export, NULL },
    { "export", f->project, "--format", "acled-csv", "-o", old_export, NULL },
    { "export-map", f->project, "--bbox", "35,32,37,34", "-o", png, NULL },
    { "export-map", f->project, "--bbox", "35,32,37,34", "-o", pdf, NULL },
    { "copy-for-coder", f->project, copy, "--annotator", "Cem", NULL },
    { "new", other, NULL },
  };
  gint64 n_articles, n_annotations;

  if (f->mnt == NULL)
    return;
  write_articles (f->dir, "a", 1, 20);
  write_articles (f->dir, "b", 1, 20000);
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (lines, "{\"title\":\"Line %u\",\"text\":\"At least %u people were killed in Homs "
                            "on day %u.\",\"spans\":[{\"start\":9,\"end\":11,\"label\":\"Killed\"}]}\n",
                            i, i + 10, i);
  g_assert_true (g_file_set_contents (spans, lines->str, lines->len, NULL));
  g_string_truncate (lines, 0);
  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (lines, "%u\tPlace %u\tPlace %u\t\t%.4f\t%.4f\tP\tPPL\tSY\t\t01\t\t\t\t0\t\t\t"
                            "Asia/Damascus\t2020-01-01\n", 9000000 + i, i, i, 33.0 + i / 1000.0, 36.0);
  g_assert_true (g_file_set_contents (geonames, lines->str, lines->len, NULL));

  run_ok (new_args);
  run_ok (import_args);
  run_ok (coder_args);
  run_ok (coder_import);
  g_assert_true (g_file_set_contents (old_export, "old\n", -1, NULL));
  n_articles = sitrep_test_query (f->project, "SELECT count(*) FROM articles");
  n_annotations = sitrep_test_query (f->project, "SELECT count(*) FROM annotations");

  fill (f->mnt, 0);
  before = list_dir (f->mnt);
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err_only = NULL;
      g_autofree char *now = NULL;
      g_autofree char *old = NULL;
      int status = run (commands[c], &out, &err_only);
      /* what the user reads: import reports each file on standard output */
      g_autofree char *err = g_strconcat (out, err_only, NULL);

      g_test_message ("%s %s on a full disk: exit %d, %s", commands[c][0], commands[c][2], status,
                      g_strstrip (g_strdup (err)));
      g_assert_cmpint (status, ==, 1);
      assert_disk_full_message (commands[c][0], err);
      /* no half file, no temporary file */
      now = list_dir (f->mnt);
      g_assert_cmpstr (now, ==, before);
      g_assert_true (g_file_get_contents (old_export, &old, NULL, NULL));
      g_assert_cmpstr (old, ==, "old\n");
    }

  /* Reading commands need a little room too (the -shm file): they work or
   * say the disk is full. */
  {
    const char *list_args[] = { "list", f->project, NULL };
    g_autofree char *err = NULL;

    if (run (list_args, NULL, &err) != 0)
      assert_disk_full_message ("list", err);
  }

  /* With room again the project is as it was, sound and usable. */
  unfill (f->mnt);
  {
    const char *check_args[] = { "check", f->project, NULL };
    const char *again[] = { "import", f->project, b0, NULL };

    run_ok (check_args);
    g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM articles"), ==, n_articles);
    g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM annotations"), ==, n_annotations);
    g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM gazetteer_places WHERE geonameid >= 9000000"), ==, 0);
    run_ok (again);
    g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM articles"), ==, n_articles + 1);
  }
}

/* The disk fills up in the middle of an import: the articles said to be
 * imported are there, the rest not at all, one message, the project sound. */
static void
test_runs_out_midway (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  const char *new_args[] = { "new", f->project, NULL };
  const char *check_args[] = { "check", f->project, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) said = NULL;
  guint confirmed = 0;
  int status;

  if (f->mnt == NULL)
    return;
  write_articles (f->dir, "c", 80, 1500);
  run_ok (new_args);
  g_ptr_array_add (args, g_strdup ("import"));
  g_ptr_array_add (args, g_strdup (f->project));
  for (guint i = 0; i < 80; i++)
    g_ptr_array_add (args, g_strdup_printf ("%s/c%03u.txt", f->dir, i));
  g_ptr_array_add (args, NULL);

  fill (f->mnt, 400 * 1024);
  status = run ((const char * const *) args->pdata, &out, &err);
  g_test_message ("import of 80 articles with 400 KB free: exit %d", status);
  g_assert_cmpint (status, ==, 1);
  said = g_strsplit (out, "\n", -1);
  {
    g_autofree char *both = g_strconcat (out, err, NULL);
    guint n_full = 0;

    /* one message for the file that did not fit; each file after it says so too */
    for (guint i = 0; said[i] != NULL; i++)
      if (strstr (said[i], "disk is full") != NULL)
        n_full++;
    g_test_message ("%u of 80 files reported the full disk", n_full);
    g_assert_nonnull (strstr (both, "disk is full"));
  }
  unfill (f->mnt);
  run_ok (check_args);
  for (guint i = 0; said[i] != NULL; i++)
    {
      const char *at = strstr (said[i], ": imported as id ");
      g_autofree char *sql = NULL;

      if (at == NULL)
        continue;
      confirmed++;
      sql = g_strdup_printf ("SELECT count(*) FROM article_texts WHERE article_id = %" G_GINT64_FORMAT,
                             g_ascii_strtoll (at + strlen (": imported as id "), NULL, 10));
      g_assert_cmpint (sitrep_test_query (f->project, sql), ==, 1);
    }
  g_assert_cmpuint (confirmed, <, 80);
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM articles"), ==, confirmed);
  g_test_message ("%u articles confirmed before the disk was full, all there", confirmed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  cli = g_getenv ("SITREP_CLI");
  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set (run through meson test)");
      return g_test_run ();
    }
  /* Not root: a user namespace of our own may mount a tmpfs. */
  if (geteuid () != 0)
    {
      uid_t uid = geteuid ();
      gid_t gid = getegid ();

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) == 0)
        {
          g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
          g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

          g_file_set_contents ("/proc/self/setgroups", "deny", -1, NULL);
          g_file_set_contents ("/proc/self/uid_map", uid_map, -1, NULL);
          g_file_set_contents ("/proc/self/gid_map", gid_map, -1, NULL);
        }
    }
  else
    unshare (CLONE_NEWNS);
  /* mounts stay in this process's namespace */
  mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL);

  g_test_add ("/sitrep/reliab/disk-full/every-command", Fixture, NULL, fixture_set_up, test_every_command,
              fixture_tear_down);
  g_test_add ("/sitrep/reliab/disk-full/runs-out-midway", Fixture, NULL, fixture_set_up, test_runs_out_midway,
              fixture_tear_down);

  return g_test_run ();
}
