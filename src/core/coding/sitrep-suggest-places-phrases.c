/* sitrep-suggest-places-phrases.c — place phrases the gazetteer lacks ("the town of X", "X village",
 * "near Y"), proposed unplaced, ready for a pin
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

/* ---------------------------------------------------------------- phrases */

static const char * const place_kinds[] = {
  "town", "city", "village", "villages", "district", "subdistrict", "area", "region", "neighbourhood",
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
  "saturday", "sunday", "the", "a", "an", "this", "that", "its", "their",
  /* "Several areas in Idlib", "Many villages": how many, not which. */
  "several", "many", "some", "both", "all", "other", "few", "various", "numerous", "these", "those",
  "most", "nearby", "surrounding",
  /* "In Anbar province, …", "Near Samarra": a sentence's first preposition
   * or conjunction, capitalised, starts no name. */
  "in", "near", "on", "from", "during", "after", "before", "since", "outside", "inside", "across",
  "throughout", "between", "amid", "meanwhile", "but", "and", "also", "while", "when", "elsewhere", NULL
};

/* The score of a name after "the town of": below a name the project
 * knows (0.8), above a person read from the same words. */
#define KIND_OF_SCORE 0.75

/* Words that say which people live in a place, not its name: "the Shiite
 * neighbourhood of X", "the Kurdish town of X", "the Christian village of X". */
static const char * const kind_adjectives[] = {
  "shiite", "shia", "sunni", "kurdish", "christian", "yazidi", "turkmen", "arab", "assyrian", "druze",
  "alawite", "armenian", "chaldean", "shabak", NULL
};

static gboolean
cap_run (SuggestRun *run,
         guint       i,
         guint      *last);

/* The token after "of" where the name starts: past an opening quote ("the
 * city of “Al-Nayrab”"). */
static guint
name_after_of (SuggestRun *run,
               guint       of)
{
  guint j = of + 1;
  const char *open;

  if (j + 1 >= run->tokens->len || !(tok (run, j)->flags & TOK_PUNCT))
    return j;
  open = run->text + tok (run, j)->start;
  if ((_sitrep_suggest_has_prefix (open, "\xe2\x80\x9c") || *open == '"') && tok (run, j + 1)->space_before == 0)
    return j + 1;
  return j;
}

/* The last token of a kind of place at @i: @i itself, or the "district" of
 * "sub-district" (Iraq's nahiya, written with a hyphen: "Taza sub-district"),
 * or 0 when @i is none. */
static inline guint
kind_end (SuggestRun *run,
          guint       i)
{
  if (_sitrep_suggest_tok_in (run, i, place_kinds))
    return i;
  /* The glued hyphen first: most words have none after them. */
  if (i + 2 < run->tokens->len && (tok (run, i + 1)->flags & TOK_HYPHEN) && tok (run, i + 1)->space_before == 0 &&
      tok (run, i + 2)->space_before == 0 && _sitrep_suggest_tok_is (run, i, "sub") &&
      _sitrep_suggest_tok_is (run, i + 2, "district"))
    return i + 2;
  return 0;
}

/* Capitalised words from @i on (with articles and hyphens); the last in
 * @last. A pure function of the tokens, asked by several passes of the
 * same capitalised words: answered once per token. */
gboolean
_sitrep_suggest_cap_run_slow (SuggestRun *run,
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
      /* An inner article is a word of two letters after one space (told
       * here, inline: most words after a name are none). */
      else if (!_sitrep_suggest_is_name_article (run, j) &&
               !(any && t->end - t->start == 2 && t->space_before == 1 && _sitrep_suggest_inner_article (run, i, j)))
        break;
    }
  return any;
}

/* Whether a capitalised word or an article after a space follows byte
 * @end, before @limit. */
static gboolean
name_goes_on (SuggestRun *run,
              guint       end,
              guint       limit)
{
  guint next;

  if (end >= limit)
    return FALSE;
  next = _sitrep_suggest_token_from (run, end);
  return next < run->tokens->len && tok (run, next)->start < limit && tok (run, next)->space_before > 0 &&
         ((tok (run, next)->flags & TOK_CAP) || _sitrep_suggest_is_article (run, next));
}

