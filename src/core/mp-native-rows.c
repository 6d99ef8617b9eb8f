/* mp-native-rows.c — the rows of each table of the native format: which
 * attributes and children they have, the checks beyond single values
 * (a "between" target needs its upper bound, a transfer its receiving
 * side, …), the keys that find duplicates within the file, and the
 * merge. Observations, the rows that come by the million, take a path
 * of their own that allocates nothing. */
#include "mp-native-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define N_ELEMENTS(a) G_N_ELEMENTS (a)
#define SPEC(element, table, attrs, children) \
  { element, table, attrs, N_ELEMENTS (attrs), children, N_ELEMENTS (children) }
#define SPEC_NO_CHILDREN(element, table, attrs) \
  { element, table, attrs, N_ELEMENTS (attrs), NULL, 0 }

/* ---- Enumerations (the CHECK rules of mp-schema.c) ---------------------- */

static const char * const document_kinds[] = {
  "resolution", "plan", "conclusion", "notice", "decision", "other", NULL };
static const char * const unit_levels[] = {
  "country", "region", "province", "district", "commune", NULL };
static const char * const measures[] = {
  "per_10k", "percent", "count", "years", "cm", "ratio", "yesno", NULL };
static const char * const directions[] = { "up", "down", NULL };
static const char * const comparators[] = { "ge", "gt", "le", "lt", "eq", "between", "done", NULL };
static const char * const facility_kinds[] = {
  "hospital", "specialised_hospital", "district_health_centre", "commune_station", "clinic",
  "training_institution", "cdc", "other", NULL };
static const char * const facility_classes[] = { "special", "I", "II", "III", "unranked", NULL };
static const char * const ownerships[] = { "public", "private", NULL };
static const char * const categories[] = {
  "doctor", "nurse", "midwife", "pharmacist", "technician", "other", NULL };
static const char * const training_kinds[] = {
  "phd", "specialist_1", "specialist_2", "master", "residency", "family_medicine", "bridging_doctor",
  "foreign_language", "digital", "short_course", "rotation", "other", NULL };
static const char * const training_statuses[] = { "planned", "running", "completed", "cancelled", NULL };
static const char * const transfer_kinds[] = { "technique", "satellite", "rotation", "telehealth", NULL };
static const char * const transfer_statuses[] = {
  "planned", "training", "supervised", "independent", "stopped", NULL };

/* ---- Tables: keys first, then columns, in the order of the slots -------- */

static const char * const code_key[] = { "code", NULL };

static const char * const document_cols[] = {
  "kind", "number", "issued", "title_vi", "title_en", "issuer", "dating", "note", NULL };
static const char * const unit_cols[] = {
  "level", "parent_id", "valid_from", "valid_to", "name_vi", "name_en", "note", NULL };
static const char * const succession_keys[] = { "from_unit_id", "to_unit_id", NULL };
static const char * const succession_cols[] = { "date", "share", NULL };
static const char * const population_keys[] = { "unit_id", "year", NULL };
static const char * const population_cols[] = { "persons", "source", NULL };
static const char * const indicator_cols[] = {
  "measure", "direction", "decimals", "formula", "name_vi", "name_en", "note", NULL };
static const char * const target_keys[] = { "indicator_id", "unit_id", "year", "document_id", NULL };
static const char * const target_cols[] = {
  "comparator", "value", "value_high", "baseline_year", "baseline_value", "quote", "dating", "note", NULL };
static const char * const facility_cols[] = {
  "kind", "class", "ownership", "unit_id", "beds", "opened", "closed", "latitude", "longitude",
  "family_medicine", "document_id", "name_vi", "name_en", "note", NULL };
static const char * const staffing_keys[] = { "facility_id", "year", "category", NULL };
static const char * const staffing_cols[] = {
  "headcount", "postgraduate", "language_certified", "digital_trained", NULL };
static const char * const training_cols[] = {
  "kind", "speciality", "institution_id", "sending_facility_id", "sending_unit_id", "start_date",
  "end_date", "seats_planned", "seats_enrolled", "seats_completed", "budget_vnd", "status",
  "target_id", "document_id", "title_vi", "title_en", "dating", "note", NULL };
static const char * const transfer_cols[] = {
  "kind", "speciality", "from_facility_id", "from_unit_id", "to_facility_id", "to_unit_id",
  "start_date", "end_date", "status", "staff_trained", "cases_done", "document_id",
  "technique_vi", "technique_en", "dating", "note", NULL };

