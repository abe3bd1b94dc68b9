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
  "حصيلة",
  /* died ("توفي الطبيب"), assassinated, "rose as a martyr" ("ارتقى 15 شهيدا"), bodies ("العثور على 15
   * جثة", "جثث 3 قادة"), "أودى بحياة 2", "إزهاق أرواح 4" */
  "توفي", "توفيت", "توفوا", "وفاة", "اغتال", "اغتالت", "اغتيل", "اغتيال", "ارتقى", "ارتقت", "ارتقوا",
  "جثة", "جثث", "جثتين", "جثمان", "جثامين", "بحياة", "أرواح", "استشهدوا", "استشهدت",
  /* the verb with its subject "we" ("قتلنا أحد عناصرهم") */
  "قتلنا",
  /* "fell as its victims" ("راح ضحيتها 9 مدنيين", "ذهب ضحيته 3"): the victim with the pronoun of what killed */
  "ضحيتها", "ضحيته", "ضحيتهم",
  /* remains ("مقبرة جماعية تضم نحو 60 رفات"), as bodies */
  "رفات",
  /* the forms of the weak verbs the sound verbs' endings (ar_verb_form ()) do not make: "قضت", "قضين",
   * "ارتقين"; "victim" ("راح ضحية القصف 5 مدنيين", "ارتفع عدد الضحايا إلى 50") */
  "قضت", "قضين", "قضيا", "ارتقين", "ارتقيا", "ضحية", "ضحايا", "نعت", "نعوا",
  /* the imperfect of headlines, its subject before it ("مسلحون يقتلون شابا", "مجهولون يغتالون مختار قرية") */
  "يقتل", "يقتلون", "يقتلان", "تقتل", "يغتال", "يغتالون", "يغتالان", "تغتال",
  /* a hamza outlets add ("تسبب بإستشهاد سيدة وطفلة") */
  "إستشهاد", NULL
};
static const char * const ar_wounded_words[] = {
  "أصيب", "أصيبوا", "اصيب", "جرح", "جرحوا", "جرحى", "جريح", "جريحا", "جريحاً", "مصاب", "مصابين",
  "مصابا", "إصابة", "إصابات", "أصابت", "أصيبت", "جرحت", "مصابون", "مصابة", "جريحة", NULL
};
static const char * const ar_captured_words[] = {
  "أسر", "أسرى", "اعتقل", "اعتقال", "معتقلين", "اختطف", "اختطاف", "مختطفين", "اعتقلت", "أسرت",
  "اختطفت", "خطف", "خطفت", "خطفوا", "اختطفوا", "اعتقلوا", "احتجاز", "احتجزت", "أسروا", "أسرنا", "اعتقلنا",
  /* arrest ("ألقت القوات القبض على 3 مطلوبين", "توقيف 12 متهما") */
  "القبض", "توقيف",
  /* a campaign of arrests ("حملة دهم واعتقالات طالت 15 شابا") */
  "اعتقالات",
  /* the held in the accusative and the nominative ("15 معتقلا", "20 مختطفا") */
  "معتقلا", "معتقلون", "مختطفا", "مختطفون", "محتجزين", "محتجزا", "أسيرا",
  /* the imperfect of headlines ("الأمن يعتقل 5 مطلوبين", "مسلحون يختطفون طبيبا") */
  "يعتقل", "يعتقلون", "تعتقل", "يختطف", "يختطفون", "يختطفان", "تختطف", NULL
};

/* The past verbs of harm in the third person masculine singular, whose other persons their endings make
 * (ar_verb_form ()): "قتلت", "قتلوا", "قُتلا" (the dual, passive or not), "قتلن"; "لقيت طفلتان مصرعهما",
 * "ماتت", "أصابوا بالرصاص شرطيا" (the active), "اعتقلا". */
static const char * const ar_killed_verbs[] = {
  "قتل", "استشهد", "لقي", "مات", "أعدم", "اغتيل", "اغتال", "توفي", "ذبح",
  /* lost ("خسرت قوات النظام 12 عنصرا", as English "lost 80 fighters"), mourned ("نعت الفصائل 4 من مقاتليها") */
  "خسر", "نعى",
  /* buried ("دفنوا خمسة عناصر", "دفن 3 أطفال"): the dead, as "جثث" */
  "دفن", NULL
};
static const char * const ar_wounded_verbs[] = {
  "أصيب", "أصاب", "جرح", NULL
};
static const char * const ar_captured_verbs[] = {
  "اعتقل", "اختطف", "خطف", "أسر", "احتجز", NULL
};
/* The endings of the past verb: she, they, the two, the two women, they (women). */
static const char * const ar_verb_endings[] = {
  "ت", "وا", "ا", "تا", "ن", NULL
};
static const char * const ar_missing_words[] = {
  "مفقود", "مفقودين", "مفقودا", "مفقودون", "فقد", "فقدان", NULL
};
/* "they lost" ("5 عناصر فقدوا حياتهم"): a cue only with the lives lost; "فقدوا الاتصال" (lost contact) is none. */
static const char * const ar_lost_words[] = { "فقدوا", NULL };

/* "departed life" ("فارق الحياة", "فارقوا الحياة"): the verb's forms ("فارق" begins with the "ف" that
 * ar_verb_form () would peel as a clitic). */
