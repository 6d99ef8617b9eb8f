/* mp-change-text.h — the text of the toast after a change to the store. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the toast after MpStore::changed (`table`, `code`, `action`) says, or
 * NULL for none (an import, table NULL, tells its own result). An
 * observation's code "indicator|unit|period" is shown as "indicator, unit,
 * period". Returns a new string. */
char *mp_describe_change (const char *table,
                          const char *code,
                          const char *action);

G_END_DECLS
