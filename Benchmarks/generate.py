#!/usr/bin/env python3
"""Generates a large, realistic newsletter in Gazette's content format, for benchmarks.

    python3 Benchmarks/generate.py --articles 10000 --out DIR [--hugo DIR]

The output is a function of the arguments alone: the same arguments give the same bytes
(every article, report and program draws from its own `random.Random`, seeded from
`--seed` and its index). With the default 20 articles per issue, the first 1,000 articles
of a 10,000-article corpus are the same files as a 1,000-article corpus.

DIR gets what Gazette reads (`site.yml`, `issues/<YYYY-NN>/issue.md` and `NN-slug.md`,
`reports/*.md`, `programs/*.md`). `--hugo DIR` also writes the same newsletter as a Hugo
site (config, content and minimal layouts from `Benchmarks/hugo/`), so that both tools
build the same pages: one per article, issue, report, country and program, the lists,
and the feeds of the home page, of every country and of every program.

Standard library only.
"""

import argparse
import datetime
import json
import math
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------------------

# Partners that appear in a large share of the newsletter, with a weight each. The weights
# are tuned so that, at 10,000 articles, the United Kingdom is named by about 5,000
# articles and the other five by roughly 1,000 to 2,000 each.
MAJOR_PARTNERS = [
    ("United Kingdom", 45.0),
    ("United States", 9.0),
    ("France", 8.0),
    ("Germany", 7.0),
    ("Russia", 6.0),
    ("Japan", 5.5),
]

# The long tail, in the order of their (Zipf) weight. English short names as Gazette's
# country table writes them.
OTHER_COUNTRIES = [
    "China", "South Korea", "Italy", "Canada", "Australia", "India", "Brazil", "Israel",
    "Singapore", "Netherlands", "Switzerland", "Sweden", "Spain", "South Africa",
    "Kazakhstan", "Pakistan", "Indonesia", "Vietnam", "Laos", "Thailand", "Egypt",
    "Ukraine", "Belarus", "Hungary", "Poland", "Czechia", "Serbia", "Greece", "Portugal",
    "Denmark", "Finland", "Norway", "Austria", "Belgium", "Ireland", "New Zealand",
    "Mexico", "Argentina", "Chile", "Cuba", "Mongolia", "Cambodia", "Myanmar", "Malaysia",
    "Philippines", "Sri Lanka", "Nepal", "Bangladesh", "Iran", "Türkiye", "Saudi Arabia",
    "United Arab Emirates", "Qatar", "Jordan", "Kenya", "Ethiopia", "Nigeria", "Ghana",
    "Tanzania", "Uganda", "Rwanda", "Zambia", "Zimbabwe", "Mozambique", "Angola",
    "Morocco", "Algeria", "Tunisia", "Senegal", "Côte d'Ivoire", "Cameroon", "Madagascar",
    "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Azerbaijan", "Armenia",
    "Georgia", "Moldova", "Romania", "Bulgaria", "Croatia", "Slovenia", "Slovakia",
    "Lithuania", "Latvia", "Estonia", "Iceland", "Luxembourg", "Malta", "Cyprus",
    "North Macedonia", "Montenegro", "Bosnia and Herzegovina", "Albania", "Peru",
    "Colombia", "Venezuela", "Ecuador", "Bolivia", "Uruguay", "Paraguay", "Costa Rica",
    "Panama", "Jamaica", "Trinidad and Tobago", "Fiji", "Papua New Guinea", "Samoa",
    "Brunei", "Timor-Leste", "Maldives", "Bhutan", "Afghanistan", "Iraq", "Syria",
    "Lebanon", "Oman", "Kuwait", "Bahrain", "Yemen", "Sudan", "Namibia", "Botswana",
    "Malawi", "Mali", "Niger", "Benin", "Togo", "Burkina Faso", "Guinea", "Sierra Leone",
    "Liberia", "DR Congo", "Republic of the Congo", "Gabon", "Eritrea", "Djibouti",
    "Somalia", "Mauritius", "Seychelles", "Cabo Verde", "São Tomé and Príncipe",
]

ADJECTIVES = {
    "United Kingdom": "British", "United States": "American", "France": "French",
    "Germany": "German", "Russia": "Russian", "Japan": "Japanese", "Italy": "Italian",
    "South Korea": "Korean", "Canada": "Canadian", "Australia": "Australian",
    "India": "Indian", "Brazil": "Brazilian", "Israel": "Israeli", "Spain": "Spanish",
    "Egypt": "Egyptian", "Ukraine": "Ukrainian", "Hungary": "Hungarian",
    "Poland": "Polish", "Greece": "Greek", "Portugal": "Portuguese", "Kenya": "Kenyan",
}

