/* sitrep-cleanup-metadata.c — finding a capture's title, dateline, byline and source
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>

#include "sitrep-dateparse.h"
#include "sitrep-cleanup-private.h"

/* How far before the body a title is looked for. */
#define TITLE_WINDOW 30

/* Bylines whose name is a role, not a person. */
static const char *generic_authors[] = {
  "admin", "administrator", "editor", "editors", "editorial", "staff",
  "team", "guest", "author", "user", "desk", "newsroom", "webmaster",
  "reporter", "correspondent", "writer", "staff writer", "news desk",
  "editorial staff", "editorial team", "web desk",
};

static const char *name_particles[] = {
  "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di",
  "del", "la", "le", "du", "der", "den", "ter", "y",
};

static char *
unit_dup (const char *text,
          const Unit *u)
{
  return g_strndup (text + u->start, u->end - u->start);
}

/* The title's text: one line (a wrapped title's lines joined), without a
 * Markdown heading's opening "#"s ("# Checkpoint attacked …" in a .md
 * file). */
static char *
title_dup (const char *text,
           const Unit *u)
{
  GString *out = g_string_new (NULL);
  gsize start = u->start;

  while (start < u->end && text[start] == '#')
    start++;
  if (start > u->start && start < u->end && (text[start] == ' ' || text[start] == '\t'))
    while (start < u->end && (text[start] == ' ' || text[start] == '\t'))
      start++;
  else
    start = u->start;
  _sitrep_cleanup_append_joined (out, text, start, u->end);
  return g_string_free (out, FALSE);
}

static gboolean
is_byline_prefix (const char  *folded,
                  const char **rest)
{
  static const char *prefixes[] = {
    "by ", "written by ", "posted by ", "author ", "words by ", "reporting by ",
    "story by ", "بقلم ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      if (g_str_has_prefix (folded, prefixes[i]))
        {
          *rest = folded + strlen (prefixes[i]);
          return TRUE;
        }
    }
  return FALSE;
}

/* The person a byline names, from the original text of the unit, or NULL
 * when it names a role ("admin") or is not a name. */
static char *
byline_name (const char *line)
{
  static const char *prefixes[] = {
    "written by", "posted by", "words by", "reporting by", "story by",
    "author:", "author", "by",
  };
  const char *p = line;
  g_autofree char *name = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *folded = NULL;
  guint n_names = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize n = strlen (prefixes[i]);

      if (g_ascii_strncasecmp (p, prefixes[i], n) == 0)
        {
          p += n;
          break;
        }
    }
  while (*p == ' ' || *p == ':')
    p++;

  name = g_strdup (p);
  /* the name ends where a date, outlet or second part of the line begins */
  {
    static const char *cuts[] = { " | ", " - ", " – ", " — ", ", ", " on ", " at ", " / ", "|", " • ", " · " };

    for (gsize i = 0; i < G_N_ELEMENTS (cuts); i++)
      {
        char *c = strstr (name, cuts[i]);

        if (c != NULL)
          *c = '\0';
      }
  }
  g_strstrip (name);
  folded = _sitrep_cleanup_fold_unit (name, -1);
  if (folded[0] == '\0' || in_list (folded, generic_authors, G_N_ELEMENTS (generic_authors)))
    return NULL;

  words = g_strsplit (name, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c;
      g_autofree char *w = NULL;

      if (words[i][0] == '\0')
        continue;
      c = g_utf8_get_char (words[i]);
      w = _sitrep_cleanup_fold_unit (words[i], -1);
      if (g_unichar_isdigit (c) || strpbrk (words[i], "0123456789@") != NULL)
        return NULL;
      if (g_unichar_isupper (c) || !g_unichar_islower (c))
        n_names++;
      else if (!in_list (w, name_particles, G_N_ELEMENTS (name_particles)) &&
               !g_str_has_prefix (words[i], "al-") && !g_str_has_prefix (words[i], "el-"))
        return NULL;
    }
  if (n_names < 2 || n_names > 5)
    return NULL;

  return g_steal_pointer (&name);
}

