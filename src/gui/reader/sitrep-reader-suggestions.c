/* sitrep-reader-suggestions.c — suggestions in the reader: drawn apart from annotations, reviewed by key or click
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-reader-private.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-suggestion-text-view.h"

/* Beyond this a press and release are a drag, not a click. */
#define CLICK_SLOP 4.0

struct _SitrepReaderSuggest
{
  SitrepSuggestionReview *review;
  guint                   click_idle_id;
  double                  press_x;
  double                  press_y;
  gboolean                press_plain;
  gint64                  press_suggestion; /* drawn under the press (0: none) */
  GtkAdjustment          *vadjustment;   /* the reader's scroller's */
  gboolean                follow;        /* keep the one under review in view */
  gboolean                scrolling;     /* our own scroll */
  gint64                  pending_accept; /* accepted while the window asked who is annotating */
  gint64                  pending_all_article; /* Accept All pressed then, on this article (0: none) */
  gboolean                pending_only_kind;
  SitrepSuggestKind       pending_kind;
  GdkFrameClock          *drawn_clock;   /* waiting for the frame that draws the first part */
  gulong                  drawn_id;
};

/* The label a suggestion becomes: its colour comes from the project's label set. */
static SitrepLabel *
label_for_kind (SitrepReader      *self,
                SitrepSuggestKind  kind)
{
  const char *wanted = kind == SITREP_SUGGEST_MISSING ? "captured" : sitrep_suggest_kind_to_string (kind);

  for (guint i = 0; i < self->label_order->len; i++)
    {
      SitrepLabel *label = g_ptr_array_index (self->label_order, i);

      if (g_strcmp0 (sitrep_label_get_kind (label), wanted) == 0)
        return label;
    }
  return NULL;
}

/* Suggestions are drawn by the text view (a dashed outline and a faint
 * wash in the label's colour: a proposal, not yet a decision; annotations
 * are a full highlight), not tagged: see sitrep-suggestion-text-view.c. */
static void
update_colors (SitrepReader *self)
{
  SitrepSuggestionTextView *view = SITREP_SUGGESTION_TEXT_VIEW (self->text_view);

  for (SitrepSuggestKind kind = 0; kind < SITREP_SUGGEST_N_KINDS; kind++)
    {
      SitrepLabel *label = label_for_kind (self, kind);
      GdkRGBA color;

      if (label == NULL || !gdk_rgba_parse (&color, sitrep_label_get_color (label)))
        gdk_rgba_parse (&color, "#77767b");
      sitrep_suggestion_text_view_set_color (view, kind, &color);
    }
}

static void
paint_current (SitrepReader *self,
               gboolean      scroll)
{
  SitrepReaderSuggest *sg = self->suggest;
  gint64 id = sitrep_suggestion_review_get_current (sg->review);
  const SitrepStoredSuggestion *s = id != 0 ? sitrep_suggestion_review_lookup (sg->review, id) : NULL;

  /* Drawn by the view too: a tag here, raised above the label tags, made
   * the text view lay out the whole article again. */
  if (s == NULL || self->n_chars == 0 || s->end > self->n_chars)
    {
      sitrep_suggestion_text_view_set_current (SITREP_SUGGESTION_TEXT_VIEW (self->text_view), 0, 0);
      return;
    }
  sitrep_suggestion_text_view_set_current (SITREP_SUGGESTION_TEXT_VIEW (self->text_view), s->start, s->end);
  if (scroll)
    {
      sg->follow = TRUE;
      sg->scrolling = TRUE;
      _sitrep_reader_scroll_to_offset (self, s->start);
      sg->scrolling = FALSE;
    }
}

/* A long text is laid out in the background after it is shown: until
 * then its lines take no height, so a suggestion far down that Tab
 * scrolled to moves down out of view as the lines above it are measured.
 * It is scrolled to again as the text grows, until the user scrolls. */
