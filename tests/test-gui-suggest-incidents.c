/* test-gui-suggest-incidents.c — the incidents Suggest proposes, in the annotation panel: Enter makes the event,
 * Ctrl+Z takes it back, a second report of it adds to that event, Delete rejects — by real keys under Xvfb
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sitrep-annotation.h"
#include "sitrep-event-list.h"
#include "sitrep-events-view.h"
#include "sitrep-reader.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store.h"
#include "sitrep-suggestion-incident-item.h"
#include "sitrep-suggestion-incidents.h"
#include "sitrep-suggestion-list.h"
#include "sitrep-suggestion-list-private.h"
#include "sitrep-suggestion-review.h"
#include "sitrep-test-util.h"
#include "sitrep-window.h"
#include "sitrep-window-test-private.h"

typedef struct
{
  char                   *dir;
  char                   *path;
  SitrepStore            *store;
  SitrepWindow           *window;
  SitrepReader           *reader;
  SitrepSuggestionReview *review;
  GtkListBox             *rows;
  gint64                  first;
  gint64                  second;
  char                   *second_text;
  guint                   n_finished;
  guint                   finished_before;
} Fixture;

static void
on_finished (SitrepSuggestionReview *review,
             guint                   n_suggested,
             guint                   n_articles,
             gboolean                cancelled,
             const char             *message,
             Fixture                *f)
{
  if (message != NULL)
    g_error ("Suggest failed: %s", message);
  f->n_finished++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *s0 = sitrep_test_read_seed ("000_");
  g_autofree char *s1 = sitrep_test_read_seed ("001_");
  SitrepSuggestionList *list;

  if (s0 == NULL || s1 == NULL)
    return;
  f->second_text = g_steal_pointer (&s1);
  f->store = sitrep_test_create_project ("sitrep-gui-incidents-XXXXXX", &f->dir, &f->path);
  f->first = sitrep_test_add_article (f->store, "Operation in Jasim", s0);
  if (data != NULL)
    {
      /* A new coder: nobody has said who is annotating. */
      g_settings_set_string (settings, "annotator-name", "");
      f->window = sitrep_test_open_window (f->store);
      sitrep_test_show_article (f->window, f->first);
    }
  else
    f->window = sitrep_test_open_article_window (f->store, f->first);
  f->reader = sitrep_window_get_reader (f->window);
  f->review = sitrep_reader_get_suggestion_review (f->reader);
  g_signal_connect (f->review, "finished", G_CALLBACK (on_finished), f);
  list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  f->rows = sitrep_suggestion_incidents_get_list (sitrep_suggestion_list_get_incidents (list));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window == NULL)
    return;
  g_signal_handlers_disconnect_by_data (f->review, f);
  sitrep_test_close_all_windows (f->window);
  sitrep_test_reset_coder ();
  sitrep_test_remove_project (&f->store, &f->dir, &f->path);
  g_free (f->second_text);
}

static gboolean
finished_again (gpointer data)
{
  Fixture *f = data;

  return f->n_finished > f->finished_before && !sitrep_suggestion_review_get_running (f->review);
}

static void
suggest_here (Fixture *f)
{
  f->finished_before = f->n_finished;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.suggest", NULL));
  sitrep_test_wait_until (finished_again, f, "Suggest to finish");
}

typedef struct
{
  Fixture    *f;
  const char *place;
  guint       index;
} Wanted;

/* The incident listed at @place: its row is drawn. */
static gboolean
incident_listed (gpointer data)
{
  Wanted *w = data;
  GListModel *model = sitrep_suggestion_review_get_incidents (w->f->review);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SitrepSuggestionIncidentItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (sitrep_suggestion_incident_item_get (item)->place_text, w->place) == 0 &&
          gtk_list_box_get_row_at_index (w->f->rows, i) != NULL &&
          gtk_widget_get_mapped (GTK_WIDGET (gtk_list_box_get_row_at_index (w->f->rows, i))))
        {
          w->index = i;
          return TRUE;
        }
    }
  return FALSE;
}

static GtkWidget *
row_at (Fixture    *f,
        const char *place)
{
  Wanted w = { f, place, 0 };

  sitrep_test_wait_until (incident_listed, &w, "the incident's row");
  return GTK_WIDGET (gtk_list_box_get_row_at_index (f->rows, w.index));
}

#define MAKE_EVENT_TIP "Make an event of this incident (Enter)"
#define ADD_TO_EVENT_TIP "Add this report to the event as evidence (Enter)"

/* What the row's accept button (its first with an action) says it does:
 * MAKE_EVENT_TIP or ADD_TO_EVENT_TIP. */
static const char *
accept_label (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "suggestions.accept-incident") == 0)
    return gtk_widget_get_tooltip_text (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      const char *label = accept_label (c);

      if (label != NULL)
        return label;
    }
  return NULL;
}

