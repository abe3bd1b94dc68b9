/* test-datasets.c — exchange formats both ways (brat, CoNLL, doccano, Label Studio,
 * WebAnno TSV), tokens, BIO tags and agreement between annotators, against hand-worked
 * figures and against scikit-learn and NLTK (tests/agreement-oracle.py)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "sitrep-adjudication.h"
#include "sitrep-agreement.h"
#include "sitrep-merge.h"
#include "sitrep-store.h"
#include "sitrep-test-util.h"
#include "sitrep-tokens.h"
#include "sitrep-articles-private.h"
#include "sitrep-coding-private.h"

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
  place = sitrep_test_label_id (store, "Place");
  actor = sitrep_test_label_id (store, "Actor");

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
  g_autofree char *ignored = NULL;
  int status = 0;

  /* The children's output is captured: loose lines would break TAP. */
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out != NULL ? out : &ignored,
                     &err, &status, &error))
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

static char *
write_generated (const char *dir,
                 const char *n)
{
  g_autofree char *gen = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "agreement-gen.py", NULL);
  g_autofree char *out = NULL;
  char *path = g_build_filename (dir, "data.jsonl", NULL);

  g_assert_true (run ((const char *[]) { "/usr/bin/python3", gen, n, "11", NULL }, &out));
  g_assert_true (g_file_set_contents (path, out, -1, NULL));
  return path;
}

/* Each format out of one project and into another gives the same spans:
 * exactly (offsets, labels, annotators, entities, figures) where the format
 * can say so; to whole tokens in WebAnno TSV; the outermost in CoNLL. The
 * texts hold Arabic with diacritics and tatweel, emoji (flags are two code
 * points) and combining accents. */
static void
test_round_trip (gconstpointer data)
{
  const char * const *c = data;   /* format, annotator or "", mode, into articles: "bare" or "", "zip" or "" */
  const char *cli = g_getenv ("SITREP_CLI");
  g_autofree char *script = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "exchange-roundtrip.py", NULL);
  g_autofree char *dir = g_dir_make_tmp ("sitrep-exchange-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.sitrep", NULL);
  g_autofree char *b = g_build_filename (dir, "b.sitrep", NULL);
  g_autofree char *orig = g_build_filename (dir, "orig.jsonl", NULL);
  g_autofree char *back = g_build_filename (dir, "back.jsonl", NULL);
  g_autofree char *x = g_build_filename (dir, g_strcmp0 (c[4], "zip") == 0 ? "x.zip" : "x", NULL);
  g_autofree char *gen = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) ex = g_ptr_array_new ();
  g_autoptr(GPtrArray) im = g_ptr_array_new ();

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("/usr/bin/python3 is not installed");
      return;
    }
  gen = write_generated (dir, "24");
  g_assert_true (run ((const char *[]) { cli, "new", a, NULL }, NULL));
  g_assert_true (run ((const char *[]) { cli, "import-annotations", a, gen, NULL }, NULL));
  g_assert_true (run ((const char *[]) { cli, "export", a, "--format", "spans-jsonl", "-o", orig, NULL }, NULL));
  g_assert_true (run ((const char *[]) { cli, "new", b, NULL }, NULL));
  if (g_strcmp0 (c[3], "bare") == 0)
    {
      /* The project already has the articles, without spans: a text rebuilt
       * from tokens must find them. */
      g_autofree char *bare = g_build_filename (dir, "bare.jsonl", NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GString) lines = g_string_new (NULL);
      g_auto(GStrv) split = NULL;

      g_assert_true (g_file_get_contents (orig, &contents, NULL, NULL));
      split = g_strsplit (contents, "\n", -1);
      for (guint i = 0; split[i] != NULL; i++)
        {
          g_autoptr(JsonNode) node = json_from_string (split[i], NULL);
          g_autofree char *line = NULL;
          if (node == NULL)
            continue;
          json_object_set_array_member (json_node_get_object (node), "spans", json_array_new ());
          line = json_to_string (node, FALSE);
          g_string_append_printf (lines, "%s\n", line);
        }
      g_assert_true (g_file_set_contents (bare, lines->str, -1, NULL));
      g_assert_true (run ((const char *[]) { cli, "import-annotations", b, bare, NULL }, NULL));
    }

  g_ptr_array_add (ex, (gpointer) cli);
  g_ptr_array_add (ex, "export");
  g_ptr_array_add (ex, a);
  g_ptr_array_add (ex, "--format");
  g_ptr_array_add (ex, (gpointer) c[0]);
  g_ptr_array_add (ex, "-o");
  g_ptr_array_add (ex, x);
  g_ptr_array_add (im, (gpointer) cli);
  g_ptr_array_add (im, "import-annotations");
  g_ptr_array_add (im, b);
  g_ptr_array_add (im, x);
  g_ptr_array_add (im, "--format");
  g_ptr_array_add (im, (gpointer) c[0]);
  if (*c[1] != '\0')
    {
      g_ptr_array_add (ex, "--annotator");
      g_ptr_array_add (ex, (gpointer) c[1]);
      g_ptr_array_add (im, "--annotator");
      g_ptr_array_add (im, (gpointer) c[1]);
    }
  g_ptr_array_add (ex, NULL);
  g_ptr_array_add (im, NULL);
  g_assert_true (run ((const char * const *) ex->pdata, &out));
  /* the export says what it wrote where */
  g_assert_true (g_str_has_prefix (out, "Wrote ") && strstr (out, x) != NULL);
  g_clear_pointer (&out, g_free);
  if (g_strcmp0 (c[4], "zip") == 0)
    g_assert_true (g_file_test (x, G_FILE_TEST_IS_REGULAR));
  g_assert_true (run ((const char * const *) im->pdata, &out));
  g_test_message ("%s", out);
  if (g_strcmp0 (c[3], "bare") == 0)
    g_assert_nonnull (strstr (out, "0 articles created"));
  g_assert_true (run ((const char *[]) { cli, "export", b, "--format", "spans-jsonl", "-o", back, NULL }, NULL));
  g_clear_pointer (&out, g_free);
  g_assert_true (run ((const char *[]) { "/usr/bin/python3", script, c[2], orig, back, *c[1] != '\0' ? c[1] : NULL, NULL }, &out));
  g_test_message ("%s", out);
}

