/* sitrep-metadata-dialog.c — editing an article's title, source, date and address
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-metadata-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sitrep-date-attributes.h"
#include "sitrep-event-dating.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-fetch.h"
#include "sitrep-metadata-dialog.h"

struct _SitrepMetadataDialog
{
  AdwWindow      parent_instance;

  /* template widgets */
  AdwEntryRow   *title_row;
  AdwEntryRow   *source_row;
  AdwEntryRow   *url_row;
  AdwActionRow  *archive_row;
  AdwActionRow  *captured_row;
  AdwComboRow   *precision_row;
  AdwEntryRow   *date_row;
  AdwEntryRow   *note_row;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkButton     *save_button;

  /* owned references */
  SitrepStore   *store;
  SitrepArticle *article;
  guint          n_dated;   /* events the last save dated */
};

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepMetadataDialog, sitrep_metadata_dialog, ADW_TYPE_WINDOW)

/* Rows of the precision combo, most precise first as people read them. */
static const SitrepDatePrecision precision_rows[] = {
  SITREP_DATE_PRECISION_DAY,
  SITREP_DATE_PRECISION_MONTH,
  SITREP_DATE_PRECISION_YEAR,
  SITREP_DATE_PRECISION_UNKNOWN,
};

static SitrepDatePrecision
get_precision (SitrepMetadataDialog *self)
{
  guint i = adw_combo_row_get_selected (self->precision_row);

  return i < G_N_ELEMENTS (precision_rows) ? precision_rows[i] : SITREP_DATE_PRECISION_UNKNOWN;
}

static void
set_precision (SitrepMetadataDialog *self,
               SitrepDatePrecision   precision)
{
  for (guint i = 0; i < G_N_ELEMENTS (precision_rows); i++)
    if (precision_rows[i] == precision)
      adw_combo_row_set_selected (self->precision_row, i);
}

static void
show_error (SitrepMetadataDialog *self,
            const char           *message)
{
  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
update_date_rows (SitrepMetadataDialog *self)
{
  gboolean unknown = get_precision (self) == SITREP_DATE_PRECISION_UNKNOWN;

  gtk_widget_set_visible (GTK_WIDGET (self->date_row), !unknown);
  gtk_widget_set_visible (GTK_WIDGET (self->note_row), unknown);
}

static void
on_precision_notify (SitrepMetadataDialog *self)
{
  update_date_rows (self);
  show_error (self, NULL);
}

static void
on_entry_changed (SitrepMetadataDialog *self)
{
  show_error (self, NULL);
}

static void
on_save_clicked (SitrepMetadataDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (sitrep_metadata_dialog_save (self, &error))
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_cancel_clicked (SitrepMetadataDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
sitrep_metadata_dialog_dispose (GObject *object)
{
  SitrepMetadataDialog *self = SITREP_METADATA_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->article);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_METADATA_DIALOG);

  G_OBJECT_CLASS (sitrep_metadata_dialog_parent_class)->dispose (object);
}

static void
sitrep_metadata_dialog_class_init (SitrepMetadataDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_metadata_dialog_dispose;

  /**
   * SitrepMetadataDialog::saved:
   *
   * The new metadata was committed to the project.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/sitrep/Sitrep/sitrep-metadata-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, archive_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, captured_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, precision_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepMetadataDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_precision_notify);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sitrep_metadata_dialog_init (SitrepMetadataDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_date_rows (self);
}

/* An archived page: the archive's address and capture time beside the page's
 * own address and publication date. */
static void
show_archive (SitrepMetadataDialog *self)
{
  g_autofree char *archive_url = NULL;
  g_autofree char *captured = NULL;
  gboolean archived = sitrep_store_get_article_archive (self->store, sitrep_article_get_id (self->article),
                                                        &archive_url, &captured);

  gtk_widget_set_visible (GTK_WIDGET (self->archive_row), archived);
  gtk_widget_set_visible (GTK_WIDGET (self->captured_row), archived && captured != NULL);
  if (archived)
    {
      g_autofree char *escaped = g_markup_escape_text (archive_url, -1);

      adw_action_row_set_subtitle (self->archive_row, escaped);
    }
  if (captured != NULL)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (captured, NULL);
      g_autofree char *text = when != NULL ? g_date_time_format (when, _("%Y-%m-%d %H:%M UTC")) : g_strdup (captured);

      adw_action_row_set_subtitle (self->captured_row, text);
    }
}

SitrepMetadataDialog *
sitrep_metadata_dialog_new (SitrepStore   *store,
                            SitrepArticle *article)
{
  SitrepMetadataDialog *self;
  const char *published;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (SITREP_IS_ARTICLE (article), NULL);

  self = g_object_new (SITREP_TYPE_METADATA_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->article = g_object_ref (article);

  published = sitrep_article_get_published (article);
  sitrep_metadata_dialog_set_fields (self,
                                     sitrep_article_get_title (article),
                                     sitrep_article_get_source (article),
                                     sitrep_article_get_url (article),
                                     published,
                                     published != NULL
                                       ? sitrep_article_get_published_precision (article)
                                       : SITREP_DATE_PRECISION_UNKNOWN,
                                     sitrep_article_get_published_note (article));
  show_archive (self);
  show_error (self, NULL);

  return self;
}

void
sitrep_metadata_dialog_set_fields (SitrepMetadataDialog *self,
                                   const char           *title,
                                   const char           *source,
                                   const char           *url,
                                   const char           *date,
                                   SitrepDatePrecision   precision,
                                   const char           *note)
{
  g_return_if_fail (SITREP_IS_METADATA_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), source ? source : "");
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), url ? url : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date ? date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note ? note : "");
  set_precision (self, precision);
  update_date_rows (self);
}

