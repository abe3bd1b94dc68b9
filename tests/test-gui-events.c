/* test-gui-events.c — the Events view, the event editor, New Event from the reader, evidence and exports, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-claim-dialog.h"
#include "sitrep-event-card.h"
#include "sitrep-event-editor.h"
#include "sitrep-events-view.h"
#include "sitrep-place-chooser.h"
#include "sitrep-reader.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-store.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-window.h"
#include "sitrep-event-private.h"
#include "sitrep-claim-dialog-private.h"
#include "sitrep-event-card-private.h"
#include "sitrep-event-editor-private.h"
#include "sitrep-events-view-private.h"
#include "sitrep-place-chooser-private.h"
#include "sitrep-window-test-private.h"


#define SENTENCE "At least 20 people were killed in an airstrike on Daraa on Saturday, activists said."

static const char *body_text =
  "Intro line about the week.\n\n"
  SENTENCE "\n\n"
  "A second paragraph about something else entirely.\n";

typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
  gint64        daraa;
} Fixture;

static gint64
annotate (Fixture    *f,
          const char *label,
          const char *words,
          gint64      entity,
          const char *attributes)
{
  g_autoptr(GError) error = NULL;
  guint start = sitrep_test_offset_of (body_text, words);
  gint64 id;

  id = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, label), start,
                                    start + (guint) g_utf8_strlen (words, -1), 0, entity, attributes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = sitrep_test_create_project ("sitrep-ev-XXXXXX", &f->dir, &f->path);
  f->article = sitrep_test_add_article (f->store, "Airstrike on Daraa", body_text);
  f->daraa = sitrep_store_add_entity (f->store, "place", "Daraa", &error);
  g_assert_no_error (error);
  sitrep_store_set_entity_place (f->store, f->daraa, 32.6189, 36.1021, "Daraa", "Syria", NULL, &error);
  g_assert_no_error (error);
  f->window = sitrep_test_open_article_window (f->store, f->article);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* a test may have closed it already */
  if (f->window != NULL)
    sitrep_test_close_window (f->window);
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
}

static gint64
add_event (Fixture    *f,
           const char *date,
           gint64      place,
           const char *type,
           gint64      killed_a,
           gint64      killed_b)
{
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft.date_start = date;
  draft.date_precision = 1;
  draft.place_id = place;
  draft.event_type = type;
  id = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);

  if (killed_a >= 0)
    {
      claim.count_low = killed_a;
      claim.claimant_text = "SOHR";
      sitrep_store_add_claim (f->store, id, &claim, &error);
      g_assert_no_error (error);
    }
  if (killed_b >= 0)
    {
      claim.count_low = killed_b;
      claim.claimant_text = "Amaq";
      sitrep_store_add_claim (f->store, id, &claim, &error);
      g_assert_no_error (error);
    }
  return id;
}

static SitrepEventsView *
events_view (Fixture *f)
{
  return sitrep_window_get_events_view (f->window);
}

static guint
n_listed (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (sitrep_events_view_get_list (events_view (f))));
}

typedef struct
{
  Fixture *f;
  guint    n;
} ListedWait;

static gboolean
listed_is (gpointer data)
{
  ListedWait *w = data;

  return n_listed (w->f) == w->n;
}

/* The list follows the store a moment later, as it batches changes. */
static void
wait_listed (Fixture *f,
             guint    n)
{
  ListedWait w = { f, n };

  sitrep_test_wait_until (listed_is, &w, "the events list to follow the store");
}

static gboolean
first_is (gpointer data)
{
  ListedWait *w = data;
  g_autoptr(SitrepEvent) first = NULL;

  first = g_list_model_get_item (G_LIST_MODEL (sitrep_events_view_get_list (events_view (w->f))), 0);
  return first != NULL && sitrep_event_get_id (first) == (gint64) w->n;
}

static gboolean
selected_is (gpointer data)
{
  ListedWait *w = data;

  return sitrep_events_view_get_selected_event (events_view (w->f)) == (gint64) w->n;
}

static gboolean
view_is (Fixture    *f,
         const char *name)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (sitrep_test_template_child (f->window, "main_stack"))), name) == 0;
}

static gboolean
card_has_two_claims (gpointer data)
{
  return sitrep_event_card_count_claims (data) == 2;
}

/* The list, the filters, header sorting and the card. */
static void
test_list_and_card (Fixture       *f,
                    gconstpointer  data)
{
  SitrepEventCard *card;
  gint64 a, b, c;
  g_autoptr(SitrepEvent) first = NULL;

  a = add_event (f, "2022-10-15", f->daraa, "Explosions/Remote violence", 18, 20);
  b = add_event (f, "2021-01-01", 0, "Battles", 3, -1);
  c = add_event (f, "2023-05-05", 0, NULL, -1, -1);
  (void) c;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  g_assert_true (view_is (f, "events"));
  wait_listed (f, 3);

  /* By date: 2021, 2022, 2023. */
  first = g_list_model_get_item (G_LIST_MODEL (sitrep_events_view_get_list (events_view (f))), 0);
  g_assert_cmpint (sitrep_event_get_id (first), ==, b);
  g_clear_object (&first);

  /* Clicking the Fatalities header twice: most dead first. */
  sitrep_events_view_sort_by (events_view (f), SITREP_EVENT_SORT_FATALITIES, TRUE);
  {
    ListedWait w = { f, (guint) a };

    sitrep_test_wait_until (first_is, &w, "the list sorted by fatalities");
  }
  first = g_list_model_get_item (G_LIST_MODEL (sitrep_events_view_get_list (events_view (f))), 0);
  g_assert_cmpint (sitrep_event_get_id (first), ==, a);
  g_assert_cmpint (sitrep_event_list_get_sort (sitrep_events_view_get_list (events_view (f))), ==,
                   SITREP_EVENT_SORT_FATALITIES);
  g_assert_true (sitrep_event_list_get_descending (sitrep_events_view_get_list (events_view (f))));

  sitrep_events_view_set_filter (events_view (f), NULL, NULL, NULL, NULL, TRUE);
  wait_listed (f, 1);
  sitrep_events_view_set_filter (events_view (f), "Battles", NULL, NULL, NULL, FALSE);
  wait_listed (f, 1);
  sitrep_events_view_set_filter (events_view (f), NULL, "2022-01-01", "2022-12-31", NULL, FALSE);
  wait_listed (f, 1);
  sitrep_events_view_set_filter (events_view (f), NULL, NULL, NULL, NULL, FALSE);
  wait_listed (f, 3);

  g_assert_true (sitrep_events_view_select_event (events_view (f), a));
  card = sitrep_events_view_get_card (events_view (f));
  g_assert_cmpint (sitrep_event_card_get_event_id (card), ==, a);
  g_assert_cmpstr (sitrep_event_card_get_figure_text (card, "fatalities"), ==, "18");
  g_assert_cmpstr (sitrep_event_card_get_figure_text (card, "high"), ==, "20");
  g_assert_cmpstr (sitrep_event_card_get_figure_text (card, "sources"), ==, "2");
  g_assert_nonnull (strstr (sitrep_event_card_get_explanation (card), "18"));
  g_assert_cmpuint (sitrep_event_card_count_claims (card), ==, 2);

  /* A claim deleted from the card's ledger: figures update, Undo brings it back. */
  {
    g_autoptr(GPtrArray) claims = sitrep_store_list_claims (f->store, a, NULL);
    gint64 sohr = sitrep_claim_get_id (claims->pdata[0]);

    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-claim", "x", sohr);
    g_assert_cmpuint (sitrep_event_card_count_claims (card), ==, 1);
    g_assert_cmpstr (sitrep_event_card_get_figure_text (card, "fatalities"), ==, "20");
    g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
    sitrep_test_wait_until (card_has_two_claims, card, "the claim back on the card");
    g_assert_cmpstr (sitrep_event_card_get_figure_text (card, "fatalities"), ==, "18");
  }

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-articles", NULL);
  g_assert_true (view_is (f, "project"));
}

