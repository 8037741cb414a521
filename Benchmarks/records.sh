#!/usr/bin/env bash
# Benchmark, not a test: matching a recovered list of 8,820,000 rows (the size of the list Benesse's
# investigators bought) against a 30,000,000-record source registered as 10 batches, beside the same join done
# in DuckDB on the same normalised keys, in the same run.
#
#     bash Benchmarks/records.sh                          # 10 batches of 3,000,000; a list of 8,820,000
#     PER_BATCH=300000 LIST_ROWS=882000 bash Benchmarks/records.sh   # a tenth, for a quick look
#
# Steps: lineage-synth writes the batches and the list (made-up records; the list draws half its rows from
# batches 0-1 and half from batches 2-3, with 5% strangers, 30% presentation variants, 2% typos and 3% moves);
# `lineage fingerprint` registers each batch in a store; `lineage-synth keys` writes every file's normalised
# keys and DuckDB loads the batches' into a table (the analogue of registering). Then, RUNS times each:
# `lineage match` from the raw list CSV (read, normalise, HMAC, compare) and DuckDB's query from the list's
# normalised keys TSV (read, unpivot, join, count). Medians and their ratio are printed, with peak RSS, and
# the two tools' per-batch figures must agree.
#
# Needs: python3 with duckdb (`pip install duckdb`), /usr/bin/time. Work files go to $OUT (Benchmarks/out/records,
# ignored by git; about 15 GB at full size); generated files are reused.
set -euo pipefail
cd "$(dirname "$0")/.."
BATCHES=${BATCHES:-10}
PER_BATCH=${PER_BATCH:-3000000}
LIST_ROWS=${LIST_ROWS:-8820000}
RUNS=${RUNS:-3}
OUT=${OUT:-Benchmarks/out/records}
mkdir -p "$OUT"
python3 -c "import duckdb" 2>/dev/null || pip install -q duckdb

swift build -c release --product lineage >&2
swift build -c release --product lineage-synth >&2
# Copies, so that a rebuild while the benchmark runs cannot change the programs it measures.
cp .build/release/lineage .build/release/lineage-synth "$OUT/"
LINEAGE=$OUT/lineage
SYNTH=$OUT/lineage-synth
COLUMNS="phone=電話番号,name-kanji=氏名,name-kana=フリガナ,birth-date=生年月日,postal-code=郵便番号,address=住所"

# Runs a command under /usr/bin/time; appends "wall cpu rss_mib" to $OUT/$1.times.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" > "$OUT/$name.out"
    read -r seconds user system kilobytes < <(tail -1 "$OUT/time.txt")
    echo "$seconds $(echo "$user + $system" | bc) $((kilobytes / 1024))" >> "$OUT/$name.times"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "generating $BATCHES batches of $PER_BATCH records and a list of $LIST_ROWS rows" >&2
datasets=""
for i in $(seq 0 $((BATCHES - 1))); do
    file=$OUT/batch-$i.csv
    [ -s "$file" ] || "$SYNTH" batch --seed 1 --range $((i * PER_BATCH)):$(((i + 1) * PER_BATCH)) -o "$file"
    datasets+="  <dataset id=\"batch-$i\" kind=\"batch\" name=\"Batch $i\" owner=\"owner\"/>"$'\n'
done
[ -s "$OUT/list.csv" ] || "$SYNTH" list --seed 1 --rows "$LIST_ROWS" \
    --from 0:$((2 * PER_BATCH))=0.5 --from $((2 * PER_BATCH)):$((4 * PER_BATCH))=0.5 \
    --strangers 0.05 --variants 0.3 --typos 0.02 --moved 0.03 -o "$OUT/list.csv"
cat > "$OUT/case.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<evidence xmlns="urn:listlineage:evidence:1">
  <party id="owner" kind="organization" name="Owner"/>
$datasets  <dataset id="list" kind="list" name="Recovered list" owner="owner"/>
</evidence>
XML

STORE=$OUT/case.lineage
rm -f "$STORE" "$STORE-wal" "$STORE-shm" "$OUT"/*.times
"$LINEAGE" init "$STORE" > /dev/null
"$LINEAGE" add "$STORE" "$OUT/case.xml" > /dev/null
for i in $(seq 0 $((BATCHES - 1))); do
    measure fingerprint "$LINEAGE" fingerprint "$STORE" "$OUT/batch-$i.csv" --dataset "batch-$i"
done
echo "fingerprint, per batch of $PER_BATCH: median $(cut -d' ' -f1 "$OUT/fingerprint.times" | median) s" \
    "(CPU $(cut -d' ' -f2 "$OUT/fingerprint.times" | median) s), peak RSS $(cut -d' ' -f3 "$OUT/fingerprint.times" | sort -n | tail -1) MiB;" \
    "store $(du -m "$STORE" | cut -f1) MiB"

if [ ! -s "$OUT/keys.duckdb" ]; then
    pairs=()
    for i in $(seq 0 $((BATCHES - 1))); do
        [ -s "$OUT/batch-$i.keys.tsv" ] || "$SYNTH" keys "$OUT/batch-$i.csv" -o "$OUT/batch-$i.keys.tsv"
        pairs+=("$OUT/batch-$i.keys.tsv" "batch-$i")
    done
    python3 Benchmarks/records_duckdb.py load "$OUT/keys.duckdb" "${pairs[@]}"
fi
[ -s "$OUT/list.keys.tsv" ] || "$SYNTH" keys "$OUT/list.csv" --columns "$COLUMNS" -o "$OUT/list.keys.tsv"

for _ in $(seq 1 "$RUNS"); do
    measure match "$LINEAGE" match "$STORE" "$OUT/list.csv" --columns "$COLUMNS" --json
done
/usr/bin/time -f "%M" -o "$OUT/duckdb-rss.txt" \
    python3 Benchmarks/records_duckdb.py match "$OUT/keys.duckdb" "$OUT/list.keys.tsv" "$RUNS" "$OUT/duckdb.json" \
    > "$OUT/duckdb.times"

lineage_median=$(cut -d' ' -f1 "$OUT/match.times" | median)
duckdb_median=$(median < "$OUT/duckdb.times")
echo "lineage match: median $lineage_median s of $(tr '\n' ' ' < <(cut -d' ' -f1 "$OUT/match.times"))" \
    "(CPU $(cut -d' ' -f2 "$OUT/match.times" | median) s), peak RSS $(cut -d' ' -f3 "$OUT/match.times" | sort -n | tail -1) MiB"
echo "duckdb join:   median $duckdb_median s of $(tr '\n' ' ' < "$OUT/duckdb.times")(threads: all cores)," \
    "peak RSS $(($(cat "$OUT/duckdb-rss.txt") / 1024)) MiB"
echo "ratio lineage / duckdb: $(echo "scale=2; $lineage_median / $duckdb_median" | bc)"

# Both must find the same figures for every batch.
python3 - "$OUT/match.out" "$OUT/duckdb.json" <<'PY'
import json, sys
ours = {d["dataset"]: (d["rowsMatched"], d["uniqueRows"]) for d in json.load(open(sys.argv[1]))["datasets"]}
theirs = {k: (v["matched"], v["unique"]) for k, v in json.load(open(sys.argv[2])).items()}
theirs.update({k: (0, 0) for k in ours if k not in theirs})
if ours != theirs:
    sys.exit(f"the two disagree:\n lineage {sorted(ours.items())}\n duckdb  {sorted(theirs.items())}")
print("both find the same rows matched and unique rows for every batch")
PY
