/* mp-preferences-window.c — the Preferences window. The choice is written
 * to the settings (data-names) at once; the windows follow it. */
#include "mp-preferences-window.h"

#include <glib/gi18n.h>

struct _MpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *names_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (MpPreferencesWindow, mp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of names_row, in order. */
static const char *names_choices[] = { "ui", "vi", "en" };

static gboolean
names_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names_choices); i++)
    if (g_str_equal (nick, names_choices[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
names_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (names_choices[i < G_N_ELEMENTS (names_choices) ? i : 0]);
}

static void
mp_preferences_window_dispose (GObject *object)
{
  MpPreferencesWindow *self = MP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (mp_preferences_window_parent_class)->dispose (object);
}

static void
mp_preferences_window_class_init (MpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpPreferencesWindow, names_row);
}

static void
mp_preferences_window_init (MpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MpPreferencesWindow *
mp_preferences_window_new (GSettings *settings)
{
  MpPreferencesWindow *self = g_object_new (MP_TYPE_PREFERENCES_WINDOW, NULL);

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), self);

  if (settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->names_row), FALSE);
      return self;
    }
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (settings, "data-names", self->names_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                names_get_mapping, names_set_mapping, NULL, NULL);
  return self;
}

AdwComboRow *
mp_preferences_window_get_names_row (MpPreferencesWindow *self)
{
  g_return_val_if_fail (MP_IS_PREFERENCES_WINDOW (self), NULL);
  return self->names_row;
}
