/* sitrep-suggest-figures-person.c — one person's words around a verb of harm, for
 * sitrep-suggest-figures-one.c: "his wife", "a Syrian soldier", "Maj. Gen. X", "Ahmed Hassan, a
 * local leader,"
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* At most this many words of a name are read before or after its verb. */
#define NAME_WORDS 6
/* A pronoun for one person, after the verb: "shot and wounded him". */
const char * const _sitrep_suggest_one_pronouns[] = {
  "him", "her", NULL
};

/* _sitrep_suggest_one_person[], the nouns of one person: sitrep-suggest-figures-person-nouns.c */
/* Possessives between "and" and a count: "a woman and her two children". */
const char * const _sitrep_suggest_possessives[] = {
  "his", "her", "their", "its", NULL
};
const char * const _sitrep_suggest_one_determiners[] = {
  "a", "an", "his", "her", "their", "its", "another", NULL
};
/* Words that may follow a name ("killed X and injured …"); any other word
 * in lower case makes the capitals a modifier: "killed Syrian Army soldiers". */
const char * const _sitrep_suggest_after_name[] = {
  "and", "or", "in", "on", "at", "near", "during", "while", "who", "as", "after", "when", "with",
  "by", "from", "last", "yesterday", "today", "earlier", "inside", "outside", NULL
};
/* After "killing him": at once, not another word of the phrase. */
static const char * const at_once[] = {
  "instantly", "immediately", "outright", NULL
};
/* Titles and ranks written short, before a name: "Maj. Gen.", "Col.", "Dr.". */
static const char * const one_titles[] = {
  "maj", "gen", "col", "lt", "capt", "cpt", "sgt", "brig", "cmdr", "adm", "dr", "mr", "mrs", "ms",
  "sheikh", "general", "colonel", "major", "captain", "lieutenant", "sergeant", "brigadier",
  "commander", NULL
};

static gboolean
is_comma (SuggestRun *run,
          guint       i)
{
  return (tok (run, i)->flags & TOK_PUNCT) && run->text[tok (run, i)->start] == ',';
}

static gboolean
is_dot (SuggestRun *run,
        guint       i)
{
  return (tok (run, i)->flags & TOK_PUNCT) && run->text[tok (run, i)->start] == '.';
}

/* Whether token @j is a noun's possessive, which determines one person as "his" does: "the
 * victim's brother", "the commander's son", "Ahmed's father". */
static gboolean
is_possessive (SuggestRun *run,
               guint       j)
{
  const char *mark;

  if (j < 2 || !_sitrep_suggest_tok_is (run, j, "s") || tok (run, j)->space_before != 0 ||
      tok (run, j - 1)->space_before != 0 || !(tok (run, j - 2)->flags & TOK_WORD) || (tok (run, j - 2)->flags & (TOK_NUMBER | TOK_ARABIC)) ||
      tok (run, j - 2)->sentence != tok (run, j)->sentence)
    return FALSE;
  mark = run->text + tok (run, j - 1)->start;
  return (tok (run, j - 1)->flags & TOK_PUNCT) && (*mark == '\'' || _sitrep_suggest_has_prefix (mark, "’"));
}

/* A word of a person's name: a capitalised Latin word, an initial ("H."),
 * or the "al"/"bin" of "Issa al-Janati". */
static gboolean
is_name_word (SuggestRun *run,
              guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_WORD) || (t->flags & TOK_ARABIC) || _sitrep_suggest_is_month (run, i))
    return FALSE;
  return (t->flags & TOK_CAP) || _sitrep_suggest_tok_is (run, i, "al") || _sitrep_suggest_tok_is (run, i, "bin") ||
         _sitrep_suggest_tok_is (run, i, "ibn");
}

/* Whether tokens @first … @last name a person: not an actor or place the
 * suggester knows ("killed Islamic State …"). */
static gboolean
names_person (SuggestRun *run,
              guint       first,
              guint       last)
{
  const char *key = _sitrep_suggest_span_key_tmp (run, first, last);
  KnownName *known = *key != '\0' ? g_hash_table_lookup (run->names, key) : NULL;

  return known == NULL || g_strcmp0 (known->kind, "person") == 0;
}

/* The name right after token @verb: "Maj. Gen. Vyacheslav Gladkih",
 * "Issa Al-Janati". Its last token in @last; FALSE when there is none, it
 * has one word and no title, or it qualifies a noun ("ISIS militants"). */
