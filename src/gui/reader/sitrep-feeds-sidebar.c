/* sitrep-feeds-sidebar.c — the Feeds section of the sidebar: feeds with their unread counts
 *
 * The counts come from one query (sitrep_feeds_list, grouped by feed),
 * read again from an idle after the store says feeds or articles changed:
 * a check imports, the user reads, an undo brings a status back. Rows are
 * kept by feed id and updated in place, so the selection and the keyboard
 * focus stay where the user left them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-feeds"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-feeds.h"
#include "sitrep-feeds-private.h"
#include "sitrep-window.h"
#include "sitrep-feeds-sidebar.h"

#define FEED_ID_KEY "sitrep-feed-id"

struct _SitrepFeedsSidebar
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkWidget          *box;
  GtkListBox         *list;
  GtkListBoxRow      *all_row;
  GtkSpinner         *spinner;
  GtkMenuButton      *menu_button;

  /* owned references */
  SitrepStore        *store;
  SitrepFeedsChecker *checker;
  GtkWidget          *popover;
  GHashTable         *rows;        /* gint64* feed id → GtkListBoxRow (the list's) */
  SitrepFeedRemoval  *removal;     /* the last unsubscription, for Undo */
  char               *last_message;

  /* state */
  gint64              feed_id;
  guint               n_feeds;
  guint               reload_id;
  gboolean            updating;
};

enum { PROP_0, PROP_STORE, PROP_FEED_ID, PROP_N_FEEDS, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepFeedsSidebar, sitrep_feeds_sidebar, GTK_TYPE_WIDGET)

/* ---- messages ---- */

static void on_undo_clicked (AdwToast *shown, SitrepFeedsSidebar *self);

/* A toast in the window's overlay; @undo: with an Undo button for the last
 * unsubscription. */
static void
toast_full (SitrepFeedsSidebar *self,
            const char         *text,
            gboolean            undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *shown = adw_toast_new (text);

  g_free (self->last_message);
  self->last_message = g_strdup (text);
  if (undo)
    {
      adw_toast_set_button_label (shown, _("_Undo"));
      adw_toast_set_priority (shown, ADW_TOAST_PRIORITY_HIGH);
      g_signal_connect_object (shown, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
    }
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), shown);
  else
    g_object_unref (shown);
}

static void
toast (SitrepFeedsSidebar *self,
       const char         *text)
{
  toast_full (self, text, FALSE);
}

static const char *
feed_title (SitrepFeedInfo *info)
{
  return info->title != NULL && info->title[0] != '\0' ? info->title : info->url;
}

/* ---- rows ---- */

static gint64
row_feed_id (GtkListBoxRow *row)
{
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), FEED_ID_KEY) : NULL;

  return id != NULL ? *id : 0;
}

static GtkListBoxRow *
row_for_feed (SitrepFeedsSidebar *self,
              gint64              id)
{
  GtkListBoxRow *row = id != 0 ? g_hash_table_lookup (self->rows, &id) : NULL;

  return row != NULL ? row : self->all_row;
}

static void
update_row (GtkListBoxRow  *row,
            SitrepFeedInfo *info)
{
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "title-label");
  GtkLabel *count = g_object_get_data (G_OBJECT (row), "count-label");
  g_autofree char *number = g_strdup_printf ("%u", info->unread);
  g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u unread article",
                                                        "%s, %u unread articles", info->unread),
                                           feed_title (info), info->unread);

  gtk_label_set_text (title, feed_title (info));
  gtk_label_set_text (count, number);
  gtk_widget_set_visible (GTK_WIDGET (count), info->unread > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), info->url);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static GtkListBoxRow *
build_row (SitrepFeedInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("application-rss+xml-symbolic");
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Feed"), -1);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (count, "feeds-sidebar-count");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "count-label", count);
  g_object_set_data_full (G_OBJECT (row), FEED_ID_KEY, g_memdup2 (&info->id, sizeof info->id), g_free);
  update_row (GTK_LIST_BOX_ROW (row), info);
  return GTK_LIST_BOX_ROW (row);
}

static void
select_current_row (SitrepFeedsSidebar *self)
{
  GtkListBoxRow *row = row_for_feed (self, self->feed_id);

  self->updating = TRUE;
  if (gtk_list_box_get_selected_row (self->list) != row)
    gtk_list_box_select_row (self->list, row);
  self->updating = FALSE;
}

