/* test-feeds-check.c — checking feeds against a real SoupServer on 127.0.0.1:
 * the pause between two requests to one host, removal that can be undone
 * (the articles stay, the items seen come back), reading that lowers the
 * unread count, and the one-line-per-item report of `sitrep-cli feeds`
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "sitrep-feeds.h"
#include "sitrep-import.h"
#include "sitrep-store.h"
#include "sitrep-articles-private.h"
#include "sitrep-test-util.h"

#define PAUSE_MS 250

static char *base;                  /* http://127.0.0.1:PORT */
static GMutex times_lock;
static GArray *request_times;       /* gint64, monotonic µs, of every request */

static void
serve_text (SoupServerMessage *msg,
            const char        *type,
            const char        *body)
{
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, body, strlen (body));
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           data)
{
  gint64 now = g_get_monotonic_time ();

  g_mutex_lock (&times_lock);
  g_array_append_val (request_times, now);
  g_mutex_unlock (&times_lock);

  if (strcmp (path, "/feed.xml") == 0)
    {
      g_autofree char *rss = g_strdup_printf (
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Quneitra Wire</title><link>%s/</link>"
        "<item><title>One</title><link>%s/p1</link><guid>1</guid><pubDate>Tue, 14 Nov 2023 22:13:20 GMT</pubDate></item>"
        "<item><title>Two</title><link>%s/p2</link><guid>2</guid></item>"
        "<item><title>Three</title><link>%s/p3</link><guid>3</guid></item>"
        "<item><title>Gone</title><link>%s/gone</link><guid>4</guid><dc:date>2023-10-02</dc:date>"
        "<description>&lt;p&gt;Only the feed tells this: shelling hit Khan Arnabah on Thursday night, "
        "residents said, and two shops burned.&lt;/p&gt;</description></item>"
        "</channel></rss>", base, base, base, base, base);

      serve_text (msg, "application/rss+xml", rss);
    }
  else if (g_str_has_prefix (path, "/p") && strlen (path) == 3)
    {
      g_autofree char *page = g_strdup_printf (
        "<!doctype html><html><head><title>Report %c</title></head><body><article>"
        "<p>Report number %c: fighting near Quneitra left several houses damaged on the %c day, "
        "residents said, and families moved to the villages further north.</p>"
        "<p>Local officials said the road to the crossing stayed closed for a %c time.</p>"
        "</article></body></html>", path[2], path[2], path[2], path[2]);

      serve_text (msg, "text/html; charset=utf-8", page);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

typedef struct
{
  char          *dir;
  char          *path;
  SitrepStore   *store;
  SitrepFetcher *fetcher;
  gint64         feed_id;
} Fixture;

static void
count_report (const char *feed_title,
              const char *item_link,
              gint64      article_id,
              const char *message,
              gpointer    user_data)
{
  guint *n = user_data;

  if (article_id > 0)
    (*n)++;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *feed = g_strconcat (base, "/feed.xml", NULL);

  f->dir = g_dir_make_tmp ("sitrep-feeds-check-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
  f->fetcher = sitrep_fetcher_new (5, 0);
  f->feed_id = sitrep_feeds_add (f->fetcher, f->store, feed, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->feed_id, >, 0);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  sitrep_fetcher_free (f->fetcher);
  g_clear_object (&f->store);
  for (const char *const *s = (const char *const[]) { "", "-wal", "-shm", "-journal", NULL }; *s; s++)
    {
      g_autofree char *side = g_strconcat (f->path, *s, NULL);
      g_remove (side);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static guint
unread_of (SitrepStore *store,
           gint64       feed_id)
{
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, NULL);

  for (guint i = 0; feeds != NULL && i < feeds->len; i++)
    if (((SitrepFeedInfo *) g_ptr_array_index (feeds, i))->id == feed_id)
      return ((SitrepFeedInfo *) g_ptr_array_index (feeds, i))->unread;
  g_assert_not_reached ();
  return 0;
}

static guint
n_feeds (SitrepStore *store)
{
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, NULL);

  return feeds->len;
}

static int
check (Fixture *f,
       guint    pause_ms)
{
  g_autoptr(GError) error = NULL;
  guint reported = 0;
  int added = sitrep_feeds_check (f->fetcher, f->store, 0, pause_ms, count_report, &reported, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (added, ==, (int) reported);
  return added;
}

/* One request at a time to a host, and PAUSE_MS between two of them: the
 * feed, then each item's page (the 404 and its fallback included). */
static void
test_politeness (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GArray) times = NULL;

  g_mutex_lock (&times_lock);
  g_array_set_size (request_times, 0);
  g_mutex_unlock (&times_lock);
  g_assert_cmpint (check (f, PAUSE_MS), ==, 4);

  g_mutex_lock (&times_lock);
  times = g_array_copy (request_times);
  g_mutex_unlock (&times_lock);
  g_assert_cmpuint (times->len, ==, 5);
  /* the server sees each request a little after it was sent, by a delay
   * that varies with the machine's load: each gap may look shorter than
   * the pause by that much, the whole run cannot */
  for (guint i = 1; i < times->len; i++)
    {
      gint64 gap = g_array_index (times, gint64, i) - g_array_index (times, gint64, i - 1);

      if (gap < PAUSE_MS / 2 * 1000)
        g_error ("requests %u and %u to one host came %.0f ms apart (the pause is %d ms)",
                 i - 1, i, gap / 1000.0, PAUSE_MS);
    }
  g_assert_cmpint (g_array_index (times, gint64, times->len - 1) - g_array_index (times, gint64, 0), >=,
                   ((gint64) (times->len - 1) * PAUSE_MS - 100) * 1000);
}

static char *
published_of (Fixture    *f,
              const char *path)
{
  g_autofree char *url = g_strconcat (base, path, NULL);
  gint64 id = sitrep_store_find_article_by_url (f->store, url);
  g_autoptr(SitrepArticle) article = NULL;

  g_assert_cmpint (id, >, 0);
  article = sitrep_store_get_article (f->store, id, NULL);
  g_assert_nonnull (article);
  return g_strdup (sitrep_article_get_published (article));
}

/* A page that gives no publication date takes its feed item's date (RSS's
 * pubDate, Dublin Core's date), fetched or from the feed's own text. */
static void
test_item_date (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *gone = NULL;

  g_assert_cmpint (check (f, 0), ==, 4);
  one = published_of (f, "/p1");
  two = published_of (f, "/p2");
  gone = published_of (f, "/gone");
  g_assert_cmpstr (one, ==, "2023-11-14");
  g_assert_null (two);
  g_assert_cmpstr (gone, ==, "2023-10-02");
}

/* Removing a feed keeps its articles; Undo brings back the feed with the
 * same id and the items it had seen, so the next check imports nothing twice. */
static void
test_remove_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeedRemoval) removal = NULL;
  g_autoptr(SitrepFeedRemoval) again = NULL;
  g_autoptr(GPtrArray) unread = NULL;
  g_autofree char *feed = g_strconcat (base, "/feed.xml", NULL);
  gint64 readd;

  g_assert_cmpint (check (f, 0), ==, 4);
  g_assert_cmpuint (unread_of (f->store, f->feed_id), ==, 4);

  removal = sitrep_feeds_remove_full (f->store, f->feed_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removal);
  g_assert_cmpstr (sitrep_feed_removal_get_title (removal), ==, "Quneitra Wire");
  g_assert_cmpuint (n_feeds (f->store), ==, 0);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 4);
  /* a second removal of the same feed: told, nothing changes */
  again = sitrep_feeds_remove_full (f->store, f->feed_id, &error);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_assert_null (again);
  g_clear_error (&error);

  g_assert_true (sitrep_feeds_restore (f->store, removal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_feeds (f->store), ==, 1);
  g_assert_cmpuint (unread_of (f->store, f->feed_id), ==, 4);
  unread = sitrep_feeds_list_unread (f->store, f->feed_id, &error);
  g_assert_cmpuint (unread->len, ==, 4);
  g_assert_cmpint (check (f, 0), ==, 0);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 4);

  /* removed, then followed again by hand: Undo cannot put back a second copy */
  g_clear_pointer (&removal, sitrep_feed_removal_free);
  removal = sitrep_feeds_remove_full (f->store, f->feed_id, &error);
  g_assert_no_error (error);
  readd = sitrep_feeds_add (f->fetcher, f->store, feed, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (sitrep_feeds_restore (f->store, removal, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Quneitra Wire"));
  g_assert_cmpuint (n_feeds (f->store), ==, 1);
  g_assert_cmpuint (unread_of (f->store, readd), ==, 0);
}

/* An article deleted between the removal and Undo is not brought back;
 * its item stays seen. */
static void
test_undo_after_article_deleted (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFeedRemoval) removal = NULL;
  g_autoptr(GPtrArray) unread = NULL;
  gint64 victim;

  g_assert_cmpint (check (f, 0), ==, 4);
  unread = sitrep_feeds_list_unread (f->store, f->feed_id, &error);
  victim = ((SitrepFeedUnread *) g_ptr_array_index (unread, 0))->article_id;
  removal = sitrep_feeds_remove_full (f->store, f->feed_id, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_delete_articles (f->store, &victim, 1, &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_feeds_restore (f->store, removal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unread_of (f->store, f->feed_id), ==, 3);
  g_assert_cmpint (check (f, 0), ==, 0);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 3);
}

static void
on_changed (SitrepStore *store,
            gpointer     changes,
            gpointer     user_data)
{
  (*(guint *) user_data)++;
}

/* Reading an article a feed brought lowers the feed's unread count, once,
 * telling the store's observers; other articles are left as they are. */
static void
test_mark_read (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) unread = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char text[] = "A note typed by hand: the crossing at Quneitra stayed closed on Sunday, officials said.";
  gboolean marked = TRUE;
  guint changes = 0;
  gint64 id, own;

  g_assert_cmpint (check (f, 0), ==, 4);
  unread = sitrep_feeds_list_unread (f->store, f->feed_id, &error);
  id = ((SitrepFeedUnread *) g_ptr_array_index (unread, 1))->article_id;
  g_signal_connect (f->store, "changed::article", G_CALLBACK (on_changed), &changes);

  g_assert_true (sitrep_feeds_mark_read (f->store, id, &marked, &error));
  g_assert_no_error (error);
  g_assert_true (marked);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (unread_of (f->store, f->feed_id), ==, 3);
  article = sitrep_store_get_article (f->store, id, &error);
  g_assert_cmpint (sitrep_article_get_status (article), ==, SITREP_ARTICLE_STATUS_IN_PROGRESS);

  /* read already: nothing changes */
  g_assert_true (sitrep_feeds_mark_read (f->store, id, &marked, &error));
  g_assert_false (marked);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (unread_of (f->store, f->feed_id), ==, 3);

  /* an article no feed brought keeps its status */
  bytes = g_bytes_new_static (text, sizeof text - 1);
  records = sitrep_import_parse_bytes (bytes, "note.txt", SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_add_articles (f->store, (SitrepImportRecord **) records->pdata, 1, &own, NULL, &error));
  g_assert_cmpint (own, >, 0);
  changes = 0;
  g_assert_true (sitrep_feeds_mark_read (f->store, own, &marked, &error));
  g_assert_false (marked);
  g_assert_cmpuint (changes, ==, 0);
  g_clear_object (&article);
  article = sitrep_store_get_article (f->store, own, &error);
  g_assert_cmpint (sitrep_article_get_status (article), ==, SITREP_ARTICLE_STATUS_NEW);
  g_signal_handlers_disconnect_by_func (f->store, on_changed, &changes);
}

/* `sitrep-cli feeds PROJECT check`: one line per item (imported, the feed's
 * own text, duplicate), a count, and the unread count in `list` falls. */
static void
test_cli_report (Fixture       *f,
                 gconstpointer  data)
{
  const char *cli = g_getenv ("SITREP_CLI");
  g_autofree char *out = NULL;
  g_autofree char *list = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set");
      return;
    }
  g_clear_object (&f->store);   /* the CLI opens the project itself */
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) cli, "feeds", f->path, "check", "--pause", "0", NULL },
                               NULL, 0, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);   /* 4 items, the count, "" */
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *prefix = g_strconcat ("Quneitra Wire: ", base, "/", NULL);

      g_assert_true (g_str_has_prefix (lines[i], prefix));
      g_assert_nonnull (strstr (lines[i], ": imported as id "));
    }
  expected = g_strdup_printf ("Quneitra Wire: %s/gone: imported as id 4", base);
  g_assert_cmpstr (lines[3], ==, expected);
  g_assert_cmpstr (lines[4], ==, "4 new articles");

  g_clear_pointer (&out, g_free);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) cli, "feeds", f->path, "check", "--pause", "0", NULL },
                               NULL, 0, NULL, NULL, &out, NULL, &status, &error));
  g_assert_cmpstr (out, ==, "0 new articles\n");

  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) cli, "feeds", f->path, "list", NULL },
                               NULL, 0, NULL, NULL, &list, NULL, &status, &error));
  g_free (expected);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "\t4\tQuneitra Wire\t%s/feed.xml\n", f->feed_id, base);
  g_assert_cmpstr (list, ==, expected);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  request_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  base = sitrep_test_serve (handle);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/feeds/check/politeness", test_politeness);
  ADD ("/feeds/remove/undo", test_remove_and_undo);
  ADD ("/feeds/remove/undo-after-delete", test_undo_after_article_deleted);
  ADD ("/feeds/read/lowers-unread", test_mark_read);
  ADD ("/feeds/cli/report", test_cli_report);
  ADD ("/feeds/check/item-date", test_item_date);
  return g_test_run ();
}
