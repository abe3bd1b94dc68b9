/* sitrep-place-events.c — events without coordinates placed through the gazetteer, by the place
 * they name or in the region they name: one function for the map, the CLI and the demo
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-progress-private.h"
#include "sitrep-store-bulk-private.h"
#include "sitrep-store-events.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-store-private.h"
#include "sitrep-ucdp.h"

/* ACLED geo_precision 3: "a larger region" holds the event. */
#define ACLED_GEO_PRECISION_REGION 3
/* At most this often (µs) a worker thread sends its progress on. */
#define PROGRESS_INTERVAL (50 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  gint64       event_id;
  char        *location;      /* the place as reported */
  char        *context;       /* location, admin 1 and country: they rank the candidates */
  const char  *country_code;  /* ISO 3166 code of the event's country, NULL when unknown */
  char        *admin1;        /* governorate or province as reported, NULL when none */
  char        *admin2;        /* district as reported, NULL when none */
  gint64       place_id;      /* the unplaced place entity whose name it is, or 0 */
  gint64       event_place;   /* the event's place entity, kept when placed by region */
  gboolean     ucdp;          /* imported from UCDP GED: its region may place it */
  gboolean     found;
  gboolean     doubtful;      /* not found by name because the best candidate is doubtful */
  int          where_prec;    /* 0 at the place named; UCDP's 3 (district) or 4 (governorate) */
  double       latitude;
  double       longitude;
  gint64       geonameid;     /* of the candidate found by name */
  char        *found_admin1;  /* its first-order division and country code */
  char        *found_country;
} Placement;

/* UCDP GED names a place with what it is: "Manbij town", "Tall Hamis
 * village". The word is not part of the name the gazetteer knows. Only
 * these, in lower case, so that "Kuwait City" stays whole; a governorate or
 * a district is no point on a map, and is left for the user to place. */
static char *
strip_feature_word (const char *location)
{
  static const char * const words[] = { " town", " city", " village", " suburb", " camp", " area", NULL };

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_has_suffix (location, words[i]) && strlen (location) > strlen (words[i]))
        return g_strndup (location, strlen (location) - strlen (words[i]));
    }
  return NULL;
}

/* The names to try for @location, most literal first: as reported, without
 * UCDP's feature word, then each of "Tadmur/Palmyra". */
static GPtrArray *
names_to_try (const char *location)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *bare = strip_feature_word (location);
  g_auto(GStrv) parts = NULL;

  g_ptr_array_add (names, g_strdup (location));
  if (bare != NULL)
    g_ptr_array_add (names, g_strdup (bare));
  parts = g_strsplit (bare != NULL ? bare : location, "/", -1);
  for (guint i = 0; parts[1] != NULL && parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_ptr_array_add (names, g_strdup (parts[i]));
    }
  return names;
}

/* Takes the best candidate for @name in the event's country, unless it is
 * doubtful: a homonym across a border is never the place meant. */
static gboolean
look_up_one (SitrepGazetteer *gazetteer,
             Placement       *placement,
             const char      *name)
{
  g_autoptr(GPtrArray) candidates = sitrep_gazetteer_lookup_in (gazetteer, name, placement->context,
                                                                placement->country_code,
                                                                placement->admin1,
                                                                placement->admin2, NULL);

  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      SitrepGazetteerPlace *candidate = candidates->pdata[i];

      if (placement->country_code != NULL && g_strcmp0 (candidate->country, placement->country_code) != 0)
        continue;
      if (candidate->doubtful)
        {
          placement->doubtful = TRUE;
          return FALSE;
        }
      placement->found = TRUE;
      placement->doubtful = FALSE;
      placement->latitude = candidate->latitude;
      placement->longitude = candidate->longitude;
      placement->geonameid = candidate->geonameid;
      g_free (placement->found_admin1);
      placement->found_admin1 = g_strdup (candidate->admin1_name);
      g_free (placement->found_country);
      placement->found_country = g_strdup (candidate->country);
      return TRUE;
    }
  return FALSE;
}

/* Placing by region, UCDP's own rule for an event whose village or site
 * the gazetteer does not know: it goes to its district's seat (UCDP
 * where_prec 3) or, failing that, the middle of its governorate (4). */

/* UCDP writes a district as "Qaḑā’ al Mawşil", "Mintaqat Azaz district" or
 * "Tadmur district"; its seat has the name without those words. */
static char *
district_seat_name (const char *admin2)
{
  static const char * const prefixes[] = { "Qaḑā’ ", "Qada' ", "Mintaqat Markaz ", "Mintaqat ", "Markaz ", NULL };
  static const char * const suffixes[] = { " district", " subdistrict", " county", " nahiya", NULL };
  g_autofree char *name = g_strstrip (g_strdup (admin2));
  const char *start = name;

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      if (g_str_has_prefix (start, prefixes[i]))
        {
          start += strlen (prefixes[i]);
          break;
        }
    }
  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      gsize n = strlen (start), m = strlen (suffixes[i]);

      if (n > m && g_ascii_strcasecmp (start + n - m, suffixes[i]) == 0)
        return g_strndup (start, n - m);
    }
  return *start != '\0' ? g_strdup (start) : NULL;
}

