#!/usr/bin/env bash
# Issue 18's table: a baseline `lineage` and this checkout's, side by side in one run on the same files, beside
# libxml2's own `xmllint --stream --noout --schema` (parse and XSD-validate: the reading `check` cannot avoid).
#
#     BASELINE=/work/bench/baseline/lineage bash Benchmarks/compare.sh
#
# Rows (each a median of REPEAT runs, REPEAT_LARGE at a million claims or more, baseline and current interleaved so that the machine's load falls on
# both alike; peak RSS is the largest of the runs, from /usr/bin/time):
#   check ÷ xmllint   on generate_case.py's case at each of CASES claims, and on SHORT claims of about 140 bytes
#                     (generate_shapes.py short)
#   graph ÷ check     `lineage graph` against `lineage check`, on the generate_case.py case of GRAPH claims
#   derivation        `check` on one derivation from DERIVATION inputs and from twice as many: linear is 2×
#   gaps              `gaps` on CONFLICTS claims stating the same hop, only the last with another count
#   received          `received batch` on a chain of CHAIN brokers: time, peak RSS and the bytes written
# Every command's standard output (`--json` where the command has it) is compared between the two binaries:
# the last column says whether the answers are byte-identical.
#
# Benchmark, not a test; the sizes are environment variables so that a run fits the machine's load. The prov
# comparison of earlier rounds is Benchmarks/compare-prov.sh. Work files go to Benchmarks/out/compare.
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINE=${BASELINE:?set BASELINE to the lineage binary to compare against (a release build of main)}
CASES=${CASES:-100000 1000000}
SHORT=${SHORT:-100000 1000000}
GRAPH=${GRAPH:-100000}
DERIVATION=${DERIVATION:-40000}
CONFLICTS=${CONFLICTS:-20000}
CHAIN=${CHAIN:-1000}
REPEAT=${REPEAT:-3}
# Runs at a million claims or more take minutes each on a shared machine: fewer of them.
REPEAT_LARGE=${REPEAT_LARGE:-1}
repeat=$REPEAT
repeats_for() { if [ "$1" -ge 1000000 ]; then repeat=$REPEAT_LARGE; else repeat=$REPEAT; fi; }
out=Benchmarks/out/compare
mkdir -p "$out"
schema=Schemas/evidence-1.xsd

[ "${BUILD:-1}" = 0 ] || swift build -c release --product lineage >&2  # BUILD=0: use the release binary as built
# Copies, so that a rebuild while the benchmark runs cannot change the programs it measures.
cp "$BASELINE" "$out/lineage-baseline"
cp .build/release/lineage "$out/lineage-current"
base=$out/lineage-baseline
current=$out/lineage-current

# median LIST...: the middle value (the lower middle of an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; }

# run NAME COMMAND...: runs once under /usr/bin/time, standard output to $out/NAME.out; appends the wall time
# to $out/NAME.times and the peak RSS in KiB to $out/NAME.rss. Exit status 1 (a case with warnings or errors)
# is an answer, not a failure.
run() {
    local name=$1
    shift
    local status=0
    /usr/bin/time -f "%e %M %U %S" -o "$out/time.txt" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
    if [ "$status" -gt 1 ]; then echo "failed ($status): $*" >&2; tail -5 "$out/$name.err" >&2; exit 1; fi
    read -r seconds kib user system < <(tail -1 "$out/time.txt")
    echo "$seconds" >>"$out/$name.times"
    echo "$kib" >>"$out/$name.rss"
    echo "$user + $system" | bc >>"$out/$name.cpu"
}
# bench NAME COMMAND...: REPEAT runs of the baseline (NAME.base) and the current binary (NAME.cur), interleaved;
# every occurrence of the word LINEAGE in COMMAND is replaced by the binary.
bench() {
    local name=$1
    shift
    rm -f "$out/$name".{base,cur}.{times,rss,cpu}
    for _ in $(seq 1 "$repeat"); do
        run "$name.base" "${@/#LINEAGE/$base}"
        run "$name.cur" "${@/#LINEAGE/$current}"
    done
}
# Median seconds, max MiB and whether the two answers are identical, for a benched NAME.
secs() { median $(cat "$out/$1.times"); }
cpu() { median $(cat "$out/$1.cpu"); }
mib() { sort -g "$out/$1.rss" | tail -1 | awk '{ printf "%d", $1 / 1024 }'; }
same() { if cmp -s "$out/$1.base.out" "$out/$1.cur.out"; then echo "identical"; else echo "**differ**"; fi; }
xmllint_time() {
    rm -f "$out/xmllint.times" "$out/xmllint.rss" "$out/xmllint.cpu"
    for _ in $(seq 1 "$repeat"); do run xmllint xmllint --stream --noout --schema "$schema" "$1"; done
    echo "$(secs xmllint) $(cpu xmllint)"
}

rows=()
row() { rows+=("$1"); }
# check_row LABEL FILE NAME: a check row against the xmllint run just made ($lint, $lint_cpu): wall and CPU
# medians, peak RSS, and each as a multiple of xmllint's.
check_row() {
    local b c bc cc
    b=$(secs "$3.base"); c=$(secs "$3.cur"); bc=$(cpu "$3.base"); cc=$(cpu "$3.cur")
    row "$1 ($(du -m "$2" | cut -f1) MB; xmllint $lint s, CPU $lint_cpu s)|$b s = $(ratio "$b" "$lint")× (CPU $bc s = $(ratio "$bc" "$lint_cpu")×; $(mib "$3.base") MiB)|$c s = $(ratio "$c" "$lint")× (CPU $cc s = $(ratio "$cc" "$lint_cpu")×; $(mib "$3.cur") MiB)|$(ratio "$b" "$c")|$(same "$3")"
}

