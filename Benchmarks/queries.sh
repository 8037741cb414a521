#!/usr/bin/env bash
# Benchmarks `lineage received` on a generated case: how long reading and indexing take, peak memory, and the
# query's latency as the median of repeated runs inside one process (so reading the files is not counted).
#
#   bash Benchmarks/queries.sh [CLAIMS] [DATASET...]
#
# Defaults: 1,000,000 claims, and two datasets: `db`, the source database, whose recipients are every holding in
# the case (the worst case), and `batch0`, one early copy. The case is written once to Benchmarks/out/ (ignored by
# git) with seed 1, so runs compare. Results go to standard output and Benchmarks/out/received-*.txt.
#
# Timing inside one process uses `lineage-query-timing` (Benchmarks/QueryTiming), which reads the case as
# `lineage received` does, then runs the query N more times after the first and reports the median on the clock and on the thread's CPU (on a shared machine the CPU time is the
# steadier figure). Each run also asks once without the best-supported search, so the line reports both medians
# and how many grade-restricted searches the best-supported one ran: their difference is its cost. Peak memory
# comes from /usr/bin/time when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

claims=${1:-1000000}
shift || true
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=(db batch0)
repeat=${REPEAT:-20}
out=Benchmarks/out
mkdir -p "$out"

case_file="$out/case-$claims.xml"
if [ ! -f "$case_file" ]; then
    echo "generating $claims claims into $case_file" >&2
    python3 Benchmarks/generate_case.py --claims "$claims" --seed 1 -o "$case_file"
fi
swift build -c release --product lineage >&2
swift build -c release --product lineage-query-timing >&2

echo "case: $claims claims, $(du -m "$case_file" | cut -f1) MB; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for dataset in "${datasets[@]}"; do
    report="$out/received-$dataset.txt"
    command=(.build/release/lineage-query-timing "$dataset" "$repeat" "$case_file")
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "${command[@]}" > /dev/null 2> "$report"
    else
        "${command[@]}" > /dev/null 2> "$report"
    fi
    grep -h '^read ' "$report"
    grep -h 'Maximum resident set size' "$report" | awk '{ printf "  peak memory: %.0f MB\n", $NF / 1024 }' || true
done
