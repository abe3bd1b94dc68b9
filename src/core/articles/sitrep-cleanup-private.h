/* sitrep-cleanup-private.h — what the parts of the capture clean-up share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "sitrep-cleanup.h"

G_BEGIN_DECLS

/* A unit is a line of the capture, or a paragraph of a hard-wrapped one,
 * with the features that the body's score and the metadata search read. */

typedef enum
{
  MARKER_NONE,
  MARKER_COMMENTS,   /* a comment section starts */
  MARKER_TRAILER,    /* related links, tags, share bars ... */
  MARKER_TEASER,     /* "Read more: Another headline", a link inside the text */
} MarkerKind;

typedef enum
{
  ROLE_BODY,
  ROLE_NOISE,
  ROLE_TITLE,
  ROLE_DATE,
  ROLE_BYLINE,
  ROLE_SOURCE,
} UnitRole;

typedef struct
{
  gsize       start;        /* byte offsets of the unit in the text, ends trimmed */
  gsize       end;
  guint       n_chars;
  guint       n_words;
  guint       n_letters;
  guint       n_lower;      /* lower-case and caseless letters */
  guint       n_upper;
  guint       n_digits;
  guint       n_cap_words;  /* words that start with a capital */
  guint       n_case_words; /* words that start with a cased letter, small words aside */
  guint       n_sentences;
  guint       n_urls;
  guint       n_separators; /* | » › · and the like, typical of menus and breadcrumbs */
  guint       n_cta;        /* words of the call-to-action vocabulary */
  guint       repeats;      /* units in the page with the same text */
  gboolean    terminal;     /* ends like a sentence */
  gboolean    first_upper;  /* the first letter is a capital, or has no case */
  gboolean    numeric;      /* figures and currency signs, hardly any words */
  gboolean    colon_end;
  gboolean    comma_end;
  MarkerKind  marker;
  double      score;
  UnitRole    role;
  char       *folded;       /* short units: case-folded, letters and digits only */
  gsize       folded_len;   /* for _sitrep_cleanup_count_repeats () */
  guint       folded_hash;
} Unit;

static inline gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Ratios that both the body's score and the title's read. */

static inline double
cap_ratio (const Unit *u)
{
  return u->n_case_words > 0 ? (double) u->n_cap_words / u->n_case_words : 0.0;
}

static inline double
lower_ratio (const Unit *u)
{
  return u->n_letters > 0 ? (double) u->n_lower / u->n_letters : 0.0;
}

static inline gboolean
is_all_caps (const Unit *u)
{
  return u->n_letters >= 6 && (double) u->n_upper / u->n_letters > 0.8;
}

/* sitrep-cleanup-units.c */
GArray   *_sitrep_cleanup_split_units    (const char *text);
void      _sitrep_cleanup_unit_clear     (Unit       *u);
void      _sitrep_cleanup_analyse_unit   (const char *text,
                                          Unit       *u);
void      _sitrep_cleanup_count_repeats  (GArray     *units);
gboolean  _sitrep_cleanup_line_wraps     (const char *prev,
                                          gsize       prev_len,
                                          const char *next,
                                          gsize       next_len);
void      _sitrep_cleanup_append_joined  (GString    *out,
                                          const char *text,
                                          gsize       start,
                                          gsize       end);
char     *_sitrep_cleanup_fold_unit      (const char *text,
                                          gssize      len);

/* sitrep-cleanup-metadata.c */
void        _sitrep_cleanup_find_support_source (SitrepCleanup *cleanup,
                                                 const char    *text,
                                                 GArray        *units);
void      _sitrep_cleanup_find_metadata  (SitrepCleanup *cleanup,
                                          const char    *text,
                                          GArray        *units,
                                          guint          first,
                                          guint          last);
void      _sitrep_cleanup_find_title     (SitrepCleanup *cleanup,
                                          const char    *text,
                                          GArray        *units,
                                          guint         *first,
                                          guint          last,
                                          const char    *known_title);

G_END_DECLS
