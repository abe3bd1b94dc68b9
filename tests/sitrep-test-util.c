/* sitrep-test-util.c — main-loop, file, project, window, CLI and web-server helpers the
 * suites share (the window's with SITREP_TEST_GUI defined, in the GUI suites)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <execinfo.h>
#include <math.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>
#ifdef SITREP_TEST_GUI
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif
#endif

#include "sitrep-figures.h"
#include "sitrep-gazetteer.h"
#include "sitrep-test-util.h"
#include "sitrep-store-events.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-suggest-events.h"
#ifdef SITREP_TEST_GUI
#include "sitrep-entity-chooser.h"
#include "sitrep-reader.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-suggestion-review.h"
#endif

/* A warning or a critical stops a test (g_test_init () makes them
 * fatal); before it does, the stack that logs it goes to stderr, just
 * before the message, symbolised by the sanitizer when the program has
 * one. The sanitizer build's test-gui-walk stopped once, in a fresh
 * clone, on "g_object_ref: assertion '!object_already_finalized'
 * failed" at the start of /gui/walk/place-other-spelling and never
 * again in many runs: the message alone did not say whose reference it
 * was. A message a test expects (g_test_expect_message) never gets here. */
extern void __sanitizer_print_stack_trace (void) __attribute__ ((weak));

void
sitrep_test_print_stack (void)
{
  void *frames[64];
  int n;

  if (__sanitizer_print_stack_trace != NULL)
    {
      __sanitizer_print_stack_trace ();
      return;
    }
  n = backtrace (frames, G_N_ELEMENTS (frames));
  backtrace_symbols_fd (frames, n, 2);
}

/* The libraries' messages, before GTest's handler (g_test_init () sets
 * the default one, which writes "Bail out!" and the message). */
static void
stack_then_message (const char     *domain,
                    GLogLevelFlags  level,
                    const char     *message,
                    gpointer        data)
{
  static GLogFunc handler;

  /* GTest's, read once (set back at once). */
  if (g_once_init_enter (&handler))
    {
      GLogFunc set = g_log_set_default_handler (g_log_default_handler, NULL);

      g_log_set_default_handler (set, NULL);
      g_once_init_leave (&handler, set);
    }
  if ((level & G_LOG_FLAG_FATAL) != 0)
    {
      g_printerr ("The stack that logs the next message:\n");
      sitrep_test_print_stack ();
    }
  handler (domain, level, message, NULL);
}

__attribute__ ((constructor)) static void
stack_on_fatal_messages (void)
{
  static const char *domains[] = { "GLib", "GLib-GObject", "GLib-GIO", "Gtk", "Gdk", "Gsk", "Adwaita", "Shumate",
                                   "Pango", "Json" };

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    g_log_set_handler (domains[i], G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, stack_then_message, NULL);
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
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
sitrep_test_wait_finalized (gpointer    object,
                            const char *what)
{
  gpointer weak = object;
  g_autofree char *message = g_strdup_printf ("%s to be finalized", what);

  g_assert_true (G_IS_OBJECT (object));
  g_object_add_weak_pointer (G_OBJECT (object), &weak);
  g_object_unref (object);
  sitrep_test_wait_until (is_null, &weak, message);
}

char *
sitrep_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

char *
sitrep_test_seed_path (const char *prefix)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");
  g_autofree char *dir = shared != NULL ? g_build_filename (shared, "corpus", "seeds", NULL) : NULL;
  g_autoptr(GDir) d = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (dir, name, NULL);
  return NULL;
}

