#!/usr/bin/env bash
# The Gazette benchmark: Gazette, Hugo and a C floor (libcmark alone) build the same
# generated newsletter; prints a table of wall time and peak memory for each size.
#
#   Benchmarks/run.sh [--sizes 1000,10000] [--runs 5] [--keep-outputs]
#
# What it does, from a clone, on Debian with the Swift toolchain:
#   1. installs hugo, libcmark-dev, libyaml-dev, libjemalloc-dev and GNU time with apt-get when they are
#      missing;
#   2. builds Gazette in release mode (swift build -c release --product gazette) and the
#      floor program (Benchmarks/floor/floor.c, gcc -O2 -lcmark -lpthread);
#   3. generates each corpus once with Benchmarks/generate.py into Benchmarks/.corpus/
#      (kept for later runs; a new generator or new Hugo layouts make a new corpus);
#   4. for each size, one unmeasured warm-up build per tool (which also checks that the
#      corpus builds without an error; there are warnings: the generated prose names
#      countries that an article does not list), then --runs rounds in which the tools take
#      turns, each round in a rotated order; wall time from the script, CPU time and max
#      RSS from GNU time;
#   5. builds a copy of each corpus incrementally: once whole, once with nothing changed,
#      then --runs times after one article changed, into the same output folder; then
#      runs `gazette serve` on the copy, then `gazette build --watch` into that output
#      folder, and with each edits --runs articles below their first paragraph and --runs
#      in their first paragraph, timing each rebuild as they report it (from the first
#      file event to the pages written);
#   6. prints the medians as Markdown tables.
#
# Every build writes into a new folder under Benchmarks/.scratch/run-<time>/ and nothing is
# deleted during a series (see "Scratch space" below for why).
set -euo pipefail

SIZES="1000,10000"
RUNS=5
KEEP_OUTPUTS=0
usage() {
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  echo "Options: --sizes N,N,...  numbers of articles (default $SIZES)"
  echo "         --runs N         measured rounds (default $RUNS)"
  echo "         --keep-outputs   keep the output folders until the next run (to look at them)"
}
while (($#)); do
  case "$1" in
    --sizes) SIZES="${2:?--sizes needs a value such as 1000,10000}"; shift 2 ;;
    --sizes=*) SIZES="${1#*=}"; shift ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
    --runs=*) RUNS="${1#*=}"; shift ;;
    --keep-outputs) KEEP_OUTPUTS=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$SIZES" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "run.sh: --sizes takes numbers separated by commas, such as 1000,10000" >&2; exit 2; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs takes a number of 1 or more" >&2; exit 2; }

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
cd "$ROOT"
say() { printf '==> %s\n' "$*" >&2; }

# 1. Tools ------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
[[ -f /usr/include/cmark.h ]] || missing+=(libcmark-dev)
[[ -f /usr/include/yaml.h ]] || missing+=(libyaml-dev)
[[ -f /usr/include/jemalloc/jemalloc.h ]] || missing+=(libjemalloc-dev)
command -v gcc >/dev/null || missing+=(gcc)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  say "installing ${missing[*]} with apt-get"
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >&2
fi
if ! command -v swift >/dev/null; then
  [[ -x /opt/swift/usr/bin/swift ]] && PATH="/opt/swift/usr/bin:$PATH" ||
    { echo "run.sh: swift not found: install the Swift toolchain (6.1 or later)" >&2; exit 1; }
fi

# 2. Scratch space -----------------------------------------------------------------------
# Freed inodes are not reused at once on this file system (ext4 without a journal: 30 s
# after their deletion, or 5 minutes more while their inode table block is dirty), and
# writing a tree while many are waiting is several times slower. Removing a tree is slow
# too (online discard: minutes for the outputs of one run). So: nothing is deleted during
# a series; this run's output folders are removed in the background when it ends; a run
# that starts while that removal is going on waits for it; and the series start only when
# the last removal is AGE seconds old.
AGE=300
SCRATCH_ROOT="$BENCH/.scratch"
CLEANUP_PID="$SCRATCH_ROOT/cleanup.pid"
LAST_REMOVAL="$SCRATCH_ROOT/last-removal"
mkdir -p "$SCRATCH_ROOT"
if [[ -f "$CLEANUP_PID" ]] && kill -0 "$(cat "$CLEANUP_PID")" 2>/dev/null; then
  say "waiting for the removal of an earlier run's output folders to finish"
  while kill -0 "$(cat "$CLEANUP_PID")" 2>/dev/null; do sleep 5; done
