/* sitrep-workspace.h — what one window is looking at: project, article, annotation, event, dates, area
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_WORKSPACE (sitrep_workspace_get_type ())
G_DECLARE_FINAL_TYPE (SitrepWorkspace, sitrep_workspace, SITREP, WORKSPACE, GObject)

SitrepWorkspace *sitrep_workspace_new            (void);

/* The project (NULL: none). Setting another clears everything below. */
SitrepStore     *sitrep_workspace_get_store      (SitrepWorkspace *self);
void             sitrep_workspace_set_store      (SitrepWorkspace *self,
                                                  SitrepStore     *store);

/* The article in the reader ("article"; "article-id" follows it). */
SitrepArticle   *sitrep_workspace_get_article    (SitrepWorkspace *self);
gint64           sitrep_workspace_get_article_id (SitrepWorkspace *self);
void             sitrep_workspace_set_article    (SitrepWorkspace *self,
                                                  SitrepArticle   *article);

/* The selected annotation of that article ("annotation", 0: none). */
gint64           sitrep_workspace_get_annotation (SitrepWorkspace *self);
void             sitrep_workspace_set_annotation (SitrepWorkspace *self,
                                                  gint64           id);

/* The current event ("event", 0: none). */
gint64           sitrep_workspace_get_event      (SitrepWorkspace *self);
void             sitrep_workspace_set_event      (SitrepWorkspace *self,
                                                  gint64           id);

/* The range of days brushed on the timeline (days as the timeline counts
 * them, sitrep_timeline_day_from_iso); FALSE when none is. "range-changed"
 * (guint first, guint last; 0, 0 when cleared) tells when it changes. */
gboolean         sitrep_workspace_get_range      (SitrepWorkspace *self,
                                                  guint           *first,
                                                  guint           *last);
void             sitrep_workspace_set_range      (SitrepWorkspace *self,
                                                  guint            first,
                                                  guint            last);

/* "Only what is in view" on the map ("only-in-view") and the area the map
 * shows; "area-changed" tells when the map rested on another area. */
gboolean         sitrep_workspace_get_only_in_view (SitrepWorkspace *self);
void             sitrep_workspace_set_only_in_view (SitrepWorkspace *self,
                                                    gboolean         only_in_view);
gboolean         sitrep_workspace_get_area       (SitrepWorkspace *self,
                                                  double          *west,
                                                  double          *south,
                                                  double          *east,
                                                  double          *north);
void             sitrep_workspace_set_area       (SitrepWorkspace *self,
                                                  double           west,
                                                  double           south,
                                                  double           east,
                                                  double           north);
void             sitrep_workspace_clear_area     (SitrepWorkspace *self);

G_END_DECLS
