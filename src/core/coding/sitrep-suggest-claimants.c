/* sitrep-suggest-claimants.c — proposing claimants: "according to X", "X said", "in a statement released by X"
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-actors-private.h"

static const char * const speech_verbs[] = {
  "said", "says", "reported", "reports", "claimed", "claims", "announced", "announces",
  "stated", "states", "confirmed", "confirms", "told", "added", "revealed", "reveals",
  "declared", "noted", "wrote", "alleged", "insisted",
  /* "All Iraq News quoted a security source", "SNHR documented the killing of 772" */
  "quoted", "tweeted", "documented", NULL
};

static const char * const pronouns[] = {
  "he", "she", "they", "it", "we", "i", "this", "that", "officials", "sources", NULL
};

static const char * const name_joiners[] = {
  "of", "for", "the", "and", "al", "el", "in", "on", NULL
};

/* Abbreviated ranks and titles, written with a full stop. */
static const char * const short_titles[] = {
  "col", "gen", "lt", "maj", "brig", "capt", "sgt", "adm", "mr", "mrs", "ms", "dr", "cpl", "pvt",
  "sen", "gov", "rep", "spc", "pfc", "cmdr", "cdr", "cpt", "sfc", "amb", "prof", "supt", NULL
};

/* Words that open a sentence before its subject: "Although Baghdad declared …". */
static const char * const sentence_openers[] = {
  "although", "though", "while", "when", "whereas", "after", "before", "since", "because", "if",
  "once", "until", "unless", "but", "yet", "however", "meanwhile", "also", "still", NULL
};

static const char * const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

/* Nouns of those who speak for a party, after a nationality or a place's
 * adjective: "according to Syrian government sources", "Iraqi security
 * and press media". */
static const char * const source_nouns[] = {
  "sources", "source", "officials", "official", "media", "authorities", "police", "army", "forces",
  "military", "government", "ministry", "reports", "activists", "medics", "witnesses", "residents",
  "monitors", "agency", "television", "press", "security", "statement", "officers", "commanders", NULL
};

/* Whether token @i, a capitalised word at the start of a sentence, is an
 * ordinary word there ("As", "When"), not the start of a name. */
static gboolean
is_sentence_word (SuggestRun *run,
                  guint       i)
{
  const SuggestToken *t = tok (run, i);
  char buf[16];
  gsize len = t->end - t->start;

  if ((i > 0 && tok (run, i - 1)->sentence == t->sentence) || len >= sizeof buf || (t->flags & TOK_ARABIC))
    return FALSE;
  return (_sitrep_suggest_tok_is_common (run, i) && !_sitrep_suggest_tok_in (run, i, short_titles)) ||
         _sitrep_suggest_tok_among (run, i, sentence_openers);
}

/* A name from token @i on: capitalised words (with the small words inside
 * names), at most 10 tokens; its last capitalised word in @last. A leading
 * "the" is skipped. */
