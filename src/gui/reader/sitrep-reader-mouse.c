/* sitrep-reader-mouse.c — labelling with the mouse: the label bar by a selection, the context menu
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-annotation-format.h"
#include "sitrep-label-bar.h"
#include "sitrep-reader-private.h"
#include "sitrep-reader-test-private.h"

static void
offer_labels_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  guint start, end;

  if (!self->editable || self->store == NULL || self->show_original ||
      !gtk_widget_get_mapped (widget) || !_sitrep_reader_get_selection (self, &start, &end))
    return;

  if (self->label_bar == NULL)
    {
      self->label_bar = sitrep_label_bar_new ("reader.label", "reader.choose-label");
      gtk_widget_set_parent (self->label_bar, widget);
      sitrep_label_bar_set_labels (SITREP_LABEL_BAR (self->label_bar), self->label_order);
    }
  /* Over the text's column (the text view less its side margins, which
   * hold the page's margins), not over the annotation panel beside it. */
  sitrep_label_bar_fit_width (SITREP_LABEL_BAR (self->label_bar),
                              gtk_widget_get_width (GTK_WIDGET (self->text_view)) -
                              gtk_text_view_get_left_margin (self->text_view) -
                              gtk_text_view_get_right_margin (self->text_view));
  _sitrep_reader_point_bar_at_selection (self, GTK_POPOVER (self->label_bar), start, end);
  gtk_popover_popup (GTK_POPOVER (self->label_bar));
}

static gboolean
offer_on_tick (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  SitrepReader *self = data;

  self->offer_tick_id = 0;
  if (gtk_text_buffer_get_has_selection (self->buffer))
    gtk_widget_activate_action (GTK_WIDGET (self), "reader.offer-labels", NULL);
  return G_SOURCE_REMOVE;
}

/* A selection made with the mouse is done when the button comes up, and
 * the text view has set it by the time the frame after the release
 * updates. The bar comes up there, in that frame, before it is laid out and
 * drawn: an idle ran only after that frame was drawn, which with a full
 * window to draw (the map, in software) took up to 700 ms, so the bar came
 * up late and the user's next click closed it as it appeared. */
void
_sitrep_reader_offer_after_release (SitrepReader *self)
{
  if (self->offer_tick_id == 0)
    self->offer_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), offer_on_tick, self, NULL);
}

static gboolean
on_text_event (GtkEventControllerLegacy *controller,
               GdkEvent                 *event,
               SitrepReader             *self)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_PRESS)
    _sitrep_reader_hide_label_bar (self);
  else if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE &&
           gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY)
    _sitrep_reader_offer_after_release (self);

  return GDK_EVENT_PROPAGATE;
}

/* The character under (@x, @y), in the text view's widget coordinates. */
static void
iter_at_point (SitrepReader *self,
               double        x,
               double        y,
               GtkTextIter  *iter)
{
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_location (self->text_view, iter, bx, by);
}

/* A triple click selects the paragraph under it (a line of the body), not
 * the text view's wrapped line on screen: New Event and the labels get the
 * whole paragraph, and without its line break, which no span may cross. */
static void
select_paragraph (SitrepReader *self,
                  double        x,
                  double        y)
{
  GtkTextIter start, end;

  iter_at_point (self, x, y, &start);
  gtk_text_iter_set_line_offset (&start, 0);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  /* The blanks at either end are not part of what the user reads. */
  while (gtk_text_iter_compare (&start, &end) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&start)))
    gtk_text_iter_forward_char (&start);
  while (gtk_text_iter_compare (&start, &end) < 0)
    {
      GtkTextIter prev = end;

      gtk_text_iter_backward_char (&prev);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&prev)))
        break;
      end = prev;
    }
  if (gtk_text_iter_equal (&start, &end))
    return;
  gtk_text_buffer_select_range (self->buffer, &end, &start);
}

