/* test-paged-list-ids.c — the paged list's ids in blocks, found by id, against a plain array
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-paged-list-ids.h"

static guint block_size = 1024;

/* Every position and every id, both ways, and the runs, as in @ref. */
static void
assert_same (SitrepIdSeq *seq,
             GArray      *ref,
             GHashTable  *gone)
{
  g_autofree gint64 *copy = g_new (gint64, ref->len + 1);
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpuint (sitrep_id_seq_get_length (seq), ==, ref->len);
  sitrep_id_seq_copy (seq, 0, ref->len, copy);
  g_assert_true (ref->len == 0 || memcmp (copy, ref->data, ref->len * sizeof (gint64)) == 0);
  for (guint i = 0; i < ref->len; i++)
    {
      gint64 id = g_array_index (ref, gint64, i);

      g_assert_cmpint (sitrep_id_seq_get (seq, i), ==, id);
      g_assert_cmpuint (sitrep_id_seq_find (seq, id), ==, i);
    }
  /* Ids removed are not found. */
  g_hash_table_iter_init (&iter, gone);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_cmpuint (sitrep_id_seq_find (seq, *(gint64 *) key), ==, G_MAXUINT);
  /* Runs forward and back cover the sequence in order. */
  for (guint pos = 0; pos < ref->len;)
    {
      guint n;
      const gint64 *run = sitrep_id_seq_peek_run (seq, pos, &n);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, <=, block_size);
      g_assert_true (memcmp (run, &g_array_index (ref, gint64, pos), n * sizeof (gint64)) == 0);
      pos += n;
    }
  for (guint end = ref->len; end > 0;)
    {
      guint n;
      const gint64 *run = sitrep_id_seq_peek_back (seq, end, &n);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, <=, end);
      g_assert_true (memcmp (run, &g_array_index (ref, gint64, end - n), n * sizeof (gint64)) == 0);
      end -= n;
    }
}

static void
forget (GHashTable *gone,
        gint64      id)
{
  g_hash_table_add (gone, g_memdup2 (&id, sizeof id));
}

/* Random inserts, removals, replacements and moves, with sizes across many
 * blocks (splits and merges), checked against a plain array each time. */
