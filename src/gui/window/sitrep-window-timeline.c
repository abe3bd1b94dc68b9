/* sitrep-window-timeline.c — the window's timeline pane, playback on the map and presentation
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-events-view.h"
#include "sitrep-presentation.h"
#include "sitrep-timeline-view.h"
#include "sitrep-window-private.h"

#define PLAY_TICK_MS 50
/* Dragging the handle saves the height once the drag settles. */
#define SAVE_HEIGHT_DELAY_MS 400

static const guint speeds[] = { 1, 7, 30, 91 };    /* days per second */
static const guint lengths[] = { 1, 7, 30, 91 };   /* days in the window */

static gboolean
timeline_shown (SitrepWindow *self)
{
  return self->timeline != NULL && gtk_revealer_get_reveal_child (self->timeline->revealer);
}

static char *
format_day (guint32 day)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  dt = g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d), 0, 0, 0);
  /* Translators: a day in the timeline's status; see g_date_time_format */
  return dt != NULL ? g_date_time_format (dt, _("%-d %b %Y")) : g_strdup ("");
}

static void
update_status (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  GString *text = g_string_new (NULL);
  GArray *events = sitrep_timeline_view_get_events (tl->view);
  guint n = events != NULL ? events->len : 0;
  guint n_undated = sitrep_timeline_view_get_n_undated (tl->view);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u dated event", "%u dated events", n), n);
  if (n_undated > 0)
    /* Translators: appended to "12 dated events" */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " · %u undated", " · %u undated",
                                               n_undated), n_undated);
  if (tl->play_id != 0 || tl->paused)
    {
      guint length = lengths[MIN (gtk_drop_down_get_selected (tl->length_dropdown), G_N_ELEMENTS (lengths) - 1)];
      g_autofree char *a = format_day ((guint32) tl->play_t);
      g_autofree char *b = format_day ((guint32) tl->play_t + length - 1);

      if (tl->paused)
        /* Translators: the playback window, "Paused at 3 Mar 2021 – 9 Mar 2021" */
        g_string_append_printf (text, _(" · Paused at %s – %s"), a, b);
      else
        /* Translators: the playback window, "Playing 3 Mar 2021 – 9 Mar 2021" */
        g_string_append_printf (text, _(" · Playing %s – %s"), a, b);
    }
  else if (tl->range_first != 0)
    {
      g_autofree char *a = format_day (tl->range_first);
      g_autofree char *b = format_day (tl->range_last);
      guint in = 0;

      for (guint i = 0; i < n; i++)
        {
          const SitrepTimelineEvent *e = &g_array_index (events, SitrepTimelineEvent, i);

          if (e->first <= tl->range_last && e->last >= tl->range_first)
            in++;
        }
      /* Translators: the brushed range, "Range 3 Mar 2021 – 9 Mar 2021: 12 events" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " · Range %s – %s: %u event",
                                                 " · Range %s – %s: %u events", in), a, b, in);
    }
  gtk_label_set_text (tl->status_label, text->str);
  g_string_free (text, TRUE);
}

static void apply_map_filter (SitrepWindow *self);

/* The timeline draws the window's event index from the first time it is
 * shown, and then follows it event by event, shown or not. */
static void
attach_index (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (sitrep_timeline_view_get_event_index (tl->view) == self->event_index)
    return;
  sitrep_timeline_view_set_event_index (tl->view, self->event_index);
  sitrep_timeline_view_set_selected_event (tl->view, sitrep_window_get_current_event (self));
  update_status (self);
}

static void
on_view_events_changed (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  update_status (self);
  /* Playback draws the map from the timeline's events. */
  if (tl->play_id != 0 || tl->paused)
    apply_map_filter (self);
}

/* The pane's height, kept as the handle's distance from the bottom: the
 * timeline keeps its height when the window grows, and only a height the
 * user chose by moving the handle is remembered. */

static int
pane_height (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  int height = gtk_widget_get_height (GTK_WIDGET (tl->paned));

  return height > 0 ? height - gtk_paned_get_position (tl->paned) : 0;
}

static void
save_height (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  int height;

  g_clear_handle_id (&tl->save_height_id, g_source_remove);
  if (self->settings == NULL || tl->pane_tick_id != 0)
    return;
  height = pane_height (self);
  if (height > 0 && height != g_settings_get_int (self->settings, "timeline-height"))
    g_settings_set_int (self->settings, "timeline-height", height);
}

static gboolean
save_height_cb (gpointer data)
{
  SitrepWindow *self = data;

  self->timeline->save_height_id = 0;
  save_height (self);

  return G_SOURCE_REMOVE;
}

static void
apply_height (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  int height = gtk_widget_get_height (GTK_WIDGET (tl->paned));

  tl->restore_pending = FALSE;
  tl->paned_height = height;
  /* The paned clamps it so that neither side gets smaller than it needs. */
  if (tl->wanted_height > 0)
    gtk_paned_set_position (tl->paned, MAX (0, height - tl->wanted_height));
}

/* Until the paned has laid out the height asked for, its moves are its own.
 * A paned resized while the pane was hidden moves the handle by as much on
 * its first layout: the next frame puts it back. */
static gboolean
on_pane_tick (GtkWidget     *paned,
              GdkFrameClock *clock,
              gpointer       data)
{
  SitrepWindow *self = data;
  SitrepWindowTimeline *tl = self->timeline;

  if (tl->restore_pending)
    {
      if (gtk_widget_get_height (paned) > 0)
        apply_height (self);
      return G_SOURCE_CONTINUE;
    }
  /* The first tick comes before the first layout with the pane. */
  if (++tl->settle_ticks < 2)
    return G_SOURCE_CONTINUE;
  if (tl->wanted_height > 0 && pane_height (self) != tl->wanted_height && tl->settle_ticks < 6)
    {
      apply_height (self);
      return G_SOURCE_CONTINUE;
    }
  tl->paned_height = gtk_widget_get_height (paned);
  tl->pane_tick_id = 0;

  return G_SOURCE_REMOVE;
}

static void
restore_height (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  g_clear_handle_id (&tl->save_height_id, g_source_remove);
  tl->settle_ticks = 0;
  tl->wanted_height = self->settings != NULL ? g_settings_get_int (self->settings, "timeline-height") : 0;
  if (gtk_widget_get_height (GTK_WIDGET (tl->paned)) > 0)
    apply_height (self);
  else
    tl->restore_pending = TRUE;
  if (tl->pane_tick_id == 0)
    tl->pane_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (tl->paned), on_pane_tick, self, NULL);
}

