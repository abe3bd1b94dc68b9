/* sitrep-suggest-figures-ar-clause.c — Arabic casualty figures in their clause: what the count counts
 * ("12 غارة", "(25 عاماً)" are no casualties), a part between commas before the verb ("32 مواطنا، بينهم 11
 * طفلاً، استشهدوا"), a count joined by "بالإضافة إلى" ("in addition to"), and the places of a total
 * that are several ("في ريفي إدلب", "على بلدات تل رفعت واعزاز": several places, an aggregate)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-arabic.h"
#include "sitrep-suggest-private.h"

/* Nouns of things and of time a count may count, in the singular (after 11 and more: "12 غارة") and the
 * plural (after 3 to 10: "3 قرى"): no people. */
static const char * const ar_thing_nouns[] = {
  "غارة", "غارات", "قرية", "قرى", "بلدة", "بلدات", "مدينة", "مدن", "منزل", "منازل", "بيت", "بيوت",
  "صاروخ", "صواريخ", "قذيفة", "قذائف", "برميل", "براميل", "عام", "عاما", "أعوام", "سنة", "سنوات", "يوم",
  "أيام", "ساعة", "ساعات", "شهر", "أشهر", "شهور", "دقيقة", "دقائق", "أسبوع", "أسابيع", "كيلومتر",
  "كيلومترات", "كلم", "كم", "متر", "أمتار", "دولار", "دولارا", "ليرة", "سيارة", "سيارات", "آلية", "آليات",
  "دبابة", "دبابات", "طائرة", "طائرات", "مروحية", "هجوم", "هجمات", "هجوما", "عملية", "عمليات", "مرة", "مرات",
  "موقع", "مواقع", "نقطة", "نقاط", "مقر", "مقرات", "حي", "أحياء", "مبنى", "مباني", "عبوة", "عبوات", "لغم",
  "ألغام", "طن", "أطنان", "مليار", "دولة", "دول", "مركز", "مراكز", "مستشفى", "مستشفيات", "مدرسة", "مدارس",
  "محافظة", "محافظات", "منطقة", "مناطق", "خيمة", "خيام", "عائلة", "عائلات", "أسرة", "حاجز", "حواجز",
  "قذيفه", "انفجار", "انفجارات", "تفجير", "تفجيرات", "مسجد", "مساجد", "كتيبة", "كتائب", "فصيل", "فصائل",
  "ضربة", "ضربات", "بئر", "آبار", "هدف", "أهداف", "هدفا", NULL
};

/* Nouns of kin, whose genitive names whom they are kin of: "العشرات من أهالي المختطفين" (relatives of the
 * abducted), "ذوي الضحايا"; with a genitive of the harmed they count no one harmed. */
static const char * const ar_kin_nouns[] = {
  "أهالي", "أهل", "ذوي", "ذوو", "عائلات", "عوائل", "أسر", "أقارب", "أمهات", "آباء", "زوجات", "أبناء", NULL
};

/* One after the noun it counts ("يوم واحد"). */
static const char * const ar_one_after[] = {
  "واحد", "واحدة", NULL
};

/* Whether the count ending at @num_end counts things or time, the Arabic noun right after it (past a
 * bracket or a slash: "(25 عاماً)", "/3/ قرى"); or the kin of the harmed, a noun of kin in construct with a
 * word of harm, after a partitive "من" or not ("العشرات من أهالي المختطفين"). */
