/* sitrep-claim-dialog.c — add or edit one casualty claim of an event
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-claim-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-claim-dialog.h"
#include "sitrep-entity-picker.h"
#include "sitrep-claim-dialog-private.h"

struct _SitrepClaimDialog
{
  AdwWindow           parent_instance;

  /* template widgets */
  AdwComboRow        *kind_row;
  AdwComboRow        *qualifier_row;
  GtkSpinButton      *low_spin;
  GtkSpinButton      *high_spin;
  GtkWidget          *high_row;
  AdwComboRow        *side_row;
  SitrepEntityPicker *claimant_picker;
  AdwEntryRow        *claimant_entry;
  AdwActionRow       *span_row;
  GtkLabel           *error_label;

  /* owned references */
  SitrepStore        *store;

  /* state */
  gint64              event_id;
  gint64              claim_id;
  gint64              article_id;
  gint64              annotation_id;
};

G_DEFINE_FINAL_TYPE (SitrepClaimDialog, sitrep_claim_dialog, ADW_TYPE_WINDOW)

static void
on_qualifier_notify (SitrepClaimDialog *self)
{
  gtk_widget_set_visible (self->high_row,
                          adw_combo_row_get_selected (self->qualifier_row) == SITREP_QUALIFIER_RANGE);
}

static void
on_save_clicked (SitrepClaimDialog *self)
{
  sitrep_claim_dialog_save (self);
}

static void
sitrep_claim_dialog_dispose (GObject *object)
{
  SitrepClaimDialog *self = SITREP_CLAIM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_CLAIM_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_claim_dialog_parent_class)->dispose (object);
}

static void
sitrep_claim_dialog_class_init (SitrepClaimDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_claim_dialog_dispose;

  g_type_ensure (SITREP_TYPE_ENTITY_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-claim-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, qualifier_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, low_spin);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, high_spin);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, high_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, side_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, claimant_picker);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, claimant_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, span_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepClaimDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_qualifier_notify);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_claim_dialog_init (SitrepClaimDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_selected (self->side_row, SITREP_VICTIM_UNKNOWN);
  sitrep_entity_picker_set_placeholder (self->claimant_picker, _("None"));
  on_qualifier_notify (self);
}

GtkWidget *
sitrep_claim_dialog_new (GtkWindow   *parent,
                         SitrepStore *store,
                         gint64       event_id,
                         gint64       claim_id)
{
  SitrepClaimDialog *self;
  g_autoptr(SitrepClaim) claim = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_CLAIM_DIALOG,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->event_id = event_id;
  self->claim_id = claim_id;
  sitrep_entity_picker_set_store (self->claimant_picker, store, NULL);

  if (claim_id != 0)
    claim = sitrep_store_get_claim (store, claim_id, NULL);

  if (claim != NULL)
    {
      SitrepClaimKind kind = SITREP_CLAIM_KILLED;
      SitrepQualifier qualifier = SITREP_QUALIFIER_EXACT;
      SitrepVictimSide side = SITREP_VICTIM_UNKNOWN;

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Claim"));
      self->event_id = sitrep_claim_get_event_id (claim);
      sitrep_claim_kind_from_string (sitrep_claim_get_kind (claim), &kind);
      sitrep_qualifier_from_string (sitrep_claim_get_qualifier (claim), &qualifier);
      sitrep_victim_side_from_string (sitrep_claim_get_victim_side (claim), &side);
      sitrep_claim_dialog_set_figure (self, kind, qualifier,
                                      sitrep_claim_get_count_low (claim),
                                      sitrep_claim_get_count_high (claim));
      adw_combo_row_set_selected (self->side_row, side);
      sitrep_entity_picker_set_entity (self->claimant_picker,
                                       sitrep_claim_get_claimant_id (claim),
                                       sitrep_claim_get_claimant_id (claim) != 0
                                       ? sitrep_claim_get_claimant (claim) : NULL);
      if (sitrep_claim_get_claimant_text (claim) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->claimant_entry),
                               sitrep_claim_get_claimant_text (claim));
      self->article_id = sitrep_claim_get_article_id (claim);
      self->annotation_id = sitrep_claim_get_annotation_id (claim);
      if (self->article_id != 0)
        {
          g_autofree char *span = g_strdup_printf ("%s%s%s%s",
                                                   sitrep_claim_get_article_title (claim)
                                                   ? sitrep_claim_get_article_title (claim) : "",
                                                   sitrep_claim_get_text (claim) ? " · “" : "",
                                                   sitrep_claim_get_text (claim)
                                                   ? sitrep_claim_get_text (claim) : "",
                                                   sitrep_claim_get_text (claim) ? "”" : "");

          adw_action_row_set_subtitle (self->span_row, span);
          gtk_widget_set_visible (GTK_WIDGET (self->span_row), TRUE);
        }
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Claim"));
    }

  return GTK_WIDGET (self);
}

void
sitrep_claim_dialog_set_figure (SitrepClaimDialog *self,
                                SitrepClaimKind    kind,
                                SitrepQualifier    qualifier,
                                gint64             low,
                                gint64             high)
{
  g_return_if_fail (SITREP_IS_CLAIM_DIALOG (self));

  adw_combo_row_set_selected (self->kind_row, kind);
  adw_combo_row_set_selected (self->qualifier_row, qualifier);
  gtk_spin_button_set_value (self->low_spin, (double) low);
  gtk_spin_button_set_value (self->high_spin, (double) (high < 0 ? low : high));
}

gboolean
sitrep_claim_dialog_save (SitrepClaimDialog *self)
{
  SitrepClaimDraft draft = SITREP_CLAIM_DRAFT_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_CLAIM_DIALOG (self), FALSE);

  gtk_spin_button_update (self->low_spin);
  gtk_spin_button_update (self->high_spin);

  draft.kind = (SitrepClaimKind) adw_combo_row_get_selected (self->kind_row);
  draft.qualifier = (SitrepQualifier) adw_combo_row_get_selected (self->qualifier_row);
  draft.count_low = (gint64) gtk_spin_button_get_value (self->low_spin);
  draft.count_high = draft.qualifier == SITREP_QUALIFIER_RANGE
                     ? (gint64) gtk_spin_button_get_value (self->high_spin) : -1;
  draft.victim_side = (SitrepVictimSide) adw_combo_row_get_selected (self->side_row);
  draft.claimant_id = sitrep_entity_picker_get_entity_id (self->claimant_picker);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->claimant_entry))));
  draft.claimant_text = *text != '\0' ? text : NULL;
  draft.article_id = self->article_id;
  draft.annotation_id = self->annotation_id;

  if (self->claim_id != 0)
    ok = sitrep_store_update_claim (self->store, self->claim_id, &draft, &error);
  else
    ok = sitrep_store_add_claim (self->store, self->event_id, &draft, &error) != 0;

  if (!ok)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
sitrep_claim_dialog_get_error (SitrepClaimDialog *self)
{
  g_return_val_if_fail (SITREP_IS_CLAIM_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_label (self->error_label) : NULL;
}
