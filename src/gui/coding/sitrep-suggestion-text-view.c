/* sitrep-suggestion-text-view.c — the reader's text view, drawing the suggestions in view with a dashed outline
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Suggestions are not text tags: tagging a long article's thousands made the
 * text view lay out every tagged paragraph again (a second and more for a
 * 1 MB report), and clearing them did it once more. They are drawn under
 * the text at each frame instead, only those in view, from the review's
 * model — so a new Suggest, an accept or a reject never touches the
 * layout, and a long article costs what its visible part costs. */

#define G_LOG_DOMAIN "sitrep-reader"

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "sitrep-suggestion-model.h"
#include "sitrep-suggestion-text-view.h"
#include "sitrep-suggestion-text-view-private.h"

/* A suggestion split over more display lines than this is drawn in part. */
#define MAX_LINES_PER_SPAN 64
/* No screen shows more suggestions than this at once. While a long text
 * is still being laid out (in the background, after it is shown) the
 * lines not measured yet take no height, so the view may seem to show all
 * of it for a frame: drawing a 1 MB article's 18,000 would stall it. */
#define MAX_DRAWN 1000

typedef struct
{
  guint start;
  guint end;
} Drawn;

struct _SitrepSuggestionTextView
{
  GtkTextView    parent_instance;

  /* owned references */
  SitrepSuggestionModel *model;
  GtkWidget     *header;        /* a child of the view, in its top margin */
  GtkAdjustment *vadjustment;   /* of the scroller the view sits in */
  GArray        *drawn;         /* Drawn: what the last frame drew */

  /* state */
  GdkRGBA        colors[SITREP_SUGGEST_N_KINDS];
  guint          current_start;
  guint          current_end;
};

static void sitrep_suggestion_text_view_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SitrepSuggestionTextView, sitrep_suggestion_text_view, GTK_TYPE_TEXT_VIEW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      sitrep_suggestion_text_view_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

/* The part of the buffer in view, in buffer coordinates: the view may be
 * as tall as its text inside an outer scroller, so what that scroller shows
 * of it. FALSE when nothing is in view. */
static gboolean
visible_area (SitrepSuggestionTextView *self,
              GdkRectangle             *area)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GdkRectangle rect;
  double x, top = 0, bottom;
  int bx, top_y, bottom_y;

  gtk_text_view_get_visible_rect (view, &rect);
  if (rect.height <= 0 || rect.width <= 0)
    return FALSE;
  bottom = gtk_widget_get_height (GTK_WIDGET (self));
  if (scroller != NULL && gtk_widget_get_height (scroller) > 0 &&
      gtk_widget_translate_coordinates (scroller, GTK_WIDGET (self), 0, 0, &x, &top) &&
      gtk_widget_translate_coordinates (scroller, GTK_WIDGET (self), 0, gtk_widget_get_height (scroller),
                                        &x, &bottom))
    {
      top = MAX (top, 0);
      bottom = MIN (bottom, gtk_widget_get_height (GTK_WIDGET (self)));
      if (bottom <= top)
        return FALSE;
    }
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, (int) top, &bx, &top_y);
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, (int) bottom, &bx, &bottom_y);
  area->x = rect.x;
  area->width = rect.width;
  area->y = MAX (top_y, rect.y);
  area->height = MIN (bottom_y, rect.y + rect.height) - area->y;
  return area->height > 0;
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h)
{
  double r = MIN (3.0, MIN (w, h) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The leftmost and rightmost x of a character's box (a right-to-left one
 * has a negative width). */
static void
widen (const GdkRectangle *r,
       double             *x0,
       double             *x1)
{
  *x0 = MIN (*x0, MIN (r->x, r->x + r->width));
  *x1 = MAX (*x1, MAX (r->x, r->x + r->width));
}

/* One box per display line the span covers, around its first and last
 * characters and the edge where it ends: right to left text gives locations
 * in either order, and a number in an Arabic line ("٣٥") starts where the
 * letter after it ends. */
static void
add_span (SitrepSuggestionTextView *self,
          cairo_t                  *cr,
          const GtkTextIter        *start,
          const GtkTextIter        *end)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter iter = *start;

  for (guint n = 0; n < MAX_LINES_PER_SPAN && gtk_text_iter_compare (&iter, end) < 0; n++)
    {
      GtkTextIter line_end = iter, seg_end, last;
      GdkRectangle a, b, c;
      double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;

      gtk_text_view_forward_display_line_end (view, &line_end);
      seg_end = gtk_text_iter_compare (&line_end, end) < 0 ? line_end : *end;
      last = seg_end;
      if (gtk_text_iter_compare (&last, &iter) > 0)
        gtk_text_iter_backward_char (&last);
      gtk_text_view_get_iter_location (view, &iter, &a);
      gtk_text_view_get_iter_location (view, &last, &c);
      gtk_text_view_get_iter_location (view, &seg_end, &b);
      widen (&a, &x0, &x1);
      if (c.y == a.y)
        widen (&c, &x0, &x1);
      /* Unless the end is at the start of the next display line. */
      if (b.y == a.y)
        {
          x0 = MIN (x0, b.x);
          x1 = MAX (x1, b.x);
        }
      if (x1 - x0 >= 1)
        rounded_rect (cr, x0 - 1.5, a.y + 0.5, x1 - x0 + 3, a.height - 1);
      if (gtk_text_iter_equal (&seg_end, end) ||
          !gtk_text_view_forward_display_line (view, &line_end) ||
          gtk_text_iter_compare (&line_end, &iter) <= 0)
        break;
      iter = line_end;
    }
}

