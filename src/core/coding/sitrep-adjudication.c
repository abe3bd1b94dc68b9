/* sitrep-adjudication.c — from several coders' spans to one adjudicated (gold) layer
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-adjudication"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-adjudication.h"
#include "sitrep-store-datasets.h"

static void
version_free (SitrepVersion *v)
{
  g_free (v->annotator);
  g_free (v->label);
  g_free (v->text);
  g_free (v);
}

static void
disagreement_free (SitrepDisagreement *d)
{
  g_ptr_array_unref (d->versions);
  g_strfreev (d->missing);
  g_free (d);
}

void
sitrep_adjudication_free (SitrepAdjudication *adjudication)
{
  if (adjudication == NULL)
    return;
  g_clear_pointer (&adjudication->disagreements, g_ptr_array_unref);
  g_free (adjudication);
}

static gboolean
same_span (SitrepAnnotation *a,
           SitrepAnnotation *b)
{
  return sitrep_annotation_get_start (a) == sitrep_annotation_get_start (b) &&
         sitrep_annotation_get_end (a) == sitrep_annotation_get_end (b) &&
         g_strcmp0 (sitrep_annotation_get_label (a), sitrep_annotation_get_label (b)) == 0;
}

static gboolean
overlaps (guint s1, guint e1, guint s2, guint e2)
{
  return s1 < e2 && s2 < e1;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  SitrepAnnotation *x = *(SitrepAnnotation **) a, *y = *(SitrepAnnotation **) b;

  if (sitrep_annotation_get_start (x) != sitrep_annotation_get_start (y))
    return sitrep_annotation_get_start (x) < sitrep_annotation_get_start (y) ? -1 : 1;
  return g_strcmp0 (sitrep_annotation_get_annotator (x), sitrep_annotation_get_annotator (y));
}

static SitrepVersion *
version_new (SitrepAnnotation *a)
{
  SitrepVersion *v = g_new0 (SitrepVersion, 1);

  v->annotator = g_strdup (sitrep_annotation_get_annotator (a));
  v->annotation_id = sitrep_annotation_get_id (a);
  v->start = sitrep_annotation_get_start (a);
  v->end = sitrep_annotation_get_end (a);
  v->label = g_strdup (sitrep_annotation_get_label (a));
  v->text = g_strdup (sitrep_annotation_get_text (a));
  return v;
}

static gint64
copy_to_gold (SitrepStore       *store,
              gint64             gold,
              SitrepAnnotation  *a,
              GError           **error)
{
  return sitrep_store_add_annotation (store, sitrep_annotation_get_article_id (a), sitrep_annotation_get_label_id (a),
                                      sitrep_annotation_get_start (a), sitrep_annotation_get_end (a), gold,
                                      sitrep_annotation_get_entity_id (a), sitrep_annotation_get_attributes (a), error);
}

/* The rest in clusters of overlapping spans, skipping stretches the
 * adjudicated layer has decided and those the adjudicator rejected. */
static void
add_disagreements (SitrepAdjudication *result,
                   GPtrArray          *rest,
                   GPtrArray          *gold_spans,
                   GArray             *rejected,
                   GPtrArray          *coded)
{
  g_ptr_array_sort (rest, compare_by_start);
  for (guint i = 0; i < rest->len;)
    {
      SitrepAnnotation *a = g_ptr_array_index (rest, i);
      SitrepDisagreement *d = g_new0 (SitrepDisagreement, 1);
      g_autoptr(GPtrArray) missing = g_ptr_array_new ();
      gboolean decided = FALSE;

      d->start = sitrep_annotation_get_start (a);
      d->end = sitrep_annotation_get_end (a);
      d->versions = g_ptr_array_new_with_free_func ((GDestroyNotify) version_free);
      for (; i < rest->len; i++)
        {
          SitrepAnnotation *b = g_ptr_array_index (rest, i);
          if (sitrep_annotation_get_start (b) >= d->end)
            break;
          d->end = MAX (d->end, sitrep_annotation_get_end (b));
          g_ptr_array_add (d->versions, version_new (b));
        }
      for (guint k = 0; k < gold_spans->len && !decided; k++)
        {
          SitrepAnnotation *g = g_ptr_array_index (gold_spans, k);
          decided = overlaps (d->start, d->end, sitrep_annotation_get_start (g), sitrep_annotation_get_end (g));
        }
      for (guint k = 0; k < rejected->len && !decided; k++)
        {
          SitrepStretch *r = &g_array_index (rejected, SitrepStretch, k);
          decided = r->start <= d->start && d->end <= r->end;
        }
      if (decided)
        {
          disagreement_free (d);
          continue;
        }
      for (guint c = 0; c < coded->len; c++)
        {
          gboolean has = FALSE;
          for (guint k = 0; k < d->versions->len && !has; k++)
            has = g_strcmp0 (((SitrepVersion *) g_ptr_array_index (d->versions, k))->annotator,
                             g_ptr_array_index (coded, c)) == 0;
          if (!has)
            g_ptr_array_add (missing, g_ptr_array_index (coded, c));
        }
      g_ptr_array_add (missing, NULL);
      d->missing = g_strdupv ((char **) missing->pdata);
      g_ptr_array_add (result->disagreements, d);
    }
}

