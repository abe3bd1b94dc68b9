/* sitrep-suggest-actors.c — proposing actors (the project's, the bundled list's, "Syrian forces") and persons (ranks, titles, kunyas)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-spans.h"
#include "sitrep-suggest-actors-private.h"

/* Longest name, in tokens (words, hyphens, joining words), looked for. */
#define MAX_NAME_TOKENS 9

/* Small words that may stand inside a name: "Government of Syria",
 * "Syrian Observatory for Human Rights", "Deir ez-Zor". */
static const char * const joining_words[] = {
  "of", "for", "the", "and", "al", "el", "ez", "az", "as", "ad", "ash", "an", "ar", "at",
  "bin", "ibn", "de", "in", NULL
};

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return tok (run, a)->sentence == tok (run, b)->sentence;
}

/* Whether mark @i is an apostrophe after a plural ("Workers'", "Workers’")
 * with a capitalised word after it. Out of line: asked of few marks. */
static G_GNUC_NO_INLINE gboolean
plural_apostrophe (SuggestRun *run,
                   guint       i)
{
  const SuggestToken *t = tok (run, i);

  return i > 0 && i + 1 < run->tokens->len &&
         (run->text[t->start] == '\'' || _sitrep_suggest_has_prefix (run->text + t->start, "\u2019")) &&
         run->text[tok (run, i - 1)->end - 1] == 's' && (tok (run, i + 1)->flags & TOK_CAP) &&
         (tok (run, i + 1)->flags & TOK_WORD) && tok (run, i + 1)->space_before == 1;
}

/* continues_name () past a word: a mark. */
static G_GNUC_NO_INLINE gboolean
continues_name_slow (SuggestRun *run,
                     guint       i)
{
  const SuggestToken *t = tok (run, i);

  /* "al-Sham", "U.S.", "Hay'at": marks glued to the words around them. */
  if ((t->flags & TOK_PUNCT) && t->space_before == 0 && i + 1 < run->tokens->len &&
      tok (run, i + 1)->space_before == 0 &&
      ((t->flags & TOK_HYPHEN) || run->text[t->start] == '.' || run->text[t->start] == '\''))
    return TRUE;
  /* "U.S. Department of State": the full stop of a one-capital abbreviation, a word after it. */
  if ((t->flags & TOK_PUNCT) && run->text[t->start] == '.' && t->space_before == 0 && i > 0 &&
      tok (run, i - 1)->end - tok (run, i - 1)->start == 1 && (tok (run, i - 1)->flags & TOK_CAP) &&
      i + 1 < run->tokens->len && (tok (run, i + 1)->flags & TOK_CAP) && (tok (run, i + 1)->flags & TOK_WORD))
    return TRUE;
  /* "Kurdistan Workers' Party", "Workers’ Party": a plural's apostrophe. */
  return (t->flags & TOK_PUNCT) && t->space_before == 0 &&
         (run->text[t->start] == '\'' || (guchar) run->text[t->start] == 0xe2) && plural_apostrophe (run, i);
}

/* Whether token @i may continue a name begun before it: a word does
 * (inline: asked of every word of every span a name may hold). */
static inline gboolean
continues_name (SuggestRun *run,
                guint       i)
{
  return (tok (run, i)->flags & TOK_WORD) || continues_name_slow (run, i);
}

static KnownName *
lookup_name (SuggestRun *run,
             guint       first,
             guint       last,
             gboolean    by_key)
{
  const SuggestToken *t = tok (run, first);
  const char *key;

  if (first == last && (t->flags & TOK_WORD))
    {
      char buf[16];
      gsize len = t->end - t->start;
      KnownName *name;
      gboolean none;

      if (len < sizeof buf - 1 && !(_sitrep_suggest_word_fact (run, first, WORD_FACT_NO_ACRONYM, &none) && none))
        {
          buf[0] = '=';
          memcpy (buf + 1, run->text + t->start, len);
          buf[len + 1] = '\0';
          name = g_hash_table_lookup (run->names, buf);
          _sitrep_suggest_word_fact_set (run, first, WORD_FACT_NO_ACRONYM, name == NULL);
          if (name != NULL)
            return name;
        }
    }
  if (!by_key)
    return NULL;
  /* A word alone: its key is its word's, and so is the answer when none
   * ("The", "A" at every sentence's start are asked again and again). */
  if (first == last)
    {
      gboolean none;
      KnownName *name;

      if (_sitrep_suggest_word_fact (run, first, WORD_FACT_NOT_A_NAME, &none) && none)
        return NULL;
      key = _sitrep_suggest_tok_key (run, first);
      name = *key != '\0' ? g_hash_table_lookup (run->names, key) : NULL;
      _sitrep_suggest_word_fact_set (run, first, WORD_FACT_NOT_A_NAME, name == NULL);
      return name;
    }
  key = _sitrep_suggest_span_key_tmp (run, first, last);
  if (*key == '\0')
    return NULL;
  return g_hash_table_lookup (run->names, key);
}

