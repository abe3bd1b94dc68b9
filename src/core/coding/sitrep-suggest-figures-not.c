/* sitrep-suggest-figures-not.c — numbers that count no casualties: years, times, dates, money, scores,
 * ages, the numbers of titles and names ("Resolution 2254", "F-16")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-figures-person.h"

/* After a capitalised word, a number is part of a name ("Apollo 11", "Red
 * Dead Redemption 2", "Checkpoint 9") unless that word says what the
 * number is: a verb of a headline ("Bomb Kills 12"), a qualifier ("At Least
 * 12"), a day ("On Friday 20 civilians …") or a month (a date, below). */
static const char * const not_name_words[] = {
  "kills", "killed", "kill", "killing", "leaves", "left", "wounds", "wounded", "injures", "injured",
  "wounding", "injuring", "captures", "captured", "arrests", "arrested", "abducts", "abducted",
  "kidnaps", "kidnapped", "executes", "executed", "leave", "claim", "claims", "wound", "injure", "says", "said", "reports", "reported",
  "dead", "die", "dies", "died", "toll", "least", "than", "over", "nearly", "almost", "about",
  "around", "some", "and", "as", "of", "to", "up", "at", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "today", "yesterday", NULL
};
/* What a number before a word of these counts is a time: "3 pm", "9 GMT". */
static const char * const time_words[] = {
  "am", "pm", "gmt", "utc", "hrs", "h", NULL
};
/* Arabic units of time and distance after a number: "قبل 10 أيام" (ten days
 * ago), "على بعد 200 كم" (200 km away). */
static const char * const ar_units[] = {
  "أيام", "يوم", "يوما", "يوماً", "ساعات", "ساعة", "أسابيع", "أسبوع", "أشهر", "شهر", "شهور", "سنوات",
  "سنة", "أعوام", "عام", "دقائق", "دقيقة", "كم", "كلم", "كيلومتر", "كيلومترات", "متر", "أمتار", "ميل",
  "أميال", NULL
};
/* "at age 34", "aged 34" */
static const char * const age_words[] = {
  "age", "aged", "ages", NULL
};
/* After a number, the noun of a name: "Resolution 2254 was adopted" is no
 * count, but "On Friday 20 civilians died" is, and so is a place's toll ("Salahadin 64 killed and 74 injured"). */
static const char * const people_after[] = {
  "people", "persons", "civilians", "soldiers", "fighters", "militants", "men", "women", "children",
  "troops", "policemen", "rebels", "jihadists", "others", "members", "were", "have", "had", "are",
  "killed", "dead", "injured", "wounded", NULL
};

/* A group one family of people belong to: "from one family". */
static const char * const one_group[] = {
  "family", "household", "tribe", "clan", NULL
};

/* Words before a year: "in 2015 civilians …", "since 2014", "between 2011 and 2015". */
static const char * const year_before[] = {
  "in", "since", "during", "until", "till", "by", "from", "before", "after", "through", "throughout",
  "between", "to", "of", "year", "years", "early", "late", "mid", "end", "fall", "summer", "winter",
  "spring", "autumn", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "the", NULL
};

static gboolean
is_char (SuggestRun *run,
         guint       i,
         const char *mark)
{
  return i < run->n_tokens && (tok (run, i)->flags & TOK_PUNCT) &&
         _sitrep_suggest_has_prefix (run->text + tok (run, i)->start, mark);
}

/* A dash glued to the numbers on both sides: "3-1", "2–0". */
static gboolean
is_glued_dash (SuggestRun *run,
               guint       i)
{
  return i + 1 < run->n_tokens && tok (run, i)->space_before == 0 && tok (run, i + 1)->space_before == 0 &&
         (is_char (run, i, "-") || is_char (run, i, "–") || is_char (run, i, "—")) &&
         (tok (run, i - 1)->flags & TOK_NUMBER) && (tok (run, i + 1)->flags & TOK_NUMBER);
}

/* The value of number token @i (digits of any script; separators skipped). */
static gint64
digits_value (SuggestRun *run,
              guint       i)
{
  const SuggestToken *t = tok (run, i);
  gint64 value = 0;

  for (const char *p = run->text + t->start; p < run->text + t->end && value < G_MAXINT32; p = g_utf8_next_char (p))
    {
      int d = g_unichar_digit_value (g_utf8_get_char (p));

      if (d >= 0)
        value = value * 10 + d;
    }
  return value;
}

