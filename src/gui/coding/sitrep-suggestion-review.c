/* sitrep-suggestion-review.c — the suggestions of the article being read, and Suggest in the background
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest-events.h"
#include "sitrep-suggestion-incident-item.h"
#include "sitrep-suggestion-model.h"
#include "sitrep-suggestion-decisions-private.h"
#include "sitrep-suggestion-review-private.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-suggestion-review-state-private.h"

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepSuggestionReview, sitrep_suggestion_review, G_TYPE_OBJECT)

void
_sitrep_suggestion_review_notify (SitrepSuggestionReview *self,
                                  guint                   prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

void
_sitrep_suggestion_review_emit_finished (SitrepSuggestionReview *self,
                                         guint                   n_suggested,
                                         guint                   n_articles,
                                         gboolean                cancelled,
                                         const char             *message)
{
  g_signal_emit (self, signals[FINISHED], 0, n_suggested, n_articles, cancelled, message);
}

/* Whether Undo has a queued decision to take back. */
void
_sitrep_suggestion_review_update_can_take_back (SitrepSuggestionReview *self)
{
  gboolean can = self->saving && self->queued->len > 0;
  gboolean redo = self->saving && self->undone->len > 0;
  gboolean can_changed = can != self->can_take_back, redo_changed = redo != self->can_redo;

  /* Both set before either is told: a handler reads both. */
  self->can_take_back = can;
  self->can_redo = redo;
  if (can_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_TAKE_BACK]);
  if (redo_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO_QUEUED]);
}


/* The list */

static void
set_current (SitrepSuggestionReview *self,
             gint64                  id)
{
  const SitrepStoredSuggestion *s = id != 0 ? sitrep_suggestion_model_find (self->items, id, NULL) : NULL;

  if (s == NULL)
    id = 0;
  else
    self->current_start = s->start;
  if (id == self->current_id)
    return;
  self->current_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/* The first suggestion at or after @offset, or 0. */
static gint64
first_from (SitrepSuggestionReview *self,
            guint                   offset)
{
  const SitrepStoredSuggestion *s =
    sitrep_suggestion_model_peek (self->items, sitrep_suggestion_model_first_from (self->items, offset));

  return s != NULL ? s->id : 0;
}

/* After the list changed: the one under review was decided, go on with
 * the next in reading order (after the last, the one before it). */
static void
keep_current (SitrepSuggestionReview *self,
              gint64                  current)
{
  guint n = sitrep_suggestion_model_get_n (self->items);

  if (current != 0 && sitrep_suggestion_model_find (self->items, current, NULL) == NULL)
    {
      current = first_from (self, self->current_start);
      if (current == 0 && n > 0)
        current = sitrep_suggestion_model_peek (self->items, n - 1)->id;
    }
  self->current_id = 0;
  set_current (self, current);
  if (current == 0 && self->current_id == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/* Takes @list (SitrepStoredSuggestion, by start; NULL for none). */
void
_sitrep_suggestion_review_show_list (SitrepSuggestionReview *self,
                                     GPtrArray              *list)
{
  gint64 current = self->current_id;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  sitrep_suggestion_model_replace (self->items, list);
  _sitrep_suggestion_review_reload_incidents (self);
  keep_current (self, current);
}

gboolean
_sitrep_suggestion_review_show_part (SitrepSuggestionReview *self,
                                     GPtrArray              *part,
                                     guint                   start,
                                     guint                   end)
{
  gint64 current = self->current_id;
  gboolean changed;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  changed = sitrep_suggestion_model_replace_over (self->items, start, end, part);
  _sitrep_suggestion_review_reload_incidents (self);
  keep_current (self, current);
  return changed;
}

/* Before @list replaces the one shown: those that leave the list are
 * kept in @gone; returns the first in reading order of those that come
 * back (an Undo of a decision on them), or 0. */
static gint64
track_gone (SitrepSuggestionReview *self,
            GPtrArray              *list)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n = sitrep_suggestion_model_get_n (self->items);
  gint64 back = 0;

  for (guint i = 0; list != NULL && i < list->len; i++)
    g_hash_table_add (listed, &((SitrepStoredSuggestion *) list->pdata[i])->id);
  for (guint i = 0; i < n; i++)
    {
      const SitrepStoredSuggestion *s = sitrep_suggestion_model_peek (self->items, i);

      if (!g_hash_table_contains (listed, &s->id))
        g_hash_table_add (self->gone, g_memdup2 (&s->id, sizeof s->id));
    }
  for (guint i = 0; list != NULL && g_hash_table_size (self->gone) > 0 && i < list->len; i++)
    {
      const SitrepStoredSuggestion *s = list->pdata[i];

      if (g_hash_table_remove (self->gone, &s->id) && back == 0 &&
          sitrep_suggestion_model_find (self->items, s->id, NULL) == NULL)
        back = s->id;
    }
  return back;
}

/* @track: the list shown is of the same article (see track_gone ()). */
static void
reload (SitrepSuggestionReview *self,
        gboolean                track)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = NULL;
  gint64 back;

  /* Shown before they are saved: the store still has the ones before. */
  if (self->saving && self->article_id == self->running_article)
    return;
  if (self->store != NULL && self->article_id != 0)
    {
      list = sitrep_store_list_suggestions (self->store, self->article_id, &error);
      if (list == NULL)
        g_warning ("Cannot read the suggestions: %s", error->message);
    }
  back = track ? track_gone (self, list) : 0;
  _sitrep_suggestion_review_show_list (self, list);
  /* Undo brought back a decided one: it is under review again. */
  if (back != 0)
    set_current (self, back);
}

void
sitrep_suggestion_review_reload (SitrepSuggestionReview *self)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));

  reload (self, TRUE);
}

