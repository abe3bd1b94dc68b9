/* sitrep-gazetteer.c — place names to coordinates: bundled GeoNames plus dumps the user loads
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-gazetteer"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-gazetteer.h"

#define BUNDLED_CSV "/org/sitrep/Sitrep/core/gazetteer/geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv"
#define LOAD_BATCH 5000
#define MAX_NGRAM 4

typedef struct
{
  double lat;
  double lon;
} Point;

/* A first-level region (governorate, province) as the bundled data knows
 * it, and where its places lie. */
typedef struct
{
  char   *country;      /* "SY" */
  char   *admin1_code;  /* "07" */
  char   *key;          /* sitrep_normalize_region_name() of its name */
  Point   centre;       /* mean of its places: a rough centre */
  GArray *points;       /* of Point: its places */
} Region;

/* The bundled gazetteer is parsed once per process and never changes, so
 * every SitrepGazetteer (and every thread) shares it without locking. */
typedef struct
{
  GPtrArray  *places;   /* SitrepGazetteerPlace */
  GHashTable *by_key;   /* normalised name → GArray of guint indices into places */
  GHashTable *admin1;   /* "SY.06" → admin-1 name */
  GPtrArray  *regions;  /* Region, in the order of the file */
} Bundled;

/* What a context text names: normalised keys of its capitalised word runs,
 * and the places among them. */
typedef struct
{
  GHashTable *keys;     /* set of normalised n-grams */
  GArray     *points;   /* of Point: places the text names */
  GPtrArray  *point_keys;
} Context;

/* Where a coder says a place is (UCDP GED's country, admin 1 and admin 2):
 * stronger evidence than what else a text names. */
typedef struct
{
  const char   *country;    /* ISO 3166 alpha-2; NULL when unknown */
  const Region *admin1;     /* NULL when not named or not known */
  gboolean      has_seat;
  Point         seat;       /* the place the district is named after */
} Where;

struct _SitrepGazetteer
{
  GObject      parent_instance;

  SitrepStore *store;

  GMutex       context_lock;
  char        *context_text;
  Context     *context;
};

G_DEFINE_FINAL_TYPE (SitrepGazetteer, sitrep_gazetteer, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (SitrepGazetteerPlace, sitrep_gazetteer_place,
                     sitrep_gazetteer_place_copy, sitrep_gazetteer_place_free)

G_DEFINE_QUARK (sitrep-gazetteer-error-quark, sitrep_gazetteer_error)

/* Countries of the bundled region, and how articles name them. */
static const struct
{
  const char *code;
  const char *names;
} country_names[] = {
  { "SY", "Syria|Syrian|Syrians|Sham" },
  { "IQ", "Iraq|Iraqi|Iraqis" },
  { "LB", "Lebanon|Lebanese" },
  { "JO", "Jordan|Jordanian" },
  { "TR", "Turkey|Türkiye|Turkish" },
  { "IL", "Israel|Israeli" },
  { "PS", "Palestine|Palestinian|Gaza|West Bank" },
  { "IR", "Iran|Iranian" },
  { "SA", "Saudi Arabia|Saudi" },
  { "EG", "Egypt|Egyptian" },
};

/* Capitalised words that start sentences rather than name places. */
static const char * const stop_words[] = {
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "in", "it", "its",
  "of", "on", "or", "our", "she", "that", "the", "their", "there", "these", "they", "this",
  "to", "we", "with", "according", "after", "also", "before", "during", "however", "meanwhile",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "isis", "army", "forces", "russian", "north", "south",
  "east", "west", "central", "new", "city", "sam", "cham",
};

/* ---------------------------------------------------------------- places */

SitrepGazetteerPlace *
sitrep_gazetteer_place_new (void)
{
  SitrepGazetteerPlace *place = g_new0 (SitrepGazetteerPlace, 1);

  place->context_km = -1;
  return place;
}

SitrepGazetteerPlace *
sitrep_gazetteer_place_copy (const SitrepGazetteerPlace *place)
{
  SitrepGazetteerPlace *copy;

  g_return_val_if_fail (place != NULL, NULL);

  copy = g_memdup2 (place, sizeof *place);
  copy->name = g_strdup (place->name);
  copy->asciiname = g_strdup (place->asciiname);
  copy->names = g_strdupv (place->names);
  copy->feature_class = g_strdup (place->feature_class);
  copy->feature_code = g_strdup (place->feature_code);
  copy->country = g_strdup (place->country);
  copy->admin1_code = g_strdup (place->admin1_code);
  copy->admin1_name = g_strdup (place->admin1_name);
  copy->source = g_strdup (place->source);
  return copy;
}

void
sitrep_gazetteer_place_free (SitrepGazetteerPlace *place)
{
  if (place == NULL)
    return;
  g_free (place->name);
  g_free (place->asciiname);
  g_strfreev (place->names);
  g_free (place->feature_class);
  g_free (place->feature_code);
  g_free (place->country);
  g_free (place->admin1_code);
  g_free (place->admin1_name);
  g_free (place->source);
  g_free (place);
}

double
sitrep_gazetteer_distance_km (double lat1,
                              double lon1,
                              double lat2,
                              double lon2)
{
  double p1 = lat1 * G_PI / 180.0;
  double p2 = lat2 * G_PI / 180.0;
  double dp = p2 - p1;
  double dl = (lon2 - lon1) * G_PI / 180.0;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 6371.0088 * 2 * atan2 (sqrt (a), sqrt (1 - a));
}

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
  Point point = { place->latitude, place->longitude };

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
    }

  return bundled;
}

