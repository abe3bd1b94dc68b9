/* sitrep-export.c — events to ACLED CSV, UCDP GED CSV, GeoJSON and JSONL
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-export.h"
#include "sitrep-io.h"
#include "sitrep-event-private.h"
#include "sitrep-gazetteer.h"

/* Events are read this many at a time, so 50,000 never sit in memory at once. */
#define PAGE 500

static const char * const format_names[] = { "acled-csv", "ucdp-csv", "geojson", "events-jsonl" };

static const char * const acled_columns[] = {
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
  "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
  "interaction", "civilian_targeting", "country", "admin1", "admin2", "location", "latitude",
  "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
};

static const char * const ucdp_columns[] = {
  "id", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "date_prec",
  "where_prec", "country", "adm_1", "adm_2", "where_coordinates", "latitude", "longitude",
  "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
  "number_of_sources", "source_article", "disputed",
};

const char *
sitrep_export_format_to_string (SitrepExportFormat format)
{
  if ((guint) format < G_N_ELEMENTS (format_names))
    return format_names[format];
  return NULL;
}

gboolean
sitrep_export_format_from_string (const char         *str,
                                  SitrepExportFormat *format)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (format_names); i++)
    {
      if (strcmp (str, format_names[i]) == 0)
        {
          *format = (SitrepExportFormat) i;
          return TRUE;
        }
    }
  return FALSE;
}

void
sitrep_export_append_csv_field (GString    *line,
                                const char *field)
{
  gboolean quote;

  if (field == NULL)
    return;
  quote = strpbrk (field, ",\"\r\n") != NULL ||
          (*field != '\0' && (g_ascii_isspace (field[0]) || g_ascii_isspace (field[strlen (field) - 1])));
  if (!quote)
    {
      g_string_append (line, field);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* Everything an exporter writes of one event. */
typedef struct
{
  SitrepEvent *event;
  GPtrArray *claims;        /* SitrepClaim */
  GPtrArray *evidence;      /* SitrepEvidence */
  SitrepDerivedFigures figures;
} EventRecord;

static void
event_record_clear (EventRecord *r)
{
  g_clear_object (&r->event);
  g_clear_pointer (&r->claims, g_ptr_array_unref);
  g_clear_pointer (&r->evidence, g_ptr_array_unref);
  sitrep_derived_figures_clear (&r->figures);
}

typedef gboolean (*WriteEvent) (EventRecord    *record,
                                GString        *out,
                                gpointer        data);

static gboolean
write_string (GOutputStream  *out,
              GString        *text,
              GCancellable   *cancellable,
              GError        **error)
{
  gboolean ok = sitrep_io_write_text (out, text->str, text->len, cancellable, error);

  g_string_truncate (text, 0);
  return ok;
}

/* Calls @write for every event, by date, a page of them at a time. */
static gboolean
for_each_event (SitrepStore    *store,
                GOutputStream  *out,
                WriteEvent      write,
                gpointer        data,
                GCancellable   *cancellable,
                GError        **error)
{
  g_autoptr(GArray) ids = sitrep_store_query_event_ids (store, NULL, error);
  g_autoptr(GString) text = g_string_new (NULL);

  if (ids == NULL)
    return FALSE;

  for (guint start = 0; start < ids->len; start += PAGE)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = MIN (PAGE, ids->len - start);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!sitrep_store_get_events (store, &g_array_index (ids, gint64, start), n, events, error))
        return FALSE;
      for (guint i = 0; i < events->len; i++)
        {
          EventRecord r = { 0 };
          gint64 id;
          gboolean ok;

          r.event = g_object_ref (g_ptr_array_index (events, i));
          id = sitrep_event_get_id (r.event);
          r.claims = sitrep_store_list_claims (store, id, error);
          r.evidence = r.claims != NULL ? sitrep_store_list_event_evidence (store, id, error) : NULL;
          ok = r.evidence != NULL && sitrep_store_get_event_figures (store, id, &r.figures, error);
          ok = ok && write (&r, text, data);
          event_record_clear (&r);
          if (!ok)
            return FALSE;
        }
      if (!write_string (out, text, cancellable, error))
        return FALSE;
    }
  return TRUE;
}

static char *
int_or_blank (gint64 value)
{
  return value > 0 || value == 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("");
}

