/* sitrep-suggestion-list-sample.c — the suggestion panel's look drawn once off-screen, so the first Suggest does not pay for it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <math.h>

#include "sitrep-suggestion-item.h"
#include "sitrep-suggestion-list-sample-private.h"

/* The first Suggest of a window made the panel's first rows (list items,
 * span rows, buttons, their icons and styles) and rasterised the glyphs of
 * their fonts (the caption and heading sizes) for the first time: 21–48 ms
 * of the main thread at the hand-over and 29–40 ms more in its first frame
 * (7 ms later), at the 300 ms line on a 1 MB article. A sample of each is
 * made, laid out and drawn once, at idle after the window shows, into a
 * texture nobody sees: the fonts, glyphs, icons and classes are ready when
 * the real rows come. */

/* Short lines: a row is cut to the panel's width, and only the glyphs
 * drawn are rasterised. */
static const char * const sample_lines[] = {
  "ABCDEFGHIJKLM", "NOPQRSTUVWXYZ", "abcdefghijklm", "nopqrstuvwxyz",
  "0123456789 %", ".,;:!?'\"()-/&", "\u2026 \u00b7 \u2192 \u201c\u201d \u2013",
};

static SitrepSuggestionItem *
sample_item (guint       i,
             const char *text,
             const char *entity)
{
  SitrepStoredSuggestion *s = g_new0 (SitrepStoredSuggestion, 1);

  /* Ids no project has (the rows' buttons are never pressed). */
  s->id = -1 - (gint64) i;
  s->kind = i % 2 == 0 ? SITREP_SUGGEST_PLACE : SITREP_SUGGEST_ACTOR;
  s->text = g_strdup (text);
  s->entity_id = 1;
  s->entity_name = g_strdup (entity);
  s->latitude = s->longitude = NAN;
  s->incident = -1;
  return sitrep_suggestion_item_new (s);
}

static GtkWidget *
sample_label (const char *text,
              const char *classes)
{
  GtkWidget *label = gtk_label_new (text);
  g_auto(GStrv) names = g_strsplit (classes, " ", -1);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  for (guint i = 0; names[i] != NULL; i++)
    if (*names[i] != '\0')
      gtk_widget_add_css_class (label, names[i]);
  return label;
}

static GtkWidget *
sample_new (GtkListItemFactory *factory)
{
  g_autoptr(GListStore) items = g_list_store_new (SITREP_TYPE_SUGGESTION_ITEM);
  g_autoptr(GString) all = g_string_new (NULL);
  GtkWidget *sample = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *stop = gtk_button_new_from_icon_name ("process-stop-symbolic");
  GtkWidget *accept = gtk_menu_button_new ();
  GtkWidget *rows;

  for (guint i = 0; i < G_N_ELEMENTS (sample_lines); i++)
    {
      g_autoptr(SitrepSuggestionItem) item = sample_item (i, sample_lines[i],
                                                          sample_lines[(i + 1) % G_N_ELEMENTS (sample_lines)]);

      g_list_store_append (items, item);
      g_string_append_printf (all, "%s\n", sample_lines[i]);
    }
  /* Never focused, clicked or read aloud: it is not there for the user. */
  gtk_widget_set_can_focus (sample, FALSE);
  gtk_widget_set_can_target (sample, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (sample), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (sample, "suggestion-sample");

  /* The header's and the progress line's styles. */
  gtk_box_append (GTK_BOX (sample), sample_label (all->str, "heading"));
  gtk_box_append (GTK_BOX (sample), sample_label (all->str, "caption dim-label numeric"));
  gtk_box_append (GTK_BOX (sample), sample_label (all->str, ""));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (accept), sample_lines[0]);
  gtk_widget_add_css_class (accept, "flat");
  gtk_widget_add_css_class (stop, "circular");
  gtk_widget_add_css_class (stop, "flat");
  gtk_box_append (GTK_BOX (line), gtk_progress_bar_new ());
  gtk_box_append (GTK_BOX (line), stop);
  gtk_box_append (GTK_BOX (line), accept);
  gtk_box_append (GTK_BOX (sample), line);

  /* The rows, made as the panel makes them: a list view of the same factory. */
  rows = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (items)))),
                            g_object_ref (factory));
  gtk_widget_add_css_class (rows, "suggestion-list");
  gtk_box_append (GTK_BOX (sample), rows);
  return sample;
}

