/* sitrep-suggest-actors-unify.c — one new entity per name: "Kerry" and "KERRY" in one report are one person
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* Whether @text has a letter in lower case: an ASCII byte is one when it
 * is "a" … "z" (as g_unichar_islower () says of it), another character
 * is asked of Unicode. */
static gboolean
has_lower (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80 ? *p >= 'a' && *p <= 'z' : g_unichar_islower (g_utf8_get_char (p)))
        return TRUE;
    }
  return FALSE;
}

/* "KERRY" of a transcript's speaker line in Title Case: "Kerry". */
static char *
title_case (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
      start = !g_unichar_isalpha (c) && c != '\'' && c != 0x2019;
    }
  return g_string_free (out, FALSE);
}

/* The keys' bytes of _sitrep_suggest_unify_new_names (): on the stack
 * while they fit (most texts), else on the heap. */
typedef struct
{
  char  *str;
  gsize  len;
  gsize  size;
  char  *heap;
} UnifiedKeys;

/* Room for @more bytes after the keys' last. */
static inline void
unified_room (UnifiedKeys *keys,
              gsize        more)
{
  if (keys->len + more <= keys->size)
    return;
  keys->size = MAX (2 * keys->size, keys->len + more);
  if (keys->heap == NULL)
    {
      keys->heap = g_malloc (keys->size);
      memcpy (keys->heap, keys->str, keys->len);
    }
  else
    keys->heap = g_realloc (keys->heap, keys->size);
  keys->str = keys->heap;
}

/* "KIND folded-text": the text case folded as g_utf8_casefold() does,
 * which for ASCII is its lower case (most names: no table walk), appended
 * to @keys; returns its FNV-1a hash. */
static guint32
unified_key (const SitrepSuggestion *s,
             UnifiedKeys            *keys)
{
  gsize from = keys->len, len = strlen (s->text);
  guint32 hash = FNV_OFFSET;
  char *p;

  /* "%d " by hand: a kind is a small number, and this runs per name. */
  unified_room (keys, len + 3);
  p = keys->str + from;
  if (s->kind >= 10)
    *p++ = '0' + (s->kind / 10) % 10;
  *p++ = '0' + s->kind % 10;
  *p++ = ' ';
  for (char *k = keys->str + from; k < p; k++)
    hash = (hash ^ (guchar) *k) * FNV_PRIME;
  for (gsize k = 0; k < len; k++)
    {
      guchar c = (guchar) s->text[k];

      if (G_UNLIKELY (c >= 0x80))
        {
          g_autofree char *folded = g_utf8_casefold (s->text, -1);
          g_autofree char *key = g_strdup_printf ("%d %s", s->kind, folded);
          gsize key_len = strlen (key);

          keys->len = from;
          unified_room (keys, key_len);
          memcpy (keys->str + from, key, key_len);
          keys->len = from + key_len;
          hash = FNV_OFFSET;
          for (gsize m = 0; m < key_len; m++)
            hash = (hash ^ (guchar) key[m]) * FNV_PRIME;
          return hash;
        }
      c = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      p[k] = c;
      hash = (hash ^ c) * FNV_PRIME;
    }
  keys->len = (gsize) (p + len - keys->str);
  return hash;
}

/* A key of _sitrep_suggest_unify_new_names ()'s table: its bytes in the
 * keys (at @at, @len of them), and the name kept for it; an empty slot
 * has none. */
typedef struct
{
  guint32     hash;
  guint32     len;
  gsize       at;
  const char *name;
} UnifiedName;

/* The slot of the key appended last to @keys (from @at on, hashed
 * @hash): its own, or the empty one where it would go. */
static UnifiedName *
unified_slot (UnifiedName       *table,
              guint              mask,
              const UnifiedKeys *keys,
              gsize              at,
              guint32            hash)
{
  gsize len = keys->len - at;

  for (guint k = (hash * 0x9E3779B1u) >> 8 & mask;; k = (k + 1) & mask)
    {
      UnifiedName *slot = &table[k];

      if (slot->name == NULL ||
          (slot->hash == hash && slot->len == len && memcmp (keys->str + slot->at, keys->str + at, len) == 0))
        return slot;
    }
}

