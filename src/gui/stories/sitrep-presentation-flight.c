/* sitrep-presentation-flight.c — the presentation's map flying from step to step, its tiles drawn ahead
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-presentation"

#include "config.h"

#include <math.h>

#include "sitrep-basemap.h"
#include "sitrep-map-source.h"
#include "sitrep-presentation-private.h"

static double
zoom_for_precision (int where_prec)
{
  /* UCDP where_prec: 1 exact place … 7 country or worse. Never closer than
   * a few towns around: an audience needs the surroundings to place an
   * incident, and the offline map shows towns, rivers and borders only. */
  switch (where_prec)
    {
    case 1:
      return 8.5;
    case 2:
      return 8;
    case 3:
      return 7.5;
    case 4:
      return 7;
    case 5:
    case 6:
      return 6.5;
    default:
      return 8;
    }
}

/* Where the map should be for @card: the incident in the middle of what the
 * card leaves free, not under the card, at a zoom that fits how precisely
 * the place is known. FALSE for an incident with no place. */
static gboolean
target_for (SitrepPresentation *self,
            SitrepStoryCard    *card,
            double             *latitude,
            double             *longitude,
            double             *zoom)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self->map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->map));
  double card_right = 0;
  double x, y, dx = 0, dy = 0;

  double place_latitude, place_longitude;

  if (card != NULL && !isnan (card->latitude) && !isnan (card->longitude))
    {
      place_latitude = card->latitude;
      place_longitude = card->longitude;
      *zoom = MIN (zoom_for_precision (card->where_prec), SITREP_BASEMAP_MAX_ZOOM);
    }
  else if (card != NULL && !isnan (card->area_latitude) && !isnan (card->area_longitude))
    {
      /* Only its governorate is known: the governorate, whole. */
      place_latitude = card->area_latitude;
      place_longitude = card->area_longitude;
      *zoom = 7.0;
    }
  else
    {
      *latitude = 35.0;
      *longitude = 38.5;
      *zoom = 6.0;
      return FALSE;
    }

  if (self->card_visible && width > 0)
    card_right = gtk_widget_get_margin_start (GTK_WIDGET (self->card_revealer)) +
                 gtk_widget_get_width (GTK_WIDGET (self->card_revealer));
  if (width - card_right >= 240 && card_right > 0)
    {
      dx = card_right + (width - card_right) / 2 - width / 2;
      dy = height * 0.42 - height / 2;
    }
  x = shumate_map_source_get_x (self->source, *zoom, place_longitude) - dx;
  y = shumate_map_source_get_y (self->source, *zoom, place_latitude) - dy;
  *latitude = shumate_map_source_get_latitude (self->source, *zoom, y);
  *longitude = shumate_map_source_get_longitude (self->source, *zoom, x);

  return TRUE;
}

static void
set_view (SitrepPresentation *self,
          double              latitude,
          double              longitude,
          double              zoom)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);

  /* One change for the layers, not three. */
  g_object_freeze_notify (G_OBJECT (viewport));
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), latitude, longitude);
  g_object_thaw_notify (G_OBJECT (viewport));
}

static SitrepFlight *
flight_to (SitrepPresentation *self,
           double              from_latitude,
           double              from_longitude,
           double              from_zoom,
           SitrepStoryCard    *card)
{
  double latitude, longitude, zoom;

  target_for (self, card, &latitude, &longitude, &zoom);

  return sitrep_flight_new (from_latitude, from_longitude, from_zoom, latitude, longitude, zoom,
                            gtk_widget_get_width (GTK_WIDGET (self->map)),
                            gtk_widget_get_height (GTK_WIDGET (self->map)),
                            shumate_map_source_get_tile_size (self->source));
}

void
_sitrep_presentation_stop_drawing (SitrepPresentation *self)
{
  if (self->drawing != NULL)
    {
      g_cancellable_cancel (self->drawing);
      g_clear_object (&self->drawing);
    }
  self->fly_when_drawn = FALSE;
}

void
_sitrep_presentation_stop_flight (SitrepPresentation *self)
{
  /* A flight cut short by the next step counts what it waited for so far. */
  if (self->flight_tick_id != 0 || self->land_idle_id != 0)
    self->n_late_tiles += sitrep_map_source_get_n_waits (SITREP_MAP_SOURCE (self->source)) - self->waits_before;
  if (self->flight_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->map), self->flight_tick_id);
      self->flight_tick_id = 0;
    }
  g_clear_handle_id (&self->flight_wait_id, g_source_remove);
  g_clear_handle_id (&self->land_idle_id, g_source_remove);
  g_clear_pointer (&self->flight, sitrep_flight_free);
}

/* After landing, once the map has asked for its last tiles: counts the ones
 * it had to wait for, then draws the way to the next step. */
static gboolean
on_landed (gpointer user_data)
{
  SitrepPresentation *self = user_data;

  self->land_idle_id = 0;
  self->n_late_tiles += sitrep_map_source_get_n_waits (SITREP_MAP_SOURCE (self->source)) - self->waits_before;
  g_clear_pointer (&self->flight, sitrep_flight_free);
  /* The marks follow the view on its notifications; once more on landing,
   * so none can stay where it was mid-flight. */
  gtk_widget_queue_draw (GTK_WIDGET (self->points));
  _sitrep_presentation_draw_ahead (self);

  return G_SOURCE_REMOVE;
}

