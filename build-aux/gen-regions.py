#!/usr/bin/env python3
# gen-regions.py — writes data/gazetteer/regions.tsv: the conflict area's
# well-known regions and landforms (the Eastern Ghouta, the Qalamoun, the
# Hauran, the Yarmouk Basin, the Badia, Jabal al-Zawiya, the Ghab plain, the
# Jazira, the Sinjar mountains, the Nineveh Plains, the Anbar desert, the
# Bekaa …) and one river Natural Earth's region layer lacks (the Khabur), for
# Suggest: "Badiya Desert", "الغوطة الشرقية", "the Qalamoun" placed at the
# region with a region's precision instead of unplaced or at a town.
#
# Usage: build-aux/gen-regions.py > data/gazetteer/regions.tsv
#
# No layer in ../shared draws these regions, so each is defined here by the
# towns and villages that lie in it (general knowledge of the region, as a
# coder knows "Douma is in the Eastern Ghouta"), and placed at the mean of
# those towns' coordinates in the bundled GeoNames cut
# (data/gazetteer/geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv, CC BY 4.0): no
# coordinate is written by hand. A member missing from GeoNames is skipped
# (listed on stderr); a region with fewer than two members found is left out. A river is given
# its riverside towns, source to mouth, as its points: Suggest places it at
# the one nearest the report's other places, as it does Natural Earth's
# rivers.
#
# Output columns (as waters.tsv, tab-separated, one a line):
#   kind (region|river), name, latitude, longitude, other names ("|"-separated),
#   points along a river ("lat,lon;…", empty for a region).
import csv
import os
import re
import sys
import unicodedata

