/* sitrep-progress-private.h — progress of core's worker threads, passed to the main context
 * that started the work
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SITREP_PROGRESS_MAX_VALUES 6

/* Calls the caller's own progress callback (cast back to its type) with the
 * figures a worker thread sent, in the order it sent them. */
typedef void (*SitrepProgressDeliver) (GCallback      callback,
                                       gpointer       callback_data,
                                       const guint64 *values);

/* The same for figures that come with a text (a feed's title …). */
typedef void (*SitrepProgressDeliverText) (GCallback      callback,
                                           gpointer       callback_data,
                                           const guint64 *values,
                                           const char    *text);

typedef struct _SitrepProgressRelay SitrepProgressRelay;

/* A relay to the thread-default main context of the calling thread: the
 * async functions make one when they are called, their worker threads send
 * through it. It owns @callback_data, freed with @destroy once the work and
 * every figure still on its way are done: on the calling thread, or, when
 * the last reference goes on another (a task finalised on its worker), from
 * an idle on the relay's context. */
SitrepProgressRelay *_sitrep_progress_relay_new   (GCallback              callback,
                                                   gpointer               callback_data,
                                                   GDestroyNotify         destroy,
                                                   SitrepProgressDeliver  deliver);
SitrepProgressRelay *_sitrep_progress_relay_new_with_text (GCallback                  callback,
                                                          gpointer                   callback_data,
                                                          GDestroyNotify             destroy,
                                                          SitrepProgressDeliverText  deliver);
/* From any thread: @n_values (at most SITREP_PROGRESS_MAX_VALUES) figures,
 * delivered later on the relay's context. Does nothing on a relay made
 * without a callback. */
void                 _sitrep_progress_relay_send  (SitrepProgressRelay   *relay,
                                                   const guint64         *values,
                                                   guint                  n_values);
/* As _sitrep_progress_relay_send (), with a text (copied) that reaches the
 * deliver function of a relay made by _sitrep_progress_relay_new_with_text (). */
void                 _sitrep_progress_relay_send_text (SitrepProgressRelay *relay,
                                                       const guint64       *values,
                                                       guint                n_values,
                                                       const char          *text);
/* The progress most work reports: how far, out of how much. The callback
 * types of core's async pairs (SitrepImportProgressFunc,
 * SitrepEventImportProgress …) are all of this shape. */
typedef void (*SitrepProgressDoneTotal) (guint    done,
                                         guint    total,
                                         gpointer user_data);

/* A relay that calls @callback (done, total, @callback_data). */
SitrepProgressRelay *_sitrep_progress_relay_new_done_total (SitrepProgressDoneTotal callback,
                                                            gpointer                callback_data,
                                                            GDestroyNotify          destroy);
/* A SitrepProgressDoneTotal for the worker's side, @relay its user data:
 * sends @done and @total through the relay. */
void                 _sitrep_progress_relay_send_done_total (guint    done,
                                                             guint    total,
                                                             gpointer relay);
SitrepProgressRelay *_sitrep_progress_relay_ref   (SitrepProgressRelay   *relay);
void                 _sitrep_progress_relay_unref (SitrepProgressRelay   *relay);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepProgressRelay, _sitrep_progress_relay_unref)

G_END_DECLS
