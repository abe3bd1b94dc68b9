/* sitrep-suggest-figures-toll.c — whether a casualty figure is a cumulative statistic ("since", "so far",
 * the war's toll) or one incident's
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"

/* A running toll of one operation ("so far" in a sentence naming it) is
 * that operation's, not a cumulative statistic. */
static const char * const operation_words[] = {
  "operation", "offensive", "campaign", "battle", "assault", "today", NULL
};

static const char * const war_words[] = {
  "war", "conflict", NULL
};

static const char * const cumulative_cues[] = {
  "since", "total", "toll", "so", "overall", "cumulative", "altogether", NULL
};

/* Every English word is_cumulative () asks about at the token it walks
 * (operation_words, war_words, cumulative_cues, "has", "have"): any other
 * word of the sentence is passed over with one AND. */
static const char * const cumulative_walk_words[] = {
  "operation", "offensive", "campaign", "battle", "assault", "today", "war", "conflict",
  "since", "total", "toll", "so", "overall", "cumulative", "altogether", "has", "have",
  "separate", "different", "various", "multiple", "several", "all", "across", "past", "attacks", "airstrikes",
  "strikes", "raids", "bombings", "explosions", "blasts", "incidents", "year", "month", "violence",
  "attack", "bombing", "blast", "explosion", "airstrike", "strike", "ambush", "raid", "massacre", "bombs", "same",
  "ramadan", "villages", "towns", "cities", "provinces", "neighborhoods", "neighbourhoods", "districts",
  "governorates", "last", "period", "operations", NULL
};

/* Several incidents, each with its own dead, named by the sentence of a
 * figure: it totals them ("in separate attacks", "in different areas of",
 * "in two airstrikes", "In all, 137 …", "across Iraq", "over the past week"). */
static const char * const incident_nouns[] = {
  "attacks", "airstrikes", "strikes", "raids", "bombings", "explosions", "blasts", "incidents", NULL
};
/* … and those that are several incidents when counted or told before ("95 attacks", "These operations"). */
static const char * const counted_incident_nouns[] = {
  "attacks", "bombings", "explosions", "blasts", "incidents", "operations", NULL
};
static const char * const place_nouns[] = {
  "areas", "parts", "places", "locations", "regions", "provinces", "cities", "towns", "villages",
  "attacks", "incidents", "operations", "districts", "neighborhoods", "neighbourhoods", "governorates", NULL
};
/* "across northern and central Iraq" */
static const char * const compass_words[] = {
  "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
  "southwestern", NULL
};
static const char * const period_nouns[] = {
  "week", "weeks", "month", "months", "days", "hours", "years", "24", "48", NULL
};

static gboolean
several_incidents (SuggestRun *run,
                   guint       j)
{
  /* "hit two villages", "the villages of Dama and Ereiqa" */
  if (_sitrep_suggest_figure_several_places (run, j))
    return TRUE;
  /* "in separate attacks", not "in a separate attack" (one other incident) */
  if (_sitrep_suggest_tok_is (run, j, "separate"))
    return !(j > 0 && (_sitrep_suggest_tok_is (run, j - 1, "a") || _sitrep_suggest_tok_is (run, j - 1, "another")));
  /* "in the same areas": the places of the figures told before */
  if (_sitrep_suggest_tok_is (run, j, "same"))
    return j > 0 && _sitrep_suggest_tok_is (run, j - 1, "the") && _sitrep_suggest_tok_among (run, j + 1, place_nouns) &&
           !_sitrep_suggest_tok_is (run, j + 1, "attacks") && !_sitrep_suggest_tok_is (run, j + 1, "incidents");
  if (_sitrep_suggest_tok_is (run, j, "different") || _sitrep_suggest_tok_is (run, j, "various") ||
      _sitrep_suggest_tok_is (run, j, "multiple") || _sitrep_suggest_tok_is (run, j, "several"))
    return _sitrep_suggest_tok_among (run, j + 1, place_nouns);
  /* "In all, 137 people …" */
  if (_sitrep_suggest_tok_is (run, j, "all"))
    return j > 0 && _sitrep_suggest_tok_is (run, j - 1, "in") && j + 1 < run->n_tokens &&
           (tok (run, j + 1)->flags & TOK_PUNCT) && run->text[tok (run, j + 1)->start] == ',';
  /* "across Iraq", "across the country" */
  if (_sitrep_suggest_tok_is (run, j, "across"))
    return j + 1 < run->n_tokens && (((tok (run, j + 1)->flags & TOK_CAP) && (tok (run, j + 1)->flags & TOK_WORD)) ||
                                     _sitrep_suggest_tok_among (run, j + 1, compass_words) ||
                                     (_sitrep_suggest_tok_is (run, j + 1, "the") && _sitrep_suggest_tok_is (run, j + 2, "country")));
  /* "over the past week", "in the last three days", "Within the last 30 days", "in the past six months"; not
   * "this past week" (a time of the verb it goes with) */
  if (_sitrep_suggest_tok_is (run, j, "past") || _sitrep_suggest_tok_is (run, j, "last"))
    {
      guint k = j + 1;

      if (!(j > 0 && _sitrep_suggest_tok_is (run, j - 1, "the")))
        return FALSE;
      if (k < run->n_tokens && _sitrep_suggest_is_number_anchor (run, k) && !_sitrep_suggest_tok_among (run, k, period_nouns))
        k = _sitrep_suggest_figure_number_end (run, k) + 1;
      return _sitrep_suggest_tok_among (run, k, period_nouns);
    }
  /* "During the reporting period", a report's whole period */
  if (_sitrep_suggest_tok_is (run, j, "period"))
    return j > 0 && _sitrep_suggest_tok_is (run, j - 1, "reporting");
  /* "These operations left 62 fatalities", "95 attacks left 29 combatants … dead": several told before, or counted
   * (not air strikes or raids, told in the plural for one incident: "16 airstrikes killed 20 people in the town";
   * not "the 3 attacks", some told before) */
  if (_sitrep_suggest_tok_in (run, j, counted_incident_nouns) && j >= 1 &&
      (_sitrep_suggest_tok_is (run, j - 1, "these") ||
       ((tok (run, j - 1)->flags & TOK_NUMBER) && !_sitrep_suggest_tok_is (run, j - 1, "1") &&
        !(j >= 2 && _sitrep_suggest_tok_is (run, j - 2, "the")))))
    return TRUE;
  /* "in two airstrikes", "in several attacks" (not "in one of the attacks") */
  if (_sitrep_suggest_tok_among (run, j, incident_nouns) && j >= 2 && _sitrep_suggest_tok_is (run, j - 2, "in"))
    return (_sitrep_suggest_is_number_anchor (run, j - 1) && !_sitrep_suggest_tok_is (run, j - 1, "one")) ||
           (_sitrep_suggest_tok_is (run, j - 1, "separate") && !_sitrep_suggest_tok_is (run, j - 2, "a"));
  return FALSE;
}

