/* test-fetch.c — web pages fetched from a real SoupServer on 127.0.0.1 and
 * imported: redirects and loops, gzip, chunked answers, a slow server,
 * HTTP errors, oversized and mislabelled answers, every charset path, a
 * Wayback-style address, duplicates, and the CLI's `fetch`
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "sitrep-article.h"
#include "sitrep-feed.h"
#include "sitrep-feeds.h"
#include "sitrep-fetch.h"
#include "sitrep-store-private.h"
#include "sitrep-store.h"
#include "sitrep-articles-private.h"
#include "sitrep-test-util.h"

#define ARTICLE \
  "<!doctype html><html><head><title>Shelling in Daraa - Example</title></head><body>" \
  "<nav><a href=/>Home</a></nav><article><h1>Shelling in Daraa</h1>" \
  "<p>Shelling hit the western countryside of Daraa on Monday, killing three people, " \
  "local sources said, as talks between the parties stalled.</p>" \
  "<p>Residents said the strikes continued into the night and families left the town.</p>" \
  "</article></body></html>"

/* a page that says when it was published (a day before its capture) */
#define DATED_ARTICLE \
  "<!doctype html><html><head><title>Convoy in Tafas</title>" \
  "<meta property=\"article:published_time\" content=\"2019-11-17T08:00:00Z\"></head><body>" \
  "<article><h1>Convoy in Tafas</h1><p>An aid convoy reached Tafas on Sunday morning after two days " \
  "on the road, aid workers said, and unloaded flour and medicine at the council building.</p></article>" \
  "</body></html>"

static char *base;                 /* http://127.0.0.1:PORT */
static volatile gint subresource_requests;
static volatile gint page_requests;

/* ---- the server, in a thread of its own ---- */

static void
serve_text (SoupServerMessage *msg,
            const char        *type,
            const char        *body,
            gsize              len)
{
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, body, len);
}

static gboolean
finish_slow (gpointer data)
{
  SoupServerMessage *msg = data;

  serve_text (msg, "text/html", ARTICLE, strlen (ARTICLE));
  soup_server_message_unpause (msg);
  g_object_unref (msg);
  return G_SOURCE_REMOVE;
}

static void
serve_gzip (SoupServerMessage *msg)
{
  g_autoptr(GZlibCompressor) z = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  guint8 out[8192];
  gsize read = 0, written = 0;

  g_assert_cmpint (g_converter_convert (G_CONVERTER (z), ARTICLE, strlen (ARTICLE), out, sizeof out,
                                        G_CONVERTER_INPUT_AT_END, &read, &written, NULL),
                   ==, G_CONVERTER_FINISHED);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Content-Encoding", "gzip");
  serve_text (msg, "text/html; charset=utf-8", (const char *) out, written);
}

static void
serve_chunked (SoupServerMessage *msg,
               gsize              total)
{
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  g_autofree char *filler = NULL;

  soup_server_message_set_status (msg, 200, NULL);
  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (headers, "text/html", NULL);
  if (total == 0)
    {
      /* the article in three pieces */
      gsize len = strlen (ARTICLE);

      soup_message_body_append (body, SOUP_MEMORY_COPY, ARTICLE, len / 3);
      soup_message_body_append (body, SOUP_MEMORY_COPY, ARTICLE + len / 3, len / 3);
      soup_message_body_append (body, SOUP_MEMORY_COPY, ARTICLE + 2 * (len / 3), len - 2 * (len / 3));
    }
  else
    {
      filler = g_strnfill (total, 'a');
      soup_message_body_append (body, SOUP_MEMORY_COPY, "<html><body><p>", 15);
      soup_message_body_append (body, SOUP_MEMORY_COPY, filler, total);
    }
  soup_message_body_complete (body);
}

