/* sitrep-reader-labelling.c — labelling in the reader: keys, popovers, actions
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-annotation-format.h"
#include "sitrep-date-attributes.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-label-popover.h"
#include "sitrep-reader-private.h"

/* Labelling */

static const char *
label_kind (SitrepReader *self,
            gint64        label_id)
{
  SitrepReaderLabel *l = _sitrep_reader_lookup_label (self, label_id);

  return l ? sitrep_label_get_kind (l->label) : NULL;
}

/* A popover over the text stays over the text's column, in view: GTK
 * centres it on the words and keeps it in the window only, so by words at
 * the column's edge it stuck out over the annotation panel or the margin.
 * It moves along the line (the arrow still points at the words). */
static void
keep_in_column (SitrepReader       *self,
                GtkPopover         *popover,
                const GdkRectangle *at)
{
  GtkWidget *child = gtk_popover_get_child (popover);
  GtkWidget *contents = child != NULL ? gtk_widget_get_parent (child) : NULL;
  graphene_rect_t column;
  double left, right, centre, lo, hi, target;
  int natural = 0;

  gtk_popover_set_offset (popover, 0, 0);
  if (contents == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (self->text_view), GTK_WIDGET (self), &column))
    return;
  /* The popover measures nothing while hidden: its contents box is what the
   * user sees of it (the rest is its shadow). */
  gtk_widget_measure (contents, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  left = MAX (column.origin.x + gtk_text_view_get_left_margin (self->text_view), 0);
  right = MIN (column.origin.x + column.size.width - gtk_text_view_get_right_margin (self->text_view),
               gtk_widget_get_width (GTK_WIDGET (self)));
  centre = at->x + at->width / 2.0;
  lo = left + natural / 2.0;
  hi = right - natural / 2.0;
  target = lo > hi ? (left + right) / 2.0 : CLAMP (centre, lo, hi);
  gtk_popover_set_offset (popover, (int) (target - centre + (target > centre ? 0.5 : -0.5)), 0);
}

/* A popover points at words in sight: a selection or span scrolled out of
 * the text view (a triple-clicked paragraph longer than the view, words
 * chosen from the panel) is pointed at the view's edge nearest it. Pointed
 * under or over the window, the popover was put off the screen, and GTK's
 * X11 backend, finding no monitor there, logged a critical
 * (GDK_IS_MONITOR). */
static void
keep_in_view (SitrepReader *self,
              GdkRectangle *rect)
{
  graphene_rect_t view;
  int top, bottom;

  if (!gtk_widget_compute_bounds (GTK_WIDGET (self->text_view), GTK_WIDGET (self), &view))
    return;
  top = (int) view.origin.y;
  bottom = (int) (view.origin.y + view.size.height);
  if (bottom - top < 2)
    return;
  rect->height = CLAMP (rect->height, 1, bottom - top);
  rect->y = CLAMP (rect->y, top, bottom - rect->height);
}

void
_sitrep_reader_point_popover_at_span (SitrepReader *self,
                                      GtkPopover   *popover,
                                      guint         start,
                                      guint         end)
{
  GtkTextIter a, b;
  GdkRectangle ra, rb;
  graphene_point_t p_view, p_self;
  GdkRectangle rect;
  int wx, wy;

  _sitrep_reader_get_iters (self, start, end, &a, &b);
  gtk_text_view_get_iter_location (self->text_view, &a, &ra);
  gtk_text_view_get_iter_location (self->text_view, &b, &rb);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         ra.x, ra.y, &wx, &wy);
  p_view = GRAPHENE_POINT_INIT (wx, wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self), &p_view, &p_self))
    p_self = GRAPHENE_POINT_INIT (0, 0);

  rect = (GdkRectangle) { (int) p_self.x, (int) p_self.y, ra.y == rb.y ? MAX (rb.x - ra.x, 1) : 1, MAX (ra.height, 1) };
  keep_in_view (self, &rect);
  gtk_popover_set_pointing_to (popover, &rect);
  keep_in_column (self, popover, &rect);
}