/* A whole period named by the sentence of a figure: a tally over it ("killing
 * 329 people, in 2021", "In 2020, … 269 deaths", "were killed in Iraq this
 * year", "throughout the month of September") unless the sentence names one
 * incident ("in a bombing in 2019"); or the day's violence across a country
 * ("were killed in new violence"). */
static const char * const period_preps[] = {
  "in", "during", "throughout", "في", "خلال", "عام", "طيلة", "طوال", NULL
};
/* Arabic words after a month or a year that make it a whole one ("في أغسطس المنصرم", "خلال الشهر الماضي"),
 * and the adjectives of a monthly or yearly tally ("في تقريرها الشهري"). */
static const char * const ar_past_words[] = {
  "الماضي", "المنصرم", "الفائت", "الماضية", "المنصرمة", "الفائتة", NULL
};
static const char * const ar_period_nouns[] = {
  "الشهر", "العام", "السنة", "شهر", NULL
};
static const char * const ar_all_over[] = {
  "أنحاء", "انحاء", NULL
};
/* Words before a month that make it a part of one, a day of which may be an incident's: "أواخر نيسان الماضي". */
static const char * const ar_month_parts[] = { "أواخر", "اواخر", "أوائل", "اوائل", "منتصف", "مطلع", "بداية", "نهاية", NULL };
static const char * const ar_tally_adjectives[] = {
  "الشهري", "السنوي", "الشهرية", "السنوية", NULL
};
/* One incident named in the sentence: the period is when it was ("the
 * deadliest attack this month"). */
static const char * const one_incident_nouns[] = {
  "attack", "bombing", "blast", "explosion", "airstrike", "strike", "ambush", "raid", "massacre", NULL
};
static const char * const violence_words[] = {
  "new", "recent", "fresh", "other", "renewed", "continuing", "ongoing", "separate", "sectarian", NULL
};

/* Several incidents told in the plural as the cause of a figure: bombs
 * the sentence opens with ("Car bombs ripped through … in and around the
 * capital on Sunday, killing at least 12", "Two other car bombs hit Basra
 * and Nasiriyah, killing eight"), each a blast of its own; or attacks the
 * people counted died in, in the figure's clause ("were killed in sporadic
 * attacks on …", "Of the 75 deaths in the attacks …"), unless the sentence
 * names the one day they were on ("killed and wounded today … in multiple
 * bombings", "wounded on Thursday in attacks by a suicide bomber and a
 * roadside bomb": coordinated attacks, one incident to a coder). Not "in
 * one of the bombings"; not air strikes, shelling or raids, told in the
 * plural for one incident; not bombs other than car bombs ("when bombs
 * planted around their home exploded": one home); not attacks as the
 * subject ("Syrian government attacks on the Idlib region … killed seven
 * civilians … on Thursday"). */
static const char * const plural_incident_nouns[] = {
  "attacks", "bombings", "explosions", "blasts", "bombs", NULL
};
static const char * const one_day_words[] = {
  "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", NULL
};
/* How many tokens a sentence may have before its plural subject ("BAGHDAD — Two other car bombs"). */
#define SUBJECT_WITHIN 6
/* How far after the figure's words "in … attacks" may stand. */
#define CAUSE_AFTER 20

static gboolean
in_plural_attacks (SuggestRun *run,
                   guint       j,
                   guint       last)
{
  guint sentence = tok (run, j)->sentence;

  /* "in attacks", "in the attacks", "in sporadic attacks", with no other clause between */
  if (j > last + CAUSE_AFTER || !(_sitrep_suggest_tok_is (run, j - 1, "in") || _sitrep_suggest_tok_is (run, j - 2, "in")))
    return FALSE;
  for (guint k = last + 1; k < j; k++)
    {
      if (((tok (run, k)->flags & TOK_PUNCT) && strchr (",;:", run->text[tok (run, k)->start]) != NULL) ||
          _sitrep_suggest_is_number_anchor (run, k) || _sitrep_suggest_tok_among (run, k, one_incident_nouns))
        return FALSE;
    }
  for (guint k = j; k > 0 && tok (run, k - 1)->sentence == sentence; k--)
    {
      if (_sitrep_suggest_tok_among (run, k - 1, one_day_words))
        return FALSE;
    }
  for (guint k = j + 1; k < run->n_tokens && tok (run, k)->sentence == sentence; k++)
    {
      if (_sitrep_suggest_tok_among (run, k, one_day_words))
        return FALSE;
    }
  return TRUE;
}

