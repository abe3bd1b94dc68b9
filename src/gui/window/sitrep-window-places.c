/* sitrep-window-places.c — the map pane's places: the article's places through the gazetteer, pins, GeoNames dumps, placing events
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sitrep-gazetteer.h"
#include "sitrep-place-chooser.h"
#include "sitrep-store-gazetteer.h"
#include "sitrep-window-private.h"
#include "sitrep-window-test-private.h"

static SitrepGazetteer *
ensure_gazetteer (SitrepWindow *self)
{
  SitrepWindowMap *map = self->map;

  if (map->gazetteer == NULL && self->store != NULL && !map->gazetteer_failed)
    {
      g_autoptr(GError) error = NULL;

      map->gazetteer = sitrep_gazetteer_new (self->store, &error);
      /* Told once: the map then shows its places unplaced. */
      if (map->gazetteer == NULL)
        {
          map->gazetteer_failed = TRUE;
          _sitrep_window_show_error_toast (self, error);
        }
    }

  return map->gazetteer;
}

/* Places of the current article */

/* What a lookup with no sure match is remembered by: the entity's id and
 * its name. An id alone came back for another place: after an undo took a
 * place away, the next new one gets its id, and "Jassim" was taken for the
 * "ISIS" found nowhere before it, and never looked up. */
static char *
tried_key (SitrepEntity *entity)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "\t%s", sitrep_entity_get_id (entity), sitrep_entity_get_name (entity));
}

static void
free_place_ptr (gpointer data)
{
  sitrep_gazetteer_place_free (data);
}

static SitrepGazetteerPlace *
place_of_entity (SitrepEntity *entity)
{
  SitrepGazetteerPlace *place = sitrep_gazetteer_place_new ();

  place->name = g_strdup (sitrep_entity_get_name (entity));
  place->latitude = sitrep_entity_get_latitude (entity);
  place->longitude = sitrep_entity_get_longitude (entity);
  place->admin1_name = g_strdup (sitrep_entity_get_admin1 (entity));
  place->country = g_strdup (sitrep_entity_get_country (entity));
  place->context_km = -1;

  return place;
}

/* Looks @entity up in the gazetteer and links the best sure candidate.
 * Returns the best candidate (doubtful or not, to show greyed), or NULL. */
static SitrepGazetteerPlace *
geocode_entity (SitrepWindow *self,
                SitrepEntity *entity,
                const char   *context,
                gboolean      writable,
                gboolean     *linked)
{
  SitrepGazetteer *gazetteer = ensure_gazetteer (self);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  SitrepGazetteerPlace *best;
  gint64 id = sitrep_entity_get_id (entity);

  *linked = FALSE;
  if (gazetteer == NULL)
    return NULL;

  candidates = sitrep_gazetteer_lookup (gazetteer, sitrep_entity_get_name (entity), context, &error);
  if (candidates == NULL || candidates->len == 0)
    {
      g_hash_table_add (self->map->tried, tried_key (entity));
      return NULL;
    }

  best = candidates->pdata[0];
  /* Only the top candidate, and only when it is not doubtful: a second-best
   * that happens to be sure is still a guess. */
  if (!best->doubtful && writable)
    {
      g_autofree char *gid = g_strdup_printf ("geonames:%" G_GINT64_FORMAT, best->geonameid);

      if (sitrep_store_set_entity_place (self->store, id, best->latitude, best->longitude,
                                         best->admin1_name, best->country, gid, &error))
        *linked = TRUE;
      else
        _sitrep_window_show_error_toast (self, error);
    }
  else if (writable)
    g_hash_table_add (self->map->tried, tried_key (entity));

  return sitrep_gazetteer_place_copy (best);
}

/* Links a place span nobody linked as the chooser would by default. Linked
 * to a place written otherwise ("Jasim" to the known "Jassim"), the user
 * is told which, in *@told, and may change it: a silent link of another
 * spelling was a place the coder never chose. */
static gint64
link_place_span (SitrepWindow      *self,
                 SitrepAnnotation  *annotation,
                 char             **told)
{
  g_autoptr(SitrepEntity) entity = NULL;
  g_autofree char *text = g_strstrip (g_strdup (sitrep_annotation_get_text (annotation)));
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gint64 id = sitrep_store_link_mention (self->store, sitrep_annotation_get_id (annotation), "place", NULL);

  if (id == 0 || *told != NULL || (entity = sitrep_store_get_entity (self->store, id, NULL)) == NULL)
    return id;
  a = g_utf8_casefold (text, -1);
  b = g_utf8_casefold (sitrep_entity_get_name (entity), -1);
  if (g_strcmp0 (a, b) != 0)
    {
      /* Translators: after a place name was linked by itself to a known place
       * written otherwise; the first %s is the name as written, the second the place's name */
      *told = g_strdup_printf (_("“%s” linked to the place “%s”"), text, sitrep_entity_get_name (entity));
      self->map->told_span = sitrep_annotation_get_id (annotation);
      self->map->told_entity = id;
    }
  return id;
}

