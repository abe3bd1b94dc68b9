/* sitrep-window-new-event.c — the window's New Event from the reader: an event drafted from the selection, or evidence for a similar one
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "sitrep-codebook.h"
#include "sitrep-date-attributes.h"
#include "sitrep-event-dating.h"
#include "sitrep-events-view.h"
#include "sitrep-gazetteer.h"
#include "sitrep-reader.h"
#include "sitrep-window-private.h"

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
  char   *day;            /* the day without a year ("--10-13") a report gives */
  char   *day_end;
  gint64  actor1_id;
  gint64  actor2_id;
  gint64  claimant_id;
  GArray *casualties;     /* annotation ids (gint64) */
  GArray *actor_spans;    /* Actor spans nobody linked yet (annotation ids) */
  GPtrArray *places;      /* its Place spans (SitrepAnnotation), to choose from */
  SitrepAnnotation *figure; /* the figure the place is chosen nearest to, or NULL */
  SitrepStore *store;     /* the project it was drafted in */
} NewEvent;

static void
new_event_free (NewEvent *ne)
{
  g_free (ne->text);
  g_free (ne->location);
  g_free (ne->date_start);
  g_free (ne->date_end);
  g_free (ne->day);
  g_free (ne->day_end);
  g_clear_pointer (&ne->casualties, g_array_unref);
  g_clear_pointer (&ne->actor_spans, g_array_unref);
  g_clear_pointer (&ne->places, g_ptr_array_unref);
  g_clear_object (&ne->figure);
  g_clear_object (&ne->store);
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

/* Drafting the event */

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

/* Reads a Date span's attributes into @ne's dates (as
 * sitrep_event_dating_read () does). A day without its year (the
 * article's is not known) dates no event but is kept in @ne's day to find
 * the event it may be of. */
static gboolean
read_date_attributes (const char *json,
                      NewEvent   *ne)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *obj;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  obj = json_node_get_object (json_parser_get_root (parser));
  if (json_object_get_boolean_member_with_default (obj, "year_unknown", FALSE))
    {
      const char *start = json_object_get_string_member_with_default (obj, "date", NULL);

      if (ne->day == NULL && start != NULL)
        {
          ne->day = g_strdup (start);
          ne->day_end = g_strdup (json_object_get_string_member_with_default (obj, "date_end", NULL));
        }
      return FALSE;
    }
  return sitrep_event_dating_read (json, &ne->date_start, &ne->date_end, &ne->date_prec);
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

/* The breadth an accepted suggestion's "precision" attribute says: 1 for
 * "region", 2 for "country", else 0. */
static int
stated_breadth (SitrepAnnotation *ann)
{
  const char *attributes = sitrep_annotation_get_attributes (ann);
  g_autoptr(JsonNode) node = attributes != NULL ? json_from_string (attributes, NULL) : NULL;
  const char *precision = node != NULL && JSON_NODE_HOLDS_OBJECT (node)
                          ? json_object_get_string_member_with_default (json_node_get_object (node), "precision", NULL)
                          : NULL;

  return g_strcmp0 (precision, "country") == 0 ? 2 : g_strcmp0 (precision, "region") == 0 ? 1 : 0;
}

/* How broad a Place span is: a town (0) over its governorate or province
 * (1) over its country (2), by its precision, its text and the name of its
 * entity; one with no coordinates after every placed one (+3). */
static int
place_breadth (SitrepWindow     *self,
               SitrepGazetteer  *gazetteer,
               SitrepAnnotation *ann)
{
  gint64 entity_id = sitrep_annotation_get_entity_id (ann);
  g_autoptr(SitrepEntity) entity = entity_id != 0 ? sitrep_store_get_entity (self->store, entity_id, NULL) : NULL;
  const char *names[] = { sitrep_annotation_get_text (ann), entity != NULL ? sitrep_entity_get_name (entity) : NULL };
  int breadth = stated_breadth (ann);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *region = NULL;

      if (names[i] == NULL)
        continue;
      if (sitrep_gazetteer_country_code (names[i]) != NULL)
        breadth = 2;
      else if (breadth == 0 && gazetteer != NULL &&
               (region = sitrep_gazetteer_match_admin1 (gazetteer, NULL, names[i], NULL, NULL)) != NULL)
        breadth = 1;
    }
  if (entity == NULL || isnan (sitrep_entity_get_latitude (entity)))
    breadth += 3;
  return breadth;
}

