/* sitrep-reader-private.h — what the parts of SitrepReader share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-reader.h"
#include "sitrep-reader-test-private.h"

G_BEGIN_DECLS

typedef struct _SitrepReaderSuggest SitrepReaderSuggest;

/* One labelled span as the reader shows it. */
typedef struct
{
  gint64   id;
  gint64   label_id;
  guint    start;
  guint    end;
  gboolean inner;      /* lies inside another span: painted on top, underlined */
} SitrepReaderSpan;

/* The two tags of one label: its colour, and its colour on top for spans
 * nested in others. Shared by every span of the label. */
typedef struct
{
  SitrepLabel *label;
  GtkTextTag  *tag;
  GtkTextTag  *inner_tag;
  GdkRGBA      color;
} SitrepReaderLabel;

struct _SitrepReader
{
  GtkWidget          parent_instance;

  /* template widgets */
  GtkStack          *stack;
  GtkStack          *empty_stack;
  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  GtkLabel          *meta_label;
  GtkLinkButton     *url_button;
  GtkLabel          *url_label;
  GtkMenuButton     *status_button;
  gboolean           status_width_set; /* its width is its widest status's */
  GtkLabel          *notice_label;
  GtkTextView       *text_view;
  GtkTextBuffer     *buffer;

  /* owned references */
  SitrepStore       *store;
  SitrepArticle     *article;
  GtkTextTag        *body_tag;
  GtkTextTag        *match_tag;
  GtkTextTag        *rtl_tag;
  GtkTextTag        *mono_tag;
  GtkTextTag        *gap_tag;
  GtkTextTag        *selected_tag;
  char              *search;
  GHashTable        *labels;        /* label id → SitrepReaderLabel */
  GPtrArray         *label_order;   /* SitrepLabel, in the project's order */
  GHashTable        *spans;         /* annotation id → SitrepReaderSpan */
  GtkWidget         *label_popover;
  GtkWidget         *entity_chooser;
  GtkWidget         *label_bar;
  GMenu             *extra_menu;
  GMenu             *label_menu;

  /* state */
  gulong             notify_id;
  gint64             shown_id;
  guint              n_highlights;
  guint              scroll_tick_id;
  guint              top_tick_id;   /* scrolling to top_offset once laid out */
  guint              top_offset;
  guint              top_frames;
  int                top_height;    /* the text's height at the last try */
  guint              reload_id;
  guint              chooser_idle_id;
  guint              offer_tick_id; /* the label bar, offered in the frame after a mouse selection */
  guint32            press_time;    /* the last primary press in the text, by the events' clock */
  double             press_x;       /* where the first press of its series was */
  double             press_y;
  guint              n_presses;     /* presses of that series so far (3: a triple click) */
  gint64             chooser_id;
  char              *edit_error;    /* the last edit's error, shown until an edit succeeds */
  guint              n_chars;
  double             font_scale;
  gboolean           show_original;
  gboolean           editable;
  gboolean           snap_to_words;
  gboolean           own_edit;
  gboolean           moving_cursor;
  gint64             annotator_id;
  gint64             filter_annotator_id;
  gint64             selected_id;
  guint              painted_start;   /* where the selected tag is applied */
  guint              painted_end;
  GtkGesture        *drag_gesture;
  GtkTextTag        *drag_tag;        /* where a dragged span would go */
  gint64             drag_id;         /* the span whose edge is dragged, 0 none */
  gboolean           drag_end;        /* its end (else its start) */
  guint              drag_start_at;   /* the extent shown while dragging */
  guint              drag_end_at;

  /* suggestions (sitrep-reader-suggestions.c) */
  SitrepReaderSuggest *suggest;
};

/* sitrep-reader.c */
void      _sitrep_reader_notify_selected      (SitrepReader *self);

/* sitrep-reader-annotations.c */
void      _sitrep_reader_annotations_init     (SitrepReader *self);
void      _sitrep_reader_annotations_dispose  (SitrepReader *self);
void      _sitrep_reader_connect_store        (SitrepReader *self,
                                               SitrepStore  *store);
void      _sitrep_reader_load_annotations     (SitrepReader *self);
void      _sitrep_reader_clear_annotations    (SitrepReader *self);
SitrepReaderLabel *_sitrep_reader_lookup_label (SitrepReader *self,
                                               gint64        label_id);