gboolean
_sitrep_suggest_name_after (SuggestRun *run,
                            guint       verb,
                            guint      *last)
{
  guint n = run->n_tokens, sentence = tok (run, verb)->sentence;
  guint j = verb + 1, words = 0;
  gboolean title = FALSE;

  /* A headline's capitals: "3 Injured In Attack", "12 Killed In Mosul Blast" */
  if (j < n && (tok (run, j)->flags & TOK_CAP) && _sitrep_suggest_tok_among (run, j, _sitrep_suggest_after_name))
    return FALSE;
  /* a title in lower case before a capitalised name too: "injured sheikh Mizahim al-Mustafa" */
  while (j < n && tok (run, j)->sentence == sentence && _sitrep_suggest_tok_among (run, j, one_titles) &&
         ((tok (run, j)->flags & TOK_CAP) || (j + 1 < n && (tok (run, j + 1)->flags & TOK_CAP) && !is_dot (run, j + 1))))
    {
      title = TRUE;
      j += j + 1 < n && is_dot (run, j + 1) ? 2 : 1;
    }
  for (; j < n && tok (run, j)->sentence == sentence && words < NAME_WORDS; j++)
    {
      if (is_name_word (run, j))
        {
          words++;
          *last = j;
        }
      else if (words > 0 && (tok (run, j)->flags & TOK_HYPHEN))
        continue;
      else if (words > 0 && is_dot (run, j) && tok (run, j - 1)->end - tok (run, j - 1)->start == 1)
        continue;   /* "H." */
      else
        break;
    }
  if (words == 0 || (words < 2 && !title) || !(title || (tok (run, verb + 1)->flags & TOK_CAP)))
    return FALSE;
  /* "killed Syrian Army soldiers", "killed Islamic State's leader" */
  if (j < n && tok (run, j)->sentence == sentence && (tok (run, j)->flags & TOK_WORD) &&
      !(tok (run, j)->flags & TOK_CAP) && !_sitrep_suggest_tok_among (run, j, _sitrep_suggest_after_name))
    return FALSE;
  if (j < n && tok (run, j)->space_before == 0 && (run->text[tok (run, j)->start] == '\'' ||
                                                   _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "’")))
    return FALSE;
  return names_person (run, verb + 1, *last);
}

/* A name of two to NAME_WORDS capitalised words at token @j, not an actor or place known: its last token in *@last. */
gboolean
_sitrep_suggest_name_at (SuggestRun *run,
                         guint       j,
                         guint      *last)
{
  guint sentence = tok (run, j)->sentence, words = 0;

  if (!(tok (run, j)->flags & TOK_CAP))
    return FALSE;
  for (guint k = j; k < run->n_tokens && tok (run, k)->sentence == sentence && words < NAME_WORDS; k++)
    {
      if (is_name_word (run, k))
        {
          words++;
          *last = k;
        }
      else if (!(words > 0 && (tok (run, k)->flags & TOK_HYPHEN)))
        break;
    }
  return words >= 2 && names_person (run, j, *last);
}

static gboolean
is_age_words (SuggestRun *run,
              guint       number)
{
  return (tok (run, number + 1)->flags & TOK_HYPHEN) &&
         (_sitrep_suggest_tok_is (run, number + 2, "year") || _sitrep_suggest_tok_is (run, number + 2, "month")) &&
         (tok (run, number + 3)->flags & TOK_HYPHEN) && _sitrep_suggest_tok_is (run, number + 4, "old") &&
         _sitrep_suggest_is_number_anchor (run, number);
}

/* An age before a noun, "45-year-old", "twelve-year-old": its first token
 * when it ends at token @j, else @j. */
static guint
age_start (SuggestRun *run,
           guint       j)
{
  return j >= 4 && _sitrep_suggest_tok_is (run, j, "old") && is_age_words (run, j - 4) ? j - 4 : j;
}

/* The same forwards: its last token when it starts at token @j, else @j. */
static guint
age_end (SuggestRun *run,
         guint       j)
{
  return j + 4 < run->n_tokens && is_age_words (run, j) ? j + 4 : j;
}

/* Whether token @j is a short capitalised word glued to the full stop after it: the "U" and "S"
 * of "U.S.", the "U" and "N" of "U.N.". */
static gboolean
is_initial (SuggestRun *run,
            guint       j)
{
  const SuggestToken *t = tok (run, j);

  return (t->flags & TOK_CAP) && (t->flags & TOK_WORD) && !(t->flags & TOK_ARABIC) && t->end - t->start <= 2 &&
         j + 1 < run->n_tokens && is_dot (run, j + 1) && tok (run, j + 1)->space_before == 0;
}

/* Whether tokens @j - 1 and @j are glued by a hyphen to the word before: "al-Qaeda",
 * "off-duty", "U.S.-led". */
static gboolean
glued_hyphen (SuggestRun *run,
              guint       j)
{
  return j >= 2 && tok (run, j)->space_before == 0 && (tok (run, j - 1)->flags & TOK_HYPHEN) &&
         tok (run, j - 1)->space_before == 0 && (tok (run, j - 2)->flags & (TOK_WORD | TOK_PUNCT));
}

/* One modifier of a person's noun ending at token @j, read backwards: a word, a word with
 * hyphens ("al-Qaeda", "off-duty"), an age ("12-year-old"), initials ("U.S."), an acronym in
 * brackets ("(ISIS)"). Its first token, or G_MAXUINT when @j ends none. *@capitals is TRUE when
 * it is capitalised (a name's: "Iraqi", "U.S.", "(ISIS)"), which a noun may take several of: "a
 * local Islamic State (ISIS) leader", "A U.S. Army soldier". */
