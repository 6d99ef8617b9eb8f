/* mp-import-dialog.c — importing an XML file: check (a dry run), show what
 * the check found, import on confirmation.
 *
 * Both runs happen in a worker thread on a store of their own, opened on
 * the same file as the window's: the window's store is never touched from
 * the thread; the progress is shown without the window ever waiting for
 * the import (mp-progress-task.c). */
#include "mp-import-dialog.h"

#include <glib/gi18n.h>

#include "mp-error.h"
#include "mp-progress-task.h"
#include "mp-types.h"

/* One run: what the worker needs, and its report. */
typedef struct {
  char           *db_path;
  char           *path;
  gboolean        dry_run;
  MpImportReport *report;
  gboolean        imported;  /* a real import went through */
} Job;

struct _MpImportDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *cancel_button;
  GtkWidget      *import_button;
  GtkStack       *stack;
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;
  GtkWidget      *summary_box;
  GtkLabel       *format_label;
  GtkGrid        *counts_grid;
  GtkLabel       *summary_label;
  GtkLabel       *problems_label;
  GtkWidget      *errors_scroller;
  GtkLabel       *errors_label;
  AdwStatusPage  *failed_page;

  MpWindow       *window;       /* weak */
  char           *path;
  char           *display_name;
  char           *db_path;
  MpImportReport *report;
  MpProgressTask *task;
  const char     *state;
  gboolean        closed;
};

G_DEFINE_FINAL_TYPE (MpImportDialog, mp_import_dialog, ADW_TYPE_WINDOW)

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_clear_pointer (&job->report, mp_import_report_free);
  g_free (job);
}

/* ---- The worker ---- */

/* Runs on the worker thread. A file with errors is no failure here: the
 * report tells them. */
static gboolean
import_job (gpointer       data,
            MpProgressFunc progress,
            gpointer       progress_data,
            GCancellable  *cancellable,
            GError       **error)
{
  Job *job = data;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MpStore) store = mp_store_open (job->db_path, MP_STORE_OPEN_DEFAULT, error);

  if (store == NULL)
    return FALSE;
  if (mp_store_import_with_progress (store, job->path, MP_FORMAT_AUTO, job->dry_run, job->report,
                                     progress, progress_data, cancellable, &local_error))
    job->imported = !job->dry_run;
  else if (mp_import_report_get_n_errors (job->report) == 0 && !g_cancellable_is_cancelled (cancellable))
    {
      /* Not the file's fault: the database cannot be used. */
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* ---- The phases ---- */

static void
set_state (MpImportDialog *self,
           const char     *state)
{
  self->state = state;
}

static void
close_dialog (MpImportDialog *self)
{
  if (self->closed)
    return;
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_failed (MpImportDialog *self,
             const char     *message)
{
  set_state (self, "failed");
  adw_status_page_set_description (self->failed_page, message);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_widget_set_visible (self->import_button, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
}

static const char *
format_label (MpFormat format)
{
  switch (format)
    {
    case MP_FORMAT_NATIVE: return _("Medplan (native)");
    case MP_FORMAT_ADX:    return _("IHE ADX");
    case MP_FORMAT_DHIS2:  return _("DHIS2 data value set");
    default:               return _("unknown");
    }
}

static const char *
table_label (MpTable table)
{
  switch (table)
    {
    case MP_TABLE_DOCUMENT:        return _("Documents");
    case MP_TABLE_UNIT:            return _("Units");
    case MP_TABLE_UNIT_SUCCESSION: return _("Unit successions");
    case MP_TABLE_POPULATION:      return _("Populations");
    case MP_TABLE_INDICATOR:       return _("Indicators");
    case MP_TABLE_TARGET:          return _("Targets");
    case MP_TABLE_OBSERVATION:     return _("Observations");
    case MP_TABLE_FACILITY:        return _("Facilities");
    case MP_TABLE_STAFFING:        return _("Staffing");
    case MP_TABLE_TRAINING:        return _("Training plans");
    case MP_TABLE_TRANSFER:        return _("Transfers");
    default:                       return "?";
    }
}

static void
grid_label (MpImportDialog *self,
            const char     *text,
            int             column,
            int             row,
            gboolean        heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0f : 1.0f);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->counts_grid, label, column, row, 1, 1);
}

static void
fill_counts (MpImportDialog *self)
{
  GtkWidget *child;
  int row = 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_grid))) != NULL)
    gtk_grid_remove (self->counts_grid, child);

  grid_label (self, _("Table"), 0, 0, TRUE);
  grid_label (self, _("Added"), 1, 0, TRUE);
  grid_label (self, _("Updated"), 2, 0, TRUE);
  grid_label (self, _("Unchanged"), 3, 0, TRUE);
  for (MpTable t = 0; t < MP_N_TABLES; t++)
    {
      const MpCounts *c = mp_import_report_get_counts (self->report, t);
      guint64 values[3] = { c->added, c->updated, c->unchanged };

      if (c->added + c->updated + c->unchanged == 0)
        continue;
      grid_label (self, table_label (t), 0, row, FALSE);
      for (int i = 0; i < 3; i++)
        {
          g_autofree char *text = mp_format_value ((double) values[i], 0);
          grid_label (self, text, i + 1, row, FALSE);
        }
      row++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->counts_grid), row > 1);
}

