/* mp-chart-view.c — shows one MpChart.
 *
 * The chart is drawn with the theme's colours and font (a style rebuilt
 * when the CSS or the dark setting changes) into a render node that is
 * kept and replayed: it is drawn again only when the chart, the size, the
 * scale or the style changes. The regions the draw records answer the
 * tooltips. The chart.export action ("png", "svg", "pdf") asks for a file
 * and saves the chart there; its outcome is told in a toast. */
#include "mp-chart-view.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#define DEFAULT_HEIGHT 240
#define MIN_WIDTH      200
#define NATURAL_WIDTH  400
#define EXPORT_MIN_WIDTH  800
#define EXPORT_MIN_HEIGHT 500

struct _MpChartView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkWidget            *overlay;
  GtkLabel             *message_label;
  GtkWidget            *menu_button;

  MpChart              *chart;
  char                 *placeholder;
  char                 *error;

  /* The style of the theme, and the chart drawn with it. */
  MpChartStyle          style;
  gboolean              has_style;
  GskRenderNode        *node;
  int                   node_width;
  int                   node_height;
  int                   node_scale;
  gboolean              node_dark;
  guint                 renders;

  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (MpChartView, mp_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLACEHOLDER_TEXT,
  PROP_RENDERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- The style of the theme ---- */

static MpRgba
rgba_from_gdk (const GdkRGBA *c)
{
  return (MpRgba) { c->red, c->green, c->blue, c->alpha };
}

static MpRgba
fade (MpRgba color,
      double alpha)
{
  color.a *= alpha;
  return color;
}

/* A named colour of the theme, made opaque over the window's background
 * (libadwaita's dark card colour is translucent); FALSE when the theme
 * does not name it. */
static gboolean
lookup_opaque_color (GtkStyleContext *context,
                     const char      *name,
                     GdkRGBA         *color)
{
  GdkRGBA under;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (context, name, color))
    return FALSE;
  if (color->alpha < 1 && gtk_style_context_lookup_color (context, "window_bg_color", &under))
    {
      color->red = color->red * color->alpha + under.red * (1 - color->alpha);
      color->green = color->green * color->alpha + under.green * (1 - color->alpha);
      color->blue = color->blue * color->alpha + under.blue * (1 - color->alpha);
      color->alpha = 1;
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  return TRUE;
}

/* Medplan's palette (dark or light as libadwaita says), in the font of
 * GtkSettings, with the text colour and background of the widget's CSS. */
static void
style_from_theme (MpChartView  *self,
                  MpChartStyle *style)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autofree char *font_name = NULL;
  g_autofree char *families = NULL;
  PangoFontDescription *desc;
  GtkStyleContext *context;
  GdkRGBA fg, bg;
  double size;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-font-name", &font_name, NULL);
  desc = pango_font_description_from_string (font_name != NULL ? font_name : "");
  size = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (desc))
    size = size * 96.0 / 72.0; /* points to pixels */
  if (pango_font_description_get_family (desc) != NULL)
    families = g_strdup_printf ("%s, DejaVu Sans, sans", pango_font_description_get_family (desc));
  mp_chart_style_init (style, dark, families, size);
  pango_font_description_free (desc);

  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->foreground = rgba_from_gdk (&fg);
  style->muted = fade (style->foreground, 0.65);
  style->grid = fade (style->foreground, 0.12);
  /* The card behind the chart paints the background; the chart only needs
   * its colour (to cut lines around labels and the like). */
  if (lookup_opaque_color (context, "card_bg_color", &bg))
    style->background = rgba_from_gdk (&bg);
  style->paint_background = FALSE;
  /* The export button sits over the top-right corner: the title and the
   * subtitle end before it. */
  {
    int button_width = 0;

    gtk_widget_measure (self->menu_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
    style->title_inset = MAX (button_width, 34) + 2 * gtk_widget_get_margin_end (self->menu_button);
  }
}

