/* mp-export-dialog.c — exporting the database: the choices, the file, and
 * the export in a worker thread on a store of its own (never the
 * window's), with its progress shown (mp-progress-task.c). Besides the
 * three XML formats it writes one table (targets, facilities, training,
 * transfers) as a spreadsheet, XLSX or CSV (mp-table-export.h). */
#include "mp-export-dialog.h"

#include <glib/gi18n.h>

#include "mp-judge.h"
#include "mp-progress-task.h"
#include "mp-table-export.h"

typedef struct {
  char          *db_path;
  char          *path;
  MpFormat       format;
  char          *unit;
  char          *period;
  gboolean       spreadsheet;  /* a table, not XML: */
  MpTableKind    table;
  MpTableFormat  table_format;
} Job;

struct _MpExportDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  GtkWidget      *cancel_button;
  GtkWidget      *export_button;
  GtkStack       *stack;
  AdwComboRow    *format_row;
  AdwComboRow    *table_row;
  AdwComboRow    *unit_row;
  AdwEntryRow    *period_row;
  GtkLabel       *error_label;
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;

  MpWindow       *window;      /* weak */
  char           *db_path;
  GPtrArray      *unit_codes;  /* of char*, [0] NULL = all */
  MpProgressTask *task;
  GtkNativeDialog *chooser;
  const char     *state;
  gboolean        closed;
};

G_DEFINE_FINAL_TYPE (MpExportDialog, mp_export_dialog, ADW_TYPE_WINDOW)

/* The entries of the format row: the XML formats, then the spreadsheets. */
static const MpFormat formats[] = { MP_FORMAT_NATIVE, MP_FORMAT_ADX, MP_FORMAT_DHIS2 };
static const MpTableFormat table_formats[] = { MP_TABLE_FORMAT_XLSX, MP_TABLE_FORMAT_CSV };
/* The entries of the table row. */
static const MpTableKind tables[] = {
  MP_TABLE_KIND_TARGETS, MP_TABLE_KIND_FACILITIES, MP_TABLE_KIND_TRAINING, MP_TABLE_KIND_TRANSFERS,
};

/* The spreadsheet format chosen, or FALSE for an XML one. */
static gboolean
chosen_table_format (MpExportDialog *self,
                     MpTableFormat  *format)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  if (selected < G_N_ELEMENTS (formats) || selected - G_N_ELEMENTS (formats) >= G_N_ELEMENTS (table_formats))
    return FALSE;
  if (format != NULL)
    *format = table_formats[selected - G_N_ELEMENTS (formats)];
  return TRUE;
}

static MpTableKind
chosen_table (MpExportDialog *self)
{
  return tables[MIN (adw_combo_row_get_selected (self->table_row), G_N_ELEMENTS (tables) - 1)];
}

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_free (job->unit);
  g_free (job->period);
  g_free (job);
}

/* Runs on the worker thread. */
static gboolean
export_job (gpointer       data,
            MpProgressFunc progress,
            gpointer       progress_data,
            GCancellable  *cancellable,
            GError       **error)
{
  Job *job = data;
  g_autoptr(MpStore) store = mp_store_open (job->db_path, MP_STORE_OPEN_DEFAULT, error);
  MpExportFilter filter = { job->unit, job->period };

  if (store != NULL && job->spreadsheet)
    return mp_table_export (store, job->table, job->unit, job->path, job->table_format, NULL, error);
  return store != NULL &&
         mp_store_export_with_progress (store, job->path, job->format, &filter, progress, progress_data,
                                        cancellable, error);
}

