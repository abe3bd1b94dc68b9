/* sitrep-event-index.h — one light index of every event (place, dates, type, side, toll) that the map, the timeline and the presentation share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

/* What a view needs to draw an event, and nothing else. Strings are
 * interned (g_intern_string): compare them by pointer, never free them. */
typedef struct
{
  gint64      id;
  double      latitude;        /* NAN when the event has no place with coordinates */
  double      longitude;
  guint32     first;           /* Julian days (see sitrep-timeline.h); 0 when undated */
  guint32     last;
  int         date_precision;  /* UCDP date_prec, 0 unknown */
  gint64      fatalities;      /* ACLED's conservative count; -1 without a killed claim */
  const char *event_type;      /* NULL while not coded */
  const char *side;            /* actor 1 (UCDP's side A), NULL without */
  const char *region;          /* admin-1, else country; NULL when neither is known */
  gint64      place_id;        /* the place entity, 0 for none */
  gint64      actor1_id;       /* the side's entity, 0 for none */
  const char *external_source; /* the dataset it was imported from ("UCDP GED"), NULL for none */
} SitrepEventIndexEntry;

/* The credit a map or an export of @entry must show ("UCDP GED (CC BY 4.0)"),
 * NULL for none: the same rule as sitrep_event_get_dataset_credit(). */
const char *sitrep_event_index_entry_get_dataset_credit (const SitrepEventIndexEntry *entry);

/* Reads the index entries of @ids (all events when @ids is NULL), calling
 * @func for each; an id with no event is not reported. One light query
 * (no claims, no evidence, no associated actors), for the store's files
 * only; use SitrepEventIndex. */
typedef void (*SitrepEventIndexFunc) (const SitrepEventIndexEntry *entry,
                                      gpointer                     user_data);
gboolean _sitrep_store_read_event_index (SitrepStore          *store,
                                         const gint64         *ids,
                                         guint                 n_ids,
                                         SitrepEventIndexFunc  func,
                                         gpointer              user_data,
                                         GError              **error);

gboolean _sitrep_store_read_event_index_apart (SitrepStore          *store,
                                               SitrepEventIndexFunc  func,
                                               gpointer              user_data,
                                               GCancellable         *cancellable,
                                               GError              **error);

#define SITREP_TYPE_EVENT_INDEX (sitrep_event_index_get_type ())
G_DECLARE_FINAL_TYPE (SitrepEventIndex, sitrep_event_index, SITREP, EVENT_INDEX, GObject)

/* An index of @store's events, loaded at once and kept up to date from the
 * store's "changed::event" and "changed::entity": the events named (or
 * naming the place or actor that changed) are read again by id; a change
 * of thousands reads everything again, once, when the main loop is idle.
 *
 * Signals:
 *   "reset": every entry may have changed (loaded, reloaded);
 *   "entries-changed" (gpointer ids, guint n_ids): those events changed,
 *     were added (now present) or removed (now absent). */
SitrepEventIndex            *sitrep_event_index_new            (SitrepStore      *store,
                                                                GError          **error);
/* An index that reads the events in a worker thread, on a connection of
 * its own, and meanwhile is empty and "loading": the window stays usable
 * while a project of 500,000 events opens. It follows the store from the
 * start; edits made during the load are read again once it is in, then
 * "reset" tells the views. A change of thousands of events later is read
 * the same way. @cancellable (the window's) stops the reading. */
SitrepEventIndex            *sitrep_event_index_new_loading    (SitrepStore      *store,
                                                                GCancellable     *cancellable);
/* TRUE while the events are being read in the background (property "loading"). */
gboolean                     sitrep_event_index_get_loading    (SitrepEventIndex *self);
SitrepStore                 *sitrep_event_index_get_store      (SitrepEventIndex *self);
guint                        sitrep_event_index_get_n_entries  (SitrepEventIndex *self);
/* Entries are in no particular order; the pointer lives until the next change. */
const SitrepEventIndexEntry *sitrep_event_index_get_entry      (SitrepEventIndex *self,
                                                                guint             position);
/* The entries now (SitrepEventIndexEntry), never changed afterwards: for
 * a worker thread to build a view's arrays from. Unref when done. */
GArray                      *sitrep_event_index_ref_entries    (SitrepEventIndex *self);
const SitrepEventIndexEntry *sitrep_event_index_lookup         (SitrepEventIndex *self,
                                                                gint64            id);
/* Reads everything again and emits "reset". */
gboolean                     sitrep_event_index_reload         (SitrepEventIndex *self,
                                                                GError          **error);
/* Reads @ids again and emits "entries-changed" for them. */
gboolean                     sitrep_event_index_update         (SitrepEventIndex *self,
                                                                const gint64     *ids,
                                                                guint             n_ids,
                                                                GError          **error);

/* For a view that follows one index at a time: moves *@slot from the index it
 * holds to @index (NULL: none), taking a reference, and moves @follower's
 * handlers with it: @on_reset is called as on_reset (@follower) on "reset",
 * @on_entries_changed with the signal's arguments then @follower. Returns
 * FALSE, doing nothing, when *@slot already is @index. */
gboolean                     sitrep_event_index_follow         (SitrepEventIndex **slot,
                                                                SitrepEventIndex  *index,
                                                                gpointer           follower,
                                                                GCallback          on_reset,
                                                                GCallback          on_entries_changed);

G_END_DECLS