/* The mapped label under @widget that reads @text. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
type_cell_shown (gpointer data)
{
  GtkLabel *label = find_label (data, "Explosions/Remote violence");

  return label != NULL && gtk_widget_get_width (GTK_WIDGET (label)) > 0;
}

static gboolean
type_cell_whole (gpointer data)
{
  GtkLabel *label = find_label (data, "Explosions/Remote violence");

  return label != NULL && gtk_widget_get_width (GTK_WIDGET (label)) > 0 &&
         !pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

/* The Type column: beside the map at the window's default size the table
 * is compact and never scrolls sideways (test-gui-laptop), the type's
 * cell has the whole type and its sub-event type in its tooltip; with the
 * room back (the map hidden) it is as wide as the longest event type:
 * "Explosions/Remote violence" reads whole (it was cut to
 * "Explosions/Rem…"). */
static void
test_type_column_whole (Fixture       *f,
                        gconstpointer  data)
{
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  GtkWidget *view = GTK_WIDGET (events_view (f));
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkLabel *label;

  /* The app's style sheet, as AdwApplication loads it: the cells' padding. */
  gtk_css_provider_load_from_resource (css, "/org/sitrep/Sitrep/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  draft.date_start = "2022-10-13";
  draft.place_id = f->daraa;
  draft.event_type = "Explosions/Remote violence";
  draft.sub_event_type = "Remote explosive/landmine/IED";
  sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  sitrep_test_wait_until (type_cell_shown, view, "the event's type in the table");
  sitrep_test_wait_frames (view, 1);

  label = find_label (view, "Explosions/Remote violence");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), ==,
                   "Explosions/Remote violence — Remote explosive/landmine/IED");
  if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-map", NULL));
  sitrep_test_wait_until (type_cell_whole, view, "the whole type in the table once it has room");
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
}

static gboolean
editor_open (gpointer data)
{
  return sitrep_test_find_window (GTK_WINDOW (data), SITREP_TYPE_EVENT_EDITOR) != NULL;
}

/* The AdwEntryRow under @widget whose title begins with @title. */
static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The editor refuses end-before-start inline, saves a valid change, undo. */
static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SitrepEvent) event = NULL;
  SitrepEventEditor *editor;
  GListModel *subs;
  gboolean has_clash = FALSE, has_protest = FALSE;
  gint64 id;

  id = add_event (f, "2022-10-15", f->daraa, NULL, 5, -1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-event", NULL);
  sitrep_test_wait_until (editor_open, f->window, "the event editor");
  editor = SITREP_EVENT_EDITOR (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_EVENT_EDITOR));
  g_assert_cmpint (sitrep_event_editor_get_event_id (editor), ==, id);

  /* A one-day event's End Date is empty ("the same day"), and a date typed
   * there where the cursor is becomes the end (it was typed onto the start
   * shown there: "2022-10-162022-10-15", refused). */
  {
    GtkWidget *end_row = find_entry_row (GTK_WIDGET (editor), "End Date");
    int pos;

    g_assert_nonnull (end_row);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "");
    pos = gtk_editable_get_position (GTK_EDITABLE (end_row));
    gtk_editable_insert_text (GTK_EDITABLE (end_row), "2022-10-16", -1, &pos);
    g_signal_emit_by_name (end_row, "apply");
    event = sitrep_store_get_event (f->store, id, NULL);
    g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2022-10-15");
    g_assert_cmpstr (sitrep_event_get_date_end (event), ==, "2022-10-16");
    g_clear_object (&event);
    g_assert_true (sitrep_event_editor_set_dates (editor, "2022-10-15", "", 1));
  }

  /* End before start: refused, with the store's reason, nothing saved. */
  g_assert_false (sitrep_event_editor_set_dates (editor, "2022-10-15", "2022-10-10", 2));
  g_assert_nonnull (sitrep_event_editor_get_date_error (editor));
  g_assert_cmpstr (sitrep_event_editor_get_date_error (editor), !=, "");
  event = sitrep_store_get_event (f->store, id, NULL);
  g_assert_cmpstr (sitrep_event_get_date_end (event), !=, "2022-10-10");
  g_assert_cmpint (sitrep_event_get_date_precision (event), ==, 1);
  g_clear_object (&event);

  /* A valid range is saved at once and clears the message. */
  g_assert_true (sitrep_event_editor_set_dates (editor, "2022-10-14", "2022-10-16", 2));
  g_assert_null (sitrep_event_editor_get_date_error (editor));
  event = sitrep_store_get_event (f->store, id, NULL);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2022-10-14");
  g_assert_cmpstr (sitrep_event_get_date_end (event), ==, "2022-10-16");
  g_assert_cmpint (sitrep_event_get_date_precision (event), ==, 2);
  g_clear_object (&event);

  /* The sub-type list narrows with the type; disorder type follows. */
  g_assert_true (sitrep_event_editor_set_type (editor, "Battles", "Armed clash"));
  subs = sitrep_event_editor_get_sub_types (editor);
  for (guint i = 0; i < g_list_model_get_n_items (subs); i++)
    {
      const char *s = gtk_string_list_get_string (GTK_STRING_LIST (subs), i);

      has_clash |= g_strcmp0 (s, "Armed clash") == 0;
      has_protest |= g_strcmp0 (s, "Peaceful protest") == 0;
    }
  g_assert_true (has_clash);
  g_assert_false (has_protest);
  event = sitrep_store_get_event (f->store, id, NULL);
  g_assert_cmpstr (sitrep_event_get_disorder_type (event), ==, "Political violence");
  g_clear_object (&event);

  /* Undo the type, then the dates: each was one step. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  event = sitrep_store_get_event (f->store, id, NULL);
  g_assert_null (sitrep_event_get_event_type (event));
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2022-10-15");
  g_assert_cmpint (sitrep_event_get_date_precision (event), ==, 1);
  g_clear_object (&event);

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_widgets (child, type, found);
    }
}

static GtkLabel *
mapped_label_with_text (GtkWidget  *widget,
                        const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]) &&
        g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];

  return NULL;
}

static gboolean
label_shown (gpointer data)
{
  gpointer *args = data;

  return mapped_label_with_text (args[0], args[1]) != NULL;
}

/* The end date is picked from a calendar, replacing what the field held;
 * a long codebook value shows whole. */
