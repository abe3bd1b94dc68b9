/* sitrep-feeds-checker.c — a window's feed checks: on demand and every N minutes
 *
 * One checker per window, kept as the window's data so it lives and dies
 * with it. Checks run in core's sitrep_feeds_check_async; the periodic
 * check follows the GSettings key feeds-check-interval (minutes, 0: off).
 *
 * It also marks read the articles feeds brought once the user reads them:
 * an article the user moves to in the window and stays on for a moment
 * (so that running through the list with the arrow keys marks nothing,
 * and neither does the article the window picks by itself when a project
 * opens or the list first fills).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-feeds"

#include "config.h"

#include <glib/gi18n.h>

#include "sitrep-feeds.h"
#include "sitrep-feeds-private.h"
#include "sitrep-window.h"
#include "sitrep-feeds-checker.h"

#define CHECKER_KEY "sitrep-feeds-checker"

struct _SitrepFeedsChecker
{
  GObject       parent_instance;

  GtkWidget    *window;        /* not owned: the checker is the window's data */
  GSettings    *settings;
  GCancellable *cancellable;   /* while a check runs */

  guint         timer_id;
  guint         minute_ms;
  guint         pause_ms;
  double        fraction;
  char         *status;
  char         *report;
  guint         n_checks;

  /* reading: the article the window shows, marked read after a moment */
  gint64        shown_id;
  SitrepStore  *shown_store;   /* weak: a project closed since is not the one shown */
  guint         read_id;
  guint         read_delay_ms;
};

