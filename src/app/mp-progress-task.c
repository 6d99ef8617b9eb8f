/* mp-progress-task.c — a worker thread for a dialog, with progress, Cancel
 * and the application held while it runs. */
#include "mp-progress-task.h"

/* Shared between the main thread and the worker: the progress in
 * thousandths and whether an idle callback is queued. `bar` is read and
 * written on the main thread only (a weak pointer, cleared on stop). */
typedef struct {
  int             permille;
  int             pending;
  GtkProgressBar *bar;
} Progress;

struct _MpProgressTask
{
  Progress     *progress;
  GCancellable *cancellable;
  GApplication *held;   /* while a thread runs */
  gboolean      busy;
};

/* One run: the task data of its GTask. */
typedef struct {
  MpProgressTask *task;   /* lives as long as the owner, referenced by the run */
  gpointer        job;
  GDestroyNotify  job_free;
  MpProgressWork  work;
  MpProgressDone  done;
  Progress       *progress;
} Run;

static void
progress_clear (Progress *progress)
{
  g_clear_weak_pointer (&progress->bar);
}

static void
run_free (gpointer data)
{
  Run *run = data;

  if (run->job_free != NULL)
    run->job_free (run->job);
  g_atomic_rc_box_release_full (run->progress, (GDestroyNotify) progress_clear);
  g_free (run);
}

static gboolean
progress_idle_cb (gpointer data)
{
  Progress *progress = data;

  g_atomic_int_set (&progress->pending, 0);
  if (progress->bar != NULL)
    gtk_progress_bar_set_fraction (progress->bar, g_atomic_int_get (&progress->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

static void
progress_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, (GDestroyNotify) progress_clear);
}

/* Runs on the worker thread. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_atomic_int_set (&progress->permille, (int) (fraction * 1000.0));
  if (g_atomic_int_compare_and_exchange (&progress->pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, progress_idle_cb, g_atomic_rc_box_acquire (progress),
                     progress_release);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Run *run = task_data;
  g_autoptr(GError) error = NULL;

  if (!run->work (run->job, progress_cb, run->progress, cancellable, &error))
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "Failed");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Run *run = g_task_get_task_data (G_TASK (result));
  MpProgressTask *self = run->task;
  g_autoptr(GObject) owner = user_data;  /* the reference of the run */
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  self->busy = FALSE;
  if (self->held != NULL)
    {
      g_application_release (self->held);
      g_clear_object (&self->held);
    }
  run->done (owner, run->job, ok, error);
}

MpProgressTask *
mp_progress_task_new (GtkProgressBar *bar)
{
  MpProgressTask *self;

  g_return_val_if_fail (GTK_IS_PROGRESS_BAR (bar), NULL);
  self = g_new0 (MpProgressTask, 1);
  self->progress = g_atomic_rc_box_new0 (Progress);
  g_set_weak_pointer (&self->progress->bar, bar);
  self->cancellable = g_cancellable_new ();
  return self;
}

void
mp_progress_task_stop (MpProgressTask *self)
{
  g_return_if_fail (self != NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->progress->bar);
}

void
mp_progress_task_free (MpProgressTask *self)
{
  if (self == NULL)
    return;
  /* A run references its owner, so none is running here. */
  g_warn_if_fail (!self->busy);
  mp_progress_task_stop (self);
  g_atomic_rc_box_release_full (self->progress, (GDestroyNotify) progress_clear);
  g_clear_object (&self->cancellable);
  g_free (self);
}

gboolean
mp_progress_task_start (MpProgressTask *self,
                        GObject        *owner,
                        gpointer        job,
                        GDestroyNotify  job_free,
                        MpProgressWork  work,
                        MpProgressDone  done)
{
  g_autoptr(GTask) task = NULL;
  Run *run;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (work != NULL && done != NULL, FALSE);

  if (self->busy)
    {
      if (job_free != NULL)
        job_free (job);
      return FALSE;
    }
  run = g_new0 (Run, 1);
  run->task = self;
  run->job = job;
  run->job_free = job_free;
  run->work = work;
  run->done = done;
  run->progress = g_atomic_rc_box_acquire (self->progress);
  g_atomic_int_set (&self->progress->permille, 0);
  if (self->progress->bar != NULL)
    gtk_progress_bar_set_fraction (self->progress->bar, 0.0);

  self->busy = TRUE;
  g_set_object (&self->held, g_application_get_default ());
  if (self->held != NULL)
    g_application_hold (self->held);
  task = g_task_new (NULL, self->cancellable, run_done_cb, g_object_ref (owner));
  g_task_set_task_data (task, run, run_free);
  g_task_run_in_thread (task, run_in_thread);
  return TRUE;
}

gboolean
mp_progress_task_is_busy (MpProgressTask *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->busy;
}

void
mp_progress_task_cancel (MpProgressTask *self)
{
  g_return_if_fail (self != NULL);
  g_cancellable_cancel (self->cancellable);
}

gboolean
mp_progress_task_is_cancelled (MpProgressTask *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return g_cancellable_is_cancelled (self->cancellable);
}
