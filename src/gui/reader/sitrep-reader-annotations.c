/* sitrep-reader-annotations.c — labelled spans in the reader: tags, selection, keys
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
#include "sitrep-window.h"

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

static SitrepReaderLabel *
lookup_label (SitrepReader *self,
              gint64        label_id)
{
  return g_hash_table_lookup (self->labels, &label_id);
}

static SitrepReaderSpan *
lookup_span (SitrepReader *self,
             gint64        id)
{
  return g_hash_table_lookup (self->spans, &id);
}

static void
get_iters (SitrepReader *self,
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
  SitrepReaderLabel *l = lookup_label (self, span->label_id);
  GtkTextIter a, b;

  from = MAX (from, span->start);
  to = MIN (to, span->end);
  if (l == NULL || from >= to || from >= self->n_chars)
    return;

  get_iters (self, from, to, &a, &b);
  gtk_text_buffer_apply_tag (self->buffer, span->inner ? l->inner_tag : l->tag, &a, &b);
}

static void
paint_selected (SitrepReader *self)
{
  SitrepReaderSpan *span = self->selected_id ? lookup_span (self, self->selected_id) : NULL;
  SitrepReaderLabel *l = span ? lookup_label (self, span->label_id) : NULL;
  GtkTextIter a, b;

  /* Only where it was: clearing a tag over a long text costs milliseconds. */
  if (self->painted_end > self->painted_start)
    {
      get_iters (self, self->painted_start, self->painted_end, &a, &b);
      gtk_text_buffer_remove_tag (self->buffer, self->selected_tag, &a, &b);
    }
  self->painted_start = self->painted_end = 0;
  if (span == NULL || l == NULL)
    return;

  /* The tag's look never changes: changing a tag re-lays out the whole text. */
  get_iters (self, span->start, span->end, &a, &b);
  gtk_text_buffer_apply_tag (self->buffer, self->selected_tag, &a, &b);
  self->painted_start = span->start;
  self->painted_end = span->end;
}

/* Re-tags [from, to): clears every label tag there and paints the spans
 * that touch it, their nesting worked out again. Cost grows with the spans
 * in the range, not with the article. */
static void
repaint_range (SitrepReader *self,
               guint         from,
               guint         to)
{
  GHashTableIter iter;
  gpointer value;
  GtkTextIter a, b;

  if (from >= to || from >= self->n_chars)
    return;

  get_iters (self, from, to, &a, &b);
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

  paint_selected (self);
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

  if (self->selected_id != 0 && lookup_span (self, self->selected_id) == NULL)
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
        repaint_range (self, g_array_index (dirty, guint, i), g_array_index (dirty, guint, i + 1));
      paint_selected (self);
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

static void
scroll_to_offset (SitrepReader *self,
                  guint         offset)
{
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *content = gtk_scrolled_window_get_child (self->scroller);
  GtkTextIter iter;
  GdkRectangle rect;
  graphene_point_t in_view, in_content;
  int wx, wy;
  double page, value;

  if (content == NULL)
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, (int) MIN (offset, self->n_chars));
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  in_view = GRAPHENE_POINT_INIT (wx, wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), content, &in_view, &in_content))
    return;

  page = gtk_adjustment_get_page_size (vadj);
  value = gtk_adjustment_get_value (vadj);
  /* Only scroll when the span is out of view; then leave it a third of the way down. */
  if (in_content.y < value || in_content.y + rect.height > value + page)
    gtk_adjustment_set_value (vadj, in_content.y - page / 3);
}

/* What a snapped selection never begins or ends with. */
static gboolean
is_edge_char (gunichar c)
{
  return g_unichar_isspace (c) || (g_unichar_ispunct (c) && c != '%');
}

static gboolean
get_selection (SitrepReader *self,
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

static void
clear_text_selection (SitrepReader *self)
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
  /* A click (not a drag) on a highlight selects its annotation. */
  if (self->moving_cursor || mark != gtk_text_buffer_get_insert (buffer))
    return;
  /* With caret browsing the page follows the caret (the text view sits in a
   * box, so it cannot scroll itself). */
  if (gtk_text_view_get_cursor_visible (self->text_view))
    scroll_to_offset (self, (guint) gtk_text_iter_get_offset (location));
  if (gtk_text_buffer_get_has_selection (buffer))
    return;

  sitrep_reader_select_annotation (self,
                                   sitrep_reader_annotation_at (self,
                                                                (guint) gtk_text_iter_get_offset (location)),
                                   FALSE);
}

