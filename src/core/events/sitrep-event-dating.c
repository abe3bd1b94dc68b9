/* sitrep-event-dating.c — an event's date read from the Date span of its evidence, and given once its article is dated
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-events"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "sitrep-event-dating.h"
#include "sitrep-store-suggested-incidents.h"

static int
days_between (const char *a,
              const char *b)
{
  int ya, ma, da, yb, mb, db;
  GDate ga, gb;

  if (sscanf (a, "%4d-%2d-%2d", &ya, &ma, &da) != 3 || sscanf (b, "%4d-%2d-%2d", &yb, &mb, &db) != 3 ||
      !g_date_valid_dmy (da, ma, ya) || !g_date_valid_dmy (db, mb, yb))
    return -1;
  g_date_clear (&ga, 1);
  g_date_clear (&gb, 1);
  g_date_set_dmy (&ga, da, ma, ya);
  g_date_set_dmy (&gb, db, mb, yb);
  return g_date_days_between (&ga, &gb);
}

static int
precision_of (const char *prec,
              const char *start,
              const char *end)
{
  int days;

  if (g_strcmp0 (prec, "day") == 0)
    return 1;
  if (g_strcmp0 (prec, "week") == 0)
    return 3;
  if (g_strcmp0 (prec, "month") == 0)
    return 4;
  if (g_strcmp0 (prec, "year") == 0)
    return 5;
  if (end == NULL)
    return 1;
  days = days_between (start, end);
  return days < 0 ? 0 : days <= 5 ? 2 : days <= 7 ? 3 : days <= 31 ? 4 : 5;
}

/* A Date span's attributes as read once: its "date", "date_end" and
 * "precision" (owned), and whether its year is unknown. */
typedef struct
{
  char     *start;
  char     *end;
  char     *precision;
  gboolean  year_unknown;
} SpanDate;

static void
span_date_clear (SpanDate *d)
{
  g_clear_pointer (&d->start, g_free);
  g_clear_pointer (&d->end, g_free);
  g_clear_pointer (&d->precision, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SpanDate, span_date_clear)

/* Parses @attributes, a Date span's JSON, into @d: FALSE when it is no
 * JSON object or has no "date". */
static gboolean
span_date_parse (const char *attributes,
                 SpanDate   *d)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *obj;

  if (attributes == NULL)
    return FALSE;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, attributes, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  obj = json_node_get_object (json_parser_get_root (parser));
  d->start = g_strdup (json_object_get_string_member_with_default (obj, "date", NULL));
  d->end = g_strdup (json_object_get_string_member_with_default (obj, "date_end", NULL));
  d->precision = g_strdup (json_object_get_string_member_with_default (obj, "precision", NULL));
  d->year_unknown = json_object_get_boolean_member_with_default (obj, "year_unknown", FALSE);
  return d->start != NULL;
}

/* sitrep_event_dating_read () of a parsed span date. */
static gboolean
span_date_read (const SpanDate  *d,
                char           **date_start,
                char           **date_end,
                int             *date_precision)
{
  const char *start = d->start, *end = d->end;
  char *s, *e;
  int y = 0, m = 0;

  if (start == NULL || d->year_unknown)
    return FALSE;

  if (strlen (start) == 10)
    {
      s = g_strdup (start);
      e = end != NULL && strlen (end) == 10 && g_strcmp0 (end, start) != 0 ? g_strdup (end) : NULL;
    }
  else if (strlen (start) == 7 && sscanf (start, "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12)
    {
      s = g_strdup_printf ("%s-01", start);
      e = g_strdup_printf ("%04d-%02d-%02d", y, m, g_date_get_days_in_month (m, y));
    }
  else if (strlen (start) == 4 && sscanf (start, "%4d", &y) == 1)
    {
      s = g_strdup_printf ("%04d-01-01", y);
      e = g_strdup_printf ("%04d-12-31", y);
    }
  else
    {
      return FALSE;
    }
  *date_precision = precision_of (d->precision, s, e);
  *date_start = s;
  *date_end = e;
  return TRUE;
}

gboolean
sitrep_event_dating_read (const char  *attributes,
                          char       **date_start,
                          char       **date_end,
                          int         *date_precision)
{
  g_auto(SpanDate) d = { 0 };

  return span_date_parse (attributes, &d) && span_date_read (&d, date_start, date_end, date_precision);
}

/* The ids of the labels of kind "date". */
static GHashTable *
date_labels (SitrepStore *store)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_kind (labels->pdata[i]), "date") == 0)
      g_hash_table_add (ids, g_memdup2 (&(gint64) { sitrep_label_get_id (labels->pdata[i]) }, sizeof (gint64)));
  return ids;
}

