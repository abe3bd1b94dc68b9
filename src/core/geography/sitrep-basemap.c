/* sitrep-basemap.c — the offline base map, drawn with cairo from bundled vector data: tiles and views
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-basemap"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sitrep-basemap.h"
#include "sitrep-basemap-private.h"

/* Natural Earth's 10 m regional layers are clipped to this box. */
#define REGION_WEST 24.5
#define REGION_EAST 49.0
#define REGION_SOUTH 28.5
#define REGION_NORTH 42.5

typedef struct
{
  double r, g, b;
} Rgb;

/* What a tile is painted with, per style. */
typedef struct
{
  Rgb sea, land, land_other, coast, river, border, admin1;
  Rgb text, text_country, text_admin1, halo;
} Palette;

#define RGB(c) { c }

static const Palette light_palette = {
  RGB (SEA), RGB (LAND), RGB (LAND_OTHER), RGB (COAST), RGB (RIVER), RGB (BORDER), RGB (ADMIN1),
  RGB (TEXT_DARK), RGB (TEXT_COUNTRY), RGB (TEXT_ADMIN1), RGB (HALO),
};

/* The same atlas at night, close to libadwaita's dark window colours so the
 * map sits in a dark window without glare: deep blue-grey sea, slate land,
 * Syria a shade lighter, pale lilac borders, light text on a dark halo. */
static const Palette dark_palette = {
  { 0.110, 0.153, 0.200 }, /* sea */
  { 0.235, 0.231, 0.243 }, /* land */
  { 0.188, 0.188, 0.200 }, /* land_other */
  { 0.306, 0.420, 0.502 }, /* coast */
  { 0.263, 0.384, 0.478 }, /* river */
  { 0.690, 0.580, 0.710 }, /* border */
  { 0.541, 0.471, 0.557 }, /* admin1 */
  { 0.906, 0.902, 0.918 }, /* text */
  { 0.812, 0.737, 0.831 }, /* text_country */
  { 0.698, 0.639, 0.710 }, /* text_admin1 */
  { 0.141, 0.141, 0.153 }, /* halo */
};

