/* test-gui-feeds.c — the Feeds dialog against a real SoupServer on 127.0.0.1:
 * adding (with clear errors), Check Feeds in the background with the feed as
 * the articles' source, unread counts that drop when an article is read,
 * removal with Undo, reading in the main window, Cancel of a slow check, the periodic check,
 * OPML from the dialog, pasted links fetched as pages, and the Feeds section of
 * the main window's sidebar (counts that follow checks and reading, a feed
 * chosen filters the article list, Mark All Read, Unsubscribe with Undo)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <libsoup/soup.h>

#include "sitrep-feeds.h"
#include "sitrep-metadata-dialog.h"
#include "sitrep-feeds-private.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-web-import-dialog.h"
#include "sitrep-window.h"
#include "sitrep-articles-private.h"
#include "sitrep-web-import-dialog-private.h"

#define PAGE_A \
  "<!doctype html><html><head><title>Clashes near Jasim</title></head><body><article>" \
  "<p>Clashes broke out near Jasim in the western countryside of Daraa on Sunday, local sources " \
  "said, after a night of arrests in the town.</p></article></body></html>"
#define PAGE_B \
  "<!doctype html><html><head><title>Convoy reaches Tafas</title></head><body><article>" \
  "<p>An aid convoy reached Tafas on Friday morning after two days on the road, aid workers said, " \
  "and unloaded flour and medicine at the council building.</p></article></body></html>"

static char *base;
static volatile gint slow_requests;

static void
serve (SoupServerMessage *msg,
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
  const char *host = base;

  if (strcmp (path, "/a") == 0)
    serve (msg, "text/html", PAGE_A);
  else if (strcmp (path, "/b") == 0)
    serve (msg, "text/html", PAGE_B);
  else if (strcmp (path, "/feed.xml") == 0)
    {
      g_autofree char *rss = g_strdup_printf (
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Daraa Monitor</title>"
        "<link>%s/</link>"
        "<item><title>Clashes near Jasim</title><link>%s/a</link><guid>a</guid></item>"
        "<item><title>Convoy reaches Tafas</title><link>%s/b</link><guid>b</guid></item>"
        "</channel></rss>", host, host, host);

      serve (msg, "application/rss+xml", rss);
    }
  else if (strcmp (path, "/tafas.xml") == 0)
    {
      /* an item another feed brought already */
      g_autofree char *rss = g_strdup_printf (
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tafas Wire</title>"
        "<item><title>Convoy reaches Tafas</title><link>%s/b</link><guid>tafas-b</guid></item>"
        "</channel></rss>", host);

      serve (msg, "application/rss+xml", rss);
    }
  else if (strcmp (path, "/slow-feed.xml") == 0)
    {
      g_autofree char *atom = g_strdup_printf (
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Slow Wire</title>"
        "<entry><title>Slow</title><id>tag:slow,1</id><link href=\"%s/slow\"/>"
        "<content type=\"html\">&lt;p&gt;Shelling was reported on the outskirts of Inkhil on Monday, "
        "residents said, and several houses were damaged.&lt;/p&gt;</content></entry></feed>", host);

      serve (msg, "application/atom+xml", atom);
    }
  else if (strcmp (path, "/web/20200825093000id_/http://example.org/tafas") == 0)
    serve (msg, "text/html", PAGE_B);
  else if (strcmp (path, "/slow") == 0)
    {
      g_atomic_int_inc (&slow_requests);
      soup_server_message_pause (msg);   /* never answered */
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

typedef struct
{
  char               *dir;
  SitrepStore        *store;
  SitrepWindow       *window;
  SitrepFeedsChecker *checker;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sitrep-gui-feeds-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  f->window = sitrep_test_open_window (f->store);
  f->checker = sitrep_feeds_checker_get_for_window (GTK_WIDGET (f->window));
  /* no pause between two requests to the test server */
  _sitrep_feeds_checker_set_timing (f->checker, 60 * 1000, 0);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "feeds-check-interval");
  sitrep_test_close_window (f->window);
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SitrepFeedsDialog *
open_dialog (Fixture *f)
{
  SitrepFeedsDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.feeds", NULL));
  dialog = SITREP_FEEDS_DIALOG (sitrep_test_find_toplevel (SITREP_TYPE_FEEDS_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static gboolean
not_adding (gpointer data)
{
  return !sitrep_feeds_dialog_is_adding (data);
}

static gboolean
checker_idle (gpointer data)
{
  return !sitrep_feeds_checker_is_busy (data);
}

static void
add (SitrepFeedsDialog *dialog,
     const char        *address)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.add-address", "s", address));
  sitrep_test_wait_until (not_adding, dialog, "the feed to be added");
}

static gboolean
describes (gpointer data)
{
  gpointer *pair = data;
  g_autofree char *text = sitrep_feeds_dialog_describe (pair[0]);

  return g_strcmp0 (text, pair[1]) == 0;
}

static void
assert_describes (SitrepFeedsDialog *dialog,
                  const char        *expected)
{
  gpointer pair[2] = { dialog, (gpointer) expected };

  sitrep_test_wait_until (describes, pair, expected);
}

static gint64
feed_id (SitrepStore *store,
         guint        i)
{
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, NULL);

  g_assert_cmpuint (feeds->len, >, i);
  return ((SitrepFeedInfo *) g_ptr_array_index (feeds, i))->id;
}

static gboolean
shows_article (gpointer data)
{
  gpointer *pair = data;

  return sitrep_window_get_selected_id (pair[0]) == *(gint64 *) pair[1];
}

static void
test_add_check_read_remove (Fixture       *f,
                            gconstpointer  data)
{
  SitrepFeedsDialog *dialog = open_dialog (f);
  g_autofree char *page = g_strdup_printf ("%s/a", base);
  g_autofree char *feed = g_strdup_printf ("%s/feed.xml", base);
  g_autoptr(GPtrArray) unread = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  gint64 id;

  /* errors in the user's words, nothing followed */
  add (dialog, "   ");
  g_assert_nonnull (strstr (sitrep_feeds_dialog_get_error (dialog), "Type or paste the address"));
  add (dialog, "ftp://example.org/feed");
  g_assert_nonnull (strstr (sitrep_feeds_dialog_get_error (dialog), "is not a web address"));
  add (dialog, page);
  g_assert_nonnull (strstr (sitrep_feeds_dialog_get_error (dialog), "not a news feed"));
  assert_describes (dialog, "");

  add (dialog, feed);
  g_assert_null (sitrep_feeds_dialog_get_error (dialog));
  assert_describes (dialog, "Daraa Monitor\t0\n");
  add (dialog, feed);
  g_assert_nonnull (strstr (sitrep_feeds_dialog_get_error (dialog), "already follows"));

  /* Check Feeds: both items, the feed as their source */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.check", NULL));
  g_assert_true (sitrep_feeds_checker_is_busy (f->checker));
  sitrep_test_wait_until (checker_idle, f->checker, "the check to end");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  assert_describes (dialog, "Daraa Monitor\t2\n");
  unread = sitrep_feeds_list_unread (f->store, feed_id (f->store, 0), NULL);
  g_assert_cmpuint (unread->len, ==, 2);
  id = ((SitrepFeedUnread *) g_ptr_array_index (unread, 0))->article_id;
  article = sitrep_store_get_article (f->store, id, NULL);
  g_assert_cmpstr (sitrep_article_get_source (article), ==, "Daraa Monitor");

  /* again: nothing new */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.check", NULL));
  sitrep_test_wait_until (checker_idle, f->checker, "the second check to end");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  g_assert_cmpuint (sitrep_feeds_checker_get_n_checks (f->checker), ==, 2);

  /* reading one from the list: shown in the window, one unread fewer */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.open-article", "x", id));
  {
    gpointer pair[2] = { f->window, &id };

    sitrep_test_wait_until (shows_article, pair, "the article to be shown");
  }
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_FEEDS_DIALOG), "the dialog to close");
  dialog = open_dialog (f);
  assert_describes (dialog, "Daraa Monitor\t1\n");

  /* removing is at once, with Undo; the articles stay either way */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.remove", "x", feed_id (f->store, 0)));
  g_assert_null (sitrep_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  assert_describes (dialog, "");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.undo-remove", NULL));
  assert_describes (dialog, "Daraa Monitor\t1\n");
  /* Undo once only */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.undo-remove", NULL);
  assert_describes (dialog, "Daraa Monitor\t1\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.remove", "x", feed_id (f->store, 0)));
  assert_describes (dialog, "");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  gtk_window_close (GTK_WINDOW (dialog));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_FEEDS_DIALOG), "the dialog to close");
}

