/* sitrep-test-util.h — main-loop, file and project helpers the GUI suites share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-store.h"
#include "sitrep-window.h"

G_BEGIN_DECLS

/* How long a test waits for something before it fails: generous, because CI
 * machines are shared and the sanitizer build is slow. */
#define SITREP_TEST_TIMEOUT_MS 30000

typedef gboolean (*SitrepTestCondition) (gpointer data);

/* Spins the main loop until @cond holds; fails the test naming @what after
 * SITREP_TEST_TIMEOUT_MS. */
void sitrep_test_wait_until  (SitrepTestCondition  cond,
                              gpointer             data,
                              const char          *what);
/* Spins the main loop for @ms milliseconds. */
void sitrep_test_spin        (guint                ms);
/* Removes a test's temporary folder and everything in it. */
void sitrep_test_remove_tree (const char          *path);

/* A place entity at @lat, @lon in Syria. */
gint64        sitrep_test_add_place   (SitrepStore  *store,
                                       const char   *name,
                                       double        lat,
                                       double        lon,
                                       const char   *admin1);
/* An event from @start (to @end, or NULL) with UCDP date @precision, at
 * @place_id, of @type, with one claim of @killed killed from "SOHR". */
gint64        sitrep_test_add_event   (SitrepStore  *store,
                                       const char   *start,
                                       const char   *end,
                                       int           precision,
                                       gint64        place_id,
                                       const char   *type,
                                       gint64        killed);
/* A window on @store, shown (the caller holds a reference). */
SitrepWindow *sitrep_test_open_window  (SitrepStore  *store);
/* Destroys @window and checks that it is finalized. */
void          sitrep_test_close_window (SitrepWindow *window);
/* The child named @name in the window's template or its panes' (GtkBuilder id). */
GtkWidget    *sitrep_test_template_child (SitrepWindow *window,
                                          const char   *name);
/* The window of @type open over @parent (a dialog, the event editor, the
 * presentation), as the user sees it: NULL when none is. */
GtkWidget    *sitrep_test_find_window  (GtkWindow    *parent,
                                        GType         type);

G_END_DECLS
