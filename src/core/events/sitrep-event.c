/* sitrep-event.c — an incident: type, date, place, actors and derived casualty figures
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <string.h>

#include <math.h>

#include "sitrep-event-private.h"

struct _SitrepEvent
{
  GObject parent_instance;

  gint64 id;
  char *event_type;
  char *sub_event_type;
  char *disorder_type;
  char *date_start;
  char *date_end;
  int date_precision;
  int time_precision;
  gint64 place_id;
  char *place_name;
  char *location;
  char *admin1;
  char *admin2;
  char *country;
  double latitude;
  double longitude;
  gboolean coordinates_set;
  int geo_precision;
  int where_prec;
  gint64 actor1_id;
  char *actor1;
  char *actor1_type;
  gint64 actor2_id;
  char *actor2;
  char *actor2_type;
  char **assoc_actor1;
  char **assoc_actor2;
  GArray *assoc_actor1_ids;
  GArray *assoc_actor2_ids;
  int inter1;
  int inter2;
  int interaction;
  gboolean civilian_targeting;
  char *description;
  char *notes;
  char *source_scale;
  gint64 best_override;
  char *best_override_reason;
  gint64 low_override;
  gint64 high_override;
  char *range_override_reason;
  char *external_source;
  char *external_id;
  char *source_reference;
  gint64 fatalities;
  gint64 low;
  gint64 best;
  gint64 high;
  guint n_sources;
  gboolean disputed;
  guint n_claims;
  guint n_evidence;
  char *created_at;
  char *modified_at;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_EVENT_TYPE,
  PROP_SUB_EVENT_TYPE,
  PROP_DISORDER_TYPE,
  PROP_DATE_START,
  PROP_DATE_END,
  PROP_DATE_PRECISION,
  PROP_TIME_PRECISION,
  PROP_PLACE_ID,
  PROP_PLACE_NAME,
  PROP_LOCATION,
  PROP_ADMIN1,
  PROP_ADMIN2,
  PROP_COUNTRY,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_COORDINATES_SET,
  PROP_GEO_PRECISION,
  PROP_WHERE_PREC,
  PROP_ACTOR1_ID,
  PROP_ACTOR1,
  PROP_ACTOR1_TYPE,
  PROP_ACTOR2_ID,
  PROP_ACTOR2,
  PROP_ACTOR2_TYPE,
  PROP_ASSOC_ACTOR1,
  PROP_ASSOC_ACTOR2,
  PROP_ASSOC_ACTOR1_IDS,
  PROP_ASSOC_ACTOR2_IDS,
  PROP_INTER1,
  PROP_INTER2,
  PROP_INTERACTION,
  PROP_CIVILIAN_TARGETING,
  PROP_DESCRIPTION,
  PROP_NOTES,
  PROP_SOURCE_SCALE,
  PROP_BEST_OVERRIDE,
  PROP_BEST_OVERRIDE_REASON,
  PROP_LOW_OVERRIDE,
  PROP_HIGH_OVERRIDE,
  PROP_RANGE_OVERRIDE_REASON,
  PROP_EXTERNAL_SOURCE,
  PROP_EXTERNAL_ID,
  PROP_SOURCE_REFERENCE,
  PROP_FATALITIES,
  PROP_LOW,
  PROP_BEST,
  PROP_HIGH,
  PROP_N_SOURCES,
  PROP_DISPUTED,
  PROP_N_CLAIMS,
  PROP_N_EVIDENCE,
  PROP_CREATED_AT,
  PROP_MODIFIED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepEvent, sitrep_event, G_TYPE_OBJECT)


static void
sitrep_event_finalize (GObject *object)
{
  SitrepEvent *self = (SitrepEvent *) object;

  g_free (self->event_type);
  g_free (self->sub_event_type);
  g_free (self->disorder_type);
  g_free (self->date_start);
  g_free (self->date_end);
  g_free (self->place_name);
  g_free (self->location);
  g_free (self->admin1);
  g_free (self->admin2);
  g_free (self->country);
  g_free (self->actor1);
  g_free (self->actor1_type);
  g_free (self->actor2);
  g_free (self->actor2_type);
  g_strfreev (self->assoc_actor1);
  g_strfreev (self->assoc_actor2);
  g_clear_pointer (&self->assoc_actor1_ids, g_array_unref);
  g_clear_pointer (&self->assoc_actor2_ids, g_array_unref);
  g_free (self->description);
  g_free (self->notes);
  g_free (self->source_scale);
  g_free (self->best_override_reason);
  g_free (self->range_override_reason);
  g_free (self->external_source);
  g_free (self->external_id);
  g_free (self->source_reference);
  g_free (self->created_at);
  g_free (self->modified_at);

  G_OBJECT_CLASS (sitrep_event_parent_class)->finalize (object);
}

static void
sitrep_event_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SitrepEvent *self = SITREP_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_EVENT_TYPE:
      g_value_set_string (value, self->event_type);
      break;
    case PROP_SUB_EVENT_TYPE:
      g_value_set_string (value, self->sub_event_type);
      break;
    case PROP_DISORDER_TYPE:
      g_value_set_string (value, self->disorder_type);
      break;
    case PROP_DATE_START:
      g_value_set_string (value, self->date_start);
      break;
    case PROP_DATE_END:
      g_value_set_string (value, self->date_end);
      break;
    case PROP_DATE_PRECISION:
      g_value_set_int (value, self->date_precision);
      break;
    case PROP_TIME_PRECISION:
      g_value_set_int (value, self->time_precision);
      break;
    case PROP_PLACE_ID:
      g_value_set_int64 (value, self->place_id);
      break;
    case PROP_PLACE_NAME:
      g_value_set_string (value, self->place_name);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_ADMIN1:
      g_value_set_string (value, self->admin1);
      break;
    case PROP_ADMIN2:
      g_value_set_string (value, self->admin2);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;
    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;
    case PROP_COORDINATES_SET:
      g_value_set_boolean (value, self->coordinates_set);
      break;
    case PROP_GEO_PRECISION:
      g_value_set_int (value, self->geo_precision);
      break;
    case PROP_WHERE_PREC:
      g_value_set_int (value, self->where_prec);
      break;
    case PROP_ACTOR1_ID:
      g_value_set_int64 (value, self->actor1_id);
      break;
    case PROP_ACTOR1:
      g_value_set_string (value, self->actor1);
      break;
    case PROP_ACTOR1_TYPE:
      g_value_set_string (value, self->actor1_type);
      break;
    case PROP_ACTOR2_ID:
      g_value_set_int64 (value, self->actor2_id);
      break;
    case PROP_ACTOR2:
      g_value_set_string (value, self->actor2);
      break;
    case PROP_ACTOR2_TYPE:
      g_value_set_string (value, self->actor2_type);
      break;
    case PROP_ASSOC_ACTOR1:
      g_value_set_boxed (value, self->assoc_actor1);
      break;
    case PROP_ASSOC_ACTOR2:
      g_value_set_boxed (value, self->assoc_actor2);
      break;
    case PROP_ASSOC_ACTOR1_IDS:
      g_value_set_boxed (value, self->assoc_actor1_ids);
      break;
    case PROP_ASSOC_ACTOR2_IDS:
      g_value_set_boxed (value, self->assoc_actor2_ids);
      break;
    case PROP_INTER1:
      g_value_set_int (value, self->inter1);
      break;
    case PROP_INTER2:
      g_value_set_int (value, self->inter2);
      break;
    case PROP_INTERACTION:
      g_value_set_int (value, self->interaction);
      break;
    case PROP_CIVILIAN_TARGETING:
      g_value_set_boolean (value, self->civilian_targeting);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_SOURCE_SCALE:
      g_value_set_string (value, self->source_scale);
      break;
    case PROP_BEST_OVERRIDE:
      g_value_set_int64 (value, self->best_override);
      break;
    case PROP_BEST_OVERRIDE_REASON:
      g_value_set_string (value, self->best_override_reason);
      break;
    case PROP_LOW_OVERRIDE:
      g_value_set_int64 (value, self->low_override);
      break;
    case PROP_HIGH_OVERRIDE:
      g_value_set_int64 (value, self->high_override);
      break;
    case PROP_RANGE_OVERRIDE_REASON:
      g_value_set_string (value, self->range_override_reason);
      break;
    case PROP_EXTERNAL_SOURCE:
      g_value_set_string (value, self->external_source);
      break;
    case PROP_EXTERNAL_ID:
      g_value_set_string (value, self->external_id);
      break;
    case PROP_SOURCE_REFERENCE:
      g_value_set_string (value, self->source_reference);
      break;
    case PROP_FATALITIES:
      g_value_set_int64 (value, self->fatalities);
      break;
    case PROP_LOW:
      g_value_set_int64 (value, self->low);
      break;
    case PROP_BEST:
      g_value_set_int64 (value, self->best);
      break;
    case PROP_HIGH:
      g_value_set_int64 (value, self->high);
      break;
    case PROP_N_SOURCES:
      g_value_set_uint (value, self->n_sources);
      break;
    case PROP_DISPUTED:
      g_value_set_boolean (value, self->disputed);
      break;
    case PROP_N_CLAIMS:
      g_value_set_uint (value, self->n_claims);
      break;
    case PROP_N_EVIDENCE:
      g_value_set_uint (value, self->n_evidence);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_MODIFIED_AT:
      g_value_set_string (value, self->modified_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_event_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SitrepEvent *self = SITREP_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_EVENT_TYPE:
      self->event_type = g_value_dup_string (value);
      break;
    case PROP_SUB_EVENT_TYPE:
      self->sub_event_type = g_value_dup_string (value);
      break;
    case PROP_DISORDER_TYPE:
      self->disorder_type = g_value_dup_string (value);
      break;
    case PROP_DATE_START:
      self->date_start = g_value_dup_string (value);
      break;
    case PROP_DATE_END:
      self->date_end = g_value_dup_string (value);
      break;
    case PROP_DATE_PRECISION:
      self->date_precision = g_value_get_int (value);
      break;
    case PROP_TIME_PRECISION:
      self->time_precision = g_value_get_int (value);
      break;
    case PROP_PLACE_ID:
      self->place_id = g_value_get_int64 (value);
      break;
    case PROP_PLACE_NAME:
      self->place_name = g_value_dup_string (value);
      break;
    case PROP_LOCATION:
      self->location = g_value_dup_string (value);
      break;
    case PROP_ADMIN1:
      self->admin1 = g_value_dup_string (value);
      break;
    case PROP_ADMIN2:
      self->admin2 = g_value_dup_string (value);
      break;
    case PROP_COUNTRY:
      self->country = g_value_dup_string (value);
      break;
    case PROP_LATITUDE:
      self->latitude = g_value_get_double (value);
      break;
    case PROP_LONGITUDE:
      self->longitude = g_value_get_double (value);
      break;
    case PROP_COORDINATES_SET:
      self->coordinates_set = g_value_get_boolean (value);
      break;
    case PROP_GEO_PRECISION:
      self->geo_precision = g_value_get_int (value);
      break;
    case PROP_WHERE_PREC:
      self->where_prec = g_value_get_int (value);
      break;
    case PROP_ACTOR1_ID:
      self->actor1_id = g_value_get_int64 (value);
      break;
    case PROP_ACTOR1:
      self->actor1 = g_value_dup_string (value);
      break;
    case PROP_ACTOR1_TYPE:
      self->actor1_type = g_value_dup_string (value);
      break;
    case PROP_ACTOR2_ID:
      self->actor2_id = g_value_get_int64 (value);
      break;
    case PROP_ACTOR2:
      self->actor2 = g_value_dup_string (value);
      break;
    case PROP_ACTOR2_TYPE:
      self->actor2_type = g_value_dup_string (value);
      break;
    case PROP_ASSOC_ACTOR1:
      self->assoc_actor1 = g_value_dup_boxed (value);
      break;
    case PROP_ASSOC_ACTOR2:
      self->assoc_actor2 = g_value_dup_boxed (value);
      break;
    case PROP_ASSOC_ACTOR1_IDS:
      self->assoc_actor1_ids = g_value_dup_boxed (value);
      break;
    case PROP_ASSOC_ACTOR2_IDS:
      self->assoc_actor2_ids = g_value_dup_boxed (value);
      break;
    case PROP_INTER1:
      self->inter1 = g_value_get_int (value);
      break;
    case PROP_INTER2:
      self->inter2 = g_value_get_int (value);
      break;
    case PROP_INTERACTION:
      self->interaction = g_value_get_int (value);
      break;
    case PROP_CIVILIAN_TARGETING:
      self->civilian_targeting = g_value_get_boolean (value);
      break;
    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;
    case PROP_NOTES:
      self->notes = g_value_dup_string (value);
      break;
    case PROP_SOURCE_SCALE:
      self->source_scale = g_value_dup_string (value);
      break;
    case PROP_BEST_OVERRIDE:
      self->best_override = g_value_get_int64 (value);
      break;
    case PROP_BEST_OVERRIDE_REASON:
      self->best_override_reason = g_value_dup_string (value);
      break;
    case PROP_LOW_OVERRIDE:
      self->low_override = g_value_get_int64 (value);
      break;
    case PROP_HIGH_OVERRIDE:
      self->high_override = g_value_get_int64 (value);
      break;
    case PROP_RANGE_OVERRIDE_REASON:
      self->range_override_reason = g_value_dup_string (value);
      break;
    case PROP_EXTERNAL_SOURCE:
      self->external_source = g_value_dup_string (value);
      break;
    case PROP_EXTERNAL_ID:
      self->external_id = g_value_dup_string (value);
      break;
    case PROP_SOURCE_REFERENCE:
      self->source_reference = g_value_dup_string (value);
      break;
    case PROP_FATALITIES:
      self->fatalities = g_value_get_int64 (value);
      break;
    case PROP_LOW:
      self->low = g_value_get_int64 (value);
      break;
    case PROP_BEST:
      self->best = g_value_get_int64 (value);
      break;
    case PROP_HIGH:
      self->high = g_value_get_int64 (value);
      break;
    case PROP_N_SOURCES:
      self->n_sources = g_value_get_uint (value);
      break;
    case PROP_DISPUTED:
      self->disputed = g_value_get_boolean (value);
      break;
    case PROP_N_CLAIMS:
      self->n_claims = g_value_get_uint (value);
      break;
    case PROP_N_EVIDENCE:
      self->n_evidence = g_value_get_uint (value);
      break;
    case PROP_CREATED_AT:
      self->created_at = g_value_dup_string (value);
      break;
    case PROP_MODIFIED_AT:
      self->modified_at = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_event_class_init (SitrepEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sitrep_event_finalize;
  object_class->get_property = sitrep_event_get_property;
  object_class->set_property = sitrep_event_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_EVENT_TYPE] =
    g_param_spec_string ("event-type", NULL, NULL, NULL, flags);
  properties[PROP_SUB_EVENT_TYPE] =
    g_param_spec_string ("sub-event-type", NULL, NULL, NULL, flags);
  properties[PROP_DISORDER_TYPE] =
    g_param_spec_string ("disorder-type", NULL, NULL, NULL, flags);
  properties[PROP_DATE_START] =
    g_param_spec_string ("date-start", NULL, NULL, NULL, flags);
  properties[PROP_DATE_END] =
    g_param_spec_string ("date-end", NULL, NULL, NULL, flags);
  properties[PROP_DATE_PRECISION] =
    g_param_spec_int ("date-precision", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_TIME_PRECISION] =
    g_param_spec_int ("time-precision", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_PLACE_ID] =
    g_param_spec_int64 ("place-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PLACE_NAME] =
    g_param_spec_string ("place-name", NULL, NULL, NULL, flags);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties[PROP_ADMIN1] =
    g_param_spec_string ("admin1", NULL, NULL, NULL, flags);
  properties[PROP_ADMIN2] =
    g_param_spec_string ("admin2", NULL, NULL, NULL, flags);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL, flags);
  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COORDINATES_SET] =
    g_param_spec_boolean ("coordinates-set", NULL, NULL, FALSE, flags);
  properties[PROP_GEO_PRECISION] =
    g_param_spec_int ("geo-precision", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_WHERE_PREC] =
    g_param_spec_int ("where-prec", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ACTOR1_ID] =
    g_param_spec_int64 ("actor1-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ACTOR1] =
    g_param_spec_string ("actor1", NULL, NULL, NULL, flags);
  properties[PROP_ACTOR1_TYPE] =
    g_param_spec_string ("actor1-type", NULL, NULL, NULL, flags);
  properties[PROP_ACTOR2_ID] =
    g_param_spec_int64 ("actor2-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ACTOR2] =
    g_param_spec_string ("actor2", NULL, NULL, NULL, flags);
  properties[PROP_ACTOR2_TYPE] =
    g_param_spec_string ("actor2-type", NULL, NULL, NULL, flags);
  properties[PROP_ASSOC_ACTOR1] =
    g_param_spec_boxed ("assoc-actor1", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ASSOC_ACTOR2] =
    g_param_spec_boxed ("assoc-actor2", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ASSOC_ACTOR1_IDS] =
    g_param_spec_boxed ("assoc-actor1-ids", NULL, NULL, G_TYPE_ARRAY, flags);
  properties[PROP_ASSOC_ACTOR2_IDS] =
    g_param_spec_boxed ("assoc-actor2-ids", NULL, NULL, G_TYPE_ARRAY, flags);
  properties[PROP_INTER1] =
    g_param_spec_int ("inter1", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_INTER2] =
    g_param_spec_int ("inter2", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_INTERACTION] =
    g_param_spec_int ("interaction", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_CIVILIAN_TARGETING] =
    g_param_spec_boolean ("civilian-targeting", NULL, NULL, FALSE, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_SCALE] =
    g_param_spec_string ("source-scale", NULL, NULL, NULL, flags);
  properties[PROP_BEST_OVERRIDE] =
    g_param_spec_int64 ("best-override", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_BEST_OVERRIDE_REASON] =
    g_param_spec_string ("best-override-reason", NULL, NULL, NULL, flags);
  properties[PROP_LOW_OVERRIDE] =
    g_param_spec_int64 ("low-override", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_HIGH_OVERRIDE] =
    g_param_spec_int64 ("high-override", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_RANGE_OVERRIDE_REASON] =
    g_param_spec_string ("range-override-reason", NULL, NULL, NULL, flags);
  properties[PROP_EXTERNAL_SOURCE] =
    g_param_spec_string ("external-source", NULL, NULL, NULL, flags);
  properties[PROP_EXTERNAL_ID] =
    g_param_spec_string ("external-id", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_REFERENCE] =
    g_param_spec_string ("source-reference", NULL, NULL, NULL, flags);
  properties[PROP_FATALITIES] =
    g_param_spec_int64 ("fatalities", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_LOW] =
    g_param_spec_int64 ("low", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_BEST] =
    g_param_spec_int64 ("best", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_HIGH] =
    g_param_spec_int64 ("high", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_N_SOURCES] =
    g_param_spec_uint ("n-sources", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DISPUTED] =
    g_param_spec_boolean ("disputed", NULL, NULL, FALSE, flags);
  properties[PROP_N_CLAIMS] =
    g_param_spec_uint ("n-claims", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_EVIDENCE] =
    g_param_spec_uint ("n-evidence", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED_AT] =
    g_param_spec_string ("modified-at", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_event_init (SitrepEvent *self)
{
  self->latitude = NAN;
  self->longitude = NAN;
  self->best_override = -1;
  self->low_override = -1;
  self->high_override = -1;
  self->fatalities = -1;
  self->low = -1;
  self->best = -1;
  self->high = -1;
}

void
_sitrep_event_fields_init (SitrepEventFields *fields)
{
  memset (fields, 0, sizeof *fields);
  fields->latitude = NAN;
  fields->longitude = NAN;
  fields->best_override = -1;
  fields->low_override = -1;
  fields->high_override = -1;
  fields->fatalities = -1;
  fields->low = -1;
  fields->best = -1;
  fields->high = -1;
}

/**
 * _sitrep_event_new:
 *
 * The store's constructor: a type checked by the compiler for every field,
 * where a list of property names and values would fail only at run time.
 */
