/* test-import.c — reading files of every kind and importing them into a project
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sitrep-import.h"
#include "sitrep-import-job.h"
#include "sitrep-store.h"
#include "sitrep-articles-private.h"

typedef struct
{
  char        *dir;
  char        *path;
  SitrepStore *store;
} Project;

static const char prose_utf8[] =
  "Fighting Resumes Near The Café In Old Town\n"
  "\n"
  "Fighting resumed on Monday near the old café in the centre of the town, residents said, after two days of calm.\n"
  "\n"
  "At least three people were wounded by shelling in the afternoon, according to local medics.\n";

static const char arabic_utf8[] =
  "اشتباكات عنيفة في ريف درعا الغربي\n"
  "\n"
  "اندلعت اشتباكات عنيفة بين القوات الحكومية ومسلحين محليين في مدينة جاسم بريف درعا الغربي، وسط حظر تجول فرضته السلطات على السكان.\n"
  "\n"
  "وقالت مصادر محلية إن العملية الأمنية مستمرة منذ عدة أيام وإن الطرق المؤدية إلى المدينة ما زالت مغلقة.\n";

/* ---- helpers ---- */

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
}

static GPtrArray *
parse (const void   *data,
       gsize         len,
       const char   *name,
       const char   *encoding,
       GPtrArray   **warnings,
       GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);

  return sitrep_import_parse_bytes (bytes, name, SITREP_IMPORT_FORMAT_AUTO, encoding, warnings, error);
}

static SitrepImportRecord *
parse_one (const void *data,
           gsize       len,
           const char *name,
           const char *encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = parse (data, len, name, encoding, NULL, &error);
  SitrepImportRecord *record;

  g_assert_no_error (error);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, 1);
  record = g_ptr_array_steal_index (records, 0);
  g_ptr_array_set_free_func (records, NULL);
  return record;
}

static GPtrArray *
parse_fixture (const char  *name,
               GPtrArray  **warnings,
               GError     **error)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, warnings, NULL, error);
}

static gboolean
warnings_have (GPtrArray  *warnings,
               const char *prefix)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (warnings, i), prefix))
      return TRUE;
  return FALSE;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("did not expect “%s” in:\n%s", needle, haystack);
}

static char *
tmp_file (const char *dir,
          const char *name,
          const void *data,
          gsize       len)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

