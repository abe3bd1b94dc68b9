/* sitrep-suggestion-list.c — the article's pending suggestions in the annotation panel
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggestions"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sitrep-event-list.h"
#include "sitrep-suggestion-incidents.h"
#include "sitrep-suggestion-list.h"
#include "sitrep-event-dating.h"
#include "sitrep-user-message.h"
#include "sitrep-span-row.h"
#include "sitrep-suggestion-list-hold-private.h"
#include "sitrep-suggestion-list-private.h"
#include "sitrep-suggestion-list-sample-private.h"

/* The panel lists this many suggestions at a time, around the one under
 * review: a long article has tens of thousands, and a list view taking
 * them all at each Suggest stalls the window for most of a second. Tab in
 * the text goes through every one; the count and Accept All's menu say
 * how many there are of each label. */
#define PANEL_ROWS 50
/* The rows' height above the panel's annotations: about five rows. */
#define ROWS_HEIGHT 220

typedef enum
{
  PENDING_NONE,
  PENDING_ONE,     /* pending_id */
  PENDING_KIND,    /* every suggestion of pending_kind */
  PENDING_ALL,     /* every suggestion of the article */
  PENDING_INCIDENT, /* the proposed incident pending_id */
} PendingAccept;

struct _SitrepSuggestionList
{
  GtkWidget               parent_instance;

  /* widgets */
  GtkWidget              *box;
  GtkLabel               *count_label;
  GtkMenuButton          *accept_button;
  GtkRevealer            *progress_revealer;
  GtkProgressBar         *progress_bar;
  GtkLabel               *progress_label;
  GtkWidget              *progress_cancel;
  GtkScrolledWindow      *scroller;
  GtkListView            *list_view;
  GtkLabel               *more_label;
  SitrepSuggestionIncidents *incidents;

  /* owned references */
  SitrepSuggestionReview *review;
  GtkSliceListModel      *slice;       /* PANEL_ROWS of the review's model */
  GtkSingleSelection     *selection;   /* over the slice */
  GMenu                  *accept_menu;
  guint                   accept_counts[SITREP_SUGGEST_N_KINDS];

  /* The panel's look drawn once off-screen after the window shows. */
  SitrepPanelSample      *sample;

  /* state */
  gboolean                updating;
  /* The progress line shows a run on several articles (Suggest in All
   * Articles), and, that run over, is kept in place while the pointer is
   * on the panel (sitrep-suggestion-list-hold.c). */
  gboolean                progress_all;
  SitrepHeldLine         *held;
  gint64                  annotator_id;
  /* What was pressed while the window asked who is annotating, done once
   * it knows (sitrep_suggestion_list_set_annotator); Not Now drops it. */
  PendingAccept           pending;
  gint64                  pending_id;
  SitrepSuggestKind       pending_kind;
};

enum {
  ANNOTATOR_NEEDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepSuggestionList, sitrep_suggestion_list, GTK_TYPE_WIDGET)

static gint64
annotator (SitrepSuggestionList *self,
           gboolean             *asking)
{
  *asking = FALSE;
  g_signal_emit (self, signals[ANNOTATOR_NEEDED], 0, asking);

  return *asking ? 0 : self->annotator_id;
}

/* The menu of Accept All: the whole article, then each label present.
 * A new menu replaces the old one when the labels or their counts change:
 * emptying the shown menu and filling it again, as each progress step of a
 * running Suggest did, crashed GTK's menu tracker now and then (GTK 4.8). */
static void
update_accept_menu (SitrepSuggestionList *self)
{
  GListModel *model = self->review ? sitrep_suggestion_review_get_model (self->review) : NULL;
  guint counts[SITREP_SUGGEST_N_KINDS] = { 0 };
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) all = g_menu_new ();

  if (model != NULL)
    sitrep_suggestion_model_count_kinds (SITREP_SUGGESTION_MODEL (model), counts);
  if (self->accept_menu != NULL && memcmp (counts, self->accept_counts, sizeof counts) == 0)
    return;
  memcpy (self->accept_counts, counts, sizeof counts);

  menu = g_menu_new ();
  g_menu_append (all, _("Accept All in This Article"), "suggestions.accept-all");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (all));
  for (guint k = 0; k < SITREP_SUGGEST_N_KINDS; k++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (counts[k] == 0)
        continue;
      /* Translators: %s is a label ("Place"), %u how many suggestions it has */
      label = g_strdup_printf (_("Accept All of “%s” (%'u)"), sitrep_suggest_kind_display_name (k), counts[k]);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "suggestions.accept-kind",
                                               g_variant_new_string (sitrep_suggest_kind_to_string (k)));
      g_menu_append_item (kinds, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (kinds));
  g_menu_append (menu, _("Suggest in All Articles"), "suggestions.suggest-all");
  g_set_object (&self->accept_menu, menu);
  gtk_menu_button_set_menu_model (self->accept_button, G_MENU_MODEL (menu));
}