static const char * const ar_parted[] = { "فارق", "فارقت", "فارقوا", "فارقا", "فارقتا", NULL };
static const char * const ar_life_words[] = { "الحياة", NULL };

/* Whether Arabic token @i is a form of "فارق", with "و" glued in front or not. */
static gboolean
ar_parted_at (SuggestRun *run,
              guint       i)
{
  const SuggestToken *t = tok (run, i);
  gsize skip = _sitrep_suggest_has_prefix (run->text + t->start, "و") ? 2 : 0;

  for (guint k = 0; ar_parted[k] != NULL; k++)
    {
      if (t->end - t->start - skip == strlen (ar_parted[k]) && memcmp (run->text + t->start + skip, ar_parted[k], strlen (ar_parted[k])) == 0)
        return TRUE;
    }
  return FALSE;
}

/* How many words the subject may take between "فارق" and "الحياة" ("وفارق الطفل الحياة"). */
#define AR_LIFE_AFTER 3

/* Whether "الحياة" follows token @i within a few Arabic words of its sentence. */
static gboolean
ar_life_after (SuggestRun *run,
               guint       i)
{
  for (guint j = i + 1; j < run->n_tokens && j <= i + AR_LIFE_AFTER && tok (run, j)->sentence == tok (run, i)->sentence &&
       (tok (run, j)->flags & TOK_ARABIC); j++)
    {
      if (_sitrep_suggest_figure_ar_in (run, j, ar_life_words))
        return TRUE;
    }
  return FALSE;
}

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
  /* two with a hamza outlets add ("وإصابة أثنين آخرين"); not with the article, "الإثنين" is Monday too */
  { "أثنين", 2, FALSE }, { "إثنين", 2, FALSE }, { "أثنان", 2, FALSE }, { "إثنان", 2, FALSE },
  /* the tens ("اكثر من عشرين طفلا"), both cases, "أ" written or not; the dual of a thousand */
  { "عشرون", 20, FALSE }, { "عشرين", 20, FALSE }, { "ثلاثون", 30, FALSE }, { "ثلاثين", 30, FALSE },
  { "أربعون", 40, FALSE }, { "أربعين", 40, FALSE }, { "اربعون", 40, FALSE }, { "اربعين", 40, FALSE },
  { "خمسون", 50, FALSE }, { "خمسين", 50, FALSE }, { "ستون", 60, FALSE }, { "ستين", 60, FALSE },
  { "سبعون", 70, FALSE }, { "سبعين", 70, FALSE }, { "ثمانون", 80, FALSE }, { "ثمانين", 80, FALSE },
  { "تسعون", 90, FALSE }, { "تسعين", 90, FALSE }, { "ألفين", 2000, FALSE }, { "الفين", 2000, FALSE },
  /* a hundred and its dual */
  { "مئة", 100, FALSE }, { "مائة", 100, FALSE }, { "مئتين", 200, FALSE }, { "مئتان", 200, FALSE },
  { "مائتين", 200, FALSE }, { "مائتان", 200, FALSE },
  /* the dual in construct ("مئتا شخص", "مئتي مدني"), the hundreds in one word, a thousand */
  { "مئتا", 200, FALSE }, { "مئتي", 200, FALSE }, { "مائتا", 200, FALSE }, { "مائتي", 200, FALSE },
  { "ثلاثمئة", 300, FALSE }, { "ثلاثمائة", 300, FALSE }, { "أربعمئة", 400, FALSE }, { "أربعمائة", 400, FALSE },
  { "خمسمئة", 500, FALSE }, { "خمسمائة", 500, FALSE }, { "ستمئة", 600, FALSE }, { "ستمائة", 600, FALSE },
  { "سبعمئة", 700, FALSE }, { "سبعمائة", 700, FALSE }, { "ثمانمئة", 800, FALSE }, { "ثمانمائة", 800, FALSE },
  { "تسعمئة", 900, FALSE }, { "تسعمائة", 900, FALSE }, { "ألف", 1000, FALSE }, { "ألفا", 1000, FALSE },
};

/* The words of a scale after a number ("ثلاثة آلاف", "خمسة عشر ألفا", "ثلاث مئة"), and what they multiply
 * it by. */
static const struct { const char *word; gint64 scale; } ar_scales[] = {
  { "آلاف", 1000 }, { "ألف", 1000 }, { "ألفا", 1000 }, { "مئة", 100 }, { "مائة", 100 }, { "مليون", 1000000 },
};

static gboolean ar_is (SuggestRun *run,
                       guint       i,
                       const char *word);

/* The words of one and two that are numbers only before "عشر"/"عشرة" ("أحد عشر", "اثنا عشر", "إحدى
 * عشرة"): alone, "أحد" is "one of" (sitrep-suggest-figures-one-arabic.c). */
static const struct { const char *word; gint64 value; } ar_teen_units[] = {
  { "أحد", 1 }, { "إحدى", 1 }, { "اثنا", 2 }, { "اثني", 2 }, { "اثنتا", 2 }, { "اثنتي", 2 },
};

/* The ordinals before "عشر"/"عشرة" ("الحادية عشرة من عمره", "الثالث عشر من الشهر"): no count. */
static const char * const ar_ordinals[] = {
  "الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
  "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", NULL
};

