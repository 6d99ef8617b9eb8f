/* mp-cli-private.h — what the commands of medplan-cli share. */
#pragma once

#include <glib.h>
#include "mp-cli.h"
#include "mp-store.h"

G_BEGIN_DECLS

typedef struct {
  const char *db_path;
} Globals;

/* Prints an error and maps it to an exit status (DESIGN §7). */
int       mp_cli_report_error  (const GError *error);
/* Prints a usage error; returns MP_EXIT_USAGE. */
int       mp_cli_usage_error   (const char   *message);
/* Parses the options of one command; FALSE has printed a usage error. */
gboolean  mp_cli_parse_options (const char    *command,
                                GOptionEntry  *entries,
                                int           *argc,
                                char        ***argv);
/* Opens the database; NULL has printed the error and set `status`. */
MpStore  *mp_cli_open_store    (const Globals    *g,
                                MpStoreOpenFlags  flags,
                                int              *status);

/* medplan-cli chart */
int       mp_cli_chart         (const Globals *g,
                                int            argc,
                                char         **argv);

/* medplan-cli export FILE.xlsx|FILE.csv --table NAME [--unit CODE]
 * (mp-cli-table.c); `unit` may be NULL. */
int       mp_cli_export_table  (const Globals *g,
                                const char    *path,
                                const char    *table,
                                const char    *unit);

/* medplan-cli report */
int       mp_cli_report        (const Globals *g,
                                int            argc,
                                char         **argv);

G_END_DECLS
