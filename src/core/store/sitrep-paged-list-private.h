/* sitrep-paged-list-private.h — what the tests may ask a paged list
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-paged-list.h"

G_BEGIN_DECLS

/* How many times @self has asked its subclass for the ids. */
guint _sitrep_paged_list_get_n_reads (SitrepPagedList *self);
/* How many objects @self has made (pages it loaded, in objects). */
guint _sitrep_paged_list_get_n_made (SitrepPagedList *self);

G_END_DECLS