/* What the list does not show, and how to reach it. */
static void
update_more (SitrepSuggestionList *self)
{
  GListModel *model = self->review ? sitrep_suggestion_review_get_model (self->review) : NULL;
  guint n = model ? g_list_model_get_n_items (model) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->slice));
  g_autofree char *text = NULL;

  if (shown < n)
    text = g_strdup_printf (ngettext ("%'u suggestion of %'u listed here: Tab in the text goes through every one.",
                                      "%'u suggestions of %'u listed here: Tab in the text goes through every one.",
                                      shown), shown, n);
  gtk_label_set_text (self->more_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), text != NULL);
}

static void update (SitrepSuggestionList *self);

/* Suggest in All Articles over, the pointer on the panel: the line keeps
 * its place, saying the run is over, its Cancel gone (its room kept:
 * nothing there to click), until the pointer leaves. */
static void
hold_progress (SitrepSuggestionList *self)
{
  if (!self->progress_all || !_sitrep_held_line_hold (self->held))
    return;
  gtk_widget_set_child_visible (self->progress_cancel, FALSE);
  gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
  /* Translators: the progress line of Suggest in All Articles once the run is over */
  gtk_label_set_text (self->progress_label, _("Suggest is over"));
}

static void
on_progress_released (SitrepSuggestionList *self)
{
  self->progress_all = FALSE;
  update (self);
}

static void
update (SitrepSuggestionList *self)
{
  GListModel *model = self->review ? sitrep_suggestion_review_get_model (self->review) : NULL;
  guint n = model ? g_list_model_get_n_items (model) : 0;
  /* A run shown as going on: a quick one on this article leaves the panel
   * as it was until its suggestions come (see "busy"). */
  gboolean running = self->review != NULL && sitrep_suggestion_review_get_busy (self->review);
  /* Those in view are listed first, the others a moment later. */
  gboolean partial = self->review != NULL && sitrep_suggestion_review_get_partial (self->review);
  /* Suggest has yet to reach this article: the count is not its count,
   * and "0" said there was nothing while it was working. */
  gboolean waiting = self->review != NULL && sitrep_suggestion_review_get_waiting (self->review);
  gboolean saving;
  g_autofree char *count = g_strdup_printf (partial ? "%'u…" : "%'u", n);

  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), !waiting || n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->scroller), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->accept_button), n > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), !partial);
  if (running)
    {
      _sitrep_held_line_drop (self->held);
      self->progress_all = !sitrep_suggestion_review_get_running_one (self->review);
      gtk_widget_set_child_visible (self->progress_cancel, TRUE);
    }
  else if (gtk_revealer_get_reveal_child (self->progress_revealer) && !_sitrep_held_line_is_held (self->held))
    hold_progress (self);
  gtk_revealer_set_reveal_child (self->progress_revealer, running || _sitrep_held_line_is_held (self->held));
  gtk_widget_set_visible (self->box, n > 0 || running || _sitrep_held_line_is_held (self->held) ||
                          (self->review != NULL &&
                           g_list_model_get_n_items (sitrep_suggestion_review_get_incidents (self->review)) > 0));
  /* Off while the suggestions shown are saved: nothing would stop. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggestions.cancel",
                                 self->review != NULL && sitrep_suggestion_review_get_can_cancel (self->review));
  /* The incidents shown while a run saves are the last run's, in the store
   * until the save ends: what they would do waits for it. */
  saving = self->review != NULL && sitrep_suggestion_review_get_running (self->review) &&
           !sitrep_suggestion_review_get_can_cancel (self->review);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggestions.accept-incident", !saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggestions.reject-incident", !saving);
  update_more (self);
  /* Not for the part in view (the button is off until all are listed):
   * a new menu is a new popover, 14 ms of the first Suggest's hand-over. */
  if (!partial)
    update_accept_menu (self);
}

