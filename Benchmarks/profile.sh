#!/usr/bin/env bash
# Where Gazette's build time goes: samples one `gazette build` of a generated corpus with
# `perf record -e cpu-clock -g` (software clock: it works in VMs without hardware counters)
# and prints the time span and CPU share of each phase of the build, then the functions
# with the most CPU time, inclusive and self.
#
#   Benchmarks/profile.sh [--articles 10000] [--dwarf]
#
# --dwarf unwinds call stacks from debug information instead of frame pointers: slower and
# a much larger perf.data, but time spent in libc (malloc, memmove) and libcmark, which
# have no frame pointers, is counted in the phase that called it instead of "the rest".
#
# Uses the release build and the corpora of Benchmarks/run.sh (run that first, or this
# script builds and generates what is missing). Needs linux-perf (apt-get install linux-perf).
set -euo pipefail

ARTICLES=10000
CALL_GRAPH=(-F 1000 -g)
while (($#)); do
  case "$1" in
    --articles) ARTICLES="${2:?--articles needs a number}"; shift 2 ;;
    --dwarf) CALL_GRAPH=(-F 500 --call-graph dwarf,32768); shift ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "profile.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ ]] || { echo "profile.sh: --articles takes a number" >&2; exit 2; }

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
cd "$ROOT"
command -v swift >/dev/null || PATH="/opt/swift/usr/bin:$PATH"
command -v perf >/dev/null || { echo "profile.sh: perf not found: apt-get install linux-perf" >&2; exit 1; }

swift build -c release --product gazette >/dev/null
KEY=$(cat "$BENCH/generate.py" $(find "$BENCH/hugo" -type f | LC_ALL=C sort) | sha256sum | cut -c1-10)
CORPUS="$BENCH/.corpus/$ARTICLES-$KEY"
if [[ ! -d "$CORPUS" ]]; then
  mkdir -p "$CORPUS.partial"
  python3 "$BENCH/generate.py" --articles "$ARTICLES" --out "$CORPUS.partial/content" --hugo "$CORPUS.partial/hugo" \
    2>"$CORPUS.partial/summary.txt"
  mv "$CORPUS.partial" "$CORPUS"
fi

# A new folder every time, and nothing deleted; like run.sh, wait until the last removal of
# outputs is 5 minutes old, or the kernel's inode allocation shows up in the profile
# (recently_deleted: see "Scratch space" in run.sh).
SCRATCH_ROOT="$BENCH/.scratch"
if [[ -f "$SCRATCH_ROOT/cleanup.pid" ]] && kill -0 "$(cat "$SCRATCH_ROOT/cleanup.pid")" 2>/dev/null; then
  echo "waiting for the removal of an earlier run's output folders to finish" >&2
  while kill -0 "$(cat "$SCRATCH_ROOT/cleanup.pid")" 2>/dev/null; do sleep 5; done
fi
if [[ -f "$SCRATCH_ROOT/last-removal" ]]; then
  wait_for=$(($(stat -c %Y "$SCRATCH_ROOT/last-removal") + 300 - $(date +%s)))
  if ((wait_for > 0)); then
    echo "waiting ${wait_for}s until the inodes freed by the last removal of outputs can be reused" >&2
    sleep "$wait_for"
  fi
fi
WORK="$SCRATCH_ROOT/profile-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$WORK"
perf record -q -e cpu-clock "${CALL_GRAPH[@]}" -o "$WORK/perf.data" -- \
  "$ROOT/.build/release/gazette" build --content "$CORPUS/content" --output "$WORK/site"

set +o pipefail # the reports below are cut short with head
echo "One gazette build of $ARTICLES articles, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
perf script -i "$WORK/perf.data" -F tid,time,ip,sym 2>/dev/null | python3 "$BENCH/profile_phases.py"
echo
echo "Functions by inclusive CPU time (share of all samples):"
perf report -i "$WORK/perf.data" --children --sort symbol -g none --percent-limit 2 2>/dev/null |
  grep -v '^#' | grep -v '^$' | swift demangle --simplified |
  grep -Ev 'thunk|partial apply|start_thread|_dispatch|libc_start|gazette_main|ParsableCommand|BuildCommand.run|concurrentPerform|dispatch_apply|parallelMap' |
  cut -c1-150 | head -30
echo
echo "Functions by self CPU time:"
perf report -i "$WORK/perf.data" --no-children --sort dso,symbol -g none --percent-limit 1 2>/dev/null |
  grep -v '^#' | grep -v '^$' | swift demangle --simplified | cut -c1-150 | head -25
echo
echo "(perf data: ${WORK#$ROOT/}/perf.data)"
