/* sitrep-reader-annotations.c — labelled spans in the reader: tags, painting, selection
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-reader-private.h"

/* Beyond this many changes at once, re-tagging everything is cheaper. */
#define MAX_INCREMENTAL 200

static void
span_free (gpointer data)
{
  g_free (data);
}

static void
label_free (gpointer data)
{
  SitrepReaderLabel *l = data;

  g_clear_object (&l->label);
  g_free (l);
}

SitrepReaderLabel *
_sitrep_reader_lookup_label (SitrepReader *self,
                             gint64        label_id)
{
  return g_hash_table_lookup (self->labels, &label_id);
}

SitrepReaderSpan *
_sitrep_reader_lookup_span (SitrepReader *self,
                            gint64        id)
{
  return g_hash_table_lookup (self->spans, &id);
}

void
_sitrep_reader_get_iters (SitrepReader *self,
                          guint         start,
                          guint         end,
                          GtkTextIter  *a,
                          GtkTextIter  *b)
{
  gtk_text_buffer_get_iter_at_offset (self->buffer, a, (int) MIN (start, self->n_chars));
  gtk_text_buffer_get_iter_at_offset (self->buffer, b, (int) MIN (end, self->n_chars));
}

/* Labels and their tags */

static void
remove_label_tags (SitrepReader *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->labels);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderLabel *l = value;

      gtk_text_tag_table_remove (table, l->tag);
      gtk_text_tag_table_remove (table, l->inner_tag);
    }
  g_hash_table_remove_all (self->labels);
  g_ptr_array_set_size (self->label_order, 0);
  _sitrep_reader_update_label_menus (self);
}

static void
load_labels (SitrepReader *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GPtrArray) inner = g_ptr_array_new ();
  int size;

  remove_label_tags (self);
  if (self->store == NULL)
    return;

  labels = sitrep_store_list_labels (self->store, NULL);
  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      SitrepLabel *label = g_ptr_array_index (labels, i);
      SitrepReaderLabel *l = g_new0 (SitrepReaderLabel, 1);
      gint64 *key = g_new (gint64, 1);
      GdkRGBA bg, inner_bg;

      if (!gdk_rgba_parse (&l->color, sitrep_label_get_color (label)))
        gdk_rgba_parse (&l->color, "#77767b");
      bg = l->color;
      bg.alpha = 0.22;
      inner_bg = l->color;
      inner_bg.alpha = 0.34;
      l->label = g_object_ref (label);
      /* Anonymous tags: one per label, however many spans it has. */
      l->tag = gtk_text_buffer_create_tag (self->buffer, NULL,
                                           "background-rgba", &bg,
                                           NULL);
      l->inner_tag = gtk_text_tag_new (NULL);
      g_object_set (l->inner_tag,
                    "background-rgba", &inner_bg,
                    "underline", PANGO_UNDERLINE_SINGLE,
                    "underline-rgba", &l->color,
                    NULL);
      g_ptr_array_add (inner, l->inner_tag);
      *key = sitrep_label_get_id (label);
      g_hash_table_insert (self->labels, key, l);
      g_ptr_array_add (self->label_order, g_object_ref (label));
    }

  /* Nested spans paint above any outer span, whatever its label. */
  for (guint i = 0; i < inner->len; i++)
    {
      gtk_text_tag_table_add (table, g_ptr_array_index (inner, i));
      g_object_unref (g_ptr_array_index (inner, i));
    }

  size = gtk_text_tag_table_get_size (table);
  gtk_text_tag_set_priority (self->match_tag, size - 1);
  gtk_text_tag_set_priority (self->selected_tag, size - 1);
  _sitrep_reader_update_label_menus (self);
}

/* Painting */

static gboolean
contains (const SitrepReaderSpan *outer,
          const SitrepReaderSpan *inner)
{
  if (outer == inner || outer->start > inner->start || outer->end < inner->end)
    return FALSE;
  /* Of two spans over the same words, the older is the outer one. */
  if (outer->start == inner->start && outer->end == inner->end)
    return outer->id < inner->id;
  return TRUE;
}

static gboolean
is_inner (SitrepReader           *self,
          const SitrepReaderSpan *span)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->spans);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (contains (value, span))
      return TRUE;

  return FALSE;
}

