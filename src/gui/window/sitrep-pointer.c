/* sitrep-pointer.c — where the pointer is now, asked of the display
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-pointer.h"

gboolean
sitrep_pointer_is_over (GtkWidget *widget)
{
  GtkNative *native;
  GdkSeat *seat;
  GdkDevice *pointer;
  graphene_point_t p;
  double x, y, nx, ny;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  native = gtk_widget_get_native (widget);
  seat = gdk_display_get_default_seat (gtk_widget_get_display (widget));
  pointer = seat != NULL ? gdk_seat_get_pointer (seat) : NULL;
  if (native == NULL || pointer == NULL || !gtk_widget_get_mapped (widget) ||
      !gdk_surface_get_device_position (gtk_native_get_surface (native), pointer, &x, &y, NULL))
    return FALSE;
  gtk_native_get_surface_transform (native, &nx, &ny);
  return gtk_widget_compute_point (GTK_WIDGET (native), widget, &GRAPHENE_POINT_INIT (x - nx, y - ny), &p) &&
         gtk_widget_contains (widget, p.x, p.y);
}
