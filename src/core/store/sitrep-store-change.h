/* sitrep-store-change.h — what one store write changed, for the views
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SitrepStoreChangeKind:
 *
 * What kind of record changed. Rows that belong to a record change the
 * record: an alias changes its entity, an actor or a piece of evidence its
 * event, a step its story. A claim changes its event too (its figures are
 * derived from the claims).
 */
typedef enum
{
  SITREP_STORE_CHANGE_ARTICLE,
  SITREP_STORE_CHANGE_SOURCE,
  SITREP_STORE_CHANGE_LABEL,
  SITREP_STORE_CHANGE_ANNOTATOR,
  SITREP_STORE_CHANGE_ANNOTATION,
  SITREP_STORE_CHANGE_ENTITY,
  SITREP_STORE_CHANGE_EVENT,
  SITREP_STORE_CHANGE_CLAIM,
  SITREP_STORE_CHANGE_STORY,
  SITREP_STORE_CHANGE_FEED,        /* a subscription, its title or its items seen */
  SITREP_STORE_N_CHANGE_KINDS
} SitrepStoreChangeKind;

typedef enum
{
  SITREP_STORE_CHANGE_ADDED,
  SITREP_STORE_CHANGE_CHANGED,
  SITREP_STORE_CHANGE_REMOVED,
} SitrepStoreChangeOp;

/**
 * SitrepStoreChange:
 *
 * One kind, one operation and the ids of the records it applies to, in
 * ascending order. Each id has an owner: the article of an annotation, the
 * event of a claim, 0 for the other kinds.
 *
 * A view follows the store through its `changed` signal, with the kind as
 * detail, and updates only the rows named:
 *
 * |[<!-- language="C" -->
 * g_signal_connect_object (store, "changed::event", G_CALLBACK (on_events_changed), self, 0);
 *
 * static void
 * on_events_changed (SitrepStore *store, SitrepStoreChange *change, MyView *self)
 * {
 *   for (guint i = 0; i < sitrep_store_change_get_n_ids (change); i++)
 *     my_view_update_row (self, sitrep_store_change_get_id (change, i));
 * }
 * ]|
 *
 * The detail is the kind's name: "article", "source", "label", "annotator",
 * "annotation", "entity", "event", "claim", "story", "feed". The record is only valid
 * during the emission; take a reference to keep it.
 */
typedef struct _SitrepStoreChange SitrepStoreChange;

#define SITREP_TYPE_STORE_CHANGE (sitrep_store_change_get_type ())

GType                 sitrep_store_change_get_type   (void) G_GNUC_CONST;
SitrepStoreChange    *sitrep_store_change_ref        (SitrepStoreChange       *self);
void                  sitrep_store_change_unref      (SitrepStoreChange       *self);
SitrepStoreChangeKind sitrep_store_change_get_kind   (const SitrepStoreChange *self);
guint                 sitrep_store_change_get_n_ids  (const SitrepStoreChange *self);
gint64                sitrep_store_change_get_id     (const SitrepStoreChange *self,
                                                      guint                    index);
gint64                sitrep_store_change_get_owner  (const SitrepStoreChange *self,
                                                      guint                    index);
gboolean              sitrep_store_change_has_id     (const SitrepStoreChange *self,
                                                      gint64                   id);
const char           *sitrep_store_change_kind_to_string (SitrepStoreChangeKind kind);
const char           *sitrep_store_change_op_to_string   (SitrepStoreChangeOp   op);
char                 *sitrep_store_change_to_string  (const SitrepStoreChange *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepStoreChange, sitrep_store_change_unref)

G_END_DECLS