/* Puts @row at @index, keeping it selected if it was. */
static void
place_row (SitrepFeedsSidebar *self,
           GtkListBoxRow      *row,
           int                 index)
{
  gboolean had_focus;

  if (gtk_list_box_row_get_index (row) == index)
    return;
  had_focus = gtk_widget_has_focus (GTK_WIDGET (row));
  g_object_ref (row);
  gtk_list_box_remove (self->list, GTK_WIDGET (row));
  gtk_list_box_insert (self->list, GTK_WIDGET (row), index);
  g_object_unref (row);
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
set_n_feeds (SitrepFeedsSidebar *self,
             guint               n)
{
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  if (self->n_feeds == n)
    return;
  self->n_feeds = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FEEDS]);
}

static void
reload (SitrepFeedsSidebar *self)
{
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GHashTable) keep = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  feeds = self->store != NULL ? sitrep_feeds_list (self->store, &error) : g_ptr_array_new ();
  if (feeds == NULL)
    {
      /* the counts shown stay: they were right a moment ago */
      g_debug ("The feeds could not be listed: %s", error->message);
      return;
    }

  self->updating = TRUE;
  for (guint i = 0; i < feeds->len; i++)
    {
      SitrepFeedInfo *info = g_ptr_array_index (feeds, i);
      GtkListBoxRow *row = g_hash_table_lookup (self->rows, &info->id);

      if (row == NULL)
        {
          row = build_row (info);
          gtk_list_box_insert (self->list, GTK_WIDGET (row), (int) i + 1);
          g_hash_table_insert (self->rows, g_memdup2 (&info->id, sizeof info->id), row);
        }
      else
        {
          update_row (row, info);
          place_row (self, row, (int) i + 1);
        }
      g_hash_table_add (keep, g_object_get_data (G_OBJECT (row), FEED_ID_KEY));
    }
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (keep, key))
      {
        gtk_list_box_remove (self->list, value);
        g_hash_table_iter_remove (&iter);
      }
  self->updating = FALSE;

  /* the feed listed is gone: every article again */
  if (self->feed_id != 0 && !g_hash_table_contains (self->rows, &self->feed_id))
    sitrep_feeds_sidebar_set_feed_id (self, 0);
  select_current_row (self);
  set_n_feeds (self, feeds->len);
}

static gboolean
reload_idle (gpointer data)
{
  SitrepFeedsSidebar *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Feeds came, went or were checked; articles were imported, read or
 * deleted: the counts are read again once the burst is over. */
static void
on_store_changed (SitrepFeedsSidebar *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
on_row_selected (GtkListBox         *list,
                 GtkListBoxRow      *row,
                 SitrepFeedsSidebar *self)
{
  if (self->updating || row == NULL || self->rows == NULL)
    return;
  sitrep_feeds_sidebar_set_feed_id (self, row_feed_id (row));
}

static void
update_actions (SitrepFeedsSidebar *self)
{
  gboolean writable = self->store != NULL && !sitrep_store_is_read_only (self->store);
  gboolean busy = self->checker != NULL && sitrep_feeds_checker_is_busy (self->checker);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds-sidebar.check", writable && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds-sidebar.mark-read", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds-sidebar.unsubscribe", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feeds-sidebar.undo-unsubscribe",
                                 writable && self->removal != NULL);
}

static void
on_checker_busy (SitrepFeedsSidebar *self)
{
  gboolean busy = sitrep_feeds_checker_is_busy (self->checker);

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  update_actions (self);
}

/* ---- the context menu ---- */

static GMenuModel *
build_menu (gint64 feed_id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) feed = g_menu_new ();
  g_autoptr(GMenu) manage = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  if (feed_id != 0)
    {
      item = g_menu_item_new (_("Check _Now"), NULL);
      g_menu_item_set_action_and_target (item, "feeds-sidebar.check", "x", feed_id);
      g_menu_append_item (feed, item);
      g_clear_object (&item);
      item = g_menu_item_new (_("_Mark All Read"), NULL);
      g_menu_item_set_action_and_target (item, "feeds-sidebar.mark-read", "x", feed_id);
      g_menu_append_item (feed, item);
      g_clear_object (&item);
      item = g_menu_item_new (_("_Unsubscribe"), NULL);
      g_menu_item_set_action_and_target (item, "feeds-sidebar.unsubscribe", "x", feed_id);
      g_menu_item_set_attribute (item, "accel", "s", "Delete");
      g_menu_append_item (feed, item);
      g_clear_object (&item);
    }
  else
    {
      item = g_menu_item_new (_("_Check All Feeds"), NULL);
      g_menu_item_set_action_and_target (item, "feeds-sidebar.check", "x", (gint64) 0);
      g_menu_append_item (feed, item);
      g_clear_object (&item);
    }
  g_menu_append (manage, _("_Manage Feeds…"), "win.feeds");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (feed));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (manage));
  return G_MENU_MODEL (menu);
}

