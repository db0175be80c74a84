#!/usr/bin/env python3
"""Build src/main/resources/demo/datatourisme-37-demo.zip: a curated demo destination.

Usage (from the repository root):
    python3 tools/data/make-demo-export.py \
        --source ../shared/data/datatourisme/export-37 \
        --out src/main/resources/demo/datatourisme-37-demo.zip [--total 360]

Input: a DATAtourisme "flux" export (index.json + context.jsonld + objects/<x>/<xx>/<id>.json).
Output: a ZIP with the same layout holding only the chosen objects, copied byte for byte;
index.json lists exactly those objects (entries verbatim from the source index, same order).
The ZIP is deterministic (fixed entry dates, sorted entries).

Selection (stdlib only, deterministic, ties broken by file name):
  * every object gets a quality score: coordinates, French and English names, French and
    English descriptions, an image; minus its distance to the nearest anchor commune
    (Tours 37261, Amboise 37003, Chinon 37072) in km / 5;
  * coverage: for every @type present in the source (rarest first) that the selection does not
    cover yet, the best object of that type is taken (wherever it is in the département);
  * anchor share: at least --per-anchor objects nearest each anchor (within --radius), taken
    round-robin over the categories (Chinon has few objects close by);
  * quotas: each demo category (hotel, campsite, B&B, holiday rental, restaurant, event,
    cultural site, natural site, activity, tour, product...) is filled with its best objects
    within --radius km of an anchor up to max(min(n, 10), n * total / source size);
  * the remainder up to --total is filled with the best objects within --radius km.
"""
import argparse
import json
import math
import os
import sys
import zipfile
from collections import Counter, OrderedDict

ANCHORS = OrderedDict([  # commune centres from src/main/resources/reference/communes.csv.gz
    ("37261 Tours", (47.39864, 0.69653)),
    ("37003 Amboise", (47.39172, 1.00024)),
    ("37072 Chinon", (47.17230, 0.24508)),
])

# demo category = first rule whose type the object has (order matters: most specific first)
CATEGORIES = [
    ("tour", "Tour", 1.0),
    ("wine and tasting", "TastingProvider", 1.0),
    ("product", "Product", 1.0),
    ("event", "EntertainmentAndEvent", 0.7),
    ("accommodation: hotel", "HotelTrade", 0.9),
    ("accommodation: camper van area", "CamperVanArea", 1.0),
    ("accommodation: campsite", "CampingAndCaravanning", 1.0),
    ("accommodation: bed and breakfast", "Guesthouse", 1.0),
    ("accommodation: holiday rental", "SelfCateringAccommodation", 0.8),
    ("accommodation: group lodging", "CollectiveAccommodation", 1.0),
    ("accommodation: other", "Accommodation", 1.0),
    ("restaurant", "FoodEstablishment", 1.6),
    ("natural site, park and garden", "NaturalHeritage", 1.5),
    ("natural site, park and garden", "ParkAndGarden", 1.5),
    ("heritage and cultural site", "CulturalSite", 1.6),
    ("sports and leisure, activity", "SportsAndLeisurePlace", 1.0),
    ("tourist information", "TouristInformationCenter", 1.0),
    ("service and shop", "ServiceProvider", 1.0),
    ("service and shop", "BusinessPlace", 1.0),
    ("other place of interest", "PointOfInterest", 1.0),
]
WEIGHT = {name: w for name, _, w in CATEGORIES}


def category(types):
    for name, t, _ in CATEGORIES:
        if t in types:
            return name
    return "other"


def km(a, b):
    lat = math.radians((a[0] + b[0]) / 2)
    return math.hypot((a[0] - b[0]) * 111.2, (a[1] - b[1]) * 111.2 * math.cos(lat))


def geo(obj):
    for place in obj.get("isLocatedAt", []):
        g = place.get("schema:geo") or {}
        try:
            return float(g["schema:latitude"]), float(g["schema:longitude"])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def insee(obj):
    for place in obj.get("isLocatedAt", []):
        for addr in place.get("schema:address", []):
            for city in addr.get("hasAddressCity", []):
                if city.get("insee"):
                    return city["insee"]
    return None


def has_lang(m, lang):
    return isinstance(m, dict) and any(s.strip() for s in m.get(lang, []) if isinstance(s, str))