static void
serve_charset (SoupServerMessage *msg,
               const char        *path)
{
  /* "Café" and "عاجل" in the encodings each path declares or does not */
  if (strcmp (path, "/charset/header-1252") == 0)
    {
      static const char page[] = "<html><body><p>Caf\xe9 owners in the old town of Daraa closed their doors on "
                                 "Monday after the shelling, residents said.</p></body></html>";
      serve_text (msg, "text/html; charset=windows-1252", page, sizeof page - 1);
    }
  else if (strcmp (path, "/charset/bom-beats-header") == 0)
    {
      static const char page[] = "\xef\xbb\xbf<html><body><p>Caf\xc3\xa9 owners in the old town of Daraa closed "
                                 "their doors on Monday after the shelling, residents said.</p></body></html>";
      serve_text (msg, "text/html; charset=iso-8859-1", page, sizeof page - 1);
    }
  else if (strcmp (path, "/charset/meta-1256") == 0)
    {
      static const char page[] = "<html><head><meta charset=\"windows-1256\"></head><body><p>\xda\xc7\xcc\xe1: "
                                 "Caf\xc3 owners in the old town of Daraa closed their doors on Monday after the "
                                 "shelling.</p></body></html>";
      serve_text (msg, "text/html", page, sizeof page - 1);
    }
  else if (strcmp (path, "/charset/none") == 0)
    {
      static const char page[] = "<html><body><p>Caf\xc3\xa9 owners in the old town of Daraa closed their doors "
                                 "on Monday after the shelling, residents said.</p></body></html>";
      serve_text (msg, "text/html", page, sizeof page - 1);
    }
  else /* /charset/header-wrong: says UTF-8, is Windows-1252 */
    {
      static const char page[] = "<html><body><p>Caf\xe9 owners in the old town of Daraa closed their doors on "
                                 "Monday after the shelling, residents said.</p></body></html>";
      serve_text (msg, "text/html; charset=utf-8", page, sizeof page - 1);
    }
}

