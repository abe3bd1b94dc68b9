/* sitrep-web-import-dialog.h — Import from Web…: articles fetched by their address
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_WEB_IMPORT_DIALOG (sitrep_web_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepWebImportDialog, sitrep_web_import_dialog, SITREP, WEB_IMPORT_DIALOG, AdwWindow)

/* A dialog where the user pastes or drops web addresses, one per line, and
 * imports their pages into @store. The fetching runs off the main thread
 * with a progress bar and Cancel. "article-imported" (gint64 id) is emitted
 * for each new article. @addresses (may be NULL) fills the field. */
SitrepWebImportDialog *sitrep_web_import_dialog_new (GtkWindow   *parent,
                                                     SitrepStore *store,
                                                     const char  *addresses);

/* Starts the import of the addresses in the field, as the Import button does. */
void                   sitrep_web_import_dialog_start (SitrepWebImportDialog *self);

/* The win.import-web action (GtkWidgetActionActivateFunc) of a SitrepWindow:
 * opens the dialog for the window's project; a string parameter fills the
 * field (a dropped or pasted link). */
void                   sitrep_web_import_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter);

/* win.fetch-links (s): the links of a drop or a paste, fetched at once in
 * the dialog (those already in the project are reported as such). */
void                   sitrep_web_import_fetch_links_action (GtkWidget  *widget,
                                                             const char *action_name,
                                                             GVariant   *parameter);

/* Whether @text is nothing but http(s) addresses (one or more, separated by
 * white space): a paste of links rather than of an article's text. */
gboolean               sitrep_web_import_text_is_links (const char *text);

G_END_DECLS