# Compound forms used in titles: "Sino-British", "China-Laos".
SINO = {
    "United Kingdom": "Sino-British", "France": "Sino-French", "Germany": "Sino-German",
    "United States": "China-US", "Russia": "Sino-Russian", "Japan": "China-Japan",
    "Italy": "Sino-Italian", "South Korea": "China-ROK",
}

# Names that take "the" in running text: "China and the United Kingdom".
THE_NAMES = {
    "United Kingdom", "United States", "Netherlands", "Philippines", "United Arab Emirates",
    "Republic of the Congo", "Maldives", "Bahamas", "Gambia",
}


def the(name):
    return "the " + name if name in THE_NAMES else name


SECTIONS = [
    "International cooperation in science and technology",
    "Important Plans",
    "Science and Technology Policy",
    "Multilateral cooperation",
    "Science diplomacy",
    "Innovation and entrepreneurship",
    "Regional cooperation",
    "People-to-people exchanges",
]

FIELDS = [
    "agricultural science", "marine science", "renewable energy", "clean coal technology",
    "quantum information", "artificial intelligence", "biomedicine", "life sciences",
    "food safety", "environmental technology", "space science", "earth observation",
    "nuclear fusion", "advanced manufacturing", "new materials", "water resources",
    "public health", "traditional medicine", "climate change adaptation",
    "disaster prevention", "smart cities", "electric vehicles", "high-speed rail",
    "polar research", "biodiversity", "digital economy", "semiconductors",
    "precision agriculture", "desertification control", "seismology", "oceanography",
    "photonics", "synthetic biology", "infectious diseases", "big data", "5G networks",
    "satellite navigation", "hydropower", "green hydrogen", "carbon capture",
    "genomics", "robotics", "neuroscience", "high-energy physics", "astronomy",
    "geothermal energy", "forestry", "aquaculture", "soil science", "energy storage",
]

INSTITUTIONS = [
    "the Chinese Academy of Sciences", "the Chinese Academy of Engineering",
    "Tsinghua University", "Peking University", "Zhejiang University", "Fudan University",
    "Shanghai Jiao Tong University", "the University of Science and Technology of China",
    "Wuhan University", "Sun Yat-sen University", "Harbin Institute of Technology",
    "the National Natural Science Foundation of China", "the Royal Society",
    "the Royal Academy of Engineering", "the Max Planck Society", "the Fraunhofer Society",
    "the French National Centre for Scientific Research", "the Pasteur Institute",
    "the Russian Academy of Sciences", "the Japan Science and Technology Agency",
    "the National Science Foundation", "the Korea Institute of Science and Technology",
    "the Indian Institute of Science", "the Weizmann Institute of Science",
    "the Commonwealth Scientific and Industrial Research Organisation",
    "the China Science and Technology Exchange Center", "the Torch High Technology "
    "Industry Development Center", "the China Association for Science and Technology",
    "the Chinese Academy of Agricultural Sciences", "the China Meteorological Administration",
    "the National Space Administration", "the State Oceanic Administration",
    "the Beijing Municipal Science & Technology Commission",
    "the Shanghai Science and Technology Development and Exchange Center",
    "the Guangdong Provincial Department of Science and Technology",
    "the Green Technology Bank", "UNESCO", "UN DESA", "UNIDO", "the World Bank",
    "the International Atomic Energy Agency", "the European Commission",
    "the Asian Development Bank", "the African Union Commission", "ASEAN",
]

CITIES = [
    "Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Chengdu", "Xi'an", "Hangzhou",
    "Nanjing", "Tianjin", "Qingdao", "Kunming", "Harbin", "Dalian", "Xiamen", "Urumqi",
    "Nanning", "Lanzhou", "London", "Paris", "Berlin", "Moscow", "Tokyo", "Washington",
    "Vientiane", "Jakarta", "Kiev", "Geneva", "Vienna", "New York", "Nairobi", "Addis Ababa",
    "Astana", "Bangkok", "Hanoi", "Singapore", "Seoul", "Delhi", "Cairo", "Brasília",
    "Buenos Aires", "Pretoria", "Rome", "Madrid", "Budapest", "Warsaw", "Minsk", "Tashkent",
]

