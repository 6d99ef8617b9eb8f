/* mp-edit-check.c — the checks a record passes before it is written: each
 * failure names the field and says, translated, what is wrong. They follow
 * the CHECK rules of mp-schema.c, and go beyond them (dates, references,
 * the transfer lifecycle). */
#include "mp-edit-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mp-error.h"

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

void
mp_edit_set_field (const char **field,
                   const char  *name)
{
  if (field)
    *field = name;
}

static gboolean
fail (const char **field,
      const char  *name,
      GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (const char **field,
      const char  *name,
      GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  if (error)
    *error = g_error_new_valist (MP_ERROR, MP_ERROR_INVALID_INPUT, format, args);
  va_end (args);
  mp_edit_set_field (field, name);
  return FALSE;
}

static gboolean
empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Empty, or only spaces. */
static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
one_of (const char         *value,
        const char * const *values)
{
  for (int i = 0; value && values[i]; i++)
    if (g_str_equal (value, values[i]))
      return TRUE;
  return FALSE;
}

gboolean
mp_edit_check_date (const char *text)
{
  guint64 y, m, d;
  g_auto(GStrv) parts = NULL;
  guint n;

  if (text == NULL)
    return FALSE;
  parts = g_strsplit (text, "-", -1);
  n = g_strv_length (parts);
  return (n == 1 || n == 3) &&
         strlen (parts[0]) == 4 && g_ascii_string_to_unsigned (parts[0], 10, 1900, 2200, &y, NULL) &&
         (n == 1 ||
          (strlen (parts[1]) == 2 && strlen (parts[2]) == 2 &&
           g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL) &&
           g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL) &&
           g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y)));
}

/* A date that is empty or valid; then whether `end` is before `start`
 * (a year alone covers the whole year). */
static gboolean
check_dates (const char  *start,
             const char  *start_field,
             const char  *end,
             const char  *end_field,
             const char  *before_message,
             const char **field,
             GError     **error)
{
  if (!empty (start) && !mp_edit_check_date (start))
    return fail (field, start_field, error,
                 _("“%s” is not a possible date: write YYYY-MM-DD or YYYY."), start);
  if (!empty (end) && !mp_edit_check_date (end))
    return fail (field, end_field, error,
                 _("“%s” is not a possible date: write YYYY-MM-DD or YYYY."), end);
  if (!empty (start) && !empty (end))
    {
      gboolean before;

      if (strlen (start) == 10 && strlen (end) == 10)
        before = strcmp (end, start) < 0;
      else
        before = strncmp (end, start, 4) < 0;
      if (before)
        {
          return fail (field, end_field, error, "%s", before_message);
        }
    }
  return TRUE;
}

