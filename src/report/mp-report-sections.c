/* mp-report-sections.c — what the report says, section by section: the
 * title block, the targets by status, the targets table grouped by source
 * document, the trend charts of the targets in trouble, the training and
 * the technology-transfer summaries. */
#include "mp-report-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

static const MpRgba ink = { 0.11, 0.11, 0.13, 1 };
static const MpRgba muted = { 0.36, 0.38, 0.40, 1 };

#define BODY_SIZE 9.0

char *
mp_report_format_date (const char *iso)
{
  if (iso == NULL)
    return NULL;
  if (strlen (iso) >= 10 && iso[4] == '-' && iso[7] == '-')
    return g_strdup_printf ("%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
  if (strlen (iso) == 7 && iso[4] == '-')
    return g_strdup_printf ("%.2s/%.4s", iso + 5, iso);
  return g_strdup (iso);
}

/* Whether a date ("2025-03-15", "2025-03" or "2025") falls in the period;
 * a partial date counts by its last day when `as_end`, else its first. */
static gboolean
in_period (MpReport   *self,
           const char *date,
           gboolean    as_end)
{
  char full[11];
  gsize len;

  if (date == NULL)
    return FALSE;
  len = strlen (date);
  if (len >= 10)
    g_strlcpy (full, date, sizeof full);
  else if (len == 7)
    g_snprintf (full, sizeof full, "%.7s-%s", date, as_end ? "31" : "01");
  else if (len == 4)
    g_snprintf (full, sizeof full, "%.4s-%s", date, as_end ? "12-31" : "01-01");
  else
    return FALSE;
  return strcmp (full, self->period_start) >= 0 && strcmp (full, self->period_end) <= 0;
}

static char *
format_count (gint64 n)
{
  return n < 0 ? g_strdup ("—") : mp_format_value ((double) n, 0);
}

static char *
value_with_time (double      value,
                 int         decimals,
                 const char *when)
{
  g_autofree char *v = mp_format_value (value, decimals);

  if (isnan (value) || when == NULL)
    return g_steal_pointer (&v);
  return g_strdup_printf ("%s (%s)", v, when);
}

static void
title_block (MpReport     *self,
             MpReportFlow *flow)
{
  g_autofree char *title = mp_report_get_title (self);
  g_autofree char *upper = g_utf8_strup (self->unit_name, -1);
  g_autofree char *start = mp_report_format_date (self->period_start);
  g_autofree char *end = mp_report_format_date (self->period_end);
  g_autofree char *issued = g_date_time_format (self->issue_date, "%d/%m/%Y");
  g_autofree char *unit_line = NULL, *period_line = NULL, *issue_line = NULL;

  /* The heading of an administrative document (Decree 30/2020/ND-CP): the
   * unit on the left, the national name and motto on the right. */
  {
    const double left = MP_REPORT_MARGIN_X, half = MP_REPORT_CONTENT_WIDTH / 2;
    double hl, hr;

    hl = mp_report_flow_text_box (flow, upper, 9.5, TRUE, left - 10, half - 30, PANGO_ALIGN_CENTER, ink);
    hr = mp_report_flow_text_box (flow, _("SOCIALIST REPUBLIC OF VIETNAM"), 9.5, TRUE, left + half - 30, half + 30,
                                  PANGO_ALIGN_CENTER, ink);
    mp_report_flow_advance (flow, MAX (hl, hr) + 1);
    hl = mp_report_flow_text_box (flow, _("Health plan monitoring — Medplan"), 8.0, FALSE, left - 10, half - 30,
                                  PANGO_ALIGN_CENTER, muted);
    hr = mp_report_flow_text_box (flow, _("Independence – Freedom – Happiness"), 9.5, TRUE, left + half - 30,
                                  half + 30, PANGO_ALIGN_CENTER, ink);
    mp_report_flow_rule (flow, left + half - 30 + (half + 30) / 2, hr + 2, 150);
    mp_report_flow_rule (flow, left - 10 + (half - 30) / 2, hl + 4, 60);
    mp_report_flow_advance (flow, MAX (hl, hr) + 10);
    mp_report_flow_advance (flow, 16);
  }
  {
    g_autofree char *upper_title = g_utf8_strup (title, -1);
    double h = mp_report_flow_text_box (flow, upper_title, 14.0, TRUE, MP_REPORT_MARGIN_X,
                                        MP_REPORT_CONTENT_WIDTH, PANGO_ALIGN_CENTER, ink);
    mp_report_flow_advance (flow, h + 3);
    h = mp_report_flow_text_box (flow, _("Implementation of the health targets, training and technology transfer"),
                                 10.5, FALSE, MP_REPORT_MARGIN_X, MP_REPORT_CONTENT_WIDTH, PANGO_ALIGN_CENTER, ink);
    mp_report_flow_advance (flow, h + 18);
  }

  unit_line = g_strdup_printf (_("Unit: %s (%s)"), self->unit_name, self->unit);
  /* TRANSLATORS: the reporting period: its first day, its last day, its code (2025S1). */
  period_line = g_strdup_printf (_("Reporting period: %s – %s (%s)"), start, end, self->period);
  issue_line = g_strdup_printf (_("Date of issue: %s"), issued);
  mp_report_flow_text (flow, unit_line, BODY_SIZE, FALSE, 0, ink);
  mp_report_flow_space (flow, 2);
  mp_report_flow_text (flow, period_line, BODY_SIZE, FALSE, 0, ink);
  mp_report_flow_space (flow, 2);
  mp_report_flow_text (flow, issue_line, BODY_SIZE, FALSE, 0, ink);
  mp_report_flow_space (flow, 2);
  mp_report_flow_text (flow, _("Source documents:"), BODY_SIZE, FALSE, 0, ink);
  if (self->documents->len == 0)
    mp_report_flow_text (flow, _("none: the unit has no target."), BODY_SIZE, FALSE, 14, muted);
  for (guint i = 0; i < self->documents->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", (char *) g_ptr_array_index (self->documents, i));
      mp_report_flow_text (flow, line, BODY_SIZE - 0.5, FALSE, 10, ink);
    }
}

static void
summary_section (MpReport     *self,
                 MpReportFlow *flow)
{
  static const MpStatus order[] = {
    MP_STATUS_MISSED, MP_STATUS_OFF_TRACK, MP_STATUS_AT_RISK,
    MP_STATUS_NO_DATA, MP_STATUS_ON_TRACK, MP_STATUS_ACHIEVED,
  };
  MpReportColumn columns[] = {
    { _("Status"), 240, FALSE },
    { _("Targets"), 100, TRUE },
    { _("Share"), 100, TRUE },
  };
  guint counts[G_N_ELEMENTS (order)] = { 0 };
  guint total = self->targets->len;

  mp_report_flow_heading (flow, _("1. Targets by status"), 60);
  if (total == 0)
    {
      mp_report_flow_text (flow, _("The unit has no target."), BODY_SIZE, FALSE, 0, ink);
      return;
    }
  for (guint i = 0; i < total; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (self->targets, i);
      for (guint s = 0; s < G_N_ELEMENTS (order); s++)
        counts[s] += ts->status == order[s];
    }
  mp_report_flow_table_begin (flow, columns, G_N_ELEMENTS (columns));
  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    {
      g_autofree char *n = format_count (counts[s]);
      g_autofree char *pct = mp_format_value (100.0 * counts[s] / total, 0);
      g_autofree char *share = g_strdup_printf ("%s%%", pct);
      MpReportCell cells[] = {
        { mp_status_label (order[s]), TRUE, mp_chart_status_color (&self->style, order[s]) },
        { n, FALSE, { 0 } },
        { share, FALSE, { 0 } },
      };
      mp_report_flow_table_row (flow, cells, FALSE);
    }
  {
    g_autofree char *n = format_count (total);
    MpReportCell cells[] = { { _("Total"), FALSE, { 0 } }, { n, FALSE, { 0 } }, { "100%", FALSE, { 0 } } };
    mp_report_flow_table_row (flow, cells, TRUE);
  }
  mp_report_flow_table_end (flow);
}

static void
targets_section (MpReport     *self,
                 MpReportFlow *flow)
{
  MpReportColumn columns[] = {
    { _("Indicator"), 150, FALSE },
    { _("Year"), 34, TRUE },
    { _("Target"), 56, TRUE },
    { _("Baseline"), 62, TRUE },
    { _("Latest value"), 72, TRUE },
    { _("Projection"), 52, TRUE },
    { _("Status"), 0, FALSE },
  };
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();

  columns[6].width = MP_REPORT_CONTENT_WIDTH;
  for (guint i = 0; i < 6; i++)
    columns[6].width -= columns[i].width;

  mp_report_flow_heading (flow, _("2. Targets by source document"), 80);
  if (self->targets->len == 0)
    {
      mp_report_flow_text (flow, _("The unit has no target."), BODY_SIZE, FALSE, 0, ink);
      return;
    }
  /* The documents in the order they first appear (the worst target first);
   * NULL for the targets without one, last. */
  for (guint i = 0; i < self->targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (self->targets, i);
      if (ts->document != NULL && !g_ptr_array_find_with_equal_func (docs, ts->document, g_str_equal, NULL))
        g_ptr_array_add (docs, ts->document);
    }
  g_ptr_array_add (docs, NULL);

  mp_report_flow_table_begin (flow, columns, G_N_ELEMENTS (columns));
  for (guint d = 0; d < docs->len; d++)
    {
      const char *doc = g_ptr_array_index (docs, d);
      gboolean started = FALSE;

      for (guint i = 0; i < self->targets->len; i++)
        {
          MpTargetStatus *ts = g_ptr_array_index (self->targets, i);
          g_autofree char *year = NULL, *target = NULL, *baseline = NULL, *latest = NULL, *projected = NULL;
          g_autofree char *base_year = NULL;

          if (g_strcmp0 (ts->document, doc) != 0)
            continue;
          if (!started)
            {
              g_autofree char *group = NULL;
              if (doc == NULL)
                group = g_strdup (_("Targets without a source document"));
              else if (ts->document_title != NULL)
                group = g_strdup_printf ("%s — %s", doc, ts->document_title);
              else
                group = g_strdup (doc);
              mp_report_flow_table_group (flow, group);
              started = TRUE;
            }
          year = g_strdup_printf ("%d", ts->year);
          target = mp_format_target (ts);
          if (ts->baseline_year > 0)
            base_year = g_strdup_printf ("%d", ts->baseline_year);
          baseline = value_with_time (ts->baseline_value, ts->decimals, base_year);
          latest = value_with_time (ts->latest_value, ts->decimals, ts->latest_period);
          projected = mp_format_value (ts->projected, ts->decimals);
          {
            MpReportCell cells[] = {
              { ts->indicator_name ? ts->indicator_name : ts->indicator, FALSE, { 0 } },
              { year, FALSE, { 0 } },
              { target, FALSE, { 0 } },
              { baseline, FALSE, { 0 } },
              { latest, FALSE, { 0 } },
              { projected, FALSE, { 0 } },
              { mp_status_label (ts->status), TRUE, mp_chart_status_color (&self->style, ts->status) },
            };
            mp_report_flow_table_row (flow, cells, FALSE);
          }
        }
    }
  mp_report_flow_table_end (flow);
  mp_report_flow_text (flow,
                       _("Latest value: the most recent observed or computed value, with its period. "
                         "Projection: the trend of the recent values carried to the target year."),
                       7.5, FALSE, 0, muted);
}

static void
charts_section (MpReport     *self,
                MpReportFlow *flow)
{
  mp_report_flow_heading (flow, _("3. Trends of the targets at risk, off track or missed"), 240);
  if (self->charts->len == 0)
    {
      mp_report_flow_text (flow, _("No target of the unit is at risk, off track or missed."),
                           BODY_SIZE, FALSE, 0, ink);
      return;
    }
  for (guint i = 0; i < self->charts->len; i++)
    mp_report_flow_chart (flow, g_ptr_array_index (self->charts, i), 240);
}

static void
training_section (MpReport     *self,
                  MpReportFlow *flow)
{
  MpReportColumn by_kind[] = {
    { _("Kind of training"), 171, FALSE },
    { _("Programmes"), 70, TRUE },
    { _("Seats planned"), 90, TRUE },
    { C_("training column", "Enrolled"), 90, TRUE },
    { C_("training column", "Completed"), 0, TRUE },
  };
  MpReportColumn ended[] = {
    { _("Programme"), 220, FALSE },
    { _("Institution"), 150, FALSE },
    { C_("training column", "End"), 62, TRUE },
    { C_("training column", "Completed"), 0, TRUE },
  };
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  gboolean any_ended = FALSE;

  by_kind[4].width = MP_REPORT_CONTENT_WIDTH - 171 - 70 - 90 - 90;
  ended[3].width = MP_REPORT_CONTENT_WIDTH - 220 - 150 - 62;

  mp_report_flow_heading (flow, _("4. Training"), 60);
  if (self->trainings->len == 0)
    {
      mp_report_flow_text (flow, _("No training programme is recorded for the unit."), BODY_SIZE, FALSE, 0, ink);
      return;
    }
  for (guint i = 0; i < self->trainings->len; i++)
    {
      MpTrainingRow *row = g_ptr_array_index (self->trainings, i);
      if (!g_ptr_array_find_with_equal_func (kinds, row->kind, g_str_equal, NULL))
        g_ptr_array_add (kinds, row->kind);
    }
  mp_report_flow_table_begin (flow, by_kind, G_N_ELEMENTS (by_kind));
  for (guint k = 0; k < kinds->len; k++)
    {
      const char *kind = g_ptr_array_index (kinds, k);
      gint64 sums[3] = { -1, -1, -1 };
      guint n = 0;
      g_autofree char *count = NULL, *planned = NULL, *enrolled = NULL, *completed = NULL;

      for (guint i = 0; i < self->trainings->len; i++)
        {
          MpTrainingRow *row = g_ptr_array_index (self->trainings, i);
          gint64 seats[3] = { row->seats_planned, row->seats_enrolled, row->seats_completed };
          if (!g_str_equal (row->kind, kind))
            continue;
          n++;
          for (guint s = 0; s < 3; s++)
            if (seats[s] >= 0)
              sums[s] = MAX (sums[s], 0) + seats[s];
        }
      count = format_count (n);
      planned = format_count (sums[0]);
      enrolled = format_count (sums[1]);
      completed = format_count (sums[2]);
      {
        MpReportCell cells[] = {
          { mp_training_kind_label (kind), FALSE, { 0 } },
          { count, FALSE, { 0 } },
          { planned, FALSE, { 0 } },
          { enrolled, FALSE, { 0 } },
          { completed, FALSE, { 0 } },
        };
        mp_report_flow_table_row (flow, cells, FALSE);
      }
    }
  mp_report_flow_table_end (flow);
  mp_report_flow_text (flow, _("“—”: not known."), 7.5, FALSE, 0, muted);

  mp_report_flow_space (flow, 8);
  mp_report_flow_need (flow, 40);
  mp_report_flow_text (flow, _("Programmes that ended in the period"), BODY_SIZE + 0.5, TRUE, 0, ink);
  mp_report_flow_space (flow, 4);
  for (guint i = 0; i < self->trainings->len; i++)
    {
      MpTrainingRow *row = g_ptr_array_index (self->trainings, i);
      g_autofree char *end = NULL, *completed = NULL;

      if (!in_period (self, row->end, TRUE))
        continue;
      if (!any_ended)
        mp_report_flow_table_begin (flow, ended, G_N_ELEMENTS (ended));
      any_ended = TRUE;
      end = mp_report_format_date (row->end);
      completed = format_count (row->seats_completed);
      {
        MpReportCell cells[] = {
          { row->title, FALSE, { 0 } },
          { row->institution ? row->institution : "—", FALSE, { 0 } },
          { end, FALSE, { 0 } },
          { completed, FALSE, { 0 } },
        };
        mp_report_flow_table_row (flow, cells, FALSE);
      }
    }
  if (any_ended)
    mp_report_flow_table_end (flow);
  else
    mp_report_flow_text (flow, _("No training programme ended in the period."), BODY_SIZE, FALSE, 0, ink);
}

/* The links whose status was changed in this database during the period
 * (the change log): from the status before the first change to the one
 * after the last. */
static void
report_status_changes (MpReport     *self,
                       MpReportFlow *flow)
{
  MpReportColumn columns[] = {
    { _("Technique"), 140, FALSE },
    { _("From"), 90, FALSE },
    { _("To"), 90, FALSE },
    { _("Change"), 120, FALSE },
    { _("Date"), 0, TRUE },
  };

  /* The day (dd/mm/yyyy) on one line. */
  columns[4].width = MP_REPORT_CONTENT_WIDTH - 140 - 90 - 90 - 120;
  mp_report_flow_space (flow, 8);
  mp_report_flow_need (flow, 40);
  mp_report_flow_text (flow, _("Links whose status changed in the period"), BODY_SIZE + 0.5, TRUE, 0, ink);
  mp_report_flow_space (flow, 4);
  if (self->changes->len == 0)
    {
      mp_report_flow_text (flow, _("No link’s status was changed in this database during the period."),
                           BODY_SIZE, FALSE, 0, ink);
      return;
    }
  mp_report_flow_table_begin (flow, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < self->changes->len; i++)
    {
      const MpStatusChange *change = g_ptr_array_index (self->changes, i);
      const MpTransferRow *row = NULL;
      g_autofree char *day = g_strndup (change->at, 10);
      g_autofree char *date = mp_report_format_date (day);
      /* TRANSLATORS: a change of status, "Training → Supervised" */
      g_autofree char *text = g_strdup_printf (_("%s → %s"), mp_transfer_status_label (change->before),
                                               mp_transfer_status_label (change->after));

      for (guint j = 0; j < self->transfers->len && row == NULL; j++)
        if (g_strcmp0 (((MpTransferRow *) g_ptr_array_index (self->transfers, j))->code, change->code) == 0)
          row = g_ptr_array_index (self->transfers, j);
      if (row == NULL)
        continue;
      {
        MpReportCell cells[] = {
          { row->technique, FALSE, { 0 } },
          { row->from_facility ? row->from_facility : "—", FALSE, { 0 } },
          { row->to_facility ? row->to_facility : "—", FALSE, { 0 } },
          { text, TRUE, mp_chart_transfer_status_color (&self->style, change->after) },
          { date, FALSE, { 0 } },
        };
        mp_report_flow_table_row (flow, cells, FALSE);
      }
    }
  mp_report_flow_table_end (flow);
}

static void
transfer_section (MpReport     *self,
                  MpReportFlow *flow)
{
  static const char *const order[] = { "planned", "training", "supervised", "independent", "stopped" };
  MpReportColumn by_status[] = {
    { _("Status"), 190, FALSE },
    { _("Links"), 80, TRUE },
    { _("Staff trained"), 120, TRUE },
    { _("Cases done"), 0, TRUE },
  };
  MpReportColumn changed[] = {
    { _("Technique"), 160, FALSE },
    { _("From"), 105, FALSE },
    { _("To"), 105, FALSE },
    { _("Status"), 80, FALSE },
    { _("Date"), 0, TRUE },
  };
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  gboolean any_changed = FALSE;

  by_status[3].width = MP_REPORT_CONTENT_WIDTH - 190 - 80 - 120;
  changed[4].width = MP_REPORT_CONTENT_WIDTH - 160 - 105 - 105 - 80;

  mp_report_flow_heading (flow, _("5. Technology transfer"), 60);
  if (self->transfers->len == 0)
    {
      mp_report_flow_text (flow, _("No technology-transfer link to or from the unit is recorded."),
                           BODY_SIZE, FALSE, 0, ink);
      return;
    }
  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    g_ptr_array_add (statuses, (char *) order[s]);
  for (guint i = 0; i < self->transfers->len; i++)
    {
      MpTransferRow *row = g_ptr_array_index (self->transfers, i);
      if (!g_ptr_array_find_with_equal_func (statuses, row->status, g_str_equal, NULL))
        g_ptr_array_add (statuses, row->status);
    }

  mp_report_flow_table_begin (flow, by_status, G_N_ELEMENTS (by_status));
  for (guint s = 0; s < statuses->len; s++)
    {
      const char *status = g_ptr_array_index (statuses, s);
      gint64 staff = -1, cases = -1;
      guint n = 0;
      g_autofree char *count = NULL, *staff_text = NULL, *cases_text = NULL;

      for (guint i = 0; i < self->transfers->len; i++)
        {
          MpTransferRow *row = g_ptr_array_index (self->transfers, i);
          if (!g_str_equal (row->status, status))
            continue;
          n++;
          if (row->staff_trained >= 0)
            staff = MAX (staff, 0) + row->staff_trained;
          if (row->cases_done >= 0)
            cases = MAX (cases, 0) + row->cases_done;
        }
      count = format_count (n);
      staff_text = format_count (staff);
      cases_text = format_count (cases);
      {
        MpReportCell cells[] = {
          { mp_transfer_status_label (status), TRUE, mp_chart_transfer_status_color (&self->style, status) },
          { count, FALSE, { 0 } },
          { staff_text, FALSE, { 0 } },
          { cases_text, FALSE, { 0 } },
        };
        mp_report_flow_table_row (flow, cells, FALSE);
      }
    }
  mp_report_flow_table_end (flow);

  report_status_changes (self, flow);

  mp_report_flow_space (flow, 8);
  mp_report_flow_need (flow, 40);
  mp_report_flow_text (flow, _("Links that started or ended in the period"), BODY_SIZE + 0.5, TRUE, 0, ink);
  mp_report_flow_space (flow, 4);
  for (guint i = 0; i < self->transfers->len; i++)
    {
      MpTransferRow *row = g_ptr_array_index (self->transfers, i);
      gboolean ended = in_period (self, row->end, TRUE);
      g_autofree char *date = NULL;

      if (!ended && !in_period (self, row->start, FALSE))
        continue;
      if (!any_changed)
        mp_report_flow_table_begin (flow, changed, G_N_ELEMENTS (changed));
      any_changed = TRUE;
      date = mp_report_format_date (ended ? row->end : row->start);
      {
        MpReportCell cells[] = {
          { row->technique, FALSE, { 0 } },
          { row->from_facility ? row->from_facility : "—", FALSE, { 0 } },
          { row->to_facility ? row->to_facility : "—", FALSE, { 0 } },
          { mp_transfer_status_label (row->status), TRUE,
            mp_chart_transfer_status_color (&self->style, row->status) },
          { date, FALSE, { 0 } },
        };
        mp_report_flow_table_row (flow, cells, FALSE);
      }
    }
  if (any_changed)
    mp_report_flow_table_end (flow);
  else
    mp_report_flow_text (flow, _("No technology-transfer link started or ended in the period."),
                         BODY_SIZE, FALSE, 0, ink);
}

void
mp_report_build_pages (MpReport *self)
{
  MpReportFlow *flow = mp_report_flow_new (self);

  title_block (self, flow);
  summary_section (self, flow);
  targets_section (self, flow);
  charts_section (self, flow);
  training_section (self, flow);
  transfer_section (self, flow);
  self->pages = mp_report_flow_finish (flow);
}
