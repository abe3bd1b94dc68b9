/* sitrep-window-events.c — the window's Events view: events from the reader, editing, claims, merging and evidence
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sitrep-claim-dialog.h"
#include "sitrep-date-attributes.h"
#include "sitrep-event-editor.h"
#include "sitrep-events-view.h"
#include "sitrep-reader.h"
#include "sitrep-window-private.h"

#define EVIDENCE_WAIT_MS 50
#define EVIDENCE_WAIT_TRIES 100

struct _SitrepWindowEvents
{
  /* template widgets */
  SitrepEventsView *view;
  GtkToggleButton  *articles_toggle;
  GtkToggleButton  *events_toggle;
  GtkWidget        *view_switcher;
  GtkWidget        *new_event_button;

  /* weak references: windows that close themselves */
  GtkWidget        *editor;
  GtkWidget        *similar_dialog;

  /* state */
  guint             evidence_source;
  guint             evidence_tries;
  gint64            evidence_article;
  guint             evidence_start;
  guint             evidence_end;
  gint64            evidence_annotation;
  gboolean          syncing;
};

/* What the annotations of a selection say about the event it reports. */
typedef struct
{
  gint64  article_id;
  guint   start;
  guint   end;
  char   *text;
  gint64  place_id;
  char   *location;
  char   *date_start;
  char   *date_end;
  int     date_prec;
  gint64  actor1_id;
  gint64  actor2_id;
  gint64  claimant_id;
  GArray *casualties;     /* annotation ids (gint64) */
} NewEvent;

static void
new_event_free (NewEvent *ne)
{
  g_free (ne->text);
  g_free (ne->location);
  g_free (ne->date_start);
  g_free (ne->date_end);
  g_clear_pointer (&ne->casualties, g_array_unref);
  g_free (ne);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NewEvent, new_event_free)

static void
draft_from_new_event (SitrepEventDraft *draft,
                      const NewEvent   *ne)
{
  *draft = (SitrepEventDraft) SITREP_EVENT_DRAFT_INIT;
  draft->place_id = ne->place_id;
  draft->location = ne->place_id == 0 ? ne->location : NULL;
  draft->date_start = ne->date_start;
  draft->date_end = ne->date_end;
  draft->date_precision = ne->date_prec;
  draft->actor1_id = ne->actor1_id;
  draft->actor2_id = ne->actor2_id;
  draft->description = ne->text;
}

/* Helpers */

static gboolean
has_store (SitrepWindow *self)
{
  return self->store != NULL;
}

static gint64
current_event (SitrepWindow *self)
{
  return self->events ? sitrep_events_view_get_selected_event (self->events->view) : 0;
}

static void
show_error_toast (SitrepWindow *self,
                  const GError *error)
{
  sitrep_window_show_toast (self, error ? error->message : _("Something went wrong"));
}

static void
show_view (SitrepWindow *self,
           const char   *name)
{
  if (self->store == NULL)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, name);
}

static void
sync_toggles (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;
  const char *name = gtk_stack_get_visible_child_name (self->main_stack);
  gboolean events = g_strcmp0 (name, "events") == 0;

  if (ev == NULL)
    return;
  ev->syncing = TRUE;
  gtk_toggle_button_set_active (ev->events_toggle, events);
  gtk_toggle_button_set_active (ev->articles_toggle, !events);
  ev->syncing = FALSE;
  gtk_widget_set_visible (ev->view_switcher, g_strcmp0 (name, "welcome") != 0);
  gtk_widget_set_visible (ev->new_event_button, g_strcmp0 (name, "project") == 0);
}

static void
on_main_stack_notify (SitrepWindow *self)
{
  sync_toggles (self);
  _sitrep_window_update_actions (self);
}

static void
on_view_toggled (SitrepWindow    *self,
                 GtkToggleButton *button)
{
  if (self->events == NULL || self->events->syncing || !gtk_toggle_button_get_active (button))
    return;
  show_view (self, button == self->events->events_toggle ? "events" : "project");
  sync_toggles (self);
}

static void
on_view_selected_event (SitrepWindow *self)
{
  gint64 id = current_event (self);

  if (id != 0 && id != sitrep_window_get_current_event (self))
    sitrep_window_select_event (self, id);
  _sitrep_window_update_actions (self);
}

static void
on_current_event_changed (SitrepWindow *self,
                          gint64        id)
{
  if (id != 0 && id != current_event (self))
    sitrep_events_view_select_event (self->events->view, id);
}