const Merger native_merger_defs[MP_N_TABLES] = {
  [MP_TABLE_DOCUMENT]        = { "document", code_key, document_cols, TRUE },
  [MP_TABLE_UNIT]            = { "unit", code_key, unit_cols, TRUE },
  [MP_TABLE_UNIT_SUCCESSION] = { "unit_succession", succession_keys, succession_cols, FALSE },
  [MP_TABLE_POPULATION]      = { "population", population_keys, population_cols, FALSE },
  [MP_TABLE_INDICATOR]       = { "indicator", code_key, indicator_cols, TRUE },
  [MP_TABLE_TARGET]          = { "target", target_keys, target_cols, TRUE },
  [MP_TABLE_OBSERVATION]     = { "observation", NULL, NULL, FALSE },
  [MP_TABLE_FACILITY]        = { "facility", code_key, facility_cols, TRUE },
  [MP_TABLE_STAFFING]        = { "staffing", staffing_keys, staffing_cols, FALSE },
  [MP_TABLE_TRAINING]        = { "training", code_key, training_cols, TRUE },
  [MP_TABLE_TRANSFER]        = { "transfer", code_key, transfer_cols, TRUE },
};

/* Attribute helpers: name, kind, required, slot. */
#define TEXT(name, req, slot)      { name, A_TEXT, req, slot, NULL, 0, 0, 0, FALSE }
#define ENUM(name, req, slot, v)   { name, A_ENUM, req, slot, v, 0, 0, 0, FALSE }
#define DATE(name, req, slot)      { name, A_DATE, req, slot, NULL, 0, 0, 0, FALSE }
#define YEAR(name, req, slot)      { name, A_YEAR, req, slot, NULL, 0, 0, 0, FALSE }
#define COUNT(name, req, slot)     { name, A_COUNT, req, slot, NULL, 0, 0, 0, FALSE }
#define REAL(name, req, slot)      { name, A_REAL, req, slot, NULL, 0, 0, 0, FALSE }
#define RANGE(name, slot, lo, hi, open) { name, A_REAL, FALSE, slot, NULL, 0, lo, hi, open }
#define REF(name, req, slot, t)    { name, A_REF, req, slot, NULL, t, 0, 0, FALSE }

/* ---- Documents ---------------------------------------------------------- */

static const Attr document_attrs[] = {
  TEXT ("code", TRUE, 0), ENUM ("kind", TRUE, 1, document_kinds),
  TEXT ("number", FALSE, 2), DATE ("issued", FALSE, 3),
};
static const Child document_children[] = {
  { "title", "vi", 4, TRUE }, { "title", "en", 5, FALSE },
  { "issuer", NULL, 6, FALSE }, { "dating", NULL, 7, FALSE }, { "note", NULL, 8, FALSE },
};
static const RowSpec document_spec = SPEC ("document", MP_TABLE_DOCUMENT, document_attrs, document_children);

/* ---- Units -------------------------------------------------------------- */

enum { UNIT_PARENT_ID = 2, UNIT_PARENT_CODE = 8 };

static const Attr unit_attrs[] = {
  TEXT ("code", TRUE, 0), ENUM ("level", TRUE, 1, unit_levels), TEXT ("parent", FALSE, UNIT_PARENT_CODE),
  DATE ("valid-from", FALSE, 3), DATE ("valid-to", FALSE, 4),
};
static const Child unit_children[] = {
  { "name", "vi", 5, TRUE }, { "name", "en", 6, FALSE }, { "note", NULL, 7, FALSE },
};
static const RowSpec unit_spec = SPEC ("unit", MP_TABLE_UNIT, unit_attrs, unit_children);

static const Attr succession_attrs[] = {
  REF ("from", TRUE, 0, MP_TABLE_UNIT), REF ("to", TRUE, 1, MP_TABLE_UNIT),
  DATE ("date", TRUE, 2), RANGE ("share", 3, 0, 1, TRUE),
};
static const RowSpec succession_spec = SPEC_NO_CHILDREN ("succession", MP_TABLE_UNIT_SUCCESSION, succession_attrs);

/* ---- Populations and indicators ----------------------------------------- */

static const Attr population_attrs[] = {
  REF ("unit", TRUE, 0, MP_TABLE_UNIT), YEAR ("year", TRUE, 1),
  { "persons", A_PERSONS, TRUE, 2, NULL, 0, 0, 0, FALSE }, TEXT ("source", FALSE, 3),
};
static const RowSpec population_spec = SPEC_NO_CHILDREN ("population", MP_TABLE_POPULATION, population_attrs);

static const Attr indicator_attrs[] = {
  TEXT ("code", TRUE, 0), ENUM ("measure", TRUE, 1, measures), ENUM ("direction", TRUE, 2, directions),
  { "decimals", A_COUNT, TRUE, 3, NULL, 0, 0, 6, FALSE }, TEXT ("formula", FALSE, 4),
};
static const Child indicator_children[] = {
  { "name", "vi", 5, TRUE }, { "name", "en", 6, FALSE }, { "note", NULL, 7, FALSE },
};
static const RowSpec indicator_spec = SPEC ("indicator", MP_TABLE_INDICATOR, indicator_attrs, indicator_children);

