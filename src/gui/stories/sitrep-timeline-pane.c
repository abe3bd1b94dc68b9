/* sitrep-timeline-pane.c — the timeline pane: lanes, playback on the map, the brushed range, its height
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-map-events.h"
#include "sitrep-timeline-pane.h"
#include "sitrep-timeline-pane-private.h"

#define PLAY_TICK_MS 50
/* Dragging the handle saves the height once the drag settles. */
#define SAVE_HEIGHT_DELAY_MS 400

struct _SitrepTimelinePane
{
  SitrepPane          parent_instance;

  /* template widgets */
  GtkWidget          *box;
  SitrepTimelineView *view;
  GtkDropDown        *lanes_dropdown;
  GtkToggleButton    *play_button;
  GtkDropDown        *speed_dropdown;
  GtkDropDown        *length_dropdown;
  GtkToggleButton    *before_button;
  GtkLabel           *status_label;
  GtkLabel           *count_label;

  /* owned references */
  GSettings          *settings;

  /* weak references: the paned whose end child holds the pane */
  GtkPaned           *paned;

  /* state */
  gboolean            shown;
  gboolean            map_filtered;
  guint               play_id;
  gboolean            paused;       /* the map stays on the window until stopped */
  double              play_t;
  guint32             play_end;     /* the last day playback shows */
  guint32             range_first;
  guint32             range_last;
  guint               save_height_id;
  guint               pane_tick_id;
  int                 paned_height;
  int                 wanted_height;
  gboolean            own_move;     /* the pane itself is moving the handle */
  gboolean            laid_out;     /* allocated since it was last shown */
  guint               settle_ticks;
  gboolean            restore_pending;
};

enum {
  PROP_0,
  PROP_SHOWN,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  SHOW_ON_MAP,
  MAP_WANTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepTimelinePane, sitrep_timeline_pane, SITREP_TYPE_PANE)

static const guint speeds[] = { 1, 7, 30, 91 };    /* days per second */
static const guint lengths[] = { 1, 7, 30, 91 };   /* days in the window */

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

static guint
play_length (SitrepTimelinePane *self)
{
  return lengths[MIN (gtk_drop_down_get_selected (self->length_dropdown), G_N_ELEMENTS (lengths) - 1)];
}

static guint
count_in_range (SitrepTimelinePane *self)
{
  GArray *events = sitrep_timeline_view_get_events (self->view);
  guint in = 0;

  for (guint i = 0; events != NULL && i < events->len; i++)
    if (g_array_index (events, SitrepTimelineEvent, i).first <= self->range_last &&
        g_array_index (events, SitrepTimelineEvent, i).last >= self->range_first)
      in++;
  return in;
}

/* What the timeline is narrowed to (the brushed range and its count, or the playback
 * window) has a label that never shrinks; the totals after it ellipsize (tooltips: all). */
static void
update_status (SitrepTimelinePane *self)
{
  GString *text = g_string_new (NULL);
  GString *full = g_string_new (NULL);
  g_autofree char *narrowed = NULL;
  GArray *events = sitrep_timeline_view_get_events (self->view);
  guint n = events != NULL ? events->len : 0;
  guint n_undated = sitrep_timeline_view_get_n_undated (self->view);
  gboolean ranged = self->range_first != 0 && self->play_id == 0 && !self->paused;

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%'u dated event", "%'u dated events", n), n);
  if (n_undated > 0)
    /* Translators: appended to "12 dated events" */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " · %'u undated", " · %'u undated",
                                               n_undated), n_undated);
  g_string_append (full, text->str);
  if (self->play_id != 0 || self->paused)
    {
      g_autofree char *range = sitrep_timeline_format_range ((guint32) self->play_t,
                                                             (guint32) self->play_t + play_length (self) - 1);

      if (self->paused)
        /* Translators: the playback window, "Paused at 3–9 Mar 2021" */
        narrowed = g_strdup_printf (_("Paused at %s"), range);
      else
        /* Translators: the playback window, "Playing 3–9 Mar 2021" */
        narrowed = g_strdup_printf (_("Playing %s"), range);
      g_string_prepend (full, " · ");
      g_string_prepend (full, narrowed);
    }
  else if (ranged)
    {
      g_autofree char *a = sitrep_timeline_format_day_for_user (self->range_first);
      g_autofree char *b = sitrep_timeline_format_day_for_user (self->range_last);
      g_autofree char *range = sitrep_timeline_format_range (self->range_first, self->range_last);
      guint in = count_in_range (self);

      /* Translators: the brushed range, "Range 3 Mar 2021 – 9 Mar 2021: 12 events" */
      g_string_append_printf (full, g_dngettext (GETTEXT_PACKAGE, " · Range %s – %s: %'u event",
                                                 " · Range %s – %s: %'u events", in), a, b, in);
      /* Translators: the brushed range and how many events it holds, "3–9 Mar 2021: 12 events" */
      narrowed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %'u event", "%s: %'u events", in), range, in);
    }
  gtk_label_set_text (self->count_label, narrowed != NULL ? narrowed : "");
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), narrowed != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_label), full->str);
  if (narrowed != NULL)
    g_string_prepend (text, "· ");
  gtk_label_set_text (self->status_label, text->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), full->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, full->str, -1);
  g_string_free (text, TRUE);
  g_string_free (full, TRUE);
}

