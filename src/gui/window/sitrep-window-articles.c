/* sitrep-window-articles.c — the window's article list, its filter bar and the article in the reader
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-article-row.h"
#include "sitrep-feeds-checker.h"
#include "sitrep-article-selection.h"
#include "sitrep-timeline.h"
#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

static const struct
{
  const char        *name;
  SitrepArticleSort  sort;
} sort_names[] = {
  { "imported", SITREP_ARTICLE_SORT_IMPORTED },
  { "published", SITREP_ARTICLE_SORT_PUBLISHED },
  { "title", SITREP_ARTICLE_SORT_TITLE },
  { "source", SITREP_ARTICLE_SORT_SOURCE },
  { "relevance", SITREP_ARTICLE_SORT_RELEVANCE },
};

gboolean
_sitrep_window_sort_from_name (const char        *name,
                               SitrepArticleSort *sort)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_names); i++)
    if (g_strcmp0 (sort_names[i].name, name) == 0)
      {
        *sort = sort_names[i].sort;
        return TRUE;
      }

  return FALSE;
}

const char *
_sitrep_window_sort_to_name (SitrepArticleSort sort)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_names); i++)
    if (sort_names[i].sort == sort)
      return sort_names[i].name;

  return "imported";
}

static void
refresh_sources (SitrepWindow *self)
{
  g_auto(GStrv) sources = NULL;
  const char *current;
  guint n_old;
  guint selected = 0;

  if (self->store == NULL)
    return;

  sources = sitrep_store_list_sources (self->store);
  current = self->articles ? sitrep_article_list_get_source_filter (self->articles) : NULL;

  self->updating_sources = TRUE;
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  gtk_string_list_splice (self->sources, 1, n_old - 1, (const char * const *) sources);
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    if (g_strcmp0 (sources[i], current) == 0)
      selected = i + 1;
  gtk_drop_down_set_selected (self->source_dropdown, selected);
  self->updating_sources = FALSE;

  /* The source filtered on is gone: show every source again. */
  if (selected == 0 && current != NULL)
    sitrep_article_list_set_source_filter (self->articles, NULL);
}

static gboolean
filters_active (SitrepWindow *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (search != NULL && *search != '\0') ||
         gtk_drop_down_get_selected (self->status_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->source_dropdown) > 0 ||
         sitrep_feeds_sidebar_get_feed_id (self->feeds_sidebar) != 0 ||
         sitrep_workspace_get_range (self->workspace, NULL, NULL) ||
         /* "Only what is in view" on the map: a project whose articles are
          * all elsewhere is not one with nothing to read ("Nothing to Read
          * Yet, import …" was shown over 404 articles) */
         sitrep_workspace_get_only_in_view (self->workspace);
}

