/* sitrep-suggest.h — spans Sitrep proposes: places, actors, persons, figures, dates, claimants, incidents
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-dateparse.h"
#include "sitrep-figures.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

typedef enum
{
  SITREP_SUGGEST_PLACE,
  SITREP_SUGGEST_ACTOR,
  SITREP_SUGGEST_PERSON,
  SITREP_SUGGEST_KILLED,
  SITREP_SUGGEST_WOUNDED,
  SITREP_SUGGEST_CAPTURED,
  SITREP_SUGGEST_MISSING,
  SITREP_SUGGEST_DATE,
  SITREP_SUGGEST_CLAIMANT,
  SITREP_SUGGEST_N_KINDS
} SitrepSuggestKind;

/* What a place suggestion's coordinates stand for. */
typedef enum
{
  SITREP_PLACE_SCOPE_PLACE = 0,   /* a town, village or site */
  SITREP_PLACE_SCOPE_REGION,      /* a governorate or province, at its centre */
  SITREP_PLACE_SCOPE_COUNTRY,     /* a country, at its centre */
} SitrepPlaceScope;

/* One proposed span. Offsets are Unicode code points of the text given
 * (as annotations are); byte_start/byte_end are the same in bytes. */
typedef struct
{
  SitrepSuggestKind kind;
  guint     start;
  guint     end;
  gsize     byte_start;
  gsize     byte_end;
  char     *text;
  double    score;        /* 0 … 1 */

  /* Actor, Person, Place, Claimant: the entity to link (0: a new one named
   * entity_name), with the actor type of a bundled actor. */
  gint64    entity_id;
  char     *entity_name;
  char     *actor_type;

  /* Place: where (NAN when unplaced: a place phrase the gazetteer lacks);
   * doubtful also for a Date whose year is a guess (year_guess). */
  double    latitude;
  double    longitude;
  gint64    geonameid;
  char     *country;
  char     *admin1;
  gboolean  doubtful;
  gint64    population;   /* of the gazetteer place: smaller is more specific */
  SitrepPlaceScope scope;

  /* Killed, Wounded, Captured, Missing. */
  SitrepFigure figure;
  gboolean  cumulative;   /* a running total ("since 2014, more than 500"), not one incident's */
  char     *victims;      /* "civilians", "soldiers" … or NULL */
  int       claimant;     /* index of the Claimant suggestion it is attributed to, or -1 */
  /* A part of the figure told before it, saying who some of them were ("…, including four children",
   * "Two of the wounded were children", "بينهم 4 أطفال"): no other count of the incident's people. */
  gboolean  part;

  /* Date: resolved against the publication date (start NULL when it cannot be). */
  char     *date_start;
  char     *date_end;
  SitrepSpanPrecision date_precision;
  gboolean  year_unknown;
  /* Date: "title" or "dateline" when a report without a publication date
   * gave a year-less date the year of its own date there (static), else NULL. */
  const char *year_from;
  /* Date with its year unknown: the year the report's own dated mentions
   * suggest ("September 17" beside "Nov. 29, 2016": 2016), a guess, so
   * the suggestion is doubtful; 0 when they suggest none. */
  int       year_guess;
  /* Date: a dateline's, where and when the report was written ("BAGHDAD,
   * May 3 (Reuters) -", "(UNAMI) 3 May 2016 –"), not an incident's day
   * when its sentence names another. */
  gboolean  dateline;
  /* Date: the day something was said or a wounded man died ("said on May 6 that …", "قال … أمس إن",
   * "died on Sunday of wounds sustained on Friday"), not the incident's when its sentence names another. */
  gboolean  said_day;

  int       incident;     /* index into the result's incidents, or -1 */
  gboolean  holds_place;  /* Actor: named after a place it holds ("Kirkuk police"), proposed too */
  guint     sentence;     /* sentence and paragraph the span is in */
  guint     paragraph;
  /* The coder's annotation of this span and kind, given to the run
   * (sitrep_suggester_use_annotations ()): it joins the incidents as the
   * suggestion would, but is no suggestion; 0 for a suggestion. */
  gint64    annotation_id;
} SitrepSuggestion;

/* Frees a suggestion made alone (g_new0(), its strings g_strdup()'d); not
 * one of a suggester's result, which holds their memory. */
