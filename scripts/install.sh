#!/usr/bin/env bash
# Builds hindsight in release mode with the Swift runtime linked in statically and
# installs it to PREFIX/bin (default /usr/local). The binary then needs only the C
# library, libcmark and libcurl at run time, not a Swift toolchain: build it once, cache it
# (docs/ci.md), and copy it to machines that have no Swift.
#
#   scripts/install.sh [PREFIX]
set -euo pipefail
prefix="${1:-/usr/local}"
cd "$(dirname "$0")/.."

if ! { pkg-config --exists libcmark 2>/dev/null || [ -f /usr/include/cmark.h ] || [ -f /opt/homebrew/include/cmark.h ] || [ -f /usr/local/include/cmark.h ]; }; then
  echo "error: hindsight needs libcmark (the CommonMark reference library) to build and to run." >&2
  if [ "$(uname)" = Darwin ]; then
    echo "  Install it with: brew install cmark" >&2
  else
    echo "  Install it with: sudo apt-get install -y libcmark-dev pkg-config   (Debian, Ubuntu)" >&2
    echo "               or: sudo dnf install -y cmark-devel pkgconf           (Fedora)" >&2
  fi
  exit 1
fi

# `hindsight serve` (FlyingFox) links Foundation's networking, which needs libcurl to link statically.
if [ "$(uname)" != Darwin ] && ! { pkg-config --exists libcurl 2>/dev/null || [ -f /usr/include/curl/curl.h ] || [ -f /usr/include/x86_64-linux-gnu/curl/curl.h ]; }; then
  echo "error: the static build needs libcurl's development files (Foundation's networking links against it)." >&2
  echo "  Install them with: sudo apt-get install -y libcurl4-openssl-dev   (Debian, Ubuntu)" >&2
  echo "               or: sudo dnf install -y libcurl-devel              (Fedora)" >&2
  exit 1
fi

static=(--static-swift-stdlib)
# Apple platforms ship the Swift runtime with the system and have no static one.
[ "$(uname)" = Darwin ] && static=()
swift build -c release --product hindsight "${static[@]}"
binary="$(swift build -c release --product hindsight "${static[@]}" --show-bin-path)/hindsight"
[ -x "$binary" ] || { echo "error: the build produced no $binary" >&2; exit 1; }

mkdir -p "$prefix/bin"
install -m 0755 "$binary" "$prefix/bin/hindsight"
echo "installed $prefix/bin/hindsight ($("$prefix/bin/hindsight" --version))"
