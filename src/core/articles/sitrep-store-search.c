/* sitrep-store-search.c — listing and full-text search of the articles
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-normalize.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* The most of a search query that is used: a few lines of words. */
#define SITREP_SEARCH_MAX_BYTES 1024
#define SITREP_SEARCH_MAX_TERMS 32

#define SITREP_SEARCH_MAX_ALIASES 8

static void
append_quoted (GString    *query,
               const char *text)
{
  g_string_append_c (query, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *p);
    }
  g_string_append_c (query, '"');
}

/* The other spellings of the entities that @word names after normalisation
 * ("Jasim" → "Jassim", "Jāsim"): a place searched for is found however an
 * article spells it. */
static GPtrArray *
other_spellings (SitrepStore *self,
                 const char  *word)
{
  g_autofree char *key = sitrep_normalize_name (word);
  GPtrArray *spellings = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if (self == NULL || key == NULL || *key == '\0' || _sitrep_store_lock (self, NULL) == NULL)
    return spellings;
  stmt = _sitrep_store_statement (self,
                                  "SELECT DISTINCT b.alias FROM entity_aliases a"
                                  " JOIN entity_aliases b ON b.entity_id = a.entity_id"
                                  " WHERE a.normalized = ?1 ORDER BY b.id LIMIT ?2", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, SITREP_SEARCH_MAX_ALIASES);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *alias = (const char *) sqlite3_column_text (stmt, 0);

          if (alias != NULL && g_utf8_collate (alias, word) != 0 && g_ascii_strcasecmp (alias, word) != 0)
            g_ptr_array_add (spellings, g_strdup (alias));
        }
      sqlite3_reset (stmt);
    }
  _sitrep_store_unlock (self);
  return spellings;
}

/* Turns what a user typed into an FTS5 query that cannot be a syntax error:
 * every word quoted, the last one a prefix so results follow the typing,
 * and a word that names an entity also matches its other spellings. */