typedef struct
{
  Fixture *f;
  guint    n;
} Count;

static guint
count_events (Fixture *f)
{
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (f->store, NULL, NULL);

  return ids != NULL ? ids->len : 0;
}

static gboolean
events_are (gpointer data)
{
  Count *c = data;

  return count_events (c->f) == c->n;
}

static void
wait_events (Fixture    *f,
             guint       n,
             const char *what)
{
  Count c = { f, n };

  sitrep_test_wait_until (events_are, &c, what);
}

static gint64
only_event (Fixture *f)
{
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (f->store, NULL, NULL);

  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

static gboolean
has_evidence (Fixture *f,
              gint64   event,
              gint64   article)
{
  g_autoptr(GPtrArray) evidence = sitrep_store_list_event_evidence (f->store, event, NULL);

  for (guint i = 0; evidence != NULL && i < evidence->len; i++)
    if (((SitrepEvidence *) evidence->pdata[i])->article_id == article)
      return TRUE;
  return FALSE;
}

static gboolean
events_view_has (gpointer data)
{
  Count *c = data;

  return sitrep_events_view_select_event (sitrep_window_get_events_view (c->f->window), (gint64) c->n);
}

typedef struct
{
  Fixture *f;
  gint64   event;
  gint64   article;
} Evidence;

static gboolean
evidence_there (gpointer data)
{
  Evidence *e = data;

  return has_evidence (e->f, e->event, e->article);
}

static gint64
row_incident (Fixture   *f,
              GtkWidget *row)
{
  g_autoptr(SitrepSuggestionIncidentItem) item =
    g_list_model_get_item (sitrep_suggestion_review_get_incidents (f->review),
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));

  return sitrep_suggestion_incident_item_get_id (item);
}

typedef struct
{
  Fixture *f;
  gint64   id;
} Gone;

static gboolean
incident_rejected (gpointer data)
{
  Gone *g = data;
  g_autoptr(SitrepProposedIncident) inc = sitrep_store_get_proposed_incident (g->f->store, g->id, NULL);
  GListModel *model = sitrep_suggestion_review_get_incidents (g->f->review);

  if (inc == NULL || inc->status != SITREP_SUGGESTION_REJECTED)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SitrepSuggestionIncidentItem) item = g_list_model_get_item (model, i);

      if (sitrep_suggestion_incident_item_get_id (item) == g->id)
        return FALSE;
    }
  return TRUE;
}

static gboolean
focus_on_make_event (gpointer data)
{
  Fixture *f = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return GTK_IS_BUTTON (focus) && g_strcmp0 (accept_label (focus), MAKE_EVENT_TIP) == 0;
}

/* Focuses @row and presses @key on it, as the keyboard does. */
static void
press_on (Fixture    *f,
          GtkWidget  *row,
          const char *key)
{
  sitrep_test_focus_window (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_has_focus (row));
  sitrep_test_press_keys (key);
}

static const char *
row_title (Fixture   *f,
           GtkWidget *row)
{
  g_autoptr(SitrepSuggestionIncidentItem) item =
    g_list_model_get_item (sitrep_suggestion_review_get_incidents (f->review),
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));

  /* The item lives on in the model. */
  return sitrep_suggestion_incident_item_get_title (item);
}

typedef struct
{
  Fixture    *f;
  const char *prefix;
} Toast;

/* The row's line under its words, what accepting it does ("New event ·
 * Battles"), as shown: the label whose tooltip is the row's words then it. */
static const char *
row_detail (GtkWidget  *widget,
            const char *title)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), title) != 0)
    {
      const char *text = gtk_label_get_label (GTK_LABEL (widget));
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", title, text);

      if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
        return text;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      const char *text = row_detail (c, title);

      if (text != NULL)
        return text;
    }
  return NULL;
}

static void
assert_row_detail (Fixture    *f,
                   const char *place,
                   const char *detail)
{
  GtkWidget *row = row_at (f, place);

  g_assert_cmpstr (row_detail (row, row_title (f, row)), ==, detail);
}


static gboolean
toast_is (gpointer data)
{
  Toast *t = data;

  return g_str_has_prefix (sitrep_window_get_last_toast (t->f->window) != NULL ? sitrep_window_get_last_toast (t->f->window) : "",
                           t->prefix);
}

/* The toast beginning @prefix is shown, and by then event @id is selected in
 * the Events view and is the map's (the workspace's) current event. */
static void
wait_toast (Fixture    *f,
            const char *prefix,
            gint64      id)
{
  Toast t = { f, prefix };

  sitrep_test_wait_until (toast_is, &t, prefix);
  g_assert_cmpint (sitrep_events_view_get_selected_event (sitrep_window_get_events_view (f->window)), ==, id);
  g_assert_cmpint (sitrep_window_get_current_event (f->window), ==, id);
}

