/* sitrep-opml.h — feed subscriptions read from and written to OPML
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SITREP_OPML_ERROR (sitrep_opml_error_quark ())

typedef enum
{
  SITREP_OPML_ERROR_INVALID,    /* not XML, not OPML, or a feed address that is no web address */
  SITREP_OPML_ERROR_EMPTY,      /* OPML without a single feed */
  SITREP_OPML_ERROR_TOO_LARGE,
} SitrepOpmlError;

/* OPML files larger than this are refused. */
#define SITREP_OPML_MAX_BYTES (8 * 1024 * 1024)

/* One subscription of an OPML file; title and site_url may be NULL. */
typedef struct
{
  char *url;        /* xmlUrl: the feed's own address (http or https) */
  char *title;      /* title, else text */
  char *site_url;   /* htmlUrl */
} SitrepOpmlFeed;

GQuark     sitrep_opml_error_quark (void);

void       sitrep_opml_feed_free   (SitrepOpmlFeed *feed);

/* Reads the subscriptions of an OPML document: every outline with an
 * xmlUrl, at any depth (folders are flattened), each address once. The
 * document is refused whole (nothing returned) when it is not well-formed
 * XML, not OPML, lists no feed, or lists a feed address that is not an
 * http or https address. Nothing outside the document is loaded. */
GPtrArray *sitrep_opml_parse       (const char     *data,
                                    gsize           len,
                                    GError        **error);

/* An OPML 2.0 document (UTF-8) listing @feeds (SitrepOpmlFeed*) under @title. */
char      *sitrep_opml_write       (GPtrArray      *feeds,
                                    const char     *title,
                                    gsize          *len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepOpmlFeed, sitrep_opml_feed_free)

G_END_DECLS