static void apply_map_filter (SitrepTimelinePane *self);

/* The timeline draws the event index from the first time it is shown, and
 * then follows it event by event, shown or not. */
static void
attach_index (SitrepTimelinePane *self)
{
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (SITREP_PANE (self));
  SitrepEventIndex *index = sitrep_pane_get_event_index (SITREP_PANE (self));

  if (sitrep_timeline_view_get_event_index (self->view) == index)
    return;
  sitrep_timeline_view_set_event_index (self->view, index);
  sitrep_timeline_view_set_selected_event (self->view, workspace != NULL ? sitrep_workspace_get_event (workspace) : 0);
  update_status (self);
}

static void on_lanes_selected (SitrepTimelinePane *self);

/* Lanes by type with no type coded are drawn by region: the menu says so. */
static void
sync_lanes_label (SitrepTimelinePane *self)
{
  GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (self->lanes_dropdown));
  gboolean by_region = sitrep_timeline_view_get_lanes (self->view) == SITREP_TIMELINE_LANES_TYPE &&
                       sitrep_timeline_view_get_effective_lanes (self->view) == SITREP_TIMELINE_LANES_REGION;
  const char *want[] = { by_region ? _("By Region, No Types Coded") : _("By Event Type"), NULL };
  guint selected = gtk_drop_down_get_selected (self->lanes_dropdown);

  if (g_strcmp0 (gtk_string_list_get_string (list, 0), want[0]) == 0)
    return;
  g_signal_handlers_block_by_func (self->lanes_dropdown, on_lanes_selected, self);
  gtk_string_list_splice (list, 0, 1, want);
  gtk_drop_down_set_selected (self->lanes_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->lanes_dropdown, on_lanes_selected, self);
}

static void
on_view_events_changed (SitrepTimelinePane *self)
{
  sync_lanes_label (self);
  update_status (self);
  /* Playback draws the map from the timeline's events. */
  if (self->play_id != 0 || self->paused)
    apply_map_filter (self);
}

/* The pane's height, kept as the handle's distance from the bottom: the
 * timeline keeps its height when the window grows, and only a height the
 * user chose by moving the handle is remembered. */

static int
pane_height (SitrepTimelinePane *self)
{
  int height = self->paned != NULL ? gtk_widget_get_height (GTK_WIDGET (self->paned)) : 0;

  return height > 0 ? height - gtk_paned_get_position (self->paned) : 0;
}

static void
save_height (SitrepTimelinePane *self)
{
  int height;

  g_clear_handle_id (&self->save_height_id, g_source_remove);
  if (self->pane_tick_id != 0)
    return;
  height = pane_height (self);
  if (height > 0 && height != g_settings_get_int (self->settings, "timeline-height"))
    g_settings_set_int (self->settings, "timeline-height", height);
}

gboolean
sitrep_timeline_pane_is_height_pending (SitrepTimelinePane *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_PANE (self), FALSE);

  return self->pane_tick_id != 0 || self->save_height_id != 0;
}

static gboolean
save_height_cb (gpointer data)
{
  SitrepTimelinePane *self = data;

  self->save_height_id = 0;
  save_height (self);

  return G_SOURCE_REMOVE;
}

