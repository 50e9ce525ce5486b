#!/usr/bin/env python3
"""Check that pages stay light: the home page's HTML and the stylesheet together under a budget.

For each site: the bytes of index.html plus assets/style.css (what a first visit downloads,
as `wc -c` counts them) must stay under --budget (default 30 KiB = 30720 bytes). The largest
HTML page and the total of all pages are reported too; they do not fail the check.

Usage: check_weight.py [--budget BYTES] SITE_DIR...
Standard library only.
"""

import argparse
import os
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, default=30 * 1024)
    parser.add_argument("sites", nargs="+")
    args = parser.parse_args()

    lines, failures = [], 0
    for site in args.sites:
        home = os.path.join(site, "index.html")
        css = os.path.join(site, "assets", "style.css")
        if not os.path.isfile(home) or not os.path.isfile(css):
            lines.append(f"  {site}: no index.html or assets/style.css")
            failures += 1
            continue
        first_visit = os.path.getsize(home) + os.path.getsize(css)
        pages = []
        for folder, _, names in os.walk(site):
            pages += [(os.path.getsize(os.path.join(folder, n)), os.path.relpath(os.path.join(folder, n), site))
                      for n in names if n.endswith(".html")]
        largest = max(pages)
        over = first_visit >= args.budget
        failures += over
        lines.append(f"  {os.path.basename(site.rstrip('/'))}: home page {os.path.getsize(home)} + stylesheet "
                     f"{os.path.getsize(css)} = {first_visit} bytes{' — OVER the budget' if over else ''}; "
                     f"largest page {largest[1]} {largest[0]} bytes; {len(pages)} pages, "
                     f"{sum(p[0] for p in pages)} bytes in all")
    status = "FAIL" if failures else "PASS"
    print(f"weight: {status}: home page + stylesheet under {args.budget} bytes in {len(args.sites) - failures} "
          f"of {len(args.sites)} sites")
    print("\n".join(lines))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
