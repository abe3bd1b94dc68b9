/* sitrep-cli.c — the command line companion: create, import, list, show, search, check
 *
 * Copyright 2024 The Sitrep authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-article.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-cli-events.h"
#include "sitrep-import-job.h"
#include "sitrep-import.h"
#include "sitrep-store.h"
#include "sitrep-types.h"


/* Articles are read from the store this many at a time when listing, so a
 * project of 100,000 never holds all its rows in memory at once. */
#define LIST_BATCH 500

#define DEFAULT_SEARCH_LIMIT 20
#define MAX_SEARCH_LIMIT     10000


typedef struct
{
  const char  *name;
  const char  *args;
  const char  *summary;
  CommandFunc  func;
} Command;

const char *prgname = "sitrep-cli";

int
sitrep_cli_usage_error (const char *command,
             const char *message)
{
  g_autofree char *help = NULL;

  sitrep_cli_error ("%s", message);
  if (command != NULL)
    help = g_strdup_printf ("%s %s --help", prgname, command);
  else
    help = g_strdup_printf ("%s --help", prgname);
  /* Printed with a constant format: GCC cannot see that _() never returns NULL. */
  fprintf (stderr, "%s\n", _("For more information, run:"));
  fprintf (stderr, "  %s\n", help);
  return EXIT_USAGE;
}

/* Adds the members every listing shares. */
static void
add_article_members (JsonBuilder   *builder,
                     SitrepArticle *article)
{
  SitrepDatePrecision precision = sitrep_article_get_published_precision (article);

  sitrep_cli_json_add_int (builder, "id", sitrep_article_get_id (article));
  sitrep_cli_json_add_string (builder, "title", sitrep_article_get_title (article));
  sitrep_cli_json_add_string (builder, "source", sitrep_article_get_source (article));
  sitrep_cli_json_add_string (builder, "published", sitrep_article_get_published (article));
  sitrep_cli_json_add_string (builder, "published_precision",
                              sitrep_date_precision_to_string (precision));
  sitrep_cli_json_add_string (builder, "status",
                              sitrep_article_status_to_string (sitrep_article_get_status (article)));
  sitrep_cli_json_add_string (builder, "url", sitrep_article_get_url (article));
}

/* Opening projects */

SitrepStore *
sitrep_cli_open_project (const char           *path,
              SitrepStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  SitrepStore *store;

  store = sitrep_store_open (path, flags, &error);
  if (store == NULL)
    sitrep_cli_error ("%s", error->message);
  return store;
}

gboolean
sitrep_cli_parse_id (const char *str,
          gint64     *id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (str, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

/* Parses the options of one command. Returns FALSE (after printing why)
 * on a usage error. */
gboolean
sitrep_cli_parse_options (const char    *command,
               const char    *parameter_string,
               const char    *description,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prog = g_strdup_printf ("%s %s", prgname, command);

  /* --help and errors name the command, not just the program. */
  g_set_prgname (prog);
  context = g_option_context_new (parameter_string);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_set_prgname (prgname);
      sitrep_cli_usage_error (command, error->message);
      return FALSE;
    }
  g_set_prgname (prgname);
  return TRUE;
}

/* new PROJECT */

static int
cmd_new (int    argc,
         char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("new", _("PROJECT"),
                      _("Creates a new, empty project file. An existing file is never replaced."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("new", _("Give the path of the project to create."));

  store = sitrep_store_create (args[0], &error);
  if (store == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  sitrep_store_close (store);
  sitrep_cli_printf (_("Created project %s\n"), args[0]);
  return EXIT_OK;
}

/* import PROJECT FILE... */

typedef struct
{
  const char *arg;   /* as the user typed it */
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
        sitrep_cli_printf (_("%s: imported as id %" G_GINT64_FORMAT " (%s)\n"), where, result->id,
                           result->message);
      else
        sitrep_cli_printf (_("%s: imported as id %" G_GINT64_FORMAT "\n"), where, result->id);
      break;

    case SITREP_IMPORT_OUTCOME_DUPLICATE:
      sitrep_cli_printf (_("%s: duplicate of id %" G_GINT64_FORMAT "\n"), where, result->id);
      break;

    case SITREP_IMPORT_OUTCOME_FAILED:
    default:
      message = sitrep_cli_one_line (result->message != NULL ? result->message : _("could not be imported"));
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
    sitrep_cli_printf (_("%s: imported 1 article (id %" G_GINT64_FORMAT ")\n"), label, min_id);
  else if (max_id - min_id + 1 == n_imported)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                       "%s: imported %u article (ids %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ")\n",
                       "%s: imported %u articles (ids %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ")\n",
                       n_imported),
                       label, n_imported, min_id, max_id);
  else
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                       "%s: imported %u article (ids %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT
                       ", not contiguous)\n",
                       "%s: imported %u articles (ids %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT
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
          print_file_report (files[current].arg, results, group_start, i);
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
          print_result_line (result->path != NULL ? result->path : "?", result);
          group_open = FALSE;
          continue;
        }

      group_start = i;
      group_open = TRUE;
      last_line = result->line;
    }

  if (group_open && current < n_files)
    print_file_report (files[current].arg, results, group_start, results->len);

  return !failed;
}

