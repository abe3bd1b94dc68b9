/* sitrep-dateparse-url.c — the date a web address's path says ("/2016/12/05/slug", "/2016/12/264967.htm")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>

#include "sitrep-dateparse-private.h"

/* A path segment that is a number of @min_digits to @max_digits digits, nothing else. */
static gboolean
segment_number (const char *segment,
                guint       min_digits,
                guint       max_digits,
                int        *value)
{
  gsize n = strlen (segment);
  guint64 v;

  if (n < min_digits || n > max_digits)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (segment[i]))
        return FALSE;
    }
  v = g_ascii_strtoull (segment, NULL, 10);
  *value = (int) v;
  return TRUE;
}

/* Whether the host of @url (ending at @path) is a blog host's: a blog's address dates the blog's post, which
 * reposts a report days or months after it was written ("…blogspot.com/2012/06/…" of a November bombing's
 * report); the coders' gold leaves such a report's year unknown (tuning14, tuning18). */
static gboolean
reposting_blog (const char *url,
                const char *path)
{
  static const char * const hosts[] = { ".blogspot.", ".wordpress.com", ".tumblr.com", ".livejournal.com", NULL };
  const char *host = strstr (url, "://");
  g_autofree char *h = g_ascii_strdown (host != NULL ? host + 3 : url, path - (host != NULL ? host + 3 : url));

  for (guint k = 0; hosts[k] != NULL; k++)
    if (strstr (h, hosts[k]) != NULL || (hosts[k][0] == '.' && g_str_has_prefix (h, hosts[k] + 1)))
      return TRUE;
  return FALSE;
}

gboolean
sitrep_date_parse_url (const char           *url,
                       char                **iso,
                       SitrepDatePrecision  *precision)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *path = NULL;
  g_auto(GStrv) segments = NULL;
  const char *start;
  int this_year = g_date_time_get_year (now);

  g_return_val_if_fail (url != NULL, FALSE);

  /* Only the path: a host or a query string is no date. */
  start = strstr (url, "://");
  start = start != NULL ? strchr (start + 3, '/') : strchr (url, '/');
  if (start == NULL || reposting_blog (url, start))
    return FALSE;
  path = g_strndup (start, strcspn (start, "?#"));
  segments = g_strsplit (path, "/", -1);

  for (guint i = 0; segments[i] != NULL && segments[i + 1] != NULL; i++)
    {
      int year, month, day;

      if (!segment_number (segments[i], 4, 4, &year) || year < 1990 || year > this_year ||
          !segment_number (segments[i + 1], 1, 2, &month) || month < 1 || month > 12)
        continue;

      /* "/2016/12/05/slug": a day, when it is one the month has. */
      if (segments[i + 2] != NULL && segment_number (segments[i + 2], 1, 2, &day))
        {
          if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
            continue;
          if (iso != NULL)
            *iso = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
          if (precision != NULL)
            *precision = SITREP_DATE_PRECISION_DAY;
          return TRUE;
        }

      /* "/2016/12/264967.htm": the month. */
      if (iso != NULL)
        *iso = g_strdup_printf ("%04d-%02d", year, month);
      if (precision != NULL)
        *precision = SITREP_DATE_PRECISION_MONTH;
      return TRUE;
    }

  return FALSE;
}
