/* sitrep-basemap-load.c — the offline base map's data: the bundled GeoJSON layers and the labels
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-basemap"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-gazetteer.h"
#include "sitrep-normalize.h"
#include "sitrep-basemap.h"
#include "sitrep-basemap-private.h"

#define RESOURCE_DIR "/org/sitrep/Sitrep/core/basemap/"

static const char * const layer_files[N_LAYERS] = {
  "ne_110m_world_land.geojson",
  "ne_50m_world_land.geojson",
  "ne_50m_admin0_countries_region.geojson",
  "ne_10m_lakes_region.geojson",
  "ne_10m_rivers_region.geojson",
  "ne_10m_coastline_region.geojson",
  "ne_110m_world_borders.geojson",
  "ne_50m_world_borders.geojson",
  "ne_10m_admin0_boundary_lines_region.geojson",
  "geoboundaries_syr_adm1_simplified.geojson",
};

/* ---------------------------------------------------------------- loading */

static void
feature_free (Feature *feature)
{
  g_free (feature->parts);
  g_free (feature->xy);
  g_free (feature->name);
  g_free (feature->code);
  g_free (feature);
}

void
_sitrep_basemap_label_clear (Label *label)
{
  g_free (label->text);
}

/* Appends the rings or lines in @parts_array (arrays of [lon, lat]) as one feature. */
static Feature *
feature_from_parts (JsonArray *parts_array)
{
  Feature *feature = g_new0 (Feature, 1);
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint offset = 0;

  feature->x0 = feature->y0 = G_MAXDOUBLE;
  feature->x1 = feature->y1 = -G_MAXDOUBLE;
  g_array_append_val (parts, offset);
  for (guint i = 0; i < json_array_get_length (parts_array); i++)
    {
      JsonArray *ring = json_array_get_array_element (parts_array, i);

      for (guint j = 0; ring != NULL && j < json_array_get_length (ring); j++)
        {
          JsonArray *pt = json_array_get_array_element (ring, j);
          double x, y;

          if (pt == NULL || json_array_get_length (pt) < 2)
            continue;
          x = sitrep_mercator_x (json_array_get_double_element (pt, 0));
          y = sitrep_mercator_y (json_array_get_double_element (pt, 1));
          g_array_append_val (xy, x);
          g_array_append_val (xy, y);
          feature->x0 = MIN (feature->x0, x);
          feature->x1 = MAX (feature->x1, x);
          feature->y0 = MIN (feature->y0, y);
          feature->y1 = MAX (feature->y1, y);
          offset++;
        }
      g_array_append_val (parts, offset);
    }
  feature->n_parts = parts->len - 1;
  feature->parts = (guint *) g_array_free (g_steal_pointer (&parts), FALSE);
  feature->xy = (double *) g_array_free (g_steal_pointer (&xy), FALSE);
  return feature;
}

static const char *
get_string (JsonObject *props,
            const char *member)
{
  JsonNode *node;

  if (props == NULL || !json_object_has_member (props, member))
    return NULL;
  node = json_object_get_member (props, member);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static double
get_number (JsonObject *props,
            const char *member,
            double      fallback)
{
  JsonNode *node;

  if (props == NULL || !json_object_has_member (props, member))
    return fallback;
  node = json_object_get_member (props, member);
  if (JSON_NODE_HOLDS_VALUE (node) &&
      (json_node_get_value_type (node) == G_TYPE_DOUBLE || json_node_get_value_type (node) == G_TYPE_INT64))
    return json_node_get_double (node);
  return fallback;
}

static void
add_feature (GPtrArray  *features,
             Feature    *feature,
             JsonObject *props)
{
  const char *name = get_string (props, "shapeName");

  if (name == NULL)
    name = get_string (props, "NAME");
  if (name == NULL)
    name = get_string (props, "name_en");
  if (name == NULL)
    name = get_string (props, "name");
  feature->name = g_strdup (name);
  feature->code = g_strdup (get_string (props, "ISO_A2"));
  feature->min_zoom = get_number (props, "min_zoom", 0);
  if (feature->xy != NULL && feature->parts[feature->n_parts] > 0)
    g_ptr_array_add (features, feature);
  else
    feature_free (feature);
}

/* Multi-geometries become one feature per polygon or line, so each has a
 * tight bounding box and a tile only looks at what it touches. */
static GPtrArray *
parse_layer (JsonNode  *root,
             GError   **error)
{
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func ((GDestroyNotify) feature_free);
  JsonArray *list;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (list = json_object_get_array_member (json_node_get_object (root), "features")) == NULL)
    {
      g_set_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_DATA,
                   _("not a GeoJSON feature collection"));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *f = json_array_get_object_element (list, i);
      JsonObject *geometry = f != NULL ? json_object_get_object_member (f, "geometry") : NULL;
      JsonObject *props = f != NULL ? json_object_get_object_member (f, "properties") : NULL;
      const char *type = geometry != NULL ? json_object_get_string_member (geometry, "type") : NULL;
      JsonArray *coords = geometry != NULL ? json_object_get_array_member (geometry, "coordinates") : NULL;

      if (type == NULL || coords == NULL)
        continue;
      if (strcmp (type, "Polygon") == 0 || strcmp (type, "MultiLineString") == 0)
        {
          if (strcmp (type, "Polygon") == 0)
            add_feature (features, feature_from_parts (coords), props);
          else
            for (guint j = 0; j < json_array_get_length (coords); j++)
              {
                g_autoptr(JsonArray) one = json_array_new ();
                json_array_add_element (one, json_node_copy (json_array_get_element (coords, j)));
                add_feature (features, feature_from_parts (one), props);
              }
        }
      else if (strcmp (type, "MultiPolygon") == 0)
        {
          for (guint j = 0; j < json_array_get_length (coords); j++)
            add_feature (features, feature_from_parts (json_array_get_array_element (coords, j)), props);
        }
      else if (strcmp (type, "LineString") == 0)
        {
          g_autoptr(JsonArray) one = json_array_new ();
          json_array_add_element (one, json_node_copy (json_object_get_member (geometry, "coordinates")));
          add_feature (features, feature_from_parts (one), props);
        }
    }
  return g_steal_pointer (&features);
}