SitrepEvent *
_sitrep_event_new (const SitrepEventFields *f)
{
  SitrepEvent *self = g_object_new (SITREP_TYPE_EVENT, NULL);

  self->id = f->id;
  self->event_type = g_strdup (f->event_type);
  self->sub_event_type = g_strdup (f->sub_event_type);
  self->disorder_type = g_strdup (f->disorder_type);
  self->date_start = g_strdup (f->date_start);
  self->date_end = g_strdup (f->date_end);
  self->date_precision = f->date_precision;
  self->time_precision = f->time_precision;
  self->place_id = f->place_id;
  self->place_name = g_strdup (f->place_name);
  self->location = g_strdup (f->location);
  self->admin1 = g_strdup (f->admin1);
  self->admin2 = g_strdup (f->admin2);
  self->country = g_strdup (f->country);
  self->latitude = f->latitude;
  self->longitude = f->longitude;
  self->coordinates_set = f->coordinates_set;
  self->geo_precision = f->geo_precision;
  self->where_prec = f->where_prec;
  self->actor1_id = f->actor1_id;
  self->actor1 = g_strdup (f->actor1);
  self->actor1_type = g_strdup (f->actor1_type);
  self->actor2_id = f->actor2_id;
  self->actor2 = g_strdup (f->actor2);
  self->actor2_type = g_strdup (f->actor2_type);
  self->assoc_actor1 = g_strdupv ((char **) f->assoc_actor1);
  self->assoc_actor2 = g_strdupv ((char **) f->assoc_actor2);
  self->assoc_actor1_ids = f->assoc_actor1_ids != NULL ? g_array_ref (f->assoc_actor1_ids) : NULL;
  self->assoc_actor2_ids = f->assoc_actor2_ids != NULL ? g_array_ref (f->assoc_actor2_ids) : NULL;
  self->inter1 = f->inter1;
  self->inter2 = f->inter2;
  self->interaction = f->interaction;
  self->civilian_targeting = f->civilian_targeting;
  self->description = g_strdup (f->description);
  self->notes = g_strdup (f->notes);
  self->source_scale = g_strdup (f->source_scale);
  self->best_override = f->best_override;
  self->best_override_reason = g_strdup (f->best_override_reason);
  self->low_override = f->low_override;
  self->high_override = f->high_override;
  self->range_override_reason = g_strdup (f->range_override_reason);
  self->external_source = g_strdup (f->external_source);
  self->external_id = g_strdup (f->external_id);
  self->source_reference = g_strdup (f->source_reference);
  self->fatalities = f->fatalities;
  self->low = f->low;
  self->best = f->best;
  self->high = f->high;
  self->n_sources = f->n_sources;
  self->disputed = f->disputed;
  self->n_claims = f->n_claims;
  self->n_evidence = f->n_evidence;
  self->created_at = g_strdup (f->created_at);
  self->modified_at = g_strdup (f->modified_at);

  return self;
}

