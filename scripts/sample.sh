#!/usr/bin/env bash
# Quick start: builds Hindsight, checks the sample post-mortems in postmortems/
# and builds the sample site into _site/ (open _site/index.html in a browser).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product hindsight 2>&1 | grep -Ev '^\[|^Building|^Compiling|^Write' || true
hindsight=.build/release/hindsight
[ -x "$hindsight" ] || { echo "the build failed" >&2; exit 1; }
"$hindsight" check postmortems
"$hindsight" build postmortems --incidents incident-register.csv --output _site "$@"
echo "Open _site/index.html in a browser."
