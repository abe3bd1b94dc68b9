/* test-util-log.c — a fatal critical in a suite says whose it was: the stack that logs it comes before the message
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib-object.h>

#include "sitrep-test-util.h"

static void
test_stack_child (void)
{
  /* A critical from inside GObject, as "g_object_ref: assertion
   * '!object_already_finalized' failed" was. */
  g_object_unref (NULL);
}

/* The stack goes to stderr before the message, and names the frames that
 * logged it (GLib's, above the caller), in the plain and the sanitizer
 * build alike. */
static void
test_stack (void)
{
  g_test_trap_subprocess ("/util/fatal-message-stack/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*The stack that logs the next message:*g_logv*g_object_unref: assertion*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/util/fatal-message-stack", test_stack);
  g_test_add_func ("/util/fatal-message-stack/subprocess", test_stack_child);

  return g_test_run ();
}
