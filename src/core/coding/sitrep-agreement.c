/* sitrep-agreement.c — how far annotators agree: span F1, Cohen's κ and Krippendorff's α
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-agreement"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-agreement.h"
#include "sitrep-store-datasets.h"
#include "sitrep-tokens.h"

/* What κ and α need of two coders' tags: how many units, how many agree,
 * and how often each coder used each tag. No confusion matrix is needed
 * for nominal data. */
typedef struct
{
  guint64  units;
  guint64  agree;
  guint64 *count_a;
  guint64 *count_b;
  guint    n_tags;
  /* spans */
  guint    spans_a;
  guint    spans_b;
  guint    exact;
  guint    overlap_a;   /* spans of A that share a character and the label with one of B */
  guint    overlap_b;
} Tally;

static void
tally_init (Tally *t,
            guint  n_tags)
{
  *t = (Tally) { 0 };
  t->n_tags = n_tags;
  t->count_a = g_new0 (guint64, n_tags);
  t->count_b = g_new0 (guint64, n_tags);
}

static void
tally_clear (Tally *t)
{
  g_free (t->count_a);
  g_free (t->count_b);
}

static void
tally_tags (Tally       *t,
            const guint *a,
            const guint *b,
            guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      t->count_a[a[i]]++;
      t->count_b[b[i]]++;
      t->agree += a[i] == b[i];
    }
  t->units += n;
}

static gboolean
spans_overlap (const SitrepTagSpan *x,
               const SitrepTagSpan *y)
{
  return x->label == y->label && x->start < y->end && y->start < x->end;
}

/* Counts matches between two coders' spans of one article (restricted to
 * @label unless it is G_MAXUINT). Articles hold tens of spans: quadratic is fine,
 * and keeps the rule plain. */
static void
tally_spans (Tally         *t,
             GArray        *a,
             GArray        *b,
             guint          label)
{
  for (guint i = 0; i < a->len; i++)
    {
      const SitrepTagSpan *x = &g_array_index (a, SitrepTagSpan, i);
      gboolean exact = FALSE, overlap = FALSE;

      if (label != G_MAXUINT && x->label != label)
        continue;
      t->spans_a++;
      for (guint j = 0; j < b->len; j++)
        {
          const SitrepTagSpan *y = &g_array_index (b, SitrepTagSpan, j);
          if (x->label != y->label)
            continue;
          exact |= x->start == y->start && x->end == y->end;
          overlap |= spans_overlap (x, y);
        }
      t->exact += exact;
      t->overlap_a += overlap;
    }
  for (guint j = 0; j < b->len; j++)
    {
      const SitrepTagSpan *y = &g_array_index (b, SitrepTagSpan, j);
      if (label != G_MAXUINT && y->label != label)
        continue;
      t->spans_b++;
      for (guint i = 0; i < a->len; i++)
        if (spans_overlap (&g_array_index (a, SitrepTagSpan, i), y))
          {
            t->overlap_b++;
            break;
          }
    }
}

static double
kappa (const Tally *t)
{
  double n = t->units, po, pe = 0;

  if (t->units == 0)
    return NAN;
  po = t->agree / n;
  for (guint c = 0; c < t->n_tags; c++)
    pe += (t->count_a[c] / n) * (t->count_b[c] / n);
  if (pe >= 1.0)
    return NAN;
  return (po - pe) / (1.0 - pe);
}

/* Krippendorff's α for two coders with a value on every unit:
 * 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k, with n = 2 × units, each
 * disagreeing unit adding 2 to Σ_{c≠k} o_ck. */
static double
alpha_two (const Tally *t)
{
  double n = 2.0 * t->units, sum_sq = 0, expected;

  if (t->units == 0)
    return NAN;
  for (guint c = 0; c < t->n_tags; c++)
    {
      double nc = (double) t->count_a[c] + t->count_b[c];
      sum_sq += nc * nc;
    }
  expected = n * n - sum_sq;
  if (expected <= 0)
    return NAN;
  return 1.0 - (n - 1.0) * 2.0 * (t->units - t->agree) / expected;
}