SitrepAdjudication *
sitrep_adjudication_start (SitrepStore         *store,
                           gint64               article_id,
                           const char * const  *coders,
                           GError             **error)
{
  g_autoptr(SitrepAdjudication) result = g_new0 (SitrepAdjudication, 1);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) gold_spans = g_ptr_array_new ();
  g_autoptr(GPtrArray) coded = g_ptr_array_new_with_free_func (g_free);   /* coders who annotated here */
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autoptr(GArray) rejected = NULL;
  gint64 gold = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  all = sitrep_store_list_annotations (store, article_id, 0, error);
  if (all == NULL)
    return NULL;

  for (guint i = 0; i < all->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (all, i);
      const char *who = sitrep_annotation_get_annotator (a);
      gboolean seen = FALSE;

      if (g_strcmp0 (who, SITREP_ADJUDICATED_ANNOTATOR) == 0)
        {
          g_ptr_array_add (gold_spans, a);
          continue;
        }
      if (who == NULL || (coders != NULL && !g_strv_contains (coders, who)))
        continue;
      for (guint k = 0; k < coded->len && !seen; k++)
        seen = g_strcmp0 (g_ptr_array_index (coded, k), who) == 0;
      if (!seen)
        g_ptr_array_add (coded, g_strdup (who));
    }
  if (coded->len < 2)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("There is nothing to adjudicate here: fewer than two coders annotated this article."));
      return NULL;
    }

  result->article_id = article_id;
  result->disagreements = g_ptr_array_new_with_free_func ((GDestroyNotify) disagreement_free);
  sitrep_store_begin_group (store, _("Accept Agreed Spans"));
  for (guint i = 0; i < all->len; i++)
    {
      SitrepAnnotation *a = g_ptr_array_index (all, i);
      const char *who = sitrep_annotation_get_annotator (a);
      guint alike = 0;
      gboolean first = TRUE, in_gold = FALSE;

      if (who == NULL || g_strcmp0 (who, SITREP_ADJUDICATED_ANNOTATOR) == 0 ||
          !g_ptr_array_find_with_equal_func (coded, who, g_str_equal, NULL))
        continue;
      /* Count the coders who made this very span; the first of them adds it. */
      for (guint k = 0; k < all->len; k++)
        {
          SitrepAnnotation *b = g_ptr_array_index (all, k);
          const char *bwho = sitrep_annotation_get_annotator (b);
          if (bwho == NULL || !g_ptr_array_find_with_equal_func (coded, bwho, g_str_equal, NULL) || !same_span (a, b))
            continue;
          alike++;
          if (k < i && g_strcmp0 (bwho, who) != 0)
            first = FALSE;
        }
      for (guint k = 0; k < gold_spans->len && !in_gold; k++)
        in_gold = same_span (a, g_ptr_array_index (gold_spans, k));

      if (alike >= coded->len)
        {
          if (!first)
            continue;
          if (in_gold)
            result->agreed_present++;
          else
            {
              if (gold == 0 && (gold = sitrep_store_ensure_annotator (store, SITREP_ADJUDICATED_ANNOTATOR, error)) == 0)
                break;
              if (copy_to_gold (store, gold, a, error) == 0)
                break;
              result->agreed_added++;
            }
        }
      else
        g_ptr_array_add (rest, a);
    }
  sitrep_store_end_group (store);
  if (error != NULL && *error != NULL)
    return NULL;

  rejected = sitrep_store_list_adjudication_rejections (store, article_id, error);
  if (rejected == NULL)
    return NULL;

  add_disagreements (result, rest, gold_spans, rejected, coded);

  return g_steal_pointer (&result);
}

gint64
sitrep_adjudication_keep (SitrepStore          *store,
                          const SitrepVersion  *version,
                          GError              **error)
{
  g_return_val_if_fail (version != NULL, 0);

  return sitrep_adjudication_keep_edited (store, version, version->start, version->end, 0, error);
}

gint64
sitrep_adjudication_keep_edited (SitrepStore          *store,
                                 const SitrepVersion  *version,
                                 guint                 start,
                                 guint                 end,
                                 gint64                label_id,
                                 GError              **error)
{
  g_autoptr(SitrepAnnotation) a = NULL;
  g_autofree char *body = NULL;
  gint64 gold;

  g_return_val_if_fail (SITREP_IS_STORE (store), 0);
  g_return_val_if_fail (version != NULL, 0);

  a = sitrep_store_get_annotation (store, version->annotation_id, error);
  if (a == NULL)
    return 0;
  body = sitrep_store_get_article_body (store, sitrep_annotation_get_article_id (a), error);
  if (body == NULL)
    return 0;
  if (start >= end || end > (guint) g_utf8_strlen (body, -1))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The edited span must start before it ends and lie inside the article’s text."));
      return 0;
    }
  gold = sitrep_store_ensure_annotator (store, SITREP_ADJUDICATED_ANNOTATOR, error);
  if (gold == 0)
    return 0;
  return sitrep_store_add_annotation (store, sitrep_annotation_get_article_id (a),
                                      label_id > 0 ? label_id : sitrep_annotation_get_label_id (a), start, end, gold,
                                      sitrep_annotation_get_entity_id (a), sitrep_annotation_get_attributes (a), error);
}

gboolean
sitrep_adjudication_reject (SitrepStore               *store,
                            gint64                     article_id,
                            const SitrepDisagreement  *disagreement,
                            GError                   **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (disagreement != NULL, FALSE);

  return sitrep_store_add_adjudication_rejection (store, article_id, disagreement->start, disagreement->end, error);
}
