/* sitrep-cli-map.c — sitrep-cli commands for the gazetteer and the map
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-codebook.h"
#include "sitrep-basemap.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store-gazetteer.h"

int
sitrep_cli_cmd_geocode (int    argc,
                        char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *context = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepGazetteer) gaz = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int limit = 10;
  GOptionEntry entries[] = {
    { "context", 'c', 0, G_OPTION_ARG_STRING, &context,
      N_("The text the name was read in, to rank candidates"), N_("TEXT") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("Show at most N candidates (default 10)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("geocode", _("PROJECT NAME"),
                                 _("Looks a place name up in the gazetteer, best candidates first."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("geocode", _("Give the project and one place name."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;
  gaz = sitrep_gazetteer_new (store, &error);
  if (gaz != NULL)
    found = sitrep_gazetteer_lookup (gaz, args[1], context, &error);
  if (found == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < found->len && (limit <= 0 || i < (guint) limit); i++)
        {
          SitrepGazetteerPlace *p = found->pdata[i];

          json_builder_begin_object (builder);
          sitrep_cli_json_add_string (builder, "name", p->name);
          json_builder_set_member_name (builder, "lat");
          json_builder_add_double_value (builder, p->latitude);
          json_builder_set_member_name (builder, "lon");
          json_builder_add_double_value (builder, p->longitude);
          sitrep_cli_json_add_string (builder, "admin1", p->admin1_name);
          sitrep_cli_json_add_string (builder, "country", p->country);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, round (p->score * 1000) / 1000);
          json_builder_set_member_name (builder, "doubtful");
          json_builder_add_boolean_value (builder, p->doubtful);
          sitrep_cli_json_add_int (builder, "geonameid", p->geonameid);
          sitrep_cli_json_add_string (builder, "feature_code", p->feature_code);
          sitrep_cli_json_add_int (builder, "population", p->population);
          sitrep_cli_json_add_string (builder, "source", p->source);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      text = sitrep_cli_json_to_string (root, TRUE);
      sitrep_cli_printf ("%s\n", text);
      return EXIT_OK;
    }

  if (found->len == 0)
    {
      sitrep_cli_error (_("No place called “%s” in the gazetteer."), args[1]);
      return EXIT_FAILED;
    }
  for (guint i = 0; i < found->len && (limit <= 0 || i < (guint) limit); i++)
    {
      SitrepGazetteerPlace *p = found->pdata[i];

      sitrep_cli_printf ("%.3f\t%.5f\t%.5f\t%s\t%s\t%s%s\n", p->score, p->latitude, p->longitude,
                         p->name, p->admin1_name != NULL ? p->admin1_name : "",
                         p->country != NULL ? p->country : "", p->doubtful ? _("\tdoubtful") : "");
    }
  return EXIT_OK;
}

static void
print_load_progress (guint64  lines,
                     guint64  bytes,
                     guint64  total,
                     gpointer user_data)
{
  if (total > 0 && isatty (fileno (stderr)))
    fprintf (stderr, _("\r%" PRIu64 " lines (%d %%)"), lines, (int) (100.0 * bytes / total));
}

int
sitrep_cli_cmd_load_gazetteer (int    argc,
                               char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint64 loaded = 0, skipped = 0;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("load-gazetteer", _("PROJECT FILE"),
                                 _("Loads a GeoNames dump (cities500.txt, SY.txt, allCountries.txt) "
                                   "into the project's gazetteer."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("load-gazetteer", _("Give the project and one GeoNames file."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  file = g_file_new_for_commandline_arg (args[1]);
  if (!sitrep_gazetteer_load_file (store, file, print_load_progress, NULL, &loaded, &skipped, NULL,
                                   &error))
    {
      if (isatty (fileno (stderr)))
        fprintf (stderr, "\n");
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  if (isatty (fileno (stderr)))
    fprintf (stderr, "\n");
  sitrep_cli_printf (g_dngettext (NULL, "%s: %" PRIu64 " place loaded",
                                  "%s: %" PRIu64 " places loaded", loaded),
                     args[1], loaded);
  if (skipped > 0)
    sitrep_cli_printf (g_dngettext (NULL, ", %" PRIu64 " line skipped",
                                    ", %" PRIu64 " lines skipped", skipped), skipped);
  sitrep_cli_printf ("\n");
  return EXIT_OK;
}

int
sitrep_cli_cmd_place_events (int    argc,
                             char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepGazetteer) gaz = NULL;
  g_autoptr(GError) error = NULL;
  SitrepPlacementCounts counts = { 0 };
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("place-events", _("PROJECT"),
                                 _("Places the events that have no coordinates through the gazetteer, "
                                   "by the place they name (or, from UCDP, in the district or "
                                   "governorate they name), as the map’s Place Unplaced Events does."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("place-events", _("Give the project."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  gaz = sitrep_gazetteer_new (store, &error);
  if (gaz == NULL || !sitrep_store_place_unplaced_events (store, gaz, &counts, NULL, NULL, NULL, &error))
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  /* Translators: the first of three lines after placing events */
  sitrep_cli_printf (g_dngettext (NULL, "%'u event placed\n", "%'u events placed\n", counts.n_placed),
                     counts.n_placed);
  if (counts.n_region > 0)
    sitrep_cli_printf (g_dngettext (NULL, "  (%'u of them in its district or governorate only, not at the place it names)\n",
                                    "  (%'u of them in their district or governorate only, not at the place they name)\n",
                                    counts.n_region),
                       counts.n_region);
  sitrep_cli_printf (g_dngettext (NULL, "%'u event doubtful: the place it names is ambiguous, choose it by hand\n",
                                  "%'u events doubtful: the places they name are ambiguous, choose them by hand\n",
                                  counts.n_doubtful),
                     counts.n_doubtful);
  sitrep_cli_printf (g_dngettext (NULL, "%'u event unplaced: the gazetteer does not know the place it names\n",
                                  "%'u events unplaced: the gazetteer does not know the places they name\n",
                                  counts.n_unplaced),
                     counts.n_unplaced);
  return EXIT_OK;
}