static gboolean
name_after (SuggestRun *run,
            guint       i,
            guint      *first,
            guint      *last)
{
  guint n = run->tokens->len;
  gboolean any = FALSE;

  if (i < n && _sitrep_suggest_tok_is (run, i, "the"))
    i++;
  /* "said Col. John Dorrian": the rank before the name is not the name. */
  while (i + 1 < n && _sitrep_suggest_tok_in (run, i, short_titles) && run->text[tok (run, i + 1)->start] == '.' &&
         tok (run, i + 1)->space_before == 0)
    i += 2;
  *first = i;
  for (guint j = i; j < n && j < i + 10; j++)
    {
      const SuggestToken *t = tok (run, j);

      /* A sentence does not end at an initial: "Stephen J. Townsend". */
      if (j > i && t->sentence != tok (run, j - 1)->sentence &&
          !(j >= 2 && run->text[tok (run, j - 1)->start] == '.' &&
            (tok (run, j - 2)->end - tok (run, j - 2)->start == 1 || _sitrep_suggest_tok_in (run, j - 2, short_titles))))
        break;
      /* "John “J.D.” Dorrian": a nickname in quotes inside the name. */
      if (any && (t->flags & TOK_PUNCT) && (run->text[t->start] == '"' || _sitrep_suggest_has_prefix (run->text + t->start, "“")))
        {
          guint close = j + 1;

          while (close < n && close <= j + 5 && !((tok (run, close)->flags & TOK_PUNCT) &&
                 (run->text[tok (run, close)->start] == '"' || _sitrep_suggest_has_prefix (run->text + tok (run, close)->start, "”"))))
            close++;
          if (close + 1 < n && close <= j + 5 && (tok (run, close + 1)->flags & TOK_CAP))
            {
              j = close;
              continue;
            }
          break;
        }
      if ((t->flags & (TOK_HYPHEN)) && t->space_before == 0 && any)
        continue;
      if ((t->flags & TOK_PUNCT) && run->text[t->start] == '.' && t->space_before == 0 && any &&
          t->end - tok (run, j - 1)->start <= 3)
        continue;   /* "U.S." */
      /* "said US Army Capt. Mark Walter": a rank's full stop inside the name. */
      if ((t->flags & TOK_PUNCT) && run->text[t->start] == '.' && t->space_before == 0 && any &&
          _sitrep_suggest_tok_in (run, j - 1, short_titles) && j + 1 < n && (tok (run, j + 1)->flags & TOK_CAP) &&
          (tok (run, j + 1)->flags & TOK_WORD))
        continue;
      if (!(t->flags & TOK_WORD))
        break;
      if (t->flags & TOK_CAP)
        {
          *last = j;
          any = TRUE;
        }
      else if (!any || !_sitrep_suggest_tok_in (run, j, name_joiners))
        break;
    }
  return any;
}

/* "forces in Garmiyan announced", "…, an oil worker from al-Lazzagah,
 * told": a name after "in", "at" or "near", or after "from" before a
 * comma ("a release from CENTCOM said" is CENTCOM's), an article glued
 * before it or not, ends a phrase of place, not the name of who speaks. */
static gboolean
after_place_preposition (SuggestRun *run,
                         guint       first,
                         gboolean    comma)
{
  static const char * const prepositions[] = { "in", "at", "near", NULL };
  guint k = first;

  if (k >= 2 && (tok (run, k - 1)->flags & TOK_HYPHEN) && tok (run, k - 1)->space_before == 0 &&
      tok (run, k)->space_before == 0 && _sitrep_suggest_is_article (run, k - 2))
    k -= 2;
  return k > 0 && tok (run, k - 1)->sentence == tok (run, first)->sentence &&
         (_sitrep_suggest_tok_among (run, k - 1, prepositions) || (comma && _sitrep_suggest_tok_is (run, k - 1, "from")));
}

/* Whether token @i is a noun that ends a body's name ("Sweida Police
 * Command", "Interior Ministry"): read byte by byte, as it is asked only
 * of a name after "at" or "in". */
static gboolean
is_body_noun (SuggestRun *run,
              guint       i)
{
  static const char * const nouns[] = {
    "Command", "Ministry", "Directorate", "Department", "Office", "Council", "Center", "Centre", "Headquarters",
    NULL
  };
  const char *p = run->text + tok (run, i)->start;
  gsize len = tok (run, i)->end - tok (run, i)->start;

  for (guint k = 0; nouns[k] != NULL; k++)
    if (strlen (nouns[k]) == len && memcmp (nouns[k], p, len) == 0)
      return TRUE;
  return FALSE;
}

/* The name that ends right before token @i ("the Syrian Observatory said"):
 * capitalised words going back. */
