/* sitrep-window-annotate.c — the window's annotation verbs: undo, linking, annotators, dialogs
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-entities-window.h"
#include "sitrep-label-kind.h"
#include "sitrep-labels-dialog.h"
#include "sitrep-store-datasets.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-window-private.h"

static void
show_error (SitrepWindow *self,
            const GError *error)
{
  sitrep_window_show_toast (self, error != NULL ? error->message : _("That did not work"));
}

/* Undo and redo */

void
_sitrep_window_update_history (SitrepWindow *self)
{
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;
  gboolean writable = _sitrep_window_has_writable_store (self);
  gboolean deciding = FALSE;

  if (writable)
    {
      /* A decision on suggestions being saved is the last step to undo. */
      if (self->reader != NULL)
        undo = sitrep_suggestion_review_dup_take_back_description (sitrep_reader_get_suggestion_review (self->reader));
      deciding = undo != NULL;
      if (undo == NULL)
        undo = sitrep_store_dup_undo_description (self->store);
      /* and the one taken back there, the first to redo; while a
       * decision waits, the store's Redo would be gone with it. */
      if (self->reader != NULL)
        redo = sitrep_suggestion_review_dup_redo_description (sitrep_reader_get_suggestion_review (self->reader));
      if (redo == NULL && !deciding)
        redo = sitrep_store_dup_redo_description (self->store);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", redo != NULL);

  /* Translators: tooltip of the undo button; %s says what, e.g. Label “Jasim” as Place */
  undo_tip = undo ? g_strdup_printf (_("Undo %s (Ctrl+Z)"), undo) : g_strdup (_("Nothing to undo"));
  /* Translators: tooltip of the redo button; %s says what */
  redo_tip = redo ? g_strdup_printf (_("Redo %s (Shift+Ctrl+Z)"), redo) : g_strdup (_("Nothing to redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->undo_button)), self->store != NULL);
}

static void
on_history_changed (SitrepStore  *store,
                    SitrepWindow *self)
{
  _sitrep_window_update_history (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!_sitrep_window_has_writable_store (self))
    return;

  /* A decision on suggestions shown while they are being saved is not in
   * the store yet: it is the last one to take back, and once taken back
   * the first one to redo. */
  if (g_str_equal (action_name, "win.undo") && self->reader != NULL &&
      sitrep_suggestion_review_take_back_queued (sitrep_reader_get_suggestion_review (self->reader)))
    ok = TRUE;
  else if (g_str_equal (action_name, "win.redo") && self->reader != NULL &&
           sitrep_suggestion_review_redo_queued (sitrep_reader_get_suggestion_review (self->reader)))
    ok = TRUE;
  else if (g_str_equal (action_name, "win.undo"))
    ok = sitrep_store_undo (self->store, &error);
  else
    ok = sitrep_store_redo (self->store, &error);
  if (!ok)
    show_error (self, error);
  _sitrep_window_update_history (self);
}

/* Linking a span to an entity */

static void link_to_entity (SitrepWindow *self,
                            gint64        annotation_id,
                            gint64        entity_id,
                            const char   *kind,
                            const char   *text);

/* The entity kind the span's label links to, or NULL; *@own_kind, if given,
 * says whether that is the label's own kind (an Actor span links to an
 * actor) rather than one a rule gives it (a Claimant span links to an
 * actor too). */
static const char *
span_entity_kind (SitrepWindow     *self,
                  SitrepAnnotation *annotation,
                  gboolean         *own_kind)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (self->store, NULL);

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    if (sitrep_label_get_id (labels->pdata[i]) == sitrep_annotation_get_label_id (annotation))
      {
        const char *label_kind = sitrep_label_get_kind (labels->pdata[i]);
        const char *kind = sitrep_label_kind_entity_kind (label_kind);

        if (own_kind != NULL)
          *own_kind = kind != NULL && g_strcmp0 (kind, label_kind) == 0;
        return kind;
      }
  return NULL;
}

static void
link_entity_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(SitrepAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *kind = NULL;
  gint64 annotation_id, entity_id;

  if (!_sitrep_window_has_writable_store (self))
    return;

  g_variant_get (param, "(xx)", &annotation_id, &entity_id);
  annotation = sitrep_store_get_annotation (self->store, annotation_id, &error);
  if (annotation == NULL)
    {
      show_error (self, error);
      return;
    }

  kind = span_entity_kind (self, annotation, NULL);
  text = g_strstrip (g_strdup (sitrep_annotation_get_text (annotation)));
  if (kind == NULL)
    {
      sitrep_window_show_toast (self, _("Spans of this label do not link to entities. Label the words as an actor, a person, a place or a claimant first."));
      return;
    }

  if (entity_id < 0)
    {
      /* The chooser's default: what sitrep-cli import-annotations would do. */
      if (sitrep_store_link_mention (self->store, annotation_id, kind, &error) == 0)
        show_error (self, error);
      return;
    }

  /* Making the entity, its new alias and the link are one undo step. */
  {
    g_autofree char *what = g_strdup_printf (_("Link “%s”"), text);
    sitrep_store_begin_group (self->store, what);
    link_to_entity (self, annotation_id, entity_id, kind, text);
    sitrep_store_end_group (self->store);
  }
}

static void
link_to_entity (SitrepWindow *self,
                gint64        annotation_id,
                gint64        entity_id,
                const char   *kind,
                const char   *text)
{
  g_autoptr(GError) error = NULL;

  if (entity_id == 0)
    {
      entity_id = sitrep_store_add_entity (self->store, kind, text, &error);
      if (entity_id == 0)
        {
          show_error (self, error);
          return;
        }
    }
  else
    {
      g_autoptr(SitrepEntity) entity = sitrep_store_get_entity (self->store, entity_id, &error);
      const char * const *aliases;

      if (entity == NULL)
        {
          show_error (self, error);
          return;
        }
      aliases = sitrep_entity_get_aliases (entity);
      /* A new spelling of a known name is kept as an alias. */
      if (g_strcmp0 (sitrep_entity_get_name (entity), text) != 0 &&
          (aliases == NULL || !g_strv_contains (aliases, text)) &&
          !sitrep_store_add_alias (self->store, entity_id, text, &error))
        {
          show_error (self, error);
          return;
        }
    }

  if (!sitrep_store_set_annotation_entity (self->store, annotation_id, entity_id, &error))
    show_error (self, error);
}

/* Whether a span's words are the entity's very name, but for case: the
 * link the user expects, which a message in each step of a long labelling
 * session would only repeat. */
static gboolean
words_are_name (const char *words,
                const char *name)
{
  g_autofree char *a = g_utf8_normalize (words, -1, G_NORMALIZE_NFKC);
  g_autofree char *b = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  g_autofree char *fa = a != NULL ? g_utf8_casefold (a, -1) : NULL;
  g_autofree char *fb = b != NULL ? g_utf8_casefold (b, -1) : NULL;

  return fa != NULL && g_strcmp0 (fa, fb) == 0;
}

/* win.tell-linked ((xx): annotation, entity): a new span the reader linked
 * by itself to the entity its words name. Where that link is not obvious
 * (another spelling, an alias, a Claimant span linked to an actor) the user
 * is told which, with Change… (win.choose-entity) to pick another; an Actor
 * or Person span on the entity's own name is linked quietly (the panel shows
 * the link). Undo takes back the label with its link either way. */
static void
tell_linked_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(SitrepAnnotation) annotation = NULL;
  g_autoptr(SitrepEntity) entity = NULL;
  g_autofree char *text = NULL;
  g_autofree char *told = NULL;
  gboolean own_kind = FALSE;
  gint64 annotation_id, entity_id;

  g_variant_get (param, "(xx)", &annotation_id, &entity_id);
  if (self->store == NULL ||
      (annotation = sitrep_store_get_annotation (self->store, annotation_id, NULL)) == NULL ||
      (entity = sitrep_store_get_entity (self->store, entity_id, NULL)) == NULL)
    return;
  text = g_strstrip (g_strdup (sitrep_annotation_get_text (annotation)));
  if (span_entity_kind (self, annotation, &own_kind) != NULL && own_kind &&
      words_are_name (text, sitrep_entity_get_name (entity)))
    return;
  if (g_strcmp0 (sitrep_entity_get_kind (entity), "person") == 0)
    /* Translators: after a new span was linked by itself to a known person;
     * the first %s is the words labelled, the second the person's name */
    told = g_strdup_printf (_("“%s” linked to the person “%s”"), text, sitrep_entity_get_name (entity));
  else
    /* Translators: after a new Actor or Claimant span was linked by itself to
     * a known actor; the first %s is the words labelled, the second the actor's name */
    told = g_strdup_printf (_("“%s” linked to the actor “%s”"), text, sitrep_entity_get_name (entity));
  sitrep_window_show_toast_with_button (self, told, _("_Change…"), "win.choose-entity",
                                        g_variant_new ("(xx)", annotation_id, entity_id));
}

/* Who is annotating */

static void
use_annotator (SitrepWindow *self,
               const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *filter = NULL;
  gint64 id;

  if (self->store == NULL || name == NULL || *name == '\0' || sitrep_store_is_read_only (self->store))
    return;

  id = sitrep_store_ensure_annotator (self->store, name, &error);
  if (id == 0)
    {
      show_error (self, error);
      return;
    }
  self->annotator_id = id;
  sitrep_reader_set_annotator (self->reader, id);
  /* New events record who coded them (schema 9). */
  sitrep_store_set_event_coder_default (self->store, id);

  /* "mine" follows the new name. */
  filter = g_settings_get_string (self->settings, "annotation-filter");
  if (g_strcmp0 (filter, "mine") == 0)
    {
      sitrep_reader_set_annotator_filter (self->reader, id);
      sitrep_annotation_panel_set_annotator_filter (self->annotation_panel, id);
    }
}

/* After "Who Is Annotating?": the keys go back where they were, so a review
 * by keyboard goes on. The row that had them may have left with the accept
 * the answer let through, and the window, active again, then gave them to
 * its first widget (Import: the next Enter opened the import dialog): the
 * list the row was in takes them instead. */
static gboolean
restore_focus_idle (gpointer data)
{
  SitrepWindow *self = data;
  GtkWidget *before = self->focus_before_annotator;
  GtkWidget *list = self->list_before_annotator;
  GtkWidget *now = gtk_root_get_focus (GTK_ROOT (self));
  gboolean back = now != NULL && now == before;

  if (!back && before != NULL && gtk_widget_get_root (before) == GTK_ROOT (self) && gtk_widget_get_mapped (before))
    back = gtk_widget_grab_focus (before);
  if (!back && list != NULL && (now == NULL || !gtk_widget_is_ancestor (now, list)) &&
      gtk_widget_get_root (list) == GTK_ROOT (self) && gtk_widget_get_mapped (list))
    gtk_widget_grab_focus (list);
  g_clear_weak_pointer (&self->focus_before_annotator);
  g_clear_weak_pointer (&self->list_before_annotator);
  return G_SOURCE_REMOVE;
}

static void
on_annotator_response (AdwMessageDialog *dialog,
                       const char       *response,
                       SitrepWindow     *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gint64 label_id = self->pending_label_id;

  self->asking_annotator = FALSE;
  self->pending_label_id = 0;
  /* After the accept below and the list's reload (G_PRIORITY_HIGH_IDLE + 20),
   * before the idles a busy window may keep waiting. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE + 30, restore_focus_idle, g_object_ref (self), g_object_unref);

  if (g_strcmp0 (response, "save") == 0 && *name != '\0')
    {
      g_settings_set_string (self->settings, "annotator-name", name);
      use_annotator (self, name);
    }
  /* The panel's Accept All (or ✓) that asked is done now, or dropped on
   * Not Now (the reader's waits through sitrep_reader_set_annotator). */
  sitrep_annotation_panel_set_annotator (self->annotation_panel, self->annotator_id);
  if (g_strcmp0 (response, "save") != 0 || *name == '\0')
    return;

  if (label_id != 0 && self->annotator_id != 0)
    {
      g_autoptr(GError) error = NULL;

      if (sitrep_reader_apply_label (self->reader, label_id, &error) == 0 && error != NULL)
        show_error (self, error);
    }
}

static void
on_annotator_changed (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

static void
ask_annotator (SitrepWindow *self)
{
  g_autofree char *current = g_settings_get_string (self->settings, "annotator-name");
  GtkWidget *dialog;
  GtkWidget *entry;
  GtkWidget *focus;

  if (self->asking_annotator)
    return;
  self->asking_annotator = TRUE;
  focus = gtk_root_get_focus (GTK_ROOT (self));
  g_set_weak_pointer (&self->focus_before_annotator, focus);
  g_set_weak_pointer (&self->list_before_annotator,
                      focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW) : NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Who Is Annotating?"),
                                   _("Your name is recorded with each annotation you make, so the "
                                     "work of several annotators can be told apart and compared."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Your name or initials"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), current);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Annotator name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Not Now"),
                                    "save", _("_Continue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", *current != '\0');
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_annotator_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_annotator_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_annotator_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ask_annotator (SITREP_WINDOW (widget));
}

gboolean
sitrep_window_request_annotator (SitrepWindow *self,
                                 gint64        label_id)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);

  if (self->annotator_id != 0 || self->store == NULL)
    return FALSE;

  name = g_settings_get_string (self->settings, "annotator-name");
  if (*name != '\0')
    {
      use_annotator (self, name);
      return FALSE;
    }

  self->pending_label_id = label_id;
  ask_annotator (self);
  return TRUE;
}