/* A score, "won 3-1", "a 2–0 win", "lost 24-17": two numbers joined by a
 * dash, the first not below the second. A range goes up ("10-15 people"). */
static gboolean
is_score (SuggestRun *run,
          guint       i)
{
  if (i + 2 < run->n_tokens && is_glued_dash (run, i + 1) && digits_value (run, i) >= digits_value (run, i + 2))
    return TRUE;
  return i >= 2 && is_glued_dash (run, i - 1) && digits_value (run, i - 2) >= digits_value (run, i);
}

/* "Apollo 11", "Resolution 2254", "F-16", "MiG-29": the number of a name. */
static gboolean
is_name_number (SuggestRun *run,
                guint       i)
{
  const SuggestToken *before;

  if (i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence)
    return FALSE;
  before = tok (run, i - 1);
  /* "F-16": letters glued to the number by a hyphen */
  if ((before->flags & TOK_HYPHEN) && before->space_before == 0 && tok (run, i)->space_before == 0 && i >= 2 &&
      (tok (run, i - 2)->flags & TOK_WORD) && !(tok (run, i - 2)->flags & (TOK_NUMBER | TOK_ARABIC)))
    return TRUE;
  if (!(before->flags & TOK_WORD) || !(before->flags & TOK_CAP) || (before->flags & (TOK_ARABIC | TOK_NUMBER)))
    return FALSE;
  /* A sentence's first word is capitalised whatever it is. */
  if (i < 2 || tok (run, i - 2)->sentence != tok (run, i)->sentence)
    return FALSE;
  if (_sitrep_suggest_tok_among (run, i - 1, not_name_words) || _sitrep_suggest_is_month (run, i - 1))
    return FALSE;
  return !_sitrep_suggest_tok_among (run, i + 1, people_after);
}

/* Outlets named with 24 in Arabic: "لكوردستان 24" (Kurdistan 24), "فرانس 24"; the English ones are
 * names as any capitalised word's number is (is_name_number ()). */
static const char * const ar_outlets_24[] = {
  "كوردستان", "كردستان", "فرانس", NULL
};

/* Arabic words of a year before its number ("عام 2015", "منذ 2011"). */
static const char * const ar_year_words[] = {
  "عام", "سنة", "منذ", "حتى", "في", NULL
};

/* Arabic nouns of people counted right after a number ("1200 مدني", "1500 شخص"). */
static const char * const ar_people_counted[] = {
  "شخص", "شخصا", "أشخاص", "مدني", "مدنيا", "مدنيين", "عنصر", "عنصرا", "عناصر", "جندي", "جنديا", "جنود",
  "مقاتل", "مقاتلا", "مقاتلين", "طفل", "طفلا", "أطفال", "امرأة", "نساء", "لاجئ", "معتقل", "معتقلا", NULL
};

/* Whether the four digits at @i are an Arabic count, not a year: after a qualifier ("نحو 2000", "أكثر من
 * 1500", "ما يزيد عن 2000"; not a range's "من 2011 الى 2015") or a word of harm ("مقتل 1200"), or before a noun
 * of people ("1100 شخص") with no word of a year before it ("عام 2015"). */
static gboolean
is_ar_four_digit_count (SuggestRun *run,
                        guint       i)
{
  SitrepQualifier q = SITREP_QUALIFIER_EXACT;
  SitrepSuggestKind kind;

  if (i > 0 && (tok (run, i - 1)->flags & TOK_ARABIC) && tok (run, i - 1)->sentence == tok (run, i)->sentence)
    {
      if ((_sitrep_suggest_figure_ar_qualifier_start (run, i, &q) < i && q != SITREP_QUALIFIER_RANGE) ||
          _sitrep_suggest_figure_ar_kind (run, i - 1, &kind))
        return TRUE;
      if (_sitrep_suggest_figure_ar_in (run, i - 1, ar_year_words))
        return FALSE;
    }
  return i + 1 < run->n_tokens && (tok (run, i + 1)->flags & TOK_ARABIC) &&
         tok (run, i + 1)->sentence == tok (run, i)->sentence && _sitrep_suggest_figure_ar_in (run, i + 1, ar_people_counted);
}

/* Whether the four digits at @i (a year's) are a count all the same: people or what happened to
 * them right after ("the killing of 1440 civilians", "500 dead and 1500 wounded"), no word of a date
 * before ("in 2015 civilians fled" is a year; "killing of" is no date's "of"); or an Arabic count
 * (is_ar_four_digit_count ()). */