static void
test_random (gconstpointer data)
{
  GRand *rand = g_rand_new_with_seed (7);
  guint big = GPOINTER_TO_UINT (data);
  g_autoptr(GArray) ref = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) gone = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(SitrepIdSeq) seq = NULL;
  gint64 next_id = 1;

  /* Blocks of a thousand ids with thousands of ids, or of four with tens. */
  block_size = big ? 1024 : 4;
  _sitrep_id_seq_set_block_size (block_size);
  /* Ids not in order, as a query by date gives them. */
  for (guint i = 0; i < (big ? 3000 : 30); i++)
    {
      gint64 id = next_id++ * 7919 % 100003;

      g_array_append_val (ref, id);
    }
  next_id = 100003;
  seq = sitrep_id_seq_new ((const gint64 *) (gpointer) ref->data, ref->len);
  assert_same (seq, ref, gone);

  for (guint step = 0; step < 1500; step++)
    {
      guint op = g_rand_int_range (rand, 0, 5);
      guint pos = g_rand_int_range (rand, 0, ref->len + 1);

      if (op == 0)
        {
          /* Insert a few, or many (splits a block). */
          guint n = g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 4) : g_rand_int_range (rand, 1, big ? 1500 : 10);
          g_autofree gint64 *ids = g_new (gint64, n);

          for (guint k = 0; k < n; k++)
            ids[k] = next_id++;
          sitrep_id_seq_insert (seq, pos, ids, n);
          g_array_insert_vals (ref, pos, ids, n);
        }
      else if (op == 1 && ref->len > 0)
        {
          /* Remove a few, or a long range (across blocks). */
          guint want = g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 4) : g_rand_int_range (rand, 1, big ? 2500 : 12);
          guint n;

          pos = MIN (pos, ref->len - 1);
          n = MIN (ref->len - pos, want);
          for (guint k = 0; k < n; k++)
            forget (gone, g_array_index (ref, gint64, pos + k));
          sitrep_id_seq_remove (seq, pos, n);
          g_array_remove_range (ref, pos, n);
        }
      else if (op == 2 && ref->len > 1)
        {
          /* Replace a range with its ids turned round and one new id. */
          guint want = g_rand_int_range (rand, 2, big ? 1200 : 9), n;
          g_autofree gint64 *ids = NULL;

          pos = MIN (pos, ref->len - 2);
          n = MIN (ref->len - pos, want);
          ids = g_new (gint64, n);
          for (guint k = 0; k < n; k++)
            ids[k] = g_array_index (ref, gint64, pos + n - 1 - k);
          forget (gone, ids[0]);
          ids[0] = next_id++;
          sitrep_id_seq_replace (seq, pos, ids, n);
          memcpy (&g_array_index (ref, gint64, pos), ids, n * sizeof (gint64));
        }
      else if (ref->len > 0)
        {
          /* Move one far or near, as an edited date does. */
          guint from = MIN (pos, ref->len - 1);
          guint near = from + g_rand_int_range (rand, 0, 3);
          guint to = g_rand_boolean (rand) ? (guint) g_rand_int_range (rand, 0, ref->len) : MIN (ref->len - 1, near);
          gint64 id = g_array_index (ref, gint64, from);

          sitrep_id_seq_remove (seq, from, 1);
          sitrep_id_seq_insert (seq, to, &id, 1);
          g_array_remove_index (ref, from);
          g_array_insert_val (ref, to, id);
        }
      if (!big || step % 25 == 0 || ref->len < 50)
        assert_same (seq, ref, gone);
    }
  assert_same (seq, ref, gone);

  /* Emptied, then filled again. */
  for (guint k = 0; k < ref->len; k++)
    forget (gone, g_array_index (ref, gint64, k));
  sitrep_id_seq_remove (seq, 0, ref->len);
  g_array_set_size (ref, 0);
  assert_same (seq, ref, gone);
  {
    gint64 ids[] = { next_id, next_id + 1 };

    sitrep_id_seq_insert (seq, 0, ids, 2);
    g_array_append_vals (ref, ids, 2);
    assert_same (seq, ref, gone);
  }
  g_rand_free (rand);
}

/* Finding an id does not scan: at 500,000 ids, 2,000 moves and finds of
 * ids far apart take less time than 200 scans of the plain array (the
 * list's lookup before; its move was a memmove of the ids between too). */
static void
test_no_scan (void)
{
  const guint n = 500000;
  g_autofree gint64 *ids = g_new (gint64, n);
  g_autoptr(SitrepIdSeq) seq = NULL;
  gint64 start, scans, ours;
  volatile guint found = 0;

  for (guint i = 0; i < n; i++)
    ids[i] = (gint64) i * 2654435761u % 1000003 + 1;
  block_size = 1024;
  _sitrep_id_seq_set_block_size (block_size);
  seq = sitrep_id_seq_new (ids, n);

  start = g_get_monotonic_time ();
  for (guint r = 0; r < 200; r++)
    {
      gint64 want = ids[n - 1 - r];

      for (guint i = 0; i < n; i++)
        if (ids[i] == want)
          {
            found += i;
            break;
          }
    }
  scans = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  for (guint r = 0; r < 2000; r++)
    {
      guint from = (guint) ((guint64) r * 7919 % n), to = (guint) ((guint64) r * 104729 % n);
      gint64 id = sitrep_id_seq_get (seq, from);

      sitrep_id_seq_remove (seq, from, 1);
      sitrep_id_seq_insert (seq, to, &id, 1);
      g_assert_cmpuint (sitrep_id_seq_find (seq, id), ==, to);
    }
  ours = g_get_monotonic_time () - start;
  g_test_message ("200 scans %.1f ms, 2,000 moves and finds %.1f ms", scans / 1000.0, ours / 1000.0);
  g_assert_cmpint (ours, <, scans);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/paged-list-ids/random", GUINT_TO_POINTER (TRUE), test_random);
  g_test_add_data_func ("/paged-list-ids/random-small-blocks", GUINT_TO_POINTER (FALSE), test_random);
  g_test_add_func ("/paged-list-ids/no-scan", test_no_scan);

  return g_test_run ();
}
