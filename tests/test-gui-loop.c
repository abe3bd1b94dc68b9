/* test-gui-loop.c — the whole coding loop as a user walks it in the window, on the two Jasim captures
 *
 * Imports seeds 000 and 001 from $SITREP_SHARED_DIR/corpus/seeds through the
 * window's import action (skipped with a message when they are absent),
 * labels a place, an actor, a date and a figure in each by key and with the
 * mouse's label bar, records the incident from the first report, adds the
 * second report's figure to it as a claim, and checks what the map, the
 * timeline and the ACLED CSV and GeoJSON exports show, against the gold
 * file where there is one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-event-colour.h"
#include "sitrep-event-editor.h"
#include "sitrep-label-bar.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-metadata-dialog.h"
#include "sitrep-presentation.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-timeline-view.h"
#include "sitrep-window.h"
#include "sitrep-label-bar-private.h"
#include "sitrep-event-editor-private.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-window-test-private.h"

#define SEED_SOUTHFRONT "000_feacdd9686b0e318"
#define SEED_CRADLE "001_83f4b91b4dbfd024"

typedef struct
{
  char         *shared;
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        southfront;
  gint64        cradle;
  /* From the gold file of seed 000 */
  double        jasim_lat;
  double        jasim_lon;
  gint64        gold_killed_low;
  char         *gold_type;
  char         *gold_start;
} Fixture;

static char *
seed_path (Fixture    *f,
           const char *name)
{
  g_autofree char *file = g_strconcat (name, ".txt", NULL);

  return g_build_filename (f->shared, "corpus", "seeds", file, NULL);
}

static gboolean
seeds_present (Fixture *f)
{
  g_autofree char *a = seed_path (f, SEED_SOUTHFRONT);
  g_autofree char *b = seed_path (f, SEED_CRADLE);

  return g_file_test (a, G_FILE_TEST_EXISTS) && g_file_test (b, G_FILE_TEST_EXISTS);
}

/* What the careful coder of seed 000 recorded: Jasim's coordinates and the
 * operation in Jasim (its type, start and fewest killed). */
static void
read_gold (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->shared, "gold", SEED_SOUTHFRONT ".json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *places, *events;

  /* Without the gold file the checks use the GeoNames entry of Jāsim. */
  f->jasim_lat = 32.9913;
  f->jasim_lon = 36.0609;
  f->gold_killed_low = 20;
  f->gold_type = g_strdup ("Battles");
  f->gold_start = g_strdup ("2022-10-14");
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  places = json_object_get_array_member (root, "places");
  for (guint i = 0; i < json_array_get_length (places); i++)
    {
      JsonObject *p = json_array_get_object_element (places, i);

      if (g_strcmp0 (json_object_get_string_member (p, "mention"), "Jasim") == 0)
        {
          f->jasim_lat = json_object_get_double_member (p, "lat");
          f->jasim_lon = json_object_get_double_member (p, "lon");
        }
    }
  events = json_object_get_array_member (root, "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *e = json_array_get_object_element (events, i);

      if (g_strcmp0 (json_object_get_string_member (e, "place"), "Jasim") != 0)
        continue;
      g_free (f->gold_type);
      g_free (f->gold_start);
      f->gold_type = g_strdup (json_object_get_string_member (e, "type"));
      f->gold_start = g_strdup (json_object_get_string_member (e, "date_start"));
      f->gold_killed_low = json_object_get_int_member (json_object_get_object_member (e, "killed"), "low");
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");

  f->shared = g_strdup (shared != NULL ? shared : "../shared");
  f->store = sitrep_test_create_project ("sitrep-gui-loop-XXXXXX", &f->dir, &f->path);
  read_gold (f);

  /* A laptop's window, as a new user has it. */
  sitrep_test_set_window_size (1280, 760);
  sitrep_test_reset_coder ();
  f->window = sitrep_test_open_window (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  const char *keep = g_getenv ("SITREP_TEST_KEEP_PROJECT");

  /* Dialogs the loop left open go with the window. */
  sitrep_test_close_all_windows (f->window);
  /* The project the loop built, kept for README's screenshots: a copy in
   * the folder $SITREP_TEST_KEEP_PROJECT, named after the test. */
  if (keep != NULL && *keep != '\0')
    {
      g_autofree char *name = g_strdup_printf ("%s.sitrep", strrchr (g_test_get_path (), '/') + 1);
      g_autofree char *copy = g_build_filename (keep, name, NULL);
      g_autoptr(GFile) from = g_file_new_for_path (f->path);
      g_autoptr(GFile) to = g_file_new_for_path (copy);
      g_autoptr(GError) error = NULL;

      sitrep_store_close (f->store);
      if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
        g_printerr ("The project was not kept: %s\n", error->message);
    }
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
  g_free (f->shared);
  g_free (f->gold_type);
  g_free (f->gold_start);
}

/* Helpers: finding things as a user sees them */

static gint64
label_id (Fixture    *f,
          const char *name)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (f->store, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (labels->pdata[i]), name) == 0)
      return sitrep_label_get_id (labels->pdata[i]);
  g_assert_not_reached ();
}

static SitrepReader *
reader (Fixture *f)
{
  return sitrep_window_get_reader (f->window);
}

/* Import */

static gboolean
imported_two (gpointer data)
{
  Fixture *f = data;
  GListModel *model = sitrep_window_get_article_model (f->window);

  return !sitrep_window_is_importing (f->window) && model != NULL && g_list_model_get_n_items (model) == 2;
}