static char *
make_fts_query_full (SitrepStore *self,
                     const char  *search,
                     gboolean    *shortened)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GHashTable) seen = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *bounded = NULL;
  GPtrArray *spellings = NULL;
  guint n = 0;

  if (search == NULL)
    return NULL;

  /* A paragraph pasted into the search field is searched by its first
   * words: FTS5's cost (snippets above all) grows with the number of terms. */
  if (strlen (search) > SITREP_SEARCH_MAX_BYTES)
    {
      const char *end = search + SITREP_SEARCH_MAX_BYTES;

      while (end > search && (*end & 0xC0) == 0x80)
        end--;
      bounded = g_strndup (search, end - search);
      *shortened = TRUE;
      search = bounded;
    }
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  words = g_regex_split_simple ("[\\s\"]+", search, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];
      gboolean has_word_char = FALSE;

      for (const char *p = w; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (g_unichar_isalnum (g_utf8_get_char (p)))
            {
              has_word_char = TRUE;
              break;
            }
        }
      if (!has_word_char)
        continue;
      /* the same word twice finds nothing more */
      if (words[i + 1] != NULL && !g_hash_table_add (seen, g_utf8_casefold (w, -1)))
        continue;
      if (n >= SITREP_SEARCH_MAX_TERMS)
        {
          *shortened = TRUE;
          break;
        }

      if (n++ > 0)
        g_string_append (query, " AND ");
      spellings = other_spellings (self, w);
      if (spellings->len > 0)
        g_string_append_c (query, '(');
      g_string_append_c (query, '"');
      g_string_append (query, w);
      g_string_append_c (query, '"');
      if (words[i + 1] == NULL || words[i + 1][0] == '\0')
        {
          gboolean last = TRUE;
          for (guint j = i + 1; words[j] != NULL; j++)
            if (words[j][0] != '\0')
              last = FALSE;
          if (last && !g_str_has_suffix (search, " "))
            g_string_append_c (query, '*');
        }
      for (guint k = 0; k < spellings->len; k++)
        {
          g_string_append (query, " OR ");
          append_quoted (query, spellings->pdata[k]);
        }
      if (spellings->len > 0)
        g_string_append_c (query, ')');
      g_clear_pointer (&spellings, g_ptr_array_unref);
    }

  if (n == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

static char *
make_fts_query (SitrepStore *self,
                const char  *search)
{
  gboolean shortened = FALSE;

  return make_fts_query_full (self, search, &shortened);
}

/**
 * sitrep_search_is_shortened:
 *
 * Whether only part of @search is searched: its first
 * SITREP_SEARCH_MAX_TERMS different words, within its first
 * SITREP_SEARCH_MAX_BYTES bytes (a search's cost grows with its words).
 */
gboolean
sitrep_search_is_shortened (const char *search)
{
  g_autofree char *fts = NULL;
  gboolean shortened = FALSE;

  fts = make_fts_query_full (NULL, search, &shortened);
  return shortened;
}

/* FTS5 marks matches with these; they are not text and never in a body. */
#define MARK_OPEN "\x01"
#define MARK_CLOSE "\x02"

static char *
marked_to_markup (const char *marked)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = marked;

  while (*p != '\0')
    {
      const char *next = p;

      while (*next != '\0' && *next != '\x01' && *next != '\x02' && *next != '\n')
        next++;
      if (next > p)
        {
          g_autofree char *escaped = g_markup_escape_text (p, next - p);
          g_string_append (out, escaped);
        }
      if (*next == '\x01')
        g_string_append (out, "<b>");
      else if (*next == '\x02')
        g_string_append (out, "</b>");
      else if (*next == '\n')
        g_string_append_c (out, ' ');
      else
        break;
      p = next + 1;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* One word of a highlighted text: where it is, and the match it is part
 * of (-1: none). */
typedef struct
{
  gsize start, end;   /* the word, or the whole match when it is one */
  int   phrase;       /* which distinct match text, or -1 */
} Word;

/* Whether @p starts a letter or digit, and where the next character
 * starts: a byte that is not UTF-8 is skipped alone. */
static gboolean
word_char (const char  *p,
           const char **next)
{
  gunichar c = g_utf8_get_char_validated (p, -1);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *next = p + 1;
      return FALSE;
    }
  *next = g_utf8_next_char (p);
  return g_unichar_isalnum (c);
}

/* The words of @marked (FTS5 highlight () output); each match (MARK_OPEN …
 * MARK_CLOSE) is one word, numbered by its case-folded text. */
static GArray *
marked_words (const char *marked,
              guint      *n_phrases)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = marked;

  while (*p != '\0')
    {
      Word w = { p - marked, 0, -1 };

      if (*p == '\x01')
        {
          const char *close = strchr (p, '\x02');
          g_autofree char *text = NULL;
          gpointer id;

          if (close == NULL)
            close = p + strlen (p) - 1;
          text = g_utf8_casefold (p + 1, close - p - 1);
          if (!g_hash_table_lookup_extended (ids, text, NULL, &id))
            {
              id = GINT_TO_POINTER (g_hash_table_size (ids));
              g_hash_table_insert (ids, g_steal_pointer (&text), id);
            }
          w.phrase = GPOINTER_TO_INT (id);
          w.end = close + 1 - marked;
          g_array_append_val (words, w);
          p = close + 1;
        }
      else
        {
          const char *next;

          if (!word_char (p, &next))
            {
              p = next;
              continue;
            }
          while (*p != '\0' && *p != '\x01' && word_char (p, &next))
            p = next;
          w.end = p - marked;
          g_array_append_val (words, w);
        }
    }
  *n_phrases = g_hash_table_size (ids);
  return words;
}

/* A snippet of @marked in time linear in its length: the window of
 * @n_words words holding the most distinct matches, then the most matches
 * (FTS5's snippet () scores every window against every match, quadratic in
 * the matches: a pasted paragraph matching every word of a long article
 * took seconds). NULL when nothing in @marked matched. */
static char *
best_window (const char *marked,
             guint       n_words)
{
  g_autoptr(GArray) words = NULL;
  g_autofree guint *count = NULL;
  guint n_phrases = 0, distinct = 0, matches = 0, best = 0, last;
  gint64 best_score = -1;
  Word *w;

  if (marked == NULL || strchr (marked, '\x01') == NULL)
    return NULL;
  words = marked_words (marked, &n_phrases);
  w = (Word *) (gpointer) words->data;
  count = g_new0 (guint, n_phrases + 1);
  for (guint i = 0; i < words->len; i++)
    {
      /* word i enters the window, word i - n_words leaves it */
      if (w[i].phrase >= 0 && count[w[i].phrase]++ == 0)
        distinct++;
      matches += w[i].phrase >= 0;
      if (i >= n_words && w[i - n_words].phrase >= 0)
        {
          matches--;
          if (--count[w[i - n_words].phrase] == 0)
            distinct--;
        }
      if ((i + 1 >= n_words || i + 1 == words->len) &&
          (gint64) distinct * 1000 + matches > best_score)
        {
          best_score = (gint64) distinct * 1000 + matches;
          best = i + 1 >= n_words ? i + 1 - n_words : 0;
        }
    }
  /* the matches in the middle of their window, with words around them */
  {
    guint end = MIN (best + n_words, words->len), first_match = end, last_match = best, slack;

    for (guint i = best; i < end; i++)
      if (w[i].phrase >= 0)
        {
          first_match = MIN (first_match, i);
          last_match = i;
        }
    slack = n_words - (last_match - first_match + 1);
    best = first_match > slack / 2 ? first_match - slack / 2 : 0;
    if (words->len >= n_words && best > words->len - n_words)
      best = words->len - n_words;
  }
  last = MIN (best + n_words, words->len) - 1;
  return g_strdup_printf ("%s%.*s%s", best > 0 ? "…" : "",
                          (int) (w[last].end - w[best].start), marked + w[best].start,
                          last + 1 < words->len ? "…" : "");
}

