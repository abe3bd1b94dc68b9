/* sitrep-story-card.c — incident cards: what a story's events say, as text for people, and the events a story steps through
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-story"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-story-export.h"
#include "sitrep-codebook.h"
#include "sitrep-event-dating.h"
#include "sitrep-gazetteer.h"
#include "sitrep-story-card-private.h"
#include "sitrep-claims.h"

/* ---------------------------------------------------------------- the card's words */

static char *
month_year (const GDate *date)
{
  char buf[64];

  /* The month's name in the user's language. */
  if (g_date_strftime (buf, sizeof buf, "%B %Y", date) == 0)
    return g_strdup_printf ("%04u-%02u", g_date_get_year (date), g_date_get_month (date));
  return g_strdup (buf);
}

/* "--10-16" as "16 October", "--10" as "October"; NULL for anything else. */
static char *
format_day_without_year (const char *day)
{
  unsigned month = 0, mday = 0;
  GDate date;
  char buf[64];

  if (day == NULL || !g_str_has_prefix (day, "--") || sscanf (day + 2, "%2u", &month) != 1 ||
      month < 1 || month > 12)
    return NULL;
  if (strlen (day) == 7 && (sscanf (day + 5, "%2u", &mday) != 1 || !g_date_valid_dmy (mday, month, 2000)))
    return NULL;
  g_date_clear (&date, 1);
  /* A leap year: 29 February is a day too. */
  g_date_set_dmy (&date, mday > 0 ? mday : 1, month, 2000);
  if (g_date_strftime (buf, sizeof buf, "%B", &date) == 0)
    return NULL;
  return mday > 0 ? g_strdup_printf ("%u %s", mday, buf) : g_strdup (buf);
}

static char *
day_month_year (const GDate *date)
{
  g_autofree char *rest = month_year (date);

  return g_strdup_printf ("%u %s", g_date_get_day (date), rest);
}

char *
_sitrep_story_format_extent (guint32 first,
                             guint32 last,
                             int     precision)
{
  GDate a, b;
  char buf[64];

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, first);
  g_date_set_julian (&b, last);

  if (first == last)
    return day_month_year (&a);

  /* A single date of coarse precision reads as what it stands for. */
  if (precision == 5 && g_date_get_day (&a) == 1 && g_date_get_month (&a) == G_DATE_JANUARY &&
      g_date_get_day (&b) == 31 && g_date_get_month (&b) == G_DATE_DECEMBER &&
      g_date_get_year (&a) == g_date_get_year (&b))
    return g_strdup_printf (_("%u (the year only)"), g_date_get_year (&a));
  if (precision == 4 && g_date_get_day (&a) == 1 && g_date_get_month (&a) == g_date_get_month (&b) &&
      g_date_get_year (&a) == g_date_get_year (&b) && g_date_is_last_of_month (&b))
    {
      g_autofree char *m = month_year (&a);
      return g_strdup_printf (_("%s (the month only)"), m);
    }
  if (precision == 3 && last - first == 6 && g_date_get_weekday (&a) == G_DATE_MONDAY)
    {
      g_autofree char *d = day_month_year (&a);
      return g_strdup_printf (_("The week of %s"), d);
    }

  if (g_date_get_year (&a) == g_date_get_year (&b) && g_date_get_month (&a) == g_date_get_month (&b))
    {
      g_autofree char *m = month_year (&b);
      /* TRANSLATORS: a range of days in one month: "1–3 March 2022" */
      return g_strdup_printf (_("%u–%u %s"), g_date_get_day (&a), g_date_get_day (&b), m);
    }
  if (g_date_get_year (&a) == g_date_get_year (&b))
    {
      g_autofree char *end = day_month_year (&b);
      if (g_date_strftime (buf, sizeof buf, "%B", &a) == 0)
        buf[0] = '\0';
      /* TRANSLATORS: a range of days across months: "28 February – 3 March 2022" */
      return g_strdup_printf (_("%u %s – %s"), g_date_get_day (&a), buf, end);
    }
  {
    g_autofree char *start = day_month_year (&a);
    g_autofree char *end = day_month_year (&b);
    return g_strdup_printf (_("%s – %s"), start, end);
  }
}

