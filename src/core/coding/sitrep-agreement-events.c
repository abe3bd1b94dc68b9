/* sitrep-agreement-events.c — two coders' events for the same article, matched and compared
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-agreement"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-adjudication.h"
#include "sitrep-event-draft.h"
#include "sitrep-store-claims.h"
#include "sitrep-store-coding.h"
#include "sitrep-store-datasets.h"
#include "sitrep-store-events.h"
#include "sitrep-store-private.h"
#include "sitrep-agreement-events.h"

static void
difference_free (gpointer data)
{
  SitrepEventDifference *d = data;

  g_free (d->a);
  g_free (d->b);
  g_free (d);
}

static void
pair_free (gpointer data)
{
  SitrepEventPair *p = data;

  g_free (p->date_start);
  g_free (p->event_type);
  g_free (p->place);
  g_clear_pointer (&p->differences, g_ptr_array_unref);
  g_free (p);
}

void
sitrep_event_comparison_free (SitrepEventComparison *comparison)
{
  if (comparison == NULL)
    return;
  g_free (comparison->a);
  g_free (comparison->b);
  g_clear_pointer (&comparison->pairs, g_ptr_array_unref);
  g_free (comparison);
}

const char *
sitrep_event_field_title (const char *field)
{
  static const struct { const char *field; const char *title; } titles[] = {
    { "sub_event_type", N_("Sub-event type") },
    { "date_start", N_("Start date") },
    { "date_end", N_("End date") },
    { "date_precision", N_("Date precision") },
    { "place", N_("Place") },
    { "actor1", N_("First actor") },
    { "actor2", N_("Second actor") },
    { "fatalities", N_("Fatalities") },
    { "civilian_targeting", N_("Civilians targeted") },
    { "description", N_("Description") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (titles[i].field, field) == 0)
      return _(titles[i].title);
  return field;
}

/* ---------------------------------------------------------------- matching */

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  unsigned y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* UCDP's date_prec: 1 the day, 2 within 2–6 days, 3 the week, 4 the month, 5 the year. */
static int
precision_days (int precision)
{
  static const int days[] = { 0, 0, 6, 7, 31, 366 };

  return precision >= 0 && precision < (int) G_N_ELEMENTS (days) ? days[precision] : 0;
}

static gboolean
dates_match (SitrepEvent *a,
             SitrepEvent *b)
{
  GDate da, db;
  gboolean has_a = parse_day (sitrep_event_get_date_start (a), &da);
  gboolean has_b = parse_day (sitrep_event_get_date_start (b), &db);
  int slack = MAX (precision_days (sitrep_event_get_date_precision (a)),
                   precision_days (sitrep_event_get_date_precision (b)));

  if (!has_a || !has_b)
    return has_a == has_b;
  return ABS (g_date_days_between (&da, &db)) <= slack;
}

static double
distance_km (double lat1,
             double lon1,
             double lat2,
             double lon2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180;
  double h = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2 * 6371.0088 * asin (MIN (1.0, sqrt (h)));
}

static const char *
place_of (SitrepEvent *e)
{
  return sitrep_event_get_place_name (e) != NULL ? sitrep_event_get_place_name (e) : sitrep_event_get_location (e);
}

static gboolean
places_match (SitrepEvent *a,
              SitrepEvent *b,
              double       km)
{
  const char *na = place_of (a), *nb = place_of (b);
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (sitrep_event_get_place_id (a) != 0 && sitrep_event_get_place_id (a) == sitrep_event_get_place_id (b))
    return TRUE;
  if (sitrep_event_get_coordinates_set (a) && sitrep_event_get_coordinates_set (b))
    return distance_km (sitrep_event_get_latitude (a), sitrep_event_get_longitude (a),
                        sitrep_event_get_latitude (b), sitrep_event_get_longitude (b)) <= km;
  if (na == NULL || nb == NULL)
    return na == nb;
  fa = g_utf8_casefold (na, -1);
  fb = g_utf8_casefold (nb, -1);
  return g_utf8_collate (fa, fb) == 0;
}

gboolean
sitrep_events_match (SitrepEvent *a,
                     SitrepEvent *b,
                     double       km)
{
  g_return_val_if_fail (SITREP_IS_EVENT (a) && SITREP_IS_EVENT (b), FALSE);

  return g_strcmp0 (sitrep_event_get_event_type (a), sitrep_event_get_event_type (b)) == 0 &&
         dates_match (a, b) && places_match (a, b, km);
}