static gboolean
shows_some_article (gpointer data)
{
  return sitrep_window_get_selected_id (data) != 0;
}

static gboolean
status_is_in_progress (gpointer data)
{
  gpointer *pair = data;
  g_autoptr(SitrepArticle) article = sitrep_store_get_article (pair[0], *(gint64 *) pair[1], NULL);

  return article != NULL && sitrep_article_get_status (article) == SITREP_ARTICLE_STATUS_IN_PROGRESS;
}

/* Reading in the main window: the article the window picks by itself is
 * not counted as read; one the user moves to is, and the open Feeds dialog
 * follows from the store's change signal. */
static void
test_read_in_window (Fixture       *f,
                     gconstpointer  data)
{
  SitrepFeedsDialog *dialog = open_dialog (f);
  g_autofree char *feed = g_strdup_printf ("%s/feed.xml", base);
  g_autoptr(GPtrArray) unread = NULL;
  g_autoptr(SitrepArticle) first = NULL;
  gint64 shown, other;

  _sitrep_feeds_checker_set_read_delay (f->checker, 50);
  add (dialog, feed);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.check", NULL));
  sitrep_test_wait_until (checker_idle, f->checker, "the check to end");
  assert_describes (dialog, "Daraa Monitor\t2\n");

  /* the window shows an article of its own accord: still unread */
  unread = sitrep_feeds_list_unread (f->store, feed_id (f->store, 0), NULL);
  sitrep_test_wait_until (shows_some_article, f->window, "the window to show an article");
  shown = sitrep_window_get_selected_id (f->window);
  other = ((SitrepFeedUnread *) g_ptr_array_index (unread, 0))->article_id;
  if (other == shown)
    other = ((SitrepFeedUnread *) g_ptr_array_index (unread, 1))->article_id;
  g_assert_cmpint (_sitrep_feeds_checker_get_read_pending (f->checker), ==, 0);
  assert_describes (dialog, "Daraa Monitor\t2\n");

  /* the user goes to the other one: read, one unread fewer */
  g_assert_true (sitrep_window_select_article (f->window, other));
  {
    gpointer pair[2] = { f->store, &other };

    sitrep_test_wait_until (status_is_in_progress, pair, "the article to be marked read");
  }
  assert_describes (dialog, "Daraa Monitor\t1\n");
  first = sitrep_store_get_article (f->store, shown, NULL);
  g_assert_cmpint (sitrep_article_get_status (first), ==, SITREP_ARTICLE_STATUS_NEW);

  /* the user marks it New again while reading it: it stays new */
  g_assert_true (sitrep_store_set_article_status (f->store, other, SITREP_ARTICLE_STATUS_NEW, NULL));
  assert_describes (dialog, "Daraa Monitor\t2\n");
  g_assert_cmpint (_sitrep_feeds_checker_get_read_pending (f->checker), ==, 0);
  gtk_window_close (GTK_WINDOW (dialog));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_FEEDS_DIALOG), "the dialog to close");
}

