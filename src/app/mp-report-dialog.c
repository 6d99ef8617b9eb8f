/* mp-report-dialog.c — the report dialog (issue #6): choose the unit and
 * the period, see the pages as they will print, then Save as PDF (written
 * in a worker thread from a store of its own, so the window never waits)
 * or Print (GtkPrintOperation drawing the same pages). The preview's
 * report is made on the main thread from the window's store; making one
 * takes milliseconds. */
#include "mp-report-dialog.h"

#include <glib/gi18n.h>

#include "mp-report-page-view.h"

/* How many past years the period list offers besides the current one. */
#define PAST_YEARS 5

struct _MpReportDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwComboRow     *unit_row;
  AdwComboRow     *period_row;
  GtkStack        *stack;
  GtkBox          *pages_box;
  AdwStatusPage   *error_page;

  MpStore         *store;        /* the window's, for the preview */
  char            *db_path;
  GPtrArray       *unit_codes;   /* char*, parallel to the unit row */
  GPtrArray       *period_codes; /* char*, parallel to the period row */
  MpReport        *report;       /* shown, or NULL */
  char            *error;
  GCancellable    *saving;       /* the PDF being written, or NULL */
  gboolean         filling;      /* the rows being filled: no report yet */
};

G_DEFINE_FINAL_TYPE (MpReportDialog, mp_report_dialog, ADW_TYPE_WINDOW)

static const char *
code_at (GPtrArray *codes,
         guint      position)
{
  if (codes == NULL || position == GTK_INVALID_LIST_POSITION || position >= codes->len)
    return NULL;
  return g_ptr_array_index (codes, position);
}

static void
update_actions (MpReportDialog *self)
{
  gboolean ready = self->report != NULL && self->saving == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", ready);
}

static void
clear_pages (MpReportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box))) != NULL)
    gtk_box_remove (self->pages_box, child);
}

