/* sitrep-cli-coding.c — sitrep-cli commands for annotations and entities
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-codebook.h"
#include "sitrep-exchange.h"
#include "sitrep-export.h"
#include "sitrep-io.h"
#include "sitrep-spans.h"

/* Writes through sitrep_atomic_file_new (): a new file beside @path renamed
 * over it when complete, so a failed export never leaves half a file. */
static gboolean
export_to_file (SitrepStore  *store,
                const char   *format,
                const char   *path,
                gboolean      include_suggestions,
                guint        *n_unplaced,
                GError      **error)
{
  SitrepExportFormat event_format;
  g_autoptr(SitrepAtomicFile) file = sitrep_atomic_file_new (path, error);
  GOutputStream *out;
  gboolean ok = FALSE;

  if (file == NULL)
    return FALSE;
  out = sitrep_atomic_file_get_stream (file);
  if (g_strcmp0 (format, "spans-jsonl") == 0)
    ok = sitrep_spans_export_full (store, out, include_suggestions, NULL, error);
  else if (sitrep_export_format_from_string (format, &event_format))
    ok = sitrep_export_events (store, event_format, out, n_unplaced, NULL, error);

  return ok && sitrep_atomic_file_commit (g_steal_pointer (&file), error);
}

static const char * const export_formats[] = {
  "spans-jsonl", "acled-csv", "ucdp-csv", "geojson", "events-jsonl",
  "brat", "conll", "doccano", "label-studio", "webanno-tsv", NULL
};
#define EXPORT_FORMATS "spans-jsonl, acled-csv, ucdp-csv, geojson, events-jsonl, brat, conll, doccano, " \
                       "label-studio, webanno-tsv"

