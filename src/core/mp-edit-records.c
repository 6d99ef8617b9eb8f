/* mp-edit-records.c — the records of mp-edit.h: allocating, copying,
 * freeing, and their JSON snapshots for the change log. */
#include "mp-edit-private.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "mp-error.h"

/* ---- Allocation ---------------------------------------------------------- */

static void
staffing_clear (gpointer data)
{
  g_free (((MpStaffing *) data)->category);
}

static GArray *
staffing_array_new (void)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (MpStaffing));
  g_array_set_clear_func (a, staffing_clear);
  return a;
}

MpFacility *
mp_facility_new (void)
{
  MpFacility *f = g_new0 (MpFacility, 1);

  f->beds = -1;
  f->latitude = NAN;
  f->longitude = NAN;
  f->family_medicine = -1;
  f->staffing = staffing_array_new ();
  return f;
}

MpFacility *
mp_facility_copy (const MpFacility *src)
{
  MpFacility *f;

  if (src == NULL)
    return NULL;
  f = mp_facility_new ();
  f->code = g_strdup (src->code);
  f->name_vi = g_strdup (src->name_vi);
  f->name_en = g_strdup (src->name_en);
  f->kind = g_strdup (src->kind);
  f->klass = g_strdup (src->klass);
  f->ownership = g_strdup (src->ownership);
  f->unit = g_strdup (src->unit);
  f->beds = src->beds;
  f->opened = g_strdup (src->opened);
  f->closed = g_strdup (src->closed);
  f->latitude = src->latitude;
  f->longitude = src->longitude;
  f->family_medicine = src->family_medicine;
  f->document = g_strdup (src->document);
  f->note = g_strdup (src->note);
  for (guint i = 0; src->staffing && i < src->staffing->len; i++)
    {
      MpStaffing s = g_array_index (src->staffing, MpStaffing, i);
      s.category = g_strdup (s.category);
      g_array_append_val (f->staffing, s);
    }
  return f;
}

void
mp_facility_free (MpFacility *f)
{
  if (f == NULL)
    return;
  g_free (f->code);
  g_free (f->name_vi);
  g_free (f->name_en);
  g_free (f->kind);
  g_free (f->klass);
  g_free (f->ownership);
  g_free (f->unit);
  g_free (f->opened);
  g_free (f->closed);
  g_free (f->document);
  g_free (f->note);
  g_clear_pointer (&f->staffing, g_array_unref);
  g_free (f);
}

MpTraining *
mp_training_new (void)
{
  MpTraining *t = g_new0 (MpTraining, 1);

  t->seats_planned = -1;
  t->seats_enrolled = -1;
  t->seats_completed = -1;
  t->budget_vnd = -1;
  t->status = g_strdup ("planned");
  return t;
}

MpTraining *
mp_training_copy (const MpTraining *src)
{
  MpTraining *t;

  if (src == NULL)
    return NULL;
  t = g_new0 (MpTraining, 1);
  t->code = g_strdup (src->code);
  t->title_vi = g_strdup (src->title_vi);
  t->title_en = g_strdup (src->title_en);
  t->kind = g_strdup (src->kind);
  t->speciality = g_strdup (src->speciality);
  t->institution = g_strdup (src->institution);
  t->sending_facility = g_strdup (src->sending_facility);
  t->sending_unit = g_strdup (src->sending_unit);
  t->start = g_strdup (src->start);
  t->end = g_strdup (src->end);
  t->seats_planned = src->seats_planned;
  t->seats_enrolled = src->seats_enrolled;
  t->seats_completed = src->seats_completed;
  t->budget_vnd = src->budget_vnd;
  t->status = g_strdup (src->status);
  t->target_indicator = g_strdup (src->target_indicator);
  t->target_unit = g_strdup (src->target_unit);
  t->target_year = src->target_year;
  t->target_document = g_strdup (src->target_document);
  t->document = g_strdup (src->document);
  t->note = g_strdup (src->note);
  return t;
}

void
mp_training_free (MpTraining *t)
{
  if (t == NULL)
    return;
  g_free (t->code);
  g_free (t->title_vi);
  g_free (t->title_en);
  g_free (t->kind);
  g_free (t->speciality);
  g_free (t->institution);
  g_free (t->sending_facility);
  g_free (t->sending_unit);
  g_free (t->start);
  g_free (t->end);
  g_free (t->status);
  g_free (t->target_indicator);
  g_free (t->target_unit);
  g_free (t->target_document);
  g_free (t->document);
  g_free (t->note);
  g_free (t);
}

