/* sitrep-window-stories.c — the window's stories: the story menus, the Stories dialog and the story handout export
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-stories-dialog.h"
#include "sitrep-story-export.h"
#include "sitrep-window-private.h"

/* Story menus */

static void
rebuild_story_menus (SitrepWindow *self)
{
  SitrepWindowStories *tl = self->stories;
  g_autoptr(GPtrArray) stories = NULL;

  g_menu_remove_all (tl->present_section);
  g_menu_remove_all (tl->export_section);
  if (self->store != NULL)
    stories = sitrep_store_list_stories (self->store, NULL);
  for (guint i = 0; stories != NULL && i < stories->len; i++)
    {
      SitrepStory *story = stories->pdata[i];
      g_autoptr(GMenuItem) present = g_menu_item_new (story->name, NULL);
      g_autoptr(GMenuItem) export = NULL;
      /* Translators: a menu item, "Export “Daraa, March” as PDF…" */
      g_autofree char *label = g_strdup_printf (_("Export “%s” as PDF…"), story->name);

      g_menu_item_set_action_and_target_value (present, "win.present-story", g_variant_new_string (story->name));
      g_menu_append_item (tl->present_section, present);
      export = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (export, "win.export-story", g_variant_new_string (story->name));
      g_menu_append_item (tl->export_section, export);
    }
}

static void
on_store_stories_changed (SitrepWindow *self)
{
  rebuild_story_menus (self);
}

/* The Stories dialog */

static void
show_stories_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  SitrepWindowStories *tl = self->stories;

  if (self->store == NULL)
    return;
  if (tl->stories_dialog == NULL)
    {
      tl->stories_dialog = sitrep_stories_dialog_new (GTK_WINDOW (self), self->store);
      g_object_add_weak_pointer (G_OBJECT (tl->stories_dialog), (gpointer *) &tl->stories_dialog);
    }
  gtk_window_present (GTK_WINDOW (tl->stories_dialog));
}

/* The story handout: core's sitrep_story_export_async on the export's own
 * cancellable (the toast's Cancel, and the window's going, cancel it). */

static void
on_export_progress (guint    done,
                    guint    total,
                    gpointer user_data)
{
  SitrepWindow *self = user_data;
  SitrepWindowStories *tl = self->stories;

  if (tl != NULL && tl->export_toast != NULL)
    {
      /* Translators: a toast while the story handout is written */
      g_autofree char *title = g_strdup_printf (_("Exporting the story… %u of %u"), done, total);

      adw_toast_set_title (tl->export_toast, title);
    }
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SitrepWindow) self = user_data;
  SitrepWindowStories *tl = self->stories;
  g_autoptr(GError) error = NULL;
  guint n_steps = 0;
  gboolean ok = sitrep_story_export_finish (SITREP_STORE (source), result, &n_steps, &error);

  if (tl == NULL)
    return;
  g_clear_object (&tl->export_cancellable);
  if (tl->export_toast != NULL)
    {
      adw_toast_dismiss (tl->export_toast);
      g_clear_object (&tl->export_toast);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-story-export", FALSE);
  if (!ok)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sitrep_window_show_toast (self, error->message);
      else
        sitrep_window_show_toast (self, _("Export cancelled"));
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Story exported: %u step",
                                                          "Story exported: %u steps", n_steps),
                                             n_steps);

    sitrep_window_show_toast (self, text);
  }
}

/* The PNGs of "Handout.pdf" go into "Handout (pages)" beside it. */
static char *
png_dir_for (const char *pdf_path)
{
  g_autofree char *stem = g_strdup (pdf_path);
  char *dot = strrchr (stem, '.');
  char *slash = strrchr (stem, G_DIR_SEPARATOR);

  if (dot != NULL && (slash == NULL || dot > slash))
    *dot = '\0';
  /* Translators: the folder of a handout's one-image-a-step PNGs, "Handout (pages)" */
  return g_strdup_printf (_("%s (pages)"), stem);
}

