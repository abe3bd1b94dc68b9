/* sitrep-events-pane.c — the Events view as a pane of the window, following the workspace
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-events"

#include "config.h"

#include "sitrep-events-pane.h"
#include "sitrep-timeline.h"

struct _SitrepEventsPane
{
  GtkWidget         parent_instance;

  /* template widgets */
  SitrepEventsView *view;

  /* owned references */
  SitrepWorkspace  *workspace;
  GSignalGroup     *workspace_signals;
  SitrepEventIndex *event_index;
};

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_EVENT_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepEventsPane, sitrep_events_pane, GTK_TYPE_WIDGET)

/* A row selected is the workspace's event, when the index has it. */
static void
on_view_selected_event (SitrepEventsPane *self)
{
  gint64 id = sitrep_events_view_get_selected_event (self->view);

  if (self->workspace == NULL || id == 0 || id == sitrep_workspace_get_event (self->workspace))
    return;
  if (self->event_index == NULL || sitrep_event_index_lookup (self->event_index, id) == NULL)
    return;
  sitrep_workspace_set_event (self->workspace, id);
}

static void
on_workspace_event (SitrepEventsPane *self)
{
  gint64 id = sitrep_workspace_get_event (self->workspace);

  if (id != 0 && id != sitrep_events_view_get_selected_event (self->view))
    sitrep_events_view_select_event (self->view, id);
}

/* A range of dates brushed on the timeline narrows the list. */
static void
on_workspace_range_changed (SitrepWorkspace  *workspace,
                            guint             first,
                            guint             last,
                            SitrepEventsPane *self)
{
  g_autofree char *from = first != 0 ? sitrep_timeline_format_day (first) : NULL;
  g_autofree char *to = first != 0 ? sitrep_timeline_format_day (last) : NULL;

  if (sitrep_workspace_get_store (workspace) != NULL)
    sitrep_events_view_set_date_range (self->view, from, to);
}

/* With "Only what is in view" on, the list shows the events inside the area
 * the map rests on. */
static void
on_workspace_area_changed (SitrepEventsPane *self)
{
  double west, south, east, north;
  gboolean on = sitrep_workspace_get_only_in_view (self->workspace) &&
                sitrep_workspace_get_area (self->workspace, &west, &south, &east, &north);

  if (!on)
    west = south = east = north = 0;
  sitrep_events_view_set_area (self->view, on, west, south, east, north);
}

static void
sitrep_events_pane_dispose (GObject *object)
{
  SitrepEventsPane *self = SITREP_EVENTS_PANE (object);

  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->workspace);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_clear_object (&self->event_index);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_EVENTS_PANE);

  G_OBJECT_CLASS (sitrep_events_pane_parent_class)->dispose (object);
}

static void
sitrep_events_pane_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SitrepEventsPane *self = SITREP_EVENTS_PANE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_EVENT_INDEX:
      g_value_set_object (value, self->event_index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_events_pane_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SitrepEventsPane *self = SITREP_EVENTS_PANE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      sitrep_events_pane_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_EVENT_INDEX:
      sitrep_events_pane_set_event_index (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_events_pane_class_init (SitrepEventsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_events_pane_dispose;
  object_class->get_property = sitrep_events_pane_get_property;
  object_class->set_property = sitrep_events_pane_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, SITREP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EVENT_INDEX] =
    g_param_spec_object ("event-index", NULL, NULL, SITREP_TYPE_EVENT_INDEX,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SITREP_TYPE_EVENTS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-events-pane.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "events_view", FALSE,
                                             G_STRUCT_OFFSET (SitrepEventsPane, view));

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventspane");
}

static void
sitrep_events_pane_init (SitrepEventsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->view, "notify::selected-event", G_CALLBACK (on_view_selected_event), self);
  self->workspace_signals = g_signal_group_new (SITREP_TYPE_WORKSPACE);
  g_signal_group_connect_object (self->workspace_signals, "notify::event",
                                 G_CALLBACK (on_workspace_event), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->workspace_signals, "range-changed",
                                 G_CALLBACK (on_workspace_range_changed), self, 0);
  g_signal_group_connect_object (self->workspace_signals, "notify::only-in-view",
                                 G_CALLBACK (on_workspace_area_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->workspace_signals, "area-changed",
                                 G_CALLBACK (on_workspace_area_changed), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
sitrep_events_pane_new (void)
{
  return g_object_new (SITREP_TYPE_EVENTS_PANE, NULL);
}

SitrepEventsView *
sitrep_events_pane_get_view (SitrepEventsPane *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_PANE (self), NULL);

  return self->view;
}

SitrepWorkspace *
sitrep_events_pane_get_workspace (SitrepEventsPane *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_PANE (self), NULL);

  return self->workspace;
}

void
sitrep_events_pane_set_workspace (SitrepEventsPane *self,
                                  SitrepWorkspace  *workspace)
{
  g_return_if_fail (SITREP_IS_EVENTS_PANE (self));
  g_return_if_fail (workspace == NULL || SITREP_IS_WORKSPACE (workspace));

  if (!g_set_object (&self->workspace, workspace))
    return;
  g_signal_group_set_target (self->workspace_signals, workspace);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

SitrepEventIndex *
sitrep_events_pane_get_event_index (SitrepEventsPane *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_PANE (self), NULL);

  return self->event_index;
}

void
sitrep_events_pane_set_event_index (SitrepEventsPane *self,
                                    SitrepEventIndex *index)
{
  g_return_if_fail (SITREP_IS_EVENTS_PANE (self));
  g_return_if_fail (index == NULL || SITREP_IS_EVENT_INDEX (index));

  if (!g_set_object (&self->event_index, index))
    return;
  if (index != NULL)
    {
      sitrep_events_view_set_store (self->view, self->workspace != NULL
                                                ? sitrep_workspace_get_store (self->workspace) : NULL);
      sitrep_events_view_set_event_index (self->view, index);
    }
  else
    {
      sitrep_events_view_set_event_index (self->view, NULL);
      sitrep_events_view_set_store (self->view, NULL);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_INDEX]);
}
