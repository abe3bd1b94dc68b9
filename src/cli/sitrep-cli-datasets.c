/* sitrep-cli-datasets.c — sitrep-cli commands for datasets made by teams: agreement
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "sitrep-agreement-events.h"
#include "sitrep-adjudication.h"
#include "sitrep-agreement.h"
#include "sitrep-exchange.h"
#include "sitrep-merge.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-io.h"

static char *
format_figure (double value)
{
  return isnan (value) ? g_strdup ("—") : g_strdup_printf ("%.3f", value);
}

static void
print_figures_line (const char                   *name,
                    const SitrepAgreementFigures *f)
{
  g_autofree char *exact = format_figure (f->span_f1_exact);
  g_autofree char *overlap = format_figure (f->span_f1_overlap);
  g_autofree char *kappa = format_figure (f->kappa_tokens);
  g_autofree char *alpha = format_figure (f->alpha_tokens);
  g_autoptr(GString) line = g_string_new ("  ");
  g_autofree char *one = sitrep_cli_one_line (name);

  sitrep_cli_append_column (line, one, 24, TRUE);
  g_string_append_printf (line, " %8s %8s %8s %8s %6u %6u\n", exact, overlap, kappa, alpha,
                          f->spans_a, f->spans_b);
  sitrep_cli_print (line->str);
}

static void
print_agreement (SitrepAgreement *agreement)
{
  g_autofree char *alpha = format_figure (agreement->alpha_tokens);

  sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "%'u article annotated by at least two of them; α over everyone: %s\n",
                                  "%'u articles annotated by at least two of them; α over everyone: %s\n",
                                  agreement->articles),
                     agreement->articles, alpha);
  for (guint i = 0; i < agreement->pairs->len; i++)
    {
      SitrepAgreementPair *p = g_ptr_array_index (agreement->pairs, i);
      g_autoptr(GString) head = g_string_new ("  ");

      sitrep_cli_printf ("\n");
      sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s and %s (%'u article both annotated)\n",
                                      "%s and %s (%'u articles both annotated)\n", p->articles),
                         p->a, p->b, p->articles);
      sitrep_cli_append_column (head, "", 24, TRUE);
      /* Column heads: span F1 exact, span F1 overlap, Cohen's kappa, Krippendorff's alpha,
       * the number of spans of each annotator. */
      g_string_append_printf (head, " %8s %8s %8s %8s %6s %6s\n", _("F1 exact"), _("overlap"), "κ", "α",
                              _("spans"), _("spans"));
      sitrep_cli_print (head->str);
      print_figures_line (_("All labels"), &p->overall);
      for (guint l = 0; l < p->per_label->len; l++)
        {
          SitrepAgreementLabel *lab = g_ptr_array_index (p->per_label, l);
          print_figures_line (lab->label, &lab->figures);
        }
      if (p->per_article->len > 0)
        {
          sitrep_cli_printf (_("  Most disagreement:\n"));
          for (guint k = 0; k < MIN (5, p->per_article->len); k++)
            {
              SitrepAgreementArticle *art = g_ptr_array_index (p->per_article, k);
              g_autofree char *name = g_strdup_printf ("%" G_GINT64_FORMAT " %s", art->article_id, art->title);
              print_figures_line (name, &art->figures);
            }
        }
    }
}

