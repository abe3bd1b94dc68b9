/* sitrep-gazetteer.h — place names to coordinates: bundled GeoNames plus dumps the user loads
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_GAZETTEER_ERROR (sitrep_gazetteer_error_quark ())

typedef enum
{
  SITREP_GAZETTEER_ERROR_PARSE,
  SITREP_GAZETTEER_ERROR_EMPTY,
} SitrepGazetteerError;

/* A candidate further than this from every other place an article names is doubtful. */
#define SITREP_GAZETTEER_DOUBTFUL_KM 100.0
/* A candidate outside the governorate a coder names is doubtful unless it
 * lies this close to one of the governorate's places (at its edge, where two
 * sources may draw the border apart). */
#define SITREP_GAZETTEER_REGION_EDGE_KM 25.0

/* One gazetteer place, as stored and as returned by a lookup (score,
 * doubtful and context_km are only set by lookups). */
typedef struct
{
  gint64    geonameid;
  char     *name;
  char     *asciiname;
  char    **names;           /* alternate names, every script */
  double    latitude;
  double    longitude;
  char     *feature_class;   /* "P", "A", "T" … */
  char     *feature_code;    /* "PPLA", "PPLC" … */
  char     *country;         /* ISO 3166 alpha-2 */
  char     *admin1_code;
  char     *admin1_name;
  gint64    population;
  char     *source;          /* "bundled" or the file it was loaded from */

  double    score;           /* 0 … 1, higher is likelier */
  gboolean  doubtful;        /* never to be linked automatically */
  double    context_km;      /* to the nearest other place named in the context; -1 when none */
} SitrepGazetteerPlace;

#define SITREP_TYPE_GAZETTEER_PLACE (sitrep_gazetteer_place_get_type ())
GType                 sitrep_gazetteer_place_get_type (void) G_GNUC_CONST;
SitrepGazetteerPlace *sitrep_gazetteer_place_new      (void);
SitrepGazetteerPlace *sitrep_gazetteer_place_copy     (const SitrepGazetteerPlace *place);
void                  sitrep_gazetteer_place_free     (SitrepGazetteerPlace       *place);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepGazetteerPlace, sitrep_gazetteer_place_free)

/* Great-circle distance in kilometres. */
double                sitrep_gazetteer_distance_km    (double lat1,
                                                       double lon1,
                                                       double lat2,
                                                       double lon2);
/* The same for one point measured against many: @cos1 and @cos2 are
 * sitrep_gazetteer_cos_lat() of @lat1 and @lat2, computed once per point. */
double                sitrep_gazetteer_cos_lat        (double lat);
double                sitrep_gazetteer_distance_km_cos (double lat1,
                                                        double lon1,
                                                        double cos1,
                                                        double lat2,
                                                        double lon2,
                                                        double cos2);

/* Parses one line of a GeoNames dump (19 tab-separated columns). Returns
 * NULL for a line that is broken or whose coordinates are out of range. */
SitrepGazetteerPlace *sitrep_gazetteer_parse_geonames_line (const char *line,
                                                            const char *source);

/* The places that ship with Sitrep (array of SitrepGazetteerPlace, owned
 * by the library and never changed: safe to read from any thread). */
GPtrArray            *sitrep_gazetteer_get_bundled_places (void);

#define SITREP_TYPE_GAZETTEER (sitrep_gazetteer_get_type ())
G_DECLARE_FINAL_TYPE (SitrepGazetteer, sitrep_gazetteer, SITREP, GAZETTEER, GObject)

GQuark            sitrep_gazetteer_error_quark  (void);

/* The bundled gazetteer, plus the places loaded into @store when given. */
SitrepGazetteer  *sitrep_gazetteer_new          (SitrepStore      *store,
                                                 GError          **error);

/* Ranked candidates for @name (array of SitrepGazetteerPlace, best first);
 * @context_text, when given, is the text the name was read in: places,
 * governorates and countries it names move candidates up, and a small place
 * far from all of them is marked doubtful. An empty array when nothing matches. */
