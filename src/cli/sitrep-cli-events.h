/* sitrep-cli-events.h — sitrep-cli commands for events: list, import
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

G_BEGIN_DECLS

int sitrep_cli_cmd_events        (int argc, char **argv);
int sitrep_cli_cmd_import_events (int argc, char **argv);

G_END_DECLS
