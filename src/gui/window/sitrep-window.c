/* sitrep-window.c — the main window: welcome screen, article list and reader
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-article-actions.h"
#include "sitrep-feeds-checker.h"
#include "sitrep-timeline-view.h"
#include "sitrep-accessible.h"
#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

#define MAX_RECENT 10

enum {
  PROP_0,
  PROP_ARTICLE_STATUS,
  PROP_SHOW_ORIGINAL,
  PROP_SORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepWindow, sitrep_window, ADW_TYPE_APPLICATION_WINDOW)



/* Recent projects */

char *
_sitrep_window_dup_display_dir (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;
  const char *home = g_get_home_dir ();

  if (path == NULL)
    return g_strdup ("");

  if (home != NULL && g_str_has_prefix (path, home) &&
      (path[strlen (home)] == '/' || path[strlen (home)] == '\0'))
    return g_strconcat ("~", path + strlen (home), NULL);

  return g_steal_pointer (&path);
}

static char *
dup_project_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename != NULL && g_str_has_suffix (basename, ".sitrep") && strlen (basename) > 7)
    basename[strlen (basename) - 7] = '\0';

  return g_steal_pointer (&basename);
}

static void
rebuild_recent (SitrepWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (recent[i]);
      g_autofree char *name = dup_project_name (file);
      g_autofree char *dir = _sitrep_window_dup_display_dir (file);
      g_autofree char *tooltip = NULL;
      gboolean exists = g_file_query_exists (file, NULL);
      GtkWidget *row;
      GtkWidget *remove;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

      if (exists)
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", recent[i]);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          tooltip = g_strdup_printf (_("Open %s"), recent[i]);
        }
      else
        {
          g_autofree char *missing = g_strdup_printf (_("Not found in %s — moved or deleted?"), dir);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), missing);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_widget_add_css_class (row, "missing-project");
          tooltip = g_strdup_printf (_("%s cannot be found"), recent[i]);
        }
      gtk_widget_set_tooltip_text (row, tooltip);

      remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove From Recent Projects"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove From Recent Projects"),
                                      -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "win.remove-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", recent[i]);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("x-office-document-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_append (self->recent_list, row);
    }

  gtk_widget_set_visible (self->recent_group, recent[0] != NULL);
}

static void
add_recent (SitrepWindow *self,
            const char   *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-projects", (const char * const *) updated);
}

/* The project view */



















static void
on_settings_changed (GSettings    *settings,
                     const char   *key,
                     SitrepWindow *self)
{
  if (g_strcmp0 (key, "recent-projects") == 0)
    rebuild_recent (self);
}

/* The flaps fold while they are allocated: showing the header's buttons then
 * would change the header bar in the middle of the window's allocation. */
static gboolean
sync_flap_buttons (gpointer data)
{
  SitrepWindow *self = data;

  /* They unfold the article list and the annotation panel: the Events
   * view has neither. */
  gboolean articles = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "project") == 0;

  self->folded_idle = 0;
  gtk_widget_set_visible (self->sidebar_button, articles && adw_flap_get_folded (self->sidebar_flap));
  gtk_widget_set_visible (self->panel_button, articles && adw_flap_get_folded (self->panel_flap));

  return G_SOURCE_REMOVE;
}

static void
on_flap_folded_notify (AdwFlap      *flap,
                       GParamSpec   *pspec,
                       SitrepWindow *self)
{
  if (self->folded_idle == 0)
    self->folded_idle = g_idle_add (sync_flap_buttons, self);
}

/* Closed: gtk_window_destroy () unrealizes the window at once, while its
 * dispose waits for the last reference, which work still running holds
 * (an import's callback, a check's): that work stops now. */
static void
sitrep_window_unrealize (GtkWidget *widget)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  _sitrep_window_articles_remember (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  GTK_WIDGET_CLASS (sitrep_window_parent_class)->unrealize (widget);
}

static gboolean
sitrep_window_close_request (GtkWindow *window)
{
  SitrepWindow *self = SITREP_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (sitrep_window_parent_class)->close_request (window);
}

static void
disconnect_store (SitrepWindow *self)
{
  _sitrep_window_articles_remember (self);
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);

  /* Every view lets go of the old project's article, event and range. */
  if (self->workspace != NULL)
    sitrep_workspace_set_store (self->workspace, NULL);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->articles != NULL)
    g_signal_handlers_disconnect_by_data (self->articles, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  _sitrep_window_map_disconnect (self);
  _sitrep_window_events_disconnect (self);
  _sitrep_window_timeline_disconnect (self);
  gtk_list_view_set_model (self->list_view, NULL);
  sitrep_feeds_sidebar_set_store (self->feeds_sidebar, NULL);
  self->pending_select_id = 0;
  g_clear_object (&self->selection);
  g_clear_object (&self->articles);
  self->current_id = 0;
  self->hidden_by_filter_id = 0;
  self->annotator_id = 0;
  sitrep_reader_set_annotator (self->reader, 0);
  g_clear_object (&self->store);
}

