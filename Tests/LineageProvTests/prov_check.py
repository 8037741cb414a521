"""Helper for ListLineage's PROV tests: reads or writes documents with the `prov` package.

    python prov_check.py read FORMAT FILE      -> prints {"entities": n, "activities": n, "agents": n}
    python prov_check.py write FORMAT FILE     -> writes a small broker-resale document built with prov's API
    python prov_check.py account MANIFEST      -> for every document the manifest lists with ListLineage's import
                                                  account, checks that every record and attribute prov reads is
                                                  accounted for; prints {"documents", "records", "losses"}
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


def local(name):
    """The local part of a qualified name, whichever side wrote it ("ex:foo", a prov QualifiedName, None)."""
    if name is None:
        return None
    if isinstance(name, pm.QualifiedName):
        return name.localpart
    text = str(name)
    return text.split(":", 1)[1] if ":" in text else text


# Record kinds ListLineage reads as a kind of their own, and the prov:type prov gives them instead.
DERIVATION_KINDS = {"wasRevisionOf": "wasDerivedFrom", "wasQuotedFrom": "wasDerivedFrom", "hadPrimarySource": "wasDerivedFrom"}
DERIVATION_TYPES = {"Revision", "Quotation", "PrimarySource"}
# Sections ListLineage's readers skip whole, saying so in a note.
SECTIONS_NOT_READ = {"mentionOf", "bundle"}


def account(manifest_path):
    """Every record prov reads must match a record of ListLineage's account (kind, id and formal arguments, by
    local name); a record mapped into an item must name an item the evidence has; every attribute of the record
    must be kept or reported; and bundles, which ListLineage does not read, must be named in a note."""
    from prov.constants import PROV_N_MAP

    warnings.simplefilter("ignore")
    with open(manifest_path, encoding="utf-8") as source:
        manifest = json.load(source)
    losses, records = [], 0
    for entry in manifest:
        name = entry["path"].rsplit("/", 1)[-1]
        try:
            document = prov.read(entry["path"], format=entry["format"])
        except Exception as error:  # prov cannot read it: nothing it reads can be lost
            print(f"{name}: prov cannot read it: {error}", file=sys.stderr)
            continue
        ids = set(entry["ids"])
        ours = list(entry["records"])
        if document.bundles and not any("bundle" in note for note in entry["notes"]):
            losses.append(f"{name}: bundles dropped without a note")
        for record in document.get_records():
            records += 1
            kind = PROV_N_MAP[record.get_type()]
            if kind in SECTIONS_NOT_READ and any(f'"{kind}"' in note or f"prov:{kind} " in note for note in entry["notes"]):
                continue  # the whole section was reported as not read
            arguments = {
                local(key): local(value)
                for key, value in record.formal_attributes
                if value is not None and isinstance(value, pm.QualifiedName)
            }

            def matches(candidate, with_id):
                if DERIVATION_KINDS.get(candidate["kind"], candidate["kind"]) != kind:
                    return False
                if with_id and local(candidate["id"]) != local(record.identifier):
                    return False
                theirs = {key: local(value) for key, value in candidate["arguments"].items()}
                return theirs == arguments

            match = next((c for c in ours if matches(c, True)), None) or next((c for c in ours if matches(c, False)), None)
            signature = f"{kind}({record.identifier}; {arguments})"
            if match is None:
                losses.append(f"{name}: {signature}: not in the import account")
                continue
            ours.remove(match)
            if match["item"] is not None:
                item_id = match["item"].split("'")[1]
                if item_id not in ids:
                    losses.append(f"{name}: {signature}: mapped into {match['item']}, which the evidence lacks")
            accounted = {local(attribute) for attribute in match["kept"] + match["reported"]}
            for attribute, value in record.extra_attributes:
                # prov reads wasRevisionOf as wasDerivedFrom with prov:type prov:Revision; ours keeps the kind.
                if match["kind"] in DERIVATION_KINDS and local(attribute) == "type" and local(value) in DERIVATION_TYPES:
                    continue
                if local(attribute) not in accounted:
                    losses.append(f"{name}: {signature}: attribute {attribute}={value!r} neither kept nor reported")
    print(json.dumps({"documents": len(manifest), "records": records, "losses": losses}))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "account":
        account(sys.argv[2])
    else:
        {"read": read, "write": write}[command](sys.argv[2], sys.argv[3])
