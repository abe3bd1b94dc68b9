/* test-gui-panes.c — the reader and panels tell the window through signals and actions; the panes stand alone
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-annotation-panel.h"
#include "sitrep-event-index.h"
#include "sitrep-events-pane.h"
#include "sitrep-map-pane.h"
#include "sitrep-pane.h"
#include "sitrep-timeline-pane.h"
#include "sitrep-timeline.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-user-message.h"
#include "sitrep-window.h"
#include "sitrep-events-view-private.h"
#include "sitrep-window-test-private.h"

static const char *body_text =
  "At least 20 terrorists were killed near Daraa on Saturday.\n\n"
  "Jassim al-Rifai said Russian-backed groups of local fighters attacked.\n";

typedef struct
{
  char        *dir;
  SitrepStore *store;
  gint64       article;
  gint64       actor_label;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) labels = NULL;

  f->dir = g_dir_make_tmp ("sitrep-panes-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);

  f->article = sitrep_test_add_article (f->store, "Clashes near Daraa", body_text);

  labels = sitrep_store_list_labels (f->store, NULL);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (g_ptr_array_index (labels, i)), "Actor") == 0)
      f->actor_label = sitrep_label_get_id (g_ptr_array_index (labels, i));
  g_assert_cmpint (f->actor_label, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The reader on its own, in a plain window */

typedef struct
{
  guint   n_asked;
  gint64  asked_label;
  gboolean asking;
  gint64  answer;
  guint   n_messages;
  char   *message;
  gboolean undo;
} Heard;

static gboolean
on_annotator_needed (SitrepReader *reader,
                     gint64        label_id,
                     Heard        *heard)
{
  heard->n_asked++;
  heard->asked_label = label_id;
  if (!heard->asking)
    sitrep_reader_set_annotator (reader, heard->answer);
  return heard->asking;
}

static void
on_show_message (SitrepReader *reader,
                 const char   *text,
                 gboolean      undo,
                 Heard        *heard)
{
  heard->n_messages++;
  g_free (heard->message);
  heard->message = g_strdup (text);
  heard->undo = undo;
}

static void
test_reader_signals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) article = sitrep_store_get_article (f->store, f->article, &error);
  GtkWidget *window = gtk_window_new ();
  SitrepReader *reader = SITREP_READER (sitrep_reader_new ());
  Heard heard = { 0 };
  gint64 who, id;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (reader));
  gtk_window_present (GTK_WINDOW (window));
  sitrep_reader_set_editable (reader, TRUE);
  sitrep_reader_set_article (reader, f->store, article);
  g_signal_connect (reader, "annotator-needed", G_CALLBACK (on_annotator_needed), &heard);
  g_signal_connect (reader, "show-message", G_CALLBACK (on_show_message), &heard);

  /* Nobody has said who is annotating: the reader asks and makes nothing. */
  heard.asking = TRUE;
  sitrep_test_select_words (reader, body_text, "Jassim al-Rifai");
  g_assert_cmpint (sitrep_reader_apply_label (reader, f->actor_label, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (heard.n_asked, ==, 1);
  g_assert_cmpint (heard.asked_label, ==, f->actor_label);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 0);

  /* Answered: the span is made for that annotator, and nobody is asked again. */
  who = sitrep_store_ensure_annotator (f->store, "Tester", &error);
  g_assert_no_error (error);
  heard.asking = FALSE;
  heard.answer = who;
  id = sitrep_reader_apply_label (reader, f->actor_label, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (heard.n_asked, ==, 2);
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 1);
  sitrep_test_select_words (reader, body_text, "Daraa");
  g_assert_cmpint (sitrep_reader_apply_label (reader, f->actor_label, &error), >, 0);
  g_assert_cmpuint (heard.n_asked, ==, 2);

  /* Deleting tells the user, with Undo, through "show-message". */
  sitrep_reader_select_annotation (reader, id, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.delete-annotation", NULL));
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->article), ==, 1);
  g_assert_cmpuint (heard.n_messages, ==, 1);
  g_assert_cmpstr (heard.message, ==, "Annotation deleted");
  g_assert_true (heard.undo);

  gtk_window_destroy (GTK_WINDOW (window));
  g_free (heard.message);
}

