/* sitrep-feed.c — news feeds (RSS 2.0, RSS 1.0, Atom) read into their items
 *
 * libxml2's reader with recovery (a feed cut short keeps the items before
 * the damage), no network and no external entities. Elements are matched by
 * their local name, so namespaced RSS 1.0 and Atom read like RSS 2.0.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-feed"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "sitrep-feed.h"

G_DEFINE_QUARK (sitrep-feed-error-quark, sitrep_feed_error)

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         strcmp ((const char *) node->name, name) == 0;
}

static char *
text_of (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text;

  if (content == NULL)
    return NULL;
  text = g_strstrip (g_strdup ((const char *) content));
  xmlFree (content);
  if (text[0] == '\0' || !g_utf8_validate (text, -1, NULL))
    g_clear_pointer (&text, g_free);
  return text;
}

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
  return copy;
}

static void
set_once (char **field,
          char  *value)
{
  if (*field == NULL && value != NULL && value[0] != '\0')
    *field = value;
  else
    g_free (value);
}

static char *
absolute (const char *base,
          char       *link)
{
  g_autoptr(GUri) resolved = NULL;

  if (link == NULL || base == NULL)
    return link;
  resolved = g_uri_parse_relative (NULL, base, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED, NULL);
  if (resolved == NULL)
    return link;
  {
    g_autoptr(GUri) full = g_uri_parse_relative (resolved, link, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED,
                                                 NULL);

    if (full == NULL)
      return link;
    g_free (link);
    return g_uri_to_string (full);
  }
}

/* An Atom link: rel="alternate" (or none) is the page. */
static char *
atom_link (xmlNode *node)
{
  g_autofree char *rel = attr_of (node, "rel");

  if (rel != NULL && strcmp (rel, "alternate") != 0)
    return NULL;
  return attr_of (node, "href");
}

static void
item_free (SitrepFeedItem *item)
{
  g_free (item->title);
  g_free (item->link);
  g_free (item->id);
  g_free (item->published);
  g_free (item->author);
  g_free (item->content);
  g_free (item);
}

static SitrepFeedItem *
read_item (xmlNode        *node,
           SitrepFeedKind  kind,
           const char     *base)
{
  SitrepFeedItem *item = g_new0 (SitrepFeedItem, 1);
  char *summary = NULL;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_named (c, "title"))
        set_once (&item->title, text_of (c));
      else if (is_named (c, "link"))
        set_once (&item->link, kind == SITREP_FEED_ATOM ? atom_link (c) : text_of (c));
      else if (is_named (c, "guid") || is_named (c, "id"))
        set_once (&item->id, text_of (c));
      else if (is_named (c, "pubDate") || is_named (c, "published") || is_named (c, "date") ||
               is_named (c, "updated"))
        set_once (&item->published, text_of (c));
      else if (is_named (c, "author") || is_named (c, "creator"))
        {
          xmlNode *name = NULL;

          for (xmlNode *n = c->children; n != NULL; n = n->next)
            if (is_named (n, "name"))
              name = n;
          set_once (&item->author, text_of (name != NULL ? name : c));
        }
      else if (is_named (c, "encoded") || is_named (c, "content"))
        set_once (&item->content, text_of (c));
      else if (is_named (c, "description") || is_named (c, "summary"))
        set_once (&summary, text_of (c));
    }
  if (item->content == NULL)
    item->content = g_steal_pointer (&summary);
  g_free (summary);
  if (kind == SITREP_FEED_RSS1 && item->link == NULL)
    item->link = attr_of (node, "about");
  item->link = absolute (base, item->link);
  if (item->id == NULL && item->link != NULL)
    item->id = g_strdup (item->link);
  return item;
}

SitrepFeed *
sitrep_feed_parse (const char  *data,
                   gsize        len,
                   const char  *base_url,
                   GError     **error)
{
  g_autoptr(SitrepFeed) feed = NULL;
  xmlDoc *doc;
  xmlNode *root, *channel;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  /* recover from damage; never fetch or expand anything from outside */
  doc = xmlReadMemory (data, (int) MIN (len, (gsize) G_MAXINT), base_url, NULL,
                       XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                       XML_PARSE_NOCDATA);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || !(is_named (root, "rss") || is_named (root, "RDF") || is_named (root, "feed")))
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error_literal (error, SITREP_FEED_ERROR, SITREP_FEED_ERROR_NOT_A_FEED,
                           _("This is not a news feed (RSS or Atom)."));
      return NULL;
    }

  feed = g_new0 (SitrepFeed, 1);
  feed->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  feed->kind = is_named (root, "rss") ? SITREP_FEED_RSS2 : is_named (root, "RDF") ? SITREP_FEED_RSS1
                                                                                    : SITREP_FEED_ATOM;
  channel = root;
  for (xmlNode *c = root->children; c != NULL && feed->kind != SITREP_FEED_ATOM; c = c->next)
    if (is_named (c, "channel"))
      {
        channel = c;
        break;
      }
  for (xmlNode *c = channel->children; c != NULL; c = c->next)
    {
      if (is_named (c, "title"))
        set_once (&feed->title, text_of (c));
      else if (is_named (c, "link"))
        set_once (&feed->site_url, feed->kind == SITREP_FEED_ATOM ? atom_link (c) : text_of (c));
    }
  /* RSS 2.0 and Atom items are in the channel (feed); RSS 1.0 items beside it */
  for (xmlNode *c = feed->kind == SITREP_FEED_RSS1 ? root->children : channel->children; c != NULL; c = c->next)
    if (is_named (c, "item") || is_named (c, "entry"))
      g_ptr_array_add (feed->items, read_item (c, feed->kind, base_url));
  xmlFreeDoc (doc);
  return g_steal_pointer (&feed);
}

void
sitrep_feed_free (SitrepFeed *feed)
{
  if (feed == NULL)
    return;
  g_free (feed->title);
  g_free (feed->site_url);
  g_clear_pointer (&feed->items, g_ptr_array_unref);
  g_free (feed);
}
