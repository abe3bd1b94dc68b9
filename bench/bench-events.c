/* bench-events.c — the Events view over 50,000 events: import, query and sort, first page
 *
 * Generates N events (default 50,000) with actors, places and killed claims
 * through sitrep_store_import_events, then measures what the Events view
 * waits for: sitrep_store_query_event_ids for each sort order and for a
 * filter, and the first page of 64 SitrepEvent objects. Each figure is the
 * median of RUNS runs, beside the raw SQLite reference (the same ORDER BY on
 * the bare table) measured in the same run. Prints `name value unit` lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "sitrep-store-private.h"
#include "sitrep-store.h"

#define RUNS 7
#define PAGE 64

static const char *actors[] = {
  "Government of Syria", "IS", "SDF", "HTS", "SNA", "Government of Turkey", "Government of Russia",
  "Civilians", "Syrian Democratic Forces", "Free Syrian Army",
};
static const char *places[] = {
  "Idlib", "Daraa", "Jasim", "Deir ez-Zor", "Raqqa", "Palmyra", "Aleppo", "Homs", "Hama", "Qamishli",
};

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_double);
  return v[n / 2];
}

static double
time_query (SitrepStore            *store,
            const SitrepEventQuery *query,
            guint                  *n)
{
  double t[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, query, NULL);

      t[r] = (g_get_monotonic_time () - start) / 1000.0;
      *n = ids->len;
    }
  return median (t, RUNS);
}

static double
time_raw (SitrepStore *store,
          const char  *sql)
{
  double t[RUNS];
  sqlite3 *db = _sitrep_store_lock (store, NULL);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      sqlite3_finalize (stmt);
      t[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  _sitrep_store_unlock (store);
  return median (t, RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-events-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.sitrep", NULL);
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint n_events = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 50000;
  GRand *rand = g_rand_new_with_seed (42);
  static const struct { const char *name; SitrepEventSort sort; gboolean desc; } sorts[] = {
    { "date", SITREP_EVENT_SORT_DATE, FALSE },
    { "date_desc", SITREP_EVENT_SORT_DATE, TRUE },
    { "type", SITREP_EVENT_SORT_TYPE, FALSE },
    { "place", SITREP_EVENT_SORT_PLACE, FALSE },
    { "actor", SITREP_EVENT_SORT_ACTOR, FALSE },
    { "fatalities", SITREP_EVENT_SORT_FATALITIES, TRUE },
    { "sources", SITREP_EVENT_SORT_SOURCES, TRUE },
    { "disputed", SITREP_EVENT_SORT_DISPUTED, TRUE },
  };
  SitrepEventQuery q = SITREP_EVENT_QUERY_INIT;
  double raw, t[RUNS];
  gint64 start;
  guint n = 0;

  store = sitrep_store_create (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  items = g_array_sized_new (FALSE, TRUE, sizeof (SitrepEventImport), n_events);
  claims = g_array_sized_new (FALSE, TRUE, sizeof (SitrepClaimDraft), n_events * 2);
  for (guint i = 0; i < n_events; i++)
    {
      SitrepEventImport item = { 0 };
      SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;
      char *date = g_strdup_printf ("%04d-%02d-%02d", 2011 + g_rand_int_range (rand, 0, 13),
                                    g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

      g_ptr_array_add (strings, date);
      item.draft = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
      item.draft.event_type = g_rand_boolean (rand) ? "Battles" : "Explosions/Remote violence";
      item.draft.date_start = date;
      item.draft.date_precision = 1;
      item.draft.location = places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))];
      item.draft.latitude = 32.5 + g_rand_double (rand) * 4;
      item.draft.longitude = 35.8 + g_rand_double (rand) * 6;
      item.actor1_name = actors[g_rand_int_range (rand, 0, G_N_ELEMENTS (actors))];
      item.actor2_name = actors[g_rand_int_range (rand, 0, G_N_ELEMENTS (actors))];
      item.low_override = item.high_override = -1;
      item.claimant_name = "UCDP";
      c.count_low = g_rand_int_range (rand, 0, 60);
      c.victim_side = SITREP_VICTIM_ACTOR2;
      g_array_append_val (claims, c);
      item.n_claims = 1;
      g_array_append_val (items, item);
    }
  for (guint i = 0; i < n_events; i++)
    g_array_index (items, SitrepEventImport, i).claims = &g_array_index (claims, SitrepClaimDraft, i);

  start = g_get_monotonic_time ();
  if (sitrep_store_import_events (store, (SitrepEventImport *) (gpointer) items->data, n_events,
                                  NULL, NULL, NULL, &error) != n_events)
    g_error ("%s", error->message);
  printf ("events_import_%u %.0f ms\n", n_events, (g_get_monotonic_time () - start) / 1000.0);

  raw = time_raw (store, "SELECT id FROM events ORDER BY date_start IS NULL, date_start, id");
  printf ("events_raw_sqlite_order_by_date %.1f ms\n", raw);
  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    {
      double ms;

      q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
      q.sort = sorts[s].sort;
      q.descending = sorts[s].desc;
      ms = time_query (store, &q, &n);
      g_assert (n == n_events);
      printf ("events_query_sort_%s %.1f ms\n", sorts[s].name, ms);
      if (s == 0)
        printf ("events_query_sort_date_vs_raw %.2f ratio\n", ms / raw);
    }

  q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q.event_type = "Battles";
  q.date_from = "2015-01-01";
  q.date_to = "2016-12-31";
  raw = time_query (store, &q, &n);
  printf ("events_query_filter_type_dates %.1f ms (%u ids)\n", raw, n);
  q = (SitrepEventQuery) SITREP_EVENT_QUERY_INIT;
  q.search = "Idlib";
  raw = time_query (store, &q, &n);
  printf ("events_query_search_place %.1f ms (%u ids)\n", raw, n);

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, NULL, NULL);
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

      start = g_get_monotonic_time ();
      sitrep_store_get_events (store, (gint64 *) (gpointer) ids->data + r * PAGE, PAGE, events, NULL);
      t[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("events_first_page_%d_objects %.2f ms\n", PAGE, median (t, RUNS));

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GArray) matches = NULL;

      start = g_get_monotonic_time ();
      matches = sitrep_store_find_events_like (store, 1 + r * 1000, NULL);
      t[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("events_similar_suggestions %.2f ms\n", median (t, RUNS));

  g_rand_free (rand);
  sitrep_store_close (store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
