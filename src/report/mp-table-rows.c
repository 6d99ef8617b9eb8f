/* mp-table-rows.c — the rows of each table as the application's list views
 * show them, read from the store into typed cells: targets with their
 * judgement, facilities, training programmes, technology transfers.
 * Unknown values become empty cells; names are in the language of the
 * messages (mp_pick_name), labels translated. */
#include "mp-table-private.h"

#include "mp-error.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MpTableData *
table_new (MpTableKind kind)
{
  MpTableData *table = g_new0 (MpTableData, 1);

  table->kind = kind;
  table->headers = g_ptr_array_new_with_free_func (g_free);
  table->cells = g_array_new (FALSE, TRUE, sizeof (MpTableCell));
  return table;
}

void
mp_table_free (MpTableData *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; i < table->cells->len; i++)
    g_free (g_array_index (table->cells, MpTableCell, i).text);
  g_array_unref (table->cells);
  g_ptr_array_unref (table->headers);
  g_free (table);
}

static void
add_header (MpTableData *table,
            const char  *label)
{
  g_ptr_array_add (table->headers, g_strdup (label));
}

static void
add_cell (MpTableData *table,
          MpCellType   type,
          double       number,
          const char  *text)
{
  MpTableCell cell = { type, 0, number, g_strdup (text) };

  g_array_append_val (table->cells, cell);
}

static void
add_text (MpTableData *table,
          const char  *text)
{
  if (text == NULL || *text == '\0')
    add_cell (table, MP_CELL_EMPTY, 0, NULL);
  else
    add_cell (table, MP_CELL_TEXT, 0, text);
}

/* Counts, money: -1 is unknown. */
static void
add_whole (MpTableData *table,
           MpCellType   type,
           gint64       value)
{
  if (value < 0)
    add_cell (table, MP_CELL_EMPTY, 0, NULL);
  else
    add_cell (table, type, (double) value, NULL);
}

static void
add_decimal (MpTableData *table,
             double       value,
             int          decimals)
{
  if (!isfinite (value))
    {
      add_cell (table, MP_CELL_EMPTY, 0, NULL);
      return;
    }
  add_cell (table, MP_CELL_DECIMAL, value, NULL);
  g_array_index (table->cells, MpTableCell, table->cells->len - 1).decimals = CLAMP (decimals, 0, 4);
}

static void
add_year (MpTableData *table,
          int          year)
{
  if (year <= 0)
    add_cell (table, MP_CELL_EMPTY, 0, NULL);
  else
    add_cell (table, MP_CELL_YEAR, year, NULL);
}

/* A date as stored: YYYY-MM-DD (a date cell), YYYY (a year), or else as
 * text, so that nothing is lost. */
static void
add_date (MpTableData *table,
          const char  *iso)
{
  int year, month, day;
  char tail;

  if (iso == NULL || *iso == '\0')
    add_cell (table, MP_CELL_EMPTY, 0, NULL);
  else if (strlen (iso) == 10 && sscanf (iso, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3 &&
           g_date_valid_dmy (day, month, year) && year >= 1900)
    add_cell (table, MP_CELL_DATE, 0, iso);
  else if (strlen (iso) == 4 && g_ascii_isdigit (iso[0]) && g_ascii_isdigit (iso[1]) &&
           g_ascii_isdigit (iso[2]) && g_ascii_isdigit (iso[3]))
    add_year (table, atoi (iso));
  else
    add_text (table, iso);
}

/* FALSE with MP_ERROR_NOT_FOUND when there is no unit `code`. */
static gboolean
unit_exists (MpStore     *store,
             const char  *code,
             GError     **error)
{
  g_autoptr(GPtrArray) units = mp_store_list_units (store, error);

  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (((MpUnitRow *) g_ptr_array_index (units, i))->code, code))
      return TRUE;
  g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no unit with the code “%s”."), code);
  return FALSE;
}

