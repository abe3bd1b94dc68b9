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

/* What the toast says once the handout is written: which file, in which
 * folder, and what is in it ("“Loop.pdf” written in ~/Reports: a title
 * page and 2 steps"), the PNGs' folder too when asked for. */
static char *
dup_export_done_text (SitrepWindowStories *tl,
                      guint                n_steps)
{
  g_autoptr(GFile) pdf = g_file_new_for_path (tl->export_path);
  g_autofree char *name = g_file_get_basename (pdf);
  g_autofree char *display = g_filename_display_name (name);
  g_autofree char *dir = _sitrep_window_dup_display_dir (pdf);
  g_autofree char *dir_display = g_filename_display_name (dir);
  g_autofree char *pages = NULL;

  if (tl->export_title_page)
    /* Translators: what a story handout holds: "a title page and 3 steps" */
    pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "a title page and %u step",
                                          "a title page and %u steps", n_steps), n_steps);
  else
    /* Translators: what a story handout holds: "3 steps" */
    pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", n_steps), n_steps);
  if (tl->export_png_dir != NULL)
    {
      g_autofree char *png_name = g_path_get_basename (tl->export_png_dir);
      g_autofree char *png_display = g_filename_display_name (png_name);

      /* Translators: a toast, "“Loop.pdf” written in ~/Reports: a title page and 3 steps; the steps' images in “Loop (pages)”" */
      return g_strdup_printf (_("“%s” written in %s: %s; the steps’ images in “%s”"), display, dir_display,
                              pages, png_display);
    }
  /* Translators: a toast, "“Loop.pdf” written in ~/Reports: a title page and 3 steps" */
  return g_strdup_printf (_("“%s” written in %s: %s"), display, dir_display, pages);
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
    g_autofree char *text = dup_export_done_text (tl, n_steps);
    g_autoptr(GFile) pdf = g_file_new_for_path (tl->export_path);
    g_autofree char *uri = g_file_get_uri (pdf);

    sitrep_window_show_toast_with_button (self, text, _("_Open"), "win.open-exported",
                                          g_variant_new_string (uri));
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

  g_free (tl->export_path);
  tl->export_path = g_strdup (path);
  g_free (tl->export_png_dir);
  tl->export_png_dir = g_strdup (options.png_dir);
  tl->export_title_page = title_page;
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
  /* The story's name, or the project's for all its events: "incidents.pdf"
   * whatever the project was one more file to rename. */
  suggested = g_strdup_printf ("%s.pdf", *story != '\0' ? story : _sitrep_window_get_project_name (self));
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
  g_clear_pointer (&tl->export_path, g_free);
  g_clear_pointer (&tl->export_png_dir, g_free);
}


gboolean
_sitrep_window_is_exporting_story (SitrepWindow *self)
{
  return self->stories != NULL && self->stories->export_cancellable != NULL;
}
