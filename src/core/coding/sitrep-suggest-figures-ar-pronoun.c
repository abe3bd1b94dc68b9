/* sitrep-suggest-figures-ar-pronoun.c — Arabic casualty figures told by a pronoun or a name, not a noun of
 * people: "ما أدى إلى مقتله" (his death: one), "مقتلهما" (two), "مقتل أحدهما" (one of them), "قُتل إسماعيل
 * حسن الفروخ" (a man named, no noun before his name); a toll that "rose to" a number far from the words of
 * its dead ("ارتفع عدد قتلى القصف … إلى واحد وعشرين"); a number in an outlet's quoted name ("درعا 24")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-arabic.h"
#include "sitrep-suggest-private.h"

/* The nouns of harm as they stand before a pronoun ("ة" written "ت" there: "إصابته", "وفاته"). */
static const char * const ar_killed_of[] = {
  "مقتل", "استشهاد", "اغتيال", "إعدام", "وفات", "مصرع", NULL
};
static const char * const ar_wounded_of[] = {
  "إصابت", NULL
};
static const char * const ar_captured_of[] = {
  "اعتقال", "اختطاف", "خطف", "احتجاز", "توقيف", NULL
};
/* The verbs of a result ("ما أدى إلى مقتله", "أسفر عن إصابتها", "تسبب بمقتلهما"), and the prepositions after
 * them. */
static const char * const ar_result_verbs[] = {
  "أدى", "أدت", "أسفر", "أسفرت", "أفضى", "أفضت", "تسبب", "تسببت", "يؤدي", "تؤدي", NULL
};
static const char * const ar_result_to[] = {
  "إلى", "عن", "في", NULL
};

/* Whether Arabic token @i is a noun of harm of ar_killed_of, ar_wounded_of or ar_captured_of with the pronoun
 * of one person ("ه", "ها") or two ("هما") after it; its kind in *@kind, how many in *@persons. Not "هم",
 * "هن": they say no count. */
static gboolean
ar_harm_of_pronoun (SuggestRun        *run,
                    guint              i,
                    SitrepSuggestKind *kind,
                    guint             *persons)
{
  char bare[4 * MAX_LISTED_WORD];
  gsize len, n;
  const char *p = _sitrep_suggest_ar_token_bare (run, i, bare, sizeof bare, &len);

  /* (a last letter "ه" or "ا" first: most words end otherwise) */
  if (p == NULL || len < 8 || !(memcmp (p + len - 2, "ه", 2) == 0 || memcmp (p + len - 2, "ا", 2) == 0))
    return FALSE;
  if (len > 10 && memcmp (p + len - 6, "هما", 6) == 0)
    n = len - 6, *persons = 2;
  else if (memcmp (p + len - 4, "ها", 4) == 0)
    n = len - 4, *persons = 1;
  else if (memcmp (p + len - 2, "ه", 2) == 0)
    n = len - 2, *persons = 1;
  else
    return FALSE;
  if (_sitrep_suggest_ar_stem_in (p, n, ar_killed_of))
    *kind = SITREP_SUGGEST_KILLED;
  else if (_sitrep_suggest_ar_stem_in (p, n, ar_wounded_of))
    *kind = SITREP_SUGGEST_WOUNDED;
  else if (_sitrep_suggest_ar_stem_in (p, n, ar_captured_of))
    *kind = SITREP_SUGGEST_CAPTURED;
  else
    return FALSE;
  return TRUE;
}

/* How far back in its sentence the harm of one told by a pronoun may have been told already. */
#define AR_HARM_TOLD 60

/* Arabic token @i, when it is a noun of harm with the pronoun of one or two ("مقتله", "إصابتها",
 * "مقتلهما") as the result of what the sentence told before ("أطلق مسلحون النار على الشاب …، ما أدى إلى
 * مقتله", "تسبب بمقتلهما"): proposes them, one or two, and says whether it did. */
