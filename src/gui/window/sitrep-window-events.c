/* sitrep-window-events.c — the window's Events view: switching to it, editing, claims, merging and evidence
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-claim-dialog.h"
#include "sitrep-event-editor.h"
#include "sitrep-events-pane.h"
#include "sitrep-events-view.h"
#include "sitrep-reader.h"
#include "sitrep-event-list.h"
#include "sitrep-timeline.h"
#include "sitrep-window-private.h"

#define EVIDENCE_WAIT_MS 50
#define EVIDENCE_WAIT_TRIES 100

struct _SitrepWindowEvents
{
  /* template widgets */
  SitrepEventsPane *pane;
  SitrepEventsView *view;           /* the pane's */
  GtkToggleButton  *articles_toggle;
  GtkToggleButton  *events_toggle;
  GtkWidget        *view_switcher;
  GtkWidget        *new_event_button;

  /* weak references: windows that close themselves */
  GtkWidget        *editor;
  GtkWidget        *similar_dialog;

  /* state */
  guint             evidence_source;
  guint             evidence_tries;
  gint64            evidence_article;
  guint             evidence_start;
  guint             evidence_end;
  gint64            evidence_annotation;
  gboolean          syncing;
};

/* Helpers */

static gboolean
has_store (SitrepWindow *self)
{
  return self->store != NULL;
}

static gint64
current_event (SitrepWindow *self)
{
  return self->events ? sitrep_events_view_get_selected_event (self->events->view) : 0;
}

void
_sitrep_window_show_error_toast (SitrepWindow *self,
                                 const GError *error)
{
  sitrep_window_show_toast (self, error ? error->message : _("Something went wrong"));
}

static void
show_view (SitrepWindow *self,
           const char   *name)
{
  if (self->store == NULL)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, name);
}

static void
sync_toggles (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;
  const char *name = gtk_stack_get_visible_child_name (self->main_stack);
  gboolean events = g_strcmp0 (name, "events") == 0;

  if (ev == NULL)
    return;
  ev->syncing = TRUE;
  gtk_toggle_button_set_active (ev->events_toggle, events);
  gtk_toggle_button_set_active (ev->articles_toggle, !events);
  ev->syncing = FALSE;
  gtk_widget_set_visible (ev->view_switcher, g_strcmp0 (name, "welcome") != 0);
  /* Recording an event belongs to both views of a project: from the
   * selected sentences by the reader, a blank one in the Events view. */
  gtk_widget_set_visible (ev->new_event_button, g_strcmp0 (name, "welcome") != 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (ev->new_event_button),
                                  events ? "win.new-empty-event" : "win.new-event");
  gtk_widget_set_tooltip_text (ev->new_event_button,
                               events ? _("New Event, Filled In by Hand")
                                      : _("New Event from the Selected Sentences (Ctrl+Alt+N)"));
}

static void
on_main_stack_notify (SitrepWindow *self)
{
  /* The page shown may have changed while hidden (the first article went
   * into the reader while the Events view was up): timeline_paned, which
   * holds the stack, is sized again in this frame. Without it GTK 4.8 could
   * leave the paned waiting for an allocation that no frame gave it, and
   * the whole content area blank (tests/test-gui-layout.c). */
  gtk_widget_queue_resize (gtk_widget_get_parent (GTK_WIDGET (self->main_stack)));
  sync_toggles (self);
  _sitrep_window_update_actions (self);
}

static void
on_view_toggled (SitrepWindow    *self,
                 GtkToggleButton *button)
{
  if (self->events == NULL || self->events->syncing || !gtk_toggle_button_get_active (button))
    return;
  show_view (self, button == self->events->events_toggle ? "events" : "project");
  sync_toggles (self);
}

/* The annotation panel's Make Claim buttons say which event their claim
 * goes to: the current one, by its title as it is now. The walk's figure
 * went to an event chosen long before, told only after the click. */
