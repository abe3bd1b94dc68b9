/* sitrep-cli-events.c — sitrep-cli commands for events: list, import
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-cli-events.h"
#include "sitrep-event-dating.h"
#include "sitrep-ucdp.h"

/* Events are read this many at a time when listing. */
#define LIST_BATCH 500

static void
add_figure (JsonBuilder *b,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (b, name);
  if (value >= 0)
    json_builder_add_int_value (b, value);
  else
    json_builder_add_null_value (b);
}

static char *
figure_text (gint64 value)
{
  return value >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("–");
}

static const char *
event_place (SitrepEvent *e)
{
  return sitrep_event_get_place_name (e) != NULL ? sitrep_event_get_place_name (e)
                                                 : sitrep_event_get_location (e);
}

/* One element of the --json array: the event and its derived figures. */
/* An undated event's day as its reports give it without a year
 * ("--10-16"), NULL when they give none. */
static char *
dup_day_without_year (SitrepStore *store,
                      SitrepEvent *e)
{
  char *day = NULL;
  g_autofree char *day_end = NULL;
  int year = 0;

  if (sitrep_event_get_date_start (e) != NULL ||
      !sitrep_event_dating_reported_day (store, sitrep_event_get_id (e), &day, &day_end, &year))
    return NULL;
  return day;
}

static gboolean
print_event_json (SitrepStore         *store,
                  SitrepEvent         *e,
                  SitrepCliJsonArray  *writer,
                  GError             **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  SitrepDerivedFigures f;

  if (!sitrep_store_get_event_figures (store, sitrep_event_get_id (e), &f, error))
    return FALSE;
  json_builder_begin_object (b);
  sitrep_cli_json_add_int (b, "id", sitrep_event_get_id (e));
  sitrep_cli_json_add_string (b, "date_start", sitrep_event_get_date_start (e));
  sitrep_cli_json_add_string (b, "date_end", sitrep_event_get_date_end (e));
  /* An undated event's day without its year, as its reports give it ("--10-16"). */
  {
    g_autofree char *day = dup_day_without_year (store, e);

    if (day != NULL)
      sitrep_cli_json_add_string (b, "day_without_year", day);
  }
  sitrep_cli_json_add_string (b, "event_type", sitrep_event_get_event_type (e));
  sitrep_cli_json_add_string (b, "sub_event_type", sitrep_event_get_sub_event_type (e));
  sitrep_cli_json_add_string (b, "location", event_place (e));
  sitrep_cli_json_add_string (b, "admin1", sitrep_event_get_admin1 (e));
  sitrep_cli_json_add_string (b, "actor1", sitrep_event_get_actor1 (e));
  sitrep_cli_json_add_string (b, "actor2", sitrep_event_get_actor2 (e));
  add_figure (b, "fatalities", f.fatalities);
  add_figure (b, "low", f.low);
  add_figure (b, "best", f.best);
  add_figure (b, "high", f.high);
  sitrep_cli_json_add_int (b, "number_of_sources", f.n_sources);
  json_builder_set_member_name (b, "disputed");
  json_builder_add_boolean_value (b, f.disputed);
  sitrep_cli_json_add_string (b, "explanation", f.explanation);
  json_builder_end_object (b);
  sitrep_cli_json_array_add (writer, b);
  sitrep_derived_figures_clear (&f);
  return TRUE;
}

/* One line of the table. */
static void
print_event_row (SitrepStore *store,
                 SitrepEvent *e)
{
  g_autofree char *day = dup_day_without_year (store, e);
  const char *place = event_place (e);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, sitrep_event_get_id (e));
  g_autofree char *fatal = figure_text (sitrep_event_get_fatalities (e));
  g_autofree char *low = figure_text (sitrep_event_get_low (e));
  g_autofree char *best = figure_text (sitrep_event_get_best (e));
  g_autofree char *high = figure_text (sitrep_event_get_high (e));
  g_autofree char *sources = g_strdup_printf ("%u%s", sitrep_event_get_n_sources (e),
                                              sitrep_event_get_disputed (e) ? "!" : "");
  g_autofree char *actors = g_strdup_printf ("%s%s%s",
                                             sitrep_event_get_actor1 (e) ? sitrep_event_get_actor1 (e) : "",
                                             sitrep_event_get_actor2 (e) ? " – " : "",
                                             sitrep_event_get_actor2 (e) ? sitrep_event_get_actor2 (e) : "");
  g_autofree char *actors_line = sitrep_cli_one_line (actors);

  sitrep_cli_append_column (line, id, 7, TRUE);
  g_string_append_c (line, ' ');
  /* A day its reports give without a year as ISO 8601 writes one: "--10-16". */
  sitrep_cli_append_column (line, sitrep_event_get_date_start (e) ? sitrep_event_get_date_start (e)
                                  : day != NULL ? day : "–",
                            10, TRUE);
  g_string_append_c (line, ' ');
  sitrep_cli_append_column (line, sitrep_event_get_sub_event_type (e) ? sitrep_event_get_sub_event_type (e)
                                  : sitrep_event_get_event_type (e) ? sitrep_event_get_event_type (e) : "–",
                            26, TRUE);
  g_string_append_c (line, ' ');
  sitrep_cli_append_column (line, place != NULL ? place : "–", 24, TRUE);
  g_string_append_printf (line, " %5s %5s %5s %5s %4s ", fatal, low, best, high, sources);
  g_string_append (line, actors_line);
  g_string_append_c (line, '\n');
  sitrep_cli_print (line->str);
}