static void
test_editor_pickers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) calendars = g_ptr_array_new ();
  g_autoptr(GDateTime) day = g_date_time_new_local (2022, 10, 16, 0, 0, 0);
  SitrepEventEditor *editor;
  GtkLabel *label;
  gpointer args[2];
  gint64 id;

  id = add_event (f, "2022-10-14", f->daraa, NULL, 5, -1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-event", NULL);
  sitrep_test_wait_until (editor_open, f->window, "the event editor");
  editor = SITREP_EVENT_EDITOR (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_EVENT_EDITOR));

  /* Start and end each have a calendar; pick the 16th as the end. */
  collect_widgets (GTK_WIDGET (editor), GTK_TYPE_CALENDAR, calendars);
  g_assert_cmpuint (calendars->len, ==, 2);
  gtk_calendar_select_day (calendars->pdata[1], day);
  event = sitrep_store_get_event (f->store, id, NULL);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2022-10-14");
  g_assert_cmpstr (sitrep_event_get_date_end (event), ==, "2022-10-16");
  g_clear_object (&event);

  /* "Explosions/Remote violence" whole in its row, not "Explosions/Remote vi…". */
  g_assert_true (sitrep_event_editor_set_type (editor, "Explosions/Remote violence", NULL));
  args[0] = editor;
  args[1] = (gpointer) "Explosions/Remote violence";
  sitrep_test_wait_until (label_shown, args, "the event type in its row");
  label = mapped_label_with_text (GTK_WIDGET (editor), "Explosions/Remote violence");
  {
    g_autoptr(PangoLayout) whole = gtk_widget_create_pango_layout (GTK_WIDGET (label), "Explosions/Remote violence");
    int whole_width, natural;

    /* It asks for room for the whole value (AdwComboRow's own factory
     * asks for 20 characters and cuts the rest). */
    pango_layout_get_pixel_size (whole, &whole_width, NULL);
    gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
    g_assert_cmpint (natural, >=, whole_width);
  }

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
annotate_sentence (Fixture *f)
{
  annotate (f, "Killed", "At least 20 people were killed", 0, NULL);
  annotate (f, "Place", "Daraa", f->daraa, NULL);
  annotate (f, "Date", "on Saturday", 0,
            "{\"date\": \"2022-10-15\", \"date_end\": \"2022-10-15\", \"precision\": \"day\"}");
  /* Outside the selection: must not be used. */
  annotate (f, "Place", "second paragraph", 0, NULL);
}

/* The same-incident question New Event asks, open over the window. */
static GtkWidget *
find_similar_dialog (SitrepWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) dialog = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (dialog) &&
          gtk_window_get_transient_for (dialog) == GTK_WINDOW (window) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                     "Is This an Event Already Recorded?") == 0)
        return GTK_WIDGET (dialog);
    }

  return NULL;
}

