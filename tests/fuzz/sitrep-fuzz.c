/* sitrep-fuzz.c — what the fuzz targets share: a scratch project, record checks
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "sitrep-import-record.h"
#include "sitrep-fuzz.h"

static char *dir;
static SitrepStore *store;

static void
remove_project (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_clear_object (&store);
  for (guint i = 0; dir != NULL && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (dir, "/fuzz.sitrep", suffixes[i], NULL);
      g_unlink (path);
    }
  if (dir != NULL)
    g_rmdir (dir);
}

SitrepStore *
sitrep_fuzz_store (void)
{
  if (store == NULL)
    {
      g_autofree char *path = NULL;

      dir = g_dir_make_tmp ("sitrep-fuzz-XXXXXX", NULL);
      g_assert (dir != NULL);
      path = g_build_filename (dir, "fuzz.sitrep", NULL);
      store = sitrep_store_create (path, NULL);
      g_assert (store != NULL);
      atexit (remove_project);
    }
  return store;
}

static void
check_text (const char *text)
{
  if (text != NULL)
    g_assert (g_utf8_validate (text, -1, NULL));
}

void
sitrep_fuzz_check_records (GPtrArray *records)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      SitrepImportRecord *r = g_ptr_array_index (records, i);

      check_text (r->title);
      check_text (r->body);
      check_text (r->source);
      check_text (r->author);
      check_text (r->original_name);
    }
}