static void
close_dialog (MpExportDialog *self)
{
  if (self->closed)
    return;
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_error (MpExportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
show_form (MpExportDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_widget_set_sensitive (self->export_button, TRUE);
}

static void
run_done (gpointer      owner,
          gpointer      data,
          gboolean      ok,
          const GError *error)
{
  MpExportDialog *self = owner;
  Job *job = data;

  if (!ok && (self->closed || mp_progress_task_is_cancelled (self->task)))
    {
      self->state = "cancelled";
      close_dialog (self);
    }
  else if (!ok)
    {
      self->state = "failed";
      show_form (self);
      show_error (self, error->message);
    }
  else
    {
      /* Written, even if Cancel came too late. */
      g_autofree char *name = g_filename_display_name (job->path);
      g_autofree char *text = g_strdup_printf (_("Exported to “%s”."), name);

      self->state = "done";
      if (self->window != NULL)
        mp_window_add_toast (self->window, adw_toast_new (text));
      close_dialog (self);
    }
}

/* An empty period means all; anything else must be one Medplan models.
 * Shows why at the field when it is not. */
static gboolean
check_period (MpExportDialog *self,
              const char     *period)
{
  g_autofree char *message = NULL;

  if (*period == '\0' || mp_period_is_valid (period))
    return TRUE;
  message = g_strdup_printf (_("“%s” is not a period: write a year (2025), a half (2025S1) or a quarter (2025Q3)."),
                             period);
  gtk_widget_add_css_class (GTK_WIDGET (self->period_row), "error");
  show_error (self, message);
  gtk_widget_grab_focus (GTK_WIDGET (self->period_row));
  return FALSE;
}

gboolean
mp_export_dialog_export_to (MpExportDialog *self,
                            GFile          *file)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  guint format = adw_combo_row_get_selected (self->format_row);
  guint unit = adw_combo_row_get_selected (self->unit_row);
  g_autofree char *period = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->period_row))));
  MpTableFormat table_format = MP_TABLE_FORMAT_XLSX;
  gboolean spreadsheet = chosen_table_format (self, &table_format);
  Job *job;

  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (mp_progress_task_is_busy (self->task))
    return FALSE;
  if (self->db_path == NULL)
    {
      show_error (self, _("No database is open to export."));
      return FALSE;
    }
  if (!spreadsheet && !check_period (self, period))
    return FALSE;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (self, _("Choose a file on this computer."));
      return FALSE;
    }

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (self->db_path);
  job->path = g_strdup (path);
  job->format = formats[MIN (format, G_N_ELEMENTS (formats) - 1)];
  job->unit = unit > 0 && unit < self->unit_codes->len ? g_strdup (g_ptr_array_index (self->unit_codes, unit)) : NULL;
  job->spreadsheet = spreadsheet;
  if (spreadsheet)
    {
      job->table = chosen_table (self);
      job->table_format = table_format;
      /* Only the targets are by unit; no table is by period. */
      if (job->table != MP_TABLE_KIND_TARGETS)
        g_clear_pointer (&job->unit, g_free);
    }
  else
    job->period = *period ? g_strdup (period) : NULL;

  show_error (self, NULL);
  name = g_filename_display_basename (path);
  text = g_strdup_printf (_("Exporting to “%s”…"), name);
  gtk_label_set_text (self->progress_label, text);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (self->export_button, FALSE);

  self->state = "exporting";
  return mp_progress_task_start (self->task, G_OBJECT (self), job, job_free, export_job, run_done);
}

/* ---- The file chooser ---- */

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MpExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file != NULL && !self->closed)
    mp_export_dialog_export_to (self, file);
}

static void
export_clicked_cb (MpExportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  g_autofree char *period = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->period_row))));
  MpTableFormat table_format = MP_TABLE_FORMAT_XLSX;
  gboolean spreadsheet = chosen_table_format (self, &table_format);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  if (mp_progress_task_is_busy (self->task) || self->chooser != NULL)
    return;
  /* Check the choices before asking for a file. */
  if (!spreadsheet && !check_period (self, period))
    return;
  if (spreadsheet)
    {
      g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

      name = g_strdup_printf ("medplan-%s-%s.%s", mp_table_kind_to_string (chosen_table (self)), date,
                              table_format == MP_TABLE_FORMAT_XLSX ? "xlsx" : "csv");
    }
  else
    name = g_date_time_format (now, "medplan-%Y-%m-%d.xml");

  chooser = gtk_file_chooser_native_new (_("Export To"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  if (spreadsheet && table_format == MP_TABLE_FORMAT_XLSX)
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks (XLSX)"));
      gtk_file_filter_add_suffix (filter, "xlsx");
    }
  else if (spreadsheet)
    {
      gtk_file_filter_set_name (filter, _("CSV files"));
      gtk_file_filter_add_suffix (filter, "csv");
      gtk_file_filter_add_mime_type (filter, "text/csv");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("XML files"));
      gtk_file_filter_add_suffix (filter, "xml");
      gtk_file_filter_add_mime_type (filter, "application/xml");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Buttons ---- */

static void
period_changed_cb (MpExportDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->period_row), "error");
  show_error (self, NULL);
}

/* A spreadsheet is one table: the table row shows, the period goes, and
 * the unit only applies to the targets. */