static guint
modifier_start (SuggestRun *run,
                guint       j,
                gboolean   *capitals)
{
  const SuggestToken *t = tok (run, j);
  guint k = age_start (run, j);

  *capitals = FALSE;
  if (k != j)
    return k;
  if (_sitrep_suggest_tok_is_mark (run, j, ')'))
    {
      for (k = j; k > 1 && k + 4 > j && is_name_word (run, k - 1) && (tok (run, k - 1)->flags & TOK_CAP); k--)
        ;
      *capitals = TRUE;
      return k < j && k >= 1 && _sitrep_suggest_tok_is_mark (run, k - 1, '(') ? k - 1 : G_MAXUINT;
    }
  if (is_dot (run, j))
    {
      for (k = j; k >= 1 && is_dot (run, k) && is_initial (run, k - 1) && (k + 8 > j); k -= 2)
        {
          *capitals = TRUE;
          if (k < 3 || tok (run, k - 1)->space_before > 0)
            return k - 1;
        }
      return G_MAXUINT;
    }
  if (j >= 1 && _sitrep_suggest_unit_ordinal (run, j - 1))
    {
      *capitals = TRUE;
      return j - 1;
    }
  if (!(t->flags & TOK_WORD) || (t->flags & TOK_NUMBER) || (t->flags & TOK_ARABIC))
    return G_MAXUINT;
  *capitals = (t->flags & TOK_CAP) != 0;
  for (k = j; glued_hyphen (run, k) && (tok (run, k - 2)->flags & TOK_WORD) && k + 6 > j; k -= 2)
    *capitals = *capitals || (tok (run, k - 2)->flags & TOK_CAP);
  /* "U.S.-led" */
  if (k >= 3 && glued_hyphen (run, k) && is_dot (run, k - 2))
    {
      guint before = modifier_start (run, k - 2, capitals);

      *capitals = TRUE;
      return before;
    }
  return k;
}

/* The same forwards: the last token of one modifier starting at token @j, or G_MAXUINT. */
guint
_sitrep_suggest_modifier_end (SuggestRun *run,
                              guint       j,
                              gboolean   *capitals)
{
  guint n = run->n_tokens, k = age_end (run, j);

  *capitals = FALSE;
  if (k != j)
    return k;
  if (_sitrep_suggest_unit_ordinal (run, j))
    {
      *capitals = TRUE;
      return j + 1;
    }
  if (_sitrep_suggest_tok_is_mark (run, j, '('))
    {
      for (k = j + 1; k < n && k < j + 4 && is_name_word (run, k) && (tok (run, k)->flags & TOK_CAP); k++)
        ;
      *capitals = TRUE;
      return k > j + 1 && k < n && _sitrep_suggest_tok_is_mark (run, k, ')') ? k : G_MAXUINT;
    }
  if (is_initial (run, j))
    {
      for (k = j; k + 2 < n && k < j + 8 && tok (run, k + 2)->space_before == 0 && is_initial (run, k + 2); k += 2)
        ;
      *capitals = TRUE;
      k++;
    }
  else if (!(tok (run, j)->flags & TOK_WORD) || (tok (run, j)->flags & (TOK_NUMBER | TOK_ARABIC)))
    return G_MAXUINT;
  else
    *capitals = (tok (run, j)->flags & TOK_CAP) != 0;
  for (; k + 2 < n && k < j + 6 && glued_hyphen (run, k + 2) && (tok (run, k + 2)->flags & TOK_WORD); k += 2)
    *capitals = *capitals || (tok (run, k + 2)->flags & TOK_CAP);
  return k;
}

/* The last casualty figure proposed before, when it ends in the paragraph
 * (@sentence: the sentence) of token @i; else NULL. */
SitrepSuggestion *
_sitrep_suggest_figure_earlier (SuggestRun *run,
                                guint       i,
                                gboolean    sentence)
{
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      const SuggestToken *t;

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      t = tok (run, _sitrep_suggest_token_holding (run, s->byte_end - 1));
      return (sentence ? t->sentence == tok (run, i)->sentence : t->paragraph == tok (run, i)->paragraph) ? s : NULL;
    }
  return NULL;
}

/* Whether "the <@noun>" at token @i is most often one of a figure proposed
 * before in its paragraph ("Two soldiers were killed. The soldier …"). Not
 * when that one person, counted under the same noun, had another fate
 * before: "kidnapped a shepherd … the shepherd was killed". */
gboolean
_sitrep_suggest_counted_before (SuggestRun        *run,
                                guint              i,
                                SitrepSuggestKind  kind,
                                guint              noun)
{
  const SuggestToken *n = tok (run, noun);
  gsize len = n->end - n->start;

  if (_sitrep_suggest_figure_earlier (run, i, FALSE) == NULL)
    return FALSE;
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      gsize vlen;

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      if (tok (run, _sitrep_suggest_token_holding (run, s->byte_end - 1))->paragraph != n->paragraph)
        break;
      vlen = s->victims != NULL ? strlen (s->victims) : 0;
      if (s->figure.count == 1 && s->kind != kind && vlen > len &&
          g_ascii_strncasecmp (s->victims + vlen - len, run->text + n->start, len) == 0 &&
          !g_ascii_isalnum (s->victims[vlen - len - 1]))
        return FALSE;
    }
  return TRUE;
}

/* "another" as a person, after a figure in its sentence: "a civilian was
 * killed and another was injured", "killing three and wounding another". */
static gboolean
another_alone (SuggestRun *run,
               guint       i)
{
  /* not "wounded another 13": the count's qualifier ("another 13" is thirteen more) */
  return _sitrep_suggest_tok_is (run, i, "another") && !_sitrep_suggest_is_number_anchor (run, i + 1) &&
         _sitrep_suggest_figure_earlier (run, i, TRUE) != NULL;
}

/* Words of the group a person belongs to, after "of": "another member of
 * the SDF forces", "the second member of the militia". */
static const char * const group_of_words[] = {
  "the", "forces", "force", "militia", "militias", "group", "army", "police", "brigade", "regiment",
  "battalion", "division", "unit", "faction", "movement", "organization", "organisation", NULL
};
/* Nouns of a role held in something, before "of": "the head of Saddam Hussein's tribe", "the
 * owner of a printing press", "Secretary of the Baath Party Branch". */
