/* sitrep-suggest-private.h — what the suggester and its detectors share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest.h"
#include "sitrep-suggest-run-private.h"

G_BEGIN_DECLS

/* Whether an actor or a person is proposed over any of bytes @start … @end
 * (sitrep-suggest-places-sense.c). */
gboolean    _sitrep_suggest_actor_over    (SuggestRun        *run,
                                           gsize              start,
                                           gsize              end);
/* Whether token @i starts with @prefix (ASCII, ignoring case). */
gboolean    _sitrep_suggest_tok_prefix    (const SuggestRun  *run,
                                           guint              i,
                                           const char        *prefix);
/* _sitrep_suggest_tok_key () of a word whose key is not made yet (sitrep-suggest-spans.c). */
const char *_sitrep_suggest_tok_key_slow  (SuggestRun        *run,
                                           guint              i);
/* The normalised key of token @i (cached; "" for punctuation): inline
 * once its word's key is made, as it is after the first ask. */
static inline const char *
_sitrep_suggest_tok_key (SuggestRun *run,
                         guint       i)
{
  const SuggestWord *w = run->words[i];

  if (w != NULL && w->key != NULL)
    return w->key;
  return _sitrep_suggest_tok_key_slow (run, i);
}
/* Sorts @array as g_array_sort() does (stable): by insertion when it has a
 * few small elements, else by merging its ascending runs (few in arrays
 * that passes appended to in order). */
void        _sitrep_suggest_sort_few      (GArray            *array,
                                           GCompareFunc       compare);
/* The key of tokens @first … @last (words only, hyphens skipped), as
 * sitrep_normalize_name() would give for their text. */
char       *_sitrep_suggest_span_key      (SuggestRun        *run,
                                           guint              first,
                                           guint              last);
/* The same key, owned by @run and valid while the run lasts (in its
 * arena, or its word's): no copy to free. */
const char *_sitrep_suggest_span_key_kept (SuggestRun        *run,
                                           guint              first,
                                           guint              last);
/* The same key, for a look-up: owned by @run and valid until the next
 * call (copy it to keep it). */
const char *_sitrep_suggest_span_key_tmp  (SuggestRun        *run,
                                           guint              first,
                                           guint              last);
/* Arabic articles, as the first word of a name ("al", "el", "ash" …). */
extern const char * const _sitrep_suggest_articles[];
static inline gboolean
_sitrep_suggest_is_article (const SuggestRun *run,
                            guint             i)
{
  return (tok (run, i)->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, _sitrep_suggest_articles);
}
/* Article forms that are also English words ("at", "as", "an", "ad"). */
extern const char * const _sitrep_suggest_english_articles[];
/* Whether token @i, an article by its form, is written as one where a name
 * starts or is joined without a gazetteer to say so: glued to the name by a
 * hyphen ("at-Tanf", "as-Suwayda"), not an English word ("al Bab", "Ash
 * Shaddadi"), or an English word's form capitalised inside a sentence ("As
 * Suwayda"). The English words in "Troops at Qayyarah", "Soldiers at Camp
 * Speicher" and a sentence's "An Iraqi officer" are no article. */
static inline gboolean
_sitrep_suggest_is_name_article (const SuggestRun *run,
                                 guint             i)
{
  if (!_sitrep_suggest_is_article (run, i))
    return FALSE;
  if (!_sitrep_suggest_tok_in (run, i, _sitrep_suggest_english_articles))
    return TRUE;
  if ((tok (run, i)->flags & TOK_CAP) && i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence)
    return TRUE;
  return i + 2 < run->tokens->len && (tok (run, i + 1)->flags & TOK_HYPHEN) && tok (run, i + 1)->space_before == 0 &&
         tok (run, i + 2)->space_before == 0;
}
/* Whether token @i names a month (sitrep_date_month_from_name()), an
 * English one or an Arabic one (sitrep-suggest-dates.c). */
gboolean    _sitrep_suggest_is_month_slow (SuggestRun        *run,
                                           guint              i);
/* The same, asked of every word: its word's answer, worked out once. */
static inline gboolean
_sitrep_suggest_is_month (SuggestRun *run,
                          guint       i)
{
  gboolean answer;

  if (!(tok (run, i)->flags & TOK_WORD))
    return FALSE;
  if (_sitrep_suggest_word_fact (run, i, WORD_FACT_MONTH, &answer))
    return answer;
  return _sitrep_suggest_word_fact_set (run, i, WORD_FACT_MONTH, _sitrep_suggest_is_month_slow (run, i));
}
/* The run's arena (sitrep-suggest-arena.c). A suggestion's strings are
 * always the arena's: a detector that sets or replaces one sets a string
 * from these (the old one stays in the arena), and never frees one. */
SuggestArena *_sitrep_suggest_arena_new   (void);
void        _sitrep_suggest_arena_free    (SuggestArena      *arena);
/* The arena's newest block: its free bytes from at to end (both NULL
 * before the first). Here so that a cut that fits is inline; the rest is
 * sitrep-suggest-arena.c's. */
struct _SuggestArena
{
  gpointer    blocks;     /* ArenaBlock, the newest first */
  char       *at;
  char       *end;
  gsize       next_size;  /* of the next block */
};
#define SUGGEST_ARENA_ALIGN (sizeof (double))
/* @size bytes at an address aligned to @align (1 or SUGGEST_ARENA_ALIGN)
 * from a new block (sitrep-suggest-arena.c). */
gpointer    _sitrep_suggest_arena_take_new (SuggestArena     *arena,
                                            gsize             size,
                                            gsize             align);
/* @size bytes at an address aligned to @align (1 or SUGGEST_ARENA_ALIGN). */
static inline gpointer
_sitrep_suggest_arena_take (SuggestArena *arena,
                            gsize         size,
                            gsize         align)
{
  guintptr at = ((guintptr) arena->at + (align - 1)) & ~(guintptr) (align - 1);

  /* Aligning may step past the end of a block with a few bytes left. */
  if (arena->at == NULL || at > (guintptr) arena->end || size > (gsize) ((guintptr) arena->end - at))
    return _sitrep_suggest_arena_take_new (arena, size, align);
  arena->at = (char *) at + size;
  return (gpointer) at;
}
/* @size bytes, aligned for any field of a struct. */
static inline gpointer
_sitrep_suggest_arena_alloc (SuggestArena *arena,
                             gsize         size)
{
  return _sitrep_suggest_arena_take (arena, (size + (SUGGEST_ARENA_ALIGN - 1)) & ~(SUGGEST_ARENA_ALIGN - 1),
                                     SUGGEST_ARENA_ALIGN);
}
/* memcpy () of a key's few bytes (most keys are a word or two) without a
 * call: two copies of 8, 4 or 1 bytes that overlap when @n is less than
 * twice theirs; memcpy () past 16 bytes. */
