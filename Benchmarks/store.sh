#!/usr/bin/env bash
# Benchmark, not a test: a million claims through a case store, as evidence arrives.
#
# Generates FILES evidence files of CLAIMS claims each (Benchmarks/generate_case.py, seeds 1..FILES, ids
# prefixed f1-, f2-, ... so the files share none), adds them to a new store one `lineage add` at a time (each
# add reads the file, loads the part of the store it reaches, checks it there and appends it), then opens the store for a query
# (`lineage received`, which reads only the asked case's part of the store) and for `lineage check`, exports it, verifies the chain, and
# checks and queries the same files from XML for comparison. Prints wall time, CPU time and peak RSS
# (/usr/bin/time) for each step.
#
#     bash Benchmarks/store.sh                    # 100 files of 10,000 claims
#     FILES=10 bash Benchmarks/store.sh           # a quicker look
#     MODE=batch bash Benchmarks/store.sh         # all files in one `lineage add`, which loads the store once
#     BASELINE=/path/to/lineage MODE=batch bash Benchmarks/store.sh   # and issue 18's store rows
#     REUSE=1 ROWS_ONLY=1 BASELINE=... bash Benchmarks/store.sh       # only those rows, on the store already built
#
# With BASELINE (a release build of main to compare against), the store is built once in one batch add, and then
# the baseline and this checkout's binary, interleaved, REPEAT times (default 3) each: add one more file of CLAIMS
# claims (seed FILES+1) to an empty store and to a copy of the full one, and `received f1-db` on the full store.
# Issue 18 asks for the add to the large store within 1.5× the add to the empty one, and the received under 3 s.
# The baseline's received is stopped after BASELINE_LIMIT seconds (default 600).
#
# Work files go to $OUT, by default Benchmarks/out/store (ignored by git); generated files are reused.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${FILES:-100}
CLAIMS=${CLAIMS:-10000}
MODE=${MODE:-each}
OUT=${OUT:-Benchmarks/out/store}
STORE=$OUT/case.lineage

swift build -c release --product lineage >&2
mkdir -p "$OUT"
# A copy, so that a rebuild while the benchmark runs cannot change the program it measures.
cp .build/release/lineage "$OUT/lineage"
LINEAGE=$OUT/lineage

for i in $(seq 1 "$FILES"); do
    file=$OUT/f$i.xml
    [ -s "$file" ] || python3 Benchmarks/generate_case.py --claims "$CLAIMS" --seed "$i" --prefix "f$i-" -o "$file"
done
files=()
for i in $(seq 1 "$FILES"); do files+=("$OUT/f$i.xml"); done

# Runs a command under /usr/bin/time and prints "label: wall s (CPU s), peak RSS MiB". CPU time (user + system)
# is the steadier figure on a shared machine.
measure() {
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" > "$OUT/out.txt" || true
    read -r seconds user system kilobytes < <(tail -1 "$OUT/time.txt")
    printf '%s: %s s (CPU %s s), peak RSS %d MiB\n' "$label" "$seconds" "$(echo "$user + $system" | bc)" \
        $((kilobytes / 1024))
}

if [ -n "${BASELINE:-}" ]; then
    cp "$BASELINE" "$OUT/lineage-baseline"
    # The store is built by the baseline, so that both binaries can open it (a build refuses a store a newer one
    # has upgraded); this checkout's first write upgrades a copy of it (schema version 5 builds the claim_input
    # index from the claims), timed once as its own row, and its adds then go to copies of that upgraded store.
    LINEAGE_BUILD=$OUT/lineage-baseline
    upgrade=$OUT/u$((FILES + 2)).xml
    [ -s "$upgrade" ] || python3 Benchmarks/generate_case.py --claims 10 --seed $((FILES + 2)) \
        --prefix "u$((FILES + 2))-" -o "$upgrade"
    extra=$OUT/f$((FILES + 1)).xml
    [ -s "$extra" ] || python3 Benchmarks/generate_case.py --claims "$CLAIMS" --seed $((FILES + 1)) \
        --prefix "f$((FILES + 1))-" -o "$extra"
