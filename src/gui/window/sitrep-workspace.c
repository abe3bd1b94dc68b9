/* sitrep-workspace.c — what one window is looking at: project, article, annotation, event, dates, area
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's views keep in step through this object, as GNOME Text
 * Editor's panes follow its session: the reader, the annotation panel, the
 * map, the Events view, the timeline and the presentation bind to its
 * properties and signals and never call each other. */

#define G_LOG_DOMAIN "sitrep-workspace"

#include "config.h"

#include "sitrep-workspace.h"

struct _SitrepWorkspace
{
  GObject        parent_instance;

  /* owned references */
  SitrepStore   *store;
  SitrepArticle *article;

  /* state */
  gint64         annotation;
  gint64         event;
  guint          range_first;
  guint          range_last;
  gboolean       only_in_view;
  gboolean       has_area;
  double         west, south, east, north;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE,
  PROP_ARTICLE_ID,
  PROP_ANNOTATION,
  PROP_EVENT,
  PROP_ONLY_IN_VIEW,
  N_PROPS
};

enum {
  SIGNAL_RANGE_CHANGED,
  SIGNAL_AREA_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepWorkspace, sitrep_workspace, G_TYPE_OBJECT)

static void
sitrep_workspace_dispose (GObject *object)
{
  SitrepWorkspace *self = SITREP_WORKSPACE (object);

  g_clear_object (&self->article);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_workspace_parent_class)->dispose (object);
}

static void
sitrep_workspace_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SitrepWorkspace *self = SITREP_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, sitrep_workspace_get_article_id (self));
      break;

    case PROP_ANNOTATION:
      g_value_set_int64 (value, self->annotation);
      break;

    case PROP_EVENT:
      g_value_set_int64 (value, self->event);
      break;

    case PROP_ONLY_IN_VIEW:
      g_value_set_boolean (value, self->only_in_view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_workspace_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SitrepWorkspace *self = SITREP_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sitrep_workspace_set_store (self, g_value_get_object (value));
      break;

    case PROP_ARTICLE:
      sitrep_workspace_set_article (self, g_value_get_object (value));
      break;

    case PROP_ANNOTATION:
      sitrep_workspace_set_annotation (self, g_value_get_int64 (value));
      break;

    case PROP_EVENT:
      sitrep_workspace_set_event (self, g_value_get_int64 (value));
      break;

    case PROP_ONLY_IN_VIEW:
      sitrep_workspace_set_only_in_view (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_workspace_class_init (SitrepWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_workspace_dispose;
  object_class->get_property = sitrep_workspace_get_property;
  object_class->set_property = sitrep_workspace_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SITREP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, SITREP_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ANNOTATION] =
    g_param_spec_int64 ("annotation", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EVENT] =
    g_param_spec_int64 ("event", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ONLY_IN_VIEW] =
    g_param_spec_boolean ("only-in-view", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_RANGE_CHANGED] =
    g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_AREA_CHANGED] =
    g_signal_new ("area-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sitrep_workspace_init (SitrepWorkspace *self)
{
}

SitrepWorkspace *
sitrep_workspace_new (void)
{
  return g_object_new (SITREP_TYPE_WORKSPACE, NULL);
}

SitrepStore *
sitrep_workspace_get_store (SitrepWorkspace *self)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), NULL);

  return self->store;
}

/**
 * sitrep_workspace_set_store:
 *
 * Another project: the article, annotation, event and range of the last
 * one are cleared first, so no view asks the new project for an old id.
 */
void
sitrep_workspace_set_store (SitrepWorkspace *self,
                            SitrepStore     *store)
{
  g_return_if_fail (SITREP_IS_WORKSPACE (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  if (store == self->store)
    return;

  sitrep_workspace_set_event (self, 0);
  sitrep_workspace_set_annotation (self, 0);
  sitrep_workspace_set_article (self, NULL);
  sitrep_workspace_set_range (self, 0, 0);
  g_set_object (&self->store, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

SitrepArticle *
sitrep_workspace_get_article (SitrepWorkspace *self)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), NULL);

  return self->article;
}

gint64
sitrep_workspace_get_article_id (SitrepWorkspace *self)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), 0);

  return self->article != NULL ? sitrep_article_get_id (self->article) : 0;
}