static void
import_seeds (Fixture *f)
{
  g_autofree char *a = seed_path (f, SEED_SOUTHFRONT);
  g_autofree char *b = seed_path (f, SEED_CRADLE);
  const char *paths[] = { a, b, NULL };
  GListModel *model;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-paths", "^as", paths);
  sitrep_test_wait_until (imported_two, f, "both captures in the article list");

  model = sitrep_window_get_article_model (f->window);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SitrepArticle) article = g_list_model_get_item (model, i);
      const char *title = sitrep_article_get_title (article);

      if (strstr (title, "Daraa") != NULL)
        f->southfront = sitrep_article_get_id (article);
      else if (strstr (title, "Deraa") != NULL)
        f->cradle = sitrep_article_get_id (article);
    }
  g_assert_cmpint (f->southfront, >, 0);
  g_assert_cmpint (f->cradle, >, 0);
}

typedef struct
{
  Fixture *f;
  gint64   id;
} IdWait;

static gboolean
reader_shows (gpointer data)
{
  IdWait *w = data;
  SitrepArticle *a = sitrep_reader_get_article (reader (w->f));

  return a != NULL && sitrep_article_get_id (a) == w->id &&
         gtk_widget_get_width (GTK_WIDGET (sitrep_reader_get_text_view (reader (w->f)))) > 100;
}

static void
open_article (Fixture *f,
              gint64   id)
{
  IdWait w = { f, id };

  g_assert_true (sitrep_window_select_article (f->window, id));
  sitrep_test_wait_until (reader_shows, &w, "the article in the reader");
}

/* Edit Metadata (F2): the capture gives no year, the coder knows it. */
static void
set_publication_date (Fixture    *f,
                      const char *date)
{
  SitrepArticle *article = sitrep_reader_get_article (reader (f));
  g_autofree char *title = g_strdup (sitrep_article_get_title (article));
  g_autofree char *source = g_strdup (sitrep_article_get_source (article));
  g_autofree char *url = g_strdup (sitrep_article_get_url (article));
  GType type = SITREP_TYPE_METADATA_DIALOG;
  SitrepMetadataDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-metadata", NULL);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (type), "the metadata dialog");
  dialog = SITREP_METADATA_DIALOG (sitrep_test_find_toplevel (type));
  sitrep_metadata_dialog_set_fields (dialog, title, source, url, date, SITREP_DATE_PRECISION_DAY, NULL);
  /* Enter: the dialog's default button saves and closes. */
  gtk_widget_activate (gtk_window_get_default_widget (GTK_WINDOW (dialog)));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (type), "the metadata dialog to close");
}

/* Labelling */

static char *
body_of (Fixture *f)
{
  return sitrep_reader_dup_text (reader (f));
}

/* The code-point offset of the @nth (from 1) @needle that follows @after
 * (or the start) in the reader's text. */
static guint
find_words (Fixture    *f,
            const char *after,
            const char *needle)
{
  g_autofree char *body = body_of (f);
  const char *from = body;
  const char *p;

  if (after != NULL)
    {
      from = strstr (body, after);
      g_assert_nonnull (from);
    }
  p = strstr (from, needle);
  if (p == NULL)
    g_error ("“%s” is not in the article after “%s”", needle, after ? after : "");
  return (guint) g_utf8_pointer_to_offset (body, p);
}

static void
select_words (Fixture    *f,
              const char *after,
              const char *words)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (reader (f)));
  guint start = find_words (f, after, words);
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) (start + g_utf8_strlen (words, -1)));
  /* As the text view selects under a mouse drag or Shift+arrows: the
   * cursor goes down at the start, then only the insert mark moves. (A
   * reader that reads the buffer's has-selection while the mark moves sees
   * it before the buffer updates it, and offers no labels.) */
  gtk_text_buffer_place_cursor (buffer, &a);
  gtk_text_buffer_move_mark (buffer, gtk_text_buffer_get_insert (buffer), &b);
  g_assert_true (gtk_text_buffer_get_has_selection (buffer));
}

static SitrepAnnotation *
annotation_at (Fixture    *f,
               gint64      article,
               guint       offset,
               const char *label)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_annotations (f->store, article, 0, NULL);
  gint64 want = label_id (f, label);

  for (guint i = 0; i < list->len; i++)
    {
      SitrepAnnotation *a = list->pdata[i];

      if (sitrep_annotation_get_label_id (a) == want && sitrep_annotation_get_start (a) <= offset &&
          offset < sitrep_annotation_get_end (a))
        return g_object_ref (a);
    }
  return NULL;
}

/* By key: the label's key (1–9, a) on the selection, as in the reader. */
static SitrepAnnotation *
label_by_key (Fixture    *f,
              const char *after,
              const char *words,
              const char *label,
              const char *key)
{
  gint64 article = sitrep_article_get_id (sitrep_reader_get_article (reader (f)));
  SitrepAnnotation *a;

  select_words (f, after, words);
  gtk_widget_activate_action (GTK_WIDGET (reader (f)), "reader.label-key", "s", key);
  a = annotation_at (f, article, find_words (f, after, words), label);
  if (a == NULL)
    g_error ("“%s” was not labelled %s by key %s (toast: %s)", words, label, key,
             sitrep_window_get_last_toast (f->window));
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, words);
  return a;
}

typedef struct
{
  Fixture    *f;
  gint64      article;
  guint       offset;
  const char *label;
} SpanWait;

static gboolean
span_made (gpointer data)
{
  SpanWait *w = data;
  g_autoptr(SitrepAnnotation) a = annotation_at (w->f, w->article, w->offset, w->label);

  return a != NULL;
}

/* With the mouse: a selection brings the label bar up by the words; a click
 * on the label's button labels them. */
static SitrepAnnotation *
label_by_mouse (Fixture    *f,
                const char *after,
                const char *words,
                const char *label)
{
  SpanWait w = { f, sitrep_article_get_id (sitrep_reader_get_article (reader (f))),
                 find_words (f, after, words), label };
  GtkWidget *bar;
  SitrepAnnotation *a;

  select_words (f, after, words);
  bar = sitrep_test_offer_labels (reader (f));
  /* A click (gtk_widget_activate would click 250 ms later, by when the bar
   * may have gone with a scroll). */
  sitrep_test_click (sitrep_label_bar_get_button (SITREP_LABEL_BAR (bar), label_id (f, label)));
  sitrep_test_wait_until (span_made, &w, "the span made from the label bar");

  a = annotation_at (f, w.article, w.offset, label);
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, words);
  return a;
}

