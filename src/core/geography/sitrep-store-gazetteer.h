/* sitrep-store-gazetteer.h — gazetteer places loaded into a project, and events placed through the gazetteer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-event.h"
#include "sitrep-gazetteer.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* Adds (or replaces, by geonameid) @places in one transaction. */
gboolean   sitrep_store_add_gazetteer_places   (SitrepStore                 *store,
                                                SitrepGazetteerPlace * const *places,
                                                guint                        n_places,
                                                GError                     **error);
/* A load all or nothing: places staged in brief steps, then moved into the
 * project in one transaction (or dropped). */
gboolean   sitrep_store_stage_gazetteer_places (SitrepStore                 *store,
                                                SitrepGazetteerPlace * const *places,
                                                guint                        n_places,
                                                GError                     **error);
gboolean   sitrep_store_commit_gazetteer_stage (SitrepStore                 *store,
                                                GError                     **error);
void       sitrep_store_drop_gazetteer_stage   (SitrepStore                 *store);
/* Places with a name whose sitrep_normalize_name() key is @normalized. */
GPtrArray *sitrep_store_find_gazetteer_places  (SitrepStore                 *store,
                                                const char                  *normalized,
                                                GError                     **error);
gint64     sitrep_store_count_gazetteer_places (SitrepStore                 *store,
                                                GError                     **error);

/* Placing events by the place names they carry (a UCDP import names places
 * but gives no coordinates): the map's Place Events and the demo project
 * both go through these. */
typedef struct
{
  gint64       event_id;
  char        *location;      /* the place as reported */
  char        *context;       /* location, admin 1 and country: they rank the candidates */
  const char  *country_code;  /* ISO 3166 code of the event's country, NULL when unknown */
  gboolean     found;
  double       latitude;
  double       longitude;
  char        *admin1;        /* governorate or province as reported, NULL when none */
  char        *admin2;        /* district as reported, NULL when none */
  gint64       place_id;      /* the unplaced place entity whose name it is, or 0 */
  gboolean     doubtful;      /* not found because the best candidate is doubtful */
  gint64       geonameid;     /* of the candidate found */
  char        *found_admin1;  /* its first-order division and country code */
  char        *found_country;
} SitrepEventPlacement;

/* What placing events did: placed, left because the best candidate was
 * doubtful, left because the gazetteer knows no such place. */
typedef struct
{
  guint n_named;
  guint n_placed;
  guint n_doubtful;
  guint n_unplaced;
} SitrepPlacementCounts;

/* An empty array of SitrepEventPlacement that frees their strings. */
GArray    *sitrep_event_placements_new         (void);
/* Adds @event when it has no coordinates and names a place (as reported, or
 * its place entity when that has no coordinates); FALSE when it was left out. */
gboolean   sitrep_event_placements_add         (GArray                      *placements,
                                                SitrepEvent                 *event);
/* Looks every placement up in @gazetteer (sitrep_gazetteer_lookup_in(), with
 * the event's country, admin 1 and admin 2) and takes the best candidate in
 * the event's country unless it is doubtful (those are for the user to
 * place by hand). Writes nothing to the project, so it may run in a worker
 * thread; @n_done, when given, is incremented atomically after each
 * placement. FALSE only when cancelled. */
gboolean   sitrep_event_placements_look_up     (GArray                      *placements,
                                                SitrepGazetteer             *gazetteer,
                                                guint                       *n_done,
                                                GCancellable                *cancellable,
                                                GError                     **error);
/* Writes the coordinates found, as one undo step; events deleted since the
 * lookup are skipped. An event whose place entity was looked up places that
 * entity, so the event and every other event of that place follow it.
 * @n_placed is set to the number of events placed, also when another error
 * stops it. */
gboolean   sitrep_store_apply_event_placements (SitrepStore                 *store,
                                                GArray                      *placements,
                                                guint                       *n_placed,
                                                GError                     **error);
/* The three steps above for every event of @store that has no coordinates
 * and names a place, counting what happened (sitrep-cli place-events). */
gboolean   sitrep_store_place_events_counted   (SitrepStore                 *store,
                                                SitrepGazetteer             *gazetteer,
                                                SitrepPlacementCounts       *counts,
                                                GCancellable                *cancellable,
                                                GError                     **error);
/* The same; @n_named, when given, is set to the number of events named. */
gboolean   sitrep_store_place_events_by_name   (SitrepStore                 *store,
                                                SitrepGazetteer             *gazetteer,
                                                guint                       *n_placed,
                                                guint                       *n_named,
                                                GCancellable                *cancellable,
                                                GError                     **error);

G_END_DECLS
