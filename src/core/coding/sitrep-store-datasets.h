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

/* Who coded an event (schema 9): the annotator the window or the command
 * line works as. sitrep_store_create_event records the default coder of
 * the store (0: no one) with each new event. */
void          sitrep_store_set_event_coder_default (SitrepStore  *self,
                                                    gint64        annotator_id);
gint64        sitrep_store_get_event_coder_default (SitrepStore  *self);
/* One undo step. @annotator_id 0: no one (unknown). */
gboolean      sitrep_store_set_event_coder         (SitrepStore  *self,
                                                    gint64        event_id,
                                                    gint64        annotator_id,
                                                    GError      **error);
/* Returns the coder's annotator id (0: unknown, as in projects older than
 * schema 9) and in @name their name; -1 with @error set when there is no
 * such event. */
gint64        sitrep_store_get_event_coder         (SitrepStore  *self,
                                                    gint64        event_id,
                                                    char        **name,
                                                    GError      **error);

/* An event of an article (through its evidence or its claims) and its coder. */
typedef struct
{
  gint64 article_id;
  gint64 event_id;
  gint64 coder_id;   /* 0 when unknown */
} SitrepEventCoding;

/* The events of @article_id (0: of every article), by article, coder,
 * start date and id. An event with evidence in two articles is listed
 * under each. */
GArray       *sitrep_store_list_event_codings      (SitrepStore  *self,
                                                    gint64        article_id,
                                                    GError      **error);

G_END_DECLS