static guint
span_distance (SitrepAnnotation *a,
               SitrepAnnotation *b)
{
  if (sitrep_annotation_get_end (a) <= sitrep_annotation_get_start (b))
    return sitrep_annotation_get_start (b) - sitrep_annotation_get_end (a);
  if (sitrep_annotation_get_end (b) <= sitrep_annotation_get_start (a))
    return sitrep_annotation_get_start (a) - sitrep_annotation_get_end (b);
  return 0;
}

/* The event's place: the most specific of the Place spans @places (a town
 * over its governorate over its country; placed over unplaced), among
 * equals the one nearest @figure (the first when there is none). */
static void
choose_place (SitrepWindow     *self,
              NewEvent         *ne,
              SitrepGazetteer  *gazetteer)
{
  GPtrArray *places = ne->places;
  SitrepAnnotation *figure = ne->figure;
  SitrepAnnotation *best = NULL;
  int best_breadth = G_MAXINT;
  guint best_distance = G_MAXUINT;

  for (guint i = 0; i < places->len; i++)
    {
      SitrepAnnotation *ann = places->pdata[i];
      int breadth = places->len > 1 ? place_breadth (self, gazetteer, ann) : 0;
      guint distance = figure != NULL ? span_distance (ann, figure) : 0;

      if (breadth < best_breadth || (breadth == best_breadth && distance < best_distance))
        {
          best = ann;
          best_breadth = breadth;
          best_distance = distance;
        }
    }
  if (best != NULL)
    {
      ne->place_id = sitrep_annotation_get_entity_id (best);
      ne->location = g_strdup (sitrep_annotation_get_text (best));
    }
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
  SitrepAnnotation *figure = NULL;
  gint64 date_ann = 0;

  if (article == NULL || !get_reader_span (self, &ne->start, &ne->end))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Select the sentences that report the event in an article first"));
      return NULL;
    }

  ne->article_id = sitrep_article_get_id (article);
  ne->casualties = g_array_new (FALSE, FALSE, sizeof (gint64));
  ne->actor_spans = g_array_new (FALSE, FALSE, sizeof (gint64));
  ne->places = g_ptr_array_new_with_free_func (g_object_unref);
  ne->store = g_object_ref (self->store);
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
        g_ptr_array_add (ne->places, g_object_ref (ann));
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
      else if (g_strcmp0 (kind, "actor") == 0 && entity == 0)
        {
          g_array_append_val (ne->actor_spans, ann_id);
        }
      else if (g_strcmp0 (kind, "actor") == 0)
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
          /* The figure Make Claim was asked for, else the first. */
          if (figure == NULL || ann_id == sitrep_reader_get_selected_annotation (self->reader))
            figure = ann;
        }
    }
  if (figure != NULL)
    ne->figure = g_object_ref (figure);

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

/* An Actor span the user labelled but never linked still names a side:
 * it is linked to its entity (as the entity chooser would by default) in
 * the event's undo step, and fills actor 1, then actor 2. */
static gboolean
link_actor_spans (SitrepWindow  *self,
                  NewEvent      *ne,
                  GError       **error)
{
  for (guint i = 0; i < ne->actor_spans->len; i++)
    {
      gint64 entity = sitrep_store_link_mention (self->store, g_array_index (ne->actor_spans, gint64, i),
                                                 "actor", error);

      if (entity == 0)
        return FALSE;
      if (ne->actor1_id == 0)
        ne->actor1_id = entity;
      else if (ne->actor2_id == 0 && entity != ne->actor1_id)
        ne->actor2_id = entity;
    }
  g_array_set_size (ne->actor_spans, 0);
  return TRUE;
}

static gint64
create_from_new_event (SitrepWindow    *self,
                       NewEvent        *ne,
                       GError         **error)
{
  SitrepEventDraft draft;
  gint64 id = 0;

  _sitrep_window_use_saved_annotator (self);
  sitrep_store_begin_group (self->store, _("New event"));
  if (link_actor_spans (self, ne, error))
    {
      draft_from_new_event (&draft, ne);
      id = sitrep_store_create_event (self->store, &draft, error);
    }
  if (id != 0 && !add_claims_and_evidence (self, id, ne, error))
    id = 0;
  /* A failure before anything was written leaves nothing to take back:
   * undoing then would take the user's previous edit. */
  if (sitrep_store_end_group (self->store) && id == 0)
    sitrep_store_undo (self->store, NULL);

  return id;
}