/* Where the text view's buffer rectangle @r is, in the reader's coordinates. */
static GdkRectangle
rect_in_reader (SitrepReader *self,
                int           x,
                int           y,
                int           width,
                int           height)
{
  graphene_point_t p_view, p_self;
  int wx, wy;

  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &wx, &wy);
  p_view = GRAPHENE_POINT_INIT (wx, wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self), &p_view, &p_self))
    p_self = GRAPHENE_POINT_INIT (0, 0);
  return (GdkRectangle) { (int) p_self.x, (int) p_self.y, MAX (width, 1), MAX (height, 1) };
}

/* The label bar by the selection [@start, @end): under its last line, where
 * the pointer is after a drag, so that the selected words and the line
 * above them stay in sight (over the first line, it covered the line
 * before the selection, often what the label depends on). Where the window
 * has no room for it under the selection, it goes over the first line, one
 * line higher: clear of the line above as well. */
void
_sitrep_reader_point_bar_at_selection (SitrepReader *self,
                                       GtkPopover   *bar,
                                       guint         start,
                                       guint         end)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *child = gtk_popover_get_child (bar);
  GtkTextIter a, b, last, line;
  GdkRectangle ra, rb, rl, rect;
  graphene_point_t bottom;
  int bar_height = 0, above_y, above_height;

  _sitrep_reader_get_iters (self, start, end, &a, &b);
  last = b;
  if (gtk_text_iter_compare (&a, &b) < 0)
    gtk_text_iter_backward_char (&last);
  gtk_text_view_get_iter_location (self->text_view, &a, &ra);
  gtk_text_view_get_iter_location (self->text_view, &last, &rb);
  /* The selected part of the last line on screen. */
  line = last;
  if (ra.y == rb.y)
    rl = ra;
  else
    {
      if (!gtk_text_view_starts_display_line (self->text_view, &line))
        gtk_text_view_backward_display_line_start (self->text_view, &line);
      gtk_text_view_get_iter_location (self->text_view, &line, &rl);
    }
  rect = rect_in_reader (self, rl.x, rb.y, rb.x + rb.width - rl.x, rb.height);
  keep_in_view (self, &rect);

  if (child != NULL)
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &bar_height, NULL, NULL);
  /* The bar's padding and arrow, about a line. */
  bar_height += rb.height + 12;
  if (root != NULL &&
      gtk_widget_compute_point (GTK_WIDGET (self), root,
                                &GRAPHENE_POINT_INIT (0, rect.y + rect.height), &bottom) &&
      bottom.y + bar_height <= gtk_widget_get_height (root))
    gtk_popover_set_position (bar, GTK_POS_BOTTOM);
  else
    {
      /* Over the first line, and over the line above it when there is one. */
      line = a;
      above_y = ra.y;
      above_height = ra.height;
      if (gtk_text_view_backward_display_line (self->text_view, &line))
        {
          gtk_text_view_get_line_yrange (self->text_view, &line, &above_y, &above_height);
          above_height = ra.y + ra.height - above_y;
        }
      rect = rect_in_reader (self, ra.x, above_y, ra.y == rb.y ? rb.x + rb.width - ra.x : 1, above_height);
      keep_in_view (self, &rect);
      gtk_popover_set_position (bar, GTK_POS_TOP);
    }
  gtk_popover_set_pointing_to (bar, &rect);
  keep_in_column (self, bar, &rect);
}

/* A popover of the reader closed (Escape, a choice, a click elsewhere): the
 * keys go back to the text, unless the user put them somewhere else. Left
 * in the hidden popover's search field, the first Ctrl+Z after Escape was
 * the field's own Undo, and the edit was not taken back. */
static void
on_popover_closed (GtkPopover   *popover,
                   SitrepReader *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_get_mapped (focus) || focus == GTK_WIDGET (popover) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)))
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* The chooser is not autohide (a press in the text must reach the text), so
 * it closes itself when the user puts the keys elsewhere in the window: a
 * click on the annotation panel, the article list, a header button. A
 * dialog over the window (the window no longer active) is not that. */
