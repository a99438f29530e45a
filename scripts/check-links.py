#!/usr/bin/env python3
"""Checks that every internal link and anchor in a built site resolves.

Usage: scripts/check-links.py [SITE_DIR]   (default: _site)
Exits 1 and lists the broken links when any is found.
"""
import html.parser
import os
import sys
import urllib.parse


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "_site")
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                page = Page()
                with open(path, encoding="utf-8") as handle:
                    page.feed(handle.read())
                pages[path] = page
    broken, checked = [], 0
    for path, page in sorted(pages.items()):
        if os.path.relpath(path, root) == "404.html":
            continue  # its links are absolute under --base-url
        for link in page.links:
            parsed = urllib.parse.urlsplit(link)
            if parsed.scheme or parsed.netloc:
                continue
            checked += 1
            target = path if not parsed.path else os.path.normpath(
                os.path.join(os.path.dirname(path), urllib.parse.unquote(parsed.path)))
            if os.path.isdir(target):
                target = os.path.join(target, "index.html")
            if not target.startswith(root) or not os.path.exists(target):
                broken.append(f"{os.path.relpath(path, root)}: {link} (no such file)")
            elif parsed.fragment and target in pages and parsed.fragment not in pages[target].ids:
                broken.append(f"{os.path.relpath(path, root)}: {link} (no such anchor)")
    for line in broken:
        print(line)
    print(f"{len(pages)} pages, {checked} internal links, {len(broken)} broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