fi
rm -f "$CLEANUP_PID"
# A corpus is named after its size and a hash of the generator and the Hugo files.
KEY=$(cat "$BENCH/generate.py" $(find "$BENCH/hugo" -type f | LC_ALL=C sort) | sha256sum | cut -c1-10)
stale=()
for dir in "$SCRATCH_ROOT"/run-* "$SCRATCH_ROOT"/profile-* "$BENCH"/.corpus/*; do
  [[ -e "$dir" ]] || continue
  [[ "$dir" == "$BENCH"/.corpus/*-"$KEY" ]] && continue
  stale+=("$dir")
done
if ((${#stale[@]})); then
  say "removing the scratch folders of earlier runs and outdated corpora (this file system deletes slowly)"
  rm -rf "${stale[@]}"
  touch "$LAST_REMOVAL"
fi
SCRATCH="$SCRATCH_ROOT/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$SCRATCH"

# 3. Programs ---------------------------------------------------------------------------
say "building Gazette (swift build -c release --product gazette)"
swift build -c release --product gazette >"$SCRATCH/swift-build.log" 2>&1 ||
  { cat "$SCRATCH/swift-build.log" >&2; echo "run.sh: Gazette does not build" >&2; exit 1; }
GAZETTE="$ROOT/.build/release/gazette"
mkdir -p "$BENCH/.build"
FLOOR="$BENCH/.build/floor"
gcc -O2 -o "$FLOOR" "$BENCH/floor/floor.c" -lcmark -lpthread

# 4. Corpora ----------------------------------------------------------------------------
corpus() { echo "$BENCH/.corpus/$1-$KEY"; }
IFS=, read -r -a SIZE_LIST <<<"$SIZES"
for size in "${SIZE_LIST[@]}"; do
  dir=$(corpus "$size")
  [[ -d "$dir" ]] && continue
  say "generating $size articles into ${dir#$ROOT/}"
  rm -rf "$dir.partial"
  mkdir -p "$dir.partial"
  python3 "$BENCH/generate.py" --articles "$size" --out "$dir.partial/content" --hugo "$dir.partial/hugo" \
    2>"$dir.partial/summary.txt"
  mv "$dir.partial" "$dir"
done

if [[ -f "$LAST_REMOVAL" ]]; then
  wait_for=$(($(stat -c %Y "$LAST_REMOVAL") + AGE - $(date +%s)))
  if ((wait_for > 0)); then
    say "waiting ${wait_for}s until the inodes freed by the last removal of outputs can be reused"
    sleep "$wait_for"
  fi
fi

# 5. Measurements -----------------------------------------------------------------------
RESULTS="$SCRATCH/results.tsv"
printf 'size\ttool\tround\twall\tmaxrss_kb\tuser\tsys\n' >"$RESULTS"
counter=0

# run_tool SIZE TOOL ROUND: one build into a new folder; ROUND 0 is the warm-up.
run_tool() {
  local size=$1 tool=$2 round=$3 dir out log
  dir=$(corpus "$size")
  counter=$((counter + 1))
  out="$SCRATCH/$size/out-$tool-$counter"
  log="$SCRATCH/$size/$tool-$counter.log"
  local -a command
  case "$tool" in
    gazette) command=("$GAZETTE" build --content "$dir/content" --output "$out") ;;
    hugo) command=(hugo --source "$dir/hugo" --destination "$out" --quiet) ;;
    floor1) command=("$FLOOR" "$dir/content" "$out" 1) ;;
    floor2) command=("$FLOOR" "$dir/content" "$out" 2) ;;
    floor2-bytes) command=("$FLOOR" "$dir/content" "$out" 2 "$PADDING") ;;
  esac
  LAST_OUTPUT[$tool]=$out
  local start end
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%M %U %S' -o "$log.time" "${command[@]}" >"$log" 2>"$log.err"; then
    echo "run.sh: this build failed:" >&2
    echo "  (cd $ROOT && ${command[*]})" >&2
    cat "$log" "$log.err" >&2
    exit 1
  fi
  end=$(date +%s%N)
  if [[ "$tool" == gazette ]] && grep -q ": error: " "$log.err"; then
    echo "run.sh: Gazette found errors in the generated content (fix Benchmarks/generate.py):" >&2
    echo "  (cd $ROOT && ${command[*]})" >&2
    head -40 "$log.err" >&2
    exit 1
  fi
  local rss user sys
  read -r rss user sys < <(tail -1 "$log.time")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "$round" \
    "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')" "$rss" "$user" "$sys" >>"$RESULTS"
}

# The load average before each series: other work on the machine makes every number worse.
busy=""
note_load() {
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    busy="${busy}${busy:+, }$load before $1 articles"
  fi
}

# The bytes of the files in a folder.
bytes_in() { find "$1" -type f -printf '%s\n' | awk '{ total += $1 } END { print total + 0 }'; }

# floor2-bytes is the floor that writes as many bytes as Gazette's site: each page padded by
# the difference of the two warm-up outputs, shared over the floor's pages.
TOOLS=(gazette hugo floor1 floor2 floor2-bytes)
declare -A LAST_OUTPUT
PADDING_BY_SIZE=""
for size in "${SIZE_LIST[@]}"; do
  mkdir -p "$SCRATCH/$size"
  note_load "$size"
  say "$size articles: warm-up builds ($(cut -d' ' -f1-3 /proc/loadavg) load)"
  for tool in gazette hugo floor1 floor2; do run_tool "$size" "$tool" 0; done
  gazette_bytes=$(bytes_in "${LAST_OUTPUT[gazette]}")
  floor_bytes=$(bytes_in "${LAST_OUTPUT[floor2]}")
  floor_pages=$(find "${LAST_OUTPUT[floor2]}" -type f | wc -l)
  PADDING=$(((gazette_bytes - floor_bytes) / floor_pages))
  PADDING_BY_SIZE="$PADDING_BY_SIZE $size:$gazette_bytes:$floor_bytes:$PADDING"
  run_tool "$size" floor2-bytes 0
  for ((round = 1; round <= RUNS; round++)); do
    say "$size articles: round $round of $RUNS"
    for ((i = 0; i < ${#TOOLS[@]}; i++)); do
      run_tool "$size" "${TOOLS[$(((i + round - 1) % ${#TOOLS[@]}))]}" "$round"
    done
  done
done

# 5b. Incremental builds ------------------------------------------------------------------
# On a copy of the corpus (its files get new inodes, so the first build is a full one): a
# build with nothing changed, then RUNS builds after one article's text changed (a new
# sentence at the end of a different article each time), into the same output folder.
INCREMENTAL="$SCRATCH/incremental.tsv"
printf 'size\tkind\twall\n' >"$INCREMENTAL"
timed_build() { # SIZE KIND CONTENT OUTPUT
  local start end
  start=$(date +%s%N)
  "$GAZETTE" build --content "$3" --output "$4" >"$SCRATCH/$1/incremental.log" 2>&1 ||
    { cat "$SCRATCH/$1/incremental.log" >&2; echo "run.sh: an incremental build failed" >&2; exit 1; }
  end=$(date +%s%N)
  printf '%s\t%s\t%s\n' "$1" "$2" "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')" >>"$INCREMENTAL"
}
for size in "${SIZE_LIST[@]}"; do
  say "$size articles: incremental builds"
  copy="$SCRATCH/$size/content-copy"
  cp -r "$(corpus "$size")/content" "$copy"
  # Dated a minute ago: Gazette does not trust the stamps of files changed in the last seconds.
  find "$copy" -type f -exec touch -d '-1 minute' {} +
  timed_build "$size" full "$copy" "$SCRATCH/$size/out-incremental"
  timed_build "$size" unchanged "$copy" "$SCRATCH/$size/out-incremental"
  mapfile -t articles < <(find "$copy/issues" -name '[0-9]*-*.md' | LC_ALL=C sort | head -n "$RUNS")
  for article in "${articles[@]}"; do
    printf '\nA sentence added by the benchmark.\n' >>"$article"
    timed_build "$size" one-article "$copy" "$SCRATCH/$size/out-incremental"
  done
done

# 5c. The preview and the watching build ------------------------------------------------
# `gazette serve`, then `gazette build --watch`, on the same copy: after the first build,
# RUNS articles get a sentence at their end (below the first paragraph, which lists show)
# and RUNS others a word at the start of their first paragraph, one at a time. Both say
# "Rebuilt in N ms" when the pages are written, counting from the first file event they saw
# (so the 50 ms they wait for an editor's writes to settle are included).
PREVIEW="$SCRATCH/preview.tsv"
printf 'size\tmode\tkind\tms\n' >"$PREVIEW"
wait_for_line() { # LOG PATTERN COUNT: waits until LOG has COUNT lines matching PATTERN
  local waited=0
  while (($(grep -c "$2" "$1" || true) < $3)); do
    sleep 0.1
    waited=$((waited + 1))
    ((waited < 1200)) || { cat "$1" >&2; echo "run.sh: gazette $mode did not answer" >&2; exit 1; }
  done
}
for size in "${SIZE_LIST[@]}"; do
  copy="$SCRATCH/$size/content-copy"
  edited=$RUNS
  for mode in serve watch; do
    say "$size articles: edits with gazette $mode"
    log="$SCRATCH/$size/$mode.log"
    if [[ $mode == serve ]]; then
      "$GAZETTE" serve --content "$copy" --output "$SCRATCH/$size/out-preview" --port 0 >"$log" 2>&1 &
    else
      "$GAZETTE" build --watch --content "$copy" --output "$SCRATCH/$size/out-incremental" >"$log" 2>&1 &
    fi
    server=$!
    wait_for_line "$log" '^Built' 1
    mapfile -t articles < <(find "$copy/issues" -name '[0-9]*-*.md' | LC_ALL=C sort | sed -n "$((edited + 1)),$((edited + 2 * RUNS))p")
    edited=$((edited + 2 * RUNS))
    rebuilds=0
    for ((i = 0; i < 2 * RUNS; i++)); do
      article="${articles[$i]}"
      if ((i < RUNS)); then
        kind=below-summary
        printf '\nA sentence added while editing.\n' >>"$article"
      else
        kind=first-paragraph
        python3 -c 'import sys; p = sys.argv[1]; t = open(p).read(); i = t.index("\n---\n", 4) + 5; open(p, "w").write(t[:i] + "Today, " + t[i:])' "$article"
      fi
      rebuilds=$((rebuilds + 1))
      wait_for_line "$log" '^Rebuilt in' "$rebuilds"
      ms=$(grep '^Rebuilt in' "$log" | tail -1 | sed 's/^Rebuilt in \([0-9]*\) ms.*/\1/')
      printf '%s\t%s\t%s\t%s\n' "$size" "$mode" "$kind" "$ms" >>"$PREVIEW"
      sleep 0.5
    done
    kill -INT "$server"
    wait "$server" || true
  done
