#!/usr/bin/env python3
"""Check every Atom feed (feed.xml) of built sites.

Each feed must parse with feedparser without "bozo" (not well-formed, wrong encoding, …)
and be Atom 1.0; read again with ElementTree, it must have what RFC 4287 requires: one feed
id, title and updated; an author on the feed or on every entry; and, on every entry, one
id, title and updated and a link. Dates must be RFC 3339, ids unique, and every link under
the base URL must reach a page that exists. There must be a feed at the root, one per
country page (countries/<code>/) and one per program page (programs/<slug>/).

Usage: check_feeds.py --site DIR BASE_URL [--site DIR BASE_URL]...
Needs feedparser (pip).
"""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

from report import report

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
MAX_SHOWN = 60


def expected_feeds(root):
    """The feeds the site must have: the root's and one beside each country and program page."""
    feeds = {"feed.xml"}
    for section in ("countries", "programs"):
        folder = os.path.join(root, section)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if os.path.isfile(os.path.join(folder, name, "index.html")):
                feeds.add(f"{section}/{name}/feed.xml")
    return feeds


def reaches_page(root, base_url, href):
    if not href.startswith(base_url):
        return True  # not ours to check
    rel = href[len(base_url):].split("#")[0].split("?")[0]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return os.path.isfile(os.path.join(root, rel))


def check_feed(root, base_url, rel, feedparser):
    problems = []
    path = os.path.join(root, rel)
    parsed = feedparser.parse(path)
    if parsed.get("bozo"):
        problems.append(f"feedparser bozo: {parsed.get('bozo_exception')!r}")
    if parsed.get("version") != "atom10":
        problems.append(f"feedparser sees version {parsed.get('version')!r}, not 'atom10'")

    try:
        tree = ET.parse(path)
    except ET.ParseError as error:
        return problems + [f"not well-formed XML: {error}"], 0
    feed = tree.getroot()
    if feed.tag != ATOM + "feed":
        return problems + [f"root element is {feed.tag}, not Atom's feed"], 0

    def one(parent, name, where):
        found = parent.findall(ATOM + name)
        if len(found) != 1:
            problems.append(f"{where}: {len(found)} <{name}> elements, Atom requires exactly one")
            return None
        text = (found[0].text or "").strip()
        if name in ("id", "title") and not text:
            problems.append(f"{where}: empty <{name}>")
        if name == "updated" and not RFC3339.match(text):
            problems.append(f"{where}: <updated> {text!r} is not an RFC 3339 date-time")
        return text

    feed_id = one(feed, "id", "feed")
    one(feed, "title", "feed")
    one(feed, "updated", "feed")
    if feed_id and not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", feed_id):
        problems.append(f"feed: id {feed_id!r} is not an absolute IRI")
    self_links = [l.get("href") for l in feed.findall(ATOM + "link") if l.get("rel") == "self"]
    if self_links != [base_url + rel]:
        problems.append(f"feed: rel=self link {self_links} should be [{base_url + rel!r}]")
    for link in feed.findall(ATOM + "link"):
        if not reaches_page(root, base_url, link.get("href", "")):
            problems.append(f"feed: link {link.get('href')!r} reaches no page")
    feed_has_author = bool(feed.findall(ATOM + "author/" + ATOM + "name"))

    ids = set()
    entries = feed.findall(ATOM + "entry")
    for index, entry in enumerate(entries, 1):
        title = (entry.findtext(ATOM + "title") or "").strip()
        where = f"entry {index} ({title[:50]!r})"
        entry_id = one(entry, "id", where)
        one(entry, "title", where)
        one(entry, "updated", where)
        links = entry.findall(ATOM + "link")
        if not links:
            problems.append(f"{where}: no <link>")
        alternates = [l for l in links if l.get("rel", "alternate") == "alternate"]
        if not entry.findall(ATOM + "content") and not alternates:
            problems.append(f"{where}: no <content> and no rel=alternate link (RFC 4287 4.1.2)")
        for link in links:
            if not link.get("href"):
                problems.append(f"{where}: <link> without href")
            elif not reaches_page(root, base_url, link.get("href")):
                problems.append(f"{where}: link {link.get('href')!r} reaches no page")
        if not feed_has_author and not entry.findall(ATOM + "author/" + ATOM + "name"):
            problems.append(f"{where}: no author on the entry nor on the feed")
        if entry_id in ids:
            problems.append(f"{where}: duplicate id {entry_id!r}")
        ids.add(entry_id)
    return problems, len(entries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", nargs=2, action="append", required=True, metavar=("DIR", "BASE_URL"))
    args = parser.parse_args()
    try:
        import feedparser  # type: ignore
    except ImportError:
        print("feeds: FAILED: feedparser is not installed (pip install feedparser)")
        return 2

    failures, feeds, entries = [], 0, 0
    for root, base_url in args.site:
        root = os.path.abspath(root)
        label = os.path.basename(root)
        found = set()
        for folder, _, names in os.walk(root):
            if "feed.xml" in names:
                found.add(os.path.relpath(os.path.join(folder, "feed.xml"), root).replace(os.sep, "/"))
        for missing in sorted(expected_feeds(root) - found):
            failures.append(f"{label}/{missing}: missing (its page exists, its feed does not)")
        for rel in sorted(found):
            problems, count = check_feed(root, base_url, rel, feedparser)
            feeds += 1
            entries += count
            failures += [f"{label}/{rel}: {p}" for p in problems]

    return report("feeds", failures, f"{len(failures)} problems in {feeds} feeds with {entries} entries", MAX_SHOWN)


if __name__ == "__main__":
    sys.exit(main())
