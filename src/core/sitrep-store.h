/* sitrep-store.h — the project file: one SQLite database, its schema and every query
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-annotation.h"
#include "sitrep-article.h"
#include "sitrep-entity.h"
#include "sitrep-label.h"
#include "sitrep-import-record.h"

G_BEGIN_DECLS

#define SITREP_STORE_ERROR (sitrep_store_error_quark ())

typedef enum
{
  SITREP_STORE_ERROR_NOT_A_PROJECT,
  SITREP_STORE_ERROR_SCHEMA_TOO_NEW,
  SITREP_STORE_ERROR_CORRUPT,
  SITREP_STORE_ERROR_LOCKED,
  SITREP_STORE_ERROR_READ_ONLY,
  SITREP_STORE_ERROR_NOT_FOUND,
  SITREP_STORE_ERROR_EXISTS,
  SITREP_STORE_ERROR_DUPLICATE,
  SITREP_STORE_ERROR_INVALID,
  SITREP_STORE_ERROR_IO,
} SitrepStoreError;

typedef enum
{
  SITREP_STORE_OPEN_DEFAULT   = 0,
  SITREP_STORE_OPEN_READ_ONLY = 1 << 0, /* never write; take no lock */
} SitrepStoreOpenFlags;

/* Bump with every migration step added in sitrep-store-schema.c. */
#define SITREP_STORE_SCHEMA_VERSION 2
/* PRAGMA application_id of every Sitrep project: "SITR". */
#define SITREP_STORE_APPLICATION_ID 0x53495452

#define SITREP_TYPE_STORE (sitrep_store_get_type ())
G_DECLARE_FINAL_TYPE (SitrepStore, sitrep_store, SITREP, STORE, GObject)

GQuark        sitrep_store_error_quark          (void);

/* Creates a new project at @path; fails with EXISTS when a file is there. */
SitrepStore  *sitrep_store_create               (const char            *path,
                                                 GError               **error);
/* Opens a project, migrating an older schema. Fails with NOT_A_PROJECT,
 * SCHEMA_TOO_NEW, CORRUPT or LOCKED and then leaves the file untouched.
 * A file the user may not write is opened read-only (see is_read_only). */
SitrepStore  *sitrep_store_open                 (const char            *path,
                                                 SitrepStoreOpenFlags   flags,
                                                 GError               **error);
/* Copies a damaged project to @dest_path, keeping every row that can still be
 * read; the damaged file is not changed. */
gboolean      sitrep_store_salvage              (const char            *path,
                                                 const char            *dest_path,
                                                 GError               **error);
const char   *sitrep_store_get_path             (SitrepStore           *self);
gboolean      sitrep_store_is_read_only         (SitrepStore           *self);
int           sitrep_store_get_schema_version   (SitrepStore           *self);
/* Runs SQLite's integrity check and the project's own checks. */
gboolean      sitrep_store_check                (SitrepStore           *self,
                                                 char                 **report,
                                                 GError               **error);
void          sitrep_store_close                (SitrepStore           *self);

/* Articles. Every write is one transaction, committed before return. */
gint64        sitrep_store_add_article          (SitrepStore           *self,
                                                 const SitrepImportRecord *record,
                                                 gint64                *duplicate_of,
                                                 GError               **error);
/* Adds @n_records in one transaction. results[i] is the new id, or
 * -(id of the article it duplicates), or 0 on error (errors[i] set, may be NULL). */
gboolean      sitrep_store_add_articles         (SitrepStore           *self,
                                                 SitrepImportRecord   **records,
                                                 guint                  n_records,
                                                 gint64                *results,
                                                 GError               **errors,
                                                 GError               **error);
/* The id of an article whose clean body has the same content, or 0. */
gint64        sitrep_store_find_duplicate       (SitrepStore           *self,
                                                 const char            *body);
