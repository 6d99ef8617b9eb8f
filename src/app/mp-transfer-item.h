/* mp-transfer-item.h — one technology transfer as the Transfers view lists
 * it: the columns to show, and a folded search key to filter on. */
#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_TRANSFER_ITEM (mp_transfer_item_get_type ())
G_DECLARE_FINAL_TYPE (MpTransferItem, mp_transfer_item, MP, TRANSFER_ITEM, GObject)

/* Copies what it shows of `row`. */
MpTransferItem *mp_transfer_item_new              (const MpTransferRow *row);

const char     *mp_transfer_item_get_code         (MpTransferItem *self);
/* The technique in the user's language. */
const char     *mp_transfer_item_get_technique    (MpTransferItem *self);
/* The sending facility's name, else the sending unit's; NULL when unknown. */
const char     *mp_transfer_item_get_sender       (MpTransferItem *self);
/* The receiving facility's name, else the receiving unit's. */
const char     *mp_transfer_item_get_receiver     (MpTransferItem *self);
const char     *mp_transfer_item_get_kind         (MpTransferItem *self);
const char     *mp_transfer_item_get_kind_label   (MpTransferItem *self);
const char     *mp_transfer_item_get_status       (MpTransferItem *self);
const char     *mp_transfer_item_get_status_label (MpTransferItem *self);
/* YYYY or YYYY-MM-DD as stored, or NULL. */
const char     *mp_transfer_item_get_start        (MpTransferItem *self);
const char     *mp_transfer_item_get_end          (MpTransferItem *self);
/* -1 when unknown. */
gint64          mp_transfer_item_get_staff_trained (MpTransferItem *self);
gint64          mp_transfer_item_get_cases_done   (MpTransferItem *self);
/* Code, technique, sender and receiver, folded (mp_facility_fold()). */
const char     *mp_transfer_item_get_search_key   (MpTransferItem *self);

/* `rows` (MpTransferRow*, as mp_store_list_transfers() gives them) as a
 * list of MpTransferItem; the rows' strings are copied. */
GListStore     *mp_transfer_item_list_from_rows   (GPtrArray      *rows);

/* A stored date for people: mp_input_format_date() ("2025" stays,
 * "2025-07-01" is "01/07/2025" in Vietnamese); NULL gives NULL. Returns a
 * new string. */
char           *mp_transfer_format_date           (const char     *date);

/* The style class of a status shown as a label: "success" (independent),
 * "error" (stopped), "dim-label" (planned), else "accent". */
const char     *mp_transfer_status_style_class    (const char     *status);
/* The menu item that moves a transfer to `status`, e.g. "Move to
 * Training". */
const char     *mp_transfer_status_action_label   (const char     *status);

G_END_DECLS
