/* sitrep-feeds-dialog.h — Feeds: the project's subscriptions, their unread articles and checks
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_FEEDS_DIALOG (sitrep_feeds_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SitrepFeedsDialog, sitrep_feeds_dialog, SITREP, FEEDS_DIALOG, AdwWindow)

/* Actions (prefix "feeds."): add (s: address), check, cancel, remove (x: feed id,
 * asks first), open-article (x: article id), import-opml, export-opml (file
 * choosers), import-opml-file / export-opml-file (s: path). */
SitrepFeedsDialog *sitrep_feeds_dialog_new          (GtkWindow         *parent,
                                                     SitrepStore       *store);

/* win.feeds: shows the Feeds dialog of the window's project. */
void               sitrep_feeds_dialog_action       (GtkWidget         *widget,
                                                     const char        *action_name,
                                                     GVariant          *parameter);

G_END_DECLS
