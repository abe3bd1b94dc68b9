/* sitrep-suggest-places-phrases.c — place phrases the gazetteer lacks ("the town of X", "X village",
 * "near Y"), proposed unplaced, ready for a pin
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"

/* ---------------------------------------------------------------- phrases */

static const char * const place_kinds[] = {
  "town", "city", "village", "villages", "district", "area", "region", "neighbourhood",
  "neighborhood", "suburb", "province", "governorate", "countryside", "outskirts", NULL
};

/* Features whose noun belongs to the name: "the Omar oil field", "Tabqa airbase". */
static const char * const feature_nouns[] = {
  "field", "airport", "airbase", "dam", "camp", "river", "desert", "mountains", "mountain",
  "bridge", "highway", "crossing", "base", "prison", "hospital", "refinery", "valley", "plain",
  "plains", NULL
};

/* Kinds of settlement a name with its article may carry capitalised
 * ("al-Lazaka Village"; "al-Qaeda Province" is no place). */
static const char * const settlement_kinds[] = {
  "village", "town", "neighbourhood", "neighborhood", "suburb", NULL
};

static const char * const direction_cues[] = {
  "near", "outside", "around", NULL
};

static const char * const not_places[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "the", "a", "an", "this", "that", "its", "their", NULL
};

static gboolean
cap_run (SuggestRun *run,
         guint       i,
         guint      *last);

/* Capitalised words from @i on (with articles and hyphens); the last in
 * @last. A pure function of the tokens, asked by several passes of the
 * same capitalised words: answered once per token. */
gboolean
_sitrep_suggest_cap_run (SuggestRun *run,
                         guint       i,
                         guint      *last)
{
  guint found;

  if (run->cap_runs == NULL || i >= run->n_tokens)
    return cap_run (run, i, last);
  if (run->cap_runs[i] == 0)
    run->cap_runs[i] = cap_run (run, i, &found) ? 2 + (found - i) : 1;
  if (run->cap_runs[i] == 1)
    return FALSE;
  *last = i + (run->cap_runs[i] - 2);
  return TRUE;
}

static gboolean
cap_run (SuggestRun *run,
         guint       i,
         guint      *last)
{
  guint n = run->tokens->len;
  gboolean any = FALSE;

  for (guint j = i; j < n && j < i + 5; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && t->sentence != tok (run, i)->sentence)
        break;
      /* "al-Zubaidah": a hyphen after the article too. */
      if ((t->flags & TOK_HYPHEN) && t->space_before == 0 && (any || (j > i && _sitrep_suggest_is_article (run, j - 1))))
        continue;
      if (!(t->flags & TOK_WORD) || (j > i && t->space_before > 1))
        break;
      if (t->flags & TOK_CAP)
        {
          if (!any && _sitrep_suggest_tok_in (run, j, not_places))
            return FALSE;
          *last = j;
          any = TRUE;
        }
      /* "Soldiers at Camp Speicher": the preposition ends the name;
       * "Salah ad Din" goes on. */
      else if (!_sitrep_suggest_is_name_article (run, j) && !(any && _sitrep_suggest_inner_article (run, i, j)))
        break;
    }
  return any;
}

void
_sitrep_suggest_add_unplaced (SuggestRun *run,
                              GHashTable *resolved,
                              guint       first,
                              guint       last)
{
  g_autofree char *key = _sitrep_suggest_span_key (run, first, last);
  SitrepSuggestion *s, *known;

  if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
    return;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, first, last);
  s->score = 0.4;
  known = g_hash_table_lookup (resolved, key);
  /* "the Damascus-Beirut highway" lies by the place it starts with. */
  for (guint k = 0; known == NULL && k + 1 < run->out->len; k++)
    {
      SitrepSuggestion *other = run->out->pdata[k];

      if (other->kind == SITREP_SUGGEST_PLACE && other->byte_start == s->byte_start && !isnan (other->latitude))
        known = other;
    }
  if (known != NULL && !isnan (known->latitude))
    {
      s->latitude = known->latitude;
      s->longitude = known->longitude;
      s->geonameid = known->geonameid;
      s->doubtful = known->doubtful;
      s->country = _sitrep_suggest_strdup (run, known->country);
    }
  s->entity_name = _sitrep_suggest_strdup (run, s->text);
}