/* The seat of the event's district, when the gazetteer knows it without
 * doubt in the event's country and, when UCDP names one, governorate. */
static gboolean
find_district_seat (SitrepGazetteer *gazetteer,
                    Placement       *placement,
                    const char      *admin1_match,
                    double          *latitude,
                    double          *longitude)
{
  g_autofree char *seat = NULL;
  g_autoptr(GPtrArray) candidates = NULL;

  if (placement->admin2 == NULL)
    return FALSE;
  seat = district_seat_name (placement->admin2);
  if (seat == NULL)
    return FALSE;
  candidates = sitrep_gazetteer_lookup_in (gazetteer, seat, placement->admin2, placement->country_code,
                                           placement->admin1, placement->admin2, NULL);
  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      SitrepGazetteerPlace *place = candidates->pdata[i];
      g_autofree char *code = g_strdup_printf ("%s.%s", place->country, place->admin1_code);

      if (g_strcmp0 (place->country, placement->country_code) != 0 ||
          (admin1_match != NULL && g_strcmp0 (code, admin1_match) != 0))
        continue;
      if (place->doubtful)
        return FALSE;
      *latitude = place->latitude;
      *longitude = place->longitude;
      return TRUE;
    }
  return FALSE;
}

static void
look_up_region (SitrepGazetteer *gazetteer,
                Placement       *placement)
{
  g_autofree char *admin1 = NULL;
  double latitude = NAN, longitude = NAN;

  if (!placement->ucdp || placement->country_code == NULL)
    return;
  if (placement->admin1 != NULL)
    admin1 = sitrep_gazetteer_match_admin1 (gazetteer, placement->country_code, placement->admin1,
                                            &latitude, &longitude);
  if (find_district_seat (gazetteer, placement, admin1, &latitude, &longitude))
    placement->where_prec = 3;
  else if (admin1 != NULL && !isnan (latitude) && !isnan (longitude))
    placement->where_prec = 4;
  else
    return;
  placement->found = TRUE;
  placement->latitude = latitude;
  placement->longitude = longitude;
}

static void
placement_clear (gpointer data)
{
  Placement *placement = data;

  g_free (placement->location);
  g_free (placement->context);
  g_free (placement->admin1);
  g_free (placement->admin2);
  g_free (placement->found_admin1);
  g_free (placement->found_country);
}

/* Adds @event when it has no coordinates and names a place (as reported, or
 * its place entity when that has no coordinates), or is a UCDP event that
 * names its region. */
static void
add_placement (GArray      *placements,
               SitrepEvent *event)
{
  const char *location;
  const char *admin1;
  const char *country;
  Placement placement = { 0 };

  if (!isnan (sitrep_event_get_latitude (event)))
    return;
  placement.ucdp = g_strcmp0 (sitrep_event_get_external_source (event), SITREP_UCDP_EXTERNAL_SOURCE) == 0;
  location = sitrep_event_get_location (event);
  /* Without coordinates, the place entity has none either: look its name
   * up, and place the entity rather than the event. */
  if (sitrep_event_get_place_id (event) != 0 && sitrep_event_get_place_name (event) != NULL)
    {
      placement.place_id = sitrep_event_get_place_id (event);
      location = sitrep_event_get_place_name (event);
    }
  if ((location == NULL || *location == '\0') && !placement.ucdp)
    return;

  admin1 = sitrep_event_get_admin1 (event);
  country = sitrep_event_get_country (event);
  placement.event_id = sitrep_event_get_id (event);
  placement.event_place = sitrep_event_get_place_id (event);
  placement.location = g_strdup (location != NULL ? location : "");
  /* UCDP names the region and country: they rank the candidates. */
  placement.context = g_strjoin (", ", placement.location, admin1 != NULL ? admin1 : "",
                                 country != NULL ? country : "", NULL);
  placement.country_code = sitrep_gazetteer_country_code (country);
  placement.admin1 = admin1 != NULL && *admin1 != '\0' ? g_strdup (admin1) : NULL;
  placement.admin2 = g_strdup (sitrep_event_get_admin2 (event));
  placement.latitude = placement.longitude = NAN;
  if (*placement.location == '\0' && placement.admin1 == NULL && placement.admin2 == NULL)
    {
      placement_clear (&placement);
      return;
    }
  g_array_append_val (placements, placement);
}

typedef struct
{
  SitrepPlacementProgress  progress;
  gpointer                 progress_data;
  gint64                   last;
} Reporter;

