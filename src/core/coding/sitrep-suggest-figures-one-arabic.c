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
#include "sitrep-suggest-figures-person.h"

/* Nouns of one person (singular; with "ان" after them the dual, two: "جنديان", "آخران"; their
 * plurals, "مدنيين", are counts the figures' walk reads or no figure), compared also with "و",
 * "ال", "ب" glued in front. */
static const char * const ar_one_person[] = {
  "مدني", "مدنية", "عسكري", "جندي", "شاب", "شابة", "طفل", "طفلة", "امرأة", "رجل", "عنصر", "مقاتل",
  "شخص", "مواطن", "مواطنة", "قيادي", "ضابط", "مسؤول", "مسئول", "شرطي", "صحفي", "ناشط", "مسلح",
  "إرهابي", "فتى", "فتاة", "سيدة", "طبيب", "سائق", "مزارع", "قائد", "منتسب", "متطوع", "رضيع",
  "مسن", "عامل", "نازح", "راعي", "ابن", "ابنة", "نجل", "صبي", "موظف", "مهندس", "معلم", "مختار", "حارس",
  /* the held ("توفي معتقل تحت التعذيب", "إعدام سجين") and brothers ("اختطاف شقيقين") */
  "معتقل", "معتقلة", "مختطف", "مختطفة", "سجين", "سجينة", "موقوف", "محتجز", "شقيق", "شقيقة",
  /* one named ("مقتل المدعو أبو خالد"); rescuers and carers ("ما أدى لمقتل مسعف") */
  "مدعو", "مدعوة", "مسعف", "مسعفة", "ممرض", "ممرضة", "تاجر", "معلمة",
  /* ranks and posts ("قُتل النقيب في الفرقة الرابعة …", "قُتل عضو مجلس المحافظة") */
  "ملازم", "نقيب", "رائد", "مقدم", "عقيد", "عميد", "رقيب", "عريف", "مجند", "عضو", "مدير", "رئيس", "نائب",
  "محافظ", "إمام", "مراسل", "مصور", "صحافي", "محامي", "قاضي",
  /* the accused and the wanted ("مقتل متهم بتجارة المخدرات", "القبض على مطلوب") */
  "متهم", "مطلوب",
  NULL
};
/* The nouns of ar_one_person whose plural is broken ("جنود", "أطفال"): their dual in "ين" ("جنديين",
 * "طفلين") is two, where a sound plural's "ين" ("مدنيين") is many; and the nouns of the dead, hurt or held
 * themselves, whose dual ("شهيدين", "جريحان") is a figure of two of its kind. */
static const char * const ar_broken_plural[] = {
  "جندي", "شاب", "طفل", "رجل", "عنصر", "شخص", "ضابط", "قائد", "طبيب", "ابن", "نجل", "صبي", "فتى",
  "شقيق", "سجين", "نقيب", "رائد", "عقيد", "عميد", "عضو", "مدير", "رئيس", "نائب", "إمام", "قاضي",
  NULL
};

/* Kin of one person named by a pronoun ("وإصابة والدته", "وأصيب زوجها", "مقتل شقيقه"): the noun before the
 * pronoun, its "ة" written "ت" there ("زوجته"); "his two …" is the noun of ar_broken_plural and "ي" ("طفليه",
 * "ابنيه"). "أخيه", "أبيه" are one, listed whole. */
