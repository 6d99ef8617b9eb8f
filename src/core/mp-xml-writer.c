/* mp-xml-writer.c — a small, fast, deterministic XML writer for exports:
 * two-space indentation, attributes in the order written, numbers in
 * their shortest exact form. The file is written beside its destination
 * and renamed into place when complete. */
#include "mp-exchange-private.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  const char *name;
  gboolean    has_children;
} Open;

#define BUFFER_SIZE (1 << 20)

struct _MpXmlWriter {
  FILE    *file;
  char    *buf;          /* our own buffer: one fwrite per megabyte, not per piece */
  gsize    len;
  char    *path;
  char    *tmp_path;
  GArray  *stack;        /* of Open */
  gboolean start_open;   /* "<name attrs" written, ">" not yet */
  gboolean has_text;
  int      saved_errno;  /* first write error */
  MpProgressFunc progress;
  gpointer progress_data;
  guint64  total;        /* elements expected, for the progress */
  guint64  n_opened;
};

/* Elements between two progress reports. */
#define PROGRESS_EVERY 4096

void
mp_xml_writer_set_progress (MpXmlWriter    *w,
                            MpProgressFunc  func,
                            gpointer        data,
                            guint64         total)
{
  w->progress = func;
  w->progress_data = data;
  w->total = MAX (total, 1);
  w->n_opened = 0;
}

MpXmlWriter *
mp_xml_writer_new (const char  *path,
                   GError     **error)
{
  MpXmlWriter *w;
  char *tmp = g_strconcat (path, ".XXXXXX", NULL);
  int fd = g_mkstemp (tmp);

  if (fd < 0)
    {
      int saved = errno;
      /* The output file is the user's choice, not the database: exit status 1. */
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot write “%s”: %s"), path, g_strerror (saved));
      g_free (tmp);
      return NULL;
    }
  w = g_new0 (MpXmlWriter, 1);
  w->file = fdopen (fd, "w");
  w->path = g_strdup (path);
  w->tmp_path = tmp;
  w->stack = g_array_new (FALSE, FALSE, sizeof (Open));
  w->buf = g_malloc (BUFFER_SIZE);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", w->file);
  return w;
}

static void
flush_buffer (MpXmlWriter *w)
{
  if (w->len && fwrite (w->buf, 1, w->len, w->file) != w->len && w->saved_errno == 0)
    w->saved_errno = errno ? errno : EIO;
  w->len = 0;
}

static inline void
put (MpXmlWriter *w,
     const char  *text,
     gsize        len)
{
  if (G_UNLIKELY (len > BUFFER_SIZE - w->len))
    {
      flush_buffer (w);
      if (len > BUFFER_SIZE)
        {
          if (fwrite (text, 1, len, w->file) != len && w->saved_errno == 0)
            w->saved_errno = errno ? errno : EIO;
          return;
        }
    }
  memcpy (w->buf + w->len, text, len);
  w->len += len;
}

/* Escapes text or an attribute value. Control characters that XML 1.0
 * cannot hold are dropped (the store never holds them from our importers). */
static void
put_escaped (MpXmlWriter *w,
             const char  *text,
             gboolean     attribute)
{
  const char *run = text;

  for (const char *p = text; *p; p++)
    {
      const char *rep = NULL;
      unsigned char c = (unsigned char) *p;

      switch (c)
        {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attribute ? "&quot;" : NULL; break;
        case '\n': rep = attribute ? "&#10;" : NULL; break;
        case '\r': rep = "&#13;"; break;
        case '\t': rep = attribute ? "&#9;" : NULL; break;
        default:
          if (c < 0x20)
            rep = "";
          break;
        }
      if (rep)
        {
          put (w, run, (gsize) (p - run));
          put (w, rep, strlen (rep));
          run = p + 1;
        }
    }
  put (w, run, strlen (run));
}

static void
indent (MpXmlWriter *w)
{
  static const char spaces[] = "                                                                ";
  gsize n = MIN (w->stack->len * 2, sizeof spaces - 1);

  put (w, "\n", 1);
  put (w, spaces, n);
}

static void
close_start (MpXmlWriter *w)
{
  if (w->start_open)
    {
      put (w, ">", 1);
      w->start_open = FALSE;
    }
}

void
mp_xml_writer_open (MpXmlWriter *w,
                    const char  *name)
{
  Open o = { name, FALSE };

  if (G_UNLIKELY (w->progress != NULL) && ++w->n_opened % PROGRESS_EVERY == 0)
    w->progress (MIN ((double) w->n_opened / (double) w->total, 0.99), w->progress_data);
  close_start (w);
  if (w->stack->len > 0)
    g_array_index (w->stack, Open, w->stack->len - 1).has_children = TRUE;
  indent (w);
  put (w, "<", 1);
  put (w, name, strlen (name));
  g_array_append_val (w->stack, o);
  w->start_open = TRUE;
  w->has_text = FALSE;
}

