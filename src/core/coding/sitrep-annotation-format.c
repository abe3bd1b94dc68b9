/* sitrep-annotation-format.c — typed attributes of spans: defaults and display
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-annotation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-dateparse.h"
#include "sitrep-figures.h"
#include "sitrep-annotation-format.h"

static const struct
{
  const char *id;
  const char *name;
} qualifiers[] = {
  { "exact", N_("exactly") },
  { "at_least", N_("at least") },
  { "more_than", N_("more than") },
  { "up_to", N_("up to") },
  { "about", N_("about") },
  { "range", N_("range") },
};

/* How precise a date is, as its span's row says it (stored by these names). */
static const struct
{
  const char *id;
  const char *name;
} precisions[] = {
  { "day", NC_("date precision", "day") },
  { "week", NC_("date precision", "week") },
  { "month", NC_("date precision", "month") },
  { "year", NC_("date precision", "year") },
  { "range", NC_("date precision", "range") },
  { "unknown", NC_("date precision", "unknown") },
};

static const char *
precision_display_name (const char *precision)
{
  for (guint i = 0; i < G_N_ELEMENTS (precisions); i++)
    if (g_strcmp0 (precisions[i].id, precision) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "date precision", precisions[i].name);

  return precision;
}

const char *
sitrep_qualifier_display_name (const char *qualifier)
{
  for (guint i = 0; i < G_N_ELEMENTS (qualifiers); i++)
    if (g_strcmp0 (qualifiers[i].id, qualifier) == 0)
      return _(qualifiers[i].name);

  return qualifier != NULL ? qualifier : "";
}

char *
sitrep_figure_to_attributes (gint64      count,
                             const char *qualifier,
                             gint64      low,
                             gint64      high)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, count);
  json_builder_set_member_name (b, "qualifier");
  json_builder_add_string_value (b, qualifier != NULL ? qualifier : "exact");
  json_builder_set_member_name (b, "low");
  json_builder_add_int_value (b, low);
  json_builder_set_member_name (b, "high");
  json_builder_add_int_value (b, high);
  json_builder_end_object (b);
  root = json_builder_get_root (b);

  return json_to_string (root, FALSE);
}

char *
sitrep_annotation_dup_default_attributes (const char *kind,
                                          const char *text)
{
  if (text == NULL)
    return NULL;

  if (sitrep_label_kind_is_casualty (kind))
    {
      SitrepFigure figure;

      if (!sitrep_figure_parse (text, &figure))
        return NULL;
      return sitrep_figure_to_attributes (figure.count,
                                          sitrep_qualifier_to_string (figure.qualifier),
                                          figure.low, figure.high);
    }

  if (g_strcmp0 (kind, "date") == 0)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *iso = NULL;
      g_autofree char *note = NULL;
      SitrepDatePrecision precision = SITREP_DATE_PRECISION_UNKNOWN;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, text);
      /* A date stated outright is read here; words relative to the
       * publication date stay as text until they can be resolved. */
      if (sitrep_date_parse (text, &iso, &precision, &note) && iso != NULL)
        {
          json_builder_set_member_name (b, "date");
          json_builder_add_string_value (b, iso);
          json_builder_set_member_name (b, "precision");
          json_builder_add_string_value (b, sitrep_date_precision_to_string (precision));
        }
      json_builder_end_object (b);
      root = json_builder_get_root (b);

      return json_to_string (root, FALSE);
    }

  return NULL;
}

static JsonObject *
parse_object (const char  *attributes,
              JsonParser **parser_out)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  if (attributes == NULL || *attributes == '\0')
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, attributes, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  *parser_out = g_steal_pointer (&parser);
  return json_node_get_object (root);
}

gboolean
sitrep_figure_from_attributes (const char *attributes,
                               gint64     *count,
                               char      **qualifier,
                               gint64     *low,
                               gint64     *high)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *o = parse_object (attributes, &parser);

  if (o == NULL || !json_object_has_member (o, "count"))
    return FALSE;

  *count = json_object_get_int_member_with_default (o, "count", 0);
  *low = json_object_get_int_member_with_default (o, "low", *count);
  *high = json_object_get_int_member_with_default (o, "high", *low);
  if (qualifier != NULL)
    *qualifier = g_strdup (json_object_get_string_member_with_default (o, "qualifier", "exact"));

  return TRUE;
}

char *
sitrep_annotation_dup_attributes_text (const char *attributes)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *o = parse_object (attributes, &parser);

  if (o == NULL)
    return NULL;

  if (json_object_has_member (o, "count"))
    {
      const char *q = json_object_get_string_member_with_default (o, "qualifier", "exact");
      gint64 count = json_object_get_int_member_with_default (o, "count", 0);

      if (g_strcmp0 (q, "range") == 0)
        return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
                                json_object_get_int_member_with_default (o, "low", count),
                                json_object_get_int_member_with_default (o, "high", count));
      return g_strdup_printf ("%" G_GINT64_FORMAT " · %s", count,
                              sitrep_qualifier_display_name (q));
    }

  if (json_object_has_member (o, "date") &&
      !JSON_NODE_HOLDS_NULL (json_object_get_member (o, "date")))
    {
      const char *date = json_object_get_string_member_with_default (o, "date", "");
      const char *end = json_object_get_string_member_with_default (o, "date_end", NULL);
      const char *precision = json_object_get_string_member_with_default (o, "precision", NULL);
      gboolean year_unknown = json_object_get_boolean_member_with_default (o, "year_unknown", FALSE);
      const char *year_from = json_object_get_string_member_with_default (o, "year_from", NULL);
      g_autofree char *when = NULL;

      /* "--10-14" is how a date without its year is written. */
      if (g_str_has_prefix (date, "--"))
        date += 2;
      if (end != NULL && g_str_has_prefix (end, "--"))
        end += 2;
      when = end != NULL && g_strcmp0 (end, date) != 0 ? g_strdup_printf ("%s – %s", date, end)
                                                       : g_strdup (date);
      if (year_unknown && json_object_get_int_member_with_default (o, "year_guess", 0) > 0)
        /* Translators: a date without its year; the year after it is a guess from the report's other dates */
        return g_strdup_printf (_("%s · year unknown (%d?)"), when,
                                (int) json_object_get_int_member_with_default (o, "year_guess", 0));
      if (year_unknown)
        return g_strdup_printf (_("%s · year unknown"), when);
      /* A report without a publication date dated by its own title or dateline */
      if (g_strcmp0 (year_from, "title") == 0)
        /* Translators: a date whose year was read from the report's title, the report having no publication date */
        return g_strdup_printf (_("%s · year from the title"), when);
      if (g_strcmp0 (year_from, "dateline") == 0)
        /* Translators: a date whose year was read from the report's dateline ("BEIRUT, March 18, 2017 (Reuters) –") */
        return g_strdup_printf (_("%s · year from the dateline"), when);
      if (precision != NULL)
        return g_strdup_printf ("%s · %s", when, precision_display_name (precision));
      return g_steal_pointer (&when);
    }

  if (json_object_has_member (o, "text"))
    return g_strdup (_("Date not resolved"));

  return NULL;
}