static void
on_paned_position_notify (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  int height = gtk_widget_get_height (GTK_WIDGET (tl->paned));

  if (!timeline_shown (self) || tl->pane_tick_id != 0)
    return;
  /* The window was resized: the paned moved the handle, not the user. */
  if (height != tl->paned_height)
    {
      tl->paned_height = height;
      return;
    }
  g_clear_handle_id (&tl->save_height_id, g_source_remove);
  tl->save_height_id = g_timeout_add (SAVE_HEIGHT_DELAY_MS, save_height_cb, self);
}

/* The map */

/* Shows on the map the events of the playback window (drawn here, from the
 * window's event index), else those of the brushed range, else every event
 * (both drawn by the map view from the index, event by event). */
static void
apply_map_filter (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  SitrepMapPointsLayer *layer;
  g_autoptr(GArray) points = NULL;
  GArray *events = sitrep_timeline_view_get_events (tl->view);
  guint length;
  g_autoptr(GArray) hits = NULL;

  if (self->map_view == NULL)
    return;
  if (tl->play_id == 0 && !tl->paused)
    {
      sitrep_map_view_set_day_range (self->map_view, tl->range_first, tl->range_last);
      /* Playback drew its own points: the map view draws them all again. */
      if (tl->map_filtered)
        {
          tl->map_filtered = FALSE;
          sitrep_map_view_redraw_events (self->map_view);
        }
      return;
    }
  if (self->event_index == NULL || events == NULL)
    return;

  layer = sitrep_map_view_get_events_layer (self->map_view);
  points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  length = lengths[MIN (gtk_drop_down_get_selected (tl->length_dropdown), G_N_ELEMENTS (lengths) - 1)];
  hits = sitrep_timeline_window ((SitrepTimelineEvent *) (gpointer) events->data, events->len,
                                 (guint32) tl->play_t, length, gtk_toggle_button_get_active (tl->before_button));

  /* Faded ones first, so the window's events draw on top. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < hits->len; i++)
      {
        const SitrepTimelineHit *hit = &g_array_index (hits, SitrepTimelineHit, i);
        const SitrepTimelineEvent *e = &g_array_index (events, SitrepTimelineEvent, hit->index);
        const SitrepEventIndexEntry *entry = sitrep_event_index_lookup (self->event_index, e->event_id);
        SitrepMapPoint point;

        if (entry == NULL || hit->before != (pass == 0) || !sitrep_map_events_point_for_entry (entry, &point))
          continue;
        if (hit->before)
          point.colour.alpha = 0.22;
        g_array_append_val (points, point);
      }
  sitrep_map_points_layer_set_points (layer, (const SitrepMapPoint *) (gpointer) points->data, points->len);
  tl->map_filtered = TRUE;
}

/* Playback */

/* Ends playback: the map shows what it showed before. */
static void
stop_playback (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (tl->play_id == 0 && !tl->paused)
    return;
  g_clear_handle_id (&tl->play_id, g_source_remove);
  tl->paused = FALSE;
  sitrep_timeline_view_set_window (tl->view, 0, 0);
  if (gtk_toggle_button_get_active (tl->play_button))
    gtk_toggle_button_set_active (tl->play_button, FALSE);
  gtk_button_set_icon_name (GTK_BUTTON (tl->play_button), "media-playback-start-symbolic");
  apply_map_filter (self);
  update_status (self);
}

/* Holds the window where it is, on the map and the timeline, so the
 * presenter can talk about it; Play goes on, Escape stops. */
static void
pause_playback (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (tl->play_id == 0)
    return;
  g_clear_handle_id (&tl->play_id, g_source_remove);
  tl->paused = TRUE;
  gtk_button_set_icon_name (GTK_BUTTON (tl->play_button), "media-playback-start-symbolic");
  apply_map_filter (self);
  update_status (self);
}

static gboolean
on_play_tick (gpointer data)
{
  SitrepWindow *self = data;
  SitrepWindowTimeline *tl = self->timeline;
  guint speed = speeds[MIN (gtk_drop_down_get_selected (tl->speed_dropdown), G_N_ELEMENTS (speeds) - 1)];
  guint length = lengths[MIN (gtk_drop_down_get_selected (tl->length_dropdown), G_N_ELEMENTS (lengths) - 1)];
  guint32 before = (guint32) tl->play_t;

  tl->play_t += speed * PLAY_TICK_MS / 1000.0;
  if (tl->play_t > tl->play_end)
    {
      /* The end: everything shows again, and Play starts afresh. Removing
       * the source being dispatched is safe. */
      tl->play_t = 0;
      stop_playback (self);
      return G_SOURCE_REMOVE;
    }
  /* Every tick, so nothing else showing the map's events outlasts one. */
  sitrep_timeline_view_set_window (tl->view, (guint32) tl->play_t, length);
  apply_map_filter (self);
  if ((guint32) tl->play_t != before)
    update_status (self);

  return G_SOURCE_CONTINUE;
}

static void
start_playback (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  guint32 first, last;
  GArray *events;
  guint length = lengths[MIN (gtk_drop_down_get_selected (tl->length_dropdown), G_N_ELEMENTS (lengths) - 1)];
  double v0, v1;

  if (tl->play_id != 0)
    return;
  attach_index (self);
  events = sitrep_timeline_view_get_events (tl->view);
  if (events == NULL || events->len == 0)
    {
      gtk_toggle_button_set_active (tl->play_button, FALSE);
      return;
    }
  /* Sorted by first day: the last day is not the last event's. */
  first = g_array_index (events, SitrepTimelineEvent, 0).first;
  last = 0;
  for (guint i = 0; i < events->len; i++)
    last = MAX (last, g_array_index (events, SitrepTimelineEvent, i).last);
  if (tl->range_first != 0)
    {
      first = tl->range_first;
      last = tl->range_last;
    }
  tl->play_end = last;
  sitrep_timeline_view_get_visible (tl->view, &v0, &v1);
  /* Resume where it paused while that is in sight; else play the range,
   * or from what the user is looking at (not from years before it). */
  if (tl->play_t < first || tl->play_t > last || tl->play_t + length < v0 || tl->play_t > v1)
    tl->play_t = tl->range_first != 0 ? first : CLAMP (ceil (v0), first, last);
  if (self->map_button != NULL)
    gtk_toggle_button_set_active (self->map_button, TRUE);
  tl->paused = FALSE;
  tl->play_id = g_timeout_add (PLAY_TICK_MS, on_play_tick, self);
  gtk_button_set_icon_name (GTK_BUTTON (tl->play_button), "media-playback-pause-symbolic");
  sitrep_timeline_view_set_window (tl->view, (guint32) tl->play_t, length);
  apply_map_filter (self);
  update_status (self);
}

/* Callbacks */

static void
on_play_toggled (GtkToggleButton *button,
                 SitrepWindow    *self)
{
  if (gtk_toggle_button_get_active (button))
    start_playback (self);
  else
    pause_playback (self);
}

static void
on_playback_option_changed (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (tl->play_id != 0 || tl->paused)
    {
      guint length = lengths[MIN (gtk_drop_down_get_selected (tl->length_dropdown), G_N_ELEMENTS (lengths) - 1)];

      sitrep_timeline_view_set_window (tl->view, (guint32) tl->play_t, length);
      apply_map_filter (self);
      update_status (self);
    }
}

/* The lanes dropdown's items, in order, and their settings values. */
static const struct
{
  SitrepTimelineLanes  lanes;
  const char          *setting;
} lane_choices[] = {
  { SITREP_TIMELINE_LANES_TYPE, "type" },
  { SITREP_TIMELINE_LANES_ACTOR, "actor" },
  { SITREP_TIMELINE_LANES_REGION, "region" },
};

static void
on_lanes_selected (SitrepWindow *self)
{
  guint selected = MIN (gtk_drop_down_get_selected (self->timeline->lanes_dropdown),
                        G_N_ELEMENTS (lane_choices) - 1);

  sitrep_timeline_view_set_lanes (self->timeline->view, lane_choices[selected].lanes);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "timeline-lanes", lane_choices[selected].setting);
}

