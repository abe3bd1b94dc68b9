/* sitrep-reader-drag.c — widening or narrowing the selected span by dragging its start or end
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-reader"

#include "config.h"

#include "sitrep-reader-private.h"

/* How far from an edge, in pixels, the pointer may be and still take it. */
#define EDGE_SLOP 5

/* The x of the boundary before character @offset, and its line's top and
 * bottom, in buffer coordinates. The end of a span is the right side of its
 * last character: the character after it may sit on the next line. */
static void
edge_rect (SitrepReader *self,
           guint         offset,
           gboolean      is_end,
           int          *x,
           int          *top,
           int          *bottom)
{
  GtkTextIter iter;
  GdkRectangle rect;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, (int) (is_end && offset > 0 ? offset - 1 : offset));
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  *x = is_end ? rect.x + rect.width : rect.x;
  *top = rect.y;
  *bottom = rect.y + rect.height;
}

static gboolean
near_edge (SitrepReader *self,
           guint         offset,
           gboolean      is_end,
           int           bx,
           int           by)
{
  int x, top, bottom;

  edge_rect (self, offset, is_end, &x, &top, &bottom);
  return by >= top && by < bottom && ABS (bx - x) <= EDGE_SLOP;
}

/* Only the selected span has handles: a click near any span's edge must
 * still place the cursor or select words as it always has. */
static SitrepReaderSpan *
edge_at (SitrepReader *self,
         double        x,
         double        y,
         gboolean     *is_end)
{
  SitrepReaderSpan *span;
  int bx, by;

  if (!self->editable || self->store == NULL || self->show_original || self->selected_id == 0)
    return NULL;
  span = _sitrep_reader_lookup_span (self, self->selected_id);
  if (span == NULL)
    return NULL;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (near_edge (self, span->end, TRUE, bx, by))
    *is_end = TRUE;
  else if (near_edge (self, span->start, FALSE, bx, by))
    *is_end = FALSE;
  else
    return NULL;
  return span;
}

/* The character boundary nearest (@x, @y), moved out to the word's edge
 * when selections snap to words. */