static void
project_setup (Project       *p,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  p->dir = g_dir_make_tmp ("sitrep-import-XXXXXX", &error);
  g_assert_no_error (error);
  p->path = g_build_filename (p->dir, "test.sitrep", NULL);
  p->store = sitrep_store_create (p->path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static void
project_teardown (Project       *p,
                  gconstpointer  data)
{
  if (p->store != NULL)
    {
      sitrep_store_close (p->store);
      g_clear_object (&p->store);
    }
  remove_tree (p->dir);
  g_free (p->dir);
  g_free (p->path);
}

/* ---- encodings ---- */

static void
test_utf8 (void)
{
  g_autoptr(SitrepImportRecord) r = parse_one (prose_utf8, strlen (prose_utf8), "report.txt", NULL);

  g_assert_cmpstr (r->original_encoding, ==, "UTF-8");
  g_assert_cmpstr (r->title, ==, "Fighting Resumes Near The Café In Old Town");
  g_assert_true (g_str_has_prefix (r->body, "Fighting resumed on Monday near the old café"));
  g_assert_cmpstr (r->original_type, ==, "text/plain");
  g_assert_cmpstr (r->original_name, ==, "report.txt");
  g_assert_cmpuint (g_bytes_get_size (r->original), ==, strlen (prose_utf8));
  g_assert_cmpstr (r->language, ==, "en");
}

static void
test_utf8_bom (void)
{
  g_autofree char *data = g_strconcat ("\xef\xbb\xbf", prose_utf8, NULL);
  g_autoptr(SitrepImportRecord) r = parse_one (data, strlen (data), "report.txt", NULL);

  g_assert_cmpstr (r->original_encoding, ==, "UTF-8");
  g_assert_cmpstr (r->title, ==, "Fighting Resumes Near The Café In Old Town");
  /* the original keeps its BOM; the text does not */
  g_assert_cmpuint (g_bytes_get_size (r->original), ==, strlen (data));
}

static void
check_utf16 (const char *encoding,
             const char *bom)
{
  gsize n = 0;
  g_autofree char *converted = g_convert (prose_utf8, -1, encoding, "UTF-8", NULL, &n, NULL);
  g_autofree char *data = g_malloc (n + 2);
  g_autoptr(SitrepImportRecord) r = NULL;

  g_assert_nonnull (converted);
  memcpy (data, bom, 2);
  memcpy (data + 2, converted, n);
  r = parse_one (data, n + 2, "report.txt", NULL);
  g_assert_cmpstr (r->original_encoding, ==, encoding);
  g_assert_cmpstr (r->title, ==, "Fighting Resumes Near The Café In Old Town");
  g_assert_true (g_str_has_prefix (r->body, "Fighting resumed"));
}

static void
test_utf16le_bom (void)
{
  check_utf16 ("UTF-16LE", "\xff\xfe");
}

static void
test_utf16be_bom (void)
{
  check_utf16 ("UTF-16BE", "\xfe\xff");
}

static void
test_utf16_no_bom (void)
{
  gsize n = 0;
  g_autofree char *data = g_convert (prose_utf8, -1, "UTF-16LE", "UTF-8", NULL, &n, NULL);
  g_autofree char *detected = NULL;
  g_autofree char *text = sitrep_import_decode ((const guint8 *) data, n, NULL, &detected, NULL);

  g_assert_cmpstr (detected, ==, "UTF-16LE");
  g_assert_cmpstr (text, ==, prose_utf8);
}

static void
test_utf32_bom (void)
{
  gsize n = 0;
  g_autofree char *converted = g_convert (prose_utf8, -1, "UTF-32LE", "UTF-8", NULL, &n, NULL);
  g_autofree char *data = g_malloc (n + 4);
  g_autofree char *detected = NULL;
  g_autofree char *text = NULL;

  memcpy (data, "\xff\xfe\x00\x00", 4);
  memcpy (data + 4, converted, n);
  text = sitrep_import_decode ((const guint8 *) data, n + 4, NULL, &detected, NULL);
  g_assert_cmpstr (detected, ==, "UTF-32LE");
  g_assert_cmpstr (text, ==, prose_utf8);
}

static void
test_windows_1256 (void)
{
  gsize n = 0;
  g_autofree char *data = g_convert (arabic_utf8, -1, "CP1256", "UTF-8", NULL, &n, NULL);
  g_autoptr(SitrepImportRecord) r = NULL;

  g_assert_nonnull (data);
  r = parse_one (data, n, "arabic.txt", NULL);
  g_assert_cmpstr (r->original_encoding, ==, "windows-1256");
  g_assert_cmpstr (r->title, ==, "اشتباكات عنيفة في ريف درعا الغربي");
  g_assert_true (g_str_has_prefix (r->body, "اندلعت اشتباكات عنيفة"));
  g_assert_cmpstr (r->language, ==, "ar");
}

static void
test_windows_1252 (void)
{
  const char data[] = "Le caf\xe9 est ferm\xe9 depuis lundi \x96 \x93" "d\xe9j\xe0\x94 vu.";
  g_autofree char *detected = NULL;
  g_autofree char *text = sitrep_import_decode ((const guint8 *) data, strlen (data), NULL, &detected, NULL);

  g_assert_cmpstr (detected, ==, "windows-1252");
  g_assert_cmpstr (text, ==, "Le café est fermé depuis lundi – “déjà” vu.");
}

static void
test_forced_encoding (void)
{
  const char latin1[] = "caf\xe9 cr\xe8me";
  g_autoptr(GError) error = NULL;
  g_autofree char *detected = NULL;
  g_autofree char *as_1256 = NULL;
  g_autofree char *as_latin1 = sitrep_import_decode ((const guint8 *) latin1, strlen (latin1),
                                                     "ISO-8859-1", &detected, &error);
  char *bad;

  g_assert_no_error (error);
  g_assert_cmpstr (as_latin1, ==, "café crème");
  g_assert_cmpstr (detected, ==, "ISO-8859-1");

  /* the user's choice wins over detection: é is U+00E9 in 1256 as well, è too */
  as_1256 = sitrep_import_decode ((const guint8 *) latin1, strlen (latin1), "windows-1256", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (as_1256, ==, "café crème");

  /* forced UTF-8 on bytes that are not: ENCODING with the offset */
  bad = sitrep_import_decode ((const guint8 *) latin1, strlen (latin1), "UTF-8", NULL, &error);
  g_assert_null (bad);
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING);
  assert_contains (error->message, "offset 3");
  g_clear_error (&error);

  bad = sitrep_import_decode ((const guint8 *) latin1, strlen (latin1), "no-such-charset", NULL, &error);
  g_assert_null (bad);
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING);
  assert_contains (error->message, "no-such-charset");
}

static void
test_invalid_utf8 (void)
{
  /* invalid UTF-8 in an automatic import falls back to a legacy encoding */
  const char data[] = "Shelling hit the town \xff\xfe of Ariha \xc3\x28 on Sunday, killing two, residents said.";
  g_autoptr(SitrepImportRecord) r = parse_one (data, strlen (data), "broken.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, strlen (data));
  g_autoptr(GPtrArray) records = NULL;

  g_assert_cmpstr (r->original_encoding, ==, "windows-1252");
  g_assert_true (g_utf8_validate (r->body, -1, NULL));
  assert_contains (r->body, "Shelling hit the town ÿþ of Ariha");

  records = sitrep_import_parse_bytes (bytes, "broken.txt", SITREP_IMPORT_FORMAT_TEXT, "UTF-8", NULL, &error);
  g_assert_null (records);
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING);
  assert_contains (error->message, "“broken.txt”");
  assert_contains (error->message, "offset 22");
}

static void
test_line_ends_and_nuls (void)
{
  const char data[] = "one\r\ntwo\rthree\0four\n";
  g_autofree char *text = sitrep_import_decode ((const guint8 *) data, sizeof data - 1, NULL, NULL, NULL);

  g_assert_cmpstr (text, ==, "one\ntwo\nthreefour\n");
}

/* ---- bad input ---- */

static void
test_binary_png (Project *p, gconstpointer data)
{
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  };
  g_autofree char *path = tmp_file (p->dir, "photo.txt", png, sizeof png);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error);
  static const guint8 noise[] = { 1, 2, 3, 0, 4, 5, 6, 0, 0, 7, 8, 0, 0, 0, 9, 0, 0, 0, 0, 14 };
  g_autoptr(GBytes) noise_bytes = g_bytes_new (noise, sizeof noise);

  g_assert_null (records);
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_BINARY);
  g_assert_cmpstr (error->message, ==, "“photo.txt” is not a text file (it looks like a PNG image)");
  g_clear_error (&error);

  g_assert_null (sitrep_import_parse_bytes (noise_bytes, "data.txt", SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, &error));
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_BINARY);
  g_assert_cmpuint (sitrep_store_count_articles (p->store), ==, 0);
}