static void
open_editor (SitrepWindow *self,
             gint64        event_id)
{
  SitrepWindowEvents *ev = self->events;

  if (ev->editor != NULL)
    {
      if (sitrep_event_editor_get_event_id (SITREP_EVENT_EDITOR (ev->editor)) == event_id)
        {
          gtk_window_present (GTK_WINDOW (ev->editor));
          return;
        }
      gtk_window_destroy (GTK_WINDOW (ev->editor));
    }

  ev->editor = sitrep_event_editor_new (GTK_WINDOW (self), self->store, event_id);
  g_object_add_weak_pointer (G_OBJECT (ev->editor), (gpointer *) &ev->editor);
  gtk_window_present (GTK_WINDOW (ev->editor));
}

/* New event from the reader */

static GHashTable *
label_kinds (SitrepStore *store)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);
  GHashTable *kinds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    {
      SitrepLabel *label = labels->pdata[i];
      gint64 *id = g_new (gint64, 1);

      *id = sitrep_label_get_id (label);
      g_hash_table_insert (kinds, id, g_strdup (sitrep_label_get_kind (label)));
    }
  return kinds;
}

static char *
month_end (int year,
           int month)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, g_date_get_days_in_month (month, year));
}

static int
days_between (const char *a,
              const char *b)
{
  int ya, ma, da, yb, mb, db;
  g_autoptr(GDate) ga = NULL;
  g_autoptr(GDate) gb = NULL;

  if (sscanf (a, "%d-%d-%d", &ya, &ma, &da) != 3 || sscanf (b, "%d-%d-%d", &yb, &mb, &db) != 3 ||
      !g_date_valid_dmy (da, ma, ya) || !g_date_valid_dmy (db, mb, yb))
    return -1;
  ga = g_date_new_dmy (da, ma, ya);
  gb = g_date_new_dmy (db, mb, yb);
  return g_date_days_between (ga, gb);
}

/* Reads a Date span's attributes ("date", "date_end", "precision") into
 * YYYY-MM-DD dates and a UCDP date_prec. */
static gboolean
read_date_attributes (const char *json,
                      NewEvent   *ne)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *obj;
  const char *start, *end, *prec;
  int y = 0, m = 0;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  obj = json_node_get_object (json_parser_get_root (parser));
  if (json_object_get_boolean_member_with_default (obj, "year_unknown", FALSE))
    return FALSE;
  start = json_object_get_string_member_with_default (obj, "date", NULL);
  end = json_object_get_string_member_with_default (obj, "date_end", NULL);
  prec = json_object_get_string_member_with_default (obj, "precision", NULL);
  if (start == NULL)
    return FALSE;

  if (strlen (start) == 10)
    {
      ne->date_start = g_strdup (start);
      ne->date_end = end != NULL && strlen (end) == 10 && g_strcmp0 (end, start) != 0 ? g_strdup (end) : NULL;
    }
  else if (sscanf (start, "%4d-%2d", &y, &m) == 2 && strlen (start) == 7)
    {
      ne->date_start = g_strdup_printf ("%s-01", start);
      ne->date_end = month_end (y, m);
    }
  else if (sscanf (start, "%4d", &y) == 1 && strlen (start) == 4)
    {
      ne->date_start = g_strdup_printf ("%04d-01-01", y);
      ne->date_end = g_strdup_printf ("%04d-12-31", y);
    }
  else
    {
      return FALSE;
    }

  if (g_strcmp0 (prec, "day") == 0)
    ne->date_prec = 1;
  else if (g_strcmp0 (prec, "week") == 0)
    ne->date_prec = 3;
  else if (g_strcmp0 (prec, "month") == 0)
    ne->date_prec = 4;
  else if (g_strcmp0 (prec, "year") == 0)
    ne->date_prec = 5;
  else if (ne->date_end != NULL)
    {
      int days = days_between (ne->date_start, ne->date_end);

      ne->date_prec = days < 0 ? 0 : days <= 5 ? 2 : days <= 7 ? 3 : days <= 31 ? 4 : 5;
    }
  else
    ne->date_prec = 1;

  return TRUE;
}

/* The span New Event works on: the text selection, else the sentence
 * around the selected annotation or the cursor. */
