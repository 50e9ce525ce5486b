#!/usr/bin/env python3
"""Check sitemap.xml (and robots.txt) of built sites against the sitemaps.org 0.9 protocol.

The sitemap must be well-formed UTF-8 XML whose root is <urlset> in the namespace
http://www.sitemaps.org/schemas/sitemap/0.9, and follow the rules of that namespace's
schema (sitemap.xsd), checked here in Python without fetching it:
- urlset holds one or more <url> (elements of other namespaces are allowed as extensions);
- each url holds, in this order, exactly one <loc>, then at most one each of <lastmod>,
  <changefreq>, <priority>, then only elements of other namespaces;
- loc is an absolute URL of 12 to 2048 characters; lastmod a W3C date or date-time;
  changefreq one of always/hourly/daily/weekly/monthly/yearly/never; priority 0.0 to 1.0;
- at most 50,000 URLs and 50 MiB.
Beyond the schema: every loc starts with the base URL (a sitemap at the site's root may only
list URLs below it), no loc is repeated, and the locs are exactly the pages of the site:
every index.html (404.html is not a page to list), nothing else. robots.txt must name the
sitemap's absolute URL.

Usage: check_sitemap.py --site DIR BASE_URL [--site DIR BASE_URL]...
Standard library only.
"""

import argparse
import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET

from report import report

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ORDER = ["loc", "lastmod", "changefreq", "priority"]
CHANGEFREQ = {"always", "hourly", "daily", "weekly", "monthly", "yearly", "never"}
W3C_DATE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
ABSOLUTE = re.compile(r"^https?://[^/\s]+/\S*$")
MAX_SHOWN = 60


def is_w3c_datetime(text):
    """A W3C date or date-time (YYYY, YYYY-MM, YYYY-MM-DD, or with a time and zone) that exists."""
    match = W3C_DATE.match(text)
    if not match:
        return False
    parts = text[:10].split("-")
    try:
        datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        if "T" in text:
            hour, minute = int(text[11:13]), int(text[14:16])
            second = int(text[17:19]) if text[16:17] == ":" else 0
            if hour > 23 or minute > 59 or second > 59:
                return False
    except ValueError:
        return False
    return True