static void
format_changed_cb (MpExportDialog *self)
{
  gboolean spreadsheet = chosen_table_format (self, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->table_row), spreadsheet);
  gtk_widget_set_visible (GTK_WIDGET (self->period_row), !spreadsheet);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row),
                          !spreadsheet || chosen_table (self) == MP_TABLE_KIND_TARGETS);
  period_changed_cb (self);
}

static void
cancel_clicked_cb (MpExportDialog *self)
{
  if (mp_progress_task_is_busy (self->task))
    {
      self->state = "cancelled";
      mp_progress_task_cancel (self->task);
    }
  close_dialog (self);
}

static gboolean
close_request_cb (GtkWindow      *window,
                  MpExportDialog *self)
{
  if (mp_progress_task_is_busy (self->task))
    {
      self->state = "cancelled";
      mp_progress_task_cancel (self->task);
    }
  self->closed = TRUE;
  return FALSE;
}

/* ---- GObject ---- */

static void
mp_export_dialog_dispose (GObject *object)
{
  MpExportDialog *self = MP_EXPORT_DIALOG (object);

  self->closed = TRUE;
  mp_progress_task_stop (self->task);
  if (self->chooser)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (mp_export_dialog_parent_class)->dispose (object);
}

static void
mp_export_dialog_finalize (GObject *object)
{
  MpExportDialog *self = MP_EXPORT_DIALOG (object);

  g_clear_pointer (&self->task, mp_progress_task_free);
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  g_free (self->db_path);

  G_OBJECT_CLASS (mp_export_dialog_parent_class)->finalize (object);
}

static void
mp_export_dialog_class_init (MpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_export_dialog_dispose;
  object_class->finalize = mp_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, table_row);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_export_dialog_init (MpExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->task = mp_progress_task_new (self->progress_bar);
  self->unit_codes = g_ptr_array_new_with_free_func (g_free);
  self->state = "form";
}

/* The units to choose from: all, then each "Name (CODE)". */
static void
fill_units (MpExportDialog *self,
            MpStore        *store)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) units = store ? mp_store_list_units (store, NULL) : NULL;

  gtk_string_list_append (list, _("All units"));
  g_ptr_array_add (self->unit_codes, NULL);
  for (guint i = 0; units && i < units->len; i++)
    {
      const MpUnitRow *row = g_ptr_array_index (units, i);
      g_autofree char *text = g_strdup_printf ("%s (%s)", row->name, row->code);

      gtk_string_list_append (list, text);
      g_ptr_array_add (self->unit_codes, g_strdup (row->code));
    }
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->unit_row, 0);
}

MpExportDialog *
mp_export_dialog_new (MpWindow *window)
{
  MpExportDialog *self;
  MpStore *store;

  g_return_val_if_fail (MP_IS_WINDOW (window), NULL);

  self = g_object_new (MP_TYPE_EXPORT_DIALOG,
                       "transient-for", window,
                       "destroy-with-parent", TRUE,
                       NULL);
  g_set_weak_pointer (&self->window, window);
  store = mp_window_get_store (window);
  if (store != NULL)
    self->db_path = g_strdup (mp_store_get_path (store));
  else
    {
      show_error (self, _("No database is open to export."));
      gtk_widget_set_sensitive (self->export_button, FALSE);
    }
  fill_units (self, store);
  /* A spreadsheet is of the table shown, unless another is chosen. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (mp_window_get_visible_page (window), mp_table_kind_to_string (tables[i])) == 0)
      adw_combo_row_set_selected (self->table_row, i);
  return self;
}

const char *
mp_export_dialog_get_state (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return self->state;
}

gboolean
mp_export_dialog_is_busy (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), FALSE);
  return mp_progress_task_is_busy (self->task);
}

const char *
mp_export_dialog_get_error (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  if (self->closed || !gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

AdwComboRow *
mp_export_dialog_get_format_row (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return self->format_row;
}

AdwComboRow *
mp_export_dialog_get_table_row (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return self->table_row;
}

AdwComboRow *
mp_export_dialog_get_unit_row (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return self->unit_row;
}

const char *
mp_export_dialog_get_unit_code (MpExportDialog *self,
                                guint           position)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return position < self->unit_codes->len ? g_ptr_array_index (self->unit_codes, position) : NULL;
}

AdwEntryRow *
mp_export_dialog_get_period_row (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return self->period_row;
}

GtkProgressBar *
mp_export_dialog_get_progress_bar (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return self->progress_bar;
}

GtkWidget *
mp_export_dialog_get_cancel_button (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);
  return self->cancel_button;
}
