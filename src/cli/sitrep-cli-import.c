/* sitrep-cli-import.c — sitrep-cli import: text, HTML, CSV and JSONL files into a project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-import-job.h"
#include "sitrep-import.h"

/* import PROJECT FILE... */

typedef struct
{
  const char *arg;   /* as the user typed it */
  char       *shown; /* the same as text, whatever bytes the name holds */
  char       *path;  /* as GFile makes it */
} ImportFile;

static gboolean
result_is_for (const SitrepImportResult *result,
               const ImportFile         *file)
{
  if (result->path == NULL)
    return FALSE;
  return g_strcmp0 (result->path, file->arg) == 0 || g_strcmp0 (result->path, file->path) == 0;
}

static gboolean
parse_format (const char         *str,
              SitrepImportFormat *format)
{
  static const struct { const char *name; SitrepImportFormat format; } formats[] = {
    { "auto", SITREP_IMPORT_FORMAT_AUTO },
    { "text", SITREP_IMPORT_FORMAT_TEXT },
    { "html", SITREP_IMPORT_FORMAT_HTML },
    { "csv", SITREP_IMPORT_FORMAT_CSV },
    { "jsonl", SITREP_IMPORT_FORMAT_JSONL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (str, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

static gboolean
encoding_is_known (const char *encoding)
{
  GIConv conv = g_iconv_open ("UTF-8", encoding);

  if (conv == (GIConv) -1)
    return FALSE;
  g_iconv_close (conv);
  return TRUE;
}

static void
print_result_line (const char               *label,
                   const SitrepImportResult *result)
{
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;

  if (result->line > 0)
    where = g_strdup_printf ("%s:%u", label, result->line);
  else
    where = g_strdup (label);

  switch (result->outcome)
    {
    case SITREP_IMPORT_OUTCOME_IMPORTED:
      if (result->message != NULL)
        /* Translators: the last %s is a warning such as "The page has little text …" */
        sitrep_cli_printf (_("%s: imported as id %" PRId64 " (%s)\n"), where, result->id,
                           result->message);
      else
        sitrep_cli_printf (_("%s: imported as id %" PRId64 "\n"), where, result->id);
      break;

    case SITREP_IMPORT_OUTCOME_DUPLICATE:
      sitrep_cli_printf (_("%s: duplicate of id %" PRId64 "\n"), where, result->id);
      break;

    case SITREP_IMPORT_OUTCOME_FAILED:
    default:
      message = sitrep_cli_one_line (result->message != NULL ? result->message : _("The file could not be imported."));
      if (result->line > 0)
        {
          /* FILE:LINE already says where: drop the importer's own "line N: ". */
          g_autofree char *prefix = g_strdup_printf ("line %u: ", result->line);

          if (g_str_has_prefix (message, prefix))
            memmove (message, message + strlen (prefix), strlen (message) - strlen (prefix) + 1);
        }
      sitrep_cli_printf (_("%s: error: %s\n"), where, message);
      break;
    }
}

/* Prints the report of one file: its results are results[first..last). */
static void
print_file_report (const char  *label,
                   GPtrArray   *results,
                   guint        first,
                   guint        last)
{
  gboolean multi = FALSE;
  guint n_imported = 0;
  gint64 min_id = G_MAXINT64;
  gint64 max_id = 0;

  for (guint i = first; i < last; i++)
    {
      const SitrepImportResult *result = g_ptr_array_index (results, i);

      if (result->line > 0)
        multi = TRUE;
    }

  if (!multi)
    {
      for (guint i = first; i < last; i++)
        print_result_line (label, g_ptr_array_index (results, i));
      return;
    }

  for (guint i = first; i < last; i++)
    {
      const SitrepImportResult *result = g_ptr_array_index (results, i);

      if (result->outcome == SITREP_IMPORT_OUTCOME_IMPORTED)
        {
          n_imported++;
          min_id = MIN (min_id, result->id);
          max_id = MAX (max_id, result->id);
        }
    }

  if (n_imported == 0)
    sitrep_cli_printf (_("%s: imported 0 articles\n"), label);
  else if (n_imported == 1)
    sitrep_cli_printf (_("%s: imported 1 article (id %" PRId64 ")\n"), label, min_id);
  else if (max_id - min_id + 1 == n_imported)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                       "%s: imported %'u article (ids %" PRId64 "–%" PRId64 ")\n",
                       "%s: imported %'u articles (ids %" PRId64 "–%" PRId64 ")\n",
                       n_imported),
                       label, n_imported, min_id, max_id);
  else
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                       "%s: imported %'u article (ids %" PRId64 " to %" PRId64
                       ", not contiguous)\n",
                       "%s: imported %'u articles (ids %" PRId64 " to %" PRId64
                       ", not contiguous)\n",
                       n_imported),
                       label, n_imported, min_id, max_id);

  for (guint i = first; i < last; i++)
    {
      const SitrepImportResult *result = g_ptr_array_index (results, i);

      if (result->outcome != SITREP_IMPORT_OUTCOME_IMPORTED)
        print_result_line (label, result);
    }
}