gint64
sitrep_event_get_id (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->id;
}

const char *
sitrep_event_get_event_type (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->event_type;
}

const char *
sitrep_event_get_sub_event_type (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->sub_event_type;
}

const char *
sitrep_event_get_disorder_type (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->disorder_type;
}

const char *
sitrep_event_get_date_start (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->date_start;
}

const char *
sitrep_event_get_date_end (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->date_end;
}

int
sitrep_event_get_date_precision (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->date_precision;
}

int
sitrep_event_get_time_precision (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->time_precision;
}

gint64
sitrep_event_get_place_id (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->place_id;
}

const char *
sitrep_event_get_place_name (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->place_name;
}

const char *
sitrep_event_get_location (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->location;
}

const char *
sitrep_event_get_admin1 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->admin1;
}

const char *
sitrep_event_get_admin2 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->admin2;
}

const char *
sitrep_event_get_country (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->country;
}

double
sitrep_event_get_latitude (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NAN);
  return self->latitude;
}

double
sitrep_event_get_longitude (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NAN);
  return self->longitude;
}

gboolean
sitrep_event_get_coordinates_set (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), FALSE);
  return self->coordinates_set;
}

int
sitrep_event_get_geo_precision (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->geo_precision;
}

int
sitrep_event_get_where_prec (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->where_prec;
}

