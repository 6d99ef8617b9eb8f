#!/bin/sh
# test-install.sh — installs the build to a temporary DESTDIR and runs the
# installed programs there.
#
# Usage: test-install.sh BUILD_DIR PREFIX BINDIR DATADIR LOCALEDIR APP_ID
#
# 1. `meson install --destdir` of the build (not rebuilt): every file in place
#    (binaries, desktop file, metainfo, icons, settings schema, translations).
# 2. The installed medplan-cli makes a database with the sample data and
#    lists a unit's targets in Vietnamese. The prefix inside DESTDIR is not
#    the prefix the programs were built for: they look for their translations
#    in LOCALEDIR of the real prefix (compiled in, checked below), so the
#    relocated catalogue is given with MEDPLAN_LOCALEDIR. The application's
#    interface files are compiled in (GResource) and need nothing installed.
# 3. When a display is there (DISPLAY or WAYLAND_DISPLAY), the installed
#    medplan starts on the installed, compiled settings schema and draws its
#    first frame (MEDPLAN_BENCH_FIRST_FRAME=1 prints "first-frame-ms N" and
#    quits; src/app/mp-first-frame.c). Without a display that part is skipped.
set -eu
build=${1:?build dir}
prefix=${2:?prefix}
bindir=${3:?bindir}
datadir=${4:?datadir}
localedir=${5:?localedir}
app_id=${6:?app id}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/medplan-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
destdir="$tmp/root"
status=0
fail () { echo "FAIL: $*"; status=1; }

# Absolute option values are used as they are; relative ones are under the prefix.
under_prefix () { case "$1" in /*) echo "$destdir$1" ;; *) echo "$destdir$prefix/$1" ;; esac; }
bin=$(under_prefix "$bindir")
data=$(under_prefix "$datadir")
locale=$(under_prefix "$localedir")

# 1. Install.
meson install -C "$build" --destdir "$destdir" --no-rebuild --quiet > "$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log"; echo "FAIL: meson install"; exit 1; }

for f in \
  "$bin/medplan" \
  "$bin/medplan-cli" \
  "$data/applications/$app_id.desktop" \
  "$data/metainfo/$app_id.metainfo.xml" \
  "$data/icons/hicolor/scalable/apps/$app_id.svg" \
  "$data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "$data/glib-2.0/schemas/$app_id.gschema.xml" \
  "$locale/vi/LC_MESSAGES/medplan.mo"
do
  if [ -s "$f" ]; then echo "ok: ${f#"$destdir"}"; else fail "not installed: ${f#"$destdir"}"; fi
done
for f in "$bin/medplan" "$bin/medplan-cli"; do
  [ -x "$f" ] || fail "not executable: ${f#"$destdir"}"
done
# The desktop file names the installed program and icon.
grep -qx 'Exec=medplan %F' "$data/applications/$app_id.desktop" || fail "the desktop file does not run medplan"
grep -qx "Icon=$app_id" "$data/applications/$app_id.desktop" || fail "the desktop file does not name the icon $app_id"
# The installed metainfo carries the Vietnamese name and summary when vi.po
# translates them (merged at build time).
grep -q '<summary xml:lang="vi">' "$data/metainfo/$app_id.metainfo.xml" \
  || echo "note: the metainfo has no Vietnamese summary yet (po/vi.po does not translate it)"

# 2. The installed command line, in Vietnamese. The programs look for their
# catalogue in the real prefix's LOCALEDIR (compiled in):
case "$localedir" in /*) real_locale="$localedir" ;; *) real_locale="$prefix/$localedir" ;; esac
grep -aqF "$real_locale" "$bin/medplan-cli" || fail "medplan-cli does not look for its translations in $real_locale"
grep -aqF "$real_locale" "$bin/medplan" || fail "medplan does not look for its translations in $real_locale"

db="$tmp/medplan.db"
env -u MEDPLAN_LOCALEDIR LANGUAGE=en LC_ALL=C.UTF-8 "$bin/medplan-cli" --db "$db" init --sample \
  > "$tmp/init.out" 2>&1 || { cat "$tmp/init.out"; fail "medplan-cli init --sample"; }
[ -s "$db" ] || fail "medplan-cli init --sample wrote no database"
if env LANGUAGE=vi LC_ALL=C.UTF-8 MEDPLAN_LOCALEDIR="$locale" \
     "$bin/medplan-cli" --db "$db" targets --unit VN-CT > "$tmp/targets.vi" 2> "$tmp/targets.err"; then
  # "No data" and "latest" in Vietnamese, and a name of the sample in Vietnamese.
  for text in 'Chưa có số liệu' 'mới nhất' 'Số bác sĩ trên 10.000 dân'; do
    grep -qF "$text" "$tmp/targets.vi" || fail "medplan-cli targets is not in Vietnamese: no “$text”"
  done
  grep -qF 'No data' "$tmp/targets.vi" && fail "medplan-cli targets with LANGUAGE=vi shows English"
  echo "ok: medplan-cli targets --unit VN-CT in Vietnamese ($(wc -l < "$tmp/targets.vi") lines)"
else
  cat "$tmp/targets.err"; fail "medplan-cli targets --unit VN-CT"
fi

# 3. The installed application, under the display.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "skip: no display; the installed medplan is not started"
  exit $status
fi
schemas="$data/glib-2.0/schemas"
glib-compile-schemas --strict "$schemas" || fail "glib-compile-schemas $schemas"
mkdir -p "$tmp/home"
if env HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config" \
     GSETTINGS_SCHEMA_DIR="$schemas" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo \
     LANGUAGE=vi LC_ALL=C.UTF-8 MEDPLAN_LOCALEDIR="$locale" \
     MEDPLAN_DB="$db" MEDPLAN_BENCH_FIRST_FRAME=1 \
     timeout 60 "$bin/medplan" > "$tmp/medplan.out" 2> "$tmp/medplan.err"; then
  if grep -q '^first-frame-ms [0-9.]*$' "$tmp/medplan.out"; then
    echo "ok: the installed medplan drew its first frame: $(grep '^first-frame-ms' "$tmp/medplan.out")"
  else
    cat "$tmp/medplan.out" "$tmp/medplan.err"; fail "the installed medplan printed no first-frame-ms"
  fi
  # It found the installed schema (else it says nothing is remembered).
  grep -q 'settings schema .* is not installed' "$tmp/medplan.err" && fail "the installed medplan did not find its settings schema"
else
  cat "$tmp/medplan.out" "$tmp/medplan.err"; fail "the installed medplan did not run"
fi
exit $status