static gboolean
name_before (SuggestRun *run,
             guint       i,
             guint      *first,
             guint      *last)
{
  gboolean any = FALSE, comma = FALSE;

  if (i == 0)
    return FALSE;
  /* "…, Oleg Yegorov, said": the name before an appositive's comma. */
  if ((tok (run, i - 1)->flags & TOK_PUNCT) && run->text[tok (run, i - 1)->start] == ',' && i > 1)
    {
      i--;
      comma = TRUE;
    }
  *last = i - 1;
  for (guint j = i; j > 0 && j + 10 > i; j--)
    {
      const SuggestToken *t = tok (run, j - 1);

      if (t->sentence != tok (run, i)->sentence)
        break;
      if ((t->flags & TOK_HYPHEN) && t->space_before == 0 && any)
        continue;
      /* "U.S. Air Forces Central Command said" */
      if ((t->flags & TOK_PUNCT) && run->text[t->start] == '.' && t->space_before == 0 && any && j >= 2 &&
          tok (run, j - 2)->end - tok (run, j - 2)->start == 1 && (tok (run, j - 2)->flags & TOK_CAP))
        continue;
      if (!(t->flags & TOK_WORD))
        break;
      /* "The Department of Defense and U.S. Central Command said": two names. */
      if (any && _sitrep_suggest_tok_is (run, j - 1, "and"))
        break;
      /* "In Mosul the Joint Operations Command said": "the" starts the name
       * unless it stands inside one ("Islamic State of Iraq and the Levant"). */
      if (any && _sitrep_suggest_tok_is (run, j - 1, "the") && !(t->flags & TOK_CAP) &&
          !(j >= 2 && (_sitrep_suggest_tok_is (run, j - 2, "of") || _sitrep_suggest_tok_is (run, j - 2, "and"))))
        break;
      if (t->flags & TOK_CAP)
        {
          if (_sitrep_suggest_tok_is (run, j - 1, "The"))
            break;
          *first = j - 1;
          any = TRUE;
        }
      else if (!any || !_sitrep_suggest_tok_in (run, j - 1, name_joiners))
        break;
    }
  /* "Officials said", not "Human Rights Watch said": a known name keeps its first word. */
  if (any && *first < *last && is_sentence_word (run, *first))
    {
      const char *key = _sitrep_suggest_span_key_kept (run, *first, *last);

      if (g_hash_table_lookup (run->names, key) == NULL)
        (*first)++;
    }
  /* "forces in Garmiyan announced", "a worker from al-Lazzagah, told";
   * not "a source at Sweida Police Command told", a body's name. */
  if (any && after_place_preposition (run, *first, comma) && !is_body_noun (run, *last))
    return FALSE;
  return any && (tok (run, *last)->flags & TOK_CAP) && (tok (run, *first)->flags & TOK_CAP);
}

/* "Abdulla Nuraldin, Dubiz mayor, told", "Irfan Hamakhan, a Peshmerga
 * commander, told": the name before an appositive set off by two commas
 * that has a word in lower case (a description, not a name). @i is the
 * speech verb, right after the second comma. */
static gboolean
name_before_appositive (SuggestRun *run,
                        guint       i,
                        guint      *first,
                        guint      *last)
{
  gboolean lower = FALSE;

  if (i < 4 || !(tok (run, i - 1)->flags & TOK_PUNCT) || run->text[tok (run, i - 1)->start] != ',')
    return FALSE;
  for (guint k = i - 2; k > 0 && k + 8 > i; k--)
    {
      const SuggestToken *t = tok (run, k);

      if (t->sentence != tok (run, i)->sentence)
        return FALSE;
      if ((t->flags & TOK_PUNCT) && run->text[t->start] == ',')
        return lower && k + 2 < i && name_before (run, k, first, last) && *last + 1 == k;
      if ((t->flags & TOK_PUNCT) && !(t->flags & TOK_HYPHEN) && run->text[t->start] != '.')
        return FALSE;
      if ((t->flags & TOK_WORD) && !(t->flags & TOK_CAP))
        lower = TRUE;
    }
  return FALSE;
}

/* "Kareem Chehayeb reported from Beirut.", "John Smith reports from
 * Baghdad:": a reporter's credit, at the speech verb @i, names who wrote the
 * report, not a source. An outlet reporting from a place what it tells
 * ("SANA reported from Deir ez-Zor that …") goes on past the place. */
static gboolean
is_reporter_credit (SuggestRun *run,
                    guint       i)
{
  guint n = run->tokens->len, k = i + 2;

  if (!(_sitrep_suggest_tok_is (run, i, "reported") || _sitrep_suggest_tok_is (run, i, "reports")) ||
      !_sitrep_suggest_tok_is (run, i + 1, "from") || k >= n || !(tok (run, k)->flags & TOK_CAP))
    return FALSE;
  while (k < n && tok (run, k)->sentence == tok (run, i)->sentence &&
         (((tok (run, k)->flags & TOK_WORD) && ((tok (run, k)->flags & TOK_CAP) || _sitrep_suggest_tok_in (run, k, name_joiners))) ||
          ((tok (run, k)->flags & TOK_HYPHEN) && tok (run, k)->space_before == 0)))
    k++;
  return k >= n || tok (run, k)->sentence != tok (run, i)->sentence ||
         run->text[tok (run, k)->start] == '.' || run->text[tok (run, k)->start] == ':';
}