static const char * const role_of_nouns[] = {
  "head", "owner", "chief", "director", "secretary", "deputy", "president", "spokesman", "editor",
  "manager", "chairman", "founder", "emir", "principal", "dean", "commander", "leader", "governor",
  "mayor", "member", "son", "daughter", "wife", "husband", "brother", "father", "mother", NULL
};
/* Words that end the group after a role's "of" (read backwards from the verb): a clause or a
 * second subject, not the group. */
static const char * const role_of_stops[] = {
  "who", "which", "that", "was", "were", "is", "are", "has", "had", "been", "and", "or", "by", "when",
  "while", "after", "as", "said", "he", "she", "they", NULL
};
#define ROLE_OF_WORDS 8

/* How many words such a group may take after "of"; a role between commas after a name. */
#define GROUP_WORDS 5
#define ROLE_WORDS 16


/* Token @j's "of" when "<person> of <group>" ends right before @j, its
 * person's noun before the "of"; else @j. */
static guint
past_group (SuggestRun *run,
            guint       j)
{
  guint sentence = tok (run, j)->sentence;

  /* Hyphens and the brackets of an acronym are no words of the group: "the Hurras al-Din faction",
   * "the Syrian Democratic Forces (SDF)" */
  for (guint k = j, words = 0; k >= 2 && words <= GROUP_WORDS && tok (run, k - 1)->sentence == sentence; k--)
    {
      const SuggestToken *t = tok (run, k - 1);

      if (_sitrep_suggest_tok_is (run, k - 1, "of"))
        return k < j && _sitrep_suggest_tok_among (run, k - 2, _sitrep_suggest_one_person) ? k - 1 : j;
      if ((t->flags & TOK_HYPHEN) || _sitrep_suggest_tok_is_mark (run, k - 1, '(') || _sitrep_suggest_tok_is_mark (run, k - 1, ')'))
        continue;
      words++;
      /* "al" of "al-Din": a word glued to the hyphen after it */
      if ((t->flags & TOK_WORD) && (tok (run, k)->flags & TOK_HYPHEN) && tok (run, k)->space_before == 0)
        continue;
      if (!(t->flags & TOK_WORD) ||
          !(((t->flags & TOK_CAP) && !(t->flags & TOK_NUMBER)) || _sitrep_suggest_tok_among (run, k - 1, group_of_words)))
        return j;
    }
  return j;
}

/* Whether token @i is a role held in something, before its "of": "head of", "owner of", "commander of". */
static gboolean
is_role_of (SuggestRun *run,
            guint       i)
{
  return i + 1 < run->n_tokens && _sitrep_suggest_tok_is (run, i + 1, "of") &&
         (_sitrep_suggest_tok_among (run, i, role_of_nouns) || _sitrep_suggest_tok_among (run, i, _sitrep_suggest_one_person));
}

/* "the head of Saddam Hussein's tribe", "the commander of Iraq's national police academy", "a
 * son of the mukhtar" ending right before token @j: its determiner, or G_MAXUINT. *@named is
 * TRUE when the group is someone's (a possessive): the role then names one person, none of a
 * figure counted before ("the commander of the Brigade" after "Two fighters were killed" may
 * be one of them). */
static guint
role_of_before (SuggestRun *run,
                guint       j,
                gboolean   *named)
{
  guint sentence = tok (run, j)->sentence;

  guint of = j;

  *named = FALSE;
  /* The "of" first (cheap), then the words between */
  while (of >= 3 && of + ROLE_OF_WORDS >= j && tok (run, of - 1)->sentence == sentence && !_sitrep_suggest_tok_is (run, of - 1, "of"))
    of--;
  if (of >= j || of < 3 || !_sitrep_suggest_tok_is (run, of - 1, "of") || !is_role_of (run, of - 2) ||
      !(_sitrep_suggest_tok_among (run, of - 3, _sitrep_suggest_one_determiners) || _sitrep_suggest_tok_is (run, of - 3, "the")))
    return G_MAXUINT;
  for (guint k = j; k > of; k--)
    {
      const SuggestToken *t = tok (run, k - 1);

      if ((t->flags & TOK_PUNCT) && t->space_before == 0 &&
          (run->text[t->start] == '\'' || _sitrep_suggest_has_prefix (run->text + t->start, "’")))
        *named = TRUE;
      else if ((t->flags & TOK_WORD) && !(t->flags & TOK_ARABIC) && !_sitrep_suggest_tok_among (run, k - 1, role_of_stops))
        continue;
      else if (!(t->flags & TOK_HYPHEN))
        return G_MAXUINT;
    }
  return of - 3;
}

/* Token @j ("was" at first, token @was) past a person's name, words or age between commas after
 * one person: "His brother, Ahmad Saleh, was wounded", "Another child, a 3-year-old girl, was
 * injured", "his son, 13, was killed". The comma before them, or @j. */
