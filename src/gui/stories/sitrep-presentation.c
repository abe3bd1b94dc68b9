/* sitrep-presentation.c — full-screen presentation: one incident per step, the map flying to each
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-presentation"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <shumate/shumate.h>

#include "sitrep-accessible.h"
#include "sitrep-event-colour.h"
#include "sitrep-basemap.h"
#include "sitrep-flight.h"
#include "sitrep-map-points-layer.h"
#include "sitrep-map-source.h"
#include "sitrep-story-export.h"
#include "sitrep-timeline.h"
#include "sitrep-timeline-view.h"
#include "sitrep-presentation.h"
#include "sitrep-presentation-private.h"
#include "sitrep-presentation-test-private.h"


enum {
  PROP_0,
  PROP_CARD_VISIBLE,
  PROP_STRIP_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SitrepPresentation, sitrep_presentation, ADW_TYPE_WINDOW)

static void
card_free (gpointer data)
{
  if (data != NULL)
    sitrep_story_card_free (data);
}

SitrepStoryCard *
_sitrep_presentation_card_at (SitrepPresentation *self,
         guint               step)
{
  if (step >= self->ids->len)
    return NULL;
  if (self->cards->pdata[step] == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->cards->pdata[step] = sitrep_story_card_new (self->store, g_array_index (self->ids, gint64, step),
                                                        &error);
      if (self->cards->pdata[step] == NULL)
        g_warning ("The card of an incident could not be read: %s", error->message);
    }

  return self->cards->pdata[step];
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static int
compare_first (gconstpointer a,
               gconstpointer b)
{
  const SitrepTimelineEvent *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->event_id < y->event_id ? -1 : x->event_id > y->event_id;
}

static void
append_point (GArray     *points,
              gint64      id,
              double      latitude,
              double      longitude,
              gint64      fatalities,
              const char *event_type)
{
  SitrepMapPoint p;

  if (isnan (latitude) || isnan (longitude))
    return;
  p.id = id;
  p.latitude = latitude;
  p.longitude = longitude;
  p.size = fatalities > 0 ? MIN (12 + 3 * log2 (1 + (double) fatalities), 32) : 12;
  /* The colour of its type, as on the window's map and timeline. */
  sitrep_event_type_rgba (event_type, &p.colour);
  p.colour.alpha = 0.85;
  g_array_append_val (points, p);
}

/* The steps' points and strip from the event index: no read of the store. */
static const char *
read_index (SitrepPresentation *self,
            GArray             *points,
            GArray             *strip)
{
  const char *credit = NULL;

  for (guint i = 0; i < self->ids->len; i++)
    {
      const SitrepEventIndexEntry *e = sitrep_event_index_lookup (self->index, g_array_index (self->ids, gint64, i));
      SitrepTimelineEvent te;

      if (e == NULL)
        continue;
      if (credit == NULL)
        credit = sitrep_event_index_entry_get_dataset_credit (e);
      append_point (points, e->id, e->latitude, e->longitude, e->fatalities, e->event_type);
      if (sitrep_timeline_event_init_from_entry (&te, e))
        g_array_append_val (strip, te);
    }
  return credit;
}

/* The same, read from the store in full (a presentation without an index). */
static const char *
read_store (SitrepPresentation *self,
            GArray             *points,
            GArray             *strip)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *credit = NULL;

  if (!sitrep_store_get_events (self->store, (const gint64 *) (gpointer) self->ids->data, self->ids->len,
                                events, &error))
    g_warning ("The incidents could not be read for the map: %s", error->message);
  for (guint i = 0; i < events->len; i++)
    {
      SitrepEvent *event = events->pdata[i];
      SitrepTimelineEvent te = { 0 };

      if (credit == NULL && sitrep_event_get_dataset_credit (event) != NULL)
        credit = g_intern_string (sitrep_event_get_dataset_credit (event));
      append_point (points, sitrep_event_get_id (event), sitrep_event_get_latitude (event),
                    sitrep_event_get_longitude (event), sitrep_event_get_fatalities (event),
                    sitrep_event_get_event_type (event));
      if (sitrep_timeline_event_init (&te, event))
        g_array_append_val (strip, te);
    }
  return credit;
}

