/* sitrep-event-card.c — one event as a card: what, when, where, who, figures, claims, evidence
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-event-card"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-claim-row.h"
#include "sitrep-codebook.h"
#include "sitrep-event-dating.h"
#include "sitrep-event-day.h"
#include "sitrep-gazetteer.h"
#include "sitrep-user-message.h"
#include "sitrep-event-card.h"
#include "sitrep-event-card-private.h"
#include "sitrep-event-type-width.h"

struct _SitrepEventCard
{
  GtkWidget     parent_instance;

  /* template widgets */
  GtkStack     *stack;
  GtkScrolledWindow *scroller;
  GtkLabel     *title_label;
  GtkLabel     *subtitle_label;
  GtkWidget    *disputed_badge;
  GtkLabel     *fatalities_label;
  GtkLabel     *low_label;
  GtkLabel     *best_label;
  GtkLabel     *high_label;
  GtkLabel     *sources_label;
  GtkLabel     *override_label;
  GtkLabel     *explanation_label;
  GtkFlowBox   *figures_box;
  AdwActionRow *when_row;
  GtkWidget    *year_box;
  GtkEntry     *year_entry;
  GtkWidget    *year_button;
  AdwActionRow *where_row;
  AdwActionRow *actors_row;
  AdwActionRow *interaction_row;
  AdwActionRow *description_row;
  AdwActionRow *notes_row;
  GtkListBox   *claims_list;
  GtkListBox   *evidence_list;

  /* owned references */
  SitrepStore  *store;
  SitrepEvent  *event;

  /* state */
  gint64        event_id;
  char         *explanation;
  guint         n_claims;
};

G_DEFINE_FINAL_TYPE (SitrepEventCard, sitrep_event_card, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
set_figure (GtkLabel *label,
            gint64    value)
{
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : g_strdup ("–");

  gtk_label_set_label (label, text);
}

static void
set_row (AdwActionRow *row,
         const char   *text)
{
  gboolean has = text != NULL && *text != '\0';

  gtk_widget_set_visible (GTK_WIDGET (row), has);
  adw_action_row_set_subtitle (row, has ? text : "");
}

static char *
dup_when (SitrepEvent *event)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  const char *start = sitrep_event_get_date_start (event);
  const char *end = sitrep_event_get_date_end (event);
  int prec = sitrep_event_get_date_precision (event);
  const char *prec_label = prec > 0
                           ? sitrep_precision_label_shown (sitrep_codebook_get_precision_label (codebook, "date_prec",
                                                                                                prec))
                           : NULL;
  g_autofree char *dates = NULL;

  if (start == NULL)
    return g_strdup (_("Date not known"));
  if (end != NULL && g_strcmp0 (end, start) != 0)
    dates = g_strdup_printf ("%s – %s", start, end);
  else
    dates = g_strdup (start);
  if (prec_label != NULL)
    return g_strdup_printf (_("%s · precision: %s"), dates, prec_label);
  return g_steal_pointer (&dates);
}

static void on_year_changed (SitrepEventCard *self);

/* An undated event's When: the day its reports give without a year, and
 * the field to give it one (prefilled with the year offered). NULL when
 * its reports give no day. */
static char *
dup_when_without_year (SitrepEventCard *self)
{
  int year = 0;
  char *when = sitrep_event_day_dup_without_year (self->store, self->event_id, FALSE, &year);
  g_autofree char *text = year > 0 ? g_strdup_printf ("%d", year) : g_strdup ("");

  if (when == NULL)
    return NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->year_entry), text);
  on_year_changed (self);
  return when;
}