static gboolean
get_reader_span (SitrepWindow *self,
                 guint        *start,
                 guint        *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (self->reader));
  GtkTextIter a, b;
  gint64 ann_id = sitrep_reader_get_selected_annotation (self->reader);

  if (!gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    {
      if (ann_id != 0)
        {
          g_autoptr(SitrepAnnotation) ann = sitrep_store_get_annotation (self->store, ann_id, NULL);

          if (ann != NULL)
            {
              gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) sitrep_annotation_get_start (ann));
              gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) sitrep_annotation_get_end (ann));
            }
        }
      if (gtk_text_iter_equal (&a, &b))
        gtk_text_buffer_get_iter_at_mark (buffer, &a, gtk_text_buffer_get_insert (buffer));
      b = a;
      if (!gtk_text_iter_starts_sentence (&a))
        gtk_text_iter_backward_sentence_start (&a);
      if (!gtk_text_iter_ends_sentence (&b))
        gtk_text_iter_forward_sentence_end (&b);
    }

  *start = (guint) gtk_text_iter_get_offset (&a);
  *end = (guint) gtk_text_iter_get_offset (&b);
  return *end > *start;
}

static NewEvent *
collect_new_event (SitrepWindow  *self,
                   GError       **error)
{
  g_autoptr(NewEvent) ne = g_new0 (NewEvent, 1);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) kinds = NULL;
  g_autofree char *body = NULL;
  SitrepArticle *article = sitrep_reader_get_article (self->reader);
  gint64 date_ann = 0;

  if (article == NULL || !get_reader_span (self, &ne->start, &ne->end))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Select the sentences that report the event in an article first"));
      return NULL;
    }

  ne->article_id = sitrep_article_get_id (article);
  ne->casualties = g_array_new (FALSE, FALSE, sizeof (gint64));
  body = sitrep_reader_dup_text (self->reader);
  if (body != NULL)
    {
      const char *s = g_utf8_offset_to_pointer (body, ne->start);
      const char *e = g_utf8_offset_to_pointer (body, ne->end);

      ne->text = g_strstrip (g_strndup (s, e - s));
    }

  kinds = label_kinds (self->store);
  annotations = sitrep_store_list_annotations (self->store, ne->article_id, 0, NULL);
  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    {
      SitrepAnnotation *ann = annotations->pdata[i];
      gint64 label_id = sitrep_annotation_get_label_id (ann);
      gint64 ann_id = sitrep_annotation_get_id (ann);
      gint64 entity = sitrep_annotation_get_entity_id (ann);
      const char *kind = g_hash_table_lookup (kinds, &label_id);

      if (sitrep_annotation_get_start (ann) < ne->start || sitrep_annotation_get_end (ann) > ne->end)
        continue;

      if (g_strcmp0 (kind, "place") == 0)
        {
          if (ne->place_id == 0 && ne->location == NULL)
            {
              ne->place_id = entity;
              ne->location = g_strdup (sitrep_annotation_get_text (ann));
            }
        }
      else if (g_strcmp0 (kind, "date") == 0)
        {
          if (date_ann == 0 && read_date_attributes (sitrep_annotation_get_attributes (ann), ne))
            date_ann = ann_id;
          else if (date_ann == 0)
            {
              g_autofree char *attrs = sitrep_date_attributes_for_span (self->store, ne->article_id,
                                                                         sitrep_annotation_get_text (ann));

              if (attrs != NULL && read_date_attributes (attrs, ne))
                date_ann = ann_id;
            }
        }
      else if (g_strcmp0 (kind, "actor") == 0 && entity != 0)
        {
          if (ne->actor1_id == 0)
            ne->actor1_id = entity;
          else if (ne->actor2_id == 0 && entity != ne->actor1_id)
            ne->actor2_id = entity;
        }
      else if (g_strcmp0 (kind, "claimant") == 0 && entity != 0)
        {
          if (ne->claimant_id == 0)
            ne->claimant_id = entity;
        }
      else if (g_strcmp0 (kind, "killed") == 0 || g_strcmp0 (kind, "wounded") == 0 ||
               g_strcmp0 (kind, "captured") == 0)
        {
          g_array_append_val (ne->casualties, ann_id);
        }
    }

  return g_steal_pointer (&ne);
}

static gboolean
add_claims_and_evidence (SitrepWindow    *self,
                         gint64           event_id,
                         const NewEvent  *ne,
                         GError         **error)
{
  g_autoptr(GPtrArray) claims = sitrep_store_list_claims (self->store, event_id, NULL);
  g_autoptr(GPtrArray) evidence = sitrep_store_list_event_evidence (self->store, event_id, NULL);

  for (guint i = 0; i < ne->casualties->len; i++)
    {
      gint64 annotation = g_array_index (ne->casualties, gint64, i);
      gboolean claimed = FALSE;

      /* A span already in the ledger is not claimed twice. */
      for (guint j = 0; claims != NULL && j < claims->len; j++)
        claimed |= sitrep_claim_get_annotation_id (claims->pdata[j]) == annotation;
      if (!claimed &&
          sitrep_store_add_claim_from_annotation (self->store, event_id, annotation,
                                                  SITREP_VICTIM_UNKNOWN, ne->claimant_id, error) == 0)
        return FALSE;
    }

  for (guint j = 0; evidence != NULL && j < evidence->len; j++)
    {
      SitrepEvidence *e = evidence->pdata[j];

      if (e->article_id == ne->article_id && e->start == ne->start && e->end == ne->end)
        return TRUE;
    }

  return sitrep_store_add_event_evidence (self->store, event_id, ne->article_id,
                                          ne->start, ne->end, error) != 0;
}