static gboolean
attributes_have (SitrepAnnotation *a,
                 const char       *text)
{
  const char *attributes = sitrep_annotation_get_attributes (a);

  return attributes != NULL && strstr (attributes, text) != NULL;
}

/* A new place span is linked to a place entity by the map pane. */
static SitrepEntity *
entity_of (Fixture          *f,
           SitrepAnnotation *a)
{
  gint64 entity = sitrep_test_wait_linked (f->store, sitrep_annotation_get_id (a), "the span linked to an entity");

  return sitrep_store_get_entity (f->store, entity, NULL);
}

typedef struct
{
  Fixture *f;
  gint64   entity;
} EntityWait;

static gboolean
entity_placed (gpointer data)
{
  EntityWait *w = data;
  g_autoptr(SitrepEntity) e = sitrep_store_get_entity (w->f->store, w->entity, NULL);

  return e != NULL && !isnan (sitrep_entity_get_latitude (e));
}

static double
km_between (double lat1,
            double lon1,
            double lat2,
            double lon2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180;
  double h = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2 * 6371.0 * asin (sqrt (h));
}

/* Events */

static gboolean
editor_shown (gpointer data)
{
  return sitrep_test_find_toplevel (SITREP_TYPE_EVENT_EDITOR) != NULL;
}

