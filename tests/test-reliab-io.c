/* test-reliab-io.c — inputs that are not files, exports written whole or not at all, exit
 * codes, through the real sitrep-cli
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sitrep-io.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-ucdp.h"

typedef struct
{
  char *dir;
  char *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *args[] = { "new", NULL, NULL };

  f->dir = sitrep_test_make_tmp_dir ("sitrep-reliab-io-XXXXXX");
  f->project = g_build_filename (f->dir, "p.sitrep", NULL);
  args[1] = f->project;
  g_assert_cmpint (sitrep_test_run_cli (args, NULL, NULL, NULL), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_remove_tree (f->dir);
  g_free (f->project);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
write_file (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
}

/* Runs sitrep-cli; its exit status (-1 when it did not exit). */
static int
run (const char * const  *args,
     char               **out,
     char               **err)
{
  int status = sitrep_test_run_cli (args, NULL, out, err);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Extreme values in a UCDP GED file: each row is refused with a message naming its line and what is
 * wrong, the good rows go in, and a file whose every row is refused exits 1. Before, a year 1 date
 * failed the whole import, 8.6 billion deaths went in, latitude 91 or "abc" was dropped or stored as
 * 0 without a word and "9999-12-31" was an end date. */
static void
test_ucdp_extreme_values (Fixture       *f,
                          gconstpointer  data)
{
  static const struct { const char *row, *message; } rows[] = {
    { "2016-01-01,2016-01-01,36.2,37.1,2147483647,1,0,0,,,", "line 2: deaths_a is 2147483647, more than Sitrep accepts" },
    { "2016-01-01,2016-01-01,91,37.1,1,0,0,0,,,", "line 3: “91”, “37.1” is not a latitude" },
    { "2016-01-01,2016-01-01,36,500,1,0,0,0,,,", "line 4: “36”, “500” is not a latitude" },
    { "2016-01-01,9999-12-31,36,37,1,0,0,0,,,", "line 5: the dates must fall between 1900 and" },
    { "0001-01-01,0001-01-02,36,37,1,0,0,0,,,", "line 6: the dates must fall between 1900 and" },
    { "2016-01-01,2016-01-01,nan,inf,1,0,0,0,,,", "line 7: “nan”, “inf” is not a latitude" },
    { "2016-01-01,2016-01-01,abc,37,1,0,0,0,,,", "line 8: “abc”, “37” is not a latitude" },
    { "2016-01-01,2016-01-01,36.5,,1,0,0,0,,,", "line 9: “36.5”, “” is not a latitude" },
    { "2016-01-01,2016-01-01,36,37,1,0,0,0,1,1,2147483647", "line 10: high is 2147483647, more than Sitrep accepts" },
    { "2016-01-01xyz,2016-01-01,36,37,1,0,0,0,,,", "line 11: “2016-01-01xyz” is not a start date" },
    { "2016-01-01,2016-01-01,36,37,600000000,600000000,0,0,,,", "line 12: the deaths add up to 1200000000" },
    /* good rows: a time after the date, no coordinates (0, 0), the southern and western hemispheres */
    { "2016-01-01 00:00:00.000,2016-01-02,0,0,1,0,0,0,,,", NULL },
    { "2016-01-01,2016-01-01,-33.5,-70.6,1,0,0,0,1,1,3", NULL },
  };
  g_autofree char *csv = path_in (f, "ged.csv");
  g_autofree char *bad = path_in (f, "bad.csv");
  g_autoptr(GString) text = g_string_new ("start_date,end_date,latitude,longitude,deaths_a,deaths_b,"
                                          "deaths_civilians,deaths_unknown,best,low,high,side_a,side_b\n");
  g_autoptr(GString) bad_text = g_string_new (text->str);
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "import-events", f->project, csv, "--format", "ucdp", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_string_append_printf (text, "%s,A,B\n", rows[i].row);
      if (rows[i].message != NULL)
        g_string_append_printf (bad_text, "%s,A,B\n", rows[i].row);
    }
  write_file (csv, text->str);
  write_file (bad, bad_text->str);

  /* some rows refused: exit 1, the good rows in */
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (rows[i].message != NULL && strstr (err, rows[i].message) == NULL)
      g_error ("no “%s” in:\n%s", rows[i].message, err);
  g_assert_nonnull (strstr (out, "2 events imported, 11 rows skipped"));
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM events"), ==, 2);
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM events WHERE latitude IS NOT NULL"), ==, 1);
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT max(count_low) FROM claims"), ==, 1);

  /* every row refused: exit 1 and nothing changed */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  args[2] = bad;
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "No event was imported"));
  g_assert_cmpint (sitrep_test_query (f->project, "SELECT count(*) FROM events"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sitrep/reliab/io/ucdp-extreme-values", test_ucdp_extreme_values);

#undef ADD
  return g_test_run ();
}
