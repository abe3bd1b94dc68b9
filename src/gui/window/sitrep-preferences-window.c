/* sitrep-preferences-window.c — preferences: the map's tiles
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-preferences-window.h"

struct _SitrepPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  GtkSwitch            *online_switch;
  AdwEntryRow          *url_row;
  GtkImage             *http_warning;

  /* owned references */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (SitrepPreferencesWindow, sitrep_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
sitrep_preferences_window_dispose (GObject *object)
{
  SitrepPreferencesWindow *self = SITREP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sitrep_preferences_window_parent_class)->dispose (object);
}

/* A plain-HTTP tile server is allowed (a local one may have nothing else)
 * but not without a word. */
static void
on_url_changed (SitrepPreferencesWindow *self)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));

  gtk_widget_set_visible (GTK_WIDGET (self->http_warning),
                          url != NULL && g_ascii_strncasecmp (url, "http://", 7) == 0);
}

static void
sitrep_preferences_window_class_init (SitrepPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepPreferencesWindow, online_switch);
  gtk_widget_class_bind_template_child (widget_class, SitrepPreferencesWindow, url_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepPreferencesWindow, http_warning);
}

static void
sitrep_preferences_window_init (SitrepPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "online-tiles", self->online_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "tile-url-template", self->url_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_swapped (self->url_row, "notify::text", G_CALLBACK (on_url_changed), self);
  on_url_changed (self);
}

GtkWidget *
sitrep_preferences_window_new (void)
{
  return g_object_new (SITREP_TYPE_PREFERENCES_WINDOW, NULL);
}