static guint
past_apposition (SuggestRun *run,
                 guint       j,
                 guint       was)
{
  guint sentence = tok (run, was)->sentence;

  /* "His brother, Ahmad Saleh, was wounded": past the name between commas. */
  if (j >= 4 && is_comma (run, j - 1))
    {
      guint k = j - 2;

      while (k > 0 && k + NAME_WORDS >= j && (is_name_word (run, k) || (tok (run, k)->flags & TOK_HYPHEN)))
        k--;
      if (k + 3 <= j && is_comma (run, k) && tok (run, k)->sentence == sentence && k >= 1 &&
          _sitrep_suggest_tok_among (run, k - 1, _sitrep_suggest_one_person))
        j = k;
    }
  /* "Another child, a 3-year-old girl, was injured", "his son, 13, was killed": past one
   * person's words or an age between commas */
  if (j == was && j >= 5 && is_comma (run, j - 1))
    {
      guint k = j - 2, noun = j - 2;

      if ((tok (run, k)->flags & TOK_NUMBER) && is_comma (run, k - 1))
        k--;
      else if (_sitrep_suggest_tok_among (run, noun, _sitrep_suggest_one_person))
        {
          for (k = noun; k > 1 && k + 8 > noun && !is_comma (run, k - 1) && tok (run, k - 1)->sentence == sentence; k--)
            ;
          k = k >= 1 && _sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_determiners) ? k - 1 : j;
        }
      if (k < j && is_comma (run, k) && k >= 2 && tok (run, k - 1)->sentence == sentence &&
          _sitrep_suggest_tok_among (run, k - 1, _sitrep_suggest_one_person))
        j = k;
    }
  return j;
}

/* The name before a role between commas that ends right before "was" at token @j: "Ahmed
 * Hassan, a local leader, was killed", "Mahmoud Ali al-Nida, head of the Baijat tribe, died",
 * "Ahmed Saleh, 34, a teacher, was killed". 1 when it names a person (its first and last
 * tokens in @first and @last), 0 when the role has no person's name before it, -1 when there
 * is no such role. */
static gint
name_before_role (SuggestRun *run,
                  guint       j,
                  guint      *first,
                  guint      *last)
{
  guint sentence = tok (run, j)->sentence;
  guint k = j - 2, noun = 0, name_end;

  for (; k > 1 && k + ROLE_WORDS >= j && !is_comma (run, k) && tok (run, k)->sentence == sentence; k--)
    noun = noun == 0 && (_sitrep_suggest_tok_among (run, k, _sitrep_suggest_one_person) || is_role_of (run, k)) ? k : noun;
  /* an age between commas before the role: "Ahmed Saleh, 34, a teacher, was killed" */
  name_end = k >= 4 && is_comma (run, k) && (tok (run, k - 1)->flags & TOK_NUMBER) && is_comma (run, k - 2) ? k - 2 : k;
  /* the role with its determiner, or its noun first: "Mahmoud Ali al-Nida, head of the Baijat tribe, died" */
  if (noun > 0 && is_comma (run, k) && is_name_word (run, name_end - 1) &&
      (_sitrep_suggest_tok_among (run, k + 1, _sitrep_suggest_one_determiners) || _sitrep_suggest_tok_is (run, k + 1, "the") ||
       (noun == k + 1 && is_role_of (run, k + 1))))
    {
      guint words = 0;

      /* the name's words, with its hyphens: "Youssef Odah al-Zoubi" */
      *last = name_end - 1;
      for (*first = name_end; *first > 0 && *first + NAME_WORDS + 2 > name_end && tok (run, *first - 1)->sentence == sentence &&
           (is_name_word (run, *first - 1) || (tok (run, *first - 1)->flags & TOK_HYPHEN)); (*first)--)
        words += is_name_word (run, *first - 1) ? 1 : 0;
      while (*first < name_end && !is_name_word (run, *first))
        (*first)++;
      return words >= 2 && names_person (run, *first, *last) ? 1 : 0;
    }
  return -1;
}

/* The one person before "was" at token @was: "his wife", "a Syrian
 * soldier", or a name before ", who" ("Charles H. Keating IV, who"). Its
 * first and last tokens in @first and @last. "The man was killed" is one
 * more only when no figure came before in its paragraph (else he is most
 * often one of them: "Two soldiers were killed. The soldier …"). */