static gboolean
slow_fetch_started (gpointer data)
{
  return g_atomic_int_get (&slow_requests) > GPOINTER_TO_INT (data);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  SitrepFeedsDialog *dialog = open_dialog (f);
  g_autofree char *feed = g_strdup_printf ("%s/slow-feed.xml", base);
  int before = g_atomic_int_get (&slow_requests);

  add (dialog, feed);
  assert_describes (dialog, "Slow Wire\t0\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.check", NULL));
  sitrep_test_wait_until (slow_fetch_started, GINT_TO_POINTER (before), "the item's page to be asked for");
  g_assert_true (sitrep_feeds_checker_is_busy (f->checker));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.cancel", NULL));
  sitrep_test_wait_until (checker_idle, f->checker, "the cancelled check to end");
  g_assert_nonnull (strstr (sitrep_feeds_checker_get_report (f->checker), "Cancelled"));
  /* cancelled: not even the feed's own text was imported */
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 0);
  assert_describes (dialog, "Slow Wire\t0\n");
  gtk_window_close (GTK_WINDOW (dialog));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_FEEDS_DIALOG), "the dialog to close");
}

static gboolean
checked_twice (gpointer data)
{
  return sitrep_feeds_checker_get_n_checks (data) >= 2;
}

static void
test_periodic_check (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *feed = g_strdup_printf ("%s/feed.xml", base);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (10, 0);

  g_assert_cmpuint (g_settings_get_uint (settings, "feeds-check-interval"), ==, 0);   /* off by default */
  g_assert_cmpint (sitrep_feeds_add (fetcher, f->store, feed, NULL, &error), >, 0);
  g_assert_no_error (error);
  /* a "minute" of 150 ms, checks every two of them, with no dialog open */
  _sitrep_feeds_checker_set_timing (f->checker, 150, 0);
  g_settings_set_uint (settings, "feeds-check-interval", 2);
  sitrep_test_wait_until (checked_twice, f->checker, "two periodic checks");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  g_settings_set_uint (settings, "feeds-check-interval", 0);
  sitrep_test_wait_until (checker_idle, f->checker, "the last check to end");
}