/* What _sitrep_suggest_unify_new_names () knows of a suggestion. */
enum
{
  UNIFY_NEW  = 1 << 0,  /* a new person's or actor's, named as written */
  UNIFY_LOWER = 1 << 1, /* its name has a letter in lower case */
  UNIFY_KEPT = 1 << 2,  /* the first pass kept its name for its key */
};

/* One new entity per name: "Kerry" and "KERRY" in one report are one
 * person, named as the text writes it in lower case somewhere, else in
 * Title Case (a person's name in capitals is a heading's or a speaker's,
 * not an acronym). An actor's name in capitals ("ISIS") is kept. The
 * names by their keys: a table of their hashes, sized for the text's new
 * names, the keys' bytes in one string. */
void
_sitrep_suggest_unify_new_names (SuggestRun *run)
{
  guint n_new = 0, size = 8;
  guint8 what_room[256];
  UnifiedName table_room[64];
  char keys_room[2048];
  guint8 *what;
  UnifiedName *table;
  UnifiedKeys keys = { keys_room, 0, sizeof keys_room, NULL };

  if (run->out->len == 0)
    return;
  /* What the two passes ask of each suggestion, asked once: the second
   * changes a suggestion only after asking it. */
  what = run->out->len <= sizeof what_room ? what_room : g_malloc (run->out->len);
  memset (what, 0, run->out->len);
  for (guint k = 0; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];

      if ((s->kind != SITREP_SUGGEST_PERSON && s->kind != SITREP_SUGGEST_ACTOR) || s->entity_id != 0 ||
          s->entity_name == NULL || s->text == NULL || strcmp (s->entity_name, s->text) != 0)
        continue;
      what[k] = UNIFY_NEW | (has_lower (s->entity_name) ? UNIFY_LOWER : 0);
      n_new++;
    }
  while (size < 2 * n_new)
    size *= 2;
  table = size <= G_N_ELEMENTS (table_room) ? table_room : g_new (UnifiedName, size);
  memset (table, 0, size * sizeof *table);
  for (guint pass = 0; pass < 2 && n_new > 0; pass++)
    {
      for (guint k = 0; k < run->out->len; k++)
        {
          SitrepSuggestion *s = run->out->pdata[k];
          gsize at = keys.len;
          guint32 hash;
          UnifiedName *slot;

          if (!(what[k] & UNIFY_NEW))
            continue;
          /* The second pass would find a kept name's own name for its key
           * and change nothing: it makes no key for it (≈ 1,200 keys and
           * look-ups a MB). */
          if (pass == 0 ? !(what[k] & UNIFY_LOWER) : (what[k] & UNIFY_KEPT) != 0)
            continue;
          hash = unified_key (s, &keys);
          slot = unified_slot (table, size - 1, &keys, at, hash);
          if (pass == 0)
            {
              if (slot->name == NULL)
                {
                  *slot = (UnifiedName) { hash, keys.len - at, at, s->entity_name };
                  what[k] |= UNIFY_KEPT;
                }
              else
                keys.len = at;
              continue;
            }
          if (slot->name != NULL)
            {
              if (slot->name != s->entity_name)
                s->entity_name = _sitrep_suggest_strdup (run, slot->name);
              keys.len = at;
            }
          else if (s->kind == SITREP_SUGGEST_PERSON && !(what[k] & UNIFY_LOWER))
            {
              s->entity_name = _sitrep_suggest_str_take (run, title_case (s->entity_name));
              *slot = (UnifiedName) { hash, keys.len - at, at, s->entity_name };
            }
          else
            keys.len = at;
        }
    }
  if (what != what_room)
    g_free (what);
  if (table != table_room)
    g_free (table);
  g_free (keys.heap);
}