gboolean
_sitrep_suggest_figure_ar_harm_of_pronoun (SuggestRun *run,
                                           guint       i)
{
  SitrepSuggestKind kind;
  SitrepSuggestion *s;
  guint persons, j = i - 1;

  if (i < 2 || !ar_harm_of_pronoun (run, i, &kind, &persons))
    return FALSE;
  if (tok (run, j)->sentence != tok (run, i)->sentence)
    return FALSE;
  if (_sitrep_suggest_ar_token_is (run, j, ar_result_to))
    j--;
  if (tok (run, j)->sentence != tok (run, i)->sentence || !_sitrep_suggest_figure_ar_in (run, j, ar_result_verbs))
    return FALSE;
  /* his harm told before in the sentence ("أثارت حادثة مقتل الطفل …، حيث أطلق عناصر النار عليه …، ما أدى إلى
   * مقتله"): the same one, counted there */
  for (guint k = j; k > 0 && k + AR_HARM_TOLD > j && tok (run, k - 1)->sentence == tok (run, i)->sentence; k--)
    {
      SitrepSuggestKind told;

      if ((tok (run, k - 1)->flags & TOK_ARABIC) && _sitrep_suggest_figure_ar_kind (run, k - 1, &told) && told == kind)
        return FALSE;
    }
  s = _sitrep_suggest_add (run, kind, i, i);
  s->figure.count = s->figure.low = s->figure.high = persons;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.55;
  return TRUE;
}

/* "one of them" ("مقتل أحدهما وإصابة الآخر", "وأصيب أحدهم بجروح"): one person. */
static const char * const ar_one_of_them[] = {
  "أحدهما", "أحدهم", "أحدهن", "إحداهما", "إحداهن", NULL
};

/* Whether Arabic token @j is "one of them". */
gboolean
_sitrep_suggest_figure_ar_one_of_them (SuggestRun *run,
                                       guint       j)
{
  return _sitrep_suggest_ar_token_is (run, j, ar_one_of_them);
}

/* The past verbs of harm, singular, that a man's name may follow as their subject ("قُتل إسماعيل حسن
 * الفروخ"): not "قضى", "لقي", "فقد", whose sense the words after them make. */
static const char * const ar_named_verbs[] = {
  "قتل", "قتلت", "استشهد", "استشهدت", "أصيب", "أصيبت", "اصيب", "جرح", "اعتقل", "اعتقلت", "اختطف", "خطف",
  "أعدم", "اغتيل", "توفي", "توفيت", NULL
};

/* "father of", the first word of a man's by-name ("أبو بكر"). */
static const char * const ar_father_of[] = {
  "أبو", NULL
};

/* Arabic token @i, when it is a singular past verb of harm and a person's name follows it, a given name or a
 * rank and the names after it (_sitrep_suggest_arabic_person ()), or "أبو" and a name: proposes one person, and says whether it
 * did. */
gboolean
_sitrep_suggest_figure_ar_named_one (SuggestRun        *run,
                                     guint              i,
                                     SitrepSuggestKind  kind)
{
  SitrepSuggestion *s;
  guint first, last;

  if (i + 2 >= run->n_tokens || tok (run, i + 1)->sentence != tok (run, i)->sentence ||
      !(tok (run, i + 1)->flags & TOK_ARABIC) || !_sitrep_suggest_figure_ar_in (run, i, ar_named_verbs))
    return FALSE;
  /* "قُتل أبو بكر العراقي": a man known by his son's name, the name after "أبو" */
  if (_sitrep_suggest_ar_token_is (run, i + 1, ar_father_of) && tok (run, i + 2)->sentence == tok (run, i)->sentence &&
      (tok (run, i + 2)->flags & TOK_ARABIC) && !_sitrep_suggest_is_number_anchor (run, i + 2))
    last = i + 2;
  else if (!_sitrep_suggest_arabic_person (run, i + 1, &first, &last))
    return FALSE;
  s = _sitrep_suggest_add (run, kind, i, last);
  s->figure.count = s->figure.low = s->figure.high = 1;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.5;
  return TRUE;
}

/* The verbs of a toll that rose ("ارتفع عدد القتلى", "وارتفعت حصيلة الضحايا"), their noun ("ارتفاع حصيلة
 * قتلى"), and the nouns of the toll. */
static const char * const ar_rose[] = {
  "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع",
  /* "ووصل عدد قتلى …" (reached) */
  "وصل", "وصلت", "يصل", "تصل", "وصول", NULL
};
static const char * const ar_toll_nouns[] = {
  "عدد", "حصيلة", NULL
};
static const char * const ar_to[] = {
  "إلى", NULL
};

/* How far before its count a toll that rose may name its dead ("ارتفع عدد قتلى قصف طائرات سلاح الجو
 * الروسي والسوري، اليوم السبت، على مدينتي حلب وإدلب وأريافهما إلى واحد وعشرين"). */
#define AR_ROSE_BEFORE 30