static Bundled *
get_bundled (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_bundled, NULL);
  return once.retval;
}

/* ---------------------------------------------------------------- lookup */

static double
feature_weight (const SitrepGazetteerPlace *place)
{
  const char *code = place->feature_code != NULL ? place->feature_code : "";
  const char *klass = place->feature_class != NULL ? place->feature_class : "";

  if (strcmp (code, "PPLC") == 0)
    return 1.0;
  if (strcmp (code, "PPLA") == 0)
    return 0.85;
  if (strcmp (code, "PPLA2") == 0)
    return 0.7;
  if (strcmp (code, "PPLA3") == 0)
    return 0.55;
  if (strcmp (code, "PPLA4") == 0)
    return 0.45;
  if (strcmp (code, "PPL") == 0)
    return 0.4;
  if (strcmp (klass, "P") == 0)
    return 0.3;
  if (strcmp (klass, "A") == 0)
    return 0.5;
  return 0.25;
}

static double
population_weight (gint64 population)
{
  return MIN (1.0, log10 ((double) population + 1.0) / 6.5);
}

/* A capital or large city is named across a whole country; a village far
 * from everything else an article names is probably another village. */
static gboolean
is_major (const SitrepGazetteerPlace *place)
{
  return g_strcmp0 (place->feature_code, "PPLC") == 0 ||
         g_strcmp0 (place->feature_code, "PPLA") == 0 ||
         place->population >= 100000;
}

static double
prominence (const SitrepGazetteerPlace *place)
{
  return feature_weight (place) + population_weight (place->population);
}

/* Every place whose names include @key: bundled first, then the project's
 * (which replace a bundled place with the same geonameid). */
static GPtrArray *
gather (SitrepGazetteer  *self,
        const char       *key,
        GError          **error)
{
  Bundled *bundled = get_bundled ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);
  GArray *list = g_hash_table_lookup (bundled->by_key, key);

  for (guint i = 0; list != NULL && i < list->len; i++)
    g_ptr_array_add (found, sitrep_gazetteer_place_copy (bundled->places->pdata[g_array_index (list, guint, i)]));

  if (self->store != NULL)
    {
      g_autoptr(GPtrArray) stored = sitrep_store_find_gazetteer_places (self->store, key, error);

      if (stored == NULL)
        return NULL;
      for (guint i = 0; i < stored->len; i++)
        {
          SitrepGazetteerPlace *place = stored->pdata[i];

          for (guint j = 0; j < found->len; j++)
            {
              SitrepGazetteerPlace *old = found->pdata[j];
              if (old->geonameid == place->geonameid)
                {
                  if (place->admin1_name == NULL)
                    place->admin1_name = g_strdup (old->admin1_name);
                  g_ptr_array_remove_index_fast (found, j);
                  break;
                }
            }
          g_ptr_array_add (found, sitrep_gazetteer_place_copy (place));
        }
    }

  return g_steal_pointer (&found);
}

