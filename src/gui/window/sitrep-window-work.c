/* sitrep-window-work.c — the window's work: cancellables that stop with the window
 *
 * The window cancels its own cancellable when it is closed (unrealized);
 * each piece of work it starts that may also be cancelled on its own (an
 * import under the progress bar, a feed check, a story export …) gets a
 * cancellable of its own from sitrep_window_new_cancellable (), cancelled
 * with the window's.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include "sitrep-window-private.h"

/* A cancellable of sitrep_window_new_cancellable (), as the window's
 * cancellable's handler knows it. */
typedef struct
{
  GWeakRef ref;
  gulong   handler;
} ChildCancel;

static void
child_cancel_free (gpointer data)
{
  ChildCancel *child = data;

  g_weak_ref_clear (&child->ref);
  g_free (child);
}

static void
cancel_child (GCancellable *cancellable,
              gpointer      data)
{
  g_autoptr(GCancellable) child = g_weak_ref_get (&((ChildCancel *) data)->ref);

  if (child != NULL)
    g_cancellable_cancel (child);
}

GCancellable *
sitrep_window_new_cancellable (SitrepWindow *self)
{
  GCancellable *cancellable = g_cancellable_new ();
  ChildCancel *child;

  g_return_val_if_fail (SITREP_IS_WINDOW (self), cancellable);

  /* the window is going: so is its work */
  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    {
      g_cancellable_cancel (cancellable);
      return cancellable;
    }
  if (self->child_cancels == NULL)
    self->child_cancels = g_ptr_array_new ();
  /* those of work that ended are let go as new ones come */
  for (guint i = self->child_cancels->len; i-- > 0;)
    {
      ChildCancel *done = g_ptr_array_index (self->child_cancels, i);
      g_autoptr(GCancellable) alive = g_weak_ref_get (&done->ref);

      if (alive == NULL)
        {
          g_ptr_array_remove_index_fast (self->child_cancels, i);
          g_cancellable_disconnect (self->cancellable, done->handler);
        }
    }
  child = g_new0 (ChildCancel, 1);
  g_weak_ref_init (&child->ref, cancellable);
  child->handler = g_cancellable_connect (self->cancellable, G_CALLBACK (cancel_child), child, child_cancel_free);
  g_ptr_array_add (self->child_cancels, child);
  return cancellable;
}
