/* mp-observation-item.c — one value of a series, as the observations table
 * shows it. The texts are made once, when the item is made: the table
 * binds them as its rows scroll into view. */
#include "mp-observation-item.h"

#include <glib/gi18n.h>
#include <math.h>

struct _MpObservationItem
{
  GObject        parent_instance;

  char          *period;
  double         value;
  MpValueSource  source;
  double         numerator;
  double         denominator;
  char          *comment;
  char          *value_text;
  char          *formula_text;
};

G_DEFINE_FINAL_TYPE (MpObservationItem, mp_observation_item, G_TYPE_OBJECT)

static void
mp_observation_item_finalize (GObject *object)
{
  MpObservationItem *self = MP_OBSERVATION_ITEM (object);

  g_free (self->period);
  g_free (self->comment);
  g_free (self->value_text);
  g_free (self->formula_text);

  G_OBJECT_CLASS (mp_observation_item_parent_class)->finalize (object);
}

static void
mp_observation_item_class_init (MpObservationItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mp_observation_item_finalize;
}

static void
mp_observation_item_init (MpObservationItem *self)
{
  self->numerator = NAN;
  self->denominator = NAN;
}

char *
mp_format_value_with_measure (double      value,
                              int         decimals,
                              const char *measure)
{
  g_autofree char *number = NULL;
  const char *label;

  if (g_strcmp0 (measure, "yesno") == 0 && !isnan (value))
    /* TRANSLATORS: the value of a yes/no indicator such as "AIDS ended" */
    return g_strdup (value != 0 ? C_("observed", "Yes") : C_("observed", "No"));

  number = mp_format_value (value, decimals);
  label = mp_measure_label (measure);
  if (isnan (value) || label == NULL || *label == '\0')
    return g_steal_pointer (&number);
  if (g_str_equal (label, "%"))
    return g_strconcat (number, "%", NULL);
  return g_strdup_printf ("%s %s", number, label);
}

/* A count as it is (1.480), anything else with two decimals. */
static char *
format_part (double value)
{
  return mp_format_value (value, value == floor (value) ? 0 : 2);
}

static char *
format_formula (const MpSeriesPoint *point,
                const char          *measure)
{
  g_autofree char *num = NULL;
  g_autofree char *den = NULL;

  if (point->source != MP_SOURCE_COMPUTED || isnan (point->numerator) || isnan (point->denominator))
    return g_strdup ("");
  num = format_part (point->numerator);
  den = format_part (point->denominator);
  if (g_strcmp0 (measure, "per_10k") == 0)
    {
      g_autofree char *factor = mp_format_value (10000, 0);
      /* TRANSLATORS: how a computed value is made: "1.480 / 1.000.000 × 10.000" */
      return g_strdup_printf (_("%s / %s × %s"), num, den, factor);
    }
  if (g_strcmp0 (measure, "percent") == 0)
    /* TRANSLATORS: how a computed percentage is made: "12 / 80 × 100" */
    return g_strdup_printf (_("%s / %s × 100"), num, den);
  /* TRANSLATORS: how a computed ratio is made: "12 / 80" */
  return g_strdup_printf (_("%s / %s"), num, den);
}

MpObservationItem *
mp_observation_item_new (const MpSeriesPoint *point,
                         int                  decimals,
                         const char          *measure,
                         const char          *comment)
{
  MpObservationItem *self;

  g_return_val_if_fail (point != NULL, NULL);

  self = g_object_new (MP_TYPE_OBSERVATION_ITEM, NULL);
  self->period = g_strdup (point->period);
  self->value = point->value;
  self->source = point->source;
  self->numerator = point->numerator;
  self->denominator = point->denominator;
  self->comment = g_strdup (comment);
  self->value_text = mp_format_value_with_measure (point->value, decimals, measure);
  self->formula_text = format_formula (point, measure);
  return self;
}

const char *
mp_observation_item_get_period (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NULL);
  return self->period;
}

double
mp_observation_item_get_value (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NAN);
  return self->value;
}

MpValueSource
mp_observation_item_get_source (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), MP_SOURCE_NONE);
  return self->source;
}

gboolean
mp_observation_item_is_typed (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), FALSE);
  return self->source == MP_SOURCE_TYPED;
}

double
mp_observation_item_get_numerator (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NAN);
  return self->numerator;
}

double
mp_observation_item_get_denominator (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NAN);
  return self->denominator;
}

const char *
mp_observation_item_get_comment (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NULL);
  return self->comment;
}

const char *
mp_observation_item_get_value_text (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NULL);
  return self->value_text;
}

const char *
mp_observation_item_get_source_text (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NULL);
  /* "Entered" / "Computed", capitalised for a table cell. */
  if (self->source == MP_SOURCE_COMPUTED)
    /* TRANSLATORS: the source of a value in the observations table */
    return C_("source", "Computed");
  /* TRANSLATORS: the source of a value in the observations table: typed in or imported */
  return C_("source", "Entered");
}

const char *
mp_observation_item_get_formula_text (MpObservationItem *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_ITEM (self), NULL);
  return self->formula_text;
}
