/* test-agreement.c — tokens, BIO tags and agreement between annotators, against
 * hand-worked figures and against scikit-learn and NLTK (tests/agreement-oracle.py)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-agreement.h"
#include "sitrep-store.h"
#include "sitrep-tokens.h"

static void
test_tokenize (void)
{
  /* Combining acute, tatweel and diacritics stay inside their words;
   * an emoji and each punctuation mark are tokens of their own. */
  const char *text = "Jasim (جاســم) e\xcc\x81te\xcc\x81 🙂 al-Bab.\nNext";
  g_autoptr(GArray) toks = sitrep_tokenize (text);
  const char *want[] = { "Jasim", "(", "جاســم", ")", "e\xcc\x81te\xcc\x81", "🙂", "al", "-", "Bab", ".", "Next" };
  guint sentences[] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };

  g_assert_cmpuint (toks->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < toks->len; i++)
    {
      SitrepToken *t = &g_array_index (toks, SitrepToken, i);
      g_autofree char *s = g_strndup (text + t->byte_start, t->byte_end - t->byte_start);
      g_autofree char *by_offset = g_utf8_substring (text, t->start, t->end);

      g_assert_cmpstr (s, ==, want[i]);
      g_assert_cmpstr (by_offset, ==, want[i]);
      g_assert_cmpuint (t->sentence, ==, sentences[i]);
    }
  /* The emoji is one code point and two UTF-16 units. */
  g_assert_cmpuint (g_array_index (toks, SitrepToken, 5).end - g_array_index (toks, SitrepToken, 5).start, ==, 1);
  g_assert_cmpuint (g_array_index (toks, SitrepToken, 5).end16 - g_array_index (toks, SitrepToken, 5).start16, ==, 2);
  g_assert_cmpuint (g_array_index (toks, SitrepToken, 6).start16, ==, g_array_index (toks, SitrepToken, 6).start + 1);
}

static void
test_tags_outermost (void)
{
  const char *text = "Abu Bakr al-Baghdadi fled Raqqa";
  g_autoptr(GArray) toks = sitrep_tokenize (text);
  /* A person with a nested place inside it, and a place after. */
  SitrepTagSpan spans[] = { { 13, 20, 2 }, { 0, 20, 1 }, { 26, 31, 2 } };
  g_autoptr(GArray) tags = sitrep_tokens_tag (toks, spans, G_N_ELEMENTS (spans));
  g_autoptr(GArray) place = sitrep_tokens_tag_label (toks, spans, G_N_ELEMENTS (spans), 2);
  g_autoptr(GArray) back = NULL;
  guint want[] = { SITREP_TAG_B (1), SITREP_TAG_I (1), SITREP_TAG_I (1), SITREP_TAG_I (1), SITREP_TAG_I (1),
                   SITREP_TAG_O, SITREP_TAG_B (2) };
  guint want_place[] = { 0, 0, 0, 0, SITREP_TAG_B (2), 0, SITREP_TAG_B (2) };

  g_assert_cmpuint (tags->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < tags->len; i++)
    {
      g_assert_cmpuint (g_array_index (tags, guint, i), ==, want[i]);
      g_assert_cmpuint (g_array_index (place, guint, i), ==, want_place[i]);
    }

  back = sitrep_tokens_spans_from_tags (toks, (guint *) tags->data);
  g_assert_cmpuint (back->len, ==, 2);
  g_assert_cmpuint (g_array_index (back, SitrepTagSpan, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (back, SitrepTagSpan, 0).end, ==, 20);
  g_assert_cmpuint (g_array_index (back, SitrepTagSpan, 1).start, ==, 26);
}

static gint64
label_id (SitrepStore *store,
          const char  *name)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_name (g_ptr_array_index (labels, i)), name) == 0)
      return sitrep_label_get_id (g_ptr_array_index (labels, i));
  g_assert_not_reached ();
  return 0;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (dir);
}

