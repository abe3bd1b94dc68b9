/* sitrep-feeds.c — the project's feed subscriptions and their checking
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-feed"

#include "config.h"

#include <inttypes.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sitrep-feed.h"
#include "sitrep-feeds.h"
#include "sitrep-import.h"
#include "sitrep-io.h"
#include "sitrep-store-private.h"
#include "sitrep-articles-private.h"

void
sitrep_feed_info_free (SitrepFeedInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->url);
  g_free (info->title);
  g_free (info->site_url);
  g_free (info->checked_at);
  g_free (info);
}

/* Tells the views (a Feeds list) that a subscription came, went or changed:
 * its title, when it was checked, or the items it has seen (its counts). */
static void
feed_changed (SitrepStore         *store,
              SitrepStoreChangeOp  op,
              gint64               id)
{
  g_autoptr(SitrepChangeSet) changes = _sitrep_change_set_new ();

  _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_FEED, op, id, 0);
  _sitrep_store_emit_changes (store, changes);
}

/* Runs @sql with text parameters under the store's lock, in a transaction. */
static gboolean
write_sql (SitrepStore  *self,
           const char   *sql,
           const char   *what,
           GError      **error,
           const char   *p1,
           const char   *p2,
           const char   *p3,
           gint64        n4,
           gint64        n5)
{
  sqlite3 *db = _sitrep_store_lock (self, error);
  sqlite3_stmt *stmt;
  int rc;

  if (db == NULL)
    return FALSE;
  if (!_sitrep_store_check_writable (self, error) || !_sitrep_store_begin (self, error))
    {
      _sitrep_store_unlock (self);
      return FALSE;
    }
  stmt = _sitrep_store_statement (self, sql, error);
  if (stmt == NULL)
    {
      _sitrep_store_rollback (self);
      _sitrep_store_unlock (self);
      return FALSE;
    }
  _sitrep_store_bind_text (stmt, 1, p1);
  _sitrep_store_bind_text (stmt, 2, p2);
  _sitrep_store_bind_text (stmt, 3, p3);
  sqlite3_bind_int64 (stmt, 4, n4);
  sqlite3_bind_int64 (stmt, 5, n5);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE || !_sitrep_store_commit (self, error))
    {
      if (rc != SQLITE_DONE)
        _sitrep_store_set_sqlite_error (error, db, rc, what);
      _sitrep_store_rollback (self);
      _sitrep_store_unlock (self);
      return FALSE;
    }
  _sitrep_store_unlock (self);
  return TRUE;
}

static gint64
feed_id_by_url (SitrepStore *self,
                const char  *url)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return 0;
  stmt = _sitrep_store_statement (self, "SELECT id FROM feeds WHERE url = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, url, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  _sitrep_store_unlock (self);
  return id;
}

/* A feed address as typed, made whole: "example.org/feed" is read as https. */
static char *
normalise_address (const char  *typed,
                   GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (typed));
  g_autofree char *full = NULL;
  g_autoptr(GUri) uri = NULL;

  if (text[0] == '\0')
    {
      g_set_error_literal (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_INVALID_ADDRESS,
                           _("Type or paste the address of a feed (http:// or https://)."));
      return NULL;
    }
  full = strstr (text, "://") != NULL ? g_strdup (text) : g_strconcat ("https://", text, NULL);
  uri = g_uri_parse (full, G_URI_FLAGS_PARSE_RELAXED, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0' ||
      strchr (text, ' ') != NULL ||
      (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0 &&
       g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0))
    {
      g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_INVALID_ADDRESS,
                   _("“%s” is not a web address. A feed's address starts with http:// or https://."), text);
      return NULL;
    }
  return g_steal_pointer (&full);
}

static SitrepFeed *
fetch_feed (SitrepFetcher  *fetcher,
            const char     *url,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr(SitrepFetchedPage) page = sitrep_fetch_feed (fetcher, url, cancellable, error);
  gsize len;
  const char *data;

  if (page == NULL)
    return NULL;
  data = g_bytes_get_data (page->body, &len);
  return sitrep_feed_parse (data, len, page->final_url, error);
}

