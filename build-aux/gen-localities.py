#!/usr/bin/env python3
# gen-localities.py — writes data/gazetteer/localities.tsv: the Syrian and
# Iraqi towns, villages and sites UCDP GED's coders name that the bundled
# GeoNames cut lacks (Kansafrah, At Tanf, Jabal az Zawiyah, Taza, Badush …),
# each with its district and governorate, at the district's seat (the
# GeoNames town the district is named after: "Qaḑā’ al Mawşil" → Mosul).
# UCDP's files carry no coordinates, so the seat is the only point there is;
# Natural Earth's populated places add no Syrian or Iraqi town the GeoNames
# cut lacks. Suggest places such a name there, doubtful: a coder pins a
# village missing from the gazetteer at its district's town (ACLED's
# precision 2) until it is moved by hand.
#
# Usage: build-aux/gen-localities.py SHARED_DIR [WORDS] > data/gazetteer/localities.tsv
# WORDS: an English word list (default /usr/share/dict/american-english, as
# gen-english-names.py): a name of one word that is an English word in lower
# case there ("Has"), a month or a day ("June") is left out — such a word in
# a text is no village.
# Columns: name, kind (town, village …), district, governorate, latitude,
# longitude (of the seat), seat, country (ISO 3166 code).
import csv
import os
import re
import sys
import unicodedata

TYPES = {"town", "village", "suburb", "area", "field", "checkpoint", "base", "airbase", "mountain",
         "airport", "hill", "camp", "farm", "dam", "road", "island", "neighbourhood", "neighborhood",
         "city", "district", "plain", "crossing", "bridge", "station", "prison", "school", "hospital",
         "locality"}
# Governorates as UCDP names them → GeoNames admin1_name.
GOVERNORATES = {"Aleppo": "Aleppo", "Idlib": "Idlib", "Hamah": "Hama", "Homs": "Homs", "Latakia": "Latakia",
                "Tartus": "Tartus", "Damascus": "Damascus Governorate", "Rif Dimashq": "Rif-dimashq", "Daraa": "Daraa",
                "As Suwayda": "Suwayda", "Al Qunaytirah": "Quneitra", "Ar Raqqah": "Raqqa",
                "Deir ez Zor": "Deir ez-Zor", "Al Hasakah": "Al-Hasakah"}
# Iraq's provinces as UCDP names them (events file) → GeoNames admin1_name.
PROVINCES = {"Nīnawá": "Nineveh", "Şalāḩ ad Dīn": "Salah ad Din", "Al Anbār": "Anbar", "Diyālá": "Diyala",
             "Kirkūk": "Kirkuk", "Baghdād": "Baghdad", "Arbīl": "Erbil", "Bābil": "Babil", "Dahūk": "Duhok",
             "Sulaymānīyah": "Sulaymaniyah", "Wāsiţ": "Wasit", "Al Başrah": "Basra", "Dhī Qār": "Dhi Qar",
             "Maysān": "Maysan", "An Najaf": "Najaf", "Karbalā’": "Karbala"}

# Words that tell two villages of one name apart: upper, lower, big, small, sides.
QUALIFIERS = {"fawqani", "tahtani", "kabir", "kabirah", "saghir", "saghirah", "sharqi", "gharbi", "shamali",
              "janubi", "sharqiyah", "gharbiyah", "shamaliyah", "janubiyah"}


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    for c in "'`‘’ʿʾ":
        s = s.replace(c, "")
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in ("al", "el", "ar", "as", "at", "ad", "an", "az", "ash", "ath", "adh")]
    return " ".join(words)


CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def common_words(path):
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip().islower()} | CALENDAR


def row_of(name, kind, adm2, adm1, seat, country):
    return (name, kind, adm2, adm1, "%.5f" % seat[0], "%.5f" % seat[1], seat[3], country)