char *
sitrep_test_read_seed (const char *prefix)
{
  g_autofree char *path = sitrep_test_seed_path (prefix);
  char *text = NULL;

  if (path == NULL)
    return NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

void
sitrep_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        sitrep_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

guint
sitrep_test_offset_of (const char *text,
                       const char *needle)
{
  const char *p = strstr (text, needle);

  if (p == NULL)
    g_error ("“%s” is not in the text", needle);
  return (guint) g_utf8_pointer_to_offset (text, p);
}

SitrepStore *
sitrep_test_create_project (const char  *tmpl,
                            char       **dir,
                            char       **path)
{
  g_autoptr(GError) error = NULL;
  SitrepStore *store;

  *dir = sitrep_test_make_tmp_dir (tmpl);
  *path = g_build_filename (*dir, "project.sitrep", NULL);
  store = sitrep_store_create (*path, &error);
  g_assert_no_error (error);
  return store;
}

void
sitrep_test_remove_project (SitrepStore **store,
                            char        **dir,
                            char        **path)
{
  g_clear_object (store);
  if (*dir != NULL)
    sitrep_test_remove_tree (*dir);
  g_clear_pointer (dir, g_free);
  g_clear_pointer (path, g_free);
}

void
sitrep_test_project_set_up (SitrepTestProject *p,
                            gconstpointer      data)
{
  g_autoptr(GError) error = NULL;

  p->store = sitrep_test_create_project (data != NULL ? data : "sitrep-test-XXXXXX", &p->dir, &p->path);
  p->annotator = sitrep_store_ensure_annotator (p->store, "ana", &error);
  g_assert_no_error (error);
  g_assert_cmpint (p->annotator, >, 0);
}

void
sitrep_test_project_tear_down (SitrepTestProject *p,
                               gconstpointer      data)
{
  sitrep_test_remove_project (&p->store, &p->dir, &p->path);
}

GPtrArray *
sitrep_test_list_incidents (SitrepStore *store,
                            gint64       article)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = sitrep_store_list_proposed_incidents (store, article, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

guint
sitrep_test_count_events (SitrepStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, NULL, &error);

  g_assert_no_error (error);
  return ids->len;
}

guint
sitrep_test_store_count (SitrepStore *store,
                         const char  *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _sitrep_store_lock (store, &error);
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  _sitrep_store_unlock (store);
  return n;
}

gint64
sitrep_test_label_id (SitrepStore *store,
                      const char  *name)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);

  g_assert_nonnull (labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (labels->pdata[i]), name) == 0)
      return sitrep_label_get_id (labels->pdata[i]);
  g_error ("The project has no label %s", name);
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

gint64
sitrep_test_add_article (SitrepStore *store,
                         const char  *title,
                         const char  *body)
{
  return sitrep_test_add_article_full (store, title, body, NULL, NULL);
}

gint64
sitrep_test_add_article_full (SitrepStore *store,
                              const char  *title,
                              const char  *body,
                              const char  *source,
                              const char  *published)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord *record = sitrep_import_record_new ();
  gint64 id;

  record->title = g_strdup (title);
  record->body = g_strdup (body);
  record->source = g_strdup (source);
  record->original_name = g_strdup ("clipboard");
  record->original_type = g_strdup ("text/plain");
  record->published = g_strdup (published);
  record->published_precision = published != NULL ? SITREP_DATE_PRECISION_DAY : SITREP_DATE_PRECISION_UNKNOWN;
  id = sitrep_store_add_article (store, record, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  sitrep_import_record_free (record);

  return id;
}

guint
sitrep_test_count_annotations (SitrepStore *store,
                               gint64       article)
{
  g_autoptr(GPtrArray) spans = sitrep_store_list_annotations (store, article, 0, NULL);

  g_assert_nonnull (spans);
  return spans->len;
}

char *
sitrep_test_annotation_text (SitrepStore *store,
                             gint64       id)
{
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (store, id, NULL);

  g_assert_nonnull (a);
  return g_strdup (sitrep_annotation_get_text (a));
}

typedef struct
{
  SitrepStore *store;
  gint64       id;
  gint64       entity;
} LinkWait;

static gboolean
span_linked (gpointer data)
{
  LinkWait *w = data;
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (w->store, w->id, NULL);

  w->entity = a != NULL ? sitrep_annotation_get_entity_id (a) : 0;
  return w->entity > 0;
}

gint64
sitrep_test_wait_linked (SitrepStore *store,
                         gint64       id,
                         const char  *what)
{
  LinkWait w = { store, id, 0 };

  sitrep_test_wait_until (span_linked, &w, what);
  return w.entity;
}

