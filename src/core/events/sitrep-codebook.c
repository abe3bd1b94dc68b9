/* sitrep-codebook.c — the event codebook (ACLED types, actor types, UCDP precision scales), read from data
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-codebook"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sitrep-codebook.h"
#include "sitrep-io.h"
#include "sitrep-event-private.h"

#define DEFAULT_CODEBOOK "/org/sitrep/Sitrep/core/codebooks/acled.json"

typedef struct
{
  char *name;
  char *event_type;     /* not owned: the EventType's name */
  char *disorder_type;
} SubType;

typedef struct
{
  char *name;
  char *color;          /* "#rrggbb" for maps and timelines, or NULL */
  GPtrArray *sub_types; /* SubType* */
} EventType;

typedef struct
{
  char *id;
  char *label;
  int inter;
} ActorType;

struct _SitrepCodebook
{
  GObject parent_instance;

  char *name;
  GPtrArray *event_types;   /* EventType* */
  GHashTable *sub_types;    /* name → SubType* (owned by event_types) */
  GPtrArray *actor_types;   /* ActorType* */
  GHashTable *scales;       /* scale name → GPtrArray of char* labels, value - 1 */
  int time_from_date[6];    /* ACLED time_precision by UCDP date_prec */
};

G_DEFINE_FINAL_TYPE (SitrepCodebook, sitrep_codebook, G_TYPE_OBJECT)

G_DEFINE_QUARK (sitrep-codebook-error-quark, sitrep_codebook_error)

static void
sub_type_free (gpointer data)
{
  SubType *s = data;

  g_free (s->name);
  g_free (s->disorder_type);
  g_free (s);
}

static void
event_type_free (gpointer data)
{
  EventType *t = data;

  g_free (t->name);
  g_free (t->color);
  g_ptr_array_unref (t->sub_types);
  g_free (t);
}

static void
actor_type_free (gpointer data)
{
  ActorType *a = data;

  g_free (a->id);
  g_free (a->label);
  g_free (a);
}

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error (error, SITREP_CODEBOOK_ERROR, SITREP_CODEBOOK_ERROR_INVALID,
               _("The codebook is damaged: %s."), what);
  return FALSE;
}

static gboolean
load (SitrepCodebook  *self,
      JsonObject      *root,
      GError         **error)
{
  JsonArray *types, *actors;
  JsonObject *scales;

  self->name = g_strdup (sitrep_json_get_string (root, "name", "ACLED"));

  if (!json_object_has_member (root, "event_types") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "event_types")))
    return invalid (error, _("it lists no event types"));
  types = sitrep_json_get_array (root, "event_types");
  for (guint i = 0; i < json_array_get_length (types); i++)
    {
      JsonObject *o = sitrep_json_array_get_object (types, i);
      JsonArray *subs;
      EventType *t;

      if (o == NULL || sitrep_json_get_string (o, "name", NULL) == NULL ||
          !json_object_has_member (o, "sub_event_types") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (o, "sub_event_types")))
        return invalid (error, _("an event type has no name or no sub-event types"));

      t = g_new0 (EventType, 1);
      t->name = g_strdup (sitrep_json_get_string (o, "name", NULL));
      t->color = g_strdup (sitrep_json_get_string (o, "color", NULL));
      t->sub_types = g_ptr_array_new_with_free_func (sub_type_free);
      g_ptr_array_add (self->event_types, t);

      subs = sitrep_json_get_array (o, "sub_event_types");
      for (guint j = 0; j < json_array_get_length (subs); j++)
        {
          JsonObject *so = sitrep_json_array_get_object (subs, j);
          SubType *s;

          if (so == NULL || sitrep_json_get_string (so, "name", NULL) == NULL)
            return invalid (error, _("a sub-event type has no name"));
          s = g_new0 (SubType, 1);
          s->name = g_strdup (sitrep_json_get_string (so, "name", NULL));
          s->event_type = t->name;
          s->disorder_type = g_strdup (sitrep_json_get_string (so, "disorder_type",
                                                                                   "Political violence"));
          g_ptr_array_add (t->sub_types, s);
          g_hash_table_insert (self->sub_types, s->name, s);
        }
    }

  if (json_object_has_member (root, "actor_types") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "actor_types")))
    {
      actors = sitrep_json_get_array (root, "actor_types");
      for (guint i = 0; i < json_array_get_length (actors); i++)
        {
          JsonObject *o = sitrep_json_array_get_object (actors, i);
          ActorType *a;

          if (o == NULL || sitrep_json_get_string (o, "id", NULL) == NULL)
            return invalid (error, _("an actor type has no id"));
          a = g_new0 (ActorType, 1);
          a->id = g_strdup (sitrep_json_get_string (o, "id", NULL));
          a->label = g_strdup (sitrep_json_get_string (o, "label", a->id));
          a->inter = (int) sitrep_json_get_int (o, "inter", 0);
          g_ptr_array_add (self->actor_types, a);
        }
    }

  if (json_object_has_member (root, "precision_scales") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "precision_scales")))
    {
      g_autoptr(GList) names = NULL;

      scales = sitrep_json_get_object (root, "precision_scales");
      names = json_object_get_members (scales);
      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonObject *scale = sitrep_json_get_object (scales, l->data);
          GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
          JsonArray *values;

          g_hash_table_insert (self->scales, g_strdup (l->data), labels);
          if (scale == NULL || !json_object_has_member (scale, "values") ||
              !JSON_NODE_HOLDS_ARRAY (json_object_get_member (scale, "values")))
            return invalid (error, _("a precision scale has no values"));
          values = sitrep_json_get_array (scale, "values");
          for (guint i = 0; i < json_array_get_length (values); i++)
            {
              JsonObject *v = sitrep_json_array_get_object (values, i);

              if (v == NULL || sitrep_json_get_int (v, "value", 0) != (gint64) i + 1)
                return invalid (error, _("a precision scale is not numbered 1, 2, 3 …"));
              g_ptr_array_add (labels, g_strdup (sitrep_json_get_string (v, "label", "")));
            }

          if (strcmp (l->data, "time_precision") == 0 && json_object_has_member (scale, "from_date_prec"))
            {
              JsonObject *map = sitrep_json_get_object (scale, "from_date_prec");

              for (int p = 1; map != NULL && p <= 5; p++)
                {
                  char key[2] = { (char) ('0' + p), '\0' };
                  self->time_from_date[p] = (int) sitrep_json_get_int (map, key, 0);
                }
            }
        }
    }

  return TRUE;
}