void
_sitrep_suggest_add_unplaced (SuggestRun *run,
                              GHashTable *resolved,
                              guint       first,
                              guint       last)
{
  const char *key = _sitrep_suggest_span_key_kept (run, first, last);
  SitrepSuggestion *s, *known;
  gsize name_start;

  if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
    return;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, first, last);
  s->score = 0.4;
  known = g_hash_table_lookup (resolved, key);
  /* "al-Hol camp" lies by "Hol", the name after its article. */
  name_start = first + 2 <= last && _sitrep_suggest_is_article (run, first) && (tok (run, first + 1)->flags & TOK_HYPHEN) ?
               tok (run, first + 2)->start : s->byte_start;
  /* "the Damascus-Beirut highway" lies by the place it starts with. */
  for (guint k = 0; known == NULL && k + 1 < run->out->len; k++)
    {
      SitrepSuggestion *other = run->out->pdata[k];

      if (other->kind == SITREP_SUGGEST_PLACE && (other->byte_start == s->byte_start || other->byte_start == name_start) &&
          !isnan (other->latitude))
        known = other;
    }
  if (known != NULL && !isnan (known->latitude))
    {
      s->latitude = known->latitude;
      s->longitude = known->longitude;
      s->geonameid = known->geonameid;
      /* A name that goes on past the place it starts with, by another
       * capitalised word, is another place by it ("Maliha al-Sharqiyah
       * town" is not Maliha): a guess. "Deir ez-Zor airport", "the
       * Damascus-Beirut highway" lie by theirs. */
      s->doubtful = known->doubtful || name_goes_on (run, known->byte_end, s->byte_end);
      s->country = _sitrep_suggest_strdup (run, known->country);
    }
  s->entity_name = _sitrep_suggest_strdup (run, s->text);
}

/* Whether a quote mark opens or closes at token @j. */
static gboolean
is_quote (SuggestRun *run,
          guint       j,
          gboolean    opening)
{
  const char *q = run->text + tok (run, j)->start;

  return (tok (run, j)->flags & TOK_PUNCT) &&
         (*q == '"' || _sitrep_suggest_has_prefix (q, opening ? "\xe2\x80\x9c" : "\xe2\x80\x9d"));
}

/* "“Kourt weran” village", "“al-Shekh Naser” village", "“Abu Al-Duhur”
 * airport": a name in quotes, at token @i (its first capitalised word),
 * before a kind of place or a feature; its first token (its article's) in
 * *@first, its last in *@last, the kind's in *@kind. */
