#!/usr/bin/env bash
# Record-level attribution on the shipped Benesse case, with made-up customer records (lineage-synth; nothing
# here is real data, and nothing is added to Graphs/benesse). In a temporary folder: a store holding the case;
# synthetic records registered as the engineer's 17 June and 27 June copies, and decoys registered as planted in
# Benesse's database (the broker of the "8 million" list found fictitious names that pointed to Benesse); then a
# list like the 8.82 million one the investigators bought, drawn mostly from the 27 June copy, is matched and
# the result recorded as evidence; trace shows it in the chain; and one child's record is looked up, with every
# party that received it. Needs what scripts/benesse.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product lineage >&2
swift build -c release --product lineage-synth >&2
lineage=$PWD/.build/release/lineage
synth=$PWD/.build/release/lineage-synth
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$lineage" init case.lineage > /dev/null
"$lineage" add case.lineage "$OLDPWD/Graphs/benesse" > /dev/null
# The database's people are positions 0..50,000 of a made-up population; the two copies overlap by 10,000.
"$synth" batch --seed 2014 --range 0:30000 -o june-17.csv
"$synth" batch --seed 2014 --range 20000:50000 -o june-27.csv
"$synth" batch --seed 2014 --range 0:50000 --seeds 5 --seed-file decoys.csv -o /dev/null
"$lineage" fingerprint case.lineage june-17.csv --dataset batch-2014-06-17 --by example
"$lineage" fingerprint case.lineage june-27.csv --dataset batch-2014-06-27 --by example
"$lineage" seed case.lineage decoys.csv --dataset db-benesse-customers --by example
"$synth" list --seed 2014 --from 30000:50000=0.8 --from 20000:30000=0.2 --rows 12000 --strangers 0.05 \
    --variants 0.3 --typos 0.02 --moved 0.03 --seeds 5 --include-seeds 0:50000 -o bought.csv
columns="phone=電話番号,name-kanji=氏名,name-kana=フリガナ,birth-date=生年月日,postal-code=郵便番号,address=住所"
echo
"$lineage" match case.lineage bought.csv --columns "$columns" \
    --record --dataset list-882 --made-by broker-882 --by example
echo
"$lineage" trace list-882 case.lineage
echo
# The question the 54,000 callers asked, for the first child of the 17 June copy.
IFS=, read -r _ kana birth phone _ < <(sed -n 2p june-17.csv)
"$lineage" lookup case.lineage --name-kana "$kana" --birth-date "$birth" --phone "$phone"