#ifdef SITREP_TEST_GUI
static gboolean
index_loaded (gpointer data)
{
  SitrepEventIndex *index = sitrep_window_get_event_index (data);

  return index == NULL || !sitrep_event_index_get_loading (index);
}

void
sitrep_test_set_window_size (int width,
                             int height)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "map-visible");
  g_settings_reset (settings, "window-maximized");
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
}

SitrepWindow *
sitrep_test_open_window (SitrepStore *store)
{
  SitrepWindow *window = g_object_ref (sitrep_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  sitrep_window_set_store (window, store);
  /* The window reads the project's events in the background. */
  sitrep_test_wait_until (index_loaded, window, "the window has read the project's events");
  /* Mapped, laid out and drawn with what it read: a test clicks in it next. */
  sitrep_test_wait_until ((SitrepTestCondition) sitrep_test_has_size, window, "the window on screen");
  sitrep_test_wait_frames (GTK_WIDGET (window), 2);

  return window;
}

void
sitrep_test_close_window (SitrepWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  sitrep_test_wait_finalized (window, "the window");
}

gboolean
sitrep_test_has_size (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget) &&
         gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

gboolean
sitrep_test_widget_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

gboolean
sitrep_test_text_laid_out (gpointer window)
{
  SitrepReader *reader = sitrep_window_get_reader (window);

  return gtk_widget_get_width (GTK_WIDGET (sitrep_reader_get_text_view (reader))) > 100;
}

GtkWidget *
sitrep_test_shown_chooser (SitrepReader *reader)
{
  GtkWidget *chooser = sitrep_test_find_descendant (GTK_WIDGET (reader), SITREP_TYPE_ENTITY_CHOOSER);

  return chooser != NULL && gtk_widget_get_mapped (chooser) ? chooser : NULL;
}

gboolean
sitrep_test_chooser_shown (gpointer reader)
{
  return sitrep_test_shown_chooser (reader) != NULL;
}

gboolean
sitrep_test_chooser_gone (gpointer reader)
{
  return sitrep_test_shown_chooser (reader) == NULL;
}

typedef struct
{
  guint frames;
  guint wanted;
} Frames;

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  ((Frames *) data)->frames++;
  return G_SOURCE_CONTINUE;
}

static gboolean
frames_drawn (gpointer data)
{
  Frames *frames = data;

  return frames->frames >= frames->wanted;
}

void
sitrep_test_wait_frames (GtkWidget *widget,
                         guint      n)
{
  Frames frames = { 0, n };
  guint tick = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  gtk_widget_queue_draw (widget);
  sitrep_test_wait_until (frames_drawn, &frames, "the window to draw");
  gtk_widget_remove_tick_callback (widget, tick);
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
  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (sitrep_window_get_annotation_panel (window)),
                                           SITREP_TYPE_ANNOTATION_PANEL, name);
  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

GtkWindow *
sitrep_test_find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

gboolean
sitrep_test_toplevel_shown (gpointer type)
{
  return sitrep_test_find_toplevel ((GType) GPOINTER_TO_SIZE (type)) != NULL;
}

gboolean
sitrep_test_toplevel_gone (gpointer type)
{
  return sitrep_test_find_toplevel ((GType) GPOINTER_TO_SIZE (type)) == NULL;
}
void
sitrep_test_reset_coder (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "annotator-name", "Tester");
  g_settings_reset (settings, "annotation-filter");
  g_settings_reset (settings, "snap-to-words");
}

gboolean
sitrep_test_reader_holds (SitrepWindow *window,
                          gint64        article)
{
  SitrepArticle *a = sitrep_reader_get_article (sitrep_window_get_reader (window));

  return a != NULL && sitrep_article_get_id (a) == article;
}

gboolean
sitrep_test_reader_shows (gpointer data)
{
  SitrepTestArticleShown *shown = data;

  return sitrep_test_reader_holds (shown->window, shown->article);
}

