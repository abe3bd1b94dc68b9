/* sitrep-label-kind.h — what a label marks: the one list of label kinds
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The kinds a label can be, in the order the labels dialog offers them.
 * Stored by name ("actor", "captured", …), never by number. */
typedef enum
{
  SITREP_LABEL_KIND_ACTOR,
  SITREP_LABEL_KIND_PERSON,
  SITREP_LABEL_KIND_PLACE,
  SITREP_LABEL_KIND_DATE,
  SITREP_LABEL_KIND_KILLED,
  SITREP_LABEL_KIND_WOUNDED,
  SITREP_LABEL_KIND_CAPTURED,
  SITREP_LABEL_KIND_WEAPON,
  SITREP_LABEL_KIND_CLAIMANT,
  SITREP_LABEL_KIND_TRIGGER,
  SITREP_LABEL_KIND_OTHER,
  SITREP_N_LABEL_KINDS
} SitrepLabelKind;

/* The stored name of @kind ("actor"). */
const char      *sitrep_label_kind_to_string      (SitrepLabelKind  kind);
/* The kind named @name; FALSE (and OTHER) when @name is no kind. */
gboolean         sitrep_label_kind_from_string    (const char      *name,
                                                   SitrepLabelKind *kind);
/* What a user reads for @kind ("Captured or missing"), translated. */
const char      *sitrep_label_kind_display_name   (SitrepLabelKind  kind);

/* Whether a label called @name of kind @kind is one of the labels a new
 * project is made with, unrenamed. */
gboolean         sitrep_label_is_builtin          (const char      *name,
                                                   const char      *kind);
/* What a user reads for the label called @name of kind @kind: a built-in
 * label's name translated ("مكان" for "Place"), any other as stored. */
const char      *sitrep_label_display_name        (const char      *name,
                                                   const char      *kind);

/* The entity kind spans of label kind @name link to: "actor" for actors and
 * claimants, "person", "place"; NULL for kinds that link to none. */
const char      *sitrep_label_kind_entity_kind    (const char      *name);
/* Whether spans of label kind @name link to entities. */
gboolean         sitrep_label_kind_is_entity      (const char      *name);
/* Whether spans of label kind @name carry a figure ("killed", "wounded", "captured"). */
gboolean         sitrep_label_kind_is_casualty    (const char      *name);

G_END_DECLS
