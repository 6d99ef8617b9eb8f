/* mp-first-frame.h — the hook of the start-up benchmark (bench/bench-startup):
 * with MEDPLAN_BENCH_FIRST_FRAME set, the application prints when its first
 * window has painted its first frame, and quits. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Call first thing in main(), before g_application_run(). Does nothing
 * unless MEDPLAN_BENCH_FIRST_FRAME is set in the environment:
 *
 *   MEDPLAN_BENCH_FIRST_FRAME=1           after the first frame of the first
 *                                         window: prints "first-frame-ms N"
 *                                         (ms since this call) and quits;
 *   MEDPLAN_BENCH_FIRST_FRAME=facilities  the same, then shows the
 *                                         Facilities page ("win.show-page")
 *                                         and, after its first frame, prints
 *                                         "facilities-frame-ms N" and quits.
 *
 * The lines go to standard output, flushed at once. */
void mp_first_frame_watch (GtkApplication *application);

G_END_DECLS