static void
update_claim_target (SitrepWindow *self)
{
  gint64 id = has_store (self) ? current_event (self) : 0;
  g_autoptr(SitrepEvent) event = id != 0 ? sitrep_store_get_event (self->store, id, NULL) : NULL;
  g_autofree char *title = event != NULL ? sitrep_event_dup_title (event) : NULL;

  sitrep_annotation_panel_set_claim_target (self->annotation_panel, event != NULL ? id : 0, title);
}

static void
on_store_event_changed (SitrepWindow      *self,
                        SitrepStoreChange *change,
                        SitrepStore       *store)
{
  update_claim_target (self);
}

/* The pane sets the workspace's event; the window's actions follow the row. */
static void
on_view_selected_event (SitrepWindow *self)
{
  _sitrep_window_update_actions (self);
  update_claim_target (self);
}

static void
open_editor (SitrepWindow *self,
             gint64        event_id)
{
  SitrepWindowEvents *ev = self->events;

  if (ev->editor != NULL)
    {
      if (sitrep_event_editor_get_event_id (SITREP_EVENT_EDITOR (ev->editor)) == event_id)
        {
          gtk_window_present (GTK_WINDOW (ev->editor));
          return;
        }
      gtk_window_destroy (GTK_WINDOW (ev->editor));
    }

  ev->editor = sitrep_event_editor_new (GTK_WINDOW (self), self->store, event_id);
  g_object_add_weak_pointer (G_OBJECT (ev->editor), (gpointer *) &ev->editor);
  gtk_window_present (GTK_WINDOW (ev->editor));
}

/* Evidence */

static void
select_span (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;
  GtkTextView *view = sitrep_reader_get_text_view (self->reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter a, b;

  if (ev->evidence_annotation != 0)
    sitrep_reader_select_annotation (self->reader, ev->evidence_annotation, TRUE);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) ev->evidence_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) ev->evidence_end);
  gtk_text_buffer_select_range (buffer, &a, &b);
  gtk_text_view_scroll_to_iter (view, &a, 0.1, TRUE, 0.0, 0.3);
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

static gboolean
reader_shows_evidence_article (SitrepWindow *self)
{
  SitrepArticle *article = sitrep_reader_get_article (self->reader);

  return article != NULL && sitrep_article_get_id (article) == self->events->evidence_article;
}

static gboolean
on_evidence_wait (gpointer data)
{
  SitrepWindow *self = data;
  SitrepWindowEvents *ev = self->events;

  if (reader_shows_evidence_article (self))
    {
      ev->evidence_source = 0;
      select_span (self);
      return G_SOURCE_REMOVE;
    }
  if (++ev->evidence_tries >= EVIDENCE_WAIT_TRIES)
    {
      ev->evidence_source = 0;
      return G_SOURCE_REMOVE;
    }
  sitrep_window_select_article (self, ev->evidence_article);
  return G_SOURCE_CONTINUE;
}

static void
show_evidence (SitrepWindow *self,
               gint64        article_id,
               guint         start,
               guint         end,
               gint64        annotation_id)
{
  SitrepWindowEvents *ev = self->events;

  ev->evidence_article = article_id;
  ev->evidence_start = start;
  ev->evidence_end = end;
  ev->evidence_annotation = annotation_id;
  g_clear_handle_id (&ev->evidence_source, g_source_remove);

  show_view (self, "project");
  sitrep_window_select_article (self, article_id);
  if (reader_shows_evidence_article (self))
    {
      select_span (self);
      return;
    }
  ev->evidence_tries = 0;
  ev->evidence_source = g_timeout_add (EVIDENCE_WAIT_MS, on_evidence_wait, self);
}

/* Override best, merge */

static void
on_override_reason_changed (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "override", *reason != '\0');
}