static void
sitrep_codebook_finalize (GObject *object)
{
  SitrepCodebook *self = (SitrepCodebook *) object;

  g_free (self->name);
  g_hash_table_unref (self->sub_types);
  g_ptr_array_unref (self->event_types);
  g_ptr_array_unref (self->actor_types);
  g_hash_table_unref (self->scales);

  G_OBJECT_CLASS (sitrep_codebook_parent_class)->finalize (object);
}

static void
sitrep_codebook_class_init (SitrepCodebookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sitrep_codebook_finalize;
}

static void
sitrep_codebook_init (SitrepCodebook *self)
{
  self->event_types = g_ptr_array_new_with_free_func (event_type_free);
  self->sub_types = g_hash_table_new (g_str_hash, g_str_equal);
  self->actor_types = g_ptr_array_new_with_free_func (actor_type_free);
  self->scales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
}

/**
 * sitrep_codebook_new_from_data:
 *
 * Returns: (transfer full): a codebook, or NULL with @error set.
 */
SitrepCodebook *
sitrep_codebook_new_from_data (const char  *json,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(SitrepCodebook) self = g_object_new (SITREP_TYPE_CODEBOOK, NULL);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  root = sitrep_json_parse (json, length, &local_error);
  if (root == NULL)
    {
      g_set_error (error, SITREP_CODEBOOK_ERROR, SITREP_CODEBOOK_ERROR_INVALID,
                   _("The codebook cannot be read: %s"), local_error->message);
      return NULL;
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, _("it is not a JSON object"));
      return NULL;
    }
  if (!load (self, json_node_get_object (root), error))
    return NULL;

  return g_steal_pointer (&self);
}

SitrepCodebook *
sitrep_codebook_get_default (void)
{
  static gsize once = 0;
  static SitrepCodebook *codebook = NULL;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      bytes = g_resources_lookup_data (DEFAULT_CODEBOOK, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        codebook = sitrep_codebook_new_from_data (g_bytes_get_data (bytes, NULL),
                                                  (gssize) g_bytes_get_size (bytes), &error);
      if (codebook == NULL)
        {
          /* A build without its resources is broken; say so but go on, empty. */
          g_critical ("Could not load the bundled codebook: %s", error->message);
          codebook = g_object_new (SITREP_TYPE_CODEBOOK, NULL);
        }
      g_once_init_leave (&once, 1);
    }

  return codebook;
}

