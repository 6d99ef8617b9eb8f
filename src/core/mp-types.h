/* mp-types.h — the domain vocabulary of Medplan: enums and plain records.
 *
 * No GTK here; the core depends on GLib, SQLite and libxml2 only.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a target's value is compared with an observation (DESIGN §3). */
typedef enum {
  MP_COMPARATOR_GE,
  MP_COMPARATOR_GT,
  MP_COMPARATOR_LE,
  MP_COMPARATOR_LT,
  MP_COMPARATOR_EQ,
  MP_COMPARATOR_BETWEEN,
  MP_COMPARATOR_DONE,
} MpComparator;

/* The judgement of a target (DESIGN §5). The order is from worst to best
 * as the Overview sorts it: missed, off track, at risk, no data, on track,
 * achieved. */
typedef enum {
  MP_STATUS_MISSED,
  MP_STATUS_OFF_TRACK,
  MP_STATUS_AT_RISK,
  MP_STATUS_NO_DATA,
  MP_STATUS_ON_TRACK,
  MP_STATUS_ACHIEVED,
} MpStatus;

typedef enum {
  MP_DIRECTION_UP,
  MP_DIRECTION_DOWN,
} MpDirection;

/* Where the latest value of a series came from. */
typedef enum {
  MP_SOURCE_NONE,
  MP_SOURCE_TYPED,     /* an observation someone entered or imported */
  MP_SOURCE_COMPUTED,  /* computed from staffing, beds and population */
} MpValueSource;

const char   *mp_comparator_to_string   (MpComparator  comparator);
gboolean      mp_comparator_from_string (const char   *text,
                                         MpComparator *out);
/* A short human symbol: "≥", "<", "–" (between), "✓" (done). */
const char   *mp_comparator_symbol      (MpComparator  comparator);

const char   *mp_status_to_string       (MpStatus      status);
gboolean      mp_status_from_string     (const char   *text,
                                         MpStatus     *out);
/* Translated label: "Achieved" / "Đã đạt". */
const char   *mp_status_label           (MpStatus      status);

const char   *mp_direction_to_string    (MpDirection   direction);
gboolean      mp_direction_from_string  (const char   *text,
                                         MpDirection  *out);

const char   *mp_value_source_to_string (MpValueSource source);
/* Translated: "entered" / "computed". */
const char   *mp_value_source_label     (MpValueSource source);

/* Whether measure units of indicators are known: per_10k, percent, count,
 * years, cm, ratio, yesno. */
gboolean      mp_measure_is_valid       (const char   *measure);
/* Translated suffix shown after a value: "/10,000", "%", "years", "cm". */
const char   *mp_measure_label          (const char   *measure);

/* Whether the messages are shown in Vietnamese: the header of the catalog
 * gettext uses says so (not $LANGUAGE, which gettext may not follow). */
gboolean      mp_messages_in_vietnamese (void);
/* Picks the name to show in the language of the messages: Vietnamese when
 * the Vietnamese translation is in use, English otherwise; falls back to
 * whichever is present. */
const char   *mp_pick_name              (const char   *name_vi,
                                         const char   *name_en);
/* Which names mp_pick_name() prefers: "vi", "en", or NULL / "ui" (the
 * default) for the language of the messages. The GUI sets it from its
 * preference (the setting data-names); lists read afterwards follow. */
void          mp_set_name_language      (const char   *language);

/* One target with its judgement, as the Overview, Targets view and
 * `medplan-cli targets` show it. All strings are owned by the record. */
typedef struct {
  gint64        target_id;
  char         *indicator;        /* indicator code */
  char         *indicator_name;   /* in the user's language */
  char         *measure;          /* per_10k, percent, ... */
  int           decimals;
  MpDirection   direction;
  char         *unit;             /* unit code */
  char         *unit_name;
  int           year;
  MpComparator  comparator;
  double        value;            /* NAN for `done` targets */
  double        value_high;       /* NAN unless `between` */
  double        baseline_value;   /* NAN when the document gives none */
  int           baseline_year;    /* 0 when none */
  char         *document;         /* document code, may be NULL */
  char         *document_title;
  char         *note;
  /* Judgement */
  char         *latest_period;    /* NULL when no observation */
  double        latest_value;     /* NAN when none */
  MpValueSource latest_source;
  double        latest_numerator;   /* computed values: what they are made of; */
  double        latest_denominator; /* NAN for typed values */
  double        projected;        /* NAN when no projection was made */
  double        trend_slope;      /* the line fitted to project (value = */
  double        trend_intercept;  /* slope × t + intercept), NAN when none */
  MpStatus      status;
} MpTargetStatus;

void          mp_target_status_free     (MpTargetStatus *ts);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpTargetStatus, mp_target_status_free)

/* Formats a value with the indicator's decimals in the user's locale
 * ("14,8" in Vietnamese). NAN gives "—". Returns a new string. */
char         *mp_format_value           (double        value,
                                         int           decimals);
/* "≥ 19", "30–50", "Done". Returns a new string. */
char         *mp_format_target          (const MpTargetStatus *ts);

G_END_DECLS