/* Whether the letter of a listed word at @w (two bytes) may be written as the letter at @t in a text: as
 * itself, the alef with a hamza or a madda as the bare alef ("اصابة", "احد عشر" for "إصابة", "أحد عشر"),
 * "ة" as "ه" ("ثلاثه"), "ى" and "ي" as each other ("قتلي"): the spellings outlets use. Not the other way
 * for the alef ("وأحد" is not "واحد"): a hamza is left out, not added. */
static inline gboolean
ar_letter_as (const guchar *w,
              const guchar *t)
{
  guint a = ((guint) w[0] << 8) | w[1], b = ((guint) t[0] << 8) | t[1];

  if (a == b)
    return TRUE;
  switch (a)
    {
    case 0xD8A2: case 0xD8A3: case 0xD8A5: /* آ أ إ */
      return b == 0xD8A7;
    case 0xD8A9: /* ة */
      return b == 0xD987;
    case 0xD989: /* ى */
      return b == 0xD98A;
    case 0xD98A: /* ي */
      return b == 0xD989;
    default:
      return FALSE;
    }
}

/* Whether the @len bytes at @text are listed word @word as outlets write it (ar_letter_as ()). */
gboolean
_sitrep_suggest_ar_same (const char *word,
                         const char *text,
                         gsize       len)
{
  const guchar *x = (const guchar *) word, *y = (const guchar *) text;

  for (gsize k = 0; k < len;)
    {
      if (x[k] == y[k] && x[k] < 0x80)
        {
          k++;
          continue;
        }
      /* a letter of two bytes (Arabic's all are), or a byte that differs */
      if (k + 1 >= len || (x[k] & 0xE0) != 0xC0 || (y[k] & 0xE0) != 0xC0)
        return x[k] == y[k] && memcmp (x + k, y + k, len - k) == 0;
      if (!ar_letter_as (x + k, y + k))
        return FALSE;
      k += 2;
    }
  return TRUE;
}

/* Whether the @len bytes at @p, bare of marks (_sitrep_suggest_ar_bare ()), are a word of @words (up to the
 * spellings of _sitrep_suggest_ar_same ()), also with "و"/"ف", "ب"/"ل" or "ال" glued in front: the clitics
 * and the article, peeled one layer at a time ("وبالقتلى" is not read, "والقتلى", "بالقتلى" are). */
