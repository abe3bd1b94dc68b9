/* fuzz-page.c — libFuzzer target: a fetched web page as the fetch path hands it on (its
 * Content-Type header with any charset, then the bytes of the body), made into an article
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-fetch.h"
#include "sitrep-fuzz.h"
#include "sitrep-import-record.h"

/* The input: "Content-Type value\n" then the body. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *eol = memchr (data, '\n', MIN (size, 512));
  g_autofree char *header = eol != NULL ? g_strndup ((const char *) data, eol - data) : g_strdup ("text/html");
  SitrepFetchedPage page = { 0 };
  SitrepImportRecord *record;
  const char *charset;

  if (eol != NULL)
    {
      size -= eol - data + 1;
      data = eol + 1;
    }
  page.address = (char *) "https://example.org/2024/01/report.html";
  page.final_url = page.address;
  page.fetched = (char *) "2024-01-02T03:04:05Z";
  /* as the fetcher splits it */
  charset = strstr (header, "charset=");
  page.charset = charset != NULL ? g_strdup (charset + strlen ("charset=")) : NULL;
  if (strchr (header, ';') != NULL)
    *strchr (header, ';') = '\0';
  page.content_type = header;
  page.body = g_bytes_new (data, size);

  record = sitrep_fetched_page_to_record (&page, NULL);
  if (record != NULL)
    {
      g_autoptr(GPtrArray) records = g_ptr_array_new ();

      g_ptr_array_add (records, record);
      sitrep_fuzz_check_records (records);
      sitrep_import_record_free (record);
    }
  g_free (page.charset);
  g_bytes_unref (page.body);
  return 0;
}
