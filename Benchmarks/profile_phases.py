#!/usr/bin/env python3
"""Splits the samples of `perf script -F tid,time,ip,sym` of one `gazette build` into the
phases of the build, by the (mangled) Swift functions on each sample's call stack, and
prints each phase's CPU time and its span of wall-clock time. Used by profile.sh."""

import sys

# (phase, substrings of mangled symbols), most specific first: a sample belongs to the
# first phase that one of its frames names.
PHASES = [
    ("render pages: Fragment.html (replacingOccurrences)", ["8FragmentV4html10rootPrefix"]),
    ("render pages: structured data (JSON-LD)", ["9Templates4JSONO5write", "9Templates8SchemaOrgO"]),
    ("render pages: templates", ["$s9Templates", "10Publishing11makeOutputs"]),
    ("write: create every folder, one by one", ["11FileManagerC15createDirectory", "__GI___mkdir"]),
    ("write files", ["OutputWriterV", "10Publishing8Manifest"]),
    ("parse: front matter (Yams)", ["11FieldReaderV4yaml"]),
    ("parse: locations of list items (SourceFile.line)", ["10SourceFileV4line"]),
    ("parse: split front matter (FrontMatter.split)", ["11FrontMatterV5split"]),
    ("parse: Markdown (cmark + tree walk)", ["8Markdown0A8RendererO6render", "cmark_"]),
    ("parse: String.contains via Foundation (html.contains(idMarker))", ["$sSy10FoundationE5range2of7options"]),
    ("parse: trimmingCharacters via Foundation", ["$sSy10FoundationE18trimmingCharacters"]),
    ("parse: country mentions (CountryMentionFinder)", ["20CountryMentionFinderV8mentions"]),
    ("parse: other", ["13ContentParserO5parse_", "parseIssueHeader", "SiteConfigParser"]),
    ("load: list files", ["ContentLoaderO9listFiles"]),
    ("load: read files", ["ContentLoaderO4load"]),
    ("site graph (Site.init)", ["11GazetteCore4SiteV6config"]),
    ("assemble: other", ["SiteAssemblerO8assemble"]),
    ("build: other", ["10Publishing7BuilderO"]),
]
OTHER = "start-up, exit and the rest"


def samples(stream):
    """Yields (time, frames) for every sample."""
    time, frames = None, []
    for line in stream:
        if not line.strip():
            continue
        if not line.startswith("\t") and line.rstrip().endswith(":"):
            if time is not None:
                yield time, frames
            time, frames = float(line.split()[-1].rstrip(":")), []
        else:
            parts = line.split(None, 1)
            frames.append(parts[1].strip() if len(parts) > 1 else "")
    if time is not None:
        yield time, frames


def phase_of(frames):
    for name, needles in PHASES:
        for frame in frames:
            if any(needle in frame for needle in needles):
                return name
    return OTHER


def main():
    stats = {}
    first = last = None
    total = 0
    for time, frames in samples(sys.stdin):
        name = phase_of(frames)
        entry = stats.setdefault(name, [0, time, time])
        entry[0] += 1
        entry[1] = min(entry[1], time)
        entry[2] = max(entry[2], time)
        first = time if first is None else min(first, time)
        last = time if last is None else max(last, time)
        total += 1
    if not total:
        print("no samples")
        return
    print(f"Phases ({total} samples of CPU time, {last - first:.2f} s from the first to the last):")
    print()
    print("| phase | CPU share | from – to (s after the first sample) |")
    print("|---|---:|---:|")
    order = sorted(stats.items(), key=lambda kv: kv[1][1])
    for name, (count, start, end) in order:
        print(f"| {name} | {100 * count / total:.1f} % | {start - first:.2f} – {end - first:.2f} |")


if __name__ == "__main__":
    main()