static double
channel_luminance (double v)
{
  return v <= 0.04045 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
}

static double
luminance (double r,
           double g,
           double b)
{
  return 0.2126 * channel_luminance (r) + 0.7152 * channel_luminance (g) + 0.0722 * channel_luminance (b);
}

/* The label's colour for a thin dashed line, seen against the text's
 * background: moved towards white (dark style) or black (light) until it
 * stands out from it at 4.5:1 in the dark style (Killed's #e01b24, at
 * 3.2:1, and Captured's brown, at 2.7:1, read as dim dashes there) and at
 * 3:1 in the light (Date's yellow was at 2.1:1 on the page). */
static void
outline_color (const GdkRGBA *c,
               gboolean       dark,
               double        *rgb)
{
  /* #242424 (the dark style's view) and #fafafa */
  double background = dark ? 0.0176 : 0.9560;
  double target = dark ? 4.5 : 3.0;

  for (double t = 0.0; t <= 1.0; t += 0.05)
    {
      double towards = dark ? 1.0 : 0.0;
      double l;

      rgb[0] = c->red + (towards - c->red) * t;
      rgb[1] = c->green + (towards - c->green) * t;
      rgb[2] = c->blue + (towards - c->blue) * t;
      l = luminance (rgb[0], rgb[1], rgb[2]);
      if ((MAX (l, background) + 0.05) / (MIN (l, background) + 0.05) >= target)
        return;
    }
}

static void
draw_kind (SitrepSuggestionTextView *self,
           cairo_t                  *cr,
           SitrepSuggestKind         kind)
{
  static const double dash[] = { 3.0, 2.0 };
  const GdkRGBA *c = &self->colors[kind];
  double line[3];

  outline_color (c, adw_style_manager_get_dark (adw_style_manager_get_default ()), line);
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, 0.10);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, line[0], line[1], line[2]);
  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_stroke (cr);
}

/* The one under review: a solid wash and border in the selection's blue,
 * above the others. */
static void
draw_current (SitrepSuggestionTextView *self,
              cairo_t                  *cr,
              guint                     from,
              guint                     to)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter a, b;

  if (self->current_end <= self->current_start || self->current_end < from || self->current_start > to ||
      self->current_end > (guint) gtk_text_buffer_get_char_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) self->current_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) self->current_end);
  add_span (self, cr, &a, &b);
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.30);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 1.0);
  cairo_set_line_width (cr, 2.0);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke (cr);
}

