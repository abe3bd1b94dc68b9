/* sitrep-cli.c — the command line companion: the commands table, new, check, and what the commands share
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

#include "sitrep-build-tree.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-cli-events.h"
#include "sitrep-store.h"


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
    sitrep_cli_printf (_("Result: problems found. Open a salvaged copy in Sitrep (or run sitrep-cli "
                         "salvage) to keep what can still be read.\n"));

  fflush (stdout);
  return sound ? EXIT_OK : EXIT_FAILED;
}

static const Command commands[] = {
  { "new", N_("PROJECT"), N_("Create a new project file"), cmd_new },
  { "import", N_("PROJECT FILE…"), N_("Import text, HTML, CSV or JSONL files"), sitrep_cli_cmd_import },
  { "fetch", N_("PROJECT URL…"), N_("Fetch web pages and import their articles"), sitrep_cli_cmd_fetch },
  { "feeds", N_("PROJECT add|list|check|remove|import-opml|export-opml"), N_("Follow news feeds and import their new items"),
    sitrep_cli_cmd_feeds },
  { "list", N_("PROJECT"), N_("List the articles"), sitrep_cli_cmd_list },
  { "show", N_("PROJECT ID"), N_("Show one article"), sitrep_cli_cmd_show },
  { "delete", N_("PROJECT ID…"), N_("Delete articles (cannot be undone)"), sitrep_cli_cmd_delete },
  { "search", N_("PROJECT QUERY"), N_("Search the full text, best matches first"), sitrep_cli_cmd_search },
  { "check", N_("PROJECT"), N_("Check a project’s schema and integrity"), cmd_check },
  { "salvage", N_("PROJECT COPY"), N_("Copy what a damaged project still holds into a new one"),
    sitrep_cli_cmd_salvage },
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

      /* A command's arguments too long for the column are said whole on a
       * line of their own, the summary under them ("export PROJECT
       * --form…" hid what the command takes). Padded by characters, not
       * bytes: "FILE…" must line up. */
      if (g_utf8_strlen (left, -1) > 22)
        {
          g_string_append_printf (line, "%s\n", left);
          sitrep_cli_append_column (line, "", 25, TRUE);
        }
      else
        {
          sitrep_cli_append_column (line, left, 22, TRUE);
          g_string_append_c (line, ' ');
        }
      fprintf (stream, "%s%s\n", line->str, _(commands[i].summary));
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
  /* SITREP_LOCALEDIR, or build/po when run from the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, sitrep_build_tree_setup ("src/cli/sitrep-cli"));
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
