/* sitrep-annotation-panel-test-private.h — test hooks of the annotation panel: what only the tests ask of it
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sitrep-annotation-panel.h"

G_BEGIN_DECLS

/* Opens the figure or date editor of annotation @id. */
void        sitrep_annotation_panel_edit_attributes    (SitrepAnnotationPanel *self,
                                                        gint64                 id);
/* For tests: the items shown (SitrepLabel headers and SitrepAnnotation rows). */
GListModel *sitrep_annotation_panel_get_model          (SitrepAnnotationPanel *self);
G_END_DECLS
