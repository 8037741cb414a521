#!/usr/bin/env bash
# Measures ListLineage beside what a user would otherwise pick, in one run on one machine, and prints one table:
#   ingest    `lineage check` on our evidence XML, beside `xmllint --stream --noout` on the same file and the Python
#             `prov` package reading the equivalent PROV-XML (which `lineage export --format prov-xml` writes);
#   diagram   `lineage graph` beside `prov.dot` on the equivalent document, and `dot -Tsvg` on ours at the smallest
#             size;
#   queries   loading a case and the median latency of `received` over repeated runs in one process;
#   memory    peak RSS of each.
# Benchmark, not a test. Usage: bash Benchmarks/compare-prov.sh [CLAIMS ...]   (default: 10000 100000 1000000)
# Anything of `prov`'s that runs past LIMIT seconds (default 300) is stopped and shown as "> LIMIT s".
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
limit=${LIMIT:-300}
out=Benchmarks/out
mkdir -p "$out"

bash scripts/install-dependencies.sh
if [ ! -x "$out/venv/bin/python" ]; then
    python3 -m venv "$out/venv"
    "$out/venv/bin/pip" install --quiet "prov[graph]==3.2.3" lxml pydot
fi
python="$out/venv/bin/python"
swift build -c release --product lineage >&2
swift build -c release --product lineage-query-timing >&2
lineage=.build/release/lineage

# Runs a command under /usr/bin/time with a time limit; sets $secs and $mib, or secs="> LIMIT" when stopped.
measure() {
    if /usr/bin/time -f "%e %M" -o "$out/time.txt" timeout "$limit" "$@" >/dev/null 2>"$out/stderr.txt"; then
        read -r secs kib <"$out/time.txt"
        mib=$((kib / 1024))
    else
        local status=$?
        if [ "$status" -eq 124 ]; then secs="> $limit"; mib="-"; else
            echo "failed ($status): $*" >&2; cat "$out/stderr.txt" >&2; exit 1
        fi
    fi
}
ratio() { if [[ "$1" == ">"* || "$2" == ">"* ]]; then echo "-"; else printf "%.2f" "$(echo "scale=4; $1 / $2" | bc)"; fi; }

rows=()
for claims in "${sizes[@]}"; do
    case_xml="$out/case-$claims.xml"
    prov_xml="$out/case-$claims.provx"
    [ -s "$case_xml" ] || python3 Benchmarks/generate_case.py --claims "$claims" --seed 1 -o "$case_xml"
    [ -s "$prov_xml" ] || "$lineage" export "$case_xml" --format prov-xml -o "$prov_xml" 2>/dev/null
    mb=$(printf "%.1f" "$(echo "scale=2; $(stat -c %s "$case_xml") / 1048576" | bc)")
    prov_mb=$(printf "%.1f" "$(echo "scale=2; $(stat -c %s "$prov_xml") / 1048576" | bc)")

    measure "$lineage" check "$case_xml"; ours=$secs; ours_mib=$mib
    measure xmllint --stream --noout "$case_xml"; xmllint=$secs; xmllint_mib=$mib
    measure "$python" -c "import sys, prov; prov.read(sys.argv[1], format='xml')" "$prov_xml"; prov=$secs; prov_mib=$mib
    measure "$lineage" graph "$case_xml" -o "$out/case-$claims.dot"; graph=$secs; graph_mib=$mib
    measure "$python" -c "import sys, prov; from prov.dot import prov_to_dot; prov_to_dot(prov.read(sys.argv[1], format='xml')).write_raw(sys.argv[2])" "$prov_xml" "$out/case-$claims.prov.dot"
    prov_dot=$secs; prov_dot_mib=$mib
    render="-"
    if [ "$claims" = "${sizes[0]}" ]; then measure dot -Tsvg "$out/case-$claims.dot" -o "$out/case-$claims.svg"; render=$secs; fi
    .build/release/lineage-query-timing db 20 "$case_xml" >/dev/null 2>"$out/received.txt"
    received=$(grep -o 'median [0-9.]* ms' "$out/received.txt" | head -1 | cut -d' ' -f2)
    load=$(grep -o '^read [0-9.]* ms' "$out/received.txt" | cut -d' ' -f2)

    ingest_ratio=$(ratio "$xmllint" "$ours")
    prov_ratio=$(ratio "$prov" "$ours")
    rows+=("$claims|$mb MB / $prov_mb MB|$ours s ($ours_mib MiB)|$xmllint s ($xmllint_mib MiB)|$ingest_ratio|$prov s ($prov_mib MiB)|${prov_ratio}×|$graph s ($graph_mib MiB)|$prov_dot s ($prov_dot_mib MiB)|$render|$load ms|$received ms")
done

echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d)"
echo "| claims | evidence / PROV-XML | lineage check | xmllint --stream | check ÷ xmllint, throughput | prov reads PROV-XML | check ÷ prov, claims per second | lineage graph | prov.dot | dot -Tsvg (ours) | load for received | received (median of 20) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do echo "| ${row//|/ | } |"; done
