/* sitrep-feeds.h — the project's feed subscriptions and their checking
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-fetch.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *url;
  char   *title;
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
/* The subscriptions (SitrepFeedInfo*), by title. */
GPtrArray *sitrep_feeds_list            (SitrepStore    *store,
                                         GError        **error);
gboolean   sitrep_feeds_remove          (SitrepStore    *store,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFeedInfo, sitrep_feed_info_free)

G_END_DECLS
