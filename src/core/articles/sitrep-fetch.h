/* sitrep-fetch.h — web pages fetched by their address and imported as articles
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-import-record.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

#define SITREP_FETCH_ERROR (sitrep_fetch_error_quark ())

typedef enum
{
  SITREP_FETCH_ERROR_INVALID_ADDRESS,   /* not an http(s) address */
  SITREP_FETCH_ERROR_NETWORK,           /* no answer: name not found, refused, TLS … */
  SITREP_FETCH_ERROR_TIMEOUT,
  SITREP_FETCH_ERROR_REDIRECTS,         /* too many redirects (a loop) */
  SITREP_FETCH_ERROR_HTTP,              /* an HTTP error status (404, 500 …) */
  SITREP_FETCH_ERROR_NOT_HTML,          /* a PDF, an image, a download … */
  SITREP_FETCH_ERROR_TOO_LARGE,
} SitrepFetchError;

/* Pages larger than this are refused with TOO_LARGE. */
#define SITREP_FETCH_MAX_BYTES (20 * 1024 * 1024)

/* One fetched page, exactly as it came (content encoding undone). */
typedef struct
{
  char    *address;       /* as the user gave it */
  char    *final_url;     /* after redirects (for an archived page: the archive's raw address) */
  char    *archive_url;   /* an archived page: the archive address as given; else NULL */
  char    *original_url;  /* an archived page: the page's own address; else NULL */
  char    *captured;      /* an archived page: the capture time, ISO 8601 UTC; else NULL */
  char    *fetched;       /* ISO 8601 UTC */
  char    *content_type;  /* "text/html" … */
  char    *charset;       /* from the Content-Type header, or NULL */
  GBytes  *body;
} SitrepFetchedPage;

typedef struct _SitrepFetcher SitrepFetcher;

/* Progress of one page: bytes read so far and the expected total (0 when unknown). */
typedef void (*SitrepFetchProgress) (guint64  received,
                                     guint64  total,
                                     gpointer user_data);

GQuark             sitrep_fetch_error_quark      (void);

/* A fetcher with Sitrep's User-Agent, TLS certificates checked, a
 * @timeout_seconds wait for each answer and each read (0: 30 s) and a cap
 * of @max_bytes (0: SITREP_FETCH_MAX_BYTES). Use it from one thread at a
 * time; its calls block, so run them off the main thread. */
SitrepFetcher     *sitrep_fetcher_new            (guint          timeout_seconds,
                                                  gsize          max_bytes);
void               sitrep_fetcher_free           (SitrepFetcher *fetcher);

/* Fetches @address (http or https; "example.org/a" is read as https). Only
 * the page itself is fetched: nothing in it is run or followed. An archived
 * page is fetched in the archive's raw form (TIMESTAMPid_). */
SitrepFetchedPage *sitrep_fetch_page             (SitrepFetcher        *fetcher,
                                                  const char           *address,
                                                  SitrepFetchProgress   progress,
                                                  gpointer              user_data,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void               sitrep_fetched_page_free      (SitrepFetchedPage    *page);

/* The article in a fetched page: its text, metadata and the raw page as
 * the original; the address as given is the original's name, the final
 * (or the archived page's own) address its URL. */
SitrepImportRecord *sitrep_fetched_page_to_record (SitrepFetchedPage   *page,
                                                   GError             **error);

/* For an article fetched from a web archive: the archive's address and the
 * capture time (ISO 8601 UTC, NULL when unknown). FALSE (and both NULL) for
 * other articles. */
gboolean           sitrep_store_get_article_archive (SitrepStore   *store,
                                                     gint64         id,
                                                     char         **archive_url,
                                                     char         **captured);

/* The id of an article whose URL is @url, or 0. */
gint64             sitrep_store_find_article_by_url (SitrepStore      *store,
                                                     const char       *url);

/* Fetches @address and adds its article to @store. Returns the new id, or
 * -(id) of the article already there (same final URL or same clean text),
 * or 0 with @error set; *@warning (may be NULL) gets a word for the user
 * about an imported page (little text). */
gint64             sitrep_fetch_import           (SitrepFetcher        *fetcher,
                                                  SitrepStore          *store,
                                                  const char           *address,
                                                  SitrepFetchProgress   progress,
                                                  gpointer              user_data,
                                                  char                **warning,
                                                  GCancellable         *cancellable,
                                                  GError              **error);

/* As sitrep_fetch_import (), with @source (may be NULL) as the article's
 * source instead of the one the page names. */
gint64             sitrep_fetch_import_from      (SitrepFetcher        *fetcher,
                                                  SitrepStore          *store,
                                                  const char           *address,
                                                  const char           *source,
                                                  SitrepFetchProgress   progress,
                                                  gpointer              user_data,
                                                  char                **warning,
                                                  GCancellable         *cancellable,
                                                  GError              **error);

/* Fetches a news feed document (XML types accepted, no page check). */
SitrepFetchedPage *sitrep_fetch_feed             (SitrepFetcher        *fetcher,
                                                  const char           *address,
                                                  GCancellable         *cancellable,
                                                  GError              **error);

/* What importing one address came to. */
typedef struct
{
  char   *address;
  gint64  id;        /* the new article; -(id): the article already there; 0: failed */
  char   *warning;   /* imported: a word for the user about the page, or NULL */
  char   *message;   /* failed: why, in the user's words; else NULL */
} SitrepFetchOutcome;

void               sitrep_fetch_outcome_free     (SitrepFetchOutcome   *outcome);

/* Called before each address is fetched: @done addresses of @total are. */
typedef void (*SitrepFetchImportProgress) (guint    done,
                                           guint    total,
                                           gpointer user_data);

/* Fetches each of @addresses in turn on a worker thread and adds its article
 * to @store, as sitrep_fetch_import () does; @progress comes on the caller's
 * main context (it owns @progress_data, freed with @progress_destroy). */
void               sitrep_fetch_import_all_async  (SitrepStore                *store,
                                                   const char * const         *addresses,
                                                   SitrepFetchImportProgress   progress,
                                                   gpointer                    progress_data,
                                                   GDestroyNotify              progress_destroy,
                                                   GCancellable               *cancellable,
                                                   GAsyncReadyCallback         callback,
                                                   gpointer                    user_data);
/* *@outcomes (optional) gets one SitrepFetchOutcome for each address
 * fetched, in order, also when the import was cancelled (then FALSE with
 * G_IO_ERROR_CANCELLED: the addresses after those were not fetched). */
gboolean           sitrep_fetch_import_all_finish (SitrepStore                *store,
                                                   GAsyncResult               *result,
                                                   GPtrArray                 **outcomes,
                                                   GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFetchedPage, sitrep_fetched_page_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFetcher, sitrep_fetcher_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepFetchOutcome, sitrep_fetch_outcome_free)

G_END_DECLS