gboolean
sitrep_test_reader_has_text (gpointer window)
{
  g_autofree char *text = sitrep_reader_dup_text (sitrep_window_get_reader (window));

  return text != NULL && text[0] != '\0';
}

SitrepWindow *
sitrep_test_open_article_window (SitrepStore *store,
                                 gint64       article)
{
  SitrepTestArticleShown shown = { NULL, article };

  sitrep_test_reset_coder ();
  shown.window = sitrep_test_open_window (store);
  sitrep_test_wait_until (sitrep_test_reader_shows, &shown, "the article in the reader");

  return shown.window;
}

void
sitrep_test_init_in_locale (int         *argc,
                            char      ***argv,
                            const char  *locale)
{
  g_autofree char *language = g_strndup (locale, strcspn (locale, "_."));
  g_autofree char *localedir = NULL;

  g_setenv ("LC_ALL", locale, TRUE);
  g_setenv ("LANGUAGE", language, TRUE);
  g_test_init (argc, argv, NULL);
  localedir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
sitrep_test_window_set_up (SitrepTestWindow *f,
                           const char       *tmpl,
                           const char       *title,
                           const char       *body)
{
  f->store = sitrep_test_create_project (tmpl, &f->dir, &f->path);
  f->article = sitrep_test_add_article (f->store, title, body);
  f->window = sitrep_test_open_article_window (f->store, f->article);
}

void
sitrep_test_window_tear_down (SitrepTestWindow *f,
                              gconstpointer     data)
{
  if (f->window != NULL)
    sitrep_test_close_all_windows (g_steal_pointer (&f->window));
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static gboolean
article_selected (gpointer data)
{
  SitrepTestArticleShown *shown = data;

  return sitrep_window_select_article (shown->window, shown->article);
}

void
sitrep_test_show_article (SitrepWindow *window,
                          gint64        article)
{
  SitrepTestArticleShown shown = { window, article };

  sitrep_test_wait_until (article_selected, &shown, "the article in the list");
  sitrep_test_wait_until (sitrep_test_reader_shows, &shown, "the article in the reader");
}

void
sitrep_test_close_all_windows (SitrepWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Held: closing one window may take another with it. */
  g_list_foreach (toplevels, (GFunc) g_object_ref, NULL);
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) window)
      gtk_window_destroy (l->data);
  g_list_free_full (toplevels, g_object_unref);
  sitrep_test_close_window (window);
}

void
sitrep_test_char_area (GtkTextView  *view,
                       guint         offset,
                       GdkRectangle *area)
{
  GtkTextIter iter;
  int wx, wy;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, (int) offset);
  gtk_text_view_get_iter_location (view, &iter, area);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, area->x, area->y, &wx, &wy);
  area->x = wx;
  area->y = wy;
}

void
sitrep_test_select_range (SitrepReader *reader,
                          guint         start,
                          guint         end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (reader));
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) end);
  gtk_text_buffer_select_range (buffer, &a, &b);
}

void
sitrep_test_select_words (SitrepReader *reader,
                          const char   *text,
                          const char   *words)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (reader));
  guint start = sitrep_test_offset_of (text, words);
  g_autofree char *selected = NULL;
  GtkTextIter a, b;

  sitrep_test_select_range (reader, start, start + (guint) g_utf8_strlen (words, -1));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &a, &b));
  selected = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  g_assert_cmpstr (selected, ==, words);
}

void
sitrep_test_destroy_toplevels (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Held: destroying one window may take another with it. */
  g_list_foreach (toplevels, (GFunc) g_object_ref, NULL);
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      gtk_window_destroy (l->data);
  g_list_free_full (toplevels, g_object_unref);
}

GtkWidget *
sitrep_test_find_descendant (GtkWidget *widget,
                             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sitrep_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
#endif

GPtrArray *
sitrep_test_cli_argv (const char * const *args)
{
  GPtrArray *argv = g_ptr_array_new ();
  const char *cli = g_getenv ("SITREP_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  return argv;
}

int
sitrep_test_run_cli (const char * const *args,
                     char * const       *envp,
                     char              **out,
                     char              **err)
{
  g_autoptr(GPtrArray) argv = sitrep_test_cli_argv (args);
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, (char **) envp,
                               (out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0) |
                               (err == NULL ? G_SPAWN_STDERR_TO_DEV_NULL : 0),
                               NULL, NULL, out, err, &status, NULL));
  return status;
}

