/* sitrep-store.c — the project file: opening, locking, articles, search
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#endif

#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* Above this size, opening skips the full quick_check (it reads every page)
 * so large projects open at once; `sitrep-cli check` runs the full check. */
#define QUICK_CHECK_MAX_BYTES (64 * 1024 * 1024)

struct _SitrepStore
{
  GObject parent_instance;

  /* owned */
  sqlite3 *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt* */
  GMainContext *context;    /* where signals are emitted */
  GThread *thread;          /* the thread that opened the store and runs that context */
  char *path;
  char *session;            /* this opening's id in the edit journal */

  /* state */
  GRecMutex lock;           /* one caller at a time, from any thread */
  int lock_fd;              /* flock()ed while open for writing */
  int schema_version;
  guint read_only : 1;
};

enum {
  ARTICLES_CHANGED,
  ARTICLE_UPDATED,
  ANNOTATIONS_CHANGED,
  LABELS_CHANGED,
  ENTITIES_CHANGED,
  HISTORY_CHANGED,
  EVENTS_CHANGED,
  STORIES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SitrepStore, sitrep_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (sitrep-store-error-quark, sitrep_store_error)

typedef struct
{
  SitrepStore *store;
  guint signal_id;
  gint64 id;
} Emission;

static gboolean
emit_in_context (gpointer data)
{
  Emission *e = data;

  if (e->signal_id == signals[ARTICLE_UPDATED] || e->signal_id == signals[ANNOTATIONS_CHANGED] ||
      e->signal_id == signals[EVENTS_CHANGED] || e->signal_id == signals[STORIES_CHANGED])
    g_signal_emit (e->store, e->signal_id, 0, e->id);
  else
    g_signal_emit (e->store, e->signal_id, 0);

  return G_SOURCE_REMOVE;
}

static void
emission_free (gpointer data)
{
  Emission *e = data;

  g_object_unref (e->store);
  g_free (e);
}

/* Signals reach the views on the store's main context whatever thread wrote:
 * directly when the caller is on that context's thread, else through it. */
static void
emit (SitrepStore *self,
      guint        signal_id,
      gint64       id)
{
  Emission *e = g_new0 (Emission, 1);

  e->store = g_object_ref (self);
  e->signal_id = signal_id;
  e->id = id;

  if (g_thread_self () == self->thread)
    {
      emit_in_context (e);
      emission_free (e);
      return;
    }

  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_in_context, e, emission_free);
}

sqlite3_stmt *
_sitrep_store_statement (SitrepStore  *self,
               const char   *sql,
               GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("read the project"));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
_sitrep_store_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
_sitrep_store_check_writable (SitrepStore  *self,
                GError      **error)
{
  if (self->read_only)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY,
                   _("The project is open read-only: nothing can be changed in it."));
      return FALSE;
    }
  return TRUE;
}

gboolean
_sitrep_store_begin (SitrepStore  *self,
       GError      **error)
{
  return _sitrep_store_exec (self->db, "BEGIN IMMEDIATE;", error);
}