/* The results come in file order, several per multi-record file. They are
 * matched back to the arguments so each line names the file the way the
 * user typed it, even when a file is given twice. */
static gboolean
print_import_report (ImportFile *files,
                     guint       n_files,
                     GPtrArray  *results)
{
  gboolean failed = FALSE;
  guint current = 0;
  guint group_start = 0;
  guint last_line = 0;
  gboolean group_open = FALSE;

  for (guint i = 0; i < results->len; i++)
    {
      const SitrepImportResult *result = g_ptr_array_index (results, i);
      gboolean continues;
      guint next;

      if (result->outcome == SITREP_IMPORT_OUTCOME_FAILED)
        failed = TRUE;

      /* Does this result continue the current file's group? Only rows of a
       * multi-record file, with increasing line numbers, do. */
      continues = group_open && result->line > 0 && last_line > 0 && result->line > last_line &&
                  (current < n_files && (result_is_for (result, &files[current]) || result->path == NULL));
      if (continues)
        {
          last_line = result->line;
          continue;
        }

      if (group_open)
        {
          print_file_report (files[current].shown, results, group_start, i);
          current++;
        }

      /* Find the file this result belongs to; files the importer reported
       * nothing for are skipped. */
      next = current;
      while (next < n_files && !result_is_for (result, &files[next]))
        next++;
      if (next < n_files)
        current = next;
      else if (current >= n_files)
        {
          /* An unexpected extra result: report it under its own name. */
          g_autofree char *shown = g_filename_display_name (result->path != NULL ? result->path : "?");

          print_result_line (shown, result);
          group_open = FALSE;
          continue;
        }

      group_start = i;
      group_open = TRUE;
      last_line = result->line;
    }

  if (group_open && current < n_files)
    print_file_report (files[current].shown, results, group_start, results->len);

  return !failed;
}

int
sitrep_cli_cmd_import (int    argc,
                       char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *format_str = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) gfiles = NULL;
  g_autofree ImportFile *files = NULL;
  SitrepImportFormat format = SITREP_IMPORT_FORMAT_AUTO;
  guint n_files;
  gboolean ok;
  GOptionEntry entries[] = {
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding,
      N_("Read the files in this encoding (UTF-8, UTF-16, WINDOWS-1256, WINDOWS-1252 …) "
         "instead of detecting it"),
      N_("ENC") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_str,
      N_("File format: auto (default, from the name and contents), text, html, csv or jsonl"),
      N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("import", _("PROJECT FILE…"),
                      _("Imports text, HTML, CSV and JSONL files into a project.\n"
                        "\n"
                        "Prints one line per file: “imported as id N”, “duplicate of id N” or\n"
                        "“error: reason”. A CSV or JSONL file gets a summary line and one line\n"
                        "per duplicate or failed row (FILE:LINE). The exit status is 1 when any\n"
                        "file or row failed; everything else is still imported."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) < 2)
    return sitrep_cli_usage_error ("import", _("Give the project and at least one file to import."));
  if (format_str != NULL && !parse_format (format_str, &format))
    {
      g_autofree char *msg =
        g_strdup_printf (_("Unknown format “%s”: use auto, text, html, csv or jsonl."),
                                              format_str);
      return sitrep_cli_usage_error ("import", msg);
    }
  if (encoding != NULL && !encoding_is_known (encoding))
    {
      g_autofree char *msg = g_strdup_printf (_("Unknown encoding “%s”."), encoding);
      return sitrep_cli_usage_error ("import", msg);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  if (sitrep_store_is_read_only (store))
    {
      sitrep_cli_error (_("%s is read-only: nothing can be imported into it."), args[0]);
      return EXIT_FAILED;
    }

  n_files = g_strv_length (args) - 1;
  files = g_new0 (ImportFile, n_files);
  gfiles = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    {
      GFile *file = g_file_new_for_commandline_arg (args[i + 1]);

      files[i].arg = args[i + 1];
      files[i].shown = g_filename_display_name (args[i + 1]);
      files[i].path = g_file_get_path (file);
      g_ptr_array_add (gfiles, file);
    }

  results = sitrep_import_files (store, (GFile **) gfiles->pdata, n_files, format, encoding, NULL);
  ok = print_import_report (files, n_files, results);
  sitrep_store_close (store);

  for (guint i = 0; i < n_files; i++)
    {
      g_free (files[i].shown);
      g_free (files[i].path);
    }

  fflush (stdout);
  return ok ? EXIT_OK : EXIT_FAILED;
}