static gboolean
plural_incidents (SuggestRun *run,
                  guint       j,
                  guint       first,
                  guint       last)
{
  guint sentence = tok (run, j)->sentence;

  if (!_sitrep_suggest_tok_among (run, j, plural_incident_nouns) ||
      (_sitrep_suggest_tok_is (run, j, "bombs") && !(j > 0 && _sitrep_suggest_tok_is (run, j - 1, "car"))) ||
      (j > 0 && _sitrep_suggest_tok_is (run, j - 1, "of")) || (j > 1 && _sitrep_suggest_tok_is (run, j - 2, "of")))
    return FALSE;
  if (j > last)
    return in_plural_attacks (run, j, last);
  if (j >= first || _sitrep_suggest_tok_is (run, j, "attacks"))
    return FALSE;
  /* The subject: a few words from the sentence's start, with no single incident told between it and the figure */
  for (guint k = j; k > 0 && tok (run, k - 1)->sentence == sentence; k--)
    {
      if (j - k + 1 >= SUBJECT_WITHIN)
        return FALSE;
    }
  for (guint k = j + 1; k < first; k++)
    {
      if (_sitrep_suggest_tok_among (run, k, one_incident_nouns) || _sitrep_suggest_tok_is (run, k, "bomber"))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_year (SuggestRun *run,
         guint       j)
{
  const SuggestToken *t = tok (run, j);
  guint64 v;

  if (!(t->flags & TOK_NUMBER) || (t->flags & TOK_ARABIC) || t->end - t->start != 4)
    return FALSE;
  v = g_ascii_strtoull (run->text + t->start, NULL, 10);
  return v >= 1900 && v <= 2099;
}

static gboolean is_possessive (SuggestRun *run, guint j);

static gboolean
is_violence (SuggestRun *run,
             guint       j)
{
  /* "in violence", "in new violence" */
  return _sitrep_suggest_tok_is (run, j, "violence") && j > 1 &&
         (_sitrep_suggest_tok_is (run, j - 1, "in") ||
          (_sitrep_suggest_tok_is (run, j - 2, "in") && _sitrep_suggest_tok_among (run, j - 1, violence_words)));
}

static gboolean
whole_period (SuggestRun *run,
              guint       j)
{
  /* "in 2021", "During 2020": not "in March 2021" (a month's year), not "2021's" */
  if (tok (run, j)->flags & TOK_NUMBER)
    return j > 0 && is_year (run, j) && _sitrep_suggest_tok_among (run, j - 1, period_preps) && !is_possessive (run, j + 1);
  /* "this year", "this month", not "earlier this year" (one day of it) */
  if (_sitrep_suggest_tok_is (run, j, "year") || _sitrep_suggest_tok_is (run, j, "month"))
    {
      /* not a day of it: "on the 5th of this month" */
      if (j > 0 && _sitrep_suggest_tok_is (run, j - 1, "this"))
        return !(j > 1 && (_sitrep_suggest_tok_is (run, j - 2, "earlier") || _sitrep_suggest_tok_is (run, j - 2, "later") ||
                           _sitrep_suggest_tok_is (run, j - 2, "early") || _sitrep_suggest_tok_is (run, j - 2, "late"))) &&
               !(j > 2 && _sitrep_suggest_tok_is (run, j - 2, "of") &&
                 ((tok (run, j - 3)->flags & TOK_NUMBER) || _sitrep_suggest_tok_is (run, j - 3, "th") ||
                  _sitrep_suggest_tok_is (run, j - 3, "st") || _sitrep_suggest_tok_is (run, j - 3, "nd") ||
                  _sitrep_suggest_tok_is (run, j - 3, "rd")));
      /* "the month of July" */
      return _sitrep_suggest_tok_is (run, j, "month") && _sitrep_suggest_tok_is (run, j + 1, "of") &&
             j + 2 < run->n_tokens && _sitrep_suggest_is_month (run, j + 2);
    }
  return FALSE;
}

/* Arabic token @j makes a month or a year a whole period: "في أغسطس المنصرم" (not "في 5 أغسطس الماضي", a
 * day), "خلال الشهر الماضي", "في تقريرها الشهري". */
static gboolean
ar_whole_period (SuggestRun *run,
                 guint       j)
{
  if (_sitrep_suggest_tok_among (run, j, ar_tally_adjectives))
    return TRUE;
  if (j < 1 || !_sitrep_suggest_tok_among (run, j, ar_past_words))
    return FALSE;
  /* a day of it, or a part of it: "في 20 من الشهر الماضي", "الثامن من آذار الماضي", "أواخر نيسان الماضي" */
  if (j >= 2 && ((tok (run, j - 2)->flags & TOK_NUMBER) || _sitrep_suggest_tok_is (run, j - 2, "من") ||
                 _sitrep_suggest_tok_among (run, j - 2, ar_month_parts)))
    return FALSE;
  if (_sitrep_suggest_tok_among (run, j - 1, ar_period_nouns))
    return TRUE;
  return _sitrep_suggest_is_month (run, j - 1);
}

/* A month named as a whole after "in", "during" or "throughout", with no day: "in July 2018", "during
 * Ramadan", "in May"; not "in May 12" nor "on 12 May"; "in" of the verb or a place ("were killed in
 * Iraq in July 2018"), not of another noun ("following a village uprising in October 2016": when it was). */
static gboolean
whole_month (SuggestRun *run,
             guint       j)
{
  const SuggestToken *next;

  if (j < 1 || !(tok (run, j)->flags & TOK_CAP) || !_sitrep_suggest_tok_among (run, j - 1, period_preps) ||
      !(_sitrep_suggest_is_month (run, j) || _sitrep_suggest_tok_is (run, j, "ramadan")))
    return FALSE;
  if (j >= 2 && _sitrep_suggest_tok_is (run, j - 1, "in") && (tok (run, j - 2)->flags & TOK_WORD) && !(tok (run, j - 2)->flags & TOK_CAP) &&
      !_sitrep_suggest_figure_is_kind_word (run, j - 2) && !_sitrep_suggest_tok_in (run, j - 2, _sitrep_suggest_figure_victim_nouns))
    return FALSE;
  if (j + 1 >= run->n_tokens)
    return TRUE;
  next = tok (run, j + 1);
  return !(next->flags & TOK_NUMBER) || is_year (run, j + 1);
}

/* Words after which "since" compares ("the largest single attack since the invasion"), not counts from. */
static const char * const superlative_words[] = {
  "largest", "biggest", "deadliest", "worst", "bloodiest", "highest", "heaviest", "most", "first", NULL
};

static gboolean
compares_since (SuggestRun *run,
                guint       j)
{
  for (guint k = 1; k <= 4 && j >= k && tok (run, j - k)->sentence == tok (run, j)->sentence; k++)
    {
      if (_sitrep_suggest_tok_among (run, j - k, superlative_words))
        return TRUE;
    }
  return FALSE;
}

/* The incidents a figure in the present perfect may have been one of: "have been killed in an airstrike",
 * "in Russian airstrikes on the town" are one incident's dead, not a tally. */
static const char * const perfect_incident_nouns[] = {
  "attack", "bombing", "blast", "explosion", "airstrike", "strike", "ambush", "raid", "massacre", "airstrikes",
  "strikes", "raids", "shelling", "bombardment", "bombings", "explosions", "blasts", "clashes", NULL
};

/* Whether the figure @first … @last is told in the present perfect, as a tally up to now is: "at least
 * eight civilians have been killed in Idlib", "have killed at least 75 civilians"; not in a sentence naming
 * the incident they died in (nor an operation, _sitrep_suggest_figure_is_cumulative ()). */
static gboolean
perfect_tally (SuggestRun *run,
               guint       first,
               guint       last)
{
  guint sentence = tok (run, first)->sentence;
  gboolean perfect = FALSE;

  /* "have killed at least 75": the verb right before the figure (not of arrests: "has detained 30 young
   * people in the villages of …" is one raid's) */
  /* (not "claimed to have executed 1,700 troops") */
  if (first >= 2 && (_sitrep_suggest_tok_is (run, first - 2, "have") || _sitrep_suggest_tok_is (run, first - 2, "has")) &&
      !(first >= 3 && _sitrep_suggest_tok_is (run, first - 3, "to")))
    {
      gboolean found;
      SitrepSuggestKind kind = _sitrep_suggest_figure_kind_of (run, first - 1, &found);

      perfect = found && (kind == SITREP_SUGGEST_KILLED || kind == SITREP_SUGGEST_WOUNDED);
    }
  /* "… civilians have been killed", "who have died": a few words after the people, in their clause */
  for (guint j = last + 1; !perfect && j < run->n_tokens && j <= last + 6 && tok (run, j)->sentence == sentence; j++)
    {
      guint v = j + 1;

      if ((tok (run, j)->flags & TOK_PUNCT) || _sitrep_suggest_is_number_anchor (run, j) ||
          _sitrep_suggest_figure_is_kind_word (run, j))
        break;
      /* not "believed to have been executed" */
      if ((!_sitrep_suggest_tok_is (run, j, "have") && !_sitrep_suggest_tok_is (run, j, "has")) || _sitrep_suggest_tok_is (run, j - 1, "to"))
        continue;
      if (_sitrep_suggest_tok_is (run, v, "been"))
        v++;
      perfect = _sitrep_suggest_figure_is_kind_word (run, v);
      break;
    }
  if (!perfect)
    return FALSE;
  for (guint j = first; j > 0 && tok (run, j - 1)->sentence == sentence; j--)
    {
      if (_sitrep_suggest_tok_among (run, j - 1, perfect_incident_nouns))
        return FALSE;
    }
  for (guint j = last + 1; j < run->n_tokens && tok (run, j)->sentence == sentence; j++)
    {
      if (_sitrep_suggest_tok_among (run, j, perfect_incident_nouns))
        return FALSE;
    }
  return TRUE;
}

/* Whether token @j is "the war", "the conflict", "civil war" (its noun). */
static gboolean
is_the_war (SuggestRun *run,
            guint       j)
{
  return j > 0 && _sitrep_suggest_tok_among (run, j, war_words) &&
         (_sitrep_suggest_tok_is (run, j - 1, "the") || _sitrep_suggest_tok_is (run, j - 1, "civil"));
}

/* Whether token @j is an apostrophe right after the word before ("war's"). */
static gboolean
is_possessive (SuggestRun *run,
               guint       j)
{
  return j < run->tokens->len && tok (run, j)->space_before == 0 &&
         (run->text[tok (run, j)->start] == '\'' || _sitrep_suggest_has_prefix (run->text + tok (run, j)->start, "’"));
}

/* Whether token @j starts a sentence glued to the number before it, as a
 * headline's or a caption's end loses its line break in a capture: "…
 * since the conflict began in March 2011At least 14 people were killed". */
static gboolean
glued_start (SuggestRun *run,
             guint       j)
{
  const SuggestToken *t = tok (run, j);

  return j > 0 && t->space_before == 0 && (t->flags & TOK_CAP) && (t->flags & TOK_WORD) &&
         !(t->flags & (TOK_NUMBER | TOK_ARABIC)) && (tok (run, j - 1)->flags & TOK_NUMBER);
}

/* Whether the figure @first … @last is a cumulative statistic, from the
 * words of its sentence, read in one walk: "since", "so far", "as of" a date, "total"
 * (not "a total of"), "منذ", "حتى الآن"; the war's toll ("the war in Syria
 * has left more than 387,000 dead", "500,000 people have been killed in
 * the conflict": "has"/"have" between "the war" and the figure); but "so
 * far" in a sentence naming an operation is that operation's toll; a total
 * of several incidents (several_incidents ()). */
gboolean
_sitrep_suggest_figure_is_cumulative (SuggestRun *run,
                                      guint       first,
                                      guint       last)
{
  guint n = run->tokens->len;
  guint sentence = tok (run, first)->sentence;
  guint j = first;
  gboolean so_far = FALSE, operation = FALSE, war = FALSE, perfect = FALSE, period = FALSE, one_incident = FALSE;

  while (j > 0 && tok (run, j - 1)->sentence == sentence && !glued_start (run, j))
    j--;
  for (; j < n && tok (run, j)->sentence == sentence; j++)
    {
      if (j > last && glued_start (run, j))
        break;
      if (tok (run, j)->flags & TOK_ARABIC)
        {
          /* not "منذ 3 أيام" (three days ago), "منذ يوم الخميس": one incident's date */
          if (((_sitrep_suggest_tok_is (run, j, "منذ") || _sitrep_suggest_tok_is (run, j, "ومنذ")) &&
               !_sitrep_suggest_figure_ar_since_recent (run, j)) ||
              (_sitrep_suggest_tok_is (run, j, "حتى") && _sitrep_suggest_tok_is (run, j + 1, "الآن")))
            return TRUE;
          /* "في مختلف أنحاء سوريا": all over a country, several places; after the figure, where its people
           * died: "… في ريفي إدلب", "… بلدات تل رفعت واعزاز" (before it, the parts told after them may be
           * one town's each) */
          if (_sitrep_suggest_tok_among (run, j, ar_all_over) || (j > last && _sitrep_suggest_figure_ar_several_places (run, j)))
            return TRUE;
          period = period || ((j < first || j > last) && ar_whole_period (run, j));
          continue;
        }
      if ((tok (run, j)->flags & TOK_NUMBER) && (j < first || j > last) && whole_period (run, j))
        period = TRUE;
      /* after the figure ("In March 2021, gunmen killed 12 people in the village" is when one incident was) */
      if ((tok (run, j)->flags & TOK_CAP) && j > last && whole_month (run, j))
        period = TRUE;
      /* "As of 13 October, at least 53 people … have been killed": a tally up to a date */
      if (j < first && _sitrep_suggest_tok_is (run, j, "as") && _sitrep_suggest_tok_is (run, j + 1, "of") && j + 2 < n &&
          ((tok (run, j + 2)->flags & TOK_NUMBER) || _sitrep_suggest_is_month (run, j + 2)))
        return TRUE;
      if (!(tok (run, j)->flags & TOK_WORD) || !_sitrep_suggest_tok_in (run, j, cumulative_walk_words))
        continue;
      if (several_incidents (run, j) || is_violence (run, j) || plural_incidents (run, j, first, last))
        return TRUE;
      period = period || whole_period (run, j);
      one_incident = one_incident || _sitrep_suggest_tok_among (run, j, one_incident_nouns);
      if (_sitrep_suggest_tok_among (run, j, operation_words))
        operation = TRUE;
      if (j < first)
        {
          if (_sitrep_suggest_tok_is (run, j, "so") && _sitrep_suggest_tok_is (run, j + 1, "far"))
            so_far = TRUE;
          else if ((_sitrep_suggest_tok_is (run, j, "since") && !compares_since (run, j)) ||
                   (_sitrep_suggest_tok_is (run, j, "total") && !(j > 0 && _sitrep_suggest_tok_is (run, j - 1, "a")) &&
                    !_sitrep_suggest_tok_is (run, j + 1, "of")))
            return TRUE;
          else if (is_the_war (run, j))
            war = TRUE;
          else if (war && (_sitrep_suggest_tok_is (run, j, "has") || _sitrep_suggest_tok_is (run, j, "have")))
            return TRUE;
        }
      else if (j > last)
        {
          if (_sitrep_suggest_tok_is (run, j, "has") || _sitrep_suggest_tok_is (run, j, "have"))
            perfect = TRUE;
          else if (perfect && is_the_war (run, j) && !is_possessive (run, j + 1))
            return TRUE;
          if (!_sitrep_suggest_tok_in (run, j, cumulative_cues) || _sitrep_suggest_tok_is (run, j, "toll") ||
              _sitrep_suggest_tok_is (run, j, "total"))
            continue;
          if (_sitrep_suggest_tok_is (run, j, "so"))
            {
              so_far = so_far || _sitrep_suggest_tok_is (run, j + 1, "far");
              continue;
            }
          /* "since the start of the operation" is one operation's toll. */
          if (_sitrep_suggest_tok_is (run, j, "since") && compares_since (run, j))
            continue;
          if (_sitrep_suggest_tok_is (run, j, "since") &&
              (_sitrep_suggest_tok_is (run, j + 2, "start") || _sitrep_suggest_tok_is (run, j + 2, "beginning")) &&
              _sitrep_suggest_tok_is (run, j + 4, "the") && j + 5 < n && !(tok (run, j + 5)->flags & TOK_NUMBER) &&
              !_sitrep_suggest_tok_is (run, j + 5, "war") && !_sitrep_suggest_tok_is (run, j + 5, "conflict"))
            continue;
          return TRUE;
        }
    }
  /* "has so far lost at least 80 militiamen …, following the … operation" */
  return (so_far && !operation) || (period && !one_incident) || (perfect_tally (run, first, last) && !operation);
}

/* A roundup's lead total: a figure the report then tells incident by
 * incident, at places that differ ("At least 23 Iraqis were killed and 39
 * more were wounded …", then "In Amiriyat al-Falluja, a bomb killed a girl
 * …", "In Baghdad, gunmen killed two policemen …"), sums incidents at
 * several places: not one incident (../shared/gold/README.md, the
 * convention of session 28). Blasts at one place told one by one (two
 * squares of one city: the gazetteer places both at the city) stay one
 * incident's. */

/* Places nearer than this are one place. */
#define ROUNDUP_SAME_KM 5.0
/* How many paragraphs after a lead total its first incident may be told. */
#define ROUNDUP_PARAGRAPHS 2
/* How many figures after a lead total are read for its incidents. */
#define ROUNDUP_FIGURES 64

static gboolean
is_figure (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_KILLED || s->kind == SITREP_SUGGEST_WOUNDED ||
         s->kind == SITREP_SUGGEST_CAPTURED || s->kind == SITREP_SUGGEST_MISSING;
}

/* Words after a town's name that make it its province's: "areas in Idlib province". */
static const char * const region_after[] = {
  "province", "governorate", "countryside", "region", "provinces", "governorates", NULL
};

static gboolean
is_town (SuggestRun             *run,
         const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_PLACE && s->scope == SITREP_PLACE_SCOPE_PLACE && !isnan (s->latitude) &&
         !_sitrep_suggest_tok_among (run, _sitrep_suggest_token_holding (run, s->byte_end - 1) + 1, region_after);
}

static double
km_between (const SitrepSuggestion *a,
            const SitrepSuggestion *b)
{
  double dlat = (b->latitude - a->latitude) * G_PI / 180.0, dlon = (b->longitude - a->longitude) * G_PI / 180.0;
  double h = sin (dlat / 2) * sin (dlat / 2) +
             cos (a->latitude * G_PI / 180.0) * cos (b->latitude * G_PI / 180.0) * sin (dlon / 2) * sin (dlon / 2);

  return 2 * 6371.0 * asin (MIN (1.0, sqrt (h)));
}

/* The towns named in @sentence (@towns: indices of run->out in text order, by sentence). */
static void
towns_of (SuggestRun *run,
          GArray     *towns,
          guint       sentence,
          guint      *from,
          guint      *to)
{
  guint lo = 0, hi = towns->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (((SitrepSuggestion *) run->out->pdata[g_array_index (towns, guint, mid)])->sentence < sentence)
        lo = mid + 1;
      else
        hi = mid;
    }
  *from = lo;
  while (hi < towns->len && ((SitrepSuggestion *) run->out->pdata[g_array_index (towns, guint, hi)])->sentence == sentence)
    hi++;
  *to = hi;
}

/* Whether no town of sentence @a is within ROUNDUP_SAME_KM of one of sentence @b (both name some). */
static gboolean
towns_differ (SuggestRun *run,
              GArray     *towns,
              guint       a,
              guint       b)
{
  guint a0, a1, b0, b1;

  towns_of (run, towns, a, &a0, &a1);
  towns_of (run, towns, b, &b0, &b1);
  if (a0 == a1 || b0 == b1)
    return FALSE;
  for (guint i = a0; i < a1; i++)
    for (guint k = b0; k < b1; k++)
      if (km_between (run->out->pdata[g_array_index (towns, guint, i)], run->out->pdata[g_array_index (towns, guint, k)]) <
          ROUNDUP_SAME_KM)
        return FALSE;
  return TRUE;
}

/* Whether the figures after @lead (index in @figs) tell two smaller ones
 * of its kind in sentences whose towns differ. */
static gboolean
told_at_several_places (SuggestRun *run,
                        GArray     *figs,
                        GArray     *towns,
                        guint       lead)
{
  const SitrepSuggestion *f = run->out->pdata[g_array_index (figs, guint, lead)];
  guint seen[ROUNDUP_FIGURES], n_seen = 0;

  for (guint i = lead + 1; i < figs->len && i <= lead + ROUNDUP_FIGURES; i++)
    {
      const SitrepSuggestion *g = run->out->pdata[g_array_index (figs, guint, i)];
      guint from, to;

      if (g->kind != f->kind || g->sentence == f->sentence || g->cumulative || g->figure.count >= f->figure.count)
        continue;
      towns_of (run, towns, g->sentence, &from, &to);
      if (from == to || (n_seen > 0 && seen[n_seen - 1] == g->sentence))
        continue;
      /* The incidents follow the total: the first within two paragraphs of it */
      if (n_seen == 0 && g->paragraph > f->paragraph + ROUNDUP_PARAGRAPHS)
        return FALSE;
      for (guint k = 0; k < n_seen; k++)
        if (towns_differ (run, towns, seen[k], g->sentence))
          return TRUE;
      seen[n_seen++] = g->sentence;
    }
  return FALSE;
}

/* Whether the sentence of @s names one incident before it ("another car
 * bomb went off nearby, killing six"): the figure is that incident's. */
static const char * const one_incident_before[] = {
  "attack", "bombing", "blast", "explosion", "airstrike", "strike", "ambush", "raid", "massacre", "bomb", NULL
};

static gboolean
after_one_incident (SuggestRun             *run,
                    const SitrepSuggestion *s)
{
  /* the figure's first token, then back to its sentence's start */
  guint lo = _sitrep_suggest_token_from_cp (run, s->start);

  for (guint j = lo; j > 0 && tok (run, j - 1)->sentence == s->sentence; j--)
    {
      if (_sitrep_suggest_tok_among (run, j - 1, one_incident_before))
        return TRUE;
    }
  return FALSE;
}

static gint
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* @towns (indices of run->out) by sentence, then by index: their keys
 * (no two the same) sorted without a call back to the suggestions, in
 * one pass over runs already in order. */
static void
sort_by_sentence (SuggestRun *run,
                  GArray     *towns)
{
  g_autoptr (GArray) keys = g_array_sized_new (FALSE, FALSE, sizeof (guint64), towns->len);

  g_array_set_size (keys, towns->len);
  for (guint k = 0; k < towns->len; k++)
    {
      guint i = g_array_index (towns, guint, k);

      g_array_index (keys, guint64, k) = (guint64) ((SitrepSuggestion *) run->out->pdata[i])->sentence << 32 | i;
    }
  _sitrep_suggest_sort_few (keys, compare_keys);
  for (guint k = 0; k < towns->len; k++)
    g_array_index (towns, guint, k) = (guint) g_array_index (keys, guint64, k);
}

/* Marks the lead totals of roundups cumulative, with their parts in their
 * sentence ("including four children"). A lead total comes before every
 * smaller figure of its kind, counts two or more, and its sentence names
 * no town (a country, a province, a region or none). */
void
_sitrep_suggest_figures_roundup (SuggestRun *run)
{
  g_autoptr (GArray) figs = NULL;
  g_autoptr (GArray) towns = NULL;
  gint64 least[SITREP_SUGGEST_N_KINDS];
  guint n_figs = 0, n_towns = 0;

  /* The figures counted first: most texts tell fewer than three, and
   * then no place is asked whether it is a town (a token search each). */
  for (guint i = 0; i < run->out->len; i++)
    n_figs += is_figure (run->out->pdata[i]);
  if (n_figs < 3)
    return;
  /* Plain stores into arrays of their size: no append for each; each
   * suggestion asked once */
  figs = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_figs);
  towns = g_array_sized_new (FALSE, FALSE, sizeof (guint), run->out->len - n_figs);
  g_array_set_size (figs, n_figs);
  g_array_set_size (towns, run->out->len - n_figs);
  n_figs = 0;
  for (guint i = 0; i < run->out->len; i++)
    {
      const SitrepSuggestion *s = run->out->pdata[i];

      if (is_figure (s))
        g_array_index (figs, guint, n_figs++) = i;
      else if (is_town (run, s))
        g_array_index (towns, guint, n_towns++) = i;
    }
  if (n_towns < 2)
    return;
  g_array_set_size (towns, n_towns);
  /* towns_of () searches them by sentence: the places some detectors add after the others' (a
   * phrase's place, a second pass) are put back in the order of the text */
  sort_by_sentence (run, towns);
  for (guint k = 0; k < SITREP_SUGGEST_N_KINDS; k++)
    least[k] = G_MAXINT64;
  for (guint i = 0; i < figs->len; i++)
    {
      SitrepSuggestion *f = run->out->pdata[g_array_index (figs, guint, i)];
      guint from, to;

      if (f->figure.count > least[f->kind])
        continue;
      least[f->kind] = f->figure.count;
      towns_of (run, towns, f->sentence, &from, &to);
      if (f->cumulative || f->figure.count < 2 || from != to || !told_at_several_places (run, figs, towns, i) ||
          after_one_incident (run, f))
        continue;
      f->cumulative = TRUE;
      for (guint k = i + 1; k < figs->len; k++)
        {
          SitrepSuggestion *part = run->out->pdata[g_array_index (figs, guint, k)];

          if (part->sentence != f->sentence)
            break;
          if (part->kind == f->kind && part->figure.count < f->figure.count)
            part->cumulative = TRUE;
        }
    }
}