static const Palette *
palette_for (SitrepBasemapStyle style)
{
  return style == SITREP_BASEMAP_STYLE_DARK ? &dark_palette : &light_palette;
}

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
set_rgba (cairo_t   *cr,
          const Rgb *c,
          double     alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

/* A label placed at one scale: its box in world pixels. */
typedef struct
{
  guint  index;
  double x0, y0, x1, y1;
  double tx, ty;            /* text origin, world pixels */
} Placed;

G_DEFINE_FINAL_TYPE (SitrepBasemap, sitrep_basemap, G_TYPE_OBJECT)

G_DEFINE_QUARK (sitrep-basemap-error-quark, sitrep_basemap_error)

/* ---------------------------------------------------------------- drawing */

typedef struct
{
  cairo_t *cr;
  double   scale;        /* pixels per Mercator unit */
  double   ox, oy;       /* Mercator origin of the drawing */
  double   width, height;
  double   zoom;         /* for styling */
  double   min_step;     /* drop points closer than this, in pixels */
  const Palette *pal;
  /* Visible area in Mercator units, with a margin. */
  double   vx0, vy0, vx1, vy1;
  /* An exported view's boxes (x0, y0, x1, y1 each, in its pixels) that no
   * name may lie on: what is drawn over it (a handout's marks). */
  const double *clear_of;
  guint         n_clear_of;
} View;

static gboolean
feature_visible (const View    *v,
                 const Feature *f)
{
  return f->x1 >= v->vx0 && f->x0 <= v->vx1 && f->y1 >= v->vy0 && f->y0 <= v->vy1;
}

/* Clips a ring against one edge of the view (Sutherland–Hodgman). */
static void
clip_edge (GArray *in,
           GArray *out,
           int     axis,
           double  bound,
           gboolean keep_greater)
{
  guint n = in->len / 2;

  g_array_set_size (out, 0);
  for (guint i = 0; i < n; i++)
    {
      double *a = &g_array_index (in, double, 2 * ((i + n - 1) % n));
      double *b = &g_array_index (in, double, 2 * i);
      gboolean a_in = keep_greater ? a[axis] >= bound : a[axis] <= bound;
      gboolean b_in = keep_greater ? b[axis] >= bound : b[axis] <= bound;

      if (a_in != b_in)
        {
          double t = (bound - a[axis]) / (b[axis] - a[axis]);
          double p[2];
          p[axis] = bound;
          p[1 - axis] = a[1 - axis] + t * (b[1 - axis] - a[1 - axis]);
          g_array_append_vals (out, p, 2);
        }
      if (b_in)
        g_array_append_vals (out, b, 2);
    }
}

static void
path_polygon (const View    *v,
              const Feature *f)
{
  gboolean inside = f->x0 >= v->vx0 && f->x1 <= v->vx1 && f->y0 >= v->vy0 && f->y1 <= v->vy1;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;

  if (!inside)
    {
      a = g_array_new (FALSE, FALSE, sizeof (double));
      b = g_array_new (FALSE, FALSE, sizeof (double));
    }

  for (guint p = 0; p < f->n_parts; p++)
    {
      const double *pts = f->xy + 2 * f->parts[p];
      guint n = f->parts[p + 1] - f->parts[p];
      double lx = -1e9, ly = -1e9;
      gboolean first = TRUE;

      if (n < 3)
        continue;
      if (!inside)
        {
          g_array_set_size (a, 0);
          g_array_append_vals (a, pts, 2 * n);
          clip_edge (a, b, 0, v->vx0, TRUE);
          clip_edge (b, a, 0, v->vx1, FALSE);
          clip_edge (a, b, 1, v->vy0, TRUE);
          clip_edge (b, a, 1, v->vy1, FALSE);
          pts = (double *) a->data;
          n = a->len / 2;
          if (n < 3)
            continue;
        }
      for (guint i = 0; i < n; i++)
        {
          double x = (pts[2 * i] - v->ox) * v->scale;
          double y = (pts[2 * i + 1] - v->oy) * v->scale;

          if (first)
            {
              cairo_move_to (v->cr, x, y);
              first = FALSE;
            }
          else if (fabs (x - lx) + fabs (y - ly) >= v->min_step || i + 1 == n)
            cairo_line_to (v->cr, x, y);
          else
            continue;
          lx = x;
          ly = y;
        }
      cairo_close_path (v->cr);
    }
}

static void
path_lines (const View    *v,
            const Feature *f)
{
  for (guint p = 0; p < f->n_parts; p++)
    {
      const double *pts = f->xy + 2 * f->parts[p];
      guint n = f->parts[p + 1] - f->parts[p];
      gboolean drawing = FALSE;
      double lx = 0, ly = 0;

      for (guint i = 0; i + 1 < n; i++)
        {
          const double *s = pts + 2 * i;
          gboolean seen = MAX (s[0], s[2]) >= v->vx0 && MIN (s[0], s[2]) <= v->vx1 &&
                          MAX (s[1], s[3]) >= v->vy0 && MIN (s[1], s[3]) <= v->vy1;
          double x1 = (s[2] - v->ox) * v->scale;
          double y1 = (s[3] - v->oy) * v->scale;

          if (!seen)
            {
              drawing = FALSE;
              continue;
            }
          if (!drawing)
            {
              lx = (s[0] - v->ox) * v->scale;
              ly = (s[1] - v->oy) * v->scale;
              cairo_move_to (v->cr, lx, ly);
              drawing = TRUE;
            }
          if (fabs (x1 - lx) + fabs (y1 - ly) >= v->min_step || i + 2 == n)
            {
              cairo_line_to (v->cr, x1, y1);
              lx = x1;
              ly = y1;
            }
        }
    }
}

static void
fill_layer (const View  *v,
            const Layer *layer,
            const char  *only_code)
{
  for (guint i = 0; layer->features != NULL && i < layer->features->len; i++)
    {
      Feature *f = layer->features->pdata[i];

      if (only_code != NULL && g_strcmp0 (f->code, only_code) != 0)
        continue;
      if (feature_visible (v, f))
        path_polygon (v, f);
    }
  cairo_fill (v->cr);
}

static void
stroke_layer (const View  *v,
              const Layer *layer,
              double       min_zoom_offset)
{
  for (guint i = 0; layer->features != NULL && i < layer->features->len; i++)
    {
      Feature *f = layer->features->pdata[i];

      if (f->min_zoom > v->zoom + min_zoom_offset)
        continue;
      if (feature_visible (v, f))
        path_lines (v, f);
    }
  cairo_stroke (v->cr);
}

static void
stroke_polygons (const View  *v,
                 const Layer *layer)
{
  for (guint i = 0; layer->features != NULL && i < layer->features->len; i++)
    {
      Feature *f = layer->features->pdata[i];

      if (feature_visible (v, f))
        path_lines (v, f);
    }
  cairo_stroke (v->cr);
}

/* Clips to the inside (or the outside) of the region Natural Earth's 10 m layers cover. */
static void
clip_region (const View *v,
             gboolean    inside)
{
  double x0 = (sitrep_mercator_x (REGION_WEST) - v->ox) * v->scale;
  double x1 = (sitrep_mercator_x (REGION_EAST) - v->ox) * v->scale;
  double y0 = (sitrep_mercator_y (REGION_NORTH) - v->oy) * v->scale;
  double y1 = (sitrep_mercator_y (REGION_SOUTH) - v->oy) * v->scale;

  if (!inside)
    {
      cairo_set_fill_rule (v->cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_rectangle (v->cr, -10, -10, v->width + 20, v->height + 20);
    }
  cairo_rectangle (v->cr, x0, y0, x1 - x0, y1 - y0);
  cairo_clip (v->cr);
  cairo_set_fill_rule (v->cr, CAIRO_FILL_RULE_WINDING);
}

static double
zoom_lerp (double zoom,
           double z0,
           double w0,
           double z1,
           double w1)
{
  double t = CLAMP ((zoom - z0) / (z1 - z0), 0.0, 1.0);

  return w0 + t * (w1 - w0);
}

/* ---------------------------------------------------------------- labels */

static void
label_font (cairo_t   *cr,
            LabelKind  kind,
            double     zoom)
{
  switch (kind)
    {
    case LABEL_COUNTRY:
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, zoom_lerp (zoom, 3, 10, 7, 15));
      break;
    case LABEL_ADMIN1:
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_ITALIC, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, zoom_lerp (zoom, 6, 11, 9, 13));
      break;
    case LABEL_CAPITAL:
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, zoom_lerp (zoom, 4, 11, 9, 14));
      break;
    case LABEL_CITY:
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, zoom_lerp (zoom, 5, 11, 9, 13));
      break;
    case LABEL_TOWN:
    default:
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 11);
      break;
    }
}

