/* sitrep-suggest-places-far.c — a world city matched by another spelling, in a report set elsewhere, is doubtful; a town spelled two ways takes one pin
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

/* The countries of the bundled GeoNames cut, whose places are matched by
 * their own spellings before any world city. */
static const char * const gazetteer_countries[] = { "SY", "IQ", "LB", "JO", "TR", "IL", "PS", NULL };

static gboolean
in_gazetteer_country (const char *country)
{
  for (guint k = 0; gazetteer_countries[k] != NULL; k++)
    {
      /* Codes of two letters: compared inline. */
      if (country[0] == gazetteer_countries[k][0] && country[0] != '\0' && country[1] == gazetteer_countries[k][1] &&
          country[2] == '\0')
        return TRUE;
    }
  return FALSE;
}

/* Whether @s is placed at the world city of its entity's name (world-places.tsv). */
static gboolean
is_world_city (const SitrepSuggestion *s)
{
  g_autofree char *country = NULL;
  double latitude, longitude;

  return _sitrep_suggest_world_city (s->entity_name, &latitude, &longitude, &country) &&
         latitude == s->latitude && longitude == s->longitude;
}

/* Whether @s begins its sentence. */
static gboolean
first_of_sentence (SuggestRun             *run,
                   const SitrepSuggestion *s)
{
  guint i = _sitrep_suggest_token_holding (run, s->byte_start);

  return i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence;
}

/* "a checkpoint in Madaen" in a report about Kirkuk is no Medan of
 * Indonesia: a world city placed with confidence by a spelling other than
 * its name, in a country no other place of the report is in, is flagged
 * doubtful — a guess for the user to check, not a pin to trust. A city
 * written as its name ("Moscow", "Ankara") or beside another place of its
 * country stays sure; a sentence's first word so matched is dropped. */
void
_sitrep_suggest_far_spellings (SuggestRun *run,
                               guint       from)
{
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      gboolean neighbour = FALSE;

      if (s->kind != SITREP_SUGGEST_PLACE || isnan (s->latitude) || s->doubtful || s->entity_id != 0 ||
          s->entity_name == NULL || s->country == NULL || s->scope != SITREP_PLACE_SCOPE_PLACE ||
          in_gazetteer_country (s->country))
        continue;
      {
        g_autofree char *own = _sitrep_suggest_light_key (s->entity_name);
        g_autofree char *theirs = _sitrep_suggest_light_key (s->text);

        if (strcmp (own, theirs) == 0 || !is_world_city (s))
          continue;
      }
      for (guint m = from; m < run->out->len && !neighbour; m++)
        {
          const SitrepSuggestion *o = run->out->pdata[m];

          neighbour = m != k && o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful &&
                      g_strcmp0 (o->country, s->country) == 0 && g_strcmp0 (o->text, s->text) != 0;
        }
      if (neighbour)
        continue;
      /* "Violence across Iraq has spiked": a sentence's first word, whose
       * capital says no name, is no loose spelling of Valencia. */
      if (strchr (s->text, ' ') == NULL && first_of_sentence (run, s))
        {
          _sitrep_suggest_out_remove (run->out, k--);
          continue;
        }
      s->doubtful = TRUE;
    }
}

/* ---------------------------------------------------------------- a town spelled two ways */

/* The sure place of the text, one per name (@distinct), whose key is close
 * to @s's but not the same, or NULL; the keys are compared only when the
 * first letters and lengths are near. */
static const SitrepSuggestion *
spelled_otherwise (const SitrepSuggestion *s,
                   GPtrArray              *distinct)
{
  gsize bytes = s->byte_end - s->byte_start, len;
  g_autofree char *key = NULL;

  if (bytes < 4)
    return NULL;
  key = sitrep_normalize_name (s->text);
  len = strlen (key);
  for (guint m = 0; m < distinct->len; m++)
    {
      const SitrepSuggestion *o = distinct->pdata[m];
      gsize other_len, other_bytes = o->byte_end - o->byte_start;
      g_autofree char *other = NULL;

      if (o->text[0] != s->text[0] || (other_bytes > bytes ? other_bytes - bytes : bytes - other_bytes) > 4)
        continue;
      other = sitrep_normalize_name (o->text);
      other_len = strlen (other);
      if ((other_len > len ? other_len - len : len - other_len) <= 2 && strcmp (other, key) != 0 &&
          sitrep_normalize_keys_close (key, other))
        return o;
    }
  return NULL;
}

