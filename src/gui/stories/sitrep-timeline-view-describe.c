/* sitrep-timeline-view-describe.c — what a mark, a bar or a lane of the timeline stands for: its tooltips
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-codebook.h"
#include "sitrep-timeline-view-private.h"

/* Tooltips: what a mark, a bar or a lane stands for */

static char *
human_day (guint32 day)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate d;

  g_date_clear (&d, 1);
  if (!g_date_valid_julian (day))
    return g_strdup ("");
  g_date_set_julian (&d, day);
  dt = g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d), 0, 0, 0);
  /* Translators: a day in the timeline's tooltips; see g_date_time_format */
  return dt != NULL ? g_date_time_format (dt, _("%-d %b %Y")) : g_strdup ("");
}

static char *
describe_killed (gint64 killed)
{
  g_autofree char *n = NULL;

  if (killed < 0)
    return g_strdup (_("No killed reported"));
  n = g_strdup_printf ("%" G_GINT64_FORMAT, killed);
  /* Translators: "%s" is a number of people killed */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s killed", "%s killed", (gulong) MIN (killed, G_MAXLONG)),
                          n);
}

static char *
describe_event (const SitrepTimelineEvent *e)
{
  g_autofree char *a = human_day (e->first);
  g_autofree char *b = human_day (e->last);
  g_autofree char *when = NULL;
  g_autofree char *killed = describe_killed (e->fatalities);
  GString *text = g_string_new (e->event_type != NULL ? sitrep_codebook_event_type_display_name (e->event_type)
                                                      : _("Not coded"));

  if (e->first == e->last)
    when = g_steal_pointer (&a);
  else
    switch (e->date_precision)
      {
      case 3:
        /* Translators: a date known only to the week, drawn as a span on the timeline */
        when = g_strdup_printf (_("%s – %s (known to the week)"), a, b);
        break;
      case 4:
        when = g_strdup_printf (_("%s – %s (known to the month)"), a, b);
        break;
      case 5:
        when = g_strdup_printf (_("%s – %s (known to the year)"), a, b);
        break;
      default:
        /* Translators: an event dated by a range, drawn as a span on the timeline */
        when = g_strdup_printf (_("%s – %s (some time between)"), a, b);
        break;
      }
  g_string_append_printf (text, "\n%s", when);
  if (e->actor1 != NULL && *e->actor1 != '\0')
    g_string_append_printf (text, "\n%s", e->actor1);
  g_string_append_printf (text, "\n%s", killed);

  return g_string_free (text, FALSE);
}

char *
_sitrep_timeline_view_say_event (const SitrepTimelineEvent *e)
{
  g_auto(GStrv) lines = NULL;
  char *text = describe_event (e);

  lines = g_strsplit (text, "\n", -1);
  g_free (text);
  /* Translators: joins the lines of a timeline mark's tooltip for a screen reader */
  return g_strjoinv (_(", "), lines);
}

static char *
describe_bucket (const SitrepTimelineBucket *b,
                 SitrepTimelineUnit          unit)
{
  g_autofree char *start = human_day (b->start);
  g_autofree char *killed = describe_killed (b->killed);
  GString *text = g_string_new (NULL);

  switch (unit)
    {
    case SITREP_TIMELINE_DAY:
      g_string_append (text, start);
      break;
    case SITREP_TIMELINE_WEEK:
      /* Translators: a bar of the timeline's chart, "Week of 28 Feb 2022" */
      g_string_append_printf (text, _("Week of %s"), start);
      break;
    case SITREP_TIMELINE_MONTH:
    default:
      {
        GDate d;
        g_autoptr(GDateTime) dt = NULL;
        g_autofree char *month = NULL;

        g_date_clear (&d, 1);
        g_date_set_julian (&d, b->start);
        dt = g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d), 1, 0, 0, 0);
        /* Translators: a month's bar of the timeline's chart; see g_date_time_format */
        month = dt != NULL ? g_date_time_format (dt, _("%B %Y")) : NULL;
        g_string_append (text, month != NULL ? month : start);
      }
      break;
    }
  g_string_append_printf (text, "\n%s", killed);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " in %'u event dated within it",
                                             " in %'u events dated within it", b->n_events), b->n_events);
  if (b->n_spanning > 0)
    {
      g_autofree char *more = describe_killed (b->killed_spanning);

      /* Translators: the pale part of a bar: events whose dates reach beyond the bar */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "\nand %s in %'u event that may fall in it (paler)",
                                                 "\nand %s in %'u events that may fall in it (paler)",
                                                 b->n_spanning), more, b->n_spanning);
    }

  return g_string_free (text, FALSE);
}

static char *
describe_lane (SitrepTimelineView *self,
               guint               row)
{
  guint rows = n_rows (self);
  GString *text;

  if (row >= self->lanes->len)
    return NULL;
  if (row + 1 < rows || self->lanes->len <= rows)
    return g_strdup (sitrep_codebook_event_type_display_name (self->lane_names[row]));

  text = g_string_new (NULL);
  /* Translators: the tooltip of the last lane, which holds the lanes that do not fit */
  g_string_append_printf (text, _("%u more lanes, drawn together:"), self->lanes->len - row);
  for (guint l = row; l < self->lanes->len && l < row + 12; l++)
    {
      const char *name = sitrep_codebook_event_type_display_name (self->lane_names[l]);

      /* An actor may be a long list of groups: a line each, not a page. */
      if (g_utf8_strlen (name, -1) > 60)
        {
          g_autofree char *start = g_utf8_substring (name, 0, 59);

          g_string_append_printf (text, "\n%s…", start);
        }
      else
        g_string_append_printf (text, "\n%s", name);
    }
  if (self->lanes->len > row + 12)
    g_string_append (text, "\n…");
  g_string_append_printf (text, "\n%s", _("Drag the handle above the timeline to give them room"));

  return g_string_free (text, FALSE);
}

