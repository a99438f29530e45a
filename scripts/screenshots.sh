#!/usr/bin/env bash
# Screenshots of every page type at 1280 and 390 pixels wide, with headless
# Chromium (apt-get install chromium). Usage: scripts/screenshots.sh [SITE] [OUT]
# The README shows OUT/{overview,incident,trends}-1280.png, copied to docs/screenshots/.
# scripts/browser-tests.py takes full-page screenshots of every page type too (404 included).
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-_site}
out=${2:-/tmp/hindsight-screenshots}
command -v chromium >/dev/null || { echo "needs chromium: apt-get install -y chromium" >&2; exit 1; }
mkdir -p "$out"
[ -f "$site/index.html" ] || { echo "no site at $site (build it first: scripts/sample.sh)" >&2; exit 1; }
# An absolute file:// URL whether SITE was given relative or absolute.
site_url="file://$(cd "$site" && pwd)"
first_incident=$(ls "$site/incidents" | grep -v index.html | tail -1)
pages=(
  "overview:index.html"
  "incident:incidents/$first_incident/index.html"
  "incidents:incidents/index.html"
  "trends:trends/index.html"
  "actions:actions/index.html"
  "lessons:lessons/index.html"
  "tag:tags/$(ls "$site/tags" | head -1)/index.html"
  "service:services/$(ls "$site/services" | head -1)/index.html"
)
for entry in "${pages[@]}"; do
  name=${entry%%:*}
  page=${entry#*:}
  for width in 1280 390; do
    height=$([ "$width" = 1280 ] && echo 2200 || echo 2600)
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
      --window-size="$width,$height" --screenshot="$out/$name-$width.png" "$site_url/$page" >/dev/null 2>&1
    # Chromium exits 0 when it cannot load the page; a missing file is the failure.
    [ -s "$out/$name-$width.png" ] || { echo "no screenshot of $site_url/$page at $width px" >&2; exit 1; }
  done
  echo "$out/$name-{1280,390}.png"
done
