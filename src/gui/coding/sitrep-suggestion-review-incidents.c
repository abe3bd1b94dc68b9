/* sitrep-suggestion-review-incidents.c — the proposed incidents of the article in review: listed, accepted as events, rejected
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-event-list.h"
#include "sitrep-suggestion-incident-item.h"
#include "sitrep-suggestion-review-state-private.h"

static SitrepSuggestionIncidentItem *
item_new (SitrepSuggestionReview *self,
          SitrepProposedIncident *incident)
{
  g_autoptr(SitrepEvent) event = NULL;
  g_autofree char *title = NULL;

  if (incident->event_id != 0 && (event = sitrep_store_get_event (self->store, incident->event_id, NULL)) != NULL)
    title = sitrep_event_dup_title (event);
  return sitrep_suggestion_incident_item_new (incident, title);
}

/* The incidents listed again. Those that show as before keep their items
 * (and the panel its rows), first and last: a Suggest again on an
 * unchanged article keeps its incidents' rows and ids (the store keeps
 * the rows it would write alike), and its panel was made again twice
 * (emptied while saving, filled after), each row's title shaped again. */
/* Whether the item shown at @position shows as @item does (it takes
 * @item's incident then). */
static gboolean
renew_at (GListModel                   *shown,
          guint                         position,
          SitrepSuggestionIncidentItem *item)
{
  g_autoptr(SitrepSuggestionIncidentItem) old = g_list_model_get_item (shown, position);

  return sitrep_suggestion_incident_item_renew (old, item);
}

void
_sitrep_suggestion_review_reload_incidents (SitrepSuggestionReview *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *shown = G_LIST_MODEL (self->incidents);
  guint n_shown = g_list_model_get_n_items (shown), first = 0, last = 0;

  /* Being saved: the rows stay those of the last run, which the store
   * has until the save ends (their actions wait for it, see
   * sitrep-suggestion-list.c). */
  if (self->saving && self->article_id == self->running_article)
    return;
  /* Read by the run that saved them, just now. */
  if (self->ready_incidents != NULL)
    list = g_steal_pointer (&self->ready_incidents);
  else if (self->store != NULL && self->article_id != 0)
    {
      list = sitrep_store_list_proposed_incidents (self->store, self->article_id, &error);
      if (list == NULL)
        g_warning ("Cannot read the proposed incidents: %s", error->message);
    }
  for (guint i = 0; list != NULL && i < list->len; i++)
    g_ptr_array_add (items, item_new (self, g_steal_pointer (&list->pdata[i])));
  while (first < n_shown && first < items->len &&
         renew_at (shown, first, items->pdata[first]))
    first++;
  while (last < n_shown - first && last < items->len - first &&
         renew_at (shown, n_shown - 1 - last, items->pdata[items->len - 1 - last]))
    last++;
  if (first == n_shown && first == items->len)
    return;
  g_list_store_splice (self->incidents, first, n_shown - first - last, items->pdata + first, items->len - first - last);
}

static gboolean
holds (const GArray *ids,
       gint64        id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Suggestion @id was accepted or rejected on its own: an incident shown
 * with it as a member is read again, so that its row says what its ✓
 * makes now (a rejected place or date no longer in it). The walk's row
 * kept "Baghdad · 31 Dec 2016" after both were rejected, and its ✓ made
 * an unplaced event of another day. */
void
_sitrep_suggestion_review_member_decided (SitrepSuggestionReview *self,
                                          gint64                  id)
{
  GListModel *shown = G_LIST_MODEL (self->incidents);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SitrepSuggestionIncidentItem) item = g_list_model_get_item (shown, i);
      const SitrepProposedIncident *incident = sitrep_suggestion_incident_item_get (item);

      if (incident->place == id || incident->date == id || holds (incident->figures, id) ||
          holds (incident->claimants, id) || holds (incident->actors, id))
        {
          _sitrep_suggestion_review_reload_incidents (self);
          return;
        }
    }
}

SitrepStore *
sitrep_suggestion_review_get_store (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  return self->store;
}

GListModel *
sitrep_suggestion_review_get_incidents (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  return G_LIST_MODEL (self->incidents);
}

gint64
sitrep_suggestion_review_accept_incident (SitrepSuggestionReview *self,
                                          gint64                  id,
                                          gint64                  annotator_id,
                                          gboolean               *joined,
                                          GError                **error)
{
  gint64 event_id;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), 0);

  if (self->store == NULL)
    return 0;
  self->own_edit = TRUE;
  event_id = sitrep_store_accept_proposed_incident (self->store, id, annotator_id, joined, error);
  self->own_edit = FALSE;
  /* Its members left the suggestions; the others may join its event now. */
  sitrep_suggestion_review_reload (self);
  return event_id;
}

gboolean
sitrep_suggestion_review_reject_incident (SitrepSuggestionReview *self,
                                          gint64                  id,
                                          GError                **error)
{
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  if (self->store == NULL)
    return FALSE;
  self->own_edit = TRUE;
  ok = sitrep_store_reject_proposed_incident (self->store, id, error);
  self->own_edit = FALSE;
  _sitrep_suggestion_review_reload_incidents (self);
  return ok;
}

char *
sitrep_suggestion_review_dup_accept_all_message (SitrepSuggestionReview *self,
                                                 int                     n)
{
  guint created, joined;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  created = self->accepted_created;
  joined = self->accepted_joined;
  if (created == 0 && joined == 0 && n <= 0)
    return NULL;
  if (created == 0 && joined == 0)
    return g_strdup_printf (ngettext ("%'d suggestion accepted", "%'d suggestions accepted", n), n);
  return g_strdup_printf (ngettext ("Suggestions accepted; %'u incident made into a new event or added to one already there",
                                    "Suggestions accepted; %'u incidents made into new events or added to events already there",
                                    created + joined), created + joined);
}