static gint64
create_from_new_event (SitrepWindow    *self,
                       const NewEvent  *ne,
                       GError         **error)
{
  SitrepEventDraft draft;
  gint64 id;

  draft_from_new_event (&draft, ne);
  sitrep_store_begin_group (self->store, _("New event"));
  id = sitrep_store_create_event (self->store, &draft, error);
  if (id != 0 && !add_claims_and_evidence (self, id, ne, error))
    id = 0;
  sitrep_store_end_group (self->store);
  if (id == 0)
    sitrep_store_undo (self->store, NULL);

  return id;
}

static void
finish_new_event (SitrepWindow *self,
                  gint64        id,
                  const char   *toast)
{
  sitrep_events_view_select_event (self->events->view, id);
  sitrep_window_show_undo_toast (self, toast);
}

static gint64
chosen_match (GtkWidget *dialog)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && gtk_check_button_get_active (check))
        {
          gint64 *id = g_object_get_data (G_OBJECT (row), "event-id");

          return id ? *id : 0;
        }
    }
  return 0;
}

static void
on_similar_response (AdwMessageDialog *dialog,
                     const char       *response,
                     SitrepWindow     *self)
{
  NewEvent *ne = g_object_get_data (G_OBJECT (dialog), "new-event");
  g_autoptr(GError) error = NULL;
  gint64 existing = chosen_match (GTK_WIDGET (dialog));
  gint64 id = 0;

  if (self->store == NULL || ne == NULL)
    return;

  if (g_strcmp0 (response, "create") == 0)
    {
      id = create_from_new_event (self, ne, &error);
      if (id != 0)
        finish_new_event (self, id, _("Event created"));
    }
  else if (g_strcmp0 (response, "evidence") == 0 && existing != 0)
    {
      gboolean ok;

      sitrep_store_begin_group (self->store, _("Add evidence"));
      ok = add_claims_and_evidence (self, existing, ne, &error);
      sitrep_store_end_group (self->store);
      if (!ok)
        sitrep_store_undo (self->store, NULL);
      id = ok ? existing : 0;
      if (ok)
        finish_new_event (self, existing, _("Evidence added to the event"));
    }
  else if (g_strcmp0 (response, "merge") == 0 && existing != 0)
    {
      SitrepEventDraft draft;
      gint64 made;

      draft_from_new_event (&draft, ne);
      sitrep_store_begin_group (self->store, _("Merge events"));
      made = sitrep_store_create_event (self->store, &draft, &error);
      if (made != 0 && add_claims_and_evidence (self, made, ne, &error) &&
          sitrep_store_merge_events (self->store, existing, made, &error))
        id = existing;
      sitrep_store_end_group (self->store);
      if (id == 0 && made != 0)
        sitrep_store_undo (self->store, NULL);
      if (id != 0)
        finish_new_event (self, existing, _("Merged into the existing event"));
    }
  else
    {
      return;
    }

  if (id == 0 && error != NULL)
    show_error_toast (self, error);
}

static char *
dup_event_title (SitrepEvent *e)
{
  const char *place = sitrep_event_get_place_name (e) ? sitrep_event_get_place_name (e)
                      : sitrep_event_get_location (e);
  const char *type = sitrep_event_get_event_type (e) ? sitrep_event_get_event_type (e) : _("Uncoded event");

  return place ? g_strdup_printf (_("%s in %s"), type, place) : g_strdup (type);
}