static void
sitrep_window_dispose (GObject *object)
{
  SitrepWindow *self = SITREP_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  /* its entries belong to their handlers, let go with the cancellable */
  g_clear_pointer (&self->child_cancels, g_ptr_array_unref);
  _sitrep_window_toasts_dispose (self);
  g_clear_weak_pointer (&self->focus_before_annotator);
  g_clear_weak_pointer (&self->list_before_annotator);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  disconnect_store (self);
  g_clear_handle_id (&self->folded_idle, g_source_remove);

  g_clear_object (&self->import_cancellable);
  g_clear_pointer (&self->import_results, g_ptr_array_unref);
  if (self->labels_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->labels_dialog));
  if (self->entities_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->entities_window));

  _sitrep_window_map_dispose (self);
  _sitrep_window_events_dispose (self);
  _sitrep_window_timeline_dispose (self);
  if (self->reader != NULL)
    g_signal_handlers_disconnect_by_data (self->reader, self);
  if (self->annotation_panel != NULL)
    g_signal_handlers_disconnect_by_data (self->annotation_panel, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_WINDOW);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->sources);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sitrep_window_parent_class)->dispose (object);
}

static void
sitrep_window_finalize (GObject *object)
{
  SitrepWindow *self = SITREP_WINDOW (object);

  g_free (self->sort);
  g_free (self->last_toast);
  g_free (self->last_toast_action);

  G_OBJECT_CLASS (sitrep_window_parent_class)->finalize (object);
}

static const char *
get_article_status (SitrepWindow *self)
{
  SitrepArticle *article = self->reader ? sitrep_reader_get_article (self->reader) : NULL;

  if (article == NULL)
    return "new";

  return sitrep_article_status_to_string (sitrep_article_get_status (article));
}