static void
on_text_grown (GtkAdjustment *adjustment,
               SitrepReader  *self)
{
  if (self->suggest->follow && sitrep_suggestion_review_get_current (self->suggest->review) != 0)
    paint_current (self, TRUE);
}

static void
on_scrolled (GtkAdjustment *adjustment,
             SitrepReader  *self)
{
  if (!self->suggest->scrolling)
    self->suggest->follow = FALSE;
}

static void
paint_all (SitrepReader *self)
{
  update_colors (self);
  paint_current (self, FALSE);
}

static void
stop_waiting_for_frame (SitrepReader *self)
{
  SitrepReaderSuggest *sg = self->suggest;

  /* A window closed meanwhile took the handler with it: destroying its
   * surface disposes of the frame clock, though it is held here. */
  if (sg->drawn_clock != NULL && sg->drawn_id != 0 && g_signal_handler_is_connected (sg->drawn_clock, sg->drawn_id))
    g_signal_handler_disconnect (sg->drawn_clock, sg->drawn_id);
  sg->drawn_id = 0;
  g_clear_object (&sg->drawn_clock);
}

/* No frame will draw them: the text leaves the screen (its window closes),
 * and the run's save need not wait for one. */
static void
on_text_unrealize (GtkWidget    *text_view,
                   SitrepReader *self)
{
  if (self->suggest->drawn_clock == NULL)
    return;
  stop_waiting_for_frame (self);
  sitrep_suggestion_review_first_drawn (self->suggest->review);
}

static void
on_first_part_drawn (GdkFrameClock *clock,
                     SitrepReader  *self)
{
  stop_waiting_for_frame (self);
  sitrep_suggestion_review_first_drawn (self->suggest->review);
}

/* Suggest listed the suggestions in view first: once a frame has drawn
 * them, the others are made ready and saved (until then they would take
 * the cores that frame needs). */
static void
wait_for_first_part_drawn (SitrepReader *self)
{
  SitrepReaderSuggest *sg = self->suggest;
  GdkFrameClock *clock;

  if (sg->drawn_clock != NULL)
    return;
  clock = gtk_widget_get_mapped (GTK_WIDGET (self->text_view)) ? gtk_widget_get_frame_clock (GTK_WIDGET (self->text_view))
                                                               : NULL;
  if (clock == NULL)
    {
      sitrep_suggestion_review_first_drawn (sg->review);
      return;
    }
  sg->drawn_clock = g_object_ref (clock);
  sg->drawn_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_part_drawn), self);
  gtk_widget_queue_draw (GTK_WIDGET (self->text_view));
}

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  SitrepReader *self)
{
  paint_all (self);
  if (sitrep_suggestion_review_get_partial (self->suggest->review))
    wait_for_first_part_drawn (self);

  _sitrep_reader_update_suggestion_actions (self);
}

/* The part of the text in view, in characters (0, 0 when none is). */
static void
view_range (SitrepReader *self,
            guint        *top,
            guint        *bottom)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->text_view);
  GdkRectangle rect;
  GtkTextIter iter;

  *top = *bottom = 0;
  gtk_text_view_get_visible_rect (view, &rect);
  /* Not laid out yet: nothing is in view. */
  if (rect.width <= 0 || rect.height <= 0)
    return;
  gtk_text_view_get_iter_at_location (view, &iter, rect.x, rect.y);
  *top = (guint) gtk_text_iter_get_offset (&iter);
  gtk_text_view_get_iter_at_location (view, &iter, rect.x + rect.width, rect.y + rect.height);
  gtk_text_iter_forward_to_line_end (&iter);
  *bottom = (guint) gtk_text_iter_get_offset (&iter);
}

/* For Suggest to list those in view first. */
static void
tell_view (SitrepReader *self)
{
  guint top, bottom;

  view_range (self, &top, &bottom);
  sitrep_suggestion_review_set_view (self->suggest->review, top, bottom);
}

