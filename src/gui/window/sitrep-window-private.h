/* sitrep-window-private.h — what the parts of SitrepWindow share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-article-list.h"
#include "sitrep-feeds-sidebar.h"
#include "sitrep-map-pane.h"
#include "sitrep-map-view.h"
#include "sitrep-timeline-pane.h"
#include "sitrep-window.h"

G_BEGIN_DECLS

struct _SitrepWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *main_stack;
  GtkListBox           *recent_list;
  GtkWidget            *recent_group;
  GtkRevealer          *readonly_revealer;
  AdwFlap              *sidebar_flap;
  AdwFlap              *panel_flap;
  GtkSearchEntry       *search_entry;
  GtkLabel             *search_shortened_label;
  GtkDropDown          *status_dropdown;
  GtkDropDown          *source_dropdown;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  SitrepFeedsSidebar   *feeds_sidebar;
  SitrepReader         *reader;
  SitrepAnnotationPanel *annotation_panel;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkRevealer          *drop_revealer;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  GtkButton            *cancel_import_button;
  SitrepMapPane        *map_pane;
  SitrepMapView        *map_view;      /* the map pane's */
  GtkToggleButton      *map_button;
  GtkWidget            *timeline_button;
  GtkWidget            *present_button;
  GtkWidget            *sidebar_button;
  GtkWidget            *panel_button;
  GtkRevealer          *timeline_revealer;
  SitrepTimelinePane   *timeline_pane;
  GtkRevealer          *article_range_revealer;
  GtkLabel             *article_range_label;

  /* owned references */
  SitrepWorkspace      *workspace;
  GSettings            *settings;
  SitrepStore          *store;
  SitrepArticleList    *articles;
  GtkMultiSelection    *selection;   /* Ctrl/Shift+click, Ctrl+A */
  GtkStringList        *sources;
  GCancellable         *import_cancellable;   /* an import, a merge … under the progress bar */
  const char           *cancelling_label;     /* N_() what the bar says on Cancel */
  GCancellable         *cancellable;   /* cancelled when the window goes: exports, salvage */
  GPtrArray            *child_cancels; /* of sitrep_window_new_cancellable (), while alive */
  GPtrArray            *import_results;
  char                 *last_toast;
  char                 *last_toast_action;
  GPtrArray            *notices;       /* AdwToast without a button, until dismissed */
  GListModel           *overlay_children; /* the toast overlay's: a toast shown or not */
  GtkWidget            *labels_dialog;
  GtkWidget            *entities_window;
  SitrepEventIndex     *event_index;   /* made and dropped by sitrep-window-map.c */

  /* state */
  gint64                current_id;
  gint64                pending_select_id;
  gint64                hidden_by_filter_id; /* shown until a filter left the list empty */
  gint64                restore_article;   /* where the project was last read */
  guint                 restore_offset;
  guint                 reading_save_id;   /* saves where the reader rests */
  gint64                saved_article;     /* where it was saved last */
  guint                 saved_offset;
  char                 *sort;
  gboolean              sort_before_search_set;
  SitrepArticleSort     sort_before_search;
  gboolean              show_original;
  gboolean              updating_sources;
  gint64                annotator_id;
  gint64                pending_label_id;
  gboolean              asking_annotator;
  GtkWidget            *focus_before_annotator;  /* weak: the keys' place when it was asked */
  GtkWidget            *list_before_annotator;   /* weak: the list view around it, if any */
  gboolean              exporting;
  guint                 folded_idle;
  gboolean              list_clicked;      /* a plain click in the article list, not yet acted on */
  gboolean              list_click_on_row; /* … and on an article's row */
  guint                 row_focus_tick;    /* F9: the keys to the selected row once it is laid out */
  guint                 row_focus_frames;

  /* the map pane (sitrep-window-map.c) */
  struct _SitrepWindowMap *map;

  /* the Events view (sitrep-window-events.c) */
  struct _SitrepWindowEvents *events;

  /* presentation and stories (sitrep-window-timeline.c,
   * sitrep-window-stories.c) */
  struct _SitrepWindowStories *stories;
};

/* sitrep-window.c */
void     _sitrep_window_update_actions      (SitrepWindow *self);
/* What the progress bar's Cancel says of the work under way: its tooltip and
 * the bar's text once pressed, whole sentences in N_(). */
void     _sitrep_window_set_cancel_texts    (SitrepWindow *self,
                                             const char   *tooltip,
                                             const char   *cancelling);
void     _sitrep_window_use_saved_annotator (SitrepWindow *self);
gboolean _sitrep_window_has_writable_store  (SitrepWindow *self);
/* Opens @chooser in the folder of the project file (not the demo's). */
void     _sitrep_window_start_in_project_folder (SitrepWindow   *self,
                                                 GtkFileChooser *chooser);
/* sitrep-window-dnd.c: Import Files opens where the last files imported came
 * from (remembered from the files the dialog gave), else as above. */
