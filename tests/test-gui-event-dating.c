/* test-gui-event-dating.c — an event drafted while its article had no date is dated once the article is, under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sitrep-test-util.h"
#include "sitrep-date-attributes.h"
#include "sitrep-event-dating.h"
#include "sitrep-metadata-dialog.h"
#include "sitrep-reader.h"
#include "sitrep-store.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-window.h"
#include "sitrep-window-test-private.h"

#define DATED "At least 18 soldiers were killed in a bus bombing near Damascus on October 13, officials said."
#define UNDATED "Two fighters were wounded in clashes near Homs, a monitor said."

static const char *body_text =
  "Intro line about the week.\n\n"
  DATED "\n\n"
  UNDATED "\n";

typedef SitrepTestWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* A capture with no publication date. */
  sitrep_test_window_set_up (f, "sitrep-ev-dating-XXXXXX", "Bus bombing near Damascus", body_text);
}

static gint64
annotate (Fixture    *f,
          const char *label,
          const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *attributes = NULL;
  guint start = sitrep_test_offset_of (body_text, words);
  gint64 id;

  if (g_str_equal (label, "Date"))
    attributes = sitrep_date_attributes_for_span (f->store, f->article, words);
  id = sitrep_store_add_annotation (f->store, f->article, sitrep_test_label_id (f->store, label), start,
                                    start + (guint) g_utf8_strlen (words, -1), 0, 0, attributes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* New Event on @sentence; the id of the event it made. */
static gint64
new_event_on (Fixture    *f,
              const char *sentence)
{
  g_autoptr(GArray) before = sitrep_store_query_event_ids (f->store, NULL, NULL);
  g_autoptr(GArray) after = NULL;

  sitrep_test_select_words (sitrep_window_get_reader (f->window), body_text, sentence);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  after = sitrep_store_query_event_ids (f->store, NULL, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len; i++)
    {
      gboolean known = FALSE;

      for (guint k = 0; k < before->len; k++)
        known |= g_array_index (before, gint64, k) == g_array_index (after, gint64, i);
      if (!known)
        return g_array_index (after, gint64, i);
    }
  g_assert_not_reached ();
}

static char *
date_of (Fixture *f,
         gint64   event_id)
{
  g_autoptr(SitrepEvent) event = sitrep_store_get_event (f->store, event_id, NULL);

  g_assert_nonnull (event);
  return g_strdup (sitrep_event_get_date_start (event));
}

static void
date_article (Fixture    *f,
              const char *date)
{
  GType type = SITREP_TYPE_METADATA_DIALOG;
  SitrepMetadataDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-metadata", NULL);
  sitrep_test_wait_until (sitrep_test_toplevel_shown, GSIZE_TO_POINTER (type), "the metadata dialog");
  dialog = SITREP_METADATA_DIALOG (sitrep_test_find_toplevel (type));
  sitrep_metadata_dialog_set_fields (dialog, "Bus bombing near Damascus", NULL, NULL, date,
                                     SITREP_DATE_PRECISION_DAY, NULL);
  gtk_widget_activate (gtk_window_get_default_widget (GTK_WINDOW (dialog)));
  sitrep_test_wait_until (sitrep_test_toplevel_gone, GSIZE_TO_POINTER (type), "the metadata dialog to close");
}

/* "October 13" in an undated capture is a day without its year: New Event
 * leaves the bus bombing undated. Once the article is dated 2022-10-15,
 * the span reads 2022-10-13 and the event takes that date in the same
 * undo step; the event whose sentence gives no date stays undated, and one
 * dated by hand keeps its date. Undo takes both back (issue 11). */
static void
test_dated_with_article (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autofree char *before = NULL, *after = NULL, *undone = NULL, *homs = NULL;
  gint64 bus, clashes, by_hand;

  annotate (f, "Date", "October 13");
  annotate (f, "Place", "Damascus");
  annotate (f, "Killed", "At least 18 soldiers");
  annotate (f, "Wounded", "Two fighters");
  bus = new_event_on (f, DATED);
  clashes = new_event_on (f, UNDATED);
  /* Another report of that sentence, dated by hand. */
  draft.date_start = "2022-09-01";
  draft.date_precision = 1;
  by_hand = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_add_event_evidence (f->store, by_hand, f->article, sitrep_test_offset_of (body_text, DATED),
                                                    sitrep_test_offset_of (body_text, DATED) + g_utf8_strlen (DATED, -1),
                                                    &error), >, 0);
  g_assert_no_error (error);
  before = date_of (f, bus);
  g_assert_null (before);

  date_article (f, "2022-10-15");
  after = date_of (f, bus);
  g_assert_cmpstr (after, ==, "2022-10-13");
  homs = date_of (f, clashes);
  g_assert_null (homs);
  g_clear_pointer (&homs, g_free);
  homs = date_of (f, by_hand);
  g_assert_cmpstr (homs, ==, "2022-09-01");
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "1 undated event"));
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");

  /* One Undo: the article's date and the event's go together. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  undone = date_of (f, bus);
  g_assert_null (undone);
  g_assert_null (sitrep_article_get_published (sitrep_reader_get_article (sitrep_window_get_reader (f->window))) );
}

/* Suggest's incident of the undated sentence about Homs, made an event. */
static gint64
make_event_of_incident (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggested = sitrep_test_suggest_stored (f->store, f->article);
  g_autoptr(GPtrArray) incidents = sitrep_store_list_proposed_incidents (f->store, f->article, &error);
  gint64 annotator = sitrep_store_ensure_annotator (f->store, "Rana", &error);
  gboolean joined = TRUE;
  gint64 event_id = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < incidents->len && event_id == 0; i++)
    {
      SitrepProposedIncident *inc = incidents->pdata[i];
      g_autofree char *summary = sitrep_proposed_incident_summary (inc);

      if (summary != NULL && strstr (summary, "Homs") != NULL)
        event_id = sitrep_store_accept_proposed_incident (f->store, inc->id, annotator, &joined, &error);
    }
  g_assert_no_error (error);
  g_assert_cmpint (event_id, >, 0);
  g_assert_false (joined);
  return event_id;
}