static gboolean
reload_in_idle (gpointer data)
{
  SitrepSuggestionReview *self = data;

  self->reload_id = 0;
  sitrep_suggestion_review_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_annotations_changed (SitrepStore            *store,
                        gint64                  article_id,
                        SitrepSuggestionReview *self)
{
  if (self->article_id == 0 || (article_id != 0 && article_id != self->article_id) || self->own_edit)
    return;
  /* Suggest on this article alone saved them: the end of the run reads
   * them back once (a long article's thousands, not twice). */
  if (self->running && self->running_one)
    return;
  /* After the reader has painted the annotation that came of it. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 20, reload_in_idle, self, NULL);
}

/* GObject */

static void
sitrep_suggestion_review_dispose (GObject *object)
{
  SitrepSuggestionReview *self = SITREP_SUGGESTION_REVIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->busy_id, g_source_remove);
  sitrep_suggestion_review_first_drawn (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->warm_up != NULL)
    g_cancellable_cancel (self->warm_up);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->items != NULL)
    sitrep_suggestion_model_replace (self->items, NULL);

  G_OBJECT_CLASS (sitrep_suggestion_review_parent_class)->dispose (object);
}

static void
sitrep_suggestion_review_finalize (GObject *object)
{
  SitrepSuggestionReview *self = SITREP_SUGGESTION_REVIEW (object);

  g_clear_object (&self->items);
  g_clear_object (&self->incidents);
  g_clear_pointer (&self->ready_incidents, g_ptr_array_unref);
  g_clear_pointer (&self->queued, g_array_unref);
  g_clear_pointer (&self->undone, g_array_unref);
  g_clear_pointer (&self->run_ids, g_array_unref);
  g_clear_pointer (&self->gone, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->warm_up);
  g_clear_pointer (&self->gate, sitrep_suggest_gate_unref);
  g_free (self->progress_text);

  G_OBJECT_CLASS (sitrep_suggestion_review_parent_class)->finalize (object);
}