/* ---- Targets ------------------------------------------------------------ */

enum { T_INDICATOR, T_UNIT, T_YEAR, T_DOCUMENT, T_COMPARATOR, T_VALUE, T_VALUE_HIGH };

static const Attr target_attrs[] = {
  REF ("indicator", TRUE, T_INDICATOR, MP_TABLE_INDICATOR), REF ("unit", TRUE, T_UNIT, MP_TABLE_UNIT),
  YEAR ("year", TRUE, T_YEAR), REF ("document", FALSE, T_DOCUMENT, MP_TABLE_DOCUMENT),
  ENUM ("comparator", TRUE, T_COMPARATOR, comparators), REAL ("value", FALSE, T_VALUE),
  REAL ("value-high", FALSE, T_VALUE_HIGH), YEAR ("baseline-year", FALSE, 7), REAL ("baseline-value", FALSE, 8),
};
static const Child target_children[] = {
  { "quote", NULL, 9, FALSE }, { "dating", NULL, 10, FALSE }, { "note", NULL, 11, FALSE },
};
static const RowSpec target_spec = SPEC ("target", MP_TABLE_TARGET, target_attrs, target_children);

/* ---- Facilities and staffing -------------------------------------------- */

static const Attr facility_attrs[] = {
  TEXT ("code", TRUE, 0), ENUM ("kind", TRUE, 1, facility_kinds), ENUM ("class", FALSE, 2, facility_classes),
  ENUM ("ownership", FALSE, 3, ownerships), REF ("unit", TRUE, 4, MP_TABLE_UNIT), COUNT ("beds", FALSE, 5),
  DATE ("opened", FALSE, 6), DATE ("closed", FALSE, 7),
  RANGE ("latitude", 8, -90, 90, FALSE), RANGE ("longitude", 9, -180, 180, FALSE),
  { "family-medicine", A_BOOL, FALSE, 10, NULL, 0, 0, 0, FALSE },
  REF ("document", FALSE, 11, MP_TABLE_DOCUMENT),
};
static const Child facility_children[] = {
  { "name", "vi", 12, TRUE }, { "name", "en", 13, FALSE }, { "note", NULL, 14, FALSE },
};
static const RowSpec facility_spec = SPEC ("facility", MP_TABLE_FACILITY, facility_attrs, facility_children);

static const Attr staffing_attrs[] = {
  YEAR ("year", TRUE, 1), ENUM ("category", TRUE, 2, categories), COUNT ("headcount", TRUE, 3),
  COUNT ("postgraduate", FALSE, 4), COUNT ("language-certified", FALSE, 5), COUNT ("digital-trained", FALSE, 6),
};
static const RowSpec staffing_spec = SPEC_NO_CHILDREN ("staffing", MP_TABLE_STAFFING, staffing_attrs);

/* ---- Trainings and transfers -------------------------------------------- */

enum { TR_STATUS = 12, TR_TARGET_ID = 13, TR_T_INDICATOR = 19, TR_T_UNIT, TR_T_YEAR, TR_T_DOCUMENT };

static const Attr training_attrs[] = {
  TEXT ("code", TRUE, 0), ENUM ("kind", TRUE, 1, training_kinds), TEXT ("speciality", FALSE, 2),
  REF ("institution", FALSE, 3, MP_TABLE_FACILITY), REF ("sending-facility", FALSE, 4, MP_TABLE_FACILITY),
  REF ("sending-unit", FALSE, 5, MP_TABLE_UNIT), DATE ("start", FALSE, 6), DATE ("end", FALSE, 7),
  COUNT ("seats-planned", FALSE, 8), COUNT ("seats-enrolled", FALSE, 9), COUNT ("seats-completed", FALSE, 10),
  COUNT ("budget-vnd", FALSE, 11), ENUM ("status", FALSE, TR_STATUS, training_statuses),
  REF ("target-indicator", FALSE, TR_T_INDICATOR, MP_TABLE_INDICATOR),
  REF ("target-unit", FALSE, TR_T_UNIT, MP_TABLE_UNIT), YEAR ("target-year", FALSE, TR_T_YEAR),
  REF ("target-document", FALSE, TR_T_DOCUMENT, MP_TABLE_DOCUMENT), REF ("document", FALSE, 14, MP_TABLE_DOCUMENT),
};
static const Child training_children[] = {
  { "title", "vi", 15, TRUE }, { "title", "en", 16, FALSE },
  { "dating", NULL, 17, FALSE }, { "note", NULL, 18, FALSE },
};
static const RowSpec training_spec = SPEC ("training", MP_TABLE_TRAINING, training_attrs, training_children);