static gboolean
label_has_dot (LabelKind kind)
{
  return kind == LABEL_CAPITAL || kind == LABEL_CITY || kind == LABEL_TOWN;
}

static double
country_spacing (double zoom)
{
  return zoom_lerp (zoom, 3, 1.0, 7, 3.0);
}

static double
text_width (cairo_t    *cr,
            const Label *label,
            double      zoom)
{
  cairo_text_extents_t ext;

  cairo_text_extents (cr, label->text, &ext);
  if (label->kind == LABEL_COUNTRY)
    return ext.x_advance + country_spacing (zoom) * (g_utf8_strlen (label->text, -1) - 1);
  return ext.x_advance;
}

static gboolean
boxes_overlap (const Placed *a,
               const Placed *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GArray *labels = user_data;
  const Label *la = &g_array_index (labels, Label, *(const guint *) a);
  const Label *lb = &g_array_index (labels, Label, *(const guint *) b);

  if (la->kind != lb->kind && (la->kind == LABEL_COUNTRY || lb->kind == LABEL_COUNTRY))
    return la->kind == LABEL_COUNTRY ? -1 : 1;
  if (la->priority != lb->priority)
    return la->priority > lb->priority ? -1 : 1;
  return 0;
}

/* Whether a label's box would be hidden in part: under one of the
 * @n_keep_out boxes (x0, y0, x1, y1 each: an exported view's credit lines)
 * or across the edge of @inside (the exported view), in world pixels. */