int
sitrep_cli_cmd_agreement (int    argc,
                          char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *who = NULL;
  g_auto(GStrv) annotators = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  gboolean events = FALSE;
  double km = SITREP_EVENT_MATCH_KM;
  GOptionEntry entries[] = {
    { "annotators", 'a', 0, G_OPTION_ARG_STRING, &who,
      N_("Compare only these annotators (names separated by commas)"), N_("A,B,…") },
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "events", 'e', 0, G_OPTION_ARG_NONE, &events,
      N_("Compare the coders' events of each article: matched by date, place and type, with the fields that differ"),
      NULL },
    { "km", 0, 0, G_OPTION_ARG_DOUBLE, &km, N_("How far apart two coders' places may be for one event (default 10)"),
      N_("KM") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("agreement", _("PROJECT [--annotators A,B] [--events] [--json]"),
                                 _("Shows how far the annotators agree, per pair, per label and per "
                                   "article: span F1 (exact and overlapping), Cohen's κ and "
                                   "Krippendorff's α on the tokens' BIO tags."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("agreement", _("Give one project."));
  if (who != NULL)
    {
      annotators = g_strsplit (who, ",", -1);
      for (guint i = 0; annotators[i] != NULL; i++)
        g_strstrip (annotators[i]);
      if (g_strv_length (annotators) < 2)
        return sitrep_cli_usage_error ("agreement", _("Name at least two annotators, separated by commas."));
    }

  if (!(km >= 0))
    return sitrep_cli_usage_error ("agreement", _("Give --km as a distance of 0 or more."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;
  if (events)
    return sitrep_cli_agreement_events (store, (const char * const *) annotators, km, json);

  agreement = sitrep_agreement_compute (store, (const char * const *) annotators, NULL, &error);
  if (agreement == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  if (g_strv_length (agreement->annotators) < 2)
    {
      sitrep_cli_error ("%s", _("Agreement needs at least two annotators; this project has fewer."));
      return EXIT_FAILED;
    }

  if (json)
    {
      g_autofree char *text = sitrep_agreement_to_json (agreement);
      g_autofree char *shortest = sitrep_cli_json_shortest (text);

      sitrep_cli_print (shortest);
      sitrep_cli_print ("\n");
    }
  else
    print_agreement (agreement);

  fflush (stdout);
  return EXIT_OK;
}

/* export --format brat|conll|doccano|label-studio|webanno-tsv */
int
sitrep_cli_export_exchange (SitrepStore *store,
                            int          format,
                            const char  *annotator,
                            const char  *output)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (sitrep_exchange_format_is_folder (format) && g_str_has_suffix (output, ".zip"))
    ok = sitrep_exchange_export_zip (store, format, annotator, file, NULL, &error);
  else if (sitrep_exchange_format_is_folder (format))
    ok = sitrep_exchange_export_folder (store, format, annotator, file, NULL, &error);
  else
    {
      /* a new file beside the target, renamed over it when complete */
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(SitrepAtomicFile) out = path != NULL ? sitrep_atomic_file_new (path, &error) : NULL;
      g_autoptr(GOutputStream) buffered = NULL;

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Sitrep writes exports only to folders on this computer."));
      ok = out != NULL;
      if (ok)
        {
          buffered = g_buffered_output_stream_new_sized (sitrep_atomic_file_get_stream (out), 256 * 1024);
          g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
          ok = sitrep_exchange_export (store, format, annotator, buffered, NULL, &error) &&
               g_output_stream_close (buffered, NULL, &error) &&
               sitrep_atomic_file_commit (g_steal_pointer (&out), &error);
        }
    }
  if (!ok)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  sitrep_cli_printf (_("Wrote %s\n"), output);
  return EXIT_OK;
}

/* What an annotation import did: each problem on a line of its own, then
 * the counts. Clears @report; failure when anything was refused. */
int
sitrep_cli_print_spans_report (const char        *path,
                               SitrepSpansReport *report)
{
  g_autofree char *added = NULL, *present = NULL, *created = NULL, *matched = NULL;
  int status;

  for (guint i = 0; report->problems != NULL && i < report->problems->len; i++)
    sitrep_cli_printf ("%s: %s\n", path, (const char *) g_ptr_array_index (report->problems, i));
  /* one sentence a count, so that each can take its plural */
  added = g_strdup_printf (ngettext ("%'u span added.", "%'u spans added.", report->spans_added),
                           report->spans_added);
  present = g_strdup_printf (ngettext ("%'u span was already there.", "%'u spans were already there.",
                                       report->spans_present), report->spans_present);
  created = g_strdup_printf (ngettext ("%'u article created.", "%'u articles created.",
                                       report->articles_created), report->articles_created);
  matched = g_strdup_printf (ngettext ("%'u article matched.", "%'u articles matched.",
                                       report->articles_matched), report->articles_matched);
  /* TRANSLATORS: the file, then the four sentences above */
  sitrep_cli_printf (_("%s: %s %s %s %s\n"), path, added, present, created, matched);
  status = report->problems != NULL && report->problems->len > 0 ? EXIT_FAILED : EXIT_OK;
  sitrep_spans_report_clear (report);
  return status;
}

/* import-annotations --format brat|conll|doccano|label-studio|webanno-tsv */
int
sitrep_cli_import_exchange (const char *project,
                            const char *format_name,
                            const char *path,
                            const char *annotator)
{
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  SitrepExchangeFormat format;
  SitrepSpansReport report = { 0 };

  if (!sitrep_exchange_format_from_string (format_name, &format))
    return sitrep_cli_usage_error ("import-annotations",
                                   _("Choose a format with --format: spans-jsonl, brat, conll, doccano, "
                                     "label-studio or webanno-tsv."));
  if (!g_file_query_exists (file, NULL))
    {
      sitrep_cli_error (_("“%s” does not exist."), path);
      return EXIT_FAILED;
    }
  store = sitrep_cli_open_project (project, SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;

  if (!sitrep_exchange_import (store, format, file, annotator, &report, NULL, &error))
    {
      sitrep_cli_error ("%s", error->message);
      sitrep_spans_report_clear (&report);
      return EXIT_FAILED;
    }
  return sitrep_cli_print_spans_report (path, &report);
}

int
sitrep_cli_cmd_merge (int    argc,
                      char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SitrepMergeReport report = { 0 };
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print the report as JSON"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("merge", _("PROJECT OTHER.sitrep"),
                                 _("Brings a coder's copy back: articles, entities, annotations, events and "
                                   "claims, nothing twice, differences kept side by side and reported. One "
                                   "undoable step."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("merge", _("Give the project and the coder's copy to merge into it."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  if (!sitrep_store_merge_project (store, args[1], &report, NULL, &error))
    {
      sitrep_cli_error (_("Nothing was merged: %s"), error->message);
      sitrep_merge_report_clear (&report);
      return EXIT_FAILED;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;
      struct { const char *name; guint added, present; } rows[] = {
        { "articles", report.articles_added, report.articles_present },
        { "entities", report.entities_added, report.entities_present },
        { "annotations", report.annotations_added, report.annotations_present },
        { "events", report.events_added, report.events_present },
        { "claims", report.claims_added, report.claims_present },
      };

      json_builder_begin_object (b);
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        {
          json_builder_set_member_name (b, rows[i].name);
          json_builder_begin_object (b);
          sitrep_cli_json_add_int (b, "added", rows[i].added);
          sitrep_cli_json_add_int (b, "present", rows[i].present);
          json_builder_end_object (b);
        }
      json_builder_set_member_name (b, "conflicts");
      json_builder_begin_array (b);
      for (guint i = 0; i < report.conflicts->len; i++)
        json_builder_add_string_value (b, g_ptr_array_index (report.conflicts, i));
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      text = sitrep_cli_json_to_string (root, TRUE);
      sitrep_cli_printf ("%s\n", text);
    }
  else
    {
      sitrep_cli_printf (_("Articles: %'u added, %'u already there\n"), report.articles_added, report.articles_present);
      sitrep_cli_printf (_("Entities: %'u added, %'u already there\n"), report.entities_added, report.entities_present);
      sitrep_cli_printf (_("Annotations: %'u added, %'u already there\n"), report.annotations_added,
                         report.annotations_present);
      sitrep_cli_printf (_("Events: %'u added, %'u already there\n"), report.events_added, report.events_present);
      sitrep_cli_printf (_("Claims: %'u added, %'u already there\n"), report.claims_added, report.claims_present);
      sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "%'u difference, both versions kept:\n",
                                      "%'u differences, both versions kept:\n", report.conflicts->len),
                         report.conflicts->len);
      for (guint i = 0; i < report.conflicts->len; i++)
        sitrep_cli_printf ("  %s\n", (char *) g_ptr_array_index (report.conflicts, i));
    }
  sitrep_merge_report_clear (&report);
  fflush (stdout);
  return EXIT_OK;
}

int
sitrep_cli_cmd_copy_for_coder (int    argc,
                               char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *annotator = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean blind = FALSE;
  GOptionEntry entries[] = {
    { "annotator", 'a', 0, G_OPTION_ARG_STRING, &annotator, N_("The coder the copy is for"), N_("NAME") },
    { "blind", 'b', 0, G_OPTION_ARG_NONE, &blind, N_("Leave out every other annotator's annotations"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("copy-for-coder", _("PROJECT COPY.sitrep --annotator NAME [--blind]"),
                                 _("Writes a copy of the project for one coder to work on offline; bring "
                                   "it back with merge."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("copy-for-coder", _("Give the project and the name of the copy to write."));
  if (blind && annotator == NULL)
    return sitrep_cli_usage_error ("copy-for-coder", _("Say whose copy it is with --annotator NAME."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;
  if (!sitrep_store_save_coder_copy (store, args[1], annotator, blind, &error))
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  sitrep_cli_printf (_("Wrote %s\n"), args[1]);
  return EXIT_OK;
}

int
sitrep_cli_cmd_adjudicate (int    argc,
                           char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *who = NULL;
  g_auto(GStrv) coders = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  gboolean all = FALSE;
  guint added = 0, present = 0, open = 0;
  GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Every article"), NULL },
    { "annotators", 'a', 0, G_OPTION_ARG_STRING, &who, N_("Only these coders (names separated by commas)"), N_("A,B,…") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("adjudicate", _("PROJECT [ID…|--all] [--annotators A,B]"),
                                 _("Puts the spans every coder made alike into the adjudicated layer (annotator "
                                   "“adjudicated”) and lists the disagreements left to decide, each coder's "
                                   "version side by side. Decide them in Sitrep's Adjudicate window."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) < 1 || (g_strv_length (args) == 1) != all)
    return sitrep_cli_usage_error ("adjudicate", _("Give the project and article ids, or --all."));
  if (who != NULL)
    {
      coders = g_strsplit (who, ",", -1);
      for (guint i = 0; coders[i] != NULL; i++)
        g_strstrip (coders[i]);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (all)
    {
      SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) every = sitrep_store_query_article_ids (store, &query, &error);
      if (every == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      for (guint i = every->len; i > 0; i--)
        g_array_append_val (ids, g_array_index (every, gint64, i - 1));
    }
  for (guint i = 1; args[i] != NULL; i++)
    {
      gint64 id;
      if (!sitrep_cli_parse_id (args[i], &id))
        return sitrep_cli_usage_error ("adjudicate", _("Article ids are whole numbers."));
      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepAdjudication) adj = sitrep_adjudication_start (store, id, (const char * const *) coders, &error);

      if (adj == NULL)
        {
          if (!all)
            sitrep_cli_printf (_("Article %" PRId64 ": %s\n"), id, error->message);
          continue;
        }
      added += adj->agreed_added;
      present += adj->agreed_present;
      open += adj->disagreements->len;
      for (guint k = 0; k < adj->disagreements->len; k++)
        {
          SitrepDisagreement *d = g_ptr_array_index (adj->disagreements, k);
          sitrep_cli_printf (_("Article %" PRId64 ", %u–%u:\n"), id, d->start, d->end);
          for (guint v = 0; v < d->versions->len; v++)
            {
              SitrepVersion *ver = g_ptr_array_index (d->versions, v);
              g_autofree char *text = sitrep_cli_one_line (ver->text);
              sitrep_cli_printf ("  %s: %s “%s” (%u–%u)\n", ver->annotator, ver->label, text, ver->start, ver->end);
            }
          for (guint m = 0; d->missing != NULL && d->missing[m] != NULL; m++)
            sitrep_cli_printf (_("  %s: nothing\n"), d->missing[m]);
        }
    }
  {
    g_autofree char *agreed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%'u agreed span added to the adjudicated layer (%'u there already).",
                                                            "%'u agreed spans added to the adjudicated layer (%'u there already).",
                                                            added), added, present);
    g_autofree char *left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%'u disagreement left to decide.",
                                                          "%'u disagreements left to decide.", open), open);
    sitrep_cli_printf ("%s %s\n", agreed, left);
  }
  fflush (stdout);
  return EXIT_OK;
}
