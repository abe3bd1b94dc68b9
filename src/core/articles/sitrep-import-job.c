/* sitrep-import-job.c — importing many files into a project off the main thread
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sitrep-import-job.h"
#include "sitrep-progress-private.h"
#include "sitrep-store-bulk-private.h"

typedef struct
{
  GPtrArray           *files;     /* GFile* */
  SitrepImportFormat   format;
  char                *encoding;
  SitrepProgressRelay *relay;     /* to the caller's context */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_ptr_array_unref (job->files);
  g_free (job->encoding);
  /* The task may be finalised in the worker thread: the relay then lets the
   * caller's data go on the caller's context, where its progress came. */
  g_clear_pointer (&job->relay, _sitrep_progress_relay_unref);
  g_free (job);
}

static SitrepImportResult *
result_new (GFile               *file,
            guint                line,
            SitrepImportOutcome  outcome,
            gint64               id,
            const char          *title,
            const char          *message)
{
  SitrepImportResult *result = g_new0 (SitrepImportResult, 1);

  result->path = g_file_get_path (file);
  if (result->path == NULL)
    result->path = g_file_get_parse_name (file);
  result->line = line;
  result->outcome = outcome;
  result->id = id;
  result->title = g_strdup (title);
  result->message = g_strdup (message);
  return result;
}

/* The N of a "line N: reason" warning. */
static guint
warning_line (const char *warning)
{
  for (const char *p = warning; *p; p++)
    if (g_ascii_isdigit (*p))
      return (guint) MIN (strtoul (p, NULL, 10), G_MAXUINT);
  return 0;
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const SitrepImportResult *ra = *(SitrepImportResult * const *) a;
  const SitrepImportResult *rb = *(SitrepImportResult * const *) b;

  return ra->line < rb->line ? -1 : ra->line > rb->line;
}

/* Files read but not yet stored. Several whole files share one
 * transaction: a commit per file costs more than the parsing (FTS5 writes
 * a segment per commit), and a file is still stored whole or not at all. */
#define BATCH_RECORDS 500
#define BATCH_BYTES   (8 * 1024 * 1024)
#define BATCH_USEC    (300 * 1000)

typedef struct
{
  GFile      *file;
  GPtrArray  *records;   /* SitrepImportRecord*, NULL when the file failed */
  GPtrArray  *warnings;
  GError     *error;
} ParsedFile;

typedef struct
{
  GPtrArray  *files;     /* ParsedFile* */
  guint       n_records;
  gsize       n_bytes;
  gint64      started;
} Batch;

static void
parsed_file_free (ParsedFile *parsed)
{
  g_object_unref (parsed->file);
  g_clear_pointer (&parsed->records, g_ptr_array_unref);
  g_clear_pointer (&parsed->warnings, g_ptr_array_unref);
  g_clear_error (&parsed->error);
  g_free (parsed);
}

/* The bytes of text a parsed file holds, for the batch and read-ahead limits. */
static gsize
parsed_file_size (ParsedFile *parsed)
{
  gsize n = 0;

  for (guint r = 0; parsed->records != NULL && r < parsed->records->len; r++)
    {
      SitrepImportRecord *record = g_ptr_array_index (parsed->records, r);

      n += strlen (record->body) +
           (record->original != NULL ? g_bytes_get_size (record->original) : 0);
    }
  return n;
}

/* The results of one stored (or refused) file, rows in line order. */
static void
add_file_results (ParsedFile  *parsed,
                  const gint64 *ids,
                  GError      **errors,
                  const char   *batch_error,
                  GPtrArray    *results)
{
  g_autoptr(GPtrArray) file_results = g_ptr_array_new ();
  GFile *file = parsed->file;

  if (parsed->records == NULL)
    {
      g_ptr_array_add (results, result_new (file, 0, SITREP_IMPORT_OUTCOME_FAILED, 0, NULL,
                                            parsed->error->message));
      return;
    }
  if (batch_error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Nothing of this file was saved: %s"),
                                                  batch_error);

      g_ptr_array_add (results, result_new (file, 0, SITREP_IMPORT_OUTCOME_FAILED, 0, NULL,
                                            message));
      return;
    }

  for (guint i = 0; i < parsed->records->len; i++)
    {
      SitrepImportRecord *record = g_ptr_array_index (parsed->records, i);

      if (ids[i] > 0)
        g_ptr_array_add (file_results,
                         result_new (file, record->line, SITREP_IMPORT_OUTCOME_IMPORTED,
                                     ids[i], record->title, record->warning));
      else if (ids[i] < 0)
        g_ptr_array_add (file_results,
                         result_new (file, record->line, SITREP_IMPORT_OUTCOME_DUPLICATE,
                                     -ids[i], record->title, _("already in the project")));
      else
        g_ptr_array_add (file_results,
                         result_new (file, record->line, SITREP_IMPORT_OUTCOME_FAILED, 0,
                                     record->title,
                                     errors[i] != NULL ? errors[i]->message
                                                       : _("the article could not be saved")));
    }

  for (guint i = 0; parsed->warnings != NULL && i < parsed->warnings->len; i++)
    {
      const char *warning = g_ptr_array_index (parsed->warnings, i);

      g_ptr_array_add (file_results,
                       result_new (file, warning_line (warning), SITREP_IMPORT_OUTCOME_FAILED,
                                   0, NULL, warning));
    }

  g_ptr_array_sort (file_results, compare_results);
  for (guint i = 0; i < file_results->len; i++)
    g_ptr_array_add (results, g_ptr_array_index (file_results, i));
}