/* The first Date span of @annotations within [@start, @end] that reads as
 * a full date; FALSE when none does. */
static gboolean
date_within (GPtrArray   *annotations,
             GHashTable  *dates,
             guint        start,
             guint        end,
             char       **date_start,
             char       **date_end,
             int         *date_precision)
{
  for (guint i = 0; i < annotations->len; i++)
    {
      SitrepAnnotation *a = annotations->pdata[i];
      gint64 label = sitrep_annotation_get_label_id (a);

      if (sitrep_annotation_get_start (a) < start || sitrep_annotation_get_end (a) > end ||
          !g_hash_table_contains (dates, &label))
        continue;
      if (sitrep_event_dating_read (sitrep_annotation_get_attributes (a), date_start, date_end, date_precision))
        return TRUE;
    }
  return FALSE;
}

/* The date of event @event_id told in article @article_id: the first Date
 * span within its evidence there, else the one the proposed incident it
 * was made of named (in the figure's sentence, outside the figure). */
static gboolean
evidence_date (SitrepStore  *store,
               gint64        event_id,
               gint64        article_id,
               GPtrArray    *annotations,
               GHashTable   *dates,
               GPtrArray    *evidence,
               char        **date_start,
               char        **date_end,
               int          *date_precision)
{
  g_autofree char *incident_date = NULL;

  for (guint k = 0; k < evidence->len; k++)
    {
      SitrepEvidence *ev = evidence->pdata[k];

      if (ev->article_id == article_id &&
          date_within (annotations, dates, ev->start, ev->end, date_start, date_end, date_precision))
        return TRUE;
    }
  incident_date = sitrep_store_incident_date_attributes (store, event_id, article_id);
  return sitrep_event_dating_read (incident_date, date_start, date_end, date_precision);
}

gboolean
sitrep_event_dating_apply (SitrepStore *store,
                           gint64       article_id,
                           guint       *n_dated,
                           GError     **error)
{
  g_autoptr(GArray) events = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) dates = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);

  *n_dated = 0;
  events = sitrep_store_list_article_events (store, article_id, error);
  if (events == NULL)
    return FALSE;
  if (events->len == 0)
    return TRUE;
  annotations = sitrep_store_list_annotations (store, article_id, 0, error);
  if (annotations == NULL)
    return FALSE;
  dates = date_labels (store);
  for (guint i = 0; i < events->len; i++)
    {
      gint64 id = g_array_index (events, gint64, i);
      g_autoptr(SitrepEvent) event = sitrep_store_get_event (store, id, NULL);
      g_autoptr(GPtrArray) evidence = NULL;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      int precision = 0;

      if (event == NULL || sitrep_event_get_date_start (event) != NULL)
        continue;
      evidence = sitrep_store_list_event_evidence (store, id, error);
      if (evidence == NULL)
        return FALSE;
      if (!evidence_date (store, id, article_id, annotations, dates, evidence, &start, &end, &precision))
        continue;
      if (!sitrep_store_set_event_dates (store, id, start, end, precision, error))
        return FALSE;
      (*n_dated)++;
    }
  return TRUE;
}

/* A Date span's day without its year: "--MM-DD" or "--MM" (and its end). */
static gboolean
day_without_year (const SpanDate  *d,
                  char           **day,
                  char           **day_end)
{
  const char *start = d->start, *end = d->end;

  if (start == NULL || !g_str_has_prefix (start, "--") || (strlen (start) != 7 && strlen (start) != 4))
    return FALSE;
  *day = g_strdup (start);
  *day_end = end != NULL && g_str_has_prefix (end, "--") && strlen (end) == strlen (start) &&
             strcmp (end, start) != 0 ? g_strdup (end) : NULL;
  return TRUE;
}