gboolean
_sitrep_suggest_figure_ar_counts_things (SuggestRun *run,
                                         guint       num_end)
{
  guint j = num_end + 1, sentence = tok (run, num_end)->sentence;
  SitrepSuggestKind kind;

  /* "أحصت شبكة "درعا 24" مقتل …", "من الفرقة 25 قتلوا": the number of a name; "خلال يوم واحد": one after
   * the thing it counts */
  if (_sitrep_suggest_figure_ar_quoted_name (run, num_end) || _sitrep_suggest_figure_ar_unit_number (run, num_end) ||
      (num_end >= 1 && _sitrep_suggest_ar_token_is (run, num_end, ar_one_after) && tok (run, num_end - 1)->sentence == sentence &&
       _sitrep_suggest_figure_ar_in (run, num_end - 1, ar_thing_nouns)))
    return TRUE;
  while (j < run->n_tokens && j <= num_end + 2 && (tok (run, j)->flags & TOK_PUNCT) &&
         (run->text[tok (run, j)->start] == '/' || run->text[tok (run, j)->start] == ')'))
    j++;
  if (j >= run->n_tokens || !(tok (run, j)->flags & TOK_ARABIC) || tok (run, j)->sentence != sentence)
    return FALSE;
  /* (not with a preposition glued to it: "قتل 3 بغارة جوية", by an air raid; "بلدة" is one word) */
  if (_sitrep_suggest_figure_ar_in (run, j, ar_thing_nouns))
    return !(_sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "ب") || _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "ل")) ||
           _sitrep_suggest_ar_token_is (run, j, ar_thing_nouns);
  if (_sitrep_suggest_tok_is (run, j, "من"))
    j++;
  return j + 1 < run->n_tokens && tok (run, j + 1)->sentence == sentence && _sitrep_suggest_figure_ar_in (run, j, ar_kin_nouns) &&
         _sitrep_suggest_figure_ar_kind (run, j + 1, &kind);
}

/* The words that open a part of the people counted: "بينهم", "منهم", "من بينهم"; "one of them" ("مدنيين
 * اثنين، أحدهما طفل، قُتلا", "ثلاثة مدنيين، أحدهم طفل، قتلوا"). */
static const char * const ar_part_words[] = {
  "بينهم", "منهم", "بينهن", "منهن", "من", "أحدهم", "أحدهما", "إحداهما", "أحدهن", "إحداهن", NULL
};

/* "of them" after a count, and the verb "fell" before one ("سقط 7 منهم"). */
static const char * const ar_of_them[] = {
  "منهم", "منهن", "منهما", NULL
};
static const char * const ar_fell[] = {
  "سقط", "سقطوا", "سقطت", NULL
};

/* Whether the count at @first is a part of the people of the figure before it: "of them" right after it,
 * and right before it a comma or "fell" ("قتل 10 أشخاص، 4 منهم أطفال", "مقتل 9 مدنيين …، سقط 7 منهم إثر
 * قصف"); not after a verb of its own ("قبل إطلاق سبعة منهم", released). */
gboolean
_sitrep_suggest_figure_ar_part_of_them (SuggestRun *run,
                                        guint       first)
{
  guint end;

  if (first == 0 || first + 1 >= run->n_tokens)
    return FALSE;
  end = _sitrep_suggest_figure_number_end (run, first);
  if (end + 1 >= run->n_tokens || tok (run, end + 1)->sentence != tok (run, first)->sentence ||
      !_sitrep_suggest_figure_ar_in (run, end + 1, ar_of_them))
    return FALSE;
  return ((tok (run, first - 1)->flags & TOK_PUNCT) &&
          (run->text[tok (run, first - 1)->start] == ',' || _sitrep_suggest_has_prefix (run->text + tok (run, first - 1)->start, "،"))) ||
         _sitrep_suggest_figure_ar_in (run, first - 1, ar_fell);
}

/* How many tokens the part between commas may take. */
#define AR_PART_TOKENS 14

/* Token @j is a comma after the people counted: when a part of them opens right after it and a comma
 * closes it ("32 مواطنا، بينهم 11 طفلاً وثلاث سيدات، استشهدوا"), the closing comma, where the words of
 * what happened to them go on; else @j. */
