/* sitrep-timeline-view.c — events on a time axis in lanes: the widget, its view, input and API
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-accessible.h"
#include "sitrep-timeline-view-private.h"
#include "sitrep-timeline-view-test-private.h"

#define MAX_PPD       400.0   /* pixels per day, zoomed in */
#define MIN_DAYS_SHOWN  7.0

enum {
  PROP_0,
  PROP_LANES,
  PROP_SELECTED_EVENT,
  PROP_BRUSH_MODE,
  PROP_COMPACT,
  N_PROPS
};

enum {
  SIGNAL_RANGE_CHANGED,
  SIGNAL_EVENT_ACTIVATED,
  SIGNAL_EVENTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepTimelineView, sitrep_timeline_view, GTK_TYPE_WIDGET)

/* The view */

static double
min_ppd (SitrepTimelineView *self)
{
  double span = self->events != NULL && self->events->len > 0
                ? (double) self->data_last + 1 - self->data_first : 365;

  return data_width (self) / (MAX (span, 30) * 3);
}

static void
clamp_view (SitrepTimelineView *self)
{
  double shown;

  self->ppd = CLAMP (self->ppd, min_ppd (self), MAX_PPD);
  shown = data_width (self) / self->ppd;
  if (self->events != NULL && self->events->len > 0)
    self->v0 = CLAMP (self->v0,
                      self->data_first - shown * 0.9,
                      self->data_last + 1 - shown * 0.1);
}

static void
set_view (SitrepTimelineView *self,
          double              v0,
          double              ppd)
{
  if (v0 == self->v0 && ppd == self->ppd)
    return;
  self->v0 = v0;
  self->ppd = ppd;
  clamp_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at (SitrepTimelineView *self,
         double              factor,
         double              x)
{
  double anchor = x_day (self, x);
  double ppd = CLAMP (self->ppd * factor, min_ppd (self), MAX_PPD);

  set_view (self, anchor - (x - gutter (self)) / ppd, ppd);
}

static void
pan_pixels (SitrepTimelineView *self,
            double              dx)
{
  set_view (self, self->v0 + dx / self->ppd, self->ppd);
}

static void
stop_kinetic (SitrepTimelineView *self)
{
  if (self->kinetic_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_id);
  self->kinetic_id = 0;
}

static void
update_accessible (SitrepTimelineView *self)
{
  g_autofree char *text = NULL;

  if (self->events == NULL || self->events->len == 0)
    text = g_strdup (_("No dated events"));
  else
    {
      g_autofree char *first = sitrep_timeline_format_day (self->data_first);
      g_autofree char *last = sitrep_timeline_format_day (self->data_last);

      g_autofree char *events = NULL;

      /* Translators: the timeline's description for screen readers */
      events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event from %s to %s",
                                             "%'u events from %s to %s", self->events->len),
                                self->events->len, first, last);
      /* Translators: the timeline's description for screen readers: the events, then how to select dates */
      text = g_strdup_printf (_("%s. Shift+Left and Shift+Right select a range of dates, Escape clears it."), events);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* Lays the events out again in the lanes of the mode asked, in memory. */
static void
build_lanes (SitrepTimelineView *self)
{
  SitrepTimelineLayout layout = { 0 };

  layout.events = self->events != NULL ? g_array_ref (self->events) : NULL;
  layout.data_first = self->data_first;
  layout.data_last = self->data_last;
  _sitrep_timeline_layout_build (&layout, self->lane_mode);
  _sitrep_timeline_view_swap_layout (self, &layout);
  _sitrep_timeline_layout_clear (&layout);
}

/* Size */

static void
sitrep_timeline_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) gutter (self) + 120;
      *natural = (int) gutter (self) + 600;
    }
  else
    {
      guint lanes = self->lanes != NULL ? self->lanes->len : 1;

      *minimum = (int) (chart_height (self) + AXIS_HEIGHT + lane_height (self) * (self->compact ? 1 : 2));
      *natural = (int) (chart_height (self) + AXIS_HEIGHT +
                        lane_height (self) * (self->compact ? 1 : CLAMP (lanes, 2, 6)));
    }
}

static void
sitrep_timeline_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);

  if (!self->have_view && self->events != NULL && self->events->len > 0 && width > gutter (self))
    sitrep_timeline_view_zoom_to_fit (self);
  else
    clamp_view (self);
}

/* Callbacks */