const char *
sitrep_codebook_get_name (SitrepCodebook *self)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);
  return self->name;
}

GStrv
sitrep_codebook_list_event_types (SitrepCodebook *self)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);

  for (guint i = 0; i < self->event_types->len; i++)
    g_strv_builder_add (b, ((EventType *) g_ptr_array_index (self->event_types, i))->name);
  return g_strv_builder_end (b);
}

static EventType *
find_type (SitrepCodebook *self,
           const char     *event_type)
{
  for (guint i = 0; event_type != NULL && i < self->event_types->len; i++)
    {
      EventType *t = g_ptr_array_index (self->event_types, i);
      if (strcmp (t->name, event_type) == 0)
        return t;
    }
  return NULL;
}

GStrv
sitrep_codebook_list_sub_event_types (SitrepCodebook *self,
                                      const char     *event_type)
{
  g_autoptr(GStrvBuilder) b = NULL;
  EventType *t;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);

  t = find_type (self, event_type);
  if (t == NULL)
    return NULL;
  b = g_strv_builder_new ();
  for (guint i = 0; i < t->sub_types->len; i++)
    g_strv_builder_add (b, ((SubType *) g_ptr_array_index (t->sub_types, i))->name);
  return g_strv_builder_end (b);
}

gboolean
sitrep_codebook_has_event_type (SitrepCodebook *self,
                                const char     *event_type)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), FALSE);
  return find_type (self, event_type) != NULL;
}

gboolean
sitrep_codebook_is_sub_event_type_of (SitrepCodebook *self,
                                      const char     *sub_event_type,
                                      const char     *event_type)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), FALSE);
  return g_strcmp0 (sitrep_codebook_get_event_type_of (self, sub_event_type), event_type) == 0 &&
         event_type != NULL;
}

const char *
sitrep_codebook_get_event_type_of (SitrepCodebook *self,
                                   const char     *sub_event_type)
{
  SubType *s;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);
  if (sub_event_type == NULL)
    return NULL;
  s = g_hash_table_lookup (self->sub_types, sub_event_type);
  return s != NULL ? s->event_type : NULL;
}

const char *
sitrep_codebook_get_disorder_type (SitrepCodebook *self,
                                   const char     *sub_event_type)
{
  SubType *s;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);
  if (sub_event_type == NULL)
    return NULL;
  s = g_hash_table_lookup (self->sub_types, sub_event_type);
  return s != NULL ? s->disorder_type : NULL;
}

GStrv
sitrep_codebook_list_actor_types (SitrepCodebook *self)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);

  for (guint i = 0; i < self->actor_types->len; i++)
    g_strv_builder_add (b, ((ActorType *) g_ptr_array_index (self->actor_types, i))->id);
  return g_strv_builder_end (b);
}

static ActorType *
find_actor_type (SitrepCodebook *self,
                 const char     *actor_type)
{
  for (guint i = 0; actor_type != NULL && i < self->actor_types->len; i++)
    {
      ActorType *a = g_ptr_array_index (self->actor_types, i);
      if (strcmp (a->id, actor_type) == 0)
        return a;
    }
  return NULL;
}

const char *
sitrep_codebook_get_actor_type_label (SitrepCodebook *self,
                                      const char     *actor_type)
{
  ActorType *a;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);
  a = find_actor_type (self, actor_type);
  return a != NULL ? a->label : NULL;
}

/**
 * sitrep_codebook_find_actor_type:
 * @text: an actor type's id ("state_forces") or label ("State forces"), any case
 *
 * Returns: (nullable): the actor type's id, or %NULL when @text names none.
 */
const char *
sitrep_codebook_find_actor_type (SitrepCodebook *self,
                                 const char     *text)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);

  for (guint i = 0; text != NULL && i < self->actor_types->len; i++)
    {
      ActorType *a = g_ptr_array_index (self->actor_types, i);
      if (g_ascii_strcasecmp (a->id, text) == 0 || g_ascii_strcasecmp (a->label, text) == 0)
        return a->id;
    }
  return NULL;
}

/* Words that name an actor's type beyond doubt, as ACLED codes Syria:
 * whole words of the lower-cased name. */
