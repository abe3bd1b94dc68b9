/* sitrep-basemap-export.c — an exported view of the base map written to a PNG, SVG or PDF file
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-basemap"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "sitrep-basemap.h"
#include "sitrep-basemap-private.h"
#include "sitrep-io.h"

void
sitrep_basemap_render_view (SitrepBasemap *self,
                            cairo_t       *cr,
                            double         west,
                            double         south,
                            double         east,
                            double         north,
                            int            width,
                            int            height)
{
  sitrep_basemap_render_view_with_overlay (self, cr, west, south, east, north, width, height,
                                           NULL, NULL, NULL);
}

gboolean
sitrep_basemap_export_view (SitrepBasemap  *self,
                            double          west,
                            double          south,
                            double          east,
                            double          north,
                            int             width,
                            int             height,
                            const char     *path,
                            GError        **error)
{
  return sitrep_basemap_export_view_with_overlay (self, west, south, east, north, width, height,
                                                  path, NULL, NULL, NULL, error);
}

gboolean
sitrep_basemap_export_view_with_overlay (SitrepBasemap            *self,
                                         double                    west,
                                         double                    south,
                                         double                    east,
                                         double                    north,
                                         int                       width,
                                         int                       height,
                                         const char               *path,
                                         SitrepBasemapOverlayFunc  overlay,
                                         gpointer                  user_data,
                                         const char               *credit,
                                         GError                  **error)
{
  g_autofree char *lower = NULL;
  g_autoptr(SitrepAtomicFile) file = NULL;
  g_autoptr(GError) local = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean png;

  g_return_val_if_fail (SITREP_IS_BASEMAP (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(west < east && south < north) || west < -180 || east > 180 || south < -90 || north > 90)
    {
      g_set_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_ARGUMENT,
                   _("The area must be west,south,east,north in degrees, west of east and south of north."));
      return FALSE;
    }
  if (width < 16 || height < 16 || width > 20000 || height > 20000)
    {
      g_set_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_ARGUMENT,
                   _("The size must be between 16 and 20000 pixels each way."));
      return FALSE;
    }

  lower = g_ascii_strdown (path, -1);
  png = g_str_has_suffix (lower, ".png");
  if (!png && !g_str_has_suffix (lower, ".svg") && !g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_ARGUMENT,
                   _("Name the file .png, .svg or .pdf to choose its format."));
      return FALSE;
    }
  /* A new file beside the target, renamed over it when complete. */
  file = sitrep_atomic_file_new (path, &local);
  if (file == NULL)
    {
      g_set_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_WRITE, "%s", local->message);
      return FALSE;
    }
  if (png)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  else if (g_str_has_suffix (lower, ".svg"))
    surface = cairo_svg_surface_create_for_stream (sitrep_atomic_file_cairo_write, file, width, height);
  else
    surface = cairo_pdf_surface_create_for_stream (sitrep_atomic_file_cairo_write, file, width, height);

  cr = cairo_create (surface);
  sitrep_basemap_render_view_with_overlay (self, cr, west, south, east, north, width, height,
                                           overlay, user_data, credit);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && png)
    status = cairo_surface_write_to_png_stream (surface, sitrep_atomic_file_cairo_write, file);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if ((status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR) ||
      !sitrep_atomic_file_commit (g_steal_pointer (&file), &local))
    {
      if (local != NULL)  /* a full disk, said in words */
        g_set_error_literal (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_WRITE, local->message);
      else
        g_set_error (error, SITREP_BASEMAP_ERROR, SITREP_BASEMAP_ERROR_WRITE,
                     _("Could not write the map to “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
