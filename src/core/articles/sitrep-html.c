/* sitrep-html.c — the article text and metadata of an HTML page
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "sitrep-dateparse.h"
#include "sitrep-html.h"
#include "sitrep-html-private.h"
#include "sitrep-import-private.h"

/* JSON-LD nested deeper than this is not read (json-glib recurses). */

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char *
tag_name (xmlNode *node)
{
  return (const char *) node->name;
}

gboolean
_sitrep_html_is_tag (xmlNode    *node,
                     const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp (tag_name (node), name) == 0;
}

char *
_sitrep_html_get_attr (xmlNode    *node,
                       const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

xmlNode *
_sitrep_html_walk_next (xmlNode  *node,
                        xmlNode  *root,
                        gboolean  descend)
{
  if (descend && node->children != NULL)
    return node->children;
  while (node != NULL && node != root)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }
  return NULL;
}

/* The text of @root's subtree with white space collapsed, iteratively. */
static char *
collect_text (xmlNode *root)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (xmlNode *n = root->children != NULL ? root->children : NULL; n != NULL;
       n = _sitrep_html_walk_next (n, root, n->type == XML_ELEMENT_NODE &&
                               !_sitrep_html_is_tag (n, "script") && !_sitrep_html_is_tag (n, "style")))
    {
      if ((n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) || n->content == NULL)
        continue;
      for (const char *p = (const char *) n->content; *p; p++)
        {
          if (g_ascii_isspace (*p))
            space = TRUE;
          else
            {
              if (space && out->len > 0)
                g_string_append_c (out, ' ');
              space = FALSE;
              g_string_append_c (out, *p);
            }
        }
    }

  if (!g_utf8_validate (out->str, out->len, NULL))
    {
      char *valid = g_utf8_make_valid (out->str, out->len);

      g_string_free (out, TRUE);
      return valid;
    }
  return g_string_free (out, FALSE);
}

static void
set_once (char       **field,
          const char  *value)
{
  if (*field != NULL || value == NULL)
    return;
  while (g_ascii_isspace (*value))
    value++;
  if (*value == '\0')
    return;
  *field = g_strstrip (g_strdup (value));
}

/* ---- JSON-LD ---- */

static const char *
json_string_member (JsonObject *object,
                    const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* "name" of a Person/Organization, a plain string, or the first of a list. */
static const char *
json_name_of (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_string_member (json_node_get_object (node), "name");
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    {
      JsonNode *first = json_array_get_element (json_node_get_array (node), 0);

      if (!JSON_NODE_HOLDS_ARRAY (first))
        return json_name_of (first);
    }
  return NULL;
}

static gboolean
is_article_type (JsonObject *object)
{
  static const char *types[] = {
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report",
    "LiveBlogPosting", "ScholarlyArticle",
  };
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return in_list (json_node_get_string (type), types, G_N_ELEMENTS (types));
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *t = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (t) && json_node_get_value_type (t) == G_TYPE_STRING &&
              in_list (json_node_get_string (t), types, G_N_ELEMENTS (types)))
            return TRUE;
        }
    }
  return FALSE;
}

/* The first article object at the top of the JSON-LD, in an array or @graph. */
static JsonObject *
find_article (JsonNode *root)
{
  JsonArray *list = NULL;

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonNode *graph;

      if (is_article_type (object))
        return object;
      graph = json_object_get_member (object, "@graph");
      if (graph != NULL && JSON_NODE_HOLDS_ARRAY (graph))
        list = json_node_get_array (graph);
    }
  else if (JSON_NODE_HOLDS_ARRAY (root))
    list = json_node_get_array (root);

  if (list == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *item = json_array_get_element (list, i);

      if (JSON_NODE_HOLDS_OBJECT (item) && is_article_type (json_node_get_object (item)))
        return json_node_get_object (item);
    }
  return NULL;
}

typedef struct
{
  char *headline;
  char *date;
  char *author;
  char *publisher;
  char *url;
} LinkedData;

