/* sitrep-window.h — the main window: welcome screen, article list and reader
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"
#include "sitrep-reader.h"
#include "sitrep-annotation-panel.h"
#include "sitrep-map-view.h"
#include "sitrep-map-pane.h"
#include "sitrep-workspace.h"
#include "sitrep-events-view.h"
#include "sitrep-events-pane.h"
#include "sitrep-timeline-view.h"
#include "sitrep-timeline-pane.h"

G_BEGIN_DECLS

#define SITREP_TYPE_WINDOW (sitrep_window_get_type ())
G_DECLARE_FINAL_TYPE (SitrepWindow, sitrep_window, SITREP, WINDOW, AdwApplicationWindow)

/* @app may be NULL (tests). */
SitrepWindow *sitrep_window_new                      (gpointer       app);
SitrepStore  *sitrep_window_get_store                (SitrepWindow  *self);
/* A new cancellable for one piece of work the window started (a check, an
 * import …): cancelled when the window goes, as its own is; cancel it
 * to stop just that work. */
GCancellable *sitrep_window_new_cancellable          (SitrepWindow  *self);
/* Shows @store (NULL returns to the welcome screen). */
void          sitrep_window_set_store                (SitrepWindow  *self,
                                                      SitrepStore   *store);
/* Opens @file without any dialog; the error says why it could not. */
gboolean      sitrep_window_open_project             (SitrepWindow  *self,
                                                      GFile         *file,
                                                      GError       **error);
/* Opens @file and explains any failure in a dialog (offering a salvaged copy
 * of a damaged project). */
void          sitrep_window_open_project_interactive (SitrepWindow  *self,
                                                      GFile         *file);
/* Imports @files in the background with the progress bar. @encoding NULL detects. */
void          sitrep_window_import_files             (SitrepWindow  *self,
                                                      GFile        **files,
                                                      guint          n_files,
                                                      const char    *encoding);
/* Adds @text as a new article (or selects the one it duplicates). */
void          sitrep_window_paste_text               (SitrepWindow  *self,
                                                      const char    *text);

GListModel   *sitrep_window_get_article_model        (SitrepWindow  *self);
gint64        sitrep_window_get_selected_id          (SitrepWindow  *self);
GArray       *sitrep_window_dup_selected_ids         (SitrepWindow  *self);
gboolean      sitrep_window_select_article           (SitrepWindow  *self,
                                                      gint64         id);
SitrepReader *sitrep_window_get_reader               (SitrepWindow  *self);
void          sitrep_window_show_toast               (SitrepWindow  *self,
                                                      const char    *title);
/* A toast with Undo (win.undo). */
void          sitrep_window_show_undo_toast          (SitrepWindow  *self,
                                                      const char    *title);
SitrepAnnotationPanel *sitrep_window_get_annotation_panel (SitrepWindow *self);
SitrepMapView *sitrep_window_get_map_view            (SitrepWindow  *self);
/* The map pane beside the reader (its template children by name in tests). */
SitrepMapPane *sitrep_window_get_map_pane            (SitrepWindow  *self);
SitrepEventsView *sitrep_window_get_events_view      (SitrepWindow  *self);
/* The Events view's pane (its template children by name in tests). */
SitrepEventsPane *sitrep_window_get_events_pane      (SitrepWindow  *self);
SitrepTimelineView *sitrep_window_get_timeline_view  (SitrepWindow  *self);
/* The timeline pane below the views (its template children by name in tests). */
SitrepTimelinePane *sitrep_window_get_timeline_pane  (SitrepWindow  *self);
/* The open project's events, as the map, timeline and presentation draw them. */
SitrepEventIndex *sitrep_window_get_event_index      (SitrepWindow  *self);
/* When nobody has said who is annotating, asks, then applies @label_id to the
 * reader's selection. Returns FALSE when the annotator is known already. */
gboolean      sitrep_window_request_annotator        (SitrepWindow  *self,
                                                      gint64         label_id);
/* The project's annotator for this session (0 before anyone is named). */
gint64        sitrep_window_get_annotator            (SitrepWindow  *self);

/* What the window is looking at (project, article, annotation, event, dates,
 * area): its views follow this object's properties and signals. */
SitrepWorkspace *sitrep_window_get_workspace         (SitrepWindow  *self);

/* The window's current event (0: none), the workspace's "event". Selecting
 * one reads it for the map first and moves the map to it. */
gint64        sitrep_window_get_current_event        (SitrepWindow  *self);
void          sitrep_window_select_event             (SitrepWindow  *self,
                                                      gint64         id);

G_END_DECLS
