/* sitrep-application.c — the Sitrep application: windows, app actions, command line
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-window.h"
#include "sitrep-application.h"

struct _SitrepApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  gboolean        open_demo;
};

G_DEFINE_FINAL_TYPE (SitrepApplication, sitrep_application, ADW_TYPE_APPLICATION)

/* Every keyboard shortcut of the application, app. and win. alike. */
static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit",               { "<Control>q", NULL } },
  { "app.new-window",         { "<Control><Shift>n", NULL } },
  { "win.show-help-overlay",  { "<Control>question", NULL } },
  { "win.new-project",        { "<Control>n", NULL } },
  { "win.open-project",       { "<Control>o", NULL } },
  { "win.close-project",      { "<Control>w", NULL } },
  { "win.import",             { "<Control>i", NULL } },
  { "win.import-web",         { "<Control><Shift>i", NULL } },
  { "win.paste-article",      { "<Control><Shift>v", NULL } },
  { "win.feeds",              { "<Control><Shift>f", NULL } },
  { "win.find",               { "<Control>f", NULL } },
  { "win.edit-metadata",      { "F2", "<Control>e", NULL } },
  { "win.show-sources",       { "<Control><Alt>s", NULL } },
  { "win.show-original",      { "<Control>u", NULL } },
  { "win.zoom-in",            { "<Control>plus", "<Control>equal", NULL } },
  { "win.zoom-out",           { "<Control>minus", NULL } },
  { "win.zoom-reset",         { "<Control>0", NULL } },
  { "win.set-status::new",         { "<Alt>1", NULL } },
  { "win.set-status::in-progress", { "<Alt>2", NULL } },
  { "win.set-status::done",        { "<Alt>3", NULL } },
  { "win.undo",               { "<Control>z", NULL } },
  { "win.redo",               { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.show-labels",        { "<Control>l", NULL } },
  { "win.show-entities",      { "<Control><Shift>e", NULL } },
  { "win.show-articles",      { "<Control>1", NULL } },
  { "win.show-events",        { "<Control>2", NULL } },
  { "win.new-event",          { "<Control><Alt>n", NULL } },
  { "win.make-claim",         { "<Control><Shift>k", NULL } },
  { "win.show-map",           { "<Control>m", NULL } },
  { "win.show-timeline",      { "<Control>t", NULL } },
  { "win.present",            { "F5", NULL } },
  { "win.toggle-sidebar",     { "F9", NULL } },
  { "win.toggle-panel",       { "<Shift>F9", NULL } },
};

static SitrepWindow *
find_window_for_project (SitrepApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Reuse the window on the welcome screen; a window holding a project keeps it. */
  if (SITREP_IS_WINDOW (active) && sitrep_window_get_store (SITREP_WINDOW (active)) == NULL)
    return SITREP_WINDOW (active);

  return sitrep_window_new (self);
}

static void
app_quit (GSimpleAction *action,
          GVariant      *param,
          gpointer       user_data)
{
  SitrepApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window saves its size and cancels its work. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
app_new_window (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  SitrepApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (sitrep_window_new (self)));
}

static void
app_open_demo (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SitrepApplication *self = user_data;
  SitrepWindow *window = find_window_for_project (self);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL);
}

static void
app_shortcuts (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SitrepApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
app_about (GSimpleAction *action,
           GVariant      *param,
           gpointer       user_data)
{
  SitrepApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Sitrep developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Sitrep"),
                        "version", VERSION,
                        "developer-name", _("The Sitrep developers"),
                        "developers", developers,
                        "comments", _("Turn news reports about armed-conflict incidents into a "
                                      "coded, mapped, dated and sourced dataset."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2024 The Sitrep developers",
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Demo Articles"),
                                      _("Press releases of U.S. Central Command and statements of "
                                        "the U.S. Department of State, works of the U.S. federal "
                                        "government in the public domain (17 U.S.C. § 105)."),
                                      GTK_LICENSE_CUSTOM,
                                      NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Demo Events"),
                                      /* Translators: Pango markup: keep “&amp;” for the ampersand */
                                      _("UCDP Georeferenced Event Dataset (Sundberg &amp; Melander 2013), "
                                        "Uppsala Conflict Data Program (ucdp.uu.se), licensed under "
                                        "CC BY 4.0."),
                                      GTK_LICENSE_CUSTOM,
                                      NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Gazetteer"),
                                      _("GeoNames (geonames.org), licensed under CC BY 4.0."),
                                      GTK_LICENSE_CUSTOM,
                                      NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Base Map"),
                                      _("Natural Earth (naturalearthdata.com), public domain. "
                                        "Syrian governorates: geoBoundaries (www.geoboundaries.org), "
                                        "licensed under CC BY 3.0 IGO."),
                                      GTK_LICENSE_CUSTOM,
                                      NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", app_quit },
  { "new-window", app_new_window },
  { "open-demo", app_open_demo },
  { "shortcuts", app_shortcuts },
  { "about", app_about },
};

static int
sitrep_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  SitrepApplication *self = SITREP_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
          return 0;
        }

      self->open_demo = TRUE;
    }

  return G_APPLICATION_CLASS (sitrep_application_parent_class)->handle_local_options (app, options);
}

