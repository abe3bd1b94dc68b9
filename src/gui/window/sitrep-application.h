/* sitrep-application.h — the Sitrep application: windows, app actions, command line
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SITREP_TYPE_APPLICATION (sitrep_application_get_type ())
G_DECLARE_FINAL_TYPE (SitrepApplication, sitrep_application, SITREP, APPLICATION, AdwApplication)

SitrepApplication *sitrep_application_new          (void);
/* Popovers drawn square and flat, without a shadow or an arrow, while
 * @display has no compositing manager (they had a black frame there). */
void               sitrep_application_solid_popovers (GdkDisplay *display);

G_END_DECLS