static void
serve_feed (SoupServerMessage *msg,
            const char        *path)
{
  g_autofree char *doc = NULL;

  if (strcmp (path, "/feed.xml") == 0)
    doc = g_strdup_printf (
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Daraa Wire</title><link>%s/</link>"
      "<item><title>Full</title><link>%s/page</link><guid>a1</guid></item>"
      "<item><title>Gone</title><link>%s/missing</link><guid>a2</guid>"
      "<description>&lt;p&gt;The feed's own text: a convoy reached Tafas on Friday morning, aid workers "
      "said.&lt;/p&gt;</description></item>"
      "<item><title>Same again</title><link>%s/page-again</link><guid>a3</guid></item>"
      "</channel></rss>", base, base, base, base);
  else if (strcmp (path, "/atom.xml") == 0)
    doc = g_strdup_printf (
      "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Monitor</title>"
      "<entry><title>Chunked</title><id>tag:m,1</id><link href=\"%s/chunked\"/></entry></feed>", base);
  else /* /broken-feed.xml: cut short */
    doc = g_strdup_printf ("<rss version=\"2.0\"><channel><title>Broken</title>"
                           "<item><title>Gzip</title><link>%s/gzip</link></item><item><title>Cu", base);
  serve_text (msg, "application/rss+xml", doc, strlen (doc));
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           data)
{
  if (g_str_has_prefix (path, "/sub/"))
    {
      g_atomic_int_inc (&subresource_requests);
      serve_text (msg, "text/plain", "x", 1);
    }
  else if (strcmp (path, "/page") == 0 || strcmp (path, "/page-again") == 0)
    {
      g_atomic_int_inc (&page_requests);
      serve_text (msg, "text/html; charset=utf-8", ARTICLE, strlen (ARTICLE));
    }
  else if (strcmp (path, "/with-subresources") == 0)
    {
      static const char page[] =
        "<html><head><link rel=stylesheet href=/sub/c.css><script src=/sub/s.js></script>"
        "<script>fetch('/sub/x')</script></head><body><img src=/sub/i.png><iframe src=/sub/f.html></iframe>"
        "<p>Shelling hit the eastern countryside of Idlib on Tuesday, killing two people, rescuers said.</p>"
        "</body></html>";
      serve_text (msg, "text/html", page, sizeof page - 1);
    }
  else if (strcmp (path, "/site-name") == 0 || strcmp (path, "/headline-word") == 0)
    {
      /* an outlet in the metadata, another at the title's end; a title
       * whose last words are the headline's */
      static const char named[] =
        "<html><head><meta property=\"og:site_name\" content=\"Levant Monitor\">"
        "<title>Four killed in Tafas | Border Wire</title></head><body><article><p>Shelling hit Tafas on "
        "Monday, killing four people, medics said, and damaged the market.</p></article></body></html>";
      /* another text: the same one would be the same article */
      static const char plain[] =
        "<html><head><title>Four people killed as shelling hits Tafas - witnesses</title></head><body>"
        "<article><p>Shelling hit Tafas on Tuesday, killing four people, witnesses said, and damaged the "
        "school.</p></article></body></html>";

      if (strcmp (path, "/site-name") == 0)
        serve_text (msg, "text/html", named, sizeof named - 1);
      else
        serve_text (msg, "text/html", plain, sizeof plain - 1);
    }
  else if (strcmp (path, "/r1") == 0)
    soup_server_message_set_redirect (msg, 301, "/r2");
  else if (strcmp (path, "/r2") == 0)
    soup_server_message_set_redirect (msg, 302, "/page");
  else if (strcmp (path, "/loop") == 0)
    soup_server_message_set_redirect (msg, 302, "/loop");
  else if (strcmp (path, "/gzip") == 0)
    serve_gzip (msg);
  else if (strcmp (path, "/chunked") == 0)
    serve_chunked (msg, 0);
  else if (strcmp (path, "/chunked-large") == 0)
    serve_chunked (msg, 200 * 1024);
  else if (strcmp (path, "/large") == 0)
    {
      g_autofree char *filler = g_strnfill (200 * 1024, 'a');
      serve_text (msg, "text/html", filler, strlen (filler));
    }
  else if (strcmp (path, "/slow") == 0)
    {
      soup_server_message_pause (msg);
      g_timeout_add_seconds (4, finish_slow, g_object_ref (msg));
    }
  else if (strcmp (path, "/500") == 0)
    soup_server_message_set_status (msg, 500, NULL);
  else if (strcmp (path, "/pdf") == 0)
    serve_text (msg, "application/pdf", "%PDF-1.4\n%\xe2\xe3\n", 14);
  else if (strcmp (path, "/png") == 0)
    serve_text (msg, "image/png", "\x89PNG\r\n\x1a\n", 8);
  else if (strcmp (path, "/no-type") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_COPY,
                                ARTICLE, strlen (ARTICLE));
    }
  else if (strcmp (path, "/plain-text") == 0)
    serve_text (msg, "text/plain", "Just some notes, not a page.", 28);
  else if (strcmp (path, "/feed.xml") == 0 || strcmp (path, "/atom.xml") == 0 ||
           strcmp (path, "/broken-feed.xml") == 0)
    serve_feed (msg, path);
  else if (g_str_has_prefix (path, "/charset/"))
    serve_charset (msg, path);
  else if (g_str_has_prefix (path, "/web/20191118123456"))
    {
      /* the archive: the raw capture only under the id_ form */
      if (g_str_has_prefix (path, "/web/20191118123456id_/http://example.org/story"))
        serve_text (msg, "text/html", ARTICLE, strlen (ARTICLE));
      else if (g_str_has_prefix (path, "/web/20191118123456id_/http://example.org/dated") ||
               g_str_has_prefix (path, "/web/20191118123456id_/http://www.example.org/dated"))
        serve_text (msg, "text/html", DATED_ARTICLE, strlen (DATED_ARTICLE));
      else
        {
          static const char toolbar[] = "<html><body><div>WAYBACK TOOLBAR</div>" ARTICLE "</body></html>";
          serve_text (msg, "text/html", toolbar, sizeof toolbar - 1);
        }
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

/* ---- fixture ---- */

typedef struct
{
  char          *dir;
  SitrepStore   *store;
  SitrepFetcher *fetcher;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sitrep-fetch-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (path, &error);
  g_assert_no_error (error);
  f->fetcher = sitrep_fetcher_new (2, 64 * 1024);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "p.sitrep", NULL);

  sitrep_fetcher_free (f->fetcher);
  g_clear_object (&f->store);
  g_remove (path);
  for (const char *const *s = (const char *const[]) { "-wal", "-shm", "-journal", NULL }; *s; s++)
    {
      g_autofree char *side = g_strconcat (path, *s, NULL);
      g_remove (side);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
address (const char *path)
{
  return g_strconcat (base, path, NULL);
}

static gint64
fetch (Fixture     *f,
       const char  *path,
       GError     **error)
{
  g_autofree char *url = address (path);

  return sitrep_fetch_import (f->fetcher, f->store, url, NULL, NULL, NULL, NULL, error);
}

static char *
body_of (Fixture *f,
         gint64   id)
{
  g_autoptr(GError) error = NULL;
  char *body = sitrep_store_get_article_body (f->store, id, &error);

  g_assert_no_error (error);
  return body;
}

/* ---- tests ---- */

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = address ("/page");
  g_autoptr(SitrepFetchedPage) page = sitrep_fetch_page (f->fetcher, url, NULL, NULL, NULL, &error);
  g_autoptr(SitrepImportRecord) record = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) fetched = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (page->final_url, ==, url);
  g_assert_cmpstr (page->content_type, ==, "text/html");
  g_assert_cmpstr (page->charset, ==, "utf-8");
  g_assert_null (page->archive_url);
  fetched = g_date_time_new_from_iso8601 (page->fetched, NULL);
  g_assert_nonnull (fetched);
  g_assert_cmpint (g_date_time_difference (now, fetched), <, 60 * G_USEC_PER_SEC);
  /* the raw page, byte for byte */
  g_assert_cmpmem (g_bytes_get_data (page->body, NULL), g_bytes_get_size (page->body), ARTICLE, strlen (ARTICLE));

  record = sitrep_fetched_page_to_record (page, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (record->title, ==, "Shelling in Daraa");
  g_assert_true (g_str_has_prefix (record->body, "Shelling hit the western countryside"));
  g_assert_null (strstr (record->body, "Home"));
  g_assert_cmpstr (record->url, ==, url);
  g_assert_cmpstr (record->original_name, ==, url);
  g_assert_cmpmem (g_bytes_get_data (record->original, NULL), g_bytes_get_size (record->original),
                   ARTICLE, strlen (ARTICLE));
}

static void
test_redirects (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = address ("/r1");
  g_autofree char *final = address ("/page");
  g_autoptr(SitrepFetchedPage) page = sitrep_fetch_page (f->fetcher, url, NULL, NULL, NULL, &error);
  g_autoptr(SitrepArticle) article = NULL;
  gint64 id;

  g_assert_no_error (error);
  g_assert_cmpstr (page->address, ==, url);
  g_assert_cmpstr (page->final_url, ==, final);

  id = fetch (f, "/r1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  article = sitrep_store_get_article (f->store, id, &error);
  g_assert_cmpstr (sitrep_article_get_url (article), ==, final);

  /* the same page by its final address: already there */
  g_assert_cmpint (fetch (f, "/page", &error), ==, -id);
  g_assert_no_error (error);

  g_assert_cmpint (fetch (f, "/loop", &error), ==, 0);
  g_assert_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_REDIRECTS);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 1);
}