for claims in $CASES; do
    repeats_for "$claims"
    file=$out/case-$claims.xml
    [ -s "$file" ] || python3 Benchmarks/generate_case.py --claims "$claims" --seed 1 -o "$file"
    read -r lint lint_cpu < <(xmllint_time "$file")
    bench "check-$claims" LINEAGE check --json "$file"
    check_row "check ÷ xmllint, generate_case.py $claims claims" "$file" "check-$claims"
done
for claims in $SHORT; do
    repeats_for "$claims"
    file=$out/short-$claims.xml
    [ -s "$file" ] || python3 Benchmarks/generate_shapes.py short "$claims" -o "$file"
    read -r lint lint_cpu < <(xmllint_time "$file")
    bench "short-$claims" LINEAGE check --json "$file"
    check_row "check ÷ xmllint, short claims, $claims" "$file" "short-$claims"
done

repeat=$REPEAT
file=$out/case-$GRAPH.xml
[ -s "$file" ] || python3 Benchmarks/generate_case.py --claims "$GRAPH" --seed 1 -o "$file"
[ -s "$out/check-$GRAPH.base.times" ] || bench "check-$GRAPH" LINEAGE check --json "$file"
bench "graph-$GRAPH" LINEAGE graph "$file"
gb=$(secs "graph-$GRAPH.base"); gc=$(secs "graph-$GRAPH.cur")
cb=$(secs "check-$GRAPH.base"); cc=$(secs "check-$GRAPH.cur")
gbc=$(cpu "graph-$GRAPH.base"); gcc=$(cpu "graph-$GRAPH.cur"); cbc=$(cpu "check-$GRAPH.base"); ccc=$(cpu "check-$GRAPH.cur")
row "graph ÷ check, $GRAPH claims|$gb s ÷ $cb s = $(ratio "$gb" "$cb")× (CPU $gbc ÷ $cbc = $(ratio "$gbc" "$cbc")×)|$gc s ÷ $cc s = $(ratio "$gc" "$cc")× (CPU $gcc ÷ $ccc = $(ratio "$gcc" "$ccc")×)|$(ratio "$gb" "$gc")|$(same "graph-$GRAPH")"

small=$out/derivation-$DERIVATION.xml
large=$out/derivation-$((DERIVATION * 2)).xml
[ -s "$small" ] || python3 Benchmarks/generate_shapes.py derivation "$DERIVATION" -o "$small"
[ -s "$large" ] || python3 Benchmarks/generate_shapes.py derivation $((DERIVATION * 2)) -o "$large"
bench derivation-small LINEAGE check --json "$small"
bench derivation-large LINEAGE check --json "$large"
sb=$(secs derivation-small.base); sc=$(secs derivation-small.cur)
lb=$(secs derivation-large.base); lc=$(secs derivation-large.cur)
row "check, derivation from $((DERIVATION * 2)) inputs ÷ from $DERIVATION|$lb s ÷ $sb s = $(ratio "$lb" "$sb")×|$lc s ÷ $sc s = $(ratio "$lc" "$sc")×|$(ratio "$lb" "$lc") (at $((DERIVATION * 2)))|$(same derivation-large)"

file=$out/conflicts-$CONFLICTS.xml
[ -s "$file" ] || python3 Benchmarks/generate_shapes.py conflicts "$CONFLICTS" -o "$file"
bench "gaps-$CONFLICTS" LINEAGE gaps --json "$file"
b=$(secs "gaps-$CONFLICTS.base"); c=$(secs "gaps-$CONFLICTS.cur")
row "gaps, $CONFLICTS claims of one hop, one count differs|$b s ($(mib "gaps-$CONFLICTS.base") MiB)|$c s ($(mib "gaps-$CONFLICTS.cur") MiB)|$(ratio "$b" "$c")|$(same "gaps-$CONFLICTS")"

file=$out/chain-$CHAIN.xml
[ -s "$file" ] || python3 Benchmarks/generate_shapes.py chain "$CHAIN" -o "$file"
bench "received-$CHAIN" LINEAGE received batch "$file"
b=$(secs "received-$CHAIN.base"); c=$(secs "received-$CHAIN.cur")
bb=$(stat -c %s "$out/received-$CHAIN.base.out"); cb=$(stat -c %s "$out/received-$CHAIN.cur.out")
row "received, chain of $CHAIN brokers|$b s ($(mib "received-$CHAIN.base") MiB, $bb bytes)|$c s ($(mib "received-$CHAIN.cur") MiB, $cb bytes)|$(ratio "$b" "$c")|$(same "received-$CHAIN")"

echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC');" \
    "REPEAT=$REPEAT REPEAT_LARGE=$REPEAT_LARGE CASES='$CASES' SHORT='$SHORT' GRAPH=$GRAPH DERIVATION=$DERIVATION CONFLICTS=$CONFLICTS CHAIN=$CHAIN"
echo "| measure | baseline | current | baseline ÷ current | answers |"
echo "|---|---:|---:|---:|---|"
for row in "${rows[@]}"; do echo "| ${row//|/ | } |"; done