static void
test_opml (Fixture       *f,
           gconstpointer  data)
{
  SitrepFeedsDialog *dialog = open_dialog (f);
  g_autofree char *good = g_build_filename (f->dir, "good.opml", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.opml", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out.opml", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (bad, "<opml><body><outline xmlUrl=\"https://a.example/f\"/>", -1, NULL));
  g_assert_true (g_file_set_contents (good, "<opml version=\"2.0\"><body><outline text=\"Wire\">"
                                      "<outline text=\"Alpha\" xmlUrl=\"https://a.example/f\"/>"
                                      "<outline text=\"Beta\" xmlUrl=\"https://b.example/f\"/></outline>"
                                      "</body></opml>", -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.import-opml-file", "s", bad));
  assert_describes (dialog, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.import-opml-file", "s", good));
  assert_describes (dialog, "Alpha\t0\nBeta\t0\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "feeds.export-opml-file", "s", out));
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "xmlUrl=\"https://a.example/f\""));
  g_assert_nonnull (strstr (text, "xmlUrl=\"https://b.example/f\""));
  gtk_window_close (GTK_WINDOW (dialog));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_FEEDS_DIALOG), "the dialog to close");
}

static gboolean
web_dialog_idle (gpointer data)
{
  GtkWindow *dialog = sitrep_test_find_toplevel (SITREP_TYPE_WEB_IMPORT_DIALOG);

  return dialog != NULL && !sitrep_web_import_dialog_is_busy (SITREP_WEB_IMPORT_DIALOG (dialog)) &&
         sitrep_web_import_dialog_get_report (SITREP_WEB_IMPORT_DIALOG (dialog)) != NULL;
}

static void
test_paste_link (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *link = g_strdup_printf ("  %s/b\n", base);
  GtkWindow *dialog;

  g_assert_true (sitrep_web_import_text_is_links (link));
  g_assert_false (sitrep_web_import_text_is_links ("See http://a.example/x for more"));
  g_assert_false (sitrep_web_import_text_is_links ("javascript:alert(1)"));

  /* a pasted link is fetched at once, not stored as text */
  sitrep_window_paste_text (f->window, link);
  sitrep_test_wait_until (web_dialog_idle, NULL, "the pasted link to be fetched");
  dialog = sitrep_test_find_toplevel (SITREP_TYPE_WEB_IMPORT_DIALOG);
  g_assert_nonnull (strstr (sitrep_web_import_dialog_get_report (SITREP_WEB_IMPORT_DIALOG (dialog)), "/b: imported"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
  gtk_window_close (dialog);
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_WEB_IMPORT_DIALOG), "the dialog to close");

  /* pasted again: already there */
  sitrep_window_paste_text (f->window, link);
  sitrep_test_wait_until (web_dialog_idle, NULL, "the second paste to be fetched");
  dialog = sitrep_test_find_toplevel (SITREP_TYPE_WEB_IMPORT_DIALOG);
  g_assert_nonnull (strstr (sitrep_web_import_dialog_get_report (SITREP_WEB_IMPORT_DIALOG (dialog)),
                            "/b: already in the project"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
  gtk_window_close (dialog);
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_WEB_IMPORT_DIALOG), "the dialog to close");
}

