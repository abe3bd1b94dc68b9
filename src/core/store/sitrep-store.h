/* sitrep-store.h — the project file: one SQLite database, its schema and every query
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sitrep-types.h"
#include "sitrep-store-change.h"
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
#define SITREP_STORE_SCHEMA_VERSION 6
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
  /* Only articles naming a placed entity inside [west, east] × [south, north]. */
  gboolean           in_area;
  double             west, south, east, north;
  /* Only articles published within [date_from, date_to] (ISO days); a date
   * known to the month or year counts when its month or year overlaps. */
  const char        *date_from;
  const char        *date_to;
} SitrepArticleQuery;

#define SITREP_ARTICLE_QUERY_INIT { -1, NULL, NULL, SITREP_ARTICLE_SORT_IMPORTED, FALSE, 0, 0, 0, 0, NULL, NULL }

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
/* Merges two spellings of one outlet: @merge's articles get @keep, @merge
 * goes (sitrep-store-sources.c). One undo step. */
gboolean      sitrep_store_merge_sources        (SitrepStore           *self,
                                                 const char            *keep,
                                                 const char            *merge,
                                                 guint                 *n_moved,
                                                 GError               **error);

/* Project settings kept in the file (key/value). */
char         *sitrep_store_get_meta             (SitrepStore           *self,
                                                 const char            *key);
gboolean      sitrep_store_set_meta             (SitrepStore           *self,
                                                 const char            *key,
                                                 const char            *value,
                                                 GError               **error);

/* Labels (sitrep-store-labels.c). Every edit below is one transaction and
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

/* Annotators (sitrep-store-coding.c) */
gint64        sitrep_store_ensure_annotator     (SitrepStore           *self,
                                                 const char            *name,
                                                 GError               **error);
GStrv         sitrep_store_list_annotators      (SitrepStore           *self);

/* Annotations (sitrep-store-coding.c): spans in Unicode code points of the stored body. */
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
/* Moves the span's ends (code points), keeping its label, entity and attributes. */
gboolean      sitrep_store_set_annotation_span  (SitrepStore           *self,
                                                 gint64                 id,
                                                 guint                  start,
                                                 guint                  end,
                                                 GError               **error);
GPtrArray    *sitrep_store_list_annotations     (SitrepStore           *self,
                                                 gint64                 article_id,
                                                 gint64                 annotator_id,
                                                 GError               **error);
SitrepAnnotation *sitrep_store_get_annotation   (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);

