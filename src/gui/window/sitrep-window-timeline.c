/* sitrep-window-timeline.c — the window routes its timeline pane: actions, the map during playback, the presentation
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-presentation.h"
#include "sitrep-timeline-pane.h"
#include "sitrep-window-private.h"

static gboolean
timeline_shown (SitrepWindow *self)
{
  return self->timeline_revealer != NULL && gtk_revealer_get_reveal_child (self->timeline_revealer);
}

/* What the pane asks of the map: playback's points, or the brushed range. */
static void
on_pane_show_on_map (SitrepTimelinePane *pane,
                     guint               first,
                     guint               last,
                     gboolean            redraw,
                     GArray             *points,
                     SitrepWindow       *self)
{
  if (self->map_view == NULL)
    return;
  if (points != NULL)
    {
      sitrep_map_points_layer_set_points (sitrep_map_view_get_events_layer (self->map_view),
                                          (const SitrepMapPoint *) (gpointer) points->data, points->len);
      return;
    }
  sitrep_map_view_set_day_range (self->map_view, first, last);
  if (redraw)
    sitrep_map_view_redraw_events (self->map_view);
}

static void
on_pane_map_wanted (SitrepWindow *self)
{
  if (self->map_button != NULL)
    gtk_toggle_button_set_active (self->map_button, TRUE);
}

static void
on_pane_event_activated (SitrepTimelinePane *pane,
                         gint64              id,
                         SitrepWindow       *self)
{
  sitrep_window_select_event (self, id);
}

/* A range of dates brushed on the timeline narrows the article list. */
static void
on_workspace_range_changed (SitrepWorkspace *workspace,
                            guint            first,
                            guint            last,
                            SitrepWindow    *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-timeline-range", first != 0);
  if (first != 0)
    {
      g_autofree char *a = sitrep_timeline_format_day_for_user (first);
      g_autofree char *b = sitrep_timeline_format_day_for_user (last);
      /* Translators: above the article list while a range of dates is selected on the timeline */
      g_autofree char *text = g_strdup_printf (_("Published %s – %s"), a, b);

      gtk_label_set_text (self->article_range_label, text);
    }
  gtk_revealer_set_reveal_child (self->article_range_revealer, first != 0);
}

/* Presentation */

static void
present_story (SitrepWindow *self,
               const char   *story)
{
  SitrepWindowStories *st = self->stories;
  g_autoptr(GError) error = NULL;
  SitrepPresentation *presentation;
  guint first = 0, last = 0;

  if (self->store == NULL)
    return;
  if (st->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (st->presentation));
  sitrep_timeline_pane_stop (self->timeline_pane);
  story = story != NULL && *story != '\0' ? story : NULL;
  presentation = self->event_index != NULL
                 ? sitrep_presentation_new_for_index (GTK_WINDOW (self), self->event_index, story, &error)
                 : sitrep_presentation_new (GTK_WINDOW (self), self->store, story, &error);
  /* A brushed range is what the user chose to look at: present that. */
  if (presentation != NULL && sitrep_workspace_get_range (self->workspace, &first, &last) &&
      !sitrep_presentation_set_range (presentation, first, last, &error))
    {
      gtk_window_destroy (GTK_WINDOW (presentation));
      g_object_unref (presentation);
      presentation = NULL;
    }
  if (presentation == NULL)
    {
      sitrep_window_show_toast (self, error->message);
      return;
    }
  st->presentation = GTK_WIDGET (presentation);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &st->presentation);
  gtk_window_fullscreen (GTK_WINDOW (presentation));
  gtk_window_present (GTK_WINDOW (presentation));
  /* The window holds no reference: destroying it ends it. */
  g_object_unref (presentation);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  present_story (SITREP_WINDOW (widget), param != NULL ? g_variant_get_string (param, NULL) : NULL);
}

/* The pane's verbs as the window's, for the header bar, the menus and the
 * accelerators. */

static void
show_timeline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->timeline_revealer, !timeline_shown (self));
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (!timeline_shown (self))
    gtk_revealer_set_reveal_child (self->timeline_revealer, TRUE);
  sitrep_timeline_pane_toggle_play (self->timeline_pane);
}

