#!/usr/bin/env python3
"""Run the CommonMark 0.30 spec examples through `gazette render` and compare the HTML.

Each example of spec.txt (between a line of 32 backticks + " example" and a line of 32
backticks, Markdown and expected HTML separated by a line ".", "→" standing for a tab) is
rendered with `gazette render - --no-smart --no-heading-ids --raw-html`. Both HTML strings
are normalized before comparing, as the spec's runner does in spirit: the HTML is tokenized,
whitespace next to block-level tags is dropped and other runs of whitespace (outside <pre>)
become one space, attributes are sorted, character references are decoded and text is
re-escaped in one canonical form, and `<br />` is written `<br>`.

Prints "commonmark: N passed, M failed" and the first failing examples with their section.
`--renderer "cmark --unsafe"` runs the same comparison with any command that reads Markdown
on stdin (a self-test of this script: Debian's cmark 0.30.2 gives 652 passed).

Usage: check_commonmark.py --gazette BIN [--spec spec.txt] [--jobs N] [--show N]
Standard library only.
"""

import argparse
import concurrent.futures
import html
import html.parser
import json
import os
import re
import shlex
import subprocess
import sys

FENCE = "`" * 32
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "button", "canvas", "caption", "col",
    "colgroup", "dd", "details", "dialog", "div", "dl", "dt", "embed", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
    "hr", "html", "iframe", "legend", "li", "link", "main", "map", "menu", "meta", "nav",
    "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "pre", "progress",
    "script", "section", "source", "style", "summary", "table", "tbody", "td", "template",
    "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "video",
}


def read_examples(path):
    """[(number, section, markdown, expected_html)] in the order of the spec: from spec.txt, or
    from the same examples as JSON (a list of {example, section, markdown, html}, the form
    mistletoe's source distribution ships as test/specification/commonmark.json)."""
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            return [(e["example"], e["section"], e["markdown"], e["html"]) for e in json.load(f)]
    examples, section, state = [], "", "text"
    markdown, expected = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if state == "text":
                if line == FENCE + " example":
                    state, markdown, expected = "markdown", [], []
                elif line.startswith("<!-- END TESTS"):
                    break
                elif re.match(r"^#{1,6} ", line):
                    section = line.lstrip("#").strip()
            elif state == "markdown":
                if line == ".":
                    state = "html"
                else:
                    markdown.append(line)
            elif state == "html":
                if line == FENCE:
                    text = lambda lines: "".join(l + "\n" for l in lines).replace("→", "\t")
                    examples.append((len(examples) + 1, section, text(markdown), text(expected)))
                    state = "text"
                else:
                    expected.append(line)
    return examples


class Tokenizer(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("start", tag, sorted(attrs, key=lambda a: (a[0], a[1] or ""))))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        self.tokens.append(("end", tag, None))

    def handle_data(self, data):
        if self.tokens and self.tokens[-1][0] == "data":
            self.tokens[-1] = ("data", self.tokens[-1][1] + data, None)
        else:
            self.tokens.append(("data", data, None))

    def handle_comment(self, data):
        self.tokens.append(("raw", f"<!--{data}-->", None))

    def handle_decl(self, decl):
        self.tokens.append(("raw", f"<!{decl}>", None))

    def handle_pi(self, data):
        self.tokens.append(("raw", f"<?{data}>", None))

    def unknown_decl(self, data):
        self.tokens.append(("raw", f"<![{data}]>", None))


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def normalize(markup):
    parser = Tokenizer()
    parser.feed(markup)
    parser.close()
    tokens = parser.tokens

    def is_block(i):
        return 0 <= i < len(tokens) and tokens[i][0] in ("start", "end") and tokens[i][1] in BLOCK_TAGS

    out, in_pre = [], 0
    for i, (kind, value, attrs) in enumerate(tokens):
        if kind == "start":
            text = "".join(f' {n}="{escape(v)}"' if v is not None else f" {n}" for n, v in attrs)
            out.append(f"<{value}{text}>")
            in_pre += value == "pre"
        elif kind == "end":
            out.append(f"</{value}>")
            in_pre -= value == "pre" and in_pre > 0
        elif kind == "raw":
            out.append(value)
        elif in_pre:
            out.append(escape(value))
        else:
            text = re.sub(r"\s+", " ", value)
            if is_block(i - 1) or i == 0:
                text = text.lstrip()
            if is_block(i + 1) or i == len(tokens) - 1:
                text = text.rstrip()
            out.append(escape(text))
    return "".join(out).strip()


def render(command, markdown):
    try:
        result = subprocess.run(command, input=markdown.encode("utf-8"), capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return None, "timed out after 30 s"
    if result.returncode != 0:
        return None, f"exit status {result.returncode}: {result.stderr.decode('utf-8', 'replace').strip()}"
    return result.stdout.decode("utf-8", "replace"), None


def hint(markdown):
    """What in Gazette (rather than in cmark) may explain a failure."""
    lines = markdown.split("\n")
    if lines[0].rstrip(" \t") == "---" and any(l.rstrip(" \t") == "---" for l in lines[1:]):
        return ("input starts with a '---' line and has another '---' line later: "
                "gazette render drops that part as YAML front matter (MarkdownBody.render)")
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazette", help="the gazette binary")
    parser.add_argument("--renderer", help="another command reading Markdown on stdin (self-test)")
    parser.add_argument("--spec", default=None, help="spec.txt or its examples as .json (default: ../shared/commonmark/spec.txt from the repository root)")
    parser.add_argument("--jobs", type=int, default=max(2, (os.cpu_count() or 2) * 2))
    parser.add_argument("--show", type=int, default=10, help="how many failing examples to print in full")
    parser.add_argument("--expect", type=int, default=652, help="how many examples the spec must have")
    args = parser.parse_args()

    if args.renderer:
        command = shlex.split(args.renderer)
    elif args.gazette:
        command = [args.gazette, "render", "-", "--no-smart", "--no-heading-ids", "--raw-html"]
    else:
        parser.error("give --gazette BIN or --renderer COMMAND")
    spec = args.spec or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "commonmark", "spec.txt")
    if not os.path.isfile(spec):
        print(f"commonmark: FAILED: no spec file at {spec}")
        return 2
    examples = read_examples(spec)
    if len(examples) != args.expect:
        print(f"commonmark: FAILED: {spec} has {len(examples)} examples, expected {args.expect} (spec 0.30)")
        return 2

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        outputs = list(pool.map(lambda e: render(command, e[2]), examples))

    failures = []
    for (number, section, markdown, expected), (actual, error) in zip(examples, outputs):
        if error is not None or normalize(actual) != normalize(expected):
            failures.append((number, section, markdown, expected, actual, error))

    passed = len(examples) - len(failures)
    by_section = {}
    for number, section, *_ in failures:
        by_section.setdefault(section, []).append(number)
    for section, numbers in by_section.items():
        total = sum(1 for e in examples if e[1] == section)
        print(f"  {section}: {total - len(numbers)}/{total} (failing: {', '.join(map(str, numbers))})")
    for number, section, markdown, expected, actual, error in failures[:args.show]:
        print(f"  --- example {number} ({section}) ---")
        print("  markdown: " + repr(markdown))
        print("  expected: " + repr(expected))
        print("  actual:   " + (repr(actual) if error is None else f"<{error}>"))
        why = hint(markdown)
        if why and not args.renderer:
            print("  hint:     " + why)
    if len(failures) > args.show:
        print(f"  … {len(failures) - args.show} more failing examples not shown (--show N)")
    print(f"commonmark: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
