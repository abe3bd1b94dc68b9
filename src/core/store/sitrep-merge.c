/* sitrep-merge.c — bringing a coder's copy of a project back into it
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-merge"

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-fetch.h"
#include "sitrep-claims.h"
#include "sitrep-import-record.h"
#include "sitrep-merge.h"
#include "sitrep-store-datasets.h"
#include "sitrep-store-bulk-private.h"
#include "sitrep-store-private.h"

typedef struct
{
  SitrepStore       *ours;
  SitrepStore       *theirs;
  char              *theirs_name;
  SitrepMergeReport *report;
  GHashTable        *entities;     /* their entity id → ours */
  GHashTable        *articles;     /* their article id → ours (0: not merged) */
  GHashTable        *annotations;  /* their annotation id → ours */
  GHashTable        *labels;       /* their label name → our label id */
} Merge;

#define ID(x) GINT_TO_POINTER ((gint) (x))
#define MAPPED(table, id) ((gint64) GPOINTER_TO_INT (g_hash_table_lookup ((table), ID (id))))

void
sitrep_merge_report_clear (SitrepMergeReport *report)
{
  g_clear_pointer (&report->conflicts, g_ptr_array_unref);
  memset (report, 0, sizeof *report);
}

static void
conflict (Merge      *m,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
conflict (Merge      *m,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (m->report->conflicts, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
merge_entity (Merge         *m,
              SitrepEntity  *theirs,
              GError       **error)
{
  const char *kind = sitrep_entity_get_kind (theirs);
  const char *name = sitrep_entity_get_name (theirs);
  const char * const *aliases = sitrep_entity_get_aliases (theirs);
  g_autoptr(GPtrArray) found = sitrep_store_find_entities (m->ours, kind, name, error);
  gint64 ours = 0;

  if (found == NULL)
    return FALSE;
  /* Their name or any of their spellings may be one of ours. */
  for (guint i = 0; found->len == 0 && aliases != NULL && aliases[i] != NULL; i++)
    {
      g_ptr_array_unref (found);
      found = sitrep_store_find_entities (m->ours, kind, aliases[i], error);
      if (found == NULL)
        return FALSE;
    }

  if (found->len > 0)
    {
      SitrepEntity *e = g_ptr_array_index (found, 0);
      ours = sitrep_entity_get_id (e);
      m->report->entities_present++;
    }
  else
    {
      ours = sitrep_store_add_entity (m->ours, kind, name, error);
      if (ours == 0)
        return FALSE;
      m->report->entities_added++;
      if (sitrep_entity_get_actor_type (theirs) != NULL &&
          !sitrep_store_set_entity_actor_type (m->ours, ours, sitrep_entity_get_actor_type (theirs), error))
        return FALSE;
      if (!isnan (sitrep_entity_get_latitude (theirs)) &&
          !sitrep_store_set_entity_place (m->ours, ours, sitrep_entity_get_latitude (theirs),
                                          sitrep_entity_get_longitude (theirs), sitrep_entity_get_admin1 (theirs),
                                          sitrep_entity_get_country (theirs), NULL, error))
        return FALSE;
    }

  /* Spellings we do not have yet become aliases. */
  {
    g_autoptr(SitrepEntity) now = sitrep_store_get_entity (m->ours, ours, error);
    const char * const *have;

    if (now == NULL)
      return FALSE;
    have = sitrep_entity_get_aliases (now);
    for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
      if ((have == NULL || !g_strv_contains (have, aliases[i])) && g_strcmp0 (aliases[i], sitrep_entity_get_name (now)) != 0 &&
          !sitrep_store_add_alias (m->ours, ours, aliases[i], error))
        return FALSE;
    if (g_strcmp0 (name, sitrep_entity_get_name (now)) != 0 && (have == NULL || !g_strv_contains (have, name)) &&
        !sitrep_store_add_alias (m->ours, ours, name, error))
      return FALSE;
  }

  g_hash_table_insert (m->entities, ID (sitrep_entity_get_id (theirs)), ID (ours));
  return TRUE;
}

static gboolean
merge_entities (Merge         *m,
                GError       **error)
{
  const char *kinds[] = { "actor", "person", "place" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) list = sitrep_store_list_entities (m->theirs, kinds[k], error);
      if (list == NULL)
        return FALSE;
      for (guint i = 0; i < list->len; i++)
        if (!merge_entity (m, g_ptr_array_index (list, i), error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
merge_labels (Merge   *m,
              GError **error)
{
  g_autoptr(GPtrArray) ours = sitrep_store_list_labels (m->ours, error);
  g_autoptr(GPtrArray) theirs = ours != NULL ? sitrep_store_list_labels (m->theirs, error) : NULL;

  if (theirs == NULL)
    return FALSE;
  for (guint i = 0; i < theirs->len; i++)
    {
      SitrepLabel *t = g_ptr_array_index (theirs, i);
      gint64 id = 0;

      for (guint k = 0; k < ours->len && id == 0; k++)
        if (g_strcmp0 (sitrep_label_get_name (g_ptr_array_index (ours, k)), sitrep_label_get_name (t)) == 0)
          id = sitrep_label_get_id (g_ptr_array_index (ours, k));
      if (id == 0)
        {
          /* A label the coder made: it comes with its kind and colour, not its
           * key, which may be taken here. */
          id = sitrep_store_add_label (m->ours, sitrep_label_get_name (t), sitrep_label_get_kind (t),
                                       sitrep_label_get_color (t), NULL, sitrep_label_get_description (t), error);
          if (id == 0)
            return FALSE;
        }
      g_hash_table_insert (m->labels, g_strdup (sitrep_label_get_name (t)), ID (id));
    }
  return TRUE;
}

static gboolean
merge_annotations (Merge         *m,
                   gint64         theirs_article,
                   gint64         ours_article,
                   GError       **error)
{
  g_autoptr(GPtrArray) theirs = sitrep_store_list_annotations (m->theirs, theirs_article, 0, error);
  g_autoptr(GPtrArray) ours = theirs != NULL ? sitrep_store_list_annotations (m->ours, ours_article, 0, error) : NULL;

  if (ours == NULL)
    return FALSE;
  for (guint i = 0; i < theirs->len; i++)
    {
      SitrepAnnotation *t = g_ptr_array_index (theirs, i);
      const char *who = sitrep_annotation_get_annotator (t);
      gint64 present = 0, annotator = 0, id;
      SitrepAnnotation *differs = NULL;

      for (guint k = 0; k < ours->len && present == 0; k++)
        {
          SitrepAnnotation *o = g_ptr_array_index (ours, k);
          if (sitrep_annotation_get_start (o) != sitrep_annotation_get_start (t) ||
              sitrep_annotation_get_end (o) != sitrep_annotation_get_end (t) ||
              g_strcmp0 (sitrep_annotation_get_annotator (o), who) != 0)
            continue;
          if (g_strcmp0 (sitrep_annotation_get_label (o), sitrep_annotation_get_label (t)) == 0)
            present = sitrep_annotation_get_id (o);
          else
            differs = o;
        }
      if (present != 0)
        {
          g_hash_table_insert (m->annotations, ID (sitrep_annotation_get_id (t)), ID (present));
          m->report->annotations_present++;
          continue;
        }
      if (differs != NULL)
        conflict (m, _("%s labelled “%s” (article %" PRId64 ") %s here and %s in %s; both are kept."),
                  who != NULL ? who : _("Someone"), sitrep_annotation_get_text (t), ours_article,
                  sitrep_annotation_get_label (differs), sitrep_annotation_get_label (t), m->theirs_name);

      if (who != NULL && (annotator = sitrep_store_ensure_annotator (m->ours, who, error)) == 0)
        return FALSE;
      id = sitrep_store_add_annotation (m->ours, ours_article,
                                        GPOINTER_TO_INT (g_hash_table_lookup (m->labels, sitrep_annotation_get_label (t))),
                                        sitrep_annotation_get_start (t), sitrep_annotation_get_end (t), annotator,
                                        MAPPED (m->entities, sitrep_annotation_get_entity_id (t)),
                                        sitrep_annotation_get_attributes (t), error);
      if (id == 0)
        return FALSE;
      g_hash_table_insert (m->annotations, ID (sitrep_annotation_get_id (t)), ID (id));
      m->report->annotations_added++;
    }
  return TRUE;
}

/* The adjudicator's rejections of every version of a stretch come along,
 * so adjudicating the article here does not ask about it again. */
static gboolean
merge_rejections (Merge         *m,
                  gint64         theirs_article,
                  gint64         ours_article,
                  GError       **error)
{
  g_autoptr(GArray) rejected = sitrep_store_list_adjudication_rejections (m->theirs, theirs_article, error);

  if (rejected == NULL)
    return FALSE;
  for (guint i = 0; i < rejected->len; i++)
    {
      SitrepStretch *s = &g_array_index (rejected, SitrepStretch, i);
      if (!sitrep_store_add_adjudication_rejection (m->ours, ours_article, s->start, s->end, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
merge_articles (Merge         *m,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  SitrepArticleQuery query = SITREP_ARTICLE_QUERY_INIT;

  ids = sitrep_store_query_article_ids (m->theirs, &query, error);
  if (ids == NULL)
    return FALSE;
  for (guint i = ids->len; i > 0; i--)
    {
      gint64 theirs = g_array_index (ids, gint64, i - 1);
      g_autofree char *body = NULL;
      g_autofree char *our_body = NULL;
      g_autoptr(SitrepArticle) article = NULL;
      gint64 ours;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      body = sitrep_store_get_article_body (m->theirs, theirs, error);
      article = body != NULL ? sitrep_store_get_article (m->theirs, theirs, error) : NULL;
      if (article == NULL)
        return FALSE;

      ours = sitrep_store_find_duplicate (m->ours, body);
      if (ours != 0)
        {
          our_body = sitrep_store_get_article_body (m->ours, ours, error);
          if (our_body == NULL)
            return FALSE;
          if (strcmp (our_body, body) != 0)
            {
              /* Offsets would not fit: the spans of such an article stay out. */
              conflict (m, _("“%s” has the same words here and in %s but not the same spacing; its annotations "
                             "were not brought in."), sitrep_article_get_title (article), m->theirs_name);
              continue;
            }
          m->report->articles_present++;
        }
      else
        {
          SitrepImportRecord record = { 0 };
          g_autofree char *encoding = NULL;
          g_autoptr(GBytes) original = sitrep_store_get_article_original (m->theirs, theirs, &encoding, NULL);
          g_autofree char *archive_url = NULL;
          g_autofree char *captured = NULL;

          record.title = (char *) sitrep_article_get_title (article);
          record.body = body;
          record.original = original;
          record.original_name = (char *) "merge";
          record.original_type = (char *) "text/plain";
          record.original_encoding = encoding;
          record.url = (char *) sitrep_article_get_url (article);
          record.author = (char *) sitrep_article_get_author (article);
          record.source = (char *) sitrep_article_get_source (article);
          record.published = (char *) sitrep_article_get_published (article);
          record.published_precision = sitrep_article_get_published_precision (article);
          record.published_note = (char *) sitrep_article_get_published_note (article);
          record.language = (char *) sitrep_article_get_language (article);
          /* an archived page keeps where and when it was archived */
          sitrep_store_get_article_archive (m->theirs, theirs, &archive_url, &captured);
          record.archive_url = archive_url;
          record.captured = captured;
          ours = sitrep_store_add_article (m->ours, &record, NULL, error);
          if (ours == 0)
            return FALSE;
          m->report->articles_added++;
        }
      g_hash_table_insert (m->articles, ID (theirs), ID (ours));
      if (!merge_annotations (m, theirs, ours, error) || !merge_rejections (m, theirs, ours, error))
        return FALSE;
    }
  return TRUE;
}

static gint64 *
map_ids (Merge  *m,
         GArray *ids)
{
  gint64 *out = g_new0 (gint64, ids != NULL ? ids->len + 1 : 1);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    out[i] = MAPPED (m->entities, g_array_index (ids, gint64, i));
  return out;
}

static void
claim_draft_from (Merge            *m,
                  SitrepClaim      *c,
                  SitrepClaimDraft *d)
{
  *d = (SitrepClaimDraft) SITREP_CLAIM_DRAFT_INIT;
  sitrep_claim_kind_from_string (sitrep_claim_get_kind (c), &d->kind);
  sitrep_qualifier_from_string (sitrep_claim_get_qualifier (c), &d->qualifier);
  sitrep_victim_side_from_string (sitrep_claim_get_victim_side (c), &d->victim_side);
  d->count_low = sitrep_claim_get_count_low (c);
  d->count_high = sitrep_claim_get_count_high (c);
  d->claimant_id = MAPPED (m->entities, sitrep_claim_get_claimant_id (c));
  d->claimant_text = sitrep_claim_get_claimant_text (c);
  d->article_id = MAPPED (m->articles, sitrep_claim_get_article_id (c));
  d->annotation_id = MAPPED (m->annotations, sitrep_claim_get_annotation_id (c));
}

static gboolean
merge_claims (Merge         *m,
              gint64         theirs_event,
              gint64         ours_event,
              GError       **error)
{
  g_autoptr(GPtrArray) theirs = sitrep_store_list_claims (m->theirs, theirs_event, error);
  g_autoptr(GPtrArray) ours = theirs != NULL ? sitrep_store_list_claims (m->ours, ours_event, error) : NULL;

  if (ours == NULL)
    return FALSE;
  for (guint i = 0; i < theirs->len; i++)
    {
      SitrepClaimDraft d;
      gboolean present = FALSE;

      claim_draft_from (m, g_ptr_array_index (theirs, i), &d);
      for (guint k = 0; k < ours->len && !present; k++)
        {
          SitrepClaimDraft o;
          claim_draft_from (m, g_ptr_array_index (ours, k), &o);
          /* Ours are mapped through their ids too, harmlessly: ids of our own
           * entities are not keys of the map, so compare the raw ones. */
          o.claimant_id = sitrep_claim_get_claimant_id (g_ptr_array_index (ours, k));
          o.article_id = sitrep_claim_get_article_id (g_ptr_array_index (ours, k));
          present = o.kind == d.kind && o.count_low == d.count_low && o.count_high == d.count_high &&
                    o.qualifier == d.qualifier && o.article_id == d.article_id && o.claimant_id == d.claimant_id;
        }
      if (present)
        {
          m->report->claims_present++;
          continue;
        }
      if (sitrep_store_add_claim (m->ours, ours_event, &d, error) == 0)
        return FALSE;
      m->report->claims_added++;
    }
  return TRUE;
}

static gboolean
same_place (Merge       *m,
            SitrepEvent *ours,
            SitrepEvent *theirs)
{
  gint64 place = MAPPED (m->entities, sitrep_event_get_place_id (theirs));

  if (place != 0 || sitrep_event_get_place_id (ours) != 0)
    return place == sitrep_event_get_place_id (ours);
  return g_strcmp0 (sitrep_event_get_location (ours), sitrep_event_get_location (theirs)) == 0;
}

static void
compare_field (Merge       *m,
               SitrepEvent *ours,
               const char  *field,
               const char  *a,
               const char  *b)
{
  if (g_strcmp0 (a, b) != 0)
    conflict (m, _("The event of %s at %s: its %s is “%s” here and “%s” in %s."),
              sitrep_event_get_date_start (ours) != NULL ? sitrep_event_get_date_start (ours) : _("an unknown date"),
              sitrep_event_get_place_name (ours) != NULL ? sitrep_event_get_place_name (ours)
              : sitrep_event_get_location (ours) != NULL ? sitrep_event_get_location (ours) : _("an unknown place"),
              field, a != NULL ? a : "", b != NULL ? b : "", m->theirs_name);
}

/* A new event records the window's coder: one brought in keeps its own. */
static gboolean
keep_coder (Merge       *m,
            gint64       event_id,
            const char  *coder,
            GError     **error)
{
  gint64 id = 0;

  if (coder != NULL && (id = sitrep_store_ensure_annotator (m->ours, coder, error)) == 0)
    return FALSE;
  if (id == sitrep_store_get_event_coder_default (m->ours))
    return TRUE;
  return sitrep_store_set_event_coder (m->ours, event_id, id, error);
}

static gboolean
merge_event (Merge         *m,
             SitrepEvent   *theirs,
             GPtrArray     *ours_all,
             GError       **error)
{
  SitrepEvent *match = NULL;
  g_autofree char *coder = NULL;
  gint64 ours_id;

  /* Another coder's event is theirs to keep, even where it is the same
   * incident as one of ours: agreement and adjudication compare the two. */
  if (sitrep_store_get_event_coder (m->theirs, sitrep_event_get_id (theirs), &coder, error) < 0)
    return FALSE;
  for (guint k = 0; k < ours_all->len && match == NULL; k++)
    {
      SitrepEvent *o = g_ptr_array_index (ours_all, k);
      g_autofree char *our_coder = NULL;

      if (g_strcmp0 (sitrep_event_get_date_start (o), sitrep_event_get_date_start (theirs)) != 0 ||
          g_strcmp0 (sitrep_event_get_event_type (o), sitrep_event_get_event_type (theirs)) != 0 ||
          !same_place (m, o, theirs))
        continue;
      if (sitrep_store_get_event_coder (m->ours, sitrep_event_get_id (o), &our_coder, error) < 0)
        return FALSE;
      if (g_strcmp0 (our_coder, coder) == 0)
        match = o;
    }

  if (match != NULL)
    {
      g_autofree char *a1 = g_strdup (sitrep_event_get_actor1 (theirs));
      ours_id = sitrep_event_get_id (match);
      m->report->events_present++;
      compare_field (m, match, _("sub-event type"), sitrep_event_get_sub_event_type (match),
                     sitrep_event_get_sub_event_type (theirs));
      compare_field (m, match, _("end date"), sitrep_event_get_date_end (match), sitrep_event_get_date_end (theirs));
      compare_field (m, match, _("first actor"), sitrep_event_get_actor1 (match), a1);
      compare_field (m, match, _("second actor"), sitrep_event_get_actor2 (match), sitrep_event_get_actor2 (theirs));
      compare_field (m, match, _("description"), sitrep_event_get_description (match),
                     sitrep_event_get_description (theirs));
    }
  else
    {
      SitrepEventDraft d;
      g_autofree gint64 *assoc1 = map_ids (m, sitrep_event_get_assoc_actor1_ids (theirs));
      g_autofree gint64 *assoc2 = map_ids (m, sitrep_event_get_assoc_actor2_ids (theirs));

      sitrep_event_draft_init_from_event (&d, theirs);
      d.place_id = MAPPED (m->entities, d.place_id);
      d.actor1_id = MAPPED (m->entities, d.actor1_id);
      d.actor2_id = MAPPED (m->entities, d.actor2_id);
      d.assoc1_ids = assoc1;
      d.assoc2_ids = assoc2;
      ours_id = sitrep_store_create_event (m->ours, &d, error);
      if (ours_id == 0 || !keep_coder (m, ours_id, coder, error))
        return FALSE;
      m->report->events_added++;
    }

  if (!merge_claims (m, sitrep_event_get_id (theirs), ours_id, error))
    return FALSE;

  /* Evidence: the same span of the same article is not added twice. */
  {
    g_autoptr(GPtrArray) theirs_ev = sitrep_store_list_event_evidence (m->theirs, sitrep_event_get_id (theirs), error);
    g_autoptr(GPtrArray) ours_ev = theirs_ev != NULL ? sitrep_store_list_event_evidence (m->ours, ours_id, error) : NULL;

    if (ours_ev == NULL)
      return FALSE;
    for (guint i = 0; i < theirs_ev->len; i++)
      {
        SitrepEvidence *e = g_ptr_array_index (theirs_ev, i);
        gint64 article = MAPPED (m->articles, e->article_id);
        gboolean present = FALSE;

        if (article == 0)
          continue;
        for (guint k = 0; k < ours_ev->len && !present; k++)
          {
            SitrepEvidence *o = g_ptr_array_index (ours_ev, k);
            present = o->article_id == article && o->start == e->start && o->end == e->end;
          }
        if (!present && sitrep_store_add_event_evidence (m->ours, ours_id, article, e->start, e->end, error) == 0)
          return FALSE;
      }
  }
  return TRUE;
}

static gboolean
merge_events (Merge         *m,
              GCancellable  *cancellable,
              GError       **error)
{
  SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
  g_autoptr(GArray) theirs_ids = sitrep_store_query_event_ids (m->theirs, &query, error);
  g_autoptr(GArray) ours_ids = theirs_ids != NULL ? sitrep_store_query_event_ids (m->ours, &query, error) : NULL;
  g_autoptr(GPtrArray) theirs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func (g_object_unref);

  if (ours_ids == NULL ||
      !sitrep_store_get_events (m->theirs, (gint64 *) theirs_ids->data, theirs_ids->len, theirs, error) ||
      !sitrep_store_get_events (m->ours, (gint64 *) ours_ids->data, ours_ids->len, ours, error))
    return FALSE;

  for (guint i = 0; i < theirs->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!merge_event (m, g_ptr_array_index (theirs, i), ours, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_store_merge_project (SitrepStore        *store,
                            const char         *other_path,
                            SitrepMergeReport  *report,
                            GCancellable       *cancellable,
                            GError            **error)
{
  g_autoptr(SitrepStore) theirs = NULL;
  g_autoptr(SitrepStore) writer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *description = NULL;
  Merge m = { 0 };
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (other_path != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  memset (report, 0, sizeof *report);
  report->conflicts = g_ptr_array_new_with_free_func (g_free);

  if (g_strcmp0 (sitrep_store_get_path (store), other_path) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A project cannot be merged into itself; choose a coder's copy."));
      return FALSE;
    }
  theirs = sitrep_store_open (other_path, SITREP_STORE_OPEN_READ_ONLY, error);
  if (theirs == NULL)
    return FALSE;
  /* The whole merge is one transaction on a connection of its own: a
   * failure, a cancel or a kill anywhere leaves the project as it was, and
   * the window's reads go on meanwhile and see it as it was until the end. */
  writer = _sitrep_store_bulk_writer (store, error);
  if (writer == NULL)
    return FALSE;

  m.ours = writer;
  m.theirs = theirs;
  m.theirs_name = g_path_get_basename (other_path);
  m.report = report;
  m.entities = g_hash_table_new (NULL, NULL);
  m.articles = g_hash_table_new (NULL, NULL);
  m.annotations = g_hash_table_new (NULL, NULL);
  m.labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  description = g_strdup_printf (_("Merge Work from %s"), m.theirs_name);
  sitrep_store_begin_group (writer, description);
  ok = _sitrep_store_unit_begin (writer, &local_error);
  if (ok)
    {
      ok = merge_labels (&m, &local_error) &&
           merge_entities (&m, &local_error) &&
           merge_articles (&m, cancellable, &local_error) &&
           merge_events (&m, cancellable, &local_error) &&
           !g_cancellable_set_error_if_cancelled (cancellable, &local_error);
      ok = _sitrep_store_unit_end (writer, ok, ok ? &local_error : NULL);
    }
  sitrep_store_end_group (writer);

  if (!ok)
    {
      /* Nothing of it was committed: the report says nothing was merged. */
      g_propagate_error (error, g_steal_pointer (&local_error));
      g_ptr_array_set_size (report->conflicts, 0);
      report->articles_added = report->articles_present = 0;
      report->entities_added = report->entities_present = 0;
      report->annotations_added = report->annotations_present = 0;
      report->events_added = report->events_present = 0;
      report->claims_added = report->claims_present = 0;
    }

  g_free (m.theirs_name);
  g_hash_table_unref (m.entities);
  g_hash_table_unref (m.articles);
  g_hash_table_unref (m.annotations);
  g_hash_table_unref (m.labels);
  return ok;
}

typedef struct
{
  char              *path;
  char              *annotator;
  gboolean           blind;
  SitrepMergeReport  report;
} MergeTask;

static void
merge_task_free (MergeTask *job)
{
  g_free (job->path);
  g_free (job->annotator);
  sitrep_merge_report_clear (&job->report);
  g_free (job);
}

static void
merge_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  MergeTask *job = task_data;
  GError *error = NULL;

  if (sitrep_store_merge_project (SITREP_STORE (source_object), job->path, &job->report, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_store_merge_project_async:
 * @other_path: the coder's copy
 *
 * sitrep_store_merge_project() on a worker thread, on a connection of its
 * own: the caller's reads of @store go on meanwhile and see the project as
 * it was until the merge commits. A cancel leaves the project as it was.
 */
void
sitrep_store_merge_project_async (SitrepStore         *store,
                                  const char          *other_path,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  MergeTask *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (other_path != NULL);

  job = g_new0 (MergeTask, 1);
  job->path = g_strdup (other_path);
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_store_merge_project_async);
  /* The result says what happened: a cancel that came too late to stop
   * it does not hide that it was done. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) merge_task_free);
  g_task_run_in_thread (task, merge_thread);
}

/**
 * sitrep_store_merge_project_finish:
 * @report: (out caller-allocates): what was merged and what differs; clear
 *   it with sitrep_merge_report_clear()
 *
 * Returns: %TRUE when merged; %FALSE with @error (G_IO_ERROR_CANCELLED after
 * a cancel) when nothing was.
 */
gboolean
sitrep_store_merge_project_finish (SitrepStore        *store,
                                   GAsyncResult       *result,
                                   SitrepMergeReport  *report,
                                   GError            **error)
{
  MergeTask *job;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_store_merge_project_async, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  *report = job->report;
  memset (&job->report, 0, sizeof job->report);
  if (report->conflicts == NULL)
    report->conflicts = g_ptr_array_new_with_free_func (g_free);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MergeTask *job = task_data;
  GError *error = NULL;

  /* The copy is a new file, built beside its name and renamed: a cancel
   * before it begins writes nothing, and once begun it is completed. */
  if (g_task_return_error_if_cancelled (task))
    return;
  if (sitrep_store_save_coder_copy (SITREP_STORE (source_object), job->path, job->annotator, job->blind, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sitrep_store_save_coder_copy_async:
 *
 * sitrep_store_save_coder_copy() on a worker thread. A cancel before the
 * copy begins writes nothing; once begun, the copy is completed.
 */
void
sitrep_store_save_coder_copy_async (SitrepStore         *store,
                                    const char          *path,
                                    const char          *annotator,
                                    gboolean             blind,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  MergeTask *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (path != NULL);

  job = g_new0 (MergeTask, 1);
  job->path = g_strdup (path);
  job->annotator = g_strdup (annotator);
  job->blind = blind;
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_store_save_coder_copy_async);
  /* The result says what happened: a cancel that came too late to stop
   * it does not hide that it was done. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) merge_task_free);
  g_task_run_in_thread (task, copy_thread);
}

gboolean
sitrep_store_save_coder_copy_finish (SitrepStore   *store,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_store_save_coder_copy_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
