/* sitrep-spare-array.h — one array kept per thread for its next use
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The thread's spare array in @spare (a GPrivate whose notify unrefs it),
 * taken from it; or a new one of @element_size elements cleared by @clear
 * (with room for @reserved). A parser that runs once per candidate keeps one
 * array and its room instead of making one each time. */
static inline GArray *
sitrep_spare_array_take (GPrivate      *spare,
                         guint          element_size,
                         GDestroyNotify clear,
                         guint          reserved)
{
  GArray *array = g_private_get (spare);

  if (array != NULL)
    {
      g_private_set (spare, NULL);
      return array;
    }
  array = g_array_sized_new (FALSE, TRUE, element_size, reserved);
  g_array_set_clear_func (array, clear);
  return array;
}

/* Gives @array back: emptied (each element cleared, as the array's unref
 * would) and kept in @spare for the thread's next take, or freed when the
 * thread already keeps one. */
static inline void
sitrep_spare_array_release (GPrivate *spare,
                            GArray   *array)
{
  if (array == NULL)
    return;
  g_array_set_size (array, 0);
  if (g_private_get (spare) == NULL)
    g_private_set (spare, array);
  else
    g_array_unref (array);
}

G_END_DECLS
