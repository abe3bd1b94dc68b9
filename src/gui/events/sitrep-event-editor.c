/* sitrep-event-editor.c — the form of one event; every change is saved through the store as it is made
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "sitrep-accessible.h"
#include "sitrep-codebook.h"
#include "sitrep-entity-picker.h"
#include "sitrep-event-editor.h"
#include "sitrep-event-type-width.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store-articles.h"
#include "sitrep-store-events.h"
#include "sitrep-event-editor-private.h"

struct _SitrepEventEditor
{
  AdwWindow           parent_instance;

  /* template widgets */
  AdwWindowTitle     *window_title;
  AdwComboRow        *type_row;
  AdwComboRow        *sub_type_row;
  GtkLabel           *disorder_label;
  GtkLabel           *type_error;
  AdwEntryRow        *start_row;
  AdwEntryRow        *end_row;
  AdwComboRow        *date_prec_row;
  GtkLabel           *date_error;
  SitrepEntityPicker *place_picker;
  AdwActionRow       *place_row;
  GtkButton          *locate_button;
  AdwComboRow        *geo_row;
  AdwComboRow        *where_row;
  GtkLabel           *place_error;
  SitrepEntityPicker *actor1_picker;
  SitrepEntityPicker *actor2_picker;
  AdwActionRow       *assoc1_row;
  AdwActionRow       *assoc2_row;
  SitrepEntityPicker *assoc1_picker;
  SitrepEntityPicker *assoc2_picker;
  GtkButton          *assoc1_clear;
  GtkButton          *assoc2_clear;
  GtkLabel           *inter_label;
  GtkSwitch          *civilian_switch;
  GtkLabel           *actors_error;
  GtkTextView        *description_view;
  GtkTextView        *notes_view;
  GtkLabel           *text_error;

  /* owned references */
  SitrepStore        *store;
  SitrepEvent        *event;
  GtkStringList      *types;
  GtkStringList      *sub_types;

  GtkCalendar        *start_calendar;
  GtkCalendar        *end_calendar;

  /* state */
  gint64              event_id;
  guint               loading;
};

G_DEFINE_FINAL_TYPE (SitrepEventEditor, sitrep_event_editor, ADW_TYPE_WINDOW)

static void load (SitrepEventEditor *self);

static GtkStringList *
precision_model (const char *scale)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  GtkStringList *list = gtk_string_list_new ((const char * const[]) { _("Not set"), NULL });
  int max = sitrep_codebook_get_precision_max (codebook, scale);

  for (int i = 1; i <= max; i++)
    {
      g_autofree char *item = g_strdup_printf ("%d — %s", i,
                                               sitrep_precision_label_shown (
                                                 sitrep_codebook_get_precision_label (codebook, scale, i)));

      gtk_string_list_append (list, item);
    }
  return list;
}

/* Codebook values in full: the default factory of AdwComboRow cuts a value
 * at 20 characters ("Explosions/Remote vi…"). The row ellipsizes only what
 * does not fit; the list wraps. */
static void
on_value_setup (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  in_list)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (in_list))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
    }
  gtk_list_item_set_child (item, label);
}

static void
on_value_bind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  in_list)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *(*display) (const char *) = g_object_get_data (G_OBJECT (factory), "display");
  const char *text = string != NULL ? gtk_string_object_get_string (string) : "";

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), display != NULL ? display (text) : text);
}

/* Items shown through @display (the name a user reads of a stored value), or as they are. */
static GtkListItemFactory *
value_factory (gboolean      in_list,
               const char *(*display) (const char *))
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "display", display);

  g_signal_connect (factory, "setup", G_CALLBACK (on_value_setup), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (on_value_bind), GINT_TO_POINTER (in_list));
  return factory;
}

static void
set_combo_model (AdwComboRow  *row,
                 GListModel   *model,
                 const char *(*display) (const char *))
{
  g_autoptr(GtkListItemFactory) factory = value_factory (FALSE, display);
  g_autoptr(GtkListItemFactory) list_factory = value_factory (TRUE, display);

  if (display == sitrep_codebook_event_type_display_name)
    adw_combo_row_set_expression (row, sitrep_event_type_display_expression (FALSE));
  else if (display == sitrep_codebook_sub_event_type_display_name)
    adw_combo_row_set_expression (row, sitrep_event_type_display_expression (TRUE));
  else
    adw_combo_row_set_expression (row, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_list_factory (row, list_factory);
  adw_combo_row_set_model (row, model);
}

static const char *
selected_string (AdwComboRow   *row,
                 GtkStringList *list)
{
  guint pos = adw_combo_row_get_selected (row);

  if (pos == 0 || pos == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (list, pos);
}

static guint
find_string (GtkStringList *list,
             const char    *value)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 1; value != NULL && i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), value) == 0)
      return i;
  return 0;
}

