/* test-label-kind.c — the one list of label kinds, and the typed attributes of spans
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-annotation-format.h"
#include "sitrep-label-kind.h"

static void
test_names_round_trip (void)
{
  for (guint i = 0; i < SITREP_N_LABEL_KINDS; i++)
    {
      SitrepLabelKind kind = SITREP_N_LABEL_KINDS;
      const char *name = sitrep_label_kind_to_string ((SitrepLabelKind) i);

      g_assert_nonnull (name);
      g_assert_true (sitrep_label_kind_from_string (name, &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (sitrep_label_kind_display_name (kind), !=, "");
    }

  g_assert_cmpstr (sitrep_label_kind_to_string (SITREP_LABEL_KIND_CAPTURED), ==, "captured");
  g_assert_cmpstr (sitrep_label_kind_display_name (SITREP_LABEL_KIND_CAPTURED), ==, "Captured or missing");
  g_assert_cmpstr (sitrep_label_kind_display_name (SITREP_LABEL_KIND_TRIGGER), ==, "Event trigger");

  /* Not kinds: refused, and read as "other". */
  {
    const char *bad[] = { "", "Actor", "actor ", "killed'; DROP TABLE labels; --", "claimants" };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        SitrepLabelKind kind = SITREP_LABEL_KIND_ACTOR;

        g_assert_false (sitrep_label_kind_from_string (bad[i], &kind));
        g_assert_cmpint (kind, ==, SITREP_LABEL_KIND_OTHER);
      }
    g_assert_false (sitrep_label_kind_from_string (NULL, NULL));
  }
}

/* Core, reader, panel and importers agree: a claimant is an actor entity. */
static void
test_entity_kinds (void)
{
  g_assert_cmpstr (sitrep_label_kind_entity_kind ("actor"), ==, "actor");
  g_assert_cmpstr (sitrep_label_kind_entity_kind ("claimant"), ==, "actor");
  g_assert_cmpstr (sitrep_label_kind_entity_kind ("person"), ==, "person");
  g_assert_cmpstr (sitrep_label_kind_entity_kind ("place"), ==, "place");
  g_assert_null (sitrep_label_kind_entity_kind ("killed"));
  g_assert_null (sitrep_label_kind_entity_kind ("date"));
  g_assert_null (sitrep_label_kind_entity_kind ("nonsense"));
  g_assert_null (sitrep_label_kind_entity_kind (NULL));

  g_assert_true (sitrep_label_kind_is_entity ("claimant"));
  g_assert_false (sitrep_label_kind_is_entity ("weapon"));
  g_assert_true (sitrep_label_kind_is_casualty ("killed"));
  g_assert_true (sitrep_label_kind_is_casualty ("wounded"));
  g_assert_true (sitrep_label_kind_is_casualty ("captured"));
  g_assert_false (sitrep_label_kind_is_casualty ("claimant"));
  g_assert_false (sitrep_label_kind_is_casualty (NULL));
}

static void
test_default_attributes (void)
{
  g_autofree char *killed = sitrep_annotation_dup_default_attributes ("killed", "at least 20 terrorists");
  g_autofree char *weapon = sitrep_annotation_dup_default_attributes ("weapon", "IED");
  g_autofree char *date = sitrep_annotation_dup_default_attributes ("date", "14 October 2022");
  g_autofree char *shown = NULL;
  g_autofree char *qualifier = NULL;
  gint64 count = 0, low = 0, high = 0;

  g_assert_nonnull (killed);
  g_assert_true (sitrep_figure_from_attributes (killed, &count, &qualifier, &low, &high));
  g_assert_cmpint (count, ==, 20);
  g_assert_cmpstr (qualifier, ==, "at_least");
  shown = sitrep_annotation_dup_attributes_text (killed);
  g_assert_cmpstr (shown, ==, "20 · at least");

  g_assert_null (weapon);

  g_assert_nonnull (date);
  g_clear_pointer (&shown, g_free);
  shown = sitrep_annotation_dup_attributes_text (date);
  g_assert_cmpstr (shown, ==, "2022-10-14 · day");

  /* Bad input reads as nothing, never a crash. */
  g_assert_null (sitrep_annotation_dup_attributes_text (NULL));
  g_assert_null (sitrep_annotation_dup_attributes_text (""));
  g_assert_null (sitrep_annotation_dup_attributes_text ("[1,2]"));
  g_assert_null (sitrep_annotation_dup_attributes_text ("{\"count\":"));
  g_assert_false (sitrep_figure_from_attributes ("{}", &count, NULL, &low, &high));
  g_assert_null (sitrep_annotation_dup_default_attributes ("killed", NULL));
}

static void
test_figure_round_trip (void)
{
  g_autofree char *json = sitrep_figure_to_attributes (12, "range", 12, 15);
  g_autofree char *shown = sitrep_annotation_dup_attributes_text (json);
  g_autofree char *qualifier = NULL;
  gint64 count, low, high;

  g_assert_true (sitrep_figure_from_attributes (json, &count, &qualifier, &low, &high));
  g_assert_cmpint (count, ==, 12);
  g_assert_cmpint (low, ==, 12);
  g_assert_cmpint (high, ==, 15);
  g_assert_cmpstr (qualifier, ==, "range");
  g_assert_cmpstr (shown, ==, "12–15");
  g_assert_cmpstr (sitrep_qualifier_display_name ("more_than"), ==, "more than");
  g_assert_cmpstr (sitrep_qualifier_display_name ("unheard-of"), ==, "unheard-of");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/label-kind/names-round-trip", test_names_round_trip);
  g_test_add_func ("/sitrep/label-kind/entity-kinds", test_entity_kinds);
  g_test_add_func ("/sitrep/label-kind/default-attributes", test_default_attributes);
  g_test_add_func ("/sitrep/label-kind/figure-round-trip", test_figure_round_trip);

  return g_test_run ();
}