/* New Event from a reader selection with Place, Date and Killed spans. */
static void
test_new_event_from_selection (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  gboolean has_sentence = FALSE;

  annotate_sentence (f);
  sitrep_test_select_words (sitrep_window_get_reader (f->window), body_text, SENTENCE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  g_assert_null (find_similar_dialog (f->window));
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 1);

  ids = sitrep_store_query_event_ids (f->store, NULL, NULL);
  event = sitrep_store_get_event (f->store, g_array_index (ids, gint64, 0), NULL);
  g_assert_cmpint (sitrep_event_get_place_id (event), ==, f->daraa);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2022-10-15");
  g_assert_cmpint (sitrep_event_get_date_precision (event), ==, 1);
  g_assert_cmpint (sitrep_event_get_fatalities (event), ==, 20);

  claims = sitrep_store_list_claims (f->store, sitrep_event_get_id (event), NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpstr (sitrep_claim_get_kind (claims->pdata[0]), ==, "killed");
  g_assert_cmpint (sitrep_claim_get_count_low (claims->pdata[0]), ==, 20);
  g_assert_cmpint (sitrep_claim_get_article_id (claims->pdata[0]), ==, f->article);

  evidence = sitrep_store_list_event_evidence (f->store, sitrep_event_get_id (event), NULL);
  for (guint i = 0; i < evidence->len; i++)
    {
      SitrepEvidence *e = evidence->pdata[i];

      g_assert_cmpint (e->article_id, ==, f->article);
      has_sentence |= e->start == sitrep_test_offset_of (body_text, "At least 20") && g_str_has_suffix (e->text, "activists said.");
    }
  g_assert_true (has_sentence);

  /* It is one undo step. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 0);
}

static gboolean
similar_dialog_open (gpointer data)
{
  return find_similar_dialog (data) != NULL;
}

/* An event at the same place within 3 days is offered; Add as Evidence. */
static void
test_similar_event (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  GtkWidget *dialog;
  gint64 existing, far;

  existing = add_event (f, "2022-10-13", f->daraa, "Explosions/Remote violence", 18, -1);
  far = add_event (f, "2022-11-30", f->daraa, NULL, -1, -1);
  annotate_sentence (f);
  sitrep_test_select_words (sitrep_window_get_reader (f->window), body_text, SENTENCE);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL);
  sitrep_test_wait_until (similar_dialog_open, f->window, "the same-incident question");
  dialog = find_similar_dialog (f->window);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);

  /* Only the event within 3 days is offered, and chosen first. */
  {
    GtkWidget *list = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
    guint n = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
      {
        gint64 *id = g_object_get_data (G_OBJECT (row), "event-id");

        g_assert_nonnull (id);
        g_assert_cmpint (*id, !=, far);
        n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "evidence");
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);
  evidence = sitrep_store_list_event_evidence (f->store, existing, NULL);
  g_assert_cmpuint (evidence->len, >=, 1);
  claims = sitrep_store_list_claims (f->store, existing, NULL);
  g_assert_cmpuint (claims->len, ==, 2);
  wait_listed (f, 2);
  {
    ListedWait w = { f, (guint) existing };

    sitrep_test_wait_until (selected_is, &w, "the event given the evidence selected");
  }
  /* The toast names the event the report went to. */
  {
    g_autoptr(SitrepEvent) e = sitrep_store_get_event (f->store, existing, NULL);
    g_autofree char *title = sitrep_event_dup_title (e);
    g_autofree char *toast = g_strdup_printf ("Evidence added to “%s”", title);

    g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, toast);
  }

  /* Merging the far event into it from the Events view, with Undo. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.merge-events", "(xx)", existing, far);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 1);
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");
  wait_listed (f, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  wait_listed (f, 2);
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);
}

typedef struct
{
  Fixture *f;
  guint    start;
  guint    end;
} SpanWait;

static gboolean
span_selected (gpointer data)
{
  SpanWait *w = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (sitrep_window_get_reader (w->f->window)));
  GtkTextIter a, b;

  if (!sitrep_test_reader_holds (w->f->window, w->f->article) || !gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return FALSE;
  return (guint) gtk_text_iter_get_offset (&a) == w->start && (guint) gtk_text_iter_get_offset (&b) == w->end;
}

/* Clicking a piece of evidence opens the article with the span selected. */
static void
test_evidence_click (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  SpanWait w = { f, 0, 0 };
  gint64 id, other;

  id = add_event (f, "2022-10-15", f->daraa, NULL, -1, -1);
  w.start = sitrep_test_offset_of (body_text, "airstrike");
  w.end = w.start + (guint) strlen ("airstrike on Daraa");
  sitrep_store_add_event_evidence (f->store, id, f->article, w.start, w.end, &error);
  g_assert_no_error (error);

  /* Another article is shown when the evidence is clicked. */
  other = sitrep_test_add_article (f->store, "Other news", "Nothing to see here.\n");
  sitrep_test_show_article (f->window, other);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  row = sitrep_event_card_get_evidence_row (sitrep_events_view_get_card (events_view (f)), 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");

  sitrep_test_wait_until (span_selected, &w, "the evidence span selected in its article");
  g_assert_true (view_is (f, "project"));
}

static gboolean
not_exporting (gpointer data)
{
  return !sitrep_window_is_exporting (data);
}

/* ACLED CSV through the action, read back by Python's csv module. */
static void
test_export_acled (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "events-acled.csv", NULL);
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  int status = 0;
  const char *script =
    "import csv, sys\n"
    "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
    "print(len(rows))\n"
    "for r in rows: print(r['event_date'], r['event_type'], r['location'], r['fatalities'], r['latitude'], sep='|')\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, out, NULL };

  add_event (f, "2022-10-15", f->daraa, "Explosions/Remote violence", 18, 20);
  add_event (f, "2021-01-01", 0, "Battles", 3, -1);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-to", "(ss)", "acled-csv", out);
  sitrep_test_wait_until (not_exporting, f->window, "the export");
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "2"));
  /* With Open, as the handout's toast. */
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.open-exported");

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &stdout_text, &stderr_text,
                &status, &error);
  g_assert_no_error (error);
  if (status != 0)
    g_error ("python3 failed: %s", stderr_text);
  g_assert_cmpstr (stdout_text, ==,
                   "2\n"
                   "2021-01-01|Battles||3|\n"
                   "2022-10-15|Explosions/Remote violence|Daraa|18|32.61890\n");

  /* GeoJSON: the unplaced event is counted in the toast. */
  {
    g_autofree char *geo = g_build_filename (f->dir, "events.geojson", NULL);

    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-to", "(ss)", "geojson", geo);
    sitrep_test_wait_until (not_exporting, f->window, "the GeoJSON export");
    g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "1 event has no coordinates"));
  }

  /* An undated event is not an ACLED row (event_date is required): left out,
   * and the toast says so instead of writing an invalid row. */
  {
    g_autofree char *undated_out = NULL;

    add_event (f, NULL, f->daraa, "Battles", 2, -1);
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-to", "(ss)", "acled-csv", out);
    sitrep_test_wait_until (not_exporting, f->window, "the export with an undated event");
    g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "1 event has no date"));
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &undated_out, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (undated_out, "2\n"));
  }
}

static gboolean
chooser_open (gpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    found |= SITREP_IS_PLACE_CHOOSER (l->data) && gtk_widget_get_visible (l->data);
  g_list_free (toplevels);
  return found;
}