/* Nouns of an armed body or a government. Not "officials": officials speak
 * for a party ("Iraqi officials said"), they are not one. */
static const char * const force_nouns[] = {
  "forces", "force", "army", "military", "troops", "soldiers", "militia", "militias",
  "militants", "fighters", "rebels", "authorities", "government", "regime", "police",
  "warplanes", "jets", "aircraft", "air", "navy", "gunmen", "insurgents", "units",
  "battalions", "brigades", "groups", "tribes", "jihadists", "artillery", "factions", "faction",
  "mercenaries", "paramilitaries", "terrorists", "extremists", "islamists", "loyalists",
  "dictatorship", "opposition", "coalition", "command", "commanders", NULL
};

/* Whether word @i is in no key of a known name: a word (not an article,
 * so never left out of a span's key) whose key is one word that no name's
 * key has. The key of a span holding it has it, and names nothing. */
static G_GNUC_NO_INLINE gboolean in_no_name_slow (SuggestRun *run,
                                                  guint       i);

/* Inline: asked of every word of the capitalised runs, known for its
 * word once asked. */
static inline gboolean
in_no_name (SuggestRun *run,
            guint       i)
{
  gboolean none;

  if (run->name_words == NULL || !(tok (run, i)->flags & TOK_WORD) || _sitrep_suggest_is_article (run, i))
    return FALSE;
  if (_sitrep_suggest_word_fact (run, i, WORD_FACT_NO_NAME, &none))
    return none;
  return in_no_name_slow (run, i);
}

/* in_no_name () the first time its word is asked. */
static gboolean
in_no_name_slow (SuggestRun *run,
                 guint       i)
{
  const char *k = _sitrep_suggest_tok_key (run, i);
  gboolean one_word = *k != '\0' && strchr (k, ' ') == NULL;
  gpointer word = one_word ? g_hash_table_lookup (run->name_words, k) : NULL;
  gboolean none = one_word && word == NULL;

  _sitrep_suggest_word_fact_set (run, i, WORD_FACT_NO_NAME, none);
  /* The same look-up says whether a name's key starts with it. */
  _sitrep_suggest_word_fact_set (run, i, WORD_FACT_NO_NAME_START, one_word && word != NAME_WORD_FIRST);
  return none;
}

/* Whether word @i starts no key of a known name: not an article (which a
 * span's key may leave out), and its key one word that is the first word
 * of no name's key. The key of a span from it starts with that word (a
 * span whose other words are left out has that word alone for key), and
 * names nothing. */
static gboolean
starts_no_name (SuggestRun *run,
                guint       i)
{
  gboolean none;

  /* in_no_name () works out both facts of a word at once. */
  if (in_no_name (run, i))
    return TRUE;
  return _sitrep_suggest_word_fact (run, i, WORD_FACT_NO_NAME_START, &none) && none;
}

static G_GNUC_NO_INLINE KnownName *known_name_at_slow (SuggestRun *run,
                                                       guint       i,
                                                       guint      *last);

/* The longest known name starting at @i; its last token in @last. Inline:
 * asked of every capitalised word, most of which start no name's key and
 * are no acronym of one, as their word's facts say once known. */
static inline KnownName *
known_name_at (SuggestRun *run,
               guint       i,
               guint      *last)
{
  gboolean none;

  /* As below: by key, no name starts here; and the word alone is no
   * acronym that names one (too long to be asked as one, or asked). */
  if ((in_no_name (run, i) || (_sitrep_suggest_word_fact (run, i, WORD_FACT_NO_NAME_START, &none) && none)) &&
      (tok (run, i)->end - tok (run, i)->start >= 15 ||
       (_sitrep_suggest_word_fact (run, i, WORD_FACT_NO_ACRONYM, &none) && none)))
    return NULL;
  return known_name_at_slow (run, i, last);
}