static void
show_error (GtkLabel     *label,
            const GError *error)
{
  gtk_label_set_label (label, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

static void
fill_sub_types (SitrepEventEditor *self,
                const char        *event_type)
{
  g_auto(GStrv) subs = event_type
                       ? sitrep_codebook_list_sub_event_types (sitrep_codebook_get_default (), event_type)
                       : NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sub_types));

  self->loading++;
  gtk_string_list_splice (self->sub_types, 1, n - 1, (const char * const *) subs);
  adw_combo_row_set_selected (self->sub_type_row, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sub_type_row), subs != NULL && subs[0] != NULL);
  self->loading--;
}

static char *
dup_entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter a, b;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &a, &b, FALSE));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  if (gtk_widget_has_focus (GTK_WIDGET (view)))
    return;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

/* Commits */

static gboolean
commit_type (SitrepEventEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = sitrep_store_set_event_type (self->store, self->event_id,
                                    selected_string (self->type_row, self->types),
                                    selected_string (self->sub_type_row, self->sub_types),
                                    &error);
  show_error (self->type_error, error);
  return ok;
}

static gboolean
commit_dates (SitrepEventEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = dup_entry_text (self->start_row);
  g_autofree char *end = dup_entry_text (self->end_row);
  guint prec = adw_combo_row_get_selected (self->date_prec_row);
  gboolean ok;

  ok = sitrep_store_set_event_dates (self->store, self->event_id, start, end,
                                     prec == GTK_INVALID_LIST_POSITION ? 0 : (int) prec, &error);
  show_error (self->date_error, error);
  if (ok)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->end_row), "error");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->start_row), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->end_row), "error");
    }
  return ok;
}

static gboolean
commit_place (SitrepEventEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint geo = adw_combo_row_get_selected (self->geo_row);
  guint where = adw_combo_row_get_selected (self->where_row);
  gboolean ok;

  ok = sitrep_store_set_event_place (self->store, self->event_id,
                                     sitrep_entity_picker_get_entity_id (self->place_picker),
                                     geo == GTK_INVALID_LIST_POSITION ? 0 : (int) geo,
                                     where == GTK_INVALID_LIST_POSITION ? 0 : (int) where,
                                     &error);
  show_error (self->place_error, error);
  return ok;
}

static gboolean
commit_actors (SitrepEventEditor *self,
               GArray            *assoc1,
               GArray            *assoc2)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = sitrep_store_set_event_actors (self->store, self->event_id,
                                      sitrep_entity_picker_get_entity_id (self->actor1_picker),
                                      sitrep_entity_picker_get_entity_id (self->actor2_picker),
                                      assoc1 ? (const gint64 *) (gpointer) assoc1->data : NULL,
                                      assoc1 ? assoc1->len : 0,
                                      assoc2 ? (const gint64 *) (gpointer) assoc2->data : NULL,
                                      assoc2 ? assoc2->len : 0,
                                      &error);
  show_error (self->actors_error, error);
  return ok;
}

static GArray *
copy_ids (GArray *ids)
{
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (ids != NULL && ids->len > 0)
    g_array_append_vals (copy, ids->data, ids->len);
  return copy;
}

static gboolean
commit_text (SitrepEventEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = dup_buffer_text (self->description_view);
  g_autofree char *notes = dup_buffer_text (self->notes_view);
  gboolean civilian = gtk_switch_get_active (self->civilian_switch);
  gboolean ok;

  if (self->event == NULL)
    return FALSE;
  if (civilian == sitrep_event_get_civilian_targeting (self->event) &&
      g_strcmp0 (description, sitrep_event_get_description (self->event)) == 0 &&
      g_strcmp0 (notes, sitrep_event_get_notes (self->event)) == 0)
    return TRUE;

  ok = sitrep_store_set_event_text (self->store, self->event_id, civilian, description, notes, &error);
  show_error (self->text_error, error);
  return ok;
}

/* Callbacks */

static void
on_type_selected (SitrepEventEditor *self)
{
  if (self->loading)
    return;
  fill_sub_types (self, selected_string (self->type_row, self->types));
  commit_type (self);
}

