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
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"

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
  return sitrep_suggest_article_full (store, suggester, article_id, accept, annotator_id, report, result_out, NULL,
                                      cancellable, error);
}

gboolean
sitrep_suggest_article_full (SitrepStore          *store,
                             SitrepSuggester      *suggester,
                             gint64                article_id,
                             gboolean              accept,
                             gint64                annotator_id,
                             SitrepSuggestReport  *report,
                             SitrepSuggestResult **result_out,
                             GPtrArray           **incidents_out,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_autoptr(SitrepArticle) article = NULL;
  g_autofree char *body = NULL;
  g_autoptr(SitrepSuggestResult) result = NULL;
  g_autoptr(GPtrArray) incidents = NULL;
  SitrepSuggestReport unused = { 0 };

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (SITREP_IS_SUGGESTER (suggester), FALSE);

  if (report == NULL)
    report = &unused;
  article = sitrep_store_get_article (store, article_id, error);
  if (article == NULL)
    return FALSE;
  body = sitrep_store_get_article_body (store, article_id, error);
  /* The coder's own figures, places and dates join the incidents. */
  if (body == NULL || !sitrep_suggester_use_annotations (suggester, article_id, error))
    return FALSE;
  sitrep_suggester_set_title (suggester, sitrep_article_get_title (article));
  result = sitrep_suggester_run (suggester, body, sitrep_article_get_published (article),
                                 sitrep_article_get_published_precision (article), cancellable);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!sitrep_store_save_suggestions (store, article_id, result, &report->n_suggested, error))
    return FALSE;

  /* The incidents the window lists for review once the save is done. */
  if ((accept || incidents_out != NULL) &&
      (incidents = sitrep_store_list_proposed_incidents (store, article_id, error)) == NULL)
    return FALSE;
  if (accept)
    {
      g_autoptr(GPtrArray) pending = sitrep_store_list_suggestions (store, article_id, error);

      if (pending == NULL)
        return FALSE;
      for (guint i = 0; i < pending->len; i++)
        {
          SitrepStoredSuggestion *s = pending->pdata[i];

          if (sitrep_store_accept_suggestion (store, s->id, annotator_id, error) == 0)
            return FALSE;
          report->n_accepted++;
        }
      /* The run's incidents (listed before the suggestions were accepted:
       * the same), as the window accepts them one by one. */
      for (guint i = 0; i < incidents->len; i++)
        {
          SitrepProposedIncident *incident = incidents->pdata[i];
          gboolean joined = FALSE;

          incident->event_id = sitrep_store_accept_proposed_incident (store, incident->id, annotator_id, &joined,
                                                                      error);
          if (incident->event_id == 0)
            return FALSE;
          incident->status = SITREP_SUGGESTION_ACCEPTED;
          if (joined)
            report->n_events_matched++;
          else
            report->n_events_created++;
        }
    }
  if (result_out != NULL)
    *result_out = g_steal_pointer (&result);
  if (incidents_out != NULL)
    *incidents_out = g_steal_pointer (&incidents);
  return TRUE;
}