static gboolean
quoted_before_kind (SuggestRun *run,
                    guint       i,
                    guint      *first,
                    guint      *last,
                    guint      *kind)
{
  guint n = run->tokens->len, f = i, j;

  if (f >= 2 && (tok (run, f - 1)->flags & TOK_HYPHEN) && tok (run, f)->space_before == 0 &&
      _sitrep_suggest_is_article (run, f - 2))
    f -= 2;
  if (f == 0 || tok (run, f)->space_before != 0 || !is_quote (run, f - 1, TRUE))
    return FALSE;
  for (j = i + 1; j < n && j < i + 5 && tok (run, j)->sentence == tok (run, i)->sentence; j++)
    {
      if (is_quote (run, j, FALSE))
        break;
      if (!(tok (run, j)->flags & TOK_WORD) && !(tok (run, j)->flags & TOK_HYPHEN))
        return FALSE;
    }
  if (j + 1 >= n || j >= i + 5 || !is_quote (run, j, FALSE) || tok (run, j)->space_before != 0 ||
      (kind_end (run, j + 1) == 0 && !_sitrep_suggest_tok_among (run, j + 1, feature_nouns)))
    return FALSE;
  *first = f;
  *last = j - 1;
  *kind = kind_end (run, j + 1) != 0 ? kind_end (run, j + 1) : j + 1;
  return TRUE;
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
  /* The next capitalised word (run->caps from @c) and listed word. */
  guint c = 0, listed = filter ? _sitrep_suggest_next_listed (run, 0, n, kind_bit | cue_bit, 0) : 0;

  for (guint i = 0; i + 1 < n; i++)
    {
      guint last = i, first, kind;

      /* The other tokens passed over: from one of those to the next. */
      if (filter)
        {
          while (c < run->n_caps && run->caps[c] < i)
            c++;
          if (listed < i)
            listed = _sitrep_suggest_next_listed (run, i, n, kind_bit | cue_bit, 0);
          i = MIN (c < run->n_caps ? run->caps[c] : n, listed);
        }
      if (i + 1 >= n)
        break;
      last = i;
      /* "“Kourt weran” village" */
      if (i > 0 && tok (run, i)->space_before == 0 && (tok (run, i - 1)->flags & (TOK_PUNCT | TOK_HYPHEN)) &&
          (tok (run, i)->flags & TOK_CAP) && !(tok (run, i)->flags & TOK_ARABIC) &&
          quoted_before_kind (run, i, &first, &last, &kind))
        {
          if (!_sitrep_suggest_out_place_at (run, tok (run, first)->start))
            _sitrep_suggest_add_unplaced (run, resolved, first, last);
          i = kind;
          continue;
        }
      last = i;
      /* "the town of X", "the city of “X”" */
      if (_sitrep_suggest_tok_in (run, i, place_kinds) && _sitrep_suggest_tok_is (run, i + 1, "of") &&
          name_after_of (run, i + 1) < n && _sitrep_suggest_cap_run (run, name_after_of (run, i + 1), &last))
        {
          guint added = run->out->len;

          _sitrep_suggest_add_unplaced (run, resolved, name_after_of (run, i + 1), last);
          /* "the town of Umm Walad": the words say a place the gazetteer
           * lacks, above a person read from the name alone (a kunya,
           * 0.7); so do they of a namesake far away, flagged doubtful ("the
           * town of Bani Saad" is no person named Saad). A name the
           * gazetteer is sure of keeps its match's score. */
          if (run->out->len > added && (isnan (((SitrepSuggestion *) run->out->pdata[added])->latitude) ||
                                        ((SitrepSuggestion *) run->out->pdata[added])->doubtful))
            ((SitrepSuggestion *) run->out->pdata[added])->score = KIND_OF_SCORE;
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
      /* "X village", "the X oil field"; not "the Shiite neighbourhood of
       * Y", whose name is Y's. */
      if ((tok (run, i)->flags & TOK_CAP) && _sitrep_suggest_cap_run (run, i, &last) && last + 1 < n &&
          !(i > 0 && (tok (run, i - 1)->flags & TOK_CAP) && (tok (run, i - 1)->flags & TOK_WORD)) &&
          !(last == i && _sitrep_suggest_tok_among (run, i, kind_adjectives) && kind_end (run, i + 1) != 0 &&
            _sitrep_suggest_tok_is (run, kind_end (run, i + 1) + 1, "of")))
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

          if (kind_end (run, noun) != 0 &&
              (!(tok (run, noun)->flags & TOK_CAP) || (article && _sitrep_suggest_tok_among (run, noun, settlement_kinds))) &&
              !(last == i && _sitrep_suggest_is_lower_common (run, i)) &&
              !(i > 0 && g_ascii_isdigit (run->text[tok (run, i - 1)->start])) &&
              !(i > 1 && tok (run, i - 1)->space_before == 0 && g_ascii_isdigit (run->text[tok (run, i - 2)->start])))
            {
              _sitrep_suggest_add_unplaced (run, resolved, article && (tok (run, noun)->flags & TOK_CAP) ? i - 2 : i, last);
              /* "the Damascus suburb of Jobar": the kind names a place of its
               * own, unless a place is proposed there ("the Jeddah
               * neighbourhood of Qamishli"). */
              i = kind_end (run, noun) + 1 < n && _sitrep_suggest_tok_is (run, kind_end (run, noun) + 1, "of") &&
                  name_after_of (run, kind_end (run, noun) + 1) < n &&
                  !_sitrep_suggest_out_place_at (run, tok (run, name_after_of (run, kind_end (run, noun) + 1))->start) ?
                  noun - 1 : kind_end (run, noun);
              continue;
            }
          if ((_sitrep_suggest_tok_is (run, noun, "oil") || _sitrep_suggest_tok_is (run, noun, "gas")) &&
              _sitrep_suggest_tok_is (run, noun + 1, "field"))
            noun++;
          /* "al-Hol camp": the article glued before the name is the name's. */
          if (_sitrep_suggest_tok_in (run, noun, feature_nouns))
            {
              _sitrep_suggest_add_unplaced (run, resolved, article ? i - 2 : i, noun);
              i = noun;
              continue;
            }
        }
    }
}