static void
sitrep_suggestion_text_view_snapshot_layer (GtkTextView      *view,
                                            GtkTextViewLayer  layer,
                                            GtkSnapshot      *snapshot)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle area;
  GtkTextIter top, bottom;
  guint n, from, to, longest, first;
  cairo_t *cr;

  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT)
    return;
  g_array_set_size (self->drawn, 0);
  if (self->model == NULL || (n = sitrep_suggestion_model_get_n (self->model)) == 0 || !visible_area (self, &area))
    return;

  /* From the start of the first display line in view: its left end, in
   * right to left text, is where it ends. */
  gtk_text_view_get_iter_at_location (view, &top, area.x, area.y);
  gtk_text_view_backward_display_line_start (view, &top);
  gtk_text_view_get_iter_at_location (view, &bottom, area.x + area.width, area.y + area.height);
  gtk_text_iter_forward_to_line_end (&bottom);
  from = gtk_text_iter_get_offset (&top);
  to = gtk_text_iter_get_offset (&bottom);
  /* One starting before the top may reach into view. */
  longest = sitrep_suggestion_model_get_max_length (self->model);
  from = from > longest ? from - longest : 0;

  first = sitrep_suggestion_model_first_from (self->model, from);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (area.x, area.y, area.width, area.height));
  for (SitrepSuggestKind kind = 0; kind < SITREP_SUGGEST_N_KINDS; kind++)
    {
      gboolean any = FALSE;

      for (guint i = first; i < n; i++)
        {
          const SitrepStoredSuggestion *s = sitrep_suggestion_model_peek (self->model, i);
          GtkTextIter a, b;

          if (s->start > to || self->drawn->len >= MAX_DRAWN)
            break;
          if (s->kind != kind || s->start >= s->end || s->end > (guint) gtk_text_buffer_get_char_count (buffer))
            continue;
          gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) s->start);
          gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) s->end);
          add_span (self, cr, &a, &b);
          g_array_append_val (self->drawn, ((Drawn) { s->start, s->end }));
          any = TRUE;
        }
      if (any)
        draw_kind (self, cr, kind);
    }
  draw_current (self, cr, from, to);
  cairo_destroy (cr);
}

static void
on_scrolled (GtkAdjustment            *adjustment,
             SitrepSuggestionTextView *self)
{
  /* The header scrolls with the text (see size_allocate). */
  if (self->header != NULL)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  if (self->model != NULL && sitrep_suggestion_model_get_n (self->model) > 0)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_items_changed (GListModel               *model,
                  guint                     position,
                  guint                     removed,
                  guint                     added,
                  SitrepSuggestionTextView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_vadjustment (SitrepSuggestionTextView *self,
                 GtkAdjustment            *adjustment)
{
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_scrolled, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_scrolled), self);
}

/* The header: widgets shown above the first line (the reader's title,
 * details and buttons) that scroll away with the text. The view is its
 * scroller's own child, so GTK lays out and draws only the lines in view;
 * the header is a child of the view, placed in its top margin, and the
 * view's top margin is the header's height. When the header is an
 * AdwClamp, the column its child gets is the text's too: the view's left
 * and right margins follow it, as the clamp around the whole page did. */

static GtkWidget *
header_column (SitrepSuggestionTextView *self)
{
  GtkWidget *child = ADW_IS_CLAMP (self->header) ? adw_clamp_get_child (ADW_CLAMP (self->header)) : NULL;

  return child != NULL ? child : self->header;
}

static void
sitrep_suggestion_text_view_measure (GtkWidget      *widget,
                                     GtkOrientation  orientation,
                                     int             for_size,
                                     int            *minimum,
                                     int            *natural,
                                     int            *minimum_baseline,
                                     int            *natural_baseline)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (widget);
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  int margins, header_min = 0, header_nat = 0;

  GTK_WIDGET_CLASS (sitrep_suggestion_text_view_parent_class)->measure (widget, orientation, for_size,
                                                                       minimum, natural,
                                                                       minimum_baseline, natural_baseline);
  if (self->header == NULL || !gtk_widget_should_layout (self->header) ||
      orientation != GTK_ORIENTATION_HORIZONTAL)
    return;
  /* The side margins follow the width the view is given: the ones it has
   * now must not keep it from being narrowed. The header (the clamp and
   * its child's margins) says how narrow it can be. */
  margins = gtk_text_view_get_left_margin (view) + gtk_text_view_get_right_margin (view);
  gtk_widget_measure (self->header, orientation, -1, &header_min, &header_nat, NULL, NULL);
  *minimum = MAX (*minimum - margins, header_min);
  *natural = MAX (MAX (*natural - margins, header_nat), *minimum);
}

