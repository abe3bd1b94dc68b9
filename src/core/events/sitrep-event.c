/* sitrep-event.c — an incident: type, date, place, actors and derived casualty figures
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <math.h>
#include <string.h>

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

/* Every field is a read-only property of the same name, and a member of
 * SitrepEventFields: one table says how each is stored, so the properties,
 * the constructor and finalize cannot disagree about a field. */
typedef enum
{
  FIELD_INT64,
  FIELD_INT,
  FIELD_UINT,
  FIELD_BOOLEAN,
  FIELD_DOUBLE,
  FIELD_STRING,
  FIELD_STRV,
  FIELD_IDS,      /* GArray of gint64, shared by reference */
} FieldType;

typedef struct
{
  const char *name;
  FieldType   type;
  gsize       offset;         /* in SitrepEvent */
  gsize       fields_offset;  /* in SitrepEventFields */
  gint64      none;           /* what a number holds when unknown */
} EventField;

#define FIELD(name, type, member, none)                                       \
  { name, type, G_STRUCT_OFFSET (SitrepEvent, member),                        \
    G_STRUCT_OFFSET (SitrepEventFields, member), none }

static const EventField event_fields[] = {
  FIELD ("id",                     FIELD_INT64,   id,                     0),
  FIELD ("event-type",             FIELD_STRING,  event_type,             0),
  FIELD ("sub-event-type",         FIELD_STRING,  sub_event_type,         0),
  FIELD ("disorder-type",          FIELD_STRING,  disorder_type,          0),
  FIELD ("date-start",             FIELD_STRING,  date_start,             0),
  FIELD ("date-end",               FIELD_STRING,  date_end,               0),
  FIELD ("date-precision",         FIELD_INT,     date_precision,         0),
  FIELD ("time-precision",         FIELD_INT,     time_precision,         0),
  FIELD ("place-id",               FIELD_INT64,   place_id,               0),
  FIELD ("place-name",             FIELD_STRING,  place_name,             0),
  FIELD ("location",               FIELD_STRING,  location,               0),
  FIELD ("admin1",                 FIELD_STRING,  admin1,                 0),
  FIELD ("admin2",                 FIELD_STRING,  admin2,                 0),
  FIELD ("country",                FIELD_STRING,  country,                0),
  FIELD ("latitude",               FIELD_DOUBLE,  latitude,               0),
  FIELD ("longitude",              FIELD_DOUBLE,  longitude,              0),
  FIELD ("coordinates-set",        FIELD_BOOLEAN, coordinates_set,        0),
  FIELD ("geo-precision",          FIELD_INT,     geo_precision,          0),
  FIELD ("where-prec",             FIELD_INT,     where_prec,             0),
  FIELD ("actor1-id",              FIELD_INT64,   actor1_id,              0),
  FIELD ("actor1",                 FIELD_STRING,  actor1,                 0),
  FIELD ("actor1-type",            FIELD_STRING,  actor1_type,            0),
  FIELD ("actor2-id",              FIELD_INT64,   actor2_id,              0),
  FIELD ("actor2",                 FIELD_STRING,  actor2,                 0),
  FIELD ("actor2-type",            FIELD_STRING,  actor2_type,            0),
  FIELD ("assoc-actor1",           FIELD_STRV,    assoc_actor1,           0),
  FIELD ("assoc-actor2",           FIELD_STRV,    assoc_actor2,           0),
  FIELD ("assoc-actor1-ids",       FIELD_IDS,     assoc_actor1_ids,       0),
  FIELD ("assoc-actor2-ids",       FIELD_IDS,     assoc_actor2_ids,       0),
  FIELD ("inter1",                 FIELD_INT,     inter1,                 0),
  FIELD ("inter2",                 FIELD_INT,     inter2,                 0),
  FIELD ("interaction",            FIELD_INT,     interaction,            0),
  FIELD ("civilian-targeting",     FIELD_BOOLEAN, civilian_targeting,     0),
  FIELD ("description",            FIELD_STRING,  description,            0),
  FIELD ("notes",                  FIELD_STRING,  notes,                  0),
  FIELD ("source-scale",           FIELD_STRING,  source_scale,           0),
  FIELD ("best-override",          FIELD_INT64,   best_override,          -1),
  FIELD ("best-override-reason",   FIELD_STRING,  best_override_reason,   0),
  FIELD ("low-override",           FIELD_INT64,   low_override,           -1),
  FIELD ("high-override",          FIELD_INT64,   high_override,          -1),
  FIELD ("range-override-reason",  FIELD_STRING,  range_override_reason,  0),
  FIELD ("external-source",        FIELD_STRING,  external_source,        0),
  FIELD ("external-id",            FIELD_STRING,  external_id,            0),
  FIELD ("source-reference",       FIELD_STRING,  source_reference,       0),
  FIELD ("fatalities",             FIELD_INT64,   fatalities,             -1),
  FIELD ("low",                    FIELD_INT64,   low,                    -1),
  FIELD ("best",                   FIELD_INT64,   best,                   -1),
  FIELD ("high",                   FIELD_INT64,   high,                   -1),
  FIELD ("n-sources",              FIELD_UINT,    n_sources,              0),
  FIELD ("disputed",               FIELD_BOOLEAN, disputed,               0),
  FIELD ("n-claims",               FIELD_UINT,    n_claims,               0),
  FIELD ("n-evidence",             FIELD_UINT,    n_evidence,             0),
  FIELD ("created-at",             FIELD_STRING,  created_at,             0),
  FIELD ("modified-at",            FIELD_STRING,  modified_at,            0),
};