static char *
join_nonempty (const char * const *parts,
               guint               n,
               const char         *separator)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      gboolean repeated = FALSE;

      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      for (guint j = 0; j < i; j++)
        repeated = repeated || g_strcmp0 (parts[i], parts[j]) == 0;
      if (repeated)
        continue;
      if (s->len > 0)
        g_string_append (s, separator);
      g_string_append (s, parts[i]);
    }
  return s->len > 0 ? g_string_free (g_steal_pointer (&s), FALSE) : NULL;
}

static char *
side_text (const char         *actor,
           const char * const *assoc)
{
  g_autofree char *with = NULL;

  if (actor == NULL || *actor == '\0')
    return NULL;
  if (assoc != NULL && assoc[0] != NULL)
    with = g_strjoinv (", ", (char **) assoc);
  if (with != NULL)
    /* TRANSLATORS: an actor and its associated actors: "Syrian Arab Army (with NDF)" */
    return g_strdup_printf (_("%s (with %s)"), actor, with);
  return g_strdup (actor);
}

static char *
count_text (const char *qualifier,
            gint64      low,
            gint64      high)
{
  if (low < 0)
    return g_strdup ("?");
  if (g_strcmp0 (qualifier, "at_least") == 0)
    return g_strdup_printf (_("at least %" PRId64), low);
  if (g_strcmp0 (qualifier, "more_than") == 0)
    return g_strdup_printf (_("more than %" PRId64), low);
  if (g_strcmp0 (qualifier, "up_to") == 0)
    return g_strdup_printf (_("up to %" PRId64), MAX (low, high));
  if (g_strcmp0 (qualifier, "about") == 0)
    return g_strdup_printf (_("about %" PRId64), low);
  if (high > low)
    return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, low, high);
  return g_strdup_printf ("%" G_GINT64_FORMAT, low);
}

static char *
claim_text (SitrepClaim *claim,
            SitrepEvent *event)
{
  g_autofree char *count = count_text (sitrep_claim_get_qualifier (claim),
                                       sitrep_claim_get_count_low (claim),
                                       sitrep_claim_get_count_high (claim));
  const char *kind = sitrep_claim_get_kind (claim);
  const char *side = sitrep_claim_get_victim_side (claim);
  const char *actor = NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (kind, "wounded") == 0)
    return g_strdup_printf (_("%s wounded"), count);
  if (g_strcmp0 (kind, "captured") == 0)
    return g_strdup_printf (_("%s captured"), count);
  if (g_strcmp0 (kind, "missing") == 0)
    return g_strdup_printf (_("%s missing"), count);
  if (g_strcmp0 (side, "civilians") == 0)
    return g_strdup_printf (_("%s civilians killed"), count);

  text = g_strdup_printf (_("%s killed"), count);
  /* UCDP counts the dead of each side apart: say whose. */
  if (g_strcmp0 (side, "actor1") == 0)
    actor = sitrep_event_get_actor1 (event);
  else if (g_strcmp0 (side, "actor2") == 0)
    actor = sitrep_event_get_actor2 (event);
  if (actor != NULL && *actor != '\0')
    /* TRANSLATORS: "6 killed (IS)": the dead of one side of an incident */
    return g_strdup_printf (_("%s (%s)"), text, actor);

  return g_steal_pointer (&text);
}

/* Who says it: the claimant, else the report it is read in, named short. */
static char *
claim_source (SitrepStore *store,
              SitrepClaim *claim)
{
  const char *claimant = sitrep_claim_get_claimant (claim);

  if (claimant != NULL && *claimant != '\0')
    return g_strdup (claimant);
  if (sitrep_claim_get_article_id (claim) != 0)
    {
      g_autoptr(SitrepArticle) article = sitrep_store_get_article (store, sitrep_claim_get_article_id (claim), NULL);
      if (article != NULL)
        return sitrep_report_name (sitrep_article_get_source (article), sitrep_article_get_url (article),
                                   sitrep_article_get_title (article), sitrep_article_get_published (article));
      if (sitrep_claim_get_article_title (claim) != NULL)
        return sitrep_report_name (NULL, NULL, sitrep_claim_get_article_title (claim), NULL);
    }
  return g_strdup (_("Unattributed"));
}

