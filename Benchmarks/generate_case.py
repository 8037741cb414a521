#!/usr/bin/env python3
"""Writes a synthetic evidence case shaped like broker resale, at any size, reproducibly.

One source database; extractions of batches from it by insiders; chains and trees of brokers reselling
batches and lists, with resale cycles (A sells to B, B sells back to A); merges of several lists into one;
end users who use lists; every claim cited by one to three sources with Admiralty grades, some disputed, with
dates that move forward along each chain. The same seed always gives the same bytes.

    python3 Benchmarks/generate_case.py --claims 1000000 --seed 1 -o /tmp/case-1m.xml
"""
import argparse
import random
import sys
from xml.sax.saxutils import quoteattr, escape

RELIABILITY = "ABCDEF"
OPERATIONS = ["merge", "dedupe", "enrich", "subset", "copy"]


def day(ordinal):
    """2010-01-01 plus `ordinal` days, as YYYY-MM-DD (a simple calendar good enough for synthetic dates)."""
    import datetime
    return (datetime.date(2010, 1, 1) + datetime.timedelta(days=ordinal)).isoformat()


def generate(claims, seed, out):
    rng = random.Random(seed)
    sources = max(10, claims // 40)
    brokers = max(6, claims // 25)
    users = max(3, claims // 100)
    write = out.write
    write('<?xml version="1.0" encoding="UTF-8"?>\n<evidence xmlns="urn:listlineage:evidence:1">\n')
    for s in range(sources):
        write(f'  <source id="s{s}" title={quoteattr(f"Report {s} 報告")} date="{day(2500 + s % 900)}" '
              f'publisher="Agency {s % 17}" ref="exhibit-{s}" reliability="{RELIABILITY[s % 6]}" lang="ja"/>\n')
    write('  <party id="owner" kind="organization" name="Data Owner"><alias xml:lang="ja">所有者</alias></party>\n')
    write('  <party id="insider" kind="person" name="Insider"/>\n')
    for b in range(brokers):
        identified = "" if b % 29 else ' identified="false"'
        write(f'  <party id="b{b}" kind="organization" name="Broker {b}"{identified}>'
              f'<alias xml:lang="ja">名簿業者{b}</alias></party>\n')
    for u in range(users):
        write(f'  <party id="u{u}" kind="organization" name="User {u}"/>\n')
    write('  <dataset id="db" kind="database" name="Customer database" owner="owner" records="35040000" unit="persons">'
          '<field>name-kana</field><field>postal-code</field></dataset>\n')

    counter = [0]
    lists = []  # (dataset id, holder party, day it reached the holder)

    def cite_block():
        parts = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            stance = ' stance="disputes"' if rng.random() < 0.03 else ""
            parts.append(f'<cite source="s{rng.randrange(sources)}" credibility="{rng.randint(1, 6)}"{stance}>'
                         f'<quote xml:lang="ja">名簿を売却した。</quote></cite>')
        return "".join(parts)

    def claim(element, attributes, when):
        counter[0] += 1
        attrs = " ".join(f'{k}="{v}"' for k, v in attributes)
        write(f'  <{element} id="c{counter[0]}" {attrs} when="{day(when)}">{cite_block()}</{element}>\n')

    batch = 0
    while counter[0] < claims:
        roll = rng.random()
        if not lists or roll < 0.04:
            dataset = f"batch{batch}"
            batch += 1
            when = rng.randrange(1200, 1600)
            write(f'  <dataset id="{dataset}" kind="batch" name="Batch {batch}" owner="owner" '
                  f'records="{rng.randrange(10000, 3000000)}"/>\n')
            claim("extraction", [("dataset", dataset), ("from", "db"), ("by", "insider")], when)
            lists.append((dataset, "insider", when))
        elif roll < 0.10 and len(lists) > 3:
            inputs = rng.sample(lists[-200:], 2)
            holder = inputs[0][1]
            dataset = f"list{counter[0]}"
            when = min(max(i[2] for i in inputs) + rng.randrange(1, 30), 2450)
            write(f'  <dataset id="{dataset}" kind="list" name="Merged list {counter[0]}" owner="owner"/>\n')
            claim("derivation", [("dataset", dataset), ("from", f"{inputs[0][0]} {inputs[1][0]}"), ("by", holder),
                                 ("operation", rng.choice(OPERATIONS))], when)
            lists.append((dataset, holder, when))
        elif roll < 0.16:
            dataset, holder, when = rng.choice(lists[-500:])
            claim("use", [("dataset", dataset), ("by", holder), ("purpose", "direct mail")],
                  min(when + rng.randrange(1, 60), 2450))
        else:
            index = rng.randrange(max(0, len(lists) - 500), len(lists))
            dataset, holder, when = lists[index]
            # Mostly sell on to a new broker; now and then back to one who held it before (a resale cycle).
            receiver = f"b{rng.randrange(brokers)}" if rng.random() < 0.9 else f"u{rng.randrange(users)}"
            when = min(when + rng.randrange(1, 45), 2450)  # sources are dated from day 2500 on
            claim("transfer", [("dataset", dataset), ("from", holder), ("to", receiver),
                               ("records", rng.randrange(1000, 3000000))], when)
            lists.append((dataset, receiver, when))
    write("</evidence>\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, required=True, help="how many claims to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same file)")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = parser.parse_args()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            generate(args.claims, args.seed, out)
    else:
        generate(args.claims, args.seed, sys.stdout)


if __name__ == "__main__":
    main()
