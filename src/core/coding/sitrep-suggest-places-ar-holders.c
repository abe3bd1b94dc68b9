/* sitrep-suggest-places-ar-holders.c — Arabic places the gazetteer lacks, left unplaced by the
 * other rules, placed by what the Arabic text says holds them: a clause with brackets or quotes
 * around the names ("في قرية (الحساوي) بناحية (ابي صيدا) شمال شرق مدينة بعقوبة"), a noun that
 * stands for a town named before ("وسط المدينة", "في القضاء ذاته", "في الريف الشرقي"), "التابعة
 * لـ Y", "تبعد 65 كلم عن Y", the places of its list ("بلدات معدان وقرية البوحمد"), or, for a
 * neighbourhood ("حي X", "أحياء X وY"), the city the text named last
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"

/* How many tokens after a place its holder is looked for. */
#define HOLDER_TOKENS 10
/* How many words may stand between the holding word and the holder
 * ("شمال شرق مدينة بعقوبة", "عن مركز محافظة كركوك"). */
#define FILLER_TOKENS 4
/* How many tokens a bracketed aside after a name may hold ("(منطقة الهلاهل)"). */
#define ASIDE_TOKENS 5
/* A town this size is what "المدينة" (the city) or "الريف" (the
 * countryside, of a city) stands for. */
#define CITY_PEOPLE 10000
/* Passes over the unplaced places: one placed may place another ("X بناحية
 * Y شمال Z": Y by Z, then X by Y). */
#define PASSES 3
/* The longest Arabic word compared, in bytes. */
#define MAX_WORD 64

/* Words after which the place that follows holds the one before. */
static const char * const holding[] = {
  "في", "قرب", "بالقرب", "داخل", "وسط", "محيط", "بمحيط", "ضمن", "التابعة", "التابع", "الواقعة", "الواقع",
  "أطراف", "اطراف", "بأطراف", "باطراف", NULL
};

/* Bearings: "شمال المدينة", "شمال شرق مدينة بعقوبة". */
static const char * const bearings[] = {
  "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", NULL
};

/* Words between the holding word and the holder (a glued "ب"/"ل"/"و"
 * aside): kinds of place, bearings, "من" (of), "مركز" (the centre of). */
static const char * const fillers[] = {
  "من", "قضاء", "ناحية", "مدينة", "بلدة", "قرية", "محافظة", "منطقة", "مركز", "ريف", "حي", "بادية", "شمال",
  "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "عن", NULL
};

/* Units of a distance: "تبعد 65 كلم عن Y" is near Y. */
static const char * const distance_units[] = { "كم", "كلم", "كيلومتر", "كيلومترات", "كيلو", "كيلومترا", NULL };

enum
{
  ANY_PLACE,
  CITY,
};

/* Nouns that stand for a place the text named before, and what they
 * stand for: "وسط المدينة" is the city's; "في القضاء ذاته" the district's;
 * "في الريف الشرقي" the countryside of the city. */
static const struct
{
  const char *word;
  guint       kind;
} anaphors[] = {
  { "المدينة", CITY }, { "الريف", CITY }, { "البادية", CITY }, { "المحافظة", CITY }, { "البلدة", ANY_PLACE },
  { "القرية", ANY_PLACE }, { "القضاء", ANY_PLACE }, { "الناحية", ANY_PLACE }, { "المنطقة", ANY_PLACE },
};

/* Nouns of a neighbourhood before its name: "حي الفردوس", "أحياء X وY". */
static const char * const quarter_kinds[] = { "حي", "أحياء", "احياء", "حيي", "حارة", NULL };

/* Kinds of place glued to "و" between the names of a list ("بلدات معدان
 * وقرية البوحمد"). */
static const char * const list_kinds[] = { "قرية", "بلدة", "مدينة", "حي", "منطقة", "ناحية", "مخيم", NULL };

gboolean
_sitrep_suggest_arabic_bare (const char *text,
                             gsize       len,
                             char       *buf,
                             gsize      *out_len)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;
  gsize n;

  /* U+0640 tatweel, U+064B … U+065F marks: 0xD9 0x80, 0xD9 0x8B … 0x9F.
   * Most words have none: no copy. */
  while (p + 1 < end && !(p[0] == 0xD9 && (p[1] == 0x80 || (p[1] >= 0x8B && p[1] <= 0x9F))))
    p++;
  if (p + 1 >= end)
    return FALSE;
  n = p - (const guchar *) text;
  memcpy (buf, text, n);
  while (p < end)
    {
      if (p + 1 < end && p[0] == 0xD9 && (p[1] == 0x80 || (p[1] >= 0x8B && p[1] <= 0x9F)))
        {
          p += 2;
          continue;
        }
      buf[n++] = *p++;
    }
  buf[n] = '\0';
  *out_len = n;
  return TRUE;
}

