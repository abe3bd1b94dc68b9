/* sitrep-delete-articles-dialog-private.h — test hooks of the delete articles dialog: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-delete-articles-dialog.h"

G_BEGIN_DECLS

/* Ticks or unticks article @id, as a click on its row does. */
void       sitrep_delete_articles_dialog_set_checked (SitrepDeleteArticlesDialog *self,
                                                      gint64                      id,
                                                      gboolean                    checked);
G_END_DECLS
