/* sitrep-fetch.c — web pages fetched by their address and imported as articles
 *
 * libsoup 3 with its defaults for what matters here: TLS certificates
 * checked against the system's, redirects followed (to a limit, a loop is an
 * error), gzip/deflate/br undone. Only the page itself is fetched; nothing
 * in it is run or followed. The reading is capped and timed out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-fetch"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "sitrep-fetch.h"
#include "sitrep-html.h"
#include "sitrep-import.h"
#include "sitrep-articles-private.h"
#include "sitrep-dateparse.h"
#include "sitrep-progress-private.h"

struct _SitrepFetcher
{
  SoupSession *session;
  gsize        max_bytes;
  guint        timeout_seconds;
};

G_DEFINE_QUARK (sitrep-fetch-error-quark, sitrep_fetch_error)

SitrepFetcher *
sitrep_fetcher_new (guint timeout_seconds,
                    gsize max_bytes)
{
  SitrepFetcher *fetcher = g_new0 (SitrepFetcher, 1);
  g_autofree char *agent = g_strdup_printf ("Sitrep/%s (news article import; one page per request)",
                                            VERSION);

  fetcher->timeout_seconds = timeout_seconds > 0 ? timeout_seconds : 30;
  fetcher->max_bytes = max_bytes > 0 ? max_bytes : SITREP_FETCH_MAX_BYTES;
  fetcher->session = soup_session_new_with_options ("user-agent", agent,
                                                    "timeout", fetcher->timeout_seconds,
                                                    "idle-timeout", 60,
                                                    "max-conns-per-host", 1,
                                                    NULL);
  return fetcher;
}

void
sitrep_fetcher_free (SitrepFetcher *fetcher)
{
  if (fetcher == NULL)
    return;
  g_clear_object (&fetcher->session);
  g_free (fetcher);
}

void
sitrep_fetched_page_free (SitrepFetchedPage *page)
{
  if (page == NULL)
    return;
  g_free (page->address);
  g_free (page->final_url);
  g_free (page->archive_url);
  g_free (page->original_url);
  g_free (page->captured);
  g_free (page->fetched);
  g_free (page->content_type);
  g_free (page->charset);
  g_clear_pointer (&page->body, g_bytes_unref);
  g_free (page);
}

/* ---- addresses ---- */

/* "…/web/20191118123456/https://example.org/a" → the parts; the flags after
 * the timestamp ("id_", "if_") are dropped. */
static gboolean
split_archive_address (const char  *address,
                       char       **prefix,
                       char       **timestamp,
                       char       **original)
{
  const char *web = strstr (address, "/web/");
  const char *p, *digits;

  if (web == NULL || !(g_str_has_prefix (address, "http://") || g_str_has_prefix (address, "https://")))
    return FALSE;
  digits = p = web + strlen ("/web/");
  while (g_ascii_isdigit (*p))
    p++;
  if (p - digits < 4 || p - digits > 14)
    return FALSE;
  {
    const char *digits_end = p;

    while (g_ascii_isalpha (*p) || *p == '_')
      p++;
    if (*p != '/' || !(g_str_has_prefix (p + 1, "http://") || g_str_has_prefix (p + 1, "https://")))
      return FALSE;
    if (prefix != NULL)
      *prefix = g_strndup (address, web + strlen ("/web/") - address);
    if (timestamp != NULL)
      *timestamp = g_strndup (digits, digits_end - digits);
    if (original != NULL)
      *original = g_strdup (p + 1);
  }
  return TRUE;
}

gboolean
sitrep_fetch_is_archive_address (const char *address)
{
  return address != NULL && split_archive_address (address, NULL, NULL, NULL);
}

/* "20191118123456" → "2019-11-18T12:34:56Z", shorter stamps as far as they go. */
static char *
timestamp_to_iso (const char *stamp)
{
  static const char *separators[] = { "", "-", "-", "T", ":", ":" };
  GString *out = g_string_new (NULL);
  gsize len = strlen (stamp);

  for (gsize i = 0, field = 0; i < len && field < 6; field++)
    {
      gsize width = field == 0 ? 4 : 2;

      if (i + width > len)
        break;
      g_string_append (out, separators[field]);
      g_string_append_len (out, stamp + i, width);
      i += width;
    }
  if (len >= 14)
    g_string_append_c (out, 'Z');
  return g_string_free (out, FALSE);
}