/* The snippet of a hit from its highlighted title and body: the body's
 * best window, else the title's. */
static char *
snippet_of (const char *title,
            const char *body)
{
  g_autofree char *window = best_window (body, 16);

  if (window == NULL)
    window = best_window (title, 16);
  if (window == NULL)
    window = g_strdup (title != NULL ? title : "");
  return marked_to_markup (window);
}

static char *
snippet_locked (SitrepStore *self,
                gint64       id,
                const char  *fts)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self,
                                      "SELECT highlight (articles_fts, 0, '" MARK_OPEN "', '" MARK_CLOSE "'),"
                                      " highlight (articles_fts, 1, '" MARK_OPEN "', '" MARK_CLOSE "')"
                                      " FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2", NULL);
  char *markup = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    markup = snippet_of ((const char *) sqlite3_column_text (stmt, 0),
                         (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);

  return markup;
}

/* Binds the parameters sitrep_store_query_article_ids () numbered. */
static void
bind_query (sqlite3_stmt             *stmt,
            const SitrepArticleQuery *query,
            const char               *fts)
{
  if (fts != NULL)
    sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  if (query->status >= 0)
    sqlite3_bind_int (stmt, 2, query->status);
  if (query->source != NULL)
    sqlite3_bind_text (stmt, 3, query->source, -1, SQLITE_TRANSIENT);
  if (query->in_area)
    {
      sqlite3_bind_double (stmt, 4, query->west);
      sqlite3_bind_double (stmt, 5, query->east);
      sqlite3_bind_double (stmt, 6, query->south);
      sqlite3_bind_double (stmt, 7, query->north);
    }
  if (query->date_from != NULL && query->date_to != NULL)
    {
      sqlite3_bind_text (stmt, 8, query->date_from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 9, query->date_to, -1, SQLITE_TRANSIENT);
    }
  if (query->feed_id != 0)
    sqlite3_bind_int64 (stmt, 10, query->feed_id);
}

GArray *
sitrep_store_query_article_ids (SitrepStore               *self,
                                const SitrepArticleQuery  *query,
                                GError                   **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT a.id FROM articles a");
  g_autofree char *fts = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SitrepArticleQuery defaults = SITREP_ARTICLE_QUERY_INIT;
  sqlite3_stmt *stmt;
  const char *where = " WHERE ";
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (query == NULL)
    query = &defaults;

  fts = make_fts_query (self, query->search);

  if (fts != NULL && query->sort == SITREP_ARTICLE_SORT_RELEVANCE)
    g_string_append (sql, " JOIN (SELECT rowid AS fid, rank FROM articles_fts"
                          " WHERE articles_fts MATCH ?1) f ON f.fid = a.id");
  else if (fts != NULL)
    {
      g_string_append (sql, " WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1)");
      where = " AND ";
    }
  if (query->sort == SITREP_ARTICLE_SORT_SOURCE)
    g_string_append (sql, " LEFT JOIN sources s ON s.id = a.source_id");
  if (query->status >= 0)
    {
      g_string_append_printf (sql, "%sa.status = ?2", where);
      where = " AND ";
    }
  if (query->source != NULL)
    {
      g_string_append_printf (sql, "%sa.source_id = (SELECT id FROM sources WHERE name = ?3)", where);
      where = " AND ";
    }
  if (query->in_area)
    {
      g_string_append_printf (sql, "%sa.id IN (SELECT an.article_id FROM annotations an"
                                   " JOIN entities en ON en.id = an.entity_id"
                                   " WHERE en.longitude BETWEEN ?4 AND ?5"
                                   " AND en.latitude BETWEEN ?6 AND ?7)", where);
      where = " AND ";
    }
  if (query->date_from != NULL && query->date_to != NULL)
    {
      /* "2022-10" sorts before "2022-10-05": compare on the known part. */
      g_string_append_printf (sql, "%sa.published IS NOT NULL AND a.published <= ?9"
                                   " AND a.published >= substr (?8, 1, length (a.published))", where);
      where = " AND ";
    }

  if (query->feed_id != 0)
    {
      g_string_append_printf (sql, "%sa.id IN (SELECT article_id FROM feed_items WHERE feed_id = ?10)", where);
      where = " AND ";
    }

  switch (query->sort)
    {
    case SITREP_ARTICLE_SORT_PUBLISHED:
      g_string_append (sql, " ORDER BY a.published IS NULL, a.published DESC, a.id DESC");
      break;
    case SITREP_ARTICLE_SORT_TITLE:
      g_string_append (sql, " ORDER BY a.title COLLATE NOCASE, a.id");
      break;
    case SITREP_ARTICLE_SORT_SOURCE:
      g_string_append (sql, " ORDER BY s.name IS NULL, s.name COLLATE NOCASE, a.id DESC");
      break;
    case SITREP_ARTICLE_SORT_RELEVANCE:
      g_string_append (sql, fts != NULL ? " ORDER BY f.rank, a.id DESC" : " ORDER BY a.id DESC");
      break;
    case SITREP_ARTICLE_SORT_IMPORTED:
    default:
      g_string_append (sql, " ORDER BY a.id DESC");
      break;
    }

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, sql->str, error);
  if (stmt == NULL)
    {
      UNLOCK ();
      return NULL;
    }
  bind_query (stmt, query, fts);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  UNLOCK ();

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The articles could not be listed."));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

