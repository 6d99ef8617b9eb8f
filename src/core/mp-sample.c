/* mp-sample.c — loads the sample data (data/sample/medplan-sample.keyfile,
 * compiled into the core's resources) into an empty store, in one
 * transaction: any problem rolls the whole load back and names the group
 * and key at fault. */
#include "mp-store-private.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mp-error.h"
#include "mp-judge.h"

#define SAMPLE_RESOURCE RESOURCE_PREFIX "/sample/medplan-sample.keyfile"

typedef enum {
  F_TEXT,       /* text as written */
  F_INT,        /* integer */
  F_REAL,       /* finite number, "." as the decimal mark */
  F_BOOL,       /* true / false -> 1 / 0 */
  F_PERIOD,     /* a DHIS2 period */
  F_UNIT,       /* a unit code -> unit.id */
  F_INDICATOR,  /* an indicator code -> indicator.id */
  F_DOCUMENT,   /* a document code -> document.id */
  F_FACILITY,   /* a facility code -> facility.id */
  F_TARGET,     /* the label of a [target …] group -> target.id */
  F_NOW,        /* the time of loading (no key) */
} FieldType;

typedef struct {
  const char *column;
  const char *key;      /* NULL: the code from the group name */
  FieldType   type;
  gboolean    required;
} Field;

typedef struct {
  const char  *table;
  const Field *fields;
  gsize        n_fields;
  gboolean     coded;   /* the group name after the table is the row's code */
} Table;

#define TABLE(name, f, coded) { name, f, G_N_ELEMENTS (f), coded }

static const Field document_fields[] = {
  { "code", NULL, F_TEXT, TRUE },
  { "title_vi", "title[vi]", F_TEXT, TRUE },
  { "title_en", "title[en]", F_TEXT, FALSE },
  { "number", "number", F_TEXT, FALSE },
  { "issuer", "issuer", F_TEXT, FALSE },
  { "issued", "issued", F_TEXT, FALSE },
  { "kind", "kind", F_TEXT, TRUE },
  { "dating", "dating", F_TEXT, FALSE },
  { "note", "note", F_TEXT, FALSE },
};

static const Field unit_fields[] = {
  { "code", NULL, F_TEXT, TRUE },
  { "name_vi", "name[vi]", F_TEXT, TRUE },
  { "name_en", "name[en]", F_TEXT, FALSE },
  { "level", "level", F_TEXT, TRUE },
  { "valid_from", "valid_from", F_TEXT, FALSE },
  { "valid_to", "valid_to", F_TEXT, FALSE },
  { "note", "note", F_TEXT, FALSE },
};

static const Field indicator_fields[] = {
  { "code", NULL, F_TEXT, TRUE },
  { "name_vi", "name[vi]", F_TEXT, TRUE },
  { "name_en", "name[en]", F_TEXT, FALSE },
  { "measure", "measure", F_TEXT, TRUE },
  { "direction", "direction", F_TEXT, TRUE },
  { "decimals", "decimals", F_INT, TRUE },
  { "formula", "formula", F_TEXT, FALSE },
  { "note", "note", F_TEXT, FALSE },
};

static const Field target_fields[] = {
  { "indicator_id", "indicator", F_INDICATOR, TRUE },
  { "unit_id", "unit", F_UNIT, TRUE },
  { "year", "year", F_INT, TRUE },
  { "comparator", "comparator", F_TEXT, TRUE },
  { "value", "value", F_REAL, FALSE },
  { "value_high", "value_high", F_REAL, FALSE },
  { "baseline_year", "baseline_year", F_INT, FALSE },
  { "baseline_value", "baseline_value", F_REAL, FALSE },
  { "document_id", "document", F_DOCUMENT, FALSE },
  { "quote", "quote", F_TEXT, FALSE },
  { "dating", "dating", F_TEXT, FALSE },
  { "note", "note", F_TEXT, FALSE },
};

static const Field observation_fields[] = {
  { "indicator_id", "indicator", F_INDICATOR, TRUE },
  { "unit_id", "unit", F_UNIT, TRUE },
  { "period", "period", F_PERIOD, TRUE },
  { "value", "value", F_REAL, TRUE },
  { "source", "source", F_TEXT, FALSE },
  { "comment", "comment", F_TEXT, FALSE },
  { "updated_at", NULL, F_NOW, TRUE },
};