static JsonParser *
load_json (const char  *file,
           GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(JsonParser) parser = NULL;
  gsize size;
  const char *data;

  if (bytes == NULL)
    return NULL;
  parser = json_parser_new_immutable ();
  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data, size, error))
    return NULL;
  return g_steal_pointer (&parser);
}

static void
add_label (SitrepBasemap *self,
           double         lon,
           double         lat,
           const char    *text,
           LabelKind      kind,
           double         priority,
           double         min_zoom,
           double         max_zoom)
{
  Label label = { sitrep_mercator_x (lon), sitrep_mercator_y (lat), g_strdup (text), kind,
                  priority, min_zoom, max_zoom };

  g_array_append_val (self->labels, label);
}

/* Area centroid of a feature's largest ring, for country and governorate names. */
static gboolean
feature_centroid (Feature *feature,
                  double  *cx,
                  double  *cy,
                  double  *area_out)
{
  double best = 0;

  for (guint p = 0; p < feature->n_parts; p++)
    {
      double a = 0, x = 0, y = 0;

      for (guint i = feature->parts[p]; i + 1 < feature->parts[p + 1]; i++)
        {
          double x0 = feature->xy[2 * i], y0 = feature->xy[2 * i + 1];
          double x1 = feature->xy[2 * i + 2], y1 = feature->xy[2 * i + 3];
          double c = x0 * y1 - x1 * y0;
          a += c;
          x += (x0 + x1) * c;
          y += (y0 + y1) * c;
        }
      if (fabs (a) > best)
        {
          best = fabs (a);
          *cx = x / (3 * a);
          *cy = y / (3 * a);
        }
    }
  if (area_out != NULL)
    *area_out = best / 2;
  return best > 0;
}

typedef struct
{
  double      lon, lat;
  const char *name;   /* owned by the parsed GeoJSON */
} NamedPoint;

/* Countries: one label per country, on its largest polygon. */
static void
add_country_labels (SitrepBasemap *self)
{
  GPtrArray *countries = self->layers[LAYER_COUNTRIES].features;
  g_autoptr(GHashTable) best = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; countries != NULL && i < countries->len; i++)
    {
      Feature *f = countries->pdata[i];
      Feature *old = f->name != NULL ? g_hash_table_lookup (best, f->name) : NULL;
      double ax, ay, a_new = 0, a_old = 0;

      if (f->name == NULL)
        continue;
      feature_centroid (f, &ax, &ay, &a_new);
      if (old != NULL)
        feature_centroid (old, &ax, &ay, &a_old);
      if (old == NULL || a_new > a_old)
        g_hash_table_insert (best, f->name, f);
    }
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, best);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        Feature *f = value;
        double cx, cy, area;
        g_autofree char *upper = g_utf8_strup (f->name, -1);

        if (!feature_centroid (f, &cx, &cy, &area))
          continue;
        /* Small countries get their names only when close. */
        add_label (self, sitrep_mercator_lon (cx), sitrep_mercator_lat (cy), upper, LABEL_COUNTRY,
                   1e9 + area * 1e12, area > 1e-4 ? 3 : 6, 8);
      }
  }
}