gboolean
_sitrep_suggest_person_before (SuggestRun        *run,
                               guint              was,
                               SitrepSuggestKind  kind,
                               gboolean           captured,
                               guint             *first,
                               guint             *last)
{
  guint sentence = tok (run, was)->sentence;
  guint j = was, words = 0;

  if (j >= 1 && another_alone (run, j - 1))
    {
      *first = *last = j - 1;
      return TRUE;
    }
  if (j >= 2 && _sitrep_suggest_ordinal_alone (run, j - 1))
    {
      *first = j - 2;
      *last = j - 1;
      return TRUE;
    }

  j = past_apposition (run, j, was);
  /* "Ahmed Hassan, a local leader, was killed": the name before a role between commas */
  if (j == was && j >= 6 && is_comma (run, j - 1))
    {
      gint named = name_before_role (run, j, first, last);

      if (named >= 0)
        return named;
    }
  /* "a teacher who was gunned down" */
  if (j == was && j >= 3 && _sitrep_suggest_tok_is (run, j - 1, "who") && _sitrep_suggest_tok_among (run, j - 2, _sitrep_suggest_one_person))
    j--;
  /* "the head of Saddam Hussein's tribe was killed": a role in a group named */
  if (j == was && j >= 4)
    {
      gboolean named;
      guint det = role_of_before (run, j, &named);

      if (det != G_MAXUINT && (named || !_sitrep_suggest_tok_is (run, det, "the") ||
                               !_sitrep_suggest_counted_before (run, det, kind, det + 1)))
        {
          *first = det;
          *last = j - 1;
          return TRUE;
        }
    }
  /* "another member of the SDF forces was wounded": the person before the group */
  if (j >= 3 && j == was)
    j = past_group (run, j);
  if (j >= 1 && _sitrep_suggest_tok_among (run, j - 1, _sitrep_suggest_one_person))
    {
      /* The determiner before the noun, with up to two words (or ages, "12-year-old") between,
       * and up to four capitalised ones ("A U.S. Army soldier", "a local Islamic State (ISIS)
       * leader"). */
      for (guint p = j - 1, between = 0, capitalised = 0; p > 0 && between <= 2 && capitalised <= 4 &&
           tok (run, p - 1)->sentence == sentence;)
        {
          gboolean capitals;
          guint start;

          if (_sitrep_suggest_tok_among (run, p - 1, _sitrep_suggest_one_determiners) ||
              ((j == was || _sitrep_suggest_tok_is (run, j, "of")) && _sitrep_suggest_tok_is (run, p - 1, "the") &&
               !_sitrep_suggest_counted_before (run, p - 1, kind, j - 1)))
            {
              *first = p - 1;
              *last = j - 1;
              return TRUE;
            }
          /* "the victim's brother was tortured to death", "Ahmed's father was arrested" */
          if (is_possessive (run, p - 1))
            {
              *first = p - 3 > 0 && _sitrep_suggest_tok_is (run, p - 4, "the") ? p - 4 : p - 3;
              *last = j - 1;
              return TRUE;
            }
          start = modifier_start (run, p - 1, &capitals);
          if (start == G_MAXUINT)
            return FALSE;
          between += capitals ? 0 : 1;
          capitalised += capitals ? 1 : 0;
          p = start;
        }
      return FALSE;
    }
  /* '"Abu Aya" was captured': a name in quotes is a person's, even for "captured" */
  if (j >= 3 && _sitrep_suggest_is_quote_mark (run, j - 1))
    {
      guint k = j - 2;

      while (k > 0 && k + NAME_WORDS >= j && is_name_word (run, k))
        k--;
      if (k + 2 < j && _sitrep_suggest_is_quote_mark (run, k) && tok (run, k)->sentence == sentence)
        {
          *first = k + 1;
          *last = j - 2;
          return TRUE;
        }
    }
  if (captured)
    return FALSE;
  /* "X, who was killed", "X was killed" */
  if (j >= 2 && _sitrep_suggest_tok_is (run, j - 1, "who"))
    j -= (tok (run, j - 2)->flags & TOK_PUNCT) && run->text[tok (run, j - 2)->start] == ',' ? 2 : 1;
  if (j == 0)
    return FALSE;
  *last = j - 1;
  while (j > 0 && tok (run, j - 1)->sentence == sentence && words < NAME_WORDS)
    {
      if (is_name_word (run, j - 1))
        words++;
      else if (!(words > 0 && is_dot (run, j - 1)) && !(tok (run, j - 1)->flags & TOK_HYPHEN))
        break;
      j--;
    }
  while (j < was && !is_name_word (run, j))
    j++;
  *first = j;
  return words >= 2 && is_name_word (run, *last) && names_person (run, *first, *last);
}

/* One person's noun right after the verb: "killed a commander", "wounded
 * a Syrian soldier", "killed his brother". Its last token in @last. */
gboolean
_sitrep_suggest_person_after (SuggestRun        *run,
                              guint              verb,
                              SitrepSuggestKind  kind,
                              guint             *last)
{
  guint n = run->n_tokens, sentence = tok (run, verb)->sentence;
  gboolean the, capitals;
  guint end, capitalised = 0;

  if (verb + 2 >= n)
    return FALSE;
  /* "wounding another.", "shot and wounded him": a word alone, then no
   * other word of its phrase ("another soldier", "her husband", "him and"). */
  if ((another_alone (run, verb + 1) || _sitrep_suggest_tok_among (run, verb + 1, _sitrep_suggest_one_pronouns)) &&
      tok (run, verb + 2)->sentence == sentence &&
      (!(tok (run, verb + 2)->flags & TOK_WORD) || _sitrep_suggest_tok_among (run, verb + 2, _sitrep_suggest_after_name) ||
       _sitrep_suggest_tok_among (run, verb + 2, at_once)) &&
      !_sitrep_suggest_tok_is (run, verb + 2, "and") && !_sitrep_suggest_tok_is (run, verb + 2, "or") &&
      !_sitrep_suggest_tok_is (run, verb + 2, "with") && run->text[tok (run, verb + 2)->start] != '\'' &&
      !_sitrep_suggest_has_prefix (run->text + tok (run, verb + 2)->start, "’"))
    {
      *last = verb + 1;
      return TRUE;
    }
  the = _sitrep_suggest_tok_is (run, verb + 1, "the");
  if ((!the && !_sitrep_suggest_tok_among (run, verb + 1, _sitrep_suggest_one_determiners)) ||
      _sitrep_suggest_tok_is (run, verb + 1, "its") || _sitrep_suggest_tok_is (run, verb + 1, "their"))
    return FALSE;
  for (guint j = verb + 2, between = 0; j < n && between <= 2 && tok (run, j)->sentence == sentence; j++, between++)
    {
      guint age = age_end (run, j);

      if (age != j)
        {
          j = age;   /* "killed a 45-year-old man" */
          continue;
        }
      /* "killed an “ISIS senior leader”" */
      if ((tok (run, j)->flags & TOK_PUNCT) && (run->text[tok (run, j)->start] == '"' ||
                                                _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "“") ||
                                                _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "”")))
        {
          between--;   /* no word between (unsigned: the loop's ++ brings it back) */
          continue;
        }
      /* "killed the owner of a printing press": a role in something names one person */
      if (j == verb + 2 && is_role_of (run, j) && _sitrep_suggest_tok_among (run, j, role_of_nouns))
        {
          *last = j;
          return TRUE;
        }
      /* "killed the owner's dog", "wounded the commander's son": the noun after a person's possessive is the one
       * harmed */
      if ((tok (run, j)->flags & TOK_WORD) && j + 2 < n && is_possessive (run, j + 2) &&
          _sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person))
        {
          j += 2;
          continue;
        }
      if ((tok (run, j)->flags & TOK_WORD) && _sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person))
        {
          *last = j;
          /* "killed the shepherd": one more, unless one of a figure before */
          return !the || !_sitrep_suggest_counted_before (run, verb + 1, kind, j);
        }
      /* "killed an al-Qaeda suspect", "wounded a U.S. soldier": capitalised modifiers take no
       * place of the two words */
      end = _sitrep_suggest_modifier_end (run, j, &capitals);
      if (end == G_MAXUINT)
        return FALSE;
      if (capitals && ++capitalised <= 4)
        between--;
      j = end;
    }
  return FALSE;
}