/* Until the user sets the timeline's height, the views above keep 600 px of
 * a short window: the reader and the panel's review list need them more. */
static int
height_for (SitrepTimelinePane *self,
            int                 paned_height)
{
  g_autoptr(GVariant) chosen = g_settings_get_user_value (self->settings, "timeline-height");

  return chosen != NULL || paned_height <= 0 ? self->wanted_height
                                             : MAX (1, MIN (self->wanted_height, paned_height - 600));
}

static void
apply_height (SitrepTimelinePane *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->paned)), wanted = height_for (self, height);

  self->restore_pending = FALSE;
  self->paned_height = height;
  /* The paned clamps it so that neither side gets smaller than it needs. */
  self->own_move = TRUE;
  if (wanted > 0)
    gtk_paned_set_position (self->paned, MAX (0, height - wanted));
  self->own_move = FALSE;
}

static void
stop_settling (SitrepTimelinePane *self)
{
  if (self->pane_tick_id != 0 && self->paned != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->paned), self->pane_tick_id);
  self->pane_tick_id = 0;
}

/* Until the paned has laid out the height asked for, its moves are its own.
 * A paned resized while the pane was hidden moves the handle by as much on
 * its first layout: the next frame puts it back. */
static gboolean
on_pane_tick (GtkWidget     *paned,
              GdkFrameClock *clock,
              gpointer       data)
{
  SitrepTimelinePane *self = data;

  if (self->restore_pending)
    {
      if (gtk_widget_get_height (paned) > 0)
        apply_height (self);
      return G_SOURCE_CONTINUE;
    }
  /* The first tick comes before the first layout with the pane. */
  if (++self->settle_ticks < 2)
    return G_SOURCE_CONTINUE;
  if (self->wanted_height > 0 && pane_height (self) != height_for (self, gtk_widget_get_height (paned)) &&
      self->settle_ticks < 6)
    {
      apply_height (self);
      return G_SOURCE_CONTINUE;
    }
  self->paned_height = gtk_widget_get_height (paned);
  self->pane_tick_id = 0;

  return G_SOURCE_REMOVE;
}

static void
restore_height (SitrepTimelinePane *self)
{
  if (self->paned == NULL)
    return;
  g_clear_handle_id (&self->save_height_id, g_source_remove);
  self->settle_ticks = 0;
  self->wanted_height = g_settings_get_int (self->settings, "timeline-height");
  if (gtk_widget_get_height (GTK_WIDGET (self->paned)) > 0)
    apply_height (self);
  else
    self->restore_pending = TRUE;
  if (self->pane_tick_id == 0)
    self->pane_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->paned), on_pane_tick, self, NULL);
}

static void
on_paned_position_notify (SitrepTimelinePane *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->paned));

  if (!self->shown || self->own_move || self->restore_pending)
    return;
  /* The window was resized: the paned moved the handle, not the user. */
  if (height != self->paned_height)
    {
      self->paned_height = height;
      return;
    }
  /* On its first layout with the pane the paned moves the handle itself;
   * after it, a move is the user's and wins, however slowly the frames
   * that settle the pane come. */
  if (self->pane_tick_id != 0 && !self->laid_out)
    return;
  stop_settling (self);
  g_clear_handle_id (&self->save_height_id, g_source_remove);
  self->save_height_id = g_timeout_add (SAVE_HEIGHT_DELAY_MS, save_height_cb, self);
}

/* The map */

/* Asks the map to show the events of the playback window (drawn here, from
 * the event index), else those of the brushed range, else every event (both
 * drawn by the map view from the index, event by event). */