/* The visible row titled @title under @widget, or NULL. */
static AdwActionRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found;

      if (ADW_IS_ACTION_ROW (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return ADW_ACTION_ROW (child);
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* Edit Details of an archived page: the page's own address, and the
 * archive's address and capture time beside it; none for a direct page. */
static void
test_archived_details (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *archived = g_strdup_printf ("%s/web/20200825093000/http://example.org/tafas", base);
  g_autofree char *direct = g_strdup_printf ("%s/a", base);
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (10, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(SitrepArticle) plain = NULL;
  SitrepMetadataDialog *dialog;
  AdwActionRow *row;
  gint64 id = sitrep_fetch_import (fetcher, f->store, archived, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  article = sitrep_store_get_article (f->store, id, &error);
  g_assert_cmpstr (sitrep_article_get_url (article), ==, "http://example.org/tafas");
  dialog = sitrep_metadata_dialog_new (f->store, article);
  gtk_window_present (GTK_WINDOW (dialog));
  row = find_row (GTK_WIDGET (dialog), "Archived Copy");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, archived);
  row = find_row (GTK_WIDGET (dialog), "Captured by the Archive");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "2020-08-25 09:30 UTC");
  gtk_window_destroy (GTK_WINDOW (dialog));

  id = sitrep_fetch_import (fetcher, f->store, direct, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  plain = sitrep_store_get_article (f->store, id, &error);
  dialog = sitrep_metadata_dialog_new (f->store, plain);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_null (find_row (GTK_WIDGET (dialog), "Archived Copy"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The accessible name GTK gives @widget from its LABEL property, or NULL. */
static char *
label_of (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* the test API returns the value when it differs from the one asked for */
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

/* Icon-only buttons, spin buttons and text fields under @root without a
 * name a screen reader can say, one line each. */
static void
collect_unnamed (GtkWidget *root,
                 GString   *problems)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gboolean needs_name;
      g_autofree char *name = NULL;

      /* GTK's and libadwaita's own parts name themselves */
      if (!gtk_widget_get_visible (c) || GTK_IS_WINDOW_CONTROLS (c) || GTK_IS_SPIN_BUTTON (root) ||
          g_str_equal (G_OBJECT_TYPE_NAME (c), "AdwToastWidget"))
        continue;
      needs_name = GTK_IS_SPIN_BUTTON (c) || ADW_IS_ENTRY_ROW (c) || GTK_IS_MENU_BUTTON (c) ||
                   (GTK_IS_BUTTON (c) && gtk_button_get_label (GTK_BUTTON (c)) == NULL &&
                    !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (c)) && gtk_widget_get_focusable (c) &&
                    gtk_widget_get_ancestor (c, ADW_TYPE_ENTRY_ROW) == NULL &&
                    gtk_widget_get_ancestor (c, ADW_TYPE_EXPANDER_ROW) == NULL) ||
                   (GTK_IS_BUTTON (c) && gtk_widget_get_ancestor (c, ADW_TYPE_EXPANDER_ROW) != NULL &&
                    gtk_actionable_get_action_name (GTK_ACTIONABLE (c)) != NULL);
      name = needs_name ? label_of (c) : NULL;
      if (needs_name && (name == NULL || name[0] == '\0'))
        g_string_append_printf (problems, "%s in %s has no name\n", G_OBJECT_TYPE_NAME (c),
                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (c)));
      collect_unnamed (c, problems);
    }
}

static gboolean
focus_in (gpointer data)
{
  gpointer *pair = data;
  GtkWidget *focus = gtk_window_get_focus (pair[0]);

  return focus != NULL && gtk_widget_get_ancestor (focus, GPOINTER_TO_SIZE (pair[1])) != NULL;
}

/* The dialog from its template: every control named; the first keyboard
 * focus in the address field (no feeds) or the list (feeds), never on
 * Check Feeds. */
static void
test_focus_and_names (Fixture       *f,
                      gconstpointer  data)
{
  SitrepFeedsDialog *dialog = open_dialog (f);
  g_autofree char *feed = g_strdup_printf ("%s/feed.xml", base);
  g_autoptr(GString) problems = g_string_new (NULL);
  gpointer in_entry[2] = { dialog, GSIZE_TO_POINTER (ADW_TYPE_ENTRY_ROW) };
  gpointer in_list[2] = { NULL, GSIZE_TO_POINTER (ADW_TYPE_EXPANDER_ROW) };
  GtkWidget *focus;

  sitrep_test_wait_until (focus_in, in_entry, "the address field to have the focus");
  add (dialog, feed);
  assert_describes (dialog, "Daraa Monitor\t0\n");
  collect_unnamed (GTK_WIDGET (dialog), problems);
  g_assert_cmpstr (problems->str, ==, "");
  gtk_window_close (GTK_WINDOW (dialog));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_FEEDS_DIALOG), "the dialog to close");

  /* with a feed followed, the list has it */
  dialog = open_dialog (f);
  in_list[0] = dialog;
  sitrep_test_wait_until (focus_in, in_list, "the list of feeds to have the focus");
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_false (GTK_IS_BUTTON (focus) && gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)) != NULL &&
                  g_str_equal (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), "feeds.check"));
  gtk_window_close (GTK_WINDOW (dialog));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_FEEDS_DIALOG), "the dialog to close");
}

/* ---- the Feeds section of the main window's sidebar ---- */