static char *
positive_or_blank (gint64 value)
{
  return value > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("");
}

static char *
coordinate (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.5f", value));
}

static char *
join_strv (const char * const *names)
{
  return names != NULL ? g_strjoinv ("; ", (char **) names) : g_strdup ("");
}

/* The outlets the event was coded from, once each, "; "-separated: ACLED's
 * `source` is "the source(s) used to code the event" — the reports read, not
 * who is quoted in them. A claim's claimant (the Observatory, a ministry)
 * stays in the claims; it is a source only for a claim read from no article,
 * whose figure the coder took from the claimant itself. */
static char *
sources_of (EventRecord *r)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < r->evidence->len; i++)
    {
      SitrepEvidence *e = g_ptr_array_index (r->evidence, i);
      const char *name = e->report_name;
      if (name != NULL && !g_ptr_array_find_with_equal_func (seen, name, g_str_equal, NULL))
        g_ptr_array_add (seen, (gpointer) name);
    }
  for (guint i = 0; i < r->claims->len; i++)
    {
      SitrepClaim *c = g_ptr_array_index (r->claims, i);
      const char *name = sitrep_claim_get_claimant (c);
      if (sitrep_claim_get_article_id (c) <= 0 && name != NULL &&
          !g_ptr_array_find_with_equal_func (seen, name, g_str_equal, NULL))
        g_ptr_array_add (seen, (gpointer) name);
    }
  for (guint i = 0; i < seen->len; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? "; " : "", (char *) g_ptr_array_index (seen, i));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The country as the datasets write it: a name ("Syria"). Events placed
 * from the gazetteer keep its ISO code ("SY"); UCDP's keep their name. */
static const char *
country_of (SitrepEvent *e)
{
  const char *country = sitrep_event_get_country (e);
  const char *name = sitrep_gazetteer_country_name (country);

  return name != NULL ? name : country;
}

static const char *
place_name (SitrepEvent *event)
{
  const char *name = sitrep_event_get_place_name (event);
  return name != NULL ? name : sitrep_event_get_location (event);
}

static void
append_row (GString            *out,
            const char * const *fields,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      sitrep_export_append_csv_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

/* The events a format cannot carry: left out and counted for the caller's warning. */
typedef struct
{
  guint n_left_out;
} CsvState;

/* ACLED's event_date and UCDP's date_start are required: an undated event
 * would be an invalid row. */
static gboolean
lacks_date (EventRecord *r,
            CsvState    *state)
{
  const char *date = sitrep_event_get_date_start (r->event);

  if (date != NULL && strlen (date) >= 4)
    return FALSE;
  state->n_left_out++;
  return TRUE;
}

static void
write_acled_row (EventRecord *r,
                 GString     *out)
{
  SitrepEvent *e = r->event;
  const char *date = sitrep_event_get_date_start (e);
  g_autofree char *id = g_strdup_printf ("SITREP%" G_GINT64_FORMAT, sitrep_event_get_id (e));
  g_autofree char *year = g_strndup (date != NULL ? date : "", 4);
  g_autofree char *time_precision = positive_or_blank (sitrep_event_get_time_precision (e));
  g_autofree char *assoc1 = join_strv (sitrep_event_get_assoc_actor1 (e));
  g_autofree char *assoc2 = join_strv (sitrep_event_get_assoc_actor2 (e));
  g_autofree char *inter1 = positive_or_blank (sitrep_event_get_inter1 (e));
  g_autofree char *inter2 = positive_or_blank (sitrep_event_get_inter2 (e));
  g_autofree char *interaction = positive_or_blank (sitrep_event_get_interaction (e));
  g_autofree char *lat = coordinate (sitrep_event_get_latitude (e));
  g_autofree char *lon = coordinate (sitrep_event_get_longitude (e));
  g_autofree char *geo = positive_or_blank (sitrep_event_get_geo_precision (e));
  g_autofree char *source = sources_of (r);
  /* ACLED writes 0 when no death is reported. */
  g_autofree char *fatalities = int_or_blank (MAX (r->figures.fatalities, 0));
  const char *notes = sitrep_event_get_description (e) != NULL ? sitrep_event_get_description (e)
                                                               : sitrep_event_get_notes (e);
  const char *fields[] = {
    id, date, year, time_precision, sitrep_event_get_disorder_type (e), sitrep_event_get_event_type (e),
    sitrep_event_get_sub_event_type (e), sitrep_event_get_actor1 (e), assoc1, inter1,
    sitrep_event_get_actor2 (e), assoc2, inter2, interaction,
    sitrep_event_get_civilian_targeting (e) ? "Civilian targeting" : "",
    country_of (e), sitrep_event_get_admin1 (e), sitrep_event_get_admin2 (e), place_name (e),
    lat, lon, geo, source, sitrep_event_get_source_scale (e), notes, fatalities,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (acled_columns));
  append_row (out, fields, G_N_ELEMENTS (fields));
}

static gboolean
write_acled (EventRecord *r,
             GString     *out,
             gpointer     data)
{
  if (!lacks_date (r, data))
    write_acled_row (r, out);
  return TRUE;
}

static char *
source_articles (EventRecord *r)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < r->evidence->len; i++)
    {
      SitrepEvidence *e = g_ptr_array_index (r->evidence, i);
      if (e->article_title != NULL &&
          !g_ptr_array_find_with_equal_func (seen, e->article_title, g_str_equal, NULL))
        g_ptr_array_add (seen, e->article_title);
    }
  for (guint i = 0; i < r->claims->len; i++)
    {
      const char *title = sitrep_claim_get_article_title (g_ptr_array_index (r->claims, i));
      if (title != NULL && !g_ptr_array_find_with_equal_func (seen, title, g_str_equal, NULL))
        g_ptr_array_add (seen, (gpointer) title);
    }
  if (sitrep_event_get_source_reference (r->event) != NULL)
    g_ptr_array_add (seen, (gpointer) sitrep_event_get_source_reference (r->event));
  for (guint i = 0; i < seen->len; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? "; " : "", (char *) g_ptr_array_index (seen, i));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