static gint64
only_event (Fixture *f)
{
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (f->store, NULL, NULL);

  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

typedef struct
{
  Fixture *f;
  gint64   annotation;
} SelectWait;

static gboolean
span_selected (gpointer data)
{
  SelectWait *w = data;

  sitrep_reader_select_annotation (reader (w->f), w->annotation, TRUE);
  return sitrep_reader_get_selected_annotation (reader (w->f)) == w->annotation;
}

/* The map, the timeline, the exports */

typedef struct
{
  Fixture *f;
  gint64   event;
  double   lat;
  double   lon;
} PointWait;

static gboolean
event_on_map (gpointer data)
{
  PointWait *w = data;
  SitrepMapView *map = sitrep_window_get_map_view (w->f->window);
  SitrepMapPointsLayer *layer = map ? sitrep_map_view_get_events_layer (map) : NULL;

  for (guint i = 0; layer != NULL && i < sitrep_map_points_layer_get_n_points (layer); i++)
    {
      const SitrepMapPoint *p = sitrep_map_points_layer_get_point (layer, i);

      if (p->id == w->event)
        {
          w->lat = p->latitude;
          w->lon = p->longitude;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
event_on_timeline (gpointer data)
{
  PointWait *w = data;
  GtkWidget *timeline = sitrep_test_find_descendant (GTK_WIDGET (w->f->window), SITREP_TYPE_TIMELINE_VIEW);
  GArray *events = timeline ? sitrep_timeline_view_get_events (SITREP_TIMELINE_VIEW (timeline)) : NULL;

  for (guint i = 0; events != NULL && i < events->len; i++)
    if (g_array_index (events, SitrepTimelineEvent, i).event_id == w->event)
      return TRUE;
  return FALSE;
}

typedef struct
{
  Fixture    *f;
  const char *path;
  char       *before;
} ExportWait;

static gboolean
export_done (gpointer data)
{
  ExportWait *w = data;
  const char *toast = sitrep_window_get_last_toast (w->f->window);

  return g_file_test (w->path, G_FILE_TEST_EXISTS) && toast != NULL && g_strcmp0 (toast, w->before) != 0;
}

static void
export_to (Fixture    *f,
           const char *format,
           const char *path)
{
  ExportWait w = { f, path, g_strdup (sitrep_window_get_last_toast (f->window)) };

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-to", "(ss)", format, path);
  sitrep_test_wait_until (export_done, &w, "the export");
  g_free (w.before);
}

static char *
run_python (const char *script,
            const char *path)
{
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 could not read %s: %s", path, err);
  return out;
}

/* The loop */

typedef struct
{
  gint64 event;
  gint64 jasim;
  gint64 bus;
  gint64 isis;
} Recorded;

static GtkWidget *
find_similar_question (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        adw_message_dialog_has_response (l->data, "evidence"))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static gboolean
similar_asked (gpointer data)
{
  return find_similar_question () != NULL;
}

static void
select_between (Fixture    *f,
                const char *first_words,
                const char *last_words)
{
  guint start = find_words (f, NULL, first_words);
  guint end = find_words (f, first_words, last_words) + (guint) g_utf8_strlen (last_words, -1);

  sitrep_test_select_range (reader (f), start, end);
}

static gint64
event_other_than (Fixture *f,
                  gint64   id)
{
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (f->store, NULL, NULL);

  g_assert_cmpuint (ids->len, ==, 2);
  return g_array_index (ids, gint64, 0) != id ? g_array_index (ids, gint64, 0) : g_array_index (ids, gint64, 1);
}

/* The bus bombing in the first report: "the October 13 bus bombing near the
 * Syrian capital, Damascus ... 18 soldiers ... more than 20 others wounded". */
static gint64
record_bus_bombing (Fixture *f,
                    gint64   jasim_event)
{
  g_autoptr(SitrepAnnotation) place = NULL, date = NULL, killed = NULL, wounded = NULL;
  g_autoptr(SitrepEntity) damascus = NULL;
  SitrepEventEditor *editor;
  gint64 bus;

  date = label_by_key (f, "were behind the ", "October 13", "Date", "4");
  place = label_by_mouse (f, "near the Syrian capital, ", "Damascus", "Place");
  killed = label_by_key (f, "claimed the lives of ", "18 soldiers", "Killed", "5");
  wounded = label_by_mouse (f, "and left ", "more than 20 others", "Wounded");
  g_assert_true (attributes_have (wounded, "\"count\":20"));
  g_clear_object (&damascus);
  damascus = entity_of (f, place);
  g_assert_cmpstr (sitrep_entity_get_name (damascus), ==, "Damascus");

  select_between (f, "the October 13 bus bombing", "others wounded.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  /* Nothing near it yet: the operation in Jasim, 55 km away, is another incident. */
  g_assert_null (find_similar_question ());
  bus = event_other_than (f, jasim_event);

  sitrep_window_select_event (f->window, bus);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-event", NULL);
  sitrep_test_wait_until (editor_shown, NULL, "the event editor");
  editor = SITREP_EVENT_EDITOR (sitrep_test_find_toplevel (SITREP_TYPE_EVENT_EDITOR));
  g_assert_true (sitrep_event_editor_set_type (editor, "Explosions/Remote violence", "Remote explosive/landmine/IED"));
  gtk_window_close (GTK_WINDOW (editor));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_EVENT_EDITOR), "the editor to close");
  return bus;
}

/* The bus bombing in the second report, with other wounded figures: New
 * Event offers it as the incident already recorded; added as evidence, its
 * claims make the event disputed. */
static void
add_bus_bombing_report (Fixture        *f,
                        const Recorded *r)
{
  g_autoptr(SitrepAnnotation) place = NULL, date = NULL, killed = NULL, wounded = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(SitrepEntity) damascus = NULL;
  GtkWidget *question;

  date = label_by_mouse (f, "On the morning of ", "13 October", "Date");
  place = label_by_key (f, "near the ", "Damascus", "Place", "3");
  killed = label_by_mouse (f, "killing ", "at least 18 service members", "Killed");
  wounded = label_by_key (f, "wounding ", "over 27 others", "Wounded", "6");
  g_assert_true (attributes_have (wounded, "\"count\":27"));
  /* "Damascus" of "Damascus-Beirut highway" is the same place entity. */
  damascus = entity_of (f, place);
  g_assert_cmpstr (sitrep_entity_get_name (damascus), ==, "Damascus");

  select_between (f, "On the morning of 13 October", "over 27 others.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  sitrep_test_wait_until (similar_asked, NULL, "the question whether it is the bus bombing again");
  question = find_similar_question ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "evidence");
  g_assert_cmpint (event_other_than (f, r->event), ==, r->bus);

  event = sitrep_store_get_event (f->store, r->bus, NULL);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2022-10-13");
  g_assert_cmpint (sitrep_event_get_fatalities (event), ==, 18);
  g_assert_true (sitrep_event_get_disputed (event));
  claims = sitrep_store_list_claims (f->store, r->bus, NULL);
  g_assert_cmpuint (claims->len, ==, 4);
}

/* Seed 000: date the article, label it, record the operation in Jasim. */
static Recorded
code_first_report (Fixture *f)
{
  g_autoptr(SitrepAnnotation) place = NULL;
  g_autoptr(SitrepAnnotation) actor = NULL;
  g_autoptr(SitrepAnnotation) date = NULL;
  g_autoptr(SitrepAnnotation) killed = NULL;
  g_autoptr(SitrepEntity) jasim = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  SitrepEventEditor *editor;
  EntityWait ew = { f, 0 };
  Recorded r;

  open_article (f, f->southfront);
  set_publication_date (f, "2022-10-19");

  place = label_by_key (f, "operation in the town of ", "Jasim", "Place", "3");
  actor = label_by_mouse (f, "At least 20 terrorists of ", "ISIS", "Actor");
  date = label_by_key (f, "launched the security operation on ", "October 14", "Date", "4");
  killed = label_by_mouse (f, NULL, "At least 20 terrorists", "Killed");

  /* The figure and the date are read off the words. */
  g_assert_true (attributes_have (killed, "\"count\":20"));
  g_assert_true (attributes_have (date, "2022-10-14"));

  /* The place is linked to an entity the gazetteer puts where the coder would. */
  jasim = entity_of (f, place);
  g_assert_cmpstr (sitrep_entity_get_name (jasim), ==, "Jasim");
  ew.entity = sitrep_entity_get_id (jasim);
  sitrep_test_wait_until (entity_placed, &ew, "Jasim geocoded");
  g_clear_object (&jasim);
  jasim = sitrep_store_get_entity (f->store, ew.entity, NULL);
  g_assert_cmpfloat (km_between (sitrep_entity_get_latitude (jasim), sitrep_entity_get_longitude (jasim),
                                 f->jasim_lat, f->jasim_lon), <, 5.0);

  /* New Event (Ctrl+E) on the two sentences that report it. */
  sitrep_test_select_range (reader (f), find_words (f, NULL, "At least 20 terrorists"),
                            find_words (f, NULL, "on October 14.") + (guint) strlen ("on October 14."));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  r.event = only_event (f);
  r.jasim = ew.entity;

  event = sitrep_store_get_event (f->store, r.event, NULL);
  g_assert_cmpint (sitrep_event_get_place_id (event), ==, r.jasim);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, f->gold_start);
  /* The Actor span, never linked by hand, is linked and names actor 1. */
  {
    g_autoptr(SitrepAnnotation) linked = sitrep_store_get_annotation (f->store, sitrep_annotation_get_id (actor), NULL);

    g_assert_cmpint (sitrep_annotation_get_entity_id (linked), >, 0);
    g_assert_cmpint (sitrep_event_get_actor1_id (event), ==, sitrep_annotation_get_entity_id (linked));
    r.isis = sitrep_annotation_get_entity_id (linked);
  }
  claims = sitrep_store_list_claims (f->store, r.event, NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpint (sitrep_claim_get_count_low (claims->pdata[0]), ==, f->gold_killed_low);

  /* The type in the event editor, as the codebook offers it. */
  sitrep_window_select_event (f->window, r.event);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-event", NULL);
  sitrep_test_wait_until (editor_shown, NULL, "the event editor");
  editor = SITREP_EVENT_EDITOR (sitrep_test_find_toplevel (SITREP_TYPE_EVENT_EDITOR));
  g_assert_cmpint (sitrep_event_editor_get_event_id (editor), ==, r.event);
  g_assert_true (sitrep_event_editor_set_type (editor, f->gold_type, "Armed clash"));
  gtk_window_close (GTK_WINDOW (editor));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_EVENT_EDITOR), "the editor to close");

  r.bus = record_bus_bombing (f, r.event);
  return r;
}

/* Seed 001: the other outlet's spelling, linked to the same place, and its
 * figure added to the same event. */
static void
code_second_report (Fixture        *f,
                    const Recorded *r)
{
  g_autoptr(SitrepAnnotation) place = NULL;
  g_autoptr(SitrepAnnotation) actor = NULL;
  g_autoptr(SitrepAnnotation) date = NULL;
  g_autoptr(SitrepAnnotation) killed = NULL;
  g_autoptr(SitrepAnnotation) linked = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  SelectWait sw = { f, 0 };
  gboolean from_cradle = FALSE;

  open_article (f, f->cradle);
  set_publication_date (f, "2022-10-17");

  place = label_by_mouse (f, "carried out a special operation in ", "Jassim", "Place");
  actor = label_by_key (f, "leaving 20 ", "ISIS", "Actor", "1");
  date = label_by_mouse (f, "claimed that on ", "16 October", "Date");
  killed = label_by_key (f, NULL, "20 ISIS militants", "Killed", "5");
  g_assert_true (attributes_have (killed, "\"count\":20"));
  g_assert_true (attributes_have (date, "2022-10-16"));
  /* ISIS, an actor since the first report's event, is linked with its label
   * (the walk found it "Not linked"). */
  g_assert_cmpint (sitrep_annotation_get_entity_id (actor), ==, r->isis);

  /* Jassim is Jasim: linked from the span (as the entity chooser does). */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.link-entity", "(xx)",
                              sitrep_annotation_get_id (place), r->jasim);
  linked = sitrep_store_get_annotation (f->store, sitrep_annotation_get_id (place), NULL);
  g_assert_cmpint (sitrep_annotation_get_entity_id (linked), ==, r->jasim);

  /* The event is the window's current one; Make Claim on the selected figure. */
  sitrep_window_select_event (f->window, r->event);
  sw.annotation = sitrep_annotation_get_id (killed);
  sitrep_test_wait_until (span_selected, &sw, "the figure selected in the reader");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.make-claim", NULL));
  /* The toast names the event the claim went to. */
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "Jasim"));

  claims = sitrep_store_list_claims (f->store, r->event, NULL);
  g_assert_cmpuint (claims->len, ==, 2);
  for (guint i = 0; i < claims->len; i++)
    from_cradle |= sitrep_claim_get_article_id (claims->pdata[i]) == f->cradle &&
                   sitrep_claim_get_count_low (claims->pdata[i]) == 20;
  g_assert_true (from_cradle);

  add_bus_bombing_report (f, r);
}