/* "near Kifiri district" in a report that names Kifri too: a name left
 * unplaced is placed, doubtful, as a place of the text whose key is close
 * to its own (a report spelling a town two ways). Each name is asked once,
 * against each sure name once: a long text repeats both. */
void
_sitrep_suggest_places_spelled_twice (SuggestRun *run,
                                      guint       from)
{
  static const char none = 0;
  g_autoptr(GHashTable) asked = NULL;   /* unplaced text → its place, or &none */
  g_autoptr(GPtrArray) distinct = NULL;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepSuggestion *o;

      if (s->kind != SITREP_SUGGEST_PLACE || !isnan (s->latitude) || s->byte_end == 0)
        continue;
      if (asked == NULL)
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          asked = g_hash_table_new (g_str_hash, g_str_equal);
          distinct = g_ptr_array_new ();
          for (guint m = from; m < run->out->len; m++)
            {
              SitrepSuggestion *p = run->out->pdata[m];

              /* A doubtful match is the gazetteer's place all the same ("Shirqat"
               * beside "Shiqat"); a pin at another place is not. */
              if (p->kind == SITREP_SUGGEST_PLACE && !isnan (p->latitude) && (!p->doubtful || p->geonameid != 0) &&
                  p->scope == SITREP_PLACE_SCOPE_PLACE && g_hash_table_add (seen, p->text))
                g_ptr_array_add (distinct, p);
            }
        }
      o = g_hash_table_lookup (asked, s->text);
      if (o == NULL)
        {
          o = spelled_otherwise (s, distinct);
          g_hash_table_insert (asked, s->text, (gpointer) (o != NULL ? (gconstpointer) o : (gconstpointer) &none));
        }
      if (o == (gconstpointer) &none || o == NULL)
        continue;
      _sitrep_suggest_pin_doubtful (run, s, o->latitude, o->longitude, o->country, o->admin1);
    }
}

void
_sitrep_suggest_pin_doubtful (SuggestRun       *run,
                              SitrepSuggestion *s,
                              double            latitude,
                              double            longitude,
                              const char       *country,
                              const char       *admin1)
{
  s->latitude = latitude;
  s->longitude = longitude;
  s->geonameid = 0;
  s->country = _sitrep_suggest_strdup (run, country);
  s->admin1 = _sitrep_suggest_strdup (run, admin1);
  s->doubtful = TRUE;
  s->population = 0;
  s->scope = SITREP_PLACE_SCOPE_PLACE;
  if (s->entity_name == NULL && s->entity_id == 0)
    s->entity_name = _sitrep_suggest_strdup (run, s->text);
}

/* ---------------------------------------------------------------- another candidate near the report's places */

/* The sure places of the text from @from on (SitrepSuggestion, not owned). */
static GPtrArray *
sure_places (SuggestRun *run,
             guint       from)
{
  GPtrArray *sure = g_ptr_array_new ();

  for (guint m = from; m < run->out->len; m++)
    {
      SitrepSuggestion *o = run->out->pdata[m];

      if (o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful && o->byte_end > 0 &&
          o->scope == SITREP_PLACE_SCOPE_PLACE && o->country != NULL)
        g_ptr_array_add (sure, o);
    }
  return sure;
}

/* Whether one of @sure, other than a mention of @s's name, lies in
 * @country within VILLAGE_FAR_KM of (@latitude, @longitude). */
static gboolean
sure_place_near (GPtrArray              *sure,
                 const SitrepSuggestion *s,
                 double                  latitude,
                 double                  longitude,
                 const char             *country)
{
  for (guint m = 0; country != NULL && m < sure->len; m++)
    {
      const SitrepSuggestion *o = sure->pdata[m];

      /* A degree of latitude is 111 km: most are told apart without trigonometry. */
      if (fabs (o->latitude - latitude) * 111.0 > VILLAGE_FAR_KM || strcmp (o->country, country) != 0 ||
          strcmp (o->text, s->text) == 0)
        continue;
      if (sitrep_gazetteer_distance_km (latitude, longitude, o->latitude, o->longitude) <= VILLAGE_FAR_KM)
        return TRUE;
    }
  return FALSE;
}