static KnownName *
known_name_at_slow (SuggestRun *run,
                    guint       i,
                    guint      *last)
{
  guint n = run->tokens->len;
  guint ends[MAX_NAME_TOKENS];
  guint32 hashes[MAX_NAME_TOKENS];
  guint n_ends = 0;
  /* A word that is no word of any name's key starts none (see
   * in_no_name ()), nor one that only ends or is inside names' keys (see
   * starts_no_name ()). Only an acronym as written ("=IS") is left to ask. */
  gboolean by_key = !starts_no_name (run, i);
  /* Then only the word alone may name one, as an acronym: every longer
   * span is asked by key, which !by_key leaves out. */
  if (!by_key)
    {
      KnownName *name = lookup_name (run, i, i, FALSE);

      if (name != NULL)
        *last = i;
      return name;
    }

  /* Where a name starting here could end: after a word, before a break. */
  for (guint j = i; j < n && j < i + MAX_NAME_TOKENS && same_sentence (run, i, j); j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && !continues_name (run, j))
        break;
      if (!(t->flags & TOK_WORD))
        continue;
      /* No span holding a word of no name's key is a name: nor any longer one. */
      if (j > i && in_no_name (run, j))
        break;
      /* A lower-case word ends the name, a force's noun as its last word
       * ("Syrian army", "Kurdish forces"). */
      if (j > i && !(t->flags & TOK_CAP) && !_sitrep_suggest_tok_in (run, j, joining_words))
        {
          if (_sitrep_suggest_tok_in (run, j, force_nouns))
            ends[n_ends++] = j;
          break;
        }
      ends[n_ends++] = j;
    }
  /* Spans of two words or more, asked by key alone, not when no name's hash is theirs. */
  if (n_ends > 0 && ends[n_ends - 1] > i)
    _sitrep_suggest_span_hashes (run, i, ends, n_ends, hashes);
  for (guint e = n_ends; e > 0; e--)
    {
      KnownName *name;

      if (ends[e - 1] > i && !_sitrep_suggest_key_filter_has (run->names_filter, hashes[e - 1]))
        continue;
      name = lookup_name (run, i, ends[e - 1], by_key);
      if (name != NULL)
        {
          *last = ends[e - 1];
          return name;
        }
    }
  return NULL;
}

static const char * const nationalities[] = {
  "syrian", "russian", "iraqi", "turkish", "kurdish", "iranian", "american", "israeli",
  "lebanese", "jordanian", "british", "french", "coalition", "government", "regime",
  "pro-government", "opposition", "rebel", "tribal", "local", "arab", "sunni", "shia",
  "shiite", "afghan", "pakistani", "saudi", "emirati", "qatari", "u.s", "us", "assyrian",
  "yazidi", "egyptian", "palestinian", "asad", "assad", "security", "pro", "anti", "federal", "state",
  "armed", "islamist", "jihadist", "extremist", "terrorist", "foreign", "druze", "alawite", "christian", "armenian",
  "turkmen", "bedouin", "chechen", "libyan", "yemeni", "houthi", "tunisian", "uzbek", "german", "australian",
  "canadian", "italian", "danish", "dutch", "belgian", "chinese", "ukrainian", "counter", "civil", NULL
};


/* "Syrian forces", "Russian-backed groups of local fighters", "local militias".
 * Always inline: asked of every capitalised word, and left out of line when
 * the actors' walk grew by a line (+1 M instructions a cold MB). */
