/* sitrep-event-private.h — how the store builds an event, and what the events
 * part offers its own files and the tests only
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-codebook.h"
#include "sitrep-event.h"
#include "sitrep-event-index.h"
#include "sitrep-event-list.h"
#include "sitrep-export.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* Every field of an event as the store read it. Strings and arrays are
 * borrowed (copied or referenced by _sitrep_event_new). Initialise with
 * SITREP_EVENT_FIELDS_INIT: no coordinates, no overrides, no figures. */
typedef struct
{
  gint64              id;
  const char         *event_type;
  const char         *sub_event_type;
  const char         *disorder_type;
  const char         *date_start;
  const char         *date_end;
  int                 date_precision;
  int                 time_precision;
  gint64              place_id;
  const char         *place_name;
  const char         *location;
  const char         *admin1;
  const char         *admin2;
  const char         *country;
  double              latitude;          /* NAN: unknown */
  double              longitude;
  gboolean            coordinates_set;
  int                 geo_precision;
  int                 where_prec;
  gint64              actor1_id;
  const char         *actor1;
  const char         *actor1_type;
  gint64              actor2_id;
  const char         *actor2;
  const char         *actor2_type;
  const char * const *assoc_actor1;
  const char * const *assoc_actor2;
  GArray             *assoc_actor1_ids;  /* gint64 */
  GArray             *assoc_actor2_ids;
  int                 inter1;
  int                 inter2;
  int                 interaction;
  gboolean            civilian_targeting;
  const char         *description;
  const char         *notes;
  const char         *source_scale;
  gint64              best_override;     /* -1: none */
  const char         *best_override_reason;
  gint64              low_override;
  gint64              high_override;
  const char         *range_override_reason;
  const char         *external_source;
  const char         *external_id;
  const char         *source_reference;
  gint64              fatalities;        /* -1: unknown */
  gint64              low;
  gint64              best;
  gint64              high;
  guint               n_sources;
  gboolean            disputed;
  guint               n_claims;
  guint               n_evidence;
  const char         *created_at;
  const char         *modified_at;
} SitrepEventFields;

/* Sets the numbers whose "none" is not 0. */
void         _sitrep_event_fields_init (SitrepEventFields       *fields);
SitrepEvent *_sitrep_event_new         (const SitrepEventFields *fields);

/* What only the tests and benchmarks call. */

/* Whether @sub_event_type belongs to @event_type. */
gboolean        sitrep_codebook_is_sub_event_type_of   (SitrepCodebook *self,
                                                        const char     *sub_event_type,
                                                        const char     *event_type);

const char *         sitrep_event_get_actor1_type (SitrepEvent *self);
guint                sitrep_event_get_n_claims (SitrepEvent *self);
guint                sitrep_event_get_n_evidence (SitrepEvent *self);

SitrepEventSort  sitrep_event_list_get_sort   (SitrepEventList        *self);
gboolean         sitrep_event_list_get_descending (SitrepEventList    *self);

/* "acled-csv", "ucdp-csv", "geojson", "events-jsonl". */
const char *sitrep_export_format_to_string   (SitrepExportFormat  format);

/* Overrides UCDP low and high (< 0 clears both); a reason is required. */
gboolean      sitrep_store_set_event_range_override (SitrepStore       *self,
                                                     gint64             id,
                                                     gint64             low,
                                                     gint64             high,
                                                     const char        *reason,
                                                     GError           **error);
gboolean      sitrep_store_remove_event_evidence (SitrepStore          *self,
                                                  gint64                evidence_id,
                                                  GError              **error);

/* How many times everything was read, for tests and benchmarks. */
guint                        sitrep_event_index_get_n_reloads  (SitrepEventIndex *self);
/* For tests: how much lower than the process's the priority of the thread
 * that made the last load in the background was (Linux; 0 elsewhere). */
int           _sitrep_event_index_get_load_niceness (SitrepEventIndex *self);

/* For tests: lists made afterwards read their ids in a worker from this
 * many events (20,000). */
void          _sitrep_event_list_set_read_in_worker_from (guint n_events);

/* As sitrep_store_query_event_ids(), on a connection of its own: any thread. */
GArray       *sitrep_store_query_event_ids_apart (SitrepStore             *self,
                                                  const SitrepEventQuery  *query,
                                                  GError                 **error);

/* Those of @ids that exist and match @query (NULL: every event), in the
 * query's order: where events changed since a list was read belong. */
GArray       *sitrep_store_query_event_ids_among (SitrepStore             *self,
                                                  const SitrepEventQuery  *query,
                                                  const gint64            *ids,
                                                  guint                    n_ids,
                                                  GError                 **error);

GArray       *sitrep_store_query_events_naming (SitrepStore             *self,
                                                const gint64            *entities,
                                                guint                    n_entities,
                                                guint                    limit,
                                                GError                 **error);

/* Places many events at once (coordinates[2 i] latitude, [2 i + 1] longitude),
 * in one transaction and one undo step, told to the views as one change; on
 * an error nothing is placed. */
gboolean      sitrep_store_place_events         (SitrepStore           *self,
                                                 const gint64          *ids,
                                                 const double          *coordinates,
                                                 guint                  n,
                                                 const char            *description,
                                                 GError               **error);

G_END_DECLS
