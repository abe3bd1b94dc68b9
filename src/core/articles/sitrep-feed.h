/* sitrep-feed.h — news feeds (RSS 2.0, RSS 1.0, Atom) read into their items
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SITREP_FEED_ERROR (sitrep_feed_error_quark ())

typedef enum
{
  SITREP_FEED_ERROR_NOT_A_FEED,   /* XML, but not RSS or Atom; or not XML at all */
} SitrepFeedError;

typedef enum
{
  SITREP_FEED_RSS2,
  SITREP_FEED_RSS1,
  SITREP_FEED_ATOM,
} SitrepFeedKind;

/* One item; strings are NULL when the feed does not give them. */
typedef struct
{
  char *title;
  char *link;       /* the article's address, made absolute */
  char *id;         /* guid or atom:id, else the link */
  char *published;  /* as the feed writes it (RFC 822 or ISO 8601) */
  char *author;
  char *content;    /* the fullest text the feed gives (HTML or text) */
} SitrepFeedItem;

typedef struct
{
  SitrepFeedKind  kind;
  char           *title;
  char           *site_url;
  GPtrArray      *items;    /* SitrepFeedItem*, in the feed's order */
} SitrepFeed;

GQuark      sitrep_feed_error_quark (void);

/* Reads a feed document. Malformed XML is read as far as it can be (items
 * before the damage are kept); a document that is no feed is an error.
 * Nothing outside the document is loaded (no DTD, no entities from outside).
 * @base_url (may be NULL) makes relative links absolute. */
SitrepFeed *sitrep_feed_parse       (const char  *data,
                                     gsize        len,
                                     const char  *base_url,
                                     GError     **error);
void        sitrep_feed_free        (SitrepFeed  *feed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFeed, sitrep_feed_free)

G_END_DECLS
