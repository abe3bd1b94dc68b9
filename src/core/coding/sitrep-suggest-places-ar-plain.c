/* sitrep-suggest-places-ar-plain.c — Arabic words the gazetteer holds as places that the grammar of their
 * text shows to be plain words: a noun of a place with the article ("في الحي", "the quarter" named before,
 * not the Iraqi town Al-Hayy), an adjective agreeing with the noun before it ("طائرات حربية" warplanes, not
 * Turkey's Harbiye; "سيارة حديثة" a new car, not Haditha); the letters glued before a name ("والموصل")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-arabic.h"
#include "sitrep-suggest-places-private.h"

/* The conjunctions and prepositions Arabic glues before a name, longest
 * first: "والموصل", "بحلب", "وبدمشق", "فالرقة", "كحلب". */
static const char * const ar_proclitics[] = {
  "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", NULL
};

/* The bytes of a conjunction or preposition glued before Arabic word @i,
 * leaving three letters or more; 0 when none. "ك" (as, like) glues to a
 * name with its article ("كالموصل"); before a bare word it is the word's
 * own first letter ("كبيرة" is no "ك" + "بيرة"). */
gsize
_sitrep_suggest_arabic_proclitic (SuggestRun *run,
                                  guint       i)
{
  const SuggestToken *t = tok (run, i);
  const char *p = run->text + t->start;
  gsize len = t->end - t->start;

  if (!(t->flags & TOK_ARABIC) || !(t->flags & TOK_WORD))
    return 0;
  for (guint k = 0; ar_proclitics[k] != NULL; k++)
    {
      gsize plen = strlen (ar_proclitics[k]);

      if (len > plen && memcmp (p, ar_proclitics[k], plen) == 0 &&
          g_utf8_strlen (p + plen, len - plen) >= 3 &&
          (memcmp (p + plen - 2, "ك", 2) != 0 || memcmp (p + plen, "ال", 4) == 0))
        return plen;
    }
  return 0;
}

/* Nouns of a place that, with the article, stand for a place named before ("الحي", "المدينة", "القرية"). */
static const char * const ar_place_nouns[] = {
  "حي", "قرية", "مدينة", "بلدة", "منطقة", "مخيم", "ناحية", "قضاء", "محافظة", "ريف", "بادية", "عاصمة", NULL
};

/* Words before a name that say a place follows, which no adjective follows ("في", "قرب"). */
static const char * const ar_place_preps[] = {
  "في", "إلى", "الى", "من", "عند", "داخل", "خارج", "نحو", "باتجاه", "حتى", "بين", "على", "عن", NULL
};

/* The bare letters of Arabic token @i past "و"/"ف" and then "ب"/"ل"/"ك" glued before them, in @buf. */
static const char *
ar_peeled (SuggestRun *run,
           guint       i,
           char       *buf,
           gsize       size,
           gsize      *len)
{
  const char *p = _sitrep_suggest_ar_token_bare (run, i, buf, size, len);

  if (p != NULL && *len > 4 && (memcmp (p, "و", 2) == 0 || memcmp (p, "ف", 2) == 0))
    p += 2, *len -= 2;
  if (p != NULL && *len > 6 && (memcmp (p, "ب", 2) == 0 || memcmp (p, "ل", 2) == 0 || memcmp (p, "ك", 2) == 0) &&
      memcmp (p + 2, "ال", 4) == 0)
    p += 2, *len -= 2;
  return p;
}

/* Whether the @len bytes at @p end in "ة" (a feminine noun or adjective), or "ات" (its plural). */
static gboolean
ar_feminine (const char *p,
             gsize       len,
             gboolean    plural)
{
  return (len > 6 && memcmp (p + len - 2, "ة", 2) == 0) || (plural && len > 8 && memcmp (p + len - 4, "ات", 4) == 0);
}

/* Whether Arabic token @i is the article and a noun of a place: an anaphor; not after a kind of place, which
 * makes it a name ("قرية الحي"). */
