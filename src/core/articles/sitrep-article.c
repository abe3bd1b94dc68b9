/* sitrep-article.c — an article's metadata as shown in lists and the reader header
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-core"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"
#include "sitrep-article.h"

struct _SitrepArticle
{
  GObject parent_instance;

  gint64 id;
  char *title;
  char *source;
  char *url;
  char *author;
  char *published;
  char *published_note;
  char *language;
  char *imported_at;
  char *snippet;
  SitrepDatePrecision published_precision;
  SitrepArticleStatus status;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_URL,
  PROP_AUTHOR,
  PROP_PUBLISHED,
  PROP_PUBLISHED_PRECISION,
  PROP_PUBLISHED_NOTE,
  PROP_LANGUAGE,
  PROP_STATUS,
  PROP_IMPORTED_AT,
  PROP_SNIPPET,
  PROP_DATE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepArticle, sitrep_article, G_TYPE_OBJECT)

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
sitrep_article_finalize (GObject *object)
{
  SitrepArticle *self = (SitrepArticle *) object;

  g_free (self->title);
  g_free (self->source);
  g_free (self->url);
  g_free (self->author);
  g_free (self->published);
  g_free (self->published_note);
  g_free (self->language);
  g_free (self->imported_at);
  g_free (self->snippet);

  G_OBJECT_CLASS (sitrep_article_parent_class)->finalize (object);
}

static void
sitrep_article_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SitrepArticle *self = SITREP_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;
    case PROP_PUBLISHED_PRECISION:
      g_value_set_int (value, self->published_precision);
      break;
    case PROP_PUBLISHED_NOTE:
      g_value_set_string (value, self->published_note);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_IMPORTED_AT:
      g_value_set_string (value, self->imported_at);
      break;
    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;
    case PROP_DATE_LABEL:
      g_value_take_string (value, sitrep_article_dup_date_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_article_class_init (SitrepArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = sitrep_article_finalize;
  object_class->get_property = sitrep_article_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, ro);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, ro);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, ro);
  properties[PROP_PUBLISHED] = g_param_spec_string ("published", NULL, NULL, NULL, ro);
  properties[PROP_PUBLISHED_PRECISION] =
    g_param_spec_int ("published-precision", NULL, NULL,
                      SITREP_DATE_PRECISION_UNKNOWN, SITREP_DATE_PRECISION_DAY,
                      SITREP_DATE_PRECISION_UNKNOWN, ro);
  properties[PROP_PUBLISHED_NOTE] = g_param_spec_string ("published-note", NULL, NULL, NULL, ro);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      SITREP_ARTICLE_STATUS_NEW, SITREP_ARTICLE_STATUS_DONE,
                      SITREP_ARTICLE_STATUS_NEW, ro);
  properties[PROP_IMPORTED_AT] = g_param_spec_string ("imported-at", NULL, NULL, NULL, ro);
  properties[PROP_SNIPPET] = g_param_spec_string ("snippet", NULL, NULL, NULL, ro);
  properties[PROP_DATE_LABEL] = g_param_spec_string ("date-label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_article_init (SitrepArticle *self)
{
}

SitrepArticle *
sitrep_article_new (gint64 id)
{
  SitrepArticle *self = g_object_new (SITREP_TYPE_ARTICLE, NULL);

  self->id = id;
  return self;
}

gint64
sitrep_article_get_id (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), 0);
  return self->id;
}

const char *
sitrep_article_get_title (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->title;
}

const char *
sitrep_article_get_source (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->source;
}

const char *
sitrep_article_get_url (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->url;
}

const char *
sitrep_article_get_author (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->author;
}

const char *
sitrep_article_get_published (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->published;
}

SitrepDatePrecision
sitrep_article_get_published_precision (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), SITREP_DATE_PRECISION_UNKNOWN);
  return self->published_precision;
}

const char *
sitrep_article_get_published_note (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->published_note;
}

const char *
sitrep_article_get_language (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->language;
}

SitrepArticleStatus
sitrep_article_get_status (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), SITREP_ARTICLE_STATUS_NEW);
  return self->status;
}

const char *
sitrep_article_get_imported_at (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->imported_at;
}

const char *
sitrep_article_get_snippet (SitrepArticle *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);
  return self->snippet;
}

void
sitrep_article_set_snippet (SitrepArticle *self,
                            const char    *snippet)
{
  g_return_if_fail (SITREP_IS_ARTICLE (self));

  if (set_string (&self->snippet, snippet))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNIPPET]);
}

/**
 * sitrep_article_dup_date_label:
 *
 * Returns: the publication date as a reader reads it ("25 August 2020",
 * "August 2020", "19 October, year unknown", "Date unknown").
 */
