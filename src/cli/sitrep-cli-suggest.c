/* sitrep-cli-suggest.c — sitrep-cli suggest: proposed places, actors, figures, dates, claimants and incidents
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <inttypes.h>
#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-store-datasets.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-suggest-events.h"
#include "sitrep-suggest.h"

static void
add_suggestion_json (JsonBuilder            *b,
                     const SitrepSuggestion *s,
                     int                     incident)
{
  g_autofree char *attributes = sitrep_suggestion_to_attributes (s);

  json_builder_begin_object (b);
  sitrep_cli_json_add_string (b, "kind", sitrep_suggest_kind_to_string (s->kind));
  sitrep_cli_json_add_string (b, "label", sitrep_suggest_kind_to_label (s->kind));
  sitrep_cli_json_add_int (b, "start", s->start);
  sitrep_cli_json_add_int (b, "end", s->end);
  sitrep_cli_json_add_string (b, "text", s->text);
  /* Three digits say all a score says (0.892, not 0.8923846459676784). */
  json_builder_set_member_name (b, "score");
  json_builder_add_double_value (b, round (s->score * 1000) / 1000);
  if (s->entity_name != NULL)
    sitrep_cli_json_add_string (b, "entity", s->entity_name);
  if (s->entity_id != 0)
    sitrep_cli_json_add_int (b, "entity_id", s->entity_id);
  if (s->actor_type != NULL)
    sitrep_cli_json_add_string (b, "actor_type", s->actor_type);
  if (s->kind == SITREP_SUGGEST_PLACE)
    {
      json_builder_set_member_name (b, "placed");
      json_builder_add_boolean_value (b, !isnan (s->latitude));
      if (!isnan (s->latitude))
        {
          json_builder_set_member_name (b, "latitude");
          json_builder_add_double_value (b, s->latitude);
          json_builder_set_member_name (b, "longitude");
          json_builder_add_double_value (b, s->longitude);
          json_builder_set_member_name (b, "doubtful");
          json_builder_add_boolean_value (b, s->doubtful);
        }
    }
  /* a date whose year is a guess (its attributes' year_guess) */
  if (s->kind == SITREP_SUGGEST_DATE && s->doubtful)
    {
      json_builder_set_member_name (b, "doubtful");
      json_builder_add_boolean_value (b, TRUE);
    }
  if (attributes != NULL)
    {
      g_autoptr(JsonNode) node = json_from_string (attributes, NULL);

      if (node != NULL)
        {
          json_builder_set_member_name (b, "attributes");
          json_builder_add_value (b, g_steal_pointer (&node));
        }
    }
  if (incident >= 0)
    sitrep_cli_json_add_int (b, "incident", incident);
  /* The coder's own span, given to the run for its incidents: no suggestion. */
  if (s->annotation_id != 0)
    sitrep_cli_json_add_int (b, "annotation", s->annotation_id);
  json_builder_end_object (b);
}

static void
add_strv_json (JsonBuilder        *b,
               const char         *name,
               const char * const *strv)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (b, strv[i]);
  json_builder_end_array (b);
}

/* An incident as the window lists it for review (the one the run saved,
 * the coder's own figures, places and dates among its members): its place,
 * date, figures and actors as written, how its row reads the figures, and
 * the event it would join (pending) or was made into or added to. */
static void
add_incident_json (JsonBuilder                  *b,
                   const SitrepProposedIncident *incident)
{
  json_builder_begin_object (b);
  if (incident->place_text != NULL)
    sitrep_cli_json_add_string (b, "place", incident->place_text);
  if (incident->date_start != NULL)
    sitrep_cli_json_add_string (b, "date", incident->date_start);
  add_strv_json (b, "figures", (const char * const *) incident->figure_texts);
  add_strv_json (b, "actors", (const char * const *) incident->actor_texts);
  sitrep_cli_json_add_int (b, "id", incident->id);
  add_strv_json (b, "figure_words", (const char * const *) incident->figure_words);
  sitrep_cli_json_add_string (b, "status", incident->status == SITREP_SUGGESTION_ACCEPTED ? "accepted" : "pending");
  if (incident->event_id != 0)
    sitrep_cli_json_add_int (b, "event", incident->event_id);
  json_builder_set_member_name (b, "joins");
  json_builder_add_boolean_value (b, incident->status != SITREP_SUGGESTION_ACCEPTED && incident->event_id != 0);
  if (incident->event_type != NULL)
    sitrep_cli_json_add_string (b, "event_type", incident->event_type);
  json_builder_end_object (b);
}

