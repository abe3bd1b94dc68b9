/* sitrep-demo.c — the bundled demo project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <math.h>

#include <glib/gstdio.h>

#include "sitrep-demo.h"
#include "sitrep-event.h"
#include "sitrep-import.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-ucdp.h"

static const char * const samples[] = {
  "/org/sitrep/Sitrep/core/samples/centcom.jsonl",
  "/org/sitrep/Sitrep/core/samples/us-state-department.jsonl",
};

/* UCDP GED events of the years the press releases cover (data/README.md). */
#define DEMO_EVENTS "/org/sitrep/Sitrep/core/events/ucdp_ged_syria_region_2015_2017.csv"

/* The demo story: the deadliest events of one year that are on the map,
 * told in date order. */
#define STORY_FROM "2016-01-01"
#define STORY_TO "2016-12-31"
#define STORY_STEPS 8

static gboolean
import_events (SitrepStore  *store,
               GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SitrepGazetteer) gazetteer = NULL;
  SitrepUcdpReport report = { 0 };
  const char *text;
  gsize length;
  SitrepPlacementCounts counts = { 0 };
  gboolean ok;

  bytes = g_resources_lookup_data (DEMO_EVENTS, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  text = g_bytes_get_data (bytes, &length);
  ok = sitrep_ucdp_import_data (store, text, length, &report, NULL, NULL, NULL, error);
  /* The file ships with Sitrep: a row it cannot read is a packaging bug. */
  for (guint i = 0; ok && i < report.problems->len; i++)
    g_warning ("Demo events: %s", (const char *) report.problems->pdata[i]);
  sitrep_ucdp_report_clear (&report);
  if (!ok)
    return FALSE;

  /* UCDP gives place names, not coordinates: the gazetteer places them
   * as the map's Place Unplaced Events and sitrep-cli place-events do (by
   * name, or in the district or governorate UCDP names). */
  gazetteer = sitrep_gazetteer_new (store, error);
  if (gazetteer == NULL ||
      !sitrep_store_place_unplaced_events (store, gazetteer, &counts, NULL, NULL, NULL, error))
    return FALSE;
  g_debug ("%u of %u demo events placed, %u of them by region", counts.n_placed, counts.n_named,
           counts.n_region);

  return TRUE;
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  SitrepEvent *x = *(SitrepEvent **) a;
  SitrepEvent *y = *(SitrepEvent **) b;
  int order = g_strcmp0 (sitrep_event_get_date_start (x), sitrep_event_get_date_start (y));

  if (order != 0)
    return order;
  return (sitrep_event_get_id (x) > sitrep_event_get_id (y)) - (sitrep_event_get_id (x) < sitrep_event_get_id (y));
}

static gboolean
add_story (SitrepStore  *store,
           GError      **error)
{
  SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 story;

  query.date_from = STORY_FROM;
  query.date_to = STORY_TO;
  query.sort = SITREP_EVENT_SORT_FATALITIES;
  query.descending = TRUE;
  ids = sitrep_store_query_event_ids (store, &query, error);
  if (ids == NULL)
    return FALSE;
  events = g_ptr_array_new_with_free_func (g_object_unref);
  if (!sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, ids->len, events, error))
    return FALSE;

  /* The query also finds events that only overlap the year. */
  for (guint i = 0; i < events->len && chosen->len < STORY_STEPS; i++)
    {
      SitrepEvent *event = events->pdata[i];

      /* A presentation flies to each: only events at the place they name,
       * not those UCDP puts in a district or governorate (where_prec 3, 4). */
      if (g_strcmp0 (sitrep_event_get_date_start (event), STORY_FROM) >= 0 &&
          sitrep_event_get_fatalities (event) > 0 && !isnan (sitrep_event_get_latitude (event)) &&
          sitrep_event_get_where_prec (event) < 3)
        g_ptr_array_add (chosen, event);
    }
  if (chosen->len == 0)
    return TRUE;
  g_ptr_array_sort (chosen, compare_by_date);
  for (guint i = 0; i < chosen->len; i++)
    {
      gint64 id = sitrep_event_get_id (chosen->pdata[i]);

      g_array_append_val (steps, id);
    }

  story = sitrep_store_create_story (store, _("The deadliest mapped incidents of 2016"), error);
  return story != 0 &&
         sitrep_store_set_story_steps (store, story, (const gint64 *) (gpointer) steps->data, steps->len, error);
}

static gboolean
fill_demo (SitrepStore  *store,
           GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) records = NULL;
      g_autofree gint64 *results = NULL;
      g_autofree char *name = g_path_get_basename (samples[i]);

      bytes = g_resources_lookup_data (samples[i], G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;

      records = sitrep_import_parse_bytes (bytes, name, SITREP_IMPORT_FORMAT_JSONL, NULL, NULL, error);
      if (records == NULL)
        return FALSE;

      results = g_new0 (gint64, MAX (records->len, 1));
      if (!sitrep_store_add_articles (store, (SitrepImportRecord **) records->pdata, records->len,
                                      results, NULL, error))
        return FALSE;
    }

  if (!import_events (store, error) || !add_story (store, error))
    return FALSE;

  return sitrep_store_set_meta (store, "demo", "1", error);
}

/**
 * sitrep_demo_ensure:
 *
 * Returns: (transfer full): the path of the demo project, made the first
 * time from the bundled public-domain press releases and UCDP GED events
 * (placed through the gazetteer), with one story to present.
 */
char *
sitrep_demo_ensure (GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "sitrep", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.sitrep", NULL);
  g_autofree char *partial = g_build_filename (dir, "Demo.sitrep.partial", NULL);
  g_autoptr(SitrepStore) store = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the folder for the demo project: %s"), g_strerror (saved));
      return NULL;
    }

  /* Built under another name and renamed, so a crash never leaves half a demo. */
  g_unlink (partial);
  store = sitrep_store_create (partial, error);
  if (store == NULL)
    return NULL;

  if (!fill_demo (store, error))
    {
      sitrep_store_close (store);
      g_unlink (partial);
      return NULL;
    }
  sitrep_store_close (store);

  if (g_rename (partial, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the demo project: %s"), g_strerror (saved));
      g_unlink (partial);
      return NULL;
    }

  return g_steal_pointer (&path);
}