static gboolean
rgba_equal (MpRgba a,
            MpRgba b)
{
  return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

static gboolean
style_equal (const MpChartStyle *a,
             const MpChartStyle *b)
{
  return a->dark == b->dark &&
         rgba_equal (a->foreground, b->foreground) &&
         rgba_equal (a->muted, b->muted) &&
         rgba_equal (a->grid, b->grid) &&
         rgba_equal (a->background, b->background) &&
         rgba_equal (a->accent, b->accent) &&
         g_strcmp0 (a->font_family, b->font_family) == 0 &&
         a->font_size == b->font_size &&
         a->paint_background == b->paint_background &&
         a->title_inset == b->title_inset;
}

static void
drop_render (MpChartView *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
}

/* Takes the theme's style again; TRUE when it changed (and the drawing
 * was dropped). */
static gboolean
take_style (MpChartView *self)
{
  MpChartStyle style = { 0 };

  style_from_theme (self, &style);
  if (self->has_style && style_equal (&self->style, &style))
    {
      mp_chart_style_clear (&style);
      return FALSE;
    }
  if (self->has_style)
    mp_chart_style_clear (&self->style);
  self->style = style;
  self->has_style = TRUE;
  drop_render (self);
  return TRUE;
}

/* When the theme changes the style (not on a mere :hover), the chart is
 * drawn again. */
static void
update_style (MpChartView *self)
{
  if (take_style (self))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Drawing ---- */

/* Draws the chart into an image at the widget's scale and keeps it as a
 * texture node: replaying it costs a blit (the GL renderer keeps it on the
 * GPU), and the charts take their image-surface fast paths, which a cairo
 * node's recording surface would not. */
static void
render (MpChartView *self,
        int          width,
        int          height,
        int          scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  mp_chart_draw (self->chart, cr, width, height, &self->style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format (premultiplied, native
   * byte order); the bytes keep the surface alive. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));

  g_clear_pointer (&self->node, gsk_render_node_unref);
  self->node = gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
  self->node_width = width;
  self->node_height = height;
  self->node_scale = scale;
  self->node_dark = self->style.dark;
  self->renders++;
}

static void
mp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MpChartView *self = MP_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);

  if (self->chart != NULL && width > 0 && height > 0)
    {
      if (!self->has_style)
        take_style (self);
      if (self->node == NULL || self->node_width != width || self->node_height != height ||
          self->node_scale != scale || self->node_dark != self->style.dark)
        render (self, width, height, scale);
      if (self->node != NULL)
        gtk_snapshot_append_node (snapshot, self->node);
    }

  gtk_widget_snapshot_child (widget, self->overlay, snapshot);
}

static void
mp_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MpChartView *self = MP_CHART_VIEW (widget);

  gtk_widget_measure (self->overlay, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (*minimum, MIN_WIDTH);
      *natural = MAX (*natural, NATURAL_WIDTH);
    }
  else
    {
      int height_request = -1;

      /* DEFAULT_HEIGHT unless the page asks for another height. */
      gtk_widget_get_size_request (widget, NULL, &height_request);
      if (height_request < 0)
        {
          *minimum = MAX (*minimum, DEFAULT_HEIGHT);
          *natural = MAX (*natural, DEFAULT_HEIGHT);
        }
    }
}

static void
mp_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  MpChartView *self = MP_CHART_VIEW (widget);

  if (self->node != NULL && (width != self->node_width || height != self->node_height))
    drop_render (self);
  gtk_widget_size_allocate (self->overlay, &(GtkAllocation) { 0, 0, width, height }, baseline);
}

static void
mp_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (mp_chart_view_parent_class)->css_changed (widget, change);
  update_style (MP_CHART_VIEW (widget));
}

static gboolean
mp_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  MpChartView *self = MP_CHART_VIEW (widget);
  cairo_rectangle_t area;
  const char *text;

  /* The regions are those of the draw on screen, if it is current. */
  if (keyboard_mode || self->chart == NULL || self->node == NULL)
    return FALSE;
  text = mp_chart_hit_test (self->chart, x, y, &area);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) floor (area.x), (int) floor (area.y),
                              (int) ceil (area.width), (int) ceil (area.height) });
  return TRUE;
}

/* ---- Export ---- */

static const struct {
  const char *format;
  const char *mime_type;
  const char *filter_name;
} formats[] = {
  { "png", "image/png", N_("PNG Image") },
  { "svg", "image/svg+xml", N_("SVG Image") },
  { "pdf", "application/pdf", N_("PDF Document") },
};

