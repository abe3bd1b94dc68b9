/* test-feed.c — news feeds read into items: RSS 2.0, RSS 1.0, Atom, a
 * malformed feed, a page that is no feed, and an entity from outside
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sitrep-feed.h"

static SitrepFeedItem *
item (SitrepFeed *feed,
      guint       i)
{
  g_assert_cmpuint (feed->items->len, >, i);
  return g_ptr_array_index (feed->items, i);
}

static void
test_rss2 (void)
{
  static const char doc[] =
    "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Daraa News</title>"
    "<link>https://news.example.org/</link>"
    "<item><title>Clashes in Jasim</title><link>/2024/jasim</link><guid isPermaLink=\"false\">n-1</guid>"
    "<pubDate>Mon, 04 Mar 2024 10:00:00 +0000</pubDate><dc:creator>A. Reporter</dc:creator>"
    "<description>Short &lt;b&gt;summary&lt;/b&gt;.</description>"
    "<content:encoded><![CDATA[<p>Full text of the clashes.</p>]]></content:encoded></item>"
    "<item><title>Second</title><link>https://news.example.org/2024/second</link>"
    "<description>Only a summary.</description></item>"
    "</channel></rss>";
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeed) feed = sitrep_feed_parse (doc, sizeof doc - 1, "https://news.example.org/feed.xml", &error);

  g_assert_no_error (error);
  g_assert_cmpint (feed->kind, ==, SITREP_FEED_RSS2);
  g_assert_cmpstr (feed->title, ==, "Daraa News");
  g_assert_cmpstr (feed->site_url, ==, "https://news.example.org/");
  g_assert_cmpuint (feed->items->len, ==, 2);
  g_assert_cmpstr (item (feed, 0)->title, ==, "Clashes in Jasim");
  g_assert_cmpstr (item (feed, 0)->link, ==, "https://news.example.org/2024/jasim");
  g_assert_cmpstr (item (feed, 0)->id, ==, "n-1");
  g_assert_cmpstr (item (feed, 0)->published, ==, "Mon, 04 Mar 2024 10:00:00 +0000");
  g_assert_cmpstr (item (feed, 0)->author, ==, "A. Reporter");
  g_assert_cmpstr (item (feed, 0)->content, ==, "<p>Full text of the clashes.</p>");
  g_assert_cmpstr (item (feed, 1)->content, ==, "Only a summary.");
  g_assert_cmpstr (item (feed, 1)->id, ==, "https://news.example.org/2024/second");
}

static void
test_rss1 (void)
{
  static const char doc[] =
    "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
    " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
    "<channel rdf:about=\"https://wire.example.org/\"><title>Wire</title><link>https://wire.example.org/</link>"
    "</channel>"
    "<item rdf:about=\"https://wire.example.org/a\"><title>Aid convoy</title>"
    "<link>https://wire.example.org/a</link><dc:date>2024-03-04T09:00:00Z</dc:date>"
    "<description>A convoy reached the town.</description></item>"
    "</rdf:RDF>";
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeed) feed = sitrep_feed_parse (doc, sizeof doc - 1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (feed->kind, ==, SITREP_FEED_RSS1);
  g_assert_cmpstr (feed->title, ==, "Wire");
  g_assert_cmpuint (feed->items->len, ==, 1);
  g_assert_cmpstr (item (feed, 0)->link, ==, "https://wire.example.org/a");
  g_assert_cmpstr (item (feed, 0)->published, ==, "2024-03-04T09:00:00Z");
  g_assert_cmpstr (item (feed, 0)->content, ==, "A convoy reached the town.");
}

static void
test_atom (void)
{
  static const char doc[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
    "<title>Monitor</title><link href=\"https://monitor.example.org/\"/>"
    "<link rel=\"self\" href=\"https://monitor.example.org/atom\"/>"
    "<entry><title>Strike near Ariha</title><id>tag:monitor,2024:1</id>"
    "<link rel=\"alternate\" href=\"https://monitor.example.org/1\"/><link rel=\"edit\" href=\"/e/1\"/>"
    "<published>2024-03-04T08:00:00Z</published><author><name>Desk</name></author>"
    "<summary>Summary.</summary><content type=\"html\">&lt;p&gt;Caf\xc3\xa9 hit.&lt;/p&gt;</content></entry>"
    "</feed>";
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeed) feed = sitrep_feed_parse (doc, sizeof doc - 1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (feed->kind, ==, SITREP_FEED_ATOM);
  g_assert_cmpstr (feed->site_url, ==, "https://monitor.example.org/");
  g_assert_cmpuint (feed->items->len, ==, 1);
  g_assert_cmpstr (item (feed, 0)->link, ==, "https://monitor.example.org/1");
  g_assert_cmpstr (item (feed, 0)->id, ==, "tag:monitor,2024:1");
  g_assert_cmpstr (item (feed, 0)->author, ==, "Desk");
  g_assert_cmpstr (item (feed, 0)->content, ==, "<p>Caf\xc3\xa9 hit.</p>");
}

static void
test_malformed (void)
{
  /* cut off in the middle of the third item, with a bad character on the way */
  static const char doc[] =
    "<rss version=\"2.0\"><channel><title>Broken & Co</title>"
    "<item><title>One</title><link>https://b.example.org/1</link></item>"
    "<item><title>Two</title><link>https://b.example.org/2</link></item>"
    "<item><title>Thr";
  static const char *not_feeds[] = {
    "<html><body><p>Not a feed</p></body></html>",
    "just words",
    "",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeed) feed = sitrep_feed_parse (doc, sizeof doc - 1, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (feed->items->len, >=, 2);
  g_assert_cmpstr (item (feed, 0)->link, ==, "https://b.example.org/1");
  g_assert_cmpstr (item (feed, 1)->link, ==, "https://b.example.org/2");

  for (gsize i = 0; i < G_N_ELEMENTS (not_feeds); i++)
    {
      g_autoptr(GError) refusal = NULL;

      g_assert_null (sitrep_feed_parse (not_feeds[i], strlen (not_feeds[i]), NULL, &refusal));
      g_assert_error (refusal, SITREP_FEED_ERROR, SITREP_FEED_ERROR_NOT_A_FEED);
    }
}

static void
test_no_outside_entities (void)
{
  g_autofree char *secret_path = NULL;
  g_autofree char *doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeed) feed = NULL;
  int fd = g_file_open_tmp ("sitrep-feed-secret-XXXXXX", &secret_path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (secret_path, "SECRET-CONTENT", -1, NULL));
  close (fd);
  doc = g_strdup_printf ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://%s\">]>"
                         "<rss><channel><title>T</title><item><title>&x;</title>"
                         "<link>https://e.example.org/1</link></item></channel></rss>", secret_path);
  feed = sitrep_feed_parse (doc, strlen (doc), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feed->items->len, ==, 1);
  g_assert_true (item (feed, 0)->title == NULL || strstr (item (feed, 0)->title, "SECRET") == NULL);
  g_unlink (secret_path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/feed/rss2", test_rss2);
  g_test_add_func ("/feed/rss1", test_rss1);
  g_test_add_func ("/feed/atom", test_atom);
  g_test_add_func ("/feed/malformed", test_malformed);
  g_test_add_func ("/feed/no-outside-entities", test_no_outside_entities);
  return g_test_run ();
}
