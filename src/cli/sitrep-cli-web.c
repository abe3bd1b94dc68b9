/* sitrep-cli-web.c — `fetch`: web pages imported by their address
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "sitrep-io.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-feeds.h"
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
        sitrep_cli_printf (_("%s: imported as id %" PRId64 " (%s)\n"), args[i], id, warning);
      else if (id > 0)
        sitrep_cli_printf (_("%s: imported as id %" PRId64 "\n"), args[i], id);
      else if (id < 0)
        sitrep_cli_printf (_("%s: duplicate of id %" PRId64 "\n"), args[i], -id);
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

static void
print_feed_item (const char *feed_title,
                 const char *item_link,
                 gint64      id,
                 const char *message,
                 gpointer    user_data)
{
  int *status = user_data;

  if (id > 0)
    sitrep_cli_printf (_("%s: %s: imported as id %" PRId64 "\n"), feed_title, item_link, id);
  else if (id < 0)
    sitrep_cli_printf (_("%s: %s: duplicate of id %" PRId64 "\n"), feed_title, item_link, -id);
  else
    {
      g_autofree char *one = sitrep_cli_one_line (message != NULL ? message : _("could not be imported"));

      sitrep_cli_printf (_("%s: %s: error: %s\n"), feed_title, item_link, one);
      *status = EXIT_FAILED;
    }
}

/* feeds PROJECT import-opml FILE | export-opml [FILE] */
static int
feeds_opml (SitrepStore *store,
            const char  *project,
            const char  *verb,
            const char  *file)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (verb, "import-opml"))
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (file);
      guint already = 0;
      int added;

      added = sitrep_feeds_import_opml_file (store, input, &already, NULL, &error);
      if (added < 0 && error->domain != SITREP_OPML_ERROR)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      if (added < 0)
        {
          sitrep_cli_error ("%s: %s", file, error->message);
          return EXIT_FAILED;
        }
      sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "%'d feed added\n", "%'d feeds added\n", added), added);
      if (already > 0)
        sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "%'u feed was already followed\n",
                                        "%'u feeds were already followed\n", already), already);
      return EXIT_OK;
    }
  else
    {
      g_autofree char *basename = g_path_get_basename (project);
      g_autofree char *title = g_strdup_printf (_("Feeds of %s"), basename);
      g_autofree char *opml = NULL;
      gsize len = 0;

      opml = sitrep_feeds_export_opml (store, title, &len, &error);
      if (opml == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      if (file == NULL || g_str_equal (file, "-"))
        {
          fwrite (opml, 1, len, stdout);
          fflush (stdout);
        }
      else if (!sitrep_atomic_write_contents (file, opml, len, &error))   /* whole or not at all */
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      return EXIT_OK;
    }
}

int
sitrep_cli_cmd_feeds (int    argc,
                      char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepFetcher) fetcher = NULL;
  g_autoptr(GError) error = NULL;
  int pause_ms = 1000;
  int status = EXIT_OK;
  const char *verb;
  GOptionEntry entries[] = {
    { "pause", 0, 0, G_OPTION_ARG_INT, &pause_ms,
      N_("Milliseconds between two requests to one site when checking (default 1000)"), N_("MS") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("feeds", _("PROJECT add URL | list | check [ID] | remove ID | import-opml FILE | export-opml [FILE]"),
                                 _("Follows news feeds (RSS 2.0, RSS 1.0, Atom).\n"
                                   "\n"
                                   "add subscribes to a feed; list shows each with its unread articles;\n"
                                   "check imports the items not seen before (the full article from its\n"
                                   "link, else the feed's own text), one line per item; remove stops\n"
                                   "following a feed (its articles stay). import-opml subscribes to the\n"
                                   "feeds of an OPML file (a damaged file is refused whole); export-opml\n"
                                   "writes the subscriptions as OPML 2.0 to FILE or to the output."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) < 2)
    return sitrep_cli_usage_error ("feeds", _("Give the project and add, list, check or remove."));
  verb = args[1];
  if ((g_str_equal (verb, "add") || g_str_equal (verb, "remove")) && g_strv_length (args) != 3)
    return sitrep_cli_usage_error ("feeds", _("add takes one feed address, remove one feed id."));
  if (g_str_equal (verb, "import-opml") && g_strv_length (args) != 3)
    return sitrep_cli_usage_error ("feeds", _("import-opml takes one OPML file."));
  if (g_str_equal (verb, "export-opml") && g_strv_length (args) > 3)
    return sitrep_cli_usage_error ("feeds", _("export-opml takes at most one file name."));
  if (!g_str_equal (verb, "add") && !g_str_equal (verb, "list") && !g_str_equal (verb, "check") &&
      !g_str_equal (verb, "remove") && !g_str_equal (verb, "import-opml") && !g_str_equal (verb, "export-opml"))
    return sitrep_cli_usage_error ("feeds", _("Use add, list, check, remove, import-opml or export-opml."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  if (g_str_has_suffix (verb, "-opml"))
    return feeds_opml (store, args[0], verb, args[2]);
  fetcher = sitrep_fetcher_new (30, 0);

  if (g_str_equal (verb, "add"))
    {
      gint64 id = sitrep_feeds_add (fetcher, store, args[2], NULL, &error);

      if (id == 0)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      sitrep_cli_printf (_("%s: following as feed %" PRId64 "\n"), args[2], id);
    }
  else if (g_str_equal (verb, "list"))
    {
      g_autoptr(GPtrArray) feeds = sitrep_feeds_list (store, &error);

      if (feeds == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      for (guint i = 0; i < feeds->len; i++)
        {
          SitrepFeedInfo *info = g_ptr_array_index (feeds, i);

          sitrep_cli_printf ("%" G_GINT64_FORMAT "\t%u\t%s\t%s\n", info->id, info->unread,
                             info->title != NULL ? info->title : "", info->url);
        }
    }
  else if (g_str_equal (verb, "check"))
    {
      gint64 id = 0;
      int added;

      if (args[2] != NULL && !sitrep_cli_parse_id (args[2], &id))
        return sitrep_cli_usage_error ("feeds", _("check takes a feed id (see feeds PROJECT list)."));
      added = sitrep_feeds_check (fetcher, store, id, (guint) MAX (pause_ms, 0), print_feed_item, &status,
                                  NULL, &error);
      if (added < 0)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "%'d new article\n", "%'d new articles\n", added), added);
    }
  else
    {
      gint64 id = 0;

      if (!sitrep_cli_parse_id (args[2], &id))
        return sitrep_cli_usage_error ("feeds", _("remove takes a feed id (see feeds PROJECT list)."));
      if (!sitrep_feeds_remove (store, id, &error))
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      sitrep_cli_printf (_("Feed %" PRId64 " removed; its articles stay in the project.\n"), id);
    }
  return status;
}