static gboolean
ar_place_anaphor (SuggestRun *run,
                  guint       i)
{
  char buf[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = ar_peeled (run, i, buf, sizeof buf, &len);

  return p != NULL && len > 4 && memcmp (p, "ال", 4) == 0 && _sitrep_suggest_ar_stem_in (p + 4, len - 4, ar_place_nouns) &&
         !(i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence && _sitrep_suggest_is_ar_place_kind (run, i - 1));
}

/* Whether Arabic token @i, of a place's name alone, is an adjective agreeing with the noun right before it:
 * both without the article and feminine ("سيارة حديثة", "طائرات حربية"), nothing glued to the adjective; a verb never ends in "ة", so the
 * word before is a noun, and a name does not follow a noun without the article and a word of place. */
static gboolean
ar_agreeing_adjective (SuggestRun *run,
                       guint       i)
{
  char buf[4 * MAX_LISTED_WORD], before[4 * MAX_LISTED_WORD];
  gsize len, blen;
  const char *p = _sitrep_suggest_ar_token_bare (run, i, buf, sizeof buf, &len), *b;

  /* with "و" glued it is a name in a list ("والرشدية والجبيلة"), not an adjective */
  if (p == NULL || i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence || !ar_feminine (p, len, FALSE) ||
      memcmp (p, "ال", 4) == 0 || memcmp (p, "و", 2) == 0 || memcmp (p, "ف", 2) == 0)
    return FALSE;
  b = ar_peeled (run, i - 1, before, sizeof before, &blen);
  return b != NULL && ar_feminine (b, blen, TRUE) && memcmp (b, "ال", 4) != 0 && !_sitrep_suggest_is_ar_place_kind (run, i - 1) &&
         !_sitrep_suggest_figure_ar_in (run, i - 1, ar_place_preps);
}

/* Whether Arabic token @i is counted ("عدد الشهداء", the number of martyrs) or called residential ("الدور
 * السكنية", the houses; "المباني السكنية"): a common noun, whatever village shares its letters. */
static gboolean
ar_counted_or_residential (SuggestRun *run,
                           guint       i)
{
  static const char * const counts[] = { "عدد", NULL };
  static const char * const residential[] = { "السكنية", "السكني", NULL };
  char buf[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p;

  if (i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence &&
      (p = ar_peeled (run, i - 1, buf, sizeof buf, &len)) != NULL && _sitrep_suggest_ar_stem_in (p, len, counts))
    return TRUE;
  return i + 1 < run->tokens->len && tok (run, i + 1)->sentence == tok (run, i)->sentence &&
         (p = _sitrep_suggest_ar_token_bare (run, i + 1, buf, sizeof buf, &len)) != NULL &&
         _sitrep_suggest_ar_stem_in (p, len, residential);
}

/* Whether Arabic token @i, in @i's sentence, is proposed as a place (or holds one's end). */
static gboolean
ar_ends_place (SuggestRun *run,
               guint       i)
{
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o->kind == SITREP_SUGGEST_PLACE && o->byte_end == tok (run, i)->end)
        return TRUE;
    }
  return FALSE;
}

/* Prepositions that need an object: one right before "و" has none of its own, so the word after "و"
 * is a preposition too ("داخل وحول المدينة", inside and around). */
static const char * const ar_object_preps[] = {
  "داخل", "خارج", "قرب", "حول", "فوق", "تحت", "أمام", "خلف", "عند", "في", "من", "إلى", "على", "بين",
  "قبل", "بعد", "وسط", "قرابة", NULL
};

/* Whether Arabic place @s, after a glued "و" on token @i, is joined to a word of the same kind that is
 * no place: a preposition without its object ("داخل وحول مدينة الموصل"), or an adjective that agrees
 * with the noun before it ("ديانات قديمة وحديثة", "أسلحة خفيفة وحديثة"): itself an adjective. A place
 * before "و" ("هيت وحديثة"), or a kind of place or a preposition before the first word ("في عنة
 * وحديثة"), makes it a list of places. */