guint
_sitrep_suggest_figure_ar_part_close (SuggestRun *run,
                                      guint       j)
{
  guint sentence = tok (run, j)->sentence, k = j + 1;

  if (run->text[tok (run, j)->start] != ',' && !_sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "،"))
    return j;
  if (k >= run->n_tokens || !(tok (run, k)->flags & TOK_ARABIC) || !_sitrep_suggest_figure_ar_in (run, k, ar_part_words))
    return j;
  /* "من بينهم" */
  if (_sitrep_suggest_tok_is (run, k, "من") && !(k + 1 < run->n_tokens && _sitrep_suggest_tok_is (run, k + 1, "بينهم")))
    return j;
  for (k++; k < run->n_tokens && k <= j + AR_PART_TOKENS && tok (run, k)->sentence == sentence; k++)
    {
      const char *p = run->text + tok (run, k)->start;

      if ((tok (run, k)->flags & TOK_PUNCT) && (*p == ',' || _sitrep_suggest_has_prefix (p, "،")))
        return k;
      if ((tok (run, k)->flags & TOK_PUNCT) && strchr (".;:()", *p) != NULL)
        return j;
    }
  return j;
}

/* In the words after a count (at punctuation token *@j, up to token *@limit): when a part of the people
 * counted stands between commas (_sitrep_suggest_figure_ar_part_close ()), passes over it: *@j is its
 * closing comma, *@limit as far again, and TRUE. */
gboolean
_sitrep_suggest_figure_ar_part_skip (SuggestRun *run,
                                     guint      *j,
                                     guint      *limit)
{
  guint close;

  if (*j + 1 >= run->n_tokens || !(tok (run, *j + 1)->flags & TOK_ARABIC))
    return FALSE;
  close = _sitrep_suggest_figure_ar_part_close (run, *j);
  if (close == *j)
    return FALSE;
  *limit += close - *j;
  *j = close;
  return TRUE;
}

/* The words that join a count to the one before as "in addition to": "بالإضافة إلى 50", "بالإضافة لـ 6",
 * "إضافة إلى", "فضلا عن", "علاوة على". */
static const char * const ar_addition[] = {
  "بالإضافة", "إضافة", "فضلا", "علاوة", NULL
};
static const char * const ar_addition_to[] = {
  "إلى", "ل", "لـ", "عن", "على", NULL
};

/* The first token of the Arabic "in addition to" right before the count at @j ("بالإضافة إلى 50", and
 * "بالإضافة لثلاثة" with "ل" glued to the count), or @j. */
guint
_sitrep_suggest_figure_ar_join_start (SuggestRun *run,
                                      guint       j)
{
  if (j >= 1 && _sitrep_suggest_figure_ar_in (run, j - 1, ar_addition) && (tok (run, j)->flags & TOK_ARABIC) &&
      _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "ل"))
    return j - 1;
  if (j >= 2 && _sitrep_suggest_figure_ar_in (run, j - 1, ar_addition_to) &&
      _sitrep_suggest_figure_ar_in (run, j - 2, ar_addition))
    return j - 2;
  return j;
}

/* How many words a list of parts ("20 من …") may take before the "و" after its comma ("هم 52 من قوات سوريا الديمقراطية
 * والتشكيلات العسكرية العاملة معها، و 11 من تنظيم …"). */
#define AR_LIST_GAP 12

/* "من" of a part after a count ("20 من عناصر الجيش"). */
static const char * const ar_of_part[] = {
  "من", NULL
};

/* Whether the last figure proposed is a count of a part ("20 من عناصر الجيش"): a list of parts may go on. */
static gboolean
ar_last_is_part (SuggestRun *run)
{
  for (guint k = run->out->len; k > 0; k--)
    {
      const SitrepSuggestion *s = run->out->pdata[k - 1];
      guint end;

      if (!sitrep_suggest_kind_is_figure (s->kind))
        continue;
      end = _sitrep_suggest_token_holding (run, s->byte_end - 1);
      return end + 1 < run->n_tokens && _sitrep_suggest_ar_token_is (run, end + 1, ar_of_part);
    }
  return FALSE;
}

guint
_sitrep_suggest_figure_ar_join_gap (SuggestRun *run,
                                    guint       and,
                                    guint       gap,
                                    guint       digits)
{
  const char *p;

  if (!ar_last_is_part (run))
    return gap;
  if (and + 1 < run->n_tokens && (tok (run, and + 1)->flags & TOK_NUMBER) && !(tok (run, and)->flags & TOK_NUMBER))
    gap = MAX (gap, digits);
  if (and == 0 || !(tok (run, and - 1)->flags & TOK_PUNCT))
    return gap;
  p = run->text + tok (run, and - 1)->start;
  return *p == ',' || _sitrep_suggest_has_prefix (p, "،") ? MAX (gap, AR_LIST_GAP) : gap;
}

