/* sitrep-store-change.c — change records of the store and the set an edit collects
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include "sitrep-store-private.h"
#include "sitrep-store-change.h"

struct _SitrepStoreChange
{
  gatomicrefcount ref_count;
  SitrepStoreChangeKind kind;
  SitrepStoreChangeOp op;
  GArray *ids;      /* gint64, ascending */
  GArray *owners;   /* gint64, one per id */
};

G_DEFINE_BOXED_TYPE (SitrepStoreChange, sitrep_store_change,
                     sitrep_store_change_ref, sitrep_store_change_unref)

static const char * const kind_names[SITREP_STORE_N_CHANGE_KINDS] = {
  "article", "source", "label", "annotator", "annotation", "entity", "event", "claim", "story", "feed",
};

static SitrepStoreChange *
change_new (SitrepStoreChangeKind kind,
            SitrepStoreChangeOp   op)
{
  SitrepStoreChange *self = g_new0 (SitrepStoreChange, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->op = op;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owners = g_array_new (FALSE, FALSE, sizeof (gint64));
  return self;
}

SitrepStoreChange *
sitrep_store_change_ref (SitrepStoreChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sitrep_store_change_unref (SitrepStoreChange *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->ids);
  g_array_unref (self->owners);
  g_free (self);
}

SitrepStoreChangeKind
sitrep_store_change_get_kind (const SitrepStoreChange *self)
{
  g_return_val_if_fail (self != NULL, SITREP_STORE_CHANGE_ARTICLE);
  return self->kind;
}

guint
sitrep_store_change_get_n_ids (const SitrepStoreChange *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->ids->len;
}

gint64
sitrep_store_change_get_id (const SitrepStoreChange *self,
                            guint                    index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->ids->len, 0);
  return g_array_index (self->ids, gint64, index);
}

/**
 * sitrep_store_change_get_owner:
 *
 * Returns: the article of an annotation, the event of a claim; 0 for the
 * other kinds.
 */
gint64
sitrep_store_change_get_owner (const SitrepStoreChange *self,
                               guint                    index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->owners->len, 0);
  return g_array_index (self->owners, gint64, index);
}

gboolean
sitrep_store_change_has_id (const SitrepStoreChange *self,
                            gint64                   id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  for (guint i = 0; i < self->ids->len; i++)
    {
      if (g_array_index (self->ids, gint64, i) == id)
        return TRUE;
    }
  return FALSE;
}

/* The name used as the signal's detail. */
const char *
sitrep_store_change_kind_to_string (SitrepStoreChangeKind kind)
{
  g_return_val_if_fail (kind < SITREP_STORE_N_CHANGE_KINDS, NULL);
  return kind_names[kind];
}