static void
check_map_and_timeline (Fixture        *f,
                        const Recorded *r)
{
  PointWait pw = { f, r->event, NAN, NAN };
  g_autoptr(SitrepEntity) jasim = sitrep_store_get_entity (f->store, r->jasim, NULL);

  sitrep_test_wait_until (event_on_map, &pw, "the event on the map");
  g_assert_cmpfloat_with_epsilon (pw.lat, sitrep_entity_get_latitude (jasim), 1e-6);
  g_assert_cmpfloat_with_epsilon (pw.lon, sitrep_entity_get_longitude (jasim), 1e-6);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL);
  sitrep_test_wait_until (event_on_timeline, &pw, "the event on the timeline");

  /* The bus bombing, near Damascus (the gold file's place, within the gazetteer's reach). */
  pw.event = r->bus;
  sitrep_test_wait_until (event_on_map, &pw, "the bus bombing on the map");
  g_assert_cmpfloat (km_between (pw.lat, pw.lon, 33.5102, 36.2913), <, 30.0);
  sitrep_test_wait_until (event_on_timeline, &pw, "the bus bombing on the timeline");
}

/* The colour of @event's mark in @layer, FALSE when it has none. */
static gboolean
point_colour (SitrepMapPointsLayer *layer,
              gint64                event,
              GdkRGBA              *colour)
{
  for (guint i = 0; layer != NULL && i < sitrep_map_points_layer_get_n_points (layer); i++)
    {
      const SitrepMapPoint *p = sitrep_map_points_layer_get_point (layer, i);

      if (p->id == event)
        {
          *colour = p->colour;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
same_rgb (const GdkRGBA *a,
          const GdkRGBA *b)
{
  return fabsf (a->red - b->red) < 0.01f && fabsf (a->green - b->green) < 0.01f &&
         fabsf (a->blue - b->blue) < 0.01f;
}

static gboolean
presentation_shows_both (gpointer data)
{
  const Recorded *r = data;
  GtkWidget *p = GTK_WIDGET (sitrep_test_find_toplevel (SITREP_TYPE_PRESENTATION));
  GtkWidget *layer = p != NULL ? sitrep_test_find_descendant (p, SITREP_TYPE_MAP_POINTS_LAYER) : NULL;
  GdkRGBA c;

  return layer != NULL && point_colour (SITREP_MAP_POINTS_LAYER (layer), r->event, &c) &&
         point_colour (SITREP_MAP_POINTS_LAYER (layer), r->bus, &c);
}

/* One colour per type: the map's marks and the presentation's wear the
 * codebook's colour of the event's type (the timeline's type lanes too). */
static void
check_colours (Fixture        *f,
               const Recorded *r)
{
  SitrepMapPointsLayer *map = sitrep_map_view_get_events_layer (sitrep_window_get_map_view (f->window));
  GtkWidget *presentation, *layer;
  GdkRGBA battles, explosions, grey, c = { 0 };

  sitrep_event_type_rgba (f->gold_type, &battles);
  sitrep_event_type_rgba ("Explosions/Remote violence", &explosions);
  sitrep_event_type_rgba (NULL, &grey);
  g_assert_false (same_rgb (&battles, &explosions));
  g_assert_false (same_rgb (&battles, &grey));

  g_assert_true (point_colour (map, r->event, &c));
  g_assert_true (same_rgb (&c, &battles));
  g_assert_true (point_colour (map, r->bus, &c));
  g_assert_true (same_rgb (&c, &explosions));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  sitrep_test_wait_until (presentation_shows_both, (gpointer) r, "both incidents in the presentation");
  presentation = GTK_WIDGET (sitrep_test_find_toplevel (SITREP_TYPE_PRESENTATION));
  layer = sitrep_test_find_descendant (presentation, SITREP_TYPE_MAP_POINTS_LAYER);
  g_assert_true (point_colour (SITREP_MAP_POINTS_LAYER (layer), r->event, &c));
  g_assert_true (same_rgb (&c, &battles));
  g_assert_true (point_colour (SITREP_MAP_POINTS_LAYER (layer), r->bus, &c));
  g_assert_true (same_rgb (&c, &explosions));
  gtk_window_close (GTK_WINDOW (presentation));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (SITREP_TYPE_PRESENTATION),
                          "the presentation to close");
}

static void
check_exports (Fixture        *f,
               const Recorded *r)
{
  g_autofree char *csv = g_build_filename (f->dir, "jasim-acled.csv", NULL);
  g_autofree char *geojson = g_build_filename (f->dir, "jasim.geojson", NULL);
  g_autofree char *rows = NULL;
  g_autofree char *features = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) geo = NULL;
  const char *csv_script =
    "import csv, sys\n"
    "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
    "assert len(rows) == 2, len(rows)\n"
    "r = [r for r in rows if r['location'] == 'Jasim'][0]\n"
    "print(r['event_date'], r['event_type'], r['location'], r['latitude'], r['longitude'],"
    " r['fatalities'], r['time_precision'], r['actor1'], sep='|', end='')\n";
  const char *geo_script =
    "import json, sys\n"
    "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "assert d['type'] == 'FeatureCollection'\n"
    "fs = d['features']\n"
    "assert len(fs) == 2, len(fs)\n"
    "f = [f for f in fs if f['properties'].get('location') == 'Jasim'][0]\n"
    "lon, lat = f['geometry']['coordinates'][:2]\n"
    "print(lat, lon, f['geometry']['type'], sep='|', end='')\n";

  export_to (f, "acled-csv", csv);
  rows = run_python (csv_script, csv);
  fields = g_strsplit (rows, "|", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 8);
  g_assert_cmpstr (fields[0], ==, f->gold_start);
  g_assert_cmpstr (fields[1], ==, f->gold_type);
  g_assert_cmpstr (fields[2], ==, "Jasim");
  g_assert_cmpfloat (km_between (g_ascii_strtod (fields[3], NULL), g_ascii_strtod (fields[4], NULL),
                                 f->jasim_lat, f->jasim_lon), <, 5.0);
  g_assert_cmpint (g_ascii_strtoll (fields[5], NULL, 10), ==, f->gold_killed_low);
  g_assert_cmpstr (fields[6], ==, "1");
  g_assert_cmpstr (fields[7], ==, "ISIS");

  export_to (f, "geojson", geojson);
  features = run_python (geo_script, geojson);
  geo = g_strsplit (features, "|", -1);
  g_assert_cmpuint (g_strv_length (geo), ==, 3);
  g_assert_cmpfloat (km_between (g_ascii_strtod (geo[0], NULL), g_ascii_strtod (geo[1], NULL),
                                 f->jasim_lat, f->jasim_lon), <, 5.0);
  g_assert_cmpstr (geo[2], ==, "Point");
  (void) r;
}

static void
test_two_reports (Fixture       *f,
                  gconstpointer  data)
{
  Recorded r;

  if (!seeds_present (f))
    {
      g_test_skip ("The seed captures 000 and 001 (SITREP_SHARED_DIR/corpus/seeds) are not here: "
                   "the loop was not walked");
      return;
    }

  import_seeds (f);
  r = code_first_report (f);
  code_second_report (f, &r);
  check_map_and_timeline (f, &r);
  check_colours (f, &r);
  check_exports (f, &r);
}

static gboolean
adw_flap_get_folded_cond (gpointer flap)
{
  return adw_flap_get_folded (flap);
}

static gboolean
flap_revealed (gpointer flap)
{
  return adw_flap_get_folded (flap) && adw_flap_get_reveal_flap (flap);
}

static gboolean
flap_hidden (gpointer flap)
{
  return !adw_flap_get_reveal_flap (flap);
}

/* At 1280 px the article list lies over the reader (F9 shows it). Choosing
 * an article there (Enter, a double click) folds the list away so the reader
 * shows it; moving the selection (the arrow keys) keeps the list open. The
 * walk through the loop found the list left over the article just chosen. */
static void
test_choose_article_folds_list (Fixture       *f,
                                gconstpointer  data)
{
  AdwFlap *flap = ADW_FLAP (sitrep_test_template_child (f->window, "sidebar_flap"));
  GtkWidget *list_view = sitrep_test_template_child (f->window, "list_view");
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (list_view));
  g_autoptr(SitrepArticle) second = NULL;

  if (!seeds_present (f))
    {
      g_test_skip ("The seed captures 000 and 001 are not here");
      return;
    }
  import_seeds (f);
  sitrep_test_wait_until (adw_flap_get_folded_cond, flap, "the article list to fold at 1280 px");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-sidebar", NULL);
  sitrep_test_wait_until (flap_revealed, flap, "the article list over the reader");

  /* The arrow keys move the selection: the list stays. */
  gtk_selection_model_select_item (selection, 1, TRUE);
  gtk_selection_model_select_item (selection, 0, TRUE);
  sitrep_test_wait_frames (list_view, 2);
  g_assert_true (adw_flap_get_reveal_flap (flap));

  /* Enter on the second: it is read, the list goes. */
  gtk_selection_model_select_item (selection, 1, TRUE);
  gtk_widget_activate_action (list_view, "list.activate-item", "u", 1);
  sitrep_test_wait_until (flap_hidden, flap, "the article list to fold away");
  second = g_list_model_get_item (G_LIST_MODEL (selection), 1);
  g_assert_cmpint (sitrep_window_get_selected_id (f->window), ==, sitrep_article_get_id (second));
  g_assert_true (adw_flap_get_folded (flap));
}

