#!/usr/bin/env bash
# The benchmark: times `hindsight check`, `metrics` and `build` against the
# per-file libcmark floor (../shared/bench/cmark_each.c) and Hugo, in one run,
# on deterministic corpora from ../shared/bench/gen_corpus.py.
#
#   scripts/bench.sh                         # 1,000 and 10,000 files, 5 runs each
#   scripts/bench.sh --sizes 1000 --runs 2   # what CI runs, to prove the script works
#   scripts/bench.sh --sizes "1000 10000 100000" --runs 3
#
# Prints, per corpus size, the median wall time of each command (hyperfine),
# its ratio to the floor it is judged against (check and metrics: the parse
# floor `cmark_each -`; build: the site floor `cmark_each DIR`, which also writes
# one HTML file per input), Hindsight's build against Hugo in words, and the
# peak memory of one run (/usr/bin/time -v). Absolute times swing 2x between
# runs on shared machines; ratios measured in the same run do not. The work
# folder defaults to /dev/shm (a tmpfs), which takes file-system noise out.
# A benchmark, never a test: it fails only when a command fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

sizes="1000 10000"
runs=5
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --dir) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

. "$root/scripts/shared-folder.sh"
shared=$(shared_folder "$root")
bench=$shared/bench
[ -f "$bench/gen_corpus.py" ] || { echo "bench.sh: no ../shared/bench/gen_corpus.py beside this repository or its origin (set HINDSIGHT_SHARED)" >&2; exit 2; }
if [ -z "$work" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=/dev/shm/hindsight-bench; else work=${TMPDIR:-/tmp}/hindsight-bench; fi
fi
mkdir -p "$work"

# Tools: hyperfine, a C compiler and GNU time; Hugo is optional (its column is left out without it).
need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
command -v cc >/dev/null 2>&1 || need+=(gcc)
[ -x /usr/bin/time ] || need+=(time)
scripts/ensure-deps.sh "${need[@]}"

swift build -c release --product hindsight 2>&1 | grep -Ev '^\[|^Building|^Compiling|^Write' || true
hindsight=$root/.build/release/hindsight
[ -x "$hindsight" ] || { echo "bench.sh: the release build failed" >&2; exit 1; }
cc -O2 -o "$work/cmark_each" "$bench/cmark_each.c" -lcmark

hugo_version=""
if command -v hugo >/dev/null 2>&1; then hugo_version=$(hugo version 2>/dev/null | awk '{print $2}'); fi

results=$work/results.tsv
: > "$results"
for n in $sizes; do
  md=$work/md-$n
  if [ ! -f "$md/.complete" ]; then
    rm -rf "$md"
    python3 "$bench/gen_corpus.py" --count "$n" --seed 1 --out "$md" >/dev/null
    touch "$md/.complete"
  fi
  if [ -n "$hugo_version" ] && [ ! -f "$work/hugo-$n/.complete" ]; then
    rm -rf "$work/hugo-$n"
    mkdir -p "$work/hugo-$n"
    cp -r "$bench/hugo-site/." "$work/hugo-$n/"
    python3 "$bench/gen_corpus.py" --count "$n" --seed 1 --out "$work/hugo-$n/content/posts" --front-matter >/dev/null
    touch "$work/hugo-$n/.complete"
  fi
  # cmark_each takes files as arguments: a list file keeps 100,000 paths under the argument limit.
  (cd "$md" && find . -name '*.md' | sort > "$work/files-$n.txt")
  mkdir -p "$work/cmark-out-$n"
  floor_parse="cd $md && xargs -a $work/files-$n.txt $work/cmark_each - 2>/dev/null"
  floor_site="cd $md && xargs -a $work/files-$n.txt $work/cmark_each $work/cmark-out-$n 2>/dev/null"
  check="$hindsight check $md > /dev/null"
  metrics="$hindsight metrics --as-of 2026-07-01 --format json $md > /dev/null"
  build="$hindsight build --as-of 2026-07-01 --output $work/site-$n $md > /dev/null"
  names=(floor-parse floor-site check metrics build)
  commands=("$floor_parse" "$floor_site" "$check" "$metrics" "$build")
  if [ -n "$hugo_version" ]; then
    names+=(hugo)
    commands+=("hugo --quiet -s $work/hugo-$n")
  fi
  # xargs may split a long list over several cmark_each processes: the floor is the sum, still one process at a time.
  echo "== $n files: ${#commands[@]} commands, $runs runs each" >&2
  args=()
  for i in "${!commands[@]}"; do args+=(--command-name "${names[$i]}" "${commands[$i]}"); done
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/hyperfine-$n.json" "${args[@]}" >&2
  for i in "${!commands[@]}"; do
    /usr/bin/time -v -o "$work/time-$n-${names[$i]}.txt" sh -c "${commands[$i]}" >/dev/null 2>&1 || true
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$n-${names[$i]}.txt")
    printf '%s\t%s\t%s\n' "$n" "${names[$i]}" "$rss" >> "$results"
  done
done

python3 - "$work" "$results" "$hugo_version" $sizes <<'EOF'
import json, sys
work, results, hugo_version, *sizes = sys.argv[1:]
rss = {}
for line in open(results):
    n, name, kib = line.rstrip("\n").split("\t")
    rss[(n, name)] = int(kib or 0)
def mib(kib): return f"{kib / 1024:.0f} MiB" if kib < 1024 * 1024 else f"{kib / 1024 / 1024:.2f} GiB"
print(f"hindsight benchmark (medians of hyperfine runs; Hugo {hugo_version or 'not installed'})")
print()
print("| files | command | median s | vs floor | vs Hugo | peak memory |")
print("|---:|---|---:|---:|---|---:|")
for n in sizes:
    data = json.load(open(f"{work}/hyperfine-{n}.json"))
    median = {r["command"]: r["median"] for r in data["results"]}
    for name in ["floor-parse", "floor-site", "check", "metrics", "build", "hugo"]:
        if name not in median: continue
        floor = median["floor-site"] if name in ("build", "hugo") else median["floor-parse"]
        ratio = "1×" if name.startswith("floor") else f"{median[name] / floor:.1f}×"
        versus = ""
        if name == "build" and "hugo" in median:
            factor = median["hugo"] / median["build"]
            versus = f"{factor:.1f}× faster than Hugo" if factor >= 1 else f"{1 / factor:.1f}× slower than Hugo"
        print(f"| {int(n):,} | {name} | {median[name]:.3f} | {ratio} | {versus} | {mib(rss.get((n, name), 0))} |")
EOF