static void
test_empty (Project *p, gconstpointer data)
{
  g_autofree char *path = tmp_file (p->dir, "x.txt", "", 0);
  g_autofree char *blank = tmp_file (p->dir, "blank.txt", " \n\r\n\t ", 6);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) blank_file = g_file_new_for_path (blank);
  g_autoptr(GError) error = NULL;

  g_assert_null (sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "“x.txt” is empty");
  g_clear_error (&error);

  g_assert_null (sitrep_import_parse_file (blank_file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY);
}

static void
test_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dir/x.txt");
  g_autoptr(GError) error = NULL;

  g_assert_null (sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "“x.txt” does not exist");
}

static void
test_directory (Project *p, gconstpointer data)
{
  g_autoptr(GFile) file = g_file_new_for_path (p->dir);
  g_autoptr(GError) error = NULL;

  g_assert_null (sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NOT_A_FILE);
  assert_contains (error->message, "folder");
}

static void
test_too_large (Project *p, gconstpointer data)
{
  g_autofree char *path = g_build_filename (p->dir, "big.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY, 0644);

  /* sparse: refused from its size, before a byte is read */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 80 * 1024 * 1024), ==, 0);
  close (fd);

  g_assert_null (sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL, NULL, &error));
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "“big.txt” is 80 MB; Sitrep imports files up to 64 MB");
}