/* A range brushed on the timeline is the workspace's range of dates. */
static void
on_range_changed (SitrepTimelineView *view,
                  guint               first,
                  guint               last,
                  SitrepWindow       *self)
{
  sitrep_workspace_set_range (self->workspace, first, last);
}

static void
on_workspace_range_changed (SitrepWorkspace *workspace,
                            guint            first,
                            guint            last,
                            SitrepWindow    *self)
{
  SitrepWindowTimeline *tl = self->timeline;
  guint shown_first = 0, shown_last = 0;

  tl->range_first = first;
  tl->range_last = last;
  if (sitrep_timeline_view_get_range (tl->view, &shown_first, &shown_last) != (first != 0) ||
      (first != 0 && (shown_first != first || shown_last != last)))
    sitrep_timeline_view_set_range (tl->view, first, last);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-timeline-range", first != 0);
  if (first != 0)
    {
      g_autofree char *a = format_day (first);
      g_autofree char *b = format_day (last);
      /* Translators: above the article list while a range of dates is selected on the timeline */
      g_autofree char *text = g_strdup_printf (_("Published %s – %s"), a, b);

      gtk_label_set_text (tl->article_range_label, text);
    }
  gtk_revealer_set_reveal_child (tl->article_range_revealer, first != 0);
  apply_map_filter (self);
  update_status (self);
}