static void
set_article_status (SitrepWindow *self,
                    const char   *name)
{
  g_autoptr(GError) error = NULL;
  SitrepArticleStatus status;

  if (self->store == NULL || self->current_id == 0)
    return;

  if (!sitrep_article_status_from_string (name, &status))
    {
      g_warning ("Unknown article status “%s”", name);
      return;
    }

  if (g_strcmp0 (name, get_article_status (self)) == 0)
    return;

  if (!sitrep_store_set_article_status (self->store, self->current_id, status, &error))
    {
      sitrep_window_show_toast (self, error->message);
      return;
    }

  /* The store's article-updated signal refreshes the reader and the list. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_STATUS]);
}

void
_sitrep_window_notify_article_status (SitrepWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_STATUS]);
}

static void
set_sort (SitrepWindow *self,
          const char   *name)
{
  SitrepArticleSort sort;

  if (!_sitrep_window_sort_from_name (name, &sort) || g_strcmp0 (name, self->sort) == 0)
    return;

  g_free (self->sort);
  self->sort = g_strdup (name);

  if (self->articles != NULL)
    sitrep_article_list_set_sort (self->articles, sort);

  if (sort != SITREP_ARTICLE_SORT_RELEVANCE)
    {
      g_settings_set_string (self->settings, "article-sort", name);
      /* A sort chosen while searching is kept when the search ends. */
      if (self->sort_before_search_set)
        self->sort_before_search = sort;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

static void
sitrep_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SitrepWindow *self = SITREP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_STATUS:
      g_value_set_string (value, get_article_status (self));
      break;

    case PROP_SHOW_ORIGINAL:
      g_value_set_boolean (value, self->show_original);
      break;

    case PROP_SORT:
      g_value_set_string (value, self->sort);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SitrepWindow *self = SITREP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE_STATUS:
      set_article_status (self, g_value_get_string (value));
      break;

    case PROP_SHOW_ORIGINAL:
      if (self->show_original != g_value_get_boolean (value))
        {
          self->show_original = g_value_get_boolean (value);
          sitrep_reader_set_show_original (self->reader, self->show_original);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SORT:
      set_sort (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What the reader and the panels tell the window (they never call it) */

static void
on_child_show_message (GtkWidget    *child,
                       const char   *text,
                       gboolean      undo,
                       SitrepWindow *self)
{
  if (undo)
    sitrep_window_show_undo_toast (self, text);
  else
    sitrep_window_show_toast (self, text);
}

static gboolean
on_reader_annotator_needed (SitrepReader *reader,
                            gint64        label_id,
                            SitrepWindow *self)
{
  return sitrep_window_request_annotator (self, label_id);
}

static gboolean
on_panel_annotator_needed (SitrepAnnotationPanel *panel,
                           SitrepWindow          *self)
{
  if (sitrep_window_request_annotator (self, 0))
    return TRUE;
  sitrep_annotation_panel_set_annotator (panel, self->annotator_id);
  return FALSE;
}

/* win.show-message ((sb): text, with Undo): any widget in the window tells
 * the user something (sitrep_show_error, sitrep_show_undo_toast). */
static void
show_message_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  const char *text = NULL;
  gboolean undo = FALSE;

  g_variant_get (param, "(&sb)", &text, &undo);
  on_child_show_message (NULL, text, undo, SITREP_WINDOW (widget));
}

/* The remembered size and maximized state are applied once the window's
 * construct properties are set: GtkWindow's own defaults, set after the
 * instance is initialised, would undo a maximize made in _init. */
static void
sitrep_window_constructed (GObject *object)
{
  SitrepWindow *self = SITREP_WINDOW (object);

  G_OBJECT_CLASS (sitrep_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
sitrep_window_class_init (SitrepWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  g_type_ensure (SITREP_TYPE_READER);
  g_type_ensure (SITREP_TYPE_ANNOTATION_PANEL);

  object_class->constructed = sitrep_window_constructed;
  object_class->dispose = sitrep_window_dispose;
  object_class->finalize = sitrep_window_finalize;
  object_class->get_property = sitrep_window_get_property;
  object_class->set_property = sitrep_window_set_property;

  window_class->close_request = sitrep_window_close_request;
  widget_class->unrealize = sitrep_window_unrealize;

  properties[PROP_ARTICLE_STATUS] =
    g_param_spec_string ("article-status", NULL, NULL,
                         "new",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_ORIGINAL] =
    g_param_spec_boolean ("show-original", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL,
                         "imported",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, readonly_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, sidebar_flap);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, panel_flap);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, sidebar_button);
  gtk_widget_class_bind_template_child_full (widget_class, "import_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, reader);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, annotation_panel);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, drop_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, cancel_import_button);

  _sitrep_window_class_articles_init (widget_class);
  _sitrep_window_class_actions_init (widget_class);
  _sitrep_window_class_annotate_init (widget_class);
  _sitrep_window_class_map_init (widget_class);
  _sitrep_window_class_events_init (widget_class);
  _sitrep_window_class_timeline_init (widget_class);
  sitrep_article_actions_install (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-message", "(sb)", show_message_action);
  _sitrep_window_toasts_class_init (widget_class);
}

static void
sitrep_window_init (SitrepWindow *self)
{
  g_autofree char *sort = NULL;
  SitrepArticleSort sort_value;

  self->cancellable = g_cancellable_new ();
  /* Before the template: its menus ask the property actions for their state. */
  self->settings = g_settings_new (APP_ID);
  sort = g_settings_get_string (self->settings, "article-sort");
  if (!_sitrep_window_sort_from_name (sort, &sort_value))
    {
      g_free (sort);
      sort = g_strdup ("imported");
    }
  self->sort = g_steal_pointer (&sort);
  self->workspace = sitrep_workspace_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  sitrep_article_actions_add_list_shortcuts (GTK_WIDGET (self->list_view));
  _sitrep_window_articles_init (self);

  self->sources = gtk_string_list_new ((const char * const[]) { _("All Sources"), NULL });
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (self->sources));

  g_settings_bind (self->settings, "map-visible", self->map_button, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect (self->sidebar_flap, "notify::folded", G_CALLBACK (on_flap_folded_notify), self);
  g_signal_connect (self->panel_flap, "notify::folded", G_CALLBACK (on_flap_folded_notify), self);
  g_signal_connect (self->main_stack, "notify::visible-child-name", G_CALLBACK (on_flap_folded_notify), self);

  g_settings_bind (self->settings, "reader-font-scale", self->reader, "font-scale",
                   G_SETTINGS_BIND_GET);
  g_signal_connect (self->settings, "changed", G_CALLBACK (on_settings_changed), self);
  g_settings_bind (self->settings, "snap-to-words", self->reader, "snap-to-words",
                   G_SETTINGS_BIND_GET);
  _sitrep_window_annotate_init (self);
  _sitrep_window_toasts_init (self);
  _sitrep_window_map_init (self);
  _sitrep_window_events_init (self);
  _sitrep_window_timeline_init (self);
  g_signal_connect (self->reader, "show-message", G_CALLBACK (on_child_show_message), self);
  g_signal_connect (self->reader, "annotator-needed", G_CALLBACK (on_reader_annotator_needed), self);
  g_signal_connect (self->annotation_panel, "annotator-needed", G_CALLBACK (on_panel_annotator_needed), self);

  rebuild_recent (self);
  _sitrep_window_dnd_init (self);

  /* Names for screen readers where GTK 4.8 gives none (sitrep-accessible.c). */
  sitrep_accessible_name_parts (GTK_WIDGET (self));
  _sitrep_window_update_actions (self);
  /* the periodic feed check runs while the window is open */
  sitrep_feeds_checker_get_for_window (GTK_WIDGET (self));
}

SitrepWindow *
sitrep_window_new (gpointer app)
{
  g_return_val_if_fail (app == NULL || GTK_IS_APPLICATION (app), NULL);

  return g_object_new (SITREP_TYPE_WINDOW, "application", app, NULL);
}

SitrepStore *
sitrep_window_get_store (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->store;
}

void
sitrep_window_set_store (SitrepWindow *self,
                         SitrepStore  *store)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (SITREP_IS_WINDOW (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  if (store == self->store)
    return;

  disconnect_store (self);

  if (store == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Sitrep"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Sitrep"));
      gtk_revealer_set_reveal_child (self->readonly_revealer, FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      _sitrep_window_update_actions (self);
      return;
    }

  self->store = g_object_ref (store);
  sitrep_workspace_set_store (self->workspace, store);
  _sitrep_window_articles_connect (self);
  _sitrep_window_annotate_connect (self);
  _sitrep_window_map_connect (self);
  _sitrep_window_events_connect (self);
  _sitrep_window_timeline_connect (self);

  file = g_file_new_for_path (sitrep_store_get_path (store));
  name = sitrep_store_get_meta (store, "title");
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = dup_project_name (file);
    }
  basename = g_file_get_basename (file);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, basename);
  title = g_strdup_printf ("%s — %s", name, _("Sitrep"));
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_revealer_set_reveal_child (self->readonly_revealer, sitrep_store_is_read_only (store));
  gtk_stack_set_visible_child_name (self->main_stack, "project");

  _sitrep_window_articles_show (self);

  _sitrep_window_update_actions (self);
}

static gboolean
open_project (SitrepWindow          *self,
              GFile                 *file,
              SitrepStoreOpenFlags   flags,
              GError               **error)
{
  g_autoptr(SitrepStore) store = NULL;
  g_autofree char *path = NULL;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Sitrep opens projects on this computer only. Copy the project "
                             "to a local folder first."));
      return FALSE;
    }

  if (!g_file_query_exists (file, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no file “%s”. It may have been moved or deleted."), path);
      return FALSE;
    }

  store = sitrep_store_open (path, flags, error);
  if (store == NULL)
    return FALSE;

  sitrep_window_set_store (self, store);
  add_recent (self, path);

  return TRUE;
}