/* The current suggestion selected in the list, the slice moved to hold it. */
static void
select_current (SitrepSuggestionList *self)
{
  gint64 id = self->review ? sitrep_suggestion_review_get_current (self->review) : 0;
  GListModel *model = self->review ? sitrep_suggestion_review_get_model (self->review) : NULL;
  guint n = model ? g_list_model_get_n_items (model) : 0;
  guint i, offset = gtk_slice_list_model_get_offset (self->slice);

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (id != 0 && sitrep_suggestion_model_find (SITREP_SUGGESTION_MODEL (model), id, &i) != NULL)
    {
      if (i < offset || i >= offset + PANEL_ROWS)
        {
          offset = i > PANEL_ROWS / 4 ? MIN (i - PANEL_ROWS / 4, n > PANEL_ROWS ? n - PANEL_ROWS : 0) : 0;
          gtk_slice_list_model_set_offset (self->slice, offset);
        }
      gtk_single_selection_set_selected (self->selection, i - offset);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i - offset);
    }
  self->updating = FALSE;
  update_more (self);
}

static void
on_items_changed (GListModel           *model,
                  guint                 position,
                  guint                 removed,
                  guint                 added,
                  SitrepSuggestionList *self)
{
  update (self);
  select_current (self);
}

static void
on_review_notify (SitrepSuggestionReview *review,
                  GParamSpec             *pspec,
                  SitrepSuggestionList   *self)
{
  const char *text = sitrep_suggestion_review_get_progress_text (review);

  if (g_str_equal (pspec->name, "current"))
    {
      select_current (self);
      return;
    }
  /* The line kept after the run says it is over (hold_progress ()). */
  if (!_sitrep_held_line_is_held (self->held) || sitrep_suggestion_review_get_busy (review))
    {
      gtk_progress_bar_set_fraction (self->progress_bar, sitrep_suggestion_review_get_fraction (review));
      gtk_label_set_text (self->progress_label, text != NULL ? text : "");
    }
  update (self);
}

static void
on_selection_changed (GtkSelectionModel    *model,
                      guint                 position,
                      guint                 n_items,
                      SitrepSuggestionList *self)
{
  SitrepSuggestionItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->updating || self->review == NULL || item == NULL)
    return;
  sitrep_suggestion_review_set_current (self->review, sitrep_suggestion_item_get_id (item));
}

/* Actions */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);
  g_autoptr(GError) error = NULL;
  gboolean asking;
  gint64 who;

  if (self->review == NULL)
    return;
  self->pending = PENDING_NONE;
  who = annotator (self, &asking);
  if (asking)
    {
      self->pending = PENDING_ONE;
      self->pending_id = g_variant_get_int64 (param);
      return;
    }
  if (sitrep_suggestion_review_accept (self->review, g_variant_get_int64 (param), who, &error) == 0 && error != NULL)
    sitrep_show_error (widget, error);
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);
  g_autoptr(GError) error = NULL;

  if (self->review != NULL && !sitrep_suggestion_review_reject (self->review, g_variant_get_int64 (param), &error) &&
      error != NULL)
    sitrep_show_error (widget, error);
}

/* Toasts name the event, as making one from the Events view does. */
static char *
event_title (SitrepStore *store,
             gint64       id)
{
  g_autoptr(SitrepEvent) event = store != NULL ? sitrep_store_get_event (store, id, NULL) : NULL;

  return event != NULL ? sitrep_event_dup_title (event) : g_strdup ("");
}

/* Whether event @id is undated though its reports give its day, without a year. */
static gboolean
event_without_year (SitrepStore *store,
                    gint64       id)
{
  g_autofree char *day = NULL;
  g_autofree char *day_end = NULL;
  int year = 0;

  return store != NULL && sitrep_event_dating_reported_day (store, id, &day, &day_end, &year);
}

/* Accepts the proposed incident @id as @who's and says which event it made
 * or joined, with Undo; and that its date wants a year when its reports
 * give none (the Events view's card takes it). */
