/* sitrep-store-suggested-incidents-type.c — the event type a proposed incident's words suggest, its notes, and its dates when only its report has one, for the event made of it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-annotation-format.h"
#include "sitrep-article.h"
#include "sitrep-codebook.h"
#include "sitrep-figures.h"
#include "sitrep-event.h"
#include "sitrep-store-events.h"
#include "sitrep-store-articles.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-suggest-roles.h"

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

/* An article's text with the byte offset of every MARK_EVERY-th code
 * point: a code point's place is found from the nearest mark before it,
 * not by walking a long report from its start for every figure. */
#define MARK_EVERY 256

struct _SitrepIncidentText
{
  gint64  article_id;
  char   *body;
  glong   n_chars;
  GArray *marks;   /* gsize: byte offset of code point k * MARK_EVERY */
};

SitrepIncidentText *
_sitrep_incident_text_new (void)
{
  return g_new0 (SitrepIncidentText, 1);
}

void
_sitrep_incident_text_free (SitrepIncidentText *text)
{
  if (text == NULL)
    return;
  g_free (text->body);
  g_clear_pointer (&text->marks, g_array_unref);
  g_free (text);
}

static void
text_set (SitrepIncidentText *text,
          gint64              article_id,
          const char         *body)
{
  glong n = 0;

  g_free (text->body);
  g_clear_pointer (&text->marks, g_array_unref);
  text->article_id = article_id;
  text->body = g_strdup (body);
  text->marks = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (const char *p = text->body; ; p = g_utf8_next_char (p), n++)
    {
      if (n % MARK_EVERY == 0)
        {
          gsize at = p - text->body;

          g_array_append_val (text->marks, at);
        }
      if (*p == '\0')
        break;
    }
  text->n_chars = n;
}

/* The byte of code point @offset (the end when past it). */
static const char *
text_at (const SitrepIncidentText *text,
         glong                     offset)
{
  const char *p;

  offset = CLAMP (offset, 0, text->n_chars);
  p = text->body + g_array_index (text->marks, gsize, offset / MARK_EVERY);
  for (glong k = offset % MARK_EVERY; k > 0; k--)
    p = g_utf8_next_char (p);
  return p;
}

/* The whole sentences of @text over code points [@start, @end), and over
 * @place's and @date's spans (may be NULL) when in the same paragraph: a
 * figure's sentence may leave the place and what happened to the one
 * before ("the bus bombing near Damascus. The attack claimed …"). */