static void
on_current_notify (SitrepSuggestionReview *review,
                   GParamSpec             *pspec,
                   SitrepReader           *self)
{
  gint64 id = sitrep_suggestion_review_get_current (review);

  if (id == 0)
    self->suggest->follow = FALSE;
  /* Reviewing a suggestion and holding an annotation are one focus. */
  if (id != 0 && self->selected_id != 0)
    sitrep_reader_select_annotation (self, 0, FALSE);
  paint_current (self, id != 0);
  _sitrep_reader_update_suggestion_actions (self);
}

static void
on_selected_annotation_notify (SitrepReader *self,
                               GParamSpec   *pspec,
                               gpointer      data)
{
  if (self->selected_id != 0)
    sitrep_suggestion_review_set_current (self->suggest->review, 0);
}

static void
on_finished (SitrepSuggestionReview *review,
             guint                   n_suggested,
             guint                   n_articles,
             gboolean                cancelled,
             const char             *message,
             SitrepReader           *self)
{
  g_autofree char *text = NULL;
  guint pending;

  if (message != NULL)
    text = g_strdup_printf (_("Suggest stopped: %s"), message);
  else if (cancelled)
    text = g_strdup_printf (ngettext ("Suggest was cancelled after %'u article.",
                                      "Suggest was cancelled after %'u articles.", n_articles), n_articles);
  else if (n_articles > 1)
    text = g_strdup_printf (ngettext ("%'u new suggestion in %'u articles.", "%'u new suggestions in %'u articles.",
                                      n_suggested), n_suggested, n_articles);
  else if ((pending = g_list_model_get_n_items (sitrep_suggestion_review_get_model (review))) > 0)
    text = g_strdup_printf (ngettext ("%'u suggestion to review: Tab goes to the next, Enter accepts, Delete rejects.",
                                      "%'u suggestions to review: Tab goes to the next, Enter accepts, Delete rejects.",
                                      pending), pending);
  else
    text = g_strdup (_("Nothing new to suggest in this article."));

  /* The first one in view is ready for review (the text stays where the
   * user was reading, as after Suggest in this article). */
  if (!cancelled && message == NULL && sitrep_suggestion_review_get_current (review) == 0)
    {
      guint top, bottom;

      view_range (self, &top, &bottom);
      if (!sitrep_suggestion_review_move (review, TRUE, top))
        sitrep_suggestion_review_move (review, FALSE, top);
    }
  _sitrep_reader_show_message (self, text, FALSE);
}

/* Who accepts: the window's annotator, asked for the first time if need be
 * ("annotator-needed"). 0 while the question is open. */
static gint64
annotator (SitrepReader *self)
{
  if (_sitrep_reader_request_annotator (self, 0))
    return 0;
  return self->annotator_id;
}

static gboolean
can_edit (SitrepReader *self)
{
  return self->editable && self->store != NULL && self->article != NULL && !self->show_original &&
         !sitrep_store_is_read_only (self->store);
}

/* Actions */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = param != NULL ? g_variant_get_int64 (param) : 0;
  gint64 who;

  if (id == 0)
    id = sitrep_suggestion_review_get_current (self->suggest->review);
  if (id == 0 || !can_edit (self))
    return;
  /* While the window asks who is annotating, the suggestion waits for the
   * answer (_sitrep_reader_suggestions_annotator_known) instead of being lost. */
  sitrep_suggestion_review_set_current (self->suggest->review, id);
  if ((who = annotator (self)) == 0 && _sitrep_reader_can_ask_annotator (self))
    {
      self->suggest->pending_accept = id;
      return;
    }
  self->suggest->pending_accept = 0;
  if (sitrep_suggestion_review_accept (self->suggest->review, id, who, &error) == 0)
    _sitrep_reader_show_error (self, error);
}