SitrepReaderSpan  *_sitrep_reader_lookup_span  (SitrepReader *self,
                                               gint64        id);
void      _sitrep_reader_get_iters            (SitrepReader *self,
                                               guint         start,
                                               guint         end,
                                               GtkTextIter  *a,
                                               GtkTextIter  *b);
/* Re-tags [from, to) from the spans; repaints the selected span's mark. */
void      _sitrep_reader_repaint_range        (SitrepReader *self,
                                               guint         from,
                                               guint         to);
void      _sitrep_reader_paint_selected       (SitrepReader *self);
/* The text selection as code point offsets, snapped to words when set. */
gboolean  _sitrep_reader_get_selection        (SitrepReader *self,
                                               guint        *start,
                                               guint        *end);
void      _sitrep_reader_clear_text_selection (SitrepReader *self);
double    _sitrep_reader_text_y_in_page     (SitrepReader *self,
                                              double        y);
void      _sitrep_reader_scroll_to_offset     (SitrepReader *self,
                                               guint         offset);

/* sitrep-reader-labelling.c */
void      _sitrep_reader_labelling_class_init (GtkWidgetClass *widget_class);
void      _sitrep_reader_labelling_init       (SitrepReader *self);
void      _sitrep_reader_labelling_dispose    (SitrepReader *self);
void      _sitrep_reader_point_popover_at_span (SitrepReader *self,
                                                GtkPopover   *popover,
                                                guint         start,
                                                guint         end);
/* Points the label bar @bar at the selection [@start, @end): under it, or
 * over it and the line above it when the window has no room under it. */
void      _sitrep_reader_point_bar_at_selection (SitrepReader *self,
                                                 GtkPopover   *bar,
                                                 guint         start,
                                                 guint         end);
/* Gives span @id the extent [@start, @end) as one undoable edit; refused
 * (with the reason in @error) across a paragraph break or when empty. */
gboolean  _sitrep_reader_set_span_extent      (SitrepReader *self,
                                               gint64        id,
                                               guint         start,
                                               guint         end,
                                               GError      **error);
/* Tells the user (a toast in the window) what went wrong. */
/* "show-message": @text for the user, with Undo when @undo. */
void      _sitrep_reader_show_message         (SitrepReader *self,
                                               const char   *text,
                                               gboolean      undo);
/* "annotator-needed": TRUE while the window asks who is annotating (it
 * applies @label_id once answered); FALSE once known or when nobody asks. */
gboolean  _sitrep_reader_request_annotator    (SitrepReader *self,
                                               gint64        label_id);
/* Something (the window) answers "annotator-needed". */
gboolean  _sitrep_reader_can_ask_annotator    (SitrepReader *self);
void      _sitrep_reader_show_error           (SitrepReader *self,
                                               const GError *error);

/* sitrep-reader-mouse.c: the label bar by a mouse selection and the context menu */
void      _sitrep_reader_mouse_init           (SitrepReader *self);
void      _sitrep_reader_mouse_dispose        (SitrepReader *self);
void      _sitrep_reader_mouse_class_init     (GtkWidgetClass *widget_class);
/* Brings the label bar and the context menu in step with the labels. */
void      _sitrep_reader_update_label_menus   (SitrepReader *self);
/* Enables the labelling actions that have something to act on. */
void      _sitrep_reader_update_actions       (SitrepReader *self);
void      _sitrep_reader_hide_label_bar       (SitrepReader *self);

/* sitrep-reader-drag.c: dragging a span's start or end with the mouse (the
 * gesture's steps are in sitrep-reader-test-private.h: tests call them). */
void      _sitrep_reader_drag_init            (SitrepReader *self);
void      _sitrep_reader_drag_dispose         (SitrepReader *self);
/* sitrep-reader-suggestions.c: suggestions drawn in the text, reviewed by key or click */
void      _sitrep_reader_suggestions_class_init (GtkWidgetClass *widget_class);
void      _sitrep_reader_suggestions_init     (SitrepReader *self);
void      _sitrep_reader_suggestions_dispose  (SitrepReader *self);
/* Shows the suggestions of the article just loaded. */
void      _sitrep_reader_suggestions_load     (SitrepReader *self);
void      _sitrep_reader_suggestions_annotator_known (SitrepReader *self);
void      _sitrep_reader_update_suggestion_actions (SitrepReader *self);

G_END_DECLS
