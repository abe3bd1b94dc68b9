/* sitrep-gazetteer-load.c — the gazetteer's places: GeoNames parsing, the bundled data and loading the user's dumps
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-gazetteer"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-io.h"
#include "sitrep-progress-private.h"
#include "sitrep-normalize.h"
#include "sitrep-store-bulk-private.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-gazetteer.h"
#include "sitrep-gazetteer-private.h"

#define BUNDLED_CSV "/org/sitrep/Sitrep/core/gazetteer/geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv"
/* places staged per brief step; the project gets them all at the end */
#define LOAD_BATCH 5000

/* ---------------------------------------------------------------- parsing */

static gboolean
parse_double (const char *text,
              double     *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

static gboolean
parse_int64 (const char *text,
             gint64     *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    {
      *value = 0;
      return TRUE;
    }
  *value = g_ascii_strtoll (text, &end, 10);
  return end != text && *end == '\0';
}

static gboolean
coordinates_valid (double lat,
                   double lon)
{
  return lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0;
}

static char *
empty_to_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

SitrepGazetteerPlace *
sitrep_gazetteer_parse_geonames_line (const char *line,
                                      const char *source)
{
  g_autoptr(SitrepGazetteerPlace) place = NULL;
  g_auto(GStrv) fields = NULL;
  gsize len;

  g_return_val_if_fail (line != NULL, NULL);

  len = strlen (line);
  while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
    len--;
  if (len == 0 || !g_utf8_validate (line, len, NULL))
    return NULL;

  {
    g_autofree char *copy = g_strndup (line, len);
    fields = g_strsplit (copy, "\t", 0);
  }
  if (g_strv_length (fields) != 19)
    return NULL;

  place = sitrep_gazetteer_place_new ();
  if (!parse_int64 (fields[0], &place->geonameid) || place->geonameid <= 0 ||
      *fields[1] == '\0' ||
      !parse_double (fields[4], &place->latitude) ||
      !parse_double (fields[5], &place->longitude) ||
      !coordinates_valid (place->latitude, place->longitude) ||
      !parse_int64 (fields[14], &place->population) || place->population < 0)
    return NULL;

  place->name = g_strdup (fields[1]);
  place->asciiname = empty_to_null (fields[2]);
  place->names = *fields[3] != '\0' ? g_strsplit (fields[3], ",", 0) : g_new0 (char *, 1);
  place->feature_class = empty_to_null (fields[6]);
  place->feature_code = empty_to_null (fields[7]);
  place->country = empty_to_null (fields[8]);
  place->admin1_code = empty_to_null (fields[10]);
  place->source = g_strdup (source);
  return g_steal_pointer (&place);
}

/* ---------------------------------------------------------------- bundled data */

/* Splits one CSV record (RFC 4180 quoting; no newlines inside fields in this file). */
static GPtrArray *
split_csv_line (const char *line,
                gsize       len)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = line[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < len && line[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
        }
      else if (c == '"')
        quoted = TRUE;
      else if (c == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (c != '\r')
        g_string_append_c (field, c);
    }
  g_ptr_array_add (fields, g_strdup (field->str));
  return fields;
}

static void
index_name (GHashTable *by_key,
            const char *name,
            guint       index)
{
  g_autofree char *key = NULL;
  GArray *list;

  if (name == NULL || *name == '\0')
    return;
  key = sitrep_normalize_name (name);
  if (*key == '\0')
    return;
  list = g_hash_table_lookup (by_key, key);
  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (by_key, g_steal_pointer (&key), list);
    }
  for (guint i = 0; i < list->len; i++)
    {
      if (g_array_index (list, guint, i) == index)
        return;
    }
  g_array_append_val (list, index);
}

static void
region_free (gpointer data)
{
  Region *region = data;

  g_free (region->country);
  g_free (region->admin1_code);
  g_free (region->key);
  g_array_unref (region->points);
  g_free (region);
}

static void
add_to_region (GPtrArray                  *regions,
               GHashTable                 *by_code,
               const SitrepGazetteerPlace *place)
{
  g_autofree char *code = g_strdup_printf ("%s.%s", place->country, place->admin1_code);
  Region *region = g_hash_table_lookup (by_code, code);
  Point point = { place->latitude, place->longitude, sitrep_gazetteer_cos_lat (place->latitude) };

  if (region == NULL)
    {
      region = g_new0 (Region, 1);
      region->country = g_strdup (place->country);
      region->admin1_code = g_strdup (place->admin1_code);
      region->key = sitrep_normalize_region_name (place->admin1_name);
      region->points = g_array_new (FALSE, FALSE, sizeof (Point));
      g_ptr_array_add (regions, region);
      g_hash_table_insert (by_code, g_steal_pointer (&code), region);
    }
  g_array_append_val (region->points, point);
}