/* The writer named in a reporter's credit, tokens @first … @last, is a
 * person the report names (coders list them), unless one is proposed there
 * already. */
static void
credit_person (SuggestRun *run,
               guint       first,
               guint       last)
{
  gsize start = tok (run, first)->start, end = tok (run, last)->end;

  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if ((o->kind == SITREP_SUGGEST_PERSON || o->kind == SITREP_SUGGEST_ACTOR) && o->byte_start < end &&
          o->byte_end > start)
        return;
    }
  _sitrep_suggest_add_person (run, first, last, 0.6);
}

/* "The Syrian Observatory for Human Rights (SOHR) confirmed": a short form
 * in capitals in brackets right before the speech verb @i; the name before
 * the brackets (else the short form) in @first … @last. */
static gboolean
short_form_before (SuggestRun *run,
                   guint       i,
                   guint      *first,
                   guint      *last)
{
  const SuggestToken *t;

  if (i < 3 || run->text[tok (run, i - 1)->start] != ')' || run->text[tok (run, i - 3)->start] != '(')
    return FALSE;
  t = tok (run, i - 2);
  if (!(t->flags & TOK_WORD) || t->end - t->start < 2 || t->sentence != tok (run, i)->sentence)
    return FALSE;
  for (gsize b = t->start; b < t->end; b++)
    if (!g_ascii_isupper (run->text[b]))
      return FALSE;
  if (name_before (run, i - 3, first, last) && *last + 1 == i - 3)
    return TRUE;
  *first = *last = i - 2;
  return TRUE;
}

/* "…to fight al Qaida in Iraq, said a police officer", "…who attributed
 * the assault to Daesh, told": the name before the comma at @i - 1 is
 * the object of the word before it, not who speaks. "The Civil Defense
 * team, known as White Helmets, said" and "…, Oleg Yegorov, said" stay. */
static gboolean
speaker_follows (SuggestRun *run,
                 guint       i,
                 guint       first)
{
  static const char * const skipped[] = { "the", "al", "el", NULL };
  static const char * const objects[] = {
    "to", "against", "with", "fight", "fighting", "fought", "by", "into", "toward", "towards", NULL
  };
  guint k = first;

  if (i == 0 || run->text[tok (run, i - 1)->start] != ',')
    return FALSE;
  while (k > 0 && tok (run, k - 1)->sentence == tok (run, i)->sentence && _sitrep_suggest_tok_among (run, k - 1, skipped))
    k--;
  return k > 0 && tok (run, k - 1)->sentence == tok (run, i)->sentence && (tok (run, k - 1)->flags & TOK_WORD) &&
         !(tok (run, k - 1)->flags & TOK_CAP) && _sitrep_suggest_tok_among (run, k - 1, objects);
}

/* The places proposed, by start: a place is no claimant. */
typedef struct
{
  GArray *places;
  gsize   longest;
} Places;

static gboolean
is_place (SuggestRun *run,
          Places     *places,
          guint       first,
          guint       last)
{
  if (places->places == NULL)
    places->places = _sitrep_suggest_places_by_start (run, &places->longest);
  return _sitrep_suggest_place_over (run, places->places, places->longest, tok (run, first)->start,
                                     tok (run, last)->end) != NULL;
}

/* A weekday or a month's name ("May" may be a person's). */
static gboolean
is_date_word (SuggestRun *run,
              guint       i)
{
  return _sitrep_suggest_tok_among (run, i, weekdays) ||
         (_sitrep_suggest_is_month (run, i) && !_sitrep_suggest_tok_is (run, i, "may"));
}

/* "Influential MP Hamam Hamoudi", "Defense Secretary Ash Carter": one or
 * two capitalised words before a title say who the person is; the
 * claimant starts at the title, when a name that is no title follows it
 * ("Army General Staff" stays whole). */
