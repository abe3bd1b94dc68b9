/* sitrep-suggest-incidents.c — figures, place, date, actors and claimant that belong together, as draft incidents
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-normalize.h"
#include "sitrep-suggest-private.h"

/* Two mentions of one incident: places this close, dates this close. */
#define SAME_PLACE_KM 25.0
#define SAME_DAYS 3

static gboolean
is_figure (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_KILLED || s->kind == SITREP_SUGGEST_WOUNDED ||
         s->kind == SITREP_SUGGEST_CAPTURED || s->kind == SITREP_SUGGEST_MISSING;
}

gboolean
sitrep_suggest_places_same (const SitrepSuggestion *a,
                            const SitrepSuggestion *b)
{
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  if (a->geonameid != 0 && a->geonameid == b->geonameid)
    return TRUE;
  if (!isnan (a->latitude) && !isnan (b->latitude))
    return sitrep_gazetteer_distance_km (a->latitude, a->longitude, b->latitude, b->longitude) <= SAME_PLACE_KM;
  ka = sitrep_normalize_name (a->text);
  kb = sitrep_normalize_name (b->text);
  return strcmp (ka, kb) == 0;
}

typedef struct
{
  SitrepSuggestIncident *incident;
  const SitrepSuggestion *place;
  const SitrepSuggestion *date;
  char                   *place_key;   /* of its place, once asked */
  GHashTable             *actor_set;   /* its actors' indices + 1, once one is added */
  gboolean                dateline;    /* its place is a dateline's (where the reporter was) */
  guint paragraph;
  guint index;                         /* in the incidents */
} Draft;

/* The suggestions of one kind, each as (sentence or paragraph) << 32 |
 * index, in that order: those of one kind in one sentence are a range,
 * found by binary search. */
typedef struct
{
  guint64 *keys;
  guint    first[SITREP_SUGGEST_N_KINDS + 1];   /* kind k's keys: [first[k], first[k + 1]) */
} Filed;

/* What the grouping asks about the suggestions (sorted by start), answered
 * without walking a long paragraph for each figure: a one-paragraph text of
 * 1 MB holds thousands of figures, and each walk was the whole text. A
 * paragraph of up to FEW suggestions is still walked (cheaper than a
 * search). */
#define FEW 64

typedef struct
{
  GPtrArray *all;
  gboolean   filed;         /* by_sentence and by_paragraph made (at the first long paragraph) */
  Filed      by_sentence;   /* a Person filed as an Actor, to keep both in text order */
  Filed      by_paragraph;
  guint     *para_first;    /* the first and one past the last index of the run of */
  guint     *para_end;      /* suggestions in the same paragraph as index i, */
  guint     *sent_first;    /* and the same for sentences */
  guint     *sent_end;
  int       *prev_place;    /* [i]: the last place suggestion before index i, or -1 */
} Index;

static int
compare_keys (const void *a,
              const void *b)
{
  guint64 ka = *(const guint64 *) a, kb = *(const guint64 *) b;

  return ka < kb ? -1 : ka > kb;
}

#define KEY(group, index) (((guint64) (group) << 32) | (guint32) (index))

