/* sitrep-pane.c — the base of the window's panes: a workspace to follow and the event index
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-pane"

#include "config.h"

#include "sitrep-pane.h"

typedef struct
{
  SitrepWorkspace  *workspace;
  GSignalGroup     *workspace_signals;
  GBindingGroup    *workspace_bindings;
  SitrepEventIndex *event_index;
} SitrepPanePrivate;

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_EVENT_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SitrepPane, sitrep_pane, GTK_TYPE_WIDGET)

static void
sitrep_pane_dispose (GObject *object)
{
  SitrepPane *self = SITREP_PANE (object);
  SitrepPanePrivate *priv = sitrep_pane_get_instance_private (self);

  if (priv->workspace_signals != NULL)
    g_signal_group_set_target (priv->workspace_signals, NULL);
  if (priv->workspace_bindings != NULL)
    g_binding_group_set_source (priv->workspace_bindings, NULL);
  g_clear_object (&priv->workspace_signals);
  g_clear_object (&priv->workspace_bindings);
  g_clear_object (&priv->workspace);
  g_clear_object (&priv->event_index);

  G_OBJECT_CLASS (sitrep_pane_parent_class)->dispose (object);
}

static void
sitrep_pane_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SitrepPane *self = SITREP_PANE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, sitrep_pane_get_workspace (self));
      break;

    case PROP_EVENT_INDEX:
      g_value_set_object (value, sitrep_pane_get_event_index (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_pane_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SitrepPane *self = SITREP_PANE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      sitrep_pane_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_EVENT_INDEX:
      sitrep_pane_set_event_index (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_pane_class_init (SitrepPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_pane_dispose;
  object_class->get_property = sitrep_pane_get_property;
  object_class->set_property = sitrep_pane_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, SITREP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EVENT_INDEX] =
    g_param_spec_object ("event-index", NULL, NULL, SITREP_TYPE_EVENT_INDEX,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_pane_init (SitrepPane *self)
{
  SitrepPanePrivate *priv = sitrep_pane_get_instance_private (self);

  priv->workspace_signals = g_signal_group_new (SITREP_TYPE_WORKSPACE);
  priv->workspace_bindings = g_binding_group_new ();
}

/* Public API */

SitrepWorkspace *
sitrep_pane_get_workspace (SitrepPane *self)
{
  SitrepPanePrivate *priv;

  g_return_val_if_fail (SITREP_IS_PANE (self), NULL);

  priv = sitrep_pane_get_instance_private (self);
  return priv->workspace;
}

void
sitrep_pane_set_workspace (SitrepPane      *self,
                           SitrepWorkspace *workspace)
{
  SitrepPanePrivate *priv;
  g_autoptr(SitrepWorkspace) old = NULL;

  g_return_if_fail (SITREP_IS_PANE (self));
  g_return_if_fail (workspace == NULL || SITREP_IS_WORKSPACE (workspace));

  priv = sitrep_pane_get_instance_private (self);
  if (priv->workspace == workspace)
    return;
  old = g_steal_pointer (&priv->workspace);
  priv->workspace = workspace != NULL ? g_object_ref (workspace) : NULL;
  g_binding_group_set_source (priv->workspace_bindings, workspace);
  g_signal_group_set_target (priv->workspace_signals, workspace);
  if (SITREP_PANE_GET_CLASS (self)->workspace_changed != NULL)
    SITREP_PANE_GET_CLASS (self)->workspace_changed (self, old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

SitrepEventIndex *
sitrep_pane_get_event_index (SitrepPane *self)
{
  SitrepPanePrivate *priv;

  g_return_val_if_fail (SITREP_IS_PANE (self), NULL);

  priv = sitrep_pane_get_instance_private (self);
  return priv->event_index;
}

void
sitrep_pane_set_event_index (SitrepPane       *self,
                             SitrepEventIndex *index)
{
  SitrepPanePrivate *priv;
  g_autoptr(SitrepEventIndex) old = NULL;

  g_return_if_fail (SITREP_IS_PANE (self));
  g_return_if_fail (index == NULL || SITREP_IS_EVENT_INDEX (index));

  priv = sitrep_pane_get_instance_private (self);
  if (priv->event_index == index)
    return;
  old = g_steal_pointer (&priv->event_index);
  priv->event_index = index != NULL ? g_object_ref (index) : NULL;
  if (SITREP_PANE_GET_CLASS (self)->event_index_changed != NULL)
    SITREP_PANE_GET_CLASS (self)->event_index_changed (self, old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_INDEX]);
}

SitrepStore *
sitrep_pane_get_store (SitrepPane *self)
{
  SitrepWorkspace *workspace = sitrep_pane_get_workspace (self);

  return workspace != NULL ? sitrep_workspace_get_store (workspace) : NULL;
}

GSignalGroup *
sitrep_pane_get_workspace_signals (SitrepPane *self)
{
  SitrepPanePrivate *priv;

  g_return_val_if_fail (SITREP_IS_PANE (self), NULL);

  priv = sitrep_pane_get_instance_private (self);
  return priv->workspace_signals;
}

GBindingGroup *
sitrep_pane_get_workspace_bindings (SitrepPane *self)
{
  SitrepPanePrivate *priv;

  g_return_val_if_fail (SITREP_IS_PANE (self), NULL);

  priv = sitrep_pane_get_instance_private (self);
  return priv->workspace_bindings;
}