static void
on_sub_type_selected (SitrepEventEditor *self)
{
  if (self->loading)
    return;
  commit_type (self);
}

static void
on_dates_apply (SitrepEventEditor *self)
{
  if (self->loading)
    return;
  commit_dates (self);
}

/* A calendar beside each date: picking a day replaces the date (typing into
 * a prefilled field used to append to it: "2022-10-142022-10-16"). */
static void
on_calendar_day_selected (GtkCalendar       *calendar,
                          SitrepEventEditor *self)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "sitrep-date-row");
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  if (self->loading)
    return;
  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  self->loading--;
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
  commit_dates (self);
}

/* The calendar opens on the date in the field, else the start date, else today. */
static void
on_calendar_popover_show (GtkPopover        *popover,
                          SitrepEventEditor *self)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  AdwEntryRow *row = g_object_get_data (G_OBJECT (calendar), "sitrep-date-row");
  g_autofree char *text = dup_entry_text (row);
  g_autofree char *start = dup_entry_text (self->start_row);
  g_autoptr(GDateTime) date = NULL;
  const char *from = text != NULL ? text : start;
  int y, m, d;

  if (from != NULL && sscanf (from, "%4d-%2d-%2d", &y, &m, &d) == 3)
    date = g_date_time_new_local (y, m, d, 0, 0, 0);
  else if (from != NULL && sscanf (from, "%4d-%2d", &y, &m) == 2)
    date = g_date_time_new_local (y, m, 1, 0, 0, 0);
  if (date == NULL)
    date = g_date_time_new_now_local ();
  self->loading++;
  gtk_calendar_select_day (calendar, date);
  self->loading--;
}

static GtkCalendar *
add_date_picker (SitrepEventEditor *self,
                 AdwEntryRow       *row,
                 const char        *accessible_name)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_object_set_data (G_OBJECT (calendar), "sitrep-date-row", row);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected), self);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect (popover, "show", G_CALLBACK (on_calendar_popover_show), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, accessible_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  adw_entry_row_add_suffix (row, button);

  return GTK_CALENDAR (calendar);
}

static void
on_date_prec_selected (SitrepEventEditor *self)
{
  if (self->loading)
    return;
  commit_dates (self);
}

static void
on_place_prec_selected (SitrepEventEditor *self)
{
  if (self->loading)
    return;
  commit_place (self);
}

static void
on_place_picked (SitrepEventEditor *self)
{
  commit_place (self);
}

static void
on_actors_picked (SitrepEventEditor  *self,
                  SitrepEntityPicker *picker)
{
  g_autoptr(GArray) a1 = NULL;
  g_autoptr(GArray) a2 = NULL;

  if (picker == self->place_picker)
    {
      on_place_picked (self);
      return;
    }
  if (self->event == NULL)
    return;
  a1 = copy_ids (sitrep_event_get_assoc_actor1_ids (self->event));
  a2 = copy_ids (sitrep_event_get_assoc_actor2_ids (self->event));
  commit_actors (self, a1, a2);
}

static void
on_assoc_picked (SitrepEventEditor  *self,
                 SitrepEntityPicker *picker)
{
  g_autoptr(GArray) a1 = NULL;
  g_autoptr(GArray) a2 = NULL;
  gint64 id = sitrep_entity_picker_get_entity_id (picker);

  if (self->event == NULL || id == 0)
    return;
  a1 = copy_ids (sitrep_event_get_assoc_actor1_ids (self->event));
  a2 = copy_ids (sitrep_event_get_assoc_actor2_ids (self->event));
  g_array_append_val (picker == self->assoc1_picker ? a1 : a2, id);
  sitrep_entity_picker_set_entity (picker, 0, NULL);
  commit_actors (self, a1, a2);
}

static void
on_assoc_clear (SitrepEventEditor *self,
                GtkButton         *button)
{
  g_autoptr(GArray) a1 = NULL;
  g_autoptr(GArray) a2 = NULL;

  if (self->event == NULL)
    return;
  a1 = copy_ids (button == self->assoc1_clear ? NULL : sitrep_event_get_assoc_actor1_ids (self->event));
  a2 = copy_ids (button == self->assoc2_clear ? NULL : sitrep_event_get_assoc_actor2_ids (self->event));
  commit_actors (self, a1, a2);
}

static void
on_civilian_notify (SitrepEventEditor *self)
{
  if (self->loading)
    return;
  commit_text (self);
}

static void
on_text_focus_leave (GtkEventControllerFocus *controller,
                     SitrepEventEditor       *self)
{
  commit_text (self);
}

