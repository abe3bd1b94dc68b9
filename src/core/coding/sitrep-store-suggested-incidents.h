/* sitrep-store-suggested-incidents.h — incidents Suggest proposes: kept with the run, accepted as an event (or as evidence of one) or rejected
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest.h"

G_BEGIN_DECLS

typedef struct _SitrepIncidentText SitrepIncidentText;

/* An incident Suggest proposed in an article: its figures, place, date and
 * actors (ids of the article's suggestions, pending or accepted; members
 * rejected since are left out), as one draft event. */
typedef struct
{
  gint64    id;
  gint64    article_id;
  guint     start;          /* code points of the sentences it spans */
  guint     end;
  SitrepSuggestionStatus status;

  GArray   *figures;        /* gint64 suggestion ids (Killed, Wounded …) */
  GArray   *claimants;      /* gint64, one per figure: its claimant's suggestion, or 0 */
  GArray   *parts;          /* gint64, one per figure: 1 when it says who some of a figure before it were
                             * ("…, including two children"): no figure of its own in the row's words */
  GArray   *actors;         /* gint64 suggestion ids */
  gint64    place;          /* suggestion id, or 0 */
  gint64    date;           /* suggestion id, or 0 */

  /* For a row that reads as the incident: the figures' words as written
   * ("At least 20 terrorists") and as a row reads them, count and kind
   * ("at least 20 killed", "Abu X killed" for a figure naming one of the
   * actors), the actors' words (each actor once, none a figure names), the
   * place's and the resolved date (ISO, NULL when none or unresolved). */
  GStrv     figure_texts;
  GStrv     figure_words;
  GStrv     actor_texts;
  char     *place_text;
  char     *date_start;

  /* The place and date the draft event takes (from the suggester's run). */
  double    latitude;       /* NAN when unplaced */
  double    longitude;
  gint64    geonameid;
  int       geo_precision;  /* ACLED 1–3, 0 when unplaced */
  char     *date_end;
  int       date_precision; /* UCDP 1 (day) to 5, 0: no full date for the event */

  /* Pending: the event a second report of the same incident would join
   * (worked out again each time it is read, as the project changes), 0 for
   * a new event. Accepted: the event it was made into or added to. */
  gint64    event_id;
  /* Pending and a new event: the ACLED type its words suggest for it
   * (static, of the project's codebook), NULL when they say none. */
  const char *event_type;
} SitrepProposedIncident;

void      sitrep_proposed_incident_free (SitrepProposedIncident *incident);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepProposedIncident, sitrep_proposed_incident_free)

/* "12 killed, 30 wounded · Raqqa · SDF": the incident's figures, place and
 * actors as words (the date is left to the caller to write). */
char     *sitrep_proposed_incident_summary (const SitrepProposedIncident *incident);

/* The pending incidents of @article_id (SitrepProposedIncident) in the order
 * they were proposed; an incident whose figures were all rejected is left
 * out. NULL with @error when the project cannot be read. */
GPtrArray *sitrep_store_list_proposed_incidents (SitrepStore  *store,
                                                 gint64        article_id,
                                                 GError      **error);
SitrepProposedIncident *sitrep_store_get_proposed_incident (SitrepStore  *store,
                                                            gint64        id,
                                                            GError      **error);

/* The attributes of the Date span the incident of @article_id that was made
 * into (or added to) event @event_id named, once accepted; NULL when it
 * named none. */
char     *sitrep_store_incident_date_attributes (SitrepStore *store,
                                                 gint64       event_id,
                                                 gint64       article_id);

/* Accepts incident @id: its pending member suggestions become annotations
 * of @annotator_id, and it becomes an event with a claim for each figure
 * (attributed to its claimant) and the article as evidence — or, when it
 * matches an event already made from another report of the same incident
 * (same place, dates within 3 days) or one the similar-incident rule finds,
 * claims and evidence of that event (@joined, may be NULL, says which).
 * One undo step. Returns the event's id, 0 with @error (nothing changed). */
gint64    sitrep_store_accept_proposed_incident (SitrepStore  *store,
                                                 gint64        id,
                                                 gint64        annotator_id,
                                                 gboolean     *joined,
                                                 GError      **error);
/* Rejects incident @id: no event is made of it, and Suggest does not
 * propose it again; its member suggestions stay as they are. One undo step. */