static void
apply_map_filter (SitrepTimelinePane *self)
{
  g_autoptr(GArray) points = NULL;
  GArray *events = sitrep_timeline_view_get_events (self->view);
  SitrepEventIndex *index = sitrep_pane_get_event_index (SITREP_PANE (self));
  g_autoptr(GArray) hits = NULL;

  if (self->play_id == 0 && !self->paused)
    {
      /* Playback drew its own points: the map view draws them all again. */
      gboolean redraw = self->map_filtered;

      self->map_filtered = FALSE;
      g_signal_emit (self, signals[SHOW_ON_MAP], 0, self->range_first, self->range_last, redraw, NULL);
      return;
    }
  if (index == NULL || events == NULL)
    return;

  points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  hits = sitrep_timeline_window ((SitrepTimelineEvent *) (gpointer) events->data, events->len,
                                 (guint32) self->play_t, play_length (self),
                                 gtk_toggle_button_get_active (self->before_button));

  /* Faded ones first, so the window's events draw on top. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < hits->len; i++)
      {
        const SitrepTimelineHit *hit = &g_array_index (hits, SitrepTimelineHit, i);
        const SitrepTimelineEvent *e = &g_array_index (events, SitrepTimelineEvent, hit->index);
        const SitrepEventIndexEntry *entry = sitrep_event_index_lookup (index, e->event_id);
        SitrepMapPoint point;

        if (entry == NULL || hit->before != (pass == 0) || !sitrep_map_events_point_for_entry (entry, &point))
          continue;
        if (hit->before)
          point.colour.alpha = 0.22;
        g_array_append_val (points, point);
      }
  self->map_filtered = TRUE;
  g_signal_emit (self, signals[SHOW_ON_MAP], 0, 0, 0, FALSE, points);
}

/* Playback */

static void
stop_playback (SitrepTimelinePane *self)
{
  if (self->play_id == 0 && !self->paused)
    return;
  g_clear_handle_id (&self->play_id, g_source_remove);
  self->paused = FALSE;
  sitrep_timeline_view_set_window (self->view, 0, 0);
  if (gtk_toggle_button_get_active (self->play_button))
    gtk_toggle_button_set_active (self->play_button, FALSE);
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-start-symbolic");
  apply_map_filter (self);
  update_status (self);
}

/* Holds the window where it is, on the map and the timeline, so the
 * presenter can talk about it; Play goes on, Escape stops. */
static void
pause_playback (SitrepTimelinePane *self)
{
  if (self->play_id == 0)
    return;
  g_clear_handle_id (&self->play_id, g_source_remove);
  self->paused = TRUE;
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-start-symbolic");
  apply_map_filter (self);
  update_status (self);
}

static gboolean
on_play_tick (gpointer data)
{
  SitrepTimelinePane *self = data;
  guint speed = speeds[MIN (gtk_drop_down_get_selected (self->speed_dropdown), G_N_ELEMENTS (speeds) - 1)];
  guint32 before = (guint32) self->play_t;

  self->play_t += speed * PLAY_TICK_MS / 1000.0;
  if (self->play_t > self->play_end)
    {
      /* The end: everything shows again, and Play starts afresh. Removing
       * the source being dispatched is safe. */
      self->play_t = 0;
      stop_playback (self);
      return G_SOURCE_REMOVE;
    }
  /* Every tick, so nothing else showing the map's events outlasts one. */
  sitrep_timeline_view_set_window (self->view, (guint32) self->play_t, play_length (self));
  apply_map_filter (self);
  if ((guint32) self->play_t != before)
    update_status (self);

  return G_SOURCE_CONTINUE;
}

static void
start_playback (SitrepTimelinePane *self)
{
  guint32 first, last;
  GArray *events;
  guint length = play_length (self);
  double v0, v1;

  if (self->play_id != 0)
    return;
  attach_index (self);
  events = sitrep_timeline_view_get_events (self->view);
  if (events == NULL || events->len == 0)
    {
      gtk_toggle_button_set_active (self->play_button, FALSE);
      return;
    }
  /* Sorted by first day: the last day is not the last event's. */
  first = g_array_index (events, SitrepTimelineEvent, 0).first;
  last = 0;
  for (guint i = 0; i < events->len; i++)
    last = MAX (last, g_array_index (events, SitrepTimelineEvent, i).last);
  if (self->range_first != 0)
    {
      first = self->range_first;
      last = self->range_last;
    }
  self->play_end = last;
  sitrep_timeline_view_get_visible (self->view, &v0, &v1);
  /* Resume where it paused while that is in sight; else play the range,
   * or from what the user is looking at (not from years before it). */
  if (self->play_t < first || self->play_t > last || self->play_t + length < v0 || self->play_t > v1)
    self->play_t = self->range_first != 0 ? first : CLAMP (ceil (v0), first, last);
  g_signal_emit (self, signals[MAP_WANTED], 0);
  self->paused = FALSE;
  self->play_id = g_timeout_add (PLAY_TICK_MS, on_play_tick, self);
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button), "media-playback-pause-symbolic");
  sitrep_timeline_view_set_window (self->view, (guint32) self->play_t, length);
  apply_map_filter (self);
  update_status (self);
}