/* The token after a kind of place at @j: @j, or the first word inside
 * brackets opened at @j when the words inside are Arabic and closed
 * within three words ("قرية (الفلاحات)", "ناحية (ابو خشب)"), the closing
 * bracket in @close (else G_MAXUINT). */
guint
_sitrep_suggest_ar_bracketed (SuggestRun *run,
                              guint       j,
                              guint      *close)
{
  guint n = run->tokens->len;
  /* "قرية “زور شمر”", "حي «الفردوس»": quotes as brackets. */
  gboolean quoted = j < n && (_sitrep_suggest_is_quote_mark (run, j) ||
                              ((tok (run, j)->flags & TOK_PUNCT) && _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "«")));

  if (j + 2 >= n || !(tok (run, j)->flags & TOK_PUNCT) || (run->text[tok (run, j)->start] != '(' && !quoted) ||
      !(tok (run, j + 1)->flags & TOK_ARABIC))
    return j;
  for (guint k = j + 2; k < n && k <= j + 4; k++)
    {
      if ((tok (run, k)->flags & TOK_PUNCT) &&
          (quoted ? _sitrep_suggest_is_quote_mark (run, k) || _sitrep_suggest_has_prefix (run->text + tok (run, k)->start, "»")
                  : run->text[tok (run, k)->start] == ')'))
        {
          *close = k;
          return j + 1;
        }
      if (!(tok (run, k)->flags & TOK_ARABIC))
        break;
    }
  return j;
}

/* The first token of the bracketed name after "و" after the bracket that
 * closes at token @close ("(بنش) و(طعوم)"), its own closing token in
 * *@close; 0 when none follows. */
guint
_sitrep_suggest_ar_bracketed_next (SuggestRun *run,
                                   guint       close,
                                   guint      *next_close)
{
  guint first, shut = G_MAXUINT;

  if (close + 2 >= run->tokens->len || !_sitrep_suggest_tok_is (run, close + 1, "و"))
    return 0;
  first = _sitrep_suggest_ar_bracketed (run, close + 2, &shut);
  if (shut == G_MAXUINT || tok (run, first)->sentence != tok (run, close)->sentence)
    return 0;
  *next_close = shut;
  return first;
}

/* ---------------------------------------------------------------- lists of places */

/* Plural nouns of places that name a list: "the villages of A, B and C",
 * "A, B and C areas". */
static const char * const plural_kinds[] = {
  "villages", "towns", "areas", "neighbourhoods", "neighborhoods", "districts", "cities",
  "suburbs", "hamlets", "localities", "camps", "provinces", "governorates", NULL
};

/* How many names a list is followed through. */
#define LIST_NAMES 8

/* The places proposed when a pass began, by start (one binary search per
 * name asked, not a walk over every suggestion), and the names it added. */
typedef struct
{
  GArray     *places;
  gsize       longest;
  GHashTable *added;    /* first tokens of the names added */
} Taken;

static void
taken_clear (Taken *taken)
{
  g_clear_pointer (&taken->places, g_array_unref);
  g_clear_pointer (&taken->added, g_hash_table_unref);
}