/* Whether the unit is a byline or the author's photo caption. */
static gboolean
is_byline (const Unit *u)
{
  const char *rest;

  if (u->folded == NULL || u->n_words > 12 || u->terminal)
    return FALSE;
  if (is_byline_prefix (u->folded, &rest) && rest[0] != '\0')
    return TRUE;
  /* "Photo of author", "Author avatar", "About the author" */
  if (u->n_words <= 4 && (g_str_has_prefix (u->folded, "author") ||
                          strstr (u->folded, " author") != NULL))
    return TRUE;
  return FALSE;
}

/* The value of a "Source: X" line, or NULL. */
static char *
source_value (const char *text,
              const Unit *u)
{
  static const char *labels[] = { "source", "sources", "via", "المصدر", "credit" };
  g_autofree char *line = NULL;
  char *colon;
  char *value;
  g_autofree char *label = NULL;

  if (u->folded == NULL || u->n_words > 8 || u->n_words < 2)
    return NULL;
  line = unit_dup (text, u);
  colon = strchr (line, ':');
  if (colon == NULL)
    colon = strstr (line, "：");
  if (colon == NULL)
    return NULL;
  label = _sitrep_cleanup_fold_unit (line, colon - line);
  if (!in_list (label, labels, G_N_ELEMENTS (labels)))
    return NULL;
  value = colon + (*colon == ':' ? 1 : strlen ("："));
  g_strstrip (value);
  while (*value != '\0' && strchr (".;,", value[strlen (value) - 1]) != NULL)
    value[strlen (value) - 1] = '\0';
  if (value[0] == '\0' || strlen (value) > 80)
    return NULL;
  return g_strdup (value);
}

/* The outlet a "Support SouthFront" line asks readers to fund, or NULL:
 * captures of small outlets carry their name only there. */
static char *
support_value (const char *text,
               const Unit *u)
{
  g_autofree char *line = NULL;
  char *value;

  if (u->n_words < 2 || u->n_words > 4 || u->n_sentences > 1 || u->n_chars > 60)
    return NULL;
  line = unit_dup (text, u);
  if (g_ascii_strncasecmp (line, "support ", strlen ("support ")) != 0)
    return NULL;
  value = g_strstrip (line + strlen ("support "));
  while (*value != '\0' && strchr (".!:;,", value[strlen (value) - 1]) != NULL)
    value[strlen (value) - 1] = '\0';
  /* A name, not an appeal ("Support us", "support independent journalism"). */
  if (!g_unichar_isupper (g_utf8_get_char (value)) || g_ascii_strcasecmp (value, "Us") == 0)
    return NULL;
  return g_strdup (value);
}

/* Whether the unit states a date and hardly anything else. */
static gboolean
unit_date (const char          *text,
           const Unit          *u,
           SitrepDateMatch     *match)
{
  g_autofree char *line = NULL;
  g_autofree char *iso = NULL;

  if (u->folded == NULL || u->n_words > 12 || u->n_sentences > 1)
    return FALSE;
  line = unit_dup (text, u);
  if (sitrep_date_parse (line, NULL, NULL, NULL))
    return sitrep_date_find (line, -1, match);
  /* "By John Smith | October 19, 2022": a full date on a short line */
  if (sitrep_date_find (line, -1, match) && match->precision == SITREP_DATE_PRECISION_DAY &&
      (u->n_words <= 8 || is_byline (u)) && !u->terminal)
    return TRUE;
  return FALSE;
}

static gboolean
headline_like (const Unit *u)
{
  return u->folded != NULL && u->n_words >= 3 && u->n_words <= 25 && u->n_chars <= 250 &&
         !(u->terminal && !g_str_has_suffix (u->folded, "?")) && !u->colon_end &&
         !u->numeric && u->n_urls == 0 && u->marker == MARKER_NONE &&
         u->role == ROLE_BODY && u->n_separators < 2;
}

/* The longer words (4 characters or more) of the title candidates, each
 * with whether the start of the body uses it. Only the candidates' words
 * are kept, so the body is scanned once without a table of its words. */
typedef struct
{
  GHashTable *words;           /* folded word -> index in found, plus one */
  GByteArray *found;           /* whether the body uses each word */
  guint       n_missing;
  guint8      first_bytes[32]; /* bit set of the words' first bytes */
} TitleWords;

