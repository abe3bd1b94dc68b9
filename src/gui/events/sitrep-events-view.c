/* sitrep-events-view.c — every event of a project in a sortable, filterable table, with the card of the selected one
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-events-view"

#include "config.h"

#include <inttypes.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-accessible.h"
#include "sitrep-event-day.h"
#include "sitrep-event-type-width.h"
#include "sitrep-events-view.h"
#include "sitrep-events-view-private.h"

typedef struct
{
  SitrepEventsView *view;
  SitrepEventSort   sort;
} ColumnSort;

struct _SitrepEventsView
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkPaned           *paned;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *type_dropdown;
  GtkEntry           *from_entry;
  GtkEntry           *to_entry;
  GtkToggleButton    *disputed_toggle;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkLabel           *count_label;
  SitrepEventCard    *card;

  /* owned references */
  SitrepStore        *store;
  SitrepEventIndex   *index;
  SitrepEventList    *list;
  GtkSingleSelection *selection;
  GtkStringList      *types;
  GObject            *probe[2];

  /* state */
  ColumnSort          column_sorts[8];
  gint64              selected_id;
  gint64              pending_id;
  guint               scroll_pos;
  guint               scroll_source;
  gboolean            in_change;
  gboolean            probing;
  /* A range brushed on the timeline, on top of the From and To fields */
  char               *range_from;
  char               *range_to;
  /* "Only what is in view" on the map */
  gboolean            in_area;
  double              west, south, east, north;
  SitrepEventSort     probed_sort;
  SitrepEventSort     sort;
  gboolean            descending;
};

enum {
  PROP_0,
  PROP_SELECTED_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepEventsView, sitrep_events_view, GTK_TYPE_WIDGET)

enum {
  COL_DATE,
  COL_TYPE,
  COL_PLACE,
  COL_ACTORS,
  COL_FATALITIES,
  COL_DISPUTED,
  COL_SOURCES,
  N_COLUMNS
};

/* The cell's padding (.events-table cell, 16 px) and 16 more: with 16 alone,
 * under the app's style sheet, the label drew "Explosions/Remote violen…"
 * (it takes ~12 px more than the table's font measures; not yet known why). */
#define TYPE_CELL_PADDING 32

static const struct
{
  const char      *title;
  SitrepEventSort  sort;
  gboolean         expand;
  int              width;
  gboolean         numeric;
} columns[N_COLUMNS] = {
  { N_("Date"), SITREP_EVENT_SORT_DATE, FALSE, 124, FALSE },
  { N_("Type"), SITREP_EVENT_SORT_TYPE, FALSE, -1, FALSE },   /* as wide as its widest value */
  { N_("Place"), SITREP_EVENT_SORT_PLACE, TRUE, -1, FALSE },
  { N_("Actors"), SITREP_EVENT_SORT_ACTOR, TRUE, -1, FALSE },
  { N_("Killed"), SITREP_EVENT_SORT_FATALITIES, FALSE, 64, TRUE },
  { N_("Disputed"), SITREP_EVENT_SORT_DISPUTED, FALSE, 80, FALSE },
  { N_("Sources"), SITREP_EVENT_SORT_SOURCES, FALSE, 70, TRUE },
};

/* Filters */

static gboolean
parse_filter_date (const char  *text,
                   gboolean     end,
                   char       **out)
{
  g_autoptr(GDate) date = NULL;
  int y = 0, m = 0, d = 0;
  char rest = 0;

  *out = NULL;
  if (text == NULL || *text == '\0')
    return TRUE;

  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3)
    {
      if (!g_date_valid_dmy (d, m, y))
        return FALSE;
    }
  else if (sscanf (text, "%4d-%2d%c", &y, &m, &rest) == 2 && strlen (text) == 7)
    {
      if (m < 1 || m > 12 || y < 1)
        return FALSE;
      d = end ? g_date_get_days_in_month (m, y) : 1;
    }
  else if (sscanf (text, "%4d%c", &y, &rest) == 1 && strlen (text) == 4)
    {
      m = end ? 12 : 1;
      d = end ? 31 : 1;
    }
  else
    {
      return FALSE;
    }

  *out = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return TRUE;
}

static void
update_state (SitrepEventsView *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  guint total = self->store ? sitrep_store_count_events (self->store) : 0;
  g_autofree char *count = NULL;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");

  if (n == total)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event", "%'u events", total), total);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u event", "%'u of %'u events", total),
                             n, total);
  gtk_label_set_label (self->count_label, count);
}

