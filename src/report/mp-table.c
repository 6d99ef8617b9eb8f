/* mp-table.c — the tables a user can take to a spreadsheet: their names,
 * the file formats, and the export itself, written to a temporary file in
 * the target's folder and renamed over the target only when complete. */
#include "mp-table-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mp-error.h"

static const char *const kind_names[] = {
  [MP_TABLE_KIND_TARGETS] = "targets",
  [MP_TABLE_KIND_FACILITIES] = "facilities",
  [MP_TABLE_KIND_TRAINING] = "training",
  [MP_TABLE_KIND_TRANSFERS] = "transfers",
};

gboolean
mp_table_kind_from_string (const char  *name,
                           MpTableKind *kind)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (name, kind_names[i]))
      {
        if (kind)
          *kind = (MpTableKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
mp_table_kind_to_string (MpTableKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

const char *
mp_table_kind_title (MpTableKind kind)
{
  switch (kind)
    {
    case MP_TABLE_KIND_TARGETS: return _("Targets");
    case MP_TABLE_KIND_FACILITIES: return _("Facilities");
    case MP_TABLE_KIND_TRAINING: return _("Training");
    case MP_TABLE_KIND_TRANSFERS: return _("Transfers");
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
mp_table_format_from_path (const char    *path,
                           MpTableFormat *format)
{
  g_autofree char *lower = NULL;
  MpTableFormat found;

  g_return_val_if_fail (path != NULL, FALSE);
  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx"))
    found = MP_TABLE_FORMAT_XLSX;
  else if (g_str_has_suffix (lower, ".csv"))
    found = MP_TABLE_FORMAT_CSV;
  else
    return FALSE;
  if (format)
    *format = found;
  return TRUE;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot write “%s”: %s"), path,
               g_strerror (saved_errno));
  return FALSE;
}

/* Writes all of `data` to `fd` and makes it reach the disk; closes `fd`. */
static int
write_all (int         fd,
           const char *data,
           gsize       len)
{
  int saved = 0;

  while (len > 0)
    {
      gssize n = write (fd, data, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved = errno;
          break;
        }
      data += n;
      len -= n;
    }
  if (saved == 0 && fsync (fd) != 0)
    saved = errno;
  if (close (fd) != 0 && saved == 0)
    saved = errno;
  return saved;
}

gboolean
mp_table_export (MpStore        *store,
                 MpTableKind     kind,
                 const char     *unit,
                 const char     *path,
                 MpTableFormat   format,
                 guint          *n_rows,
                 GError        **error)
{
  g_autoptr(MpTableData) table = NULL;
  g_autofree char *tmp = NULL;
  int fd;

  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), FALSE);
  g_return_val_if_fail (format == MP_TABLE_FORMAT_CSV || format == MP_TABLE_FORMAT_XLSX, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  table = mp_table_read (store, kind, kind == MP_TABLE_KIND_TARGETS ? unit : NULL, error);
  if (table == NULL)
    return FALSE;

  /* The temporary file beside the target, so that the rename is atomic. */
  tmp = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR, 0644);
  if (fd < 0)
    return set_write_error (error, path, errno);

  if (format == MP_TABLE_FORMAT_CSV)
    {
      g_autoptr(GString) csv = mp_table_to_csv (table);
      int saved = write_all (fd, csv->str, csv->len);

      if (saved != 0)
        {
          g_unlink (tmp);
          return set_write_error (error, path, saved);
        }
    }
  else
    {
      close (fd);
      if (!mp_table_write_xlsx (table, tmp, path, error))
        {
          g_unlink (tmp);
          return FALSE;
        }
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      return set_write_error (error, path, saved);
    }
  if (n_rows)
    *n_rows = table->n_rows;
  return TRUE;
}