static void
context_free (Context *context)
{
  if (context == NULL)
    return;
  g_clear_pointer (&context->keys, g_hash_table_unref);
  g_clear_pointer (&context->points, g_array_unref);
  g_clear_pointer (&context->point_keys, g_ptr_array_unref);
  g_free (context);
}

typedef struct
{
  char     *text;
  gboolean  capital;
} Token;

static gboolean
is_stop_word (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    {
      if (strcmp (lower, stop_words[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  g_autoptr(GString) word = g_string_new (NULL);
  gboolean capital = FALSE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean inner_quote = (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BF || c == 0x02BE) &&
                             word->len > 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c) || inner_quote))
        {
          if (word->len == 0)
            capital = g_unichar_isupper (c) || (c >= 0x0600 && c <= 0x06FF);
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          Token t = { g_strdup (word->str), capital };
          g_array_append_val (tokens, t);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
      /* A sentence break ends every word run. */
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' ||
          c == '"' || c == 0x201C || c == 0x201D || c == 0x060C)
        {
          Token t = { NULL, FALSE };
          g_array_append_val (tokens, t);
        }
    }
  return tokens;
}

static Context *
context_new (SitrepGazetteer *self,
             const char      *text)
{
  Context *context = g_new0 (Context, 1);
  g_autoptr(GArray) tokens = tokenize (text);
  g_autoptr(GHashTable) tried = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  context->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  context->points = g_array_new (FALSE, FALSE, sizeof (Point));
  context->point_keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *first = &g_array_index (tokens, Token, i);
      g_autoptr(GString) gram = g_string_new (NULL);

      if (first->text == NULL || !first->capital)
        continue;

      for (guint n = 0; n < MAX_NGRAM && i + n < tokens->len; n++)
        {
          Token *last = &g_array_index (tokens, Token, i + n);
          g_autofree char *key = NULL;
          g_autoptr(GPtrArray) found = NULL;
          SitrepGazetteerPlace *best = NULL;

          if (last->text == NULL)
            break;
          if (n > 0)
            g_string_append_c (gram, ' ');
          g_string_append (gram, last->text);
          if (!last->capital || (n == 0 && is_stop_word (gram->str)))
            continue;

          key = sitrep_normalize_name (gram->str);
          if (strlen (key) < 3)
            continue;
          g_hash_table_add (context->keys, g_strdup (key));
          if (g_hash_table_contains (tried, key))
            continue;
          g_hash_table_add (tried, g_strdup (key));

          found = gather (self, key, NULL);
          for (guint k = 0; found != NULL && k < found->len; k++)
            {
              SitrepGazetteerPlace *place = found->pdata[k];
              if (best == NULL || prominence (place) > prominence (best))
                best = place;
            }
          /* Only places an article would name without saying where they are. */
          if (best != NULL &&
              (best->population >= 1000 || feature_weight (best) >= 0.7 ||
               g_strcmp0 (best->feature_class, "A") == 0))
            {
              Point point = { best->latitude, best->longitude };
              g_array_append_val (context->points, point);
              g_ptr_array_add (context->point_keys, g_strdup (key));
            }
        }
    }

  for (guint i = 0; i < tokens->len; i++)
    g_free (g_array_index (tokens, Token, i).text);
  return context;
}

