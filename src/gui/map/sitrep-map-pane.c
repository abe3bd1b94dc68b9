/* sitrep-map-pane.c — the map pane: the events on the map, the current event, only what is in view
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-map"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sitrep-codebook.h"
#include "sitrep-accessible.h"
#include "sitrep-map-pane.h"

/* Selecting an event elsewhere zooms in at least this far to show it. */
#define EVENT_ZOOM 7.0
/* The workspace learns the area the map rests on after this pause. */
#define AREA_DELAY_MS 200

struct _SitrepMapPane
{
  SitrepPane        parent_instance;

  /* template widgets */
  SitrepMapView    *view;

  /* owned references */
  GSettings        *settings;

  /* state */
  guint             area_timeout;
  gboolean          selecting_on_map;
};

G_DEFINE_FINAL_TYPE (SitrepMapPane, sitrep_map_pane, SITREP_TYPE_PANE)

static void
refresh_in_view_status (SitrepMapPane *self)
{
  g_autoptr(GArray) ids = sitrep_map_pane_dup_event_ids_in_view (self);
  g_autofree char *text = NULL;

  if (ids != NULL)
    /* Translators: shown in the map's tool bar with "In View" on */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event in view", "%'u events in view", ids->len),
                            ids->len);
  sitrep_map_view_set_status (self->view, text);
}

static char *
event_tooltip (gint64   id,
               guint    n_points,
               gpointer user_data)
{
  SitrepMapPane *self = user_data;
  SitrepStore *store = sitrep_pane_get_store (SITREP_PANE (self));
  g_autoptr(SitrepEvent) event = NULL;
  const char *type, *date, *where, *admin1;
  gint64 fatalities;
  GString *text;

  if (n_points > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event — zoom in to tell them apart",
                                         "%'u events — zoom in to tell them apart", n_points),
                            n_points);
  /* One event, read when the pointer rests on it. */
  if (store != NULL)
    event = sitrep_store_get_event (store, id, NULL);
  if (event == NULL)
    return NULL;

  type = sitrep_codebook_event_type_display_name (sitrep_event_get_event_type (event));
  date = sitrep_event_get_date_start (event);
  where = sitrep_event_get_place_name (event);
  if (where == NULL)
    where = sitrep_event_get_location (event);
  /* With its governorate: two villages of one name far apart read apart. */
  admin1 = sitrep_event_get_admin1 (event);
  if (admin1 != NULL && (*admin1 == '\0' || g_strcmp0 (admin1, where) == 0))
    admin1 = NULL;
  fatalities = sitrep_event_get_fatalities (event);

  text = g_string_new (type != NULL ? type : _("Event not coded"));
  if (date != NULL)
    g_string_append_printf (text, " · %s", date);
  if (where != NULL && admin1 != NULL)
    g_string_append_printf (text, "\n%s, %s", where, admin1);
  else if (where != NULL)
    g_string_append_printf (text, "\n%s", where);
  if (fatalities >= 0)
    {
      g_autofree char *n = sitrep_map_pane_format_count (fatalities);

      /* Translators: fatalities of an event in the map's tooltip; %s is a number */
      g_string_append_printf (text, "\n");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s killed", "%s killed", fatalities), n);
    }
  if (sitrep_event_get_description (event) != NULL)
    g_string_append_printf (text, "\n%s", sitrep_event_get_description (event));

  return g_string_free (text, FALSE);
}

/* The map view updated the points of @ids (NULL: all) from the index: an
 * event gone from it is no longer the current one. */
static void
on_view_events_changed (SitrepMapView *view,
                        const gint64  *ids,
                        guint          n_ids,
                        SitrepMapPane *self)
{
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (SITREP_PANE (self));
  SitrepEventIndex *index = sitrep_pane_get_event_index (SITREP_PANE (self));
  gint64 current = workspace != NULL ? sitrep_workspace_get_event (workspace) : 0;

  if (current != 0 && index != NULL && sitrep_event_index_lookup (index, current) == NULL)
    sitrep_workspace_set_event (workspace, 0);
  refresh_in_view_status (self);
}