static void
test_incidents_by_keyboard (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) claims = NULL;
  const char *title;
  GtkWidget *row;
  gint64 event_id;
  Evidence evidence;
  Count shown;
  Gone gone;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;

  /* Suggest on the first report: the operation in Jasim is proposed as a
   * new event, with readable words and a name for screen readers. */
  suggest_here (f);
  row = row_at (f, "Jasim");
  g_assert_cmpstr (accept_label (row), ==, MAKE_EVENT_TIP);
  g_assert_cmpuint (count_events (f), ==, 0);
  /* Its figures read as counts and kinds, the commander killed by name. */
  title = row_title (f, row);
  g_assert_true (g_str_has_prefix (title, "at least 20 killed, "));
  g_assert_nonnull (strstr (title, "Abu Abdul Rahman al-Iraqi killed"));
  g_assert_null (strstr (title, "terrorists"));
  g_assert_true (strstr (title, "Abu Abdul Rahman al-Iraqi") == g_strrstr (title, "Abu Abdul Rahman al-Iraqi"));
  /* Its sentences name an operation that killed ("security operation"): an armed clash, as the coder's gold. */
  g_assert_cmpstr (row_detail (row, title), ==, "New event · Battles");

  /* Enter makes the event, with its claims; the toast names it, with Undo,
   * once the Events view and the map have it selected, as after New Event. */
  press_on (f, row, "Return");
  wait_events (f, 1, "the incident made an event");
  event_id = only_event (f);
  claims = sitrep_store_list_claims (f->store, event_id, NULL);
  g_assert_cmpuint (claims->len, >, 0);
  g_assert_true (has_evidence (f, event_id, f->first));
  wait_toast (f, "Event “", event_id);
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");
  /* The Events view lists it at once. */
  shown = (Count) { f, (guint) event_id };
  sitrep_test_wait_until (events_view_has, &shown, "the event in the Events view");

  /* Undo takes the whole of it back in one step; the incident is back. */
  /* (Ctrl+Z is the application's accelerator of win.undo; a test's window
   * has no application.) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_events (f, 0, "the event undone");
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->first), ==, 0);
  row = row_at (f, "Jasim");

  /* Made again by its button, reached by Tab from the row. */
  press_on (f, row, "Tab");
  sitrep_test_wait_until (focus_on_make_event, f, "the keys in the row's Make Event button");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), row));
  sitrep_test_press_keys ("space");
  wait_events (f, 1, "the incident made an event again");
  event_id = only_event (f);

  /* The second report (Jassim): its incident says it adds to that event;
   * Enter adds the report as evidence, and no second event is made. */
  f->second = sitrep_test_add_article (f->store, "Jassim cleared", f->second_text);
  sitrep_test_show_article (f->window, f->second);
  suggest_here (f);
  row = row_at (f, "Jassim");
  g_assert_cmpstr (accept_label (row), ==, ADD_TO_EVENT_TIP);
  g_assert_true (g_str_has_prefix (row_detail (row, row_title (f, row)), "Adds this report to event “"));
  press_on (f, row, "Return");
  evidence = (Evidence) { f, event_id, f->second };
  sitrep_test_wait_until (evidence_there, &evidence, "the second report added to the event");
  g_assert_cmpuint (count_events (f), ==, 1);
  g_assert_true (has_evidence (f, event_id, f->first));
  wait_toast (f, "Evidence added to “", event_id);

  /* Delete on another of its incidents rejects it. */
  if (g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review)) > 0)
    {
      row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->rows, 0));
      gone = (Gone) { f, row_incident (f, row) };
      press_on (f, row, "Delete");
      sitrep_test_wait_until (incident_rejected, &gone, "the incident rejected");
      g_assert_cmpuint (count_events (f), ==, 1);
    }
}

/* How many rows of the panel's incidents are at @place. */
static guint
rows_at (Fixture    *f,
         const char *place)
{
  GListModel *model = sitrep_suggestion_review_get_incidents (f->review);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SitrepSuggestionIncidentItem) item = g_list_model_get_item (model, i);

      n += g_strcmp0 (sitrep_suggestion_incident_item_get (item)->place_text, place) == 0;
    }
  return n;
}

/* Delete rejects the incident, Suggest runs again, Undo: the incident's
 * row is back at once, pending and once (it stayed hidden until the next
 * Suggest: the new run had replaced its members). */