gint64
sitrep_feeds_add (SitrepFetcher  *fetcher,
                  SitrepStore    *store,
                  const char     *url,
                  GCancellable   *cancellable,
                  GError        **error)
{
  g_autoptr(SitrepFeed) feed = NULL;
  g_autofree char *address = NULL;
  gint64 id;

  g_return_val_if_fail (SITREP_IS_STORE (store) && url != NULL, 0);

  address = normalise_address (url, error);
  if (address == NULL)
    return 0;
  url = address;
  if (feed_id_by_url (store, url) > 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("The project already follows the feed %s."), url);
      return 0;
    }
  feed = fetch_feed (fetcher, url, cancellable, error);
  if (feed == NULL)
    return 0;
  if (!write_sql (store, "INSERT INTO feeds (url, title, site_url, added_at)"
                  " VALUES (?1, ?2, ?3, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                  _("The feed could not be saved."), error, url, feed->title, feed->site_url, 0, 0))
    return 0;
  id = feed_id_by_url (store, url);
  feed_changed (store, SITREP_STORE_CHANGE_ADDED, id);
  return id;
}

GPtrArray *
sitrep_feeds_list (SitrepStore  *store,
                   GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_feed_info_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  if (_sitrep_store_lock (store, error) == NULL)
    return NULL;
  /* every feed with its unread count in one pass (not a query per feed):
   * the items seen joined to their articles still new, grouped by feed */
  stmt = _sitrep_store_statement (store,
                                  "SELECT f.id, f.url, f.title, f.checked_at, f.site_url, count (DISTINCT a.id)"
                                  " FROM feeds f"
                                  " LEFT JOIN feed_items i ON i.feed_id = f.id"
                                  " LEFT JOIN articles a ON a.id = i.article_id AND a.status = 0"
                                  " GROUP BY f.id"
                                  " ORDER BY coalesce (f.title, f.url) COLLATE NOCASE, f.id",
                                  error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (store);
      return NULL;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      SitrepFeedInfo *info = g_new0 (SitrepFeedInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->url = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      info->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      info->checked_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      info->site_url = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      info->unread = (guint) sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (list, info);
    }
  sqlite3_reset (stmt);
  _sitrep_store_unlock (store);
  return g_steal_pointer (&list);
}

gboolean
sitrep_feeds_remove (SitrepStore  *store,
                     gint64        id,
                     GError      **error)
{
  g_autoptr(SitrepFeedRemoval) removal = sitrep_feeds_remove_full (store, id, error);

  return removal != NULL;
}

static gboolean
item_seen (SitrepStore *store,
           gint64       feed_id,
           const char  *key)
{
  sqlite3_stmt *stmt;
  gboolean seen = FALSE;

  if (_sitrep_store_lock (store, NULL) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (store, "SELECT 1 FROM feed_items WHERE feed_id = ?1 AND item_key = ?2", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, feed_id);
      sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
      seen = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  _sitrep_store_unlock (store);
  return seen;
}

/* The feed's own text of an item, as an article. */
static gint64
import_item_text (SitrepStore     *store,
                  SitrepFeedItem  *item,
                  const char      *source,
                  GError         **error)
{
  g_autofree char *page = g_strdup_printf ("<html><head><title></title></head><body><article>%s</article></body></html>",
                                           item->content != NULL ? item->content : "");
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&page), strlen (page));
  g_autoptr(GPtrArray) records = NULL;
  SitrepImportRecord *record;
  gint64 id = 0;
  GError *record_error = NULL;

  if (item->content == NULL)
    return 0;
  records = sitrep_import_parse_bytes (bytes, "feed-item.html", SITREP_IMPORT_FORMAT_HTML, "UTF-8", NULL, error);
  if (records == NULL)
    return 0;
  record = g_ptr_array_index (records, 0);
  g_free (record->title);
  record->title = g_strdup (item->title);
  g_free (record->url);
  record->url = g_strdup (item->link);
  g_free (record->source);
  record->source = g_strdup (source);
  g_free (record->original_name);
  record->original_name = g_strdup (item->link);
  _sitrep_import_record_prefer_date (record, item->published);
  if (!sitrep_store_add_articles (store, (SitrepImportRecord **) records->pdata, 1, &id, &record_error, error))
    {
      g_clear_error (&record_error);
      return 0;
    }
  if (id == 0 && record_error != NULL)
    g_propagate_error (error, record_error);
  return id;
}

static char *
host_of (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_PARSE_RELAXED, NULL) : NULL;

  return uri != NULL && g_uri_get_host (uri) != NULL ? g_ascii_strdown (g_uri_get_host (uri), -1) : NULL;
}