static gboolean
label_hidden (const Placed *p,
              const double *keep_out,
              guint         n_keep_out,
              const double *inside)
{
  for (guint i = 0; i < n_keep_out; i++)
    {
      const double *b = keep_out + 4 * i;

      if (p->x0 < b[2] && b[0] < p->x1 && p->y0 < b[3] && b[1] < p->y1)
        return TRUE;
    }
  return inside != NULL && (p->x0 < inside[0] || p->y0 < inside[1] || p->x1 > inside[2] || p->y1 > inside[3]);
}

/* Decides which labels show at one scale, for the whole world at once so
 * that neighbouring tiles agree on every label that crosses their edge.
 * An exported view passes the boxes its credits cover and its own edges
 * (@inside, may be NULL): a name there goes to the left of its dot, or is
 * left out, rather than half-covered or cut ("As Sa…" under the credit). */
static GArray *
place_labels (SitrepBasemap *self,
              double         zoom,
              double         scale,
              const double  *keep_out,
              guint          n_keep_out,
              const double  *inside)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (scratch);

  for (guint i = 0; i < self->labels->len; i++)
    {
      Label *l = &g_array_index (self->labels, Label, i);
      if (zoom >= l->min_zoom && zoom <= l->max_zoom)
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_priority, self->labels);

  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      Label *l = &g_array_index (self->labels, Label, i);
      double px = l->x * scale, py = l->y * scale;
      double w, h;
      Placed p = { i };
      gboolean free_spot = TRUE;

      label_font (cr, l->kind, zoom);
      w = text_width (cr, l, zoom);
      h = l->kind == LABEL_COUNTRY ? zoom_lerp (zoom, 3, 10, 7, 15) : 12;
      if (label_has_dot (l->kind))
        {
          /* Name to the right of the dot. */
          p.tx = px + 6;
          p.ty = py + h * 0.35;
          p.x0 = px - 4;
          p.x1 = p.tx + w + 2;
        }
      else
        {
          p.tx = px - w / 2;
          p.ty = py + h * 0.35;
          p.x0 = p.tx - 2;
          p.x1 = p.tx + w + 2;
        }
      p.y0 = py - h * 0.75;
      p.y1 = py + h * 0.6;
      if (label_hidden (&p, keep_out, n_keep_out, inside))
        {
          if (!label_has_dot (l->kind))
            continue;
          /* Name to the left of the dot. */
          p.tx = px - 6 - w;
          p.x0 = p.tx - 2;
          p.x1 = px + 4;
          if (label_hidden (&p, keep_out, n_keep_out, inside))
            continue;
        }

      for (guint j = 0; j < placed->len && free_spot; j++)
        free_spot = !boxes_overlap (&p, &g_array_index (placed, Placed, j));
      if (free_spot)
        g_array_append_val (placed, p);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return placed;
}

static GArray *
get_placement (SitrepBasemap *self,
               guint          zoom)
{
  GArray *placed;

  g_mutex_lock (&self->placement_lock);
  if (self->placements[zoom] == NULL)
    self->placements[zoom] = place_labels (self, zoom, SITREP_BASEMAP_TILE_SIZE * (double) (1u << zoom),
                                           NULL, 0, NULL);
  placed = self->placements[zoom];
  g_mutex_unlock (&self->placement_lock);
  return placed;
}

static void
draw_spaced_text (cairo_t    *cr,
                  const char *text,
                  double      spacing)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), buf);
      cairo_text_path (cr, buf);
      cairo_rel_move_to (cr, spacing, 0);
    }
}

