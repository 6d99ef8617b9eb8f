/* mp-facility-list.c — the facilities as a list model over a plain array.
 * The Facilities page sorts and filters 100,000 of them through
 * GtkSortListModel and GtkFilterListModel, which fetch items by position in
 * random order. A GListStore keeps its items in a GSequence, a balanced
 * tree, so each of those look-ups walked the tree: that was the largest
 * cost of a keystroke (bench/bench-filter). Here a look-up is an index.
 * The list never changes after it is made; the page makes a new one when
 * it reloads. */
#include "mp-facility-list.h"

#include "mp-facility-item.h"

struct _MpFacilityList
{
  GObject    parent_instance;

  GPtrArray *items;   /* of MpFacilityItem, owned */
};

static void mp_facility_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MpFacilityList, mp_facility_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, mp_facility_list_model_init))

static GType
mp_facility_list_get_item_type (GListModel *model)
{
  return MP_TYPE_FACILITY_ITEM;
}

/* The filter and sort models call these 100,000 times per keystroke:
 * plain casts (GListModel has checked the instance already). */
static guint
mp_facility_list_get_n_items (GListModel *model)
{
  return ((MpFacilityList *) model)->items->len;
}

static gpointer
mp_facility_list_get_item (GListModel *model,
                           guint       position)
{
  MpFacilityList *self = (MpFacilityList *) model;

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
mp_facility_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mp_facility_list_get_item_type;
  iface->get_n_items = mp_facility_list_get_n_items;
  iface->get_item = mp_facility_list_get_item;
}

static void
mp_facility_list_finalize (GObject *object)
{
  MpFacilityList *self = MP_FACILITY_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_facility_list_parent_class)->finalize (object);
}

static void
mp_facility_list_class_init (MpFacilityListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mp_facility_list_finalize;
}

static void
mp_facility_list_init (MpFacilityList *self)
{
}

MpFacilityList *
mp_facility_list_new (GPtrArray *items)
{
  MpFacilityList *self;

  g_return_val_if_fail (items != NULL, NULL);

  self = g_object_new (MP_TYPE_FACILITY_LIST, NULL);
  self->items = g_ptr_array_ref (items);
  return self;
}

MpFacilityList *
mp_facility_list_load (MpStore  *store,
                       GError  **error)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  items = mp_facility_item_load_array (store, error);
  if (items == NULL)
    return NULL;
  return mp_facility_list_new (items);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  MpFacilityList *list;

  if (g_task_return_error_if_cancelled (task))
    return;
  store = mp_store_open (path, MP_STORE_OPEN_READ_ONLY, &error);
  list = store ? mp_facility_list_load (store, &error) : NULL;
  if (list == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, list, g_object_unref);
}

void
mp_facility_list_load_async (MpStore             *store,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *path;

  g_return_if_fail (MP_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, mp_facility_list_load_async);
  g_task_set_return_on_cancel (task, TRUE);
  path = mp_store_get_path (store);
  if (path == NULL || *path == '\0' || g_str_equal (path, ":memory:"))
    {
      g_autoptr(GError) error = NULL;
      MpFacilityList *list = mp_facility_list_load (store, &error);

      if (list == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, list, g_object_unref);
      return;
    }
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, load_thread);
}

MpFacilityList *
mp_facility_list_load_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mp_facility_list_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gpointer
mp_facility_list_peek (MpFacilityList *self,
                       guint           position)
{
  g_return_val_if_fail (MP_IS_FACILITY_LIST (self), NULL);

  if (position >= self->items->len)
    return NULL;
  return g_ptr_array_index (self->items, position);
}