/* ---------------------------------------------------------------- differences */

static void
differ (GPtrArray  *out,
        const char *field,
        const char *a,
        const char *b)
{
  SitrepEventDifference *d;

  if (g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0)
    return;
  d = g_new0 (SitrepEventDifference, 1);
  d->field = field;
  d->a = g_strdup (a != NULL ? a : "");
  d->b = g_strdup (b != NULL ? b : "");
  g_ptr_array_add (out, d);
}

static const char * const fields[] = {
  "sub_event_type", "date_start", "date_end", "date_precision", "place", "actor1", "actor2", "fatalities",
  "civilian_targeting", "description", NULL,
};

const char * const *
sitrep_event_fields (void)
{
  return fields;
}

char *
sitrep_event_field_value (SitrepEvent *e,
                          const char  *field)
{
  g_return_val_if_fail (SITREP_IS_EVENT (e), NULL);

  if (g_str_equal (field, "sub_event_type"))
    return g_strdup (sitrep_event_get_sub_event_type (e));
  if (g_str_equal (field, "date_start"))
    return g_strdup (sitrep_event_get_date_start (e));
  if (g_str_equal (field, "date_end"))
    return g_strdup (sitrep_event_get_date_end (e));
  if (g_str_equal (field, "date_precision"))
    return g_strdup_printf ("%d", sitrep_event_get_date_precision (e));
  if (g_str_equal (field, "place"))
    return g_strdup (place_of (e));
  if (g_str_equal (field, "actor1"))
    return g_strdup (sitrep_event_get_actor1 (e));
  if (g_str_equal (field, "actor2"))
    return g_strdup (sitrep_event_get_actor2 (e));
  if (g_str_equal (field, "fatalities"))
    return sitrep_event_get_fatalities (e) >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, sitrep_event_get_fatalities (e))
                                                : NULL;
  if (g_str_equal (field, "civilian_targeting"))
    return g_strdup (sitrep_event_get_civilian_targeting (e) ? "yes" : "no");
  if (g_str_equal (field, "description"))
    return g_strdup (sitrep_event_get_description (e));
  return NULL;
}

static GPtrArray *
differences (SitrepEvent *a,
             SitrepEvent *b)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (difference_free);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *va = sitrep_event_field_value (a, fields[i]);
      g_autofree char *vb = sitrep_event_field_value (b, fields[i]);
      differ (out, fields[i], va, vb);
    }
  return out;
}

static SitrepEventPair *
pair_new (SitrepEvent *a,
          SitrepEvent *b)
{
  SitrepEventPair *p = g_new0 (SitrepEventPair, 1);
  SitrepEvent *first = a != NULL ? a : b;

  p->event_a = a != NULL ? sitrep_event_get_id (a) : 0;
  p->event_b = b != NULL ? sitrep_event_get_id (b) : 0;
  p->date_start = g_strdup (sitrep_event_get_date_start (first));
  p->event_type = g_strdup (sitrep_event_get_event_type (first));
  p->place = g_strdup (place_of (first));
  p->differences = a != NULL && b != NULL ? differences (a, b) : g_ptr_array_new_with_free_func (difference_free);
  return p;
}

/* ---------------------------------------------------------------- comparing */

/* The events of @coder_id among @codings of @article_id, read. */
static GPtrArray *
events_of (SitrepStore  *store,
           GArray       *codings,
           gint64        article_id,
           gint64        coder_id,
           GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < codings->len; i++)
    {
      SitrepEventCoding *c = &g_array_index (codings, SitrepEventCoding, i);
      if (c->article_id == article_id && c->coder_id == coder_id)
        g_array_append_val (ids, c->event_id);
    }
  if (ids->len > 0 && !sitrep_store_get_events (store, (gint64 *) ids->data, ids->len, events, error))
    return NULL;
  return g_steal_pointer (&events);
}

/* Pairs each of @a's events with the closest unpaired one of @b's that
 * matches it (the nearest start date), in @a's order; the rest stand alone. */