static void
draw_labels (SitrepBasemap *self,
             const View    *v,
             GArray        *placed)
{
  cairo_t *cr = v->cr;
  double wx0 = v->ox * v->scale, wy0 = v->oy * v->scale;

  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      Label *l = &g_array_index (self->labels, Label, p->index);
      double tx = p->tx - wx0, ty = p->ty - wy0;

      if (p->x1 - wx0 < 0 || p->x0 - wx0 > v->width || p->y1 - wy0 < 0 || p->y0 - wy0 > v->height)
        continue;

      label_font (cr, l->kind, v->zoom);
      if (label_has_dot (l->kind))
        {
          double dx = l->x * v->scale - wx0, dy = l->y * v->scale - wy0;
          double r = l->kind == LABEL_CAPITAL ? 3.5 : l->kind == LABEL_CITY ? 2.8 : 2.2;

          cairo_arc (cr, dx, dy, r + 1, 0, 2 * G_PI);
          set_rgb (cr, &v->pal->halo);
          cairo_fill (cr);
          cairo_arc (cr, dx, dy, r, 0, 2 * G_PI);
          set_rgb (cr, &v->pal->text);
          cairo_fill (cr);
          if (l->kind == LABEL_CAPITAL)
            {
              cairo_arc (cr, dx, dy, r - 1.6, 0, 2 * G_PI);
              set_rgb (cr, &v->pal->halo);
              cairo_fill (cr);
            }
        }

      cairo_new_path (cr);
      cairo_move_to (cr, tx, ty);
      if (l->kind == LABEL_COUNTRY)
        draw_spaced_text (cr, l->text, country_spacing (v->zoom));
      else
        cairo_text_path (cr, l->text);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, 3.0);
      set_rgba (cr, &v->pal->halo, 0.9);
      cairo_stroke_preserve (cr);
      switch (l->kind)
        {
        case LABEL_COUNTRY:
          set_rgb (cr, &v->pal->text_country);
          break;
        case LABEL_ADMIN1:
          set_rgb (cr, &v->pal->text_admin1);
          break;
        default:
          set_rgb (cr, &v->pal->text);
          break;
        }
      cairo_fill (cr);
    }
}

/* ---------------------------------------------------------------- render */

static void
render (SitrepBasemap *self,
        View          *v,
        GArray        *placed)
{
  cairo_t *cr = v->cr;
  double margin = 8 / v->scale;
  double z = v->zoom;

  v->vx0 = v->ox - margin;
  v->vy0 = v->oy - margin;
  v->vx1 = v->ox + v->width / v->scale + margin;
  v->vy1 = v->oy + v->height / v->scale + margin;
  v->min_step = 0.4;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, v->width, v->height);
  cairo_clip (cr);
  set_rgb (cr, &v->pal->sea);
  cairo_paint (cr);

  /* Land, with the countries around Syria a shade darker so it stands out. */
  set_rgb (cr, &v->pal->land_other);
  fill_layer (v, &self->layers[z < 4 ? LAYER_LAND_110 : LAYER_LAND_50], NULL);
  if (z >= 3)
    {
      set_rgb (cr, &v->pal->land);
      fill_layer (v, &self->layers[LAYER_COUNTRIES], "SY");
    }

  /* Lakes. */
  if (z >= 5)
    {
      set_rgb (cr, &v->pal->sea);
      fill_layer (v, &self->layers[LAYER_LAKES], NULL);
      set_rgb (cr, &v->pal->coast);
      cairo_set_line_width (cr, 0.6);
      stroke_polygons (v, &self->layers[LAYER_LAKES]);
    }

  /* Rivers, wider as the map zooms in. */
  if (z >= 4)
    {
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      set_rgb (cr, &v->pal->river);
      cairo_set_line_width (cr, zoom_lerp (z, 4, 0.7, 10, 2.4));
      stroke_layer (v, &self->layers[LAYER_RIVERS], 1.5);
    }

  /* Coastline: the land polygon's own edge, so coast and land agree. */
  set_rgb (cr, &v->pal->coast);
  cairo_set_line_width (cr, zoom_lerp (z, 3, 0.5, 9, 1.0));
  stroke_polygons (v, &self->layers[z < 4 ? LAYER_LAND_110 : LAYER_LAND_50]);

  /* Governorates. */
  if (z >= 6)
    {
      static const double dash[] = { 4.0, 2.5 };

      set_rgb (cr, &v->pal->admin1);
      cairo_set_line_width (cr, zoom_lerp (z, 6, 0.7, 10, 1.3));
      cairo_set_dash (cr, dash, 2, 0);
      stroke_polygons (v, &self->layers[LAYER_ADMIN1]);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* Country borders: a soft wide band under a crisp line, as in print atlases. */
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 0)
        {
          set_rgba (cr, &v->pal->border, 0.18);
          cairo_set_line_width (cr, zoom_lerp (z, 3, 2.5, 9, 6.0));
        }
      else
        {
          set_rgb (cr, &v->pal->border);
          cairo_set_line_width (cr, zoom_lerp (z, 2, 0.6, 9, 1.4));
        }
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      if (z < 4)
        stroke_polygons (v, &self->layers[LAYER_BORDERS_110]);
      else
        {
          cairo_save (cr);
          clip_region (v, FALSE);
          stroke_polygons (v, &self->layers[LAYER_BORDERS_50]);
          cairo_restore (cr);
          cairo_save (cr);
          clip_region (v, TRUE);
          stroke_polygons (v, &self->layers[LAYER_BORDERS_10]);
          cairo_restore (cr);
        }
    }

  if (placed != NULL)
    draw_labels (self, v, placed);

  cairo_restore (cr);
}

