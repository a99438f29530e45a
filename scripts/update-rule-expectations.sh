#!/usr/bin/env bash
# Regenerates Tests/HindsightCoreTests/Fixtures/rules/*/expected.txt from the
# current build. Review the diff line by line before committing: these files
# are the rules' golden output.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product hindsight >/dev/null
for dir in Tests/HindsightCoreTests/Fixtures/rules/*/; do
  rule=$(basename "$dir")
  abs=$(cd "$dir" && pwd)
  register=()
  [ -f "$abs/triggers/incidents.csv" ] && register=(--incidents "$abs/triggers/incidents.csv")
  (.build/debug/hindsight check "$abs/triggers" "${register[@]}" || true) \
    | grep -E ": (error|warning): .*\[$rule\]$" | sed "s#$abs/##g" > "$dir/expected.txt" || true
done
git --no-pager diff --stat -- Tests/HindsightCoreTests/Fixtures/rules
