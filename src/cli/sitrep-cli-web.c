/* sitrep-cli-web.c — `fetch`: web pages imported by their address
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-fetch.h"

int
sitrep_cli_cmd_fetch (int    argc,
                      char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepFetcher) fetcher = NULL;
  int timeout = 30;
  int status = EXIT_OK;
  GOptionEntry entries[] = {
    { "timeout", 't', 0, G_OPTION_ARG_INT, &timeout,
      N_("Give up on a server that sends nothing for this many seconds (default 30)"), N_("SECONDS") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("fetch", _("PROJECT URL…"),
                                 _("Fetches web pages and imports their articles into a project.\n"
                                   "\n"
                                   "Only each page itself is fetched (no images, scripts or styles; nothing\n"
                                   "in it is run). A Wayback Machine address (web.archive.org/web/TIME/URL)\n"
                                   "is fetched in the archive's raw form. Prints one line per address:\n"
                                   "“imported as id N”, “duplicate of id N” (same final address or same\n"
                                   "text) or “error: reason”. The exit status is 1 when any address failed."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) < 2)
    return sitrep_cli_usage_error ("fetch", _("Give the project and at least one web address."));
  if (timeout <= 0)
    return sitrep_cli_usage_error ("fetch", _("The timeout is a number of seconds above 0."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  if (sitrep_store_is_read_only (store))
    {
      sitrep_cli_error (_("%s is read-only: nothing can be imported into it."), args[0]);
      return EXIT_FAILED;
    }

  fetcher = sitrep_fetcher_new ((guint) timeout, 0);
  for (guint i = 1; args[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *warning = NULL;
      gint64 id = sitrep_fetch_import (fetcher, store, args[i], NULL, NULL, &warning, NULL, &error);

      if (id > 0 && warning != NULL)
        sitrep_cli_printf (_("%s: imported as id %" G_GINT64_FORMAT " (%s)\n"), args[i], id, warning);
      else if (id > 0)
        sitrep_cli_printf (_("%s: imported as id %" G_GINT64_FORMAT "\n"), args[i], id);
      else if (id < 0)
        sitrep_cli_printf (_("%s: duplicate of id %" G_GINT64_FORMAT "\n"), args[i], -id);
      else
        {
          g_autofree char *message = sitrep_cli_one_line (error != NULL ? error->message
                                                                        : _("could not be imported"));

          sitrep_cli_printf (_("%s: error: %s\n"), args[i], message);
          status = EXIT_FAILED;
        }
    }
  return status;
}
