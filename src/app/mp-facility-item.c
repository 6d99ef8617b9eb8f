/* mp-facility-item.c — one facility as the Facilities view lists it. The
 * item is built once when the view loads, with its labels looked up and its
 * search key folded then, so that sorting and filtering 100,000 of them
 * never translate or fold again. */
#include "mp-facility-item.h"

#include <string.h>

struct _MpFacilityItem
{
  GObject     parent_instance;

  char       *code;
  char       *name;
  char       *search_key;
  /* Shared by many of 100,000 items: interned (g_intern_string()), not
   * freed. */
  const char *kind;
  const char *unit;
  const char *unit_name;
  const char *ownership;
  /* Translated labels: static strings of the message catalogue. */
  const char *kind_label;
  const char *class_label;
  const char *ownership_label;
  gint64      beds;
  gint64      doctors;
  gint64      nurses;
};

G_DEFINE_FINAL_TYPE (MpFacilityItem, mp_facility_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_CLASS_LABEL,
  PROP_UNIT,
  PROP_UNIT_NAME,
  PROP_OWNERSHIP,
  PROP_OWNERSHIP_LABEL,
  PROP_BEDS,
  PROP_DOCTORS,
  PROP_NURSES,
  PROP_SEARCH_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mp_facility_item_finalize (GObject *object)
{
  MpFacilityItem *self = MP_FACILITY_ITEM (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->search_key);

  G_OBJECT_CLASS (mp_facility_item_parent_class)->finalize (object);
}

static void
mp_facility_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MpFacilityItem *self = MP_FACILITY_ITEM (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_KIND_LABEL: g_value_set_string (value, self->kind_label); break;
    case PROP_CLASS_LABEL: g_value_set_string (value, self->class_label); break;
    case PROP_UNIT: g_value_set_string (value, self->unit); break;
    case PROP_UNIT_NAME: g_value_set_string (value, self->unit_name); break;
    case PROP_OWNERSHIP: g_value_set_string (value, self->ownership); break;
    case PROP_OWNERSHIP_LABEL: g_value_set_string (value, self->ownership_label); break;
    case PROP_BEDS: g_value_set_int64 (value, self->beds); break;
    case PROP_DOCTORS: g_value_set_int64 (value, self->doctors); break;
    case PROP_NURSES: g_value_set_int64 (value, self->nurses); break;
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
mp_facility_item_class_init (MpFacilityItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_facility_item_finalize;
  object_class->get_property = mp_facility_item_get_property;

  properties[PROP_CODE] = string_property ("code");
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_KIND] = string_property ("kind");
  properties[PROP_KIND_LABEL] = string_property ("kind-label");
  properties[PROP_CLASS_LABEL] = string_property ("class-label");
  properties[PROP_UNIT] = string_property ("unit");
  properties[PROP_UNIT_NAME] = string_property ("unit-name");
  properties[PROP_OWNERSHIP] = string_property ("ownership");
  properties[PROP_OWNERSHIP_LABEL] = string_property ("ownership-label");
  properties[PROP_BEDS] = count_property ("beds");
  properties[PROP_DOCTORS] = count_property ("doctors");
  properties[PROP_NURSES] = count_property ("nurses");
  properties[PROP_SEARCH_KEY] = string_property ("search-key");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_facility_item_init (MpFacilityItem *self)
{
  self->beds = self->doctors = self->nurses = -1;
}

/* Appends `c` folded: ASCII letters lowered, a letter with diacritics
 * reduced to its base letter. Vietnamese đ has no decomposition in
 * Unicode (it is a letter of its own, not d with a mark), so it is mapped
 * by hand — g_str_to_ascii() turns it into "?". */
static void
append_folded (GString  *out,
               gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }
  if (c == 0x0110 || c == 0x0111)   /* Đ, đ */
    {
      g_string_append_c (out, 'd');
      return;
    }
  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0 &&
      decomposed[0] < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) decomposed[0]));
      return;
    }
  g_string_append_unichar (out, g_unichar_tolower (c));
}

char *
mp_facility_fold (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  /* Stepping through invalid UTF-8 could run past its end. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80)
        g_string_append_c (out, g_ascii_tolower (*p));
      else
        append_folded (out, g_utf8_get_char (p));
    }
  return g_string_free (out, FALSE);
}

MpFacilityItem *
mp_facility_item_new_take (MpFacilityRow *row)
{
  MpFacilityItem *self = g_object_new (MP_TYPE_FACILITY_ITEM, NULL);
  g_autofree char *key = NULL;

  self->code = g_steal_pointer (&row->code);
  self->name = g_steal_pointer (&row->name);
  self->kind = g_intern_string (row->kind);
  self->unit = g_intern_string (row->unit);
  self->unit_name = g_intern_string (row->unit_name);
  self->ownership = g_intern_string (row->ownership);
  self->kind_label = mp_facility_kind_label (self->kind);
  self->class_label = mp_facility_class_label (row->klass);
  self->ownership_label = mp_facility_ownership_label (self->ownership);
  self->beds = row->beds;
  self->doctors = row->doctors;
  self->nurses = row->nurses;
  mp_facility_row_free (row);

  key = g_strjoin ("\x1f", self->code ? self->code : "", self->name ? self->name : "",
                   self->unit_name ? self->unit_name : "", self->kind_label, NULL);
  self->search_key = mp_facility_fold (key);
  return self;
}

gboolean
mp_facility_item_matches (MpFacilityItem *self,
                          const char     *query,
                          const char     *kind,
                          const char     *unit,
                          const char     *ownership)
{
  if (kind != NULL && g_strcmp0 (kind, self->kind) != 0)
    return FALSE;
  if (unit != NULL && g_strcmp0 (unit, self->unit) != 0)
    return FALSE;
  if (ownership != NULL && g_strcmp0 (ownership, self->ownership) != 0)
    return FALSE;
  return *query == '\0' || strstr (self->search_key, query) != NULL;
}

GPtrArray *
mp_facility_item_load_array (MpStore  *store,
                             GError  **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *items;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  rows = mp_store_list_facilities (store, error);
  if (rows == NULL)
    return NULL;
  items = g_ptr_array_new_full (rows->len, g_object_unref);
  /* The rows are handed over one by one, so their strings are moved, not
   * copied. */
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, mp_facility_item_new_take (g_ptr_array_index (rows, i)));
  return items;
}

GListStore *
mp_facility_item_load (MpStore  *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) items = NULL;
  GListStore *list;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  items = mp_facility_item_load_array (store, error);
  if (items == NULL)
    return NULL;
  list = g_list_store_new (MP_TYPE_FACILITY_ITEM);
  /* One splice: one items-changed for the whole list. */
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return list;
}

#define GETTER(type, field) \
  type \
  mp_facility_item_get_##field (MpFacilityItem *self) \
  { \
    g_return_val_if_fail (MP_IS_FACILITY_ITEM (self), 0); \
    return self->field; \
  }

GETTER (const char *, code)
GETTER (const char *, name)
GETTER (const char *, kind)
GETTER (const char *, kind_label)
GETTER (const char *, class_label)
GETTER (const char *, unit)
GETTER (const char *, unit_name)
GETTER (const char *, ownership)
GETTER (const char *, ownership_label)
GETTER (gint64, beds)
GETTER (gint64, doctors)
GETTER (gint64, nurses)
GETTER (const char *, search_key)