/* The window answers: toasts from the reader and from any widget in it */

static gboolean
reader_has_article (gpointer data)
{
  return sitrep_reader_get_article (data) != NULL;
}

static void
test_window_routes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  SitrepWindow *window;
  SitrepReader *reader;
  gint64 id;

  g_settings_set_string (settings, "annotator-name", "Tester");
  window = sitrep_test_open_window (f->store);
  reader = sitrep_window_get_reader (window);
  g_assert_true (sitrep_window_select_article (window, f->article));
  sitrep_test_wait_until (reader_has_article, reader, "the article in the reader");

  /* The first label asks the window, which knows the saved name. */
  sitrep_test_select_words (reader, body_text, "Jassim al-Rifai");
  id = sitrep_reader_apply_label (reader, f->actor_label, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sitrep_window_get_annotator (window), >, 0);

  sitrep_reader_select_annotation (reader, id, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.delete-annotation", NULL));
  g_assert_cmpstr (sitrep_window_get_last_toast (window), ==, "Annotation deleted");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (window), ==, "win.undo");

  /* A panel deep in the window reaches it through win.show-message. */
  error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "The label could not be saved.");
  sitrep_show_error (GTK_WIDGET (sitrep_window_get_annotation_panel (window)), error);
  g_assert_cmpstr (sitrep_window_get_last_toast (window), ==, "The label could not be saved.");
  g_assert_null (sitrep_window_get_last_toast_action (window));
  sitrep_show_undo_toast (GTK_WIDGET (sitrep_window_get_annotation_panel (window)), "2 suggestions accepted");
  g_assert_cmpstr (sitrep_window_get_last_toast (window), ==, "2 suggestions accepted");
  g_assert_cmpstr (sitrep_window_get_last_toast_action (window), ==, "win.undo");

  sitrep_test_close_window (window);
}

/* The panes on their own: a workspace and an event index are all they need */

static guint32
julian (const char *iso)
{
  guint32 d = 0;

  g_assert_true (sitrep_timeline_parse_day (iso, &d));
  return d;
}

typedef struct
{
  guint   n_calls;
  guint   first;
  guint   last;
  gboolean points;
} MapAsked;

static void
on_show_on_map (SitrepTimelinePane *pane,
                guint               first,
                guint               last,
                gboolean            redraw,
                GArray             *points,
                MapAsked           *asked)
{
  asked->n_calls++;
  asked->first = first;
  asked->last = last;
  asked->points = points != NULL;
}

static gboolean
events_listed (gpointer data)
{
  GListModel *model = G_LIST_MODEL (sitrep_events_view_get_list (data));

  return model != NULL && g_list_model_get_n_items (model) == 2;
}