static void
apply_span (SitrepReader           *self,
            const SitrepReaderSpan *span,
            guint                   from,
            guint                   to)
{
  SitrepReaderLabel *l = _sitrep_reader_lookup_label (self, span->label_id);
  GtkTextIter a, b;

  from = MAX (from, span->start);
  to = MIN (to, span->end);
  if (l == NULL || from >= to || from >= self->n_chars)
    return;

  _sitrep_reader_get_iters (self, from, to, &a, &b);
  gtk_text_buffer_apply_tag (self->buffer, span->inner ? l->inner_tag : l->tag, &a, &b);
}

void
_sitrep_reader_paint_selected (SitrepReader *self)
{
  SitrepReaderSpan *span = self->selected_id ? _sitrep_reader_lookup_span (self, self->selected_id) : NULL;
  SitrepReaderLabel *l = span ? _sitrep_reader_lookup_label (self, span->label_id) : NULL;
  GtkTextIter a, b;

  /* Only where it was: clearing a tag over a long text costs milliseconds. */
  if (self->painted_end > self->painted_start)
    {
      _sitrep_reader_get_iters (self, self->painted_start, self->painted_end, &a, &b);
      gtk_text_buffer_remove_tag (self->buffer, self->selected_tag, &a, &b);
    }
  self->painted_start = self->painted_end = 0;
  if (span == NULL || l == NULL)
    return;

  /* The tag's look never changes: changing a tag re-lays out the whole text. */
  _sitrep_reader_get_iters (self, span->start, span->end, &a, &b);
  gtk_text_buffer_apply_tag (self->buffer, self->selected_tag, &a, &b);
  self->painted_start = span->start;
  self->painted_end = span->end;
}

/* Re-tags [from, to): clears every label tag there and paints the spans
 * that touch it, their nesting worked out again. Cost grows with the spans
 * in the range, not with the article. */
void
_sitrep_reader_repaint_range (SitrepReader *self,
                              guint         from,
                              guint         to)
{
  GHashTableIter iter;
  gpointer value;
  GtkTextIter a, b;

  if (from >= to || from >= self->n_chars)
    return;

  _sitrep_reader_get_iters (self, from, to, &a, &b);
  g_hash_table_iter_init (&iter, self->labels);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderLabel *l = value;

      gtk_text_buffer_remove_tag (self->buffer, l->tag, &a, &b);
      gtk_text_buffer_remove_tag (self->buffer, l->inner_tag, &a, &b);
    }

  g_hash_table_iter_init (&iter, self->spans);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderSpan *span = value;

      if (span->end <= from || span->start >= to)
        continue;
      span->inner = is_inner (self, span);
    }

  /* Outer spans first: a span's range also covers parts of others. */
  g_hash_table_iter_init (&iter, self->spans);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderSpan *span = value;

      if (span->end > from && span->start < to)
        apply_span (self, span, from, to);
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const SitrepReaderSpan *x = *(SitrepReaderSpan * const *) a;
  const SitrepReaderSpan *y = *(SitrepReaderSpan * const *) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Tags every span in one pass: sorted by start (longest first), a span lies
 * inside another exactly when an earlier one reaches as far as it does. */
static void
paint_all (SitrepReader *self)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (g_hash_table_size (self->spans));
  GHashTableIter iter;
  gpointer value;
  GtkTextIter a, b;
  guint max_end = 0;

  gtk_text_buffer_get_bounds (self->buffer, &a, &b);
  g_hash_table_iter_init (&iter, self->labels);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderLabel *l = value;

      gtk_text_buffer_remove_tag (self->buffer, l->tag, &a, &b);
      gtk_text_buffer_remove_tag (self->buffer, l->inner_tag, &a, &b);
    }

  g_hash_table_iter_init (&iter, self->spans);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_spans);

  for (guint i = 0; i < sorted->len; i++)
    {
      SitrepReaderSpan *span = g_ptr_array_index (sorted, i);

      span->inner = i > 0 && max_end >= span->end;
      max_end = MAX (max_end, span->end);
      apply_span (self, span, 0, G_MAXUINT);
    }

  _sitrep_reader_paint_selected (self);
}

