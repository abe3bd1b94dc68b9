/* sitrep-suggest-annotated.c — the figures, places and dates a coder annotated by hand, given to a run's incidents
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <json-glib/json-glib.h>

#include "sitrep-suggest-annotated.h"
#include "sitrep-suggest-private.h"

/* An annotation of an article's, as the incidents read it. */
typedef struct
{
  SitrepSuggestKind kind;
  guint    start;          /* code points */
  guint    end;
  gint64   annotation_id;
  char    *attributes;
  double   latitude;       /* a Place's entity, NAN when unplaced */
  double   longitude;
} Annotated;

static void
annotated_clear (gpointer data)
{
  g_free (((Annotated *) data)->attributes);
}

/* The kind of suggestion a label of @label_kind stands for, when the
 * incidents read it: a place, a figure (labels say "captured" for the
 * missing too) or a date. */
static gboolean
kind_of_label (const char        *label_kind,
               SitrepSuggestKind *kind)
{
  if (!sitrep_suggest_kind_from_string (label_kind, kind))
    return FALSE;
  return *kind == SITREP_SUGGEST_PLACE || *kind == SITREP_SUGGEST_DATE ||
         (sitrep_suggest_kind_is_figure (*kind) && *kind != SITREP_SUGGEST_MISSING);
}

GArray *
_sitrep_suggest_load_annotated (SitrepStore  *store,
                                gint64        article_id,
                                GError      **error)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, error);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *out;

  if (labels == NULL)
    return NULL;
  annotations = sitrep_store_list_annotations (store, article_id, 0, error);
  if (annotations == NULL)
    return NULL;
  for (guint i = 0; i < labels->len; i++)
    {
      SitrepSuggestKind kind;

      if (kind_of_label (sitrep_label_get_kind (labels->pdata[i]), &kind))
        g_hash_table_insert (kinds, g_memdup2 (&(gint64) { sitrep_label_get_id (labels->pdata[i]) }, sizeof (gint64)),
                             GUINT_TO_POINTER (kind + 1));
    }
  out = g_array_new (FALSE, TRUE, sizeof (Annotated));
  g_array_set_clear_func (out, annotated_clear);
  for (guint i = 0; i < annotations->len; i++)
    {
      SitrepAnnotation *a = annotations->pdata[i];
      gint64 label = sitrep_annotation_get_label_id (a);
      guint kind = GPOINTER_TO_UINT (g_hash_table_lookup (kinds, &label));
      Annotated an = { kind - 1, sitrep_annotation_get_start (a), sitrep_annotation_get_end (a),
                       sitrep_annotation_get_id (a), NULL, NAN, NAN };

      if (kind == 0 || an.end <= an.start)
        continue;
      if (an.kind == SITREP_SUGGEST_PLACE && sitrep_annotation_get_entity_id (a) != 0)
        {
          g_autoptr(SitrepEntity) place = sitrep_store_get_entity (store, sitrep_annotation_get_entity_id (a), NULL);

          if (place != NULL)
            {
              an.latitude = sitrep_entity_get_latitude (place);
              an.longitude = sitrep_entity_get_longitude (place);
            }
        }
      an.attributes = g_strdup (sitrep_annotation_get_attributes (a));
      g_array_append_val (out, an);
    }
  return out;
}

/* Whether suggestion @s stands for what annotation @an codes: a figure
 * for a figure, a place for a place, a date for a date. */
static gboolean
same_class (const SitrepSuggestion *s,
            const Annotated        *an)
{
  return sitrep_suggest_kind_is_figure (s->kind) ? sitrep_suggest_kind_is_figure (an->kind) : s->kind == an->kind;
}