static double
f1 (guint matched_a,
    guint n_a,
    guint matched_b,
    guint n_b)
{
  double p, r;

  if (n_a == 0 && n_b == 0)
    return NAN;
  if (n_a == 0 || n_b == 0)
    return 0.0;
  p = (double) matched_a / n_a;
  r = (double) matched_b / n_b;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static SitrepAgreementFigures
tally_figures (const Tally *t)
{
  SitrepAgreementFigures f;

  f.span_f1_exact = t->spans_a + t->spans_b > 0 ? 2.0 * t->exact / (t->spans_a + t->spans_b) : NAN;
  f.span_f1_overlap = f1 (t->overlap_a, t->spans_a, t->overlap_b, t->spans_b);
  f.kappa_tokens = kappa (t);
  f.alpha_tokens = alpha_two (t);
  f.spans_a = t->spans_a;
  f.spans_b = t->spans_b;
  f.tokens = t->units;
  return f;
}

/* One article as the computation sees it. */
typedef struct
{
  gint64      id;
  char       *title;
  GArray     *tokens;        /* SitrepToken */
  GPtrArray  *spans;         /* per annotator index: GArray of SitrepTagSpan, or NULL */
  GPtrArray  *tags;          /* per annotator index: GArray of guint (outermost), lazily */
} Doc;

static void
array_unref_null (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

static void
doc_free (Doc *d)
{
  g_free (d->title);
  g_clear_pointer (&d->tokens, g_array_unref);
  g_ptr_array_unref (d->spans);
  g_ptr_array_unref (d->tags);
  g_free (d);
}

static GArray *
doc_tags (Doc   *d,
          guint  coder)
{
  GArray *tags = g_ptr_array_index (d->tags, coder);
  GArray *spans = g_ptr_array_index (d->spans, coder);

  if (tags == NULL)
    {
      tags = sitrep_tokens_tag (d->tokens, (SitrepTagSpan *) spans->data, spans->len);
      g_ptr_array_index (d->tags, coder) = tags;
    }
  return tags;
}

static void
pair_free (SitrepAgreementPair *p)
{
  g_free (p->a);
  g_free (p->b);
  g_clear_pointer (&p->per_label, g_ptr_array_unref);
  g_clear_pointer (&p->per_article, g_ptr_array_unref);
  g_free (p);
}

static void
label_free (SitrepAgreementLabel *l)
{
  g_free (l->label);
  g_free (l);
}

static void
article_free (SitrepAgreementArticle *a)
{
  g_free (a->title);
  g_free (a);
}

static int
compare_disagreement (gconstpointer pa,
                      gconstpointer pb)
{
  const SitrepAgreementArticle *a = *(SitrepAgreementArticle **) pa;
  const SitrepAgreementArticle *b = *(SitrepAgreementArticle **) pb;
  double x = isnan (a->figures.span_f1_overlap) ? 1.0 : a->figures.span_f1_overlap;
  double y = isnan (b->figures.span_f1_overlap) ? 1.0 : b->figures.span_f1_overlap;

  if (x != y)
    return x < y ? -1 : 1;
  x = isnan (a->figures.kappa_tokens) ? 1.0 : a->figures.kappa_tokens;
  y = isnan (b->figures.kappa_tokens) ? 1.0 : b->figures.kappa_tokens;
  if (x != y)
    return x < y ? -1 : 1;
  return a->article_id < b->article_id ? -1 : a->article_id > b->article_id;
}

static SitrepAgreementPair *
compute_pair (GPtrArray  *docs,
              GStrv       coders,
              guint       ca,
              guint       cb,
              GStrv       label_names,
              guint       n_labels)
{
  SitrepAgreementPair *pair = g_new0 (SitrepAgreementPair, 1);
  guint n_tags = 2 * n_labels + 1;
  Tally all;
  g_autofree Tally *per_label = g_new (Tally, n_labels);

  pair->a = g_strdup (coders[ca]);
  pair->b = g_strdup (coders[cb]);
  pair->per_label = g_ptr_array_new_with_free_func ((GDestroyNotify) label_free);
  pair->per_article = g_ptr_array_new_with_free_func ((GDestroyNotify) article_free);

  tally_init (&all, n_tags);
  for (guint l = 0; l < n_labels; l++)
    tally_init (&per_label[l], 3);

  for (guint i = 0; i < docs->len; i++)
    {
      Doc *d = g_ptr_array_index (docs, i);
      GArray *sa = g_ptr_array_index (d->spans, ca);
      GArray *sb = g_ptr_array_index (d->spans, cb);
      GArray *ta, *tb;
      Tally one;
      SitrepAgreementArticle *art;

      if (sa == NULL || sb == NULL)
        continue;
      pair->articles++;
      ta = doc_tags (d, ca);
      tb = doc_tags (d, cb);

      tally_init (&one, n_tags);
      tally_tags (&one, (guint *) ta->data, (guint *) tb->data, ta->len);
      tally_spans (&one, sa, sb, G_MAXUINT);
      tally_tags (&all, (guint *) ta->data, (guint *) tb->data, ta->len);
      tally_spans (&all, sa, sb, G_MAXUINT);

      art = g_new0 (SitrepAgreementArticle, 1);
      art->article_id = d->id;
      art->title = g_strdup (d->title);
      art->figures = tally_figures (&one);
      g_ptr_array_add (pair->per_article, art);
      tally_clear (&one);

      for (guint l = 0; l < n_labels; l++)
        {
          g_autoptr(GArray) la = NULL;
          g_autoptr(GArray) lb = NULL;
          gboolean used = FALSE;

          for (guint k = 0; k < sa->len && !used; k++)
            used = g_array_index (sa, SitrepTagSpan, k).label == l;
          for (guint k = 0; k < sb->len && !used; k++)
            used = g_array_index (sb, SitrepTagSpan, k).label == l;

          if (used)
            {
              la = sitrep_tokens_tag_label (d->tokens, (SitrepTagSpan *) sa->data, sa->len, l);
              lb = sitrep_tokens_tag_label (d->tokens, (SitrepTagSpan *) sb->data, sb->len, l);
              /* Per label the tags are O, B and I of that label: 0, 1, 2. */
              for (guint k = 0; k < la->len; k++)
                {
                  guint x = g_array_index (la, guint, k), y = g_array_index (lb, guint, k);
                  g_array_index (la, guint, k) = x == 0 ? 0 : SITREP_TAG_IS_BEGIN (x) ? 1 : 2;
                  g_array_index (lb, guint, k) = y == 0 ? 0 : SITREP_TAG_IS_BEGIN (y) ? 1 : 2;
                }
              tally_tags (&per_label[l], (guint *) la->data, (guint *) lb->data, la->len);
              tally_spans (&per_label[l], sa, sb, l);
            }
          else
            {
              /* Neither used the label here: every token agrees on O. */
              per_label[l].units += d->tokens->len;
              per_label[l].agree += d->tokens->len;
              per_label[l].count_a[0] += d->tokens->len;
              per_label[l].count_b[0] += d->tokens->len;
            }
        }
    }

  pair->overall = tally_figures (&all);
  for (guint l = 0; l < n_labels; l++)
    {
      if (per_label[l].spans_a + per_label[l].spans_b > 0)
        {
          SitrepAgreementLabel *lab = g_new0 (SitrepAgreementLabel, 1);
          lab->label = g_strdup (label_names[l]);
          lab->figures = tally_figures (&per_label[l]);
          g_ptr_array_add (pair->per_label, lab);
        }
      tally_clear (&per_label[l]);
    }
  tally_clear (&all);
  g_ptr_array_sort (pair->per_article, compare_disagreement);

  return pair;
}

/* α over every coder at once: each token of an article is a unit with a
 * value from each coder who annotated that article; units with fewer than
 * two values are not pairable and left out. */
static double
alpha_all (GPtrArray *docs,
           guint      n_coders,
           guint      n_tags,
           guint     *n_articles)
{
  g_autofree double *n_c = g_new0 (double, n_tags);
  g_autofree guint *hist = g_new0 (guint, n_tags);
  double disagreement = 0, n = 0, sum_sq = 0, expected;

  *n_articles = 0;
  for (guint i = 0; i < docs->len; i++)
    {
      Doc *d = g_ptr_array_index (docs, i);
      g_autoptr(GPtrArray) tags = g_ptr_array_new ();

      for (guint c = 0; c < n_coders; c++)
        if (g_ptr_array_index (d->spans, c) != NULL)
          g_ptr_array_add (tags, doc_tags (d, c));
      if (tags->len < 2)
        continue;
      (*n_articles)++;

      for (guint k = 0; k < d->tokens->len; k++)
        {
          double m = tags->len, same = 0;

          for (guint c = 0; c < tags->len; c++)
            hist[g_array_index ((GArray *) g_ptr_array_index (tags, c), guint, k)]++;
          for (guint c = 0; c < tags->len; c++)
            {
              guint v = g_array_index ((GArray *) g_ptr_array_index (tags, c), guint, k);
              if (hist[v] > 0)
                {
                  same += (double) hist[v] * hist[v];
                  n_c[v] += hist[v];
                  hist[v] = 0;
                }
            }
          disagreement += (m * m - same) / (m - 1.0);
          n += m;
        }
    }

  for (guint c = 0; c < n_tags; c++)
    sum_sq += n_c[c] * n_c[c];
  expected = n * n - sum_sq;
  if (n == 0 || expected <= 0)
    return NAN;
  return 1.0 - (n - 1.0) * disagreement / expected;
}

static Doc *
doc_new (gint64 id,
         guint  n_coders)
{
  Doc *d = g_new0 (Doc, 1);

  d->id = id;
  d->spans = g_ptr_array_new_full (n_coders, array_unref_null);
  d->tags = g_ptr_array_new_full (n_coders, array_unref_null);
  g_ptr_array_set_size (d->spans, n_coders);
  g_ptr_array_set_size (d->tags, n_coders);
  return d;
}

typedef struct
{
  GHashTable *pending;   /* article id → Doc two coders or more annotated */
  GPtrArray  *docs;      /* with their text, by id */
} Loading;

static gboolean
on_annotated_text (gint64      id,
                   const char *title,
                   const char *body,
                   gpointer    user_data)
{
  Loading *l = user_data;
  Doc *d = g_hash_table_lookup (l->pending, &id);

  if (d != NULL)
    {
      g_hash_table_steal (l->pending, &id);
      d->title = g_strdup (title);
      d->tokens = sitrep_tokenize (body);
      g_ptr_array_add (l->docs, d);
    }
  return TRUE;
}

/* Every span in one read and every annotated text in another: a store call
 * an article costs more than the figures (bench/bench-agreement.c). */
static GPtrArray *
load_docs (SitrepStore   *store,
           GStrv          coders,
           GHashTable    *label_index,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) doc_free);
  g_autoptr(GHashTable) pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) doc_free);
  g_autoptr(GHashTable) coder_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *coder_ids = NULL;
  g_autoptr(GArray) rows = NULL;
  guint n_coders = g_strv_length (coders), coded = 0;
  Loading loading = { pending, docs };
  Doc *d = NULL;

  coder_ids = g_new0 (gint64, MAX (n_coders, 1));
  for (guint c = 0; c < n_coders; c++)
    {
      coder_ids[c] = sitrep_store_find_annotator (store, coders[c]);
      if (coder_ids[c] != 0)
        g_hash_table_insert (coder_of, &coder_ids[c], GUINT_TO_POINTER (c + 1));
    }

  rows = sitrep_store_list_span_rows (store, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i <= rows->len; i++)
    {
      SitrepSpanRow *row = i < rows->len ? &g_array_index (rows, SitrepSpanRow, i) : NULL;
      guint c;
      gpointer label;
      SitrepTagSpan span;

      if (d != NULL && (row == NULL || row->article_id != d->id))
        {
          /* Nothing to compare in an article fewer than two coders touched. */
          if (coded >= 2)
            g_hash_table_insert (pending, &d->id, d);
          else
            doc_free (d);
          d = NULL;
        }
      if (row == NULL)
        break;
      c = GPOINTER_TO_UINT (g_hash_table_lookup (coder_of, &row->annotator_id));
      if (c == 0 ||
          !g_hash_table_lookup_extended (label_index, GINT_TO_POINTER ((gint) row->label_id), NULL, &label))
        continue;
      if (d == NULL)
        {
          d = doc_new (row->article_id, n_coders);
          coded = 0;
        }
      if (g_ptr_array_index (d->spans, c - 1) == NULL)
        {
          g_ptr_array_index (d->spans, c - 1) = g_array_new (FALSE, FALSE, sizeof (SitrepTagSpan));
          coded++;
        }
      span.start = row->start;
      span.end = row->end;
      span.label = GPOINTER_TO_UINT (label);
      g_array_append_val ((GArray *) g_ptr_array_index (d->spans, c - 1), span);
    }

  if (g_hash_table_size (pending) > 0 &&
      !sitrep_store_foreach_annotated_text (store, on_annotated_text, &loading, cancellable, error))
    return NULL;
  return g_steal_pointer (&docs);
}