static void
accept_incident_as (SitrepSuggestionList *self,
                    gint64                id,
                    gint64                who)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  gboolean joined = FALSE;
  gint64 event_id;

  event_id = sitrep_suggestion_review_accept_incident (self->review, id, who, &joined, &error);
  if (event_id == 0)
    {
      if (error != NULL)
        sitrep_show_error (GTK_WIDGET (self), error);
      return;
    }
  title = event_title (sitrep_suggestion_review_get_store (self->review), event_id);
  if (event_without_year (sitrep_suggestion_review_get_store (self->review), event_id))
    text = g_strdup_printf (joined ? _("Evidence added to “%s”; its date lacks a year")
                                   : _("Event “%s” created; its date lacks a year"), title);
  else
    text = g_strdup_printf (joined ? _("Evidence added to “%s”") : _("Event “%s” created"), title);
  /* The window selects the event in the Events view and on the map, as
   * after New Event, and says so once they show it. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-event-made", "(xs)", event_id, text))
    sitrep_show_undo_toast (GTK_WIDGET (self), text);
}

static void
accept_incident_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);
  gboolean asking;
  gint64 who;

  if (self->review == NULL)
    return;
  self->pending = PENDING_NONE;
  who = annotator (self, &asking);
  if (asking)
    {
      self->pending = PENDING_INCIDENT;
      self->pending_id = g_variant_get_int64 (param);
      return;
    }
  accept_incident_as (self, g_variant_get_int64 (param), who);
}

static void
reject_incident_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);
  g_autoptr(GError) error = NULL;

  if (self->review != NULL &&
      !sitrep_suggestion_review_reject_incident (self->review, g_variant_get_int64 (param), &error) && error != NULL)
    sitrep_show_error (widget, error);
}

static void
accept_all_as (SitrepSuggestionList *self,
               gboolean              only_kind,
               SitrepSuggestKind     kind,
               gint64                who)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n = sitrep_suggestion_review_accept_all (self->review, only_kind, kind, who, &error);

  if (n < 0)
    {
      sitrep_show_error (GTK_WIDGET (self), error);
      return;
    }
  text = sitrep_suggestion_review_dup_accept_all_message (self->review, n);
  if (text != NULL)
    sitrep_show_undo_toast (GTK_WIDGET (self), text);
}

static void
accept_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);
  SitrepSuggestKind kind = SITREP_SUGGEST_PLACE;
  gboolean asking;
  gint64 who;

  if (self->review == NULL)
    return;
  if (param != NULL && !sitrep_suggest_kind_from_string (g_variant_get_string (param, NULL), &kind))
    return;
  self->pending = PENDING_NONE;
  who = annotator (self, &asking);
  if (asking)
    {
      self->pending = param != NULL ? PENDING_KIND : PENDING_ALL;
      self->pending_kind = kind;
      return;
    }
  accept_all_as (self, param != NULL, kind, who);
}

static void
suggest_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);

  if (self->review != NULL)
    sitrep_suggestion_review_suggest (self->review, TRUE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);

  if (self->review != NULL)
    sitrep_suggestion_review_cancel (self->review);
}

/* Rows */

static GtkWidget *
add_button (GtkWidget  *row,
            const char *icon,
            const char *tooltip,
            const char *action)
{
  GtkWidget *button = sitrep_span_row_add_button (row, icon, tooltip);

  /* The keys stay on the row: Enter, Delete and Tab act on the suggestion
   * under review. A focused button keeps the suggestion it was bound to
   * until the list's next layout, so an Enter pressed right after another
   * accepted the one just accepted again, and nothing. */
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_focus_on_click (button, FALSE);
  /* The target first, so the action never sees the button without one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  SitrepSuggestionList     *self)
{
  GtkWidget *text, *detail;
  GtkWidget *row = sitrep_span_row_new (&text, &detail);
  GtkWidget *accept = add_button (row, "object-select-symbolic", _("Accept (Enter)"), "suggestions.accept");
  GtkWidget *reject = add_button (row, "window-close-symbolic", _("Reject (Delete)"), "suggestions.reject");

  gtk_widget_add_css_class (row, "suggestion-row");
  /* The row is as wide as the panel: a long text is cut off there and a
   * long detail wraps; the tooltip has both whole. */
  sitrep_span_row_show_whole_in_tooltip (row);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 6);
  gtk_widget_set_margin_top (row, 3);
  gtk_widget_set_margin_bottom (row, 3);
  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "detail", detail);
  g_object_set_data (G_OBJECT (row), "accept", accept);
  g_object_set_data (G_OBJECT (row), "reject", reject);
  gtk_list_item_set_child (item, row);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 SitrepSuggestionList     *self)
{
  SitrepSuggestionItem *s = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  g_autofree char *detail = sitrep_suggestion_item_dup_detail (s);
  g_autofree char *accessible = NULL;
  const char *text = sitrep_suggestion_item_get (s)->text;
  gint64 id = sitrep_suggestion_item_get_id (s);

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "text"), text);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "detail"), detail);
  gtk_actionable_set_action_target (g_object_get_data (G_OBJECT (row), "accept"), "x", id);
  gtk_actionable_set_action_target (g_object_get_data (G_OBJECT (row), "reject"), "x", id);
  /* Translators: what a screen reader says of a suggestion row: its words, then its label and entity */
  accessible = g_strdup_printf (_("Suggested: %s, %s"), text, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
on_list_activate (GtkListView          *list,
                  guint                 position,
                  SitrepSuggestionList *self)
{
  g_autoptr(SitrepSuggestionItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "suggestions.accept", "x", sitrep_suggestion_item_get_id (item));
}

/* The row that had the keys has left the list: the keys go to the row now
 * under review at once, not after the next layout, so that the next key of
 * a burst reaches the list and not the window. */
static void
keep_keys (SitrepSuggestionList *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, list))
    gtk_widget_grab_focus (list);
}

