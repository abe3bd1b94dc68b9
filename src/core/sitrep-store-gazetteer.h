/* sitrep-store-gazetteer.h — gazetteer places the user loaded into a project
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-gazetteer.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* Adds (or replaces, by geonameid) @places in one transaction. */
gboolean   sitrep_store_add_gazetteer_places   (SitrepStore                 *store,
                                                SitrepGazetteerPlace * const *places,
                                                guint                        n_places,
                                                GError                     **error);
/* Removes every place loaded from @source (to undo a cancelled load). */
gboolean   sitrep_store_remove_gazetteer_source (SitrepStore                *store,
                                                 const char                 *source,
                                                 GError                    **error);
/* Places with a name whose sitrep_normalize_name() key is @normalized. */
GPtrArray *sitrep_store_find_gazetteer_places  (SitrepStore                 *store,
                                                const char                  *normalized,
                                                GError                     **error);
gint64     sitrep_store_count_gazetteer_places (SitrepStore                 *store,
                                                GError                     **error);

G_END_DECLS
