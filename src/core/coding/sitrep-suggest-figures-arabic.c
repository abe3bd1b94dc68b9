/* sitrep-suggest-figures-arabic.c — Arabic casualty figures: the words of what happened, the number
 * words, "و20" (moved from sitrep-suggest-figures.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* Arabic cues, compared without the conjunction or article glued in front
 * ("وأصيب", "القتلى"). */
static const char * const ar_killed_words[] = {
  "قتل", "قتلوا", "قتلى", "قتيل", "قتيلا", "قتيلاً", "مقتل", "استشهد", "استشهاد", "شهداء",
  "شهيدا", "شهيداً", "لقي", "لقوا", "مصرع", "قضى", "قضوا", "أعدم", "إعدام", "قتلت", "أعدمت",
  "حصيلة", NULL
};
static const char * const ar_wounded_words[] = {
  "أصيب", "أصيبوا", "اصيب", "جرح", "جرحى", "جريح", "جريحا", "جريحاً", "مصاب", "مصابين",
  "مصابا", "إصابة", "إصابات", "أصابت", "أصيبت", "جرحت", NULL
};
static const char * const ar_captured_words[] = {
  "أسر", "أسرى", "اعتقل", "اعتقال", "معتقلين", "اختطف", "اختطاف", "مختطفين", "اعتقلت", "أسرت",
  "اختطفت", "خطف", "خطفت", "خطفوا", NULL
};
static const char * const ar_missing_words[] = {
  "مفقود", "مفقودين", "فقد", "فقدان", NULL
};

/* "lost their lives" ("فقد ثلاثة مدنيين حياتهم"): "فقد" is then killed, not missing. */
static const char * const ar_lives_words[] = {
  "حياته", "حياتها", "حياتهم", "حياتهما", "حياتهن", "أرواحهم", "أرواحهما", "روحه", NULL
};

/* Arabic number words: their value (the plurals of tens and hundreds at
 * their low end, as ACLED codes "dozens"). */
static const struct { const char *word; gint64 value; gboolean vague; } ar_numbers[] = {
  { "واحد", 1, FALSE }, { "اثنان", 2, FALSE }, { "اثنين", 2, FALSE }, { "ثلاثة", 3, FALSE },
  { "ثلاث", 3, FALSE }, { "أربعة", 4, FALSE }, { "أربع", 4, FALSE }, { "خمسة", 5, FALSE },
  { "خمس", 5, FALSE }, { "ستة", 6, FALSE }, { "ست", 6, FALSE }, { "سبعة", 7, FALSE },
  { "سبع", 7, FALSE }, { "ثمانية", 8, FALSE }, { "ثماني", 8, FALSE }, { "تسعة", 9, FALSE },
  { "تسع", 9, FALSE }, { "عشرة", 10, FALSE }, { "عشر", 10, FALSE }, { "عشرات", 10, TRUE },
  { "مئات", 100, TRUE }, { "آلاف", 1000, TRUE },
};

/* Whether Arabic token @i is one of @words, also with "و"/"ف", "ب"/"ل" or
 * "ال" glued in front of it. */
gboolean
_sitrep_suggest_figure_ar_in (SuggestRun         *run,
                              guint               i,
                              const char * const *words)
{
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start;

  if (!(t->flags & TOK_ARABIC))
    return FALSE;
  for (guint strip = 0; strip < 3; strip++)
    {
      for (guint k = 0; words[k] != NULL; k++)
        {
          if (strlen (words[k]) == len && memcmp (words[k], p, len) == 0)
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

/* The value of Arabic number word @i, or -1. */
gint64
_sitrep_suggest_figure_ar_number (SuggestRun *run,
                                  guint       i,
                                  gboolean   *vague)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_ARABIC))
    return -1;
  for (guint k = 0; k < G_N_ELEMENTS (ar_numbers); k++)
    {
      const char *words[] = { ar_numbers[k].word, NULL };

      if (_sitrep_suggest_figure_ar_in (run, i, words))
        {
          *vague = ar_numbers[k].vague;
          return ar_numbers[k].value;
        }
    }
  return -1;
}

/* "و20" ("and 20"): Arabic glues the conjunction to the digits after it. */
gboolean
_sitrep_suggest_figure_is_and_number (SuggestRun *run,
                                      guint       i)
{
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start;
  gsize digits = 0;

  if (t->end - t->start < 3 || memcmp (p, "و", 2) != 0)
    return FALSE;
  for (p += 2; p < run->text + t->end; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isdigit (g_utf8_get_char (p)))
        return FALSE;
      digits++;
    }
  return digits > 0 && digits <= 6;
}

