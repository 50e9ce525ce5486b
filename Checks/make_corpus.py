#!/usr/bin/env python3
"""Write a generated Gazette content folder: 15 issues x 20 articles, 20 reports, 10 programs.

The corpus has the shape of the sample newsletter in Content/ (site.yml, issues/<YYYY-NN>/
issue.md and NN-slug.md articles, reports/*.md, programs/<slug>.md) and is fully determined
by the seed, so two runs with the same seed write byte-identical files. It exercises what the
small sample does not: many pages, titles with '&', quotes and '<', Chinese text, country
aliases and ISO codes, headings, tables of links between content files and in-page anchors.

Usage: make_corpus.py OUTPUT_DIR [--seed N] [--base-url URL]
Standard library only.
"""

import argparse
import datetime
import json
import os
import random
import sys

ISSUES = 15
ARTICLES_PER_ISSUE = 20
REPORTS = 20

# Names as editors write them: English short names, common aliases and ISO codes.
COUNTRIES = [
    "United Kingdom", "South Korea", "France", "Germany", "Japan", "United States", "Brazil",
    "India", "Indonesia", "Laos", "Ukraine", "Russia", "Egypt", "Kenya", "South Africa",
    "Argentina", "Pakistan", "Thailand", "Viet Nam", "Côte d'Ivoire", "Czechia", "Netherlands",
    "New Zealand", "Chile", "Mexico", "Serbia", "Mongolia", "Iran", "Ethiopia", "Poland",
    "UK", "Britain", "Republic of Korea", "Lao PDR", "Ivory Coast", "Czech Republic", "US",
    "DE", "FR", "jp", "China",
]

PROGRAMS = [
    ("tysp", "Talented Young Scientist Program", "TYSP", ["Talented Young Scientists Program"]),
    ("belt-and-road", "Belt & Road Science, Technology and Innovation Cooperation Action Plan", "BRI-STI", ["Belt and Road STI Action Plan"]),
    ("joint-labs", "China-Africa Joint Laboratories", None, []),
    ("uk-china-fund", "UK-China Research & Innovation Partnership Fund", "Newton Fund", ["Newton Fund China", "\"Newton\" partnership"]),
    ("eu-china-flagships", "EU-China Flagship Initiatives <Food, Agriculture & Biotechnology>", "FAB", []),
    ("korea-china-centre", "Korea-China Joint Research Centre", "KCJRC", ["한중 공동연구센터"]),
    ("asean-tech-transfer", "China-ASEAN Technology Transfer Center", "CATTC", []),
    ("sino-german-mobility", "Sino-German Mobility Programme", None, ["Mobility Programme"]),
    ("green-tech-platform", "Green Technology Platform (绿色技术平台)", "GTP", []),
    ("space-science", "International Space Science Cooperation", "ISSC", ["Space & \"Science\" Cooperation"]),
]

SECTIONS = [
    "International cooperation in science and technology",
    "Important Plans",
    "Events & Exchanges",
    "Multilateral \"Partnerships\"",
]

ORGANIZATIONS = [
    "Ministry of Science and Technology (MOST)",
    "China Association for International Science & Technology Cooperation",
    "UNESCO International Research and Training Center for Science and Technology Strategy",
    "United Nations Commission on Science and Technology for Development <UNCSTD>",
    "Chinese Academy of Science and Technology for Development (CASTED)",
]

SOURCES = [
    "Ministry of Science and Technology", "Xinhua & People's Daily", "Science and Technology Daily",
    "Guangming Daily", "The \"Innovation\" Review",
]

TOPICS = [
    "Quantum Communication", "Green Hydrogen", "Marine Science", "Agricultural Biotechnology",
    "Fusion Energy", "Artificial Intelligence", "Space Weather", "Public Health", "Smart Cities",
    "Earth Observation", "Clean Coal", "Water Resources", "Materials Science", "Rare Diseases",
    "Satellite Navigation", "Climate Adaptation", "Semiconductors", "Digital Economy",
    "Traditional Medicine", "Polar Research",
]

TITLE_PATTERNS = [
    "{a}-{b} Cooperation on {topic} Enters a New Stage",
    "{a} & {b} Sign Memorandum on {topic}",
    "\"{topic} Week\" Opens in {city}",
    "Joint Lab for {topic} Launched with {a}",
    "{topic}: Targets for <2030 Agreed with {a}",
    "{a} and {b} Review 10 Years of {topic} & Innovation",
    "Forum on {topic} Held in {city} (中文: {zh})",
    "Young Scientists from {a} Visit {city} for \"{topic}\" Training",
]

CITIES = ["Beijing", "Shanghai", "Dongguan", "London", "Paris", "Seoul", "Vientiane", "Kiev", "Nairobi", "Berlin"]

