/* sitrep-suggest-actors-cues.c — actors and persons no list knows, read from the words around them:
 * "Salahuddin police", "the 5th Corps", outlets ("(North Press) –", "told Kurdistan 24", "Sham news
 * network", "Syrian state television") and persons ("Reporting by X", "X was shot dead", "X, 35,")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-actors-private.h"

/* The men of an armed body, after its name: "Salahuddin police", "Sahwa
 * fighters", "Asayish forces", "Wagner elements", "Iraq army". */
static const char * const armed_nouns[] = {
  "police", "forces", "force", "troops", "militia", "militias", "militiamen", "militants",
  "fighters", "fighter", "rebels", "gunmen", "insurgents", "jihadists", "elements", "element", "army",
  /* "the Shammar tribe", "Baath battalions", "the Biden administration" */
  "tribe", "tribes", "clan", "battalions", "battalion", "brigades", "brigade", "administration", NULL
};

/* A local body named after its place, in lower case: "Baghdad provincial
 * council", "Hasakah health directorate", "Nineveh operations command". */
static const char * const body_modifiers[] = {
  "provincial", "local", "city", "municipal", "regional", "health", "education", "security",
  "operations", "military", "civil", "traffic", "border", NULL
};
static const char * const body_nouns[] = {
  "council", "councils", "administration", "municipality", "command", "authorities", "directorate",
  "government", "forces", "police", "defence", "defense", "service", "services", NULL
};

static const char * const media_nouns[] = {
  "network", "agency", "television", "tv", "channel", "radio", "newspaper", "website", "media", NULL
};

/* The small words the rules below look for next to a name. */
static const char * const cue_words[] = {
  "told", "was", "were", "and", "by", NULL
};

/* Whether token @i is one of @words, as @fact of its word: worked out once
 * per word, so that most tokens are passed over with one bit. */
static inline gboolean
word_fact (SuggestRun *run,
           guint       i,
           guint       fact)
{
  static const char * const particles[] = { "al", "el", "bin", "ibn", "abu", "umm", "abd", "abdul", NULL };
  gboolean answer;

  if (i >= run->tokens->len || !(tok (run, i)->flags & TOK_WORD))
    return FALSE;
  if (_sitrep_suggest_word_fact (run, i, fact, &answer))
    return answer;
  if (fact == WORD_FACT_ACTOR_CUE)
    answer = _sitrep_suggest_tok_among (run, i, cue_words);
  else if (fact == WORD_FACT_NAME_PARTICLE)
    answer = _sitrep_suggest_tok_among (run, i, particles);
  else
    answer = _sitrep_suggest_tok_among (run, i, armed_nouns) || _sitrep_suggest_tok_among (run, i, media_nouns) || _sitrep_suggest_tok_is (run, i, "news") ||
             _sitrep_suggest_tok_among (run, i, body_modifiers) || _sitrep_suggest_tok_among (run, i, body_nouns);
  return _sitrep_suggest_word_fact_set (run, i, fact, answer);
}

/* "was", "and", "told" …: a small word some rule here looks for. */
#define cue_word(run, i) word_fact ((run), (i), WORD_FACT_ACTOR_CUE)
/* "police", "fighters", "network", "news" …: a noun that may follow a name. */
#define noun_word(run, i) word_fact ((run), (i), WORD_FACT_ACTOR_NOUN)

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return b < run->tokens->len && tok (run, a)->sentence == tok (run, b)->sentence;
}

static gboolean
is_latin_cap (SuggestRun *run,
              guint       i)
{
  const SuggestToken *t;

  if (i >= run->tokens->len)
    return FALSE;
  t = tok (run, i);
  return (t->flags & TOK_WORD) && (t->flags & TOK_CAP) && !(t->flags & TOK_ARABIC);
}

static gboolean
is_mark (SuggestRun *run,
         guint       i,
         const char *mark)
{
  /* The first byte before a call. */
  return i < run->tokens->len && (tok (run, i)->flags & TOK_PUNCT) && run->text[tok (run, i)->start] == mark[0] &&
         _sitrep_suggest_has_prefix (run->text + tok (run, i)->start, mark);
}

static gboolean
is_dash (SuggestRun *run,
         guint       i)
{
  return i < run->tokens->len &&
         ((tok (run, i)->flags & TOK_HYPHEN) || is_mark (run, i, "\u2013") || is_mark (run, i, "\u2014"));
}

/* Whether capitalised token @i opens its run of capitals: no capitalised
 * word of its sentence right before it, but an ordinary word opening the
 * sentence ("Then", "But"). */