/* The captures give no year (no publication date set): each Date span is
 * a day without its year. The Cradle's bus bombing (001) is told "near
 * Sabbourah town", a place the gazetteer does not put near Damascus, with
 * no actor: New Event on it still offers SouthFront's (000) bus bombing,
 * recorded undated at Damascus, for the day both reports give, and not the
 * operation in Jasim a day later; "Add as Evidence" puts the report there. */
static void
test_undated_reports (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SitrepAnnotation) date = NULL, place = NULL, killed = NULL;
  g_autoptr(SitrepAnnotation) op_date = NULL, op_place = NULL;
  g_autoptr(SitrepAnnotation) date2 = NULL, place2 = NULL, killed2 = NULL;
  g_autoptr(SitrepEntity) damascus = NULL, sabbourah = NULL;
  g_autoptr(SitrepEvent) bus_event = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  GtkWidget *question, *list, *row;
  gint64 op, bus, *offered;
  guint n_rows = 0;
  gboolean from_cradle = FALSE;

  if (!seeds_present (f))
    {
      g_test_skip ("The seed captures 000 and 001 (SITREP_SHARED_DIR/corpus/seeds) are not here: "
                   "the loop was not walked");
      return;
    }
  import_seeds (f);

  /* SouthFront: the operation in Jasim, then the bus bombing, both undated. */
  open_article (f, f->southfront);
  op_place = label_by_key (f, "operation in the town of ", "Jasim", "Place", "3");
  op_date = label_by_key (f, "launched the security operation on ", "October 14", "Date", "4");
  g_assert_true (attributes_have (op_date, "\"year_unknown\":true"));
  select_between (f, "At least 20 terrorists", "on October 14.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  g_assert_null (find_similar_question ());
  op = only_event (f);

  date = label_by_key (f, "were behind the ", "October 13", "Date", "4");
  g_assert_true (attributes_have (date, "\"year_unknown\":true"));
  place = label_by_mouse (f, "near the Syrian capital, ", "Damascus", "Place");
  killed = label_by_key (f, "claimed the lives of ", "18 soldiers", "Killed", "5");
  damascus = entity_of (f, place);
  select_between (f, "the October 13 bus bombing", "others wounded.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  /* A day apart, elsewhere, no actor in common: another incident. */
  g_assert_null (find_similar_question ());
  bus = event_other_than (f, op);
  bus_event = sitrep_store_get_event (f->store, bus, NULL);
  g_assert_null (sitrep_event_get_date_start (bus_event));
  g_assert_cmpint (sitrep_event_get_place_id (bus_event), ==, sitrep_entity_get_id (damascus));

  /* The Cradle: "On the morning of 13 October ... near Sabbourah town". */
  open_article (f, f->cradle);
  date2 = label_by_mouse (f, "On the morning of ", "13 October", "Date");
  g_assert_true (attributes_have (date2, "\"year_unknown\":true"));
  place2 = label_by_key (f, "highway near ", "Sabbourah", "Place", "3");
  killed2 = label_by_key (f, "killing ", "at least 18 service members", "Killed", "5");
  sabbourah = entity_of (f, place2);
  g_assert_cmpint (sitrep_entity_get_id (sabbourah), !=, sitrep_entity_get_id (damascus));

  select_between (f, "On the morning of 13 October", "over 27 others.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  sitrep_test_wait_until (similar_asked, NULL, "the question whether it is the bus bombing again");
  question = find_similar_question ();
  list = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (question));
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "event-id") != NULL)
      n_rows++;
  /* Only the bus bombing, checked: not the operation a day later. */
  g_assert_cmpuint (n_rows, ==, 1);
  offered = g_object_get_data (G_OBJECT (gtk_widget_get_first_child (list)), "event-id");
  g_assert_cmpint (*offered, ==, bus);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_first_child (list))),
                            "year unknown"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "evidence");

  /* Still two events; the report is evidence of the bus bombing, its figure a claim. */
  g_assert_cmpint (event_other_than (f, op), ==, bus);
  evidence = sitrep_store_list_event_evidence (f->store, bus, NULL);
  for (guint i = 0; i < evidence->len; i++)
    from_cradle |= ((SitrepEvidence *) evidence->pdata[i])->article_id == f->cradle;
  g_assert_true (from_cradle);
  claims = sitrep_store_list_claims (f->store, bus, NULL);
  g_assert_cmpuint (claims->len, ==, 2);
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "Evidence added"));
}