static gboolean
parse_bbox (const char *text,
            double      box[4])
{
  g_auto(GStrv) parts = text != NULL ? g_strsplit (text, ",", 0) : NULL;

  if (parts == NULL || g_strv_length (parts) != 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      char *end = NULL;
      box[i] = g_ascii_strtod (parts[i], &end);
      if (end == parts[i] || *end != '\0' || !isfinite (box[i]))
        return FALSE;
    }
  return TRUE;
}


/* The project's events on the exported map: size by fatalities, colour by type. */
static void
draw_events (cairo_t  *cr,
             double    ox,
             double    oy,
             double    scale,
             gpointer  user_data)
{
  GPtrArray *events = user_data;
  SitrepCodebook *codebook = sitrep_codebook_get_default ();

  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *e = g_ptr_array_index (events, i);
      const char *hex = sitrep_codebook_get_event_type_color (codebook, sitrep_event_get_event_type (e));
      gint64 killed = sitrep_event_get_fatalities (e);
      double x = (sitrep_mercator_x (sitrep_event_get_longitude (e)) - ox) * scale;
      double y = (sitrep_mercator_y (sitrep_event_get_latitude (e)) - oy) * scale;
      double r = (killed > 0 ? 4 + 1.5 * log2 (1 + killed) : 4);
      unsigned int rgb = 0x5e5c64;

      if (hex != NULL)
        sscanf (hex, "#%6x", &rgb);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                             (rgb & 0xff) / 255.0, 0.85);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
}

int
sitrep_cli_cmd_export_map (int    argc,
                           char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *bbox = NULL;
  g_autofree char *size = NULL;
  g_autofree char *output = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepBasemap) map = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) events = NULL;
  const char *credit = NULL;
  double box[4];
  int width = 0, height = 0;
  GOptionEntry entries[] = {
    { "bbox", 'b', 0, G_OPTION_ARG_STRING, &bbox, N_("The area, in degrees"), N_("W,S,E,N") },
    { "size", 's', 0, G_OPTION_ARG_STRING, &size, N_("The image size in pixels (default 1200x900)"), N_("WxH") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("export-map", _("PROJECT --bbox W,S,E,N --size WxH -o FILE"),
                                 _("Draws the map of an area to PNG, SVG or PDF, with a scale bar "
                                   "and attribution."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("export-map", _("Give one project."));
  if (!parse_bbox (bbox, box))
    return sitrep_cli_usage_error ("export-map", _("Give the area with --bbox W,S,E,N in degrees."));
  if (size == NULL)
    width = 1200, height = 900;
  else if (sscanf (size, "%dx%d", &width, &height) != 2)
    return sitrep_cli_usage_error ("export-map", _("Give the size as --size WIDTHxHEIGHT."));
  if (output == NULL)
    return sitrep_cli_usage_error ("export-map", _("Name the file to write with -o FILE."));

  /* The project is opened to check it; events drawn on the map come from it. */
  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;
  map = sitrep_basemap_new (&error);
  if (map != NULL)
    {
      SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;

      query.in_area = TRUE;
      query.west = box[0];
      query.south = box[1];
      query.east = box[2];
      query.north = box[3];
      ids = sitrep_store_query_event_ids (store, &query, &error);
      if (ids != NULL)
        {
          events = g_ptr_array_new_with_free_func (g_object_unref);
          if (!sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, ids->len,
                                        events, &error))
            g_clear_pointer (&events, g_ptr_array_unref);
        }
    }
  for (guint i = 0; events != NULL && i < events->len && credit == NULL; i++)
    credit = sitrep_event_get_dataset_credit (events->pdata[i]);
  if (map == NULL || events == NULL ||
      !sitrep_basemap_export_view_with_overlay (map, box[0], box[1], box[2], box[3], width, height,
                                                output, draw_events, events, credit, &error))
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  return EXIT_OK;
}