/* Callbacks */

static void
on_play_toggled (GtkToggleButton    *button,
                 SitrepTimelinePane *self)
{
  if (gtk_toggle_button_get_active (button))
    start_playback (self);
  else
    pause_playback (self);
}

static void
on_playback_option_changed (SitrepTimelinePane *self)
{
  if (self->play_id != 0 || self->paused)
    {
      sitrep_timeline_view_set_window (self->view, (guint32) self->play_t, play_length (self));
      apply_map_filter (self);
      update_status (self);
    }
}

static void
on_lanes_selected (SitrepTimelinePane *self)
{
  guint selected = MIN (gtk_drop_down_get_selected (self->lanes_dropdown), G_N_ELEMENTS (lane_choices) - 1);

  sitrep_timeline_view_set_lanes (self->view, lane_choices[selected].lanes);
  g_settings_set_string (self->settings, "timeline-lanes", lane_choices[selected].setting);
  sync_lanes_label (self);
}

/* A range brushed on the timeline is the workspace's range of dates. */
static void
on_view_range_changed (SitrepTimelineView *view,
                       guint               first,
                       guint               last,
                       SitrepTimelinePane *self)
{
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (SITREP_PANE (self));

  if (workspace != NULL)
    sitrep_workspace_set_range (workspace, first, last);
}

static void
on_workspace_range_changed (SitrepWorkspace    *workspace,
                            guint               first,
                            guint               last,
                            SitrepTimelinePane *self)
{
  guint shown_first = 0, shown_last = 0;

  self->range_first = first;
  self->range_last = last;
  if (sitrep_timeline_view_get_range (self->view, &shown_first, &shown_last) != (first != 0) ||
      (first != 0 && (shown_first != first || shown_last != last)))
    sitrep_timeline_view_set_range (self->view, first, last);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.clear-range", first != 0);
  apply_map_filter (self);
  update_status (self);
}

static void
on_view_event_activated (SitrepTimelineView *view,
                         gint64              id,
                         SitrepTimelinePane *self)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, id);
}

/* Actions */

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  sitrep_timeline_pane_toggle_play (SITREP_TIMELINE_PANE (widget));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  stop_playback (SITREP_TIMELINE_PANE (widget));
}

static void
clear_range_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  sitrep_timeline_view_set_range (SITREP_TIMELINE_PANE (widget)->view, 0, 0);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepTimelineView *view = SITREP_TIMELINE_PANE (widget)->view;

  if (g_str_equal (action_name, "timeline.zoom-in"))
    sitrep_timeline_view_zoom (view, 1.5, -1);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    sitrep_timeline_view_zoom (view, 1 / 1.5, -1);
  else
    sitrep_timeline_view_zoom_to_fit (view);
}

/* Escape anywhere in the pane that its controls do not take for themselves. */
static gboolean
stop_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   data)
{
  SitrepTimelinePane *self = SITREP_TIMELINE_PANE (widget);

  if (self->play_id == 0 && !self->paused)
    return FALSE;
  stop_playback (self);

  return TRUE;
}

/* One child; knowing when it is laid out tells the paned's moves from the user's. */

