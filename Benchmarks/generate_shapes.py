#!/usr/bin/env python3
"""Writes the evidence shapes issue 18's benchmark rows need besides generate_case.py's resale case.

    short N        N transfers of about 170 bytes each (one cite, no quote): the reading speed of plain claims
    derivation N   one derivation made from N datasets (each declared, none made): the cost per input
    conflicts N    N transfers stating the same hop with the same count and day, the last with another count:
                   every pair must be compared before the disagreement is found
    chain N        one batch passed along N brokers in turn: `received` has N recipients whose paths grow to N
                   hops

The same arguments always give the same bytes.

    python3 Benchmarks/generate_shapes.py short 100000 -o /tmp/short-100k.xml
"""
import argparse
import datetime
import random
import sys


def day(ordinal):
    return (datetime.date(2010, 1, 1) + datetime.timedelta(days=ordinal)).isoformat()


def header(write, sources=10, parties=()):
    write('<?xml version="1.0" encoding="UTF-8"?>\n<evidence xmlns="urn:listlineage:evidence:1">\n')
    for s in range(sources):
        write(f'  <source id="s{s}" title="Report {s}" date="{day(3000 + s)}" reliability="{"ABCDEF"[s % 6]}"/>\n')
    write('  <party id="owner" kind="organization" name="Owner"/>\n  <party id="insider" kind="person" name="Insider"/>\n')
    for party in parties:
        write(f'  <party id="{party}" kind="organization" name="Broker {party}"/>\n')
    write('  <dataset id="db" kind="database" name="Customer database" owner="owner"/>\n')


def short(n, write):
    rng = random.Random(1)
    brokers = max(10, n // 50)
    batches = max(4, n // 1000)
    header(write, parties=[f"b{b}" for b in range(brokers)])
    for b in range(batches):
        write(f'  <dataset id="d{b}" kind="batch" name="Batch {b}" owner="owner"/>\n')
        write(f'  <extraction id="e{b}" dataset="d{b}" from="db" by="insider" when="{day(1000)}">'
              f'<cite source="s{b % 10}" credibility="2"/></extraction>\n')
    for c in range(n - batches):
        write(f'  <transfer id="t{c:07d}" dataset="d{rng.randrange(batches)}" from="b{rng.randrange(brokers)}" '
              f'to="b{rng.randrange(brokers)}" records="{rng.randrange(1000, 3000000)}" when="{day(1100 + c % 1500)}">'
              f'<cite source="s{rng.randrange(10)}" credibility="{rng.randint(1, 6)}"/></transfer>\n')


def derivation(n, write):
    header(write)
    for d in range(n):
        write(f'  <dataset id="d{d}" kind="batch" name="Batch {d}" owner="owner"/>\n')
    write('  <dataset id="merged" kind="list" name="Merged" owner="owner"/>\n')
    inputs = " ".join(f"d{d}" for d in range(n))
    write(f'  <derivation id="m" dataset="merged" from="{inputs}" by="insider" operation="merge" when="{day(1200)}">'
          '<cite source="s1" credibility="2"/></derivation>\n')


def conflicts(n, write):
    header(write, parties=["b0", "b1"])
    write('  <dataset id="d0" kind="batch" name="Batch" owner="owner"/>\n')
    for c in range(n):
        records = 1000 if c < n - 1 else 2000
        write(f'  <transfer id="t{c:07d}" dataset="d0" from="b0" to="b1" records="{records}" when="{day(1100)}">'
              f'<cite source="s{c % 10}" credibility="2"/></transfer>\n')


def chain(n, write):
    header(write, parties=[f"b{b}" for b in range(n + 1)])
    write('  <dataset id="batch" kind="batch" name="Batch" owner="owner"/>\n')
    write(f'  <extraction id="e" dataset="batch" from="db" by="b0" when="{day(0)}"><cite source="s0" credibility="2"/>'
          '</extraction>\n')
    for c in range(n):
        write(f'  <transfer id="t{c:07d}" dataset="batch" from="b{c}" to="b{c + 1}" when="{day(1 + c // 2)}">'
              f'<cite source="s{c % 10}" credibility="2"/></transfer>\n')


SHAPES = {"short": short, "derivation": derivation, "conflicts": conflicts, "chain": chain}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shape", choices=sorted(SHAPES))
    parser.add_argument("size", type=int)
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = parser.parse_args()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    SHAPES[args.shape](args.size, out.write)
    out.write("</evidence>\n")
    out.close()


if __name__ == "__main__":
    main()
