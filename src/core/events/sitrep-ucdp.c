/* sitrep-ucdp.c — importing events from a UCDP GED CSV file
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-ucdp"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-csv.h"
#include "sitrep-event.h"
#include "sitrep-figures.h"
#include "sitrep-store-events.h"
#include "sitrep-io.h"
#include "sitrep-progress-private.h"
#include "sitrep-ucdp.h"

#define CLAIMANT "UCDP"
#define EXTERNAL_SOURCE SITREP_UCDP_EXTERNAL_SOURCE

/* Each column under its GED name and its other spellings (the AEC files). */
enum
{
  COL_ID, COL_SIDE_A, COL_SIDE_B, COL_START, COL_END, COL_DATE_PREC, COL_WHERE_PREC,
  COL_COUNTRY, COL_ADM1, COL_ADM2, COL_WHERE, COL_LATITUDE, COL_LONGITUDE,
  COL_DEATHS_A, COL_DEATHS_B, COL_DEATHS_CIV, COL_DEATHS_UNKNOWN, COL_LOW, COL_BEST, COL_HIGH,
  COL_SOURCE, N_COLS
};

static const char * const column_names[N_COLS][3] = {
  [COL_ID] = { "id", "ucdp_ged_id", NULL },
  [COL_SIDE_A] = { "side_a", "side_a_name", NULL },
  [COL_SIDE_B] = { "side_b", "side_b_name", NULL },
  [COL_START] = { "date_start", "start_date", NULL },
  [COL_END] = { "date_end", "end_date", NULL },
  [COL_DATE_PREC] = { "date_prec", NULL, NULL },
  [COL_WHERE_PREC] = { "where_prec", NULL, NULL },
  [COL_COUNTRY] = { "country", "location_root_name", NULL },
  [COL_ADM1] = { "adm_1", "location_adm1_name", NULL },
  [COL_ADM2] = { "adm_2", "location_adm2_name", NULL },
  [COL_WHERE] = { "where_coordinates", "location_where_name", "where_description" },
  [COL_LATITUDE] = { "latitude", NULL, NULL },
  [COL_LONGITUDE] = { "longitude", NULL, NULL },
  [COL_DEATHS_A] = { "deaths_a", "deaths_side_a", NULL },
  [COL_DEATHS_B] = { "deaths_b", "deaths_side_b", NULL },
  [COL_DEATHS_CIV] = { "deaths_civilians", "deaths_civilian", NULL },
  [COL_DEATHS_UNKNOWN] = { "deaths_unknown", NULL, NULL },
  [COL_LOW] = { "low", "deaths_low", NULL },
  [COL_BEST] = { "best", "deaths_best", NULL },
  [COL_HIGH] = { "high", "deaths_high", NULL },
  [COL_SOURCE] = { "source_article", "source_article_hplt_id", NULL },
};

static const int required[] = {
  COL_SIDE_A, COL_SIDE_B, COL_START, COL_DEATHS_A, COL_DEATHS_B, COL_DEATHS_CIV, COL_DEATHS_UNKNOWN,
};

void
sitrep_ucdp_report_clear (SitrepUcdpReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  report->n_rows = report->n_imported = 0;
}

static const char *
field (SitrepCsvRow *row,
       const int    *columns,
       int           col)
{
  const char *value;

  if (columns[col] < 0 || (guint) columns[col] >= row->fields->len)
    return NULL;
  value = g_ptr_array_index (row->fields, columns[col]);
  return *value != '\0' ? value : NULL;
}

/* A count: digits only, at most SITREP_FIGURE_MAX. */
static gboolean
parse_count (const char *str,
             gint64     *value)
{
  guint64 v;

  if (str == NULL)
    return FALSE;
  if (!g_ascii_string_to_unsigned (str, 10, 0, SITREP_FIGURE_MAX, &v, NULL))
    return FALSE;
  *value = (gint64) v;
  return TRUE;
}

