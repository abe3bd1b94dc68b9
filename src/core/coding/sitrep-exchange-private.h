/* sitrep-exchange-private.h — what the exchange format files share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-exchange.h"

G_BEGIN_DECLS

/* brat type names and CoNLL tags cannot hold spaces or slashes:
 * "Captured/Missing" is written "Captured-Missing", "Event trigger"
 * "Event_trigger". Import compares labels through the same spelling. */
char      *_sitrep_exchange_label_token    (const char  *label);

/* The project's label names, each with its token spelling. */
GHashTable *_sitrep_exchange_label_map     (SitrepStore *store,
                                            GError     **error);

G_END_DECLS