static void
update_list_state (SitrepWindow *self)
{
  guint n = self->selection ? g_list_model_get_n_items (G_LIST_MODEL (self->selection)) : 0;

  sitrep_reader_set_project_empty (self->reader, n == 0 && !filters_active (self));
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (filters_active (self))
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

/* Where each project was last read: the article and the first character in
 * view, in the project itself (meta "reading-position", "ID OFFSET"), so
 * that it comes back on another machine, with settings kept in memory, and
 * after a crash; and in the settings ("reading-positions", newest first)
 * for a project this user may only read. */
#define MAX_READING_POSITIONS 30
#define READING_POSITION_KEY "reading-position"
/* Where the reader rests this long after a scroll is saved. */
#define READING_SAVE_DELAY_MS 1500

static gboolean
lookup_reading_in_project (SitrepWindow *self,
                           gint64       *article,
                           guint        *offset)
{
  g_autofree char *value = sitrep_store_get_meta (self->store, READING_POSITION_KEY);
  char *end = NULL;
  gint64 id;
  guint64 top;

  if (value == NULL)
    return FALSE;
  id = g_ascii_strtoll (value, &end, 10);
  if (end == value || id <= 0)
    return FALSE;
  top = g_ascii_strtoull (end, NULL, 10);
  *article = id;
  *offset = (guint) MIN (top, G_MAXUINT);
  return TRUE;
}

static gboolean
lookup_reading_position (SitrepWindow *self,
                         gint64       *article,
                         guint        *offset)
{
  g_autoptr(GVariant) positions = NULL;
  const char *path = sitrep_store_get_path (self->store);
  GVariantIter iter;
  const char *project;
  gint64 id, top;

  if (lookup_reading_in_project (self, article, offset))
    return TRUE;
  positions = g_settings_get_value (self->settings, "reading-positions");
  g_variant_iter_init (&iter, positions);
  while (g_variant_iter_next (&iter, "(&sxx)", &project, &id, &top))
    if (g_strcmp0 (project, path) == 0)
      {
        *article = id;
        *offset = (guint) CLAMP (top, 0, G_MAXUINT);
        return TRUE;
      }
  return FALSE;
}

/* None to a project opened read-only (the settings keep it). */
static void
save_reading_in_project (SitrepWindow *self,
                         gint64        article,
                         guint         offset)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (sitrep_store_is_read_only (self->store))
    return;
  value = g_strdup_printf ("%" G_GINT64_FORMAT " %u", article, offset);
  if (!sitrep_store_set_meta (self->store, READING_POSITION_KEY, value, &error))
    g_debug ("Where the project was read could not be saved: %s", error->message);
}

static void
remember_reading_position (SitrepWindow *self,
                           gint64        article,
                           guint         offset)
{
  g_autoptr(GVariant) positions = g_settings_get_value (self->settings, "reading-positions");
  const char *path = self->store != NULL ? sitrep_store_get_path (self->store) : NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *project;
  gint64 id, top;
  guint n = 1;

  /* Unchanged (a scroll back, a rest where it was saved): no write, and no
   * wait for the project while a Suggest saves. */
  if (path == NULL || article == 0 || (article == self->saved_article && offset == self->saved_offset))
    return;
  self->saved_article = article;
  self->saved_offset = offset;
  save_reading_in_project (self, article, offset);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sxx)"));
  g_variant_builder_add (&builder, "(sxx)", path, article, (gint64) offset);
  g_variant_iter_init (&iter, positions);
  while (n < MAX_READING_POSITIONS && g_variant_iter_next (&iter, "(&sxx)", &project, &id, &top))
    if (g_strcmp0 (project, path) != 0)
      {
        g_variant_builder_add (&builder, "(sxx)", project, id, top);
        n++;
      }
  g_settings_set_value (self->settings, "reading-positions", g_variant_builder_end (&builder));
}

void
_sitrep_window_articles_remember (SitrepWindow *self)
{
  g_clear_handle_id (&self->reading_save_id, g_source_remove);
  /* Closed, the window remembered it while its reader was still laid out. */
  if (self->store != NULL && self->current_id != 0 && gtk_widget_get_realized (GTK_WIDGET (self)))
    remember_reading_position (self, self->current_id, sitrep_reader_get_top_offset (self->reader));
}

static gboolean
save_reading_timeout (gpointer data)
{
  SitrepWindow *self = data;

  self->reading_save_id = 0;
  _sitrep_window_articles_remember (self);
  return G_SOURCE_REMOVE;
}

/* The reader scrolled: where it rests is saved once it has rested a while,
 * not only when the project is closed (a crash kept only the article). */
static void
on_reader_scrolled (GtkAdjustment *vadj,
                    SitrepWindow  *self)
{
  if (self->store == NULL || self->current_id == 0)
    return;
  g_clear_handle_id (&self->reading_save_id, g_source_remove);
  self->reading_save_id = g_timeout_add (READING_SAVE_DELAY_MS, save_reading_timeout, self);
}

