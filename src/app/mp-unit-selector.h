/* mp-unit-selector.h — the unit (country, region, province) whose targets
 * the window shows: a compact drop-down with search, in the header bar. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MP_TYPE_UNIT_SELECTOR (mp_unit_selector_get_type ())
G_DECLARE_FINAL_TYPE (MpUnitSelector, mp_unit_selector, MP, UNIT_SELECTOR, GtkWidget)

/* Offers the units of `units` (MpUnitRow*) that are a country, a region or
 * a province, in that order; selects none. */
void        mp_unit_selector_set_units   (MpUnitSelector *self,
                                          GPtrArray      *units);
/* Selects the unit with this code, without activating win.select-unit;
 * FALSE (and nothing selected) when it is not offered. */
gboolean    mp_unit_selector_set_unit    (MpUnitSelector *self,
                                          const char     *code);
/* The code of the selected unit, or NULL. */
const char *mp_unit_selector_get_unit    (MpUnitSelector *self);
guint       mp_unit_selector_get_n_units (MpUnitSelector *self);
GtkDropDown *mp_unit_selector_get_drop_down (MpUnitSelector *self);

G_END_DECLS
