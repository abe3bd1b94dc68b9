/* sitrep-claims.c — casualty claims and the event figures derived from them (pure functions)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-claims"

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sitrep-claims.h"

static const char * const kind_names[] = { "killed", "wounded", "captured", "missing" };
static const char * const side_names[] = { "actor1", "actor2", "civilians", "unknown" };

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == SITREP_CLAIM_N_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (side_names) == SITREP_VICTIM_N_SIDES);

const char *
sitrep_claim_kind_to_string (SitrepClaimKind kind)
{
  if ((guint) kind < G_N_ELEMENTS (kind_names))
    return kind_names[kind];
  return "killed";
}

gboolean
sitrep_claim_kind_from_string (const char      *str,
                               SitrepClaimKind *kind)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (kind_names); i++)
    {
      if (strcmp (str, kind_names[i]) == 0)
        {
          *kind = (SitrepClaimKind) i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sitrep_claim_kind_from_label_kind (const char      *label_kind,
                                   SitrepClaimKind *kind)
{
  /* The label set has one "Captured/Missing" label of kind "captured". */
  return sitrep_claim_kind_from_string (label_kind, kind);
}

const char *
sitrep_victim_side_to_string (SitrepVictimSide side)
{
  if ((guint) side < G_N_ELEMENTS (side_names))
    return side_names[side];
  return "unknown";
}

gboolean
sitrep_victim_side_from_string (const char       *str,
                                SitrepVictimSide *side)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (side_names); i++)
    {
      if (strcmp (str, side_names[i]) == 0)
        {
          *side = (SitrepVictimSide) i;
          return TRUE;
        }
    }
  return FALSE;
}

void
sitrep_derived_figures_clear (SitrepDerivedFigures *figures)
{
  g_clear_pointer (&figures->explanation, g_free);
}

/* What one source says about one kind. */
typedef struct
{
  const char *key;
  const char *label;
  gboolean has[SITREP_VICTIM_N_SIDES];
  gint64 low[SITREP_VICTIM_N_SIDES];
  gint64 high[SITREP_VICTIM_N_SIDES];
  SitrepQualifier qualifier;
  guint n_claims;
  gint64 total_low;
  gint64 total_high;
} SourceTotal;

static const char *
source_key (const SitrepClaimFigure *c)
{
  return c->source != NULL ? c->source : "";
}

static int
compare_total (gconstpointer a,
               gconstpointer b)
{
  const SourceTotal *x = *(SourceTotal * const *) a;
  const SourceTotal *y = *(SourceTotal * const *) b;

  if (x->total_low != y->total_low)
    return x->total_low < y->total_low ? -1 : 1;
  if (x->total_high != y->total_high)
    return x->total_high < y->total_high ? -1 : 1;
  return strcmp (x->key, y->key);
}

/* Totals per source for @kind, sorted by total; (transfer container). */
static GPtrArray *
totals_for_kind (const SitrepClaimFigure *claims,
                 guint                    n_claims,
                 SitrepClaimKind          kind)
{
  GPtrArray *totals = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_claims; i++)
    {
      const SitrepClaimFigure *c = &claims[i];
      SourceTotal *t = NULL;
      guint side = (guint) c->victim_side < SITREP_VICTIM_N_SIDES ? c->victim_side : SITREP_VICTIM_UNKNOWN;

      if (c->kind != kind)
        continue;
      for (guint j = 0; j < totals->len; j++)
        {
          SourceTotal *o = g_ptr_array_index (totals, j);
          if (strcmp (o->key, source_key (c)) == 0)
            t = o;
        }
      if (t == NULL)
        {
          t = g_new0 (SourceTotal, 1);
          t->key = source_key (c);
          t->label = c->source_label;
          t->qualifier = c->qualifier;
          g_ptr_array_add (totals, t);
        }
      if (t->label == NULL)
        t->label = c->source_label;
      t->n_claims++;
      if (!t->has[side] || c->low > t->low[side])
        t->low[side] = c->low;
      if (!t->has[side] || MAX (c->high, c->low) > t->high[side])
        t->high[side] = MAX (c->high, c->low);
      t->has[side] = TRUE;
    }

  for (guint j = 0; j < totals->len; j++)
    {
      SourceTotal *t = g_ptr_array_index (totals, j);
      for (guint s = 0; s < SITREP_VICTIM_N_SIDES; s++)
        {
          if (t->has[s])
            {
              t->total_low += t->low[s];
              t->total_high += t->high[s];
            }
        }
    }
  g_ptr_array_sort (totals, compare_total);

  return totals;
}

static const char *
source_name (const SourceTotal *t)
{
  if (t->label != NULL && *t->label != '\0')
    return t->label;
  if (*t->key == '\0')
    return _("entered by hand");
  return t->key;
}

