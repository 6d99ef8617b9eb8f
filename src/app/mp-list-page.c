/* mp-list-page.c — a page that shows a plain list of records in a boxed
 * list, optionally below a header (a chart), or an empty state (whose icon,
 * title and description are properties, set in the window's template) when
 * there are none. */
#include "mp-list-page.h"

struct _MpListPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkListBox    *list_box;
  AdwBin        *header_bin;
  AdwStatusPage *empty_page;

  guint          n_rows;
};

G_DEFINE_FINAL_TYPE (MpListPage, mp_list_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EMPTY_ICON_NAME,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The empty state's properties are those of the status page. */
static const char *
status_page_property (guint prop_id)
{
  switch (prop_id)
    {
    case PROP_EMPTY_ICON_NAME:   return "icon-name";
    case PROP_EMPTY_TITLE:       return "title";
    case PROP_EMPTY_DESCRIPTION: return "description";
    default:                     return NULL;
    }
}

static void
mp_list_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MpListPage *self = MP_LIST_PAGE (object);
  const char *name = status_page_property (prop_id);

  if (name == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_get_property (G_OBJECT (self->empty_page), name, value);
}

static void
mp_list_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MpListPage *self = MP_LIST_PAGE (object);
  const char *name = status_page_property (prop_id);

  if (name == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_set_property (G_OBJECT (self->empty_page), name, value);
}

static void
mp_list_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_LIST_PAGE);

  G_OBJECT_CLASS (mp_list_page_parent_class)->dispose (object);
}

static void
mp_list_page_class_init (MpListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_list_page_dispose;
  object_class->get_property = mp_list_page_get_property;
  object_class->set_property = mp_list_page_set_property;

  properties[PROP_EMPTY_ICON_NAME] =
    g_param_spec_string ("empty-icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_TITLE] =
    g_param_spec_string ("empty-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_DESCRIPTION] =
    g_param_spec_string ("empty-description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpListPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MpListPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, MpListPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MpListPage, header_bin);
}

static void
mp_list_page_init (MpListPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
mp_list_page_clear (MpListPage *self)
{
  GtkWidget *child;

  g_return_if_fail (MP_IS_LIST_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_rows = 0;
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
mp_list_page_append (MpListPage *self,
                     const char *title,
                     const char *subtitle,
                     const char *suffix,
                     const char *suffix_class)
{
  GtkWidget *row;

  g_return_if_fail (MP_IS_LIST_PAGE (self));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (suffix != NULL && *suffix != '\0')
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      if (suffix_class != NULL)
        gtk_widget_add_css_class (label, suffix_class);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  gtk_list_box_append (self->list_box, row);
  if (self->n_rows++ == 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
}

guint
mp_list_page_get_row_count (MpListPage *self)
{
  g_return_val_if_fail (MP_IS_LIST_PAGE (self), 0);
  return self->n_rows;
}

void
mp_list_page_set_header (MpListPage *self,
                         GtkWidget  *header)
{
  g_return_if_fail (MP_IS_LIST_PAGE (self));
  g_return_if_fail (header == NULL || GTK_IS_WIDGET (header));

  adw_bin_set_child (self->header_bin, header);
  gtk_widget_set_visible (GTK_WIDGET (self->header_bin), header != NULL);
}

GtkWidget *
mp_list_page_get_header (MpListPage *self)
{
  g_return_val_if_fail (MP_IS_LIST_PAGE (self), NULL);
  return adw_bin_get_child (self->header_bin);
}