static void
on_override_response (AdwMessageDialog *dialog,
                      const char       *response,
                      SitrepWindow     *self)
{
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (dialog), "spin");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "event-id");
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gboolean ok;

  if (self->store == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (g_strcmp0 (response, "override") == 0)
    ok = sitrep_store_set_event_best_override (self->store, id, gtk_spin_button_get_value_as_int (spin),
                                               reason, &error);
  else if (g_strcmp0 (response, "clear") == 0)
    ok = sitrep_store_set_event_best_override (self->store, id, -1, _("Back to the derived figure"), &error);
  else
    return;

  if (!ok)
    _sitrep_window_show_error_toast (self, error);
}

static void
override_best (SitrepWindow *self,
               gint64        id)
{
  g_autoptr(SitrepEvent) event = sitrep_store_get_event (self->store, id, NULL);
  AdwMessageDialog *dialog;
  GtkWidget *box, *spin, *entry, *label;
  gint64 *data;

  if (event == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Override Best Figure?"), NULL));
  adw_message_dialog_set_body (dialog, _("The best (UCDP) figure is normally the median of the sources. "
                                         "Set it by hand when you know better, and say why: the reason is "
                                         "kept and exported with the event."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  spin = gtk_spin_button_new_with_range (0, 10000000, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             (double) MAX (0, sitrep_event_get_best_override (event) >= 0
                                              ? sitrep_event_get_best_override (event)
                                              : sitrep_event_get_best (event)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Best figure"), -1);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (required)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  if (sitrep_event_get_best_override_reason (event) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), sitrep_event_get_best_override_reason (event));
  label = gtk_label_new (_("Best figure"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (sitrep_event_get_best_override (event) >= 0)
    adw_message_dialog_add_response (dialog, "clear", _("Use _Derived Figure"));
  adw_message_dialog_add_response (dialog, "override", _("_Override"));
  adw_message_dialog_set_response_appearance (dialog, "override", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "override");
  adw_message_dialog_set_close_response (dialog, "cancel");

  data = g_new (gint64, 1);
  *data = id;
  g_object_set_data_full (G_OBJECT (dialog), "event-id", data, g_free);
  g_object_set_data (G_OBJECT (dialog), "spin", spin);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_override_reason_changed), dialog);
  on_override_reason_changed (GTK_EDITABLE (entry), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_override_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
merge_events (SitrepWindow *self,
              gint64        keep,
              gint64        merge)
{
  g_autoptr(GError) error = NULL;

  if (!sitrep_store_merge_events (self->store, keep, merge, &error))
    {
      _sitrep_window_show_error_toast (self, error);
      return FALSE;
    }
  sitrep_events_view_select_event (self->events->view, keep);
  sitrep_window_show_undo_toast (self, _("Events merged"));
  return TRUE;
}

static void
on_merge_response (AdwMessageDialog *dialog,
                   const char       *response,
                   SitrepWindow     *self)
{
  gint64 keep = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "keep");
  gint64 other = _sitrep_window_chosen_match (GTK_WIDGET (dialog));

  if (self->store != NULL && g_strcmp0 (response, "merge") == 0 && other != 0)
    merge_events (self, keep, other);
}

static void
merge_dialog (SitrepWindow *self,
              gint64        id)
{
  g_autoptr(GArray) matches = sitrep_store_find_events_like (self->store, id, NULL);
  AdwMessageDialog *dialog;
  gint64 *keep;

  if (matches == NULL || matches->len == 0)
    {
      sitrep_window_show_toast (self, _("No other event looks like the same incident: none shares its place, actors or day"));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Merge With Which Event?"), NULL));
  adw_message_dialog_set_body (dialog, _("The other event's claims and evidence move to this one, its empty "
                                         "fields fill this one's, and it is deleted. You can undo this."));
  adw_message_dialog_set_extra_child (dialog, _sitrep_window_match_list_new (self, matches));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  keep = g_new (gint64, 1);
  *keep = id;
  g_object_set_data_full (G_OBJECT (dialog), "keep", keep, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  show_view (self, g_str_equal (action_name, "win.show-events") ? "events" : "project");
}

static void
new_empty_event_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  gint64 id;

  _sitrep_window_use_saved_annotator (self);
  id = sitrep_store_create_event (self->store, &draft, &error);
  if (id == 0)
    {
      _sitrep_window_show_error_toast (self, error);
      return;
    }
  show_view (self, "events");
  sitrep_events_view_select_event (self->events->view, id);
  open_editor (self, id);
}

static gint64
event_param (SitrepWindow *self,
             GVariant     *param)
{
  return param != NULL ? g_variant_get_int64 (param) : current_event (self);
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = current_event (self);

  if (id != 0)
    open_editor (self, id);
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = current_event (self);

  if (id == 0)
    return;
  if (!sitrep_store_delete_event (self->store, id, &error))
    _sitrep_window_show_error_toast (self, error);
  else
    sitrep_window_show_undo_toast (self, _("Event deleted"));
}

static void
override_best_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = current_event (self);

  if (id != 0)
    override_best (self, id);
}

static void
merge_event_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = current_event (self);

  if (id != 0)
    merge_dialog (self, id);
}

static void
merge_events_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  gint64 keep, merge;

  g_variant_get (param, "(xx)", &keep, &merge);
  merge_events (SITREP_WINDOW (widget), keep, merge);
}

static void
add_claim_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = event_param (self, NULL);

  if (id != 0)
    gtk_window_present (GTK_WINDOW (sitrep_claim_dialog_new (GTK_WINDOW (self), self->store, id, 0)));
}

static void
edit_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (sitrep_claim_dialog_new (GTK_WINDOW (self), self->store, 0,
                                                           g_variant_get_int64 (param))));
}

static void
delete_claim_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sitrep_store_delete_claim (self->store, g_variant_get_int64 (param), &error))
    _sitrep_window_show_error_toast (self, error);
  else
    sitrep_window_show_undo_toast (self, _("Claim deleted"));
}

