/* sitrep-store-stories.h — the store's stories: named, ordered lists of events to present
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"

G_BEGIN_DECLS

/* Stories (sitrep-store-stories.c). A story is a named, hand-ordered list of events
 * to present; a project has any number. Every edit below is one transaction
 * and one entry of the undo history, and emits "stories-changed" with the
 * story's id. Undo and redo emit "history-changed" only: a stories view
 * refreshes on both. Steps are addressed by position, 0 first; an event is
 * at most one step of a story. Deleting an event removes its steps. */

typedef struct
{
  gint64  id;
  char   *name;
  char   *created_at;     /* ISO 8601, UTC */
  guint   n_steps;
} SitrepStory;

#define SITREP_TYPE_STORY (sitrep_story_get_type ())
GType         sitrep_story_get_type             (void) G_GNUC_CONST;
SitrepStory  *sitrep_story_copy                 (const SitrepStory     *story);
void          sitrep_story_free                 (SitrepStory           *story);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepStory, sitrep_story_free)

/* Returns the new id, or 0: INVALID (no name), EXISTS (name taken). */
gint64        sitrep_store_create_story         (SitrepStore           *self,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_rename_story         (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 const char            *name,
                                                 GError               **error);
/* Deletes the story and its steps (the events stay). */
gboolean      sitrep_store_delete_story         (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 GError               **error);
/* SitrepStory*, by name. */
GPtrArray    *sitrep_store_list_stories         (SitrepStore           *self,
                                                 GError               **error);
/* The id of the story called @name, or 0 with NOT_FOUND. */
gint64        sitrep_store_find_story           (SitrepStore           *self,
                                                 const char            *name,
                                                 GError               **error);
/* The event ids (gint64) of the steps, in order. */
GArray       *sitrep_store_list_story_steps     (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 GError               **error);
/* Inserts @event_id at @position (-1 or past the end: appends); DUPLICATE
 * when it is already a step. */
gboolean      sitrep_store_add_story_step       (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 gint64                 event_id,
                                                 int                    position,
                                                 GError               **error);
gboolean      sitrep_store_remove_story_step    (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 guint                  position,
                                                 GError               **error);
/* Moves the step at @from so that it ends up at @to. */
gboolean      sitrep_store_move_story_step      (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 guint                  from,
                                                 guint                  to,
                                                 GError               **error);
/* Replaces every step with @event_ids in that order (a drag-and-drop
 * reorder, or a story built from a selection), as one undo step. */
gboolean      sitrep_store_set_story_steps      (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 const gint64          *event_ids,
                                                 guint                  n_event_ids,
                                                 GError               **error);

/*   "stories-changed" (gint64 story id, 0 for many): stories or their
 *   steps were added, changed or removed. */

G_END_DECLS