void                sitrep_suggestion_free           (SitrepSuggestion  *suggestion);
/* The label the span takes in the default label set ("Place", "Killed" …). */
const char         *sitrep_suggest_kind_to_label     (SitrepSuggestKind  kind);
/* "place", "actor", "person", "killed", "wounded", "captured", "missing", "date", "claimant". */
const char         *sitrep_suggest_kind_to_string    (SitrepSuggestKind  kind);
/* Killed, wounded, captured or missing: a casualty figure. */
gboolean            sitrep_suggest_kind_is_figure    (SitrepSuggestKind  kind);
gboolean            sitrep_suggest_kind_from_string  (const char        *str,
                                                      SitrepSuggestKind *kind);
/* The annotation attributes of a suggestion (JSON), or NULL when it has none. */
char               *sitrep_suggestion_to_attributes  (const SitrepSuggestion *suggestion);

/* Figures, place, date and actors of one sentence or paragraph that belong
 * together, as a draft event. Indices into the result's suggestions. */
typedef struct
{
  int     place;        /* -1 when none */
  int     date;         /* -1 when none */
  GArray *figures;      /* int */
  GArray *actors;       /* int */
  guint   start;        /* code points of the sentences it spans */
  guint   end;
} SitrepSuggestIncident;

/* A suggester's result owns its suggestions and their strings in @memory,
 * freed with it: read them while it lives (copy what is kept longer), and
 * never free one alone. A result built by hand (@memory NULL) frees its
 * suggestions as its arrays' free functions say. */
typedef struct
{
  GPtrArray *suggestions;   /* SitrepSuggestion, by start */
  GPtrArray *incidents;     /* SitrepSuggestIncident */
  gpointer   memory;        /* of a suggester's suggestions (private), or NULL */
} SitrepSuggestResult;

void                sitrep_suggest_result_free       (SitrepSuggestResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepSuggestResult, sitrep_suggest_result_free)

/* The ACLED event type the words of an incident's sentences suggest
 * ("bombing", "IED", "shelling" → "Explosions/Remote violence"; "clashes",
 * "attacked positions" → "Battles"; "executed", "abducted" → "Violence
 * against civilians"), or NULL when they say none. */
const char         *sitrep_suggest_incident_event_type (const char *text);
/* Whether two ISO dates ("2022-10-14", or year-less "--10-14") are at
 * most @max_days apart; TRUE when either is NULL (nothing says they differ). */
gboolean            sitrep_suggest_dates_close       (const char        *a,
                                                      const char        *b,
                                                      int                max_days);
/* Whether two place suggestions name one place: the same gazetteer place,
 * within 25 km, or (unplaced) the same name. */
gboolean            sitrep_suggest_places_same       (const SitrepSuggestion *a,
                                                      const SitrepSuggestion *b);

#define SITREP_TYPE_SUGGESTER (sitrep_suggester_get_type ())
G_DECLARE_FINAL_TYPE (SitrepSuggester, sitrep_suggester, SITREP, SUGGESTER, GObject)

/* Reads what every suggester shares (the bundled gazetteer's index and the
 * word lists built from it) once per process; blocking, for a worker
 * thread, so the first Suggest does not wait for it. */
void                sitrep_suggest_warm_up           (void);

/* A suggester for @store's articles (NULL: the bundled gazetteer and actor
 * list only). It reads the project's entities and aliases, the strings
 * rejected in it and the place resolutions accepted in it when made; make a
 * new one to see later edits. The gazetteer is read on first use. */
SitrepSuggester    *sitrep_suggester_new             (SitrepStore      *store,
                                                      GError          **error);

/* The figure, place and date annotations of article @article_id (read
 * from the suggester's store) take part in the next run's incidents, as
 * suggestions of theirs would: a figure the coder labelled by hand forms
 * or joins an incident with the place and date around it. They are in
 * that run's suggestions with their annotation_id set, and proposed as no
 * suggestion. FALSE with @error when the project cannot be read. */
gboolean            sitrep_suggester_use_annotations (SitrepSuggester  *self,
                                                      gint64            article_id,
                                                      GError          **error);

/* The title of the article the next run reads (NULL: none). When that
 * article has no publication date, a date its title gives ("CI686 May 4,
 * 2017", "… in March 2020") gives the year-less dates of its text their
 * year, as its dateline's would ("BEIRUT, March 18, 2017 (Reuters) –").
 * Only the next run reads it. */
void                sitrep_suggester_set_title       (SitrepSuggester  *self,
                                                      const char       *title);

/* Everything the suggester proposes in @text, read against its publication
 * date @published (ISO, may be NULL) of @precision. Safe to call from a
 * worker thread; one call at a time per suggester. */
SitrepSuggestResult *sitrep_suggester_run            (SitrepSuggester     *self,
                                                      const char          *text,
                                                      const char          *published,
                                                      SitrepDatePrecision  precision,
                                                      GCancellable        *cancellable);

G_END_DECLS
