/* mp-report.c — MpReport: reads from the store what the report of a unit
 * for a period shows (targets, trainings, transfers, trend charts), and
 * answers the questions about it. The pages are made in
 * mp-report-sections.c and mp-report-layout.c, drawn in mp-report-draw.c.
 */
#include "mp-report-private.h"

#include <glib/gi18n.h>

#include "mp-chart-data.h"
#include "mp-error.h"
#include "mp-judge.h"

G_DEFINE_FINAL_TYPE (MpReport, mp_report, G_TYPE_OBJECT)

static void
drop_pages (MpReport *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

static void
mp_report_finalize (GObject *object)
{
  MpReport *self = MP_REPORT (object);

  drop_pages (self);
  g_clear_object (&self->store);
  g_free (self->unit);
  g_free (self->unit_name);
  g_free (self->period);
  g_free (self->period_start);
  g_free (self->period_end);
  g_clear_pointer (&self->issue_date, g_date_time_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->judged, g_ptr_array_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->trainings, g_ptr_array_unref);
  g_clear_pointer (&self->transfers, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  mp_chart_style_clear (&self->style);

  G_OBJECT_CLASS (mp_report_parent_class)->finalize (object);
}

static void
mp_report_class_init (MpReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mp_report_finalize;
}

static void
mp_report_init (MpReport *self)
{
  cairo_font_options_t *options;

  /* A font map of our own, so reports can be laid out in other threads,
   * with hinting off, so the layout does not depend on the resolution. */
  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72.0);
  self->context = pango_font_map_create_context (self->font_map);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  mp_chart_style_init (&self->style, FALSE, MP_REPORT_FONT ", sans", 8.0);
  self->issue_date = g_date_time_new_now_local ();
}

/* "2025S1", "2025S2", "2025" → year and half (0: the whole year); FALSE
 * when malformed. The core reads the period; a quarter is no reporting
 * period. */
static gboolean
parse_period (const char *period,
              int        *year,
              int        *half)
{
  if (!mp_period_parse (period, NULL, year) || period[4] == 'Q')
    return FALSE;
  *half = period[4] == 'S' ? period[5] - '0' : 0;
  return TRUE;
}

/* The trainings of the unit: those serving one of its targets, or given by
 * one of its facilities. */
static gboolean
read_trainings (MpReport  *self,
                GError   **error)
{
  g_autoptr(GPtrArray) all = mp_store_list_trainings (self->store, error);
  g_autoptr(GHashTable) facilities = NULL;

  if (all == NULL)
    return FALSE;
  self->trainings = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_training_row_free);
  for (guint i = 0; i < all->len; i++)
    {
      MpTrainingRow *row = g_ptr_array_index (all, i);
      gboolean ours = g_strcmp0 (row->target_unit, self->unit) == 0;

      if (!ours && row->target_unit == NULL && row->institution_code != NULL)
        {
          if (facilities == NULL)
            {
              g_autoptr(GPtrArray) list = mp_store_list_facilities (self->store, error);
              if (list == NULL)
                return FALSE;
              facilities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
              for (guint j = 0; j < list->len; j++)
                {
                  MpFacilityRow *f = g_ptr_array_index (list, j);
                  g_hash_table_insert (facilities, g_strdup (f->code), g_strdup (f->unit));
                }
            }
          ours = g_strcmp0 (g_hash_table_lookup (facilities, row->institution_code), self->unit) == 0;
        }
      if (ours)
        g_ptr_array_add (self->trainings, g_ptr_array_steal_index (all, i--));
    }
  return TRUE;
}

static gboolean
read_transfers (MpReport  *self,
                GError   **error)
{
  g_autoptr(GPtrArray) all = mp_store_list_transfers (self->store, error);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);

  if (all == NULL)
    return FALSE;
  self->transfers = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_transfer_row_free);
  for (guint i = 0; i < all->len; i++)
    {
      MpTransferRow *row = g_ptr_array_index (all, i);
      if (g_strcmp0 (row->from_unit, self->unit) == 0 || g_strcmp0 (row->to_unit, self->unit) == 0)
        {
          g_hash_table_add (codes, row->code);
          g_ptr_array_add (self->transfers, g_ptr_array_steal_index (all, i--));
        }
    }

  /* Their changes of status in the period, as the change log holds them. */
  changes = mp_store_list_status_changes (self->store, "transfer", self->period_start, self->period_end, error);
  if (changes == NULL)
    return FALSE;
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_status_change_free);
  for (guint i = 0; i < changes->len; i++)
    if (g_hash_table_contains (codes, ((MpStatusChange *) g_ptr_array_index (changes, i))->code))
      g_ptr_array_add (self->changes, g_ptr_array_steal_index (changes, i--));
  return TRUE;
}