/* "Tell Abiad, Ras al-Ain and Derek", listed far apart along a border: a
 * doubtful guess far from its list's places is moved to their middle only
 * when it is no town of the report's area. A guess in the country of a
 * sure place of the report and near it stays; else the first candidate of
 * its name that is (Ra's al 'Ayn in Syria, not Ceylanpınar across the
 * border, where the report's other places are Syrian) is taken, doubtful.
 * FALSE when neither is. */
gboolean
_sitrep_suggest_guess_near_sure (SuggestRun       *run,
                                 SitrepSuggestion *s,
                                 guint             from,
                                 GPtrArray       **sure)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *key = NULL;

  if (*sure == NULL)
    *sure = sure_places (run, from);
  if ((*sure)->len == 0)
    return FALSE;
  /* A pin another rule set (no gazetteer place's) is no guess of the name. */
  if (s->geonameid != 0 && sure_place_near (*sure, s, s->latitude, s->longitude, s->country))
    return TRUE;
  if (run->gazetteer == NULL)
    return FALSE;
  key = _sitrep_suggest_span_key (run, _sitrep_suggest_token_holding (run, s->byte_start),
                                  _sitrep_suggest_token_holding (run, s->byte_end - 1));
  found = _sitrep_gazetteer_rank (run->gazetteer, key, _sitrep_suggest_context_at (run, s->byte_start), 8);
  for (guint k = 0; k < found->len; k++)
    {
      const SitrepGazetteerPlace *c = found->pdata[k];

      if (c->country == NULL || !sure_place_near (*sure, s, c->latitude, c->longitude, c->country))
        continue;
      s->latitude = c->latitude;
      s->longitude = c->longitude;
      s->geonameid = c->geonameid;
      s->country = _sitrep_suggest_strdup (run, c->country);
      s->admin1 = _sitrep_suggest_strdup (run, c->admin1_name);
      s->population = c->population;
      s->doubtful = TRUE;
      if (s->entity_id == 0)
        s->entity_name = _sitrep_suggest_strdup (run, c->name);
      return TRUE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------- a river by another spelling */

/* "the village of al-Qara" in a report set in Hasakah is no Kura river in
 * the Caucasus: a river (@points, latitude and longitude pairs along it)
 * matched by another spelling of its @name (not in @s's text) is no
 * reading of the words where it passes further than FAR_FROM_OTHERS_KM
 * from every place the report's names were placed at (doubtful ones too:
 * "Western Hasaka" is a loose match of the town, yet it says where the
 * report is). FALSE for a lake or a sea (no points), and in a report with
 * no other placed place. */
gboolean
_sitrep_suggest_far_river (SuggestRun             *run,
                           const SitrepSuggestion *s,
                           const char             *name,
                           GArray                 *points)
{
  g_autofree char *own = NULL;
  g_autofree char *theirs = NULL;
  gboolean any = FALSE;

  if (points->len == 0)
    return FALSE;
  own = _sitrep_suggest_light_key (name);
  theirs = _sitrep_suggest_light_key (s->text);
  if (strstr (theirs, own) != NULL)
    return FALSE;
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o == s || o->kind != SITREP_SUGGEST_PLACE || isnan (o->latitude) || o->scope != SITREP_PLACE_SCOPE_PLACE)
        continue;
      any = TRUE;
      for (guint m = 0; m + 1 < points->len; m += 2)
        {
          if (sitrep_gazetteer_distance_km (g_array_index (points, double, m), g_array_index (points, double, m + 1),
                                            o->latitude, o->longitude) <= FAR_FROM_OTHERS_KM)
            return FALSE;
        }
    }
  return any;
}

/* Whether @s, a doubtful bundled guess, is kept over the world city
 * @world_name that the text names otherwise: where it lies in the country
 * of a sure place of the report, other than a mention of its own name,
 * within VILLAGE_FAR_KM of it, and the text never names the city as itself
 * ("Families from Beiji reached Tikrit": Bayji near Tikrit, not Baoji in
 * China; "Riyaz, officials in Riyadh said" is Riyadh). */
