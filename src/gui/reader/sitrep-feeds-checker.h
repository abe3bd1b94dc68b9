/* sitrep-feeds-checker.h — a window's feed checks: on demand and every N minutes
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_FEEDS_CHECKER (sitrep_feeds_checker_get_type ())

G_DECLARE_FINAL_TYPE (SitrepFeedsChecker, sitrep_feeds_checker, SITREP, FEEDS_CHECKER, GObject)

/* The checker of @window, made on first use; it lives as long as the
 * window and checks the window's current project. */
SitrepFeedsChecker *sitrep_feeds_checker_get_for_window (GtkWidget          *window);

/* Checks every feed of the window's project in the background. FALSE (and
 * nothing started) when a check runs already or there is no writable project. */
gboolean            sitrep_feeds_checker_start          (SitrepFeedsChecker *self);
/* As sitrep_feeds_checker_start (), for feed @feed_id only (0: every feed). */
gboolean            sitrep_feeds_checker_start_feed     (SitrepFeedsChecker *self,
                                                         gint64              feed_id);
void                sitrep_feeds_checker_cancel         (SitrepFeedsChecker *self);
gboolean            sitrep_feeds_checker_is_busy        (SitrepFeedsChecker *self);
/* What the last check did, one line per item; NULL before the first. */
const char         *sitrep_feeds_checker_get_report     (SitrepFeedsChecker *self);

G_END_DECLS
