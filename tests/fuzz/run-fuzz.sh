#!/bin/sh
# run-fuzz.sh TARGET SEEDS REGRESSIONS SECONDS — runs one libFuzzer target for a bounded time
# (meson test --suite fuzz). New corpus entries stay in the build folder; a crash input is
# written next to them and its path printed: copy it into tests/fuzz/regressions/NAME/.
# The reliability inputs of ../shared are read as extra seeds when SITREP_SHARED_DIR has them.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
exe=$1; seeds=$2; regressions=$3; seconds=$4
name=$(basename "$exe")
work="$(dirname "$exe")/$name-work"
mkdir -p "$work/corpus" "$work/artifacts"
extra=""
if [ -d "$regressions" ]; then
  extra="$regressions"
fi
if [ -n "${SITREP_SHARED_DIR:-}" ] && [ -d "$SITREP_SHARED_DIR/reliability/fuzz-crashes" ]; then
  extra="$extra $SITREP_SHARED_DIR/reliability/fuzz-crashes"
fi
# inputs up to 1 MB, so depth and size problems are reachable
exec "$exe" -max_total_time="$seconds" -max_len=1048576 -timeout=20 -rss_limit_mb=2560 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  "$work/corpus" "$seeds" $extra