guint         sitrep_store_count_articles       (SitrepStore           *self);
SitrepArticle *sitrep_store_get_article         (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
/* Fills @articles (SitrepArticle*) for @ids in the given order; missing ids are skipped. */
gboolean      sitrep_store_get_articles         (SitrepStore           *self,
                                                 const gint64          *ids,
                                                 guint                  n_ids,
                                                 GPtrArray             *articles,
                                                 GError               **error);
char         *sitrep_store_get_article_body     (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
GBytes       *sitrep_store_get_article_original (SitrepStore           *self,
                                                 gint64                 id,
                                                 char                 **encoding,
                                                 GError               **error);
/* Changes title, source, URL and publication date of an article. A date
 * without a year must be passed as precision UNKNOWN with a note. */
gboolean      sitrep_store_set_article_metadata (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *title,
                                                 const char            *source,
                                                 const char            *url,
                                                 const char            *published,
                                                 SitrepDatePrecision    precision,
                                                 const char            *published_note,
                                                 GError               **error);
gboolean      sitrep_store_set_article_status   (SitrepStore           *self,
                                                 gint64                 id,
                                                 SitrepArticleStatus    status,
                                                 GError               **error);
gboolean      sitrep_store_delete_article       (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);

/* Listing and search. @status < 0 and @source == NULL mean "any";
 * @search is what the user typed (made safe for FTS5 here). */
typedef struct
{
  int                status;
  const char        *source;
  const char        *search;
  SitrepArticleSort  sort;
} SitrepArticleQuery;

#define SITREP_ARTICLE_QUERY_INIT { -1, NULL, NULL, SITREP_ARTICLE_SORT_IMPORTED }

GArray       *sitrep_store_query_article_ids    (SitrepStore           *self,
                                                 const SitrepArticleQuery *query,
                                                 GError               **error);
/* Ranked full-text search: SitrepArticle objects with their snippet set
 * (matches wrapped in <b></b>, text escaped for Pango markup). */
GPtrArray    *sitrep_store_search               (SitrepStore           *self,
                                                 const char            *search,
                                                 guint                  limit,
                                                 GError               **error);
/* Pango-markup snippet of @id for @search, or NULL. */
char         *sitrep_store_get_snippet          (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *search);
/* Where @search matches in the body of @id: pairs of (start, end) offsets
 * in Unicode code points, as guint in the array. */
GArray       *sitrep_store_get_match_ranges     (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *search,
                                                 GError               **error);
/* Names of the sources used by articles, sorted. */
GStrv         sitrep_store_list_sources         (SitrepStore           *self);

/* Project settings kept in the file (key/value). */
char         *sitrep_store_get_meta             (SitrepStore           *self,
                                                 const char            *key);
gboolean      sitrep_store_set_meta             (SitrepStore           *self,
                                                 const char            *key,
                                                 const char            *value,
                                                 GError               **error);

/* Labels (sitrep-store-coding.c). Every edit below is one transaction and
 * one entry of the undo history. */
GPtrArray    *sitrep_store_list_labels          (SitrepStore           *self,
                                                 GError               **error);
gint64        sitrep_store_add_label            (SitrepStore           *self,
                                                 const char            *name,
                                                 const char            *kind,
                                                 const char            *color,
                                                 const char            *shortcut,
                                                 const char            *description,
                                                 GError               **error);
gboolean      sitrep_store_update_label         (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *name,
                                                 const char            *kind,
                                                 const char            *color,
                                                 const char            *shortcut,
                                                 const char            *description,
                                                 GError               **error);
guint         sitrep_store_count_label_uses     (SitrepStore           *self,
                                                 gint64                 id);
/* Deletes the label and its annotations (undoable). */
gboolean      sitrep_store_delete_label         (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
char         *sitrep_store_export_labels        (SitrepStore           *self,
                                                 GError               **error);
gboolean      sitrep_store_import_labels        (SitrepStore           *self,
                                                 const char            *json,
                                                 GError               **error);

/* Annotators */
gint64        sitrep_store_ensure_annotator     (SitrepStore           *self,
                                                 const char            *name,
                                                 GError               **error);
GStrv         sitrep_store_list_annotators      (SitrepStore           *self);

/* Annotations: spans in Unicode code points of the stored body. */
gint64        sitrep_store_add_annotation       (SitrepStore           *self,
                                                 gint64                 article_id,
                                                 gint64                 label_id,
                                                 guint                  start,
                                                 guint                  end,
                                                 gint64                 annotator_id,
                                                 gint64                 entity_id,
                                                 const char            *attributes,
                                                 GError               **error);
gboolean      sitrep_store_delete_annotation    (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
gboolean      sitrep_store_set_annotation_label (SitrepStore           *self,
                                                 gint64                 id,
                                                 gint64                 label_id,
                                                 GError               **error);
gboolean      sitrep_store_set_annotation_entity (SitrepStore          *self,
                                                  gint64                id,
                                                  gint64                entity_id,
                                                  GError              **error);
gboolean      sitrep_store_set_annotation_attributes (SitrepStore      *self,
                                                      gint64            id,
                                                      const char       *attributes,
                                                      GError          **error);
GPtrArray    *sitrep_store_list_annotations     (SitrepStore           *self,
                                                 gint64                 article_id,
                                                 gint64                 annotator_id,
                                                 GError               **error);
SitrepAnnotation *sitrep_store_get_annotation   (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);

/* Entities: actors, persons and places with their aliases. */
gint64        sitrep_store_add_entity           (SitrepStore           *self,
                                                 const char            *kind,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_add_alias            (SitrepStore           *self,
                                                 gint64                 entity_id,
                                                 const char            *alias,
                                                 GError               **error);
SitrepEntity *sitrep_store_get_entity           (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
GPtrArray    *sitrep_store_list_entities        (SitrepStore           *self,
                                                 const char            *kind,
                                                 GError               **error);
GPtrArray    *sitrep_store_find_entities        (SitrepStore           *self,
                                                 const char            *kind,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_rename_entity        (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_set_entity_actor_type (SitrepStore          *self,
                                                  gint64                id,
                                                  const char           *actor_type,
                                                  GError              **error);
gboolean      sitrep_store_merge_entities       (SitrepStore           *self,
                                                 gint64                 keep,
                                                 gint64                 merge,
                                                 GError               **error);
gint64        sitrep_store_link_mention         (SitrepStore           *self,
                                                 gint64                 annotation_id,
                                                 const char            *kind,
                                                 GError               **error);

/* Undo and redo of this session's edits (sitrep-store-journal.c). */
gboolean      sitrep_store_undo                 (SitrepStore           *self,
                                                 GError               **error);
gboolean      sitrep_store_redo                 (SitrepStore           *self,
                                                 GError               **error);
char         *sitrep_store_dup_undo_description (SitrepStore           *self);
char         *sitrep_store_dup_redo_description (SitrepStore           *self);

/* Signals, always emitted on the main context the store was opened in,
 * whatever thread made the change:
 *   "articles-changed" (void): articles were added or deleted
 *   "article-updated"  (gint64 id): one article's metadata or status changed
 *   "annotations-changed" (gint64 article id, 0 for many), "labels-changed",
 *   "entities-changed", "history-changed" (what undo/redo would do changed) */

G_END_DECLS