static void
test_large_50mb (Project *p, gconstpointer data)
{
  g_autofree char *path = g_build_filename (p->dir, "large.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_sized_new (51 * 1024 * 1024);
  g_autoptr(GPtrArray) results = NULL;
  SitrepImportResult *result;
  guint i = 0;

  g_string_append (text, "A Very Long Report On The Fighting\n\n");
  while (text->len < 50 * 1024 * 1024)
    g_string_append_printf (text, "Paragraph %u: shelling continued overnight in the villages of the "
                                  "southern countryside, residents said, and several houses were "
                                  "damaged while families fled towards the north.\n\n", i++);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  results = sitrep_import_files (p->store, &file, 1, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  /* imported whole, or refused with a clear message: never a freeze */
  if (result->outcome == SITREP_IMPORT_OUTCOME_IMPORTED)
    {
      g_autofree char *body = sitrep_store_get_article_body (p->store, result->id, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (result->title, ==, "A Very Long Report On The Fighting");
      g_assert_true (g_str_has_prefix (body, "Paragraph 0: shelling"));
      g_assert_cmpuint (strlen (body), >, 49 * 1024 * 1024);
    }
  else
    {
      g_assert_cmpint (result->outcome, ==, SITREP_IMPORT_OUTCOME_FAILED);
      g_assert_nonnull (result->message);
      g_assert_cmpuint (sitrep_store_count_articles (p->store), ==, 0);
    }
}

static void
test_html_deep_nesting (void)
{
  g_autoptr(GString) html = g_string_new ("<!DOCTYPE html><html><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (html, i % 2 ? "<div>" : "<span>");
  g_string_append (html, "<p>Deep inside, a sentence about shelling in the town of Ariha on Sunday, residents said.</p>");
  g_string_append (html, "<script type=\"application/ld+json\">");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (html, '[');
  g_string_append (html, "</script></body></html>");

  records = parse (html->str, html->len, "deep.html", NULL, NULL, &error);
  /* either the text is found or a clear error: no crash, no hang */
  if (records == NULL)
    g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_NO_TEXT);
  else
    g_assert_cmpuint (records->len, ==, 1);
}

static void
test_hostile_title (Project *p, gconstpointer data)
{
  const char title[] = "Robert'); DROP TABLE articles;-- $(rm -rf ~) `id` | & ; \" <script> %s %n";
  g_autofree char *text = g_strdup_printf ("%s\n\nThe article's body: text about fighting near the town, "
                                           "with several people wounded, residents said on Monday.\n",
                                           title);
  g_autofree char *path = tmp_file (p->dir, "'; DROP TABLE x; $(id).txt", text, strlen (text));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) results = sitrep_import_files (p->store, &file, 1, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL);
  SitrepImportResult *result = g_ptr_array_index (results, 0);
  g_autoptr(SitrepArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (result->outcome, ==, SITREP_IMPORT_OUTCOME_IMPORTED);
  article = sitrep_store_get_article (p->store, result->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_article_get_title (article), ==, title);
  g_assert_cmpuint (sitrep_store_count_articles (p->store), ==, 1);
}

/* ---- formats ---- */

static void
test_format_sniffing (void)
{
  const char page[] = "<!DOCTYPE html><html><head><title>A Page</title></head><body><p>A paragraph about an attack near Homs on Friday, killing three, officials said.</p></body></html>";
  const char lines[] = "{\"title\": \"One\", \"text\": \"A text.\"}\n{\"title\": \"Two\", \"text\": \"Another text.\"}\n";
  g_autoptr(SitrepImportRecord) html = parse_one (page, strlen (page), "saved-page.txt", NULL);
  g_autoptr(GPtrArray) records = parse (lines, strlen (lines), "export", NULL, NULL, NULL);

  g_assert_cmpstr (html->original_type, ==, "text/html");
  g_assert_cmpstr (html->title, ==, "A Page");
  g_assert_cmpuint (records->len, ==, 2);
}

/* A hard-wrapped report reaches the body as paragraphs, not one paragraph
 * a line, whatever the file is named (.txt, .md, .eml all read as plain
 * text) and inside an HTML page's <pre>. */
static void
test_hard_wrapped_files (void)
{
  const char text[] =
    "Checkpoint Attacked Near Deir Ezzor\n"
    "\n"
    "Gunmen attacked an army checkpoint east of Deir Ezzor late on Friday,\n"
    "and four soldiers had been\n"
    "killed by the time reinforcements arrived, a military source said.\n"
    "\n"
    "The source said two of the attackers were\n"
    "captured.\n";
  const char expected[] =
    "Gunmen attacked an army checkpoint east of Deir Ezzor late on Friday, and four soldiers had "
    "been killed by the time reinforcements arrived, a military source said.\n\n"
    "The source said two of the attackers were captured.";
  const char page[] =
    "<!DOCTYPE html><html><head><title>Checkpoint Attacked Near Deir Ezzor</title></head><body>"
    "<h1>Checkpoint Attacked Near Deir Ezzor</h1><pre>"
    "Gunmen attacked an army checkpoint east of Deir Ezzor late on Friday,\n"
    "and four soldiers had been\n"
    "killed by the time reinforcements arrived, a military source said.\n"
    "\n"
    "The source said two of the attackers were\n"
    "captured.\n"
    "</pre></body></html>";
  const char *names[] = { "report.txt", "report.md", "report.eml", "report" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SitrepImportRecord) r = parse_one (text, strlen (text), names[i], NULL);

      g_assert_cmpstr (r->original_type, ==, "text/plain");
      g_assert_cmpstr (r->title, ==, "Checkpoint Attacked Near Deir Ezzor");
      g_assert_cmpstr (r->body, ==, expected);
    }

  {
    g_autoptr(SitrepImportRecord) r = parse_one (page, strlen (page), "report.html", NULL);

    g_assert_cmpstr (r->original_type, ==, "text/html");
    g_assert_cmpstr (r->body, ==, expected);
  }
}

static void
test_html_opengraph (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = parse_fixture ("article-og.html", NULL, &error);
  SitrepImportRecord *r;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  r = g_ptr_array_index (records, 0);
  g_assert_cmpstr (r->title, ==, "Shelling Kills Four In Southern Idlib");
  g_assert_cmpstr (r->source, ==, "Levant Monitor");
  g_assert_cmpstr (r->url, ==, "https://levant-monitor.example/2021/04/shelling-idlib");
  /* 01:30 at +03:00 is the previous day in UTC: the page's own date is kept */
  g_assert_cmpstr (r->published, ==, "2021-04-02");
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_cmpstr (r->author, ==, "Sara Khalil");
  g_assert_cmpstr (r->language, ==, "en");
  g_assert_cmpstr (r->original_type, ==, "text/html");
  g_assert_true (g_str_has_prefix (r->body, "Artillery shelling killed four civilians"));
  assert_contains (r->body, "\n\nThe White Helmets civil defence group");
  assert_contains (r->body, "There was no immediate comment from Damascus.");
  assert_lacks (r->body, "tracking");
  assert_lacks (r->body, "font-family");
  assert_lacks (r->body, "Donate");
  assert_lacks (r->body, "Share on Facebook");
  assert_lacks (r->body, "Related");
  assert_lacks (r->body, "Ceasefire talks stall");
  assert_lacks (r->body, "Terrible news");
  assert_lacks (r->body, "Most read");
  assert_lacks (r->body, "©");
  assert_lacks (r->body, "File photo");
  assert_lacks (r->body, "Shelling Kills Four");
}

static void
test_html_json_ld (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = parse_fixture ("article-jsonld.html", NULL, &error);
  SitrepImportRecord *r;

  g_assert_no_error (error);
  r = g_ptr_array_index (records, 0);
  g_assert_cmpstr (r->title, ==, "ISIS Cell Ambushes Army Bus Near Palmyra");
  g_assert_cmpstr (r->published, ==, "2020-08-25");
  g_assert_cmpstr (r->author, ==, "Omar Nasser");
  g_assert_cmpstr (r->source, ==, "Desert Dispatch");
  g_assert_cmpstr (r->url, ==, "https://desert-dispatch.example/palmyra-ambush");
  g_assert_true (g_str_has_prefix (r->body, "ISIS militants ambushed a bus"));
  assert_contains (r->body, "State media reported the attack but gave no casualty figure.");
  assert_lacks (r->body, "Home");
  assert_lacks (r->body, "Privacy");
  assert_lacks (r->body, "ISIS Cell Ambushes");
}

static void
test_html_charset (void)
{
  g_autofree char *page = g_strdup_printf ("<html><head><meta http-equiv=\"Content-Type\" "
                                           "content=\"text/html; charset=windows-1256\">"
                                           "<title>%s</title></head><body><p>%s</p></body></html>",
                                           "خبر", arabic_utf8);
  gsize n = 0;
  g_autofree char *bytes = g_convert (page, -1, "CP1256", "UTF-8", NULL, &n, NULL);
  g_autoptr(SitrepImportRecord) r = parse_one (bytes, n, "page.html", NULL);

  g_assert_cmpstr (r->original_encoding, ==, "windows-1256");
  g_assert_cmpstr (r->title, ==, "خبر");
  assert_contains (r->body, "اندلعت اشتباكات عنيفة");
}

static void
test_csv_alternative_columns (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) records = parse_fixture ("alt-columns.csv", &warnings, &error);
  SitrepImportRecord *r;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_cmpuint (warnings->len, ==, 0);

  r = g_ptr_array_index (records, 0);
  g_assert_cmpstr (r->title, ==, "Strike on Ariha market");
  g_assert_cmpstr (r->body, ==, "An air strike hit the market in Ariha on Sunday, killing nine civilians, rescuers said.");
  g_assert_cmpstr (r->source, ==, "Levant Monitor");
  g_assert_cmpstr (r->url, ==, "https://levant-monitor.example/ariha");
  g_assert_cmpstr (r->author, ==, "Sara Khalil");
  g_assert_cmpstr (r->published, ==, "2021-03-14");
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_cmpuint (r->line, ==, 2);
  g_assert_cmpstr (r->original_type, ==, "text/csv");
  {
    const char row[] = "Strike on Ariha market;An air strike hit the market in Ariha on Sunday, "
                       "killing nine civilians, rescuers said.;2021-03-14;Levant Monitor;"
                       "https://levant-monitor.example/ariha;Sara Khalil";

    /* the row's own bytes, line end excluded */
    g_assert_cmpmem (g_bytes_get_data (r->original, NULL), g_bytes_get_size (r->original),
                     row, strlen (row));
  }

  r = g_ptr_array_index (records, 1);
  g_assert_cmpstr (r->published, ==, "2021-03");
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_MONTH);
  g_assert_null (r->author);
  g_assert_cmpuint (r->line, ==, 3);

  r = g_ptr_array_index (records, 2);
  g_assert_null (r->published);
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_UNKNOWN);
  g_assert_cmpstr (r->published_note, ==, "19 October (year unknown)");
  g_assert_null (r->url);
}