/* Labelling */

static const char *
label_kind (SitrepReader *self,
            gint64        label_id)
{
  SitrepReaderLabel *l = lookup_label (self, label_id);

  return l ? sitrep_label_get_kind (l->label) : NULL;
}

static void
point_popover_at_span (SitrepReader *self,
                       GtkPopover   *popover,
                       guint         start,
                       guint         end)
{
  GtkTextIter a, b;
  GdkRectangle ra, rb;
  graphene_point_t p_view, p_self;
  int wx, wy;

  get_iters (self, start, end, &a, &b);
  gtk_text_view_get_iter_location (self->text_view, &a, &ra);
  gtk_text_view_get_iter_location (self->text_view, &b, &rb);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         ra.x, ra.y, &wx, &wy);
  p_view = GRAPHENE_POINT_INIT (wx, wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self), &p_view, &p_self))
    p_self = GRAPHENE_POINT_INIT (0, 0);

  gtk_popover_set_pointing_to (popover,
                               &(GdkRectangle) {
                                 (int) p_self.x,
                                 (int) p_self.y,
                                 ra.y == rb.y ? MAX (rb.x - ra.x, 1) : 1,
                                 MAX (ra.height, 1)
                               });
}

static void
show_entity_chooser (SitrepReader *self,
                     gint64        annotation_id)
{
  g_autoptr(SitrepAnnotation) annotation = NULL;
  SitrepReaderSpan *span = lookup_span (self, annotation_id);
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
    }
  sitrep_entity_chooser_set_annotation (SITREP_ENTITY_CHOOSER (self->entity_chooser),
                                        self->store, annotation, kind);
  point_popover_at_span (self, GTK_POPOVER (self->entity_chooser), span->start, span->end);
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

static void
on_label_chosen (SitrepLabelPopover *popover,
                 gint64              label_id,
                 SitrepReader       *self)
{
  g_autoptr(GError) error = NULL;

  if (sitrep_reader_apply_label (self, label_id, &error) == 0 && error != NULL)
    {
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SITREP_TYPE_WINDOW);

      if (window != NULL)
        sitrep_window_show_toast (SITREP_WINDOW (window), error->message);
    }
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
  SitrepReaderSpan *span = self->selected_id ? lookup_span (self, self->selected_id) : NULL;
  guint start = 0, end = 0;

  if (!self->editable || self->store == NULL || !has_target (self))
    return;

  if (self->label_popover == NULL)
    {
      self->label_popover = sitrep_label_popover_new ();
      gtk_widget_set_parent (self->label_popover, GTK_WIDGET (self));
      g_signal_connect (self->label_popover, "chosen", G_CALLBACK (on_label_chosen), self);
    }

  sitrep_label_popover_set_labels (SITREP_LABEL_POPOVER (self->label_popover), self->label_order,
                                   span ? span->label_id : 0);
  if (!get_selection (self, &start, &end) && span != NULL)
    {
      start = span->start;
      end = span->end;
    }
  point_popover_at_span (self, GTK_POPOVER (self->label_popover), start, end);
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
  GtkWidget *window;
  gint64 id = self->selected_id;
  guint start, end;

  if (!self->editable || self->store == NULL || id == 0 || (span = lookup_span (self, id)) == NULL)
    return;

  start = span->start;
  end = span->end;
  self->own_edit = TRUE;
  if (!sitrep_store_delete_annotation (self->store, id, &error))
    {
      self->own_edit = FALSE;
      window = gtk_widget_get_ancestor (widget, SITREP_TYPE_WINDOW);
      if (window != NULL)
        sitrep_window_show_toast (SITREP_WINDOW (window), error->message);
      return;
    }
  self->own_edit = FALSE;

  g_hash_table_remove (self->spans, &id);
  self->selected_id = 0;
  repaint_range (self, start, end);
  paint_selected (self);
  _sitrep_reader_notify_selected (self);

  window = gtk_widget_get_ancestor (widget, SITREP_TYPE_WINDOW);
  if (window != NULL)
    sitrep_window_show_undo_toast (SITREP_WINDOW (window), _("Annotation deleted"));
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

  clear_text_selection (self);
  sitrep_reader_select_annotation (self, 0, FALSE);
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
_sitrep_reader_annotations_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reader.label", "x", label_action);
  gtk_widget_class_install_action (widget_class, "reader.label-key", "s", label_key_action);
  gtk_widget_class_install_action (widget_class, "reader.choose-label", NULL, choose_label_action);
  gtk_widget_class_install_action (widget_class, "reader.delete-annotation", NULL,
                                   delete_annotation_action);
  gtk_widget_class_install_action (widget_class, "reader.link-entity", NULL, link_entity_action);
  gtk_widget_class_install_action (widget_class, "reader.deselect", NULL, deselect_action);
}

