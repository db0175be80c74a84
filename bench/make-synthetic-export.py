#!/usr/bin/env python3
"""Write a synthetic DATAtourisme "flux" export ZIP of N objects made from real ones.

Usage (from the repository root):
    python3 bench/make-synthetic-export.py \
        --source ../shared/data/datatourisme/export-37 \
        --count 100000 --out bench/out/synthetic-100k.zip [--seed 37] [--level 1]

Each output object is a copy of a source object (round-robin over the source, in a seeded
shuffled order) with:
  * a new "@id" (https://data.datatourisme.gouv.fr/15/<uuid>) and file
    objects/<u>/<uu>/15-<uuid>.json, and a new "dc:identifier" (SYNTH000000001...);
    nested "@id"s are kept;
  * a new commune in Centre-Val de Loire (region 24, départements 18, 28, 36, 37, 41, 45) drawn
    from src/main/resources/reference/communes.csv.gz with weight sqrt(population + 100), so
    every département gets objects and towns get more than hamlets; the address
    (isLocatedAt[].schema:address[]: addressLocality, postalCode, hasAddressCity[] with insee,
    label and département) and the point (isLocatedAt[].schema:geo latitude/longitude) are
    rewritten: commune centre plus a uniform jitter within --jitter-km (default 3 km);
  * in 30% of the objects every rdfs:label value gets " – <commune name>" appended (so that the
    text is not identical everywhere; names may otherwise repeat).
Everything else is verbatim. Objects are written compact (no indentation).

Output layout: index.json (label, lastUpdateDatatourisme, file; written first), context.jsonld,
objects/... . Entries are written one by one (the objects are never all in memory); the ZIP uses
ZIP64 records when there are more than 65,535 entries. Deterministic for a given --seed and
source. Stdlib only.
"""
import argparse
import csv
import gzip
import io
import json
import math
import os
import random
import sys
import time
import uuid
import zipfile

REGION = "24"
DEPARTMENTS = {
    "18": "Cher",
    "28": "Eure-et-Loir",
    "36": "Indre",
    "37": "Indre-et-Loire",
    "41": "Loir-et-Cher",
    "45": "Loiret",
}
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_COMMUNES = os.path.join(HERE, "..", "src", "main", "resources", "reference", "communes.csv.gz")
ZIP_DATE = (2020, 9, 1, 0, 0, 0)


def load_communes(path):
    out = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["department"] in DEPARTMENTS and row["region"] == REGION and row["latitude"]:
                out.append({
                    "insee": row["insee"], "name": row["name"], "dep": row["department"],
                    "postal": row["postal_codes"].split("|"),
                    "lat": float(row["latitude"]), "lon": float(row["longitude"]),
                    "weight": math.sqrt(int(row["population"] or 0) + 100),
                })
    out.sort(key=lambda c: c["insee"])
    return out


def relabel(label, suffix):
    if not isinstance(label, dict):
        return label
    return {lang: [v + suffix if isinstance(v, str) else v for v in values] if isinstance(values, list) else values
            for lang, values in label.items()}


def city_node(c):
    dep = c["dep"]
    return {
        "@id": "kb:" + c["insee"],
        "@type": ["City"],
        "rdfs:label": {"en": [c["name"]], "fr": [c["name"]]},
        "insee": c["insee"],
        "isPartOfDepartment": [{
            "@id": "kb:France" + REGION + dep,
            "@type": ["Department"],
            "rdfs:label": {"en": [DEPARTMENTS[dep]], "fr": [DEPARTMENTS[dep]]},
            "insee": dep,
            "isPartOfRegion": [{
                "@id": "kb:France" + REGION,
                "@type": ["Region"],
                "rdfs:label": {"en": ["Centre-Val de Loire"], "fr": ["Centre-Val de Loire"]},
                "insee": REGION,
                "isPartOfCountry": [{
                    "@id": "kb:France",
                    "@type": ["schema:Country"],
                    "rdfs:label": {"en": ["France"], "fr": ["France"]},
                }],
            }],
        }],
    }