static void
test_csv_quoted_newlines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = parse_fixture ("quoted-newlines.csv", NULL, &error);
  SitrepImportRecord *r;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  r = g_ptr_array_index (records, 0);
  g_assert_cmpstr (r->title, ==, "Two paragraphs, one field");
  g_assert_cmpstr (r->body, ==, "First paragraph of the article, with a comma.\n\nSecond paragraph with \"quotes\" inside.");
  g_assert_cmpuint (r->line, ==, 2);
  r = g_ptr_array_index (records, 1);
  g_assert_cmpstr (r->title, ==, "Plain row");
  g_assert_cmpstr (r->published, ==, "2020-08-25");
  g_assert_cmpuint (r->line, ==, 5);
}

static void
test_csv_broken_quoting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) records = parse_fixture ("broken-quoting.csv", &warnings, &error);
  g_autoptr(GString) many = g_string_new ("title,text\n");
  g_autoptr(GPtrArray) records2 = NULL;
  g_autoptr(GPtrArray) warnings2 = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (((SitrepImportRecord *) g_ptr_array_index (records, 0))->title, ==, "Good first");
  g_assert_cmpstr (((SitrepImportRecord *) g_ptr_array_index (records, 1))->title, ==, "Good last");
  g_assert_true (warnings_have (warnings, "line 3: "));

  /* every line broken: each stray quote pairs with the next line's, the
   * last one is never closed; bounded work and a report of the last */
  for (guint i = 0; i < 20001; i++)
    g_string_append (many, "x,\"never closed\n");
  records2 = parse (many->str, many->len, "many.csv", NULL, &warnings2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records2->len, ==, 10000);
  g_assert_true (warnings_have (warnings2, "line 20002: a quoted field is never closed"));
}

static void
test_csv_no_text_column (void)
{
  const char csv[] = "title,url\nOne,https://example.org\n";
  g_autoptr(GError) error = NULL;

  g_assert_null (parse (csv, strlen (csv), "list.csv", NULL, NULL, &error));
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_PARSE);
  assert_contains (error->message, "“title”, “url”");
}

static void
test_csv_tab_separated (void)
{
  const char tsv[] = "article_title\tstory\tsite\nA title\tThe story text.\tSite Name\n";
  g_autoptr(GPtrArray) records = parse (tsv, strlen (tsv), "export.tsv", NULL, NULL, NULL);
  SitrepImportRecord *r = g_ptr_array_index (records, 0);

  g_assert_cmpstr (r->title, ==, "A title");
  g_assert_cmpstr (r->body, ==, "The story text.");
  g_assert_cmpstr (r->source, ==, "Site Name");
}

static void
test_jsonl_broken_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) records = parse_fixture ("mixed.jsonl", &warnings, &error);
  SitrepImportRecord *r;
  const char first_line[] = "{\"title\": \"First\", \"text\": \"The first article text.\", \"source\": \"CENTCOM\", \"url\": \"https://example.org/1\"}";

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  r = g_ptr_array_index (records, 0);
  g_assert_cmpstr (r->title, ==, "First");
  g_assert_cmpstr (r->source, ==, "CENTCOM");
  g_assert_cmpuint (r->line, ==, 1);
  g_assert_cmpmem (g_bytes_get_data (r->original, NULL), g_bytes_get_size (r->original),
                   first_line, strlen (first_line));
  r = g_ptr_array_index (records, 1);
  g_assert_cmpstr (r->title, ==, "Third");
  g_assert_cmpstr (r->body, ==, "The third article text.");
  g_assert_cmpstr (r->author, ==, "Press Desk");
  g_assert_cmpstr (r->published, ==, "2016-11-05");
  g_assert_cmpuint (r->line, ==, 4);

  g_assert_true (warnings_have (warnings, "line 3: not valid JSON"));
  g_assert_true (warnings_have (warnings, "line 5: not a JSON object"));
  g_assert_true (warnings_have (warnings, "line 6: no article text"));
}