static void
title_words_clear (TitleWords *tw)
{
  g_clear_pointer (&tw->words, g_hash_table_unref);
  g_clear_pointer (&tw->found, g_byte_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TitleWords, title_words_clear)

/* Steps *@p to the next space-separated word of a folded text with at
 * least 4 characters: its @len bytes at @word. FALSE at the end. */
static gboolean
next_long_word (const char **p,
                const char **word,
                gsize       *len)
{
  while (**p != '\0')
    {
      const char *w = *p;
      const char *space = strchr (w, ' ');
      gsize n = space != NULL ? (gsize) (space - w) : strlen (w);

      *p = w + n;
      if (**p == ' ')
        (*p)++;
      if (n >= 4 && g_utf8_strlen (w, n) >= 4)
        {
          *word = w;
          *len = n;
          return TRUE;
        }
    }
  return FALSE;
}

/* The index in @tw->found of a word, plus one, or 0. */
static guint
title_words_lookup (TitleWords *tw,
                    const char *word,
                    gsize       len)
{
  char buffer[64];
  g_autofree char *heap = NULL;
  char *key = buffer;

  if (len >= sizeof buffer)
    key = heap = g_malloc (len + 1);
  memcpy (key, word, len);
  key[len] = '\0';
  return GPOINTER_TO_UINT (g_hash_table_lookup (tw->words, key));
}

static void
title_words_add (TitleWords *tw,
                 const char *folded)
{
  const char *p = folded;
  const char *w;
  gsize n;

  while (next_long_word (&p, &w, &n))
    {
      guint8 no = FALSE;

      if (title_words_lookup (tw, w, n) > 0)
        continue;
      tw->first_bytes[(guchar) w[0] >> 3] |= 1 << ((guchar) w[0] & 7);
      tw->n_missing++;
      g_byte_array_append (tw->found, &no, 1);
      g_hash_table_insert (tw->words, g_strndup (w, n), GUINT_TO_POINTER (tw->found->len));
    }
}

/* Marks the candidates' words that @folded uses. */
static void
title_words_scan (TitleWords *tw,
                  const char *folded)
{
  for (const char *w = folded; *w != '\0' && tw->n_missing > 0;)
    {
      const char *space = strchr (w, ' ');
      gsize n = space != NULL ? (gsize) (space - w) : strlen (w);

      /* the candidates' words are 4 bytes or longer */
      if (n >= 4 && (tw->first_bytes[(guchar) w[0] >> 3] & (1 << ((guchar) w[0] & 7))) != 0)
        {
          guint index = title_words_lookup (tw, w, n);

          if (index > 0 && !tw->found->data[index - 1])
            {
              tw->found->data[index - 1] = TRUE;
              tw->n_missing--;
            }
        }
      w += n;
      if (*w == ' ')
        w++;
    }
}

/* Finds which of the candidates' words the start of the body uses: the
 * folded text of the units from @first on, 20,000 bytes at most. */
static void
title_words_find_in_body (TitleWords *tw,
                          const char *text,
                          GArray     *units,
                          guint       first,
                          guint       last)
{
  gsize budget = 20000;

  for (guint i = first; i <= last && i < units->len && budget > 0 && tw->n_missing > 0; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      gsize n = MIN (u->end - u->start, budget);

      /* do not cut a character in two */
      while (n > 0 && n < u->end - u->start && (text[u->start + n] & 0xC0) == 0x80)
        n--;
      budget -= n;
      if (u->folded != NULL)
        title_words_scan (tw, u->folded);
      else
        {
          g_autofree char *folded = _sitrep_cleanup_fold_unit (text + u->start, n);

          title_words_scan (tw, folded);
        }
    }
}

/* How many of the title's longer words the body uses (0–1). */
static double
overlap (const Unit *u,
         TitleWords *tw)
{
  const char *p = u->folded;
  const char *w;
  gsize n;
  guint n_words = 0;
  guint hits = 0;

  while (next_long_word (&p, &w, &n))
    {
      guint index = title_words_lookup (tw, w, n);

      n_words++;
      if (index > 0 && tw->found->data[index - 1])
        hits++;
    }
  return n_words > 0 ? (double) hits / n_words : 0.0;
}

/* Whether the unit could be an outlet's name shown under the title. */
static gboolean
masthead_like (const Unit *u)
{
  if (u->folded == NULL || u->n_words < 1 || u->n_words > 4 || u->terminal ||
      u->colon_end || u->n_digits > 0 || u->n_cta > 0 || u->marker != MARKER_NONE ||
      u->role != ROLE_BODY || u->n_separators > 0)
    return FALSE;
  return u->n_case_words > 0 && u->n_cap_words == u->n_case_words;
}

static double
title_score (GArray     *units,
             guint       i,
             guint       body_start,
             TitleWords *words)
{
  Unit *u = &g_array_index (units, Unit, i);
  double s = 0.0;
  guint distance = body_start > i ? body_start - i - 1 : 0;
  gunichar first;

  /* long units have no folded text: test before reading it */
  if (!headline_like (u))
    return -100.0;
  first = g_utf8_get_char (u->folded);

  s += 4.0 * overlap (u, words);
  if (u->repeats >= 2)
    s += 2.5;
  if (cap_ratio (u) >= 0.75 || is_all_caps (u))
    s += 1.5;
  if (!g_unichar_isdigit (first))
    s += 0.5;
  if (u->n_cta > 0)
    s -= 2.0;
  if (u->n_words == 3)
    s -= 1.0;
  if ((i > 0 && g_array_index (units, Unit, i - 1).numeric) ||
      (i + 1 < units->len && g_array_index (units, Unit, i + 1).numeric))
    s -= 1.5;
  s -= 0.15 * distance;

  /* right above the body, with only a dateline, byline or masthead between */
  {
    gboolean adjacent = TRUE;

    for (guint k = i + 1; k < body_start && adjacent; k++)
      {
        Unit *between = &g_array_index (units, Unit, k);

        if (between->role == ROLE_BODY && !masthead_like (between) &&
            between->repeats < 2 && between->n_words > 0)
          adjacent = FALSE;
      }
    if (adjacent)
      s += 1.0;
  }
  return s;
}

static void
set_date (SitrepCleanup         *cleanup,
          const SitrepDateMatch *m)
{
  if (cleanup->published != NULL)
    return;
  if (m->precision == SITREP_DATE_PRECISION_UNKNOWN)
    {
      if (cleanup->published_note == NULL)
        cleanup->published_note = sitrep_date_match_to_note (m);
      return;
    }
  cleanup->published = sitrep_date_match_to_iso (m);
  cleanup->published_precision = m->precision;
  g_clear_pointer (&cleanup->published_note, g_free);
}

/* A wire dateline that opens the first paragraph ("BEIRUT, 12 March 2024 -
 * Gunmen killed …", "Baghdad, Oct. 5 (Reuters) — …"): a capitalised place,
 * a comma, a date and a dash within the first words. The text stays in the
 * body; only the date is taken, when no other line gave one. */
static gboolean
opening_dateline (const char      *text,
                  const Unit      *u,
                  SitrepDateMatch *match)
{
  static const char * const dashes[] = { " - ", " \u2014 ", " \u2013 ", " -- " };
  gsize len = MIN (u->end - u->start, 80);
  g_autofree char *head = g_strndup (text + u->start, len);
  const char *comma = strchr (head, ',');
  const char *dash = NULL;

  if (!g_unichar_isupper (g_utf8_get_char (head)) || comma == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (dashes); i++)
    {
      const char *d = strstr (comma, dashes[i]);

      if (d != NULL && (dash == NULL || d < dash))
        dash = d;
    }
  /* the place: capitalised words, short; the date right after it */
  if (dash == NULL || comma - head > 30 || dash - comma > 40)
    return FALSE;
  for (const char *p = head; p < comma; p++)
    if (*p == ' ' && !g_ascii_isupper (p[1]))
      return FALSE;
  if (!sitrep_date_find (comma + 1, dash - comma - 1, match) ||
      match->precision != SITREP_DATE_PRECISION_DAY)
    return FALSE;
  return TRUE;
}

/* Dateline, byline and source lines near the start and end of the body. */
void
_sitrep_cleanup_find_metadata (SitrepCleanup *cleanup,
                               const char    *text,
                               GArray        *units,
                               guint          first,
                               guint          last)
{
  guint head_end = MIN (first + 3, last);
  guint tail_end = MIN (units->len, last + 8);

  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);
      gboolean head = i < first || (i <= head_end && i != last);
      gboolean tail = i > last && i < tail_end;
      g_autofree char *source = NULL;
      SitrepDateMatch m;

      if (u->role != ROLE_BODY && u->role != ROLE_NOISE)
        continue;
      if (!(head || tail || (i >= first && i <= last)))
        continue;

      source = source_value (text, u);
      if (source != NULL)
        {
          if (cleanup->source == NULL)
            cleanup->source = g_steal_pointer (&source);
          u->role = ROLE_SOURCE;
          continue;
        }
      if (!head && !tail)
        continue;
      if (is_byline (u))
        {
          g_autofree char *line = unit_dup (text, u);

          if (cleanup->author == NULL)
            cleanup->author = byline_name (line);
          if (unit_date (text, u, &m))
            set_date (cleanup, &m);
          u->role = ROLE_BYLINE;
          continue;
        }
      if ((head || i < last + 4) && unit_date (text, u, &m))
        {
          set_date (cleanup, &m);
          u->role = ROLE_DATE;
        }
    }
  if (cleanup->published == NULL && first < units->len)
    {
      const Unit *u = &g_array_index (units, Unit, first);
      SitrepDateMatch m;

      if (u->role == ROLE_BODY && opening_dateline (text, u, &m))
        set_date (cleanup, &m);
    }
}