gint64
sitrep_test_query (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

void
sitrep_test_assert_figures (const SitrepTestFigureCase *cases,
                            guint                       n)
{
  for (guint i = 0; i < n; i++)
    {
      SitrepFigure f;

      g_test_message ("%s", cases[i].phrase);
      g_assert_true (sitrep_figure_parse (cases[i].phrase, &f));
      g_assert_cmpint (f.count, ==, cases[i].count);
      g_assert_cmpstr (sitrep_qualifier_to_string (f.qualifier), ==, cases[i].qualifier);
      g_assert_cmpint (f.low, ==, cases[i].low);
      g_assert_cmpint (f.high, ==, cases[i].high);
    }
}

SitrepSuggestResult *
sitrep_test_suggest (const char *text,
                     const char *published)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);

  g_assert_nonnull (suggester);
  return sitrep_suggester_run (suggester, text, published,
                               published != NULL ? SITREP_DATE_PRECISION_DAY : SITREP_DATE_PRECISION_UNKNOWN,
                               NULL);
}

const SitrepSuggestion *
sitrep_test_find_suggestion (SitrepSuggestResult *result,
                             SitrepSuggestKind    kind,
                             const char          *text)
{
  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];

      if (s->kind == kind && (text == NULL || g_strcmp0 (s->text, text) == 0))
        return s;
    }
  return NULL;
}

const SitrepSuggestion *
sitrep_test_place (SitrepSuggestResult *result,
                   const char          *text)
{
  const SitrepSuggestion *s = sitrep_test_find_suggestion (result, SITREP_SUGGEST_PLACE, text);

  if (s == NULL)
    g_test_message ("no place suggested as \"%s\"", text);
  g_assert_nonnull (s);
  return s;
}

double
sitrep_test_km_from (const SitrepSuggestion *s,
                     double                  latitude,
                     double                  longitude)
{
  g_assert_nonnull (s);
  g_assert_false (isnan (s->latitude));
  return sitrep_gazetteer_distance_km (s->latitude, s->longitude, latitude, longitude);
}

gboolean
sitrep_test_any_suggestion_holds (SitrepSuggestResult *result,
                                  SitrepSuggestKind    kind,
                                  const char          *part)
{
  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];

      if (s->kind == kind && strstr (s->text, part) != NULL)
        return TRUE;
    }
  return FALSE;
}

gboolean
sitrep_test_is_figure_kind (SitrepSuggestKind kind)
{
  return kind == SITREP_SUGGEST_KILLED || kind == SITREP_SUGGEST_WOUNDED ||
         kind == SITREP_SUGGEST_CAPTURED || kind == SITREP_SUGGEST_MISSING;
}

char *
sitrep_test_figures_line (SitrepSuggestResult *result)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];

      if (sitrep_test_is_figure_kind (s->kind))
        g_string_append_printf (out, "%s%s %lld %s%s", out->len > 0 ? "; " : "",
                                sitrep_suggest_kind_to_string (s->kind), (long long) s->figure.count,
                                sitrep_qualifier_to_string (s->figure.qualifier), s->cumulative ? " cumulative" : "");
    }
  return g_string_free (out, FALSE);
}

void
sitrep_test_check_figures (const char *text,
                           const char *expected)
{
  g_autoptr(SitrepSuggestResult) result = sitrep_test_suggest (text, NULL);
  g_autofree char *got = sitrep_test_figures_line (result);

  g_test_message ("%s", text);
  g_assert_cmpstr (got, ==, expected);
}

typedef struct
{
  SoupServerCallback  handler;
  GMutex              lock;
  GCond               listening;
  char               *base;
} Serving;