/* Every step's point on the map, the current one ringed. */
static void
load_points (SitrepPresentation *self)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SitrepMapPoint));
  g_autoptr(GArray) strip = sitrep_timeline_events_new ();
  const char *credit;

  credit = self->index != NULL ? read_index (self, points, strip) : read_store (self, points, strip);
  sitrep_map_points_layer_set_points (self->points, (const SitrepMapPoint *) (gpointer) points->data,
                                      points->len);
  /* The screen that shows a CC BY dataset's events says so. */
  {
    /* Translators: under a map, the dataset its events come from */
    g_autofree char *text = credit != NULL ? g_strdup_printf (_("Events: %s"), credit) : NULL;

    shumate_license_set_extra_text (self->license, text);
  }
  /* The strip's lanes search by first day. */
  g_array_sort (strip, compare_first);
  sitrep_timeline_view_set_events (self->strip, strip);
}

/* Screen readers hear each step: the presentation's name, which is what
 * takes the keys, says the incident on show. */
static void
say_step (SitrepPresentation    *self,
          const char            *counter,
          const SitrepStoryCard *card)
{
  g_autofree char *said = sitrep_accessible_describe_card (counter, card);

  sitrep_accessible_say_selected (GTK_WIDGET (self), _("Presentation"), said);
  sitrep_accessible_say_selected (GTK_WIDGET (self->map), _("Map"), said);
}

static void
show_step (SitrepPresentation *self,
           gboolean            animate)
{
  SitrepStoryCard *card = _sitrep_presentation_card_at (self, self->step);
  g_autofree char *counter = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *quote_source = NULL;
  guint n = self->ids->len;

  gtk_widget_set_visible (self->empty_page, n == 0);
  gtk_widget_set_visible (GTK_WIDGET (gtk_widget_get_parent (GTK_WIDGET (self->step_label))), n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.next", self->step + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.previous", self->step > 0);
  if (n == 0)
    {
      gtk_label_set_text (self->counter_label, "0 / 0");
      return;
    }

  counter = g_strdup_printf ("%u / %u", self->step + 1, n);
  gtk_label_set_text (self->counter_label, counter);
  if (card == NULL)
    {
      set_text (self->step_label, counter);
      set_text (self->headline_label, _("This incident could not be read"));
      return;
    }

  /* Translators: above the card, "Incident 3 of 12" */
  g_free (counter);
  counter = g_strdup_printf (_("Incident %u of %u"), self->step + 1, n);
  set_text (self->step_label, counter);
  set_text (self->headline_label, card->headline);
  set_text (self->date_label, card->date);
  set_text (self->place_label, card->place);
  /* The headline often is the type already. */
  set_text (self->type_label, g_strcmp0 (card->event_type, card->headline) != 0 ? card->event_type : NULL);
  set_text (self->actors_label, card->actors);
  set_text (self->figures_label, card->figures);
  set_text (self->sources_label, card->sources);
  set_text (self->dispute_label, card->dispute);
  if (card->quote != NULL)
    /* Translators: a quoted sentence of evidence */
    quote = g_strdup_printf (_("“%s”"), card->quote);
  set_text (self->quote_label, quote);
  if (card->quote != NULL && card->quote_source != NULL)
    quote_source = g_strdup_printf ("— %s", card->quote_source);
  set_text (self->quote_source_label, quote_source);

  say_step (self, counter, card);
  sitrep_map_points_layer_set_highlight (self->points, card->event_id);
  sitrep_timeline_view_set_selected_event (self->strip, card->event_id);
  if (isnan (card->latitude) || isnan (card->longitude))
    {
      g_autofree char *where = NULL;

      if (card->area != NULL)
        /* Translators: over the map, when an incident is known only by its governorate */
        where = g_strdup_printf (_("Only its governorate is known: the map shows %s"), card->area);
      gtk_label_set_text (GTK_LABEL (self->nowhere_label),
                          where != NULL ? where : _("This incident has no coordinates: the map shows the region"));
    }
  gtk_widget_set_visible (self->nowhere_label, isnan (card->latitude) || isnan (card->longitude));
  _sitrep_presentation_go_to_step (self, card, animate);

  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self->step_label))),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  card->headline != NULL ? card->headline : "", -1);
}