static void
test_panes_follow_workspace (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepWorkspace) workspace = sitrep_workspace_new ();
  g_autoptr(SitrepEventIndex) index = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  SitrepMapPane *map = SITREP_MAP_PANE (sitrep_map_pane_new ());
  SitrepEventsPane *events = SITREP_EVENTS_PANE (sitrep_events_pane_new ());
  SitrepTimelinePane *timeline = SITREP_TIMELINE_PANE (sitrep_timeline_pane_new ());
  MapAsked asked = { 0 };
  gint64 place, first_event, second_event;
  GArray *in_view;

  place = sitrep_test_add_place (f->store, "Jasim", 32.99, 36.06, "Daraa");
  first_event = sitrep_test_add_event (f->store, "2022-10-14", NULL, 1, place, "Battles", 20);
  second_event = sitrep_test_add_event (f->store, "2022-11-20", NULL, 1, place, "Protests", 0);
  index = sitrep_event_index_new (f->store, &error);
  g_assert_no_error (error);
  sitrep_workspace_set_store (workspace, f->store);

  gtk_widget_set_size_request (GTK_WIDGET (map), 400, 300);
  gtk_widget_set_vexpand (GTK_WIDGET (events), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (map));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (events));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (timeline));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));

  g_object_set (map, "workspace", workspace, "event-index", index, NULL);
  g_object_set (events, "workspace", workspace, "event-index", index, NULL);
  g_object_set (timeline, "workspace", workspace, "event-index", index, "shown", TRUE, NULL);
  g_signal_connect (timeline, "show-on-map", G_CALLBACK (on_show_on_map), &asked);
  sitrep_test_wait_until (events_listed, sitrep_events_pane_get_view (events), "the Events view to list both");
  g_assert_cmpuint (sitrep_timeline_view_get_n_events (sitrep_timeline_pane_get_view (timeline)), ==, 2);

  /* The workspace's event is ringed on the map, selected in the list and
   * on the timeline. */
  sitrep_workspace_set_event (workspace, second_event);
  g_assert_cmpint (sitrep_map_points_layer_get_highlight (sitrep_map_view_get_events_layer (sitrep_map_pane_get_view (map))),
                   ==, second_event);
  g_assert_cmpint (sitrep_events_view_get_selected_event (sitrep_events_pane_get_view (events)), ==, second_event);
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (sitrep_timeline_pane_get_view (timeline)), ==, second_event);

  /* A row chosen in the list is the workspace's event: the others follow. */
  g_assert_true (sitrep_events_view_select_event (sitrep_events_pane_get_view (events), first_event));
  g_assert_cmpint (sitrep_workspace_get_event (workspace), ==, first_event);
  g_assert_cmpint (sitrep_timeline_view_get_selected_event (sitrep_timeline_pane_get_view (timeline)), ==, first_event);

  /* A range brushed on the timeline is the workspace's, and the map is asked
   * for those days only. */
  sitrep_timeline_view_set_range (sitrep_timeline_pane_get_view (timeline), julian ("2022-10-01"), julian ("2022-10-31"));
  {
    guint a = 0, b = 0;

    g_assert_true (sitrep_workspace_get_range (workspace, &a, &b));
    g_assert_cmpuint (a, ==, julian ("2022-10-01"));
    g_assert_cmpuint (b, ==, julian ("2022-10-31"));
  }
  g_assert_cmpuint (asked.n_calls, >=, 1);
  g_assert_cmpuint (asked.first, ==, julian ("2022-10-01"));
  g_assert_cmpuint (asked.last, ==, julian ("2022-10-31"));
  g_assert_false (asked.points);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.clear-range", NULL));
  g_assert_false (sitrep_workspace_get_range (workspace, NULL, NULL));
  g_assert_cmpuint (asked.first, ==, 0);

  /* "Only what is in view" set on the workspace reaches the map, and back. */
  g_assert_null (sitrep_map_pane_dup_event_ids_in_view (map));
  sitrep_workspace_set_only_in_view (workspace, TRUE);
  g_assert_true (sitrep_map_view_get_only_in_view (sitrep_map_pane_get_view (map)));
  in_view = sitrep_map_pane_dup_event_ids_in_view (map);
  g_assert_nonnull (in_view);
  g_array_unref (in_view);
  sitrep_map_view_set_only_in_view (sitrep_map_pane_get_view (map), FALSE);
  g_assert_false (sitrep_workspace_get_only_in_view (workspace));

  /* Another workspace: the old one no longer moves the panes. */
  {
    g_autoptr(SitrepWorkspace) other = sitrep_workspace_new ();

    g_object_set (map, "workspace", other, NULL);
    g_object_set (events, "workspace", other, NULL);
    g_object_set (timeline, "workspace", other, NULL);
    sitrep_workspace_set_event (workspace, second_event);
    g_assert_cmpint (sitrep_map_points_layer_get_highlight (sitrep_map_view_get_events_layer (sitrep_map_pane_get_view (map))),
                     ==, first_event);
    /* The timeline took the new workspace's event (none) and kept it. */
    g_assert_cmpint (sitrep_timeline_view_get_selected_event (sitrep_timeline_pane_get_view (timeline)), ==, 0);
    g_object_set (map, "workspace", NULL, "event-index", NULL, NULL);
    g_object_set (events, "workspace", NULL, "event-index", NULL, NULL);
    g_object_set (timeline, "workspace", NULL, "event-index", NULL, NULL);
  }

  /* The window holds the panes: they go with it. */
  g_object_ref (map);
  g_object_ref (events);
  g_object_ref (timeline);
  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_wait_finalized (map, "the map pane");
  sitrep_test_wait_finalized (events, "the Events pane");
  sitrep_test_wait_finalized (timeline, "the timeline pane");
  /* Nothing holds the index or the workspace any more. */
  g_assert_finalize_object (g_steal_pointer (&index));
  g_assert_finalize_object (g_steal_pointer (&workspace));
}