MpTransfer *
mp_transfer_new (void)
{
  MpTransfer *t = g_new0 (MpTransfer, 1);

  t->staff_trained = -1;
  t->cases_done = -1;
  t->status = g_strdup ("planned");
  return t;
}

MpTransfer *
mp_transfer_copy (const MpTransfer *src)
{
  MpTransfer *t;

  if (src == NULL)
    return NULL;
  t = g_new0 (MpTransfer, 1);
  t->code = g_strdup (src->code);
  t->technique_vi = g_strdup (src->technique_vi);
  t->technique_en = g_strdup (src->technique_en);
  t->speciality = g_strdup (src->speciality);
  t->from_facility = g_strdup (src->from_facility);
  t->from_unit = g_strdup (src->from_unit);
  t->to_facility = g_strdup (src->to_facility);
  t->to_unit = g_strdup (src->to_unit);
  t->kind = g_strdup (src->kind);
  t->start = g_strdup (src->start);
  t->end = g_strdup (src->end);
  t->status = g_strdup (src->status);
  t->staff_trained = src->staff_trained;
  t->cases_done = src->cases_done;
  t->document = g_strdup (src->document);
  t->note = g_strdup (src->note);
  return t;
}

void
mp_transfer_free (MpTransfer *t)
{
  if (t == NULL)
    return;
  g_free (t->code);
  g_free (t->technique_vi);
  g_free (t->technique_en);
  g_free (t->speciality);
  g_free (t->from_facility);
  g_free (t->from_unit);
  g_free (t->to_facility);
  g_free (t->to_unit);
  g_free (t->kind);
  g_free (t->start);
  g_free (t->end);
  g_free (t->status);
  g_free (t->document);
  g_free (t->note);
  g_free (t);
}

void
mp_edit_observation_free (MpEditObservation *obs)
{
  if (obs == NULL)
    return;
  g_free (obs->indicator);
  g_free (obs->unit);
  g_free (obs->period);
  g_free (obs->comment);
  g_free (obs->source);
  g_free (obs);
}

char *
mp_edit_observation_key (const char *indicator,
                         const char *unit,
                         const char *period)
{
  return g_strdup_printf ("%s|%s|%s", indicator ? indicator : "", unit ? unit : "",
                          period ? period : "");
}

/* ---- Writing JSON -------------------------------------------------------- */

