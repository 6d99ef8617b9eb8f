/* mp-targets-page.h — the Targets page: every target of every unit. */
#pragma once

#include <adwaita.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_TARGETS_PAGE (mp_targets_page_get_type ())
G_DECLARE_FINAL_TYPE (MpTargetsPage, mp_targets_page, MP, TARGETS_PAGE, GtkWidget)

gboolean mp_targets_page_load                (MpTargetsPage  *self,
                                              MpStore        *store,
                                              GError        **error);
gboolean mp_targets_page_select_target       (MpTargetsPage  *self,
                                              gint64          target_id);
gint64   mp_targets_page_get_selected_target (MpTargetsPage  *self);
guint    mp_targets_page_get_row_count       (MpTargetsPage  *self);

G_END_DECLS