static char *
dup_trimmed (GtkEditable *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* What a Date span's attributes say it means: its dates and whether its year is known. */
static char *
dup_meaning (const char *attributes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;

  if (attributes == NULL || !json_parser_load_from_data (parser, attributes, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  o = json_node_get_object (json_parser_get_root (parser));
  return g_strdup_printf ("%s|%s|%d", json_object_get_string_member_with_default (o, "date", ""),
                          json_object_get_string_member_with_default (o, "date_end", ""),
                          json_object_get_boolean_member_with_default (o, "year_unknown", FALSE));
}

/* The article's Date spans whose dates were read off their words against
 * the publication date it has now (none set by hand): the annotations, to
 * read again against the new one. */
static GPtrArray *
dup_read_date_spans (SitrepStore *store,
                     gint64       article_id)
{
  g_autoptr(GPtrArray) labels = sitrep_store_list_labels (store, NULL);
  g_autoptr(GPtrArray) annotations = sitrep_store_list_annotations (store, article_id, 0, NULL);
  g_autoptr(GHashTable) dates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GPtrArray *read = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_kind (labels->pdata[i]), "date") == 0)
      g_hash_table_add (dates, g_memdup2 (&(gint64) { sitrep_label_get_id (labels->pdata[i]) }, sizeof (gint64)));

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    {
      SitrepAnnotation *a = annotations->pdata[i];
      gint64 label = sitrep_annotation_get_label_id (a);
      g_autofree char *now = NULL;
      g_autofree char *read_now = NULL;
      g_autofree char *auto_attributes = NULL;

      if (!g_hash_table_contains (dates, &label))
        continue;
      auto_attributes = sitrep_date_attributes_for_span (store, article_id, sitrep_annotation_get_text (a));
      now = dup_meaning (sitrep_annotation_get_attributes (a));
      read_now = dup_meaning (auto_attributes);
      if (now == NULL || g_strcmp0 (now, read_now) == 0)
        g_ptr_array_add (read, g_object_ref (a));
    }
  return read;
}

/* The spans of @read dated again against the article's new publication
 * date: a day once without its year gets it. */
static gboolean
read_dates_again (SitrepStore  *store,
                  gint64        article_id,
                  GPtrArray    *read,
                  GError      **error)
{
  for (guint i = 0; i < read->len; i++)
    {
      SitrepAnnotation *a = read->pdata[i];
      g_autofree char *fresh = sitrep_date_attributes_for_span (store, article_id, sitrep_annotation_get_text (a));
      g_autofree char *before = dup_meaning (sitrep_annotation_get_attributes (a));
      g_autofree char *after = dup_meaning (fresh);

      if (fresh != NULL && g_strcmp0 (before, after) != 0 &&
          !sitrep_store_set_annotation_attributes (store, sitrep_annotation_get_id (a), fresh, error))
        return FALSE;
    }
  return TRUE;
}

/* The new metadata, the article's dates read again, and the events it
 * reports that were undated given the date their evidence now gives (an
 * event drafted before the article had its date): one undo step. */
static gboolean
save_metadata (SitrepMetadataDialog  *self,
               const char            *title,
               const char            *source,
               const char            *url,
               const char            *iso,
               SitrepDatePrecision    precision,
               const char            *note,
               GError               **error)
{
  gint64 id = sitrep_article_get_id (self->article);
  g_autoptr(GPtrArray) read = dup_read_date_spans (self->store, id);
  g_autofree char *what = g_strdup_printf (_("Edit “%s”"), title);
  gboolean ok;

  sitrep_store_begin_group (self->store, what);
  ok = sitrep_store_set_article_metadata (self->store, id, title, source, url, iso, precision, note, error) &&
       read_dates_again (self->store, id, read, error) &&
       sitrep_store_redate_suggestions (self->store, id, NULL, error) &&
       sitrep_event_dating_apply (self->store, id, &self->n_dated, error);
  if (sitrep_store_end_group (self->store) && !ok)
    sitrep_store_undo (self->store, NULL);
  if (!ok)
    self->n_dated = 0;
  return ok;
}

guint
sitrep_metadata_dialog_get_n_dated (SitrepMetadataDialog *self)
{
  g_return_val_if_fail (SITREP_IS_METADATA_DIALOG (self), 0);

  return self->n_dated;
}

gboolean
sitrep_metadata_dialog_save (SitrepMetadataDialog *self,
                             GError              **error)
{
  g_autofree char *title = NULL;
  g_autofree char *source = NULL;
  g_autofree char *url = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(GError) local_error = NULL;
  SitrepDatePrecision precision;

  g_return_val_if_fail (SITREP_IS_METADATA_DIALOG (self), FALSE);

  self->n_dated = 0;
  title = dup_trimmed (GTK_EDITABLE (self->title_row));
  source = dup_trimmed (GTK_EDITABLE (self->source_row));
  url = dup_trimmed (GTK_EDITABLE (self->url_row));
  date = dup_trimmed (GTK_EDITABLE (self->date_row));
  note = dup_trimmed (GTK_EDITABLE (self->note_row));
  precision = get_precision (self);

  if (title == NULL)
    {
      g_set_error_literal (&local_error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                           _("An article needs a title."));
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
    }
  else if (url != NULL && !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
    {
      g_set_error_literal (&local_error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                           _("This is not a web address. Write it in full, starting with https://"));
      gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
    }
  else if (!sitrep_metadata_parse_date (precision == SITREP_DATE_PRECISION_UNKNOWN ? NULL : date,
                                        precision, &iso, &local_error))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
    }
  else if (!save_metadata (self, title, source, url, iso, precision,
                            precision == SITREP_DATE_PRECISION_UNKNOWN ? note : NULL, &local_error))
    {
      /* The store's message already says what happened. */
    }

  if (local_error != NULL)
    {
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0);

  return TRUE;
}

static gboolean
parse_number (const char *str,
              gsize       len,
              guint      *out)
{
  guint value = 0;

  if (len == 0 || len > 4)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (str[i]))
        return FALSE;
      value = value * 10 + (guint) (str[i] - '0');
    }

  *out = value;
  return TRUE;
}

