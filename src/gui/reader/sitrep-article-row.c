/* sitrep-article-row.c — one article in the sidebar list
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-article-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-accessible.h"
#include "sitrep-article-row.h"
#include "sitrep-window.h"

struct _SitrepArticleRow
{
  GtkWidget      parent_instance;

  GtkLabel      *title_label;
  GtkLabel      *snippet_label;
  GtkLabel      *meta_label;
  GtkLabel      *status_label;

  SitrepArticle *article;
  GtkWidget     *menu;
  gulong         notify_id;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepArticleRow, sitrep_article_row, GTK_TYPE_WIDGET)

static const char *status_classes[] = { "status-new", "status-in-progress", "status-done" };

static void
update (SitrepArticleRow *self)
{
  SitrepArticle *a = self->article;
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *accessible = NULL;
  const char *title;
  const char *source;
  const char *snippet;
  SitrepArticleStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);

  if (a == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->meta_label, "");
      gtk_label_set_text (self->status_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), FALSE);
      return;
    }

  title = sitrep_article_get_title (a);
  if (title == NULL || *title == '\0')
    title = _("Untitled");
  gtk_label_set_text (self->title_label, title);
  sitrep_label_set_text_direction (self->title_label, title);

  source = sitrep_article_get_source (a);
  date = sitrep_article_dup_display_date (a);
  if (source != NULL && *source != '\0' && date != NULL && *date != '\0')
    meta = g_strdup_printf ("%s · %s", source, date);
  else if (source != NULL && *source != '\0')
    meta = g_strdup (source);
  else if (date != NULL && *date != '\0')
    meta = g_strdup (date);
  else
    meta = g_strdup (_("Unknown source and date"));
  gtk_label_set_text (self->meta_label, meta);

  status = sitrep_article_get_status (a);
  gtk_label_set_text (self->status_label, sitrep_article_status_to_label (status));
  if ((guint) status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[status]);

  snippet = sitrep_article_get_snippet (a);
  if (snippet != NULL && *snippet != '\0')
    {
      gtk_label_set_markup (self->snippet_label, snippet);
      gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), FALSE);
    }

  accessible = g_strdup_printf ("%s, %s, %s", title, meta, sitrep_article_status_to_label (status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  sitrep_accessible_name_item (GTK_WIDGET (self), 1, accessible);
}

static void
on_article_notify (SitrepArticle    *article,
                   GParamSpec       *pspec,
                   SitrepArticleRow *self)
{
  update (self);
}

static gboolean
in_selection (GArray *ids,
              gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        return TRUE;
    }
  return FALSE;
}

/* On a row of a selection of several articles, the verbs act on all of them;
 * on any other row, on that article alone. */
static GMenu *
build_menu (SitrepArticleRow *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SITREP_TYPE_WINDOW);
  g_autoptr(GArray) ids = window != NULL ? sitrep_window_dup_selected_ids (SITREP_WINDOW (window)) : NULL;
  gint64 id = sitrep_article_get_id (self->article);
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  if (ids != NULL && ids->len > 1 && in_selection (ids, id))
    {
      g_autoptr(GMenu) status = g_menu_new ();
      g_autofree char *label = NULL;

      g_menu_append (status, _("Mark as _Done"), "win.mark-selected::done");
      g_menu_append (status, _("Mark as _In Progress"), "win.mark-selected::in-progress");
      g_menu_append (status, _("Mark as _New"), "win.mark-selected::new");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (status));
      g_menu_append (menu, _("_Suggest in Selected Articles"), "win.suggest-selected");
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Delete %'u Article…", "_Delete %'u Articles…", ids->len),
                               ids->len);
      g_menu_append (menu, label, "win.delete-articles");
      return menu;
    }
  {
    static const struct { const char *label; SitrepArticleStatus status; } marks[] = {
      { N_("Mark as _Done"), SITREP_ARTICLE_STATUS_DONE },
      { N_("Mark as _In Progress"), SITREP_ARTICLE_STATUS_IN_PROGRESS },
      { N_("Mark as _New"), SITREP_ARTICLE_STATUS_NEW },
    };
    g_autoptr(GMenu) status = g_menu_new ();

    /* The statuses it is not in: marking it as it is does nothing. */
    for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
      {
        g_autoptr(GMenuItem) mark = NULL;

        if (sitrep_article_get_status (self->article) == marks[i].status)
          continue;
        mark = g_menu_item_new (_(marks[i].label), NULL);
        g_menu_item_set_action_and_target_value (mark, "win.mark-article",
                                                 g_variant_new ("(xs)", id,
                                                                sitrep_article_status_to_string (marks[i].status)));
        g_menu_append_item (status, mark);
      }
    g_menu_append_section (menu, NULL, G_MENU_MODEL (status));
  }
  item = g_menu_item_new (_("_Suggest in This Article"), NULL);
  g_menu_item_set_action_and_target_value (item, "win.suggest-article", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("_Delete Article…"), NULL);
  g_menu_item_set_action_and_target_value (item, "win.delete-article", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
  return menu;
}

/* The row's menu (right click, or a long press on a touch screen): what
 * can be done to this article without opening it first. */