/* An article with no date in it takes one from a dated web address, and
 * says so; a date in the content always wins. */
static void
test_url_dates (void)
{
  static const char jsonl[] =
    "{\"title\": \"Month\", \"text\": \"A statement on Syria.\", \"url\": \"https://www.state.gov/secretary/remarks/2016/12/264967.htm\"}\n"
    "{\"title\": \"Day\", \"text\": \"Strikes continued.\", \"url\": \"https://news.example/2016/12/05/strikes\"}\n"
    "{\"title\": \"Content\", \"text\": \"Strikes continued.\", \"date\": \"5 November 2016\", \"url\": \"https://news.example/2015/01/07/strikes\"}\n"
    "{\"title\": \"Words\", \"text\": \"Strikes continued.\", \"date\": \"19 October\", \"url\": \"https://news.example/2015/01/07/strikes\"}\n"
    "{\"title\": \"Old\", \"text\": \"Strikes continued.\", \"url\": \"https://news.example/1850/13/strikes\"}\n"
    "{\"title\": \"No day\", \"text\": \"Strikes continued.\", \"url\": \"https://news.example/2016/02/30/strikes\"}\n"
    "{\"title\": \"Undated\", \"text\": \"Strikes continued.\", \"url\": \"https://www.centcom.mil/Article/1044663/strikes/\"}\n";
  static const char html[] =
    "<html><head><title>Strikes near Raqqa</title>"
    "<link rel=\"canonical\" href=\"https://news.example/2017/06/raqqa-strikes\"></head>"
    "<body><article><h1>Strikes near Raqqa</h1>"
    "<p>Coalition aircraft struck positions west of the city, a spokesman said.</p>"
    "<p>There was no word on casualties.</p></article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = parse (jsonl, strlen (jsonl), "dated.jsonl", NULL, NULL, &error);
  g_autoptr(SitrepImportRecord) page = NULL;
  SitrepImportRecord *r;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 7);

  r = g_ptr_array_index (records, 0);
  g_assert_cmpstr (r->published, ==, "2016-12");
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_MONTH);
  g_assert_cmpstr (r->published_note, ==, "Date taken from the web address");

  r = g_ptr_array_index (records, 1);
  g_assert_cmpstr (r->published, ==, "2016-12-05");
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_nonnull (r->published_note);

  /* The date the record gives, not the address's. */
  r = g_ptr_array_index (records, 2);
  g_assert_cmpstr (r->published, ==, "2016-11-05");
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_null (r->published_note);

  /* A date without its year is still the content's: no year is taken from elsewhere. */
  r = g_ptr_array_index (records, 3);
  g_assert_null (r->published);
  g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_UNKNOWN);
  g_assert_cmpstr (r->published_note, ==, "19 October (year unknown)");

  for (guint i = 4; i < 7; i++)
    {
      r = g_ptr_array_index (records, i);
      g_assert_null (r->published);
      g_assert_cmpint (r->published_precision, ==, SITREP_DATE_PRECISION_UNKNOWN);
      g_assert_null (r->published_note);
    }

  /* A web page's canonical address, when the page itself has no date. */
  page = parse_one (html, strlen (html), "raqqa.html", NULL);
  g_assert_cmpstr (page->url, ==, "https://news.example/2017/06/raqqa-strikes");
  g_assert_cmpstr (page->published, ==, "2017-06");
  g_assert_cmpint (page->published_precision, ==, SITREP_DATE_PRECISION_MONTH);
  g_assert_cmpstr (page->published_note, ==, "Date taken from the web address");
}

static void
test_jsonl_public_domain (void)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");
  const char *files[] = { "centcom.jsonl", "us-state-department.jsonl" };

  if (shared == NULL || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("SITREP_SHARED_DIR is not set or not a folder: the public-domain corpus is not here");
      return;
    }

  for (gsize f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_build_filename (shared, "corpus", "public-domain", files[f], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GPtrArray) records = NULL;
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      guint n = 0;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_skip ("the public-domain corpus is not in SITREP_SHARED_DIR/corpus/public-domain");
          return;
        }
      records = sitrep_import_parse_file (file, SITREP_IMPORT_FORMAT_AUTO, NULL, &warnings, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (warnings->len, ==, 0);

      g_file_get_contents (path, &contents, NULL, &error);
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          JsonObject *o;
          SitrepImportRecord *r;
          g_autofree char *text = NULL;
          g_autofree char *title = NULL;

          if (lines[i][0] == '\0')
            continue;
          g_assert_true (json_parser_load_from_data (parser, lines[i], -1, NULL));
          o = json_node_get_object (json_parser_get_root (parser));
          r = g_ptr_array_index (records, n++);
          text = g_strstrip (g_strdup (json_object_get_string_member (o, "text")));
          title = g_strstrip (g_strdup (json_object_get_string_member (o, "title")));
          g_assert_cmpstr (r->body, ==, text);
          g_assert_cmpstr (r->title, ==, title);
          g_assert_cmpstr (r->source, ==, json_object_get_string_member (o, "source"));
          g_assert_cmpstr (r->url, ==, json_object_get_string_member (o, "url"));
          g_assert_cmpuint (r->line, ==, i + 1);
        }
      g_assert_cmpuint (records->len, ==, n);
      g_assert_cmpuint (n, >=, 20);
    }
}