static void
on_focus_widget_changed (GtkWindow    *window,
                         GParamSpec   *pspec,
                         SitrepReader *self)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  if (self->entity_chooser == NULL || !gtk_widget_get_visible (self->entity_chooser) ||
      focus == NULL || !gtk_window_is_active (window) ||
      focus == self->entity_chooser || gtk_widget_is_ancestor (focus, self->entity_chooser))
    return;
  gtk_popover_popdown (GTK_POPOVER (self->entity_chooser));
}

static void
show_entity_chooser (SitrepReader *self,
                     gint64        annotation_id)
{
  g_autoptr(SitrepAnnotation) annotation = NULL;
  SitrepReaderSpan *span = _sitrep_reader_lookup_span (self, annotation_id);
  const char *kind;

  if (span == NULL || self->store == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  kind = label_kind (self, span->label_id);
  if (!sitrep_label_kind_is_entity (kind))
    return;

  annotation = sitrep_store_get_annotation (self->store, annotation_id, NULL);
  if (annotation == NULL)
    return;

  if (self->entity_chooser == NULL)
    {
      self->entity_chooser = sitrep_entity_chooser_new ();
      gtk_widget_set_parent (self->entity_chooser, GTK_WIDGET (self));
      /* It opens by itself after a label: offered, not imposed. The user's
       * next press in the text closes it and selects (sitrep-reader-mouse.c);
       * the search field still takes the keys, Escape closes it. */
      gtk_popover_set_autohide (GTK_POPOVER (self->entity_chooser), FALSE);
      if (GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
        g_signal_connect_object (gtk_widget_get_root (GTK_WIDGET (self)), "notify::focus-widget",
                                 G_CALLBACK (on_focus_widget_changed), self, 0);
      g_signal_connect (self->entity_chooser, "closed", G_CALLBACK (on_popover_closed), self);
    }
  sitrep_entity_chooser_set_annotation (SITREP_ENTITY_CHOOSER (self->entity_chooser),
                                        self->store, annotation, kind);
  _sitrep_reader_point_popover_at_span (self, GTK_POPOVER (self->entity_chooser), span->start, span->end);
  gtk_popover_popup (GTK_POPOVER (self->entity_chooser));
}

static gboolean
show_chooser_in_idle (gpointer data)
{
  SitrepReader *self = data;

  self->chooser_idle_id = 0;
  if (self->chooser_id != 0 && self->chooser_id == self->selected_id)
    show_entity_chooser (self, self->chooser_id);
  self->chooser_id = 0;
  return G_SOURCE_REMOVE;
}

void
_sitrep_reader_show_error (SitrepReader *self,
                           const GError *error)
{
  if (error == NULL)
    return;
  g_free (self->edit_error);
  self->edit_error = g_strdup (error->message);
  _sitrep_reader_show_message (self, error->message, FALSE);
}

/* An edit went through: the error of an earlier try no longer holds ("The
 * annotation cannot be narrowed further" after the user widened it). */
static void
withdraw_edit_error (SitrepReader *self)
{
  g_autofree char *text = g_steal_pointer (&self->edit_error);

  if (text != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.withdraw-message", "s", text);
}

static void
on_label_chosen (SitrepLabelPopover *popover,
                 gint64              label_id,
                 SitrepReader       *self)
{
  g_autoptr(GError) error = NULL;

  if (sitrep_reader_apply_label (self, label_id, &error) == 0)
    _sitrep_reader_show_error (self, error);
}

/* A span never runs from one paragraph into the next: a figure or a name
 * does not, and a stray click must not make one that does. */
static gboolean
check_one_paragraph (const char  *text,
                     GError     **error)
{
  if (text == NULL || strchr (text, '\n') == NULL)
    return TRUE;
  g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                       _("A label cannot run across a paragraph break. Select words within one paragraph."));
  return FALSE;
}

static gboolean
is_edge (const GtkTextIter *iter)
{
  gunichar c = gtk_text_iter_get_char (iter);

  return c == 0 || g_unichar_isspace (c) || (g_unichar_ispunct (c) && c != '%');
}

/* Where the end of a span goes when moved by one step: by whole words when
 * selections snap to words, else by one character. */
static void
step_end (SitrepReader *self,
          GtkTextIter  *end,
          int           delta)
{
  if (!self->snap_to_words)
    {
      if (delta > 0)
        gtk_text_iter_forward_char (end);
      else
        gtk_text_iter_backward_char (end);
      return;
    }

  if (delta > 0)
    {
      gtk_text_iter_forward_word_end (end);
      return;
    }

  /* Back over the last word, then over the blanks and punctuation before it. */
  gtk_text_iter_backward_word_start (end);
  while (!gtk_text_iter_is_start (end))
    {
      GtkTextIter prev = *end;

      gtk_text_iter_backward_char (&prev);
      if (!is_edge (&prev))
        break;
      *end = prev;
    }
}

static void
step_start (SitrepReader *self,
            GtkTextIter  *start,
            int           delta)
{
  if (!self->snap_to_words)
    {
      if (delta > 0)
        gtk_text_iter_forward_char (start);
      else
        gtk_text_iter_backward_char (start);
      return;
    }

  if (delta < 0)
    {
      gtk_text_iter_backward_word_start (start);
      return;
    }

  /* Past the first word, then past what separates it from the next. */
  gtk_text_iter_forward_word_end (start);
  while (!gtk_text_iter_is_end (start) && is_edge (start))
    gtk_text_iter_forward_char (start);
}

/* The reading a label of @kind takes from @text: a date resolved against the
 * article's publication date ("on Saturday"), a figure, or nothing. */
static char *
derived_attributes (SitrepReader *self,
                    const char   *kind,
                    const char   *text)
{
  if (g_strcmp0 (kind, "date") == 0)
    return sitrep_date_attributes_for_span (self->store, sitrep_article_get_id (self->article), text);
  return sitrep_annotation_dup_default_attributes (kind, text);
}

static gboolean
same_attributes (const char *a,
                 const char *b)
{
  gboolean empty_a = a == NULL || *a == '\0' || strcmp (a, "{}") == 0;
  gboolean empty_b = b == NULL || *b == '\0' || strcmp (b, "{}") == 0;

  return (empty_a && empty_b) || g_strcmp0 (a, b) == 0;
}

/* After a span's words change: a reading nobody changed by hand follows the
 * new words ("October 13 bus" narrowed to "October 13" reads the date). */
static gboolean
follow_reading (SitrepReader *self,
                gint64        id,
                const char   *kind,
                const char   *old_text,
                const char   *old_attributes,
                const char   *new_text,
                GError      **error)
{
  g_autofree char *was = derived_attributes (self, kind, old_text);
  g_autofree char *now = derived_attributes (self, kind, new_text);

  if (!same_attributes (old_attributes, was) || same_attributes (was, now))
    return TRUE;
  return sitrep_store_set_annotation_attributes (self->store, id, now, error);
}

gboolean
_sitrep_reader_set_span_extent (SitrepReader  *self,
                                gint64         id,
                                guint          start,
                                guint          end,
                                GError       **error)
{
  SitrepReaderSpan *span = _sitrep_reader_lookup_span (self, id);
  g_autoptr(SitrepAnnotation) before = NULL;
  g_autofree char *text = NULL;
  const char *kind;
  GtkTextIter a, b;
  guint old_start, old_end;
  gboolean moved, ok;

  if (!self->editable || self->store == NULL || span == NULL)
    return TRUE;
  if (start == span->start && end == span->end)
    return TRUE;
  if (start >= end)
    {
      g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                           _("The annotation cannot be narrowed further. Delete it to remove it."));
      return FALSE;
    }

  _sitrep_reader_get_iters (self, start, end, &a, &b);
  text = gtk_text_buffer_get_text (self->buffer, &a, &b, FALSE);
  if (!check_one_paragraph (text, error))
    return FALSE;

  before = sitrep_store_get_annotation (self->store, span->id, NULL);
  kind = label_kind (self, span->label_id);
  self->own_edit = TRUE;
  sitrep_store_begin_group (self->store, _("Change the extent of an annotation"));
  moved = sitrep_store_set_annotation_span (self->store, span->id, start, end, error);
  ok = moved && (before == NULL ||
                 follow_reading (self, span->id, kind, sitrep_annotation_get_text (before),
                                 sitrep_annotation_get_attributes (before), text, error));
  sitrep_store_end_group (self->store);
  self->own_edit = FALSE;
  /* Moved but not re-read: the reader shows the new extent, the caller the error. */
  if (!moved)
    return FALSE;

  old_start = span->start;
  old_end = span->end;
  span->start = start;
  span->end = end;
  _sitrep_reader_repaint_range (self, MIN (start, old_start), MAX (end, old_end));
  _sitrep_reader_paint_selected (self);
  if (ok)
    withdraw_edit_error (self);
  return ok;
}

static gboolean
resize_span (SitrepReader *self,
             int           start_delta,
             int           end_delta,
             GError      **error)
{
  SitrepReaderSpan *span = self->selected_id ? _sitrep_reader_lookup_span (self, self->selected_id) : NULL;
  GtkTextIter a, b;

  if (!self->editable || self->store == NULL || span == NULL)
    return TRUE;

  _sitrep_reader_get_iters (self, span->start, span->end, &a, &b);
  if (start_delta != 0)
    step_start (self, &a, start_delta);
  if (end_delta != 0)
    step_end (self, &b, end_delta);

  return _sitrep_reader_set_span_extent (self, span->id, (guint) gtk_text_iter_get_offset (&a),
                                         (guint) gtk_text_iter_get_offset (&b), error);
}

static void
move_span_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  g_autoptr(GError) error = NULL;
  int delta = g_variant_get_int32 (param) < 0 ? -1 : 1;
  gboolean ok;

  if (g_str_equal (action_name, "reader.move-start"))
    ok = resize_span (self, delta, 0, &error);
  else
    ok = resize_span (self, 0, delta, &error);
  if (!ok)
    _sitrep_reader_show_error (self, error);
}