/* Nouns of places whose dual ("منطقتي دمشق وحلب", "ريفي إدلب") or plural before names ("بلدات تل رفعت
 * واعزاز", "مدن وبلدات ...") names several places: a total over them is an aggregate (the convention of
 * bench/gold-suggest/README.md). Not the parts of one city ("حيي القابون وبرزة", "أحياء"): one place. */
static const char * const ar_places_dual[] = {
  "منطقتي", "ريفي", "محافظتي", "مدينتي", "بلدتي", "قريتي", "ناحيتي", "قضائي", NULL
};
static const char * const ar_places_plural[] = {
  "مدن", "بلدات", "قرى", "محافظات", "مناطق", NULL
};
/* "مناطق متفرقة", "عدة مناطق", "مختلف المناطق" */
static const char * const ar_scattered[] = {
  "متفرقة", "مختلفة", "عدة", "مختلف", "عديدة", NULL
};

/* Whether Arabic token @j names several places: a dual of a place noun, a plural one before a name or
 * "و" and another place noun, or scattered places. */
gboolean
_sitrep_suggest_figure_ar_several_places (SuggestRun *run,
                                          guint       j)
{
  guint next = j + 1;

  if (_sitrep_suggest_figure_ar_in (run, j, ar_places_dual))
    return next < run->n_tokens && (tok (run, next)->flags & TOK_ARABIC) && tok (run, next)->sentence == tok (run, j)->sentence;
  if (!_sitrep_suggest_figure_ar_in (run, j, ar_places_plural))
    return FALSE;
  if ((j > 0 && _sitrep_suggest_figure_ar_in (run, j - 1, ar_scattered)) ||
      (next < run->n_tokens && _sitrep_suggest_figure_ar_in (run, next, ar_scattered)))
    return TRUE;
  /* "مدن وبلدات", or names after: "بلدات تل رفعت واعزاز" (a "و" within the next four words) */
  if (next < run->n_tokens && _sitrep_suggest_has_prefix (run->text + tok (run, next)->start, "و") &&
      _sitrep_suggest_figure_ar_in (run, next, ar_places_plural))
    return TRUE;
  for (guint k = next + 1; k < run->n_tokens && k <= next + 4 && tok (run, k)->sentence == tok (run, j)->sentence; k++)
    {
      if (!(tok (run, k)->flags & TOK_ARABIC))
        return FALSE;
      if (_sitrep_suggest_has_prefix (run->text + tok (run, k)->start, "و") && (tok (run, k)->flags & TOK_ARABIC))
        return TRUE;
    }
  return FALSE;
}

/* Nouns of a region or of several places: "في ريف إدلب" names no town of its own. */
static const char * const ar_region_nouns[] = {
  "ريف", "ريفي", "محافظة", "محافظات", "مناطق", "مدن", "بلدات", "قرى", "منطقتي", "أنحاء", "مختلف", "عدة",
  "سوريا", "سورية", "العراق", NULL
};
/* Singular nouns of a town: "بقصف بلدة بداما". */
static const char * const ar_town_nouns[] = {
  "بلدة", "قرية", "مدينة", "حي", "مخيم", "ناحية", NULL
};

/* How many tokens after a count its own town may be named. */
#define AR_OWN_TOWN_AFTER 6

/* Whether the words right after the count ending at @last, before another count or a comma, name one
 * town of its own ("10 شهداء بغارات في تلمنس", "6 شهداء بقصف بلدة بداما"): a part of a total over
 * several places that died at one of them is that town's incident, not an aggregate. */