static void
export_story_to (SitrepWindow *self,
                 const char   *story,
                 const char   *path,
                 gboolean      title_page,
                 gboolean      pngs)
{
  SitrepWindowStories *tl = self->stories;
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  g_autofree char *title = NULL;
  g_autofree char *png_dir = NULL;

  if (self->store == NULL || tl->export_cancellable != NULL)
    return;
  options.story = story != NULL && *story != '\0' ? story : NULL;
  options.pdf_path = path;
  if (title_page)
    options.title = title = g_strdup (options.story != NULL ? options.story : _("All events in date order"));
  if (pngs)
    options.png_dir = png_dir = png_dir_for (path);

  tl->export_cancellable = sitrep_window_new_cancellable (self);
  tl->export_toast = g_object_ref (adw_toast_new (_("Exporting the story…")));
  adw_toast_set_timeout (tl->export_toast, 0);
  adw_toast_set_button_label (tl->export_toast, _("_Cancel"));
  adw_toast_set_action_name (tl->export_toast, "win.cancel-story-export");
  adw_toast_set_priority (tl->export_toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (tl->export_toast));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-story-export", TRUE);

  sitrep_story_export_async (self->store, &options, on_export_progress, g_object_ref (self), g_object_unref,
                             tl->export_cancellable, on_export_done, g_object_ref (self));
}

static void
on_export_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            SitrepWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      const char *story = g_object_get_data (G_OBJECT (chooser), "story");
      gboolean title_page = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "title-page"),
                                       "true") == 0;
      gboolean pngs = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "pngs"), "true") == 0;

      if (path != NULL)
        export_story_to (self, story, path, title_page, pngs);
    }
  g_object_unref (chooser);
}

static void
export_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  const char *story = param != NULL ? g_variant_get_string (param, NULL) : "";
  g_autofree char *suggested = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->store == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Story"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of a story handout */
  suggested = g_strdup_printf ("%s.pdf", *story != '\0' ? story : _("incidents"));
  g_strdelimit (suggested, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "title-page", _("Begin with a title page"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "title-page", "true");
  /* Translators: a check box when exporting a story handout */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "pngs", _("Also save each step as a PNG image"),
                               NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "pngs", "false");
  g_object_set_data_full (G_OBJECT (chooser), "story", g_strdup (story), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_story_to_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  const char *story, *path;
  gboolean title_page, pngs;

  g_variant_get (param, "(&s&sbb)", &story, &path, &title_page, &pngs);
  export_story_to (SITREP_WINDOW (widget), story, path, title_page, pngs);
}

static void
cancel_story_export_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  SitrepWindowStories *tl = SITREP_WINDOW (widget)->stories;

  if (tl->export_cancellable != NULL)
    g_cancellable_cancel (tl->export_cancellable);
}

/* Window hooks */

void
_sitrep_window_class_stories_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child_full (widget_class, "present_stories_section", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "export_stories_section", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.show-stories", NULL, show_stories_action);
  gtk_widget_class_install_action (widget_class, "win.export-story", "s", export_story_action);
  gtk_widget_class_install_action (widget_class, "win.export-story-to", "(ssbb)", export_story_to_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-story-export", NULL, cancel_story_export_action);
}

void
_sitrep_window_stories_init (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GType type = SITREP_TYPE_WINDOW;
  SitrepWindowStories *tl = self->stories;

  tl->present_section = G_MENU (gtk_widget_get_template_child (widget, type, "present_stories_section"));
  tl->export_section = G_MENU (gtk_widget_get_template_child (widget, type, "export_stories_section"));
  gtk_widget_action_set_enabled (widget, "win.cancel-story-export", FALSE);
}

void
_sitrep_window_stories_connect (SitrepWindow *self)
{
  g_signal_connect_swapped (self->store, "history-changed", G_CALLBACK (on_store_stories_changed), self);
  g_signal_connect_swapped (self->store, "stories-changed", G_CALLBACK (on_store_stories_changed), self);
  rebuild_story_menus (self);
}

void
_sitrep_window_stories_disconnect (SitrepWindow *self)
{
  SitrepWindowStories *tl = self->stories;

  if (tl->export_cancellable != NULL)
    g_cancellable_cancel (tl->export_cancellable);
  if (tl->stories_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (tl->stories_dialog));
  g_menu_remove_all (tl->present_section);
  g_menu_remove_all (tl->export_section);
}

void
_sitrep_window_stories_dispose (SitrepWindow *self)
{
  SitrepWindowStories *tl = self->stories;

  g_clear_object (&tl->export_cancellable);
  g_clear_object (&tl->export_toast);
}


gboolean
_sitrep_window_is_exporting_story (SitrepWindow *self)
{
  return self->stories != NULL && self->stories->export_cancellable != NULL;
}