static SitrepPlaceChooser *
find_chooser (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  SitrepPlaceChooser *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (SITREP_IS_PLACE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static gboolean
place_row_placed (gpointer data)
{
  const char *text = sitrep_event_editor_get_place_text (data);

  return text != NULL && strstr (text, "32.99") != NULL;
}

/* The selected event's card gives its place's country by name. */
static gboolean
card_names_country (gpointer data)
{
  Fixture *f = data;
  GtkWidget *card = GTK_WIDGET (sitrep_events_view_get_card (events_view (f)));
  GtkWidget *row = GTK_WIDGET (gtk_widget_get_template_child (card, SITREP_TYPE_EVENT_CARD, "where_row"));
  const char *where = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

  g_test_message ("the card's place: %s", where);
  return where != NULL && strstr (where, "Jasim, Daraa, Syria · 32.99") != NULL;
}

/* A place without coordinates: the editor says so and offers the
 * gazetteer's candidates, with how far each lies from the article's places. */
static void
test_editor_locates_place (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEntity) jasim = NULL;
  SitrepEventEditor *editor;
  SitrepPlaceChooser *chooser;
  const char *text;
  gint64 place, id;

  place = sitrep_store_add_entity (f->store, "place", "Jasim", &error);
  g_assert_no_error (error);
  id = add_event (f, "2022-10-14", place, "Battles", 20, -1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-event", NULL);
  sitrep_test_wait_until (editor_open, f->window, "the event editor");
  editor = SITREP_EVENT_EDITOR (sitrep_test_find_window (GTK_WINDOW (f->window), SITREP_TYPE_EVENT_EDITOR));
  g_assert_nonnull (strstr (sitrep_event_editor_get_place_text (editor), "No coordinates"));

  g_assert_true (sitrep_event_editor_locate_place (editor));
  sitrep_test_wait_until (chooser_open, NULL, "the place chooser");
  chooser = find_chooser ();
  g_assert_cmpuint (sitrep_place_chooser_get_n_candidates (chooser), >, 0);
  /* The article names Daraa: the likeliest Jasim is the one near it. */
  text = sitrep_place_chooser_get_candidate_text (chooser, 0);
  g_assert_nonnull (strstr (text, "km from the other places named"));
  g_assert_true (sitrep_place_chooser_choose (chooser, 0, &error));
  g_assert_no_error (error);

  jasim = sitrep_store_get_entity (f->store, place, NULL);
  g_assert_cmpfloat (fabs (sitrep_entity_get_latitude (jasim) - 32.99), <, 0.05);
  g_assert_cmpfloat (fabs (sitrep_entity_get_longitude (jasim) - 36.06), <, 0.05);
  sitrep_test_wait_until (place_row_placed, editor, "the editor to show where the place is");
  g_assert_false (sitrep_event_editor_locate_place (editor));
  /* The gazetteer gave the country's code: the editor and the card name it. */
  g_assert_cmpstr (sitrep_entity_get_country (jasim), ==, "SY");
  text = sitrep_event_editor_get_place_text (editor);
  g_test_message ("the editor's place: %s", text);
  g_assert_true (g_str_has_prefix (text, "Daraa, Syria, 32.99"));
  gtk_window_destroy (GTK_WINDOW (editor));
  sitrep_test_wait_until (card_names_country, f, "the card to say where the event is");
}

typedef struct
{
  SitrepReader *reader;
  gint64        id;
} SelectData;

/* Selects the span once the reader shows it (it loads the article on idle). */
static gboolean
claim_span_selected (gpointer data)
{
  SelectData *d = data;

  sitrep_reader_select_annotation (d->reader, d->id, FALSE);
  return sitrep_reader_get_selected_annotation (d->reader) == d->id;
}

/* Make Claim: the selected casualty span becomes a claim of the current event. */
static void
test_make_claim (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) claims = NULL;
  SelectData select_data;
  SitrepEventCard *card;
  gint64 id, killed;

  id = add_event (f, "2022-10-15", f->daraa, NULL, -1, -1);
  killed = annotate (f, "Killed", "At least 20 people were killed", 0, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  card = sitrep_events_view_get_card (events_view (f));
  g_assert_cmpuint (sitrep_event_card_count_claims (card), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-articles", NULL);
  select_data.reader = sitrep_window_get_reader (f->window);
  select_data.id = killed;
  sitrep_test_wait_until (claim_span_selected, &select_data, "the Killed span in the reader");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.make-claim", NULL));

  claims = sitrep_store_list_claims (f->store, id, NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  /* The toast names the event the claim went to. */
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "Daraa"));
  /* Make Claim again on the same figure: not added twice. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.make-claim", NULL));
  g_clear_pointer (&claims, g_ptr_array_unref);
  claims = sitrep_store_list_claims (f->store, id, NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "already"));
  g_assert_cmpint (sitrep_claim_get_annotation_id (claims->pdata[0]), ==, killed);
  g_assert_cmpint (sitrep_claim_get_count_low (claims->pdata[0]), ==, 20);
  g_assert_cmpuint (sitrep_event_card_count_claims (card), ==, 1);
  g_assert_cmpstr (sitrep_event_card_get_figure_text (card, "fatalities"), ==, "20");
}

/* The Make Claim button of annotation @id's row in the annotation panel. */
static GtkWidget *
find_claim_button (GtkWidget *widget,
                   gint64     id)
{
  GVariant *target;

  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "annotation-panel.make-claim") == 0 &&
      (target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget))) != NULL &&
      g_variant_get_int64 (target) == id)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_claim_button (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  Fixture *f;
  gint64   annotation;
} RowWait;

static gboolean
claim_button_shown (gpointer data)
{
  RowWait *w = data;
  GtkWidget *button = find_claim_button (GTK_WIDGET (sitrep_window_get_annotation_panel (w->f->window)),
                                         w->annotation);

  return button != NULL && gtk_widget_get_mapped (button);
}

typedef struct
{
  Fixture *f;
  gint64   event;
  guint    n;
} ClaimsWait;

static gboolean
claims_are (gpointer data)
{
  ClaimsWait *w = data;
  g_autoptr(GPtrArray) claims = sitrep_store_list_claims (w->f->store, w->event, NULL);

  return claims != NULL && claims->len == w->n;
}

static gboolean
one_event (gpointer data)
{
  Fixture *f = data;

  return sitrep_store_count_events (f->store) == 1;
}

/* The question Make Claim asks by the panel (a popover of the panel) while
 * it is shown, or NULL. */
static GtkWidget *
claim_question (Fixture *f)
{
  GtkWidget *panel = GTK_WIDGET (sitrep_window_get_annotation_panel (f->window));

  for (GtkWidget *child = gtk_widget_get_first_child (panel); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_mapped (child) &&
        g_strcmp0 (gtk_widget_get_tooltip_text (gtk_widget_get_last_child (gtk_popover_get_child (GTK_POPOVER (child)))),
                   "A new event from the sentence around this figure") == 0)
      return child;
  return NULL;
}

static gboolean
claim_question_shown (gpointer data)
{
  return claim_question (data) != NULL;
}

/* The question's choices, top to bottom, as the user reads them. */
static void
add_buttons (GtkWidget *widget,
             GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget))
    {
      g_ptr_array_add (buttons, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      add_buttons (child, buttons);
}

static GPtrArray *
claim_choices (GtkWidget *question)
{
  GPtrArray *choices = g_ptr_array_new ();

  add_buttons (gtk_popover_get_child (GTK_POPOVER (question)), choices);
  return choices;
}

static const char *
choice_text (GtkWidget *button)
{
  return gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))));
}

/* Make Claim from a figure row of the annotation panel. With no event
 * chosen it asks, offering the article's events and a new one: the sentence
 * around the row's span (not an older text selection) becomes a new event
 * with the claim. With an event chosen while the article reports another it
 * asks too, the chosen one first. With the chosen event the only one the
 * article reports it goes there at once. The toast names the event each
 * time, and a figure is never claimed twice (issue 10). */