static SitrepReaderSpan *
insert_span (SitrepReader     *self,
             SitrepAnnotation *annotation)
{
  SitrepReaderSpan *span = g_new0 (SitrepReaderSpan, 1);

  span->id = sitrep_annotation_get_id (annotation);
  span->label_id = sitrep_annotation_get_label_id (annotation);
  span->start = sitrep_annotation_get_start (annotation);
  span->end = sitrep_annotation_get_end (annotation);
  g_hash_table_replace (self->spans, &span->id, span);

  return span;
}

void
_sitrep_reader_clear_annotations (SitrepReader *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->painted_start = self->painted_end = 0;
  g_hash_table_remove_all (self->spans);
  if (self->selected_id != 0)
    {
      self->selected_id = 0;
      _sitrep_reader_notify_selected (self);
    }
  _sitrep_reader_hide_label_bar (self);
  if (self->label_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->label_popover));
  if (self->entity_chooser != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->entity_chooser));
}

void
_sitrep_reader_load_annotations (SitrepReader *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->spans);
  if (self->store == NULL || self->article == NULL || self->show_original)
    {
      paint_all (self);
      return;
    }

  list = sitrep_store_list_annotations (self->store, sitrep_article_get_id (self->article),
                                        self->filter_annotator_id, &error);
  if (list == NULL)
    {
      g_warning ("Cannot read the annotations: %s", error->message);
      return;
    }

  for (guint i = 0; i < list->len; i++)
    insert_span (self, g_ptr_array_index (list, i));

  if (self->selected_id != 0 && _sitrep_reader_lookup_span (self, self->selected_id) == NULL)
    {
      self->selected_id = 0;
      _sitrep_reader_notify_selected (self);
    }
  paint_all (self);
}

/* Brings the spans in step with the store after an edit made elsewhere
 * (undo, the panel, another window), re-tagging only what changed. */
static gboolean
reload_in_idle (gpointer data)
{
  SitrepReader *self = data;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) fresh = NULL;
  g_autoptr(GArray) dirty = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  gpointer value;
  gboolean selection_gone = FALSE;

  self->reload_id = 0;
  if (self->store == NULL || self->article == NULL || self->show_original)
    return G_SOURCE_REMOVE;

  list = sitrep_store_list_annotations (self->store, sitrep_article_get_id (self->article),
                                        self->filter_annotator_id, NULL);
  if (list == NULL)
    return G_SOURCE_REMOVE;

  fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < list->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (list, i);
      gint64 id = sitrep_annotation_get_id (a);

      g_hash_table_insert (fresh, g_memdup2 (&id, sizeof id), a);
    }

  /* Gone or changed */
  g_hash_table_iter_init (&iter, self->spans);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderSpan *span = value;
      SitrepAnnotation *a = g_hash_table_lookup (fresh, &span->id);

      if (a != NULL && sitrep_annotation_get_label_id (a) == span->label_id &&
          sitrep_annotation_get_start (a) == span->start &&
          sitrep_annotation_get_end (a) == span->end)
        {
          g_hash_table_remove (fresh, &span->id);
          continue;
        }
      g_array_append_val (dirty, span->start);
      g_array_append_val (dirty, span->end);
      if (span->id == self->selected_id && a == NULL)
        selection_gone = TRUE;
      g_hash_table_iter_remove (&iter);
    }

  /* New or changed */
  g_hash_table_iter_init (&iter, fresh);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderSpan *span = insert_span (self, value);

      g_array_append_val (dirty, span->start);
      g_array_append_val (dirty, span->end);
    }

  if (selection_gone)
    {
      self->selected_id = 0;
      _sitrep_reader_notify_selected (self);
    }

  if (dirty->len / 2 > MAX_INCREMENTAL)
    paint_all (self);
  else
    {
      for (guint i = 0; i + 1 < dirty->len; i += 2)
        _sitrep_reader_repaint_range (self, g_array_index (dirty, guint, i), g_array_index (dirty, guint, i + 1));
      _sitrep_reader_paint_selected (self);
    }

  return G_SOURCE_REMOVE;
}

static void
schedule_reload (SitrepReader *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, reload_in_idle, self, NULL);
}