/* The reader, the annotation panel and the map's places follow the
 * workspace's article, whoever chose it; a fresh copy of the same article
 * (its metadata changed) is for the reader only. */
static void
on_workspace_article_notify (SitrepWorkspace *workspace,
                             GParamSpec      *pspec,
                             SitrepWindow    *self)
{
  SitrepArticle *article = sitrep_workspace_get_article (workspace);
  gint64 id = sitrep_workspace_get_article_id (workspace);
  gboolean changed = id != self->current_id;
  gboolean first = self->current_id == 0;

  self->current_id = id;
  sitrep_reader_set_article (self->reader, article != NULL ? self->store : NULL, article);
  if (!changed)
    return;
  /* The project's first article: the keys go to its text (the label keys,
   * Shift+Ctrl+S, Tab through suggestions), not to whichever header or map
   * button the window focused first. Later articles are chosen from
   * somewhere (the list, the search), and the keys stay there. */
  if (first && id != 0 && gtk_widget_get_visible (GTK_WIDGET (self->reader)))
    gtk_widget_grab_focus (GTK_WIDGET (sitrep_reader_get_text_view (self->reader)));

  sitrep_annotation_panel_set_article (self->annotation_panel, id != 0 ? self->store : NULL, id);
  _sitrep_window_map_article_changed (self);
  _sitrep_window_notify_article_status (self);
  _sitrep_window_update_actions (self);

  /* The article last read when the project was closed: back where the user was. */
  if (id != 0 && id == self->restore_article)
    {
      sitrep_reader_scroll_to_top_offset (self->reader, self->restore_offset);
      remember_reading_position (self, id, self->restore_offset);
    }
  else
    remember_reading_position (self, id, 0);
  self->restore_article = 0;
}

/* The list's selection is the workspace's article. The list was read
 * again: the views read the same article again too. */
static void
set_current (SitrepWindow  *self,
             SitrepArticle *article)
{
  gint64 id = article != NULL ? sitrep_article_get_id (article) : 0;
  gboolean changed = id != self->current_id;

  if (article != sitrep_workspace_get_article (self->workspace))
    sitrep_workspace_set_article (self->workspace, article);
  else
    sitrep_reader_set_article (self->reader, article != NULL ? self->store : NULL, article);
  if (!changed)
    {
      sitrep_annotation_panel_set_article (self->annotation_panel, id != 0 ? self->store : NULL, id);
      _sitrep_window_map_article_changed (self);
    }
}

static void
on_workspace_area_changed (SitrepWindow *self)
{
  double west, south, east, north;
  gboolean on = sitrep_workspace_get_only_in_view (self->workspace) &&
                sitrep_workspace_get_area (self->workspace, &west, &south, &east, &north);

  if (!on)
    west = south = east = north = 0;
  if (self->articles != NULL)
    sitrep_article_list_set_area (self->articles, on, west, south, east, north);
}

/* A range of dates brushed on the timeline narrows the list to the
 * articles published then. */
static void
on_workspace_range_changed (SitrepWorkspace *workspace,
                            guint            first,
                            guint            last,
                            SitrepWindow    *self)
{
  g_autofree char *from = first != 0 ? sitrep_timeline_format_day (first) : NULL;
  g_autofree char *to = first != 0 ? sitrep_timeline_format_day (last) : NULL;

  if (self->articles != NULL)
    sitrep_article_list_set_date_range (self->articles, from, to);
}

/* Choosing an article in the list (a plain click, Enter or a double click)
 * puts the keys in its text; over a narrow window, where the list lies over
 * the reader, it folds the list away too, as a folded sidebar does.
 * Moving through the list with the arrow keys, Ctrl- or Shift-clicking
 * several articles, and reloads keep it open. */