G_ALWAYS_INLINE static inline gboolean
opens_run (SuggestRun *run,
           guint       i)
{
  if (i == 0 || !same_sentence (run, i - 1, i) || !is_latin_cap (run, i - 1))
    return TRUE;
  return (i == 1 || !same_sentence (run, i - 2, i - 1)) && _sitrep_suggest_tok_is_common (run, i - 1);
}

/* Capitalised words from @i on, joined by marks glued to them ("al-Sham",
 * "U.S.") and, after the first word, by a short number ("Kurdistan 24");
 * at most @max words. Its last token in @last; the count of words. */
static guint
cap_run (SuggestRun *run,
         guint       i,
         guint       max,
         guint      *last)
{
  guint n = run->tokens->len;
  guint count = 0;

  for (guint j = i; j < n && count < max && same_sentence (run, i, j); j++)
    {
      const SuggestToken *t = tok (run, j);

      if (is_latin_cap (run, j))
        {
          count++;
          *last = j;
        }
      else if (j > i && (t->flags & TOK_NUMBER) && !(t->flags & TOK_WORD) && t->end - t->start <= 3 &&
               t->space_before > 0 && is_latin_cap (run, j - 1))
        *last = j;
      else if (j > i && (t->flags & TOK_PUNCT) && t->space_before == 0 && j + 1 < n &&
               tok (run, j + 1)->space_before == 0 && strchr ("-.'", run->text[t->start]) != NULL)
        continue;
      else
        break;
    }
  return count;
}

/* Whether cap_run () from capitalised word @i would end at @i without a
 * walk: the token after it is in another sentence, a word that is no
 * Latin capital's, or a mark that joins no name ("," rather than "-", ".",
 * "'"). Most capitalised words. */
static inline gboolean
cap_run_alone (SuggestRun *run,
               guint       i)
{
  const SuggestToken *t;

  if (i + 1 >= run->tokens->len)
    return TRUE;
  t = tok (run, i + 1);
  if (t->sentence != tok (run, i)->sentence)
    return TRUE;
  if (t->flags & TOK_WORD)
    return !(t->flags & TOK_CAP) || (t->flags & TOK_ARABIC);
  return (t->flags & TOK_PUNCT) && run->text[t->start] != '-' && run->text[t->start] != '.' && run->text[t->start] != '\'';
}

/* "al-Manar news channel": the article glued before a name at @first is of it; the name's first token. */
guint
_sitrep_suggest_with_article (SuggestRun *run,
                              guint       first)
{
  if (first >= 2 && (tok (run, first - 1)->flags & TOK_HYPHEN) && tok (run, first - 1)->space_before == 0 &&
      tok (run, first)->space_before == 0 && !(tok (run, first - 2)->flags & TOK_CAP) &&
      (_sitrep_suggest_tok_is (run, first - 2, "al") || _sitrep_suggest_tok_is (run, first - 2, "el")))
    return first - 2;
  return first;
}

static SitrepSuggestion *
add_actor (SuggestRun *run,
           guint       first,
           guint       last,
           double      score)
{
  g_autofree char *key = NULL;
  SitrepSuggestion *s;

  first = _sitrep_suggest_with_article (run, first);
  key = _sitrep_suggest_span_key (run, first, last);
  if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_ACTOR, key) ||
      _sitrep_suggest_actor_over (run, tok (run, first)->start, tok (run, last)->end))
    return NULL;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_ACTOR, first, last);
  s->score = score;
  s->entity_name = _sitrep_suggest_strdup (run, s->text);
  return s;
}

/* ---------------------------------------------------------------- forces */

/* "Sham news network", "Deir Ezzor 24 network"; "Syrian state television",
 * "state news agency": a name (or the state) before a medium's noun. */
static gboolean
medium_after (SuggestRun *run,
              guint       end,
              guint      *last)
{
  guint k = end + 1;

  if (!noun_word (run, k))
    return FALSE;
  if (_sitrep_suggest_tok_is (run, k, "news") && same_sentence (run, end, k + 1))
    k++;
  if (!same_sentence (run, end, k) || (tok (run, k)->flags & TOK_CAP) || !_sitrep_suggest_tok_among (run, k, media_nouns) ||
      (k == end + 1 && _sitrep_suggest_tok_is (run, k, "media")))
    return FALSE;
  *last = k;
  return TRUE;
}


gboolean
_sitrep_suggest_ordinal_before (SuggestRun *run,
                                guint       i)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th", NULL };

  return i >= 2 && tok (run, i)->space_before > 0 && tok (run, i - 1)->space_before == 0 &&
         (tok (run, i - 2)->flags & TOK_NUMBER) && !(tok (run, i - 2)->flags & TOK_WORD) &&
         same_sentence (run, i - 2, i) && _sitrep_suggest_tok_among (run, i - 1, suffixes);
}


