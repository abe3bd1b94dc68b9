/* sitrep-store-datasets.h — the store's reads and writes for datasets made by teams
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* One span of the project, without its text: what agreement needs. */
typedef struct
{
  gint64 article_id;
  gint64 label_id;
  gint64 annotator_id;   /* 0 when no one is recorded */
  guint  start;
  guint  end;
} SitrepSpanRow;

/* Every span of the project in one read, by article, start, end (longest
 * first) and id, as sitrep_store_list_annotations orders an article's. */
GArray       *sitrep_store_list_span_rows          (SitrepStore    *self,
                                                    GError        **error);

typedef gboolean (*SitrepArticleTextFunc) (gint64       article_id,
                                           const char  *title,
                                           const char  *body,
                                           gpointer     user_data);

/* Calls @func with the title and body of every article that has at least
 * one span, by id, in one read; stops (and returns FALSE without an error)
 * when @func returns FALSE. @func must not call the store. */
gboolean      sitrep_store_foreach_annotated_text  (SitrepStore          *self,
                                                    SitrepArticleTextFunc func,
                                                    gpointer              user_data,
                                                    GCancellable         *cancellable,
                                                    GError              **error);

/* A stretch of an article's text, in code points. */
typedef struct
{
  guint start;
  guint end;
} SitrepStretch;

/* Records that the adjudicator rejected every coder's version of
 * [@start, @end) in @article_id, so adjudicating it again leaves that
 * stretch out. One undo step; recording it twice changes nothing. */
gboolean      sitrep_store_add_adjudication_rejection   (SitrepStore  *self,
                                                         gint64        article_id,
                                                         guint         start,
                                                         guint         end,
                                                         GError      **error);
/* SitrepStretch, by start. */
GArray       *sitrep_store_list_adjudication_rejections (SitrepStore  *self,
                                                         gint64        article_id,
                                                         GError      **error);

G_END_DECLS
