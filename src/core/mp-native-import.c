/* mp-native-import.c — reads the native format (data/medplan-1.xsd) over
 * the streaming MpImporter: the document's structure (sections in their
 * order, nothing unknown), attributes and text children checked and
 * converted with their place in the file, and duplicates within the file.
 * Rows are merged by their keys in mp-native-merge.c; the rows of each
 * table are in mp-native-rows.c. */
#include "mp-native-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* ---- Values ----------------------------------------------------------- */

const char *
native_keep (Native     *n,
             const char *text)
{
  return g_string_chunk_insert (n->chunk, text);
}

void
native_row_error (Native     *n,
                  Row        *row,
                  const char *format,
                  ...)
{
  g_autofree char *msg = NULL;
  va_list ap;

  va_start (ap, format);
  msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  mp_import_report_error (n->imp->report, row->line, row->column, "%s", msg);
  row->ok = FALSE;
}

gboolean
native_writing (Native *n)
{
  return mp_importer_ok (n->imp);
}

static inline int
digits (const char *t,
        int         n)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    v = v * 10 + (t[i] - '0');
  return v;
}

/* YYYY-MM-DDTHH:MM:SS, optional fraction, then Z or ±HH:MM. (Checked on
 * every observation: no strtol, no allocation.) */
gboolean
native_datetime_valid (const char *t)
{
  int y, mo, d;
  const char *p;

  for (int i = 0; i < 19; i++)
    {
      gboolean digit = i != 4 && i != 7 && i != 10 && i != 13 && i != 16;
      if (t[i] == '\0' || (digit && !g_ascii_isdigit (t[i])))
        return FALSE;
    }
  if (t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':')
    return FALSE;
  y = digits (t, 4);
  mo = digits (t + 5, 2);
  d = digits (t + 8, 2);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || digits (t + 11, 2) > 23 || digits (t + 14, 2) > 59 ||
      digits (t + 17, 2) > 59 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y))
    return FALSE;
  p = t + 19;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'Z')
    return p[1] == '\0';
  if (*p == '+' || *p == '-')
    return g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && p[3] == ':' &&
           g_ascii_isdigit (p[4]) && g_ascii_isdigit (p[5]) && p[6] == '\0' &&
           digits (p + 1, 2) <= 14 && digits (p + 4, 2) <= 59;
  return *p == '\0';
}

static char *
join_values (const char * const *values)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (int i = 0; values[i]; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", values[i]);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  return g_strdup (mp_format_canonical (buf, value));
}