/* Whether a place is proposed over any byte of tokens @first … @last. */
static gboolean
place_over (SuggestRun *run,
            Taken      *taken,
            guint       first,
            guint       last)
{
  gsize start = tok (run, first)->start, end = tok (run, last)->end;

  /* Made when a pass first asks, after its cheaper tests. */
  if (taken->places == NULL)
    taken->places = _sitrep_suggest_places_by_start (run, &taken->longest);
  /* A place starting by the name's last byte and ending after its first. */
  return (taken->added != NULL && g_hash_table_contains (taken->added, GUINT_TO_POINTER (first))) ||
         _sitrep_suggest_place_over (run, taken->places, taken->longest, end - 1, start + 1) != NULL;
}

static gboolean
is_comma (SuggestRun *run,
          guint       i)
{
  return (tok (run, i)->flags & TOK_PUNCT) && run->text[tok (run, i)->start] == ',';
}

static gboolean
is_conjunction (SuggestRun *run,
                guint       i)
{
  return _sitrep_suggest_tok_is (run, i, "and") || _sitrep_suggest_tok_is (run, i, "or");
}

/* Proposes the name @first … @last of a list, unless a place is there
 * already or it is part of another name. */
static void
add_listed (SuggestRun *run,
            GHashTable *resolved,
            Taken      *taken,
            guint       first,
            guint       last)
{
  if (place_over (run, taken, first, last) || _sitrep_suggest_is_other_name (run, first, last) ||
      (first == last && _sitrep_suggest_is_lower_common (run, first)))
    return;
  _sitrep_suggest_add_unplaced (run, resolved, first, last);
  if (taken->added == NULL)
    taken->added = g_hash_table_new (NULL, NULL);
  g_hash_table_add (taken->added, GUINT_TO_POINTER (first));
}

/* The names after the one ending at @last: ", B, C and D". */
static void
list_forward (SuggestRun *run,
              GHashTable *resolved,
              Taken      *taken,
              guint       last)
{
  guint n = run->tokens->len;

  for (guint items = 0; items < LIST_NAMES; items++)
    {
      guint j = last + 1, end;

      if (j < n && is_comma (run, j))
        j++;
      if (j < n && is_conjunction (run, j))
        j++;
      /* "the New Siryan, the Old Siryan" */
      if (j > last + 1 && j + 1 < n && _sitrep_suggest_tok_is (run, j, "the") && !(tok (run, j)->flags & TOK_CAP))
        j++;
      if (j == last + 1 || j >= n || tok (run, j)->sentence != tok (run, last)->sentence ||
          !_sitrep_suggest_cap_run (run, j, &end))
        return;
      add_listed (run, resolved, taken, j, end);
      last = end;
    }
}

/* The first token of the capitalised name that ends at @last ("al-Zyarah"
 * from its article), or G_MAXUINT. */
static guint
name_ending_at (SuggestRun *run,
                guint       last)
{
  guint end;

  for (guint first = last + 1; first-- > 0 && first + 5 > last;)
    {
      if (tok (run, first)->sentence != tok (run, last)->sentence)
        break;
      if (!(tok (run, first)->flags & TOK_CAP) || !_sitrep_suggest_cap_run (run, first, &end) || end != last)
        continue;
      /* The longest such name: none starts right before it. */
      if (first > 0 && (tok (run, first - 1)->flags & TOK_CAP) && (tok (run, first - 1)->flags & TOK_WORD) &&
          tok (run, first - 1)->sentence == tok (run, last)->sentence)
        continue;
      return first;
    }
  return G_MAXUINT;
}

/* Whether the list ending at token @last goes on as prose: a word in
 * lower case after it (past a comma), or the end of its sentence; not a
 * headline in title case ("… near X, Kill Father and Son, Injure 10"). */