static gpointer
serve_thread (gpointer data)
{
  Serving *serving = data;
  GMainContext *context = g_main_context_new ();
  GMainLoop *loop = g_main_loop_new (context, FALSE);
  SoupServer *server;
  GError *error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (context);
  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, serving->handler, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  g_mutex_lock (&serving->lock);
  serving->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_cond_signal (&serving->listening);
  g_mutex_unlock (&serving->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_main_loop_run (loop);   /* until the test program ends */
  return NULL;
}

char *
sitrep_test_serve (SoupServerCallback handler)
{
  /* The thread reads it for as long as the test runs. */
  Serving *serving = g_new0 (Serving, 1);
  char *base;

  serving->handler = handler;
  g_mutex_init (&serving->lock);
  g_cond_init (&serving->listening);
  g_mutex_lock (&serving->lock);
  g_thread_unref (g_thread_new ("server", serve_thread, serving));
  while (serving->base == NULL)
    g_cond_wait (&serving->listening, &serving->lock);
  base = g_strdup (serving->base);
  g_mutex_unlock (&serving->lock);
  return base;
}

#ifdef SITREP_TEST_GUI
void
sitrep_test_click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
}

GtkWidget *
sitrep_test_offer_labels (SitrepReader *reader)
{
  GtkWidget *bar;

  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.offer-labels", NULL);
  bar = _sitrep_reader_get_label_bar (reader);
  g_assert_nonnull (bar);
  sitrep_test_wait_until (sitrep_test_widget_mapped, bar, "the label bar by the selection");
  return bar;
}

gboolean
sitrep_test_can_press_keys (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (!GDK_IS_X11_DISPLAY (gtk_widget_get_display (widget)))
    {
      g_test_skip ("Needs the X11 backend (Xvfb) to press real keys");
      return FALSE;
    }
  if (xdotool == NULL)
    {
      g_test_skip ("Needs xdotool (build-aux/sitrep-dev installs it)");
      return FALSE;
    }
  return TRUE;
#else
  g_test_skip ("Needs the X11 backend to press real keys");
  return FALSE;
#endif
}

#ifdef GDK_WINDOWING_X11
static void
xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static gboolean
window_active (gpointer window)
{
  return gtk_window_is_active (window);
}
#endif

void
sitrep_test_focus_window (GtkWindow *window)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface;
  g_autofree char *xid = NULL;

  gtk_window_present (window);
  sitrep_test_wait_until ((SitrepTestCondition) gtk_widget_get_mapped, window, "the window on screen");
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  xdotool ((const char *[]) { "windowfocus", "--sync", xid, NULL });
  sitrep_test_wait_until (window_active, window, "the window focused");
#else
  g_assert_not_reached ();
#endif
}

void
sitrep_test_mouse_at (GtkWidget  *widget,
                      double      x,
                      double      y,
                      const char *buttons)
{
#ifdef GDK_WINDOWING_X11
  GtkNative *native = gtk_widget_get_native (widget);
  g_auto(GStrv) words = buttons != NULL ? g_strsplit (buttons, " ", -1) : g_new0 (char *, 1);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  double wx = 0, wy = 0, sx = 0, sy = 0;

  g_assert_nonnull (native);
  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), x, y, &wx, &wy));
  gtk_native_get_surface_transform (native, &sx, &sy);
  /* On the window (xdotool reads a negative one as an option). */
  g_assert_cmpfloat (wx + sx, >=, 0);
  g_assert_cmpfloat (wy + sy, >=, 0);
  g_ptr_array_add (args, g_strdup ("mousemove"));
  g_ptr_array_add (args, g_strdup ("--window"));
  g_ptr_array_add (args, g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (gtk_native_get_surface (native))));
  g_ptr_array_add (args, g_strdup ("--sync"));
  g_ptr_array_add (args, g_strdup_printf ("%d", (int) (wx + sx)));
  g_ptr_array_add (args, g_strdup_printf ("%d", (int) (wy + sy)));
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (args, g_strdup (words[i]));
  g_ptr_array_add (args, NULL);
  xdotool ((const char * const *) args->pdata);
#else
  g_assert_not_reached ();
#endif
}

