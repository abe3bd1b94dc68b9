/* sitrep-suggest-places-private.h — the place detector's own functions shared by its files
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* Arabic names with a letter glued before them ("والموصل", "بحلب"): its
 * bytes, the key without it, a span trimmed of it; kinds of place
 * ("بلدة", "قرب"); common words dropped (-places.c, -places-sense.c). */
gsize       _sitrep_suggest_arabic_proclitic (SuggestRun *run, guint i);
char       *_sitrep_suggest_arabic_rest_key (SuggestRun *run, guint i, gsize skip, guint last);
void        _sitrep_suggest_trim_start (SuggestRun *run, SitrepSuggestion *s, gsize trim);
gboolean    _sitrep_suggest_is_ar_place_kind (SuggestRun *run, guint i);
gboolean    _sitrep_suggest_ar_place_word_in (SuggestRun *run, guint i, const char * const *words,
                                              gboolean fa_too);
gboolean    _sitrep_suggest_is_ar_kind_form (SuggestRun *run, guint i);
void        _sitrep_suggest_arabic_common_words (SuggestRun *run, guint from);
/* Arabic places their grammar shows to be plain words: "في الحي", "طائرات حربية" (-places-ar-plain.c). */
void        _sitrep_suggest_arabic_plain_words (SuggestRun *run, guint from);

/* Words of a side or an age before a name ("East", "Old") (-places.c);
 * places that are part of other names dropped, and named sites
 * ("Tiyas Military Airfield") proposed (-places-names.c). */
extern const char * const _sitrep_suggest_place_directions[];
void        _sitrep_suggest_drop_other_names (SuggestRun *run, GHashTable *resolved, guint from);
void        _sitrep_suggest_named_sites (SuggestRun *run, GHashTable *resolved);
/* Whether token @i opens its paragraph, alone or after a dash that does ("— LONDON --") (-places.c). */
gboolean    _sitrep_suggest_opens_paragraph (SuggestRun *run, guint i);
/* Hospitals named by no place the gazetteer is sure of, dropped (-places-names.c). */
void        _sitrep_suggest_drop_hospitals (SuggestRun *run, guint from);
void        _sitrep_suggest_drop_body_towns (SuggestRun *run, guint from);
gboolean    _sitrep_suggest_is_dateline_agency (SuggestRun *run, const SitrepSuggestion *s);

/* The city before @s a part of a town named alone is of (-places-far.c);
 * @or_seat: a governorate's or district's seat of fewer people is one too. */
SitrepSuggestion *_sitrep_suggest_city_before (SuggestRun *run, guint from, const SitrepSuggestion *s,
                                               gint64 min_population, gboolean or_seat);

/* The towns and villages of UCDP's coders the GeoNames cut lacks, at their
 * district's seat (-places-regions.c): name key → Locality, kept for the
 * process's life. */
typedef struct
{
  double latitude;
  double longitude;
  char   country[3];   /* ISO 3166 code */
  char   name[];
} Locality;
GHashTable *_sitrep_suggest_localities (void);
/* The locality of name key @key (sitrep_normalize_name ()), or NULL. */
const Locality *_sitrep_suggest_locality_of (const char *key);
gboolean    _sitrep_suggest_locality_seat_in (const SitrepSuggestion *s, const char *country, const char *admin1);

/* Arabic names of villages the data holds in Latin letters only, met by
 * their consonants (-places-translit.c). */
char       *_sitrep_suggest_arabic_skeleton (const char *text);
char       *_sitrep_suggest_latin_skeleton (const char *name);
void        _sitrep_suggest_arabic_localities (SuggestRun *run, guint from);
/* The locality of the twin village of the name of key @key ("Urum
 * al-Kubra" for "Orem al-Soghra"), or NULL. */
const Locality *_sitrep_suggest_twin_locality (const char *key);

/* Places placed by the places listed with them, after -places-within.c's
 * pass (-places-listed.c); @places and @longest: its index, made if NULL. */
void        _sitrep_suggest_list_siblings (SuggestRun *run, guint from, GArray **places, gsize *longest);

/* Places still unplaced, or guessed far off, placed by the place their
 * clause says holds them ("X, a busy area in central Y"), or by the
 * capital of the report's country ("في العاصمة") (-places-clause.c),
 * after every other rule has placed what it could. */
void        _sitrep_suggest_places_by_clause (SuggestRun *run, guint from);

/* Arabic places still unplaced after the clause's pass, placed by their
 * bracketed clause, a noun standing for a town named before ("وسط
 * المدينة"), their list, or a neighbourhood's city (-places-ar-holders.c). */
void        _sitrep_suggest_arabic_holders (SuggestRun *run, guint from);
/* -places-ar-latin.c: an Arabic place pinned at its holder, moved to the bundled place whose Latin
 * names share its consonants. */
void        _sitrep_suggest_arabic_latin_names (SuggestRun *run, guint from);
/* -places-spelled.c: a Latin place left unplaced or pinned at its holder, moved, doubtful, to the
 * bundled place near the text's places whose name shares its loose consonant skeleton ("Thiban"
 * Dhībān). */