/* Stores the batch in one transaction and reports each file in order. */
static void
flush_batch (SitrepStore *store,
             Batch       *batch,
             GPtrArray   *results)
{
  g_autoptr(GPtrArray) records = g_ptr_array_sized_new (batch->n_records);
  g_autofree gint64 *ids = g_new0 (gint64, MAX (batch->n_records, 1));
  g_autofree GError **errors = g_new0 (GError *, MAX (batch->n_records, 1));
  g_autoptr(GError) error = NULL;
  gboolean stored = TRUE;
  guint offset = 0;

  for (guint f = 0; f < batch->files->len; f++)
    {
      ParsedFile *parsed = g_ptr_array_index (batch->files, f);

      for (guint i = 0; parsed->records != NULL && i < parsed->records->len; i++)
        g_ptr_array_add (records, g_ptr_array_index (parsed->records, i));
    }

  if (records->len > 0)
    stored = sitrep_store_add_articles (store, (SitrepImportRecord **) records->pdata,
                                        records->len, ids, errors, &error);

  for (guint f = 0; f < batch->files->len; f++)
    {
      ParsedFile *parsed = g_ptr_array_index (batch->files, f);

      add_file_results (parsed, ids + offset, errors + offset,
                        stored ? NULL : error->message, results);
      if (parsed->records != NULL)
        offset += parsed->records->len;
    }

  for (guint i = 0; i < records->len; i++)
    g_clear_error (&errors[i]);
  g_ptr_array_set_size (batch->files, 0);
  batch->n_records = 0;
  batch->n_bytes = 0;
}

/* Reading and cleaning files runs in worker threads (one per core), ahead
 * of the thread that stores them. Each worker takes the next file number;
 * its result waits in the slot of that number until the storing thread
 * takes the files in order. At most READ_AHEAD files, and about
 * READ_AHEAD_BYTES, are read ahead of the one being stored, so memory stays
 * flat on huge imports. READ_AHEAD is more than a batch: while one batch is
 * stored, the next is read, and the storing thread never waits for it. */
#define READ_AHEAD (2 * BATCH_RECORDS + 24)
#define READ_AHEAD_BYTES (4 * BATCH_BYTES)
#define MAX_READERS 8

typedef struct
{
  GFile             **files;
  guint               n_files;
  SitrepImportFormat  format;
  const char         *encoding;
  GCancellable       *cancellable;

  GMutex              lock;
  GCond               ready;      /* a slot was filled */
  GCond               space;      /* a slot was emptied, or the readers must stop */
  ParsedFile         *slots[READ_AHEAD];
  gsize               sizes[READ_AHEAD];
  gsize               ahead_bytes; /* text in the slots */
  guint               next;       /* the next file a reader takes */
  guint               taken;      /* the next file the storing thread takes */
  gboolean            stop;
  gboolean            store_waiting;
  guint               readers_waiting;
} Readers;

/* Fills the slot of a file cut short by a cancel: nothing of it is stored. */
static ParsedFile cancelled_file;

