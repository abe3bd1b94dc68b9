/* sitrep-reader.c — the calm reading view of one article, with its metadata header
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-article-row.h"
#include "sitrep-import.h"
#include "sitrep-reader-private.h"

/* Beyond this a text view takes seconds to lay out; the rest is not shown. */
#define MAX_SHOWN_BYTES (2 * 1024 * 1024)
/* More highlights than this say nothing more and cost a lot of tags. */
#define MAX_HIGHLIGHTS 5000


enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_SHOW_ORIGINAL,
  PROP_FONT_SCALE,
  PROP_SELECTED_ANNOTATION,
  PROP_SNAP_TO_WORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SHOW_MESSAGE,
  ANNOTATOR_NEEDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepReader, sitrep_reader, GTK_TYPE_WIDGET)

static const char *status_classes[] = { "status-new", "status-in-progress", "status-done" };

static void
update_header (SitrepReader *self)
{
  SitrepArticle *a = self->article;
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *date = NULL;
  const char *title;
  const char *source;
  const char *author;
  const char *url;
  SitrepArticleStatus status;

  if (a == NULL)
    return;

  title = sitrep_article_get_title (a);
  if (title == NULL || *title == '\0')
    title = _("Untitled");
  gtk_label_set_text (self->title_label, title);
  sitrep_label_set_text_direction (self->title_label, title);

  source = sitrep_article_get_source (a);
  author = sitrep_article_get_author (a);
  date = sitrep_article_dup_display_date (a);
  g_string_append (meta, source != NULL && *source != '\0' ? source : _("Unknown source"));
  g_string_append (meta, " · ");
  g_string_append (meta, date != NULL && *date != '\0' ? date : _("Date unknown"));
  if (author != NULL && *author != '\0')
    g_string_append_printf (meta, " · %s", author);
  gtk_label_set_text (self->meta_label, meta->str);

  url = sitrep_article_get_url (a);
  gtk_widget_set_visible (GTK_WIDGET (self->url_button), url != NULL && *url != '\0');
  if (url != NULL && *url != '\0')
    {
      gtk_link_button_set_uri (self->url_button, url);
      gtk_label_set_text (self->url_label, url);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->url_button), url);
    }

  status = sitrep_article_get_status (a);
  /* As wide in every status: "In progress" after the first label widened
   * the reader's least width, and a window that had room for the article
   * list beside it folded the list away (or unfolded it) under the user. */
  if (!self->status_width_set && gtk_widget_get_root (GTK_WIDGET (self->status_button)) != NULL)
    {
      int widest = 0;

      for (SitrepArticleStatus s = SITREP_ARTICLE_STATUS_NEW; s <= SITREP_ARTICLE_STATUS_DONE; s++)
        {
          int natural = 0;

          gtk_menu_button_set_label (self->status_button, sitrep_article_status_to_label (s));
          gtk_widget_measure (GTK_WIDGET (self->status_button), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural,
                              NULL, NULL);
          widest = MAX (widest, natural);
        }
      gtk_widget_set_size_request (GTK_WIDGET (self->status_button), widest, -1);
      self->status_width_set = TRUE;
    }
  gtk_menu_button_set_label (self->status_button, sitrep_article_status_to_label (status));
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_button), status_classes[i]);
  if ((guint) status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_button), status_classes[status]);
}

/* Paragraphs whose first strong character is right-to-left get the RTL tag, so
 * an Arabic paragraph aligns right inside an English article and vice versa.
 * Blank lines between paragraphs are made short: the text keeps them (offsets
 * must match the stored body) but a full blank line looks like a gap. */
static void
tag_paragraphs (SitrepReader *self,
                const char   *text)
{
  const char *p = text;
  int offset = 0;

  while (*p != '\0')
    {
      const char *nl = strchr (p, '\n');
      gsize len = nl != NULL ? (gsize) (nl - p) : strlen (p);
      int n_chars = (int) g_utf8_strlen (p, len);

      GtkTextTag *tag = NULL;

      if (len == 0 || (len == 1 && *p == '\r'))
        tag = self->gap_tag;
      else if (sitrep_text_find_base_dir (p, (gssize) len) == PANGO_DIRECTION_RTL)
        tag = self->rtl_tag;

      if (tag != NULL)
        {
          GtkTextIter start, end;

          gtk_text_buffer_get_iter_at_offset (self->buffer, &start, offset);
          gtk_text_buffer_get_iter_at_offset (self->buffer, &end, offset + n_chars + 1);
          gtk_text_buffer_apply_tag (self->buffer, tag, &start, &end);
        }

      offset += n_chars + 1;
      if (nl == NULL)
        break;
      p = nl + 1;
    }
}