static const Field facility_fields[] = {
  { "code", NULL, F_TEXT, TRUE },
  { "name_vi", "name[vi]", F_TEXT, TRUE },
  { "name_en", "name[en]", F_TEXT, FALSE },
  { "kind", "kind", F_TEXT, TRUE },
  { "class", "class", F_TEXT, FALSE },
  { "ownership", "ownership", F_TEXT, FALSE },
  { "unit_id", "unit", F_UNIT, TRUE },
  { "beds", "beds", F_INT, FALSE },
  { "opened", "opened", F_TEXT, FALSE },
  { "closed", "closed", F_TEXT, FALSE },
  { "family_medicine", "family_medicine", F_BOOL, FALSE },
  { "document_id", "document", F_DOCUMENT, FALSE },
  { "note", "note", F_TEXT, FALSE },
};

static const Field training_fields[] = {
  { "code", NULL, F_TEXT, TRUE },
  { "title_vi", "title[vi]", F_TEXT, TRUE },
  { "title_en", "title[en]", F_TEXT, FALSE },
  { "kind", "kind", F_TEXT, TRUE },
  { "speciality", "speciality", F_TEXT, FALSE },
  { "institution_id", "institution", F_FACILITY, FALSE },
  { "sending_facility_id", "sending_facility", F_FACILITY, FALSE },
  { "sending_unit_id", "sending_unit", F_UNIT, FALSE },
  { "start_date", "start", F_TEXT, FALSE },
  { "end_date", "end", F_TEXT, FALSE },
  { "seats_planned", "seats_planned", F_INT, FALSE },
  { "seats_enrolled", "seats_enrolled", F_INT, FALSE },
  { "seats_completed", "seats_completed", F_INT, FALSE },
  { "budget_vnd", "budget_vnd", F_INT, FALSE },
  { "status", "status", F_TEXT, TRUE },
  { "target_id", "target", F_TARGET, FALSE },
  { "document_id", "document", F_DOCUMENT, FALSE },
  { "dating", "dating", F_TEXT, FALSE },
  { "note", "note", F_TEXT, FALSE },
};

static const Field transfer_fields[] = {
  { "code", NULL, F_TEXT, TRUE },
  { "technique_vi", "technique[vi]", F_TEXT, TRUE },
  { "technique_en", "technique[en]", F_TEXT, FALSE },
  { "speciality", "speciality", F_TEXT, FALSE },
  { "from_facility_id", "from_facility", F_FACILITY, FALSE },
  { "from_unit_id", "from_unit", F_UNIT, FALSE },
  { "to_facility_id", "to_facility", F_FACILITY, FALSE },
  { "to_unit_id", "to_unit", F_UNIT, FALSE },
  { "kind", "kind", F_TEXT, TRUE },
  { "start_date", "start", F_TEXT, FALSE },
  { "end_date", "end", F_TEXT, FALSE },
  { "status", "status", F_TEXT, TRUE },
  { "staff_trained", "staff_trained", F_INT, FALSE },
  { "cases_done", "cases_done", F_INT, FALSE },
  { "document_id", "document", F_DOCUMENT, FALSE },
  { "dating", "dating", F_TEXT, FALSE },
  { "note", "note", F_TEXT, FALSE },
};

/* In the order rows must be inserted for their references to resolve. */
static const Table tables[] = {
  TABLE ("document", document_fields, TRUE),
  TABLE ("unit", unit_fields, TRUE),
  TABLE ("indicator", indicator_fields, TRUE),
  TABLE ("target", target_fields, FALSE),
  TABLE ("observation", observation_fields, FALSE),
  TABLE ("facility", facility_fields, TRUE),
  TABLE ("training", training_fields, TRUE),
  TABLE ("transfer", transfer_fields, TRUE),
};

typedef struct {
  MpStore    *store;
  GKeyFile   *kf;
  const char *origin;     /* the file name, for messages */
  GHashTable *targets;    /* target label -> id */
  char       *now;
} Loader;