G_ALWAYS_INLINE static inline gboolean
generic_force (SuggestRun *run,
               guint       i,
               guint      *last)
{
  guint n = run->tokens->len;
  guint j = i + 1;

  /* "U.S.-led coalition": the abbreviation is four tokens. */
  if (i + 4 < n && _sitrep_suggest_tok_is (run, i, "U") && run->text[tok (run, i + 1)->start] == '.' &&
      _sitrep_suggest_tok_is (run, i + 2, "S") && run->text[tok (run, i + 3)->start] == '.' &&
      tok (run, i + 1)->space_before == 0 && tok (run, i + 2)->space_before == 0 && tok (run, i + 3)->space_before == 0)
    j = i + 4;
  else if (!_sitrep_suggest_tok_in (run, i, nationalities))
    return FALSE;
  /* "civil defence" is a body (rescuers), "civil war" none. */
  else if (_sitrep_suggest_tok_is (run, i, "civil"))
    {
      if (!_sitrep_suggest_tok_is (run, i + 1, "defence") && !_sitrep_suggest_tok_is (run, i + 1, "defense"))
        return FALSE;
      *last = i + 1;
      return TRUE;
    }
  /* "counter-terrorism services", "anti-terror police": a body named for
   * what it fights (a service is a force only so named). */
  else if ((_sitrep_suggest_tok_is (run, i, "counter") || _sitrep_suggest_tok_is (run, i, "anti")) && i + 3 < n &&
           (tok (run, i + 1)->flags & TOK_HYPHEN) && tok (run, i + 1)->space_before == 0 &&
           tok (run, i + 2)->space_before == 0 &&
           (_sitrep_suggest_tok_is (run, i + 2, "terrorism") || _sitrep_suggest_tok_is (run, i + 2, "terror")))
    {
      if (!_sitrep_suggest_tok_in (run, i + 3, force_nouns) && !_sitrep_suggest_tok_is (run, i + 3, "service") &&
          !_sitrep_suggest_tok_is (run, i + 3, "services"))
        return FALSE;
      *last = i + 3;
      return TRUE;
    }
  /* "pro-Iran militias", "anti-government forces": "pro" and "anti" only
   * glued to the word they take a side for. */
  else if (_sitrep_suggest_tok_is (run, i, "pro") || _sitrep_suggest_tok_is (run, i, "anti"))
    {
      if (i + 2 >= n || !(tok (run, i + 1)->flags & TOK_HYPHEN) || tok (run, i + 1)->space_before != 0 ||
          tok (run, i + 2)->space_before != 0 || !(tok (run, i + 2)->flags & TOK_WORD))
        return FALSE;
      /* A side is a name or a government: not "anti-aircraft artillery". */
      if (!(tok (run, i + 2)->flags & TOK_CAP) && !_sitrep_suggest_tok_in (run, i + 2, nationalities))
        return FALSE;
      j = i + 3;
    }
  /* "Russian-backed", "Turkish-backed", "US-led". */
  if (j + 1 < n && (tok (run, j)->flags & TOK_HYPHEN) &&
      (_sitrep_suggest_tok_is (run, j + 1, "backed") || _sitrep_suggest_tok_is (run, j + 1, "led")))
    j += 2;
  for (guint k = j; k < n && k < j + 4 && same_sentence (run, i, k); k++)
    {
      if (!(tok (run, k)->flags & TOK_WORD))
        return FALSE;
      if (_sitrep_suggest_tok_in (run, k, force_nouns))
        {
          /* "groups of local fighters" */
          if (k + 3 < n && _sitrep_suggest_tok_is (run, k + 1, "of") &&
              _sitrep_suggest_tok_in (run, k + 3, force_nouns))
            k += 3;
          else if (k + 2 < n && _sitrep_suggest_tok_is (run, k + 1, "of") &&
                   _sitrep_suggest_tok_in (run, k + 2, force_nouns))
            k += 2;
          /* "Kurdish Security Command fighters", "U.S. command troops": the men of the body. */
          else if (k + 1 < n && same_sentence (run, k, k + 1) && _sitrep_suggest_tok_in (run, k + 1, force_nouns))
            k++;
          *last = k;
          return TRUE;
        }
      if (k > j && !(tok (run, k)->flags & TOK_CAP))
        return FALSE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------- organisations */

/* The last word of an organisation's name: "Department of Defense" is not,
 * "Central Command", "Syria Recovery Trust Fund" are. */
const char * const _sitrep_suggest_org_heads[] = {
  "department", "command", "forces", "force", "fund", "agency", "council", "ministry",
  "government", "coalition", "front", "brigade", "brigades", "party", "network", "office",
  "organization", "organisation", "committee", "observatory", "center", "centre", "unit",
  "units", "group", "corps", "battalion", "regiment", "division", "militia", "movement",
  "army", "authority", "commission", "mission", "administration", "alliance", "union",
  "police", "guard", "guards", "service", "services", "nations", "regime", "directorate",
  "mobilisation", "mobilization", "crescent", "cross", "institute", "foundation", "secretariat",
  "headquarters", "branch", "consulate", "embassy", "cell", "league", "bureau", "intelligence", NULL
};

/* Arabic nouns, transliterated, opening a group's name: "Liwa Fatemiyoun", "Diwan al-Jund". */
static const char * const ar_latin_starts[] = {
  "liwa", "jaysh", "jaish", "jeish", "faylaq", "failaq", "harakat", "harakah", "kataib", "saraya", "jabhat",
  "firqat", "quwat", "diwan", "tajammu", "asaib", "jund", "alwiya", "katibat", "tanzim", "hizb", "majlis", NULL
};

/* Words that start a name of an organisation ("Department of Defense"). */
static const char * const org_starts[] = {
  "department", "ministry", "office", "government", "council", "committee", "commission",
  "directorate", "organization", "organisation", "union", "league", "army", "party", NULL
};

/* Small words inside an organisation's name; not "and", which joins two
 * names more often than it stands in one. */
static const char * const org_joiners[] = {
  "of", "for", "the", "on", "al", "el", NULL
};

static gboolean
is_name_word (SuggestRun *run,
              guint       j)
{
  const SuggestToken *t = tok (run, j);

  return (t->flags & TOK_WORD) && (t->flags & TOK_CAP) && !(t->flags & TOK_ARABIC);
}

/* A run of capitalised words from @i (with "of", "for", "the", "and" and
 * the marks of "U.S." inside); its last capitalised word in @last. */
static guint
capitalised_run (SuggestRun *run,
                 guint       i,
                 guint      *last)
{
  guint n = run->tokens->len;
  guint count = 0;

  for (guint j = i; j < n && j < i + MAX_NAME_TOKENS && same_sentence (run, i, j); j++)
    {
      const SuggestToken *t = tok (run, j);

      if (j > i && t->space_before > 1)
        break;
      if (is_name_word (run, j))
        {
          count++;
          *last = j;
        }
      else if (j > i && count > 0 && (t->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, j, org_joiners) &&
               j + 1 < n && is_name_word (run, j + 1) &&
               (!_sitrep_suggest_tok_is (run, j, "the") || _sitrep_suggest_tok_in (run, j - 1, org_joiners)))
        continue;
      else if (j > i && continues_name (run, j) && !(t->flags & TOK_WORD))
        continue;
      /* "Diwan al-Jund": the article glued to the next name. */
      else if (j > i && count > 0 && (t->flags & TOK_WORD) && j + 2 < n && (tok (run, j + 1)->flags & TOK_HYPHEN) &&
               tok (run, j + 1)->space_before == 0 && tok (run, j + 2)->space_before == 0 &&
               is_name_word (run, j + 2) && _sitrep_suggest_is_article (run, j))
        continue;
      /* "U.S. Air Forces": the full stop of a one-letter abbreviation. */
      else if (j > i && (t->flags & TOK_PUNCT) && run->text[t->start] == '.' && t->space_before == 0 &&
               tok (run, j - 1)->end - tok (run, j - 1)->start == 1 && j + 1 < n && is_name_word (run, j + 1))
        continue;
      else
        break;
    }
  return count;
}

/* "The", "In", "As" and other ordinary words capitalised at a sentence's
 * start belong to no name (but "Department of …", "Army …" do). */
/* Adverbs of time and sequence that open a sentence before its subject:
 * "Yesterday Syrian Democratic Forces captured …". */
static const char * const opening_adverbs[] = {
  "yesterday", "tonight", "overnight", "earlier", "meanwhile", "recently", "subsequently",
  "afterwards", "separately", "additionally", "furthermore", "moreover", "elsewhere", NULL
};

static G_GNUC_NO_INLINE gboolean is_skipped_word_slow (SuggestRun *run,
                                                       guint       i);

/* Inline: asked twice of most capitalised words, which are inside their
 * sentence and not "the". */
static inline gboolean
is_skipped_word (SuggestRun *run,
                 guint       i)
{
  if (_sitrep_suggest_tok_is (run, i, "the"))
    return TRUE;
  if (i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence)
    return FALSE;
  return is_skipped_word_slow (run, i);
}

/* is_skipped_word () of a sentence's first word. */
static gboolean
is_skipped_word_slow (SuggestRun *run,
                      guint       i)
{
  const SuggestToken *t = tok (run, i);
  char buf[16];
  gsize len = t->end - t->start;
  guint last;

  if (len >= sizeof buf || _sitrep_suggest_tok_in (run, i, org_starts) || _sitrep_suggest_tok_in (run, i, _sitrep_suggest_org_heads))
    return FALSE;
  /* A word opening the sentence before a name the list knows is no part
   * of it, whatever the word. */
  return _sitrep_suggest_tok_is_common (run, i) || _sitrep_suggest_tok_in (run, i, opening_adverbs) ||
         (i + 1 < run->tokens->len && (tok (run, i + 1)->flags & TOK_CAP) && known_name_at (run, i + 1, &last) != NULL);
}

gboolean
_sitrep_suggest_name_covered (SuggestRun *run,
                              gsize       start,
                              gsize       end)
{
  for (guint k = 0; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if ((o->kind == SITREP_SUGGEST_ACTOR || o->kind == SITREP_SUGGEST_PERSON) &&
          o->byte_start <= start && o->byte_end >= end)
        return TRUE;
    }
  return FALSE;
}

SitrepSuggestion *
_sitrep_suggest_add_organisation (SuggestRun *run,
                                  guint       first,
                                  guint       last,
                                  const char *canonical)
{
  const char *key = _sitrep_suggest_span_key_kept (run, first, last);
  KnownName *known = g_hash_table_lookup (run->names, key);
  SitrepSuggestion *s;

  if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_ACTOR, key) ||
      _sitrep_suggest_name_covered (run, tok (run, first)->start, tok (run, last)->end))
    return NULL;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_ACTOR, first, last);
  s->score = 0.6;
  if (known != NULL && g_strcmp0 (known->kind, "actor") == 0)
    {
      s->entity_id = known->entity_id;
      s->actor_type = _sitrep_suggest_strdup (run, known->actor_type);
      canonical = known->name;
    }
  s->entity_name = _sitrep_suggest_strdup (run, canonical != NULL ? canonical : s->text);
  return s;
}

