/* sitrep-cli-agreement-events.c — agreement --events: two coders' events for one article compared
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sitrep-agreement-events.h"
#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"

static void
print_pair (SitrepEventComparison *c,
            SitrepEventPair       *p)
{
  const char *date = p->date_start != NULL ? p->date_start : _("no date");
  const char *type = p->event_type != NULL ? p->event_type : _("no type");
  const char *place = p->place != NULL ? p->place : _("no place");

  if (p->event_a == 0 || p->event_b == 0)
    {
      /* Translators: an event only one coder coded: its date, type, place, the coder and its id */
      sitrep_cli_printf (_("  %s, %s, %s: only %s coded it (event %lld)\n"), date, type, place,
                         p->event_a != 0 ? c->a : c->b, (long long) (p->event_a != 0 ? p->event_a : p->event_b));
      return;
    }
  if (p->differences->len == 0)
    sitrep_cli_printf (_("  %s, %s, %s: events %lld and %lld agree\n"), date, type, place,
                       (long long) p->event_a, (long long) p->event_b);
  else
    sitrep_cli_printf (_("  %s, %s, %s: events %lld and %lld differ\n"), date, type, place,
                       (long long) p->event_a, (long long) p->event_b);
  for (guint i = 0; i < p->differences->len; i++)
    {
      SitrepEventDifference *d = g_ptr_array_index (p->differences, i);
      /* Translators: a field of an event, then what each coder (named) put in it */
      sitrep_cli_printf (_("    %s: “%s” (%s), “%s” (%s)\n"), sitrep_event_field_title (d->field), d->a, c->a,
                         d->b, c->b);
    }
  if (p->kept != 0)
    sitrep_cli_printf (_("    settled: the adjudicated layer has event %lld\n"), (long long) p->kept);
}

int
sitrep_cli_agreement_events (SitrepStore         *store,
                             const char * const  *annotators,
                             double               km,
                             gboolean             json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) comparisons = sitrep_event_comparison_compute_all (store, annotators, km, &error);

  if (comparisons == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  if (json)
    {
      g_autofree char *text = sitrep_event_comparisons_to_json (comparisons, km);
      g_autofree char *shortest = sitrep_cli_json_shortest (text);

      sitrep_cli_print (shortest);
      sitrep_cli_print ("\n");
      fflush (stdout);
      return EXIT_OK;
    }
  if (comparisons->len == 0)
    sitrep_cli_printf ("%s\n", _("No article has events coded by two of these coders."));
  for (guint i = 0; i < comparisons->len; i++)
    {
      SitrepEventComparison *c = g_ptr_array_index (comparisons, i);

      sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Article %lld, %s and %s: %u event matched, %u alike\n",
                                      "Article %lld, %s and %s: %u events matched, %u alike\n", c->matched),
                         (long long) c->article_id, c->a, c->b, c->matched, c->agreed);
      for (guint k = 0; k < c->pairs->len; k++)
        print_pair (c, g_ptr_array_index (c->pairs, k));
    }
  fflush (stdout);
  return EXIT_OK;
}