gboolean
_sitrep_store_commit (SitrepStore  *self,
        GError      **error)
{
  if (!_sitrep_store_exec (self->db, "COMMIT;", error))
    {
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

void
_sitrep_store_rollback (SitrepStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
}

char *
_sitrep_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* SHA-256 for content_hash (): with the x86 SHA extensions where the
 * processor has them (a tenth of the time of GChecksum, which matters when
 * thousands of articles are imported), GChecksum elsewhere. Same digest. */
#if defined(__x86_64__) && defined(__GNUC__)
#define HAVE_SHA_NI 1
#endif

typedef struct
{
  GChecksum *checksum;      /* NULL when the SHA extensions are used */
  guint32    state[8];
  guint8     block[64];
  gsize      n_block;
  guint64    n_bytes;
} ContentDigest;

#ifdef HAVE_SHA_NI
static const guint32 sha256_k[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/* Runs the compression function over @n_blocks blocks of 64 bytes. */
__attribute__ ((target ("sha,ssse3,sse4.1")))
static void
sha256_blocks (guint32      state[8],
               const guint8 *data,
               gsize         n_blocks)
{
  const __m128i swap = _mm_set_epi64x (0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i tmp = _mm_loadu_si128 ((const __m128i *) &state[0]);
  __m128i state1 = _mm_loadu_si128 ((const __m128i *) &state[4]);
  __m128i state0;

  tmp = _mm_shuffle_epi32 (tmp, 0xB1);               /* CDAB */
  state1 = _mm_shuffle_epi32 (state1, 0x1B);         /* EFGH */
  state0 = _mm_alignr_epi8 (tmp, state1, 8);         /* ABEF */
  state1 = _mm_blend_epi16 (state1, tmp, 0xF0);      /* CDGH */

  for (; n_blocks > 0; n_blocks--, data += 64)
    {
      __m128i abef = state0;
      __m128i cdgh = state1;
      __m128i w[4];

      for (guint g = 0; g < 16; g++)
        {
          __m128i msg;

          if (g < 4)
            w[g] = _mm_shuffle_epi8 (_mm_loadu_si128 ((const __m128i *) (data + 16 * g)), swap);
          else
            {
              /* W[t-16] + s0 (W[t-15]) + W[t-7], then + s1 (W[t-2]) */
              __m128i x = _mm_sha256msg1_epu32 (w[g % 4], w[(g + 1) % 4]);

              x = _mm_add_epi32 (x, _mm_alignr_epi8 (w[(g + 3) % 4], w[(g + 2) % 4], 4));
              w[g % 4] = _mm_sha256msg2_epu32 (x, w[(g + 3) % 4]);
            }
          msg = _mm_add_epi32 (w[g % 4], _mm_loadu_si128 ((const __m128i *) &sha256_k[4 * g]));
          state1 = _mm_sha256rnds2_epu32 (state1, state0, msg);
          msg = _mm_shuffle_epi32 (msg, 0x0E);
          state0 = _mm_sha256rnds2_epu32 (state0, state1, msg);
        }

      state0 = _mm_add_epi32 (state0, abef);
      state1 = _mm_add_epi32 (state1, cdgh);
    }

  tmp = _mm_shuffle_epi32 (state0, 0x1B);            /* FEBA */
  state1 = _mm_shuffle_epi32 (state1, 0xB1);         /* DCHG */
  state0 = _mm_blend_epi16 (tmp, state1, 0xF0);      /* DCBA */
  state1 = _mm_alignr_epi8 (state1, tmp, 8);         /* ABEF */
  _mm_storeu_si128 ((__m128i *) &state[0], state0);
  _mm_storeu_si128 ((__m128i *) &state[4], state1);
}

static gboolean
have_sha_ni (void)
{
  static gsize checked = 0;
  static gboolean have = FALSE;

  if (g_once_init_enter (&checked))
    {
      unsigned int eax, ebx, ecx, edx;

      if (__get_cpuid (1, &eax, &ebx, &ecx, &edx) &&
          (ecx & bit_SSSE3) != 0 && (ecx & bit_SSE4_1) != 0 &&
          __get_cpuid_count (7, 0, &eax, &ebx, &ecx, &edx))
        have = (ebx & bit_SHA) != 0 && g_getenv ("SITREP_NO_SHA_NI") == NULL;
      g_once_init_leave (&checked, 1);
    }
  return have;
}
#endif

static void
content_digest_init (ContentDigest *digest)
{
  static const guint32 initial[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };

  memset (digest, 0, sizeof *digest);
#ifdef HAVE_SHA_NI
  if (have_sha_ni ())
    {
      memcpy (digest->state, initial, sizeof initial);
      return;
    }
#endif
  digest->checksum = g_checksum_new (G_CHECKSUM_SHA256);
}

static void
content_digest_update (ContentDigest *digest,
                       const guint8  *data,
                       gsize          len)
{
#ifdef HAVE_SHA_NI
  if (digest->checksum == NULL)
    {
      digest->n_bytes += len;
      if (digest->n_block > 0)
        {
          gsize n = MIN (len, 64 - digest->n_block);

          memcpy (digest->block + digest->n_block, data, n);
          digest->n_block += n;
          data += n;
          len -= n;
          if (digest->n_block < 64)
            return;
          sha256_blocks (digest->state, digest->block, 1);
          digest->n_block = 0;
        }
      if (len >= 64)
        {
          sha256_blocks (digest->state, data, len / 64);
          data += len & ~(gsize) 63;
          len &= 63;
        }
      memcpy (digest->block, data, len);
      digest->n_block = len;
      return;
    }
#endif
  g_checksum_update (digest->checksum, data, len);
}

/* The digest in lower-case hex, like g_checksum_get_string (). */
static char *
content_digest_finish (ContentDigest *digest)
{
  char *hex;

#ifdef HAVE_SHA_NI
  if (digest->checksum == NULL)
    {
      guint64 bits = digest->n_bytes * 8;
      guint8 pad[72] = { 0x80 };
      gsize n_pad = (digest->n_block < 56 ? 56 : 120) - digest->n_block;

      for (guint i = 0; i < 8; i++)
        pad[n_pad + i] = (guint8) (bits >> (56 - 8 * i));
      content_digest_update (digest, pad, n_pad + 8);
      g_assert (digest->n_block == 0);

      hex = g_malloc (65);
      for (guint i = 0; i < 32; i++)
        {
          guint8 byte = (guint8) (digest->state[i / 4] >> (24 - 8 * (i % 4)));

          hex[2 * i] = "0123456789abcdef"[byte >> 4];
          hex[2 * i + 1] = "0123456789abcdef"[byte & 15];
        }
      hex[64] = '\0';
      return hex;
    }
#endif
  hex = g_strdup (g_checksum_get_string (digest->checksum));
  g_checksum_free (digest->checksum);
  return hex;
}

/* Identity of content: the clean body with runs of white space folded, so
 * the same text captured twice with other line breaks is one article.
 * The hash is SHA-256 of the words joined by single spaces. A clean body
 * is mostly in that form already: the runs that are go to the hash as they
 * are, and only other white space (line breaks, double spaces) is
 * replaced. */
static char *
content_hash (const char *body)
{
  ContentDigest digest;
  const char *p = body;
  const char *run;
  gboolean first = TRUE;

  content_digest_init (&digest);
  for (;;)
    {
      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      if (!first)
        content_digest_update (&digest, (const guint8 *) " ", 1);
      first = FALSE;

      /* words joined by single spaces; every ASCII space is below '!' */
      run = p;
      for (;;)
        {
          while ((guchar) *p > ' ' || (*p != '\0' && !g_ascii_isspace (*p)))
            p++;
          if (p[0] == ' ' && p[1] != '\0' && !g_ascii_isspace (p[1]))
            p++;
          else
            break;
        }
      content_digest_update (&digest, (const guint8 *) run, p - run);
    }

  return content_digest_finish (&digest);
}

static gboolean
has_text (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    {
      if (!g_unichar_isspace (g_utf8_get_char (s)))
        return TRUE;
    }
  return FALSE;
}

/* Validates an ISO date of the given precision. */
static gboolean
date_is_valid (const char          *iso,
               SitrepDatePrecision  precision)
{
  int y = 0, m = 0, d = 0;
  int n;
  char extra = 0;

  if (iso == NULL)
    return precision == SITREP_DATE_PRECISION_UNKNOWN;

  switch (precision)
    {
    case SITREP_DATE_PRECISION_DAY:
      n = sscanf (iso, "%4d-%2d-%2d%c", &y, &m, &d, &extra);
      return n == 3 && strlen (iso) == 10 && y >= 1 && y <= 9999 &&
             g_date_valid_dmy (d, m, y);
    case SITREP_DATE_PRECISION_MONTH:
      n = sscanf (iso, "%4d-%2d%c", &y, &m, &extra);
      return n == 2 && strlen (iso) == 7 && y >= 1 && m >= 1 && m <= 12;
    case SITREP_DATE_PRECISION_YEAR:
      n = sscanf (iso, "%4d%c", &y, &extra);
      return n == 1 && strlen (iso) == 4 && y >= 1;
    case SITREP_DATE_PRECISION_UNKNOWN:
    default:
      return FALSE;
    }
}

static char *
title_from_body (const char *body)
{
  const char *p = body;
  const char *end;
  g_autofree char *line = NULL;

  while (*p != '\0' && g_ascii_isspace (*p))
    p++;
  end = strchr (p, '\n');
  line = end != NULL ? g_strndup (p, end - p) : g_strdup (p);
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) > 120)
    {
      char *cut = g_utf8_offset_to_pointer (line, 117);
      g_autofree char *head = g_strndup (line, cut - line);
      return g_strconcat (head, "…", NULL);
    }

  return g_steal_pointer (&line);
}

static gint64
ensure_source (SitrepStore  *self,
               const char   *name,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (name == NULL || !has_text (name))
    return 0;

  stmt = _sitrep_store_statement (self, "SELECT id FROM sources WHERE name = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return id;
    }
  sqlite3_reset (stmt);

  stmt = _sitrep_store_statement (self, "INSERT INTO sources (name) VALUES (?1)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("save the source"));
      return -1;
    }

  return sqlite3_last_insert_rowid (self->db);
}

static gint64
find_duplicate_locked (SitrepStore *self,
                       const char  *hash)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT id FROM articles WHERE content_hash = ?1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

/* Inserts one record inside the current transaction. */
static gint64
insert_article (SitrepStore               *self,
                const SitrepImportRecord  *record,
                gint64                    *duplicate_of,
                GError                   **error)
{
  g_autofree char *hash = NULL;
  g_autofree char *title = NULL;
  g_autofree char *now = _sitrep_store_now ();
  const char *published = record->published;
  SitrepDatePrecision precision = record->published_precision;
  sqlite3_stmt *stmt;
  gint64 source_id;
  gint64 dup;
  gint64 id;
  int rc;

  if (duplicate_of != NULL)
    *duplicate_of = 0;

  if (record->body == NULL || !has_text (record->body))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("There is no article text in it."));
      return 0;
    }

  if (!g_utf8_validate (record->body, -1, NULL) ||
      (record->title != NULL && !g_utf8_validate (record->title, -1, NULL)))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("The text is not valid UTF-8."));
      return 0;
    }

  hash = content_hash (record->body);
  dup = find_duplicate_locked (self, hash);
  if (dup != 0)
    {
      if (duplicate_of != NULL)
        *duplicate_of = dup;
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_DUPLICATE,
                   _("Already in the project as article %" G_GINT64_FORMAT "."), dup);
      return 0;
    }

  if (record->title != NULL && has_text (record->title))
    title = g_strstrip (g_strdup (record->title));
  else
    title = title_from_body (record->body);

  /* A date that does not fit its precision is not guessed at: it is dropped
   * and the words kept as a note. */
  if (!date_is_valid (published, precision))
    {
      published = NULL;
      precision = SITREP_DATE_PRECISION_UNKNOWN;
    }

  source_id = ensure_source (self, record->source, error);
  if (source_id < 0)
    return 0;

  stmt = _sitrep_store_statement (self,
                        "INSERT INTO articles (source_id, title, url, author, published,"
                        " published_precision, published_note, language, status, content_hash,"
                        " imported_at, modified_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, ?10, ?10)", error);
  if (stmt == NULL)
    return 0;
  if (source_id > 0)
    sqlite3_bind_int64 (stmt, 1, source_id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  _sitrep_store_bind_text (stmt, 3, record->url);
  _sitrep_store_bind_text (stmt, 4, record->author);
  _sitrep_store_bind_text (stmt, 5, published);
  sqlite3_bind_int (stmt, 6, precision);
  _sitrep_store_bind_text (stmt, 7, record->published_note);
  _sitrep_store_bind_text (stmt, 8, record->language);
  sqlite3_bind_text (stmt, 9, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, now, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("save the article"));
      return 0;
    }
  id = sqlite3_last_insert_rowid (self->db);

  stmt = _sitrep_store_statement (self,
                        "INSERT INTO article_texts (article_id, body, original, original_name,"
                        " original_type, original_encoding) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, record->body, -1, SQLITE_STATIC);
  if (record->original != NULL)
    {
      gsize len;
      gconstpointer data = g_bytes_get_data (record->original, &len);
      sqlite3_bind_blob64 (stmt, 3, len > 0 ? data : "", len, SQLITE_STATIC);
    }
  else
    sqlite3_bind_blob (stmt, 3, record->body, strlen (record->body), SQLITE_STATIC);
  _sitrep_store_bind_text (stmt, 4, record->original_name);
  _sitrep_store_bind_text (stmt, 5, record->original_type);
  _sitrep_store_bind_text (stmt, 6, record->original_encoding);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      /* The article row is written: this record cannot be refused alone. */
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("save the article text"));
      if (error != NULL && *error != NULL)
        (*error)->code = SITREP_STORE_ERROR_IO;
      return 0;
    }

  stmt = _sitrep_store_statement (self, "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
                        error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, record->body, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      /* The article row is written: this record cannot be refused alone. */
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("index the article"));
      if (error != NULL && *error != NULL)
        (*error)->code = SITREP_STORE_ERROR_IO;
      return 0;
    }

  return id;
}