static gboolean
scroll_to_first_match (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  SitrepReader *self = SITREP_READER (widget);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkTextIter iter;
  GdkRectangle rect;
  double y, page;
  int wx, wy;

  self->scroll_tick_id = 0;

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, self->match_tag) &&
      !gtk_text_iter_forward_to_tag_toggle (&iter, self->match_tag))
    return G_SOURCE_REMOVE;

  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  y = _sitrep_reader_text_y_in_page (self, wy);
  page = gtk_adjustment_get_page_size (vadj);
  /* Leave the first match a third of the way down, with context above it. */
  if (y > page * 0.6)
    gtk_adjustment_set_value (vadj, y - page / 3);

  return G_SOURCE_REMOVE;
}

static void
apply_highlights (SitrepReader *self)
{
  GtkTextIter start, end;
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(GError) error = NULL;
  int n_chars;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->match_tag, &start, &end);
  self->n_highlights = 0;

  if (self->article == NULL || self->store == NULL || self->show_original ||
      self->search == NULL || *self->search == '\0')
    return;

  ranges = sitrep_store_get_match_ranges (self->store,
                                          sitrep_article_get_id (self->article),
                                          self->search, &error);
  if (ranges == NULL)
    {
      g_debug ("No match ranges: %s", error ? error->message : "none");
      return;
    }

  n_chars = gtk_text_buffer_get_char_count (self->buffer);

  for (guint i = 0; i + 1 < ranges->len && self->n_highlights < MAX_HIGHLIGHTS; i += 2)
    {
      guint s = g_array_index (ranges, guint, i);
      guint e = g_array_index (ranges, guint, i + 1);

      if (e <= s || s >= (guint) n_chars)
        continue;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int) s);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int) MIN (e, (guint) n_chars));
      gtk_text_buffer_apply_tag (self->buffer, self->match_tag, &start, &end);
      self->n_highlights++;
    }

  if (self->n_highlights > 0 && self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                         scroll_to_first_match,
                                                         NULL, NULL);
}

static void
show_notice (SitrepReader *self,
             const char   *notice)
{
  gtk_label_set_text (self->notice_label, notice ? notice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice != NULL);
}

static void
load_text (SitrepReader *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *notice = NULL;
  GtkTextIter start, end;
  gint64 id;

  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }
  /* Where another article was read is not where this one is. */
  if (self->top_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->top_tick_id);
      self->top_tick_id = 0;
    }

  _sitrep_reader_clear_annotations (self);
  gtk_text_buffer_set_text (self->buffer, "", 0);
  self->n_highlights = 0;
  self->n_chars = 0;
  show_notice (self, NULL);

  if (self->article == NULL || self->store == NULL)
    return;

  id = sitrep_article_get_id (self->article);

  if (self->show_original)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *encoding = NULL;

      bytes = sitrep_store_get_article_original (self->store, id, &encoding, &error);
      if (bytes != NULL)
        {
          gsize len;
          const guint8 *data = g_bytes_get_data (bytes, &len);

          if (len == 0)
            text = g_strdup ("");
          else
            text = sitrep_import_decode (data, len, encoding, NULL, &error);
        }

      if (text != NULL)
        notice = g_strdup_printf (_("The original capture, exactly as imported (%s)"),
                                  encoding != NULL && *encoding != '\0' ? encoding : "UTF-8");
    }
  else
    {
      text = sitrep_store_get_article_body (self->store, id, &error);
    }

  if (text == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("This text cannot be shown: %s"),
                                                  error ? error->message : _("unknown error"));
      show_notice (self, message);
      return;
    }

  if (strlen (text) > MAX_SHOWN_BYTES)
    {
      char *cut = g_utf8_find_prev_char (text, text + MAX_SHOWN_BYTES);

      if (cut != NULL)
        *cut = '\0';
      g_clear_pointer (&notice, g_free);
      notice = g_strdup (_("This text is very long: only its first 2 MB are shown here"));
    }

  if (notice != NULL)
    show_notice (self, notice);

  gtk_text_buffer_set_text (self->buffer, text, -1);
  self->n_chars = (guint) gtk_text_buffer_get_char_count (self->buffer);
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_apply_tag (self->buffer, self->body_tag, &start, &end);
  if (self->show_original)
    gtk_text_buffer_apply_tag (self->buffer, self->mono_tag, &start, &end);
  tag_paragraphs (self, text);

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->moving_cursor = TRUE;
  gtk_text_buffer_place_cursor (self->buffer, &start);
  self->moving_cursor = FALSE;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  apply_highlights (self);
  if (!self->show_original)
    _sitrep_reader_load_annotations (self);
  _sitrep_reader_suggestions_load (self);
  _sitrep_reader_update_actions (self);
}