static void
finish_new_event (SitrepWindow *self,
                  gint64        id,
                  const char   *toast)
{
  sitrep_events_view_select_event (sitrep_window_get_events_view (self), id);
  sitrep_window_show_undo_toast (self, toast);
}

/* The title of event @id for a toast: the toast names the event, so the
 * user knows which one the report went to. */
static char *
dup_title_of (SitrepWindow *self,
              gint64        id)
{
  g_autoptr(SitrepEvent) e = sitrep_store_get_event (self->store, id, NULL);

  return e != NULL ? sitrep_event_dup_title (e) : g_strdup ("");
}

/* Similar events */

/* The event checked in a dialog whose extra child is a match list. */
gint64
_sitrep_window_chosen_match (GtkWidget *dialog)
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
  gint64 existing = _sitrep_window_chosen_match (GTK_WIDGET (dialog));
  gint64 id = 0;

  if (self->store == NULL || ne == NULL)
    return;

  if (g_strcmp0 (response, "create") == 0)
    {
      id = create_from_new_event (self, ne, &error);
      if (id != 0)
        {
          g_autofree char *title = dup_title_of (self, id);
          /* Translators: the event's title, "Battles in Jasim, 2022-10-14" */
          g_autofree char *toast = g_strdup_printf (_("Event “%s” created"), title);

          finish_new_event (self, id, toast);
        }
    }
  else if (g_strcmp0 (response, "evidence") == 0 && existing != 0)
    {
      gboolean ok;

      sitrep_store_begin_group (self->store, _("Add evidence"));
      ok = add_claims_and_evidence (self, existing, ne, &error);
      if (sitrep_store_end_group (self->store) && !ok)
        sitrep_store_undo (self->store, NULL);
      id = ok ? existing : 0;
      if (ok)
        {
          g_autofree char *title = dup_title_of (self, existing);
          /* Translators: the event's title, "Battles in Jasim, 2022-10-14" */
          g_autofree char *toast = g_strdup_printf (_("Evidence added to “%s”"), title);

          finish_new_event (self, existing, toast);
        }
    }
  else if (g_strcmp0 (response, "merge") == 0 && existing != 0)
    {
      SitrepEventDraft draft;
      gint64 made;

      _sitrep_window_use_saved_annotator (self);
      sitrep_store_begin_group (self->store, _("Merge events"));
      made = 0;
      if (link_actor_spans (self, ne, &error))
        {
          draft_from_new_event (&draft, ne);
          made = sitrep_store_create_event (self->store, &draft, &error);
        }
      if (made != 0 && add_claims_and_evidence (self, made, ne, &error) &&
          sitrep_store_merge_events (self->store, existing, made, &error))
        id = existing;
      if (sitrep_store_end_group (self->store) && id == 0)
        sitrep_store_undo (self->store, NULL);
      if (id != 0)
        {
          g_autofree char *title = dup_title_of (self, existing);
          /* Translators: the event's title, "Battles in Jasim, 2022-10-14" */
          g_autofree char *toast = g_strdup_printf (_("Merged into “%s”"), title);

          finish_new_event (self, existing, toast);
        }
    }
  else
    {
      return;
    }

  if (id == 0 && error != NULL)
    _sitrep_window_show_error_toast (self, error);
}