static void
replace_string (char       **field,
                 const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
apply_query (SitrepEventsView *self)
{
  SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint type = gtk_drop_down_get_selected (self->type_dropdown);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean from_ok, to_ok;

  from_ok = parse_filter_date (gtk_editable_get_text (GTK_EDITABLE (self->from_entry)), FALSE, &from);
  to_ok = parse_filter_date (gtk_editable_get_text (GTK_EDITABLE (self->to_entry)), TRUE, &to);
  if (from_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
  if (to_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");

  if (self->list == NULL)
    return;

  if (type > 0 && type != GTK_INVALID_LIST_POSITION)
    query.event_type = gtk_string_list_get_string (self->types, type);
  /* The brushed range narrows what the fields ask for: the later start, the earlier end. */
  if (self->range_from != NULL && (from == NULL || g_strcmp0 (self->range_from, from) > 0))
    replace_string (&from, self->range_from);
  if (self->range_to != NULL && (to == NULL || g_strcmp0 (self->range_to, to) < 0))
    replace_string (&to, self->range_to);
  query.date_from = from;
  query.date_to = to;
  query.search = search != NULL && *search != '\0' ? search : NULL;
  query.disputed = gtk_toggle_button_get_active (self->disputed_toggle) ? 1 : -1;
  query.sort = self->sort;
  query.descending = self->descending;
  query.in_area = self->in_area;
  query.west = self->west;
  query.south = self->south;
  query.east = self->east;
  query.north = self->north;
  sitrep_event_list_set_query (self->list, &query);
  update_state (self);
}

static void
on_filter_changed (SitrepEventsView *self)
{
  apply_query (self);
}

static void
on_date_changed (SitrepEventsView *self)
{
  apply_query (self);
}

/* Sorting: GTK 4.8 has no API to read which column the header sorts by.
 * Each column carries a sorter that, when asked, records its column; the
 * view's sorter asks the primary column first and inverts its answer when
 * descending (two distinct probes: a sorter finds an item equal to
 * itself). The list itself is sorted by the store. */

static int
column_sort_compare (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  ColumnSort *cs = user_data;

  if (cs->view->probing)
    {
      cs->view->probed_sort = cs->sort;
      cs->view->probing = FALSE;
      return GTK_ORDERING_SMALLER;
    }
  return GTK_ORDERING_EQUAL;
}

static void
on_sorter_changed (GtkSorter        *sorter,
                   GtkSorterChange   change,
                   SitrepEventsView *self)
{
  GtkOrdering order;

  self->probing = TRUE;
  self->probed_sort = SITREP_EVENT_SORT_DATE;
  order = gtk_sorter_compare (sorter, self->probe[0], self->probe[1]);
  self->probing = FALSE;

  self->sort = order == GTK_ORDERING_EQUAL ? SITREP_EVENT_SORT_DATE : self->probed_sort;
  self->descending = order == GTK_ORDERING_LARGER;
  apply_query (self);
}

/* Cells */

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  int col = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* GTK 4.8 measures an ellipsized "—" narrower than its "…": keep room for both. */
  gtk_label_set_width_chars (GTK_LABEL (label), 3);
  gtk_label_set_xalign (GTK_LABEL (label), columns[col].numeric ? 1.0f : 0.0f);
  if (columns[col].numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (col == COL_DISPUTED)
    {
      gtk_label_set_label (GTK_LABEL (label), _("Disputed"));
      gtk_widget_add_css_class (label, "disputed-badge");
      gtk_widget_set_halign (label, GTK_ALIGN_START);
    }
  if (col == COL_DATE)
    gtk_widget_add_css_class (label, "numeric");
  if (col == COL_TYPE || col == COL_PLACE)
    sitrep_event_cell_wrap (GTK_LABEL (label));
  gtk_list_item_set_child (item, label);
}

/* What a screen reader says for a cell ("Killed: 20") and, from the first
 * column, for the whole row. */
static void
name_cell (GtkLabel    *label,
           int          col,
           SitrepEvent *e,
           const char  *text)
{
  g_autofree char *cell = NULL;

  /* Translators: a cell of the Events table read by a screen reader: column title, then value */
  cell = g_strdup_printf (_("%s: %s"), _(columns[col].title), text);
  sitrep_accessible_name_item (GTK_WIDGET (label), 1, cell);
  if (col == COL_DATE)
    {
      g_autofree char *row = NULL;
      const char *place = sitrep_event_get_place_name (e) ? sitrep_event_get_place_name (e)
                          : sitrep_event_get_location (e);
      gint64 killed = sitrep_event_get_fatalities (e);

      /* Translators: a row of the Events table read by a screen reader: date, type, place */
      row = g_strdup_printf (_("%s, %s, %s"), text,
                             sitrep_event_type_shown (e),
                             place ? place : _("no place"));
      if (killed >= 0)
        {
          g_autofree char *with_killed = NULL;

          with_killed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %" PRId64 " killed",
                                                      "%s, %" PRId64 " killed", (gulong) killed),
                                         row, killed);
          g_free (row);
          row = g_steal_pointer (&with_killed);
        }
      sitrep_accessible_name_item (GTK_WIDGET (label), 2, row);
    }
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  int col = GPOINTER_TO_INT (user_data);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  SitrepEvent *e = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;
  g_autofree char *full = NULL;
  const char *tooltip = NULL;

  if (e == NULL)
    return;

  switch (col)
    {
    case COL_DATE:
      text = sitrep_event_day_dup_cell (((SitrepEventsView *) g_object_get_data (G_OBJECT (factory),
                                                                                 "sitrep-events-view"))->store,
                                        e, &tooltip);
      break;
    case COL_TYPE:
      text = g_strdup (sitrep_event_type_shown (e));
      if (sitrep_event_get_sub_event_type (e) != NULL)
        tooltip = full = g_strdup_printf ("%s — %s", text, sitrep_event_sub_type_shown (e));
      break;
    case COL_PLACE:
      text = g_strdup (sitrep_event_get_place_name (e) ? sitrep_event_get_place_name (e)
                       : sitrep_event_get_location (e) ? sitrep_event_get_location (e) : "—");
      tooltip = sitrep_event_get_admin1 (e);
      break;
    case COL_ACTORS:
      if (sitrep_event_get_actor1 (e) != NULL && sitrep_event_get_actor2 (e) != NULL)
        text = g_strdup_printf ("%s — %s", sitrep_event_get_actor1 (e), sitrep_event_get_actor2 (e));
      else
        text = g_strdup (sitrep_event_get_actor1 (e) ? sitrep_event_get_actor1 (e)
                         : sitrep_event_get_actor2 (e) ? sitrep_event_get_actor2 (e) : "—");
      break;
    case COL_FATALITIES:
      text = sitrep_event_get_fatalities (e) >= 0
             ? g_strdup_printf ("%" G_GINT64_FORMAT, sitrep_event_get_fatalities (e))
             : g_strdup ("—");
      /* A disputed figure in red: it says so where the Disputed column is hidden. */
      if (sitrep_event_get_disputed (e))
        gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      tooltip = sitrep_event_get_disputed (e) ? _("Disputed: the sources give different figures") : NULL;
      break;
    case COL_DISPUTED:
      gtk_widget_set_visible (GTK_WIDGET (label), sitrep_event_get_disputed (e));
      sitrep_accessible_name_item (GTK_WIDGET (label), 1,
                                   sitrep_event_get_disputed (e) ? _("Disputed") : _("Not disputed"));
      return;
    case COL_SOURCES:
      text = g_strdup_printf ("%u", sitrep_event_get_n_sources (e));
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip ? tooltip : text);
  name_cell (label, col, e, text);
}

static void
add_columns (SitrepEventsView *self)
{
  for (int i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      g_object_set_data (G_OBJECT (factory), "sitrep-events-view", self);
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(columns[i].title), g_object_ref (factory));
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);

      self->column_sorts[i].view = self;
      self->column_sorts[i].sort = columns[i].sort;
      sorter = GTK_SORTER (gtk_custom_sorter_new (column_sort_compare, &self->column_sorts[i], NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (self->column_view, column);
    }

  g_signal_connect (gtk_column_view_get_sorter (self->column_view), "changed",
                    G_CALLBACK (on_sorter_changed), self);
}

/* Selection */

static gboolean
scroll_now (gpointer data)
{
  SitrepEventsView *self = data;

  self->scroll_source = 0;
  if (self->list == NULL || self->scroll_pos >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return G_SOURCE_REMOVE;

  /* The scroll action belongs to the list inside the column view. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", self->scroll_pos);
  self->scroll_pos = G_MAXUINT;
  return G_SOURCE_REMOVE;
}

/* A list scrolled while hidden draws no rows in GTK 4.8: scroll once shown. */
static void
scroll_to (SitrepEventsView *self,
           guint             pos)
{
  self->scroll_pos = pos;
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->scroll_source = g_idle_add (scroll_now, self);
  else
    self->scroll_pos = pos;
}

static void
on_map (SitrepEventsView *self)
{
  sitrep_event_type_column_fit (self->column_view, COL_TYPE, COL_ACTORS, TYPE_CELL_PADDING, 280);
  if (self->scroll_pos != G_MAXUINT && self->scroll_source == 0)
    self->scroll_source = g_idle_add (scroll_now, self);
}

static gint64
selected_in_model (SitrepEventsView *self)
{
  SitrepEvent *e;

  if (self->selection == NULL)
    return 0;
  e = gtk_single_selection_get_selected_item (self->selection);
  return e ? sitrep_event_get_id (e) : 0;
}

static void
set_selected_id (SitrepEventsView *self,
                 gint64            id)
{
  if (self->selected_id == id)
    {
      if (sitrep_event_card_get_event_id (self->card) != id)
        sitrep_event_card_set_event (self->card, self->store, id);
      return;
    }

  self->selected_id = id;
  sitrep_event_card_set_event (self->card, self->store, id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

static void
on_selected_notify (SitrepEventsView *self)
{
  if (self->in_change)
    return;
  set_selected_id (self, selected_in_model (self));
}

static void
on_list_items_changed_before (SitrepEventsView *self)
{
  self->in_change = TRUE;
}

static void
on_list_items_changed_after (SitrepEventsView *self)
{
  guint pos;

  self->in_change = FALSE;
  update_state (self);

  if (self->pending_id != 0)
    {
      gint64 id = self->pending_id;

      pos = sitrep_event_list_find (self->list, id);
      if (pos != G_MAXUINT)
        {
          self->pending_id = 0;
          gtk_single_selection_set_selected (self->selection, pos);
          set_selected_id (self, id);
          scroll_to (self, pos);
          return;
        }
    }

  if (self->selected_id == 0)
    return;

  pos = sitrep_event_list_find (self->list, self->selected_id);
  if (pos != G_MAXUINT)
    {
      if (gtk_single_selection_get_selected (self->selection) != pos)
        gtk_single_selection_set_selected (self->selection, pos);
      sitrep_event_card_reload (self->card);
    }
  else
    {
      g_autoptr(SitrepEvent) event = sitrep_store_get_event (self->store, self->selected_id, NULL);

      if (event == NULL)
        set_selected_id (self, 0);
    }
}

static void
on_store_events_changed (SitrepStore      *store,
                         gint64            id,
                         SitrepEventsView *self)
{
  if (self->selected_id != 0 && (id == 0 || id == self->selected_id))
    sitrep_event_card_reload (self->card);
  if (sitrep_event_card_get_event_id (self->card) == 0 && self->selected_id != 0)
    set_selected_id (self, 0);
  update_state (self);
}

static void
on_store_history_changed (SitrepStore      *store,
                          SitrepEventsView *self)
{
  on_store_events_changed (store, 0, self);
}

/* With the window's event index, the card follows the edits that name
 * its event, instead of every change and every undo. */
static void
on_index_entries_changed (SitrepEventIndex *index,
                          const gint64     *ids,
                          guint             n_ids,
                          SitrepEventsView *self)
{
  if (self->store == NULL)
    return;
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == self->selected_id)
      {
        on_store_events_changed (self->store, ids[i], self);
        return;
      }
}

static void
on_index_reset (SitrepEventsView *self)
{
  if (self->store != NULL)
    on_store_events_changed (self->store, 0, self);
}

static void
disconnect_store (SitrepEventsView *self)
{
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  self->selected_id = 0;
  self->pending_id = 0;
}

static void
connect_store_changes (SitrepEventsView *self)
{
  if (self->store == NULL || self->index != NULL)
    return;
  g_signal_connect (self->store, "events-changed", G_CALLBACK (on_store_events_changed), self);
  g_signal_connect (self->store, "history-changed", G_CALLBACK (on_store_history_changed), self);
}

static void
sitrep_events_view_dispose (GObject *object)
{
  SitrepEventsView *self = SITREP_EVENTS_VIEW (object);

  disconnect_store (self);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_EVENTS_VIEW);
  g_clear_object (&self->types);
  g_clear_object (&self->probe[0]);
  g_clear_object (&self->probe[1]);
  g_clear_pointer (&self->range_from, g_free);
  g_clear_pointer (&self->range_to, g_free);

  G_OBJECT_CLASS (sitrep_events_view_parent_class)->dispose (object);
}

static void
sitrep_events_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SitrepEventsView *self = SITREP_EVENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_EVENT:
      g_value_set_int64 (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_events_view_class_init (SitrepEventsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_events_view_dispose;
  object_class->get_property = sitrep_events_view_get_property;

  properties[PROP_SELECTED_EVENT] =
    g_param_spec_int64 ("selected-event", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SITREP_TYPE_EVENT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-events-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, paned);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, disputed_toggle);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventsView, card);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sitrep_events_view_init (SitrepEventsView *self)
{
  g_auto(GStrv) types = sitrep_codebook_list_event_types (sitrep_codebook_get_default ());

  gtk_widget_init_template (GTK_WIDGET (self));

  self->probe[0] = g_object_new (G_TYPE_OBJECT, NULL);
  self->probe[1] = g_object_new (G_TYPE_OBJECT, NULL);
  self->types = gtk_string_list_new ((const char * const[]) { _("All Types"), NULL });
  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    gtk_string_list_append (self->types, types[i]);
  gtk_drop_down_set_expression (self->type_dropdown, sitrep_event_type_display_expression (FALSE));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (self->types));

  self->scroll_pos = G_MAXUINT;
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  add_columns (self);
  update_state (self);
}

void
sitrep_events_view_set_store (SitrepEventsView *self,
                              SitrepStore      *store)
{
  g_return_if_fail (SITREP_IS_EVENTS_VIEW (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  if (store == self->store)
    return;

  disconnect_store (self);
  sitrep_event_card_set_event (self->card, NULL, 0);

  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->list = sitrep_event_list_new (store);
      /* Around the selection's own handler: see on_list_items_changed_after. */
      g_signal_connect_swapped (self->list, "items-changed",
                                G_CALLBACK (on_list_items_changed_before), self);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_swapped (self->list, "items-changed",
                                G_CALLBACK (on_list_items_changed_after), self);
      g_signal_connect_swapped (self->selection, "notify::selected",
                                G_CALLBACK (on_selected_notify), self);
      connect_store_changes (self);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      apply_query (self);
    }

  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

SitrepEventList *
sitrep_events_view_get_list (SitrepEventsView *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_VIEW (self), NULL);

  return self->list;
}

SitrepEventCard *
sitrep_events_view_get_card (SitrepEventsView *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_VIEW (self), NULL);

  return self->card;
}

/* Compact: the table without its Actors, Disputed and Sources columns (the
 * card shows them, a disputed figure is red), for a narrow Events view. */
void
sitrep_events_view_set_compact (SitrepEventsView *self,
                                gboolean          compact)
{
  static const int hidden[] = { COL_ACTORS, COL_DISPUTED, COL_SOURCES };
  GListModel *cols;

  g_return_if_fail (SITREP_IS_EVENTS_VIEW (self));

  cols = gtk_column_view_get_columns (self->column_view);
  /* Sources too: the card lists them, and Type and Place need the room. */
  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (cols, hidden[i]);

      gtk_column_view_column_set_visible (column, !compact);
      /* GTK 4.8 keeps room for a hidden column's fixed width. */
      gtk_column_view_column_set_fixed_width (column, compact ? -1 : columns[hidden[i]].width);
    }
  sitrep_event_type_column_fit (self->column_view, COL_TYPE, COL_ACTORS, TYPE_CELL_PADDING, 280);
}

GtkColumnView *
sitrep_events_view_get_column_view (SitrepEventsView *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_VIEW (self), NULL);

  return self->column_view;
}