static void
on_article_notify (SitrepArticle *article,
                   GParamSpec    *pspec,
                   SitrepReader  *self)
{
  update_header (self);
}

static void
sitrep_reader_dispose (GObject *object)
{
  SitrepReader *self = SITREP_READER (object);
  GtkWidget *child;

  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }
  if (self->top_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->top_tick_id);
      self->top_tick_id = 0;
    }

  if (self->article != NULL)
    g_clear_signal_handler (&self->notify_id, self->article);
  g_clear_object (&self->article);
  _sitrep_reader_mouse_dispose (self);
  _sitrep_reader_drag_dispose (self);
  _sitrep_reader_suggestions_dispose (self);
  _sitrep_reader_annotations_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_READER);
  /* Children of the template not bound to a field are not unparented by it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sitrep_reader_parent_class)->dispose (object);
}

static void
sitrep_reader_finalize (GObject *object)
{
  SitrepReader *self = SITREP_READER (object);

  g_free (self->search);

  G_OBJECT_CLASS (sitrep_reader_parent_class)->finalize (object);
}

static void
sitrep_reader_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SitrepReader *self = SITREP_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_SHOW_ORIGINAL:
      g_value_set_boolean (value, self->show_original);
      break;

    case PROP_FONT_SCALE:
      g_value_set_double (value, self->font_scale);
      break;

    case PROP_SELECTED_ANNOTATION:
      g_value_set_int64 (value, self->selected_id);
      break;

    case PROP_SNAP_TO_WORDS:
      g_value_set_boolean (value, self->snap_to_words);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_reader_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SitrepReader *self = SITREP_READER (object);

  switch (prop_id)
    {
    case PROP_SHOW_ORIGINAL:
      sitrep_reader_set_show_original (self, g_value_get_boolean (value));
      break;

    case PROP_FONT_SCALE:
      sitrep_reader_set_font_scale (self, g_value_get_double (value));
      break;

    case PROP_SELECTED_ANNOTATION:
      sitrep_reader_select_annotation (self, g_value_get_int64 (value), TRUE);
      break;

    case PROP_SNAP_TO_WORDS:
      if (self->snap_to_words != g_value_get_boolean (value))
        {
          self->snap_to_words = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caret_browsing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  SitrepReader *self = SITREP_READER (widget);
  gboolean on = !gtk_text_view_get_cursor_visible (self->text_view);

  gtk_text_view_set_cursor_visible (self->text_view, on);
  if (on)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
sitrep_reader_class_init (SitrepReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_reader_dispose;
  object_class->finalize = sitrep_reader_finalize;
  object_class->get_property = sitrep_reader_get_property;
  object_class->set_property = sitrep_reader_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         SITREP_TYPE_ARTICLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_ORIGINAL] =
    g_param_spec_boolean ("show-original", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FONT_SCALE] =
    g_param_spec_double ("font-scale", NULL, NULL,
                         0.6, 2.5, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_ANNOTATION] =
    g_param_spec_int64 ("selected-annotation", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SNAP_TO_WORDS] =
    g_param_spec_boolean ("snap-to-words", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SitrepReader::show-message:
   * @text: a whole sentence for the user
   * @undo: whether the message offers Undo (the edit it tells of is undoable)
   *
   * The reader has something to tell the user (an edit failed, what
   * Suggest found); the window shows it as a toast.
   */
  signals[SHOW_MESSAGE] =
    g_signal_new ("show-message",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  /**
   * SitrepReader::annotator-needed:
   * @label_id: the label to apply once the annotator is known, or 0
   *
   * Nobody has said who is annotating. A handler that asks returns TRUE and
   * applies @label_id (sitrep_reader_apply_label) once answered; one that
   * knows calls sitrep_reader_set_annotator and returns FALSE.
   */
  signals[ANNOTATOR_NEEDED] =
    g_signal_new ("annotator-needed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, empty_stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, scroller);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, title_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, meta_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, url_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, url_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, status_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, notice_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepReader, text_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reader");

  /* Caret browsing (F7, as in other GNOME readers): a caret to select text
   * with Shift and the arrow keys, so labelling needs no mouse. */
  gtk_widget_class_install_action (widget_class, "reader.caret-browsing", NULL, caret_browsing_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F7, 0, "reader.caret-browsing", NULL);

  _sitrep_reader_labelling_class_init (widget_class);
  _sitrep_reader_mouse_class_init (widget_class);
  _sitrep_reader_suggestions_class_init (widget_class);
}