static void
test_make_claim_from_panel (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *panel = GTK_WIDGET (sitrep_window_get_annotation_panel (f->window));
  SitrepReader *reader = sitrep_window_get_reader (f->window);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  g_autofree char *made_title = NULL;
  GtkWidget *button, *question;
  gboolean has_sentence = FALSE;
  gint64 killed, place, made, chosen;
  RowWait row;
  ClaimsWait wait;

  killed = annotate (f, "Killed", "At least 20 people were killed", 0, NULL);
  place = annotate (f, "Place", "Daraa", f->daraa, NULL);
  row = (RowWait) { f, killed };
  sitrep_test_wait_until (claim_button_shown, &row, "the Make Claim button of the Killed row");

  /* Only figure rows offer it, and it says what it does. */
  button = find_claim_button (panel, place);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));
  button = find_claim_button (panel, killed);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Make a claim of this figure: choose its event");

  /* No event chosen: clicked as a user would, with text selected elsewhere,
   * it asks; the article reports no event yet, so a new one is all it offers. */
  sitrep_test_select_words (reader, body_text, "Intro line about the week.");
  sitrep_test_click (button);
  sitrep_test_wait_until (claim_question_shown, f, "Make Claim asking which event");
  question = claim_question (f);
  choices = claim_choices (question);
  g_assert_cmpuint (choices->len, ==, 1);
  g_assert_cmpstr (choice_text (choices->pdata[0]), ==, "New Event From the Sentence");
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 0);
  sitrep_test_click (choices->pdata[0]);
  g_clear_pointer (&choices, g_ptr_array_unref);
  sitrep_test_wait_until (one_event, f, "the new event");
  g_assert_false (gtk_widget_get_visible (question));
  g_assert_null (find_similar_dialog (f->window));
  g_assert_cmpint (sitrep_reader_get_selected_annotation (reader), ==, killed);

  ids = sitrep_store_query_event_ids (f->store, NULL, NULL);
  made = g_array_index (ids, gint64, 0);
  claims = sitrep_store_list_claims (f->store, made, NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpint (sitrep_claim_get_annotation_id (claims->pdata[0]), ==, killed);
  g_assert_cmpint (sitrep_claim_get_count_low (claims->pdata[0]), ==, 20);
  /* The toast names the new event (it said only "Event created"). */
  {
    g_autoptr(SitrepEvent) e = sitrep_store_get_event (f->store, made, NULL);
    g_autofree char *toast = NULL;

    made_title = sitrep_event_dup_title (e);
    toast = g_strdup_printf ("Event “%s” created", made_title);
    g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, toast);
  }
  evidence = sitrep_store_list_event_evidence (f->store, made, NULL);
  for (guint i = 0; i < evidence->len; i++)
    {
      SitrepEvidence *e = evidence->pdata[i];

      g_assert_cmpuint (e->start, !=, sitrep_test_offset_of (body_text, "Intro line"));
      has_sentence |= e->start == sitrep_test_offset_of (body_text, "At least 20") && g_str_has_suffix (e->text, "activists said.");
    }
  g_assert_true (has_sentence);
  g_clear_pointer (&claims, g_ptr_array_unref);

  /* The new event is the current one and the only one the article reports:
   * no question, and the figure is its claim already. */
  sitrep_test_wait_until (claim_button_shown, &row, "the Make Claim button after the new event");
  button = find_claim_button (panel, killed);
  {
    g_autofree char *tip = g_strdup_printf ("Make a claim of this figure for “%s”", made_title);
    g_autofree char *toast = g_strdup_printf ("This figure already is a claim of “%s”", made_title);

    g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, tip);
    sitrep_test_click (button);
    g_assert_null (claim_question (f));
    g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, toast);
  }

  /* An event chosen while the article reports another: it asks, the chosen
   * event first, then the article's, then a new one. */
  chosen = add_event (f, "2022-10-15", f->daraa, NULL, -1, -1);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 2);
  g_assert_true (sitrep_events_view_select_event (events_view (f), chosen));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-articles", NULL);
  sitrep_test_wait_until (claim_button_shown, &row, "the Make Claim button again");
  button = find_claim_button (panel, killed);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Make a claim of this figure: choose its event");
  /* Make Claim by its key (Shift+Ctrl+K) on the span asks the same. */
  sitrep_reader_select_annotation (reader, killed, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.make-claim", NULL));
  sitrep_test_wait_until (claim_question_shown, f, "Make Claim by key asking which event");
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);
  gtk_popover_popdown (GTK_POPOVER (claim_question (f)));
  sitrep_test_click (button);
  sitrep_test_wait_until (claim_question_shown, f, "Make Claim asking between the chosen event and the article's");
  choices = claim_choices (claim_question (f));
  g_assert_cmpuint (choices->len, ==, 3);
  g_assert_cmpstr (choice_text (choices->pdata[0]), ==, "Uncoded event in Daraa, 2022-10-15");
  g_assert_cmpstr (choice_text (choices->pdata[1]), ==, made_title);
  g_assert_cmpstr (choice_text (choices->pdata[2]), ==, "New Event From the Sentence");
  sitrep_test_click (choices->pdata[0]);
  g_clear_pointer (&choices, g_ptr_array_unref);

  wait = (ClaimsWait) { f, chosen, 1 };
  sitrep_test_wait_until (claims_are, &wait, "the claim of the chosen event");
  claims = sitrep_store_list_claims (f->store, chosen, NULL);
  g_assert_cmpint (sitrep_claim_get_annotation_id (claims->pdata[0]), ==, killed);
  g_assert_cmpint (sitrep_claim_get_count_low (claims->pdata[0]), ==, 20);
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==, "Claim added to “Uncoded event in Daraa, 2022-10-15”");
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 2);

  /* The chosen event the only one the article reports: no question, the
   * claim goes there; it is one already, and the toast says so by name. */
  g_assert_true (sitrep_store_delete_event (f->store, made, NULL));
  sitrep_test_wait_until (claim_button_shown, &row, "the Make Claim button after the delete");
  button = find_claim_button (panel, killed);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   "Make a claim of this figure for “Uncoded event in Daraa, 2022-10-15”");
  sitrep_test_click (button);
  g_assert_null (claim_question (f));
  g_assert_cmpstr (sitrep_window_get_last_toast (f->window), ==,
                   "This figure already is a claim of “Uncoded event in Daraa, 2022-10-15”");
  g_assert_true (claims_are (&wait));
}