static void
popup_menu (SitrepFeedsSidebar *self,
            GtkListBoxRow      *row,
            double              x,
            double              y)
{
  g_autoptr(GMenuModel) menu = build_menu (row_feed_id (row));
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  /* folded away with the sidebar: nothing to point at */
  if (!gtk_widget_get_mapped (GTK_WIDGET (row)))
    return;

  /* the menu is for the row it was opened on: that row is the one listed */
  if (row != gtk_list_box_get_selected_row (self->list))
    gtk_list_box_select_row (self->list, row);
  if (x < 0)
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self), &bounds))
        return;
      rect = (GdkRectangle) { (int) bounds.origin.x + 12, (int) (bounds.origin.y + bounds.size.height), 1, 1 };
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->popover), menu);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
on_secondary_pressed (GtkGestureClick    *gesture,
                      int                 n_press,
                      double              x,
                      double              y,
                      SitrepFeedsSidebar *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (self->list, (int) y);
  double sx, sy;

  if (row == NULL || !gtk_widget_translate_coordinates (GTK_WIDGET (self->list), GTK_WIDGET (self), x, y, &sx, &sy))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu (self, row, sx, sy);
}

/* ---- actions ---- */

static SitrepFeedInfo *
find_info (GPtrArray *feeds,
           gint64     id)
{
  for (guint i = 0; feeds != NULL && i < feeds->len; i++)
    if (((SitrepFeedInfo *) g_ptr_array_index (feeds, i))->id == id)
      return g_ptr_array_index (feeds, i);
  return NULL;
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sitrep_feeds_sidebar_set_feed_id (SITREP_FEEDS_SIDEBAR (widget), g_variant_get_int64 (parameter));
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (widget);

  if (self->checker == NULL || !sitrep_feeds_checker_start_feed (self->checker, g_variant_get_int64 (parameter)))
    toast (self, _("The feeds cannot be checked now: a check runs already, or the project is read-only."));
}

static void
mark_read_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GPtrArray) feeds = self->store != NULL ? sitrep_feeds_list (self->store, NULL) : NULL;
  SitrepFeedInfo *info = find_info (feeds, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *window;
  guint marked = 0;

  if (info == NULL)
    return;
  if (!sitrep_feeds_mark_all_read (self->store, id, &marked, &error))
    {
      toast (self, error->message);
      return;
    }
  if (marked == 0)
    {
      text = g_strdup_printf (_("Every article from “%s” is read already."), feed_title (info));
      toast (self, text);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article from “%s” marked as read.",
                                       "%'u articles from “%s” marked as read.", marked),
                          marked, feed_title (info));
  window = gtk_widget_get_ancestor (widget, SITREP_TYPE_WINDOW);
  g_free (self->last_message);
  self->last_message = g_strdup (text);
  /* one step of the project's history: the window's Undo takes it back */
  if (window != NULL)
    sitrep_window_show_undo_toast (SITREP_WINDOW (window), text);
}

static void
undo_unsubscribe_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (widget);
  g_autoptr(SitrepFeedRemoval) removal = g_steal_pointer (&self->removal);
  g_autoptr(GError) error = NULL;

  update_actions (self);
  if (removal == NULL || self->store == NULL)
    return;
  if (!sitrep_feeds_restore (self->store, removal, &error))
    toast (self, error->message);
}

static void
on_undo_clicked (AdwToast           *shown,
                 SitrepFeedsSidebar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "feeds-sidebar.undo-unsubscribe", NULL);
}