static gboolean
on_kinetic_tick (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_last) / (double) G_USEC_PER_SEC;

  self->kinetic_last = now;
  pan_pixels (self, self->velocity * dt);
  self->velocity *= exp (-dt / 0.325);
  if (fabs (self->velocity) < 20)
    {
      self->kinetic_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
on_scroll (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           SitrepTimelineView       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  gboolean pixels = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_SURFACE;

  stop_kinetic (self);
  if (state & GDK_CONTROL_MASK)
    {
      double x = self->pointer_x >= gutter (self) ? self->pointer_x : gutter (self) + data_width (self) / 2;

      zoom_at (self, exp (-(pixels ? dy / 40.0 : dy) * 0.25), x);
    }
  else if (pixels)
    pan_pixels (self, dx + dy);
  else
    pan_pixels (self, (dx + dy) * data_width (self) / 10);

  return TRUE;
}

static void
on_decelerate (GtkEventControllerScroll *scroll,
               double                    vel_x,
               double                    vel_y,
               SitrepTimelineView       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if (state & GDK_CONTROL_MASK)
    return;
  stop_kinetic (self);
  self->velocity = vel_x + vel_y;
  self->kinetic_last = g_get_monotonic_time ();
  if (fabs (self->velocity) > 50)
    self->kinetic_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_kinetic_tick, NULL, NULL);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SitrepTimelineView       *self)
{
  self->pointer_x = x_from_widget (self, x);
}

static void
on_drag_begin (GtkGestureDrag     *drag,
               double              x,
               double              y,
               SitrepTimelineView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (drag));

  x = x_from_widget (self, x);
  stop_kinetic (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag_v0 = self->v0;
  self->drag_x = x;
  self->drag_y = y;
  self->brushing = (self->brush_mode || (state & GDK_SHIFT_MASK)) && x >= gutter (self);
  self->brush_from = self->brush_to = x_day (self, x);
}