static void
report (Reporter                    *reporter,
        guint                        done,
        guint                        total,
        const SitrepPlacementCounts *counts)
{
  gint64 now;

  if (reporter->progress == NULL)
    return;
  now = g_get_monotonic_time ();
  if (done != 1 && done < total && now - reporter->last < PROGRESS_INTERVAL)
    return;
  reporter->last = now;
  reporter->progress (done, total, counts, reporter->progress_data);
}

/* Reads every event without coordinates and looks each up, by name and
 * then by region; writes nothing. */
static GArray *
look_up_all (SitrepStore            *store,
             SitrepGazetteer        *gazetteer,
             SitrepPlacementCounts  *counts,
             Reporter               *reporter,
             GCancellable           *cancellable,
             GError                **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) placements = g_array_new (FALSE, TRUE, sizeof (Placement));

  g_array_set_clear_func (placements, placement_clear);
  ids = sitrep_store_query_event_ids (store, NULL, error);
  if (ids == NULL ||
      !sitrep_store_get_events (store, (const gint64 *) (gpointer) ids->data, ids->len, events, error))
    return NULL;
  for (guint i = 0; i < events->len; i++)
    add_placement (placements, events->pdata[i]);
  counts->n_named = placements->len;

  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);
      g_autoptr(GPtrArray) names = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      names = names_to_try (placement->location);
      for (guint n = 0; n < names->len && !placement->found && *placement->location != '\0'; n++)
        look_up_one (gazetteer, placement, names->pdata[n]);
      /* The rest name a village, a site or a road the gazetteer lacks, or
       * only a region: UCDP places those in their district or governorate. */
      if (!placement->found)
        look_up_region (gazetteer, placement);

      if (placement->found)
        {
          counts->n_placed++;
          counts->n_region += placement->where_prec != 0;
        }
      else if (placement->doubtful)
        counts->n_doubtful++;
      else
        counts->n_unplaced++;
      report (reporter, i + 1, placements->len, counts);
    }
  return g_steal_pointer (&placements);
}

/* Writes one placement found. An event whose place entity was looked up by
 * name places that entity (once), so every event of that place follows it. */
static gboolean
apply_one (SitrepStore  *store,
           Placement    *placement,
           GHashTable   *places_done,
           GError      **error)
{
  if (placement->where_prec != 0)
    return sitrep_store_set_event_place (store, placement->event_id, placement->event_place,
                                         ACLED_GEO_PRECISION_REGION, placement->where_prec, error) &&
           sitrep_store_set_event_coordinates (store, placement->event_id, placement->latitude,
                                               placement->longitude, error);
  if (placement->place_id != 0 && g_hash_table_contains (places_done, &placement->place_id))
    return TRUE;
  if (placement->place_id != 0)
    {
      g_autofree char *gid = g_strdup_printf ("geonames:%" G_GINT64_FORMAT, placement->geonameid);

      g_hash_table_add (places_done, g_memdup2 (&placement->place_id, sizeof (gint64)));
      return sitrep_store_set_entity_place (store, placement->place_id, placement->latitude,
                                            placement->longitude, placement->found_admin1,
                                            placement->found_country, gid, error);
    }
  return sitrep_store_set_event_coordinates (store, placement->event_id, placement->latitude,
                                             placement->longitude, error);
}

/* All placements found, in one transaction and one undo step: a failure or
 * a cancel anywhere leaves the project as it was. */
