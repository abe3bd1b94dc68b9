#!/usr/bin/env python3
# suggest-score.py — scores Sitrep's suggestions against a coder's gold, as the
# issue will: import the reports, `sitrep-cli suggest --all --accept`, export
# spans JSONL and `entities --json`, compare with bench/gold-suggest/*.json.
#
# Usage: bench/suggest-score.py SITREP_CLI SHARED_DIR [GOLD_DIR]
# Prints one line per figure and split: name value unit. "tuning" first, then
# "heldout", then any other split (e.g. "heldout7", bench/gold-suggest-14;
# "heldout12", bench/gold-suggest-21, written blind in session 41;
# "heldout13", bench/gold-suggest-23, written blind in session 42;
# "heldout14", bench/gold-suggest-24, written blind in session 43;
# "tuning4", bench/gold-suggest-4; "tuning5", bench/gold-suggest-6;
# "tuning6", bench/gold-suggest-5, held out as "heldout3" until it was retired; "tuning7",
# bench/gold-suggest-8; "tuning8", bench/gold-suggest-10; "tuning9", bench/gold-suggest-12; "tuning10", bench/gold-suggest-13;
# "tuning11", bench/gold-suggest-2, and "tuning12", bench/gold-suggest-7, held out as "heldout2"
# and "heldout4" until they were retired; "tuning13", bench/gold-suggest-16; "tuning14", bench/gold-suggest-15,
# held out as "heldout8" until session 38; "tuning15", bench/gold-suggest-9, held out as "heldout5" until session 39;
# "tuning16", bench/gold-suggest-11, held out as "heldout6" until session 40; "tuning17", bench/gold-suggest-20,
# a tuning set written blind in session 40, rich in casualty figures; "tuning18", bench/gold-suggest-17,
# held out as "heldout9" until session 41; "tuning19", bench/gold-suggest-22, a tuning set written blind in
# session 41, mostly English, rich in single victims, tolls and breakdowns; "tuning20", bench/gold-suggest-19,
# held out as "heldout11" until session 42; "tuning21", bench/gold-suggest-18, held out as "heldout10"
# until session 43) by name.
import glob
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

# Countries are not place mentions in the gold (as in ../shared/gold).
COUNTRIES = {"syria", "iraq", "jordan", "turkey", "lebanon", "russia", "iran", "israel", "the united states",
             "united states", "kuwait", "saudi arabia", "germany", "france", "britain", "italy", "belgium",
             "egypt", "qatar", "bahrain", "united kingdom", "روسيا", "إيران",
             "سوريا", "سورية", "العراق", "تركيا", "لبنان", "الأردن"}


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").lower()
    # Letters of any script (Arabic gold too), digits and apostrophes.
    return re.sub(r"[^\w']+|_", " ", s).strip()


def matches(a, b):
    a, b = key(a), key(b)
    return a == b or (len(a) >= 3 and len(b) >= 3 and (a in b or b in a))


def km(lat1, lon1, lat2, lon2):
    r = math.radians
    d = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(d))


def dates_of(spans):
    return [sp for sp in spans if sp["label"] == "Date"]


def cli(exe, *args):
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout


