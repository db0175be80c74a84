#!/usr/bin/env python3
"""Build src/main/resources/reference/communes.csv.gz: every current commune of France.

Usage (from the repository root):
    python3 tools/data/make-communes-csv.py \
        --source ../shared/data/communes \
        --out src/main/resources/reference/communes.csv.gz

Inputs (stdlib only, deterministic output):
  communes.json               npm @etalab/decoupage-administratif 6.0.0 (COG 2026): code, name,
                              département, région, postal codes, population, type.
  laposte_hexasmal-2021.csv   La Poste base officielle des codes postaux 2021: one row per
                              (INSEE code, postal code, line 5) with "lat|lon" (header uses ';',
                              rows use ',').

Coordinates of a commune = mean of the La Poste points of its INSEE code. When the code has no
point (commune created or renamed after 2021, Paris/Lyon/Marseille), fall back in order to the
points of its former codes (anciensCodes), of its municipal arrondissements, and of its
delegated/associated communes; otherwise they are left empty.
"""
import argparse
import csv
import gzip
import io
import json
import os
from collections import defaultdict

HEADER = ["insee", "name", "department", "region", "postal_codes",
          "latitude", "longitude", "population"]


def load_points(path):
    points = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)  # header line, ';'-separated: not used
        for row in reader:
            if len(row) < 6 or not row[5].strip():
                continue
            lat, lon = row[5].split("|")
            points[row[0].strip()].append((float(lat), float(lon)))
    return points


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", default="../shared/data/communes")
    ap.add_argument("--out", default="src/main/resources/reference/communes.csv.gz")
    args = ap.parse_args()

    with open(os.path.join(args.source, "communes.json"), encoding="utf-8") as f:
        communes = json.load(f)
    points = load_points(os.path.join(args.source, "laposte_hexasmal-2021.csv"))

    children = defaultdict(list)  # current commune code -> codes of its parts
    for c in communes:
        if c["type"] == "arrondissement-municipal" and c.get("commune"):
            children[c["commune"]].append(c["code"])
        elif c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu"):
            children[c["chefLieu"]].append(c["code"])

    current = sorted((c for c in communes if c["type"] == "commune-actuelle"), key=lambda c: c["code"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    missing = 0
    for c in current:
        pts = points.get(c["code"])
        if not pts:
            pts = [p for code in c.get("anciensCodes", []) for p in points.get(code, [])]
        if not pts:
            pts = [p for code in children.get(c["code"], []) for p in points.get(code, [])]
        if pts:
            lat = "%.5f" % (sum(p[0] for p in pts) / len(pts))
            lon = "%.5f" % (sum(p[1] for p in pts) / len(pts))
        else:
            lat = lon = ""
            missing += 1
        w.writerow([c["code"], c["nom"], c.get("departement", ""), c.get("region", ""),
                    "|".join(c.get("codesPostaux", [])), lat, lon,
                    c.get("population", "")])
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    # mtime=0 keeps the gzip byte-identical between runs
    with open(args.out, "wb") as raw, gzip.GzipFile(filename="communes.csv", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print("%d communes written to %s, %d without coordinates" % (len(current), args.out, missing))


if __name__ == "__main__":
    main()