static gboolean
has_target (SitrepReader *self)
{
  return self->selected_id != 0 || gtk_text_buffer_get_has_selection (self->buffer);
}

static void
choose_label_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  SitrepReaderSpan *span = self->selected_id ? _sitrep_reader_lookup_span (self, self->selected_id) : NULL;
  guint start = 0, end = 0;

  if (!self->editable || self->store == NULL || !has_target (self))
    return;

  if (self->label_popover == NULL)
    {
      self->label_popover = sitrep_label_popover_new ();
      gtk_widget_set_parent (self->label_popover, GTK_WIDGET (self));
      g_signal_connect (self->label_popover, "chosen", G_CALLBACK (on_label_chosen), self);
      g_signal_connect (self->label_popover, "closed", G_CALLBACK (on_popover_closed), self);
    }

  sitrep_label_popover_set_labels (SITREP_LABEL_POPOVER (self->label_popover), self->label_order,
                                   span ? span->label_id : 0);
  if (!_sitrep_reader_get_selection (self, &start, &end) && span != NULL)
    {
      start = span->start;
      end = span->end;
    }
  _sitrep_reader_point_popover_at_span (self, GTK_POPOVER (self->label_popover), start, end);
  gtk_popover_popup (GTK_POPOVER (self->label_popover));
}

