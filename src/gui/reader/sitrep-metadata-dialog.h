/* sitrep-metadata-dialog.h — editing an article's title, source, date and address
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_TYPE_METADATA_DIALOG (sitrep_metadata_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepMetadataDialog, sitrep_metadata_dialog, SITREP, METADATA_DIALOG, AdwWindow)

SitrepMetadataDialog *sitrep_metadata_dialog_new   (SitrepStore          *store,
                                                    SitrepArticle        *article);
/* Field setters, so tests and other code can fill the form. */
void                  sitrep_metadata_dialog_set_fields (SitrepMetadataDialog *self,
                                                         const char           *title,
                                                         const char           *source,
                                                         const char           *url,
                                                         const char           *date,
                                                         SitrepDatePrecision   precision,
                                                         const char           *note);
/* Validates the form and writes it to the store (committed on return). On
 * failure nothing is saved and the reason is shown in the dialog. Emits
 * "saved" on success. */
gboolean              sitrep_metadata_dialog_save  (SitrepMetadataDialog *self,
                                                    GError              **error);
/* How many undated events the last save dated from the Date spans of
 * their evidence in the article, now read against its new date. */
guint                 sitrep_metadata_dialog_get_n_dated (SitrepMetadataDialog *self);
/* How many events Suggest dated by the article's publication (no date of
 * their own in the report) the last save moved to its new date. */
guint                 sitrep_metadata_dialog_get_n_redated (SitrepMetadataDialog *self);

/* Checks that @text is a date written for @precision ("2020-08-25", "2020-08",
 * "2020"; anything for UNKNOWN) and returns it normalised in @iso (NULL for
 * UNKNOWN). Errors are SITREP_STORE_ERROR_INVALID with the reason. */
gboolean              sitrep_metadata_parse_date   (const char           *text,
                                                    SitrepDatePrecision   precision,
                                                    char                **iso,
                                                    GError              **error);

G_END_DECLS
