/* mp-edit-save.c — saving and deleting facilities, training plans and
 * transfers: check, write and log in one transaction (mp-edit.h). */
#include "mp-edit-private.h"

#include <glib/gi18n-lib.h>

#include "mp-error.h"

/* Starts an edit of the existing record `code` of `table` (when `code` is
 * not NULL): its id and its snapshot. */
static gboolean
begin_edit (MpStore     *self,
            const char  *table,
            const char  *code,
            gint64      *id,
            char       **before,
            GError     **error)
{
  *id = 0;
  *before = NULL;
  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (code == NULL)
    return TRUE;
  *id = mp_store_id_for_code (self, table, code);
  if (*id != 0 && mp_edit_snapshot (self, table, code, before, error) && *before)
    return TRUE;
  if (*id == 0 || (error && *error == NULL))
    {
      if (g_str_equal (table, "facility"))
        g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no facility with the code “%s”."), code);
      else if (g_str_equal (table, "training"))
        g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no training plan with the code “%s”."), code);
      else
        g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no transfer with the code “%s”."), code);
    }
  mp_edit_rollback (self);
  return FALSE;
}

/* Logs and commits, after the record `code` was written. */
static gboolean
finish_save (MpStore     *self,
             const char  *table,
             const char  *old_code,
             const char  *code,
             const char  *before,
             GError     **error)
{
  g_autofree char *after = NULL;

  if (!mp_edit_snapshot (self, table, code, &after, error))
    {
      mp_edit_rollback (self);
      return FALSE;
    }
  return mp_edit_finish (self, table, code, old_code ? "update" : "insert", before, after, error);
}

gboolean
mp_store_save_facility (MpStore           *self,
                        const char        *old_code,
                        const MpFacility  *facility,
                        const char       **field,
                        GError           **error)
{
  g_autofree char *before = NULL;
  gint64 id;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (facility != NULL, FALSE);
  mp_edit_set_field (field, NULL);

  if (!begin_edit (self, "facility", old_code, &id, &before, error))
    return FALSE;
  if (!mp_edit_check_facility (self, id, facility, field, error) ||
      !mp_edit_write_facility (self, id, facility, error))
    {
      mp_edit_rollback (self);
      return FALSE;
    }
  return finish_save (self, "facility", old_code, facility->code, before, error);
}

gboolean
mp_store_save_training (MpStore           *self,
                        const char        *old_code,
                        const MpTraining  *training,
                        const char       **field,
                        GError           **error)
{
  g_autofree char *before = NULL;
  g_autofree char *dating = NULL;
  g_autoptr(MpTraining) old = NULL;
  gint64 id;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (training != NULL, FALSE);
  mp_edit_set_field (field, NULL);

  if (!begin_edit (self, "training", old_code, &id, &before, error))
    return FALSE;
  /* The dating note is not shown by the record: keep it. */
  if (old_code)
    old = mp_edit_get_training (self, old_code, &dating, NULL);
  if (!mp_edit_check_training (self, id, training, field, error) ||
      !mp_edit_write_training (self, id, training, dating, error))
    {
      mp_edit_rollback (self);
      return FALSE;
    }
  return finish_save (self, "training", old_code, training->code, before, error);
}

gboolean
mp_store_save_transfer (MpStore           *self,
                        const char        *old_code,
                        const MpTransfer  *transfer,
                        const char       **field,
                        GError           **error)
{
  g_autofree char *before = NULL;
  g_autofree char *dating = NULL;
  g_autoptr(MpTransfer) old = NULL;
  gint64 id;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (transfer != NULL, FALSE);
  mp_edit_set_field (field, NULL);

  if (!begin_edit (self, "transfer", old_code, &id, &before, error))
    return FALSE;
  if (old_code)
    old = mp_edit_get_transfer (self, old_code, &dating, NULL);
  if (!mp_edit_check_transfer (self, id, transfer, old ? old->status : NULL, field, error) ||
      !mp_edit_write_transfer (self, id, transfer, dating, error))
    {
      mp_edit_rollback (self);
      return FALSE;
    }
  return finish_save (self, "transfer", old_code, transfer->code, before, error);
}

gboolean
mp_store_set_transfer_status (MpStore     *self,
                              const char  *code,
                              const char  *status,
                              GError     **error)
{
  g_autoptr(MpTransfer) transfer = NULL;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  transfer = mp_store_get_transfer (self, code, error);
  if (transfer == NULL)
    return FALSE;
  g_free (transfer->status);
  transfer->status = g_strdup (status);
  return mp_store_save_transfer (self, code, transfer, NULL, error);
}

static gboolean
delete_record (MpStore     *self,
               const char  *table,
               const char  *code,
               GError     **error)
{
  g_autofree char *before = NULL;
  gint64 id;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (!begin_edit (self, table, code, &id, &before, error))
    return FALSE;
  if (!mp_edit_remove_row (self, table, id, code, error))
    {
      mp_edit_rollback (self);
      return FALSE;
    }
  return mp_edit_finish (self, table, code, "delete", before, NULL, error);
}

gboolean
mp_store_delete_facility (MpStore     *self,
                          const char  *code,
                          GError     **error)
{
  return delete_record (self, "facility", code, error);
}

gboolean
mp_store_delete_training (MpStore     *self,
                          const char  *code,
                          GError     **error)
{
  return delete_record (self, "training", code, error);
}

gboolean
mp_store_delete_transfer (MpStore     *self,
                          const char  *code,
                          GError     **error)
{
  return delete_record (self, "transfer", code, error);
}