static void
append_figure (GString           *s,
               const SourceTotal *t)
{
  if (t->n_claims == 1 && t->qualifier != SITREP_QUALIFIER_EXACT &&
      t->qualifier != SITREP_QUALIFIER_RANGE)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, t->total_low);

      /* Words, as the report said it, not the stored code ("at_least"). */
      switch (t->qualifier)
        {
        case SITREP_QUALIFIER_AT_LEAST:
          /* Translators: a casualty figure in the figures explanation, "at least 20" */
          g_string_append_printf (s, _("at least %s"), number);
          break;
        case SITREP_QUALIFIER_MORE_THAN:
          /* Translators: a casualty figure in the figures explanation, "more than 27" */
          g_string_append_printf (s, _("more than %s"), number);
          break;
        case SITREP_QUALIFIER_UP_TO:
          /* Translators: a casualty figure in the figures explanation, "up to 5" */
          g_string_append_printf (s, _("up to %s"), number);
          break;
        case SITREP_QUALIFIER_ABOUT:
        case SITREP_QUALIFIER_EXACT:
        case SITREP_QUALIFIER_RANGE:
        default:
          /* Translators: a casualty figure in the figures explanation, "about 150" */
          g_string_append_printf (s, _("about %s"), number);
          break;
        }
    }
  else if (t->total_high != t->total_low)
    g_string_append_printf (s, "%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, t->total_low, t->total_high);
  else
    g_string_append_printf (s, "%" G_GINT64_FORMAT, t->total_low);
}

/* A source's total keeps its claim's qualifier when it is that one claim:
 * the sum of several is given as a number (as append_figure says it). */
static SitrepQualifier
total_qualifier (const SourceTotal *t)
{
  return t->n_claims == 1 ? t->qualifier : SITREP_QUALIFIER_EXACT;
}

static gboolean
totals_differ (GPtrArray *totals)
{
  for (guint j = 1; j < totals->len; j++)
    {
      SourceTotal *a = g_ptr_array_index (totals, 0);
      SourceTotal *b = g_ptr_array_index (totals, j);
      if (a->total_low != b->total_low || a->total_high != b->total_high)
        return TRUE;
    }
  return FALSE;
}

/* "SOHR 18, Al-Masdar at least 20" */
static void
append_sources (GString   *s,
                GPtrArray *totals)
{
  for (guint j = 0; j < totals->len; j++)
    {
      SourceTotal *t = g_ptr_array_index (totals, j);

      if (j > 0)
        g_string_append (s, ", ");
      g_string_append_printf (s, "%s ", source_name (t));
      append_figure (s, t);
    }
}

void
sitrep_claims_derive (const SitrepClaimFigure *claims,
                      guint                    n_claims,
                      gint64                   best_override,
                      const char              *best_reason,
                      gint64                   low_override,
                      gint64                   high_override,
                      const char              *range_reason,
                      SitrepDerivedFigures    *figures)
{
  sitrep_claims_derive_with_reports (claims, n_claims, 0, best_override, best_reason,
                                     low_override, high_override, range_reason, figures);
}