/* Parses one attribute's text into `v`; FALSE after a reported problem. */
static gboolean
parse_attribute (Native     *n,
                 const Attr *a,
                 const char *text,
                 Value      *v)
{
  MpImporter *imp = n->imp;

  switch (a->kind)
    {
    case A_TEXT:
      v->type = VAL_TEXT;
      v->text = native_keep (n, text);
      return TRUE;

    case A_ENUM:
      for (int i = 0; a->values[i]; i++)
        if (g_str_equal (text, a->values[i]))
          {
            v->type = VAL_TEXT;
            v->text = a->values[i];
            return TRUE;
          }
      {
        g_autofree char *allowed = join_values (a->values);
        /* TRANSLATORS: attribute “kind”: “castle” is not one of: hospital, clinic, … */
        mp_importer_error (imp, _("attribute “%s”: “%s” is not one of: %s"), a->name, text, allowed);
      }
      return FALSE;

    case A_DATE:
      if (!mp_importer_date (imp, a->name, text))
        return FALSE;
      v->type = VAL_TEXT;
      v->text = native_keep (n, text);
      return TRUE;

    case A_YEAR:
      {
        int year;
        if (!mp_importer_year (imp, a->name, text, &year))
          return FALSE;
        v->type = VAL_INT;
        v->i = year;
        return TRUE;
      }

    case A_COUNT:
    case A_PERSONS:
      {
        gint64 count;
        if (!mp_importer_count (imp, a->name, text, &count))
          return FALSE;
        if (a->kind == A_PERSONS && count == 0)
          {
            mp_importer_error (imp, _("attribute “%s”: “%s” must be more than 0"), a->name, text);
            return FALSE;
          }
        if (a->max > 0 && (double) count > a->max)
          {
            g_autofree char *max = format_number (a->max);
            mp_importer_error (imp, _("attribute “%s”: “%s” is out of range (%s to %s)"), a->name, text, "0", max);
            return FALSE;
          }
        v->type = VAL_INT;
        v->i = count;
        return TRUE;
      }

    case A_REAL:
      {
        double d;
        if (!mp_importer_double (imp, a->name, text, &d))
          return FALSE;
        if (a->min < a->max && (d > a->max || d < a->min || (a->min_open && d == a->min)))
          {
            g_autofree char *min = format_number (a->min);
            g_autofree char *max = format_number (a->max);
            if (a->min_open)
              mp_importer_error (imp, _("attribute “%s”: “%s” is out of range (more than %s, up to %s)"),
                                 a->name, text, min, max);
            else
              mp_importer_error (imp, _("attribute “%s”: “%s” is out of range (%s to %s)"), a->name, text, min, max);
            return FALSE;
          }
        v->type = VAL_REAL;
        v->d = d;
        return TRUE;
      }

    case A_BOOL:
      if (g_str_equal (text, "true") || g_str_equal (text, "false"))
        {
          v->type = VAL_INT;
          v->i = text[0] == 't';
          return TRUE;
        }
      mp_importer_error (imp, _("attribute “%s”: “%s” is not “true” or “false”"), a->name, text);
      return FALSE;

    case A_REF:
      {
        gint64 id = mp_importer_id (imp, a->ref, text);
        if (id == 0)
          return FALSE;
        v->type = VAL_INT;
        v->i = id;
        v->text = native_keep (n, text);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

void
native_attributes (Native        *n,
                   const RowSpec *spec,
                   Row           *row)
{
  const char *names[MAX_VALUES + 1];
  const char *values[MAX_VALUES + 1];

  g_assert (spec->n_attrs <= MAX_VALUES);
  for (guint i = 0; i < spec->n_attrs; i++)
    names[i] = spec->attrs[i].name;
  names[spec->n_attrs] = NULL;

  if (!mp_importer_attributes (n->imp, names, values, TRUE))
    row->ok = FALSE;
  for (guint i = 0; i < spec->n_attrs; i++)
    {
      const Attr *a = &spec->attrs[i];
      Value scratch = { 0 };
      Value *v = a->slot >= 0 ? &row->v[a->slot] : &scratch;

      if (values[i] != NULL)
        row->present |= 1u << i;
      if (values[i] == NULL)
        {
          if (a->required)
            {
              mp_importer_require (n->imp, a->name, NULL);
              row->ok = FALSE;
            }
          continue;
        }
      if (*values[i] == '\0' && (a->kind != A_TEXT || a->required))
        {
          if (a->required)
            mp_importer_require (n->imp, a->name, NULL);
          else
            mp_importer_error (n->imp, _("attribute “%s” is empty"), a->name);
          row->ok = FALSE;
          continue;
        }
      if (!parse_attribute (n, a, values[i], v))
        row->ok = FALSE;
    }
}

/* ---- Structure ---------------------------------------------------------- */

/* Reads up to the end of the element at `depth`. */
static gboolean
skip_to_end (MpImporter *imp,
             int         depth)
{
  for (;;)
    {
      if (mp_importer_read (imp) != 1)
        return FALSE;
      if (xmlTextReaderNodeType (imp->reader) == XML_READER_TYPE_END_ELEMENT &&
          xmlTextReaderDepth (imp->reader) == depth)
        return TRUE;
    }
}

/* Skips the element the reader is on, with everything inside it. */
static gboolean
skip_element (MpImporter *imp)
{
  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return TRUE;
  return skip_to_end (imp, xmlTextReaderDepth (imp->reader));
}

/* Whether the current node is in the native namespace. Namespace names
 * are interned in the reader's dictionary: after the first, a comparison
 * of pointers. */
static gboolean
is_native (Native *n)
{
  const char *ns = mp_importer_namespace (n->imp);

  if (ns == NULL)
    return FALSE;
  if (ns == n->native_ns)
    return TRUE;
  if (!g_str_equal (ns, MP_NS_NATIVE))
    return FALSE;
  n->native_ns = ns;
  return TRUE;
}

/* An element that has no place here: reported, then skipped. */
static gboolean
unknown_element (MpImporter *imp,
                 const char *parent)
{
  const char *ns = mp_importer_namespace (imp);

  if (ns && !g_str_equal (ns, MP_NS_NATIVE))
    mp_importer_error (imp, _("unknown element “%s” (namespace “%s”) in “%s”"),
                       mp_importer_element (imp), ns, parent);
  else
    mp_importer_error (imp, _("unknown element “%s” in “%s”"), mp_importer_element (imp), parent);
  return skip_element (imp);
}

int
native_children (Native        *n,
                 const RowSpec *spec,
                 Row           *row,
                 const char    *stop_at)
{
  MpImporter *imp = n->imp;
  int depth = xmlTextReaderDepth (imp->reader);

  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return 1;

  for (;;)
    {
      const char *name;
      int type, found = -1;
      gboolean named = FALSE;
      char *text;

      if (mp_importer_read (imp) != 1)
        return 0;
      type = xmlTextReaderNodeType (imp->reader);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (imp->reader) == depth)
        return 1;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
        {
          mp_importer_error (imp, _("unexpected text in “%s”"), spec->element);
          row->ok = FALSE;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      name = mp_importer_element (imp);
      if (stop_at && is_native (n) && g_str_equal (name, stop_at))
        return 2;
      if (is_native (n))
        for (guint i = 0; i < spec->n_children && found < 0; i++)
          {
            const Child *c = &spec->children[i];
            if (!g_str_equal (name, c->name))
              continue;
            named = TRUE;
            if (c->lang == NULL || g_strcmp0 (mp_importer_lang (imp), c->lang) == 0)
              found = (int) i;
          }
      if (found < 0)
        {
          if (named)
            mp_importer_error (imp, _("“%s” needs xml:lang=\"vi\" or xml:lang=\"en\""), name);
          else
            mp_importer_error (imp, _("unknown element “%s” in “%s”"), name, spec->element);
          row->ok = FALSE;
          if (!skip_element (imp))
            return 0;
          continue;
        }
      if (row->seen_children & (1u << found))
        {
          if (spec->children[found].lang)
            mp_importer_error (imp, _("“%s” with xml:lang=\"%s\" appears twice in “%s”"),
                               name, spec->children[found].lang, spec->element);
          else
            mp_importer_error (imp, _("“%s” appears twice in “%s”"), name, spec->element);
          row->ok = FALSE;
          if (!skip_element (imp))
            return 0;
          continue;
        }
      row->seen_children |= 1u << found;

      {
        const char *none[] = { NULL };
        const char *nothing[1];
        if (!mp_importer_attributes (imp, none, nothing, TRUE))
          row->ok = FALSE;
      }
      text = mp_importer_text (imp);
      if (text == NULL)
        {
          row->ok = FALSE;
          if (imp->fatal || !skip_to_end (imp, depth + 1))
            return 0;
          continue;
        }
      if (*text)
        {
          Value *v = &row->v[spec->children[found].slot];
          v->type = VAL_TEXT;
          v->text = native_keep (n, text);
        }
      g_free (text);
    }
}

void
native_check_children (Native        *n,
                       const RowSpec *spec,
                       Row           *row)
{
  for (guint i = 0; i < spec->n_children; i++)
    {
      const Child *c = &spec->children[i];

      if (!c->required || row->v[c->slot].type != VAL_NULL)
        continue;
      if (c->lang)
        native_row_error (n, row, _("“%s” needs its <%s xml:lang=\"%s\"> element"), spec->element, c->name, c->lang);
      else
        native_row_error (n, row, _("“%s” needs its <%s> element"), spec->element, c->name);
    }
}

gboolean
native_first_time (Native     *n,
                   MpTable     table,
                   Row        *row,
                   const char *key,
                   const char *what)
{
  gpointer first;

  if (n->seen[table] == NULL)
    n->seen[table] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (n->seen[table], key, NULL, &first))
    {
      /* TRANSLATORS: the first %s is a row such as unit “VN-CT”. */
      native_row_error (n, row, _("%s appears twice in the file (first on line %d)"),
                        what, GPOINTER_TO_INT (first));
      return FALSE;
    }
  g_hash_table_insert (n->seen[table], g_strdup (key), GINT_TO_POINTER (row->line));
  return TRUE;
}

/* ---- The document ------------------------------------------------------- */

typedef gboolean (*RowFunc) (Native *n);

typedef struct {
  const char *name;
  const char *rows[2];
  RowFunc     funcs[2];
} Section;

static const Section sections[] = {
  { "documents",    { "document" },              { native_document } },
  { "units",        { "unit", "succession" },    { native_unit, native_succession } },
  { "populations",  { "population" },            { native_population } },
  { "indicators",   { "indicator" },             { native_indicator } },
  { "targets",      { "target" },                { native_target } },
  { "observations", { "observation" },           { native_observation } },
  { "facilities",   { "facility" },              { native_facility } },
  { "trainings",    { "training" },              { native_training } },
  { "transfers",    { "transfer" },              { native_transfer } },
};

/* Reads the rows of the section the reader is on. FALSE when the import
 * must stop. */
static gboolean
read_section (Native        *n,
              const Section *section)
{
  MpImporter *imp = n->imp;
  int last_kind = 0;

  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return TRUE;
  for (;;)
    {
      const char *name;
      int type, kind = -1;

      if (mp_importer_read (imp) != 1)
        return FALSE;
      type = xmlTextReaderNodeType (imp->reader);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (imp->reader) == 1)
        return TRUE;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
        {
          mp_importer_error (imp, _("unexpected text in “%s”"), section->name);
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      name = mp_importer_element (imp);
      for (int i = 0; i < 2 && section->rows[i]; i++)
        if (is_native (n) && g_str_equal (name, section->rows[i]))
          kind = i;
      if (kind < 0)
        {
          if (!unknown_element (imp, section->name))
            return FALSE;
          continue;
        }
      if (kind < last_kind)
        mp_importer_error (imp, _("“%s” must come before “%s” in “%s”"),
                           name, section->rows[last_kind], section->name);
      last_kind = MAX (last_kind, kind);

      g_string_chunk_clear (n->chunk);
      if (!section->funcs[kind] (n))
        return FALSE;
    }
}

static gboolean
read_root (Native *n)
{
  static const char * const names[] = { "version", "exported", NULL };
  MpImporter *imp = n->imp;
  const char *values[G_N_ELEMENTS (names)];
  int rc, last = -1;

  while ((rc = mp_importer_read (imp)) == 1 && mp_importer_element (imp) == NULL)
    ;
  if (rc != 1)
    {
      if (rc == 0)
        mp_importer_error (imp, _("the file holds no XML element"));
      return FALSE;
    }
  if (!is_native (n) || !g_str_equal (mp_importer_element (imp), "medplan"))
    {
      mp_importer_error (imp, _("the root element must be “medplan” in the namespace “%s”"), MP_NS_NATIVE);
      return FALSE;
    }
  mp_importer_attributes (imp, names, values, TRUE);
  if (mp_importer_require (imp, "version", values[0]) && !g_str_equal (values[0], "1"))
    {
      mp_importer_error (imp, _("attribute “version”: this Medplan reads version 1 of the format, not “%s”"), values[0]);
      return FALSE;
    }
  if (values[1] && !native_datetime_valid (values[1]))
    mp_importer_error (imp, _("attribute “%s”: “%s” is not a date and time (YYYY-MM-DDTHH:MM:SSZ)"),
                       "exported", values[1]);
  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return TRUE;

  for (;;)
    {
      const char *name;
      int type, index = -1;

      if (mp_importer_read (imp) != 1)
        return FALSE;
      type = xmlTextReaderNodeType (imp->reader);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (imp->reader) == 0)
        return TRUE;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
        {
          mp_importer_error (imp, _("unexpected text in “%s”"), "medplan");
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      name = mp_importer_element (imp);
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        if (is_native (n) && g_str_equal (name, sections[i].name))
          index = (int) i;
      if (index < 0)
        {
          if (!unknown_element (imp, "medplan"))
            return FALSE;
          continue;
        }
      if (index <= last)
        mp_importer_error (imp, _("the section “%s” is out of order or appears twice (the order is: "
                                  "documents, units, populations, indicators, targets, observations, "
                                  "facilities, trainings, transfers)"), name);
      last = MAX (last, index);
      {
        const char *none[] = { NULL };
        const char *nothing[1];
        mp_importer_attributes (imp, none, nothing, TRUE);
      }
      if (!read_section (n, &sections[index]))
        return FALSE;
      if (index == 1 && !native_units_done (n))
        return FALSE;
    }
}

gboolean
mp_import_native (MpImporter *imp)
{
  Native n = { 0 };
  gboolean ok;

  n.imp = imp;
  n.chunk = g_string_chunk_new (4096);
  /* The file says everything about its rows: an observation without a
   * source has none (other formats record the file's name instead). */
  imp->source = NULL;

  ok = read_root (&n);
  /* Whatever follows the root (comments) up to the end. */
  while (ok && mp_importer_read (imp) == 1)
    ;

  native_rows_clear (&n);
  for (int t = 0; t < MP_N_TABLES; t++)
    {
      g_clear_pointer (&n.seen[t], g_hash_table_unref);
      sqlite3_finalize (n.mergers[t].find);
      sqlite3_finalize (n.mergers[t].insert);
      sqlite3_finalize (n.mergers[t].update);
      sqlite3_finalize (n.find_code[t]);
    }
  g_string_chunk_free (n.chunk);
  return ok && !imp->fatal && mp_importer_ok (imp);
}