gint64
sitrep_events_view_get_selected_event (SitrepEventsView *self)
{
  g_return_val_if_fail (SITREP_IS_EVENTS_VIEW (self), 0);

  return self->selected_id;
}

gboolean
sitrep_events_view_select_event (SitrepEventsView *self,
                                 gint64            id)
{
  guint pos;

  g_return_val_if_fail (SITREP_IS_EVENTS_VIEW (self), FALSE);

  if (self->list == NULL)
    return FALSE;

  pos = sitrep_event_list_find (self->list, id);
  if (pos == G_MAXUINT)
    {
      sitrep_events_view_set_filter (self, NULL, NULL, NULL, NULL, FALSE);
      pos = sitrep_event_list_find (self->list, id);
    }
  if (pos == G_MAXUINT)
    {
      /* The list follows the store a moment later: select it then. */
      self->pending_id = id;
      return FALSE;
    }

  self->pending_id = 0;
  gtk_single_selection_set_selected (self->selection, pos);
  set_selected_id (self, id);
  scroll_to (self, pos);
  return TRUE;
}

void
sitrep_events_view_set_filter (SitrepEventsView *self,
                               const char       *event_type,
                               const char       *date_from,
                               const char       *date_to,
                               const char       *search,
                               gboolean          disputed_only)
{
  guint type = 0;

  g_return_if_fail (SITREP_IS_EVENTS_VIEW (self));

  for (guint i = 1; event_type != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->types)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->types, i), event_type) == 0)
      type = i;

  /* Set every field first, then query once. */
  g_signal_handlers_block_by_func (self->search_entry, on_filter_changed, self);
  g_signal_handlers_block_by_func (self->type_dropdown, on_filter_changed, self);
  g_signal_handlers_block_by_func (self->from_entry, on_date_changed, self);
  g_signal_handlers_block_by_func (self->to_entry, on_date_changed, self);
  g_signal_handlers_block_by_func (self->disputed_toggle, on_filter_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search ? search : "");
  gtk_drop_down_set_selected (self->type_dropdown, type);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), date_from ? date_from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), date_to ? date_to : "");
  gtk_toggle_button_set_active (self->disputed_toggle, disputed_only);
  g_signal_handlers_unblock_by_func (self->search_entry, on_filter_changed, self);
  g_signal_handlers_unblock_by_func (self->type_dropdown, on_filter_changed, self);
  g_signal_handlers_unblock_by_func (self->from_entry, on_date_changed, self);
  g_signal_handlers_unblock_by_func (self->to_entry, on_date_changed, self);
  g_signal_handlers_unblock_by_func (self->disputed_toggle, on_filter_changed, self);

  apply_query (self);
}