/* Accept All of the article (or of one label) as @who's annotations. */
static void
accept_all_as (SitrepReader      *self,
               gboolean           only_kind,
               SitrepSuggestKind  kind,
               gint64             who)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n;

  n = sitrep_suggestion_review_accept_all (self->suggest->review, only_kind, kind, who, &error);
  if (n < 0)
    {
      _sitrep_reader_show_error (self, error);
      return;
    }
  text = sitrep_suggestion_review_dup_accept_all_message (self->suggest->review, n);
  if (text == NULL)
    return;
  _sitrep_reader_show_message (self, text, TRUE);
}

/* The window now knows who is annotating: a suggestion accepted while it
 * asked is accepted now, if it is still the one under review. */
void
_sitrep_reader_suggestions_annotator_known (SitrepReader *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->suggest != NULL ? self->suggest->pending_accept : 0;
  gint64 all_article = self->suggest != NULL ? self->suggest->pending_all_article : 0;

  /* Accept All pressed while the window asked (the first decision of a
   * new coder) is done once it knows, on the article it was pressed on. */
  if (all_article != 0)
    {
      self->suggest->pending_all_article = 0;
      if (self->annotator_id != 0 && can_edit (self) && sitrep_article_get_id (self->article) == all_article)
        accept_all_as (self, self->suggest->pending_only_kind, self->suggest->pending_kind, self->annotator_id);
    }
  if (id == 0)
    return;
  self->suggest->pending_accept = 0;
  if (self->annotator_id == 0 || !can_edit (self) ||
      sitrep_suggestion_review_get_current (self->suggest->review) != id)
    return;
  if (sitrep_suggestion_review_accept (self->suggest->review, id, self->annotator_id, &error) == 0)
    _sitrep_reader_show_error (self, error);
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = param != NULL ? g_variant_get_int64 (param) : 0;

  if (id == 0)
    id = sitrep_suggestion_review_get_current (self->suggest->review);
  if (id == 0 || !can_edit (self))
    return;
  sitrep_suggestion_review_set_current (self->suggest->review, id);
  if (!sitrep_suggestion_review_reject (self->suggest->review, id, &error))
    _sitrep_reader_show_error (self, error);
}

static guint
cursor_offset (SitrepReader *self)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return (guint) gtk_text_iter_get_offset (&iter);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  SitrepReaderSpan *span = self->selected_id ? _sitrep_reader_lookup_span (self, self->selected_id) : NULL;
  gboolean forward = g_str_equal (action_name, "reader.next-suggestion");
  guint offset = span != NULL ? (forward ? span->end : span->start) : cursor_offset (self);

  sitrep_suggestion_review_move (self->suggest->review, forward, offset);
}

static void
accept_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  SitrepSuggestKind kind = SITREP_SUGGEST_PLACE;
  gboolean only_kind = param != NULL;
  gint64 who;

  if (!can_edit (self))
    return;
  if (only_kind && !sitrep_suggest_kind_from_string (g_variant_get_string (param, NULL), &kind))
    return;
  self->suggest->pending_all_article = 0;
  if ((who = annotator (self)) == 0 && _sitrep_reader_can_ask_annotator (self))
    {
      /* Done when the window knows (_sitrep_reader_suggestions_annotator_known). */
      self->suggest->pending_all_article = sitrep_article_get_id (self->article);
      self->suggest->pending_only_kind = only_kind;
      self->suggest->pending_kind = kind;
      return;
    }
  accept_all_as (self, only_kind, kind, who);
}


static void
accept_label_of_current_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  gint64 id = sitrep_suggestion_review_get_current (self->suggest->review);
  const SitrepStoredSuggestion *s = id != 0 ? sitrep_suggestion_review_lookup (self->suggest->review, id) : NULL;

  if (s == NULL)
    return;
  gtk_widget_activate_action (widget, "reader.accept-suggestions-of", "s", sitrep_suggest_kind_to_string (s->kind));
}

