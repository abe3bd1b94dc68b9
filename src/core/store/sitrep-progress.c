/* sitrep-progress.c — progress of core's worker threads, passed to the main context that
 * started the work
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <string.h>

#include "sitrep-progress-private.h"

struct _SitrepProgressRelay
{
  gatomicrefcount        ref_count;
  GMainContext          *context;
  GThread               *thread;    /* the caller's, where it was made */
  GCallback              callback;
  gpointer               callback_data;
  GDestroyNotify         destroy;
  SitrepProgressDeliver  deliver;
  SitrepProgressDeliverText deliver_text;
};

typedef struct
{
  SitrepProgressRelay *relay;
  guint64              values[SITREP_PROGRESS_MAX_VALUES];
  char                *text;
} Figures;

static gboolean
deliver_figures (gpointer data)
{
  Figures *figures = data;
  SitrepProgressRelay *relay = figures->relay;

  if (relay->deliver_text != NULL)
    relay->deliver_text (relay->callback, relay->callback_data, figures->values, figures->text);
  else
    relay->deliver (relay->callback, relay->callback_data, figures->values);
  return G_SOURCE_REMOVE;
}

static void
figures_free (gpointer data)
{
  Figures *figures = data;

  _sitrep_progress_relay_unref (figures->relay);
  g_free (figures->text);
  g_free (figures);
}

SitrepProgressRelay *
_sitrep_progress_relay_new (GCallback              callback,
                            gpointer               callback_data,
                            GDestroyNotify         destroy,
                            SitrepProgressDeliver  deliver)
{
  SitrepProgressRelay *relay = g_new0 (SitrepProgressRelay, 1);

  g_return_val_if_fail (callback == NULL || deliver != NULL, NULL);

  g_atomic_ref_count_init (&relay->ref_count);
  relay->context = g_main_context_ref_thread_default ();
  relay->thread = g_thread_self ();
  relay->callback = callback;
  relay->callback_data = callback_data;
  relay->destroy = destroy;
  relay->deliver = deliver;
  return relay;
}

SitrepProgressRelay *
_sitrep_progress_relay_new_with_text (GCallback                  callback,
                                      gpointer                   callback_data,
                                      GDestroyNotify             destroy,
                                      SitrepProgressDeliverText  deliver)
{
  SitrepProgressRelay *relay;

  g_return_val_if_fail (callback == NULL || deliver != NULL, NULL);

  relay = _sitrep_progress_relay_new (NULL, callback_data, destroy, NULL);
  relay->callback = callback;
  relay->deliver_text = deliver;
  return relay;
}

static void
deliver_done_total (GCallback      callback,
                    gpointer       callback_data,
                    const guint64 *values)
{
  ((SitrepProgressDoneTotal) callback) ((guint) values[0], (guint) values[1], callback_data);
}

SitrepProgressRelay *
_sitrep_progress_relay_new_done_total (SitrepProgressDoneTotal callback,
                                       gpointer                callback_data,
                                       GDestroyNotify          destroy)
{
  return _sitrep_progress_relay_new (G_CALLBACK (callback), callback_data, destroy, deliver_done_total);
}

void
_sitrep_progress_relay_send_done_total (guint    done,
                                        guint    total,
                                        gpointer relay)
{
  const guint64 values[] = { done, total };

  _sitrep_progress_relay_send (relay, values, G_N_ELEMENTS (values));
}

void
_sitrep_progress_relay_send (SitrepProgressRelay *relay,
                             const guint64       *values,
                             guint                n_values)
{
  _sitrep_progress_relay_send_text (relay, values, n_values, NULL);
}

void
_sitrep_progress_relay_send_text (SitrepProgressRelay *relay,
                                  const guint64       *values,
                                  guint                n_values,
                                  const char          *text)
{
  GSource *source;
  Figures *figures;

  g_return_if_fail (relay != NULL);
  g_return_if_fail (n_values <= SITREP_PROGRESS_MAX_VALUES);

  if (relay->callback == NULL)
    return;
  figures = g_new0 (Figures, 1);
  figures->relay = _sitrep_progress_relay_ref (relay);
  memcpy (figures->values, values, n_values * sizeof (guint64));
  figures->text = g_strdup (text);
  /* Queued, never invoked: g_main_context_invoke () would run the callback
   * right here, on the worker, whenever no thread owns the context at that
   * moment, and the callers' callbacks touch their widgets. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_figures, figures, figures_free);
  g_source_set_static_name (source, "[sitrep] progress");
  g_source_attach (source, relay->context);
  g_source_unref (source);
}

static gboolean
release_callback_data (gpointer data)
{
  SitrepProgressRelay *relay = data;

  relay->destroy (relay->callback_data);
  relay->destroy = NULL;
  return G_SOURCE_REMOVE;
}

static void
relay_free (gpointer data)
{
  SitrepProgressRelay *relay = data;

  g_main_context_unref (relay->context);
  g_free (relay);
}

SitrepProgressRelay *
_sitrep_progress_relay_ref (SitrepProgressRelay *relay)
{
  g_return_val_if_fail (relay != NULL, NULL);

  g_atomic_ref_count_inc (&relay->ref_count);
  return relay;
}

void
_sitrep_progress_relay_unref (SitrepProgressRelay *relay)
{
  g_return_if_fail (relay != NULL);

  if (!g_atomic_ref_count_dec (&relay->ref_count))
    return;
  /* The last reference may go with a task finalised on its worker: the
   * caller's data (a widget, often) is then let go on the caller's context,
   * as its progress is. */
  if (relay->destroy != NULL && g_thread_self () != relay->thread)
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, release_callback_data, relay, relay_free);
      g_source_set_static_name (source, "[sitrep] progress done");
      g_source_attach (source, relay->context);
      g_source_unref (source);
      return;
    }
  if (relay->destroy != NULL)
    relay->destroy (relay->callback_data);
  relay_free (relay);
}
