/* sitrep-suggest-attributes.c — a suggestion's attributes as the JSON object the store and the exports keep
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest.h"

/* Whether json-glib writes @str as it is between its quotes (no escape). */
static gboolean
json_plain (const char *str)
{
  for (const guchar *p = (const guchar *) str; str != NULL && *p != '\0'; p++)
    {
      if (*p < 0x20 || *p == '"' || *p == '\\' || *p == 0x7f)
        return FALSE;
    }
  return TRUE;
}

static void
json_member (GString    *out,
             const char *name)
{
  if (out->len > 1)
    g_string_append_c (out, ',');
  g_string_append_c (out, '"');
  g_string_append (out, name);
  g_string_append (out, "\":");
}

static void
json_member_string (GString    *out,
                    const char *name,
                    const char *value)
{
  json_member (out, name);
  g_string_append_c (out, '"');
  g_string_append (out, value);
  g_string_append_c (out, '"');
}

/* What a placed place's pin stands for. */
static const char *
place_scope (const SitrepSuggestion *s)
{
  static const char * const scopes[] = { "place", "region", "country" };

  return scopes[s->scope <= SITREP_PLACE_SCOPE_COUNTRY ? s->scope : 0];
}

/* The attributes as json-glib writes them, byte for byte, without a
 * builder and a tree per suggestion (a long article saves thousands);
 * NULL when a string needs escaping, which json-glib then does. */
static char *
attributes_plain (const SitrepSuggestion *s)
{
  GString *out;

  if (s->kind == SITREP_SUGGEST_PLACE)
    return g_strdup_printf ("{\"precision\":\"%s\",\"doubtful\":%s}", place_scope (s),
                            s->doubtful ? "true" : "false");

  if (!json_plain (s->victims) || !json_plain (s->date_start) || !json_plain (s->date_end) ||
      !json_plain (s->text) || s->year_guess != 0)
    return NULL;
  out = g_string_sized_new (96);
  g_string_append_c (out, '{');
  if (sitrep_suggest_kind_is_figure (s->kind))
    {
      json_member (out, "count");
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) s->figure.count);
      json_member_string (out, "qualifier", sitrep_qualifier_to_string (s->figure.qualifier));
      if (s->figure.high != s->figure.low)
        {
          json_member (out, "low");
          g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) s->figure.low);
          json_member (out, "high");
          g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) s->figure.high);
        }
      if (s->kind == SITREP_SUGGEST_MISSING)
        {
          json_member (out, "missing");
          g_string_append (out, "true");
        }
      if (s->cumulative)
        {
          json_member (out, "cumulative");
          g_string_append (out, "true");
        }
      if (s->victims != NULL)
        json_member_string (out, "victims", s->victims);
    }
  else
    {
      json_member_string (out, "date", s->date_start);
      if (s->date_end != NULL && g_strcmp0 (s->date_end, s->date_start) != 0)
        json_member_string (out, "date_end", s->date_end);
      json_member_string (out, "precision", sitrep_span_precision_to_string (s->date_precision));
      json_member (out, "year_unknown");
      g_string_append (out, s->year_unknown ? "true" : "false");
      if (s->year_from != NULL)
        json_member_string (out, "year_from", s->year_from);
      json_member_string (out, "text", s->text);
    }
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

char *
sitrep_suggestion_to_attributes (const SitrepSuggestion *s)
{
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) root = NULL;
  char *plain;

  g_return_val_if_fail (s != NULL, NULL);

  if (!sitrep_suggest_kind_is_figure (s->kind) && !(s->kind == SITREP_SUGGEST_DATE && s->date_start != NULL) &&
      !(s->kind == SITREP_SUGGEST_PLACE && !isnan (s->latitude)))
    return NULL;
  if ((plain = attributes_plain (s)) != NULL)
    return plain;
  b = json_builder_new ();
  json_builder_begin_object (b);
  if (sitrep_suggest_kind_is_figure (s->kind))
    {
      json_builder_set_member_name (b, "count");
      json_builder_add_int_value (b, s->figure.count);
      json_builder_set_member_name (b, "qualifier");
      json_builder_add_string_value (b, sitrep_qualifier_to_string (s->figure.qualifier));
      if (s->figure.high != s->figure.low)
        {
          json_builder_set_member_name (b, "low");
          json_builder_add_int_value (b, s->figure.low);
          json_builder_set_member_name (b, "high");
          json_builder_add_int_value (b, s->figure.high);
        }
      if (s->kind == SITREP_SUGGEST_MISSING)
        {
          json_builder_set_member_name (b, "missing");
          json_builder_add_boolean_value (b, TRUE);
        }
      if (s->cumulative)
        {
          json_builder_set_member_name (b, "cumulative");
          json_builder_add_boolean_value (b, TRUE);
        }
      if (s->victims != NULL)
        {
          json_builder_set_member_name (b, "victims");
          json_builder_add_string_value (b, s->victims);
        }
    }
  else if (s->kind == SITREP_SUGGEST_DATE && s->date_start != NULL)
    {
      json_builder_set_member_name (b, "date");
      json_builder_add_string_value (b, s->date_start);
      if (s->date_end != NULL && g_strcmp0 (s->date_end, s->date_start) != 0)
        {
          json_builder_set_member_name (b, "date_end");
          json_builder_add_string_value (b, s->date_end);
        }
      json_builder_set_member_name (b, "precision");
      json_builder_add_string_value (b, sitrep_span_precision_to_string (s->date_precision));
      json_builder_set_member_name (b, "year_unknown");
      json_builder_add_boolean_value (b, s->year_unknown);
      if (s->year_from != NULL)
        {
          json_builder_set_member_name (b, "year_from");
          json_builder_add_string_value (b, s->year_from);
        }
      if (s->year_guess != 0)   /* a guess: the suggestion is doubtful */
        json_builder_add_int_value (json_builder_set_member_name (b, "year_guess"), s->year_guess);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, s->text);
    }
  else if (s->kind == SITREP_SUGGEST_PLACE && !isnan (s->latitude))
    {
      /* What the pin stands for, and whether the match was weak: carried
       * into the annotation and so into the exports. */
      json_builder_set_member_name (b, "precision");
      json_builder_add_string_value (b, place_scope (s));
      json_builder_set_member_name (b, "doubtful");
      json_builder_add_boolean_value (b, s->doubtful);
    }
  else
    return NULL;
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}