/* What the formats look like to the tools that read them. */
static void
test_format_shapes (void)
{
  const char *cli = g_getenv ("SITREP_CLI");
  g_autofree char *dir = g_dir_make_tmp ("sitrep-exchange-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.sitrep", NULL);
  g_autofree char *tsv = g_build_filename (dir, "tsv", NULL);
  g_autofree char *brat = g_build_filename (dir, "brat", NULL);
  g_autofree char *conll = g_build_filename (dir, "x.conll", NULL);
  g_autofree char *data = g_build_filename (dir, "d.jsonl", NULL);
  g_autofree char *file = NULL;
  g_autofree char *contents = NULL;
  /* An emoji (two UTF-16 units) before the span: WebAnno counts UTF-16, brat code points. */
  const char *line = "{\"title\":\"t\",\"text\":\"🙂 قُتِلَ 12 in Jasim.\",\"spans\":["
                     "{\"start\":15,\"end\":20,\"label\":\"Place\",\"annotator\":\"ana\"},"
                     "{\"start\":9,\"end\":11,\"label\":\"Killed\",\"annotator\":\"ana\"}]}\n";

  g_assert_true (g_file_set_contents (data, line, -1, NULL));
  g_assert_true (run ((const char *[]) { cli, "new", a, NULL }, NULL));
  g_assert_true (run ((const char *[]) { cli, "import-annotations", a, data, NULL }, NULL));

  g_assert_true (run ((const char *[]) { cli, "export", a, "--format", "webanno-tsv", "-o", tsv, NULL }, NULL));
  file = g_build_filename (tsv, "article-000001.tsv", NULL);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n#Text=🙂 قُتِلَ 12 in Jasim.\n"));
  /* "Jasim" starts at code point 15, UTF-16 unit 16. */
  g_assert_nonnull (strstr (contents, "1-5\t16-21\tJasim\tJasim\tPlace\t\n"));
  g_assert_nonnull (strstr (contents, "1-3\t10-12\t12\t*\tKilled\t\n"));
  g_clear_pointer (&file, g_free);
  g_clear_pointer (&contents, g_free);

  g_assert_true (run ((const char *[]) { cli, "export", a, "--format", "brat", "-o", brat, NULL }, NULL));
  file = g_build_filename (brat, "article-000001.ann", NULL);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\tPlace 15 20\tJasim\n"));
  g_assert_nonnull (strstr (contents, "\tKilled 9 11\t12\n"));
  g_assert_nonnull (strstr (contents, "\tCount T1 12\nA2\tQualifier T1 exact\n"));
  g_assert_nonnull (strstr (contents, "AnnotatorNotes T1\tannotator: ana\n"));
  g_assert_nonnull (strstr (contents, "\tReference T2 Sitrep:1\tJasim\n"));
  g_clear_pointer (&file, g_free);
  g_clear_pointer (&contents, g_free);

  g_assert_true (run ((const char *[]) { cli, "export", a, "--format", "conll", "-o", conll, NULL }, NULL));
  g_assert_true (g_file_get_contents (conll, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "-DOCSTART- -X- -X- O\n\n🙂 _ _ O\nقُتِلَ _ _ O\n12 _ _ B-Killed\n"
                                 "in _ _ O\nJasim _ _ B-Place\n. _ _ O\n\n");
  g_clear_pointer (&contents, g_free);

  /* Bad input: a Label Studio file that is not a list, an unknown format. */
  g_assert_true (g_file_set_contents (data, "{\"not\": \"a list\"}", -1, NULL));
  g_assert_false (run ((const char *[]) { cli, "import-annotations", a, data, "--format", "label-studio", NULL }, NULL));
  g_assert_false (run ((const char *[]) { cli, "import-annotations", a, data, "--format", "xml", NULL }, NULL));
}

static const char merge_body[] = "A bus bomb killed 20 soldiers in Jasim on Friday, the Observatory said.";

static gint64
count_annotations (SitrepStore *store,
                   gint64       article)
{
  g_autoptr(GPtrArray) list = sitrep_store_list_annotations (store, article, 0, NULL);
  return list->len;
}

/* One coder's day of work on their copy: a place linked to an entity of
 * their spelling, a figure, and the incident with a claim. */
static void
code_copy (const char *path,
           const char *who,
           const char *spelling,
           const char *description,
           gint64      killed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) s = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  SitrepEventDraft d = SITREP_EVENT_DRAFT_INIT;
  SitrepClaimDraft c = SITREP_CLAIM_DRAFT_INIT;
  gint64 me, place, event, article = 1;

  g_assert_no_error (error);
  me = sitrep_store_ensure_annotator (s, who, &error);
  place = sitrep_store_add_entity (s, "place", spelling, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_store_set_entity_place (s, place, 32.85, 35.98, "Daraa", "Syria", NULL, &error));
  sitrep_store_add_annotation (s, article, sitrep_test_label_id (s, "Place"), 33, 38, me, place, NULL, &error);
  g_assert_no_error (error);
  sitrep_store_add_annotation (s, article, sitrep_test_label_id (s, "Killed"), 18, 29, me, 0, NULL, &error);
  g_assert_no_error (error);
  /* The two coders disagree on this span's label. */
  sitrep_store_add_annotation (s, article, sitrep_test_label_id (s, g_str_equal (who, "ana") ? "Actor" : "Claimant"),
                               50, 65, me, 0, NULL, &error);
  g_assert_no_error (error);

  d.event_type = "Explosions/Remote violence";
  d.date_start = "2022-10-14";
  d.place_id = place;
  d.description = description;
  event = sitrep_store_create_event (s, &d, &error);
  g_assert_no_error (error);
  c.count_low = killed;
  c.article_id = article;
  sitrep_store_add_claim (s, event, &c, &error);
  g_assert_no_error (error);
}

