/* mp-change-text.c — what the window's toast says after a change to the
 * store (MpStore::changed): "Facility “X” added", "Change to facility “X”
 * undone", … */
#include "mp-change-text.h"

#include <glib/gi18n.h>

char *
mp_describe_change (const char *table,
                    const char *code,
                    const char *action)
{
  static const struct {
    const char *table;
    const char *action;
    const char *format;
  } messages[] = {
    { "facility", "insert", N_("Facility “%s” added") },
    { "facility", "update", N_("Facility “%s” saved") },
    { "facility", "delete", N_("Facility “%s” deleted") },
    { "facility", "undo", N_("Change to facility “%s” undone") },
    { "facility", "redo", N_("Change to facility “%s” redone") },
    { "training", "insert", N_("Training programme “%s” added") },
    { "training", "update", N_("Training programme “%s” saved") },
    { "training", "delete", N_("Training programme “%s” deleted") },
    { "training", "undo", N_("Change to training programme “%s” undone") },
    { "training", "redo", N_("Change to training programme “%s” redone") },
    { "transfer", "insert", N_("Transfer “%s” added") },
    { "transfer", "update", N_("Transfer “%s” saved") },
    { "transfer", "delete", N_("Transfer “%s” deleted") },
    { "transfer", "undo", N_("Change to transfer “%s” undone") },
    { "transfer", "redo", N_("Change to transfer “%s” redone") },
    { "observation", "insert", N_("Value “%s” added") },
    { "observation", "update", N_("Value “%s” saved") },
    { "observation", "delete", N_("Value “%s” deleted") },
    { "observation", "undo", N_("Change to value “%s” undone") },
    { "observation", "redo", N_("Change to value “%s” redone") },
  };

  if (table == NULL || g_strcmp0 (action, "import") == 0)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    if (g_str_equal (table, messages[i].table) && g_strcmp0 (action, messages[i].action) == 0)
      {
        /* An observation's key is "indicator|unit|period". */
        g_auto(GStrv) parts = g_strsplit (code ? code : "", "|", -1);
        g_autofree char *shown = g_strjoinv (", ", parts);

        /* The table holds the format strings only, each a literal above. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
        return g_strdup_printf (_(messages[i].format), shown);
#pragma GCC diagnostic pop
      }
  if (g_strcmp0 (action, "undo") == 0)
    return g_strdup (_("Change undone"));
  if (g_strcmp0 (action, "redo") == 0)
    return g_strdup (_("Change redone"));
  return g_strdup (_("Change saved"));
}