write_ucdp_row (EventRecord *r,
                GString     *out)
{
  SitrepEvent *e = r->event;
  SitrepDerivedFigures *f = &r->figures;
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  gboolean has_deaths = f->best >= 0;
  const char *external = sitrep_event_get_external_id (e);
  g_autofree char *id = external != NULL && g_strcmp0 (sitrep_event_get_external_source (e), "UCDP GED") == 0
                        ? g_strdup (external)
                        : g_strdup_printf ("SITREP%" G_GINT64_FORMAT, sitrep_event_get_id (e));
  g_autofree char *tov = positive_or_blank (sitrep_codebook_get_type_of_violence (codebook,
                                                                                  sitrep_event_get_inter1 (e),
                                                                                  sitrep_event_get_inter2 (e)));
  g_autofree char *date_prec = positive_or_blank (sitrep_event_get_date_precision (e));
  g_autofree char *where_prec = positive_or_blank (sitrep_event_get_where_prec (e));
  g_autofree char *lat = coordinate (sitrep_event_get_latitude (e));
  g_autofree char *lon = coordinate (sitrep_event_get_longitude (e));
  g_autofree char *da = has_deaths ? int_or_blank (f->deaths[SITREP_VICTIM_ACTOR1]) : g_strdup ("");
  g_autofree char *db = has_deaths ? int_or_blank (f->deaths[SITREP_VICTIM_ACTOR2]) : g_strdup ("");
  g_autofree char *dc = has_deaths ? int_or_blank (f->deaths[SITREP_VICTIM_CIVILIANS]) : g_strdup ("");
  g_autofree char *du = has_deaths ? int_or_blank (f->deaths[SITREP_VICTIM_UNKNOWN]) : g_strdup ("");
  g_autofree char *low = f->low >= 0 ? int_or_blank (f->low) : g_strdup ("");
  g_autofree char *best = f->best >= 0 ? int_or_blank (f->best) : g_strdup ("");
  g_autofree char *high = f->high >= 0 ? int_or_blank (f->high) : g_strdup ("");
  g_autofree char *n_sources = g_strdup_printf ("%u", f->n_sources);
  g_autofree char *articles = source_articles (r);
  const char *fields[] = {
    id, tov, sitrep_event_get_actor1 (e), sitrep_event_get_actor2 (e), sitrep_event_get_date_start (e),
    sitrep_event_get_date_end (e), date_prec, where_prec, country_of (e),
    sitrep_event_get_admin1 (e), sitrep_event_get_admin2 (e), place_name (e), lat, lon,
    da, db, dc, du, low, best, high, n_sources, articles, f->disputed ? "1" : "0",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (ucdp_columns));
  append_row (out, fields, G_N_ELEMENTS (fields));
}