CHINESE = [
    "国际科技合作", "中英科技创新合作战略", "一带一路", "青年科学家", "技术转移", "联合实验室",
    "创新对话", "科技部国际合作司",
]

WORDS = (
    "cooperation research innovation partners signed agreement joint laboratory exchange "
    "scientists ministry program funding training workshop delegation forum technology "
    "transfer strategy priority areas energy health agriculture climate universities "
    "institutes industry outcomes bilateral multilateral development capacity platform"
).split()

HEADINGS = ["Background", "Main outcomes", "Next steps", "Q&A with the delegation", "中文摘要", "Funding in 2019–2021", "Background"]


def yaml_string(value):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def yaml_list(values):
    return "[" + ", ".join(yaml_string(v) for v in values) + "]"


def sentence(rng, words=None):
    n = words or rng.randint(8, 18)
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences=None):
    return " ".join(sentence(rng) for _ in range(sentences or rng.randint(2, 5)))


# How titles name countries, and the name the front matter gives for each.
TITLE_COUNTRIES = {
    "China": "China", "UK": "United Kingdom", "France": "France", "Korea": "South Korea",
    "Laos": "Laos", "Kenya": "Kenya", "Brazil": "Brazil", "Germany": "Germany",
}


def make_title(rng):
    """A title and the countries it names (as front matter names them)."""
    a, b = rng.sample(sorted(TITLE_COUNTRIES), 2)
    pattern = rng.choice(TITLE_PATTERNS)
    title = pattern.format(a=a, b=b, topic=rng.choice(TOPICS), city=rng.choice(CITIES), zh=rng.choice(CHINESE))
    named = [TITLE_COUNTRIES[c] for c in (a, b) if "{" + ("a" if c == a else "b") + "}" in pattern]
    return title, named


def countries_for(rng, named, lo, hi):
    """The countries a title names, then a few more (names, aliases or codes)."""
    extra = [c for c in rng.sample(COUNTRIES, rng.randint(lo, hi)) if c not in named]
    return named + extra


def slugify(text, used):
    slug = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    words = [part for part in slug.split("-") if part]
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > 48:
            break
        slug = f"{slug}-{word}" if slug else word
    slug = slug or "entry"
    base, n = slug, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


def body(rng, links):
    """A Markdown body: paragraphs, a list, headings, Chinese text and the given links."""
    parts = [paragraph(rng)]
    if rng.random() < 0.5:
        parts.append(f"在{rng.choice(CHINESE)}方面，双方同意加强{rng.choice(CHINESE)}。 {sentence(rng)}")
    headings = rng.sample(HEADINGS, rng.randint(0, 3))
    for heading in headings:
        parts.append(f"## {heading}")
        parts.append(paragraph(rng))
        if rng.random() < 0.4:
            parts.append("\n".join(f"- {sentence(rng, 5)}" for _ in range(rng.randint(2, 4))))
    if rng.random() < 0.3:
        parts.append(f"> {sentence(rng)} — *{rng.choice(SOURCES)}*")
    if rng.random() < 0.3:
        parts.append("Figures: R&D spending rose by 5% & exports by <10%; see the [website](https://example.com/stats?year=2019&lang=en).")
    if headings and rng.random() < 0.5:
        parts.append(f"Read more under [{headings[0]}](#{heading_anchor(headings[0])}).")
    for text, target in links:
        parts.append(f"See also [{text}]({target}).")
    return "\n\n".join(parts) + "\n"


