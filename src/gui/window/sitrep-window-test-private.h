/* sitrep-window-test-private.h — test hooks of the window: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-window.h"

G_BEGIN_DECLS

/* With "Only what is in view" on, the ids (gint64) of the events inside the
 * map's visible area; NULL when the filter is off. */
GArray       *sitrep_window_dup_event_ids_in_view    (SitrepWindow  *self);
const char   *sitrep_window_get_last_toast           (SitrepWindow  *self);
/* The action of the last toast's button, or NULL. */
const char   *sitrep_window_get_last_toast_action    (SitrepWindow  *self);
/* Whether a message (a toast without a button) saying @text is up or queued. */
gboolean      sitrep_window_has_message              (SitrepWindow  *self,
                                                      const char    *text);
/* Whether a refresh of the article's places (link, look up, show) is queued. */
gboolean      sitrep_window_get_places_queued        (SitrepWindow  *self);
gboolean      sitrep_window_get_read_only_banner_visible (SitrepWindow *self);
GtkEditable  *sitrep_window_get_search_entry         (SitrepWindow  *self);
/* TRUE while an export (events, a story handout) runs in the background. */
gboolean      sitrep_window_is_exporting             (SitrepWindow  *self);
gboolean      sitrep_window_is_importing             (SitrepWindow  *self);
/* Whether the "Drop Files" overlay is up. */
gboolean      sitrep_window_is_drop_overlay_shown    (SitrepWindow  *self);
/* What a drop hands over once its data is read (files, a link, a passage). */
gboolean      sitrep_window_drop_value               (SitrepWindow  *self,
                                                      const GValue  *value);
/* A drop whose data never arrives: given up after @timeout_ms, @reading cancelled. */
void          sitrep_window_test_drop_read           (SitrepWindow  *self,
                                                      GCancellable  *reading,
                                                      guint          timeout_ms);
/* How long a drag may hang over the window with nothing from it before the
 * overlay goes (0: as in use). */
void          sitrep_window_test_set_drag_still      (guint          ms);
G_END_DECLS