static void
fold_sidebar_after_choice (SitrepWindow *self)
{
  if (adw_flap_get_folded (self->sidebar_flap) && adw_flap_get_reveal_flap (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, FALSE);
  /* The keys go to the article's text (read, label), folded or not, as an
   * editor's document list gives them to the document chosen; not to the
   * reader's first focusable widget, its status button, which took them
   * when the row clicked was hidden with the list. */
  gtk_widget_grab_focus (GTK_WIDGET (sitrep_reader_get_text_view (self->reader)));
}

static void
on_list_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 SitrepWindow    *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *under = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  self->list_clicked = n_press == 1 && (mods & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) == 0;
  /* On a row, not on the list's blank below its last */
  while (under != NULL && gtk_widget_get_parent (under) != GTK_WIDGET (self->list_view))
    under = gtk_widget_get_parent (under);
  self->list_click_on_row = under != NULL;
}

static gboolean
forget_list_click (gpointer data)
{
  SitrepWindow *self = SITREP_WINDOW (data);

  /* A plain click on the article already shown chooses it as much as one
   * on another: the list folds away (after a search that left one
   * article, shown at once, its row clicked left the list over it). */
  if (self->list_clicked && self->list_click_on_row && self->current_id != 0)
    fold_sidebar_after_choice (self);
  self->list_clicked = FALSE;
  return G_SOURCE_REMOVE;
}

/* A click that selected nothing new (on the article already shown) folds
 * the list as a choice does, once the list has handled it; then it is
 * forgotten, so a later reload does not fold. */
static void
on_list_released (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  SitrepWindow    *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, forget_list_click, g_object_ref (self), g_object_unref);
}

static void
on_list_activate (GtkListView  *list_view,
                  guint         position,
                  SitrepWindow *self)
{
  self->list_clicked = FALSE;
  fold_sidebar_after_choice (self);
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      SitrepWindow      *self)
{
  guint focus = sitrep_article_selection_focus (model, position, n_items, self->current_id);

  if (focus != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(SitrepArticle) article = g_list_model_get_item (G_LIST_MODEL (model), focus);

      set_current (self, article);
    }
  _sitrep_window_update_actions (self);
  if (self->list_clicked)
    {
      self->list_clicked = FALSE;
      fold_sidebar_after_choice (self);
    }
}

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  SitrepWindow *self)
{
  guint n = g_list_model_get_n_items (model);
  guint pos = G_MAXUINT;

  update_list_state (self);

  /* An article asked for before the list had it (just imported or pasted). */
  if (self->pending_select_id != 0)
    {
      pos = sitrep_article_list_find (self->articles, self->pending_select_id);
      if (pos != G_MAXUINT)
        {
          self->pending_select_id = 0;
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", pos);
        }
    }

  /* Keep the same article selected when the list is reloaded or filtered. */
  if (pos == G_MAXUINT && self->current_id != 0)
    pos = sitrep_article_list_find (self->articles, self->current_id);
  /* The article read before a filter (a search, Only What Is in View) left
   * nothing in the list comes back with the list, not its first article. */
  if (pos == G_MAXUINT && self->current_id == 0 && self->hidden_by_filter_id != 0)
    pos = sitrep_article_list_find (self->articles, self->hidden_by_filter_id);

  if (pos == G_MAXUINT && n > 0)
    pos = 0;

  if (pos == G_MAXUINT)
    {
      if (self->current_id != 0 && filters_active (self))
        self->hidden_by_filter_id = self->current_id;
      set_current (self, NULL);
      return;
    }
  if (n > 0)
    self->hidden_by_filter_id = 0;

  /* A reload keeps a selection of several articles that holds the shown one. */
  if (!gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), pos))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), pos, TRUE);
  else
    {
      g_autoptr(SitrepArticle) article = g_list_model_get_item (G_LIST_MODEL (self->selection), pos);

      set_current (self, article);
    }
}

static void
on_store_articles_changed (SitrepStore  *store,
                           SitrepWindow *self)
{
  refresh_sources (self);
}

