/* sitrep-cli-salvage.c — sitrep-cli salvage: a new project from what a damaged one still holds,
 * and what could not be kept said in words
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"

int
sitrep_cli_cmd_salvage (int    argc,
                        char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *shown = NULL;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("salvage", _("PROJECT COPY"),
                                 _("Writes a new project COPY with everything of a damaged PROJECT that can "
                                   "still be read, and says what could not be kept. PROJECT is not changed."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("salvage", _("Give the damaged project and a new file for the copy."));
  if (g_file_test (args[1], G_FILE_TEST_EXISTS))
    {
      shown = g_filename_display_name (args[1]);
      sitrep_cli_error (_("“%s” already exists; name a new file for the salvaged copy."), shown);
      return EXIT_FAILED;
    }
  if (!sitrep_store_salvage (args[0], args[1], &error))
    {
      sitrep_cli_error (_("Nothing was salvaged: %s"), error->message);
      return EXIT_FAILED;
    }

  shown = g_filename_display_name (args[1]);
  sitrep_cli_printf (_("Wrote a salvaged copy to %s.\n"), shown);
  copy = sitrep_store_open (args[1], SITREP_STORE_OPEN_READ_ONLY, &error);
  if (copy != NULL)
    report = sitrep_store_get_meta (copy, "salvage_report");
  if (report != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (report, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          {
            g_autofree char *clean = sitrep_cli_one_line (lines[i]);

            sitrep_cli_printf ("%s%s\n", i > 0 ? "  " : "", clean);
          }
    }
  fflush (stdout);
  return EXIT_OK;
}
