/* sitrep-claim-row.c — one casualty claim in an event's ledger
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-claim-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-claim-row.h"

struct _SitrepClaimRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkLabel     *kind_label;
  GtkButton    *edit_button;
  GtkButton    *delete_button;

  /* owned references */
  SitrepClaim  *claim;
};

G_DEFINE_FINAL_TYPE (SitrepClaimRow, sitrep_claim_row, ADW_TYPE_ACTION_ROW)

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "killed") == 0)
    return _("Killed");
  if (g_strcmp0 (kind, "wounded") == 0)
    return _("Wounded");
  if (g_strcmp0 (kind, "captured") == 0)
    return _("Captured");
  if (g_strcmp0 (kind, "missing") == 0)
    return _("Missing");
  return kind;
}

static const char *
side_label (const char *side)
{
  if (g_strcmp0 (side, "actor1") == 0)
    return _("of actor 1");
  if (g_strcmp0 (side, "actor2") == 0)
    return _("of actor 2");
  if (g_strcmp0 (side, "civilians") == 0)
    return _("civilians");
  return NULL;
}

static char *
dup_figure (SitrepClaim *claim)
{
  const char *q = sitrep_claim_get_qualifier (claim);
  gint64 low = sitrep_claim_get_count_low (claim);
  gint64 high = sitrep_claim_get_count_high (claim);

  if (low < 0)
    return g_strdup (_("unknown number"));
  if (g_strcmp0 (q, "range") == 0 || high > low)
    return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, low, high);
  if (g_strcmp0 (q, "at_least") == 0)
    return g_strdup_printf (_("at least %d"), (int) low);
  if (g_strcmp0 (q, "more_than") == 0)
    return g_strdup_printf (_("more than %d"), (int) low);
  if (g_strcmp0 (q, "up_to") == 0)
    return g_strdup_printf (_("up to %d"), (int) low);
  if (g_strcmp0 (q, "about") == 0)
    return g_strdup_printf (_("about %d"), (int) low);
  return g_strdup_printf ("%" G_GINT64_FORMAT, low);
}

static void
sitrep_claim_row_dispose (GObject *object)
{
  SitrepClaimRow *self = SITREP_CLAIM_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_CLAIM_ROW);
  g_clear_object (&self->claim);

  G_OBJECT_CLASS (sitrep_claim_row_parent_class)->dispose (object);
}

static void
sitrep_claim_row_class_init (SitrepClaimRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_claim_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-claim-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimRow, delete_button);
}

static void
sitrep_claim_row_init (SitrepClaimRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sitrep_claim_row_new (SitrepClaim *claim)
{
  SitrepClaimRow *self;
  g_autofree char *figure = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *side;
  const char *kind;
  GVariant *target;

  g_return_val_if_fail (SITREP_IS_CLAIM (claim), NULL);

  self = g_object_new (SITREP_TYPE_CLAIM_ROW, NULL);
  self->claim = g_object_ref (claim);

  kind = sitrep_claim_get_kind (claim);
  gtk_label_set_label (self->kind_label, kind_label (kind));
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), kind);

  figure = dup_figure (claim);
  side = side_label (sitrep_claim_get_victim_side (claim));
  title = side ? g_strdup_printf ("%s %s", figure, side) : g_steal_pointer (&figure);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  if (sitrep_claim_get_claimant (claim) != NULL)
    g_string_append (subtitle, sitrep_claim_get_claimant (claim));
  if (sitrep_claim_get_article_title (claim) != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", sitrep_claim_get_article_title (claim));
  if (subtitle->len == 0)
    g_string_append (subtitle, _("No claimant, no article"));
  if (sitrep_claim_get_text (claim) != NULL)
    g_string_append_printf (subtitle, " · “%s”", sitrep_claim_get_text (claim));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
  {
    /* What a screen reader says for the row: kind, figure, then who says it. */
    g_autofree char *name = g_strdup_printf ("%s: %s, %s", kind_label (kind), title, subtitle->str);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }

  target = g_variant_new_int64 (sitrep_claim_get_id (claim));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->delete_button), target);

  return GTK_WIDGET (self);
}