/* The first position among kind @kind's keys at or after @key. */
static guint
lower_bound (const Filed *filed,
             guint32      kind,
             guint64      key)
{
  guint lo = filed->first[kind], hi = filed->first[kind + 1];

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (filed->keys[mid] < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Files suggestion i under kinds[i] and groups[i]: a counting sort by kind
 * keeps each kind in text order, so sorted already when its sentences (or
 * paragraphs) never go back; otherwise that kind is sorted. */
static void
filed_init (Filed         *filed,
            guint          n,
            const guint32 *kinds,
            const guint32 *groups)
{
  guint next[SITREP_SUGGEST_N_KINDS];

  filed->keys = g_new (guint64, n + 1);
  memset (filed->first, 0, sizeof filed->first);
  for (guint i = 0; i < n; i++)
    filed->first[kinds[i] + 1]++;
  for (guint k = 0; k < SITREP_SUGGEST_N_KINDS; k++)
    {
      filed->first[k + 1] += filed->first[k];
      next[k] = filed->first[k];
    }
  for (guint i = 0; i < n; i++)
    filed->keys[next[kinds[i]]++] = KEY (groups[i], i);
  for (guint k = 0; k < SITREP_SUGGEST_N_KINDS; k++)
    {
      for (guint j = filed->first[k] + 1; j < filed->first[k + 1]; j++)
        {
          if (filed->keys[j] < filed->keys[j - 1])
            {
              qsort (filed->keys + filed->first[k], filed->first[k + 1] - filed->first[k], sizeof (guint64),
                     compare_keys);
              break;
            }
        }
    }
}

static void
index_file (Index *ix)
{
  guint n = ix->all->len;
  g_autofree guint32 *kinds = g_new (guint32, 3 * n + 1);
  guint32 *sentences = kinds + n, *paragraphs = kinds + 2 * n;

  for (guint i = 0; i < n; i++)
    {
      const SitrepSuggestion *s = ix->all->pdata[i];

      kinds[i] = s->kind == SITREP_SUGGEST_PERSON ? SITREP_SUGGEST_ACTOR : s->kind;
      sentences[i] = s->sentence;
      paragraphs[i] = s->paragraph;
    }
  filed_init (&ix->by_sentence, n, kinds, sentences);
  for (guint i = 0; i < n; i++)
    kinds[i] = ((const SitrepSuggestion *) ix->all->pdata[i])->kind;
  filed_init (&ix->by_paragraph, n, kinds, paragraphs);
  ix->filed = TRUE;
}

static void
index_init (Index     *ix,
            GPtrArray *all)
{
  guint n = all->len;

  ix->all = all;
  ix->filed = FALSE;
  ix->by_sentence.keys = NULL;
  ix->by_paragraph.keys = NULL;
  ix->para_first = g_new (guint, 4 * n + 1);
  ix->para_end = ix->para_first + n;
  ix->sent_first = ix->para_first + 2 * n;
  ix->sent_end = ix->para_first + 3 * n;
  ix->prev_place = g_new (int, n + 1);
  ix->prev_place[0] = -1;
  for (guint i = 0; i < n; i++)
    {
      const SitrepSuggestion *s = all->pdata[i];
      const SitrepSuggestion *p = i > 0 ? all->pdata[i - 1] : NULL;

      ix->para_first[i] = p != NULL && p->paragraph == s->paragraph ? ix->para_first[i - 1] : i;
      ix->sent_first[i] = p != NULL && p->sentence == s->sentence ? ix->sent_first[i - 1] : i;
      ix->prev_place[i + 1] = s->kind == SITREP_SUGGEST_PLACE ? (int) i : ix->prev_place[i];
    }
  for (guint i = n; i-- > 0;)
    {
      const SitrepSuggestion *s = all->pdata[i];
      const SitrepSuggestion *q = i + 1 < n ? all->pdata[i + 1] : NULL;

      ix->para_end[i] = q != NULL && q->paragraph == s->paragraph ? ix->para_end[i + 1] : i + 1;
      ix->sent_end[i] = q != NULL && q->sentence == s->sentence ? ix->sent_end[i + 1] : i + 1;
    }
}

static void
index_clear (Index *ix)
{
  g_free (ix->by_sentence.keys);
  g_free (ix->by_paragraph.keys);
  g_free (ix->para_first);
  g_free (ix->prev_place);
}

/* The suggestions (sorted by start) around figure @f that share its
 * paragraph or its sentence: [*from, *to). Everything the figure is tied
 * to lies there. Whole runs of one paragraph or sentence are stepped over
 * at once. */
static void
paragraph_range (const Index *ix,
                 guint        f,
                 guint       *from,
                 guint       *to)
{
  const SitrepSuggestion *fig = ix->all->pdata[f];
  guint a = f, b = f + 1;

  while (a > 0)
    {
      const SitrepSuggestion *s = ix->all->pdata[a - 1];

      if (s->paragraph == fig->paragraph)
        a = ix->para_first[a - 1];
      else if (s->sentence == fig->sentence)
        a = ix->sent_first[a - 1];
      else
        break;
    }
  while (b < ix->all->len)
    {
      const SitrepSuggestion *s = ix->all->pdata[b];

      if (s->paragraph == fig->paragraph)
        b = ix->para_end[b];
      else if (s->sentence == fig->sentence)
        b = ix->sent_end[b];
      else
        break;
    }
  *from = a;
  *to = b;
}

/* The first suggestion in [from, f] that starts where figure @f does, or
 * @from (one span holds at most one suggestion of each kind). */
static guint
first_at_start (const Index *ix,
                guint        f,
                guint        from)
{
  gsize start = ((const SitrepSuggestion *) ix->all->pdata[f])->byte_start;

  while (f > from && ((const SitrepSuggestion *) ix->all->pdata[f - 1])->byte_start >= start)
    f--;
  return f;
}

/* The positions in ix->by_sentence of the suggestions of @kind in the
 * sentence of @f within [from, to): [*first, *last). */
static void
in_sentence (const Index *ix,
             guint        f,
             guint        from,
             guint        to,
             guint32      kind,
             guint       *first,
             guint       *last)
{
  guint32 sentence = ((const SitrepSuggestion *) ix->all->pdata[f])->sentence;

  *first = lower_bound (&ix->by_sentence, kind, KEY (sentence, from));
  *last = lower_bound (&ix->by_sentence, kind, KEY (sentence, to));
}

/* The last suggestion of @kind in the paragraph of @f within [from, to),
 * or -1. */
static int
last_in_paragraph (const Index *ix,
                   guint        f,
                   guint        from,
                   guint        to,
                   guint32      kind)
{
  guint32 paragraph = ((const SitrepSuggestion *) ix->all->pdata[f])->paragraph;
  guint p = lower_bound (&ix->by_paragraph, kind, KEY (paragraph, to));

  if (from < to && p > ix->by_paragraph.first[kind] && ix->by_paragraph.keys[p - 1] >= KEY (paragraph, from))
    return (int) (guint32) ix->by_paragraph.keys[p - 1];
  return -1;
}

/* How specific place @s is: placed and sure, doubtful, a country (after
 * any governorate or town the sentence names: "in Syria's northwestern
 * Idlib province" was Syria's, the country first and no bigger by its
 * people), unplaced. */
static int
place_rank (const SitrepSuggestion *s)
{
  if (isnan (s->latitude))
    return 3;
  if (s->scope == SITREP_PLACE_SCOPE_COUNTRY)
    return 2;
  return s->doubtful ? 1 : 0;
}

/* place_for () over a short paragraph: one walk. */
static int
walk_place_for (const Index *ix,
                guint        f,
                guint        from,
                guint        to)
{
  const SitrepSuggestion *fig = ix->all->pdata[f];
  int best = -1, before_para = -1, before_text = -1;

  for (guint i = from; i < to; i++)
    {
      const SitrepSuggestion *s = ix->all->pdata[i];

      if (s->kind != SITREP_SUGGEST_PLACE)
        continue;
      if (s->sentence == fig->sentence)
        {
          const SitrepSuggestion *b = best >= 0 ? ix->all->pdata[best] : NULL;

          if (b == NULL || place_rank (s) < place_rank (b) ||
              (place_rank (s) == place_rank (b) && s->population < b->population))
            best = i;
        }
      else if (s->byte_start < fig->byte_start)
        {
          if (s->paragraph == fig->paragraph)
            before_para = i;
          before_text = i;
        }
    }
  if (best >= 0)
    return best;
  if (before_para >= 0)
    return before_para;
  return before_text >= 0 ? before_text : ix->prev_place[from];
}

/* nearest_of_kind () over a short paragraph: one walk. */
static int
walk_nearest_of_kind (const Index       *ix,
                      guint              f,
                      guint              from,
                      guint              to,
                      SitrepSuggestKind  kind)
{
  const SitrepSuggestion *fig = ix->all->pdata[f];
  int before = -1;

  for (guint i = from; i < to; i++)
    {
      const SitrepSuggestion *s = ix->all->pdata[i];

      if (s->kind != kind)
        continue;
      if (s->sentence == fig->sentence)
        return i;
      if (s->byte_start < fig->byte_start && s->paragraph == fig->paragraph)
        before = i;
    }
  return before;
}

/* The place of figure @f: the most specific of its sentence, else the last
 * one before it in its paragraph, else the last one before it at all. */
static int
place_for (const Index *ix,
           guint        f,
           guint        from,
           guint        to)
{
  int best = -1;
  guint first, last, before;

  if (to - from <= FEW)
    return walk_place_for (ix, f, from, to);
  in_sentence (ix, f, from, to, SITREP_SUGGEST_PLACE, &first, &last);
  for (guint k = first; k < last; k++)
    {
      guint i = (guint32) ix->by_sentence.keys[k];
      const SitrepSuggestion *s = ix->all->pdata[i];
      const SitrepSuggestion *b = best >= 0 ? ix->all->pdata[best] : NULL;

      if (b == NULL || place_rank (s) < place_rank (b) ||
          (place_rank (s) == place_rank (b) && s->population < b->population))
        best = i;
    }
  if (best >= 0)
    return best;
  before = MIN (to, first_at_start (ix, f, from));
  best = last_in_paragraph (ix, f, from, before, SITREP_SUGGEST_PLACE);
  return best >= 0 ? best : ix->prev_place[before];
}

/* The first suggestion of @kind in the sentence of figure @f, else the
 * last one before it in its paragraph, or -1. */
static int
nearest_of_kind (const Index       *ix,
                 guint              f,
                 guint              from,
                 guint              to,
                 SitrepSuggestKind  kind)
{
  guint first, last;

  if (to - from <= FEW)
    return walk_nearest_of_kind (ix, f, from, to, kind);
  in_sentence (ix, f, from, to, kind, &first, &last);
  if (first < last)
    return (int) (guint32) ix->by_sentence.keys[first];
  return last_in_paragraph (ix, f, from, MIN (to, first_at_start (ix, f, from)), kind);
}

/* The claimant of figure @f: in its sentence the last one before it ("…,
 * while the Syrian Observatory said that 18 …" after "A military source in
 * the SDF said that 7 …"), else the first after it ("…, Asaad said,
 * according to the AP"); else the last before it in its paragraph; or -1.
 * The sentence's first was taken before, whoever it named. */
static int
nearest_claimant (const Index *ix,
                  guint        f,
                  guint        from,
                  guint        to)
{
  const SitrepSuggestion *fig = ix->all->pdata[f];
  int before = -1, after = -1;
  guint first, last;

  if (to - from <= FEW)
    {
      for (guint i = from; i < to; i++)
        {
          const SitrepSuggestion *s = ix->all->pdata[i];

          if (s->kind != SITREP_SUGGEST_CLAIMANT || s->sentence != fig->sentence)
            continue;
          if (s->byte_start < fig->byte_start)
            before = i;
          else if (after < 0)
            after = i;
        }
      return before >= 0 ? before : after >= 0 ? after : walk_nearest_of_kind (ix, f, from, to, SITREP_SUGGEST_CLAIMANT);
    }
  in_sentence (ix, f, from, to, SITREP_SUGGEST_CLAIMANT, &first, &last);
  for (guint k = first; k < last; k++)
    {
      guint i = (guint32) ix->by_sentence.keys[k];

      if (((const SitrepSuggestion *) ix->all->pdata[i])->byte_start < fig->byte_start)
        before = i;
      else if (after < 0)
        after = i;
    }
  return before >= 0 ? before : after >= 0 ? after : nearest_of_kind (ix, f, from, to, SITREP_SUGGEST_CLAIMANT);
}

/* Adds actor @index to @draft's incident once. */
static void
add_actor (Draft *draft,
           int    index)
{
  GArray *actors = draft->incident->actors;

  if (draft->actor_set == NULL && actors->len < FEW)
    {
      for (guint i = 0; i < actors->len; i++)
        {
          if (g_array_index (actors, int, i) == index)
            return;
        }
    }
  else
    {
      if (draft->actor_set == NULL)
        {
          draft->actor_set = g_hash_table_new (NULL, NULL);
          for (guint i = 0; i < actors->len; i++)
            g_hash_table_add (draft->actor_set, GINT_TO_POINTER (g_array_index (actors, int, i) + 1));
        }
      if (!g_hash_table_add (draft->actor_set, GINT_TO_POINTER (index + 1)))
        return;
    }
  g_array_append_val (actors, index);
}

/* sitrep_suggest_places_same () with each key made once, when first
 * compared (most places are told apart by where they are). */
static gboolean
same_place (Draft                  *draft,
            const SitrepSuggestion *p,
            char                  **p_key)
{
  const SitrepSuggestion *a = draft->place;

  if (a == NULL || p == NULL)
    return a == p;
  if (a->geonameid != 0 && a->geonameid == p->geonameid)
    return TRUE;
  if (!isnan (a->latitude) && !isnan (p->latitude))
    return sitrep_gazetteer_distance_km (a->latitude, a->longitude, p->latitude, p->longitude) <= SAME_PLACE_KM;
  if (draft->place_key == NULL)
    draft->place_key = sitrep_normalize_name (a->text);
  if (*p_key == NULL)
    *p_key = sitrep_normalize_name (p->text);
  return strcmp (draft->place_key, *p_key) == 0;
}

static void
draft_clear (gpointer data)
{
  g_free (((Draft *) data)->place_key);
  g_clear_pointer (&((Draft *) data)->actor_set, g_hash_table_unref);
}

/* Whether date suggestion @dt is resolved to one day. */
static gboolean
one_day (const SitrepSuggestion *dt)
{
  return dt != NULL && dt->date_start != NULL && dt->date_precision == SITREP_SPAN_PRECISION_DAY &&
         (dt->date_end == NULL || strcmp (dt->date_end, dt->date_start) == 0);
}

/* The draft figure @f's place @p and date @dt join, or NULL. @own: @p is
 * named in the figure's sentence. */
static Draft *
find_draft (GArray                 *drafts,
            const SitrepSuggestion *p,
            gboolean                own,
            const SitrepSuggestion *dt,
            int                     date)
{
  g_autofree char *p_key = NULL;

  for (guint d = 0; d < drafts->len; d++)
    {
      Draft *draft = &g_array_index (drafts, Draft, d);

      if (!same_place (draft, p, &p_key))
        continue;
      /* A draft at a dateline's city ("BAGHDAD, July 21 (Xinhua) -- A
       * civilian was killed … in Baghdad") takes no figure whose sentence
       * names another place near it ("in Baghdad's southern district of
       * Doura", "shelling in the city of Sarmeen"): that is an incident
       * there (a figure told twice joins it again after, merge.c). */
      if (draft->dateline && own && p != NULL && p != draft->place &&
          !(p->geonameid != 0 && p->geonameid == draft->place->geonameid) &&
          (p_key != NULL || (p_key = sitrep_normalize_name (p->text)) != NULL) &&
          (draft->place_key != NULL || (draft->place_key = sitrep_normalize_name (draft->place->text)) != NULL) &&
          strcmp (p_key, draft->place_key) != 0)
        continue;
      if (!sitrep_suggest_dates_close (draft->date != NULL ? draft->date->date_start : NULL,
                                       dt != NULL ? dt->date_start : NULL, SAME_DAYS))
        continue;
      /* One report's two days at one place are two incidents: a week's
       * round-up's "On Jan. 2, two soldiers … in Daraa" is not its "Jan. 4"
       * incident there (another report's day may be told a day off), nor its day unread ("On Monday"). */
      if (one_day (dt) && draft->date != NULL &&
          (draft->date->date_start == NULL || (one_day (draft->date) && strcmp (draft->date->date_start, dt->date_start) != 0)))
        continue;
      if (draft->date == NULL && dt != NULL)
        {
          draft->date = dt;
          draft->incident->date = date;
        }
      return draft;
    }
  return NULL;
}

static Draft *
new_draft (GArray                 *drafts,
           GPtrArray              *incidents,
           GPtrArray              *all,
           const SitrepSuggestion *fig,
           int                     place,
           int                     date)
{
  Draft draft = { 0 };

  draft.incident = g_new0 (SitrepSuggestIncident, 1);
  draft.incident->figures = g_array_new (FALSE, FALSE, sizeof (int));
  draft.incident->actors = g_array_new (FALSE, FALSE, sizeof (int));
  draft.incident->place = place;
  draft.incident->date = date;
  draft.incident->start = fig->start;
  draft.incident->end = fig->end;
  draft.place = place >= 0 ? all->pdata[place] : NULL;
  draft.place_key = NULL;
  draft.actor_set = NULL;
  draft.date = date >= 0 ? all->pdata[date] : NULL;
  draft.dateline = place >= 0 && _sitrep_suggest_place_is_dateline (all, place);
  draft.paragraph = fig->paragraph;
  draft.index = incidents->len;
  g_array_append_val (drafts, draft);
  g_ptr_array_add (incidents, draft.incident);
  return &g_array_index (drafts, Draft, drafts->len - 1);
}

static gboolean
inside (const SitrepSuggestion *actor,
        const SitrepSuggestion *claimant)
{
  return claimant->kind == SITREP_SUGGEST_CLAIMANT && actor->start >= claimant->start && actor->end <= claimant->end;
}

/* Whether actor @a is said by the figure's claimant ("the Russian
 * Reconciliation Center in Syria claimed …") or by another claimant of
 * the figure's sentence ("…, a medical source told DPA", "according to
 * Xinhua"): a source, not a party. */
static gboolean
in_claimant (const Index            *ix,
             const SitrepSuggestion *fig,
             guint                   a,
             guint                   from,
             guint                   to)
{
  const SitrepSuggestion *actor = ix->all->pdata[a];
  guint first, last;

  if (fig->claimant >= 0 && inside (actor, ix->all->pdata[fig->claimant]))
    return TRUE;
  if (to - from <= FEW)
    {
      for (guint i = from; i < to; i++)
        if (((const SitrepSuggestion *) ix->all->pdata[i])->sentence == fig->sentence && inside (actor, ix->all->pdata[i]))
          return TRUE;
      return FALSE;
    }
  in_sentence (ix, a, from, to, SITREP_SUGGEST_CLAIMANT, &first, &last);
  for (guint k = first; k < last; k++)
    if (inside (actor, ix->all->pdata[(guint32) ix->by_sentence.keys[k]]))
      return TRUE;
  return FALSE;
}

/* The actors and persons of figure @f's sentence, in text order, to @into;
 * not the one the figure's claimant names. */
static void
add_actors (const Index *ix,
            guint        f,
            guint        from,
            guint        to,
            Draft       *into)
{
  const SitrepSuggestion *fig = ix->all->pdata[f];
  guint first, last;

  if (to - from <= FEW)
    {
      for (guint i = from; i < to; i++)
        {
          const SitrepSuggestion *s = ix->all->pdata[i];

          if ((s->kind == SITREP_SUGGEST_ACTOR || s->kind == SITREP_SUGGEST_PERSON) && s->sentence == fig->sentence &&
              !in_claimant (ix, fig, i, from, to))
            add_actor (into, i);
        }
      return;
    }
  /* A Person is filed as an Actor, so both come in text order. */
  in_sentence (ix, f, from, to, SITREP_SUGGEST_ACTOR, &first, &last);
  for (guint k = first; k < last; k++)
    if (!in_claimant (ix, fig, (guint32) ix->by_sentence.keys[k], from, to))
      add_actor (into, (guint32) ix->by_sentence.keys[k]);
}

GPtrArray *
_sitrep_suggest_incidents (GPtrArray *all)
{
  GPtrArray *incidents = g_ptr_array_new ();
  g_autoptr(GArray) drafts = g_array_new (FALSE, TRUE, sizeof (Draft));
  Index ix;

  g_array_set_clear_func (drafts, draft_clear);
  index_init (&ix, all);
  for (guint f = 0; f < all->len; f++)
    {
      SitrepSuggestion *fig = all->pdata[f];
      int place, date, index = f;
      guint from, to;
      Draft *into;

      if (!is_figure (fig))
        continue;
      paragraph_range (&ix, f, &from, &to);
      if (to - from > FEW && !ix.filed)
        index_file (&ix);
      fig->claimant = nearest_claimant (&ix, f, from, to);
      if (fig->cumulative)
        continue;

      date = _sitrep_suggest_sentence_day (ix.all, nearest_of_kind (&ix, f, from, to, SITREP_SUGGEST_DATE), fig);
      /* Figures told of a span of months ("lost three of its top leaders …
       * in August and September") count a period's dead, not one
       * incident's: the coders record no event of them. */
      if (date >= 0 && _sitrep_suggest_date_spans_months (all->pdata[date]))
        continue;
      place = place_for (&ix, f, from, to);
      into = find_draft (drafts, place >= 0 ? all->pdata[place] : NULL,
                         place >= 0 && ((const SitrepSuggestion *) all->pdata[place])->sentence == fig->sentence,
                         date >= 0 ? all->pdata[date] : NULL, date);
      if (into == NULL)
        into = new_draft (drafts, incidents, all, fig, place, date);
      /* Each figure is met once, so it is new to its incident. */
      g_array_append_val (into->incident->figures, index);
      into->incident->start = MIN (into->incident->start, fig->start);
      into->incident->end = MAX (into->incident->end, fig->end);
      fig->incident = into->index;
      if (fig->part)
        _sitrep_suggest_part_takes_claimant (all, into->incident, fig);
      add_actors (&ix, f, from, to, into);
    }
  index_clear (&ix);
  _sitrep_suggest_incidents_merge_repeated (all, incidents);
  return incidents;
}

/* Words of an incident's sentences that say what kind of event it was, as
 * ACLED types events: weapons used from afar, armed groups fighting each
 * other, armed men against people who do not fight back. The first kind
 * found in that order is the incident's. */
#define EXPLOSIONS "Explosions/Remote violence"
#define BATTLES "Battles"
#define CIVILIANS "Violence against civilians"

typedef struct
{
  const char *words;
  const char *type;
} TypeCue;

static const TypeCue type_cues[] = {
  { "airstrike", EXPLOSIONS }, { "airstrikes", EXPLOSIONS }, { "air strike", EXPLOSIONS },
  { "air strikes", EXPLOSIONS }, { "air raid", EXPLOSIONS }, { "air raids", EXPLOSIONS },
  { "drone strike", EXPLOSIONS }, { "drone strikes", EXPLOSIONS }, { "bomb", EXPLOSIONS },
  { "bombs", EXPLOSIONS }, { "bombing", EXPLOSIONS }, { "bombings", EXPLOSIONS }, { "bombed", EXPLOSIONS },
  { "bomber", EXPLOSIONS }, { "bombers", EXPLOSIONS }, { "bombardment", EXPLOSIONS }, { "ied", EXPLOSIONS },
  { "ieds", EXPLOSIONS }, { "shelling", EXPLOSIONS }, { "shelled", EXPLOSIONS }, { "mortar", EXPLOSIONS },
  { "mortars", EXPLOSIONS }, { "rocket", EXPLOSIONS }, { "rockets", EXPLOSIONS }, { "missile", EXPLOSIONS },
  { "missiles", EXPLOSIONS }, { "artillery", EXPLOSIONS }, { "explosion", EXPLOSIONS },
  { "explosions", EXPLOSIONS }, { "explosive", EXPLOSIONS }, { "explosives", EXPLOSIONS },
  { "blast", EXPLOSIONS }, { "landmine", EXPLOSIONS }, { "landmines", EXPLOSIONS }, { "grenade", EXPLOSIONS },
  { "clash", BATTLES }, { "clashes", BATTLES }, { "clashed", BATTLES }, { "fighting", BATTLES },
  { "firefight", BATTLES }, { "gunfight", BATTLES }, { "gun battle", BATTLES }, { "battle", BATTLES },
  { "battles", BATTLES }, { "exchange of fire", BATTLES }, { "exchanged fire", BATTLES },
  { "attacked positions", BATTLES }, { "attacked the positions", BATTLES }, { "ambush", BATTLES },
  { "ambushed", BATTLES },
  { "executed", CIVILIANS }, { "execution", CIVILIANS }, { "executions", CIVILIANS },
  { "abducted", CIVILIANS }, { "abduction", CIVILIANS }, { "kidnapped", CIVILIANS },
  { "kidnapping", CIVILIANS }, { "massacre", CIVILIANS }, { "massacred", CIVILIANS },
  { "beheaded", CIVILIANS },
};

/* Arabic cues: stems, each matched as the start of a word once its
 * clitics are off (و/ف "and", ب/ل/ك, the article ال, or لل: "وبالقصف",
 * "للغارات"), written as normalize_arabic () leaves them (أ/إ/آ are ا,
 * ة is ه): تفجير/تفجيرات, عبوة ناسفة/عبوات ناسفة, قصف/قصفت, غارة/غارات,
 * انفجار/انفجر; اشتباك/اشتباكات; إعدام/أعدم, اختطاف/اختطف. No bare stem
 * that starts a common word of another sense: not غار (a cave), عدم
 * ("lack"), خطف ("snatched" the limelight). */
static const TypeCue arabic_type_cues[] = {
  { "تفجير", EXPLOSIONS }, { "عبوه ناسف", EXPLOSIONS }, { "عبوات ناسف", EXPLOSIONS },
  { "قصف", EXPLOSIONS }, { "غاره", EXPLOSIONS }, { "غارات", EXPLOSIONS },
  { "انفجار", EXPLOSIONS }, { "انفجر", EXPLOSIONS },
  { "اشتباك", BATTLES },
  { "اعدام", CIVILIANS }, { "اعدم", CIVILIANS }, { "اختطاف", CIVILIANS }, { "اختطف", CIVILIANS },
};

static const char * const type_order[] = { EXPLOSIONS, BATTLES, CIVILIANS };

/* An armed forces' operation or raid that kills or wounds ("carried out a
 * special operation in Jassim, leaving 20 ISIS militants dead"): an armed
 * clash, as ACLED codes a raid on an armed group, when no word above says
 * more; not when it arrests (an arrest is no battle). */
static const char * const operation_cues[] = {
  "security operation", "security operations", "special operation", "military operation", "military operations",
  "combing operation", "clearing operation", "counter terrorism operation", "counterterrorism operation",
  "anti isis operation", "raid", "raids", "raided", NULL
};
static const char * const arabic_operation_cues[] = { "عمليه امني", "عمليه عسكري", "مداهم", NULL };
static const char * const arrest_cues[] = {
  "arrest", "arrested", "arrests", "detained", "detain", "captured", "apprehended", NULL
};
static const char * const arabic_arrest_cues[] = { "اعتقال", "اعتقل", "القبض", NULL };

/* @c as the Arabic cues are written: أ إ آ are ا, ة is ه. */
static gunichar
normalize_arabic (gunichar c)
{
  switch (c)
    {
    case 0x0623: case 0x0625: case 0x0622: return 0x0627;
    case 0x0629: return 0x0647;
    default: return c;
    }
}

/* @text's words, lower case ("air-strike" is "air", "strike"). */
static GPtrArray *
type_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p != '\0' ? g_utf8_get_char (p) : 0;

      /* Arabic short vowels and the tatweel do not break a word: "قَصْف". */
      if (c != 0 && (g_unichar_ismark (c) || c == 0x0640))
        continue;
      if (c != 0 && (g_unichar_isalnum (c) || c == '\'' || c == 0x2019))
        {
          g_string_append_unichar (word, normalize_arabic (g_unichar_tolower (c)));
          continue;
        }
      if (word->len > 0)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return words;
}

/* The next word of the cue @*cue into @part (at most @size bytes with its
 * end); FALSE at the cue's end. No allocation: each word of a report is
 * tried against every cue. */
static gboolean
next_cue_word (const char **cue,
               char        *part,
               gsize        size)
{
  gsize n;

  while (**cue == ' ')
    (*cue)++;
  if (**cue == '\0')
    return FALSE;
  n = strcspn (*cue, " ");
  g_assert (n < size);
  memcpy (part, *cue, n);
  part[n] = '\0';
  *cue += n;
  return TRUE;
}

/* Whether @words holds @cue's words, in a row, from @at. */
static gboolean
cue_at (GPtrArray  *words,
        guint       at,
        const char *cue)
{
  char part[64];

  /* Most words start otherwise than most cues: told before the cue's
   * first word is copied out (listing a long article's incidents tried
   * every cue on every word of their sentences). */
  while (*cue == ' ')
    cue++;
  if (at >= words->len || *cue == '\0' || ((const char *) words->pdata[at])[0] != *cue)
    return *cue == '\0';
  for (guint k = 0; next_cue_word (&cue, part, sizeof part); k++)
    if (at + k >= words->len || strcmp (words->pdata[at + k], part) != 0)
      return FALSE;
  return TRUE;
}

/* @word without the Arabic clitic @prefix, or NULL when it does not start
 * so (leaving a stem of at least two letters). */
static const char *
without_prefix (const char *word,
                const char *prefix)
{
  gsize n = strlen (prefix);

  return _sitrep_suggest_has_prefix (word, prefix) && g_utf8_strlen (word + n, -1) >= 2 ? word + n : NULL;
}

/* Whether Arabic @word is @stem followed by anything, once its clitics are
 * off: و/ف, then ب/ل/ك, then ال (or لل for ل + ال). */
static gboolean
arabic_stem_of (const char *word,
                const char *stem)
{
  static const char * const conj[] = { "", "و", "ف" };
  static const char * const prep[] = { "", "ب", "ل", "ك" };
  static const char * const art[] = { "", "ال", "ل" };

  for (guint a = 0; a < G_N_ELEMENTS (conj); a++)
    {
      const char *w1 = *conj[a] != '\0' ? without_prefix (word, conj[a]) : word;

      for (guint b = 0; w1 != NULL && b < G_N_ELEMENTS (prep); b++)
        {
          const char *w2 = *prep[b] != '\0' ? without_prefix (w1, prep[b]) : w1;

          for (guint c = 0; w2 != NULL && c < G_N_ELEMENTS (art); c++)
            {
              const char *w3;

              /* لل is ل before ال only. */
              if (c == 2 && strcmp (prep[b], "ل") != 0)
                continue;
              w3 = *art[c] != '\0' ? without_prefix (w2, art[c]) : w2;
              if (w3 != NULL && _sitrep_suggest_has_prefix (w3, stem))
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* Whether @words holds Arabic @cue's stems, in a row, from @at. */
static gboolean
arabic_cue_at (GPtrArray  *words,
               guint       at,
               const char *cue)
{
  char part[64];

  /* Every cue is Arabic: a word in Latin letters is none of them. */
  if (at >= words->len || (guchar) ((const char *) words->pdata[at])[0] < 0x80)
    return FALSE;
  for (guint k = 0; next_cue_word (&cue, part, sizeof part); k++)
    if (at + k >= words->len || !arabic_stem_of (words->pdata[at + k], part))
      return FALSE;
  return TRUE;
}

/* Whether @words hold one of @cues, or of @arabic (Arabic stems), anywhere. */
static gboolean
holds_cue (GPtrArray          *words,
           const char * const *cues,
           const char * const *arabic)
{
  for (guint i = 0; i < words->len; i++)
    {
      for (guint c = 0; cues[c] != NULL; c++)
        if (cue_at (words, i, cues[c]))
          return TRUE;
      for (guint c = 0; arabic[c] != NULL; c++)
        if (arabic_cue_at (words, i, arabic[c]))
          return TRUE;
    }
  return FALSE;
}

/* An operation or raid (operation_cues) that arrests no one. */
static gboolean
operation_battle (GPtrArray *words)
{
  return holds_cue (words, operation_cues, arabic_operation_cues) && !holds_cue (words, arrest_cues, arabic_arrest_cues);
}

const char *
sitrep_suggest_incident_event_type (const char *text)
{
  g_autoptr(GPtrArray) words = NULL;
  gboolean found[G_N_ELEMENTS (type_order)] = { FALSE };

  if (text == NULL)
    return NULL;
  words = type_words (text);
  for (guint i = 0; i < words->len; i++)
    for (guint c = 0; c < G_N_ELEMENTS (type_cues); c++)
      if (cue_at (words, i, type_cues[c].words))
        for (guint t = 0; t < G_N_ELEMENTS (type_order); t++)
          found[t] |= type_order[t] == type_cues[c].type;
  for (guint i = 0; i < words->len; i++)
    for (guint c = 0; c < G_N_ELEMENTS (arabic_type_cues); c++)
      if (arabic_cue_at (words, i, arabic_type_cues[c].words))
        for (guint t = 0; t < G_N_ELEMENTS (type_order); t++)
          found[t] |= type_order[t] == arabic_type_cues[c].type;
  for (guint t = 0; t < G_N_ELEMENTS (type_order); t++)
    if (found[t])
      return type_order[t];
  return operation_battle (words) ? BATTLES : NULL;
}