/* Words of a tally in a figure's sentence: "SNHR documented the killing of 1440 civilians by government
 * forces", "The number of victims who died under torture … was 142", "The report notes that … killed 358". */
static const char * const tally_words[] = {
  "documented", "document", "documents", "documenting", "report", "toll", "tally", "number", "recorded",
  "statistics", "responsible", "accountable", "affected", "suffered", "وثق", "ووثق", "وثقت", "ووثقت", "توثيق",
  "التقرير", "تقرير", "تقريرها", NULL
};

/* The first token of @s. */
static guint
first_token (SuggestRun             *run,
             const SitrepSuggestion *s)
{
  return _sitrep_suggest_token_from_cp (run, s->start);
}

/* Whether the sentence of @s (from its token @j) is a tally's: a word of one, no incident named, no day. */
static gboolean
tally_sentence (SuggestRun *run,
                guint       j)
{
  guint sentence = tok (run, j)->sentence, from = j;
  gboolean tally = FALSE;

  while (from > 0 && tok (run, from - 1)->sentence == sentence)
    from--;
  for (guint k = from; k < run->n_tokens && tok (run, k)->sentence == sentence; k++)
    {
      if (_sitrep_suggest_tok_among (run, k, one_incident_before) || _sitrep_suggest_tok_among (run, k, one_day_words))
        return FALSE;
      tally = tally || _sitrep_suggest_tok_among (run, k, tally_words);
    }
  return tally;
}