static gboolean
context_names (Context    *context,
               const char *name)
{
  g_autofree char *key = NULL;

  if (name == NULL)
    return FALSE;
  key = sitrep_normalize_name (name);
  return *key != '\0' && g_hash_table_contains (context->keys, key);
}

/* Whether the text names the region @admin1, with or without a word such as
 * "Governorate". Only the same key counts: a spelling one letter away may be
 * another name in free text (Qayyarah and Kayseri are). */
static gboolean
context_names_admin1 (Context    *context,
                      const char *admin1)
{
  g_autofree char *key = NULL;

  if (admin1 == NULL)
    return FALSE;
  if (context_names (context, admin1))
    return TRUE;
  key = sitrep_normalize_region_name (admin1);
  return *key != '\0' && g_hash_table_contains (context->keys, key);
}

/* The region @name names (in @country when given): the one whose name has
 * the same key, else the one alone in coming closest. Close spellings are
 * safe here, among a country's few governorates, as they are not in free
 * text. */
static const Region *
find_region (const char *country,
             const char *name)
{
  Bundled *bundled = get_bundled ();
  g_autofree char *key = NULL;
  const Region *exact = NULL;
  const Region *closest = NULL;
  guint n_exact = 0;
  guint best = G_MAXUINT;
  gboolean tie = FALSE;

  if (name == NULL || *name == '\0')
    return NULL;
  key = sitrep_normalize_region_name (name);
  if (*key == '\0')
    return NULL;

  for (guint i = 0; i < bundled->regions->len; i++)
    {
      const Region *region = bundled->regions->pdata[i];
      guint d;

      if (country != NULL && g_strcmp0 (region->country, country) != 0)
        continue;
      if (strcmp (region->key, key) == 0)
        {
          exact = region;
          n_exact++;
          continue;
        }
      if (!sitrep_normalize_keys_close (region->key, key))
        continue;
      d = sitrep_normalize_key_distance (region->key, key);
      if (d < best)
        {
          best = d;
          closest = region;
          tie = FALSE;
        }
      else if (d == best)
        tie = TRUE;
    }

  if (n_exact > 0)
    return n_exact == 1 ? exact : NULL;
  return tie ? NULL : closest;
}

static gboolean
in_region (const Region               *region,
           const SitrepGazetteerPlace *place)
{
  return g_strcmp0 (place->country, region->country) == 0 &&
         g_strcmp0 (place->admin1_code, region->admin1_code) == 0;
}

/* How far @place is from @region: 0 inside it, else to the nearest of its
 * places (more than to its border, where places are sparse). */
static double
region_km (const Region               *region,
           const SitrepGazetteerPlace *place)
{
  double km = G_MAXDOUBLE;

  if (in_region (region, place))
    return 0;
  for (guint i = 0; i < region->points->len; i++)
    {
      const Point *p = &g_array_index (region->points, Point, i);

      km = MIN (km, sitrep_gazetteer_distance_km (place->latitude, place->longitude,
                                                  p->lat, p->lon));
    }
  return km;
}

/* The place a district is named after ("Qaḑā’ Tall ‘Afar", "Manbij
 * district"), when the gazetteer has it in the district's region: the most
 * prominent of that name there. */
static gboolean
find_seat (SitrepGazetteer *self,
           const Where     *where,
           const char      *admin2,
           Point           *seat)
{
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const SitrepGazetteerPlace *best = NULL;

  if (where->admin1 == NULL || admin2 == NULL || *admin2 == '\0')
    return FALSE;
  key = sitrep_normalize_region_name (admin2);
  if (*key == '\0')
    return FALSE;
  found = gather (self, key, NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      const SitrepGazetteerPlace *place = found->pdata[i];

      if (in_region (where->admin1, place) &&
          (best == NULL || prominence (place) > prominence (best)))
        best = place;
    }
  if (best == NULL)
    return FALSE;
  seat->lat = best->latitude;
  seat->lon = best->longitude;
  return TRUE;
}