static gboolean
on_list_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     SitrepSuggestionList  *self)
{
  SitrepSuggestionItem *item = gtk_single_selection_get_selected_item (self->selection);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || item == NULL)
    return FALSE;
  /* Enter takes the selected row, the one under review, as Delete does: the
   * focused row's own position may still be the one just accepted when the
   * keys come faster than the list's layout. */
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "suggestions.accept", "x", sitrep_suggestion_item_get_id (item));
      keep_keys (self);
      return TRUE;
    }
  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete && keyval != GDK_KEY_BackSpace)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "suggestions.reject", "x", sitrep_suggestion_item_get_id (item));
  keep_keys (self);
  return TRUE;
}

/* Building */

static GtkWidget *
build_header (SitrepSuggestionList *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (_("Suggestions"));

  gtk_widget_add_css_class (header, "panel-header");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* The panel is as wide as it asks at least: a header wider than that (a
   * five-digit count beside the title asked for 267 px of its 260) widened
   * the panel, and the reader laid its whole text out again for the new
   * width — seconds for a long article. The count goes under the title,
   * and a longer translation of the title gives way. */
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->count_label, 0);
  gtk_label_set_ellipsize (self->count_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "caption");
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), GTK_WIDGET (self->count_label));
  self->accept_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->accept_button, _("Accept All"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->accept_button),
                               _("Accept every suggestion of the article, or of one label"));
  gtk_widget_add_css_class (GTK_WIDGET (self->accept_button), "flat");
  gtk_widget_set_valign (GTK_WIDGET (self->accept_button), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->accept_button));
  return header;
}

static GtkWidget *
build_progress (SitrepSuggestionList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* An icon, as GNOME's file operations have it: a "Cancel" in words beside
   * the bar made the panel 4 px wider than the 260 px it has at 1280×800,
   * and the reader laid its whole text out again. */
  GtkWidget *cancel = gtk_button_new_from_icon_name ("process-stop-symbolic");

  self->progress_cancel = cancel;
  gtk_widget_add_css_class (box, "suggest-progress");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_bottom (box, 6);
  /* "Suggesting… 583 of 671 articles" on a line of its own, wrapped if
   * need be: beside Cancel, in a panel 260 px wide at 1280×800, it was cut
   * to "Suggesting… 583 of …" and the total was lost. Wrapping asks for
   * no more width than a word, so the panel does not widen. */
  self->progress_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->progress_label, 0);
  gtk_label_set_wrap (self->progress_label, TRUE);
  gtk_label_set_wrap_mode (self->progress_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "caption");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "suggestions.cancel");
  gtk_widget_set_tooltip_text (cancel, _("Stop suggesting; the suggestions already made stay"));
  gtk_widget_add_css_class (cancel, "circular");
  gtk_widget_add_css_class (cancel, "flat");
  gtk_widget_set_valign (cancel, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cancel), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cancel"), -1);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress_bar), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->progress_label));
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->progress_bar));
  gtk_box_append (GTK_BOX (line), cancel);
  gtk_box_append (GTK_BOX (box), line);
  self->progress_revealer = GTK_REVEALER (gtk_revealer_new ());
  /* Shown and hidden at once: each frame of its 250 ms slide drew the
   * whole window again while the suggester worked on the same cores. (A
   * duration of 0, not the type "none": a revealer of that type measures
   * its hidden child at full height, which took the suggestions' room.) */
  gtk_revealer_set_transition_duration (self->progress_revealer, 0);
  gtk_revealer_set_child (self->progress_revealer, box);
  return GTK_WIDGET (self->progress_revealer);
}