static void
sitrep_reader_init (SitrepReader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->font_scale = 1.0;
  self->buffer = gtk_text_view_get_buffer (self->text_view);

  /* Scale of the whole text, so the size follows the reader-font-scale setting. */
  self->body_tag = gtk_text_buffer_create_tag (self->buffer, "body",
                                               "scale", self->font_scale,
                                               NULL);
  self->mono_tag = gtk_text_buffer_create_tag (self->buffer, "original",
                                               "family", "monospace",
                                               NULL);
  self->rtl_tag = gtk_text_buffer_create_tag (self->buffer, "rtl",
                                              "direction", GTK_TEXT_DIR_RTL,
                                              NULL);
  self->gap_tag = gtk_text_buffer_create_tag (self->buffer, "gap",
                                              "scale", 0.35,
                                              "pixels-below-lines", 0,
                                              NULL);
  self->match_tag = gtk_text_buffer_create_tag (self->buffer, "match",
                                                "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.55 },
                                                NULL);
  self->snap_to_words = TRUE;
  self->editable = TRUE;
  _sitrep_reader_annotations_init (self);
  _sitrep_reader_labelling_init (self);
  _sitrep_reader_mouse_init (self);
  _sitrep_reader_drag_init (self);
  _sitrep_reader_suggestions_init (self);
}

GtkWidget *
sitrep_reader_new (void)
{
  return g_object_new (SITREP_TYPE_READER, NULL);
}

void
sitrep_reader_set_article (SitrepReader  *self,
                           SitrepStore   *store,
                           SitrepArticle *article)
{
  gint64 new_id;

  g_return_if_fail (SITREP_IS_READER (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));
  g_return_if_fail (article == NULL || SITREP_IS_ARTICLE (article));

  new_id = article != NULL ? sitrep_article_get_id (article) : 0;

  if (self->article != article)
    {
      if (self->article != NULL)
        g_clear_signal_handler (&self->notify_id, self->article);
      g_set_object (&self->article, article);
      if (article != NULL)
        self->notify_id = g_signal_connect (article, "notify",
                                            G_CALLBACK (on_article_notify), self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
    }

  if (article == NULL)
    {
      _sitrep_reader_clear_annotations (self);
      _sitrep_reader_connect_store (self, NULL);
      self->shown_id = 0;
      self->n_chars = 0;
      gtk_text_buffer_set_text (self->buffer, "", 0);
      self->n_highlights = 0;
      _sitrep_reader_suggestions_load (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      _sitrep_reader_update_actions (self);
      return;
    }

  update_header (self);
  gtk_stack_set_visible_child_name (self->stack, "article");

  if (new_id != self->shown_id || store != self->store)
    {
      _sitrep_reader_connect_store (self, store);
      self->shown_id = new_id;
      load_text (self);
    }
}

void
sitrep_reader_set_project_empty (SitrepReader *self,
                                 gboolean      empty)
{
  g_return_if_fail (SITREP_IS_READER (self));

  gtk_stack_set_visible_child_name (self->empty_stack, empty ? "no-articles" : "no-selection");
}

SitrepArticle *
sitrep_reader_get_article (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  return self->article;
}

void
sitrep_reader_set_search (SitrepReader *self,
                          const char   *search)
{
  g_return_if_fail (SITREP_IS_READER (self));

  if (search != NULL && *search == '\0')
    search = NULL;

  if (g_strcmp0 (search, self->search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  apply_highlights (self);
}

void
sitrep_reader_set_show_original (SitrepReader *self,
                                 gboolean      show_original)
{
  g_return_if_fail (SITREP_IS_READER (self));

  show_original = !!show_original;
  if (self->show_original == show_original)
    return;

  self->show_original = show_original;
  if (show_original)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "original");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_view), "original");
  load_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ORIGINAL]);
}

void
sitrep_reader_set_font_scale (SitrepReader *self,
                              double        scale)
{
  g_return_if_fail (SITREP_IS_READER (self));

  scale = CLAMP (scale, 0.6, 2.5);
  if (G_APPROX_VALUE (scale, self->font_scale, 0.001))
    return;

  self->font_scale = scale;
  g_object_set (self->body_tag, "scale", scale, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_SCALE]);
}

double
sitrep_reader_get_font_scale (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), 1.0);

  return self->font_scale;
}