static void
on_annotations_changed (SitrepStore  *store,
                        gint64        article_id,
                        SitrepReader *self)
{
  /* The reader's own edits are shown as soon as the store confirms them. */
  if (self->own_edit || self->article == NULL)
    return;
  if (article_id != 0 && article_id != sitrep_article_get_id (self->article))
    return;
  schedule_reload (self);
}

static void
on_labels_changed (SitrepStore  *store,
                   SitrepReader *self)
{
  load_labels (self);
  if (self->article != NULL && !self->show_original)
    _sitrep_reader_load_annotations (self);
}

void
_sitrep_reader_connect_store (SitrepReader *self,
                              SitrepStore  *store)
{
  if (store == self->store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect (store, "annotations-changed", G_CALLBACK (on_annotations_changed), self);
      g_signal_connect (store, "labels-changed", G_CALLBACK (on_labels_changed), self);
    }
  load_labels (self);
}

/* Selection */

void
_sitrep_reader_scroll_to_offset (SitrepReader *self,
                                 guint         offset)
{
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkTextIter iter;
  GdkRectangle rect;
  int wx, wy;
  double page, value, y;

  /* In the page the scroller scrolls (the adjustment's value is a point of
   * it), not in what is in view: comparing the two sent the view near the
   * top whenever a span far down was shown. */
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, (int) MIN (offset, self->n_chars));
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  y = _sitrep_reader_text_y_in_page (self, wy);

  page = gtk_adjustment_get_page_size (vadj);
  value = gtk_adjustment_get_value (vadj);
  /* Only scroll when the span is out of view; then leave it a third of the way down. */
  if (y < value || y + rect.height > value + page)
    gtk_adjustment_set_value (vadj, y - page / 3);
}

/* What a snapped selection never begins or ends with. */
static gboolean
is_edge_char (gunichar c)
{
  return g_unichar_isspace (c) || (g_unichar_ispunct (c) && c != '%');
}

gboolean
_sitrep_reader_get_selection (SitrepReader *self,
                              guint        *start,
                              guint        *end)
{
  GtkTextIter a, b;

  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &a, &b))
    return FALSE;

  if (self->snap_to_words)
    {
      /* Trim blanks and the punctuation around words ("2018." is "2018";
       * "al-Bab" and "Dar'a" keep theirs), then widen to whole words. */
      while (gtk_text_iter_compare (&a, &b) < 0 && is_edge_char (gtk_text_iter_get_char (&a)))
        gtk_text_iter_forward_char (&a);
      while (gtk_text_iter_compare (&a, &b) < 0)
        {
          GtkTextIter prev = b;

          gtk_text_iter_backward_char (&prev);
          if (!is_edge_char (gtk_text_iter_get_char (&prev)))
            break;
          b = prev;
        }
      if (gtk_text_iter_inside_word (&a) && !gtk_text_iter_starts_word (&a))
        gtk_text_iter_backward_word_start (&a);
      if (gtk_text_iter_compare (&a, &b) < 0)
        {
          GtkTextIter last = b;

          gtk_text_iter_backward_char (&last);
          if (gtk_text_iter_inside_word (&last) && !gtk_text_iter_ends_word (&b))
            gtk_text_iter_forward_word_end (&b);
        }
    }

  if (gtk_text_iter_compare (&a, &b) >= 0)
    return FALSE;

  *start = (guint) gtk_text_iter_get_offset (&a);
  *end = (guint) gtk_text_iter_get_offset (&b);
  return TRUE;
}

void
_sitrep_reader_clear_text_selection (SitrepReader *self)
{
  GtkTextIter iter;

  if (!gtk_text_buffer_get_has_selection (self->buffer))
    return;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter,
                                    gtk_text_buffer_get_selection_bound (self->buffer));
  self->moving_cursor = TRUE;
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  self->moving_cursor = FALSE;
}

