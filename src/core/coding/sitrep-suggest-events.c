/* sitrep-suggest-events.c — suggesting for a stored article, accepting everything, and incidents made events or evidence
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-annotation.h"
#include "sitrep-article.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"

#define SIMILAR_MIN_SCORE 0.5

/* Accepted annotations by the suggestion's kind and span. */
static char *
span_key (SitrepSuggestKind kind,
          guint             start,
          guint             end)
{
  return g_strdup_printf ("%d:%u:%u", kind, start, end);
}

static gint64
entity_of (SitrepStore *store,
           gint64       annotation_id)
{
  g_autoptr(SitrepAnnotation) a = NULL;

  if (annotation_id == 0)
    return 0;
  a = sitrep_store_get_annotation (store, annotation_id, NULL);
  return a != NULL ? sitrep_annotation_get_entity_id (a) : 0;
}

static gint64
accepted (GHashTable             *annotations,
          const SitrepSuggestion *s)
{
  g_autofree char *key = NULL;

  if (s == NULL)
    return 0;
  key = span_key (s->kind, s->start, s->end);
  return GPOINTER_TO_SIZE (g_hash_table_lookup (annotations, key));
}

/* An event a second report of this incident should join: one made from
 * another article's suggestions at the same place and date, else one the
 * similar-incident rule finds (same place entity, within 25 km or a shared
 * actor, within 3 days). */
static gint64
matching_event (SitrepStore            *store,
                gint64                  article_id,
                const SitrepSuggestion *place,
                const SitrepSuggestion *date,
                SitrepEventDraft       *draft,
                GError                **error)
{
  g_autoptr(GArray) similar = NULL;
  gint64 id;

  id = _sitrep_store_match_suggested_incident (store, article_id, place,
                                               date != NULL ? date->date_start : NULL, error);
  if (id != 0 || draft->date_start == NULL)
    return id;
  similar = sitrep_store_find_similar_events (store, draft, 0, NULL);
  if (similar != NULL && similar->len > 0 &&
      g_array_index (similar, SitrepEventMatch, 0).score >= SIMILAR_MIN_SCORE)
    return g_array_index (similar, SitrepEventMatch, 0).event_id;
  return 0;
}

static gboolean
make_incident (SitrepStore                 *store,
               gint64                       article_id,
               const SitrepSuggestResult   *result,
               const SitrepSuggestIncident *incident,
               GHashTable                  *annotations,
               SitrepSuggestReport         *report,
               GError                     **error)
{
  const SitrepSuggestion *place = incident->place >= 0 ? result->suggestions->pdata[incident->place] : NULL;
  const SitrepSuggestion *date = incident->date >= 0 ? result->suggestions->pdata[incident->date] : NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autofree char *description = NULL;
  gint64 event_id, actor1 = 0;
  guint n_figures = 0;

  for (guint f = 0; f < incident->figures->len; f++)
    n_figures += accepted (annotations, result->suggestions->pdata[g_array_index (incident->figures, int, f)]) != 0;
  if (n_figures == 0)
    return TRUE;

  for (guint a = 0; a < incident->actors->len && actor1 == 0; a++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[g_array_index (incident->actors, int, a)];

      if (s->kind == SITREP_SUGGEST_ACTOR)
        actor1 = entity_of (store, accepted (annotations, s));
    }
  if (date != NULL && date->date_start != NULL && strlen (date->date_start) == 10 && date->date_start[0] != '-')
    {
      draft.date_start = date->date_start;
      draft.date_end = date->date_end;
      draft.date_precision = date->date_precision == SITREP_SPAN_PRECISION_DAY ? 1 : 2;
    }
  draft.place_id = place != NULL ? entity_of (store, accepted (annotations, place)) : 0;
  draft.location = place != NULL ? place->text : NULL;
  if (place != NULL && draft.place_id == 0 && !isnan (place->latitude))
    {
      draft.latitude = place->latitude;
      draft.longitude = place->longitude;
    }
  /* ACLED's geo precision: 1 the place itself, 2 near it or a doubtful
   * match of its name, 3 a region or country's centre. */
  if (place != NULL && !isnan (place->latitude))
    draft.geo_precision = place->scope != SITREP_PLACE_SCOPE_PLACE ? 3 : place->doubtful ? 2 : 1;
  draft.actor1_id = actor1;
  description = g_strdup_printf (_("Proposed from article %" PRId64 "."), article_id);
  draft.notes = description;

  event_id = matching_event (store, article_id, place, date, &draft, error);
  if (event_id == 0)
    {
      event_id = sitrep_store_create_event (store, &draft, error);
      if (event_id == 0)
        return FALSE;
      report->n_events_created++;
    }
  else
    report->n_events_matched++;
  if (!_sitrep_store_add_suggested_incident (store, event_id, article_id, place,
                                             date != NULL ? date->date_start : NULL, error))
    return FALSE;

  for (guint f = 0; f < incident->figures->len; f++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[g_array_index (incident->figures, int, f)];
      const SitrepSuggestion *claimant = s->claimant >= 0 ? result->suggestions->pdata[s->claimant] : NULL;
      gint64 annotation_id = accepted (annotations, s);

      if (annotation_id == 0)
        continue;
      if (sitrep_store_add_claim_from_annotation (store, event_id, annotation_id, SITREP_VICTIM_UNKNOWN,
                                                  entity_of (store, accepted (annotations, claimant)),
                                                  error) == 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_suggest_article (SitrepStore          *store,
                        SitrepSuggester      *suggester,
                        gint64                article_id,
                        gboolean              accept,
                        gint64                annotator_id,
                        SitrepSuggestReport  *report,
                        SitrepSuggestResult **result_out,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autoptr(SitrepArticle) article = NULL;
  g_autofree char *body = NULL;
  g_autoptr(SitrepSuggestResult) result = NULL;
  g_autoptr(GHashTable) annotations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SitrepSuggestReport unused = { 0 };

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (SITREP_IS_SUGGESTER (suggester), FALSE);

  if (report == NULL)
    report = &unused;
  article = sitrep_store_get_article (store, article_id, error);
  if (article == NULL)
    return FALSE;
  body = sitrep_store_get_article_body (store, article_id, error);
  if (body == NULL)
    return FALSE;
  result = sitrep_suggester_run (suggester, body, sitrep_article_get_published (article),
                                 sitrep_article_get_published_precision (article), cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!sitrep_store_save_suggestions (store, article_id, result, &report->n_suggested, error))
    return FALSE;

  if (accept)
    {
      g_autoptr(GPtrArray) pending = sitrep_store_list_suggestions (store, article_id, error);

      if (pending == NULL)
        return FALSE;
      for (guint i = 0; i < pending->len; i++)
        {
          SitrepStoredSuggestion *s = pending->pdata[i];
          gint64 annotation_id = sitrep_store_accept_suggestion (store, s->id, annotator_id, error);

          if (annotation_id == 0)
            return FALSE;
          g_hash_table_insert (annotations, span_key (s->kind, s->start, s->end), GSIZE_TO_POINTER (annotation_id));
          report->n_accepted++;
        }
      for (guint i = 0; i < result->incidents->len; i++)
        {
          if (!make_incident (store, article_id, result, result->incidents->pdata[i], annotations, report, error))
            return FALSE;
        }
    }
  if (result_out != NULL)
    *result_out = g_steal_pointer (&result);
  return TRUE;
}