enum { PROP_0, PROP_BUSY, PROP_FRACTION, PROP_STATUS, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { SIGNAL_FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepFeedsChecker, sitrep_feeds_checker, G_TYPE_OBJECT)

static void
set_progress (SitrepFeedsChecker *self,
              double              fraction,
              const char         *status)
{
  if (self->fraction != fraction)
    {
      self->fraction = fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
  if (g_strcmp0 (self->status, status) != 0)
    {
      g_free (self->status);
      self->status = g_strdup (status);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

static void
on_feed_started (guint       index,
                 guint       total,
                 const char *feed_title,
                 gpointer    user_data)
{
  SitrepFeedsChecker *self = user_data;
  g_autofree char *status = NULL;

  if (self->cancellable == NULL)
    return;
  status = g_strdup_printf (_("Checking feed %u of %u: %s"), index + 1, total, feed_title);
  set_progress (self, (double) index / MAX (total, 1), status);
}

static void
append_item_line (GString               *report,
                  SitrepFeedItemOutcome *item)
{
  if (item->article_id > 0)
    g_string_append_printf (report, _("%s: %s: imported"), item->feed_title, item->item_link);
  else if (item->article_id < 0)
    g_string_append_printf (report, _("%s: %s: already in the project"), item->feed_title, item->item_link);
  else
    g_string_append_printf (report, _("%s: %s: %s"), item->feed_title, item->item_link,
                            item->message != NULL ? item->message : _("could not be imported"));
  g_string_append_c (report, '\n');
}

static void
on_check_done (GObject      *object,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(SitrepFeedsChecker) self = data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint added = 0;

  if (!sitrep_feeds_check_finish (SITREP_STORE (object), result, &added, &items, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_string_append_printf (report, "%s\n", error->message);
  for (guint i = 0; items != NULL && i < items->len; i++)
    append_item_line (report, items->pdata[i]);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_string_append (report, _("Cancelled: the items not listed above were not imported.\n"));

  g_clear_object (&self->cancellable);
  g_free (self->report);
  self->report = g_string_free (g_steal_pointer (&report), FALSE);
  g_strchomp (self->report);
  self->n_checks++;
  set_progress (self, 0.0, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  if (added > 0 && self->window != NULL)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'d new article from the feeds",
                                                            "%'d new articles from the feeds", added),
                                             (int) added);

      sitrep_window_show_toast (SITREP_WINDOW (self->window), text);
    }
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, (int) added);
}

static gboolean
on_timer (gpointer data)
{
  SitrepFeedsChecker *self = data;
  SitrepStore *store = self->window != NULL ? sitrep_window_get_store (SITREP_WINDOW (self->window)) : NULL;
  g_autoptr(GPtrArray) feeds = store != NULL ? sitrep_feeds_list (store, NULL) : NULL;

  /* nothing to do is not worth a thread */
  if (feeds != NULL && feeds->len > 0)
    sitrep_feeds_checker_start (self);
  return G_SOURCE_CONTINUE;
}

static void
schedule (SitrepFeedsChecker *self)
{
  guint minutes = g_settings_get_uint (self->settings, "feeds-check-interval");

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (minutes > 0)
    self->timer_id = g_timeout_add ((guint) MIN ((guint64) minutes * self->minute_ms, G_MAXUINT), on_timer, self);
}

static void
on_interval_changed (SitrepFeedsChecker *self)
{
  schedule (self);
}

static gboolean
on_read_timeout (gpointer data)
{
  SitrepFeedsChecker *self = data;
  SitrepStore *store = self->window != NULL ? sitrep_window_get_store (SITREP_WINDOW (self->window)) : NULL;
  g_autoptr(GError) error = NULL;

  self->read_id = 0;
  if (store == NULL || store != self->shown_store || sitrep_store_is_read_only (store) ||
      sitrep_window_get_selected_id (SITREP_WINDOW (self->window)) != self->shown_id)
    return G_SOURCE_REMOVE;
  if (!sitrep_feeds_mark_read (store, self->shown_id, NULL, &error))
    sitrep_window_show_toast (SITREP_WINDOW (self->window), error->message);
  return G_SOURCE_REMOVE;
}

/* The window shows another article (or the same one's status changed). */
static void
on_window_article (SitrepFeedsChecker *self)
{
  SitrepStore *store = sitrep_window_get_store (SITREP_WINDOW (self->window));
  gint64 id = sitrep_window_get_selected_id (SITREP_WINDOW (self->window));
  gboolean moved;

  if (id == self->shown_id && store == self->shown_store)
    return;
  /* the user moved from one article to another of the same project */
  moved = id != 0 && self->shown_id != 0 && store != NULL && store == self->shown_store;
  self->shown_id = id;
  g_set_weak_pointer (&self->shown_store, store);
  g_clear_handle_id (&self->read_id, g_source_remove);
  if (moved)
    self->read_id = g_timeout_add (self->read_delay_ms, on_read_timeout, self);
}

/* The window is going: its checks stop now, not when the last running one lets go. */
static void
destroy_checker (gpointer data)
{
  g_object_run_dispose (data);
  g_object_unref (data);
}

static void
sitrep_feeds_checker_dispose (GObject *object)
{
  SitrepFeedsChecker *self = SITREP_FEEDS_CHECKER (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->read_id, g_source_remove);
  g_clear_weak_pointer (&self->shown_store);
  g_clear_object (&self->settings);
  self->window = NULL;
  G_OBJECT_CLASS (sitrep_feeds_checker_parent_class)->dispose (object);
}

static void
sitrep_feeds_checker_finalize (GObject *object)
{
  SitrepFeedsChecker *self = SITREP_FEEDS_CHECKER (object);

  g_clear_object (&self->cancellable);
  g_free (self->status);
  g_free (self->report);
  G_OBJECT_CLASS (sitrep_feeds_checker_parent_class)->finalize (object);
}

static void
sitrep_feeds_checker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SitrepFeedsChecker *self = SITREP_FEEDS_CHECKER (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->cancellable != NULL);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_feeds_checker_class_init (SitrepFeedsCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_feeds_checker_dispose;
  object_class->finalize = sitrep_feeds_checker_finalize;
  object_class->get_property = sitrep_feeds_checker_get_property;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* a check ended (finished or cancelled), with the number of new articles */
  signals[SIGNAL_FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
sitrep_feeds_checker_init (SitrepFeedsChecker *self)
{
  self->minute_ms = 60 * 1000;
  self->pause_ms = 1000;
  self->read_delay_ms = 800;
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::feeds-check-interval", G_CALLBACK (on_interval_changed),
                           self, G_CONNECT_SWAPPED);
}

SitrepFeedsChecker *
sitrep_feeds_checker_get_for_window (GtkWidget *window)
{
  SitrepFeedsChecker *self;

  g_return_val_if_fail (SITREP_IS_WINDOW (window), NULL);

  self = g_object_get_data (G_OBJECT (window), CHECKER_KEY);
  if (self != NULL)
    return self;
  self = g_object_new (SITREP_TYPE_FEEDS_CHECKER, NULL);
  self->window = window;
  g_object_set_data_full (G_OBJECT (window), CHECKER_KEY, self, destroy_checker);
  g_set_weak_pointer (&self->shown_store, sitrep_window_get_store (SITREP_WINDOW (window)));
  self->shown_id = sitrep_window_get_selected_id (SITREP_WINDOW (window));
  g_signal_connect_object (window, "notify::article-status", G_CALLBACK (on_window_article), self,
                           G_CONNECT_SWAPPED);
  schedule (self);
  return self;
}

gboolean
sitrep_feeds_checker_start (SitrepFeedsChecker *self)
{
  return sitrep_feeds_checker_start_feed (self, 0);
}

gboolean
sitrep_feeds_checker_start_feed (SitrepFeedsChecker *self,
                                 gint64              feed_id)
{
  SitrepStore *store;

  g_return_val_if_fail (SITREP_IS_FEEDS_CHECKER (self), FALSE);

  store = self->window != NULL ? sitrep_window_get_store (SITREP_WINDOW (self->window)) : NULL;
  if (self->cancellable != NULL || store == NULL || sitrep_store_is_read_only (store))
    return FALSE;
  self->cancellable = sitrep_window_new_cancellable (SITREP_WINDOW (self->window));
  set_progress (self, 0.0, _("Checking the feeds…"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  sitrep_feeds_check_async (store, feed_id, self->pause_ms, on_feed_started, g_object_ref (self), g_object_unref,
                            self->cancellable, on_check_done, g_object_ref (self));
  return TRUE;
}

void
sitrep_feeds_checker_cancel (SitrepFeedsChecker *self)
{
  g_return_if_fail (SITREP_IS_FEEDS_CHECKER (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
sitrep_feeds_checker_is_busy (SitrepFeedsChecker *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_CHECKER (self), FALSE);
  return self->cancellable != NULL;
}

const char *
sitrep_feeds_checker_get_report (SitrepFeedsChecker *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_CHECKER (self), NULL);
  return self->report;
}

guint
sitrep_feeds_checker_get_n_checks (SitrepFeedsChecker *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_CHECKER (self), 0);
  return self->n_checks;
}

void
_sitrep_feeds_checker_set_timing (SitrepFeedsChecker *self,
                                  guint               minute_ms,
                                  guint               pause_ms)
{
  g_return_if_fail (SITREP_IS_FEEDS_CHECKER (self));

  self->minute_ms = MAX (minute_ms, 1);
  self->pause_ms = pause_ms;
  schedule (self);
}

void
_sitrep_feeds_checker_set_read_delay (SitrepFeedsChecker *self,
                                      guint               delay_ms)
{
  g_return_if_fail (SITREP_IS_FEEDS_CHECKER (self));

  self->read_delay_ms = delay_ms;
}

gint64
_sitrep_feeds_checker_get_read_pending (SitrepFeedsChecker *self)
{
  g_return_val_if_fail (SITREP_IS_FEEDS_CHECKER (self), 0);

  return self->read_id != 0 ? self->shown_id : 0;
}