static guint
title_start (SuggestRun *run,
             guint       first,
             guint       last)
{
  guint k = first;

  while (k < first + 2 && k < last && (tok (run, k)->flags & TOK_CAP) && (tok (run, k)->flags & TOK_WORD) &&
         !_sitrep_suggest_is_title (run, k))
    k++;
  if (k == first || k >= last || !_sitrep_suggest_is_title (run, k))
    return first;
  for (guint j = k + 1; j <= last; j++)
    {
      if ((tok (run, j)->flags & TOK_CAP) && (tok (run, j)->flags & TOK_WORD) && !_sitrep_suggest_is_title (run, j))
        return k;
    }
  return first;
}

/* The claimant's name without a weekday or a month glued before it ("On
 * Monday Hassan Ali said") or after it ("forces in Garmiyan on Thursday
 * announced"), nor the words before its title. A rank stays: accepting
 * names the person without it.
 * FALSE when nothing else is left ("on Friday claimed"): no claimant. */
static gboolean
claimant_bounds (SuggestRun *run,
                 guint      *first,
                 guint      *last)
{
  while (*first < *last && is_date_word (run, *first))
    (*first)++;
  while (*last > *first && is_date_word (run, *last))
    {
      (*last)--;
      while (*last > *first && !(tok (run, *last)->flags & TOK_CAP))
        (*last)--;
    }
  if (is_date_word (run, *first))
    return FALSE;
  *first = title_start (run, *first, *last);
  return TRUE;
}

static void
add_claimant (SuggestRun *run,
              Places     *places,
              guint       first,
              guint       last)
{
  const char *key = _sitrep_suggest_span_key_kept (run, first, last);
  SitrepSuggestion *s;
  /* The name known under @key, looked up again only when @key changes. */
  KnownName *known = g_hash_table_lookup (run->names, key);
  guint start = first, end = last;

  /* a known name is taken whole ("Prime Minister's Office") */
  if (known == NULL)
    {
      if (!claimant_bounds (run, &start, &end))
        return;
      if (start != first || end != last)
        {
          first = start;
          last = end;
          key = _sitrep_suggest_span_key_kept (run, first, last);
          known = g_hash_table_lookup (run->names, key);
        }
    }

  /* "Horrya Press in Idlib reported": the name ends before "in" and the place. */
  if (known == NULL)
    for (guint k = first + 1; k + 1 <= last; k++)
      if ((_sitrep_suggest_tok_is (run, k, "in") || _sitrep_suggest_tok_is (run, k, "at")) &&
          (tok (run, k - 1)->flags & TOK_CAP) && is_place (run, places, k + 1, last))
        {
          last = k - 1;
          key = _sitrep_suggest_span_key_kept (run, first, last);
          known = g_hash_table_lookup (run->names, key);
          break;
        }
  if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_CLAIMANT, key))
    return;
  /* "Saraqib said": a place does not speak; "Damascus said" names no
   * claimant a coder could attribute a figure to. A short form in
   * capitals does ("SANA reported that …", "according to SANA": the
   * agency, though Yemen's capital is spelled so too). */
  if ((known == NULL || g_strcmp0 (known->kind, "place") == 0) && is_place (run, places, first, last) &&
      !(first == last && tok (run, first)->end - tok (run, first)->start >= 3 && _sitrep_suggest_is_all_caps (run, first)))
    return;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_CLAIMANT, first, last);
  s->score = 0.7;
  if (known != NULL)
    {
      s->entity_id = known->entity_id;
      s->entity_name = _sitrep_suggest_strdup (run, known->name);
      s->actor_type = _sitrep_suggest_strdup (run, known->actor_type);
    }
  else
    s->entity_name = _sitrep_suggest_strdup (run, s->text);
}

/* "according to casualty figures recorded by the United Nations …",
 * "according to local Asayesh", "according to a UN report": the name
 * after a few words in lower case
 * that end in "by", "from" or "of", or after one or two adjectives. */
static gboolean
name_after_words (SuggestRun *run,
                  guint       i,
                  guint      *first,
                  guint      *last)
{
  static const char * const ends[] = { "by", "from", "of", NULL };
  static const char * const stops[] = {
    "to", "in", "at", "near", "with", "for", "on", "that", "and", "who", "which", "close", NULL
  };

  for (guint k = i; k < run->tokens->len && k < i + 6; k++)
    {
      const SuggestToken *t = tok (run, k);

      if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP) || t->sentence != tok (run, i)->sentence)
        return FALSE;
      if (_sitrep_suggest_tok_among (run, k, ends))
        return name_after (run, k + 1, first, last);
      if (_sitrep_suggest_tok_among (run, k, stops))
        return FALSE;
      if (k < i + 2 && k + 1 < run->tokens->len && (tok (run, k + 1)->flags & TOK_CAP) &&
          (tok (run, k + 1)->flags & TOK_WORD))
        return name_after (run, k + 1, first, last);
    }
  return FALSE;
}