static void
on_drag_update (GtkGestureDrag     *drag,
                double              dx,
                double              dy,
                SitrepTimelineView *self)
{
  if (self->brushing)
    {
      self->brush_to = x_day (self, self->drag_x + dx);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    set_view (self, self->drag_v0 - dx / self->ppd, self->ppd);
}

static void
on_drag_end (GtkGestureDrag     *drag,
             double              dx,
             double              dy,
             SitrepTimelineView *self)
{
  if (fabs (dx) < 3 && fabs (dy) < 3)
    {
      gint64 id = _sitrep_timeline_view_pick (self, self->drag_x, self->drag_y);

      self->brushing = FALSE;
      if (id != 0)
        {
          sitrep_timeline_view_set_selected_event (self, id);
          g_signal_emit (self, signals[SIGNAL_EVENT_ACTIVATED], 0, id);
        }
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  if (self->brushing)
    {
      double a = MIN (self->brush_from, x_day (self, self->drag_x + dx));
      double b = MAX (self->brush_from, x_day (self, self->drag_x + dx));

      self->brushing = FALSE;
      sitrep_timeline_view_set_range (self, (guint32) MAX (1.0, floor (a)), (guint32) MAX (1.0, floor (b)));
    }
}

static void
on_zoom_begin (GtkGesture         *gesture,
               GdkEventSequence   *sequence,
               SitrepTimelineView *self)
{
  double x, y;

  gtk_gesture_get_bounding_box_center (gesture, &x, &y);
  self->zoom_ppd = self->ppd;
  self->zoom_anchor = x_from_widget (self, x);
}

static void
on_zoom_scale_changed (GtkGestureZoom     *gesture,
                       double              scale,
                       SitrepTimelineView *self)
{
  zoom_at (self, self->zoom_ppd * scale / self->ppd, self->zoom_anchor);
}

/* Selects the event before (@step -1) or after (+1) the selected one in
 * date order, or, with none selected, the first one in view, as a click
 * would: the keyboard route to an event on the timeline. */
static void
select_next (SitrepTimelineView *self,
             int                 step)
{
  guint index = 0;
  const SitrepTimelineEvent *e;

  if (self->events == NULL || self->events->len == 0)
    return;
  if (self->selected != 0 && _sitrep_timeline_view_find_event (self, self->selected, &index) != NULL)
    {
      if ((step < 0 && index == 0) || (step > 0 && index + 1 >= self->events->len))
        return;
      index += step;
    }
  else
    {
      /* The events are in order of their first day. */
      while (index + 1 < self->events->len &&
             g_array_index (self->events, SitrepTimelineEvent, index).last + 1.0 < self->v0)
        index++;
    }
  e = &g_array_index (self->events, SitrepTimelineEvent, index);
  sitrep_timeline_view_set_selected_event (self, e->event_id);
  g_signal_emit (self, signals[SIGNAL_EVENT_ACTIVATED], 0, e->event_id);
}

static void
select_next_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  select_next (SITREP_TIMELINE_VIEW (widget), g_str_equal (action_name, "timeline.next-event") ? 1 : -1);
}

/* Shift+Left/Right select a range of dates as they select text: the fixed
 * end is the range's first day, else the selected event's, else the day in
 * the middle of the view; each press moves the other end a day (a week, a
 * month when a day is under 3 px), which stays in view. */
static void
extend_range (SitrepTimelineView *self,
              int                 direction)
{
  gint64 step = self->ppd >= 3 ? 1 : self->ppd * 7 >= 3 ? 7 : 30;
  double shown = data_width (self) / self->ppd;
  const SitrepTimelineEvent *e = NULL;
  gint64 cursor;
  guint index;

  if (self->range_first != 0 && MIN (self->key_anchor, self->key_cursor) == self->range_first &&
      MAX (self->key_anchor, self->key_cursor) == self->range_last)
    cursor = (gint64) self->key_cursor + direction * step;
  else if (self->range_first != 0)
    {
      self->key_anchor = self->range_first;
      cursor = (gint64) self->range_last + direction * step;
    }
  else
    {
      if (self->selected != 0)
        e = _sitrep_timeline_view_find_event (self, self->selected, &index);
      self->key_anchor = e != NULL ? e->first : (guint32) MAX (1.0, floor (self->v0 + shown / 2));
      cursor = (gint64) self->key_anchor + direction * (step - 1);
    }
  self->key_cursor = (guint32) CLAMP (cursor, 1, G_MAXUINT32);
  sitrep_timeline_view_set_range (self, MIN (self->key_anchor, self->key_cursor),
                                  MAX (self->key_anchor, self->key_cursor));
  if (self->key_cursor < self->v0)
    set_view (self, self->key_cursor - shown * 0.05, self->ppd);
  else if (self->key_cursor + 1 > self->v0 + shown)
    set_view (self, self->key_cursor + 1 - shown * 0.95, self->ppd);
}

static gboolean
on_key_pressed (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SitrepTimelineView    *self)
{
  double shown = data_width (self) / self->ppd;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      sitrep_timeline_view_zoom (self, 1.5, -1);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      sitrep_timeline_view_zoom (self, 1 / 1.5, -1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (state & GDK_SHIFT_MASK)
        extend_range (self, mirrored (self) ? 1 : -1);
      else
        pan_pixels (self, -data_width (self) / 8);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (state & GDK_SHIFT_MASK)
        extend_range (self, mirrored (self) ? -1 : 1);
      else
        pan_pixels (self, data_width (self) / 8);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (self->events != NULL && self->events->len > 0)
        set_view (self, self->data_first - shown * 0.05, self->ppd);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (self->events != NULL && self->events->len > 0)
        set_view (self, self->data_last + 1 - shown * 0.95, self->ppd);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      sitrep_timeline_view_zoom_to_fit (self);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->range_first == 0)
        return FALSE;
      sitrep_timeline_view_set_range (self, 0, 0);
      return TRUE;
    default:
      return FALSE;
    }
}

/* GObject */

static void
sitrep_timeline_view_dispose (GObject *object)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  stop_kinetic (self);
  g_clear_handle_id (&self->prebuild_id, g_source_remove);
  sitrep_index_build_cancel (&self->build);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  G_OBJECT_CLASS (sitrep_timeline_view_parent_class)->dispose (object);
}

static void
sitrep_timeline_view_finalize (GObject *object)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  {
    SitrepTimelineLayout layout = { 0 };

    _sitrep_timeline_view_swap_layout (self, &layout);
    _sitrep_timeline_layout_clear (&layout);
  }
  g_clear_pointer (&self->undated, g_hash_table_unref);
  sitrep_index_build_clear (&self->build);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->first_axis_label, g_free);
  g_clear_pointer (&self->mark_textures, g_hash_table_unref);
  G_OBJECT_CLASS (sitrep_timeline_view_parent_class)->finalize (object);
}

