/* sitrep-suggest-figures-arabic.c — Arabic casualty figures: the words of what happened, the number
 * words, "و20" (moved from sitrep-suggest-figures.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-arabic.h"
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
  /* the tens ("اكثر من عشرين طفلا"), both cases, "أ" written or not; the dual of a thousand */
  { "عشرون", 20, FALSE }, { "عشرين", 20, FALSE }, { "ثلاثون", 30, FALSE }, { "ثلاثين", 30, FALSE },
  { "أربعون", 40, FALSE }, { "أربعين", 40, FALSE }, { "اربعون", 40, FALSE }, { "اربعين", 40, FALSE },
  { "خمسون", 50, FALSE }, { "خمسين", 50, FALSE }, { "ستون", 60, FALSE }, { "ستين", 60, FALSE },
  { "سبعون", 70, FALSE }, { "سبعين", 70, FALSE }, { "ثمانون", 80, FALSE }, { "ثمانين", 80, FALSE },
  { "تسعون", 90, FALSE }, { "تسعين", 90, FALSE }, { "ألفين", 2000, FALSE }, { "الفين", 2000, FALSE },
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
  char bare[4 * MAX_LISTED_WORD];

  if (!(t->flags & TOK_ARABIC))
    return FALSE;
  p = _sitrep_suggest_ar_bare (p, &len, bare, sizeof bare);
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