/* The casualty kind Arabic token @i says in *@kind; FALSE when it says none. */
gboolean
_sitrep_suggest_figure_ar_kind (SuggestRun        *run,
                                guint              i,
                                SitrepSuggestKind *kind)
{
  if (_sitrep_suggest_figure_ar_in (run, i, ar_killed_words))
    *kind = SITREP_SUGGEST_KILLED;
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_wounded_words))
    *kind = SITREP_SUGGEST_WOUNDED;
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_captured_words))
    *kind = SITREP_SUGGEST_CAPTURED;
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_missing_words))
    {
      *kind = SITREP_SUGGEST_MISSING;
      /* "فقد ثلاثة مدنيين حياتهم": lives lost within a few words of the verb */
      for (guint j = i + 1; j < run->n_tokens && j <= i + 5 && tok (run, j)->sentence == tok (run, i)->sentence; j++)
        {
          if (_sitrep_suggest_figure_ar_in (run, j, ar_lives_words))
            {
              *kind = SITREP_SUGGEST_KILLED;
              break;
            }
        }
    }
  else
    return FALSE;
  return TRUE;
}

/* Words of what happened to one person named right after them: "مقتل عسكري",
 * "قضى جندي عراقي", "وأصيب آخر", "وإصابة آخر" (with "و" glued or not). Not
 * "حصيلة" (a toll) nor "قتلى" (the dead, a plural). */
static const char * const ar_one_verbs[] = {
  "مقتل", "قتل", "قضى", "لقي", "مصرع", "استشهد", "استشهاد", "أعدم", "إعدام", "أصيب", "اصيب",
  "إصابة", "جرح", "اعتقل", "اعتقال", "اختطف", "اختطاف", "خطف", "أسر", NULL
};
/* One person's noun (indefinite, as a count of one is written), "آخر"
 * (another) and "أحد" (one of: "مقتل أحد عسكريي الفوج"); with "ان" after
 * it, the dual: two ("قضى جنديان عراقيان", "آخران"). */
static const char * const ar_one_person[] = {
  "عسكري", "جندي", "مدني", "طفل", "طفلة", "رجل", "امرأة", "سيدة", "فتاة", "شاب", "عنصر", "مقاتل",
  "ضابط", "شرطي", "مواطن", "شخص", "قيادي", "آخر", "أحد", NULL
};

static const char * const ar_teens[] = {
  "عشر", "عشرة", NULL
};

/* Whether Arabic token @i is a word of what happened to one person (or two)
 * named by the noun right after it, in the same sentence: their kind and
 * how many in *@kind and *@persons (either may be NULL). */
gboolean
_sitrep_suggest_figure_ar_one_at (SuggestRun        *run,
                                  guint              i,
                                  SitrepSuggestKind *kind,
                                  guint             *persons)
{
  SitrepSuggestKind said;
  const SuggestToken *t;
  gsize len;

  if (i + 1 >= run->n_tokens || !(tok (run, i + 1)->flags & TOK_ARABIC) ||
      tok (run, i + 1)->sentence != tok (run, i)->sentence || !_sitrep_suggest_figure_ar_in (run, i, ar_one_verbs) ||
      !_sitrep_suggest_figure_ar_kind (run, i, &said))
    return FALSE;
  /* "مقتل أحد عشر مدنيا": "أحد عشر" is eleven, no one person */
  if (i + 2 < run->n_tokens && tok (run, i + 2)->sentence == tok (run, i)->sentence &&
      _sitrep_suggest_figure_ar_in (run, i + 2, ar_teens))
    return FALSE;
  t = tok (run, i + 1);
  len = t->end - t->start;
  for (guint k = 0; ar_one_person[k] != NULL; k++)
    {
      gsize wlen = strlen (ar_one_person[k]);
      guint n = 0;

      if (len == wlen && memcmp (run->text + t->start, ar_one_person[k], len) == 0)
        n = 1;
      else if (len == wlen + strlen ("ان") && memcmp (run->text + t->start, ar_one_person[k], wlen) == 0 &&
               memcmp (run->text + t->start + wlen, "ان", strlen ("ان")) == 0)
        n = 2;
      if (n > 0)
        {
          if (kind != NULL)
            *kind = said;
          if (persons != NULL)
            *persons = n;
          return TRUE;
        }
    }
  return FALSE;
}