static void
test_undo_reject_after_suggest (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *row;
  Gone gone;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;

  suggest_here (f);
  row = row_at (f, "Jasim");
  gone = (Gone) { f, row_incident (f, row) };
  press_on (f, row, "Delete");
  sitrep_test_wait_until (incident_rejected, &gone, "the incident rejected");
  suggest_here (f);
  g_assert_cmpuint (rows_at (f, "Jasim"), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  row = row_at (f, "Jasim");
  g_assert_cmpint (row_incident (f, row), ==, gone.id);
  g_assert_cmpuint (rows_at (f, "Jasim"), ==, 1);
  g_assert_true (g_str_has_prefix (row_title (f, row), "at least 20 killed, "));
  /* Enter on it makes its event, with its claims. */
  press_on (f, row, "Return");
  wait_events (f, 1, "the incident made an event");
  {
    g_autoptr(GPtrArray) claims = sitrep_store_list_claims (f->store, only_event (f), NULL);

    g_assert_cmpuint (claims->len, >, 0);
  }
}

/* The incident of @id shown by the panel, or NULL. */
static SitrepSuggestionIncidentItem *
shown_incident (Fixture *f,
                gint64   id)
{
  GListModel *model = sitrep_suggestion_review_get_incidents (f->review);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SitrepSuggestionIncidentItem) item = g_list_model_get_item (model, i);

      if (sitrep_suggestion_incident_item_get_id (item) == id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* A member of a proposed incident rejected on its own (its place, then its
 * date): the incident's row is read again at once and no longer says them,
 * and its ✓ makes what the row says — an event without that place. The
 * walk's row kept "Baghdad · 31 Dec 2016" until a later reload, and its ✓
 * made an unplaced event of another day. */
static void
test_member_rejected (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SitrepSuggestionIncidentItem) item = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *place_title = NULL;
  gint64 incident, place, date, event_id;
  GtkWidget *row;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  suggest_here (f);
  row = row_at (f, "Jasim");
  incident = row_incident (f, row);
  item = shown_incident (f, incident);
  place = sitrep_suggestion_incident_item_get (item)->place;
  date = sitrep_suggestion_incident_item_get (item)->date;
  g_assert_cmpint (place, !=, 0);
  g_assert_nonnull (strstr (sitrep_suggestion_incident_item_get_title (item), "Jasim"));
  g_clear_object (&item);

  /* Its place rejected, as ✕ on the place's row does: the row is read again. */
  g_assert_true (sitrep_suggestion_review_reject (f->review, place, &error));
  g_assert_no_error (error);
  item = shown_incident (f, incident);
  g_assert_nonnull (item);
  g_assert_cmpint (sitrep_suggestion_incident_item_get (item)->place, ==, 0);
  g_assert_null (sitrep_suggestion_incident_item_get (item)->place_text);
  place_title = g_strdup (sitrep_suggestion_incident_item_get_title (item));
  g_clear_object (&item);
  if (date != 0)
    {
      g_assert_true (sitrep_suggestion_review_reject (f->review, date, &error));
      g_assert_no_error (error);
      item = shown_incident (f, incident);
      g_assert_cmpint (sitrep_suggestion_incident_item_get (item)->date, ==, 0);
      g_assert_null (sitrep_suggestion_incident_item_get (item)->date_start);
      g_clear_object (&item);
    }

  /* Its ✓ makes what the row says: no place. */
  event_id = sitrep_suggestion_review_accept_incident (f->review, incident, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (event_id, >, 0);
  event = sitrep_store_get_event (f->store, event_id, NULL);
  g_assert_true (isnan (sitrep_event_get_latitude (event)));
  g_assert_null (sitrep_event_get_place_name (event));
}

/* Accept All in This Article makes its incidents events too, in the same
 * step, and says so. */
static void
test_accept_all (Fixture       *f,
                 gconstpointer  data)
{
  guint n_incidents;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  suggest_here (f);
  row_at (f, "Jasim");
  n_incidents = g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review));
  g_assert_cmpuint (n_incidents, >=, 2);
  g_assert_true (gtk_widget_activate_action (sitrep_test_template_child (f->window, "suggestion_list"),
                                             "suggestions.accept-all", NULL));
  wait_events (f, n_incidents, "every incident made an event");
  g_assert_cmpuint (g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review)), ==, 0);
  g_assert_true (g_str_has_prefix (sitrep_window_get_last_toast (f->window), "Suggestions accepted; "));
  g_assert_cmpstr (sitrep_window_get_last_toast_action (f->window), ==, "win.undo");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_events (f, 0, "Accept All undone in one step");
  g_assert_cmpuint (sitrep_test_count_annotations (f->store, f->first), ==, 0);
  row_at (f, "Jasim");
}