fi

if [ "${REUSE:-0}" = 1 ] && [ -s "$STORE" ]; then
    echo "reusing $STORE ($(du -m "$STORE" | cut -f1) MiB)"
else
rm -f "$STORE" "$STORE-wal" "$STORE-shm"
LINEAGE_BUILD=${LINEAGE_BUILD:-$LINEAGE}
"$LINEAGE_BUILD" init "$STORE" > /dev/null
echo "adding $FILES files of $CLAIMS claims ($MODE)"
start=$(date +%s.%N)
cpu_start=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
if [ "$MODE" = batch ]; then
    measure "add all $FILES files in one run" "$LINEAGE_BUILD" add "$STORE" "${files[@]}"
else
    for i in $(seq 1 "$FILES"); do
        if [ "$i" -eq 1 ] || [ $((i % 10)) -eq 0 ]; then
            measure "add file $i (store holds $(( (i - 1) * CLAIMS )) claims)" "$LINEAGE_BUILD" add "$STORE" \
                "$OUT/f$i.xml"
        else
            "$LINEAGE_BUILD" add "$STORE" "$OUT/f$i.xml" > "$OUT/out.txt"
        fi
        tail -1 "$OUT/out.txt" | grep -q "rejected 0 files" || { cat "$OUT/out.txt"; exit 1; }
    done
fi
end=$(date +%s.%N)
cpu_end=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
echo "all adds: $(echo "$end - $start" | bc) s (CPU $(echo "scale=1; ($cpu_end - $cpu_start) / $(getconf CLK_TCK)" | bc) s);" \
    "store: $(du -m "$STORE" | cut -f1) MiB"
tail -1 "$OUT/out.txt"
fi

if [ "${ROWS_ONLY:-0}" != 1 ]; then
measure "open the store for a query (lineage received f1-db)" "$LINEAGE" received f1-db "$STORE"
head -1 "$OUT/out.txt"
measure "open the store for lineage check" "$LINEAGE" check "$STORE"
tail -1 "$OUT/out.txt"
measure "export the store" "$LINEAGE" export "$STORE" -o "$OUT/export.xml"
measure "verify the chain" "$LINEAGE" verify "$STORE"
tail -1 "$OUT/out.txt"
measure "the same files checked from XML" "$LINEAGE" check "${files[@]}"
tail -1 "$OUT/out.txt"
measure "the same query from XML (lineage received f1-db)" "$LINEAGE" received f1-db "${files[@]}"
head -1 "$OUT/out.txt"
fi

[ -n "${BASELINE:-}" ] || exit 0
# Issue 18's rows: wall times, medians of REPEAT interleaved runs per binary.
REPEAT=${REPEAT:-3}
BASELINE_LIMIT=${BASELINE_LIMIT:-600}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
timed() {  # timed FILE COMMAND...: appends "wall peak-KiB" to FILE
    local record=$1
    shift
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/out.txt" 2>&1 || true
    tail -1 "$OUT/time.txt" >> "$record"
}
answered() {  # answered FILE ANSWER COMMAND...: as timed, the answer (standard output alone) kept in ANSWER
    local record=$1 answer=$2
    shift 2
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$answer" 2> /dev/null || true
    tail -1 "$OUT/time.txt" >> "$record"
}
for binary in baseline current; do rm -f "$OUT"/row-*-$binary.txt; done
rm -f "$OUT/upgraded.lineage"*; cp "$STORE" "$OUT/upgraded.lineage"
measure "this checkout's first add to the baseline's store (upgrades it)" "$LINEAGE" add "$OUT/upgraded.lineage" \
    "$upgrade"