static void
unsubscribe_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (widget);
  g_autoptr(GError) error = NULL;
  SitrepFeedRemoval *removal;

  if (self->store == NULL)
    return;
  /* at once, with Undo instead of a question: the articles stay either way */
  removal = sitrep_feeds_remove_full (self->store, g_variant_get_int64 (parameter), &error);
  if (removal == NULL)
    {
      toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->removal, sitrep_feed_removal_free);
  self->removal = removal;
  update_actions (self);
  toast_full (self, _("Feed removed; its articles stay in the project"), TRUE);
}

/* The row a key acts on: the one with the keyboard focus, else the selected one. */
static GtkListBoxRow *
key_row (SitrepFeedsSidebar *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list))
    row = GTK_WIDGET (gtk_list_box_get_selected_row (self->list));
  return GTK_LIST_BOX_ROW (row);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (widget);
  GtkListBoxRow *row = key_row (self);

  if (row != NULL)
    popup_menu (self, row, -1, -1);
}

/* Delete on a feed's row unsubscribes it, with Undo, as its menu does;
 * on "All articles" it does nothing. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (widget);
  gint64 id = row_feed_id (key_row (self));

  if (id != 0)
    gtk_widget_activate_action (widget, "feeds-sidebar.unsubscribe", "x", id);
}

/* ---- the widget ---- */

static void
sitrep_feeds_sidebar_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  gtk_widget_measure (SITREP_FEEDS_SIDEBAR (widget)->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Allocated by hand rather than by a layout manager, for the context menu
 * to follow the row it points at. */
static void
sitrep_feeds_sidebar_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
sitrep_feeds_sidebar_dispose (GObject *object)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (object);

  /* the rows going one by one choose nothing */
  self->updating = TRUE;
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->checker);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_FEEDS_SIDEBAR);
  G_OBJECT_CLASS (sitrep_feeds_sidebar_parent_class)->dispose (object);
}

static void
sitrep_feeds_sidebar_finalize (GObject *object)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (object);

  g_clear_pointer (&self->removal, sitrep_feed_removal_free);
  g_free (self->last_message);
  G_OBJECT_CLASS (sitrep_feeds_sidebar_parent_class)->finalize (object);
}

static void
sitrep_feeds_sidebar_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_FEED_ID:
      g_value_set_int64 (value, self->feed_id);
      break;
    case PROP_N_FEEDS:
      g_value_set_uint (value, self->n_feeds);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_feeds_sidebar_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SitrepFeedsSidebar *self = SITREP_FEEDS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sitrep_feeds_sidebar_set_store (self, g_value_get_object (value));
      break;
    case PROP_FEED_ID:
      sitrep_feeds_sidebar_set_feed_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_feeds_sidebar_class_init (SitrepFeedsSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = sitrep_feeds_sidebar_dispose;
  object_class->finalize = sitrep_feeds_sidebar_finalize;
  object_class->get_property = sitrep_feeds_sidebar_get_property;
  object_class->set_property = sitrep_feeds_sidebar_set_property;
  widget_class->measure = sitrep_feeds_sidebar_measure;
  widget_class->size_allocate = sitrep_feeds_sidebar_size_allocate;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, SITREP_TYPE_STORE, rw);
  properties[PROP_FEED_ID] = g_param_spec_int64 ("feed-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_N_FEEDS] = g_param_spec_uint ("n-feeds", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "feeds-sidebar.select", "x", select_action);
  gtk_widget_class_install_action (widget_class, "feeds-sidebar.check", "x", check_action);
  gtk_widget_class_install_action (widget_class, "feeds-sidebar.mark-read", "x", mark_read_action);
  gtk_widget_class_install_action (widget_class, "feeds-sidebar.unsubscribe", "x", unsubscribe_action);
  gtk_widget_class_install_action (widget_class, "feeds-sidebar.undo-unsubscribe", NULL, undo_unsubscribe_action);
  gtk_widget_class_install_action (widget_class, "feeds-sidebar.menu", NULL, menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "feeds-sidebar.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "feeds-sidebar.menu", NULL);
  gtk_widget_class_install_action (widget_class, "feeds-sidebar.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "feeds-sidebar.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "feeds-sidebar.delete", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-feeds-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsSidebar, box);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsSidebar, list);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsSidebar, all_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsSidebar, spinner);
  gtk_widget_class_bind_template_child (widget_class, SitrepFeedsSidebar, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_set_css_name (widget_class, "feeds-sidebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_feeds_sidebar_init (SitrepFeedsSidebar *self)
{
  GtkGesture *click;

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Feeds"), -1);

  self->popover = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list), GTK_EVENT_CONTROLLER (click));

  select_current_row (self);
  set_n_feeds (self, 0);
  update_actions (self);
}

