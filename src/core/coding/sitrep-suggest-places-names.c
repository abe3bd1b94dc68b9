/* sitrep-suggest-places-names.c — places that are part of other names (a person's, an organisation's, a longer title), and named sites ("Tiyas Military Airfield"), a wire dateline's date ("BEIRUT Jan 14")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"
#include "sitrep-suggest-spans.h"

/* ---------------------------------------------------------------- weighing */

/* Words after a name that make it the name of an organisation or a
 * publication, not a place: "Amaq news agency", "Aleppo Media Center". */
static const char * const org_nouns[] = {
  "news", "agency", "network", "media", "channel", "radio", "television", "tv", "newspaper",
  "brigade", "brigades", "battalion", "battalions", "front", "forces", "army", "council",
  "committee", "government", "command", "movement", "party", "militia", "regiment", "division",
  "university", "company", "ministry", "office", "center", "centre", "group", "regional",
  "operations", "coordination", NULL
};

/* Titles before a name make it a person's: "Prime Minister Haider al-Abadi". */
static const char * const person_titles[] = {
  "minister", "president", "secretary", "ambassador", "gen", "general", "col", "colonel", "maj",
  "major", "lt", "lieutenant", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "mr",
  "mrs", "ms", "dr", "brig", "cpl", "pvt", "spokesman", "spokeswoman", "commander", "envoy",
  "king", "prince", "emir", "judge", "senator", "chairman", "director", "chief", "officer",
  "premier", NULL
};

/* Nationalities are no places, whatever village shares their spelling. */
static const char * const demonyms[] = {
  "iraqi", "iraqis", "syrian", "syrians", "turkish", "kurdish", "kurd", "kurds", "russian",
  "american", "arab", "arabs", "arabic", "iranian", "lebanese", "jordanian", "israeli",
  "palestinian", "british", "french", "german", "saudi", "emirati", "qatari", "egyptian",
  "yazidi", "turkmen", "assyrian", "shia", "shiite", "shi'ite", "shi’ite", "sunni", "alawite", "druze", NULL
};

/* Words of a faith that say who people are in a name of several words
 * ("a Sunni Muslim village", "a mixed Sunni-Shiite province"). */
static const char * const faith_words[] = {
  "muslim", "muslims", "christian", "christians", "islamic", "catholic", "orthodox", "ite", NULL
};

/* Whether tokens @first … @last (more than one) are only nationalities and
 * faiths, with hyphens and apostrophes between them ("Sunni Muslim",
 * "Syrian Alawite", "Sunni-Shiite", "Shi’ite"), after an article at most
 * ("An Iraqi court": a sentence's "An", not the Arabic article of "An
 * Najaf"): who people are, not where. */
static gboolean
only_peoples (SuggestRun *run,
              guint       first,
              guint       last)
{
  guint words = 0;

  for (guint k = first; k <= last; k++)
    {
      const SuggestToken *t = tok (run, k);

      if (t->flags & TOK_ARABIC)
        return FALSE;
      if (t->flags & TOK_WORD)
        {
          if (k == first && k < last && _sitrep_suggest_is_article (run, k))
            continue;
          if (!_sitrep_suggest_tok_among (run, k, demonyms) && !_sitrep_suggest_tok_among (run, k, faith_words) &&
              !(k + 2 <= last && _sitrep_suggest_tok_is (run, k, "shi")))
            return FALSE;
          words++;
        }
      else if (!(t->flags & (TOK_HYPHEN | TOK_PUNCT)) || t->space_before > 0 || k == first || k == last)
        return FALSE;
    }
  return words > 0;
}

/* The first words of place names made of two words: "Camp Hurriya", "Tal Afar". */
static const char * const name_prefixes[] = {
  "camp", "fort", "mount", "jabal", "jebel", "tal", "tall", "tel", "tell", "wadi", "ras",
  "ain", "ayn", "bir", "deir", "dayr", "khan", "kafr", "jisr", "bab", "qasr", "hay", "hayy",
  "sheikh", "shaykh", "umm", "abu", "beit", "bayt", "marj", "new", "old", "al", "el", "ar",
  "as", "ad", "an", "at", "az", "ash", "ath", NULL
};

