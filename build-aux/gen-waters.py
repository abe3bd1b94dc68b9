#!/usr/bin/env python3
# gen-waters.py — writes data/gazetteer/waters.tsv: the rivers and lakes of
# Natural Earth's region layers, for Suggest ("the Tigris", "Lake Assad", "the
# Dead Sea" placed at the water, not unplaced or at a village sharing a word).
#
# Usage: build-aux/gen-waters.py SHARED_DIR > data/gazetteer/waters.tsv
#
# Source: Natural Earth 4.0.0 (public domain), clipped to the region
# (SHARED_DIR/data/basemap/ne_10m_rivers_region.geojson and
# ne_10m_lakes_region.geojson). Features of one name are one water. A lake is
# placed at the area-weighted centroid of its largest polygon (the point
# inside it nearest that centroid when the centroid falls outside); a river at
# the point halfway along its longest stretch in the region. Names: Natural
# Earth's name and alternate name, as Natural Earth spells them (no names are
# added: "Al Furat", "Firat" and "Euphrates" are three features there).
#
# A river also carries points along all its stretches in the region, one
# every 20 km or so, so that Suggest can place it by the part of it nearest
# the report's other places (the Euphrates of a report on Deir ez-Zor is not
# its middle in Iraq).
#
# Output columns (tab-separated, one water a line, sorted):
#   kind (river|lake), name, latitude, longitude, other names ("|"-separated),
#   points along a river ("lat,lon;lat,lon;…", empty for a lake).
import json
import math
import os
import sys


def km(a, b):
    r = math.radians
    d = math.sin(r(b[1] - a[1]) / 2) ** 2 + math.cos(r(a[1])) * math.cos(r(b[1])) * math.sin(r(b[0] - a[0]) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(d))


def lines_of(geom):
    return [geom["coordinates"]] if geom["type"] == "LineString" else geom["coordinates"]


def polygons_of(geom):
    return [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    a /= 2
    return abs(a), (cx / (6 * a), cy / (6 * a)) if a else ring[0]


def inside(pt, ring):
    x, y = pt
    c = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            c = not c
    return c


def main():
    base = os.path.join(sys.argv[1], "data", "basemap")
    waters = {}
    for f in ("ne_10m_rivers_region.geojson", "ne_10m_lakes_region.geojson"):
        kind = "river" if "rivers" in f else "lake"
        for feat in json.load(open(os.path.join(base, f), encoding="utf-8"))["features"]:
            p = feat["properties"]
            name = p.get("name")
            if not name or "?" in name:
                continue
            w = waters.setdefault(name, {"kind": kind, "names": set(), "best": None, "size": -1.0, "points": []})
            if p.get("name_alt"):
                w["names"].add(p["name_alt"])
            if kind == "river":
                for line in lines_of(feat["geometry"]):
                    length = sum(km(a, b) for a, b in zip(line, line[1:]))
                    run = 20.0
                    for a, b in zip(line, line[1:]):
                        run += km(a, b)
                        if run >= 20.0:
                            w["points"].append(b)
                            run = 0.0
                    if length > w["size"]:
                        half, run = length / 2, 0.0
                        point = line[0]
                        for a, b in zip(line, line[1:]):
                            run += km(a, b)
                            point = b
                            if run >= half:
                                break
                        w["size"], w["best"] = length, point
            else:
                for poly in polygons_of(feat["geometry"]):
                    area, c = ring_area_centroid(poly[0])
                    if area > w["size"]:
                        if not inside(c, poly[0]):
                            c = min(poly[0], key=lambda v: km(v, c))
                        w["size"], w["best"] = area, c
    for name in sorted(waters):
        w = waters[name]
        others = sorted(n for n in w["names"] if n != name)
        points = ";".join("%.3f,%.3f" % (p[1], p[0]) for p in w["points"])
        print("%s\t%s\t%.4f\t%.4f\t%s\t%s" % (w["kind"], name, w["best"][1], w["best"][0], "|".join(others), points))


main()