def check_site(root, base_url):
    problems = []
    path = os.path.join(root, "sitemap.xml")
    if not os.path.isfile(path):
        return ["sitemap.xml: missing"], 0
    size = os.path.getsize(path)
    if size > 50 * 1024 * 1024:
        problems.append(f"sitemap.xml: {size} bytes, over the protocol's 50 MiB")
    with open(path, "rb") as f:
        data = f.read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"sitemap.xml: not UTF-8: {error}")
    try:
        urlset = ET.fromstring(data)
    except ET.ParseError as error:
        return problems + [f"sitemap.xml: not well-formed XML: {error}"], 0
    if urlset.tag != NS + "urlset":
        return problems + [f"sitemap.xml: root element is {urlset.tag}, not urlset in the sitemaps.org 0.9 namespace"], 0

    urls = []
    for child in urlset:
        if child.tag == NS + "url":
            urls.append(child)
        elif child.tag.startswith(NS) or not child.tag.startswith("{"):
            problems.append(f"sitemap.xml: unexpected <{child.tag}> in urlset")
    if not urls:
        problems.append("sitemap.xml: urlset has no <url> (the schema requires at least one)")
    if len(urls) > 50000:
        problems.append(f"sitemap.xml: {len(urls)} URLs, over the protocol's 50,000")
    if (urlset.text or "").strip():
        problems.append("sitemap.xml: text directly inside urlset")

    locs = []
    for number, url in enumerate(urls, 1):
        where = f"sitemap.xml: url {number}"
        position = 0
        seen = {}
        for child in url:
            if not child.tag.startswith(NS):
                if not child.tag.startswith("{"):
                    problems.append(f"{where}: <{child.tag}> in no namespace")
                position = len(ORDER)  # extensions come last
                continue
            name = child.tag[len(NS):]
            if name not in ORDER:
                problems.append(f"{where}: unknown element <{name}>")
                continue
            index = ORDER.index(name)
            if index < position or name in seen:
                problems.append(f"{where}: <{name}> out of order or repeated (schema order: {', '.join(ORDER)})")
            position = max(position, index)
            seen[name] = (child.text or "")
            if len(child):
                problems.append(f"{where}: <{name}> has child elements")
        if "loc" not in seen:
            problems.append(f"{where}: no <loc>")
            continue
        loc = seen["loc"]
        where = f"sitemap.xml: {loc}"
        if loc != loc.strip():
            problems.append(f"{where}: whitespace around the URL")
            loc = loc.strip()
        if not 12 <= len(loc) <= 2048:
            problems.append(f"{where}: length {len(loc)}, the schema allows 12 to 2048")
        if not ABSOLUTE.match(loc):
            problems.append(f"{where}: not an absolute http(s) URL")
        if not loc.startswith(base_url):
            problems.append(f"{where}: does not start with the base URL {base_url}")
        if "lastmod" in seen and not is_w3c_datetime(seen["lastmod"].strip()):
            problems.append(f"{where}: lastmod {seen['lastmod']!r} is not a W3C date or date-time")
        if "changefreq" in seen and seen["changefreq"].strip() not in CHANGEFREQ:
            problems.append(f"{where}: changefreq {seen['changefreq']!r} is not one of {sorted(CHANGEFREQ)}")
        if "priority" in seen:
            try:
                value = float(seen["priority"])
                if not 0.0 <= value <= 1.0 or not re.match(r"^\s*[0-9.]+\s*$", seen["priority"]):
                    raise ValueError
            except ValueError:
                problems.append(f"{where}: priority {seen['priority']!r} is not a decimal from 0.0 to 1.0")
        locs.append(loc)

    listed = {}
    for loc in locs:
        if loc in listed:
            problems.append(f"sitemap.xml: {loc} listed twice")
        if not loc.startswith(base_url):
            continue
        rel = loc[len(base_url):]
        if "?" in rel or "#" in rel:
            problems.append(f"sitemap.xml: {loc} has a query or fragment")
        file = rel + "index.html" if rel == "" or rel.endswith("/") else rel
        listed[loc] = file

    pages = set()
    for folder, _, names in os.walk(root):
        if "index.html" in names:
            pages.add(os.path.relpath(os.path.join(folder, "index.html"), root).replace(os.sep, "/").removeprefix("./"))
    for loc, file in sorted(listed.items()):
        if file not in pages:
            problems.append(f"sitemap.xml: {loc} is not a page of the site (no {file})")
    for page in sorted(pages - set(listed.values())):
        problems.append(f"sitemap.xml: page {page} is not listed")

    robots = os.path.join(root, "robots.txt")
    sitemap_url = base_url + "sitemap.xml"
    if not os.path.isfile(robots):
        problems.append("robots.txt: missing")
    else:
        with open(robots, encoding="utf-8") as f:
            lines = [line.strip() for line in f]
        named = [line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("sitemap:")]
        if named != [sitemap_url]:
            problems.append(f"robots.txt: Sitemap lines {named}, expected [{sitemap_url!r}]")
    return problems, len(urls)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", nargs=2, action="append", required=True, metavar=("DIR", "BASE_URL"))
    args = parser.parse_args()
    failures, total = [], 0
    for root, base_url in args.site:
        root = os.path.abspath(root)
        problems, count = check_site(root, base_url)
        total += count
        failures += [f"{os.path.basename(root)}/{p}" for p in problems]
    summary = f"{len(failures)} problems in {len(args.site)} sitemaps with {total} URLs"
    return report("sitemap", failures, summary, MAX_SHOWN)


if __name__ == "__main__":
    sys.exit(main())
