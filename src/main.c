/* main.c — entry point of the Sitrep desktop application
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sitrep-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SitrepApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* SITREP_LOCALEDIR: the translations of an uninstalled build (build/po). */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("SITREP_LOCALEDIR") != NULL ? g_getenv ("SITREP_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sitrep_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