static gboolean
annotator_asked (gpointer data)
{
  return sitrep_test_find_window (data, ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* A new coder's first decision is an incident's Make Event: the window
 * asks who is annotating, and the event is made once the name is given. */
static void
test_new_coder (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) annotations = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *row;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  suggest_here (f);
  row = row_at (f, "Jasim");
  g_assert_true (gtk_widget_activate_action (row, "suggestions.accept-incident", "x", row_incident (f, row)));
  sitrep_test_wait_until (annotator_asked, f->window, "Who Is Annotating?");
  g_assert_cmpuint (count_events (f), ==, 0);
  dialog = ADW_MESSAGE_DIALOG (sitrep_test_find_window (GTK_WINDOW (f->window), ADW_TYPE_MESSAGE_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Ana");
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_events (f, 1, "the incident made an event once the name is given");
  annotations = sitrep_store_list_annotations (f->store, f->first, 0, NULL);
  g_assert_cmpuint (annotations->len, >, 0);
  g_assert_cmpstr (sitrep_annotation_get_annotator (annotations->pdata[0]), ==, "Ana");
}

typedef struct
{
  Fixture  *f;
  gboolean  done;
  gboolean  saving;
} WhileSaving;

/* Accept All from the panel as soon as all the run's suggestions are
 * listed, while they are still being saved (Cancel is off then). */
static void
on_listed_while_saving (GListModel  *model,
                        guint        position,
                        guint        removed,
                        guint        added,
                        WhileSaving *w)
{
  SitrepSuggestionReview *review = w->f->review;

  if (w->done || !sitrep_suggestion_review_get_running (review) || sitrep_suggestion_review_get_can_cancel (review) ||
      sitrep_suggestion_review_get_partial (review) || g_list_model_get_n_items (model) == 0)
    return;
  w->done = TRUE;
  /* Running, all listed, past its Cancel: being saved. */
  w->saving = TRUE;
  g_assert_true (gtk_widget_activate_action (sitrep_test_template_child (w->f->window, "suggestion_list"),
                                             "suggestions.accept-all", NULL));
}

static gboolean
none_proposed (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GPtrArray) left = sitrep_store_list_proposed_incidents (f->store, f->first, NULL);

  return left != NULL && left->len == 0 && count_events (f) > 0;
}

/* Accept All pressed while the run's suggestions are being saved is made
 * once they are, and makes the incidents saved with them events too. */
static void
test_accept_all_while_saving (Fixture       *f,
                              gconstpointer  data)
{
  WhileSaving w = { f, FALSE, FALSE };
  gulong handler;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  handler = g_signal_connect (sitrep_suggestion_review_get_model (f->review), "items-changed",
                              G_CALLBACK (on_listed_while_saving), &w);
  suggest_here (f);
  g_signal_handler_disconnect (sitrep_suggestion_review_get_model (f->review), handler);
  g_assert_true (w.done);
  g_assert_true (w.saving);
  sitrep_test_wait_until (none_proposed, f, "the incidents made events with the suggestions");
  g_assert_cmpuint (count_events (f), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sitrep_suggestion_review_get_model (f->review)), ==, 0);
}

/* Six incidents, each in its own paragraph. */
#define SIX_INCIDENTS \
  "An airstrike hit a market in Raqqa on 14 October 2022, killing 12 civilians.\n\n" \
  "Separately, clashes in Jasim on 16 October 2022 left 4 soldiers dead.\n\n" \
  "In Aleppo, shelling on 17 October 2022 killed 3 people.\n\n" \
  "A car bomb in Idlib on 18 October 2022 killed 7 people.\n\n" \
  "Gunmen in Homs killed 2 farmers on 19 October 2022.\n\n" \
  "On 20 October 2022 a drone strike in Hama killed 5 fighters.\n"

typedef struct
{
  Fixture *f;
  guint    n;
} Rows;

static gboolean
incidents_listed (gpointer data)
{
  Rows *r = data;

  return g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (r->f->review)) >= r->n &&
         gtk_list_box_get_row_at_index (r->f->rows, 0) != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (gtk_list_box_get_row_at_index (r->f->rows, 0)));
}

static gboolean
row_shown (Fixture *f,
           guint    i)
{
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->rows, i));

  return row != NULL && gtk_widget_get_visible (row) && gtk_widget_get_mapped (row);
}

static gboolean
all_rows_shown (gpointer data)
{
  Fixture *f = data;
  guint n = g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review));

  for (guint i = 0; i < n; i++)
    if (!row_shown (f, i))
      return FALSE;
  return TRUE;
}

/* Up to three lines of its words, one of what accepting does, and a row's
 * padding (on one line, its words were cut before their place and date). */
#define MAX_ROW_HEIGHT 88

/* The first rows (three at most) have their size. */
static gboolean
rows_allocated (gpointer data)
{
  Fixture *f = data;
  guint n = MIN (3, g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review)));

  for (guint i = 0; i < n; i++)
    if (gtk_widget_get_height (GTK_WIDGET (gtk_list_box_get_row_at_index (f->rows, i))) <= 0)
      return FALSE;
  return TRUE;
}