/* The address to ask for, with "https://" added to a bare host. */
static char *
normalise_address (const char  *address,
                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (address));
  g_autofree char *full = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  const char *colon = strchr (trimmed, ':');
  const char *slash = strchr (trimmed, '/');

  /* "example.org/a" or "example.org:8080/a": a host without its scheme */
  if (strstr (trimmed, "://") == NULL && trimmed[0] != '\0' && strchr (trimmed, ' ') == NULL &&
      (colon == NULL || (slash != NULL && slash < colon) || g_ascii_isdigit (colon[1])))
    full = g_strconcat ("https://", trimmed, NULL);
  else
    full = g_steal_pointer (&trimmed);
  uri = g_uri_parse (full, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || scheme == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_INVALID_ADDRESS,
                   _("“%s” is not a web address (http:// or https://)."), address);
      return NULL;
    }
  return g_steal_pointer (&full);
}

/* ---- the answer ---- */

static gboolean
is_html_type (const char *type)
{
  return type != NULL && (g_ascii_strcasecmp (type, "text/html") == 0 ||
                          g_ascii_strcasecmp (type, "application/xhtml+xml") == 0);
}

/* Types that may be a mislabelled page: looked at before they are refused. */
static gboolean
is_unsure_type (const char *type)
{
  return type == NULL || type[0] == '\0' || g_ascii_strcasecmp (type, "text/plain") == 0 ||
         g_ascii_strcasecmp (type, "application/octet-stream") == 0 ||
         g_ascii_strcasecmp (type, "binary/octet-stream") == 0 ||
         g_ascii_strcasecmp (type, "application/xml") == 0 || g_ascii_strcasecmp (type, "text/xml") == 0;
}

static void
set_not_html (GError     **error,
              const char  *address,
              const char  *type)
{
  if (type != NULL && g_ascii_strcasecmp (type, "application/pdf") == 0)
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NOT_HTML,
                 _("It is a PDF document, not a web page: nothing was added."));
  else if (type != NULL && g_str_has_prefix (type, "image/"))
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NOT_HTML,
                 _("It is an image, not a web page: nothing was added."));
  else if (type != NULL && type[0] != '\0')
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NOT_HTML,
                 _("It is not a web page (the server calls it %s): nothing was added."), type);
  else
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NOT_HTML,
                 _("It does not look like a web page: nothing was added."));
}

static void
set_too_large (GError     **error,
               const char  *address,
               gsize        max_bytes)
{
  g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_TOO_LARGE,
               _("The page is larger than %" "zu" " MB, the most Sitrep fetches: nothing was added."),
               max_bytes >> 20);
}

/* An error from libsoup or GIO in the user's words. */
static void
set_transfer_error (GError     **error,
                    const char  *address,
                    GError      *cause,
                    guint        timeout_seconds)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled."));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_TIMEOUT,
                 _("The server did not answer within %u seconds: nothing was added."), timeout_seconds);
  else if (g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_TOO_MANY_REDIRECTS) ||
           g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_REDIRECT_BAD_URI) ||
           g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_REDIRECT_NO_LOCATION))
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_REDIRECTS,
                 _("The address redirects too many times or nowhere (a redirect loop?): nothing was added."));
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NETWORK,
                 _("The secure connection could not be trusted (%s): nothing was added."),
                 cause->message);
  else
    g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NETWORK,
                 _("The server could not be reached (%s): nothing was added."), cause->message);
}

/* Reads the body up to the cap, reporting progress. */
static GBytes *
read_body (SitrepFetcher        *fetcher,
           GInputStream         *stream,
           goffset               expected,
           const char           *address,
           SitrepFetchProgress   progress,
           gpointer              user_data,
           GCancellable         *cancellable,
           GError              **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[16384];

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, &local_error);

      if (n < 0)
        {
          set_transfer_error (error, address, local_error, fetcher->timeout_seconds);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len + (gsize) n > fetcher->max_bytes)
        {
          set_too_large (error, address, fetcher->max_bytes);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
      if (progress != NULL)
        progress (data->len, expected > 0 ? (guint64) expected : 0, user_data);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Checks the status and the type of an answer before its body is read. */
static gboolean
check_answer (SitrepFetcher  *fetcher,
              gboolean        feed,
              SoupMessage    *message,
              const char     *address,
              char          **type,
              char          **charset,
              GError        **error)
{
  guint status = soup_message_get_status (message);
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  GHashTable *params = NULL;
  const char *content_type = soup_message_headers_get_content_type (headers, &params);
  goffset length = soup_message_headers_get_content_length (headers);

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (message);

      g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_HTTP,
                   _("The server answered %u %s: nothing was added."), status,
                   reason != NULL && reason[0] != '\0' ? reason : soup_status_get_phrase (status));
      g_clear_pointer (&params, g_hash_table_unref);
      return FALSE;
    }
  if (!is_html_type (content_type) && !is_unsure_type (content_type) &&
      !(feed && content_type != NULL && (strstr (content_type, "xml") != NULL || strstr (content_type, "rss") != NULL)))
    {
      set_not_html (error, address, content_type);
      g_clear_pointer (&params, g_hash_table_unref);
      return FALSE;
    }
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      length > (goffset) fetcher->max_bytes &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    {
      set_too_large (error, address, fetcher->max_bytes);
      g_clear_pointer (&params, g_hash_table_unref);
      return FALSE;
    }
  *type = g_strdup (content_type);
  *charset = params != NULL ? g_strdup (g_hash_table_lookup (params, "charset")) : NULL;
  g_clear_pointer (&params, g_hash_table_unref);
  return TRUE;
}