/* Reads one row of the article columns below into a new SitrepArticle. */
#define ARTICLE_COLUMNS \
  "a.id, a.title, s.name, a.url, a.author, a.published, a.published_precision," \
  " a.published_note, a.language, a.status, a.imported_at"
#define ARTICLE_FROM " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"

static SitrepArticle *
article_from_row (sqlite3_stmt *stmt)
{
  SitrepArticle *article = sitrep_article_new (sqlite3_column_int64 (stmt, 0));

  _sitrep_article_fill (article,
                        (const char *) sqlite3_column_text (stmt, 1),
                        (const char *) sqlite3_column_text (stmt, 2),
                        (const char *) sqlite3_column_text (stmt, 3),
                        (const char *) sqlite3_column_text (stmt, 4),
                        (const char *) sqlite3_column_text (stmt, 5),
                        CLAMP (sqlite3_column_int (stmt, 6), 0, 3),
                        (const char *) sqlite3_column_text (stmt, 7),
                        (const char *) sqlite3_column_text (stmt, 8),
                        CLAMP (sqlite3_column_int (stmt, 9), 0, 2),
                        (const char *) sqlite3_column_text (stmt, 10));
  return article;
}

static SitrepArticle *
get_article_locked (SitrepStore  *self,
                    gint64        id,
                    GError      **error)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self, "SELECT " ARTICLE_COLUMNS ARTICLE_FROM " WHERE a.id = ?1",
                                      error);
  SitrepArticle *article = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    article = article_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                 _("There is no article %" G_GINT64_FORMAT " in this project."), id);
  else
    _sitrep_store_set_sqlite_error (error, self->db, rc, _("read the article"));
  sqlite3_reset (stmt);

  return article;
}

/* Turns what a user typed into an FTS5 query that cannot be a syntax error:
 * every word quoted, the last one a prefix so results follow the typing. */
static char *
make_fts_query (const char *search)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (search == NULL)
    return NULL;

  words = g_regex_split_simple ("[\\s\"]+", search, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];
      gboolean has_word_char = FALSE;

      for (const char *p = w; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (g_unichar_isalnum (g_utf8_get_char (p)))
            {
              has_word_char = TRUE;
              break;
            }
        }
      if (!has_word_char)
        continue;

      if (n++ > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      g_string_append (query, w);
      g_string_append_c (query, '"');
      if (words[i + 1] == NULL || words[i + 1][0] == '\0')
        {
          gboolean last = TRUE;
          for (guint j = i + 1; words[j] != NULL; j++)
            if (words[j][0] != '\0')
              last = FALSE;
          if (last && !g_str_has_suffix (search, " "))
            g_string_append_c (query, '*');
        }
    }

  if (n == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* FTS5 marks matches with these; they are not text and never in a body. */
#define MARK_OPEN "\x01"
#define MARK_CLOSE "\x02"

static char *
marked_to_markup (const char *marked)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = marked;

  while (*p != '\0')
    {
      const char *next = p;

      while (*next != '\0' && *next != '\x01' && *next != '\x02' && *next != '\n')
        next++;
      if (next > p)
        {
          g_autofree char *escaped = g_markup_escape_text (p, next - p);
          g_string_append (out, escaped);
        }
      if (*next == '\x01')
        g_string_append (out, "<b>");
      else if (*next == '\x02')
        g_string_append (out, "</b>");
      else if (*next == '\n')
        g_string_append_c (out, ' ');
      else
        break;
      p = next + 1;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
snippet_locked (SitrepStore *self,
                gint64       id,
                const char  *fts)
{
  sqlite3_stmt *stmt = _sitrep_store_statement (self,
                                      "SELECT snippet (articles_fts, -1, '" MARK_OPEN "', '"
                                      MARK_CLOSE "', '…', 16) FROM articles_fts"
                                      " WHERE articles_fts MATCH ?1 AND rowid = ?2", NULL);
  char *markup = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    markup = marked_to_markup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return markup;
}

static gboolean
open_lock (SitrepStore  *self,
           GError      **error)
{
  int fd = g_open (self->path, O_RDWR | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
                   _("Could not open “%s”: %s"), self->path, g_strerror (saved));
      return FALSE;
    }

  /* flock () is separate from SQLite's fcntl () locks and ends with the
   * process, so a crash never leaves a project locked. */
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_autofree char *name = g_path_get_basename (self->path);
      close (fd);
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_LOCKED,
                   _("“%s” is already open in another Sitrep window. Close it there, "
                     "or open it read-only."), name);
      return FALSE;
    }

  self->lock_fd = fd;
  return TRUE;
}

static gboolean
configure_connection (SitrepStore  *self,
                      GError      **error)
{
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, TRUE);

  if (!_sitrep_store_exec (self->db, "PRAGMA foreign_keys = ON;", error))
    return FALSE;
  if (!_sitrep_store_events_register_functions (self->db, error))
    return FALSE;

  if (!self->read_only)
    {
      /* WAL: readers never wait for the writer. synchronous=NORMAL keeps every
       * committed transaction when the process is killed. */
      if (!_sitrep_store_exec (self->db, "PRAGMA journal_mode = WAL;", error) ||
          !_sitrep_store_exec (self->db, "PRAGMA synchronous = NORMAL;", error))
        return FALSE;
    }

  return _sitrep_store_exec (self->db, "PRAGMA cache_size = -16000; PRAGMA temp_store = MEMORY;",
                             error);
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (rc_out != NULL)
    *rc_out = rc;

  return value;
}