static gpointer
load_bundled (gpointer data)
{
  Bundled *bundled = g_new0 (Bundled, 1);
  g_autoptr(GHashTable) regions_by_code = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize size;
  gsize pos = 0;
  gboolean header = TRUE;

  bundled->places = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);
  bundled->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
  bundled->admin1 = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  bundled->regions = g_ptr_array_new_with_free_func (region_free);
  regions_by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  bytes = g_resources_lookup_data (BUNDLED_CSV, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_warning ("The bundled gazetteer is missing: %s", error->message);
      return bundled;
    }

  text = g_bytes_get_data (bytes, &size);
  while (pos < size)
    {
      const char *line = text + pos;
      const char *nl = memchr (line, '\n', size - pos);
      gsize len = nl != NULL ? (gsize) (nl - line) : size - pos;
      g_autoptr(GPtrArray) f = NULL;
      SitrepGazetteerPlace *place;
      guint index;

      pos += len + 1;
      if (header)
        {
          header = FALSE;
          continue;
        }
      f = split_csv_line (line, len);
      /* geonameid,name,asciiname,name_ar,alternatenames,latitude,longitude,
       * feature_class,feature_code,country_code,admin1_code,admin1_name,population,… */
      if (f->len < 13)
        continue;

      place = sitrep_gazetteer_place_new ();
      if (!parse_int64 (f->pdata[0], &place->geonameid) ||
          !parse_double (f->pdata[5], &place->latitude) ||
          !parse_double (f->pdata[6], &place->longitude) ||
          !coordinates_valid (place->latitude, place->longitude))
        {
          sitrep_gazetteer_place_free (place);
          continue;
        }
      place->name = g_strdup (f->pdata[1]);
      place->asciiname = empty_to_null (f->pdata[2]);
      place->names = g_strsplit (f->pdata[4], "|", 0);
      place->feature_class = empty_to_null (f->pdata[7]);
      place->feature_code = empty_to_null (f->pdata[8]);
      place->country = empty_to_null (f->pdata[9]);
      place->admin1_code = empty_to_null (f->pdata[10]);
      place->admin1_name = empty_to_null (f->pdata[11]);
      parse_int64 (f->pdata[12], &place->population);
      place->source = g_strdup ("bundled");

      index = bundled->places->len;
      g_ptr_array_add (bundled->places, place);
      index_name (bundled->by_key, place->name, index);
      index_name (bundled->by_key, place->asciiname, index);
      /* name_ar and every alternate, Arabic included, separated by "|" or ",". */
      {
        g_auto(GStrv) ar = g_strsplit (f->pdata[3], ",", 0);
        for (guint i = 0; ar[i] != NULL; i++)
          index_name (bundled->by_key, ar[i], index);
      }
      for (guint i = 0; place->names[i] != NULL; i++)
        index_name (bundled->by_key, place->names[i], index);

      if (place->country != NULL && place->admin1_code != NULL && place->admin1_name != NULL)
        {
          char *code = g_strdup_printf ("%s.%s", place->country, place->admin1_code);
          if (!g_hash_table_contains (bundled->admin1, code))
            g_hash_table_insert (bundled->admin1, code, g_strdup (place->admin1_name));
          else
            g_free (code);
          add_to_region (bundled->regions, regions_by_code, place);
        }
    }

  for (guint i = 0; i < bundled->regions->len; i++)
    {
      Region *region = bundled->regions->pdata[i];

      for (guint j = 0; j < region->points->len; j++)
        {
          region->centre.lat += g_array_index (region->points, Point, j).lat / region->points->len;
          region->centre.lon += g_array_index (region->points, Point, j).lon / region->points->len;
        }
      region->centre.cos_lat = sitrep_gazetteer_cos_lat (region->centre.lat);
    }

  return bundled;
}

Bundled *
_sitrep_gazetteer_get_bundled (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_bundled, NULL);
  return once.retval;
}

GPtrArray *
sitrep_gazetteer_get_bundled_places (void)
{
  return _sitrep_gazetteer_get_bundled ()->places;
}

/* ---------------------------------------------------------------- loading */

static gboolean
flush_batch (SitrepStore  *store,
             GPtrArray    *batch,
             GError      **error)
{
  gboolean ok = sitrep_store_stage_gazetteer_places (store, (SitrepGazetteerPlace * const *) batch->pdata,
                                                     batch->len, error);
  g_ptr_array_set_size (batch, 0);
  return ok;
}

