/* sitrep-suggest-tasks-private.h — test hooks of sitrep-suggest-tasks.c
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Called on the worker before the @i-th article of a run (before its cancel
 * check), so a test can hold a run between two articles until something on
 * the main context has happened. Set before the run starts; %NULL to remove. */
typedef void (*SitrepSuggestBeforeArticle) (guint         i,
                                            GCancellable *cancellable,
                                            gpointer      data);

void _sitrep_suggest_tasks_set_before_article (SitrepSuggestBeforeArticle func,
                                               gpointer                   data);

/* How long a save waits for its caller's gate at most (1 s), for a test on
 * a loaded machine that asks for the order, not the second; call before
 * any run. */
void _sitrep_suggest_gate_set_timeout (gint64 timeout_us);

G_END_DECLS