grep -q "rejected 0 files" "$OUT/out.txt" || { cat "$OUT/out.txt"; exit 1; }
for _ in $(seq 1 "$REPEAT"); do
    for binary in baseline current; do
        program=$OUT/lineage-$binary
        [ "$binary" = current ] && program=$LINEAGE
        rm -f "$OUT/empty.lineage"*; "$program" init "$OUT/empty.lineage" > /dev/null
        timed "$OUT/row-empty-$binary.txt" "$program" add "$OUT/empty.lineage" "$extra"
        large=$STORE
        [ "$binary" = current ] && large=$OUT/upgraded.lineage
        rm -f "$OUT/large.lineage"*; cp "$large" "$OUT/large.lineage"
        timed "$OUT/row-large-$binary.txt" "$program" add "$OUT/large.lineage" "$extra"
        grep -q "rejected 0 files" "$OUT/out.txt" || { cat "$OUT/out.txt"; exit 1; }
        # received reads only the asked case's part of a store (docs/store.md): from the upgraded store through
        # claim_input, and from the store as the baseline left it (schema 3) through an index built from the claims.
        # The baseline loads the whole store for a query: on a million claims it ran for over nine minutes, so it is
        # stopped after BASELINE_LIMIT seconds (its row then says so, and its answer is not compared).
        limit=()
        [ "$binary" = baseline ] && limit=(timeout "$BASELINE_LIMIT")
        answered "$OUT/row-received-$binary.txt" "$OUT/received-$binary.txt" "${limit[@]}" "$program" received f1-db \
            "$large"
        if [ "$binary" = current ]; then
            answered "$OUT/row-received3-$binary.txt" "$OUT/received3-$binary.txt" "$program" received f1-db "$STORE"
        fi
    done
done
stopped() {  # whether the baseline's received was stopped at the limit
    awk -v limit="$BASELINE_LIMIT" '$1 >= limit { found = 1 } END { exit !found }' "$OUT/row-received-baseline.txt"
}
if stopped; then
    compared="the baseline was stopped after $BASELINE_LIMIT s, so only the current runs' answers are compared"
    reference=$OUT/received-current.txt
else
    compared="cmp of standard output, baseline and both current runs"
    reference=$OUT/received-baseline.txt
fi
cmp -s "$reference" "$OUT/received-current.txt" && cmp -s "$reference" "$OUT/received3-current.txt" \
    || { echo "received f1-db: the answers differ ($OUT/received-*.txt)"; exit 1; }
rm -f "$OUT/empty.lineage"* "$OUT/large.lineage"* "$OUT/upgraded.lineage"* "$OUT"/received*.txt
column() { median $(cut -d' ' -f1 "$OUT/row-$1-$2.txt"); }
peak() { sort -g -k2 "$OUT/row-$1-$2.txt" | tail -1 | awk '{ printf "%d", $2 / 1024 }'; }
echo
echo "store of $((FILES * CLAIMS)) claims; medians of $REPEAT; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| measure | baseline | current |"
echo "|---|---:|---:|"
for binary in baseline current; do
    e=$(column empty $binary); l=$(column large $binary)
    eval "add_$binary=\"$l s ÷ $e s = $(printf '%.2f' "$(echo "scale=4; $l / $e" | bc)")× ($(peak large $binary) MiB)\""
    eval "received_$binary=\"$(column received $binary) s ($(peak received $binary) MiB)\""
done
stopped && received_baseline="stopped unfinished after $BASELINE_LIMIT s ($(peak received baseline) MiB)"
received3_current="$(column received3 current) s ($(peak received3 current) MiB)"
echo "| add $CLAIMS claims to the $((FILES * CLAIMS))-claim store ÷ to an empty one | $add_baseline | $add_current |"
echo "| received f1-db on the $((FILES * CLAIMS))-claim store (current: upgraded to schema 5 by its first add) | $received_baseline | $received_current |"
echo "| received f1-db on the same store not upgraded (schema 3; current builds the input index in memory) | | $received3_current |"
echo "(the received answers are identical: $compared)"
