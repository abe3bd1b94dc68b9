#!/bin/sh
# bench/run.sh — builds and runs Sitrep's benchmarks, printing `name value unit` lines.
#
# Usage: bench/run.sh [BUILDDIR]      (default: _build-bench, set up if missing)
# Environment: BENCH_IMPORT_ARGS, BENCH_OPEN_ARGS add options to each program
# (e.g. BENCH_OPEN_ARGS="--articles 20000" for a quick run).
# BENCH_AGREEMENT_ARGS and BENCH_EXPORT_ARGS likewise (e.g. BENCH_EXPORT_ARGS="--articles 10000";
# the full export bench builds a 100,000-article project and takes tens of minutes).
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
echo "# total $(( $(date +%s) - start )) s"
exit $status
