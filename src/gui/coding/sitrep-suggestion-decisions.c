/* sitrep-suggestion-decisions.c — decisions taken on suggestions shown while they are being saved
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggestion-decisions-private.h"

static void
decision_clear (gpointer data)
{
  SitrepQueuedDecision *d = data;

  g_clear_pointer (&d->ids, g_array_unref);
  g_clear_pointer (&d->taken, g_ptr_array_unref);
  g_clear_pointer (&d->what, g_free);
  g_clear_pointer (&d->undo_text, g_free);
}

GArray *
_sitrep_queued_decisions_new (void)
{
  GArray *queue = g_array_new (FALSE, TRUE, sizeof (SitrepQueuedDecision));

  g_array_set_clear_func (queue, decision_clear);
  return queue;
}

SitrepQueuedDecision *
_sitrep_queued_decisions_push (GArray       *queue,
                               const gint64 *ids,
                               guint         n_ids,
                               const char   *what,
                               char         *undo_text,
                               gint64        annotator_id,
                               gboolean      accept)
{
  SitrepQueuedDecision d = { g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids),
                             g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_stored_suggestion_free),
                             g_strdup (what), undo_text, annotator_id, accept };

  g_array_append_vals (d.ids, ids, n_ids);
  g_array_append_val (queue, d);
  return &g_array_index (queue, SitrepQueuedDecision, queue->len - 1);
}

gboolean
_sitrep_suggestions_accept_ids (SitrepStore  *store,
                                GArray       *ids,
                                const char   *what,
                                gint64        annotator_id,
                                GError      **error)
{
  guint accepted = 0;
  gboolean failed = FALSE;

  sitrep_store_begin_group (store, what);
  for (guint i = 0; i < ids->len; i++)
    {
      if (sitrep_store_accept_suggestion (store, g_array_index (ids, gint64, i), annotator_id, error) == 0)
        {
          failed = TRUE;
          break;
        }
      accepted++;
    }
  sitrep_store_end_group (store);
  /* All or none: what was accepted before the failure is taken back. */
  if (failed && accepted > 0)
    sitrep_store_undo (store, NULL);
  return !failed;
}

static gboolean
apply_one (const SitrepQueuedDecision *d,
           SitrepStore                *store,
           GError                    **error)
{
  gint64 id = g_array_index (d->ids, gint64, 0);

  if (d->what != NULL && d->incidents_of != 0)
    return sitrep_store_accept_article_suggestions (store, d->incidents_of, (const gint64 *) (gpointer) d->ids->data,
                                                    d->ids->len, d->what, d->annotator_id, NULL, NULL, error);
  if (d->what != NULL)
    return _sitrep_suggestions_accept_ids (store, d->ids, d->what, d->annotator_id, error);
  if (d->accept)
    return sitrep_store_accept_suggestion (store, id, d->annotator_id, error) != 0;
  return sitrep_store_reject_suggestion (store, id, error);
}

guint
_sitrep_queued_decisions_apply (GArray       *queue,
                                SitrepStore  *store,
                                GError      **error)
{
  guint i = 0, n = queue->len;

  for (; store != NULL && i < n; i++)
    if (!apply_one (&g_array_index (queue, SitrepQueuedDecision, i), store, error))
      break;
  g_array_set_size (queue, 0);
  return n - i;
}

gboolean
_sitrep_queued_decisions_keep_undone (GArray       *undone,
                                      SitrepStore  *store,
                                      GError      **error)
{
  guint made = 0;
  gboolean ok = TRUE;

  /* The last taken back was taken first. */
  for (guint i = undone->len; store != NULL && i-- > 0; made++)
    if (!apply_one (&g_array_index (undone, SitrepQueuedDecision, i), store, NULL))
      break;
  for (; ok && made > 0; made--)
    ok = sitrep_store_undo (store, error);
  g_array_set_size (undone, 0);
  return ok;
}

GPtrArray *
_sitrep_queued_decisions_filter (GArray    *queue,
                                 GPtrArray *listed)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint kept = 0;

  for (guint i = 0; i < queue->len; i++)
    {
      GPtrArray *t = g_array_index (queue, SitrepQueuedDecision, i).taken;

      for (guint j = 0; j < t->len; j++)
        g_hash_table_add (taken, &((SitrepStoredSuggestion *) t->pdata[j])->id);
    }
  for (guint i = 0; i < listed->len; i++)
    {
      SitrepStoredSuggestion *s = listed->pdata[i];

      if (g_hash_table_contains (taken, &s->id))
        sitrep_stored_suggestion_free (s);
      else
        listed->pdata[kept++] = s;
    }
  /* The ones left out are freed already: nothing to free in what is cut. */
  g_ptr_array_set_free_func (listed, NULL);
  g_ptr_array_set_size (listed, kept);
  g_ptr_array_set_free_func (listed, (GDestroyNotify) sitrep_stored_suggestion_free);
  return listed;
}