/* Where the header's top is in the view: the top of the top margin, which
 * moves with the text. */
static int
header_y (SitrepSuggestionTextView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  int x, y;

  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0,
                                         -gtk_text_view_get_top_margin (view), &x, &y);
  return y;
}

static void
sitrep_suggestion_text_view_size_allocate (GtkWidget *widget,
                                           int        width,
                                           int        height,
                                           int        baseline)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (widget);
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  graphene_rect_t column;
  int header_height = 0, y;

  if (self->header != NULL && gtk_widget_should_layout (self->header))
    {
      gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, NULL, &header_height, NULL, NULL);
      y = header_y (self);
      gtk_widget_size_allocate (self->header, &(GtkAllocation) { 0, y, width, header_height }, -1);
      /* Set before the text view allocates: a margin set after would lay
       * the whole text out again a frame later. Unchanged, nothing is. */
      if (gtk_widget_compute_bounds (header_column (self), widget, &column))
        {
          int left = (int) column.origin.x;
          int right = width - left - (int) column.size.width;

          if (gtk_text_view_get_left_margin (view) != left)
            gtk_text_view_set_left_margin (view, left);
          if (gtk_text_view_get_right_margin (view) != MAX (right, 0))
            gtk_text_view_set_right_margin (view, MAX (right, 0));
        }
      if (gtk_text_view_get_top_margin (view) != header_height)
        gtk_text_view_set_top_margin (view, header_height);
    }

  GTK_WIDGET_CLASS (sitrep_suggestion_text_view_parent_class)->size_allocate (widget, width, height, baseline);

  /* The text view may have moved the text (a shorter top margin, the
   * adjustment clamped to the new height): the header moves with it. */
  if (self->header != NULL && gtk_widget_should_layout (self->header))
    {
      graphene_point_t at;

      if (gtk_widget_compute_point (self->header, widget, &GRAPHENE_POINT_INIT (0, 0), &at) &&
          (int) at.y != (y = header_y (self)))
        gtk_widget_size_allocate (self->header, &(GtkAllocation) { 0, y, width, header_height }, -1);
    }
}

static void
sitrep_suggestion_text_view_snapshot (GtkWidget   *widget,
                                      GtkSnapshot *snapshot)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (widget);

  GTK_WIDGET_CLASS (sitrep_suggestion_text_view_parent_class)->snapshot (widget, snapshot);
  if (self->header != NULL)
    gtk_widget_snapshot_child (widget, self->header, snapshot);
}

static gboolean
is_forward (GtkDirectionType direction)
{
  return direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN || direction == GTK_DIR_RIGHT;
}

/* The header's widget that has the focus in view, as it would be in a
 * page that scrolled to it. Where the header is now, not where it was
 * last allocated: the text may have scrolled since. */
static void
show_focus_in_header (SitrepSuggestionTextView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkAdjustment *vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  graphene_rect_t bounds;
  double top, bottom;

  if (focus == NULL || vadj == NULL || !gtk_widget_compute_bounds (focus, self->header, &bounds))
    return;
  top = header_y (self) + bounds.origin.y;
  bottom = top + bounds.size.height;
  if (top < 0)
    gtk_adjustment_set_value (vadj, gtk_adjustment_get_value (vadj) + top);
  else if (bottom > height)
    gtk_adjustment_set_value (vadj, gtk_adjustment_get_value (vadj) + bottom - height);
}

/* The header comes before the text in the focus chain, as it is above it:
 * the page's order before the text view was its scroller's own child. */
static gboolean
sitrep_suggestion_text_view_focus (GtkWidget        *widget,
                                   GtkDirectionType  direction)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (widget);
  GtkWidget *focus_child = gtk_widget_get_focus_child (widget);
  gboolean forward = is_forward (direction);

  if (self->header == NULL || !gtk_widget_get_visible (self->header) ||
      (focus_child != NULL && focus_child != self->header))
    return GTK_WIDGET_CLASS (sitrep_suggestion_text_view_parent_class)->focus (widget, direction);

  if (gtk_widget_is_focus (widget))
    {
      /* From the text: on out, or back into the header. */
      if (forward || !gtk_widget_child_focus (self->header, direction))
        return FALSE;
      show_focus_in_header (self);
      return TRUE;
    }
  if (focus_child == self->header || forward)
    {
      if (gtk_widget_child_focus (self->header, direction))
        {
          show_focus_in_header (self);
          return TRUE;
        }
      if (!forward)
        return FALSE;
    }
  /* Forward past the header, or backward from after the view: the text. */
  return gtk_widget_grab_focus (widget);
}