gboolean  sitrep_store_reject_proposed_incident (SitrepStore  *store,
                                                 gint64        id,
                                                 GError      **error);

/* Accepts the suggestions @ids of article @article_id, then every incident
 * of it still pending (as sitrep_store_accept_proposed_incident () does),
 * as one undo step (@description), all or none. @n_created and @n_joined
 * (may be NULL): how many incidents became new events, and how many
 * evidence of events already there. */
gboolean  sitrep_store_accept_article_suggestions (SitrepStore  *store,
                                                   gint64        article_id,
                                                   const gint64 *ids,
                                                   guint         n_ids,
                                                   const char   *description,
                                                   gint64        annotator_id,
                                                   guint        *n_created,
                                                   guint        *n_joined,
                                                   GError      **error);

/* After article @article_id's publication date was changed from
 * @old_published (of @old_precision): the events Suggest made of its
 * incidents that are still dated by it (the week, month or year up to the
 * old date, see _sitrep_store_report_dates ()) follow the new date, or lose
 * it when the article has none now; those left undated by an undated
 * report take the new one's. An event dated since, by a span or by hand,
 * keeps its date. Each is an undoable edit (put them in the caller's
 * undo group). *@n_redated is how many moved. */
gboolean  sitrep_store_redate_reported_events (SitrepStore          *store,
                                               gint64                article_id,
                                               const char           *old_published,
                                               SitrepDatePrecision   old_precision,
                                               guint                *n_redated,
                                               GError              **error);

/* Inside a save of @article_id's suggestions (lock and transaction held):
 * replaces its pending incidents with @result's. @ids gives the id each of
 * @result's suggestions is saved under (0: not saved, decided before). An
 * incident sharing a figure with one decided before is not proposed again. */
gboolean  _sitrep_store_save_proposed_incidents (SitrepStore               *store,
                                                 gint64                     article_id,
                                                 const SitrepSuggestResult *result,
                                                 const gint64              *ids,
                                                 GError                   **error);

/* Whether event @event_id was made from (or joined by) an incident Suggest
 * proposed in article @article_id. */
gboolean  _sitrep_store_event_from_article       (SitrepStore            *store,
                                                  gint64                  event_id,
                                                  gint64                  article_id);

/* The event a proposed incident at @place on @date (either may be NULL),
 * of @figures (suggestion ids, or NULL), matches among the incidents
 * already made into events from other articles, or 0. */
gint64    _sitrep_store_match_suggested_incident (SitrepStore            *store,
                                                  gint64                  article_id,
                                                  const SitrepSuggestion *place,
                                                  const char             *date,
                                                  const GArray           *figures,
                                                  GError                **error);

/* The ACLED type the words of @incident's sentences (with its place's and
 * date's when in the same paragraph) suggest, for a new event made of it
 * (see sitrep_suggest_incident_event_type ()); NULL when they suggest none
 * or the project's codebook has no such type. Store lock held. */
const char *_sitrep_store_proposed_incident_type (SitrepStore                  *store,
                                                  const SitrepProposedIncident *incident,
                                                  SitrepIncidentText           *cache);

/* A new event's notes: the report it was proposed from, and when
 * @report_dated that its dates are the report's (see below). */
char       *_sitrep_store_proposed_incident_notes (SitrepStore                  *store,
                                                   const SitrepProposedIncident *incident,
                                                   gboolean                      report_dated);

/* The dates of an event made of an incident that no Date span dates: the
 * week up to its report's publication day (UCDP date_prec 3), the month or
 * the year of a report dated only so (4, 5); FALSE when the report is
 * undated. */
char       *_sitrep_store_accepted_attributes     (SitrepStore                  *store,
                                                   gint64                        suggestion_id);
gboolean    _sitrep_store_report_dates            (SitrepStore                  *store,
                                                   gint64                        article_id,
                                                   char                        **date_start,
                                                   char                        **date_end,
                                                   int                          *date_precision);

/* An article's text kept for the incidents listed from it (@cache above:
 * NULL reads it for the one incident). */
SitrepIncidentText *_sitrep_incident_text_new  (void);
void                _sitrep_incident_text_free (SitrepIncidentText *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepIncidentText, _sitrep_incident_text_free)

G_END_DECLS