/* Whether token @i begins its sentence, or a list item's after the mark
 * ("• Near Bayji, one strike …", "- Near Mosul …", "-- Near Rawah …"). */
static gboolean
is_sentence_start (SuggestRun *run,
                   guint       i)
{
  const char *mark;
  guint m = i - 1;

  if (i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence)
    return TRUE;
  /* "--", "**": a mark written twice. */
  if (m > 0 && tok (run, m)->space_before == 0 && (tok (run, m - 1)->flags & TOK_PUNCT) &&
      run->text[tok (run, m - 1)->start] == run->text[tok (run, m)->start] && tok (run, m - 1)->end == tok (run, m)->start)
    m--;
  if (!(tok (run, m)->flags & TOK_PUNCT) || !(m == 0 || tok (run, m - 1)->sentence != tok (run, m)->sentence))
    return FALSE;
  mark = run->text + tok (run, m)->start;
  return strchr ("-*", mark[0]) != NULL || _sitrep_suggest_has_prefix (mark, "\xe2\x80\xa2") /* • */ ||
         _sitrep_suggest_has_prefix (mark, "\xc2\xb7") /* · */ || _sitrep_suggest_has_prefix (mark, "\xe2\x80\x93") /* – */ ||
         _sitrep_suggest_has_prefix (mark, "\xe2\x96\xaa") /* ▪ */;
}

/* Whether the place found at tokens @first … @last is a fragment of some
 * other name: a person's, an organisation's, a longer capitalised title. */
gboolean
_sitrep_suggest_is_other_name (SuggestRun *run,
                               guint       first,
                               guint       last)
{
  guint n = run->tokens->len;
  gboolean one = first == last;

  if (one && (_sitrep_suggest_tok_in (run, first, demonyms) || _sitrep_suggest_tok_in (run, first, person_titles)))
    return TRUE;
  if (!one && only_peoples (run, first, last))
    return TRUE;
  /* "مدينة" is "city", whatever town bears the word as its name. */
  if (one && (tok (run, first)->flags & TOK_ARABIC) &&
      (_sitrep_suggest_is_ar_place_kind (run, first) || _sitrep_suggest_is_ar_kind_form (run, first)))
    return TRUE;
  /* "Amaq news agency", "Raqqa Media Center" */
  if (last + 1 < n && tok (run, last + 1)->sentence == tok (run, last)->sentence &&
      _sitrep_suggest_tok_in (run, last + 1, org_nouns))
    return TRUE;
  if (!one || !(tok (run, first)->flags & TOK_WORD) || (tok (run, first)->flags & TOK_ARABIC))
    return FALSE;
  /* "Minister Haider", "Gen. Townsend" */
  if (first > 0 && _sitrep_suggest_tok_in (run, first - 1, person_titles))
    return TRUE;
  if (first > 1 && (tok (run, first - 1)->flags & TOK_PUNCT) && run->text[tok (run, first - 1)->start] == '.' &&
      _sitrep_suggest_tok_in (run, first - 2, person_titles))
    return TRUE;
  /* "Haider al-Abadi": a given name before a family name. */
  if (last + 3 < n && (_sitrep_suggest_tok_is (run, last + 1, "al") || _sitrep_suggest_tok_is (run, last + 1, "el")) &&
      (tok (run, last + 2)->flags & TOK_HYPHEN) && (tok (run, last + 3)->flags & TOK_CAP) &&
      tok (run, last + 1)->space_before > 0)
    return TRUE;
  /* "Press Briefing Room": the last word of a longer capitalised name. */
  if (first > 0 && !is_sentence_start (run, first - 1) && tok (run, first - 1)->sentence == tok (run, first)->sentence &&
      (tok (run, first - 1)->flags & TOK_WORD) && (tok (run, first - 1)->flags & TOK_CAP) &&
      !(tok (run, first - 1)->flags & TOK_ARABIC) && tok (run, first)->space_before > 0 &&
      !_sitrep_suggest_tok_in (run, first - 1, name_prefixes) && !_sitrep_suggest_tok_in (run, first - 1, _sitrep_suggest_place_directions))
    return TRUE;
  return FALSE;
}