static void
suggest_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);

  if (!can_edit (self) || sitrep_suggestion_review_get_running (self->suggest->review))
    return;
  tell_view (self);
  sitrep_suggestion_review_suggest (self->suggest->review, g_str_equal (action_name, "reader.suggest-all"));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  sitrep_suggestion_review_cancel (SITREP_READER (widget)->suggest->review);
}

/* Keys and clicks */

gboolean
_sitrep_reader_suggestions_handle_key (SitrepReader    *self,
                                       guint            keyval,
                                       GdkModifierType  state)
{
  SitrepReaderSuggest *sg = self->suggest;
  gboolean has_current = sitrep_suggestion_review_get_current (sg->review) != 0;
  gboolean free_hand = self->selected_id == 0 && !gtk_text_buffer_get_has_selection (self->buffer);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      g_list_model_get_n_items (sitrep_suggestion_review_get_model (sg->review)) == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      {
        gboolean forward = keyval != GDK_KEY_ISO_Left_Tab && (state & GDK_SHIFT_MASK) == 0;
        gint64 before = sitrep_suggestion_review_get_current (sg->review);

        /* At either end Tab leaves the text, as it does elsewhere. */
        gtk_widget_activate_action (GTK_WIDGET (self), forward ? "reader.next-suggestion"
                                                               : "reader.previous-suggestion", NULL);
        return sitrep_suggestion_review_get_current (sg->review) != before;
      }

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!has_current || !free_hand)
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "reader.accept-suggestion", "x", (gint64) 0);
      return TRUE;

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (!has_current || !free_hand)
        return FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "reader.reject-suggestion", "x", (gint64) 0);
      return TRUE;

    case GDK_KEY_Escape:
      if (!has_current || !free_hand)
        return FALSE;
      sitrep_suggestion_review_set_current (sg->review, 0);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SitrepReader          *self)
{
  /* A button of the page's header (inside the text view, above the text)
   * has the focus: its keys are its own (Tab to the next, Enter to press). */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self->text_view)) != NULL)
    return FALSE;
  return _sitrep_reader_suggestions_handle_key (self, keyval, state);
}

void
_sitrep_reader_suggestions_click (SitrepReader *self,
                                  guint         offset)
{
  gint64 id;

  if (gtk_text_buffer_get_has_selection (self->buffer) || sitrep_reader_annotation_at (self, offset) != 0)
    return;
  id = sitrep_suggestion_review_at (self->suggest->review, offset);
  if (id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "reader.accept-suggestion", "x", id);
}

static gboolean
click_in_idle (gpointer data)
{
  SitrepReader *self = data;

  SitrepReaderSuggest *sg = self->suggest;
  guint offset = cursor_offset (self);

  sg->click_idle_id = 0;
  /* Only the suggestion the press was on: the idle may run after Suggest
   * has drawn new ones under a click made before (on a busy machine, a
   * click then Shift+Ctrl+S at once), which the coder never clicked. */
  if (sg->press_suggestion != 0 && sitrep_suggestion_review_at (sg->review, offset) == sg->press_suggestion)
    _sitrep_reader_suggestions_click (self, offset);
  return G_SOURCE_REMOVE;
}

/* Where @event (the window's, in its surface's coordinates) is in the
 * text view. */
static gboolean
event_in_view (SitrepReader     *self,
               GdkEvent         *event,
               graphene_point_t *in_view)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self->text_view));
  double x, y, nx, ny;

  if (native == NULL || !gdk_event_get_position (event, &x, &y))
    return FALSE;
  gtk_native_get_surface_transform (native, &nx, &ny);
  return gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self->text_view),
                                   &GRAPHENE_POINT_INIT (x - nx, y - ny), in_view);
}

/* A press on the title, details or buttons above the text (the text
 * view's header): not a click in the text, whose cursor stays where it
 * was (a suggestion there would be taken again). */