static char *
dup_where (SitrepEvent *event)
{
  SitrepCodebook *codebook = sitrep_codebook_get_default ();
  g_autoptr(GString) s = g_string_new (NULL);
  const char *name = sitrep_event_get_place_name (event);
  const char *location = sitrep_event_get_location (event);
  int geo = sitrep_event_get_geo_precision (event);
  int where = sitrep_event_get_where_prec (event);
  g_autofree char *admin = NULL;

  if (name != NULL)
    g_string_append (s, name);
  else if (location != NULL)
    g_string_append_printf (s, _("%s (as reported, not placed)"), location);
  else
    g_string_append (s, _("Place not known"));
  /* "Daraa, Syria" as the suggestions and the entity chooser say it, not
   * the gazetteer's code ("SY") an event placed from it holds. */
  admin = sitrep_gazetteer_dup_where (sitrep_event_get_admin1 (event), sitrep_event_get_country (event));
  if (admin != NULL)
    g_string_append_printf (s, ", %s", admin);
  if (!isnan (sitrep_event_get_latitude (event)))
    g_string_append_printf (s, " · %.4f, %.4f", sitrep_event_get_latitude (event),
                            sitrep_event_get_longitude (event));
  else
    g_string_append_printf (s, " · %s", _("no coordinates"));
  if (geo > 0)
    g_string_append_printf (s, "\n%s %d: %s", _("Geo precision"), geo,
                            sitrep_precision_label_shown (
                              sitrep_codebook_get_precision_label (codebook, "geo_precision", geo)));
  if (where > 0)
    g_string_append_printf (s, "\n%s %d: %s", _("Where precision"), where,
                            sitrep_precision_label_shown (
                              sitrep_codebook_get_precision_label (codebook, "where_prec", where)));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
append_assoc (GString            *s,
              const char * const *assoc)
{
  if (assoc == NULL || assoc[0] == NULL)
    return;
  g_string_append (s, " (");
  for (guint i = 0; assoc[i] != NULL; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", assoc[i]);
  g_string_append (s, ")");
}

static char *
dup_actors (SitrepEvent *event)
{
  g_autoptr(GString) s = g_string_new (NULL);

  g_string_append (s, sitrep_event_get_actor1 (event) ? sitrep_event_get_actor1 (event) : _("Actor 1 not known"));
  append_assoc (s, sitrep_event_get_assoc_actor1 (event));
  if (sitrep_event_get_actor2 (event) != NULL)
    {
      g_string_append_printf (s, " — %s", sitrep_event_get_actor2 (event));
      append_assoc (s, sitrep_event_get_assoc_actor2 (event));
    }
  if (sitrep_event_get_civilian_targeting (event))
    g_string_append_printf (s, "\n%s", _("Civilian targeting"));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
dup_interaction (SitrepEvent *event)
{
  int i1 = sitrep_event_get_inter1 (event);
  int i2 = sitrep_event_get_inter2 (event);
  int ia = sitrep_event_get_interaction (event);

  g_autofree char *c1 = i1 > 0 ? g_strdup_printf ("%d", i1) : g_strdup (_("unknown"));
  g_autofree char *c2 = i2 > 0 ? g_strdup_printf ("%d", i2) : g_strdup (_("unknown"));

  if (i1 == 0 && i2 == 0)
    return NULL;
  return g_strdup_printf (_("Inter 1: %s · Inter 2: %s · Interaction: %d"), c1, c2, ia);
}

/* The figures' line names each report short (sitrep_report_name): its whole
 * title, where the short name is not it, is in the line's tooltip. */
static void
set_reports_tooltip (SitrepEventCard *self,
                     GPtrArray       *evidence)
{
  g_autoptr(GString) tip = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; evidence != NULL && i < evidence->len; i++)
    {
      const SitrepEvidence *e = g_ptr_array_index (evidence, i);

      if (e->article_title == NULL || *e->article_title == '\0' ||
          g_hash_table_contains (seen, GINT_TO_POINTER (e->article_id)))
        continue;
      g_hash_table_add (seen, GINT_TO_POINTER (e->article_id));
      if (e->report_name == NULL || strstr (e->report_name, e->article_title) != NULL)
        continue;
      g_string_append_printf (tip, tip->len > 0 ? "\n%s: %s" : "%s: %s", e->report_name, e->article_title);
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->explanation_label), tip->len > 0 ? tip->str : NULL);
}

static GtkWidget *
evidence_row_new (const SitrepEvidence *evidence)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("“%s”", evidence->text ? evidence->text : "");
  g_autofree char *subtitle = NULL;

  subtitle = evidence->source
             ? g_strdup_printf ("%s · %s", evidence->article_title ? evidence->article_title : "",
                                evidence->source)
             : g_strdup (evidence->article_title ? evidence->article_title : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open the article at this span"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-evidence");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(xuux)", evidence->article_id,
                                    evidence->start, evidence->end, evidence->annotation_id);

  return row;
}

