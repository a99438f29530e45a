#!/usr/bin/env bash
# Resources: a 100,000-file corpus builds without running out of file
# descriptors or memory. The build runs with at most 256 open files (a tenth of
# a common default) and must finish, publish every incident page and stay under
# a memory ceiling; its wall time, stage times and peak memory are printed.
#
#   scripts/resources.sh [COUNT] [MAX_RSS_MIB]   # defaults: 100000 and 12288 (half this machine)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
ceiling=${2:-12288}
. scripts/shared-folder.sh
shared=$(shared_folder "$(pwd)")
[ -f "$shared/bench/gen_corpus.py" ] || { echo "resources.sh: no ../shared/bench/gen_corpus.py beside this repository or its origin (set HINDSIGHT_SHARED)" >&2; exit 2; }
if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=/dev/shm/hindsight-resources; else work=${TMPDIR:-/tmp}/hindsight-resources; fi
mkdir -p "$work"
[ -x /usr/bin/time ] || scripts/ensure-deps.sh time

swift build -c release --product hindsight 2>&1 | grep -Ev '^\[|^Building|^Compiling|^Write' || true
hindsight=$(pwd)/.build/release/hindsight
corpus=$work/md-$count
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  python3 "$shared/bench/gen_corpus.py" --count "$count" --seed 1 --out "$corpus" >/dev/null
  touch "$corpus/.complete"
fi
rm -rf "$work/site"
status=0
(ulimit -n 256 && /usr/bin/time -v -o "$work/time.txt" "$hindsight" build --verbose --as-of 2026-07-01 --output "$work/site" "$corpus") \
  >"$work/build.out" 2>"$work/build.err" || status=$?
cat "$work/build.out" "$work/build.err"
[ "$status" -eq 0 ] || { echo "resources: the build of $count files failed (exit $status) with 256 open files allowed" >&2; exit 1; }
pages=$(find "$work/site/incidents" -name index.html | wc -l)
# One page per incident plus the incident list.
[ "$pages" -eq $((count + 1)) ] || { echo "resources: $pages incident pages for $count files" >&2; exit 1; }
rss_kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
echo "resources: $count files built in $wall with 256 open files allowed; peak memory $((rss_kib / 1024)) MiB (ceiling $ceiling MiB)"
[ $((rss_kib / 1024)) -le "$ceiling" ] || { echo "resources: peak memory over the ceiling" >&2; exit 1; }
rm -rf "$work/site"