/* An incident in the text output: the same columns as a suggestion (the
 * sentences it spans, the label "Incident", its figures as the text) and
 * the draft event as JSON, as --json has it; a script picking rows by label
 * never mistakes it for a span. */
static void
print_incident (gint64                        article_id,
                const SitrepProposedIncident *incident)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *text = NULL;

  add_incident_json (b, incident);
  root = json_builder_get_root (b);
  detail = sitrep_cli_json_to_string (root, FALSE);
  figures = g_strjoinv ("; ", incident->figure_texts);
  text = sitrep_cli_one_line (figures);
  sitrep_cli_printf ("%" G_GINT64_FORMAT "\t%u\t%u\tIncident\t%s\t%s\n", article_id, incident->start, incident->end,
                     text, detail);
}

/* Where the run's incident @index is in @incidents (those listed: the
 * run's as saved, over the same sentences), or -1. */
static int
listed_incident (const SitrepSuggestResult *result,
                 GPtrArray                 *incidents,
                 int                        index)
{
  const SitrepSuggestIncident *run;

  if (index < 0 || (guint) index >= result->incidents->len)
    return -1;
  run = result->incidents->pdata[index];
  for (guint i = 0; i < incidents->len; i++)
    {
      const SitrepProposedIncident *listed = incidents->pdata[i];

      if (listed->start == run->start && listed->end == MAX (run->end, run->start + 1))
        return (int) i;
    }
  return -1;
}

static char *
span_key (SitrepSuggestKind kind,
          guint             start,
          guint             end)
{
  return g_strdup_printf ("%d:%u:%u", (int) kind, start, end);
}

/* The suggestions this run left pending for review (kind:start:end), or
 * NULL when they cannot be read: the suggester proposes again what was
 * decided before, and the save leaves those out ("0 suggestions saved"). */
static GHashTable *
pending_spans (SitrepStore *store,
               gint64       article_id)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_suggestions (store, article_id, NULL);
  GHashTable *set;

  if (list == NULL)
    return NULL;
  set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < list->len; i++)
    {
      const SitrepStoredSuggestion *s = list->pdata[i];

      g_hash_table_add (set, span_key (s->kind, s->start, s->end));
    }
  return set;
}

static gboolean
is_pending (GHashTable             *pending,
            const SitrepSuggestion *s)
{
  g_autofree char *key = NULL;

  if (pending == NULL)
    return TRUE;
  key = span_key (s->kind, s->start, s->end);
  return g_hash_table_contains (pending, key);
}

static void
print_result (SitrepStore               *store,
              gint64                     article_id,
              const SitrepSuggestResult *result,
              GPtrArray                 *incidents,
              const SitrepSuggestReport *report,
              gboolean                   accept,
              gboolean                   json,
              SitrepCliJsonArray        *writer)
{
  /* Without --accept, the lines are what the window will show for review:
   * not what was accepted or rejected before. */
  g_autoptr(GHashTable) pending = NULL;

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      json_builder_begin_object (b);
      sitrep_cli_json_add_int (b, "article", article_id);
      sitrep_cli_json_add_int (b, "saved", report->n_suggested);
      sitrep_cli_json_add_int (b, "accepted", report->n_accepted);
      sitrep_cli_json_add_int (b, "events_created", report->n_events_created);
      sitrep_cli_json_add_int (b, "events_matched", report->n_events_matched);
      json_builder_set_member_name (b, "suggestions");
      json_builder_begin_array (b);
      for (guint i = 0; i < result->suggestions->len; i++)
        {
          const SitrepSuggestion *s = result->suggestions->pdata[i];

          add_suggestion_json (b, s, listed_incident (result, incidents, s->incident));
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "incidents");
      json_builder_begin_array (b);
      for (guint i = 0; i < incidents->len; i++)
        add_incident_json (b, incidents->pdata[i]);
      json_builder_end_array (b);
      json_builder_end_object (b);
      sitrep_cli_json_array_add (writer, b);
      return;
    }

  if (!accept)
    pending = pending_spans (store, article_id);
  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];
      g_autofree char *text = NULL;
      g_autofree char *attributes = NULL;

      if (!is_pending (pending, s))
        continue;
      text = sitrep_cli_one_line (s->text);
      attributes = sitrep_suggestion_to_attributes (s);

      sitrep_cli_printf ("%" G_GINT64_FORMAT "\t%u\t%u\t%s\t%s", article_id, s->start, s->end,
                         sitrep_suggest_kind_to_label (s->kind), text);
      if (s->kind == SITREP_SUGGEST_PLACE && !isnan (s->latitude))
        sitrep_cli_printf ("\t%.4f,%.4f%s", s->latitude, s->longitude, s->doubtful ? _(" (doubtful)") : "");
      else if (s->kind == SITREP_SUGGEST_PLACE)
        sitrep_cli_printf ("\t%s", _("(not in the gazetteer)"));
      else if (attributes != NULL)
        sitrep_cli_printf ("\t%s", attributes);
      sitrep_cli_print ("\n");
    }
  for (guint i = 0; i < incidents->len; i++)
    print_incident (article_id, incidents->pdata[i]);
  sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "Article %" PRId64 ": %'u suggestion saved",
                                  "Article %" PRId64 ": %'u suggestions saved", report->n_suggested),
                     article_id, report->n_suggested);
  /* What --accept did, each part only when it happened ("1 new events, 0
   * reports added" was printed before). */
  if (report->n_accepted > 0 || report->n_events_created > 0 || report->n_events_matched > 0)
    sitrep_cli_printf (_(", %'u accepted"), report->n_accepted);
  if (report->n_events_created > 0)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, ", %'u new event", ", %'u new events",
                                    report->n_events_created), report->n_events_created);
  if (report->n_events_matched > 0)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, ", %'u report added to an event already there",
                                    ", %'u reports added to events already there", report->n_events_matched),
                       report->n_events_matched);
  sitrep_cli_print (".\n");
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