/* The map's size decides where the incident sits beside the card and which
 * tiles a flight needs: when it changes (going full screen), the view is
 * set again and the way ahead drawn again. */
static gboolean
settle (gpointer user_data)
{
  SitrepPresentation *self = user_data;

  self->settle_idle_id = 0;
  if (self->flight != NULL || self->ids->len == 0)
    return G_SOURCE_REMOVE;
  _sitrep_presentation_go_to_step (self, _sitrep_presentation_card_at (self, self->step), FALSE);
  _sitrep_presentation_draw_ahead (self);

  return G_SOURCE_REMOVE;
}

static void
sitrep_presentation_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  SitrepPresentation *self = SITREP_PRESENTATION (widget);
  int map_width, map_height;

  GTK_WIDGET_CLASS (sitrep_presentation_parent_class)->size_allocate (widget, width, height, baseline);

  map_width = gtk_widget_get_width (GTK_WIDGET (self->map));
  map_height = gtk_widget_get_height (GTK_WIDGET (self->map));
  if (map_width == self->map_width && map_height == self->map_height)
    return;
  self->map_width = map_width;
  self->map_height = map_height;
  /* Not while allocating: the map's layers would be moved mid-layout. */
  if (self->settle_idle_id == 0)
    self->settle_idle_id = g_idle_add (settle, self);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SitrepPresentation *self = SITREP_PRESENTATION (widget);
  guint n = self->ids->len;

  if (n == 0)
    return;
  if (g_str_equal (action_name, "presentation.next"))
    sitrep_presentation_set_step (self, MIN (self->step + 1, n - 1));
  else if (g_str_equal (action_name, "presentation.previous"))
    sitrep_presentation_set_step (self, self->step > 0 ? self->step - 1 : 0);
  else if (g_str_equal (action_name, "presentation.first"))
    sitrep_presentation_set_step (self, 0);
  else if (g_str_equal (action_name, "presentation.last"))
    sitrep_presentation_set_step (self, n - 1);
}

/* The arrow keys step the way the controls point: in a right-to-left
 * layout the Next button sits on the left, so Left goes forward. */
static void
arrow_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gboolean left = g_str_equal (action_name, "presentation.arrow-left");
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  step_action (widget, left != rtl ? "presentation.previous" : "presentation.next", NULL);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
sitrep_presentation_dispose (GObject *object)
{
  SitrepPresentation *self = SITREP_PRESENTATION (object);

  _sitrep_presentation_stop_flight (self);
  _sitrep_presentation_stop_drawing (self);
  g_clear_handle_id (&self->settle_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SITREP_TYPE_PRESENTATION);
  g_clear_object (&self->source);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sitrep_presentation_parent_class)->dispose (object);
}