int
sitrep_cli_cmd_export (int    argc,
                       char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *annotator = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SitrepExchangeFormat exchange;
  guint n_unplaced = 0;
  gboolean include_suggestions = FALSE;
  GOptionEntry entries[] = {
    { "include-suggestions", 0, 0, G_OPTION_ARG_NONE, &include_suggestions,
      N_("With spans-jsonl: add the pending suggestions, marked \"status\": \"suggested\""), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("What to write: spans-jsonl, acled-csv, ucdp-csv, geojson, events-jsonl, brat, conll, doccano, label-studio or webanno-tsv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (a folder, or a .zip, for brat and webanno-tsv)"), N_("FILE") },
    { "annotator", 'a', 0, G_OPTION_ARG_STRING, &annotator, N_("Only this annotator's spans (brat, conll, doccano, label-studio, webanno-tsv)"), N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("export", _("PROJECT --format FORMAT -o FILE"),
                                 _("Writes the project's annotations (spans-jsonl) or events (acled-csv, ucdp-csv, "
                                   "geojson, events-jsonl) to a file."), entries,
                                 &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("export", _("Give one project."));
  if (format == NULL || !g_strv_contains (export_formats, format))
    {
      g_autofree char *msg = g_strdup_printf (_("Choose a format with --format: %s."), EXPORT_FORMATS);
      return sitrep_cli_usage_error ("export", msg);
    }
  if (output == NULL)
    return sitrep_cli_usage_error ("export", _("Name the file to write with -o FILE."));
  if (include_suggestions && g_strcmp0 (format, "spans-jsonl") != 0)
    return sitrep_cli_usage_error ("export", _("Only spans-jsonl carries the pending suggestions: use --format "
                                               "spans-jsonl, or leave out --include-suggestions."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  if (sitrep_exchange_format_from_string (format, &exchange))
    return sitrep_cli_export_exchange (store, exchange, annotator, output);
  if (!export_to_file (store, format, output, include_suggestions, &n_unplaced, &error))
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  /* what was written where, as the window's toast and export-story say it */
  sitrep_cli_printf (_("Wrote %s\n"), output);
  if (n_unplaced > 0 && g_str_has_suffix (format, "-csv"))
    sitrep_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                   "warning: %'u event has no date and is not in the CSV; "
                                   "date it to export it.",
                                   "warning: %'u events have no date and are not in the CSV; "
                                   "date them to export them.", n_unplaced), n_unplaced);
  else if (n_unplaced > 0)
    sitrep_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                   "warning: %'u event has no coordinates and is not in the GeoJSON; "
                                   "place it to map it.",
                                   "warning: %'u events have no coordinates and are not in the GeoJSON; "
                                   "place them to map them.", n_unplaced), n_unplaced);
  return EXIT_OK;
}

int
sitrep_cli_cmd_import_annotations (int    argc,
                                   char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autofree char *format = NULL;
  g_autofree char *annotator = NULL;
  SitrepSpansReport report;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("What to read: spans-jsonl (the default), brat, conll, doccano, label-studio or webanno-tsv"), N_("FORMAT") },
    { "annotator", 'a', 0, G_OPTION_ARG_STRING, &annotator, N_("Who made the spans, where the file does not say"), N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("import-annotations", _("PROJECT FILE [--format FORMAT]"),
                                 _("Reads annotations: spans JSONL (one article a line with its spans), "
                                   "or brat, CoNLL, doccano, Label Studio or WebAnno TSV."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("import-annotations", _("Give the project and one annotation file or folder."));
  if (format != NULL && g_strcmp0 (format, "spans-jsonl") != 0)
    return sitrep_cli_import_exchange (args[0], format, args[1], annotator);

  file = g_file_new_for_commandline_arg (args[1]);
  in = sitrep_io_open_input (file, SITREP_IO_MAX_LOADED, NULL, NULL, &error);
  if (in == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;

  if (!sitrep_spans_import (store, in, &report, NULL, &error))
    {
      /* what was read before the failure is kept, line by line */
      sitrep_cli_error (_("%s: stopped at an error after %u spans were added: %s"), args[1],
                        report.spans_added, error->message);
      sitrep_spans_report_clear (&report);
      return EXIT_FAILED;
    }

  return sitrep_cli_print_spans_report (args[1], &report);
}

int
sitrep_cli_cmd_entities (int    argc,
                         char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *kind = NULL;
  gboolean json = FALSE;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("Only actor, person or place"), N_("KIND") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("entities", _("PROJECT"),
                                 _("Lists actors, persons and places with every spelling and "
                                   "how often they are mentioned."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("entities", _("Give one project."));
  if (kind != NULL && g_strcmp0 (kind, "actor") != 0 && g_strcmp0 (kind, "person") != 0 &&
      g_strcmp0 (kind, "place") != 0)
    return sitrep_cli_usage_error ("entities", _("--kind is actor, person or place."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;
  entities = sitrep_store_list_entities (store, kind, &error);
  if (entities == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    {
      SitrepCliJsonArray writer;

      sitrep_cli_json_array_begin (&writer);
      for (guint i = 0; i < entities->len; i++)
        {
          SitrepEntity *e = g_ptr_array_index (entities, i);
          g_autoptr(JsonBuilder) b = json_builder_new ();
          const char * const *aliases = sitrep_entity_get_aliases (e);

          json_builder_begin_object (b);
          sitrep_cli_json_add_int (b, "id", sitrep_entity_get_id (e));
          sitrep_cli_json_add_string (b, "name", sitrep_entity_get_name (e));
          sitrep_cli_json_add_string (b, "kind", sitrep_entity_get_kind (e));
          json_builder_set_member_name (b, "aliases");
          json_builder_begin_array (b);
          for (guint k = 0; aliases != NULL && aliases[k] != NULL; k++)
            json_builder_add_string_value (b, aliases[k]);
          json_builder_end_array (b);
          sitrep_cli_json_add_int (b, "mentions", sitrep_entity_get_mentions (e));
          if (sitrep_entity_get_actor_type (e) != NULL)
            sitrep_cli_json_add_string (b, "actor_type", sitrep_entity_get_actor_type (e));
          if (!isnan (sitrep_entity_get_latitude (e)))
            {
              json_builder_set_member_name (b, "lat");
              json_builder_add_double_value (b, sitrep_entity_get_latitude (e));
              json_builder_set_member_name (b, "lon");
              json_builder_add_double_value (b, sitrep_entity_get_longitude (e));
            }
          json_builder_end_object (b);
          sitrep_cli_json_array_add (&writer, b);
        }
      sitrep_cli_json_array_end (&writer);
      return EXIT_OK;
    }

  for (guint i = 0; i < entities->len; i++)
    {
      SitrepEntity *e = g_ptr_array_index (entities, i);
      g_autofree char *aliases = g_strjoinv (", ", (char **) sitrep_entity_get_aliases (e));
      g_autofree char *line = sitrep_cli_one_line (aliases);

      sitrep_cli_printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%s\n", sitrep_entity_get_id (e),
                         sitrep_entity_get_kind (e), sitrep_entity_get_name (e),
                         sitrep_entity_get_mentions (e), line);
    }
  return EXIT_OK;
}

/* An actor by id, or by a name or spelling (after normalisation). */
static gint64
find_actor (SitrepStore  *store,
            const char   *text,
            GError      **error)
{
  g_autoptr(GPtrArray) found = NULL;
  gint64 id;

  if (sitrep_cli_parse_id (text, &id))
    {
      g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (store, id, NULL);

      if (entity != NULL && g_strcmp0 (sitrep_entity_get_kind (entity), "actor") == 0)
        return id;
    }
  found = sitrep_store_find_entities (store, "actor", text, error);
  if (found == NULL)
    return 0;
  if (found->len == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("No actor called “%s” in the project (see sitrep-cli entities --kind actor)."), text);
      return 0;
    }
  return sitrep_entity_get_id (found->pdata[0]);
}

int
sitrep_cli_cmd_actor_type (int    argc,
                           char **argv)
{
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) types = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEntity) entity = NULL;
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  const char *type = NULL;
  gint64 id;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("actor-type", _("PROJECT ACTOR TYPE"),
                                 _("Sets the ACLED actor type of an actor (by id or name), which gives "
                                   "its events their inter codes: state_forces, rebel_group, "
                                   "political_militia, identity_militia, rioters, protesters, civilians, "
                                   "external_other, or none."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 3)
    return sitrep_cli_usage_error ("actor-type", _("Give the project, the actor and the type."));
  if (g_ascii_strcasecmp (args[2], "none") != 0)
    {
      type = sitrep_codebook_find_actor_type (codebook, args[2]);
      if (type == NULL)
        {
          g_autofree char *list = NULL;

          types = sitrep_codebook_list_actor_types (codebook);
          list = g_strjoinv (", ", types);
          sitrep_cli_error (_("“%s” is not an ACLED actor type: use one of %s, or none."), args[2], list);
          return EXIT_USAGE;
        }
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  id = find_actor (store, args[1], &error);
  if (id == 0 || !sitrep_store_set_entity_actor_type (store, id, type, &error) ||
      (entity = sitrep_store_get_entity (store, id, &error)) == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  if (type != NULL)
    /* Translators: "ISIS: Rebel group (inter code 2)" */
    sitrep_cli_printf (_("%s: %s (inter code %d)\n"), sitrep_entity_get_name (entity),
                       sitrep_codebook_get_actor_type_label (codebook, type),
                       sitrep_codebook_get_inter_code (codebook, type));
  else
    sitrep_cli_printf (_("%s: no actor type\n"), sitrep_entity_get_name (entity));
  return EXIT_OK;
}

int
sitrep_cli_cmd_merge_sources (int    argc,
                              char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint moved = 0;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("merge-sources", _("PROJECT KEEP MERGE"),
                                 _("Merges two spellings of one outlet: the articles of MERGE get the "
                                   "source KEEP, and MERGE goes (see sitrep-cli list --json for the names)."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 3)
    return sitrep_cli_usage_error ("merge-sources", _("Give the project, the source to keep and the one to merge."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  if (!sitrep_store_merge_sources (store, args[1], args[2], &moved, &error))
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  sitrep_cli_printf (g_dngettext (NULL, "Merged “%s” into “%s”: %'u article moved\n",
                                  "Merged “%s” into “%s”: %'u articles moved\n", moved),
                     args[2], args[1], moved);
  return EXIT_OK;
}
