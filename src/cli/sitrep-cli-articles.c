/* sitrep-cli-articles.c — sitrep-cli commands that change articles: delete
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"

int
sitrep_cli_cmd_delete (int    argc,
                       char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint n_args;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("delete", _("PROJECT ID…"),
                                 _("Deletes articles with their annotations and their evidence "
                                   "for events. This cannot be undone."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  n_args = args != NULL ? g_strv_length (args) : 0;
  if (n_args < 2)
    return sitrep_cli_usage_error ("delete", _("Give the project and the ids of the articles to delete."));

  for (guint i = 1; i < n_args; i++)
    {
      gint64 id;

      if (!sitrep_cli_parse_id (args[i], &id))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not an article id (a whole number from 1)."),
                                                  args[i]);
          return sitrep_cli_usage_error ("delete", msg);
        }
      g_array_append_val (ids, id);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;

  if (!sitrep_store_delete_articles (store, (const gint64 *) ids->data, ids->len, &error))
    {
      sitrep_cli_error (_("Nothing was deleted: %s"), error->message);
      return EXIT_FAILED;
    }
  sitrep_cli_printf (ngettext ("Deleted %u article.\n", "Deleted %u articles.\n", ids->len), ids->len);
  return EXIT_OK;
}
