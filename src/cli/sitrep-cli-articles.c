/* sitrep-cli-articles.c — sitrep-cli commands for articles: list, show, search, delete
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-article.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-fetch.h"
#include "sitrep-types.h"

/* Articles are read from the store this many at a time when listing, so a
 * project of 100,000 never holds all its rows in memory at once. */
#define LIST_BATCH 500

#define DEFAULT_SEARCH_LIMIT 20
#define MAX_SEARCH_LIMIT     10000

/* Adds the members every listing shares. */
static void
add_article_members (JsonBuilder   *builder,
                     SitrepArticle *article)
{
  SitrepDatePrecision precision = sitrep_article_get_published_precision (article);

  sitrep_cli_json_add_int (builder, "id", sitrep_article_get_id (article));
  sitrep_cli_json_add_string (builder, "title", sitrep_article_get_title (article));
  sitrep_cli_json_add_string (builder, "source", sitrep_article_get_source (article));
  sitrep_cli_json_add_string (builder, "published", sitrep_article_get_published (article));
  sitrep_cli_json_add_string (builder, "published_precision",
                              sitrep_date_precision_to_string (precision));
  sitrep_cli_json_add_string (builder, "status",
                              sitrep_article_status_to_string (sitrep_article_get_status (article)));
  sitrep_cli_json_add_string (builder, "url", sitrep_article_get_url (article));
}


/* list PROJECT */