/* Without a compositing manager (an X11 session under openbox, say), what a
 * popover leaves transparent — the room for its shadow, its rounded
 * corners, the sides of its arrow — comes out black: every menu and list
 * that pops up had a black frame. There the popovers are drawn square, with
 * a line for an edge and no shadow or arrow; with a compositor, as the
 * theme draws them. Follows the display's "composited" as it changes. */
static const char solid_popovers_css[] =
  "popover, dropdown popover, combobox popover { padding: 0; margin: 0; }\n"
  "popover > contents { box-shadow: none; border-radius: 0; border: 1px solid alpha(currentColor, 0.25); }\n";

static gboolean
on_popover_placed (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  GObject *widget = g_value_get_object (&values[0]);

  if (GTK_IS_POPOVER (widget) && gtk_popover_get_has_arrow (GTK_POPOVER (widget)) &&
      !gdk_display_is_composited (gtk_widget_get_display (GTK_WIDGET (widget))))
    gtk_popover_set_has_arrow (GTK_POPOVER (widget), FALSE);
  return TRUE;
}

static void
on_composited_notify (GdkDisplay     *display,
                      GParamSpec     *pspec,
                      GtkCssProvider *provider)
{
  if (gdk_display_is_composited (display))
    gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (provider));
  else
    gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
sitrep_application_solid_popovers (GdkDisplay *display)
{
  GtkCssProvider *provider;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  if (g_object_get_data (G_OBJECT (display), "sitrep-solid-popovers") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, solid_popovers_css, -1);
  g_object_set_data_full (G_OBJECT (display), "sitrep-solid-popovers", provider, g_object_unref);
  g_signal_connect_object (display, "notify::composited", G_CALLBACK (on_composited_notify), provider, 0);
  on_composited_notify (display, NULL, provider);
  /* Before the popover is laid out and placed (at its map). */
  g_type_class_unref (g_type_class_ref (GTK_TYPE_POPOVER));
  g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0, on_popover_placed, NULL, NULL);
}

static void
sitrep_application_startup (GApplication *app)
{
  SitrepApplication *self = SITREP_APPLICATION (app);

  G_APPLICATION_CLASS (sitrep_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  self->settings = g_settings_new (APP_ID);
  if (gdk_display_get_default () != NULL)
    sitrep_application_solid_popovers (gdk_display_get_default ());
}

static void
sitrep_application_activate (GApplication *app)
{
  SitrepApplication *self = SITREP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (sitrep_window_new (self));

  gtk_window_present (window);

  if (self->open_demo)
    {
      self->open_demo = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL);
    }
}

static void
sitrep_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  SitrepApplication *self = SITREP_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      SitrepWindow *window = find_window_for_project (self);

      gtk_window_present (GTK_WINDOW (window));
      sitrep_window_open_project_interactive (window, files[i]);
    }
}

static void
sitrep_application_dispose (GObject *object)
{
  SitrepApplication *self = SITREP_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sitrep_application_parent_class)->dispose (object);
}

static void
sitrep_application_class_init (SitrepApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sitrep_application_dispose;

  app_class->handle_local_options = sitrep_application_handle_local_options;
  app_class->startup = sitrep_application_startup;
  app_class->activate = sitrep_application_activate;
  app_class->open = sitrep_application_open;
}

static void
sitrep_application_init (SitrepApplication *self)
{
  static const GOptionEntry options[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open the demo project, creating it on first use"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[PROJECT.sitrep…]"));
}

SitrepApplication *
sitrep_application_new (void)
{
  return g_object_new (SITREP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/sitrep/Sitrep",
                       NULL);
}