static int
compare_label_names (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (sitrep_label_get_name (*(SitrepLabel **) a), sitrep_label_get_name (*(SitrepLabel **) b));
}

void
sitrep_agreement_free (SitrepAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_strfreev (agreement->annotators);
  g_clear_pointer (&agreement->pairs, g_ptr_array_unref);
  g_free (agreement);
}

SitrepAgreement *
sitrep_agreement_compute (SitrepStore         *store,
                          const char * const  *annotators,
                          GCancellable        *cancellable,
                          GError             **error)
{
  g_autoptr(SitrepAgreement) result = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GHashTable) label_index = NULL;
  g_auto(GStrv) known = NULL;
  g_autofree char **label_names = NULL;
  guint n_coders;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  known = sitrep_store_list_annotators (store);
  if (annotators != NULL)
    {
      for (guint i = 0; annotators[i] != NULL; i++)
        if (known == NULL || !g_strv_contains ((const char * const *) known, annotators[i]))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("No one called “%s” has annotated in this project."), annotators[i]);
            return NULL;
          }
    }

  result = g_new0 (SitrepAgreement, 1);
  result->annotators = annotators != NULL ? g_strdupv ((char **) annotators)
                                          : g_strdupv (known != NULL ? known : (char *[]) { NULL });
  result->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) pair_free);
  n_coders = g_strv_length (result->annotators);

  labels = sitrep_store_list_labels (store, error);
  if (labels == NULL)
    return NULL;
  /* Label indices in the order of their names: where two spans have the
   * same extent, the tags take the label that sorts first (README). */
  g_ptr_array_sort (labels, compare_label_names);
  label_index = g_hash_table_new (NULL, NULL);
  label_names = g_new0 (char *, labels->len + 1);
  for (guint i = 0; i < labels->len; i++)
    {
      SitrepLabel *l = g_ptr_array_index (labels, i);
      g_hash_table_insert (label_index, GINT_TO_POINTER ((gint) sitrep_label_get_id (l)), GUINT_TO_POINTER (i));
      label_names[i] = (char *) sitrep_label_get_name (l);
    }

  docs = load_docs (store, result->annotators, label_index, cancellable, error);
  if (docs == NULL)
    return NULL;

  for (guint a = 0; a < n_coders; a++)
    for (guint b = a + 1; b < n_coders; b++)
      {
        if (g_cancellable_set_error_if_cancelled (cancellable, error))
          return NULL;
        g_ptr_array_add (result->pairs,
                         compute_pair (docs, result->annotators, a, b, label_names, labels->len));
      }
  result->alpha_tokens = alpha_all (docs, n_coders, 2 * labels->len + 1, &result->articles);

  return g_steal_pointer (&result);
}

