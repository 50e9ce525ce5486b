#!/usr/bin/env python3
"""Take full-page screenshots of a built site in headless Chromium, to look at the pages.

Not a check: it writes PNG files for a person to look at. The site is served as check_axe.py
serves it (127.0.0.1, a free port, under the base URL's path). For each page (home, latest
issue, its first article, a report, a country, a program, search, or the paths given with
--page) it saves LABEL-WIDTH-SCHEME.png at 390 px and 1280 px, light and dark, and
issue-print.pdf: the latest issue printed as on paper (A4, print stylesheet).

Usage: screenshots.py --site DIR BASE_URL --out DIR [--page LABEL=PATH]... [--width N]...
       [--query TEXT]   (searches on the search page before its screenshot)
Needs selenium (Python 3.12 venv of run.sh) and Debian's chromium and chromium-driver.
"""

import argparse
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_axe import base_path_of, make_driver, pick_pages, serve  # noqa: E402


def capture(driver, path):
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 12000), "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", nargs=2, required=True, metavar=("DIR", "BASE_URL"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--page", action="append", default=[], metavar="LABEL=PATH")
    parser.add_argument("--width", action="append", type=int, default=[])
    parser.add_argument("--scheme", action="append", default=[])
    parser.add_argument("--query", default="")
    args = parser.parse_args()

    import urllib.parse
    import time

    root = os.path.abspath(args.site[0])
    base_path = base_path_of(args.site[1])
    server = serve(root, base_path)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    if args.page:
        pages = [tuple(p.split("=", 1)) for p in args.page]
    else:
        pages = [p for p in pick_pages(root) if p[0] != "404"] + [("search", "search/")]
    os.makedirs(args.out, exist_ok=True)
    os.environ.setdefault("SE_OFFLINE", "true")
    driver = make_driver("/usr/lib/chromium/chromium", "/usr/bin/chromedriver")
    try:
        for width in args.width or [390, 1280]:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
            for scheme in args.scheme or ["light", "dark"]:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                    "media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
                for label, path in pages:
                    query = f"?q={urllib.parse.quote(args.query)}" if label == "search" and args.query else ""
                    driver.get(origin + base_path + path + query)
                    time.sleep(1.5 if label == "search" else 0.2)
                    name = os.path.join(args.out, f"{label}-{width}-{scheme}.png")
                    capture(driver, name)
                    print(name)
        issue = next((p for label, p in pages if label == "issue"), None)
        if issue:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
            driver.get(origin + base_path + issue)
            pdf = driver.execute_cdp_cmd("Page.printToPDF", {
                "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False, "preferCSSPageSize": True})
            name = os.path.join(args.out, "issue-print.pdf")
            with open(name, "wb") as f:
                f.write(base64.b64decode(pdf["data"]))
            print(name)
    finally:
        driver.quit()
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