gboolean
_sitrep_suggest_keep_guess (SuggestRun             *run,
                            const SitrepSuggestion *s,
                            const char             *world_name)
{
  g_autoptr(GPtrArray) sure = sure_places (run, 0);

  return sure_place_near (sure, s, s->latitude, s->longitude, s->country) && strstr (run->text, world_name) == NULL;
}

/* ---------------------------------------------------------------- a part of the text's city */

/* The GeoNames ids of the bundled seats of a capital, a governorate or a
 * district (PPLC, PPLA, PPLA2), kept for the process's life. */
static gpointer
build_seats (gpointer data)
{
  GHashTable *seats = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GPtrArray *places = _sitrep_gazetteer_get_bundled ()->places;

  for (guint m = 0; m < places->len; m++)
    {
      const SitrepGazetteerPlace *place = places->pdata[m];

      if (place->geonameid != 0 && place->feature_code != NULL &&
          (strcmp (place->feature_code, "PPLC") == 0 || strcmp (place->feature_code, "PPLA") == 0 ||
           strcmp (place->feature_code, "PPLA2") == 0))
        g_hash_table_add (seats, g_memdup2 (&place->geonameid, sizeof place->geonameid));
    }
  return seats;
}

/* Whether bundled place @geonameid is a capital's, a governorate's or a
 * district's seat: a town with neighbourhoods, whatever GeoNames counts
 * of its people (Qamishli: none; Hasakah: 81,539). */
static gboolean
is_seat (gint64 geonameid)
{
  static GOnce once = G_ONCE_INIT;

  return geonameid != 0 && g_hash_table_contains (g_once (&once, build_seats, NULL), &geonameid);
}

/* The city a part of a town named with no town beside it ("the al-Doura
 * neighborhood", "Shurja district") is of: the nearest place before it
 * in the text, from @from on, that the gazetteer is sure of and has
 * @min_population people or more (or, @or_seat, is a seat: "the Al-Zohour
 * neighborhood" of Hasakah), not a dateline's ("ERBIL (Kurdistan
 * 24) –" is where the reporter is); NULL: none, or a possessive names
 * what holds it. */
SitrepSuggestion *
_sitrep_suggest_city_before (SuggestRun             *run,
                             guint                   from,
                             const SitrepSuggestion *s,
                             gint64                  min_population,
                             gboolean                or_seat)
{
  SitrepSuggestion *best = NULL;
  gsize at = s->byte_start;

  /* "Syria's Qurdan district": what holds it is said, and is no city. */
  if ((at >= 3 && strncmp (run->text + at - 3, "'s ", 3) == 0) ||
      (at >= 5 && strncmp (run->text + at - 5, "\xe2\x80\x99s ", 5) == 0))
    return NULL;
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind != SITREP_SUGGEST_PLACE || o == s || o->byte_end > s->byte_start || isnan (o->latitude) ||
          o->doubtful || o->scope != SITREP_PLACE_SCOPE_PLACE ||
          (o->population < min_population && !(or_seat && is_seat (o->geonameid))))
        continue;
      if ((o->byte_start == 0 || run->text[o->byte_start - 1] == '\n') &&
          _sitrep_suggest_is_all_caps (run, _sitrep_suggest_token_holding (run, o->byte_start)))
        continue;
      if (best == NULL || o->byte_start > best->byte_start)
        best = o;
    }
  return best;
}

/* ---------------------------------------------------------------- namesakes abroad */

/* How many sure places of each country a report names, and how many times
 * it names the country itself. */
typedef struct
{
  const char *country;
  guint       n;
} CountryWeight;

#define MAX_COUNTRY_WEIGHTS 16

/* A place abroad this size, written as its name, is the city a report
 * names across a border, not a village's namesake. */
#define ABROAD_CITY_PEOPLE 50000

/* Whether two ISO 3166 codes are one (two letters: a look at them first). */
static inline gboolean
same_country (const char *a,
              const char *b)
{
  return a[0] == b[0] && (a[0] == '\0' || (a[1] == b[1] && (a[1] == '\0' || strcmp (a + 2, b + 2) == 0)));
}

