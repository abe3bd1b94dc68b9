/* sitrep-suggestion-model.c — an article's pending suggestions as a list model, items made on demand
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 1 MB report has some 18,000 suggestions. Wrapping each in a GObject and
 * splicing them all into a GListStore at every Suggest, accept and reject
 * took the main thread 100–600 ms, and every question the review asked
 * ("which one is this id", "which comes next") walked the store item by
 * item. Here the suggestions stay in the array the store read, an item is
 * made for a position only when asked for (the panel's list asks for the
 * 50 rows it shows), positions are found by binary search in reading
 * order, and a new reading of the store is told to the views as the one
 * range that differs. */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggestion-model.h"

struct _SitrepSuggestionModel
{
  GObject     parent_instance;

  GPtrArray  *list;     /* SitrepStoredSuggestion, owned, in reading order */
  GPtrArray  *items;    /* SitrepSuggestionItem or NULL, owned, parallel to @list */
  GHashTable *by_id;    /* gint64 id → SitrepStoredSuggestion (in @list) */
  guint       max_length;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SitrepSuggestionModel, sitrep_suggestion_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static SitrepStoredSuggestion *
copy_suggestion (const SitrepStoredSuggestion *s)
{
  SitrepStoredSuggestion *copy = g_memdup2 (s, sizeof *s);

  copy->text = g_strdup (s->text);
  copy->attributes = g_strdup (s->attributes);
  copy->entity_name = g_strdup (s->entity_name);
  copy->admin1 = g_strdup (s->admin1);
  copy->country = g_strdup (s->country);
  return copy;
}

/* The store's order: start, then the longer first, then id. */
static int
compare (const SitrepStoredSuggestion *a,
         const SitrepStoredSuggestion *b)
{
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  if (a->id != b->id)
    return a->id < b->id ? -1 : 1;
  return 0;
}

static gboolean
same_double (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

/* The same row with the same details: a re-Suggest keeps a span's id
 * (same start, end and kind) though what it says of it may change (the
 * place it resolves to, the entity it links, its incident). */
static gboolean
same_suggestion (const SitrepStoredSuggestion *a,
                 const SitrepStoredSuggestion *b)
{
  return a->id == b->id && a->start == b->start && a->end == b->end && a->kind == b->kind &&
         a->article_id == b->article_id && a->entity_id == b->entity_id && a->doubtful == b->doubtful &&
         a->incident == b->incident && a->status == b->status && same_double (a->score, b->score) &&
         same_double (a->latitude, b->latitude) && same_double (a->longitude, b->longitude) &&
         g_strcmp0 (a->text, b->text) == 0 && g_strcmp0 (a->attributes, b->attributes) == 0 &&
         g_strcmp0 (a->entity_name, b->entity_name) == 0 && g_strcmp0 (a->admin1, b->admin1) == 0 &&
         g_strcmp0 (a->country, b->country) == 0;
}

/* GListModel */

static GType
get_item_type (GListModel *model)
{
  return SITREP_TYPE_SUGGESTION_ITEM;
}

static guint
get_n_items (GListModel *model)
{
  return SITREP_SUGGESTION_MODEL (model)->list->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SitrepSuggestionModel *self = SITREP_SUGGESTION_MODEL (model);

  if (position >= self->list->len)
    return NULL;
  /* The item has a copy of its own: a view may hold it after the model
   * has let the suggestion go. */
  if (self->items->pdata[position] == NULL)
    self->items->pdata[position] = sitrep_suggestion_item_new (copy_suggestion (self->list->pdata[position]));
  return g_object_ref (self->items->pdata[position]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* GObject */

static void
sitrep_suggestion_model_finalize (GObject *object)
{
  SitrepSuggestionModel *self = SITREP_SUGGESTION_MODEL (object);

  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->list);

  G_OBJECT_CLASS (sitrep_suggestion_model_parent_class)->finalize (object);
}

static void
sitrep_suggestion_model_class_init (SitrepSuggestionModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sitrep_suggestion_model_finalize;
}

static void
clear_item (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
sitrep_suggestion_model_init (SitrepSuggestionModel *self)
{
  self->list = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_stored_suggestion_free);
  self->items = g_ptr_array_new_with_free_func (clear_item);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
}

/* Public API */

SitrepSuggestionModel *
sitrep_suggestion_model_new (void)
{
  return g_object_new (SITREP_TYPE_SUGGESTION_MODEL, NULL);
}

static void
update_max_length (SitrepSuggestionModel *self)
{
  self->max_length = 0;
  for (guint i = 0; i < self->list->len; i++)
    {
      const SitrepStoredSuggestion *s = self->list->pdata[i];

      if (s->end > s->start)
        self->max_length = MAX (self->max_length, s->end - s->start);
    }
}

/* Puts @rows (taken, in reading order) in place of the @n_old rows at
 * @pos; tells the views of the range that differs. TRUE if one did. */
static gboolean
splice (SitrepSuggestionModel *self,
        guint                  pos,
        guint                  n_old,
        GPtrArray             *rows)
{
  guint new_n = rows != NULL ? rows->len : 0, prefix = 0, suffix = 0, removed, added, tail;

  /* A row under the same id whose details changed is one that differs:
   * the views are told and its item made again. */
  while (prefix < n_old && prefix < new_n && same_suggestion (self->list->pdata[pos + prefix], rows->pdata[prefix]))
    prefix++;
  while (suffix < n_old - prefix && suffix < new_n - prefix &&
         same_suggestion (self->list->pdata[pos + n_old - 1 - suffix], rows->pdata[new_n - 1 - suffix]))
    suffix++;
  removed = n_old - prefix - suffix;
  added = new_n - prefix - suffix;
  pos += prefix;
  /* What follows the rows changed, in the model. */
  tail = self->list->len - pos - removed;

  if (removed > 0)
    {
      for (guint i = pos; i < pos + removed; i++)
        g_hash_table_remove (self->by_id, &((SitrepStoredSuggestion *) self->list->pdata[i])->id);
      g_ptr_array_remove_range (self->items, pos, removed);
      g_ptr_array_remove_range (self->list, pos, removed);
    }
  if (added > 0)
    {
      /* The new middle part, taken from @rows: moved along, not copied. */
      g_ptr_array_set_size (self->items, self->items->len + added);
      g_ptr_array_set_size (self->list, self->list->len + added);
      memmove (self->items->pdata + pos + added, self->items->pdata + pos, tail * sizeof (gpointer));
      memmove (self->list->pdata + pos + added, self->list->pdata + pos, tail * sizeof (gpointer));
      for (guint i = 0; i < added; i++)
        {
          SitrepStoredSuggestion *s = g_steal_pointer (&rows->pdata[prefix + i]);

          self->list->pdata[pos + i] = s;
          self->items->pdata[pos + i] = NULL;
          g_hash_table_insert (self->by_id, &s->id, s);
        }
    }
  if (rows != NULL)
    g_ptr_array_unref (rows);
  update_max_length (self);
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), pos, removed, added);
  return removed > 0 || added > 0;
}

void
sitrep_suggestion_model_replace (SitrepSuggestionModel *self,
                                 GPtrArray             *list)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_MODEL (self));

  splice (self, 0, self->list->len, list);
}

