/* test-feeds-opml.c — feed subscriptions to and from OPML: reading (folders,
 * repeats, titles), hostile and damaged files refused whole with the project
 * unchanged, and a round trip through sitrep-cli checked by Python's XML parser
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sitrep-feeds.h"
#include "sitrep-opml.h"
#include "sitrep-store.h"

#define GOOD_OPML \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<opml version=\"1.0\"><head><title>Mine</title></head><body>\n" \
  "<outline text=\"Syria\">\n" \
  "  <outline type=\"rss\" text=\"Daraa &amp; the South\" xmlUrl=\"https://south.example/feed.xml\"" \
  "   htmlUrl=\"https://south.example/\"/>\n" \
  "  <outline text=\"Deeper\"><outline title=\"مرصد\" text=\"ignored\" xmlUrl=\"http://arabic.example/rss\"/></outline>\n" \
  "</outline>\n" \
  "<outline type=\"rss\" text=\"Again\" xmlUrl=\"https://south.example/feed.xml\"/>\n" \
  "<outline type=\"rss\" xmlUrl=\"https://untitled.example/atom\" htmlUrl=\"javascript:alert(1)\"/>\n" \
  "<outline text=\"A folder without feeds\"/>\n" \
  "</body></opml>\n"

typedef struct
{
  char        *dir;
  char        *path;
  SitrepStore *store;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-opml-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SitrepOpmlFeed *
feed_at (GPtrArray *feeds,
         guint      i)
{
  g_assert_cmpuint (feeds->len, >, i);
  return g_ptr_array_index (feeds, i);
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feeds = sitrep_opml_parse (GOOD_OPML, strlen (GOOD_OPML), &error);

  g_assert_no_error (error);
  /* folders flattened, the repeat once, the folder without feeds left out */
  g_assert_cmpuint (feeds->len, ==, 3);
  g_assert_cmpstr (feed_at (feeds, 0)->url, ==, "https://south.example/feed.xml");
  g_assert_cmpstr (feed_at (feeds, 0)->title, ==, "Daraa & the South");
  g_assert_cmpstr (feed_at (feeds, 0)->site_url, ==, "https://south.example/");
  g_assert_cmpstr (feed_at (feeds, 1)->url, ==, "http://arabic.example/rss");
  g_assert_cmpstr (feed_at (feeds, 1)->title, ==, "مرصد");
  g_assert_null (feed_at (feeds, 2)->title);
  /* a site address that is no web address is dropped, the feed kept */
  g_assert_null (feed_at (feeds, 2)->site_url);
}

static void
assert_refused (const char *data,
                gsize       len,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feeds = sitrep_opml_parse (data, len, &error);

  g_assert_null (feeds);
  g_assert_error (error, SITREP_OPML_ERROR, error->code);
  if (g_test_verbose ())
    g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_bad_input (void)
{
  static const char binary[] = { 0x7f, 'E', 'L', 'F', 0, 1, 2, 3, (char) 0xff, (char) 0xfe };
  g_autofree char *huge = g_malloc0 (SITREP_OPML_MAX_BYTES + 1);
  g_autoptr(GString) deep = g_string_new ("<opml><body>");
  const char *truncated = GOOD_OPML;

  assert_refused ("", 0, "not well-formed XML");
  assert_refused (binary, sizeof binary, "not well-formed XML");
  assert_refused (truncated, strlen (truncated) - 30, "not well-formed XML");
  assert_refused ("<rss version=\"2.0\"><channel/></rss>", 35, "not OPML");
  assert_refused ("<opml version=\"2.0\"><head/></opml>", 34, "not OPML");
  assert_refused ("<opml version=\"2.0\"><body><outline text=\"x\"/></body></opml>", 60, "lists no feed");
  assert_refused ("<opml><body><outline xmlUrl=\"javascript:alert(1)\"/></body></opml>", 66, "not a web address");
  assert_refused ("<opml><body><outline xmlUrl=\"file:///etc/passwd\"/></body></opml>", 65, "not a web address");
  /* an external entity is neither fetched nor read */
  {
    const char *xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                      "<opml><body><outline title=\"&x;\" xmlUrl=\"https://a.example/f\"/></body></opml>";
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) feeds = sitrep_opml_parse (xxe, strlen (xxe), &error);
    g_autofree char *hostname = NULL;

    if (feeds != NULL && feed_at (feeds, 0)->title != NULL &&
        g_file_get_contents ("/etc/hostname", &hostname, NULL, NULL))
      g_assert_null (strstr (feed_at (feeds, 0)->title, g_strstrip (hostname)));
  }
  memset (huge, ' ', SITREP_OPML_MAX_BYTES);
  assert_refused (huge, SITREP_OPML_MAX_BYTES + 1, "larger than");
  for (int i = 0; i < 100000; i++)
    g_string_append (deep, "<outline>");
  assert_refused (deep->str, deep->len, "not well-formed XML");
}