/* Entities (sitrep-store-entities.c): actors, persons and places with their aliases. */
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
gboolean      sitrep_store_set_entity_place     (SitrepStore           *self,
                                                 gint64                 id,
                                                 double                 latitude,
                                                 double                 longitude,
                                                 const char            *admin1,
                                                 const char            *country,
                                                 const char            *gazetteer_id,
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
/* Edits between these two are undone and redone as one step. */
void          sitrep_store_begin_group          (SitrepStore           *self,
                                                 const char            *description);
void          sitrep_store_end_group            (SitrepStore           *self);
/* The id of the annotator called @name, or 0 (nothing is created). */
gint64        sitrep_store_find_annotator       (SitrepStore           *self,
                                                 const char            *name);

/* Signals, always emitted on the main context the store was opened in,
 * whatever thread made the change, after the change is committed:
 *   "changed" (SitrepStoreChange *change), detailed by kind: what one write,
 *     undo or redo added, changed or removed, with the ids. Views connect
 *     to the kinds they show ("changed::annotation") and update those rows;
 *     see sitrep-store-change.h. The signals below are older and coarser;
 *     they are still emitted while views move to "changed".
 *   "articles-changed" (void): articles were added or deleted
 *   "article-updated"  (gint64 id): one article's metadata or status changed
 *   "annotations-changed" (gint64 article id, 0 for many), "labels-changed",
 *   "entities-changed", "history-changed" (what undo/redo would do changed) */

/* ---------------------------------------------------------------- Events and claims
 * (sitrep-store-events.c; reading, queries and merges in
 * sitrep-store-event-query.c; claims, evidence and figures in
 * sitrep-store-claims.c). Every edit below is one transaction and one
 * entry of the undo history, and emits "events-changed" with the event's
 * id (0 when several changed). Dates are YYYY-MM-DD. Validation failures
 * are SITREP_STORE_ERROR_INVALID with a message for the user. */

#include <math.h>

#include "sitrep-claim.h"
#include "sitrep-claims.h"
#include "sitrep-codebook.h"
#include "sitrep-event.h"

/* The fields of an event, for create and update. Strings and arrays are
 * borrowed. Initialise with SITREP_EVENT_DRAFT_INIT (or fill from an event
 * with sitrep_event_draft_init_from_event) and change what the user changed. */
typedef struct
{
  const char    *event_type;       /* from the codebook, or NULL */
  const char    *sub_event_type;   /* must belong to event_type */
  const char    *date_start;       /* YYYY-MM-DD or NULL */
  const char    *date_end;         /* NULL: the start day */
  int            date_precision;   /* UCDP date_prec 1–5, 0 unknown */
  gint64         place_id;         /* a place entity, or 0 */
  const char    *location;         /* the place as reported (kept without an entity) */
  const char    *admin1;           /* NULL: the place entity's */
  const char    *admin2;
  const char    *country;          /* NULL: the place entity's */
  double         latitude;         /* NAN: the place entity's coordinates, if any */
  double         longitude;
  int            geo_precision;    /* ACLED 1–3, 0 unset */
  int            where_prec;       /* UCDP 1–7, 0 unset */
  gint64         actor1_id;        /* actor entities, 0 for none */
  gint64         actor2_id;
  const gint64  *assoc1_ids;       /* associated actors of each side */
  guint          n_assoc1;
  const gint64  *assoc2_ids;
  guint          n_assoc2;
  gboolean       civilian_targeting;
  const char    *description;
  const char    *notes;
  const char    *source_scale;
} SitrepEventDraft;

#define SITREP_EVENT_DRAFT_INIT { NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NAN, NAN, \
                                  0, 0, 0, 0, NULL, 0, NULL, 0, FALSE, NULL, NULL, NULL }

/* Fills @draft from @event; the draft borrows the event's strings and arrays. */
void          sitrep_event_draft_init_from_event (SitrepEventDraft      *draft,
                                                  SitrepEvent           *event);

/* A claim, for add and update. count_high < 0 means "= count_low". */
typedef struct
{
  SitrepClaimKind   kind;
  SitrepQualifier   qualifier;
  gint64            count_low;
  gint64            count_high;
  SitrepVictimSide  victim_side;
  gint64            claimant_id;    /* an entity, or 0 */
  const char       *claimant_text;  /* who says it when there is no entity */
  gint64            article_id;     /* 0 for none */
  gint64            annotation_id;  /* 0 for none */
} SitrepClaimDraft;

#define SITREP_CLAIM_DRAFT_INIT { SITREP_CLAIM_KILLED, SITREP_QUALIFIER_EXACT, 0, -1, \
                                  SITREP_VICTIM_UNKNOWN, 0, NULL, 0, 0 }

/* A piece of evidence: a span of an article that reports the event. */
typedef struct
{
  gint64  id;
  gint64  event_id;
  gint64  article_id;
  gint64  annotation_id;   /* 0 when the span is not an annotation */
  guint   start;           /* Unicode code points of the article body */
  guint   end;
  char   *text;
  char   *article_title;
  char   *source;          /* the article's outlet, or NULL */
} SitrepEvidence;

#define SITREP_TYPE_EVIDENCE (sitrep_evidence_get_type ())
GType           sitrep_evidence_get_type (void) G_GNUC_CONST;
SitrepEvidence *sitrep_evidence_copy     (const SitrepEvidence *evidence);
void            sitrep_evidence_free     (SitrepEvidence       *evidence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepEvidence, sitrep_evidence_free)

typedef enum
{
  SITREP_EVENT_SORT_DATE = 0,     /* start date, undated last */
  SITREP_EVENT_SORT_TYPE,
  SITREP_EVENT_SORT_PLACE,        /* place entity name, else the place as reported */
  SITREP_EVENT_SORT_ACTOR,        /* actor 1 */
  SITREP_EVENT_SORT_FATALITIES,
  SITREP_EVENT_SORT_SOURCES,
  SITREP_EVENT_SORT_DISPUTED,
  SITREP_EVENT_SORT_CREATED,
} SitrepEventSort;