/* ---- public API ---- */

SitrepFeedsSidebar *
sitrep_feeds_sidebar_new (void)
{
  return g_object_new (SITREP_TYPE_FEEDS_SIDEBAR, NULL);
}

SitrepStore *
sitrep_feeds_sidebar_get_store (SitrepFeedsSidebar *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_SIDEBAR (self), NULL);
  return self->store;
}

void
sitrep_feeds_sidebar_set_store (SitrepFeedsSidebar *self,
                                SitrepStore        *store)
{
  g_return_if_fail (SITREP_IS_FEEDS_SIDEBAR (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  /* another project: its Undo is not this one's */
  g_clear_pointer (&self->removal, sitrep_feed_removal_free);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::feed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::article", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  sitrep_feeds_sidebar_set_feed_id (self, 0);
  reload (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
sitrep_feeds_sidebar_set_checker (SitrepFeedsSidebar *self,
                                  SitrepFeedsChecker *checker)
{
  g_return_if_fail (SITREP_IS_FEEDS_SIDEBAR (self));
  g_return_if_fail (checker == NULL || SITREP_IS_FEEDS_CHECKER (checker));

  if (self->checker != NULL)
    g_signal_handlers_disconnect_by_data (self->checker, self);
  g_set_object (&self->checker, checker);
  if (checker != NULL)
    {
      g_signal_connect_object (checker, "notify::busy", G_CALLBACK (on_checker_busy), self, G_CONNECT_SWAPPED);
      on_checker_busy (self);
    }
  update_actions (self);
}

gint64
sitrep_feeds_sidebar_get_feed_id (SitrepFeedsSidebar *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_SIDEBAR (self), 0);
  return self->feed_id;
}

void
sitrep_feeds_sidebar_set_feed_id (SitrepFeedsSidebar *self,
                                  gint64              feed_id)
{
  g_return_if_fail (SITREP_IS_FEEDS_SIDEBAR (self));

  /* a feed the project does not follow lists every article */
  if (feed_id != 0 && (self->rows == NULL || !g_hash_table_contains (self->rows, &feed_id)))
    feed_id = 0;
  select_current_row (self);
  if (self->feed_id == feed_id)
    return;
  self->feed_id = feed_id;
  select_current_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEED_ID]);
}

guint
sitrep_feeds_sidebar_get_n_feeds (SitrepFeedsSidebar *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_SIDEBAR (self), 0);
  return self->n_feeds;
}

char *
sitrep_feeds_sidebar_describe (SitrepFeedsSidebar *self)
{
  GString *text = g_string_new (NULL);
  GtkListBoxRow *selected;

  g_return_val_if_fail (SITREP_IS_FEEDS_SIDEBAR (self), NULL);

  selected = gtk_list_box_get_selected_row (self->list);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *title = g_object_get_data (G_OBJECT (child), "title-label");
      GtkLabel *count = g_object_get_data (G_OBJECT (child), "count-label");

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      if (child == GTK_WIDGET (selected))
        g_string_append_c (text, '*');
      if (title == NULL)
        g_string_append (text, _("All articles"));
      else
        g_string_append_printf (text, "%s\t%s", gtk_label_get_text (title),
                                gtk_widget_get_visible (GTK_WIDGET (count)) ? gtk_label_get_text (count) : "0");
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

const char *
_sitrep_feeds_sidebar_get_last_message (SitrepFeedsSidebar *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_SIDEBAR (self), NULL);
  return self->last_message;
}

gboolean
_sitrep_feeds_sidebar_popup_menu (SitrepFeedsSidebar *self,
                                  gint64              feed_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SITREP_IS_FEEDS_SIDEBAR (self), FALSE);

  row = row_for_feed (self, feed_id);
  popup_menu (self, row, -1, -1);
  return gtk_widget_get_visible (self->popover);
}

GMenuModel *
_sitrep_feeds_sidebar_get_menu (SitrepFeedsSidebar *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_SIDEBAR (self), NULL);
  return gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (self->popover));
}