/* The figures worked by hand in the comments. */
static void
test_hand_worked (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-agreement-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(SitrepAgreement) agr = NULL;
  SitrepImportRecord record = { 0 };
  SitrepAgreementPair *pair;
  gint64 article, ana, bo, place, actor;
  const char *names[] = { "ana", "bo", NULL };

  g_assert_no_error (error);
  record.title = (char *) "Jasim";
  record.body = (char *) "Jasim was hit in Daraa today.";
  article = sitrep_store_add_article (store, &record, NULL, &error);
  g_assert_no_error (error);
  ana = sitrep_store_ensure_annotator (store, "ana", &error);
  bo = sitrep_store_ensure_annotator (store, "bo", &error);
  place = label_id (store, "Place");
  actor = label_id (store, "Actor");

  /* ana: Place "Jasim", Place "Daraa"; bo: Actor "Jasim", Place "Daraa today". */
  sitrep_store_add_annotation (store, article, place, 0, 5, ana, 0, NULL, &error);
  g_assert_no_error (error);
  sitrep_store_add_annotation (store, article, place, 17, 22, ana, 0, NULL, &error);
  sitrep_store_add_annotation (store, article, actor, 0, 5, bo, 0, NULL, &error);
  sitrep_store_add_annotation (store, article, place, 17, 28, bo, 0, NULL, &error);
  g_assert_no_error (error);

  agr = sitrep_agreement_compute (store, names, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agr->pairs->len, ==, 1);
  pair = g_ptr_array_index (agr->pairs, 0);
  g_assert_cmpuint (pair->articles, ==, 1);
  g_assert_cmpuint (pair->overall.tokens, ==, 7);
  /* Tags: ana B-Place O O O B-Place O O; bo B-Actor O O O B-Place I-Place O.
   * po = 5/7, pe = (5/7)(4/7) + (2/7)(1/7) = 22/49, κ = 13/27. */
  g_assert_cmpfloat_with_epsilon (pair->overall.kappa_tokens, 13.0 / 27.0, 1e-12);
  /* n = 14, Σ n_c² = 9² + 1 + 3² + 1 = 92, two disagreeing units: α = 1 − 13·4/104. */
  g_assert_cmpfloat_with_epsilon (pair->overall.alpha_tokens, 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (pair->overall.span_f1_exact, 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (pair->overall.span_f1_overlap, 0.5, 1e-12);
  g_assert_cmpuint (pair->per_label->len, ==, 2);   /* Actor and Place */

  /* An annotator the project does not know is named in the message. */
  {
    const char *bad[] = { "ana", "zed", NULL };
    g_autoptr(SitrepAgreement) none = sitrep_agreement_compute (store, bad, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "zed"));
    g_clear_error (&error);
  }

  g_clear_object (&store);
  remove_dir (dir);
}

static gboolean
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, &err, &status, &error))
    g_error ("%s", error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("%s failed: %s", argv[0], err);
      return FALSE;
    }
  return TRUE;
}

/* Generated two- and three-coder data with known kinds of disagreement,
 * imported through the CLI; every figure of `agreement --json` must equal
 * scikit-learn's κ and NLTK's α on the same tokens. */
static void
test_oracles (void)
{
  const char *cli = g_getenv ("SITREP_CLI");
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *dir = g_dir_make_tmp ("sitrep-agreement-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *data = g_build_filename (dir, "data.jsonl", NULL);
  g_autofree char *spans = g_build_filename (dir, "spans.jsonl", NULL);
  g_autofree char *json = g_build_filename (dir, "agreement.json", NULL);
  g_autofree char *gen = g_build_filename (srcdir, "agreement-gen.py", NULL);
  g_autofree char *oracle = g_build_filename (srcdir, "agreement-oracle.py", NULL);
  g_autofree char *out = NULL;
  g_autofree char *check = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is not installed");
      return;
    }

  g_assert_true (run ((const char *[]) { "/usr/bin/python3", gen, "60", "7", NULL }, &out));
  g_assert_true (g_file_set_contents (data, out, -1, NULL));
  g_clear_pointer (&out, g_free);
  g_assert_true (run ((const char *[]) { cli, "new", project, NULL }, NULL));
  g_assert_true (run ((const char *[]) { cli, "import-annotations", project, data, NULL }, NULL));
  g_assert_true (run ((const char *[]) { cli, "export", project, "--format", "spans-jsonl", "-o", spans, NULL }, NULL));
  g_assert_true (run ((const char *[]) { cli, "agreement", project, "--json", NULL }, &out));
  g_assert_true (g_file_set_contents (json, out, -1, NULL));
  g_assert_nonnull (strstr (out, "\"pairs\""));

  g_spawn_sync (NULL, (char *[]) { (char *) "/usr/bin/python3", oracle, spans, json, NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL, &check, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", check);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-sklearn and python3-nltk are not installed (build-aux/sitrep-dev test installs them)");
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* Three pairs: ana/bo, ana/cy, bo/cy. */
  g_assert_nonnull (strstr (check, "ana/bo"));
  g_assert_nonnull (strstr (check, "bo/cy"));

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/agreement/tokenize", test_tokenize);
  g_test_add_func ("/sitrep/agreement/tags-outermost", test_tags_outermost);
  g_test_add_func ("/sitrep/agreement/hand-worked", test_hand_worked);
  g_test_add_func ("/sitrep/agreement/oracles", test_oracles);

  return g_test_run ();
}