static void
on_view_event_activated (SitrepTimelineView *view,
                         gint64              id,
                         SitrepWindow       *self)
{
  sitrep_window_select_event (self, id);
}

static void
on_workspace_event (SitrepWindow *self)
{
  if (self->timeline != NULL)
    sitrep_timeline_view_set_selected_event (self->timeline->view,
                                             sitrep_workspace_get_event (self->workspace));
}

static void
on_revealed (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (timeline_shown (self))
    attach_index (self);
  if (timeline_shown (self))
    {
      restore_height (self);
      gtk_widget_grab_focus (GTK_WIDGET (tl->view));
    }
  else
    {
      /* A height just chosen, before the paned forgets it. */
      if (tl->save_height_id != 0)
        save_height (self);
      stop_playback (self);
    }
}

/* Presentation */

static void
present_story (SitrepWindow *self,
               const char   *story)
{
  SitrepWindowTimeline *tl = self->timeline;
  g_autoptr(GError) error = NULL;
  SitrepPresentation *presentation;

  if (self->store == NULL)
    return;
  if (tl->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (tl->presentation));
  stop_playback (self);
  story = story != NULL && *story != '\0' ? story : NULL;
  presentation = self->event_index != NULL
                 ? sitrep_presentation_new_for_index (GTK_WINDOW (self), self->event_index, story, &error)
                 : sitrep_presentation_new (GTK_WINDOW (self), self->store, story, &error);
  /* A brushed range is what the user chose to look at: present that. */
  if (presentation != NULL && tl->range_first != 0 &&
      !sitrep_presentation_set_range (presentation, tl->range_first, tl->range_last, &error))
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
  tl->presentation = GTK_WIDGET (presentation);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &tl->presentation);
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

