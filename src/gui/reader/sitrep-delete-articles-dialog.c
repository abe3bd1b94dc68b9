/* sitrep-delete-articles-dialog.c — choose the articles to delete, then confirm
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-delete-articles"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-article-list.h"
#include "sitrep-article-row.h"
#include "sitrep-delete-articles-dialog.h"
#include "sitrep-user-message.h"
#include "sitrep-window.h"
#include "sitrep-delete-articles-dialog-private.h"

struct _SitrepDeleteArticlesDialog
{
  AdwWindow          parent_instance;

  /* template widgets */
  GtkSearchEntry    *search_entry;
  GtkListView       *list_view;
  GtkLabel          *summary_label;
  GtkButton         *delete_button;

  /* owned references */
  SitrepStore       *store;
  SitrepArticleList *articles;
  GHashTable        *checked;     /* article id → title (for the question) */
  GHashTable        *bound;       /* article id → its row's GtkCheckButton (borrowed) */
  GtkWidget         *confirm;     /* the question while it is asked */
};

G_DEFINE_FINAL_TYPE (SitrepDeleteArticlesDialog, sitrep_delete_articles_dialog, ADW_TYPE_WINDOW)

static void
update_summary (SitrepDeleteArticlesDialog *self)
{
  guint n = g_hash_table_size (self->checked);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Tick the articles to delete."));
  else
    /* Translators: %u of %u are counts of articles */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article ticked (%'u listed).",
                                         "%'u articles ticked (%'u listed).", n),
                            n, total);
  gtk_label_set_label (self->summary_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->delete_button), n > 0 && !sitrep_store_is_read_only (self->store));
}

static void
set_checked (SitrepDeleteArticlesDialog *self,
             SitrepArticle              *article,
             gboolean                    checked)
{
  gint64 id = sitrep_article_get_id (article);

  GtkCheckButton *check = g_hash_table_lookup (self->bound, &id);

  if (checked)
    g_hash_table_replace (self->checked, g_memdup2 (&id, sizeof id), g_strdup (sitrep_article_get_title (article)));
  else
    g_hash_table_remove (self->checked, &id);
  /* The row on screen shows it (its toggle comes back here and changes nothing). */
  if (check != NULL && gtk_check_button_get_active (check) != checked)
    gtk_check_button_set_active (check, checked);
  update_summary (self);
}

/* Rows */

static void
on_check_toggled (GtkCheckButton             *check,
                  SitrepDeleteArticlesDialog *self)
{
  SitrepArticle *article = g_object_get_data (G_OBJECT (check), "article");

  if (article != NULL)
    set_checked (self, article, gtk_check_button_get_active (check));
}

static void
on_factory_setup (GtkSignalListItemFactory   *factory,
                  GtkListItem                *item,
                  SitrepDeleteArticlesDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), meta);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), texts);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  g_object_set_data (G_OBJECT (box), "check", check);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "meta", meta);
  gtk_list_item_set_child (item, box);
}

static void
on_factory_bind (GtkSignalListItemFactory   *factory,
                 GtkListItem                *item,
                 SitrepDeleteArticlesDialog *self)
{
  SitrepArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (box), "check");
  g_autofree char *date = sitrep_article_dup_display_date (article);
  const char *source = sitrep_article_get_source (article);
  g_autofree char *meta = NULL;
  gint64 id = sitrep_article_get_id (article);

  if (source != NULL && *source != '\0' && date != NULL && *date != '\0')
    meta = g_strdup_printf ("%s · %s", source, date);
  else
    meta = g_strdup (source != NULL && *source != '\0' ? source : date != NULL ? date : "");

  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "title"), sitrep_article_get_title (article));
  gtk_label_set_label (g_object_get_data (G_OBJECT (box), "meta"), meta);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sitrep_article_get_title (article), -1);

  /* A recycled row must not tick or untick the article it showed before. */
  g_object_set_data (G_OBJECT (check), "article", NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->checked, &id));
  g_object_set_data_full (G_OBJECT (check), "article", g_object_ref (article), g_object_unref);
  g_hash_table_replace (self->bound, g_memdup2 (&id, sizeof id), check);
}

static void
on_factory_unbind (GtkSignalListItemFactory   *factory,
                   GtkListItem                *item,
                   SitrepDeleteArticlesDialog *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (box), "check");
  SitrepArticle *article = g_object_get_data (G_OBJECT (check), "article");

  if (article != NULL)
    {
      gint64 id = sitrep_article_get_id (article);

      if (g_hash_table_lookup (self->bound, &id) == check)
        g_hash_table_remove (self->bound, &id);
    }
  g_object_set_data (G_OBJECT (check), "article", NULL);
}

static void
on_row_activated (SitrepDeleteArticlesDialog *self,
                  guint                       position)
{
  g_autoptr(SitrepArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), position);
  gint64 id;

  if (article == NULL)
    return;
  id = sitrep_article_get_id (article);
  set_checked (self, article, !g_hash_table_contains (self->checked, &id));
}

static void
on_search_changed (SitrepDeleteArticlesDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  sitrep_article_list_set_search (self->articles, *text != '\0' ? text : NULL);
  update_summary (self);
}

/* Deleting */