static void
sitrep_suggestion_review_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SitrepSuggestionReview *self = SITREP_SUGGESTION_REVIEW (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_int64 (value, self->current_id);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_CAN_CANCEL:
      g_value_set_boolean (value, self->can_cancel);
      break;

    case PROP_CAN_TAKE_BACK:
      g_value_set_boolean (value, self->can_take_back);
      break;

    case PROP_CAN_REDO_QUEUED:
      g_value_set_boolean (value, self->can_redo);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    case PROP_PROGRESS_TEXT:
      g_value_set_string (value, self->progress_text);
      break;

    case PROP_WAITING:
      g_value_set_boolean (value, self->waiting);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_suggestion_review_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SitrepSuggestionReview *self = SITREP_SUGGESTION_REVIEW (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      sitrep_suggestion_review_set_current (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_suggestion_review_class_init (SitrepSuggestionReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_suggestion_review_dispose;
  object_class->finalize = sitrep_suggestion_review_finalize;
  object_class->get_property = sitrep_suggestion_review_get_property;
  object_class->set_property = sitrep_suggestion_review_set_property;

  properties[PROP_CURRENT] =
    g_param_spec_int64 ("current", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_CANCEL] =
    g_param_spec_boolean ("can-cancel", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_TAKE_BACK] =
    g_param_spec_boolean ("can-take-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO_QUEUED] =
    g_param_spec_boolean ("can-redo-queued", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROGRESS_TEXT] =
    g_param_spec_string ("progress-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WAITING] =
    g_param_spec_boolean ("waiting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SitrepSuggestionReview::finished:
   * @n_suggested: new suggestions saved
   * @n_articles: articles read
   * @cancelled: whether the run was cancelled
   * @message: (nullable): what went wrong, or NULL
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                    G_TYPE_UINT, G_TYPE_UINT, G_TYPE_BOOLEAN, G_TYPE_STRING);
}

static void
sitrep_suggestion_review_init (SitrepSuggestionReview *self)
{
  self->items = sitrep_suggestion_model_new ();
  self->incidents = g_list_store_new (SITREP_TYPE_SUGGESTION_INCIDENT_ITEM);
  self->queued = _sitrep_queued_decisions_new ();
  self->undone = _sitrep_queued_decisions_new ();
  self->run_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->gone = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* Public API */

SitrepSuggestionReview *
sitrep_suggestion_review_new (void)
{
  return g_object_new (SITREP_TYPE_SUGGESTION_REVIEW, NULL);
}

void
sitrep_suggestion_review_set_article (SitrepSuggestionReview *self,
                                      SitrepStore            *store,
                                      gint64                  article_id)
{
  gboolean changed;

  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  changed = store != self->store || article_id != self->article_id;
  /* Those decided in the article before are not brought back by an Undo here. */
  if (changed)
    g_hash_table_remove_all (self->gone);
  if (store != self->store)
    {
      /* A run on another project's store is of no use any more. */
      if (self->cancellable != NULL)
        g_cancellable_cancel (self->cancellable);
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        {
          g_signal_connect (store, "annotations-changed", G_CALLBACK (on_annotations_changed), self);
          _sitrep_suggestion_review_warm_up (&self->warm_up);
        }
    }
  if (article_id != self->article_id)
    {
      /* A run's first part is not drawn here: its save need not wait. */
      sitrep_suggestion_review_first_drawn (self);
      self->article_id = article_id;
      self->current_id = 0;
      self->current_start = 0;
      _sitrep_suggestion_review_update_waiting (self);
    }
  reload (self, !changed);
}

gint64
sitrep_suggestion_review_get_article (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), 0);

  return self->article_id;
}

GListModel *
sitrep_suggestion_review_get_model (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  return G_LIST_MODEL (self->items);
}

gint64
sitrep_suggestion_review_get_current (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), 0);

  return self->current_id;
}

void
sitrep_suggestion_review_set_current (SitrepSuggestionReview *self,
                                      gint64                  id)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_REVIEW (self));

  set_current (self, id);
}

const SitrepStoredSuggestion *
sitrep_suggestion_review_lookup (SitrepSuggestionReview *self,
                                 gint64                  id)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  return sitrep_suggestion_model_find (self->items, id, NULL);
}

gint64
sitrep_suggestion_review_at (SitrepSuggestionReview *self,
                             guint                   offset)
{
  const SitrepStoredSuggestion *best = NULL;
  guint longest;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), 0);

  /* Those starting at @offset or before it, back as far as the longest reaches. */
  longest = sitrep_suggestion_model_get_max_length (self->items);
  for (guint i = offset < G_MAXUINT ? sitrep_suggestion_model_first_from (self->items, offset + 1) : 0; i-- > 0;)
    {
      const SitrepStoredSuggestion *s = sitrep_suggestion_model_peek (self->items, i);

      if (s->start + longest <= offset)
        break;
      /* Going back: on a tie the one earlier in reading order wins. */
      if (offset < s->end && (best == NULL || s->end - s->start <= best->end - best->start))
        best = s;
    }
  return best != NULL ? best->id : 0;
}

