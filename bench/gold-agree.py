#!/usr/bin/env python3
# gold-agree.py — inter-coder agreement between two gold sets for the same texts, with the
# matching rules of bench/suggest-score.py (its key (), matches () and km ()): one coder is
# taken as the reference and the other as the "system", then the other way round.
#
# Usage: bench/gold-agree.py GOLD_DIR_A GOLD_DIR_B [-v]
#   Files are paired by "index" (or by file name when there is none) and must be written for
#   the same text (same "text_sha256" when both have one). -v prints each disagreement.
# Figures: places recall / precision / within max (10 km, the reference's tolerance) of the
# reference pin (distinct mentions, countries apart, as the scorer reads spans); countries;
# casualty figures (kind, count, qualifier, aggregate) recall / precision; actors and persons
# recall; dates with the right day.
import glob
import importlib.util
import json
import os
import sys

_spec = importlib.util.spec_from_file_location("suggest_score", os.path.join(os.path.dirname(os.path.abspath(__file__)), "suggest-score.py"))
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
key, matches, km = score.key, score.matches, score.km


def load(d):
    out = {}
    for p in sorted(glob.glob(os.path.join(d, "*.json"))):
        g = json.load(open(p, encoding="utf-8"))
        out[g.get("index", os.path.basename(p))] = g
    return out


def fig(c):
    return (c["kind"] if c["kind"] in ("killed", "wounded") else "captured", c["count"], c["qualifier"], bool(c.get("aggregate")))


def compare(ref, sys_, verbose, tag):
    s = {k: 0 for k in ("place_gold", "place_found", "place_sys", "place_sys_ok", "place_near", "country_gold",
                        "country_found", "country_sys", "country_sys_ok", "fig_gold", "fig_found", "fig_sys", "fig_sys_ok",
                        "actor_gold", "actor_found", "date_gold", "date_ok", "docs")}
    for idx in sorted(ref, key=str):
        if idx not in sys_:
            continue
        a, b = ref[idx], sys_[idx]
        if a.get("text_sha256") and b.get("text_sha256") and a["text_sha256"] != b["text_sha256"]:
            sys.exit("gold-agree.py: %s: the two golds were written for different texts" % idx)
        s["docs"] += 1

        def say(*what):
            if verbose:
                print("#", tag, idx, *what)
        # Places: the "system" proposes each distinct mention once, pinned where its coder pinned it.
        names = {}
        for p in b["places"]:
            names.setdefault(key(p["mention"]), p)
        s["place_gold"] += len(a["places"])
        s["place_sys"] += len(names)
        for n, p in names.items():
            if any(matches(n, q["mention"]) for q in a["places"]):
                s["place_sys_ok"] += 1
            else:
                say("place not in reference:", p["mention"])
        for q in a["places"]:
            hit = sorted((p for n, p in names.items() if matches(n, q["mention"])), key=lambda p: key(p["mention"]) != key(q["mention"]))
            if not hit:
                say("place missed:", q["mention"])
                continue
            s["place_found"] += 1
            d = km(hit[0]["lat"], hit[0]["lon"], q["lat"], q["lon"])
            if d <= max(10.0, q.get("tolerance_km", 10)):
                s["place_near"] += 1
            else:
                say("place far: %s %.0f km (tolerance %s)" % (q["mention"], d, q.get("tolerance_km", 10)))
        if "countries" in a and "countries" in b:
            ak = {key(c["mention"]) for c in a["countries"]}
            bk = {key(c["mention"]) for c in b["countries"]}
            s["country_gold"] += len(a["countries"])
            s["country_found"] += sum(1 for c in a["countries"] if key(c["mention"]) in bk)
            s["country_sys"] += len(bk)
            s["country_sys_ok"] += len(bk & ak)
            for c in sorted(ak ^ bk):
                say("country in one only:", c, "(reference)" if c in ak else "(system)")
        gf = [fig(c) for c in a["casualties"]]
        left = [fig(c) for c in b["casualties"]]
        s["fig_gold"] += len(gf)
        s["fig_sys"] += len(left)
        for f in gf:
            if f in left:
                left.remove(f)
                s["fig_found"] += 1
                s["fig_sys_ok"] += 1
            else:
                say("figure missed:", f)
        for f in left:
            say("figure not in reference:", f)
        s["actor_gold"] += len(a["actors"])
        for x in a["actors"]:
            if any(matches(x, y) for y in b["actors"]):
                s["actor_found"] += 1
            else:
                say("actor missed:", x)
        s["date_gold"] += len(a["dates"])
        for d in a["dates"]:
            if any(matches(d["mention"], e["mention"]) and d["date"] == e["date"] for e in b["dates"]):
                s["date_ok"] += 1
            else:
                say("date missed:", d)
    return s


def pct(a, b):
    return 100.0 * a / b if b else float("nan")


def report(s, name):
    print("agree-%s-docs %d docs" % (name, s["docs"]))
    for label, a, b in (("place-recall", "place_found", "place_gold"), ("place-precision", "place_sys_ok", "place_sys"),
                        ("place-within-10km", "place_near", "place_found"), ("country-recall", "country_found", "country_gold"),
                        ("country-precision", "country_sys_ok", "country_sys"), ("figure-recall", "fig_found", "fig_gold"),
                        ("figure-precision", "fig_sys_ok", "fig_sys"), ("actor-recall", "actor_found", "actor_gold"),
                        ("date-right-day", "date_ok", "date_gold")):
        print("agree-%s-%s %.1f %% (%g of %d)" % (name, label, pct(s[a], s[b]), s[a], s[b]))


def main():
    args = [x for x in sys.argv[1:] if x != "-v"]
    if len(args) != 2:
        sys.exit("usage: gold-agree.py GOLD_DIR_A GOLD_DIR_B [-v]")
    verbose = "-v" in sys.argv[1:]
    a, b = load(args[0]), load(args[1])
    common = set(a) & set(b)
    if not common:
        sys.exit("gold-agree.py: no text is in both gold sets")
    a = {k: v for k, v in a.items() if k in common}
    b = {k: v for k, v in b.items() if k in common}
    report(compare(a, b, verbose, "A-ref"), "A-ref-B-sys")
    report(compare(b, a, verbose, "B-ref"), "B-ref-A-sys")


if __name__ == "__main__":
    main()