GPtrArray        *sitrep_gazetteer_lookup       (SitrepGazetteer  *self,
                                                 const char       *name,
                                                 const char       *context_text,
                                                 GError          **error);

/* The same for a place whose country and regions a coder gave (as UCDP GED
 * does): only candidates in @country_code (when given) are returned. When
 * @admin1 names a governorate or province the gazetteer knows (see
 * sitrep_gazetteer_match_admin1()), candidates in it rank first and one
 * outside it is doubtful unless it lies within SITREP_GAZETTEER_REGION_EDGE_KM
 * of it; @admin2, a district usually named after its seat, ranks candidates
 * near that seat first, and makes one outside @admin1 and more than
 * SITREP_GAZETTEER_DOUBTFUL_KM from the seat doubtful. */
GPtrArray        *sitrep_gazetteer_lookup_in    (SitrepGazetteer  *self,
                                                 const char       *name,
                                                 const char       *context_text,
                                                 const char       *country_code,
                                                 const char       *admin1,
                                                 const char       *admin2,
                                                 GError          **error);

/* The ISO 3166 code of a country the bundled gazetteer covers, from its
 * English name as UCDP GED writes it ("Syria" → "SY"), or NULL. */
const char       *sitrep_gazetteer_country_code (const char      *country);

/* The English name datasets write for the ISO 3166 code @code of a country the
 * bundled gazetteer covers ("SY" → "Syria"), or NULL. */
const char       *sitrep_gazetteer_country_name (const char      *code);

/* Where a place lies as a user reads it, to tell two of one name apart:
 * "Baghdad, Iraq", its first-level division and its country (named when
 * @country is the code of one the bundled gazetteer covers, else as it is),
 * or the one of them given; NULL when neither is. */
char             *sitrep_gazetteer_dup_where    (const char      *admin1,
                                                 const char      *country);

/* The governorate or province @name names, in the country @country_code when
 * given, as "SY.07" (country and GeoNames admin-1 code); @latitude and
 * @longitude, when given, are set to the mean position of its places, a
 * rough centre. Words like "province" or "muhafazat" do not count, and a
 * spelling a letter or two away matches when no other region comes as close
 * ("Nīnawá province" is Nineveh, "Dayr az Zawr governorate" Deir ez-Zor).
 * NULL when no region, or more than one, matches. */
char             *sitrep_gazetteer_match_admin1 (SitrepGazetteer *self,
                                                 const char      *country_code,
                                                 const char      *name,
                                                 double          *latitude,
                                                 double          *longitude);

/* Progress of a load: lines read and bytes read of @total_bytes (0 when unknown). */
typedef void (*SitrepGazetteerProgress) (guint64  lines,
                                         guint64  bytes,
                                         guint64  total_bytes,
                                         gpointer user_data);

/* Loads a GeoNames dump (cities500.txt, SY.txt, allCountries.txt) into
 * @store. Broken lines are skipped and counted in @n_skipped; out-of-range
 * coordinates are refused the same way. Returns FALSE on I/O errors, on
 * cancellation (nothing loaded is kept) or when no line was a place. */
gboolean          sitrep_gazetteer_load_file    (SitrepStore              *store,
                                                 GFile                    *file,
                                                 SitrepGazetteerProgress   progress,
                                                 gpointer                  progress_data,
                                                 guint64                  *n_loaded,
                                                 guint64                  *n_skipped,
                                                 GCancellable             *cancellable,
                                                 GError                  **error);

/* The same in a worker thread; progress is reported on the caller's main context. */
void              sitrep_gazetteer_load_file_async  (SitrepStore              *store,
                                                     GFile                    *file,
                                                     SitrepGazetteerProgress   progress,
                                                     gpointer                  progress_data,
                                                     GDestroyNotify            progress_destroy,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
gboolean          sitrep_gazetteer_load_file_finish (GAsyncResult             *result,
                                                     guint64                  *n_loaded,
                                                     guint64                  *n_skipped,
                                                     GError                  **error);

G_END_DECLS
