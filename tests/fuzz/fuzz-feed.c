/* fuzz-feed.c — libFuzzer target: news feeds (RSS 2.0, RSS 1.0, Atom), any bytes, any nesting
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-feed.h"
#include "sitrep-fuzz.h"

static void
check (const char *text)
{
  if (text != NULL)
    g_assert (g_utf8_validate (text, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SitrepFeed) feed = sitrep_feed_parse ((const char *) data, size, "https://example.org/news/", NULL);

  if (feed == NULL)
    return 0;
  /* what the feed gives is text to store: valid UTF-8 */
  check (feed->title);
  check (feed->site_url);
  for (guint i = 0; i < feed->items->len; i++)
    {
      SitrepFeedItem *item = g_ptr_array_index (feed->items, i);

      check (item->title);
      check (item->link);
      check (item->id);
      check (item->published);
      check (item->author);
      check (item->content);
    }
  return 0;
}
