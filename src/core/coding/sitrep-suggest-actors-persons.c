/* sitrep-suggest-actors-persons.c — persons after a rank or a title ("Maj. Gen. X", "commander Abu Khaled"),
 * kunyas ("Abu X al-Y", "أبو محمد الجولاني"), and a person's name told from its titles
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-actors-private.h"

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return tok (run, a)->sentence == tok (run, b)->sentence;
}

const char * const _sitrep_suggest_titles[] = {
  "president", "minister", "general", "gen", "major", "maj", "brigadier", "brig", "lieutenant",
  "lt", "colonel", "col", "captain", "capt", "sergeant", "sgt", "commander", "spokesman",
  "spokeswoman", "spokesperson", "secretary", "ambassador", "admiral", "rear", "sheikh",
  "shaykh", "sheik", "shaikh", "dr", "mr", "mrs", "ms", "leader", "chief", "emir", "amir", "deputy", "envoy",
  "senator", "king", "prince", "governor", "mayor", "imam", "director", "advisor", "adviser",
  "representative", "cpl", "corporal", "pvt", "private", "specialist", "spc", "staff", "first",
  "class", "officer", "operator", "chairman", "head", "marshal", "mullah", "mufti",
  "doctor", "engineer", "journalist", "activist", "lawyer", "teacher", "judge", "cleric", "nurse",
  "pharmacist", "photographer", "reporter", "correspondent", "professor", "mukhtar", "mp", "lawmaker",
  "legislator", NULL
};

/* Occupations, titles only in lower case: "doctor Widad Saleh" is one,
 * "Doctors Without Borders" or a heading's "Engineer Corps" is none. */
static const char * const occupations[] = {
  "doctor", "engineer", "journalist", "activist", "lawyer", "teacher", "judge", "cleric", "nurse",
  "pharmacist", "photographer", "reporter", "correspondent", "professor", "mukhtar", "lawmaker",
  "legislator", NULL
};

static gboolean
is_occupation (SuggestRun *run,
               guint       i)
{
  for (guint k = 0; occupations[k] != NULL; k++)
    {
      if (_sitrep_suggest_tok_is (run, i, occupations[k]))
        return TRUE;
    }
  return FALSE;
}

static inline gboolean
is_title (SuggestRun *run,
          guint       i)
{
  return (tok (run, i)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, _sitrep_suggest_titles) &&
         (!(tok (run, i)->flags & TOK_CAP) || !is_occupation (run, i));
}

gboolean
_sitrep_suggest_is_title (SuggestRun *run,
                          guint       i)
{
  return is_title (run, i);
}

static const char * const name_particles[] = {
  "al", "el", "bin", "ibn", "abu", "umm", "abd", "abdul", "de", "van", "von", "ad", "as", "ash",
  "az", "ar", NULL
};

/* Whether token @i is the full stop after a one-letter capital: "J." */
static gboolean
is_initial_stop (SuggestRun *run,
                 guint       i)
{
  const SuggestToken *t, *before;

  if (i == 0)
    return FALSE;
  t = tok (run, i);
  before = tok (run, i - 1);
  return (t->flags & TOK_PUNCT) && run->text[t->start] == '.' && t->space_before == 0 &&
         (before->flags & TOK_CAP) && before->end - before->start == 1 && i + 1 < run->tokens->len &&
         (tok (run, i + 1)->flags & TOK_CAP);
}

/* The closing quote of a nickname opening at @i (at most four tokens
 * inside, followed by a capitalised word), or @i. */
static guint
nickname_end (SuggestRun *run,
              guint       i)
{
  guint n = run->tokens->len;

  if (!_sitrep_suggest_is_quote_mark (run, i))
    return i;
  for (guint j = i + 1; j < n && j <= i + 5; j++)
    {
      if (_sitrep_suggest_is_quote_mark (run, j))
        return j + 1 < n && (tok (run, j + 1)->flags & TOK_CAP) && (tok (run, j + 1)->flags & TOK_WORD) ? j : i;
      if (!(tok (run, j)->flags & TOK_CAP) && !(tok (run, j)->flags & TOK_PUNCT))
        return i;
    }
  return i;
}

/* Capitalised words (and particles: "al-", "bin") from @i on, at most
 * @max of them; the last capitalised one in @last. */