static gboolean
read_day_without_year (const char  *attributes,
                       char       **day,
                       char       **day_end)
{
  g_auto(SpanDate) d = { 0 };

  return span_date_parse (attributes, &d) && day_without_year (&d, day, day_end);
}

/* The year of a Date span that reads a full date on @day ("--MM-DD"), 0 otherwise. */
static int
year_of_same_day (const char *attributes,
                  const char *day)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  int precision = 0, y = 0;

  if (strlen (day) != 7 || !sitrep_event_dating_read (attributes, &start, &end, &precision))
    return 0;
  if (strlen (start) != 10 || strcmp (start + 4, day + 1) != 0 || sscanf (start, "%4d", &y) != 1)
    return 0;
  return y;
}

/* The year that puts @day ("--MM-DD" or "--MM") within a month of a dated
 * event that article @article_id also reports (the coder dated the other
 * incident of the same report), 0 when none is that near. */
static int
year_of_sibling (SitrepStore *store,
                 gint64       event_id,
                 gint64       article_id,
                 const char  *day)
{
  g_autoptr(GArray) events = sitrep_store_list_article_events (store, article_id, NULL);
  int m = 0, d = 1;

  if (events == NULL || sscanf (day + 2, "%2d-%2d", &m, &d) < 1 || m < 1 || m > 12)
    return 0;
  for (guint i = 0; i < events->len; i++)
    {
      gint64 id = g_array_index (events, gint64, i);
      g_autoptr(SitrepEvent) other = NULL;
      int y = 0, om = 0, od = 0;

      if (id == event_id)
        continue;
      other = sitrep_store_get_event (store, id, NULL);
      if (other == NULL || sitrep_event_get_date_start (other) == NULL ||
          sscanf (sitrep_event_get_date_start (other), "%4d-%2d-%2d", &y, &om, &od) != 3 ||
          !g_date_valid_dmy (od, om, y))
        continue;
      for (int k = y - 1; k <= y + 1; k++)
        {
          GDate a, b;

          if (!g_date_valid_dmy (MIN (d, 28), m, k))
            continue;
          g_date_clear (&a, 1);
          g_date_clear (&b, 1);
          g_date_set_dmy (&a, MIN (d, 28), m, k);
          g_date_set_dmy (&b, od, om, y);
          if (ABS (g_date_days_between (&a, &b)) <= 31)
            return k;
        }
    }
  return 0;
}

