#!/usr/bin/env bash
# Publishes the sample newsletter: Content/ → Site/. Extra arguments go to `gazette build`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift run gazette build "$@"