static gboolean
not_importing (gpointer data)
{
  return !sitrep_window_is_importing (data);
}

/* UCDP events imported from the GUI, in a thread, with the progress bar. */
static void
test_import_ucdp (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_build_filename (g_getenv ("SITREP_SHARED_DIR"), "data", "events",
                                              "ucdp_aec_events_syria_region.csv", NULL);
  g_autofree char *slice = g_build_filename (f->dir, "ucdp.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *head = NULL;

  if (!g_file_get_contents (source, &contents, NULL, NULL))
    {
      g_test_skip ("no UCDP sample in ../shared/data/events");
      return;
    }
  /* The header and 40 rows. */
  lines = g_strsplit (contents, "\n", 42);
  g_free (lines[41]);
  lines[41] = NULL;
  head = g_strjoinv ("\n", lines);
  g_file_set_contents (slice, head, -1, &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-events-from", "s", slice);
  g_assert_true (sitrep_window_is_importing (f->window));
  sitrep_test_wait_until (not_importing, f->window, "the UCDP import");
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 40);
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "40"));
  g_assert_true (view_is (f, "events"));
  wait_listed (f, 40);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The window closed while a UCDP import runs: the import stops with it (the
 * window's work is cancelled when it goes) and, all or nothing, leaves the
 * project as it was; so does any work given one of its cancellables. */
static void
test_import_ucdp_window_closed (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("SITREP_SHARED_DIR"), "data", "events",
                                              "ucdp_aec_events_syria_region.csv", NULL);
  g_autoptr(GCancellable) before = NULL;
  g_autoptr(GCancellable) after = NULL;
  gpointer window = f->window;

  if (!g_file_test (source, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no UCDP sample in ../shared/data/events");
      return;
    }
  before = sitrep_window_new_cancellable (f->window);
  /* one let go early: the window forgets it */
  g_object_unref (sitrep_window_new_cancellable (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-events-from", "s", source);
  g_assert_true (sitrep_window_is_importing (f->window));
  g_assert_false (g_cancellable_is_cancelled (before));

  g_object_add_weak_pointer (window, &window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_true (g_cancellable_is_cancelled (before));
  after = sitrep_window_new_cancellable (f->window);
  g_assert_true (g_cancellable_is_cancelled (after));
  g_clear_object (&f->window);
  /* the import holds the window until it has ended */
  sitrep_test_wait_until (pointer_cleared, &window, "the import to end and let the window go");
  g_assert_cmpuint (sitrep_store_count_events (f->store), ==, 0);
}

/* The claim dialog refuses low above high and negative counts inline, then saves. */
static void
test_claim_dialog (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) claims = NULL;
  GtkWidget *dialog;
  gint64 id;

  id = add_event (f, "2022-10-15", f->daraa, NULL, -1, -1);
  dialog = sitrep_claim_dialog_new (GTK_WINDOW (f->window), f->store, id, 0);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  sitrep_claim_dialog_set_figure (SITREP_CLAIM_DIALOG (dialog), SITREP_CLAIM_WOUNDED,
                                  SITREP_QUALIFIER_RANGE, 30, 20);
  g_assert_false (sitrep_claim_dialog_save (SITREP_CLAIM_DIALOG (dialog)));
  g_assert_nonnull (sitrep_claim_dialog_get_error (SITREP_CLAIM_DIALOG (dialog)));
  sitrep_claim_dialog_set_figure (SITREP_CLAIM_DIALOG (dialog), SITREP_CLAIM_KILLED,
                                  SITREP_QUALIFIER_EXACT, -3, -1);
  g_assert_false (sitrep_claim_dialog_save (SITREP_CLAIM_DIALOG (dialog)));
  claims = sitrep_store_list_claims (f->store, id, NULL);
  g_assert_cmpuint (claims->len, ==, 0);
  g_clear_pointer (&claims, g_ptr_array_unref);

  sitrep_claim_dialog_set_figure (SITREP_CLAIM_DIALOG (dialog), SITREP_CLAIM_WOUNDED,
                                  SITREP_QUALIFIER_RANGE, 20, 27);
  g_assert_true (sitrep_claim_dialog_save (SITREP_CLAIM_DIALOG (dialog)));
  claims = sitrep_store_list_claims (f->store, id, NULL);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpstr (sitrep_claim_get_kind (claims->pdata[0]), ==, "wounded");
  g_assert_cmpint (sitrep_claim_get_count_low (claims->pdata[0]), ==, 20);
  g_assert_cmpint (sitrep_claim_get_count_high (claims->pdata[0]), ==, 27);

  /* Saved, it closes. */
  sitrep_test_wait_finalized (dialog, "the claim dialog");
}

/* The mapped GtkEntry under @widget whose placeholder reads @placeholder. */
static GtkEntry *
find_entry (GtkWidget  *widget,
            const char *placeholder)
{
  if (GTK_IS_ENTRY (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), placeholder) == 0)
    return GTK_ENTRY (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEntry *found = find_entry (child, placeholder);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
year_field_shown (gpointer data)
{
  return find_entry (data, "Year") != NULL;
}

/* Whether the keyboard focus of @window is @widget or inside it. */
static gboolean
focus_within (SitrepWindow *window,
              GtkWidget    *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
year_field_hidden (gpointer data)
{
  return find_entry (data, "Year") == NULL;
}

static gboolean
event_dated (gpointer data)
{
  Fixture *f = g_object_get_data (data, "fixture");
  g_autoptr(SitrepEvent) event = sitrep_store_get_event (f->store, GPOINTER_TO_SIZE (g_object_get_data (data, "event")),
                                                         NULL);

  return event != NULL && sitrep_event_get_date_start (event) != NULL;
}

/* A report with no outlet is named short in the card's figures (it was its
 * whole title), the whole title in the line's tooltip. */
static void
test_report_name_tooltip (Fixture       *f,
                          gconstpointer  data)
{
  static const char title[] = "Airstrike on the southern villages of the province kills a family of six";
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  SitrepEventCard *card;
  gint64 article = sitrep_test_add_article (f->store, title, "An airstrike killed six people of one family.");
  gint64 id;

  draft.date_start = "2022-03-01";
  draft.date_precision = 1;
  id = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  claim.count_low = 6;
  claim.article_id = article;
  g_assert_cmpint (sitrep_store_add_claim (f->store, id, &claim, &error), >, 0);
  g_assert_no_error (error);
  sitrep_store_add_event_evidence (f->store, id, article, 3, 13, &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  g_assert_true (view_is (f, "events"));
  wait_listed (f, 1);
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  card = sitrep_events_view_get_card (events_view (f));
  g_test_message ("%s", sitrep_event_card_get_explanation (card));
  g_assert_null (strstr (sitrep_event_card_get_explanation (card), title));
  g_assert_nonnull (strstr (sitrep_event_card_get_explanation (card), "“Airstrike on the southern villages…” 6"));
  expected = g_strdup_printf ("“Airstrike on the southern villages…”: %s", title);
  g_assert_cmpstr (sitrep_event_card_get_reports_tooltip (card), ==, expected);
}

/* An incident whose report gives its day without a year: the Events table
 * shows that day ("16 Oct, no year", not "—"), the card says the year is
 * not known, Tab reaches the card's Year field, and typing the year there
 * and Enter dates the event (issue 11: the events of seeds 000 and 001 stayed undated, left
 * out of the ACLED CSV, and nothing told the coder why). */
static void
test_day_without_year (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) incidents = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  GtkWidget *view = GTK_WIDGET (events_view (f));
  gpointer row[] = { view, "16 Oct, no year" };
  gpointer when[] = { view, "16 October, year not known" };
  GtkEntry *year;
  gint64 article, id;

  article = sitrep_test_add_article (f->store, "Jasim", "Clashes in Jasim on 16 October left 4 soldiers dead.\n");
  pending = sitrep_test_suggest_stored (f->store, article);
  incidents = sitrep_test_list_incidents (f->store, article);
  g_assert_cmpuint (incidents->len, ==, 1);
  id = sitrep_store_accept_proposed_incident (f->store, ((SitrepProposedIncident *) incidents->pdata[0])->id,
                                              sitrep_store_ensure_annotator (f->store, "Rana", &error), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  sitrep_test_wait_until (label_shown, row, "the day without its year in the Events table");
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  sitrep_test_wait_until (label_shown, when, "the card's When saying the year is not known");
  sitrep_test_wait_until (year_field_shown, view, "the card's Year field");

  year = find_entry (view, "Year");
  /* Reached by Tab from the window's first control: the card's figures
   * (a GtkFlowBox whose children take no focus) kept Tab on the card's
   * title, and the field was out of the keyboard's reach. */
  for (guint k = 0; k < 60 && !focus_within (f->window, GTK_WIDGET (year)); k++)
    gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
  g_assert_true (focus_within (f->window, GTK_WIDGET (year)));
  gtk_editable_set_text (GTK_EDITABLE (year), "2022");
  g_object_set_data (G_OBJECT (view), "fixture", f);
  g_object_set_data (G_OBJECT (view), "event", GSIZE_TO_POINTER ((gsize) id));
  /* What Enter in the field does. */
  g_signal_emit_by_name (year, "activate");
  sitrep_test_wait_until (event_dated, view, "Enter in the Year field to date the event");
  event = sitrep_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2022-10-16");
  g_assert_cmpint (sitrep_event_get_date_precision (event), ==, 1);
  sitrep_test_wait_until (year_field_hidden, view, "the Year field to go once the event is dated");
}

static gboolean
suggestions_listed (gpointer data)
{
  Fixture *f = data;
  SitrepSuggestionReview *review = sitrep_reader_get_suggestion_review (sitrep_window_get_reader (f->window));

  return g_list_model_get_n_items (sitrep_suggestion_review_get_model (review)) > 0;
}

/* Tab from @window's first control @n times: FALSE, with the stuck widget
 * in *@stuck, when a Tab left the focus where it was. */
static gboolean
tab_walks (SitrepWindow  *window,
           guint          n,
           GtkWidget    **stuck)
{
  GtkWidget *before = NULL;

  for (guint k = 0; k < n; k++)
    {
      GtkWidget *now;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      now = gtk_root_get_focus (GTK_ROOT (window));
      if (now != NULL && now == before)
        {
          *stuck = now;
          return FALSE;
        }
      before = now;
    }
  return TRUE;
}

/* Tab goes on from every control of the window, in the Articles view with
 * the map and the timeline and in the Events view with an event's card:
 * none keeps the focus (the card's figures kept it, session 36's walk). */
static void
test_tab_never_sticks (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *stuck = NULL;
  gint64 id = add_event (f, "2022-10-13", f->daraa, "Battles", 20, 25);

  /* The article's suggestions in the panel too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sitrep_window_get_reader (f->window)), "reader.suggest",
                                             NULL));
  sitrep_test_wait_until (suggestions_listed, f, "the article's suggestions");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-timeline", NULL);
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  if (!tab_walks (f->window, 150, &stuck))
    g_error ("Tab stuck on a %s in the Articles view", G_OBJECT_TYPE_NAME (stuck));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-events", NULL);
  wait_listed (f, 1);
  g_assert_true (sitrep_events_view_select_event (events_view (f), id));
  sitrep_test_wait_frames (GTK_WIDGET (f->window), 2);
  if (!tab_walks (f->window, 150, &stuck))
    g_error ("Tab stuck on a %s in the Events view", G_OBJECT_TYPE_NAME (stuck));
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

  ADD ("/gui/events/list-and-card", test_list_and_card);
  ADD ("/gui/events/type-column-whole", test_type_column_whole);
  ADD ("/gui/events/editor", test_editor);
  ADD ("/gui/events/editor-pickers", test_editor_pickers);
  ADD ("/gui/events/editor-locates-place", test_editor_locates_place);
  ADD ("/gui/events/new-from-selection", test_new_event_from_selection);
  ADD ("/gui/events/similar-event", test_similar_event);
  ADD ("/gui/events/evidence-click", test_evidence_click);
  ADD ("/gui/events/export-acled", test_export_acled);
  ADD ("/gui/events/day-without-year", test_day_without_year);
  ADD ("/gui/events/report-name-tooltip", test_report_name_tooltip);
  ADD ("/gui/events/tab-never-sticks", test_tab_never_sticks);
  ADD ("/gui/events/make-claim", test_make_claim);
  ADD ("/gui/events/make-claim-from-panel", test_make_claim_from_panel);
  ADD ("/gui/events/claim-dialog", test_claim_dialog);
  ADD ("/gui/events/import-ucdp", test_import_ucdp);
  ADD ("/gui/events/import-ucdp-window-closed", test_import_ucdp_window_closed);

#undef ADD

  return g_test_run ();
}