/* Code non-empty, no spaces, not used by another row of `table`. */
static gboolean
check_code (MpStore     *self,
            const char  *table,
            gint64       id,
            const char  *code,
            const char **field,
            GError     **error)
{
  gint64 other;

  if (empty (code))
    return fail (field, "code", error, "%s", _("The code cannot be empty."));
  if (!g_utf8_validate (code, -1, NULL))
    return fail (field, "code", error, "%s", _("The code is not valid text."));
  for (const char *p = code; *p; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      return fail (field, "code", error, _("The code “%s” cannot contain spaces."), code);
  other = mp_store_id_for_code (self, table, code);
  if (other == 0 || other == id)
    return TRUE;
  if (g_str_equal (table, "facility"))
    return fail (field, "code", error, _("The code “%s” is already used by another facility."), code);
  if (g_str_equal (table, "training"))
    return fail (field, "code", error, _("The code “%s” is already used by another training plan."), code);
  return fail (field, "code", error, _("The code “%s” is already used by another transfer."), code);
}

/* An optional reference: empty, or an existing code of `table`. */
static gboolean
check_ref (MpStore     *self,
           const char  *table,
           const char  *code,
           const char  *name,
           const char **field,
           GError     **error)
{
  if (empty (code) || mp_store_id_for_code (self, table, code) != 0)
    return TRUE;
  if (g_str_equal (table, "facility"))
    return fail (field, name, error, _("Unknown facility “%s”."), code);
  if (g_str_equal (table, "unit"))
    return fail (field, name, error, _("Unknown unit “%s”."), code);
  return fail (field, name, error, _("Unknown document “%s”."), code);
}

static gboolean
check_enum (const char         *value,
            const char * const *values,
            gboolean            required,
            const char         *name,
            const char        **field,
            GError            **error)
{
  if (empty (value) && !required)
    return TRUE;
  if (one_of (value, values))
    return TRUE;
  if (empty (value))
    return fail (field, name, error, "%s", _("Choose a value."));
  /* TRANSLATORS: a stored code that is not one of its list (kind, class,
   * status, ...); the field it belongs to is shown beside the message. */
  return fail (field, name, error, _("Unknown value “%s”."), value);
}

/* -1 is unknown; other negative counts are refused. */
static gboolean
check_count (gint64       value,
             const char  *name,
             const char  *message,
             const char **field,
             GError     **error)
{
  if (value >= -1)
    return TRUE;
  return fail (field, name, error, "%s", message);
}

static gboolean
check_staffing (const GArray  *staffing,
                const char   **field,
                GError       **error)
{
  for (guint i = 0; staffing && i < staffing->len; i++)
    {
      const MpStaffing *s = &g_array_index (staffing, MpStaffing, i);
      gint64 subs[3] = { s->postgraduate, s->language_certified, s->digital_trained };

      if (s->year < 1900 || s->year > 2200)
        return fail (field, "staffing", error, _("The staffing year %d is not possible."), s->year);
      if (!one_of (s->category, categories))
        return fail (field, "staffing", error, _("Unknown staff category “%s”."),
                     s->category ? s->category : "");
      if (s->headcount < 0)
        return fail (field, "staffing", error,
                     _("The staffing of %d (%s) needs a headcount of 0 or more."), s->year, s->category);
      for (guint k = 0; k < G_N_ELEMENTS (subs); k++)
        if (subs[k] < -1 || subs[k] > s->headcount)
          return fail (field, "staffing", error,
                       _("The staffing of %d (%s): the postgraduate, language-certified and digitally trained staff must be between 0 and the headcount."),
                       s->year, s->category);
      for (guint j = 0; j < i; j++)
        {
          const MpStaffing *o = &g_array_index (staffing, MpStaffing, j);

          if (o->year == s->year && g_strcmp0 (o->category, s->category) == 0)
            return fail (field, "staffing", error,
                         _("The staffing of %d lists “%s” twice."), s->year, s->category);
        }
    }
  return TRUE;
}

gboolean
mp_edit_check_facility (MpStore           *self,
                        gint64             id,
                        const MpFacility  *f,
                        const char       **field,
                        GError           **error)
{
  if (!check_code (self, "facility", id, f->code, field, error))
    return FALSE;
  if (blank (f->name_vi))
    return fail (field, "name_vi", error, "%s", _("The Vietnamese name cannot be empty."));
  if (!check_enum (f->kind, facility_kinds, TRUE, "kind", field, error) ||
      !check_enum (f->klass, facility_classes, FALSE, "klass", field, error) ||
      !check_enum (f->ownership, ownerships, FALSE, "ownership", field, error))
    return FALSE;
  if (empty (f->unit))
    return fail (field, "unit", error, "%s", _("Choose the unit the facility belongs to."));
  if (!check_ref (self, "unit", f->unit, "unit", field, error) ||
      !check_count (f->beds, "beds", _("Beds cannot be negative."), field, error) ||
      !check_dates (f->opened, "opened", f->closed, "closed",
                    _("The closing date is before the opening date."), field, error))
    return FALSE;
  if (!isnan (f->latitude) && !(f->latitude >= -90 && f->latitude <= 90))
    return fail (field, "latitude", error, "%s", _("The latitude must be between -90 and 90."));
  if (!isnan (f->longitude) && !(f->longitude >= -180 && f->longitude <= 180))
    return fail (field, "longitude", error, "%s", _("The longitude must be between -180 and 180."));
  if (f->family_medicine < -1 || f->family_medicine > 1)
    return fail (field, "family_medicine", error, "%s", _("Family medicine must be yes, no or unknown."));
  if (!check_ref (self, "document", f->document, "document", field, error))
    return FALSE;
  return check_staffing (f->staffing, field, error);
}

gboolean
mp_edit_check_training (MpStore           *self,
                        gint64             id,
                        const MpTraining  *t,
                        const char       **field,
                        GError           **error)
{
  if (!check_code (self, "training", id, t->code, field, error))
    return FALSE;
  if (blank (t->title_vi))
    return fail (field, "title_vi", error, "%s", _("The Vietnamese title cannot be empty."));
  if (!check_enum (t->kind, training_kinds, TRUE, "kind", field, error) ||
      !check_ref (self, "facility", t->institution, "institution", field, error) ||
      !check_ref (self, "facility", t->sending_facility, "sending_facility", field, error) ||
      !check_ref (self, "unit", t->sending_unit, "sending_unit", field, error) ||
      !check_dates (t->start, "start", t->end, "end", _("The end date is before the start date."), field, error) ||
      !check_count (t->seats_planned, "seats_planned", _("The number of seats cannot be negative."), field, error) ||
      !check_count (t->seats_enrolled, "seats_enrolled", _("The number of seats cannot be negative."), field, error) ||
      !check_count (t->seats_completed, "seats_completed", _("The number of seats cannot be negative."),
                    field, error) ||
      !check_count (t->budget_vnd, "budget_vnd", _("The budget cannot be negative."), field, error))
    return FALSE;
  if (t->seats_completed >= 0 && t->seats_enrolled >= 0 && t->seats_completed > t->seats_enrolled)
    return fail (field, "seats_completed", error, "%s",
                 _("More seats are completed than enrolled."));
  if (!check_enum (t->status, training_statuses, TRUE, "status", field, error))
    return FALSE;
  if (!empty (t->target_indicator) || !empty (t->target_unit) || t->target_year != 0 ||
      !empty (t->target_document))
    {
      if (empty (t->target_indicator) || empty (t->target_unit) || t->target_year == 0)
        return fail (field, "target_indicator", error, "%s",
                     _("The target served needs its indicator, unit and year together."));
      if (!mp_edit_target_exists (self, t))
        return fail (field, "target_indicator", error,
                     _("There is no target of “%s” for “%s” in %d."),
                     t->target_indicator, t->target_unit, t->target_year);
    }
  return check_ref (self, "document", t->document, "document", field, error);
}

gboolean
mp_transfer_status_allowed (const char *from,
                            const char *to)
{
  static const char * const forward[] = { "planned", "training", "supervised", "independent", NULL };

  if (!one_of (to, transfer_statuses))
    return FALSE;
  if (from == NULL || g_str_equal (from, to))
    return TRUE;
  if (g_str_equal (to, "stopped"))
    return TRUE;
  if (g_str_equal (from, "stopped"))
    return !g_str_equal (to, "independent");
  for (int i = 0; forward[i + 1]; i++)
    if (g_str_equal (from, forward[i]))
      return g_str_equal (to, forward[i + 1]);
  return FALSE;
}

gboolean
mp_edit_check_transfer (MpStore           *self,
                        gint64             id,
                        const MpTransfer  *t,
                        const char        *old_status,
                        const char       **field,
                        GError           **error)
{
  if (!check_code (self, "transfer", id, t->code, field, error))
    return FALSE;
  if (blank (t->technique_vi))
    return fail (field, "technique_vi", error, "%s", _("The Vietnamese name of the technique cannot be empty."));
  if (!check_ref (self, "facility", t->from_facility, "from_facility", field, error) ||
      !check_ref (self, "unit", t->from_unit, "from_unit", field, error) ||
      !check_ref (self, "facility", t->to_facility, "to_facility", field, error) ||
      !check_ref (self, "unit", t->to_unit, "to_unit", field, error))
    return FALSE;
  if (empty (t->to_facility) && empty (t->to_unit))
    return fail (field, "to_facility", error, "%s", _("A transfer needs a receiving facility or unit."));
  if (!empty (t->from_facility) && g_strcmp0 (t->from_facility, t->to_facility) == 0)
    return fail (field, "to_facility", error, "%s", _("A transfer cannot go from a facility to itself."));
  if (empty (t->from_facility) && empty (t->to_facility) && !empty (t->from_unit) &&
      g_strcmp0 (t->from_unit, t->to_unit) == 0)
    return fail (field, "to_unit", error, "%s", _("A transfer cannot go from a unit to itself."));
  if (!check_enum (t->kind, transfer_kinds, TRUE, "kind", field, error) ||
      !check_dates (t->start, "start", t->end, "end", _("The end date is before the start date."), field, error) ||
      !check_enum (t->status, transfer_statuses, TRUE, "status", field, error))
    return FALSE;
  if (old_status && !mp_transfer_status_allowed (old_status, t->status))
    return fail (field, "status", error, _("A transfer cannot go from “%s” to “%s”."),
                 mp_transfer_status_label (old_status), mp_transfer_status_label (t->status));
  if (!check_count (t->staff_trained, "staff_trained", _("The number of staff trained cannot be negative."),
                    field, error) ||
      !check_count (t->cases_done, "cases_done", _("The number of cases done cannot be negative."), field, error))
    return FALSE;
  return check_ref (self, "document", t->document, "document", field, error);
}
