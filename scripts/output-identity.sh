#!/usr/bin/env bash
# Output identity: builds the sample corpus (postmortems/) and a generated
# 1,000-file corpus (../shared/bench/gen_corpus.py --seed 1) with fixed options
# and compares a SHA-256 of every file written with the manifests committed in
# Tests/Identity/. A refactor of the build must not change one byte of the site.
#
#   scripts/output-identity.sh            # compare (exit 1 and a diff on any change)
#   scripts/output-identity.sh --update   # rewrite the manifests after a deliberate,
#                                         # explained change (say why in the commit)
#
# Uses the release binary (builds it if needed). HINDSIGHT_SHARED overrides ../shared (see scripts/shared-folder.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
update=0
[ "${1:-}" = "--update" ] && update=1

. "$root/scripts/shared-folder.sh"
shared=$(shared_folder "$root")
[ -f "$shared/bench/gen_corpus.py" ] || { echo "output-identity.sh: no ../shared/bench/gen_corpus.py beside this repository or its origin (set HINDSIGHT_SHARED)" >&2; exit 2; }
swift build -c release --product hindsight 2>&1 | grep -Ev '^\[|^Building|^Compiling|^Write' || true
hindsight=$root/.build/release/hindsight
[ -x "$hindsight" ] || { echo "output-identity.sh: the release build failed" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/hindsight-identity.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 "$shared/bench/gen_corpus.py" --count 1000 --seed 1 --out "$work/corpus-1k" >/dev/null 2>&1

status=0
for name in sample corpus-1k; do
  if [ "$name" = sample ]; then input=postmortems; else input=$work/corpus-1k; fi
  # A build publishes with errors shown (exit 0); the generated corpus has none.
  # --no-git: the sample lives in this repository, so its git dates would change the hash
  # with every commit to postmortems/ (and differ between a clone and a worktree with edits).
  "$hindsight" build "$input" --output "$work/site-$name" --as-of 2026-11-25 --no-git \
    --base-url https://incidents.example.com/ >/dev/null
  actual=$work/$name.sha256
  (cd "$work/site-$name" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) > "$actual"
  manifest=Tests/Identity/$name.sha256
  if [ "$update" = 1 ]; then
    cp "$actual" "$manifest"
    echo "output-identity.sh: wrote $manifest ($(wc -l < "$manifest") files)"
  elif ! diff -u "$manifest" "$actual" > "$work/$name.diff"; then
    echo "output-identity.sh: the $name site changed ($(grep -c '^[-+]\.\|^[-+][0-9a-f]' "$work/$name.diff" || true) lines of $manifest differ):" >&2
    head -40 "$work/$name.diff" >&2
    status=1
  else
    echo "output-identity.sh: $name site identical ($(wc -l < "$manifest") files)"
  fi
done
exit $status