/* The first look (sitrep-suggestion-list-sample.c) */

static void
sitrep_suggestion_list_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sitrep_suggestion_list_parent_class)->map (widget);
  _sitrep_panel_sample_mapped (SITREP_SUGGESTION_LIST (widget)->sample);
}

static void
sitrep_suggestion_list_unmap (GtkWidget *widget)
{
  _sitrep_panel_sample_unmapped (SITREP_SUGGESTION_LIST (widget)->sample);
  GTK_WIDGET_CLASS (sitrep_suggestion_list_parent_class)->unmap (widget);
}

static void
sitrep_suggestion_list_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  /* The panel's box alone: the sample takes no room. */
  gtk_widget_measure (SITREP_SUGGESTION_LIST (widget)->box, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
sitrep_suggestion_list_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);

  if (gtk_widget_should_layout (self->box))
    gtk_widget_allocate (self->box, width, height, baseline, NULL);
  _sitrep_panel_sample_allocate (self->sample, width);
}

static void
sitrep_suggestion_list_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (widget);

  gtk_widget_snapshot_child (widget, self->box, snapshot);
  /* Not in the panel's frame: into a node of its own. */
  _sitrep_panel_sample_snapshot (self->sample);
}

static void
sitrep_suggestion_list_dispose (GObject *object)
{
  SitrepSuggestionList *self = SITREP_SUGGESTION_LIST (object);

  g_clear_pointer (&self->sample, _sitrep_panel_sample_free);
  sitrep_suggestion_list_set_review (self, NULL);
  g_clear_pointer (&self->held, _sitrep_held_line_free);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  g_clear_object (&self->accept_menu);

  G_OBJECT_CLASS (sitrep_suggestion_list_parent_class)->dispose (object);
}

static void
sitrep_suggestion_list_class_init (SitrepSuggestionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_suggestion_list_dispose;
  widget_class->map = sitrep_suggestion_list_map;
  widget_class->unmap = sitrep_suggestion_list_unmap;
  widget_class->measure = sitrep_suggestion_list_measure;
  widget_class->size_allocate = sitrep_suggestion_list_size_allocate;
  widget_class->snapshot = sitrep_suggestion_list_snapshot;

  /**
   * SitrepSuggestionList::annotator-needed:
   *
   * A suggestion is about to be accepted. A handler that asks who is
   * annotating returns TRUE (nothing is accepted); one that knows sets
   * sitrep_suggestion_list_set_annotator and returns FALSE.
   */
  signals[ANNOTATOR_NEEDED] =
    g_signal_new ("annotator-needed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 0);

  gtk_widget_class_install_action (widget_class, "suggestions.accept", "x", accept_action);
  gtk_widget_class_install_action (widget_class, "suggestions.reject", "x", reject_action);
  gtk_widget_class_install_action (widget_class, "suggestions.accept-all", NULL, accept_all_action);
  gtk_widget_class_install_action (widget_class, "suggestions.accept-incident", "x", accept_incident_action);
  gtk_widget_class_install_action (widget_class, "suggestions.reject-incident", "x", reject_incident_action);
  gtk_widget_class_install_action (widget_class, "suggestions.accept-kind", "s", accept_all_action);
  gtk_widget_class_install_action (widget_class, "suggestions.suggest-all", NULL, suggest_all_action);
  gtk_widget_class_install_action (widget_class, "suggestions.cancel", NULL, cancel_action);

  gtk_widget_class_set_css_name (widget_class, "suggestionlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_suggestion_list_init (SitrepSuggestionList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->slice = gtk_slice_list_model_new (NULL, 0, PANEL_ROWS);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->slice)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), build_header (self));
  gtk_box_append (GTK_BOX (self->box), build_progress (self));
  self->held = _sitrep_held_line_new (GTK_WIDGET (self), G_CALLBACK (on_progress_released), self);
  self->incidents = SITREP_SUGGESTION_INCIDENTS (sitrep_suggestion_incidents_new ());
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->incidents));

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  self->sample = _sitrep_panel_sample_new (GTK_WIDGET (self), factory, G_LIST_MODEL (self->slice));
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "suggestion-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Suggestions for this article"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed), self);
  /* Before the row's own Enter binding. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (self->scroller, TRUE);
  gtk_scrolled_window_set_max_content_height (self->scroller, ROWS_HEIGHT);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->scroller));
  self->more_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->more_label, 0);
  gtk_label_set_wrap (self->more_label, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->more_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->more_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->more_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->more_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->more_label), "caption");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->more_label));
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  update (self);
}

/* Public API */

