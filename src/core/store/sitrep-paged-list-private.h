/* sitrep-paged-list-private.h — what the tests may ask a paged list
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-paged-list.h"

G_BEGIN_DECLS

/* How many times @self has asked its subclass for the ids. */
guint _sitrep_paged_list_get_n_reads (SitrepPagedList *self);

G_END_DECLS