static GtkWidget *
placeholder_row_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "list-placeholder");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static void
show_event (SitrepEventCard *self)
{
  SitrepDerivedFigures figures = { 0, };
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  g_autofree char *actors = NULL;
  g_autofree char *interaction = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  SitrepEvent *e = self->event;
  const char *place;

  place = sitrep_event_get_place_name (e) ? sitrep_event_get_place_name (e) : sitrep_event_get_location (e);
  if (sitrep_event_get_event_type (e) != NULL && place != NULL)
    title = g_strdup_printf (_("%s in %s"), sitrep_codebook_event_type_display_name (sitrep_event_get_event_type (e)),
                             place);
  else if (sitrep_event_get_event_type (e) != NULL)
    title = g_strdup (sitrep_codebook_event_type_display_name (sitrep_event_get_event_type (e)));
  else if (place != NULL)
    title = g_strdup_printf (_("Event in %s"), place);
  else
    title = g_strdup (_("Uncoded Event"));
  gtk_label_set_label (self->title_label, title);

  if (sitrep_event_get_sub_event_type (e) != NULL)
    g_string_append (subtitle, sitrep_codebook_sub_event_type_display_name (sitrep_event_get_sub_event_type (e)));
  if (sitrep_event_get_disorder_type (e) != NULL)
    {
      g_autofree char *disorder = sitrep_codebook_dup_disorder_type_display_name (sitrep_event_get_disorder_type (e));

      g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", disorder);
    }
  if (sitrep_event_get_external_source (e) != NULL)
    g_string_append_printf (subtitle, "%s%s %s", subtitle->len ? " · " : "",
                            sitrep_event_get_external_source (e),
                            sitrep_event_get_external_id (e) ? sitrep_event_get_external_id (e) : "");
  gtk_label_set_label (self->subtitle_label, subtitle->str);

  when = sitrep_event_get_date_start (e) == NULL ? dup_when_without_year (self) : NULL;
  gtk_widget_set_visible (self->year_box, when != NULL);
  if (when == NULL)
    when = dup_when (e);
  where = dup_where (e);
  actors = dup_actors (e);
  interaction = dup_interaction (e);
  set_row (self->when_row, when);
  set_row (self->where_row, where);
  set_row (self->actors_row, actors);
  set_row (self->interaction_row, interaction);
  set_row (self->description_row, sitrep_event_get_description (e));
  set_row (self->notes_row, sitrep_event_get_notes (e));

  g_clear_pointer (&self->explanation, g_free);
  if (sitrep_store_get_event_figures (self->store, self->event_id, &figures, NULL))
    {
      set_figure (self->fatalities_label, figures.fatalities);
      set_figure (self->low_label, figures.low);
      set_figure (self->best_label, figures.best);
      set_figure (self->high_label, figures.high);
      set_figure (self->sources_label, figures.n_sources);
      gtk_widget_set_visible (self->disputed_badge, figures.disputed);
      self->explanation = g_strdup (figures.explanation);
      gtk_label_set_label (self->explanation_label, figures.explanation ? figures.explanation : "");
      sitrep_derived_figures_clear (&figures);
    }

  if (sitrep_event_get_best_override (e) >= 0)
    {
      g_autofree char *note = g_strdup_printf (_("Best set by hand to %d: %s"),
                                               (int) sitrep_event_get_best_override (e),
                                               sitrep_event_get_best_override_reason (e)
                                               ? sitrep_event_get_best_override_reason (e) : "");

      gtk_label_set_label (self->override_label, note);
      gtk_widget_set_visible (GTK_WIDGET (self->override_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->override_label), FALSE);
    }

  clear_list (self->claims_list);
  self->n_claims = 0;
  claims = sitrep_store_list_claims (self->store, self->event_id, NULL);
  for (guint i = 0; claims != NULL && i < claims->len; i++)
    gtk_list_box_append (self->claims_list, sitrep_claim_row_new (claims->pdata[i]));
  self->n_claims = claims ? claims->len : 0;
  if (self->n_claims == 0)
    gtk_list_box_set_placeholder (self->claims_list,
                                  placeholder_row_new (_("No figures yet: add a claim, or use Make Claim on a casualty span")));

  clear_list (self->evidence_list);
  evidence = sitrep_store_list_event_evidence (self->store, self->event_id, NULL);
  for (guint i = 0; evidence != NULL && i < evidence->len; i++)
    gtk_list_box_append (self->evidence_list, evidence_row_new (evidence->pdata[i]));
  set_reports_tooltip (self, evidence);
  if (evidence == NULL || evidence->len == 0)
    gtk_list_box_set_placeholder (self->evidence_list,
                                  placeholder_row_new (_("No evidence: select a sentence in an article and choose New Event")));
}

