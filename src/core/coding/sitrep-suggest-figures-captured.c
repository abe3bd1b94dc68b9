/* sitrep-suggest-figures-captured.c — people counted as killed or wounded who were captured too, as the
 * sentence tells it without a count of its own: the count's adjective ("killed two kidnapped diplomats"), a
 * pronoun after it ("executed six people … hours after kidnapping them"), a relative ("three officers whom
 * gunmen captured and executed") (issue 11, session 39).
 *
 * The coders' gold lists each as a captured figure of that count beside the killed one ("six captured
 * members of the security forces" 6 captured; "killed two kidnapped Algerian diplomats" 2 killed and 2
 * captured). Not a participle after the people ("the bodies of eight people kidnapped by ISIS": the gold
 * lists no captured figure there).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-suggest-private.h"

/* Participles of capture before the noun of the people counted: "two kidnapped diplomats". */
static const char * const capture_participles[] = {
  "kidnapped", "abducted", "captured", "detained", "arrested", "seized", NULL
};
/* Verbs of capture before "them": "after kidnapping them". */
static const char * const capture_verbs_them[] = {
  "kidnapping", "abducting", "capturing", "seizing", "detaining", "arresting", "kidnapped", "abducted",
  "captured", "seized", "detained", "arrested", NULL
};
/* How far after the people counted "kidnapping them" may stand in their sentence. */
#define THEM_AFTER 24

static gboolean
is_figure (const SitrepSuggestion *s)
{
  return s->kind == SITREP_SUGGEST_KILLED || s->kind == SITREP_SUGGEST_WOUNDED ||
         s->kind == SITREP_SUGGEST_CAPTURED || s->kind == SITREP_SUGGEST_MISSING;
}

static void
add_captured (SuggestRun             *run,
              const SitrepSuggestion *f,
              guint                   first,
              guint                   last)
{
  SitrepSuggestion *s = _sitrep_suggest_add (run, SITREP_SUGGEST_CAPTURED, first, last);

  s->figure = f->figure;
  s->score = 0.6;
  s->cumulative = f->cumulative;
  s->victims = f->victims;
}

/* How many words may stand between a participle of capture and the noun of the people counted. */
#define PARTICIPLE_NOUN 3

/* The noun of people within a few words after the participle at @j ("kidnapped Algerian diplomats"); 0 if none. */
static guint
people_after (SuggestRun *run,
              guint       j)
{
  for (guint k = j + 1; k < run->tokens->len && k <= j + PARTICIPLE_NOUN && tok (run, k)->sentence == tok (run, j)->sentence; k++)
    {
      if (_sitrep_suggest_tok_in (run, k, _sitrep_suggest_figure_victim_nouns))
        return k;
      if (!(tok (run, k)->flags & TOK_WORD) || _sitrep_suggest_figure_is_kind_word (run, k))
        return 0;
    }
  return 0;
}

static guint
people_end (SuggestRun *run,
            guint       j)
{
  guint k = people_after (run, j);

  return k > 0 ? k : j;
}

/* The participle of capture right after the count of the figure @first … @last, with a noun of people after
 * it: "two kidnapped diplomats"; 0 if none. */
static guint
participle_after_count (SuggestRun *run,
                        guint       first,
                        guint       last)
{
  for (guint j = first + 1; j <= last + 1 && j < run->tokens->len; j++)
    {
      if (_sitrep_suggest_is_number_anchor (run, j - 1) && _sitrep_suggest_tok_among (run, j, capture_participles))
        return people_after (run, j) > 0 ? j : 0;
    }
  return 0;
}

/* The token of "kidnapping" in "kidnapping them", or of "captured" in "whom gunmen captured", after the
 * people counted ending at @last, before another count; 0 if none. */
static guint
captured_after (SuggestRun *run,
                guint       last)
{
  guint n = run->tokens->len, sentence = tok (run, last)->sentence;

  /* "three officers whom gunmen captured and executed" */
  if (last + 1 < n && _sitrep_suggest_tok_is (run, last + 1, "whom"))
    {
      for (guint j = last + 2; j < n && j <= last + 4 && tok (run, j)->sentence == sentence; j++)
        {
          if (_sitrep_suggest_tok_among (run, j, capture_participles))
            return j;
          if (!(tok (run, j)->flags & TOK_WORD))
            break;
        }
      return 0;
    }
  for (guint j = last + 2; j < n && j <= last + THEM_AFTER + 1 && tok (run, j)->sentence == sentence; j++)
    {
      if (_sitrep_suggest_tok_is (run, j, "them") && _sitrep_suggest_tok_among (run, j - 1, capture_verbs_them))
        return j - 1;
    }
  return 0;
}

/* Whether a figure before run->out[@i] is in its sentence (this pass adds figures in text order, after the
 * other kinds' suggestions). */
static gboolean
earlier_figure_in_sentence (SuggestRun *run,
                            guint       i)
{
  const SitrepSuggestion *f = run->out->pdata[i];

  for (guint k = i; k > 0; k--)
    {
      const SitrepSuggestion *s = run->out->pdata[k - 1];

      if (!is_figure (s) || s->sentence != f->sentence)
        return FALSE;
      if (s->byte_start < f->byte_start)
        return TRUE;
    }
  return FALSE;
}

void
_sitrep_suggest_figures_captured_too (SuggestRun *run)
{
  guint n0 = run->out->len;

  for (guint i = 0; i < n0; i++)
    {
      const SitrepSuggestion *f = run->out->pdata[i];
      guint first, last, j;

      if (f->kind != SITREP_SUGGEST_KILLED && f->kind != SITREP_SUGGEST_WOUNDED)
        continue;
      first = _sitrep_suggest_token_holding (run, f->byte_start);
      last = _sitrep_suggest_token_holding (run, f->byte_end - 1);
      if (tok (run, first)->flags & TOK_ARABIC)
        continue;
      /* "two kidnapped Algerian diplomats": the participle right after the count, a noun of people after it
       * (in the figure's words or after them) */
      if ((j = participle_after_count (run, first, last)) > 0)
        {
          add_captured (run, f, j, people_end (run, j));
          continue;
        }
      /* "kidnapping them", "whom gunmen captured": of the first figure of the sentence (the whole, not a part
       * of it told after: "six people, including two guards, … after kidnapping them") */
      if (earlier_figure_in_sentence (run, i) || (j = captured_after (run, last)) == 0)
        continue;
      add_captured (run, f, j, _sitrep_suggest_tok_is (run, j + 1, "them") ? j + 1 : j);
    }
}