/* "according to Syrian government sources": one capitalised word the
 * project does not know, before nouns of those who speak, is an adjective
 * of the claimant, which ends at the last of those nouns (@last moved
 * there); with none of them, the name stays as it was. */
static void
adjective_source (SuggestRun *run,
                  guint       first,
                  guint      *last)
{
  g_autofree char *key = NULL;
  guint end = first;

  if (*last != first)
    return;
  for (guint k = first + 1; k < run->tokens->len && k <= first + 5; k++)
    {
      const SuggestToken *t = tok (run, k);

      if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP) || t->sentence != tok (run, first)->sentence)
        break;
      if (_sitrep_suggest_tok_among (run, k, source_nouns))
        end = k;
      else if (!_sitrep_suggest_tok_is (run, k, "and"))
        break;
    }
  if (end == first)
    return;
  key = _sitrep_suggest_span_key (run, first, first);
  if (g_hash_table_lookup (run->names, key) == NULL)
    *last = end;
}

/* "Preliminary reports indicated", "Local reports of": "reports",
 * "claims", "states" as a noun, a verb or "of" after it. */
static gboolean
is_noun_use (SuggestRun *run,
             guint       i)
{
  static const char * const nouns[] = { "reports", "claims", "states", NULL };
  static const char * const verbs[] = {
    "indicate", "indicates", "say", "suggest", "suggests", "show", "shows", "put", "puts", "of", NULL
  };
  const SuggestToken *next;

  if (i + 1 >= run->tokens->len || !_sitrep_suggest_tok_among (run, i, nouns))
    return FALSE;
  next = tok (run, i + 1);
  if (!(next->flags & TOK_WORD) || (next->flags & TOK_CAP))
    return FALSE;
  return _sitrep_suggest_tok_among (run, i + 1, verbs) || _sitrep_suggest_tok_in (run, i + 1, speech_verbs) ||
         (next->end - next->start > 4 && run->text[next->end - 2] == 'e' && run->text[next->end - 1] == 'd');
}

/* "put the toll at 17", "raised the death toll to 30", "put the total number dead at": verbs that
 * give a count as a claim when a toll is their object. */
static const char * const toll_verbs[] = { "put", "puts", "raised", "raises", "placed", "places", NULL };

/* Whether the words from @i are a toll: "the (death|total|civilian…) toll", "its tally", "the
 * total number". */
static gboolean
is_toll_object (SuggestRun *run,
                guint       i)
{
  static const char * const determiners[] = { "the", "its", "their", "his", "her", NULL };
  static const char * const nouns[] = { "toll", "tally", "number", "count", "figure", "total", NULL };
  guint n = run->tokens->len;

  if (i >= n || !_sitrep_suggest_tok_among (run, i, determiners))
    return FALSE;
  for (guint k = i + 1; k < n && k < i + 4; k++)
    {
      if (_sitrep_suggest_tok_among (run, k, nouns) &&
          !(_sitrep_suggest_tok_is (run, k, "total") && _sitrep_suggest_tok_among (run, k + 1, nouns)))
        return TRUE;
      if (!(tok (run, k)->flags & TOK_WORD) || (tok (run, k)->flags & TOK_CAP))
        return FALSE;
    }
  return FALSE;
}

/* The nouns an unnamed source is told by ("a security source said",
 * "medical sources", "a police officer"), and the words that say of what
 * kind it is (capitalised words too: "an Interior Ministry source"). */
static const char * const unnamed_heads[] = {
  "source", "sources", "officer", "officers", "official", "officials", "medic", "medics", NULL
};
static const char * const unnamed_kinds[] = {
  "security", "medical", "police", "military", "local", "hospital", "government", "provincial", "army",
  "intelligence", "health", "tribal", "informed", "field", "civil", "defence", "defense", "senior", "municipal",
  "media", "press", "rescue", "judicial", "ministry", "interior", "and", NULL
};
static const char * const source_determiners[] = { "a", "an", "the", "two", "three", "several", NULL };