static void
pair_events (SitrepEventComparison *c,
             GPtrArray             *a,
             GPtrArray             *b,
             GPtrArray             *adjudicated,
             double                 km)
{
  g_autofree gboolean *taken = g_new0 (gboolean, b->len + 1);

  for (guint i = 0; i < a->len; i++)
    {
      SitrepEvent *ea = g_ptr_array_index (a, i);
      int best = -1, best_gap = G_MAXINT;

      for (guint k = 0; k < b->len; k++)
        {
          SitrepEvent *eb = g_ptr_array_index (b, k);
          GDate da, db;
          int gap = 0;

          if (taken[k] || !sitrep_events_match (ea, eb, km))
            continue;
          if (parse_day (sitrep_event_get_date_start (ea), &da) && parse_day (sitrep_event_get_date_start (eb), &db))
            gap = ABS (g_date_days_between (&da, &db));
          if (gap < best_gap)
            best = (int) k, best_gap = gap;
        }
      if (best >= 0)
        {
          SitrepEventPair *p = pair_new (ea, g_ptr_array_index (b, best));
          taken[best] = TRUE;
          c->matched++;
          if (p->differences->len == 0)
            c->agreed++;
          g_ptr_array_add (c->pairs, p);
        }
    }
  for (guint i = 0; i < a->len; i++)
    {
      gboolean paired = FALSE;
      for (guint k = 0; k < c->pairs->len && !paired; k++)
        paired = ((SitrepEventPair *) g_ptr_array_index (c->pairs, k))->event_a == sitrep_event_get_id (g_ptr_array_index (a, i));
      if (!paired)
        g_ptr_array_add (c->pairs, pair_new (g_ptr_array_index (a, i), NULL));
    }
  for (guint k = 0; k < b->len; k++)
    if (!taken[k])
      g_ptr_array_add (c->pairs, pair_new (NULL, g_ptr_array_index (b, k)));

  /* Settled: the adjudicated layer has an event matching a version. */
  for (guint i = 0; i < c->pairs->len; i++)
    {
      SitrepEventPair *p = g_ptr_array_index (c->pairs, i);
      SitrepEvent *version = NULL;

      for (guint k = 0; version == NULL && k < a->len; k++)
        if (sitrep_event_get_id (g_ptr_array_index (a, k)) == (p->event_a != 0 ? p->event_a : -1))
          version = g_ptr_array_index (a, k);
      for (guint k = 0; version == NULL && k < b->len; k++)
        if (sitrep_event_get_id (g_ptr_array_index (b, k)) == p->event_b)
          version = g_ptr_array_index (b, k);
      for (guint k = 0; version != NULL && p->kept == 0 && k < adjudicated->len; k++)
        if (sitrep_events_match (version, g_ptr_array_index (adjudicated, k), km))
          p->kept = sitrep_event_get_id (g_ptr_array_index (adjudicated, k));
    }
}

static SitrepEventComparison *
compare_coders (SitrepStore  *store,
                GArray       *codings,
                gint64        article_id,
                const char   *a,
                gint64        a_id,
                const char   *b,
                gint64        b_id,
                double        km,
                GError      **error)
{
  g_autoptr(SitrepEventComparison) c = g_new0 (SitrepEventComparison, 1);
  gint64 adjudicator = sitrep_store_find_annotator (store, SITREP_ADJUDICATED_ANNOTATOR);
  g_autoptr(GPtrArray) ea = events_of (store, codings, article_id, a_id, error);
  g_autoptr(GPtrArray) eb = ea != NULL ? events_of (store, codings, article_id, b_id, error) : NULL;
  g_autoptr(GPtrArray) adj = eb != NULL && adjudicator > 0 ? events_of (store, codings, article_id, adjudicator, error)
                             : eb != NULL ? g_ptr_array_new () : NULL;

  if (adj == NULL)
    return NULL;
  c->article_id = article_id;
  c->a = g_strdup (a);
  c->b = g_strdup (b);
  c->events_a = ea->len;
  c->events_b = eb->len;
  c->pairs = g_ptr_array_new_with_free_func (pair_free);
  pair_events (c, ea, eb, adj, km);
  return g_steal_pointer (&c);
}

static gint64
coder_id (SitrepStore  *store,
          const char   *name,
          GError      **error)
{
  gint64 id = sitrep_store_find_annotator (store, name);

  if (id <= 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("There is no annotator “%s” in this project."), name);
  return id;
}