enum { TF_TO_FACILITY = 5, TF_TO_UNIT = 6, TF_STATUS = 9 };

static const Attr transfer_attrs[] = {
  TEXT ("code", TRUE, 0), ENUM ("kind", TRUE, 1, transfer_kinds), TEXT ("speciality", FALSE, 2),
  REF ("from-facility", FALSE, 3, MP_TABLE_FACILITY), REF ("from-unit", FALSE, 4, MP_TABLE_UNIT),
  REF ("to-facility", FALSE, TF_TO_FACILITY, MP_TABLE_FACILITY), REF ("to-unit", FALSE, TF_TO_UNIT, MP_TABLE_UNIT),
  DATE ("start", FALSE, 7), DATE ("end", FALSE, 8), ENUM ("status", FALSE, TF_STATUS, transfer_statuses),
  COUNT ("staff-trained", FALSE, 10), COUNT ("cases-done", FALSE, 11), REF ("document", FALSE, 12, MP_TABLE_DOCUMENT),
};
static const Child transfer_children[] = {
  { "technique", "vi", 13, TRUE }, { "technique", "en", 14, FALSE },
  { "dating", NULL, 15, FALSE }, { "note", NULL, 16, FALSE },
};
static const RowSpec transfer_spec = SPEC ("transfer", MP_TABLE_TRANSFER, transfer_attrs, transfer_children);

/* ---- Shared steps --------------------------------------------------------- */

static const char *
table_label (MpTable table)
{
  switch (table)
    {
    case MP_TABLE_DOCUMENT:  return _("document");
    case MP_TABLE_UNIT:      return _("unit");
    case MP_TABLE_INDICATOR: return _("indicator");
    case MP_TABLE_FACILITY:  return _("facility");
    case MP_TABLE_TRAINING:  return _("training plan");
    case MP_TABLE_TRANSFER:  return _("transfer");
    default:                 return "?";
    }
}

static void
row_start (Native *n,
           Row    *row)
{
  memset (row, 0, sizeof *row);
  row->ok = TRUE;
  row->line = mp_importer_line (n->imp);
  row->column = mp_importer_column (n->imp);
}

/* Attributes and text children of a row without nested rows. FALSE when
 * the import must stop. */
static gboolean
read_row (Native        *n,
          const RowSpec *spec,
          Row           *row)
{
  row_start (n, row);
  native_attributes (n, spec, row);
  if (native_children (n, spec, row, NULL) == 0)
    return FALSE;
  native_check_children (n, spec, row);
  return TRUE;
}

static void
set_text (Row        *row,
          int         slot,
          const char *text)
{
  row->v[slot].type = VAL_TEXT;
  row->v[slot].text = text;
}

static void
set_int (Row    *row,
         int     slot,
         gint64  value)
{
  row->v[slot].type = VAL_INT;
  row->v[slot].i = value;
}

/* The end of a coded row: duplicates, the merge, and the code remembered
 * for later references (even when the row had a problem, so that its
 * problem is not repeated as "unknown" on every row that names it). */
static void
finish_coded (Native  *n,
              MpTable  table,
              Row     *row,
              gboolean count)
{
  const char *code = row->v[0].type == VAL_TEXT ? row->v[0].text : NULL;
  g_autofree char *what = NULL;
  MpMerge merge;
  gint64 id;

  if (code == NULL)
    return;
  /* TRANSLATORS: a row such as: unit “VN-CT” */
  what = g_strdup_printf (_("%s “%s”"), table_label (table), code);
  native_first_time (n, table, row, code, what);
  merge = native_merge (n, table, row, what, &id);
  if (merge != MP_MERGE_FAILED)
    {
      mp_importer_remember (n->imp, table, code, id);
      if (count)
        mp_import_report_add (n->imp->report, table, merge);
    }
  else if (native_find_code (n, table, code) == 0)
    mp_importer_remember (n->imp, table, code, -1);
}

static gboolean
simple_coded (Native        *n,
              const RowSpec *spec)
{
  Row row;

  if (!read_row (n, spec, &row))
    return FALSE;
  finish_coded (n, spec->table, &row, TRUE);
  return TRUE;
}

gboolean
native_document (Native *n)
{
  return simple_coded (n, &document_spec);
}

gboolean
native_indicator (Native *n)
{
  return simple_coded (n, &indicator_spec);
}

/* ---- Units ---------------------------------------------------------------- */

/* A unit whose parent is later in the section: linked at its end. */
typedef struct {
  char   *code;
  char   *parent;
  int     line, column;
  MpMerge merge;
} Deferred;

