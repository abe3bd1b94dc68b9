/* sitrep-adjudication-dialog.h — deciding the coders' disagreements of one article, by key
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-adjudication.h"
#include "sitrep-window.h"

G_BEGIN_DECLS

#define SITREP_TYPE_ADJUDICATION_DIALOG (sitrep_adjudication_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SitrepAdjudicationDialog, sitrep_adjudication_dialog, SITREP, ADJUDICATION_DIALOG, AdwWindow)

/* Accepts the spans all coders agree on in @article_id and lists the rest:
 * 1–9 keep that coder's version, Delete or Backspace rejects them all, Up
 * and Down (or Tab) move between disagreements, Ctrl+Z undoes. Fails (NULL,
 * @error set) when there is nothing to adjudicate. */
SitrepAdjudicationDialog *sitrep_adjudication_dialog_new          (SitrepWindow             *parent,
                                                                   SitrepStore              *store,
                                                                   gint64                    article_id,
                                                                   GError                  **error);

G_END_DECLS
