/* sitrep-suggestion-list-sample-private.h — the suggestion panel's look drawn once off-screen (sitrep-suggestion-list.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A sample of what the panel shows while Suggest runs and after: its
 * header's and progress line's styles, and a few rows made by the panel's
 * factory whose words are every letter, digit and common mark; made once
 * @host is mapped and the window has drawn its first frame and is idle,
 * laid out and drawn once by the host, into a texture that is dropped.
 * Not focusable, not a target, hidden from screen readers. @host owns it
 * and calls the hooks below from its own. Nothing is made once @rows (the
 * host's) has items, or with SITREP_NO_PANEL_SAMPLE set. */
typedef struct _SitrepPanelSample SitrepPanelSample;

SitrepPanelSample *_sitrep_panel_sample_new      (GtkWidget          *host,
                                                  GtkListItemFactory *factory,
                                                  GListModel         *rows);
void               _sitrep_panel_sample_free     (SitrepPanelSample  *self);
void               _sitrep_panel_sample_mapped   (SitrepPanelSample  *self);
void               _sitrep_panel_sample_unmapped (SitrepPanelSample  *self);
/* In the host's size_allocate, at the host's @width: takes no room of it. */
void               _sitrep_panel_sample_allocate (SitrepPanelSample  *self,
                                                  int                 width);
/* In the host's snapshot: into a node of its own, not the host's. */
void               _sitrep_panel_sample_snapshot (SitrepPanelSample  *self);

G_END_DECLS
