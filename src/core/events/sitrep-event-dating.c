/* sitrep-event-dating.c — an event's date read from the Date span of its evidence, and given once its article is dated
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-events"

#include "config.h"

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

gboolean
sitrep_event_dating_read (const char  *attributes,
                          char       **date_start,
                          char       **date_end,
                          int         *date_precision)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *obj;
  const char *start, *end;
  char *s, *e;
  int y = 0, m = 0;

  if (attributes == NULL || !json_parser_load_from_data (parser, attributes, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  obj = json_node_get_object (json_parser_get_root (parser));
  start = json_object_get_string_member_with_default (obj, "date", NULL);
  end = json_object_get_string_member_with_default (obj, "date_end", NULL);
  if (start == NULL || json_object_get_boolean_member_with_default (obj, "year_unknown", FALSE))
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
  *date_precision = precision_of (json_object_get_string_member_with_default (obj, "precision", NULL), s, e);
  *date_start = s;
  *date_end = e;
  return TRUE;
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
