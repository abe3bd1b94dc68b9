/* test-gui-walk.c — what the walk of the loop found at the joints: stale toasts of span
 * resizing, the entity chooser by keyboard, a place linked to another spelling
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-entity-chooser.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-window.h"
#include "sitrep-entity-chooser-private.h"
#include "sitrep-reader-test-private.h"
#include "sitrep-window-test-private.h"

static const char *body_text =
  "At least 20 terrorists were killed near Jasim on Saturday.\n\n"
  "Jassim al-Rifai said Russian-backed groups of local fighters attacked.\n";

#define NARROWED "The annotation cannot be narrowed further. Delete it to remove it."
#define PARAGRAPH "A label cannot run across a paragraph break. Select words within one paragraph."

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = sitrep_test_create_project ("sitrep-walk-XXXXXX", &f->dir, &f->path);
  f->article = sitrep_test_add_article (f->store, "Operation in Jasim", body_text);
  f->window = sitrep_test_open_article_window (f->store, f->article);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sitrep_test_close_all_windows (f->window);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static guint
offset_of (const char *needle)
{
  const char *p = strstr (body_text, needle);

  g_assert_nonnull (p);
  return (guint) g_utf8_pointer_to_offset (body_text, p);
}

static void
select_range (Fixture *f,
              guint    start,
              guint    end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (sitrep_window_get_reader (f->window)));
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) end);
  gtk_text_buffer_select_range (buffer, &a, &b);
}

static char *
annotation_text (Fixture *f,
                 gint64   id)
{
  g_autoptr(SitrepAnnotation) a = sitrep_store_get_annotation (f->store, id, NULL);

  g_assert_nonnull (a);
  return g_strdup (sitrep_annotation_get_text (a));
}

/* "cannot be narrowed further", "cannot run across a paragraph break": once
 * the user has resized the span the other way, the toast no longer holds
 * and goes; one that still holds stays. */
static void
test_resize_error_withdrawn (Fixture       *f,
                             gconstpointer  data)
{
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  guint saturday = offset_of ("Saturday");
  g_autofree char *text = NULL;
  gint64 id;

  select_range (f, saturday, saturday + 8);
  id = sitrep_reader_apply_label (reader, sitrep_test_label_id (f->store, "Date"), NULL);
  g_assert_cmpint (id, >, 0);

  /* One word: narrowing it is refused and says so. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", -1);
  g_assert_true (sitrep_window_has_message (f->window, NARROWED));

  /* Widened at its start: the span changed, the toast goes. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", -1);
  text = annotation_text (f, id);
  g_assert_cmpstr (text, ==, "on Saturday");
  g_assert_false (sitrep_window_has_message (f->window, NARROWED));

  /* Across the paragraph break: refused, told, and gone after a narrowing
   * that goes through (Ctrl+Shift+Right moves the start on a word). */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", 1);
  g_assert_true (sitrep_window_has_message (f->window, PARAGRAPH));
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-start", "i", 1);
  g_clear_pointer (&text, g_free);
  text = annotation_text (f, id);
  g_assert_cmpstr (text, ==, "Saturday");
  g_assert_false (sitrep_window_has_message (f->window, PARAGRAPH));

  /* A refusal after a refusal: the later one is shown. */
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (reader), "reader.move-end", "i", -1);
  g_assert_true (sitrep_window_has_message (f->window, NARROWED));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/gui/walk/resize-error-withdrawn", test_resize_error_withdrawn);
#undef ADD

  return g_test_run ();
}
