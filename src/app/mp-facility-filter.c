/* mp-facility-filter.c — the filter of the Facilities view. It is a filter
 * of its own rather than a GtkCustomFilter so that it can tell the filter
 * model how a change relates to the last one: when the search text grows
 * by a letter, only the facilities that matched before are tested again
 * (GTK_FILTER_CHANGE_MORE_STRICT); when it shrinks, only those that did not
 * (LESS_STRICT). That keeps a keystroke over 100,000 facilities cheap,
 * with the items in an MpFacilityList (an array) rather than a GListStore
 * (bench/bench-filter measures both). */
#include "mp-facility-filter.h"

#include <string.h>

#include "mp-facility-item.h"

struct _MpFacilityFilter
{
  GtkFilter  parent_instance;

  char      *query;     /* folded; "" for none */
  char      *kind;      /* NULL for any */
  char      *unit;
  char      *ownership;
};

G_DEFINE_FINAL_TYPE (MpFacilityFilter, mp_facility_filter, GTK_TYPE_FILTER)

static gboolean
mp_facility_filter_match (GtkFilter *filter,
                          gpointer   item)
{
  /* Called for every item on each change: plain casts, no type checks
   * (the model holds MpFacilityItem only; GtkFilter checks the filter). */
  MpFacilityFilter *self = (MpFacilityFilter *) filter;

  return mp_facility_item_matches (item, self->query, self->kind, self->unit, self->ownership);
}

static GtkFilterMatch
mp_facility_filter_get_strictness (GtkFilter *filter)
{
  MpFacilityFilter *self = MP_FACILITY_FILTER (filter);

  /* With nothing to filter on, the model skips matching altogether. */
  if (*self->query == '\0' && !self->kind && !self->unit && !self->ownership)
    return GTK_FILTER_MATCH_ALL;
  return GTK_FILTER_MATCH_SOME;
}

static void
mp_facility_filter_finalize (GObject *object)
{
  MpFacilityFilter *self = MP_FACILITY_FILTER (object);

  g_free (self->query);
  g_free (self->kind);
  g_free (self->unit);
  g_free (self->ownership);

  G_OBJECT_CLASS (mp_facility_filter_parent_class)->finalize (object);
}

static void
mp_facility_filter_class_init (MpFacilityFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = mp_facility_filter_finalize;
  filter_class->match = mp_facility_filter_match;
  filter_class->get_strictness = mp_facility_filter_get_strictness;
}

static void
mp_facility_filter_init (MpFacilityFilter *self)
{
  self->query = g_strdup ("");
}

MpFacilityFilter *
mp_facility_filter_new (void)
{
  return g_object_new (MP_TYPE_FACILITY_FILTER, NULL);
}

void
mp_facility_filter_set_text (MpFacilityFilter *self,
                             const char       *text)
{
  g_autofree char *query = NULL;
  GtkFilterChange change;

  g_return_if_fail (MP_IS_FACILITY_FILTER (self));

  query = mp_facility_fold (text);
  if (g_str_equal (query, self->query))
    return;
  /* Whatever contains the longer text contains the shorter one too. */
  if (strstr (query, self->query) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->query, query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  g_free (self->query);
  self->query = g_steal_pointer (&query);
  gtk_filter_changed (GTK_FILTER (self), change);
}

const char *
mp_facility_filter_get_query (MpFacilityFilter *self)
{
  g_return_val_if_fail (MP_IS_FACILITY_FILTER (self), NULL);
  return self->query;
}

/* Going from "any" to one value only removes items, and back only adds
 * them; from one value to another is a different filter. */
static void
set_code (MpFacilityFilter  *self,
          char             **field,
          const char        *code)
{
  GtkFilterChange change;

  if (g_strcmp0 (*field, code) == 0)
    return;
  if (*field == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (code == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  g_free (*field);
  *field = g_strdup (code);
  gtk_filter_changed (GTK_FILTER (self), change);
}

void
mp_facility_filter_set_kind (MpFacilityFilter *self,
                             const char       *kind)
{
  g_return_if_fail (MP_IS_FACILITY_FILTER (self));
  set_code (self, &self->kind, kind);
}

void
mp_facility_filter_set_unit (MpFacilityFilter *self,
                             const char       *unit)
{
  g_return_if_fail (MP_IS_FACILITY_FILTER (self));
  set_code (self, &self->unit, unit);
}

void
mp_facility_filter_set_ownership (MpFacilityFilter *self,
                                  const char       *ownership)
{
  g_return_if_fail (MP_IS_FACILITY_FILTER (self));
  set_code (self, &self->ownership, ownership);
}
