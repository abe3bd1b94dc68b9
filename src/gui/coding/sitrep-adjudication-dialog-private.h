/* sitrep-adjudication-dialog-private.h — shared by the adjudication dialog's files
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-adjudication-dialog.h"

G_BEGIN_DECLS

struct _SitrepAdjudicationDialog
{
  AdwWindow           parent_instance;

  /* template widgets */
  GtkListBox         *list;
  GtkLabel           *status;
  GtkStack           *stack;
  GtkRevealer        *editor;
  GtkDropDown        *version_dropdown;
  GtkSpinButton      *start_spin;
  GtkSpinButton      *end_spin;
  GtkDropDown        *label_dropdown;
  GtkLabel           *preview;
  GtkWidget          *keep_edited_button;
  GtkWidget          *edit_button;
  GtkWidget          *reject_button;
  GtkWidget          *events_box;
  GtkListBox         *events_list;

  /* owned */
  SitrepStore        *store;
  SitrepWindow       *parent;       /* weak */
  SitrepAdjudication *adjudication;
  GArray             *label_ids;    /* gint64, in the order of label_dropdown */
  char               *body;
  gint64              article_id;
  GPtrArray          *comparisons;  /* SitrepEventComparison*, of the events shown */
};

/* The coders' events (sitrep-adjudication-dialog-events.c). */
void     _sitrep_adjudication_dialog_fill_events  (SitrepAdjudicationDialog *self);
gboolean _sitrep_adjudication_dialog_events_key   (SitrepAdjudicationDialog *self,
                                                   guint                     keyval);
void     _sitrep_adjudication_dialog_set_status   (SitrepAdjudicationDialog *self,
                                                   const char               *text);

G_END_DECLS
