/* sitrep-cleanup.c — finding the article in a plain-text web capture
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>

#include "sitrep-cleanup-private.h"

/*
 * The method, in the spirit of boilerplate-removal algorithms (BTE,
 * jusText): the capture is cut into units (lines, or paragraphs when the
 * text is hard-wrapped); each unit gets a score from its own features
 * (length, sentence shape, case, figures, links, repetition within the
 * page, a little vocabulary); the main text is the contiguous run of units
 * with the highest total score (maximum subarray), so short noise between
 * paragraphs is bridged while navigation, donation bars and comment
 * sections around the article fall outside. Section markers ("4 Comments",
 * "Related") end the run when little prose follows them. Title, dateline,
 * byline, masthead and "Source:" lines are then looked for around the start
 * and end of the run and kept out of the body.
 */

static double
score_unit (const Unit *u)
{
  double s;
  guint w = u->n_words;

  if (w == 0)
    return -2.0;

  if (w >= 25)
    s = 3.0;
  else if (w >= 15)
    s = 2.0;
  else if (w >= 10)
    s = 1.0;
  else if (w >= 6)
    s = 0.0;
  else if (w >= 3)
    s = -1.0;
  else
    s = -2.0;

  /* a complete short sentence: "No group claimed the attack." */
  if (u->terminal && w >= 4 && w < 6 && u->first_upper && lower_ratio (u) >= 0.6)
    s = 0.5;
  if (u->terminal && w >= 6)
    s += 1.0;
  else if (!u->terminal && w >= 6 && w < 15)
    s -= 0.5;
  if (u->n_sentences >= 2)
    s += 1.0;

  if (u->n_letters >= 6 && lower_ratio (u) < 0.5)
    s -= 1.5;
  if (w >= 3 && !u->terminal && cap_ratio (u) >= 0.75)
    s -= 1.0;
  if (u->numeric)
    s -= 2.0;
  if (u->repeats >= 2 && w < 30)
    s -= 2.0;
  if (u->n_cta > 0)
    s -= (u->terminal && w >= 6) ? 0.3 : (w <= 8 ? 1.5 : 0.5);
  if (u->n_urls > 0)
    s -= MIN (3.0, 1.5 * u->n_urls);
  if (u->n_separators >= 2)
    s -= 1.5;
  if (u->marker != MARKER_NONE)
    s -= 2.0;
  if (u->colon_end && w <= 6)
    s -= 1.0;

  return s;
}

/* The run of units with the largest total score (Kadane). */
static gboolean
best_region (GArray *units,
             guint  *first,
             guint  *last)
{
  double best = 0.0;
  double sum = 0.0;
  guint start = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      double s = g_array_index (units, Unit, i).score;

      if (sum <= 0.0)
        {
          sum = s;
          start = i;
        }
      else
        sum += s;
      if (sum > best)
        {
          best = sum;
          *first = start;
          *last = i;
          found = TRUE;
        }
    }
  return found;
}

static double
prose_mass (GArray *units,
            guint   from,
            guint   to)
{
  double mass = 0.0;

  for (guint i = from; i <= to && i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (u->score > 0)
        mass += u->n_chars;
    }
  return mass;
}

/* Ends the region at a section marker (or a run of very short lines) after
 * which little of the prose is left: a comment section, related links, a
 * blog trailer. A marker in the middle of the text only loses its line. */
static void
cut_at_markers (GArray *units,
                guint   first,
                guint  *last)
{
  double total = prose_mass (units, first, *last);
  double before = 0.0;

  for (guint k = first; k <= *last; k++)
    {
      Unit *u = &g_array_index (units, Unit, k);
      gboolean short_run = FALSE;

      if (k + 2 <= *last && u->n_words <= 3)
        short_run = g_array_index (units, Unit, k + 1).n_words <= 3 &&
                    g_array_index (units, Unit, k + 2).n_words <= 3;

      if (k > first && ((u->marker != MARKER_NONE && u->marker != MARKER_TEASER) || short_run))
        {
          double after = total - before;
          gboolean cut;

          if (u->marker == MARKER_COMMENTS)
            cut = before >= 0.3 * total;
          else
            cut = after < 0.35 * before;

          if (cut)
            {
              *last = k - 1;
              break;
            }
          if (u->marker != MARKER_NONE)
            u->role = ROLE_NOISE;
        }
      if (u->score > 0)
        before += u->n_chars;
    }

  while (*last > first && g_array_index (units, Unit, *last).score <= 0)
    (*last)--;
}

/* A short line that introduces the next one: "Image caption,", "Photo:". */
static gboolean
is_label (const Unit *u)
{
  if (u->folded == NULL || u->n_words == 0 || u->n_words > 3 || u->terminal)
    return FALSE;
  return u->colon_end || u->comma_end;
}

