/* fuzz-feeds.c — libFuzzer target: news feeds (RSS 2.0, RSS 1.0, Atom) and OPML lists
 *
 * Every input is read as a feed (with and without a base address) and as
 * OPML; an OPML list that is read must survive being written and read again
 * with the same feeds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-feed.h"
#include "sitrep-fuzz.h"
#include "sitrep-opml.h"

static void
check_opml_round_trip (GPtrArray *feeds)
{
  gsize len = 0;
  g_autofree char *written = sitrep_opml_write (feeds, "fuzz", &len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) again = sitrep_opml_parse (written, len, &error);

  if (again == NULL || again->len != feeds->len)
    g_error ("an OPML list read back differently: %s", error != NULL ? error->message : "other count");
  for (guint i = 0; i < feeds->len; i++)
    {
      SitrepOpmlFeed *a = g_ptr_array_index (feeds, i);
      SitrepOpmlFeed *b = g_ptr_array_index (again, i);

      if (g_strcmp0 (a->url, b->url) != 0 || g_strcmp0 (a->title, b->title) != 0)
        g_error ("an OPML feed read back differently: %s / %s", a->url, b->url);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  g_autoptr(SitrepFeed) feed = sitrep_feed_parse (text, size, NULL, NULL);
  g_autoptr(SitrepFeed) based = sitrep_feed_parse (text, size, "https://example.org/news/", NULL);
  g_autoptr(GPtrArray) opml = sitrep_opml_parse (text, size, NULL);

  for (guint i = 0; based != NULL && i < based->items->len; i++)
    {
      SitrepFeedItem *item = g_ptr_array_index (based->items, i);

      if (item->link != NULL && !g_utf8_validate (item->link, -1, NULL))
        g_error ("an item link is not UTF-8");
    }
  if (opml != NULL)
    check_opml_round_trip (opml);
  return 0;
}
