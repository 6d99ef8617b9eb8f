/* mp-unit-selector.c — the unit selector of the header bar.
 *
 * A GtkDropDown of unit names with search (the search matches the name).
 * The button shows the name ellipsized, so the header bar fits a 360 px
 * window; the list shows the whole name and the level. Choosing a unit
 * activates win.select-unit with its code: the window then shows it in
 * every page. */
#include "mp-unit-selector.h"

#include <glib/gi18n.h>

#include "mp-store.h"

struct _MpUnitSelector
{
  GtkWidget    parent_instance;

  GtkDropDown *drop_down;

  GPtrArray   *codes;   /* char*, in the order of the list */
  GPtrArray   *levels;  /* char*, translated level labels */
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (MpUnitSelector, mp_unit_selector, GTK_TYPE_WIDGET)

static void
selected_cb (MpUnitSelector *self)
{
  const char *code = mp_unit_selector_get_unit (self);

  if (self->updating || code == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.select-unit", "s", code);
}

/* The button: the name, ellipsized. */
static void
setup_button_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_button_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkStringObject *name = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (name));
}

/* The list: the name, and the level below it. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *level = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 30);
  gtk_label_set_xalign (GTK_LABEL (level), 0);
  gtk_widget_add_css_class (level, "caption");
  gtk_widget_add_css_class (level, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), level);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  MpUnitSelector *self = MP_UNIT_SELECTOR (user_data);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *level = gtk_widget_get_next_sibling (name);
  guint position = gtk_list_item_get_position (item);

  gtk_label_set_label (GTK_LABEL (name),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
  gtk_label_set_label (GTK_LABEL (level),
                       self->levels && position < self->levels->len
                       ? g_ptr_array_index (self->levels, position) : "");
}

static GtkListItemFactory *
new_factory (GCallback setup,
             GCallback bind,
             gpointer  data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, data);
  g_signal_connect (factory, "bind", bind, data);
  return factory;
}

static void
mp_unit_selector_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_UNIT_SELECTOR);
  G_OBJECT_CLASS (mp_unit_selector_parent_class)->dispose (object);
}

static void
mp_unit_selector_finalize (GObject *object)
{
  MpUnitSelector *self = MP_UNIT_SELECTOR (object);

  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  G_OBJECT_CLASS (mp_unit_selector_parent_class)->finalize (object);
}

static void
mp_unit_selector_class_init (MpUnitSelectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_unit_selector_dispose;
  object_class->finalize = mp_unit_selector_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-unit-selector.ui");
  gtk_widget_class_bind_template_child (widget_class, MpUnitSelector, drop_down);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static void
mp_unit_selector_init (MpUnitSelector *self)
{
  g_autoptr(GtkListItemFactory) button_factory = NULL;
  g_autoptr(GtkListItemFactory) row_factory = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->drop_down, expression);
  button_factory = new_factory (G_CALLBACK (setup_button_cb), G_CALLBACK (bind_button_cb), self);
  row_factory = new_factory (G_CALLBACK (setup_row_cb), G_CALLBACK (bind_row_cb), self);
  gtk_drop_down_set_factory (self->drop_down, button_factory);
  gtk_drop_down_set_list_factory (self->drop_down, row_factory);
  gtk_widget_set_sensitive (GTK_WIDGET (self->drop_down), FALSE);
  self->updating = FALSE;
}

static int
level_rank (const char *level)
{
  if (g_strcmp0 (level, "country") == 0)
    return 0;
  if (g_strcmp0 (level, "region") == 0)
    return 1;
  if (g_strcmp0 (level, "province") == 0)
    return 2;
  return -1;
}

void
mp_unit_selector_set_units (MpUnitSelector *self,
                            GPtrArray      *units)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_return_if_fail (MP_IS_UNIT_SELECTOR (self));
  g_return_if_fail (units != NULL);

  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->levels = g_ptr_array_new_with_free_func (g_free);

  for (int rank = 0; rank <= 2; rank++)
    for (guint i = 0; i < units->len; i++)
      {
        const MpUnitRow *u = g_ptr_array_index (units, i);

        if (level_rank (u->level) != rank)
          continue;
        g_ptr_array_add (self->codes, g_strdup (u->code));
        g_ptr_array_add (self->levels, g_strdup (mp_unit_level_label (u->level)));
        gtk_string_list_append (names, u->name && *u->name ? u->name : u->code);
      }

  self->updating = TRUE;
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->drop_down, GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->drop_down), self->codes->len > 0);
}

gboolean
mp_unit_selector_set_unit (MpUnitSelector *self,
                           const char     *code)
{
  guint index = GTK_INVALID_LIST_POSITION;
  gboolean found;

  g_return_val_if_fail (MP_IS_UNIT_SELECTOR (self), FALSE);

  found = self->codes != NULL && code != NULL &&
          g_ptr_array_find_with_equal_func (self->codes, code, g_str_equal, &index);
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->drop_down, found ? index : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
  return found;
}

const char *
mp_unit_selector_get_unit (MpUnitSelector *self)
{
  guint index;

  g_return_val_if_fail (MP_IS_UNIT_SELECTOR (self), NULL);

  index = gtk_drop_down_get_selected (self->drop_down);
  if (self->codes == NULL || index >= self->codes->len)
    return NULL;
  return g_ptr_array_index (self->codes, index);
}

guint
mp_unit_selector_get_n_units (MpUnitSelector *self)
{
  g_return_val_if_fail (MP_IS_UNIT_SELECTOR (self), 0);
  return self->codes ? self->codes->len : 0;
}

GtkDropDown *
mp_unit_selector_get_drop_down (MpUnitSelector *self)
{
  g_return_val_if_fail (MP_IS_UNIT_SELECTOR (self), NULL);
  return self->drop_down;
}
