/* sitrep-suggestion-item.c — one pending suggestion as a list item
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "sitrep-annotation-format.h"
#include "sitrep-gazetteer.h"
#include "sitrep-label-kind.h"
#include "sitrep-suggestion-item.h"

struct _SitrepSuggestionItem
{
  GObject                 parent_instance;

  SitrepStoredSuggestion *suggestion;
};

G_DEFINE_FINAL_TYPE (SitrepSuggestionItem, sitrep_suggestion_item, G_TYPE_OBJECT)

static void
sitrep_suggestion_item_finalize (GObject *object)
{
  SitrepSuggestionItem *self = SITREP_SUGGESTION_ITEM (object);

  g_clear_pointer (&self->suggestion, sitrep_stored_suggestion_free);

  G_OBJECT_CLASS (sitrep_suggestion_item_parent_class)->finalize (object);
}

static void
sitrep_suggestion_item_class_init (SitrepSuggestionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sitrep_suggestion_item_finalize;
}

static void
sitrep_suggestion_item_init (SitrepSuggestionItem *self)
{
}

SitrepSuggestionItem *
sitrep_suggestion_item_new (SitrepStoredSuggestion *suggestion)
{
  SitrepSuggestionItem *self;

  g_return_val_if_fail (suggestion != NULL, NULL);

  self = g_object_new (SITREP_TYPE_SUGGESTION_ITEM, NULL);
  self->suggestion = suggestion;
  return self;
}

const SitrepStoredSuggestion *
sitrep_suggestion_item_get (SitrepSuggestionItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_ITEM (self), NULL);

  return self->suggestion;
}

gint64
sitrep_suggestion_item_get_id (SitrepSuggestionItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_ITEM (self), 0);

  return self->suggestion->id;
}

const char *
sitrep_suggest_kind_display_name (SitrepSuggestKind kind)
{
  SitrepLabelKind label = SITREP_LABEL_KIND_CAPTURED;

  g_return_val_if_fail (kind < SITREP_SUGGEST_N_KINDS, "");

  /* The label kind's own name; the missing go under "Captured or missing". */
  if (kind != SITREP_SUGGEST_MISSING)
    sitrep_label_kind_from_string (sitrep_suggest_kind_to_string (kind), &label);
  return sitrep_label_kind_display_name (label);
}

char *
sitrep_suggestion_item_dup_detail (SitrepSuggestionItem *self)
{
  const SitrepStoredSuggestion *s;
  SitrepRowText *detail = sitrep_row_text_new ();
  g_autofree char *figure = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_ITEM (self), NULL);

  s = self->suggestion;
  sitrep_row_text_add (detail, NULL, sitrep_suggest_kind_display_name (s->kind));
  if (s->entity_name != NULL && *s->entity_name != '\0' && g_strcmp0 (s->entity_name, s->text) != 0)
    /* Translators: between a suggestion's label and the entity it links to
     * ("Place → Jāsim"); point the arrow the way your language reads */
    sitrep_row_text_add (detail, _(" → "), s->entity_name);
  else if (s->entity_id == 0 && (s->kind == SITREP_SUGGEST_ACTOR || s->kind == SITREP_SUGGEST_PERSON ||
                                 s->kind == SITREP_SUGGEST_CLAIMANT))
    sitrep_row_text_add (detail, " · ", _("new entity"));
  if (s->kind == SITREP_SUGGEST_PLACE)
    {
      /* Before where it is: past three lines the panel's row cuts the end off. */
      if (s->doubtful)
        sitrep_row_text_add (detail, " · ", _("doubtful"));
      /* Its governorate and country tell two places of one name apart
       * ("Doura" in Baghdad or in Daraa), as the entity chooser's rows do;
       * coordinates only where the gazetteer gave neither. */
      if (isnan (s->latitude))
        sitrep_row_text_add (detail, " · ", _("not on the map yet"));
      else if ((where = sitrep_gazetteer_dup_where (s->admin1, s->country)) != NULL)
        sitrep_row_text_add (detail, " · ", where);
      else
        {
          /* Left to right in a right-to-left interface too: a pair of
           * numbers has no strong letter for the isolate around each part
           * to take its direction from, and in an Arabic row read
           * "36.102 ،32.619". */
          where = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL
                  ? g_strdup_printf ("\u2066%.3f, %.3f\u2069", s->latitude, s->longitude)
                  : g_strdup_printf ("%.3f, %.3f", s->latitude, s->longitude);
          sitrep_row_text_add (detail, " · ", where);
        }
    }
  figure = sitrep_annotation_dup_attributes_text (s->attributes);
  sitrep_row_text_add (detail, " · ", figure);
  return sitrep_row_text_finish (detail);
}

/* Row texts */

struct _SitrepRowText
{
  GPtrArray *separators;
  GPtrArray *texts;
};

SitrepRowText *
sitrep_row_text_new (void)
{
  SitrepRowText *self = g_new0 (SitrepRowText, 1);

  self->separators = g_ptr_array_new_with_free_func (g_free);
  self->texts = g_ptr_array_new_with_free_func (g_free);
  return self;
}

/* Spaces and the marks that set a direction (LRM, RLM, ALM, the embeddings,
 * overrides and isolates): a part of nothing else shows nothing. */
static gboolean
shows_nothing (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200E && c != 0x200F && c != 0x061C && !(c >= 0x202A && c <= 0x202E) &&
          !(c >= 0x2066 && c <= 0x2069))
        return FALSE;
    }
  return TRUE;
}

void
sitrep_row_text_add (SitrepRowText *self,
                     const char    *separator,
                     const char    *text)
{
  g_return_if_fail (self != NULL);

  if (shows_nothing (text))
    return;
  g_ptr_array_add (self->separators, g_strdup (separator != NULL ? separator : ""));
  g_ptr_array_add (self->texts, g_strdup (text));
}

/* Whether @text reads in another direction than the interface: numbers and
 * other text without a letter read left to right. */
static gboolean
reads_otherwise (const char *text)
{
  gboolean rtl = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;

  /* The first letter decides, as in a paragraph. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
        case G_UNICODE_SCRIPT_SAMARITAN:
        case G_UNICODE_SCRIPT_MANDAIC:
          return !rtl;
        default:
          return rtl;
        }
    }
  return rtl;
}

static void
append_isolated (GString    *out,
                 const char *text)
{
  /* FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE */
  g_string_append (out, "\u2068");
  g_string_append (out, text);
  g_string_append (out, "\u2069");
}

char *
sitrep_row_text_finish (SitrepRowText *self)
{
  GString *out = g_string_new (NULL);
  gboolean mixed = FALSE;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->texts->len && !mixed; i++)
    mixed = reads_otherwise (self->texts->pdata[i]);
  for (guint i = 0; i < self->texts->len; i++)
    {
      if (i > 0)
        g_string_append (out, self->separators->pdata[i]);
      if (mixed)
        append_isolated (out, self->texts->pdata[i]);
      else
        g_string_append (out, self->texts->pdata[i]);
    }
  g_ptr_array_unref (self->separators);
  g_ptr_array_unref (self->texts);
  g_free (self);
  return g_string_free (out, FALSE);
}

char *
sitrep_row_text_isolate (const char *text)
{
  GString *out;

  if (text == NULL || !reads_otherwise (text))
    return g_strdup (text != NULL ? text : "");
  out = g_string_new (NULL);
  append_isolated (out, text);
  return g_string_free (out, FALSE);
}