def relocate(places, c, postal, lat, lon):
    """New isLocatedAt list: copies of the touched nodes only; the rest is shared."""
    out = []
    city = city_node(c)
    for place in places:
        p = dict(place)
        if isinstance(place.get("schema:address"), list):
            addrs = []
            for a in place["schema:address"]:
                a = dict(a)
                a["schema:addressLocality"] = c["name"]
                a["schema:postalCode"] = postal
                a["hasAddressCity"] = [city]
                addrs.append(a)
            p["schema:address"] = addrs
        geo = dict(place.get("schema:geo") or {"@type": ["schema:GeoCoordinates"]})
        geo["schema:latitude"] = "%.7f" % lat
        geo["schema:longitude"] = "%.7f" % lon
        p["schema:geo"] = geo
        out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", required=True, help="DATAtourisme flux export folder (index.json, context.jsonld, objects/)")
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=37)
    ap.add_argument("--communes", default=DEFAULT_COMMUNES)
    ap.add_argument("--jitter-km", type=float, default=3.0)
    ap.add_argument("--label-suffix-share", type=float, default=0.3)
    ap.add_argument("--level", type=int, default=1, help="deflate level 0-9 (1: fast, default)")
    args = ap.parse_args()
    t0 = time.time()

    with open(os.path.join(args.source, "index.json"), encoding="utf-8") as f:
        src_index = json.load(f)
    with open(os.path.join(args.source, "context.jsonld"), "rb") as f:
        context = f.read()
    sources = []
    for e in sorted(src_index, key=lambda e: e["file"]):
        with open(os.path.join(args.source, "objects", e["file"]), encoding="utf-8") as f:
            sources.append((e, json.load(f)))
    communes = load_communes(args.communes)
    if not communes:
        sys.exit("no Centre-Val de Loire commune with coordinates in " + args.communes)
    cum, total = [], 0.0
    for c in communes:
        total += c["weight"]
        cum.append(total)

    # the plan: a few small values per object, so index.json can be written first
    rng = random.Random(args.seed)
    order = list(range(len(sources)))
    rng.shuffle(order)
    plan = []
    for i in range(args.count):
        u = uuid.UUID(int=rng.getrandbits(128), version=4)
        ci = rng.choices(range(len(communes)), cum_weights=cum)[0]
        c = communes[ci]
        postal = c["postal"][rng.randrange(len(c["postal"]))] if c["postal"] and c["postal"][0] else ""
        r = args.jitter_km * math.sqrt(rng.random())
        theta = rng.random() * 2 * math.pi
        lat = c["lat"] + r * math.sin(theta) / 111.2
        lon = c["lon"] + r * math.cos(theta) / (111.2 * math.cos(math.radians(c["lat"])))
        suffix = " – " + c["name"] if rng.random() < args.label_suffix_share else ""
        plan.append((order[i % len(order)], str(u), ci, postal, lat, lon, suffix))

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)

    def info(name):
        zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED if args.level > 0 else zipfile.ZIP_STORED
        zi.external_attr = 0o644 << 16
        return zi

    dep_count = {d: 0 for d in DEPARTMENTS}
    with zipfile.ZipFile(args.out, "w", allowZip64=True) as zf:
        with zf.open(info("index.json"), "w", force_zip64=True) as out:
            w = io.TextIOWrapper(out, encoding="utf-8")
            w.write("[")
            for n, (si, u, ci, postal, lat, lon, suffix) in enumerate(plan):
                e = sources[si][0]
                w.write(("," if n else "") + "\n  " + json.dumps({
                    "label": e["label"] + suffix,
                    "lastUpdateDatatourisme": e.get("lastUpdateDatatourisme"),
                    "file": "%s/%s/15-%s.json" % (u[0], u[:2], u),
                }, ensure_ascii=False))
            w.write("\n]\n")
            w.flush()
            w.detach()
        zf.writestr(info("context.jsonld"), context, compresslevel=args.level or None)
        for n, (si, u, ci, postal, lat, lon, suffix) in enumerate(plan):
            src = sources[si][1]
            c = communes[ci]
            obj = dict(src)
            obj["@id"] = "https://data.datatourisme.gouv.fr/15/" + u
            obj["dc:identifier"] = "SYNTH%09d" % (n + 1)
            if suffix and "rdfs:label" in src:
                obj["rdfs:label"] = relabel(src["rdfs:label"], suffix)
            obj["isLocatedAt"] = relocate(src.get("isLocatedAt") or [{}], c, postal, lat, lon)
            data = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            zf.writestr(info("objects/%s/%s/15-%s.json" % (u[0], u[:2], u)), data,
                        compresslevel=args.level or None)
            dep_count[c["dep"]] += 1
            if (n + 1) % 20000 == 0:
                print("  %d objects, %.0f s" % (n + 1, time.time() - t0), file=sys.stderr)
    print("%d objects from %d sources written to %s (%.1f MB) in %.1f s; per département: %s" % (
        args.count, len(sources), args.out, os.path.getsize(args.out) / 1e6, time.time() - t0,
        ", ".join("%s=%d" % kv for kv in sorted(dep_count.items()))))


if __name__ == "__main__":
    main()
