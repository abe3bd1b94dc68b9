/* sitrep-paged-list.h — base of the GListModels that hold a query's ids and load objects in pages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-paged-list-ids.h"

G_BEGIN_DECLS

#define SITREP_TYPE_PAGED_LIST (sitrep_paged_list_get_type ())
G_DECLARE_DERIVABLE_TYPE (SitrepPagedList, sitrep_paged_list, SITREP, PAGED_LIST, GObject)

/**
 * SitrepPagedListClass:
 * @item_type: the GType of the items, set in class_init
 * @query_ids: the ids of the matching objects, in list order (a GArray of gint64)
 * @load_objects: appends to @out (which owns its references) the objects of
 *   those of @ids that still exist, in any order
 * @object_id: the id of an object made by @load_objects
 * @make_placeholder: an empty object standing for @id when it cannot be
 *   loaded (deleted by another connection), until the next refresh
 *
 * The list holds the ids of a query and makes objects a page at a time as
 * views ask for them. Subclasses keep the query and watch the store: after a
 * change they call sitrep_paged_list_queue_refresh() (bursts fold into one
 * refresh) or, when the query itself changed, sitrep_paged_list_refresh().
 * A refresh tells views only about the range of positions that changed.
 * Property: "n-items".
 */
struct _SitrepPagedListClass
{
  GObjectClass parent_class;

  GType      item_type;

  GArray   *(*query_ids)        (SitrepPagedList  *self,
                                 GError          **error);
  gboolean  (*load_objects)     (SitrepPagedList  *self,
                                 const gint64     *ids,
                                 guint             n_ids,
                                 GPtrArray        *out,
                                 GError          **error);
  gint64    (*object_id)        (gpointer          object);
  gpointer  (*make_placeholder) (SitrepPagedList  *self,
                                 gint64            id);

  gpointer padding[4];
};

void      sitrep_paged_list_refresh       (SitrepPagedList *self);
void      sitrep_paged_list_set_ids       (SitrepPagedList *self,
                                           GArray          *ids);
void      sitrep_paged_list_queue_refresh (SitrepPagedList *self);
gboolean  sitrep_paged_list_is_current    (SitrepPagedList *self);
void      sitrep_paged_list_drop_cached   (SitrepPagedList *self,
                                           gint64           id);
void      sitrep_paged_list_drop_all      (SitrepPagedList *self);
void      sitrep_paged_list_reset         (SitrepPagedList *self);
gpointer  sitrep_paged_list_lookup_cached (SitrepPagedList *self,
                                           gint64           id);
guint     sitrep_paged_list_find          (SitrepPagedList *self,
                                           gint64           id);
void      sitrep_paged_list_splice        (SitrepPagedList *self,
                                           guint            position,
                                           guint            n_removed,
                                           const gint64    *added,
                                           guint            n_added,
                                           const gint64    *stale,
                                           guint            n_stale);
void      sitrep_paged_list_move          (SitrepPagedList *self,
                                           guint            from,
                                           guint            before);
gint64    sitrep_paged_list_get_id        (SitrepPagedList *self,
                                           guint            position);
GArray   *sitrep_paged_list_copy_ids      (SitrepPagedList *self,
                                           guint            position,
                                           guint            n);
void      sitrep_paged_list_set_id_seq    (SitrepPagedList *self,
                                           SitrepIdSeq     *ids);

G_END_DECLS