static void
sitrep_store_dispose (GObject *object)
{
  sitrep_store_close (SITREP_STORE (object));

  G_OBJECT_CLASS (sitrep_store_parent_class)->dispose (object);
}

static void
sitrep_store_finalize (GObject *object)
{
  SitrepStore *self = (SitrepStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_free (self->path);
  g_free (self->session);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (sitrep_store_parent_class)->finalize (object);
}

static void
sitrep_store_class_init (SitrepStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sitrep_store_dispose;
  object_class->finalize = sitrep_store_finalize;

  /**
   * SitrepStore::articles-changed:
   *
   * Articles were added or removed.
   */
  signals[ARTICLES_CHANGED] =
    g_signal_new ("articles-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SitrepStore::article-updated:
   * @id: the article
   *
   * An article's metadata or status changed.
   */
  signals[ARTICLE_UPDATED] =
    g_signal_new ("article-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * SitrepStore::annotations-changed:
   * @article_id: the article whose annotations changed, or 0 for many
   */
  signals[ANNOTATIONS_CHANGED] =
    g_signal_new ("annotations-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[LABELS_CHANGED] =
    g_signal_new ("labels-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ENTITIES_CHANGED] =
    g_signal_new ("entities-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SitrepStore::history-changed:
   *
   * What undo and redo would do has changed.
   */
  signals[HISTORY_CHANGED] =
    g_signal_new ("history-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SitrepStore::events-changed:
   * @event_id: the event that changed, or 0 for many
   *
   * Events, their claims or their evidence were added, changed or removed.
   */
  signals[EVENTS_CHANGED] =
    g_signal_new ("events-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * SitrepStore::stories-changed:
   * @story_id: the story that changed, or 0 for many
   *
   * Stories or their steps were added, changed or removed.
   */
  signals[STORIES_CHANGED] =
    g_signal_new ("stories-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
sitrep_store_init (SitrepStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->lock_fd = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->context = g_main_context_ref_thread_default ();
  self->thread = g_thread_self ();
  self->session = g_uuid_string_random ();
}

/* Checks the 100-byte SQLite header without letting SQLite touch the file. */
static gboolean
check_header (const char  *path,
              int         *user_version,
              GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  guint8 header[100];
  gssize n;
  int fd;
  guint32 app_id;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      if (saved == ENOENT)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist."), name);
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
                     _("Could not open “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is not a Sitrep project."), name);
      return FALSE;
    }

  app_id = ((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
           ((guint32) header[70] << 8) | header[71];
  if (app_id != SITREP_STORE_APPLICATION_ID)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is a database, but not a Sitrep project."), name);
      return FALSE;
    }

  *user_version = (int) (((guint32) header[60] << 24) | ((guint32) header[61] << 16) |
                         ((guint32) header[62] << 8) | header[63]);
  if (*user_version > SITREP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was made by a newer Sitrep (project format %d); this version "
                     "reads up to format %d. Update Sitrep to open it."),
                   name, *user_version, SITREP_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (*user_version < 1)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                   _("“%s” is an incomplete Sitrep project (it has no tables)."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * sitrep_store_create:
 * @path: where to create the project
 *
 * Returns: (transfer full): a new, empty project open for writing.
 */
SitrepStore *
sitrep_store_create (const char  *path,
                     GError     **error)
{
  g_autoptr(SitrepStore) self = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = _sitrep_store_now ();
  sqlite3_stmt *stmt = NULL;
  int fd;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);

  /* O_EXCL: never replace a file that appeared meanwhile. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      if (saved == EEXIST)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_EXISTS,
                     _("“%s” already exists. Choose another name, or open it."), name);
      else
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,
                     _("Could not create “%s”: %s"), name, g_strerror (saved));
      return NULL;
    }
  close (fd);

  self = g_object_new (SITREP_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_lock (self, error))
    goto failed;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("create the project"));
      goto failed;
    }

  /* The schema is written before WAL is on, so the file's own header says
   * "Sitrep project" from the first moment, whatever happens next. */
  if (!_sitrep_store_exec (self->db, "PRAGMA journal_mode = DELETE;", error) ||
      !_sitrep_store_schema_create (self->db, SITREP_STORE_SCHEMA_VERSION, error) ||
      !configure_connection (self, error))
    goto failed;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO meta (key, value) VALUES ('created_at', ?1),"
                           " ('created_by', ?2)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, "Sitrep " VERSION, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("create the project"));
      goto failed;
    }

  self->schema_version = SITREP_STORE_SCHEMA_VERSION;
  if (!_sitrep_store_ensure_default_labels (self, error))
    goto failed;
  return g_steal_pointer (&self);

failed:
  sitrep_store_close (self);
  g_unlink (path);
  return NULL;
}

/**
 * sitrep_store_open:
 * @path: a project file
 * @flags: %SITREP_STORE_OPEN_READ_ONLY to never write
 *
 * Opens a project. When it cannot be opened the file is left as it was.
 *
 * Returns: (transfer full): the store, or %NULL with @error set.
 */
SitrepStore *
sitrep_store_open (const char            *path,
                   SitrepStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(SitrepStore) self = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);

  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is a folder, not a Sitrep project."), name);
      return NULL;
    }

  if (!check_header (path, &version, error))
    return NULL;

  self = g_object_new (SITREP_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  dir = g_path_get_dirname (path);
  self->read_only = (flags & SITREP_STORE_OPEN_READ_ONLY) != 0 ||
                    g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0;

  if (self->read_only && version < SITREP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_READ_ONLY,
                   _("“%s” was made by an older Sitrep and must be updated before it can be "
                     "opened, but it is read-only. Copy it somewhere you can write to."), name);
      return NULL;
    }

  if (!self->read_only && !open_lock (self, error))
    return NULL;

  if (self->read_only)
    {
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
      /* A file nobody may write cannot change under us: immutable avoids the
       * WAL side files, which could not be created next to it anyway. */
      gboolean immutable = g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0;
      uri = g_strdup_printf ("file:%s?mode=ro%s", escaped, immutable ? "&immutable=1" : "");
      rc = sqlite3_open_v2 (uri, &self->db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);
    }
  else
    rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("open the project"));
      return NULL;
    }

  /* Read the schema and walk the article table before changing anything:
   * a damaged file is reported, not "repaired" by a migration. */
  query_int (self->db, "SELECT count(*) FROM sqlite_master", &rc);
  if (rc == SQLITE_OK)
    query_int (self->db, "SELECT count(*) FROM articles", &rc);
  if (rc == SQLITE_OK && st.st_size <= QUICK_CHECK_MAX_BYTES)
    {
      sqlite3_stmt *stmt = NULL;
      rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check (1)", -1, &stmt, NULL);
      if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *result = (const char *) sqlite3_column_text (stmt, 0);
          rc = g_strcmp0 (result, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
        }
      else if (rc == SQLITE_OK)
        rc = sqlite3_errcode (self->db);
      sqlite3_finalize (stmt);
    }
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_ERROR)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be opened as it is. Sitrep can open a "
                       "salvaged copy with everything that can still be read; the damaged "
                       "file is left untouched."), name);
      else
        _sitrep_store_set_sqlite_error (error, self->db, rc, _("open the project"));
      return NULL;
    }

  /* The header may lag behind a WAL that was not checkpointed: ask SQLite. */
  version = query_int (self->db, "PRAGMA user_version", &rc);
  if (rc == SQLITE_OK && version > SITREP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was made by a newer Sitrep (project format %d); this version "
                     "reads up to format %d. Update Sitrep to open it."),
                   name, version, SITREP_STORE_SCHEMA_VERSION);
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  if (version < SITREP_STORE_SCHEMA_VERSION &&
      !_sitrep_store_schema_migrate (self->db, version, SITREP_STORE_SCHEMA_VERSION, error))
    return NULL;

  self->schema_version = SITREP_STORE_SCHEMA_VERSION;
  if (!self->read_only && !_sitrep_store_ensure_default_labels (self, error))
    return NULL;
  /* Undo reaches back to this opening only: what earlier openings could
   * undo went with them, and would otherwise pile up in the file. */
  if (!self->read_only && !_sitrep_store_exec (self->db, "DELETE FROM journal;", error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * sitrep_store_close:
 *
 * Closes the database and releases the lock. Later calls fail gracefully.
 */
void
sitrep_store_close (SitrepStore *self)
{
  g_return_if_fail (SITREP_IS_STORE (self));

  g_rec_mutex_lock (&self->lock);
  if (self->statements != NULL)
    g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  if (self->lock_fd >= 0)
    {
      flock (self->lock_fd, LOCK_UN);
      close (self->lock_fd);
      self->lock_fd = -1;
    }
  g_rec_mutex_unlock (&self->lock);
}

const char *
sitrep_store_get_path (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  return self->path;
}

gboolean
sitrep_store_is_read_only (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), TRUE);
  return self->read_only;
}

int
sitrep_store_get_schema_version (SitrepStore *self)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  return self->schema_version;
}