gint64
sitrep_event_get_actor1_id (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->actor1_id;
}

const char *
sitrep_event_get_actor1 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->actor1;
}

const char *
sitrep_event_get_actor1_type (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->actor1_type;
}

gint64
sitrep_event_get_actor2_id (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->actor2_id;
}

const char *
sitrep_event_get_actor2 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->actor2;
}

const char *
sitrep_event_get_actor2_type (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->actor2_type;
}

const char * const *
sitrep_event_get_assoc_actor1 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return (const char * const *) self->assoc_actor1;
}

const char * const *
sitrep_event_get_assoc_actor2 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return (const char * const *) self->assoc_actor2;
}

GArray *
sitrep_event_get_assoc_actor1_ids (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->assoc_actor1_ids;
}

GArray *
sitrep_event_get_assoc_actor2_ids (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->assoc_actor2_ids;
}

int
sitrep_event_get_inter1 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->inter1;
}

int
sitrep_event_get_inter2 (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->inter2;
}

int
sitrep_event_get_interaction (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->interaction;
}

gboolean
sitrep_event_get_civilian_targeting (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), FALSE);
  return self->civilian_targeting;
}

const char *
sitrep_event_get_description (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->description;
}

const char *
sitrep_event_get_notes (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->notes;
}

const char *
sitrep_event_get_source_scale (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->source_scale;
}