static void
test_encodings_and_chunks (Fixture       *f,
                           gconstpointer  data)
{
  static const char *paths[] = { "/gzip", "/chunked" };

  for (gsize i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = address (paths[i]);
      g_autoptr(SitrepFetchedPage) page = sitrep_fetch_page (f->fetcher, url, NULL, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (page->body, NULL), g_bytes_get_size (page->body),
                       ARTICLE, strlen (ARTICLE));
    }
}

static void
test_slow_server (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (fetch (f, "/slow", &error), ==, 0);
  g_assert_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "2 seconds"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3900 * 1000);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 0);
}

static void
test_http_errors (Fixture       *f,
                  gconstpointer  data)
{
  static const struct { const char *path; const char *words; } cases[] = {
    { "/missing", "404" },
    { "/500", "500" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (fetch (f, cases[i].path, &error), ==, 0);
      g_assert_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_HTTP);
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 0);
}

static void
test_oversized (Fixture       *f,
                gconstpointer  data)
{
  static const char *paths[] = { "/large", "/chunked-large" };

  for (gsize i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (fetch (f, paths[i], &error), ==, 0);
      g_assert_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_TOO_LARGE);
    }
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 0);
}

static void
test_content_types (Fixture       *f,
                    gconstpointer  data)
{
  static const char *refused[] = { "/pdf", "/png", "/plain-text" };
  g_autoptr(GError) error = NULL;
  gint64 id;

  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) refusal = NULL;

      g_assert_cmpint (fetch (f, refused[i], &refusal), ==, 0);
      g_assert_error (refusal, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NOT_HTML);
      g_assert_nonnull (strstr (refusal->message, "not a web page"));
    }
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 0);

  /* no Content-Type at all: the bytes say it is a page */
  id = fetch (f, "/no-type", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  for (const char *const *bad = (const char *const[]) { "ftp://example.org/a", "mailto:someone@example.org",
                                                        "", "two words", "https://", NULL };
       *bad != NULL; bad++)
    {
      g_autoptr(GError) refusal = NULL;

      g_assert_null (sitrep_fetch_page (f->fetcher, *bad, NULL, NULL, NULL, &refusal));
      g_assert_error (refusal, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_INVALID_ADDRESS);
    }
}

