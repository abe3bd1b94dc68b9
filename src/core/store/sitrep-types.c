/* sitrep-types.c — names of the shared enums, for files, JSON and the UI
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sitrep-types.h"

static const char *status_names[] = { "new", "in-progress", "done" };
static const char *precision_names[] = { "unknown", "year", "month", "day" };

const char *
sitrep_article_status_to_string (SitrepArticleStatus status)
{
  if ((guint) status < G_N_ELEMENTS (status_names))
    return status_names[status];
  return "new";
}

gboolean
sitrep_article_status_from_string (const char          *str,
                                   SitrepArticleStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (g_ascii_strcasecmp (str, status_names[i]) == 0)
        {
          *status = (SitrepArticleStatus) i;
          return TRUE;
        }
    }

  /* Accept the spellings people type. */
  if (g_ascii_strcasecmp (str, "in_progress") == 0 || g_ascii_strcasecmp (str, "in progress") == 0)
    {
      *status = SITREP_ARTICLE_STATUS_IN_PROGRESS;
      return TRUE;
    }

  return FALSE;
}

const char *
sitrep_article_status_to_label (SitrepArticleStatus status)
{
  switch (status)
    {
    case SITREP_ARTICLE_STATUS_IN_PROGRESS:
      return _("In progress");
    case SITREP_ARTICLE_STATUS_DONE:
      return _("Done");
    case SITREP_ARTICLE_STATUS_NEW:
    default:
      return _("New");
    }
}

const char *
sitrep_date_precision_to_string (SitrepDatePrecision precision)
{
  if ((guint) precision < G_N_ELEMENTS (precision_names))
    return precision_names[precision];
  return "unknown";
}
