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

G_END_DECLS