static ParsedFile *
parse_one (GFile              *file,
           SitrepImportFormat  format,
           const char         *encoding,
           GCancellable       *cancellable)
{
  ParsedFile *parsed = g_new0 (ParsedFile, 1);

  parsed->file = g_object_ref (file);
  parsed->records = sitrep_import_parse_file (file, format, encoding, &parsed->warnings,
                                              cancellable, &parsed->error);
  /* cut short by a cancel: nothing of this file is stored or reported */
  if (g_error_matches (parsed->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      parsed_file_free (parsed);
      return NULL;
    }
  return parsed;
}

static gpointer
reader_thread (gpointer data)
{
  Readers *readers = data;

  for (;;)
    {
      ParsedFile *parsed = NULL;
      gsize size;
      guint i;

      g_mutex_lock (&readers->lock);
      while (!readers->stop && readers->next < readers->n_files &&
             (readers->next >= readers->taken + READ_AHEAD ||
              (readers->ahead_bytes >= READ_AHEAD_BYTES && readers->next > readers->taken)))
        {
          readers->readers_waiting++;
          g_cond_wait (&readers->space, &readers->lock);
          readers->readers_waiting--;
        }
      if (readers->stop || readers->next >= readers->n_files)
        {
          g_mutex_unlock (&readers->lock);
          break;
        }
      i = readers->next++;
      g_mutex_unlock (&readers->lock);

      if (!g_cancellable_is_cancelled (readers->cancellable))
        parsed = parse_one (readers->files[i], readers->format, readers->encoding,
                            readers->cancellable);
      size = parsed != NULL ? parsed_file_size (parsed) : 0;

      g_mutex_lock (&readers->lock);
      readers->slots[i % READ_AHEAD] = parsed != NULL ? parsed : &cancelled_file;
      readers->sizes[i % READ_AHEAD] = size;
      readers->ahead_bytes += size;
      if (readers->store_waiting && i == readers->taken)
        g_cond_signal (&readers->ready);
      g_mutex_unlock (&readers->lock);
    }
  return NULL;
}

/* The next file in order, or NULL when a cancel ended the import. */
static ParsedFile *
take_next (Readers *readers)
{
  ParsedFile *parsed;
  ParsedFile **slot = &readers->slots[readers->taken % READ_AHEAD];

  g_mutex_lock (&readers->lock);
  while (*slot == NULL)
    {
      readers->store_waiting = TRUE;
      g_cond_wait (&readers->ready, &readers->lock);
      readers->store_waiting = FALSE;
    }
  parsed = *slot;
  *slot = NULL;
  readers->ahead_bytes -= readers->sizes[readers->taken % READ_AHEAD];
  readers->taken++;
  if (readers->readers_waiting > 0)
    g_cond_signal (&readers->space);
  g_mutex_unlock (&readers->lock);

  if (parsed == &cancelled_file)
    return NULL;
  /* After a cancel, files read ahead are dropped, not stored. */
  if (g_cancellable_is_cancelled (readers->cancellable))
    {
      parsed_file_free (parsed);
      return NULL;
    }
  return parsed;
}

static void
stop_readers (Readers *readers)
{
  g_mutex_lock (&readers->lock);
  readers->stop = TRUE;
  g_cond_broadcast (&readers->space);
  g_mutex_unlock (&readers->lock);
}

static GPtrArray *
import_files (SitrepStore         *store,
              GFile              **files,
              guint                n_files,
              SitrepImportFormat   format,
              const char          *encoding,
              SitrepProgressRelay *relay,
              GCancellable        *cancellable)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_import_result_free);
  g_autofree Readers *readers = NULL;
  GThread *threads[MAX_READERS] = { NULL };
  guint n_threads = 0;
  Batch batch = { 0 };
  guint done = 0;

  batch.files = g_ptr_array_new_with_free_func ((GDestroyNotify) parsed_file_free);

  if (n_files > 1)
    {
      readers = g_new0 (Readers, 1);
      readers->files = files;
      readers->n_files = n_files;
      readers->format = format;
      readers->encoding = encoding;
      readers->cancellable = cancellable;
      g_mutex_init (&readers->lock);
      g_cond_init (&readers->ready);
      g_cond_init (&readers->space);
      n_threads = CLAMP ((guint) g_get_num_processors (), 1, MIN (n_files, MAX_READERS));
      for (guint t = 0; t < n_threads; t++)
        threads[t] = g_thread_new ("sitrep-import-read", reader_thread, readers);
    }

  while (done < n_files)
    {
      ParsedFile *parsed;

      if (n_threads > 0)
        parsed = take_next (readers);
      else if (g_cancellable_is_cancelled (cancellable))
        parsed = NULL;
      else
        parsed = parse_one (files[done], format, encoding, cancellable);
      if (parsed == NULL)
        break;

      if (batch.files->len == 0)
        batch.started = g_get_monotonic_time ();
      batch.n_records += parsed->records != NULL ? parsed->records->len : 0;
      batch.n_bytes += parsed_file_size (parsed);
      g_ptr_array_add (batch.files, parsed);
      done++;

      if (batch.n_records >= BATCH_RECORDS || batch.n_bytes >= BATCH_BYTES ||
          g_get_monotonic_time () - batch.started >= BATCH_USEC)
        flush_batch (store, &batch, results);

      /* queued on the caller's context, never run here on the worker */
      if (relay != NULL)
        _sitrep_progress_relay_send_done_total (done, n_files, relay);
    }

  if (n_threads > 0)
    {
      stop_readers (readers);
      for (guint t = 0; t < n_threads; t++)
        g_thread_join (threads[t]);
      /* files read ahead of a cancel are dropped */
      for (guint i = 0; i < READ_AHEAD; i++)
        if (readers->slots[i] != NULL && readers->slots[i] != &cancelled_file)
          parsed_file_free (readers->slots[i]);
      g_cond_clear (&readers->space);
      g_cond_clear (&readers->ready);
      g_mutex_clear (&readers->lock);
    }

  /* files read in full and taken for storing are kept, also after a cancel */
  flush_batch (store, &batch, results);
  g_ptr_array_unref (batch.files);

  return results;
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GPtrArray *results;
  /* Its own connection, so the window reads on while files are stored. When
   * there is none (a read-only project), each file says why it failed. */
  g_autoptr(SitrepStore) writer = _sitrep_store_bulk_writer (SITREP_STORE (source_object), NULL);

  results = import_files (writer != NULL ? writer : SITREP_STORE (source_object), (GFile **) job->files->pdata,
                          job->files->len, job->format, job->encoding, job->relay, cancellable);
  g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

