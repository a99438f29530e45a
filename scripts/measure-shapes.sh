#!/usr/bin/env bash
# Builds the corpora of scripts/generate-shapes.py with a release binary and
# prints, per shape: wall time, peak memory, site size and the largest page.
#
#   scripts/measure-shapes.sh [BINARY] [SCALE]
#
# BINARY defaults to .build/release/hindsight (run `swift build -c release`
# first); SCALE multiplies each shape's default count (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/hindsight}
scale=${2:-1}
work=$(mktemp -d /dev/shm/hindsight-shapes.XXXXXX)
trap 'rm -rf "$work"' EXIT
declare -A counts=([many-tags]=2000 [one-window]=800 [copies]=2000)
printf '| shape | files | input | wall | peak RSS | site | largest page |\n|---|---|---|---|---|---|---|\n'
for shape in many-tags one-window copies; do
  count=$((counts[$shape] * scale))
  scripts/generate-shapes.py "$shape" "$work/in-$shape" --count "$count"
  /usr/bin/time -v "$binary" build "$work/in-$shape" -o "$work/out-$shape" --as-of 2026-11-25 \
    >/dev/null 2>"$work/time-$shape" || true
  wall=$(grep 'Elapsed (wall clock)' "$work/time-$shape" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/time-$shape" | awk '{printf "%.0f MB", $NF/1024}')
  input=$(du -sb "$work/in-$shape" | awk '{printf "%.0f KB", $1/1024}')
  site=$(du -sb "$work/out-$shape" 2>/dev/null | awk '{printf "%.1f MB", $1/1048576}')
  largest=$(find "$work/out-$shape" -name '*.html' -printf '%s %P\n' 2>/dev/null | sort -n | tail -1 |
    awk '{printf "%.2f MB (%s)", $1/1048576, $2}')
  files=$(find "$work/in-$shape" -name '*.md' | wc -l)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$shape" "$files" "$input" "$wall" "$rss" "$site" "$largest"
  rm -rf "$work/in-$shape" "$work/out-$shape"
done