static void
on_mark_set (GtkTextBuffer *buffer,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             SitrepReader  *self)
{
  if (mark == gtk_text_buffer_get_insert (buffer) || mark == gtk_text_buffer_get_selection_bound (buffer))
    {
      if (!gtk_text_buffer_get_has_selection (buffer))
        _sitrep_reader_hide_label_bar (self);
      _sitrep_reader_update_actions (self);
    }

  /* A click (not a drag) on a highlight selects its annotation. */
  if (self->moving_cursor || mark != gtk_text_buffer_get_insert (buffer))
    return;
  /* With caret browsing the page follows the caret (the text view sits in a
   * box, so it cannot scroll itself). */
  if (gtk_text_view_get_cursor_visible (self->text_view))
    _sitrep_reader_scroll_to_offset (self, (guint) gtk_text_iter_get_offset (location));
  if (gtk_text_buffer_get_has_selection (buffer))
    return;

  sitrep_reader_select_annotation (self,
                                   sitrep_reader_annotation_at (self,
                                                                (guint) gtk_text_iter_get_offset (location)),
                                   FALSE);
}

void
_sitrep_reader_annotations_init (SitrepReader *self)
{
  self->labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, label_free);
  self->label_order = g_ptr_array_new_with_free_func (g_object_unref);
  self->spans = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, span_free);
  self->selected_tag = gtk_text_buffer_create_tag (self->buffer, "selected-annotation",
                                                   "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.30 },
                                                   "underline", PANGO_UNDERLINE_DOUBLE,
                                                   "underline-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 1.0 },
                                                   NULL);

  /* After the buffer's own handler: that is where it updates has-selection
   * when only the insert mark moves (a mouse drag, Shift+arrows); before
   * it the reader would see no selection and offer no labels. */
  g_signal_connect_after (self->buffer, "mark-set", G_CALLBACK (on_mark_set), self);

}

void
_sitrep_reader_annotations_dispose (SitrepReader *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  _sitrep_reader_labelling_dispose (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->spans, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_pointer (&self->label_order, g_ptr_array_unref);
}

/* Public API */

void
sitrep_reader_set_annotator (SitrepReader *self,
                             gint64        annotator_id)
{
  g_return_if_fail (SITREP_IS_READER (self));

  self->annotator_id = annotator_id;
  if (annotator_id != 0)
    _sitrep_reader_suggestions_annotator_known (self);
}

void
sitrep_reader_set_annotator_filter (SitrepReader *self,
                                    gint64        annotator_id)
{
  g_return_if_fail (SITREP_IS_READER (self));

  if (self->filter_annotator_id == annotator_id)
    return;
  self->filter_annotator_id = annotator_id;
  if (self->article != NULL && !self->show_original)
    _sitrep_reader_load_annotations (self);
}

void
sitrep_reader_select_annotation (SitrepReader *self,
                                 gint64        id,
                                 gboolean      scroll)
{
  SitrepReaderSpan *span;

  g_return_if_fail (SITREP_IS_READER (self));

  span = id != 0 ? _sitrep_reader_lookup_span (self, id) : NULL;
  if (span == NULL)
    id = 0;

  if (scroll && span != NULL)
    _sitrep_reader_scroll_to_offset (self, span->start);

  if (id == self->selected_id)
    return;

  self->selected_id = id;
  _sitrep_reader_paint_selected (self);
  _sitrep_reader_notify_selected (self);
}

gint64
sitrep_reader_get_selected_annotation (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  return self->selected_id;
}

gint64
sitrep_reader_annotation_at (SitrepReader *self,
                             guint         offset)
{
  GHashTableIter iter;
  gpointer value;
  SitrepReaderSpan *best = NULL;

  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  g_hash_table_iter_init (&iter, self->spans);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SitrepReaderSpan *span = value;

      if (offset < span->start || offset >= span->end)
        continue;
      if (best == NULL || span->end - span->start < best->end - best->start ||
          (span->end - span->start == best->end - best->start && span->id > best->id))
        best = span;
    }

  return best ? best->id : 0;
}

guint
sitrep_reader_count_annotations (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  return g_hash_table_size (self->spans);
}

GtkTextTag *
sitrep_reader_get_label_tag (SitrepReader *self,
                             gint64        label_id)
{
  SitrepReaderLabel *l;

  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  l = _sitrep_reader_lookup_label (self, label_id);
  return l ? l->tag : NULL;
}

guint
sitrep_reader_count_label_tags (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  return g_hash_table_size (self->labels) * 2;
}
