/* sitrep-store-suggested-incidents-type.c — the event type a proposed incident's words suggest, for the event made of it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <string.h>

#include "sitrep-codebook.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"

/* Whether a sentence ends at @p (before it): ".", "!", "?" then a space,
 * or a line's end. */
static gboolean
sentence_ends_before (const char *body,
                      const char *p)
{
  if (p == body)
    return TRUE;
  if (p[-1] == '\n')
    return TRUE;
  return p - body >= 2 && (p[-1] == ' ' || p[-1] == '\n') && strchr (".!?", p[-2]) != NULL;
}

/* The span of suggestion @id: [*@start, *@end) when it is one. */
static gboolean
member_span (SitrepStore *self,
             gint64       id,
             guint       *start,
             guint       *end)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (id == 0 || (stmt = _sitrep_store_statement (self, "SELECT start, \"end\" FROM suggestions WHERE id = ?1", NULL)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *start = sqlite3_column_int (stmt, 0);
      *end = sqlite3_column_int (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* The whole sentences of @body over code points [@start, @end), and over
 * @place's and @date's spans (may be NULL) when in the same paragraph: a
 * figure's sentence may leave the place and what happened to the one
 * before ("the bus bombing near Damascus. The attack claimed …"). */
static char *
sentences_over (const char *body,
                guint       start,
                guint       end,
                const guint spans[][2],
                guint       n_spans)
{
  glong n = g_utf8_strlen (body, -1);
  const char *from = g_utf8_offset_to_pointer (body, MIN ((glong) start, n));
  const char *to = g_utf8_offset_to_pointer (body, MIN ((glong) MAX (start, end), n));

  for (guint i = 0; i < n_spans; i++)
    {
      const char *a = g_utf8_offset_to_pointer (body, MIN ((glong) spans[i][0], n));
      const char *b = g_utf8_offset_to_pointer (body, MIN ((glong) MAX (spans[i][0], spans[i][1]), n));

      if (a < from && memchr (a, '\n', from - a) == NULL)
        from = a;
      if (b > to && memchr (to, '\n', b - to) == NULL)
        to = b;
    }

  while (!sentence_ends_before (body, from))
    from = g_utf8_prev_char (from);
  while (*to != '\0' && *to != '\n' && !(strchr (".!?", *to) != NULL && (to[1] == ' ' || to[1] == '\0' || to[1] == '\n')))
    to = g_utf8_next_char (to);
  return g_strndup (from, to - from);
}

/* The ACLED type the words of @inc's sentences suggest, or NULL: a type of
 * the project's codebook only. */
const char *
_sitrep_store_proposed_incident_type (SitrepStore                  *self,
                                      const SitrepProposedIncident *inc)
{
  g_autofree char *text = NULL;
  guint spans[2][2];
  guint n_spans = 0;
  sqlite3_stmt *stmt;
  const char *type;

  n_spans += member_span (self, inc->place, &spans[n_spans][0], &spans[n_spans][1]);
  n_spans += member_span (self, inc->date, &spans[n_spans][0], &spans[n_spans][1]);
  stmt = _sitrep_store_statement (self, "SELECT body FROM article_texts WHERE article_id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, inc->article_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && COL_TEXT (0) != NULL)
    {
      g_autofree char *body = g_strdup (COL_TEXT (0));
      GString *all = g_string_new (NULL);

      sqlite3_reset (stmt);
      /* Each figure's sentences, not all between the first and the last:
       * an incident's figures may be paragraphs apart, with another
       * incident told between them (the seed capture's Jasim operation,
       * and the bus bombing near Damascus between its two figures). */
      for (guint i = 0; i < inc->figures->len; i++)
        {
          guint start, end;

          if (member_span (self, g_array_index (inc->figures, gint64, i), &start, &end))
            {
              g_autofree char *part = sentences_over (body, start, end, (const guint (*)[2]) spans, n_spans);

              g_string_append (g_string_append (all, part), "\n");
            }
        }
      text = g_string_free (all, FALSE);
    }
  sqlite3_reset (stmt);
  type = sitrep_suggest_incident_event_type (text);
  return type != NULL && sitrep_codebook_has_event_type (sitrep_codebook_get_default (), type) ? type : NULL;
}
