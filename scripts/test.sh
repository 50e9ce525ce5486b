#!/usr/bin/env bash
# Runs every test. Extra arguments go to `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift test "$@"