static void
sitrep_presentation_finalize (GObject *object)
{
  SitrepPresentation *self = SITREP_PRESENTATION (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_free (self->story);
  G_OBJECT_CLASS (sitrep_presentation_parent_class)->finalize (object);
}

static void
sitrep_presentation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SitrepPresentation *self = SITREP_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_CARD_VISIBLE:
      g_value_set_boolean (value, sitrep_presentation_get_card_visible (self));
      break;
    case PROP_STRIP_VISIBLE:
      g_value_set_boolean (value, sitrep_presentation_get_strip_visible (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_presentation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SitrepPresentation *self = SITREP_PRESENTATION (object);
  gboolean v = g_value_get_boolean (value);

  switch (prop_id)
    {
    case PROP_CARD_VISIBLE:
      if (v != self->card_visible)
        {
          self->card_visible = v;
          if (self->card_revealer != NULL)
            gtk_revealer_set_reveal_child (self->card_revealer, v);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_STRIP_VISIBLE:
      if (v != self->strip_visible)
        {
          self->strip_visible = v;
          if (self->strip_revealer != NULL)
            {
              gtk_revealer_set_reveal_child (self->strip_revealer, v);
              /* The card and the credits stay clear of the strip. */
              gtk_widget_set_margin_bottom (GTK_WIDGET (self->card_revealer), v ? 96 : 48);
              if (self->license != NULL)
                gtk_widget_set_margin_bottom (GTK_WIDGET (self->license), v ? 60 : 0);
            }
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_presentation_class_init (SitrepPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sitrep_presentation_dispose;
  object_class->finalize = sitrep_presentation_finalize;
  object_class->get_property = sitrep_presentation_get_property;
  object_class->set_property = sitrep_presentation_set_property;
  widget_class->size_allocate = sitrep_presentation_size_allocate;

  properties[PROP_CARD_VISIBLE] =
    g_param_spec_boolean ("card-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STRIP_VISIBLE] =
    g_param_spec_boolean ("strip-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_MAP);
  g_type_ensure (SITREP_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/sitrep/Sitrep/sitrep-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, overlay);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, map);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, card_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, step_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, date_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, place_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, type_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, actors_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, figures_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, sources_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, dispute_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, quote_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, quote_source_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, counter_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, title_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, nowhere_label);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, strip_revealer);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, strip);
  gtk_widget_class_bind_template_child (widget_class, SitrepPresentation, empty_page);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "presentation.arrow-left", NULL, arrow_action);
  gtk_widget_class_install_action (widget_class, "presentation.arrow-right", NULL, arrow_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);
  gtk_widget_class_install_property_action (widget_class, "presentation.toggle-card", "card-visible");
  gtk_widget_class_install_property_action (widget_class, "presentation.toggle-strip", "strip-visible");
}

static void
sitrep_presentation_init (SitrepPresentation *self)
{
  static const struct
  {
    guint       key;
    const char *action;
  } keys[] = {
    { GDK_KEY_Right, "presentation.arrow-right" },
    { GDK_KEY_KP_Right, "presentation.arrow-right" },
    { GDK_KEY_space, "presentation.next" },
    { GDK_KEY_Page_Down, "presentation.next" },
    { GDK_KEY_KP_Page_Down, "presentation.next" },
    { GDK_KEY_Down, "presentation.next" },
    { GDK_KEY_Left, "presentation.arrow-left" },
    { GDK_KEY_KP_Left, "presentation.arrow-left" },
    { GDK_KEY_BackSpace, "presentation.previous" },
    { GDK_KEY_Page_Up, "presentation.previous" },
    { GDK_KEY_KP_Page_Up, "presentation.previous" },
    { GDK_KEY_Up, "presentation.previous" },
    { GDK_KEY_Home, "presentation.first" },
    { GDK_KEY_End, "presentation.last" },
    { GDK_KEY_c, "presentation.toggle-card" },
    { GDK_KEY_t, "presentation.toggle-strip" },
    { GDK_KEY_Escape, "presentation.leave" },
  };
  GtkEventController *shortcuts;
  ShumateViewport *viewport;
  ShumateLicense *license;

  /* Property actions read these while the template is being built. */
  self->card_visible = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  sitrep_accessible_name_parts (GTK_WIDGET (self));
  gtk_revealer_set_reveal_child (self->card_revealer, self->card_visible);
  gtk_revealer_set_reveal_child (self->strip_revealer, self->strip_visible);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cards = g_ptr_array_new_with_free_func (card_free);
  self->prefetch = TRUE;

  /* Caught before the focused control sees them: arrows would move the
   * focus and Space press a button instead of stepping. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  /* In the window's style when the presentation starts. */
  self->source = SHUMATE_MAP_SOURCE (sitrep_map_source_new_styled (sitrep_map_source_style_for_display ()));
  shumate_map_set_map_source (self->map, self->source);
  viewport = shumate_map_get_viewport (self->map);
  shumate_viewport_set_min_zoom_level (viewport, 2);
  shumate_viewport_set_max_zoom_level (viewport, SITREP_BASEMAP_MAX_ZOOM);
  /* In libshumate 1.0 the map does not draw its source: a layer does. */
  shumate_map_add_layer (self->map, SHUMATE_LAYER (shumate_map_layer_new (self->source, viewport)));
  license = shumate_license_new ();
  shumate_license_append_map_source (license, self->source);
  gtk_widget_set_halign (GTK_WIDGET (license), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (license), GTK_ALIGN_END);
  gtk_overlay_add_overlay (self->overlay, GTK_WIDGET (license));
  self->license = license;
  self->points = sitrep_map_points_layer_new (viewport);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->points));
  shumate_map_go_to_full_with_duration (self->map, 35.0, 38.5, 6.0, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->map), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"), -1);
}

/* Public API */

/* Edits of the steps' events: their points, strip marks and cards follow. */
static void
on_index_entries_changed (SitrepEventIndex   *index,
                          const gint64       *ids,
                          guint               n_ids,
                          SitrepPresentation *self)
{
  gboolean current = FALSE, any = FALSE;

  for (guint i = 0; i < self->ids->len; i++)
    for (guint k = 0; k < n_ids; k++)
      if (g_array_index (self->ids, gint64, i) == ids[k])
        {
          any = TRUE;
          current = current || i == self->step;
          g_clear_pointer (&self->cards->pdata[i], sitrep_story_card_free);
        }
  if (!any)
    return;
  load_points (self);
  if (current)
    show_step (self, FALSE);
}

static void
on_index_reset (SitrepPresentation *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    g_clear_pointer (&self->cards->pdata[i], sitrep_story_card_free);
  load_points (self);
  show_step (self, FALSE);
}

static SitrepPresentation *
present (GtkWindow         *parent,
         SitrepStore       *store,
         SitrepEventIndex  *index,
         const char        *story,
         GError           **error)
{
  g_autoptr(SitrepPresentation) self = NULL;
  g_autoptr(GArray) ids = NULL;

  ids = sitrep_story_get_event_ids (store, story, error);
  if (ids == NULL)
    return NULL;

  self = g_object_new (SITREP_TYPE_PRESENTATION,
                       "transient-for", parent,
                       NULL);
  g_object_ref_sink (self);
  self->store = g_object_ref (store);
  sitrep_event_index_follow (&self->index, index, self,
                             G_CALLBACK (on_index_reset),
                             G_CALLBACK (on_index_entries_changed));
  self->story = g_strdup (story);
  g_array_append_vals (self->ids, ids->data, ids->len);
  g_ptr_array_set_size (self->cards, ids->len);
  gtk_label_set_text (self->title_label, story != NULL ? story : _("All events in date order"));
  load_points (self);
  show_step (self, FALSE);

  return g_steal_pointer (&self);
}

/**
 * sitrep_presentation_new:
 *
 * Reads the steps and the first card; fails when the story cannot be read.
 */
SitrepPresentation *
sitrep_presentation_new (GtkWindow    *parent,
                         SitrepStore  *store,
                         const char   *story,
                         GError      **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  return present (parent, store, NULL, story, error);
}

/**
 * sitrep_presentation_new_for_index:
 *
 * As sitrep_presentation_new(), on the store of @index, whose entries
 * place the steps on the map and the strip; the presentation follows it as
 * events are edited.
 */
SitrepPresentation *
sitrep_presentation_new_for_index (GtkWindow         *parent,
                                   SitrepEventIndex  *index,
                                   const char        *story,
                                   GError           **error)
{
  g_return_val_if_fail (SITREP_IS_EVENT_INDEX (index), NULL);

  return present (parent, sitrep_event_index_get_store (index), index, story, error);
}


gboolean
sitrep_presentation_set_range (SitrepPresentation  *self,
                               guint32              first,
                               guint32              last,
                               GError             **error)
{
  g_autoptr(GArray) kept = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), FALSE);

  kept = sitrep_timeline_filter_ids (self->store, (const gint64 *) (gpointer) self->ids->data, self->ids->len,
                                     first, last, error);
  if (kept == NULL)
    return FALSE;
  if (kept->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No incident of this presentation falls in the chosen dates; clear the range to present them all"));
      return FALSE;
    }

  g_array_set_size (self->ids, 0);
  g_array_append_vals (self->ids, kept->data, kept->len);
  g_ptr_array_set_size (self->cards, 0);
  g_ptr_array_set_size (self->cards, kept->len);
  from = sitrep_timeline_format_day (first);
  to = sitrep_timeline_format_day (last);
  /* Translators: the presentation's title when a date range is chosen: story, first day, last day */
  title = g_strdup_printf (_("%s, %s to %s"), self->story != NULL ? self->story : _("All events in date order"),
                           from, to);
  gtk_label_set_text (self->title_label, title);
  self->step = 0;
  load_points (self);
  show_step (self, FALSE);

  return TRUE;
}

