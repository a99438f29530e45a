#!/usr/bin/env bash
# Runs the suites that exercise the parallel build and the C boundary under
# ThreadSanitizer and AddressSanitizer (with LeakSanitizer), each in its own
# scratch folder so neither rebuilds the other's or the plain build.
#
#   scripts/sanitizers.sh [thread|address]...   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."

# The parallel paths: ParallelMap, Corpus.load, Validator, SiteBuilder's
# incident pages and SiteWriter, over a 200-file generated corpus.
thread_suites='ParallelMapTests|ParallelBuildTests|BuildCommandTests'
# ParallelMap and the writer, the cmark wrapper (the only code touching C
# pointers), the parser on random and damaged input, and the site. (The
# 200-file build adds little here and a minute under ASan.)
address_suites="ParallelMapTests|BuildCommandTests|CommonMarkTests|GeneratedPostMortemTests|ParserFuzzTests|PostMortemParserTests|SiteBuilderTests|SiteSafetyTests"

# Toolchain leaks LSan cannot see through (Foundation's Data), none of ours.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1"
export ASAN_OPTIONS="halt_on_error=1:detect_stack_use_after_return=1"
# Swift's own crash backtracer would run inside the sanitizer; the sanitizer reports.
export SWIFT_BACKTRACE=enable=no

run() {
    local sanitizer="$1" suites="$2" scratch=".build-${1:0:1}san" start status=0
    start=$(date +%s)
    swift build --build-tests --scratch-path "$scratch" --sanitize="$sanitizer" 2>&1 |
        grep -v "Cannot export local symbol" | tail -n 1
    swift test --scratch-path "$scratch" --sanitize="$sanitizer" --skip-build --disable-xctest \
        --filter "$suites" >"$scratch/sanitizer.log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        grep -A 40 -E "^(WARNING: ThreadSanitizer|==[0-9]+==ERROR)" "$scratch/sanitizer.log" | head -n 80 >&2 ||
            tail -n 40 "$scratch/sanitizer.log" >&2
        echo "sanitizers: error: $sanitizer sanitizer failed (log: $scratch/sanitizer.log)" >&2
        exit 1
    fi
    echo "sanitizers: $sanitizer: $(tail -n 1 "$scratch/sanitizer.log" | sed 's/^[^A-Za-z]*//'); $(($(date +%s) - start))s with the build"
}

for sanitizer in "${@:-thread address}"; do
    for one in $sanitizer; do
        case "$one" in
        thread) run thread "$thread_suites" ;;
        address) run address "$address_suites" ;;
        *) echo "usage: scripts/sanitizers.sh [thread|address]..." >&2; exit 2 ;;
        esac
    done
done