void
sitrep_events_view_sort_by (SitrepEventsView *self,
                            SitrepEventSort   sort,
                            gboolean          descending)
{
  GListModel *cols;

  g_return_if_fail (SITREP_IS_EVENTS_VIEW (self));

  cols = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < N_COLUMNS; i++)
    if (columns[i].sort == sort)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (cols, i);

        gtk_column_view_sort_by_column (self->column_view, column,
                                        descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
        return;
      }
}

/**
 * sitrep_events_view_set_area:
 * @enabled: %FALSE for events anywhere
 *
 * Keeps only the events placed inside the area (the map's "only what is in
 * view"), on top of the view's own filters.
 */
void
sitrep_events_view_set_area (SitrepEventsView *self,
                             gboolean          enabled,
                             double            west,
                             double            south,
                             double            east,
                             double            north)
{
  g_return_if_fail (SITREP_IS_EVENTS_VIEW (self));

  if (self->in_area == enabled &&
      (!enabled || (self->west == west && self->south == south &&
                    self->east == east && self->north == north)))
    return;
  self->in_area = enabled;
  self->west = west;
  self->south = south;
  self->east = east;
  self->north = north;
  apply_query (self);
}

/**
 * sitrep_events_view_set_date_range:
 * @from: (nullable): first day (ISO), %NULL with @to for no range
 * @to: (nullable): last day (ISO)
 *
 * Narrows the list to a range brushed on the timeline, without touching the
 * user's own From and To.
 */