static void
deferred_clear (gpointer data)
{
  Deferred *d = data;
  g_free (d->code);
  g_free (d->parent);
}

gboolean
native_unit (Native *n)
{
  Row row;
  const char *code, *parent;
  gboolean deferred = FALSE;

  if (!read_row (n, &unit_spec, &row))
    return FALSE;
  code = row.v[0].text;
  parent = row.v[UNIT_PARENT_CODE].text;
  if (parent && code)
    {
      gint64 parent_id = native_find_code (n, MP_TABLE_UNIT, parent);

      if (g_str_equal (parent, code))
        native_row_error (n, &row, _("unit “%s” cannot be its own parent"), code);
      else if (parent_id != 0)
        set_int (&row, UNIT_PARENT_ID, parent_id);
      else
        {
          /* Keep the parent the unit has now until the section ends. */
          gint64 id = native_find_code (n, MP_TABLE_UNIT, code);
          deferred = TRUE;
          if (id > 0 && n->unit_parent == NULL)
            n->unit_parent = mp_store_prepare (n->imp->store, "SELECT parent_id FROM unit WHERE id = ?1", NULL);
          if (id > 0 && n->unit_parent)
            {
              sqlite3_bind_int64 (n->unit_parent, 1, id);
              if (sqlite3_step (n->unit_parent) == SQLITE_ROW &&
                  sqlite3_column_type (n->unit_parent, 0) != SQLITE_NULL)
                set_int (&row, UNIT_PARENT_ID, sqlite3_column_int64 (n->unit_parent, 0));
              sqlite3_reset (n->unit_parent);
            }
        }
    }

  if (!deferred)
    {
      finish_coded (n, MP_TABLE_UNIT, &row, TRUE);
      return TRUE;
    }

  {
    Deferred d = { g_strdup (code), g_strdup (parent), row.line, row.column, MP_MERGE_FAILED };
    g_autofree char *what = g_strdup_printf (_("%s “%s”"), table_label (MP_TABLE_UNIT), code);
    gint64 id;

    if (native_first_time (n, MP_TABLE_UNIT, &row, code, what))
      d.merge = native_merge (n, MP_TABLE_UNIT, &row, what, &id);
    if (d.merge != MP_MERGE_FAILED)
      mp_importer_remember (n->imp, MP_TABLE_UNIT, code, id);
    else if (native_find_code (n, MP_TABLE_UNIT, code) == 0)
      mp_importer_remember (n->imp, MP_TABLE_UNIT, code, -1);
    if (n->parents == NULL)
      {
        n->parents = g_array_new (FALSE, FALSE, sizeof (Deferred));
        g_array_set_clear_func (n->parents, deferred_clear);
      }
    g_array_append_val (n->parents, d);
  }
  return TRUE;
}

gboolean
native_units_done (Native *n)
{
  if (n->parents == NULL)
    return TRUE;
  for (guint i = 0; i < n->parents->len; i++)
    {
      Deferred *d = &g_array_index (n->parents, Deferred, i);
      gint64 parent_id = native_find_code (n, MP_TABLE_UNIT, d->parent);
      MpMerge merge = d->merge;

      if (parent_id == 0)
        {
          /* TRANSLATORS: "unknown unit “VN-XX”" */
          mp_import_report_error (n->imp->report, d->line, d->column, _("unknown %s “%s”"),
                                  table_label (MP_TABLE_UNIT), d->parent);
          continue;
        }
      if (merge == MP_MERGE_FAILED || !native_writing (n))
        continue;
      if (n->set_parent == NULL)
        n->set_parent = mp_store_prepare (n->imp->store,
                                          "UPDATE unit SET parent_id = ?1 WHERE code = ?2 AND parent_id IS NOT ?1", NULL);
      if (n->set_parent == NULL)
        return FALSE;
      sqlite3_bind_int64 (n->set_parent, 1, parent_id);
      sqlite3_bind_text (n->set_parent, 2, d->code, -1, SQLITE_STATIC);
      if (sqlite3_step (n->set_parent) == SQLITE_DONE && sqlite3_changes (n->imp->store->db) > 0 &&
          merge == MP_MERGE_UNCHANGED)
        merge = MP_MERGE_UPDATED;
      sqlite3_reset (n->set_parent);
      mp_import_report_add (n->imp->report, MP_TABLE_UNIT, merge);
    }
  g_array_set_size (n->parents, 0);
  return TRUE;
}