/* A filter and an order for the Events view. NULL / 0 / -1 mean "any". */
typedef struct
{
  const char       *event_type;
  const char       *date_from;     /* events overlapping [date_from, date_to] */
  const char       *date_to;
  gint64            place_id;
  gint64            actor_id;      /* in any role */
  int               disputed;      /* -1 any, 0 not disputed, 1 disputed */
  const char       *search;        /* words in description, notes, place or actor names */
  SitrepEventSort   sort;
  gboolean          descending;
  /* Only events placed inside [west, east] × [south, north] (R*Tree). */
  gboolean          in_area;
  double            west, south, east, north;
} SitrepEventQuery;

#define SITREP_EVENT_QUERY_INIT { NULL, NULL, NULL, 0, 0, -1, NULL, SITREP_EVENT_SORT_DATE, FALSE }

gint64        sitrep_store_create_event         (SitrepStore           *self,
                                                 const SitrepEventDraft *draft,
                                                 GError               **error);
SitrepEvent  *sitrep_store_get_event            (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
/* Fills @events (SitrepEvent*) for @ids in the given order; missing ids are skipped. */
gboolean      sitrep_store_get_events           (SitrepStore           *self,
                                                 const gint64          *ids,
                                                 guint                  n_ids,
                                                 GPtrArray             *events,
                                                 GError               **error);
/* Replaces every field of the event with @draft's. */
gboolean      sitrep_store_update_event         (SitrepStore           *self,
                                                 gint64                 id,
                                                 const SitrepEventDraft *draft,
                                                 GError               **error);
/* One-field edits for the event form; each is one undo step. */
gboolean      sitrep_store_set_event_type       (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *event_type,
                                                 const char            *sub_event_type,
                                                 GError               **error);
gboolean      sitrep_store_set_event_dates      (SitrepStore           *self,
                                                 gint64                 id,
                                                 const char            *date_start,
                                                 const char            *date_end,
                                                 int                    date_precision,
                                                 GError               **error);
gboolean      sitrep_store_set_event_place      (SitrepStore           *self,
                                                 gint64                 id,
                                                 gint64                 place_id,
                                                 int                    geo_precision,
                                                 int                    where_prec,
                                                 GError               **error);
/* Sets coordinates directly (NAN, NAN: back to the place entity's). */
gboolean      sitrep_store_set_event_coordinates (SitrepStore          *self,
                                                  gint64                id,
                                                  double                latitude,
                                                  double                longitude,
                                                  GError              **error);
gboolean      sitrep_store_set_event_actors     (SitrepStore           *self,
                                                 gint64                 id,
                                                 gint64                 actor1_id,
                                                 gint64                 actor2_id,
                                                 const gint64          *assoc1_ids,
                                                 guint                  n_assoc1,
                                                 const gint64          *assoc2_ids,
                                                 guint                  n_assoc2,
                                                 GError               **error);
gboolean      sitrep_store_set_event_text       (SitrepStore           *self,
                                                 gint64                 id,
                                                 gboolean               civilian_targeting,
                                                 const char            *description,
                                                 const char            *notes,
                                                 GError               **error);
/* Overrides UCDP best (@best < 0 clears it); a reason is required. */
gboolean      sitrep_store_set_event_best_override (SitrepStore        *self,
                                                    gint64              id,
                                                    gint64              best,
                                                    const char         *reason,
                                                    GError            **error);
/* Overrides UCDP low and high (< 0 clears both); a reason is required. */
gboolean      sitrep_store_set_event_range_override (SitrepStore       *self,
                                                     gint64             id,
                                                     gint64             low,
                                                     gint64             high,
                                                     const char        *reason,
                                                     GError           **error);
/* Deletes the event with its claims, evidence and actors (undoable). */
gboolean      sitrep_store_delete_event         (SitrepStore           *self,
                                                 gint64                 id,
                                                 GError               **error);
guint         sitrep_store_count_events         (SitrepStore           *self);
/* Ids of the events matching @query (NULL: all, by date), in order. Only
 * ids: page objects in with sitrep_store_get_events. */
GArray       *sitrep_store_query_event_ids      (SitrepStore           *self,
                                                 const SitrepEventQuery *query,
                                                 GError               **error);
/* Places many events at once (coordinates[2 i] latitude, [2 i + 1] longitude),
 * as one undo step; stops at the first error. */
gboolean      sitrep_store_place_events         (SitrepStore           *self,
                                                 const gint64          *ids,
                                                 const double          *coordinates,
                                                 guint                  n,
                                                 const char            *description,
                                                 GError               **error);

/* Evidence. */
gint64        sitrep_store_add_event_evidence   (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 gint64                 article_id,
                                                 guint                  start,
                                                 guint                  end,
                                                 GError               **error);
gint64        sitrep_store_add_event_evidence_annotation (SitrepStore  *self,
                                                          gint64        event_id,
                                                          gint64        annotation_id,
                                                          GError      **error);
gboolean      sitrep_store_remove_event_evidence (SitrepStore          *self,
                                                  gint64                evidence_id,
                                                  GError              **error);
/* SitrepEvidence*, by article then start. */
GPtrArray    *sitrep_store_list_event_evidence  (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 GError               **error);

/* Claims: the ledger of an event. */
gint64        sitrep_store_add_claim            (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 const SitrepClaimDraft *draft,
                                                 GError               **error);
gboolean      sitrep_store_update_claim         (SitrepStore           *self,
                                                 gint64                 claim_id,
                                                 const SitrepClaimDraft *draft,
                                                 GError               **error);
gboolean      sitrep_store_delete_claim         (SitrepStore           *self,
                                                 gint64                 claim_id,
                                                 GError               **error);
SitrepClaim  *sitrep_store_get_claim            (SitrepStore           *self,
                                                 gint64                 claim_id,
                                                 GError               **error);
/* SitrepClaim*, in the order they were added. */
GPtrArray    *sitrep_store_list_claims          (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 GError               **error);
/* Makes a claim of a casualty annotation in one step: the kind from its
 * label (Killed, Wounded, Captured/Missing), the figure from its attributes
 * or else read from its words, the article and span linked, and the span
 * added as evidence of the event. @claimant_id may be 0. */
gint64        sitrep_store_add_claim_from_annotation (SitrepStore      *self,
                                                      gint64            event_id,
                                                      gint64            annotation_id,
                                                      SitrepVictimSide  victim_side,
                                                      gint64            claimant_id,
                                                      GError          **error);
/* The same, once: a span that is already a claim of @event_id is not added
 * again; @added (may be NULL) tells which happened. Returns the claim id. */
gint64        sitrep_store_make_claim           (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 gint64                 annotation_id,
                                                 SitrepVictimSide       victim_side,
                                                 gint64                 claimant_id,
                                                 gboolean              *added,
                                                 GError               **error);
/* The event's figures derived now from its claims, with how each was
 * derived (see sitrep_claims_derive). Clear with sitrep_derived_figures_clear. */
gboolean      sitrep_store_get_event_figures    (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 SitrepDerivedFigures  *figures,
                                                 GError               **error);

/* Same-incident suggestions: events whose dates are within 3 days of the
 * draft's and that share its place entity, lie within 25 km, share an
 * actor, or (dated drafts) have its event type and sub-type — a second
 * report often names the place otherwise and no actor; best first. */
typedef struct
{
  gint64    event_id;
  double    score;
  gboolean  same_place;
  double    distance_km;   /* NAN when either has no coordinates */
  int       days_apart;    /* G_MAXINT when either has no date */
  guint     common_actors;
  gboolean  same_type;     /* the same event type and sub-type (both coded) */
} SitrepEventMatch;

/* SitrepEventMatch (GArray), best first; @exclude_id (0 for none) is left out. */
GArray       *sitrep_store_find_similar_events  (SitrepStore           *self,
                                                 const SitrepEventDraft *draft,
                                                 gint64                 exclude_id,
                                                 GError               **error);
GArray       *sitrep_store_find_events_like     (SitrepStore           *self,
                                                 gint64                 event_id,
                                                 GError               **error);
/* Moves every claim, piece of evidence and actor of @merge into @keep,
 * fills @keep's empty fields from @merge, widens its dates to cover both,
 * and deletes @merge. One undo step. */
gboolean      sitrep_store_merge_events         (SitrepStore           *self,
                                                 gint64                 keep,
                                                 gint64                 merge,
                                                 GError               **error);

/* Bulk import (sitrep-ucdp.c and other importers). */
typedef struct
{
  SitrepEventDraft         draft;          /* actor ids are ignored: actors are given by name */
  const char              *actor1_name;    /* actor entities found by name, made when missing */
  const char              *actor1_type;    /* actor type for a new entity, may be NULL */
  const char              *actor2_name;
  const char              *actor2_type;
  const SitrepClaimDraft  *claims;
  guint                    n_claims;
  const char              *claimant_name;  /* claimant entity (an actor) of every claim, or NULL */
  gint64                   low_override;   /* -1 for none */
  gint64                   high_override;
  const char              *range_override_reason;
  const char              *external_source;
  const char              *external_id;
  const char              *source_reference; /* the source the record names (UCDP source_article) */
} SitrepEventImport;

typedef void (*SitrepEventImportProgress) (guint     done,
                                           guint     total,
                                           gpointer  user_data);

/* Adds @n_items events in ONE transaction, not journaled (an import is
 * not undone; a failure or a cancel leaves the project as it was).
 * Returns the number added. */
guint         sitrep_store_import_events        (SitrepStore           *self,
                                                 const SitrepEventImport *items,
                                                 guint                  n_items,
                                                 SitrepEventImportProgress progress,
                                                 gpointer               user_data,
                                                 GCancellable          *cancellable,
                                                 GError               **error);

/*   "events-changed" (gint64 event id, 0 for many): events, their claims or
 *   evidence were added, changed or removed. Undo and redo emit
 *   "history-changed": the Events view refreshes on both. */

/* ---------------------------------------------------------------- Stories
 * (sitrep-store-stories.c). A story is a named, hand-ordered list of events
 * to present; a project has any number. Every edit below is one transaction
 * and one entry of the undo history, and emits "stories-changed" with the
 * story's id. Undo and redo emit "history-changed" only: a stories view
 * refreshes on both. Steps are addressed by position, 0 first; an event is
 * at most one step of a story. Deleting an event removes its steps. */

typedef struct
{
  gint64  id;
  char   *name;
  char   *created_at;     /* ISO 8601, UTC */
  guint   n_steps;
} SitrepStory;

#define SITREP_TYPE_STORY (sitrep_story_get_type ())
GType         sitrep_story_get_type             (void) G_GNUC_CONST;
SitrepStory  *sitrep_story_copy                 (const SitrepStory     *story);
void          sitrep_story_free                 (SitrepStory           *story);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepStory, sitrep_story_free)