/* Every public entry point takes the lock and checks the store is open. */
#define LOCK_OR_RETURN(val)                                                   \
  G_STMT_START {                                                              \
    g_rec_mutex_lock (&self->lock);                                           \
    if (self->db == NULL)                                                     \
      {                                                                       \
        g_rec_mutex_unlock (&self->lock);                                     \
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO,        \
                     _("The project is closed."));                            \
        return val;                                                           \
      }                                                                       \
  } G_STMT_END
#define UNLOCK() g_rec_mutex_unlock (&self->lock)

gboolean
sitrep_store_check (SitrepStore  *self,
                    char        **report,
                    GError      **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;
  int app_id;
  int version;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  LOCK_OR_RETURN (FALSE);

  app_id = query_int (self->db, "PRAGMA application_id", NULL);
  version = query_int (self->db, "PRAGMA user_version", NULL);
  g_string_append_printf (out, "%s: %s\n", _("Project format"),
                          app_id == (int) SITREP_STORE_APPLICATION_ID ? "Sitrep" : _("unknown"));
  g_string_append_printf (out, "%s: %d (%s %d)\n", _("Schema version"), version,
                          _("this Sitrep writes"), SITREP_STORE_SCHEMA_VERSION);
  if (app_id != (int) SITREP_STORE_APPLICATION_ID || version != SITREP_STORE_SCHEMA_VERSION)
    ok = FALSE;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check (20)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *line = (const char *) sqlite3_column_text (stmt, 0);
          if (g_strcmp0 (line, "ok") != 0)
            ok = FALSE;
          g_string_append_printf (out, "%s: %s\n", _("Integrity"), line);
        }
    }
  if (rc != SQLITE_DONE)
    {
      ok = FALSE;
      g_string_append_printf (out, "%s: %s\n", _("Integrity"), sqlite3_errmsg (self->db));
    }
  sqlite3_finalize (stmt);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      ok = FALSE;
      g_string_append_printf (out, "%s: %s\n", _("References"), _("broken links between rows"));
    }
  else
    g_string_append_printf (out, "%s: ok\n", _("References"));
  sqlite3_finalize (stmt);

  /* The index must agree with the texts it was built from. */
  rc = sqlite3_exec (self->db,
                     "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
                     NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    g_string_append_printf (out, "%s: ok\n", _("Search index"));
  else if ((rc & 0xff) == SQLITE_READONLY)
    g_string_append_printf (out, "%s: %s\n", _("Search index"), _("not checked (read-only)"));
  else
    {
      ok = FALSE;
      g_string_append_printf (out, "%s: %s\n", _("Search index"), sqlite3_errmsg (self->db));
    }

  g_string_append_printf (out, "%s: %d\n", _("Articles"),
                          query_int (self->db, "SELECT count(*) FROM articles", NULL));
  UNLOCK ();

  if (report != NULL)
    *report = g_string_free (g_steal_pointer (&out), FALSE);

  return ok;
}

gint64
sitrep_store_add_article (SitrepStore               *self,
                          const SitrepImportRecord  *record,
                          gint64                    *duplicate_of,
                          GError                   **error)
{
  gint64 id;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (duplicate_of != NULL)
    *duplicate_of = 0;
  if (!_sitrep_store_check_writable (self, error))
    return 0;

  LOCK_OR_RETURN (0);
  if (!_sitrep_store_begin (self, error))
    {
      UNLOCK ();
      return 0;
    }
  id = insert_article (self, record, duplicate_of, error);
  if (id == 0 || !_sitrep_store_commit (self, error))
    {
      _sitrep_store_rollback (self);
      UNLOCK ();
      return 0;
    }
  UNLOCK ();

  emit (self, signals[ARTICLES_CHANGED], 0);
  return id;
}

gboolean
sitrep_store_add_articles (SitrepStore          *self,
                           SitrepImportRecord  **records,
                           guint                 n_records,
                           gint64               *results,
                           GError              **errors,
                           GError              **error)
{
  guint added = 0;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_records == 0 || records != NULL, FALSE);
  g_return_val_if_fail (n_records == 0 || results != NULL, FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  if (!_sitrep_store_begin (self, error))
    {
      UNLOCK ();
      return FALSE;
    }

  /* No savepoint per record: FTS5 flushes its pending index at each one, which
   * halves import speed. insert_article () checks everything that can be wrong
   * with a record before it writes, so a record either goes in whole or is
   * refused untouched; anything failing later (a full disk) fails the batch. */
  for (guint i = 0; i < n_records; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 dup = 0;
      gint64 id;

      id = insert_article (self, records[i], &dup, &local_error);
      if (id > 0)
        {
          results[i] = id;
          added++;
          continue;
        }

      results[i] = dup > 0 ? -dup : 0;
      if (local_error != NULL && local_error->domain == SITREP_STORE_ERROR &&
          (local_error->code == SITREP_STORE_ERROR_INVALID ||
           local_error->code == SITREP_STORE_ERROR_DUPLICATE))
        {
          if (errors != NULL)
            errors[i] = g_steal_pointer (&local_error);
          continue;
        }

      g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }

  if (!_sitrep_store_commit (self, error))
    goto failed;
  UNLOCK ();

  if (added > 0)
    emit (self, signals[ARTICLES_CHANGED], 0);
  return TRUE;

failed:
  _sitrep_store_rollback (self);
  UNLOCK ();
  for (guint i = 0; i < n_records; i++)
    {
      results[i] = 0;
      if (errors != NULL)
        g_clear_error (&errors[i]);
    }
  return FALSE;
}

gint64
sitrep_store_find_duplicate (SitrepStore *self,
                             const char  *body)
{
  g_autofree char *hash = NULL;
  gint64 id;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);
  g_return_val_if_fail (body != NULL, 0);

  hash = content_hash (body);
  LOCK_OR_RETURN (0);
  id = find_duplicate_locked (self, hash);
  UNLOCK ();

  return id;
}

guint
sitrep_store_count_articles (SitrepStore *self)
{
  sqlite3_stmt *stmt;
  guint n = 0;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), 0);

  LOCK_OR_RETURN (0);
  stmt = _sitrep_store_statement (self, "SELECT count(*) FROM articles", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  UNLOCK ();

  return n;
}