/* Whether the capitalised words @i … @end are a place or region the gazetteer knows. */
static gboolean
names_place (SuggestRun *run,
             guint       i,
             guint       end)
{
  const char *key = _sitrep_suggest_span_key_tmp (run, i, end);

  return g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, key) || _sitrep_suggest_is_region_key (run, key);
}

/* "'s" (or "’s") glued after token @end. */
static gboolean
possessive_after (SuggestRun *run,
                  guint       end)
{
  return end + 2 < run->tokens->len && (tok (run, end + 1)->flags & TOK_PUNCT) && tok (run, end + 1)->space_before == 0 &&
         (is_mark (run, end + 1, "'") || is_mark (run, end + 1, "\u2019")) && tok (run, end + 2)->space_before == 0 &&
         _sitrep_suggest_tok_is (run, end + 2, "s");
}

/* "Baghdad provincial council": a place (@i … @name_end), a modifier at
 * @k and a body's noun. */
static gboolean
place_body_after (SuggestRun *run,
                  guint       i,
                  guint       name_end,
                  guint       k,
                  guint      *last)
{
  if (name_end > i + 2 || !_sitrep_suggest_tok_among (run, k, body_modifiers) || !same_sentence (run, i, k + 1) ||
      (tok (run, k + 1)->flags & TOK_CAP) || !_sitrep_suggest_tok_among (run, k + 1, body_nouns) || !names_place (run, i, name_end))
    return FALSE;
  *last = k + 1;
  return TRUE;
}

gboolean
_sitrep_suggest_named_force (SuggestRun *run,
                             guint       i,
                             guint      *last,
                             gboolean   *holds_place)
{
  guint end = i;
  const SuggestToken *noun;

  static const char * const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
  };

  *holds_place = FALSE;
  if (!is_latin_cap (run, i) || !opens_run (run, i) || (!cap_run_alone (run, i) && cap_run (run, i, 4, &end) == 0))
    return FALSE;
  /* "Baghdad's provincial council", "Idlib’s civil defence": a place's body. */
  if (possessive_after (run, end) && place_body_after (run, i, end, end + 3, last))
    {
      *holds_place = TRUE;
      return TRUE;
    }
  if (!noun_word (run, end + 1))
    return FALSE;
  noun = tok (run, end + 1);
  if ((noun->flags & TOK_CAP) || !same_sentence (run, i, end + 1) || _sitrep_suggest_tok_is_common (run, i))
    return FALSE;
  /* "Sham news network", "Deir Ezzor 24 network": an outlet. */
  if (medium_after (run, end, last))
    return TRUE;
  if (place_body_after (run, i, end, end + 1, last))
    {
      *holds_place = TRUE;
      return TRUE;
    }
  if (end > i + 2 || !_sitrep_suggest_tok_among (run, end + 1, armed_nouns) || _sitrep_suggest_tok_among (run, i, weekdays) ||
      _sitrep_suggest_is_month (run, i) || _sitrep_suggest_is_number_anchor (run, i))
    return FALSE;
  /* "Kirkuk police", "Anbar police": named after a place or region the
   * gazetteer knows, which stays a place inside the actor (both proposed). */
  *holds_place = names_place (run, i, end);
  *last = end + 1;
  return TRUE;
}

/* "United States-led coalition", "Iran-backed militias": a name (a
 * country's, a group's) glued to "-led", "-backed" …, then at most three
 * words up to a noun of an armed body. */