static guint
boundary_at (SitrepReader *self,
             double        x,
             double        y,
             gboolean      is_end)
{
  GtkTextIter iter;
  int bx, by, trailing = 0;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_position (self->text_view, &iter, &trailing, bx, by);
  if (trailing > 0 && !gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_char (&iter);

  if (!self->snap_to_words)
    return (guint) gtk_text_iter_get_offset (&iter);

  /* Within a word, the edge takes the whole word; between words, it goes
   * to the nearer word's side. */
  if (gtk_text_iter_inside_word (&iter) && !gtk_text_iter_starts_word (&iter) && !gtk_text_iter_ends_word (&iter))
    {
      if (is_end)
        gtk_text_iter_forward_word_end (&iter);
      else
        gtk_text_iter_backward_word_start (&iter);
    }
  else if (is_end)
    {
      /* Dropped on the blank after a word: the span ends with the word. */
      GtkTextIter prev = iter;

      while (gtk_text_iter_backward_char (&prev) && g_unichar_isspace (gtk_text_iter_get_char (&prev)) &&
             gtk_text_iter_get_char (&prev) != '\n')
        iter = prev;
    }
  else
    {
      while (g_unichar_isspace (gtk_text_iter_get_char (&iter)) && gtk_text_iter_get_char (&iter) != '\n' &&
             gtk_text_iter_forward_char (&iter))
        ;
    }
  return (guint) gtk_text_iter_get_offset (&iter);
}

static void
show_extent (SitrepReader *self,
             guint         start,
             guint         end)
{
  GtkTextIter a, b;

  if (self->drag_end_at > self->drag_start_at)
    {
      _sitrep_reader_get_iters (self, self->drag_start_at, self->drag_end_at, &a, &b);
      gtk_text_buffer_remove_tag (self->buffer, self->drag_tag, &a, &b);
    }
  self->drag_start_at = start;
  self->drag_end_at = end;
  if (end > start)
    {
      _sitrep_reader_get_iters (self, start, end, &a, &b);
      gtk_text_buffer_apply_tag (self->buffer, self->drag_tag, &a, &b);
    }
}

/* The extent the span would have with its grabbed edge at (@x, @y). */
static void
extent_at (SitrepReader     *self,
           SitrepReaderSpan *span,
           double            x,
           double            y,
           guint            *start,
           guint            *end)
{
  guint at = boundary_at (self, x, y, self->drag_end);

  *start = self->drag_end ? span->start : at;
  *end = self->drag_end ? at : span->end;
}

gboolean
_sitrep_reader_is_on_edge (SitrepReader *self,
                           double        x,
                           double        y)
{
  gboolean is_end;

  return edge_at (self, x, y, &is_end) != NULL;
}

gboolean
_sitrep_reader_drag_begin (SitrepReader *self,
                           double        x,
                           double        y)
{
  SitrepReaderSpan *span = edge_at (self, x, y, &self->drag_end);

  if (span == NULL)
    return FALSE;
  self->drag_id = span->id;
  _sitrep_reader_hide_label_bar (self);
  show_extent (self, span->start, span->end);
  return TRUE;
}

void
_sitrep_reader_drag_update (SitrepReader *self,
                            double        x,
                            double        y)
{
  SitrepReaderSpan *span = self->drag_id ? _sitrep_reader_lookup_span (self, self->drag_id) : NULL;
  guint start, end;

  if (span == NULL)
    return;
  extent_at (self, span, x, y, &start, &end);
  show_extent (self, start, MAX (start, end));
}

gboolean
_sitrep_reader_drag_end (SitrepReader *self,
                         double        x,
                         double        y)
{
  SitrepReaderSpan *span = self->drag_id ? _sitrep_reader_lookup_span (self, self->drag_id) : NULL;
  g_autoptr(GError) error = NULL;
  guint start, end;
  gboolean ok;

  show_extent (self, 0, 0);
  self->drag_id = 0;
  if (span == NULL)
    return FALSE;

  extent_at (self, span, x, y, &start, &end);
  ok = _sitrep_reader_set_span_extent (self, span->id, start, end, &error);
  if (!ok)
    _sitrep_reader_show_error (self, error);
  return ok;
}

/* The gesture */

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SitrepReader   *self)
{
  /* Claimed, the text view does not start a selection under the drag. */
  if (_sitrep_reader_drag_begin (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SitrepReader   *self)
{
  double x, y;

  if (self->drag_id != 0 && gtk_gesture_drag_get_start_point (gesture, &x, &y))
    _sitrep_reader_drag_update (self, x + dx, y + dy);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             SitrepReader   *self)
{
  double x, y;

  if (self->drag_id != 0 && gtk_gesture_drag_get_start_point (gesture, &x, &y))
    _sitrep_reader_drag_end (self, x + dx, y + dy);
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                SitrepReader     *self)
{
  show_extent (self, 0, 0);
  self->drag_id = 0;
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SitrepReader             *self)
{
  gboolean on_edge = self->drag_id != 0 || _sitrep_reader_is_on_edge (self, x, y);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), on_edge ? "col-resize" : "text");
}

void
_sitrep_reader_drag_init (SitrepReader *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->drag_tag = gtk_text_buffer_create_tag (self->buffer, SITREP_READER_DRAG_TAG,
                                               "underline", PANGO_UNDERLINE_DOUBLE,
                                               "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.25 },
                                               NULL);

  self->drag_gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->drag_gesture), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->drag_gesture), GTK_PHASE_CAPTURE);
  g_signal_connect (self->drag_gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (self->drag_gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (self->drag_gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (self->drag_gesture, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (self->drag_gesture));

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), motion);
}

void
_sitrep_reader_drag_dispose (SitrepReader *self)
{
  if (self->drag_gesture != NULL)
    g_signal_handlers_disconnect_by_data (self->drag_gesture, self);
  self->drag_gesture = NULL;
  self->drag_id = 0;
}
