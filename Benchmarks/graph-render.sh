#!/usr/bin/env bash
# How long a big case takes to draw: generates a case of N claims (default 10,000) with Benchmarks/generate_case.py,
# then times `lineage graph` (release build) and Graphviz's `dot -Tsvg` on its DOT, for the default custody view and
# for --merge-parallel. Uses hyperfine when installed, else /usr/bin/time. Not a test: the figures depend on the
# machine, so they go in notes, not assertions. The goal (issue 3): dot -Tsvg under 30 s for 10,000 claims.
#
#     bash Benchmarks/graph-render.sh            # 10,000 claims
#     bash Benchmarks/graph-render.sh 3000       # another size
#     RUNS=5 bash Benchmarks/graph-render.sh     # more runs per measurement (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
claims="${1:-10000}"
runs="${RUNS:-3}"
out=Benchmarks/out
mkdir -p "$out"

generator=Benchmarks/generate_case.py
if [ ! -f "$generator" ]; then
    echo "missing $generator (the case generator; it comes with the main branch)" >&2
    exit 1
fi
command -v dot >/dev/null || { echo "Graphviz's dot is not on PATH (bash scripts/install-dependencies.sh)" >&2; exit 1; }

evidence="$out/case-$claims.xml"
[ -f "$evidence" ] || python3 "$generator" --claims "$claims" --seed 1 -o "$evidence"
swift build -c release --product lineage >&2
lineage=.build/release/lineage

echo "case: $evidence ($claims claims, $(wc -c <"$evidence") bytes); $(dot -V 2>&1); $(nproc) cores" >&2
for variant in default merge-parallel; do
    flags=()
    [ "$variant" = merge-parallel ] && flags=(--merge-parallel)
    diagram="$out/case-$claims-$variant.dot"
    "$lineage" graph "$evidence" "${flags[@]}" -o "$diagram" 2>/dev/null
    edges=$(grep -c -- ' -> ' "$diagram")
    echo "== $variant: $edges edges, $(wc -c <"$diagram") bytes of DOT" >&2
    # dot must succeed silently, or the timing means nothing.
    if ! dot -Tsvg "$diagram" -o "$out/case-$claims-$variant.svg" 2>"$out/dot-$variant.stderr" \
        || [ -s "$out/dot-$variant.stderr" ]; then
        echo "dot failed or complained:" >&2
        head -5 "$out/dot-$variant.stderr" >&2
        exit 1
    fi
    if command -v hyperfine >/dev/null; then
        hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/graph-render-$claims-$variant.md" \
            -n "lineage graph ($variant)" "$lineage graph $evidence ${flags[*]} -o /dev/null" \
            -n "dot -Tsvg ($variant)" "dot -Tsvg $diagram -o /dev/null"
    else
        /usr/bin/time -f "lineage graph ($variant): %e s wall, %U s user, %M KB" \
            "$lineage" graph "$evidence" "${flags[@]}" -o /dev/null 2>&1 | tail -1
        /usr/bin/time -f "dot -Tsvg ($variant): %e s wall, %U s user, %M KB" dot -Tsvg "$diagram" -o /dev/null
    fi
done