static void
show_menu (SitrepArticleRow *self,
           double            x,
           double            y)
{
  g_autoptr(GMenu) menu = NULL;

  if (self->article == NULL)
    return;
  menu = build_menu (self);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

void
sitrep_article_row_popup_menu (SitrepArticleRow *self)
{
  g_return_if_fail (SITREP_IS_ARTICLE_ROW (self));

  show_menu (self, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

static void
on_secondary_pressed (GtkGestureClick  *gesture,
                      int               n_press,
                      double            x,
                      double            y,
                      SitrepArticleRow *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  show_menu (self, x, y);
}

static void
on_long_pressed (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 SitrepArticleRow    *self)
{
  show_menu (self, x, y);
}

static void
sitrep_article_row_dispose (GObject *object)
{
  SitrepArticleRow *self = SITREP_ARTICLE_ROW (object);
  GtkWidget *child;

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  sitrep_article_row_set_article (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_ARTICLE_ROW);
  /* Children of the template not bound to a field are not unparented by it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sitrep_article_row_parent_class)->dispose (object);
}

static void
sitrep_article_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SitrepArticleRow *self = SITREP_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_article_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SitrepArticleRow *self = SITREP_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      sitrep_article_row_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_article_row_class_init (SitrepArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_article_row_dispose;
  object_class->get_property = sitrep_article_row_get_property;
  object_class->set_property = sitrep_article_row_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         SITREP_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-article-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepArticleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepArticleRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepArticleRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepArticleRow, status_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articlerow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_article_row_init (SitrepArticleRow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *press = gtk_gesture_long_press_new ();
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (press), TRUE);
  g_signal_connect (press, "pressed", G_CALLBACK (on_long_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (press));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
}

GtkWidget *
sitrep_article_row_new (void)
{
  return g_object_new (SITREP_TYPE_ARTICLE_ROW, NULL);
}

SitrepArticle *
sitrep_article_row_get_article (SitrepArticleRow *self)
{
  g_return_val_if_fail (SITREP_IS_ARTICLE_ROW (self), NULL);

  return self->article;
}

void
sitrep_article_row_set_article (SitrepArticleRow *self,
                                SitrepArticle    *article)
{
  g_return_if_fail (SITREP_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || SITREP_IS_ARTICLE (article));

  if (self->article == article)
    return;

  if (self->article != NULL)
    g_clear_signal_handler (&self->notify_id, self->article);

  g_set_object (&self->article, article);

  if (article != NULL)
    self->notify_id = g_signal_connect (article, "notify", G_CALLBACK (on_article_notify), self);

  /* The template children are gone once disposed. */
  if (self->title_label != NULL)
    update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

char *
sitrep_article_dup_display_date (SitrepArticle *article)
{
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;
  const char *note;

  g_return_val_if_fail (SITREP_IS_ARTICLE (article), NULL);

  label = sitrep_article_dup_date_label (article);
  note = sitrep_article_get_published_note (article);

  /* A date without a year reads "19 October — year unknown", never as if
   * the year were known (or guessed). */
  if (sitrep_article_get_published_precision (article) != SITREP_DATE_PRECISION_UNKNOWN ||
      note == NULL || *note == '\0' || label == NULL)
    return g_steal_pointer (&label);

  folded = g_utf8_casefold (label, -1);
  if (strstr (folded, "unknown") != NULL || strstr (folded, _("unknown")) != NULL)
    return g_steal_pointer (&label);

  /* TRANSLATORS: a date as an article wrote it, without its year: "19 October — year unknown" */
  return g_strdup_printf (_("%s — year unknown"), label);
}

PangoDirection
sitrep_text_find_base_dir (const char *text,
                           gssize      length)
{
  const char *end;

  g_return_val_if_fail (text != NULL, PANGO_DIRECTION_NEUTRAL);

  end = length < 0 ? text + strlen (text) : text + length;

  /* The first strong character decides, as in the Unicode bidi algorithm (P2). */
  for (const char *p = text; p < end && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
        case G_UNICODE_SCRIPT_SAMARITAN:
        case G_UNICODE_SCRIPT_MANDAIC:
        case G_UNICODE_SCRIPT_ADLAM:
        case G_UNICODE_SCRIPT_HANIFI_ROHINGYA:
          if (g_unichar_isalpha (c))
            return PANGO_DIRECTION_RTL;
          break;

        case G_UNICODE_SCRIPT_COMMON:
        case G_UNICODE_SCRIPT_INHERITED:
        case G_UNICODE_SCRIPT_UNKNOWN:
          break;

        default:
          if (g_unichar_isalpha (c))
            return PANGO_DIRECTION_LTR;
          break;
        }
    }

  return PANGO_DIRECTION_NEUTRAL;
}

void
sitrep_label_set_text_direction (GtkLabel   *label,
                                 const char *text)
{
  PangoDirection dir = PANGO_DIRECTION_NEUTRAL;

  if (text != NULL)
    dir = sitrep_text_find_base_dir (text, -1);

  if (dir == PANGO_DIRECTION_RTL)
    gtk_widget_set_direction (GTK_WIDGET (label), GTK_TEXT_DIR_RTL);
  else if (dir == PANGO_DIRECTION_LTR)
    gtk_widget_set_direction (GTK_WIDGET (label), GTK_TEXT_DIR_LTR);
  else
    gtk_widget_set_direction (GTK_WIDGET (label), GTK_TEXT_DIR_NONE);
}
