/* sitrep-adjudication-dialog-events.c — the coders' events of the article side by side, kept by key
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-adjudication"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-agreement-events.h"
#include "sitrep-store-events.h"
#include "sitrep-adjudication-dialog-private.h"
#include "sitrep-adjudication-dialog-test-private.h"

static GtkWidget *
cell (const char *text,
      gboolean    markup,
      gboolean    differs)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text != NULL && *text != '\0' ? text : "—");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_hexpand (label, TRUE);
  if (differs)
    gtk_widget_add_css_class (label, "error");
  return label;
}

static SitrepEvent *
event_of (GPtrArray *events,
          gint64     id)
{
  for (guint i = 0; id != 0 && i < events->len; i++)
    if (sitrep_event_get_id (g_ptr_array_index (events, i)) == id)
      return g_ptr_array_index (events, i);
  return NULL;
}

static char *
coder_heading (guint       n,
               const char *coder,
               gboolean    has)
{
  return has ? g_markup_printf_escaped ("<b>%u</b>  %s", n, coder)
             : g_markup_printf_escaped (_("<b>%u</b>  %s: no such event"), n, coder);
}

/* One event as the two coders coded it: a heading, the coders, and each
 * field side by side, those that differ marked "≠" and in the error colour. */
static GtkWidget *
event_row (SitrepAdjudicationDialog *self,
           SitrepEventComparison    *c,
           SitrepEventPair          *p,
           GPtrArray                *events)
{
  SitrepEvent *a = event_of (events, p->event_a), *b = event_of (events, p->event_b);
  const char * const *fields = sitrep_event_fields ();
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  g_autofree char *heading = g_markup_printf_escaped ("<b>%s · %s · %s</b>", p->date_start != NULL ? p->date_start : _("no date"),
                                                      p->event_type != NULL ? p->event_type : _("no type"),
                                                      p->place != NULL ? p->place : _("no place"));
  g_autofree char *ha = coder_heading (1, c->a, a != NULL);
  g_autofree char *hb = coder_heading (2, c->b, b != NULL);
  g_autofree char *accessible = NULL;
  guint line = 2, n_differ = 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  g_object_set (grid, "margin-top", 9, "margin-bottom", 9, "margin-start", 12, "margin-end", 12, NULL);
  gtk_grid_attach (GTK_GRID (grid), cell (heading, TRUE, FALSE), 0, 0, 3, 1);
  gtk_grid_attach (GTK_GRID (grid), cell ("", TRUE, FALSE), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (ha, TRUE, FALSE), 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (hb, TRUE, FALSE), 2, 1, 1, 1);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *va = a != NULL ? sitrep_event_field_value (a, fields[i]) : NULL;
      g_autofree char *vb = b != NULL ? sitrep_event_field_value (b, fields[i]) : NULL;
      gboolean differs = a != NULL && b != NULL && g_strcmp0 (va != NULL ? va : "", vb != NULL ? vb : "") != 0;
      g_autofree char *title = differs ? g_strdup_printf ("≠ %s", sitrep_event_field_title (fields[i]))
                                       : g_strdup (sitrep_event_field_title (fields[i]));

      if (!differs && (va == NULL || *va == '\0') && (vb == NULL || *vb == '\0'))
        continue;   /* empty in both: nothing to see */
      n_differ += differs;
      gtk_grid_attach (GTK_GRID (grid), cell (title, FALSE, differs), 0, line, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell (va, FALSE, differs), 1, line, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell (vb, FALSE, differs), 2, line, 1, 1);
      line++;
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  if (a != NULL && b != NULL)
    accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The event of %s: %u field differs between %s and %s.",
                                               "The event of %s: %u fields differ between %s and %s.", n_differ),
                                  p->date_start != NULL ? p->date_start : _("no date"), n_differ, c->a, c->b);
  else
    accessible = g_strdup_printf (_("The event of %s: only %s coded it."),
                                  p->date_start != NULL ? p->date_start : _("no date"), a != NULL ? c->a : c->b);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (row), "pair", p);
  g_object_set_data (G_OBJECT (row), "comparison", c);
  return row;
}