void
sitrep_events_view_set_date_range (SitrepEventsView *self,
                                   const char       *from,
                                   const char       *to)
{
  g_return_if_fail (SITREP_IS_EVENTS_VIEW (self));

  if (from == NULL || to == NULL)
    from = to = NULL;
  if (g_strcmp0 (self->range_from, from) == 0 && g_strcmp0 (self->range_to, to) == 0)
    return;
  replace_string (&self->range_from, from);
  replace_string (&self->range_to, to);
  apply_query (self);
}

/**
 * sitrep_events_view_set_event_index:
 *
 * Follows the window's event index (NULL: the store's coarser signals):
 * the card reads its event again only when an edit names it.
 */
void
sitrep_events_view_set_event_index (SitrepEventsView *self,
                                    SitrepEventIndex *index)
{
  g_return_if_fail (SITREP_IS_EVENTS_VIEW (self));
  g_return_if_fail (index == NULL || SITREP_IS_EVENT_INDEX (index));

  if (!sitrep_event_index_follow (&self->index, index, self,
                                  G_CALLBACK (on_index_reset),
                                  G_CALLBACK (on_index_entries_changed)))
    return;
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_events_changed, self);
      g_signal_handlers_disconnect_by_func (self->store, on_store_history_changed, self);
    }
  connect_store_changes (self);
}