static void
on_store_article_updated (SitrepStore  *store,
                          gint64        id,
                          SitrepWindow *self)
{
  refresh_sources (self);

  if (id == self->current_id && id != 0)
    {
      g_autoptr(SitrepArticle) fresh = sitrep_store_get_article (store, id, NULL);

      if (fresh != NULL)
        sitrep_workspace_set_article (self->workspace, fresh);
      _sitrep_window_notify_article_status (self);
    }
}

static void
on_search_changed (GtkSearchEntry *entry,
                   SitrepWindow   *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gboolean searching = text != NULL && *text != '\0';

  if (self->articles == NULL)
    return;

  /* Searching ranks by relevance; leaving the search restores the user's order. */
  if (searching && !self->sort_before_search_set)
    {
      self->sort_before_search = sitrep_article_list_get_sort (self->articles);
      self->sort_before_search_set = TRUE;
      g_object_set (self, "sort", "relevance", NULL);
    }
  else if (!searching && self->sort_before_search_set)
    {
      self->sort_before_search_set = FALSE;
      g_object_set (self, "sort", _sitrep_window_sort_to_name (self->sort_before_search), NULL);
    }

  sitrep_reader_set_search (self->reader, searching ? text : NULL);
  sitrep_article_list_set_search (self->articles, searching ? text : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->search_shortened_label),
                          searching && sitrep_search_is_shortened (text));
  update_list_state (self);
}

static void
on_search_stop (GtkSearchEntry *entry,
                SitrepWindow   *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_status_filter_notify (GtkDropDown  *dropdown,
                         GParamSpec   *pspec,
                         SitrepWindow *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->articles == NULL)
    return;

  sitrep_article_list_set_status_filter (self->articles,
                                         selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                           ? -1 : (int) selected - 1);
  update_list_state (self);
}

static void
on_source_filter_notify (GtkDropDown  *dropdown,
                         GParamSpec   *pspec,
                         SitrepWindow *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *source = NULL;

  if (self->articles == NULL || self->updating_sources)
    return;

  if (selected != 0 && selected != GTK_INVALID_LIST_POSITION)
    source = gtk_string_list_get_string (self->sources, selected);

  sitrep_article_list_set_source_filter (self->articles, source);
  update_list_state (self);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  SitrepWindow             *self)
{
  gtk_list_item_set_child (item, sitrep_article_row_new ());
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 SitrepWindow             *self)
{
  sitrep_article_row_set_article (SITREP_ARTICLE_ROW (gtk_list_item_get_child (item)),
                                  gtk_list_item_get_item (item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   SitrepWindow             *self)
{
  sitrep_article_row_set_article (SITREP_ARTICLE_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Window parts */

void
_sitrep_window_articles_connect (SitrepWindow *self)
{
  SitrepStore *store = self->store;
  SitrepArticleSort sort = SITREP_ARTICLE_SORT_IMPORTED;
  const char *search;
  guint status;

  self->articles = sitrep_article_list_new (store);

  /* The new list starts with what the filter bar shows. */
  if (_sitrep_window_sort_from_name (self->sort, &sort))
    sitrep_article_list_set_sort (self->articles, sort);
  status = gtk_drop_down_get_selected (self->status_dropdown);
  if (status > 0 && status != GTK_INVALID_LIST_POSITION)
    sitrep_article_list_set_status_filter (self->articles, (int) status - 1);
  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  if (search != NULL && *search != '\0')
    sitrep_article_list_set_search (self->articles, search);
  gtk_drop_down_set_selected (self->source_dropdown, 0);

  /* the Feeds section lists one feed's articles, or all of them */
  sitrep_feeds_sidebar_set_store (self->feeds_sidebar, store);
  sitrep_feeds_sidebar_set_checker (self->feeds_sidebar, sitrep_feeds_checker_get_for_window (GTK_WIDGET (self)));
  g_object_bind_property (self->feeds_sidebar, "feed-id", self->articles, "feed-filter", G_BINDING_SYNC_CREATE);

  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->articles)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (self->selection, "selection-changed",
                    G_CALLBACK (on_selection_changed), self);
  g_signal_connect (self->selection, "items-changed",
                    G_CALLBACK (on_items_changed), self);
  g_signal_connect (store, "articles-changed",
                    G_CALLBACK (on_store_articles_changed), self);
  g_signal_connect (store, "article-updated",
                    G_CALLBACK (on_store_article_updated), self);
}

/* The project is shown: the list selects the article last read in it, or its first. */
void
_sitrep_window_articles_show (SitrepWindow *self)
{
  guint pos = G_MAXUINT;

  refresh_sources (self);
  update_list_state (self);
  self->saved_article = 0;
  if (lookup_reading_position (self, &self->restore_article, &self->restore_offset))
    pos = sitrep_article_list_find (self->articles, self->restore_article);
  if (pos == G_MAXUINT)
    {
      self->restore_article = 0;
      pos = 0;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > pos)
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), pos, TRUE);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", pos);
    }
}