/* The summary of the check, with the problems if there are any. */
static void
show_summary (MpImportDialog *self)
{
  guint n_errors = mp_import_report_get_n_errors (self->report);
  g_autofree char *format = g_strdup_printf (_("Format: %s"),
                                             format_label (mp_import_report_get_format (self->report)));
  g_autofree char *summary = mp_import_report_summary (self->report);

  gtk_label_set_text (self->format_label, format);
  fill_counts (self);
  gtk_stack_set_visible_child_name (self->stack, "summary");

  if (n_errors > 0)
    {
      GPtrArray *messages = mp_import_report_get_messages (self->report);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "The file has %u problem; nothing was imported.",
                                                                "The file has %u problems; nothing was imported.",
                                                                n_errors),
                                                   n_errors);

      set_state (self, "problems");
      for (guint i = 0; i < messages->len; i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, g_ptr_array_index (messages, i));
        }
      if (n_errors > messages->len)
        {
          guint more = n_errors - messages->len;
          g_string_append_c (text, '\n');
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                                     "… and %u more problems", more), more);
        }
      gtk_label_set_text (self->problems_label, problems);
      gtk_label_set_text (self->errors_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->problems_label), TRUE);
      gtk_widget_set_visible (self->errors_scroller, TRUE);
      gtk_widget_set_visible (self->import_button, FALSE);
      gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
      gtk_widget_grab_focus (self->cancel_button);
    }
  else
    {
      set_state (self, "summary");
      gtk_label_set_text (self->summary_label, summary);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->problems_label), FALSE);
      gtk_widget_set_visible (self->errors_scroller, FALSE);
      gtk_widget_set_visible (self->import_button, TRUE);
      gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
      gtk_widget_grab_focus (self->import_button);
    }
}

/* The import went through: the pages reload, a toast says what changed. */
static void
finish_import (MpImportDialog *self)
{
  g_autofree char *summary = mp_import_report_summary (self->report);
  g_autofree char *text = g_strdup_printf (_("Imported “%s”. %s"), self->display_name, summary);

  set_state (self, "done");
  if (self->window != NULL)
    {
      MpStore *store = mp_window_get_store (self->window);

      /* The window may show another database by now. */
      if (store != NULL && g_strcmp0 (mp_store_get_path (store), self->db_path) == 0)
        mp_store_notify_changed (store, NULL, NULL, "import");
      mp_window_add_toast (self->window, adw_toast_new (text));
    }
  close_dialog (self);
}

static void
run_done (gpointer      owner,
          gpointer      data,
          gboolean      ok,
          const GError *error)
{
  MpImportDialog *self = owner;
  Job *job = data;

  g_clear_pointer (&self->report, mp_import_report_free);
  self->report = g_steal_pointer (&job->report);

  if (ok && job->imported)
    /* Written, even if Cancel came too late: the pages must show it. */
    finish_import (self);
  else if (self->closed || mp_progress_task_is_cancelled (self->task))
    {
      set_state (self, "cancelled");
      close_dialog (self);
    }
  else if (!ok)
    show_failed (self, error->message);
  else
    show_summary (self);
}