/* ---------------------------------------------------------------- object */

static void
sitrep_basemap_finalize (GObject *object)
{
  SitrepBasemap *self = SITREP_BASEMAP (object);

  for (guint i = 0; i < N_LAYERS; i++)
    g_clear_pointer (&self->layers[i].features, g_ptr_array_unref);
  for (guint i = 0; i <= SITREP_BASEMAP_MAX_ZOOM; i++)
    g_clear_pointer (&self->placements[i], g_array_unref);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->problems, g_free);
  g_mutex_clear (&self->placement_lock);

  G_OBJECT_CLASS (sitrep_basemap_parent_class)->finalize (object);
}

static void
sitrep_basemap_class_init (SitrepBasemapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sitrep_basemap_finalize;
}

static void
sitrep_basemap_init (SitrepBasemap *self)
{
  g_mutex_init (&self->placement_lock);
  self->labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_array_set_clear_func (self->labels, (GDestroyNotify) _sitrep_basemap_label_clear);
}

/* ---------------------------------------------------------------- public API */

const char *
sitrep_basemap_get_problems (SitrepBasemap *self)
{
  g_return_val_if_fail (SITREP_IS_BASEMAP (self), NULL);

  return self->problems;
}

void
sitrep_basemap_render_tile_styled (SitrepBasemap      *self,
                                   cairo_t            *cr,
                                   guint               zoom,
                                   guint               x,
                                   guint               y,
                                   guint               tile_size,
                                   SitrepBasemapStyle  style)
{
  View v = { 0 };
  guint n;

  g_return_if_fail (SITREP_IS_BASEMAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (tile_size > 0);

  v.pal = palette_for (style);
  zoom = MIN (zoom, SITREP_BASEMAP_MAX_ZOOM);
  n = 1u << zoom;
  if (x >= n || y >= n)
    {
      set_rgb (cr, &v.pal->sea);
      cairo_paint (cr);
      return;
    }

  cairo_save (cr);
  cairo_scale (cr, tile_size / (double) SITREP_BASEMAP_TILE_SIZE,
               tile_size / (double) SITREP_BASEMAP_TILE_SIZE);
  v.cr = cr;
  v.zoom = zoom;
  v.scale = SITREP_BASEMAP_TILE_SIZE * (double) n;
  v.ox = x / (double) n;
  v.oy = y / (double) n;
  v.width = v.height = SITREP_BASEMAP_TILE_SIZE;
  render (self, &v, get_placement (self, zoom));
  cairo_restore (cr);
}

/* An exported view fitting the box, its shape kept, centred; its placed
 * labels, clear of its credits (@credit: the events' line, may be NULL)
 * and inside its edges. */
static GArray *
fit_view (SitrepBasemap *self,
          View          *v,
          double         west,
          double         south,
          double         east,
          double         north,
          int            width,
          int            height,
          const char    *credit,
          double        *metres_per_pixel)
{
  g_autofree double *keep_out = g_new (double, 8 + 4 * v->n_clear_of);
  double inside[4];
  guint n_keep_out;
  double mx0 = sitrep_mercator_x (west);
  double mx1 = sitrep_mercator_x (east);
  double my0 = sitrep_mercator_y (north);
  double my1 = sitrep_mercator_y (south);
  double scale = MIN (width / (mx1 - mx0), height / (my1 - my0));
  double zoom = CLAMP (log2 (scale / SITREP_BASEMAP_TILE_SIZE), 0, SITREP_BASEMAP_MAX_ZOOM);
  double lat = sitrep_mercator_lat ((my0 + my1) / 2);

  v->scale = scale;
  v->zoom = zoom;
  v->width = width;
  v->height = height;
  v->ox = (mx0 + mx1) / 2 - width / scale / 2;
  v->oy = (my0 + my1) / 2 - height / scale / 2;
  *metres_per_pixel = cos (lat * G_PI / 180) * 2 * G_PI * 6378137.0 / scale;

  n_keep_out = _sitrep_basemap_credit_boxes (width, height, credit, keep_out);
  if (v->n_clear_of > 0)
    memcpy (keep_out + 4 * n_keep_out, v->clear_of, 4 * v->n_clear_of * sizeof (double));
  n_keep_out += v->n_clear_of;
  for (guint i = 0; i < n_keep_out * 4; i++)
    keep_out[i] += (i % 2 == 0 ? v->ox : v->oy) * scale;
  inside[0] = v->ox * scale;
  inside[1] = v->oy * scale;
  inside[2] = inside[0] + width;
  inside[3] = inside[1] + height;
  return place_labels (self, floor (zoom + 0.25), scale, keep_out, n_keep_out, inside);
}

/* Where the scale bar goes in the view, clear of its placed names
 * (_sitrep_basemap_place_scale_bar); returns the area of names it covers. */
static double
place_scale_bar (const View *v,
                 GArray     *placed,
                 double      bar_width,
                 guint       n_credit_lines,
                 double     *x,
                 double     *y)
{
  double wx0 = v->ox * v->scale, wy0 = v->oy * v->scale;
  g_autoptr(GArray) boxes = g_array_sized_new (FALSE, FALSE, sizeof (double), placed->len * 4);

  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);
      double box[4] = { p->x0 - wx0, p->y0 - wy0, p->x1 - wx0, p->y1 - wy0 };

      g_array_append_vals (boxes, box, 4);
    }
  return _sitrep_basemap_place_scale_bar ((const double *) boxes->data, placed->len, v->width, v->height,
                                          bar_width, n_credit_lines, x, y);
}