gboolean
native_succession (Native *n)
{
  Row row;
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;
  MpMerge merge;

  if (!read_row (n, &succession_spec, &row))
    return FALSE;
  if (row.v[3].type == VAL_NULL)
    {
      row.v[3].type = VAL_REAL;
      row.v[3].d = 1;
    }
  if (row.v[0].text == NULL || row.v[1].text == NULL)
    return TRUE;
  what = g_strdup_printf (_("the succession from “%s” to “%s”"), row.v[0].text, row.v[1].text);
  if (g_str_equal (row.v[0].text, row.v[1].text))
    native_row_error (n, &row, _("unit “%s” cannot succeed itself"), row.v[0].text);
  key = g_strconcat (row.v[0].text, "\x1f", row.v[1].text, NULL);
  native_first_time (n, MP_TABLE_UNIT_SUCCESSION, &row, key, what);
  merge = native_merge (n, MP_TABLE_UNIT_SUCCESSION, &row, what, NULL);
  if (merge != MP_MERGE_FAILED)
    mp_import_report_add (n->imp->report, MP_TABLE_UNIT_SUCCESSION, merge);
  return TRUE;
}

gboolean
native_population (Native *n)
{
  Row row;
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;
  MpMerge merge;

  if (!read_row (n, &population_spec, &row))
    return FALSE;
  if (row.v[0].text == NULL || row.v[1].type == VAL_NULL)
    return TRUE;
  what = g_strdup_printf (_("the population of “%s” in %d"), row.v[0].text, (int) row.v[1].i);
  key = g_strdup_printf ("%s\x1f%d", row.v[0].text, (int) row.v[1].i);
  native_first_time (n, MP_TABLE_POPULATION, &row, key, what);
  merge = native_merge (n, MP_TABLE_POPULATION, &row, what, NULL);
  if (merge != MP_MERGE_FAILED)
    mp_import_report_add (n->imp->report, MP_TABLE_POPULATION, merge);
  return TRUE;
}

/* ---- Targets -------------------------------------------------------------- */

static char *
target_what (const char *indicator,
             const char *unit,
             int         year,
             const char *document)
{
  if (document)
    return g_strdup_printf (_("the target of “%s” for “%s” in %d (document “%s”)"), indicator, unit, year, document);
  return g_strdup_printf (_("the target of “%s” for “%s” in %d"), indicator, unit, year);
}

static char *
target_key (const char *indicator,
            const char *unit,
            int         year,
            const char *document)
{
  return g_strdup_printf ("%s\x1f%s\x1f%d\x1f%s", indicator, unit, year, document ? document : "");
}

gboolean
native_target (Native *n)
{
  Row row;
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;
  const char *comparator;
  MpMerge merge;

  if (!read_row (n, &target_spec, &row))
    return FALSE;

  comparator = row.v[T_COMPARATOR].text;
  /* (Attribute 5 is "value", 6 "value-high": a bad one is reported already.) */
  if (comparator && !g_str_equal (comparator, "done") && !(row.present & (1u << 5)))
    native_row_error (n, &row, _("attribute “value” is missing: only a “done” target has no value"));
  if (g_strcmp0 (comparator, "between") == 0)
    {
      if (!(row.present & (1u << 6)))
        native_row_error (n, &row, _("attribute “value-high” is missing: a “between” target needs it"));
      else if (row.v[T_VALUE].type == VAL_REAL && row.v[T_VALUE_HIGH].d < row.v[T_VALUE].d)
        {
          char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];
          native_row_error (n, &row, _("attribute “value-high”: “%s” is below the value “%s”"),
                            mp_format_canonical (hi, row.v[T_VALUE_HIGH].d),
                            mp_format_canonical (lo, row.v[T_VALUE].d));
        }
    }

  if (row.v[T_INDICATOR].text == NULL || row.v[T_UNIT].text == NULL || row.v[T_YEAR].type == VAL_NULL)
    return TRUE;
  what = target_what (row.v[T_INDICATOR].text, row.v[T_UNIT].text, (int) row.v[T_YEAR].i, row.v[T_DOCUMENT].text);
  key = target_key (row.v[T_INDICATOR].text, row.v[T_UNIT].text, (int) row.v[T_YEAR].i, row.v[T_DOCUMENT].text);
  native_first_time (n, MP_TABLE_TARGET, &row, key, what);
  merge = native_merge (n, MP_TABLE_TARGET, &row, what, NULL);
  if (merge != MP_MERGE_FAILED)
    mp_import_report_add (n->imp->report, MP_TABLE_TARGET, merge);
  return TRUE;
}

/* ---- Observations: the hot path ------------------------------------------ */

static const Child observation_children[] = { { "comment", NULL, 0, FALSE } };
static const RowSpec observation_spec = { "observation", MP_TABLE_OBSERVATION, NULL, 0, observation_children, 1 };