static gboolean
fail (GError    **error,
      Loader     *l,
      const char *group,
      const char *key,
      const char *message)
{
  if (key)
    /* TRANSLATORS: "sample.keyfile: [unit VN-CT] level: the message" */
    g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("%s: [%s] %s: %s"),
                 l->origin, group, key, message);
  else
    g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("%s: [%s]: %s"),
                 l->origin, group, message);
  return FALSE;
}

static gint64
resolve (Loader     *l,
         FieldType   type,
         const char *text)
{
  switch (type)
    {
    case F_UNIT:      return mp_store_id_for_code (l->store, "unit", text);
    case F_INDICATOR: return mp_store_id_for_code (l->store, "indicator", text);
    case F_DOCUMENT:  return mp_store_id_for_code (l->store, "document", text);
    case F_FACILITY:  return mp_store_id_for_code (l->store, "facility", text);
    case F_TARGET:    return GPOINTER_TO_SIZE (g_hash_table_lookup (l->targets, text));
    default:          return 0;
    }
}

/* Binds one field of a group to parameter `index` of `stmt`. */
static gboolean
bind_field (Loader        *l,
            sqlite3_stmt  *stmt,
            int            index,
            const Field   *field,
            const char    *group,
            const char    *label,
            GError       **error)
{
  g_autofree char *raw = NULL;
  char *end = NULL;

  if (field->type == F_NOW)
    return sqlite3_bind_text (stmt, index, l->now, -1, SQLITE_TRANSIENT) == SQLITE_OK;

  raw = field->key ? g_key_file_get_value (l->kf, group, field->key, NULL) : g_strdup (label);
  if (raw)
    g_strstrip (raw);
  if (raw == NULL || *raw == '\0')
    {
      if (field->required)
        return fail (error, l, group, field->key ? field->key : field->column, _("a value is required"));
      sqlite3_bind_null (stmt, index);
      return TRUE;
    }

  switch (field->type)
    {
    case F_TEXT:
      sqlite3_bind_text (stmt, index, raw, -1, SQLITE_TRANSIENT);
      break;
    case F_INT:
      {
        gint64 v;
        errno = 0;
        v = g_ascii_strtoll (raw, &end, 10);
        if (errno != 0 || end == raw || *end != '\0')
          return fail (error, l, group, field->key, _("expected a whole number"));
        sqlite3_bind_int64 (stmt, index, v);
      }
      break;
    case F_REAL:
      {
        double v;
        errno = 0;
        v = g_ascii_strtod (raw, &end);
        if (errno != 0 || end == raw || *end != '\0' || !isfinite (v))
          return fail (error, l, group, field->key, _("expected a number written with “.” as the decimal mark"));
        sqlite3_bind_double (stmt, index, v);
      }
      break;
    case F_BOOL:
      if (g_str_equal (raw, "true"))
        sqlite3_bind_int (stmt, index, 1);
      else if (g_str_equal (raw, "false"))
        sqlite3_bind_int (stmt, index, 0);
      else
        return fail (error, l, group, field->key, _("expected true or false"));
      break;
    case F_PERIOD:
      if (!mp_period_is_valid (raw))
        return fail (error, l, group, field->key, _("not a valid period (2025, 2025S1, 2025Q3)"));
      sqlite3_bind_text (stmt, index, raw, -1, SQLITE_TRANSIENT);
      break;
    default:
      {
        gint64 id = resolve (l, field->type, raw);
        if (id == 0)
          {
            g_autofree char *msg = g_strdup_printf (_("“%s” is not defined (it must be defined before it is used)"), raw);
            return fail (error, l, group, field->key, msg);
          }
        sqlite3_bind_int64 (stmt, index, id);
      }
      break;
    }
  return TRUE;
}