static void
pane_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  static const struct { const char *win, *pane; } verbs[] = {
    { "win.timeline-stop", "timeline.stop" },
    { "win.clear-timeline-range", "timeline.clear-range" },
    { "win.timeline-zoom-in", "timeline.zoom-in" },
    { "win.timeline-zoom-out", "timeline.zoom-out" },
    { "win.timeline-zoom-fit", "timeline.zoom-fit" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (action_name, verbs[i].win))
      gtk_widget_activate_action (GTK_WIDGET (self->timeline_pane), verbs[i].pane, NULL);
}

/* Window hooks */

void
_sitrep_window_class_timeline_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SITREP_TYPE_TIMELINE_PANE);

  gtk_widget_class_bind_template_child_full (widget_class, "timeline_revealer", FALSE,
                                             G_STRUCT_OFFSET (SitrepWindow, timeline_revealer));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_pane", FALSE,
                                             G_STRUCT_OFFSET (SitrepWindow, timeline_pane));
  gtk_widget_class_bind_template_child_full (widget_class, "article_range_revealer", FALSE,
                                             G_STRUCT_OFFSET (SitrepWindow, article_range_revealer));
  gtk_widget_class_bind_template_child_full (widget_class, "article_range_label", FALSE,
                                             G_STRUCT_OFFSET (SitrepWindow, article_range_label));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_paned", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.show-timeline", NULL, show_timeline_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-stop", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.clear-timeline-range", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-in", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-out", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-fit", NULL, pane_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-story", "s", present_action);

  _sitrep_window_class_stories_init (widget_class);
}

void
_sitrep_window_timeline_init (SitrepWindow *self)
{
  self->stories = g_new0 (SitrepWindowStories, 1);

  /* Hidden, the pane leaves the paned without a handle. */
  g_object_bind_property (self->timeline_revealer, "reveal-child", self->timeline_revealer, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->timeline_revealer, "reveal-child", self->timeline_pane, "shown",
                          G_BINDING_SYNC_CREATE);
  sitrep_pane_set_workspace (SITREP_PANE (self->timeline_pane), self->workspace);
  g_signal_connect (self->timeline_pane, "show-on-map", G_CALLBACK (on_pane_show_on_map), self);
  g_signal_connect_swapped (self->timeline_pane, "map-wanted", G_CALLBACK (on_pane_map_wanted), self);
  g_signal_connect (self->timeline_pane, "event-activated", G_CALLBACK (on_pane_event_activated), self);
  g_signal_connect (self->workspace, "range-changed", G_CALLBACK (on_workspace_range_changed), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-timeline-range", FALSE);
  _sitrep_window_stories_init (self);
}

void
_sitrep_window_timeline_connect (SitrepWindow *self)
{
  if (self->stories == NULL || self->store == NULL)
    return;
  sitrep_pane_set_event_index (SITREP_PANE (self->timeline_pane), self->event_index);
  _sitrep_window_stories_connect (self);
}

void
_sitrep_window_timeline_disconnect (SitrepWindow *self)
{
  if (self->stories == NULL)
    return;
  sitrep_timeline_pane_stop (self->timeline_pane);
  if (self->stories->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (self->stories->presentation));
  _sitrep_window_stories_disconnect (self);
  sitrep_pane_set_event_index (SITREP_PANE (self->timeline_pane), NULL);
}

void
_sitrep_window_timeline_dispose (SitrepWindow *self)
{
  if (self->stories == NULL)
    return;
  _sitrep_window_timeline_disconnect (self);
  g_signal_handlers_disconnect_by_data (self->timeline_pane, self);
  _sitrep_window_stories_dispose (self);
  g_clear_pointer (&self->stories, g_free);
}

SitrepTimelineView *
sitrep_window_get_timeline_view (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->timeline_pane != NULL ? sitrep_timeline_pane_get_view (self->timeline_pane) : NULL;
}

SitrepTimelinePane *
sitrep_window_get_timeline_pane (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->timeline_pane;
}

void
_sitrep_window_timeline_map_refreshed (SitrepWindow *self)
{
  if (self->timeline_pane != NULL)
    sitrep_timeline_pane_refilter_map (self->timeline_pane);
}