static void
label_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  on_label_chosen (NULL, g_variant_get_int64 (param), SITREP_READER (widget));
}

static gint64
label_for_key (SitrepReader *self,
               const char   *key)
{
  for (guint i = 0; i < self->label_order->len; i++)
    {
      SitrepLabel *label = g_ptr_array_index (self->label_order, i);

      if (g_strcmp0 (sitrep_label_get_shortcut (label), key) == 0)
        return sitrep_label_get_id (label);
    }

  return 0;
}

static void
label_key_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  gint64 label_id = label_for_key (self, g_variant_get_string (param, NULL));

  if (label_id != 0)
    on_label_chosen (NULL, label_id, self);
}

static void
delete_annotation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  g_autoptr(GError) error = NULL;
  SitrepReaderSpan *span;
  gint64 id = self->selected_id;
  guint start, end;

  if (!self->editable || self->store == NULL || id == 0 || (span = _sitrep_reader_lookup_span (self, id)) == NULL)
    return;

  start = span->start;
  end = span->end;
  self->own_edit = TRUE;
  if (!sitrep_store_delete_annotation (self->store, id, &error))
    {
      self->own_edit = FALSE;
      _sitrep_reader_show_message (self, error->message, FALSE);
      return;
    }
  self->own_edit = FALSE;

  g_hash_table_remove (self->spans, &id);
  self->selected_id = 0;
  _sitrep_reader_repaint_range (self, start, end);
  _sitrep_reader_paint_selected (self);
  _sitrep_reader_notify_selected (self);

  withdraw_edit_error (self);
  _sitrep_reader_show_message (self, _("Annotation deleted"), TRUE);
}

