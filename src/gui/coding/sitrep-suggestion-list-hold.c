/* sitrep-suggestion-list-hold.c — the suggestion list's progress line kept in place under the pointer
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-pointer.h"
#include "sitrep-suggestion-list-hold-private.h"

struct _SitrepHeldLine
{
  GtkWidget          *panel;    /* not held: it owns this */
  GtkEventController *motion;   /* owned by the panel */
  void              (*released) (gpointer data);
  gpointer            data;
  gboolean            held;
  guint               check_id;
};

/* The crossing events' word, or the display's: GTK hands motion over at
 * the next frame, late while Suggest runs, so the pointer moved onto
 * Cancel as the run ended was not on the panel yet for them. */
static gboolean
pointer_over (SitrepHeldLine *self)
{
  return gtk_event_controller_motion_contains_pointer (GTK_EVENT_CONTROLLER_MOTION (self->motion)) ||
         sitrep_pointer_is_over (self->panel);
}

static void
release (SitrepHeldLine *self)
{
  /* From "leave": the pointer may be on the panel still (a popover of it). */
  if (!self->held || pointer_over (self))
    return;
  _sitrep_held_line_drop (self);
  self->released (self->data);
}

/* A "leave" may never come (see pointer_over ()): asked again meanwhile. */
static gboolean
on_check (gpointer data)
{
  SitrepHeldLine *self = data;

  if (pointer_over (self))
    return G_SOURCE_CONTINUE;
  self->check_id = 0;
  release (self);
  return G_SOURCE_REMOVE;
}

SitrepHeldLine *
_sitrep_held_line_new (GtkWidget *panel,
                       GCallback  released,
                       gpointer   data)
{
  SitrepHeldLine *self = g_new0 (SitrepHeldLine, 1);

  self->panel = panel;
  self->released = (void (*) (gpointer)) released;
  self->data = data;
  self->motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (self->motion, "leave", G_CALLBACK (release), self);
  gtk_widget_add_controller (panel, self->motion);
  return self;
}

gboolean
_sitrep_held_line_hold (SitrepHeldLine *self)
{
  if (!pointer_over (self))
    return FALSE;
  self->held = TRUE;
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (250, on_check, self);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->check_id), "[sitrep] progress held");
  return TRUE;
}

gboolean
_sitrep_held_line_is_held (SitrepHeldLine *self)
{
  return self->held;
}

void
_sitrep_held_line_drop (SitrepHeldLine *self)
{
  self->held = FALSE;
  g_clear_handle_id (&self->check_id, g_source_remove);
}

void
_sitrep_held_line_free (SitrepHeldLine *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (self->motion, self);
  g_free (self);
}