static gboolean
apply_all (SitrepStore   *writer,
           GArray        *placements,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GHashTable) places_done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  sitrep_store_begin_group (writer, _("Place events"));
  ok = _sitrep_store_unit_begin (writer, &local_error);
  if (ok)
    {
      for (guint i = 0; ok && i < placements->len; i++)
        {
          Placement *placement = &g_array_index (placements, Placement, i);

          if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
            ok = FALSE;
          else if (placement->found && !apply_one (writer, placement, places_done, &local_error))
            {
              /* An event or a place deleted since it was looked up is left out. */
              ok = g_error_matches (local_error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
              if (ok)
                g_clear_error (&local_error);
            }
        }
      ok = ok && !g_cancellable_set_error_if_cancelled (cancellable, &local_error);
      ok = _sitrep_store_unit_end (writer, ok, ok ? &local_error : NULL);
    }
  sitrep_store_end_group (writer);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/**
 * sitrep_store_place_unplaced_events:
 * @gazetteer: made for @store
 * @counts: (out caller-allocates) (optional): what was placed and what was left
 * @progress: (nullable): called in the calling thread as events are looked up
 *
 * Places every event of @store that has no coordinates: at the place it
 * names (as reported, or its place entity, which is placed with all its
 * events) when the gazetteer knows it in the event's country without doubt;
 * else, for a UCDP event, in the region UCDP names (its district's seat or
 * the middle of its governorate, with ACLED geo_precision 3, so maps and
 * exports say how rough the position is). The rest are left for the user.
 * Events are looked up first, with nothing written; the coordinates found
 * are then written in one transaction, one undo step, on a connection of its
 * own. A failure or a cancel leaves the project exactly as it was.
 */
gboolean
sitrep_store_place_unplaced_events (SitrepStore              *store,
                           SitrepGazetteer          *gazetteer,
                           SitrepPlacementCounts    *counts,
                           SitrepPlacementProgress   progress,
                           gpointer                  progress_data,
                           GCancellable             *cancellable,
                           GError                  **error)
{
  g_autoptr(SitrepStore) writer = NULL;
  g_autoptr(GArray) placements = NULL;
  SitrepPlacementCounts local = { 0 };
  Reporter reporter = { progress, progress_data, 0 };

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (SITREP_IS_GAZETTEER (gazetteer), FALSE);

  if (counts == NULL)
    counts = &local;
  *counts = (SitrepPlacementCounts) { 0 };

  writer = _sitrep_store_bulk_writer (store, error);
  if (writer == NULL)
    return FALSE;
  placements = look_up_all (writer, gazetteer, counts, &reporter, cancellable, error);
  if (placements == NULL || !apply_all (writer, placements, cancellable, error))
    {
      *counts = (SitrepPlacementCounts) { 0 };
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  SitrepGazetteer       *gazetteer;
  SitrepProgressRelay   *relay;
  SitrepPlacementCounts  counts;
} PlaceTask;

static void
place_task_free (PlaceTask *job)
{
  g_clear_object (&job->gazetteer);
  g_clear_pointer (&job->relay, _sitrep_progress_relay_unref);
  g_free (job);
}

static void
deliver_progress (GCallback      callback,
                  gpointer       callback_data,
                  const guint64 *values)
{
  guint done = (guint) values[0];
  SitrepPlacementCounts counts = { (guint) values[2], (guint) values[3], (guint) values[4], (guint) values[5], 0 };

  counts.n_unplaced = done - MIN (done, counts.n_placed + counts.n_doubtful);
  ((SitrepPlacementProgress) callback) (done, (guint) values[1], &counts, callback_data);
}

static void
progress_in_thread (guint                        done,
                    guint                        total,
                    const SitrepPlacementCounts *counts,
                    gpointer                     data)
{
  PlaceTask *job = data;
  const guint64 values[] = { done, total, counts->n_named, counts->n_placed, counts->n_region, counts->n_doubtful };

  _sitrep_progress_relay_send (job->relay, values, G_N_ELEMENTS (values));
}

static void
place_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PlaceTask *job = task_data;
  GError *error = NULL;

  if (sitrep_store_place_unplaced_events (SITREP_STORE (source_object), job->gazetteer, &job->counts,
                                 progress_in_thread, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_store_place_unplaced_events_async:
 * @progress: (nullable): called on the caller's main context as events are looked up
 *
 * sitrep_store_place_unplaced_events() on a worker thread: the caller's reads of
 * @store go on meanwhile. A cancel leaves the project as it was.
 */
void
sitrep_store_place_unplaced_events_async (SitrepStore              *store,
                                 SitrepGazetteer          *gazetteer,
                                 SitrepPlacementProgress   progress,
                                 gpointer                  progress_data,
                                 GDestroyNotify            progress_destroy,
                                 GCancellable             *cancellable,
                                 GAsyncReadyCallback       callback,
                                 gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  PlaceTask *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (SITREP_IS_GAZETTEER (gazetteer));

  job = g_new0 (PlaceTask, 1);
  job->gazetteer = g_object_ref (gazetteer);
  job->relay = _sitrep_progress_relay_new (G_CALLBACK (progress), progress_data, progress_destroy,
                                           deliver_progress);
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_store_place_unplaced_events_async);
  g_task_set_task_data (task, job, (GDestroyNotify) place_task_free);
  g_task_run_in_thread (task, place_thread);
}

/**
 * sitrep_store_place_unplaced_events_finish:
 * @counts: (out caller-allocates) (optional): what was placed and what was left
 *
 * Returns: %TRUE when the events found were placed; %FALSE with @error
 * (G_IO_ERROR_CANCELLED after a cancel) when nothing was changed.
 */
gboolean
sitrep_store_place_unplaced_events_finish (SitrepStore            *store,
                                  GAsyncResult           *result,
                                  SitrepPlacementCounts  *counts,
                                  GError                **error)
{
  PlaceTask *job;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_store_place_unplaced_events_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), error))
    {
      if (counts != NULL)
        *counts = (SitrepPlacementCounts) { 0 };
      return FALSE;
    }
  if (counts != NULL)
    *counts = job->counts;
  return TRUE;
}