static gboolean
load_table (Loader       *l,
            const Table  *table,
            GError      **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (l->kf, NULL);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gsize prefix_len = strlen (table->table);

  g_string_append_printf (sql, "INSERT INTO %s (", table->table);
  for (gsize i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "", table->fields[i].column);
  g_string_append (sql, ") VALUES (");
  for (gsize i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, "%s?%zu", i ? ", " : "", i + 1);
  g_string_append (sql, ")");

  stmt = mp_store_prepare (l->store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (int g = 0; groups[g]; g++)
    {
      const char *group = groups[g];
      const char *label;
      int rc;

      if (strncmp (group, table->table, prefix_len) != 0 || group[prefix_len] != ' ')
        continue;
      label = group + prefix_len + 1;

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      for (gsize i = 0; i < table->n_fields; i++)
        if (!bind_field (l, stmt, (int) i + 1, &table->fields[i], group, label, error))
          {
            sqlite3_finalize (stmt);
            return FALSE;
          }
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        {
          /* A CHECK, UNIQUE or FOREIGN KEY rule: SQLite's message names it. */
          fail (error, l, group, NULL, sqlite3_errmsg (l->store->db));
          sqlite3_finalize (stmt);
          return FALSE;
        }
      if (g_str_equal (table->table, "target"))
        g_hash_table_insert (l->targets, g_strdup (label),
                             GSIZE_TO_POINTER ((gsize) sqlite3_last_insert_rowid (l->store->db)));
      if (!mp_store_log_change (l->store, table->table, label, "insert", NULL, NULL, "sample", error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Units name their parent, which may come later in the file: set the
 * parents once every unit exists. */
static gboolean
link_unit_parents (Loader  *l,
                   GError **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (l->kf, NULL);
  sqlite3_stmt *stmt = mp_store_prepare (l->store, "UPDATE unit SET parent_id = ?1 WHERE code = ?2", error);

  if (stmt == NULL)
    return FALSE;
  for (int g = 0; groups[g]; g++)
    {
      g_autofree char *parent = NULL;
      gint64 parent_id;

      if (!g_str_has_prefix (groups[g], "unit "))
        continue;
      parent = g_key_file_get_value (l->kf, groups[g], "parent", NULL);
      if (parent == NULL || *g_strstrip (parent) == '\0')
        continue;
      parent_id = mp_store_id_for_code (l->store, "unit", parent);
      if (parent_id == 0 || g_str_equal (parent, groups[g] + 5))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not another unit of the file"), parent);
          sqlite3_finalize (stmt);
          return fail (error, l, groups[g], "parent", msg);
        }
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, parent_id);
      sqlite3_bind_text (stmt, 2, groups[g] + 5, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          fail (error, l, groups[g], "parent", sqlite3_errmsg (l->store->db));
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
load_keyfile (MpStore     *self,
              GKeyFile    *kf,
              const char  *origin,
              GError     **error)
{
  Loader l = { self, kf, origin, NULL, NULL };
  gboolean ok = TRUE;

  if (!mp_store_is_empty (self))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("The database “%s” already holds data; the sample data can only be loaded into an empty database."),
                   self->path);
      return FALSE;
    }

  l.targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l.now = mp_store_now_iso ();

  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    ok = FALSE;
  for (gsize t = 0; ok && t < G_N_ELEMENTS (tables); t++)
    {
      ok = load_table (&l, &tables[t], error);
      if (ok && g_str_equal (tables[t].table, "unit"))
        ok = link_unit_parents (&l, error);
    }
  if (ok)
    ok = mp_store_exec (self, "COMMIT", error);
  else
    mp_store_exec (self, "ROLLBACK", NULL);
  if (ok)
    mp_store_checkpoint (self);

  g_hash_table_unref (l.targets);
  g_free (l.now);
  return ok;
}

gboolean
mp_store_load_sample_file (MpStore     *self,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  if (!g_key_file_load_from_file (kf, path, G_KEY_FILE_KEEP_TRANSLATIONS, &local))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot read the sample data “%s”: %s"),
                   path, local->message);
      return FALSE;
    }
  return load_keyfile (self, kf, path, error);
}

gboolean
mp_store_load_sample (MpStore  *self,
                      GError  **error)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &local);
  if (bytes == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_FAILED, _("The sample data is missing from this build: %s"),
                   local->message);
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &size);
  if (!g_key_file_load_from_data (kf, data, size, G_KEY_FILE_KEEP_TRANSLATIONS, &local))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_FAILED, _("The sample data of this build is broken: %s"),
                   local->message);
      return FALSE;
    }
  return load_keyfile (self, kf, "medplan-sample.keyfile", error);
}