def heading_anchor(text):
    """The id Gazette is documented to give a heading: GitHub style, lower case."""
    out, pending = "", False
    for ch in text.lower():
        if ch.isalpha() or ch.isdigit() or ch == "_":
            if pending and out:
                out += "-"
            pending = False
            out += ch
        elif ch in " -\t":
            pending = True
    return out or "section"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(out, seed, base_url):
    rng = random.Random(seed)
    write(os.path.join(out, "site.yml"), "\n".join([
        "title: " + yaml_string("Gazette Test Corpus: S&T <Cooperation> \"Review\""),
        "subtitle: " + yaml_string("Generated content for site checks — 国际科技合作"),
        "description: " + yaml_string("A generated newsletter with 300 articles, 20 reports & 10 programs."),
        "base_url: " + yaml_string(base_url),
        "language: en",
        "publisher: " + yaml_string("Gazette checks & friends"),
    ]) + "\n")

    program_slugs = [p[0] for p in PROGRAMS]
    for slug, name, acronym, aliases in PROGRAMS:
        fields = ["name: " + yaml_string(name)]
        if acronym:
            fields.append("acronym: " + yaml_string(acronym))
        fields.append("aliases: " + yaml_list(aliases))
        fields.append("url: " + yaml_string(f"https://programs.example.org/{slug}?lang=en&v=2"))
        other = rng.choice([s for s in program_slugs if s != slug])
        text = body(rng, [("a related program", f"{other}.md")])
        write(os.path.join(out, "programs", slug + ".md"), "---\n" + "\n".join(fields) + "\n---\n" + text)

    report_slugs, used = [], set()
    report_headings = {}
    start = datetime.date(2019, 1, 15)
    for i in range(REPORTS):
        title, named = make_title(rng) if i % 3 else (f"Progress Report {2019 + i // 4} & Outlook <Draft {i}>", [])
        slug = slugify(title, used)
        report_slugs.append(slug)
        date = start + datetime.timedelta(days=rng.randint(0, 6 * 365))
        kind = ["report", "announcement", "presentation"][i % 3]
        countries = countries_for(rng, named, 0, 3)
        programs = rng.sample(program_slugs, rng.randint(0, 2))
        fields = [
            "title: " + yaml_string(title), f"date: {date.isoformat()}", f"kind: {kind}",
            "organization: " + yaml_string(rng.choice(ORGANIZATIONS)),
            "countries: " + yaml_list(countries), "programs: " + yaml_list(programs),
        ]
        text = "## Summary\n\n" + body(rng, [])
        report_headings[slug] = "summary"
        write(os.path.join(out, "reports", slug + ".md"), "---\n" + "\n".join(fields) + "\n---\n" + text)

    issue_folders = []
    for n in range(1, ISSUES + 1):
        date = start + datetime.timedelta(days=(n - 1) * 30 + rng.randint(0, 5))
        folder = f"{date.year}-{n:02d}"
        issue_folders.append(folder)
        sections = rng.sample(SECTIONS, 3)
        fields = [f"number: {n}", f"date: {date.isoformat()}"]
        if n % 4:
            fields.append("title: " + yaml_string(f"Science & Technology Newsletter No. {n} <{date.year}>"))
        fields.append("sections:\n" + "\n".join("  - " + yaml_string(s) for s in sections))
        note = f"## Editor's note\n\n{paragraph(rng)} 本期{rng.choice(CHINESE)}。\n\n- E-mail: [news@example.org](mailto:news@example.org)\n"
        write(os.path.join(out, "issues", folder, "issue.md"), "---\n" + "\n".join(fields) + "\n---\n" + note)

        used = set()
        slugs = []
        for a in range(1, ARTICLES_PER_ISSUE + 1):
            title, named = make_title(rng)
            slug = slugify(title, used)
            slugs.append(slug)
            countries = countries_for(rng, named, 0 if named else 1, 2)
            programs = rng.sample(program_slugs, rng.choice([0, 0, 1, 1, 2]))
            source_date = date - datetime.timedelta(days=rng.randint(1, 20))
            links = []
            if a > 1 and rng.random() < 0.3:
                links.append(("the previous article", f"{a - 1:02d}-{slugs[a - 2]}.md"))
            if rng.random() < 0.2:
                report = rng.choice(report_slugs)
                links.append(("a related report", f"../../reports/{report}.md#{report_headings[report]}"))
            if rng.random() < 0.1:
                links.append(("the program page", f"../../programs/{rng.choice(program_slugs)}.md"))
            if rng.random() < 0.05:
                links.append(("the editor's note", "issue.md#editors-note"))
            if n > 1 and rng.random() < 0.05:
                links.append(("the previous issue", f"../{issue_folders[n - 2]}/issue.md"))
            fields = [
                "title: " + yaml_string(title), "section: " + yaml_string(rng.choice(sections)),
                "countries: " + yaml_list(countries), "programs: " + yaml_list(programs),
                "source: " + yaml_string(rng.choice(SOURCES)), f"source_date: {source_date.isoformat()}",
            ]
            path = os.path.join(out, "issues", folder, f"{a:02d}-{slug}.md")
            write(path, "---\n" + "\n".join(fields) + "\n---\n" + body(rng, links))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="the content folder to create (must not exist or be empty)")
    parser.add_argument("--seed", type=int, default=20171215)
    parser.add_argument("--base-url", default="https://example.org/sti-news/")
    args = parser.parse_args()
    if os.path.isdir(args.output) and os.listdir(args.output):
        sys.exit(f"make_corpus: {args.output} is not empty")
    generate(args.output, args.seed, args.base_url)
    count = sum(len(files) for _, _, files in os.walk(args.output))
    print(f"make_corpus: wrote {count} files into {args.output} (seed {args.seed})")


if __name__ == "__main__":
    main()