static char *
sources_text (SitrepStore *store,
              SitrepEvent *event,
              GPtrArray   *claims)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) s = g_string_new (NULL);

  /* One entry per source, its figures in the order they were added. */
  for (guint i = 0; i < claims->len; i++)
    {
      g_autofree char *name = claim_source (store, claims->pdata[i]);
      guint k;

      for (k = 0; k < names->len; k++)
        {
          if (strcmp (names->pdata[k], name) == 0)
            break;
        }
      if (k == names->len)
        {
          g_ptr_array_add (names, g_steal_pointer (&name));
          g_ptr_array_add (said, g_ptr_array_new_with_free_func (g_free));
        }
      g_ptr_array_add (said->pdata[k], claim_text (claims->pdata[i], event));
    }
  for (guint k = 0; k < names->len; k++)
    {
      GPtrArray *texts = said->pdata[k];

      g_ptr_array_add (texts, NULL);
      if (s->len > 0)
        g_string_append (s, " · ");
      g_string_append_printf (s, "%s: ", (const char *) names->pdata[k]);
      for (guint j = 0; texts->pdata[j] != NULL; j++)
        /* TRANSLATORS: what separates one source's figures ("12 killed, 30 wounded") */
        g_string_append_printf (s, "%s%s", j > 0 ? _(", ") : "", (const char *) texts->pdata[j]);
    }
  return s->len > 0 ? g_string_free (g_steal_pointer (&s), FALSE) : NULL;
}

static gboolean
ends_sentence (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  const char *next = g_utf8_next_char (p);

  if (c == '\n')
    return TRUE;
  if (c != '.' && c != '!' && c != '?')
    return FALSE;
  return *next == '\0' || g_unichar_isspace (g_utf8_get_char (next)) || *next == '"' ||
         g_utf8_get_char (next) == 0x201D;
}

/* The sentence of @body holding code points [@start, @end), or NULL. */
static char *
sentence_around (const char *body,
                 guint       start,
                 guint       end)
{
  const char *a, *b, *p;
  glong length = g_utf8_strlen (body, -1);
  g_autofree char *sentence = NULL;

  if (start >= end || end > (guint) length)
    return NULL;
  a = g_utf8_offset_to_pointer (body, start);
  b = g_utf8_offset_to_pointer (body, end);

  for (p = a; p > body;)
    {
      const char *prev = g_utf8_prev_char (p);
      if (ends_sentence (prev))
        break;
      p = prev;
    }
  a = p;
  for (p = b; *p != '\0' && !(p > b && ends_sentence (g_utf8_prev_char (p))); p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        break;
    }
  b = p;
  sentence = g_strstrip (g_strndup (a, b - a));
  if (*sentence == '\0' || g_utf8_strlen (sentence, -1) > 420)
    return NULL;
  return g_steal_pointer (&sentence);
}

static void
card_quote (SitrepStoryCard *card,
            SitrepStore     *store,
            gint64           event_id)
{
  g_autoptr(GPtrArray) evidence = sitrep_store_list_event_evidence (store, event_id, NULL);

  if (evidence == NULL || evidence->len == 0)
    return;
  /* The first piece whose words make a sentence; else the first span as is. */
  for (guint i = 0; i < evidence->len; i++)
    {
      SitrepEvidence *ev = evidence->pdata[i];
      g_autofree char *body = sitrep_store_get_article_body (store, ev->article_id, NULL);
      char *sentence = body != NULL ? sentence_around (body, ev->start, ev->end) : NULL;

      if (sentence == NULL && (i + 1 < evidence->len || ev->text == NULL))
        continue;
      card->quote = sentence != NULL ? sentence : g_strstrip (g_strdup (ev->text));
      /* the report named as its figures name it: never a whole title under the quote */
      card->quote_source = g_strdup (ev->report_name);
      return;
    }
}

/* "more than 12 killed (sources say 12–14) · at least 30 wounded", or that
 * none were reported: a figure keeps the words its source said it with. */