/* Makes a claim of the figure in span @annotation for event @event; with
 * no event, the span's sentence becomes a new one. The toast names the
 * event either way. */
static void
make_claim (SitrepWindow *self,
            gint64        annotation,
            gint64        event)
{
  g_autoptr(GError) error = NULL;
  gboolean added = FALSE;

  if (annotation == 0)
    {
      sitrep_window_show_toast (self, _("Select a Killed, Wounded or Captured span first"));
      return;
    }
  if (event == 0)
    {
      _sitrep_window_new_event (self);
      return;
    }
  if (sitrep_store_make_claim (self->store, event, annotation, SITREP_VICTIM_UNKNOWN, 0, &added, &error) == 0)
    _sitrep_window_show_error_toast (self, error);
  else
    {
      g_autoptr(SitrepEvent) e = sitrep_store_get_event (self->store, event, NULL);
      g_autofree char *title = e != NULL ? sitrep_event_dup_title (e) : NULL;
      g_autofree char *text = NULL;

      if (added)
        {
          /* Translators: the event's title, "Battles in Jasim, 2022-10-14" */
          text = g_strdup_printf (_("Claim added to “%s”"), title != NULL ? title : "");
          sitrep_window_show_undo_toast (self, text);
        }
      else
        {
          /* Translators: the event's title, "Battles in Jasim, 2022-10-14" */
          text = g_strdup_printf (_("This figure already is a claim of “%s”"), title != NULL ? title : "");
          sitrep_window_show_toast (self, text);
        }
    }
}

static void
make_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 annotation = sitrep_reader_get_selected_annotation (self->reader);

  /* By key as by the row's + button: the panel asks which event when the
   * article reports another or none is current (it is on screen to ask). */
  if (annotation != 0 && gtk_widget_get_mapped (GTK_WIDGET (self->annotation_panel)) &&
      gtk_widget_activate_action (GTK_WIDGET (self->annotation_panel), "annotation-panel.make-claim", "x", annotation))
    return;
  make_claim (self, annotation, current_event (self));
}