void
_sitrep_adjudication_dialog_fill_events (SitrepAdjudicationDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->events_list))) != NULL)
    gtk_list_box_remove (self->events_list, child);
  g_clear_pointer (&self->comparisons, g_ptr_array_unref);
  self->comparisons = sitrep_event_comparison_compute_article (self->store, self->article_id, SITREP_EVENT_MATCH_KM,
                                                               &error);
  if (self->comparisons == NULL)
    {
      _sitrep_adjudication_dialog_set_status (self, error->message);
      gtk_widget_set_visible (self->events_box, FALSE);
      return;
    }
  for (guint i = 0; i < self->comparisons->len; i++)
    {
      SitrepEventComparison *c = g_ptr_array_index (self->comparisons, i);
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint k = 0; k < c->pairs->len; k++)
        {
          SitrepEventPair *p = g_ptr_array_index (c->pairs, k);
          if (p->event_a != 0)
            g_array_append_val (ids, p->event_a);
          if (p->event_b != 0)
            g_array_append_val (ids, p->event_b);
        }
      if (ids->len > 0 && !sitrep_store_get_events (self->store, (gint64 *) ids->data, ids->len, events, &error))
        {
          _sitrep_adjudication_dialog_set_status (self, error->message);
          break;
        }
      for (guint k = 0; k < c->pairs->len; k++)
        {
          SitrepEventPair *p = g_ptr_array_index (c->pairs, k);
          if (p->kept != 0)
            continue;   /* the adjudicated layer has it */
          gtk_list_box_append (self->events_list, event_row (self, c, p, events));
          n++;
        }
    }
  gtk_widget_set_visible (self->events_box, n > 0);
  if (n > 0)
    gtk_list_box_select_row (self->events_list, gtk_list_box_get_row_at_index (self->events_list, 0));
}

static gboolean
focus_on_events (SitrepAdjudicationDialog *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (focus == GTK_WIDGET (self->events_list) ||
                           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->events_list)));
}

static void
keep_event (SitrepAdjudicationDialog *self,
            GtkListBoxRow            *row,
            guint                     n)
{
  SitrepEventPair *p = g_object_get_data (G_OBJECT (row), "pair");
  SitrepEventComparison *c = g_object_get_data (G_OBJECT (row), "comparison");
  gint64 id = n == 0 ? p->event_a : p->event_b;
  const char *coder = n == 0 ? c->a : c->b;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  int index = gtk_list_box_row_get_index (row);
  GtkListBoxRow *next;

  if (id == 0)
    {
      status = g_strdup_printf (_("%s coded no such event; keep the other version or leave it."), coder);
      _sitrep_adjudication_dialog_set_status (self, status);
      return;
    }
  if (sitrep_event_comparison_keep (self->store, id, &error) == 0)
    {
      status = g_strdup_printf (_("The decision could not be saved: %s"), error->message);
      _sitrep_adjudication_dialog_set_status (self, status);
      return;
    }
  status = g_strdup_printf (_("Kept %s’s version of the event of %s in the adjudicated layer."), coder,
                            p->date_start != NULL ? p->date_start : _("no date"));
  _sitrep_adjudication_dialog_set_status (self, status);
  gtk_list_box_remove (self->events_list, GTK_WIDGET (row));
  next = gtk_list_box_get_row_at_index (self->events_list, index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->events_list, index - 1);
  if (next != NULL)
    {
      gtk_list_box_select_row (self->events_list, next);
      gtk_widget_grab_focus (GTK_WIDGET (next));
    }
  else
    gtk_widget_set_visible (self->events_box, FALSE);
}

gboolean
_sitrep_adjudication_dialog_events_key (SitrepAdjudicationDialog *self,
                                        guint                     keyval)
{
  GtkListBoxRow *row;

  if (!focus_on_events (self))
    return FALSE;
  row = gtk_list_box_get_selected_row (self->events_list);
  if (row == NULL)
    return FALSE;
  if (keyval == GDK_KEY_1 || keyval == GDK_KEY_KP_1 || keyval == GDK_KEY_2 || keyval == GDK_KEY_KP_2)
    {
      keep_event (self, row, keyval == GDK_KEY_1 || keyval == GDK_KEY_KP_1 ? 0 : 1);
      return TRUE;
    }
  /* The spans' keys (other digits, E, Delete) mean nothing here. */
  return (keyval >= GDK_KEY_3 && keyval <= GDK_KEY_9) || keyval == GDK_KEY_e || keyval == GDK_KEY_E ||
         keyval == GDK_KEY_Delete || keyval == GDK_KEY_BackSpace || keyval == GDK_KEY_KP_Delete;
}

guint
sitrep_adjudication_dialog_get_n_events_open (SitrepAdjudicationDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (SITREP_IS_ADJUDICATION_DIALOG (self), 0);

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->events_list)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n += GTK_IS_LIST_BOX_ROW (c);
  return n;
}
