/* sitrep-event-day.c — the day an undated event's reports give without a year, as the Events view shows it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-day"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sitrep-event-dating.h"
#include "sitrep-event-day.h"

char *
sitrep_event_day_format (const char *day,
                         gboolean    brief)
{
  g_autoptr(GDateTime) when = NULL;
  int m = 0, d = 0;

  if (day == NULL)
    return NULL;
  if (strlen (day) == 7 && sscanf (day + 2, "%2d-%2d", &m, &d) == 2 && g_date_valid_dmy (d, m, 2000))
    {
      when = g_date_time_new_utc (2000, m, d, 12, 0, 0);
      return brief
             /* Translators: a day without its year in the Events table, as strftime () writes it: "13 Oct" */
             ? g_date_time_format (when, C_("short day without year", "%-d %b"))
             /* Translators: a day of the year without its year, as strftime () writes it: "13 October" */
             : g_date_time_format (when, C_("day without year", "%-d %B"));
    }
  if (strlen (day) == 4 && sscanf (day + 2, "%2d", &m) == 1 && m >= 1 && m <= 12)
    {
      when = g_date_time_new_utc (2000, m, 1, 12, 0, 0);
      return g_date_time_format (when, brief ? "%b" : "%B");
    }
  return NULL;
}

char *
sitrep_event_day_dup_without_year (SitrepStore *store,
                                   gint64       event_id,
                                   gboolean     brief,
                                   int         *year)
{
  g_autofree char *day = NULL;
  g_autofree char *day_end = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *shown_end = NULL;
  int offer = 0;

  if (year != NULL)
    *year = 0;
  if (store == NULL || !sitrep_event_dating_reported_day (store, event_id, &day, &day_end, &offer))
    return NULL;
  if (year != NULL)
    *year = offer;
  shown = sitrep_event_day_format (day, brief);
  if (shown == NULL)
    return NULL;
  if (brief)
    /* Translators: the Date of an event whose reports give no year: "13 Oct, no year" */
    return g_strdup_printf (_("%s, no year"), shown);
  shown_end = sitrep_event_day_format (day_end, FALSE);
  if (shown_end != NULL)
    /* Translators: an event's dates as its reports give them, without a year: "13 October – 14 October" */
    return g_strdup_printf (_("%s – %s, year not known"), shown, shown_end);
  /* Translators: an event's day as its reports give it, without a year: "13 October" */
  return g_strdup_printf (_("%s, year not known"), shown);
}

char *
sitrep_event_day_dup_cell (SitrepStore  *store,
                           SitrepEvent  *e,
                           const char  **tooltip)
{
  const char *start = sitrep_event_get_date_start (e);
  const char *end = sitrep_event_get_date_end (e);
  gsize same = 0;
  char *text;

  *tooltip = NULL;
  if (start == NULL)
    {
      text = sitrep_event_day_dup_without_year (store, sitrep_event_get_id (e), TRUE, NULL);
      if (text == NULL)
        return g_strdup ("—");
      *tooltip = _("Its reports give this day without a year: give the year in the event’s card");
      return text;
    }
  if (end == NULL || strcmp (end, start) == 0)
    return g_strdup (start);
  /* "2015-01-05–06", "2015-01-30–02-02": the end without what it shares
   * with the start (whole year or year-month parts only). */
  if (strlen (start) == 10 && strlen (end) == 10)
    same = strncmp (start, end, 8) == 0 ? 8 : strncmp (start, end, 5) == 0 ? 5 : 0;
  return g_strdup_printf ("%s–%s", start, end + same);
}