/* Before an event is made: the saved name, if any, becomes the coder
 * without asking (an event is not worth a dialog). */
void
_sitrep_window_use_saved_annotator (SitrepWindow *self)
{
  g_autofree char *name = NULL;

  if (self->annotator_id != 0 || self->store == NULL)
    return;
  name = g_settings_get_string (self->settings, "annotator-name");
  use_annotator (self, name);
}

gint64
sitrep_window_get_annotator (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), 0);

  return self->annotator_id;
}

/* Whose annotations are shown */

static gint64
filter_to_annotator (SitrepWindow *self,
                     const char   *filter)
{
  if (self->store == NULL || filter == NULL || g_strcmp0 (filter, "all") == 0 || *filter == '\0')
    return 0;
  if (g_strcmp0 (filter, "mine") == 0)
    return self->annotator_id;
  if (sitrep_store_is_read_only (self->store))
    return 0;
  return sitrep_store_find_annotator (self->store, filter);
}

static void
apply_filter (SitrepWindow *self)
{
  g_autofree char *filter = g_settings_get_string (self->settings, "annotation-filter");
  gint64 id = filter_to_annotator (self, filter);

  sitrep_annotation_panel_set_filter (self->annotation_panel, filter);
  /* "mine" before anyone is named shows everything rather than nothing. */
  sitrep_reader_set_annotator_filter (self->reader, id);
  sitrep_annotation_panel_set_annotator_filter (self->annotation_panel, id);
}