#undef FIELD

/* Property ids are the table's indices plus one. */
#define N_PROPS (G_N_ELEMENTS (event_fields) + 1)

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepEvent, sitrep_event, G_TYPE_OBJECT)

static gpointer
member (gpointer base,
        gsize    offset)
{
  return G_STRUCT_MEMBER_P (base, offset);
}

static void
clear_field (SitrepEvent      *self,
             const EventField *field)
{
  gpointer to = member (self, field->offset);

  switch (field->type)
    {
    case FIELD_STRING:
      g_clear_pointer ((char **) to, g_free);
      break;
    case FIELD_STRV:
      g_clear_pointer ((char ***) to, g_strfreev);
      break;
    case FIELD_IDS:
      g_clear_pointer ((GArray **) to, g_array_unref);
      break;
    case FIELD_INT64:
    case FIELD_INT:
    case FIELD_UINT:
    case FIELD_BOOLEAN:
    case FIELD_DOUBLE:
    default:
      break;
    }
}

/* Sets the numbers whose "none" is not 0 in an event or in its fields. */
static void
init_numbers (gpointer base,
              gboolean in_fields)
{
  for (guint i = 0; i < G_N_ELEMENTS (event_fields); i++)
    {
      const EventField *field = &event_fields[i];
      gpointer to = member (base, in_fields ? field->fields_offset : field->offset);

      if (field->type == FIELD_DOUBLE)
        *(double *) to = NAN;
      else if (field->type == FIELD_INT64)
        *(gint64 *) to = field->none;
    }
}

static void
sitrep_event_finalize (GObject *object)
{
  SitrepEvent *self = (SitrepEvent *) object;

  for (guint i = 0; i < G_N_ELEMENTS (event_fields); i++)
    clear_field (self, &event_fields[i]);

  G_OBJECT_CLASS (sitrep_event_parent_class)->finalize (object);
}