gboolean
sitrep_suggestion_review_move (SitrepSuggestionReview *self,
                               gboolean                forward,
                               guint                   offset)
{
  const SitrepStoredSuggestion *s;
  guint at, next;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  /* From the one under review, else from @offset. */
  if (self->current_id != 0 && sitrep_suggestion_model_find (self->items, self->current_id, &at) != NULL)
    next = forward ? at + 1 : at;
  else
    next = sitrep_suggestion_model_first_from (self->items, offset);
  if (!forward && next-- == 0)
    return FALSE;
  s = sitrep_suggestion_model_peek (self->items, next);
  if (s == NULL)
    return FALSE;
  set_current (self, s->id);
  return TRUE;
}

static SitrepQueuedDecision *queue (SitrepSuggestionReview *self,
                        const gint64           *ids,
                        guint                   n_ids,
                        const char             *what,
                        gint64                  annotator_id,
                        gboolean                accept);

/* What Undo of accepting or rejecting @id says, as the store's step says it. */
static char *
decision_text (SitrepSuggestionReview *self,
               gint64                  id,
               gboolean                accept)
{
  const SitrepStoredSuggestion *s = sitrep_suggestion_model_find (self->items, id, NULL);

  return g_strdup_printf (accept ? _("Accept “%s”") : _("Reject “%s”"), s != NULL ? s->text : "");
}

/* The kind of label a suggestion becomes ("missing" is "captured"). */
static SitrepSuggestKind
label_kind (SitrepSuggestKind kind)
{
  return kind == SITREP_SUGGEST_MISSING ? SITREP_SUGGEST_CAPTURED : kind;
}

/* Suggestion @id was accepted (@accepted) or rejected: it leaves the list
 * here, as the store's reading would leave it out (an accepted one also
 * hides any other of the same span and label), without reading the
 * article's thousands again at each key. */
static void
took_out (SitrepSuggestionReview *self,
          gint64                  id,
          gboolean                accepted,
          GPtrArray              *taken)
{
  const SitrepStoredSuggestion *s = sitrep_suggestion_model_find (self->items, id, NULL);
  gint64 current = self->current_id;
  guint start, end, i;
  SitrepSuggestKind kind;

  if (s == NULL)
    return;
  start = s->start;
  end = s->end;
  kind = label_kind (s->kind);
  if (taken != NULL)
    g_ptr_array_add (taken, sitrep_suggestion_model_dup (self->items, id));
  g_hash_table_add (self->gone, g_memdup2 (&id, sizeof id));
  sitrep_suggestion_model_remove (self->items, id);
  for (i = sitrep_suggestion_model_first_from (self->items, start);
       accepted && (s = sitrep_suggestion_model_peek (self->items, i)) != NULL && s->start == start;)
    {
      if (s->end == end && label_kind (s->kind) == kind)
        {
          if (taken != NULL)
            g_ptr_array_add (taken, sitrep_suggestion_model_dup (self->items, s->id));
          g_hash_table_add (self->gone, g_memdup2 (&s->id, sizeof s->id));
          sitrep_suggestion_model_remove (self->items, s->id);
        }
      else
        i++;
    }
  keep_current (self, current);
}

gint64
sitrep_suggestion_review_accept (SitrepSuggestionReview *self,
                                 gint64                  id,
                                 gint64                  annotator_id,
                                 GError                **error)
{
  const SitrepStoredSuggestion *s;
  gint64 annotation_id;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), 0);

  if (self->store == NULL || (s = sitrep_suggestion_model_find (self->items, id, NULL)) == NULL)
    return 0;
  self->current_start = s->start;
  if (self->saving)
    {
      took_out (self, id, TRUE, queue (self, &id, 1, NULL, annotator_id, TRUE)->taken);
      return -1;
    }
  self->own_edit = TRUE;
  annotation_id = sitrep_store_accept_suggestion (self->store, id, annotator_id, error);
  self->own_edit = FALSE;
  if (annotation_id != 0)
    {
      took_out (self, id, TRUE, NULL);
      _sitrep_suggestion_review_member_decided (self, id);
    }
  return annotation_id;
}