void
sitrep_claims_derive_with_reports (const SitrepClaimFigure *claims,
                                   guint                    n_claims,
                                   guint                    n_reports_without_figures,
                                   gint64                   best_override,
                                   const char              *best_reason,
                                   gint64                   low_override,
                                   gint64                   high_override,
                                   const char              *range_reason,
                                   SitrepDerivedFigures    *figures)
{
  g_autoptr(GString) why = g_string_new (NULL);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) disputes = g_string_new (NULL);

  g_return_if_fail (figures != NULL);
  g_return_if_fail (claims != NULL || n_claims == 0);

  memset (figures, 0, sizeof *figures);
  figures->fatalities = figures->low = figures->best = figures->high = SITREP_FIGURE_NONE;
  figures->wounded = SITREP_FIGURE_NONE;
  for (guint s = 0; s < SITREP_VICTIM_N_SIDES; s++)
    figures->deaths[s] = 0;

  for (guint i = 0; i < n_claims; i++)
    g_hash_table_add (sources, (gpointer) source_key (&claims[i]));
  figures->n_sources = g_hash_table_size (sources) + n_reports_without_figures;

  for (guint k = 0; k < SITREP_CLAIM_N_KINDS; k++)
    {
      g_autoptr(GPtrArray) totals = totals_for_kind (claims, n_claims, (SitrepClaimKind) k);

      if (totals->len == 0)
        continue;
      if (totals_differ (totals))
        {
          figures->disputed = TRUE;
          /* Translators: "killed: SOHR 18, Al-Masdar 20" */
          g_string_append_printf (disputes, "%s%s: ", disputes->len > 0 ? "; " : "",
                                  sitrep_claim_kind_to_string ((SitrepClaimKind) k));
          append_sources (disputes, totals);
        }

      if (k == SITREP_CLAIM_WOUNDED)
        {
          figures->wounded = ((SourceTotal *) g_ptr_array_index (totals, 0))->total_low;
          figures->wounded_qualifier = total_qualifier (g_ptr_array_index (totals, 0));
        }

      if (k == SITREP_CLAIM_KILLED)
        {
          SourceTotal *lowest = g_ptr_array_index (totals, 0);
          SourceTotal *median = g_ptr_array_index (totals, (totals->len - 1) / 2);
          gint64 high = 0;

          for (guint j = 0; j < totals->len; j++)
            high = MAX (high, ((SourceTotal *) g_ptr_array_index (totals, j))->total_high);

          figures->fatalities = lowest->total_low;
          figures->fatalities_qualifier = total_qualifier (lowest);
          figures->low = lowest->total_low;
          figures->high = high;
          figures->best = median->total_low;
          for (guint s = 0; s < SITREP_VICTIM_N_SIDES; s++)
            figures->deaths[s] = median->has[s] ? median->low[s] : 0;

          g_string_append_printf (why, _("Killed, by source: "));
          append_sources (why, totals);
          g_string_append (why, ".\n");
          g_string_append_printf (why,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "Fatalities (ACLED) %" PRId64 ": the killed figure of the only source.\n",
                                               "Fatalities (ACLED) %" PRId64 ": the lowest killed total of %u sources.\n",
                                               totals->len),
                                  figures->fatalities, totals->len);
          g_string_append_printf (why, _("Low (UCDP) %" PRId64 ": the lowest total; "
                                         "high %" PRId64 ": the highest total.\n"),
                                  figures->low, figures->high);
          if (totals->len == 1)
            g_string_append_printf (why, _("Best (UCDP) %" PRId64 ": the only source’s total.\n"),
                                    figures->best);
          else if (totals->len % 2 == 0)
            g_string_append_printf (why, _("Best (UCDP) %" PRId64 ": the median of %u sources’ "
                                           "totals (the lower middle one: %s).\n"),
                                    figures->best, totals->len, source_name (median));
          else
            g_string_append_printf (why, _("Best (UCDP) %" PRId64 ": the median of %u sources’ "
                                           "totals (%s).\n"),
                                    figures->best, totals->len, source_name (median));
        }
    }

  if (figures->fatalities == SITREP_FIGURE_NONE)
    g_string_append (why, _("No killed figure has been claimed.\n"));

  if (low_override >= 0 || high_override >= 0)
    {
      figures->range_overridden = TRUE;
      if (low_override >= 0)
        figures->low = low_override;
      if (high_override >= 0)
        figures->high = high_override;
      g_string_append_printf (why, _("Low and high set to %" PRId64 " and %" PRId64
                                     ": %s\n"),
                              figures->low, figures->high,
                              range_reason != NULL && *range_reason != '\0' ? range_reason : _("no reason given"));
    }
  if (best_override >= 0)
    {
      figures->best_overridden = TRUE;
      figures->best = best_override;
      g_string_append_printf (why, _("Best set to %" PRId64 " by hand: %s\n"), best_override,
                              best_reason != NULL && *best_reason != '\0' ? best_reason : _("no reason given"));
    }

  g_string_append_printf (why, g_dngettext (GETTEXT_PACKAGE, "%u source.", "%u sources.",
                                            figures->n_sources),
                          figures->n_sources);
  if (figures->disputed)
    g_string_append_printf (why, _("\nDisputed: the sources disagree (%s)."), disputes->str);

  figures->explanation = g_string_free (g_steal_pointer (&why), FALSE);
}

#define REPORT_TITLE_CHARS 36

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

char *
sitrep_report_name (const char *outlet,
                    const char *url,
                    const char *title,
                    const char *published)
{
  g_autofree char *short_title = NULL;
  g_autofree char *day = NULL;

  if (!is_blank (outlet))
    return g_strstrip (g_strdup (outlet));
  if (url != NULL && *url != '\0')
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

      if (host != NULL && *host != '\0')
        {
          char *lower = g_ascii_strdown (host, -1);

          if (g_str_has_prefix (lower, "www.") && lower[4] != '\0')
            memmove (lower, lower + 4, strlen (lower + 4) + 1);
          return lower;
        }
    }
  if (is_blank (title))
    return g_strdup (_("untitled report"));

  short_title = g_strstrip (g_strdup (title));
  if (g_utf8_strlen (short_title, -1) > REPORT_TITLE_CHARS + 8)
    {
      /* cut at the last space before the limit, so no word is cut */
      char *cut = g_utf8_offset_to_pointer (short_title, REPORT_TITLE_CHARS);
      char *space = cut;

      while (space > short_title && *space != ' ')
        space--;
      if (space > short_title + REPORT_TITLE_CHARS / 2)
        cut = space;
      while (cut > short_title && strchr (" ,;:-", cut[-1]) != NULL)
        cut--;
      *cut = '\0';
      {
        char *with_dots = g_strconcat (short_title, "…", NULL);
        g_free (short_title);
        short_title = with_dots;
      }
    }
  if (published != NULL && strlen (published) >= 4)
    day = g_strndup (published, MIN (strlen (published), 10));
  if (day != NULL)
    /* TRANSLATORS: a report without outlet or address named by its title's first words and its date */
    return g_strdup_printf (_("“%s” (%s)"), short_title, day);
  return g_strdup_printf ("“%s”", short_title);
}
