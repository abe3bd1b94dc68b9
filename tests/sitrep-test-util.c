/* sitrep-test-util.c — main-loop, file and project helpers the GUI suites share
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "sitrep-test-util.h"

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
sitrep_test_wait_until (SitrepTestCondition  cond,
                        gpointer             data,
                        const char          *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (SITREP_TEST_TIMEOUT_MS, on_timeout, &timed_out);

  while (!cond (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (id);
}

void
sitrep_test_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
sitrep_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        sitrep_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

gint64
sitrep_test_add_place (SitrepStore *store,
                       const char  *name,
                       double       lat,
                       double       lon,
                       const char  *admin1)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sitrep_store_add_entity (store, "place", name, &error);

  g_assert_no_error (error);
  sitrep_store_set_entity_place (store, id, lat, lon, admin1, "Syria", NULL, &error);
  g_assert_no_error (error);

  return id;
}

gint64
sitrep_test_add_event (SitrepStore *store,
                       const char  *start,
                       const char  *end,
                       int          precision,
                       gint64       place_id,
                       const char  *type,
                       gint64       killed)
{
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft.date_start = start;
  draft.date_end = end;
  draft.date_precision = precision;
  draft.place_id = place_id;
  draft.event_type = type;
  id = sitrep_store_create_event (store, &draft, &error);
  g_assert_no_error (error);
  claim.count_low = killed;
  claim.claimant_text = "SOHR";
  sitrep_store_add_claim (store, id, &claim, &error);
  g_assert_no_error (error);

  return id;
}

static gboolean
index_loaded (gpointer data)
{
  SitrepEventIndex *index = sitrep_window_get_event_index (data);

  return index == NULL || !sitrep_event_index_get_loading (index);
}

SitrepWindow *
sitrep_test_open_window (SitrepStore *store)
{
  SitrepWindow *window = g_object_ref (sitrep_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  sitrep_window_set_store (window, store);
  /* The window reads the project's events in the background. */
  sitrep_test_wait_until (index_loaded, window, "the window has read the project's events");
  sitrep_test_spin (100);

  return window;
}

void
sitrep_test_close_window (SitrepWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_spin (50);
  g_assert_finalize_object (window);
}

GtkWidget *
sitrep_test_find_window (GtkWindow *parent,
                         GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_window_get_transient_for (window) == parent)
        return GTK_WIDGET (window);
    }

  return NULL;
}

GtkWidget *
sitrep_test_template_child (SitrepWindow *window,
                            const char   *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), SITREP_TYPE_WINDOW, name);

  /* Else a child of one of the window's panes, in the pane's own template. */
  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_timeline_pane (window)),
                                           SITREP_TYPE_TIMELINE_PANE, name);
  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_map_pane (window)),
                                           SITREP_TYPE_MAP_PANE, name);
  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_events_pane (window)),
                                           SITREP_TYPE_EVENTS_PANE, name);
  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}