/* A role and a name after the verb: "killed Hezbollah commander Ali
 * Hassan", "killed ISIS leader Abu Bakr al-Baghdadi". */
gboolean
_sitrep_suggest_role_and_name_after (SuggestRun *run,
                                     guint       verb,
                                     guint      *last)
{
  guint n = run->n_tokens;
  guint j = verb + 1;

  while (j < n && j <= verb + 3 && tok (run, j)->sentence == tok (run, verb)->sentence && is_name_word (run, j))
    j++;
  /* The role: a word in lower case of three letters or more, then the long list */
  if (j >= n || tok (run, j)->sentence != tok (run, verb)->sentence || (tok (run, j)->flags & (TOK_CAP | TOK_NUMBER)) ||
      !(tok (run, j)->flags & TOK_WORD) || tok (run, j)->end - tok (run, j)->start < 3 ||
      !_sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person))
    return FALSE;
  return _sitrep_suggest_name_after (run, j, last);
}

/* One person's words ending at token @noun: "a woman", "his son", "a young
 * man", "another civilian". Their first token in @first. */
gboolean
_sitrep_suggest_one_person_ending_at (SuggestRun *run,
                                      guint       noun,
                                      guint      *first)
{
  guint sentence = tok (run, noun)->sentence;

  if (!(tok (run, noun)->flags & TOK_WORD))
    return FALSE;
  /* The determiner first: the nouns' list is long. */
  for (guint k = 1; k <= 3 && noun >= k && tok (run, noun - k)->sentence == sentence; k++)
    {
      if (_sitrep_suggest_tok_among (run, noun - k, _sitrep_suggest_one_determiners) || _sitrep_suggest_digit_one (run, noun - k))
        {
          *first = noun - k;
          return _sitrep_suggest_tok_among (run, noun, _sitrep_suggest_one_person);
        }
      if (!(tok (run, noun - k)->flags & TOK_WORD) || (tok (run, noun - k)->flags & TOK_NUMBER) ||
          _sitrep_suggest_tok_is (run, noun - k, "and"))
        return FALSE;
    }
  return FALSE;
}

/* One person's words starting at token @det: "a civilian", "his son". Their
 * last token in @last. */
/* Whether "of the …" at token @of names the group of the person named before it, the last of its words
 * (at most three, none a number) in *@last: up to the "and", comma or verb after them. */
static gboolean
of_group_end (SuggestRun *run,
              guint       of,
              guint      *last)
{
  static const char * const group_articles[] = { "the", "a", "an", "his", "her", "their", "its", NULL };
  guint sentence = tok (run, of)->sentence, j;

  if (of + 2 >= run->n_tokens || !_sitrep_suggest_tok_is (run, of, "of") || !_sitrep_suggest_tok_in (run, of + 1, group_articles))
    return FALSE;
  for (j = of + 2; j < run->n_tokens && j <= of + 4 && tok (run, j)->sentence == sentence; j++)
    {
      if (!(tok (run, j)->flags & TOK_WORD) || (tok (run, j)->flags & TOK_NUMBER) || _sitrep_suggest_tok_is (run, j, "and") ||
          _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_passive_aux))
        break;
    }
  if (j == of + 2 || j >= run->n_tokens || tok (run, j)->sentence != sentence ||
      !(_sitrep_suggest_tok_is (run, j, "and") || is_comma (run, j) || _sitrep_suggest_tok_in (run, j, _sitrep_suggest_figure_passive_aux)))
    return FALSE;
  *last = j - 1;
  return TRUE;
}

gboolean
_sitrep_suggest_one_person_starting_at (SuggestRun *run,
                                        guint       det,
                                        guint      *last)
{
  guint sentence = tok (run, det)->sentence;

  if (!_sitrep_suggest_tok_among (run, det, _sitrep_suggest_one_determiners))
    return FALSE;
  for (guint j = det + 1; j < run->n_tokens && j <= det + 3 && tok (run, j)->sentence == sentence; j++)
    {
      if (!(tok (run, j)->flags & TOK_WORD) || (tok (run, j)->flags & TOK_NUMBER))
        return FALSE;
      if (_sitrep_suggest_tok_among (run, j, _sitrep_suggest_one_person))
        {
          /* "a member of the unit", "an officer of the brigade": the group he is of */
          *last = j;
          if (of_group_end (run, j + 1, last))
            return TRUE;
          /* "a civilian car" names a thing */
          return !(j + 1 < run->n_tokens && (tok (run, j + 1)->flags & TOK_WORD) && !(tok (run, j + 1)->flags & TOK_CAP) &&
                   !_sitrep_suggest_tok_among (run, j + 1, _sitrep_suggest_after_name) && !_sitrep_suggest_tok_among (run, j + 1, _sitrep_suggest_possessives) &&
                   !_sitrep_suggest_tok_is (run, j + 1, "were") && !_sitrep_suggest_tok_is (run, j + 1, "have") &&
                   !_sitrep_suggest_tok_is (run, j + 1, "had") && !_sitrep_suggest_tok_is (run, j + 1, "was") &&
                   !_sitrep_suggest_tok_is (run, j + 1, "has"));
        }
    }
  return FALSE;
}