static gboolean
flight_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  SitrepPresentation *self = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double progress, latitude, longitude, zoom;

  if (self->flight_start_us == 0)
    self->flight_start_us = now;
  progress = (now - self->flight_start_us) / (1000.0 * sitrep_flight_get_duration (self->flight));
  sitrep_flight_get_view (self->flight, progress, &latitude, &longitude, &zoom);
  set_view (self, latitude, longitude, zoom);
  if (progress < 1.0)
    return G_SOURCE_CONTINUE;

  self->flight_tick_id = 0;
  /* Lower than the map layer's own idle, which asks for the tiles. */
  self->land_idle_id = g_idle_add_full (G_PRIORITY_LOW, on_landed, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
take_off (SitrepPresentation *self)
{
  g_clear_handle_id (&self->flight_wait_id, g_source_remove);
  self->fly_when_drawn = FALSE;
  if (self->flight == NULL || self->flight_tick_id != 0)
    return;

  self->wait_us = g_get_monotonic_time () - self->wait_us;
  self->n_flights++;
  self->waits_before = sitrep_map_source_get_n_waits (SITREP_MAP_SOURCE (self->source));
  self->flight_start_us = 0;
  self->flight_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->map), flight_tick, self, NULL);
}

static gboolean
on_wait_over (gpointer user_data)
{
  SitrepPresentation *self = user_data;

  /* Drawing goes on: the map still finds what is drawn by the time it asks. */
  self->flight_wait_id = 0;
  take_off (self);

  return G_SOURCE_REMOVE;
}

static void
on_drawn (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SitrepPresentation *self;
  g_autoptr(GError) error = NULL;

  if (!sitrep_map_source_prefetch_finish (SITREP_MAP_SOURCE (source), result, &error))
    {
      /* Cancelled: @user_data may be gone. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The map could not be drawn ahead: %s", error->message);
      return;
    }

  self = user_data;
  g_clear_object (&self->drawing);
  if (self->fly_when_drawn)
    take_off (self);
}

static void
draw_tiles (SitrepPresentation *self,
            const SitrepFlight *flight,
            guint               step)
{
  g_autoptr(GArray) tiles = sitrep_flight_get_tiles (flight, 2, SITREP_BASEMAP_MAX_ZOOM);

  _sitrep_presentation_stop_drawing (self);
  self->n_tiles = tiles->len;
  self->drawing = g_cancellable_new ();
  self->drawing_step = step;
  sitrep_map_source_prefetch_async (SITREP_MAP_SOURCE (self->source),
                                    (const SitrepTileId *) (gpointer) tiles->data, tiles->len,
                                    self->drawing, on_drawn, self);
}

/* While the presenter talks, draws the way to the next step. */
void
_sitrep_presentation_draw_ahead (SitrepPresentation *self)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  g_autoptr(SitrepFlight) flight = NULL;

  if (!self->prefetch || self->step + 1 >= self->ids->len || self->drawing != NULL)
    return;

  flight = flight_to (self,
                      shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                      shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                      shumate_viewport_get_zoom_level (viewport),
                      _sitrep_presentation_card_at (self, self->step + 1));
  draw_tiles (self, flight, self->step + 1);
}

/* Moves the map to the current step: at once, or flying once the tiles
 * along the way are drawn (they usually are, drawn ahead while the
 * presenter spoke; a slow machine waits at most MAX_WAIT_MS). */
void
_sitrep_presentation_go_to_step (SitrepPresentation *self,
            SitrepStoryCard    *card,
            gboolean            animate)
{
  ShumateViewport *viewport = shumate_map_get_viewport (self->map);
  gboolean animations = TRUE;
  g_autoptr(GArray) tiles = NULL;

  _sitrep_presentation_stop_flight (self);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);
  if (!animate || !animations || gtk_widget_get_width (GTK_WIDGET (self->map)) == 0)
    {
      double latitude, longitude, zoom;

      _sitrep_presentation_stop_drawing (self);
      target_for (self, card, &latitude, &longitude, &zoom);
      set_view (self, latitude, longitude, zoom);
      return;
    }

  self->flight = flight_to (self,
                            shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                            shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                            shumate_viewport_get_zoom_level (viewport),
                            card);
  self->wait_us = g_get_monotonic_time ();
  tiles = sitrep_flight_get_tiles (self->flight, 2, SITREP_BASEMAP_MAX_ZOOM);
  if (!self->prefetch || sitrep_map_source_has_tiles (SITREP_MAP_SOURCE (self->source),
                                                      (const SitrepTileId *) (gpointer) tiles->data,
                                                      tiles->len))
    {
      _sitrep_presentation_stop_drawing (self);
      self->n_tiles = tiles->len;
      take_off (self);
      return;
    }

  /* Drawing this very flight already (ahead): wait for it, else draw it. */
  if (self->drawing == NULL || self->drawing_step != self->step)
    draw_tiles (self, self->flight, self->step);
  self->fly_when_drawn = TRUE;
  self->flight_wait_id = g_timeout_add (MAX_WAIT_MS, on_wait_over, self);
}