void
sitrep_suggestion_list_set_review (SitrepSuggestionList   *self,
                                   SitrepSuggestionReview *review)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_LIST (self));
  g_return_if_fail (review == NULL || SITREP_IS_SUGGESTION_REVIEW (review));

  if (review == self->review)
    return;
  if (self->review != NULL)
    {
      g_signal_handlers_disconnect_by_data (sitrep_suggestion_review_get_model (self->review), self);
      g_signal_handlers_disconnect_by_data (self->review, self);
      g_signal_handlers_disconnect_by_data (sitrep_suggestion_review_get_incidents (self->review), self);
    }
  g_set_object (&self->review, review);
  if (self->held != NULL)
    _sitrep_held_line_drop (self->held);
  if (self->incidents != NULL)
    sitrep_suggestion_incidents_set_review (self->incidents, review);
  if (self->slice != NULL)
    {
      gtk_slice_list_model_set_offset (self->slice, 0);
      gtk_slice_list_model_set_model (self->slice, review ? sitrep_suggestion_review_get_model (review) : NULL);
    }
  if (review != NULL)
    {
      g_signal_connect (sitrep_suggestion_review_get_model (review), "items-changed",
                        G_CALLBACK (on_items_changed), self);
      g_signal_connect (review, "notify", G_CALLBACK (on_review_notify), self);
      g_signal_connect_swapped (sitrep_suggestion_review_get_incidents (review), "items-changed",
                                G_CALLBACK (update), self);
    }
  if (self->box != NULL)
    {
      update (self);
      select_current (self);
    }
}

GtkListView *
sitrep_suggestion_list_get_list_view (SitrepSuggestionList *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_LIST (self), NULL);

  return self->list_view;
}

SitrepSuggestionIncidents *
sitrep_suggestion_list_get_incidents (SitrepSuggestionList *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_LIST (self), NULL);

  return self->incidents;
}

GtkLabel *
sitrep_suggestion_list_get_count_label (SitrepSuggestionList *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_LIST (self), NULL);

  return self->count_label;
}

GtkLabel *
sitrep_suggestion_list_get_progress_label (SitrepSuggestionList *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_LIST (self), NULL);

  return self->progress_label;
}

void
sitrep_suggestion_list_set_annotator (SitrepSuggestionList *self,
                                      gint64                annotator_id)
{
  PendingAccept pending;

  g_return_if_fail (SITREP_IS_SUGGESTION_LIST (self));

  self->annotator_id = annotator_id;
  /* The answer to the question an accept here asked: a first-time coder's
   * Accept All (or ✓) is done now, not lost with the dialog. The dialog is
   * modal, so the article is still the one it was pressed on. */
  pending = self->pending;
  self->pending = PENDING_NONE;
  if (annotator_id == 0 || self->review == NULL || pending == PENDING_NONE)
    return;
  if (pending == PENDING_ONE)
    {
      g_autoptr(GError) error = NULL;

      if (sitrep_suggestion_review_lookup (self->review, self->pending_id) != NULL &&
          sitrep_suggestion_review_accept (self->review, self->pending_id, annotator_id, &error) == 0 && error != NULL)
        sitrep_show_error (GTK_WIDGET (self), error);
      return;
    }
  if (pending == PENDING_INCIDENT)
    {
      accept_incident_as (self, self->pending_id, annotator_id);
      return;
    }
  accept_all_as (self, pending == PENDING_KIND, self->pending_kind, annotator_id);
}

void
sitrep_suggestion_list_set_fill (SitrepSuggestionList *self,
                                 gboolean              fill)
{
  g_return_if_fail (SITREP_IS_SUGGESTION_LIST (self));

  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), fill);
  gtk_scrolled_window_set_max_content_height (self->scroller, fill ? -1 : ROWS_HEIGHT);
}