/* The incidents are in the panel's one scroll, not a scroller of their own
 * inside it: the first three rows, then "Show N More Incidents", which
 * (pressed by the keyboard) shows the rest and takes the keys to the first
 * of them; only the rows shown are made. */
static void
test_one_scroll (Fixture       *f,
                 gconstpointer  data)
{
  SitrepSuggestionList *list;
  SitrepSuggestionIncidents *incidents;
  GtkWidget *scroller;
  GtkButton *more;
  Rows rows;
  gint64 article;
  guint n;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  if (!sitrep_test_can_press_keys (GTK_WIDGET (f->window)))
    return;
  list = SITREP_SUGGESTION_LIST (sitrep_test_template_child (f->window, "suggestion_list"));
  incidents = sitrep_suggestion_list_get_incidents (list);
  more = sitrep_suggestion_incidents_get_more_button (incidents);

  /* The seed capture's two (its coder's two events; the leaders it lost "in
   * August and September" make none since session 37): all shown, no button. */
  suggest_here (f);
  rows = (Rows) { f, 2 };
  sitrep_test_wait_until (incidents_listed, &rows, "the seed's incidents");
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (f->rows), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  g_assert_false (gtk_widget_is_ancestor (scroller, GTK_WIDGET (incidents)));
  g_assert_cmpuint (g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review)), ==, 2);
  g_assert_true (all_rows_shown (f));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (more)));
  /* Each nearly as compact as a suggestion's row: up to three lines of its
   * words and one of what accepting does, the buttons beside them (≈ 100 px
   * each, with the buttons under the words, before: three filled the panel
   * at 1280×800). */
  sitrep_test_wait_until (rows_allocated, f, "the incidents' rows laid out");
  for (guint i = 0; i < 2; i++)
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (gtk_list_box_get_row_at_index (f->rows, i))), <=,
                     MAX_ROW_HEIGHT);

  /* Six: three, and the button for the other three. */
  article = sitrep_test_add_article (f->store, "Six", SIX_INCIDENTS);
  sitrep_test_show_article (f->window, article);
  suggest_here (f);
  rows = (Rows) { f, 6 };
  sitrep_test_wait_until (incidents_listed, &rows, "six incidents");
  n = g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (f->review));
  for (guint i = 0; i < n; i++)
    g_assert_true (row_shown (f, i) == (i < 3));
  /* Those not shown have no row yet (a long article has dozens). */
  g_assert_null (gtk_list_box_get_row_at_index (f->rows, 3));
  sitrep_test_wait_until (sitrep_test_widget_mapped, more, "the Show More button");
  g_assert_cmpstr (gtk_button_get_label (more), ==, "Show 3 More Incidents");

  sitrep_test_focus_window (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (more)));
  sitrep_test_press_keys ("space");
  sitrep_test_wait_until (all_rows_shown, f, "every incident shown");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (more)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (gtk_list_box_get_row_at_index (f->rows, 3)));

  /* Each row says the type of the event it would make, before it is made;
   * none when its words name no kind of attack. */
  assert_row_detail (f, "Raqqa", "New event · Explosions/Remote violence");
  assert_row_detail (f, "Jasim", "New event · Battles");
  assert_row_detail (f, "Aleppo", "New event · Explosions/Remote violence");
  assert_row_detail (f, "Homs", "New event");
}

#define HAND_REPORT \
  "An airstrike hit a market in Raqqa on 14 October 2022, killing 12 civilians.\n\n" \
  "In Jasim on 16 October 2022, the names of the dead were read out at the mosque.\n"

/* A figure the coder labelled by hand before pressing Suggest ("the dead",
 * which Suggest does not read as a figure) forms an incident in the panel
 * with the place and date of its sentence, as a suggested figure does;
 * Make Event makes its event with the coder's count (issue 11). */