/* Whether token @k is a word of an unnamed source's kind: one listed, or a
 * capitalised word of the sentence (not its first, not a speech verb). */
static gboolean
unnamed_kind (SuggestRun *run,
              guint       k,
              guint       sentence)
{
  const SuggestToken *t = tok (run, k);

  if (!(t->flags & TOK_WORD) || (t->flags & TOK_ARABIC) || t->sentence != sentence)
    return FALSE;
  if (_sitrep_suggest_tok_among (run, k, unnamed_kinds))
    return TRUE;
  return (t->flags & TOK_CAP) && k > 0 && tok (run, k - 1)->sentence == sentence &&
         !_sitrep_suggest_tok_in (run, k, speech_verbs);
}

/* An unnamed source whose noun is token @head: its words of kind before it
 * (at least one, not "and" first, at most four), after a determiner, a
 * mark or the sentence's start; in @first … @last. "the source said" (one
 * named before) and "sources said" tell no kind. */
static gboolean
unnamed_source_ending (SuggestRun *run,
                       guint       head,
                       guint      *first,
                       guint      *last)
{
  guint sentence = tok (run, head)->sentence;
  guint k = head;

  if (!(tok (run, head)->flags & TOK_WORD) || (tok (run, head)->flags & TOK_CAP) ||
      !_sitrep_suggest_tok_among (run, head, unnamed_heads))
    return FALSE;
  while (k > 0 && head - k < 4 && unnamed_kind (run, k - 1, sentence))
    k--;
  while (k < head && _sitrep_suggest_tok_is (run, k, "and"))
    k++;
  if (k == head)
    return FALSE;
  /* before it: a determiner, a mark, "to" ("according to"), or nothing of its sentence */
  if (k > 0 && tok (run, k - 1)->sentence == sentence && (tok (run, k - 1)->flags & TOK_WORD) &&
      !_sitrep_suggest_tok_among (run, k - 1, source_determiners) && !_sitrep_suggest_tok_is (run, k - 1, "to"))
    return FALSE;
  *first = k;
  *last = head;
  return TRUE;
}

/* Two unnamed sources told as one ("an interior ministry official and a medical source said", "a security
 * source and a local official said"): the first's words too, *@first moved back to them. */
static void
and_unnamed_before (SuggestRun *run,
                    guint      *first)
{
  guint k = *first, f, l;

  if (k > 0 && _sitrep_suggest_tok_among (run, k - 1, source_determiners))
    k--;
  if (k >= 3 && tok (run, k - 1)->sentence == tok (run, k)->sentence && _sitrep_suggest_tok_is (run, k - 1, "and") &&
      unnamed_source_ending (run, k - 2, &f, &l))
    *first = f;
}

/* An unnamed source starting at token @k, or after a determiner there:
 * its words of kind, then its noun (unnamed_source_ending ()). */
static gboolean
unnamed_source_from (SuggestRun *run,
                     guint       k,
                     guint      *first,
                     guint      *last)
{
  guint sentence;

  if (k >= run->tokens->len)
    return FALSE;
  sentence = tok (run, k)->sentence;
  if (_sitrep_suggest_tok_among (run, k, source_determiners))
    k++;
  for (guint h = k; h < run->tokens->len && h <= k + 4 && tok (run, h)->sentence == sentence; h++)
    {
      if (h > k && unnamed_source_ending (run, h, first, last))
        return *first == k;
      if (!unnamed_kind (run, h, sentence))
        return FALSE;
    }
  return FALSE;
}

/* The words other than a speech verb a phrase below starts at. */
static const char * const claim_words[] = {
  "according", "statement", "put", "puts", "raised", "raises", "placed", "places", NULL
};