/* The weight of @country in @weights (0: none). */
static guint
country_weight (const CountryWeight *weights,
                guint                n_weights,
                const char          *country)
{
  for (guint k = 0; country != NULL && k < n_weights; k++)
    {
      if (same_country (weights[k].country, country))
        return weights[k].n;
    }
  return 0;
}

/* Whether @o lies inside the words of a longer place proposed from @from
 * on ("Bab" of "Bab al-Muadham", a gate of Baghdad, is no Al-Bab of Syria). */
static gboolean
inside_longer (SuggestRun             *run,
               guint                   from,
               const SitrepSuggestion *o)
{
  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *p = run->out->pdata[k];

      if (p != o && p->kind == SITREP_SUGGEST_PLACE && p->byte_start <= o->byte_start && p->byte_end >= o->byte_end &&
          p->byte_end - p->byte_start > o->byte_end - o->byte_start)
        return TRUE;
    }
  return FALSE;
}

/* Counts, from @from on, each sure place (a town or a region) and each
 * country named, by country; returns how many countries. With @only, the
 * places of that country alone, but for one inside a longer place's words. */
static guint
country_weights (SuggestRun    *run,
                 guint          from,
                 CountryWeight *weights,
                 const char    *only)
{
  guint n_weights = 0;

  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];
      guint m;

      if (o->kind != SITREP_SUGGEST_PLACE || isnan (o->latitude) || o->doubtful || o->country == NULL ||
          o->byte_end == 0 || (only != NULL && (!same_country (o->country, only) || inside_longer (run, from, o))))
        continue;
      for (m = 0; m < n_weights && !same_country (weights[m].country, o->country); m++)
        ;
      if (m == n_weights)
        {
          if (n_weights == MAX_COUNTRY_WEIGHTS)
            continue;
          weights[n_weights++] = (CountryWeight) { o->country, 0 };
        }
      weights[m].n++;
    }
  return n_weights;
}

/* The sure places of a text that a guess abroad is weighed against: one
 * of each text and spot (a report names its towns many times), sorted by
 * latitude, so that a guess looks at the places of its own band only and
 * the pass stays linear in the length of the text. */
typedef struct
{
  double      latitude;
  double      longitude;
  const char *text;
} SurePlace;

static int
sure_place_compare (gconstpointer a,
                    gconstpointer b)
{
  const SurePlace *x = a, *y = b;
  int c;

  if (x->latitude != y->latitude)
    return x->latitude < y->latitude ? -1 : 1;
  if (x->longitude != y->longitude)
    return x->longitude < y->longitude ? -1 : 1;
  c = strcmp (x->text, y->text);
  return c;
}

/* The sure places from @from on (a town or a region's point at a known
 * spot), one of each text and spot, by latitude. */
static GArray *
abroad_sure_spots (SuggestRun *run,
                   guint       from)
{
  GArray *all = g_array_new (FALSE, FALSE, sizeof (SurePlace));
  guint kept = 0;

  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind != SITREP_SUGGEST_PLACE || isnan (o->latitude) || o->doubtful || o->scope != SITREP_PLACE_SCOPE_PLACE)
        continue;
      g_array_append_val (all, ((SurePlace) { o->latitude, o->longitude, o->text }));
    }
  /* Stable as g_array_sort (), in one pass over runs already in order. */
  _sitrep_suggest_sort_few (all, sure_place_compare);
  for (guint k = 0; k < all->len; k++)
    {
      if (kept > 0 && sure_place_compare (&g_array_index (all, SurePlace, kept - 1), &g_array_index (all, SurePlace, k)) == 0)
        continue;
      g_array_index (all, SurePlace, kept++) = g_array_index (all, SurePlace, k);
    }
  g_array_set_size (all, kept);
  return all;
}

/* Whether one of the sure places of the text (@sure, of abroad_sure_spots ())
 * lies within VILLAGE_FAR_KM of @s, in whatever country (a village across
 * a border from the report's town); one of @s's own words is none. */