/* Whether the sentence of token @j names one incident ("Another 21 people were wounded in an attack in
 * Bab Touma district"). */
gboolean
_sitrep_suggest_figure_names_incident (SuggestRun *run,
                                       guint       j)
{
  guint sentence = tok (run, j)->sentence, from = j;

  while (from > 0 && tok (run, from - 1)->sentence == sentence)
    from--;
  for (guint k = from; k < run->n_tokens && tok (run, k)->sentence == sentence; k++)
    {
      if (_sitrep_suggest_tok_among (run, k, one_incident_before))
        return TRUE;
    }
  return FALSE;
}

/* Whether the figure at run->out[@i] goes on the list of a cumulative figure right before it in its sentence:
 * "161 civilians lost their lives in Syria during October 2023, including 34 children, 44 women, and two
 * individuals who died as a result of torture". */
static gboolean
in_tally_list (SuggestRun *run,
               guint       i)
{
  const SitrepSuggestion *g = run->out->pdata[i], *p = NULL;
  guint first, end;

  for (guint k = i; k > 0 && p == NULL; k--)
    p = is_figure (run->out->pdata[k - 1]) ? run->out->pdata[k - 1] : NULL;
  if (p == NULL || !p->cumulative || p->sentence != g->sentence)
    return FALSE;
  first = first_token (run, g);
  end = _sitrep_suggest_token_holding (run, p->byte_end - 1);
  if (first < 1 || end >= first || first - end > 3)
    return FALSE;
  return ((tok (run, first - 1)->flags & TOK_PUNCT) && run->text[tok (run, first - 1)->start] == ',') ||
         _sitrep_suggest_tok_is (run, first - 1, "and");
}