static SitrepFeedsSidebar *
find_sidebar (GtkWidget *root)
{
  if (SITREP_IS_FEEDS_SIDEBAR (root))
    return SITREP_FEEDS_SIDEBAR (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      SitrepFeedsSidebar *found = find_sidebar (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkListBox *
find_list_box (GtkWidget *root)
{
  if (GTK_IS_LIST_BOX (root))
    return GTK_LIST_BOX (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkListBox *found = find_list_box (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
sidebar_describes (gpointer data)
{
  gpointer *pair = data;
  g_autofree char *text = sitrep_feeds_sidebar_describe (pair[0]);

  return g_strcmp0 (text, pair[1]) == 0;
}

static void
assert_sidebar (SitrepFeedsSidebar *sidebar,
                const char         *expected)
{
  gpointer pair[2] = { sidebar, (gpointer) expected };

  sitrep_test_wait_until (sidebar_describes, pair, expected);
}

static gboolean
lists_n (gpointer data)
{
  gpointer *pair = data;

  return g_list_model_get_n_items (sitrep_window_get_article_model (pair[0])) == GPOINTER_TO_UINT (pair[1]);
}

static void
assert_lists (SitrepWindow *window,
              guint         n)
{
  gpointer pair[2] = { window, GUINT_TO_POINTER (n) };
  g_autofree char *what = g_strdup_printf ("the article list to show %u articles", n);

  sitrep_test_wait_until (lists_n, pair, what);
}

static gint64
feed_id_titled (SitrepStore *store,
                const char  *title)
{
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, NULL);

  for (guint i = 0; i < feeds->len; i++)
    if (g_strcmp0 (((SitrepFeedInfo *) g_ptr_array_index (feeds, i))->title, title) == 0)
      return ((SitrepFeedInfo *) g_ptr_array_index (feeds, i))->id;
  g_assert_not_reached ();
}

static gboolean
unread_is (gpointer data)
{
  gpointer *pair = data;
  g_autoptr(GPtrArray) unread = sitrep_feeds_list_unread (pair[0], *(gint64 *) pair[1], NULL);

  return unread != NULL && unread->len == GPOINTER_TO_UINT (pair[2]);
}

static void
check_feed (Fixture            *f,
            SitrepFeedsSidebar *sidebar,
            gint64              id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.check", "x", id));
  g_assert_true (sitrep_feeds_checker_is_busy (f->checker));
  sitrep_test_wait_until (checker_idle, f->checker, "the check to end");
}

/* No feed: no section. Feeds followed: one row each under All articles, with
 * their unread counts, which rise with a check (Check Now of one feed from
 * the section) and fall when the user reads an article in the window. */
static void
test_sidebar_counts (Fixture       *f,
                     gconstpointer  data)
{
  SitrepFeedsSidebar *sidebar = find_sidebar (GTK_WIDGET (f->window));
  g_autofree char *daraa = g_strdup_printf ("%s/feed.xml", base);
  g_autofree char *tafas = g_strdup_printf ("%s/tafas.xml", base);
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (10, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) unread = NULL;
  gint64 daraa_id, tafas_id, shown, other;

  g_assert_nonnull (sidebar);
  g_assert_cmpuint (sitrep_feeds_sidebar_get_n_feeds (sidebar), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sidebar)));

  /* followed elsewhere (here: the core, as the CLI does): the section shows up */
  g_assert_cmpint (sitrep_feeds_add (fetcher, f->store, daraa, NULL, &error), >, 0);
  g_assert_no_error (error);
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t0\n");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sidebar)));
  g_assert_cmpint (sitrep_feeds_add (fetcher, f->store, tafas, NULL, &error), >, 0);
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t0\nTafas Wire\t0\n");
  daraa_id = feed_id_titled (f->store, "Daraa Monitor");
  tafas_id = feed_id_titled (f->store, "Tafas Wire");

  /* Check Now on one feed checks that feed only */
  check_feed (f, sidebar, daraa_id);
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t2\nTafas Wire\t0\n");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  /* the other feed's only item is one of those: counted there too, not imported twice */
  check_feed (f, sidebar, tafas_id);
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t2\nTafas Wire\t1\n");
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);

  /* reading one in the window (moving to it and staying): one unread fewer in each feed that has it */
  _sitrep_feeds_checker_set_read_delay (f->checker, 50);
  sitrep_test_wait_until (shows_some_article, f->window, "the window to show an article");
  shown = sitrep_window_get_selected_id (f->window);
  unread = sitrep_feeds_list_unread (f->store, tafas_id, NULL);
  other = ((SitrepFeedUnread *) g_ptr_array_index (unread, 0))->article_id;
  if (other == shown)
    {
      /* the window shows the Tafas article by itself: read the other, then this one */
      g_autoptr(GPtrArray) all = sitrep_feeds_list_unread (f->store, daraa_id, NULL);

      for (guint i = 0; i < all->len; i++)
        if (((SitrepFeedUnread *) g_ptr_array_index (all, i))->article_id != shown)
          g_assert_true (sitrep_window_select_article (f->window,
                                                       ((SitrepFeedUnread *) g_ptr_array_index (all, i))->article_id));
      assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t1\nTafas Wire\t1\n");
    }
  g_assert_true (sitrep_window_select_article (f->window, other));
  assert_sidebar (sidebar, other == shown ? "*All articles\nDaraa Monitor\t0\nTafas Wire\t0\n"
                                          : "*All articles\nDaraa Monitor\t1\nTafas Wire\t0\n");
}

/* Runs what the key @accel does on @widget, through the shortcut its class binds to it. */
static gboolean
press_shortcut (GtkWidget  *widget,
                const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (c), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, accel) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

/* Choosing a feed lists its articles only; All articles lists every one
 * again; Mark All Read is one step Undo takes back; Unsubscribe goes at
 * once, with Undo, and the list shows everything again. */
static void
test_sidebar_filter_and_menu (Fixture       *f,
                              gconstpointer  data)
{
  SitrepFeedsSidebar *sidebar = find_sidebar (GTK_WIDGET (f->window));
  g_autofree char *daraa = g_strdup_printf ("%s/feed.xml", base);
  g_autofree char *tafas = g_strdup_printf ("%s/tafas.xml", base);
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (10, 0);
  g_autoptr(GError) error = NULL;
  GMenuModel *menu, *section;
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;
  gint64 daraa_id, tafas_id;

  /* the window moves to articles by itself as the list changes: staying on
   * one must not mark it read here (that is sidebar-counts' business), or a
   * slow run sees a count fall between two steps */
  _sitrep_feeds_checker_set_read_delay (f->checker, 10 * 60 * 1000);
  sitrep_window_paste_text (f->window, "Residents of Inkhil said the bakery reopened on Tuesday after "
                                       "a week without flour, and queues formed before dawn.");
  assert_lists (f->window, 1);
  daraa_id = sitrep_feeds_add (fetcher, f->store, daraa, NULL, &error);
  g_assert_no_error (error);
  tafas_id = sitrep_feeds_add (fetcher, f->store, tafas, NULL, &error);
  g_assert_no_error (error);
  check_feed (f, sidebar, 0);
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t2\nTafas Wire\t1\n");
  assert_lists (f->window, 3);

  /* a feed chosen: its articles only, and the window shows one of them */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.select", "x", tafas_id));
  assert_sidebar (sidebar, "All articles\nDaraa Monitor\t2\n*Tafas Wire\t1\n");
  assert_lists (f->window, 1);
  {
    g_autoptr(GPtrArray) unread = sitrep_feeds_list_unread (f->store, tafas_id, NULL);
    gpointer pair[2] = { f->window, &((SitrepFeedUnread *) g_ptr_array_index (unread, 0))->article_id };

    sitrep_test_wait_until (shows_article, pair, "the feed's article to be shown");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.select", "x", daraa_id));
  assert_lists (f->window, 2);
  g_assert_cmpint (sitrep_feeds_sidebar_get_feed_id (sidebar), ==, daraa_id);

  /* the context menu of a feed, as Shift+F10 opens it */
  g_assert_true (_sitrep_feeds_sidebar_popup_menu (sidebar, daraa_id));
  menu = _sitrep_feeds_sidebar_get_menu (sidebar);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 3);
  g_assert_true (g_menu_model_get_item_attribute (section, 1, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "_Mark All Read");
  g_assert_true (g_menu_model_get_item_attribute (section, 2, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "feeds-sidebar.unsubscribe");
  g_object_unref (section);
  section = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION);
  g_clear_pointer (&action, g_free);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.feeds");
  g_object_unref (section);

  /* Mark All Read: both read, one undo step */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.mark-read", "x", daraa_id));
  assert_sidebar (sidebar, "All articles\n*Daraa Monitor\t0\nTafas Wire\t0\n");
  g_assert_cmpstr (_sitrep_feeds_sidebar_get_last_message (sidebar), ==,
                   "2 articles from “Daraa Monitor” marked as read.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  assert_sidebar (sidebar, "All articles\n*Daraa Monitor\t2\nTafas Wire\t1\n");

  /* Unsubscribe: at once, the articles stay, every article listed again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.unsubscribe", "x", daraa_id));
  assert_sidebar (sidebar, "*All articles\nTafas Wire\t1\n");
  g_assert_cmpint (sitrep_feeds_sidebar_get_feed_id (sidebar), ==, 0);
  assert_lists (f->window, 3);
  g_assert_cmpstr (_sitrep_feeds_sidebar_get_last_message (sidebar), ==,
                   "Feed removed; its articles stay in the project");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.undo-unsubscribe", NULL));
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t2\nTafas Wire\t1\n");
  {
    gpointer pair[3] = { f->store, &daraa_id, GUINT_TO_POINTER (2) };

    g_assert_true (unread_is (pair));
  }

  /* Delete on All articles does nothing; on a feed's row it unsubscribes, as the menu says */
  g_assert_true (press_shortcut (GTK_WIDGET (sidebar), "Delete"));
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t2\nTafas Wire\t1\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.select", "x", daraa_id));
  g_assert_true (_sitrep_feeds_sidebar_popup_menu (sidebar, daraa_id));
  section = g_menu_model_get_item_link (_sitrep_feeds_sidebar_get_menu (sidebar), 0, G_MENU_LINK_SECTION);
  g_clear_pointer (&label, g_free);
  g_assert_true (g_menu_model_get_item_attribute (section, 2, "accel", "s", &label));
  g_assert_cmpstr (label, ==, "Delete");
  g_object_unref (section);
  g_assert_true (press_shortcut (GTK_WIDGET (sidebar), "Delete"));
  assert_sidebar (sidebar, "*All articles\nTafas Wire\t1\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.undo-unsubscribe", NULL));
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t2\nTafas Wire\t1\n");

  /* the last feed gone: no section */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.unsubscribe", "x", daraa_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "feeds-sidebar.unsubscribe", "x", tafas_id));
  assert_sidebar (sidebar, "*All articles\n");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sidebar)));
  assert_lists (f->window, 3);
}