/* What is at (@x, @y), and in @area the rectangle it covers, so a tooltip
 * follows the pointer from one thing to the next. */
char *
_sitrep_timeline_view_describe_at (SitrepTimelineView *self,
                                   double              x,
                                   double              y,
                                   GdkRectangle       *area)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  graphene_rect_t r = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  char *text = NULL;

  if (self->lanes == NULL)
    return NULL;

  if (x >= gutter (self) && y >= chart_height (self) + AXIS_HEIGHT)
    {
      gint64 id = _sitrep_timeline_view_pick (self, x, y);
      const SitrepTimelineEvent *e = id != 0 ? _sitrep_timeline_view_find_event (self, id, NULL)
                                             : NULL;

      if (e != NULL)
        {
          double x0 = day_x (self, e->first), x1 = day_x (self, e->last + 1.0);
          double reach = MAX (PICK_RADIUS, mark_size (self, e->fatalities) / 2);

          text = describe_event (e);
          if (!drawn_as_span (e, self->ppd))
            {
              x0 = (x0 + x1) / 2 - reach;
              x1 = x0 + 2 * reach;
            }
          r = GRAPHENE_RECT_INIT (x0, row_y (self, row_of_lane (self, e->lane)), x1 - x0, lane_height (self));
        }
    }
  else if (x >= gutter (self) && y < chart_height (self))
    {
      SitrepTimelineUnit unit = unit_for_zoom (self->ppd);
      GArray *buckets = self->buckets[unit];
      double day = x_day (self, x);
      guint i = buckets != NULL ? bucket_lower_bound (buckets, day) : 0;

      const SitrepTimelineBucket *b = buckets != NULL && i < buckets->len
                                      ? &g_array_index (buckets, SitrepTimelineBucket, i) : NULL;

      if (b != NULL && b->start <= day && b->n_events + b->n_spanning > 0)
        {
          text = describe_bucket (b, unit);
          r = GRAPHENE_RECT_INIT (day_x (self, b->start), 0, day_x (self, b->end) - day_x (self, b->start),
                                  chart_height (self));
        }
    }
  else if (x < gutter (self) && y >= chart_height (self) + AXIS_HEIGHT)
    {
      int row = (int) floor ((y - row_y (self, 0)) / lane_height (self));

      if (row >= 0 && (guint) row < n_rows (self))
        {
          text = describe_lane (self, row);
          r = GRAPHENE_RECT_INIT (0, row_y (self, row), gutter (self), lane_height (self));
        }
    }

  if (area != NULL)
    {
      double x0 = CLAMP (r.origin.x, 0, width), x1 = CLAMP (r.origin.x + r.size.width, 0, width);

      area->x = (int) floor (x0);
      area->y = (int) floor (r.origin.y);
      area->width = MAX (1, (int) ceil (x1) - area->x);
      area->height = MAX (1, (int) ceil (r.size.height));
    }

  return text;
}

static gboolean
sitrep_timeline_view_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard,
                                    GtkTooltip *tooltip)
{
  SitrepTimelineView *self = SITREP_TIMELINE_VIEW (widget);
  g_autofree char *text = NULL;
  GdkRectangle area;

  if (keyboard || self->brushing ||
      (text = _sitrep_timeline_view_describe_at (self, x_from_widget (self, x), y, &area)) == NULL)
    return FALSE;
  if (mirrored (self))
    area.x = (int) floor (x_to_widget (self, area.x));
  gtk_tooltip_set_tip_area (tooltip, &area);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

void
_sitrep_timeline_view_class_describe_init (GtkWidgetClass *widget_class)
{
  widget_class->query_tooltip = sitrep_timeline_view_query_tooltip;
}

static char *
format_day (GDate      *date,
            const char *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                 g_date_get_day (date), 0, 0, 0);

  return dt != NULL ? g_date_time_format (dt, format) : g_strdup ("");
}

/* A range as short as it reads: "15–17 Oct 2022", "30 Sep – 2 Oct 2022",
 * the year only where the two days' years differ. */
char *
sitrep_timeline_format_range (guint32 first,
                              guint32 last)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GDate) da = NULL, db = NULL;

  if (!g_date_valid_julian (first) || !g_date_valid_julian (last))
    return g_strdup ("");
  da = g_date_new_julian (first);
  db = g_date_new_julian (last);
  /* Translators: a whole day in the timeline's status; see g_date_time_format */
  b = format_day (db, _("%-d %b %Y"));
  if (first == last)
    return g_steal_pointer (&b);
  if (g_date_get_year (da) != g_date_get_year (db))
    a = format_day (da, _("%-d %b %Y"));
  else if (g_date_get_month (da) != g_date_get_month (db))
    /* Translators: the first day of a range within one year, "30 Sep" in "30 Sep – 2 Oct 2022" */
    a = format_day (da, _("%-d %b"));
  else
    {
      /* Translators: the first day of a range within one month, "15" in "15–17 Oct 2022" */
      a = format_day (da, _("%-d"));
      /* Translators: a range of days within one month, "15–17 Oct 2022" */
      return g_strdup_printf (C_("date range", "%s–%s"), a, b);
    }
  /* Translators: a range of days across months, "30 Sep – 2 Oct 2022" */
  return g_strdup_printf (C_("date range", "%s – %s"), a, b);
}