/* Whether the count from @from, after "إلى", is the toll a verb of ar_rose said rose, in its sentence before
 * it: "ارتفع عدد" or "ارتفعت حصيلة" and the word of harm after it ("قتلى", "الجرحى", "ضحايا"), its kind in
 * *@kind. A toll "of the shelling" alone ("ارتفعت حصيلة القصف إلى 9") names its dead nowhere: none. */
gboolean
_sitrep_suggest_figure_ar_toll_rose (SuggestRun        *run,
                                     guint              from,
                                     SitrepSuggestKind *kind)
{
  guint sentence;

  if (from < 4 || !_sitrep_suggest_ar_token_is (run, from - 1, ar_to))
    return FALSE;
  sentence = tok (run, from)->sentence;
  for (guint j = from - 2; j >= 1 && j + AR_ROSE_BEFORE >= from && tok (run, j - 1)->sentence == sentence; j--)
    {
      /* (another count of people between: not this toll's; a distance or a time is passed: "( 38 كم شمال …)") */
      if (_sitrep_suggest_is_number_anchor (run, j) && !_sitrep_suggest_figure_ar_counts_things (run, j))
        return FALSE;
      if (_sitrep_suggest_figure_ar_in (run, j - 1, ar_rose) && _sitrep_suggest_figure_ar_in (run, j, ar_toll_nouns))
        return j + 1 < from - 1 && _sitrep_suggest_figure_ar_kind (run, j + 1, kind) &&
               *kind != SITREP_SUGGEST_CAPTURED && *kind != SITREP_SUGGEST_MISSING;
    }
  return FALSE;
}

/* Whether the count at @num_end, digits, is part of a name in quotes ("شبكة "درعا 24"", "«درعا 24»",
 * "قناة "فرانس 24""): a quote mark right after it, an Arabic word and a quote mark right before, that word no
 * word of harm ("قال: "قتل 24""). */
gboolean
_sitrep_suggest_figure_ar_quoted_name (SuggestRun *run,
                                       guint       num_end)
{
  SitrepSuggestKind kind;

  return num_end >= 2 && num_end + 1 < run->n_tokens && (tok (run, num_end)->flags & TOK_NUMBER) &&
         (tok (run, num_end - 1)->flags & TOK_ARABIC) && tok (run, num_end - 1)->sentence == tok (run, num_end)->sentence &&
         (_sitrep_suggest_is_quote_mark (run, num_end + 1) || _sitrep_suggest_has_prefix (run->text + tok (run, num_end + 1)->start, "»")) &&
         (_sitrep_suggest_is_quote_mark (run, num_end - 2) || _sitrep_suggest_has_prefix (run->text + tok (run, num_end - 2)->start, "«")) &&
         !_sitrep_suggest_figure_ar_kind (run, num_end - 1, &kind);
}

/* How far after one person named a count "with" him may stand ("مدير كهرباء ناحية يثرب التابعة للمحافظة ذاتها
 * مع اثنين"). */
#define AR_WITH_AFTER 10

static const char * const ar_with[] = {
  "مع", NULL
};

/* Whether a count of people joins the one person named up to @last by "مع" (with) later in his clause, Arabic
 * words only between: the coder codes the numeral only ("قتل مدير كهرباء الناحية مع اثنين من مرافقيه": 2),
 * as with "و" (bench/gold-suggest-16/README.md). */
gboolean
_sitrep_suggest_figure_ar_with_count (SuggestRun *run,
                                      guint       last)
{
  SitrepSuggestKind kind;

  for (guint k = last + 1; k + 1 < run->n_tokens && k <= last + AR_WITH_AFTER && tok (run, k + 1)->sentence == tok (run, last)->sentence &&
       (tok (run, k)->flags & TOK_ARABIC); k++)
    {
      if (_sitrep_suggest_ar_token_is (run, k, ar_with))
        return _sitrep_suggest_is_number_anchor (run, k + 1) && !_sitrep_suggest_figure_ar_counts_things (run, _sitrep_suggest_figure_number_end (run, k + 1));
      if (_sitrep_suggest_figure_ar_kind (run, k, &kind))
        return FALSE;
    }
  return FALSE;
}

/* Nouns of units whose number names them ("الفرقة 25", "اللواء 93", "الفوج 137"). */
static const char * const ar_unit_nouns[] = {
  "الفرقة", "اللواء", "الفوج", "الكتيبة", "السرية", "الفيلق", NULL
};

