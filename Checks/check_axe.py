#!/usr/bin/env python3
"""Run axe-core accessibility checks on pages of a built site in headless Chromium.

The site is served from this process by Python's http.server on 127.0.0.1 at a free port,
under the base URL's path (so the 404 page's absolute links work); an address that does not
exist gets 404.html with status 404, as a web server would send it. Pages checked: home, the
latest issue, its first article, a report, a country, a program, the search page (after
Pagefind's UI has loaded, when the site has a search index) and the 404 page; each at
390 px and 1280 px wide, with prefers-color-scheme light and dark (Chrome DevTools
Emulation.setDeviceMetricsOverride and Emulation.setEmulatedMedia). Every axe violation
(all rules axe runs by default: WCAG 2.x A/AA and best practices) fails the check.

Needs Python 3.12 with selenium and axe-selenium-python 3.0.0 (which bundles axe-core), and
Debian's chromium and chromium-driver. run.sh sets these up.

Usage: check_axe.py --site DIR BASE_URL [--chromium PATH] [--chromedriver PATH]
"""

import argparse
import functools
import http.server
import importlib
import json
import os
import re
import shutil
import sys
import threading
import urllib.parse

WIDTHS = [(390, 844, True), (1280, 900, False)]
SCHEMES = ["light", "dark"]
MAX_NODES = 3


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder under the base URL's path; 404.html for what is not there."""

    base_path = "/"

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.base_path):
            return os.path.join(self.directory, "no such file", "outside the base path")
        return super().translate_path("/" + path[len(self.base_path):])

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code != 404 or not os.path.isfile(page):
            return super().send_error(code, message, explain)
        with open(page, "rb") as f:
            body = f.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def serve(root, base_path):
    handler = type("Handler", (SiteHandler,), {"base_path": base_path})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def first_page(root, section, key=None):
    folder = os.path.join(root, section)
    if not os.path.isdir(folder):
        return None
    names = [n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n, "index.html"))]
    if not names:
        return None
    return f"{section}/{sorted(names, key=key)[0]}/"


def pick_pages(root):
    """(label, path below the base URL) for each kind of page."""
    pages = [("home", "")]
    issue = first_page(root, "issues", key=lambda n: -int(n) if n.isdigit() else 0)
    if issue:
        pages.append(("issue", issue))
        article = first_page(root, issue.rstrip("/"))
        if article:
            pages.append(("article", article))
    for label, section in [("report", "reports"), ("country", "countries"), ("program", "programs")]:
        page = first_page(root, section)
        if page:
            pages.append((label, page))
    if os.path.isfile(os.path.join(root, "search", "index.html")):
        pages.append(("search", "search/"))
    pages.append(("404", "no-such-page/"))
    return pages


def wait_for_search_ui(driver, timeout=15):
    """Waits until the search page has loaded Pagefind's UI; False if it never does."""
    import time

    deadline = time.time() + timeout
    while time.time() < deadline:
        if driver.execute_script(
                "return document.documentElement.classList.contains('has-search')"
                " && !!document.querySelector('.pagefind-ui__search-input')"):
            return True
        time.sleep(0.1)
    return False


def find_browser(args):
    """(chromium, chromedriver) from the options or the usual places; chromium is None when
    it is not installed."""
    chromium = args.chromium or next(
        (p for p in ["/usr/lib/chromium/chromium", shutil.which("chromium") or ""] if p and os.path.isfile(p)), None)
    chromedriver = args.chromedriver or shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return chromium, chromedriver


def require_browser(name, args):
    """Chromium's and its driver's paths; None, after saying what is missing, when the
    browser or the Python packages that drive it are not installed."""
    chromium, chromedriver = find_browser(args)
    try:
        importlib.import_module("selenium.webdriver")
        importlib.import_module("axe_selenium_python")
    except ImportError as error:
        print(f"{name}: FAILED: {error} (needs selenium and axe-selenium-python 3.0.0 on Python 3.12)")
        return None
    if not chromium or not os.path.isfile(chromedriver):
        print(f"{name}: FAILED: chromium or chromedriver not found (apt-get install chromium chromium-driver)")
        return None
    return chromium, chromedriver


