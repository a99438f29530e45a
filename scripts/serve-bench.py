#!/usr/bin/env python3
"""How long after an edit `hindsight serve` shows the change, against a full `hindsight build`.

    scripts/serve-bench.py CORPUS [--binary .build/release/hindsight] [--edits 5]

In one run: times `hindsight build CORPUS` (the median of --builds runs), starts
`hindsight serve` on a copy of CORPUS, then --edits times changes one post-mortem's
title and polls its page until the new title is served. Each edit's time runs from
the write to the first response showing it (the serve's own poll and settle times
included). Prints the medians and their ratio.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def fetch(url):
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read().decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--binary", default=".build/release/hindsight")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--builds", type=int, default=1)
    parser.add_argument("--as-of", default="2025-01-01")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="hindsight-serve-bench-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        builds = []
        for _ in range(args.builds):
            output = os.path.join(work, "site")
            start = time.monotonic()
            subprocess.run([args.binary, "build", args.corpus, "-o", output, "--as-of", args.as_of, "--force"],
                           check=True, stdout=subprocess.DEVNULL)
            builds.append(time.monotonic() - start)
            shutil.rmtree(output)
        build = statistics.median(builds)
        print(f"full build: {build:.2f}s (median of {len(builds)})", flush=True)

        corpus = os.path.join(work, "corpus")
        shutil.copytree(args.corpus, corpus)
        start = time.monotonic()
        serve = subprocess.Popen([args.binary, "serve", corpus, "--port", "0", "--as-of", args.as_of],
                                 stderr=subprocess.PIPE, text=True)
        line = serve.stderr.readline()
        startup = time.monotonic() - start
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            sys.exit(f"serve did not start: {line}{serve.stderr.read()}")
        base = f"http://127.0.0.1:{match.group(1)}/"
        print(f"serve: first build and listening in {startup:.2f}s", flush=True)
        names = sorted(name for name in os.listdir(corpus) if name.endswith(".md"))
        edits = []
        for number in range(args.edits):
            name = names[(number * 997) % len(names)]
            path = os.path.join(corpus, name)
            page = base + "incidents/" + name[:-3] + "/"
            fetch(page)  # rendered once before the edit, as an open page would be
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            marker = f"Edited {number} while serving"
            edited = re.sub(r"^(#+ *Incident: *)(.*)$", lambda m: m.group(1) + marker + " " + m.group(2), text, count=1, flags=re.M)
            if edited == text:
                sys.exit(f"{name}: no '## Incident:' title line to edit")
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(edited)
            while marker not in fetch(page):
                time.sleep(0.01)
            edits.append(time.monotonic() - start)
            print(f"edit {number + 1}: {name} served changed in {edits[-1]:.2f}s", flush=True)
            time.sleep(1)
        serve.terminate()
        serve.wait(timeout=120)
        edit = statistics.median(edits)
        print(f"edit to served page: {edit:.2f}s (median of {len(edits)}); full build {build:.2f}s; "
              f"ratio {edit / build * 100:.1f}% (target: at most 10%)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
