"""Helper for ListLineage's PROV tests: reads or writes documents with the `prov` package.

    python prov_check.py read FORMAT FILE      -> prints {"entities": n, "activities": n, "agents": n}
    python prov_check.py write FORMAT FILE     -> writes a small broker-resale document built with prov's API
Warnings are errors: "reads without error" means without complaint too.
"""
import json
import sys
import warnings

import prov
import prov.model as pm

warnings.simplefilter("error")


def read(fmt, path):
    document = prov.read(path, format=fmt)
    records = list(document.get_records())
    count = lambda cls: sum(1 for record in records if isinstance(record, cls))
    print(json.dumps({
        "entities": count(pm.ProvEntity),
        "activities": count(pm.ProvActivity),
        "agents": count(pm.ProvAgent),
    }))


def write(fmt, path):
    document = pm.ProvDocument()
    document.add_namespace("ex", "urn:example:")
    for agent in ("ex:broker-a", "ex:broker-b", "ex:mailer"):
        document.agent(agent, {"prov:type": pm.PROV["Organization"], "prov:label": agent.split(":")[1]})
    document.entity("ex:list", {"prov:label": "名簿"})
    document.entity("ex:merged")
    sale = document.activity("ex:sale", "2014-05-01T00:00:00", "2014-05-31T23:59:59")
    document.used(sale, "ex:list")
    document.wasAssociatedWith(sale, "ex:broker-a", other_attributes={"prov:role": "ex:seller"})
    document.wasAssociatedWith(sale, "ex:broker-b", other_attributes={"prov:role": "ex:buyer"})
    merge = document.activity("ex:merge")
    document.used(merge, "ex:list")
    document.wasGeneratedBy("ex:merged", merge)
    document.wasAssociatedWith(merge, "ex:broker-b")
    mailing = document.activity("ex:mailing")
    document.used(mailing, "ex:merged")
    document.wasAssociatedWith(mailing, "ex:mailer")
    document.wasAttributedTo("ex:list", "ex:broker-a")
    with open(path, "w", encoding="utf-8") as out:
        out.write(document.serialize(format=fmt))


if __name__ == "__main__":
    {"read": read, "write": write}[sys.argv[1]](sys.argv[2], sys.argv[3])