static gboolean
parse_sort (const char        *str,
            SitrepArticleSort *sort)
{
  static const struct { const char *name; SitrepArticleSort sort; } sorts[] = {
    { "imported", SITREP_ARTICLE_SORT_IMPORTED },
    { "published", SITREP_ARTICLE_SORT_PUBLISHED },
    { "title", SITREP_ARTICLE_SORT_TITLE },
    { "source", SITREP_ARTICLE_SORT_SOURCE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (g_ascii_strcasecmp (str, sorts[i].name) == 0)
      {
        *sort = sorts[i].sort;
        return TRUE;
      }
  return FALSE;
}

static void
print_table_header (guint id_width,
                    guint title_width)
{
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_append_printf (line, "%*s  ", id_width, _("ID"));
  sitrep_cli_append_column (line, _("STATUS"), 11, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, _("PUBLISHED"), 10, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, _("SOURCE"), 20, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, _("TITLE"), title_width, FALSE);
  g_string_append_c (line, '\n');
  sitrep_cli_print (line->str);
}

static void
print_table_row (SitrepArticle *article,
                 guint          id_width,
                 guint          title_width)
{
  g_autoptr(GString) line = g_string_new (NULL);
  const char *published = sitrep_article_get_published (article);

  g_string_append_printf (line, "%*" G_GINT64_FORMAT "  ", id_width, sitrep_article_get_id (article));
  sitrep_cli_append_column (line, sitrep_article_status_to_string (sitrep_article_get_status (article)),
                            11, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, published != NULL ? published : "—", 10, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, sitrep_article_get_source (article), 20, TRUE);
  g_string_append (line, "  ");
  sitrep_cli_append_column (line, sitrep_article_get_title (article), title_width, FALSE);
  g_string_append_c (line, '\n');
  sitrep_cli_print (line->str);
}

int
sitrep_cli_cmd_list (int    argc,
                     char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *status_str = NULL;
  g_autofree char *source = NULL;
  g_autofree char *sort_str = NULL;
  gboolean json = FALSE;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;
  SitrepCliJsonArray writer;
  guint id_width = 2;
  guint title_width = 0;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "status", 's', 0, G_OPTION_ARG_STRING, &status_str,
      N_("Only articles with this status: new, in-progress or done"), N_("STATUS") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Only articles from this source"), N_("NAME") },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort_str,
      N_("Order: imported (newest first, default), published, title or source"), N_("ORDER") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("list", _("PROJECT"), _("Lists the articles of a project."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("list", _("Give the path of one project."));
  if (status_str != NULL)
    {
      SitrepArticleStatus status;

      if (!sitrep_article_status_from_string (status_str, &status))
        {
          g_autofree char *msg = g_strdup_printf (_("Unknown status “%s”: use new, in-progress or done."),
                                                  status_str);
          return sitrep_cli_usage_error ("list", msg);
        }
      query.status = status;
    }
  if (sort_str != NULL && !parse_sort (sort_str, &query.sort))
    {
      g_autofree char *msg =
        g_strdup_printf (_("Unknown order “%s”: use imported, published, title or source."),
                                              sort_str);
      return sitrep_cli_usage_error ("list", msg);
    }
  query.source = source;

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  ids = sitrep_store_query_article_ids (store, &query, &error);
  if (ids == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    sitrep_cli_json_array_begin (&writer);
  else if (ids->len > 0)
    {
      guint width = sitrep_cli_terminal_width ();
      gint64 max_id = 0;

      for (guint i = 0; i < ids->len; i++)
        max_id = MAX (max_id, g_array_index (ids, gint64, i));
      for (gint64 v = max_id; v >= 100; v /= 10)
        id_width++;
      /* id, status, date and source take id_width + 2 + 11 + 2 + 10 + 2 + 20 + 2. */
      if (width > 0)
        title_width = width > id_width + 49 + 10 ? width - id_width - 49 : 10;
      print_table_header (id_width, title_width);
    }

  for (guint start = 0; start < ids->len; start += LIST_BATCH)
    {
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = MIN (LIST_BATCH, ids->len - start);

      if (!sitrep_store_get_articles (store, &g_array_index (ids, gint64, start), n, articles, &error))
        {
          if (json)
            sitrep_cli_json_array_end (&writer);
          fflush (stdout);
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }

      for (guint i = 0; i < articles->len; i++)
        {
          SitrepArticle *article = g_ptr_array_index (articles, i);

          if (json)
            {
              g_autoptr(JsonBuilder) builder = json_builder_new ();

              json_builder_begin_object (builder);
              add_article_members (builder, article);
              json_builder_end_object (builder);
              sitrep_cli_json_array_add (&writer, builder);
            }
          else
            print_table_row (article, id_width, title_width);
        }
    }

  if (json)
    sitrep_cli_json_array_end (&writer);
  else if (ids->len == 0 && isatty (STDOUT_FILENO))
    fprintf (stderr, "%s\n", _("No articles."));

  return fflush (stdout) == 0 ? EXIT_OK : EXIT_FAILED;
}

/* show PROJECT ID */

/* The original capture as text: decoded from the encoding it was read in,
 * byte for byte otherwise (no clean-up, no change of line ends). */
static char *
decode_original (GBytes     *original,
                 const char *encoding)
{
  gsize len;
  const char *data = g_bytes_get_data (original, &len);
  g_autofree char *converted = NULL;

  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
      g_ascii_strcasecmp (encoding, "UTF8") == 0 || g_ascii_strcasecmp (encoding, "ASCII") == 0 ||
      g_ascii_strcasecmp (encoding, "US-ASCII") == 0)
    {
      if (g_utf8_validate_len (data, len, NULL))
        return g_strndup (data, len);
      return g_utf8_make_valid (data, len);
    }

  converted = g_convert (data, len, "UTF-8", encoding, NULL, NULL, NULL);
  if (converted != NULL)
    return g_steal_pointer (&converted);
  return g_utf8_make_valid (data, len);
}

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL || *value == '\0')
    return;
  clean = sitrep_cli_one_line (value);
  sitrep_cli_printf ("%s: %s\n", label, clean);
}

/* An article fetched from a web archive: where and when it was archived
 * (its URL is the page's own address). */
typedef struct
{
  char *url;
  char *captured;
} Archive;

static void
archive_clear (Archive *archive)
{
  g_clear_pointer (&archive->url, g_free);
  g_clear_pointer (&archive->captured, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Archive, archive_clear)

static void
print_article_json (SitrepArticle *article,
                    const Archive *archive,
                    const char    *body,
                    const char    *original_text,
                    const char    *encoding)
{
  SitrepDatePrecision precision = sitrep_article_get_published_precision (article);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *str = NULL;

  json_builder_begin_object (builder);
  sitrep_cli_json_add_int (builder, "id", sitrep_article_get_id (article));
  sitrep_cli_json_add_string (builder, "title", sitrep_article_get_title (article));
  sitrep_cli_json_add_string (builder, "source", sitrep_article_get_source (article));
  sitrep_cli_json_add_string (builder, "url", sitrep_article_get_url (article));
  sitrep_cli_json_add_string (builder, "author", sitrep_article_get_author (article));
  sitrep_cli_json_add_string (builder, "published", sitrep_article_get_published (article));
  sitrep_cli_json_add_string (builder, "published_precision",
                              sitrep_date_precision_to_string (precision));
  sitrep_cli_json_add_string (builder, "published_note", sitrep_article_get_published_note (article));
  if (archive->url != NULL)
    {
      sitrep_cli_json_add_string (builder, "archive_url", archive->url);
      sitrep_cli_json_add_string (builder, "captured", archive->captured);
    }
  sitrep_cli_json_add_string (builder, "status",
                              sitrep_article_status_to_string (sitrep_article_get_status (article)));
  sitrep_cli_json_add_string (builder, "language", sitrep_article_get_language (article));
  sitrep_cli_json_add_string (builder, "imported_at", sitrep_article_get_imported_at (article));
  sitrep_cli_json_add_string (builder, "body", body);
  sitrep_cli_json_add_string (builder, "original", original_text);
  sitrep_cli_json_add_string (builder, "original_encoding", encoding);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  str = sitrep_cli_json_to_string (root, TRUE);
  sitrep_cli_print (str);
  sitrep_cli_print ("\n");
}

/* The metadata, one "Label: value" a line, then @shown: the body, or the
 * original capture when @encoding (its encoding) is given. */
static void
print_article_text (SitrepArticle *article,
                    const Archive *archive,
                    const char    *shown,
                    const char    *encoding)
{
  SitrepDatePrecision precision = sitrep_article_get_published_precision (article);
  g_autofree char *text = sitrep_cli_printable_text (shown);
  const char *published = sitrep_article_get_published (article);
  const char *note = sitrep_article_get_published_note (article);
  g_autofree char *date = NULL;
  g_autofree char *id_str = g_strdup_printf ("%" G_GINT64_FORMAT, sitrep_article_get_id (article));

  if (published != NULL)
    date = g_strdup_printf ("%s (%s)", published, sitrep_date_precision_to_string (precision));
  else if (note != NULL && *note != '\0')
    /* Translators: the date of an article is not known; %s is what the article says about it */
    date = g_strdup_printf (_("unknown (%s)"), note);
  else
    date = g_strdup (_("unknown"));

  print_field (_("Id"), id_str);
  print_field (_("Title"), sitrep_article_get_title (article));
  print_field (_("Source"), sitrep_article_get_source (article));
  print_field (_("URL"), sitrep_article_get_url (article));
  print_field (_("Author"), sitrep_article_get_author (article));
  print_field (_("Published"), date);
  if (archive->url != NULL)
    {
      print_field (_("Archived copy"), archive->url);
      print_field (_("Captured"), archive->captured != NULL ? archive->captured : _("unknown"));
    }
  print_field (_("Status"), sitrep_article_status_to_string (sitrep_article_get_status (article)));
  print_field (_("Language"), sitrep_article_get_language (article));
  if (encoding != NULL)
    print_field (_("Encoding"), encoding);
  sitrep_cli_print ("\n");
  sitrep_cli_print (text);
  if (*text != '\0' && !g_str_has_suffix (text, "\n"))
    sitrep_cli_print ("\n");
}

int
sitrep_cli_cmd_show (int    argc,
                     char **argv)
{
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  gboolean show_original = FALSE;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *original_text = NULL;
  g_autoptr(GBytes) original = NULL;
  g_auto(Archive) archive = { NULL, NULL };
  gint64 id;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json,
      N_("Print a JSON object with the metadata, the body and the original capture"), NULL },
    { "original", 'o', 0, G_OPTION_ARG_NONE, &show_original,
      N_("Print the original capture, exactly as imported, instead of the clean body"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("show", _("PROJECT ID"), _("Shows one article: its metadata and text."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 2)
    return sitrep_cli_usage_error ("show", _("Give the project and the id of an article."));
  if (!sitrep_cli_parse_id (args[1], &id))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not an article id (a whole number from 1)."),
                                              args[1]);
      return sitrep_cli_usage_error ("show", msg);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  article = sitrep_store_get_article (store, id, &error);
  if (article == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json || !show_original)
    {
      body = sitrep_store_get_article_body (store, id, &error);
      if (body == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
    }
  if (json || show_original)
    {
      original = sitrep_store_get_article_original (store, id, &encoding, &error);
      if (original == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      original_text = decode_original (original, encoding);
    }

  sitrep_store_get_article_archive (store, id, &archive.url, &archive.captured);
  if (json)
    print_article_json (article, &archive, body, original_text, encoding);
  else
    print_article_text (article, &archive, show_original ? original_text : body,
                        show_original ? encoding : NULL);

  return fflush (stdout) == 0 ? EXIT_OK : EXIT_FAILED;
}

/* search PROJECT QUERY */

int
sitrep_cli_cmd_search (int    argc,
                       char **argv)
{
  g_auto(GStrv) args = NULL;
  gboolean json = FALSE;
  int limit = DEFAULT_SEARCH_LIMIT;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("Show at most N hits (default 20)"), N_("N") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("search", _("PROJECT QUERY…"),
                      _("Searches the full text of the articles, best matches first.\n"
                        "\n"
                        "All the words must occur, in any order; case and accents do not\n"
                        "matter, and the last word also finds longer words it begins\n"
                        "(“bomb” finds “bombing”). Quotes and operators are taken as text."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) < 2)
    return sitrep_cli_usage_error ("search", _("Give the project and what to search for."));
  if (limit < 1 || limit > MAX_SEARCH_LIMIT)
    {
      g_autofree char *msg = g_strdup_printf (_("The limit must be between 1 and %d."), MAX_SEARCH_LIMIT);
      return sitrep_cli_usage_error ("search", msg);
    }

  /* Arguments are file-name encoded; the query is text. */
  query = g_strjoinv (" ", args + 1);
  if (!g_utf8_validate (query, -1, NULL))
    {
      g_autofree char *converted = g_locale_to_utf8 (query, -1, NULL, NULL, NULL);

      if (converted == NULL)
        return sitrep_cli_usage_error ("search", _("The query is not valid text in this locale."));
      g_free (query);
      query = g_steal_pointer (&converted);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  hits = sitrep_store_search (store, query, (guint) limit, &error);
  if (hits == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  if (sitrep_search_is_shortened (query))
    sitrep_cli_error ("%s", _("The query is long, so only its beginning was searched (at most 32 "
                              "different words)."));

  if (json)
    {
      SitrepCliJsonArray writer;

      sitrep_cli_json_array_begin (&writer);
      for (guint i = 0; i < hits->len; i++)
        {
          SitrepArticle *article = g_ptr_array_index (hits, i);
          g_autoptr(JsonBuilder) builder = json_builder_new ();

          json_builder_begin_object (builder);
          sitrep_cli_json_add_int (builder, "id", sitrep_article_get_id (article));
          sitrep_cli_json_add_string (builder, "title", sitrep_article_get_title (article));
          sitrep_cli_json_add_string (builder, "source", sitrep_article_get_source (article));
          sitrep_cli_json_add_string (builder, "published", sitrep_article_get_published (article));
          sitrep_cli_json_add_string (builder, "snippet", sitrep_article_get_snippet (article));
          sitrep_cli_json_add_int (builder, "rank", i + 1);
          json_builder_end_object (builder);
          sitrep_cli_json_array_add (&writer, builder);
        }
      sitrep_cli_json_array_end (&writer);
    }
  else
    {
      for (guint i = 0; i < hits->len; i++)
        {
          SitrepArticle *article = g_ptr_array_index (hits, i);
          g_autofree char *title = sitrep_cli_one_line (sitrep_article_get_title (article));
          g_autofree char *text = sitrep_cli_snippet_to_text (sitrep_article_get_snippet (article));
          g_autofree char *snippet = sitrep_cli_one_line (text);

          sitrep_cli_printf ("%" G_GINT64_FORMAT "  %s\n", sitrep_article_get_id (article), title);
          if (*snippet != '\0')
            sitrep_cli_printf ("    %s\n", snippet);
        }
      if (hits->len == 0 && isatty (STDOUT_FILENO))
        fprintf (stderr, "%s\n", _("No matches."));
    }

  return fflush (stdout) == 0 ? EXIT_OK : EXIT_FAILED;
}

/* delete PROJECT ID… */

int
sitrep_cli_cmd_delete (int    argc,
                       char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  guint n_args;
  GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("delete", _("PROJECT ID…"),
                                 _("Deletes articles with their annotations and their evidence "
                                   "for events. This cannot be undone."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  n_args = args != NULL ? g_strv_length (args) : 0;
  if (n_args < 2)
    return sitrep_cli_usage_error ("delete", _("Give the project and the ids of the articles to delete."));

  for (guint i = 1; i < n_args; i++)
    {
      gint64 id;

      if (!sitrep_cli_parse_id (args[i], &id))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not an article id (a whole number from 1)."),
                                                  args[i]);
          return sitrep_cli_usage_error ("delete", msg);
        }
      g_array_append_val (ids, id);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;

  if (!sitrep_store_delete_articles (store, (const gint64 *) ids->data, ids->len, &error))
    {
      sitrep_cli_error (_("Nothing was deleted: %s"), error->message);
      return EXIT_FAILED;
    }
  sitrep_cli_printf (ngettext ("Deleted %'u article.\n", "Deleted %'u articles.\n", ids->len), ids->len);
  return EXIT_OK;
}
