/* gen-corpus.c — writes N generated news-like articles for benchmarks and manual tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "bench-corpus.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean jsonl = FALSE;
  gint64 seed = (gint64) BENCH_DEFAULT_SEED;
  guint64 n;
  GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl, "Write DIR/corpus.jsonl instead of one .txt file per article", NULL },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed (the same seed gives the same articles)", "N" },
    { NULL }
  };

  context = g_option_context_new ("N DIR");
  g_option_context_set_summary (context,
                                "Writes N realistic ~3 KB English news-like articles into DIR as\n"
                                "article-NNNNNN.txt (title line, blank line, dateline, paragraphs).");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "gen-corpus: %s\n", error->message);
      return 2;
    }
  if (argc != 3 || !g_ascii_string_to_unsigned (argv[1], 10, 1, 10000000, &n, NULL))
    {
      fprintf (stderr, "gen-corpus: usage: gen-corpus [--jsonl] [--seed N] N DIR\n");
      return 2;
    }

  if (jsonl)
    {
      g_autofree char *path = g_build_filename (argv[2], "corpus.jsonl", NULL);

      if (g_mkdir_with_parents (argv[2], 0755) != 0 ||
          !bench_corpus_write_jsonl ((guint) n, path, (guint64) seed, &error))
        {
          fprintf (stderr, "gen-corpus: %s\n", error != NULL ? error->message : argv[2]);
          return 1;
        }
      printf ("%s\n", path);
    }
  else
    {
      g_autoptr(GPtrArray) names = bench_corpus_write_files ((guint) n, argv[2], (guint64) seed, &error);

      if (names == NULL)
        {
          fprintf (stderr, "gen-corpus: %s\n", error->message);
          return 1;
        }
      printf ("%u files in %s\n", names->len, argv[2]);
    }
  return 0;
}