guint
sitrep_presentation_get_n_steps (SitrepPresentation *self)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), 0);

  return self->ids->len;
}

guint
sitrep_presentation_get_step (SitrepPresentation *self)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), 0);

  return self->step;
}

void
sitrep_presentation_set_step (SitrepPresentation *self,
                              guint               step)
{
  g_return_if_fail (SITREP_IS_PRESENTATION (self));

  if (self->ids->len == 0)
    return;
  step = MIN (step, self->ids->len - 1);
  if (step == self->step)
    return;
  self->step = step;
  show_step (self, gtk_widget_get_mapped (GTK_WIDGET (self)));
}

gint64
sitrep_presentation_get_event (SitrepPresentation *self)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), 0);

  return self->step < self->ids->len ? g_array_index (self->ids, gint64, self->step) : 0;
}

const char *
sitrep_presentation_get_card_text (SitrepPresentation *self,
                                   const char         *field)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "date"))
    return gtk_label_get_text (self->date_label);
  if (g_str_equal (field, "place"))
    return gtk_label_get_text (self->place_label);
  if (g_str_equal (field, "headline"))
    return gtk_label_get_text (self->headline_label);
  if (g_str_equal (field, "figures"))
    return gtk_label_get_text (self->figures_label);
  if (g_str_equal (field, "quote"))
    return gtk_label_get_text (self->quote_label);

  return NULL;
}