gboolean
_sitrep_suggest_is_and_or_comma (SuggestRun *run,
                                 guint       i)
{
  return _sitrep_suggest_tok_is (run, i, "and") || is_comma (run, i);
}

/* Whether token @i is in the figure proposed last: "Three soldiers, a policeman and two civilians were
 * wounded" names the policeman with the three, not again with the two. */
static gboolean
in_last_figure (SuggestRun *run,
                guint       i)
{
  const SitrepSuggestion *s = run->out->len > 0 ? run->out->pdata[run->out->len - 1] : NULL;

  return s != NULL && sitrep_suggest_kind_is_figure (s->kind) && s->byte_end > tok (run, i)->start;
}

/* People named one by one before a count and joined to it: "a woman and
 * her two children", "a man, his wife and their four children". How many
 * (0: none); the first token of the first in @first. @count is the count's
 * first token (its qualifier's). */
guint
_sitrep_suggest_figure_persons_before (SuggestRun *run,
                                       guint       count,
                                       guint      *first)
{
  guint j = count, persons = 0, start;

  /* "and" or a possessive right before: words of 3 or 5 letters */
  if (j < 2 || !(tok (run, j - 1)->flags & TOK_WORD) ||
      (tok (run, j - 1)->end - tok (run, j - 1)->start != 3 && tok (run, j - 1)->end - tok (run, j - 1)->start != 5))
    return 0;
  if (_sitrep_suggest_tok_among (run, j - 1, _sitrep_suggest_possessives))
    j--;
  if (j < 2 || !_sitrep_suggest_tok_is (run, j - 1, "and"))
    return 0;
  /* "killing him and his four children" */
  if (_sitrep_suggest_tok_among (run, j - 2, _sitrep_suggest_one_pronouns) && tok (run, j - 2)->sentence == tok (run, count)->sentence)
    {
      *first = j - 2;
      return 1;
    }
  while (j >= 2 && _sitrep_suggest_is_and_or_comma (run, j - 1) && tok (run, j - 2)->sentence == tok (run, count)->sentence &&
         _sitrep_suggest_one_person_ending_at (run, j - 2, &start) && !in_last_figure (run, start))
    {
      persons++;
      j = start;
      *first = start;
    }
  return persons;
}

/* The same after the people counted, whose last token is @victim: "three
 * soldiers and a civilian". The last token of the last in @last. */
guint
_sitrep_suggest_figure_persons_after (SuggestRun *run,
                                      guint       victim,
                                      guint      *last)
{
  guint j = victim, persons = 0, end, oxford;

  /* (", and a baby": the list's last after a comma) */
  while (j + 2 < run->n_tokens && _sitrep_suggest_is_and_or_comma (run, j + 1) && tok (run, j + 2)->sentence == tok (run, victim)->sentence &&
         _sitrep_suggest_one_person_starting_at (run, j + 2 + (oxford = is_comma (run, j + 1) && _sitrep_suggest_tok_is (run, j + 2, "and")), &end))
    {
      persons++;
      j = end;
      *last = end;
    }
  return persons;
}

/* Whether the person named @first … @last was counted before in the
 * paragraph under the same last name: "killed Issa Al-Janati, … Al-Janati
 * died of his wounds" is one. */
gboolean
_sitrep_suggest_named_before (SuggestRun *run,
                              guint       first,
                              guint       last)
{
  const SuggestToken *t = tok (run, last);
  gsize len = t->end - t->start;
  const char *key = run->text + t->start;   /* his last name, in the paragraph */
  guint others = 0;

  if (_sitrep_suggest_tok_among (run, first, _sitrep_suggest_one_determiners) || _sitrep_suggest_tok_is (run, first, "the") ||
      !(t->flags & TOK_CAP) || len < 3)
    return FALSE;
  for (guint k = run->out->len; k > 0; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];

      if (s->victims == NULL || (s->kind != SITREP_SUGGEST_KILLED && s->kind != SITREP_SUGGEST_WOUNDED &&
                                 s->kind != SITREP_SUGGEST_CAPTURED && s->kind != SITREP_SUGGEST_MISSING))
        continue;
      /* in the paragraphs before, by his whole name of two words or more only ("Abu Risha"), not his last name,
       * among the last few figures */
      if (key == run->text + t->start && tok (run, _sitrep_suggest_token_holding (run, s->byte_end - 1))->paragraph != t->paragraph)
        {
          if (first == last)
            return FALSE;
          key = run->text + tok (run, first)->start;
          len = t->end - tok (run, first)->start;
        }
      if (key != run->text + t->start && ++others > 16)
        return FALSE;
      for (const char *at = s->victims; *at != '\0'; at++)
        {
          if (strncmp (at, key, len) == 0 && !g_ascii_isalnum (at[len]) &&
              (at == s->victims || !g_ascii_isalnum (at[-1])))
            return TRUE;
        }
    }
  return FALSE;
}
