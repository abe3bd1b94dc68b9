/* sitrep-store-bulk-private.h — long writes on a connection of their own, for core's importers
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-store.h"

G_BEGIN_DECLS

/* A second connection to @owner's file for one long write (an import, a
 * gazetteer load) on a worker thread: the write holds this connection's
 * lock and SQLite's write lock, never the owner's, so the window's reads on
 * the owner go on meanwhile and see the last commit (WAL). It shares the
 * owner's session (undo) and emits its changes as the owner's signals.
 * Returns NULL with @error set when the owner is read-only or closed. */
SitrepStore  *_sitrep_store_open_worker    (SitrepStore   *owner,
                                            GError       **error);
/* The store a bulk write should run on: a new worker of @self, or @self
 * itself (a new reference) when @self is inside a transaction of its own,
 * which a second connection would wait on. */
SitrepStore  *_sitrep_store_bulk_writer    (SitrepStore   *self,
                                            GError       **error);

G_END_DECLS
