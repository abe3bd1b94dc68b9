/* sitrep-label.h — a span category of the project's label set
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SITREP_TYPE_LABEL (sitrep_label_get_type ())
G_DECLARE_FINAL_TYPE (SitrepLabel, sitrep_label, SITREP, LABEL, GObject)

/* Immutable snapshots made by the store; set every property with g_object_new (). */
gint64 sitrep_label_get_id (SitrepLabel *self);
const char *sitrep_label_get_name (SitrepLabel *self);
/* The name a user reads: a built-in label's translated, any other as stored. */
const char *sitrep_label_get_display_name (SitrepLabel *self);
const char *sitrep_label_get_kind (SitrepLabel *self);
const char *sitrep_label_get_color (SitrepLabel *self);
const char *sitrep_label_get_shortcut (SitrepLabel *self);
const char *sitrep_label_get_description (SitrepLabel *self);

G_END_DECLS