static void
on_filter_notify (SitrepAnnotationPanel *panel,
                  GParamSpec            *pspec,
                  SitrepWindow          *self)
{
  g_autofree char *current = g_settings_get_string (self->settings, "annotation-filter");
  const char *filter = sitrep_annotation_panel_get_filter (panel);

  if (g_strcmp0 (current, filter) != 0)
    g_settings_set_string (self->settings, "annotation-filter", filter);
  apply_filter (self);
}

/* Reader and panel select the same annotation: both follow the workspace's. */

static void
on_reader_selected (SitrepReader *reader,
                    GParamSpec   *pspec,
                    SitrepWindow *self)
{
  sitrep_workspace_set_annotation (self->workspace, sitrep_reader_get_selected_annotation (reader));
}

static void
on_panel_selected (SitrepAnnotationPanel *panel,
                   GParamSpec            *pspec,
                   SitrepWindow          *self)
{
  sitrep_workspace_set_annotation (self->workspace, sitrep_annotation_panel_get_selected (panel));
}

static void
on_workspace_annotation (SitrepWorkspace *workspace,
                         GParamSpec      *pspec,
                         SitrepWindow    *self)
{
  gint64 id = sitrep_workspace_get_annotation (workspace);

  if (id != sitrep_annotation_panel_get_selected (self->annotation_panel))
    sitrep_annotation_panel_set_selected (self->annotation_panel, id);
  /* Chosen in the panel (or elsewhere): the reader shows the span. */
  if (id != sitrep_reader_get_selected_annotation (self->reader))
    sitrep_reader_select_annotation (self->reader, id, TRUE);
}

