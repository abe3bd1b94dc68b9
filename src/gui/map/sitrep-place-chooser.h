/* sitrep-place-chooser.h — choose where a place is: gazetteer candidates with a map preview, or pin it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-gazetteer.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_PLACE_CHOOSER (sitrep_place_chooser_get_type ())
G_DECLARE_FINAL_TYPE (SitrepPlaceChooser, sitrep_place_chooser, SITREP, PLACE_CHOOSER, AdwWindow)

/* Lists the candidates for place entity @entity_id, ranked with
 * @context_text (the article body, or NULL). Choosing one sets the entity's
 * place; "Pin on Map" activates win.pin-place on the window it is
 * transient for. */
GtkWidget *sitrep_place_chooser_new          (SitrepStore        *store,
                                              SitrepGazetteer    *gazetteer,
                                              gint64              entity_id,
                                              const char         *context_text);
/* Links candidate @index (as listed) to the entity and closes. */
gboolean   sitrep_place_chooser_choose       (SitrepPlaceChooser *self,
                                              guint               index,
                                              GError            **error);

G_END_DECLS