static void
load_labels (SitrepBasemap *self,
             GString       *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) places = load_json ("ne_10m_populated_places_region.geojson", &error);
  g_autoptr(GArray) cities = g_array_new (FALSE, FALSE, sizeof (NamedPoint));
  GPtrArray *bundled;

  add_country_labels (self);

  /* Syrian governorates. */
  {
    GPtrArray *admin1 = self->layers[LAYER_ADMIN1].features;

    for (guint i = 0; admin1 != NULL && i < admin1->len; i++)
      {
        Feature *f = admin1->pdata[i];
        double cx, cy, area;

        if (f->name == NULL || !feature_centroid (f, &cx, &cy, &area))
          continue;
        /* Below every Natural Earth city: "Damascus" is first the city. */
        add_label (self, sitrep_mercator_lon (cx), sitrep_mercator_lat (cy), f->name, LABEL_ADMIN1,
                   2000 + area * 1e8, area > 2e-6 ? 6 : 7, 10);
      }
  }

  /* Towns: Natural Earth's, by population and zoom. */
  if (places == NULL)
    g_string_append_printf (problems, "%s (%s) ", "ne_10m_populated_places_region", error->message);
  else
    {
      JsonArray *list = json_object_get_array_member (json_node_get_object (json_parser_get_root (places)),
                                                      "features");
      for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
        {
          JsonObject *f = json_array_get_object_element (list, i);
          JsonObject *props = json_object_get_object_member (f, "properties");
          NamedPoint city;
          JsonObject *geometry = json_object_get_object_member (f, "geometry");
          JsonArray *pt = geometry != NULL ? json_object_get_array_member (geometry, "coordinates") : NULL;
          const char *name = get_string (props, "NAME");
          const char *cla = get_string (props, "FEATURECLA");
          double pop = get_number (props, "POP_MAX", 0);
          gboolean capital = g_strcmp0 (cla, "Admin-0 capital") == 0;
          double min_zoom;

          if (name == NULL || pt == NULL || json_array_get_length (pt) < 2)
            continue;
          if (pop >= 2000000 || capital)
            min_zoom = 4;
          else if (pop >= 1000000)
            min_zoom = 5;
          else if (pop >= 250000)
            min_zoom = 6;
          else if (pop >= 100000)
            min_zoom = 7;
          else
            min_zoom = 8;
          add_label (self, json_array_get_double_element (pt, 0), json_array_get_double_element (pt, 1),
                     name, capital ? LABEL_CAPITAL : LABEL_CITY, pop + (capital ? 1e8 : 0), min_zoom,
                     SITREP_BASEMAP_MAX_ZOOM + 1);
          city.lon = json_array_get_double_element (pt, 0);
          city.lat = json_array_get_double_element (pt, 1);
          city.name = name;
          g_array_append_val (cities, city);
        }
    }

  /* Smaller towns from the bundled GeoNames gazetteer, once zoomed in. */
  bundled = sitrep_gazetteer_get_bundled_places ();
  for (guint i = 0; bundled != NULL && i < bundled->len; i++)
    {
      SitrepGazetteerPlace *p = bundled->pdata[i];
      gboolean labelled = FALSE;
      double min_zoom;

      /* A town Natural Earth already names (Douma and Dūmā, Damascus twice)
       * gets one label, the city's. */
      for (guint c = 0; c < cities->len && !labelled; c++)
        {
          const NamedPoint *city = &g_array_index (cities, NamedPoint, c);

          labelled = fabs (city->lat - p->latitude) < 0.06 && fabs (city->lon - p->longitude) < 0.06 &&
                     sitrep_names_match (city->name, p->name);
        }
      if (labelled)
        continue;

      if (p->population >= 50000)
        min_zoom = 8;
      else if (p->population >= 10000)
        min_zoom = 9;
      else if (p->population >= 2000 || g_strcmp0 (p->feature_code, "PPLA2") == 0)
        min_zoom = 10;
      else
        min_zoom = 11;
      add_label (self, p->longitude, p->latitude, p->name, LABEL_TOWN,
                 MIN ((double) p->population / 100.0, 1999), min_zoom, SITREP_BASEMAP_MAX_ZOOM + 1);
    }
}

/* ---------------------------------------------------------------- public API */

SitrepBasemap *
sitrep_basemap_new (GError **error)
{
  g_autoptr(SitrepBasemap) self = g_object_new (SITREP_TYPE_BASEMAP, NULL);
  g_autoptr(GString) problems = g_string_new (NULL);
  guint loaded = 0;

  for (guint i = 0; i < N_LAYERS; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonParser) parser = load_json (layer_files[i], &local_error);

      if (parser != NULL)
        self->layers[i].features = parse_layer (json_parser_get_root (parser), &local_error);
      if (self->layers[i].features == NULL)
        {
          g_string_append_printf (problems, "%s (%s) ", layer_files[i], local_error->message);
          self->layers[i].features = g_ptr_array_new_with_free_func ((GDestroyNotify) feature_free);
        }
      else
        loaded++;
    }
  load_labels (self, problems);

  if (loaded == 0)
    {
      g_set_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_DATA,
                   _("The base map data could not be read: %s"), problems->str);
      return NULL;
    }
  if (problems->len > 0)
    {
      g_warning ("Base map layers left out: %s", problems->str);
      self->problems = g_strdup (g_strchomp (problems->str));
    }
  return g_steal_pointer (&self);
}

static gpointer
create_default (gpointer data)
{
  g_autoptr(GError) error = NULL;
  SitrepBasemap *basemap = sitrep_basemap_new (&error);

  if (basemap == NULL)
    g_warning ("%s", error->message);
  return basemap;
}

SitrepBasemap *
sitrep_basemap_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, create_default, NULL);
  return once.retval;
}