/* ---- import jobs into a real project ---- */

static void
test_job_mixed (Project *p, gconstpointer data)
{
  g_autofree char *good = tmp_file (p->dir, "good.txt", prose_utf8, strlen (prose_utf8));
  g_autofree char *jsonl_path = fixture ("mixed.jsonl");
  GFile *files[] = {
    g_file_new_for_path (good),
    g_file_new_for_path ("/nonexistent/missing.txt"),
    g_file_new_for_path (p->dir),
    g_file_new_for_path (jsonl_path),
  };
  g_autoptr(GPtrArray) results = sitrep_import_files (p->store, files, G_N_ELEMENTS (files),
                                                      SITREP_IMPORT_FORMAT_AUTO, NULL, NULL);
  SitrepImportResult *r;

  /* good, missing, folder, then the JSONL rows in line order (1, 3, 4, 5, 6) */
  g_assert_cmpuint (results->len, ==, 8);
  r = g_ptr_array_index (results, 0);
  g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_IMPORTED);
  g_assert_cmpint (r->id, >, 0);
  g_assert_cmpstr (r->title, ==, "Fighting Resumes Near The Café In Old Town");
  r = g_ptr_array_index (results, 1);
  g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_FAILED);
  g_assert_cmpstr (r->message, ==, "“missing.txt” does not exist");
  r = g_ptr_array_index (results, 2);
  g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_FAILED);
  r = g_ptr_array_index (results, 3);
  g_assert_cmpuint (r->line, ==, 1);
  g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_IMPORTED);
  r = g_ptr_array_index (results, 4);
  g_assert_cmpuint (r->line, ==, 3);
  g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_FAILED);
  g_assert_cmpstr (r->message, ==, "line 3: not valid JSON");
  r = g_ptr_array_index (results, 5);
  g_assert_cmpuint (r->line, ==, 4);
  g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_IMPORTED);

  g_assert_cmpuint (sitrep_store_count_articles (p->store), ==, 3);
  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

static void
test_job_duplicates (Project *p, gconstpointer data)
{
  g_autofree char *a = tmp_file (p->dir, "a.txt", prose_utf8, strlen (prose_utf8));
  g_autofree char *b = tmp_file (p->dir, "b.txt", prose_utf8, strlen (prose_utf8));
  g_autoptr(GFile) fa = g_file_new_for_path (a);
  g_autoptr(GFile) fb = g_file_new_for_path (b);
  g_autoptr(GPtrArray) first = sitrep_import_files (p->store, &fa, 1, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL);
  g_autoptr(GPtrArray) second = sitrep_import_files (p->store, &fb, 1, SITREP_IMPORT_FORMAT_AUTO, NULL, NULL);
  SitrepImportResult *r1 = g_ptr_array_index (first, 0);
  SitrepImportResult *r2 = g_ptr_array_index (second, 0);
  g_autoptr(GError) error = NULL;
  gint64 dup = 0;
  gint64 id;

  g_assert_cmpint (r1->outcome, ==, SITREP_IMPORT_OUTCOME_IMPORTED);
  g_assert_cmpint (r2->outcome, ==, SITREP_IMPORT_OUTCOME_DUPLICATE);
  g_assert_cmpint (r2->id, ==, r1->id);
  g_assert_cmpstr (r2->message, ==, "already in the project");
  g_assert_cmpuint (sitrep_store_count_articles (p->store), ==, 1);

  /* pasting the same text again is a duplicate as well */
  id = sitrep_import_text (p->store, "Pasted Report Title\n\nA pasted paragraph about a strike on a convoy near Raqqa that killed four fighters, officials said.", &dup, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sitrep_import_text (p->store, "Pasted Report Title\n\nA pasted paragraph about a strike on a convoy near Raqqa that killed four fighters, officials said.", &dup, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (dup, ==, id);
  g_clear_error (&error);
  g_assert_cmpint (sitrep_import_text (p->store, " \n ", &dup, &error), ==, 0);
  g_assert_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY);
  g_assert_cmpuint (sitrep_store_count_articles (p->store), ==, 2);
}

typedef struct
{
  GCancellable *cancellable;
  guint         reports;
  guint         last_done;
  guint         total;
  gboolean      finished;
  gboolean      destroyed;
  GPtrArray    *results;
  SitrepStore  *store;
} CancelState;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  CancelState *state = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  state->reports++;
  state->last_done = done;
  state->total = total;
  g_cancellable_cancel (state->cancellable);
}

static void
on_progress_destroy (gpointer user_data)
{
  CancelState *state = user_data;

  state->destroyed = TRUE;
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CancelState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->results = sitrep_import_files_finish (SITREP_STORE (source), result, &error);
  g_assert_no_error (error);
  state->finished = TRUE;
}