# name, other names, country, governorates (GeoNames admin1_name), member towns.
REGIONS = [
    ("Eastern Ghouta", "East Ghouta|Eastern Ghuta|Ghouta|Eastern Damascus Ghouta|الغوطة الشرقية|غوطة دمشق الشرقية",
     "SY", ("Rif-dimashq",), ("Douma", "Harasta", "Irbin", "Kafr Batna", "Nashabiyah", "Zamalka", "Saqba",
                               "Hammurah", "Jisrin", "Ayn Tarma", "Misraba", "Mudayra")),
    ("Western Ghouta", "West Ghouta|Western Ghuta|الغوطة الغربية",
     "SY", ("Rif-dimashq",), ("Darayya", "Muadamiyat al Sham", "Qudsaya", "Kanakir", "Sasa", "Khan ash Shih",
                               "Zakiyah", "Artuz")),
    ("Qalamoun", "Qalamoun mountains|Qalamun|Qalamoun region|القلمون|جبال القلمون",
     "SY", ("Rif-dimashq",), ("Yabrud", "An Nabk", "Qarah", "Dayr Atiyah", "Rankus", "Assal al Ward", "Jayrud",
                               "Ar Ruhaybah", "Al Qutayfah", "Maaloula", "Flitah")),
    ("Eastern Qalamoun", "East Qalamoun|القلمون الشرقي",
     "SY", ("Rif-dimashq",), ("Jayrud", "Ar Ruhaybah", "Ad Dumayr", "Al Qutayfah", "An Nasiriyah")),
    ("Western Qalamoun", "West Qalamoun|القلمون الغربي",
     "SY", ("Rif-dimashq",), ("Qarah", "Yabrud", "An Nabk", "Rankus", "Assal al Ward", "Flitah", "Dayr Atiyah")),
    ("Hauran", "Houran|Horan|Hawran|Hauran plain|حوران|سهل حوران",
     "SY", ("Daraa",), ("Daraa", "Izra", "Shaykh Miskin", "Nawa", "Bosra", "Jasim", "Inkhil", "As Sanamayn",
                         "Tafas", "Dael", "Khirbat Ghazalah")),
    ("Yarmouk Basin", "Yarmouk Valley|Yarmuk Basin|Yarmuk Valley|Yarmouk Pocket|حوض اليرموك|وادي اليرموك",
     "SY", ("Daraa",), ("Tasil", "Ash Shajarah", "Jillin", "Sahm al Jawlan", "Saham al Jawlan", "Hayt",
                         "Jamlah", "Abidin", "Nafiah", "Kuwayyah", "Ayn Dhakar", "Adwan")),
    ("Lajat", "Al-Lajat|al-Lajah|Lajah|Leja|اللجاة",
     "SY", ("Daraa", "Suwayda"), ("Busr al Harir", "Najih", "Jadal", "Shaqra", "Mlayhat al Atash", "Dama")),
    ("Badia", "Badiya|Badiyah|Syrian Badia|Syrian Desert|Badiya Desert|Badia Desert|البادية|البادية السورية|"
              "بادية الشام|الصحراء السورية",
     "SY", ("Homs", "Rif-dimashq", "Deir ez-Zor"), ("Tadmur", "As Sukhnah", "Al Qaryatayn", "Arak", "At Tanf",
                                                   "Humaymah", "At Tiyas")),
    ("Jabal al-Zawiya", "Jabal Zawiya|Jabal al Zawiyah|Jabal az-Zawiya|Jebel Zawiya|Jabal Al Zawiya|Zawiya mountain|"
                        "al-Zawiya mountain|جبل الزاوية",
     "SY", ("Idlib",), ("Ariha", "Ihsim", "Kafr Nubl", "Al Barah", "Kansafrah", "Marayan", "Balyun", "Sarjah",
                         "Iblin", "Al Mugharah", "Bsanqul", "Kafr Lata", "Mashun")),
    ("Jabal al-Akrad", "Jabal Akrad|Kurd Mountain|Jabal al Akrad|جبل الأكراد",
     "SY", ("Latakia",), ("Salma", "Kinsabba", "Kabani", "Duwayrikah", "Marj Khawkhah", "Rabi'ah")),
    ("Jabal al-Turkman", "Jabal Turkman|Turkmen Mountain|Bayirbucak|جبل التركمان",
     "SY", ("Latakia",), ("Rabiah", "Kasab", "Ghamam", "Burj al Qasab", "Yamadi")),
    ("Ghab plain", "Sahl al-Ghab|al-Ghab plain|Ghab|Al Ghab|Ghab Plain|سهل الغاب",
     # The plain from Tall Salhab in the south to Jisr ash-Shughur in the north (Muhradah lies east
     # of it, on the Orontes below the plain); "Qal'at al Madiq" as GeoNames spells it.
     "SY", ("Hama", "Idlib"), ("As Suqaylibiyah", "Qal'at al Madiq", "Jurin", "Shathah", "Qastun",
                                "Az Ziyarah", "Al Huwayz", "Tall Salhab", "Jisr ash Shughur")),
    ("Jazira", "al-Jazira|Jazira region|Syrian Jazira|الجزيرة السورية|Jazira desert",
     "SY", ("Al-Hasakah",), ("Al Qamishli", "Al Hasakah", "Amuda", "Ad Darbasiyah", "Al Malikiyah",
                              "Al Qahtaniyah", "Al Jawadiyah", "Ras al Ayn", "Tall Tamr", "Tall Hamis")),
    ("Sinjar mountains", "Sinjar mountain|Mount Sinjar|Jabal Sinjar|Sinjar Mountains|Sinjar range|جبل سنجار",
     "IQ", ("Nineveh",), ("Sinjar", "Sinuni", "Khanasor", "Borek", "Snune")),
    ("Nineveh Plains", "Nineveh plain|Plain of Nineveh|Nineveh Plain|Ninawa plains|سهل نينوى",
     "IQ", ("Nineveh",), ("Tall Kayf", "Bartalah", "Qaraqosh", "Bakhdida", "Al Hamdaniyah", "Bashiqa", "Alqosh",
                          "Tall Usquf", "Karamlis", "Batnaya", "Bahzani")),
    ("Anbar desert", "Anbar Desert|Western Desert|Iraq's Western Desert|western desert of Iraq|صحراء الأنبار|"
                     "الصحراء الغربية",
     "IQ", ("Anbar",), ("Ar Rutbah", "Al Qaim", "Anah", "Rawah", "Hadithah", "Nukhayb", "Akashat",
                        "Al Baghdadi")),
    # The ridge from al-Fathah on the Tigris south-east to Jalawla and Qara Tapa; of its towns GeoNames'
    # cut holds only Tuz Khurmatu and Kifri (at its north-eastern foot), and without two found the
    # region was left out.
    ("Hamrin mountains", "Hamrin Mountains|Jabal Hamrin|Hamreen mountains|Himreen mountains|Hemrin mountains|"
                         "Hamrin range|Hamrin hills|جبال حمرين|جبل حمرين|سلسلة جبال حمرين",
     "IQ", ("Salah ad Din", "Diyala", "Kirkuk"), ("Al Fathah", "Tuz Khurmatu", "Jalawla", "As Sadiyah",
                                                   "Qarah Tappah", "Al Azim", "Kifri")),
    # The Kurdistan Region's administration of Kalar, Kifri and Khanaqin ("the Garmiyan area").
    ("Garmiyan", "Garmian|Germian|Garmiyan area|Garmian area|Garmiyan region|Garmian administration|"
                 "Garmiyan administration|كرميان|گەرمیان",
     "IQ", ("Sulaymaniyah", "Diyala"), ("Kalar", "Kelar", "Kifri", "Khanaqin")),
    ("Bekaa Valley", "Bekaa|Beqaa|Beqaa Valley|Biqa|البقاع|سهل البقاع",
     "LB", ("Bekaa", "Baalbek-Hermel Governorate"), ("Zahle", "Baalbek", "Chtaura", "Bar Elias", "Rayak", "Hermel",
                                          "Al Qaa", "Aarsal", "Joub Jannine", "Machghara")),
    ("Golan Heights", "Golan|الجولان|هضبة الجولان|مرتفعات الجولان",
     "", ("Quneitra", "Northern District"), ("Al Qunaytirah", "Majdal Shams", "Masadah", "Katzrin",
                                              "Ein Qiniyye", "Buq'ata", "Khan Arnabah")),
]

