/* sitrep-suggest-figures-one-arabic.c — one person (or two) killed, wounded or captured in Arabic,
 * named by a noun, not counted: "استشهد مدني وأصيب آخر", "مقتل عسكري", "قضى جنديان عراقيان",
 * "إلقاء القبض على مسؤول" (the one reader of both; the first, for a noun right after the word, was
 * in sitrep-suggest-figures-arabic.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-arabic.h"
#include "sitrep-suggest-private.h"

/* Nouns of one person (singular; with "ان" after them the dual, two: "جنديان", "آخران"; their
 * plurals, "مدنيين", are counts the figures' walk reads or no figure), compared also with "و",
 * "ال", "ب" glued in front. */
static const char * const ar_one_person[] = {
  "مدني", "مدنية", "عسكري", "جندي", "شاب", "شابة", "طفل", "طفلة", "امرأة", "رجل", "عنصر", "مقاتل",
  "شخص", "مواطن", "مواطنة", "قيادي", "ضابط", "مسؤول", "مسئول", "شرطي", "صحفي", "ناشط", "مسلح",
  "إرهابي", "فتى", "فتاة", "سيدة", "طبيب", "سائق", "مزارع", "قائد", "منتسب", "متطوع", "رضيع",
  "مسن", "عامل", "نازح", "راعي", "ابن", "ابنة", "نجل", "صبي", "موظف", "مهندس", "معلم", "مختار", "حارس",
  NULL
};
/* The nouns of ar_one_person whose plural is broken ("جنود", "أطفال"): their dual in "ين" ("جنديين",
 * "طفلين") is two, where a sound plural's "ين" ("مدنيين") is many; and the nouns of the dead, hurt or held
 * themselves, whose dual ("شهيدين", "جريحان") is a figure of two of its kind. */
static const char * const ar_broken_plural[] = {
  "جندي", "شاب", "طفل", "رجل", "عنصر", "شخص", "ضابط", "قائد", "طبيب", "ابن", "نجل", "صبي", "فتى",
  NULL
};
static const char * const ar_dead_one[] = {
  "شهيد", "قتيل", NULL
};
static const char * const ar_hurt_one[] = {
  "جريح", NULL
};
static const char * const ar_held_one[] = {
  "أسير", NULL
};
/* "another" and "one of" (with its hamza or without, "مقتل احد القياديين"): "وأصيب آخر", "مقتل أحد عسكريي الفوج" — one person, never joined to
 * the next by "و" ("شهيد وآخر جريح" says two things of two people). */
static const char * const ar_one_other[] = {
  "آخر", "أخرى", "أحد", "إحدى", "احد", "احدى", NULL
};
/* "أحد عشر" is eleven. */
static const char * const ar_teen[] = {
  "عشر", "عشرة", NULL
};
/* Plural nouns of the dead, hurt or held: a noun after them is one of them, not one more ("من بين
 * القتلى ضابط", among the dead an officer); and "حصيلة", a toll. */
static const char * const ar_victims_plural[] = {
  "قتلى", "جرحى", "شهداء", "مصابين", "إصابات", "معتقلين", "مختطفين", "مفقودين", "أسرى", "حصيلة", NULL
};
/* "إلقاء القبض على" (arrest of): the person after "على". */
static const char * const ar_arrest[] = {
  "القبض", NULL
};
static const char * const ar_on[] = {
  "على", NULL
};
/* "أودى بحياة" (took the life of). */
static const char * const ar_took[] = {
  "أودى", "أودت", NULL
};
static const char * const ar_life_of[] = {
  "بحياة", NULL
};

static gboolean
same_sentence (SuggestRun *run,
               guint       i,
               guint       j)
{
  return j < run->n_tokens && tok (run, j)->sentence == tok (run, i)->sentence;
}

/* Whether the @len bytes at @p, with "و", "ف", "ب", "ل" or "ال" glued in front or not, are a word of
 * @words. */
static gboolean
ar_stem_in (const char         *p,
            gsize               len,
            const char * const *words)
{
  for (guint strip = 0; strip < 3; strip++)
    {
      for (guint k = 0; words[k] != NULL; k++)
        {
          if (strlen (words[k]) == len && _sitrep_suggest_ar_same (words[k], p, len))
            return TRUE;
        }
      if (strip == 0 && len > 4 && (memcmp (p, "و", 2) == 0 || memcmp (p, "ف", 2) == 0))
        p += 2, len -= 2;
      else if (len > 6 && memcmp (p, "ال", 4) == 0)
        p += 4, len -= 4;
      else if (len > 4 && (memcmp (p, "ب", 2) == 0 || memcmp (p, "ل", 2) == 0))
        p += 2, len -= 2;
      else
        break;
    }
  return FALSE;
}

/* Whether Arabic token @j is the dual of a noun of @words: the noun and "ان" in the nominative ("جنديان",
 * "آخران"), "تان"/"تين" for the noun's "ة" ("امرأتين", "سيدتان"), and "ين" for a noun of @broken, whose
 * plural is not in "ين" ("جنديين", "شهيدين"; "مدنيين" is a plural); with a clitic or "ال" in front or
 * not. */
