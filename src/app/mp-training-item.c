/* mp-training-item.c — one training programme as the Training view lists
 * it. Labels, the target's judgement and the search key are made once when
 * the view loads, so sorting and filtering never translate or fold again. */
#include "mp-training-item.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-facility-item.h"
#include "mp-input.h"

struct _MpTrainingItem
{
  GObject     parent_instance;

  char       *code;
  char       *title;
  char       *kind;
  char       *institution;
  char       *start;
  char       *end;
  char       *status;
  char       *target_label;
  char       *search_key;
  /* Static strings of the message catalogue. */
  const char *kind_label;
  const char *status_label;
  gint64      seats_planned;
  gint64      seats_enrolled;
  gint64      seats_completed;
  gint64      budget;
  gboolean    has_target_status;
  MpStatus    target_status;
};

G_DEFINE_FINAL_TYPE (MpTrainingItem, mp_training_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TITLE,
  PROP_KIND_LABEL,
  PROP_INSTITUTION,
  PROP_START,
  PROP_END,
  PROP_SEATS_PLANNED,
  PROP_SEATS_ENROLLED,
  PROP_SEATS_COMPLETED,
  PROP_BUDGET,
  PROP_STATUS_LABEL,
  PROP_TARGET_LABEL,
  PROP_PROGRESS,
  PROP_TARGET_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mp_training_item_finalize (GObject *object)
{
  MpTrainingItem *self = MP_TRAINING_ITEM (object);

  g_free (self->code);
  g_free (self->title);
  g_free (self->kind);
  g_free (self->institution);
  g_free (self->start);
  g_free (self->end);
  g_free (self->status);
  g_free (self->target_label);
  g_free (self->search_key);

  G_OBJECT_CLASS (mp_training_item_parent_class)->finalize (object);
}

static void
mp_training_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MpTrainingItem *self = MP_TRAINING_ITEM (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_KIND_LABEL: g_value_set_string (value, self->kind_label); break;
    case PROP_INSTITUTION: g_value_set_string (value, self->institution); break;
    case PROP_START: g_value_set_string (value, self->start); break;
    case PROP_END: g_value_set_string (value, self->end); break;
    case PROP_SEATS_PLANNED: g_value_set_int64 (value, self->seats_planned); break;
    case PROP_SEATS_ENROLLED: g_value_set_int64 (value, self->seats_enrolled); break;
    case PROP_SEATS_COMPLETED: g_value_set_int64 (value, self->seats_completed); break;
    case PROP_BUDGET: g_value_set_int64 (value, self->budget); break;
    case PROP_STATUS_LABEL: g_value_set_string (value, self->status_label); break;
    case PROP_TARGET_LABEL: g_value_set_string (value, self->target_label); break;
    case PROP_PROGRESS: g_value_set_double (value, mp_training_item_get_progress (self)); break;
    case PROP_TARGET_STATUS: g_value_set_int (value, self->has_target_status ? (int) self->target_status : -1); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
count_pspec (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, -1, G_MAXINT64, -1, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
mp_training_item_class_init (MpTrainingItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_training_item_finalize;
  object_class->get_property = mp_training_item_get_property;

  properties[PROP_CODE] = string_pspec ("code");
  properties[PROP_TITLE] = string_pspec ("title");
  properties[PROP_KIND_LABEL] = string_pspec ("kind-label");
  properties[PROP_INSTITUTION] = string_pspec ("institution");
  properties[PROP_START] = string_pspec ("start");
  properties[PROP_END] = string_pspec ("end");
  properties[PROP_SEATS_PLANNED] = count_pspec ("seats-planned");
  properties[PROP_SEATS_ENROLLED] = count_pspec ("seats-enrolled");
  properties[PROP_SEATS_COMPLETED] = count_pspec ("seats-completed");
  properties[PROP_BUDGET] = count_pspec ("budget");
  properties[PROP_STATUS_LABEL] = string_pspec ("status-label");
  properties[PROP_TARGET_LABEL] = string_pspec ("target-label");
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, -1, G_MAXDOUBLE, -1,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The MpStatus of the target served (worst first), -1 when none. */
  properties[PROP_TARGET_STATUS] = g_param_spec_int ("target-status", NULL, NULL, -1, G_MAXINT, -1,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_training_item_init (MpTrainingItem *self)
{
}

/* Takes the strings of `row`, which is freed. */
static MpTrainingItem *
item_new_take (MpTrainingRow        *row,
               const MpTargetStatus *ts)
{
  MpTrainingItem *self = g_object_new (MP_TYPE_TRAINING_ITEM, NULL);
  g_autofree char *key = NULL;

  self->code = g_steal_pointer (&row->code);
  self->title = g_steal_pointer (&row->title);
  self->kind = g_steal_pointer (&row->kind);
  self->institution = g_steal_pointer (&row->institution);
  self->start = g_steal_pointer (&row->start);
  self->end = g_steal_pointer (&row->end);
  self->status = g_steal_pointer (&row->status);
  self->kind_label = mp_training_kind_label (self->kind);
  self->status_label = mp_training_status_label (self->status);
  self->seats_planned = row->seats_planned;
  self->seats_enrolled = row->seats_enrolled;
  self->seats_completed = row->seats_completed;
  self->budget = row->budget_vnd;
  if (row->target_id != 0)
    /* TRANSLATORS: the target a training programme serves: indicator name
     * — unit name, year; e.g. "Doctors per 10,000 — Cần Thơ 2030" */
    self->target_label = g_strdup_printf (_("%s — %s %d"), row->target_indicator_name,
                                          row->target_unit_name, row->target_year);
  else
    self->target_label = g_strdup ("");
  if (ts != NULL)
    {
      self->has_target_status = TRUE;
      self->target_status = ts->status;
    }
  key = g_strjoin (" ", self->code ? self->code : "", self->title ? self->title : "",
                   self->institution ? self->institution : "", NULL);
  self->search_key = mp_facility_fold (key);
  mp_training_row_free (row);
  return self;
}

GListStore *
mp_training_item_load (MpStore  *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  GListStore *items;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  if ((rows = mp_store_list_trainings (store, error)) == NULL ||
      (targets = mp_store_list_targets (store, NULL, 0, error)) == NULL)
    return NULL;
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      g_hash_table_insert (by_id, &ts->target_id, ts);
    }

  items = g_list_store_new (MP_TYPE_TRAINING_ITEM);
  /* The rows are handed over one by one. */
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      MpTrainingRow *row = g_ptr_array_index (rows, i);
      MpTargetStatus *ts = row->target_id ? g_hash_table_lookup (by_id, &row->target_id) : NULL;
      g_autoptr(MpTrainingItem) item = item_new_take (row, ts);

      g_list_store_append (items, item);
    }
  return items;
}

const char *mp_training_item_get_code (MpTrainingItem *self) { return self->code; }
const char *mp_training_item_get_title (MpTrainingItem *self) { return self->title; }
const char *mp_training_item_get_kind (MpTrainingItem *self) { return self->kind; }
const char *mp_training_item_get_kind_label (MpTrainingItem *self) { return self->kind_label; }
const char *mp_training_item_get_institution (MpTrainingItem *self) { return self->institution; }
const char *mp_training_item_get_start (MpTrainingItem *self) { return self->start; }
const char *mp_training_item_get_end (MpTrainingItem *self) { return self->end; }
gint64 mp_training_item_get_seats_planned (MpTrainingItem *self) { return self->seats_planned; }
gint64 mp_training_item_get_seats_enrolled (MpTrainingItem *self) { return self->seats_enrolled; }
gint64 mp_training_item_get_seats_completed (MpTrainingItem *self) { return self->seats_completed; }
gint64 mp_training_item_get_budget (MpTrainingItem *self) { return self->budget; }
const char *mp_training_item_get_status (MpTrainingItem *self) { return self->status; }
const char *mp_training_item_get_status_label (MpTrainingItem *self) { return self->status_label; }
const char *mp_training_item_get_target_label (MpTrainingItem *self) { return self->target_label; }
const char *mp_training_item_get_search_key (MpTrainingItem *self) { return self->search_key; }

gboolean
mp_training_item_get_target_status (MpTrainingItem *self,
                                    MpStatus       *status)
{
  g_return_val_if_fail (MP_IS_TRAINING_ITEM (self), FALSE);
  if (self->has_target_status && status)
    *status = self->target_status;
  return self->has_target_status;
}

double
mp_training_item_get_progress (MpTrainingItem *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_ITEM (self), -1);
  if (self->seats_planned <= 0 || self->seats_completed < 0)
    return -1;
  return (double) self->seats_completed / (double) self->seats_planned;
}

/* Kept for the Training page; the same as mp_input_format_date(). */
char *
mp_training_format_date (const char *date)
{
  return mp_input_format_date (date);
}