void     _sitrep_window_start_in_import_folder (SitrepWindow   *self,
                                                GtkFileChooser *chooser);
void     _sitrep_window_remember_import_folder (SitrepWindow   *self,
                                                GListModel     *files);
/* The folder @file is in, as a user reads it ("~/Reports"). */
char    *_sitrep_window_dup_display_dir     (GFile        *file);
/* The project's name, as the header bar shows it. */
const char *_sitrep_window_get_project_name (SitrepWindow *self);
void     _sitrep_window_show_open_error     (SitrepWindow *self,
                                             GFile        *file,
                                             const GError *error);
/* A free name beside @path for its salvaged copy (NULL when none is). */
char    *_sitrep_window_dup_salvage_path    (const char    *path);
/* Opens @file read-only in this window (a project open in another window:
 * the dialog that says so offers it). */
gboolean _sitrep_window_open_read_only      (SitrepWindow  *self,
                                             GFile         *file,
                                             GError       **error);
SitrepWindow *_sitrep_window_for_new_project (SitrepWindow *self);

void     _sitrep_window_notify_article_status (SitrepWindow *self);

/* sitrep-window-articles.c: the article list, its filter bar and the
 * article in the reader, following the workspace */
void     _sitrep_window_class_articles_init (GtkWidgetClass *widget_class);
void     _sitrep_window_articles_init       (SitrepWindow *self);
void     _sitrep_window_articles_connect    (SitrepWindow *self);
void     _sitrep_window_articles_show       (SitrepWindow *self);
/* Remembers the article read and where in it, for the project to reopen there. */
void     _sitrep_window_articles_remember   (SitrepWindow *self);
gboolean _sitrep_window_sort_from_name      (const char        *name,
                                             SitrepArticleSort *sort);
const char *_sitrep_window_sort_to_name     (SitrepArticleSort  sort);

/* sitrep-window-actions.c */
void     _sitrep_window_class_actions_init  (GtkWidgetClass *widget_class);

/* sitrep-window-annotate.c */
void     _sitrep_window_class_annotate_init (GtkWidgetClass *widget_class);
void     _sitrep_window_annotate_init       (SitrepWindow *self);
void     _sitrep_window_annotate_connect    (SitrepWindow *self);
void     _sitrep_window_update_history      (SitrepWindow *self);

/* sitrep-window-map.c: routes the map pane (SitrepMapPane: the events on the
 * map, the current event, "only what is in view", tiles), makes and drops the
 * event index, exports the view; it makes and drops the places' state, which
 * sitrep-window-places.c keeps. */
/* What refreshing the article's places may write: link and place its
 * place spans as an undo step of its own (on opening an article), as part
 * of the edit that made them (a new place span), or nothing (after undo or
 * redo, which would otherwise lose the redo). Larger wins when queued together. */
typedef enum
{
  SITREP_PLACES_WRITE_OWN_STEP,
  SITREP_PLACES_WRITE_JOIN_LAST,
  SITREP_PLACES_WRITE_NOTHING,
} SitrepPlacesWrite;

typedef struct _SitrepWindowMap SitrepWindowMap;
struct _SitrepWindowMap
{
  /* sitrep-window-places.c */
  SitrepGazetteer *gazetteer;
  gboolean         gazetteer_failed; /* told once; not tried again for this project */
  GHashTable      *tried;           /* "id\tname" of places looked up with no sure match */
  GCancellable    *task_cancellable;
  gint64           pin_entity;
  guint            places_idle;
  gboolean         places_dirty;
  SitrepPlacesWrite places_write;   /* what the queued refresh may write */
  gint64           told_span;       /* the span whose link to another spelling was told */
  gint64           told_entity;     /* and the place it was linked to */
  gboolean         annotations_edited; /* the article's spans changed since history-changed */
  gboolean         split_by_user;   /* the map's handle was moved: its split is the user's */
  int              split_width;     /* the width the map's split was set for */
};

void     _sitrep_window_class_map_init      (GtkWidgetClass *widget_class);
void     _sitrep_window_map_init            (SitrepWindow *self);
void     _sitrep_window_map_connect         (SitrepWindow *self);
void     _sitrep_window_map_disconnect      (SitrepWindow *self);
void     _sitrep_window_map_article_changed (SitrepWindow *self);
void     _sitrep_window_map_dispose         (SitrepWindow *self);
gboolean _sitrep_window_map_shown           (SitrepWindow *self);
/* "12,345" in the user's locale. */
char    *_sitrep_window_format_count        (guint64       n);

/* sitrep-window-places.c: the article's places through the gazetteer,
 * choosing and pinning places, loading a GeoNames dump, placing unplaced
 * events; part of the map pane */
void     _sitrep_window_class_places_init   (GtkWidgetClass *widget_class);
void     _sitrep_window_places_update_actions (SitrepWindow *self);
void     _sitrep_window_places_queue_refresh (SitrepWindow *self);
void     _sitrep_window_places_queue_refresh_writing (SitrepWindow      *self,
                                                      SitrepPlacesWrite  write);