/* win.suggest-in-reader: Shift+Ctrl+S wherever the keys are in the
 * project's view (the article list, the search field, the map) and the
 * empty annotation panel's Suggest: Suggest on the article in the reader,
 * as the reader's own key does when the keys are in its text. Its own name:
 * as "win.suggest-article" it shared one with the row menu's action of type
 * x (sitrep-article-actions.c), and a button naming it found that one. */
static void
suggest_article_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (self->store == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "project") != 0 ||
      !gtk_widget_is_visible (GTK_WIDGET (self->reader)))
    return;
  /* The review's keys (Tab, Enter, Delete, as the toast says) are the
   * text's: the keys go there. Left on the panel's Suggest button, which
   * goes as the suggestions come, they went nowhere, and Tab went to the
   * map. */
  gtk_widget_grab_focus (GTK_WIDGET (sitrep_reader_get_text_view (self->reader)));
  gtk_widget_activate_action (GTK_WIDGET (self->reader), "reader.suggest", NULL);
}

static gboolean
suggest_article_key (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   data)
{
  return gtk_widget_activate_action (widget, "win.suggest-in-reader", NULL);
}

void
_sitrep_window_class_articles_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SITREP_TYPE_FEEDS_SIDEBAR);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, feeds_sidebar);
  gtk_widget_class_bind_template_child (widget_class, SitrepWindow, search_shortened_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_status_filter_notify);
  gtk_widget_class_bind_template_callback (widget_class, on_source_filter_notify);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_install_action (widget_class, "win.suggest-in-reader", NULL, suggest_article_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, suggest_article_key, NULL);
}

/* The row of the list's first selected article, laid out, or NULL. */
static GtkWidget *
selected_row (SitrepWindow *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (gtk_widget_get_child_visible (row) && gtk_widget_get_mapped (row) &&
          (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0)
        return row;
    }
  return NULL;
}

/* Tries each frame until the selected row is laid out and mapped (the
 * list comes out over a few frames, and scrolls to it): the keys go to
 * that row, as they would to a sidebar's current row. */
static gboolean
focus_selected_row_tick (GtkWidget     *widget,
                         GdkFrameClock *clock,
                         gpointer       data)
{
  SitrepWindow *self = SITREP_WINDOW (data);
  GtkWidget *row;

  if (!adw_flap_get_reveal_flap (self->sidebar_flap))
    {
      self->row_focus_tick = 0;
      return G_SOURCE_REMOVE;
    }
  row = selected_row (self);
  if (row == NULL && self->row_focus_frames++ < 60)
    return G_SOURCE_CONTINUE;
  self->row_focus_tick = 0;
  /* No row selected (an empty list): the list itself. */
  if (row == NULL || !gtk_widget_grab_focus (row))
    gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

static void
focus_selected_row (SitrepWindow *self)
{
  GtkBitset *selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (!gtk_bitset_is_empty (selected))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                gtk_bitset_get_minimum (selected));
  gtk_bitset_unref (selected);
  self->row_focus_frames = 0;
  if (self->row_focus_tick == 0)
    self->row_focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), focus_selected_row_tick,
                                                         self, NULL);
}