static void
on_year_changed (SitrepEventCard *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->year_entry));
  gboolean digits = strlen (text) == 4;

  for (const char *c = text; *c != '\0' && digits; c++)
    digits = g_ascii_isdigit (*c);
  gtk_widget_set_sensitive (self->year_button, digits);
}

static void
on_year_activate (SitrepEventCard *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->year_entry));
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autofree char *message = NULL;
  char *end = NULL;
  gint64 year;

  if (self->store == NULL || self->event_id == 0)
    return;
  year = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || end == NULL || *end != '\0' || year < 1 || year > 9999)
    {
      g_set_error (&error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is not a year; give one as four digits, such as 2022."), text);
      sitrep_show_error (GTK_WIDGET (self), error);
      return;
    }
  if (!sitrep_event_dating_set_year (self->store, self->event_id, (int) year, &error))
    {
      sitrep_show_error (GTK_WIDGET (self), error);
      return;
    }
  event = sitrep_store_get_event (self->store, self->event_id, NULL);
  if (event != NULL && sitrep_event_get_date_start (event) != NULL)
    {
      /* Translators: a toast with Undo once an event was given the year its reports left out: "Event dated 2022-10-16" */
      message = g_strdup_printf (_("Event dated %s"), sitrep_event_get_date_start (event));
      sitrep_show_undo_toast (GTK_WIDGET (self), message);
    }
}

static void
sitrep_event_card_dispose (GObject *object)
{
  SitrepEventCard *self = SITREP_EVENT_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_EVENT_CARD);
  g_clear_object (&self->event);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sitrep_event_card_parent_class)->dispose (object);
}

static void
sitrep_event_card_finalize (GObject *object)
{
  SitrepEventCard *self = SITREP_EVENT_CARD (object);

  g_free (self->explanation);

  G_OBJECT_CLASS (sitrep_event_card_parent_class)->finalize (object);
}

