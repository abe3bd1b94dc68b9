/* sitrep-annotation-format.h — typed attributes of spans: defaults and display
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-label-kind.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* The attributes JSON a new span of @kind saying @text starts with, or NULL:
 * the figure it states for casualties, the date it states for dates. */
char     *sitrep_annotation_dup_default_attributes (const char *kind,
                                                    const char *text);
/* What a row shows under the span: "20 · at least", "2022-10-14 · day". */
char     *sitrep_annotation_dup_attributes_text    (const char *attributes);
/* A figure to JSON ("count", "qualifier", "low", "high"); @text kept if given. */
char     *sitrep_figure_to_attributes              (gint64      count,
                                                    const char *qualifier,
                                                    gint64      low,
                                                    gint64      high);
/* Reads a figure back; FALSE when @attributes holds none. */
gboolean  sitrep_figure_from_attributes            (const char *attributes,
                                                    gint64     *count,
                                                    char      **qualifier,
                                                    gint64     *low,
                                                    gint64     *high);
/* The translated word for an ACLED-style qualifier. */
const char *sitrep_qualifier_display_name          (const char *qualifier);

G_END_DECLS
