/* sitrep-paged-list-ids.h — a paged list's ids, found by position and by id without a scan
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SitrepIdSeq:
 *
 * A sequence of distinct ids kept in blocks of at most a thousand, with a
 * table id → block: the position of an id, the id at a position, and
 * moving, inserting or removing a few ids each cost one block's work and a
 * pass over the blocks' lengths, not a pass over every id (at 500,000 ids
 * a scan and a memmove of the tail cost milliseconds per edit). It may be
 * made in a worker and handed to the main thread; it is not locked.
 */
typedef struct _SitrepIdSeq SitrepIdSeq;

SitrepIdSeq  *sitrep_id_seq_new        (const gint64 *ids,
                                        guint         n_ids);
void          sitrep_id_seq_free       (SitrepIdSeq  *self);
guint         sitrep_id_seq_get_length (SitrepIdSeq  *self);
gint64        sitrep_id_seq_get        (SitrepIdSeq  *self,
                                        guint         position);
/* The position of @id, or G_MAXUINT. */
guint         sitrep_id_seq_find       (SitrepIdSeq  *self,
                                        gint64        id);
/* Copies the @n ids from @position into @out. */
void          sitrep_id_seq_copy       (SitrepIdSeq  *self,
                                        guint         position,
                                        guint         n,
                                        gint64       *out);
void          sitrep_id_seq_remove     (SitrepIdSeq  *self,
                                        guint         position,
                                        guint         n);
void          sitrep_id_seq_insert     (SitrepIdSeq  *self,
                                        guint         position,
                                        const gint64 *ids,
                                        guint         n);
/* Overwrites the @n ids from @position. */
void          sitrep_id_seq_replace    (SitrepIdSeq  *self,
                                        guint         position,
                                        const gint64 *ids,
                                        guint         n);
/* The ids stored together from @position on: *@n of them (at least one
 * when @position is inside the sequence). */
const gint64 *sitrep_id_seq_peek_run   (SitrepIdSeq  *self,
                                        guint         position,
                                        guint        *n);
/* The ids stored together up to @end (excluded): p[0] … p[*@n - 1] are
 * at positions @end - *@n … @end - 1. */
const gint64 *sitrep_id_seq_peek_back  (SitrepIdSeq  *self,
                                        guint         end,
                                        guint        *n);

/* For tests, before any sequence is made: the most ids a block holds (1,024). */
void          _sitrep_id_seq_set_block_size (guint  max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SitrepIdSeq, sitrep_id_seq_free)

G_END_DECLS