static gboolean
read_targets (MpTableData  *table,
              MpStore      *store,
              const char   *unit,
              GError      **error)
{
  g_autoptr(GPtrArray) targets = mp_store_list_targets (store, unit, 0, error);

  if (targets == NULL)
    return FALSE;
  if (unit != NULL && targets->len == 0 && !unit_exists (store, unit, error))
    return FALSE;

  add_header (table, _("Unit"));
  /* TRANSLATORS: column heading: the plan or decision that sets the target */
  add_header (table, _("Source document"));
  add_header (table, _("Indicator"));
  /* TRANSLATORS: column heading: the indicator's measure, e.g. "%", "/10,000" */
  add_header (table, _("Measure"));
  /* TRANSLATORS: column heading: the target as text, e.g. "≥ 19" */
  add_header (table, _("Target"));
  /* TRANSLATORS: column heading: the target's number, e.g. 19 in "≥ 19" */
  add_header (table, _("Target value"));
  /* TRANSLATORS: column heading: the upper end of a target range, e.g. 50 in "30–50" */
  add_header (table, _("Target upper value"));
  add_header (table, _("Year"));
  add_header (table, _("Baseline year"));
  add_header (table, _("Baseline value"));
  add_header (table, _("Latest period"));
  add_header (table, _("Latest value"));
  /* TRANSLATORS: column heading: the value projected for the target's year */
  add_header (table, _("Projected value"));
  add_header (table, _("Status"));

  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      g_autofree char *target = mp_format_target (ts);

      add_text (table, ts->unit_name ? ts->unit_name : ts->unit);
      add_text (table, ts->document_title ? ts->document_title : ts->document);
      add_text (table, ts->indicator_name ? ts->indicator_name : ts->indicator);
      add_text (table, mp_measure_label (ts->measure));
      add_text (table, target);
      add_decimal (table, ts->value, ts->decimals);
      add_decimal (table, ts->value_high, ts->decimals);
      add_year (table, ts->year);
      add_year (table, ts->baseline_year);
      add_decimal (table, ts->baseline_value, ts->decimals);
      add_text (table, ts->latest_period);
      add_decimal (table, ts->latest_value, ts->decimals);
      add_decimal (table, ts->projected, ts->decimals);
      add_text (table, mp_status_label (ts->status));
    }
  table->n_rows = targets->len;
  return TRUE;
}

static gboolean
read_facilities (MpTableData  *table,
                 MpStore      *store,
                 GError      **error)
{
  g_autoptr(GPtrArray) rows = mp_store_list_facilities (store, error);

  if (rows == NULL)
    return FALSE;

  add_header (table, _("Code"));
  add_header (table, _("Name"));
  add_header (table, _("Kind"));
  add_header (table, _("Class"));
  add_header (table, _("Unit"));
  add_header (table, _("Ownership"));
  add_header (table, _("Beds"));
  add_header (table, _("Doctors"));
  add_header (table, _("Nurses"));

  for (guint i = 0; i < rows->len; i++)
    {
      MpFacilityRow *row = g_ptr_array_index (rows, i);

      add_text (table, row->code);
      add_text (table, row->name);
      add_text (table, row->kind ? mp_facility_kind_label (row->kind) : NULL);
      add_text (table, mp_facility_class_label (row->klass));
      add_text (table, row->unit_name ? row->unit_name : row->unit);
      add_text (table, mp_facility_ownership_label (row->ownership));
      add_whole (table, MP_CELL_INTEGER, row->beds);
      add_whole (table, MP_CELL_INTEGER, row->doctors);
      add_whole (table, MP_CELL_INTEGER, row->nurses);
    }
  table->n_rows = rows->len;
  return TRUE;
}