/* Why @str is not a count, for a row's message. */
static char *
count_problem (guint       line,
               const char *str,
               const char *column)
{
  gboolean digits = *str != '\0';

  for (const char *p = str; *p != '\0'; p++)
    digits = digits && g_ascii_isdigit (*p);
  if (digits)
    return g_strdup_printf (_("line %u: %s is %s, more than Sitrep accepts as a count "
                              "(%" PRId64 ")"), line, column, str, SITREP_FIGURE_MAX);
  return g_strdup_printf (_("line %u: “%s” is not a number of deaths (%s)"), line, str, column);
}

/* The years a UCDP date may fall in: GED starts in 1989, and no event is
 * dated after next year. */
#define FIRST_YEAR 1900

static int
last_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_get_year (now) + 1;
}

/* "2011-03-25", or that followed by a time ("2011-03-25 00:00:00.000"). */
static gboolean
parse_day (const char *str,
           GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (str == NULL || strlen (str) < 10 || !g_ascii_isdigit (str[0]) || str[4] != '-' || str[7] != '-' ||
      (str[10] != '\0' && str[10] != ' ' && str[10] != 'T'))
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (str[i]))
      return FALSE;
  if (sscanf (str, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

static char *
format_day (const GDate *date)
{
  char buf[16];

  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", date);
  return g_strdup (buf);
}

static const char *
actor_type_of (const char *name)
{
  if (name == NULL)
    return NULL;
  if (g_str_has_prefix (name, "Government of "))
    return "state_forces";
  if (g_ascii_strcasecmp (name, "Civilians") == 0)
    return "civilians";
  return NULL;
}

/* Everything one row becomes; strings are owned by the row or by @strings. */
typedef struct
{
  SitrepEventImport item;
  SitrepClaimDraft claims[SITREP_VICTIM_N_SIDES];
} Item;

/* The start and end dates of a row (the end defaults to the start). */
static gboolean
read_dates (SitrepCsvRow  *row,
            const int     *columns,
            GDate         *start,
            GDate         *end,
            char         **problem)
{
  int last = last_year ();

  if (!parse_day (field (row, columns, COL_START), start))
    {
      *problem = g_strdup_printf (_("line %u: “%s” is not a start date"), row->line,
                                  field (row, columns, COL_START) ? field (row, columns, COL_START) : "");
      return FALSE;
    }
  if (field (row, columns, COL_END) == NULL)
    *end = *start;
  else if (!parse_day (field (row, columns, COL_END), end))
    {
      *problem = g_strdup_printf (_("line %u: “%s” is not an end date"), row->line,
                                  field (row, columns, COL_END));
      return FALSE;
    }
  if (g_date_get_year (start) < FIRST_YEAR || g_date_get_year (end) > last)
    {
      *problem = g_strdup_printf (_("line %u: the dates must fall between %d and %d"), row->line,
                                  FIRST_YEAR, last);
      return FALSE;
    }
  if (g_date_compare (end, start) < 0)
    {
      *problem = g_strdup_printf (_("line %u: the end date is before the start date"), row->line);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_coordinate (const char *str,
                  double      limit,
                  double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (str, &end);
  return end != str && *end == '\0' && isfinite (*value) && fabs (*value) <= limit;
}

/* Where a row's event happened: names, and coordinates when the row has
 * them (0, 0 is UCDP's "none"); coordinates that are not a place on Earth
 * refuse the row. */
static gboolean
read_place (SitrepCsvRow      *row,
            const int         *columns,
            SitrepEventDraft  *d,
            char             **problem)
{
  const char *lat_text = field (row, columns, COL_LATITUDE);
  const char *lon_text = field (row, columns, COL_LONGITUDE);
  double lat, lon;

  d->location = field (row, columns, COL_WHERE);
  d->admin1 = field (row, columns, COL_ADM1);
  d->admin2 = field (row, columns, COL_ADM2);
  d->country = field (row, columns, COL_COUNTRY);
  if (lat_text == NULL && lon_text == NULL)
    return TRUE;
  if (lat_text == NULL || lon_text == NULL ||
      !parse_coordinate (lat_text, 90, &lat) || !parse_coordinate (lon_text, 180, &lon))
    {
      *problem = g_strdup_printf (_("line %u: “%s”, “%s” is not a latitude (−90 to 90) and a "
                                    "longitude (−180 to 180)"), row->line,
                                  lat_text != NULL ? lat_text : "", lon_text != NULL ? lon_text : "");
      return FALSE;
    }
  if (lat != 0 || lon != 0)
    {
      d->latitude = lat;
      d->longitude = lon;
    }
  return TRUE;
}

/* UCDP's low and high (each best when not given). */
static gboolean
read_low_high (SitrepCsvRow  *row,
               const int     *columns,
               gint64         best,
               gint64        *low,
               gint64        *high,
               char         **problem)
{
  const char *low_text = field (row, columns, COL_LOW);
  const char *high_text = field (row, columns, COL_HIGH);

  *low = *high = best;
  if (low_text != NULL && !parse_count (low_text, low))
    {
      *problem = count_problem (row->line, low_text, "low");
      return FALSE;
    }
  if (high_text != NULL && !parse_count (high_text, high))
    {
      *problem = count_problem (row->line, high_text, "high");
      return FALSE;
    }
  if (*low > *high)
    {
      *problem = g_strdup_printf (_("line %u: low (%" PRId64 ") is above high (%" PRId64 ")"),
                                  row->line, *low, *high);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_row (SitrepCsvRow  *row,
          const int     *columns,
          GPtrArray     *strings,
          Item          *out,
          char         **problem)
{
  static const int death_columns[SITREP_VICTIM_N_SIDES] = {
    COL_DEATHS_A, COL_DEATHS_B, COL_DEATHS_CIV, COL_DEATHS_UNKNOWN,
  };
  SitrepEventImport *item = &out->item;
  SitrepEventDraft *d = &item->draft;
  gint64 deaths[SITREP_VICTIM_N_SIDES], best = 0, low = -1, high = -1, stated_best;
  gint64 prec;
  GDate start, end;
  guint n_claims = 0;
  int days;

  memset (out, 0, sizeof *out);
  *d = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;

  if (!read_dates (row, columns, &start, &end, problem))
    return FALSE;

  for (guint s = 0; s < SITREP_VICTIM_N_SIDES; s++)
    {
      const char *value = field (row, columns, death_columns[s]);

      if (value == NULL)
        deaths[s] = 0;
      else if (!parse_count (value, &deaths[s]))
        {
          *problem = count_problem (row->line, value, column_names[death_columns[s]][0]);
          return FALSE;
        }
      best += deaths[s];
    }
  if (best > SITREP_FIGURE_MAX)
    {
      *problem = g_strdup_printf (_("line %u: the deaths add up to %" PRId64 ", more than Sitrep "
                                    "accepts as a count (%" PRId64 ")"), row->line, best, SITREP_FIGURE_MAX);
      return FALSE;
    }
  if (field (row, columns, COL_BEST) != NULL &&
      (!parse_count (field (row, columns, COL_BEST), &stated_best) || stated_best != best))
    {
      *problem = g_strdup_printf (_("line %u: best (%s) is not the sum of the deaths columns (%" PRId64 ")"),
                                  row->line, field (row, columns, COL_BEST), best);
      return FALSE;
    }
  if (!read_low_high (row, columns, best, &low, &high, problem))
    return FALSE;

  g_ptr_array_add (strings, format_day (&start));
  d->date_start = g_ptr_array_index (strings, strings->len - 1);
  g_ptr_array_add (strings, format_day (&end));
  d->date_end = g_ptr_array_index (strings, strings->len - 1);

  /* UCDP date_prec when given; else from the length of the range. */
  days = g_date_days_between (&start, &end);
  if (field (row, columns, COL_DATE_PREC) != NULL && parse_count (field (row, columns, COL_DATE_PREC), &prec) &&
      prec >= 1 && prec <= 5)
    d->date_precision = (int) prec;
  else
    d->date_precision = days == 0 ? 1 : days <= 5 ? 2 : days <= 6 ? 3 : days <= 31 ? 4 : 5;
  if (field (row, columns, COL_WHERE_PREC) != NULL &&
      parse_count (field (row, columns, COL_WHERE_PREC), &prec) && prec >= 1 && prec <= 7)
    d->where_prec = (int) prec;

  if (!read_place (row, columns, d, problem))
    return FALSE;

  item->actor1_name = field (row, columns, COL_SIDE_A);
  item->actor1_type = actor_type_of (item->actor1_name);
  item->actor2_name = field (row, columns, COL_SIDE_B);
  item->actor2_type = actor_type_of (item->actor2_name);
  if (item->actor1_name == NULL)
    {
      *problem = g_strdup_printf (_("line %u: side_a is empty"), row->line);
      return FALSE;
    }

  for (guint s = 0; s < SITREP_VICTIM_N_SIDES; s++)
    {
      if (deaths[s] == 0)
        continue;
      out->claims[n_claims] = (SitrepClaimDraft) SITREP_CLAIM_DRAFT_INIT;
      out->claims[n_claims].count_low = deaths[s];
      out->claims[n_claims].victim_side = (SitrepVictimSide) s;
      n_claims++;
    }
  if (n_claims == 0)
    {
      /* No deaths is a figure too: best 0. */
      out->claims[0] = (SitrepClaimDraft) SITREP_CLAIM_DRAFT_INIT;
      n_claims = 1;
    }
  item->claims = out->claims;
  item->n_claims = n_claims;
  item->claimant_name = CLAIMANT;
  item->low_override = low != best || high != best ? low : -1;
  item->high_override = low != best || high != best ? high : -1;
  item->range_override_reason = _("UCDP GED low and high estimates");
  item->external_source = EXTERNAL_SOURCE;
  item->external_id = field (row, columns, COL_ID);
  item->source_reference = field (row, columns, COL_SOURCE);
  return TRUE;
}

gboolean
sitrep_ucdp_import_data (SitrepStore                *store,
                         const char                 *text,
                         gsize                       length,
                         SitrepUcdpReport           *report,
                         SitrepEventImportProgress   progress,
                         gpointer                    user_data,
                         GCancellable               *cancellable,
                         GError                    **error)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) events = NULL;
  SitrepCsvRow *header;
  int columns[N_COLS];
  guint added;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  report->n_rows = report->n_imported = 0;
  if (report->problems == NULL)
    report->problems = g_ptr_array_new_with_free_func (g_free);

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("This file is not UTF-8 text: it cannot be a UCDP GED CSV."));
      return FALSE;
    }

  rows = sitrep_csv_parse (text, length, ',', warnings);
  if (rows->len == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID, _("The file is empty."));
      return FALSE;
    }

  header = g_ptr_array_index (rows, 0);
  for (int c = 0; c < N_COLS; c++)
    {
      columns[c] = -1;
      for (guint i = 0; i < header->fields->len && columns[c] < 0; i++)
        {
          const char *name = g_ptr_array_index (header->fields, i);
          for (guint k = 0; k < 3 && column_names[c][k] != NULL; k++)
            {
              if (g_ascii_strcasecmp (g_strstrip ((char *) name), column_names[c][k]) == 0)
                columns[c] = (int) i;
            }
        }
    }
  for (guint r = 0; r < G_N_ELEMENTS (required); r++)
    {
      if (columns[required[r]] < 0)
        {
          g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                       _("This is not a UCDP GED file: it has no “%s” column."),
                       column_names[required[r]][0]);
          return FALSE;
        }
    }

  for (guint i = 0; i < warnings->len; i++)
    g_ptr_array_add (report->problems, g_strdup (g_ptr_array_index (warnings, i)));

  /* Items point into each other's claims: size the array once. */
  items = g_array_sized_new (FALSE, TRUE, sizeof (Item), rows->len);
  for (guint i = 1; i < rows->len; i++)
    {
      SitrepCsvRow *row = g_ptr_array_index (rows, i);
      g_autofree char *problem = NULL;
      Item item;

      report->n_rows++;
      if (!read_row (row, columns, strings, &item, &problem))
        {
          g_ptr_array_add (report->problems, g_steal_pointer (&problem));
          continue;
        }
      g_array_append_val (items, item);
    }

  events = g_array_sized_new (FALSE, TRUE, sizeof (SitrepEventImport), items->len);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      item->item.claims = item->claims;
      g_array_append_val (events, item->item);
    }

  added = sitrep_store_import_events (store, (const SitrepEventImport *) (gpointer) events->data, events->len,
                                      progress, user_data, cancellable, error);
  if (added == 0 && events->len > 0)
    return FALSE;
  report->n_imported = added;
  return TRUE;
}

