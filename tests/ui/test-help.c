/* test-help.c — GUI test of the user guide: F1 (app.help) opens it in the
 * language of the messages (Vietnamese, and English in a subprocess started
 * with LANGUAGE=en), with its headings, paragraphs and list items; Escape
 * closes it. Screenshots: help.png (vi), help-en.png. The About window
 * shows the version, icon, addresses and licence.
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI). */
#include <adwaita.h>
#include <string.h>

#include "mp-application.h"
#include "mp-help-window.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

static char *tmp_dir;

static const char *headings_vi[] = {
  "Hướng dẫn sử dụng Medplan", "Các trang", "Chỉnh sửa và hoàn tác",
  "Nhập và xuất dữ liệu", "Báo cáo", "Phím tắt", NULL,
};
static const char *headings_en[] = {
  "Medplan user guide", "The pages", "Editing and undo",
  "Import and export", "Report", "Keyboard shortcuts", NULL,
};

typedef struct {
  const char  *language;
  const char **headings;
  const char  *item;       /* a list item the guide must show */
  const char  *screenshot;
} Expected;

static MpHelpWindow *
find_help_window (MpApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (MP_IS_HELP_WINDOW (l->data))
      return l->data;
  return NULL;
}

static gboolean
help_shown (gpointer data)
{
  MpHelpWindow *help = find_help_window (data);

  return help != NULL && gtk_widget_get_mapped (GTK_WIDGET (help));
}

static gboolean
help_gone (gpointer data)
{
  return find_help_window (data) == NULL;
}

/* The Escape shortcut of the window's shortcut controller, activated as a
 * key press would. */
static void
press_escape (GtkWidget *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  gboolean pressed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !pressed; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, "Escape") == 0)
            pressed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, window, NULL);
        }
    }
  g_assert_true (pressed);
}

static void
check_help (MpApplication *app,
            gpointer       data)
{
  const Expected *expected = data;
  MpWindow *window = mp_ui_test_wait_for_window (app);
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "F1");
  MpHelpWindow *help;
  g_autofree char *shot = NULL;
  guint n_headings = 0, n_items = 0, n_paragraphs = 0;
  gboolean found_item = FALSE;

  /* F1 is app.help. */
  g_assert_nonnull (actions);
  g_assert_true (g_strv_contains ((const char * const *) actions, "app.help"));
  g_assert_null (find_help_window (app));

  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_assert_true (mp_ui_test_spin_until (help_shown, app));
  help = find_help_window (app);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (help)) == GTK_WINDOW (window));
  g_assert_cmpstr (mp_help_window_get_language (help), ==, expected->language);

  /* The headings in order, then paragraphs and list items between them. */
  for (GtkWidget *child = gtk_widget_get_first_child (mp_help_window_get_content (help));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *text;

      g_assert_true (GTK_IS_LABEL (child));
      text = gtk_label_get_text (GTK_LABEL (child));
      g_assert_true (gtk_label_get_wrap (GTK_LABEL (child)));
      if (gtk_widget_has_css_class (child, "title-4"))
        {
          g_assert_nonnull (expected->headings[n_headings]);
          g_assert_cmpstr (text, ==, expected->headings[n_headings]);
          n_headings++;
        }
      else if (g_str_has_prefix (text, "• "))
        {
          n_items++;
          found_item |= g_str_equal (text, expected->item);
        }
      else
        {
          g_assert_cmpuint (strlen (text), >, 40);
          n_paragraphs++;
        }
    }
  g_assert_cmpuint (n_headings, ==, g_strv_length ((char **) expected->headings));
  g_assert_cmpuint (n_paragraphs, ==, 3);
  g_assert_cmpuint (n_items, >=, 12);
  g_assert_true (found_item);

  mp_ui_test_spin_for (200);
  shot = mp_ui_test_screenshot (GTK_WIDGET (help), expected->screenshot);

  /* F1 again presents the same window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  mp_ui_test_spin_for (100);
  g_assert_true (find_help_window (app) == help);

  /* Escape closes it; the main window stays. */
  press_escape (GTK_WIDGET (help));
  g_assert_true (mp_ui_test_spin_until (help_gone, app));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
}

static void
test_help (void)
{
  static const Expected vi = { "vi", headings_vi, "• F1: hướng dẫn này", "help" };
  static const Expected en = { "en", headings_en, "• F1: this guide", "help-en" };
  const char *argv[] = { "medplan", NULL };

  if (g_test_subprocess ())
    {
      /* Started with LANGUAGE=en, before gettext was set up. */
      mp_ui_test_run_app (argv, check_help, (gpointer) &en);
      return;
    }
  mp_ui_test_run_app (argv, check_help, (gpointer) &vi);

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", "vi", TRUE);
  g_test_trap_assert_passed ();
}

/* ---- About: version, icon, addresses, licence, credits ---- */

/* The About window is transient for the main window, not one of the
 * application's windows: it is found among the toplevels. */
static AdwAboutWindow *
find_about_window (MpApplication *app)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        return ADW_ABOUT_WINDOW (window); /* still held by the toplevels */
    }
  return NULL;
}

static gboolean
about_shown (gpointer data)
{
  AdwAboutWindow *about = find_about_window (data);

  return about != NULL && gtk_widget_get_mapped (GTK_WIDGET (about));
}

static void
check_about (MpApplication *app,
             gpointer       data)
{
  AdwAboutWindow *about;

  mp_ui_test_wait_for_window (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (mp_ui_test_spin_until (about_shown, app));
  about = find_about_window (app);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Medplan");
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_website (about), ==, "https://github.com/medplan/medplan");
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==, "https://github.com/medplan/medplan/issues");
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_true (strlen (adw_about_window_get_developer_name (about)) > 0);
  /* The windows use the application icon. */
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APP_ID);
  gtk_window_close (GTK_WINDOW (about));
}

static void
test_about (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_about, NULL);
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  tmp_dir = mp_ui_test_init (&argc, &argv, "help", "first", &has_display);
  if (has_display)
    {
      g_test_add_func ("/ui/help/guide", test_help);
      g_test_add_func ("/ui/help/about", test_about);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
