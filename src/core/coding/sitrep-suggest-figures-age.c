/* sitrep-suggest-figures-age.c — the words of an age after the people counted ("32 children under the age of 18",
 * "two boys aged 12 and 14"), whose numbers count none of them
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-suggest-private.h"

/* The last token of the words of an age that start at token @k, after the people counted ("under the age of
 * 18", "over age 60", "aged 12 and 14", "aged between 5 and 12"), or 0: its numbers count none of them. */
guint
_sitrep_suggest_figure_age_end (SuggestRun *run,
                                guint       k)
{
  guint n = run->tokens->len, m = k + 1;

  if (_sitrep_suggest_tok_is (run, k, "aged"))
    {
      if (_sitrep_suggest_tok_is (run, m, "between") || _sitrep_suggest_tok_is (run, m, "from"))
        m++;
    }
  else if (_sitrep_suggest_tok_is (run, k, "under") || _sitrep_suggest_tok_is (run, k, "over") ||
           _sitrep_suggest_tok_is (run, k, "above") || _sitrep_suggest_tok_is (run, k, "below"))
    {
      if (_sitrep_suggest_tok_is (run, m, "the") && _sitrep_suggest_tok_is (run, m + 1, "age") && _sitrep_suggest_tok_is (run, m + 2, "of"))
        m += 3;
      else if (_sitrep_suggest_tok_is (run, m, "age"))
        m++;
      else
        return 0;
    }
  else
    return 0;
  if (m >= n || !(tok (run, m)->flags & TOK_NUMBER) || tok (run, m)->sentence != tok (run, k)->sentence)
    return 0;
  return _sitrep_suggest_figure_number_end (run, m);
}

/* Whether the count from token @from is the number of an age ("children under the age of 18", "aged 3 and 7"). */
gboolean
_sitrep_suggest_figure_is_age (SuggestRun *run,
                               guint       from)
{
  for (guint k = from; k > 0 && k + 4 >= from; k--)
    {
      guint end = _sitrep_suggest_figure_age_end (run, k - 1);

      if (end >= from)
        return TRUE;
    }
  return FALSE;
}
