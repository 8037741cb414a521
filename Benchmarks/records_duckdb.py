#!/usr/bin/env python3
"""The DuckDB side of Benchmarks/records.sh: the same attribution as `lineage match`, as a SQL join on the
same normalised keys (written by `lineage-synth keys`, with the same reader and normaliser).

    records_duckdb.py load DB BATCH_KEYS_TSV DATASET [BATCH_KEYS_TSV DATASET ...]
    records_duckdb.py match DB LIST_KEYS_TSV RUNS RESULT_JSON

`load` is the analogue of `lineage fingerprint` (not timed against it). `match` reads the list's keys from the
TSV and computes, per dataset, rows that are the same person (name and address, or name and birth date with the
phone) and rows that are so in no other dataset: timed RUNS times, each from reading the TSV to the answer; prints each time and writes the figures of
the last run as JSON, so the script can check both tools agree.
"""
import json
import sys
import time

import duckdb

KEYS = ["kana-birth", "name-birth", "address-kana", "phone"]


def load(database, pairs):
    con = duckdb.connect(database)
    con.execute("CREATE TABLE batch_key (dataset VARCHAR, key VARCHAR, value VARCHAR)")
    for path, dataset in pairs:
        for key in KEYS:
            con.execute(
                f"""INSERT INTO batch_key SELECT DISTINCT ?, ?, "{key}"
                    FROM read_csv(?, delim='\t', header=true, all_varchar=true, quote='', escape='')
                    WHERE "{key}" IS NOT NULL AND "{key}" <> ''""",
                [dataset, key, path])
    con.close()


QUERY = """
WITH list AS (
    SELECT * FROM read_csv(?, delim='\t', header=true, all_varchar=true, quote='', escape='')
), list_key AS (
    SELECT CAST("row" AS BIGINT) AS row, k.key, k.value FROM list,
        LATERAL (VALUES ('kana-birth', "kana-birth"), ('name-birth', "name-birth"),
                        ('address-kana', "address-kana"), ('phone', "phone")) AS k(key, value)
    WHERE k.value IS NOT NULL AND k.value <> ''
), hit AS (
    SELECT l.row, b.dataset,
        bool_or(l.key IN ('kana-birth', 'name-birth')) AS birth, bool_or(l.key = 'address-kana') AS address,
        bool_or(l.key = 'phone') AS phone
    FROM list_key l JOIN batch_key b ON b.key = l.key AND b.value = l.value
    GROUP BY l.row, b.dataset
), person_hit AS (
    -- the same person: name and address, or name and birth date with the phone (docs/records.md)
    SELECT row, dataset, count(*) OVER (PARTITION BY row) AS datasets FROM hit WHERE address OR (birth AND phone)
)
SELECT dataset, count(*) AS matched, count(*) FILTER (WHERE datasets = 1) AS unique_rows
FROM person_hit GROUP BY dataset ORDER BY dataset
"""


def match(database, list_keys, runs, result_path):
    con = duckdb.connect(database, read_only=True)
    for _ in range(runs):
        start = time.perf_counter()
        rows = con.execute(QUERY, [list_keys]).fetchall()
        print(f"{time.perf_counter() - start:.3f}", flush=True)
    with open(result_path, "w") as out:
        json.dump({dataset: {"matched": matched, "unique": unique} for dataset, matched, unique in rows}, out)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "load":
        load(sys.argv[2], list(zip(sys.argv[3::2], sys.argv[4::2])))
    elif command == "match":
        match(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        sys.exit(f"unknown command {command}")