/* A point clicked is the workspace's event; it is in sight already. */
static void
on_view_event_activated (SitrepMapView *view,
                         gint64         id,
                         SitrepMapPane *self)
{
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (SITREP_PANE (self));
  SitrepEventIndex *index = sitrep_pane_get_event_index (SITREP_PANE (self));

  if (workspace == NULL || sitrep_workspace_get_event (workspace) == id)
    return;
  if (id != 0 && (index == NULL || sitrep_event_index_lookup (index, id) == NULL))
    return;
  self->selecting_on_map = TRUE;
  sitrep_workspace_set_event (workspace, id);
  self->selecting_on_map = FALSE;
}

/* The workspace learns the area the map rests on; the article list and the
 * Events view follow it. */
static gboolean
apply_area_cb (gpointer data)
{
  SitrepMapPane *self = data;
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (SITREP_PANE (self));
  double west, south, east, north;

  self->area_timeout = 0;
  if (workspace == NULL)
    return G_SOURCE_REMOVE;
  if (sitrep_map_view_get_bounds (self->view, &west, &south, &east, &north) && west < east)
    sitrep_workspace_set_area (workspace, west, south, east, north);
  else
    sitrep_workspace_clear_area (workspace);
  return G_SOURCE_REMOVE;
}

/* Not on every frame of a pan: once the map rests. */
static void
queue_apply_area (SitrepMapPane *self)
{
  g_clear_handle_id (&self->area_timeout, g_source_remove);
  self->area_timeout = g_timeout_add (AREA_DELAY_MS, apply_area_cb, self);
}

static void
on_view_changed (SitrepMapView *view,
                 SitrepMapPane *self)
{
  if (sitrep_map_view_get_only_in_view (self->view))
    {
      refresh_in_view_status (self);
      queue_apply_area (self);
    }
}

static void
on_only_in_view_notify (SitrepMapPane *self)
{
  refresh_in_view_status (self);
  queue_apply_area (self);
}

/* The map rings the workspace's event, and goes to it when it was chosen
 * elsewhere (picked on the map, it is in sight already). */
static void
on_workspace_event (SitrepMapPane *self)
{
  SitrepEventIndex *index = sitrep_pane_get_event_index (SITREP_PANE (self));
  gint64 id = sitrep_workspace_get_event (sitrep_pane_get_workspace (SITREP_PANE (self)));
  const SitrepEventIndexEntry *entry = id != 0 && index != NULL ? sitrep_event_index_lookup (index, id) : NULL;
  SitrepStore *store = sitrep_pane_get_store (SITREP_PANE (self));
  g_autofree char *said = NULL;

  sitrep_map_points_layer_set_highlight (sitrep_map_view_get_events_layer (self->view), id);
  if (entry != NULL && !isnan (entry->latitude) && !self->selecting_on_map)
    {
      double zoom = shumate_viewport_get_zoom_level (sitrep_map_view_get_viewport (self->view));

      sitrep_map_view_center_on (self->view, entry->latitude, entry->longitude, MAX (zoom, EVENT_ZOOM));
    }
  said = id != 0 && store != NULL ? sitrep_accessible_describe_event (store, id) : NULL;
  sitrep_accessible_say_selected (GTK_WIDGET (self->view), _("Map"), said);
}

static void
apply_online_settings (SitrepMapPane *self)
{
  g_autofree char *url = NULL;

  if (g_settings_get_boolean (self->settings, "online-tiles"))
    url = g_settings_get_string (self->settings, "tile-url-template");
  sitrep_map_view_set_online (self->view, url);
}

static void
on_online_setting_changed (SitrepMapPane *self)
{
  apply_online_settings (self);
}

static void
sitrep_map_pane_event_index_changed (SitrepPane       *pane,
                                     SitrepEventIndex *old)
{
  SitrepMapPane *self = SITREP_MAP_PANE (pane);
  SitrepEventIndex *index = sitrep_pane_get_event_index (pane);

  sitrep_map_view_set_event_index (self->view, index);
  if (index == NULL)
    sitrep_map_points_layer_set_highlight (sitrep_map_view_get_events_layer (self->view), 0);
}

