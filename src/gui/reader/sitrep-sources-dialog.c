/* sitrep-sources-dialog.c — the project's sources, and merging two spellings of one outlet
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-sources-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-sources-dialog.h"
#include "sitrep-user-message.h"
#include "sitrep-window.h"
#include "sitrep-sources-dialog-private.h"

typedef struct
{
  char  *name;
  guint  n_articles;
} Source;

struct _SitrepSourcesDialog
{
  AdwWindow     parent_instance;

  /* template widgets */
  GtkStack     *stack;
  GtkListBox   *list;
  GtkButton    *merge_button;

  /* owned references */
  SitrepStore  *store;
  GArray       *sources;    /* Source, most articles first */
  GHashTable   *checked;    /* names ticked */
  GtkWidget    *question;   /* the merge question while it is asked */
  GPtrArray    *keep_checks; /* its GtkCheckButtons (borrowed) */
};

G_DEFINE_FINAL_TYPE (SitrepSourcesDialog, sitrep_sources_dialog, ADW_TYPE_WINDOW)

static void
source_clear (gpointer data)
{
  g_free (((Source *) data)->name);
}

static int
by_articles (gconstpointer a,
             gconstpointer b)
{
  const Source *sa = a, *sb = b;

  if (sa->n_articles != sb->n_articles)
    return sa->n_articles > sb->n_articles ? -1 : 1;
  return g_utf8_collate (sa->name, sb->name);
}

static guint
count_articles (SitrepStore *store,
                const char  *source)
{
  SitrepArticleQuery query = { .status = -1, .source = source };
  g_autoptr(GArray) ids = sitrep_store_query_article_ids (store, &query, NULL);

  return ids != NULL ? ids->len : 0;
}

static void
update_merge_button (SitrepSourcesDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->merge_button),
                            g_hash_table_size (self->checked) >= 2 && !sitrep_store_is_read_only (self->store));
}

static void
on_check_toggled (GtkCheckButton      *check,
                  SitrepSourcesDialog *self)
{
  const char *name = g_object_get_data (G_OBJECT (check), "source");

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->checked, g_strdup (name));
  else
    g_hash_table_remove (self->checked, name);
  update_merge_button (self);
}

static GtkWidget *
make_row (SitrepSourcesDialog *self,
          const Source        *source)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article", "%'u articles",
                                                            source->n_articles),
                                               source->n_articles);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), source->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "source", g_strdup (source->name), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->checked, source->name));
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, source->name, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);

  return row;
}

static void
reload (SitrepSourcesDialog *self)
{
  g_auto(GStrv) names = sitrep_store_list_sources (self->store);
  g_autoptr(GHashTable) still = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;
  GtkWidget *child;

  g_array_set_size (self->sources, 0);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      Source source = { g_strdup (names[i]), count_articles (self->store, names[i]) };

      g_array_append_val (self->sources, source);
      g_hash_table_add (still, names[i]);
    }
  g_array_sort (self->sources, by_articles);

  /* A ticked source that merged away is no longer ticked. */
  g_hash_table_iter_init (&iter, self->checked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (still, key))
      g_hash_table_iter_remove (&iter);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < self->sources->len; i++)
    gtk_list_box_append (self->list, make_row (self, &g_array_index (self->sources, Source, i)));

  gtk_stack_set_visible_child_name (self->stack, self->sources->len > 0 ? "list" : "empty");
  update_merge_button (self);
}

static void
on_articles_changed (SitrepStore         *store,
                     SitrepSourcesDialog *self)
{
  reload (self);
}

/* Merging */

static const char *
chosen_keep (SitrepSourcesDialog *self)
{
  for (guint i = 0; self->keep_checks != NULL && i < self->keep_checks->len; i++)
    if (gtk_check_button_get_active (self->keep_checks->pdata[i]))
      return g_object_get_data (self->keep_checks->pdata[i], "source");
  return NULL;
}

/* Every other ticked spelling into @keep, as one undo step. */
static guint
merge_into (SitrepSourcesDialog  *self,
            const char           *keep,
            GError              **error)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;
  guint merged = 0;

  g_hash_table_iter_init (&iter, self->checked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_strcmp0 (key, keep) != 0)
      g_ptr_array_add (others, g_strdup (key));

  sitrep_store_begin_group (self->store, _("Merge sources"));
  for (guint i = 0; i < others->len; i++)
    {
      if (!sitrep_store_merge_sources (self->store, keep, others->pdata[i], NULL, error))
        break;
      merged++;
    }
  sitrep_store_end_group (self->store);
  /* All or none: a half-made merge is taken back. */
  if (merged < others->len)
    {
      if (merged > 0)
        sitrep_store_undo (self->store, NULL);
      return 0;
    }
  return merged;
}

static void
on_question_response (AdwMessageDialog    *question,
                      const char          *response,
                      SitrepSourcesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = g_strdup (chosen_keep (self));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *toast = NULL;
  guint merged;

  self->question = NULL;
  g_clear_pointer (&self->keep_checks, g_ptr_array_unref);
  if (g_strcmp0 (response, "merge") != 0 || keep == NULL)
    return;

  merged = merge_into (self, keep, &error);
  if (merged == 0)
    {
      sitrep_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* Translators: after merging sources; %u is how many spellings went, %s the one kept */
  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u spelling merged into “%s”",
                                        "%'u spellings merged into “%s”", merged),
                           merged, keep);
  if (SITREP_IS_WINDOW (parent))
    sitrep_window_show_undo_toast (SITREP_WINDOW (parent), toast);
  g_hash_table_remove_all (self->checked);
  reload (self);
}