static const struct
{
  const char *words;
  const char *actor_type;
} type_words[] = {
  { "military", "state_forces" },
  { "army", "state_forces" },
  { "armed forces", "state_forces" },
  { "government of", "state_forces" },
  { "government forces", "state_forces" },
  { "security forces", "state_forces" },
  { "police", "state_forces" },
  { "isis", "rebel_group" },
  { "isil", "rebel_group" },
  { "islamic state", "rebel_group" },
  { "daesh", "rebel_group" },
  { "hayat tahrir al-sham", "rebel_group" },
  { "hts", "rebel_group" },
  { "al-nusra", "rebel_group" },
  { "syrian democratic forces", "rebel_group" },
  { "sdf", "rebel_group" },
  { "free syrian army", "rebel_group" },
  { "insurgents", "rebel_group" },
  { "rebels", "rebel_group" },
  { "civilians", "civilians" },
  { "protesters", "protesters" },
  { "rioters", "rioters" },
};

static gboolean
has_words (const char *name,
           const char *words)
{
  gsize n = strlen (words);

  for (const char *p = strstr (name, words); p != NULL; p = strstr (p + 1, words))
    {
      gboolean start = p == name || !g_ascii_isalnum (p[-1]);
      gboolean end = !g_ascii_isalnum (p[n]);

      if (start && end)
        return TRUE;
    }
  return FALSE;
}

/**
 * sitrep_codebook_guess_actor_type:
 *
 * The actor type an actor called @name plainly has ("Syrian military" →
 * state_forces, "ISIS" → rebel_group, "Civilians" → civilians), for a new
 * actor the coder has not typed yet. Names that could be several (a
 * "coordination center", "local fighters") give %NULL: the coder chooses.
 *
 * Returns: (nullable): an actor type id
 */
const char *
sitrep_codebook_guess_actor_type (SitrepCodebook *self,
                                  const char     *name)
{
  g_autofree char *lower = NULL;
  const char *found = NULL;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);

  if (name == NULL)
    return NULL;
  lower = g_utf8_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (type_words); i++)
    {
      if (!has_words (lower, type_words[i].words))
        continue;
      /* Two types named at once ("army and rebels") is no plain type. */
      if (found != NULL && strcmp (found, type_words[i].actor_type) != 0)
        return NULL;
      found = type_words[i].actor_type;
    }
  return found != NULL ? sitrep_codebook_find_actor_type (self, found) : NULL;
}

int
sitrep_codebook_get_inter_code (SitrepCodebook *self,
                                const char     *actor_type)
{
  ActorType *a;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), 0);
  a = find_actor_type (self, actor_type);
  return a != NULL ? a->inter : 0;
}

int
sitrep_codebook_get_interaction (SitrepCodebook *self,
                                 int             inter1,
                                 int             inter2)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), 0);

  if (inter1 < 0 || inter1 > 9 || inter2 < 0 || inter2 > 9)
    return 0;
  if (inter1 == 0 || inter2 == 0)
    return MAX (inter1, inter2) * 10;
  return MIN (inter1, inter2) * 10 + MAX (inter1, inter2);
}

int
sitrep_codebook_get_type_of_violence (SitrepCodebook *self,
                                      int             inter1,
                                      int             inter2)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), 0);

  if (inter1 == 0 && inter2 == 0)
    return 0;
  if (inter1 == 7 || inter2 == 7)
    return 3;
  if (inter1 == 1 || inter2 == 1)
    return 1;
  return 2;
}

int
sitrep_codebook_get_precision_max (SitrepCodebook *self,
                                   const char     *scale)
{
  GPtrArray *labels;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), 0);
  labels = scale != NULL ? g_hash_table_lookup (self->scales, scale) : NULL;
  return labels != NULL ? (int) labels->len : 0;
}

const char *
sitrep_codebook_get_precision_label (SitrepCodebook *self,
                                     const char     *scale,
                                     int             value)
{
  GPtrArray *labels;

  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);
  labels = scale != NULL ? g_hash_table_lookup (self->scales, scale) : NULL;
  if (labels == NULL || value < 1 || (guint) value > labels->len)
    return NULL;
  return g_ptr_array_index (labels, value - 1);
}

int
sitrep_codebook_get_time_precision (SitrepCodebook *self,
                                    int             date_prec)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), 0);
  if (date_prec < 1 || date_prec > 5)
    return 0;
  return self->time_from_date[date_prec];
}

/**
 * sitrep_codebook_get_event_type_color:
 *
 * Returns: (nullable): the colour events of @event_type are drawn in
 * ("#c01c28"), from the codebook file, or %NULL.
 */