static const char * const ar_kin_one[] = {
  "والد", "والدة", "زوج", "زوجة", "ابن", "ابنة", "شقيق", "شقيقة", "أم", "نجل", "نجلة", "طفل", "طفلة", "عم",
  "خال", "جد", "جدة", "أخت", "حفيد", "حفيدة", "صهر", "مرافق", "مرافقة", NULL
};
static const char * const ar_kin_whole[] = {
  "أخوه", "أخيه", "أخاه", "أبوه", "أبيه", "أباه", "أخوها", "أخيها", "أخاها", "أبوها", "أبيها", "أباها", NULL
};
static const char * const ar_died[] = {
  "توفي", "توفيت", "وفاة", NULL
};
static const char * const ar_pronouns[] = {
  "هما", "هم", "هن", "ها", "ه", NULL
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
  "قتلى", "جرحى", "شهداء", "مصابين", "إصابات", "معتقلين", "مختطفين", "مفقودين", "أسرى", "حصيلة",
  /* bodies: "خمس جثث أخرى" (the adjective "other" of a broken plural, no one more) */
  "جثث", "جثامين", NULL
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
/* Verbs of harm in the past, singular, which may follow their subject ("الطبيب علي الدرويش توفي جراء …",
 * "الطفل محمد استشهد"): not the nouns ("مقتل"), which never do. */
static const char * const ar_one_verbs[] = {
  "توفي", "توفيت", "استشهد", "استشهدت", "قتل", "قتلت", "أصيب", "أصيبت", "جرح", "جرحت", "اعتقل", "اختطف",
  "خطف", "أعدم", "اغتيل", "قضى", "لقي", "فقد",
  /* "departed life" ("الشاب أحمد العلي فارق الحياة") */
  "فارق", "فارقت", NULL
};
/* The words that open a clause whose subject is the person after them: "إن الطبيب …", "أن الطفل …". */
static const char * const ar_that[] = {
  "إن", "أن", "بأن", "وإن", "وأن", NULL
};

static gboolean
same_sentence (SuggestRun *run,
               guint       i,
               guint       j)
{
  return j < run->n_tokens && tok (run, j)->sentence == tok (run, i)->sentence;
}

/* "a third", "a fourth" … of the people harmed, alone ("وإصابة ثالث", "وإصابة الثالث"). */
static const char * const ar_ordinal_one[] = {
  "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة", "سابع", "سابعة",
  /* in the accusative, the object of an active verb ("اغتالوا ثلاثة وأصابوا رابعا") */
  "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", NULL
};

/* "and" alone ("و 3 جنود"). */
static const char * const ar_and[] = {
  "و", NULL
};

/* The number one after a noun of one person, as its adjective ("وفاة جندي واحد"). */
static const char * const ar_one[] = {
  "واحد", "واحدة", NULL
};

/* The number two after a dual noun, as its adjective. */
static const char * const ar_two[] = {
  "اثنان", "اثنين", "اثنتان", "اثنتين", NULL
};

/* One body, indefinite, after the words of finding it ("عثر على جثة", "انتشال جثة"). */
static const char * const ar_body[] = {
  "جثة", "وجثة", NULL
};
static const char * const ar_body_on[] = {
  "على", NULL
};
static const char * const ar_body_found[] = {
  "انتشال", "العثور", "عثر", "عثرت", "انتشلت", "انتشل", "انتشلوا", NULL
};

/* How many words the finder may take between the word of finding and the body ("انتشلت فرق الدفاع المدني جثة"). */
#define AR_BODY_FINDER 4

/* Whether the body at @i is found: "على" right before it ("عثر على جثة"), or a word of finding a few Arabic
 * words before. */
static gboolean
ar_body_found_before (SuggestRun *run,
                      guint       i)
{
  if (i > 0 && same_sentence (run, i - 1, i) && _sitrep_suggest_ar_token_is (run, i - 1, ar_body_on))
    return TRUE;
  for (guint j = i; j > 0 && j + AR_BODY_FINDER + 1 > i && same_sentence (run, j - 1, i) && (tok (run, j - 1)->flags & TOK_ARABIC); j--)
    {
      if (_sitrep_suggest_figure_ar_in (run, j - 1, ar_body_found))
        return TRUE;
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
  gsize len, dual = strlen ("ان");
  char bare[4 * MAX_LISTED_WORD], stem[4 * MAX_LISTED_WORD];
  const char *p = _sitrep_suggest_ar_token_bare (run, j, bare, sizeof bare, &len);

  if (p == NULL || len <= dual + 2 || len + 2 > sizeof stem)
    return FALSE;
  /* "امرأتين", "سيدتان": the noun ends in "ة" */
  if (len > strlen ("تين") + 2 && memcmp (p + len - strlen ("تين"), "ت", 2) == 0 &&
      (memcmp (p + len - dual, "ين", dual) == 0 || memcmp (p + len - dual, "ان", dual) == 0))
    {
      gsize stem_len = len - strlen ("تين");

      memcpy (stem, p, stem_len);
      memcpy (stem + stem_len, "ة", strlen ("ة"));
      if (_sitrep_suggest_ar_stem_in (stem, stem_len + strlen ("ة"), words))
        return TRUE;
    }
  if (memcmp (p + len - dual, "ان", dual) == 0)
    return _sitrep_suggest_ar_stem_in (p, len - dual, words);
  return broken != NULL && memcmp (p + len - dual, "ين", dual) == 0 && _sitrep_suggest_ar_stem_in (p, len - dual, broken);
}

/* Whether Arabic token @j is a noun of @words in the accusative with its tanween's alef ("طفلاً", written
 * "طفلا" too, whose mark _sitrep_suggest_ar_bare () drops). */
static gboolean
ar_accusative_at (SuggestRun         *run,
                  guint               j,
                  const char * const *words)
{
  gsize len;
  char bare[4 * MAX_LISTED_WORD];
  const char *p = _sitrep_suggest_ar_token_bare (run, j, bare, sizeof bare, &len);

  return p != NULL && len > 4 && memcmp (p + len - 2, "ا", 2) == 0 && _sitrep_suggest_ar_stem_in (p, len - 2, words);
}

/* Whether Arabic token @j names kin of someone by a pronoun (ar_kin_one): one, or two ("طفليه"), in
 * *@persons. */
static gboolean
ar_kin_at (SuggestRun *run,
           guint       j,
           guint      *persons)
{
  char bare[4 * MAX_LISTED_WORD], stem[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = _sitrep_suggest_ar_token_bare (run, j, bare, sizeof bare, &len);

  if (p == NULL || len < 6 || len + 2 > sizeof stem)
    return FALSE;
  /* (not right after "died": "الذي توفي والده", kin's death told of someone else, of no harm said) */
  if (j > 0 && _sitrep_suggest_figure_ar_in (run, j - 1, ar_died))
    return FALSE;
  /* (a pronoun ends it: its last letter is "ه" or "ن"/"م" of "هن"/"هم") */
  if (memcmp (p + len - 2, "ه", 2) != 0 && memcmp (p + len - 2, "ا", 2) != 0 && memcmp (p + len - 2, "م", 2) != 0 &&
      memcmp (p + len - 2, "ن", 2) != 0)
    return FALSE;
  *persons = 1;
  if (_sitrep_suggest_ar_stem_in (p, len, ar_kin_whole))
    return TRUE;
  for (guint k = 0; ar_pronouns[k] != NULL; k++)
    {
      gsize plen = strlen (ar_pronouns[k]), n = len - plen;

      if (len <= plen + 2 || memcmp (p + n, ar_pronouns[k], plen) != 0)
        continue;
      memcpy (stem, p, n);
      if (_sitrep_suggest_ar_stem_in (stem, n, ar_kin_one))
        return TRUE;
      /* "زوجته": the noun's "ة" */
      if (n > 4 && memcmp (stem + n - 2, "ت", 2) == 0)
        {
          memcpy (stem + n - 2, "ة", 2);
          if (_sitrep_suggest_ar_stem_in (stem, n, ar_kin_one))
            return TRUE;
        }
      /* "طفلاها", "ابناه": two, the dual in the nominative */
      if (n > 4 && memcmp (p + n - 2, "ا", 2) == 0 && _sitrep_suggest_ar_stem_in (p, n - 2, ar_broken_plural))
        {
          *persons = 2;
          return TRUE;
        }
      /* "طفليه": two; "ابنتيها" of a noun in "ة" */
      if (n > 4 && memcmp (p + n - 2, "ي", 2) == 0 && _sitrep_suggest_ar_stem_in (p, n - 2, ar_broken_plural))
        {
          *persons = 2;
          return TRUE;
        }
      if (n > 6 && memcmp (p + n - 2, "ي", 2) == 0 && memcmp (p + n - 4, "ت", 2) == 0)
        {
          memcpy (stem, p, n - 4);
          memcpy (stem + n - 4, "ة", 2);
          *persons = 2;
          return _sitrep_suggest_ar_stem_in (stem, n - 2, ar_kin_one);
        }
      return FALSE;
    }
  return FALSE;
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
      /* "مدنيان اثنان", "شخصين اثنين": the number after the dual is the same two */
      *last = same_sentence (run, j, j + 1) && _sitrep_suggest_ar_token_is (run, j + 1, ar_two) ? j + 1 : j;
      *persons = 2;
      return TRUE;
    }
  if (_sitrep_suggest_figure_ar_in (run, j, ar_one_other))
    {
      /* "أحد عشر" is eleven, "واحد وعشرون" twenty-one (not "و" and "احد") */
      if (same_sentence (run, j, j + 1) && (_sitrep_suggest_figure_ar_in (run, j + 1, ar_teen) ||
                                            (_sitrep_suggest_ar_token_is (run, j, ar_one) && _sitrep_suggest_figure_ar_number_end (run, j) > j)))
        return FALSE;
      *last = j;
      *persons = 1;
      return TRUE;
    }
  if (!_sitrep_suggest_figure_ar_in (run, j, ar_one_person) && !ar_accusative_at (run, j, ar_one_person))
    {
      if (!ar_kin_at (run, j, persons))
        return FALSE;
      *last = j;
      return TRUE;
    }
  *last = j;
  *persons = 1;
  /* "جندي واحد": the number one after the noun is the same one, no count of its own */
  if (same_sentence (run, j, j + 1) && _sitrep_suggest_ar_token_is (run, j + 1, ar_one))
    {
      *last = j + 1;
      return TRUE;
    }
  /* "شاب وطفل": the next noun with "و" glued in front */
  while (same_sentence (run, j, *last + 1) && *persons < 4 &&
         _sitrep_suggest_has_prefix (run->text + tok (run, *last + 1)->start, "و"))
    {
      guint kin;

      if (_sitrep_suggest_figure_ar_in (run, *last + 1, ar_one_person))
        (*persons)++;
      /* "رجل وزوجته" */
      else if (ar_kin_at (run, *last + 1, &kin))
        *persons += kin;
      else
        break;
      (*last)++;
    }
  return TRUE;
}

gboolean
_sitrep_suggest_figure_ar_persons (SuggestRun *run,
                                   guint       j,
                                   guint      *last,
                                   guint      *persons)
{
  return ar_persons_at (run, j, last, persons);
}

/* Whether token @j is a comma, Arabic or Latin. */
static gboolean
is_comma (SuggestRun *run,
          guint       j)
{
  const char *p = run->text + tok (run, j)->start;

  return (tok (run, j)->flags & TOK_PUNCT) && (*p == ',' || _sitrep_suggest_has_prefix (p, "،"));
}

/* How many tokens a person's name may take between the noun and the verb after it, and an aside between
 * commas before the verb. */
#define AR_NAME_TOKENS 4
#define AR_ASIDE_TOKENS 8

/* Whether Arabic token @j is a noun of one person with the article, "ال" or "وال" ("الطبيب", "والطفل"). */
static gboolean
ar_definite_person (SuggestRun *run,
                    guint       j)
{
  const char *p = run->text + tok (run, j)->start;

  return (_sitrep_suggest_has_prefix (p, "ال") || _sitrep_suggest_has_prefix (p, "وال")) && _sitrep_suggest_figure_ar_in (run, j, ar_one_person);
}

/* Token @i is a verb of ar_one_verbs with no person after it: whether the words before it are its subject,
 * a noun of one person with the article and a name ("الطبيب علي الدرويش توفي جراء …"), maybe an aside
 * between commas ("إن الطبيب علي الدرويش، من مدينة كفرزيتا، توفي"), at the start of the sentence or after
 * "إن"/"أن", or a noun of one person in the accusative between "إن" (and a quote mark) and the verb ("إن “طفلا قُتِلَ"); its first
 * token in *@first. Nothing of harm and no count between. */
/* The name read back from token @j (the verb's, or the comma before it) to a noun of one person with the
 * article, at the start of the sentence or after "إن"/"أن": ar_subject_before ()'s second half. */
static gboolean
ar_subject_from (SuggestRun *run,
                 guint       i,
                 guint       j,
                 guint      *first)
{
  guint sentence = tok (run, i)->sentence, names = 0, quotes = 0;
  SitrepSuggestKind kind;

  /* (the name in quotes or not: "الشاب “مازن موسى الزعبي” قتل") */
  while (j > 0 && tok (run, j - 1)->sentence == sentence &&
         ((tok (run, j - 1)->flags & TOK_ARABIC) || (quotes < 2 && _sitrep_suggest_is_quote_mark (run, j - 1))) &&
         !ar_definite_person (run, j - 1))
    {
      if (!(tok (run, j - 1)->flags & TOK_ARABIC))
        {
          quotes++;
          j--;
          continue;
        }
      if (++names > AR_NAME_TOKENS || _sitrep_suggest_is_number_anchor (run, j - 1) || _sitrep_suggest_figure_ar_kind (run, j - 1, &kind))
        return FALSE;
      j--;
    }
  if (j == 0 || tok (run, j - 1)->sentence != sentence || !ar_definite_person (run, j - 1))
    return FALSE;
  *first = j - 1;
  /* (or "was": "وكان المختار قد قتل") */
  return *first == 0 || tok (run, *first - 1)->sentence != sentence || _sitrep_suggest_figure_ar_in (run, *first - 1, ar_that) ||
         _sitrep_suggest_figure_ar_subject_opens (run, *first);
}

/* How many words the group a person is of may take between him and his verb ("عنصرًا من “قسد” قُتل"). */
#define AR_GROUP_TOKENS 4

/* The verb at @i has a partitive phrase right before it, "من" and a few Arabic words or quote marks with no
 * count, word of harm or other punctuation ("من “قسد”", "من أبناء القرية"): the token of its "من", or @i. */
static guint
ar_partitive_before (SuggestRun *run,
                     guint       i)
{
  SitrepSuggestKind kind;

  for (guint j = i; j > 0 && j + AR_GROUP_TOKENS + 2 > i && tok (run, j - 1)->sentence == tok (run, i)->sentence; j--)
    {
      guint k = j - 1;

      if (_sitrep_suggest_is_quote_mark (run, k) || _sitrep_suggest_has_prefix (run->text + tok (run, k)->start, "«") ||
          _sitrep_suggest_has_prefix (run->text + tok (run, k)->start, "»"))
        continue;
      if (!(tok (run, k)->flags & TOK_ARABIC) || _sitrep_suggest_is_number_anchor (run, k) || _sitrep_suggest_figure_ar_kind (run, k, &kind))
        return i;
      /* (or where he serves: "إن منتسبا في الشرطة قتل") */
      if (_sitrep_suggest_tok_is (run, k, "من") || _sitrep_suggest_tok_is (run, k, "في"))
        return k + 1 < i ? k : i;
    }
  return i;
}

static gboolean
ar_subject_before (SuggestRun *run,
                   guint       i,
                   guint      *first)
{
  guint sentence = tok (run, i)->sentence, j = i;

  /* "إن طفلا قتل": one person in the accusative after "إن"/"أن", right before the verb, or before the group
   * he is of ("أن عنصرًا من “قسد” قُتل", "أن شابا من أبناء القرية قتل": a partitive "من" and a few words) */
  for (guint pass = 0; pass < 2; pass++, j = ar_partitive_before (run, i))
    {
      if (j >= 2 && tok (run, j - 2)->sentence == sentence && ar_accusative_at (run, j - 1, ar_one_person) &&
          (_sitrep_suggest_figure_ar_in (run, j - 2, ar_that) ||
           (j >= 3 && _sitrep_suggest_is_quote_mark (run, j - 2) && _sitrep_suggest_figure_ar_in (run, j - 3, ar_that))))
        {
          *first = j - 1;
          return TRUE;
        }
    }
  j = i;
  if (j > 0 && is_comma (run, j - 1))
    {
      guint k = j - 1;

      while (k > 0 && k + AR_ASIDE_TOKENS > j && tok (run, k - 1)->sentence == sentence && !is_comma (run, k - 1))
        k--;
      /* an aside between two commas ("إن الطبيب علي الدرويش، من مدينة كفرزيتا، توفي"), or one comma after
       * the name ("أن الطفل رضا أحمد الدرة، قُتل") */
      return (k > 0 && is_comma (run, k - 1) && ar_subject_from (run, i, k - 1, first)) || ar_subject_from (run, i, j - 1, first);
    }
  return ar_subject_from (run, i, j, first);
}

/* How far after a figure one more person joined to it by "، و" may stand. */
#define AR_ONE_MORE_AFTER 20
/* How many words after that person a word of harm of its own may stand. */
#define AR_ONE_MORE_OWN 3

/* Token @i, after a comma, is "و" and one person ("، وطفل إثر سقوط قذيفة", "، وآخر في الحادية عشرة من
 * عمره"): whether it is one more of the figure before it in the sentence, nothing of harm and no count
 * between, no word of harm of its own right after it; that figure's kind in *@kind. */
static gboolean
ar_one_more (SuggestRun        *run,
             guint              i,
             guint              last,
             SitrepSuggestKind *kind)
{
  SitrepSuggestKind k;

  if (i == 0 || !is_comma (run, i - 1) || !_sitrep_suggest_has_prefix (run->text + tok (run, i)->start, "و"))
    return FALSE;
  for (guint m = last + 1; m <= last + AR_ONE_MORE_OWN && same_sentence (run, i, m); m++)
    {
      if (_sitrep_suggest_figure_ar_kind (run, m, &k))
        return FALSE;
    }
  for (guint n = run->out->len; n > 0; n--)
    {
      const SitrepSuggestion *before = run->out->pdata[n - 1];
      guint end, start;

      if (!sitrep_suggest_kind_is_figure (before->kind))
        continue;
      end = _sitrep_suggest_token_holding (run, before->byte_end - 1);
      start = _sitrep_suggest_token_holding (run, before->byte_start);
      if (before->sentence != tok (run, i)->sentence || end >= i || i - end > AR_ONE_MORE_AFTER)
        return FALSE;
      /* a list of counts joined by "و" ("و 11 من تنظيم داعش و 13 مدنيين، وشخص متعاون"): the numerals only */
      if (_sitrep_suggest_figure_is_glued_and (run, start) || (start > 0 && _sitrep_suggest_ar_token_is (run, start - 1, ar_and)))
        return FALSE;
      for (guint m = end + 1; m < i; m++)
        {
          /* (the figure's own verb right after its count: "اثنان قتلا برصاص …، وشخص تحت التعذيب") */
          if (_sitrep_suggest_is_number_anchor (run, m) ||
              (_sitrep_suggest_figure_ar_kind (run, m, &k) && !(m == end + 1 && k == before->kind)))
            return FALSE;
        }
      *kind = before->kind;
      return TRUE;
    }
  return FALSE;
}

/* How many nominative plurals ("مسلحون مجهولون") may stand between a verb of harm and its object. */
#define AR_SUBJECT_TOKENS 2

/* The first token after the verb at @i past its subject in the nominative plural, which is never the one
 * harmed: "اغتال مسلحون مجهولون أحد الاشخاص" — "ون" ends the sound plural only as a subject. */
static guint
ar_past_subject (SuggestRun *run,
                 guint       i)
{
  guint j = i + 1;

  while (j < run->n_tokens && j <= i + AR_SUBJECT_TOKENS && same_sentence (run, i, j))
    {
      char bare[4 * MAX_LISTED_WORD];
      gsize len;
      const char *p = _sitrep_suggest_ar_token_bare (run, j, bare, sizeof bare, &len);

      if (p == NULL || len <= 6 || memcmp (p + len - 4, "ون", 4) != 0)
        break;
      j++;
    }
  return j;
}

/* The past verbs of harm whose dual ("قتلا", "أصيبا") follows two people named by a dual noun. */
static const char * const ar_dual_killed[] = {
  "قتل", "استشهد", "توفي", "اغتيل", "أعدم", "لقي", "قضي", "ارتقي", NULL
};
static const char * const ar_dual_wounded[] = {
  "أصيب", "اصيب", "جرح", NULL
};
static const char * const ar_dual_captured[] = {
  "اعتقل", "اختطف", "خطف", NULL
};

/* "من" of a part between two people and their verb ("عنصرين من الفرقة الرابعة لقيا مصرعهما"), within this many
 * words before the verb. */
static const char * const ar_of[] = {
  "من", NULL
};
#define AR_OF_TOKENS 4

/* "أن شخصين قتلا", "إن “جنديين أصيبا", "وكان شخصان قُتلا", "أن عنصرين من الفرقة لقيا مصرعهما": token @i is the
 * dual of a past verb of harm after a dual noun of people (and a part of what they were), where a subject opens
 * (_sitrep_suggest_figure_ar_subject_opens ()): two people harmed. Whether it proposed them. */
static gboolean
ar_two_before_dual_verb (SuggestRun *run,
                         guint       i)
{
  char bare[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p;
  guint noun = i - 1;
  SitrepSuggestKind kind;
  SitrepSuggestion *s;

  if (i < 1)
    return FALSE;
  p = _sitrep_suggest_ar_token_bare (run, i, bare, sizeof bare, &len);
  if (p == NULL || len <= 4 || memcmp (p + len - 2, "ا", 2) != 0)
    return FALSE;
  if (_sitrep_suggest_ar_stem_in (p, len - 2, ar_dual_killed))
    kind = SITREP_SUGGEST_KILLED;
  else if (_sitrep_suggest_ar_stem_in (p, len - 2, ar_dual_wounded))
    kind = SITREP_SUGGEST_WOUNDED;
  else if (_sitrep_suggest_ar_stem_in (p, len - 2, ar_dual_captured))
    kind = SITREP_SUGGEST_CAPTURED;
  else
    return FALSE;
  for (guint k = i - 1; k > 1 && k + AR_OF_TOKENS >= i && same_sentence (run, k, i) && (tok (run, k)->flags & TOK_ARABIC) &&
                        !_sitrep_suggest_is_number_anchor (run, k); k--)
    {
      if (_sitrep_suggest_ar_token_is (run, k, ar_of))
        {
          noun = k - 1;
          break;
        }
    }
  if (!same_sentence (run, noun, i) || !ar_dual_at (run, noun, ar_one_person, ar_broken_plural) ||
      !_sitrep_suggest_figure_ar_subject_opens (run, noun))
    return FALSE;
  s = _sitrep_suggest_add (run, kind, noun, i);
  s->figure.count = s->figure.low = s->figure.high = 2;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.55;
  return TRUE;
}

/* How many words the verb's subject and an adverbial phrase may take between the verb and the one harmed. */
#define AR_OBJECT_AFTER 6

/* Words that end the verb's clause before its object: a relative, a conjunction, "that". */
static const char * const ar_clause_ends[] = {
  "الذي", "التي", "الذين", "اللذين", "حيث", "بعد", "قبل", "عندما", "أن", "إن", "لكن", "فيما", "بينما", "كما",
  "ما", "من", "إلى", "عن", NULL
};
/* Words of time with no article, which a definite noun after them is not the genitive of ("قتل أمس الشاب"). */
static const char * const ar_time_words[] = {
  "أمس", "صباح", "مساء", "فجر", "ليلة", "ظهر", "يوم", "ليل", NULL
};

/* "the same" after a definite noun ("في المنطقة ذاتها"), which a definite noun after it is not the genitive of. */
static const char * const ar_same_words[] = {
  "ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم", "نفسهم", NULL
};

/* Whether Arabic token @j has the article, with a clitic before it or not ("الشاب", "والطفل", "بالرصاص"). */
static gboolean
ar_definite (SuggestRun *run,
             guint       j)
{
  const char *p = run->text + tok (run, j)->start;

  return _sitrep_suggest_has_prefix (p, "ال") || _sitrep_suggest_has_prefix (p, "وال") || _sitrep_suggest_has_prefix (p, "بال") ||
         _sitrep_suggest_has_prefix (p, "فال") || _sitrep_suggest_has_prefix (p, "لل");
}

/* Whether Arabic token @j has a preposition glued in front ("برصاص", "للأمن"): a phrase of its own. */
static gboolean
ar_prefixed (SuggestRun *run,
             guint       j)
{
  const char *p = run->text + tok (run, j)->start;

  return tok (run, j)->end - tok (run, j)->start > 6 && (_sitrep_suggest_has_prefix (p, "ب") || _sitrep_suggest_has_prefix (p, "ل"));
}

/* The verb of harm at @i has no person right after it: the one harmed after its subject or an adverbial
 * phrase, Arabic's verb-subject-object ("اعتقلت قوات النظام شابا", "اعتقلت دورية للأمن العسكري شابين",
 * "قتل أمس الشاب …", "قتل برصاص قناص طفل", "أصاب مسلحون بالرصاص شرطيا"): the first noun of one person (or
 * a dual) within AR_OBJECT_AFTER words, with no punctuation, count, other word of harm or clause's end
 * before it, and not the genitive of the word before it ("منزل المختار"). Its token in *@person. */
static gboolean
ar_object_after (SuggestRun *run,
                 guint       i,
                 guint      *person)
{
  guint last, persons, maybe = 0;
  gboolean counted = FALSE;
  SitrepSuggestKind kind;

  if (!_sitrep_suggest_figure_ar_verb (run, i))
    return FALSE;
  /* "6 أطفال قتلوا مع أمهم وأبيهم وشاب": the verb of a count before it has its people */
  for (guint j = i; j > 0 && j + AR_OBJECT_AFTER > i && same_sentence (run, i, j - 1) && !(tok (run, j - 1)->flags & TOK_PUNCT); j--)
    {
      if (_sitrep_suggest_is_number_anchor (run, j - 1))
        return FALSE;
    }
  for (guint j = i + 1; j <= i + AR_OBJECT_AFTER && same_sentence (run, i, j); j++)
    {
      const SuggestToken *t = tok (run, j);

      if (!(t->flags & TOK_ARABIC) || (counted = _sitrep_suggest_is_number_anchor (run, j)) ||
          _sitrep_suggest_figure_ar_kind (run, j, &kind) || _sitrep_suggest_figure_ar_in (run, j, ar_clause_ends))
        break;
      if (j == i + 1 || _sitrep_suggest_figure_ar_in (run, j, ar_one_other) || !ar_persons_at (run, j, &last, &persons))
        continue;
      /* a definite noun after an indefinite one is its genitive, not the one harmed, and so is an indefinite
       * one without the accusative's alef or the dual ("منزل شرطي"; "هجوم مسلح", its adjective) */
      if (!ar_definite (run, j - 1) && !_sitrep_suggest_figure_ar_in (run, j - 1, ar_time_words) &&
          !_sitrep_suggest_figure_ar_in (run, j - 1, ar_same_words) &&
          (ar_definite (run, j) ||
           (!ar_prefixed (run, j - 1) && persons == 1 && !ar_accusative_at (run, j, ar_one_person))))
        break;
      /* after a definite noun it may be its adjective ("دورية للأمن العسكري شابين"): a noun further on is
       * the one harmed, else this one ("اعتقلت قوات النظام الشاب …") */
      if (ar_definite (run, j) && ar_definite (run, j - 1))
        {
          if (maybe == 0)
            maybe = j;
          continue;
        }
      *person = j;
      return TRUE;
    }
  /* … but a count after the adjective is the verb's object ("اعتقلت دورية للأمن العسكري ستة شبان") */
  if (maybe == 0 || counted)
    return FALSE;
  *person = maybe;
  return TRUE;
}

/* The words before a part of a figure: "بينهم طفلان", "من بينهم القياديان". */
static const char * const ar_among[] = {
  "بينهم", "منهم", "بينهن", "منهن", "بينهما", NULL
};

/* "in addition to", "beside" before a dual joined to the figure before ("إلى جانب طفلين", "إضافة إلى طفلين"). */
static const char * const ar_beside[] = {
  "جانب", NULL
};
static const char * const ar_to[] = {
  "إلى", NULL
};
static const char * const ar_addition[] = {
  "إضافة", "بالإضافة", "علاوة", "فضلا", NULL
};
static const char * const ar_addition_to[] = {
  "إلى", "على", "عن", NULL
};

/* Token @i is "بينهم" (among them) and a dual of people follows it: two of the figure before in the
 * sentence, of its kind ("مقتل ثلاثة مدنيين، بينهم طفلان", "قتل 20 … من بينهم القياديان"); or "in addition
 * to" before the dual, two more of that kind ("مقتل 9 مدنيين …، إلى جانب طفلين"). Whether it proposed them;
 * their last token in *@next. */
static gboolean
ar_two_among (SuggestRun *run,
              guint       i,
              guint      *next)
{
  SitrepSuggestion *whole, *s;
  guint last, persons;
  gboolean among, added;

  if (!same_sentence (run, i, i + 1) || !(tok (run, i + 1)->flags & TOK_ARABIC))
    return FALSE;
  among = _sitrep_suggest_figure_ar_in (run, i, ar_among);
  added = !among && i > 0 && same_sentence (run, i - 1, i) &&
          ((_sitrep_suggest_figure_ar_in (run, i, ar_beside) && _sitrep_suggest_figure_ar_in (run, i - 1, ar_to)) ||
           (_sitrep_suggest_figure_ar_in (run, i, ar_addition_to) && _sitrep_suggest_figure_ar_in (run, i - 1, ar_addition)));
  if ((!among && !added) || !ar_dual_at (run, i + 1, ar_one_person, ar_broken_plural) || !ar_persons_at (run, i + 1, &last, &persons))
    return FALSE;
  whole = _sitrep_suggest_figure_earlier (run, i, TRUE);
  if (whole == NULL || (among && whole->figure.count <= 2))
    return FALSE;
  s = _sitrep_suggest_add (run, whole->kind, i + 1, last);
  s->figure.count = s->figure.low = s->figure.high = 2;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->cumulative = among && whole->cumulative;
  s->part = among;
  s->score = 0.55;
  *next = last;
  return TRUE;
}

/* Two bodies: the dual of "جثة" alone or in construct ("العثور على جثتين", "جثتي شابين"). */
static const char * const ar_two_bodies[] = {
  "جثتين", "جثتان", "جثتي", "جثتا", NULL
};

/* Token @i is a dual of bodies: proposes two killed, with the dual of people after it ("جثتي شابين",
 * "جثتين لشابين"); whether it did, its last token in *@next. */
static gboolean
ar_bodies_two (SuggestRun *run,
               guint       i,
               guint      *next)
{
  SitrepSuggestion *s;
  guint last = i;

  if (!_sitrep_suggest_figure_ar_in (run, i, ar_two_bodies))
    return FALSE;
  if (same_sentence (run, i, i + 1) && ar_dual_at (run, i + 1, ar_one_person, ar_broken_plural))
    last = i + 1;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_KILLED, i, last);
  s->figure.count = s->figure.low = s->figure.high = 2;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.6;
  *next = last;
  return TRUE;
}

/* The negations of an imperfect verb ("لم يقتل أحد"). */
static const char * const ar_not[] = {
  "لم", "لن", NULL
};

/* Prepositions that open a phrase of place, time or cause, and "rank" ("ضابط برتبة نقيب"), which does not. */
static const char * const ar_joined_stops[] = {
  "في", "على", "من", "إلى", "الى", "عن", "جراء", "إثر", "اثر", "خلال", "بعد", "قبل", "عند", "لدى", "أثناء", "حيث",
  "الذي", "التي", "الذين", NULL
};
static const char * const ar_rank[] = {
  "برتبة", NULL
};

/* How many words may stand between one person and a count joined to him by "و" ("مقتل قائد الدورية وهو ضابط
 * برتبة نقيب وجنديين اثنين"). */
#define AR_JOINED_TOKENS 6

/* The one person (or persons) named up to token @last after a word of harm of @kind: when a count of people
 * is joined to them by "و", within a few Arabic words with no punctuation, count or word of harm before it
 * ("قتل ضابط وجنديان اثنان", "قتل ضابط وثلاثة جنود", "قتل رجل وزوجته وأطفالهما الثلاثة"), the coder codes the
 * numeral only (bench/gold-suggest-16/README.md: "قتل جنديان ومدني" 2): proposes that count from @i and
 * whether it did, its last token in *@next. Not "others" ("استشهد طفل و3 آخرون": another figure), nor a
 * count of things. */
static gboolean
ar_joined_count (SuggestRun        *run,
                 guint              i,
                 guint              last,
                 SitrepSuggestKind  kind,
                 guint             *next)
{
  guint glued = 0;

  for (guint k = last + 1; k <= last + AR_JOINED_TOKENS + 1 && same_sentence (run, last, k); k++)
    {
      const SuggestToken *t = tok (run, k);
      gboolean and = (t->flags & TOK_ARABIC) && t->end - t->start > 2 && memcmp (run->text + t->start, "و", 2) == 0;
      SitrepSuggestKind other;
      SitrepSuggestion *s;
      SitrepFigure figure;
      guint end = k, persons;

      if (!(t->flags & (TOK_ARABIC | TOK_NUMBER)))
        return FALSE;
      if (_sitrep_suggest_is_number_anchor (run, k))
        {
          guint num_end = _sitrep_suggest_figure_number_end (run, k);

          /* "وثلاثة", "و3", "و 3"; or a definite count after the noun it counts ("وأطفالهما الثلاثة") */
          if (!and && !(k > last + 1 && (glued == k - 1 || _sitrep_suggest_ar_token_is (run, k - 1, ar_and))))
            return FALSE;
          if (_sitrep_suggest_figure_ar_counts_things (run, num_end) || _sitrep_suggest_figure_ar_others (run, num_end + 1) ||
              _sitrep_suggest_figure_ar_others (run, num_end + 2) || !_sitrep_suggest_figure_read (run, k, k, num_end, &figure) ||
              figure.count < 2)
            return FALSE;
          s = _sitrep_suggest_add (run, kind, i, num_end);
          s->figure = figure;
          s->score = 0.6;
          *next = num_end;
          return TRUE;
        }
      /* a phrase of place, time or cause ends the clause of the one person ("قتل مدني برصاص قناص و3 …") */
      if (_sitrep_suggest_figure_ar_kind (run, k, &other) || _sitrep_suggest_ar_token_is (run, k, ar_joined_stops) ||
          (_sitrep_suggest_has_prefix (run->text + t->start, "ب") && !_sitrep_suggest_figure_ar_in (run, k, ar_rank)))
        return FALSE;
      if (and && ar_dual_at (run, k, ar_one_person, ar_broken_plural) && ar_persons_at (run, k, &end, &persons) && persons == 2)
        {
          s = _sitrep_suggest_add (run, kind, i, end);
          s->figure.count = s->figure.low = s->figure.high = 2;
          s->figure.qualifier = SITREP_QUALIFIER_EXACT;
          s->score = 0.6;
          *next = end;
          return TRUE;
        }
      if (and)
        glued = k;
    }
  return FALSE;
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
  /* "لم يقتل أحد": no one */
  if (i > 0 && _sitrep_suggest_figure_ar_in (run, i - 1, ar_not))
    return;
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
  if (ar_two_before_dual_verb (run, i) || ar_bodies_two (run, i, next) || ar_two_among (run, i, next) ||
      _sitrep_suggest_figure_ar_state_one (run, i))
    return;
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
    {
      /* "ما أدى إلى مقتله": one (or two) by a pronoun; "سقوط شهيد": one */
      if (_sitrep_suggest_figure_ar_harm_of_pronoun (run, i) || _sitrep_suggest_figure_ar_one_dead (run, i))
        return;
      /* "، وطفل إثر سقوط قذيفة": one more of the figure before */
      if ((tok (run, i)->flags & TOK_ARABIC) && i > 0 && (tok (run, i - 1)->flags & TOK_PUNCT) &&
          ar_persons_at (run, i, &last, &persons) && ar_one_more (run, i, last, &kind))
        {
          s = _sitrep_suggest_add (run, kind, i, last);
          s->figure.count = s->figure.low = s->figure.high = persons;
          s->figure.qualifier = SITREP_QUALIFIER_EXACT;
          s->score = 0.55;
          *next = last;
        }
      return;
    }
  /* "قتل ثلاثة جنود وأصيب مثلهم": as many as the figure before */
  if (person == i + 1 && same_sentence (run, i, person) && _sitrep_suggest_figure_ar_as_many (run, i, person, kind))
    {
      *next = person;
      return;
    }
  /* "مقتل منتسبين اثنين وإصابة ثالث": "a third", one more, right after the word of harm */
  if (person == i + 1 && same_sentence (run, i, person) &&
      (_sitrep_suggest_ar_token_is (run, person, ar_ordinal_one) || _sitrep_suggest_figure_ar_one_of_them (run, person) ||
       (_sitrep_suggest_has_prefix (run->text + tok (run, person)->start, "ال") && _sitrep_suggest_figure_ar_in (run, person, ar_ordinal_one))))
    {
      s = _sitrep_suggest_add (run, kind, i, person);
      s->figure.count = s->figure.low = s->figure.high = 1;
      s->figure.qualifier = SITREP_QUALIFIER_EXACT;
      s->score = 0.55;
      *next = person;
      return;
    }
  if (same_sentence (run, i, person) && !ar_persons_at (run, person, &last, &persons) && person == i + 1)
    person = ar_past_subject (run, i);
  /* "اعتقلت قوات النظام شابا", "قتل أمس الشاب": the verb's subject or an adverbial phrase before the one harmed */
  if (same_sentence (run, i, person) && !ar_persons_at (run, person, &last, &persons))
    ar_object_after (run, i, &person);
  if (!same_sentence (run, i, person) || !ar_persons_at (run, person, &last, &persons))
    {
      guint subject;

      /* "العثور على جثة مجهولة الهوية": one body found, no one named */
      if (_sitrep_suggest_ar_token_is (run, i, ar_body) && !_sitrep_suggest_is_number_anchor (run, i + 1) && ar_body_found_before (run, i))
        {
          s = _sitrep_suggest_add (run, SITREP_SUGGEST_KILLED, i, i);
          s->figure.count = s->figure.low = s->figure.high = 1;
          s->figure.qualifier = SITREP_QUALIFIER_EXACT;
          s->score = 0.55;
          return;
        }

      /* "قُتل إسماعيل حسن الفروخ": a man named after the verb, no noun of people before his name; "وسقط جريح" */
      if (_sitrep_suggest_figure_ar_named_one (run, i, kind) || _sitrep_suggest_figure_ar_one_dead (run, i))
        return;
      /* "الطبيب علي الدرويش توفي جراء …": the person before the verb */
      if (_sitrep_suggest_figure_ar_in (run, i, ar_one_verbs) && !_sitrep_suggest_is_number_anchor (run, i + 1) &&
          ar_subject_before (run, i, &subject))
        {
          s = _sitrep_suggest_add (run, kind, subject, i);
          s->figure.count = s->figure.low = s->figure.high = 1;
          s->figure.qualifier = SITREP_QUALIFIER_EXACT;
          s->score = 0.55;
        }
      return;
    }
  /* "قتل مدير كهرباء الناحية مع اثنين من مرافقيه": the numeral only, as with "و" */
  if (ar_joined_count (run, i, last, kind, next) || _sitrep_suggest_figure_ar_with_count (run, last))
    return;
  s = _sitrep_suggest_add (run, kind, i, last);
  s->figure.count = s->figure.low = s->figure.high = persons;
  s->figure.qualifier = SITREP_QUALIFIER_EXACT;
  s->score = 0.6;
  s->victims = _sitrep_suggest_strndup (run, run->text + tok (run, person)->start,
                                        tok (run, last)->end - tok (run, person)->start);
  *next = last;
}
