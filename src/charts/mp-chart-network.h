/* mp-chart-network.h — the technology-transfer network: facilities as
 * nodes grouped by unit (province), links as arrows from sender to
 * receiver coloured by status, line width by staff trained. The layout is
 * deterministic: the same data draws the same picture. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "mp-chart-style.h"

G_BEGIN_DECLS

typedef struct {
  char *code;        /* facility code, or the unit code when the end is a unit */
  char *name;
  char *group;       /* the unit (province) code the node belongs to */
  char *group_name;
} MpNetworkNode;

typedef struct {
  char   *code;
  guint   from;           /* node index; MP_NETWORK_NO_NODE: sender not named */
  guint   to;             /* node index */
  char   *technique;      /* in the user's language */
  char   *kind;           /* technique, satellite, rotation, telehealth */
  char   *status;         /* planned, training, supervised, independent, stopped */
  gint64  staff_trained;  /* -1 when unknown */
} MpNetworkLink;

#define MP_NETWORK_NO_NODE G_MAXUINT

typedef struct {
  char   *title;
  char   *subtitle;
  GArray *nodes;   /* MpNetworkNode */
  GArray *links;   /* MpNetworkLink */
} MpNetworkData;

MpNetworkData *mp_network_data_new      (const char    *title,
                                         const char    *subtitle);
void           mp_network_data_free     (MpNetworkData *data);
/* Returns the index of the node with `code`, adding it if new. */
guint          mp_network_data_node     (MpNetworkData *data,
                                         const char    *code,
                                         const char    *name,
                                         const char    *group,
                                         const char    *group_name);
void           mp_network_data_link     (MpNetworkData *data,
                                         const char    *code,
                                         guint          from,
                                         guint          to,
                                         const char    *technique,
                                         const char    *kind,
                                         const char    *status,
                                         gint64         staff_trained);

/* Draws the network; one hit per node and per link. */
void           mp_network_chart_draw    (const MpNetworkData *data,
                                         cairo_t             *cr,
                                         double               width,
                                         double               height,
                                         const MpChartStyle  *style,
                                         GArray              *hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpNetworkData, mp_network_data_free)

G_END_DECLS