static void
test_charsets (Fixture       *f,
               gconstpointer  data)
{
  static const struct { const char *path; const char *expect; } cases[] = {
    { "/charset/header-1252", "Caf\xc3\xa9 owners" },
    { "/charset/bom-beats-header", "Caf\xc3\xa9 owners" },
    { "/charset/meta-1256", "\xd8\xb9\xd8\xa7\xd8\xac\xd9\x84: " },
    { "/charset/none", "Caf\xc3\xa9 owners" },
    { "/charset/header-wrong", "Caf\xc3\xa9 owners" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = fetch (f, cases[i].path, &error);
      g_autofree char *body = NULL;

      g_assert_no_error (error);
      /* pages with the same text decoded alike are one article */
      g_assert_cmpint (id, !=, 0);
      body = body_of (f, ABS (id));
      if (strstr (body, cases[i].expect) == NULL)
        g_error ("%s: \"%s\" not in the body: %s", cases[i].path, cases[i].expect, body);
    }
}

static void
test_archive_address (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = address ("/web/20191118123456/http://example.org/story");
  g_autoptr(SitrepFetchedPage) page = sitrep_fetch_page (f->fetcher, url, NULL, NULL, NULL, &error);
  g_autoptr(SitrepImportRecord) record = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  gint64 id;

  g_assert_no_error (error);
  g_assert_true (sitrep_fetch_is_archive_address (url));
  g_assert_false (sitrep_fetch_is_archive_address ("https://example.org/web/page"));
  g_assert_cmpstr (page->archive_url, ==, url);
  g_assert_cmpstr (page->original_url, ==, "http://example.org/story");
  g_assert_cmpstr (page->captured, ==, "2019-11-18T12:34:56Z");
  g_assert_true (g_str_has_suffix (page->final_url, "/web/20191118123456id_/http://example.org/story"));
  record = sitrep_fetched_page_to_record (page, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (record->body, "WAYBACK TOOLBAR"));
  g_assert_cmpstr (record->original_name, ==, url);
  g_assert_cmpstr (record->url, ==, "http://example.org/story");

  id = fetch (f, "/web/20191118123456/http://example.org/story", &error);
  g_assert_no_error (error);
  article = sitrep_store_get_article (f->store, id, &error);
  g_assert_cmpstr (sitrep_article_get_url (article), ==, "http://example.org/story");
  /* both addresses kept, the capture time with them */
  {
    g_autofree char *archive_url = NULL;
    g_autofree char *captured = NULL;

    g_assert_true (sitrep_store_get_article_archive (f->store, id, &archive_url, &captured));
    g_assert_cmpstr (archive_url, ==, url);
    g_assert_cmpstr (captured, ==, "2019-11-18T12:34:56Z");
  }
}

/* A page imported by its address is known by its outlet: the one its
 * metadata names, else the name its title ends with ("… - Example"), else
 * the host it came from (an archived page's own, not the archive's), never
 * "Unknown source". */
static void
test_outlet (Fixture       *f,
             gconstpointer  data)
{
  static const struct { const char *path; const char *source; } pages[] = {
    { "/site-name", "Levant Monitor" },
    { "/page", "Example" },
    { "/headline-word", "127.0.0.1" },
    { "/with-subresources", "127.0.0.1" },
    { "/web/20191118123456/http://www.example.org/dated", "example.org" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SitrepArticle) article = NULL;
      gint64 id = fetch (f, pages[i].path, &error);

      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      article = sitrep_store_get_article (f->store, id, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s", pages[i].path, sitrep_article_get_source (article));
      g_assert_cmpstr (sitrep_article_get_source (article), ==, pages[i].source);
    }
}

/* An archived page's publication date (from the page) and capture date (from
 * the archive) are two fields; a page fetched directly has no archive. */
static void
test_archive_dates (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = address ("/web/20191118123456/http://example.org/dated");
  g_autofree char *archive_url = NULL;
  g_autofree char *captured = NULL;
  g_autoptr(SitrepArticle) article = NULL;
  gint64 id = fetch (f, "/web/20191118123456/http://example.org/dated", &error);
  gint64 plain;

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  article = sitrep_store_get_article (f->store, id, &error);
  g_assert_cmpstr (sitrep_article_get_url (article), ==, "http://example.org/dated");
  g_assert_cmpstr (sitrep_article_get_published (article), ==, "2019-11-17");
  g_assert_true (sitrep_store_get_article_archive (f->store, id, &archive_url, &captured));
  g_assert_cmpstr (archive_url, ==, url);
  g_assert_cmpstr (captured, ==, "2019-11-18T12:34:56Z");

  plain = fetch (f, "/page", &error);
  g_assert_no_error (error);
  g_assert_cmpint (plain, >, 0);
  g_clear_pointer (&archive_url, g_free);
  g_clear_pointer (&captured, g_free);
  g_assert_false (sitrep_store_get_article_archive (f->store, plain, &archive_url, &captured));
  g_assert_null (archive_url);
  g_assert_null (captured);
}

/* A project of schema 6 with archived pages fetched before: opened, its
 * archived articles get their archive address and capture time. */
static void
test_archive_migration (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "v6.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autofree char *archive_url = NULL;
  g_autofree char *captured = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_sitrep_store_schema_create (db, 6, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO articles (id, title, url, content_hash, imported_at, modified_at) VALUES"
    " (1, 'Archived', 'http://example.org/a', 'h1', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'),"
    " (2, 'Direct', 'http://example.org/b', 'h2', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'),"
    " (3, 'Day only', 'http://example.org/c', 'h3', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');"
    "INSERT INTO article_texts (article_id, body, original, original_name) VALUES"
    " (1, 'a', x'00', 'https://web.archive.org/web/20191118123456/http://example.org/a'),"
    " (2, 'b', x'00', 'http://example.org/b'),"
    " (3, 'c', x'00', 'http://web.archive.org/web/20200102id_/http://example.org/c');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_get_schema_version (store), ==, SITREP_STORE_SCHEMA_VERSION);
  g_assert_true (sitrep_store_get_article_archive (store, 1, &archive_url, &captured));
  g_assert_cmpstr (archive_url, ==, "https://web.archive.org/web/20191118123456/http://example.org/a");
  g_assert_cmpstr (captured, ==, "2019-11-18T12:34:56Z");
  g_clear_pointer (&archive_url, g_free);
  g_clear_pointer (&captured, g_free);
  g_assert_false (sitrep_store_get_article_archive (store, 2, &archive_url, &captured));
  g_assert_true (sitrep_store_get_article_archive (store, 3, &archive_url, &captured));
  g_assert_cmpstr (captured, ==, "2020-01-02");
}

static void
test_duplicates_and_nothing_else_fetched (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint before = g_atomic_int_get (&page_requests);
  gint64 id = fetch (f, "/page", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* same text at another address */
  g_assert_cmpint (fetch (f, "/page-again", &error), ==, -id);
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&page_requests) - before, ==, 2);

  g_assert_cmpint (fetch (f, "/with-subresources", &error), >, 0);
  g_assert_no_error (error);
  /* the fetch is over: every request it made has been answered */
  g_assert_cmpint (g_atomic_int_get (&subresource_requests), ==, 0);
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
}

static void
count_report (const char *feed,
              const char *link,
              gint64      id,
              const char *message,
              gpointer    data)
{
  GString *log = data;

  g_string_append_printf (log, "%s %s %s%s\n", feed, link, id > 0 ? "new" : id < 0 ? "dup" : "failed",
                          message != NULL ? message : "");
}

static SitrepFeedInfo *
feed_info (GPtrArray *feeds,
           guint      i)
{
  g_assert_cmpuint (feeds->len, >, i);
  return g_ptr_array_index (feeds, i);
}

static void
test_feeds (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GPtrArray) feeds = NULL;
  g_autofree char *rss = address ("/feed.xml");
  g_autofree char *atom = address ("/atom.xml");
  g_autofree char *broken = address ("/broken-feed.xml");
  g_autofree char *page = address ("/page");
  gint64 rss_id, atom_id, broken_id;
  g_autoptr(GPtrArray) articles = NULL;

  rss_id = sitrep_feeds_add (f->fetcher, f->store, rss, NULL, &error);
  g_assert_no_error (error);
  atom_id = sitrep_feeds_add (f->fetcher, f->store, atom, NULL, &error);
  g_assert_no_error (error);
  broken_id = sitrep_feeds_add (f->fetcher, f->store, broken, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rss_id, >, 0);
  g_assert_cmpint (sitrep_feeds_add (f->fetcher, f->store, rss, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* a page is no feed */
  g_assert_cmpint (sitrep_feeds_add (f->fetcher, f->store, page, NULL, &error), ==, 0);
  g_assert_error (error, SITREP_FEED_ERROR, SITREP_FEED_ERROR_NOT_A_FEED);
  g_clear_error (&error);

  /* every feed, by title: the broken feed's readable item (the test article,
   * gzipped), then the RSS's items: the same article again (a duplicate, by
   * its text), a 404 that falls back to the feed's own text, and a duplicate;
   * Atom's chunked copy of the same article, a duplicate too */
  g_assert_cmpint (sitrep_feeds_check (f->fetcher, f->store, 0, 0, count_report, log, NULL, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (log->str, "Daraa Wire "));
  g_assert_nonnull (strstr (log->str, "/gzip new"));
  g_assert_nonnull (strstr (log->str, "/page dup"));
  g_assert_nonnull (strstr (log->str, "/missing new"));
  g_assert_nonnull (strstr (log->str, "/page-again dup"));
  g_assert_nonnull (strstr (log->str, "/chunked dup"));
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  {
    gint64 fallback = sitrep_store_find_article_by_url (f->store, "/missing") ;
    g_autofree char *missing = address ("/missing");
    g_autoptr(SitrepArticle) article = NULL;
    g_autofree char *body = NULL;

    g_assert_cmpint (fallback, ==, 0);
    fallback = sitrep_store_find_article_by_url (f->store, missing);
    g_assert_cmpint (fallback, >, 0);
    body = body_of (f, fallback);
    g_assert_true (g_str_has_prefix (body, "The feed's own text: a convoy reached Tafas"));
    article = sitrep_store_get_article (f->store, fallback, &error);
    g_assert_cmpstr (sitrep_article_get_title (article), ==, "Gone");
  }

  feeds = sitrep_feeds_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 3);
  /* by title: Broken, Daraa Wire, Monitor */
  g_assert_cmpstr (feed_info (feeds, 1)->title, ==, "Daraa Wire");
  g_assert_cmpuint (feed_info (feeds, 1)->unread, ==, 2);
  g_assert_nonnull (feed_info (feeds, 1)->checked_at);
  g_assert_cmpuint (feed_info (feeds, 2)->unread, ==, 1);
  g_clear_pointer (&feeds, g_ptr_array_unref);

  /* nothing new the second time */
  g_string_truncate (log, 0);
  g_assert_cmpint (sitrep_feeds_check (f->fetcher, f->store, rss_id, 0, count_report, log, NULL, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "");

  g_assert_true (sitrep_feeds_remove (f->store, atom_id, &error));
  g_assert_false (sitrep_feeds_remove (f->store, atom_id, &error));
  g_assert_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  feeds = sitrep_feeds_list (f->store, &error);
  g_assert_cmpuint (feeds->len, ==, 2);
  /* its article stays */
  g_assert_cmpuint (sitrep_store_count_articles (f->store), ==, 2);
  (void) broken_id;
  (void) articles;
}

/* A project made before feeds (schema 4) gets them when opened. */
static void
test_feeds_migration (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "old.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_sitrep_store_schema_create (db, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "SELECT 1 FROM feeds", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);

  store = sitrep_store_open (path, SITREP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_store_get_schema_version (store), ==, SITREP_STORE_SCHEMA_VERSION);
  feeds = sitrep_feeds_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 0);
  g_clear_object (&store);
  for (const char *const *s = (const char *const[]) { "", "-wal", "-shm", NULL }; *s; s++)
    {
      g_autofree char *side = g_strconcat (path, *s, NULL);
      g_remove (side);
    }
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *cli = g_getenv ("SITREP_CLI");
  g_autofree char *project = g_build_filename (f->dir, "cli.sitrep", NULL);
  g_autofree char *good = address ("/page");
  g_autofree char *bad = address ("/missing");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (cli == NULL)
    {
      g_test_skip ("SITREP_CLI is not set");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) cli, "new", project, NULL }, NULL, 0, NULL, NULL,
                               &out, NULL, &status, &error));
  g_clear_pointer (&out, g_free);
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) cli, "fetch", project, good, bad, good, NULL },
                               NULL, 0, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  /* the test page is short: imported with a word about it */
  g_assert_nonnull (strstr (out, "/page: imported as id 1 (the page has little text"));
  g_assert_nonnull (strstr (out, "/missing: error: The server answered 404"));
  g_assert_nonnull (strstr (out, "/page: duplicate of id 1\n"));
  for (const char *const *s = (const char *const[]) { "", "-wal", "-shm", NULL }; *s; s++)
    {
      g_autofree char *side = g_strconcat (project, *s, NULL);
      g_remove (side);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  base = sitrep_test_serve (handle);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/fetch/page", test_page);
  ADD ("/fetch/redirects", test_redirects);
  ADD ("/fetch/gzip-and-chunked", test_encodings_and_chunks);
  ADD ("/fetch/slow-server", test_slow_server);
  ADD ("/fetch/http-errors", test_http_errors);
  ADD ("/fetch/oversized", test_oversized);
  ADD ("/fetch/content-types", test_content_types);
  ADD ("/fetch/charsets", test_charsets);
  ADD ("/fetch/archive-address", test_archive_address);
  ADD ("/fetch/archive-dates", test_archive_dates);
  ADD ("/fetch/outlet", test_outlet);
  ADD ("/fetch/archive-migration", test_archive_migration);
  ADD ("/fetch/duplicates-and-nothing-else", test_duplicates_and_nothing_else_fetched);
  ADD ("/fetch/cli", test_cli);
  ADD ("/feeds/check", test_feeds);
  ADD ("/feeds/migration", test_feeds_migration);
  return g_test_run ();
}