static char *
sentences_over (const SitrepIncidentText *text,
                guint                     start,
                guint                     end,
                const guint               spans[][2],
                guint                     n_spans)
{
  const char *body = text->body;
  const char *from = text_at (text, start);
  const char *to = text_at (text, MAX (start, end));

  for (guint i = 0; i < n_spans; i++)
    {
      const char *a = text_at (text, spans[i][0]);
      const char *b = text_at (text, MAX (spans[i][0], spans[i][1]));

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

/* @inc's article text, read once into @cache for the incidents of one
 * article, or into @own when there is no @cache; NULL when it has none. */
static SitrepIncidentText *
text_of (SitrepStore                  *self,
         const SitrepProposedIncident *inc,
         SitrepIncidentText           *cache,
         SitrepIncidentText          **own)
{
  SitrepIncidentText *text = cache;
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (text != NULL && text->body != NULL && text->article_id == inc->article_id)
    return text;
  stmt = _sitrep_store_statement (self, "SELECT body FROM article_texts WHERE article_id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, inc->article_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && COL_TEXT (0) != NULL)
    {
      if (text == NULL)
        text = *own = _sitrep_incident_text_new ();
      text_set (text, inc->article_id, COL_TEXT (0));
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found ? text : NULL;
}

/* The ACLED type the words of @inc's sentences suggest, or NULL: a type of
 * the project's codebook only. */
const char *
_sitrep_store_proposed_incident_type (SitrepStore                  *self,
                                      const SitrepProposedIncident *inc,
                                      SitrepIncidentText           *cache)
{
  g_autoptr(SitrepIncidentText) own = NULL;
  g_autofree char *words = NULL;
  SitrepIncidentText *text;
  guint spans[2][2];
  guint n_spans = 0;
  const char *type;

  n_spans += member_span (self, inc->place, &spans[n_spans][0], &spans[n_spans][1]);
  n_spans += member_span (self, inc->date, &spans[n_spans][0], &spans[n_spans][1]);
  text = text_of (self, inc, cache, &own);
  if (text != NULL)
    {
      GString *all = g_string_new (NULL);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      /* Each figure's sentences, not all between the first and the last:
       * an incident's figures may be paragraphs apart, with another
       * incident told between them (the seed capture's Jasim operation,
       * and the bus bombing near Damascus between its two figures). Each
       * once: figures of one sentence ("killing 12 and wounding 30") gave
       * it again for each, and reading the words is most of listing a long
       * article's incidents. */
      for (guint i = 0; i < inc->figures->len; i++)
        {
          guint start, end;

          if (member_span (self, g_array_index (inc->figures, gint64, i), &start, &end))
            {
              char *part = sentences_over (text, start, end, (const guint (*)[2]) spans, n_spans);

              if (g_hash_table_add (seen, part))
                g_string_append (g_string_append (all, part), "\n");
            }
        }
      words = g_string_free (all, FALSE);
    }
  type = sitrep_suggest_incident_event_type (words);
  return type != NULL && sitrep_codebook_has_event_type (sitrep_codebook_get_default (), type) ? type : NULL;
}

/* "at least 20", "18", "10–15": the count a figure's attributes code. */
char *
_sitrep_incident_count_words (const char *attributes,
                              gint64     *count)
{
  g_autofree char *qualifier = NULL;
  g_autofree char *number = NULL;
  gint64 low = 0, high = 0;
  SitrepQualifier q = SITREP_QUALIFIER_EXACT;

  if (!sitrep_figure_from_attributes (attributes, count, &qualifier, &low, &high))
    return NULL;
  sitrep_qualifier_from_string (qualifier, &q);
  if (q == SITREP_QUALIFIER_RANGE && high != low)
    return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, low, high);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, *count);
  switch (q)
    {
    case SITREP_QUALIFIER_AT_LEAST:
      return g_strdup_printf (_("at least %s"), number);
    case SITREP_QUALIFIER_MORE_THAN:
      return g_strdup_printf (_("more than %s"), number);
    case SITREP_QUALIFIER_UP_TO:
      return g_strdup_printf (_("up to %s"), number);
    case SITREP_QUALIFIER_ABOUT:
      return g_strdup_printf (_("about %s"), number);
    case SITREP_QUALIFIER_EXACT:
    case SITREP_QUALIFIER_RANGE:
    default:
      return g_steal_pointer (&number);
    }
}

/* Whether code points [@start, @end) of @text name the dead of one of
 * @inc's figures: inside its words ("20 ISIS militants") or right after
 * them, joined by "of" ("At least 20 terrorists of ISIS"). */
static gboolean
in_figure (SitrepStore                  *self,
           const SitrepProposedIncident *inc,
           const SitrepIncidentText     *text,
           guint                         start,
           guint                         end)
{
  for (guint i = 0; i < inc->figures->len; i++)
    {
      guint fs, fe;

      if (!member_span (self, g_array_index (inc->figures, gint64, i), &fs, &fe))
        continue;
      if (start >= fs && end <= fe)
        return TRUE;
      if (start >= fe && start - fe <= 8)
        {
          g_autofree char *gap = g_strndup (text_at (text, fe), text_at (text, start) - text_at (text, fe));

          if (strcmp (gap, " of ") == 0 || strcmp (gap, " of the ") == 0)
            return TRUE;
        }
    }
  return FALSE;
}

SitrepActorRole
_sitrep_store_incident_actor_role (SitrepStore                  *self,
                                   const SitrepProposedIncident *inc,
                                   gint64                        id,
                                   SitrepIncidentText           *cache)
{
  g_autoptr(SitrepIncidentText) own = NULL;
  SitrepIncidentText *text;
  guint start = 0, end = 0;

  if (!member_span (self, id, &start, &end) || (text = text_of (self, inc, cache, &own)) == NULL)
    return SITREP_ACTOR_ROLE_PARTY;
  if (in_figure (self, inc, text, start, end))
    return SITREP_ACTOR_ROLE_VICTIM;
  return sitrep_suggest_actor_role (text->body, text_at (text, start) - text->body, text_at (text, end) - text->body);
}

/* The new event's notes: which report it was proposed from, by its title
 * (an article's id is not shown anywhere in the window). */
static char *
proposed_from (SitrepStore                  *self,
               const SitrepProposedIncident *inc)
{
  g_autoptr(SitrepArticle) article = sitrep_store_get_article (self, inc->article_id, NULL);
  const char *title = article != NULL ? sitrep_article_get_title (article) : NULL;
  const char *source = article != NULL ? sitrep_article_get_source (article) : NULL;

  if (title == NULL || *title == '\0')
    return g_strdup_printf (_("Proposed from article %" PRId64 "."), inc->article_id);
  if (source == NULL || *source == '\0')
    /* Translators: an event's notes; %s is the title of the report Suggest read */
    return g_strdup_printf (_("Proposed by Suggest from “%s”."), title);
  /* Translators: an event's notes; %s the report's title, then its source ("SouthFront") */
  return g_strdup_printf (_("Proposed by Suggest from “%s” (%s)."), title, source);
}

char *
_sitrep_store_proposed_incident_notes (SitrepStore                  *self,
                                       const SitrepProposedIncident *inc,
                                       gboolean                      report_dated)
{
  g_autofree char *notes = proposed_from (self, inc);

  if (!report_dated)
    return g_steal_pointer (&notes);
  /* Translators: added to an event's notes when the report tells no date of its own */
  return g_strconcat (notes, " ", _("The report does not say when it happened: the event is dated up to the report’s publication."),
                      NULL);
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* The dates a report published @published (of @precision) gives an event
 * it tells no date of (see _sitrep_store_report_dates ()). */
static gboolean
dates_of_report (const char           *published,
                 SitrepDatePrecision   precision,
                 char                **date_start,
                 char                **date_end,
                 int                  *date_precision)
{
  int y = 0, m = 1, d = 1, n;
  GDate first, last;

  if (published == NULL || (n = sscanf (published, "%4d-%2d-%2d", &y, &m, &d)) < 1 || !g_date_valid_dmy (d, m, y) ||
      (precision == SITREP_DATE_PRECISION_DAY && n < 3) || (precision == SITREP_DATE_PRECISION_MONTH && n < 2))
    return FALSE;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, d, m, y);
  g_date_set_dmy (&first, d, m, y);
  switch (precision)
    {
    case SITREP_DATE_PRECISION_DAY:
      g_date_subtract_days (&first, 6);
      *date_precision = 3;
      break;
    case SITREP_DATE_PRECISION_MONTH:
      g_date_set_day (&first, 1);
      g_date_set_day (&last, g_date_get_days_in_month (m, y));
      *date_precision = 4;
      break;
    case SITREP_DATE_PRECISION_YEAR:
      g_date_set_dmy (&first, 1, G_DATE_JANUARY, y);
      g_date_set_dmy (&last, 31, G_DATE_DECEMBER, y);
      *date_precision = 5;
      break;
    default:
      return FALSE;
    }
  *date_start = iso_date (&first);
  *date_end = iso_date (&last);
  return TRUE;
}

/* As ACLED codes an event whose report tells no date (the report's date,
 * "within the week"): a careful coder does not leave it off the timeline. */
gboolean
_sitrep_store_report_dates (SitrepStore  *self,
                            gint64        article_id,
                            char        **date_start,
                            char        **date_end,
                            int          *date_precision)
{
  g_autoptr(SitrepArticle) article = sitrep_store_get_article (self, article_id, NULL);

  return article != NULL &&
         dates_of_report (sitrep_article_get_published (article), sitrep_article_get_published_precision (article),
                          date_start, date_end, date_precision);
}

/* The events Suggest made of incidents of article @article_id. */
static GArray *
events_proposed_from (SitrepStore  *self,
                      gint64        article_id,
                      GError      **error)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  if (_sitrep_store_lock (self, error) == NULL)
    return g_array_unref (ids), NULL;
  stmt = _sitrep_store_statement (self, "SELECT DISTINCT event_id FROM suggested_incidents WHERE article_id = ?1"
                                        " ORDER BY event_id", error);
  if (stmt == NULL)
    {
      _sitrep_store_unlock (self);
      return g_array_unref (ids), NULL;
    }
  sqlite3_bind_int64 (stmt, 1, article_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_array_append_val (ids, (gint64) { sqlite3_column_int64 (stmt, 0) });
  sqlite3_reset (stmt);
  _sitrep_store_unlock (self);
  return ids;
}

gboolean
sitrep_store_redate_reported_events (SitrepStore          *self,
                                     gint64                article_id,
                                     const char           *old_published,
                                     SitrepDatePrecision   old_precision,
                                     guint                *n_redated,
                                     GError              **error)
{
  g_autofree char *old_start = NULL, *old_end = NULL, *new_start = NULL, *new_end = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GArray) events = NULL;
  int old_prec = 0, new_prec = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  *n_redated = 0;
  /* An undated report left its events undated: they are dated now. */
  if (!dates_of_report (old_published, old_precision, &old_start, &old_end, &old_prec))
    old_prec = 0;
  article = sitrep_store_get_article (self, article_id, error);
  if (article == NULL)
    return FALSE;
  /* Undated now: the event no longer has a report date to follow. */
  if (!dates_of_report (sitrep_article_get_published (article), sitrep_article_get_published_precision (article),
                        &new_start, &new_end, &new_prec))
    new_prec = 0;
  if (g_strcmp0 (old_start, new_start) == 0 && g_strcmp0 (old_end, new_end) == 0 && old_prec == new_prec)
    return TRUE;
  events = events_proposed_from (self, article_id, error);
  if (events == NULL)
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      gint64 id = g_array_index (events, gint64, i);
      g_autoptr(SitrepEvent) event = sitrep_store_get_event (self, id, NULL);

      /* Only an event still dated by the report (or undated by an undated
       * one): one dated since, by a span or by hand, keeps its date. */
      if (event == NULL || g_strcmp0 (sitrep_event_get_date_start (event), old_start) != 0 ||
          g_strcmp0 (sitrep_event_get_date_end (event), old_end) != 0 ||
          (old_start != NULL && sitrep_event_get_date_precision (event) != old_prec))
        continue;
      if (!sitrep_store_set_event_dates (self, id, new_start, new_end, new_prec, error))
        return FALSE;
      (*n_redated)++;
    }
  return TRUE;
}