static void
refresh_places (SitrepWindow *self)
{
  SitrepWindowMap *map = self->map;
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (free_place_ptr);
  g_autoptr(GArray) place_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (SitrepMapPlaceRow));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GHashTable) place_labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *body = NULL;
  g_autofree char *other_spelling = NULL;
  SitrepPlacesWrite write;
  gboolean writable;

  map->places_dirty = FALSE;
  write = map->places_write;
  map->places_write = SITREP_PLACES_WRITE_OWN_STEP;
  writable = write != SITREP_PLACES_WRITE_NOTHING && _sitrep_window_has_writable_store (self);

  if (self->store != NULL && self->current_id != 0)
    {
      labels = sitrep_store_list_labels (self->store, NULL);
      annotations = sitrep_store_list_annotations (self->store, self->current_id, 0, NULL);
    }

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    if (g_strcmp0 (sitrep_label_get_kind (labels->pdata[i]), "place") == 0)
      {
        gint64 id = sitrep_label_get_id (labels->pdata[i]);

        g_hash_table_add (place_labels, g_memdup2 (&id, sizeof id));
      }

  /* What the map links and places by itself for this article is one undo step. */
  if (writable && write == SITREP_PLACES_WRITE_JOIN_LAST)
    sitrep_store_join_last_group (self->store, _("Place the article’s places on the map"));
  else if (writable)
    sitrep_store_begin_group (self->store, _("Place the article’s places on the map"));

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    {
      SitrepAnnotation *annotation = annotations->pdata[i];
      gint64 label_id = sitrep_annotation_get_label_id (annotation);
      gint64 entity_id = sitrep_annotation_get_entity_id (annotation);
      g_autoptr(SitrepEntity) entity = NULL;
      SitrepGazetteerPlace *place = NULL;
      g_autofree char *key = NULL;
      SitrepMapPlaceRow row = { 0 };
      gboolean linked = FALSE;

      if (!g_hash_table_contains (place_labels, &label_id))
        continue;

      /* A place span nobody linked yet is linked as the chooser would by default. */
      if (entity_id == 0 && writable)
        entity_id = link_place_span (self, annotation, &other_spelling);
      if (entity_id == 0 || g_hash_table_contains (seen, &entity_id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&entity_id, sizeof entity_id));

      entity = sitrep_store_get_entity (self->store, entity_id, NULL);
      if (entity == NULL)
        continue;

      if (!isnan (sitrep_entity_get_latitude (entity)) && !isnan (sitrep_entity_get_longitude (entity)))
        place = place_of_entity (entity);
      else if (!g_hash_table_contains (map->tried, (key = tried_key (entity))))
        {
          if (body == NULL)
            body = sitrep_store_get_article_body (self->store, self->current_id, NULL);
          place = geocode_entity (self, entity, body, writable, &linked);
          /* The store now has the coordinates: entities-changed redraws. */
        }

      row.entity_id = entity_id;
      row.name = sitrep_entity_get_name (entity);
      g_ptr_array_add (strings, g_strdup (row.name));
      row.name = g_ptr_array_index (strings, strings->len - 1);
      if (place != NULL && (linked || !isnan (sitrep_entity_get_latitude (entity))))
        {
          row.placed = TRUE;
          row.detail = place->admin1_name != NULL ? place->admin1_name : place->country;
        }
      else if (place != NULL)
        row.detail = _("Doubtful match — choose where it is");
      else
        row.detail = _("Not found — choose or pin it on the map");
      if (row.detail != NULL)
        {
          g_ptr_array_add (strings, g_strdup (row.detail));
          row.detail = g_ptr_array_index (strings, strings->len - 1);
        }
      g_array_append_val (rows, row);

      if (place != NULL)
        {
          place->doubtful = !row.placed;
          g_ptr_array_add (places, place);
          g_array_append_val (place_ids, entity_id);
        }
    }

  if (writable)
    sitrep_store_end_group (self->store);
  if (other_spelling != NULL)
    sitrep_window_show_toast_with_button (self, other_spelling, _("_Change…"), "win.choose-entity",
                                          g_variant_new ("(xx)", map->told_span, map->told_entity));

  sitrep_map_view_set_places (self->map_view, places, (const gint64 *) (gpointer) place_ids->data);
  sitrep_map_view_set_place_rows (self->map_view, (const SitrepMapPlaceRow *) (gpointer) rows->data,
                                  rows->len);
}