static char *
figures_text (const SitrepDerivedFigures *figures)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (figures->fatalities >= 0)
    {
      g_autofree char *count = count_text (sitrep_qualifier_to_string (figures->fatalities_qualifier),
                                           figures->fatalities, figures->fatalities);

      /* TRANSLATORS: the figures of an incident's card: "18 killed", "at least 18 killed" */
      g_string_append_printf (s, _("%s killed"), count);
      if (figures->high > figures->low && figures->low >= 0)
        g_string_append_printf (s, _(" (sources say %" PRId64 "–%" PRId64 ")"),
                                figures->low, figures->high);
    }
  if (figures->wounded >= 0)
    {
      g_autofree char *count = count_text (sitrep_qualifier_to_string (figures->wounded_qualifier),
                                           figures->wounded, figures->wounded);

      if (s->len > 0)
        g_string_append (s, " · ");
      /* TRANSLATORS: the figures of an incident's card: "20 wounded", "more than 20 wounded" */
      g_string_append_printf (s, _("%s wounded"), count);
    }
  if (s->len == 0)
    g_string_append (s, _("No casualty figures reported"));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* An undated event's date as its reports give it without a year ("16
 * October, year not known", as the event card says), else "Date unknown":
 * the handout said "Date unknown" of a day the coder could see. */
static char *
dup_day_without_year (SitrepStore *store,
                      gint64       event_id)
{
  g_autofree char *day = NULL;
  g_autofree char *day_end = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *shown_end = NULL;
  int year = 0;

  if (!sitrep_event_dating_reported_day (store, event_id, &day, &day_end, &year))
    return g_strdup (_("Date unknown"));
  shown = format_day_without_year (day);
  shown_end = format_day_without_year (day_end);
  if (shown == NULL)
    return g_strdup (_("Date unknown"));
  if (shown_end != NULL)
    /* TRANSLATORS: an event's dates as its reports give them, without a year: "13 October – 14 October" */
    return g_strdup_printf (_("%s – %s, year not known"), shown, shown_end);
  /* TRANSLATORS: an event's day as its reports give it, without a year: "13 October" */
  return g_strdup_printf (_("%s, year not known"), shown);
}