int
sitrep_cli_cmd_suggest (int    argc,
                        char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *annotator = NULL;
  gboolean all = FALSE, accept = FALSE, json = FALSE;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(SitrepSuggester) suggester = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  SitrepCliJsonArray writer = { 0 };
  gint64 annotator_id = 0;
  GOptionEntry entries[] = {
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, N_("Every article of the project"), NULL },
    { "accept", 0, 0, G_OPTION_ARG_NONE, &accept, N_("Accept every suggestion and make its incidents events"), NULL },
    { "annotator", 0, 0, G_OPTION_ARG_STRING, &annotator, N_("Who accepts (default: your user name)"), N_("NAME") },
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("suggest", _("PROJECT [ID…|--all]"),
                                 _("Proposes places, actors, persons, casualty figures, dates, claimants and "
                                   "incidents in articles and keeps them in the project for review."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) < 1)
    return sitrep_cli_usage_error ("suggest", _("Give a project."));
  if (all == (g_strv_length (args) > 1))
    return sitrep_cli_usage_error ("suggest", _("Give article ids or --all, not both and not neither."));

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 1; args[i] != NULL; i++)
    {
      gint64 id;

      if (!sitrep_cli_parse_id (args[i], &id))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not an article id."), args[i]);
          return sitrep_cli_usage_error ("suggest", msg);
        }
      g_array_append_val (ids, id);
    }

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_DEFAULT);
  if (store == NULL)
    return EXIT_FAILED;
  if (all)
    {
      SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;

      g_clear_pointer (&ids, g_array_unref);
      ids = sitrep_store_query_article_ids (store, &query, &error);
      if (ids == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      /* In the order they were imported: the first report makes the event. */
      g_array_sort (ids, compare_ids);
    }
  if (accept)
    {
      annotator_id = sitrep_store_ensure_annotator (store, annotator != NULL ? annotator : g_get_user_name (), &error);
      if (annotator_id == 0)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      /* the incidents accepted become events of this coder */
      sitrep_store_set_event_coder_default (store, annotator_id);
    }
  suggester = sitrep_suggester_new (store, &error);
  if (suggester == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    sitrep_cli_json_array_begin (&writer);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SitrepSuggestResult) result = NULL;
      g_autoptr(GPtrArray) incidents = NULL;
      SitrepSuggestReport report = { 0 };

      /* The incidents are those the window lists: the saved ones, the
       * coder's own figures, places and dates among their members. */
      if (!sitrep_suggest_article_full (store, suggester, id, accept, annotator_id, &report, &result, &incidents, NULL,
                                        &error))
        {
          if (json)
            sitrep_cli_json_array_end (&writer);
          sitrep_cli_error (_("Article %" PRId64 ": %s"), id, error->message);
          return EXIT_FAILED;
        }
      print_result (store, id, result, incidents, &report, accept, json, &writer);
    }
  if (json)
    sitrep_cli_json_array_end (&writer);
  return EXIT_OK;
}