GIVEN = [
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
    "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Ye", "Qin", "Shi", "Du",
]
FAMILY = [
    "Zhigang", "Meng", "Jianguo", "Xiaoyong", "Dongbai", "Ruijun", "Yuanbin", "Hong",
    "Wei", "Jing", "Lei", "Min", "Yong", "Ping", "Xin", "Qiang", "Hua", "Yan", "Bo", "Tao",
]
FOREIGN = [
    "Jo Johnson", "Anne Dupont", "Klaus Becker", "Maria Rossi", "Ivan Petrov",
    "Hiroshi Tanaka", "Sarah Miller", "Ahmed Hassan", "Priya Sharma", "Carlos Silva",
    "Kim Min-jun", "Olga Ivanova", "Lars Nilsson", "Amina Diallo", "Jean-Pierre Martin",
    "Elena García", "David Cohen", "Nguyen Van An", "Somsak Chaiyaporn", "Grace Wanjiru",
]
ROLES = [
    "Vice Minister of Science and Technology", "Minister of Science and Technology",
    "Director-General of the Department of International Cooperation of MOST",
    "President of the Chinese Academy of Sciences", "Ambassador of China",
    "Minister of State for Universities, Science, Research and Innovation",
    "Minister of Research, Technology and Higher Education", "Secretary-General",
    "Deputy Director-General", "Chief Scientist", "Vice-premier of the State Council",
    "Science Counsellor of the Embassy", "Director of the Joint Research Center",
]
SOURCES = [
    "Ministry of Science and Technology", "Xinhua News Agency", "Science and Technology Daily",
    "China Daily", "Department of International Cooperation, MOST",
    "Chinese Academy of Sciences", "National Natural Science Foundation of China",
]
ORGANIZATIONS = [
    "Ministry of Science and Technology of China (MOST)", "UN DESA", "UNIDO", "UNESCO",
    "China Institute for Science and Technology Policy (CISTRAT)", "UNCSTD", "UNCTAD",
    "Chinese Academy of Science and Technology for Development", "OECD", "World Bank",
    "China Science and Technology Exchange Center", "Asian Development Bank",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
EVENTS = [
    "Joint Committee on Science and Technology Cooperation", "Innovation Dialogue",
    "Science and Technology Forum", "Technology Transfer Conference", "Joint Laboratory",
    "Innovation Conference", "High-Level Dialogue", "Young Scientists Forum",
    "Science Park Forum", "Joint Research Center", "Technology Expo", "Innovation Week",
]
DOCUMENTS = [
    "Memorandum of Understanding on Science, Technology and Innovation Cooperation",
    "Intergovernmental Science and Technology Cooperation Agreement",
    "Joint Strategy for Science, Technology and Innovation Cooperation",
    "Three-year Action Plan on Science and Technology Innovation Cooperation",
    "Implementation Agreement on Science Park Cooperation",
    "Framework Agreement on Joint Research Centers", "Roadmap for Innovation Cooperation",
    "Agreement on Cooperation in the Peaceful Uses of Outer Space",
    "Joint Statement on Technology Transfer", "Protocol of the Joint Committee",
]
SITES = [
    "https://www.most.gov.cn/", "https://en.cas.cn/", "https://www.nsfc.gov.cn/english/",
    "https://www.unesco.org/en/natural-sciences", "https://sdgs.un.org/tfm",
    "https://www.unido.org/", "https://unctad.org/topic/commission-on-science-and-technology-for-development",
    "http://www.cistrat.org/", "https://www.cstec.org.cn/", "https://www.ukri.org/",
    "https://www.bmbf.de/", "https://www.enseignementsup-recherche.gouv.fr/",
    "https://www.jst.go.jp/EN/", "https://www.nsf.gov/", "https://www.ras.ru/",
]

# Words for sentences that are not built around a name.
NOUNS = [
    "cooperation", "partnership", "exchange", "joint research", "capacity building",
    "technology transfer", "innovation", "training", "knowledge sharing", "collaboration",
    "talent exchange", "infrastructure", "policy dialogue", "commercialization",
    "standardization", "open science", "data sharing", "mutual learning",
]
ADVERBS = [
    "steadily", "substantially", "further", "jointly", "actively", "continuously",
    "significantly", "closely", "effectively", "rapidly",
]
VERBS = [
    "deepen", "expand", "strengthen", "promote", "advance", "support", "upgrade",
    "broaden", "consolidate", "accelerate",
]


def ordinal(n):
    """`13<sup>th</sup>`: the newsletter writes ordinals with a raised suffix."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}<sup>{suffix}</sup>"


def plain_ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


# ----------------------------------------------------------------------------------------
# Prose
# ----------------------------------------------------------------------------------------


class Writer:
    """Writes the prose of one piece of content with its own random generator."""

    def __init__(self, rng, countries, programs, links):
        self.r = rng
        self.countries = countries or ["China"]
        self.programs = programs
        self.links = links  # (text, destination) pairs that may become Markdown links

    def pick(self, items):
        return self.r.choice(items)

    def partner(self):
        return self.pick(self.countries)

    def person(self):
        if self.r.random() < 0.6:
            return f"{self.pick(GIVEN)} {self.pick(FAMILY)}"
        return self.pick(FOREIGN)

    def date_text(self):
        return f"{self.pick(MONTHS)} {self.r.randint(1, 28)}, {self.r.randint(2000, 2024)}"

    def number(self):
        return self.pick(["20", "40", "60", "100", "160", "460", "500", "1,500", "6,600", "12"])

    def emphasis(self, text):
        x = self.r.random()
        if x < 0.18:
            return f"*{text}*"
        if x < 0.26:
            return f"**{text}**"
        return text

    def maybe_link(self, text):
        if self.links and self.r.random() < 0.08:
            label, url = self.pick(self.links)
            return f"[{label}]({url})"
        if self.r.random() < 0.05:
            return f"[{text}]({self.pick(SITES)})"
        return text

    def sentence(self):
        r = self.r
        c = self.partner()
        tc = the(c)
        field = self.pick(FIELDS)
        f2 = self.pick(FIELDS)
        inst = self.pick(INSTITUTIONS)
        city = self.pick(CITIES)
        n = r.randint(2, 30)
        templates = [
            lambda: f"{self.person()}, {self.pick(ROLES)}, met a delegation from {tc} in {city} on {self.date_text()}.",
            lambda: f"The two sides agreed to {self.pick(VERBS)} {self.pick(NOUNS)} in {self.emphasis(field)} and {f2}.",
            lambda: f"China and {tc} signed the {self.emphasis(self.pick(DOCUMENTS))} in {city}.",
            lambda: f"The {ordinal(n)} meeting of the China-{c} {self.pick(EVENTS)} was held in {city}, with more than {self.number()} participants from government, universities and industry.",
            lambda: f"Since {r.randint(1995, 2020)}, {inst} and its partners in {tc} have carried out {self.number()} joint projects in {field}.",
            lambda: f"Speaking at the opening ceremony, {self.person()} said that {self.pick(NOUNS)} with {tc} had {self.pick(ADVERBS)} benefited both countries.",
            lambda: f"{self.maybe_link(inst[0].upper() + inst[1:])} will {self.pick(VERBS)} its work on {field}, with a focus on {f2}.",
            lambda: f"Participants discussed \"{self.pick(NOUNS)} for sustainable development\", a theme that runs through the {plain_ordinal(r.randint(10, 15))} Five-Year Plan.",
            lambda: f"According to {self.pick(SOURCES)}, the {self.pick(EVENTS).lower()} has produced more than {self.number()} matchmakings and {self.number()} signed projects.",
            lambda: f"{self.person()} noted that the strengths of the two countries in {field} complement each other well, leaving much room for cooperation.",
            lambda: f"The program supports young researchers from {tc} to spend three to twelve months at {inst}.",
            lambda: f"Both sides committed to respecting intellectual property in joint research and to encouraging trade in {field} technologies.",
            lambda: f"A {self.emphasis('joint laboratory for ' + field)} was inaugurated at {inst}, the {ordinal(r.randint(1, 40))} of its kind.",
            lambda: f"The delegation also visited {self.pick(INSTITUTIONS)} and the {city} high-tech zone.",
            lambda: f"Over the next {self.pick(['three', 'five', 'ten'])} years, the agreement will guide cooperation all the way from basic research to the industrialization of {field}.",
            lambda: f"In {r.randint(2005, 2024)}, the two countries funded {self.number()} researchers in fields such as {field}, {f2} and {self.pick(FIELDS)}.",
            lambda: f"It is the first {self.pick(['bilateral', 'trilateral', 'regional'])} strategy on {field} that China has drawn up together with {tc}.",
            lambda: f"{self.maybe_link(self.pick(ORGANIZATIONS))} called for better mechanisms through which suppliers and users of technologies in key SDG areas can find one another.",
            lambda: f"Experts from {tc} and China reviewed the progress of the {self.emphasis(self.pick(EVENTS))} and set out priorities for {r.randint(2010, 2030)}-{r.randint(2031, 2035)}.",
            lambda: f"The forum ended with the signing of {r.randint(2, 15)} cooperation agreements worth about {r.randint(10, 900)} million yuan.",
            lambda: f"\"Science knows no borders,\" {self.person()} said, \"and {field} is a field where no country can succeed alone.\"",
            lambda: f"Working groups on {field} -- and, for the first time, on {f2} -- reported to the plenary session...",
        ]
        return self.pick(templates)()

    def paragraph(self):
        count = self.r.randint(2, 6)
        return " ".join(self.sentence() for _ in range(count))

    def list_item(self):
        r = self.r
        x = r.random()
        field = self.pick(FIELDS)
        if x < 0.3:
            return f"{field};"
        if x < 0.55:
            return f"{self.pick(NOUNS)} in {field} with {the(self.partner())};"
        if x < 0.75:
            return f"**{self.pick(EVENTS)}** ({self.pick(MONTHS)} {r.randint(1, 28)}), in {self.pick(CITIES)}: {self.sentence()}"
        return self.sentence()

    def bullets(self):
        return "\n".join(f"- {self.list_item()}" for _ in range(self.r.randint(3, 7)))

    def numbered(self):
        items = []
        for i in range(self.r.randint(2, 5)):
            items.append(f"{i + 1}. *{self.pick(DOCUMENTS)} ({self.r.randint(2010, 2024)}-{self.r.randint(2025, 2030)})*;")
        return "\n".join(items)

    def quote(self):
        return "> " + self.sentence() + " " + self.sentence()

    def heading(self):
        return "### " + self.pick([
            "Background", "Priority areas", "Next steps", "Outcomes", "Joint research",
            f"Cooperation in {self.pick(FIELDS)}", f"Outlook for {self.r.randint(2018, 2030)}",
            "Training and exchanges", f"The {self.pick(EVENTS)}",
        ])

    def words(self, text):
        return len(text.split())

    def body(self, low, high):
        """Markdown of `low` to `high` words: paragraphs, lists, headings and quotes."""
        target = self.r.randint(low, high - 120)
        blocks = [self.paragraph()]
        count = self.words(blocks[0])
        has_heading = self.r.random() < 0.2
        while count < target:
            x = self.r.random()
            if x < 0.64:
                block = self.paragraph()
            elif x < 0.80:
                block = self.paragraph().rsplit(". ", 1)[0] + ". Its priority areas include:\n\n" + self.bullets()
            elif x < 0.88:
                block = self.paragraph().rsplit(". ", 1)[0] + ". The documents signed:\n\n" + self.numbered()
            elif x < 0.94:
                block = self.quote()
            elif has_heading:
                block = self.heading() + "\n\n" + self.paragraph()
            else:
                block = self.paragraph()
            if count + self.words(block) > high:
                if count >= low:
                    break
                block = self.sentence()
            blocks.append(block)
            count += self.words(block)
        return "\n\n".join(blocks) + "\n"


# ----------------------------------------------------------------------------------------
# The newsletter
# ----------------------------------------------------------------------------------------


def yaml_text(value):
    """A YAML scalar: plain when that is safe, double-quoted otherwise."""
    if (re.fullmatch(r"[A-Za-z0-9À-ɏ(][^:#\[\]{},\"\n]*", value) and not value.endswith(" ")
            and ": " not in value):
        return value
    return json.dumps(value, ensure_ascii=False)


def yaml_list(values):
    return "[" + ", ".join(yaml_text(v) for v in values) + "]"


def slugify(text, words=7):
    parts = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    return "-".join(parts[:words]) or "untitled"


def weighted_sample(rng, items, weights, k):
    """`k` distinct items, drawn with probability proportional to weight (Efraimidis-Spirakis)."""
    keyed = sorted(((rng.random() ** (1.0 / w), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:k]]


class Newsletter:
    def __init__(self, seed, articles, per_issue, reports, programs):
        self.seed = seed
        self.article_count = articles
        self.per_issue = per_issue
        self.issue_count = math.ceil(articles / per_issue)
        self.report_count = reports
        self.countries = [name for name, _ in MAJOR_PARTNERS] + OTHER_COUNTRIES
        self.country_weights = [w for _, w in MAJOR_PARTNERS] + [
            6.0 / (i + 1) ** 0.9 for i in range(len(OTHER_COUNTRIES))]
        self.programs = self.make_programs(programs)
        # Zipf-like: the first program is named by about 3,000 of 10,000 articles.
        self.program_weights = [12.0] + [3.0 / (i + 1) ** 0.8 for i in range(len(self.programs) - 1)]
        self.start = datetime.date(2003, 1, 15)

    def rng(self, *parts):
        return random.Random("-".join(str(p) for p in (self.seed,) + parts))

    # Programs ------------------------------------------------------------------------

    def make_programs(self, count):
        r = self.rng("programs")
        fixed = [
            ("belt-and-road", "Belt and Road Initiative", "BRI", []),
            ("tysp", "Talented Young Scientist Program", "TYSP", ["Talented Young Scientists Program"]),
            ("uk-china-partnership-fund", "UK-China Research and Innovation Partnership Fund", None,
             ["UK-China Research Innovation Partnership Fund"]),
            ("iapp", "China-UK Industry Academia Partnership Programme", "IAPP", []),
            ("flagship-challenge", "Flagship Challenge Programme", None, []),
            ("sino-french-young-scientists", "Sino-French Talented Young Scientist Exchange Program", None, []),
            ("most-uncstd-training", "Joint Training Programme of the MOST and UNCSTD", None, []),
        ]
        programs = []
        for slug, name, acronym, aliases in fixed[:count]:
            programs.append({"slug": slug, "name": name, "acronym": acronym, "aliases": aliases})
        kinds = ["Joint Research Program", "Science Park Partnership", "Technology Transfer Center",
                 "Young Scientists Exchange", "Joint Laboratory Initiative", "Innovation Fund",
                 "Training Programme", "Science and Technology Partnership Program"]
        used = {p["slug"] for p in programs}
        while len(programs) < count:
            partner = r.choice([c for c in self.countries[:40] if c != "China"])
            adjective = SINO.get(partner, f"China-{partner}")
            topic = r.choice(FIELDS)
            name = f"{adjective} {topic.title()} {r.choice(kinds)}"
            slug = slugify(name, 8)
            if slug in used:
                continue
            used.add(slug)
            words = [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper()]
            acronym = "".join(w[0] for w in words) if r.random() < 0.6 else None
            aliases = [name.replace("Program", "Programme")] if "Program " in name + " " and r.random() < 0.3 else []
            programs.append({"slug": slug, "name": name, "acronym": acronym, "aliases": aliases})
        for i, program in enumerate(programs):
            program["url"] = f"https://programs.example.org/{program['slug']}/" if i % 3 == 0 else None
        return programs

    def program_body(self, index):
        program = self.programs[index]
        r = self.rng("program", index)
        writer = Writer(r, self.countries[:12], [], [])
        intro = f"The {program['name']}" + (f" ({program['acronym']})" if program["acronym"] else "")
        intro += f" is one of the cooperation programs that this newsletter follows. {writer.paragraph()}"
        return intro + "\n\n" + writer.body(80, 250)

    # Issues and articles ---------------------------------------------------------------

    def issue_date(self, index):
        return self.start + datetime.timedelta(days=index * 15)

    def issue_folder(self, index):
        return f"{self.issue_date(index).year}-{index + 1:02d}"

    def issue_sections(self, index):
        r = self.rng("sections", index)
        others = r.sample(SECTIONS[1:], r.randint(1, 3))
        return [SECTIONS[0]] + others

    def article_count_in(self, index):
        return min(self.per_issue, self.article_count - index * self.per_issue)

    def pick_countries(self, r):
        k = r.choices([1, 2, 3], weights=[50, 35, 15])[0]
        return weighted_sample(r, self.countries, self.country_weights, k)

    def pick_programs(self, r):
        k = r.choices([0, 1, 2], weights=[40, 42, 18])[0]
        return [p["slug"] for p in weighted_sample(r, self.programs, self.program_weights, k)]

    def title(self, r, countries):
        c = countries[0]
        prefix = SINO.get(c, f"China-{c}")
        field = r.choice(FIELDS)
        event = r.choice(EVENTS)
        n = r.randint(1, 30)
        return r.choice([
            f"{prefix} S&T Cooperation Ushers in New Chapter in {field.title()}",
            f"{plain_ordinal(n)} Meeting of the China-{c} {event} Held in {r.choice(CITIES)}",
            f"China and {the(c)} Sign {r.choice(DOCUMENTS)}",
            f"{prefix} {event} Kicks off in {r.choice(CITIES)}",
            f"{prefix} Joint Research Center on {field.title()} Inaugurated",
            f"{r.choice(INSTITUTIONS).replace('the ', '', 1)} and Partners from {the(c)} Launch {field.title()} Projects",
            f"Vice Minister Meets {ADJECTIVES.get(c, c)} Delegation on {field.title()} Cooperation",
            f"{plain_ordinal(n)} International Forum on {field.title()} Opens in {r.choice(CITIES)}",
        ])

    def article(self, index):
        """The article with global index `index`: its folder, file name and fields."""
        issue = index // self.per_issue
        order = index % self.per_issue + 1
        r = self.rng("article", index)
        countries = self.pick_countries(r)
        programs = self.pick_programs(r)
        title = self.title(r, countries)
        sections = self.issue_sections(issue)
        section = sections[0] if r.random() < 0.5 else r.choice(sections)
        date = self.issue_date(issue)
        source_date = date - datetime.timedelta(days=r.randint(1, 20))
        links = [(self.program_by_slug(p)["acronym"] or self.program_by_slug(p)["name"],
                  f"../../programs/{p}.md") for p in programs]
        if self.report_count and r.random() < 0.05:
            slug = self.report_slug(r.randrange(self.report_count))
            links.append(("the report", f"../../reports/{slug}.md"))
        writer = Writer(r, countries, programs, links)
        body = writer.body(300, 900)
        return {
            "issue": issue, "order": order, "slug": slugify(title), "title": title,
            "section": section, "countries": countries, "programs": programs,
            "source": r.choice(SOURCES), "source_date": source_date, "date": date, "body": body,
        }

    def program_by_slug(self, slug):
        for program in self.programs:
            if program["slug"] == slug:
                return program
        raise KeyError(slug)

    # Reports ---------------------------------------------------------------------------

    def report_slug(self, index):
        r = self.rng("report-slug", index)
        organization = r.choice(["most", "cistrat", "unido", "unesco", "un-desa", "uncstd", "unctad", "oecd"])
        return f"{organization}-{r.choice(['report', 'progress', 'review', 'mou', 'outlook', 'briefing'])}-{index + 1:03d}"

    def report(self, index):
        r = self.rng("report", index)
        span = max(1, self.issue_count) * 15
        date = self.start + datetime.timedelta(days=r.randrange(span))
        countries = self.pick_countries(r) if r.random() < 0.6 else []
        programs = self.pick_programs(r)
        kind = r.choices(["report", "announcement", "presentation"], weights=[5, 3, 2])[0]
        field = r.choice(FIELDS)
        title = r.choice([
            f"Progress on the Cooperation Between China and {r.choice(ORGANIZATIONS).split(' (')[0]} in {field.title()}",
            f"Annual Report on International S&T Cooperation {date.year}",
            f"{r.choice(ORGANIZATIONS).split(' (')[0]} and MOST Team up on {field.title()} for the SDGs",
            f"Review of {field.title()} Cooperation with {(countries or ['Developing Countries'])[0]}",
        ])
        writer = Writer(r, countries, programs, [])
        parts = [writer.paragraph()]
        for number in ["I", "II", "III", "IV"][: r.randint(2, 4)]:
            parts.append(f"## {number}. {r.choice(['Background', 'Activities', 'Results', 'Outlook', 'Training workshops', 'Joint research'])}")
            parts.append(writer.body(150, 400).rstrip("\n"))
        return {
            "slug": self.report_slug(index), "title": title, "date": date, "kind": kind,
            "organization": r.choice(ORGANIZATIONS), "countries": countries, "programs": programs,
            "body": "\n\n".join(parts) + "\n",
        }

    def issue_note(self, index):
        r = self.rng("note", index)
        if r.random() < 0.7:
            return ""
        return Writer(r, ["China"], [], []).paragraph() + "\n"


# ----------------------------------------------------------------------------------------
# Writing files
# ----------------------------------------------------------------------------------------


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return len(text.encode("utf-8"))


SITE_YML = """\
title: China Science & Technology Newsletter
subtitle: International cooperation in science, technology and innovation
description: News on China's international cooperation in science, technology and innovation, covering bilateral agreements, joint programs, multilateral partnerships and national STI plans.
base_url: https://newsletter.example.org/
language: en
publisher: Department of International Cooperation, Ministry of Science and Technology (MOST), P.R. China
home_country: CN
"""


def hugo_body(body):
    """A Gazette body for Hugo: links to content files become links to their pages."""
    return re.sub(r"\]\(\.\./\.\./(programs|reports)/([a-z0-9-]+)\.md\)", r"](/\1/\2/)", body)


def generate(news, out, hugo):
    stats = {"bytes": 0, "files": 0, "words": 0, "countries": {}, "programs": {}}

    def count(entry):
        for c in entry["countries"]:
            stats["countries"][c] = stats["countries"].get(c, 0) + 1
        for p in entry["programs"]:
            stats["programs"][p] = stats["programs"].get(p, 0) + 1

    def emit(path, text):
        stats["bytes"] += write(os.path.join(out, path), text)
        stats["files"] += 1

    def emit_hugo(path, text):
        if hugo:
            write(os.path.join(hugo, "content", path), text)

    emit("site.yml", SITE_YML)
    if hugo:
        shutil.copytree(os.path.join(HERE, "hugo"), hugo, dirs_exist_ok=True)

    for i, program in enumerate(news.programs):
        body = news.program_body(i)
        fields = [f"name: {yaml_text(program['name'])}"]
        if program["acronym"]:
            fields.append(f"acronym: {program['acronym']}")
        if program["aliases"]:
            fields.append(f"aliases: {yaml_list(program['aliases'])}")
        if program["url"]:
            fields.append(f"url: {program['url']}")
        emit(f"programs/{program['slug']}.md", "---\n" + "\n".join(fields) + "\n---\n" + body)
        title = program["name"] + (f" ({program['acronym']})" if program["acronym"] else "")
        emit_hugo(f"programs/{program['slug']}/_index.md",
                  f"---\ntitle: {yaml_text(title)}\naliases_text: {yaml_list(program['aliases'])}\n"
                  f"website: {json.dumps(program['url'] or '')}\n---\n" + hugo_body(body))

    for i in range(news.report_count):
        report = news.report(i)
        count(report)
        front = (f"title: {yaml_text(report['title'])}\ndate: {report['date']}\nkind: {report['kind']}\n"
                 f"organization: {yaml_text(report['organization'])}\n")
        emit(f"reports/{report['slug']}.md",
             f"---\n{front}countries: {yaml_list(report['countries'])}\nprograms: {yaml_list(report['programs'])}\n"
             f"---\n{report['body']}")
        emit_hugo(f"reports/{report['slug']}.md",
                  f"---\n{front}countries: {yaml_list(report['countries'])}\nprograms: {yaml_list(report['programs'])}\n"
                  f"---\n{hugo_body(report['body'])}")
    emit_hugo("reports/_index.md", "---\ntitle: Reports\n---\n")

    index = 0
    for issue in range(news.issue_count):
        folder = news.issue_folder(issue)
        date = news.issue_date(issue)
        sections = news.issue_sections(issue)
        note = news.issue_note(issue)
        title = f"China Science & Technology Newsletter No. {issue + 1}"
        emit(f"issues/{folder}/issue.md",
             f"---\nnumber: {issue + 1}\ndate: {date}\ntitle: {title}\nsections:\n"
             + "".join(f"  - {s}\n" for s in sections) + "---\n" + note)
        emit_hugo(f"issues/{issue + 1}/_index.md",
                  f"---\ntitle: {title}\nnumber: {issue + 1}\ndate: {date}\n---\n" + note)
        slugs = set()
        for _ in range(news.article_count_in(issue)):
            article = news.article(index)
            index += 1
            count(article)
            slug = article["slug"]
            while slug in slugs:
                slug += "-2"
            slugs.add(slug)
            front = (f"title: {yaml_text(article['title'])}\nsection: {article['section']}\n"
                     f"countries: {yaml_list(article['countries'])}\nprograms: {yaml_list(article['programs'])}\n")
            emit(f"issues/{folder}/{article['order']:02d}-{slug}.md",
                 f"---\n{front}source: {article['source']}\nsource_date: {article['source_date']}\n---\n"
                 + article["body"])
            stats["words"] += len(article["body"].split())
            emit_hugo(f"issues/{issue + 1}/{slug}.md",
                      f"---\n{front}date: {date}\nweight: {article['order']}\nissue_section: {article['section']}\n"
                      f"source: {article['source']}\nsource_date: {article['source_date']}\n---\n"
                      + hugo_body(article["body"]))
    emit_hugo("issues/_index.md", "---\ntitle: Issues\n---\n")
    return stats


def main():
    parser = argparse.ArgumentParser(description="Generate a newsletter in Gazette's format for benchmarks.")
    parser.add_argument("--articles", type=int, default=10000, help="number of articles (default 10000)")
    parser.add_argument("--per-issue", type=int, default=20, help="articles per issue (default 20)")
    parser.add_argument("--reports", type=int, default=100, help="number of reports (default 100)")
    parser.add_argument("--programs", type=int, default=40, help="number of programs (default 40)")
    parser.add_argument("--seed", default="gazette", help="random seed (default 'gazette')")
    parser.add_argument("--out", required=True, help="the content folder to write (must not exist)")
    parser.add_argument("--hugo", help="also write the same newsletter as a Hugo site into this folder")
    args = parser.parse_args()
    for folder in [args.out, args.hugo]:
        if folder and os.path.exists(folder):
            parser.error(f"{folder} exists: give a new folder")
    if args.articles < 1 or args.per_issue < 1 or args.programs < 1:
        parser.error("--articles, --per-issue and --programs must be 1 or more")

    news = Newsletter(args.seed, args.articles, args.per_issue, args.reports, args.programs)
    stats = generate(news, args.out, args.hugo)
    top_countries = sorted(stats["countries"].items(), key=lambda kv: -kv[1])[:8]
    top_programs = sorted(stats["programs"].items(), key=lambda kv: -kv[1])[:3]
    print(f"{args.out}: {news.issue_count} issues, {args.articles} articles, {args.reports} reports, "
          f"{len(news.programs)} programs; {stats['files']} files, {stats['bytes'] / 1e6:.1f} MB, "
          f"{stats['words'] / args.articles:.0f} words per article; {len(stats['countries'])} countries",
          file=sys.stderr)
    print("  most named countries: " + ", ".join(f"{c} {n}" for c, n in top_countries), file=sys.stderr)
    print("  most named programs: " + ", ".join(f"{p} {n}" for p, n in top_programs), file=sys.stderr)


if __name__ == "__main__":
    main()
