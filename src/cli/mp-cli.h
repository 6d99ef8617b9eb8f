/* mp-cli.h — medplan-cli, the command-line contract of DESIGN §7. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses. */
enum {
  MP_EXIT_OK = 0,
  MP_EXIT_BAD_INPUT = 1,
  MP_EXIT_USAGE = 2,
  MP_EXIT_UNUSABLE = 3,
};

/* Runs one command line; returns the exit status. */
int mp_cli_run (int argc, char **argv);

G_END_DECLS