static void
sitrep_event_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SitrepEvent *self = SITREP_EVENT (object);
  const EventField *field;
  gpointer from;

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  field = &event_fields[prop_id - 1];
  from = member (self, field->offset);

  switch (field->type)
    {
    case FIELD_INT64:
      g_value_set_int64 (value, *(gint64 *) from);
      break;
    case FIELD_INT:
      g_value_set_int (value, *(int *) from);
      break;
    case FIELD_UINT:
      g_value_set_uint (value, *(guint *) from);
      break;
    case FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) from);
      break;
    case FIELD_DOUBLE:
      g_value_set_double (value, *(double *) from);
      break;
    case FIELD_STRING:
      g_value_set_string (value, *(char **) from);
      break;
    case FIELD_STRV:
    case FIELD_IDS:
    default:
      g_value_set_boxed (value, *(gpointer *) from);
      break;
    }
}

static void
sitrep_event_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SitrepEvent *self = SITREP_EVENT (object);
  const EventField *field;
  gpointer to;

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  field = &event_fields[prop_id - 1];
  to = member (self, field->offset);
  clear_field (self, field);

  switch (field->type)
    {
    case FIELD_INT64:
      *(gint64 *) to = g_value_get_int64 (value);
      break;
    case FIELD_INT:
      *(int *) to = g_value_get_int (value);
      break;
    case FIELD_UINT:
      *(guint *) to = g_value_get_uint (value);
      break;
    case FIELD_BOOLEAN:
      *(gboolean *) to = g_value_get_boolean (value);
      break;
    case FIELD_DOUBLE:
      *(double *) to = g_value_get_double (value);
      break;
    case FIELD_STRING:
      *(char **) to = g_value_dup_string (value);
      break;
    case FIELD_STRV:
    case FIELD_IDS:
    default:
      *(gpointer *) to = g_value_dup_boxed (value);
      break;
    }
}

static GParamSpec *
param_spec_for (const EventField *field)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  switch (field->type)
    {
    case FIELD_INT64:
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64, field->none, flags);
    case FIELD_INT:
      return g_param_spec_int (field->name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);
    case FIELD_UINT:
      return g_param_spec_uint (field->name, NULL, NULL, 0, G_MAXUINT, 0, flags);
    case FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case FIELD_DOUBLE:
      /* Not construct-only: "unknown" is NAN, set by init, which a
       * construct default would overwrite. */
      return g_param_spec_double (field->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
    case FIELD_STRING:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    case FIELD_STRV:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_STRV, flags);
    case FIELD_IDS:
    default:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_ARRAY, flags);
    }
}

static void
sitrep_event_class_init (SitrepEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sitrep_event_finalize;
  object_class->get_property = sitrep_event_get_property;
  object_class->set_property = sitrep_event_set_property;

  for (guint i = 0; i < G_N_ELEMENTS (event_fields); i++)
    properties[i + 1] = param_spec_for (&event_fields[i]);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_event_init (SitrepEvent *self)
{
  init_numbers (self, FALSE);
}

void
_sitrep_event_fields_init (SitrepEventFields *fields)
{
  memset (fields, 0, sizeof *fields);
  init_numbers (fields, TRUE);
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

  for (guint i = 0; i < G_N_ELEMENTS (event_fields); i++)
    {
      const EventField *field = &event_fields[i];
      gpointer to = member (self, field->offset);
      gconstpointer from = member ((gpointer) f, field->fields_offset);

      clear_field (self, field);
      switch (field->type)
        {
        case FIELD_INT64:
          *(gint64 *) to = *(const gint64 *) from;
          break;
        case FIELD_INT:
          *(int *) to = *(const int *) from;
          break;
        case FIELD_UINT:
          *(guint *) to = *(const guint *) from;
          break;
        case FIELD_BOOLEAN:
          *(gboolean *) to = *(const gboolean *) from;
          break;
        case FIELD_DOUBLE:
          *(double *) to = *(const double *) from;
          break;
        case FIELD_STRING:
          *(char **) to = g_strdup (*(const char * const *) from);
          break;
        case FIELD_STRV:
          *(char ***) to = g_strdupv (*(char ** const *) from);
          break;
        case FIELD_IDS:
        default:
          {
            GArray *ids = *(GArray * const *) from;

            *(GArray **) to = ids != NULL ? g_array_ref (ids) : NULL;
          }
          break;
        }
    }

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
