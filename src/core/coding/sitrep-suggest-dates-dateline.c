/* sitrep-suggest-dates-dateline.c — a report's own date (its title's or its dateline's), the datelines among its dates,
 * the days things were said on, and the counts a date's words hold
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-dates-private.h"

/* The number of one to @max ASCII digits at @p (not glued to another digit
 * before it), its value in @value; 0 when none. */
static guint
digits_at (const char *p,
           const char *start,
           guint       max,
           int        *value)
{
  guint n = 0;

  if (p > start && g_ascii_isdigit (p[-1]))
    return 0;
  *value = 0;
  while (n <= max && g_ascii_isdigit (p[n]))
    *value = *value * 10 + (p[n++] - '0');
  return n <= max ? n : 0;
}

/* The first date in numbers with its year in @text (of @len bytes): "12.03.2017", "12-3-2017",
 * "14/3/2017", "3/14/2017" (month first only when the second number cannot be a month); a dateline's
 * or a release's line, read before the suggester's own reader of such dates runs. */
static gboolean
find_numeric_dated (const char      *text,
                    gsize            len,
                    SitrepDateMatch *m)
{
  for (gsize at = 0; at + 8 <= len; at++)
    {
      int a, b, y;
      guint na = g_ascii_isdigit (text[at]) ? digits_at (text + at, text, 2, &a) : 0, nb, ny;
      char sep;

      if (na == 0 || at + na + 6 > len)
        continue;
      sep = text[at + na];
      if ((sep != '.' && sep != '/' && sep != '-') ||
          (nb = digits_at (text + at + na + 1, text, 2, &b)) == 0 || at + na + nb + 6 > len ||
          text[at + na + 1 + nb] != sep ||
          (ny = digits_at (text + at + na + nb + 2, text, 4, &y)) != 4 ||
          (at + na + nb + 6 < len && g_ascii_isdigit (text[at + na + nb + 6])) || y < 1900 || y > 2100)
        continue;
      if (a <= 12 && b > 12)
        m->month = a, m->day = b;
      else
        m->month = b, m->day = a;
      if (m->month < 1 || m->month > 12 || !g_date_valid_dmy ((GDateDay) m->day, (GDateMonth) m->month, (GDateYear) y))
        continue;
      m->year = y;
      m->precision = SITREP_DATE_PRECISION_DAY;
      m->start = at;
      m->end = at + na + nb + 6;
      return TRUE;
    }
  return FALSE;
}

/* The first date with its year in @text (of @len bytes): to the day, or
 * also to the month unless @day_only; in words or in numbers. Its offsets are @text's. */
static gboolean
find_dated (const char      *text,
            gsize            len,
            gboolean         day_only,
            SitrepDateMatch *m)
{
  SitrepDateMatch numeric = { 0 };
  gboolean in_words = FALSE;
  gsize at = 0;

  while (at < len && sitrep_date_find (text + at, len - at, m))
    {
      m->start += at;
      m->end += at;
      if (m->year > 0 && (m->precision == SITREP_DATE_PRECISION_DAY ||
                          (!day_only && m->precision == SITREP_DATE_PRECISION_MONTH)))
        {
          in_words = TRUE;
          break;
        }
      if (m->end <= at)
        break;
      at = m->end;
    }
  if (find_numeric_dated (text, in_words ? m->start : len, &numeric))
    {
      *m = numeric;
      return TRUE;
    }
  return in_words;
}

/* Whether the words before byte @at of @text say a date is where something
 * began ("since March 2011", "منذ آذار 2011"), not when the report was. */