def add_locality(out, seen, known, seat, where, adm2, adm1, country, common):
    """Appends the place UCDP writes @where ("X village") in district
    @adm2 at @seat; "Baghuz Fawqani" (upper Baghuz) gives "Baghuz" too,
    "Abu Rasin/Zarkan town" both of its names."""
    words = where.split()
    kind = words[-1].lower()
    if "/" in where:
        for name in " ".join(words[:-1]).split("/"):
            if name.strip():
                add_locality(out, seen, known, seat, name.strip() + " " + kind, adm2, adm1, country, common)
        return
    name = " ".join(words[:-1])
    # "Makhmur refugee camp", "Tall Tawil (Tall Tamr area)": a common word or
    # a remark is no part of a name.
    if (words[-2].islower() and key(words[-2])) or "(" in name or name.lower() in common:
        return
    if kind == "district" or key(name) in known or not key(name) or (key(name), adm2) in seen:
        return
    seen.add((key(name), adm2))
    out.append(row_of(name, kind, adm2, adm1, seat, country))
    if len(words) > 2 and key(words[-2]) in QUALIFIERS:
        base = " ".join(words[:-2])
        while base.split() and not key(base.split()[-1]):
            base = " ".join(base.split()[:-1])
        if key(base) not in known and (key(base), adm2) not in seen:
            seen.add((key(base), adm2))
            out.append(row_of(base, kind, adm2, adm1, seat, country))


def place_words(where):
    words = where.split()
    return len(words) >= 2 and words[-1].lower() in TYPES and words[0].lower() != "road"


def main():
    shared = sys.argv[1]
    common = common_words(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english")
    gaz = os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer", "geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv")
    known = set()
    seats = {}
    with open(gaz, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names = [row["name"], row["asciiname"]] + row["alternatenames"].split("|")
            for n in names:
                if n:
                    known.add(key(n))
            if row["country_code"] not in ("SY", "IQ"):
                continue
            for n in names:
                k = (key(n), row["admin1_name"], row["country_code"])
                if n and (k not in seats or int(row["population"] or 0) > seats[k][2]):
                    seats[k] = (float(row["latitude"]), float(row["longitude"]), int(row["population"] or 0), row["name"])
    out = []
    seen = set()
    with open(os.path.join(shared, "data", "gazetteer", "ucdp_aec_syria_location_names.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            where, adm2, adm1 = row["where_name"].strip(), row["adm2_name"].strip(), row["adm1_name"].strip()
            if not place_words(where) or not adm2.endswith(" district"):
                continue
            gov = GOVERNORATES.get(re.sub(r" governorate$", "", adm1))
            district = re.sub(r"^(Mintaqat )?(Markaz )?", "", adm2[: -len(" district")])
            seat = seats.get((key(district), gov, "SY"))
            if gov is not None and seat is not None:
                add_locality(out, seen, known, seat, where, adm2, adm1, "SY", common)
    # Iraq: the events themselves ("Bādūsh town", "Qaḑā’ al Mawşil", "Nīnawá province").
    with open(os.path.join(shared, "data", "events", "ucdp_aec_events_syria_region.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            where, adm2, adm1 = (row["location_where_name"].strip(), row["location_adm2_name"].strip(),
                                 row["location_adm1_name"].strip())
            if row["location_root_name"] != "Iraq" or not place_words(where):
                continue
            gov = PROVINCES.get(re.sub(r" province$", "", adm1))
            district = re.sub(r"^Qaḑā’? ", "", re.sub(r" district$", "", adm2))
            seat = seats.get((key(district), gov, "IQ"))
            if gov is not None and seat is not None:
                add_locality(out, seen, known, seat, where, adm2, adm1, "IQ", common)
    # A name two districts share names none of them.
    count = {}
    for r in out:
        count[key(r[0])] = count.get(key(r[0]), 0) + 1
    for r in sorted(out, key=lambda r: r[0]):
        if count[key(r[0])] == 1:
            print("\t".join(r))


main()