/* Pins the entity win.pin-place asked for at the clicked point. */
void     _sitrep_window_places_pin_at       (SitrepWindow *self,
                                             double        latitude,
                                             double        longitude);

/* sitrep-window-events.c */
typedef struct _SitrepWindowEvents SitrepWindowEvents;
void     _sitrep_window_class_events_init   (GtkWidgetClass *widget_class);
void     _sitrep_window_events_init         (SitrepWindow *self);
void     _sitrep_window_events_connect      (SitrepWindow *self);
void     _sitrep_window_events_disconnect   (SitrepWindow *self);
void     _sitrep_window_events_dispose      (SitrepWindow *self);
void     _sitrep_window_events_update_actions (SitrepWindow *self);
void     _sitrep_window_show_error_toast    (SitrepWindow *self,
                                             const GError *error);
void     _sitrep_window_events_set_similar_dialog (SitrepWindow *self,
                                                   GtkWidget    *dialog);

/* sitrep-window-new-event.c: New Event from the reader and the similar-events
 * match list, part of the Events view */
void     _sitrep_window_class_new_event_init (GtkWidgetClass *widget_class);
void     _sitrep_window_new_event_update_actions (SitrepWindow *self);
void     _sitrep_window_new_event           (SitrepWindow *self);
GtkWidget *_sitrep_window_match_list_new    (SitrepWindow *self,
                                             GArray       *matches);
gint64   _sitrep_window_chosen_match        (GtkWidget    *dialog);

/* sitrep-window-exchange.c: exports and UCDP import, part of the Events view */
gboolean _sitrep_window_is_exporting_events (SitrepWindow *self);
void     _sitrep_window_class_exchange_init (GtkWidgetClass *widget_class);
/* sitrep-window-datasets.c: exchange formats, agreement, coders' copies and merges */
void     _sitrep_window_class_datasets_init (GtkWidgetClass *widget_class);
void     _sitrep_window_datasets_update_actions (SitrepWindow *self);
void     _sitrep_window_exchange_update_actions (SitrepWindow *self);

/* sitrep-window-timeline.c: routes the timeline pane (SitrepTimelinePane)
 * to the map and the window's actions, and opens the presentation; it makes
 * and drops the window's story state, which sitrep-window-stories.c shares. */
typedef struct _SitrepWindowStories SitrepWindowStories;
struct _SitrepWindowStories
{
  /* sitrep-window-timeline.c */
  /* weak references: windows that close themselves */
  GtkWidget          *presentation;

  /* sitrep-window-stories.c */
  /* template widgets */
  GMenu              *present_section;
  GMenu              *export_section;

  /* weak references: windows that close themselves */
  GtkWidget          *stories_dialog;

  /* owned references */
  GCancellable       *export_cancellable;
  AdwToast           *export_toast;
  /* what the export under way writes, for the toast that says so */
  char               *export_path;
  char               *export_png_dir;
  gboolean            export_title_page;
};

void     _sitrep_window_class_timeline_init (GtkWidgetClass *widget_class);
void     _sitrep_window_timeline_init       (SitrepWindow *self);
void     _sitrep_window_timeline_connect    (SitrepWindow *self);
void     _sitrep_window_timeline_disconnect (SitrepWindow *self);
void     _sitrep_window_timeline_dispose    (SitrepWindow *self);
/* The map set its points from the project again: the timeline's filter
 * (a brushed range, playback) applies on top. */
void     _sitrep_window_timeline_map_refreshed (SitrepWindow *self);

/* sitrep-window-stories.c: the story menus, the Stories dialog and the
 * story handout export, part of the timeline pane */
void     _sitrep_window_class_stories_init  (GtkWidgetClass *widget_class);
void     _sitrep_window_stories_init        (SitrepWindow *self);
void     _sitrep_window_stories_connect     (SitrepWindow *self);
void     _sitrep_window_stories_disconnect  (SitrepWindow *self);
void     _sitrep_window_stories_dispose     (SitrepWindow *self);

gboolean _sitrep_window_is_exporting_story  (SitrepWindow *self);

/* sitrep-window-toasts.c: toasts, and taking back a message that no longer holds */
void     _sitrep_window_toasts_class_init   (GtkWidgetClass *widget_class);
void     _sitrep_window_toasts_init         (SitrepWindow *self);
void     _sitrep_window_toasts_dispose      (SitrepWindow *self);
/* @title with a button that activates @action with @target (floating, taken). */
void     sitrep_window_show_toast_with_button (SitrepWindow *self,
                                               const char   *title,
                                               const char   *button,
                                               const char   *action,
                                               GVariant     *target);

/* sitrep-window-dnd.c */
void     _sitrep_window_dnd_init            (SitrepWindow *self);

G_END_DECLS