/* A press on the header's own background is not one in the text: the
 * text view would place its caret on the first line and select from there
 * (and a span's drag would start). A button or a selectable label takes
 * its own. */
static void
on_header_pressed (GtkGestureClick          *gesture,
                   int                       n_press,
                   double                    x,
                   double                    y,
                   SitrepSuggestionTextView *self)
{
  GtkWidget *w = gtk_widget_pick (self->header, x, y, GTK_PICK_DEFAULT);

  for (; w != NULL && w != self->header; w = gtk_widget_get_parent (w))
    if (GTK_IS_BUTTON (w) || (GTK_IS_LABEL (w) && gtk_label_get_selectable (GTK_LABEL (w))))
      return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* The arrows move the focus among the header's buttons, as they do in any
 * row of buttons: not the text view's (which would scroll the text). */
static gboolean
on_header_key (GtkEventControllerKey    *controller,
               guint                     keyval,
               guint                     keycode,
               GdkModifierType           state,
               SitrepSuggestionTextView *self)
{
  GtkDirectionType direction;

  if ((state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: direction = GTK_DIR_LEFT; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: direction = GTK_DIR_RIGHT; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: direction = GTK_DIR_UP; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: direction = GTK_DIR_DOWN; break;
    default: return FALSE;
    }
  return gtk_widget_child_focus (self->header, direction);
}

static void
sitrep_suggestion_text_view_add_child (GtkBuildable *buildable,
                                       GtkBuilder   *builder,
                                       GObject      *child,
                                       const char   *type)
{
  if (g_strcmp0 (type, "header") == 0 && GTK_IS_WIDGET (child))
    sitrep_suggestion_text_view_set_header (SITREP_SUGGESTION_TEXT_VIEW (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
sitrep_suggestion_text_view_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = sitrep_suggestion_text_view_add_child;
}

/* The outer scroller moves the view without redrawing it: follow it. */
static void
sitrep_suggestion_text_view_map (GtkWidget *widget)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (widget);
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (sitrep_suggestion_text_view_parent_class)->map (widget);
  set_vadjustment (self, scroller != NULL ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))
                                          : NULL);
}

static void
sitrep_suggestion_text_view_unmap (GtkWidget *widget)
{
  set_vadjustment (SITREP_SUGGESTION_TEXT_VIEW (widget), NULL);
  GTK_WIDGET_CLASS (sitrep_suggestion_text_view_parent_class)->unmap (widget);
}

static void
sitrep_suggestion_text_view_dispose (GObject *object)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (object);

  set_vadjustment (self, NULL);
  sitrep_suggestion_text_view_set_model (self, NULL);
  sitrep_suggestion_text_view_set_header (self, NULL);

  G_OBJECT_CLASS (sitrep_suggestion_text_view_parent_class)->dispose (object);
}

static void
sitrep_suggestion_text_view_finalize (GObject *object)
{
  SitrepSuggestionTextView *self = SITREP_SUGGESTION_TEXT_VIEW (object);

  g_clear_pointer (&self->drawn, g_array_unref);

  G_OBJECT_CLASS (sitrep_suggestion_text_view_parent_class)->finalize (object);
}

static void
sitrep_suggestion_text_view_class_init (SitrepSuggestionTextViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->dispose = sitrep_suggestion_text_view_dispose;
  object_class->finalize = sitrep_suggestion_text_view_finalize;
  widget_class->map = sitrep_suggestion_text_view_map;
  widget_class->unmap = sitrep_suggestion_text_view_unmap;
  widget_class->measure = sitrep_suggestion_text_view_measure;
  widget_class->size_allocate = sitrep_suggestion_text_view_size_allocate;
  widget_class->snapshot = sitrep_suggestion_text_view_snapshot;
  widget_class->focus = sitrep_suggestion_text_view_focus;
  text_view_class->snapshot_layer = sitrep_suggestion_text_view_snapshot_layer;
}

