/* sitrep-event-editor-private.h — test hooks of the event editor: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-event-editor.h"

G_BEGIN_DECLS

/* The reason shown under the date fields (NULL when none). */
const char *sitrep_event_editor_get_date_error (SitrepEventEditor *self);
/* The Place field's picker: the project's places and, as a name is typed,
 * the gazetteer's candidates for it. */
SitrepEntityPicker *sitrep_event_editor_get_place_picker (SitrepEventEditor *self);
/* What the Place row says: where the place is, or that it has no coordinates. */
const char *sitrep_event_editor_get_place_text (SitrepEventEditor *self);
/* The sub-event types offered now. */
GListModel *sitrep_event_editor_get_sub_types  (SitrepEventEditor *self);
/* Offers the gazetteer's candidates for a place without coordinates (the
 * row's locate button): FALSE when the place has coordinates or there is none. */
gboolean    sitrep_event_editor_locate_place   (SitrepEventEditor *self);
/* As the user would, for tests: each commits at once, or shows why not. */
gboolean    sitrep_event_editor_set_dates  (SitrepEventEditor *self,
                                            const char        *start,
                                            const char        *end,
                                            int                precision);
gboolean    sitrep_event_editor_set_type   (SitrepEventEditor *self,
                                            const char        *event_type,
                                            const char        *sub_event_type);
G_END_DECLS