static guint
count_feeds (SitrepStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, &error);

  g_assert_no_error (error);
  return feeds->len;
}

static void
test_import_into_project (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  guint already = 99;
  const char *broken = "<opml><body><outline xmlUrl=\"https://new.example/f\"/><outline xmlUrl=\"ftp://x/\"/></body></opml>";

  g_assert_cmpint (sitrep_feeds_import_opml (f->store, GOOD_OPML, strlen (GOOD_OPML), &already, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (already, ==, 0);
  feeds = sitrep_feeds_list (f->store, &error);
  g_assert_cmpuint (feeds->len, ==, 3);
  /* by title; the untitled one by its address */
  g_assert_cmpstr (((SitrepFeedInfo *) g_ptr_array_index (feeds, 0))->title, ==, "Daraa & the South");
  g_assert_cmpstr (((SitrepFeedInfo *) g_ptr_array_index (feeds, 0))->site_url, ==, "https://south.example/");

  /* again: nothing new */
  g_assert_cmpint (sitrep_feeds_import_opml (f->store, GOOD_OPML, strlen (GOOD_OPML), &already, &error), ==, 0);
  g_assert_cmpuint (already, ==, 3);

  /* one bad address: the good one before it is not added either */
  g_assert_cmpint (sitrep_feeds_import_opml (f->store, broken, strlen (broken), &already, &error), ==, -1);
  g_assert_error (error, SITREP_OPML_ERROR, SITREP_OPML_ERROR_INVALID);
  g_assert_cmpuint (count_feeds (f->store), ==, 3);
}

static char *
run (const char  *const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &wait_status, &error));
  g_assert_no_error (error);
  *status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : 1;
  if (*status != 0 && g_test_verbose ())
    g_test_message ("%s", err);
  if (*status != 0)
    {
      g_free (out);
      return g_steal_pointer (&err);
    }
  return out;
}

static const char check_py[] =
  "import sys, xml.etree.ElementTree as ET\n"
  "root = ET.parse(sys.argv[1]).getroot()\n"
  "assert root.tag == 'opml' and root.get('version') == '2.0', root.tag\n"
  "assert root.find('head/title').text\n"
  "for o in root.iter('outline'):\n"
  "    print(o.get('xmlUrl'), o.get('title'), o.get('htmlUrl') or '-', sep='\\t')\n";

