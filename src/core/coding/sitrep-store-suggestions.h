/* sitrep-store-suggestions.h — suggestions kept in the project: pending, accepted, rejected; what the project learnt
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"
#include "sitrep-suggest.h"

G_BEGIN_DECLS

typedef enum
{
  SITREP_SUGGESTION_PENDING = 0,
  SITREP_SUGGESTION_ACCEPTED = 1,
  SITREP_SUGGESTION_REJECTED = 2,
} SitrepSuggestionStatus;

/* A suggestion as the project keeps it. */
typedef struct
{
  gint64    id;
  gint64    article_id;
  SitrepSuggestKind kind;
  guint     start;
  guint     end;
  char     *text;
  char     *attributes;   /* JSON for the annotation, or NULL */
  gint64    entity_id;
  char     *entity_name;
  double    latitude;     /* NAN when unplaced */
  double    longitude;
  char     *admin1;       /* Place: the gazetteer's first-level division ("Baghdad"), or NULL */
  char     *country;      /* Place: its country, an ISO 3166 code as the gazetteer gives it, or NULL */
  gboolean  doubtful;
  double    score;
  int       incident;     /* -1 when none */
  SitrepSuggestionStatus status;
} SitrepStoredSuggestion;

void      sitrep_stored_suggestion_free   (SitrepStoredSuggestion *suggestion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepStoredSuggestion, sitrep_stored_suggestion_free)

/* Replaces the pending suggestions of @article_id with @result's, leaving
 * out spans already annotated with the same label, spans accepted or
 * rejected before and spans inside one rejected with the same label. A
 * span pending before keeps its id (an incident or the undo history may
 * name it). Sets @n_saved (may be NULL). Not an edit to undo: it writes
 * what the suggester proposes, not what the user decided. */
gboolean  sitrep_store_save_suggestions   (SitrepStore               *store,
                                           gint64                     article_id,
                                           const SitrepSuggestResult *result,
                                           guint                     *n_saved,
                                           GError                   **error);
/* Told by a save, on the saving thread, before it writes: @listed (transfer
 * full; SitrepStoredSuggestion) is the article's pending suggestions as they
 * read once the save commits, with their ids, in
 * sitrep_store_list_suggestions ()'s order: all of them when @complete,
 * else only those over the first range asked for (told first). */
typedef void (*SitrepSuggestionsListed) (GPtrArray *listed,
                                         gboolean   complete,
                                         gpointer   user_data);

/* Whom a save tells what it is about to save: @listed_func with the rows
 * over [@first_start, @first_end) first (when they are some of them but not
 * all, and not just the article's pending rows there again, ids and all:
 * an empty range asks for none), then with all of them. */
typedef struct
{
  SitrepSuggestionsListed listed_func;
  gpointer                listed_data;
  guint                   first_start;
  guint                   first_end;
} SitrepSuggestionsHandover;

/* sitrep_store_save_suggestions (), telling @handover (may be NULL) what it
 * is about to save. Should the save then fail, none of it is saved. */
gboolean  sitrep_store_save_suggestions_full (SitrepStore                     *store,
                                              gint64                           article_id,
                                              const SitrepSuggestResult       *result,
                                              guint                           *n_saved,
                                              const SitrepSuggestionsHandover *handover,
                                              GError                         **error);
/* The pending suggestions of @article_id (SitrepStoredSuggestion), by start. */
GPtrArray *sitrep_store_list_suggestions  (SitrepStore               *store,
                                           gint64                     article_id,
                                           GError                   **error);
/* The pending Date suggestions of @article_id read without a year ("13
 * October" in an undated capture) read again against the date the article
 * has been given, and the pending incidents naming them take their dates:
 * one undoable edit (put it in the caller's group). *@n_redated (may be
 * NULL) is how many were read again. */
gboolean sitrep_store_redate_suggestions (SitrepStore  *store,
                                          gint64        article_id,
                                          guint        *n_redated,
                                          GError      **error);

SitrepStoredSuggestion *sitrep_store_get_suggestion (SitrepStore     *store,
                                                     gint64           id,
                                                     GError         **error);

/* Makes suggestion @id an annotation of @annotator_id with its attributes,
 * linked to its entity (an existing one, or a new one named as suggested;
 * a new place gets the suggested coordinates), and remembers a place's
 * resolution for next time. One undo step. Returns the annotation's id. */
gint64    sitrep_store_accept_suggestion  (SitrepStore               *store,
                                           gint64                     id,
                                           gint64                     annotator_id,
                                           GError                   **error);
/* Rejects suggestion @id: the string is not proposed again with that label
 * in this project. One undo step. */
gboolean  sitrep_store_reject_suggestion  (SitrepStore               *store,
                                           gint64                     id,
                                           GError                   **error);

/* For the suggester: the strings rejected ("kind\x1fkey" into @rejected),
 * the place resolutions accepted (key → LearnedPlace into @learned) and the
 * keys of the places loaded into the project's gazetteer (into @place_keys). */
gboolean  _sitrep_store_load_suggest_memory (SitrepStore *store,
                                             GHashTable  *rejected,
                                             GHashTable  *learned,
                                             GHashTable  *place_keys,
                                             GError     **error);

G_END_DECLS
