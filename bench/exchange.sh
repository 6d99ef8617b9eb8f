#!/bin/bash
# bench/exchange.sh — the exchange figures of DESIGN §8, each with its
# baseline measured in the same run:
#
#   import   medplan-cli import of a native file of 1,000,000 observations
#            into a fresh database (units and indicators are declared in
#            the same file)
#   export   medplan-cli export (native) of those 1,000,000 observations
#   xmllint  xmllint --stream --noout of the same file (libxml2 streaming)
#   csv-in   the sqlite3 shell's .import of the same rows as CSV into a
#            WITHOUT ROWID table keyed (indicator, unit, period)
#   csv-out  the sqlite3 shell's CSV dump of that table
#
# Every figure is the best of 3 runs, wall clock. Goals: import ≤ 1.5 ×
# (xmllint + csv-in) and ≤ 4 s; export ≤ 2 × csv-out.
#
#   bench/exchange.sh [BUILD_DIR]       (default: build)
#   BENCH_OBSERVATIONS=100000 bench/exchange.sh build   (a smaller run)
#   BENCH_DIR=/some/dir keeps the files there instead of a temporary folder.
#
# Exits 0 when every goal is met, 1 when one is missed, 2 when a step fails.
set -euo pipefail

build=${1:-build}
cli=$build/src/cli/medplan-cli
gen=$build/bench/bench-gen
n=${BENCH_OBSERVATIONS:-1000000}
runs=${BENCH_RUNS:-3}

for tool in "$cli" "$gen"; do
  if [ ! -x "$tool" ]; then
    echo "exchange.sh: $tool is missing; build first (meson compile -C $build)" >&2
    exit 2
  fi
done
for tool in xmllint sqlite3; do
  if ! command -v "$tool" >/dev/null; then
    echo "exchange.sh: $tool is missing (Debian: libxml2-utils, sqlite3)" >&2
    exit 2
  fi
done

if [ -n "${BENCH_DIR:-}" ]; then
  dir=$BENCH_DIR
  mkdir -p "$dir"
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/medplan-bench-XXXXXX")
  trap 'rm -rf "$dir"' EXIT
fi
export MEDPLAN_DB=$dir/unused.db LC_ALL=C.UTF-8 LANGUAGE=en

now() { date +%s.%N; }

# best NAME PREPARE COMMAND...: runs PREPARE (not timed) then COMMAND,
# $runs times; sets best_NAME to the shortest wall-clock time in seconds.
best() {
  local name=$1 prepare=$2 t0 t1 t best=""
  shift 2
  for _ in $(seq "$runs"); do
    eval "$prepare"
    t0=$(now)
    if ! "$@" >"$dir/$name.out" 2>&1; then
      echo "exchange.sh: $name failed:" >&2
      tail -5 "$dir/$name.out" >&2
      exit 2
    fi
    t1=$(now)
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  printf -v "best_$name" '%s' "$best"
  printf '%-9s %7.3f s   (best of %d)\n' "$name" "$best" "$runs"
}

echo "Generating $n observations in $dir ..."
"$gen" --observations "$n" --csv "$dir/rows.csv" "$dir/obs.xml"
size=$(stat -c %s "$dir/obs.xml")
echo "native file: $((size / 1000000)) MB; CSV: $(($(stat -c %s "$dir/rows.csv") / 1000000)) MB"
echo

fresh_db='rm -rf "$dir/m.db" "$dir/m.db-wal" "$dir/m.db-shm" "$dir/backups" && "$cli" --db "$dir/m.db" init >/dev/null 2>&1'
best import "$fresh_db" "$cli" --db "$dir/m.db" import "$dir/obs.xml"
best export 'rm -f "$dir/export.xml"' "$cli" --db "$dir/m.db" export "$dir/export.xml"
exported=$(grep -c '<observation ' "$dir/export.xml" || true)
if [ "$exported" -ne "$n" ]; then
  echo "exchange.sh: the export holds $exported observations, not $n" >&2
  exit 2
fi

best xmllint true xmllint --stream --noout "$dir/obs.xml"
csv_table='CREATE TABLE t (indicator TEXT NOT NULL, unit TEXT NOT NULL, period TEXT NOT NULL,
  value REAL NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (indicator, unit, period)) WITHOUT ROWID;'
best csv_in 'rm -f "$dir/t.db"' sqlite3 "$dir/t.db" "$csv_table" ".mode csv" ".import $dir/rows.csv t"
best csv_out 'rm -f "$dir/dump.csv"' sqlite3 "$dir/t.db" ".mode csv" ".once $dir/dump.csv" "SELECT * FROM t"
rows=$(wc -l <"$dir/dump.csv")
if [ "$rows" -ne "$n" ]; then
  echo "exchange.sh: the sqlite3 baseline holds $rows rows, not $n" >&2
  exit 2
fi

echo
awk -v imp="$best_import" -v ex="$best_export" -v xl="$best_xmllint" \
    -v ci="$best_csv_in" -v co="$best_csv_out" -v n="$n" '
  function verdict(ok) { return ok ? "ok" : "MISSED"; }
  BEGIN {
    r_imp = imp / (xl + ci); r_exp = ex / co;
    ok = (r_imp <= 1.5) && (r_exp <= 2) && (n < 1000000 || imp <= 4);
    printf "import / (xmllint + csv-in) = %.3f / (%.3f + %.3f) = %.2f   goal <= 1.5   %s\n", imp, xl, ci, r_imp, verdict(r_imp <= 1.5);
    printf "import time                 = %.3f s                        goal <= 4 s   %s\n", imp, verdict(imp <= 4);
    printf "export / csv-out            = %.3f / %.3f = %.2f              goal <= 2     %s\n", ex, co, r_exp, verdict(r_exp <= 2);
    printf "throughput: import %.0f rows/s, export %.0f rows/s\n", n / imp, n / ex;
    exit ok ? 0 : 1;
  }'