guint
_sitrep_suggest_person_words (SuggestRun *run,
                              guint       i,
                              guint       max,
                              guint      *last)
{
  guint n = run->tokens->len;
  guint count = 0;

  /* Most words asked (every capitalised one, by the actors' walk) have
   * after them a word in lower case that is no particle, a number or a
   * mark no name goes on across (a comma), or a new sentence: the loop
   * below would stop there with @i alone (a name when capitalised), and
   * says so without walking. */
  if (max >= 2 && i + 1 < n && (tok (run, i)->flags & TOK_WORD))
    {
      const SuggestToken *t = tok (run, i), *next = tok (run, i + 1);
      guchar c = (guchar) run->text[next->start];

      if (next->sentence != t->sentence ||
          ((next->flags & (TOK_WORD | TOK_CAP)) == TOK_WORD &&
           (next->space_before > 1 || !_sitrep_suggest_tok_in (run, i + 1, name_particles))) ||
          !(next->flags & (TOK_WORD | TOK_PUNCT)) ||
          ((next->flags & TOK_PUNCT) && c < 0x80 && c != '-' && c != '.' && c != '\'' && c != '"'))
        {
          if (!(t->flags & TOK_CAP))
            return 0;
          *last = i;
          return 1;
        }
    }
  /* The tokenizer may end a sentence at an initial's full stop: a name
   * goes on across it. */
  for (guint j = i; j < n && count < max && (j == i || same_sentence (run, j - 1, j) || is_initial_stop (run, j - 1)); j++)
    {
      const SuggestToken *t = tok (run, j);

      if ((t->flags & TOK_HYPHEN) && t->space_before == 0 && j > i)
        continue;
      /* "Ala’ Shaaban": an apostrophe ending a name (a hamza or an ayn). */
      if (j > i && count > 0 && (t->flags & TOK_PUNCT) && t->space_before == 0 && j + 1 < n &&
          tok (run, j + 1)->space_before > 0 && (tok (run, j + 1)->flags & TOK_CAP) &&
          (run->text[t->start] == '\'' || _sitrep_suggest_has_prefix (run->text + t->start, "\u2019")))
        continue;
      /* "Stephen J. Townsend": the full stop of an initial. */
      if (j > i && is_initial_stop (run, j))
        continue;
      /* "John “J.D.” Dorrian", "Richard "Tex" Coe": a nickname in quotes. */
      if (j > i && count > 0)
        {
          guint close = nickname_end (run, j);

          if (close > j)
            {
              j = close;
              continue;
            }
        }
      if (!(t->flags & TOK_WORD) || (t->space_before > 1 && j > i))
        break;
      if (j > i && (t->flags & TOK_CAP) && is_title (run, j))
        break;
      if (t->flags & TOK_CAP)
        {
          count++;
          *last = j;
        }
      else if (!_sitrep_suggest_tok_in (run, j, name_particles))
        break;
    }
  return count;
}

/* U+200E/U+200F, left-to-right and right-to-left marks pasted in with the text. */
static gboolean
is_format_mark (SuggestRun *run,
                guint       i)
{
  const char *p = run->text + tok (run, i)->start;

  return (tok (run, i)->flags & TOK_PUNCT) && (_sitrep_suggest_has_prefix (p, "\u200e") || _sitrep_suggest_has_prefix (p, "\u200f"));
}

/* An Arabic word of the same sentence as token @i, right after it. */
static gboolean
arabic_word_after (SuggestRun *run,
                   guint       i,
                   guint       j)
{
  return j < run->tokens->len && (tok (run, j)->flags & TOK_ARABIC) && (tok (run, j)->flags & TOK_WORD) &&
         same_sentence (run, i, j) && tok (run, j)->space_before > 0;
}

/* The Arabic kunya: "أبو محمد الجولاني", "أبو بكر البغدادي" — "أبو", a
 * name, and one or two family or place names with "ال". "أبو كمال" or
 * "أبو الظهور" alone (a place more often than not) is not one. */
static gboolean
arabic_kunya_at (SuggestRun *run,
                 guint       i,
                 guint      *last)
{
  guint j = i + 1;

  if (!(tok (run, i)->flags & TOK_ARABIC) ||
      !(_sitrep_suggest_tok_is (run, i, "أبو") || _sitrep_suggest_tok_is (run, i, "ابو") ||
        _sitrep_suggest_tok_is (run, i, "أبي")) ||
      !arabic_word_after (run, i, j))
    return FALSE;
  *last = j;
  while (*last < j + 2 && arabic_word_after (run, i, *last + 1) &&
         _sitrep_suggest_has_prefix (run->text + tok (run, *last + 1)->start, "ال"))
    (*last)++;
  return *last > j;
}

/* Nouns of an office: "deputy Middle East director", "Deputy Regional
 * Humanitarian Coordinator" name an office, not a person. */
static const char * const office_nouns[] = {
  "director", "coordinator", "commander", "chief", "head", "spokesman", "spokesperson", "secretary",
  "representative", "envoy", "officer", "adviser", "advisor", "chairman", "manager", "correspondent",
  "editor", "researcher", "analyst", "official", NULL
};