static void
read_json_ld (const char *text,
              LinkedData *ld)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *article;
  JsonNode *publisher;

  if (text == NULL || !_sitrep_import_json_nesting_ok (text, strlen (text)))
    return;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, -1, NULL) || json_parser_get_root (parser) == NULL)
    return;
  article = find_article (json_parser_get_root (parser));
  if (article == NULL)
    return;

  set_once (&ld->headline, json_string_member (article, "headline"));
  set_once (&ld->date, json_string_member (article, "datePublished"));
  set_once (&ld->date, json_string_member (article, "dateCreated"));
  set_once (&ld->author, json_name_of (json_object_get_member (article, "author")));
  publisher = json_object_get_member (article, "publisher");
  set_once (&ld->publisher, json_name_of (publisher));
  set_once (&ld->url, json_string_member (article, "url"));
}

/* ---- metadata ---- */

/* "Headline | Site", "Headline - Site": the headline, when the last part is
 * short and the first part reads as a headline; @suffix (if not NULL) gets
 * the part cut off, NULL when none was. */
static char *
strip_site_suffix (const char  *title,
                   const char  *site,
                   char       **suffix)
{
  static const char *separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " » " };
  g_autofree char *copy = g_strdup (title);

  for (gsize i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *sep = g_strrstr (copy, separators[i]);
      g_auto(GStrv) head_words = NULL;
      g_auto(GStrv) tail_words = NULL;
      const char *tail;

      if (sep == NULL)
        continue;
      tail = sep + strlen (separators[i]);
      head_words = g_strsplit (copy, " ", -1);
      tail_words = g_strsplit (tail, " ", -1);
      if ((site != NULL && g_ascii_strcasecmp (g_strstrip ((char *) tail), site) == 0) ||
          (g_strv_length (tail_words) <= 4 && g_strv_length (head_words) - g_strv_length (tail_words) >= 4))
        {
          if (suffix != NULL)
            *suffix = g_strdup (tail);
          *sep = '\0';
          return g_strstrip (g_steal_pointer (&copy));
        }
    }
  if (suffix != NULL)
    *suffix = NULL;
  return g_steal_pointer (&copy);
}

/* A title's last part as the outlet of a page that names none in its
 * metadata ("… | Border Wire", "… - Reuters"): a name, not a word of the
 * headline ("… - witnesses") or a number. */
static gboolean
reads_as_outlet (const char *suffix)
{
  gunichar first;

  if (suffix == NULL || *suffix == '\0' || g_utf8_strlen (suffix, -1) > 40)
    return FALSE;
  first = g_utf8_get_char (suffix);
  /* a host ("example.com") names its outlet, lower case or not */
  if (strchr (suffix, '.') != NULL && strchr (suffix, ' ') == NULL && g_unichar_isalnum (first))
    return TRUE;
  /* a script without case (Arabic) names it as well as a capital does */
  return g_unichar_isupper (first) || g_unichar_istitle (first) ||
         (g_unichar_isalpha (first) && !g_unichar_islower (first));
}

/* No outlet in the metadata: the one the page's title ends with. */
static void
outlet_from_titles (SitrepHtml *html,
                    const char *title_tag,
                    const char *og_title)
{
  const char *titled[] = { title_tag, og_title };

  for (gsize i = 0; i < G_N_ELEMENTS (titled) && html->source == NULL; i++)
    {
      g_autofree char *suffix = NULL;

      if (titled[i] == NULL)
        continue;
      g_free (strip_site_suffix (titled[i], NULL, &suffix));
      if (suffix != NULL && reads_as_outlet (g_strstrip (suffix)))
        set_once (&html->source, suffix);
    }
}

/* The publication date: the first of the page's dates that parses, a full date before a
 * date in words only. */