static void
link_entity_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);

  show_entity_chooser (self, self->selected_id);
}

static void
deselect_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);

  _sitrep_reader_clear_text_selection (self);
  sitrep_reader_select_annotation (self, 0, FALSE);
}

/* Whether the span's paragraph runs right to left, where the Left key
 * points forward in the text. */
static gboolean
span_reads_rtl (SitrepReader *self)
{
  SitrepReaderSpan *span = _sitrep_reader_lookup_span (self, self->selected_id);
  GtkTextIter iter;

  if (span == NULL)
    return FALSE;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, (int) span->start);
  return gtk_text_iter_has_tag (&iter, self->rtl_tag);
}

/* Moves the selected span's start (@start) or end by a word toward the
 * right of the screen (@direction 1) or its left (-1), as Shift+Right and
 * Shift+Left (with Ctrl, the start) do on the span in the text or on its row
 * in the annotation panel. In a right-to-left paragraph that follows what
 * the eye sees: the left moves the end on. */
static void
move_edge_on_screen_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  gboolean start;
  int direction;

  g_variant_get (param, "(bi)", &start, &direction);
  direction = direction < 0 ? -1 : 1;
  if (self->selected_id == 0)
    return;
  /* Asked from the span's row in the annotation panel: the span is what
   * the keys act on, not words selected in the text before. */
  _sitrep_reader_clear_text_selection (self);
  _sitrep_reader_update_actions (self);
  if (span_reads_rtl (self))
    direction = -direction;
  gtk_widget_activate_action (widget, start ? "reader.move-start" : "reader.move-end", "i", direction);
}

/* Shift+Right and Shift+Left move a selected span's end by a word;
 * with Ctrl its start. A text selection keeps the keys' usual meaning. */
static gboolean
handle_resize_key (SitrepReader    *self,
                   guint            keyval,
                   GdkModifierType  state)
{
  int direction;

  if ((state & GDK_SHIFT_MASK) == 0 || (state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      self->selected_id == 0 || gtk_text_buffer_get_has_selection (self->buffer))
    return FALSE;

  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    direction = 1;
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    direction = -1;
  else
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "reader.move-edge-on-screen", "(bi)",
                              (state & GDK_CONTROL_MASK) != 0, direction);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SitrepReader          *self)
{
  gunichar c;
  char key[8] = { 0 };
  gint64 label_id;

  /* A button of the page's header (inside the text view) has the focus:
   * Enter presses it, letters are not label keys. */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self->text_view)) != NULL)
    return FALSE;
  if (handle_resize_key (self, keyval, state))
    return TRUE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!has_target (self))
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "reader.choose-label", NULL);
      return TRUE;

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (self->selected_id == 0)
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "reader.delete-annotation", NULL);
      return TRUE;

    case GDK_KEY_Escape:
      /* The first Escape closes the label bar and keeps the selection (New
       * Event takes it); the next one lets the selection go. */
      if (self->label_bar != NULL && gtk_widget_get_visible (self->label_bar))
        {
          _sitrep_reader_hide_label_bar (self);
          return TRUE;
        }
      if (!has_target (self))
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "reader.deselect", NULL);
      return TRUE;

    default:
      break;
    }

  c = g_unichar_tolower (gdk_keyval_to_unicode (keyval));
  if (c == 0 || !has_target (self))
    return FALSE;
  g_unichar_to_utf8 (c, key);
  label_id = label_for_key (self, key);
  if (label_id == 0)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "reader.label", "x", label_id);
  return TRUE;
}