/* A press in the text closes the entity chooser and goes on to the text:
 * the chooser opens by itself after a Place or Actor label, and as an
 * autohide popover it took the user's next press (to select the next
 * words) only to close, so the drag selected nothing. It is not autohide
 * (see show_entity_chooser); this closes it, without claiming the press.
 *
 * The primary button's first press inside the text selection lets the
 * selection go, so that a drag from there selects anew: the text view would
 * start dragging the selected text out (drag and drop), which from a text
 * that cannot be edited only ever lost the user's drag. Its third press
 * selects the paragraph, and is claimed, so the text view does not select
 * its wrapped line over it. */
/* How many presses of a series (a double or triple click) this press of
 * the primary button makes, by the events' own times and places. The
 * click gesture's count could not be trusted: with the presses of a triple
 * click handled together after a busy frame, it restarted at the second
 * press now and then (its "stopped" came with the second press, on the
 * same spot 60 ms after the first by the events' clock), so the third was
 * a double click and selected a word (the first-paragraph case of
 * test-gui-reader-mouse timed out 3 runs in 5). */
static guint
count_presses (SitrepReader    *self,
               GtkGestureClick *gesture,
               double           x,
               double           y)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self->text_view));
  guint32 time = gtk_event_controller_get_current_event_time (GTK_EVENT_CONTROLLER (gesture));
  int double_click_time = 400, double_click_distance = 5;

  g_object_get (settings, "gtk-double-click-time", &double_click_time,
                "gtk-double-click-distance", &double_click_distance, NULL);
  if (self->n_presses > 0 && time - self->press_time <= (guint32) double_click_time &&
      ABS (x - self->press_x) < double_click_distance && ABS (y - self->press_y) < double_click_distance)
    self->n_presses++;
  else
    {
      self->n_presses = 1;
      self->press_x = x;
      self->press_y = y;
    }
  self->press_time = time;
  return self->n_presses;
}

static void
on_text_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 SitrepReader    *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkTextIter at, a, b;
  guint n_series;

  if (self->entity_chooser != NULL && gtk_widget_get_visible (self->entity_chooser))
    gtk_popover_popdown (GTK_POPOVER (self->entity_chooser));

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY)
    {
      self->n_presses = 0;
      return;
    }
  n_series = count_presses (self, gesture, x, y);
  if ((state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0 || self->drag_id != 0)
    return;

  if (n_press == 3 || n_series == 3)
    {
      select_paragraph (self, x, y);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }
  if (n_press != 1 || n_series != 1 || !gtk_text_buffer_get_selection_bounds (self->buffer, &a, &b))
    return;
  iter_at_point (self, x, y, &at);
  if (gtk_text_iter_in_range (&at, &a, &b))
    gtk_text_buffer_place_cursor (self->buffer, &at);
}

static void
on_scrolled (GtkAdjustment *adjustment,
             SitrepReader  *self)
{
  /* The bar points at where the words were. */
  _sitrep_reader_hide_label_bar (self);
}

static void
append_extent_item (GMenu      *menu,
                    const char *label,
                    const char *action,
                    int         delta)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int32 (delta));
  g_menu_append_item (menu, item);
}

static GMenu *
build_extra_menu (SitrepReader *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) labelling = g_menu_new ();
  g_autoptr(GMenu) annotation = g_menu_new ();
  g_autoptr(GMenu) extent = g_menu_new ();

  self->label_menu = g_menu_new ();
  g_menu_append_submenu (labelling, _("_Label As"), G_MENU_MODEL (self->label_menu));
  g_menu_append (labelling, _("Find a La_bel…"), "reader.choose-label");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (labelling));

  append_extent_item (extent, _("Widen at the _Start"), "reader.move-start", -1);
  append_extent_item (extent, _("Narrow at the S_tart"), "reader.move-start", 1);
  append_extent_item (extent, _("Widen at the _End"), "reader.move-end", 1);
  append_extent_item (extent, _("Narrow at the E_nd"), "reader.move-end", -1);
  g_menu_append (annotation, _("Link to _Entity…"), "reader.link-entity");
  g_menu_append_submenu (annotation, _("Change E_xtent"), G_MENU_MODEL (extent));
  g_menu_append (annotation, _("_Delete Annotation"), "reader.delete-annotation");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (annotation));

  return menu;
}