SitrepEventComparison *
sitrep_event_comparison_compute (SitrepStore  *store,
                                 gint64        article_id,
                                 const char   *a,
                                 const char   *b,
                                 double        km,
                                 GError      **error)
{
  g_autoptr(GArray) codings = NULL;
  gint64 a_id, b_id;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  if ((a_id = coder_id (store, a, error)) <= 0 || (b_id = coder_id (store, b, error)) <= 0)
    return NULL;
  codings = sitrep_store_list_event_codings (store, article_id, error);
  if (codings == NULL)
    return NULL;
  return compare_coders (store, codings, article_id, a, a_id, b, b_id, km, error);
}

static GPtrArray *
compute_for (SitrepStore         *store,
             const char * const  *coders,
             gint64               article_id,
             double               km,
             GError             **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_event_comparison_free);
  g_autoptr(GArray) codings = NULL;
  g_auto(GStrv) all = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (coders == NULL)
    coders = (const char * const *) (all = sitrep_store_list_annotators (store));
  for (guint i = 0; coders != NULL && coders[i] != NULL; i++)
    {
      gint64 id;
      if (coders == (const char * const *) all && g_strcmp0 (coders[i], SITREP_ADJUDICATED_ANNOTATOR) == 0)
        continue;
      if ((id = coder_id (store, coders[i], error)) <= 0)
        return NULL;
      g_array_append_val (ids, id);
      g_ptr_array_add (names, (gpointer) coders[i]);
    }
  codings = sitrep_store_list_event_codings (store, article_id, error);
  if (codings == NULL)
    return NULL;

  for (guint i = 0; i < codings->len;)
    {
      gint64 article = g_array_index (codings, SitrepEventCoding, i).article_id;
      g_autofree gboolean *has = g_new0 (gboolean, ids->len + 1);

      for (; i < codings->len && g_array_index (codings, SitrepEventCoding, i).article_id == article; i++)
        for (guint k = 0; k < ids->len; k++)
          if (g_array_index (ids, gint64, k) == g_array_index (codings, SitrepEventCoding, i).coder_id)
            has[k] = TRUE;
      for (guint x = 0; x < ids->len; x++)
        for (guint y = x + 1; y < ids->len; y++)
          {
            SitrepEventComparison *c;
            if (!has[x] || !has[y])
              continue;
            c = compare_coders (store, codings, article, g_ptr_array_index (names, x), g_array_index (ids, gint64, x),
                                g_ptr_array_index (names, y), g_array_index (ids, gint64, y), km, error);
            if (c == NULL)
              return NULL;
            g_ptr_array_add (out, c);
          }
    }
  return g_steal_pointer (&out);
}

GPtrArray *
sitrep_event_comparison_compute_all (SitrepStore         *store,
                                     const char * const  *coders,
                                     double               km,
                                     GError             **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  return compute_for (store, coders, 0, km, error);
}

GPtrArray *
sitrep_event_comparison_compute_article (SitrepStore  *store,
                                         gint64        article_id,
                                         double        km,
                                         GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (article_id > 0, NULL);

  return compute_for (store, NULL, article_id, km, error);
}

/* ---------------------------------------------------------------- JSON */