SitrepArticle *
sitrep_store_get_article (SitrepStore  *self,
                          gint64        id,
                          GError      **error)
{
  SitrepArticle *article;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  LOCK_OR_RETURN (NULL);
  article = get_article_locked (self, id, error);
  UNLOCK ();

  return article;
}

gboolean
sitrep_store_get_articles (SitrepStore   *self,
                           const gint64  *ids,
                           guint          n_ids,
                           GPtrArray     *articles,
                           GError       **error)
{
  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (articles != NULL, FALSE);

  LOCK_OR_RETURN (FALSE);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      SitrepArticle *article = get_article_locked (self, ids[i], &local_error);

      if (article != NULL)
        g_ptr_array_add (articles, article);
      else if (!g_error_matches (local_error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND))
        {
          UNLOCK ();
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  UNLOCK ();

  return TRUE;
}

char *
sitrep_store_get_article_body (SitrepStore  *self,
                               gint64        id,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  char *body = NULL;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, "SELECT body FROM article_texts WHERE article_id = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        body = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      else if (rc == SQLITE_DONE)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("There is no article %" G_GINT64_FORMAT " in this project."), id);
      else
        _sitrep_store_set_sqlite_error (error, self->db, rc, _("read the article"));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return body;
}

GBytes *
sitrep_store_get_article_original (SitrepStore  *self,
                                   gint64        id,
                                   char        **encoding,
                                   GError      **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (encoding != NULL)
    *encoding = NULL;

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self,
                        "SELECT original, original_encoding FROM article_texts WHERE article_id = ?1",
                        error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
          if (encoding != NULL)
            *encoding = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
      else if (rc == SQLITE_DONE)
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("There is no article %" G_GINT64_FORMAT " in this project."), id);
      else
        _sitrep_store_set_sqlite_error (error, self->db, rc, _("read the article"));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return bytes;
}

static gboolean
run_update (SitrepStore  *self,
            sqlite3_stmt *stmt,
            gint64        id,
            GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("save the article"));
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                   _("There is no article %" G_GINT64_FORMAT " in this project."), id);
      return FALSE;
    }
  return TRUE;
}

gboolean
sitrep_store_set_article_metadata (SitrepStore          *self,
                                   gint64                id,
                                   const char           *title,
                                   const char           *source,
                                   const char           *url,
                                   const char           *published,
                                   SitrepDatePrecision   precision,
                                   const char           *published_note,
                                   GError              **error)
{
  g_autofree char *now = _sitrep_store_now ();
  g_autofree char *clean_title = NULL;
  g_autofree char *old_title = NULL;
  g_autoptr(SitrepJournalEdit) edit = NULL;
  sqlite3_stmt *stmt;
  gint64 source_id;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  if (title == NULL || !has_text (title))
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("An article needs a title."));
      return FALSE;
    }
  if (precision == SITREP_DATE_PRECISION_UNKNOWN)
    published = NULL;
  else if (!date_is_valid (published, precision))
    {
      const char *form = precision == SITREP_DATE_PRECISION_DAY ? "YYYY-MM-DD"
                         : precision == SITREP_DATE_PRECISION_MONTH ? "YYYY-MM" : "YYYY";
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("“%s” is not a valid date; write it as %s."),
                   published != NULL ? published : "", form);
      return FALSE;
    }
  if (url != NULL && *url != '\0' && strpbrk (url, " \t\n") != NULL)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("A web address cannot contain spaces."));
      return FALSE;
    }

  clean_title = g_strstrip (g_strdup (title));

  LOCK_OR_RETURN (FALSE);
  if (!_sitrep_store_begin (self, error))
    goto failed;

  {
    g_autofree char *what = g_strdup_printf (_("Edit “%s”"), clean_title);
    edit = _sitrep_journal_begin (self, "article-metadata", what);
  }
  if (!_sitrep_journal_touch (edit, self->db, "articles", id, error))
    goto failed;

  source_id = ensure_source (self, source, error);
  if (source_id < 0)
    goto failed;

  stmt = _sitrep_store_statement (self,
                        "UPDATE articles SET title = ?2, source_id = ?3, url = ?4, published = ?5,"
                        " published_precision = ?6, published_note = ?7, modified_at = ?8"
                        " WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;

  /* The external-content index must drop the old title before it changes. */
  {
    sqlite3_stmt *old = _sitrep_store_statement (self,
                                       "SELECT a.title, t.body FROM articles a JOIN article_texts t"
                                       " ON t.article_id = a.id WHERE a.id = ?1", error);
    sqlite3_stmt *del;
    int rc;

    if (old == NULL)
      goto failed;
    sqlite3_bind_int64 (old, 1, id);
    if (sqlite3_step (old) != SQLITE_ROW)
      {
        sqlite3_reset (old);
        g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_NOT_FOUND,
                     _("There is no article %" G_GINT64_FORMAT " in this project."), id);
        goto failed;
      }
    old_title = g_strdup ((const char *) sqlite3_column_text (old, 0));
    if (g_strcmp0 (old_title, clean_title) != 0)
      {
        del = _sitrep_store_statement (self,
                             "INSERT INTO articles_fts (articles_fts, rowid, title, body)"
                             " VALUES ('delete', ?1, ?2, ?3)", error);
        if (del == NULL)
          {
            sqlite3_reset (old);
            goto failed;
          }
        sqlite3_bind_int64 (del, 1, id);
        sqlite3_bind_text (del, 2, old_title, -1, SQLITE_TRANSIENT);
        sqlite3_bind_value (del, 3, sqlite3_column_value (old, 1));
        rc = sqlite3_step (del);
        sqlite3_reset (del);
        if (rc != SQLITE_DONE)
          {
            sqlite3_reset (old);
            _sitrep_store_set_sqlite_error (error, self->db, rc, _("update the search index"));
            goto failed;
          }
        del = _sitrep_store_statement (self,
                             "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
                             error);
        if (del == NULL)
          {
            sqlite3_reset (old);
            goto failed;
          }
        sqlite3_bind_int64 (del, 1, id);
        sqlite3_bind_text (del, 2, clean_title, -1, SQLITE_TRANSIENT);
        sqlite3_bind_value (del, 3, sqlite3_column_value (old, 1));
        rc = sqlite3_step (del);
        sqlite3_reset (del);
        sqlite3_clear_bindings (del);
        if (rc != SQLITE_DONE)
          {
            sqlite3_reset (old);
            _sitrep_store_set_sqlite_error (error, self->db, rc, _("update the search index"));
            goto failed;
          }
      }
    sqlite3_reset (old);
  }

  stmt = _sitrep_store_statement (self,
                        "UPDATE articles SET title = ?2, source_id = ?3, url = ?4, published = ?5,"
                        " published_precision = ?6, published_note = ?7, modified_at = ?8"
                        " WHERE id = ?1", error);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, clean_title, -1, SQLITE_TRANSIENT);
  if (source_id > 0)
    sqlite3_bind_int64 (stmt, 3, source_id);
  else
    sqlite3_bind_null (stmt, 3);
  _sitrep_store_bind_text (stmt, 4, url);
  _sitrep_store_bind_text (stmt, 5, published);
  sqlite3_bind_int (stmt, 6, precision);
  _sitrep_store_bind_text (stmt, 7, precision == SITREP_DATE_PRECISION_UNKNOWN ? published_note : NULL);
  sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
  if (!run_update (self, stmt, id, error) ||
      !_sitrep_journal_finish (edit, self->db, self->session, error) ||
      !_sitrep_store_commit (self, error))
    goto failed;
  UNLOCK ();

  emit (self, signals[ARTICLE_UPDATED], id);
  emit (self, signals[HISTORY_CHANGED], 0);
  return TRUE;