static void
on_store_changed (SitrepEventEditor *self)
{
  load (self);
}

/* The place picker ranks the gazetteer's candidates by the other places the
 * report names, and says how far from them each lies. */
static void
update_place_context (SitrepEventEditor *self)
{
  g_autoptr(GPtrArray) evidence = sitrep_store_list_event_evidence (self->store, self->event_id, NULL);
  g_autofree char *body = NULL;

  if (evidence != NULL && evidence->len > 0)
    body = sitrep_store_get_article_body (self->store, ((SitrepEvidence *) evidence->pdata[0])->article_id, NULL);
  sitrep_entity_picker_set_context (self->place_picker, body);
}

/* Where the place is, or that it has no coordinates yet: then the event is
 * on no map and in no export, and the gazetteer's candidates are offered. */
static void
update_place_row (SitrepEventEditor *self)
{
  gint64 place_id = sitrep_event_get_place_id (self->event);
  g_autoptr(SitrepEntity) place = place_id != 0 ? sitrep_store_get_entity (self->store, place_id, NULL) : NULL;
  g_autoptr(GString) where = g_string_new (NULL);
  gboolean placed = place != NULL && !isnan (sitrep_entity_get_latitude (place));

  if (place != NULL && placed)
    {
      g_autofree char *admin = sitrep_gazetteer_dup_where (sitrep_entity_get_admin1 (place),
                                                           sitrep_entity_get_country (place));

      /* "Daraa, Syria", as the entity chooser says it, not "Daraa, SY". */
      if (admin != NULL)
        g_string_append_printf (where, "%s, ", admin);
      g_string_append_printf (where, "%.4f, %.4f", sitrep_entity_get_latitude (place),
                              sitrep_entity_get_longitude (place));
    }
  else if (place != NULL)
    g_string_append (where, _("No coordinates yet: the event is on no map and in no export until the place is found"));

  adw_action_row_set_subtitle (self->place_row, where->str);
  gtk_widget_set_visible (GTK_WIDGET (self->locate_button), place != NULL && !placed);
}

static void
on_locate_clicked (SitrepEventEditor *self)
{
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (self->event != NULL && window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.choose-place", "x", sitrep_event_get_place_id (self->event));
}

static char *
dup_names (const char * const *names)
{
  if (names == NULL || names[0] == NULL)
    return g_strdup (_("None"));
  return g_strjoinv (", ", (char **) names);
}

static void
load (SitrepEventEditor *self)
{
  SitrepEvent *e;
  g_autofree char *assoc1 = NULL;
  g_autofree char *assoc2 = NULL;
  g_autofree char *inter = NULL;
  guint type_pos;

  g_clear_object (&self->event);
  self->event = sitrep_store_get_event (self->store, self->event_id, NULL);
  if (self->event == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  e = self->event;

  self->loading++;

  type_pos = find_string (self->types, sitrep_event_get_event_type (e));
  if (adw_combo_row_get_selected (self->type_row) != type_pos ||
      g_list_model_get_n_items (G_LIST_MODEL (self->sub_types)) <= 1)
    {
      adw_combo_row_set_selected (self->type_row, type_pos);
      fill_sub_types (self, sitrep_event_get_event_type (e));
    }
  adw_combo_row_set_selected (self->sub_type_row,
                              find_string (self->sub_types, sitrep_event_get_sub_event_type (e)));
  gtk_label_set_label (self->disorder_label,
                       sitrep_event_get_disorder_type (e) ? sitrep_event_get_disorder_type (e) : "—");

  if (!gtk_widget_has_css_class (GTK_WIDGET (self->start_row), "error"))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->start_row),
                             sitrep_event_get_date_start (e) ? sitrep_event_get_date_start (e) : "");
      /* A one-day event's end is the start: left empty, as the row's title
       * says, so that a date typed there is the end (it was typed onto the
       * start shown there, "2022-10-142022-10-13"). */
      gtk_editable_set_text (GTK_EDITABLE (self->end_row),
                             sitrep_event_get_date_end (e) != NULL &&
                             g_strcmp0 (sitrep_event_get_date_end (e), sitrep_event_get_date_start (e)) != 0
                             ? sitrep_event_get_date_end (e) : "");
      adw_combo_row_set_selected (self->date_prec_row, (guint) sitrep_event_get_date_precision (e));
    }

  sitrep_entity_picker_set_entity (self->place_picker, sitrep_event_get_place_id (e),
                                   sitrep_event_get_place_name (e));
  if (sitrep_event_get_place_id (e) == 0 && sitrep_event_get_location (e) != NULL)
    {
      g_autofree char *reported = g_strdup_printf (_("As reported: %s"), sitrep_event_get_location (e));

      sitrep_entity_picker_set_placeholder (self->place_picker, reported);
    }
  update_place_row (self);
  update_place_context (self);
  adw_combo_row_set_selected (self->geo_row, (guint) sitrep_event_get_geo_precision (e));
  adw_combo_row_set_selected (self->where_row, (guint) sitrep_event_get_where_prec (e));

  sitrep_entity_picker_set_entity (self->actor1_picker, sitrep_event_get_actor1_id (e),
                                   sitrep_event_get_actor1 (e));
  sitrep_entity_picker_set_entity (self->actor2_picker, sitrep_event_get_actor2_id (e),
                                   sitrep_event_get_actor2 (e));
  assoc1 = dup_names (sitrep_event_get_assoc_actor1 (e));
  assoc2 = dup_names (sitrep_event_get_assoc_actor2 (e));
  adw_action_row_set_subtitle (self->assoc1_row, assoc1);
  adw_action_row_set_subtitle (self->assoc2_row, assoc2);
  inter = g_strdup_printf ("%d · %d → %d", sitrep_event_get_inter1 (e), sitrep_event_get_inter2 (e),
                           sitrep_event_get_interaction (e));
  gtk_label_set_label (self->inter_label, inter);
  gtk_switch_set_active (self->civilian_switch, sitrep_event_get_civilian_targeting (e));
  set_buffer_text (self->description_view, sitrep_event_get_description (e));
  set_buffer_text (self->notes_view, sitrep_event_get_notes (e));

  self->loading--;
}

