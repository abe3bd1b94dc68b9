/* sitrep-label-kind.c — what a label marks: the one list of label kinds
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-label"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-label-kind.h"

static const struct
{
  const char *name;
  const char *display;
  const char *entity_kind;
  gboolean    casualty;
} kinds[SITREP_N_LABEL_KINDS] = {
  [SITREP_LABEL_KIND_ACTOR]    = { "actor",    N_("Actor"),               "actor",  FALSE },
  [SITREP_LABEL_KIND_PERSON]   = { "person",   N_("Person"),              "person", FALSE },
  [SITREP_LABEL_KIND_PLACE]    = { "place",    N_("Place"),               "place",  FALSE },
  [SITREP_LABEL_KIND_DATE]     = { "date",     N_("Date"),                NULL,     FALSE },
  [SITREP_LABEL_KIND_KILLED]   = { "killed",   N_("Killed"),              NULL,     TRUE },
  [SITREP_LABEL_KIND_WOUNDED]  = { "wounded",  N_("Wounded"),             NULL,     TRUE },
  [SITREP_LABEL_KIND_CAPTURED] = { "captured", N_("Captured or missing"), NULL,     TRUE },
  [SITREP_LABEL_KIND_WEAPON]   = { "weapon",   N_("Weapon"),              NULL,     FALSE },
  /* Who makes a claim is an actor (a group, an outlet, a ministry). */
  [SITREP_LABEL_KIND_CLAIMANT] = { "claimant", N_("Claimant"),            "actor",  FALSE },
  [SITREP_LABEL_KIND_TRIGGER]  = { "trigger",  N_("Event trigger"),       NULL,     FALSE },
  [SITREP_LABEL_KIND_OTHER]    = { "other",    N_("Other"),               NULL,     FALSE },
};

const char *
sitrep_label_kind_to_string (SitrepLabelKind kind)
{
  g_return_val_if_fail ((guint) kind < SITREP_N_LABEL_KINDS, "other");

  return kinds[kind].name;
}

gboolean
sitrep_label_kind_from_string (const char      *name,
                               SitrepLabelKind *kind)
{
  for (guint i = 0; name != NULL && i < SITREP_N_LABEL_KINDS; i++)
    if (g_str_equal (name, kinds[i].name))
      {
        if (kind != NULL)
          *kind = (SitrepLabelKind) i;
        return TRUE;
      }

  if (kind != NULL)
    *kind = SITREP_LABEL_KIND_OTHER;
  return FALSE;
}

const char *
sitrep_label_kind_display_name (SitrepLabelKind kind)
{
  g_return_val_if_fail ((guint) kind < SITREP_N_LABEL_KINDS, "");

  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].display);
}

/* The labels a new project is made with (data/codebooks/labels-default.json):
 * stored under their English names, shown in the interface's language while
 * they keep the name and kind they were made with. */
static const struct
{
  const char      *name;
  SitrepLabelKind  kind;
} builtin[] = {
  { N_("Actor"),            SITREP_LABEL_KIND_ACTOR },
  { N_("Person"),           SITREP_LABEL_KIND_PERSON },
  { N_("Place"),            SITREP_LABEL_KIND_PLACE },
  { N_("Date"),             SITREP_LABEL_KIND_DATE },
  { N_("Killed"),           SITREP_LABEL_KIND_KILLED },
  { N_("Wounded"),          SITREP_LABEL_KIND_WOUNDED },
  /* Translators: the name of the default label for people captured, arrested or missing */
  { N_("Captured/Missing"), SITREP_LABEL_KIND_CAPTURED },
  { N_("Weapon"),           SITREP_LABEL_KIND_WEAPON },
  { N_("Claimant"),         SITREP_LABEL_KIND_CLAIMANT },
  { N_("Event trigger"),    SITREP_LABEL_KIND_TRIGGER },
};

gboolean
sitrep_label_is_builtin (const char *name,
                         const char *kind)
{
  SitrepLabelKind k;

  if (name == NULL || !sitrep_label_kind_from_string (kind, &k))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    if (builtin[i].kind == k && g_str_equal (name, builtin[i].name))
      return TRUE;
  return FALSE;
}

const char *
sitrep_label_display_name (const char *name,
                           const char *kind)
{
  if (name == NULL)
    return "";
  return sitrep_label_is_builtin (name, kind) ? g_dgettext (GETTEXT_PACKAGE, name) : name;
}

const char *
sitrep_label_kind_entity_kind (const char *name)
{
  SitrepLabelKind kind;

  return sitrep_label_kind_from_string (name, &kind) ? kinds[kind].entity_kind : NULL;
}

gboolean
sitrep_label_kind_is_entity (const char *name)
{
  return sitrep_label_kind_entity_kind (name) != NULL;
}

gboolean
sitrep_label_kind_is_casualty (const char *name)
{
  SitrepLabelKind kind;

  return sitrep_label_kind_from_string (name, &kind) && kinds[kind].casualty;
}
