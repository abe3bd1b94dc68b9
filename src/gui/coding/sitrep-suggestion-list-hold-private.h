/* sitrep-suggestion-list-hold-private.h — the suggestion list's progress line kept in place under the pointer
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Suggest in All Articles over: its progress line leaving moved the
 * proposed incidents and the suggestions up by its height (≈ 60 px) under
 * the pointer, and a click meant for its Cancel rejected the incident that
 * came under it. A hold keeps the line while the pointer is on the panel
 * and calls back once it is off. */
typedef struct _SitrepHeldLine SitrepHeldLine;

/* Watches the pointer over @panel; @released (@data) is called when a hold ends. */
SitrepHeldLine *_sitrep_held_line_new    (GtkWidget      *panel,
                                          GCallback       released,
                                          gpointer        data);
/* Holds if the pointer is on the panel now (asked of the display too: the
 * crossing events come late while Suggest runs). TRUE when held. */
gboolean        _sitrep_held_line_hold   (SitrepHeldLine *self);
gboolean        _sitrep_held_line_is_held (SitrepHeldLine *self);
/* Ends a hold without the callback (a new run, another article). */
void            _sitrep_held_line_drop   (SitrepHeldLine *self);
void            _sitrep_held_line_free   (SitrepHeldLine *self);

G_END_DECLS