void
sitrep_import_result_free (SitrepImportResult *result)
{
  if (result == NULL)
    return;
  g_free (result->path);
  g_free (result->title);
  g_free (result->message);
  g_free (result);
}

GPtrArray *
sitrep_import_files (SitrepStore         *store,
                     GFile              **files,
                     guint                n_files,
                     SitrepImportFormat   format,
                     const char          *encoding,
                     GCancellable        *cancellable)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (n_files == 0 || files != NULL, NULL);

  return import_files (store, files, n_files, format, encoding, NULL, cancellable);
}

/**
 * sitrep_import_files_async:
 *
 * Imports @files in a worker thread. @progress is called on the caller's
 * thread-default main context after each file. When @cancellable is
 * cancelled the import stops between files: the results then cover the
 * files finished before, which stay in the project.
 */
void
sitrep_import_files_async (SitrepStore               *store,
                           GFile                    **files,
                           guint                      n_files,
                           SitrepImportFormat         format,
                           const char                *encoding,
                           SitrepImportProgressFunc   progress,
                           gpointer                   progress_data,
                           GDestroyNotify             progress_destroy,
                           GCancellable              *cancellable,
                           GAsyncReadyCallback        callback,
                           gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (n_files == 0 || files != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (ImportJob, 1);
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (job->files, g_object_ref (files[i]));
  job->format = format;
  job->encoding = g_strdup (encoding);
  job->relay = _sitrep_progress_relay_new_done_total (progress, progress_data, progress_destroy);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_import_files_async);
  g_task_set_name (task, "[sitrep] import files");
  /* a cancelled import still returns what it finished */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * sitrep_import_files_finish:
 *
 * Returns: (transfer container): SitrepImportResult* in file order, for the
 * files imported before any cancel.
 */
GPtrArray *
sitrep_import_files_finish (SitrepStore   *store,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_import_files_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gint64
sitrep_import_text (SitrepStore  *store,
                    const char   *text,
                    gint64       *duplicate_of,
                    GError      **error)
{
  g_autoptr(SitrepImportRecord) record = NULL;
  gboolean blank = TRUE;

  g_return_val_if_fail (SITREP_IS_STORE (store), 0);
  g_return_val_if_fail (text != NULL, 0);

  if (duplicate_of != NULL)
    *duplicate_of = 0;
  for (const char *p = text; *p && blank; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char_validated (p, -1)))
      blank = FALSE;
  if (blank)
    {
      g_set_error (error, SITREP_IMPORT_ERROR, SITREP_IMPORT_ERROR_EMPTY,
                   _("The pasted text is empty"));
      return 0;
    }

  record = sitrep_import_record_from_text (text, "clipboard");
  return sitrep_store_add_article (store, record, duplicate_of, error);
}