void
_sitrep_reader_labelling_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reader.label", "x", label_action);
  gtk_widget_class_install_action (widget_class, "reader.label-key", "s", label_key_action);
  gtk_widget_class_install_action (widget_class, "reader.choose-label", NULL, choose_label_action);
  gtk_widget_class_install_action (widget_class, "reader.delete-annotation", NULL,
                                   delete_annotation_action);
  gtk_widget_class_install_action (widget_class, "reader.link-entity", NULL, link_entity_action);
  gtk_widget_class_install_action (widget_class, "reader.deselect", NULL, deselect_action);
  /* Shift+arrows on a selected span; +1 widens at the end or narrows at the start. */
  gtk_widget_class_install_action (widget_class, "reader.move-start", "i", move_span_action);
  gtk_widget_class_install_action (widget_class, "reader.move-end", "i", move_span_action);
  /* The same from the keys' point of view: (start or end, +1 right or -1 left). */
  gtk_widget_class_install_action (widget_class, "reader.move-edge-on-screen", "(bi)",
                                   move_edge_on_screen_action);
}

void
_sitrep_reader_labelling_init (SitrepReader *self)
{
  GtkEventController *keys;

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
}

void
_sitrep_reader_labelling_dispose (SitrepReader *self)
{
  g_clear_handle_id (&self->chooser_idle_id, g_source_remove);
  g_clear_pointer (&self->edit_error, g_free);
  g_clear_pointer (&self->label_popover, gtk_widget_unparent);
  g_clear_pointer (&self->entity_chooser, gtk_widget_unparent);
}

/* A new Actor, Person or Claimant span whose words name an entity of that
 * kind the project knows (its names and aliases, normalised as the
 * entities' are) is linked to it in the label's undo step, and the window
 * tells which, with Change… (win.tell-linked). A place span is left to the
 * map, which links and places it (sitrep-window-places.c). Returns whether
 * the span was linked. */