static gboolean
context_names_country (Context    *context,
                       const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (country_names); i++)
    {
      g_auto(GStrv) names = NULL;

      if (strcmp (code, country_names[i].code) != 0)
        continue;
      names = g_strsplit (country_names[i].names, "|", 0);
      for (guint j = 0; names[j] != NULL; j++)
        {
          if (context_names (context, names[j]))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
key_is_name_of (const char *key,
                const char *name)
{
  g_autofree char *k = name != NULL ? sitrep_normalize_name (name) : NULL;

  return k != NULL && strcmp (k, key) == 0;
}

static void
score_place (SitrepGazetteerPlace *place,
             const char           *key,
             Context              *context,
             const Where          *where)
{
  double name_match = key_is_name_of (key, place->name) || key_is_name_of (key, place->asciiname) ?
                      1.0 : 0.85;
  double admin = 0, country = 0, proximity = 0;

  place->context_km = -1;
  place->doubtful = FALSE;

  if (context != NULL)
    {
      admin = context_names_admin1 (context, place->admin1_name) ? 1.0 : 0.0;
      country = context_names_country (context, place->country) ? 1.0 : 0.0;
      for (guint i = 0; i < context->points->len; i++)
        {
          Point *p = &g_array_index (context->points, Point, i);
          double d;

          /* The name looked up, named again in its own text. */
          if (strcmp (context->point_keys->pdata[i], key) == 0)
            continue;
          d = sitrep_gazetteer_distance_km (place->latitude, place->longitude, p->lat, p->lon);

          /* The place itself, named again under another spelling. */
          if (d < 1.0)
            continue;
          if (place->context_km < 0 || d < place->context_km)
            place->context_km = d;
        }
      if (place->context_km >= 0)
        {
          proximity = MAX (0.0, 1.0 - place->context_km / (2 * SITREP_GAZETTEER_DOUBTFUL_KM));
          place->doubtful = place->context_km > SITREP_GAZETTEER_DOUBTFUL_KM && !is_major (place) &&
                            admin == 0;
        }
    }

  /* The region a coder gives overrules whatever else a text names: a
   * candidate outside it is a homonym unless it lies at its edge, and the
   * district's seat says where in it to look. */
  if (where != NULL && where->admin1 != NULL)
    {
      double admin1_km = region_km (where->admin1, place);

      admin = admin1_km == 0 ? 1.0 : 0.0;
      if (where->has_seat)
        {
          place->context_km = sitrep_gazetteer_distance_km (place->latitude, place->longitude,
                                                            where->seat.lat, where->seat.lon);
          proximity = MAX (0.0, 1.0 - place->context_km / (2 * SITREP_GAZETTEER_DOUBTFUL_KM));
        }
      place->doubtful = admin1_km > SITREP_GAZETTEER_REGION_EDGE_KM ||
                        (where->has_seat && admin == 0 &&
                         place->context_km > SITREP_GAZETTEER_DOUBTFUL_KM);
    }

  place->score = 0.20 * name_match + 0.20 * feature_weight (place) +
                 0.20 * population_weight (place->population) + 0.20 * admin + 0.05 * country +
                 0.15 * proximity;
  if (place->doubtful)
    place->score *= 0.5;
}

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const SitrepGazetteerPlace *pa = *(SitrepGazetteerPlace * const *) a;
  const SitrepGazetteerPlace *pb = *(SitrepGazetteerPlace * const *) b;

  if (pa->doubtful != pb->doubtful)
    return pa->doubtful ? 1 : -1;
  if (pa->score != pb->score)
    return pa->score > pb->score ? -1 : 1;
  if (pa->population != pb->population)
    return pa->population > pb->population ? -1 : 1;
  return pa->geonameid < pb->geonameid ? -1 : pa->geonameid > pb->geonameid;
}

/* ---------------------------------------------------------------- loading */

static gboolean
flush_batch (SitrepStore  *store,
             GPtrArray    *batch,
             GError      **error)
{
  gboolean ok = sitrep_store_add_gazetteer_places (store, (SitrepGazetteerPlace * const *) batch->pdata,
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
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GDataInputStream) data = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) batch = NULL;
  g_autofree char *source = NULL;
  Bundled *bundled = get_bundled ();
  guint64 loaded = 0, skipped = 0, lines = 0, bytes = 0, total = 0;
  GError *local_error = NULL;
  char *line;
  gsize len;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return FALSE;
  info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL)
    total = g_file_info_get_size (info);
  source = g_file_get_basename (file);
  data = g_data_input_stream_new (G_INPUT_STREAM (in));
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

  if (local_error != NULL)
    {
      /* Nothing half-loaded stays behind. */
      sitrep_store_remove_gazetteer_source (store, source, NULL);
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
      g_set_error (error, SITREP_GAZETTEER_ERROR, SITREP_GAZETTEER_ERROR_EMPTY,
                   _("“%s” holds no GeoNames places (%" G_GUINT64_FORMAT " lines skipped). "
                     "Choose a file in GeoNames’ tab-separated format, such as cities500.txt "
                     "or SY.txt."), source, skipped);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  SitrepStore             *store;
  GFile                   *file;
  SitrepGazetteerProgress  progress;
  gpointer                 progress_data;
  GDestroyNotify           progress_destroy;
  GMainContext            *context;
  guint64                  loaded;
  guint64                  skipped;
} LoadData;

