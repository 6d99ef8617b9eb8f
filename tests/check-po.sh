#!/bin/sh
# Checks the translations: po/vi.po compiles (msgfmt --check), has no
# untranslated or fuzzy message, and translates every string the sources
# mark; and po/POTFILES.in lists every source file with marked strings.
set -eu
src=${1:?source dir}
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# 1. Every file with translatable strings is in POTFILES.in.
listed="$tmp/listed"
grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$listed"
found="$tmp/found"
{
  grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|ngettext)\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' data --include='*.ui' --include='*.xml' --include='*.in' || true
  # The desktop file and the metainfo are translated whole (xgettext knows
  # their formats) and mark nothing.
  ls data/*.desktop.in data/*.metainfo.xml.in 2>/dev/null || true
} | sort -u > "$found"
missing=$(comm -13 "$listed" "$found")
if [ -n "$missing" ]; then
  echo "po/POTFILES.in misses files with translatable strings:"; echo "$missing"; status=1
fi
gone=$(comm -23 "$listed" "$found")
if [ -n "$gone" ]; then
  echo "po/POTFILES.in lists files without translatable strings (or missing):"; echo "$gone"; status=1
fi

# 2. vi.po compiles cleanly and is complete.
msgfmt --check -o /dev/null po/vi.po
stats=$(LC_ALL=C msgfmt --statistics -o /dev/null po/vi.po 2>&1)
echo "vi.po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/vi.po is not complete"; status=1 ;;
esac

# 3. Every string marked in the sources has a translation in vi.po.
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
  -f "$listed" -o "$tmp/medplan.pot"
if ! msgcmp po/vi.po "$tmp/medplan.pot" 2> "$tmp/msgcmp"; then
  echo "po/vi.po lacks translations of strings in the sources:"; head -40 "$tmp/msgcmp"; status=1
fi
exit $status
