#!/usr/bin/env python3
"""Check every internal link of built sites: href and src must reach a file, #fragments an id.

For each written HTML page, every href and src (a, link, img, script, …) is resolved:
- with a scheme (https:, mailto:, …) or protocol-relative (//host): external, skipped;
- relative: against the page's own file, as a browser does from file:// — it must name an
  existing file (a folder is broken: from file:// it shows a listing, not index.html);
- root-absolute (/path): only the 404 page may use them (it is served at any depth), and
  they resolve against the base URL's path; on any other page they are broken, since they
  cannot work from file:// or from a sub-path.
A #fragment must be the id (or <a name>) of an element in the target page, or of the same page
for a bare #fragment; an empty fragment (#) means the top of the page.

Absolute URLs under the site's base URL (canonical links, for example) are reported as notes
when they do not reach a page; they do not fail the check.

Usage: check_links.py --site DIR BASE_URL [--site DIR BASE_URL]...
Standard library only.
"""

import argparse
import html.parser
import os
import re
import sys
import urllib.parse

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
LINK_ATTRIBUTES = {"href", "src"}
MAX_SHOWN = 80


class PageParser(html.parser.HTMLParser):
    """Collects ids (and <a name>) and every href/src with its line."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.duplicate_ids = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                if name == "id" and value in self.ids:
                    self.duplicate_ids.append((self.getpos()[0], value))
                self.ids.add(value)
            elif name in LINK_ATTRIBUTES:
                self.links.append((self.getpos()[0], tag, name, value))

    handle_startendtag = handle_starttag


def parse(path):
    parser = PageParser()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    parser.close()
    return parser


class Site:
    def __init__(self, root, base_url):
        self.root = os.path.abspath(root)
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.base_path = urllib.parse.urlparse(self.base_url).path or "/"
        self.pages = {}
        for folder, _, names in os.walk(self.root):
            for name in names:
                if name.endswith(".html"):
                    rel = os.path.relpath(os.path.join(folder, name), self.root).replace(os.sep, "/")
                    self.pages[rel] = parse(os.path.join(folder, name))

    def exists(self, rel):
        return os.path.isfile(os.path.join(self.root, rel))

    def check(self):
        """Returns (links checked, broken [(page, line, href, why)], notes, duplicate ids)."""
        checked, broken, notes, duplicates = 0, [], [], []
        for page, parsed in sorted(self.pages.items()):
            for line, value in parsed.duplicate_ids:
                duplicates.append((page, line, value))
            for line, tag, attribute, href in parsed.links:
                href_stripped = href.strip()
                if href_stripped != href:
                    broken.append((page, line, f"{attribute}={href!r}", "leading or trailing spaces"))
                    continue
                if SCHEME.match(href) or href.startswith("//"):
                    note = self.check_absolute(href)
                    if note:
                        notes.append((page, line, href, note))
                    continue
                checked += 1
                why = self.check_internal(page, href)
                if why:
                    broken.append((page, line, f"{attribute}={href!r}", why))
        return checked, broken, notes, duplicates

    def check_internal(self, page, href):
        parts = urllib.parse.urlsplit(href)
        path = urllib.parse.unquote(parts.path)
        fragment = urllib.parse.unquote(parts.fragment) if "#" in href else None
        if path == "":
            target = page
        elif path.startswith("/"):
            if page != "404.html":
                return "root-absolute path on a page that must link relatively (breaks from file:// and sub-paths)"
            if not path.startswith(self.base_path):
                return f"absolute path outside the base URL's path {self.base_path}"
            target = path[len(self.base_path):]
        else:
            folder = os.path.dirname(page)
            target = os.path.normpath(os.path.join(folder, path)).replace(os.sep, "/")
            if target == "." or target.startswith("../") or target == "..":
                return "leaves the site's folder"
        if target == "" or path.endswith("/") or os.path.isdir(os.path.join(self.root, target)):
            return "points to a folder, not a file (write …/index.html)"
        if not self.exists(target):
            return f"no such file: {target}"
        if fragment:
            if target not in self.pages:
                return f"#{fragment} in a file that is not an HTML page: {target}"
            if fragment not in self.pages[target].ids:
                where = "this page" if target == page else target
                return f"no element with id '{fragment}' in {where}"
        return None

    def check_absolute(self, href):
        """A note when an absolute URL under the base URL does not reach a page or file."""
        if not href.startswith(self.base_url):
            return None
        parts = urllib.parse.urlsplit(href[len(self.base_url):])
        rel = urllib.parse.unquote(parts.path)
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        if not self.exists(rel):
            return f"absolute URL into the site reaches no file ({rel})"
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", nargs=2, action="append", required=True, metavar=("DIR", "BASE_URL"),
                        help="a built site and the base URL it was built with (repeatable)")
    args = parser.parse_args()

    total_pages = total_links = 0
    all_broken, all_notes, all_duplicates = [], [], []
    for root, base in args.site:
        site = Site(root, base)
        checked, broken, notes, duplicates = site.check()
        label = os.path.basename(os.path.normpath(root))
        total_pages += len(site.pages)
        total_links += checked
        all_broken += [(label, *b) for b in broken]
        all_notes += [(label, *n) for n in notes]
        all_duplicates += [(label, *d) for d in duplicates]

    status = "PASS" if not all_broken else "FAIL"
    print(f"links: {status}: {len(all_broken)} broken of {total_links} internal links in {total_pages} pages")
    if all_broken:
        reasons = {}
        for *_, why in all_broken:
            key = re.sub(r"'[^']*'", "…", why)
            key = re.sub(r" in (this page|\S+)$", " in the target page", key)
            key = re.sub(r": .*", "", key)
            reasons[key] = reasons.get(key, 0) + 1
        for why, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            print(f"    {n:5d} × {why}")
    for label, page, line, href, why in all_broken[:MAX_SHOWN]:
        print(f"  {label}/{page}:{line}: {href}: {why}")
    if len(all_broken) > MAX_SHOWN:
        print(f"  … and {len(all_broken) - MAX_SHOWN} more")
    if all_duplicates:
        print(f"  note: {len(all_duplicates)} duplicate ids (not counted; vnu reports them as errors)")
        for label, page, line, value in all_duplicates[:20]:
            print(f"    {label}/{page}:{line}: id {value!r} used twice")
    if all_notes:
        print(f"  note: {len(all_notes)} absolute URLs into the site reach no file (not counted)")
        for label, page, line, href, why in all_notes[:20]:
            print(f"    {label}/{page}:{line}: {href}: {why}")
    return 1 if all_broken else 0


if __name__ == "__main__":
    sys.exit(main())