/* Returns the new id, or 0: INVALID (no name), EXISTS (name taken). */
gint64        sitrep_store_create_story         (SitrepStore           *self,
                                                 const char            *name,
                                                 GError               **error);
gboolean      sitrep_store_rename_story         (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 const char            *name,
                                                 GError               **error);
/* Deletes the story and its steps (the events stay). */
gboolean      sitrep_store_delete_story         (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 GError               **error);
/* SitrepStory*, by name. */
GPtrArray    *sitrep_store_list_stories         (SitrepStore           *self,
                                                 GError               **error);
/* The id of the story called @name, or 0 with NOT_FOUND. */
gint64        sitrep_store_find_story           (SitrepStore           *self,
                                                 const char            *name,
                                                 GError               **error);
/* The event ids (gint64) of the steps, in order. */
GArray       *sitrep_store_list_story_steps     (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 GError               **error);
/* Inserts @event_id at @position (-1 or past the end: appends); DUPLICATE
 * when it is already a step. */
gboolean      sitrep_store_add_story_step       (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 gint64                 event_id,
                                                 int                    position,
                                                 GError               **error);
gboolean      sitrep_store_remove_story_step    (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 guint                  position,
                                                 GError               **error);
/* Moves the step at @from so that it ends up at @to. */
gboolean      sitrep_store_move_story_step      (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 guint                  from,
                                                 guint                  to,
                                                 GError               **error);
/* Replaces every step with @event_ids in that order (a drag-and-drop
 * reorder, or a story built from a selection), as one undo step. */
gboolean      sitrep_store_set_story_steps      (SitrepStore           *self,
                                                 gint64                 story_id,
                                                 const gint64          *event_ids,
                                                 guint                  n_event_ids,
                                                 GError               **error);

/*   "stories-changed" (gint64 story id, 0 for many): stories or their
 *   steps were added, changed or removed. */

G_END_DECLS
