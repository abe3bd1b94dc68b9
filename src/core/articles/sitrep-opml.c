/* sitrep-opml.c — feed subscriptions read from and written to OPML
 *
 * libxml2 without recovery: a damaged OPML file is refused whole, so an
 * import never subscribes to half of a list. No network, no DTD, no
 * external entities.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-feed"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "sitrep-opml.h"

G_DEFINE_QUARK (sitrep-opml-error-quark, sitrep_opml_error)

void
sitrep_opml_feed_free (SitrepOpmlFeed *feed)
{
  if (feed == NULL)
    return;
  g_free (feed->url);
  g_free (feed->title);
  g_free (feed->site_url);
  g_free (feed);
}

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* An attribute, stripped; NULL when absent, empty or not UTF-8. */
static char *
attr_of (xmlNode    *node,
         const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  if (copy[0] == '\0' || !g_utf8_validate (copy, -1, NULL))
    g_clear_pointer (&copy, g_free);
  return copy;
}

static gboolean
is_web_address (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_PARSE_RELAXED, NULL);

  return uri != NULL && g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0' &&
         (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
          g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0);
}

typedef struct
{
  GPtrArray  *feeds;
  GHashTable *seen;
  GError     *error;
} Walk;

static void
walk_outlines (xmlNode *parent,
               Walk    *walk)
{
  for (xmlNode *node = parent->children; node != NULL && walk->error == NULL; node = node->next)
    {
      g_autofree char *url = NULL;

      if (!is_named (node, "outline"))
        continue;
      url = attr_of (node, "xmlUrl");
      if (url != NULL && !is_web_address (url))
        {
          g_set_error (&walk->error, SITREP_OPML_ERROR, SITREP_OPML_ERROR_INVALID,
                       _("The OPML file lists a feed whose address is not a web address (line %ld): %s. "
                         "Nothing was imported."), (long) xmlGetLineNo (node), url);
          return;
        }
      if (url != NULL && g_hash_table_add (walk->seen, g_strdup (url)))
        {
          SitrepOpmlFeed *feed = g_new0 (SitrepOpmlFeed, 1);

          feed->url = g_steal_pointer (&url);
          feed->title = attr_of (node, "title");
          if (feed->title == NULL)
            feed->title = attr_of (node, "text");
          /* OPML needs a text: an untitled feed is written with its address */
          if (g_strcmp0 (feed->title, feed->url) == 0)
            g_clear_pointer (&feed->title, g_free);
          feed->site_url = attr_of (node, "htmlUrl");
          if (feed->site_url != NULL && !is_web_address (feed->site_url))
            g_clear_pointer (&feed->site_url, g_free);
          g_ptr_array_add (walk->feeds, feed);
        }
      walk_outlines (node, walk);
    }
}

static xmlNode *
child_named (xmlNode    *parent,
             const char *name)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (is_named (node, name))
      return node;
  return NULL;
}

GPtrArray *
sitrep_opml_parse (const char  *data,
                   gsize        len,
                   GError     **error)
{
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_opml_feed_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Walk walk = { feeds, seen, NULL };
  xmlDoc *doc;
  xmlNode *root, *body;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (len > SITREP_OPML_MAX_BYTES)
    {
      g_set_error (error, SITREP_OPML_ERROR, SITREP_OPML_ERROR_TOO_LARGE,
                   _("The OPML file is larger than %d MB; it is not a list of feeds Sitrep can read."),
                   SITREP_OPML_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  doc = len > 0 && len <= G_MAXINT
          ? xmlReadMemory (data, (int) len, "subscriptions.opml", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
          : NULL;
  if (doc == NULL)
    {
      g_set_error (error, SITREP_OPML_ERROR, SITREP_OPML_ERROR_INVALID,
                   _("The file is not well-formed XML, so it is no OPML list of feeds. Nothing was imported."));
      return NULL;
    }
  root = xmlDocGetRootElement (doc);
  body = is_named (root, "opml") ? child_named (root, "body") : NULL;
  if (body == NULL)
    {
      xmlFreeDoc (doc);
      g_set_error (error, SITREP_OPML_ERROR, SITREP_OPML_ERROR_INVALID,
                   _("The file is XML but not OPML (it has no <opml> with a <body>). Nothing was imported."));
      return NULL;
    }
  walk_outlines (body, &walk);
  xmlFreeDoc (doc);
  if (walk.error != NULL)
    {
      g_propagate_error (error, walk.error);
      return NULL;
    }
  if (feeds->len == 0)
    {
      g_set_error (error, SITREP_OPML_ERROR, SITREP_OPML_ERROR_EMPTY,
                   _("The OPML file lists no feed (no outline has an xmlUrl). Nothing was imported."));
      return NULL;
    }
  return g_steal_pointer (&feeds);
}

static void
set_attr (xmlNode    *node,
          const char *name,
          const char *value)
{
  if (value != NULL && value[0] != '\0')
    xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) value);
}

char *
sitrep_opml_write (GPtrArray  *feeds,
                   const char *title,
                   gsize      *len)
{
  xmlDoc *doc = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNode *root = xmlNewNode (NULL, (const xmlChar *) "opml");
  xmlNode *head, *body;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%a, %d %b %Y %H:%M:%S GMT");
  xmlChar *text = NULL;
  int size = 0;
  char *out;

  g_return_val_if_fail (feeds != NULL, NULL);

  xmlDocSetRootElement (doc, root);
  xmlNewProp (root, (const xmlChar *) "version", (const xmlChar *) "2.0");
  head = xmlNewChild (root, NULL, (const xmlChar *) "head", NULL);
  xmlNewTextChild (head, NULL, (const xmlChar *) "title", (const xmlChar *) (title != NULL ? title : "Sitrep feeds"));
  xmlNewTextChild (head, NULL, (const xmlChar *) "dateCreated", (const xmlChar *) created);
  body = xmlNewChild (root, NULL, (const xmlChar *) "body", NULL);
  for (guint i = 0; i < feeds->len; i++)
    {
      SitrepOpmlFeed *feed = g_ptr_array_index (feeds, i);
      xmlNode *outline = xmlNewChild (body, NULL, (const xmlChar *) "outline", NULL);
      const char *name = feed->title != NULL ? feed->title : feed->url;

      set_attr (outline, "type", "rss");
      set_attr (outline, "text", name);
      set_attr (outline, "title", feed->title);
      set_attr (outline, "xmlUrl", feed->url);
      set_attr (outline, "htmlUrl", feed->site_url);
    }
  xmlDocDumpFormatMemoryEnc (doc, &text, &size, "UTF-8", 1);
  xmlFreeDoc (doc);
  out = g_strndup ((const char *) text, size);
  xmlFree (text);
  if (len != NULL)
    *len = (gsize) size;
  return out;
}