/**
 * sitrep_workspace_set_article:
 *
 * A fresh copy of the same article (after its metadata changed) notifies
 * "article" but not "article-id".
 */
void
sitrep_workspace_set_article (SitrepWorkspace *self,
                              SitrepArticle   *article)
{
  gint64 old_id;

  g_return_if_fail (SITREP_IS_WORKSPACE (self));
  g_return_if_fail (article == NULL || SITREP_IS_ARTICLE (article));

  if (article == self->article)
    return;

  old_id = sitrep_workspace_get_article_id (self);
  g_set_object (&self->article, article);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
  if (old_id != sitrep_workspace_get_article_id (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_ID]);
}

gint64
sitrep_workspace_get_annotation (SitrepWorkspace *self)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), 0);

  return self->annotation;
}

void
sitrep_workspace_set_annotation (SitrepWorkspace *self,
                                 gint64           id)
{
  g_return_if_fail (SITREP_IS_WORKSPACE (self));

  if (id == self->annotation)
    return;

  self->annotation = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION]);
}

gint64
sitrep_workspace_get_event (SitrepWorkspace *self)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), 0);

  return self->event;
}

void
sitrep_workspace_set_event (SitrepWorkspace *self,
                            gint64           id)
{
  g_return_if_fail (SITREP_IS_WORKSPACE (self));

  if (id == self->event)
    return;

  self->event = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

gboolean
sitrep_workspace_get_range (SitrepWorkspace *self,
                            guint           *first,
                            guint           *last)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), FALSE);

  if (first != NULL)
    *first = self->range_first;
  if (last != NULL)
    *last = self->range_last;

  return self->range_first != 0;
}

/* @first 0 clears the range. */
void
sitrep_workspace_set_range (SitrepWorkspace *self,
                            guint            first,
                            guint            last)
{
  g_return_if_fail (SITREP_IS_WORKSPACE (self));

  if (first == 0)
    last = 0;
  else if (last < first)
    {
      guint t = first;

      first = last;
      last = t;
    }
  if (first == self->range_first && last == self->range_last)
    return;

  self->range_first = first;
  self->range_last = last;
  g_signal_emit (self, signals[SIGNAL_RANGE_CHANGED], 0, first, last);
}

gboolean
sitrep_workspace_get_only_in_view (SitrepWorkspace *self)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), FALSE);

  return self->only_in_view;
}

void
sitrep_workspace_set_only_in_view (SitrepWorkspace *self,
                                   gboolean         only_in_view)
{
  g_return_if_fail (SITREP_IS_WORKSPACE (self));

  only_in_view = !!only_in_view;
  if (only_in_view == self->only_in_view)
    return;

  self->only_in_view = only_in_view;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_IN_VIEW]);
}

/* FALSE while the map has not shown any area yet. */
gboolean
sitrep_workspace_get_area (SitrepWorkspace *self,
                           double          *west,
                           double          *south,
                           double          *east,
                           double          *north)
{
  g_return_val_if_fail (SITREP_IS_WORKSPACE (self), FALSE);

  if (west != NULL)
    *west = self->west;
  if (south != NULL)
    *south = self->south;
  if (east != NULL)
    *east = self->east;
  if (north != NULL)
    *north = self->north;

  return self->has_area;
}

void
sitrep_workspace_set_area (SitrepWorkspace *self,
                           double           west,
                           double           south,
                           double           east,
                           double           north)
{
  g_return_if_fail (SITREP_IS_WORKSPACE (self));

  if (self->has_area && west == self->west && south == self->south &&
      east == self->east && north == self->north)
    return;

  self->has_area = TRUE;
  self->west = west;
  self->south = south;
  self->east = east;
  self->north = north;
  g_signal_emit (self, signals[SIGNAL_AREA_CHANGED], 0);
}

void
sitrep_workspace_clear_area (SitrepWorkspace *self)
{
  g_return_if_fail (SITREP_IS_WORKSPACE (self));

  if (!self->has_area)
    return;

  self->has_area = FALSE;
  self->west = self->south = self->east = self->north = 0;
  g_signal_emit (self, signals[SIGNAL_AREA_CHANGED], 0);
}
