/* sitrep-tile-fetch.c — one map tile from a tile server, within a deadline and a size, decoded
 * on a worker
 *
 * The network part is libsoup's asynchronous I/O on the caller's context;
 * the decoding runs on a worker (sitrep_tile_image_decode_async).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-basemap"

#include "config.h"

#include "sitrep-tile-server.h"

#define CHUNK_SIZE (64 * 1024)

typedef struct
{
  SoupMessage  *msg;
  GInputStream *stream;
  GByteArray   *data;
  GBytes       *bytes;         /* all of it, once read */
  GCancellable *cancellable;   /* cancelled by the deadline or the caller's cancel */
  GCancellable *outer;         /* the caller's, or NULL */
  gulong        cancel_id;
  GSource      *deadline;
  gboolean      timed_out;
  gsize         max_bytes;
  guint         max_size;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_clear_object (&fetch->msg);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->data, g_byte_array_unref);
  g_clear_pointer (&fetch->bytes, g_bytes_unref);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->outer);
  g_free (fetch);
}

/* Network work over (the deadline and the caller's cancel let go of). */
static void
fetch_over (Fetch *fetch)
{
  if (fetch->deadline != NULL)
    {
      g_source_destroy (fetch->deadline);
      g_clear_pointer (&fetch->deadline, g_source_unref);
    }
  if (fetch->cancel_id != 0)
    {
      g_cancellable_disconnect (fetch->outer, fetch->cancel_id);
      fetch->cancel_id = 0;
    }
}

static void
fetch_failed (GTask  *task,
              GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  fetch_over (fetch);
  if (fetch->timed_out && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                             "The tile did not arrive within the deadline");
  else
    g_task_return_error (task, g_error_copy (error));
  g_object_unref (task);
}

static void
on_decoded (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;
  cairo_surface_t *surface = sitrep_tile_image_decode_finish (result, &error);

  if (surface == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
  g_object_unref (task);
}

static void
on_chunk (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GBytes) chunk = NULL;
  g_autoptr(GError) error = NULL;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  if (chunk == NULL)
    {
      fetch_failed (task, error);
      return;
    }
  if (g_bytes_get_size (chunk) == 0)
    {
      if (fetch->data->len == 0)
        {
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "The tile server sent an empty tile");
          fetch_failed (task, error);
          return;
        }
      fetch_over (fetch);
      fetch->bytes = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->data));
      sitrep_tile_image_decode_async (fetch->bytes, fetch->max_size, g_task_get_cancellable (task), on_decoded,
                                      task);
      return;
    }
  if (fetch->data->len + g_bytes_get_size (chunk) > fetch->max_bytes)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "The tile is over %" G_GSIZE_FORMAT " bytes",
                   fetch->max_bytes);
      fetch_failed (task, error);
      return;
    }
  g_byte_array_append (fetch->data, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  g_input_stream_read_bytes_async (fetch->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT, fetch->cancellable, on_chunk,
                                   task);
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  goffset length;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (fetch->stream == NULL)
    {
      fetch_failed (task, error);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (fetch->msg)))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "The tile server answered HTTP %u",
                   soup_message_get_status (fetch->msg));
      fetch_failed (task, error);
      return;
    }
  /* Said up front: refused before a byte is read. */
  length = soup_message_headers_get_content_length (soup_message_get_response_headers (fetch->msg));
  if (length > 0 && (guint64) length > fetch->max_bytes)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   "The tile is of %" G_GOFFSET_FORMAT " bytes", length);
      fetch_failed (task, error);
      return;
    }
  g_input_stream_read_bytes_async (fetch->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT, fetch->cancellable, on_chunk,
                                   task);
}

static gboolean
on_deadline (gpointer data)
{
  Fetch *fetch = data;

  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_outer_cancelled (GCancellable *outer,
                    gpointer      data)
{
  g_cancellable_cancel (G_CANCELLABLE (data));
}

/**
 * sitrep_tile_fetch_async:
 *
 * Fetches and decodes the tile at @url; see sitrep-tile-server.h.
 */
void
sitrep_tile_fetch_async (SoupSession         *session,
                         const char          *url,
                         guint                deadline_s,
                         gsize                max_bytes,
                         guint                max_size,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;
  Fetch *fetch;

  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (url != NULL);
  g_return_if_fail (deadline_s > 0 && max_bytes > 0 && max_size > 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_tile_fetch_async);
  g_task_set_name (task, "[sitrep] fetch tile");
  fetch = g_new0 (Fetch, 1);
  fetch->max_bytes = max_bytes;
  fetch->max_size = max_size;
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  fetch->msg = soup_message_new (SOUP_METHOD_GET, url);
  if (fetch->msg == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Not a tile address: %s", url);
      g_object_unref (task);
      return;
    }
  fetch->data = g_byte_array_new ();
  fetch->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      fetch->outer = g_object_ref (cancellable);
      fetch->cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (on_outer_cancelled),
                                                g_object_ref (fetch->cancellable), g_object_unref);
    }
  /* On the caller's context, as the network callbacks are. */
  fetch->deadline = g_timeout_source_new_seconds (deadline_s);
  g_source_set_callback (fetch->deadline, on_deadline, fetch, NULL);
  g_source_attach (fetch->deadline, g_task_get_context (task));
  /* The task's reference goes with its last callback. */
  soup_session_send_async (session, fetch->msg, G_PRIORITY_DEFAULT, fetch->cancellable, on_sent, task);
}

/**
 * sitrep_tile_fetch_finish:
 * @bytes: (out) (optional) (transfer full): the image as sent
 *
 * Returns: (transfer full) (nullable): the tile, or %NULL with @error set
 */
cairo_surface_t *
sitrep_tile_fetch_finish (GAsyncResult  *result,
                          GBytes       **bytes,
                          GError       **error)
{
  Fetch *fetch;
  cairo_surface_t *surface;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_tile_fetch_async, NULL);

  fetch = g_task_get_task_data (G_TASK (result));
  surface = g_task_propagate_pointer (G_TASK (result), error);
  if (bytes != NULL)
    *bytes = surface != NULL && fetch->bytes != NULL ? g_bytes_ref (fetch->bytes) : NULL;
  return surface;
}
