/* test-sanitizer.c — The sanitizer build sees a GObject used after it is freed
 *
 * GLib 2.74 allocates GObjects with GSlice, which keeps freed blocks in its own
 * magazines: AddressSanitizer never learns they are freed, and a read of a
 * finalized object succeeds quietly. The suites run with G_SLICE=always-malloc
 * in the sanitizer build (tests/meson.build) so that every freed instance goes
 * back to malloc and is poisoned. This suite, built only with
 * -Db_sanitize=address, fails when that environment is lost.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib-object.h>

static void
test_freed_object_child (void)
{
  GObject *object = g_object_new (G_TYPE_OBJECT, NULL);
  volatile GTypeInstance *instance = (GTypeInstance *) object;

  g_object_unref (object);
  /* Reached only when the sanitizer missed the read above. */
  g_print ("read a finalized object's class: %p\n", (gpointer) instance->g_class);
}

static void
test_freed_object (void)
{
  g_test_trap_subprocess ("/sanitizer/freed-object/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*heap-use-after-free*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sanitizer/freed-object", test_freed_object);
  g_test_add_func ("/sanitizer/freed-object/subprocess", test_freed_object_child);

  return g_test_run ();
}