/* Suggest made an event of the clashes near Homs, a sentence with no date
 * of its own, in an undated capture: it is undated. Dating the article in
 * its dialog dates it the week up to the publication; correcting the date
 * moves it with the report, said in the toast, and Undo takes it back with
 * the article's date (issue 11). */
static void
test_report_dated_moves (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *start = NULL;
  gint64 homs = make_event_of_incident (f);

  start = date_of (f, homs);
  g_assert_null (start);
  date_article (f, "2022-10-15");
  g_free (start);
  start = date_of (f, homs);
  g_assert_cmpstr (start, ==, "2022-10-09");

  date_article (f, "2022-11-03");
  g_free (start);
  start = date_of (f, homs);
  g_assert_cmpstr (start, ==, "2022-10-28");
  g_assert_nonnull (strstr (sitrep_window_get_last_toast (f->window), "1 event dated by this report moved"));
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_free (start);
  start = date_of (f, homs);
  g_assert_cmpstr (start, ==, "2022-10-09");
  g_assert_cmpstr (sitrep_article_get_published (sitrep_reader_get_article (sitrep_window_get_reader (f->window))), ==,
                   "2022-10-15");
}

/* The reading itself: full dates, months and years date an event; a day
 * without its year and no date do not. */
static void
test_read (void)
{
  g_autofree char *start = NULL, *end = NULL;
  int prec = -1;

  g_assert_true (sitrep_event_dating_read ("{\"date\":\"2022-10-13\",\"precision\":\"day\"}", &start, &end, &prec));
  g_assert_cmpstr (start, ==, "2022-10-13");
  g_assert_null (end);
  g_assert_cmpint (prec, ==, 1);
  g_clear_pointer (&start, g_free);
  g_assert_true (sitrep_event_dating_read ("{\"date\":\"2022-02\"}", &start, &end, &prec));
  g_assert_cmpstr (start, ==, "2022-02-01");
  g_assert_cmpstr (end, ==, "2022-02-28");
  g_assert_cmpint (prec, ==, 4);
  g_clear_pointer (&start, g_free);
  g_clear_pointer (&end, g_free);
  g_assert_false (sitrep_event_dating_read ("{\"date\":\"--10-13\",\"year_unknown\":true}", &start, &end, &prec));
  g_assert_null (start);
  g_assert_false (sitrep_event_dating_read ("{}", &start, &end, &prec));
  g_assert_false (sitrep_event_dating_read (NULL, &start, &end, &prec));
  g_assert_false (sitrep_event_dating_read ("not json", &start, &end, &prec));
  g_assert_null (start);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/gui/event-dating/read", test_read);
  g_test_add ("/gui/event-dating/dated-with-article", Fixture, NULL, fixture_set_up,
              test_dated_with_article, sitrep_test_window_tear_down);
  g_test_add ("/gui/event-dating/report-dated-moves", Fixture, NULL, fixture_set_up,
              test_report_dated_moves, sitrep_test_window_tear_down);

  return g_test_run ();
}