char *
sitrep_reader_dup_text (SitrepReader *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

const char *
sitrep_reader_get_title_text (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
sitrep_reader_get_meta_text (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  return gtk_label_get_text (self->meta_label);
}

guint
sitrep_reader_count_highlights (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  return self->n_highlights;
}

void
sitrep_reader_set_editable (SitrepReader *self,
                            gboolean      editable)
{
  g_return_if_fail (SITREP_IS_READER (self));

  /* The status menu's items are disabled with their action; the button too. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button), editable);
  self->editable = !!editable;
  _sitrep_reader_update_actions (self);
}

/* The point @y of the text view (its widget's coordinates) in the scrolled
 * page, which the vertical adjustment's value is a point of: the text view
 * is the scroller's own child, so the page is the view's whole height (the
 * header in its top margin, then the text), of which the view shows from
 * the value down. */
double
_sitrep_reader_text_y_in_page (SitrepReader *self,
                               double        y)
{
  return y + gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
}

guint
sitrep_reader_get_top_offset (SitrepReader *self)
{
  GtkTextIter iter;
  int bx, by;

  g_return_val_if_fail (SITREP_IS_READER (self), 0);

  if (self->article == NULL)
    return 0;
  /* The view's top is the page's (the text view is the scroller's own
   * child), in the buffer's coordinates: above the text while the header
   * is in view, which is the first line's. The line on screen, not its
   * paragraph's first: a long report's paragraph fills a page, and the
   * walk reopened a project a page above where it was read. */
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, 0, 0, &bx, &by);
  gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by);
  if (!gtk_text_view_starts_display_line (self->text_view, &iter))
    gtk_text_view_backward_display_line_start (self->text_view, &iter);
  return (guint) gtk_text_iter_get_offset (&iter);
}

/* Puts the line of top_offset at the top of the page; again on the next
 * frames while the text view is still laying the lines above it out. */
static gboolean
scroll_to_top_tick (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  SitrepReader *self = SITREP_READER (widget);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkTextIter iter;
  GdkRectangle rect;
  double y, before = gtk_adjustment_get_value (vadj);
  /* The page's height: the text's as far as the view has measured it. */
  int wx, wy, height = (int) gtk_adjustment_get_upper (vadj);
  gboolean settled = height == self->top_height;

  self->top_height = height;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, (int) MIN (self->top_offset, self->n_chars));
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &wx, &wy);
  if (height > 0)
    {
      y = _sitrep_reader_text_y_in_page (self, wy);
      gtk_adjustment_set_value (vadj, y);
    }
  /* The text view lays its lines out a few at a time: done when the text
   * is as tall as it was a frame ago and the place stays put, or after
   * five seconds. */
  settled = settled && gtk_adjustment_get_value (vadj) == before;
  if (++self->top_frames < 300 && (self->top_frames < 3 || !settled))
    return G_SOURCE_CONTINUE;
  self->top_tick_id = 0;
  return G_SOURCE_REMOVE;
}

void
sitrep_reader_scroll_to_top_offset (SitrepReader *self,
                                    guint         offset)
{
  g_return_if_fail (SITREP_IS_READER (self));

  self->top_offset = offset;
  self->top_frames = 0;
  self->top_height = -1;
  if (self->top_tick_id == 0)
    self->top_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_top_tick, NULL, NULL);
}

GtkTextView *
sitrep_reader_get_text_view (SitrepReader *self)
{
  g_return_val_if_fail (SITREP_IS_READER (self), NULL);

  return self->text_view;
}

void
_sitrep_reader_notify_selected (SitrepReader *self)
{
  _sitrep_reader_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ANNOTATION]);
}

void
_sitrep_reader_show_message (SitrepReader *self,
                             const char   *text,
                             gboolean      undo)
{
  if (text == NULL)
    return;
  if (g_signal_has_handler_pending (self, signals[SHOW_MESSAGE], 0, FALSE))
    g_signal_emit (self, signals[SHOW_MESSAGE], 0, text, undo);
  else
    g_debug ("%s", text);
}

gboolean
_sitrep_reader_can_ask_annotator (SitrepReader *self)
{
  return g_signal_has_handler_pending (self, signals[ANNOTATOR_NEEDED], 0, FALSE);
}

gboolean
_sitrep_reader_request_annotator (SitrepReader *self,
                                  gint64        label_id)
{
  gboolean asking = FALSE;

  if (self->annotator_id != 0)
    return FALSE;
  /* The bar is a popover of its own: left up, it would float above the
   * dialog that asks (and the label is applied once answered). */
  _sitrep_reader_hide_label_bar (self);
  g_signal_emit (self, signals[ANNOTATOR_NEEDED], 0, label_id, &asking);

  return asking;
}