static void
test_hand_figure (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GArray) ids = NULL;
  GtkWidget *row;
  gint64 article, annotator;
  guint start;

  if (f->window == NULL)
    return;
  article = sitrep_test_add_article (f->store, "Raqqa and Jasim", HAND_REPORT);
  sitrep_test_show_article (f->window, article);
  annotator = sitrep_store_ensure_annotator (f->store, "Tester", &error);
  g_assert_no_error (error);
  start = sitrep_test_offset_of (HAND_REPORT, "the dead");
  g_assert_cmpint (sitrep_store_add_annotation (f->store, article, sitrep_test_label_id (f->store, "Killed"), start,
                                                start + 8, annotator, 0, "{\"count\":9,\"qualifier\":\"exact\"}",
                                                &error), >, 0);
  g_assert_no_error (error);

  suggest_here (f);
  row = row_at (f, "Jasim");
  g_assert_cmpstr (accept_label (row), ==, MAKE_EVENT_TIP);
  g_assert_true (g_str_has_prefix (row_title (f, row), "9 killed"));
  /* Make Event: the event of Jasim with the coder's 9 killed. */
  g_assert_true (gtk_widget_activate_action (row, "suggestions.accept-incident", "x", row_incident (f, row)));
  wait_events (f, 1, "the incident made an event");
  ids = sitrep_store_query_event_ids (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  claims = sitrep_store_list_claims (f->store, g_array_index (ids, gint64, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpint (sitrep_claim_get_count_low (claims->pdata[0]), ==, 9);
}

typedef struct
{
  SitrepSuggestionReview *review;
  gboolean                partial;
  guint                   n_finished;
} Closing;

/* The first part is listed: the reader waits for the frame that draws it. */
static void
on_first_part_listed (GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added,
                      Closing    *c)
{
  c->partial |= sitrep_suggestion_review_get_partial (c->review) && g_list_model_get_n_items (model) > 0;
}

static gboolean
first_part_listed (gpointer data)
{
  return ((Closing *) data)->partial;
}

static void
on_closing_finished (SitrepSuggestionReview *review,
                     guint                   n_suggested,
                     guint                   n_articles,
                     gboolean                cancelled,
                     const char             *message,
                     Closing                *c)
{
  c->n_finished++;
}

static gboolean
closing_finished (gpointer data)
{
  return ((Closing *) data)->n_finished > 0;
}

/* The window closed while the reader waits for the frame that draws the
 * first suggestions (closed in the main loop's turn that listed them: the
 * frame comes in a later one): its frame clock dropped the reader's
 * handler with the window, and the reader does not take it off again (a
 * warning, fatal in the tests). The run ends and saves. */
static void
test_close_before_first_frame (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) saved = NULL;
  SitrepStore *store = sitrep_test_create_project ("sitrep-gui-incidents-XXXXXX", &dir, &path);
  SitrepWindow *window;
  Closing c = { 0 };
  gint64 article;

  /* Many screens: those in view are handed over first. */
  for (guint i = 0; i < 60; i++)
    g_string_append (text, SIX_INCIDENTS "\n");
  article = sitrep_test_add_article (store, "Long", text->str);
  window = sitrep_test_open_article_window (store, article);
  c.review = g_object_ref (sitrep_reader_get_suggestion_review (sitrep_window_get_reader (window)));
  g_signal_connect (c.review, "finished", G_CALLBACK (on_closing_finished), &c);
  g_signal_connect (sitrep_suggestion_review_get_model (c.review), "items-changed",
                    G_CALLBACK (on_first_part_listed), &c);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sitrep_window_get_reader (window)), "reader.suggest", NULL));
  sitrep_test_wait_until (first_part_listed, &c, "the first part listed");
  sitrep_test_close_window (window);
  sitrep_test_wait_until (closing_finished, &c, "the run to end");
  g_signal_handlers_disconnect_by_data (sitrep_suggestion_review_get_model (c.review), &c);
  g_signal_handlers_disconnect_by_data (c.review, &c);
  g_clear_object (&c.review);
  saved = sitrep_store_list_suggestions (store, article, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpuint (saved->len, >, 0);
  sitrep_test_reset_coder ();
  sitrep_test_remove_project (&store, &dir, &path);
}

/* An incident row whose report gives its day without a year says so, as
 * the Events table does once it is an event ("16 Oct, no year"): the event
 * it makes is undated until the coder gives the year (issue 11). */
static void
test_row_day_without_year (void)
{
  SitrepProposedIncident *dated = g_new0 (SitrepProposedIncident, 1);
  SitrepProposedIncident *no_year = g_new0 (SitrepProposedIncident, 1);
  g_autoptr(SitrepSuggestionIncidentItem) with_year = NULL;
  g_autoptr(SitrepSuggestionIncidentItem) without = NULL;
  const char *words[] = { "4 killed", NULL };

  dated->figure_words = g_strdupv ((char **) words);
  dated->place_text = g_strdup ("Jasim");
  dated->date_start = g_strdup ("2022-10-16");
  no_year->figure_words = g_strdupv ((char **) words);
  no_year->place_text = g_strdup ("Jasim");
  no_year->date_start = g_strdup ("--10-16");
  with_year = sitrep_suggestion_incident_item_new (dated, NULL);
  without = sitrep_suggestion_incident_item_new (no_year, NULL);
  g_assert_nonnull (strstr (sitrep_suggestion_incident_item_get_title (with_year), "16 Oct 2022"));
  g_assert_nonnull (strstr (sitrep_suggestion_incident_item_get_title (without), "16 Oct, no year"));
}

/* A row shows a long incident's words cut at a space past 400 characters
 * (it shows three lines at most; shaping thousands at each measure of the
 * panel slowed a repeat Suggest), the whole kept as its title. */