/* Whether the figures of the sentence of run->out[@i] on, of its kind and not cumulative, are two or more that add
 * up to @total: a breakdown of that total ("مقتل 230 ألفا و618 شخصا …" then "والقتلى هم 69494 مدنيا و41116 …"). */
static gboolean
sums_to (SuggestRun *run,
         guint       i,
         gint64      total)
{
  const SitrepSuggestion *g = run->out->pdata[i];
  gint64 sum = 0;
  guint parts = 0;

  for (guint k = i; k < run->out->len; k++)
    {
      const SitrepSuggestion *part = run->out->pdata[k];

      if (part->sentence != g->sentence)
        break;
      if (!is_figure (part) || part->cumulative || part->kind != g->kind)
        continue;
      sum += part->figure.count;
      parts++;
    }
  return parts >= 2 && sum == total;
}

/* A tally's breakdown: after a cumulative figure, the smaller figures of sentences that tell a tally
 * (tally_sentence ()) are its parts, cumulative too, with the parts of their sentence ("SNHR has
 * documented the killing of 2378 people during Ramadan …" then "SNHR has documented the killing of 1440
 * civilians by government forces, among them were 234 children"; the coder marks the total and its parts
 * aggregate, bench/gold-suggest/README.md). */
void
_sitrep_suggest_figures_tally (SuggestRun *run)
{
  gint64 total = 0, last = 0;
  guint asked = G_MAXUINT;
  gboolean told = FALSE;

  for (guint i = 0; i < run->out->len; i++)
    {
      SitrepSuggestion *g = run->out->pdata[i];
      guint j;

      if (!is_figure (g))
        continue;
      if (g->cumulative)
        {
          total = MAX (total, g->figure.count);
          last = g->figure.count;
          continue;
        }
      if (g->figure.count >= total)
        continue;
      /* A sentence's figures are asked one after another: its words once. */
      j = first_token (run, g);
      if (tok (run, j)->sentence != asked)
        {
          asked = tok (run, j)->sentence;
          told = tally_sentence (run, j) || sums_to (run, i, last);
        }
      /* "… بينهم 10 شهداء بغارات في تلمنس بينهم 3 أطفال": a figure at a town of its own, and the rest of
       * its sentence, are that town's incidents, not the tally's parts */
      if (told && _sitrep_suggest_figure_ar_own_town (run, _sitrep_suggest_token_holding (run, g->byte_end - 1)))
        told = FALSE;
      if (!told && !in_tally_list (run, i))
        continue;
      g->cumulative = TRUE;
      for (guint k = i + 1; k < run->out->len; k++)
        {
          SitrepSuggestion *part = run->out->pdata[k];

          if (part->sentence != g->sentence)
            break;
          if (is_figure (part) && part->figure.count < g->figure.count)
            part->cumulative = TRUE;
        }
    }
}