/* Nouns of a place a name after "of" may be: "the town of Umm Walad". */
static const char * const place_nouns[] = {
  "town", "village", "city", "area", "district", "subdistrict", "neighbourhood", "neighborhood",
  "region", "countryside", "suburb", "camp", "province", "governorate", "outskirts", NULL
};

/* Whether the name over tokens @first … @last after a title is an office's:
 * its last word is a noun of an office ("Coordinator"), one follows it in
 * lower case ("Middle East director"), or, after a title in lower case,
 * one word before "of" ("a deputy Wali of Syria"). */
static gboolean
names_an_office (SuggestRun *run,
                 guint       title,
                 guint       first,
                 guint       last)
{
  guint next = last + 1;

  if (_sitrep_suggest_tok_among (run, last, office_nouns))
    return TRUE;
  if (next >= run->tokens->len || !same_sentence (run, last, next) || !(tok (run, next)->flags & TOK_WORD) ||
      (tok (run, next)->flags & TOK_CAP))
    return FALSE;
  return _sitrep_suggest_tok_among (run, next, office_nouns) ||
         (first == last && !(tok (run, title)->flags & TOK_CAP) && _sitrep_suggest_tok_is (run, next, "of"));
}

/* Whether token @i follows "the town of", "village of": a place's name. */
static gboolean
after_place_noun (SuggestRun *run,
                  guint       i)
{
  return i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "of") && same_sentence (run, i - 2, i) &&
         _sitrep_suggest_tok_among (run, i - 2, place_nouns);
}

/* Capitalised words that open a compound rank with the title after them
 * ("Petty Officer", "Warrant Officer", "Senior Chief", "Master Sergeant",
 * "Lance Corporal", "Second Lieutenant"): part of the rank, never a name. */
static const char * const rank_modifiers[] = {
  "petty", "warrant", "senior", "master", "lance", "second", "third", "command", "gunnery", "technical",
  "flight", "seaman", "airman", NULL
};

/* The token after @i, passing over the full stop of an abbreviation ("Sgt."). */
static guint
after_stop (SuggestRun *run,
            guint       i)
{
  guint j = i + 1;

  if (j < run->tokens->len && (tok (run, j)->flags & TOK_PUNCT) && run->text[tok (run, j)->start] == '.')
    j++;
  return j;
}

/* Whether token @j, inside a rank that began before it, is part of the
 * rank: a title, the full stop of "Maj. Gen.", a capitalised modifier with
 * a title or another modifier after it ("Chief Petty Officer"), or the
 * grade of a rank, a small number with a title or a capitalised word after
 * it ("Operator 1st Class", "Chief Warrant Officer 2 Jon Doe"). */
static gboolean
rank_goes_on (SuggestRun *run,
              guint       j)
{
  guint n = run->tokens->len, next;
  const SuggestToken *t = tok (run, j);

  if (is_title (run, j) || ((t->flags & TOK_PUNCT) && run->text[t->start] == '.') || is_format_mark (run, j))
    return TRUE;
  next = after_stop (run, j);
  /* the word after first, which is most often no title: the list is asked last */
  if ((t->flags & TOK_WORD) && (t->flags & TOK_CAP))
    return next < n && same_sentence (run, j, next) && (tok (run, next)->flags & TOK_CAP) &&
           (is_title (run, next) || _sitrep_suggest_tok_among (run, next, rank_modifiers)) &&
           _sitrep_suggest_tok_among (run, j, rank_modifiers);
  /* "1", "2", "1st", "2nd": a grade is a digit or two */
  if ((t->flags & TOK_NUMBER) && t->end - t->start <= 3 && g_ascii_isdigit (run->text[t->start]) &&
      j > 0 && (is_title (run, j - 1) || (j > 1 && (tok (run, j - 1)->flags & TOK_PUNCT) && is_title (run, j - 2))))
    return next < n && same_sentence (run, j, next) && (tok (run, next)->flags & TOK_CAP) &&
           (tok (run, next)->flags & TOK_WORD);
  return FALSE;
}