static void
start_run (MpImportDialog *self,
           gboolean        dry_run)
{
  g_autofree char *text = NULL;
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (self->db_path);
  job->path = g_strdup (self->path);
  job->dry_run = dry_run;
  job->report = mp_import_report_new (self->display_name);

  set_state (self, dry_run ? "checking" : "importing");
  text = g_strdup_printf (dry_run ? _("Checking “%s”…") : _("Importing “%s”…"), self->display_name);
  gtk_label_set_text (self->progress_label, text);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_visible (self->import_button, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Cancel"));

  mp_progress_task_start (self->task, G_OBJECT (self), job, job_free, import_job, run_done);
}

/* ---- Buttons ---- */

static void
cancel_clicked_cb (MpImportDialog *self)
{
  if (mp_progress_task_is_busy (self->task))
    {
      set_state (self, "cancelled");
      mp_progress_task_cancel (self->task);
    }
  close_dialog (self);
}

static void
import_clicked_cb (MpImportDialog *self)
{
  if (mp_progress_task_is_busy (self->task) || g_strcmp0 (self->state, "summary") != 0)
    return;
  start_run (self, FALSE);
}

static gboolean
close_request_cb (GtkWindow      *window,
                  MpImportDialog *self)
{
  if (mp_progress_task_is_busy (self->task))
    {
      set_state (self, "cancelled");
      mp_progress_task_cancel (self->task);
    }
  self->closed = TRUE;
  return FALSE;
}

/* ---- GObject ---- */

static void
mp_import_dialog_dispose (GObject *object)
{
  MpImportDialog *self = MP_IMPORT_DIALOG (object);

  self->closed = TRUE;
  mp_progress_task_stop (self->task);
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (mp_import_dialog_parent_class)->dispose (object);
}

static void
mp_import_dialog_finalize (GObject *object)
{
  MpImportDialog *self = MP_IMPORT_DIALOG (object);

  g_clear_pointer (&self->report, mp_import_report_free);
  g_clear_pointer (&self->task, mp_progress_task_free);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self->db_path);

  G_OBJECT_CLASS (mp_import_dialog_parent_class)->finalize (object);
}

static void
mp_import_dialog_class_init (MpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_import_dialog_dispose;
  object_class->finalize = mp_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, summary_box);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, format_label);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, counts_grid);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, errors_scroller);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, errors_label);
  gtk_widget_class_bind_template_child (widget_class, MpImportDialog, failed_page);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);

  /* Escape closes (and so cancels) like the Cancel button. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_import_dialog_init (MpImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->task = mp_progress_task_new (self->progress_bar);
  self->state = "checking";
}

MpImportDialog *
mp_import_dialog_new (MpWindow *window,
                      GFile    *file)
{
  MpImportDialog *self;
  MpStore *store;

  g_return_val_if_fail (MP_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (MP_TYPE_IMPORT_DIALOG,
                       "transient-for", window,
                       "destroy-with-parent", TRUE,
                       NULL);
  g_set_weak_pointer (&self->window, window);
  self->path = g_file_get_path (file);
  if (self->path != NULL)
    self->display_name = g_filename_display_basename (self->path);
  else
    self->display_name = g_file_get_parse_name (file);
  adw_window_title_set_subtitle (self->window_title, self->display_name);

  store = mp_window_get_store (window);
  if (self->path == NULL)
    show_failed (self, _("Only files on this computer can be imported. Copy the file to a local folder first."));
  else if (store == NULL)
    show_failed (self, _("No database is open to import into."));
  else
    {
      self->db_path = g_strdup (mp_store_get_path (store));
      start_run (self, TRUE);
    }
  return self;
}

const char *
mp_import_dialog_get_state (MpImportDialog *self)
{
  g_return_val_if_fail (MP_IS_IMPORT_DIALOG (self), NULL);
  return self->state;
}

gboolean
mp_import_dialog_is_busy (MpImportDialog *self)
{
  g_return_val_if_fail (MP_IS_IMPORT_DIALOG (self), FALSE);
  return mp_progress_task_is_busy (self->task);
}

MpImportReport *
mp_import_dialog_get_report (MpImportDialog *self)
{
  g_return_val_if_fail (MP_IS_IMPORT_DIALOG (self), NULL);
  return self->report;
}

GtkWidget *
mp_import_dialog_get_import_button (MpImportDialog *self)
{
  g_return_val_if_fail (MP_IS_IMPORT_DIALOG (self), NULL);
  return self->import_button;
}

GtkWidget *
mp_import_dialog_get_cancel_button (MpImportDialog *self)
{
  g_return_val_if_fail (MP_IS_IMPORT_DIALOG (self), NULL);
  return self->cancel_button;
}

GtkProgressBar *
mp_import_dialog_get_progress_bar (MpImportDialog *self)
{
  g_return_val_if_fail (MP_IS_IMPORT_DIALOG (self), NULL);
  return self->progress_bar;
}

GtkWidget *
mp_import_dialog_get_summary (MpImportDialog *self)
{
  g_return_val_if_fail (MP_IS_IMPORT_DIALOG (self), NULL);
  return self->summary_box;
}