def quality(obj):
    q = 0
    if geo(obj):
        q += 2
    label = obj.get("rdfs:label")
    q += 1 if has_lang(label, "fr") else 0
    q += 2 if has_lang(label, "en") else 0
    descs = obj.get("hasDescription", [])
    if any(has_lang(d.get("dc:description") or d.get("shortDescription"), "fr") for d in descs) \
            or has_lang(obj.get("rdfs:comment"), "fr"):
        q += 1
    if any(has_lang(d.get("dc:description") or d.get("shortDescription"), "en") for d in descs) \
            or has_lang(obj.get("rdfs:comment"), "en"):
        q += 1
    reps = (obj.get("hasMainRepresentation") or []) + (obj.get("hasRepresentation") or [])
    if any(r.get("ebucore:hasRelatedResource") for r in reps):
        q += 2
    return q


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", default="../shared/data/datatourisme/export-37")
    ap.add_argument("--out", default="src/main/resources/demo/datatourisme-37-demo.zip")
    ap.add_argument("--total", type=int, default=340)
    ap.add_argument("--per-anchor", type=int, default=45, help="minimum objects nearest each anchor")
    ap.add_argument("--radius", type=float, default=25.0, help="km around an anchor for quota and fill picks")
    args = ap.parse_args()

    with open(os.path.join(args.source, "index.json"), encoding="utf-8") as f:
        index = json.load(f)
    objs = {}
    for entry in index:
        with open(os.path.join(args.source, "objects", entry["file"]), encoding="utf-8") as f:
            o = json.load(f)
        g = geo(o)
        dist, anchor = min((km(g, p), a) for a, p in ANCHORS.items()) if g else (999.0, None)
        objs[entry["file"]] = {
            "types": set(o["@type"]), "cat": category(o["@type"]), "dist": dist, "anchor": anchor,
            "score": quality(o) - dist / 5.0, "insee": insee(o),
        }
    n_source = len(objs)
    ranked = sorted(objs, key=lambda k: (-objs[k]["score"], k))
    chosen = []
    chosen_set = set()

    def take(k):
        if k not in chosen_set:
            chosen.append(k)
            chosen_set.add(k)

    # 1. coverage of every type present
    type_count = Counter(t for o in objs.values() for t in o["types"])
    for t, _ in sorted(type_count.items(), key=lambda tc: (tc[1], tc[0])):
        if not any(t in objs[k]["types"] for k in chosen):
            take(next(k for k in ranked if t in objs[k]["types"]))
    # 2. a share for every anchor (Chinon has few objects close by): its best objects,
    #    round-robin over the categories so the share is varied
    for a in ANCHORS:
        mine = [k for k in ranked if objs[k]["anchor"] == a and objs[k]["dist"] <= args.radius]
        by_cat = OrderedDict()
        for k in mine:
            by_cat.setdefault(objs[k]["cat"], []).append(k)
        have = sum(1 for k in chosen if objs[k]["anchor"] == a and objs[k]["dist"] <= args.radius)
        while have < min(args.per_anchor, len(mine)):
            for cat in sorted(by_cat):
                queue = [k for k in by_cat[cat] if k not in chosen_set]
                if queue and have < args.per_anchor:
                    take(queue[0])
                    have += 1
    # 3. per-category quotas, near the anchors
    cat_count = Counter(o["cat"] for o in objs.values())
    for cat, n in sorted(cat_count.items()):
        target = min(n, max(10, round(n * args.total / n_source * WEIGHT.get(cat, 1.0))))
        small = n <= 10  # tiny categories are taken whole, wherever they are
        have = sum(1 for k in chosen if objs[k]["cat"] == cat)
        for k in ranked:
            if have >= target:
                break
            if objs[k]["cat"] == cat and k not in chosen_set and (small or objs[k]["dist"] <= args.radius):
                take(k)
                have += 1
    # 4. fill up to the total, near the anchors
    for k in ranked:
        if len(chosen) >= args.total:
            break
        if k not in chosen_set and objs[k]["dist"] <= args.radius:
            take(k)

    entries = [e for e in index if e["file"] in chosen_set]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    date = (2020, 9, 1, 0, 0, 0)

    def write(zf, name, data):
        info = zipfile.ZipInfo(name, date_time=date)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data, compresslevel=9)

    with zipfile.ZipFile(args.out, "w") as zf:
        write(zf, "index.json", json.dumps(entries, ensure_ascii=False, indent=2).encode("utf-8"))
        with open(os.path.join(args.source, "context.jsonld"), "rb") as f:
            write(zf, "context.jsonld", f.read())
        for e in sorted(entries, key=lambda e: e["file"]):
            with open(os.path.join(args.source, "objects", e["file"]), "rb") as f:
                write(zf, "objects/" + e["file"], f.read())

    # report (markdown-ready)
    sel = [objs[k] for k in chosen_set]
    print("%d objects of %d written to %s" % (len(sel), n_source, args.out))
    print("\n| category | objects |\n|---|---:|")
    for cat, n in sorted(Counter(o["cat"] for o in sel).items(), key=lambda c: (-c[1], c[0])):
        print("| %s | %d |" % (cat, n))
    near = Counter()
    for o in sel:
        near["<= 10 km" if o["dist"] <= 10 else "<= %d km" % args.radius if o["dist"] <= args.radius else "further"] += 1
    print("\ndistance to nearest anchor:", dict(near))
    print("nearest anchor:", dict(Counter(o["anchor"] for o in sel)))
    print("types covered: %d of %d" % (len({t for o in sel for t in o["types"]}), len(type_count)))
    print("communes:", len({o["insee"] for o in sel}), Counter(o["insee"] for o in sel).most_common(12))


if __name__ == "__main__":
    sys.exit(main())
