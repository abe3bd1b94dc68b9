/* sitrep-feeds.h — the project's feed subscriptions and their checking
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-fetch.h"
#include "sitrep-opml.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *url;
  char   *title;
  char   *site_url;    /* the site the feed belongs to, or NULL */
  char   *checked_at;  /* ISO 8601 UTC, NULL when never checked */
  guint   unread;      /* items imported from it whose article is still new */
} SitrepFeedInfo;

void       sitrep_feed_info_free        (SitrepFeedInfo *info);

/* Subscribes to the feed at @url (fetched once to check that it is a feed
 * and to learn its title). Returns its id, or 0 with @error set (not a
 * feed, already subscribed, unreachable). */
gint64     sitrep_feeds_add             (SitrepFetcher  *fetcher,
                                         SitrepStore    *store,
                                         const char     *url,
                                         GCancellable   *cancellable,
                                         GError        **error);
/* The subscriptions (SitrepFeedInfo*) with their unread counts, by title,
 * read in one query. The store's "changed::feed" tells when a subscription
 * came, went or was checked; "changed::article" when articles were read. */
GPtrArray *sitrep_feeds_list            (SitrepStore    *store,
                                         GError        **error);
gboolean   sitrep_feeds_remove          (SitrepStore    *store,
                                         gint64          id,
                                         GError        **error);

/* What a removal took away (the subscription and the items it had seen),
 * to put it back. The articles a feed brought are never removed with it. */
typedef struct _SitrepFeedRemoval SitrepFeedRemoval;

void       sitrep_feed_removal_free     (SitrepFeedRemoval *removal);
/* The removed feed's title, or its address when it had none. */
const char *sitrep_feed_removal_get_title (SitrepFeedRemoval *removal);
/* As sitrep_feeds_remove (), returning what sitrep_feeds_restore () needs. */
SitrepFeedRemoval *sitrep_feeds_remove_full (SitrepStore    *store,
                                         gint64          id,
                                         GError        **error);
/* Follows a removed feed again, with its id and the items it had seen (so
 * they are not imported twice). Fails, leaving the project as it was, when
 * the feed was added again meanwhile. */
gboolean   sitrep_feeds_restore         (SitrepStore       *store,
                                         SitrepFeedRemoval *removal,
                                         GError           **error);

/* Reading an article a feed brought marks it read: a new article becomes
 * in progress (an edit like Mark as In Progress), which lowers its feeds'
 * unread counts. Other articles and articles already read are left alone;
 * *@marked (may be NULL) says whether anything changed. */
gboolean   sitrep_feeds_mark_read       (SitrepStore    *store,
                                         gint64          article_id,
                                         gboolean       *marked,
                                         GError        **error);

/* Marks read every article feed @id brought that is still new (they become
 * in progress), as one step Undo takes back. *@n_marked (may be NULL): how
 * many. On a failed write the articles marked before it stay marked. */
gboolean   sitrep_feeds_mark_all_read   (SitrepStore    *store,
                                         gint64          id,
                                         guint          *n_marked,
                                         GError        **error);

/* Subscribes to every feed of the OPML document @data not followed yet, in
 * one transaction, without fetching them (their titles come from the file;
 * a check fills in the rest). A document that is no valid OPML is refused
 * whole and the project is left as it was. Returns the number of feeds
 * added (*@already: those followed before), or -1 with @error set. */
int        sitrep_feeds_import_opml     (SitrepStore    *store,
                                         const char     *data,
                                         gsize           len,
                                         guint          *already,
                                         GError        **error);
/* The same, reading the OPML file @file (refused at once when it is not a
 * regular file, or too large). */
int        sitrep_feeds_import_opml_file (SitrepStore   *store,
                                          GFile         *file,
                                          guint         *already,
                                          GCancellable  *cancellable,
                                          GError       **error);
/* The subscriptions as an OPML 2.0 document (UTF-8), or NULL with @error set. */
char      *sitrep_feeds_export_opml     (SitrepStore    *store,
                                         const char     *title,
                                         gsize          *len,
                                         GError        **error);

/* One item a feed brought whose article is still new (unread). */
typedef struct
{
  gint64  article_id;
  char   *title;
} SitrepFeedUnread;

void       sitrep_feed_unread_free      (SitrepFeedUnread *unread);
/* The unread articles feed @id brought (SitrepFeedUnread*), newest first. */
GPtrArray *sitrep_feeds_list_unread     (SitrepStore    *store,
                                         gint64          id,
                                         GError        **error);

/* One line of a check's report. */
typedef void (*SitrepFeedReport) (const char *feed_title,
                                  const char *item_link,
                                  gint64      article_id,   /* new id, -(id) already there, 0 failed */
                                  const char *message,      /* why it failed, or NULL */
                                  gpointer    user_data);

/* Checks feed @id (0: every feed): each item not seen before is imported,
 * the full article from its link or, when that fails, the feed's own text;
 * the feed is the article's source. One request at a time, with a pause
 * of @pause_ms between two requests to the same host. Returns the number
 * of new articles, or -1 with @error set when nothing could be checked. */
int        sitrep_feeds_check           (SitrepFetcher    *fetcher,
                                         SitrepStore      *store,
                                         gint64            id,
                                         guint             pause_ms,
                                         SitrepFeedReport  report,
                                         gpointer          user_data,
                                         GCancellable     *cancellable,
                                         GError          **error);

/* Called before each feed of a check: its place among the feeds checked
 * (from 0), their number, and its title (or address). */
typedef void (*SitrepFeedStarted) (guint       index,
                                   guint       total,
                                   const char *feed_title,
                                   gpointer    user_data);

/* As sitrep_feeds_check (), telling @started (may be NULL) of each feed. */
int        sitrep_feeds_check_full      (SitrepFetcher     *fetcher,
                                         SitrepStore       *store,
                                         gint64             id,
                                         guint              pause_ms,
                                         SitrepFeedStarted  started,
                                         SitrepFeedReport   report,
                                         gpointer           user_data,
                                         GCancellable      *cancellable,
                                         GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFeedInfo, sitrep_feed_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFeedRemoval, sitrep_feed_removal_free)

G_END_DECLS