done

# 6. The tables -------------------------------------------------------------------------
{
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(free -h | awk '/^Mem:/ { print $2 }') memory, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "Gazette $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '(no git)'), $(swift --version 2>/dev/null | head -1); $(hugo version | cut -d' ' -f1-2); libcmark $(pkg-config --modversion libcmark 2>/dev/null || echo '?')"
  echo "Command: Benchmarks/run.sh --sizes $SIZES --runs $RUNS"
  [[ -z "$busy" ]] || echo "WARNING: the machine was busy (1-minute load average $busy, on $(nproc) cores): other processes competed for the CPU, so these times are too high and vary; run again on a quiet machine."
  echo
  python3 - "$RESULTS" "$BENCH/.corpus" "$KEY" "$INCREMENTAL" "$PREVIEW" "$PADDING_BY_SIZE" <<'PYTHON'
import csv, statistics, sys, os, re
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["round"] != "0"]
sizes = sorted({int(r["size"]) for r in rows})

def values(size, tool, key):
    return [float(r[key]) for r in rows if int(r["size"]) == size and r["tool"] == tool]

def med(size, tool, key):
    return statistics.median(values(size, tool, key))

def secs(x):
    return f"{x:.2f} s" if x < 100 else f"{x:.0f} s"

names = {"gazette": "Gazette", "hugo": "Hugo", "floor1": "floor, 1 thread", "floor2": "floor, 2 threads",
         "floor2-bytes": "floor, 2 threads, padded to Gazette's bytes"}