static gboolean
press_in_header (SitrepReader     *self,
                 graphene_point_t *in_view)
{
  return sitrep_suggestion_text_view_in_header (SITREP_SUGGESTION_TEXT_VIEW (self->text_view),
                                                in_view->x, in_view->y);
}

/* The suggestion drawn under @in_view, a point of the text view (0: none). */
static gint64
suggestion_under (SitrepReader     *self,
                  graphene_point_t *in_view)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->text_view);
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) in_view->x, (int) in_view->y,
                                         &bx, &by);
  if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
    return 0;
  return sitrep_suggestion_review_at (self->suggest->review, (guint) gtk_text_iter_get_offset (&iter));
}

/* A plain click (not a drag, no modifier) on a suggestion accepts it, once
 * the text view has placed the cursor where the click was. */
static gboolean
on_text_event (GtkEventControllerLegacy *controller,
               GdkEvent                 *event,
               SitrepReader             *self)
{
  SitrepReaderSuggest *sg = self->suggest;
  GdkEventType type = gdk_event_get_event_type (event);
  double x, y;

  if ((type != GDK_BUTTON_PRESS && type != GDK_BUTTON_RELEASE) ||
      gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY || !gdk_event_get_position (event, &x, &y))
    return GDK_EVENT_PROPAGATE;

  if (type == GDK_BUTTON_PRESS)
    {
      graphene_point_t in_view;
      gboolean placed = event_in_view (self, event, &in_view);

      sg->press_x = x;
      sg->press_y = y;
      sg->press_plain = (gdk_event_get_modifier_state (event) & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) == 0 &&
                        !(placed && press_in_header (self, &in_view));
      sg->press_suggestion = placed ? suggestion_under (self, &in_view) : 0;
    }
  else if (sg->press_plain && ABS (x - sg->press_x) < CLICK_SLOP && ABS (y - sg->press_y) < CLICK_SLOP &&
           sg->click_idle_id == 0)
    sg->click_idle_id = g_idle_add (click_in_idle, self);

  return GDK_EVENT_PROPAGATE;
}

/* Hooks for the reader */

void
_sitrep_reader_update_suggestion_actions (SitrepReader *self)
{
  SitrepReaderSuggest *sg = self->suggest;
  gboolean editable = can_edit (self);
  /* Suggest greys once the run shows (a second press meanwhile does nothing). */
  gboolean running = sitrep_suggestion_review_get_busy (sg->review);
  gboolean any = g_list_model_get_n_items (sitrep_suggestion_review_get_model (sg->review)) > 0;
  /* Accept All waits for all of them to be listed. */
  gboolean all_listed = any && !sitrep_suggestion_review_get_partial (sg->review);
  gboolean current = sitrep_suggestion_review_get_current (sg->review) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.suggest", editable && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.suggest-all", editable && !running);
  /* Running, not cancelled, not yet shown: shown as busy or not (no widget
   * shows this action). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.cancel-suggest",
                                 sitrep_suggestion_review_get_can_cancel (sg->review));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.accept-suggestion", editable && any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.reject-suggestion", editable && any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.accept-suggestions-of", editable && all_listed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.accept-suggestions-of-current",
                                 editable && current && all_listed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.accept-all-suggestions", editable && all_listed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.next-suggestion", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.previous-suggestion", any);
}

static void
on_running_notify (SitrepSuggestionReview *review,
                   GParamSpec             *pspec,
                   SitrepReader           *self)
{
  _sitrep_reader_update_suggestion_actions (self);
}

void
_sitrep_reader_suggestions_load (SitrepReader *self)
{
  SitrepReaderSuggest *sg = self->suggest;

  /* Offsets are of the clean body: none on the original capture. */
  sitrep_suggestion_review_set_article (sg->review, self->store,
                                        self->article != NULL && !self->show_original
                                          ? sitrep_article_get_id (self->article) : 0);
  paint_all (self);
  _sitrep_reader_update_suggestion_actions (self);
}