failed:
  _sitrep_store_rollback (self);
  UNLOCK ();
  return FALSE;
}

gboolean
sitrep_store_set_article_status (SitrepStore          *self,
                                 gint64                id,
                                 SitrepArticleStatus   status,
                                 GError              **error)
{
  g_autofree char *now = _sitrep_store_now ();
  g_autoptr(SitrepJournalEdit) edit = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if ((guint) status > SITREP_ARTICLE_STATUS_DONE)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_INVALID,
                   _("Unknown article status."));
      return FALSE;
    }
  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  ok = _sitrep_store_begin (self, error);
  if (ok)
    {
      g_autofree char *what = g_strdup_printf (_("Mark as %s"), sitrep_article_status_to_label (status));
      edit = _sitrep_journal_begin (self, "article-status", what);
      ok = _sitrep_journal_touch (edit, self->db, "articles", id, error);
    }
  if (ok)
    {
      stmt = _sitrep_store_statement (self, "UPDATE articles SET status = ?2, modified_at = ?3 WHERE id = ?1",
                                      error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, status);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
      ok = run_update (self, stmt, id, error) &&
           _sitrep_journal_finish (edit, self->db, self->session, error) &&
           _sitrep_store_commit (self, error);
    }
  if (!ok)
    _sitrep_store_rollback (self);
  UNLOCK ();

  if (ok)
    {
      emit (self, signals[ARTICLE_UPDATED], id);
      emit (self, signals[HISTORY_CHANGED], 0);
    }
  return ok;
}

gboolean
sitrep_store_delete_article (SitrepStore  *self,
                             gint64        id,
                             GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  if (!_sitrep_store_begin (self, error))
    goto failed;

  stmt = _sitrep_store_statement (self,
                        "INSERT INTO articles_fts (articles_fts, rowid, title, body)"
                        " SELECT 'delete', a.id, a.title, t.body FROM articles a"
                        " JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("update the search index"));
      goto failed;
    }

  stmt = _sitrep_store_statement (self, "DELETE FROM articles WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!run_update (self, stmt, id, error) || !_sitrep_store_commit (self, error))
    goto failed;
  UNLOCK ();

  emit (self, signals[ARTICLES_CHANGED], 0);
  return TRUE;

failed:
  _sitrep_store_rollback (self);
  UNLOCK ();
  return FALSE;
}

GArray *
sitrep_store_query_article_ids (SitrepStore               *self,
                                const SitrepArticleQuery  *query,
                                GError                   **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT a.id FROM articles a");
  g_autofree char *fts = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SitrepArticleQuery defaults = SITREP_ARTICLE_QUERY_INIT;
  sqlite3_stmt *stmt;
  const char *where = " WHERE ";
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  if (query == NULL)
    query = &defaults;

  fts = make_fts_query (query->search);

  if (fts != NULL && query->sort == SITREP_ARTICLE_SORT_RELEVANCE)
    g_string_append (sql, " JOIN (SELECT rowid AS fid, rank FROM articles_fts"
                          " WHERE articles_fts MATCH ?1) f ON f.fid = a.id");
  else if (fts != NULL)
    {
      g_string_append (sql, " WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1)");
      where = " AND ";
    }
  if (query->sort == SITREP_ARTICLE_SORT_SOURCE)
    g_string_append (sql, " LEFT JOIN sources s ON s.id = a.source_id");
  if (query->status >= 0)
    {
      g_string_append_printf (sql, "%sa.status = ?2", where);
      where = " AND ";
    }
  if (query->source != NULL)
    {
      g_string_append_printf (sql, "%sa.source_id = (SELECT id FROM sources WHERE name = ?3)", where);
      where = " AND ";
    }
  if (query->in_area)
    {
      g_string_append_printf (sql, "%sa.id IN (SELECT an.article_id FROM annotations an"
                                   " JOIN entities en ON en.id = an.entity_id"
                                   " WHERE en.longitude BETWEEN ?4 AND ?5"
                                   " AND en.latitude BETWEEN ?6 AND ?7)", where);
      where = " AND ";
    }
  if (query->date_from != NULL && query->date_to != NULL)
    {
      /* "2022-10" sorts before "2022-10-05": compare on the known part. */
      g_string_append_printf (sql, "%sa.published IS NOT NULL AND a.published <= ?9"
                                   " AND a.published >= substr (?8, 1, length (a.published))", where);
      where = " AND ";
    }

  switch (query->sort)
    {
    case SITREP_ARTICLE_SORT_PUBLISHED:
      g_string_append (sql, " ORDER BY a.published IS NULL, a.published DESC, a.id DESC");
      break;
    case SITREP_ARTICLE_SORT_TITLE:
      g_string_append (sql, " ORDER BY a.title COLLATE NOCASE, a.id");
      break;
    case SITREP_ARTICLE_SORT_SOURCE:
      g_string_append (sql, " ORDER BY s.name IS NULL, s.name COLLATE NOCASE, a.id DESC");
      break;
    case SITREP_ARTICLE_SORT_RELEVANCE:
      g_string_append (sql, fts != NULL ? " ORDER BY f.rank, a.id DESC" : " ORDER BY a.id DESC");
      break;
    case SITREP_ARTICLE_SORT_IMPORTED:
    default:
      g_string_append (sql, " ORDER BY a.id DESC");
      break;
    }

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, sql->str, error);
  if (stmt == NULL)
    {
      UNLOCK ();
      return NULL;
    }
  if (fts != NULL)
    sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  if (query->status >= 0)
    sqlite3_bind_int (stmt, 2, query->status);
  if (query->source != NULL)
    sqlite3_bind_text (stmt, 3, query->source, -1, SQLITE_TRANSIENT);
  if (query->in_area)
    {
      sqlite3_bind_double (stmt, 4, query->west);
      sqlite3_bind_double (stmt, 5, query->east);
      sqlite3_bind_double (stmt, 6, query->south);
      sqlite3_bind_double (stmt, 7, query->north);
    }
  if (query->date_from != NULL && query->date_to != NULL)
    {
      sqlite3_bind_text (stmt, 8, query->date_from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 9, query->date_to, -1, SQLITE_TRANSIENT);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  UNLOCK ();

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("list the articles"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

GPtrArray *
sitrep_store_search (SitrepStore  *self,
                     const char   *search,
                     guint         limit,
                     GError      **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *fts = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  fts = make_fts_query (search);
  if (fts == NULL)
    return g_steal_pointer (&hits);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self,
                        "SELECT " ARTICLE_COLUMNS ", snippet (articles_fts, -1, '" MARK_OPEN "', '"
                        MARK_CLOSE "', '…', 16)"
                        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                        " LEFT JOIN sources s ON s.id = a.source_id"
                        " WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2", error);
  if (stmt == NULL)
    {
      UNLOCK ();
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? limit : G_MAXINT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SitrepArticle *article = article_from_row (stmt);
      g_autofree char *markup = marked_to_markup ((const char *) sqlite3_column_text (stmt, 11));

      sitrep_article_set_snippet (article, markup);
      g_ptr_array_add (hits, article);
    }
  sqlite3_reset (stmt);
  UNLOCK ();

  if (rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, self->db, rc, _("search the project"));
      return NULL;
    }

  return g_steal_pointer (&hits);
}

char *
sitrep_store_get_snippet (SitrepStore *self,
                          gint64       id,
                          const char  *search)
{
  g_autofree char *fts = NULL;
  char *markup;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  fts = make_fts_query (search);
  if (fts == NULL)
    return NULL;

  LOCK_OR_RETURN (NULL);
  markup = snippet_locked (self, id, fts);
  UNLOCK ();

  return markup;
}

GArray *
sitrep_store_get_match_ranges (SitrepStore  *self,
                               gint64        id,
                               const char   *search,
                               GError      **error)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *fts = NULL;
  g_autofree char *marked = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  fts = make_fts_query (search);
  if (fts == NULL)
    return g_steal_pointer (&ranges);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self,
                        "SELECT highlight (articles_fts, 1, '" MARK_OPEN "', '" MARK_CLOSE "')"
                        " FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2", error);
  if (stmt == NULL)
    {
      UNLOCK ();
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    marked = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  UNLOCK ();

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _sitrep_store_set_sqlite_error (error, NULL, rc, _("search the article"));
      return NULL;
    }

  if (marked != NULL)
    {
      guint offset = 0;

      for (const char *p = marked; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (*p == '\x01' || *p == '\x02')
            g_array_append_val (ranges, offset);
          else
            offset++;
        }
      if (ranges->len % 2 != 0)
        g_array_set_size (ranges, ranges->len - 1);
    }

  return g_steal_pointer (&ranges);
}

