/* main.c — entry point of the Sitrep desktop application
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sitrep-build-tree.h"

#include "sitrep-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SitrepApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* SITREP_LOCALEDIR, or build/po when run from the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, sitrep_build_tree_setup ("src/sitrep"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sitrep_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