/* Those over [@start, @end) in place of the rows there; the others kept
 * (copies of those among the rows replaced that end before @start). */
gboolean
sitrep_suggestion_model_replace_over (SitrepSuggestionModel *self,
                                      guint                  start,
                                      guint                  end,
                                      GPtrArray             *part)
{
  GPtrArray *rows;
  guint lo, hi, j = 0, from;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), FALSE);
  g_return_val_if_fail (part != NULL, FALSE);

  /* Every row held over the range starts after @start less the longest;
   * every row of @part after its first. Those before both stay. */
  from = start > self->max_length ? start - self->max_length : 0;
  if (part->len > 0)
    from = MIN (from, ((const SitrepStoredSuggestion *) part->pdata[0])->start);
  lo = sitrep_suggestion_model_first_from (self, from);
  hi = MAX (lo, sitrep_suggestion_model_first_from (self, end));
  rows = g_ptr_array_new_full (hi - lo + part->len, (GDestroyNotify) sitrep_stored_suggestion_free);
  for (guint i = lo; i < hi; i++)
    {
      const SitrepStoredSuggestion *s = self->list->pdata[i];

      if (s->start < end && s->end > start)
        continue;
      while (j < part->len && compare (part->pdata[j], s) < 0)
        g_ptr_array_add (rows, g_steal_pointer (&part->pdata[j++]));
      g_ptr_array_add (rows, copy_suggestion (s));
    }
  while (j < part->len)
    g_ptr_array_add (rows, g_steal_pointer (&part->pdata[j++]));
  g_ptr_array_unref (part);
  return splice (self, lo, hi - lo, rows);
}