int
sitrep_cli_cmd_events (int    argc,
                       char **argv)
{
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  SitrepCliJsonArray writer;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("events", _("PROJECT"),
                                 _("Lists the events by date with their derived figures: ACLED fatalities, "
                                   "UCDP low, best and high, number of sources, and whether sources disagree."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("events", _("Give one project."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;
  ids = sitrep_store_query_event_ids (store, NULL, &error);
  if (ids == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    sitrep_cli_json_array_begin (&writer);
  else
    sitrep_cli_printf ("%-7s %-10s %-26s %-24s %5s %5s %5s %5s %4s %s\n", _("ID"), _("DATE"), _("TYPE"),
                       _("PLACE"), _("FATAL"), _("LOW"), _("BEST"), _("HIGH"), _("SRC"), _("ACTORS"));

  for (guint start = 0; start < ids->len; start += LIST_BATCH)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

      if (!sitrep_store_get_events (store, &g_array_index (ids, gint64, start), MIN (LIST_BATCH, ids->len - start),
                                    events, &error))
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      for (guint i = 0; i < events->len; i++)
        {
          SitrepEvent *e = g_ptr_array_index (events, i);

          if (json && !print_event_json (store, e, &writer, &error))
            {
              sitrep_cli_error ("%s", error->message);
              return EXIT_FAILED;
            }
          if (!json)
            print_event_row (store, e);
        }
    }

  if (json)
    sitrep_cli_json_array_end (&writer);
  else
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event (“!”: sources disagree)\n",
                                    "%'u events (“!”: sources disagree)\n", ids->len), ids->len);
  return EXIT_OK;
}

static void
on_progress (guint    done,
             guint    total,
             gpointer data)
{
  gboolean *tty = data;

  if (*tty)
    {
      fprintf (stderr, "\r%u / %u", done, total);
      if (done == total)
        fputc ('\n', stderr);
    }
}

int
sitrep_cli_cmd_import_events (int    argc,
                              char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *format = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  SitrepUcdpReport report = { 0 };
  gboolean tty = isatty (fileno (stderr));
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("The file’s format: ucdp (the default)"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  gboolean ok;
  int status;

  if (!sitrep_cli_parse_options ("import-events", _("PROJECT FILE"),
                                 _("Imports events from a UCDP GED CSV file: each row an event with its sides "
                                   "as actors, its place names kept, and its deaths as claims by UCDP. "
                                   "All rows are added at once, or none; an import cannot be undone."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("import-events", _("Give a project and one file."));
  if (format != NULL && g_strcmp0 (format, "ucdp") != 0)
    return sitrep_cli_usage_error ("import-events", _("The only format is ucdp (UCDP GED CSV)."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  file = g_file_new_for_commandline_arg (args[1]);
  ok = sitrep_ucdp_import_file (store, file, &report, on_progress, &tty, NULL, &error);
  if (!ok)
    {
      sitrep_cli_error ("%s", error->message);
      sitrep_ucdp_report_clear (&report);
      return EXIT_FAILED;
    }
  for (guint i = 0; report.problems != NULL && i < report.problems->len; i++)
    sitrep_cli_error ("%s", (char *) g_ptr_array_index (report.problems, i));
  sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event imported", "%'u events imported",
                                  report.n_imported), report.n_imported);
  if (report.problems != NULL && report.problems->len > 0)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, ", %'u row skipped", ", %'u rows skipped",
                                    report.problems->len), report.problems->len);
  sitrep_cli_print ("\n");
  /* README: exit status 1 when any row could not be imported */
  status = report.problems != NULL && report.problems->len > 0 ? EXIT_FAILED : EXIT_OK;
  if (report.n_imported == 0 && status == EXIT_FAILED)
    sitrep_cli_error ("%s", _("No event was imported: every row was skipped."));
  sitrep_ucdp_report_clear (&report);
  return status;
}