void
_sitrep_reader_update_label_menus (SitrepReader *self)
{
  if (self->label_menu != NULL)
    {
      g_menu_remove_all (self->label_menu);
      for (guint i = 0; i < self->label_order->len; i++)
        {
          SitrepLabel *label = g_ptr_array_index (self->label_order, i);
          g_autoptr(GMenuItem) item = g_menu_item_new (sitrep_label_get_display_name (label), NULL);

          g_menu_item_set_action_and_target_value (item, "reader.label",
                                                   g_variant_new_int64 (sitrep_label_get_id (label)));
          g_menu_append_item (self->label_menu, item);
        }
    }
  if (self->label_bar != NULL)
    sitrep_label_bar_set_labels (SITREP_LABEL_BAR (self->label_bar), self->label_order);
}

void
_sitrep_reader_update_actions (SitrepReader *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  SitrepReaderSpan *span = self->selected_id ? _sitrep_reader_lookup_span (self, self->selected_id) : NULL;
  SitrepReaderLabel *l = span ? _sitrep_reader_lookup_label (self, span->label_id) : NULL;
  gboolean can = self->editable && self->store != NULL && self->article != NULL && !self->show_original;
  gboolean text = gtk_text_buffer_get_has_selection (self->buffer);

  gtk_widget_action_set_enabled (widget, "reader.label", can && (text || span != NULL));
  gtk_widget_action_set_enabled (widget, "reader.choose-label", can && (text || span != NULL));
  gtk_widget_action_set_enabled (widget, "reader.offer-labels", can && text);
  gtk_widget_action_set_enabled (widget, "reader.delete-annotation", can && span != NULL);
  gtk_widget_action_set_enabled (widget, "reader.link-entity",
                                 can && l != NULL && sitrep_label_kind_is_entity (sitrep_label_get_kind (l->label)));
  gtk_widget_action_set_enabled (widget, "reader.move-start", can && span != NULL && !text);
  gtk_widget_action_set_enabled (widget, "reader.move-end", can && span != NULL && !text);
}

void
_sitrep_reader_hide_label_bar (SitrepReader *self)
{
  if (self->label_bar != NULL && gtk_widget_get_visible (self->label_bar))
    gtk_popover_popdown (GTK_POPOVER (self->label_bar));
}

GtkWidget *
_sitrep_reader_get_label_bar (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  return self->label_bar;
}

static void
hide_label_bar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  _sitrep_reader_hide_label_bar (SITREP_READER (widget));
}

void
_sitrep_reader_mouse_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reader.offer-labels", NULL, offer_labels_action);
  /* For whoever takes the selection elsewhere (New Event): the bar's offer is over. */
  gtk_widget_class_install_action (widget_class, "reader.hide-label-bar", NULL, hide_label_bar_action);
}

void
_sitrep_reader_mouse_init (SitrepReader *self)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();
  GtkEventController *press;

  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_text_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), legacy);

  press = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), 0);
  gtk_event_controller_set_propagation_phase (press, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (press, "reader-press-closes-chooser");
  g_signal_connect (press, "pressed", G_CALLBACK (on_text_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), press);

  g_signal_connect (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                    G_CALLBACK (on_scrolled), self);

  self->extra_menu = build_extra_menu (self);
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (self->extra_menu));
  _sitrep_reader_update_actions (self);
}

void
_sitrep_reader_mouse_dispose (SitrepReader *self)
{
  if (self->offer_tick_id != 0 && self->text_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->offer_tick_id);
  self->offer_tick_id = 0;
  g_clear_pointer (&self->label_bar, gtk_widget_unparent);
  if (self->text_view != NULL)
    gtk_text_view_set_extra_menu (self->text_view, NULL);
  g_clear_object (&self->extra_menu);
  g_clear_object (&self->label_menu);
}
