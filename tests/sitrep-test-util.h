/* sitrep-test-util.h — main-loop and file helpers the GUI suites share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

G_END_DECLS