static gboolean
near_any_sure (const GArray           *sure,
               const SitrepSuggestion *s)
{
  const double band = VILLAGE_FAR_KM / 111.0;
  guint lo = 0, hi = sure->len;

  /* The first place of the band: a degree of latitude is 111 km. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (sure, SurePlace, mid).latitude < s->latitude - band)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint k = lo; k < sure->len; k++)
    {
      const SurePlace *o = &g_array_index (sure, SurePlace, k);

      if (o->latitude > s->latitude + band)
        break;
      /* Of longitude 78 km or more south of 45° N: most are told apart
       * without trigonometry. */
      if ((fabs (o->latitude) < 45.0 && fabs (o->longitude - s->longitude) * 78.0 > VILLAGE_FAR_KM) ||
          strcmp (o->text, s->text) == 0)
        continue;
      if (sitrep_gazetteer_distance_km (s->latitude, s->longitude, o->latitude, o->longitude) <= VILLAGE_FAR_KM)
        return TRUE;
    }
  return FALSE;
}

/* Whether @country has a sure place of its own in the text (not a word of
 * a longer name), from @known (*@n_known of them, answered before) or
 * asked and kept there while it has room. */
static gboolean
has_own_place (SuggestRun    *run,
               guint          from,
               CountryWeight *known,
               guint         *n_known,
               const char    *country)
{
  CountryWeight strict[1];
  gboolean has;

  for (guint m = 0; m < *n_known; m++)
    {
      if (same_country (known[m].country, country))
        return known[m].n > 0;
    }
  has = country_weights (run, from, strict, country) > 0;
  if (*n_known < MAX_COUNTRY_WEIGHTS)
    known[(*n_known)++] = (CountryWeight) { country, has };
  return has;
}

/* Whether @s is a city abroad written as its own name ("Shelling hit
 * Daraa" in a report on Anbar): a report names such a city across a
 * border; a village's namesake it is not. */
static gboolean
city_as_written (const SitrepSuggestion *s)
{
  g_autofree char *own = NULL;
  g_autofree char *theirs = NULL;

  if (s->population < ABROAD_CITY_PEOPLE || s->entity_name == NULL)
    return FALSE;
  own = _sitrep_suggest_light_key (s->entity_name);
  theirs = _sitrep_suggest_light_key (s->text);
  return strcmp (own, theirs) == 0;
}

/* Whether an actor or a person is read from @s's very words with a
 * higher score: the overlaps' choice while @s was placed. */
static gboolean
read_otherwise (SuggestRun             *run,
                const SitrepSuggestion *s)
{
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if ((o->kind == SITREP_SUGGEST_ACTOR || o->kind == SITREP_SUGGEST_PERSON) && o->byte_start == s->byte_start &&
          o->byte_end == s->byte_end && o->score > s->score)
        return TRUE;
    }
  return FALSE;
}

/* A town abroad this size is named across a border as itself ("troops massed in Ras Baalbek"), not
 * a village's namesake; a place of its country this size, a region or the country named vouches
 * for the country's villages. */
#define LONE_ABROAD_TOWN_PEOPLE 20000

/* Whether @o is a sure place of the text at a known spot, in a country. */
static gboolean
sure_in_a_country (const SitrepSuggestion *o)
{
  return o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && !o->doubtful && o->country != NULL &&
         o->byte_end != 0;
}

/* The index of @country among the @n of @countries, or @n if it is not there. */
static guint
country_index (const char *const *countries,
               guint              n,
               const char        *country)
{
  guint m;

  for (m = 0; m < n && !same_country (countries[m], country); m++)
    ;
  return m;
}

/* Whether @s is a village or a small town pinned with confidence at a bundled place. */
static gboolean
lone_abroad_candidate (const SitrepSuggestion *s)
{
  return sure_in_a_country (s) && s->entity_id == 0 && s->score < 0.95 && s->scope == SITREP_PLACE_SCOPE_PLACE &&
         s->geonameid != 0 && s->population < LONE_ABROAD_TOWN_PEOPLE;
}

/* "positioned in Bani Zaid neighbourhood" in a report on Aleppo is no village of the West Bank: a
 * place pinned with confidence at a village or a small town abroad — a country the text neither
 * names nor has a region or a town of LONE_ABROAD_TOWN_PEOPLE in, while it has sure places in
 * another — is a namesake the text does not vouch for (the name's only bundled place is taken
 * without its context). It is flagged doubtful, for the passes after this one to weigh and place
 * as any doubtful guess. Villages of one country do not vouch for each other ("Shuhada" of a
 * brigade's name beside Bani Zaid). Linear: the countries are gathered once. */