gboolean
sitrep_ucdp_import_file (SitrepStore                *store,
                         GFile                      *file,
                         SitrepUcdpReport           *report,
                         SitrepEventImportProgress   progress,
                         gpointer                    user_data,
                         GCancellable               *cancellable,
                         GError                    **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!sitrep_io_read_input (file, SITREP_IO_MAX_LOADED, &contents, &length, cancellable, error))
    return FALSE;
  return sitrep_ucdp_import_data (store, contents, length, report, progress, user_data, cancellable, error);
}

typedef struct
{
  GFile               *file;
  SitrepUcdpReport     report;
  SitrepProgressRelay *relay;
} ImportTask;

static void
import_task_free (ImportTask *job)
{
  g_clear_object (&job->file);
  sitrep_ucdp_report_clear (&job->report);
  g_clear_pointer (&job->relay, _sitrep_progress_relay_unref);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportTask *job = task_data;
  GError *error = NULL;

  if (sitrep_ucdp_import_file (SITREP_STORE (source_object), job->file, &job->report,
                               _sitrep_progress_relay_send_done_total, job->relay,
                               cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_ucdp_import_file_async:
 * @progress: (nullable): called on the caller's main context as rows are stored
 *
 * Imports a UCDP GED CSV on a worker thread, on a connection of its own:
 * the caller's reads of @store go on meanwhile and see the project as it
 * was until the import commits. A cancel leaves the project as it was.
 */
void
sitrep_ucdp_import_file_async (SitrepStore                *store,
                               GFile                      *file,
                               SitrepEventImportProgress   progress,
                               gpointer                    progress_data,
                               GDestroyNotify              progress_destroy,
                               GCancellable               *cancellable,
                               GAsyncReadyCallback         callback,
                               gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportTask *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ImportTask, 1);
  job->file = g_object_ref (file);
  job->relay = _sitrep_progress_relay_new_done_total (progress, progress_data, progress_destroy);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_ucdp_import_file_async);
  /* The result says what happened: a cancel that came too late to stop
   * it does not hide that it was done. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) import_task_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sitrep_ucdp_import_file_finish:
 * @report: (out caller-allocates) (optional): the rows read, imported and skipped
 *
 * Returns: %TRUE when the file was imported (rows may have been skipped).
 */
gboolean
sitrep_ucdp_import_file_finish (SitrepStore       *store,
                                GAsyncResult      *result,
                                SitrepUcdpReport  *report,
                                GError           **error)
{
  ImportTask *job;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_ucdp_import_file_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (report != NULL)
    {
      *report = job->report;
      job->report.problems = NULL;
      job->report.n_rows = job->report.n_imported = 0;
    }
  return g_task_propagate_boolean (G_TASK (result), error);
}