static int
cmd_import (int    argc,
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
      files[i].path = g_file_get_path (file);
      g_ptr_array_add (gfiles, file);
    }

  results = sitrep_import_files (store, (GFile **) gfiles->pdata, n_files, format, encoding, NULL);
  ok = print_import_report (files, n_files, results);
  sitrep_store_close (store);

  for (guint i = 0; i < n_files; i++)
    g_free (files[i].path);

  fflush (stdout);
  return ok ? EXIT_OK : EXIT_FAILED;
}

/* list PROJECT */

static gboolean
parse_sort (const char        *str,
            SitrepArticleSort *sort)
{
  static const struct { const char *name; SitrepArticleSort sort; } sorts[] = {
    { "imported", SITREP_ARTICLE_SORT_IMPORTED },
    { "published", SITREP_ARTICLE_SORT_PUBLISHED },
    { "title", SITREP_ARTICLE_SORT_TITLE },
    { "source", SITREP_ARTICLE_SORT_SOURCE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (g_ascii_strcasecmp (str, sorts[i].name) == 0)
      {
        *sort = sorts[i].sort;
        return TRUE;
      }
  return FALSE;
}

static void
print_table_header (guint id_width,
                    guint title_width)
{
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_append_printf (line, "%*s  ", id_width, _("ID"));
  sitrep_cli_append_column (line, _("STATUS"), 11, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, _("PUBLISHED"), 10, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, _("SOURCE"), 20, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, _("TITLE"), title_width, FALSE);
  g_string_append_c (line, '\n');
  sitrep_cli_print (line->str);
}

static void
print_table_row (SitrepArticle *article,
                 guint          id_width,
                 guint          title_width)
{
  g_autoptr(GString) line = g_string_new (NULL);
  const char *published = sitrep_article_get_published (article);

  g_string_append_printf (line, "%*" G_GINT64_FORMAT "  ", id_width, sitrep_article_get_id (article));
  sitrep_cli_append_column (line, sitrep_article_status_to_string (sitrep_article_get_status (article)),
                            11, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, published != NULL ? published : "—", 10, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, sitrep_article_get_source (article), 20, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, sitrep_article_get_title (article), title_width, FALSE);
  g_string_append_c (line, '\n');
  sitrep_cli_print (line->str);
}

static int
cmd_list (int    argc,
          char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *status_str = NULL;
  g_autofree char *source = NULL;
  g_autofree char *sort_str = NULL;
  gboolean json = FALSE;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  SitrepCliJsonArray writer;
  guint id_width = 2;
  guint title_width = 0;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "status", 's', 0, G_OPTION_ARG_STRING, &status_str,
      N_("Only articles with this status: new, in-progress or done"), N_("STATUS") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Only articles from this source"), N_("NAME") },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort_str,
      N_("Order: imported (newest first, default), published, title or source"), N_("ORDER") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("list", _("PROJECT"), _("Lists the articles of a project."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("list", _("Give the path of one project."));
  if (status_str != NULL)
    {
      SitrepArticleStatus status;

      if (!sitrep_article_status_from_string (status_str, &status))
        {
          g_autofree char *msg = g_strdup_printf (_("Unknown status “%s”: use new, in-progress or done."),
                                                  status_str);
          return sitrep_cli_usage_error ("list", msg);
        }
      query.status = status;
    }
  if (sort_str != NULL && !parse_sort (sort_str, &query.sort))
    {
      g_autofree char *msg =
        g_strdup_printf (_("Unknown order “%s”: use imported, published, title or source."),
                                              sort_str);
      return sitrep_cli_usage_error ("list", msg);
    }
  query.source = source;

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  ids = sitrep_store_query_article_ids (store, &query, &error);
  if (ids == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    sitrep_cli_json_array_begin (&writer);
  else if (ids->len > 0)
    {
      guint width = sitrep_cli_terminal_width ();
      gint64 max_id = 0;

      for (guint i = 0; i < ids->len; i++)
        max_id = MAX (max_id, g_array_index (ids, gint64, i));
      for (gint64 v = max_id; v >= 100; v /= 10)
        id_width++;
      /* id, status, date and source take id_width + 2 + 11 + 2 + 10 + 2 + 20 + 2. */
      if (width > 0)
        title_width = width > id_width + 49 + 10 ? width - id_width - 49 : 10;
      print_table_header (id_width, title_width);
    }

  for (guint start = 0; start < ids->len; start += LIST_BATCH)
    {
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = MIN (LIST_BATCH, ids->len - start);

      if (!sitrep_store_get_articles (store, &g_array_index (ids, gint64, start), n, articles, &error))
        {
          if (json)
            sitrep_cli_json_array_end (&writer);
          fflush (stdout);
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }

      for (guint i = 0; i < articles->len; i++)
        {
          SitrepArticle *article = g_ptr_array_index (articles, i);

          if (json)
            {
              g_autoptr(JsonBuilder) builder = json_builder_new ();

              json_builder_begin_object (builder);
              add_article_members (builder, article);
              json_builder_end_object (builder);
              sitrep_cli_json_array_add (&writer, builder);
            }
          else
            print_table_row (article, id_width, title_width);
        }
    }

  if (json)
    sitrep_cli_json_array_end (&writer);
  else if (ids->len == 0 && isatty (STDOUT_FILENO))
    fprintf (stderr, "%s\n", _("No articles."));

  return fflush (stdout) == 0 ? EXIT_OK : EXIT_FAILED;
}

/* show PROJECT ID */

/* The original capture as text: decoded from the encoding it was read in,
 * byte for byte otherwise (no clean-up, no change of line ends). */
static char *
decode_original (GBytes     *original,
                 const char *encoding)
{
  gsize len;
  const char *data = g_bytes_get_data (original, &len);
  g_autofree char *converted = NULL;

  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
      g_ascii_strcasecmp (encoding, "UTF8") == 0 || g_ascii_strcasecmp (encoding, "ASCII") == 0 ||
      g_ascii_strcasecmp (encoding, "US-ASCII") == 0)
    {
      if (g_utf8_validate_len (data, len, NULL))
        return g_strndup (data, len);
      return g_utf8_make_valid (data, len);
    }

  converted = g_convert (data, len, "UTF-8", encoding, NULL, NULL, NULL);
  if (converted != NULL)
    return g_steal_pointer (&converted);
  return g_utf8_make_valid (data, len);
}

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL || *value == '\0')
    return;
  clean = sitrep_cli_one_line (value);
  sitrep_cli_printf ("%s: %s\n", label, clean);
}

static int
cmd_show (int    argc,
          char **argv)
{
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  gboolean show_original = FALSE;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *original_text = NULL;
  g_autoptr(GBytes) original = NULL;
  SitrepDatePrecision precision;
  gint64 id;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json,
      N_("Print a JSON object with the metadata, the body and the original capture"), NULL },
    { "original", 'o', 0, G_OPTION_ARG_NONE, &show_original,
      N_("Print the original capture, exactly as imported, instead of the clean body"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("show", _("PROJECT ID"), _("Shows one article: its metadata and text."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("show", _("Give the project and the id of an article."));
  if (!sitrep_cli_parse_id (args[1], &id))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not an article id (a whole number from 1)."),
                                              args[1]);
      return sitrep_cli_usage_error ("show", msg);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  article = sitrep_store_get_article (store, id, &error);
  if (article == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  precision = sitrep_article_get_published_precision (article);

  if (json || !show_original)
    {
      body = sitrep_store_get_article_body (store, id, &error);
      if (body == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
    }
  if (json || show_original)
    {
      original = sitrep_store_get_article_original (store, id, &encoding, &error);
      if (original == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      original_text = decode_original (original, encoding);
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *str = NULL;

      json_builder_begin_object (builder);
      sitrep_cli_json_add_int (builder, "id", sitrep_article_get_id (article));
      sitrep_cli_json_add_string (builder, "title", sitrep_article_get_title (article));
      sitrep_cli_json_add_string (builder, "source", sitrep_article_get_source (article));
      sitrep_cli_json_add_string (builder, "url", sitrep_article_get_url (article));
      sitrep_cli_json_add_string (builder, "author", sitrep_article_get_author (article));
      sitrep_cli_json_add_string (builder, "published", sitrep_article_get_published (article));
      sitrep_cli_json_add_string (builder, "published_precision",
                                  sitrep_date_precision_to_string (precision));
      sitrep_cli_json_add_string (builder, "published_note", sitrep_article_get_published_note (article));
      sitrep_cli_json_add_string (builder, "status",
                                  sitrep_article_status_to_string (sitrep_article_get_status (article)));
      sitrep_cli_json_add_string (builder, "language", sitrep_article_get_language (article));
      sitrep_cli_json_add_string (builder, "imported_at", sitrep_article_get_imported_at (article));
      sitrep_cli_json_add_string (builder, "body", body);
      sitrep_cli_json_add_string (builder, "original", original_text);
      sitrep_cli_json_add_string (builder, "original_encoding", encoding);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      str = sitrep_cli_json_to_string (root, TRUE);
      sitrep_cli_print (str);
      sitrep_cli_print ("\n");
    }
  else
    {
      g_autofree char *text = sitrep_cli_printable_text (show_original ? original_text : body);
      const char *published = sitrep_article_get_published (article);
      const char *note = sitrep_article_get_published_note (article);
      g_autofree char *date = NULL;
      g_autofree char *id_str = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      if (published != NULL)
        date = g_strdup_printf ("%s (%s)", published, sitrep_date_precision_to_string (precision));
      else if (note != NULL && *note != '\0')
        date = g_strdup_printf (_("unknown (%s)"), note);
      else
        date = g_strdup (_("unknown"));

      print_field (_("Id"), id_str);
      print_field (_("Title"), sitrep_article_get_title (article));
      print_field (_("Source"), sitrep_article_get_source (article));
      print_field (_("URL"), sitrep_article_get_url (article));
      print_field (_("Author"), sitrep_article_get_author (article));
      print_field (_("Published"), date);
      print_field (_("Status"), sitrep_article_status_to_string (sitrep_article_get_status (article)));
      print_field (_("Language"), sitrep_article_get_language (article));
      if (show_original)
        print_field (_("Encoding"), encoding);
      sitrep_cli_print ("\n");
      sitrep_cli_print (text);
      if (*text != '\0' && !g_str_has_suffix (text, "\n"))
        sitrep_cli_print ("\n");
    }

  return fflush (stdout) == 0 ? EXIT_OK : EXIT_FAILED;
}

/* search PROJECT QUERY */

static int
cmd_search (int    argc,
            char **argv)
{
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  int limit = DEFAULT_SEARCH_LIMIT;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("Show at most N hits (default 20)"), N_("N") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("search", _("PROJECT QUERY…"),
                      _("Searches the full text of the articles, best matches first.\n"
                        "\n"
                        "All the words must occur, in any order; case and accents do not\n"
                        "matter, and the last word also finds longer words it begins\n"
                        "(“bomb” finds “bombing”). Quotes and operators are taken as text."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) < 2)
    return sitrep_cli_usage_error ("search", _("Give the project and what to search for."));
  if (limit < 1 || limit > MAX_SEARCH_LIMIT)
    {
      g_autofree char *msg = g_strdup_printf (_("The limit must be between 1 and %d."), MAX_SEARCH_LIMIT);
      return sitrep_cli_usage_error ("search", msg);
    }

  /* Arguments are file-name encoded; the query is text. */
  query = g_strjoinv (" ", args + 1);
  if (!g_utf8_validate (query, -1, NULL))
    {
      g_autofree char *converted = g_locale_to_utf8 (query, -1, NULL, NULL, NULL);

      if (converted == NULL)
        return sitrep_cli_usage_error ("search", _("The query is not valid text in this locale."));
      g_free (query);
      query = g_steal_pointer (&converted);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  hits = sitrep_store_search (store, query, (guint) limit, &error);
  if (hits == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    {
      SitrepCliJsonArray writer;

      sitrep_cli_json_array_begin (&writer);
      for (guint i = 0; i < hits->len; i++)
        {
          SitrepArticle *article = g_ptr_array_index (hits, i);
          g_autoptr(JsonBuilder) builder = json_builder_new ();

          json_builder_begin_object (builder);
          sitrep_cli_json_add_int (builder, "id", sitrep_article_get_id (article));
          sitrep_cli_json_add_string (builder, "title", sitrep_article_get_title (article));
          sitrep_cli_json_add_string (builder, "source", sitrep_article_get_source (article));
          sitrep_cli_json_add_string (builder, "published", sitrep_article_get_published (article));
          sitrep_cli_json_add_string (builder, "snippet", sitrep_article_get_snippet (article));
          sitrep_cli_json_add_int (builder, "rank", i + 1);
          json_builder_end_object (builder);
          sitrep_cli_json_array_add (&writer, builder);
        }
      sitrep_cli_json_array_end (&writer);
    }
  else
    {
      for (guint i = 0; i < hits->len; i++)
        {
          SitrepArticle *article = g_ptr_array_index (hits, i);
          g_autofree char *title = sitrep_cli_one_line (sitrep_article_get_title (article));
          g_autofree char *text = sitrep_cli_snippet_to_text (sitrep_article_get_snippet (article));
          g_autofree char *snippet = sitrep_cli_one_line (text);

          sitrep_cli_printf ("%" G_GINT64_FORMAT "  %s\n", sitrep_article_get_id (article), title);
          if (*snippet != '\0')
            sitrep_cli_printf ("    %s\n", snippet);
        }
      if (hits->len == 0 && isatty (STDOUT_FILENO))
        fprintf (stderr, "%s\n", _("No matches."));
    }

  return fflush (stdout) == 0 ? EXIT_OK : EXIT_FAILED;
}

/* check PROJECT */

static int
cmd_check (int    argc,
           char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  gboolean sound;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("check", _("PROJECT"),
                      _("Checks that a file is a sound Sitrep project: its schema version,\n"
                        "application id and integrity. The file is opened read-only and never\n"
                        "changed. The exit status is 0 when the project is sound, 1 otherwise."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("check", _("Give the path of one project."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  /* Opening has already checked the application id and refused a newer
   * schema; the report says what was found, one "Label: value" a line. */
  sound = sitrep_store_check (store, &report, &error);
  if (error != NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  sitrep_cli_printf (_("Project: %s\n"), args[0]);
  if (report != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (report, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          {
            g_autofree char *clean = sitrep_cli_one_line (lines[i]);

            sitrep_cli_printf ("%s\n", clean);
          }
    }
  if (sound)
    sitrep_cli_printf (_("Result: the project is sound.\n"));
  else
    sitrep_cli_printf (_("Result: problems found. Open a salvaged copy in Sitrep to keep what "
                         "can still be read.\n"));

  fflush (stdout);
  return sound ? EXIT_OK : EXIT_FAILED;
}

static const Command commands[] = {
  { "new", N_("PROJECT"), N_("Create a new project file"), cmd_new },
  { "import", N_("PROJECT FILE…"), N_("Import text, HTML, CSV or JSONL files"), cmd_import },
  { "fetch", N_("PROJECT URL…"), N_("Fetch web pages and import their articles"), sitrep_cli_cmd_fetch },
  { "feeds", N_("PROJECT add|list|check|remove|import-opml|export-opml"), N_("Follow news feeds and import their new items"),
    sitrep_cli_cmd_feeds },
  { "list", N_("PROJECT"), N_("List the articles"), cmd_list },
  { "show", N_("PROJECT ID"), N_("Show one article"), cmd_show },
  { "delete", N_("PROJECT ID…"), N_("Delete articles (cannot be undone)"), sitrep_cli_cmd_delete },
  { "search", N_("PROJECT QUERY"), N_("Search the full text, best matches first"), cmd_search },
  { "check", N_("PROJECT"), N_("Check a project’s schema and integrity"), cmd_check },
  { "export", N_("PROJECT --format F -o FILE"), N_("Export annotations or events (spans-jsonl, acled-csv …)"),
    sitrep_cli_cmd_export },
  { "import-annotations", N_("PROJECT FILE"), N_("Import annotations from spans JSONL"),
    sitrep_cli_cmd_import_annotations },
  { "agreement", N_("PROJECT [--annotators A,B]"), N_("How far the annotators agree"),
    sitrep_cli_cmd_agreement },
  { "adjudicate", N_("PROJECT [ID…|--all]"), N_("Put agreed spans in the adjudicated layer, list the rest"),
    sitrep_cli_cmd_adjudicate },
  { "copy-for-coder", N_("PROJECT COPY --annotator NAME"), N_("Write a copy for a coder to work on apart"),
    sitrep_cli_cmd_copy_for_coder },
  { "merge", N_("PROJECT OTHER.sitrep"), N_("Bring a coder's copy back into the project"), sitrep_cli_cmd_merge },
  { "entities", N_("PROJECT"), N_("List actors, persons and places with their names"),
    sitrep_cli_cmd_entities },
  { "actor-type", N_("PROJECT ACTOR TYPE"), N_("Set an actor’s ACLED actor type"), sitrep_cli_cmd_actor_type },
  { "merge-sources", N_("PROJECT KEEP MERGE"), N_("Merge two spellings of one outlet"), sitrep_cli_cmd_merge_sources },
  { "events", N_("PROJECT"), N_("List the events with their figures"), sitrep_cli_cmd_events },
  { "suggest", N_("PROJECT [ID…|--all]"), N_("Propose places, actors, figures, dates and incidents"),
    sitrep_cli_cmd_suggest },
  { "import-events", N_("PROJECT FILE"), N_("Import events from a UCDP GED CSV"),
    sitrep_cli_cmd_import_events },
  { "geocode", N_("PROJECT NAME"), N_("Look a place name up in the gazetteer"), sitrep_cli_cmd_geocode },
  { "load-gazetteer", N_("PROJECT FILE"), N_("Load a GeoNames file into the gazetteer"), sitrep_cli_cmd_load_gazetteer },
  { "place-events", N_("PROJECT"), N_("Place unplaced events through the gazetteer"), sitrep_cli_cmd_place_events },
  { "export-map", N_("PROJECT --bbox W,S,E,N -o FILE"), N_("Draw a map to PNG, SVG or PDF"), sitrep_cli_cmd_export_map },
  { "stories", N_("PROJECT"), N_("List the stories and their steps"), sitrep_cli_cmd_stories },
  { "export-story", N_("PROJECT -o FILE.pdf"), N_("Write a story as a PDF handout (and PNGs)"), sitrep_cli_cmd_export_story },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  %s %s\n\n", _("Usage:"), prgname, _("COMMAND [OPTION…] ARGUMENTS"));
  fprintf (stream, "%s\n", _("Sitrep projects from the command line."));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *left = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].args));
      g_autoptr(GString) line = g_string_new ("  ");

      /* Padded by characters, not bytes: "FILE…" must line up. */
      sitrep_cli_append_column (line, left, 22, TRUE);
      fprintf (stream, "%s %s\n", line->str, _(commands[i].summary));
    }
  fprintf (stream, "\n%s\n", _("Options:"));
  fprintf (stream, "  %-22s %s\n", "-h, --help", _("Show this help"));
  fprintf (stream, "  %-22s %s\n", "--version", _("Show the version"));
  fprintf (stream, "\n");
  fprintf (stream, "%s\n  %s %s\n", _("The options of a command:"), prgname, _("COMMAND --help"));
  fprintf (stream, "%s\n", _("Exit status: 0 on success, 1 when something failed, 2 for a usage error."));
}

int
main (int    argc,
      char **argv)
{
  const char *name;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname (prgname);

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  name = argv[1];
  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "help"))
    {
      if (argc > 2 && !g_str_equal (name, "-h") && !g_str_equal (name, "--help"))
        {
          /* "help COMMAND" is "COMMAND --help". */
          char *help_argv[] = { argv[2], (char *) "--help", NULL };

          for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
            if (g_str_equal (argv[2], commands[i].name))
              return commands[i].func (2, help_argv);
          {
            g_autofree char *msg = g_strdup_printf (_("Unknown command “%s”."), argv[2]);
            return sitrep_cli_usage_error (NULL, msg);
          }
        }
      print_usage (stdout);
      return EXIT_OK;
    }
  if (g_str_equal (name, "--version"))
    {
      sitrep_cli_printf ("%s %s\n", prgname, VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      return commands[i].func (argc - 1, argv + 1);

  {
    g_autofree char *msg = g_strdup_printf (_("Unknown command “%s”."), name);
    return sitrep_cli_usage_error (NULL, msg);
  }
}