/* Two coders work apart on blind copies of one project and their work is
 * merged back: nothing twice, spellings of one place become one entity,
 * a differing event field reported with both versions, one undo step each,
 * and a failed merge changes nothing. */
static void
test_merge (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-merge-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autofree char *a = g_build_filename (dir, "ana.sitrep", NULL);
  g_autofree char *b = g_build_filename (dir, "bo.sitrep", NULL);
  g_autofree char *junk = g_build_filename (dir, "junk.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  SitrepImportRecord record = { 0 };
  SitrepMergeReport report = { 0 };
  gint64 lead, article;
  gboolean found;

  g_assert_no_error (error);
  record.title = (char *) "Bus bomb in Jasim";
  record.body = (char *) merge_body;
  article = sitrep_store_add_article (store, &record, NULL, &error);
  g_assert_cmpint (article, ==, 1);
  /* The lead has coded a little already: a blind copy leaves it out. */
  lead = sitrep_store_ensure_annotator (store, "lead", &error);
  sitrep_store_add_annotation (store, article, sitrep_test_label_id (store, "Date"), 42, 48, lead, 0, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (sitrep_store_save_coder_copy (store, a, "ana", TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_store_save_coder_copy (store, b, "bo", TRUE, &error));
  g_assert_false (sitrep_store_save_coder_copy (store, b, "bo", TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  {
    g_autoptr(SitrepStore) copy = sitrep_store_open (a, SITREP_STORE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (count_annotations (copy, 1), ==, 0);
    g_assert_cmpuint (sitrep_store_count_articles (copy), ==, 1);
  }

  code_copy (a, "ana", "Jasim", "A bus was bombed.", 20);
  code_copy (b, "bo", "Jassim", "A bomb on a bus.", 18);

  g_assert_true (sitrep_store_merge_project (store, a, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.articles_present, ==, 1);
  g_assert_cmpuint (report.articles_added, ==, 0);
  g_assert_cmpuint (report.entities_added, ==, 1);
  g_assert_cmpuint (report.annotations_added, ==, 3);
  g_assert_cmpuint (report.events_added, ==, 1);
  g_assert_cmpuint (report.claims_added, ==, 1);
  g_assert_cmpuint (report.conflicts->len, ==, 0);
  sitrep_merge_report_clear (&report);

  g_assert_true (sitrep_store_merge_project (store, b, &report, NULL, &error));
  g_assert_no_error (error);
  /* "Jassim" is Jasim: one place, the new spelling an alias. */
  g_assert_cmpuint (report.entities_present, ==, 1);
  g_assert_cmpuint (report.entities_added, ==, 0);
  g_assert_cmpuint (report.annotations_added, ==, 3);
  g_assert_cmpuint (report.events_present, ==, 1);
  g_assert_cmpuint (report.events_added, ==, 0);
  g_assert_cmpuint (report.claims_added, ==, 1);
  /* The description differs: reported with both versions. */
  g_assert_cmpuint (report.conflicts->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report.conflicts, 0), "A bus was bombed."));
  g_assert_nonnull (strstr (g_ptr_array_index (report.conflicts, 0), "A bomb on a bus."));
  sitrep_merge_report_clear (&report);

  places = sitrep_store_list_entities (store, "place", &error);
  g_assert_cmpuint (places->len, ==, 1);
  found = g_strv_contains (sitrep_entity_get_aliases (g_ptr_array_index (places, 0)), "Jassim");
  g_assert_true (found);
  g_assert_cmpuint (sitrep_store_count_events (store), ==, 1);
  claims = sitrep_store_list_claims (store, 1, &error);
  g_assert_cmpuint (claims->len, ==, 2);   /* 20 by ana's reading, 18 by bo's */
  g_assert_cmpint (count_annotations (store, article), ==, 7);

  /* Merging the same copy again adds nothing. */
  g_assert_true (sitrep_store_merge_project (store, a, &report, NULL, &error));
  g_assert_cmpuint (report.annotations_added + report.events_added + report.claims_added + report.entities_added, ==, 0);
  g_assert_cmpuint (report.annotations_present, ==, 3);
  sitrep_merge_report_clear (&report);

  /* One undo takes the whole of bo's merge back (the re-merge that added
   * nothing left no step to undo). */
  {
    g_autofree char *what = sitrep_store_dup_undo_description (store);
    g_assert_nonnull (strstr (what, "bo.sitrep"));
  }
  g_assert_true (sitrep_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_annotations (store, article), ==, 4);
  g_clear_pointer (&claims, g_ptr_array_unref);
  claims = sitrep_store_list_claims (store, 1, &error);
  g_assert_cmpuint (claims->len, ==, 1);

  /* A cancelled merge leaves the project as it was (bo's new entity is
   * written before the articles are reached): no row of it, no step in the
   * history, and the undone merge can still be redone. */
  {
    g_autoptr(GCancellable) cancel = g_cancellable_new ();
    g_autoptr(GPtrArray) now = NULL;
    g_autofree char *redo_before = sitrep_store_dup_redo_description (store);
    g_autofree char *undo_before = sitrep_store_dup_undo_description (store);
    g_autofree char *redo_after = NULL;
    g_autofree char *undo_after = NULL;
    guint before = places->len;

    g_cancellable_cancel (cancel);
    g_assert_false (sitrep_store_merge_project (store, b, &report, cancel, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    sitrep_merge_report_clear (&report);
    now = sitrep_store_list_entities (store, "place", &error);
    g_assert_cmpuint (now->len, ==, before);
    g_assert_cmpint (count_annotations (store, article), ==, 4);
    redo_after = sitrep_store_dup_redo_description (store);
    undo_after = sitrep_store_dup_undo_description (store);
    g_assert_nonnull (redo_before);
    g_assert_nonnull (strstr (redo_before, "bo.sitrep"));
    g_assert_cmpstr (redo_after, ==, redo_before);
    g_assert_cmpstr (undo_after, ==, undo_before);
  }

  /* A file that is not a project: refused, nothing changed. */
  g_assert_true (g_file_set_contents (junk, "not a project", -1, NULL));
  g_assert_false (sitrep_store_merge_project (store, junk, &report, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  sitrep_merge_report_clear (&report);
  g_assert_cmpint (count_annotations (store, article), ==, 4);
  g_assert_false (sitrep_store_merge_project (store, path, &report, NULL, &error));
  g_clear_error (&error);
  sitrep_merge_report_clear (&report);

  /* The same through the command line. */
  {
    const char *cli = g_getenv ("SITREP_CLI");
    g_autofree char *c = g_build_filename (dir, "cy.sitrep", NULL);
    g_autofree char *out = NULL;

    g_clear_object (&store);
    g_assert_true (run ((const char *[]) { cli, "copy-for-coder", path, c, "--annotator", "cy", "--blind", NULL }, NULL));
    g_assert_false (run ((const char *[]) { cli, "copy-for-coder", path, c, "--annotator", "cy", NULL }, NULL));
    g_assert_true (run ((const char *[]) { cli, "merge", path, c, NULL }, &out));
    g_assert_nonnull (strstr (out, "Articles: 0 added, 1 already there"));
    g_clear_pointer (&out, g_free);
    g_assert_true (run ((const char *[]) { cli, "merge", path, b, "--json", NULL }, &out));
    g_assert_nonnull (strstr (out, "\"conflicts\""));
    g_assert_false (run ((const char *[]) { cli, "merge", path, junk, NULL }, NULL));
  }

  g_clear_object (&store);
  remove_dir (dir);
}

/* Agreed spans go into the adjudicated layer by themselves; the rest come
 * back as disagreements with each coder's version, and a kept version
 * settles its stretch. */
static void
test_adjudication (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-adjudicate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(SitrepAdjudication) adj = NULL;
  g_autoptr(SitrepAdjudication) again = NULL;
  g_autoptr(GPtrArray) gold = NULL;
  SitrepImportRecord record = { 0 };
  SitrepDisagreement *d;
  gint64 article, ana, bo, gold_id;

  record.title = (char *) "Bus bomb";
  record.body = (char *) merge_body;
  article = sitrep_store_add_article (store, &record, NULL, &error);
  ana = sitrep_store_ensure_annotator (store, "ana", &error);
  g_assert_no_error (error);

  /* One coder only: nothing to adjudicate. */
  sitrep_store_add_annotation (store, article, sitrep_test_label_id (store, "Place"), 33, 38, ana, 0, NULL, &error);
  g_assert_null (sitrep_adjudication_start (store, article, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  bo = sitrep_store_ensure_annotator (store, "bo", &error);
  sitrep_store_add_annotation (store, article, sitrep_test_label_id (store, "Place"), 33, 38, bo, 0, NULL, &error);
  sitrep_store_add_annotation (store, article, sitrep_test_label_id (store, "Killed"), 11, 29, ana, 0, NULL, &error);
  sitrep_store_add_annotation (store, article, sitrep_test_label_id (store, "Killed"), 18, 29, bo, 0, NULL, &error);
  sitrep_store_add_annotation (store, article, sitrep_test_label_id (store, "Claimant"), 50, 65, ana, 0, NULL, &error);
  g_assert_no_error (error);

  adj = sitrep_adjudication_start (store, article, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (adj->agreed_added, ==, 1);            /* Jasim */
  g_assert_cmpuint (adj->disagreements->len, ==, 2);      /* the figure; the claimant */
  d = g_ptr_array_index (adj->disagreements, 0);
  g_assert_cmpuint (d->start, ==, 11);
  g_assert_cmpuint (d->end, ==, 29);
  g_assert_cmpuint (d->versions->len, ==, 2);
  d = g_ptr_array_index (adj->disagreements, 1);
  g_assert_cmpuint (d->versions->len, ==, 1);
  g_assert_cmpstr (d->missing[0], ==, "bo");

  /* Keep bo's figure. */
  d = g_ptr_array_index (adj->disagreements, 0);
  gold_id = sitrep_adjudication_keep (store, g_ptr_array_index (d->versions, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gold_id, >, 0);

  /* Resumed: the agreed span is there, the figure is decided, the claimant is left. */
  again = sitrep_adjudication_start (store, article, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->agreed_added, ==, 0);
  g_assert_cmpuint (again->agreed_present, ==, 1);
  g_assert_cmpuint (again->disagreements->len, ==, 1);

  gold = sitrep_store_list_annotations (store, article, sitrep_store_find_annotator (store, SITREP_ADJUDICATED_ANNOTATOR),
                                        &error);
  g_assert_cmpuint (gold->len, ==, 2);
  g_assert_cmpuint (sitrep_annotation_get_start (g_ptr_array_index (gold, 0)), ==, 18);

  /* Undo takes the kept version back. */
  g_assert_true (sitrep_store_undo (store, &error));
  g_clear_pointer (&gold, g_ptr_array_unref);
  gold = sitrep_store_list_annotations (store, article, sitrep_store_find_annotator (store, SITREP_ADJUDICATED_ANNOTATOR),
                                        &error);
  g_assert_cmpuint (gold->len, ==, 1);

  g_clear_object (&store);
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
  g_test_add_func ("/sitrep/exchange/format-shapes", test_format_shapes);
  g_test_add_func ("/sitrep/merge/two-coders", test_merge);
  g_test_add_func ("/sitrep/adjudication/keep-and-resume", test_adjudication);
  g_test_add_data_func ("/sitrep/exchange/round-trip/label-studio",
                        (const char *[]) { "label-studio", "", "exact", "", "" }, test_round_trip);
  g_test_add_data_func ("/sitrep/exchange/round-trip/brat",
                        (const char *[]) { "brat", "", "exact", "", "" }, test_round_trip);
  g_test_add_data_func ("/sitrep/exchange/round-trip/brat-zip",
                        (const char *[]) { "brat", "", "exact", "", "zip" }, test_round_trip);
  g_test_add_data_func ("/sitrep/exchange/round-trip/webanno-tsv-zip",
                        (const char *[]) { "webanno-tsv", "bo", "tokens", "bare", "zip" }, test_round_trip);
  g_test_add_data_func ("/sitrep/exchange/round-trip/doccano",
                        (const char *[]) { "doccano", "ana", "spans", "", "" }, test_round_trip);
  g_test_add_data_func ("/sitrep/exchange/round-trip/webanno-tsv",
                        (const char *[]) { "webanno-tsv", "bo", "tokens", "bare", "" }, test_round_trip);
  g_test_add_data_func ("/sitrep/exchange/round-trip/conll",
                        (const char *[]) { "conll", "ana", "outer", "bare", "" }, test_round_trip);

  return g_test_run ();
}