static gboolean
close_in_idle (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_question_destroyed (GtkWidget                  *question,
                       SitrepDeleteArticlesDialog *self)
{
  /* Not now: the question is still taking itself off this window. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_in_idle, g_object_ref (self), g_object_unref);
}

static gboolean
delete_checked (SitrepDeleteArticlesDialog  *self,
                GError                     **error)
{
  g_autoptr(GArray) ids = sitrep_delete_articles_dialog_dup_checked (self);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *toast = NULL;

  if (!sitrep_store_delete_articles (self->store, (const gint64 *) (gpointer) ids->data, ids->len, error))
    return FALSE;

  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article deleted", "%'u articles deleted", ids->len),
                           ids->len);
  if (SITREP_IS_WINDOW (parent))
    sitrep_window_show_toast (SITREP_WINDOW (parent), toast);
  /* Closed once the question, which sits on this window, has gone for good. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  if (self->confirm != NULL)
    g_signal_connect_object (self->confirm, "destroy", G_CALLBACK (on_question_destroyed), self, 0);
  else
    gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_confirm_response (AdwMessageDialog           *dialog,
                     const char                 *response,
                     SitrepDeleteArticlesDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0 && !delete_checked (self, &error))
    /* All or none: when the store refuses, the project is as it was. */
    sitrep_show_error (GTK_WIDGET (self), error);
  self->confirm = NULL;
}

static char *
dup_question_body (SitrepDeleteArticlesDialog *self)
{
  guint n = g_hash_table_size (self->checked);

  if (n == 1)
    {
      GHashTableIter iter;
      gpointer title = NULL;

      g_hash_table_iter_init (&iter, self->checked);
      g_hash_table_iter_next (&iter, NULL, &title);
      /* Translators: %s is an article's title */
      return g_strdup_printf (_("“%s”, its annotations and its evidence for events will be deleted; figures "
                                "already recorded as claims stay in their events. This cannot be undone."),
                              (const char *) title);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %'u article, its annotations and its evidence for events will be "
                                       "deleted; figures already recorded as claims stay in their events. "
                                       "This cannot be undone.",
                                       "The %'u articles, their annotations and their evidence for events will be "
                                       "deleted; figures already recorded as claims stay in their events. "
                                       "This cannot be undone.", n),
                          n);
}

static void
on_delete_clicked (SitrepDeleteArticlesDialog *self)
{
  sitrep_delete_articles_dialog_confirm (self);
}

static void
sitrep_delete_articles_dialog_dispose (GObject *object)
{
  SitrepDeleteArticlesDialog *self = SITREP_DELETE_ARTICLES_DIALOG (object);

  if (self->confirm != NULL)
    g_signal_handlers_disconnect_by_data (self->confirm, self);
  self->confirm = NULL;
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_hash_table_remove_all (self->bound);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_DELETE_ARTICLES_DIALOG);
  g_clear_object (&self->articles);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_delete_articles_dialog_parent_class)->dispose (object);
}

static void
sitrep_delete_articles_dialog_finalize (GObject *object)
{
  SitrepDeleteArticlesDialog *self = SITREP_DELETE_ARTICLES_DIALOG (object);

  g_hash_table_unref (self->checked);
  g_hash_table_unref (self->bound);

  G_OBJECT_CLASS (sitrep_delete_articles_dialog_parent_class)->finalize (object);
}

static void
sitrep_delete_articles_dialog_class_init (SitrepDeleteArticlesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_delete_articles_dialog_dispose;
  object_class->finalize = sitrep_delete_articles_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-delete-articles-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepDeleteArticlesDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepDeleteArticlesDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, SitrepDeleteArticlesDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepDeleteArticlesDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_delete_articles_dialog_init (SitrepDeleteArticlesDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->checked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->bound = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

GtkWidget *
sitrep_delete_articles_dialog_new (SitrepStore  *store,
                                   const gint64 *ids,
                                   guint         n_ids)
{
  SitrepDeleteArticlesDialog *self;
  GtkNoSelection *selection;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_DELETE_ARTICLES_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->articles = sitrep_article_list_new (store);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->articles)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(SitrepArticle) article = sitrep_store_get_article (store, ids[i], NULL);

      if (article != NULL)
        set_checked (self, article, TRUE);
    }
  update_summary (self);

  return GTK_WIDGET (self);
}

void
sitrep_delete_articles_dialog_set_checked (SitrepDeleteArticlesDialog *self,
                                           gint64                      id,
                                           gboolean                    checked)
{
  g_autoptr(SitrepArticle) article = NULL;

  g_return_if_fail (SITREP_IS_DELETE_ARTICLES_DIALOG (self));

  article = sitrep_store_get_article (self->store, id, NULL);
  if (article == NULL)
    return;
  set_checked (self, article, checked);
}

GArray *
sitrep_delete_articles_dialog_dup_checked (SitrepDeleteArticlesDialog *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (SITREP_IS_DELETE_ARTICLES_DIALOG (self), ids);

  g_hash_table_iter_init (&iter, self->checked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  return ids;
}

GtkWidget *
sitrep_delete_articles_dialog_confirm (SitrepDeleteArticlesDialog *self)
{
  guint n;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (SITREP_IS_DELETE_ARTICLES_DIALOG (self), NULL);

  n = g_hash_table_size (self->checked);
  if (n == 0 || self->confirm != NULL)
    return self->confirm;

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %'u Article?", "Delete %'u Articles?", n), n);
  body = dup_question_body (self);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response), self);
  self->confirm = dialog;
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}