/* "the town of X", "X village", "the X oil field", "near Y": a place even
 * when the gazetteer lacks it, proposed unplaced, ready for a pin. */
void
_sitrep_suggest_place_phrases (SuggestRun *run,
                               GHashTable *resolved)
{
  guint n = run->tokens->len;
  guint64 kind_bit = _sitrep_suggest_list_bit (run, place_kinds);
  guint64 cue_bit = _sitrep_suggest_list_bit (run, direction_cues);
  /* Every phrase starts at a place kind, a direction cue or a capitalised
   * word: any other token is passed over with one AND. */
  gboolean filter = kind_bit != 0 && cue_bit != 0;

  for (guint i = 0; i + 1 < n; i++)
    {
      guint last = i;

      /* The other tokens, passed over in a loop of their own. */
      while (filter && i + 1 < n && !(tok (run, i)->flags & TOK_CAP) && !(run->lists[i] & (kind_bit | cue_bit)))
        i++;
      if (i + 1 >= n)
        break;
      last = i;
      /* "the town of X" */
      if (_sitrep_suggest_tok_in (run, i, place_kinds) && _sitrep_suggest_tok_is (run, i + 1, "of") &&
          i + 2 < n && _sitrep_suggest_cap_run (run, i + 2, &last))
        {
          _sitrep_suggest_add_unplaced (run, resolved, i + 2, last);
          i = last;
          continue;
        }
      /* "near Y" */
      if (_sitrep_suggest_tok_in (run, i, direction_cues) && !(tok (run, i)->flags & TOK_CAP) &&
          _sitrep_suggest_cap_run (run, i + 1, &last))
        {
          _sitrep_suggest_add_unplaced (run, resolved, i + 1, last);
          i = last;
          continue;
        }
      /* "X village", "the X oil field" */
      if ((tok (run, i)->flags & TOK_CAP) && _sitrep_suggest_cap_run (run, i, &last) && last + 1 < n &&
          !(i > 0 && (tok (run, i - 1)->flags & TOK_CAP) && (tok (run, i - 1)->flags & TOK_WORD)))
        {
          guint noun = last + 1;
          /* "al-Lazaka Village": a name with its article may carry a
           * capitalised noun ("Village People" may not). */
          gboolean article = i >= 2 && (tok (run, i - 1)->flags & TOK_HYPHEN) && tok (run, i - 1)->space_before == 0 &&
                             _sitrep_suggest_is_article (run, i - 2);

          if (article && last > i && _sitrep_suggest_tok_among (run, last, settlement_kinds))
            noun = last--;
          /* Not "the 5th Fleet area": a common word alone names no place,
           * nor a unit's name after its number. */

          if (_sitrep_suggest_tok_in (run, noun, place_kinds) &&
              (!(tok (run, noun)->flags & TOK_CAP) || (article && _sitrep_suggest_tok_among (run, noun, settlement_kinds))) &&
              !(last == i && _sitrep_suggest_is_lower_common (run, i)) &&
              !(i > 0 && g_ascii_isdigit (run->text[tok (run, i - 1)->start])) &&
              !(i > 1 && tok (run, i - 1)->space_before == 0 && g_ascii_isdigit (run->text[tok (run, i - 2)->start])))
            {
              _sitrep_suggest_add_unplaced (run, resolved, article && (tok (run, noun)->flags & TOK_CAP) ? i - 2 : i, last);
              i = noun;
              continue;
            }
          if ((_sitrep_suggest_tok_is (run, noun, "oil") || _sitrep_suggest_tok_is (run, noun, "gas")) &&
              _sitrep_suggest_tok_is (run, noun + 1, "field"))
            noun++;
          if (_sitrep_suggest_tok_in (run, noun, feature_nouns))
            {
              _sitrep_suggest_add_unplaced (run, resolved, i, noun);
              i = noun;
              continue;
            }
        }
    }
}