# size: (bytes of Gazette's site, bytes of the floor's, padding of each floor page)
site_bytes = {int(s): tuple(map(int, rest)) for s, *rest in (w.split(":") for w in sys.argv[6].split())}
runs = len(values(sizes[0], "gazette", "wall"))
gazette_times = {}
for size in sizes:
    summary = os.path.join(sys.argv[2], f"{size}-{sys.argv[3]}", "summary.txt")
    facts = open(summary).readline().strip()
    megabytes = re.search(r"([0-9.]+) MB", facts).group(1)
    issues = re.search(r"(\d+) issues", facts).group(1)
    print(f"{size:,} articles ({issues} issues, {megabytes} MB of Markdown):")
    print()
    print(f"| tool | wall time, median of {runs} | min – max | CPU time (user+sys) | peak memory (max RSS) |")
    print("|---|---:|---:|---:|---:|")
    for tool in names:
        wall = values(size, tool, "wall")
        cpu = statistics.median([u + s for u, s in zip(values(size, tool, "user"), values(size, tool, "sys"))])
        print(f"| {names[tool]} | {secs(statistics.median(wall))} | {min(wall):.2f} – {max(wall):.2f} "
              f"| {secs(cpu)} | {med(size, tool, 'maxrss_kb') / 1024:.0f} MB |")
    g, h = med(size, "gazette", "wall"), med(size, "hugo", "wall")
    gm, hm = med(size, "gazette", "maxrss_kb"), med(size, "hugo", "maxrss_kb")
    f2, f2b = med(size, "floor2", "wall"), med(size, "floor2-bytes", "wall")
    gazette_times[size] = g
    gazette_bytes, floor_bytes, padding = site_bytes[size]
    print()
    print(f"Hugo / Gazette time: {h / g:.2f}×; Gazette / Hugo memory: {gm / hm:.2f}×; "
          f"Gazette / floor (2 threads) time: {g / f2:.1f}×")
    print(f"Gazette's site is {gazette_bytes / 1e6:.1f} MB, the floor's {floor_bytes / 1e6:.1f} MB; padded by "
          f"{padding:,} bytes a page, the floor takes {f2b / f2:.1f}× its time, and Gazette {g / f2b:.1f}× the padded floor's")
    print()