static gboolean
write_ucdp (EventRecord *r,
            GString     *out,
            gpointer     data)
{
  if (!lacks_date (r, data))
    write_ucdp_row (r, out);
  return TRUE;
}

static gboolean
write_csv (SitrepStore         *store,
           GOutputStream       *out,
           const char * const  *columns,
           guint                n_columns,
           WriteEvent           write,
           guint               *n_undated,
           GCancellable        *cancellable,
           GError             **error)
{
  g_autoptr(GString) header = g_string_new (NULL);
  CsvState state = { 0 };

  append_row (header, columns, n_columns);
  if (!write_string (out, header, cancellable, error) ||
      !for_each_event (store, out, write, &state, cancellable, error))
    return FALSE;
  if (n_undated != NULL)
    *n_undated = state.n_left_out;
  return TRUE;
}

gboolean
sitrep_export_acled_csv (SitrepStore    *store,
                         GOutputStream  *out,
                         guint          *n_undated,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  return write_csv (store, out, acled_columns, G_N_ELEMENTS (acled_columns), write_acled, n_undated,
                    cancellable, error);
}

gboolean
sitrep_export_ucdp_csv (SitrepStore    *store,
                        GOutputStream  *out,
                        guint          *n_undated,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  return write_csv (store, out, ucdp_columns, G_N_ELEMENTS (ucdp_columns), write_ucdp, n_undated,
                    cancellable, error);
}

