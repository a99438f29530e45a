#!/usr/bin/env bash
# Fuzzes read -> parse -> validate -> render of one post-mortem with libFuzzer
# and AddressSanitizer for a number of seconds (default 60).
#
#   scripts/fuzz.sh [seconds]
#
# Seeds are the sample post-mortems and the test fixtures, copied at run time;
# inputs that reach new code are kept in .build-fuzz/corpus for the next run.
# A crash, sanitizer report, timeout (5 s) or memory blow-up (2 GB) makes the
# script print the saved input and exit 1. Replay one without the sanitizer:
#   swift run hindsight-fuzz <input>
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
scratch=.build-fuzz
# -sanitize=fuzzer would link libFuzzer's main into every executable, the theme
# embedder (a build tool) too; so coverage and libFuzzer are asked for
# separately, and the fuzz target calls libFuzzer's driver from its own main.
libfuzzer="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/lib/clang"
libfuzzer="$(ls "$libfuzzer"/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -n 1)"

# Toolchain leaks LSan cannot see through (Foundation's Data), none of ours.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
# Swift's own crash backtracer would run inside the sanitizer; libFuzzer reports the crash.
export SWIFT_BACKTRACE=enable=no
# The theme embedder runs during the build, sanitized like the rest.
swift build --scratch-path "$scratch" -c debug \
    -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
    -Xswiftc -DFUZZING -Xswiftc -use-ld=lld \
    -Xlinker "$libfuzzer" -Xlinker -lstdc++ \
    --product hindsight-fuzz 2>&1 | grep -v "Cannot export local symbol" >&2

seeds="$scratch/seeds"
corpus="$scratch/corpus"
artifacts="$scratch/artifacts"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"
# Not Fixtures/fuzz: its inputs are FuzzFindingTests' (some still crash, as known issues).
find postmortems Tests/HindsightCoreTests/Fixtures -path '*/Fixtures/fuzz' -prune -o -name '*.md' -print0 |
    while IFS= read -r -d '' file; do cp "$file" "$seeds/$(echo "$file" | tr / _)"; done

log="$scratch/fuzz.log"
status=0
"$scratch/debug/hindsight-fuzz" -dict=Fuzz/hindsight.dict -timeout=5 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$corpus" "$seeds" >"$log" 2>&1 || status=$?

initial="$(sed -n 's/.*INITED cov: \([0-9]*\).*/\1/p' "$log" | head -n 1)"
final="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' "$log" | tail -n 1)"
runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | head -n 1)"
echo "fuzz: ${runs:-?} inputs in ${seconds}s, coverage ${initial:-?} after the seeds, ${final:-?} at the end (log: $log)"
if [ "$status" -ne 0 ]; then
    grep -E "^==[0-9]+==ERROR|^SUMMARY|Fatal error|ALARM|out-of-memory|deadly signal" "$log" | head -n 5 >&2 || true
    for input in $(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log"); do
        echo "fuzz: error: failing input saved to $input (replay: swift run hindsight-fuzz $input)" >&2
    done
    exit 1
fi
# Coverage must grow from the seeds: a build without coverage counters fuzzes blind.
if [ -z "$initial" ] || [ "$initial" -eq 0 ]; then
    echo "fuzz: error: no coverage counters; the target was built without coverage" >&2
    exit 1
fi