const char *
sitrep_codebook_get_event_type_color (SitrepCodebook *self,
                                      const char     *event_type)
{
  g_return_val_if_fail (SITREP_IS_CODEBOOK (self), NULL);

  for (guint i = 0; event_type != NULL && i < self->event_types->len; i++)
    {
      EventType *t = g_ptr_array_index (self->event_types, i);

      if (g_strcmp0 (t->name, event_type) == 0)
        return t->color;
    }
  return NULL;
}

/* The bundled ACLED codebook's names, stored and exported in English (the
 * codebook's own words), shown in the interface's language. */
static const char * const acled_event_types[] = {
  NC_("ACLED event type", "Battles"),
  NC_("ACLED event type", "Explosions/Remote violence"),
  NC_("ACLED event type", "Violence against civilians"),
  NC_("ACLED event type", "Protests"),
  NC_("ACLED event type", "Riots"),
  NC_("ACLED event type", "Strategic developments"),
};

static const char * const acled_sub_event_types[] = {
  NC_("ACLED sub-event type", "Armed clash"),
  NC_("ACLED sub-event type", "Government regains territory"),
  NC_("ACLED sub-event type", "Non-state actor overtakes territory"),
  NC_("ACLED sub-event type", "Chemical weapon"),
  NC_("ACLED sub-event type", "Air/drone strike"),
  NC_("ACLED sub-event type", "Suicide bomb"),
  NC_("ACLED sub-event type", "Shelling/artillery/missile attack"),
  NC_("ACLED sub-event type", "Remote explosive/landmine/IED"),
  NC_("ACLED sub-event type", "Grenade"),
  NC_("ACLED sub-event type", "Sexual violence"),
  NC_("ACLED sub-event type", "Attack"),
  NC_("ACLED sub-event type", "Abduction/forced disappearance"),
  NC_("ACLED sub-event type", "Peaceful protest"),
  NC_("ACLED sub-event type", "Protest with intervention"),
  NC_("ACLED sub-event type", "Excessive force against protesters"),
  NC_("ACLED sub-event type", "Violent demonstration"),
  NC_("ACLED sub-event type", "Mob violence"),
  NC_("ACLED sub-event type", "Agreement"),
  NC_("ACLED sub-event type", "Arrests"),
  NC_("ACLED sub-event type", "Change to group/activity"),
  NC_("ACLED sub-event type", "Disrupted weapons use"),
  NC_("ACLED sub-event type", "Headquarters or base established"),
  NC_("ACLED sub-event type", "Looting/property destruction"),
  NC_("ACLED sub-event type", "Non-violent transfer of territory"),
  NC_("ACLED sub-event type", "Other"),
};

static const char *
display_name (const char * const *names,
              guint               n_names,
              const char         *context,
              const char         *name)
{
  for (guint i = 0; name != NULL && i < n_names; i++)
    if (g_str_equal (name, names[i]))
      return g_dpgettext2 (GETTEXT_PACKAGE, context, names[i]);
  return name;
}

const char *
sitrep_codebook_event_type_display_name (const char *event_type)
{
  return display_name (acled_event_types, G_N_ELEMENTS (acled_event_types), "ACLED event type", event_type);
}

const char *
sitrep_codebook_sub_event_type_display_name (const char *sub_event_type)
{
  return display_name (acled_sub_event_types, G_N_ELEMENTS (acled_sub_event_types), "ACLED sub-event type",
                       sub_event_type);
}

static const char * const acled_disorder_types[] = {
  NC_("ACLED disorder type", "Political violence"),
  NC_("ACLED disorder type", "Demonstrations"),
  NC_("ACLED disorder type", "Strategic developments"),
};

char *
sitrep_codebook_dup_disorder_type_display_name (const char *disorder_type)
{
  g_auto(GStrv) parts = NULL;

  if (disorder_type == NULL)
    return NULL;
  /* "Political violence; Demonstrations": each part, joined as ACLED joins them. */
  parts = g_strsplit (disorder_type, "; ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *shown = display_name (acled_disorder_types, G_N_ELEMENTS (acled_disorder_types),
                                        "ACLED disorder type", parts[i]);

      if (shown != parts[i])
        {
          g_free (parts[i]);
          parts[i] = g_strdup (shown);
        }
    }
  /* Translators: between the two disorder types of an ACLED sub-event type */
  return g_strjoinv (C_("ACLED disorder types", "; "), parts);
}