gboolean
sitrep_presentation_get_card_visible (SitrepPresentation *self)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), FALSE);

  return self->card_visible;
}

gboolean
sitrep_presentation_get_strip_visible (SitrepPresentation *self)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), FALSE);

  return self->strip_visible;
}

/**
 * sitrep_presentation_get_flying:
 *
 * Whether the map is on its way to the current step (waiting for its tiles
 * or flying).
 */
gboolean
sitrep_presentation_get_flying (SitrepPresentation *self)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), FALSE);

  return self->flight != NULL;
}

/**
 * sitrep_presentation_get_ready:
 *
 * Whether the map rests on the current step with the way to the next one
 * drawn: the next step will fly at once.
 */
gboolean
sitrep_presentation_get_ready (SitrepPresentation *self)
{
  g_return_val_if_fail (SITREP_IS_PRESENTATION (self), FALSE);

  return self->map_width > 0 && self->flight == NULL && self->drawing == NULL &&
         self->settle_idle_id == 0 && self->land_idle_id == 0;
}

/**
 * sitrep_presentation_get_flight_stats:
 * @n_flights: (out) (optional): flights flown
 * @n_late_tiles: (out) (optional): tiles the map had to wait for during
 *   them (each blank for at least a frame)
 * @n_tiles: (out) (optional): the tiles along the last flight
 * @wait_ms: (out) (optional): how long the last flight waited for its tiles
 */
void
sitrep_presentation_get_flight_stats (SitrepPresentation *self,
                                      guint              *n_flights,
                                      guint              *n_late_tiles,
                                      guint              *n_tiles,
                                      double             *wait_ms)
{
  g_return_if_fail (SITREP_IS_PRESENTATION (self));

  if (n_flights != NULL)
    *n_flights = self->n_flights;
  if (n_late_tiles != NULL)
    *n_late_tiles = self->n_late_tiles;
  if (n_tiles != NULL)
    *n_tiles = self->n_tiles;
  if (wait_ms != NULL)
    *wait_ms = self->wait_us / 1000.0;
}

/* Benchmarks compare with flights whose tiles are not drawn ahead. */
void
sitrep_presentation_set_prefetch (SitrepPresentation *self,
                                  gboolean            prefetch)
{
  g_return_if_fail (SITREP_IS_PRESENTATION (self));

  self->prefetch = prefetch;
  if (!prefetch)
    _sitrep_presentation_stop_drawing (self);
}
