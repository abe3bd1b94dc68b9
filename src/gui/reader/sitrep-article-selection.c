/* sitrep-article-selection.c — the article list's selection of several articles
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-article-selection"

#include "config.h"

#include "sitrep-article-list.h"
#include "sitrep-article.h"
#include "sitrep-article-selection.h"

static guint
position_of (GtkSelectionModel *model,
             gint64             id)
{
  GListModel *articles = NULL;

  if (id == 0)
    return GTK_INVALID_LIST_POSITION;
  if (GTK_IS_MULTI_SELECTION (model))
    articles = gtk_multi_selection_get_model (GTK_MULTI_SELECTION (model));
  if (SITREP_IS_ARTICLE_LIST (articles))
    {
      guint pos = sitrep_article_list_find (SITREP_ARTICLE_LIST (articles), id);

      return pos == G_MAXUINT ? GTK_INVALID_LIST_POSITION : pos;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* TRUE when the selected rows are one run, min … max, with no gap. */
static gboolean
is_contiguous (GtkBitset *selected)
{
  return gtk_bitset_get_maximum (selected) - gtk_bitset_get_minimum (selected) + 1 ==
         gtk_bitset_get_size (selected);
}

guint
sitrep_article_selection_focus (GtkSelectionModel *model,
                                guint              position,
                                guint              n_items,
                                gint64             current_id)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint current, first, last;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (model), GTK_INVALID_LIST_POSITION);

  selected = gtk_selection_model_get_selection (model);
  if (gtk_bitset_is_empty (selected))
    return GTK_INVALID_LIST_POSITION;
  first = gtk_bitset_get_minimum (selected);
  last = gtk_bitset_get_maximum (selected);
  /* A click, a Ctrl+click that adds, Shift+arrow: that row. */
  if (gtk_bitset_get_size (selected) == 1)
    return first;
  if (n_items == 1 && gtk_bitset_contains (selected, position))
    return position;

  current = position_of (model, current_id);
  if (current == GTK_INVALID_LIST_POSITION)
    return first;
  if (gtk_bitset_contains (selected, current))
    {
      /* Shift+click: the run grows from the row shown to the row clicked.
       * Select All (every row) and Ctrl+click that removes keep the reader. */
      if (n_items > 1 && is_contiguous (selected) &&
          gtk_bitset_get_size (selected) < g_list_model_get_n_items (G_LIST_MODEL (model)))
        {
          if (current == first)
            return last;
          if (current == last)
            return first;
        }
      return current;
    }
  /* The shown row left the selection: Shift+click past it, or it was removed. */
  if (current < first)
    return last;
  return first;
}

GArray *
sitrep_article_selection_dup_ids (GtkSelectionModel *model,
                                  gint64             current_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint pos;

  if (model != NULL)
    selected = gtk_selection_model_get_selection (model);
  if (selected != NULL && gtk_bitset_iter_init_first (&iter, selected, &pos))
    {
      do
        {
          g_autoptr(SitrepArticle) article = g_list_model_get_item (G_LIST_MODEL (model), pos);
          gint64 id;

          if (article == NULL)
            continue;
          id = sitrep_article_get_id (article);
          g_array_append_val (ids, id);
        }
      while (gtk_bitset_iter_next (&iter, &pos));
    }
  if (ids->len == 0 && current_id != 0)
    g_array_append_val (ids, current_id);
  return ids;
}