static gboolean
prose_after (SuggestRun *run,
             guint       last)
{
  guint n = run->tokens->len, j = last + 1;

  if (j >= n || tok (run, j)->sentence != tok (run, last)->sentence)
    return TRUE;
  if (is_comma (run, j))
    j++;
  if (j >= n)
    return TRUE;
  if (tok (run, j)->flags & TOK_WORD)
    return !(tok (run, j)->flags & TOK_CAP);
  return j == last + 1 && strchr (".;:)", run->text[tok (run, j)->start]) != NULL;
}

/* "Tal Rifaat, Ahras and Kafr Naseh in …", "the city of Ariha, Shinan,
 * Nahliya, …": a list that opens with a place of the gazetteer's and holds
 * another of its places names places with every item; those the
 * gazetteer lacks are proposed unplaced (places/within's list siblings
 * place them by the others). People listed after a place ("In Mosul, Ali
 * and Omar …") are no list of two places. */
static void
lists_with_places (SuggestRun *run,
                   GHashTable *resolved,
                   Taken      *taken)
{
  guint n = run->tokens->len, len = run->out->len, done = 0;

  for (guint k = 0; k < len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];
      guint firsts[LIST_NAMES + 1], lasts[LIST_NAMES + 1];
      guint items = 1, placed = 1, first, cur;

      const char *after;

      if (o->kind != SITREP_SUGGEST_PLACE || o->byte_end == 0)
        continue;
      after = run->text + o->byte_end;
      if ((after[0] != ',' && (after[0] != ' ' || after[1] != 'a' || memcmp (after + 1, "and ", 4) != 0)) ||
          isnan (o->latitude))
        continue;
      first = _sitrep_suggest_token_holding (run, o->byte_start);
      cur = _sitrep_suggest_token_holding (run, o->byte_end - 1);
      if (first < done || (tok (run, first)->flags & TOK_ARABIC))
        continue;
      firsts[0] = first, lasts[0] = cur;
      while (items <= LIST_NAMES)
        {
          guint j = cur + 1, end;
          gboolean conjunction;

          if (j < n && is_comma (run, j))
            j++;
          conjunction = j < n && is_conjunction (run, j);
          if (conjunction)
            j++;
          if (j == cur + 1 || j >= n || tok (run, j)->sentence != tok (run, cur)->sentence ||
              !_sitrep_suggest_cap_run (run, j, &end))
            break;
          firsts[items] = j, lasts[items] = end, items++;
          cur = end;
          /* "…, B and C": the list ends. */
          if (conjunction)
            break;
        }
      done = cur + 1;
      if (items < 3 || !prose_after (run, cur))
        continue;
      /* Asked last: the index of places is made at the first ask. */
      for (guint m = 1; m < items && placed < 2; m++)
        placed += place_over (run, taken, firsts[m], lasts[m]);
      for (guint m = 1; placed >= 2 && m < items; m++)
        add_listed (run, resolved, taken, firsts[m], lasts[m]);
    }
}

/* "the villages of A, B, C and D", "A, B and C areas": every name of a
 * list that a plural noun of places heads or ends is a place, proposed
 * unplaced when the gazetteer lacks it (places/within and its list
 * siblings may then place it by the others). */