static void
sitrep_event_card_class_init (SitrepEventCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_event_card_dispose;
  object_class->finalize = sitrep_event_card_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-event-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, stack);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, scroller);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, disputed_badge);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, fatalities_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, low_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, best_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, high_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, sources_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, override_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, figures_box);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, when_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, year_box);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, year_entry);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, year_button);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, where_row);
  gtk_widget_class_bind_template_callback (widget_class, on_year_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, actors_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, interaction_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, description_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, notes_row);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, claims_list);
  gtk_widget_class_bind_template_child (widget_class, SitrepEventCard, evidence_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sitrep_event_card_init (SitrepEventCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The figures are read, not chosen: Tab passes them by. Not by making
   * its children unfocusable alone: GtkFlowBox then takes Tab, finds no
   * child to focus, and keeps it, so Tab never left the card's title (the
   * Year field, the claims and the evidence were out of the keyboard's
   * reach). The box takes no focus at all. */
  gtk_widget_set_can_focus (GTK_WIDGET (self->figures_box), FALSE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

void
sitrep_event_card_set_event (SitrepEventCard *self,
                             SitrepStore     *store,
                             gint64           id)
{
  g_return_if_fail (SITREP_IS_EVENT_CARD (self));
  g_return_if_fail (store == NULL || SITREP_IS_STORE (store));

  /* Another event's card opens at its top: the last one's scroll showed
   * the next card's title cut off, or only its evidence. */
  if ((store != NULL ? id : 0) != self->event_id)
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->scroller), 0);
    }
  g_set_object (&self->store, store);
  self->event_id = store != NULL ? id : 0;
  sitrep_event_card_reload (self);
}

void
sitrep_event_card_reload (SitrepEventCard *self)
{
  g_return_if_fail (SITREP_IS_EVENT_CARD (self));

  g_clear_object (&self->event);
  if (self->store != NULL && self->event_id != 0)
    self->event = sitrep_store_get_event (self->store, self->event_id, NULL);

  if (self->event == NULL)
    {
      self->event_id = 0;
      self->n_claims = 0;
      g_clear_pointer (&self->explanation, g_free);
      clear_list (self->claims_list);
      clear_list (self->evidence_list);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_event (self);
  gtk_stack_set_visible_child_name (self->stack, "event");
}

gint64
sitrep_event_card_get_event_id (SitrepEventCard *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_CARD (self), 0);

  return self->event_id;
}

/* The tooltip of the figures' line: the whole titles of the reports it
 * names short, or NULL. */
const char *
sitrep_event_card_get_reports_tooltip (SitrepEventCard *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_CARD (self), NULL);

  return gtk_widget_get_tooltip_text (GTK_WIDGET (self->explanation_label));
}

const char *
sitrep_event_card_get_explanation (SitrepEventCard *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_CARD (self), NULL);

  return self->explanation;
}

/**
 * sitrep_event_card_get_figure_text:
 * @figure: "fatalities", "low", "best", "high" or "sources"
 */
const char *
sitrep_event_card_get_figure_text (SitrepEventCard *self,
                                   const char      *figure)
{
  g_return_val_if_fail (SITREP_IS_EVENT_CARD (self), NULL);

  if (g_strcmp0 (figure, "fatalities") == 0)
    return gtk_label_get_label (self->fatalities_label);
  if (g_strcmp0 (figure, "low") == 0)
    return gtk_label_get_label (self->low_label);
  if (g_strcmp0 (figure, "best") == 0)
    return gtk_label_get_label (self->best_label);
  if (g_strcmp0 (figure, "high") == 0)
    return gtk_label_get_label (self->high_label);
  if (g_strcmp0 (figure, "sources") == 0)
    return gtk_label_get_label (self->sources_label);
  return NULL;
}

guint
sitrep_event_card_count_claims (SitrepEventCard *self)
{
  g_return_val_if_fail (SITREP_IS_EVENT_CARD (self), 0);

  return self->n_claims;
}

GtkWidget *
sitrep_event_card_get_evidence_row (SitrepEventCard *self,
                                    guint            index)
{
  g_return_val_if_fail (SITREP_IS_EVENT_CARD (self), NULL);

  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->evidence_list, (int) index));
}
