/* sitrep-event-index-build.h — a view's arrays made from the event index in a worker, with the edits that came meanwhile
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs in a worker: makes the owner's arrays from @data (the index's
 * entries and what else the owner copied into it). */
typedef void (*SitrepIndexBuildWork) (gpointer      data,
                                      GCancellable *cancellable);

/* Runs on the main thread once the work is done, while @owner is alive and
 * no newer build took its place: the owner swaps the arrays of @data in,
 * then applies by id the @pending ids the index changed meanwhile. */
typedef void (*SitrepIndexBuildDone) (gpointer      owner,
                                      gpointer      data,
                                      const gint64 *pending,
                                      guint         n_pending);

/**
 * SitrepIndexBuild:
 *
 * What the map's points and the timeline's layout share when they make
 * their arrays from a large index in a worker: one build at a time (a new
 * one cancels the last), the owner held by a weak reference (a view
 * destroyed meanwhile is not touched), and the ids of the index's changes
 * that arrive meanwhile, handed back to be applied once the build is in.
 * The work runs in threads of its own at a lower priority than the main
 * thread: on a busy machine, fair shares with two workers held the window's
 * frames for a third of a second while the arrays were made.
 * Embed it in the owner's instance; init and clear it with the owner.
 */
typedef struct
{
  /*< private >*/
  GCancellable *running;
  GHashTable   *pending;    /* ids (gint64 *) changed while it runs */
} SitrepIndexBuild;

void     sitrep_index_build_init       (SitrepIndexBuild      *self);
/* Cancels a build on its way and frees what it holds. */
void     sitrep_index_build_clear      (SitrepIndexBuild      *self);
/* Starts @work on @data in a worker, cancelling the last build; @done
 * gets @data back on the main thread; @data_free frees it in any case. */
void     sitrep_index_build_start      (SitrepIndexBuild      *self,
                                        gpointer               owner,
                                        gpointer               data,
                                        GDestroyNotify         data_free,
                                        SitrepIndexBuildWork   work,
                                        SitrepIndexBuildDone   done);
/* Forgets the build on its way (and the ids noted for it). */
void     sitrep_index_build_cancel     (SitrepIndexBuild      *self);
gboolean sitrep_index_build_is_running (const SitrepIndexBuild *self);
/* While a build runs, notes @ids for it and returns TRUE (the caller
 * applies nothing now); else FALSE. */
gboolean sitrep_index_build_hold       (SitrepIndexBuild      *self,
                                        const gint64          *ids,
                                        guint                  n_ids);

/* Frees @data with @free in a build worker: the old arrays of half a
 * million events take tens of milliseconds to free. */
void     sitrep_index_build_free_later (gpointer               data,
                                        GDestroyNotify         free);

/* For benchmarks: whether build workers run at a lower priority than the
 * main thread (TRUE, the default). */
void     _sitrep_index_build_set_low_priority (gboolean        low);

G_END_DECLS