gboolean
sitrep_metadata_parse_date (const char           *text,
                            SitrepDatePrecision   precision,
                            char                **iso,
                            GError              **error)
{
  g_auto(GStrv) parts = NULL;
  guint n_parts;
  guint year = 0, month = 0, day = 0;
  guint wanted;

  g_return_val_if_fail (iso != NULL, FALSE);

  *iso = NULL;

  if (precision == SITREP_DATE_PRECISION_UNKNOWN)
    return TRUE;

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                           _("Write the date, or choose “Unknown” if the article does not give it."));
      return FALSE;
    }

  parts = g_strsplit (text, "-", -1);
  n_parts = g_strv_length (parts);
  wanted = precision == SITREP_DATE_PRECISION_DAY ? 3 : precision == SITREP_DATE_PRECISION_MONTH ? 2 : 1;

  if (n_parts < 1 || n_parts > 3 ||
      !parse_number (parts[0], strlen (parts[0]), &year) || strlen (parts[0]) != 4 ||
      (n_parts > 1 && !parse_number (parts[1], strlen (parts[1]), &month)) ||
      (n_parts > 2 && !parse_number (parts[2], strlen (parts[2]), &day)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is not a date Sitrep can read. Write it as year-month-day with a "
                     "four-digit year, like 2020-08-25, 2020-08 or 2020. If the year is not known, "
                     "choose “Unknown” and keep the words in the note."),
                   text);
      return FALSE;
    }

  if (n_parts < wanted)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   precision == SITREP_DATE_PRECISION_DAY
                     ? _("“%s” has no day. Add it (like 2020-08-25) or choose “Month” or “Year”.")
                     : _("“%s” has no month. Add it (like 2020-08) or choose “Year”."),
                   text);
      return FALSE;
    }

  if (n_parts > wanted)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is more precise than the precision chosen. Choose “Day” or “Month”, "
                     "or shorten the date."),
                   text);
      return FALSE;
    }

  if (year < 1000 || (n_parts > 1 && (month < 1 || month > 12)) ||
      (n_parts > 2 && !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is not a real date. Check the month and the day."),
                   text);
      return FALSE;
    }

  if (n_parts == 3)
    *iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  else if (n_parts == 2)
    *iso = g_strdup_printf ("%04u-%02u", year, month);
  else
    *iso = g_strdup_printf ("%04u", year);

  return TRUE;
}