/* "Major General Oleg Yegorov", "commander Abu Khaled", "Abu Abdul Rahman al-Iraqi". */
gboolean
_sitrep_suggest_person_at (SuggestRun *run,
                           guint       i,
                           guint      *first,
                           guint      *last)
{
  guint n = run->tokens->len;
  guint j = i;

  if (arabic_kunya_at (run, i, last))
    {
      *first = i;
      return TRUE;
    }
  if ((tok (run, i)->flags & TOK_ARABIC) && _sitrep_suggest_arabic_person (run, i, first, last))
    return TRUE;
  if (_sitrep_suggest_tok_is (run, i, "abu") || _sitrep_suggest_tok_is (run, i, "umm"))
    {
      if ((tok (run, i)->flags & TOK_CAP) && _sitrep_suggest_person_words (run, i, 5, last) >= 2 &&
          !after_place_noun (run, i))
        {
          *first = i;
          return TRUE;
        }
      return FALSE;
    }
  if (!is_title (run, i))
    return FALSE;
  /* Every word of the rank, with the full stops of "Maj. Gen." and the
   * modifiers and grades of "Chief Petty Officer", "Operator 1st Class". */
  while (j < n && rank_goes_on (run, j))
    j++;
  if (j >= n || !(tok (run, j)->flags & TOK_CAP) || !(tok (run, j)->flags & TOK_WORD) ||
      !same_sentence (run, i, j))
    return FALSE;
  if (_sitrep_suggest_person_words (run, j, 4, last) == 0 || names_an_office (run, i, j, *last))
    return FALSE;
  /* One capitalised word after "President" may be a country ("President Obama" is
   * a person, "the Syrian President" is not followed by one). */
  *first = j;
  return TRUE;
}

static gboolean
word_in (const char         *word,
         const char * const *list)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return g_strv_contains (list, lower);
}

/* "Influential MP Hamam Hamoudi", "Syrian President Bashar al-Assad": one
 * or two capitalised words before the first title, not titles themselves,
 * say who the person is, not their name nor their rank: how many to pass
 * over (0 when no title follows them). */
static guint
leading_words (char **words)
{
  guint k = 0;

  for (guint seen = 0; words[k] != NULL && seen < 3; k++)
    {
      g_autofree char *bare = g_strdup (words[k]);
      gsize len = strlen (bare);

      if (len == 0)
        continue;
      if (bare[len - 1] == '.')
        bare[len - 1] = '\0';
      if (word_in (bare, _sitrep_suggest_titles))
        return seen > 0 ? k : 0;
      if (!g_unichar_isupper (g_utf8_get_char (words[k])) || seen == 2)
        return 0;
      seen++;
    }
  return 0;
}

char *
_sitrep_suggest_person_without_title (const char  *text,
                                      char       **title)
{
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " \t\n", -1);
  g_autoptr(GString) ranks = g_string_new (NULL);
  g_autoptr(GString) name = g_string_new (NULL);
  guint i = leading_words (words), n_names = 0;

  for (; words[i] != NULL; i++)
    {
      g_autofree char *bare = g_strdup (words[i]);
      gsize len = strlen (bare);

      if (len > 0 && bare[len - 1] == '.')
        bare[len - 1] = '\0';
      if (*words[i] != '\0' && !word_in (bare, _sitrep_suggest_titles))
        break;
      if (*words[i] != '\0')
        g_string_append_printf (ranks, "%s%s", ranks->len > 0 ? " " : "", words[i]);
    }
  for (; words[i] != NULL; i++)
    {
      g_autofree char *head = g_strndup (words[i], strcspn (words[i], "-'"));

      if (*words[i] == '\0')
        continue;
      /* A name: capitalised words, with "al-", "bin", "ibn" inside. */
      if (word_in (words[i], _sitrep_suggest_org_heads))
        return NULL;
      if (g_unichar_isupper (g_utf8_get_char (words[i])))
        n_names++;
      else if (!word_in (head, name_particles))
        return NULL;
      g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", words[i]);
    }
  if (ranks->len == 0 || n_names == 0 || n_names > 5)
    return NULL;
  if (title != NULL)
    *title = g_string_free (g_steal_pointer (&ranks), FALSE);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* A person over tokens @first … @last, the project's when it knows the name. */
void
_sitrep_suggest_add_person (SuggestRun *run,
                            guint       first,
                            guint       last,
                            double      score)
{
  const char *key = _sitrep_suggest_span_key_kept (run, first, last);
  KnownName *known = g_hash_table_lookup (run->names, key);
  SitrepSuggestion *s;

  if (_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PERSON, key))
    return;
  /* "al-Shekh Naser village": words glued after an article are the rest of
   * a place's or a family's name, not a person's first name. */
  if (first >= 2 && (tok (run, first - 1)->flags & TOK_HYPHEN) && tok (run, first - 1)->space_before == 0 &&
      tok (run, first)->space_before == 0 && _sitrep_suggest_is_article (run, first - 2))
    return;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_PERSON, first, last);
  s->score = score;
  if (known != NULL && g_strcmp0 (known->kind, "person") == 0)
    s->entity_id = known->entity_id;
  s->entity_name = _sitrep_suggest_strdup (run, known != NULL ? known->name : s->text);
}
