/* mp-first-frame.c — the hook of the start-up benchmark. It waits for the
 * application's first window, and on that window's frame clock for the
 * first "after-paint": the moment the first frame has been drawn. It prints
 * the time since mp_first_frame_watch() was called (about the start of
 * main()); the benchmark measures from fork() as well. Nothing here runs
 * unless MEDPLAN_BENCH_FIRST_FRAME is set. */
#include "mp-first-frame.h"

#include <stdio.h>

typedef struct
{
  GtkApplication *application;  /* unowned: it outlives the run */
  GtkWindow      *window;       /* unowned; weak */
  GdkFrameClock  *clock;        /* owned while connected */
  gulong          paint_id;
  gint64          start_us;
  gboolean        then_facilities;
  gboolean        facilities_shown;
} FirstFrame;

static FirstFrame watch;

static void
print_ms (const char *figure)
{
  printf ("%s %.1f\n", figure, (g_get_monotonic_time () - watch.start_us) / 1000.0);
  fflush (stdout);
}

static void
disconnect_clock (void)
{
  if (watch.clock != NULL)
    {
      g_clear_signal_handler (&watch.paint_id, watch.clock);
      g_clear_object (&watch.clock);
    }
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (!watch.then_facilities || watch.facilities_shown)
    {
      print_ms (watch.facilities_shown ? "facilities-frame-ms" : "first-frame-ms");
      disconnect_clock ();
      g_application_quit (G_APPLICATION (watch.application));
      return;
    }

  print_ms ("first-frame-ms");
  watch.facilities_shown = TRUE;
  /* The page is drawn in a later frame; this handler stays for it. */
  if (watch.window == NULL)
    {
      g_application_quit (G_APPLICATION (watch.application));
      return;
    }
  if (G_IS_ACTION_GROUP (watch.window))
    g_action_group_activate_action (G_ACTION_GROUP (watch.window), "show-page",
                                    g_variant_new_string ("facilities"));
  gtk_widget_queue_draw (GTK_WIDGET (watch.window));
}

static void
realize_cb (GtkWidget *widget,
            gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, realize_cb, user_data);
  if (clock == NULL)
    {
      g_warning ("MEDPLAN_BENCH_FIRST_FRAME: the window has no frame clock");
      return;
    }
  watch.clock = g_object_ref (clock);
  watch.paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  g_signal_handlers_disconnect_by_func (application, window_added_cb, user_data);
  watch.window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &watch.window);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window), NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}

static void
shutdown_cb (GApplication *application,
             gpointer      user_data)
{
  disconnect_clock ();
  if (watch.window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (watch.window), (gpointer *) &watch.window);
  watch.window = NULL;
}

void
mp_first_frame_watch (GtkApplication *application)
{
  const char *mode = g_getenv ("MEDPLAN_BENCH_FIRST_FRAME");

  g_return_if_fail (GTK_IS_APPLICATION (application));

  if (mode == NULL || *mode == '\0' || g_str_equal (mode, "0"))
    return;
  watch.start_us = g_get_monotonic_time ();
  watch.application = application;
  watch.then_facilities = g_str_equal (mode, "facilities");
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);
  g_signal_connect (application, "shutdown", G_CALLBACK (shutdown_cb), NULL);
}
