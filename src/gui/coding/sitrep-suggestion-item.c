/* sitrep-suggestion-item.c — one pending suggestion as a list item
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sitrep-annotation-format.h"
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

char *
sitrep_suggestion_item_dup_detail (SitrepSuggestionItem *self)
{
  const SitrepStoredSuggestion *s;
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *figure = NULL;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_ITEM (self), NULL);

  s = self->suggestion;
  g_string_append (detail, sitrep_suggest_kind_to_label (s->kind));
  if (s->entity_name != NULL && *s->entity_name != '\0' && g_strcmp0 (s->entity_name, s->text) != 0)
    g_string_append_printf (detail, " → %s", s->entity_name);
  else if (s->entity_id == 0 && (s->kind == SITREP_SUGGEST_ACTOR || s->kind == SITREP_SUGGEST_PERSON ||
                                 s->kind == SITREP_SUGGEST_CLAIMANT))
    g_string_append_printf (detail, " · %s", _("new entity"));
  if (s->kind == SITREP_SUGGEST_PLACE)
    {
      /* Before the coordinates: the panel's row cuts the end off. */
      if (s->doubtful)
        g_string_append_printf (detail, " · %s", _("doubtful"));
      if (isnan (s->latitude))
        g_string_append_printf (detail, " · %s", _("not on the map yet"));
      else
        g_string_append_printf (detail, " · %.3f, %.3f", s->latitude, s->longitude);
    }
  figure = sitrep_annotation_dup_attributes_text (s->attributes);
  if (figure != NULL && *figure != '\0')
    g_string_append_printf (detail, " · %s", figure);
  return g_string_free (g_steal_pointer (&detail), FALSE);
}