gboolean
sitrep_gazetteer_load_file (SitrepStore              *store,
                            GFile                    *file,
                            SitrepGazetteerProgress   progress,
                            gpointer                  progress_data,
                            guint64                  *n_loaded,
                            guint64                  *n_skipped,
                            GCancellable             *cancellable,
                            GError                  **error)
{
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GDataInputStream) data = NULL;
  gint64 size = 0;
  g_autoptr(GPtrArray) batch = NULL;
  g_autofree char *source = NULL;
  g_autoptr(SitrepStore) writer = NULL;
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();
  guint64 loaded = 0, skipped = 0, lines = 0, bytes = 0, total = 0;
  GError *local_error = NULL;
  char *line;
  gsize len;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  in = sitrep_io_open_input (file, SITREP_IO_MAX_STREAMED, &size, cancellable, error);
  if (in == NULL)
    return FALSE;
  /* The staging tables are per connection: the whole load runs on one, its
   * own, so the window's reads never wait for it. */
  writer = _sitrep_store_bulk_writer (store, error);
  if (writer == NULL)
    return FALSE;
  store = writer;
  total = size;
  source = g_file_get_basename (file);
  data = g_data_input_stream_new (in);
  g_buffered_input_stream_set_buffer_size (G_BUFFERED_INPUT_STREAM (data), 1 << 16);
  batch = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);

  while ((line = g_data_input_stream_read_line (data, &len, cancellable, &local_error)) != NULL)
    {
      SitrepGazetteerPlace *place;

      lines++;
      bytes += len + 1;
      if (len == 0 || line[0] == '#')
        {
          g_free (line);
          continue;
        }
      place = sitrep_gazetteer_parse_geonames_line (line, source);
      g_free (line);
      if (place == NULL)
        {
          skipped++;
          continue;
        }
      if (place->country != NULL && place->admin1_code != NULL)
        {
          g_autofree char *code = g_strdup_printf ("%s.%s", place->country, place->admin1_code);
          place->admin1_name = g_strdup (g_hash_table_lookup (bundled->admin1, code));
        }
      g_ptr_array_add (batch, place);
      loaded++;

      if (batch->len >= LOAD_BATCH)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, &local_error) ||
              !flush_batch (store, batch, &local_error))
            break;
          if (progress != NULL)
            progress (lines, bytes, total, progress_data);
        }
    }

  if (local_error == NULL && batch->len > 0)
    flush_batch (store, batch, &local_error);
  /* The whole file goes in at once, or nothing of it. */
  if (local_error == NULL && loaded > 0)
    sitrep_store_commit_gazetteer_stage (store, &local_error);

  if (local_error != NULL)
    {
      sitrep_store_drop_gazetteer_stage (store);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (progress != NULL)
    progress (lines, bytes, total, progress_data);
  if (n_loaded != NULL)
    *n_loaded = loaded;
  if (n_skipped != NULL)
    *n_skipped = skipped;

  if (loaded == 0)
    {
      sitrep_store_drop_gazetteer_stage (store);
      g_set_error (error, SITREP_GAZETTEER_ERROR, SITREP_GAZETTEER_ERROR_EMPTY,
                   _("“%s” holds no GeoNames places (%" PRIu64 " lines skipped). "
                     "Choose a file in GeoNames’ tab-separated format, such as cities500.txt "
                     "or SY.txt."), source, skipped);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  SitrepStore         *store;
  GFile               *file;
  SitrepProgressRelay *relay;
  guint64              loaded;
  guint64              skipped;
} LoadData;

static void
load_data_free (LoadData *ld)
{
  g_clear_object (&ld->store);
  g_clear_object (&ld->file);
  g_clear_pointer (&ld->relay, _sitrep_progress_relay_unref);
  g_free (ld);
}

static void
deliver_progress (GCallback      callback,
                  gpointer       callback_data,
                  const guint64 *values)
{
  ((SitrepGazetteerProgress) callback) (values[0], values[1], values[2], callback_data);
}

static void
progress_in_thread (guint64  lines,
                    guint64  bytes,
                    guint64  total,
                    gpointer user_data)
{
  LoadData *ld = user_data;
  const guint64 values[] = { lines, bytes, total };

  _sitrep_progress_relay_send (ld->relay, values, G_N_ELEMENTS (values));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *ld = task_data;
  GError *error = NULL;

  if (sitrep_gazetteer_load_file (ld->store, ld->file,
                                  progress_in_thread, ld,
                                  &ld->loaded, &ld->skipped, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sitrep_gazetteer_load_file_async (SitrepStore              *store,
                                  GFile                    *file,
                                  SitrepGazetteerProgress   progress,
                                  gpointer                  progress_data,
                                  GDestroyNotify            progress_destroy,
                                  GCancellable             *cancellable,
                                  GAsyncReadyCallback       callback,
                                  gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *ld;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  ld = g_new0 (LoadData, 1);
  ld->store = g_object_ref (store);
  ld->file = g_object_ref (file);
  ld->relay = _sitrep_progress_relay_new (G_CALLBACK (progress), progress_data, progress_destroy,
                                          deliver_progress);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_gazetteer_load_file_async);
  g_task_set_task_data (task, ld, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
sitrep_gazetteer_load_file_finish (GAsyncResult  *result,
                                   guint64       *n_loaded,
                                   guint64       *n_skipped,
                                   GError       **error)
{
  LoadData *ld;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  ld = g_task_get_task_data (G_TASK (result));
  if (n_loaded != NULL)
    *n_loaded = ld->loaded;
  if (n_skipped != NULL)
    *n_skipped = ld->skipped;
  return g_task_propagate_boolean (G_TASK (result), error);
}