/* The documents the targets come from, in the order of first appearance,
 * and the trend charts of the indicators with a target at risk or worse. */
static gboolean
read_targets (MpReport   *self,
              GPtrArray  *judged,
              GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) charted = g_hash_table_new (g_str_hash, g_str_equal);

  self->judged = g_ptr_array_ref (judged);
  self->targets = g_ptr_array_new ();
  for (guint i = 0; i < judged->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (judged, i);
      if (g_strcmp0 (ts->unit, self->unit) == 0)
        g_ptr_array_add (self->targets, ts);
    }

  self->documents = g_ptr_array_new_with_free_func (g_free);
  self->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_chart_unref);
  for (guint i = 0; i < self->targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (self->targets, i);

      if (ts->document != NULL && !g_hash_table_contains (seen, ts->document))
        {
          g_hash_table_add (seen, ts->document);
          g_ptr_array_add (self->documents,
                           ts->document_title ? g_strdup_printf ("%s — %s", ts->document, ts->document_title)
                                              : g_strdup (ts->document));
        }
      /* Worst first: the statuses below no_data come first. */
      if (ts->status <= MP_STATUS_AT_RISK && !g_hash_table_contains (charted, ts->indicator))
        {
          MpChart *chart = mp_chart_data_trend (self->store, judged, ts->indicator, self->unit, error);
          if (chart == NULL)
            return FALSE;
          g_hash_table_add (charted, ts->indicator);
          g_ptr_array_add (self->charts, chart);
        }
    }
  return TRUE;
}

MpReport *
mp_report_new (MpStore     *store,
               const char  *unit,
               const char  *period,
               GError     **error)
{
  g_autoptr(MpReport) self = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) judged = NULL;
  const MpUnitRow *found = NULL;
  int year, half;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  if (!parse_period (period, &year, &half))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("“%s” is not a reporting period: give a year (2025) or a half-year (2025S1, 2025S2)."),
                   period ? period : "");
      return NULL;
    }

  units = mp_store_list_units (store, error);
  if (units == NULL)
    return NULL;
  judged = mp_store_list_targets (store, NULL, 0, error);
  if (judged == NULL)
    return NULL;
  if (unit == NULL)
    {
      if (units->len > 0)
        found = g_ptr_array_index (units, mp_pick_default_unit (units, judged));
    }
  else
    {
      for (guint i = 0; i < units->len && found == NULL; i++)
        if (g_str_equal (((MpUnitRow *) g_ptr_array_index (units, i))->code, unit))
          found = g_ptr_array_index (units, i);
    }
  if (found == NULL)
    {
      if (unit == NULL)
        g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("The database holds no unit to report on."));
      else
        g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no unit with the code “%s”."), unit);
      return NULL;
    }

  self = g_object_new (MP_TYPE_REPORT, NULL);
  self->store = g_object_ref (store);
  self->unit = g_strdup (found->code);
  self->unit_name = g_strdup (found->name ? found->name : found->code);
  self->period = g_strdup (period);
  self->year = year;
  self->half = half;
  /* Circular 37/2019/TT-BYT: S1 is 1 January – 30 June, S2 1 July – 31
   * December. */
  self->period_start = g_strdup_printf ("%04d-%s", year, half == 2 ? "07-01" : "01-01");
  self->period_end = g_strdup_printf ("%04d-%s", year, half == 1 ? "06-30" : "12-31");

  if (!read_targets (self, judged, error))
    return NULL;
  if (!read_trainings (self, error) || !read_transfers (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
mp_report_set_issue_date (MpReport  *self,
                          GDateTime *date)
{
  g_return_if_fail (MP_IS_REPORT (self));
  g_return_if_fail (date != NULL);

  g_clear_pointer (&self->issue_date, g_date_time_unref);
  self->issue_date = g_date_time_ref (date);
  drop_pages (self);
}

const char *
mp_report_get_unit (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), NULL);
  return self->unit;
}

const char *
mp_report_get_period (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), NULL);
  return self->period;
}

char *
mp_report_get_title (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), NULL);

  if (self->half == 1)
    /* TRANSLATORS: the title of the report: the year, then the unit's name. */
    return g_strdup_printf (_("Report for the first half of %d — %s"), self->year, self->unit_name);
  if (self->half == 2)
    /* TRANSLATORS: the title of the report: the year, then the unit's name. */
    return g_strdup_printf (_("Report for the second half of %d — %s"), self->year, self->unit_name);
  /* TRANSLATORS: the title of the report: the year, then the unit's name. */
  return g_strdup_printf (_("Annual report %d — %s"), self->year, self->unit_name);
}

guint
mp_report_get_n_pages (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), 0);

  if (self->pages == NULL)
    mp_report_build_pages (self);
  return self->pages->len;
}