gboolean
_sitrep_suggest_backed_force (SuggestRun *run,
                              guint       i,
                              guint      *last,
                              gboolean   *holds_place)
{
  static const char * const sides[] = {
    "led", "backed", "allied", "aligned", "sponsored", "supported", "affiliated", NULL
  };
  static const char * const bodies[] = {
    "coalition", "alliance", "army", "factions", "faction", "groups", "group", "government", "regime",
    "authorities", "units", "brigades", "paramilitaries", "mercenaries", NULL
  };
  guint end = i;

  /* Most capitalised words have no "-led" after them: looked for first,
   * over the capitalised words glued or next to @i. */
  if (!_sitrep_suggest_may_be_backed (run, i))
    return FALSE;
  if (!is_latin_cap (run, i) || !opens_run (run, i) || cap_run (run, i, 3, &end) == 0 ||
      !(tok (run, i)->flags & TOK_CAP) || end + 3 >= run->tokens->len || !(tok (run, end + 1)->flags & TOK_HYPHEN) ||
      tok (run, end + 1)->space_before != 0 || tok (run, end + 2)->space_before != 0 ||
      !_sitrep_suggest_tok_among (run, end + 2, sides))
    return FALSE;
  /* "Then Iran-backed …": an ordinary word opening the sentence is no part
   * of the name ("United" inside one is). */
  if (_sitrep_suggest_tok_is_common (run, i) && (end == i || i == 0 || !same_sentence (run, i - 1, i)))
    return FALSE;
  for (guint k = end + 3; k < end + 6 && same_sentence (run, i, k); k++)
    {
      if (!(tok (run, k)->flags & TOK_WORD))
        return FALSE;
      if (_sitrep_suggest_tok_among (run, k, armed_nouns) || _sitrep_suggest_tok_among (run, k, bodies))
        {
          *holds_place = names_place (run, i, end);
          /* "coalition forces": the men of the body named. */
          *last = _sitrep_suggest_tok_among (run, k + 1, armed_nouns) && same_sentence (run, k, k + 1) ? k + 1 : k;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
_sitrep_suggest_head_of_inside (SuggestRun         *run,
                                guint               i,
                                guint               last,
                                const char * const *heads)
{
  for (guint k = i; k < last; k++)
    {
      /* "the Center of Kirkuk" is the town's middle; "Units of Faylaq
       * al-Rahman", "Forces of …": men of a body named after "of". */
      if (_sitrep_suggest_tok_is (run, k + 1, "of") && (tok (run, k)->flags & TOK_CAP) && _sitrep_suggest_tok_in (run, k, heads) &&
          run->text[tok (run, k)->end - 1] != 's' &&
          !_sitrep_suggest_tok_is (run, k, "center") && !_sitrep_suggest_tok_is (run, k, "centre"))
        return TRUE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------- outlets */


/* "SANA", "AFP": two to six capitals. */
static gboolean
is_acronym (SuggestRun *run,
            guint       i)
{
  const SuggestToken *t;
  gsize len;

  if (i >= run->tokens->len || !(tok (run, i)->flags & TOK_WORD))
    return FALSE;
  t = tok (run, i);
  len = t->end - t->start;
  if (len < 2 || len > 6)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      if (!g_ascii_isupper (run->text[t->start + k]))
        return FALSE;
    }
  return TRUE;
}

/* Capitals only, three to eight letters: "NAVCENT", "ALBAWABA". */
static gboolean
is_acronym_long (SuggestRun *run,
                 guint       i)
{
  const SuggestToken *t;
  gsize len;

  if (i >= run->tokens->len || !(tok (run, i)->flags & TOK_WORD) || (tok (run, i)->flags & TOK_ARABIC))
    return FALSE;
  t = tok (run, i);
  len = t->end - t->start;
  if (len < 2 || len > 8)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      if (!g_ascii_isupper (run->text[t->start + k]))
        return FALSE;
    }
  return TRUE;
}

void
_sitrep_suggest_state_media (SuggestRun *run,
                             guint       i)
{
  static const char * const demonyms[] = {
    "syrian", "iraqi", "turkish", "iranian", "russian", "kurdish", "lebanese", "jordanian", "israeli",
    "saudi", "egyptian", "qatari", NULL
  };
  guint first = i, last;

  if (!medium_after (run, i, &last))
    return;
  if (i > 0 && same_sentence (run, i - 1, i) && _sitrep_suggest_tok_among (run, i - 1, demonyms))
    first = i - 1;
  add_actor (run, first, last, 0.5);
  /* "state news agency SANA": the outlet's own name after it. */
  if (is_acronym (run, last + 1) && same_sentence (run, last, last + 1))
    add_actor (run, last + 1, last + 1, 0.6);
}

/* "DARAA, Syria (North Press) –", "ERBIL (Kurdistan 24) –": the outlet of a
 * dateline, in brackets before its dash. Brackets that open their
 * paragraph hold the dateline's place ("(New York) – The Islamic State …"). */
static void
dateline_credit (SuggestRun *run,
                 guint       open)
{
  guint end = open, count = cap_run (run, open + 1, 4, &end);

  if (count == 0 || !is_mark (run, end + 1, ")") || !is_dash (run, end + 2) ||
      tok (run, end + 2)->space_before == 0 || open == 0 || tok (run, open - 1)->paragraph != tok (run, open)->paragraph)
    return;
  add_actor (run, open + 1, end, 0.6);
}

/* "Daraa, SANA- Four civilians were killed": an acronym between a dateline's
 * comma and a dash glued to it. */
static void
dateline_acronym (SuggestRun *run,
                  guint       i)
{
  if (!is_acronym (run, i) || i == 0 || !is_mark (run, i - 1, ",") || !is_dash (run, i + 1) ||
      tok (run, i + 1)->space_before != 0 || i + 2 >= run->tokens->len || tok (run, i + 2)->space_before == 0)
    return;
  add_actor (run, i, i, 0.6);
}

/* "The source told Kurdistan 24", "eyewitnesses told North Press": whom a
 * source told is an outlet (or a person, as a name only says). */
static void
told_whom (SuggestRun *run,
           guint       i)
{
  guint end = i;
  guint count = cap_run (run, i, 4, &end);

  if (count == 0 || _sitrep_suggest_tok_is (run, i, "the") ||
      (count == 1 && end == i && (_sitrep_suggest_tok_is_common (run, i) || _sitrep_suggest_is_month (run, i))))
    return;
  add_actor (run, i, end, 0.5);
}

/* Capitals that name no party: weapons, times, units, numerals. */
static const char * const not_parties[] = {
  "IED", "IEDS", "VBIED", "SVBIED", "RPG", "RPGS", "UAV", "UAVS", "ATGM", "MANPADS", "GMT", "UTC", "TNT",
  "ATM", "GPS", "COVID", "USD", "SYP", "IQD", "HQ", "MP", "AKA", "FAQ", "PDF", "URL", "AND", "THE",
  "FOR", "NOT", "BUT", "NEW", "OLD", "UPDATE", "UPDATED", "BREAKING", "PHOTO", "PHOTOS", "VIDEO",
  /* a ship's prefix and class, a camera, a test, time zones */
  "USS", "HMS", "DDG", "CVN", "LHD", "CCTV", "DNA", "EDT", "EST", "CST", "PST", "CET", "EET", "AST",
  /* a wire's or a page's flags */
  "URGENT", "EXCLUSIVE", "LIVE", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL", "ALERT", "FLASH", "UPDATES",
  "READ", "MORE", "ALSO", "NOTE", NULL
};

/* Whether the word in capitals at token @i is written elsewhere in the
 * text in Title Case ("PETTY" of "Petty Officer"): an ordinary word set in
 * capitals, not an acronym, which is written the same everywhere. The
 * folded hashes of the text's Title Case words are gathered in @title_words
 * the first time they are asked for (one walk of the capitals). */
static gboolean
title_case_elsewhere (SuggestRun  *run,
                      guint        i,
                      GHashTable **title_words)
{
  const SuggestToken *t = tok (run, i);

  if (t->lhash == 0)
    return FALSE;
  if (*title_words == NULL)
    {
      *title_words = g_hash_table_new (NULL, NULL);
      for (guint c = 0; c < run->n_caps; c++)
        {
          const SuggestToken *o = tok (run, run->caps[c]);

          if (o->lhash != 0 && o->end - o->start >= 3 && g_ascii_islower (run->text[o->start + 1]))
            g_hash_table_add (*title_words, GUINT_TO_POINTER (o->lhash));
        }
    }
  return g_hash_table_contains (*title_words, GUINT_TO_POINTER (t->lhash));
}

/* "DSS", "UNSC", "NAVCENT", "QASAD": a word in capitals (three to eight
 * letters) inside a sentence of ordinary words is the short name of a body
 * more often than not. Not in a run of capitals (a headline, a dateline, a
 * speaker's "SECRETARY KERRY:"), not a place the gazetteer knows, not a
 * Roman numeral, not before a colon (a label) nor in a compound a dash
 * glued on both sides makes ("NNF-run areas"). */
static void
capitals_name (SuggestRun  *run,
               guint        i,
               GHashTable **title_words)
{
  const SuggestToken *t = tok (run, i);
  gsize len = t->end - t->start;
  gboolean roman = TRUE;

  if (len < 3 || len > 8 || !g_ascii_isupper (run->text[t->start + 1]) || !is_acronym_long (run, i))
    return;
  for (gsize k = 0; k < len && roman; k++)
    roman = strchr ("IVXLC", run->text[t->start + k]) != NULL;
  if (roman || (i > 0 && same_sentence (run, i - 1, i) && is_acronym_long (run, i - 1)) ||
      (same_sentence (run, i, i + 1) && (is_acronym_long (run, i + 1) || is_mark (run, i + 1, ":") ||
                                         (is_dash (run, i + 1) && tok (run, i + 1)->space_before == 0 &&
                                          i + 2 < run->tokens->len && tok (run, i + 2)->space_before == 0))))
    return;
  /* A name proposed over it already ("ISIS", "SDF"): nothing to ask. */
  if (_sitrep_suggest_actor_over (run, t->start, t->end) || _sitrep_suggest_tok_among (run, i, not_parties) ||
      _sitrep_suggest_is_month (run, i) || names_place (run, i, i) ||
      title_case_elsewhere (run, i, title_words))
    return;
  add_actor (run, i, i, 0.4);
}

/* "Antiwar.com", "IraqiNews.com": a site's name is its publisher's. */
static gboolean
site_name (SuggestRun *run,
           guint       i)
{
  static const char * const domains[] = { "com", "net", "org", "info", NULL };

  /* The full stop is the caller's; most end a sentence, a space after them. */
  if (i + 2 >= run->tokens->len || tok (run, i + 2)->space_before != 0 || tok (run, i + 1)->space_before != 0 ||
      !(tok (run, i + 2)->flags & TOK_WORD) || !_sitrep_suggest_tok_among (run, i + 2, domains))
    return FALSE;
  add_actor (run, i, i + 2, 0.5);
  return TRUE;
}

/* The words @i … @end of one line that could name an outlet: capitalised
 * Latin words (with "al-" and the like glued) or Arabic words, at most four. */
static gboolean
line_name (SuggestRun *run,
           guint       i,
           guint       end)
{
  guint words = 0;

  if (end < i || end >= run->tokens->len)
    return FALSE;
  for (guint j = i; j <= end; j++)
    {
      const SuggestToken *t = tok (run, j);

      if ((t->flags & TOK_PUNCT) && t->space_before == 0 && j > i && j < end && strchr ("-.'", run->text[t->start]))
        continue;
      if (!(t->flags & TOK_WORD) || (!(t->flags & TOK_ARABIC) && !is_latin_cap (run, j) &&
                                     !(j > i && word_fact (run, j, WORD_FACT_NAME_PARTICLE))) ||
          ++words > 4)
        return FALSE;
    }
  return !is_latin_cap (run, i) || !_sitrep_suggest_tok_among (run, i, not_parties);
}

/* A separator of a dateline's parts: a dash or a bar with spaces around it. */
static gboolean
line_separator (SuggestRun *run,
                guint       i)
{
  return i < run->tokens->len && tok (run, i)->space_before > 0 && (is_dash (run, i) || is_mark (run, i, "|"));
}

/* A paragraph that opens with a dateline naming its outlet: "KirkuNow -
 * Diyala", "أخبار الآن | دمشق – سوريا", "ALBAWABA - In the …" (the outlet,
 * then the place or the text), "دير الزور – نورث برس" (a line of the
 * place, then the outlet), "(IraqiNews) 14 civilians …", "Aleppo (Syria
 * News) Three persons …" (the outlet in brackets, no dash after them).
 * @p is the paragraph's first token. */
static void
dateline_line (SuggestRun *run,
               guint       p)
{
  guint n = run->tokens->len, end = p, s, close;

  while (end + 1 < n && end < p + 12 && tok (run, end + 1)->paragraph == tok (run, p)->paragraph)
    end++;
  /* A separator and a bracket are marks: a word is passed over at one test. */
  for (s = p + 1; s <= end && (!(tok (run, s)->flags & TOK_PUNCT) || (!line_separator (run, s) && !is_mark (run, s, "("))); s++)
    ;
  if (is_mark (run, p, "("))
    s = p;
  if (s > end || s + 1 >= n || tok (run, s + 1)->paragraph != tok (run, p)->paragraph)
    return;
  if (is_mark (run, s, "("))
    {
      for (close = s + 1; close <= end && !is_mark (run, close, ")"); close++)
        ;
      /* "(New York) – …", "DARAA, Syria (North Press) –": places, and the
       * dashed credits dateline_credit() reads. */
      if (close > end || close == s + 1 || close + 1 >= n || is_dash (run, close + 1) || !line_name (run, s + 1, close - 1) ||
          (s > p && !(line_name (run, p, s - 1) && names_place (run, p, s - 1))) || names_place (run, s + 1, close - 1) ||
          tok (run, close + 1)->paragraph != tok (run, p)->paragraph)
        return;
      add_actor (run, s + 1, close - 1, 0.6);
      return;
    }
  if (!line_name (run, p, s - 1))
    return;
  if (!names_place (run, p, s - 1))
    {
      guint r = s + 1;

      while (r + 1 <= end && !line_separator (run, r + 1) && line_name (run, s + 1, r + 1))
        r++;
      /* the place after the outlet, or an outlet in capitals before the text */
      if ((line_name (run, s + 1, r) && names_place (run, s + 1, r)) ||
          (p + 1 == s && is_acronym_long (run, p) && tok (run, p)->end - tok (run, p)->start >= 4 && is_latin_cap (run, s + 1)))
        add_actor (run, p, s - 1, 0.6);
    }
  /* "دير الزور – نورث برس": the line ends with the outlet. */
  else if (end + 1 < n && tok (run, end + 1)->paragraph != tok (run, p)->paragraph && line_name (run, s + 1, end) &&
           !names_place (run, s + 1, end))
    add_actor (run, s + 1, end, 0.6);
}

/* "Autonomous Administration of North and East Syria (AANES)", "Syrian
 * Network for Human Rights (SNHR)": a name in capitals whose initials its
 * acronym in brackets spells (the small words of it passed over), both
 * proposed. Brackets of another kind ("Damascus (AFP)") spell no initials. */
static void
acronym_name (SuggestRun *run,
              guint       i)
{
  static const char * const small[] = { "of", "and", "for", "the", "in", "al", "el", "&", NULL };
  const SuggestToken *t = tok (run, i);
  gsize len = t->end - t->start;
  guint first = 0, k;
  gssize letter;

  if (!is_acronym (run, i) || len < 3 || i < 3 || !is_mark (run, i - 1, "(") || !is_mark (run, i + 1, ")") ||
      !same_sentence (run, i - 2, i + 1))
    return;
  /* the initials, last first, from the word before the bracket */
  for (k = i - 2, letter = (gssize) len - 1; letter >= 0 && same_sentence (run, k, i); k--)
    {
      const SuggestToken *w = tok (run, k);

      if ((w->flags & TOK_HYPHEN) || _sitrep_suggest_tok_among (run, k, small))
        {
          if (k == 0 || k == i - 2)
            return;
          continue;
        }
      if (!(w->flags & TOK_WORD) || !(w->flags & TOK_CAP) || (w->flags & TOK_ARABIC) ||
          g_ascii_toupper (run->text[w->start]) != run->text[t->start + letter])
        return;
      first = k;
      letter--;
      if (k == 0)
        break;
    }
  if (letter >= 0)
    return;
  /* a part of the name another rule took ("Autonomous Administration of North"), new and
   * linked to nothing, widened to the whole name */
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      g_autofree char *text = NULL;

      if (s->kind != SITREP_SUGGEST_ACTOR || s->entity_id != 0 || s->actor_type != NULL ||
          s->byte_start < tok (run, first)->start || s->byte_end > tok (run, i - 2)->end)
        continue;
      s->byte_start = tok (run, first)->start;
      s->start = tok (run, first)->cp_start;
      s->byte_end = tok (run, i - 2)->end;
      s->end = tok (run, i - 2)->cp_end;
      text = g_strndup (run->text + s->byte_start, s->byte_end - s->byte_start);
      s->text = _sitrep_suggest_str_take (run, g_steal_pointer (&text));
      s->entity_name = _sitrep_suggest_strdup (run, s->text);
      break;
    }
  add_actor (run, first, i - 2, 0.6);
  add_actor (run, i, i, 0.6);
}

void
_sitrep_suggest_outlets (SuggestRun *run)
{
  guint n = run->tokens->len;
  g_autoptr(GHashTable) title_words = NULL;

  for (guint c = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];

      if ((c & 0x3ff) == 0 && g_cancellable_is_cancelled (run->cancellable))
        return;
      if ((tok (run, i)->flags & TOK_ARABIC) || i == 0)
        continue;
      /* "told Antiwar.com": the site whole, before any rule takes its first word. */
      if (i + 1 < n && (tok (run, i + 1)->flags & TOK_PUNCT) && run->text[tok (run, i + 1)->start] == '.' &&
          site_name (run, i))
        continue;
      if ((tok (run, i - 1)->flags & TOK_PUNCT) && run->text[tok (run, i - 1)->start] == '(')
        {
          dateline_credit (run, i - 1);
          acronym_name (run, i);
        }
      else if (cue_word (run, i - 1) && _sitrep_suggest_tok_is (run, i - 1, "told") && same_sentence (run, i - 1, i))
        told_whom (run, i);
      else if (i + 1 < n && (tok (run, i + 1)->flags & TOK_HYPHEN))
        dateline_acronym (run, i);
      if (tok (run, i)->end - tok (run, i)->start >= 3 && g_ascii_isupper (run->text[tok (run, i)->start + 1]))
        capitals_name (run, i, &title_words);
    }
  for (guint p = 0; p < run->n_paragraphs; p++)
    dateline_line (run, run->paragraphs[p]);
}

/* ---------------------------------------------------------------- persons */

static const char * const victim_verbs[] = {
  "killed", "shot", "wounded", "injured", "assassinated", "kidnapped", "abducted", "executed",
  "arrested", "detained", "murdered", "stabbed", "slain", "beheaded", "hurt", NULL
};

/* Nouns of a person in apposition: "X, a member of …", "X, an alleged informer". */
static const char * const person_nouns[] = {
  "member", "commander", "leader", "official", "officer", "resident", "fighter", "activist",
  "doctor", "teacher", "engineer", "journalist", "informer", "employee", "student", "farmer",
  "shepherd", "civilian", "man", "woman", "boy", "girl", "child", "son", "daughter", "brother",
  "father", "mother", "wife", "husband", "elder", "dignitary", "mukhtar", "judge", "lawyer", "nurse",
  "worker", "driver", "trader", "merchant", "spokesman", "spokeswoman", "head", "chief", "director",
  "soldier", "lieutenant", "sergeant", "cousin", NULL
};

/* "X was shot", "X and Y were killed": the name before "was"/"were" and a
 * verb of what was done to a person, "also" or "reportedly" between. */
static gboolean
victim_after (SuggestRun *run,
              guint       i,
              guint       k)
{
  static const char * const be[] = { "was", "were", NULL };
  static const char * const adverbs[] = { "also", "reportedly", "allegedly", "later", NULL };

  if (!cue_word (run, k) || !same_sentence (run, i, k + 1) || !_sitrep_suggest_tok_among (run, k, be))
    return FALSE;
  k++;
  if (_sitrep_suggest_tok_among (run, k, adverbs))
    k++;
  return same_sentence (run, i, k) && _sitrep_suggest_tok_among (run, k, victim_verbs);
}

/* "X, 35," or "X, a member of", "X, an alleged informer": a person's age or
 * a noun of a person in apposition. */
static gboolean
apposition_after (SuggestRun *run,
                  guint       i,
                  guint       k)
{
  static const char * const determiners[] = { "a", "an", "the", "his", "her", "their", NULL };
  const SuggestToken *t;

  if (!is_mark (run, k, ",") || !same_sentence (run, i, k + 1))
    return FALSE;
  t = tok (run, k + 1);
  if ((t->flags & TOK_NUMBER) && !(t->flags & TOK_WORD) && t->end - t->start <= 2)
    return is_mark (run, k + 2, ",");
  if (!_sitrep_suggest_tok_among (run, k + 1, determiners))
    return FALSE;
  /* "a local farmer"; "an ISIS official", "a Free Syrian Army commander":
   * the name of the body whose member the person is, in capitals. */
  for (guint j = k + 2, lower = 0; j < k + 8 && same_sentence (run, i, j); j++)
    {
      if (lower < 3 && _sitrep_suggest_tok_among (run, j, person_nouns))
        return TRUE;
      if ((tok (run, j)->flags & TOK_HYPHEN) && tok (run, j)->space_before == 0)
        continue;
      if (!(tok (run, j)->flags & TOK_WORD) || (!(tok (run, j)->flags & TOK_CAP) && ++lower >= 3))
        return FALSE;
    }
  return FALSE;
}

static gboolean
name_goes_on (SuggestRun *run,
              guint       j)
{
  const SuggestToken *t = tok (run, j);

  if (t->flags & TOK_CAP)
    return (t->flags & TOK_WORD) != 0;
  if (t->flags & TOK_PUNCT)
    return t->space_before == 0 && ((t->flags & TOK_HYPHEN) || run->text[t->start] == '\'' ||
                                    _sitrep_suggest_has_prefix (run->text + t->start, "\u2019"));
  return (t->flags & TOK_WORD) && t->end - t->start <= 5 && word_fact (run, j, WORD_FACT_NAME_PARTICLE);
}

/* A person named by no title, at capitalised token @i: a byline's name
 * ("Reporting by X"), or two to four names (with "al-", "bin") that a verb
 * of violence, an age or a noun of a person follows. */
gboolean
_sitrep_suggest_person_cue (SuggestRun *run,
                            guint       i,
                            guint      *first,
                            guint      *last)
{
  static const char * const bylines[] = { "reporting", "writing", "editing", "compiled", "translated", NULL };
  guint end = i, end2 = i;

  if (!is_latin_cap (run, i))
    return FALSE;
  if (i >= 2 && cue_word (run, i - 1) && _sitrep_suggest_tok_is (run, i - 1, "by") && _sitrep_suggest_tok_among (run, i - 2, bylines))
    {
      if (_sitrep_suggest_person_words (run, i, 4, &end) < 2)
        return FALSE;
      *first = i;
      *last = end;
      return TRUE;
    }
  /* Two names at least: a capitalised word, a particle ("bin") or a mark
   * glued to the name ("al-", "Ala’") next. */
  if (i + 1 >= run->tokens->len || !name_goes_on (run, i + 1))
    return FALSE;
  if (!opens_run (run, i) || _sitrep_suggest_person_words (run, i, 4, &end) < 2)
    return FALSE;
  if (!victim_after (run, i, end + 1) && !apposition_after (run, i, end + 1) &&
      !(cue_word (run, end + 1) && _sitrep_suggest_tok_is (run, end + 1, "and") && is_latin_cap (run, end + 2) &&
        _sitrep_suggest_person_words (run, end + 2, 4, &end2) >= 2 && victim_after (run, i, end2 + 1)))
    return FALSE;
  /* "Five Iraqis were killed": a number opens a count, not a name. */
  if (_sitrep_suggest_tok_is_common (run, i) || _sitrep_suggest_is_number_anchor (run, i))
    return FALSE;
  *first = i;
  *last = end;
  return TRUE;
}
