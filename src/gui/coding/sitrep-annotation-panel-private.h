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

  /* state */
  gint64              article_id;
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