gboolean
sitrep_event_dating_reported_day (SitrepStore  *store,
                                  gint64        event_id,
                                  char        **day,
                                  char        **day_end,
                                  int          *year)
{
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GHashTable) dates = NULL;
  g_autoptr(GArray) articles = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *found = NULL;
  g_autofree char *found_end = NULL;
  int offer = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);

  event = sitrep_store_get_event (store, event_id, NULL);
  if (event == NULL || sitrep_event_get_date_start (event) != NULL)
    return FALSE;
  evidence = sitrep_store_list_event_evidence (store, event_id, NULL);
  if (evidence == NULL || evidence->len == 0)
    return FALSE;
  for (guint k = 0; k < evidence->len; k++)
    {
      gint64 id = ((SitrepEvidence *) evidence->pdata[k])->article_id;
      gboolean seen = FALSE;

      for (guint i = 0; i < articles->len && !seen; i++)
        seen = g_array_index (articles, gint64, i) == id;
      if (!seen)
        g_array_append_val (articles, id);
    }

  /* The day the incident itself named comes first. */
  for (guint i = 0; i < articles->len && found == NULL; i++)
    {
      g_autofree char *attributes = sitrep_store_incident_date_attributes (store, event_id,
                                                                          g_array_index (articles, gint64, i));

      read_day_without_year (attributes, &found, &found_end);
    }
  dates = date_labels (store);
  for (guint i = 0; i < articles->len && found == NULL; i++)
    {
      gint64 article_id = g_array_index (articles, gint64, i);
      g_autoptr(GPtrArray) annotations = sitrep_store_list_annotations (store, article_id, 0, NULL);

      for (guint k = 0; annotations != NULL && k < evidence->len && found == NULL; k++)
        {
          SitrepEvidence *ev = evidence->pdata[k];

          if (ev->article_id != article_id)
            continue;
          for (guint j = 0; j < annotations->len && found == NULL; j++)
            {
              SitrepAnnotation *a = annotations->pdata[j];
              gint64 label = sitrep_annotation_get_label_id (a);

              if (sitrep_annotation_get_start (a) >= ev->start && sitrep_annotation_get_end (a) <= ev->end &&
                  g_hash_table_contains (dates, &label))
                read_day_without_year (sitrep_annotation_get_attributes (a), &found, &found_end);
            }
        }
    }
  if (found == NULL)
    return FALSE;

  /* A year to offer: a report's publication year, else a report's full
   * date on the same day. */
  for (guint i = 0; i < articles->len && offer == 0; i++)
    {
      g_autoptr(SitrepArticle) article = sitrep_store_get_article (store, g_array_index (articles, gint64, i), NULL);
      const char *published = article != NULL ? sitrep_article_get_published (article) : NULL;
      int y = 0;

      if (published != NULL && sitrep_article_get_published_precision (article) >= SITREP_DATE_PRECISION_YEAR &&
          sscanf (published, "%4d", &y) == 1 && y > 0)
        offer = y;
    }
  for (guint i = 0; i < articles->len && offer == 0; i++)
    {
      g_autoptr(GPtrArray) annotations = sitrep_store_list_annotations (store, g_array_index (articles, gint64, i),
                                                                        0, NULL);

      for (guint j = 0; annotations != NULL && j < annotations->len && offer == 0; j++)
        {
          SitrepAnnotation *a = annotations->pdata[j];
          gint64 label = sitrep_annotation_get_label_id (a);

          if (g_hash_table_contains (dates, &label))
            offer = year_of_same_day (sitrep_annotation_get_attributes (a), found);
        }
    }

  for (guint i = 0; i < articles->len && offer == 0; i++)
    offer = year_of_sibling (store, event_id, g_array_index (articles, gint64, i), found);

  *day = g_steal_pointer (&found);
  *day_end = g_steal_pointer (&found_end);
  *year = offer;
  return TRUE;
}

/* "--MM-DD" or "--MM" in @year as a date ("YYYY-MM-DD"; a month as its
 * first or last day). */
static char *
day_in_year (const char *day,
             int         year,
             gboolean    last)
{
  int m = 0, d = 0;

  if (strlen (day) == 7 && sscanf (day + 2, "%2d-%2d", &m, &d) == 2 &&
      g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) year))
    return g_strdup_printf ("%04d-%02d-%02d", year, m, d);
  if (strlen (day) == 4 && sscanf (day + 2, "%2d", &m) == 1 && m >= 1 && m <= 12)
    return g_strdup_printf ("%04d-%02d-%02d", year, m,
                            last ? g_date_get_days_in_month ((GDateMonth) m, (GDateYear) year) : 1);
  return NULL;
}

gboolean
sitrep_event_dating_set_year (SitrepStore  *store,
                              gint64        event_id,
                              int           year,
                              GError      **error)
{
  g_autofree char *day = NULL;
  g_autofree char *day_end = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  int offer = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);

  if (year < 1 || year > 9999)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%d” is not a year; give one as four digits, such as 2022."), year);
      return FALSE;
    }
  if (!sitrep_event_dating_reported_day (store, event_id, &day, &day_end, &offer))
    {
      g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                           _("This event has a date already, or its reports give no day to date it with."));
      return FALSE;
    }
  start = day_in_year (day, year, FALSE);
  end = day_in_year (day_end != NULL ? day_end : day, year, TRUE);
  if (start == NULL || end == NULL)
    {
      /* 29 February in a year without it. */
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("%d has no such day; check the year."), year);
      return FALSE;
    }
  /* A range that runs into the new year ("28 December to 2 January") ends
   * in the next one. */
  if (strcmp (end, start) < 0)
    {
      g_free (end);
      end = day_in_year (day_end != NULL ? day_end : day, year + 1, TRUE);
      if (end == NULL)
        end = g_strdup (start);
    }
  return sitrep_store_set_event_dates (store, event_id, start, strcmp (end, start) != 0 ? end : NULL,
                                       precision_of (strlen (day) == 4 ? "month" : day_end != NULL ? NULL : "day",
                                                     start, end),
                                       error);
}