double
_sitrep_basemap_scale_bar_covers (SitrepBasemap *self,
                                  double         west,
                                  double         south,
                                  double         east,
                                  double         north,
                                  int            width,
                                  int            height)
{
  View v = { .pal = &light_palette };
  double metres_per_pixel, x = 0, y = 0;
  g_autoptr(GArray) placed = fit_view (self, &v, west, south, east, north, width, height, NULL,
                                       &metres_per_pixel);

  return place_scale_bar (&v, placed, _sitrep_basemap_scale_bar_width (metres_per_pixel), 1, &x, &y);
}

GArray *
sitrep_basemap_view_label_boxes (SitrepBasemap *self,
                                 double         west,
                                 double         south,
                                 double         east,
                                 double         north,
                                 int            width,
                                 int            height,
                                 const char    *credit)
{
  View v = { .pal = &light_palette };
  double metres_per_pixel;
  g_autoptr(GArray) placed = NULL;
  GArray *boxes;

  g_return_val_if_fail (SITREP_IS_BASEMAP (self), NULL);
  placed = fit_view (self, &v, west, south, east, north, width, height, credit, &metres_per_pixel);
  boxes = g_array_sized_new (FALSE, FALSE, sizeof (double), placed->len * 4);
  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);
      double box[4] = { p->x0 - v.ox * v.scale, p->y0 - v.oy * v.scale,
                        p->x1 - v.ox * v.scale, p->y1 - v.oy * v.scale };

      g_array_append_vals (boxes, box, 4);
    }
  return boxes;
}

