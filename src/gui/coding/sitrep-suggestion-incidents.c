/* sitrep-suggestion-incidents.c — the article's proposed incidents in the annotation panel: Make Event, Add to Event, Reject
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-suggestion-incident-item.h"
#include "sitrep-suggestion-incidents.h"
#include "sitrep-span-row.h"

/* Rows shown before "Show N more": a few incidents keep the suggestions
 * under them in sight; all of them are in the panel's one scroll. Only
 * those shown have rows: a long article proposes dozens of incidents, and
 * making a row for each took the window 20–50 ms at the end of every
 * Suggest (the list box is bound to a slice of the review's incidents). */
#define SHOWN_ROWS 3

struct _SitrepSuggestionIncidents
{
  GtkWidget               parent_instance;

  GtkWidget              *box;
  GtkLabel               *count_label;
  GtkListBox             *list;
  GtkSliceListModel      *slice;       /* the review's incidents with a row */
  GtkButton              *more_button;
  gboolean                expanded;
  SitrepSuggestionReview *review;
};

G_DEFINE_FINAL_TYPE (SitrepSuggestionIncidents, sitrep_suggestion_incidents, GTK_TYPE_WIDGET)

static void
update (SitrepSuggestionIncidents *self)
{
  GListModel *model = self->review != NULL ? sitrep_suggestion_review_get_incidents (self->review) : NULL;
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autofree char *count = g_strdup_printf ("%'u", n);

  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  if (n > SHOWN_ROWS && !self->expanded)
    {
      g_autofree char *more = NULL;

      /* Translators: a button under the first proposed incidents that shows the rest */
      more = g_strdup_printf (ngettext ("Show %'u More Incident", "Show %'u More Incidents", n - SHOWN_ROWS),
                              n - SHOWN_ROWS);
      gtk_button_set_label (self->more_button, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), n > SHOWN_ROWS && !self->expanded);
}

/* Shows every row, the keys on the first one that was not shown. */
static void
on_more_clicked (SitrepSuggestionIncidents *self)
{
  GtkListBoxRow *first;

  self->expanded = TRUE;
  gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
  update (self);
  first = gtk_list_box_get_row_at_index (self->list, SHOWN_ROWS);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
on_items_changed (GListModel                *model,
                  guint                      position,
                  guint                      removed,
                  guint                      added,
                  SitrepSuggestionIncidents *self)
{
  update (self);
}

static gint64
row_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "incident-id");

  return id != NULL ? *id : 0;
}

static gboolean
on_row_key_pressed (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    GtkWidget             *row)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete && keyval != GDK_KEY_BackSpace)
    return FALSE;
  gtk_widget_activate_action (row, "suggestions.reject-incident", "x", row_id (row));
  return TRUE;
}

/* A row nearly as compact as a suggestion's (sitrep-span-row.c): the
 * incident's figures, place, date and actors on up to three lines, what
 * accepting does on the next, both cut to the panel's width beyond that and
 * whole in the tooltip and in what a screen reader says; accepting and
 * rejecting as the suggestions' check and cross. A row of its words wrapped
 * over up to five lines and a line of buttons under them took ≈ 100 px:
 * three incidents filled the panel at 1280×800; on one line, the 260 px
 * panel showed "at least 20 killed, at l…", without its place or date. */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SitrepSuggestionIncidentItem *incident = item;
  const char *title = sitrep_suggestion_incident_item_get_title (incident);
  const char *detail = sitrep_suggestion_incident_item_get_detail (incident);
  gboolean joins = sitrep_suggestion_incident_item_get_joins (incident);
  gint64 id = sitrep_suggestion_incident_item_get_id (incident);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *title_label, *detail_label;
  GtkWidget *box = sitrep_span_row_new (&title_label, &detail_label);
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", title, detail);
  g_autofree char *accessible = NULL;
  GtkWidget *buttons[2];

  g_object_set_data_full (G_OBJECT (row), "incident-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_widget_add_css_class (row, "incident-row");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title_label), 3);
  /* Its title has three lines already: the detail (what the incident
   * becomes) keeps to one, whole in the tooltip. Both unset: with "lines"
   * Pango still wraps an ellipsized text, over the size GTK asked for. */
  gtk_label_set_wrap (GTK_LABEL (detail_label), FALSE);
  gtk_label_set_lines (GTK_LABEL (detail_label), -1);
  gtk_label_set_text (GTK_LABEL (title_label), sitrep_suggestion_incident_item_get_shown_title (incident));
  gtk_label_set_text (GTK_LABEL (detail_label), detail);
  sitrep_span_row_set_tooltip (title_label, tooltip);
  sitrep_span_row_set_tooltip (detail_label, tooltip);
  buttons[0] = sitrep_span_row_add_button (box, "object-select-symbolic",
                                           joins ? _("Add this report to the event as evidence (Enter)")
                                                 : _("Make an event of this incident (Enter)"));
  buttons[1] = sitrep_span_row_add_button (box, "window-close-symbolic", _("Reject this incident (Delete)"));
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      /* The target first, so the action never sees the button without one. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (buttons[i]), "x", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (buttons[i]),
                                      i == 0 ? "suggestions.accept-incident" : "suggestions.reject-incident");
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Translators: what a screen reader says of a proposed incident's row: what it says, then what accepting it does */
  accessible = g_strdup_printf (_("Proposed incident: %s. %s"), title, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_row_key_pressed), row);
  gtk_widget_add_controller (row, keys);
  return row;
}