GStrv
sitrep_store_list_sources (SitrepStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);

  LOCK_OR_RETURN (g_strv_builder_end (builder));
  stmt = _sitrep_store_statement (self,
                        "SELECT name FROM sources WHERE id IN (SELECT source_id FROM articles)"
                        " ORDER BY name COLLATE NOCASE", NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return g_strv_builder_end (builder);
}

char *
sitrep_store_get_meta (SitrepStore *self,
                       const char  *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  GError **error = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  LOCK_OR_RETURN (NULL);
  stmt = _sitrep_store_statement (self, "SELECT value FROM meta WHERE key = ?1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  UNLOCK ();

  return value;
}

gboolean
sitrep_store_set_meta (SitrepStore  *self,
                       const char   *key,
                       const char   *value,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int rc = SQLITE_ERROR;

  g_return_val_if_fail (SITREP_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!_sitrep_store_check_writable (self, error))
    return FALSE;

  LOCK_OR_RETURN (FALSE);
  stmt = _sitrep_store_statement (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      _sitrep_store_bind_text (stmt, 2, value);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        _sitrep_store_set_sqlite_error (error, self->db, rc, _("save the project settings"));
    }
  UNLOCK ();

  return rc == SQLITE_DONE;
}

/* Tables copied by salvage, parents before children. */
static const char * const salvage_tables[] = {
  "meta", "sources", "articles", "article_texts", "annotators", "labels", "entities",
  "entity_aliases", "annotations", "events", "event_actors", "event_evidence", "claims",
  "stories", "story_steps", "journal",
};

static char *
common_columns (sqlite3    *db,
                const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s') WHERE name IN"
                                          " (SELECT name FROM pragma_table_info ('%s', 'old'))",
                                          table, table);
  g_autoptr(GString) cols = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (cols->len > 0)
        g_string_append_c (cols, ',');
      g_string_append_printf (cols, "\"%s\"", sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);

  return cols->len > 0 ? g_string_free (g_steal_pointer (&cols), FALSE) : NULL;
}

/**
 * sitrep_store_salvage:
 * @path: a damaged project
 * @dest_path: a new file to write
 *
 * Builds a new project from every row of @path that can still be read, row by
 * row where a whole table cannot be read. @path is opened read-only.
 */
gboolean
sitrep_store_salvage (const char  *path,
                      const char  *dest_path,
                      GError     **error)
{
  g_autoptr(SitrepStore) dest = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *attach = NULL;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL && dest_path != NULL, FALSE);

  dest = sitrep_store_create (dest_path, error);
  if (dest == NULL)
    return FALSE;
  db = dest->db;

  escaped = g_uri_escape_string (path, "/", FALSE);
  attach = g_strdup_printf ("ATTACH 'file:%s?mode=ro&immutable=1' AS old", escaped);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  if (sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, attach, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_CORRUPT,
                   _("The damage reaches the part of the file that describes its tables, so "
                     "nothing could be salvaged from it. A backup copy of the project is the "
                     "way back."));
      goto failed;
    }

  sqlite3_exec (db, "DELETE FROM main.meta", NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (salvage_tables); i++)
    {
      const char *table = salvage_tables[i];
      g_autofree char *cols = common_columns (db, table);
      g_autofree char *bulk = NULL;

      if (cols == NULL)
        continue;

      bulk = g_strdup_printf ("INSERT OR IGNORE INTO main.\"%s\" (%s) SELECT %s FROM old.\"%s\"",
                              table, cols, cols, table);
      if (sqlite3_exec (db, bulk, NULL, NULL, NULL) != SQLITE_OK)
        {
          /* Row by row over the rowids that can still be found. */
          g_autofree char *max_sql = g_strdup_printf ("SELECT max(rowid) FROM old.\"%s\"", table);
          g_autofree char *one = g_strdup_printf ("INSERT OR IGNORE INTO main.\"%s\" (%s)"
                                                  " SELECT %s FROM old.\"%s\" WHERE rowid = ?1",
                                                  table, cols, cols, table);
          sqlite3_stmt *stmt = NULL;
          int rc;
          gint64 max_rowid = query_int (db, max_sql, &rc);

          if (rc != SQLITE_OK || max_rowid <= 0)
            max_rowid = 1000000;
          if (sqlite3_prepare_v2 (db, one, -1, &stmt, NULL) != SQLITE_OK)
            continue;
          for (gint64 r = 1; r <= max_rowid; r++)
            {
              sqlite3_bind_int64 (stmt, 1, r);
              sqlite3_step (stmt);
              sqlite3_reset (stmt);
            }
          sqlite3_finalize (stmt);
        }
    }

  /* Orphans of rows that were lost, then the index from the texts that survived. */
  sqlite3_exec (db,
                "DELETE FROM article_texts WHERE article_id NOT IN (SELECT id FROM articles);"
                "DELETE FROM articles WHERE id NOT IN (SELECT article_id FROM article_texts);"
                "DETACH old;"
                "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');"
                "PRAGMA foreign_keys = ON;",
                NULL, NULL, NULL);

  if (!_sitrep_store_exec (db, "PRAGMA user_version = " G_STRINGIFY (SITREP_STORE_SCHEMA_VERSION),
                           error))
    goto failed;

  sitrep_store_close (dest);
  return TRUE;

failed:
  sitrep_store_close (dest);
  g_unlink (dest_path);
  return FALSE;
}

/* Internals for the store's other files (sitrep-store-private.h). */

sqlite3 *
_sitrep_store_lock (SitrepStore  *self,
                    GError      **error)
{
  g_rec_mutex_lock (&self->lock);
  if (self->db == NULL)
    {
      g_rec_mutex_unlock (&self->lock);
      g_set_error (error, SITREP_STORE_ERROR, SITREP_STORE_ERROR_IO, _("The project is closed."));
      return NULL;
    }
  return self->db;
}

void
_sitrep_store_unlock (SitrepStore *self)
{
  g_rec_mutex_unlock (&self->lock);
}

void
_sitrep_store_emit (SitrepStore *self,
                    const char  *name,
                    gint64       id)
{
  guint signal_id = g_signal_lookup (name, SITREP_TYPE_STORE);

  g_return_if_fail (signal_id != 0);
  emit (self, signal_id, id);
}

const char *
_sitrep_store_get_session (SitrepStore *self)
{
  return self->session;
}