static void
load_data_free (LoadData *ld)
{
  g_clear_object (&ld->store);
  g_clear_object (&ld->file);
  if (ld->progress_destroy != NULL)
    ld->progress_destroy (ld->progress_data);
  g_clear_pointer (&ld->context, g_main_context_unref);
  g_free (ld);
}

typedef struct
{
  GTask   *task;
  guint64  lines;
  guint64  bytes;
  guint64  total;
} ProgressIdle;

static gboolean
report_progress_idle (gpointer user_data)
{
  ProgressIdle *idle = user_data;
  LoadData *ld = g_task_get_task_data (idle->task);

  ld->progress (idle->lines, idle->bytes, idle->total, ld->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_idle_free (gpointer user_data)
{
  ProgressIdle *idle = user_data;

  g_object_unref (idle->task);
  g_free (idle);
}

static void
progress_in_thread (guint64  lines,
                    guint64  bytes,
                    guint64  total,
                    gpointer user_data)
{
  GTask *task = user_data;
  LoadData *ld = g_task_get_task_data (task);
  ProgressIdle *idle = g_new0 (ProgressIdle, 1);

  idle->task = g_object_ref (task);
  idle->lines = lines;
  idle->bytes = bytes;
  idle->total = total;
  g_main_context_invoke_full (ld->context, G_PRIORITY_DEFAULT, report_progress_idle, idle,
                              progress_idle_free);
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
                                  ld->progress != NULL ? progress_in_thread : NULL, task,
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
  ld->progress = progress;
  ld->progress_data = progress_data;
  ld->progress_destroy = progress_destroy;
  ld->context = g_main_context_ref_thread_default ();

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

/* ---------------------------------------------------------------- object */

static void
sitrep_gazetteer_finalize (GObject *object)
{
  SitrepGazetteer *self = SITREP_GAZETTEER (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->context_text, g_free);
  g_clear_pointer (&self->context, context_free);
  g_mutex_clear (&self->context_lock);

  G_OBJECT_CLASS (sitrep_gazetteer_parent_class)->finalize (object);
}

static void
sitrep_gazetteer_class_init (SitrepGazetteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sitrep_gazetteer_finalize;
}

static void
sitrep_gazetteer_init (SitrepGazetteer *self)
{
  g_mutex_init (&self->context_lock);
}

/* ---------------------------------------------------------------- public API */

/**
 * sitrep_gazetteer_new:
 * @store: (nullable): a project whose loaded GeoNames places are searched too
 *
 * The bundled data is parsed on first use (once per process).
 */
SitrepGazetteer *
sitrep_gazetteer_new (SitrepStore  *store,
                      GError      **error)
{
  SitrepGazetteer *self;

  g_return_val_if_fail (store == NULL || SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_GAZETTEER, NULL);
  if (store != NULL)
    self->store = g_object_ref (store);
  if (get_bundled ()->places->len == 0)
    {
      g_set_error (error, SITREP_GAZETTEER_ERROR, SITREP_GAZETTEER_ERROR_PARSE,
                   _("The bundled gazetteer could not be read; place names cannot be looked up "
                     "until a GeoNames file is loaded."));
      g_object_unref (self);
      return NULL;
    }
  return self;
}

GPtrArray *
sitrep_gazetteer_get_bundled_places (void)
{
  return get_bundled ()->places;
}

guint
sitrep_gazetteer_get_n_bundled (SitrepGazetteer *self)
{
  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), 0);

  return get_bundled ()->places->len;
}

static GPtrArray *
lookup_where (SitrepGazetteer  *self,
              const char       *name,
              const char       *context_text,
              const Where      *where,
              GError          **error)
{
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gboolean has_context = context_text != NULL && *context_text != '\0';

  key = sitrep_normalize_name (name);
  if (*key == '\0')
    return g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_gazetteer_place_free);

  found = gather (self, key, error);
  if (found == NULL)
    return NULL;
  for (guint i = found->len; where != NULL && where->country != NULL && i > 0; i--)
    {
      SitrepGazetteerPlace *place = found->pdata[i - 1];

      if (g_strcmp0 (place->country, where->country) != 0)
        g_ptr_array_remove_index (found, i - 1);
    }
  if (found->len == 0)
    return g_steal_pointer (&found);

  g_mutex_lock (&self->context_lock);
  if (has_context)
    {
      /* Every place of one article is looked up against the same text. */
      if (self->context == NULL || g_strcmp0 (self->context_text, context_text) != 0)
        {
          g_clear_pointer (&self->context, context_free);
          g_free (self->context_text);
          self->context_text = g_strdup (context_text);
          self->context = context_new (self, context_text);
        }
    }
  for (guint i = 0; i < found->len; i++)
    score_place (found->pdata[i], key, has_context ? self->context : NULL, where);
  g_mutex_unlock (&self->context_lock);

  g_ptr_array_sort (found, compare_places);
  return g_steal_pointer (&found);
}