/* Copies Arabic token @i into @buf without its marks and tatweel ("بلدةِ"
 * is "بلدة"); its bytes, or 0 when it is no Arabic word or too long. */
static gsize
bare_word (SuggestRun *run,
           guint       i,
           char       *buf)
{
  const SuggestToken *t = tok (run, i);
  const guchar *p = (const guchar *) run->text + t->start;
  const guchar *end = (const guchar *) run->text + t->end;
  gsize len = 0;

  if (!(t->flags & TOK_ARABIC) || !(t->flags & TOK_WORD) || t->end - t->start >= MAX_WORD)
    return 0;
  while (p < end)
    {
      /* U+0640 tatweel, U+064B … U+065F marks: 0xD9 0x80, 0xD9 0x8B … 0x9F. */
      if (p + 1 < end && p[0] == 0xD9 && (p[1] == 0x80 || (p[1] >= 0x8B && p[1] <= 0x9F)))
        {
          p += 2;
          continue;
        }
      buf[len++] = *p++;
    }
  buf[len] = '\0';
  return len;
}

/* Whether bare word @w (@len bytes) is one of @words. */
static gboolean
bare_in (const char         *w,
         gsize               len,
         const char * const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    {
      if (strlen (words[k]) == len && memcmp (words[k], w, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether Arabic token @i is one of @words, bare of marks, or after a
 * glued "و", "ب", "ل", "ف" (one or two: "وبريف"). */
static gboolean
ar_is (SuggestRun         *run,
       guint               i,
       const char * const *words)
{
  char buf[MAX_WORD];
  gsize len = i < run->tokens->len ? bare_word (run, i, buf) : 0;
  const char *w = buf;

  for (guint strip = 0; len > 0 && strip < 3; strip++)
    {
      if (bare_in (w, len, words))
        return TRUE;
      if (len <= 6 || !(memcmp (w, "و", 2) == 0 || memcmp (w, "ب", 2) == 0 || memcmp (w, "ل", 2) == 0 ||
                        memcmp (w, "ف", 2) == 0))
        return FALSE;
      w += 2, len -= 2;
    }
  return FALSE;
}

/* The kind of the anaphor token @i is (an index of anaphors), or -1. */
static gint
anaphor_at (SuggestRun *run,
            guint       i)
{
  char buf[MAX_WORD];
  gsize len = bare_word (run, i, buf);
  const char *w = buf;

  /* "بالمدينة", "وبالريف": the article after a glued letter or two. */
  for (guint strip = 0; len > 0 && strip < 3; strip++)
    {
      for (guint m = 0; m < G_N_ELEMENTS (anaphors); m++)
        {
          if (strlen (anaphors[m].word) == len && memcmp (anaphors[m].word, w, len) == 0)
            return (gint) m;
        }
      if (len <= 8 || !(memcmp (w, "و", 2) == 0 || memcmp (w, "ب", 2) == 0 || memcmp (w, "ف", 2) == 0))
        break;
      w += 2, len -= 2;
    }
  /* "للمدينة": "ل" and the article's alif dropped. */
  if (len > 4 && memcmp (w, "لل", 4) == 0)
    {
      for (guint m = 0; m < G_N_ELEMENTS (anaphors); m++)
        {
          if (strlen (anaphors[m].word) == len + 2 && memcmp (anaphors[m].word + 4, w + 4, len - 4) == 0)
            return (gint) m;
        }
    }
  return -1;
}

static gboolean
is_mark (SuggestRun *run,
         guint       j,
         const char *marks)
{
  return j < run->tokens->len && (tok (run, j)->flags & TOK_PUNCT) && strchr (marks, run->text[tok (run, j)->start]) != NULL;
}

/* Whether token @j opens or closes a bracket or a quotation. */
static gboolean
is_wrapper (SuggestRun *run,
            guint       j)
{
  const char *p = run->text + tok (run, j)->start;

  return is_mark (run, j, "()[]") || _sitrep_suggest_is_quote_mark (run, j) ||
         ((tok (run, j)->flags & TOK_PUNCT) && (_sitrep_suggest_has_prefix (p, "«") || _sitrep_suggest_has_prefix (p, "»")));
}

/* Whether placed @o may hold others: a town or region, not a country. */
static gboolean
placed (const SitrepSuggestion *o)
{
  return o != NULL && o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && o->scope != SITREP_PLACE_SCOPE_COUNTRY;
}

/* The place named last before byte @before that an anaphor of @kind may
 * stand for: a city (a sure town of CITY_PEOPLE or more, or a region)
 * for "المدينة" and "الريف", any placed place for "القضاء". */
static SitrepSuggestion *
named_before (SuggestRun *run,
              guint       from,
              gsize       before,
              guint       kind)
{
  SitrepSuggestion *best = NULL;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (!placed (o) || o->byte_end > before || (best != NULL && o->byte_start < best->byte_start))
        continue;
      if (kind == CITY && !(o->scope == SITREP_PLACE_SCOPE_REGION || (!o->doubtful && o->population >= CITY_PEOPLE)))
        continue;
      best = o;
    }
  return best;
}

/* Token @j past a bracketed or quoted aside that starts there ("(منطقة
 * الهلاهل)"), or @j. */
static guint
past_aside (SuggestRun *run,
            guint       j)
{
  guint n = run->tokens->len;

  if (!is_mark (run, j, "("))
    return j;
  for (guint k = j + 1; k < n && k <= j + ASIDE_TOKENS && tok (run, k)->sentence == tok (run, j)->sentence; k++)
    {
      if (is_mark (run, k, ")"))
        return k + 1;
    }
  return j;
}

/* What the clause after the place ending at token @last says holds it:
 * the placed place after a holding word or a bearing, past brackets and
 * quotes ("(الحساوي) بناحية (ابي صيدا)"), or the place an anaphor after
 * it stands for ("(العبارة) شمال المدينة"); NULL when none. */
static SitrepSuggestion *
clause_holder (SuggestRun *run,
               guint       from,
               GArray     *places,
               gsize       longest,
               const SitrepSuggestion *s,
               guint       last)
{
  guint n = run->tokens->len;
  guint j = last + 1;

  while (j < n && is_wrapper (run, j) && !is_mark (run, j, "("))
    j++;
  j = past_aside (run, j);
  for (guint steps = 0; j < n && steps < HOLDER_TOKENS && tok (run, j)->sentence == tok (run, last)->sentence; j++, steps++)
    {
      gboolean holds;

      if (is_mark (run, j, ";:"))
        return NULL;
      if (!(tok (run, j)->flags & TOK_ARABIC))
        {
          if (!(tok (run, j)->flags & TOK_PUNCT) && !(tok (run, j)->flags & TOK_NUMBER))
            return NULL;
          continue;
        }
      holds = ar_is (run, j, holding) || ar_is (run, j, bearings) ||
              /* "بناحية (ابي صيدا)", "بريف دمشق": "ب" glued to a kind. */
              (memcmp (run->text + tok (run, j)->start, "ب", 2) == 0 && ar_is (run, j, fillers)) ||
              /* "تبعد 65 كلم عن Y". */
              (ar_is (run, j, (const char * const[]) { "عن", "من", NULL }) && j >= 1 && ar_is (run, j - 1, distance_units));
      if (!holds)
        continue;
      for (guint k = ar_is (run, j, fillers) ? j : j + 1; k < n && k <= j + 1 + FILLER_TOKENS &&
           tok (run, k)->sentence == tok (run, last)->sentence; k++)
        {
          SitrepSuggestion *o = _sitrep_suggest_place_over (run, places, longest, tok (run, k)->end - 1, tok (run, k)->end);
          gint anaphor;

          if (o != NULL && o != s)
            return placed (o) ? o : NULL;
          if (is_wrapper (run, k))
            continue;
          if ((anaphor = anaphor_at (run, k)) >= 0)
            return named_before (run, from, s->byte_start, anaphors[anaphor].kind);
          if (!ar_is (run, k, fillers))
            break;
        }
    }
  return NULL;
}

/* The place of the list item next to @s's tokens @first … @last: before
 * (@after FALSE) or after it, with "و" glued to the later one and maybe a
 * kind of place ("بلدات معدان وقرية البوحمد"); NULL when none. */
static SitrepSuggestion *
list_neighbour (SuggestRun *run,
                GArray     *places,
                gsize       longest,
                const SitrepSuggestion *s,
                guint       first,
                guint       last,
                gboolean    after)
{
  guint n = run->tokens->len;
  guint j;
  SitrepSuggestion *o;

  if (after)
    {
      j = last + 1;
      while (j < n && is_wrapper (run, j))
        j++;
      if (j >= n || tok (run, j)->sentence != tok (run, last)->sentence || !(tok (run, j)->flags & TOK_ARABIC) ||
          memcmp (run->text + tok (run, j)->start, "و", 2) != 0)
        return NULL;
      if (ar_is (run, j, list_kinds))
        j++;
      while (j < n && is_wrapper (run, j))
        j++;
      if (j >= n)
        return NULL;
      o = _sitrep_suggest_place_over (run, places, longest, tok (run, j)->end - 1, tok (run, j)->end);
      return o != s ? o : NULL;
    }
  /* Before: "و" glued to this name (its span trimmed of it), or to the kind before it. */
  j = first;
  if (!(s->byte_start > tok (run, first)->start && memcmp (run->text + tok (run, first)->start, "و", 2) == 0))
    {
      while (j > 0 && is_wrapper (run, j - 1))
        j--;
      if (j == 0 || !ar_is (run, j - 1, list_kinds) || memcmp (run->text + tok (run, j - 1)->start, "و", 2) != 0)
        return NULL;
      j--;
    }
  while (j > 0 && is_wrapper (run, j - 1))
    j--;
  if (j == 0 || tok (run, j - 1)->sentence != tok (run, first)->sentence)
    return NULL;
  o = _sitrep_suggest_place_over (run, places, longest, tok (run, j - 1)->end - 1, tok (run, j - 1)->end);
  return o != s ? o : NULL;
}

/* Whether listed @o may place its neighbours: sure, or pinned by what holds it. */
static gboolean
anchors_list (const SitrepSuggestion *o)
{
  return placed (o) && (!o->doubtful || o->geonameid == 0);
}

/* Whether a noun of a neighbourhood heads @s ("حي X", "أحياء X وY"),
 * through the list it is in. */
static gboolean
is_quarter (SuggestRun *run,
            GArray     *places,
            gsize       longest,
            const SitrepSuggestion *s,
            guint       first)
{
  for (guint items = 0; items < 8; items++)
    {
      guint j = first;
      SitrepSuggestion *o;

      while (j > 0 && is_wrapper (run, j - 1))
        j--;
      if (j > 0 && ar_is (run, j - 1, quarter_kinds))
        return TRUE;
      if (!(s->byte_start > tok (run, first)->start && memcmp (run->text + tok (run, first)->start, "و", 2) == 0) ||
          j == 0 || (o = _sitrep_suggest_place_over (run, places, longest, tok (run, j - 1)->end - 1, tok (run, j - 1)->end)) == NULL)
        return FALSE;
      s = o;
      first = _sitrep_suggest_token_holding (run, o->byte_start);
    }
  return FALSE;
}

/* Another mention of @s's name the text placed ("قرية الصمود في قضاء
 * داقوق" … "قرى البومحمد وكوباني والصمود"), or NULL. */
static SitrepSuggestion *
placed_namesake (SuggestRun             *run,
                 guint                   from,
                 const SitrepSuggestion *s)
{
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if (o != s && placed (o) && o->text != NULL && s->text != NULL && strcmp (o->text, s->text) == 0)
        return o;
    }
  return NULL;
}

/* After -places-clause.c's pass: the Arabic places still unplaced, placed
 * at what their text says holds them, doubtful. */
void
_sitrep_suggest_arabic_holders (SuggestRun *run,
                                guint       from)
{
  g_autoptr(GArray) places = NULL;
  gsize longest = 0;
  gboolean changed = TRUE;

  if (run->n_arabic == 0)
    return;
  for (guint pass = 0; pass < PASSES && changed; pass++)
    {
      changed = FALSE;
      for (guint k = from; k < run->out->len; k++)
        {
          SitrepSuggestion *s = run->out->pdata[k];
          SitrepSuggestion *holder;
          guint first, last;

          if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end == 0 || !isnan (s->latitude) ||
              !(tok (run, first = _sitrep_suggest_token_holding (run, s->byte_start))->flags & TOK_ARABIC))
            continue;
          last = _sitrep_suggest_token_holding (run, s->byte_end - 1);
          /* "من": where people come from, not where a thing happened. */
          if (first > 0 && ar_is (run, first - 1, (const char * const[]) { "من", NULL }) && !ar_is (run, first, list_kinds))
            continue;
          if (places == NULL)
            places = _sitrep_suggest_places_by_start (run, &longest);
          holder = placed_namesake (run, from, s);
          if (holder != NULL)
            {
              s->latitude = holder->latitude;
              s->longitude = holder->longitude;
              s->geonameid = holder->geonameid;
              s->country = _sitrep_suggest_strdup (run, holder->country);
              s->admin1 = _sitrep_suggest_strdup (run, holder->admin1);
              s->doubtful = holder->doubtful;
              s->population = holder->population;
              s->scope = holder->scope;
              changed = TRUE;
              continue;
            }
          holder = clause_holder (run, from, places, longest, s, last);
          if (holder == NULL || holder == s)
            {
              SitrepSuggestion *before = list_neighbour (run, places, longest, s, first, last, FALSE);
              SitrepSuggestion *after = list_neighbour (run, places, longest, s, first, last, TRUE);

              holder = anchors_list (before) ? before : anchors_list (after) ? after : NULL;
            }
          if (holder == NULL && is_quarter (run, places, longest, s, first))
            holder = named_before (run, from, s->byte_start, CITY);
          if (holder == NULL || holder == s)
            continue;
          _sitrep_suggest_pin_doubtful (run, s, holder->latitude, holder->longitude, holder->country, holder->admin1);
          changed = TRUE;
        }
    }
}