/* With no source line and no masthead, the outlet's own appeal names it
 * ("Support SouthFront"), wherever it sits. */
void
_sitrep_cleanup_find_support_source (SitrepCleanup *cleanup,
                                     const char    *text,
                                     GArray        *units)
{
  for (guint i = 0; cleanup->source == NULL && i < units->len; i++)
    cleanup->source = support_value (text, &g_array_index (units, Unit, i));
}

static gboolean
same_text (const Unit *u,
           const char *folded_title)
{
  return u->folded != NULL && folded_title != NULL && strcmp (u->folded, folded_title) == 0;
}

void
_sitrep_cleanup_find_title (SitrepCleanup *cleanup,
                            const char    *text,
                            GArray        *units,
                            guint         *first,
                            guint          last,
                            const char    *known_title)
{
  g_auto(TitleWords) words = { NULL, NULL, 0, { 0 } };
  g_autofree char *folded_title = NULL;
  double best = 1.0;
  guint best_i = G_MAXUINT;
  guint from = *first > TITLE_WINDOW ? *first - TITLE_WINDOW : 0;

  if (known_title != NULL && known_title[0] != '\0')
    {
      cleanup->title = g_strdup (known_title);
      folded_title = _sitrep_cleanup_fold_unit (known_title, -1);
    }
  else
    {
      words.words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      words.found = g_byte_array_new ();
      for (guint i = from; i < *first; i++)
        if (headline_like (&g_array_index (units, Unit, i)))
          title_words_add (&words, g_array_index (units, Unit, i).folded);
      title_words_find_in_body (&words, text, units, *first, last);
      for (guint i = from; i < *first; i++)
        {
          double s = title_score (units, i, *first, &words);

          if (s > best)
            {
              best = s;
              best_i = i;
            }
        }
      /* A headline may open the text itself, right above the first paragraph. */
      if (best_i == G_MAXUINT && *first < last)
        {
          Unit *u = &g_array_index (units, Unit, *first);
          Unit *next = &g_array_index (units, Unit, *first + 1);

          if (headline_like (u) && !u->terminal && next->score > 0 &&
              next->n_words > u->n_words)
            best_i = *first;
        }
      if (best_i != G_MAXUINT)
        {
          Unit *u = &g_array_index (units, Unit, best_i);

          cleanup->title = title_dup (text, u);
          folded_title = g_strdup (u->folded);
          if (best_i == *first)
            (*first)++;
        }
    }

  if (folded_title == NULL)
    return;

  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (same_text (u, folded_title))
        u->role = ROLE_TITLE;
    }

  /* an outlet's name right under the title: "South Front" */
  if (cleanup->source == NULL && best_i != G_MAXUINT)
    {
      for (guint i = best_i + 1; i < *first && i <= best_i + 2; i++)
        {
          Unit *u = &g_array_index (units, Unit, i);

          if (u->role == ROLE_TITLE)
            continue;
          if (masthead_like (u) && u->repeats <= 1)
            {
              cleanup->source = unit_dup (text, u);
              u->role = ROLE_SOURCE;
            }
          break;
        }
    }
}
