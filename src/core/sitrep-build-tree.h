/* sitrep-build-tree.h — a binary run from the build tree finds the translations and schemas built beside it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "config.h"

#include <glib.h>
#include <limits.h>
#include <stdlib.h>

/* Called first in main () with @exe_in_build, the binary's path under the
 * build tree ("src/sitrep"): run from there (README's `build-aux/sitrep-dev
 * run`, `./build/src/sitrep` by hand, a test), the translations are those of
 * build/po and the settings' schemas those of build/data unless the
 * environment names others (SITREP_LOCALEDIR, GSETTINGS_SCHEMA_DIR). A user
 * running it under LANG=ar_SY.UTF-8 saw English: nothing is installed in
 * LOCALEDIR before `meson install`. Returns the directory to bind the
 * translations from. */
static inline const char *
sitrep_build_tree_setup (const char *exe_in_build)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *built = g_build_filename (BUILD_ROOT, exe_in_build, NULL);
  char real[PATH_MAX];

  if (exe != NULL && realpath (built, real) != NULL && g_str_equal (exe, real))
    {
      g_setenv ("SITREP_LOCALEDIR", BUILD_ROOT "/po", FALSE);
      g_setenv ("GSETTINGS_SCHEMA_DIR", BUILD_ROOT "/data", FALSE);
    }
  return g_getenv ("SITREP_LOCALEDIR") != NULL ? g_getenv ("SITREP_LOCALEDIR") : LOCALEDIR;
}