/* An acronym in brackets right after the name it stands for: "Syria
 * Recovery Trust Fund (SRTF)". Its later uses are that organisation too. */
static gboolean
acronym_after (SuggestRun *run,
               guint       first,
               guint       last,
               guint      *acronym)
{
  guint n = run->tokens->len;
  const SuggestToken *a;
  gsize len;

  if (last + 3 >= n || run->text[tok (run, last + 1)->start] != '(' || run->text[tok (run, last + 3)->start] != ')')
    return FALSE;
  a = tok (run, last + 2);
  len = a->end - a->start;
  if (len < 2 || len > 8 || !(a->flags & TOK_WORD) || g_ascii_toupper (run->text[tok (run, first)->start]) != run->text[a->start])
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      if (!g_ascii_isupper (run->text[a->start + k]))
        return FALSE;
    }
  *acronym = last + 2;
  return TRUE;
}

/* Names of organisations nobody listed: capitalised words ending in a word
 * like "Command", "Fund", "Department" ("U.S. Air Forces Central Command",
 * "Defense Department"), or starting with one ("Department of Defense"),
 * "the X news agency", and acronyms defined in brackets. */
static void
organisation_names (SuggestRun *run)
{
  guint n = run->tokens->len;
  /* Made at the first acronym defined (most texts define none). */
  g_autoptr(GHashTable) acronyms = NULL;

  /* is_name_word () holds of capitalised words only (run->caps). */
  for (guint c = 0, next = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      guint last = i, acronym;
      guint count;
      gboolean org;

      if (i < next || !is_name_word (run, i) ||
          (i > 0 && is_name_word (run, i - 1) && same_sentence (run, i - 1, i) && !is_skipped_word (run, i - 1)))
        continue;
      /* "The", "In" at a sentence's start belong to no name. */
      if (is_skipped_word (run, i))
        continue;
      count = capitalised_run (run, i, &last);
      /* "the 5th Corps", "25th Special Mission Forces Division": a unit's number. */
      if (count >= 1 && _sitrep_suggest_tok_in (run, last, _sitrep_suggest_org_heads) && _sitrep_suggest_ordinal_before (run, i))
        {
          _sitrep_suggest_add_organisation (run, i - 2, last, NULL);
          next = last + 1;
          continue;
        }
      org = count >= 2 && (_sitrep_suggest_tok_in (run, last, _sitrep_suggest_org_heads) ||
                           (_sitrep_suggest_tok_in (run, i, org_starts) && _sitrep_suggest_tok_is (run, i + 1, "of")) ||
                           _sitrep_suggest_head_of_inside (run, i, last, _sitrep_suggest_org_heads) ||
                           _sitrep_suggest_tok_among (run, i, ar_latin_starts));
      /* "Amaq news agency" */
      if (!org && count >= 1 && last + 1 < n && _sitrep_suggest_tok_is (run, last + 1, "news") &&
          _sitrep_suggest_tok_is (run, last + 2, "agency"))
        org = TRUE;
      if (count >= 2 && acronym_after (run, i, last, &acronym))
        {
          SitrepSuggestion *s = _sitrep_suggest_add_organisation (run, i, last, NULL);
          const char *canonical = s != NULL ? s->entity_name : NULL;

          if (acronyms == NULL)
            acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_hash_table_replace (acronyms, g_strndup (run->text + tok (run, acronym)->start,
                                                     tok (run, acronym)->end - tok (run, acronym)->start),
                                g_strdup (canonical != NULL ? canonical : ""));
          next = acronym + 1;
          continue;
        }
      if (org)
        _sitrep_suggest_add_organisation (run, i, last, NULL);
      /* "Fighters of Harakat al-Nujaba": the group's name after "of". */
      for (guint k = i + 2; !org && count >= 3 && k < last; k++)
        {
          if (_sitrep_suggest_tok_is (run, k - 1, "of") && _sitrep_suggest_tok_among (run, k, ar_latin_starts))
            {
              _sitrep_suggest_add_organisation (run, k, last, NULL);
              break;
            }
        }
      next = last + 1;
    }
  if (acronyms == NULL)
    return;
  for (guint c = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      const SuggestToken *t = tok (run, i);
      g_autofree char *word = NULL;
      const char *canonical;

      word = g_strndup (run->text + t->start, t->end - t->start);
      canonical = g_hash_table_lookup (acronyms, word);
      if (canonical != NULL)
        _sitrep_suggest_add_organisation (run, i, i, *canonical != '\0' ? canonical : NULL);
    }
}

