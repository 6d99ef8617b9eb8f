/* mp-chart-style.c — Medplan's chart palettes, light and dark.
 *
 * The colours are GNOME's (the HIG palette that libadwaita uses): green,
 * blue, yellow, orange, red and grey for the statuses, lighter shades on a
 * dark background so they keep their contrast. */
#include "mp-chart-style.h"

#define RGB(hex) ((MpRgba) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 })

void
mp_chart_style_init (MpChartStyle *style,
                     gboolean      dark,
                     const char   *font_family,
                     double        font_size)
{
  g_return_if_fail (style != NULL);

  style->dark = dark;
  if (dark)
    {
      style->foreground = RGB (0xffffff);
      style->muted = (MpRgba) { 1, 1, 1, 0.6 };
      style->grid = (MpRgba) { 1, 1, 1, 0.12 };
      style->background = RGB (0x242424);
      style->accent = RGB (0x78aeed);
    }
  else
    {
      style->foreground = (MpRgba) { 0, 0, 0, 0.85 };
      style->muted = (MpRgba) { 0, 0, 0, 0.55 };
      style->grid = (MpRgba) { 0, 0, 0, 0.1 };
      style->background = RGB (0xffffff);
      style->accent = RGB (0x1c71d8);
    }
  style->font_family = g_strdup (font_family != NULL ? font_family : "Cantarell, DejaVu Sans, sans");
  style->font_size = font_size > 0 ? font_size : 12;
  style->paint_background = TRUE;
  style->title_inset = 0;
}

void
mp_chart_style_clear (MpChartStyle *style)
{
  g_return_if_fail (style != NULL);
  g_clear_pointer (&style->font_family, g_free);
}

MpRgba
mp_chart_status_color (const MpChartStyle *style,
                       MpStatus            status)
{
  gboolean dark = style != NULL && style->dark;

  switch (status)
    {
    case MP_STATUS_ACHIEVED:  return dark ? RGB (0x57e389) : RGB (0x26a269);
    case MP_STATUS_ON_TRACK:  return dark ? RGB (0x62a0ea) : RGB (0x1c71d8);
    case MP_STATUS_AT_RISK:   return dark ? RGB (0xf8e45c) : RGB (0xe5a50a);
    case MP_STATUS_OFF_TRACK: return dark ? RGB (0xffa348) : RGB (0xe66100);
    case MP_STATUS_MISSED:    return dark ? RGB (0xf66151) : RGB (0xc01c28);
    case MP_STATUS_NO_DATA:
    default:                  return dark ? RGB (0x9a9996) : RGB (0x9a9996);
    }
}

MpRgba
mp_chart_transfer_status_color (const MpChartStyle *style,
                                const char         *status)
{
  gboolean dark = style != NULL && style->dark;

  /* From the first step to the last: grey, purple, blue, green; red for
   * a stopped link. */
  if (g_strcmp0 (status, "planned") == 0)
    return dark ? RGB (0xc0bfbc) : RGB (0x77767b);
  if (g_strcmp0 (status, "training") == 0)
    return dark ? RGB (0xc061cb) : RGB (0x813d9c);
  if (g_strcmp0 (status, "supervised") == 0)
    return dark ? RGB (0x62a0ea) : RGB (0x1c71d8);
  if (g_strcmp0 (status, "independent") == 0)
    return dark ? RGB (0x57e389) : RGB (0x26a269);
  if (g_strcmp0 (status, "stopped") == 0)
    return dark ? RGB (0xf66151) : RGB (0xc01c28);
  return RGB (0x9a9996);
}

MpRgba
mp_chart_series_color (const MpChartStyle *style,
                       guint               index)
{
  static const guint32 light[] = { 0x986a44, 0x813d9c, 0x2190a4, 0xc64600, 0x5e5c64, 0x3a944a };
  static const guint32 dark[] = { 0xcdab8f, 0xdc8add, 0x5bc8af, 0xffbe6f, 0xdeddda, 0x8ff0a4 };
  guint i = index % G_N_ELEMENTS (light);

  return (style != NULL && style->dark) ? RGB (dark[i]) : RGB (light[i]);
}