static void
flag_lone_abroad (SuggestRun *run,
                  guint       from)
{
  const char *countries[MAX_COUNTRY_WEIGHTS];
  gboolean vouched[MAX_COUNTRY_WEIGHTS];
  guint n = 0;
  gboolean any = FALSE;

  for (guint k = from; k < run->out->len && !any; k++)
    any = lone_abroad_candidate (run->out->pdata[k]);
  if (!any)
    return;
  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];
      guint m;

      if (!sure_in_a_country (o))
        continue;
      m = country_index (countries, n, o->country);
      if (m == n)
        {
          if (n == MAX_COUNTRY_WEIGHTS)
            return;
          countries[n] = o->country;
          vouched[n++] = FALSE;
        }
      if (o->scope != SITREP_PLACE_SCOPE_PLACE || o->population >= LONE_ABROAD_TOWN_PEOPLE)
        vouched[m] = TRUE;
    }
  if (n < 2)
    return;
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      guint m;

      if (!lone_abroad_candidate (s))
        continue;
      m = country_index (countries, n, s->country);
      if (m < n && !vouched[m])
        s->doubtful = TRUE;
    }
}

/* "shells killed three people in Garma" in a report on Iraq is no Soma of
 * Turkey, "Baghdad's district of Doura" no Daraa of Syria: a doubtful
 * guess in a country the report is less sure of than another (fewer sure
 * places there, the country named fewer times) takes the best candidate
 * of its name in the country the report is surest of; with none there it
 * stays where it was guessed, doubtful (a name an actor or a person is
 * read from too is theirs). A guess near one of the report's sure places stays, and so does
 * one in a country the report is as sure of (a report on Turkey's Soma). */
void
_sitrep_suggest_places_abroad (SuggestRun *run,
                               guint       from)
{
  CountryWeight weights[MAX_COUNTRY_WEIGHTS];
  /* Whether a country has a sure place of its own (not a word of a
   * longer name): asked once a country. */
  CountryWeight strict_known[MAX_COUNTRY_WEIGHTS];
  guint n_weights = 0, n_strict = 0, most = 0;
  gboolean counted = FALSE;
  g_autoptr(GArray) sure = NULL;
  Bundled *bundled = _sitrep_gazetteer_get_bundled ();

  flag_lone_abroad (run, from);
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      const SitrepGazetteerPlace *pick = NULL;
      guint own, pick_weight = 0;

      /* A bundled gazetteer place's guess only: a water placed by its
       * country, a holder's pin, are no namesakes. */
      if (s->kind != SITREP_SUGGEST_PLACE || isnan (s->latitude) || !s->doubtful || s->entity_id != 0 ||
          s->score >= 0.95 || s->scope != SITREP_PLACE_SCOPE_PLACE || s->country == NULL || s->byte_end == 0 ||
          s->geonameid == 0)
        continue;
      /* Arabic words are weighed by the Arabic passes after this one,
       * which drop a common word ("مصدر") guessed abroad. */
      if (tok (run, _sitrep_suggest_token_holding (run, s->byte_start))->flags & TOK_ARABIC)
        continue;
      if (!counted)
        {
          n_weights = country_weights (run, from, weights, NULL);
          for (guint m = 0; m < n_weights; m++)
            most = MAX (most, weights[m].n);
          sure = abroad_sure_spots (run, from);
          counted = TRUE;
        }
      own = country_weight (weights, n_weights, s->country);
      if (own >= most || near_any_sure (sure, s) || city_as_written (s))
        continue;
      /* Its name's bundled places, by the weight of their country, then
       * by their people. */
      {
        g_autofree char *key = _sitrep_suggest_span_key (run, _sitrep_suggest_token_holding (run, s->byte_start),
                                                         _sitrep_suggest_token_holding (run, s->byte_end - 1));
        GArray *list = g_hash_table_lookup (bundled->by_key, key);

        for (guint m = 0; list != NULL && m < list->len; m++)
          {
            const SitrepGazetteerPlace *c = bundled->places->pdata[g_array_index (list, guint, m)];
            guint w = country_weight (weights, n_weights, c->country);

            if (w > pick_weight || (w == pick_weight && pick != NULL && c->population > pick->population))
              pick = c, pick_weight = w;
          }
      }
      if (pick != NULL && pick_weight > own)
        {
          s->latitude = pick->latitude;
          s->longitude = pick->longitude;
          s->geonameid = pick->geonameid;
          s->country = _sitrep_suggest_strdup (run, pick->country);
          s->admin1 = _sitrep_suggest_strdup (run, pick->admin1_name);
          s->population = pick->population;
          s->entity_name = _sitrep_suggest_strdup (run, pick->name);
          continue;
        }
      /* Its country's places, but for a word of a longer name. */
      if (own > 0 && has_own_place (run, from, strict_known, &n_strict, s->country))
        continue;
      /* "told Rudaw": a name an actor or a person is read from too is
       * theirs, as it was against the guess (the overlaps weigh a place
       * unplaced over any other name). */
      if (read_otherwise (run, s))
        _sitrep_suggest_out_remove (run->out, k--);
      /* Otherwise the guess abroad stays, doubtful, as the issue asks of a
       * weak match: unplacing it lost more pins within 10 km on the tuning
       * sets (the guess is often the only entry of its name) than it saved
       * (session 35, bench/RESULTS.md). */
    }
}