static void
on_panel_activated (SitrepAnnotationPanel *panel,
                    gint64                 id,
                    SitrepWindow          *self)
{
  sitrep_reader_select_annotation (self->reader, id, TRUE);
}

/* Shift+arrows on a row of the panel: the reader moves the span's edge (it
 * knows the words and the text's direction), as one undoable edit. */
static void
on_panel_move_edge (SitrepAnnotationPanel *panel,
                    gint64                 id,
                    gboolean               start,
                    int                    direction,
                    SitrepWindow          *self)
{
  sitrep_reader_select_annotation (self->reader, id, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->reader), "reader.move-edge-on-screen", "(bi)", start, direction);
}

/* Dialogs */

static void
show_labels_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (self->store == NULL)
    return;
  if (self->labels_dialog == NULL)
    {
      self->labels_dialog = GTK_WIDGET (sitrep_labels_dialog_new (self->store));
      gtk_window_set_transient_for (GTK_WINDOW (self->labels_dialog), GTK_WINDOW (self));
      g_object_add_weak_pointer (G_OBJECT (self->labels_dialog), (gpointer *) &self->labels_dialog);
    }
  gtk_window_present (GTK_WINDOW (self->labels_dialog));
}

static void
show_entities_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (self->store == NULL)
    return;
  if (self->entities_window == NULL)
    {
      self->entities_window = GTK_WIDGET (sitrep_entities_window_new (self->store));
      gtk_window_set_transient_for (GTK_WINDOW (self->entities_window), GTK_WINDOW (self));
      g_object_add_weak_pointer (G_OBJECT (self->entities_window), (gpointer *) &self->entities_window);
    }
  gtk_window_present (GTK_WINDOW (self->entities_window));
}