/* ---------------------------------------------------------------- JSON */

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_int (JsonBuilder *b,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* A figure: a number, or null when there is none. */
static void
add_figure (JsonBuilder *b,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (b, name);
  if (value >= 0)
    json_builder_add_int_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_strv (JsonBuilder        *b,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (b, values[i]);
  json_builder_end_array (b);
}

/* Every field of the event and its figures, as members of the open object. */
static void
add_event_members (JsonBuilder *b,
                   EventRecord *r)
{
  SitrepEvent *e = r->event;
  SitrepDerivedFigures *f = &r->figures;
  g_autofree char *source = sources_of (r);

  add_int (b, "id", sitrep_event_get_id (e));
  add_string (b, "event_date", sitrep_event_get_date_start (e));
  add_string (b, "date_start", sitrep_event_get_date_start (e));
  add_string (b, "date_end", sitrep_event_get_date_end (e));
  add_figure (b, "date_prec", sitrep_event_get_date_precision (e) > 0 ? sitrep_event_get_date_precision (e) : -1);
  add_figure (b, "time_precision", sitrep_event_get_time_precision (e) > 0 ? sitrep_event_get_time_precision (e) : -1);
  add_string (b, "disorder_type", sitrep_event_get_disorder_type (e));
  add_string (b, "event_type", sitrep_event_get_event_type (e));
  add_string (b, "sub_event_type", sitrep_event_get_sub_event_type (e));
  add_string (b, "actor1", sitrep_event_get_actor1 (e));
  add_strv (b, "assoc_actor_1", sitrep_event_get_assoc_actor1 (e));
  add_figure (b, "inter1", sitrep_event_get_inter1 (e) > 0 ? sitrep_event_get_inter1 (e) : -1);
  add_string (b, "actor2", sitrep_event_get_actor2 (e));
  add_strv (b, "assoc_actor_2", sitrep_event_get_assoc_actor2 (e));
  add_figure (b, "inter2", sitrep_event_get_inter2 (e) > 0 ? sitrep_event_get_inter2 (e) : -1);
  add_figure (b, "interaction", sitrep_event_get_interaction (e) > 0 ? sitrep_event_get_interaction (e) : -1);
  json_builder_set_member_name (b, "civilian_targeting");
  json_builder_add_boolean_value (b, sitrep_event_get_civilian_targeting (e));
  add_string (b, "country", country_of (e));
  add_string (b, "admin1", sitrep_event_get_admin1 (e));
  add_string (b, "admin2", sitrep_event_get_admin2 (e));
  add_string (b, "location", place_name (e));
  add_figure (b, "place_id", sitrep_event_get_place_id (e) > 0 ? sitrep_event_get_place_id (e) : -1);
  add_figure (b, "geo_precision", sitrep_event_get_geo_precision (e) > 0 ? sitrep_event_get_geo_precision (e) : -1);
  add_figure (b, "where_prec", sitrep_event_get_where_prec (e) > 0 ? sitrep_event_get_where_prec (e) : -1);
  add_string (b, "description", sitrep_event_get_description (e));
  add_string (b, "notes", sitrep_event_get_notes (e));
  add_string (b, "source", source);
  add_string (b, "source_scale", sitrep_event_get_source_scale (e));
  add_figure (b, "fatalities", f->fatalities);
  add_figure (b, "low", f->low);
  add_figure (b, "best", f->best);
  add_figure (b, "high", f->high);
  add_figure (b, "deaths_a", f->best >= 0 ? f->deaths[SITREP_VICTIM_ACTOR1] : -1);
  add_figure (b, "deaths_b", f->best >= 0 ? f->deaths[SITREP_VICTIM_ACTOR2] : -1);
  add_figure (b, "deaths_civilians", f->best >= 0 ? f->deaths[SITREP_VICTIM_CIVILIANS] : -1);
  add_figure (b, "deaths_unknown", f->best >= 0 ? f->deaths[SITREP_VICTIM_UNKNOWN] : -1);
  add_figure (b, "wounded", f->wounded);
  add_int (b, "number_of_sources", f->n_sources);
  json_builder_set_member_name (b, "disputed");
  json_builder_add_boolean_value (b, f->disputed);
  add_string (b, "best_override_reason", f->best_overridden ? sitrep_event_get_best_override_reason (e) : NULL);
  add_string (b, "figures_explanation", f->explanation);
  add_string (b, "external_source", sitrep_event_get_external_source (e));
  add_string (b, "external_id", sitrep_event_get_external_id (e));
  add_int (b, "n_claims", r->claims->len);
  add_int (b, "n_evidence", r->evidence->len);
}

static void
add_claims_and_evidence (JsonBuilder *b,
                         EventRecord *r)
{
  json_builder_set_member_name (b, "claims");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->claims->len; i++)
    {
      SitrepClaim *c = g_ptr_array_index (r->claims, i);

      json_builder_begin_object (b);
      add_int (b, "id", sitrep_claim_get_id (c));
      add_string (b, "kind", sitrep_claim_get_kind (c));
      add_string (b, "qualifier", sitrep_claim_get_qualifier (c));
      add_figure (b, "low", sitrep_claim_get_count_low (c));
      add_figure (b, "high", sitrep_claim_get_count_high (c));
      add_string (b, "victim_side", sitrep_claim_get_victim_side (c));
      add_string (b, "claimant", sitrep_claim_get_claimant (c));
      add_figure (b, "article_id", sitrep_claim_get_article_id (c) > 0 ? sitrep_claim_get_article_id (c) : -1);
      add_figure (b, "annotation_id",
                  sitrep_claim_get_annotation_id (c) > 0 ? sitrep_claim_get_annotation_id (c) : -1);
      add_string (b, "text", sitrep_claim_get_text (c));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "evidence");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->evidence->len; i++)
    {
      SitrepEvidence *v = g_ptr_array_index (r->evidence, i);

      json_builder_begin_object (b);
      add_int (b, "article_id", v->article_id);
      add_int (b, "start", v->start);
      add_int (b, "end", v->end);
      add_string (b, "text", v->text);
      add_figure (b, "annotation_id", v->annotation_id > 0 ? v->annotation_id : -1);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
append_json (GString     *out,
             JsonBuilder *b)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autofree char *text = json_to_string (root, FALSE);

  g_string_append (out, text);
}

/* A coordinate as a JSON number to 6 decimals (about 0.1 m), trailing zeros
 * dropped: json-glib writes every double with 17 digits. */
static void
append_coordinate (GString *out,
                   double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gsize len;

  if (isnan (value))
    {
      g_string_append (out, "null");
      return;
    }
  g_ascii_formatd (buf, sizeof buf, "%.6f", value);
  len = strlen (buf);
  while (len > 0 && buf[len - 1] == '0')
    buf[--len] = '\0';
  if (len > 0 && buf[len - 1] == '.')
    buf[--len] = '\0';
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  g_string_append (out, buf);
}

/* The object built in @b with the event's "latitude" and "longitude" as its
 * last members, written by append_coordinate(). */
static void
append_json_with_coordinates (GString     *out,
                              JsonBuilder *b,
                              SitrepEvent *e)
{
  gsize start = out->len;

  append_json (out, b);
  g_assert (out->len > start && out->str[out->len - 1] == '}');
  g_string_truncate (out, out->len - 1);
  g_string_append (out, out->len - 1 > start ? ",\"latitude\":" : "\"latitude\":");
  append_coordinate (out, sitrep_event_get_latitude (e));
  g_string_append (out, ",\"longitude\":");
  append_coordinate (out, sitrep_event_get_longitude (e));
  g_string_append_c (out, '}');
}

static gboolean
write_jsonl (EventRecord *r,
             GString     *out,
             gpointer     data)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_event_members (b, r);
  add_claims_and_evidence (b, r);
  json_builder_end_object (b);
  append_json_with_coordinates (out, b, r->event);
  g_string_append_c (out, '\n');
  return TRUE;
}