static void
show_error (MpReportDialog *self,
            const char     *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* Makes the report of the unit and period chosen, and its preview. */
static void
make_report (MpReportDialog *self)
{
  const char *unit = code_at (self->unit_codes, adw_combo_row_get_selected (self->unit_row));
  const char *period = code_at (self->period_codes, adw_combo_row_get_selected (self->period_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n_pages;

  g_clear_object (&self->report);
  g_clear_pointer (&self->error, g_free);
  clear_pages (self);
  if (self->store == NULL || unit == NULL || period == NULL)
    {
      show_error (self, self->store == NULL ? _("No database is open.")
                                            : _("The database holds no unit to report on."));
      update_actions (self);
      return;
    }
  self->report = mp_report_new (self->store, unit, period, &error);
  if (self->report == NULL)
    {
      show_error (self, error->message);
      update_actions (self);
      return;
    }
  n_pages = mp_report_get_n_pages (self->report);
  for (guint i = 0; i < n_pages; i++)
    gtk_box_append (self->pages_box, mp_report_page_view_new (self->report, i));
  title = mp_report_get_title (self->report);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_actions (self);
}

static void
choice_changed_cb (MpReportDialog *self)
{
  if (!self->filling)
    make_report (self);
}

/* ---- Save as PDF ---- */

typedef struct {
  char *db_path;
  char *unit;
  char *period;
  char *path;
} SaveJob;

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_free (job->db_path);
  g_free (job->unit);
  g_free (job->period);
  g_free (job->path);
  g_free (job);
}

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  SaveJob *job = data;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpReport) report = NULL;
  GError *error = NULL;

  store = mp_store_open (job->db_path, MP_STORE_OPEN_READ_ONLY, &error);
  if (store != NULL)
    report = mp_report_new (store, job->unit, job->period, &error);
  if (report != NULL && mp_report_write_pdf (report, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  MpReportDialog *self = MP_REPORT_DIALOG (source);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (job->path);
  g_autofree char *text = NULL;

  g_clear_object (&self->saving);
  gtk_stack_set_visible_child_name (self->stack, self->report != NULL ? "preview" : "error");
  update_actions (self);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    /* TRANSLATORS: a toast after the report was saved; %s is the file name */
    text = g_strdup_printf (_("The report was saved as “%s”."), name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  else
    text = g_strdup (error->message);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

void
mp_report_dialog_save_to (MpReportDialog *self,
                          const char     *path)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (MP_IS_REPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  if (self->report == NULL || self->saving != NULL || self->db_path == NULL)
    return;
  job = g_new0 (SaveJob, 1);
  job->db_path = g_strdup (self->db_path);
  job->unit = g_strdup (mp_report_get_unit (self->report));
  job->period = g_strdup (mp_report_get_period (self->report));
  job->path = g_strdup (path);
  self->saving = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "saving");
  update_actions (self);
  task = g_task_new (self, self->saving, saved_cb, NULL);
  g_task_set_task_data (task, job, save_job_free);
  g_task_run_in_thread (task, save_in_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  MpReportDialog *self = MP_REPORT_DIALOG (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL && g_file_peek_path (file) != NULL)
    mp_report_dialog_save_to (self, g_file_peek_path (file));
  g_object_unref (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpReportDialog *self = MP_REPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save the Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  title = mp_report_get_title (self->report);
  g_strdelimit (title, "/\\:", '-');
  name = g_strconcat (title, ".pdf", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Print ---- */

/* The report's A4 pages on the paper of the printer: scaled down when it
 * is smaller (Letter), never up. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              MpReport          *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / MP_REPORT_PAGE_WIDTH,
                      gtk_print_context_get_height (context) / MP_REPORT_PAGE_HEIGHT);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  mp_report_draw_page (report, cr, page);
  cairo_restore (cr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MpReportDialog          *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

GtkPrintOperationResult
mp_report_dialog_print (MpReportDialog          *self,
                        GtkPrintOperationAction  action,
                        const char              *export_path,
                        GError                 **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), GTK_PRINT_OPERATION_RESULT_ERROR);

  if (self->report == NULL)
    return GTK_PRINT_OPERATION_RESULT_CANCEL;
  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The pages have their own margins. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_n_pages (operation, (int) mp_report_get_n_pages (self->report));
  title = mp_report_get_title (self->report);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  /* The operation keeps the report it draws, whatever the dialog does. */
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_object_ref (self->report), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  gtk_print_operation_set_allow_async (operation, action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
  return gtk_print_operation_run (operation, action, GTK_WINDOW (self), error);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MpReportDialog *self = MP_REPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (mp_report_dialog_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* ---- The dialog ---- */

static void
mp_report_dialog_dispose (GObject *object)
{
  MpReportDialog *self = MP_REPORT_DIALOG (object);

  if (self->saving != NULL)
    g_cancellable_cancel (self->saving);
  g_clear_object (&self->report);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_REPORT_DIALOG);

  G_OBJECT_CLASS (mp_report_dialog_parent_class)->dispose (object);
}

static void
mp_report_dialog_finalize (GObject *object)
{
  MpReportDialog *self = MP_REPORT_DIALOG (object);

  g_clear_object (&self->saving);
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  g_clear_pointer (&self->period_codes, g_ptr_array_unref);
  g_free (self->db_path);
  g_free (self->error);

  G_OBJECT_CLASS (mp_report_dialog_parent_class)->finalize (object);
}

static void
mp_report_dialog_class_init (MpReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_report_dialog_dispose;
  object_class->finalize = mp_report_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpReportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MpReportDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MpReportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, MpReportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MpReportDialog, pages_box);
  gtk_widget_class_bind_template_child (widget_class, MpReportDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "report.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_report_dialog_init (MpReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->unit_codes = g_ptr_array_new_with_free_func (g_free);
  self->period_codes = g_ptr_array_new_with_free_func (g_free);
  update_actions (self);
}

/* The half-years and years a report covers, the current half-year first,
 * back PAST_YEARS years (Circular 37/2019/TT-BYT: 1 January–30 June and
 * 1 July–31 December). */
static void
fill_periods (MpReportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int year = g_date_time_get_year (now);
  gboolean second_half = g_date_time_get_month (now) > 6;

  for (int y = year; y >= year - PAST_YEARS; y--)
    {
      g_autofree char *s2 = NULL, *s1 = NULL, *whole = NULL;

      if (y < year || second_half)
        {
          /* TRANSLATORS: a reporting period: "Second half of 2026" */
          s2 = g_strdup_printf (_("Second half of %d"), y);
          gtk_string_list_append (labels, s2);
          g_ptr_array_add (self->period_codes, g_strdup_printf ("%dS2", y));
        }
      /* TRANSLATORS: a reporting period: "First half of 2026" */
      s1 = g_strdup_printf (_("First half of %d"), y);
      gtk_string_list_append (labels, s1);
      g_ptr_array_add (self->period_codes, g_strdup_printf ("%dS1", y));
      /* TRANSLATORS: a reporting period: the whole year, "Year 2026" */
      whole = g_strdup_printf (_("Year %d"), y);
      gtk_string_list_append (labels, whole);
      g_ptr_array_add (self->period_codes, g_strdup_printf ("%d", y));
    }
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->period_row, 0);
}

/* Every unit but the communes; the one the window shows is chosen. */
static void
fill_units (MpReportDialog *self,
            const char     *shown)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  if (self->store == NULL)
    return;
  units = mp_store_list_units (self->store, &error);
  if (units == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *row = g_ptr_array_index (units, i);

      if (g_strcmp0 (row->level, "commune") == 0)
        continue;
      if (g_strcmp0 (row->code, shown) == 0)
        selected = self->unit_codes->len;
      gtk_string_list_append (labels, row->name);
      g_ptr_array_add (self->unit_codes, g_strdup (row->code));
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->unit_row, selected);
}

MpReportDialog *
mp_report_dialog_new (MpWindow *window)
{
  MpReportDialog *self;
  MpStore *store;

  g_return_val_if_fail (MP_IS_WINDOW (window), NULL);

  self = g_object_new (MP_TYPE_REPORT_DIALOG,
                       "transient-for", window,
                       "destroy-with-parent", TRUE,
                       NULL);
  store = mp_window_get_store (window);
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->db_path = g_strdup (mp_store_get_path (store));
    }
  self->filling = TRUE;
  fill_units (self, mp_window_get_unit (window));
  fill_periods (self);
  self->filling = FALSE;
  make_report (self);
  return self;
}

MpReport *
mp_report_dialog_get_report (MpReportDialog *self)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), NULL);
  return self->report;
}

const char *
mp_report_dialog_get_state (MpReportDialog *self)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
mp_report_dialog_get_error (MpReportDialog *self)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), NULL);
  return self->error;
}

AdwComboRow *
mp_report_dialog_get_unit_row (MpReportDialog *self)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), NULL);
  return self->unit_row;
}

AdwComboRow *
mp_report_dialog_get_period_row (MpReportDialog *self)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), NULL);
  return self->period_row;
}

const char *
mp_report_dialog_get_code (MpReportDialog *self,
                           AdwComboRow    *row,
                           guint           position)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), NULL);
  if (row == self->unit_row)
    return code_at (self->unit_codes, position);
  if (row == self->period_row)
    return code_at (self->period_codes, position);
  return NULL;
}

GtkWidget *
mp_report_dialog_get_pages_box (MpReportDialog *self)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), NULL);
  return GTK_WIDGET (self->pages_box);
}

gboolean
mp_report_dialog_is_busy (MpReportDialog *self)
{
  g_return_val_if_fail (MP_IS_REPORT_DIALOG (self), FALSE);
  return self->saving != NULL;
}