/* Whether the count at @num_end, digits, names a unit, its noun right before it ("من الفرقة 25 قتلوا"). */
gboolean
_sitrep_suggest_figure_ar_unit_number (SuggestRun *run,
                                       guint       num_end)
{
  return num_end >= 1 && (tok (run, num_end)->flags & TOK_NUMBER) && tok (run, num_end - 1)->sentence == tok (run, num_end)->sentence &&
         _sitrep_suggest_figure_ar_in (run, num_end - 1, ar_unit_nouns);
}

/* The singular nouns of one dead or hurt, indefinite ("سقوط شهيد وعدد من الجرحى", "أسفر القصف عن شهيد وأربعة
 * جرحى", "وسقط جريح"): "the martyr" ("جثمان الشهيد") is one told of before, and after a count ("11 شهيد") the
 * count's noun. */
static const char * const ar_one_dead[] = {
  "شهيد", "قتيل", NULL
};
static const char * const ar_one_hurt[] = {
  "جريح", NULL
};
/* Words before it that make it no one new: a count's scale ("230 ألف قتيل"), "the first" ("مع سقوط أول قتيل في
 * درعا", the war's first dead), "between" ("بين قتيل وجريح"). */
static const char * const ar_not_one_before[] = {
  "ألف", "آلاف", "مئة", "مائة", "مليون", "أول", "بين", NULL
};

/* Whether Arabic token @i is "شهيد", "قتيل" or "جريح" alone, "و"/"ب" glued in front or not, with no count before
 * it: proposes one person of its kind. */
gboolean
_sitrep_suggest_figure_ar_one_dead (SuggestRun *run,
                                    guint       i)
{
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start;
  SitrepSuggestKind kind;
  SitrepSuggestion *s;

  /* (eight or ten bytes, no article: "الشهيد", "والقتيل" are told of before) */
  if (t->end - t->start < 8 || t->end - t->start > 10 || _sitrep_suggest_has_prefix (p, "ال") || memcmp (p + 2, "ال", 4) == 0)
    return FALSE;
  if (_sitrep_suggest_figure_ar_in (run, i, ar_one_dead))
    kind = SITREP_SUGGEST_KILLED;
  else if (_sitrep_suggest_figure_ar_in (run, i, ar_one_hurt))
    kind = SITREP_SUGGEST_WOUNDED;
  else
    return FALSE;
  /* after a count ("230 ألف قتيل", "(533) قتيل") it is the count's noun, after "أول" the first of many; "بين قتيل
   * وجريح" (between dead and hurt) counts none */
  if (i > 0 && tok (run, i - 1)->sentence == t->sentence &&
      (_sitrep_suggest_is_number_anchor (run, i - 1) || _sitrep_suggest_ar_token_is (run, i - 1, ar_not_one_before) ||
       (i > 1 && (tok (run, i - 1)->flags & TOK_PUNCT) && strchr (")]/", run->text[tok (run, i - 1)->start]) != NULL &&
        _sitrep_suggest_is_number_anchor (run, i - 2)) ||
       (i > 1 && _sitrep_suggest_ar_token_is (run, i - 2, ar_not_one_before))))
    return FALSE;
  s = _sitrep_suggest_add (run, kind, i, i);
  s->figure.count = s->figure.low = s->figure.high = 1;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.55;
  return TRUE;
}

/* "as many as them" ("قتل ثلاثة جنود وأصيب مثلهم"). */
static const char * const ar_as_many[] = {
  "مثلهم", "مثلهما", "مثلهن", NULL
};

/* Whether Arabic token @j, after a word of harm of @kind at @i, is "as many" ("وأصيب مثلهم"): proposes the count of
 * the figure right before in the sentence, of the other kind, from @i to @j. */
gboolean
_sitrep_suggest_figure_ar_as_many (SuggestRun        *run,
                                   guint              i,
                                   guint              j,
                                   SitrepSuggestKind  kind)
{
  const SitrepSuggestion *before;
  SitrepSuggestion *s;

  if (run->out->len == 0 || !_sitrep_suggest_ar_token_is (run, j, ar_as_many))
    return FALSE;
  before = run->out->pdata[run->out->len - 1];
  if (before->sentence != tok (run, i)->sentence || before->kind == kind || before->figure.count < 1)
    return FALSE;
  s = _sitrep_suggest_add (run, kind, i, j);
  s->figure = before->figure;
  s->score = 0.55;
  return TRUE;
}