gboolean
sitrep_export_events_jsonl (SitrepStore    *store,
                            GOutputStream  *out,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  return for_each_event (store, out, write_jsonl, NULL, cancellable, error);
}

typedef struct
{
  guint n_features;
  guint n_unplaced;
} GeoJsonState;

static gboolean
write_feature (EventRecord *r,
               GString     *out,
               gpointer     data)
{
  GeoJsonState *state = data;
  g_autoptr(JsonBuilder) b = NULL;
  double lat = sitrep_event_get_latitude (r->event), lon = sitrep_event_get_longitude (r->event);

  if (isnan (lat) || isnan (lon))
    {
      state->n_unplaced++;
      return TRUE;
    }

  b = json_builder_new ();
  json_builder_begin_object (b);
  add_event_members (b, r);
  json_builder_end_object (b);

  g_string_append (out, state->n_features > 0 ? ",\n" : "\n");
  g_string_append_printf (out, "{\"type\":\"Feature\",\"id\":%" G_GINT64_FORMAT
                          ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[",
                          sitrep_event_get_id (r->event));
  append_coordinate (out, lon);
  g_string_append_c (out, ',');
  append_coordinate (out, lat);
  g_string_append (out, "]},\"properties\":");
  append_json_with_coordinates (out, b, r->event);
  g_string_append_c (out, '}');
  state->n_features++;
  return TRUE;
}

gboolean
sitrep_export_geojson (SitrepStore    *store,
                       GOutputStream  *out,
                       guint          *n_unplaced,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(GString) text = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[");
  GeoJsonState state = { 0, 0 };

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (!write_string (out, text, cancellable, error) ||
      !for_each_event (store, out, write_feature, &state, cancellable, error))
    return FALSE;
  g_string_append (text, "\n]}\n");
  if (!write_string (out, text, cancellable, error))
    return FALSE;
  if (n_unplaced != NULL)
    *n_unplaced = state.n_unplaced;
  return TRUE;
}

gboolean
sitrep_export_events (SitrepStore         *store,
                      SitrepExportFormat   format,
                      GOutputStream       *out,
                      guint               *n_left_out,
                      GCancellable        *cancellable,
                      GError             **error)
{
  if (n_left_out != NULL)
    *n_left_out = 0;

  switch (format)
    {
    case SITREP_EXPORT_ACLED_CSV:
      return sitrep_export_acled_csv (store, out, n_left_out, cancellable, error);
    case SITREP_EXPORT_UCDP_CSV:
      return sitrep_export_ucdp_csv (store, out, n_left_out, cancellable, error);
    case SITREP_EXPORT_GEOJSON:
      return sitrep_export_geojson (store, out, n_left_out, cancellable, error);
    case SITREP_EXPORT_EVENTS_JSONL:
      return sitrep_export_events_jsonl (store, out, cancellable, error);
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Sitrep cannot write that format."));
      return FALSE;
    }
}