static GtkWidget *
match_row_new (SitrepEvent            *e,
               const SitrepEventMatch *m,
               GtkCheckButton         *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *title = dup_event_title (e);
  g_autoptr(GString) why = g_string_new (sitrep_event_get_date_start (e) ? sitrep_event_get_date_start (e) : "");
  gint64 *id = g_new (gint64, 1);

  if (m->same_place)
    g_string_append_printf (why, " · %s", _("same place"));
  else if (!isnan (m->distance_km))
    g_string_append_printf (why, " · %.0f km", m->distance_km);
  if (m->days_apart == 0)
    g_string_append_printf (why, " · %s", _("same day"));
  else if (m->days_apart != G_MAXINT)
    {
      g_string_append (why, " · ");
      g_string_append_printf (why, g_dngettext (GETTEXT_PACKAGE, "%d day apart", "%d days apart",
                                                ABS (m->days_apart)),
                              ABS (m->days_apart));
    }
  if (m->common_actors > 0)
    g_string_append_printf (why, " · %s", _("actor in common"));
  if (sitrep_event_get_fatalities (e) >= 0)
    g_string_append_printf (why, " · %d %s", (int) sitrep_event_get_fatalities (e), _("killed"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why->str);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  *id = sitrep_event_get_id (e);
  g_object_set_data_full (G_OBJECT (row), "event-id", id, g_free);
  g_object_set_data (G_OBJECT (row), "check", check);

  return row;
}

static GtkWidget *
match_list_new (SitrepWindow *self,
                GArray       *matches)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkCheckButton *first = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events that may be the same"), -1);
  for (guint i = 0; i < matches->len && i < 8; i++)
    {
      const SitrepEventMatch *m = &g_array_index (matches, SitrepEventMatch, i);
      g_autoptr(SitrepEvent) e = sitrep_store_get_event (self->store, m->event_id, NULL);
      GtkWidget *row;

      if (e == NULL)
        continue;
      row = match_row_new (e, m, first);
      if (first == NULL)
        {
          first = g_object_get_data (G_OBJECT (row), "check");
          gtk_check_button_set_active (first, TRUE);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  return list;
}

static void
new_event (SitrepWindow *self)
{
  g_autoptr(NewEvent) ne = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  SitrepEventDraft draft;
  AdwMessageDialog *dialog;
  gint64 id;

  ne = collect_new_event (self, &error);
  if (ne == NULL)
    {
      show_error_toast (self, error);
      return;
    }

  draft_from_new_event (&draft, ne);
  matches = sitrep_store_find_similar_events (self->store, &draft, 0, NULL);
  if (matches == NULL || matches->len == 0)
    {
      id = create_from_new_event (self, ne, &error);
      if (id == 0)
        show_error_toast (self, error);
      else
        finish_new_event (self, id, _("Event created"));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Is This an Event Already Recorded?"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "This event recorded at the same place or with the same actors within 3 days may be the same incident.",
                                               "These events recorded at the same place or with the same actors within 3 days may be the same incident.",
                                               matches->len));
  adw_message_dialog_set_extra_child (dialog, match_list_new (self, matches));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "create", _("Create _New"),
                                    "merge", _("_Merge"),
                                    "evidence", _("_Add as Evidence to This Event"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "evidence", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "evidence");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "new-event", g_steal_pointer (&ne), (GDestroyNotify) new_event_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_similar_response), self, 0);
  self->events->similar_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->events->similar_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Evidence */

static void
select_span (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;
  GtkTextView *view = sitrep_reader_get_text_view (self->reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter a, b;

  if (ev->evidence_annotation != 0)
    sitrep_reader_select_annotation (self->reader, ev->evidence_annotation, TRUE);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) ev->evidence_start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) ev->evidence_end);
  gtk_text_buffer_select_range (buffer, &a, &b);
  gtk_text_view_scroll_to_iter (view, &a, 0.1, TRUE, 0.0, 0.3);
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

static gboolean
reader_shows_evidence_article (SitrepWindow *self)
{
  SitrepArticle *article = sitrep_reader_get_article (self->reader);

  return article != NULL && sitrep_article_get_id (article) == self->events->evidence_article;
}

static gboolean
on_evidence_wait (gpointer data)
{
  SitrepWindow *self = data;
  SitrepWindowEvents *ev = self->events;

  if (reader_shows_evidence_article (self))
    {
      ev->evidence_source = 0;
      select_span (self);
      return G_SOURCE_REMOVE;
    }
  if (++ev->evidence_tries >= EVIDENCE_WAIT_TRIES)
    {
      ev->evidence_source = 0;
      return G_SOURCE_REMOVE;
    }
  sitrep_window_select_article (self, ev->evidence_article);
  return G_SOURCE_CONTINUE;
}