static inline void
_sitrep_suggest_copy_few (char       *dst,
                          const char *src,
                          gsize       n)
{
  if (n > 16)
    memcpy (dst, src, n);
  else if (n >= 8)
    {
      memcpy (dst, src, 8);
      memcpy (dst + n - 8, src + n - 8, 8);
    }
  else if (n >= 4)
    {
      memcpy (dst, src, 4);
      memcpy (dst + n - 4, src + n - 4, 4);
    }
  else if (n > 0)
    {
      dst[0] = src[0];
      dst[n / 2] = src[n / 2];
      dst[n - 1] = src[n - 1];
    }
}
/* A copy of @len bytes at @str, NUL-terminated, in @run's arena. */
static inline char *
_sitrep_suggest_strndup (SuggestRun *run,
                         const char *str,
                         gsize       len)
{
  char *copy = _sitrep_suggest_arena_take (run->arena, len + 1, 1);

  _sitrep_suggest_copy_few (copy, str, len);
  copy[len] = '\0';
  return copy;
}
/* A copy of @str in @run's arena (NULL for NULL). */
static inline char *
_sitrep_suggest_strdup (SuggestRun *run,
                        const char *str)
{
  return str != NULL ? _sitrep_suggest_strndup (run, str, strlen (str)) : NULL;
}
/* The same of a string the caller owns, which it frees. */
char       *_sitrep_suggest_str_take      (SuggestRun        *run,
                                           char              *str);
/* Adds a suggestion over tokens @first … @last; fills text and offsets.
 * Its memory is the run's arena. */
SitrepSuggestion *_sitrep_suggest_add     (SuggestRun        *run,
                                           SitrepSuggestKind  kind,
                                           guint              first,
                                           guint              last);
gboolean    _sitrep_suggest_is_rejected_slow (SuggestRun     *run,
                                              SitrepSuggestKind kind,
                                              const char     *key);
/* Whether the project rejected @key as a suggestion of @kind. Inline: a
 * project that rejected nothing has no table (asked of every candidate,
 * ≈ 23,000 a cold MB), and the answer is FALSE without a call. */
static inline gboolean
_sitrep_suggest_is_rejected (SuggestRun        *run,
                             SitrepSuggestKind  kind,
                             const char        *key)
{
  return run->rejected != NULL && _sitrep_suggest_is_rejected_slow (run, kind, key);
}
/* Common English words that are also names somewhere ("Hit", "Bab", "Tell"). */
gboolean    _sitrep_suggest_is_common_word (const char       *lower);
/* _sitrep_suggest_tok_is_common (): sitrep-suggest-run-private.h. */

/* The detectors, in the order they run. */
void        _sitrep_suggest_actors        (SuggestRun        *run);
void        _sitrep_suggest_places        (SuggestRun        *run);
/* sitrep-suggest-actors.c, for sitrep-suggest-actors-cues.c: a rank or title
 * at token @i; a person's names from @i (at most @max, "al-", "bin" inside,
 * the last in @last); whether an actor or person covers bytes @start … @end. */
gboolean    _sitrep_suggest_is_title      (SuggestRun        *run,
                                           guint              i);
/* "Major General Oleg Yegorov" → "Oleg Yegorov" (the ranks, "Major
 * General", in @title when given): a person's name after the ranks and
 * titles that open @text; NULL when none opens it or no name follows. */
char       *_sitrep_suggest_person_without_title (const char *text,
                                                  char      **title);
guint       _sitrep_suggest_person_words  (SuggestRun        *run,
                                           guint              i,
                                           guint              max,
                                           guint             *last);
gboolean    _sitrep_suggest_name_covered  (SuggestRun        *run,
                                           gsize              start,
                                           gsize              end);
/* An organisation over tokens @first … @last, linked to the known name of its
 * key, else named @canonical (or its text); NULL when rejected or covered. */
SitrepSuggestion *_sitrep_suggest_add_organisation (SuggestRun *run,
                                                    guint       first,
                                                    guint       last,
                                                    const char *canonical);
/* sitrep-suggest-actors-arabic.c: "قوات سوريا الديمقراطية", "للشرطة الاتحادية", "اللواء 45". */
void        _sitrep_suggest_arabic_organisations (SuggestRun  *run);
/* sitrep-suggest-actors-arabic.c: "وفق الشبكة …", "وقال العميد …": an actor or person right after an
 * Arabic verb of speech or "according to" is also the claimant (after the actors and persons). */
void        _sitrep_suggest_arabic_claimants (SuggestRun  *run);
/* sitrep-suggest-actors-cues.c: @first, or the "al-"/"el-" glued before it ("al-Manar news channel"). */
guint       _sitrep_suggest_with_article (SuggestRun  *run,
                                          guint        first);
/* sitrep-suggest-actors-cues.c: actors and persons read from the words
 * around them. A number's ordinal ("5th") right before token @i. */
gboolean    _sitrep_suggest_ordinal_before (SuggestRun       *run,
                                            guint             i);
/* "Salahuddin police", "Sahwa fighters": capitalised words from @i and a
 * noun of armed men; its last token in @last. */
gboolean    _sitrep_suggest_named_force   (SuggestRun        *run,
                                           guint              i,
                                           guint             *last,
                                           gboolean          *holds_place);
/* "United States-led coalition", "Iran-backed militias": a name glued to
 * "-led", "-backed" and a noun of an armed body; its last token in @last. */
gboolean    _sitrep_suggest_backed_force  (SuggestRun        *run,
                                           guint              i,
                                           guint             *last,
                                           gboolean          *holds_place);
/* Whether a capitalised word of @heads stands before "of" in tokens @i …
 * @last: "Islamic Supreme Council of Iraq", "Bureau of Public Affairs". */
gboolean    _sitrep_suggest_head_of_inside (SuggestRun         *run,
                                            guint               i,
                                            guint               last,
                                            const char * const *heads);