static gboolean
ar_joined_to_word (SuggestRun             *run,
                   const SitrepSuggestion *s,
                   guint                   i)
{
  char buf[4 * MAX_LISTED_WORD], before[4 * MAX_LISTED_WORD];
  gsize len = 0, blen = 0;
  const char *p, *b;

  if (i < 2 || s->byte_start != tok (run, i)->start + 2 || memcmp (run->text + tok (run, i)->start, "و", 2) != 0 ||
      tok (run, i - 1)->sentence != tok (run, i)->sentence || ar_ends_place (run, i - 1))
    return FALSE;
  if (_sitrep_suggest_ar_token_is (run, i - 1, ar_object_preps))
    return TRUE;
  p = _sitrep_suggest_ar_token_bare (run, i, buf, sizeof buf, &len);
  b = _sitrep_suggest_ar_token_bare (run, i - 1, before, sizeof before, &blen);
  if (p == NULL || b == NULL || !ar_feminine (p + 2, len - 2, FALSE) || memcmp (p + 2, "ال", 4) == 0 ||
      !ar_feminine (b, blen, FALSE) || memcmp (b, "ال", 4) == 0 || memcmp (b, "و", 2) == 0 ||
      _sitrep_suggest_is_ar_place_kind (run, i - 1) || _sitrep_suggest_is_ar_kind_form (run, i - 1))
    return FALSE;
  return tok (run, i - 2)->sentence == tok (run, i)->sentence && (tok (run, i - 2)->flags & TOK_ARABIC) &&
         !_sitrep_suggest_is_ar_place_kind (run, i - 2) && !_sitrep_suggest_is_ar_kind_form (run, i - 2) &&
         !_sitrep_suggest_figure_ar_in (run, i - 2, ar_place_preps) && !ar_ends_place (run, i - 2);
}

/* Parts of the body, after the article: where a wound is ("في الرأس" in the head; Ar Rās is a village). */
static const char * const ar_body_parts[] = {
  "رأس", "صدر", "بطن", "رقبة", "عنق", "كتف", "ظهر", "ساق", "قدم", "فخذ", "وجه", "يد", NULL
};

/* The first letters of words of wounds, shots and shrapnel ("أصيب", "إصابة", "مصابا", "طلقات", "برصاص",
 * "بشظية", "جروح"), past a glued "و"/"ف", "ب"/"ل" and "ال". */
static const char * const ar_wound_stems[] = {
  "أصيب", "أصاب", "إصاب", "مصاب", "طلق", "رصاص", "شظي", "شظا", "جرح", "جروح", "جريح", "عيار", NULL
};

