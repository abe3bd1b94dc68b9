#!/usr/bin/env python3
# gen-localities.py — writes data/gazetteer/localities.tsv: the Syrian towns,
# villages and sites UCDP GED's coders name that the bundled GeoNames cut
# lacks (Kansafrah, At Tanf, Jabal az Zawiyah …), each with its district and
# governorate, at the district's seat (the GeoNames town the district is
# named after). Suggest places such a name there, doubtful: a coder pins a
# village missing from the gazetteer at its district's town (ACLED's
# precision 2) until it is moved by hand.
#
# Usage: build-aux/gen-localities.py SHARED_DIR > data/gazetteer/localities.tsv
# Columns: name, kind (town, village …), district, governorate, latitude,
# longitude (of the seat), seat.
import csv
import os
import re
import sys
import unicodedata

TYPES = {"town", "village", "suburb", "area", "field", "checkpoint", "base", "airbase", "mountain",
         "airport", "hill", "camp", "farm", "dam", "road", "island", "neighbourhood", "neighborhood",
         "city", "district", "plain", "crossing", "bridge", "station", "prison", "school", "hospital"}
# Governorates as UCDP names them → GeoNames admin1_name.
GOVERNORATES = {"Aleppo": "Aleppo", "Idlib": "Idlib", "Hamah": "Hama", "Homs": "Homs", "Latakia": "Latakia",
                "Tartus": "Tartus", "Damascus": "Damascus Governorate", "Rif Dimashq": "Rif-dimashq", "Daraa": "Daraa",
                "As Suwayda": "Suwayda", "Al Qunaytirah": "Quneitra", "Ar Raqqah": "Raqqa",
                "Deir ez Zor": "Deir ez-Zor", "Al Hasakah": "Al-Hasakah"}

# Words that tell two villages of one name apart: upper, lower, big, small, sides.
QUALIFIERS = {"fawqani", "tahtani", "kabir", "kabirah", "saghir", "saghirah", "sharqi", "gharbi", "shamali",
              "janubi", "sharqiyah", "gharbiyah", "shamaliyah", "janubiyah"}


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace("`", "")
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in ("al", "el", "ar", "as", "at", "ad", "an", "az", "ash", "ath", "adh")]
    return " ".join(words)


def main():
    shared = sys.argv[1]
    gaz = os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer", "geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv")
    known = set()
    seats = {}
    admin1_names = set()
    with open(gaz, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names = [row["name"], row["asciiname"]] + row["alternatenames"].split("|")
            for n in names:
                if n:
                    known.add(key(n))
            if row["country_code"] != "SY":
                continue
            admin1_names.add(row["admin1_name"])
            for n in names:
                k = (key(n), row["admin1_name"])
                if n and (k not in seats or int(row["population"] or 0) > seats[k][2]):
                    seats[k] = (float(row["latitude"]), float(row["longitude"]), int(row["population"] or 0), row["name"])
    out = []
    seen = set()
    with open(os.path.join(shared, "data", "gazetteer", "ucdp_aec_syria_location_names.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            where, adm2, adm1 = row["where_name"].strip(), row["adm2_name"].strip(), row["adm1_name"].strip()
            words = where.split()
            if len(words) < 2 or words[-1].lower() not in TYPES or not adm2.endswith(" district"):
                continue
            name, kind = " ".join(words[:-1]), words[-1].lower()
            gov = GOVERNORATES.get(re.sub(r" governorate$", "", adm1))
            district = re.sub(r"^(Mintaqat )?(Markaz )?", "", adm2[: -len(" district")])
            if gov is None or kind == "district" or key(name) in known or not key(name):
                continue
            seat = seats.get((key(district), gov))
            if seat is None:
                continue
            if (key(name), adm2) in seen:
                continue
            seen.add((key(name), adm2))
            out.append((name, kind, adm2, adm1, "%.5f" % seat[0], "%.5f" % seat[1], seat[3]))
            # "Baghuz Fawqani" (upper Baghuz): "Baghuz" alone too, when no
            # other district has it.
            if len(words) > 2 and key(words[-2]) in QUALIFIERS:
                base = " ".join(words[:-2])
                if key(base) not in known and (key(base), adm2) not in seen:
                    seen.add((key(base), adm2))
                    out.append((base, kind, adm2, adm1, "%.5f" % seat[0], "%.5f" % seat[1], seat[3]))
    # A name two districts share names none of them.
    count = {}
    for r in out:
        count[key(r[0])] = count.get(key(r[0]), 0) + 1
    for r in sorted(out, key=lambda r: r[0]):
        if count[key(r[0])] == 1:
            print("\t".join(r))


main()