static gboolean
sitrep_event_editor_close_request (GtkWindow *window)
{
  SitrepEventEditor *self = SITREP_EVENT_EDITOR (window);

  if (self->store != NULL && self->event != NULL && !sitrep_store_is_read_only (self->store))
    commit_text (self);

  return GTK_WINDOW_CLASS (sitrep_event_editor_parent_class)->close_request (window);
}

static void
sitrep_event_editor_dispose (GObject *object)
{
  SitrepEventEditor *self = SITREP_EVENT_EDITOR (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_EVENT_EDITOR);
  g_clear_object (&self->event);
  g_clear_object (&self->store);
  g_clear_object (&self->types);
  g_clear_object (&self->sub_types);

  G_OBJECT_CLASS (sitrep_event_editor_parent_class)->dispose (object);
}

static void
sitrep_event_editor_class_init (SitrepEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sitrep_event_editor_dispose;
  window_class->close_request = sitrep_event_editor_close_request;

  g_type_ensure (SITREP_TYPE_ENTITY_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-event-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, sub_type_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, disorder_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, type_error);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, date_prec_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, place_picker);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, locate_button);
  gtk_widget_class_bind_template_callback (widget_class, on_locate_clicked);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, geo_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, where_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, place_error);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, actor1_picker);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, actor2_picker);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, assoc1_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, assoc2_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, assoc1_picker);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, assoc2_picker);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, assoc1_clear);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, assoc2_clear);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, inter_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, civilian_switch);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, actors_error);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventEditor, text_error);
  gtk_widget_class_bind_template_callback (widget_class, on_type_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sub_type_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_dates_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_date_prec_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_place_prec_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_actors_picked);
  gtk_widget_class_bind_template_callback (widget_class, on_assoc_picked);
  gtk_widget_class_bind_template_callback (widget_class, on_assoc_clear);
  gtk_widget_class_bind_template_callback (widget_class, on_civilian_notify);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_event_editor_init (SitrepEventEditor *self)
{
  g_auto(GStrv) types = sitrep_codebook_list_event_types (sitrep_codebook_get_default ());
  g_autoptr(GtkStringList) date_prec = precision_model ("date_prec");
  g_autoptr(GtkStringList) geo = precision_model ("geo_precision");
  g_autoptr(GtkStringList) where = precision_model ("where_prec");
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading++;
  self->types = gtk_string_list_new ((const char * const[]) { _("Not coded"), NULL });
  gtk_string_list_splice (self->types, 1, 0, (const char * const *) types);
  self->sub_types = gtk_string_list_new ((const char * const[]) { _("Not coded"), NULL });
  /* The codebook's types as stored, shown in the interface's language. */
  set_combo_model (self->type_row, G_LIST_MODEL (self->types), sitrep_codebook_event_type_display_name);
  set_combo_model (self->sub_type_row, G_LIST_MODEL (self->sub_types), sitrep_codebook_sub_event_type_display_name);
  set_combo_model (self->date_prec_row, G_LIST_MODEL (date_prec), NULL);
  set_combo_model (self->geo_row, G_LIST_MODEL (geo), NULL);
  set_combo_model (self->where_row, G_LIST_MODEL (where), NULL);
  self->loading--;

  self->start_calendar = add_date_picker (self, self->start_row, _("Pick the Start Date"));
  self->end_calendar = add_date_picker (self, self->end_row, _("Pick the End Date"));

  sitrep_entity_picker_set_placeholder (self->place_picker, _("Choose a Place"));
  sitrep_entity_picker_set_placeholder (self->actor1_picker, _("Choose an Actor"));
  sitrep_entity_picker_set_placeholder (self->actor2_picker, _("Choose an Actor"));
  sitrep_entity_picker_set_placeholder (self->assoc1_picker, _("Add…"));
  sitrep_entity_picker_set_placeholder (self->assoc2_picker, _("Add…"));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_text_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->description_view), focus);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_text_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);
  /* Names for screen readers where GTK 4.8 gives none (sitrep-accessible.c). */
  sitrep_accessible_name_parts (GTK_WIDGET (self));
}