def base_path_of(url):
    """The path part of the site's base URL, ending in "/"."""
    path = urllib.parse.urlparse(url).path or "/"
    return path if path.endswith("/") else path + "/"


def make_driver(chromium, chromedriver):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-extensions", "--no-first-run", "--window-size=1280,900"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", nargs=2, required=True, metavar=("DIR", "BASE_URL"))
    parser.add_argument("--chromium", default=None)
    parser.add_argument("--chromedriver", default=None)
    args = parser.parse_args()

    browser = require_browser("axe", args)
    if not browser:
        return 2
    chromium, chromedriver = browser
    from axe_selenium_python import Axe

    root = os.path.abspath(args.site[0])
    base_path = base_path_of(args.site[1])
    server = serve(root, base_path)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    pages = pick_pages(root)
    has_index = os.path.isfile(os.path.join(root, "pagefind", "pagefind-entry.json"))

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager reach the network
    driver = make_driver(chromium, chromedriver)
    violations = {}  # rule id -> {"impact", "help", "runs": [(page, mode, nodes)]}
    problems, runs = [], 0
    try:
        for width, height, mobile in WIDTHS:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
            for scheme in SCHEMES:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                    "media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
                mode = f"{width}px {scheme}"
                for label, path in pages:
                    url = origin + base_path + path
                    driver.get(url)
                    state = driver.execute_script(
                        "return [window.innerWidth, matchMedia('(prefers-color-scheme: dark)').matches,"
                        " document.styleSheets.length, document.title]")
                    if state[0] != width or state[1] != (scheme == "dark"):
                        problems.append(f"{label} ({mode}): emulation did not apply: width {state[0]}, dark {state[1]}")
                    if state[2] < 1:
                        problems.append(f"{label} ({mode}): no stylesheet loaded at {url}")
                    if label == "search" and has_index and not wait_for_search_ui(driver):
                        problems.append(f"search ({mode}): Pagefind's UI did not load at {url}")
                    axe = Axe(driver)
                    axe.inject()
                    results = axe.run(options=json.dumps({"resultTypes": ["violations"]}))
                    runs += 1
                    for v in results["violations"]:
                        entry = violations.setdefault(v["id"], {"impact": v.get("impact"), "help": v["help"], "runs": []})
                        entry["runs"].append((label, path, mode, v["nodes"]))
    finally:
        driver.quit()
        server.shutdown()

    count = sum(len(r[3]) for v in violations.values() for r in v["runs"])
    status = "PASS" if not violations and not problems else "FAIL"
    print(f"axe: {status}: {len(violations)} rules violated ({count} nodes) in {runs} runs "
          f"({len(pages)} pages × {len(WIDTHS)} widths × {len(SCHEMES)} color schemes)")
    for problem in problems:
        print("  " + problem)
    for rule, entry in sorted(violations.items()):
        print(f"  {rule} ({entry['impact']}): {entry['help']}")
        by_page = {}
        for label, path, mode, nodes in entry["runs"]:
            by_page.setdefault((label, path), []).append((mode, nodes))
        for (label, path), modes in by_page.items():
            print(f"    {label} /{path}: in {', '.join(m for m, _ in modes)}")
            for node in modes[0][1][:MAX_NODES]:
                summary = re.sub(r"\s+", " ", node.get("failureSummary", ""))[:300]
                print(f"      {' '.join(map(str, node.get('target', [])))}: {summary}")
                print(f"        {node.get('html', '')[:200]}")
            if len(modes[0][1]) > MAX_NODES:
                print(f"      … {len(modes[0][1]) - MAX_NODES} more elements")
    return 0 if status == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