/* A person no title names, at token @i: "Reporting by X", "X was shot". */
gboolean    _sitrep_suggest_person_cue    (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* sitrep-suggest-actors-list.c: whether bundled name @name matched over
 * tokens @first … @last (key @key) is none here: a loosely folded word, or a
 * place the gazetteer knows that the text does not write as the list does. */
gboolean    _sitrep_suggest_bundled_not_here (SuggestRun      *run,
                                              const KnownName *name,
                                              guint            first,
                                              guint            last,
                                              const char      *key);
/* sitrep-suggest-actors-names.c: a common Arabic given name at token @i;
 * a person it opens with a family name ("Hanan al-Abdullah"), no cue around. */
gboolean    _sitrep_suggest_is_given_name (SuggestRun        *run,
                                           guint              i);
gboolean    _sitrep_suggest_given_name_person (SuggestRun    *run,
                                               guint          i,
                                               guint         *first,
                                               guint         *last);
/* "العقيد خالد ناجي وساك", "رامي عبد الرحمن": an Arabic rank or given name and the names after it. */
gboolean    _sitrep_suggest_arabic_person (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* "Author: X", "Photo: X/AFP", "By X and Y", a signature alone at the end. */
gboolean    _sitrep_suggest_credit_person (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* A byline's person: "Kim Gamel, Associated Press", "By Kim Gamel". */
gboolean    _sitrep_suggest_byline_person (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* "named X", "identified as X", "X (45)": a person by the words around. */
gboolean    _sitrep_suggest_named_person  (SuggestRun        *run,
                                           guint              i,
                                           guint             *first,
                                           guint             *last);
/* "Syrian state television", "the state news agency SANA", at "state" (@i). */
void        _sitrep_suggest_state_media   (SuggestRun        *run,
                                           guint              i);
/* Outlets: "(North Press) –", "told Kurdistan 24". */
void        _sitrep_suggest_outlets       (SuggestRun        *run);
/* One new entity per name in a report, whatever its case ("Kerry", "KERRY"). */
void        _sitrep_suggest_unify_new_names (SuggestRun      *run);
void        _sitrep_suggest_figures       (SuggestRun        *run);
/* sitrep-suggest-figures-one.c: one person killed, wounded or captured, named, not counted. */
gboolean    _sitrep_suggest_is_one_verb   (SuggestRun        *run,
                                           guint              i);
void        _sitrep_suggest_figure_one    (SuggestRun        *run,
                                           guint              i,
                                           guint             *next);
/* The one person named at token @i, no count (any of the three below); returns the last token used. */
guint       _sitrep_suggest_figure_one_at (SuggestRun        *run,
                                           guint              i);
/* One person "shot dead", "shot to death" (@i: "dead" or "death"): "X was shot dead", "shot a teacher to death". */
void        _sitrep_suggest_figure_one_dead       (SuggestRun *run,
                                                   guint       i);
/* People named one by one and joined to a count: "a woman and her two children" (before the count's
 * first token @count), "three soldiers and a civilian" (after its people's last token @victim). */
guint       _sitrep_suggest_figure_persons_before (SuggestRun *run,
                                                   guint       count,
                                                   guint      *first);
guint       _sitrep_suggest_figure_persons_after  (SuggestRun *run,
                                                   guint       victim,
                                                   guint      *last);
/* sitrep-suggest-figures-words.c: the words of what happened to the people a figure counts, and the
 * nouns of people (any word that may stand among them, and the nouns of victims proper). */
extern const char * const _sitrep_suggest_figure_killed_words[];
extern const char * const _sitrep_suggest_figure_wounded_words[];
extern const char * const _sitrep_suggest_figure_captured_words[];
extern const char * const _sitrep_suggest_figure_missing_words[];
extern const char * const _sitrep_suggest_figure_person_nouns[];
extern const char * const _sitrep_suggest_figure_victim_nouns[];
/* sitrep-suggest-figures-number.c: the first token of the qualifier before number anchor @anchor
 * (or @anchor), the last token of the number starting at @i, and the count and qualifier of the
 * words @first … @num_end (FALSE: no number). */
guint       _sitrep_suggest_figure_qualifier_start (SuggestRun *run, guint anchor);
guint       _sitrep_suggest_figure_number_end      (SuggestRun *run, guint i);
gboolean    _sitrep_suggest_figure_read            (SuggestRun *run, guint first, guint anchor, guint num_end,
                                                    SitrepFigure *figure);
/* sitrep-suggest-figures-after.c: the casualty kind a word says; whether it says so before (or after) a count. */
SitrepSuggestKind _sitrep_suggest_figure_kind_of (SuggestRun *run, guint i, gboolean *found);
gboolean    _sitrep_suggest_figure_cue_ok         (SuggestRun *run, guint i, gboolean before);
gboolean    _sitrep_suggest_figure_is_kind_word   (SuggestRun *run, guint i);
/* sitrep-suggest-figures.c: words before a figure that make it part of the one before ("including"),
 * the auxiliaries of the passive ("were"), words that start another clause between two figures ("said"). */
extern const char * const _sitrep_suggest_figure_subset_words[];
extern const char * const _sitrep_suggest_figure_passive_aux[];
extern const char * const _sitrep_suggest_figure_clause_words[];
/* sitrep-suggest-figures-list.c: the mark closing an insert opened at @j after the people counted when
 * what happened to them follows it (@j: none); a participle's phrase about them before that (*@verb its
 * first word); whether @j is a dash or an opening parenthesis. */
guint       _sitrep_suggest_figure_insert_end     (SuggestRun *run, guint j);
gboolean    _sitrep_suggest_figure_phrase_before_verb (SuggestRun *run, guint j, guint *verb);
gboolean    _sitrep_suggest_figure_is_insert_mark (SuggestRun *run, guint j);
/* sitrep-suggest-figures-list.c: whether the count at @first is a part of a list after "including" told
 * after a comma; whether token @j is the verb of "a mass grave holding", "graves containing". */
gboolean    _sitrep_suggest_figure_list_part      (SuggestRun *run, guint first);
gboolean    _sitrep_suggest_figure_grave_holds    (SuggestRun *run, guint j);
/* sitrep-suggest-figures-partitive.c: whether the count ending at @num_end is a part of people counted
 * before that says who they were ("Two of the six killed were engineers"), its kind in *@kind; whether
 * the count at @from is the whole of such a part ("the six"). */
gboolean    _sitrep_suggest_figure_partitive_who   (SuggestRun *run, guint num_end, SitrepSuggestKind *kind);
gboolean    _sitrep_suggest_figure_partitive_whole (SuggestRun *run, guint from);
/* sitrep-suggest-figures-places-tally.c: whether token @j names several places where the harm was ("hit two
 * villages", "the villages of A and B"), which make a figure of its sentence a tally. */
gboolean    _sitrep_suggest_figure_several_places  (SuggestRun *run, guint j);
/* sitrep-suggest-figures-captured.c: people counted as killed or wounded who were captured too ("killed two
 * kidnapped diplomats", "after kidnapping them"): a captured figure of their count (after the figures). */
void        _sitrep_suggest_figures_captured_too   (SuggestRun *run);
/* How far after a figure's number the words that make it a casualty figure may stand. */
#define FIGURE_CUE_AFTER 14
/* What the words after a figure's number say (sitrep-suggest-figures-after.c). */
typedef struct
{
  gboolean          found;
  gboolean          not_victims; /* "two of the slain" (counted before), "nine fighters killed three" (the killers) */
  gboolean          partitive;   /* "Two of the six killed were engineers": a part of people counted before */
  gboolean          describing;  /* after "linked to", "affiliated with": the words of their group */
  SitrepSuggestKind kind;
  gboolean          have_victim;
  guint             victim;
  gboolean          other_word;  /* the people counted are followed by a word of another clause ("deployed") */
  guint             persons;     /* people named one by one after them: "and a civilian" */
  guint             persons_last;
  guint             and_next;    /* "seven men and seven women had been executed": the count after "and" */
  gboolean          comma_next;  /* and_next is after a comma: "six children, seven women and 12 troops were killed" */
} AfterWords;
/* sitrep-suggest-figures-parts.c: the kind of a count from the words after it — its own verb's, or the figure's
 * before whose part it is, told with no verb of its own (an item of a bulleted list after the figure's colon, a
 * breakdown beside it, a bare count of where some were before another clause's verb: *@whole). */
gboolean    _sitrep_suggest_figure_kind_after     (SuggestRun *run, guint from, guint num_end, const AfterWords *after,
                                                   SitrepSuggestKind *kind, SitrepSuggestion **whole);
/* sitrep-suggest-figures-parts.c: whether the words from token @j say where, by whom or how some people counted
 * were ("including 804 just in August", "and 5 in Ramy village", "including five in a village near X", "three at the
 * hands of …", "and 7 under torture"), not how they are ("including one in critical condition"). */
gboolean    _sitrep_suggest_figure_where_part     (SuggestRun *run, guint j);
/* … whether the words from @j say how some of them were, with no noun of theirs: "and 7 under torture", "including
 * 12 dumped near a landfill" */
gboolean    _sitrep_suggest_figure_how_part       (SuggestRun *run, guint j);
/* sitrep-suggest-figures-after.c: the words of an age after the people counted ("under the age of 18") */
guint       _sitrep_suggest_figure_age_end        (SuggestRun *run, guint k);
gboolean    _sitrep_suggest_figure_is_age         (SuggestRun *run, guint from);
/* sitrep-suggest-figures-subject.c: whether the count at @from opens its sentence as the subject of a passive verb
 * of harm past many words about its people ("Five members of a team - known as X - were killed"): its kind. */
gboolean    _sitrep_suggest_figure_long_subject   (SuggestRun *run, guint from, guint num_end, const AfterWords *after,
                                                   SitrepSuggestKind *kind);
/* sitrep-suggest-figures-after.c: the words after the number ending at @num_end: who (a noun for people), then
 * what happened to them; FALSE when what is counted is not people ("16 airstrikes"). */
gboolean    _sitrep_suggest_figure_cue_after      (SuggestRun *run,
                                                   guint       num_end,
                                                   AfterWords *w);
/* sitrep-suggest-figures-after.c: whether token @i is a slash glued to the number beside it ("/10/"). */
gboolean    _sitrep_suggest_figure_is_number_slash (SuggestRun *run,
                                                    guint       i);
/* sitrep-suggest-figures-ellipsis.c: a count in a clause with no verb, of the figure or sentence before. */
gboolean    _sitrep_suggest_figure_elliptical     (SuggestRun        *run,
                                                   guint              first,
                                                   guint              num_end,
                                                   SitrepSuggestKind *kind);
/* sitrep-suggest-figures-clause.c: whether the count @first … @num_end is sentenced to death ("sentenced
 * three men to death", "Three men were sentenced to death", "… and four others to 15 years"), no casualty. */
gboolean    _sitrep_suggest_figure_sentenced      (SuggestRun *run,
                                                   guint       first,
                                                   guint       num_end);
/* Whether token @i is a number: digits, a number word, an Arabic one. Inline (asked at most tokens
 * of the figures' walks), the Arabic word's out of line (sitrep-suggest-figures.c). */
gboolean    _sitrep_suggest_is_number_anchor_arabic (SuggestRun *run,
                                                     guint       i);
extern const char * const * const _sitrep_suggest_figure_number_words;
static inline gboolean
_sitrep_suggest_is_number_anchor (SuggestRun *run,
                                  guint       i)
{
  const SuggestToken *t;

  if (i >= run->n_tokens)
    return FALSE;
  t = tok (run, i);
  if (t->flags & TOK_NUMBER)
    return TRUE;
  if (t->flags & TOK_ARABIC)
    return _sitrep_suggest_is_number_anchor_arabic (run, i);
  return (t->flags & TOK_WORD) && _sitrep_suggest_tok_in (run, i, _sitrep_suggest_figure_number_words);
}
/* sitrep-suggest-figures-arabic.c: the kind an Arabic word says (FALSE: none), the value of an Arabic
 * number word (-1: none), whether a token is "و" glued to digits ("و20"). */
gboolean    _sitrep_suggest_figure_ar_kind       (SuggestRun        *run,
                                                  guint              i,
                                                  SitrepSuggestKind *kind);
gint64      _sitrep_suggest_figure_ar_number     (SuggestRun *run,
                                                  guint       i,
                                                  gboolean   *vague);
gboolean    _sitrep_suggest_figure_is_and_number (SuggestRun *run,
                                                  guint       i);
/* … or "و" glued to an Arabic number word ("وثلاث"). */
gboolean    _sitrep_suggest_figure_is_glued_and  (SuggestRun *run,
                                                  guint       i);
/* The value of the Arabic number in words at @i, of one word or two ("ثلاثة عشر", "خمسة وعشرون"; its last
 * token in *@end), or -1. */
gint64      _sitrep_suggest_figure_ar_compound   (SuggestRun *run,
                                                  guint       i,
                                                  guint      *end,
                                                  gboolean   *vague);
guint       _sitrep_suggest_figure_ar_number_end (SuggestRun *run,
                                                  guint       i);
/* The first token of the Arabic qualifier before the count at @anchor ("ما يزيد عن", "قرابة"), and what it
 * says; and the qualifier of a count read from the Arabic words around it ("على الأقل" after its noun). */
guint       _sitrep_suggest_figure_ar_qualifier_start (SuggestRun      *run,
                                                       guint            anchor,
                                                       SitrepQualifier *qualifier);
void        _sitrep_suggest_figure_ar_qualify    (SuggestRun   *run,
                                                  guint         first,
                                                  guint         anchor,
                                                  guint         num_end,
                                                  SitrepFigure *figure);
/* Whether the @len bytes at @text are the listed Arabic word @word as outlets write it: "أ"/"إ"/"آ" as
 * "ا", "ة" as "ه", "ى" and "ي" as each other. */
gboolean    _sitrep_suggest_ar_same              (const char *word,
                                                  const char *text,
                                                  gsize       len);
/* Whether Arabic token @i is one of @words, also with "و"/"ف", "ال", "ب"/"ل" glued in front. */
gboolean    _sitrep_suggest_figure_ar_in         (SuggestRun         *run,
                                                  guint               i,
                                                  const char * const *words);
/* sitrep-suggest-figures-ar-clause.c: an Arabic count of things ("12 غارة"), the closing comma of a part
 * ("، بينهم 11 طفلاً،"), the start of "بالإضافة إلى" before a count, several places named ("ريفي إدلب"). */
gboolean    _sitrep_suggest_figure_ar_part_of_them   (SuggestRun *run,
                                                      guint       first);
gboolean    _sitrep_suggest_figure_ar_others         (SuggestRun *run,
                                                      guint       i);
/* Whether Arabic token @j is a past verb of harm of a plural or a dual, whose subject stands before it, and
 * @j + 1 a singular one, whose subject follows it ("3 مدنيين قتلوا وأصيب 4 آخرون"; sitrep-suggest-figures-arabic.c). */
gboolean    _sitrep_suggest_figure_ar_two_subjects (SuggestRun *run,
                                                    guint       j);
/* How many words may stand between the figure before and the "و" at @and that joins the count after it to it
 * (sitrep-suggest-figures-ar-clause.c): @gap; after a part ("52 من …"), @digits before digits with "و" apart
 * ("و 11" as "و11"), and more after a comma, where a list of parts goes on ("هم 52 من قوات …، و 11 من تنظيم …"). */
guint       _sitrep_suggest_figure_ar_join_gap     (SuggestRun *run,
                                                    guint       and,
                                                    guint       gap,
                                                    guint       digits);
gboolean    _sitrep_suggest_figure_ar_counts_things  (SuggestRun *run,
                                                      guint       num_end);
gboolean    _sitrep_suggest_figure_ar_released       (SuggestRun *run,
                                                      guint       first);
guint       _sitrep_suggest_figure_ar_part_close     (SuggestRun *run,
                                                      guint       j);
gboolean    _sitrep_suggest_figure_ar_part_skip      (SuggestRun *run,
                                                      guint      *j,
                                                      guint      *limit);
guint       _sitrep_suggest_figure_ar_join_start     (SuggestRun *run,
                                                      guint       j);
gboolean    _sitrep_suggest_figure_ar_several_places (SuggestRun *run,
                                                      guint       j);
gboolean    _sitrep_suggest_figure_ar_own_town       (SuggestRun *run,
                                                      guint       last);
guint       _sitrep_suggest_figure_ar_quoted_from    (SuggestRun *run,
                                                      guint       first);
guint       _sitrep_suggest_figure_ar_adverbial_from (SuggestRun *run,
                                                      guint       first);
/* Whether the count from @first after "إلى" is a toll a verb said rose, its dead named far before it ("ارتفع
 * عدد قتلى … إلى 21"; sitrep-suggest-figures-ar-pronoun.c); their kind in *@kind. */
gboolean    _sitrep_suggest_figure_ar_toll_rose      (SuggestRun        *run,
                                                      guint              first,
                                                      SitrepSuggestKind *kind);
gboolean    _sitrep_suggest_figure_ar_since_recent   (SuggestRun *run,
                                                      guint       j);
/* sitrep-suggest-figures-one-arabic.c: one person (or two) after an Arabic word of harm ("مقتل عسكري",
 * "قضى جنديان", "القبض على مسؤول"). */
void        _sitrep_suggest_figure_one_arabic    (SuggestRun *run,
                                                  guint       i,
                                                  guint      *next);
/* sitrep-suggest-figures-clause.c: the last reader of a count no other found a cue for: the kind of
 * the nearest word of harm in its clause (FALSE: none there); *@bits the bits of the lists its walk
 * asks, 0 until its first ask in a run (_sitrep_suggest_figure_clause_bits () then). */
gboolean    _sitrep_suggest_figure_clause_kind   (SuggestRun        *run,
                                                  guint              first,
                                                  guint              num_end,
                                                  guint64           *bits,
                                                  SitrepSuggestKind *kind);
guint64     _sitrep_suggest_figure_clause_bits   (SuggestRun        *run);
/* sitrep-suggest-figures.c: the number words of a count ("two", "dozens"), for the list bit of a walk. */
extern const char * const * const _sitrep_suggest_figure_number_words;
/* sitrep-suggest-figures-clause.c: whether token @j, right after a count, is a noun of harm only that
 * reader takes ("730 casualties"). */
gboolean    _sitrep_suggest_figure_clause_noun   (SuggestRun        *run,
                                                  guint              j);
/* sitrep-suggest-figures-toll.c: whether the figure @first … @last is a cumulative statistic. */
gboolean    _sitrep_suggest_figure_is_cumulative (SuggestRun *run,
                                                  guint       first,
                                                  guint       last);
/* sitrep-suggest-figures-toll.c: marks a roundup's lead totals cumulative (after the figures). */
void        _sitrep_suggest_figures_roundup      (SuggestRun *run);
void        _sitrep_suggest_figures_tally        (SuggestRun *run);
gboolean    _sitrep_suggest_figure_names_incident (SuggestRun *run, guint j);
/* sitrep-suggest-figures-toll.c: whether the count at @first is what a verb raised a toll to. */
gboolean    _sitrep_suggest_figure_toll_to       (SuggestRun        *run,
                                                  guint              first,
                                                  SitrepSuggestKind *kind);
/* sitrep-suggest-figures-rose.c: whether the count at @first is what "rose to" took "the number of" the dead
 * (named after it or at its sentence's start) to. */
gboolean    _sitrep_suggest_figure_toll_rose_to  (SuggestRun        *run,
                                                  guint              first,
                                                  SitrepSuggestKind *kind);
/* sitrep-suggest-figures-not.c: a number that counts no casualties (a year, a score, "Apollo 11"). */
gboolean    _sitrep_suggest_figure_not_a_count (SuggestRun   *run,
                                                guint         i);
/* sitrep-suggest-figures-not.c: a toll of the killed and the wounded together ("killed and wounded 30"). */
gboolean    _sitrep_suggest_figure_both_kinds  (SuggestRun   *run,
                                                guint         first,
                                                guint         num_end);
void        _sitrep_suggest_claimants     (SuggestRun        *run);
void        _sitrep_suggest_dates         (SuggestRun        *run);
/* The table of SuggestRun.date_memo (its words → how they resolved). */
GHashTable *_sitrep_suggest_date_memo_new (void);
/* Groups the suggestions into incidents (after overlaps are resolved). */
GPtrArray  *_sitrep_suggest_incidents     (GPtrArray         *suggestions);
/* sitrep-suggest-incidents-merge.c: whether place @p of @all is a dateline's (where the reporter was). */
gboolean    _sitrep_suggest_place_is_dateline (GPtrArray *all,
                                               int        p);
/* sitrep-suggest-incidents-merge.c: an incident placed only in a country
 * or governorate (or by a dateline, or nowhere) joins the one placed inside
 * it that repeats one of its figures (kind and count), dates agreeing. */
void        _sitrep_suggest_incidents_merge_repeated (GPtrArray *suggestions,
                                                      GPtrArray *incidents);
/* sitrep-suggest-incidents-merge.c: a part of a figure of @incident ("Seven people were wounded … Two of the
 * wounded were children, a doctor said", "…, including four children") takes the claimant of the whole told
 * before it: who some of them were is no other source's count that would make the event Disputed. */
void        _sitrep_suggest_part_takes_claimant (GPtrArray                   *all,
                                                 const SitrepSuggestIncident *incident,
                                                 SitrepSuggestion            *part);
/* sitrep-suggest-incidents-dated.c: in a report without a publication
 * date, the incidents that tell no date of their own take the one day the
 * report reads in full ("13 October 2016"), when it reads only one. */
void        _sitrep_suggest_incidents_report_day (GPtrArray          *suggestions,
                                                  GPtrArray          *incidents,
                                                  const char         *published,
                                                  SitrepDatePrecision precision);
/* sitrep-suggest-incidents-dated.c: whether date suggestion @s spans more
 * than a month ("in August and September", "between June and August 2023"):
 * a period, longer than any one incident. */
gboolean    _sitrep_suggest_date_spans_months (const SitrepSuggestion *s);
/* The date of figure @fig: @date, the first of its sentence (or the last
 * before it), unless that one is resolved to no day and a day is numbered
 * later in the sentence ("Earlier this month, … on Jan 21, killed a
 * guard": 21 January; "in October 2016, … said today" stays October). */
int         _sitrep_suggest_sentence_day      (GPtrArray              *all,
                                               int                     date,
                                               const SitrepSuggestion *fig);

/* What the place detector reads once per text (sitrep-suggest-places-index.c). */
/* The gazetteer's context of the text around byte @at (of the whole text
 * when it is short), read from the run's own tokens. */
GazetteerContext *_sitrep_suggest_context_at (SuggestRun *run,
                                              gsize       at);
/* The stretch of the text byte @at is ranked in: 0 for a short text, read
 * whole. */
gsize       _sitrep_suggest_context_chunk (const SuggestRun *run,
                                           gsize             at);
/* Where @key (read as @s's text) is, in the text around @s
 * (sitrep-suggest-places.c): FALSE when it is no place to propose. */
gboolean    _sitrep_suggest_resolve_place (SuggestRun       *run,
                                           SitrepSuggestion *s,
                                           const char       *key);
/* The homonyms of a long text, ranked again in each stretch they are named
 * in (sitrep-suggest-places-index.c): a table for one pass of
 * gazetteer_places; _first at a name's first mention (resolved), _again
 * at each later one (@s, which copied @same). */
GHashTable *_sitrep_suggest_homonyms_new  (void);
void        _sitrep_suggest_homonym_first (SuggestRun       *run,
                                           GHashTable       *homonyms,
                                           const char       *key,
                                           SitrepSuggestion *s);
void        _sitrep_suggest_homonym_again (SuggestRun       *run,
                                           GHashTable       *homonyms,
                                           const char       *key,
                                           SitrepSuggestion *s,
                                           SitrepSuggestion *same);

typedef struct
{
  gint64      geonameid;
  double      latitude;
  double      longitude;
  double      cos_lat;    /* sitrep_gazetteer_cos_lat (latitude) */
  guint       n;          /* mentions here */
  GHashTable *texts;      /* text → mentions here with it */
} Spot;

typedef struct
{
  GArray     *spots;      /* Spot */
  GHashTable *by_id;      /* geonameid → mentions with it */
  GHashTable *by_text;    /* text → mentions with it */
  GHashTable *by_both;    /* "geonameid text" → mentions with both */
  GHashTable *answers;    /* "geonameid lat lon text" → Answer */
  guint       n;          /* placed mentions */
} Spots;

typedef struct
{
  double nearest;   /* _sitrep_suggest_near_band_km () of the nearest: its band */
  guint  others;
} SpotsAnswer;

/* A place this far from every other place of the article is doubtful
 * (sitrep-suggest-places.c). */
#define FAR_FROM_OTHERS_KM 300.0
/* A village (fewer than VILLAGE_POPULATION people, or not counted) this far
 * from every other place of the article is doubtful. */
#define VILLAGE_FAR_KM 150.0
#define VILLAGE_POPULATION 10000

/* The distance from (@lat1, @lon1) to (@lat2, @lon2) if it is within
 * FAR_FROM_OTHERS_KM, else a larger figure, not always the distance: two
 * latitudes further apart than that need no trigonometry (a great circle
 * is never shorter than its difference of latitude). Only whether a place
 * is far from all others is asked. @cos1 and @cos2 are
 * sitrep_gazetteer_cos_lat() of the latitudes. */
static inline double
_sitrep_suggest_near_km (double lat1,
                         double lon1,
                         double cos1,
                         double lat2,
                         double lon2,
                         double cos2)
{
  /* 6371.0088 km × π / 180 per degree, rounded down, with a margin. */
  if (fabs (lat1 - lat2) * 111.19 > FAR_FROM_OTHERS_KM + 1.0)
    return FAR_FROM_OTHERS_KM + 1.0 + fabs (lat1 - lat2);
  return sitrep_gazetteer_distance_km_cos (lat1, lon1, cos1, lat2, lon2, cos2);
}

/* sin² of half the angle an arc of @km makes (haversine's "a" of two
 * points @km apart), folded when compiling. */
#define SUGGEST_HAVERSINE_A(km) (sin ((km) / (2 * 6371.0088)) * sin ((km) / (2 * 6371.0088)))

/* What weigh_places asks of the distance from (@lat1, @lon1) to (@lat2,
 * @lon2): VILLAGE_FAR_KM when it is at most that, FAR_FROM_OTHERS_KM when
 * it is at most that, else a larger figure. Told by haversine's "a" alone,
 * which grows with the distance, without its arc tangent and square roots;
 * an "a" within a hair of a threshold's asks the distance itself. */
static inline double
_sitrep_suggest_near_band_km (double lat1,
                              double lon1,
                              double cos1,
                              double lat2,
                              double lon2,
                              double cos2)
{
  const double a_village = SUGGEST_HAVERSINE_A (VILLAGE_FAR_KM), a_far = SUGGEST_HAVERSINE_A (FAR_FROM_OTHERS_KM);
  double p1, p2, dp, dl, a, km;

  if (fabs (lat1 - lat2) * 111.19 > FAR_FROM_OTHERS_KM + 1.0)
    return FAR_FROM_OTHERS_KM + 1.0 + fabs (lat1 - lat2);
  p1 = lat1 * G_PI / 180.0;
  p2 = lat2 * G_PI / 180.0;
  dp = p2 - p1;
  dl = (lon2 - lon1) * G_PI / 180.0;
  a = sin (dp / 2) * sin (dp / 2) + cos1 * cos2 * sin (dl / 2) * sin (dl / 2);
  if (a < a_village * (1 - 1e-9))
    return VILLAGE_FAR_KM;
  if (a > a_village * (1 + 1e-9) && a < a_far * (1 - 1e-9))
    return FAR_FROM_OTHERS_KM;
  if (a > a_far * (1 + 1e-9))
    return FAR_FROM_OTHERS_KM + 1.0;
  km = sitrep_gazetteer_distance_km_cos (lat1, lon1, cos1, lat2, lon2, cos2);
  return km <= VILLAGE_FAR_KM ? VILLAGE_FAR_KM : km <= FAR_FROM_OTHERS_KM ? FAR_FROM_OTHERS_KM : km;
}

/* A place suggestion with coordinates. */
gboolean    _sitrep_suggest_is_placed     (const SitrepSuggestion *o);
/* sitrep-suggest-world.c: airfields placed where OurAirports has them
 * ("Qayyarah Airfield West", "Al Asad Air Base"). */
void        _sitrep_suggest_airports      (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-world.c: whether @key names a country. */
gboolean    _sitrep_suggest_is_country_key (const char      *key);
void        _sitrep_suggest_spots_init    (Spots             *spots,
                                           SuggestRun        *run,
                                           guint              from);
void        _sitrep_suggest_spots_clear   (Spots             *spots);
/* For @s: how many placed mentions of another place under another text
 * there are, and the nearest of them (when one is within
 * FAR_FROM_OTHERS_KM, some distance within it: only "far from all" is
 * asked). */
SpotsAnswer _sitrep_suggest_spots_ask     (Spots             *spots,
                                           const SitrepSuggestion *s);
/* The place suggestions so far, by start (PlaceAt); the longest in @longest. */
GArray     *_sitrep_suggest_places_by_start (SuggestRun      *run,
                                             gsize           *longest);
/* The first place suggestion (in run->out's order) starting by @start_by
 * and ending at or after @end_from, or NULL. */
SitrepSuggestion *_sitrep_suggest_place_over (SuggestRun *run,
                                              GArray     *places,
                                              gsize       longest,
                                              gsize       start_by,
                                              gsize       end_from);

/* Whether the word before token @i says a place follows ("in", "near", "town" …). */
gboolean    _sitrep_suggest_has_place_cue (SuggestRun        *run,
                                           guint              i);
/* Whether token @i is a common English word that is also a name somewhere. */
gboolean    _sitrep_suggest_is_lower_common (SuggestRun      *run,
                                             guint            i);
/* Countries of the world, and the capitals and large cities outside the
 * bundled gazetteer's countries (sitrep-suggest-world.c): proposed, or put
 * in the place of a weaker bundled match of the same words. */
void        _sitrep_suggest_world_places  (SuggestRun        *run);
/* Rivers and lakes placed where Natural Earth has them (sitrep-suggest-world.c). */
void        _sitrep_suggest_waters        (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places.c */
/* Whether token @i is a word of two or more capitals ("ISIS"). */
gboolean    _sitrep_suggest_is_all_caps   (SuggestRun        *run,
                                           guint              i);
/* _sitrep_suggest_cap_run () not yet asked at @i (sitrep-suggest-places-phrases.c). */
gboolean    _sitrep_suggest_cap_run_slow  (SuggestRun        *run,
                                           guint              i,
                                           guint             *last);
/* Capitalised words from @i on (with articles and hyphens); the last in
 * @last. Inline once asked at @i (run->cap_runs). */
static inline gboolean
_sitrep_suggest_cap_run (SuggestRun *run,
                         guint       i,
                         guint      *last)
{
  if (run->cap_runs == NULL || i >= run->n_tokens || run->cap_runs[i] == 0)
    return _sitrep_suggest_cap_run_slow (run, i, last);
  if (run->cap_runs[i] == 1)
    return FALSE;
  *last = i + (run->cap_runs[i] - 2);
  return TRUE;
}
/* A world city placed by a spelling other than its name, in a country no
 * other place of the report is in, flagged doubtful (sitrep-suggest-places-far.c). */
void        _sitrep_suggest_far_spellings (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-phrases.c */
/* "the town of X", "X village", "near Y": places the gazetteer may lack, unplaced. */
void        _sitrep_suggest_place_phrases (SuggestRun        *run,
                                           GHashTable        *resolved);
/* The names of a list of places ("the villages of A, B and C", "A and B areas"), unplaced. */
void        _sitrep_suggest_listed_places (SuggestRun        *run,
                                           GHashTable        *resolved);
/* Where an incident was ("a checkpoint in X", "killed in X"), unplaced when the gazetteer lacks it. */
void        _sitrep_suggest_incident_places (SuggestRun      *run,
                                             GHashTable      *resolved);
/* Proposes tokens @first … @last as a place, unplaced unless a place of the
 * same key (in @resolved) or starting there is placed. */
void        _sitrep_suggest_add_unplaced  (SuggestRun        *run,
                                           GHashTable        *resolved,
                                           guint              first,
                                           guint              last);
/* Whether tokens @first … @last are a fragment of another name (a person's, an organisation's). */
gboolean    _sitrep_suggest_is_other_name (SuggestRun        *run,
                                           guint              first,
                                           guint              last);
/* sitrep-suggest-word-runs.c: what a function of a span's key answered,
 * kept by the span's words and numbers (five at most, as a capitalised
 * run of _sitrep_suggest_cap_run () has); emptied when the suggester's
 * words are (SuggestRun.region_runs). */
#define SUGGEST_RUN_WORDS 5
typedef struct
{
  const SuggestWord *words[SUGGEST_RUN_WORDS];  /* NULL after the last */
} SuggestRunWords;
/* The words of tokens @first … @last; FALSE when they cannot stand for
 * the span (more than SUGGEST_RUN_WORDS, a token without a word, none). */
gboolean    _sitrep_suggest_run_words     (SuggestRun            *run,
                                           guint                  first,
                                           guint                  last,
                                           SuggestRunWords       *words);
SuggestWordRuns *_sitrep_suggest_word_runs_new (void);
void        _sitrep_suggest_word_runs_clear (SuggestWordRuns     *runs);
void        _sitrep_suggest_word_runs_free (SuggestWordRuns      *runs);
/* Whether @runs holds @words: their answer in *@answer (NULL may be one). */
gboolean    _sitrep_suggest_word_runs_find (SuggestWordRuns      *runs,
                                           const SuggestRunWords *words,
                                           gconstpointer         *answer);
void        _sitrep_suggest_word_runs_add (SuggestWordRuns       *runs,
                                           const SuggestRunWords *words,
                                           gconstpointer          answer);
/* sitrep-suggest-places-regions.c */
void        _sitrep_suggest_region_places (SuggestRun        *run);
/* Whether a name key names a region of regions.tsv. */
gboolean    _sitrep_suggest_is_region_key (SuggestRun        *run,
                                           const char        *key);
/* Whether the lower-case article @j in a capitalised run from @i is part
 * of the name ("Salah ad Din"), not an English word ("Mosul as Iraqi"). */
gboolean    _sitrep_suggest_inner_article (SuggestRun        *run,
                                           guint              i,
                                           guint              j);
/* Whether @key is a place's key: bundled, the project's or learned
 * (sitrep-suggest-places.c). */
gboolean    _sitrep_suggest_is_place_key  (SuggestRun        *run,
                                           const char        *key);
/* Seats of government named as buildings ("at the Pentagon", "outside the
 * Kremlin"), placed at their city (sitrep-suggest-places-regions.c). */
void        _sitrep_suggest_government_seats (SuggestRun     *run);
/* The coordinates and country of a world city of world-places.tsv by its
 * name (sitrep-suggest-world.c); FALSE when it has none. */
gboolean    _sitrep_suggest_world_city    (const char        *name,
                                           double            *latitude,
                                           double            *longitude,
                                           char             **country);
/* Unplaced places UCDP's coders name in Syria, at their district's seat, doubtful. */
void        _sitrep_suggest_district_villages (SuggestRun    *run,
                                               guint          from);
/* "Zirgan (Abu Rasin)": the other name in brackets proposed when UCDP
 * names it; one pin for both names, doubtful. */
void        _sitrep_suggest_bracket_names (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-spelling.c */
/* @name as a reader compares spellings (sitrep-suggest-places-spelling.c);
 * _unicode() is the same by Unicode tables alone, for tests of the ASCII
 * path. */
char       *_sitrep_suggest_light_key     (const char        *name);
char       *_sitrep_suggest_light_key_unicode (const char    *name);
gboolean    _sitrep_suggest_spelled_as    (const char        *surface,
                                           const SitrepGazetteerPlace *place);
gboolean    _sitrep_suggest_is_world_region (SuggestRun      *run,
                                             guint            first,
                                             guint            last);
gboolean    _sitrep_suggest_before_world_region (SuggestRun  *run,
                                                 guint        i);
void        _sitrep_suggest_landforms     (SuggestRun        *run,
                                           guint              from);
void        _sitrep_suggest_drop_non_places (SuggestRun      *run,
                                             guint            from);
gboolean    _sitrep_suggest_is_family_name (SuggestRun       *run,
                                            guint             i);
gboolean    _sitrep_suggest_region_spelled_as (const char    *surface,
                                               const Region  *region);
void        _sitrep_suggest_us_towns      (SuggestRun        *run,
                                           guint              from);
void        _sitrep_suggest_short_names   (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-phrases.c: the name in brackets after an Arabic kind of place. */
guint       _sitrep_suggest_ar_bracketed  (SuggestRun        *run,
                                           guint              j,
                                           guint             *close);
gboolean    _sitrep_suggest_dateline_date_at (SuggestRun    *run,
                                              guint          j);
guint       _sitrep_suggest_ar_bracketed_next (SuggestRun    *run,
                                               guint          close,
                                               guint         *next_close);
/* sitrep-suggest-places-persons.c: weak places that are people's names. */
void        _sitrep_suggest_person_places (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-sense.c */
void        _sitrep_suggest_places_in_sense (SuggestRun      *run,
                                             guint            from);
void        _sitrep_suggest_place_objects (SuggestRun        *run);
void        _sitrep_suggest_arabic_sides  (SuggestRun        *run);
/* Unplaced places said to be in or near a placed one, placed there, doubtful. */
void        _sitrep_suggest_places_within (SuggestRun        *run,
                                           guint              from);
/* sitrep-suggest-places-far.c: pins @s, a place no name of the data holds, doubtful at (@latitude,
 * @longitude) in @country/@admin1: a place, named as the text has it. */
void        _sitrep_suggest_pin_doubtful (SuggestRun       *run,
                                          SitrepSuggestion *s,
                                          double            latitude,
                                          double            longitude,
                                          const char       *country,
                                          const char       *admin1);
/* sitrep-suggest-places-far.c: @s, a doubtful guess of a list, stays where
 * it is, or takes another candidate of its name, when that lies in the
 * country of a sure place of the text (from @from on) and near it; FALSE
 * when no candidate does. *@sure, when NULL, is set to the text's sure
 * places, for the next call (g_ptr_array_unref() it). */
gboolean    _sitrep_suggest_guess_near_sure (SuggestRun       *run,
                                             SitrepSuggestion *s,
                                             guint             from,
                                             GPtrArray       **sure);
/* sitrep-suggest-places-far.c: whether the river @name (@points, latitude
 * and longitude pairs along it) is matched at @s only by another spelling
 * and passes far from every placed place of the report: no reading of @s. */
gboolean    _sitrep_suggest_far_river     (SuggestRun             *run,
                                           const SitrepSuggestion *s,
                                           const char             *name,
                                           GArray                 *points);
/* sitrep-suggest-places-far.c: whether @s, a doubtful bundled guess near a
 * sure place of the report in its country, is kept over the world city
 * @world_name, which the text never names as itself. */
gboolean    _sitrep_suggest_keep_guess    (SuggestRun             *run,
                                           const SitrepSuggestion *s,
                                           const char             *world_name);
/* sitrep-suggest-places-far.c: a name left unplaced takes the pin of a
 * sure place of the text spelled a little otherwise, doubtful. */
void        _sitrep_suggest_places_spelled_twice (SuggestRun *run,
                                                  guint       from);
/* Drops a place of one word that is also an English word ("Tall", "Mill")
 * where no capital and no context say a place is meant. */
void        _sitrep_suggest_english_names (SuggestRun        *run,
                                           guint              from);
/* Orders @found (ranked SitrepGazetteerPlace) so that the best candidate
 * spelled as @surface comes first, and the next of them (a true homonym)
 * second; loose matches after them. Unchanged when none is spelled so.
 * Whether the first is spelled as @surface (some candidate was). */
gboolean    _sitrep_suggest_spelled_first (GPtrArray         *found,
                                           const char        *surface);

/* Flags doubtful the places from @from on whose country the article never
 * names or that lie far from all its other places (sitrep-suggest-places-index.c). */
void        _sitrep_suggest_weigh_places  (SuggestRun        *run,
                                           guint              from);

/* Reads the places detector's index of first words (sitrep-suggest-places.c). */
void        _sitrep_suggest_places_warm_up (void);

/* The bundled actor list (sitrep-suggest-actors.c): key → KnownName. */
void        _sitrep_suggest_add_bundled_actors (GHashTable   *names);
void        _sitrep_known_name_free       (gpointer           data);
/* The key a name is known under: an acronym ("IS", "SDF") only as written
 * in capitals ("=IS"), any other name as sitrep_normalize_name() gives it. */
char       *_sitrep_suggest_name_key      (const char        *alias);

G_END_DECLS
