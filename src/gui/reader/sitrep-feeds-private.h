/* sitrep-feeds-private.h — test hooks of the feeds checker and dialog
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-feeds-checker.h"
#include "sitrep-feeds-dialog.h"
#include "sitrep-feeds-sidebar.h"

G_BEGIN_DECLS

/* Tests: a "minute" of the periodic check lasts @ms milliseconds, and two
 * requests to one host are @pause_ms apart. */
void     _sitrep_feeds_checker_set_timing (SitrepFeedsChecker *self,
                                           guint               minute_ms,
                                           guint               pause_ms);

/* Tests: how long an article is shown before it counts as read. */
void     _sitrep_feeds_checker_set_read_delay (SitrepFeedsChecker *self,
                                               guint               delay_ms);

/* Tests: the article about to be marked read (0: none). */
gint64   _sitrep_feeds_checker_get_read_pending (SitrepFeedsChecker *self);

/* Tests: the last message the Feeds section showed (a toast), or NULL. */
const char *_sitrep_feeds_sidebar_get_last_message (SitrepFeedsSidebar *self);

/* Tests: opens the context menu of feed @feed_id's row (0: All articles)
 * as Shift+F10 would; TRUE when it is shown. */
gboolean    _sitrep_feeds_sidebar_popup_menu       (SitrepFeedsSidebar *self,
                                                    gint64              feed_id);
/* Tests: the menu the context menu shows. */
GMenuModel *_sitrep_feeds_sidebar_get_menu         (SitrepFeedsSidebar *self);

/* How many checks ran to their end since the window opened. */
guint               sitrep_feeds_checker_get_n_checks   (SitrepFeedsChecker *self);
/* The subscriptions as shown: one line per feed, "TITLE\tUNREAD". */
char              *sitrep_feeds_dialog_describe     (SitrepFeedsDialog *self);
/* The message under the address field (an error), or NULL. */
const char        *sitrep_feeds_dialog_get_error    (SitrepFeedsDialog *self);
gboolean           sitrep_feeds_dialog_is_adding    (SitrepFeedsDialog *self);
/* The feeds as shown, one line each: "TITLE\tUNREAD" ("*" before the
 * chosen one), after a first line for All articles. */
char               *sitrep_feeds_sidebar_describe     (SitrepFeedsSidebar *self);
guint               sitrep_feeds_sidebar_get_n_feeds  (SitrepFeedsSidebar *self);
G_END_DECLS