static void
test_row_long_title_cut (void)
{
  SitrepProposedIncident *many = g_new0 (SitrepProposedIncident, 1);
  SitrepProposedIncident *few = g_new0 (SitrepProposedIncident, 1);
  g_autoptr(SitrepSuggestionIncidentItem) long_item = NULL;
  g_autoptr(SitrepSuggestionIncidentItem) short_item = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *words[] = { "4 killed", NULL };
  const char *title, *shown;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *figure = g_strdup_printf ("at least %u killed", i + 10);

      g_strv_builder_add (builder, figure);
    }
  many->figure_words = g_strv_builder_end (builder);
  many->place_text = g_strdup ("Jasim");
  few->figure_words = g_strdupv ((char **) words);
  few->place_text = g_strdup ("Jasim");
  long_item = sitrep_suggestion_incident_item_new (many, NULL);
  short_item = sitrep_suggestion_incident_item_new (few, NULL);
  title = sitrep_suggestion_incident_item_get_title (long_item);
  shown = sitrep_suggestion_incident_item_get_shown_title (long_item);
  g_assert_cmpuint (g_utf8_strlen (title, -1), >, 3000);
  g_assert_cmpuint (g_utf8_strlen (shown, -1), <=, 401);
  g_assert_cmpuint (g_utf8_strlen (shown, -1), >, 360);
  g_assert_true (g_str_has_suffix (shown, "…"));
  /* Cut at a space, the words before it as in the title. */
  g_assert_true (strncmp (title, shown, strlen (shown) - strlen ("…")) == 0);
  g_assert_cmpint (title[strlen (shown) - strlen ("…")], ==, ' ');
  g_assert_cmpstr (sitrep_suggestion_incident_item_get_shown_title (short_item), ==,
                   sitrep_suggestion_incident_item_get_title (short_item));
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *n)
{
  (*n)++;
}

/* Suggest again on the unchanged seed keeps its incidents' rows (the same
 * widgets, never emptied meanwhile) and ids: the panel was emptied while
 * the run saved and filled anew after it, every row made and shaped again. */
static void
test_rows_kept_again (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *model;
  Rows rows;
  GtkListBoxRow *row0, *row1;
  g_autoptr(SitrepSuggestionIncidentItem) item0 = NULL;
  gint64 id0;
  guint n_changes = 0;
  gulong handler;

  if (f->window == NULL)
    {
      g_test_skip ("$SITREP_SHARED_DIR/corpus/seeds is not here");
      return;
    }
  model = sitrep_suggestion_review_get_incidents (f->review);
  suggest_here (f);
  rows = (Rows) { f, 2 };
  sitrep_test_wait_until (incidents_listed, &rows, "the seed's incidents");
  row0 = gtk_list_box_get_row_at_index (f->rows, 0);
  row1 = gtk_list_box_get_row_at_index (f->rows, 1);
  item0 = g_list_model_get_item (model, 0);
  id0 = sitrep_suggestion_incident_item_get_id (item0);
  handler = g_signal_connect (model, "items-changed", G_CALLBACK (count_changes), &n_changes);
  suggest_here (f);
  g_signal_handler_disconnect (model, handler);
  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (gtk_list_box_get_row_at_index (f->rows, 0) == row0);
  g_assert_true (gtk_list_box_get_row_at_index (f->rows, 1) == row1);
  g_clear_object (&item0);
  item0 = g_list_model_get_item (model, 0);
  g_assert_cmpint (sitrep_suggestion_incident_item_get_id (item0), ==, id0);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/suggest-incidents/row-long-title-cut", test_row_long_title_cut);
  g_test_add ("/gui/suggest-incidents/keyboard", Fixture, NULL, fixture_set_up, test_incidents_by_keyboard,
              fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/undo-reject-after-suggest", Fixture, NULL, fixture_set_up,
              test_undo_reject_after_suggest, fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/new-coder", Fixture, "new coder", fixture_set_up, test_new_coder, fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/member-rejected", Fixture, NULL, fixture_set_up, test_member_rejected,
              fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/accept-all", Fixture, NULL, fixture_set_up, test_accept_all, fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/hand-figure", Fixture, NULL, fixture_set_up, test_hand_figure, fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/one-scroll", Fixture, NULL, fixture_set_up, test_one_scroll, fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/rows-kept-again", Fixture, NULL, fixture_set_up, test_rows_kept_again,
              fixture_tear_down);
  g_test_add ("/gui/suggest-incidents/accept-all-while-saving", Fixture, NULL, fixture_set_up,
              test_accept_all_while_saving, fixture_tear_down);
  g_test_add_func ("/gui/suggest-incidents/close-before-first-frame", test_close_before_first_frame);
  g_test_add_func ("/gui/suggest-incidents/row-day-without-year", test_row_day_without_year);

  return g_test_run ();
}
