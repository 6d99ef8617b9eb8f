/* mp-help-window.c — the user guide window. The guide is a resource
 * (data/help/guide-LANG.txt) in a simple format: a line starting with "# "
 * is a heading, a line starting with "- " a list item, other lines join
 * into paragraphs, and a blank line ends a paragraph. Each block becomes a
 * wrapping label. */
#include "mp-help-window.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-types.h"

struct _MpHelpWindow
{
  AdwWindow   parent_instance;

  GtkWidget  *content;

  const char *language; /* "vi" or "en" */
};

G_DEFINE_FINAL_TYPE (MpHelpWindow, mp_help_window, ADW_TYPE_WINDOW)

static void
add_label (MpHelpWindow *self,
           const char   *text,
           const char   *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  gtk_box_append (GTK_BOX (self->content), label);
}

static void
flush_paragraph (MpHelpWindow *self,
                 GString      *paragraph)
{
  if (paragraph->len > 0)
    add_label (self, paragraph->str, NULL);
  g_string_truncate (paragraph, 0);
}

/* Fills the window with the guide's text. */
static void
show_guide (MpHelpWindow *self,
            const char   *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "# "))
        {
          flush_paragraph (self, paragraph);
          add_label (self, line + 2, "title-4");
        }
      else if (g_str_has_prefix (line, "- "))
        {
          g_autofree char *item = g_strconcat ("• ", line + 2, NULL);

          flush_paragraph (self, paragraph);
          add_label (self, item, NULL);
        }
      else if (*line == '\0')
        flush_paragraph (self, paragraph);
      else
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append (paragraph, line);
        }
    }
  flush_paragraph (self, paragraph);
}

static void
mp_help_window_class_init (MpHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpHelpWindow, content);
}

static void
mp_help_window_init (MpHelpWindow *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->language = mp_messages_in_vietnamese () ? "vi" : "en";
  path = g_strdup_printf (RESOURCE_PREFIX "/help/guide-%s.txt", self->language);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      /* Compiled into the program: only a broken build lacks it. */
      g_critical ("The user guide %s is missing: %s", path, error->message);
      return;
    }
  show_guide (self, g_bytes_get_data (bytes, NULL));
}

MpHelpWindow *
mp_help_window_new (void)
{
  return g_object_new (MP_TYPE_HELP_WINDOW, NULL);
}

const char *
mp_help_window_get_language (MpHelpWindow *self)
{
  g_return_val_if_fail (MP_IS_HELP_WINDOW (self), NULL);
  return self->language;
}

GtkWidget *
mp_help_window_get_content (MpHelpWindow *self)
{
  g_return_val_if_fail (MP_IS_HELP_WINDOW (self), NULL);
  return self->content;
}
