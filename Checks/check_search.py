#!/usr/bin/env python3
"""Check search and script-free reading in headless Chromium.

The site is served as check_axe.py serves it (127.0.0.1, a free port, under the base URL's
path). With JavaScript on, the search page must load Pagefind's UI (the site needs a search
index in pagefind/) and hide its "Search needs JavaScript…" message. Each --query TEXT is typed
into the search box: it must find at least one page, every result link must be a page of the
site under the base URL's path, and every result page must contain TEXT (so a Chinese word is
really found by Chinese segmentation, not by luck). Each --expect TEXT=PATH also requires the
page PATH among the results. axe-core then checks the search page with results on it
(1280 px light, 390 px dark).

With JavaScript off (Chrome DevTools Emulation.setScriptExecutionDisabled), every --no-js
PATH must show its <main> with a heading and text and load the stylesheet, and the search
page must show its message with links to browse. With the search index hidden (the server
answers 404 under pagefind/), the search page must keep its message too.

Usage: check_search.py --site DIR BASE_URL [--query TEXT]... [--expect TEXT=PATH]...
       [--no-js PATH]...
Needs Python 3.12 with selenium and axe-selenium-python, and Debian's chromium and
chromium-driver (run.sh sets these up).
"""

import argparse
import functools
import html
import http.server
import json
import os
import re
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_axe import SiteHandler, base_path_of, make_driver, require_browser, wait_for_search_ui  # noqa: E402

RESULT_WAIT = 15


def serve(root, base_path, hide_index=False):
    """Like check_axe.serve; with hide_index, pagefind/ answers 404 as if it were not built."""

    class Handler(SiteHandler):
        def translate_path(self, path):
            rel = urllib.parse.urlsplit(path).path[len(base_path):]
            if hide_index and rel.startswith("pagefind/"):
                return os.path.join(self.directory, "no such file", "hidden index")
            return super().translate_path(path)

    Handler.base_path = base_path
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_text(root, path):
    """The text of the page at PATH (below the base URL), tags dropped, entities decoded."""
    file = os.path.join(root, path, "index.html") if path.endswith("/") or not path else os.path.join(root, path)
    if not os.path.isfile(file):
        return None
    with open(file, encoding="utf-8") as f:
        markup = f.read()
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def search(driver, query):
    """Types QUERY into Pagefind's box; returns (result hrefs, message) once they are shown."""
    box = driver.find_element("css selector", ".pagefind-ui__search-input")
    box.clear()
    box.send_keys(query)
    deadline = time.time() + RESULT_WAIT
    while time.time() < deadline:
        state = driver.execute_script("""
            const message = document.querySelector('.pagefind-ui__message');
            const links = [...document.querySelectorAll('.pagefind-ui__result-link')].map(a => a.getAttribute('href'));
            const loading = document.querySelector('.pagefind-ui__result-title.pagefind-ui__loading');
            return [message ? message.textContent : '', links, !!loading];
        """)
        message, links, loading = state
        # "Searching for …" first, then "3 results for …" or "No results for …".
        if query in message and re.search(r"\bresults? for\b", message) and not loading:
            # Show every result: Pagefind's UI pages them five at a time.
            more = driver.find_elements("css selector", ".pagefind-ui__button")
            if more:
                more[0].click()
                time.sleep(0.3)
                continue
            return links, message
        time.sleep(0.1)
    return None, f"no results shown within {RESULT_WAIT} s"


