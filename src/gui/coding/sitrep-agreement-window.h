/* sitrep-agreement-window.h — how far the annotators agree, per pair, label and article
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sitrep-agreement.h"
#include "sitrep-window.h"

G_BEGIN_DECLS

#define SITREP_TYPE_AGREEMENT_WINDOW (sitrep_agreement_window_get_type ())
G_DECLARE_FINAL_TYPE (SitrepAgreementWindow, sitrep_agreement_window, SITREP, AGREEMENT_WINDOW, AdwWindow)

/* Computes the figures in the background and shows them; choosing an
 * article selects it in @parent and lists both coders' spans side by side. */
SitrepAgreementWindow *sitrep_agreement_window_new           (SitrepWindow          *parent,
                                                              SitrepStore           *store);

G_END_DECLS