# Errors are printed for the tuning splits only: every other split is held out and never looked into
# ("heldout", any "heldoutN" such as heldout7, heldout12, heldout13 and heldout14: totals only, even with
# SUGGEST_SCORE_VERBOSE=1). "tuning4" (bench/gold-suggest-4) is tuning data too; its errors are
# printed with the same "# tuning" lines, and so are those of "tuning5" (bench/gold-suggest-6) and
# "tuning6" (bench/gold-suggest-5: the set first held out as "heldout3", read blind twice and then
# retired to tuning at the start of session 28; every figure on it after that is a tuning figure), and
# "tuning7" (bench/gold-suggest-8: a tuning set written blind, rich in casualty figures), and "tuning8"
# (bench/gold-suggest-10: a tuning set of many figures and of city districts, villages and sites), and
# "tuning9" (bench/gold-suggest-12: villages, districts and sites, named dead, reports without a date),
# and "tuning10" (bench/gold-suggest-13: figures in many phrasings, villages, districts and sites),
# and "tuning11" and "tuning12" (bench/gold-suggest-2 and -7: first held out as "heldout2" and
# "heldout4", read blind in many sessions and retired to tuning at the start of session 35 because
# rules from the older tuning sets had stopped moving them; every figure on them after that is a
# tuning figure), and "tuning13" (bench/gold-suggest-16: a tuning set written blind in session 37, rich
# in casualty figures in varied phrasings, English and Arabic), and "tuning14" (bench/gold-suggest-15:
# first held out as "heldout8", written blind in session 37 and read blind three times there, retired
# to tuning at the start of session 38 so its errors show what the rules miss on fresh reports), and
# "tuning15" (bench/gold-suggest-9: first held out as "heldout5", written blind in session 29, read blind
# at the end of every session since, retired to tuning at the start of session 39), and "tuning16"
# (bench/gold-suggest-11: first held out as "heldout6", written blind in session 31, read blind at the end
# of every session since, retired to tuning at the start of session 40), and "tuning17" (bench/gold-suggest-20:
# a tuning set written blind in session 40, mostly English, rich in casualty figures in varied phrasings), and
# "tuning18" (bench/gold-suggest-17: first held out as "heldout9", written blind in session 38, read blind at
# the end of every session since, retired to tuning at the start of session 41; its figure recall was the
# lowest of the blind sets), and "tuning19" (bench/gold-suggest-22: a tuning set written blind in session 41,
# 15 English and 5 Arabic reports, rich in single victims, tolls and their updates, breakdowns and parts), and
# "tuning20" (bench/gold-suggest-19: first held out as "heldout11", written blind in session 40, read blind at
# the end of sessions 40 and 41, retired to tuning at the start of session 42; its place recall and its
# English figure recall were the lowest of the blind sets), and "tuning21" (bench/gold-suggest-18: first held
# out as "heldout10", written blind in session 39, read blind at the end of every session since, retired to
# tuning at the start of session 43; its figure recall, 84.0, and its dates, 4 of 7, were the lowest of the
# blind sets, and 22 of its 24 missed figures had nothing proposed for them).
TUNING_SPLITS = ("tuning", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10",
                 "tuning11", "tuning12", "tuning13", "tuning14", "tuning15", "tuning16", "tuning17",
                 "tuning18", "tuning19", "tuning20", "tuning21")
VERBOSE = os.environ.get("SUGGEST_SCORE_VERBOSE") == "1"
# SUGGEST_SCORE_CATEGORIES=1 adds, for every split, held-out ones too, what the missed figures
# (figure3) were beside what was proposed in the same report: totals only, no figure and no text.
CATEGORIES = os.environ.get("SUGGEST_SCORE_CATEGORIES") == "1"
MISS_KINDS = ("absent", "kind", "qualifier", "count")
# How a count of two or more that nothing was proposed for is written in its report: as a numeral,
# only as a number word, or not at all (a sum of parts, or people named one by one).
NUMBER_WORDS = {
    2: ("two", "both", "pair", "اثنان", "اثنين", "اثنتين", "شخصين", "مدنيين اثنين"),
    3: ("three", "ثلاثة", "ثلاث"), 4: ("four", "أربعة", "اربعة", "أربع"), 5: ("five", "خمسة", "خمس"),
    6: ("six", "ستة", "ست"), 7: ("seven", "سبعة", "سبع"), 8: ("eight", "ثمانية", "ثماني"),
    9: ("nine", "تسعة", "تسع"), 10: ("ten", "عشرة", "عشر"), 11: ("eleven",), 12: ("twelve", "dozen"),
    13: ("thirteen",), 14: ("fourteen",), 15: ("fifteen",), 16: ("sixteen",), 17: ("seventeen",),
    18: ("eighteen",), 19: ("nineteen",), 20: ("twenty", "عشرين", "عشرون"), 30: ("thirty", "ثلاثين"),
    40: ("forty", "أربعين"), 50: ("fifty", "خمسين"), 100: ("hundred", "مئة", "مائة"),
}