static char *
dup_event_title (SitrepEvent *e)
{
  const char *place = sitrep_event_get_place_name (e) ? sitrep_event_get_place_name (e)
                      : sitrep_event_get_location (e);
  const char *type = sitrep_event_get_event_type (e)
                     ? sitrep_codebook_event_type_display_name (sitrep_event_get_event_type (e))
                     : _("Uncoded event");

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
  if (m->days_apart == 0 && m->year_unknown)
    g_string_append_printf (why, " · %s", _("same day, year unknown"));
  else if (m->days_apart == 0)
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

/* A list of up to eight of @matches (SitrepEventMatch), the first checked. */
GtkWidget *
_sitrep_window_match_list_new (SitrepWindow *self,
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

/* Creates the event @ne drafts, its place chosen, or first asks whether it
 * is one already recorded. */
static void
new_event_placed (SitrepWindow *self,
                  NewEvent     *taken)
{
  g_autoptr(NewEvent) ne = taken;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = NULL;
  SitrepEventDraft draft;
  AdwMessageDialog *dialog;
  gint64 id;

  draft_from_new_event (&draft, ne);
  matches = sitrep_store_find_similar_to_report (self->store, &draft, ne->day, ne->day_end, 0, NULL);
  if (matches == NULL || matches->len == 0)
    {
      id = create_from_new_event (self, ne, &error);
      if (id == 0)
        _sitrep_window_show_error_toast (self, error);
      else
        {
          g_autofree char *title = dup_title_of (self, id);
          /* Translators: the event's title, "Battles in Jasim, 2022-10-14" */
          g_autofree char *toast = g_strdup_printf (_("Event “%s” created"), title);

          finish_new_event (self, id, toast);
        }
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Is This an Event Already Recorded?"),
                                                       NULL));
  adw_message_dialog_set_body (dialog,
                               _("An event recorded at the same place, with the same actors or on the same day may be the same incident."));
  adw_message_dialog_set_extra_child (dialog, _sitrep_window_match_list_new (self, matches));
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
  _sitrep_window_events_set_similar_dialog (self, GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window's New Event waiting for the gazetteer, so a second press
 * does not draft the same event twice. */
#define NEW_EVENT_PENDING "sitrep-new-event-pending"

/* Worker thread: the bundled gazetteer's index (read once a program; the
 * first time it takes long enough to freeze the window). */
static void
load_gazetteer_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  GError *error = NULL;
  SitrepGazetteer *gazetteer = sitrep_gazetteer_new (NULL, &error);

  if (gazetteer == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, gazetteer, g_object_unref);
}

static void
on_gazetteer_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SitrepWindow *self = SITREP_WINDOW (source);
  /* The task's data is the callback's to free (the callback always runs). */
  g_autoptr(NewEvent) ne = g_task_get_task_data (G_TASK (result));
  g_autoptr(SitrepGazetteer) gazetteer = g_task_propagate_pointer (G_TASK (result), NULL);

  g_object_set_data (G_OBJECT (self), NEW_EVENT_PENDING, NULL);
  _sitrep_window_new_event_update_actions (self);
  /* The project closed or changed meanwhile: the draft is of no project now. */
  if (self->store != ne->store || !_sitrep_window_has_writable_store (self))
    return;
  /* Without the index (it could not be read) the place is chosen by the
   * spans' own precision and country names. */
  choose_place (self, ne, gazetteer);
  new_event_placed (self, g_steal_pointer (&ne));
}

/* Creates an event from the reader's selection, or first asks whether it is
 * one already recorded. With two places or more, the most specific is
 * chosen through the gazetteer, read on a worker thread: the window stays
 * responsive, and the event comes when it is read. */
void
_sitrep_window_new_event (SitrepWindow *self)
{
  g_autoptr(NewEvent) ne = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  if (g_object_get_data (G_OBJECT (self), NEW_EVENT_PENDING) != NULL)
    return;
  ne = collect_new_event (self, &error);
  if (ne == NULL)
    {
      _sitrep_window_show_error_toast (self, error);
      return;
    }
  /* The selection is taken: the labels offered by it go. */
  gtk_widget_activate_action (GTK_WIDGET (self->reader), "reader.hide-label-bar", NULL);
  if (ne->places->len < 2)
    {
      choose_place (self, ne, NULL);
      new_event_placed (self, g_steal_pointer (&ne));
      return;
    }
  g_object_set_data (G_OBJECT (self), NEW_EVENT_PENDING, GINT_TO_POINTER (TRUE));
  _sitrep_window_new_event_update_actions (self);
  task = g_task_new (self, NULL, on_gazetteer_loaded, NULL);
  g_task_set_source_tag (task, _sitrep_window_new_event);
  g_task_set_task_data (task, g_steal_pointer (&ne), NULL);
  g_task_run_in_thread (task, load_gazetteer_thread);
}

/* Actions */

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _sitrep_window_new_event (SITREP_WINDOW (widget));
}

/* Window hooks */

void
_sitrep_window_class_new_event_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-event", NULL, new_event_action);
}

void
_sitrep_window_new_event_update_actions (SitrepWindow *self)
{
  gboolean writable = _sitrep_window_has_writable_store (self);
  gboolean has_article = self->store != NULL && self->current_id != 0;
  gboolean pending = g_object_get_data (G_OBJECT (self), NEW_EVENT_PENDING) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-event", writable && has_article && !pending);
}
