#!/usr/bin/env bash
# Regenerates the committed diagrams of the shipped cases (Graphs/*.dot and *.svg) from Graphs/diagrams.tsv.
# Run after changing the case or the diagram code; the test suite fails while a committed .dot is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product lineage >&2
lineage=.build/debug/lineage
while IFS=$'\t' read -r name arguments title; do
    case "$name" in ''|'#'*) continue ;; esac
    # shellcheck disable=SC2086 # the arguments are words on purpose
    "$lineage" graph "Graphs/${name%%-*}" $arguments ${title:+--title "$title"} -o "Graphs/$name.dot" 2>/dev/null
    dot -Tsvg "Graphs/$name.dot" -o "Graphs/$name.svg"
    echo "Graphs/$name.dot, Graphs/$name.svg" >&2
done < Graphs/diagrams.tsv