static void
show_evidence (SitrepWindow *self,
               gint64        article_id,
               guint         start,
               guint         end,
               gint64        annotation_id)
{
  SitrepWindowEvents *ev = self->events;

  ev->evidence_article = article_id;
  ev->evidence_start = start;
  ev->evidence_end = end;
  ev->evidence_annotation = annotation_id;
  g_clear_handle_id (&ev->evidence_source, g_source_remove);

  show_view (self, "project");
  sitrep_window_select_article (self, article_id);
  if (reader_shows_evidence_article (self))
    {
      select_span (self);
      return;
    }
  ev->evidence_tries = 0;
  ev->evidence_source = g_timeout_add (EVIDENCE_WAIT_MS, on_evidence_wait, self);
}

/* Override best, merge */

static void
on_override_reason_changed (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "override", *reason != '\0');
}

static void
on_override_response (AdwMessageDialog *dialog,
                      const char       *response,
                      SitrepWindow     *self)
{
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (dialog), "spin");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "event-id");
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gboolean ok;

  if (self->store == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (g_strcmp0 (response, "override") == 0)
    ok = sitrep_store_set_event_best_override (self->store, id, gtk_spin_button_get_value_as_int (spin),
                                               reason, &error);
  else if (g_strcmp0 (response, "clear") == 0)
    ok = sitrep_store_set_event_best_override (self->store, id, -1, _("Back to the derived figure"), &error);
  else
    return;

  if (!ok)
    show_error_toast (self, error);
}

static void
override_best (SitrepWindow *self,
               gint64        id)
{
  g_autoptr(SitrepEvent) event = sitrep_store_get_event (self->store, id, NULL);
  AdwMessageDialog *dialog;
  GtkWidget *box, *spin, *entry, *label;
  gint64 *data;

  if (event == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Override Best Figure?"), NULL));
  adw_message_dialog_set_body (dialog, _("The best (UCDP) figure is normally the median of the sources. "
                                         "Set it by hand when you know better, and say why: the reason is "
                                         "kept and exported with the event."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  spin = gtk_spin_button_new_with_range (0, 10000000, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             (double) MAX (0, sitrep_event_get_best_override (event) >= 0
                                              ? sitrep_event_get_best_override (event)
                                              : sitrep_event_get_best (event)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Best figure"), -1);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (required)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  if (sitrep_event_get_best_override_reason (event) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), sitrep_event_get_best_override_reason (event));
  label = gtk_label_new (_("Best figure"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (sitrep_event_get_best_override (event) >= 0)
    adw_message_dialog_add_response (dialog, "clear", _("Use _Derived Figure"));
  adw_message_dialog_add_response (dialog, "override", _("_Override"));
  adw_message_dialog_set_response_appearance (dialog, "override", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "override");
  adw_message_dialog_set_close_response (dialog, "cancel");

  data = g_new (gint64, 1);
  *data = id;
  g_object_set_data_full (G_OBJECT (dialog), "event-id", data, g_free);
  g_object_set_data (G_OBJECT (dialog), "spin", spin);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_override_reason_changed), dialog);
  on_override_reason_changed (GTK_EDITABLE (entry), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_override_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
merge_events (SitrepWindow *self,
              gint64        keep,
              gint64        merge)
{
  g_autoptr(GError) error = NULL;

  if (!sitrep_store_merge_events (self->store, keep, merge, &error))
    {
      show_error_toast (self, error);
      return FALSE;
    }
  sitrep_events_view_select_event (self->events->view, keep);
  sitrep_window_show_undo_toast (self, _("Events merged"));
  return TRUE;
}

static void
on_merge_response (AdwMessageDialog *dialog,
                   const char       *response,
                   SitrepWindow     *self)
{
  gint64 keep = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "keep");
  gint64 other = chosen_match (GTK_WIDGET (dialog));

  if (self->store != NULL && g_strcmp0 (response, "merge") == 0 && other != 0)
    merge_events (self, keep, other);
}

static void
merge_dialog (SitrepWindow *self,
              gint64        id)
{
  g_autoptr(GArray) matches = sitrep_store_find_events_like (self->store, id, NULL);
  AdwMessageDialog *dialog;
  gint64 *keep;

  if (matches == NULL || matches->len == 0)
    {
      sitrep_window_show_toast (self, _("No event at the same place or with the same actors within 3 days"));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Merge With Which Event?"), NULL));
  adw_message_dialog_set_body (dialog, _("The other event's claims and evidence move to this one, its empty "
                                         "fields fill this one's, and it is deleted. You can undo this."));
  adw_message_dialog_set_extra_child (dialog, match_list_new (self, matches));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  keep = g_new (gint64, 1);
  *keep = id;
  g_object_set_data_full (G_OBJECT (dialog), "keep", keep, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  show_view (self, g_str_equal (action_name, "win.show-events") ? "events" : "project");
}

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  new_event (SITREP_WINDOW (widget));
}

static void
new_empty_event_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = sitrep_store_create_event (self->store, &draft, &error);
  if (id == 0)
    {
      show_error_toast (self, error);
      return;
    }
  show_view (self, "events");
  sitrep_events_view_select_event (self->events->view, id);
  open_editor (self, id);
}

static gint64
event_param (SitrepWindow *self,
             GVariant     *param)
{
  return param != NULL ? g_variant_get_int64 (param) : current_event (self);
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = current_event (self);

  if (id != 0)
    open_editor (self, id);
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = current_event (self);

  if (id == 0)
    return;
  if (!sitrep_store_delete_event (self->store, id, &error))
    show_error_toast (self, error);
  else
    sitrep_window_show_undo_toast (self, _("Event deleted"));
}

static void
override_best_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = current_event (self);

  if (id != 0)
    override_best (self, id);
}

static void
merge_event_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = current_event (self);

  if (id != 0)
    merge_dialog (self, id);
}

static void
merge_events_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  gint64 keep, merge;

  g_variant_get (param, "(xx)", &keep, &merge);
  merge_events (SITREP_WINDOW (widget), keep, merge);
}

static void
add_claim_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  gint64 id = event_param (self, NULL);

  if (id != 0)
    gtk_window_present (GTK_WINDOW (sitrep_claim_dialog_new (GTK_WINDOW (self), self->store, id, 0)));
}

static void
edit_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (sitrep_claim_dialog_new (GTK_WINDOW (self), self->store, 0,
                                                           g_variant_get_int64 (param))));
}