/* Widens or narrows the selected span by a word at its end, as
 * Shift+Right / Shift+Left do, and checks the words it then covers. */
static void
resize_end (Fixture          *f,
            SitrepAnnotation *span,
            int               delta,
            const char       *words)
{
  g_autoptr(SitrepAnnotation) now = NULL;

  sitrep_reader_select_annotation (reader (f), sitrep_annotation_get_id (span), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader (f)), "reader.move-end", "i", delta));
  now = sitrep_store_get_annotation (f->store, sitrep_annotation_get_id (span), NULL);
  g_assert_cmpstr (sitrep_annotation_get_text (now), ==, words);
}

/* The walk labelled the dates of the bus bombing too short or too long and
 * fixed them by resizing ("October 13 bus" narrowed, "13" widened to "13
 * October"): the similar-incident offer must come all the same when the
 * second report's event is recorded, as with dates labelled right at once. */
static void
test_similar_after_resize (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SitrepAnnotation) date = NULL, place = NULL, killed = NULL;
  g_autoptr(SitrepAnnotation) date2 = NULL, place2 = NULL, killed2 = NULL;
  g_autoptr(SitrepAnnotation) resized = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  GtkWidget *question;
  gint64 bus;

  if (!seeds_present (f))
    {
      g_test_skip ("The seed captures 000 and 001 (SITREP_SHARED_DIR/corpus/seeds) are not here: "
                   "the loop was not walked");
      return;
    }
  import_seeds (f);

  /* SouthFront: "October 13 bus" labelled, narrowed to "October 13". */
  open_article (f, f->southfront);
  date = label_by_key (f, "were behind the ", "October 13 bus", "Date", "4");
  resize_end (f, date, -1, "October 13");
  resized = sitrep_store_get_annotation (f->store, sitrep_annotation_get_id (date), NULL);
  g_assert_true (attributes_have (resized, "\"date\":\"--10-13\""));
  g_assert_true (attributes_have (resized, "\"year_unknown\":true"));
  g_clear_object (&resized);
  place = label_by_mouse (f, "near the Syrian capital, ", "Damascus", "Place");
  killed = label_by_key (f, "claimed the lives of ", "18 soldiers", "Killed", "5");
  select_between (f, "the October 13 bus bombing", "others wounded.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  g_assert_null (find_similar_question ());
  bus = only_event (f);

  /* The Cradle: "13" labelled, widened to "13 October". */
  open_article (f, f->cradle);
  date2 = label_by_mouse (f, "On the morning of ", "13", "Date");
  resize_end (f, date2, 1, "13 October");
  resized = sitrep_store_get_annotation (f->store, sitrep_annotation_get_id (date2), NULL);
  g_assert_true (attributes_have (resized, "\"date\":\"--10-13\""));
  place2 = label_by_key (f, "highway near ", "Sabbourah", "Place", "3");
  killed2 = label_by_key (f, "killing ", "at least 18 service members", "Killed", "5");
  select_between (f, "On the morning of 13 October", "over 27 others.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  sitrep_test_wait_until (similar_asked, NULL, "the question whether it is the bus bombing again");
  question = find_similar_question ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "evidence");
  g_assert_cmpint (only_event (f), ==, bus);
  claims = sitrep_store_list_claims (f->store, bus, NULL);
  g_assert_cmpuint (claims->len, ==, 2);
}