/* Waits so that two requests to one host are @pause_ms apart. */
static void
be_polite (GHashTable *last_request,
           const char *url,
           guint       pause_ms)
{
  char *host = host_of (url);
  gint64 now = g_get_monotonic_time ();
  gpointer last;

  if (host == NULL)
    return;
  if (pause_ms > 0 && g_hash_table_lookup_extended (last_request, host, NULL, &last))
    {
      gint64 wait = *(gint64 *) last + (gint64) pause_ms * 1000 - now;

      if (wait > 0)
        g_usleep (wait);
    }
  now = g_get_monotonic_time ();
  g_hash_table_replace (last_request, host, g_memdup2 (&now, sizeof now));
}

static int
check_one (SitrepFetcher    *fetcher,
           SitrepStore      *store,
           SitrepFeedInfo   *info,
           GHashTable       *last_request,
           guint             pause_ms,
           SitrepFeedReport  report,
           gpointer          user_data,
           GCancellable     *cancellable,
           GError          **error)
{
  g_autoptr(SitrepFeed) feed = NULL;
  g_autofree char *now = _sitrep_store_now ();
  int added = 0;
  const char *source;

  be_polite (last_request, info->url, pause_ms);
  feed = fetch_feed (fetcher, info->url, cancellable, error);
  if (feed == NULL)
    return -1;
  source = feed->title != NULL ? feed->title : info->title != NULL ? info->title : info->url;
  for (guint i = 0; i < feed->items->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      SitrepFeedItem *item = g_ptr_array_index (feed->items, i);
      g_autoptr(GError) item_error = NULL;
      gint64 id = 0;

      if (item->id == NULL || item_seen (store, info->id, item->id))
        continue;
      if (item->link != NULL)
        {
          be_polite (last_request, item->link, pause_ms);
          id = _sitrep_fetch_import_item (fetcher, store, item->link, source, item->published, cancellable,
                                          &item_error);
        }
      if (id == 0 && !g_error_matches (item_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* the full page could not be had: the feed's own text */
          g_autoptr(GError) text_error = NULL;

          id = import_item_text (store, item, source, &text_error);
          if (id != 0)
            g_clear_error (&item_error);
          else if (item_error == NULL)
            item_error = g_steal_pointer (&text_error);
        }
      if (report != NULL)
        report (source, item->link != NULL ? item->link : item->id, id,
                item_error != NULL ? item_error->message : NULL, user_data);
      if (id == 0)
        continue;   /* tried again at the next check */
      if (id > 0)
        added++;
      write_sql (store, "INSERT OR IGNORE INTO feed_items (feed_id, item_key, link, article_id, seen_at)"
                 " VALUES (?4, ?1, ?2, ?5, ?3)", _("The feed could not be saved."), NULL,
                 item->id, item->link, now, info->id, ABS (id));
    }
  write_sql (store, "UPDATE feeds SET checked_at = ?1, title = coalesce (?2, title) WHERE id = ?4",
             _("The feed could not be saved."), NULL, now, feed->title, NULL, info->id, 0);
  feed_changed (store, SITREP_STORE_CHANGE_CHANGED, info->id);
  return added;
}

int
sitrep_feeds_check (SitrepFetcher    *fetcher,
                    SitrepStore      *store,
                    gint64            id,
                    guint             pause_ms,
                    SitrepFeedReport  report,
                    gpointer          user_data,
                    GCancellable     *cancellable,
                    GError          **error)
{
  return sitrep_feeds_check_full (fetcher, store, id, pause_ms, NULL, report, user_data, cancellable, error);
}

int
sitrep_feeds_check_full (SitrepFetcher      *fetcher,
                         SitrepStore        *store,
                         gint64              id,
                         guint               pause_ms,
                         SitrepFeedStarted   started,
                         SitrepFeedReport    report,
                         gpointer            user_data,
                         GCancellable       *cancellable,
                         GError            **error)
{
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, error);
  g_autoptr(GHashTable) last_request = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int added = 0;
  guint checked = 0;
  guint total = 0;

  if (feeds == NULL)
    return -1;
  for (guint i = 0; i < feeds->len; i++)
    total += id == 0 || ((SitrepFeedInfo *) g_ptr_array_index (feeds, i))->id == id;
  for (guint i = 0; i < feeds->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      SitrepFeedInfo *info = g_ptr_array_index (feeds, i);
      g_autoptr(GError) feed_error = NULL;
      int n;

      if (id != 0 && info->id != id)
        continue;
      if (started != NULL)
        started (checked, total, info->title != NULL ? info->title : info->url, user_data);
      checked++;
      n = check_one (fetcher, store, info, last_request, pause_ms, report, user_data, cancellable, &feed_error);
      if (n < 0)
        {
          if (report != NULL)
            report (info->title != NULL ? info->title : info->url, info->url, 0, feed_error->message, user_data);
          if (id != 0)
            {
              g_propagate_error (error, g_steal_pointer (&feed_error));
              return -1;
            }
          continue;
        }
      added += n;
    }
  if (id != 0 && total == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("The project follows no feed with id %" PRId64 "."), id);
      return -1;
    }
  return added;
}