/* Every control of the section has a name a screen reader can say; the
 * rows say their feed and its count. */
static void
test_sidebar_names (Fixture       *f,
                    gconstpointer  data)
{
  SitrepFeedsSidebar *sidebar = find_sidebar (GTK_WIDGET (f->window));
  g_autofree char *daraa = g_strdup_printf ("%s/feed.xml", base);
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (10, 0);
  g_autoptr(GString) problems = g_string_new (NULL);
  gint64 id = sitrep_feeds_add (fetcher, f->store, daraa, NULL, NULL);
  GtkListBox *list;
  char *name;

  g_assert_cmpint (id, >, 0);
  check_feed (f, sidebar, id);
  assert_sidebar (sidebar, "*All articles\nDaraa Monitor\t2\n");
  collect_unnamed (GTK_WIDGET (sidebar), problems);
  g_assert_cmpstr (problems->str, ==, "");
  /* the feed's row (after All articles): its title and its count in its name */
  list = find_list_box (GTK_WIDGET (sidebar));
  g_assert_nonnull (list);
  name = label_of (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)));
  g_assert_cmpstr (name, ==, "Daraa Monitor, 2 unread articles");
  g_free (name);
  name = label_of (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  g_assert_cmpstr (name, ==, "All articles");
  g_free (name);
}

