/* sitrep-count-labels.c — a cluster's count ("387", "12k"), shaped once and drawn as one text node per frame
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-count-labels.h"

/*
 * A map frame draws hundreds of counts; laying each out with Pango again
 * (itemizing and shaping) was most of the points layer's own CPU. A count's
 * glyphs are shaped once per font and kept: a frame makes a text node from
 * them at the label's place. Labels whose layout is not one run of glyphs
 * (never seen for digits) are drawn through the layout as before.
 */

/* Distinct counts kept before the cache starts over (a few hundred are in
 * view at once). */
#define MAX_KEPT 8192

typedef struct
{
  PangoFont        *font;     /* NULL: draw through the layout */
  PangoGlyphString *glyphs;
  graphene_point_t  offset;   /* of the text node drawn at (0, 0) */
  int               width;
  int               height;
} Label;

struct _SitrepCountLabels
{
  PangoLayout *layout;
  GHashTable  *labels;   /* count → Label */
  guint        serial;   /* of the layout's context when they were shaped */
  guint        n_shaped;
};

static void
label_free (gpointer data)
{
  Label *label = data;

  g_clear_object (&label->font);
  g_clear_pointer (&label->glyphs, pango_glyph_string_free);
  g_free (label);
}

SitrepCountLabels *
sitrep_count_labels_new (PangoLayout *layout)
{
  SitrepCountLabels *self = g_new0 (SitrepCountLabels, 1);

  self->layout = g_object_ref (layout);
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, label_free);
  self->serial = pango_context_get_serial (pango_layout_get_context (layout));

  return self;
}

void
sitrep_count_labels_free (SitrepCountLabels *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->layout);
  g_hash_table_unref (self->labels);
  g_free (self);
}

static void
set_text (SitrepCountLabels *self,
          guint              count)
{
  char text[16];

  if (count > 9999)
    g_snprintf (text, sizeof text, "%uk", count / 1000);
  else
    g_snprintf (text, sizeof text, "%u", count);
  pango_layout_set_text (self->layout, text, -1);
}

/* The text node the layout makes at (0, 0), kept as its font, glyphs and offset. */
static void
label_shape (SitrepCountLabels *self,
             Label             *label)
{
  static const GdkRGBA white = { 1, 1, 1, 1 };
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  gtk_snapshot_append_layout (snapshot, self->layout, &white);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL && gsk_render_node_get_node_type (node) == GSK_TEXT_NODE)
    {
      /* gsk_text_node_get_glyphs () is declared pure: its count out
       * argument may be read before it is written; ask for it apart. */
      guint n = gsk_text_node_get_num_glyphs (node);
      const PangoGlyphInfo *glyphs = gsk_text_node_get_glyphs (node, NULL);

      label->font = g_object_ref (gsk_text_node_get_font (node));
      label->glyphs = pango_glyph_string_new ();
      pango_glyph_string_set_size (label->glyphs, n);
      memcpy (label->glyphs->glyphs, glyphs, n * sizeof *glyphs);
      for (guint i = 0; i < n; i++)
        label->glyphs->log_clusters[i] = 0;
      label->offset = *gsk_text_node_get_offset (node);
    }
  g_clear_pointer (&node, gsk_render_node_unref);
}

static Label *
get_label (SitrepCountLabels *self,
           guint              count)
{
  guint serial = pango_context_get_serial (pango_layout_get_context (self->layout));
  Label *label;

  /* Another font (or scale, or font options): shape them again. */
  if (serial != self->serial || g_hash_table_size (self->labels) >= MAX_KEPT)
    {
      g_hash_table_remove_all (self->labels);
      self->serial = serial;
      self->n_shaped = 0;
    }
  label = g_hash_table_lookup (self->labels, GUINT_TO_POINTER (count));
  if (label != NULL)
    return label;

  label = g_new0 (Label, 1);
  set_text (self, count);
  pango_layout_get_pixel_size (self->layout, &label->width, &label->height);
  label_shape (self, label);
  g_hash_table_insert (self->labels, GUINT_TO_POINTER (count), label);
  self->n_shaped++;

  return label;
}

void
sitrep_count_labels_size (SitrepCountLabels *self,
                          guint              count,
                          int               *width,
                          int               *height)
{
  Label *label = get_label (self, count);

  *width = label->width;
  *height = label->height;
}

void
sitrep_count_labels_append (SitrepCountLabels *self,
                            GtkSnapshot       *snapshot,
                            guint              count,
                            float              x,
                            float              y,
                            const GdkRGBA     *colour)
{
  Label *label = get_label (self, count);
  GskRenderNode *node;

  if (label->font == NULL)
    {
      set_text (self, count);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
      gtk_snapshot_append_layout (snapshot, self->layout, colour);
      gtk_snapshot_restore (snapshot);
      return;
    }
  node = gsk_text_node_new (label->font, label->glyphs, colour,
                            &GRAPHENE_POINT_INIT (x + label->offset.x, y + label->offset.y));
  if (node != NULL)
    {
      gtk_snapshot_append_node (snapshot, node);
      gsk_render_node_unref (node);
    }
}

guint
sitrep_count_labels_get_n_shaped (SitrepCountLabels *self)
{
  return self->n_shaped;
}