static GtkWidget *
make_keep_list (SitrepSourcesDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkCheckButton *group = NULL;

  self->keep_checks = g_ptr_array_new ();
  /* Most articles first: the likelier spelling to keep is offered first. */
  for (guint i = 0; i < self->sources->len; i++)
    {
      const Source *source = &g_array_index (self->sources, Source, i);
      g_autofree char *label = NULL;
      GtkWidget *check;

      if (!g_hash_table_contains (self->checked, source->name))
        continue;
      /* Translators: a spelling to keep; %s is the source, %u its articles */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%'u article)", "%s (%'u articles)",
                                            source->n_articles),
                               source->name, source->n_articles);
      check = gtk_check_button_new_with_label (label);
      g_object_set_data_full (G_OBJECT (check), "source", g_strdup (source->name), g_free);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        {
          group = GTK_CHECK_BUTTON (check);
          gtk_check_button_set_active (group, TRUE);
        }
      g_ptr_array_add (self->keep_checks, check);
      gtk_box_append (GTK_BOX (box), check);
    }
  return box;
}

static void
on_merge_clicked (SitrepSourcesDialog *self)
{
  sitrep_sources_dialog_merge (self);
}

static void
sitrep_sources_dialog_dispose (GObject *object)
{
  SitrepSourcesDialog *self = SITREP_SOURCES_DIALOG (object);

  if (self->question != NULL)
    g_signal_handlers_disconnect_by_data (self->question, self);
  self->question = NULL;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_SOURCES_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->keep_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (sitrep_sources_dialog_parent_class)->dispose (object);
}

static void
sitrep_sources_dialog_finalize (GObject *object)
{
  SitrepSourcesDialog *self = SITREP_SOURCES_DIALOG (object);

  g_array_unref (self->sources);
  g_hash_table_unref (self->checked);

  G_OBJECT_CLASS (sitrep_sources_dialog_parent_class)->finalize (object);
}

static void
sitrep_sources_dialog_class_init (SitrepSourcesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_sources_dialog_dispose;
  object_class->finalize = sitrep_sources_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-sources-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepSourcesDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepSourcesDialog, list);
  gtk_widget_class_bind_template_child (widget_class, SitrepSourcesDialog, merge_button);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_sources_dialog_init (SitrepSourcesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sources = g_array_new (FALSE, TRUE, sizeof (Source));
  g_array_set_clear_func (self->sources, source_clear);
  self->checked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
sitrep_sources_dialog_new (SitrepStore *store)
{
  SitrepSourcesDialog *self;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  self = g_object_new (SITREP_TYPE_SOURCES_DIALOG, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "articles-changed", G_CALLBACK (on_articles_changed), self);
  /* Undo and redo say only that history changed. */
  g_signal_connect (store, "history-changed", G_CALLBACK (on_articles_changed), self);
  reload (self);

  return GTK_WIDGET (self);
}

guint
sitrep_sources_dialog_get_n_sources (SitrepSourcesDialog *self)
{
  g_return_val_if_fail (SITREP_IS_SOURCES_DIALOG (self), 0);

  return self->sources->len;
}

void
sitrep_sources_dialog_set_checked (SitrepSourcesDialog *self,
                                   const char          *source,
                                   gboolean             checked)
{
  g_return_if_fail (SITREP_IS_SOURCES_DIALOG (self));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), source) == 0)
      gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"), checked);
}

GtkWidget *
sitrep_sources_dialog_merge (SitrepSourcesDialog *self)
{
  AdwMessageDialog *question;
  guint n;

  g_return_val_if_fail (SITREP_IS_SOURCES_DIALOG (self), NULL);

  n = g_hash_table_size (self->checked);
  if (n < 2 || self->question != NULL)
    return self->question;

  question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (question, g_dngettext (GETTEXT_PACKAGE, "Merge %'u Source?",
                                                            "Merge %'u Sources?", n), n);
  adw_message_dialog_set_body (question, _("Which spelling stays? The articles of the others move to it, and "
                                           "the others are removed. Undo takes it back."));
  adw_message_dialog_set_extra_child (question, make_keep_list (self));
  adw_message_dialog_add_responses (question, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (question, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (question, "merge");
  adw_message_dialog_set_close_response (question, "cancel");
  g_signal_connect (question, "response", G_CALLBACK (on_question_response), self);
  self->question = GTK_WIDGET (question);
  gtk_window_present (GTK_WINDOW (question));

  return self->question;
}

gboolean
sitrep_sources_dialog_set_keep (SitrepSourcesDialog *self,
                                const char          *source)
{
  g_return_val_if_fail (SITREP_IS_SOURCES_DIALOG (self), FALSE);

  for (guint i = 0; self->keep_checks != NULL && i < self->keep_checks->len; i++)
    if (g_strcmp0 (g_object_get_data (self->keep_checks->pdata[i], "source"), source) == 0)
      {
        gtk_check_button_set_active (self->keep_checks->pdata[i], TRUE);
        return TRUE;
      }
  return FALSE;
}