# Regions that lie in two countries, by the part named in REGIONS first: name → the other parts
# (country, governorates, member towns). Each part is a point of the region, as a river's towns are:
# Suggest places the region at the part nearest the report's other places. The Jazira (Upper
# Mesopotamia, between the Euphrates and the Tigris) is al-Hasakah's plain in Syria and the desert
# north-west of Baghdad in Iraq ("the Jazira desert", from Hatra and al-Baaj to Haditha and Bayji).
PARTS = {
    "Jazira": [("IQ", ("Nineveh", "Anbar", "Salah ad Din"), ("Al Hadr", "Al Ba'aj", "Rawah", "Hadithah", "Anah",
                                                          "Bayji", "Ash Sharqat"))],
}

# Rivers Natural Earth's region layer (../shared/data/basemap/ne_10m_rivers_region.geojson)
# lacks: name, other names, country, governorates, riverside towns from source to mouth.
RIVERS = [
    ("Khabur", "Khabour|Khabur River|Khabour River|Habur|نهر الخابور|الخابور",
     "SY", ("Al-Hasakah", "Deir ez-Zor"), ("Ras al Ayn", "Tall Tamr", "Al Hasakah", "Ash Shaddadah",
                                            "Markadah", "Al Busayrah")),
]


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[‘’'`ʿʾ]", "", s)
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in ("al", "el", "ar", "as", "at", "ad", "an", "az", "ash", "ath")]
    return " ".join(words)


def load():
    gaz = os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer", "geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv")
    by_key = {}
    with open(gaz, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for n in [row["name"], row["asciiname"]] + row["alternatenames"].split("|"):
                k = key(n)
                if k:
                    by_key.setdefault(k, []).append(row)
    return by_key


def members(by_key, name, country, admin1s, towns):
    found = []
    for town in towns:
        rows = [r for r in by_key.get(key(town), [])
                if (not country or r["country_code"] == country) and r["admin1_name"] in admin1s]
        if not rows:
            print("%s: %s not in GeoNames, skipped" % (name, town), file=sys.stderr)
            continue
        # The most populous of one name in the region's governorates.
        r = max(rows, key=lambda r: int(r["population"] or 0))
        if r not in found:
            found.append(r)
    if len(found) < 2:
        print("%s: fewer than two member towns in GeoNames, left out" % name, file=sys.stderr)
        return None
    print("%s: at the mean of %s" % (name, ", ".join(r["name"] for r in found)), file=sys.stderr)
    return found


def main():
    by_key = load()
    out = []
    for name, others, country, admin1s, towns in REGIONS:
        found = members(by_key, name, country, admin1s, towns)
        if found is None:
            continue
        lat = sum(float(r["latitude"]) for r in found) / len(found)
        lon = sum(float(r["longitude"]) for r in found) / len(found)
        points = []
        for part_country, part_admin1s, part_towns in PARTS.get(name, []):
            part = members(by_key, name, part_country, part_admin1s, part_towns)
            if part is not None:
                points.append((sum(float(r["latitude"]) for r in part) / len(part),
                               sum(float(r["longitude"]) for r in part) / len(part)))
        points = ";".join("%.4f,%.4f" % p for p in [(lat, lon)] + points) if points else ""
        out.append("region\t%s\t%.4f\t%.4f\t%s\t%s" % (name, lat, lon, others, points))
    for name, others, country, admin1s, towns in RIVERS:
        found = members(by_key, name, country, admin1s, towns)
        if found is None:
            continue
        mid = found[len(found) // 2]
        points = ";".join("%.4f,%.4f" % (float(r["latitude"]), float(r["longitude"])) for r in found)
        out.append("river\t%s\t%.4f\t%.4f\t%s\t%s" % (name, float(mid["latitude"]), float(mid["longitude"]), others, points))
    sys.stdout.write("\n".join(out) + "\n")


main()