def count_written(text, count):
    """"numeral", "word" or "none": how COUNT is written in TEXT (ASCII or Arabic-Indic digits, not
    inside a longer number; else a number word; else not at all)."""
    arabic = str(count).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    for digits in (str(count), arabic):
        if re.search(r"(?<![0-9٠-٩,.])" + digits + r"(?![0-9٠-٩]|[,.][0-9٠-٩])", text):
            return "numeral"
    low = text.lower()
    if any(re.search(r"(?<!\w)" + w + r"(?!\w)", low) for w in NUMBER_WORDS.get(count, ())):
        return "word"
    return "none"


def figure3_misses(figs, gold_figs):
    """Why each gold figure (kind, count, qualifier) was not matched, from the report's proposed
    figures left unmatched: "qualifier" (one of the same kind and count, another qualifier),
    "kind" (one of the same count, another kind), "count" (one of the same kind and qualifier,
    another count) or "absent" (none of these). Returns ({reason: n}, one person, unmatched, the absent
    figures)."""
    left = [f[:3] for f in figs]
    missed = []
    for gf in gold_figs:
        if gf[:3] in left:
            left.remove(gf[:3])
        else:
            missed.append(gf[:3])
    tests = (("qualifier", lambda f, g: f[0] == g[0] and f[1] == g[1]),
             ("kind", lambda f, g: f[1] == g[1]),
             ("count", lambda f, g: f[0] == g[0] and f[2] == g[2]))
    reasons = {k: 0 for k in MISS_KINDS}
    one = 0
    absent = []
    for gf in missed:
        reason = "absent"
        for name, same in tests:
            near = next((f for f in left if same(f, gf)), None)
            if near is not None:
                left.remove(near)
                reason = name
                break
        reasons[reason] += 1
        one += gf[1] == 1
        if reason == "absent":
            absent.append(gf)
    return reasons, one, len(left), absent