void
_sitrep_suggest_listed_places (SuggestRun *run,
                               GHashTable *resolved)
{
  guint n = run->tokens->len;
  guint64 bit = _sitrep_suggest_list_bit (run, plural_kinds);
  Taken taken = { NULL, 0, NULL };

  for (guint i = 1; i < n; i++)
    {
      guint last, first;

      /* The tokens of no plural kind, passed over in a loop of their own. */
      if (bit != 0 && (i = _sitrep_suggest_next_listed (run, i, n, bit, 0)) >= n)
        break;
      if ((bit != 0 ? !(run->lists[i] & bit) : !_sitrep_suggest_tok_in (run, i, plural_kinds)) ||
          (tok (run, i)->flags & TOK_CAP))
        continue;
      /* "the villages of A, B and C", "the neighborhoods of the New Siryan, …" */
      if (i + 2 < n && _sitrep_suggest_tok_is (run, i + 1, "of"))
        first = i + 3 < n && _sitrep_suggest_tok_is (run, i + 2, "the") ? i + 3 : i + 2;
      else
        first = G_MAXUINT;
      if (first != G_MAXUINT && tok (run, first)->sentence == tok (run, i)->sentence &&
          _sitrep_suggest_cap_run (run, first, &last))
        {
          add_listed (run, resolved, &taken, first, last);
          list_forward (run, resolved, &taken, last);
          continue;
        }
      /* "A, B and C areas", "(A, B and C) villages" */
      last = i - 1;
      if (last > 0 && (tok (run, last)->flags & TOK_PUNCT) && run->text[tok (run, last)->start] == ')')
        last--;
      first = name_ending_at (run, last);
      for (guint items = 0; first != G_MAXUINT && items < LIST_NAMES; items++)
        {
          guint j = first;

          add_listed (run, resolved, &taken, first, last);
          if (j > 0 && is_conjunction (run, j - 1))
            j--;
          if (j > 0 && is_comma (run, j - 1))
            j--;
          if (j == first || j == 0)
            break;
          last = j - 1;
          first = name_ending_at (run, last);
        }
    }
  lists_with_places (run, resolved, &taken);
  taken_clear (&taken);
}

/* ---------------------------------------------------------------- where an incident was */

/* Words of an incident before "in"/"at" and where it was: "a checkpoint in
 * X", "bombs in X", "killed in X". */
static const char * const incident_words[] = {
  "checkpoint", "checkpoints", "bomb", "bombs", "bombing", "bombings", "explosion", "explosions",
  "blast", "blasts", "attack", "attacks", "assault", "clashes", "fighting", "killed", "wounded",
  "injured", "shot", "kidnapped", "abducted", "arrested", "detained", "detonated", "exploded",
  "defused", "shelled", "shelling", "airstrike", "airstrikes", "raid", "raids", "ambush",
  "ambushed", "mortar", "mortars", "rocket", "rockets", "gunmen", "died", "dead", NULL
};

/* Capitalised words after "in" that name no place: a campaign, a month of
 * the calendar, a faith. */
static const char * const not_incident_places[] = {
  "operation", "ramadan", "eid", "islam", "parliament", "congress", "court", "custody", NULL
};

/* Whether the capitalised name from token @i on is followed, in its
 * sentence, by a word in lower case: prose, not a headline in title case. */
static gboolean
lower_after_name (SuggestRun *run,
                  guint       i)
{
  guint last;

  return _sitrep_suggest_cap_run (run, i, &last) && last + 1 < run->tokens->len &&
         tok (run, last + 1)->sentence == tok (run, i)->sentence && (tok (run, last + 1)->flags & TOK_WORD) &&
         !(tok (run, last + 1)->flags & TOK_CAP);
}

/* The capitalised name from token @i on, up to a day or a month after it
 * ("killed in Iraq Wednesday"): its last token in @last. */
static gboolean
cap_run_to_calendar (SuggestRun *run,
                     guint       i,
                     guint      *last)
{
  if (!_sitrep_suggest_cap_run (run, i, last))
    return FALSE;
  for (guint k = i + 1; k <= *last; k++)
    {
      if (_sitrep_suggest_tok_among (run, k, not_places))
        {
          *last = k - 1;
          break;
        }
    }
  return TRUE;
}

/* Nouns of "In Total, …", "In Response, …": how a sentence goes on, not where. */
static const char * const discourse_nouns[] = {
  "total", "addition", "response", "brief", "short", "summary", "conclusion", "fact", "contrast",
  "particular", "practice", "reality", "return", "turn", "sum", "effect", "comparison", "retaliation",
  NULL
};

/* How many tokens before "in" an incident's word may stand ("a checkpoint
 * in", "two soldiers were killed in"). */
#define INCIDENT_REACH 3

/* "an attack at a checkpoint in Zayouna", "bombs in Za'afaraniya and
 * Ghazaliya": a capitalised name after "in"/"at" where the words before
 * say an incident is a place, proposed unplaced when the gazetteer lacks
 * it, and so are the names listed with it. */