gboolean
_sitrep_suggest_ar_stem_in (const char         *p,
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

/* Whether Arabic token @i is one of @words (_sitrep_suggest_ar_stem_in () of its bare letters). */
gboolean
_sitrep_suggest_figure_ar_in (SuggestRun         *run,
                              guint               i,
                              const char * const *words)
{
  char bare[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = _sitrep_suggest_ar_token_bare (run, i, bare, sizeof bare, &len);

  return p != NULL && _sitrep_suggest_ar_stem_in (p, len, words);
}

/* Whether token @i is "عشر" or "عشرة" (or "عشره") alone, the second word of a number from 11 to 19: a
 * test of its bytes first, as it is asked of the token after every number word. */
static gboolean
is_teen_word (SuggestRun *run,
              guint       i)
{
  const SuggestToken *t;
  gsize len;

  if (i >= run->n_tokens)
    return FALSE;
  t = tok (run, i);
  len = t->end - t->start;
  return (t->flags & TOK_ARABIC) && (len == 6 || len == 8) && memcmp (run->text + t->start, "عشر", 6) == 0 &&
         (len == 6 || _sitrep_suggest_ar_same ("ة", run->text + t->start + 6, 2));
}

/* The value of Arabic token @i as a number word alone, or -1. */
static gint64
ar_word_value (SuggestRun *run,
               guint       i,
               gboolean   *vague)
{
  for (guint k = 0; k < G_N_ELEMENTS (ar_numbers); k++)
    {
      const char *words[] = { ar_numbers[k].word, NULL };

      if (_sitrep_suggest_figure_ar_in (run, i, words))
        {
          const char *p = run->text + tok (run, i)->start;

          if ((_sitrep_suggest_has_prefix (ar_numbers[k].word, "أث") || _sitrep_suggest_has_prefix (ar_numbers[k].word, "إث")) &&
              (_sitrep_suggest_has_prefix (p, "ال") || _sitrep_suggest_has_prefix (p, "وال")))
            return -1;
          *vague = ar_numbers[k].vague;
          return ar_numbers[k].value;
        }
    }
  return -1;
}

/* The tens word of token @i glued to "و" ("وعشرون", "وثلاثين"): its value, or -1. */
static gint64
and_tens_value (SuggestRun *run,
                guint       i)
{
  gboolean vague = FALSE;
  gint64 v;

  if (i >= run->n_tokens || !(tok (run, i)->flags & TOK_ARABIC) || !_sitrep_suggest_has_prefix (run->text + tok (run, i)->start, "و"))
    return -1;
  v = ar_word_value (run, i, &vague);
  return !vague && v >= 20 && v <= 90 && v % 10 == 0 ? v : -1;
}

/* The scale Arabic token @i multiplies the number before it by ("آلاف", "ألفا", "مئة"), or 0. */
static gint64
ar_scale_at (SuggestRun *run,
             guint       i)
{
  if (i >= run->n_tokens || !(tok (run, i)->flags & TOK_ARABIC) || (tok (run, i)->flags & TOK_NUMBER))
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (ar_scales); k++)
    {
      const char *words[] = { ar_scales[k].word, NULL };

      if (_sitrep_suggest_figure_ar_in (run, i, words))
        return ar_scales[k].scale;
    }
  return 0;
}

static gint64 ar_compound_base (SuggestRun *run,
                                guint       i,
                                guint      *end,
                                gboolean   *vague);

/* The value of the Arabic number that starts at token @i, in words (ar_compound_base ()), with the scale
 * after it ("ثلاثة آلاف" 3000, "خمسة عشر ألفا" 15000, "ثلاث مئة" 300); its last token in *@end. A word of
 * scale right after a number ("15 ألف", "ثلاثة آلاف") starts none: it is that number's. */
gint64
_sitrep_suggest_figure_ar_compound (SuggestRun *run,
                                    guint       i,
                                    guint      *end,
                                    gboolean   *vague)
{
  gint64 v, scale;

  *end = i;
  *vague = FALSE;
  if (!(tok (run, i)->flags & TOK_ARABIC))
    return -1;
  if (i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence && ar_scale_at (run, i) > 0)
    {
      gboolean v0;

      if ((tok (run, i - 1)->flags & TOK_NUMBER) || ar_word_value (run, i - 1, &v0) >= 0 || is_teen_word (run, i - 1) ||
          and_tens_value (run, i - 1) > 0)
        return -1;
    }
  v = ar_compound_base (run, i, end, vague);
  if (v < 1 || *end + 1 >= run->n_tokens || tok (run, *end + 1)->sentence != tok (run, i)->sentence)
    return v;
  scale = ar_scale_at (run, *end + 1);
  /* units before hundreds, any count below a thousand before thousands ("ثلاثمئة ألف", "عشرات الآلاف"),
   * not "ألف" twice */
  if ((scale == 100 && v <= 9 && !*vague) || (scale >= 1000 && v < 1000))
    {
      (*end)++;
      v *= scale;
    }
  /* the hundreds and the rest after "و" ("مئة وعشرين" 120, "ثلاثمئة وخمسة وعشرين" 325), one number */
  if (v >= 100 && v < 1000 && v % 100 == 0 && !*vague && *end + 1 < run->n_tokens &&
      tok (run, *end + 1)->sentence == tok (run, i)->sentence && _sitrep_suggest_has_prefix (run->text + tok (run, *end + 1)->start, "و"))
    {
      guint rest_end;
      gboolean rest_vague = FALSE;
      gint64 rest = ar_compound_base (run, *end + 1, &rest_end, &rest_vague);

      if (rest >= 1 && rest < 100 && !rest_vague)
        {
          *end = rest_end;
          v += rest;
        }
    }
  return v;
}

/* The value of the Arabic number that starts at token @i, in words: one word ("ثلاثة", "عشرات"), or two,
 * the units before "عشر" ("أحد عشر" 11, "ثلاثة عشر" 13) or before "و" and the tens ("خمسة وعشرون" 25);
 * its last token in *@end. -1 when @i starts none: "عشرة" after the units or an ordinal ("الحادية عشرة")
 * is the second word of one. */
static gint64
ar_compound_base (SuggestRun *run,
                  guint       i,
                  guint      *end,
                  gboolean   *vague)
{
  const SuggestToken *t = tok (run, i);
  gint64 v;

  *end = i;
  *vague = FALSE;
  if (!(t->flags & TOK_ARABIC))
    return -1;
  if (is_teen_word (run, i) && i > 0 && tok (run, i - 1)->sentence == t->sentence &&
      (tok (run, i - 1)->flags & TOK_ARABIC))
    {
      gboolean v0;

      /* the second word of "ثلاثة عشر" (asked of the first), or of an ordinal */
      if (_sitrep_suggest_figure_ar_in (run, i - 1, ar_ordinals))
        return -1;
      for (guint k = 0; k < G_N_ELEMENTS (ar_teen_units); k++)
        {
          const char *words[] = { ar_teen_units[k].word, NULL };

          if (_sitrep_suggest_figure_ar_in (run, i - 1, words))
            return -1;
        }
      v = ar_word_value (run, i - 1, &v0);
      if (v >= 1 && v <= 9 && !v0)
        return -1;
    }
  v = ar_word_value (run, i, vague);
  if (v < 0 && is_teen_word (run, i + 1))
    {
      for (guint k = 0; k < G_N_ELEMENTS (ar_teen_units); k++)
        {
          const char *words[] = { ar_teen_units[k].word, NULL };

          if (_sitrep_suggest_figure_ar_in (run, i, words))
            v = ar_teen_units[k].value;
        }
    }
  if (v < 1 || v > 9 || *vague || i + 1 >= run->n_tokens || tok (run, i + 1)->sentence != t->sentence)
    return v;
  if (is_teen_word (run, i + 1))
    {
      *end = i + 1;
      return v + 10;
    }
  if (and_tens_value (run, i + 1) > 0)
    {
      *end = i + 1;
      return v + and_tens_value (run, i + 1);
    }
  /* "خمسة و عشرون": the "و" apart */
  if (i + 2 < run->n_tokens && tok (run, i + 2)->sentence == t->sentence && ar_is (run, i + 1, "و"))
    {
      gboolean v2 = FALSE;
      gint64 tens = ar_word_value (run, i + 2, &v2);

      if (!v2 && tens >= 20 && tens <= 90 && tens % 10 == 0)
        {
          *end = i + 2;
          return v + tens;
        }
    }
  return v;
}

/* The value of Arabic number word @i, or -1 (of the two words "ثلاثة عشر" at their first). */
gint64
_sitrep_suggest_figure_ar_number (SuggestRun *run,
                                  guint       i,
                                  gboolean   *vague)
{
  guint end;

  return _sitrep_suggest_figure_ar_compound (run, i, &end, vague);
}

/* The last token of the Arabic number in words at @i ("ثلاثة عشر", "خمسة وعشرون"): @i for one word. */
guint
_sitrep_suggest_figure_ar_number_end (SuggestRun *run,
                                      guint       i)
{
  guint end;
  gboolean vague;

  _sitrep_suggest_figure_ar_compound (run, i, &end, &vague);
  return end;
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

/* Whether Arabic token @i is a past verb of @verbs with one of the endings of another person
 * (ar_verb_endings), "و" or "ف" glued in front or not: "ولقيت", "قُتلا", "أصابوا". */
static gboolean
ar_verb_form (SuggestRun         *run,
              guint               i,
              const char * const *verbs)
{
  char bare[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = _sitrep_suggest_ar_token_bare (run, i, bare, sizeof bare, &len);

  if (p == NULL)
    return FALSE;
  if (len > 6 && (memcmp (p, "و", 2) == 0 || memcmp (p, "ف", 2) == 0))
    p += 2, len -= 2;
  for (guint e = 0; ar_verb_endings[e] != NULL; e++)
    {
      gsize elen = strlen (ar_verb_endings[e]);

      if (len <= elen + 4 || memcmp (p + len - elen, ar_verb_endings[e], elen) != 0)
        continue;
      for (guint k = 0; verbs[k] != NULL; k++)
        {
          if (strlen (verbs[k]) == len - elen && _sitrep_suggest_ar_same (verbs[k], p, len - elen))
            return TRUE;
        }
    }
  return FALSE;
}

/* The endings of the past verb of a plural or a dual ("قتلوا", "قُتلا", "قتلن"), and the weak verbs' plural and
 * dual forms those endings do not make ("لقوا", "قضيا"). */
static const char * const ar_many_endings[] = {
  "وا", "ا", "تا", "ن", NULL
};
static const char * const ar_many_weak[] = {
  "لقوا", "قضوا", "قضيا", "قضين", "ارتقوا", "ارتقيا", "ارتقين", "توفوا", "توفيا", NULL
};

/* Whether Arabic token @i is a past verb of harm of a plural or a dual ("قتلوا", "قُتلا", "استشهدوا", "لقوا"):
 * Arabic's verb before its subject is singular, so this one's subject stands before it. */
static gboolean
ar_verb_after_subject (SuggestRun *run,
                       guint       i)
{
  char bare[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = _sitrep_suggest_ar_token_bare (run, i, bare, sizeof bare, &len);

  if (p == NULL)
    return FALSE;
  if (len > 6 && (memcmp (p, "و", 2) == 0 || memcmp (p, "ف", 2) == 0))
    p += 2, len -= 2;
  if (_sitrep_suggest_ar_stem_in (p, len, ar_many_weak))
    return TRUE;
  for (guint e = 0; ar_many_endings[e] != NULL; e++)
    {
      gsize elen = strlen (ar_many_endings[e]);

      if (len <= elen + 4 || memcmp (p + len - elen, ar_many_endings[e], elen) != 0)
        continue;
      for (guint k = 0; k < 3; k++)
        {
          const char * const *verbs = k == 0 ? ar_killed_verbs : k == 1 ? ar_wounded_verbs : ar_captured_verbs;

          for (guint v = 0; verbs[v] != NULL; v++)
            {
              if (strlen (verbs[v]) == len - elen && _sitrep_suggest_ar_same (verbs[v], p, len - elen))
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* Whether Arabic token @j is a verb of harm whose subject stands before it (ar_verb_after_subject ()) and the
 * word after it a singular one, whose subject follows it: two subjects, two figures ("ثلاثة مدنيين قتلوا وأصيب
 * أربعة آخرون", "اثنين من عناصر الحشد استشهدا وأصيب ثالث"), not a toll of both kinds ("قتلوا وأصيبوا"). */
gboolean
_sitrep_suggest_figure_ar_two_subjects (SuggestRun *run,
                                        guint       j)
{
  return j + 1 < run->n_tokens && ar_verb_after_subject (run, j) && _sitrep_suggest_figure_ar_verb (run, j + 1) &&
         !ar_verb_after_subject (run, j + 1);
}

/* The forms of the weak verb "نعى" (mourned) its endings do not make: "نعت الفرقة ضابطين". */
static const char * const ar_weak_verbs[] = {
  "نعت", "نعوا", NULL
};

/* Whether Arabic token @i is a past verb of harm in any person ("قتل", "اعتقلت", "أصابوا"), not a noun. */
gboolean
_sitrep_suggest_figure_ar_verb (SuggestRun *run,
                                guint       i)
{
  return _sitrep_suggest_figure_ar_in (run, i, ar_weak_verbs) || ar_verb_form (run, i, ar_killed_verbs) || _sitrep_suggest_figure_ar_in (run, i, ar_killed_verbs) ||
         ar_verb_form (run, i, ar_wounded_verbs) || _sitrep_suggest_figure_ar_in (run, i, ar_wounded_verbs) ||
         ar_verb_form (run, i, ar_captured_verbs) || _sitrep_suggest_figure_ar_in (run, i, ar_captured_verbs);
}

/* The casualty kind Arabic token @i says in *@kind; FALSE when it says none. */
gboolean
_sitrep_suggest_figure_ar_kind (SuggestRun        *run,
                                guint              i,
                                SitrepSuggestKind *kind)
{
  gboolean lost = FALSE;

  if (_sitrep_suggest_figure_ar_in (run, i, ar_killed_words))
    *kind = SITREP_SUGGEST_KILLED;
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_wounded_words))
    *kind = SITREP_SUGGEST_WOUNDED;
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_captured_words))
    *kind = SITREP_SUGGEST_CAPTURED;
  else if (ar_verb_form (run, i, ar_killed_verbs) || _sitrep_suggest_figure_ar_in (run, i, ar_killed_verbs))
    *kind = SITREP_SUGGEST_KILLED;
  else if (ar_verb_form (run, i, ar_wounded_verbs) || _sitrep_suggest_figure_ar_in (run, i, ar_wounded_verbs))
    *kind = SITREP_SUGGEST_WOUNDED;
  else if (ar_verb_form (run, i, ar_captured_verbs))
    *kind = SITREP_SUGGEST_CAPTURED;
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_missing_words) || (lost = _sitrep_suggest_figure_ar_in (run, i, ar_lost_words)))
    {
      *kind = SITREP_SUGGEST_MISSING;
      /* "فقد ثلاثة مدنيين حياتهم", "5 عناصر فقدوا حياتهم": lives lost within a few words of the verb */
      for (guint j = i + 1; j < run->n_tokens && j <= i + 5 && tok (run, j)->sentence == tok (run, i)->sentence; j++)
        {
          if (_sitrep_suggest_figure_ar_in (run, j, ar_lives_words))
            {
              *kind = SITREP_SUGGEST_KILLED;
              break;
            }
        }
      if (lost && *kind != SITREP_SUGGEST_KILLED)
        return FALSE;
    }
  /* "departed life" ("اثنين من المصابين فارقا الحياة"): killed */
  else if ((_sitrep_suggest_has_prefix (run->text + tok (run, i)->start, "فارق") || _sitrep_suggest_has_prefix (run->text + tok (run, i)->start, "وفارق")) &&
           ar_life_after (run, i) && ar_parted_at (run, i))
    *kind = SITREP_SUGGEST_KILLED;
  else
    return FALSE;
  return TRUE;
}

/* Arabic qualifiers before a count, as token sequences (longest first; compared as _sitrep_suggest_ar_same ()
 * does, "اكثر" as "أكثر"), and the qualifier each says: "مقتل ما يزيد عن 12 مدنيا", "قرابة 30". */
static const struct { const char *words[4]; SitrepQualifier qualifier; } ar_qualifiers[] = {
  { { "ما", "لا", "يقل", "عن" }, SITREP_QUALIFIER_AT_LEAST }, { { "مالا", "يقل", "عن", NULL }, SITREP_QUALIFIER_AT_LEAST }, { { "ما", "يزيد", "عن", NULL }, SITREP_QUALIFIER_MORE_THAN },
  { { "ما", "يزيد", "على", NULL }, SITREP_QUALIFIER_MORE_THAN }, { { "ما", "يقرب", "من", NULL }, SITREP_QUALIFIER_ABOUT },
  { { "لا", "يقل", "عن", NULL }, SITREP_QUALIFIER_AT_LEAST }, { { "يزيد", "عن", NULL }, SITREP_QUALIFIER_MORE_THAN },
  { { "يزيد", "على", NULL }, SITREP_QUALIFIER_MORE_THAN }, { { "أكثر", "من", NULL }, SITREP_QUALIFIER_MORE_THAN },
  { { "أزيد", "من", NULL }, SITREP_QUALIFIER_MORE_THAN }, { { "أقل", "من", NULL }, SITREP_QUALIFIER_UP_TO },
  { { "ما", "يقارب", NULL }, SITREP_QUALIFIER_ABOUT }, { { "نحو", NULL }, SITREP_QUALIFIER_ABOUT },
  { { "حوالي", NULL }, SITREP_QUALIFIER_ABOUT }, { { "حوالى", NULL }, SITREP_QUALIFIER_ABOUT },
  /* "قرابة" is nearly, as "nearly" is up to (bench/gold-suggest-16/README.md) */
  { { "قرابة", NULL }, SITREP_QUALIFIER_UP_TO }, { { "زهاء", NULL }, SITREP_QUALIFIER_ABOUT },
  /* before the count too ("هناك على الأقل 44 مفقودا"), as after its noun */
  { { "على", "الأقل", NULL }, SITREP_QUALIFIER_AT_LEAST },
};

/* Whether Arabic token @i is @word, compared as _sitrep_suggest_ar_same () does, nothing glued to it; bare of
 * its marks ("ما لا يقلّ عن 36"). */
static gboolean
ar_is (SuggestRun *run,
       guint       i,
       const char *word)
{
  char bare[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p;

  if (i >= run->n_tokens || (p = _sitrep_suggest_ar_token_bare (run, i, bare, sizeof bare, &len)) == NULL)
    return FALSE;
  return len == strlen (word) && _sitrep_suggest_ar_same (word, p, len);
}

/* Whether Arabic token @i is "و" glued to @word ("وأكثر", "ونحو"), or "ب" ("قدرت عدد الضحايا بنحو خمسين",
 * "بأكثر من"). */
static gboolean
ar_is_and (SuggestRun *run,
           guint       i,
           const char *word)
{
  const SuggestToken *t = tok (run, i);
  gsize len = strlen (word);

  return (t->flags & TOK_ARABIC) && t->end - t->start == len + 2 &&
         (memcmp (run->text + t->start, "و", 2) == 0 || memcmp (run->text + t->start, "ب", 2) == 0) &&
         _sitrep_suggest_ar_same (word, run->text + t->start + 2, len);
}

/* Whether token @i is punctuation starting with @c. */
static gboolean
is_punct (SuggestRun *run,
          guint       i,
          char        c)
{
  return i < run->n_tokens && (tok (run, i)->flags & TOK_PUNCT) && run->text[tok (run, i)->start] == c;
}

/* The first token of the Arabic qualifier right before the count at @anchor (@anchor when there is none),
 * and what it says in *@qualifier; also before a count alone in brackets ("أعدم أكثر من (10) أشخاص"). */
guint
_sitrep_suggest_figure_ar_qualifier_start (SuggestRun      *run,
                                           guint            anchor,
                                           SitrepQualifier *qualifier)
{
  guint count = anchor;

  if (anchor >= 2 && is_punct (run, anchor - 1, '(') && is_punct (run, anchor + 1, ')'))
    anchor--;
  if (anchor == 0 || !(tok (run, anchor - 1)->flags & TOK_ARABIC))
    return count;
  /* A range before the count, its high end, the low end after "من" or "بين": "من 50 الى 60 رفات",
   * "بين 50 و 60" */
  if (anchor >= 3 && count == anchor && (tok (run, anchor - 2)->flags & TOK_NUMBER) &&
      tok (run, anchor - 3)->sentence == tok (run, anchor)->sentence &&
      (((ar_is (run, anchor - 1, "الى") || ar_is (run, anchor - 1, "إلى") || ar_is (run, anchor - 1, "حتى")) &&
        ar_is (run, anchor - 3, "من")) ||
       (ar_is (run, anchor - 1, "و") && ar_is (run, anchor - 3, "بين"))))
    {
      *qualifier = SITREP_QUALIFIER_RANGE;
      return anchor - 3;
    }
  /* … and its high end glued to "و" after the count: "بين 50 و60" */
  if (count == anchor && ar_is (run, anchor - 1, "بين") && (tok (run, anchor)->flags & TOK_NUMBER) &&
      anchor + 1 < run->n_tokens && _sitrep_suggest_figure_is_and_number (run, anchor + 1))
    {
      *qualifier = SITREP_QUALIFIER_RANGE;
      return anchor - 1;
    }
  for (guint q = 0; q < G_N_ELEMENTS (ar_qualifiers); q++)
    {
      guint len = 0;
      gboolean ok = TRUE;

      while (len < 4 && ar_qualifiers[q].words[len] != NULL)
        len++;
      if (anchor < len)
        continue;
      /* (the first word with "و" glued to it too: "قتل 5 مدنيين وأكثر من 3 أطفال", "ومالا يقل عن") */
      for (guint k = 0; k < len && ok; k++)
        ok = (ar_is (run, anchor - len + k, ar_qualifiers[q].words[k]) ||
              (k == 0 && ar_is_and (run, anchor - len, ar_qualifiers[q].words[0]))) &&
             tok (run, anchor - len + k)->sentence == tok (run, anchor)->sentence;
      if (ok)
        {
          *qualifier = ar_qualifiers[q].qualifier;
          return anchor - len;
        }
    }
  return count;
}

/* A toll that passed its count ("تجاوز عدد الجرحى العشرين"): the verbs, the nouns of the toll. */
static const char * const ar_passed[] = {
  "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "فاق", "فاقت", "يفوق", NULL
};
static const char * const ar_toll_of[] = {
  "عدد", "حصيلة", NULL
};

/* How many tokens after a count "على الأقل" may stand: "ستة مدنيين، على الأقل". */
#define AT_LEAST_AFTER 3
/* … and more after a partitive "من" */
#define AT_LEAST_PARTITIVE 4

/* The qualifier of the count @anchor … @num_end from the Arabic words around it, in @figure: one before
 * it from @first ("ما يزيد عن 12"), or "على الأقل" ("الاقل") right after its noun, with a comma or not
 * ("سبعة جنود على الاقل", "ستة مدنيين، على الأقل"). */
void
_sitrep_suggest_figure_ar_qualify (SuggestRun   *run,
                                   guint         first,
                                   guint         anchor,
                                   guint         num_end,
                                   SitrepFigure *figure)
{
  SitrepQualifier q;
  SitrepSuggestKind kind;
  guint limit;
  gboolean vague;

  if (first < anchor && _sitrep_suggest_figure_ar_qualifier_start (run, anchor, &q) == first)
    {
      figure->qualifier = q;
      return;
    }
  if (figure->qualifier != SITREP_QUALIFIER_EXACT)
    return;
  /* "تجاوز عدد الجرحى العشرين", "تخطت حصيلة القتلى 100": a toll past its count */
  if (first >= 3 && _sitrep_suggest_figure_ar_in (run, first - 3, ar_passed) && _sitrep_suggest_figure_ar_in (run, first - 2, ar_toll_of) &&
      _sitrep_suggest_figure_ar_kind (run, first - 1, &kind) && tok (run, first - 3)->sentence == tok (run, first)->sentence)
    {
      figure->qualifier = SITREP_QUALIFIER_MORE_THAN;
      return;
    }
  /* "سبعة من أفراد قوات الأمن العراقية على الأقل": the people of a partitive "من" take a few words more */
  /* (or after the count's noun: "ثلاثة عناصر من الشرطة على الأقل") */
  limit = num_end + AT_LEAST_AFTER + (ar_is (run, num_end + 1, "من") || ar_is (run, num_end + 2, "من") ? AT_LEAST_PARTITIVE : 0);

  for (guint j = num_end + 1, end = num_end; j + 1 < run->n_tokens && j <= limit; j++)
    {
      /* "إلى 25 قتيلاً و90 جريحاً على الأقل": a toll's second count, joined to the first's noun by "و", shares the
       * qualifier after it (once) */
      if (end == num_end && j == num_end + 2 && (tok (run, num_end + 1)->flags & TOK_ARABIC) &&
          !(tok (run, num_end + 1)->flags & TOK_NUMBER) &&
          (_sitrep_suggest_figure_is_and_number (run, j) ||
           (_sitrep_suggest_figure_is_glued_and (run, j) && _sitrep_suggest_figure_ar_number (run, j, &vague) >= 0)))
        {
          end = j = _sitrep_suggest_figure_number_end (run, j);
          limit = end + AT_LEAST_AFTER;
          continue;
        }
      /* Arabic words and a comma only (an English figure's words are passed at their first), before another
       * word of harm */
      if (!(tok (run, j)->flags & (TOK_ARABIC | TOK_PUNCT)) || tok (run, j)->sentence != tok (run, num_end)->sentence ||
          _sitrep_suggest_is_number_anchor (run, j) || (j > end + AT_LEAST_AFTER && _sitrep_suggest_figure_ar_kind (run, j, &kind)))
        return;
      if (ar_is (run, j, "على") && ar_is (run, j + 1, "الأقل"))
        {
          figure->qualifier = SITREP_QUALIFIER_AT_LEAST;
          return;
        }
    }
}

/* Whether token @i is a count with "و" glued in front: digits ("و20") or an Arabic number word ("وثلاث
 * سيدات"); the "and" starts another clause, or joins the count to the one before. */
gboolean
_sitrep_suggest_figure_is_glued_and (SuggestRun *run,
                                     guint       i)
{
  const SuggestToken *t = tok (run, i);
  gboolean vague;

  if (_sitrep_suggest_figure_is_and_number (run, i))
    return TRUE;
  if (!(t->flags & TOK_ARABIC) || (t->flags & TOK_NUMBER) || t->end - t->start <= 4 || memcmp (run->text + t->start, "و", 2) != 0)
    return FALSE;
  /* "واحد", "واحدة" (one) start with no "و" of their own ("وأصيب واحد وعشرون آخرون") */
  if (ar_is (run, i, "واحد") || ar_is (run, i, "واحدة"))
    return FALSE;
  if (_sitrep_suggest_figure_ar_number (run, i, &vague) >= 0)
    return TRUE;
  /* the qualifier of the count after it ("وأكثر من 3", "ومالا يقل عن 4") */
  for (guint a = i + 1; a < run->n_tokens && a <= i + 4 && tok (run, a)->sentence == t->sentence; a++)
    {
      SitrepQualifier q;

      if (_sitrep_suggest_is_number_anchor (run, a))
        return _sitrep_suggest_figure_ar_qualifier_start (run, a, &q) == i;
    }
  return FALSE;
}

/* "Others" after a word of harm ("وجرح آخرون", "وإصابة آخرين"): people of its own, another figure. */
static const char * const ar_others[] = {
  "آخرون", "آخرين", "آخر", "آخران", "أخريات", NULL
};

/* Whether Arabic token @i says "others" (ar_others, nothing glued to it). */
gboolean
_sitrep_suggest_figure_ar_others (SuggestRun *run,
                                  guint       i)
{
  for (guint k = 0; ar_others[k] != NULL; k++)
    {
      if (ar_is (run, i, ar_others[k]))
        return TRUE;
    }
  return FALSE;
}