char *
sitrep_article_dup_date_label (SitrepArticle *self)
{
  int y = 0, m = 0, d = 0;

  g_return_val_if_fail (SITREP_IS_ARTICLE (self), NULL);

  if (self->published == NULL || self->published_precision == SITREP_DATE_PRECISION_UNKNOWN)
    {
      if (self->published_note != NULL && *self->published_note != '\0')
        return g_strdup (self->published_note);
      return g_strdup (_("Date unknown"));
    }

  if (sscanf (self->published, "%d-%d-%d", &y, &m, &d) < 1)
    return g_strdup (self->published);

  if (self->published_precision == SITREP_DATE_PRECISION_YEAR || m < 1 || m > 12)
    return g_strdup_printf ("%04d", y);

  {
    g_autoptr(GDateTime) dt = g_date_time_new_utc (y, m, (d >= 1 && d <= 31) ? d : 1, 0, 0, 0);

    if (dt == NULL)
      return g_strdup (self->published);
    if (self->published_precision == SITREP_DATE_PRECISION_MONTH)
      return g_date_time_format (dt, "%B %Y");
    return g_date_time_format (dt, "%-d %B %Y");
  }
}

/* Copies every stored field of @from into @self, notifying what changed. */
void
sitrep_article_update (SitrepArticle *self,
                       SitrepArticle *from)
{
  gboolean date_changed = FALSE;

  g_return_if_fail (SITREP_IS_ARTICLE (self));
  g_return_if_fail (SITREP_IS_ARTICLE (from));

  g_object_freeze_notify (G_OBJECT (self));

  if (set_string (&self->title, from->title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  if (set_string (&self->source, from->source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
  if (set_string (&self->url, from->url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
  if (set_string (&self->author, from->author))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
  if (set_string (&self->published, from->published))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
      date_changed = TRUE;
    }
  if (set_string (&self->published_note, from->published_note))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_NOTE]);
      date_changed = TRUE;
    }
  if (self->published_precision != from->published_precision)
    {
      self->published_precision = from->published_precision;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_PRECISION]);
      date_changed = TRUE;
    }
  if (set_string (&self->language, from->language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  if (self->status != from->status)
    {
      self->status = from->status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (set_string (&self->imported_at, from->imported_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTED_AT]);
  if (date_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_LABEL]);

  g_object_thaw_notify (G_OBJECT (self));
}

/* Store-side setter: the struct stays private to this file. */
void
_sitrep_article_fill (SitrepArticle       *self,
                      const char          *title,
                      const char          *source,
                      const char          *url,
                      const char          *author,
                      const char          *published,
                      SitrepDatePrecision  precision,
                      const char          *published_note,
                      const char          *language,
                      SitrepArticleStatus  status,
                      const char          *imported_at)
{
  set_string (&self->title, title);
  set_string (&self->source, source);
  set_string (&self->url, url);
  set_string (&self->author, author);
  set_string (&self->published, published);
  self->published_precision = precision;
  set_string (&self->published_note, published_note);
  set_string (&self->language, language);
  self->status = status;
  set_string (&self->imported_at, imported_at);
}
