/* sitrep-story-map-marks.c — where a handout's map puts its marks: the window's geometry, the steps' numbers
 * in one place, what a number's box would cover
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-story"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sitrep-basemap.h"
#include "sitrep-story-card-private.h"

/* Points of a map closer than this share one label. */
#define SAME_SPOT 6.0

/* The numbers of the steps drawn at (@xs[@i], @ys[@i]) and not labelled
 * yet ("5, 8": two steps in one place showed only the last one's number,
 * drawn over the other's), marking them labelled; NULL when step @i was
 * labelled with an earlier one. @shown says which steps are on the map. */
char *
_sitrep_story_numbers_at (const double   *xs,
                          const double   *ys,
                          const gboolean *shown,
                          gboolean       *labelled,
                          guint           n,
                          guint           i)
{
  GString *numbers;

  if (labelled[i])
    return NULL;
  numbers = g_string_new (NULL);
  g_string_append_printf (numbers, "%u", i + 1);
  labelled[i] = TRUE;
  for (guint k = i + 1; k < n; k++)
    if (shown[k] && !labelled[k] && fabs (xs[k] - xs[i]) < SAME_SPOT && fabs (ys[k] - ys[i]) < SAME_SPOT)
      {
        /* TRANSLATORS: between the numbers of steps in one place on a handout's map: "5, 8" */
        g_string_append_printf (numbers, _(", %u"), k + 1);
        labelled[k] = TRUE;
      }
  return g_string_free (numbers, FALSE);
}

/* A Mercator window of @w × @h points; (cx, cy) its centre, @mw its width in
 * world units. Returns the point of (@lat, @lon) in it. */
void
_sitrep_story_to_view (double  cx,
                       double  cy,
                       double  mw,
                       double  w,
                       double  h,
                       double  lat,
                       double  lon,
                       double *x,
                       double *y)
{
  double mh = mw * h / w;

  *x = (sitrep_mercator_x (lon) - (cx - mw / 2)) * w / mw;
  *y = (sitrep_mercator_y (lat) - (cy - mh / 2)) * h / mh;
}

/* The bounds of the window, in degrees: west, south, east, north. */
void
_sitrep_story_window_bounds (double  cx,
                             double  cy,
                             double  mw,
                             double  w,
                             double  h,
                             double *b)
{
  double mh = mw * h / w;

  b[0] = CLAMP (sitrep_mercator_lon (cx - mw / 2), -180, 180);
  b[1] = sitrep_mercator_lat (cy + mh / 2);
  b[2] = CLAMP (sitrep_mercator_lon (cx + mw / 2), -180, 180);
  b[3] = sitrep_mercator_lat (cy - mh / 2);
}

static _Thread_local double numbers_over_names;

double
_sitrep_story_numbers_over_names (void)
{
  double area = numbers_over_names;

  numbers_over_names = 0;
  return area;
}

/* The area two boxes (x0, y0, x1, y1 each) share. */
static double
overlap (const double *a,
         const double *b)
{
  double w = MIN (a[2], b[2]) - MAX (a[0], b[0]);
  double h = MIN (a[3], b[3]) - MAX (a[1], b[1]);

  return w > 0 && h > 0 ? w * h : 0;
}

/* What a number's box at @box would cover: the map's place names
 * (@names), what is drawn there already (@taken: markers, numbers), and
 * what lies off the map (@w × @h), the last counted heavily. */
double
_sitrep_story_cover (const double *box,
                     GArray       *names,
                     GArray       *taken,
                     double        w,
                     double        h)
{
  double inside[4] = { 0, 0, w, h };
  double area = ((box[2] - box[0]) * (box[3] - box[1]) - overlap (box, inside)) * 10;

  for (guint i = 0; names != NULL && i < names->len / 4; i++)
    area += overlap (box, &g_array_index (names, double, 4 * i));
  for (guint i = 0; i < taken->len / 4; i++)
    area += overlap (box, &g_array_index (taken, double, 4 * i));
  return area;
}

void
_sitrep_story_count_over_names (const double *box,
                                GArray       *names)
{
  for (guint k = 0; names != NULL && k < names->len / 4; k++)
    numbers_over_names += overlap (box, &g_array_index (names, double, 4 * k));
}