/* What the annotation's attributes code: the figure's count, the date. */
static void
read_attributes (SuggestRun       *run,
                 SitrepSuggestion *s,
                 const char       *attributes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;
  const char *start, *end;

  if (sitrep_suggest_kind_is_figure (s->kind) && !sitrep_figure_parse (s->text, &s->figure))
    s->figure = (SitrepFigure) { 0 };
  if (attributes == NULL || !json_parser_load_from_data (parser, attributes, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  o = json_node_get_object (json_parser_get_root (parser));
  if (sitrep_suggest_kind_is_figure (s->kind) && json_object_has_member (o, "count"))
    {
      s->figure.count = json_object_get_int_member_with_default (o, "count", s->figure.count);
      s->figure.low = json_object_get_int_member_with_default (o, "low", s->figure.count);
      s->figure.high = json_object_get_int_member_with_default (o, "high", s->figure.count);
      s->cumulative = json_object_get_boolean_member_with_default (o, "cumulative", FALSE);
      /* The coder's qualifier ("at least"), when given, not the one the
       * words read as. */
      sitrep_qualifier_from_string (json_object_get_string_member_with_default (o, "qualifier", NULL),
                                    &s->figure.qualifier);
    }
  if (s->kind == SITREP_SUGGEST_DATE && (start = json_object_get_string_member_with_default (o, "date", NULL)) != NULL)
    {
      end = json_object_get_string_member_with_default (o, "date_end", NULL);
      s->date_start = _sitrep_suggest_strndup (run, start, strlen (start));
      s->date_end = end != NULL ? _sitrep_suggest_strndup (run, end, strlen (end)) : NULL;
      s->date_precision = sitrep_span_precision_from_string (json_object_get_string_member_with_default (o, "precision", NULL));
      s->year_unknown = json_object_get_boolean_member_with_default (o, "year_unknown", FALSE);
      s->year_guess = s->year_unknown ? (int) json_object_get_int_member_with_default (o, "year_guess", 0) : 0;
      s->doubtful = s->year_guess != 0;
    }
}

/* The first and last tokens within code points [@start, @end); FALSE when none. */
static gboolean
tokens_within (SuggestRun *run,
               guint       start,
               guint       end,
               guint      *first,
               guint      *last)
{
  guint lo = _sitrep_suggest_token_from_cp (run, start);

  if (lo >= run->n_tokens || tok (run, lo)->cp_end > end)
    return FALSE;
  *first = lo;
  while (lo + 1 < run->n_tokens && tok (run, lo + 1)->cp_end <= end)
    lo++;
  *last = lo;
  return TRUE;
}

/* Where a suggestion at @start … @end goes in the run's suggestions (by
 * start, the longer first), after those it ties with. */
static guint
position_for (SuggestOut *out,
              guint       start,
              guint       end)
{
  guint lo = 0, hi = out->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const SitrepSuggestion *m = out->pdata[mid];

      if (m->start < start || (m->start == start && m->end >= end))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
_sitrep_suggest_add_annotated (SuggestRun  *run,
                               GArray     **annotated_p)
{
  g_autoptr(GArray) annotated = g_steal_pointer (annotated_p);
  guint n = run->out->len;

  for (guint i = 0; annotated != NULL && i < annotated->len; i++)
    {
      const Annotated *an = &g_array_index (annotated, Annotated, i);
      SitrepSuggestion *s = NULL;
      gboolean covered = FALSE;
      guint first, last;

      /* The run's own suggestion of that span stands for it, knowing it
       * is annotated; one that only overlaps it is the one proposed. */
      for (guint k = 0; k < n && !covered; k++)
        {
          SitrepSuggestion *o = run->out->pdata[k];

          if (!same_class (o, an) || o->end <= an->start || o->start >= an->end)
            continue;
          covered = TRUE;
          if (o->start == an->start && o->end == an->end &&
              (o->kind == an->kind || (an->kind == SITREP_SUGGEST_CAPTURED && o->kind == SITREP_SUGGEST_MISSING)))
            o->annotation_id = an->annotation_id;
        }
      if (covered || !tokens_within (run, an->start, an->end, &first, &last))
        continue;
      s = _sitrep_suggest_add (run, an->kind, first, last);
      s->start = an->start;
      s->end = an->end;
      s->score = 1.0;
      s->annotation_id = an->annotation_id;
      s->latitude = an->latitude;
      s->longitude = an->longitude;
      read_attributes (run, s, an->attributes);
      /* _sitrep_suggest_add () appended it: into its place by start. */
      _sitrep_suggest_out_remove (run->out, run->out->len - 1);
      _sitrep_suggest_out_insert (run->out, position_for (run->out, s->start, s->end), s);
      n++;
    }
}