static gboolean
is_four_digit_count (SuggestRun *run,
                     guint       i)
{
  gboolean kind;

  if (is_ar_four_digit_count (run, i))
    return TRUE;
  if (i + 1 >= run->n_tokens || tok (run, i + 1)->sentence != tok (run, i)->sentence ||
      !(tok (run, i + 1)->flags & TOK_WORD) || (tok (run, i + 1)->flags & TOK_CAP))
    return FALSE;
  kind = _sitrep_suggest_tok_in (run, i + 1, _sitrep_suggest_figure_killed_words) ||
         _sitrep_suggest_tok_in (run, i + 1, _sitrep_suggest_figure_wounded_words);
  /* "and 1957 were injured", "a further 1793 were wounded": its passive verb of harm, no year's */
  if (!kind && _sitrep_suggest_tok_is (run, i + 1, "were") && i + 2 < run->n_tokens)
    {
      guint v = i + 2 + (i + 3 < run->n_tokens && _sitrep_suggest_tok_is (run, i + 2, "also") ? 1 : 0);

      kind = _sitrep_suggest_tok_in (run, v, _sitrep_suggest_figure_killed_words) ||
             _sitrep_suggest_tok_in (run, v, _sitrep_suggest_figure_wounded_words) ||
             _sitrep_suggest_tok_in (run, v, _sitrep_suggest_figure_captured_words);
    }
  if (!kind && !_sitrep_suggest_tok_in (run, i + 1, _sitrep_suggest_figure_victim_nouns))
    return FALSE;
  if (i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence)
    return FALSE;
  /* "killing of 1440", "deaths of 2378": the "of" of what happened */
  if (_sitrep_suggest_tok_is (run, i - 1, "of"))
    return i >= 2 && (_sitrep_suggest_tok_in (run, i - 2, _sitrep_suggest_figure_killed_words) ||
                      _sitrep_suggest_tok_in (run, i - 2, _sitrep_suggest_figure_wounded_words));
  /* "500 dead and 1500 wounded", not "between 2011 and 2015 people" */
  if (_sitrep_suggest_tok_is (run, i - 1, "and"))
    return i >= 2 && !(tok (run, i - 2)->flags & TOK_NUMBER) && (tok (run, i - 2)->flags & TOK_WORD);
  return (tok (run, i - 1)->flags & TOK_WORD) && !(tok (run, i - 1)->flags & TOK_CAP) &&
         !_sitrep_suggest_tok_among (run, i - 1, year_before);
}

/* Whether token @j is a "/" or "-" glued to the numbers on both sides: a date's separator. */
static gboolean
is_date_mark (SuggestRun *run,
              guint       j)
{
  return j > 0 && j + 1 < run->n_tokens && tok (run, j)->space_before == 0 && tok (run, j + 1)->space_before == 0 &&
         (is_char (run, j, "/") || is_char (run, j, "-")) && (tok (run, j - 1)->flags & TOK_NUMBER) &&
         (tok (run, j + 1)->flags & TOK_NUMBER);
}

/* Whether number token @i is a part of a date written in digits ("2024/05/11", "11-05-2024",
 * "05/2024"): three numbers glued by the same marks, or two of which one is a year. */
static gboolean
in_numeric_date (SuggestRun *run,
                 guint       i)
{
  guint from = i, to = i;
  gboolean year = FALSE;

  while (from >= 2 && is_date_mark (run, from - 1))
    from -= 2;
  while (is_date_mark (run, to + 1))
    to += 2;
  if (to - from >= 4)
    return TRUE;
  for (guint k = from; k <= to && to > from; k += 2)
    {
      gint64 value = digits_value (run, k);

      year = year || (tok (run, k)->end - tok (run, k)->start >= 4 && value >= 1900 && value < 2100);
    }
  return year;
}

/* Whether number anchor @i is no count: a year, a time ("10:30", "3 pm"),
 * a date's day, money, a percentage, a rank, a score, an age, the number of
 * a name. */