static void
read_published (SitrepHtml *html,
                GHashTable *meta,
                const char *ld_date,
                const char *time_datetime)
{
  const char *date = NULL;
  const char *dates[] = {
    g_hash_table_lookup (meta, "article:published_time"),
    ld_date,
    time_datetime,
    g_hash_table_lookup (meta, "datepublished"),
    g_hash_table_lookup (meta, "date"),
    g_hash_table_lookup (meta, "pubdate"),
    g_hash_table_lookup (meta, "publish-date"),
    g_hash_table_lookup (meta, "dc.date"),
    g_hash_table_lookup (meta, "dc.date.issued"),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *iso = NULL;
      g_autofree char *note = NULL;
      SitrepDatePrecision precision;

      if (dates[i] == NULL || !sitrep_date_parse (dates[i], &iso, &precision, &note))
        continue;
      if (iso == NULL && date != NULL)
        continue;
      date = dates[i];
      g_clear_pointer (&html->published, g_free);
      g_clear_pointer (&html->published_note, g_free);
      html->published = g_steal_pointer (&iso);
      html->published_precision = precision;
      html->published_note = g_steal_pointer (&note);
      if (html->published != NULL)
        break;
    }
}

static void
read_metadata (xmlNode    *root,
               SitrepHtml *html)
{
  g_autoptr(GHashTable) meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  LinkedData ld = { 0 };
  g_autofree char *canonical = NULL;
  g_autofree char *title_tag = NULL;
  g_autofree char *h1 = NULL;
  g_autofree char *time_datetime = NULL;

  for (xmlNode *n = root; n != NULL; n = _sitrep_html_walk_next (n, root, TRUE))
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;

      if (_sitrep_html_is_tag (n, "meta"))
        {
          g_autofree char *key = _sitrep_html_get_attr (n, "property");
          g_autofree char *content = _sitrep_html_get_attr (n, "content");

          if (key == NULL)
            key = _sitrep_html_get_attr (n, "name");
          if (key == NULL)
            key = _sitrep_html_get_attr (n, "itemprop");
          if (key != NULL && content != NULL)
            {
              char *lower = g_ascii_strdown (key, -1);

              if (!g_hash_table_contains (meta, lower))
                g_hash_table_insert (meta, lower, g_steal_pointer (&content));
              else
                g_free (lower);
            }
        }
      else if (_sitrep_html_is_tag (n, "link") && canonical == NULL)
        {
          g_autofree char *rel = _sitrep_html_get_attr (n, "rel");

          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
            canonical = _sitrep_html_get_attr (n, "href");
        }
      else if (_sitrep_html_is_tag (n, "title") && title_tag == NULL)
        title_tag = collect_text (n);
      else if (_sitrep_html_is_tag (n, "h1") && h1 == NULL)
        h1 = collect_text (n);
      else if (_sitrep_html_is_tag (n, "time") && time_datetime == NULL)
        time_datetime = _sitrep_html_get_attr (n, "datetime");
      else if (_sitrep_html_is_tag (n, "html") && html->language == NULL)
        {
          g_autofree char *lang = _sitrep_html_get_attr (n, "lang");

          if (lang != NULL && lang[0] != '\0')
            {
              char *dash = strpbrk (lang, "-_");

              if (dash != NULL)
                *dash = '\0';
              html->language = g_ascii_strdown (lang, -1);
            }
        }
      else if (_sitrep_html_is_tag (n, "script"))
        {
          g_autofree char *type = _sitrep_html_get_attr (n, "type");

          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0 &&
              n->children != NULL && n->children->content != NULL)
            read_json_ld ((const char *) n->children->content, &ld);
        }
    }

  set_once (&html->source, g_hash_table_lookup (meta, "og:site_name"));
  set_once (&html->source, ld.publisher);
  set_once (&html->source, g_hash_table_lookup (meta, "application-name"));

  {
    const char *og_title = g_hash_table_lookup (meta, "og:title");
    const char *candidates[] = { og_title, ld.headline, h1, title_tag };

    outlet_from_titles (html, title_tag, og_title);
    for (gsize i = 0; i < G_N_ELEMENTS (candidates) && html->title == NULL; i++)
      {
        if (candidates[i] == NULL || candidates[i][0] == '\0')
          continue;
        if (i == 0 || i == 3)
          html->title = strip_site_suffix (candidates[i], html->source, NULL);
        else
          html->title = g_strstrip (g_strdup (candidates[i]));
        if (html->title[0] == '\0')
          g_clear_pointer (&html->title, g_free);
      }
  }

  read_published (html, meta, ld.date, time_datetime);

  {
    const char *author = g_hash_table_lookup (meta, "author");

    if (author == NULL || g_str_has_prefix (author, "http"))
      author = ld.author;
    if (author == NULL)
      {
        author = g_hash_table_lookup (meta, "article:author");
        if (author != NULL && g_str_has_prefix (author, "http"))
          author = NULL;
      }
    set_once (&html->author, author);
  }

  set_once (&html->url, g_hash_table_lookup (meta, "og:url"));
  set_once (&html->url, canonical);
  set_once (&html->url, ld.url);

  g_free (ld.headline);
  g_free (ld.date);
  g_free (ld.author);
  g_free (ld.publisher);
  g_free (ld.url);
}