static int
find_format (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (format, formats[i].format) == 0)
      return (int) i;
  return -1;
}

/* The format of a path by its extension, or -1. */
static int
path_format (const char *path)
{
  const char *dot = strrchr (path, '.');

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return -1;
  return find_format (dot + 1);
}

/* The chart's title as a file name: no separators or characters that some
 * file systems refuse, at most 80 characters, then the extension. */
static char *
proposed_file_name (const char *title,
                    const char *extension)
{
  g_autofree char *name = NULL;
  g_autoptr(GString) clean = g_string_new (NULL);

  name = g_utf8_make_valid (title != NULL && *title != '\0' ? title : _("Chart"), -1);
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || strchr ("/\\:*?\"<>|", (int) c) != NULL)
        c = c < 0x20 ? ' ' : '-';
      if (c == ' ' && (clean->len == 0 || clean->str[clean->len - 1] == ' '))
        continue;
      g_string_append_unichar (clean, c);
    }
  if (g_utf8_strlen (clean->str, -1) > 80)
    {
      g_autofree char *cut = g_utf8_substring (clean->str, 0, 80);
      g_string_assign (clean, cut);
    }
  g_strstrip (clean->str);
  while (clean->str[0] == '.')
    g_string_erase (clean, 0, 1);
  if (clean->str[0] == '\0')
    g_string_assign (clean, _("Chart"));
  return g_strdup_printf ("%s.%s", clean->str, extension);
}

static void
show_toast (MpChartView *self,
            const char  *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
  else
    g_message ("%s", text);
}

gboolean
mp_chart_view_save (MpChartView  *self,
                    const char   *path,
                    GError      **error)
{
  int width, height, format;
  gboolean ok;

  g_return_val_if_fail (MP_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->chart == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no chart to save."));
      return FALSE;
    }

  width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), EXPORT_MIN_WIDTH);
  height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), EXPORT_MIN_HEIGHT);
  format = path_format (path);
  ok = mp_chart_save (self->chart, path, width, height,
                      format >= 0 && g_str_equal (formats[format].format, "png") ? 2 : 1, error);

  /* Saving drew the chart at another size: the hover regions it left are
   * those of the file, so the screen's are drawn again. */
  drop_render (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return ok;
}

static void
save_to_file (MpChartView *self,
              GFile       *file,
              const char  *format)
{
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (chosen == NULL)
    {
      show_toast (self, _("The chart can only be saved to a local folder."));
      return;
    }
  /* A name typed without a known extension gets the chosen format's. */
  path = path_format (chosen) < 0 ? g_strdup_printf ("%s.%s", chosen, format) : g_steal_pointer (&chosen);
  if (!mp_chart_view_save (self, path, &error))
    {
      show_toast (self, error->message);
      return;
    }
  name = g_filename_display_basename (path);
  /* TRANSLATORS: %s is a file name */
  text = g_strdup_printf (_("Chart saved to “%s”"), name);
  show_toast (self, text);
}