GPtrArray *
sitrep_store_search (SitrepStore  *self,
                     const char   *search,
                     guint         limit,
                     GError      **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *fts = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  fts = make_fts_query (self, search);
  if (fts == NULL)
    return g_steal_pointer (&hits);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self,
                        "SELECT " ARTICLE_COLUMNS ", highlight (articles_fts, 0, '" MARK_OPEN "', '"
                        MARK_CLOSE "'), highlight (articles_fts, 1, '" MARK_OPEN "', '" MARK_CLOSE "')"
                        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                        " LEFT JOIN sources s ON s.id = a.source_id"
                        " WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2", error);
  if (stmt == NULL)
    {
      UNLOCK ();
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? limit : G_MAXINT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepArticle *article = _sitrep_store_article_from_row (stmt);
      g_autofree char *markup = snippet_of ((const char *) sqlite3_column_text (stmt, 11),
                                            (const char *) sqlite3_column_text (stmt, 12));

      sitrep_article_set_snippet (article, markup);
      g_ptr_array_add (hits, article);
    }
  sqlite3_reset (stmt);
  UNLOCK ();

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("The project could not be searched."));
      return NULL;
    }

  return g_steal_pointer (&hits);
}

char *
sitrep_store_get_snippet (SitrepStore *self,
                          gint64       id,
                          const char  *search)
{
  g_autofree char *fts = NULL;
  char *markup;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  fts = make_fts_query (self, search);
  if (fts == NULL)
    return NULL;

  LOCK_OR_RETURN (NULL);
  markup = snippet_locked (self, id, fts);
  UNLOCK ();

  return markup;
}

GArray *
sitrep_store_get_match_ranges (SitrepStore  *self,
                               gint64        id,
                               const char   *search,
                               GError      **error)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *fts = NULL;
  g_autofree char *marked = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  fts = make_fts_query (self, search);
  if (fts == NULL)
    return g_steal_pointer (&ranges);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self,
                        "SELECT highlight (articles_fts, 1, '" MARK_OPEN "', '" MARK_CLOSE "')"
                        " FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2", error);
  if (stmt == NULL)
    {
      UNLOCK ();
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    marked = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  UNLOCK ();

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, NULL, rc, _("The article could not be searched."));
      return NULL;
    }

  if (marked != NULL)
    {
      guint offset = 0;

      for (const char *p = marked; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (*p == '\x01' || *p == '\x02')
            g_array_append_val (ranges, offset);
          else
            offset++;
        }
      if (ranges->len % 2 != 0)
        g_array_set_size (ranges, ranges->len - 1);
    }

  return g_steal_pointer (&ranges);
}

GStrv
sitrep_store_list_sources (SitrepStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  LOCK_OR_RETURN (g_strv_builder_end (builder));
  stmt = _sitrep_store_statement (self,
                        "SELECT name FROM sources WHERE id IN (SELECT source_id FROM articles)"
                        " ORDER BY name COLLATE NOCASE", NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return g_strv_builder_end (builder);
}
