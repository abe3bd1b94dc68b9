/* sitrep-sources-dialog-private.h — test hooks of the sources dialog: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-sources-dialog.h"

G_BEGIN_DECLS

guint      sitrep_sources_dialog_get_n_sources (SitrepSourcesDialog *self);
/* Ticks or unticks @source, as a click on its row does. */
void       sitrep_sources_dialog_set_checked   (SitrepSourcesDialog *self,
                                                const char          *source,
                                                gboolean             checked);
/* Chooses the spelling to keep in the open question. */
gboolean   sitrep_sources_dialog_set_keep      (SitrepSourcesDialog *self,
                                                const char          *source);
G_END_DECLS