/* Whether a label in @widget (the annotation panel) shows @needle. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *needle)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, needle))
      return TRUE;
  return FALSE;
}

typedef struct
{
  Fixture    *f;
  gint64      annotation;
  const char *attribute;   /* in the span's attributes */
  const char *shown;       /* shown in the annotation panel */
  const char *not_shown;   /* and this not */
} DateWait;

static gboolean
date_shown (gpointer data)
{
  DateWait *w = data;
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (w->f->store, w->annotation, NULL);
  GtkWidget *panel = GTK_WIDGET (sitrep_window_get_annotation_panel (w->f->window));

  return a != NULL && attributes_have (a, w->attribute) && shows_text (panel, w->shown) &&
         !shows_text (panel, w->not_shown);
}

/* A Date span labelled before the article is dated is a day without its
 * year; dating the article (Edit Metadata) gives it its year, in the
 * panel too, and one Undo takes both back. */
static void
test_date_after_publication (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SitrepAnnotation) date = NULL;
  DateWait w = { f, 0, "\"year_unknown\":true", "year unknown", "2022-10-14" };

  if (!seeds_present (f))
    {
      g_test_skip ("The seed captures 000 and 001 (SITREP_SHARED_DIR/corpus/seeds) are not here: "
                   "the loop was not walked");
      return;
    }
  import_seeds (f);
  open_article (f, f->southfront);
  date = label_by_key (f, "launched the security operation on ", "October 14", "Date", "4");
  w.annotation = sitrep_annotation_get_id (date);
  sitrep_test_wait_until (date_shown, &w, "the day without its year in the panel");

  set_publication_date (f, "2022-10-19");
  w.attribute = "\"date\":\"2022-10-14\"";
  w.shown = "2022-10-14";
  w.not_shown = "year unknown";
  sitrep_test_wait_until (date_shown, &w, "the span dated 2022-10-14 in the panel");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  w.attribute = "\"year_unknown\":true";
  w.shown = "year unknown";
  w.not_shown = "2022-10-14";
  sitrep_test_wait_until (date_shown, &w, "one Undo to take the year back with the publication date");
  g_assert_null (sitrep_article_get_published (sitrep_reader_get_article (reader (f))));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/sitrep/gui-loop/two-reports", Fixture, NULL, fixture_set_up, test_two_reports, fixture_tear_down);
  g_test_add ("/sitrep/gui-loop/choose-article-folds-list", Fixture, NULL, fixture_set_up,
              test_choose_article_folds_list, fixture_tear_down);
  g_test_add ("/sitrep/gui-loop/date-after-publication", Fixture, NULL, fixture_set_up,
              test_date_after_publication, fixture_tear_down);
  g_test_add ("/sitrep/gui-loop/similar-after-resize", Fixture, NULL, fixture_set_up, test_similar_after_resize,
              fixture_tear_down);
  g_test_add ("/sitrep/gui-loop/undated-reports", Fixture, NULL, fixture_set_up, test_undated_reports,
              fixture_tear_down);

  return g_test_run ();
}