static void
put_str (JsonBuilder *b,
         const char  *name,
         const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

/* Values below `min` are unknown: null. */
static void
put_int (JsonBuilder *b,
         const char  *name,
         gint64       value,
         gint64       min)
{
  json_builder_set_member_name (b, name);
  if (value >= min)
    json_builder_add_int_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
put_double (JsonBuilder *b,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (b, name);
  if (isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

static char *
finish (JsonBuilder *b)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

char *
mp_facility_to_json (const MpFacility *f)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  put_str (b, "code", f->code);
  put_str (b, "name_vi", f->name_vi);
  put_str (b, "name_en", f->name_en);
  put_str (b, "kind", f->kind);
  put_str (b, "class", f->klass);
  put_str (b, "ownership", f->ownership);
  put_str (b, "unit", f->unit);
  put_int (b, "beds", f->beds, 0);
  put_str (b, "opened", f->opened);
  put_str (b, "closed", f->closed);
  put_double (b, "latitude", f->latitude);
  put_double (b, "longitude", f->longitude);
  put_int (b, "family_medicine", f->family_medicine, 0);
  put_str (b, "document", f->document);
  put_str (b, "note", f->note);
  json_builder_set_member_name (b, "staffing");
  json_builder_begin_array (b);
  for (guint i = 0; f->staffing && i < f->staffing->len; i++)
    {
      const MpStaffing *s = &g_array_index (f->staffing, MpStaffing, i);

      json_builder_begin_object (b);
      put_int (b, "year", s->year, G_MININT);
      put_str (b, "category", s->category);
      put_int (b, "headcount", s->headcount, 0);
      put_int (b, "postgraduate", s->postgraduate, 0);
      put_int (b, "language_certified", s->language_certified, 0);
      put_int (b, "digital_trained", s->digital_trained, 0);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return finish (b);
}

char *
mp_training_to_json (const MpTraining *t,
                     const char       *dating)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  put_str (b, "code", t->code);
  put_str (b, "title_vi", t->title_vi);
  put_str (b, "title_en", t->title_en);
  put_str (b, "kind", t->kind);
  put_str (b, "speciality", t->speciality);
  put_str (b, "institution", t->institution);
  put_str (b, "sending_facility", t->sending_facility);
  put_str (b, "sending_unit", t->sending_unit);
  put_str (b, "start", t->start);
  put_str (b, "end", t->end);
  put_int (b, "seats_planned", t->seats_planned, 0);
  put_int (b, "seats_enrolled", t->seats_enrolled, 0);
  put_int (b, "seats_completed", t->seats_completed, 0);
  put_int (b, "budget_vnd", t->budget_vnd, 0);
  put_str (b, "status", t->status);
  put_str (b, "target_indicator", t->target_indicator);
  put_str (b, "target_unit", t->target_unit);
  put_int (b, "target_year", t->target_year, 1);
  put_str (b, "target_document", t->target_document);
  put_str (b, "document", t->document);
  put_str (b, "note", t->note);
  put_str (b, "dating", dating);
  return finish (b);
}

char *
mp_transfer_to_json (const MpTransfer *t,
                     const char       *dating)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  put_str (b, "code", t->code);
  put_str (b, "technique_vi", t->technique_vi);
  put_str (b, "technique_en", t->technique_en);
  put_str (b, "speciality", t->speciality);
  put_str (b, "from_facility", t->from_facility);
  put_str (b, "from_unit", t->from_unit);
  put_str (b, "to_facility", t->to_facility);
  put_str (b, "to_unit", t->to_unit);
  put_str (b, "kind", t->kind);
  put_str (b, "start", t->start);
  put_str (b, "end", t->end);
  put_str (b, "status", t->status);
  put_int (b, "staff_trained", t->staff_trained, 0);
  put_int (b, "cases_done", t->cases_done, 0);
  put_str (b, "document", t->document);
  put_str (b, "note", t->note);
  put_str (b, "dating", dating);
  return finish (b);
}

char *
mp_edit_observation_to_json (const MpEditObservation *o)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  put_str (b, "indicator", o->indicator);
  put_str (b, "unit", o->unit);
  put_str (b, "period", o->period);
  put_double (b, "value", o->value);
  put_str (b, "comment", o->comment);
  put_str (b, "source", o->source);
  return finish (b);
}

/* ---- Reading JSON -------------------------------------------------------- */

static JsonObject *
parse_object (const char  *json,
              JsonParser  *parser,
              GError     **error)
{
  JsonNode *root;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("The change log holds a record that cannot be read."));
      return NULL;
    }
  return json_node_get_object (root);
}

static char *
get_str (JsonObject *o,
         const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (n));
}

static gint64
get_int (JsonObject *o,
         const char *name,
         gint64      unknown)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return unknown;
  return json_node_get_int (n);
}

static double
get_double (JsonObject *o,
            const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return NAN;
  return json_node_get_double (n);
}

MpFacility *
mp_facility_from_json (const char  *json,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(MpFacility) f = NULL;
  JsonObject *o = parse_object (json, parser, error);
  JsonArray *staffing;

  if (o == NULL)
    return NULL;
  f = mp_facility_new ();
  f->code = get_str (o, "code");
  f->name_vi = get_str (o, "name_vi");
  f->name_en = get_str (o, "name_en");
  f->kind = get_str (o, "kind");
  f->klass = get_str (o, "class");
  f->ownership = get_str (o, "ownership");
  f->unit = get_str (o, "unit");
  f->beds = get_int (o, "beds", -1);
  f->opened = get_str (o, "opened");
  f->closed = get_str (o, "closed");
  f->latitude = get_double (o, "latitude");
  f->longitude = get_double (o, "longitude");
  f->family_medicine = (int) get_int (o, "family_medicine", -1);
  f->document = get_str (o, "document");
  f->note = get_str (o, "note");
  staffing = json_object_has_member (o, "staffing") ? json_object_get_array_member (o, "staffing") : NULL;
  for (guint i = 0; staffing && i < json_array_get_length (staffing); i++)
    {
      JsonObject *so = json_array_get_object_element (staffing, i);
      MpStaffing s;

      if (so == NULL)
        continue;
      s.year = (int) get_int (so, "year", 0);
      s.category = get_str (so, "category");
      s.headcount = get_int (so, "headcount", -1);
      s.postgraduate = get_int (so, "postgraduate", -1);
      s.language_certified = get_int (so, "language_certified", -1);
      s.digital_trained = get_int (so, "digital_trained", -1);
      g_array_append_val (f->staffing, s);
    }
  if (f->code == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("The change log holds a record that cannot be read."));
      return NULL;
    }
  return g_steal_pointer (&f);
}

