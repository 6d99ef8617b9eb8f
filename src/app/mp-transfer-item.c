/* mp-transfer-item.c — one technology transfer as the Transfers view lists
 * it. Labels are looked up and the search key folded once, when the view
 * loads, so that sorting and filtering never translate or fold again. */
#include "mp-transfer-item.h"

#include <glib/gi18n.h>

#include "mp-facility-item.h"
#include "mp-input.h"

struct _MpTransferItem
{
  GObject     parent_instance;

  char       *code;
  char       *technique;
  char       *sender;
  char       *receiver;
  char       *kind;
  char       *status;
  char       *start;
  char       *end;
  char       *search_key;
  /* Translated labels: static strings of the message catalogue. */
  const char *kind_label;
  const char *status_label;
  gint64      staff_trained;
  gint64      cases_done;
};

G_DEFINE_FINAL_TYPE (MpTransferItem, mp_transfer_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TECHNIQUE,
  PROP_SENDER,
  PROP_RECEIVER,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_START,
  PROP_END,
  PROP_STAFF_TRAINED,
  PROP_CASES_DONE,
  PROP_SEARCH_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mp_transfer_item_finalize (GObject *object)
{
  MpTransferItem *self = MP_TRANSFER_ITEM (object);

  g_free (self->code);
  g_free (self->technique);
  g_free (self->sender);
  g_free (self->receiver);
  g_free (self->kind);
  g_free (self->status);
  g_free (self->start);
  g_free (self->end);
  g_free (self->search_key);

  G_OBJECT_CLASS (mp_transfer_item_parent_class)->finalize (object);
}

/* Sorters compare strings: an unknown one sorts as "". */
static const char *
or_empty (const char *text)
{
  return text ? text : "";
}

static void
mp_transfer_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MpTransferItem *self = MP_TRANSFER_ITEM (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TECHNIQUE: g_value_set_string (value, or_empty (self->technique)); break;
    case PROP_SENDER: g_value_set_string (value, or_empty (self->sender)); break;
    case PROP_RECEIVER: g_value_set_string (value, or_empty (self->receiver)); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_KIND_LABEL: g_value_set_string (value, self->kind_label); break;
    case PROP_STATUS: g_value_set_string (value, self->status); break;
    case PROP_STATUS_LABEL: g_value_set_string (value, self->status_label); break;
    case PROP_START: g_value_set_string (value, or_empty (self->start)); break;
    case PROP_END: g_value_set_string (value, or_empty (self->end)); break;
    case PROP_STAFF_TRAINED: g_value_set_int64 (value, self->staff_trained); break;
    case PROP_CASES_DONE: g_value_set_int64 (value, self->cases_done); break;
    case PROP_SEARCH_KEY: g_value_set_string (value, self->search_key); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
count_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, -1, G_MAXINT64, -1,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
mp_transfer_item_class_init (MpTransferItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_transfer_item_finalize;
  object_class->get_property = mp_transfer_item_get_property;

  properties[PROP_CODE] = string_property ("code");
  properties[PROP_TECHNIQUE] = string_property ("technique");
  properties[PROP_SENDER] = string_property ("sender");
  properties[PROP_RECEIVER] = string_property ("receiver");
  properties[PROP_KIND] = string_property ("kind");
  properties[PROP_KIND_LABEL] = string_property ("kind-label");
  properties[PROP_STATUS] = string_property ("status");
  properties[PROP_STATUS_LABEL] = string_property ("status-label");
  properties[PROP_START] = string_property ("start");
  properties[PROP_END] = string_property ("end");
  properties[PROP_STAFF_TRAINED] = count_property ("staff-trained");
  properties[PROP_CASES_DONE] = count_property ("cases-done");
  properties[PROP_SEARCH_KEY] = string_property ("search-key");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_transfer_item_init (MpTransferItem *self)
{
  self->staff_trained = self->cases_done = -1;
}

MpTransferItem *
mp_transfer_item_new (const MpTransferRow *row)
{
  MpTransferItem *self;
  g_autofree char *key = NULL;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (MP_TYPE_TRANSFER_ITEM, NULL);
  self->code = g_strdup (row->code);
  self->technique = g_strdup (row->technique);
  self->sender = g_strdup (row->from_facility);
  self->receiver = g_strdup (row->to_facility);
  self->kind = g_strdup (row->kind);
  self->status = g_strdup (row->status);
  self->start = g_strdup (row->start);
  self->end = g_strdup (row->end);
  self->kind_label = mp_transfer_kind_label (self->kind);
  self->status_label = mp_transfer_status_label (self->status);
  self->staff_trained = row->staff_trained;
  self->cases_done = row->cases_done;

  key = g_strjoin ("\x1f", or_empty (self->code), or_empty (self->technique),
                   or_empty (self->sender), or_empty (self->receiver), NULL);
  self->search_key = mp_facility_fold (key);
  return self;
}

GListStore *
mp_transfer_item_list_from_rows (GPtrArray *rows)
{
  g_autoptr(GPtrArray) items = NULL;
  GListStore *list;

  g_return_val_if_fail (rows != NULL, NULL);

  items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, mp_transfer_item_new (g_ptr_array_index (rows, i)));
  list = g_list_store_new (MP_TYPE_TRANSFER_ITEM);
  /* One splice: one items-changed for the whole list. */
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return list;
}

/* Kept for the Transfers page: mp_input_format_date(), NULL for none. */
char *
mp_transfer_format_date (const char *date)
{
  return date && *date ? mp_input_format_date (date) : NULL;
}

const char *
mp_transfer_status_style_class (const char *status)
{
  if (g_strcmp0 (status, "independent") == 0)
    return "success";
  if (g_strcmp0 (status, "stopped") == 0)
    return "error";
  if (g_strcmp0 (status, "planned") == 0)
    return "dim-label";
  return "accent";
}

const char *
mp_transfer_status_action_label (const char *status)
{
  if (g_strcmp0 (status, "planned") == 0)
    /* TRANSLATORS: a menu item: the transfer's status becomes "Planned" */
    return _("Back to Planned");
  if (g_strcmp0 (status, "training") == 0)
    /* TRANSLATORS: a menu item: the transfer's status becomes "Training" */
    return _("Move to Training");
  if (g_strcmp0 (status, "supervised") == 0)
    /* TRANSLATORS: a menu item: the receiving staff now work under supervision */
    return _("Move to Supervised");
  if (g_strcmp0 (status, "independent") == 0)
    /* TRANSLATORS: a menu item: the receiving facility now does the technique on its own */
    return _("Mark as Independent");
  /* TRANSLATORS: a menu item: the transfer is stopped */
  return _("Stop the Transfer");
}

#define GETTER(type, field) \
  type \
  mp_transfer_item_get_##field (MpTransferItem *self) \
  { \
    g_return_val_if_fail (MP_IS_TRANSFER_ITEM (self), 0); \
    return self->field; \
  }

GETTER (const char *, code)
GETTER (const char *, technique)
GETTER (const char *, sender)
GETTER (const char *, receiver)
GETTER (const char *, kind)
GETTER (const char *, kind_label)
GETTER (const char *, status)
GETTER (const char *, status_label)
GETTER (const char *, start)
GETTER (const char *, end)
GETTER (gint64, staff_trained)
GETTER (gint64, cases_done)
GETTER (const char *, search_key)
