/* sitrep-agreement-window-private.h — test hooks of the agreement window: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-agreement-window.h"

G_BEGIN_DECLS

/* The figures shown, or NULL while they are computed. */
SitrepAgreement       *sitrep_agreement_window_get_agreement (SitrepAgreementWindow *self);
G_END_DECLS