/* The article list or the annotation panel, folded, comes out over the
 * reader: the label bar by a selection there would float over it. The
 * article list takes the keys on its selected row (F9 left them in the
 * text under it); folded away, it gives them back to the text. */
static void
on_flap_revealed (AdwFlap      *flap,
                  GParamSpec   *pspec,
                  SitrepWindow *self)
{
  GtkWidget *focus;

  if (!adw_flap_get_folded (flap))
    return;
  if (adw_flap_get_reveal_flap (flap))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->reader), "reader.hide-label-bar", NULL);
      if (flap == self->sidebar_flap && self->selection != NULL)
        focus_selected_row (self);
      return;
    }
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus != NULL && gtk_widget_is_ancestor (focus, adw_flap_get_flap (flap)))
    gtk_widget_grab_focus (GTK_WIDGET (sitrep_reader_get_text_view (self->reader)));
}

void
_sitrep_window_articles_init (SitrepWindow *self)
{
  g_signal_connect (self->sidebar_flap, "notify::reveal-flap", G_CALLBACK (on_flap_revealed), self);
  g_signal_connect (self->panel_flap, "notify::reveal-flap", G_CALLBACK (on_flap_revealed), self);
  GtkGesture *click;

  g_signal_connect (self->workspace, "notify::article", G_CALLBACK (on_workspace_article_notify), self);
  g_signal_connect_swapped (self->workspace, "notify::only-in-view", G_CALLBACK (on_workspace_area_changed), self);
  g_signal_connect_swapped (self->workspace, "area-changed", G_CALLBACK (on_workspace_area_changed), self);
  g_signal_connect (self->workspace, "range-changed", G_CALLBACK (on_workspace_range_changed), self);

  /* Seen before the list's own click selects the row. */
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_list_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_list_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate), self);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sitrep_reader_get_text_view (self->reader))),
                           "value-changed", G_CALLBACK (on_reader_scrolled), self, 0);
}

/* Public API */

GListModel *
sitrep_window_get_article_model (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return self->selection ? G_LIST_MODEL (self->selection) : NULL;
}

/**
 * sitrep_window_dup_selected_ids:
 *
 * Returns: (transfer full): the ids (gint64) of the articles selected in the
 * list, in list order; the shown article alone when nothing else is.
 */
GArray *
sitrep_window_dup_selected_ids (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return sitrep_article_selection_dup_ids (self->selection ? GTK_SELECTION_MODEL (self->selection) : NULL,
                                           self->current_id);
}

gint64
sitrep_window_get_selected_id (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), 0);

  return self->current_id;
}

gboolean
sitrep_window_select_article (SitrepWindow *self,
                              gint64        id)
{
  guint pos;

  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);

  if (self->articles == NULL)
    return FALSE;

  pos = sitrep_article_list_find (self->articles, id);
  if (pos == G_MAXUINT && filters_active (self))
    {
      /* The article is hidden by a filter: show everything to show it. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      on_search_changed (self->search_entry, self);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->source_dropdown, 0);
      sitrep_feeds_sidebar_set_feed_id (self->feeds_sidebar, 0);
      sitrep_workspace_set_range (self->workspace, 0, 0);
      pos = sitrep_article_list_find (self->articles, id);
    }

  if (pos == G_MAXUINT)
    {
      /* The store tells the list about new articles from an idle: select it then. */
      self->pending_select_id = id;
      return FALSE;
    }

  self->pending_select_id = 0;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), pos, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", pos);

  return TRUE;
}

GtkEditable *
sitrep_window_get_search_entry (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}