gboolean
sitrep_window_open_project (SitrepWindow  *self,
                            GFile         *file,
                            GError       **error)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return open_project (self, file, SITREP_STORE_OPEN_DEFAULT, error);
}

/* A free name beside @path for its salvaged copy: "P (salvaged).sitrep",
 * "P (salvaged 2).sitrep" … (NULL when none of the first thousand is). */
char *
_sitrep_window_dup_salvage_path (const char *path)
{
  g_autofree char *stem = NULL;

  stem = g_str_has_suffix (path, ".sitrep")
    ? g_strndup (path, strlen (path) - strlen (".sitrep"))
    : g_strdup (path);

  for (guint i = 1; i < 1000; i++)
    {
      g_autofree char *candidate = i == 1
        ? g_strdup_printf ("%s (%s).sitrep", stem, _("salvaged"))
        : g_strdup_printf ("%s (%s %u).sitrep", stem, _("salvaged"), i);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

gboolean
_sitrep_window_open_read_only (SitrepWindow  *self,
                               GFile         *file,
                               GError       **error)
{
  return open_project (self, file, SITREP_STORE_OPEN_READ_ONLY, error);
}

void
sitrep_window_open_project_interactive (SitrepWindow *self,
                                        GFile        *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SITREP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!sitrep_window_open_project (self, file, &error))
    _sitrep_window_show_open_error (self, file, error);
}

/* A window to show a project just opened or created: this one when it
 * shows the welcome screen, a new one when it holds a project already. */
SitrepWindow *
_sitrep_window_for_new_project (SitrepWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  SitrepWindow *window;

  if (self->store == NULL || app == NULL)
    return self;

  window = sitrep_window_new (app);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

gboolean
_sitrep_window_has_writable_store (SitrepWindow *self)
{
  return self->store != NULL && !sitrep_store_is_read_only (self->store);
}

/* A file dialog of the project's (import, export, new project) opens in the
 * folder that holds the project file, where its reports and datasets are kept,
 * not in the folder the app happened to be started from. Without a project,
 * and for the demo and other projects kept in the app's own data folder, it
 * opens in the user's Documents folder, else their home: the dialog's own
 * default is the folder the app was started from, and a new user's first
 * project, from the demo that `sitrep-dev run` opens, went into the source
 * checkout. */
void
_sitrep_window_start_in_project_folder (SitrepWindow   *self,
                                        GtkFileChooser *chooser)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) data = NULL;

  if (self->store != NULL && sitrep_store_get_path (self->store) != NULL)
    {
      dir = g_path_get_dirname (sitrep_store_get_path (self->store));
      folder = g_file_new_for_path (dir);
      data = g_file_new_for_path (g_get_user_data_dir ());
      if (g_file_equal (folder, data) || g_file_has_prefix (folder, data) ||
          !g_file_test (dir, G_FILE_TEST_IS_DIR))
        g_clear_object (&folder);
    }
  if (folder == NULL)
    {
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

      if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
        folder = g_file_new_for_path (documents);
      else
        folder = g_file_new_for_path (g_get_home_dir ());
    }
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

const char *
_sitrep_window_get_project_name (SitrepWindow *self)
{
  if (self->store == NULL)
    return NULL;
  return adw_window_title_get_title (self->window_title);
}

void
_sitrep_window_update_actions (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = _sitrep_window_has_writable_store (self);
  gboolean importing = self->import_cancellable != NULL;
  gboolean has_article = self->store != NULL && self->current_id != 0;

  gtk_widget_action_set_enabled (widget, "win.import", writable && !importing);
  gtk_widget_action_set_enabled (widget, "win.import-paths", writable && !importing);
  gtk_widget_action_set_enabled (widget, "win.paste-article", writable);
  gtk_widget_action_set_enabled (widget, "win.cancel-import", importing);
  gtk_widget_action_set_enabled (widget, "win.edit-metadata", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.set-status", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.show-original", has_article);
  /* the empty panel's Suggest button greys out with nothing to read: it did nothing */
  gtk_widget_action_set_enabled (widget, "win.suggest-in-reader", has_article);
  gtk_widget_action_set_enabled (widget, "win.find", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.sort", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.close-project", TRUE);
  gtk_widget_action_set_enabled (widget, "win.show-import-report", self->import_results != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-labels", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-entities", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.set-annotator", writable);
  gtk_widget_action_set_enabled (widget, "win.link-entity", writable);
  /* The views of a project: nothing to show on the welcome screen. */
  gtk_widget_action_set_enabled (widget, "win.show-map", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-timeline", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.present", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.toggle-sidebar", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.toggle-panel", self->store != NULL);
  /* Hidden rather than greyed: a map button down with no project to map
   * looked pressed on the welcome screen. */
  gtk_widget_set_visible (GTK_WIDGET (self->map_button), self->store != NULL);
  gtk_widget_set_visible (self->timeline_button, self->store != NULL);
  gtk_widget_set_visible (self->present_button, self->store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (gtk_widget_get_template_child (widget, SITREP_TYPE_WINDOW, "import_button")),
                          self->store != NULL);
  sitrep_reader_set_editable (self->reader, writable);
  sitrep_article_actions_update (widget, self->store, writable);
  _sitrep_window_events_update_actions (self);
  _sitrep_window_update_history (self);
}

gboolean
sitrep_window_is_importing (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);

  return self->import_cancellable != NULL;
}




SitrepReader *
sitrep_window_get_reader (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->reader;
}


gboolean
sitrep_window_get_read_only_banner_visible (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->readonly_revealer);
}

SitrepAnnotationPanel *
sitrep_window_get_annotation_panel (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->annotation_panel;
}

SitrepMapPane *
sitrep_window_get_map_pane (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->map_pane;
}

SitrepMapView *
sitrep_window_get_map_view (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->map_view;
}

SitrepWorkspace *
sitrep_window_get_workspace (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->workspace;
}
