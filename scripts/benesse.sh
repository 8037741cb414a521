#!/usr/bin/env bash
# The main job on the shipped case, from a fresh clone: install what is missing, build, check the Benesse
# evidence, then answer the investigators' first questions: who received the June 2014 copy, and where
# JustSystems's list came from. Extra arguments go to each command (for example --json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-dependencies.sh
swift build -c release --product lineage >&2
lineage=.build/release/lineage
"$lineage" check Graphs/benesse "$@"
echo
"$lineage" received batch-2014-06-17 Graphs/benesse "$@"
echo
"$lineage" trace list-js Graphs/benesse "$@"