void
_sitrep_reader_annotations_init (SitrepReader *self)
{
  GtkEventController *keys;

  self->labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, label_free);
  self->label_order = g_ptr_array_new_with_free_func (g_object_unref);
  self->spans = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, span_free);
  self->selected_tag = gtk_text_buffer_create_tag (self->buffer, "selected-annotation",
                                                   "background-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 0.30 },
                                                   "underline", PANGO_UNDERLINE_DOUBLE,
                                                   "underline-rgba", &(GdkRGBA) { 0.21, 0.52, 0.89, 1.0 },
                                                   NULL);

  g_signal_connect (self->buffer, "mark-set", G_CALLBACK (on_mark_set), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
}

void
_sitrep_reader_annotations_dispose (SitrepReader *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->chooser_idle_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->label_popover, gtk_widget_unparent);
  g_clear_pointer (&self->entity_chooser, gtk_widget_unparent);
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
  l = lookup_label (self, label_id);
  if (l == NULL)
    return 0;
  kind = sitrep_label_get_kind (l->label);

  /* The first span of a session asks who is annotating, then is made. */
  if (self->annotator_id == 0)
    {
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SITREP_TYPE_WINDOW);

      if (window != NULL && sitrep_window_request_annotator (SITREP_WINDOW (window), label_id))
        return 0;
    }

  /* A selected annotation and no new text selection: change its label. */
  if (!get_selection (self, &start, &end))
    {
      span = self->selected_id ? lookup_span (self, self->selected_id) : NULL;
      if (span == NULL || span->label_id == label_id)
        return span ? span->id : 0;

      self->own_edit = TRUE;
      if (!sitrep_store_set_annotation_label (self->store, span->id, label_id, error))
        {
          self->own_edit = FALSE;
          return 0;
        }
      self->own_edit = FALSE;
      span->label_id = label_id;
      repaint_range (self, span->start, span->end);
      paint_selected (self);
      return span->id;
    }

  {
    g_autofree char *attributes = NULL;
    g_autofree char *text = NULL;
    GtkTextIter a, b;

    get_iters (self, start, end, &a, &b);
    text = gtk_text_buffer_get_text (self->buffer, &a, &b, FALSE);
    /* Dates resolve against the article's publication date ("on Saturday"). */
    if (g_strcmp0 (kind, "date") == 0)
      attributes = sitrep_date_attributes_for_span (self->store, sitrep_article_get_id (self->article),
                                                    text);
    else
      attributes = sitrep_annotation_dup_default_attributes (kind, text);

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

  clear_text_selection (self);
  self->selected_id = id;
  repaint_range (self, start, end);
  paint_selected (self);
  _sitrep_reader_notify_selected (self);

  /* Offer the entities this name may be (Jassim → Jasim) once the
   * highlight is on screen. */
  if (sitrep_label_kind_is_entity (kind))
    {
      self->chooser_id = id;
      if (self->chooser_idle_id == 0)
        self->chooser_idle_id = g_idle_add_full (G_PRIORITY_LOW, show_chooser_in_idle, self, NULL);
    }

  return id;
}

void
sitrep_reader_select_annotation (SitrepReader *self,
                                 gint64        id,
                                 gboolean      scroll)
{
  SitrepReaderSpan *span;

  g_return_if_fail (SITREP_IS_READER (self));

  span = id != 0 ? lookup_span (self, id) : NULL;
  if (span == NULL)
    id = 0;

  if (scroll && span != NULL)
    scroll_to_offset (self, span->start);

  if (id == self->selected_id)
    return;

  self->selected_id = id;
  paint_selected (self);
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

  l = lookup_label (self, label_id);
  return l ? l->tag : NULL;
}

guint
sitrep_reader_count_label_tags (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  return g_hash_table_size (self->labels) * 2;
}
