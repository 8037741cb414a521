#!/usr/bin/env bash
# The main job on the shipped case, from a fresh clone: install what is missing, build, check the Benesse
# evidence and print its report. Extra arguments go to `lineage check` (for example --json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-dependencies.sh
swift build -c release --product lineage >&2
.build/release/lineage check Graphs/benesse "$@"
