/* mp-ui-test.c — what the GUI tests share. */
#include "mp-ui-test.h"

#include <glib/gi18n.h>
#include <locale.h>

typedef struct {
  MpUiCheckFunc func;
  gpointer      data;
  gboolean      ran;
} Checks;

static void
test_no_display (void)
{
  if (g_strcmp0 (g_getenv ("MEDPLAN_REQUIRE_DISPLAY"), "1") == 0)
    {
      g_test_message ("MEDPLAN_REQUIRE_DISPLAY=1 but no display could be opened (is DISPLAY set, is Xvfb running?)");
      g_test_fail ();
      return;
    }
  g_test_skip ("No display: the GUI tests need one (run them under xvfb-run)");
}

char *
mp_ui_test_init (int           *argc,
                 char        ***argv,
                 const char    *name,
                 const char    *db_name,
                 gboolean      *has_display)
{
  const char *localedir = g_getenv ("MEDPLAN_LOCALEDIR");
  g_autofree char *template = g_strdup_printf ("medplan-%s-XXXXXX", name);
  g_autofree char *db_path = NULL;
  g_autoptr(GError) error = NULL;
  char *tmp_dir;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);

  tmp_dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  /* Set before any thread starts. */
  db_path = g_build_filename (tmp_dir, db_name, "medplan.db", NULL);
  g_setenv ("MEDPLAN_DB", db_path, TRUE);

  *has_display = gtk_init_check ();
  if (!*has_display)
    g_test_add_func ("/ui/display", test_no_display);
  return tmp_dir;
}

void
mp_ui_test_spin_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

gboolean
mp_ui_test_spin_until (gboolean (*cond) (gpointer),
                       gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

static gboolean
window_is_mapped (gpointer data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (data));

  return windows != NULL && gtk_widget_get_mapped (windows->data);
}

MpWindow *
mp_ui_test_wait_for_window (MpApplication *app)
{
  GList *windows;

  if (!mp_ui_test_spin_until (window_is_mapped, app))
    g_error ("Timed out waiting for the window to be shown");
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (MP_IS_WINDOW (windows->data));
  g_assert_true (gtk_widget_get_visible (windows->data));
  return windows->data;
}

static void
checks_cb (gpointer user_data)
{
  GApplication *app = user_data;
  Checks *checks = g_object_get_data (G_OBJECT (app), "checks");

  checks->func (MP_APPLICATION (app), checks->data);
  checks->ran = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

void
mp_ui_test_run_app (const char * const *argv,
                    MpUiCheckFunc       func,
                    gpointer            data)
{
  MpApplication *app = mp_application_new ();
  Checks checks = { func, data, FALSE };
  int status;

  g_object_set_data (G_OBJECT (app), "checks", &checks);
  g_idle_add_once (checks_cb, app);

  status = g_application_run (G_APPLICATION (app), (int) g_strv_length ((char **) argv),
                              (char **) argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (checks.ran);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_finalize_object (app);
}

char *
mp_ui_test_screenshot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("MEDPLAN_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_nonnull (dir);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));

  /* Read back: the file is a PNG of the widget's size. */
  back = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (back), ==, width);
  g_assert_cmpint (gdk_texture_get_height (back), ==, height);
  g_test_message ("screenshot: %s", path);
  return g_steal_pointer (&path);
}
