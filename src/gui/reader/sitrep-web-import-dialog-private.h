/* sitrep-web-import-dialog-private.h — test hooks of the web import dialog: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-web-import-dialog.h"

G_BEGIN_DECLS

/* The report shown after an import: one line per address. */
const char            *sitrep_web_import_dialog_get_report (SitrepWebImportDialog *self);
/* Whether an import is running. */
gboolean               sitrep_web_import_dialog_is_busy (SitrepWebImportDialog *self);
G_END_DECLS