GPtrArray *
sitrep_gazetteer_lookup (SitrepGazetteer  *self,
                         const char       *name,
                         const char       *context_text,
                         GError          **error)
{
  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return lookup_where (self, name, context_text, NULL, error);
}

/**
 * sitrep_gazetteer_lookup_in:
 * @country_code: (nullable): ISO 3166 alpha-2 code of the place's country
 * @admin1: (nullable): its governorate or province, as the source spells it
 * @admin2: (nullable): its district, as the source spells it
 *
 * For a place whose country and regions a coder gave (UCDP GED does).
 */
GPtrArray *
sitrep_gazetteer_lookup_in (SitrepGazetteer  *self,
                            const char       *name,
                            const char       *context_text,
                            const char       *country_code,
                            const char       *admin1,
                            const char       *admin2,
                            GError          **error)
{
  Where where = { 0 };

  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  where.country = country_code;
  where.admin1 = find_region (country_code, admin1);
  where.has_seat = find_seat (self, &where, admin2, &where.seat);
  return lookup_where (self, name, context_text, &where, error);
}

char *
sitrep_gazetteer_match_admin1 (SitrepGazetteer *self,
                               const char      *country_code,
                               const char      *name,
                               double          *latitude,
                               double          *longitude)
{
  const Region *region;

  g_return_val_if_fail (SITREP_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  region = find_region (country_code, name);
  if (region == NULL)
    return NULL;
  if (latitude != NULL)
    *latitude = region->centre.lat;
  if (longitude != NULL)
    *longitude = region->centre.lon;
  return g_strdup_printf ("%s.%s", region->country, region->admin1_code);
}
