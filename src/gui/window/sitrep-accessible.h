/* sitrep-accessible.h — names for the parts of composite controls that GTK 4.8 leaves unnamed
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sitrep-store.h"
#include "sitrep-story-export.h"

G_BEGIN_DECLS

/* Gives @control and the buttons inside it (a GtkDropDown's or a
 * GtkMenuButton's toggle, an AdwSplitButton's main half) the accessible
 * name @name, as it is (a name of a person may hold an underscore). */
void   sitrep_accessible_set_name     (GtkWidget  *control,
                                       const char *name);
/* Names what GTK 4.8 leaves unnamed under @root: the halves of split
 * buttons and the toggles inside menu buttons and drop-downs, from their
 * labels and tooltips ("Import Files (Ctrl+I)" is read "Import Files");
 * icon-only buttons from their tooltips. Controls without either are left
 * for sitrep_accessible_set_name(). */
void   sitrep_accessible_name_parts   (GtkWidget  *root);
/* Names the list row or table cell around @child, @up levels above it (1:
 * the row or cell holding it, 2: the row holding that cell). That is what
 * takes focus and what a screen reader announces, and GTK 4.8 has no
 * accessible label on GtkListItem. Does nothing above anything else. */
void   sitrep_accessible_name_item    (GtkWidget  *child,
                                       guint       up,
                                       const char *name);
/* @text without mnemonic underscores and without a trailing shortcut in
 * brackets: "_New Project…" → "New Project…", "Undo (Ctrl+Z)" → "Undo". */
char  *sitrep_accessible_clean_name   (const char *text);
/* Tells a screen reader what is selected in @widget now: its accessible name
 * becomes "@name, selected: @what", or @name alone when @what is NULL. GTK
 * 4.8 has no announcement call (gtk_accessible_announce is 4.14); what it
 * does send is the change of a control's name, and screen readers such as
 * Orca read out a change of the focused control's name. */
void   sitrep_accessible_say_selected (GtkWidget  *widget,
                                       const char *name,
                                       const char *what);
/* One line a screen reader can say for event @id of @store: "Armed clash,
 * 14 October 2022, Jasim, Daraa, Syria, 20 killed"; NULL when it cannot be read. */
char  *sitrep_accessible_describe_event (SitrepStore *store,
                                         gint64       id);
/* The same line for @card, after @lead when given ("3 / 12, Armed clash, …"). */
char  *sitrep_accessible_describe_card  (const char            *lead,
                                         const SitrepStoryCard *card);

G_END_DECLS