/* ---------------------------------------------------------------- one area (moved from -places-within.c) */

/* How far from the text's most named place all its other sure places must
 * lie for the text to be set in one area. */
#define ONE_AREA_KM 30.0

/* Whether @o is a place of the text at a known spot, not a dateline's
 * ("BAGHDAD, March 3 —", "ERBIL (Kurdistan 24) –": where the reporter is). */
static gboolean
area_place (SuggestRun             *run,
            const SitrepSuggestion *o)
{
  if (o->kind != SITREP_SUGGEST_PLACE || isnan (o->latitude) || o->scope != SITREP_PLACE_SCOPE_PLACE)
    return FALSE;
  /* A look at the byte before first: few places open a line. */
  if (o->byte_start > 0 && run->text[o->byte_start - 1] != '\n')
    return TRUE;
  return !_sitrep_suggest_is_all_caps (run, _sitrep_suggest_token_holding (run, o->byte_start));
}

/* The first place the text is sure of, when all its placed places lie
 * within ONE_AREA_KM of it and it is sure of two at least ("a checkpoint
 * in Zayouna" in a report that names Baghdad and its districts): where a
 * coder pins a place the words do not hold; NULL when the text names
 * places further apart, or names one place once. */
static SitrepSuggestion *
one_area (SuggestRun *run,
          guint       from)
{
  SitrepSuggestion *first = NULL;
  guint sure = 0;

  for (guint k = from; k < run->out->len && first == NULL; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (!o->doubtful && area_place (run, o))
        first = o;
    }
  for (guint m = from; first != NULL && m < run->out->len; m++)
    {
      const SitrepSuggestion *p = run->out->pdata[m];

      if (!area_place (run, p))
        continue;
      if (sitrep_gazetteer_distance_km (first->latitude, first->longitude, p->latitude, p->longitude) > ONE_AREA_KM)
        return NULL;
      /* Two mentions, not two suggestions of one span. */
      sure += !p->doubtful && p->byte_start != first->byte_start;
    }
  return sure >= 1 ? first : NULL;
}

/* The places still unplaced from @from on, pinned, doubtful, in the one
 * area the whole text is set in, if it is. */
void
_sitrep_suggest_pin_in_area (SuggestRun *run,
                             guint       from)
{
  SitrepSuggestion *area = NULL;
  gboolean asked = FALSE;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];

      if (s->kind != SITREP_SUGGEST_PLACE || !isnan (s->latitude) || s->byte_end == 0)
        continue;
      if (!asked)
        area = one_area (run, from), asked = TRUE;
      if (area == NULL)
        return;
      _sitrep_suggest_pin_doubtful (run, s, area->latitude, area->longitude, area->country, area->admin1);
    }
}