int
sitrep_feeds_import_opml (SitrepStore  *store,
                          const char   *data,
                          gsize         len,
                          guint        *already,
                          GError      **error)
{
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(SitrepChangeSet) changes = _sitrep_change_set_new ();
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int added = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), -1);

  if (already != NULL)
    *already = 0;
  feeds = sitrep_opml_parse (data, len, error);
  if (feeds == NULL)
    return -1;
  db = _sitrep_store_lock (store, error);
  if (db == NULL)
    return -1;
  if (!_sitrep_store_check_writable (store, error) || !_sitrep_store_begin (store, error))
    {
      _sitrep_store_unlock (store);
      return -1;
    }
  stmt = _sitrep_store_statement (store, "INSERT OR IGNORE INTO feeds (url, title, site_url, added_at)"
                                  " VALUES (?1, ?2, ?3, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))", error);
  for (guint i = 0; stmt != NULL && i < feeds->len; i++)
    {
      SitrepOpmlFeed *feed = g_ptr_array_index (feeds, i);
      int rc;

      _sitrep_store_bind_text (stmt, 1, feed->url);
      _sitrep_store_bind_text (stmt, 2, feed->title);
      _sitrep_store_bind_text (stmt, 3, feed->site_url);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      if (rc != SQLITE_DONE)
        {
          _sitrep_store_set_sqlite_error (error, db, rc, _("The feeds could not be saved."));
          stmt = NULL;
          break;
        }
      if (sqlite3_changes (db) > 0)
        {
          added++;
          _sitrep_change_set_add (changes, SITREP_STORE_CHANGE_FEED, SITREP_STORE_CHANGE_ADDED,
                                  sqlite3_last_insert_rowid (db), 0);
        }
      else if (already != NULL)
        (*already)++;
    }
  if (stmt == NULL || !_sitrep_store_commit (store, error))
    {
      _sitrep_store_rollback (store);
      _sitrep_store_unlock (store);
      if (already != NULL)
        *already = 0;
      return -1;
    }
  _sitrep_store_unlock (store);
  _sitrep_store_emit_changes (store, changes);
  return added;
}

/**
 * sitrep_feeds_import_opml_file:
 *
 * sitrep_feeds_import_opml () on the contents of @file, read through
 * sitrep_io_read_input (): a folder, a FIFO or a device is refused at once,
 * and so is a file over SITREP_OPML_MAX_BYTES.
 */
int
sitrep_feeds_import_opml_file (SitrepStore   *store,
                               GFile         *file,
                               guint         *already,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), -1);
  g_return_val_if_fail (G_IS_FILE (file), -1);

  if (already != NULL)
    *already = 0;
  if (!sitrep_io_read_input (file, SITREP_OPML_MAX_BYTES, &data, &len, cancellable, error))
    return -1;
  return sitrep_feeds_import_opml (store, data, len, already, error);
}

char *
sitrep_feeds_export_opml (SitrepStore  *store,
                          const char   *title,
                          gsize        *len,
                          GError      **error)
{
  g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, error);
  g_autoptr(GPtrArray) outlines = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_opml_feed_free);

  if (feeds == NULL)
    return NULL;
  for (guint i = 0; i < feeds->len; i++)
    {
      SitrepFeedInfo *info = g_ptr_array_index (feeds, i);
      SitrepOpmlFeed *outline = g_new0 (SitrepOpmlFeed, 1);

      outline->url = g_strdup (info->url);
      outline->title = g_strdup (info->title);
      outline->site_url = g_strdup (info->site_url);
      g_ptr_array_add (outlines, outline);
    }
  return sitrep_opml_write (outlines, title, len);
}

void
sitrep_feed_unread_free (SitrepFeedUnread *unread)
{
  if (unread == NULL)
    return;
  g_free (unread->title);
  g_free (unread);
}