static void
sitrep_timeline_pane_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  gtk_widget_measure (SITREP_TIMELINE_PANE (widget)->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
sitrep_timeline_pane_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  SitrepTimelinePane *self = SITREP_TIMELINE_PANE (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  if (self->shown && height > 0)
    self->laid_out = TRUE;
}

/* The paned it is in */

static void
sitrep_timeline_pane_root (GtkWidget *widget)
{
  SitrepTimelinePane *self = SITREP_TIMELINE_PANE (widget);
  GtkWidget *paned;

  GTK_WIDGET_CLASS (sitrep_timeline_pane_parent_class)->root (widget);

  paned = gtk_widget_get_ancestor (widget, GTK_TYPE_PANED);
  if (paned == NULL)
    return;
  g_set_weak_pointer (&self->paned, GTK_PANED (paned));
  g_signal_connect_swapped (paned, "notify::position", G_CALLBACK (on_paned_position_notify), self);
  if (self->shown)
    restore_height (self);
}

static void
leave_paned (SitrepTimelinePane *self)
{
  if (self->paned == NULL)
    return;
  /* A height just chosen, before the paned forgets it. */
  if (self->save_height_id != 0)
    save_height (self);
  stop_settling (self);
  g_signal_handlers_disconnect_by_data (self->paned, self);
  g_clear_weak_pointer (&self->paned);
}

/* Another workspace: its range is the one brushed. */
static void
sitrep_timeline_pane_workspace_changed (SitrepPane      *pane,
                                        SitrepWorkspace *old)
{
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (pane);
  guint first = 0, last = 0;

  if (workspace != NULL)
    sitrep_workspace_get_range (workspace, &first, &last);
  on_workspace_range_changed (workspace, first, last, SITREP_TIMELINE_PANE (pane));
}

static void
sitrep_timeline_pane_event_index_changed (SitrepPane       *pane,
                                          SitrepEventIndex *old)
{
  SitrepTimelinePane *self = SITREP_TIMELINE_PANE (pane);

  if (old != NULL)
    {
      /* Another project, or none: nothing of the last one plays or stays brushed. */
      stop_playback (self);
      sitrep_timeline_view_set_range (self->view, 0, 0);
      self->map_filtered = FALSE;
      sitrep_timeline_view_set_event_index (self->view, NULL);
    }
  if (sitrep_pane_get_event_index (pane) != NULL && self->shown)
    attach_index (self);
  update_status (self);
}

static void
sitrep_timeline_pane_unroot (GtkWidget *widget)
{
  leave_paned (SITREP_TIMELINE_PANE (widget));

  GTK_WIDGET_CLASS (sitrep_timeline_pane_parent_class)->unroot (widget);
}

static void
sitrep_timeline_pane_dispose (GObject *object)
{
  SitrepTimelinePane *self = SITREP_TIMELINE_PANE (object);

  g_clear_handle_id (&self->play_id, g_source_remove);
  leave_paned (self);
  g_clear_handle_id (&self->save_height_id, g_source_remove);
  if (self->view != NULL)
    sitrep_timeline_view_set_event_index (self->view, NULL);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_TIMELINE_PANE);

  G_OBJECT_CLASS (sitrep_timeline_pane_parent_class)->dispose (object);
}

