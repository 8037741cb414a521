#!/usr/bin/env bash
# Builds a libFuzzer target for one of the parsers and runs it.
#
#   bash scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#
# TARGET is evidence-xml, prov-json, prov-xml, record-csv or case-tables (or "all", each for SECONDS). The libraries are
# compiled with swiftc -sanitize=fuzzer,address straight from Sources/ (SwiftPM cannot build fuzzers), into
# .build/fuzz; the seeds are Fuzz/corpus/TARGET, and what the run finds new goes to .build/fuzz/corpus/TARGET,
# so the committed corpus changes only when someone chooses to copy a find into it. A crash leaves
# crash-* in .build/fuzz/ and fails the script. docs/security.md records the longer runs.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/fuzz.sh evidence-xml|prov-json|prov-xml|record-csv|case-tables|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2

if [ "$target" = all ]; then
    for each in evidence-xml prov-json prov-xml record-csv case-tables; do bash "$0" "$each" "$seconds" "$@"; done
    exit 0
fi

out=.build/fuzz
mkdir -p "$out"
flags=(
    -sanitize=fuzzer,address -O -g -parse-as-library -swift-version 6 -package-name ListLineage
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault
    -enable-upcoming-feature MemberImportVisibility -I "$out"
)
xml=(-I Sources/CLibXML2)
for flag in $(pkg-config --cflags libxml-2.0); do xml+=(-Xcc "$flag"); done

# library MODULE FILES...: a static library and its module, rebuilt when a source is newer.
library() {
    local module=$1
    shift
    local archive="$out/lib$module.a"
    if [ -f "$archive" ] && [ -z "$(find "$@" -newer "$archive" | head -1)" ]; then return; fi
    echo "fuzz.sh: compiling $module" >&2
    swiftc "${flags[@]}" "${xml[@]}" -wmo -module-name "$module" -emit-library -static \
        -emit-module -emit-module-path "$out/$module.swiftmodule" -o "$archive" "$@"
}

# What SwiftPM generates for a target with resources: where LineageXML finds the evidence schema.
accessor="$out/ResourceAccessor.swift"
cat > "$accessor.new" <<SWIFT
import Foundation
extension Foundation.Bundle {
    static let module: Bundle = Bundle(path: "$PWD/Sources/LineageXML/Resources")!
}
SWIFT
cmp -s "$accessor.new" "$accessor" && rm "$accessor.new" || mv "$accessor.new" "$accessor"

library LineageCore Sources/LineageCore/*.swift
case $target in
evidence-xml | prov-xml)
    library LineageProv Sources/LineageProv/*.swift
    library LineageXML Sources/LineageXML/*.swift "$accessor"
    libraries=(-lLineageXML -lLineageProv -lLineageCore $(pkg-config --libs libxml-2.0))
    ;;
prov-json)
    library LineageProv Sources/LineageProv/*.swift
    libraries=(-lLineageProv -lLineageCore)
    ;;
record-csv)
    # Everything of LineageRecords but the keyed fingerprints, which need swift-crypto and parse nothing.
    library LineageRecords $(ls Sources/LineageRecords/*.swift | grep -v -e Fingerprint -e Attribut -e ListFingerprints -e RegisteredRecords)
    libraries=(-lLineageRecords)
    ;;
case-tables)
    library LineageTables Sources/LineageTables/*.swift
    libraries=(-lLineageTables -lLineageCore)
    ;;
*)
    echo "fuzz.sh: unknown target $target" >&2
    exit 64
    ;;
esac

entry=$(echo "$target" | sed -E 's/(^|-)([a-z])/\U\2/g; s/Xml/XML/; s/Json/JSON/; s/Csv/CSV/')
binary="$out/fuzz-$target"
if [ ! -f "$binary" ] || [ -n "$(find Fuzz/"$entry".swift Fuzz/FuzzInput.swift "$out"/*.a -newer "$binary" | head -1)" ]; then
    echo "fuzz.sh: linking $binary" >&2
    swiftc "${flags[@]}" "${xml[@]}" -module-name Fuzz Fuzz/FuzzInput.swift "Fuzz/$entry.swift" \
        -L "$out" "${libraries[@]}" -o "$binary"
fi

mkdir -p "$out/corpus/$target"
cd "$out"
"./fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "$@" "corpus/$target" "../../Fuzz/corpus/$target"