/* Drops the places found from @from on that are parts of other names. */
void
_sitrep_suggest_drop_other_names (SuggestRun *run,
                                  GHashTable *resolved,
                                  guint       from)
{
  for (guint k = from; k < run->out->len;)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      GHashTableIter iter;
      gpointer value;

      /* A city keeps its name ("Aleppo al-Jadida"), not a loose match ("Uday Al-Zoubi": no Adana). */
      if (s->kind != SITREP_SUGGEST_PLACE || (s->population >= 100000 && !s->doubtful) ||
          !_sitrep_suggest_is_other_name (run, _sitrep_suggest_token_holding (run, s->byte_start), _sitrep_suggest_token_holding (run, s->byte_end - 1)))
        {
          k++;
          continue;
        }
      /* Others of the same name copied this one's resolution; none keeps a pointer to it. */
      g_hash_table_iter_init (&iter, resolved);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          if (value == s)
            g_hash_table_iter_remove (&iter);
        }
      _sitrep_suggest_out_remove (run->out, k);
    }
}

/* Capitalised nouns that end the name of a site: "Tiyas Military Airfield",
 * "Qayyarah Airfield West", "Mosul Dam". */
static const char * const site_nouns[] = {
  "airfield", "airport", "airbase", "base", "dam", "bridge", "refinery", "prison", "hospital",
  "mosque", "stadium", "field", "fields", "crossing", "checkpoint", "barracks", "camp",
  "palace", "citadel", "square", "street", "avenue", "roundabout", NULL
};

/* Site nouns of a way or an open space in a town, often named after
 * another town ("Haifa Street" in Baghdad, "Aleppo Street" in Idlib):
 * never at the town it names. */
static const char * const way_nouns[] = { "street", "avenue", "roundabout", "square", NULL };

/* Named sites ("Tiyas Military Airfield"), proposed as places; where the
 * name starts with a place the gazetteer knows, near it, flagged doubtful:
 * the site is not the town's centre. */
void
_sitrep_suggest_named_sites (SuggestRun *run,
                             GHashTable *resolved)
{
  for (guint c = 0, next = 0; c < run->n_caps; c++)
    {
      guint i = run->caps[c];
      guint last = i, end;
      gboolean site = FALSE;

      if (i < next || (tok (run, i)->flags & TOK_ARABIC) ||
          (i > 0 && (tok (run, i - 1)->flags & TOK_CAP) && (tok (run, i - 1)->flags & TOK_WORD) &&
           tok (run, i - 1)->sentence == tok (run, i)->sentence) ||
          !_sitrep_suggest_cap_run (run, i, &last) || last == i ||
          /* After the run (kept per token): most words start no run of two. */
          (_sitrep_suggest_is_lower_common (run, i) && !_sitrep_suggest_tok_is (run, i, "camp")))
        continue;
      end = last;
      /* "Camp Speicher", "Camp Taji": the noun opens the name. */
      site = _sitrep_suggest_tok_is (run, i, "camp");
      for (guint j = i + 1; j <= last; j++)
        {
          if (_sitrep_suggest_tok_in (run, j, site_nouns))
            {
              site = TRUE;
              end = j;
            }
        }
      /* "Qayyarah Airfield West" */
      if (site && end + 1 <= last && _sitrep_suggest_tok_in (run, end + 1, _sitrep_suggest_place_directions))
        end++;
      if (site && !_sitrep_suggest_is_other_name (run, i, end))
        {
          guint before = run->out->len;

          _sitrep_suggest_add_unplaced (run, resolved, i, end);
          if (run->out->len > before)
            {
              SitrepSuggestion *s = run->out->pdata[run->out->len - 1];

              /* "Haifa Street": not at Haifa; the clause passes place it
               * in the town the report names by it. */
              if (_sitrep_suggest_tok_in (run, end, way_nouns))
                s->latitude = s->longitude = NAN, s->geonameid = 0, s->country = NULL;
              else if (!isnan (s->latitude))
                s->doubtful = TRUE;
            }
        }
      next = last + 1;
    }
}