/* Make Claim from a row of the annotation panel. Its span becomes the
 * reader's selection first, so that with no event chosen New Event reads the
 * sentence around it rather than an older text selection elsewhere. */
/* The span of row @id becomes the reader's selection, so that New Event
 * reads the sentence around it rather than an older text selection. */
static gboolean
select_claim_span (SitrepWindow *self,
                   gint64        id)
{
  SitrepArticle *article = sitrep_reader_get_article (self->reader);
  g_autoptr(SitrepAnnotation) ann = sitrep_store_get_annotation (self->store, id, NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (self->reader));
  GtkTextIter a, b;

  if (ann == NULL || article == NULL ||
      sitrep_annotation_get_article_id (ann) != sitrep_article_get_id (article))
    return FALSE;
  sitrep_reader_select_annotation (self->reader, id, TRUE);
  if (gtk_text_buffer_get_selection_bounds (buffer, &a, &b) &&
      ((guint) gtk_text_iter_get_offset (&a) > sitrep_annotation_get_start (ann) ||
       (guint) gtk_text_iter_get_offset (&b) < sitrep_annotation_get_end (ann)))
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) sitrep_annotation_get_start (ann));
      gtk_text_buffer_place_cursor (buffer, &a);
    }
  return TRUE;
}

/* Make Claim from a row of the annotation panel, for the current event. */
static void
make_claim_from_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = g_variant_get_int64 (param);

  if (select_claim_span (self, id))
    make_claim (self, id, current_event (self));
}

/* Make Claim from a row of the annotation panel for the event the user
 * chose there (0: a new event from the span's sentence). */
static void
make_claim_to_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id, event;

  g_variant_get (param, "(xx)", &id, &event);
  if (select_claim_span (self, id))
    make_claim (self, id, event);
}

static void
show_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gint64 article, annotation;
  guint start, end;

  g_variant_get (param, "(xuux)", &article, &start, &end, &annotation);
  show_evidence (SITREP_WINDOW (widget), article, start, end, annotation);
}

/* Window hooks */

void
_sitrep_window_class_events_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SITREP_TYPE_EVENTS_PANE);

  gtk_widget_class_bind_template_child_full (widget_class, "events_pane", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "articles_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "events_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "view_switcher", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "new_event_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);

  gtk_widget_class_install_action (widget_class, "win.show-articles", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-events", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.new-empty-event", NULL, new_empty_event_action);
  gtk_widget_class_install_action (widget_class, "win.edit-event", NULL, edit_event_action);
  gtk_widget_class_install_action (widget_class, "win.delete-event", NULL, delete_event_action);
  gtk_widget_class_install_action (widget_class, "win.override-best", NULL, override_best_action);
  gtk_widget_class_install_action (widget_class, "win.merge-event", NULL, merge_event_action);
  gtk_widget_class_install_action (widget_class, "win.merge-events", "(xx)", merge_events_action);
  gtk_widget_class_install_action (widget_class, "win.add-claim", NULL, add_claim_action);
  gtk_widget_class_install_action (widget_class, "win.edit-claim", "x", edit_claim_action);
  gtk_widget_class_install_action (widget_class, "win.delete-claim", "x", delete_claim_action);
  gtk_widget_class_install_action (widget_class, "win.make-claim", NULL, make_claim_action);
  gtk_widget_class_install_action (widget_class, "win.make-claim-from", "x", make_claim_from_action);
  gtk_widget_class_install_action (widget_class, "win.make-claim-to", "(xx)", make_claim_to_action);
  gtk_widget_class_install_action (widget_class, "win.show-evidence", "(xuux)", show_evidence_action);

  _sitrep_window_class_new_event_init (widget_class);
  _sitrep_window_class_exchange_init (widget_class);
  _sitrep_window_class_datasets_init (widget_class);
}