/* ---- public ---- */

char *
sitrep_html_sniff_charset (const guint8 *data,
                           gsize         len)
{
  gsize n = MIN (len, 8192);
  g_autofree char *head = g_ascii_strdown ((const char *) data, n);
  const char *p = head;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  /* g_ascii_strdown stops at a NUL; that is fine for a sniff */
  while ((p = strstr (p, "<meta")) != NULL)
    {
      const char *end = strchr (p, '>');
      const char *cs = strstr (p, "charset");

      if (end == NULL)
        break;
      if (cs != NULL && cs < end)
        {
          const char *v = cs + strlen ("charset");
          const char *start;

          while (*v == ' ' || *v == '=' || *v == '"' || *v == '\'')
            v++;
          start = v;
          while (g_ascii_isalnum (*v) || *v == '-' || *v == '_' || *v == '.' || *v == ':')
            v++;
          /* a declaration read in ASCII cannot be true of UTF-16 or
           * UTF-32 bytes (as in the HTML standard's rule): detect instead */
          if (v > start && !g_str_has_prefix (start, "utf-16") && !g_str_has_prefix (start, "utf-32") &&
              !g_str_has_prefix (start, "utf16") && !g_str_has_prefix (start, "utf32") &&
              !g_str_has_prefix (start, "ucs-2") && !g_str_has_prefix (start, "ucs-4") &&
              !g_str_has_prefix (start, "unicode"))
            return g_strndup (start, v - start);
        }
      p = end;
    }
  return NULL;
}

gboolean
sitrep_html_looks_like_html (const char *text,
                             gsize       len)
{
  gsize n = MIN (len, 1024);
  g_autofree char *head = NULL;
  const char *p;

  if (text == NULL)
    return FALSE;
  head = g_ascii_strdown (text, n);
  p = head;
  while (*p != '\0' && g_ascii_isspace (*p))
    p++;
  /* "\xef\xbb\xbf" is gone by now; comments may come before the doctype */
  if (g_str_has_prefix (p, "<!doctype html") || g_str_has_prefix (p, "<html") ||
      g_str_has_prefix (p, "<head") || g_str_has_prefix (p, "<meta"))
    return TRUE;
  return g_str_has_prefix (p, "<") && (strstr (p, "<html") != NULL || strstr (p, "<body") != NULL);
}

SitrepHtml *
sitrep_html_extract (const char *text,
                     gsize       len)
{
  g_autoptr(SitrepHtml) html = g_new0 (SitrepHtml, 1);
  htmlDocPtr doc;
  xmlNode *root;

  g_return_val_if_fail (text != NULL, NULL);

  /* libxml2 counts in int; Sitrep refuses larger files long before this. */
  len = MIN (len, (gsize) G_MAXINT);
  doc = htmlReadMemory (text, (int) len, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                        HTML_PARSE_NOWARNING | XML_PARSE_HUGE);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      html->body = g_strdup ("");
      return g_steal_pointer (&html);
    }

  read_metadata (root, html);
  html->body = _sitrep_html_main_text (root, html->title, &html->whole_page);
  xmlFreeDoc (doc);

  return g_steal_pointer (&html);
}

void
sitrep_html_free (SitrepHtml *html)
{
  if (html == NULL)
    return;
  g_free (html->title);
  g_free (html->body);
  g_free (html->url);
  g_free (html->author);
  g_free (html->source);
  g_free (html->published);
  g_free (html->published_note);
  g_free (html->language);
  g_free (html);
}