gboolean
native_observation (Native *n)
{
  static const char * const names[] = { "indicator", "unit", "period", "value", "source", "updated-at", NULL };
  MpImporter *imp = n->imp;
  const char *v[G_N_ELEMENTS (names)];
  gboolean ok = mp_importer_attributes (imp, names, v, TRUE);
  gint64 indicator = 0, unit = 0;
  double value = 0;
  const char *comment = NULL;

  if (!mp_importer_require (imp, "indicator", v[0]) || (indicator = mp_importer_id (imp, MP_TABLE_INDICATOR, v[0])) == 0)
    ok = FALSE;
  if (!mp_importer_require (imp, "unit", v[1]) || (unit = mp_importer_id (imp, MP_TABLE_UNIT, v[1])) == 0)
    ok = FALSE;
  if (!mp_importer_require (imp, "period", v[2]) || !mp_importer_period (imp, "period", v[2]))
    ok = FALSE;
  if (!mp_importer_require (imp, "value", v[3]) || !mp_importer_double (imp, "value", v[3], &value))
    ok = FALSE;
  if (v[5] && !native_datetime_valid (v[5]))
    {
      mp_importer_error (imp, _("attribute “%s”: “%s” is not a date and time (YYYY-MM-DDTHH:MM:SSZ)"),
                         "updated-at", v[5]);
      ok = FALSE;
    }

  if (xmlTextReaderIsEmptyElement (imp->reader) != 1)
    {
      /* Reading the children moves the reader: keep the attributes. */
      Row row;

      for (guint i = 0; i < G_N_ELEMENTS (v) - 1; i++)
        v[i] = v[i] ? native_keep (n, v[i]) : NULL;
      memset (&row, 0, sizeof row);
      row.ok = TRUE;
      if (native_children (n, &observation_spec, &row, NULL) == 0)
        return FALSE;
      ok = ok && row.ok;
      comment = row.v[0].text;
    }

  if (ok)
    mp_importer_observation (imp, v[0], indicator, v[1], unit, v[2], value, v[4], comment, v[5]);
  return TRUE;
}

/* ---- Facilities ----------------------------------------------------------- */

static gboolean
staffing_row (Native     *n,
              gint64      facility_id,
              const char *facility)
{
  Row row;
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;
  MpMerge merge;

  if (!read_row (n, &staffing_spec, &row))
    return FALSE;
  set_int (&row, 0, facility_id);
  if (facility_id <= 0)
    row.ok = FALSE;
  if (row.v[1].type == VAL_NULL || row.v[2].text == NULL)
    return TRUE;
  what = g_strdup_printf (_("the staffing of “%s” in %d, category “%s”,"), facility, (int) row.v[1].i, row.v[2].text);
  key = g_strdup_printf ("%d\x1f%s", (int) row.v[1].i, row.v[2].text);
  native_first_time (n, MP_TABLE_STAFFING, &row, key, what);
  merge = native_merge (n, MP_TABLE_STAFFING, &row, what, NULL);
  if (merge != MP_MERGE_FAILED)
    mp_import_report_add (n->imp->report, MP_TABLE_STAFFING, merge);
  return TRUE;
}

gboolean
native_facility (Native *n)
{
  MpImporter *imp = n->imp;
  Row row;
  g_autofree char *code = NULL;
  int depth = xmlTextReaderDepth (imp->reader);
  int rc;
  gint64 id;

  row_start (n, &row);
  native_attributes (n, &facility_spec, &row);
  rc = native_children (n, &facility_spec, &row, "staffing");
  if (rc == 0)
    return FALSE;
  native_check_children (n, &facility_spec, &row);
  finish_coded (n, MP_TABLE_FACILITY, &row, TRUE);

  if (rc == 1)
    return TRUE;

  /* The staffing rows, each merged as it comes. */
  code = g_strdup (row.v[0].text ? row.v[0].text : "?");
  id = row.v[0].text ? native_find_code (n, MP_TABLE_FACILITY, code) : 0;
  if (n->seen[MP_TABLE_STAFFING])
    g_hash_table_remove_all (n->seen[MP_TABLE_STAFFING]);
  for (;;)
    {
      int type;

      if (!staffing_row (n, id, code))
        return FALSE;
      for (;;)
        {
          const char *name;

          if (mp_importer_read (imp) != 1)
            return FALSE;
          type = xmlTextReaderNodeType (imp->reader);
          if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (imp->reader) == depth)
            return TRUE;
          if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
            mp_importer_error (imp, _("unexpected text in “%s”"), "facility");
          if (type != XML_READER_TYPE_ELEMENT)
            continue;
          name = mp_importer_element (imp);
          if (g_str_equal (name, "staffing") && g_strcmp0 (mp_importer_namespace (imp), MP_NS_NATIVE) == 0)
            break;
          if (g_str_equal (name, "name") || g_str_equal (name, "note"))
            mp_importer_error (imp, _("“%s” must come before “%s” in “%s”"), name, "staffing", "facility");
          else
            mp_importer_error (imp, _("unknown element “%s” in “%s”"), name, "facility");
          if (xmlTextReaderIsEmptyElement (imp->reader) != 1)
            {
              int d = xmlTextReaderDepth (imp->reader);
              do
                if (mp_importer_read (imp) != 1)
                  return FALSE;
              while (xmlTextReaderNodeType (imp->reader) != XML_READER_TYPE_END_ELEMENT ||
                     xmlTextReaderDepth (imp->reader) != d);
            }
        }
    }
}