def main():
    exe, shared = sys.argv[1], sys.argv[2]
    gold_dir = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "gold-suggest")
    golds = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(gold_dir, "*.json")))]
    for g in golds:
        # bench/gold-suggest-2 keeps no third-party text: join it with the texts first.
        if "doc" in g and "text" not in g["doc"]:
            sys.exit("suggest-score.py: the gold of %s has no text; join it with its text first "
                     "(bench/gold2-attach.py TEXT_DIR OUT_DIR) and score OUT_DIR" % g["doc"].get("url", "?"))
    corpora = {}
    for g in golds:
        # Our own texts (wire, Arabic) carry their document in the gold file; a seed
        # capture is read from ../shared (never copied into the repository).
        if "doc" not in g and "seed" not in g and g["corpus"] not in corpora:
            path = os.path.join(shared, "corpus", "public-domain", g["corpus"] + ".jsonl")
            corpora[g["corpus"]] = [json.loads(line) for line in open(path, encoding="utf-8")]

    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "score.sitrep")
        cli(exe, "new", project)
        for i, g in enumerate(golds):
            if "seed" in g:
                # Imported as the plain-text capture it is, as a user would import it.
                src = os.path.join(tmp, "doc%02d-%s.txt" % (i, g["seed"]))
                with open(os.path.join(shared, "corpus", "seeds", g["seed"] + ".txt"), "rb") as f_in, open(src, "wb") as f:
                    f.write(f_in.read())
                cli(exe, "import", project, src)
                continue
            doc = g["doc"] if "doc" in g else corpora[g["corpus"]][g["index"]]
            src = os.path.join(tmp, "doc%02d.jsonl" % i)
            with open(src, "w", encoding="utf-8") as f:
                f.write(json.dumps(doc) + "\n")
            cli(exe, "import", project, src)
        run = json.loads(cli(exe, "suggest", project, "--all", "--accept", "--annotator", "score", "--json"))
        # The doubtful flag is not in the exports: read it from the suggestions accepted.
        doubtful = {}
        for r in run:
            for sg in r["suggestions"]:
                if sg.get("kind") == "place":
                    doubtful[(r["article"], sg["start"], sg["end"])] = sg.get("doubtful", False)
        spans_path = os.path.join(tmp, "spans.jsonl")
        cli(exe, "export", project, "-f", "spans-jsonl", "-o", spans_path)
        articles = [json.loads(line) for line in open(spans_path, encoding="utf-8")]
        entities = {e["name"]: e for e in json.loads(cli(exe, "entities", project, "--json"))}

    stats = {}
    for g, art in zip(golds, articles):
        s = stats.setdefault(g["split"], {k: 0 for k in (
            "place_gold", "place_found", "place_sys", "place_sys_ok", "place_near",
            "fig_gold", "fig_found", "fig_sys", "fig_sys_ok", "fig3_found", "fig3_sys_ok", "actor_gold", "actor_found",
            "date_gold", "date_ok", "docs", "country_gold", "country_found", "country_right",
            "country_sys", "country_sys_ok", "miss_absent", "miss_kind", "miss_qualifier", "miss_count",
            "miss_one", "fig3_unmatched", "absent_numeral", "absent_word", "absent_none")})
        s["docs"] += 1
        spans = art["spans"]
        text = art["text"]

        def span_text(sp):
            return text[sp["start"]:sp["end"]]

        # A span Sitrep resolved as a country (its attributes say so) is scored
        # with the countries, as a country name in COUNTRIES is.
        def is_country(sp):
            return key(span_text(sp)) in COUNTRIES or (sp.get("attributes") or {}).get("precision") == "country"

        places = [sp for sp in spans if sp["label"] == "Place" and not is_country(sp)]
        sys_names = {}
        for sp in places:
            sys_names.setdefault(key(span_text(sp)), sp)
        s["place_gold"] += len(g["places"])
        s["place_sys"] += len(sys_names)
        for name in sys_names:
            if any(matches(name, p["mention"]) for p in g["places"]):
                s["place_sys_ok"] += 1
            elif VERBOSE and g["split"] in TUNING_SPLITS:
                print("# tuning place not in gold:", name, file=sys.stderr)
        for p in g["places"]:
            # The span named exactly as the gold mention first: "Deir ez-Zor" is
            # judged by the city proposed, not by "Deir ez-Zor province" beside it.
            hit = sorted((sp for n, sp in sys_names.items() if matches(n, p["mention"])),
                         key=lambda sp: key(span_text(sp)) != key(p["mention"]))
            if not hit:
                continue
            s["place_found"] += 1
            e = entities.get(hit[0].get("entity") or "")
            if VERBOSE and g["split"] in TUNING_SPLITS and not (e and e.get("lat") is not None):
                print("# tuning place unplaced:", p["mention"], file=sys.stderr)
            if e and e.get("lat") is not None:
                if km(e["lat"], e["lon"], p["lat"], p["lon"]) <= max(10.0, p.get("tolerance_km", 10)):
                    s["place_near"] += 1
                elif doubtful.get((art["id"], hit[0]["start"], hit[0]["end"])):
                    # As the issue scores: a doubtful flag on a wrong place counts half.
                    s["place_near"] += 0.5
                    if VERBOSE and g["split"] in TUNING_SPLITS:
                        print("# tuning place doubtful and far:", p["mention"], e.get("lat"), e.get("lon"), file=sys.stderr)
                elif VERBOSE and g["split"] in TUNING_SPLITS:
                    print("# tuning place far:", p["mention"], e.get("lat"), e.get("lon"), file=sys.stderr)

        # Countries are scored apart, on the gold that lists them ("countries"): proposed as a
        # place, and resolved as the country (within the country's tolerance), not as a village
        # of the same name.
        if "countries" in g:
            country_spans = [sp for sp in spans if sp["label"] == "Place" and is_country(sp)]
            gold_keys = {key(c["mention"]) for c in g["countries"]}
            sys_countries = {}
            for sp in country_spans:
                sys_countries.setdefault(key(span_text(sp)), sp)
            s["country_sys"] += len(sys_countries)
            s["country_sys_ok"] += sum(1 for k in sys_countries if k in gold_keys)
            if VERBOSE and g["split"] in TUNING_SPLITS:
                for k in sys_countries:
                    if k not in gold_keys:
                        print("# tuning country not in gold:", k, file=sys.stderr)
            for c in g["countries"]:
                s["country_gold"] += 1
                sp = sys_countries.get(key(c["mention"]))
                if sp is None:
                    if VERBOSE and g["split"] in TUNING_SPLITS:
                        print("# tuning country missed:", c["mention"], file=sys.stderr)
                    continue
                s["country_found"] += 1
                e = entities.get(sp.get("entity") or "")
                if e and e.get("lat") is not None and km(e["lat"], e["lon"], c["lat"], c["lon"]) <= c["tolerance_km"]:
                    s["country_right"] += 1
                elif VERBOSE and g["split"] in TUNING_SPLITS:
                    print("# tuning country placed wrong:", c["mention"], e and e.get("lat"), e and e.get("lon"), file=sys.stderr)

        figs = []
        for sp in spans:
            if sp["label"] in ("Killed", "Wounded", "Captured/Missing"):
                a = sp.get("attributes") or {}
                kind = {"Killed": "killed", "Wounded": "wounded"}.get(sp["label"], "captured")
                # A cumulative statistic must be proposed as such, and only such.
                figs.append((kind, a.get("count"), a.get("qualifier"), bool(a.get("cumulative"))))
        gold_figs = [(c["kind"] if c["kind"] in ("killed", "wounded") else "captured", c["count"], c["qualifier"],
                      bool(c.get("aggregate"))) for c in g["casualties"]]
        s["fig_gold"] += len(gold_figs)
        s["fig_sys"] += len(figs)
        remaining = list(figs)
        for gf in gold_figs:
            if gf in remaining:
                remaining.remove(gf)
                s["fig_found"] += 1
        s["fig_sys_ok"] += len(figs) - len(remaining)
        # The issue's own words, "count + kind + qualifier": the same matching without the
        # cumulative flag, printed as a second figure ("-figure3-") beside the strict one.
        remaining3 = [f[:3] for f in figs]
        for gf in gold_figs:
            if gf[:3] in remaining3:
                remaining3.remove(gf[:3])
                s["fig3_found"] += 1
        s["fig3_sys_ok"] += len(figs) - len(remaining3)
        reasons, one, unmatched, absent = figure3_misses(figs, gold_figs)
        for k, n in reasons.items():
            s["miss_" + k] += n
        for gf in absent:
            if gf[1] >= 2:
                s["absent_" + count_written(text, gf[1])] += 1
        s["miss_one"] += one
        s["fig3_unmatched"] += unmatched
        if VERBOSE and g["split"] in TUNING_SPLITS:
            for f in remaining:
                print("# tuning figure not in gold:", f, file=sys.stderr)
            left = list(figs)
            for gf in gold_figs:
                if gf in left:
                    left.remove(gf)
                else:
                    print("# tuning figure missed:", gf, file=sys.stderr)

        names = [span_text(sp) for sp in spans if sp["label"] in ("Actor", "Person", "Claimant")]
        s["actor_gold"] += len(g["actors"])
        s["actor_found"] += sum(1 for a in g["actors"] if any(matches(a, n) for n in names))
        if VERBOSE and g["split"] in TUNING_SPLITS:
            for p in g["places"]:
                if not any(matches(n, p["mention"]) for n in sys_names):
                    print("# tuning place missed:", p["mention"], file=sys.stderr)
            for d in g["dates"]:
                if not any(matches(d["mention"], span_text(sp)) and (sp.get("attributes") or {}).get("date") == d["date"]
                           for sp in dates_of(spans)):
                    print("# tuning date missed:", d, file=sys.stderr)
            for a in g["actors"]:
                if not any(matches(a, n) for n in names):
                    print("# tuning actor missed:", a, file=sys.stderr)

        dates = [sp for sp in spans if sp["label"] == "Date"]
        s["date_gold"] += len(g["dates"])
        for d in g["dates"]:
            if any(matches(d["mention"], span_text(sp)) and (sp.get("attributes") or {}).get("date") == d["date"]
                   for sp in dates):
                s["date_ok"] += 1

    def pct(a, b):
        return 100.0 * a / b if b else float("nan")

    for split in ["tuning", "heldout"] + sorted(k for k in stats if k not in ("tuning", "heldout")):
        s = stats.get(split)
        if s is None:
            continue
        print("suggest-%s-docs %d docs" % (split, s["docs"]))
        print("suggest-%s-place-recall %.1f %% (%d of %d)" % (split, pct(s["place_found"], s["place_gold"]), s["place_found"], s["place_gold"]))
        print("suggest-%s-place-precision %.1f %% (%d of %d)" % (split, pct(s["place_sys_ok"], s["place_sys"]), s["place_sys_ok"], s["place_sys"]))
        print("suggest-%s-place-within-10km %.1f %% (%g of %d)" % (split, pct(s["place_near"], s["place_found"]), s["place_near"], s["place_found"]))
        print("suggest-%s-figure-recall %.1f %% (%d of %d)" % (split, pct(s["fig_found"], s["fig_gold"]), s["fig_found"], s["fig_gold"]))
        print("suggest-%s-figure-precision %.1f %% (%d of %d)" % (split, pct(s["fig_sys_ok"], s["fig_sys"]), s["fig_sys_ok"], s["fig_sys"]))
        print("suggest-%s-figure3-recall %.1f %% (%d of %d)" % (split, pct(s["fig3_found"], s["fig_gold"]), s["fig3_found"], s["fig_gold"]))
        print("suggest-%s-figure3-precision %.1f %% (%d of %d)" % (split, pct(s["fig3_sys_ok"], s["fig_sys"]), s["fig3_sys_ok"], s["fig_sys"]))
        if CATEGORIES:
            print("suggest-%s-figure3-missed %d absent, %d of another kind, %d of another qualifier, "
                  "%d of another count; %d of one person; %d proposed matched none; of the absent of "
                  "two or more, %d written as a numeral, %d only as a word, %d not written"
                  % (split, s["miss_absent"], s["miss_kind"], s["miss_qualifier"], s["miss_count"],
                     s["miss_one"], s["fig3_unmatched"], s["absent_numeral"], s["absent_word"],
                     s["absent_none"]))
        print("suggest-%s-actor-recall %.1f %% (%d of %d)" % (split, pct(s["actor_found"], s["actor_gold"]), s["actor_found"], s["actor_gold"]))
        if s["country_gold"]:
            print("suggest-%s-country-recall %.1f %% (%d of %d)" % (split, pct(s["country_found"], s["country_gold"]), s["country_found"], s["country_gold"]))
            print("suggest-%s-country-precision %.1f %% (%d of %d)" % (split, pct(s["country_sys_ok"], s["country_sys"]), s["country_sys_ok"], s["country_sys"]))
            print("suggest-%s-country-resolved-as-country %.1f %% (%d of %d)" % (split, pct(s["country_right"], s["country_found"]), s["country_right"], s["country_found"]))
        print("suggest-%s-date-right-day %.1f %% (%d of %d)" % (split, pct(s["date_ok"], s["date_gold"]), s["date_ok"], s["date_gold"]))


# bench/gold-agree.py imports this file for key (), matches () and km (): the same matching rules.
if __name__ == "__main__":
    main()
