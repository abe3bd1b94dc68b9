/* sitrep-events-pane.c — the Events view as a pane of the window, following the workspace
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-events"

#include "config.h"

#include "sitrep-events-pane.h"
#include "sitrep-timeline.h"

struct _SitrepEventsPane
{
  SitrepPane        parent_instance;

  /* template widgets */
  SitrepEventsView *view;

  /* state */
  guint             fit_id;
  gboolean          compact;
};

/* Narrower than this, the table drops its Actors and Disputed columns: at
 * 1280 px with the map beside it, the rest then read in full. */
#define COMPACT_BELOW 600

G_DEFINE_FINAL_TYPE (SitrepEventsPane, sitrep_events_pane, SITREP_TYPE_PANE)

/* A row selected is the workspace's event, when the index has it. */
static void
on_view_selected_event (SitrepEventsPane *self)
{
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (SITREP_PANE (self));
  SitrepEventIndex *index = sitrep_pane_get_event_index (SITREP_PANE (self));
  gint64 id = sitrep_events_view_get_selected_event (self->view);

  if (workspace == NULL || id == 0 || id == sitrep_workspace_get_event (workspace))
    return;
  if (index == NULL || sitrep_event_index_lookup (index, id) == NULL)
    return;
  sitrep_workspace_set_event (workspace, id);
}

static void
on_workspace_event (SitrepEventsPane *self)
{
  gint64 id = sitrep_workspace_get_event (sitrep_pane_get_workspace (SITREP_PANE (self)));

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
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (SITREP_PANE (self));
  double west, south, east, north;
  gboolean on = sitrep_workspace_get_only_in_view (workspace) &&
                sitrep_workspace_get_area (workspace, &west, &south, &east, &north);

  if (!on)
    west = south = east = north = 0;
  sitrep_events_view_set_area (self->view, on, west, south, east, north);
}

/* The list reads the events of the index's project. */
static void
sitrep_events_pane_event_index_changed (SitrepPane       *pane,
                                        SitrepEventIndex *old)
{
  SitrepEventsPane *self = SITREP_EVENTS_PANE (pane);
  SitrepEventIndex *index = sitrep_pane_get_event_index (pane);

  if (index != NULL)
    {
      sitrep_events_view_set_store (self->view, sitrep_pane_get_store (pane));
      sitrep_events_view_set_event_index (self->view, index);
    }
  else
    {
      sitrep_events_view_set_event_index (self->view, NULL);
      sitrep_events_view_set_store (self->view, NULL);
    }
}

static void
sitrep_events_pane_dispose (GObject *object)
{
  SitrepEventsPane *self = SITREP_EVENTS_PANE (object);

  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_clear_handle_id (&self->fit_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_EVENTS_PANE);

  G_OBJECT_CLASS (sitrep_events_pane_parent_class)->dispose (object);
}

static gboolean
fit_columns (gpointer data)
{
  SitrepEventsPane *self = data;
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (sitrep_events_view_get_column_view (self->view)));
  gboolean compact = h != NULL && gtk_adjustment_get_page_size (h) < COMPACT_BELOW;

  self->fit_id = 0;
  if (compact != self->compact)
    {
      self->compact = compact;
      sitrep_events_view_set_compact (self->view, compact);
    }
  return G_SOURCE_REMOVE;
}

/* The table's width changed (its viewport's page size): fit its columns
 * once the allocation is over. */
static void
on_table_width_changed (SitrepEventsPane *self)
{
  if (self->fit_id == 0)
    self->fit_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_columns, self, NULL);
}

/* Enter or a double click on a row opens the event's editor. */
static void
on_row_activated (GtkColumnView    *view,
                  guint             position,
                  SitrepEventsPane *self)
{
  if (sitrep_events_view_get_selected_event (self->view) != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-event", NULL);
}

static void
sitrep_events_pane_class_init (SitrepEventsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SitrepPaneClass *pane_class = SITREP_PANE_CLASS (klass);

  object_class->dispose = sitrep_events_pane_dispose;
  pane_class->event_index_changed = sitrep_events_pane_event_index_changed;

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
  GSignalGroup *workspace_signals = sitrep_pane_get_workspace_signals (SITREP_PANE (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->view, "notify::selected-event", G_CALLBACK (on_view_selected_event), self);
  {
    GtkColumnView *table = sitrep_events_view_get_column_view (self->view);
    GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (table));

    g_signal_connect_object (table, "activate", G_CALLBACK (on_row_activated), self, 0);
    g_signal_connect_object (h, "changed", G_CALLBACK (on_table_width_changed), self, G_CONNECT_SWAPPED);
  }
  g_signal_group_connect_object (workspace_signals, "notify::event",
                                 G_CALLBACK (on_workspace_event), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (workspace_signals, "range-changed",
                                 G_CALLBACK (on_workspace_range_changed), self, 0);
  g_signal_group_connect_object (workspace_signals, "notify::only-in-view",
                                 G_CALLBACK (on_workspace_area_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (workspace_signals, "area-changed",
                                 G_CALLBACK (on_workspace_area_changed), self, G_CONNECT_SWAPPED);
}

/* Public API */

/* Whether the table is compact (its Actors and Disputed columns hidden). */
gboolean
sitrep_events_pane_get_compact (SitrepEventsPane *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_PANE (self), FALSE);

  return self->compact;
}

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
