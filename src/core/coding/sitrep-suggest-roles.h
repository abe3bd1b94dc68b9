/* sitrep-suggest-roles.h — what an incident's actors are to it, and its figures' words
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store-suggested-incidents.h"

G_BEGIN_DECLS

/* What an actor of an incident's sentence is to it. */
typedef enum
{
  SITREP_ACTOR_ROLE_PARTY = 0,   /* one who acts: an event's actor 1 */
  SITREP_ACTOR_ROLE_VICTIM,      /* the one attacked: actor 2, never actor 1 */
  SITREP_ACTOR_ROLE_SOURCE,      /* who tells of it ("… sources told DPA", "(ANI/Xinhua):"): no actor */
} SitrepActorRole;

/* The role of the actor over bytes [@start, @end) of @text. VICTIM: the
 * object of a verb of harm ("a bus carrying Syrian soldiers", "targeting a
 * convoy of SDF fighters", "an attack on Syrian troops") or the subject of a
 * passive one ("Syrian soldiers were hit", "two SDF fighters killed in …").
 * SOURCE: the outlet told ("told DPA", "according to Xinhua", "reported by
 * Hawar News"), sources named after it ("Iraqi police sources told …"), or
 * a dateline's credit in brackets ("(ANI/Xinhua):", "(Reuters) -"). */
SitrepActorRole     sitrep_suggest_actor_role        (const char        *text,
                                                      gsize              start,
                                                      gsize              end);
/* "at least 20", "18", "10–15": the count a figure's attributes code (in
 * *@count), or NULL when they code none. */
char       *_sitrep_incident_count_words       (const char                   *attributes,
                                                 gint64                       *count);
/* What actor member @id of @inc is to it in its sentence (sitrep_suggest_actor_role ()); the
 * victims' side too when one of its figures names it ("20 ISIS militants"). */
SitrepActorRole _sitrep_store_incident_actor_role (SitrepStore                  *store,
                                                   const SitrepProposedIncident *inc,
                                                   gint64                        id,
                                                   SitrepIncidentText           *cache);

G_END_DECLS