static gboolean
refresh_places_idle (gpointer data)
{
  SitrepWindow *self = data;

  self->map->places_idle = 0;
  refresh_places (self);

  return G_SOURCE_REMOVE;
}

void
_sitrep_window_places_queue_refresh_writing (SitrepWindow      *self,
                                             SitrepPlacesWrite  write)
{
  self->map->places_write = MAX (self->map->places_write, write);
  _sitrep_window_places_queue_refresh (self);
}

void
_sitrep_window_places_queue_refresh (SitrepWindow *self)
{
  self->map->places_dirty = TRUE;
  /* A new place span is linked and placed with the edit that made it, the
   * map shown or not: later, it would join whatever edit came last. */
  if (self->map->places_idle == 0 &&
      (_sitrep_window_map_shown (self) || self->map->places_write == SITREP_PLACES_WRITE_JOIN_LAST))
    self->map->places_idle = g_idle_add (refresh_places_idle, self);
}

gboolean
sitrep_window_get_places_queued (SitrepWindow *self)
{
  g_return_val_if_fail (SITREP_IS_WINDOW (self), FALSE);

  return self->map != NULL && self->map->places_idle != 0;
}

/* Pins */

void
_sitrep_window_places_pin_at (SitrepWindow *self,
                              double        latitude,
                              double        longitude)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEntity) entity = NULL;
  g_autofree char *toast = NULL;
  gint64 id = self->map->pin_entity;

  if (id == 0 || self->store == NULL)
    return;
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)
    {
      sitrep_window_show_toast (self, _("That is not a place on Earth: click on the map"));
      return;
    }

  self->map->pin_entity = 0;
  sitrep_map_view_set_pin_prompt (self->map_view, NULL);
  if (!sitrep_store_set_entity_place (self->store, id, latitude, longitude, NULL, NULL, NULL, &error))
    {
      sitrep_window_show_toast (self, error->message);
      return;
    }
  entity = sitrep_store_get_entity (self->store, id, NULL);
  /* Translators: after pinning a place by hand; %s is its name */
  toast = g_strdup_printf (_("“%s” pinned: later mentions use this place"),
                           entity != NULL ? sitrep_entity_get_name (entity) : "");
  sitrep_window_show_undo_toast (self, toast);
}

/* Actions */

/* win.choose-entity ((xx): annotation, entity): the entity chooser on an
 * annotation, as Link to Entity in the reader opens it, from the toast of
 * a span linked by itself to @entity. A toast outlives what it tells: once
 * the span is undone, its id comes back for the next one, and Change…
 * opened the chooser on other words; a span no longer linked to @entity is
 * not the one the toast meant. */
static void
choose_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(SitrepAnnotation) annotation = NULL;
  gint64 id, entity;

  g_variant_get (param, "(xx)", &id, &entity);
  if (self->store == NULL || (annotation = sitrep_store_get_annotation (self->store, id, NULL)) == NULL ||
      sitrep_annotation_get_entity_id (annotation) != entity)
    {
      sitrep_window_show_toast (self, _("Those words are no longer linked as the message said: they were "
                                        "relabelled, unlinked or undone since."));
      return;
    }
  if (sitrep_annotation_get_article_id (annotation) != self->current_id)
    return;
  sitrep_reader_select_annotation (self->reader, id, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->reader), "reader.link-entity", NULL);
}

static void
choose_place_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autofree char *body = NULL;
  GtkWidget *chooser;

  if (self->store == NULL || ensure_gazetteer (self) == NULL)
    return;

  if (self->current_id != 0)
    body = sitrep_store_get_article_body (self->store, self->current_id, NULL);
  chooser = sitrep_place_chooser_new (self->store, self->map->gazetteer, g_variant_get_int64 (param), body);
  gtk_window_set_transient_for (GTK_WINDOW (chooser), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
pin_place_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  g_autoptr(SitrepEntity) entity = NULL;
  g_autofree char *prompt = NULL;
  gint64 id = g_variant_get_int64 (param);

  if (!_sitrep_window_has_writable_store (self))
    return;
  entity = sitrep_store_get_entity (self->store, id, NULL);
  if (entity == NULL)
    return;

  if (!gtk_toggle_button_get_active (self->map_button))
    gtk_toggle_button_set_active (self->map_button, TRUE);
  self->map->pin_entity = id;
  /* Translators: shown over the map while pinning; %s is a place name */
  prompt = g_strdup_printf (_("Click the map where “%s” is"), sitrep_entity_get_name (entity));
  sitrep_map_view_set_pin_prompt (self->map_view, prompt);
}

