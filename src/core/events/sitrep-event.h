/* sitrep-event.h — an incident: type, date, place, actors and derived casualty figures
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SITREP_TYPE_EVENT (sitrep_event_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEvent, sitrep_event, SITREP, EVENT, GObject)

/* Immutable snapshots made by the store (_sitrep_event_new, sitrep-event-private.h). */
gint64               sitrep_event_get_id (SitrepEvent *self);
/* ACLED event type, or NULL while not coded */
const char *         sitrep_event_get_event_type (SitrepEvent *self);
const char *         sitrep_event_get_sub_event_type (SitrepEvent *self);
/* derived from the sub-event type by the codebook */
const char *         sitrep_event_get_disorder_type (SitrepEvent *self);
/* YYYY-MM-DD, or NULL */
const char *         sitrep_event_get_date_start (SitrepEvent *self);
/* YYYY-MM-DD, or NULL (same day as start) */
const char *         sitrep_event_get_date_end (SitrepEvent *self);
/* UCDP date_prec 1–5, 0 unknown */
int                  sitrep_event_get_date_precision (SitrepEvent *self);
/* ACLED time_precision 1–3 derived from date-precision, 0 unknown */
int                  sitrep_event_get_time_precision (SitrepEvent *self);
/* the place entity, or 0 */
gint64               sitrep_event_get_place_id (SitrepEvent *self);
/* its canonical name */
const char *         sitrep_event_get_place_name (SitrepEvent *self);
/* the place as reported (kept for the gazetteer when no entity is linked) */
const char *         sitrep_event_get_location (SitrepEvent *self);
/* admin1 of the place entity, else as reported */
const char *         sitrep_event_get_admin1 (SitrepEvent *self);
const char *         sitrep_event_get_admin2 (SitrepEvent *self);
const char *         sitrep_event_get_country (SitrepEvent *self);
/* NAN without coordinates */
double               sitrep_event_get_latitude (SitrepEvent *self);
double               sitrep_event_get_longitude (SitrepEvent *self);
/* TRUE when the coordinates were set directly, not taken from the place entity */
gboolean             sitrep_event_get_coordinates_set (SitrepEvent *self);
/* ACLED 1–3, 0 unset */
int                  sitrep_event_get_geo_precision (SitrepEvent *self);
/* UCDP 1–7, 0 unset */
int                  sitrep_event_get_where_prec (SitrepEvent *self);
/* actor entities (0 for none) with their names and ACLED actor types */
gint64               sitrep_event_get_actor1_id (SitrepEvent *self);
const char *         sitrep_event_get_actor1 (SitrepEvent *self);
gint64               sitrep_event_get_actor2_id (SitrepEvent *self);
const char *         sitrep_event_get_actor2 (SitrepEvent *self);
/* names of the associated actors of each side */
const char * const * sitrep_event_get_assoc_actor1 (SitrepEvent *self);
const char * const * sitrep_event_get_assoc_actor2 (SitrepEvent *self);
/* their entity ids (gint64), in the same order */
GArray *             sitrep_event_get_assoc_actor1_ids (SitrepEvent *self);
GArray *             sitrep_event_get_assoc_actor2_ids (SitrepEvent *self);
/* ACLED inter codes from the actor types (0 unknown) and the interaction */
int                  sitrep_event_get_inter1 (SitrepEvent *self);
int                  sitrep_event_get_inter2 (SitrepEvent *self);
int                  sitrep_event_get_interaction (SitrepEvent *self);
gboolean             sitrep_event_get_civilian_targeting (SitrepEvent *self);
const char *         sitrep_event_get_description (SitrepEvent *self);
const char *         sitrep_event_get_notes (SitrepEvent *self);
/* ACLED source_scale (Local, National, International …) */
const char *         sitrep_event_get_source_scale (SitrepEvent *self);
/* best set by hand (-1: derived), with the reason kept */
gint64               sitrep_event_get_best_override (SitrepEvent *self);
const char *         sitrep_event_get_best_override_reason (SitrepEvent *self);
/* where an imported event came from ("UCDP GED") and its id there */
const char *         sitrep_event_get_external_source (SitrepEvent *self);
/* The credit the dataset the event was imported from asks for on anything
 * that shows it ("UCDP GED (CC BY 4.0)"), or NULL. */
const char *         sitrep_event_get_dataset_credit (SitrepEvent *self);
const char *         sitrep_event_get_external_id (SitrepEvent *self);
/* the source an imported record names (UCDP source_article) */
const char *         sitrep_event_get_source_reference (SitrepEvent *self);
/* derived figures, as of the snapshot (-1: no killed claim); see sitrep_store_get_event_figures */
gint64               sitrep_event_get_fatalities (SitrepEvent *self);
gint64               sitrep_event_get_low (SitrepEvent *self);
gint64               sitrep_event_get_best (SitrepEvent *self);
gint64               sitrep_event_get_high (SitrepEvent *self);
guint                sitrep_event_get_n_sources (SitrepEvent *self);
gboolean             sitrep_event_get_disputed (SitrepEvent *self);

G_END_DECLS
