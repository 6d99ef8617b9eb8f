/* mp-native-merge.c — merges the rows the native importer reads into
 * their tables by their keys: added, updated (only when a value differs)
 * or unchanged, with the statements prepared once per table. */
#include "mp-native-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* ---- Merging ------------------------------------------------------------ */

static const char *
sql_table (MpTable table)
{
  return native_merger_defs[table].table;
}

gint64
native_find_code (Native     *n,
                  MpTable     table,
                  const char *code)
{
  GHashTable *cache = n->imp->ids[table];
  gpointer hit;
  gint64 id = 0;

  if (cache && g_hash_table_lookup_extended (cache, code, NULL, &hit) && hit != NULL)
    return (gint64) GPOINTER_TO_SIZE (hit);
  if (n->find_code[table] == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE code = ?1", sql_table (table));
      n->find_code[table] = mp_store_prepare (n->imp->store, sql, NULL);
      if (n->find_code[table] == NULL)
        return 0;
    }
  sqlite3_bind_text (n->find_code[table], 1, code, -1, SQLITE_STATIC);
  if (sqlite3_step (n->find_code[table]) == SQLITE_ROW)
    id = sqlite3_column_int64 (n->find_code[table], 0);
  sqlite3_reset (n->find_code[table]);
  return id;
}

static const char *
key_operator (const char *column)
{
  /* The only nullable key column. */
  return g_str_equal (column, "document_id") ? "IS" : "=";
}

static gboolean
merger_prepare (Native  *n,
                Merger  *m,
                MpTable  table)
{
  g_autoptr(GString) find = g_string_new (NULL);
  g_autoptr(GString) insert = g_string_new (NULL);
  g_autoptr(GString) update = g_string_new (NULL);
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  int k = 0, c;

  *m = native_merger_defs[table];
  while (m->keys[k])
    k++;
  for (c = 0; m->cols[c]; c++)
    ;
  m->n_keys = k;
  m->n_cols = c;
  g_assert (k + c <= MAX_VALUES);

  for (int i = 0; i < k; i++)
    g_string_append_printf (where, "%s%s %s ?%d", i ? " AND " : "", m->keys[i], key_operator (m->keys[i]), i + 1);

  g_string_append_printf (find, "SELECT %s FROM %s WHERE %s", m->has_id ? "id" : "1", m->table, where->str);

  g_string_append_printf (insert, "INSERT INTO %s (", m->table);
  for (int i = 0; i < k + c; i++)
    g_string_append_printf (insert, "%s%s", i ? ", " : "", i < k ? m->keys[i] : m->cols[i - k]);
  g_string_append (insert, ") VALUES (");
  for (int i = 0; i < k + c; i++)
    g_string_append_printf (insert, "%s?%d", i ? ", " : "", i + 1);
  g_string_append (insert, ")");

  g_string_append_printf (update, "UPDATE %s SET ", m->table);
  for (int i = 0; i < c; i++)
    g_string_append_printf (update, "%s%s = ?%d", i ? ", " : "", m->cols[i], k + i + 1);
  g_string_append_printf (update, " WHERE %s AND (", where->str);
  for (int i = 0; i < c; i++)
    g_string_append_printf (update, "%s%s IS NOT ?%d", i ? " OR " : "", m->cols[i], k + i + 1);
  g_string_append (update, ")");

  m->find = mp_store_prepare (n->imp->store, find->str, &error);
  if (m->find)
    m->insert = mp_store_prepare (n->imp->store, insert->str, &error);
  if (m->insert)
    m->update = mp_store_prepare (n->imp->store, update->str, &error);
  if (m->update == NULL)
    {
      mp_importer_error (n->imp, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
bind_values (sqlite3_stmt *stmt,
             const Value  *v,
             int           count)
{
  for (int i = 0; i < count; i++)
    switch (v[i].type)
      {
      case VAL_TEXT: sqlite3_bind_text (stmt, i + 1, v[i].text, -1, SQLITE_STATIC); break;
      case VAL_INT:  sqlite3_bind_int64 (stmt, i + 1, v[i].i); break;
      case VAL_REAL: sqlite3_bind_double (stmt, i + 1, v[i].d); break;
      default:       sqlite3_bind_null (stmt, i + 1); break;
      }
}

MpMerge
native_merge (Native     *n,
              MpTable     table,
              Row        *row,
              const char *what,
              gint64     *id)
{
  Merger *m = &n->mergers[table];
  sqlite3 *db = n->imp->store->db;
  gboolean exists = FALSE;
  MpMerge merge;
  int rc;

  if (id)
    *id = 0;
  if (!row->ok || !native_writing (n))
    return MP_MERGE_FAILED;
  if (m->update == NULL && !merger_prepare (n, m, table))
    return MP_MERGE_FAILED;

  bind_values (m->find, row->v, m->n_keys);
  if (sqlite3_step (m->find) == SQLITE_ROW)
    {
      exists = TRUE;
      if (id && m->has_id)
        *id = sqlite3_column_int64 (m->find, 0);
    }
  sqlite3_reset (m->find);

  if (!exists)
    {
      bind_values (m->insert, row->v, m->n_keys + m->n_cols);
      rc = sqlite3_step (m->insert);
      sqlite3_reset (m->insert);
      if (id && m->has_id)
        *id = sqlite3_last_insert_rowid (db);
      merge = MP_MERGE_ADDED;
    }
  else
    {
      bind_values (m->update, row->v, m->n_keys + m->n_cols);
      rc = sqlite3_step (m->update);
      sqlite3_reset (m->update);
      merge = sqlite3_changes (db) > 0 ? MP_MERGE_UPDATED : MP_MERGE_UNCHANGED;
    }
  if (rc != SQLITE_DONE)
    {
      /* TRANSLATORS: the second %s is SQLite's own (English) message. */
      native_row_error (n, row, _("cannot save %s: %s"), what, sqlite3_errmsg (db));
      return MP_MERGE_FAILED;
    }
  return merge;
}