guint
sitrep_basemap_view_furniture (SitrepBasemap *self,
                               double         west,
                               double         south,
                               double         east,
                               double         north,
                               int            width,
                               int            height,
                               const char    *credit,
                               double         boxes[12])
{
  View v = { .pal = &light_palette };
  double metres_per_pixel, bar_width;
  g_autoptr(GArray) placed = NULL;

  g_return_val_if_fail (SITREP_IS_BASEMAP (self), 0);
  placed = fit_view (self, &v, west, south, east, north, width, height, credit, &metres_per_pixel);
  bar_width = _sitrep_basemap_scale_bar_width (metres_per_pixel);
  place_scale_bar (&v, placed, bar_width, credit != NULL && *credit != '\0' ? 2 : 1, &boxes[0], &boxes[1]);
  boxes[2] = boxes[0] + bar_width;
  boxes[3] = boxes[1] + SITREP_BASEMAP_SCALE_BAR_HEIGHT;
  return 1 + _sitrep_basemap_credit_boxes (width, height, credit, boxes + 4);
}

static void
render_fitted (SitrepBasemap            *self,
               View                     *view,
               cairo_t                  *cr,
               double                    west,
               double                    south,
               double                    east,
               double                    north,
               int                       width,
               int                       height,
               SitrepBasemapOverlayFunc  overlay,
               gpointer                  user_data,
               const char               *credit)
{
  View v = *view;
  double metres_per_pixel, x = 0, y = 0;
  g_autoptr(GArray) placed = NULL;

  g_return_if_fail (SITREP_IS_BASEMAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);
  g_return_if_fail (west < east && south < north);

  v.cr = cr;
  placed = fit_view (self, &v, west, south, east, north, width, height, credit, &metres_per_pixel);
  render (self, &v, placed);

  if (overlay != NULL)
    {
      cairo_save (cr);
      overlay (cr, v.ox, v.oy, v.scale, user_data);
      cairo_restore (cr);
    }

  place_scale_bar (&v, placed, _sitrep_basemap_scale_bar_width (metres_per_pixel),
                   credit != NULL && *credit != '\0' ? 2 : 1, &x, &y);
  _sitrep_basemap_draw_scale_bar (cr, metres_per_pixel, x, y);
  _sitrep_basemap_draw_attribution (cr, width, height, credit);
}

void
sitrep_basemap_render_view_with_overlay (SitrepBasemap            *self,
                                         cairo_t                  *cr,
                                         double                    west,
                                         double                    south,
                                         double                    east,
                                         double                    north,
                                         int                       width,
                                         int                       height,
                                         SitrepBasemapOverlayFunc  overlay,
                                         gpointer                  user_data,
                                         const char               *credit)
{
  View v = { .pal = &light_palette };

  render_fitted (self, &v, cr, west, south, east, north, width, height, overlay, user_data, credit);
}

void
sitrep_basemap_render_view_clear_of (SitrepBasemap *self,
                                     cairo_t       *cr,
                                     double         west,
                                     double         south,
                                     double         east,
                                     double         north,
                                     int            width,
                                     int            height,
                                     const double  *boxes,
                                     guint          n_boxes)
{
  View v = { .pal = &light_palette, .clear_of = boxes, .n_clear_of = n_boxes };

  render_fitted (self, &v, cr, west, south, east, north, width, height, NULL, NULL, NULL);
}