static void
close_chooser (MpChartView *self)
{
  if (self->chooser == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  MpChartView *self = MP_CHART_VIEW (user_data);
  g_autofree char *format = g_strdup (g_object_get_data (G_OBJECT (dialog), "format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        save_to_file (self, file, format);
    }
  close_chooser (self);
}

static void
export_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MpChartView *self = MP_CHART_VIEW (widget);
  int format = find_format (g_variant_get_string (parameter, NULL));
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  const char *documents;

  if (self->chart == NULL || format < 0)
    return;

  close_chooser (self);
  self->chooser = gtk_file_chooser_native_new (_("Save Chart"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_object_set_data_full (G_OBJECT (self->chooser), "format",
                          g_strdup (formats[format].format), g_free);

  gtk_file_filter_set_name (filter, _(formats[format].filter_name));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_filter_add_suffix (filter, formats[format].format);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  /* In the Documents folder, not wherever the program was started from. */
  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  folder = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                ? documents : g_get_home_dir ());
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  name = proposed_file_name (mp_chart_get_title (self->chart), formats[format].format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- The object ---- */

/* The subtitle of the chart, whatever its kind. */
static const char *
chart_subtitle (MpChart *chart)
{
  switch (mp_chart_get_kind (chart))
    {
    case MP_CHART_TREND:   return mp_chart_get_trend (chart)->subtitle;
    case MP_CHART_BARS:    return mp_chart_get_bars (chart)->subtitle;
    case MP_CHART_STATUS:  return mp_chart_get_status (chart)->subtitle;
    case MP_CHART_NETWORK: return mp_chart_get_network (chart)->subtitle;
    default:               return NULL;
    }
}

/* The chart when there is one, else the message and why. */
static void
update_content (MpChartView *self)
{
  const char *message = mp_chart_view_get_message (self);
  const char *label = self->chart ? mp_chart_get_title (self->chart) : message;
  const char *description = self->chart ? chart_subtitle (self->chart) : NULL;

  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && *message != '\0');
  if (self->error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_widget_set_visible (self->menu_button, self->chart != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", self->chart != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label ? label : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);

  drop_render (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
mp_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MpChartView *self = MP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, self->placeholder);
      break;
    case PROP_RENDERS:
      g_value_set_uint (value, self->renders);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MpChartView *self = MP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      mp_chart_view_set_placeholder_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_chart_view_dispose (GObject *object)
{
  MpChartView *self = MP_CHART_VIEW (object);

  close_chooser (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_CHART_VIEW);
  drop_render (self);
  g_clear_pointer (&self->chart, mp_chart_unref);

  G_OBJECT_CLASS (mp_chart_view_parent_class)->dispose (object);
}

static void
mp_chart_view_finalize (GObject *object)
{
  MpChartView *self = MP_CHART_VIEW (object);

  g_clear_pointer (&self->placeholder, g_free);
  g_clear_pointer (&self->error, g_free);
  if (self->has_style)
    mp_chart_style_clear (&self->style);

  G_OBJECT_CLASS (mp_chart_view_parent_class)->finalize (object);
}

static void
mp_chart_view_class_init (MpChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mp_chart_view_get_property;
  object_class->set_property = mp_chart_view_set_property;
  object_class->dispose = mp_chart_view_dispose;
  object_class->finalize = mp_chart_view_finalize;

  widget_class->snapshot = mp_chart_view_snapshot;
  widget_class->measure = mp_chart_view_measure;
  widget_class->size_allocate = mp_chart_view_size_allocate;
  widget_class->css_changed = mp_chart_view_css_changed;
  widget_class->query_tooltip = mp_chart_view_query_tooltip;

  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RENDERS] =
    g_param_spec_uint ("renders", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MpChartView, overlay);
  gtk_widget_class_bind_template_child (widget_class, MpChartView, message_label);
  gtk_widget_class_bind_template_child (widget_class, MpChartView, menu_button);
}

static void
mp_chart_view_init (MpChartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style), self, G_CONNECT_SWAPPED);
  update_content (self);
}

GtkWidget *
mp_chart_view_new (void)
{
  return g_object_new (MP_TYPE_CHART_VIEW, NULL);
}

void
mp_chart_view_set_chart (MpChartView *self,
                         MpChart     *chart)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));

  if (chart == self->chart && self->error == NULL)
    return;
  if (chart != NULL)
    mp_chart_ref (chart);
  g_clear_pointer (&self->chart, mp_chart_unref);
  self->chart = chart;
  g_clear_pointer (&self->error, g_free);
  update_content (self);
}

MpChart *
mp_chart_view_get_chart (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

void
mp_chart_view_set_placeholder_text (MpChartView *self,
                                    const char  *text)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->placeholder, text) == 0)
    return;
  g_free (self->placeholder);
  self->placeholder = g_strdup (text);
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}

const char *
mp_chart_view_get_placeholder_text (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);
  return self->placeholder;
}

void
mp_chart_view_set_error (MpChartView *self,
                         const char  *message)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));
  g_return_if_fail (message != NULL);

  g_clear_pointer (&self->chart, mp_chart_unref);
  g_free (self->error);
  self->error = g_strdup (message);
  update_content (self);
}

const char *
mp_chart_view_get_message (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  if (self->chart != NULL)
    return NULL;
  return self->error != NULL ? self->error : self->placeholder;
}

guint
mp_chart_view_get_renders (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), 0);
  return self->renders;
}