/* Whether Arabic token @j is a word of a wound (ar_wound_stems). */
static gboolean
ar_wound_word (SuggestRun *run,
               guint       j)
{
  char buf[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = _sitrep_suggest_ar_token_bare (run, j, buf, sizeof buf, &len);

  if (p == NULL)
    return FALSE;
  if (len > 4 && (memcmp (p, "و", 2) == 0 || memcmp (p, "ف", 2) == 0))
    p += 2, len -= 2;
  if (len > 4 && (memcmp (p, "ب", 2) == 0 || memcmp (p, "ل", 2) == 0))
    p += 2, len -= 2;
  if (len > 6 && memcmp (p, "ال", 4) == 0)
    p += 4, len -= 4;
  for (guint k = 0; ar_wound_stems[k] != NULL; k++)
    {
      gsize wlen = strlen (ar_wound_stems[k]);

      if (len >= wlen && _sitrep_suggest_ar_same (ar_wound_stems[k], p, wlen))
        return TRUE;
    }
  return FALSE;
}

/* Whether Arabic token @i is a part of the body with the article ("الرأس", "بالرأس") in a sentence that
 * speaks of a wound before it, not after a kind of settlement ("قرية الرأس"; "بمنطقة الرأس" is the
 * head's area): where the wound is, not a village. */
static gboolean
ar_wounded_part (SuggestRun             *run,
                 const SitrepSuggestion *s,
                 guint                   i)
{
  char buf[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = ar_peeled (run, i, buf, sizeof buf, &len);
  const char *area[] = { "منطقة", NULL }, *in[] = { "في", NULL };

  if (p == NULL || len <= 4 || memcmp (p, "ال", 4) != 0 || !_sitrep_suggest_ar_stem_in (p + 4, len - 4, ar_body_parts) ||
      i == 0 || tok (run, i - 1)->sentence != tok (run, i)->sentence)
    return FALSE;
  /* where a wound is: "بالرأس", "في الرأس", "بمنطقة الرأس"; not a name in a list ("حيي الميدان والقدم") */
  if (!(s->byte_start >= tok (run, i)->start + 2 && memcmp (run->text + s->byte_start - 2, "ب", 2) == 0) &&
      !_sitrep_suggest_ar_token_is (run, i - 1, in) && !_sitrep_suggest_figure_ar_in (run, i - 1, area))
    return FALSE;
  for (guint j = i; j > 0 && j + 16 > i && tok (run, j - 1)->sentence == tok (run, i)->sentence; j--)
    {
      if (ar_wound_word (run, j - 1))
        return TRUE;
    }
  return FALSE;
}

/* Nouns of areas without the article that an adjective describes ("منطقة سكنية" a residential area,
 * "أحياء خاضعة لسيطرة" quarters under the control of): the singular with an adjective of "ية", the
 * plurals with any feminine one. */
static const char * const ar_area_one[] = { "منطقة", NULL };
static const char * const ar_area_many[] = { "مناطق", "أحياء", "مدن", "بلدات", "قرى", NULL };

/* Whether Arabic token @i, bare, without the article and nothing glued, is an adjective of the noun of
 * an area right before it ("منطقة نائية", "منطقة صحراوية مترامية الأطراف", "أحياء خاضعة"). */
static gboolean
ar_area_adjective (SuggestRun *run,
                   guint       i)
{
  char buf[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = _sitrep_suggest_ar_token_bare (run, i, buf, sizeof buf, &len);
  guint j = i;

  if (p == NULL || i == 0 || !ar_feminine (p, len, FALSE) || memcmp (p, "ال", 4) == 0 || memcmp (p, "و", 2) == 0)
    return FALSE;
  /* "منطقة صحراوية مترامية": past one adjective before */
  if (j >= 2 && tok (run, j - 1)->sentence == tok (run, i)->sentence && !_sitrep_suggest_is_ar_place_kind (run, j - 1) &&
      _sitrep_suggest_figure_ar_in (run, j - 2, ar_area_one))
    {
      char adj[4 * MAX_LISTED_WORD];
      gsize alen;
      const char *a = _sitrep_suggest_ar_token_bare (run, j - 1, adj, sizeof adj, &alen);

      if (a != NULL && alen > 4 && memcmp (a + alen - 4, "ية", 4) == 0 && memcmp (a, "ال", 4) != 0)
        j--;
    }
  if (tok (run, j - 1)->sentence != tok (run, i)->sentence)
    return FALSE;
  if (_sitrep_suggest_ar_token_is (run, j - 1, ar_area_many))
    return TRUE;
  return len > 4 && memcmp (p + len - 4, "ية", 4) == 0 && _sitrep_suggest_figure_ar_in (run, j - 1, ar_area_one);
}

/* Drops the Arabic places of one token from @from on that their grammar shows to be plain words
 * (ar_place_anaphor (), ar_agreeing_adjective ()); not the project's own names, nor what it learned. A
 * place's first byte is asked first: no Arabic place, no work. */
void
_sitrep_suggest_arabic_plain_words (SuggestRun *run,
                                    guint       from)
{
  for (guint k = run->out->len; k > from; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint i;

      if (s->kind != SITREP_SUGGEST_PLACE || (guchar) run->text[s->byte_start] < 0xD8 || (guchar) run->text[s->byte_start] > 0xDB ||
          s->entity_id != 0 || s->score >= 0.95 || s->byte_end <= s->byte_start)
        continue;
      i = _sitrep_suggest_token_holding (run, s->byte_start);
      if (!(tok (run, i)->flags & TOK_ARABIC) || tok (run, i)->end != s->byte_end)
        continue;
      if (ar_place_anaphor (run, i) || ar_agreeing_adjective (run, i) || ar_counted_or_residential (run, i) ||
          ar_joined_to_word (run, s, i) || ar_wounded_part (run, s, i) || ar_area_adjective (run, i))
        _sitrep_suggest_out_remove (run->out, k - 1);
    }
}