void
_sitrep_window_annotate_connect (SitrepWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "annotator-name");

  g_signal_connect (self->store, "history-changed", G_CALLBACK (on_history_changed), self);

  if (*name != '\0')
    use_annotator (self, name);
  apply_filter (self);
  _sitrep_window_update_history (self);

  /* Nobody is asked on opening a project (a presenter never annotates): the
   * reader asks through sitrep_window_request_annotator () at the first label. */
}

void
_sitrep_window_annotate_init (SitrepWindow *self)
{
  g_signal_connect (self->reader, "notify::selected-annotation",
                    G_CALLBACK (on_reader_selected), self);
  g_signal_connect (self->annotation_panel, "notify::selected-annotation",
                    G_CALLBACK (on_panel_selected), self);
  g_signal_connect (self->workspace, "notify::annotation",
                    G_CALLBACK (on_workspace_annotation), self);
  g_signal_connect (self->annotation_panel, "notify::filter",
                    G_CALLBACK (on_filter_notify), self);
  g_signal_connect (self->annotation_panel, "annotation-activated",
                    G_CALLBACK (on_panel_activated), self);
  g_signal_connect (self->annotation_panel, "move-edge",
                    G_CALLBACK (on_panel_move_edge), self);
  /* The panel lists what the reader proposes and reviews. */
  sitrep_annotation_panel_set_suggestion_review (self->annotation_panel,
                                                 sitrep_reader_get_suggestion_review (self->reader));
  /* Undo takes back a decision queued there (Ctrl+Z on, even with nothing
   * else to undo). */
  g_signal_connect_object (sitrep_reader_get_suggestion_review (self->reader), "notify::can-take-back",
                           G_CALLBACK (_sitrep_window_update_history), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sitrep_reader_get_suggestion_review (self->reader), "notify::can-redo-queued",
                           G_CALLBACK (_sitrep_window_update_history), self, G_CONNECT_SWAPPED);
}

void
_sitrep_window_class_annotate_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.link-entity", "(xx)", link_entity_action);
  gtk_widget_class_install_action (widget_class, "win.tell-linked", "(xx)", tell_linked_action);
  gtk_widget_class_install_action (widget_class, "win.set-annotator", NULL, set_annotator_action);
  gtk_widget_class_install_action (widget_class, "win.show-labels", NULL, show_labels_action);
  gtk_widget_class_install_action (widget_class, "win.show-entities", NULL, show_entities_action);
}