static void
sitrep_map_pane_dispose (GObject *object)
{
  SitrepMapPane *self = SITREP_MAP_PANE (object);

  g_clear_handle_id (&self->area_timeout, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      sitrep_map_view_set_tooltip_func (self->view, NULL, NULL);
      sitrep_map_view_set_event_index (self->view, NULL);
    }
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_MAP_PANE);

  G_OBJECT_CLASS (sitrep_map_pane_parent_class)->dispose (object);
}

static void
sitrep_map_pane_class_init (SitrepMapPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SitrepPaneClass *pane_class = SITREP_PANE_CLASS (klass);

  object_class->dispose = sitrep_map_pane_dispose;
  pane_class->event_index_changed = sitrep_map_pane_event_index_changed;

  g_type_ensure (SITREP_TYPE_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-map-pane.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "map_view", FALSE,
                                             G_STRUCT_OFFSET (SitrepMapPane, view));

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mappane");
}

static void
sitrep_map_pane_init (SitrepMapPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  /* Shown and hidden as one (the window's map button, Ctrl+M). */
  g_object_bind_property (self, "visible", self->view, "visible",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  sitrep_map_view_set_tooltip_func (self->view, event_tooltip, self);
  g_signal_connect_swapped (self->view, "notify::only-in-view", G_CALLBACK (on_only_in_view_notify), self);
  g_signal_connect (self->view, "event-activated", G_CALLBACK (on_view_event_activated), self);
  g_signal_connect (self->view, "view-changed", G_CALLBACK (on_view_changed), self);
  g_signal_connect (self->view, "events-changed", G_CALLBACK (on_view_events_changed), self);
  g_signal_connect_swapped (self->settings, "changed::online-tiles", G_CALLBACK (on_online_setting_changed), self);
  g_signal_connect_swapped (self->settings, "changed::tile-url-template",
                            G_CALLBACK (on_online_setting_changed), self);
  apply_online_settings (self);

  /* The workspace: "only what is in view" both ways, its event ringed. */
  g_binding_group_bind (sitrep_pane_get_workspace_bindings (SITREP_PANE (self)), "only-in-view",
                        self->view, "only-in-view", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_group_connect_object (sitrep_pane_get_workspace_signals (SITREP_PANE (self)), "notify::event",
                                 G_CALLBACK (on_workspace_event), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
sitrep_map_pane_new (void)
{
  return g_object_new (SITREP_TYPE_MAP_PANE, NULL);
}

SitrepMapView *
sitrep_map_pane_get_view (SitrepMapPane *self)
{
  g_return_val_if_fail (SITREP_IS_MAP_PANE (self), NULL);

  return self->view;
}

/**
 * sitrep_map_pane_dup_event_ids_in_view:
 *
 * The store has no bounding-box filter on SitrepEventQuery yet, so this
 * filters the coordinates of every event of the event index.
 */
GArray *
sitrep_map_pane_dup_event_ids_in_view (SitrepMapPane *self)
{
  SitrepEventIndex *index;
  double west, south, east, north;
  GArray *ids;

  g_return_val_if_fail (SITREP_IS_MAP_PANE (self), NULL);

  if (!sitrep_map_view_get_only_in_view (self->view))
    return NULL;

  index = sitrep_pane_get_event_index (SITREP_PANE (self));
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (index == NULL || !sitrep_map_view_get_bounds (self->view, &west, &south, &east, &north))
    return ids;

  for (guint i = 0; i < sitrep_event_index_get_n_entries (index); i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_get_entry (index, i);
      gboolean in_lon = west <= east ? (e->longitude >= west && e->longitude <= east)
                                     : (e->longitude >= west || e->longitude <= east);

      if (e->latitude >= south && e->latitude <= north && in_lon)
        g_array_append_val (ids, e->id);
    }

  return ids;
}

/* "12,345" in the user's locale, with a comma where the locale has no separator. */
char *
sitrep_map_pane_format_count (guint64 n)
{
  const char *sep = localeconv ()->thousands_sep;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  if (sep == NULL || *sep == '\0')
    sep = ",";
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }

  return g_string_free (out, FALSE);
}
