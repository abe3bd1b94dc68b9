#!/bin/sh
# bench/run.sh — builds and runs Sitrep's benchmarks, printing `name value unit` lines.
#
# Usage: bench/run.sh [BUILDDIR]      (default: _build-bench, set up if missing)
# Environment: BENCH_IMPORT_ARGS, BENCH_OPEN_ARGS add options to each program
# (e.g. BENCH_OPEN_ARGS="--articles 20000" for a quick run).
# BENCH_AGREEMENT_ARGS and BENCH_EXPORT_ARGS likewise (e.g. BENCH_EXPORT_ARGS="--articles 10000";
# the full export bench builds a 100,000-article project and takes tens of minutes).
# BENCH_VIEW_EVENTS (default 500000) is the event count of the views' benchmarks
# (map frame, timeline frame, one edit through the event index), each against
# 50,000 in the same run; BENCH_VIEWS=0 leaves them out. They need a display:
# without one they run under xvfb-run.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-"$srcdir/_build-bench"}

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" "$srcdir" --buildtype=debugoptimized >/dev/null
fi
ninja -C "$builddir" src/cli/sitrep-cli bench/gen-corpus bench/bench-import bench/bench-open-large >/dev/null
ninja -C "$builddir" bench/bench-agreement bench/bench-export >/dev/null
ninja -C "$builddir" bench/bench-map bench/bench-timeline bench/bench-event-index >/dev/null

echo "# load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "# commit: $(git -C "$srcdir" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$srcdir" diff --quiet 2>/dev/null || echo ' (with local changes)')"

status=0
start=$(date +%s)
# shellcheck disable=SC2086
"$builddir/bench/bench-import" ${BENCH_IMPORT_ARGS:-} || status=1
# shellcheck disable=SC2086
"$builddir/bench/bench-open-large" ${BENCH_OPEN_ARGS:-} || status=1
# shellcheck disable=SC2086
"$builddir/bench/bench-agreement" ${BENCH_AGREEMENT_ARGS:-} || status=1
# shellcheck disable=SC2086
"$builddir/bench/bench-export" ${BENCH_EXPORT_ARGS:-} || status=1

if [ "${BENCH_VIEWS:-1}" != 0 ]; then
  n=${BENCH_VIEW_EVENTS:-500000}
  display=""
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    display="xvfb-run -a -s '-screen 0 1600x1000x24'"
  fi
  for program in "bench-map $n" "bench-timeline $n" "bench-event-index $n"; do
    echo "# $program"
    eval "GTK_A11Y=none NO_AT_BRIDGE=1 $display \"\$builddir/bench/\"$program" || status=1
  done
fi
echo "# total $(( $(date +%s) - start )) s"
exit $status
