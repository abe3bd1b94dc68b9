/* test-gui-names.c — under an Arabic locale, the names a project stores in
 * English (its built-in labels, the ACLED codebook's event types) are shown
 * in Arabic, stay English in the project and its exports, and a renamed or
 * custom label shows as it is stored; under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sitrep-codebook.h"
#include "sitrep-label-kind.h"
#include "sitrep-store.h"
#include "sitrep-store-claims.h"
#include "sitrep-store-coding.h"
#include "sitrep-store-events.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-test-util.h"
#include "sitrep-events-view.h"
#include "sitrep-window.h"

#define ARABIC_LOCALE "ar_SY.UTF-8"

static gboolean locale_ok;

static const char body[] = "Clashes in Jasim on Tuesday killed at least 12 civilians, "
                           "according to the Syrian Observatory.\n";

/* @text has a letter of the Arabic block. */
static gboolean
has_arabic (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0600 && c <= 0x06FF)
        return TRUE;
    }
  return FALSE;
}

/* The first mapped GtkLabel under @widget whose text is @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} Shown;

static gboolean
label_shown (gpointer data)
{
  Shown *s = data;

  return find_label (s->root, s->text) != NULL;
}

static void
set_up (SitrepTestWindow *f,
        gconstpointer     data)
{
  if (!locale_ok)
    g_test_fail_printf ("The locale %s is missing: run build-aux/sitrep-dev deps "
                        "(or locale-gen %s) before this suite", ARABIC_LOCALE, ARABIC_LOCALE);
  sitrep_test_window_set_up (f, data, "Report", body);
}

/* Every label a new project is made with has a translated name; the
 * project keeps the English one (the spans export and the CLI use it). */
static void
test_builtin_labels (SitrepTestWindow *f,
                     gconstpointer     data)
{
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GError) error = NULL;

  if (!locale_ok)
    return;
  labels = sitrep_store_list_labels (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (labels->len, >=, 10);
  for (guint i = 0; i < labels->len; i++)
    {
      SitrepLabel *l = labels->pdata[i];

      g_test_message ("%s → %s", sitrep_label_get_name (l), sitrep_label_get_display_name (l));
      g_assert_false (has_arabic (sitrep_label_get_name (l)));
      g_assert_true (has_arabic (sitrep_label_get_display_name (l)));
    }
  g_assert_cmpstr (sitrep_label_display_name ("Place", "place"), ==, "مكان");
  /* A name the user gave, or a built-in name on another kind of label, is the user's. */
  g_assert_cmpstr (sitrep_label_display_name ("Place", "other"), ==, "Place");
  g_assert_cmpstr (sitrep_label_display_name ("Location", "place"), ==, "Location");
  g_assert_false (sitrep_label_is_builtin ("place", "place"));
  g_assert_true (sitrep_label_is_builtin ("Captured/Missing", "captured"));
}

/* The annotation panel heads a label's spans with its name in Arabic; a
 * renamed label with the name it was given. */
static void
test_panel_labels (SitrepTestWindow *f,
                   gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  gint64 place = 0, killed = 0, annotator;
  GtkWidget *panel;
  Shown shown;

  if (!locale_ok)
    return;
  place = sitrep_test_label_id (f->store, "Place");
  killed = sitrep_test_label_id (f->store, "Killed");
  annotator = sitrep_store_ensure_annotator (f->store, "Tester", &error);
  g_assert_no_error (error);
  sitrep_store_add_annotation (f->store, f->article, place, 11, 16, annotator, 0, NULL, &error);
  g_assert_no_error (error);
  sitrep_store_add_annotation (f->store, f->article, killed, 35, 56, annotator, 0, NULL, &error);
  g_assert_no_error (error);

  panel = sitrep_test_template_child (f->window, "annotation_panel");
  shown = (Shown) { panel, "مكان" };
  sitrep_test_wait_until (label_shown, &shown, "the Place label's heading in Arabic");
  g_assert_null (find_label (panel, "Place"));
  /* The undo entry names the label as the user reads it. */
  {
    g_autofree char *undo = sitrep_store_dup_undo_description (f->store);

    g_test_message ("undo: %s", undo);
    g_assert_nonnull (strstr (undo, "قتلى"));
    g_assert_null (strstr (undo, "Killed"));
  }

  /* Renamed, it is the user's name. */
  g_assert_true (sitrep_store_update_label (f->store, killed, "Dead", "killed", "#e01b24", "5", NULL, &error));
  g_assert_no_error (error);
  shown = (Shown) { panel, "Dead" };
  sitrep_test_wait_until (label_shown, &shown, "the renamed label's heading");
  g_assert_null (find_label (panel, "قتلى"));
}

/* The store's errors name a label as the user reads it, not by its stored
 * English name. */