gboolean
sitrep_suggestion_review_reject (SitrepSuggestionReview *self,
                                 gint64                  id,
                                 GError                **error)
{
  const SitrepStoredSuggestion *s;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  if (self->store == NULL || (s = sitrep_suggestion_model_find (self->items, id, NULL)) == NULL)
    return FALSE;
  self->current_start = s->start;
  if (self->saving)
    {
      took_out (self, id, FALSE, queue (self, &id, 1, NULL, 0, FALSE)->taken);
      return TRUE;
    }
  self->own_edit = TRUE;
  ok = sitrep_store_reject_suggestion (self->store, id, error);
  self->own_edit = FALSE;
  if (ok)
    {
      took_out (self, id, FALSE, NULL);
      _sitrep_suggestion_review_member_decided (self, id);
    }
  return ok;
}

int
sitrep_suggestion_review_accept_all (SitrepSuggestionReview *self,
                                     gboolean                only_kind,
                                     SitrepSuggestKind       kind,
                                     gint64                  annotator_id,
                                     GError                **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *what = NULL;
  gboolean ok;
  guint n;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), -1);

  /* Only those in view are listed yet: all of them are not known. */
  if (self->store == NULL || self->partial)
    return 0;
  self->accepted_created = self->accepted_joined = 0;
  n = sitrep_suggestion_model_get_n (self->items);
  for (guint i = 0; i < n; i++)
    {
      const SitrepStoredSuggestion *s = sitrep_suggestion_model_peek (self->items, i);

      if (!only_kind || s->kind == kind)
        g_array_append_val (ids, s->id);
    }
  /* The whole article: its incidents are made events too. */
  if (ids->len == 0 && (only_kind || self->saving || g_list_model_get_n_items (G_LIST_MODEL (self->incidents)) == 0))
    return 0;

  what = only_kind ? g_strdup_printf (_("Accept the “%s” suggestions"), sitrep_suggest_kind_display_name (kind))
                   : g_strdup (_("Accept the suggestions"));
  if (self->saving)
    {
      SitrepQueuedDecision *d = queue (self, (const gint64 *) (gpointer) ids->data, ids->len, what,
                                       annotator_id, TRUE);

      /* Its incidents are saved with the suggestions: made then. */
      d->incidents_of = only_kind ? 0 : self->article_id;

      for (guint i = 0; i < ids->len; i++)
        {
          g_ptr_array_add (d->taken, sitrep_suggestion_model_dup (self->items, g_array_index (ids, gint64, i)));
          sitrep_suggestion_model_remove (self->items, g_array_index (ids, gint64, i));
        }
      keep_current (self, self->current_id);
      return ids->len;
    }
  self->own_edit = TRUE;
  ok = only_kind ? _sitrep_suggestions_accept_ids (self->store, ids, what, annotator_id, error)
                 : sitrep_store_accept_article_suggestions (self->store, self->article_id, (const gint64 *) (gpointer) ids->data,
                                                            ids->len, what, annotator_id, &self->accepted_created,
                                                            &self->accepted_joined, error);
  self->own_edit = FALSE;
  sitrep_suggestion_review_reload (self);
  return ok ? (int) ids->len : -1;
}

/* Decisions while saving */

/* The decision, to be made once saved; what it takes out of the list goes
 * in its @taken (valid until the next decision is queued). */
static SitrepQueuedDecision *
queue (SitrepSuggestionReview *self,
       const gint64           *ids,
       guint                   n_ids,
       const char             *what,
       gint64                  annotator_id,
       gboolean                accept)
{
  SitrepQueuedDecision *d =
    _sitrep_queued_decisions_push (self->queued, ids, n_ids, what,
                                   what != NULL ? g_strdup (what) : decision_text (self, ids[0], accept),
                                   annotator_id, accept);

  /* A new decision: those taken back are not to be redone any more. */
  if (!self->redoing)
    g_array_set_size (self->undone, 0);
  _sitrep_suggestion_review_update_can_take_back (self);
  return d;
}

