/* sitrep-annotation-panel-private.h — what the parts of SitrepAnnotationPanel share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-annotation-panel.h"
#include "sitrep-suggestion-list.h"

G_BEGIN_DECLS

struct _SitrepAnnotationPanel
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkLabel           *count_label;
  GtkDropDown        *filter_dropdown;
  GtkStack           *stack;
  GtkListView        *list_view;
  SitrepSuggestionList *suggestion_list;
  int                 bottom_clear;   /* the room a toast over the panel's bottom takes */

  /* owned references */
  SitrepStore        *store;
  SitrepSuggestionReview *review;
  GListStore         *items;
  GtkSingleSelection *selection;
  GtkStringList      *filters;
  GHashTable         *label_kinds;      /* label id → kind */
  GHashTable         *label_counts;     /* label id → spans shown */
  GtkWidget          *popover;
  char               *filter;
  char               *claim_target;     /* title of the event Make Claim adds to */
  GtkWidget          *claim_popover;    /* which event a claim goes to, when several could */

  /* state */
  gint64              article_id;
  gint64              claim_event_id;   /* the window's current event, 0 none */
  gboolean            claim_asks;       /* Make Claim asks which event */
  gint64              annotator_id;
  gint64              selected_id;
  gint64              editing_id;
  guint               refresh_id;
  guint               activate_id;
  gboolean            updating;
};

/* sitrep-annotation-panel.c */
const char *_sitrep_annotation_panel_kind_of          (SitrepAnnotationPanel *self,
                                                       gint64                 label_id);

/* Re-describes every Make Claim button (whether it asks, for which event). */
void        _sitrep_annotation_panel_describe_claims  (SitrepAnnotationPanel *self);

/* sitrep-annotation-panel-claim.c: Make Claim on a figure row */
void        _sitrep_annotation_panel_update_claim_asks (SitrepAnnotationPanel *self);
void        _sitrep_annotation_panel_describe_claim_button (SitrepAnnotationPanel *self,
                                                           GtkWidget             *button);
void        _sitrep_annotation_panel_claim_class_init (GtkWidgetClass        *widget_class);
void        _sitrep_annotation_panel_claim_dispose    (SitrepAnnotationPanel *self);

/* sitrep-annotation-panel-editor.c */
void        _sitrep_annotation_panel_open_editor      (SitrepAnnotationPanel *self,
                                                       SitrepAnnotation      *annotation,
                                                       GtkWidget             *anchor);
void        _sitrep_annotation_panel_on_edit_clicked  (GtkButton             *button,
                                                       SitrepAnnotationPanel *self);
void        _sitrep_annotation_panel_on_link_clicked  (GtkButton             *button,
                                                       SitrepAnnotationPanel *self);
void        _sitrep_annotation_panel_editor_class_init (GtkWidgetClass       *widget_class);

G_END_DECLS