static void
sitrep_timeline_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANES:
      g_value_set_int (value, self->lane_mode);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_int64 (value, self->selected);
      break;
    case PROP_BRUSH_MODE:
      g_value_set_boolean (value, self->brush_mode);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_timeline_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANES:
      sitrep_timeline_view_set_lanes (self, g_value_get_int (value));
      break;
    case PROP_SELECTED_EVENT:
      sitrep_timeline_view_set_selected_event (self, g_value_get_int64 (value));
      break;
    case PROP_BRUSH_MODE:
      sitrep_timeline_view_set_brush_mode (self, g_value_get_boolean (value));
      break;
    case PROP_COMPACT:
      sitrep_timeline_view_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_timeline_view_class_init (SitrepTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_timeline_view_dispose;
  object_class->finalize = sitrep_timeline_view_finalize;
  object_class->get_property = sitrep_timeline_view_get_property;
  object_class->set_property = sitrep_timeline_view_set_property;
  widget_class->measure = sitrep_timeline_view_measure;
  widget_class->size_allocate = sitrep_timeline_view_size_allocate;
  _sitrep_timeline_view_class_draw_init (widget_class);

  properties[PROP_LANES] =
    g_param_spec_int ("lanes", NULL, NULL, SITREP_TIMELINE_LANES_TYPE, SITREP_TIMELINE_LANES_REGION,
                      SITREP_TIMELINE_LANES_TYPE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_int64 ("selected-event", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BRUSH_MODE] =
    g_param_spec_boolean ("brush-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_RANGE_CHANGED] =
    g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_EVENTS_CHANGED] =
    g_signal_new ("events-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* . and , step through the events, the keyboard's way to select one. */
  gtk_widget_class_install_action (widget_class, "timeline.next-event", NULL, select_next_action);
  gtk_widget_class_install_action (widget_class, "timeline.previous-event", NULL, select_next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_period, 0, "timeline.next-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, 0, "timeline.previous-event", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sitrep_timeline_view_init (SitrepTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *zoom;

  self->ppd = 1;
  self->pointer_x = -1;
  self->undated = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->firsts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sitrep_index_build_init (&self->build);
  self->build_threshold = 20000;
  self->none_lane = G_MAXUINT;
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  g_signal_connect (controller, "decelerate", G_CALLBACK (on_decelerate), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->drag = gtk_gesture_drag_new ();
  g_signal_connect (self->drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (self->drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (self->drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_gesture_group (zoom, self->drag);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  update_accessible (self);
}

/* Public API */

GtkWidget *
sitrep_timeline_view_new (void)
{
  return g_object_new (SITREP_TYPE_TIMELINE_VIEW, NULL);
}

void
sitrep_timeline_view_set_events (SitrepTimelineView *self,
                                 GArray             *events)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  /* These events, not those a worker may still be laying out. */
  _sitrep_timeline_view_cancel_build (self);
  if (events != NULL)
    g_array_ref (events);
  g_clear_pointer (&self->events, g_array_unref);
  self->events = events;
  build_lanes (self);
  _sitrep_timeline_view_events_updated (self);
}

void
_sitrep_timeline_view_events_updated (SitrepTimelineView *self)
{
  if (self->selected != 0 && _sitrep_timeline_view_find_event (self, self->selected, NULL) == NULL)
    {
      self->selected = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
    }
  if (!self->have_view || self->events == NULL || self->events->len == 0)
    {
      self->have_view = FALSE;
      if (gtk_widget_get_width (GTK_WIDGET (self)) > gutter (self) && self->events != NULL &&
          self->events->len > 0)
        sitrep_timeline_view_zoom_to_fit (self);
    }
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_EVENTS_CHANGED], 0);
}

GArray *
sitrep_timeline_view_get_events (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return self->events;
}

guint
sitrep_timeline_view_get_n_events (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->events != NULL ? self->events->len : 0;
}

void
sitrep_timeline_view_set_lanes (SitrepTimelineView *self,
                                SitrepTimelineLanes lanes)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (self->lane_mode == lanes)
    return;
  self->lane_mode = lanes;
  /* Half a million events are laid out again in a worker. */
  if (self->index != NULL &&
      (sitrep_timeline_view_get_building (self) ||
       (self->events != NULL && self->events->len >= self->build_threshold)))
    _sitrep_timeline_view_load_all (self);
  else
    build_lanes (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

SitrepTimelineLanes
sitrep_timeline_view_get_lanes (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), SITREP_TIMELINE_LANES_TYPE);

  return self->lane_mode;
}

const char * const *
sitrep_timeline_view_get_lane_names (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return (const char * const *) self->lane_names;
}

gint64
sitrep_timeline_view_get_selected_event (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->selected;
}

void
sitrep_timeline_view_set_selected_event (SitrepTimelineView *self,
                                         gint64              id)
{
  const SitrepTimelineEvent *e;

  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (self->selected == id)
    return;
  self->selected = id;
  e = id != 0 ? _sitrep_timeline_view_find_event (self, id, NULL) : NULL;
  if (e != NULL && self->have_view)
    {
      double shown = data_width (self) / self->ppd;
      double mid = (e->first + e->last + 1.0) / 2;

      if (e->last + 1.0 < self->v0 || e->first > self->v0 + shown)
        set_view (self, mid - shown / 2, self->ppd);
    }
  {
    g_autofree char *said = e != NULL ? _sitrep_timeline_view_say_event (e) : NULL;

    sitrep_accessible_say_selected (GTK_WIDGET (self), _("Timeline"), said);
  }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

gboolean
sitrep_timeline_view_get_range (SitrepTimelineView *self,
                                guint32            *first,
                                guint32            *last)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), FALSE);

  if (first != NULL)
    *first = self->range_first;
  if (last != NULL)
    *last = self->range_last;

  return self->range_first != 0;
}

void
sitrep_timeline_view_set_range (SitrepTimelineView *self,
                                guint32             first,
                                guint32             last)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (first == 0 || last < first)
    first = last = 0;
  if (self->range_first == first && self->range_last == last)
    return;
  self->range_first = first;
  self->range_last = last;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_RANGE_CHANGED], 0, first, last);
}

