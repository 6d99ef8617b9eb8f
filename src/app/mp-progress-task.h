/* mp-progress-task.h — what the import and export dialogs share: a job run
 * on a worker thread (on a store of its own, never the window's), its
 * progress shown on a GtkProgressBar through an idle callback (at most one
 * queued at a time, so the window never waits for the worker), Cancel, and
 * the application held until the thread is done (and has rolled back when
 * cancelled), even if every window closes meanwhile.
 *
 * Main thread only, except the MpProgressWork, which runs on the worker.
 * The owner (a dialog) keeps the task from its init to its finalize, calls
 * mp_progress_task_stop() on dispose, and is referenced during a run. */
#pragma once

#include <gtk/gtk.h>

#include "mp-exchange.h"

G_BEGIN_DECLS

typedef struct _MpProgressTask MpProgressTask;

/* Runs on the worker thread: does `job`, reporting through `progress`. */
typedef gboolean (*MpProgressWork) (gpointer       job,
                                    MpProgressFunc progress,
                                    gpointer       progress_data,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* Runs on the main thread when the work is over, with what it returned;
 * `job` is freed after. */
typedef void     (*MpProgressDone) (gpointer       owner,
                                    gpointer       job,
                                    gboolean       ok,
                                    const GError  *error);

MpProgressTask *mp_progress_task_new          (GtkProgressBar *bar);
void            mp_progress_task_free         (MpProgressTask *self);

/* Starts `work` on a worker thread, the bar at 0; FALSE (and nothing
 * started) while another run is busy. `done` gets `owner` back. */
gboolean        mp_progress_task_start        (MpProgressTask *self,
                                               GObject        *owner,
                                               gpointer        job,
                                               GDestroyNotify  job_free,
                                               MpProgressWork  work,
                                               MpProgressDone  done);
gboolean        mp_progress_task_is_busy      (MpProgressTask *self);
/* Asks the running work to stop; it still ends through `done`. */
void            mp_progress_task_cancel       (MpProgressTask *self);
gboolean        mp_progress_task_is_cancelled (MpProgressTask *self);
/* Cancels and forgets the bar (for the owner's dispose). */
void            mp_progress_task_stop         (MpProgressTask *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpProgressTask, mp_progress_task_free)

G_END_DECLS