static SitrepFetchedPage *
fetch_document (SitrepFetcher        *fetcher,
                gboolean              feed,
                const char           *address,
                SitrepFetchProgress   progress,
                gpointer              user_data,
                GCancellable         *cancellable,
                GError              **error)
{
  g_autoptr(SitrepFetchedPage) page = g_new0 (SitrepFetchedPage, 1);
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *request = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *original = NULL;
  gsize len;
  const guint8 *data;

  g_return_val_if_fail (fetcher != NULL && address != NULL, NULL);

  request = normalise_address (address, error);
  if (request == NULL)
    return NULL;
  page->address = g_strdup (address);
  g_strstrip (page->address);
  if (split_archive_address (request, &prefix, &stamp, &original))
    {
      /* the archive's raw capture, without its toolbar and rewritten links */
      page->archive_url = g_strdup (request);
      page->original_url = g_strdup (original);
      page->captured = timestamp_to_iso (stamp);
      g_free (request);
      request = g_strconcat (prefix, stamp, "id_/", original, NULL);
    }

  message = soup_message_new (SOUP_METHOD_GET, request);
  if (message == NULL)
    {
      g_set_error (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_INVALID_ADDRESS,
                   _("“%s” is not a web address (http:// or https://)."), address);
      return NULL;
    }
  soup_message_headers_replace (soup_message_get_request_headers (message), "Accept",
                                "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
  stream = soup_session_send (fetcher->session, message, cancellable, &local_error);
  if (stream == NULL)
    {
      set_transfer_error (error, page->address, local_error, fetcher->timeout_seconds);
      return NULL;
    }
  if (!check_answer (fetcher, feed, message, page->address, &page->content_type, &page->charset, error))
    return NULL;

  page->body = read_body (fetcher, stream, soup_message_headers_get_content_length (
                            soup_message_get_response_headers (message)),
                          page->address, progress, user_data, cancellable, error);
  if (page->body == NULL)
    return NULL;
  data = g_bytes_get_data (page->body, &len);
  if (len == 0)
    {
      g_set_error_literal (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NOT_HTML,
                           _("The page is empty: nothing was added."));
      return NULL;
    }
  if (!feed && !is_html_type (page->content_type) &&
      !sitrep_html_looks_like_html ((const char *) data, len))
    {
      set_not_html (error, page->address, page->content_type);
      return NULL;
    }

  page->final_url = g_uri_to_string (soup_message_get_uri (message));
  now = g_date_time_new_now_utc ();
  page->fetched = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  return g_steal_pointer (&page);
}

SitrepFetchedPage *
sitrep_fetch_page (SitrepFetcher        *fetcher,
                   const char           *address,
                   SitrepFetchProgress   progress,
                   gpointer              user_data,
                   GCancellable         *cancellable,
                   GError              **error)
{
  return fetch_document (fetcher, FALSE, address, progress, user_data, cancellable, error);
}

SitrepFetchedPage *
sitrep_fetch_feed (SitrepFetcher  *fetcher,
                   const char     *address,
                   GCancellable   *cancellable,
                   GError        **error)
{
  return fetch_document (fetcher, TRUE, address, NULL, NULL, cancellable, error);
}

/* ---- into the project ---- */

static gboolean
has_bom (GBytes *bytes)
{
  gsize len;
  const guint8 *d = g_bytes_get_data (bytes, &len);

  return (len >= 3 && memcmp (d, "\xef\xbb\xbf", 3) == 0) ||
         (len >= 2 && (memcmp (d, "\xff\xfe", 2) == 0 || memcmp (d, "\xfe\xff", 2) == 0));
}

/* "https://www.example.org/a" → "example.org"; NULL without a host. */
static char *
host_of (const char *address)
{
  g_autoptr(GUri) uri = address != NULL ? g_uri_parse (address, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;
  char *lower;

  if (host == NULL || *host == '\0')
    return NULL;
  lower = g_ascii_strdown (host, -1);
  if (g_str_has_prefix (lower, "www.") && lower[4] != '\0')
    memmove (lower, lower + 4, strlen (lower + 4) + 1);
  return lower;
}

SitrepImportRecord *
sitrep_fetched_page_to_record (SitrepFetchedPage  *page,
                               GError            **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  SitrepImportRecord *record;
  /* the byte order mark first, then the header's charset, then the page's own */
  const char *encoding = has_bom (page->body) ? NULL : page->charset;

  records = sitrep_import_parse_bytes (page->body, "page.html", SITREP_IMPORT_FORMAT_HTML,
                                       encoding, NULL, &local_error);
  if (records == NULL && encoding != NULL &&
      g_error_matches (local_error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_ENCODING))
    {
      /* a header that is wrong about the bytes: read them as a file would be */
      g_clear_error (&local_error);
      records = sitrep_import_parse_bytes (page->body, "page.html", SITREP_IMPORT_FORMAT_HTML,
                                           NULL, NULL, &local_error);
    }
  if (records == NULL)
    {
      g_set_error_literal (error, SITREP_FETCH_ERROR, SITREP_FETCH_ERROR_NOT_HTML, local_error->message);
      return NULL;
    }
  record = g_ptr_array_steal_index (records, 0);
  g_free (record->original_name);
  record->original_name = g_strdup (page->address);
  g_free (record->url);
  record->url = g_strdup (page->original_url != NULL ? page->original_url : page->final_url);
  record->archive_url = g_strdup (page->archive_url);
  record->captured = g_strdup (page->captured);
  /* A page that names no outlet, in its metadata or its title's end, is
   * known by the host it came from ("Unknown source" told the user nothing
   * the address did not). */
  if (record->source == NULL || *g_strstrip (record->source) == '\0')
    {
      g_free (record->source);
      record->source = host_of (page->original_url != NULL ? page->original_url : page->final_url);
    }
  return record;
}

gint64
sitrep_fetch_import (SitrepFetcher        *fetcher,
                     SitrepStore          *store,
                     const char           *address,
                     SitrepFetchProgress   progress,
                     gpointer              user_data,
                     char                **warning,
                     GCancellable         *cancellable,
                     GError              **error)
{
  return sitrep_fetch_import_from (fetcher, store, address, NULL, progress, user_data, warning,
                                   cancellable, error);
}

static gint64 import_page (SitrepFetcher *fetcher, SitrepStore *store, const char *address,
                           const char *source, const char *published, SitrepFetchProgress progress,
                           gpointer user_data, char **warning, GCancellable *cancellable,
                           GError **error);

gint64
sitrep_fetch_import_from (SitrepFetcher        *fetcher,
                          SitrepStore          *store,
                          const char           *address,
                          const char           *source,
                          SitrepFetchProgress   progress,
                          gpointer              user_data,
                          char                **warning,
                          GCancellable         *cancellable,
                          GError              **error)
{
  return import_page (fetcher, store, address, source, NULL, progress, user_data, warning,
                      cancellable, error);
}

gint64
_sitrep_fetch_import_item (SitrepFetcher  *fetcher,
                           SitrepStore    *store,
                           const char     *address,
                           const char     *source,
                           const char     *published,
                           GCancellable   *cancellable,
                           GError        **error)
{
  return import_page (fetcher, store, address, source, published, NULL, NULL, NULL,
                      cancellable, error);
}

void
_sitrep_import_record_prefer_date (SitrepImportRecord *record,
                                   const char         *date)
{
  g_autofree char *iso = NULL;
  g_autofree char *note = NULL;
  SitrepDatePrecision precision = SITREP_DATE_PRECISION_UNKNOWN;

  if (date == NULL || !sitrep_date_parse (date, &iso, &precision, &note) || iso == NULL ||
      (record->published != NULL && record->published_precision >= precision))
    return;
  g_free (record->published);
  g_free (record->published_note);
  record->published = g_steal_pointer (&iso);
  record->published_precision = precision;
  record->published_note = g_steal_pointer (&note);
}

static gint64
import_page (SitrepFetcher        *fetcher,
             SitrepStore          *store,
             const char           *address,
             const char           *source,
             const char           *published,
             SitrepFetchProgress   progress,
             gpointer              user_data,
             char                **warning,
             GCancellable         *cancellable,
             GError              **error)
{
  g_autoptr(SitrepFetchedPage) page = NULL;
  g_autoptr(SitrepImportRecord) record = NULL;
  SitrepImportRecord *records[1];
  gint64 id = 0;
  GError *record_error = NULL;

  g_return_val_if_fail (fetcher != NULL && SITREP_IS_STORE (store) && address != NULL, 0);

  if (warning != NULL)
    *warning = NULL;
  page = sitrep_fetch_page (fetcher, address, progress, user_data, cancellable, error);
  if (page == NULL)
    return 0;

  /* the same page fetched before, by the address it ends at */
  if ((id = sitrep_store_find_article_by_url (store, page->original_url)) > 0 ||
      (id = sitrep_store_find_article_by_url (store, page->final_url)) > 0)
    return -id;

  record = sitrep_fetched_page_to_record (page, error);
  if (record == NULL)
    return 0;
  if (source != NULL)
    {
      g_free (record->source);
      record->source = g_strdup (source);
    }
  _sitrep_import_record_prefer_date (record, published);
  records[0] = record;
  if (!sitrep_store_add_articles (store, records, 1, &id, &record_error, error))
    {
      g_clear_error (&record_error);
      return 0;
    }
  if (id == 0)
    {
      if (record_error != NULL)
        g_propagate_error (error, record_error);
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
                     _("The article could not be saved."));
      return 0;
    }
  if (id > 0 && warning != NULL && record->warning != NULL)
    *warning = g_strdup (record->warning);
  return id;
}

void
sitrep_fetch_outcome_free (SitrepFetchOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_free (outcome->address);
  g_free (outcome->warning);
  g_free (outcome->message);
  g_free (outcome);
}

typedef struct
{
  GStrv                addresses;
  GPtrArray           *outcomes;   /* SitrepFetchOutcome */
  SitrepProgressRelay *relay;
} ImportAllJob;

static void
import_all_job_free (ImportAllJob *job)
{
  g_strfreev (job->addresses);
  g_clear_pointer (&job->outcomes, g_ptr_array_unref);
  g_clear_pointer (&job->relay, _sitrep_progress_relay_unref);
  g_free (job);
}

static void
import_all_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ImportAllJob *job = task_data;
  g_autoptr(SitrepFetcher) fetcher = sitrep_fetcher_new (30, 0);
  guint total = g_strv_length (job->addresses);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(GError) error = NULL;
      SitrepFetchOutcome *outcome;
      char *warning = NULL;
      gint64 id;

      _sitrep_progress_relay_send_done_total (i, total, job->relay);
      if (g_cancellable_is_cancelled (cancellable))
        break;
      id = sitrep_fetch_import (fetcher, source_object, job->addresses[i], NULL, NULL, &warning,
                                cancellable, &error);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_free (warning);
          break;
        }
      outcome = g_new0 (SitrepFetchOutcome, 1);
      outcome->address = g_strdup (job->addresses[i]);
      outcome->id = id;
      outcome->warning = warning;
      outcome->message = id == 0 && error != NULL ? g_strdup (error->message) : NULL;
      g_ptr_array_add (job->outcomes, outcome);
    }
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

