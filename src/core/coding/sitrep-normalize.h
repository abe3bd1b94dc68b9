/* sitrep-normalize.h — name keys under which every spelling of a name meets
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A key for comparing names across spellings and transliterations: two names
 * "match" when their keys are equal. Folds case, diacritics, hyphens and
 * apostrophes, the Arabic article (al-, el-, as-, ad-, ash-, az- ... and
 * "ال"), doubled letters and the usual transliteration pairs (ee/i, ou/u,
 * q/k, e/a, dh/z). Jasim and Jassim meet; Hama and Homs do not. */
char     *sitrep_normalize_name   (const char *name);
gboolean  sitrep_names_match      (const char *a,
                                   const char *b);

/* The key of a region's name without the words that say what kind of
 * region it is: "Nīnawá province", "Muhafazat Dayr az Zawr" and
 * "Qaḑā’ Tall ‘Afar" give the keys of Nīnawá, Dayr az Zawr and Tall ‘Afar.
 * A name that is nothing but such words keeps them. */
char     *sitrep_normalize_region_name (const char *name);
/* Edit distance between two keys, in characters (insertions, deletions,
 * substitutions). */
guint     sitrep_normalize_key_distance (const char *a,
                                         const char *b);
/* Whether two keys may be one name spelt two ways that the key does not
 * fold (Nīnawá and Nineveh, one letter apart): equal, or one edit apart when
 * both have at least 5 characters, or two when both have at least 8. Short
 * keys never come close (Hama and Homs). Different names can come this
 * close too (Qayyarah and Kayseri): use it to choose among a few known
 * names, not to spot a name in free text. */
gboolean  sitrep_normalize_keys_close   (const char *a,
                                         const char *b);

G_END_DECLS