static void
delete_claim_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sitrep_store_delete_claim (self->store, g_variant_get_int64 (param), &error))
    show_error_toast (self, error);
  else
    sitrep_window_show_undo_toast (self, _("Claim deleted"));
}

static void
make_claim_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 annotation = sitrep_reader_get_selected_annotation (self->reader);
  gint64 event = current_event (self);

  if (annotation == 0)
    {
      sitrep_window_show_toast (self, _("Select a Killed, Wounded or Captured span first"));
      return;
    }
  if (event == 0)
    {
      /* No event chosen: the span's sentence becomes a new one. */
      new_event (self);
      return;
    }
  if (sitrep_store_add_claim_from_annotation (self->store, event, annotation, SITREP_VICTIM_UNKNOWN, 0, &error) == 0)
    show_error_toast (self, error);
  else
    sitrep_window_show_undo_toast (self, _("Claim added to the current event"));
}

/* Make Claim from a row of the annotation panel. Its span becomes the
 * reader's selection first, so that with no event chosen New Event reads the
 * sentence around it rather than an older text selection elsewhere. */
static void
make_claim_from_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  SitrepArticle *article = sitrep_reader_get_article (self->reader);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(SitrepAnnotation) ann = sitrep_store_get_annotation (self->store, id, NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (sitrep_reader_get_text_view (self->reader));
  GtkTextIter a, b;

  if (ann == NULL || article == NULL ||
      sitrep_annotation_get_article_id (ann) != sitrep_article_get_id (article))
    return;
  sitrep_reader_select_annotation (self->reader, id, TRUE);
  if (gtk_text_buffer_get_selection_bounds (buffer, &a, &b) &&
      ((guint) gtk_text_iter_get_offset (&a) > sitrep_annotation_get_start (ann) ||
       (guint) gtk_text_iter_get_offset (&b) < sitrep_annotation_get_end (ann)))
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) sitrep_annotation_get_start (ann));
      gtk_text_buffer_place_cursor (buffer, &a);
    }
  gtk_widget_activate_action (widget, "win.make-claim", NULL);
}

static void
show_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gint64 article, annotation;
  guint start, end;

  g_variant_get (param, "(xuux)", &article, &start, &end, &annotation);
  show_evidence (SITREP_WINDOW (widget), article, start, end, annotation);
}

/* Window hooks */