const char *
sitrep_store_change_op_to_string (SitrepStoreChangeOp op)
{
  switch (op)
    {
    case SITREP_STORE_CHANGE_ADDED:
      return "added";
    case SITREP_STORE_CHANGE_CHANGED:
      return "changed";
    case SITREP_STORE_CHANGE_REMOVED:
      return "removed";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sitrep_store_change_to_string:
 *
 * A compact form for logs and tests: "annotation added 4@2 5@2" (id@owner,
 * owner left out when 0).
 */
char *
sitrep_store_change_to_string (const SitrepStoreChange *self)
{
  GString *s;

  g_return_val_if_fail (self != NULL, NULL);
  s = g_string_new (kind_names[self->kind]);
  g_string_append_printf (s, " %s", sitrep_store_change_op_to_string (self->op));
  for (guint i = 0; i < self->ids->len; i++)
    {
      gint64 owner = g_array_index (self->owners, gint64, i);

      g_string_append_printf (s, " %" G_GINT64_FORMAT, g_array_index (self->ids, gint64, i));
      if (owner != 0)
        g_string_append_printf (s, "@%" G_GINT64_FORMAT, owner);
    }
  return g_string_free (s, FALSE);
}

/* The set: what one write changed, merged per record. A record's state
 * before the write is the first one noted, its state after the last one. */

typedef enum { UNKNOWN, ABSENT, PRESENT } Presence;

typedef struct
{
  SitrepStoreChangeKind kind;
  gint64 id;
  gint64 owner;
  Presence before;
  Presence after;
} Entry;

struct _SitrepChangeSet
{
  GHashTable *entries;   /* "kind:id" → Entry */
};

SitrepChangeSet *
_sitrep_change_set_new (void)
{
  SitrepChangeSet *self = g_new0 (SitrepChangeSet, 1);

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
_sitrep_change_set_free (SitrepChangeSet *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->entries);
  g_free (self);
}

gboolean
_sitrep_change_set_is_empty (SitrepChangeSet *self)
{
  return self == NULL || g_hash_table_size (self->entries) == 0;
}

static void
note (SitrepChangeSet       *self,
      SitrepStoreChangeKind  kind,
      gint64                 id,
      gint64                 owner,
      Presence               before,
      Presence               after)
{
  g_autofree char *key = g_strdup_printf ("%d:%" G_GINT64_FORMAT, kind, id);
  Entry *entry = g_hash_table_lookup (self->entries, key);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->kind = kind;
      entry->id = id;
      g_hash_table_insert (self->entries, g_steal_pointer (&key), entry);
    }
  if (entry->before == UNKNOWN)
    entry->before = before;
  if (after != UNKNOWN)
    entry->after = after;
  if (owner != 0)
    entry->owner = owner;
}

/* Notes that a record was added, changed or removed by this write. */
void
_sitrep_change_set_add (SitrepChangeSet       *self,
                        SitrepStoreChangeKind  kind,
                        SitrepStoreChangeOp    op,
                        gint64                 id,
                        gint64                 owner)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (kind < SITREP_STORE_N_CHANGE_KINDS);

  switch (op)
    {
    case SITREP_STORE_CHANGE_ADDED:
      note (self, kind, id, owner, ABSENT, PRESENT);
      break;
    case SITREP_STORE_CHANGE_REMOVED:
      note (self, kind, id, owner, PRESENT, ABSENT);
      break;
    case SITREP_STORE_CHANGE_CHANGED:
    default:
      note (self, kind, id, owner, UNKNOWN, UNKNOWN);
      break;
    }
}

void
_sitrep_change_set_add_changes (SitrepChangeSet *self,
                                GPtrArray       *records)
{
  g_return_if_fail (self != NULL);

  for (guint r = 0; r < records->len; r++)
    {
      const SitrepStoreChange *change = g_ptr_array_index (records, r);

      for (guint i = 0; i < change->ids->len; i++)
        _sitrep_change_set_add (self, change->kind, change->op, g_array_index (change->ids, gint64, i),
                                g_array_index (change->owners, gint64, i));
    }
}

/* Notes a row of a journaled table before and after the write (either may
 * be NULL: the row did not exist). Rows that belong to a record change it. */
