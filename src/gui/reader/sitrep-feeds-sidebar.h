/* sitrep-feeds-sidebar.h — the Feeds section of the sidebar: feeds with their unread counts
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-feeds-checker.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_FEEDS_SIDEBAR (sitrep_feeds_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (SitrepFeedsSidebar, sitrep_feeds_sidebar, SITREP, FEEDS_SIDEBAR, GtkWidget)

/* "All articles" and the project's feeds, each with its unread articles
 * (those still new), kept up to date from the store's change signals.
 * Choosing a row sets "feed-id" (0: All articles), which the window's
 * article list follows. The section hides itself while the project
 * follows no feed ("n-feeds" is 0).
 *
 * Actions (prefix "feeds-sidebar."): select (x: feed id, 0 all), check
 * (x: feed id, 0 every feed), mark-read (x), unsubscribe (x: at once, with
 * Undo in a toast), undo-unsubscribe, menu (the context menu of the row
 * with the keyboard focus; also Shift+F10 and the Menu key). The menus
 * also offer win.feeds (the Feeds dialog). */
SitrepFeedsSidebar *sitrep_feeds_sidebar_new          (void);
SitrepStore        *sitrep_feeds_sidebar_get_store    (SitrepFeedsSidebar *self);
void                sitrep_feeds_sidebar_set_store    (SitrepFeedsSidebar *self,
                                                       SitrepStore        *store);
/* The window's checker, which Check Now uses and whose work the spinner shows. */
void                sitrep_feeds_sidebar_set_checker  (SitrepFeedsSidebar *self,
                                                       SitrepFeedsChecker *checker);
gint64              sitrep_feeds_sidebar_get_feed_id  (SitrepFeedsSidebar *self);
void                sitrep_feeds_sidebar_set_feed_id  (SitrepFeedsSidebar *self,
                                                       gint64              feed_id);

G_END_DECLS