void        _sitrep_suggest_places_spelled (SuggestRun *run, guint from);
/* -places-parts.c: a part of a city named with the city ("the Barzeh district of north Damascus",
 * "منطقة الفيصلية شرق الموصل"), pinned far from it or not at all, pinned there, doubtful. */
void        _sitrep_suggest_city_parts (SuggestRun *run, guint from);
/* Whether @s, a town of the gazetteer's own, lies in the governorate @holder names ("in northern
 * Raqqa", "in the western Anbar desert"): -places-within.c keeps it there. */
gboolean    _sitrep_suggest_in_named_governorate (const SitrepSuggestion *s, const SitrepSuggestion *holder);
/* -places-nearby.c: the places still unplaced from @from on, pinned, doubtful, at the sure place
 * nearest them in the words (their sentence's, their paragraph's, or the one the text names most). */
void        _sitrep_suggest_pin_nearby (SuggestRun *run, guint from);
/* -places-nearby.c: a Latin place pinned, doubtful, at its holder, moved to the seat of the district of
 * UCDP's village of its name near that pin, in its country. */
void        _sitrep_suggest_holder_localities (SuggestRun *run, guint from);
/* -places-narrow.c: a place pinned, doubtful, at the middle of a governorate of the report moved to
 * the sure town of that governorate the report names nearest it in the words. */
void        _sitrep_suggest_narrow_holders (SuggestRun *run, guint from);
/* Suggestions by their start, for g_ptr_array_sort (); the first of @sure (sorted so) starting at or after @byte
 * (sitrep-suggest-places-nearby.c). */
int         _sitrep_suggest_by_start (gconstpointer a, gconstpointer b);
guint       _sitrep_suggest_first_from (GPtrArray *sure, gsize byte);
/* Arabic @text (@len bytes) without its marks and tatweel ("بلدةِ" is
 * "بلدة") in @buf (@len + 1 bytes), its bytes in *@out_len; FALSE (and
 * @buf untouched) when it has none. */
gboolean    _sitrep_suggest_arabic_bare (const char *text, gsize len, char *buf, gsize *out_len);
/* "Bab al-Salameh", "Wadi al-Hajar", "south of Khan Bani Saad": a head
 * noun and a name, one name, proposed whole and unplaced where the
 * gazetteer knows only a part of it (-places-clause.c). */
void        _sitrep_suggest_headed_names (SuggestRun *run, GHashTable *resolved, guint from);

/* "مدن وبلدات A وB وC": the names of an Arabic list of places
 * (-places-listed.c). */
void        _sitrep_suggest_arabic_listed (SuggestRun *run, GHashTable *resolved);
/* "(A، B، C)": names between brackets parted by commas, one a place, are places. */
void        _sitrep_suggest_arabic_bracket_lists (SuggestRun *run, GHashTable *resolved);

/* Doubtful guesses in a country the report is less sure of than another:
 * the best candidate of their name in the country it is surest of, or
 * unplaced (-places-far.c). */
void        _sitrep_suggest_places_abroad (SuggestRun *run, guint from);

/* The places still unplaced from @from on, pinned, doubtful, in the one
 * area the whole text is set in, if it is (-places-far.c). */
void        _sitrep_suggest_pin_in_area (SuggestRun *run, guint from);

/* Whether a place the run has proposed so far lies over byte @byte. */
gboolean    _sitrep_suggest_out_place_at (SuggestRun *run, gsize byte);

/* Whether the project's place of @key, @learned, yields to another place
 * of its name in a governorate the text names (-places-learned.c). */
gboolean    _sitrep_suggest_learned_yields (SuggestRun             *run,
                                            const SitrepSuggestion *s,
                                            const char             *key,
                                            const LearnedPlace     *learned);

/* Whether a hyphen is glued before or after word @i, as it is in every
 * family name _sitrep_suggest_is_family_name () finds ("al-Assad"):
 * told inline, as most words are none. */
static inline gboolean
_sitrep_suggest_may_be_family_name (SuggestRun *run,
                                    guint       i)
{
  return (i >= 2 && (tok (run, i - 1)->flags & TOK_HYPHEN)) ||
         (i + 2 < run->tokens->len && (tok (run, i + 1)->flags & TOK_HYPHEN));
}

/* The places the gazetteer's pass resolved, by their key's g_str_hash ()
 * (known from the span's hashes), as its "resolved" table holds them:
 * asked without hashing the key again (-places-index.c). */
typedef struct
{
  struct _ResolvedSlot *slots;
  guint                 mask;
  guint                 n;
} ResolvedIndex;
SitrepSuggestion *_sitrep_suggest_resolved_find  (const ResolvedIndex *index,
                                                  guint32              hash,
                                                  const char          *key);
void              _sitrep_suggest_resolved_add   (ResolvedIndex       *index,
                                                  guint32              hash,
                                                  const char          *key,
                                                  SitrepSuggestion    *s);
void              _sitrep_suggest_resolved_clear (ResolvedIndex       *index);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ResolvedIndex, _sitrep_suggest_resolved_clear)

G_END_DECLS