void
_sitrep_change_set_add_row (SitrepChangeSet *self,
                            const char      *table,
                            gint64           id,
                            JsonObject      *before,
                            JsonObject      *after)
{
  static const struct
  {
    const char *table;
    SitrepStoreChangeKind kind;
    const char *owner_column;   /* for records with an owner */
    const char *parent_column;  /* for rows that belong to another record */
  } map[] = {
    { "articles", SITREP_STORE_CHANGE_ARTICLE, NULL, NULL },
    { "sources", SITREP_STORE_CHANGE_SOURCE, NULL, NULL },
    { "labels", SITREP_STORE_CHANGE_LABEL, NULL, NULL },
    { "annotators", SITREP_STORE_CHANGE_ANNOTATOR, NULL, NULL },
    { "annotations", SITREP_STORE_CHANGE_ANNOTATION, "article_id", NULL },
    { "entities", SITREP_STORE_CHANGE_ENTITY, NULL, NULL },
    { "entity_aliases", SITREP_STORE_CHANGE_ENTITY, NULL, "entity_id" },
    { "events", SITREP_STORE_CHANGE_EVENT, NULL, NULL },
    { "event_actors", SITREP_STORE_CHANGE_EVENT, NULL, "event_id" },
    { "event_evidence", SITREP_STORE_CHANGE_EVENT, NULL, "event_id" },
    { "claims", SITREP_STORE_CHANGE_CLAIM, "event_id", NULL },
    { "stories", SITREP_STORE_CHANGE_STORY, NULL, NULL },
    { "story_steps", SITREP_STORE_CHANGE_STORY, NULL, "story_id" },
  };

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      const char *column = map[i].owner_column != NULL ? map[i].owner_column : map[i].parent_column;
      gint64 owner_before = 0, owner_after = 0;

      if (g_strcmp0 (map[i].table, table) != 0)
        continue;

      if (column != NULL)
        {
          if (before != NULL)
            owner_before = json_object_get_int_member_with_default (before, column, 0);
          if (after != NULL)
            owner_after = json_object_get_int_member_with_default (after, column, 0);
        }

      if (map[i].parent_column != NULL)
        {
          /* The parent changed, on both sides of a move. */
          if (owner_before != 0)
            note (self, map[i].kind, owner_before, 0, UNKNOWN, UNKNOWN);
          if (owner_after != 0 && owner_after != owner_before)
            note (self, map[i].kind, owner_after, 0, UNKNOWN, UNKNOWN);
          return;
        }

      note (self, map[i].kind, id, owner_after != 0 ? owner_after : owner_before,
            before != NULL ? PRESENT : ABSENT, after != NULL ? PRESENT : ABSENT);

      /* A claim's event has new figures. */
      if (map[i].kind == SITREP_STORE_CHANGE_CLAIM)
        {
          if (owner_before != 0)
            note (self, SITREP_STORE_CHANGE_EVENT, owner_before, 0, UNKNOWN, UNKNOWN);
          if (owner_after != 0 && owner_after != owner_before)
            note (self, SITREP_STORE_CHANGE_EVENT, owner_after, 0, UNKNOWN, UNKNOWN);
        }
      return;
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = *(const Entry * const *) a;
  const Entry *y = *(const Entry * const *) b;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return x->id < y->id ? -1 : (x->id > y->id ? 1 : 0);
}

/**
 * _sitrep_change_set_to_changes:
 *
 * Returns: (transfer full) (element-type SitrepStoreChange): the records, by
 * kind (in the order of #SitrepStoreChangeKind) then added, changed,
 * removed. A record that did not exist before or after the write is left
 * out.
 */
GPtrArray *
_sitrep_change_set_to_changes (SitrepChangeSet *self)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_store_change_unref);
  SitrepStoreChange *by_op[3] = { NULL, NULL, NULL };
  int current_kind = -1;
  GHashTableIter iter;
  Entry *entry;

  if (self == NULL)
    return changes;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    g_ptr_array_add (entries, entry);
  g_ptr_array_sort (entries, compare_entries);

  for (guint i = 0; i <= entries->len; i++)
    {
      SitrepStoreChangeOp op;
      gboolean before, after;

      entry = i < entries->len ? g_ptr_array_index (entries, i) : NULL;
      if (entry == NULL || (int) entry->kind != current_kind)
        {
          for (guint o = 0; o < G_N_ELEMENTS (by_op); o++)
            {
              if (by_op[o] != NULL)
                g_ptr_array_add (changes, g_steal_pointer (&by_op[o]));
            }
          if (entry == NULL)
            break;
          current_kind = entry->kind;
        }

      before = entry->before != ABSENT;
      after = entry->after != ABSENT;
      if (!before && !after)
        continue;
      op = !before ? SITREP_STORE_CHANGE_ADDED
                   : (!after ? SITREP_STORE_CHANGE_REMOVED : SITREP_STORE_CHANGE_CHANGED);
      if (by_op[op] == NULL)
        by_op[op] = change_new (entry->kind, op);
      g_array_append_val (by_op[op]->ids, entry->id);
      g_array_append_val (by_op[op]->owners, entry->owner);
    }

  return changes;
}