/* SitrepPane: a pane that declares nothing of its own but what it follows
 * gets the workspace and the event index, the groups that move with them,
 * its hooks called once a change, and lets go of both when disposed. */

#define TEST_TYPE_PANE (test_pane_get_type ())
G_DECLARE_FINAL_TYPE (TestPane, test_pane, TEST, PANE, SitrepPane)

struct _TestPane
{
  SitrepPane        parent_instance;
  gboolean          only_in_view;   /* bound to the workspace's */
  guint             n_events;       /* the workspace's "notify::event" heard */
  guint             n_workspace_changed;
  SitrepWorkspace  *old_workspace;
  guint             n_index_changed;
  SitrepEventIndex *old_index;
  gboolean          old_index_alive;
};

G_DEFINE_FINAL_TYPE (TestPane, test_pane, SITREP_TYPE_PANE)

enum { TEST_PROP_0, TEST_PROP_ONLY_IN_VIEW };

static void
test_pane_workspace_changed (SitrepPane      *pane,
                             SitrepWorkspace *old)
{
  TestPane *self = TEST_PANE (pane);

  self->n_workspace_changed++;
  self->old_workspace = old;
}

static void
test_pane_event_index_changed (SitrepPane       *pane,
                               SitrepEventIndex *old)
{
  TestPane *self = TEST_PANE (pane);

  self->n_index_changed++;
  self->old_index = old;
  /* Alive: the store it reads is still there. */
  self->old_index_alive = old == NULL || sitrep_event_index_get_store (old) != NULL;
}

static void
test_pane_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  g_value_set_boolean (value, TEST_PANE (object)->only_in_view);
}

static void
test_pane_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TEST_PANE (object)->only_in_view = g_value_get_boolean (value);
}

static void
test_pane_class_init (TestPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SitrepPaneClass *pane_class = SITREP_PANE_CLASS (klass);

  object_class->get_property = test_pane_get_property;
  object_class->set_property = test_pane_set_property;
  pane_class->workspace_changed = test_pane_workspace_changed;
  pane_class->event_index_changed = test_pane_event_index_changed;
  g_object_class_install_property (object_class, TEST_PROP_ONLY_IN_VIEW,
                                   g_param_spec_boolean ("only-in-view", NULL, NULL, FALSE, G_PARAM_READWRITE));
}

static void
on_test_pane_event (TestPane *self)
{
  self->n_events++;
}

