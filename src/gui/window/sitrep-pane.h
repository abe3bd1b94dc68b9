/* sitrep-pane.h — the base of the window's panes: a workspace to follow and the event index
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-event-index.h"
#include "sitrep-store.h"
#include "sitrep-workspace.h"

G_BEGIN_DECLS

#define SITREP_TYPE_PANE (sitrep_pane_get_type ())
G_DECLARE_DERIVABLE_TYPE (SitrepPane, sitrep_pane, SITREP, PANE, GtkWidget)

/* A pane of the window (the map, the Events view, the timeline …) shows the
 * project through a SitrepWorkspace and the window's SitrepEventIndex. It
 * connects what it follows of the workspace once, in its init, to the groups
 * sitrep_pane_get_workspace_signals() and _bindings() return: they move with
 * the "workspace" property, and are let go when the pane is disposed.
 *
 * Properties:
 *   "workspace" (SitrepWorkspace): what the window is looking at (NULL: none)
 *   "event-index" (SitrepEventIndex): the project's events (NULL: none) */
struct _SitrepPaneClass
{
  GtkWidgetClass parent_class;

  /* Called after "workspace" changed, its groups already moved, before the
   * notification; @old is the one before (NULL: none). */
  void (*workspace_changed)   (SitrepPane       *self,
                               SitrepWorkspace  *old);
  /* Called after "event-index" changed, before the notification; @old is the
   * one before (NULL: none), still alive during the call. */
  void (*event_index_changed) (SitrepPane       *self,
                               SitrepEventIndex *old);

  gpointer padding[6];
};

SitrepWorkspace  *sitrep_pane_get_workspace          (SitrepPane       *self);
void              sitrep_pane_set_workspace          (SitrepPane       *self,
                                                      SitrepWorkspace  *workspace);
SitrepEventIndex *sitrep_pane_get_event_index        (SitrepPane       *self);
void              sitrep_pane_set_event_index        (SitrepPane       *self,
                                                      SitrepEventIndex *index);
/* The workspace's project; NULL without a workspace or a project. */
SitrepStore      *sitrep_pane_get_store              (SitrepPane       *self);
/* For subclasses: signals (of a SitrepWorkspace) and bindings on the
 * workspace, connected in init and followed to every workspace the pane is
 * given. */
GSignalGroup     *sitrep_pane_get_workspace_signals  (SitrepPane       *self);
GBindingGroup    *sitrep_pane_get_workspace_bindings (SitrepPane       *self);

G_END_DECLS
