/* sitrep-event-list.h — a GListModel of events over a store query, loaded in pages
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-paged-list.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_EVENT_LIST (sitrep_event_list_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEventList, sitrep_event_list, SITREP, EVENT_LIST, SitrepPagedList)

/* Items are SitrepEvent. Only the ids of the matching events are read at
 * once (sitrep_store_query_event_ids); objects are made a page at a time as
 * the view asks for them. The list follows the store ("events-changed",
 * "entities-changed", and "history-changed" for undo/redo) by itself.
 * Properties: "store", "sort" (SitrepEventSort as int), "descending",
 * "n-items" (from SitrepPagedList). */
SitrepEventList *sitrep_event_list_new        (SitrepStore            *store);
/* Copies the filter and order of @query (NULL: every event by date). */
void             sitrep_event_list_set_query  (SitrepEventList        *self,
                                               const SitrepEventQuery *query);
void             sitrep_event_list_set_sort   (SitrepEventList        *self,
                                               SitrepEventSort         sort,
                                               gboolean                descending);
/* In a project of 20,000 events or more, the ids are read in a worker
 * (when the list is made, and again after a change or a new query); the
 * list keeps what it has meanwhile. TRUE while they are being read. */
gboolean         sitrep_event_list_get_reading (SitrepEventList       *self);
/* Position of event @id in the list, or G_MAXUINT. */
guint            sitrep_event_list_find       (SitrepEventList        *self,
                                               gint64                  id);

/* How messages name @event: "Battles in Jasim, 2022-10-14" (type, place and
 * start date, each left out when unknown). */
char            *sitrep_event_dup_title       (SitrepEvent            *event);

G_END_DECLS