static void
show_timeline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->timeline->revealer,
                                 !gtk_revealer_get_reveal_child (self->timeline->revealer));
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (!timeline_shown (self))
    gtk_revealer_set_reveal_child (self->timeline->revealer, TRUE);
  gtk_toggle_button_set_active (self->timeline->play_button,
                                !gtk_toggle_button_get_active (self->timeline->play_button));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  stop_playback (SITREP_WINDOW (widget));
}

static void
clear_range_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  sitrep_timeline_view_set_range (SITREP_WINDOW (widget)->timeline->view, 0, 0);
}

static void
timeline_zoom_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepTimelineView *view = SITREP_WINDOW (widget)->timeline->view;

  if (g_str_equal (action_name, "win.timeline-zoom-in"))
    sitrep_timeline_view_zoom (view, 1.5, -1);
  else if (g_str_equal (action_name, "win.timeline-zoom-out"))
    sitrep_timeline_view_zoom (view, 1 / 1.5, -1);
  else
    sitrep_timeline_view_zoom_to_fit (view);
}

/* Keys anywhere in the pane that its controls do not take for themselves. */

static gboolean
stop_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   data)
{
  SitrepWindow *self = data;

  if (self->timeline->play_id == 0 && !self->timeline->paused)
    return FALSE;
  stop_playback (self);

  return TRUE;
}

static void
add_pane_shortcuts (SitrepWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                                                          gtk_named_action_new ("win.timeline-play")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (stop_shortcut, self, NULL)));
  gtk_widget_add_controller (gtk_revealer_get_child (self->timeline->revealer), controller);
}

/* Window hooks */

void
_sitrep_window_class_timeline_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SITREP_TYPE_TIMELINE_VIEW);

  gtk_widget_class_bind_template_child_full (widget_class, "timeline_paned", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_revealer", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_view", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_lanes_dropdown", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_play_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_speed_dropdown", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_length_dropdown", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_before_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_status_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "article_range_revealer", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "article_range_label", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.show-timeline", NULL, show_timeline_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "win.clear-timeline-range", NULL, clear_range_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-in", NULL, timeline_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-out", NULL, timeline_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-fit", NULL, timeline_zoom_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-story", "s", present_action);

  _sitrep_window_class_stories_init (widget_class);
}