gboolean
_sitrep_suggest_date_is_a_start (const char *text,
                 gsize       at)
{
  static const char * const starts[] = { "since ", "Since ", "منذ ", "from ", "From ", NULL };

  for (guint k = 0; starts[k] != NULL; k++)
    {
      gsize n = strlen (starts[k]);

      if (at >= n && strncmp (text + at - n, starts[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Words that open a dateline without a mark between them and its date ("الموصل 12-3-2017 -") but
 * start a sentence's date ("On 12 March 2017 – the day …"). */
static const char * const sentence_openers[] = { "on", "in", "by", "since", "from", "until", "في", "منذ", "حتى", NULL };

/* Whether @line's bytes before @at are one to three words of a place, no mark, digit or sentence opener among them. */
static gboolean
place_words_before (const char *line,
                    gsize       at)
{
  guint words = 0;
  gsize k = strspn (line, " ");

  while (k < at)
    {
      gsize n = strcspn (line + k, " ");

      n = MIN (n, at - k);
      if (n > 0)
        {
          g_autofree char *word = g_ascii_strdown (line + k, (gssize) n);

          if (++words > 3 || g_strv_contains (sentence_openers, word))
            return FALSE;
          for (gsize c = 0; c < n; c++)
            if (g_ascii_isdigit (line[k + c]) || g_ascii_ispunct (line[k + c]))
              return FALSE;
        }
      k += n + 1;
    }
  return words > 0;
}

/* Whether the date at bytes @at … @end of the line @line (of @len bytes)
 * stands where a dateline's does: early in the line, after a place and a
 * comma ("BEIRUT, March 18, 2017"), an outlet's brackets ("(UNAMI) 3 May
 * 2016"), a dash ("دمشق - 12 آذار 2019", "KIRKUK, Iraq — March 12, 2017:") or a place
 * alone before a dash ("الموصل 12-3-2017 -"), or opening the line ("2017-03-12 —"), and before the
 * agency's brackets or a dash; not in a sentence (no full stop before it). */
static gboolean
dateline_shape (const char *line,
                gsize       len,
                gsize       at,
                gsize       end)
{
  const char *after;
  gboolean opens = at == strspn (line, " "), dash_before = FALSE;

  if (at > 48 || end > len || (!opens && (at < 3 || line[at - 1] != ' ')))
    return FALSE;
  if (!opens)
    {
      dash_before = line[at - 2] == '-' ||
                    (at >= 4 && (strncmp (line + at - 4, "–", 3) == 0 || strncmp (line + at - 4, "—", 3) == 0));
      /* "بغداد، 12 آذار 2017": the Arabic comma */
      if (line[at - 2] != ',' && line[at - 2] != ')' && !dash_before &&
          !(at >= 3 && strncmp (line + at - 3, "،", 2) == 0))
        if (!place_words_before (line, at - 1))
          return FALSE;
    }
  for (gsize k = 0; k + 1 < at; k++)
    if (line[k] == '.' && line[k + 1] == ' ')
      return FALSE;
  for (after = line + end; after < line + len && *after == ' '; after++)
    ;
  /* "(Baghdad, 12 March 2017) – …", "(بغداد، 12 آذار 2017) - …": place and date in brackets, then a dash */
  if (after < line + len && *after == ')' && line[strspn (line, " ")] == '(')
    for (after++; after < line + len && *after == ' '; after++)
      ;
  else if (after < line + len && *after == '(' && !opens)
    return TRUE;
  /* "KIRKUK, Iraq — March 12, 2017: Two soldiers …" */
  if (dash_before && after < line + len && *after == ':')
    return TRUE;
  return after < line + len &&
         (*after == '-' || _sitrep_suggest_has_prefix (after, "–") || _sitrep_suggest_has_prefix (after, "—"));
}

/* Words a release's or a page's own date may stand after on a line of its own
 * ("Published: 12 March 2017", "Posted on 3/14/2017", "الأحد 12 آذار 2017"). */
static const char * const date_line_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "published", "posted",
  "on", "date", "dated", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة",
  "السبت", "الأحد", "الاحد", "نشر", "بتاريخ", "تاريخ", "النشر", "في", NULL
};

/* Whether the line @line (of @len bytes) holds nothing but the date @m found in it: a weekday, "Published",
 * "Posted on" and marks before it at most, a time of day after it at most: a release's or a statement's own
 * date on a line of its own ("FOR IMMEDIATE RELEASE\nMarch 4, 2015\n", "Tuesday, 4 March 2015", "Sunday,
 * 12 March 2017 14:05 GMT", "الأحد 12 آذار 2017 - 14:05 بتوقيت غرينتش"). */
static gboolean
date_alone (const char            *line,
            gsize                  len,
            const SitrepDateMatch *m)
{
  gsize k = m->end, at = 0;

  while (k < len && strchr (" \t.,|-\r", line[k]) != NULL)
    k++;
  if (k < len && strncmp (line + k, "–", 3) == 0)
    k += 3;
  while (k < len && line[k] == ' ')
    k++;
  /* a time after it, and what a time takes ("GMT", "بتوقيت غرينتش"), no sentence */
  if (k < len)
    {
      if (!(g_ascii_isdigit (line[k]) && (line[k + 1] == ':' || (g_ascii_isdigit (line[k + 1]) && line[k + 2] == ':'))))
        return FALSE;
      for (gsize c = k; c + 1 < len; c++)
        if (line[c] == '.' && line[c + 1] == ' ')
          return FALSE;
    }
  while (at < m->start)
    {
      gsize n;

      while (at < m->start && strchr (" \t,:|", line[at]) != NULL)
        at++;
      if (at < m->start && strncmp (line + at, "،", 2) == 0)
        {
          at += 2;
          continue;
        }
      n = strcspn (line + at, " \t,:|");
      n = MIN (n, m->start - at);
      if (n > 0)
        {
          g_autofree char *word = g_ascii_strdown (line + at, (gssize) n);
          gsize w = strlen (word);

          /* "الأحد،": the Arabic comma glued to the word */
          if (w > 2 && strcmp (word + w - 2, "،") == 0)
            word[w - 2] = '\0';
          if (!g_strv_contains (date_line_words, word))
            return FALSE;
        }
      at += n;
    }
  return TRUE;
}

/* Whether line @line (of @len bytes, the @n-th of its report) opens with a dateline dated to the day: a
 * place and a comma, the date ("BEIRUT, March 18, 2017", "Diyala, 5 March 2020"), then the agency's
 * parenthesis or a dash; a later line only after short ones that hold no sentence ("FOR IMMEDIATE
 * RELEASE\n\nMOSUL, March 12, 2017 —"). A photo's caption, which is shaped so too ("Diyala, March 2020 –
 * security forces … – Photo by …"), is none, nor is a date the line has further in. */
static gboolean
dateline_line (const char      *text,
               gsize            len,
               SitrepDateMatch *m)
{
  g_autofree char *line = g_strndup (text, MIN (len, 240));
  g_autofree char *folded = g_utf8_strdown (line, -1);

  return strstr (folded, "photo") == NULL && find_dated (line, strlen (line), TRUE, m) &&
         dateline_shape (line, strlen (line), m->start, m->end);
}

/* Whether the first lines of @text date the report to the day: a dateline
 * (dateline_line ()), or a date alone on one of its first four lines, short ones. */
gboolean
_sitrep_suggest_dateline_date (const char      *text,
               SitrepDateMatch *m)
{
  gsize at = 0;
  gboolean short_before = TRUE;

  for (guint n = 0; n < 4 && text[at] != '\0'; n++)
    {
      gsize l = strcspn (text + at, "\n");

      if (l > 0 && short_before && dateline_line (text + at, l, m))
        return TRUE;
      if (l > 0 && l <= 96 && find_dated (text + at, l, TRUE, m) && date_alone (text + at, l, m))
        return TRUE;
      /* a dateline after short lines only: a release's heading, an outlet's name */
      short_before = short_before && l <= 60;
      at += l;
      at += strspn (text + at, "\n");
    }
  return FALSE;
}

/* Whether dateline date @m is a day or two before the run's publication day:
 * the day a wire wrote a report that was published after. */
gboolean
_sitrep_suggest_written_before_publication (SuggestRun            *run,
                                            const SitrepDateMatch *m)
{
  int y, mo, d;
  GDate pub, written;

  if (run->published == NULL || sscanf (run->published, "%4d-%2d-%2d", &y, &mo, &d) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y) ||
      !g_date_valid_dmy ((GDateDay) m->day, (GDateMonth) m->month, (GDateYear) m->year))
    return FALSE;
  g_date_clear (&pub, 1);
  g_date_clear (&written, 1);
  g_date_set_dmy (&pub, (GDateDay) d, (GDateMonth) mo, (GDateYear) y);
  g_date_set_dmy (&written, (GDateDay) m->day, (GDateMonth) m->month, (GDateYear) m->year);
  return g_date_days_between (&written, &pub) >= 1 && g_date_days_between (&written, &pub) <= 2;
}

/* Marks the run's dates (run->out[@from …), by their start) that are a
 * dateline's: the first date of its line, to the day, shaped as
 * dateline_shape () says. */
void
_sitrep_suggest_mark_datelines (SuggestRun *run,
                guint       from)
{
  gsize line_start = G_MAXSIZE;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      gsize ls = s->byte_start, le;

      if (s->kind != SITREP_SUGGEST_DATE)
        continue;
      while (ls > 0 && s->byte_start - ls <= 48 && run->text[ls - 1] != '\n')
        ls--;
      if (ls > 0 && run->text[ls - 1] != '\n')
        continue;
      /* the first date of its line only */
      if (ls == line_start)
        continue;
      line_start = ls;
      if (s->date_start == NULL || s->date_precision != SITREP_SPAN_PRECISION_DAY)
        continue;
      le = s->byte_end + strcspn (run->text + s->byte_end, "\n");
      s->dateline = dateline_shape (run->text + ls, le - ls, s->byte_start - ls, s->byte_end - ls);
    }
}

/* Verbs of speech before the day they were said ("said on May 6", "reported Monday"); Arabic with the
 * subject between them and the day ("وقال مصدر أمني أمس إن"). */
static const char * const speech_verbs[] = {
  "said", "says", "told", "reported", "announced", "stated", "added", "confirmed", "claimed", "declared",
  "revealed", "قال", "وقال", "قالت", "وقالت", "أعلن", "وأعلن", "أعلنت", "وأعلنت", "ذكر", "وذكر", "ذكرت",
  "وذكرت", "أفاد", "وأفاد", "أفادت", "وأفادت", "أكد", "وأكد", "أكدت", "وأكدت", "أوضح", "وأوضح", "أوضحت",
  "وأوضحت", "صرح", "وصرح", NULL
};
/* "that" after the day said: "said on Monday that …", "قال … أمس إن …" */
static const char * const that_words[] = { "that", "إن", "أن", "بأن", NULL };
/* Between a verb and its day: "said on Monday", "قال يوم الأحد". */
static const char * const day_openers[] = { "on", "late", "early", "يوم", "في", NULL };
static const char * const died_verbs[] = {
  "died", "succumbed", "توفي", "وتوفي", "توفيت", "وتوفيت", "توفيا", "توفوا", "وتوفوا", NULL
};
/* The wounds a man died of, after the day he died: "died on Sunday of wounds", "متأثرا بجروح". */
static const char * const wound_words[] = {
  "wounds", "injuries", "wound", "injury", "جروح", "بجروح", "جراحه", "بجراحه", "جراحهم", "بجراحهم", "متأثرا",
  "متأثرًا", "متأثرة", "متأثرين", "متأثرتين", "إصابته", "إصابتهم", "بإصابته", NULL
};

/* Whether the date over tokens @first … @last is the day something was said or a wounded man died. */
static gboolean
said_day (SuggestRun *run,
          guint       first,
          guint       last)
{
  guint sentence = tok (run, first)->sentence, v = first;

  while (v > 0 && first - v < 2 && (tok (run, v - 1)->flags & TOK_WORD) && tok (run, v - 1)->sentence == sentence &&
         _sitrep_suggest_tok_among (run, v - 1, day_openers))
    v--;
  /* a word before it (most dates follow a mark, a number or the sentence's start: one test) */
  if (v == 0 || !(tok (run, v - 1)->flags & TOK_WORD) || tok (run, v - 1)->sentence != sentence)
    return FALSE;
  if (_sitrep_suggest_tok_among (run, v - 1, speech_verbs))
    return TRUE;
  /* "وقال مصدر أمني أمس إن": a verb up to four words back, "that" after the day */
  if (last + 1 < run->n_tokens && tok (run, last + 1)->sentence == sentence && _sitrep_suggest_tok_among (run, last + 1, that_words))
    for (guint k = 2; k <= 5 && v >= k && tok (run, v - k)->sentence == sentence; k++)
      if (_sitrep_suggest_tok_among (run, v - k, speech_verbs))
        return TRUE;
  /* "died on Sunday of wounds", "توفي مقاتلان يوم الأحد متأثرين بجروح": the verb up to three words back */
  for (guint k = 1; k <= 3 && v >= k && tok (run, v - k)->sentence == sentence; k++)
    if (_sitrep_suggest_tok_among (run, v - k, died_verbs))
      {
        for (guint w = last + 1; w < run->n_tokens && w <= last + 4 && tok (run, w)->sentence == sentence; w++)
          if (_sitrep_suggest_tok_among (run, w, wound_words))
            return TRUE;
        break;
      }
  return FALSE;
}

/* Whether the bytes of @text before @at (a date's start) may be a verb said or died on it, before the tokens
 * are asked: an English date not right after one (past "on", "late", "early") is none; an Arabic one, or one
 * followed by "that", may be. One short test for most dates. */
static gboolean
may_be_said (const char *text,
             gsize       at,
             gsize       end)
{
  static const char * const openers[] = { "on", "late", "early", NULL };
  static const char * const verbs[] = {
    "said", "says", "told", "reported", "announced", "stated", "added", "confirmed", "claimed", "declared",
    "revealed", "died", "succumbed", NULL
  };
  gsize e = at, b;

  if (_sitrep_suggest_has_prefix (text + end, " that ") || (guchar) text[at] >= 0x80)
    return TRUE;
  for (guint step = 0; step < 2; step++)
    {
      gboolean opener = FALSE;

      while (e > 0 && text[e - 1] == ' ')
        e--;
      for (b = e; b > 0 && g_ascii_isalpha (text[b - 1]); b--)
        ;
      if (b == e)
        return e > 0 && (guchar) text[e - 1] >= 0x80;
      for (guint k = 0; verbs[k] != NULL; k++)
        if (e - b == strlen (verbs[k]) && strncmp (text + b, verbs[k], e - b) == 0)
          return TRUE;
      for (guint k = 0; openers[k] != NULL && step == 0; k++)
        opener |= e - b == strlen (openers[k]) && g_ascii_strncasecmp (text + b, openers[k], e - b) == 0;
      if (!opener)
        return FALSE;
      e = b;
    }
  return FALSE;
}

/* The start of the first date of run->out[@from … @to) (sorted by start) that starts after @s. */
static gsize
next_start (SuggestOut             *out,
            guint                  *at,
            guint                   to,
            const SitrepSuggestion *s)
{
  while (*at < to && ((const SitrepSuggestion *) out->pdata[*at])->byte_start <= s->byte_start)
    (*at)++;
  return *at < to ? ((const SitrepSuggestion *) out->pdata[*at])->byte_start : G_MAXSIZE;
}

void
_sitrep_suggest_mark_said_days (SuggestRun *run,
                                guint       before,
                                guint       numbered)
{
  guint in_numbered = before, in_relative = numbered;

  for (guint k = before; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      guint first, last;
      gsize next;

      /* each run walks both from their starts */
      if (k == numbered)
        in_numbered = before, in_relative = numbered;
      if (s->kind != SITREP_SUGGEST_DATE || s->dateline || s->date_start == NULL)
        continue;
      /* only a date with another after it in its sentence (near: a sentence is seldom longer) can give way
       * to it: the dates written with numbers and the relative ones are two runs, each by its start */
      next = MIN (next_start (run->out, &in_numbered, numbered, s), next_start (run->out, &in_relative, run->out->len, s));
      if (next == G_MAXSIZE || next - s->byte_end > 400 || !may_be_said (run->text, s->byte_start, s->byte_end))
        continue;
      first = _sitrep_suggest_token_from (run, s->byte_start);
      for (last = first; last + 1 < run->n_tokens && tok (run, last + 1)->start < s->byte_end; last++)
        ;
      if (first < run->n_tokens)
        s->said_day = said_day (run, first, last);
    }
}

/* A count inside a date's words is its day, no casualty figure: "قتل 5 مدنيين في 20 من الشهر الماضي",
 * "Clashes between 3 and 5 May killed 14 fighters" (the figures' pass, before the dates', read "20" and
 * "between 3 and 5" as counts). The figures run->out holds right before @before (the figures' pass adds
 * them together) inside a date of run->out[@before … @numbered) or [@numbered …) (each run by its start)
 * are dropped (their memory is the run's arena). */
static gboolean
inside_date (SuggestOut             *out,
             guint                   from,
             guint                   to,
             const SitrepSuggestion *s)
{
  guint lo = from, hi = to;

  /* the last date starting at or before the figure */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (((const SitrepSuggestion *) out->pdata[mid])->byte_start <= s->byte_start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > from && s->byte_end <= ((const SitrepSuggestion *) out->pdata[lo - 1])->byte_end;
}

void
_sitrep_suggest_drop_counts_in_dates (SuggestRun *run,
                                      guint       before,
                                      guint       numbered)
{
  SuggestOut *out = run->out;
  guint figures = before, n_kept;

  if (out->len == before)
    return;
  while (figures > 0 && sitrep_suggest_kind_is_figure (((const SitrepSuggestion *) out->pdata[figures - 1])->kind))
    figures--;
  n_kept = figures;
  for (guint k = figures; k < out->len; k++)
    {
      SitrepSuggestion *s = out->pdata[k];

      if (k < before && (inside_date (out, before, numbered, s) || inside_date (out, numbered, out->len, s)))
        continue;
      out->pdata[n_kept++] = s;
    }
  _sitrep_suggest_out_truncate (out, n_kept);
}

/* The date a report without a publication date gives itself: its title's
 * ("CI686 May 4, 2017", "… in March 2020"), or else its dateline's. A
 * year-less date of its text takes its year from it, as a coder reading the
 * record would; the publication date stays unknown. */
void
_sitrep_suggest_find_own_date (SuggestRun *run)
{
  SitrepDateMatch m = { 0 };

  run->own_from = NULL;
  if (run->published != NULL && run->precision != SITREP_DATE_PRECISION_UNKNOWN)
    return;
  if (run->title != NULL && find_dated (run->title, strlen (run->title), FALSE, &m) &&
      !_sitrep_suggest_date_is_a_start (run->title, m.start))
    run->own_from = "title";
  else if (_sitrep_suggest_dateline_date (run->text, &m))
    run->own_from = "dateline";
  else
    return;
  run->own_year = m.year;
  run->own_month = m.month;
  run->own_day = m.precision == SITREP_DATE_PRECISION_DAY ? m.day : 0;
}