void
_sitrep_suggest_incident_places (SuggestRun *run,
                                 GHashTable *resolved)
{
  guint n = run->tokens->len;
  guint64 bit = _sitrep_suggest_list_bit (run, incident_words);
  Taken taken = { NULL, 0, NULL };

  /* Only before a capitalised word (run->caps): a few tokens of a text. */
  for (guint c = 0, next = 0; c < run->n_caps; c++)
    {
      guint word = run->caps[c], name = word, i, last;
      gboolean incident = FALSE, opening;

      if (word < 1 || word < next || word >= n || (tok (run, word)->flags & TOK_ARABIC))
        continue;
      /* "ambushed the soldiers in al-Sakkar": the name from its article. */
      if (word >= 4 && (tok (run, word - 1)->flags & TOK_HYPHEN) && tok (run, word - 1)->space_before == 0 &&
          tok (run, word)->space_before == 0 && !(tok (run, word - 2)->flags & TOK_CAP) &&
          _sitrep_suggest_is_article (run, word - 2))
        name = word - 2;
      i = name - 1;
      if (tok (run, name)->sentence != tok (run, i)->sentence)
        continue;
      /* "In Mansour, a sticky bomb wounded …", "Near Buhriz, …": a
       * sentence opening with where it happened. */
      opening = (tok (run, i)->flags & TOK_CAP) && (i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence) &&
                (_sitrep_suggest_tok_is (run, i, "in") || _sitrep_suggest_tok_is (run, i, "near"));
      if (!opening && ((tok (run, i)->flags & TOK_CAP) ||
                       !(_sitrep_suggest_tok_is (run, i, "in") || _sitrep_suggest_tok_is (run, i, "at"))))
        continue;
      last = i;
      incident = opening;
      for (guint j = i; j-- > 0 && j + INCIDENT_REACH >= i && !incident;)
        /* Lower-case: a headline in title case ("Wounded in Numerous
         * Attacks") capitalises every noun; but "Gunmen in Yarmouk
         * wounded …" opens a sentence that goes on in lower case. */
        incident = tok (run, j)->sentence == tok (run, i)->sentence &&
                   (!(tok (run, j)->flags & TOK_CAP) || (j == 0 || tok (run, j - 1)->sentence != tok (run, j)->sentence)) &&
                   (bit != 0 ? (run->lists[j] & bit) != 0 : _sitrep_suggest_tok_in (run, j, incident_words)) &&
                   (!(tok (run, j)->flags & TOK_CAP) || lower_after_name (run, name));
      if (!incident || !cap_run_to_calendar (run, name, &last) || last > word + 2 ||
          (opening && (last + 1 >= n || !is_comma (run, last + 1) || _sitrep_suggest_tok_among (run, word, not_places) ||
                       (last == word && (_sitrep_suggest_is_lower_common (run, word) ||
                                         _sitrep_suggest_tok_among (run, word, discourse_nouns))))) ||
          _sitrep_suggest_is_all_caps (run, word) || _sitrep_suggest_tok_in (run, word, not_incident_places) ||
          (last + 1 < n && tok (run, last + 1)->space_before == 0 && run->text[tok (run, last + 1)->start] == '\'') ||
          /* The gazetteer's places first: a binary search, where the
           * actors' test walks every suggestion. */
          place_over (run, &taken, name, last) ||
          _sitrep_suggest_actor_over (run, tok (run, name)->start, tok (run, last)->end))
        {
          next = MAX (word, last) + 1;
          continue;
        }
      /* "killed in Iraq Wednesday": a country is the world's pass's. */
      if (last == word && name == word && _sitrep_suggest_is_country_key (_sitrep_suggest_span_key_tmp (run, word, last)))
        {
          next = last + 1;
          continue;
        }
      add_listed (run, resolved, &taken, name, last);
      list_forward (run, resolved, &taken, last);
      next = last + 1;
    }
  taken_clear (&taken);
}