/* Whether @s is a place the gazetteer is sure of, named as its entity is. */
static gboolean
named_as_town (const SitrepSuggestion *s)
{
  g_autofree char *own = NULL;
  g_autofree char *theirs = NULL;

  if (isnan (s->latitude) || s->doubtful || s->entity_name == NULL || s->text == NULL)
    return FALSE;
  own = _sitrep_suggest_light_key (s->entity_name);
  theirs = _sitrep_suggest_light_key (s->text);
  return *own != '\0' && strcmp (own, theirs) == 0;
}

/* A hospital the text names by no place the gazetteer is sure of ("the
 * French Hospital", "Al-Numan hospital", "the Euphrates hospital"): where
 * the wounded were taken or a doctor spoke, which no gold of the tuning
 * sets pins; named by its town ("Kirkuk hospital"), the town stays. */
void
_sitrep_suggest_drop_hospitals (SuggestRun *run,
                                guint       from)
{
  for (guint k = run->out->len; k > from; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint first, last;

      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end <= s->byte_start || s->entity_id != 0 || s->score >= 0.95 ||
          !(isnan (s->latitude) || s->doubtful))
        continue;
      first = _sitrep_suggest_token_from (run, s->byte_start);
      last = _sitrep_suggest_token_from (run, s->byte_end) - 1;
      if (first < last && last < run->tokens->len &&
          (_sitrep_suggest_tok_is (run, last, "hospital") || _sitrep_suggest_tok_is (run, last, "hospitals")))
        {
          gsize start = s->byte_start, end = s->byte_end;

          _sitrep_suggest_out_remove (run->out, k - 1);
          /* Its words read alone ("Rahibat" of "al-Rahibat hospital", "Al Salem" as Jerusalem) go with
           * it, unless a town sure and named as it is ("Idlib" of "Idlib Central Hospital"). */
          for (guint m = run->out->len; m > from; m--)
            {
              SitrepSuggestion *o = run->out->pdata[m - 1];

              if (o->kind == SITREP_SUGGEST_PLACE && o->byte_start >= start && o->byte_end <= end &&
                  o->entity_id == 0 && o->score < 0.95 && !named_as_town (o))
                {
                  _sitrep_suggest_out_remove (run->out, m - 1);
                  if (m - 1 < k - 1)
                    k--;
                }
            }
        }
    }
}

/* Bodies a town names ("Kirkuk police", "شرطة كركوك", "مستشفى تكريت", "the Kut morgue",
 * "Sulaymaniyah-based"): the town is part of the body's name, not where something happened (the gold
 * READMEs: "a place inside a body's name" is no place). Arabic before the name, English after it. */
static const char * const ar_bodies[] = { "شرطة", "مستشفى", "مشفى", NULL };

/* Whether the bytes right before @at end a word whose last letter could end "شرطة", "مستشفى", "مشفى"
 * (a space, and "ة", "ه", "ى" or "ي" before it; past a quote the name is in): the bytes asked before any
 * token is. */
static gboolean
may_follow_ar_body (const char *text,
                    gsize       at)
{
  const guchar *p = (const guchar *) text;

  if (at >= 3 && (p[at - 1] == 0x9C || p[at - 1] == 0xAB) && p[at - 3] == 0xE2)
    at -= 3;
  else if (at >= 1 && (p[at - 1] == '"' || p[at - 1] == 0xAB))
    at -= at >= 2 && p[at - 2] == 0xC2 ? 2 : 1;
  if (at < 3 || p[at - 1] != ' ')
    return FALSE;
  return (p[at - 3] == 0xD8 && p[at - 2] == 0xA9) || (p[at - 3] == 0xD9 && (p[at - 2] == 0x87 || p[at - 2] == 0x89 || p[at - 2] == 0x8A));
}

/* Whether town @s is named only as a part of a body's name: in Arabic the bytes before it asked first, its
 * tokens only then; in English the word after it ("Tikrit police"), which no sentence's end parts. */
