/* sitrep-agreement-window.c — how far the annotators agree, per pair, label and article
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-agreement"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sitrep-agreement-window.h"
#include "sitrep-agreement-window-private.h"

struct _SitrepAgreementWindow
{
  AdwWindow        parent_instance;

  /* widgets */
  GtkStack        *stack;
  AdwStatusPage   *empty_page;
  GtkDropDown     *pair_dropdown;
  GtkLabel        *summary;
  GtkGrid         *table;
  GtkListBox      *articles;
  GtkBox          *side_by_side;
  GtkLabel        *side_a;
  GtkLabel        *side_b;

  /* owned */
  SitrepStore     *store;
  SitrepWindow    *parent;        /* weak */
  SitrepAgreement *agreement;
  GCancellable    *cancellable;
};

G_DEFINE_FINAL_TYPE (SitrepAgreementWindow, sitrep_agreement_window, ADW_TYPE_WINDOW)

static char *
figure (double value)
{
  return isnan (value) ? g_strdup ("—") : g_strdup_printf ("%.3f", value);
}

static void
add_cell (GtkGrid    *grid,
          const char *text,
          int         column,
          int         row,
          gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0 : 1.0);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
add_figures_row (GtkGrid                      *grid,
                 const char                   *name,
                 const SitrepAgreementFigures *f,
                 int                           row)
{
  g_autofree char *exact = figure (f->span_f1_exact);
  g_autofree char *overlap = figure (f->span_f1_overlap);
  g_autofree char *kappa = figure (f->kappa_tokens);
  g_autofree char *alpha = figure (f->alpha_tokens);
  g_autofree char *sa = g_strdup_printf ("%u", f->spans_a);
  g_autofree char *sb = g_strdup_printf ("%u", f->spans_b);

  add_cell (grid, name, 0, row, FALSE);
  add_cell (grid, exact, 1, row, FALSE);
  add_cell (grid, overlap, 2, row, FALSE);
  add_cell (grid, kappa, 3, row, FALSE);
  add_cell (grid, alpha, 4, row, FALSE);
  add_cell (grid, sa, 5, row, FALSE);
  add_cell (grid, sb, 6, row, FALSE);
}

static SitrepAgreementPair *
current_pair (SitrepAgreementWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->pair_dropdown);

  if (self->agreement == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->agreement->pairs->len)
    return NULL;
  return g_ptr_array_index (self->agreement->pairs, i);
}

/* Both coders' spans of one article, one column each. */
static void
show_side_by_side (SitrepAgreementWindow *self,
                   gint64                 article_id)
{
  SitrepAgreementPair *pair = current_pair (self);
  g_autoptr(GPtrArray) spans = NULL;
  g_autoptr(GString) a = NULL;
  g_autoptr(GString) b = NULL;

  if (pair == NULL)
    return;
  spans = sitrep_store_list_annotations (self->store, article_id, 0, NULL);
  a = g_string_new (NULL);
  b = g_string_new (NULL);
  g_string_append_printf (a, "<b>%s</b>\n", pair->a);
  g_string_append_printf (b, "<b>%s</b>\n", pair->b);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      SitrepAnnotation *ann = g_ptr_array_index (spans, i);
      const char *who = sitrep_annotation_get_annotator (ann);
      g_autofree char *text = g_markup_printf_escaped ("%s · %s\n", sitrep_annotation_get_label (ann),
                                                       sitrep_annotation_get_text (ann));
      if (g_strcmp0 (who, pair->a) == 0)
        g_string_append (a, text);
      else if (g_strcmp0 (who, pair->b) == 0)
        g_string_append (b, text);
    }
  gtk_label_set_markup (self->side_a, a->str);
  gtk_label_set_markup (self->side_b, b->str);
  gtk_widget_set_visible (GTK_WIDGET (self->side_by_side), TRUE);
}

static void
on_article_activated (GtkListBox            *box,
                      GtkListBoxRow         *row,
                      SitrepAgreementWindow *self)
{
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "article-id"));

  if (self->parent != NULL)
    sitrep_window_select_article (self->parent, id);
  show_side_by_side (self, id);
}