static void
test_error_labels (SitrepTestWindow *f,
                   gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  SitrepStoredSuggestion *s;
  gint64 annotator, span, event;

  if (!locale_ok)
    return;
  annotator = sitrep_store_ensure_annotator (f->store, "Tester", &error);
  g_assert_no_error (error);
  span = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, "Place"),
                                      11, 16, annotator, 0, NULL, &error);
  g_assert_no_error (error);
  event = sitrep_test_add_event (f->store, "2022-03-01", NULL, 1, 0, "Battles", 3);
  g_assert_cmpint (sitrep_store_add_claim_from_annotation (f->store, event, span, SITREP_VICTIM_CIVILIANS, 0,
                                                           &error), ==, 0);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "مكان"));
  g_assert_null (strstr (error->message, "Place"));
  g_clear_error (&error);

  /* A figure suggested in a project that has no Killed label. */
  suggestions = sitrep_test_suggest_stored (f->store, f->article);
  s = NULL;
  for (guint i = 0; i < suggestions->len && s == NULL; i++)
    if (((SitrepStoredSuggestion *) suggestions->pdata[i])->kind == SITREP_SUGGEST_KILLED)
      s = suggestions->pdata[i];
  g_assert_nonnull (s);
  g_assert_true (sitrep_store_delete_label (f->store, sitrep_test_label_id (f->store, "Killed"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_accept_suggestion (f->store, s->id, annotator, &error), ==, 0);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "قتلى"));
  g_assert_null (strstr (error->message, "Killed"));
}

/* Every type and sub-type of the bundled codebook has an Arabic name;
 * other names stay as they are. */
static void
test_codebook_names (SitrepTestWindow *f,
                     gconstpointer     data)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  g_auto(GStrv) types = sitrep_codebook_list_event_types (codebook);
  g_autofree char *both = NULL;

  if (!locale_ok)
    return;
  for (guint i = 0; types[i] != NULL; i++)
    {
      g_auto(GStrv) subs = sitrep_codebook_list_sub_event_types (codebook, types[i]);

      g_assert_true (has_arabic (sitrep_codebook_event_type_display_name (types[i])));
      for (guint k = 0; subs[k] != NULL; k++)
        {
          g_autofree char *disorder =
            sitrep_codebook_dup_disorder_type_display_name (sitrep_codebook_get_disorder_type (codebook, subs[k]));

          g_test_message ("%s / %s → %s / %s (%s)", types[i], subs[k],
                          sitrep_codebook_event_type_display_name (types[i]),
                          sitrep_codebook_sub_event_type_display_name (subs[k]), disorder);
          g_assert_true (has_arabic (sitrep_codebook_sub_event_type_display_name (subs[k])));
          g_assert_true (has_arabic (disorder));
          g_assert_false (strchr (disorder, 'a'));
        }
    }
  g_assert_cmpstr (sitrep_codebook_event_type_display_name ("Battles"), ==, "معارك");
  g_assert_cmpstr (sitrep_codebook_event_type_display_name ("Sieges"), ==, "Sieges");
  g_assert_null (sitrep_codebook_event_type_display_name (NULL));
  both = sitrep_codebook_dup_disorder_type_display_name ("Political violence; Demonstrations");
  g_assert_cmpstr (both, ==, "عنف سياسي؛ مظاهرات");
}

/* The Events view shows an event's type in Arabic; the project keeps the
 * codebook's English, and the type filter still finds the event. */
static void
test_events_view_types (SitrepTestWindow *f,
                        gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  GtkWidget *view;
  gint64 id;
  Shown shown;

  if (!locale_ok)
    return;
  id = sitrep_test_add_event (f->store, "2022-03-01", NULL, 1, 0, "Battles", 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL));
  view = sitrep_test_template_child (f->window, "events_view");
  shown = (Shown) { view, "معارك" };
  sitrep_test_wait_until (label_shown, &shown, "the event's type in Arabic");
  g_assert_null (find_label (view, "Battles"));

  sitrep_events_view_set_filter (SITREP_EVENTS_VIEW (view), "Battles", NULL, NULL, NULL, FALSE);
  sitrep_test_wait_until (label_shown, &shown, "the filtered event's type");
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_event_get_event_type (event), ==, "Battles");
}

int
main (int   argc,
      char *argv[])
{
  sitrep_test_init_in_locale (&argc, &argv, ARABIC_LOCALE);
  gtk_init ();
  adw_init ();
  locale_ok = g_strcmp0 (setlocale (LC_MESSAGES, NULL), ARABIC_LOCALE) == 0;

#define ADD(name, func) \
  g_test_add (name, SitrepTestWindow, "sitrep-names-XXXXXX", set_up, func, sitrep_test_window_tear_down)

  ADD ("/gui/names/builtin-labels", test_builtin_labels);
  ADD ("/gui/names/panel-labels", test_panel_labels);
  ADD ("/gui/names/error-labels", test_error_labels);
  ADD ("/gui/names/codebook", test_codebook_names);
  ADD ("/gui/names/events-view", test_events_view_types);

#undef ADD

  return g_test_run ();
}
