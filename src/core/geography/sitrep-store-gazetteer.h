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

/* What placing events found: the events without coordinates that name a
 * place (or, from UCDP, a region), those placed, those of them placed only
 * in their district or governorate, and those left because the place they
 * name is ambiguous (doubtful) or unknown to the gazetteer (unplaced). */
typedef struct
{
  guint n_named;
  guint n_placed;
  guint n_region;
  guint n_doubtful;
  guint n_unplaced;
} SitrepPlacementCounts;

/* @done of @total events looked up; @counts so far (nothing is written until
 * all are looked up). */
typedef void (*SitrepPlacementProgress) (guint                        done,
                                         guint                        total,
                                         const SitrepPlacementCounts *counts,
                                         gpointer                     user_data);

/* Places the events that have no coordinates, through @gazetteer: the
 * map's Place Unplaced Events, sitrep-cli place-events and the demo all
 * call this. See the doc comment in sitrep-place-events.c. */
gboolean   sitrep_store_place_unplaced_events           (SitrepStore                 *store,
                                                SitrepGazetteer             *gazetteer,
                                                SitrepPlacementCounts       *counts,
                                                SitrepPlacementProgress      progress,
                                                gpointer                     progress_data,
                                                GCancellable                *cancellable,
                                                GError                     **error);
void       sitrep_store_place_unplaced_events_async     (SitrepStore                 *store,
                                                SitrepGazetteer             *gazetteer,
                                                SitrepPlacementProgress      progress,
                                                gpointer                     progress_data,
                                                GDestroyNotify               progress_destroy,
                                                GCancellable                *cancellable,
                                                GAsyncReadyCallback          callback,
                                                gpointer                     user_data);
gboolean   sitrep_store_place_unplaced_events_finish    (SitrepStore                 *store,
                                                GAsyncResult                *result,
                                                SitrepPlacementCounts       *counts,
                                                GError                     **error);

G_END_DECLS