gboolean
sitrep_suggestion_review_take_back_queued (SitrepSuggestionReview *self)
{
  SitrepQueuedDecision *d;
  gint64 first = 0;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  if (!self->saving || self->queued->len == 0)
    return FALSE;
  d = &g_array_index (self->queued, SitrepQueuedDecision, self->queued->len - 1);
  if (d->ids->len > 0)
    first = g_array_index (d->ids, gint64, 0);
  while (d->taken->len > 0)
    sitrep_suggestion_model_insert (self->items, g_ptr_array_steal_index (d->taken, d->taken->len - 1));
  /* Kept for Redo; the queue's slot left empty for its clear function. */
  g_array_append_val (self->undone, *d);
  memset (d, 0, sizeof *d);
  g_array_set_size (self->queued, self->queued->len - 1);
  _sitrep_suggestion_review_update_can_take_back (self);
  /* Back under review, as after an Undo of a decision the store made. */
  if (first != 0)
    sitrep_suggestion_review_set_current (self, first);
  return TRUE;
}

gboolean
sitrep_suggestion_review_redo_queued (SitrepSuggestionReview *self)
{
  SitrepQueuedDecision d, *q;
  const gint64 *ids;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), FALSE);

  if (!self->saving || self->undone->len == 0)
    return FALSE;
  d = g_array_index (self->undone, SitrepQueuedDecision, self->undone->len - 1);
  memset (&g_array_index (self->undone, SitrepQueuedDecision, self->undone->len - 1), 0, sizeof d);
  g_array_set_size (self->undone, self->undone->len - 1);
  ids = (const gint64 *) (gpointer) d.ids->data;
  /* Queued again as it was taken, its suggestions out of the list again. */
  self->redoing = TRUE;
  q = queue (self, ids, d.ids->len, d.what, d.annotator_id, d.accept);
  self->redoing = FALSE;
  if (d.what == NULL && d.ids->len == 1)
    took_out (self, ids[0], d.accept, q->taken);
  else
    {
      for (guint i = 0; i < d.ids->len; i++)
        if (sitrep_suggestion_model_find (self->items, ids[i], NULL) != NULL)
          {
            g_ptr_array_add (q->taken, sitrep_suggestion_model_dup (self->items, ids[i]));
            sitrep_suggestion_model_remove (self->items, ids[i]);
          }
      keep_current (self, self->current_id);
    }
  g_array_unref (d.ids);
  g_ptr_array_unref (d.taken);
  g_free (d.what);
  g_free (d.undo_text);
  return TRUE;
}

char *
sitrep_suggestion_review_dup_redo_description (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  /* (the flag may lag while the run's end makes its decisions) */
  if (!self->can_redo || self->undone->len == 0)
    return NULL;
  return g_strdup (g_array_index (self->undone, SitrepQueuedDecision, self->undone->len - 1).undo_text);
}

char *
sitrep_suggestion_review_dup_take_back_description (SitrepSuggestionReview *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_REVIEW (self), NULL);

  if (!self->can_take_back || self->queued->len == 0)
    return NULL;
  return g_strdup (g_array_index (self->queued, SitrepQueuedDecision, self->queued->len - 1).undo_text);
}

/* The run ended: the decisions taken on its suggestions meanwhile are made
 * now (see _sitrep_queued_decisions_apply ()). */
guint
_sitrep_suggestion_review_apply_queued (SitrepSuggestionReview *self,
              gboolean                saved,
              GError                **error)
{
  guint n_dropped;

  self->own_edit = TRUE;
  n_dropped = _sitrep_queued_decisions_apply (self->queued, saved ? self->store : NULL, error);
  /* Those taken back become the store's Redo (an undo that fails is told). */
  _sitrep_queued_decisions_keep_undone (self->undone, saved && n_dropped == 0 ? self->store : NULL, error);
  self->own_edit = FALSE;
  return n_dropped;
}