static gboolean
names_a_body (SuggestRun             *run,
              const SitrepSuggestion *s)
{
  const char *after = run->text + s->byte_end;

  if ((guchar) run->text[s->byte_start] >= 0xD8 && (guchar) run->text[s->byte_start] <= 0xDB)
    {
      guint j, first;

      if (!may_follow_ar_body (run->text, s->byte_start))
        return FALSE;
      j = first = _sitrep_suggest_token_from (run, s->byte_start);
      /* "مستشفى “جلولاء”": past the quote the name is in */
      if (j >= 2 && (tok (run, j - 1)->flags & TOK_PUNCT) && tok (run, j - 1)->end == tok (run, j)->start)
        j--;
      return j > 0 && j < run->tokens->len && tok (run, j - 1)->sentence == tok (run, first)->sentence &&
             s->byte_start == tok (run, first)->start && _sitrep_suggest_figure_ar_in (run, j - 1, ar_bodies);
    }
  if (*after == '-')
    return _sitrep_suggest_has_prefix (after, "-based");
  if (*after++ != ' ')
    return FALSE;
  /* "police", "Police", "hospital", "Hospital": the first letter asked before the rest */
  if ((*after | 0x20) == 'p')
    return strncmp (after + 1, "olice", 5) == 0 && !g_ascii_isalnum (after[6]);
  if ((*after | 0x20) == 'h')
    return strncmp (after + 1, "ospital", 7) == 0 && !g_ascii_isalnum (after[8]);
  return FALSE;
}

/* Whether @s ends the name of the group "the Islamic State of Iraq and Sham" ("… in Iraq and al-Sham", "… of
 * Iraq and the Sham"): Sham is Damascus's old name, here the Levant of the group's name. */
static gboolean
ends_state_of_iraq_and (SuggestRun             *run,
                        const SitrepSuggestion *s)
{
  const char *text = run->text;
  gsize at = s->byte_start;

  /* bytes compared in place: asked of every town a text names */
  if (at >= 3 && text[at - 1] == '-' && (text[at - 3] | 0x20) == 'a' && (text[at - 2] | 0x20) == 'l')
    at -= 3;
  else if (at >= 4 && text[at - 1] == ' ' && text[at - 2] == 'e' && text[at - 3] == 'h' && text[at - 4] == 't')
    at -= 4;
  if (at < 18 || text[at - 2] != 'd' || text[at - 9] != 'I' || strncmp (text + at - 9, "Iraq and ", 9) != 0)
    return FALSE;
  return strncmp (text + at - 18, "State of ", 9) == 0 || strncmp (text + at - 18, "State in ", 9) == 0;
}

/* Drops the towns from @from on that a text names only as a part of a body's name (names_a_body ()): not
 * a province ("Salahuddin police" is the province's force, which coders pin), nor the project's own; and
 * the agency in brackets after a dateline's place (_sitrep_suggest_is_dateline_agency ()), and the Sham of "the
 * Islamic State of Iraq and Sham". */
void
_sitrep_suggest_drop_body_towns (SuggestRun *run,
                                 guint       from)
{
  for (guint k = run->out->len; k > from; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];

      if (s->kind == SITREP_SUGGEST_PLACE && s->byte_end > s->byte_start && s->entity_id == 0 && s->score < 0.95 &&
          s->scope == SITREP_PLACE_SCOPE_PLACE && !isnan (s->latitude) &&
          (names_a_body (run, s) || _sitrep_suggest_is_dateline_agency (run, s) || ends_state_of_iraq_and (run, s)))
        _sitrep_suggest_out_remove (run->out, k - 1);
    }
}

/* ---------------------------------------------------------------- datelines (sitrep-suggest-places.c) */

/* Months as a wire's dateline writes them right after its city, without a
 * comma ("BEIRUT Jan 14 An air strike …"). */
static const char * const dateline_months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", NULL
};

/* Whether the words from token @j on are a dateline's date: a month and a
 * day number ("Jan 14", "Jan. 14"). */
gboolean
_sitrep_suggest_dateline_date_at (SuggestRun *run,
                                  guint       j)
{
  guint n = run->tokens->len;

  if (j + 1 >= n || !(tok (run, j)->flags & TOK_WORD) || !_sitrep_suggest_tok_in (run, j, dateline_months) ||
      tok (run, j)->paragraph != tok (run, j + 1)->paragraph)
    return FALSE;
  if ((tok (run, j + 1)->flags & TOK_PUNCT) && run->text[tok (run, j + 1)->start] == '.' && j + 2 < n)
    j++;
  return (tok (run, j + 1)->flags & TOK_NUMBER) && tok (run, j + 1)->paragraph == tok (run, j)->paragraph;
}