static gboolean
ar_dual_at (SuggestRun         *run,
            guint               j,
            const char * const *words,
            const char * const *broken)
{
  const SuggestToken *t = tok (run, j);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start, dual = strlen ("ان");
  char bare[4 * MAX_LISTED_WORD], stem[4 * MAX_LISTED_WORD];

  if (!(t->flags & TOK_ARABIC))
    return FALSE;
  p = _sitrep_suggest_ar_bare (p, &len, bare, sizeof bare);
  if (len <= dual + 2 || len + 2 > sizeof stem)
    return FALSE;
  /* "امرأتين", "سيدتان": the noun ends in "ة" */
  if (len > strlen ("تين") + 2 && memcmp (p + len - strlen ("تين"), "ت", 2) == 0 &&
      (memcmp (p + len - dual, "ين", dual) == 0 || memcmp (p + len - dual, "ان", dual) == 0))
    {
      gsize stem_len = len - strlen ("تين");

      memcpy (stem, p, stem_len);
      memcpy (stem + stem_len, "ة", strlen ("ة"));
      if (ar_stem_in (stem, stem_len + strlen ("ة"), words))
        return TRUE;
    }
  if (memcmp (p + len - dual, "ان", dual) == 0)
    return ar_stem_in (p, len - dual, words);
  return broken != NULL && memcmp (p + len - dual, "ين", dual) == 0 && ar_stem_in (p, len - dual, broken);
}

/* Whether Arabic token @j is a noun of @words in the accusative with its tanween's alef ("طفلاً", written
 * "طفلا" too, whose mark _sitrep_suggest_ar_bare () drops). */
static gboolean
ar_accusative_at (SuggestRun         *run,
                  guint               j,
                  const char * const *words)
{
  const SuggestToken *t = tok (run, j);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start;
  char bare[4 * MAX_LISTED_WORD];

  if (!(t->flags & TOK_ARABIC))
    return FALSE;
  p = _sitrep_suggest_ar_bare (p, &len, bare, sizeof bare);
  return len > 4 && memcmp (p + len - 2, "ا", 2) == 0 && ar_stem_in (p, len - 2, words);
}

/* Whether the words from token @j name one person (or two, a dual); their last token in @last and how many
 * are named one by one ("مقتل شاب وطفل": 2) in *@persons. */
static gboolean
ar_persons_at (SuggestRun *run,
               guint       j,
               guint      *last,
               guint      *persons)
{
  if (ar_dual_at (run, j, ar_one_person, ar_broken_plural) || ar_dual_at (run, j, ar_one_other, NULL))
    {
      *last = j;
      *persons = 2;
      return TRUE;
    }
  if (_sitrep_suggest_figure_ar_in (run, j, ar_one_other))
    {
      if (same_sentence (run, j, j + 1) && _sitrep_suggest_figure_ar_in (run, j + 1, ar_teen))
        return FALSE;
      *last = j;
      *persons = 1;
      return TRUE;
    }
  if (!_sitrep_suggest_figure_ar_in (run, j, ar_one_person) && !ar_accusative_at (run, j, ar_one_person))
    return FALSE;
  *last = j;
  *persons = 1;
  /* "شاب وطفل": the next noun with "و" glued in front */
  while (same_sentence (run, j, *last + 1) && *persons < 4 &&
         g_str_has_prefix (run->text + tok (run, *last + 1)->start, "و") &&
         _sitrep_suggest_figure_ar_in (run, *last + 1, ar_one_person))
    {
      (*last)++;
      (*persons)++;
    }
  return TRUE;
}

/* Token @i is an Arabic word: when it says a casualty's kind and one person (or two) follows it
 * ("استشهد مدني", "مقتل عسكري وإصابة آخر", "قضى جنديان", "باستشهاد الشاب", "مقتل شاب وطفل",
 * "القبض على مسؤول", "أودى بحياة شاب"), proposes them as a figure. *@next is the last token used. */
void
_sitrep_suggest_figure_one_arabic (SuggestRun *run,
                                   guint       i,
                                   guint      *next)
{
  SitrepSuggestKind kind;
  SitrepSuggestion *s;
  guint person = i + 1, last, persons;

  *next = i;
  /* "سقوط شهيدين", "وجريحان": the dual of a noun of the dead, hurt or held is two of them */
  if (ar_dual_at (run, i, ar_dead_one, ar_dead_one) || ar_dual_at (run, i, ar_hurt_one, ar_hurt_one) ||
      ar_dual_at (run, i, ar_held_one, ar_held_one))
    {
      kind = ar_dual_at (run, i, ar_dead_one, ar_dead_one) ? SITREP_SUGGEST_KILLED :
             ar_dual_at (run, i, ar_hurt_one, ar_hurt_one) ? SITREP_SUGGEST_WOUNDED : SITREP_SUGGEST_CAPTURED;
      s = _sitrep_suggest_add (run, kind, i, i);
      s->figure.count = s->figure.low = s->figure.high = 2;
      s->figure.qualifier = SITREP_QUALIFIER_EXACT;
      s->score = 0.6;
      return;
    }
  if (_sitrep_suggest_figure_ar_in (run, i, ar_arrest) && same_sentence (run, i, i + 1) &&
      _sitrep_suggest_figure_ar_in (run, i + 1, ar_on))
    {
      kind = SITREP_SUGGEST_CAPTURED;
      person = i + 2;
    }
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_took) && same_sentence (run, i, i + 1) &&
           _sitrep_suggest_figure_ar_in (run, i + 1, ar_life_of))
    {
      kind = SITREP_SUGGEST_KILLED;
      person = i + 2;
    }
  else if (!_sitrep_suggest_figure_ar_kind (run, i, &kind) || _sitrep_suggest_figure_ar_in (run, i, ar_victims_plural))
    return;
  if (!same_sentence (run, i, person) || !ar_persons_at (run, person, &last, &persons))
    return;
  s = _sitrep_suggest_add (run, kind, i, last);
  s->figure.count = s->figure.low = s->figure.high = persons;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.6;
  s->victims = _sitrep_suggest_strndup (run, run->text + tok (run, person)->start,
                                        tok (run, last)->end - tok (run, person)->start);
  *next = last;
}