gboolean
_sitrep_suggest_figure_ar_own_town (SuggestRun *run,
                                    guint       last)
{
  guint sentence = tok (run, last)->sentence;

  for (guint j = last + 1; j + 1 < run->n_tokens && j <= last + AR_OWN_TOWN_AFTER && tok (run, j + 1)->sentence == sentence; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (!(t->flags & TOK_ARABIC) || _sitrep_suggest_is_number_anchor (run, j))
        return FALSE;
      if (_sitrep_suggest_figure_ar_in (run, j, ar_town_nouns))
        return (tok (run, j + 1)->flags & TOK_ARABIC) != 0;
      if (_sitrep_suggest_tok_is (run, j, "في"))
        return (tok (run, j + 1)->flags & TOK_ARABIC) && !(tok (run, j + 1)->flags & TOK_NUMBER) &&
               !_sitrep_suggest_figure_ar_in (run, j + 1, ar_region_nouns);
    }
  return FALSE;
}

/* How many marks may stand between an Arabic word of harm and its count: a colon and a quote. */
#define AR_QUOTE_MARKS 3

/* The first of the colon and quotation marks right before the count at @first when an Arabic word stands
 * before them ("عن مقتل: “سبعة من أفراد …”", "أسفر عن «مقتل 5»"): the count is quoted after its word of
 * harm, which the words before the marks may give; @first when there are none. */
static guint ar_bracket_open (SuggestRun *run, guint k);

guint
_sitrep_suggest_figure_ar_quoted_from (SuggestRun *run,
                                       guint       first)
{
  guint j = first;

  /* "قتل اليوم (الثلاثاء) اثنان": a bracket of a word or two, after the verb or an adverbial phrase */
  if (first >= 3 && ar_bracket_open (run, first - 1) < first - 1 && ar_bracket_open (run, first - 1) > 0 && (tok (run, ar_bracket_open (run, first - 1) - 1)->flags & TOK_ARABIC) &&
      tok (run, ar_bracket_open (run, first - 1) - 1)->sentence == tok (run, first)->sentence)
    return _sitrep_suggest_figure_ar_adverbial_from (run, first) < first ? _sitrep_suggest_figure_ar_adverbial_from (run, first) :
           ar_bracket_open (run, first - 1);
  while (j > 0 && j + AR_QUOTE_MARKS > first && (tok (run, j - 1)->flags & TOK_PUNCT) &&
         (run->text[tok (run, j - 1)->start] == ':' || _sitrep_suggest_is_quote_mark (run, j - 1) ||
          _sitrep_suggest_has_prefix (run->text + tok (run, j - 1)->start, "«")))
    j--;
  if (j == first || j == 0 || !(tok (run, j - 1)->flags & TOK_ARABIC) || tok (run, j - 1)->sentence != tok (run, first)->sentence)
    return first;
  return j;
}

/* How many words an adverbial phrase may take between an Arabic verb of harm and its count. */
#define AR_ADVERBIAL_TOKENS 5

/* Prepositions that open an adverbial phrase of time or place: "في نيسان الماضي", "خلال الهجوم". */
static const char * const ar_adverbial_opens[] = {
  "في", "خلال", "يوم", "مساء", "صباح", "فجر", "ليلة", NULL
};

/* Arabic words in brackets a phrase of time may hold: the weekday after "اليوم" ("قتل اليوم (الثلاثاء)
 * اثنان", the day named in brackets as wire services write it). */
#define AR_BRACKET_WORDS 2

static gboolean
is_bracket (SuggestRun *run,
            guint       k,
            char        c)
{
  return (tok (run, k)->flags & TOK_PUNCT) && tok (run, k)->end - tok (run, k)->start == 1 && run->text[tok (run, k)->start] == c;
}

/* The "(" of a bracket of one or two Arabic words, nothing of harm and no count in them, whose ")" is token
 * @k; @k when there is none. */