static gboolean
link_known_entity (SitrepReader *self,
                   gint64        id,
                   const char   *label_kind)
{
  g_autoptr(GError) error = NULL;
  const char *kind = sitrep_label_kind_entity_kind (label_kind);
  gint64 entity_id;

  if (kind == NULL || g_strcmp0 (kind, "place") == 0)
    return FALSE;

  self->own_edit = TRUE;
  sitrep_store_join_last_group (self->store, _("Link to entity"));
  entity_id = sitrep_store_link_known_mention (self->store, id, kind, &error);
  sitrep_store_end_group (self->store);
  self->own_edit = FALSE;
  if (entity_id == 0)
    {
      _sitrep_reader_show_error (self, error);
      return FALSE;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.tell-linked", "(xx)", id, entity_id);
  return TRUE;
}

/* A span relabelled to another kind of entity (an Actor made a Person, a
 * Place an Actor) no longer names the entity it was linked to: the link
 * goes, and a known entity of the new kind is linked, in the relabel's
 * undo step. */
static void
relink_relabelled (SitrepReader *self,
                   gint64        id,
                   const char   *old_label_kind,
                   const char   *new_label_kind)
{
  g_autoptr(SitrepAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (sitrep_label_kind_entity_kind (old_label_kind), sitrep_label_kind_entity_kind (new_label_kind)) == 0)
    return;
  annotation = sitrep_store_get_annotation (self->store, id, NULL);
  if (annotation != NULL && sitrep_annotation_get_entity_id (annotation) != 0)
    {
      gboolean ok;

      self->own_edit = TRUE;
      sitrep_store_join_last_group (self->store, _("Unlink entity"));
      ok = sitrep_store_set_annotation_entity (self->store, id, 0, &error);
      sitrep_store_end_group (self->store);
      self->own_edit = FALSE;
      if (!ok)
        {
          _sitrep_reader_show_error (self, error);
          return;
        }
    }
  link_known_entity (self, id, new_label_kind);
}

/* Public API */

gint64
sitrep_reader_apply_label (SitrepReader *self,
                           gint64        label_id,
                           GError      **error)
{
  SitrepReaderSpan *span;
  SitrepReaderLabel *l;
  const char *kind;
  guint start, end;
  gint64 id;

  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  if (!self->editable || self->store == NULL || self->article == NULL || self->show_original)
    return 0;
  l = _sitrep_reader_lookup_label (self, label_id);
  if (l == NULL)
    return 0;
  kind = sitrep_label_get_kind (l->label);

  /* The first span of a session asks who is annotating, then is made. */
  if (_sitrep_reader_request_annotator (self, label_id))
    return 0;

  /* A selected annotation and no new text selection: change its label. */
  if (!_sitrep_reader_get_selection (self, &start, &end))
    {
      span = self->selected_id ? _sitrep_reader_lookup_span (self, self->selected_id) : NULL;
      if (span == NULL || span->label_id == label_id)
        return span ? span->id : 0;

      self->own_edit = TRUE;
      if (!sitrep_store_set_annotation_label (self->store, span->id, label_id, error))
        {
          self->own_edit = FALSE;
          return 0;
        }
      self->own_edit = FALSE;
      relink_relabelled (self, span->id, label_kind (self, span->label_id), kind);
      span->label_id = label_id;
      _sitrep_reader_repaint_range (self, span->start, span->end);
      _sitrep_reader_paint_selected (self);
      withdraw_edit_error (self);
      return span->id;
    }

  {
    g_autofree char *attributes = NULL;
    g_autofree char *text = NULL;
    GtkTextIter a, b;

    _sitrep_reader_get_iters (self, start, end, &a, &b);
    text = gtk_text_buffer_get_text (self->buffer, &a, &b, FALSE);
    if (!check_one_paragraph (text, error))
      return 0;
    attributes = derived_attributes (self, kind, text);

    self->own_edit = TRUE;
    id = sitrep_store_add_annotation (self->store, sitrep_article_get_id (self->article),
                                      label_id, start, end, self->annotator_id, 0,
                                      attributes, error);
    self->own_edit = FALSE;
    if (id == 0)
      return 0;
  }

  span = g_new0 (SitrepReaderSpan, 1);
  span->id = id;
  span->label_id = label_id;
  span->start = start;
  span->end = end;
  g_hash_table_replace (self->spans, &span->id, span);

  _sitrep_reader_clear_text_selection (self);
  _sitrep_reader_hide_label_bar (self);
  self->selected_id = id;
  _sitrep_reader_repaint_range (self, start, end);
  _sitrep_reader_paint_selected (self);
  _sitrep_reader_notify_selected (self);
  withdraw_edit_error (self);

  /* A name the project knows is linked with the label; otherwise offer
   * the entities this name may be (Jassim → Jasim) once the highlight is
   * on screen. */
  if (link_known_entity (self, id, kind))
    ;
  else if (sitrep_label_kind_is_entity (kind))
    {
      self->chooser_id = id;
      if (self->chooser_idle_id == 0)
        self->chooser_idle_id = g_idle_add_full (G_PRIORITY_LOW, show_chooser_in_idle, self, NULL);
    }

  return id;
}

