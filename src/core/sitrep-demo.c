/* sitrep-demo.c — the bundled demo project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>

#include <glib/gstdio.h>

#include "sitrep-demo.h"
#include "sitrep-import.h"

static const char * const samples[] = {
  "/org/sitrep/Sitrep/core/samples/centcom.jsonl",
  "/org/sitrep/Sitrep/core/samples/us-state-department.jsonl",
};

static gboolean
fill_demo (SitrepStore  *store,
           GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) records = NULL;
      g_autofree gint64 *results = NULL;
      g_autofree char *name = g_path_get_basename (samples[i]);

      bytes = g_resources_lookup_data (samples[i], G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return FALSE;

      records = sitrep_import_parse_bytes (bytes, name, SITREP_IMPORT_FORMAT_JSONL, NULL, NULL, error);
      if (records == NULL)
        return FALSE;

      results = g_new0 (gint64, MAX (records->len, 1));
      if (!sitrep_store_add_articles (store, (SitrepImportRecord **) records->pdata, records->len,
                                      results, NULL, error))
        return FALSE;
    }

  return sitrep_store_set_meta (store, "demo", "1", error);
}

/**
 * sitrep_demo_ensure:
 *
 * Returns: (transfer full): the path of the demo project, made from the
 * bundled public-domain press releases the first time.
 */
char *
sitrep_demo_ensure (GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "sitrep", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.sitrep", NULL);
  g_autofree char *partial = g_build_filename (dir, "Demo.sitrep.partial", NULL);
  g_autoptr(SitrepStore) store = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the folder for the demo project: %s"), g_strerror (saved));
      return NULL;
    }

  /* Built under another name and renamed, so a crash never leaves half a demo. */
  g_unlink (partial);
  store = sitrep_store_create (partial, error);
  if (store == NULL)
    return NULL;

  if (!fill_demo (store, error))
    {
      sitrep_store_close (store);
      g_unlink (partial);
      return NULL;
    }
  sitrep_store_close (store);

  if (g_rename (partial, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the demo project: %s"), g_strerror (saved));
      g_unlink (partial);
      return NULL;
    }

  return g_steal_pointer (&path);
}
