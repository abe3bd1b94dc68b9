/* sitrep-claim.c — one reported casualty figure of an event, with who says it and where
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <math.h>

#include "sitrep-claim.h"

struct _SitrepClaim
{
  GObject parent_instance;

  gint64 id;
  gint64 event_id;
  char *kind;
  char *qualifier;
  gint64 count_low;
  gint64 count_high;
  char *victim_side;
  gint64 claimant_id;
  char *claimant;
  char *claimant_text;
  gint64 article_id;
  char *article_title;
  gint64 annotation_id;
  char *text;
  char *created_at;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_EVENT_ID,
  PROP_KIND,
  PROP_QUALIFIER,
  PROP_COUNT_LOW,
  PROP_COUNT_HIGH,
  PROP_VICTIM_SIDE,
  PROP_CLAIMANT_ID,
  PROP_CLAIMANT,
  PROP_CLAIMANT_TEXT,
  PROP_ARTICLE_ID,
  PROP_ARTICLE_TITLE,
  PROP_ANNOTATION_ID,
  PROP_TEXT,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepClaim, sitrep_claim, G_TYPE_OBJECT)


static void
sitrep_claim_finalize (GObject *object)
{
  SitrepClaim *self = (SitrepClaim *) object;

  g_free (self->kind);
  g_free (self->qualifier);
  g_free (self->victim_side);
  g_free (self->claimant);
  g_free (self->claimant_text);
  g_free (self->article_title);
  g_free (self->text);
  g_free (self->created_at);

  G_OBJECT_CLASS (sitrep_claim_parent_class)->finalize (object);
}

static void
sitrep_claim_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SitrepClaim *self = SITREP_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_QUALIFIER:
      g_value_set_string (value, self->qualifier);
      break;
    case PROP_COUNT_LOW:
      g_value_set_int64 (value, self->count_low);
      break;
    case PROP_COUNT_HIGH:
      g_value_set_int64 (value, self->count_high);
      break;
    case PROP_VICTIM_SIDE:
      g_value_set_string (value, self->victim_side);
      break;
    case PROP_CLAIMANT_ID:
      g_value_set_int64 (value, self->claimant_id);
      break;
    case PROP_CLAIMANT:
      g_value_set_string (value, self->claimant);
      break;
    case PROP_CLAIMANT_TEXT:
      g_value_set_string (value, self->claimant_text);
      break;
    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, self->article_id);
      break;
    case PROP_ARTICLE_TITLE:
      g_value_set_string (value, self->article_title);
      break;
    case PROP_ANNOTATION_ID:
      g_value_set_int64 (value, self->annotation_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_claim_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SitrepClaim *self = SITREP_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_dup_string (value);
      break;
    case PROP_QUALIFIER:
      self->qualifier = g_value_dup_string (value);
      break;
    case PROP_COUNT_LOW:
      self->count_low = g_value_get_int64 (value);
      break;
    case PROP_COUNT_HIGH:
      self->count_high = g_value_get_int64 (value);
      break;
    case PROP_VICTIM_SIDE:
      self->victim_side = g_value_dup_string (value);
      break;
    case PROP_CLAIMANT_ID:
      self->claimant_id = g_value_get_int64 (value);
      break;
    case PROP_CLAIMANT:
      self->claimant = g_value_dup_string (value);
      break;
    case PROP_CLAIMANT_TEXT:
      self->claimant_text = g_value_dup_string (value);
      break;
    case PROP_ARTICLE_ID:
      self->article_id = g_value_get_int64 (value);
      break;
    case PROP_ARTICLE_TITLE:
      self->article_title = g_value_dup_string (value);
      break;
    case PROP_ANNOTATION_ID:
      self->annotation_id = g_value_get_int64 (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    case PROP_CREATED_AT:
      self->created_at = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_claim_class_init (SitrepClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sitrep_claim_finalize;
  object_class->get_property = sitrep_claim_get_property;
  object_class->set_property = sitrep_claim_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_QUALIFIER] =
    g_param_spec_string ("qualifier", NULL, NULL, NULL, flags);
  properties[PROP_COUNT_LOW] =
    g_param_spec_int64 ("count-low", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_COUNT_HIGH] =
    g_param_spec_int64 ("count-high", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_VICTIM_SIDE] =
    g_param_spec_string ("victim-side", NULL, NULL, NULL, flags);
  properties[PROP_CLAIMANT_ID] =
    g_param_spec_int64 ("claimant-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CLAIMANT] =
    g_param_spec_string ("claimant", NULL, NULL, NULL, flags);
  properties[PROP_CLAIMANT_TEXT] =
    g_param_spec_string ("claimant-text", NULL, NULL, NULL, flags);
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ARTICLE_TITLE] =
    g_param_spec_string ("article-title", NULL, NULL, NULL, flags);
  properties[PROP_ANNOTATION_ID] =
    g_param_spec_int64 ("annotation-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_claim_init (SitrepClaim *self)
{
  self->count_low = -1;
  self->count_high = -1;
}

gint64
sitrep_claim_get_id (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), 0);
  return self->id;
}

gint64
sitrep_claim_get_event_id (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), 0);
  return self->event_id;
}

const char *
sitrep_claim_get_kind (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), NULL);
  return self->kind;
}

const char *
sitrep_claim_get_qualifier (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), NULL);
  return self->qualifier;
}

gint64
sitrep_claim_get_count_low (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), 0);
  return self->count_low;
}

gint64
sitrep_claim_get_count_high (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), 0);
  return self->count_high;
}

const char *
sitrep_claim_get_victim_side (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), NULL);
  return self->victim_side;
}

gint64
sitrep_claim_get_claimant_id (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), 0);
  return self->claimant_id;
}

const char *
sitrep_claim_get_claimant (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), NULL);
  return self->claimant;
}

const char *
sitrep_claim_get_claimant_text (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), NULL);
  return self->claimant_text;
}

gint64
sitrep_claim_get_article_id (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), 0);
  return self->article_id;
}

const char *
sitrep_claim_get_article_title (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), NULL);
  return self->article_title;
}

gint64
sitrep_claim_get_annotation_id (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), 0);
  return self->annotation_id;
}

const char *
sitrep_claim_get_text (SitrepClaim *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM (self), NULL);
  return self->text;
}