static void
test_cli_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  const char *cli = g_getenv ("SITREP_CLI");
  g_autofree char *opml_in = g_build_filename (f->dir, "in.opml", NULL);
  g_autofree char *opml_out = g_build_filename (f->dir, "out.opml", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.opml", NULL);
  g_autofree char *script = g_build_filename (f->dir, "check.py", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.sitrep", NULL);
  g_autofree char *out = NULL;
  g_autofree char *stdout_opml = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *second_listing = NULL;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set");
      return;
    }
  g_clear_object (&f->store);
  g_assert_true (g_file_set_contents (opml_in, GOOD_OPML
                                      /* a title with every XML special and a script tag */
                                      , -1, NULL));
  {
    g_autofree char *hostile = g_strdup_printf ("<opml version=\"2.0\"><body><outline title=\"A &lt;script&gt;"
                                                " &amp; &quot;quotes&quot; ' ]]&gt;\" xmlUrl=\"https://h.example/f?a=1&amp;b=2\"/>"
                                                "</body></opml>");
    g_autofree char *hostile_path = g_build_filename (f->dir, "hostile.opml", NULL);

    g_assert_true (g_file_set_contents (hostile_path, hostile, -1, NULL));
    g_free (run ((const char *[]) { cli, "new", f->path, NULL }, &status));
    g_free (run ((const char *[]) { cli, "feeds", f->path, "import-opml", hostile_path, NULL }, &status));
    g_assert_cmpint (status, ==, 0);
  }
  out = run ((const char *[]) { cli, "feeds", f->path, "import-opml", opml_in, NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "3 feeds added\n");

  /* a damaged file: refused, the project as it was */
  g_assert_true (g_file_set_contents (bad, "<opml><body><outline xmlUrl=\"https://z.example/f\"/>", -1, NULL));
  g_free (out);
  out = run ((const char *[]) { cli, "feeds", f->path, "import-opml", bad, NULL }, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "not well-formed XML"));
  listing = run ((const char *[]) { cli, "feeds", f->path, "list", NULL }, &status);
  g_assert_null (strstr (listing, "z.example"));
  g_assert_nonnull (strstr (listing, "h.example"));

  /* export to a file and to the output: the same document, valid for Python */
  g_free (out);
  out = run ((const char *[]) { cli, "feeds", f->path, "export-opml", opml_out, NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  stdout_opml = run ((const char *[]) { cli, "feeds", f->path, "export-opml", NULL }, &status);
  g_assert_nonnull (strstr (stdout_opml, "<opml version=\"2.0\">"));
  g_assert_true (g_file_set_contents (script, check_py, -1, NULL));
  g_free (out);
  out = run ((const char *[]) { "/usr/bin/python3", script, opml_out, NULL }, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "https://south.example/feed.xml\tDaraa & the South\thttps://south.example/\n"));
  g_assert_nonnull (strstr (out, "http://arabic.example/rss\tمرصد\t-\n"));
  g_assert_nonnull (strstr (out, "https://untitled.example/atom\tNone\t-\n"));
  g_assert_nonnull (strstr (out, "https://h.example/f?a=1&b=2\tA <script> & \"quotes\" ' ]]>\t-\n"));

  /* into a second project: the same subscriptions */
  g_free (run ((const char *[]) { cli, "new", second, NULL }, &status));
  g_free (out);
  out = run ((const char *[]) { cli, "feeds", second, "import-opml", opml_out, NULL }, &status);
  g_assert_cmpstr (out, ==, "4 feeds added\n");
  second_listing = run ((const char *[]) { cli, "feeds", second, "list", NULL }, &status);
  {
    /* ids and unread counts aside, the lists match */
    g_auto(GStrv) a = g_strsplit (listing, "\n", -1);
    g_auto(GStrv) b = g_strsplit (second_listing, "\n", -1);

    g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
    for (guint i = 0; a[i] != NULL; i++)
      g_assert_cmpstr (strchr (a[i], '\t') ? strchr (strchr (a[i], '\t') + 1, '\t') : a[i], ==,
                       strchr (b[i], '\t') ? strchr (strchr (b[i], '\t') + 1, '\t') : b[i]);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feeds/opml/parse", test_parse);
  g_test_add_func ("/feeds/opml/bad-input", test_bad_input);
  g_test_add ("/feeds/opml/import", Fixture, NULL, setup, test_import_into_project, teardown);
  g_test_add ("/feeds/opml/cli-round-trip", Fixture, NULL, setup, test_cli_round_trip, teardown);
  return g_test_run ();
}