for small, large in zip(sizes, sizes[1:]):
    print(f"Gazette time, {large:,} / {small:,} articles: {gazette_times[large] / gazette_times[small]:.1f}× "
          f"(for {large / small:g}× the articles)")

incremental = list(csv.DictReader(open(sys.argv[4]), delimiter="\t"))
print()
print("Gazette, incremental builds into the same output folder (wall time, whole process):")
print()
print("| articles | full build (cache empty) | nothing changed | one article changed, median |")
print("|---:|---:|---:|---:|")
for size in sizes:
    times = {kind: [float(r["wall"]) for r in incremental if int(r["size"]) == size and r["kind"] == kind]
             for kind in ["full", "unchanged", "one-article"]}
    print(f"| {size:,} | {secs(times['full'][0])} | {secs(times['unchanged'][0])} "
          f"| {secs(statistics.median(times['one-article']))} |")

preview = list(csv.DictReader(open(sys.argv[5]), delimiter="\t"))
print()
print("`gazette serve` and `gazette build --watch`, one article edited and saved: from the first file")
print("event to the pages written, as they report it (50 ms of it are the wait for the editor's")
print("writes to settle):")
print()
print("| articles | command | edit below the first paragraph, median (min – max) | edit in the first paragraph, median (min – max) |")
print("|---:|---|---:|---:|")
for size in sizes:
    for mode, command in [("serve", "`serve`"), ("watch", "`build --watch`")]:
        cells = []
        for kind in ["below-summary", "first-paragraph"]:
            ms = [int(r["ms"]) for r in preview if int(r["size"]) == size and r["mode"] == mode and r["kind"] == kind]
            cells.append(f"{statistics.median(ms):.0f} ms ({min(ms)} – {max(ms)})")
        print(f"| {size:,} | {command} | {cells[0]} | {cells[1]} |")
PYTHON
} | tee "$SCRATCH/results.md"
say "raw numbers and logs: ${SCRATCH#$ROOT/}/"
if ((KEEP_OUTPUTS)); then
  say "the output folders stay in ${SCRATCH#$ROOT/}/ until the next run starts"
else
  say "removing the output folders in the background (a few minutes)"
  setsid nohup bash -c 'rm -rf "$1"/*/out-* "$1"/*/content-copy "$1"/.gazette-cache "$1"/*/.gazette-cache; touch "$2"' _ "$SCRATCH" "$LAST_REMOVAL" >/dev/null 2>&1 &
  echo $! >"$CLEANUP_PID"
fi
