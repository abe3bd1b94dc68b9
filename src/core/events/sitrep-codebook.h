/* sitrep-codebook.h — the event codebook (ACLED types, actor types, UCDP precision scales), read from data
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SITREP_CODEBOOK_ERROR (sitrep_codebook_error_quark ())

typedef enum
{
  SITREP_CODEBOOK_ERROR_INVALID,
} SitrepCodebookError;

#define SITREP_TYPE_CODEBOOK (sitrep_codebook_get_type ())
G_DECLARE_FINAL_TYPE (SitrepCodebook, sitrep_codebook, SITREP, CODEBOOK, GObject)

GQuark          sitrep_codebook_error_quark            (void);

/* The bundled ACLED codebook (data/codebooks/acled.json), loaded once;
 * safe from any thread. (transfer none) */
SitrepCodebook *sitrep_codebook_get_default            (void);
/* A codebook from the JSON of data/codebooks/acled.json. */
SitrepCodebook *sitrep_codebook_new_from_data          (const char     *json,
                                                        gssize          length,
                                                        GError        **error);
const char     *sitrep_codebook_get_name               (SitrepCodebook *self);

/* Event types in codebook order. (transfer full) */
GStrv           sitrep_codebook_list_event_types       (SitrepCodebook *self);
/* The sub-event types of @event_type, or NULL for an unknown type. (transfer full) */
GStrv           sitrep_codebook_list_sub_event_types   (SitrepCodebook *self,
                                                        const char     *event_type);
gboolean        sitrep_codebook_has_event_type         (SitrepCodebook *self,
                                                        const char     *event_type);
/* The event type @sub_event_type belongs to, or NULL. */
const char     *sitrep_codebook_get_event_type_of      (SitrepCodebook *self,
                                                        const char     *sub_event_type);
/* "Political violence", "Demonstrations", "Strategic developments" (or
 * "Political violence; Demonstrations"), or NULL for an unknown sub-type. */
const char     *sitrep_codebook_get_disorder_type      (SitrepCodebook *self,
                                                        const char     *sub_event_type);

/* Actor types ("state_forces" …) in inter-code order. (transfer full) */
GStrv           sitrep_codebook_list_actor_types       (SitrepCodebook *self);
/* "State forces" for "state_forces", or NULL. */
const char     *sitrep_codebook_get_actor_type_label   (SitrepCodebook *self,
                                                        const char     *actor_type);
/* The id of the actor type named by @text (its id or label, any case), or NULL. */
const char     *sitrep_codebook_find_actor_type        (SitrepCodebook *self,
                                                        const char     *text);
/* The type an actor called @name plainly has, or NULL when the name does not say. */
const char     *sitrep_codebook_guess_actor_type       (SitrepCodebook *self,
                                                        const char     *name);
/* ACLED inter code 1–8 of @actor_type, 0 when unknown or NULL. */
int             sitrep_codebook_get_inter_code         (SitrepCodebook *self,
                                                        const char     *actor_type);
/* ACLED interaction: the two codes lower first (1, 7 → 17); one actor
 * gives code × 10; 0 when @inter1 is 0 and @inter2 is 0. */
int             sitrep_codebook_get_interaction        (SitrepCodebook *self,
                                                        int             inter1,
                                                        int             inter2);
/* UCDP type of violence from the two inter codes: 1 state-based, 2
 * non-state, 3 one-sided, 0 unknown. */
int             sitrep_codebook_get_type_of_violence   (SitrepCodebook *self,
                                                        int             inter1,
                                                        int             inter2);

/* Precision scales: "date_prec" (UCDP 1–5), "where_prec" (UCDP 1–7),
 * "geo_precision" (ACLED 1–3), "time_precision" (ACLED 1–3). */
int             sitrep_codebook_get_precision_max      (SitrepCodebook *self,
                                                        const char     *scale);
const char     *sitrep_codebook_get_precision_label    (SitrepCodebook *self,
                                                        const char     *scale,
                                                        int             value);
/* ACLED time_precision for a UCDP date_prec (1 → 1, 2–3 → 2, 4–5 → 3), 0 unknown. */
int             sitrep_codebook_get_time_precision     (SitrepCodebook *self,
                                                        int             date_prec);

/* What a user reads for an event type or sub-event type of the bundled
 * ACLED codebook ("معارك" for "Battles" in Arabic): translated, with the
 * codebook's English as the message; any other name as it is, NULL as NULL.
 * Stored and exported values stay the codebook's. */
const char     *sitrep_codebook_event_type_display_name     (const char *event_type);
const char     *sitrep_codebook_sub_event_type_display_name (const char *sub_event_type);
/* The same for a disorder type, either part of "Political violence; Demonstrations". (transfer full) */
char           *sitrep_codebook_dup_disorder_type_display_name (const char *disorder_type);

const char     *sitrep_codebook_get_event_type_color (SitrepCodebook *self,
                                                    const char     *event_type);

G_END_DECLS