/**
 * sitrep_fetch_import_all_async:
 * @progress: (nullable): called on the caller's main context before each address
 *
 * Imports the pages at @addresses on a worker thread, one after another.
 * Only each page itself is fetched. A cancel stops before the next address
 * (or in the middle of a fetch); the articles already added stay.
 */
void
sitrep_fetch_import_all_async (SitrepStore                *store,
                               const char * const         *addresses,
                               SitrepFetchImportProgress   progress,
                               gpointer                    progress_data,
                               GDestroyNotify              progress_destroy,
                               GCancellable               *cancellable,
                               GAsyncReadyCallback         callback,
                               gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportAllJob *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (addresses != NULL);

  job = g_new0 (ImportAllJob, 1);
  job->addresses = g_strdupv ((char **) addresses);
  job->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_fetch_outcome_free);
  job->relay = _sitrep_progress_relay_new_done_total (progress, progress_data, progress_destroy);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_fetch_import_all_async);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) import_all_job_free);
  g_task_run_in_thread (task, import_all_thread);
}

gboolean
sitrep_fetch_import_all_finish (SitrepStore   *store,
                                GAsyncResult  *result,
                                GPtrArray    **outcomes,
                                GError       **error)
{
  ImportAllJob *job;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_fetch_import_all_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (outcomes != NULL)
    *outcomes = g_steal_pointer (&job->outcomes);
  return g_task_propagate_boolean (G_TASK (result), error);
}