static void
test_job_cancel (Project *p, gconstpointer data)
{
  const guint n_files = 400;
  const guint rows = 3;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) done_files = g_hash_table_new (g_str_hash, g_str_equal);
  CancelState state = { 0 };
  guint imported = 0;

  for (guint f = 0; f < n_files; f++)
    {
      g_autoptr(GString) csv = g_string_new ("title,text\n");
      g_autofree char *name = g_strdup_printf ("batch-%02u.csv", f);
      g_autofree char *path = NULL;

      for (guint r = 0; r < rows; r++)
        g_string_append_printf (csv, "Report %u-%u,\"Text of report %u from batch %u, about shelling near village %u.\"\n",
                                f, r, r, f, f * 10 + r);
      path = tmp_file (p->dir, name, csv->str, csv->len);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  state.cancellable = g_cancellable_new ();
  sitrep_import_files_async (p->store, (GFile **) files->pdata, files->len,
                             SITREP_IMPORT_FORMAT_AUTO, NULL,
                             on_progress, &state, on_progress_destroy,
                             state.cancellable, on_import_done, &state);
  while (!state.finished || !state.destroyed)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (state.reports, >=, 1);
  g_assert_cmpuint (state.total, ==, n_files);
  /* Stopped early, between files. The cancel comes from the progress callback
   * on this thread while the import runs on two others: on a loaded machine
   * it may arrive after the last file, which is no failure of the import. */
  if (state.results->len == n_files * rows)
    g_test_message ("the import ended before the cancel arrived");
  g_assert_cmpuint (state.results->len, <=, n_files * rows);
  for (guint i = 0; i < state.results->len; i++)
    {
      SitrepImportResult *r = g_ptr_array_index (state.results, i);

      g_assert_cmpint (r->outcome, ==, SITREP_IMPORT_OUTCOME_IMPORTED);
      g_hash_table_add (done_files, r->path);
      imported++;
    }
  /* whole files only: every finished file with all its rows, nothing else */
  g_assert_cmpuint (imported, ==, g_hash_table_size (done_files) * rows);
  g_assert_cmpuint (sitrep_store_count_articles (p->store), ==, imported);
  g_assert_cmpuint (g_hash_table_size (done_files), >=, 1);

  g_ptr_array_unref (state.results);
  g_object_unref (state.cancellable);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/import/utf8", test_utf8);
  g_test_add_func ("/sitrep/import/utf8-bom", test_utf8_bom);
  g_test_add_func ("/sitrep/import/utf16le-bom", test_utf16le_bom);
  g_test_add_func ("/sitrep/import/utf16be-bom", test_utf16be_bom);
  g_test_add_func ("/sitrep/import/utf16-no-bom", test_utf16_no_bom);
  g_test_add_func ("/sitrep/import/utf32-bom", test_utf32_bom);
  g_test_add_func ("/sitrep/import/windows-1256", test_windows_1256);
  g_test_add_func ("/sitrep/import/windows-1252", test_windows_1252);
  g_test_add_func ("/sitrep/import/forced-encoding", test_forced_encoding);
  g_test_add_func ("/sitrep/import/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/sitrep/import/line-ends-and-nuls", test_line_ends_and_nuls);
  g_test_add ("/sitrep/import/binary-png", Project, NULL, project_setup, test_binary_png, project_teardown);
  g_test_add ("/sitrep/import/empty", Project, NULL, project_setup, test_empty, project_teardown);
  g_test_add_func ("/sitrep/import/missing", test_missing);
  g_test_add ("/sitrep/import/directory", Project, NULL, project_setup, test_directory, project_teardown);
  g_test_add ("/sitrep/import/too-large", Project, NULL, project_setup, test_too_large, project_teardown);
  g_test_add ("/sitrep/import/large-50mb", Project, NULL, project_setup, test_large_50mb, project_teardown);
  g_test_add_func ("/sitrep/import/html-deep-nesting", test_html_deep_nesting);
  g_test_add ("/sitrep/import/hostile-title", Project, NULL, project_setup, test_hostile_title, project_teardown);
  g_test_add_func ("/sitrep/import/format-sniffing", test_format_sniffing);
  g_test_add_func ("/sitrep/import/hard-wrapped-files", test_hard_wrapped_files);
  g_test_add_func ("/sitrep/import/html-opengraph", test_html_opengraph);
  g_test_add_func ("/sitrep/import/html-json-ld", test_html_json_ld);
  g_test_add_func ("/sitrep/import/html-charset", test_html_charset);
  g_test_add_func ("/sitrep/import/csv-alternative-columns", test_csv_alternative_columns);
  g_test_add_func ("/sitrep/import/csv-quoted-newlines", test_csv_quoted_newlines);
  g_test_add_func ("/sitrep/import/csv-broken-quoting", test_csv_broken_quoting);
  g_test_add_func ("/sitrep/import/csv-no-text-column", test_csv_no_text_column);
  g_test_add_func ("/sitrep/import/csv-tab-separated", test_csv_tab_separated);
  g_test_add_func ("/sitrep/import/jsonl-broken-line", test_jsonl_broken_line);
  g_test_add_func ("/sitrep/import/jsonl-public-domain", test_jsonl_public_domain);
  g_test_add_func ("/sitrep/import/url-dates", test_url_dates);
  g_test_add ("/sitrep/import/job-mixed", Project, NULL, project_setup, test_job_mixed, project_teardown);
  g_test_add ("/sitrep/import/job-duplicates", Project, NULL, project_setup, test_job_duplicates, project_teardown);
  g_test_add ("/sitrep/import/job-cancel", Project, NULL, project_setup, test_job_cancel, project_teardown);

  return g_test_run ();
}