static guint
ar_bracket_open (SuggestRun *run,
                 guint       k)
{
  SitrepSuggestKind kind;

  if (!is_bracket (run, k, ')'))
    return k;
  for (guint o = k; o > 0 && o + AR_BRACKET_WORDS + 1 > k; o--)
    {
      guint w = o - 1;

      if (is_bracket (run, w, '(') && w + 1 < k)
        return w;
      if (!(tok (run, w)->flags & TOK_ARABIC) || _sitrep_suggest_is_number_anchor (run, w) || _sitrep_suggest_figure_ar_kind (run, w, &kind))
        return k;
    }
  return k;
}

/* The first token of an adverbial phrase of Arabic words right before the count at @first, which a verb
 * of harm may precede ("اختطف في نيسان الماضي أربعة رعاة": verb, phrase, object; "قتل اليوم (الثلاثاء)
 * اثنان", a bracket of one or two words in it counted as one token); @first when none. Nothing of harm and
 * no count inside it. */
guint
_sitrep_suggest_figure_ar_adverbial_from (SuggestRun *run,
                                          guint       first)
{
  SitrepSuggestKind kind;

  for (guint j = first, span = 0; j > 0 && span < AR_ADVERBIAL_TOKENS; j--, span++)
    {
      guint k = j - 1;

      if (ar_bracket_open (run, k) < k && ar_bracket_open (run, k) > 0 && tok (run, k)->sentence == tok (run, first)->sentence)
        {
          k = ar_bracket_open (run, k);
          j = k + 1;
          continue;
        }
      if (!(tok (run, k)->flags & TOK_ARABIC) || tok (run, k)->sentence != tok (run, first)->sentence ||
          _sitrep_suggest_is_number_anchor (run, k) || _sitrep_suggest_figure_ar_kind (run, k, &kind))
        return first;
      if (_sitrep_suggest_figure_ar_in (run, k, ar_adverbial_opens) && k + 1 < first)
        return k;
    }
  return first;
}

/* Nouns of a short span of time, which "منذ" with them dates one incident ("منذ 3 أيام", three days ago;
 * "منذ يوم الخميس الماضي", since last Thursday), not a tally over a period as "منذ عام 2011" is. */
static const char * const ar_short_spans[] = {
  "يوم", "يومين", "أيام", "ساعة", "ساعات", "ساعتين", "أسبوع", "أسبوعين", "أمس", "ليلة", "صباح", "مساء", "فجر", NULL
};

/* Whether "منذ" at token @j dates a recent incident: a short span right after it, or after its count. */
gboolean
_sitrep_suggest_figure_ar_since_recent (SuggestRun *run,
                                        guint       j)
{
  guint k = j + 1;

  if (k < run->n_tokens && _sitrep_suggest_is_number_anchor (run, k))
    k = _sitrep_suggest_figure_number_end (run, k) + 1;
  return k < run->n_tokens && tok (run, k)->sentence == tok (run, j)->sentence && _sitrep_suggest_figure_ar_in (run, k, ar_short_spans);
}

/* Words of a release ("أفرجت السلطات عن 20 معتقلاً", "إطلاق سراح 5 مختطفين"): the people counted after them
 * are freed, no casualty (bench/gold-suggest-16/README.md: "الإفراج عن شخص مختطف", "وأفرج عن اثنين"). */
static const char * const ar_release[] = {
  "أفرج", "أفرجت", "أفرجوا", "إفراج", "سراح", NULL
};

/* How many words before a count its release may stand. */
#define AR_RELEASE_BEFORE 4

/* Whether a word of release stands a few Arabic words before the count at @first, in its clause. */
gboolean
_sitrep_suggest_figure_ar_released (SuggestRun *run,
                                    guint       first)
{
  for (guint j = first; j > 0 && j + AR_RELEASE_BEFORE > first; j--)
    {
      SitrepSuggestKind kind;

      if (!(tok (run, j - 1)->flags & TOK_ARABIC) || tok (run, j - 1)->sentence != tok (run, first)->sentence ||
          _sitrep_suggest_is_number_anchor (run, j - 1))
        return FALSE;
      if (_sitrep_suggest_figure_ar_in (run, j - 1, ar_release))
        return TRUE;
      if (_sitrep_suggest_figure_ar_kind (run, j - 1, &kind))
        return FALSE;
    }
  return FALSE;
}