/* ---- Trainings and transfers ---------------------------------------------- */

/* The target a training serves, from its key. */
static void
training_target (Native *n,
                 Row    *row)
{
  Value *ind = &row->v[TR_T_INDICATOR], *unit = &row->v[TR_T_UNIT];
  Value *year = &row->v[TR_T_YEAR], *doc = &row->v[TR_T_DOCUMENT];
  g_autofree char *key = NULL;
  int given = (ind->type != VAL_NULL) + (unit->type != VAL_NULL) + (year->type != VAL_NULL);

  if (given == 0 && doc->type == VAL_NULL)
    return;
  if (given < 3)
    {
      /* Missing ones, or ones already reported as bad. */
      if (row->ok)
        native_row_error (n, row, _("attributes “target-indicator”, “target-unit” and “target-year” go together"));
      return;
    }
  if (!row->ok || ind->i < 0 || unit->i < 0 || (doc->type != VAL_NULL && doc->i < 0))
    return;

  if (n->find_target == NULL)
    n->find_target = mp_store_prepare (n->imp->store,
                                       "SELECT id FROM target WHERE indicator_id = ?1 AND unit_id = ?2"
                                       " AND year = ?3 AND document_id IS ?4", NULL);
  if (n->find_target == NULL)
    return;
  sqlite3_bind_int64 (n->find_target, 1, ind->i);
  sqlite3_bind_int64 (n->find_target, 2, unit->i);
  sqlite3_bind_int64 (n->find_target, 3, year->i);
  if (doc->type != VAL_NULL)
    sqlite3_bind_int64 (n->find_target, 4, doc->i);
  else
    sqlite3_bind_null (n->find_target, 4);
  if (sqlite3_step (n->find_target) == SQLITE_ROW)
    set_int (row, TR_TARGET_ID, sqlite3_column_int64 (n->find_target, 0));
  sqlite3_reset (n->find_target);
  if (row->v[TR_TARGET_ID].type != VAL_NULL)
    return;

  /* A target of this file that had a problem is not "unknown". */
  key = target_key (ind->text, unit->text, (int) year->i, doc->text);
  if (n->seen[MP_TABLE_TARGET] == NULL || !g_hash_table_contains (n->seen[MP_TABLE_TARGET], key))
    {
      g_autofree char *what = target_what (ind->text, unit->text, (int) year->i, doc->text);
      /* TRANSLATORS: %s is: the target of “X” for “Y” in 2030 */
      native_row_error (n, row, _("unknown target: %s"), what);
    }
  else
    row->ok = FALSE;
}

gboolean
native_training (Native *n)
{
  Row row;

  if (!read_row (n, &training_spec, &row))
    return FALSE;
  if (row.v[TR_STATUS].type == VAL_NULL)
    set_text (&row, TR_STATUS, "planned");
  training_target (n, &row);
  finish_coded (n, MP_TABLE_TRAINING, &row, TRUE);
  return TRUE;
}

gboolean
native_transfer (Native *n)
{
  Row row;
  gboolean to_named;

  if (!read_row (n, &transfer_spec, &row))
    return FALSE;
  if (row.v[TF_STATUS].type == VAL_NULL)
    set_text (&row, TF_STATUS, "planned");
  to_named = row.v[TF_TO_FACILITY].type != VAL_NULL || row.v[TF_TO_UNIT].type != VAL_NULL;
  if (!to_named && row.ok)
    native_row_error (n, &row, _("a transfer needs “to-facility” or “to-unit”"));
  finish_coded (n, MP_TABLE_TRANSFER, &row, TRUE);
  return TRUE;
}

void
native_rows_clear (Native *n)
{
  g_clear_pointer (&n->parents, g_array_unref);
  sqlite3_finalize (n->find_target);
  sqlite3_finalize (n->unit_parent);
  sqlite3_finalize (n->set_parent);
  n->find_target = n->unit_parent = n->set_parent = NULL;
}
