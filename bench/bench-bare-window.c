/* bench-bare-window.c — the baseline of bench-startup: the least a
 * libadwaita application shows, an AdwApplicationWindow holding an
 * AdwHeaderBar and a GtkLabel. It prints "first-frame-ms N" (ms since the
 * start of main()) when the window's frame clock has painted its first
 * frame ("after-paint"), and quits; bench-startup times it from fork() as
 * it times `medplan FILE.db`. */
#include <adwaita.h>
#include <locale.h>
#include <stdio.h>

static gint64 start_us;

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  printf ("first-frame-ms %.1f\n", (g_get_monotonic_time () - start_us) / 1000.0);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
realize_cb (GtkWidget *window,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GApplication *application,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Medplan");

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) application = NULL;

  start_us = g_get_monotonic_time ();
  setlocale (LC_ALL, "");
  application = adw_application_new ("io.github.medplan.BenchBareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