static void
show_pair (SitrepAgreementWindow *self)
{
  SitrepAgreementPair *pair = current_pair (self);
  GtkWidget *child;
  g_autofree char *alpha = NULL;
  g_autofree char *summary = NULL;
  const char *heads[] = { "", N_("F1 exact"), N_("F1 overlap"), "κ", "α", NULL, NULL };
  int row = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  /* gtk_list_box_remove_all () is GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->articles))) != NULL)
    gtk_list_box_remove (self->articles, child);
  gtk_widget_set_visible (GTK_WIDGET (self->side_by_side), FALSE);
  if (pair == NULL)
    return;

  alpha = figure (self->agreement->alpha_tokens);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s and %s both annotated %u article. Krippendorff’s α over every "
                                          "annotator: %s.",
                                          "%s and %s both annotated %u articles. Krippendorff’s α over every "
                                          "annotator: %s.", pair->articles),
                             pair->a, pair->b, pair->articles, alpha);
  gtk_label_set_text (self->summary, summary);

  for (int c = 0; c < 5; c++)
    add_cell (self->table, _(heads[c]), c, 0, TRUE);
  {
    /* Column heads: the number of spans each of the two annotators made. */
    g_autofree char *spans_a = g_strdup_printf (_("Spans of %s"), pair->a);
    g_autofree char *spans_b = g_strdup_printf (_("Spans of %s"), pair->b);
    add_cell (self->table, spans_a, 5, 0, TRUE);
    add_cell (self->table, spans_b, 6, 0, TRUE);
  }
  add_figures_row (self->table, _("All labels"), &pair->overall, row++);
  for (guint l = 0; l < pair->per_label->len; l++)
    {
      SitrepAgreementLabel *lab = g_ptr_array_index (pair->per_label, l);
      add_figures_row (self->table, lab->label, &lab->figures, row++);
    }

  for (guint i = 0; i < pair->per_article->len; i++)
    {
      SitrepAgreementArticle *art = g_ptr_array_index (pair->per_article, i);
      g_autofree char *f1 = figure (art->figures.span_f1_overlap);
      g_autofree char *kappa = figure (art->figures.kappa_tokens);
      g_autofree char *subtitle = g_strdup_printf (_("Span F1 (overlap) %s · κ %s · %u and %u spans"), f1, kappa,
                                                   art->figures.spans_a, art->figures.spans_b);
      g_autofree char *title = g_markup_escape_text (art->title != NULL && *art->title != '\0'
                                                     ? art->title : _("Untitled"), -1);
      GtkWidget *row_widget = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row_widget), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row_widget), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row_widget), TRUE);
      g_object_set_data (G_OBJECT (row_widget), "article-id", GINT_TO_POINTER ((gint) art->article_id));
      gtk_list_box_append (self->articles, row_widget);
    }
}

static void
on_pair_selected (GtkDropDown           *dropdown,
                  GParamSpec            *pspec,
                  SitrepAgreementWindow *self)
{
  show_pair (self);
}

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(SitrepAgreementWindow) self = data;
  g_autoptr(GError) error = NULL;
  SitrepAgreement *agreement = sitrep_agreement_compute_finish (SITREP_STORE (source), result, &error);
  g_autoptr(GtkStringList) names = NULL;

  if (agreement == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_title (self->empty_page, _("The Figures Could Not Be Computed"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->agreement = agreement;
  if (agreement->pairs->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("Only One Annotator"));
      adw_status_page_set_description (self->empty_page,
                                       _("Agreement compares annotators: it needs two people who annotated "
                                         "the same articles. Give each coder a copy (Save a Copy for a Coder…) "
                                         "and merge their work back."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  names = gtk_string_list_new (NULL);
  for (guint i = 0; i < agreement->pairs->len; i++)
    {
      SitrepAgreementPair *p = g_ptr_array_index (agreement->pairs, i);
      g_autofree char *name = g_strdup_printf (_("%s and %s"), p->a, p->b);
      gtk_string_list_append (names, name);
    }
  gtk_drop_down_set_model (self->pair_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->pair_dropdown, 0);
  show_pair (self);
  gtk_stack_set_visible_child_name (self->stack, "figures");
}

static void
sitrep_agreement_window_dispose (GObject *object)
{
  SitrepAgreementWindow *self = SITREP_AGREEMENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->parent);
  g_clear_pointer (&self->agreement, sitrep_agreement_free);

  G_OBJECT_CLASS (sitrep_agreement_window_parent_class)->dispose (object);
}

static void
sitrep_agreement_window_class_init (SitrepAgreementWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_agreement_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-agreement-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, pair_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, summary);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, table);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, articles);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, side_by_side);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, side_a);
  gtk_widget_class_bind_template_child (widget_class, SitrepAgreementWindow, side_b);
  gtk_widget_class_bind_template_callback (widget_class, on_pair_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_article_activated);
}

static void
sitrep_agreement_window_init (SitrepAgreementWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

SitrepAgreementWindow *
sitrep_agreement_window_new (SitrepWindow *parent,
                             SitrepStore  *store)
{
  SitrepAgreementWindow *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_AGREEMENT_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_set_weak_pointer (&self->parent, parent);

  sitrep_agreement_compute_async (store, NULL, self->cancellable, on_computed, g_object_ref (self));
  return self;
}

SitrepAgreement *
sitrep_agreement_window_get_agreement (SitrepAgreementWindow *self)
{
  g_return_val_if_fail (SITREP_IS_AGREEMENT_WINDOW (self), NULL);
  return self->agreement;
}
