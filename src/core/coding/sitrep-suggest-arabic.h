/* sitrep-suggest-arabic.h — Arabic words the places and the actors both read
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* Arabic word @p of *@len bytes without its short vowels and other marks
 * (U+064B–U+065F, the dagger alef U+0670) and tatweel (U+0640), which
 * news texts add to tell a passive ("قُتل") or write as tanween
 * ("مدنياً"): the word lists hold bare words. Copies into @buf (of
 * @size bytes) only when there is a mark to drop; returns @p otherwise,
 * or when the word does not fit. */
static inline const char *
_sitrep_suggest_ar_bare (const char *p,
                         gsize      *len,
                         char       *buf,
                         gsize       size)
{
  gsize n = 0, k;

  for (k = 0; k + 1 < *len; k++)
    if ((guchar) p[k] == 0xD9 && (((guchar) p[k + 1] >= 0x8B && (guchar) p[k + 1] <= 0x9F) ||
                                  (guchar) p[k + 1] == 0x80 || (guchar) p[k + 1] == 0xB0))
      break;
  if (k + 1 >= *len || *len > size)
    return p;
  for (k = 0; k < *len; k++)
    {
      if (k + 1 < *len && (guchar) p[k] == 0xD9 &&
          (((guchar) p[k + 1] >= 0x8B && (guchar) p[k + 1] <= 0x9F) || (guchar) p[k + 1] == 0x80 ||
           (guchar) p[k + 1] == 0xB0))
        {
          k++;
          continue;
        }
      buf[n++] = p[k];
    }
  *len = n;
  return buf;
}

/* The bytes of Arabic token @i bare of marks (_sitrep_suggest_ar_bare () into @buf of @size bytes), their
 * length in *@len; NULL when the token is no Arabic word. The one preamble of the Arabic word tests. */
static inline const char *
_sitrep_suggest_ar_token_bare (SuggestRun *run,
                               guint       i,
                               char       *buf,
                               gsize       size,
                               gsize      *len)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_ARABIC))
    return NULL;
  *len = t->end - t->start;
  return _sitrep_suggest_ar_bare (run->text + t->start, len, buf, size);
}

/* Whether Arabic token @j, bare of marks, is exactly one of @words (no clitic stripped). */
static inline gboolean
_sitrep_suggest_ar_token_is (SuggestRun         *run,
                             guint               j,
                             const char * const *words)
{
  char bare[4 * MAX_LISTED_WORD];
  gsize len;
  const char *p = _sitrep_suggest_ar_token_bare (run, j, bare, sizeof bare, &len);

  for (guint k = 0; p != NULL && words[k] != NULL; k++)
    {
      if (strlen (words[k]) == len && _sitrep_suggest_ar_same (words[k], p, len))
        return TRUE;
    }
  return FALSE;
}

/* Whether the @len bare bytes at @p are a word of @words, with a clitic or "ال" in front or not
 * (sitrep-suggest-figures-arabic.c). */
gboolean    _sitrep_suggest_ar_stem_in (const char         *p,
                                        gsize               len,
                                        const char * const *words);

/* Whether Arabic token @i is a past verb of harm in any person ("قتل", "اعتقلت", "أصابوا"), not a noun
 * (sitrep-suggest-figures-arabic.c). */
gboolean    _sitrep_suggest_figure_ar_verb (SuggestRun *run,
                                            guint       i);

/* sitrep-suggest-figures-ar-subject.c: the one person as a state after his noun ("سقط شرطي قتيلا"), the
 * words that open a subject before its verb ("أن", "وكان"), and ar_persons_at () of
 * sitrep-suggest-figures-one-arabic.c. */
gboolean    _sitrep_suggest_figure_ar_state_one          (SuggestRun *run,
                                                          guint       i);
gboolean    _sitrep_suggest_figure_ar_subject_opens      (SuggestRun *run,
                                                          guint       noun);
gboolean    _sitrep_suggest_figure_ar_persons            (SuggestRun *run,
                                                          guint       j,
                                                          guint      *last,
                                                          guint      *persons);

/* sitrep-suggest-figures-ar-pronoun.c: one or two told by a pronoun ("ما أدى إلى مقتله", "مقتلهما"), "one of
 * them" ("أحدهما"), a man named after a verb of harm ("قُتل إسماعيل حسن الفروخ"), a toll that rose far from its
 * dead's word ("ارتفع عدد قتلى … إلى 21"; in sitrep-suggest-private.h), a number in a quoted name ("درعا 24") or a unit's ("الفرقة 25"), a count "with" one named ("مع اثنين"), one dead named by "شهيد", "as many" ("وأصيب مثلهم"). */
gboolean    _sitrep_suggest_figure_ar_harm_of_pronoun    (SuggestRun        *run,
                                                          guint              i);
gboolean    _sitrep_suggest_figure_ar_one_of_them        (SuggestRun        *run,
                                                          guint              j);
gboolean    _sitrep_suggest_figure_ar_named_one          (SuggestRun        *run,
                                                          guint              i,
                                                          SitrepSuggestKind  kind);
gboolean    _sitrep_suggest_figure_ar_quoted_name        (SuggestRun        *run,
                                                          guint              num_end);
gboolean    _sitrep_suggest_figure_ar_unit_number        (SuggestRun        *run,
                                                          guint              num_end);
gboolean    _sitrep_suggest_figure_ar_with_count         (SuggestRun        *run,
                                                          guint              last);
gboolean    _sitrep_suggest_figure_ar_one_dead           (SuggestRun        *run,
                                                          guint              i);
gboolean    _sitrep_suggest_figure_ar_as_many            (SuggestRun        *run,
                                                          guint              i,
                                                          guint              j,
                                                          SitrepSuggestKind  kind);

/* Whether Arabic word @i names fighters or an armed body ("الفصائل",
 * "المسلحين", "القوات", with a prefix or not): no place, even where a
 * village has that name (sitrep-suggest-actors-arabic.c). */
gboolean    _sitrep_suggest_is_arabic_body_noun (SuggestRun *run,
                                                 guint       i);

G_END_DECLS
