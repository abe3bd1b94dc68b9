/* sitrep-preferences-window.h — preferences: the map's tiles
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SITREP_TYPE_PREFERENCES_WINDOW (sitrep_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (SitrepPreferencesWindow, sitrep_preferences_window, SITREP, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *sitrep_preferences_window_new (void);

G_END_DECLS