/* The section alone, made and destroyed: nothing of it is left. */
static void
test_sidebar_finalize (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sitrep-feeds-sidebar-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  SitrepFeedsSidebar *sidebar = g_object_ref_sink (sitrep_feeds_sidebar_new ());

  g_assert_no_error (error);
  sitrep_feeds_sidebar_set_store (sidebar, store);
  g_assert_true (sitrep_feeds_sidebar_get_store (sidebar) == store);
  g_assert_cmpuint (sitrep_feeds_sidebar_get_n_feeds (sidebar), ==, 0);
  /* a feed the project does not follow lists everything */
  sitrep_feeds_sidebar_set_feed_id (sidebar, 42);
  g_assert_cmpint (sitrep_feeds_sidebar_get_feed_id (sidebar), ==, 0);
  g_assert_finalize_object (sidebar);
  g_clear_object (&store);
  sitrep_test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* accessible names readable by the test (GTK's test backend) */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_init ();
  adw_init ();
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    /* wide enough for the sidebar (the Feeds section, the article list) to
     * stay beside the reader: at the laptop size it folds away */
    g_settings_set_int (settings, "window-width", 1600);
    g_settings_set_int (settings, "window-height", 1000);
    g_settings_set_boolean (settings, "window-maximized", FALSE);
  }
  base = sitrep_test_serve (handle);

  g_test_add ("/gui/feeds/add-check-read-remove", Fixture, NULL, setup, test_add_check_read_remove, teardown);
  g_test_add ("/gui/feeds/read-in-window", Fixture, NULL, setup, test_read_in_window, teardown);
  g_test_add ("/gui/feeds/focus-and-names", Fixture, NULL, setup, test_focus_and_names, teardown);
  g_test_add ("/gui/feeds/cancel", Fixture, NULL, setup, test_cancel, teardown);
  g_test_add ("/gui/feeds/periodic", Fixture, NULL, setup, test_periodic_check, teardown);
  g_test_add ("/gui/feeds/opml", Fixture, NULL, setup, test_opml, teardown);
  g_test_add ("/gui/feeds/paste-link", Fixture, NULL, setup, test_paste_link, teardown);
  g_test_add ("/gui/feeds/archived-details", Fixture, NULL, setup, test_archived_details, teardown);
  g_test_add ("/gui/feeds/sidebar-counts", Fixture, NULL, setup, test_sidebar_counts, teardown);
  g_test_add ("/gui/feeds/sidebar-filter-and-menu", Fixture, NULL, setup, test_sidebar_filter_and_menu, teardown);
  g_test_add ("/gui/feeds/sidebar-names", Fixture, NULL, setup, test_sidebar_names, teardown);
  g_test_add_func ("/gui/feeds/sidebar-finalize", test_sidebar_finalize);
  return g_test_run ();
}