void
mp_xml_writer_attr (MpXmlWriter *w,
                    const char  *name,
                    const char  *value)
{
  g_return_if_fail (w->start_open);
  if (value == NULL)
    return;
  put (w, " ", 1);
  put (w, name, strlen (name));
  put (w, "=\"", 2);
  put_escaped (w, value, TRUE);
  put (w, "\"", 1);
}

void
mp_xml_writer_attr_double (MpXmlWriter *w,
                           const char  *name,
                           double       value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isnan (value))
    mp_xml_writer_attr (w, name, mp_format_canonical (buf, value));
}

void
mp_xml_writer_attr_int (MpXmlWriter *w,
                        const char  *name,
                        gint64       value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  mp_xml_writer_attr (w, name, buf);
}

void
mp_xml_writer_text (MpXmlWriter *w,
                    const char  *text)
{
  close_start (w);
  put_escaped (w, text, FALSE);
  w->has_text = TRUE;
}

void
mp_xml_writer_close (MpXmlWriter *w)
{
  Open o;

  g_return_if_fail (w->stack->len > 0);
  o = g_array_index (w->stack, Open, w->stack->len - 1);
  g_array_set_size (w->stack, w->stack->len - 1);
  if (w->start_open)
    {
      put (w, "/>", 2);
      w->start_open = FALSE;
    }
  else
    {
      if (o.has_children && !w->has_text)
        indent (w);
      put (w, "</", 2);
      put (w, o.name, strlen (o.name));
      put (w, ">", 1);
    }
  w->has_text = FALSE;
}

void
mp_xml_writer_text_element (MpXmlWriter *w,
                            const char  *name,
                            const char  *lang,
                            const char  *text)
{
  if (text == NULL || *text == '\0')
    return;
  mp_xml_writer_open (w, name);
  mp_xml_writer_attr (w, "xml:lang", lang);
  mp_xml_writer_text (w, text);
  mp_xml_writer_close (w);
}

static void
free_writer (MpXmlWriter *w)
{
  g_free (w->buf);
  g_array_unref (w->stack);
  g_free (w->path);
  g_free (w->tmp_path);
  g_free (w);
}

void
mp_xml_writer_abort (MpXmlWriter *w)
{
  if (w == NULL)
    return;
  if (w->file)
    fclose (w->file);
  g_unlink (w->tmp_path);
  free_writer (w);
}

gboolean
mp_xml_writer_finish (MpXmlWriter  *w,
                      GError      **error)
{
  int saved;

  g_return_val_if_fail (w->stack->len == 0, FALSE);
  put (w, "\n", 1);
  flush_buffer (w);
  if (fflush (w->file) != 0 && w->saved_errno == 0)
    w->saved_errno = errno;
  if (w->saved_errno == 0 && fsync (fileno (w->file)) != 0)
    w->saved_errno = errno;
  if (fclose (w->file) != 0 && w->saved_errno == 0)
    w->saved_errno = errno;
  w->file = NULL;
  if (w->saved_errno == 0 && g_rename (w->tmp_path, w->path) != 0)
    w->saved_errno = errno;

  saved = w->saved_errno;
  if (saved != 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot write “%s”: %s"), w->path, g_strerror (saved));
      mp_xml_writer_abort (w);
      return FALSE;
    }
  free_writer (w);
  return TRUE;
}

const char *
mp_format_canonical (char   *buf,
                     double  value)
{
  static const double powers[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };

  /* Fast path, the common case: a number with at most 6 decimals and 15
   * significant digits, written from integers. value = m / 10^k exactly
   * rounded, so the text m/10^k reads back as value, and it is what %.15g
   * writes (15 digits always round-trip, and %g drops trailing zeros). */
  if (value != 0 && fabs (value) >= 1e-4 && fabs (value) < 1e15)
    for (int k = 0; k < (int) G_N_ELEMENTS (powers); k++)
      {
        double m = value * powers[k];

        if (fabs (m) < 1e15 && m == floor (m) && m / powers[k] == value)
          {
            guint64 digits = (guint64) fabs (m);
            char tmp[32];
            int n = 0, out = 0;

            /* value * 10^k may be whole only from a larger k on: drop the
             * zeros that makes. */
            while (k > 0 && digits % 10 == 0)
              {
                digits /= 10;
                k--;
              }

            do
              {
                tmp[n++] = (char) ('0' + digits % 10);
                digits /= 10;
              }
            while (digits || n <= k);
            if (value < 0)
              buf[out++] = '-';
            while (n > k)
              buf[out++] = tmp[--n];
            if (k > 0)
              {
                buf[out++] = '.';
                while (n > 0)
                  buf[out++] = tmp[--n];
              }
            buf[out] = '\0';
            return buf;
          }
      }

  /* The shortest of %.15g, %.16g, %.17g that reads back exactly. */
  for (int precision = 15; precision <= 17; precision++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%dg", precision);
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, fmt, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return buf;
}