gboolean
_sitrep_suggest_figure_not_a_count (SuggestRun *run,
                                    guint       i)
{
  const SuggestToken *t = tok (run, i);
  const SuggestToken *before = i > 0 ? tok (run, i - 1) : NULL;
  const SuggestToken *after = i + 1 < run->n_tokens ? tok (run, i + 1) : NULL;
  gsize len = t->end - t->start;

  if (!(t->flags & TOK_NUMBER))
    /* "killed no one", "no one was hurt"; "25 people from one family" (whose count is the 25) */
    return (before != NULL && _sitrep_suggest_tok_is (run, i, "one") &&
            (_sitrep_suggest_tok_is (run, i - 1, "no") ||
             ((_sitrep_suggest_tok_is (run, i - 1, "from") || _sitrep_suggest_tok_is (run, i - 1, "of")) &&
              _sitrep_suggest_tok_among (run, i + 1, one_group)))) ||
           /* "under the age of eighteen years" */
           (before != NULL && (_sitrep_suggest_tok_among (run, i - 1, age_words) ||
                               (i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "of") && _sitrep_suggest_tok_among (run, i - 2, age_words))));
  /* "the 5th Corps", "the 4th Division": an ordinal */
  if (i + 2 < run->n_tokens && after->space_before == 0 && _sitrep_suggest_ordinal_before (run, i + 2))
    return TRUE;
  /* "2024/05/11 killed 2": no number inside a date is a count */
  if ((tok (run, i)->space_before == 0 || (after != NULL && after->space_before == 0)) && in_numeric_date (run, i))
    return TRUE;
  /* A year: four digits from 1000 to 2999, no separator ("2015", "٢٠١٥": 4 or 8 bytes) */
  if ((len == 4 || (len == 8 && (guchar) run->text[t->start] >= 0x80)) &&
      memchr (run->text + t->start, ',', len) == NULL)
    {
      gint64 value = digits_value (run, i);

      if (value >= 1000 && value < 3000 && !is_four_digit_count (run, i))
        return TRUE;
    }
  if (after != NULL && (after->flags & TOK_PUNCT) && after->space_before == 0 &&
      (is_char (run, i + 1, ":") || is_char (run, i + 1, "%") || is_score (run, i)))
    return TRUE;
  if (before != NULL && (before->flags & TOK_PUNCT))
    {
      if (is_char (run, i - 1, "$") || is_char (run, i - 1, "#") || is_char (run, i - 1, "\u00a3") ||
          is_char (run, i - 1, "\u20ac"))
        return TRUE;
      /* The minutes of "10:30", the second number of a score, "F-16" */
      if (i >= 2 && t->space_before == 0 && is_char (run, i - 1, ":") && (tok (run, i - 2)->flags & TOK_NUMBER))
        return TRUE;
      if (t->space_before == 0 && before->space_before == 0 && (is_score (run, i) || is_name_number (run, i)))
        return TRUE;
    }
  /* "قال لكوردستان 24": an outlet's name */
  if (before != NULL && (before->flags & TOK_ARABIC) && len == 2 && memcmp (run->text + t->start, "24", 2) == 0 &&
      _sitrep_suggest_figure_ar_in (run, i - 1, ar_outlets_24))
    return TRUE;
  /* "10 أيام", "/10/ أيام": a time or a distance */
  if (after != NULL)
    {
      guint unit = is_char (run, i + 1, "/") && after->space_before == 0 ? i + 2 : i + 1;

      if (unit < run->n_tokens && (tok (run, unit)->flags & TOK_ARABIC) && _sitrep_suggest_tok_among (run, unit, ar_units))
        return TRUE;
    }
  /* "3 pm", "9 GMT" */
  if (after != NULL && (after->flags & TOK_WORD) && after->end - after->start <= 3 &&
      _sitrep_suggest_tok_among (run, i + 1, time_words))
    return TRUE;
  /* "October 14", "14 October"; "يوم 12 من شباط" (the 12th of February) */
  if (after != NULL && _sitrep_suggest_is_month (run, i + 1))
    return TRUE;
  if (after != NULL && (after->flags & TOK_ARABIC) && i + 2 < run->n_tokens && _sitrep_suggest_tok_is (run, i + 1, "من") &&
      _sitrep_suggest_is_month (run, i + 2))
    return TRUE;
  if (before == NULL || !(before->flags & TOK_WORD))
    return FALSE;
  /* "at age 34", "aged 34", "at the age of 34" */
  if (_sitrep_suggest_tok_among (run, i - 1, age_words) ||
      (i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "of") && _sitrep_suggest_tok_among (run, i - 2, age_words)))
    return TRUE;
  if (_sitrep_suggest_is_month (run, i - 1))
    return TRUE;
  return (before->flags & TOK_CAP) && is_name_number (run, i);
}

/* Whether token @j says one kind of harm and the next words the other, joined: "killed and wounded",
 * "killing and injuring", "شهيدا وجريحا", "مقتل وإصابة". */