SitrepStoryCard *
sitrep_story_card_new (SitrepStore  *store,
                       gint64        event_id,
                       GError      **error)
{
  g_autoptr(SitrepStoryCard) card = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  SitrepDerivedFigures figures = { 0 };
  g_autofree char *side1 = NULL;
  g_autofree char *side2 = NULL;
  const char *sub, *type;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  event = sitrep_store_get_event (store, event_id, error);
  if (event == NULL)
    return NULL;
  if (!sitrep_store_get_event_figures (store, event_id, &figures, error))
    return NULL;
  claims = sitrep_store_list_claims (store, event_id, error);
  if (claims == NULL)
    {
      sitrep_derived_figures_clear (&figures);
      return NULL;
    }

  card = g_new0 (SitrepStoryCard, 1);
  card->event_id = event_id;
  card->latitude = sitrep_event_get_latitude (event);
  card->longitude = sitrep_event_get_longitude (event);
  card->where_prec = sitrep_event_get_where_prec (event);
  card->geo_precision = sitrep_event_get_geo_precision (event);
  card->area_latitude = card->area_longitude = NAN;
  if ((isnan (card->latitude) || isnan (card->longitude)) && sitrep_event_get_admin1 (event) != NULL)
    {
      /* Not on the map: its governorate, at least, can be shown. */
      g_autoptr(SitrepGazetteer) gazetteer = sitrep_gazetteer_new (NULL, NULL);
      g_autofree char *key = NULL;

      if (gazetteer != NULL)
        key = sitrep_gazetteer_match_admin1 (gazetteer,
                                             sitrep_gazetteer_country_code (sitrep_event_get_country (event)),
                                             sitrep_event_get_admin1 (event),
                                             &card->area_latitude, &card->area_longitude);
      if (key != NULL)
        card->area = g_strdup (sitrep_event_get_admin1 (event));
      else
        card->area_latitude = card->area_longitude = NAN;
    }
  card->fatalities = figures.fatalities;

  type = sitrep_event_get_event_type (event);
  sub = sitrep_event_get_sub_event_type (event);
  /* ACLED's types in the interface's language; a codebook's own as written. */
  type = type != NULL ? sitrep_codebook_event_type_display_name (type) : NULL;
  sub = sub != NULL ? sitrep_codebook_sub_event_type_display_name (sub) : NULL;
  if (sub != NULL || type != NULL)
    card->headline = g_strdup (sub != NULL ? sub : type);
  else if (sitrep_event_get_place_name (event) != NULL || sitrep_event_get_location (event) != NULL)
    /* TRANSLATORS: the title of an incident not yet coded with a type */
    card->headline = g_strdup_printf (_("Incident in %s"), sitrep_event_get_place_name (event) != NULL
                                                             ? sitrep_event_get_place_name (event)
                                                             : sitrep_event_get_location (event));
  else
    card->headline = g_strdup (_("Uncoded event"));
  {
    const char *parts[] = { type, sub };
    card->event_type = join_nonempty (parts, G_N_ELEMENTS (parts), " · ");
  }

  if (sitrep_timeline_extent (sitrep_event_get_date_start (event), sitrep_event_get_date_end (event),
                              sitrep_event_get_date_precision (event), &card->first, &card->last))
    card->date = _sitrep_story_format_extent (card->first, card->last, sitrep_event_get_date_precision (event));
  else
    card->date = dup_day_without_year (store, event_id);

  {
    const char *name = sitrep_event_get_place_name (event);
    const char *country = sitrep_event_get_country (event);
    /* An event placed from the gazetteer holds its country's code: the
     * audience reads "Syria", not "SY". */
    const char *country_name = sitrep_gazetteer_country_name (country);
    const char *parts[] = {
      name != NULL ? name : sitrep_event_get_location (event),
      sitrep_event_get_admin2 (event),
      sitrep_event_get_admin1 (event),
      country_name != NULL ? country_name : country,
    };
    card->place = join_nonempty (parts, G_N_ELEMENTS (parts), ", ");
    if (card->place == NULL)
      card->place = g_strdup (_("Place unknown"));
  }

  side1 = side_text (sitrep_event_get_actor1 (event), sitrep_event_get_assoc_actor1 (event));
  side2 = side_text (sitrep_event_get_actor2 (event), sitrep_event_get_assoc_actor2 (event));
  if (side1 != NULL && side2 != NULL)
    /* TRANSLATORS: actor 1 and actor 2 of an incident */
    card->actors = g_strdup_printf (_("%s against %s"), side1, side2);
  else
    card->actors = g_strdup (side1 != NULL ? side1 : side2);

  card->figures = figures_text (&figures);
  card->sources = sources_text (store, event, claims);
  if (figures.disputed)
    card->dispute = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Disputed: the source gives different figures.",
                                                  "Disputed: the %u sources give different figures.",
                                                  figures.n_sources),
                                     figures.n_sources);
  sitrep_derived_figures_clear (&figures);

  /* A handout of a CC BY dataset's events says where they come from. */
  if (sitrep_event_get_dataset_credit (event) != NULL)
    card->credit = g_strdup (_("Event from the UCDP Georeferenced Event Dataset (Sundberg & Melander 2013), "
                               "CC BY 4.0"));

  card_quote (card, store, event_id);
  return g_steal_pointer (&card);
}

void
sitrep_story_card_free (SitrepStoryCard *card)
{
  if (card == NULL)
    return;
  g_free (card->headline);
  g_free (card->date);
  g_free (card->place);
  g_free (card->event_type);
  g_free (card->actors);
  g_free (card->figures);
  g_free (card->sources);
  g_free (card->dispute);
  g_free (card->quote);
  g_free (card->quote_source);
  g_free (card->credit);
  g_free (card->area);
  g_free (card);
}

GArray *
sitrep_story_get_event_ids (SitrepStore  *store,
                            const char   *story,
                            GError      **error)
{
  SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
  gint64 story_id;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  if (story == NULL)
    return sitrep_store_query_event_ids (store, &query, error);
  story_id = sitrep_store_find_story (store, story, error);
  if (story_id == 0)
    return NULL;
  return sitrep_store_list_story_steps (store, story_id, error);
}
