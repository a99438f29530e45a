#!/usr/bin/env python3
"""Writes post-mortem corpora whose site once grew with the square of the input.

    scripts/generate-shapes.py SHAPE FOLDER [--count N]

SHAPE is one of:
  many-tags   one file with N tags (default 2,000; about 18 KB)
  one-window  N incidents (default 800) in one 90-day window sharing a tag,
              each with an open action item
  copies      N copies (default 2,000) of one sample post-mortem

Measure a build of each with:
  /usr/bin/time -v .build/release/hindsight build FOLDER -o /dev/shm/out --as-of 2026-11-25
The same shapes are built in memory, at a smaller scale, by
Tests/HindsightCoreTests/Site/OutputBoundsTests.swift.
"""

import argparse
import datetime
import os
import sys

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "postmortems", "2025-04-22-billing-batch-pool-starvation.md")


def incident(title, date, tags, services="checkout", open_items=1, done_items=1):
    lines = [
        f"## Incident: {title}",
        "",
        f"**Date**: {date}",
        "**Severity**: P2",
        f"**Services**: {services}",
        f"**Tags**: {tags}",
        "",
        "### 1. Timeline",
        "",
        "-   `[10:00]` - Issue first detected: the checkout error alert fired.",
        "-   `[10:20]` - Root cause identified: the connection pool was exhausted by a batch job.",
        "-   `[10:30]` - Fix deployed: the batch job's pool was reduced.",
        "-   `[11:00]` - System verified as stable: error rate back to normal.",
        "",
        "### 2. Root Cause Analysis",
        "",
        "The batch job and the checkout service share one database, and the batch job's pool size was",
        "raised without a check of the total connection budget, so checkout could not get connections.",
        "Nothing in the review showed the total, because it is the product of two values in two files.",
        "",
        "### 3. Impact",
        "",
        "-   **Users Affected**: about 300 customers saw failed checkouts",
        "-   **Data Loss**: No",
        "-   **Duration**: 1 hour",
        "",
        "### 4. Lessons Learned",
        "",
        "1.  A pool size is a share of a budget that other services depend on.",
        "",
        "### 5. Action Items",
        "",
    ]
    for index in range(done_items):
        lines.append(f"-   `[x]` **Reduce the pool {index + 1}**: Lower the batch pool. Owner: Ana Lima. Due: {date}.")
    for index in range(open_items):
        lines.append(f"-   `[ ]` **Budget check {index + 1}**: Check the connection budget in CI. Owner: Ben Okafor. Due: 2026-12-31.")
    return "\n".join(lines) + "\n"


def many_tags(folder, count):
    tags = ", ".join(f"t{index:04d}" for index in range(count))
    with open(os.path.join(folder, "2026-06-01-many-tags.md"), "w") as file:
        file.write(incident("Checkout errors with many tags", "2026-06-01", tags))


def one_window(folder, count):
    start = datetime.date(2026, 6, 1)
    for index in range(count):
        day = start + datetime.timedelta(days=index * 90 // count)
        with open(os.path.join(folder, f"{day.isoformat()}-pool-{index:05d}.md"), "w") as file:
            file.write(incident(f"Checkout pool exhaustion {index}", day.isoformat(), f"connection-pool, t{index:05d}"))


def copies(folder, count):
    with open(SAMPLE) as file:
        text = file.read()
    for index in range(count):
        with open(os.path.join(folder, f"2025-04-22-copy-{index:05d}.md"), "w") as file:
            file.write(text)


SHAPES = {"many-tags": (many_tags, 2000), "one-window": (one_window, 800), "copies": (copies, 2000)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shape", choices=sorted(SHAPES))
    parser.add_argument("folder")
    parser.add_argument("--count", type=int)
    arguments = parser.parse_args()
    make, default = SHAPES[arguments.shape]
    os.makedirs(arguments.folder, exist_ok=True)
    if os.listdir(arguments.folder):
        sys.exit(f"error: {arguments.folder} is not empty")
    make(arguments.folder, arguments.count or default)


if __name__ == "__main__":
    main()