static void
pin_at_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  double latitude, longitude;

  g_variant_get (param, "(dd)", &latitude, &longitude);
  _sitrep_window_places_pin_at (SITREP_WINDOW (widget), latitude, longitude);
}

static void
cancel_pin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  self->map->pin_entity = 0;
  sitrep_map_view_set_pin_prompt (self->map_view, NULL);
}

static void
cancel_map_task_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (self->map->task_cancellable != NULL)
    g_cancellable_cancel (self->map->task_cancellable);
}

/* Loading a GeoNames dump */

static void
on_gazetteer_progress (guint64  lines,
                       guint64  bytes,
                       guint64  total_bytes,
                       gpointer user_data)
{
  SitrepWindow *self = user_data;
  g_autofree char *n = _sitrep_window_format_count (lines);
  g_autofree char *text = g_strdup_printf (_("Loading places… %s lines"), n);

  sitrep_map_view_set_progress (self->map_view, text, total_bytes > 0 ? (double) bytes / total_bytes : -1);
}

static void
on_gazetteer_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SitrepWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  guint64 n_loaded = 0, n_skipped = 0;

  g_clear_object (&self->map->task_cancellable);
  if (self->map_view == NULL)
    return;
  sitrep_map_view_set_progress (self->map_view, NULL, 0);
  _sitrep_window_places_update_actions (self);

  if (!sitrep_gazetteer_load_file_finish (result, &n_loaded, &n_skipped, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sitrep_window_show_toast (self, _("Loading places cancelled: nothing was added"));
      else
        sitrep_window_show_toast (self, error->message);
      return;
    }

  /* The gazetteer reads loaded places when it is made: make it again. */
  g_clear_object (&self->map->gazetteer);
  self->map->gazetteer_failed = FALSE;
  g_hash_table_remove_all (self->map->tried);
  _sitrep_window_places_queue_refresh (self);

  {
    g_autofree char *loaded = _sitrep_window_format_count (n_loaded);
    g_autofree char *skipped = _sitrep_window_format_count (n_skipped);
    g_autofree char *toast = NULL;

    if (n_skipped > 0)
      /* Translators: after loading a GeoNames file: "12,345 places loaded · 3 lines skipped" */
      toast = g_strdup_printf (_("%s places loaded · %s lines skipped"), loaded, skipped);
    else
      toast = g_strdup_printf (_("%s places loaded"), loaded);
    sitrep_window_show_toast (self, toast);
  }
}

static void
load_gazetteer_file (SitrepWindow *self,
                     GFile        *file)
{
  if (!_sitrep_window_has_writable_store (self) || self->map->task_cancellable != NULL)
    return;

  self->map->task_cancellable = sitrep_window_new_cancellable (self);
  _sitrep_window_places_update_actions (self);
  if (!gtk_toggle_button_get_active (self->map_button))
    gtk_toggle_button_set_active (self->map_button, TRUE);
  sitrep_map_view_set_progress (self->map_view, _("Loading places…"), 0);
  sitrep_gazetteer_load_file_async (self->store, file, on_gazetteer_progress, self, NULL,
                                    self->map->task_cancellable, on_gazetteer_loaded, g_object_ref (self));
}

static void
on_gazetteer_chooser_response (GtkNativeDialog *chooser,
                               int              response,
                               SitrepWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        load_gazetteer_file (self, file);
    }
  g_object_unref (chooser);
}

static void
load_gazetteer_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Load GeoNames File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Load"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  _sitrep_window_start_in_project_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_filter_set_name (filter, _("GeoNames dumps (cities500.txt, SY.txt, allCountries.txt)"));
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (on_gazetteer_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
load_gazetteer_path_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  load_gazetteer_file (SITREP_WINDOW (widget), file);
}

/* Placing unplaced events through the gazetteer, by core on a worker thread */