void
_sitrep_reader_suggestions_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SITREP_TYPE_SUGGESTION_TEXT_VIEW);
  gtk_widget_class_install_action (widget_class, "reader.suggest", NULL, suggest_action);
  gtk_widget_class_install_action (widget_class, "reader.suggest-all", NULL, suggest_action);
  gtk_widget_class_install_action (widget_class, "reader.cancel-suggest", NULL, cancel_action);
  /* 0: the current suggestion. */
  gtk_widget_class_install_action (widget_class, "reader.accept-suggestion", "x", accept_action);
  gtk_widget_class_install_action (widget_class, "reader.reject-suggestion", "x", reject_action);
  gtk_widget_class_install_action (widget_class, "reader.next-suggestion", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "reader.previous-suggestion", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "reader.accept-suggestions-of", "s", accept_all_action);
  gtk_widget_class_install_action (widget_class, "reader.accept-suggestions-of-current", NULL,
                                   accept_label_of_current_action);
  gtk_widget_class_install_action (widget_class, "reader.accept-all-suggestions", NULL, accept_all_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reader.suggest", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reader.accept-suggestions-of-current", NULL);
}

void
_sitrep_reader_suggestions_init (SitrepReader *self)
{
  SitrepReaderSuggest *sg = g_new0 (SitrepReaderSuggest, 1);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *legacy = gtk_event_controller_legacy_new ();

  self->suggest = sg;
  sg->review = sitrep_suggestion_review_new ();

  g_signal_connect (sitrep_suggestion_review_get_model (sg->review), "items-changed",
                    G_CALLBACK (on_items_changed), self);
  sitrep_suggestion_text_view_set_model (SITREP_SUGGESTION_TEXT_VIEW (self->text_view),
                                         SITREP_SUGGESTION_MODEL (sitrep_suggestion_review_get_model (sg->review)));
  g_signal_connect (sg->review, "notify::current", G_CALLBACK (on_current_notify), self);
  g_signal_connect (sg->review, "notify::running", G_CALLBACK (on_running_notify), self);
  g_signal_connect (sg->review, "notify::busy", G_CALLBACK (on_running_notify), self);
  g_signal_connect (sg->review, "notify::can-cancel", G_CALLBACK (on_running_notify), self);
  g_signal_connect (sg->review, "finished", G_CALLBACK (on_finished), self);
  g_signal_connect (self, "notify::selected-annotation", G_CALLBACK (on_selected_annotation_notify), NULL);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_text_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), legacy);
  g_signal_connect (self->text_view, "unrealize", G_CALLBACK (on_text_unrealize), self);
  sg->vadjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (self->scroller));
  g_signal_connect (sg->vadjustment, "changed", G_CALLBACK (on_text_grown), self);
  g_signal_connect (sg->vadjustment, "value-changed", G_CALLBACK (on_scrolled), self);
  _sitrep_reader_update_suggestion_actions (self);
}

void
_sitrep_reader_suggestions_dispose (SitrepReader *self)
{
  SitrepReaderSuggest *sg = self->suggest;

  if (sg == NULL)
    return;
  g_clear_handle_id (&sg->click_idle_id, g_source_remove);
  if (self->text_view != NULL)
    g_signal_handlers_disconnect_by_func (self->text_view, on_text_unrealize, self);
  stop_waiting_for_frame (self);
  g_signal_handlers_disconnect_by_data (sg->vadjustment, self);
  g_clear_object (&sg->vadjustment);
  g_signal_handlers_disconnect_by_data (sitrep_suggestion_review_get_model (sg->review), self);
  g_signal_handlers_disconnect_by_data (sg->review, self);
  sitrep_suggestion_review_cancel (sg->review);
  g_clear_object (&sg->review);
  g_clear_pointer (&self->suggest, g_free);
}

/* Public API */

SitrepSuggestionReview *
sitrep_reader_get_suggestion_review (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  return self->suggest->review;
}
