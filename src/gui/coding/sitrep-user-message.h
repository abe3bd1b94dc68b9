/* sitrep-user-message.h — telling the user what happened, from any widget
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Tells the user @error's message where @widget is: a toast in the main
 * window or a preferences window, else a message dialog over @widget's window.
 * @error's message is already a whole sentence in the user's words. */
void sitrep_show_error      (GtkWidget    *widget,
                             const GError *error);
/* A toast with Undo (win.undo) in the main window @widget is in. */
void sitrep_show_undo_toast (GtkWidget    *widget,
                             const char   *title);

/* Presents @dialog over the window it is transient for once that window is
 * on screen: a dialog shown while its window was still being mapped (the
 * project named on the command line already open elsewhere) was placed by
 * the window manager at the screen's corner, not over the window. */
void sitrep_present_dialog  (GtkWindow    *dialog);

G_END_DECLS