/* The first row's text of @sql with ?1 = @a and, if it has one, ?2 = @b
 * (NULL: none, or the project cannot be read). */
static char *
first_text (SitrepStore *self,
            const char  *sql,
            gint64       a,
            gint64       b)
{
  sqlite3_stmt *stmt;
  char *text = NULL;

  if (_sitrep_store_lock (self, NULL) == NULL)
    return NULL;
  stmt = _sitrep_store_statement (self, sql, NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, a);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_int64 (stmt, 2, b);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return text;
}

/* The attributes of the annotation accepted suggestion @id became (NULL:
 * none, not accepted, or the project cannot be read). */
char *
_sitrep_store_accepted_attributes (SitrepStore *self,
                                   gint64       suggestion_id)
{
  return first_text (self, "SELECT a.attributes FROM suggestions s JOIN annotations a"
                           " ON a.id = s.annotation_id WHERE s.id = ?1 AND s.status = 1",
                     suggestion_id, 0);
}

char *
sitrep_store_incident_date_attributes (SitrepStore *self,
                                       gint64       event_id,
                                       gint64       article_id)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  return first_text (self, "SELECT a.attributes FROM proposed_incidents p"
                           " JOIN suggestions s ON s.id = p.date JOIN annotations a ON a.id = s.annotation_id"
                           " WHERE p.event_id = ?1 AND p.article_id = ?2 AND p.status = 1 ORDER BY p.id",
                     event_id, article_id);
}