void
_sitrep_suggest_claimants (SuggestRun *run)
{
  guint n = run->tokens->len;
  Places places = { NULL, 0 };
  guint64 speech_bit = _sitrep_suggest_list_bit (run, speech_verbs);
  guint64 claim_bit = _sitrep_suggest_list_bit (run, claim_words);

  for (guint i = 0; i + 1 < n; i++)
    {
      guint first = 0, last = 0;

      /* Each phrase starts at "according", "statement" or a speech verb:
       * the tokens of neither list are passed over by their lists alone
       * (or, with a list past the first 64, by their length). */
      if (speech_bit != 0 && claim_bit != 0)
        {
          i = _sitrep_suggest_next_listed (run, i, n - 1, speech_bit | claim_bit, 0);
          if (i + 1 >= n)
            break;
        }
      else if (speech_bit != 0 && !(run->lists[i] & speech_bit) && tok (run, i)->end - tok (run, i)->start != strlen ("according"))
        continue;

      /* "according to X" */
      if (_sitrep_suggest_tok_is (run, i, "according") && _sitrep_suggest_tok_is (run, i + 1, "to") &&
          (name_after (run, i + 2, &first, &last) || name_after_words (run, i + 2, &first, &last)))
        {
          adjective_source (run, first, &last);
          add_claimant (run, &places, first, last);
          i = last;
          continue;
        }
      /* "according to a security source", "according to medical sources" */
      if (_sitrep_suggest_tok_is (run, i, "according") && _sitrep_suggest_tok_is (run, i + 1, "to") &&
          unnamed_source_from (run, i + 2, &first, &last))
        {
          add_claimant (run, &places, first, last);
          i = last;
          continue;
        }
      /* "a statement released by X", "a statement by X", "a statement from X" */
      if (_sitrep_suggest_tok_is (run, i, "statement"))
        {
          guint j = i + 1;

          if (_sitrep_suggest_tok_is (run, j, "released") || _sitrep_suggest_tok_is (run, j, "issued") ||
              _sitrep_suggest_tok_is (run, j, "published"))
            j++;
          if ((_sitrep_suggest_tok_is (run, j, "by") || _sitrep_suggest_tok_is (run, j, "from")) &&
              name_after (run, j + 1, &first, &last))
            {
              add_claimant (run, &places, first, last);
              i = last;
              continue;
            }
        }
      /* "Sound and Picture put the toll at 17" */
      if (_sitrep_suggest_tok_among (run, i, toll_verbs) && !(tok (run, i)->flags & TOK_CAP) &&
          is_toll_object (run, i + 1))
        {
          if (name_before (run, i, &first, &last) && !(first == last && _sitrep_suggest_tok_in (run, first, pronouns)))
            add_claimant (run, &places, first, last);
          continue;
        }
      /* "X said", and ", said X" */
      if ((tok (run, i)->flags & TOK_WORD) && !(tok (run, i)->flags & TOK_CAP) &&
          _sitrep_suggest_tok_in (run, i, speech_verbs))
        {
          /* "an attack in Baghdad claimed by Daesh": the name before a
           * passive verb is not who speaks. */
          if (_sitrep_suggest_tok_is (run, i + 1, "by") || is_noun_use (run, i))
            continue;
          /* "Kareem Chehayeb reported from Beirut.": the writer, no claimant */
          if (is_reporter_credit (run, i))
            {
              if (name_before (run, i, &first, &last))
                credit_person (run, first, last);
              continue;
            }
          if (short_form_before (run, i, &first, &last))
            add_claimant (run, &places, first, last);
          else if ((name_before (run, i, &first, &last) || name_before_appositive (run, i, &first, &last)) &&
                   !(first == last && _sitrep_suggest_tok_in (run, first, pronouns)) && !speaker_follows (run, i, first))
            add_claimant (run, &places, first, last);
          /* "a security source said", "police and medical sources told AFP" */
          else if (i > 0 && unnamed_source_ending (run, i - 1, &first, &last))
            {
              and_unnamed_before (run, &first);
              add_claimant (run, &places, first, last);
            }
          /* "told X": X is who was told */
          else if (i > 0 && (tok (run, i - 1)->flags & TOK_PUNCT) && !_sitrep_suggest_tok_is (run, i, "told") &&
                   name_after (run, i + 1, &first, &last))
            {
              add_claimant (run, &places, first, last);
              i = last;
            }
          /* ", said a police officer" */
          else if (i > 0 && (tok (run, i - 1)->flags & TOK_PUNCT) && !_sitrep_suggest_tok_is (run, i, "told") &&
                   unnamed_source_from (run, i + 1, &first, &last))
            {
              add_claimant (run, &places, first, last);
              i = last;
            }
        }
    }
  g_clear_pointer (&places.places, g_array_unref);
  _sitrep_suggest_arabic_claimants (run);
}