static void
add_figure (JsonBuilder *b,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (b, name);
  if (isnan (value))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, value);
}

static void
add_figures (JsonBuilder                  *b,
             const SitrepAgreementFigures *f)
{
  add_figure (b, "span_f1_exact", f->span_f1_exact);
  add_figure (b, "span_f1_overlap", f->span_f1_overlap);
  add_figure (b, "kappa_tokens", f->kappa_tokens);
  add_figure (b, "alpha_tokens", f->alpha_tokens);
  json_builder_set_member_name (b, "spans_a");
  json_builder_add_int_value (b, f->spans_a);
  json_builder_set_member_name (b, "spans_b");
  json_builder_add_int_value (b, f->spans_b);
  json_builder_set_member_name (b, "tokens");
  json_builder_add_int_value (b, f->tokens);
}

char *
sitrep_agreement_to_json (SitrepAgreement *agreement)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (agreement != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "annotators");
  json_builder_begin_array (b);
  for (guint i = 0; agreement->annotators[i] != NULL; i++)
    json_builder_add_string_value (b, agreement->annotators[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "articles");
  json_builder_add_int_value (b, agreement->articles);
  add_figure (b, "alpha_tokens", agreement->alpha_tokens);
  json_builder_set_member_name (b, "pairs");
  json_builder_begin_array (b);
  for (guint i = 0; i < agreement->pairs->len; i++)
    {
      SitrepAgreementPair *p = g_ptr_array_index (agreement->pairs, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "a");
      json_builder_add_string_value (b, p->a);
      json_builder_set_member_name (b, "b");
      json_builder_add_string_value (b, p->b);
      json_builder_set_member_name (b, "articles");
      json_builder_add_int_value (b, p->articles);
      add_figures (b, &p->overall);
      json_builder_set_member_name (b, "per_label");
      json_builder_begin_object (b);
      for (guint l = 0; l < p->per_label->len; l++)
        {
          SitrepAgreementLabel *lab = g_ptr_array_index (p->per_label, l);
          json_builder_set_member_name (b, lab->label);
          json_builder_begin_object (b);
          add_figures (b, &lab->figures);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
      json_builder_set_member_name (b, "per_article");
      json_builder_begin_array (b);
      for (guint k = 0; k < p->per_article->len; k++)
        {
          SitrepAgreementArticle *art = g_ptr_array_index (p->per_article, k);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_int_value (b, art->article_id);
          json_builder_set_member_name (b, "title");
          json_builder_add_string_value (b, art->title);
          add_figures (b, &art->figures);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return json_to_string (root, TRUE);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  SitrepAgreement *agreement = sitrep_agreement_compute (source_object, task_data, cancellable, &error);

  if (agreement == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, agreement, (GDestroyNotify) sitrep_agreement_free);
}

/**
 * sitrep_agreement_compute_async:
 * @annotators: (nullable): the annotators to compare; NULL: every one
 *
 * Computes the agreement as sitrep_agreement_compute () does, on a worker thread.
 */
void
sitrep_agreement_compute_async (SitrepStore         *store,
                                const char * const  *annotators,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SITREP_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_agreement_compute_async);
  g_task_set_task_data (task, g_strdupv ((char **) annotators), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, compute_thread);
}

/**
 * sitrep_agreement_compute_finish:
 *
 * Returns: (transfer full): the figures, or NULL with @error set.
 */
SitrepAgreement *
sitrep_agreement_compute_finish (SitrepStore   *store,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_agreement_compute_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