static void
sitrep_timeline_pane_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SitrepTimelinePane *self = SITREP_TIMELINE_PANE (object);

  switch (prop_id)
    {
    case PROP_SHOWN:
      g_value_set_boolean (value, self->shown);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_timeline_pane_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SitrepTimelinePane *self = SITREP_TIMELINE_PANE (object);

  switch (prop_id)
    {
    case PROP_SHOWN:
      sitrep_timeline_pane_set_shown (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_timeline_pane_class_init (SitrepTimelinePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SitrepPaneClass *pane_class = SITREP_PANE_CLASS (klass);

  object_class->dispose = sitrep_timeline_pane_dispose;
  object_class->get_property = sitrep_timeline_pane_get_property;
  object_class->set_property = sitrep_timeline_pane_set_property;
  widget_class->measure = sitrep_timeline_pane_measure;
  widget_class->size_allocate = sitrep_timeline_pane_size_allocate;
  widget_class->root = sitrep_timeline_pane_root;
  widget_class->unroot = sitrep_timeline_pane_unroot;
  pane_class->workspace_changed = sitrep_timeline_pane_workspace_changed;
  pane_class->event_index_changed = sitrep_timeline_pane_event_index_changed;

  properties[PROP_SHOWN] =
    g_param_spec_boolean ("shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SHOW_ON_MAP] =
    g_signal_new ("show-on-map", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_BOOLEAN, G_TYPE_ARRAY);
  /* Playback starts: the map should be shown. */
  signals[MAP_WANTED] =
    g_signal_new ("map-wanted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (SITREP_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-timeline-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepTimelinePane, box);
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_view", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, view));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_lanes_dropdown", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, lanes_dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_play_button", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, play_button));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_speed_dropdown", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, speed_dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_length_dropdown", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, length_dropdown));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_before_button", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, before_button));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_status_label", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, status_label));
  gtk_widget_class_bind_template_child_full (widget_class, "timeline_count_label", FALSE,
                                             G_STRUCT_OFFSET (SitrepTimelinePane, count_label));

  gtk_widget_class_install_action (widget_class, "timeline.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "timeline.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "timeline.clear-range", NULL, clear_range_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  /* Keys anywhere in the pane that its controls do not take for themselves. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.play", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, stop_shortcut, NULL);

  gtk_widget_class_set_css_name (widget_class, "timelinepane");
}

static void
sitrep_timeline_pane_init (SitrepTimelinePane *self)
{
  g_autofree char *lanes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);

  lanes = g_settings_get_string (self->settings, "timeline-lanes");
  for (guint i = 0; i < G_N_ELEMENTS (lane_choices); i++)
    if (g_strcmp0 (lanes, lane_choices[i].setting) == 0)
      {
        gtk_drop_down_set_selected (self->lanes_dropdown, i);
        sitrep_timeline_view_set_lanes (self->view, lane_choices[i].lanes);
      }
  gtk_drop_down_set_selected (self->speed_dropdown, 1);
  gtk_drop_down_set_selected (self->length_dropdown, 1);

  g_signal_connect_swapped (self->lanes_dropdown, "notify::selected", G_CALLBACK (on_lanes_selected), self);
  g_signal_connect_swapped (self->speed_dropdown, "notify::selected", G_CALLBACK (on_playback_option_changed), self);
  g_signal_connect_swapped (self->length_dropdown, "notify::selected", G_CALLBACK (on_playback_option_changed), self);
  g_signal_connect_swapped (self->before_button, "toggled", G_CALLBACK (on_playback_option_changed), self);
  g_signal_connect (self->play_button, "toggled", G_CALLBACK (on_play_toggled), self);
  g_signal_connect (self->view, "range-changed", G_CALLBACK (on_view_range_changed), self);
  g_signal_connect (self->view, "event-activated", G_CALLBACK (on_view_event_activated), self);
  g_signal_connect_swapped (self->view, "events-changed", G_CALLBACK (on_view_events_changed), self);

  /* The workspace: its event is the one ringed, its range the one brushed. */
  g_binding_group_bind (sitrep_pane_get_workspace_bindings (SITREP_PANE (self)), "event",
                        self->view, "selected-event", G_BINDING_SYNC_CREATE);
  g_signal_group_connect_object (sitrep_pane_get_workspace_signals (SITREP_PANE (self)), "range-changed",
                                 G_CALLBACK (on_workspace_range_changed), self, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.clear-range", FALSE);
  update_status (self);
}

/* Public API */

GtkWidget *
sitrep_timeline_pane_new (void)
{
  return g_object_new (SITREP_TYPE_TIMELINE_PANE, NULL);
}

SitrepTimelineView *
sitrep_timeline_pane_get_view (SitrepTimelinePane *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_PANE (self), NULL);

  return self->view;
}

void
sitrep_timeline_pane_set_shown (SitrepTimelinePane *self,
                                gboolean            shown)
{
  g_return_if_fail (SITREP_IS_TIMELINE_PANE (self));

  shown = !!shown;
  if (shown == self->shown)
    return;
  self->shown = shown;
  self->laid_out = FALSE;
  if (shown)
    {
      attach_index (self);
      restore_height (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->view));
    }
  else
    {
      /* A height just chosen, before the paned forgets it. */
      if (self->save_height_id != 0)
        save_height (self);
      stop_playback (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN]);
}

gboolean
sitrep_timeline_pane_is_playing (SitrepTimelinePane *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_PANE (self), FALSE);

  return self->play_id != 0 || self->paused;
}

void
sitrep_timeline_pane_stop (SitrepTimelinePane *self)
{
  g_return_if_fail (SITREP_IS_TIMELINE_PANE (self));

  stop_playback (self);
}

void
sitrep_timeline_pane_toggle_play (SitrepTimelinePane *self)
{
  g_return_if_fail (SITREP_IS_TIMELINE_PANE (self));

  gtk_toggle_button_set_active (self->play_button, !gtk_toggle_button_get_active (self->play_button));
}

void
sitrep_timeline_pane_refilter_map (SitrepTimelinePane *self)
{
  g_return_if_fail (SITREP_IS_TIMELINE_PANE (self));

  apply_map_filter (self);
}