static void
on_row_activated (GtkListBox                *list,
                  GtkListBoxRow             *row,
                  SitrepSuggestionIncidents *self)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "suggestions.accept-incident", "x", row_id (GTK_WIDGET (row)));
}

static void
sitrep_suggestion_incidents_dispose (GObject *object)
{
  SitrepSuggestionIncidents *self = SITREP_SUGGESTION_INCIDENTS (object);

  sitrep_suggestion_incidents_set_review (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->slice);
  G_OBJECT_CLASS (sitrep_suggestion_incidents_parent_class)->dispose (object);
}

static void
sitrep_suggestion_incidents_class_init (SitrepSuggestionIncidentsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sitrep_suggestion_incidents_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "suggestionincidents");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_suggestion_incidents_init (SitrepSuggestionIncidents *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Incidents"));
  GtkWidget *separator;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_tooltip_text (title, _("Figures, place, date and actors that belong together, proposed as an event"));
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "caption");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (self->box), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (self->list, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "incident-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Incidents proposed in this article"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  self->slice = gtk_slice_list_model_new (NULL, 0, SHOWN_ROWS);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->slice), create_row, NULL, NULL);
  /* In the panel's own scroll, not one of its own inside it: the first
   * few, then a button for the rest. */
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->list));
  self->more_button = GTK_BUTTON (gtk_button_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->more_button), "flat");
  gtk_widget_set_halign (GTK_WIDGET (self->more_button), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (self->more_button), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->more_button), 6);
  g_signal_connect_swapped (self->more_button, "clicked", G_CALLBACK (on_more_clicked), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->more_button));
  separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_margin_start (separator, 12);
  gtk_widget_set_margin_end (separator, 12);
  gtk_widget_set_margin_bottom (separator, 6);
  gtk_box_append (GTK_BOX (self->box), separator);
  update (self);
}

GtkWidget *
sitrep_suggestion_incidents_new (void)
{
  return g_object_new (SITREP_TYPE_SUGGESTION_INCIDENTS, NULL);
}

void
sitrep_suggestion_incidents_set_review (SitrepSuggestionIncidents *self,
                                        SitrepSuggestionReview    *review)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_INCIDENTS (self));
  g_return_if_fail (review == NULL || SITREP_IS_SUGGESTION_REVIEW (review));

  if (review == self->review)
    return;
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (sitrep_suggestion_review_get_incidents (self->review), self);
  g_set_object (&self->review, review);
  self->expanded = FALSE;
  if (self->slice != NULL)
    {
      gtk_slice_list_model_set_size (self->slice, SHOWN_ROWS);
      gtk_slice_list_model_set_model (self->slice, review != NULL ? sitrep_suggestion_review_get_incidents (review) : NULL);
    }
  if (review != NULL)
    g_signal_connect (sitrep_suggestion_review_get_incidents (review), "items-changed",
                      G_CALLBACK (on_items_changed), self);
  if (self->box != NULL)
    update (self);
}

/* The "Show N More Incidents" button (hidden when all are shown). */
GtkButton *
sitrep_suggestion_incidents_get_more_button (SitrepSuggestionIncidents *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENTS (self), NULL);

  return self->more_button;
}

GtkListBox *
sitrep_suggestion_incidents_get_list (SitrepSuggestionIncidents *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENTS (self), NULL);

  return self->list;
}