void
sitrep_test_press_keys (const char *keys)
{
#ifdef GDK_WINDOWING_X11
  xdotool ((const char *[]) { "key", "--clearmodifiers", keys, NULL });
#else
  g_assert_not_reached ();
#endif
}

#ifdef GDK_WINDOWING_X11
static gboolean
flag_in_idle (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* After the window has handled a button's or a key's release, and the
 * idles it added (a click's) have run. */
static gboolean
on_release (GtkEventControllerLegacy *controller,
            GdkEvent                 *event,
            gboolean                 *done)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE || gdk_event_get_event_type (event) == GDK_KEY_RELEASE)
    g_idle_add_full (G_PRIORITY_LOW, flag_in_idle, done, NULL);
  return GDK_EVENT_PROPAGATE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Runs xdotool with @args and waits until @window has handled the release. */
static void
xdotool_handled (GtkWindow          *window,
                 const char * const *args,
                 const char         *what)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();
  gboolean released = FALSE;

  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_release), &released);
  gtk_widget_add_controller (GTK_WIDGET (window), legacy);
  xdotool (args);
  sitrep_test_wait_until (is_true, &released, what);
  gtk_widget_remove_controller (GTK_WIDGET (window), legacy);
}
#endif

void
sitrep_test_press_keys_handled (GtkWindow  *window,
                                const char *keys)
{
#ifdef GDK_WINDOWING_X11
  xdotool_handled (window, (const char *[]) { "key", "--clearmodifiers", keys, NULL }, "the keys handled");
#else
  g_assert_not_reached ();
#endif
}

void
sitrep_test_click_at (GtkWidget *widget,
                      double     x,
                      double     y)
{
#ifdef GDK_WINDOWING_X11
  GtkNative *native = gtk_widget_get_native (widget);
  g_autofree char *xid = NULL, *sx = NULL, *sy = NULL;
  graphene_point_t p;
  double nx, ny;

  g_assert_nonnull (native);
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &p));
  gtk_native_get_surface_transform (native, &nx, &ny);
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (gtk_native_get_surface (native)));
  sx = g_strdup_printf ("%d", (int) (p.x + nx));
  sy = g_strdup_printf ("%d", (int) (p.y + ny));
  xdotool_handled (GTK_WINDOW (gtk_widget_get_root (widget)),
                   (const char *[]) { "mousemove", "--window", xid, sx, sy, "click", "1", NULL }, "the click handled");
#else
  g_assert_not_reached ();
#endif
}
#endif

GPtrArray *
sitrep_test_suggest_stored (SitrepStore *store,
                            gint64       article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (store, &error);
  GPtrArray *list;

  g_assert_no_error (error);
  g_assert_true (sitrep_suggest_article (store, suggester, article, FALSE, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  list = sitrep_store_list_suggestions (store, article, &error);
  g_assert_no_error (error);
  return list;
}

SitrepStoredSuggestion *
sitrep_test_find_stored (GPtrArray         *list,
                         SitrepSuggestKind  kind,
                         const char        *text)
{
  for (guint i = 0; i < list->len; i++)
    {
      SitrepStoredSuggestion *s = list->pdata[i];

      if (s->kind == kind && g_strcmp0 (s->text, text) == 0)
        return s;
    }
  return NULL;
}

#ifdef SITREP_TEST_GUI
gboolean
sitrep_test_review_all_listed (gpointer data)
{
  SitrepSuggestionReview *review = data;

  return !sitrep_suggestion_review_get_running (review) && !sitrep_suggestion_review_get_partial (review) &&
         g_list_model_get_n_items (sitrep_suggestion_review_get_model (review)) > 0;
}

gint64
sitrep_test_annotation_over (SitrepStore *store,
                             gint64       article,
                             guint        start,
                             guint        end)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_annotations (store, article, 0, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      SitrepAnnotation *a = list->pdata[i];

      if (sitrep_annotation_get_start (a) == start && sitrep_annotation_get_end (a) == end)
        return sitrep_annotation_get_id (a);
    }
  return 0;
}
#endif