GtkWidget *
sitrep_event_editor_new (GtkWindow   *parent,
                         SitrepStore *store,
                         gint64       event_id)
{
  SitrepEventEditor *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_EVENT_EDITOR,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->event_id = event_id;

  sitrep_entity_picker_set_store (self->place_picker, store, "place");
  sitrep_entity_picker_set_store (self->actor1_picker, store, "actor");
  sitrep_entity_picker_set_store (self->actor2_picker, store, "actor");
  sitrep_entity_picker_set_store (self->assoc1_picker, store, "actor");
  sitrep_entity_picker_set_store (self->assoc2_picker, store, "actor");

  g_signal_connect_swapped (store, "events-changed", G_CALLBACK (on_store_changed), self);
  g_signal_connect_swapped (store, "history-changed", G_CALLBACK (on_store_changed), self);
  /* A place found or pinned while the editor is open. */
  g_signal_connect_swapped (store, "entities-changed", G_CALLBACK (on_store_changed), self);
  load (self);

  if (sitrep_store_is_read_only (store))
    gtk_widget_set_sensitive (GTK_WIDGET (adw_window_get_content (ADW_WINDOW (self))), FALSE);

  return GTK_WIDGET (self);
}

gint64
sitrep_event_editor_get_event_id (SitrepEventEditor *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), 0);

  return self->event_id;
}

gboolean
sitrep_event_editor_set_dates (SitrepEventEditor *self,
                               const char        *start,
                               const char        *end,
                               int                precision)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), FALSE);

  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start ? start : "");
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end ? end : "");
  adw_combo_row_set_selected (self->date_prec_row, (guint) precision);
  self->loading--;
  return commit_dates (self);
}

gboolean
sitrep_event_editor_set_type (SitrepEventEditor *self,
                              const char        *event_type,
                              const char        *sub_event_type)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), FALSE);

  adw_combo_row_set_selected (self->type_row, find_string (self->types, event_type));
  if (sub_event_type != NULL)
    adw_combo_row_set_selected (self->sub_type_row, find_string (self->sub_types, sub_event_type));
  return self->event != NULL &&
         g_strcmp0 (sitrep_event_get_event_type (self->event), event_type) == 0 &&
         g_strcmp0 (sitrep_event_get_sub_event_type (self->event), sub_event_type) == 0;
}

const char *
sitrep_event_editor_get_date_error (SitrepEventEditor *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->date_error))
         ? gtk_label_get_label (self->date_error) : NULL;
}

GListModel *
sitrep_event_editor_get_sub_types (SitrepEventEditor *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), NULL);

  return G_LIST_MODEL (self->sub_types);
}

const char *
sitrep_event_editor_get_place_text (SitrepEventEditor *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), NULL);

  return adw_action_row_get_subtitle (self->place_row);
}

gboolean
sitrep_event_editor_locate_place (SitrepEventEditor *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), FALSE);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->locate_button)))
    return FALSE;
  g_signal_emit_by_name (self->locate_button, "clicked");
  return TRUE;
}

SitrepEntityPicker *
sitrep_event_editor_get_place_picker (SitrepEventEditor *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_EDITOR (self), NULL);

  return self->place_picker;
}