gint64
sitrep_event_get_best_override (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->best_override;
}

const char *
sitrep_event_get_best_override_reason (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->best_override_reason;
}

gint64
sitrep_event_get_low_override (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->low_override;
}

gint64
sitrep_event_get_high_override (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->high_override;
}

const char *
sitrep_event_get_range_override_reason (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->range_override_reason;
}

const char *
sitrep_event_get_external_source (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->external_source;
}

const char *
sitrep_event_get_dataset_credit (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);

  /* UCDP GED is CC BY 4.0. */
  if (g_strcmp0 (self->external_source, "UCDP GED") == 0)
    return "UCDP GED (CC BY 4.0)";
  return NULL;
}

const char *
sitrep_event_get_external_id (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->external_id;
}

const char *
sitrep_event_get_source_reference (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->source_reference;
}

gint64
sitrep_event_get_fatalities (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->fatalities;
}

gint64
sitrep_event_get_low (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->low;
}

gint64
sitrep_event_get_best (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->best;
}

gint64
sitrep_event_get_high (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->high;
}

guint
sitrep_event_get_n_sources (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->n_sources;
}

gboolean
sitrep_event_get_disputed (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), FALSE);
  return self->disputed;
}

guint
sitrep_event_get_n_claims (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->n_claims;
}

guint
sitrep_event_get_n_evidence (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), 0);
  return self->n_evidence;
}

const char *
sitrep_event_get_created_at (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->created_at;
}

const char *
sitrep_event_get_modified_at (SitrepEvent *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT (self), NULL);
  return self->modified_at;
}
