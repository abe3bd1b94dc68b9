/* sitrep-story-export.h — incident cards and the story handout: PDF pages and PNGs drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sitrep-store.h"
#include "sitrep-timeline.h"

G_BEGIN_DECLS

#define SITREP_STORY_EXPORT_ERROR (sitrep_story_export_error_quark ())

typedef enum
{
  SITREP_STORY_EXPORT_ERROR_EMPTY,     /* nothing to show */
  SITREP_STORY_EXPORT_ERROR_WRITE,     /* a file could not be written */
} SitrepStoryExportError;

GQuark sitrep_story_export_error_quark (void);

/* What the card of one incident says, as text for people (translated).
 * Fields are NULL when there is nothing to say. The presentation mode
 * shows the same texts as the handout. */
typedef struct
{
  gint64   event_id;
  char    *headline;      /* sub-event type, else event type, else "Incident in PLACE",
                           * else "Uncoded event" */
  char    *date;          /* "3 March 2022", "1–3 March 2022", "March 2022 (month only)" … */
  char    *place;         /* "Jasim, Daraa, Syria" */
  char    *event_type;    /* "Explosions/Remote violence · Remote explosive/landmine/IED" */
  char    *actors;        /* "ISIS against Syrian Arab Army" */
  char    *figures;       /* "18 killed · 20 wounded" (or "No casualty figures reported") */
  char    *sources;       /* who says what: "SOHR: 18 killed · Al-Masdar: more than 20 killed" */
  char    *dispute;       /* set when sources disagree */
  char    *quote;         /* one sentence of evidence, without quotation marks */
  char    *quote_source;  /* its outlet, else its article's title */
  char    *credit;        /* the credit an imported event's dataset asks for (UCDP GED) */
  double   latitude;      /* NAN without coordinates */
  double   longitude;
  char    *area;          /* without coordinates: the governorate or province the
                           * event is in, when the gazetteer knows it, else NULL */
  double   area_latitude; /* its rough centre (NAN without) */
  double   area_longitude;
  int      where_prec;    /* UCDP 1–7, 0 unset */
  gint64   fatalities;    /* -1: no killed claim */
  guint32  first;         /* the date's extent (Julian days), 0 when undated */
  guint32  last;
  int      geo_precision; /* ACLED 1–3 (3: a region or a country), 0 unset */
} SitrepStoryCard;

SitrepStoryCard *sitrep_story_card_new  (SitrepStore      *store,
                                         gint64            event_id,
                                         GError          **error);
void             sitrep_story_card_free (SitrepStoryCard  *card);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepStoryCard, sitrep_story_card_free)

/* The events a presentation steps through: the steps of the story called
 * @story, or with @story NULL every event in date order (undated last). */
GArray          *sitrep_story_get_event_ids (SitrepStore  *store,
                                             const char   *story,
                                             GError      **error);

typedef struct
{
  const char *story;     /* a story's name; NULL: every event in date order */
  const char *title;     /* NULL or empty: no title page */
  const char *pdf_path;  /* NULL: no PDF */
  const char *png_dir;   /* NULL: no PNGs; else step-001.png … (made if missing) */
  double      png_dpi;   /* 0: 300 */
} SitrepStoryExportOptions;

#define SITREP_STORY_EXPORT_OPTIONS_INIT { NULL, NULL, NULL, NULL, 0 }

/* A4 landscape, in points. */
#define SITREP_STORY_PAGE_WIDTH  842.0
#define SITREP_STORY_PAGE_HEIGHT 595.0

typedef void (*SitrepStoryExportProgress) (guint     done,
                                           guint     total,
                                           gpointer  user_data);

/* Draws the page of step @index (0-based) of @n_steps onto @cr, in a
 * SITREP_STORY_PAGE_WIDTH × SITREP_STORY_PAGE_HEIGHT user space: map
 * around the place with a marker (or a note when it has no coordinates),
 * the card and a timeline strip of @strip (every card of the story). */
void             sitrep_story_draw_step     (cairo_t                *cr,
                                             SitrepStoryCard * const *strip,
                                             guint                   n_steps,
                                             guint                   index,
                                             const char             *story_title);
/* Draws the title page: the title, the span of dates and an overview map. */
void             sitrep_story_draw_title    (cairo_t                *cr,
                                             SitrepStoryCard * const *cards,
                                             guint                   n_cards,
                                             const char             *title);

/* Writes the PDF (one page per step, the title page first when a title is
 * given) and/or one PNG per step. Every file is written beside its target
 * and renamed over it when complete. @n_steps: how many steps were drawn. */
gboolean         sitrep_story_export        (SitrepStore                     *store,
                                             const SitrepStoryExportOptions  *options,
                                             SitrepStoryExportProgress        progress,
                                             gpointer                         user_data,
                                             guint                           *n_steps,
                                             GCancellable                    *cancellable,
                                             GError                         **error);
/* The same in a worker thread; @progress comes on the caller's main context
 * (it owns @progress_data, freed with @progress_destroy). A cancel leaves
 * the targets as they were. */
void             sitrep_story_export_async  (SitrepStore                     *store,
                                             const SitrepStoryExportOptions  *options,
                                             SitrepStoryExportProgress        progress,
                                             gpointer                         progress_data,
                                             GDestroyNotify                   progress_destroy,
                                             GCancellable                    *cancellable,
                                             GAsyncReadyCallback              callback,
                                             gpointer                         user_data);
gboolean         sitrep_story_export_finish (SitrepStore                     *store,
                                             GAsyncResult                    *result,
                                             guint                           *n_steps,
                                             GError                         **error);

G_END_DECLS