static gboolean
both_kinds_at (SuggestRun *run,
               guint       j)
{
  gboolean found, other_found;
  SitrepSuggestKind kind, other;
  guint next = j + 1;

  const SuggestToken *t;
  char c;

  /* The joining word first, the cheaper question: "and", "or", a glued "و" */
  if (next + 1 >= run->n_tokens || tok (run, next)->sentence != tok (run, j)->sentence)
    return FALSE;
  t = tok (run, next);
  c = run->text[t->start] | 0x20;
  if (t->flags & TOK_ARABIC)
    {
      if (!_sitrep_suggest_has_prefix (run->text + t->start, "و"))
        return FALSE;
    }
  else if (t->end - t->start <= 3 && (c == 'a' || c == 'o') &&
           (_sitrep_suggest_tok_is (run, next, "and") || _sitrep_suggest_tok_is (run, next, "or")))
    next++;
  else
    return FALSE;
  kind = _sitrep_suggest_figure_kind_of (run, j, &found);
  if (!found || (kind != SITREP_SUGGEST_KILLED && kind != SITREP_SUGGEST_WOUNDED))
    return FALSE;
  other = _sitrep_suggest_figure_kind_of (run, next, &other_found);
  return other_found && other != kind && (other == SITREP_SUGGEST_KILLED || other == SITREP_SUGGEST_WOUNDED);
}

/* Whether the two words of harm at @j and @j + 1 are two figures' in Arabic, each with its count: the
 * first a count's noun, the second a verb before its own ("15 شهيدا وأصيب 63 شخصا"), or the first a verb whose
 * one person was proposed before it ("طفلا قُتِلَ وأصيب اثنان"); not "64 شهيدا
 * وجريحا" nor "مقتل وإصابة 43 شخصا". */
static gboolean
two_counts_at (SuggestRun *run,
               guint       j)
{
  SitrepSuggestion *before;

  if (j > 0 && (tok (run, j + 1)->flags & TOK_ARABIC) && _sitrep_suggest_is_number_anchor (run, j - 1) &&
      _sitrep_suggest_is_number_anchor (run, j + 2))
    return TRUE;
  /* "5 مدنيين قتلوا وجرح آخرون": the second word's own people, "others"; "3 مدنيين قتلوا وأصيب 4 آخرون": a
   * plural verb's subject stands before it, a singular verb after it has its own after it */
  if ((tok (run, j + 1)->flags & TOK_ARABIC) &&
      (_sitrep_suggest_figure_ar_others (run, j + 2) ||
       _sitrep_suggest_figure_ar_two_subjects (run, j)))
    return TRUE;
  /* "إن طفلا قُتِلَ وأصيب اثنان": the first word ends a figure of its own, one person named before it */
  before = _sitrep_suggest_figure_earlier (run, j, TRUE);
  return before != NULL && before->byte_end == tok (run, j)->end && (tok (run, j + 1)->flags & TOK_ARABIC);
}

/* How many words before and after a count "killed and wounded" may stand to make it a combined toll. */
#define BOTH_BEFORE 4
#define BOTH_AFTER 8

/* Whether the count @first … @num_end is a toll of the killed and the wounded together, with no
 * split ("killing and wounding dozens of civilians", "518 Iraqis were killed and injured", "64
 * شهيدا وجريحا", "مقتل وإصابة 43 شخصا"): not a figure of either kind (the gold's convention). */
gboolean
_sitrep_suggest_figure_both_kinds (SuggestRun *run,
                                   guint       first,
                                   guint       num_end)
{
  guint sentence = tok (run, first)->sentence;

  for (guint j = first; j > 0 && j + BOTH_BEFORE >= first; j--)
    {
      const SuggestToken *t = tok (run, j - 1);

      if (t->sentence != sentence || ((t->flags & TOK_PUNCT) && !(t->flags & TOK_HYPHEN)) || (t->flags & TOK_NUMBER))
        break;
      if (both_kinds_at (run, j - 1))
        return !two_counts_at (run, j - 1);
    }
  for (guint j = num_end + 1; j < run->n_tokens && j <= num_end + BOTH_AFTER; j++)
    {
      const SuggestToken *t = tok (run, j);

      if (t->sentence != sentence || ((t->flags & TOK_PUNCT) && !(t->flags & TOK_HYPHEN)) || (t->flags & TOK_NUMBER))
        break;
      if (both_kinds_at (run, j))
        return !two_counts_at (run, j);
    }
  return FALSE;
}