static gboolean
read_training (MpTableData  *table,
               MpStore      *store,
               GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  if ((rows = mp_store_list_trainings (store, error)) == NULL ||
      (targets = mp_store_list_targets (store, NULL, 0, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      g_hash_table_insert (by_id, &ts->target_id, ts);
    }

  /* The columns and their order of the Training view. */
  add_header (table, _("Code"));
  add_header (table, _("Title"));
  add_header (table, _("Status"));
  add_header (table, _("Progress"));
  add_header (table, _("Target status"));
  add_header (table, _("Target served"));
  add_header (table, _("Kind"));
  add_header (table, _("Institution"));
  add_header (table, C_("training column", "Start"));
  add_header (table, C_("training column", "End"));
  add_header (table, C_("training column", "Planned"));
  add_header (table, C_("training column", "Enrolled"));
  add_header (table, C_("training column", "Completed"));
  add_header (table, _("Budget (VND)"));

  for (guint i = 0; i < rows->len; i++)
    {
      MpTrainingRow *row = g_ptr_array_index (rows, i);
      MpTargetStatus *ts = row->target_id ? g_hash_table_lookup (by_id, &row->target_id) : NULL;
      g_autofree char *served = NULL;

      if (row->target_id != 0)
        /* TRANSLATORS: the target a training programme serves: indicator name
         * — unit name, year; e.g. "Doctors per 10,000 — Cần Thơ 2030" */
        served = g_strdup_printf (_("%s — %s %d"), row->target_indicator_name,
                                  row->target_unit_name, row->target_year);

      add_text (table, row->code);
      add_text (table, row->title);
      add_text (table, row->status ? mp_training_status_label (row->status) : NULL);
      /* The Training view's progress (mp_training_item_get_progress):
       * seats completed over seats planned. */
      if (row->seats_planned > 0 && row->seats_completed >= 0)
        add_cell (table, MP_CELL_PERCENT, (double) row->seats_completed / (double) row->seats_planned, NULL);
      else
        add_cell (table, MP_CELL_EMPTY, 0, NULL);
      add_text (table, ts ? mp_status_label (ts->status) : NULL);
      add_text (table, served);
      add_text (table, row->kind ? mp_training_kind_label (row->kind) : NULL);
      add_text (table, row->institution);
      add_date (table, row->start);
      add_date (table, row->end);
      add_whole (table, MP_CELL_INTEGER, row->seats_planned);
      add_whole (table, MP_CELL_INTEGER, row->seats_enrolled);
      add_whole (table, MP_CELL_INTEGER, row->seats_completed);
      add_whole (table, MP_CELL_MONEY, row->budget_vnd);
    }
  table->n_rows = rows->len;
  return TRUE;
}

static gboolean
read_transfers (MpTableData  *table,
                MpStore      *store,
                GError      **error)
{
  g_autoptr(GPtrArray) rows = mp_store_list_transfers (store, error);

  if (rows == NULL)
    return FALSE;

  add_header (table, _("Code"));
  add_header (table, _("Technique"));
  add_header (table, _("Sender"));
  add_header (table, _("Receiver"));
  add_header (table, _("Kind"));
  add_header (table, _("Status"));
  add_header (table, _("Start"));
  add_header (table, _("End"));
  add_header (table, _("Staff trained"));
  add_header (table, _("Cases done"));

  for (guint i = 0; i < rows->len; i++)
    {
      MpTransferRow *row = g_ptr_array_index (rows, i);

      add_text (table, row->code);
      add_text (table, row->technique);
      add_text (table, row->from_facility);
      add_text (table, row->to_facility);
      add_text (table, row->kind ? mp_transfer_kind_label (row->kind) : NULL);
      add_text (table, row->status ? mp_transfer_status_label (row->status) : NULL);
      add_date (table, row->start);
      add_date (table, row->end);
      add_whole (table, MP_CELL_INTEGER, row->staff_trained);
      add_whole (table, MP_CELL_INTEGER, row->cases_done);
    }
  table->n_rows = rows->len;
  return TRUE;
}

MpTableData *
mp_table_read (MpStore      *store,
               MpTableKind   kind,
               const char   *unit,
               GError      **error)
{
  g_autoptr(MpTableData) table = table_new (kind);
  gboolean ok = FALSE;

  switch (kind)
    {
    case MP_TABLE_KIND_TARGETS: ok = read_targets (table, store, unit, error); break;
    case MP_TABLE_KIND_FACILITIES: ok = read_facilities (table, store, error); break;
    case MP_TABLE_KIND_TRAINING: ok = read_training (table, store, error); break;
    case MP_TABLE_KIND_TRANSFERS: ok = read_transfers (table, store, error); break;
    default: g_return_val_if_reached (NULL);
    }
  if (!ok)
    return NULL;
  g_assert (table->cells->len == table->n_rows * table->headers->len);
  return g_steal_pointer (&table);
}