static void
add_id_or_null (JsonBuilder *b,
                const char  *name,
                gint64       id)
{
  json_builder_set_member_name (b, name);
  if (id > 0)
    json_builder_add_int_value (b, id);
  else
    json_builder_add_null_value (b);
}

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
add_pair (JsonBuilder     *b,
          SitrepEventPair *p)
{
  json_builder_begin_object (b);
  add_id_or_null (b, "a", p->event_a);
  add_id_or_null (b, "b", p->event_b);
  add_string (b, "date_start", p->date_start);
  add_string (b, "event_type", p->event_type);
  add_string (b, "place", p->place);
  add_id_or_null (b, "kept", p->kept);
  json_builder_set_member_name (b, "differences");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->differences->len; i++)
    {
      SitrepEventDifference *d = g_ptr_array_index (p->differences, i);
      json_builder_begin_object (b);
      add_string (b, "field", d->field);
      add_string (b, "a", d->a);
      add_string (b, "b", d->b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

char *
sitrep_event_comparisons_to_json (GPtrArray *comparisons,
                                  double     km)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) articles = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint matched = 0, agreed = 0;

  g_return_val_if_fail (comparisons != NULL, NULL);

  for (guint i = 0; i < comparisons->len; i++)
    {
      SitrepEventComparison *c = g_ptr_array_index (comparisons, i);
      g_hash_table_add (articles, &c->article_id);
      matched += c->matched;
      agreed += c->agreed;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "km");
  json_builder_add_double_value (b, km);
  json_builder_set_member_name (b, "articles");
  json_builder_add_int_value (b, g_hash_table_size (articles));
  json_builder_set_member_name (b, "matched");
  json_builder_add_int_value (b, matched);
  json_builder_set_member_name (b, "agreed");
  json_builder_add_int_value (b, agreed);
  json_builder_set_member_name (b, "comparisons");
  json_builder_begin_array (b);
  for (guint i = 0; i < comparisons->len; i++)
    {
      SitrepEventComparison *c = g_ptr_array_index (comparisons, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "article");
      json_builder_add_int_value (b, c->article_id);
      add_string (b, "a", c->a);
      add_string (b, "b", c->b);
      json_builder_set_member_name (b, "events_a");
      json_builder_add_int_value (b, c->events_a);
      json_builder_set_member_name (b, "events_b");
      json_builder_add_int_value (b, c->events_b);
      json_builder_set_member_name (b, "matched");
      json_builder_add_int_value (b, c->matched);
      json_builder_set_member_name (b, "agreed");
      json_builder_add_int_value (b, c->agreed);
      json_builder_set_member_name (b, "pairs");
      json_builder_begin_array (b);
      for (guint k = 0; k < c->pairs->len; k++)
        add_pair (b, g_ptr_array_index (c->pairs, k));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

/* ---------------------------------------------------------------- keeping one version */

static gboolean
copy_event_parts (SitrepStore  *store,
                  gint64        from,
                  gint64        to,
                  GError      **error)
{
  g_autoptr(GPtrArray) evidence = sitrep_store_list_event_evidence (store, from, error);
  g_autoptr(GPtrArray) claims = evidence != NULL ? sitrep_store_list_claims (store, from, error) : NULL;

  if (claims == NULL)
    return FALSE;
  for (guint i = 0; i < evidence->len; i++)
    {
      SitrepEvidence *e = g_ptr_array_index (evidence, i);
      if (sitrep_store_add_event_evidence (store, to, e->article_id, e->start, e->end, error) == 0)
        return FALSE;
    }
  for (guint i = 0; i < claims->len; i++)
    {
      SitrepClaim *c = g_ptr_array_index (claims, i);
      SitrepClaimDraft d = SITREP_CLAIM_DRAFT_INIT;

      sitrep_claim_kind_from_string (sitrep_claim_get_kind (c), &d.kind);
      sitrep_qualifier_from_string (sitrep_claim_get_qualifier (c), &d.qualifier);
      sitrep_victim_side_from_string (sitrep_claim_get_victim_side (c), &d.victim_side);
      d.count_low = sitrep_claim_get_count_low (c);
      d.count_high = sitrep_claim_get_count_high (c);
      d.claimant_id = sitrep_claim_get_claimant_id (c);
      d.claimant_text = sitrep_claim_get_claimant_text (c);
      d.article_id = sitrep_claim_get_article_id (c);
      d.annotation_id = sitrep_claim_get_annotation_id (c);
      if (sitrep_store_add_claim (store, to, &d, error) == 0)
        return FALSE;
    }
  return TRUE;
}

gint64
sitrep_event_comparison_keep (SitrepStore  *store,
                              gint64        event_id,
                              GError      **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  SitrepEventDraft d;
  SitrepEvent *e;
  gint64 adjudicator, id = 0;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (store), 0);

  if (!sitrep_store_get_events (store, &event_id, 1, events, error))
    return 0;
  if (events->len == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("There is no event %lld in this project."), (long long) event_id);
      return 0;
    }
  e = g_ptr_array_index (events, 0);
  sitrep_event_draft_init_from_event (&d, e);

  /* One step to undo, and all of it or nothing. */
  sitrep_store_begin_group (store, _("Keep This Version of the Event"));
  ok = _sitrep_store_unit_begin (store, error);
  if (ok)
    {
      ok = (adjudicator = sitrep_store_ensure_annotator (store, SITREP_ADJUDICATED_ANNOTATOR, error)) > 0 &&
           (id = sitrep_store_create_event (store, &d, error)) > 0 &&
           sitrep_store_set_event_coder (store, id, adjudicator, error) &&
           copy_event_parts (store, event_id, id, error);
      ok = _sitrep_store_unit_end (store, ok, ok ? error : NULL);
    }
  sitrep_store_end_group (store);
  return ok ? id : 0;
}