void
_sitrep_window_timeline_init (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GType type = SITREP_TYPE_WINDOW;
  SitrepWindowTimeline *tl = g_new0 (SitrepWindowTimeline, 1);
  g_autofree char *lanes = NULL;

  self->timeline = tl;
  tl->paned = GTK_PANED (gtk_widget_get_template_child (widget, type, "timeline_paned"));
  tl->revealer = GTK_REVEALER (gtk_widget_get_template_child (widget, type, "timeline_revealer"));
  tl->view = SITREP_TIMELINE_VIEW (gtk_widget_get_template_child (widget, type, "timeline_view"));
  tl->lanes_dropdown = GTK_DROP_DOWN (gtk_widget_get_template_child (widget, type, "timeline_lanes_dropdown"));
  tl->play_button = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (widget, type, "timeline_play_button"));
  tl->speed_dropdown = GTK_DROP_DOWN (gtk_widget_get_template_child (widget, type, "timeline_speed_dropdown"));
  tl->length_dropdown = GTK_DROP_DOWN (gtk_widget_get_template_child (widget, type, "timeline_length_dropdown"));
  tl->before_button = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (widget, type, "timeline_before_button"));
  tl->status_label = GTK_LABEL (gtk_widget_get_template_child (widget, type, "timeline_status_label"));
  tl->article_range_revealer = GTK_REVEALER (gtk_widget_get_template_child (widget, type,
                                                                            "article_range_revealer"));
  tl->article_range_label = GTK_LABEL (gtk_widget_get_template_child (widget, type, "article_range_label"));

  if (self->settings != NULL)
    {
      lanes = g_settings_get_string (self->settings, "timeline-lanes");
      for (guint i = 0; i < G_N_ELEMENTS (lane_choices); i++)
        if (g_strcmp0 (lanes, lane_choices[i].setting) == 0)
          {
            gtk_drop_down_set_selected (tl->lanes_dropdown, i);
            sitrep_timeline_view_set_lanes (tl->view, lane_choices[i].lanes);
          }
    }
  gtk_drop_down_set_selected (tl->speed_dropdown, 1);
  gtk_drop_down_set_selected (tl->length_dropdown, 1);

  g_signal_connect_swapped (tl->lanes_dropdown, "notify::selected", G_CALLBACK (on_lanes_selected), self);
  g_signal_connect_swapped (tl->speed_dropdown, "notify::selected", G_CALLBACK (on_playback_option_changed), self);
  g_signal_connect_swapped (tl->length_dropdown, "notify::selected", G_CALLBACK (on_playback_option_changed), self);
  g_signal_connect_swapped (tl->before_button, "toggled", G_CALLBACK (on_playback_option_changed), self);
  g_signal_connect (tl->play_button, "toggled", G_CALLBACK (on_play_toggled), self);
  g_signal_connect (tl->view, "range-changed", G_CALLBACK (on_range_changed), self);
  g_signal_connect (tl->view, "event-activated", G_CALLBACK (on_view_event_activated), self);
  g_signal_connect_swapped (tl->view, "events-changed", G_CALLBACK (on_view_events_changed), self);
  /* Hidden, the pane leaves the paned without a handle. */
  g_object_bind_property (tl->revealer, "reveal-child", tl->revealer, "visible", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (tl->revealer, "notify::reveal-child", G_CALLBACK (on_revealed), self);
  g_signal_connect_swapped (tl->paned, "notify::position", G_CALLBACK (on_paned_position_notify), self);
  add_pane_shortcuts (self);
  g_signal_connect_swapped (self->workspace, "notify::event", G_CALLBACK (on_workspace_event), self);
  g_signal_connect (self->workspace, "range-changed", G_CALLBACK (on_workspace_range_changed), self);
  gtk_widget_action_set_enabled (widget, "win.clear-timeline-range", FALSE);
  _sitrep_window_stories_init (self);
}

void
_sitrep_window_timeline_connect (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (tl == NULL || self->store == NULL)
    return;
  if (timeline_shown (self))
    attach_index (self);
  _sitrep_window_stories_connect (self);
}

void
_sitrep_window_timeline_disconnect (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (tl == NULL)
    return;
  stop_playback (self);
  if (tl->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (tl->presentation));
  _sitrep_window_stories_disconnect (self);
  sitrep_timeline_view_set_range (tl->view, 0, 0);
  tl->map_filtered = FALSE;
  sitrep_timeline_view_set_event_index (tl->view, NULL);
  update_status (self);
}

void
_sitrep_window_timeline_dispose (SitrepWindow *self)
{
  SitrepWindowTimeline *tl = self->timeline;

  if (tl == NULL)
    return;
  _sitrep_window_timeline_disconnect (self);
  g_signal_handlers_disconnect_by_data (tl->view, self);
  g_signal_handlers_disconnect_by_data (tl->revealer, self);
  g_signal_handlers_disconnect_by_data (tl->paned, self);
  if (tl->save_height_id != 0)
    save_height (self);
  if (tl->pane_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (tl->paned), tl->pane_tick_id);
  g_signal_handlers_disconnect_by_data (tl->play_button, self);
  g_signal_handlers_disconnect_by_data (tl->lanes_dropdown, self);
  g_signal_handlers_disconnect_by_data (tl->speed_dropdown, self);
  g_signal_handlers_disconnect_by_data (tl->length_dropdown, self);
  g_signal_handlers_disconnect_by_data (tl->before_button, self);
  _sitrep_window_stories_dispose (self);
  g_clear_pointer (&self->timeline, g_free);
}

SitrepTimelineView *
sitrep_window_get_timeline_view (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->timeline != NULL ? self->timeline->view : NULL;
}


void
_sitrep_window_timeline_map_refreshed (SitrepWindow *self)
{
  if (self->timeline == NULL)
    return;
  apply_map_filter (self);
}