static void
test_pane_init (TestPane *self)
{
  g_binding_group_bind (sitrep_pane_get_workspace_bindings (SITREP_PANE (self)), "only-in-view",
                        self, "only-in-view", G_BINDING_SYNC_CREATE);
  g_signal_group_connect_object (sitrep_pane_get_workspace_signals (SITREP_PANE (self)), "notify::event",
                                 G_CALLBACK (on_test_pane_event), self, G_CONNECT_SWAPPED);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_pane_base (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepWorkspace) first = sitrep_workspace_new ();
  g_autoptr(SitrepWorkspace) second = sitrep_workspace_new ();
  g_autoptr(SitrepEventIndex) index = sitrep_event_index_new (f->store, &error);
  g_autoptr(SitrepEventIndex) other_index = NULL;
  TestPane *pane = g_object_ref_sink (g_object_new (TEST_TYPE_PANE, NULL));
  SitrepWorkspace *got_workspace = NULL;
  SitrepEventIndex *got_index = NULL;
  guint n_workspace_notify = 0, n_index_notify = 0;

  g_assert_no_error (error);
  g_assert_true (SITREP_IS_PANE (pane));
  g_signal_connect (pane, "notify::workspace", G_CALLBACK (count_notify), &n_workspace_notify);
  g_signal_connect (pane, "notify::event-index", G_CALLBACK (count_notify), &n_index_notify);
  sitrep_workspace_set_store (first, f->store);
  sitrep_workspace_set_only_in_view (first, TRUE);

  /* Given a workspace: the property, the project, the groups follow it. */
  g_assert_null (sitrep_pane_get_store (SITREP_PANE (pane)));
  g_object_set (pane, "workspace", first, NULL);
  g_object_get (pane, "workspace", &got_workspace, NULL);
  g_assert_true (got_workspace == first);
  g_clear_object (&got_workspace);
  g_assert_true (sitrep_pane_get_store (SITREP_PANE (pane)) == f->store);
  g_assert_cmpuint (n_workspace_notify, ==, 1);
  g_assert_cmpuint (pane->n_workspace_changed, ==, 1);
  g_assert_null (pane->old_workspace);
  g_assert_true (pane->only_in_view);
  sitrep_workspace_set_event (first, 7);
  g_assert_cmpuint (pane->n_events, ==, 1);

  /* The same one again is no change. */
  sitrep_pane_set_workspace (SITREP_PANE (pane), first);
  g_assert_cmpuint (n_workspace_notify, ==, 1);
  g_assert_cmpuint (pane->n_workspace_changed, ==, 1);

  /* Another: the first no longer reaches the pane. */
  sitrep_pane_set_workspace (SITREP_PANE (pane), second);
  g_assert_cmpuint (n_workspace_notify, ==, 2);
  g_assert_cmpuint (pane->n_workspace_changed, ==, 2);
  g_assert_true (pane->old_workspace == first);
  g_assert_false (pane->only_in_view);
  g_assert_null (sitrep_pane_get_store (SITREP_PANE (pane)));
  sitrep_workspace_set_event (first, 8);
  sitrep_workspace_set_only_in_view (first, FALSE);
  sitrep_workspace_set_only_in_view (first, TRUE);
  g_assert_cmpuint (pane->n_events, ==, 1);
  g_assert_false (pane->only_in_view);
  sitrep_workspace_set_event (second, 9);
  g_assert_cmpuint (pane->n_events, ==, 2);

  /* The event index: set, changed (the old one alive during the hook), cleared. */
  g_object_set (pane, "event-index", index, NULL);
  g_object_get (pane, "event-index", &got_index, NULL);
  g_assert_true (got_index == index);
  g_clear_object (&got_index);
  g_assert_cmpuint (n_index_notify, ==, 1);
  g_assert_cmpuint (pane->n_index_changed, ==, 1);
  g_assert_null (pane->old_index);
  sitrep_pane_set_event_index (SITREP_PANE (pane), index);
  g_assert_cmpuint (pane->n_index_changed, ==, 1);
  other_index = sitrep_event_index_new (f->store, &error);
  g_assert_no_error (error);
  /* The pane holds the only reference to the first index now. */
  {
    SitrepEventIndex *weak = g_steal_pointer (&index);

    g_object_add_weak_pointer (G_OBJECT (weak), (gpointer *) &weak);
    g_object_unref (weak);
    g_assert_nonnull (weak);
    sitrep_pane_set_event_index (SITREP_PANE (pane), other_index);
    g_assert_cmpuint (n_index_notify, ==, 2);
    g_assert_true (pane->old_index_alive);
    g_assert_true (sitrep_pane_get_event_index (SITREP_PANE (pane)) == other_index);
    /* Let go once the hook was done with it. */
    g_assert_null (weak);
  }

  /* Disposed, it lets go of the workspace and the index. */
  g_assert_finalize_object (pane);
  g_assert_finalize_object (g_steal_pointer (&other_index));
  g_assert_finalize_object (g_steal_pointer (&second));
  g_assert_finalize_object (g_steal_pointer (&first));
}