MpTraining *
mp_training_from_json (const char  *json,
                       char       **dating,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  MpTraining *t;
  JsonObject *o = parse_object (json, parser, error);

  if (o == NULL)
    return NULL;
  t = g_new0 (MpTraining, 1);
  t->code = get_str (o, "code");
  t->title_vi = get_str (o, "title_vi");
  t->title_en = get_str (o, "title_en");
  t->kind = get_str (o, "kind");
  t->speciality = get_str (o, "speciality");
  t->institution = get_str (o, "institution");
  t->sending_facility = get_str (o, "sending_facility");
  t->sending_unit = get_str (o, "sending_unit");
  t->start = get_str (o, "start");
  t->end = get_str (o, "end");
  t->seats_planned = get_int (o, "seats_planned", -1);
  t->seats_enrolled = get_int (o, "seats_enrolled", -1);
  t->seats_completed = get_int (o, "seats_completed", -1);
  t->budget_vnd = get_int (o, "budget_vnd", -1);
  t->status = get_str (o, "status");
  t->target_indicator = get_str (o, "target_indicator");
  t->target_unit = get_str (o, "target_unit");
  t->target_year = (int) get_int (o, "target_year", 0);
  t->target_document = get_str (o, "target_document");
  t->document = get_str (o, "document");
  t->note = get_str (o, "note");
  if (dating)
    *dating = get_str (o, "dating");
  if (t->code == NULL)
    {
      mp_training_free (t);
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("The change log holds a record that cannot be read."));
      return NULL;
    }
  return t;
}

MpTransfer *
mp_transfer_from_json (const char  *json,
                       char       **dating,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  MpTransfer *t;
  JsonObject *o = parse_object (json, parser, error);

  if (o == NULL)
    return NULL;
  t = g_new0 (MpTransfer, 1);
  t->code = get_str (o, "code");
  t->technique_vi = get_str (o, "technique_vi");
  t->technique_en = get_str (o, "technique_en");
  t->speciality = get_str (o, "speciality");
  t->from_facility = get_str (o, "from_facility");
  t->from_unit = get_str (o, "from_unit");
  t->to_facility = get_str (o, "to_facility");
  t->to_unit = get_str (o, "to_unit");
  t->kind = get_str (o, "kind");
  t->start = get_str (o, "start");
  t->end = get_str (o, "end");
  t->status = get_str (o, "status");
  t->staff_trained = get_int (o, "staff_trained", -1);
  t->cases_done = get_int (o, "cases_done", -1);
  t->document = get_str (o, "document");
  t->note = get_str (o, "note");
  if (dating)
    *dating = get_str (o, "dating");
  if (t->code == NULL)
    {
      mp_transfer_free (t);
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("The change log holds a record that cannot be read."));
      return NULL;
    }
  return t;
}

MpEditObservation *
mp_edit_observation_from_json (const char  *json,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  MpEditObservation *obs;
  JsonObject *o = parse_object (json, parser, error);

  if (o == NULL)
    return NULL;
  obs = g_new0 (MpEditObservation, 1);
  obs->indicator = get_str (o, "indicator");
  obs->unit = get_str (o, "unit");
  obs->period = get_str (o, "period");
  obs->value = get_double (o, "value");
  obs->comment = get_str (o, "comment");
  obs->source = get_str (o, "source");
  if (obs->indicator == NULL || obs->unit == NULL || obs->period == NULL || !isfinite (obs->value))
    {
      mp_edit_observation_free (obs);
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("The change log holds a record that cannot be read."));
      return NULL;
    }
  return obs;
}