void
_sitrep_window_class_events_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SITREP_TYPE_EVENTS_VIEW);

  gtk_widget_class_bind_template_child_full (widget_class, "events_view", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "articles_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "events_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "view_switcher", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "new_event_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);

  gtk_widget_class_install_action (widget_class, "win.show-articles", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-events", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.new-event", NULL, new_event_action);
  gtk_widget_class_install_action (widget_class, "win.new-empty-event", NULL, new_empty_event_action);
  gtk_widget_class_install_action (widget_class, "win.edit-event", NULL, edit_event_action);
  gtk_widget_class_install_action (widget_class, "win.delete-event", NULL, delete_event_action);
  gtk_widget_class_install_action (widget_class, "win.override-best", NULL, override_best_action);
  gtk_widget_class_install_action (widget_class, "win.merge-event", NULL, merge_event_action);
  gtk_widget_class_install_action (widget_class, "win.merge-events", "(xx)", merge_events_action);
  gtk_widget_class_install_action (widget_class, "win.add-claim", NULL, add_claim_action);
  gtk_widget_class_install_action (widget_class, "win.edit-claim", "x", edit_claim_action);
  gtk_widget_class_install_action (widget_class, "win.delete-claim", "x", delete_claim_action);
  gtk_widget_class_install_action (widget_class, "win.make-claim", NULL, make_claim_action);
  gtk_widget_class_install_action (widget_class, "win.make-claim-from", "x", make_claim_from_action);
  gtk_widget_class_install_action (widget_class, "win.show-evidence", "(xuux)", show_evidence_action);

  _sitrep_window_class_exchange_init (widget_class);
}

void
_sitrep_window_events_init (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GType type = SITREP_TYPE_WINDOW;
  SitrepWindowEvents *ev = g_new0 (SitrepWindowEvents, 1);

  self->events = ev;
  ev->view = SITREP_EVENTS_VIEW (gtk_widget_get_template_child (widget, type, "events_view"));
  ev->articles_toggle = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (widget, type, "articles_toggle"));
  ev->events_toggle = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (widget, type, "events_toggle"));
  ev->view_switcher = GTK_WIDGET (gtk_widget_get_template_child (widget, type, "view_switcher"));
  ev->new_event_button = GTK_WIDGET (gtk_widget_get_template_child (widget, type, "new_event_button"));

  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (on_main_stack_notify), self);
  g_signal_connect_swapped (ev->view, "notify::selected-event",
                            G_CALLBACK (on_view_selected_event), self);
  if (g_signal_lookup ("current-event-changed", SITREP_TYPE_WINDOW) != 0)
    g_signal_connect (self, "current-event-changed", G_CALLBACK (on_current_event_changed), NULL);
  sync_toggles (self);
}

void
_sitrep_window_events_connect (SitrepWindow *self)
{
  if (self->events == NULL)
    return;
  sitrep_events_view_set_store (self->events->view, self->store);
  sync_toggles (self);
}

void
_sitrep_window_events_disconnect (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;

  if (ev == NULL)
    return;
  g_clear_handle_id (&ev->evidence_source, g_source_remove);
  if (ev->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (ev->editor));
  if (ev->similar_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (ev->similar_dialog));
  sitrep_events_view_set_store (ev->view, NULL);
}

void
_sitrep_window_events_dispose (SitrepWindow *self)
{
  SitrepWindowEvents *ev = self->events;

  if (ev == NULL)
    return;
  _sitrep_window_events_disconnect (self);
  g_signal_handlers_disconnect_by_data (self->main_stack, self);
  g_signal_handlers_disconnect_by_data (ev->view, self);
  g_clear_pointer (&self->events, g_free);
}

void
_sitrep_window_events_update_actions (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean store = has_store (self);
  gboolean writable = _sitrep_window_has_writable_store (self);
  gboolean has_event = current_event (self) != 0;
  gboolean has_article = store && self->current_id != 0;

  gtk_widget_action_set_enabled (widget, "win.show-articles", store);
  gtk_widget_action_set_enabled (widget, "win.show-events", store);
  gtk_widget_action_set_enabled (widget, "win.new-event", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.make-claim", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.make-claim-from", writable && has_article);
  gtk_widget_action_set_enabled (widget, "win.new-empty-event", writable);
  gtk_widget_action_set_enabled (widget, "win.edit-event", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.delete-event", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.override-best", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.merge-event", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.merge-events", writable);
  gtk_widget_action_set_enabled (widget, "win.add-claim", writable && has_event);
  gtk_widget_action_set_enabled (widget, "win.edit-claim", writable);
  gtk_widget_action_set_enabled (widget, "win.delete-claim", writable);
  gtk_widget_action_set_enabled (widget, "win.show-evidence", store);

  _sitrep_window_exchange_update_actions (self);
}

SitrepEventsView *
_sitrep_window_get_events_view (SitrepWindow *self)
{
  return self->events ? self->events->view : NULL;
}

GtkWidget *
_sitrep_window_get_event_editor (SitrepWindow *self)
{
  return self->events ? self->events->editor : NULL;
}

GtkWidget *
_sitrep_window_get_similar_dialog (SitrepWindow *self)
{
  return self->events ? self->events->similar_dialog : NULL;
}