static void
sitrep_suggestion_text_view_init (SitrepSuggestionTextView *self)
{
  self->drawn = g_array_new (FALSE, FALSE, sizeof (Drawn));
  for (guint k = 0; k < SITREP_SUGGEST_N_KINDS; k++)
    gdk_rgba_parse (&self->colors[k], "#77767b");
}

/* Public API */

void
sitrep_suggestion_text_view_set_model (SitrepSuggestionTextView *self,
                                       SitrepSuggestionModel    *model)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self));
  g_return_if_fail (model == NULL || SITREP_IS_SUGGESTION_MODEL (model));

  if (model == self->model)
    return;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * sitrep_suggestion_text_view_set_header:
 * @header: (nullable): widgets to show above the first line
 *
 * Shows @header in the view's top margin, scrolling away with the text,
 * before the text in the focus chain. When @header is an AdwClamp, the
 * text keeps to the column the clamp gives its child.
 */
void
sitrep_suggestion_text_view_set_header (SitrepSuggestionTextView *self,
                                        GtkWidget                *header)
{
  GtkEventController *keys;
  GtkGesture *press;

  g_return_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self));
  g_return_if_fail (header == NULL || GTK_IS_WIDGET (header));

  if (header == self->header)
    return;
  if (self->header != NULL)
    {
      gtk_widget_unparent (self->header);
      self->header = NULL;
    }
  if (header != NULL)
    {
      self->header = header;
      /* The view holds it as its parent. */
      gtk_widget_set_parent (header, GTK_WIDGET (self));
      /* Not the text's I-beam over the buttons. */
      gtk_widget_set_cursor_from_name (header, "default");
      press = gtk_gesture_click_new ();
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), 0);
      g_signal_connect (press, "pressed", G_CALLBACK (on_header_pressed), self);
      gtk_widget_add_controller (header, GTK_EVENT_CONTROLLER (press));
      keys = gtk_event_controller_key_new ();
      g_signal_connect (keys, "key-pressed", G_CALLBACK (on_header_key), self);
      gtk_widget_add_controller (header, keys);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * sitrep_suggestion_text_view_in_header:
 *
 * Whether (@x, @y), in the view's coordinates, is above the text, where
 * the header is: a press there is not one in the text.
 */
gboolean
sitrep_suggestion_text_view_in_header (SitrepSuggestionTextView *self,
                                       double                    x,
                                       double                    y)
{
  int bx, by;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self), FALSE);

  if (self->header == NULL || !gtk_widget_get_visible (self->header))
    return FALSE;
  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  return by < 0;
}

void
sitrep_suggestion_text_view_set_color (SitrepSuggestionTextView *self,
                                       SitrepSuggestKind         kind,
                                       const GdkRGBA            *color)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self));
  g_return_if_fail (kind < SITREP_SUGGEST_N_KINDS);
  g_return_if_fail (color != NULL);

  if (gdk_rgba_equal (&self->colors[kind], color))
    return;
  self->colors[kind] = *color;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sitrep_suggestion_text_view_set_current (SitrepSuggestionTextView *self,
                                         guint                     start,
                                         guint                     end)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self));

  if (end <= start)
    start = end = 0;
  if (start == self->current_start && end == self->current_end)
    return;
  self->current_start = start;
  self->current_end = end;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sitrep_suggestion_text_view_get_current (SitrepSuggestionTextView *self,
                                         guint                    *start,
                                         guint                    *end)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self));

  if (start != NULL)
    *start = self->current_start;
  if (end != NULL)
    *end = self->current_end;
}

gboolean
sitrep_suggestion_text_view_drawn_at (SitrepSuggestionTextView *self,
                                      guint                     offset)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self), FALSE);

  for (guint i = 0; i < self->drawn->len; i++)
    {
      const Drawn *d = &g_array_index (self->drawn, Drawn, i);

      if (offset >= d->start && offset < d->end)
        return TRUE;
    }
  return FALSE;
}

guint
sitrep_suggestion_text_view_get_n_drawn (SitrepSuggestionTextView *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_TEXT_VIEW (self), 0);

  return self->drawn->len;
}