/* Whether _sitrep_suggest_person_words () reads two names at least from
 * @i (as it does with any larger @max): each of the person detectors the
 * actors' walk asks of a capitalised word (cue, given name, named, byline,
 * credit) needs them, and most capitalised words have no second name. */
static inline gboolean
has_two_names (SuggestRun *run,
               guint       i)
{
  guint last;

  return _sitrep_suggest_person_words (run, i, 2, &last) >= 2;
}

/* Whether a person may start at word @i (_sitrep_suggest_person_at ()):
 * only an Arabic word, a title or "abu", "umm" (three letters) can, so
 * most words are passed over with one AND of the titles' list (@title_bit,
 * 0 when the list has no bit: then every word is asked). */
static inline gboolean
may_start_person (SuggestRun *run,
                  guint       i,
                  guint64     title_bit)
{
  const SuggestToken *t = tok (run, i);

  return title_bit == 0 || (t->flags & TOK_ARABIC) || (run->lists[i] & title_bit) || t->end - t->start == 3;
}

void
_sitrep_suggest_actors (SuggestRun *run)
{
  guint n = run->tokens->len;
  guint64 title_bit = _sitrep_suggest_list_bit (run, _sitrep_suggest_titles);
  /* A lower-case word may start a force too: "regime forces", "pro-Iran militias". */
  guint64 force_bit = _sitrep_suggest_list_bit (run, nationalities);
  /* With both bits, only a capitalised word (run->caps) or a listed one
   * starts anything below (a lower-case "abu" needs a capital too): the
   * walk goes from one to the next. */
  gboolean by_caps = title_bit != 0 && force_bit != 0;
  guint c = 0, asked = 0;
  guint listed = by_caps ? _sitrep_suggest_next_listed (run, 0, n, title_bit | force_bit, 0) : 0;

  for (guint i = 0; i < n; i++)
    {
      const SuggestToken *t;
      KnownName *name;
      guint first, last;
      gboolean holds_place = FALSE, not_here = FALSE;

      if (by_caps)
        {
          while (c < run->n_caps && run->caps[c] < i)
            c++;
          if (listed < i)
            listed = _sitrep_suggest_next_listed (run, i, n, title_bit | force_bit, 0);
          if ((i = MIN (c < run->n_caps ? run->caps[c] : n, listed)) >= n)
            break;
        }
      t = tok (run, i);
      first = last = i;
      if (!(t->flags & TOK_WORD))
        continue;
      if ((++asked & 0x3ff) == 0 && g_cancellable_is_cancelled (run->cancellable))
        return;
      /* A lower-case word starts a person only as a title or as "abu",
       * "umm" (three letters; Arabic words are capitalised): any other is
       * passed over with one AND of its lists. */
      if (title_bit != 0 && !(t->flags & TOK_CAP) && !(run->lists[i] & (title_bit | force_bit)) && t->end - t->start != 3)
        continue;

      if (may_start_person (run, i, title_bit) && _sitrep_suggest_person_at (run, i, &first, &last))
        {
          _sitrep_suggest_add_person (run, first, last, 0.7);
          i = last;
          continue;
        }

      if (!(t->flags & TOK_CAP) && !_sitrep_suggest_tok_in (run, i, nationalities))
        continue;
      name = (t->flags & TOK_CAP) ? known_name_at (run, i, &last) : NULL;
      if (name != NULL && g_strcmp0 (name->kind, "place") != 0)
        {
          const char *key = _sitrep_suggest_span_key_kept (run, i, last);
          SitrepSuggestKind kind = g_strcmp0 (name->kind, "person") == 0 ?
                                   SITREP_SUGGEST_PERSON : SITREP_SUGGEST_ACTOR;
          SitrepSuggestion *s;
          guint from = i;

          if (_sitrep_suggest_is_rejected (run, kind, key))
            continue;
          /* "Samarra police": a bundled name that is none here may open a force. */
          not_here = _sitrep_suggest_bundled_not_here (run, name, i, last, key);
          if (!not_here)
            {
              /* "al-Qaeda": the article glued before the name is the name's. */
              if (i >= 2 && (tok (run, i - 1)->flags & TOK_HYPHEN) && tok (run, i - 1)->space_before == 0 &&
                  tok (run, i)->space_before == 0 && _sitrep_suggest_is_article (run, i - 2) &&
                  same_sentence (run, i - 2, i))
                from = i - 2;
              s = _sitrep_suggest_add (run, kind, from, last);
              s->score = name->entity_id != 0 ? 0.9 : 0.8;
              s->entity_id = name->entity_id;
              s->entity_name = _sitrep_suggest_strdup (run, name->name);
              s->actor_type = _sitrep_suggest_strdup (run, name->actor_type);
              i = last;
              continue;
            }
          name = NULL;
        }
      if (name == NULL && (generic_force (run, i, &last) || _sitrep_suggest_named_force (run, i, &last, &holds_place) ||
                           (_sitrep_suggest_may_be_backed (run, i) && _sitrep_suggest_backed_force (run, i, &last, &holds_place))))
        {
          guint first = _sitrep_suggest_with_article (run, i);
          const char *key = _sitrep_suggest_span_key_kept (run, first, last);
          SitrepSuggestion *s;

          if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_ACTOR, key))
            continue;
          s = _sitrep_suggest_add (run, SITREP_SUGGEST_ACTOR, first, last);
          s->score = 0.6;
          s->entity_name = _sitrep_suggest_strdup (run, s->text);
          s->holds_place = holds_place;
          i = last;
          continue;
        }
      if (not_here)
        continue;
      if (!(t->flags & TOK_CAP))
        {
          if (_sitrep_suggest_tok_is (run, i, "state"))
            _sitrep_suggest_state_media (run, i);
          continue;
        }
      /* Each reads two names from @i first (see has_two_names ()). */
      if (name == NULL && has_two_names (run, i) &&
          (_sitrep_suggest_person_cue (run, i, &first, &last) ||
           _sitrep_suggest_given_name_person (run, i, &first, &last) ||
           _sitrep_suggest_named_person (run, i, &first, &last) ||
           _sitrep_suggest_byline_person (run, i, &first, &last) ||
           _sitrep_suggest_credit_person (run, i, &first, &last)))
        {
          _sitrep_suggest_add_person (run, first, last, 0.6);
          i = last;
        }
    }
  organisation_names (run);
  _sitrep_suggest_outlets (run);
  _sitrep_suggest_arabic_organisations (run);
  _sitrep_suggest_unify_new_names (run);
}