void
sitrep_timeline_view_set_window (SitrepTimelineView *self,
                                 guint32             start,
                                 guint               length)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  self->window_start = start;
  self->window_length = length;
  if (length > 0 && self->have_view)
    {
      double shown = data_width (self) / self->ppd;

      /* Playback keeps its window in sight. */
      if (start + (double) length > self->v0 + shown || start < self->v0)
        set_view (self, start - shown * 0.2, self->ppd);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
sitrep_timeline_view_get_window (SitrepTimelineView *self,
                                 guint32            *start,
                                 guint              *length)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), FALSE);

  if (start != NULL)
    *start = self->window_length > 0 ? self->window_start : 0;
  if (length != NULL)
    *length = self->window_length;

  return self->window_length > 0;
}

void
sitrep_timeline_view_get_visible (SitrepTimelineView *self,
                                  double             *first_day,
                                  double             *last_day)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (first_day != NULL)
    *first_day = self->v0;
  if (last_day != NULL)
    *last_day = self->v0 + data_width (self) / self->ppd;
}

void
sitrep_timeline_view_set_visible (SitrepTimelineView *self,
                                  double              first_day,
                                  double              last_day)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (last_day - first_day < 1)
    last_day = first_day + 1;
  self->have_view = TRUE;
  set_view (self, first_day, data_width (self) / (last_day - first_day));
}

void
sitrep_timeline_view_zoom (SitrepTimelineView *self,
                           double              factor,
                           double              x)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  zoom_at (self, factor, x >= 0 ? x_from_widget (self, x) : gutter (self) + data_width (self) / 2);
}

void
sitrep_timeline_view_zoom_to_fit (SitrepTimelineView *self)
{
  double span, pad;

  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  if (self->events == NULL || self->events->len == 0)
    return;
  span = MAX ((double) self->data_last + 1 - self->data_first, MIN_DAYS_SHOWN);
  pad = span * 0.03;
  self->have_view = TRUE;
  self->v0 = self->data_first - pad;
  self->ppd = data_width (self) / (span + 2 * pad);
  clamp_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
sitrep_timeline_view_day_to_x (SitrepTimelineView *self,
                               double              day)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return x_to_widget (self, day_x (self, day));
}

char *
sitrep_timeline_view_dup_description_at (SitrepTimelineView *self,
                                         double              x,
                                         double              y)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), NULL);

  return _sitrep_timeline_view_describe_at (self, x_from_widget (self, x), y, NULL);
}

SitrepTimelineUnit
sitrep_timeline_view_get_unit (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), SITREP_TIMELINE_MONTH);

  return unit_for_zoom (self->ppd);
}

guint
sitrep_timeline_view_get_n_drawn (SitrepTimelineView *self)
{
  g_return_val_if_fail (SITREP_IS_TIMELINE_VIEW (self), 0);

  return self->n_drawn;
}

void
sitrep_timeline_view_set_brush_mode (SitrepTimelineView *self,
                                     gboolean            brush_mode)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  brush_mode = !!brush_mode;
  if (self->brush_mode == brush_mode)
    return;
  self->brush_mode = brush_mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRUSH_MODE]);
}

void
sitrep_timeline_view_set_compact (SitrepTimelineView *self,
                                  gboolean            compact)
{
  g_return_if_fail (SITREP_IS_TIMELINE_VIEW (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

void
_sitrep_timeline_view_set_clip_nodes (SitrepTimelineView *self,
                                      gboolean            clip_nodes)
{
  self->clip_nodes = clip_nodes;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_sitrep_timeline_view_set_naive (SitrepTimelineView *self,
                                 gboolean            naive)
{
  self->naive = naive;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