GPtrArray *
sitrep_feeds_list_unread (SitrepStore  *store,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_feed_unread_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  if (_sitrep_store_lock (store, error) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (store,
                                  "SELECT DISTINCT a.id, a.title FROM feed_items i JOIN articles a ON a.id = i.article_id"
                                  " WHERE i.feed_id = ?1 AND a.status = 0 ORDER BY a.id DESC",
                                  error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (store);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      SitrepFeedUnread *unread = g_new0 (SitrepFeedUnread, 1);

      unread->article_id = sqlite3_column_int64 (stmt, 0);
      unread->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (list, unread);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  _sitrep_store_unlock (store);
  return g_steal_pointer (&list);
}

/* ---- removal that can be undone, and reading ---- */

struct _SitrepFeedRemoval
{
  gint64     id;
  char      *url;
  char      *title;
  char      *site_url;
  char      *added_at;
  char      *checked_at;
  GPtrArray *items;        /* FeedItemRow* */
};

typedef struct
{
  char   *key;
  char   *link;
  gint64  article_id;      /* 0: none */
  char   *seen_at;
} FeedItemRow;

static void
feed_item_row_free (FeedItemRow *row)
{
  g_free (row->key);
  g_free (row->link);
  g_free (row->seen_at);
  g_free (row);
}

void
sitrep_feed_removal_free (SitrepFeedRemoval *removal)
{
  if (removal == NULL)
    return;
  g_free (removal->url);
  g_free (removal->title);
  g_free (removal->site_url);
  g_free (removal->added_at);
  g_free (removal->checked_at);
  g_clear_pointer (&removal->items, g_ptr_array_unref);
  g_free (removal);
}

const char *
sitrep_feed_removal_get_title (SitrepFeedRemoval *removal)
{
  g_return_val_if_fail (removal != NULL, NULL);
  return removal->title != NULL ? removal->title : removal->url;
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Reads feed @id and its items into a removal, under the caller's lock. */
static SitrepFeedRemoval *
read_removal (SitrepStore  *store,
              gint64        id,
              GError      **error)
{
  g_autoptr(SitrepFeedRemoval) removal = g_new0 (SitrepFeedRemoval, 1);
  sqlite3_stmt *stmt = _sitrep_store_statement (store,
                                                "SELECT url, title, site_url, added_at, checked_at FROM feeds WHERE id = ?1",
                                                error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      removal->id = id;
      removal->url = column_dup (stmt, 0);
      removal->title = column_dup (stmt, 1);
      removal->site_url = column_dup (stmt, 2);
      removal->added_at = column_dup (stmt, 3);
      removal->checked_at = column_dup (stmt, 4);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (removal->id == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("The project follows no feed with id %lld."), (long long) id);
      return NULL;
    }

  removal->items = g_ptr_array_new_with_free_func ((GDestroyNotify) feed_item_row_free);
  stmt = _sitrep_store_statement (store, "SELECT item_key, link, article_id, seen_at FROM feed_items WHERE feed_id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      FeedItemRow *row = g_new0 (FeedItemRow, 1);

      row->key = column_dup (stmt, 0);
      row->link = column_dup (stmt, 1);
      row->article_id = sqlite3_column_int64 (stmt, 2);
      row->seen_at = column_dup (stmt, 3);
      g_ptr_array_add (removal->items, row);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return g_steal_pointer (&removal);
}

static gboolean
step_done (SitrepStore   *store,
           sqlite3_stmt  *stmt,
           const char    *what,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, sqlite3_db_handle (stmt), rc, what);
      return FALSE;
    }
  return TRUE;
}

SitrepFeedRemoval *
sitrep_feeds_remove_full (SitrepStore  *store,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(SitrepFeedRemoval) removal = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  if (_sitrep_store_lock (store, error) == NULL)
    return NULL;
  if (!_sitrep_store_check_writable (store, error) || !_sitrep_store_begin (store, error))
    {
      _sitrep_store_unlock (store);
      return NULL;
    }
  removal = read_removal (store, id, error);
  /* the articles it brought stay in the project: only the subscription
   * and its list of items seen go (feed_items cascade) */
  stmt = removal != NULL ? _sitrep_store_statement (store, "DELETE FROM feeds WHERE id = ?1", error) : NULL;
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  if (stmt == NULL || !step_done (store, stmt, _("The feed could not be removed."), error) ||
      !_sitrep_store_commit (store, error))
    {
      _sitrep_store_rollback (store);
      _sitrep_store_unlock (store);
      return NULL;
    }
  _sitrep_store_unlock (store);
  feed_changed (store, SITREP_STORE_CHANGE_REMOVED, id);
  return g_steal_pointer (&removal);
}

static gboolean
insert_removed (SitrepStore        *store,
                SitrepFeedRemoval  *removal,
                GError            **error)
{
  const char *what = _("The feed could not be followed again.");
  sqlite3_stmt *stmt = _sitrep_store_statement (store,
                                                "INSERT INTO feeds (id, url, title, site_url, added_at, checked_at)"
                                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, removal->id);
  _sitrep_store_bind_text (stmt, 2, removal->url);
  _sitrep_store_bind_text (stmt, 3, removal->title);
  _sitrep_store_bind_text (stmt, 4, removal->site_url);
  _sitrep_store_bind_text (stmt, 5, removal->added_at);
  _sitrep_store_bind_text (stmt, 6, removal->checked_at);
  if (!step_done (store, stmt, what, error))
    return FALSE;
  for (guint i = 0; i < removal->items->len; i++)
    {
      FeedItemRow *row = g_ptr_array_index (removal->items, i);

      /* an article deleted since is not brought back: the item stays seen */
      stmt = _sitrep_store_statement (store,
                                      "INSERT INTO feed_items (feed_id, item_key, link, article_id, seen_at)"
                                      " VALUES (?1, ?2, ?3, (SELECT id FROM articles WHERE id = ?4), ?5)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, removal->id);
      _sitrep_store_bind_text (stmt, 2, row->key);
      _sitrep_store_bind_text (stmt, 3, row->link);
      sqlite3_bind_int64 (stmt, 4, row->article_id);
      _sitrep_store_bind_text (stmt, 5, row->seen_at);
      if (!step_done (store, stmt, what, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_feeds_restore (SitrepStore        *store,
                      SitrepFeedRemoval  *removal,
                      GError            **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (removal != NULL, FALSE);

  if (feed_id_by_url (store, removal->url) != 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("The project follows “%s” again already."), sitrep_feed_removal_get_title (removal));
      return FALSE;
    }
  if (_sitrep_store_lock (store, error) == NULL)
    return FALSE;
  if (!_sitrep_store_check_writable (store, error) || !_sitrep_store_begin (store, error))
    {
      _sitrep_store_unlock (store);
      return FALSE;
    }
  if (!insert_removed (store, removal, error) || !_sitrep_store_commit (store, error))
    {
      _sitrep_store_rollback (store);
      _sitrep_store_unlock (store);
      return FALSE;
    }
  _sitrep_store_unlock (store);
  feed_changed (store, SITREP_STORE_CHANGE_ADDED, removal->id);
  return TRUE;
}

gboolean
sitrep_feeds_mark_read (SitrepStore  *store,
                        gint64        article_id,
                        gboolean     *marked,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean unread = FALSE;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);

  if (marked != NULL)
    *marked = FALSE;
  if (_sitrep_store_lock (store, error) == NULL)
    return FALSE;
  stmt = _sitrep_store_statement (store,
                                  "SELECT 1 FROM articles a WHERE a.id = ?1 AND a.status = 0"
                                  " AND EXISTS (SELECT 1 FROM feed_items i WHERE i.article_id = a.id)",
                                  error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  unread = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  _sitrep_store_unlock (store);
  if (!unread)
    return TRUE;
  if (!sitrep_store_set_article_status (store, article_id, SITREP_ARTICLE_STATUS_IN_PROGRESS, error))
    return FALSE;
  if (marked != NULL)
    *marked = TRUE;
  return TRUE;
}

gboolean
sitrep_feeds_mark_all_read (SitrepStore  *store,
                            gint64        id,
                            guint        *n_marked,
                            GError      **error)
{
  g_autoptr(GPtrArray) unread = NULL;
  g_autoptr(GError) local_error = NULL;
  guint marked = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);

  if (n_marked != NULL)
    *n_marked = 0;
  unread = sitrep_feeds_list_unread (store, id, error);
  if (unread == NULL)
    return FALSE;
  if (unread->len == 0)
    return TRUE;
  /* one step for Undo, as Mark as In Progress on several articles */
  sitrep_store_begin_group (store, _("Mark feed read"));
  for (guint i = 0; i < unread->len; i++)
    {
      SitrepFeedUnread *item = g_ptr_array_index (unread, i);

      if (!sitrep_store_set_article_status (store, item->article_id, SITREP_ARTICLE_STATUS_IN_PROGRESS,
                                            &local_error))
        break;
      marked++;
    }
  sitrep_store_end_group (store);
  if (n_marked != NULL)
    *n_marked = marked;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