/* Whether a unit inside the main text is page furniture after all. */
static gboolean
is_inner_noise (GArray *units,
                guint   i,
                guint   first,
                guint   last)
{
  Unit *u = &g_array_index (units, Unit, i);
  gboolean prose_before = i > first && g_array_index (units, Unit, i - 1).score > 0;
  gboolean prose_after = i < last && g_array_index (units, Unit, i + 1).score > 0;

  if (u->role != ROLE_BODY)
    return TRUE;
  /* "Image caption," then the caption: a label line and the non-sentence it introduces */
  if (i > first)
    {
      Unit *prev = &g_array_index (units, Unit, i - 1);

      if (is_label (prev) && !u->terminal && u->n_words < 25)
        return TRUE;
    }
  if (i < last && is_label (u) && !g_array_index (units, Unit, i + 1).terminal &&
      g_array_index (units, Unit, i + 1).n_words < 25)
    return TRUE;
  if (u->score > 0)
    return FALSE;
  if (u->numeric || u->n_words <= 2 || u->marker != MARKER_NONE || u->n_urls > 0 ||
      (u->n_cta > 0 && u->n_words <= 8) || (u->repeats >= 2 && u->n_words < 15))
    return TRUE;
  /* a crosshead between paragraphs stays */
  return u->score <= -2.0 && !(prose_before && prose_after);
}

SitrepCleanup *
sitrep_cleanup_capture (const char *text,
                        const char *known_title)
{
  g_autoptr(SitrepCleanup) cleanup = g_new0 (SitrepCleanup, 1);
  g_autoptr(GArray) units = NULL;
  g_autoptr(GString) body = NULL;
  guint first = 0;
  guint last = 0;

  g_return_val_if_fail (text != NULL, NULL);

  units = _sitrep_cleanup_split_units (text);
  g_array_set_clear_func (units, (GDestroyNotify) _sitrep_cleanup_unit_clear);
  if (units->len == 0)
    {
      cleanup->body = g_strdup ("");
      return g_steal_pointer (&cleanup);
    }

  for (guint i = 0; i < units->len; i++)
    _sitrep_cleanup_analyse_unit (text, &g_array_index (units, Unit, i));
  _sitrep_cleanup_count_repeats (units);
  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      u->score = score_unit (u);
    }

  if (best_region (units, &first, &last))
    cut_at_markers (units, first, &last);
  else
    {
      first = 0;
      last = units->len - 1;
    }

  _sitrep_cleanup_find_metadata (cleanup, text, units, first, last);
  _sitrep_cleanup_find_title (cleanup, text, units, &first, last, known_title);
  _sitrep_cleanup_find_support_source (cleanup, text, units);

  body = g_string_new (NULL);
  for (guint i = first; i <= last && i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      if (is_inner_noise (units, i, first, last))
        continue;
      if (body->len > 0)
        g_string_append (body, "\n\n");
      _sitrep_cleanup_append_joined (body, text, u->start, u->end);
    }

  /* Nothing looked like an article: keep every line rather than lose text. */
  if (body->len == 0)
    {
      for (guint i = 0; i < units->len; i++)
        {
          Unit *u = &g_array_index (units, Unit, i);

          if (u->role == ROLE_TITLE && units->len > 1)
            continue;
          if (body->len > 0)
            g_string_append (body, "\n\n");
          _sitrep_cleanup_append_joined (body, text, u->start, u->end);
        }
    }

  cleanup->body = g_string_free (g_steal_pointer (&body), FALSE);
  return g_steal_pointer (&cleanup);
}

void
sitrep_cleanup_free (SitrepCleanup *cleanup)
{
  if (cleanup == NULL)
    return;
  g_free (cleanup->title);
  g_free (cleanup->body);
  g_free (cleanup->source);
  g_free (cleanup->author);
  g_free (cleanup->published);
  g_free (cleanup->published_note);
  g_free (cleanup);
}

char *
sitrep_cleanup_light (const char *text)
{
  GString *out;
  gsize start = 0;
  gsize end;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }

  /* only white space: invisible marks (LRM, RLM) may carry meaning here */
  end = out->len;
  while (start < end && g_unichar_isspace (g_utf8_get_char (out->str + start)))
    start = g_utf8_next_char (out->str + start) - out->str;
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (out->str + start, out->str + end);

      if (prev == NULL || !g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev - out->str;
    }
  g_string_truncate (out, end);
  g_string_erase (out, 0, start);

  return g_string_free (out, FALSE);
}

gboolean
sitrep_cleanup_looks_like_capture (const char *text)
{
  g_autoptr(GArray) units = NULL;
  guint n_short = 0;
  guint n_marked = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  /* most fields are a line or a few paragraphs: decided without splitting */
  {
    guint lines = 0;

    for (const char *p = text; *p && lines < 8; p++)
      if (*p == '\n' || *p == '\r')
        lines++;
    if (lines < 7)
      return FALSE;
  }

  units = _sitrep_cleanup_split_units (text);
  g_array_set_clear_func (units, (GDestroyNotify) _sitrep_cleanup_unit_clear);
  if (units->len < 8)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      Unit *u = &g_array_index (units, Unit, i);

      _sitrep_cleanup_analyse_unit (text, u);
      if (u->n_words <= 4)
        n_short++;
      if (u->marker != MARKER_NONE || u->n_cta > 0 || u->numeric)
        n_marked++;
    }
  return n_short * 10 >= units->len * 3 && n_marked >= 2;
}