gboolean
sitrep_suggestion_model_remove (SitrepSuggestionModel *self,
                                gint64                 id)
{
  guint position;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), FALSE);

  if (sitrep_suggestion_model_find (self, id, &position) == NULL)
    return FALSE;
  g_hash_table_remove (self->by_id, &id);
  g_ptr_array_remove_index (self->items, position);
  g_ptr_array_remove_index (self->list, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  return TRUE;
}

/* Puts @suggestion (taken) back in reading order: Undo of a decision
 * taken while the list was being saved. FALSE (and freed) when one with
 * its id is there. */
gboolean
sitrep_suggestion_model_insert (SitrepSuggestionModel  *self,
                                SitrepStoredSuggestion *suggestion)
{
  guint lo = 0, hi;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), FALSE);
  g_return_val_if_fail (suggestion != NULL, FALSE);

  if (g_hash_table_contains (self->by_id, &suggestion->id))
    {
      sitrep_stored_suggestion_free (suggestion);
      return FALSE;
    }
  hi = self->list->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare (self->list->pdata[mid], suggestion) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_ptr_array_insert (self->list, (int) lo, suggestion);
  g_ptr_array_insert (self->items, (int) lo, NULL);
  g_hash_table_insert (self->by_id, &suggestion->id, suggestion);
  self->max_length = MAX (self->max_length, suggestion->end - suggestion->start);
  g_list_model_items_changed (G_LIST_MODEL (self), lo, 0, 1);
  return TRUE;
}

/* A copy of the suggestion with @id, or NULL. */
SitrepStoredSuggestion *
sitrep_suggestion_model_dup (SitrepSuggestionModel *self,
                             gint64                 id)
{
  const SitrepStoredSuggestion *s;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), NULL);

  s = g_hash_table_lookup (self->by_id, &id);
  return s != NULL ? copy_suggestion (s) : NULL;
}

guint
sitrep_suggestion_model_get_n (SitrepSuggestionModel *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), 0);

  return self->list->len;
}

const SitrepStoredSuggestion *
sitrep_suggestion_model_peek (SitrepSuggestionModel *self,
                              guint                  position)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), NULL);

  return position < self->list->len ? self->list->pdata[position] : NULL;
}

const SitrepStoredSuggestion *
sitrep_suggestion_model_find (SitrepSuggestionModel *self,
                              gint64                 id,
                              guint                 *position)
{
  const SitrepStoredSuggestion *s;
  guint lo = 0, hi;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), NULL);

  s = g_hash_table_lookup (self->by_id, &id);
  if (s == NULL || position == NULL)
    return s;
  hi = self->list->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = compare (self->list->pdata[mid], s);

      if (c == 0)
        {
          *position = mid;
          return s;
        }
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* Out of order (never from the store): the long way. */
  for (guint i = 0; i < self->list->len; i++)
    if (self->list->pdata[i] == s)
      {
        *position = i;
        return s;
      }
  g_return_val_if_reached (NULL);
}

guint
sitrep_suggestion_model_first_from (SitrepSuggestionModel *self,
                                    guint                  offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), 0);

  hi = self->list->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((const SitrepStoredSuggestion *) self->list->pdata[mid])->start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

guint
sitrep_suggestion_model_get_max_length (SitrepSuggestionModel *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_MODEL (self), 0);

  return self->max_length;
}

void
sitrep_suggestion_model_count_kinds (SitrepSuggestionModel *self,
                                     guint                  counts[SITREP_SUGGEST_N_KINDS])
{
  g_return_if_fail (SITREP_IS_SUGGESTION_MODEL (self));

  memset (counts, 0, SITREP_SUGGEST_N_KINDS * sizeof (guint));
  for (guint i = 0; i < self->list->len; i++)
    {
      const SitrepStoredSuggestion *s = self->list->pdata[i];

      if ((guint) s->kind < SITREP_SUGGEST_N_KINDS)
        counts[s->kind]++;
    }
}