static void
on_place_progress (guint                        done,
                   guint                        total,
                   const SitrepPlacementCounts *counts,
                   gpointer                     user_data)
{
  SitrepWindow *self = user_data;
  g_autofree char *text = NULL;

  if (self->map_view == NULL || self->map->task_cancellable == NULL)
    return;
  /* Translators: progress of Place Unplaced Events: events looked up of all, then what was found */
  text = g_strdup_printf (_("Placing events… %'u of %'u looked up: %'u placed, %'u doubtful, %'u not found"),
                          done, total, counts->n_placed, counts->n_doubtful, counts->n_unplaced);
  sitrep_map_view_set_progress (self->map_view, text, total > 0 ? (double) done / total : 0);
}

static char *
placed_message (const SitrepPlacementCounts *counts)
{
  if (counts->n_named == 0)
    return g_strdup (_("No unplaced event names a place to look up"));
  if (counts->n_placed == counts->n_named)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u event placed", "%'u events placed",
                                         counts->n_placed),
                            counts->n_placed);
  /* Translators: after Place Unplaced Events; the plural follows the second number */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%'u of %'u event placed; choose the other places by hand "
                                       "(%'u doubtful, %'u not found)",
                                       "%'u of %'u events placed; choose the other places by hand "
                                       "(%'u doubtful, %'u not found)",
                                       counts->n_named),
                          counts->n_placed, counts->n_named, counts->n_doubtful, counts->n_unplaced);
}

static void
on_events_placed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SitrepWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  SitrepPlacementCounts counts = { 0 };
  gboolean ok;

  ok = sitrep_store_place_unplaced_events_finish (SITREP_STORE (source), result, &counts, &error);
  g_clear_object (&self->map->task_cancellable);
  if (self->map_view == NULL)
    return;
  sitrep_map_view_set_progress (self->map_view, NULL, 0);
  _sitrep_window_places_update_actions (self);

  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sitrep_window_show_toast (self, _("Placing events cancelled: nothing was changed"));
  else if (!ok)
    sitrep_window_show_toast (self, error->message);
  else
    {
      toast = placed_message (&counts);
      if (counts.n_placed > 0)
        sitrep_window_show_undo_toast (self, toast);
      else
        sitrep_window_show_toast (self, toast);
    }
}

static void
place_unplaced_events_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  SitrepWindow *self = SITREP_WINDOW (widget);

  if (!_sitrep_window_has_writable_store (self) || self->map->task_cancellable != NULL ||
      ensure_gazetteer (self) == NULL)
    return;

  self->map->task_cancellable = sitrep_window_new_cancellable (self);
  _sitrep_window_places_update_actions (self);
  if (!gtk_toggle_button_get_active (self->map_button))
    gtk_toggle_button_set_active (self->map_button, TRUE);
  sitrep_map_view_set_progress (self->map_view, _("Placing events…"), 0);
  sitrep_store_place_unplaced_events_async (self->store, self->map->gazetteer,
                                            on_place_progress, g_object_ref (self), g_object_unref,
                                            self->map->task_cancellable, on_events_placed,
                                            g_object_ref (self));
}

/* Window parts */

void
_sitrep_window_class_places_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.choose-place", "x", choose_place_action);
  gtk_widget_class_install_action (widget_class, "win.choose-entity", "(xx)", choose_entity_action);
  gtk_widget_class_install_action (widget_class, "win.pin-place", "x", pin_place_action);
  gtk_widget_class_install_action (widget_class, "win.pin-at", "(dd)", pin_at_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-pin", NULL, cancel_pin_action);
  gtk_widget_class_install_action (widget_class, "win.load-gazetteer", NULL, load_gazetteer_action);
  gtk_widget_class_install_action (widget_class, "win.load-gazetteer-path", "s", load_gazetteer_path_action);
  gtk_widget_class_install_action (widget_class, "win.place-unplaced-events", NULL,
                                   place_unplaced_events_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-map-task", NULL, cancel_map_task_action);
}

void
_sitrep_window_places_update_actions (SitrepWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = _sitrep_window_has_writable_store (self);
  gboolean busy = self->map->task_cancellable != NULL;

  gtk_widget_action_set_enabled (widget, "win.load-gazetteer", writable && !busy);
  gtk_widget_action_set_enabled (widget, "win.load-gazetteer-path", writable && !busy);
  gtk_widget_action_set_enabled (widget, "win.place-unplaced-events", writable && !busy);
  gtk_widget_action_set_enabled (widget, "win.cancel-map-task", busy);
  gtk_widget_action_set_enabled (widget, "win.pin-place", writable);
  gtk_widget_action_set_enabled (widget, "win.choose-place", self->store != NULL);
}