static void
test_panes_create_destroy (Fixture       *f,
                           gconstpointer  data)
{
  GType types[3];

  types[0] = SITREP_TYPE_MAP_PANE;
  types[1] = SITREP_TYPE_EVENTS_PANE;
  types[2] = SITREP_TYPE_TIMELINE_PANE;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(SitrepWorkspace) workspace = sitrep_workspace_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepEventIndex) index = sitrep_event_index_new (f->store, &error);
      GtkWidget *pane = g_object_ref_sink (g_object_new (types[i], "workspace", workspace, NULL));

      g_assert_no_error (error);
      g_object_set (pane, "event-index", index, NULL);
      g_assert_finalize_object (pane);
      g_assert_finalize_object (g_steal_pointer (&index));
    }
}

/* The timeline pane's height: a handle moved by the user while the pane is
 * still settling (its first frames after showing) is the height kept. */

typedef struct
{
  GSettings *settings;
  GtkWidget *revealer;
  int        height;
} PaneWait;

static gboolean
pane_laid_out (gpointer data)
{
  PaneWait *w = data;

  return gtk_widget_get_mapped (w->revealer) && gtk_widget_get_height (w->revealer) > 0;
}

static gboolean
height_saved (gpointer data)
{
  PaneWait *w = data;

  return g_settings_get_int (w->settings, "timeline-height") == w->height;
}

static void
test_timeline_handle_while_settling (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PaneWait wait = { settings, NULL, 0 };
  SitrepWindow *window;
  GtkPaned *paned;

  g_settings_set_int (settings, "timeline-height", 220);
  window = sitrep_test_open_window (f->store);
  paned = GTK_PANED (sitrep_test_template_child (window, "timeline_paned"));
  wait.revealer = sitrep_test_template_child (window, "timeline_revealer");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-timeline", NULL));
  sitrep_test_wait_until (pane_laid_out, &wait, "the timeline pane to be laid out");

  /* At once, with no pause for the pane to settle. */
  gtk_paned_set_position (paned, gtk_paned_get_position (paned) - 40);
  wait.height = gtk_widget_get_height (GTK_WIDGET (paned)) - gtk_paned_get_position (paned);
  g_assert_cmpint (wait.height, >, 220);
  sitrep_test_wait_until (height_saved, &wait, "the height the user chose to be saved");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (paned)) - gtk_paned_get_position (paned), ==, wait.height);

  sitrep_test_close_window (window);
  g_settings_reset (settings, "timeline-height");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/gui/panes/reader-signals", test_reader_signals);
  ADD ("/gui/panes/window-routes-messages", test_window_routes);
  ADD ("/gui/panes/pane-base", test_pane_base);
  ADD ("/gui/panes/create-destroy", test_panes_create_destroy);
  ADD ("/gui/panes/follow-workspace", test_panes_follow_workspace);
  ADD ("/gui/panes/timeline-handle-while-settling", test_timeline_handle_while_settling);

#undef ADD

  return g_test_run ();
}
