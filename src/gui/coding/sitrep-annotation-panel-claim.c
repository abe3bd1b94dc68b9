/* sitrep-annotation-panel-claim.c — Make Claim (+) on a figure row: straight to the one event
 * the article reports, or a question when several could be meant
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-annotation-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-annotation-panel-private.h"
#include "sitrep-event-list.h"
#include "sitrep-label-kind.h"

/* Whether a claim could go to an event other than the current one: none is
 * current, or the article reports another. The window's Make Claim went to
 * the current event silently, even when the figure was from another of the
 * article's incidents (issue 10). */
static gboolean
claim_asks (SitrepAnnotationPanel *self,
            GArray               **events_out)
{
  g_autoptr(GArray) events = NULL;
  gboolean asks = self->claim_event_id == 0;

  if (self->store != NULL && self->article_id != 0)
    events = sitrep_store_list_article_events (self->store, self->article_id, NULL);
  for (guint i = 0; events != NULL && i < events->len; i++)
    asks |= g_array_index (events, gint64, i) != self->claim_event_id;
  if (events_out != NULL)
    *events_out = g_steal_pointer (&events);
  return asks;
}

void
_sitrep_annotation_panel_update_claim_asks (SitrepAnnotationPanel *self)
{
  self->claim_asks = claim_asks (self, NULL);
}

/* What a figure row's Make Claim button says: the event its claim goes to,
 * or that it asks. Its tooltip is its accessible name too. */
void
_sitrep_annotation_panel_describe_claim_button (SitrepAnnotationPanel *self,
                                                GtkWidget             *button)
{
  g_autofree char *text = NULL;

  if (self->claim_asks || self->claim_target == NULL)
    text = g_strdup (_("Make a claim of this figure: choose its event"));
  else
    /* Translators: tooltip of a figure's Make Claim button; %s is the
     * event's title, "Battles in Jasim, 2022-10-16" */
    text = g_strdup_printf (_("Make a claim of this figure for “%s”"), self->claim_target);
  gtk_widget_set_tooltip_text (button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
on_choice_clicked (GtkButton             *button,
                   SitrepAnnotationPanel *self)
{
  gint64 annotation = *(gint64 *) g_object_get_data (G_OBJECT (button), "annotation");
  gint64 event = *(gint64 *) g_object_get_data (G_OBJECT (button), "event");

  gtk_popover_popdown (GTK_POPOVER (self->claim_popover));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.make-claim-to", "(xx)", annotation, event);
}

static GtkWidget *
choice_button (SitrepAnnotationPanel *self,
               const char            *text,
               gint64                 annotation,
               gint64                 event)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, text);
  g_object_set_data_full (G_OBJECT (button), "annotation", g_memdup2 (&annotation, sizeof annotation), g_free);
  g_object_set_data_full (G_OBJECT (button), "event", g_memdup2 (&event, sizeof event), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_choice_clicked), self);
  return button;
}

/* The small question by the button: the article's events, the current one
 * first, then "New Event". */
static void
ask_event (SitrepAnnotationPanel *self,
           GtkWidget             *anchor,
           gint64                 annotation,
           GArray                *events)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (_("Add the Claim To"));
  /* An article may report many events: they scroll, the question stays small. */
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *first = NULL;
  graphene_rect_t bounds;

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_margin_bottom (heading, 4);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), scroller);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; events != NULL && i < events->len; i++)
      {
        gint64 id = g_array_index (events, gint64, i);
        g_autoptr(SitrepEvent) event = NULL;
        g_autofree char *title = NULL;
        GtkWidget *button;

        /* The current event first. */
        if ((pass == 0) != (id == self->claim_event_id))
          continue;
        event = sitrep_store_get_event (self->store, id, NULL);
        if (event == NULL)
          continue;
        title = sitrep_event_dup_title (event);
        button = choice_button (self, title, annotation, id);
        gtk_box_append (GTK_BOX (list), button);
        if (first == NULL)
          first = button;
      }
  /* The current event, when the article does not report it yet. */
  if (self->claim_event_id != 0 && self->claim_target != NULL &&
      (first == NULL || *(gint64 *) g_object_get_data (G_OBJECT (first), "event") != self->claim_event_id))
    {
      GtkWidget *button = choice_button (self, self->claim_target, annotation, self->claim_event_id);

      gtk_box_prepend (GTK_BOX (list), button);
      first = button;
    }
  {
    GtkWidget *button = choice_button (self, _("New Event From the Sentence"), annotation, 0);
    guint n = 0;

    gtk_widget_set_tooltip_text (button, _("A new event from the sentence around this figure"));
    for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
      n++;
    gtk_widget_set_visible (scroller, n > 0);
    /* A few fit as they are (a scrollbar's least height left a gap under one). */
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                    n > 6 ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);
    gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    gtk_box_append (GTK_BOX (box), button);
    if (first == NULL)
      first = button;
  }

  if (self->claim_popover == NULL)
    {
      self->claim_popover = gtk_popover_new ();
      gtk_widget_set_parent (self->claim_popover, GTK_WIDGET (self));
      gtk_popover_set_position (GTK_POPOVER (self->claim_popover), GTK_POS_BOTTOM);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->claim_popover), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Add the Claim To"), -1);
    }
  gtk_popover_set_child (GTK_POPOVER (self->claim_popover), box);
  if (anchor != NULL && gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->claim_popover),
                                 &(GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                                                   (int) bounds.size.width, (int) bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->claim_popover));
  gtk_widget_grab_focus (first);
}

/* The Make Claim button of annotation @annotation's row, to point at (the
 * action is the panel's: it is not told which button was pressed). */
static GtkWidget *
find_claim_button (GtkWidget *widget,
                   gint64     annotation)
{
  GVariant *target;

  if (GTK_IS_ACTIONABLE (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "annotation-panel.make-claim") == 0 &&
      (target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget))) != NULL &&
      g_variant_get_int64 (target) == annotation)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_claim_button (child, annotation);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
claim_button_of (SitrepAnnotationPanel *self,
                 gint64                 annotation)
{
  GtkWidget *button = find_claim_button (GTK_WIDGET (self->list_view), annotation);

  return button != NULL ? button : GTK_WIDGET (self->list_view);
}

static gboolean
is_figure (SitrepAnnotationPanel *self,
           gint64                 annotation)
{
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (self->store, annotation, NULL);
  const char *kind = a != NULL ? _sitrep_annotation_panel_kind_of (self, sitrep_annotation_get_label_id (a)) : NULL;

  return kind != NULL && sitrep_label_kind_is_casualty (kind);
}

/* "annotation-panel.make-claim" (x): the row's + button, and the window's
 * Make Claim (Shift+Ctrl+K) on the span selected in the text. */
static void
make_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepAnnotationPanel *self = SITREP_ANNOTATION_PANEL (widget);
  gint64 annotation = g_variant_get_int64 (param);
  g_autoptr(GArray) events = NULL;

  if (self->store == NULL || annotation == 0)
    return;
  /* A span that is no figure (Make Claim by its key on a Place): nothing
   * to ask, the window says what is wrong. */
  if (!claim_asks (self, &events) || !is_figure (self, annotation))
    {
      gtk_widget_activate_action (widget, "win.make-claim-to", "(xx)", annotation, self->claim_event_id);
      return;
    }
  ask_event (self, claim_button_of (self, annotation), annotation, events);
}

void
_sitrep_annotation_panel_claim_dispose (SitrepAnnotationPanel *self)
{
  g_clear_pointer (&self->claim_popover, gtk_widget_unparent);
}

void
_sitrep_annotation_panel_claim_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "annotation-panel.make-claim", "x", make_claim_action);
}