struct _SitrepPanelSample
{
  GtkWidget          *host;      /* not a reference: it owns this */
  GtkListItemFactory *factory;
  GListModel         *rows;      /* the host's rows: when it has some, no sample */
  GtkWidget          *widget;    /* laid out in the host, never in its frames */
  GskRenderNode      *node;
  GdkFrameClock      *clock;     /* waited on for the window's first frame */
  gulong              painted_id;
  guint               idle_id;
  gboolean            done;
};

/* The sample goes (drawn, or no longer of use); @done: for good. */
static void
drop (SitrepPanelSample *self,
      gboolean           done)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->widget, gtk_widget_unparent);
  self->done |= done;
}

static void
stop_waiting (SitrepPanelSample *self)
{
  if (self->clock != NULL && self->painted_id != 0)
    g_signal_handler_disconnect (self->clock, self->painted_id);
  self->painted_id = 0;
  g_clear_object (&self->clock);
}

/* The window's renderer: its glyph cache and icon textures are the ones
 * the panel's frames draw with. */
static gboolean
render_idle (gpointer data)
{
  SitrepPanelSample *self = data;
  GtkNative *native = gtk_widget_get_native (self->host);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  self->idle_id = 0;
  if (renderer != NULL && self->node != NULL && gsk_renderer_is_realized (renderer))
    g_object_unref (gsk_renderer_render_texture (renderer, self->node, NULL));
  drop (self, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
add_idle (gpointer data)
{
  SitrepPanelSample *self = data;

  self->idle_id = 0;
  /* Real rows made already: the sample is of no use. */
  if (g_list_model_get_n_items (self->rows) > 0)
    self->done = TRUE;
  if (self->done || self->widget != NULL || !gtk_widget_get_mapped (self->host))
    return G_SOURCE_REMOVE;
  /* Laid out and drawn by the host's next frame. */
  self->widget = sample_new (self->factory);
  gtk_widget_set_parent (self->widget, self->host);
  return G_SOURCE_REMOVE;
}

/* After the window's first frame, once it is idle: the window shows no
 * later for it. */
static void
on_painted (GdkFrameClock     *clock,
            SitrepPanelSample *self)
{
  stop_waiting (self);
  if (!self->done && self->widget == NULL && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, add_idle, self, NULL);
}

SitrepPanelSample *
_sitrep_panel_sample_new (GtkWidget          *host,
                          GtkListItemFactory *factory,
                          GListModel         *rows)
{
  SitrepPanelSample *self = g_new0 (SitrepPanelSample, 1);

  self->host = host;
  self->factory = g_object_ref (factory);
  self->rows = g_object_ref (rows);
  /* Switched off: the panel as it was (a comparison). */
  self->done = g_getenv ("SITREP_NO_PANEL_SAMPLE") != NULL;
  return self;
}

void
_sitrep_panel_sample_free (SitrepPanelSample *self)
{
  stop_waiting (self);
  drop (self, TRUE);
  g_clear_object (&self->factory);
  g_clear_object (&self->rows);
  g_free (self);
}

void
_sitrep_panel_sample_mapped (SitrepPanelSample *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (self->host);

  if (self->done || self->painted_id != 0 || self->widget != NULL || self->idle_id != 0 || clock == NULL)
    return;
  self->clock = g_object_ref (clock);
  self->painted_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted), self);
}

void
_sitrep_panel_sample_unmapped (SitrepPanelSample *self)
{
  /* Tried again when shown again. */
  stop_waiting (self);
  if (!self->done)
    drop (self, FALSE);
}

void
_sitrep_panel_sample_allocate (SitrepPanelSample *self,
                               int                width)
{
  int min_width = 0, height = 0;

  if (self->widget == NULL)
    return;
  /* As wide as the panel's rows, as tall as it asks. */
  gtk_widget_measure (self->widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  width = MAX (width, min_width);
  gtk_widget_measure (self->widget, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  gtk_widget_allocate (self->widget, width, height, -1, NULL);
}

void
_sitrep_panel_sample_snapshot (SitrepPanelSample *self)
{
  GtkSnapshot *own;

  if (self->widget == NULL || self->node != NULL || self->idle_id != 0)
    return;
  own = gtk_snapshot_new ();
  gtk_widget_snapshot_child (self->host, self->widget, own);
  self->node = gtk_snapshot_free_to_node (own);
  self->idle_id = g_idle_add_full (G_PRIORITY_LOW, render_idle, self, NULL);
}