def run_axe(driver):
    from axe_selenium_python import Axe

    axe = Axe(driver)
    axe.inject()
    results = axe.run(options=json.dumps({"resultTypes": ["violations"]}))
    return results["violations"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", nargs=2, required=True, metavar=("DIR", "BASE_URL"))
    parser.add_argument("--query", action="append", default=[])
    parser.add_argument("--expect", action="append", default=[], metavar="TEXT=PATH")
    parser.add_argument("--no-js", action="append", default=[], metavar="PATH")
    parser.add_argument("--chromium", default=None)
    parser.add_argument("--chromedriver", default=None)
    args = parser.parse_args()

    browser = require_browser("search", args)
    if not browser:
        return 2
    chromium, chromedriver = browser

    root = os.path.abspath(args.site[0])
    base_path = base_path_of(args.site[1])
    if not os.path.isfile(os.path.join(root, "pagefind", "pagefind-entry.json")):
        print(f"search: FAIL: {root} has no search index (pagefind/pagefind-entry.json): was Pagefind on PATH?")
        return 1

    expectations = {}
    for item in args.expect:
        text, _, path = item.partition("=")
        expectations.setdefault(text, []).append(path)
    queries = list(dict.fromkeys(args.query + list(expectations)))

    server = serve(root, base_path)
    hidden = serve(root, base_path, hide_index=True)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    hidden_origin = f"http://127.0.0.1:{hidden.server_address[1]}"
    os.environ.setdefault("SE_OFFLINE", "true")
    driver = make_driver(chromium, chromedriver)
    problems, found, checked_pages, axe_runs = [], {}, 0, 0
    try:
        # Search with JavaScript on.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        driver.get(origin + base_path + "search/")
        if not wait_for_search_ui(driver):
            problems.append("search page: Pagefind's UI did not load")
        else:
            if driver.execute_script("return !document.getElementById('search-fallback').hidden"):
                problems.append("search page: the no-JavaScript message is still shown after the UI loaded")
            for query in queries:
                links, message = search(driver, query)
                if links is None:
                    problems.append(f"“{query}”: {message}")
                    continue
                paths = []
                for href in links:
                    url = urllib.parse.urlsplit(urllib.parse.urljoin(origin + base_path + "search/", href))
                    if not url.path.startswith(base_path):
                        problems.append(f"“{query}”: result {href} is outside the base path {base_path}")
                        continue
                    path = urllib.parse.unquote(url.path[len(base_path):])
                    if path in paths:
                        continue  # a sub-result: a heading of a page already found
                    paths.append(path)
                    text = page_text(root, path)
                    if text is None:
                        problems.append(f"“{query}”: result {href} is not a page of the site")
                    elif query.lower() not in text.lower():
                        problems.append(f"“{query}”: result {path} does not contain the words searched for")
                found[query] = paths
                if not paths:
                    problems.append(f"“{query}”: no result ({message.strip()})")
                for expected in expectations.get(query, []):
                    if expected not in paths:
                        problems.append(f"“{query}”: {expected} is not among the results {paths}")
            # axe on the search page with results, as a reader sees it.
            for width, scheme in [(1280, "light"), (390, "dark")]:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                    "media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
                if queries:
                    search(driver, queries[0])
                for violation in run_axe(driver):
                    nodes = "; ".join(" ".join(map(str, n.get("target", []))) for n in violation["nodes"][:3])
                    problems.append(f"axe on search results ({width}px {scheme}): {violation['id']}: {violation['help']}: {nodes}")
                axe_runs += 1
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen", "features": []})

        # The search page without a search index keeps its message.
        driver.get(hidden_origin + base_path + "search/")
        time.sleep(1.5)
        if not driver.execute_script(
                "const m = document.getElementById('search-fallback');"
                " return !!m && !m.hidden && m.offsetHeight > 0 && m.querySelectorAll('a').length >= 3"):
            problems.append("search page without an index: the message with links to browse is not shown")

        # Reading with JavaScript off.
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        for path in args.no_js + ["search/"]:
            driver.get(origin + base_path + path)
            state = driver.execute_script("""
                const main = document.querySelector('main');
                const h1 = main && main.querySelector('h1');
                const fallback = document.getElementById('search-fallback');
                return {
                  main: !!main, h1: h1 ? h1.textContent.trim() : '',
                  text: main ? main.innerText.trim().length : 0,
                  styled: getComputedStyle(document.body).margin === '0px',
                  scripted: document.documentElement.classList.contains('has-search'),
                  fallback: !!fallback && !fallback.hidden && fallback.offsetHeight > 0,
                };
            """)
            checked_pages += 1
            if not state["main"] or not state["h1"] or state["text"] < 200 and path != "search/":
                problems.append(f"no JavaScript: /{path} has no main content (h1 “{state['h1']}”, {state['text']} characters)")
            if not state["styled"]:
                problems.append(f"no JavaScript: /{path} is not styled")
            if path == "search/" and (state["scripted"] or not state["fallback"]):
                problems.append("no JavaScript: the search page does not show its message (or scripts ran)")
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    finally:
        driver.quit()
        server.shutdown()
        hidden.shutdown()

    status = "PASS" if not problems else "FAIL"
    summary = ", ".join(f"“{q}” {len(p)}" for q, p in found.items())
    print(f"search: {status}: {len(queries)} searches ({summary}), {axe_runs} axe runs on results, "
          f"{checked_pages} pages read without JavaScript, 1 without a search index")
    for problem in problems:
        print("  " + problem)
    return 0 if status == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