void
_sitrep_window_events_init (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GType type = SITREP_TYPE_WINDOW;
  SitrepWindowEvents *ev = g_new0 (SitrepWindowEvents, 1);

  self->events = ev;
  ev->pane = SITREP_EVENTS_PANE (gtk_widget_get_template_child (widget, type, "events_pane"));
  ev->view = sitrep_events_pane_get_view (ev->pane);
  ev->articles_toggle = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (widget, type, "articles_toggle"));
  ev->events_toggle = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (widget, type, "events_toggle"));
  ev->view_switcher = GTK_WIDGET (gtk_widget_get_template_child (widget, type, "view_switcher"));
  ev->new_event_button = GTK_WIDGET (gtk_widget_get_template_child (widget, type, "new_event_button"));

  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (on_main_stack_notify), self);
  g_signal_connect_swapped (ev->view, "notify::selected-event",
                            G_CALLBACK (on_view_selected_event), self);
  sitrep_pane_set_workspace (SITREP_PANE (ev->pane), self->workspace);
  sync_toggles (self);
}

void
_sitrep_window_events_connect (SitrepWindow *self)
{
  if (self->events == NULL)
    return;
  sitrep_pane_set_event_index (SITREP_PANE (self->events->pane), self->event_index);
  /* An edit of the current event changes its title; the window's handlers
   * on the store go when it lets the project go. */
  g_signal_connect_object (self->store, "changed::event", G_CALLBACK (on_store_event_changed), self,
                           G_CONNECT_SWAPPED);
  update_claim_target (self);
  sync_toggles (self);
}

void
_sitrep_window_events_disconnect (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;

  if (ev == NULL)
    return;
  g_clear_handle_id (&ev->evidence_source, g_source_remove);
  if (ev->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (ev->editor));
  if (ev->similar_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (ev->similar_dialog));
  sitrep_pane_set_event_index (SITREP_PANE (ev->pane), NULL);
}

void
_sitrep_window_events_dispose (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;

  if (ev == NULL)
    return;
  _sitrep_window_events_disconnect (self);
  g_signal_handlers_disconnect_by_data (self->main_stack, self);
  g_signal_handlers_disconnect_by_data (ev->view, self);
  g_clear_pointer (&self->events, g_free);
}

void
_sitrep_window_events_update_actions (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean store = has_store (self);
  gboolean writable = _sitrep_window_has_writable_store (self);
  gboolean has_event = current_event (self) != 0;
  gboolean has_article = store && self->current_id != 0;

  gtk_widget_action_set_enabled (widget, "win.show-articles", store);
  gtk_widget_action_set_enabled (widget, "win.show-events", store);
  gtk_widget_action_set_enabled (widget, "win.make-claim", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.make-claim-from", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.make-claim-to", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.new-empty-event", writable);
  gtk_widget_action_set_enabled (widget, "win.edit-event", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.delete-event", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.override-best", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.merge-event", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.merge-events", writable);
  gtk_widget_action_set_enabled (widget, "win.add-claim", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.edit-claim", writable);
  gtk_widget_action_set_enabled (widget, "win.delete-claim", writable);
  gtk_widget_action_set_enabled (widget, "win.show-evidence", store);

  _sitrep_window_new_event_update_actions (self);
  _sitrep_window_exchange_update_actions (self);
  _sitrep_window_datasets_update_actions (self);
}

SitrepEventsView *
sitrep_window_get_events_view (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->events ? self->events->view : NULL;
}

SitrepEventsPane *
sitrep_window_get_events_pane (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->events ? self->events->pane : NULL;
}

/* The same-incident question of New Event, closed with the project. */
void
_sitrep_window_events_set_similar_dialog (SitrepWindow *self,
                                          GtkWidget    *dialog)
{
  SitrepWindowEvents *ev = self->events;

  ev->similar_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &ev->similar_dialog);
}

