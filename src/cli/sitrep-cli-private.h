/* sitrep-cli-private.h — what the command files of sitrep-cli share
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sitrep-spans.h"
#include "sitrep-store.h"

G_BEGIN_DECLS

/* Exit statuses, as documented in README. */
enum
{
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef int (*CommandFunc) (int argc, char **argv);

extern const char *prgname;

int          sitrep_cli_usage_error   (const char           *command,
                                       const char           *message);
SitrepStore *sitrep_cli_open_project  (const char           *path,
                                       SitrepStoreOpenFlags  flags);
gboolean     sitrep_cli_parse_id      (const char           *str,
                                       gint64               *id);
gboolean     sitrep_cli_parse_options (const char           *command,
                                       const char           *parameter_string,
                                       const char           *description,
                                       GOptionEntry         *entries,
                                       int                  *argc,
                                       char               ***argv);

/* sitrep-cli-import.c */
int          sitrep_cli_cmd_import             (int argc, char **argv);

/* sitrep-cli-articles.c */
int          sitrep_cli_cmd_list               (int argc, char **argv);
int          sitrep_cli_cmd_show               (int argc, char **argv);
int          sitrep_cli_cmd_search             (int argc, char **argv);
int          sitrep_cli_cmd_delete             (int argc, char **argv);

/* sitrep-cli-coding.c */
int          sitrep_cli_cmd_export             (int argc, char **argv);
int          sitrep_cli_cmd_import_annotations (int argc, char **argv);
int          sitrep_cli_cmd_entities           (int argc, char **argv);
int          sitrep_cli_cmd_actor_type         (int argc, char **argv);
int          sitrep_cli_cmd_merge_sources      (int argc, char **argv);

/* sitrep-cli-map.c */
int          sitrep_cli_cmd_geocode            (int argc, char **argv);
int          sitrep_cli_cmd_load_gazetteer     (int argc, char **argv);
int          sitrep_cli_cmd_export_map         (int argc, char **argv);
int          sitrep_cli_cmd_place_events       (int argc, char **argv);

/* sitrep-cli-datasets.c */
int          sitrep_cli_cmd_agreement          (int argc, char **argv);
/* agreement --events (sitrep-cli-agreement-events.c) */
int          sitrep_cli_agreement_events       (SitrepStore          *store,
                                                const char * const   *annotators,
                                                double                km,
                                                gboolean              json);
int          sitrep_cli_cmd_merge              (int argc, char **argv);
int          sitrep_cli_cmd_adjudicate         (int argc, char **argv);
int          sitrep_cli_cmd_copy_for_coder     (int argc, char **argv);
int          sitrep_cli_export_exchange        (SitrepStore *store,
                                                int          format,
                                                const char  *annotator,
                                                const char  *output);
int          sitrep_cli_import_exchange        (const char  *project,
                                                const char  *format,
                                                const char  *path,
                                                const char  *annotator);
int          sitrep_cli_print_spans_report     (const char  *path,
                                                SitrepSpansReport *report);

/* sitrep-cli-salvage.c */
int          sitrep_cli_cmd_salvage            (int argc, char **argv);

/* sitrep-cli-suggest.c */
int          sitrep_cli_cmd_suggest            (int argc, char **argv);

/* sitrep-cli-story.c */
int          sitrep_cli_cmd_fetch              (int argc, char **argv);
int          sitrep_cli_cmd_feeds              (int argc, char **argv);

int          sitrep_cli_cmd_stories            (int argc, char **argv);
int          sitrep_cli_cmd_export_story       (int argc, char **argv);

G_END_DECLS
