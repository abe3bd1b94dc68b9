#!/usr/bin/env python3
# suggest-incidents-audit.py — what a coder gets from Suggest, incident by incident, on TUNING sets only.
#
# Usage: bench/suggest-incidents-audit.py SITREP_CLI SHARED_DIR SET_DIR... [--list]
# Each SET_DIR (bench/gold-suggest: its "tuning" split only; /work/tuningN/attached) is imported into one
# project, `suggest --all --accept` is run as the scorer runs it, the events are exported (events-jsonl)
# and every proposed incident is compared with the gold's figures, places and dates of its sentences:
#   no-place      a figure whose incident has no place, or only a country, though the gold places one in its sentence
#   at-dateline   a figure whose incident is at its report's dateline city ("BEIRUT (AP) —", "ERBIL, Kurdistan
#                 Region -", "دمشق - ") though its sentence names another gold place
#   wrong-date    a figure whose incident's date is not the gold date named in the figure's sentence
#   twice         a figure (kind + count) of one article in two of its incidents
#   part          a total and its part ("14 wounded, among them 11 soldiers") in two incidents
#   title-part    a total and its part in one incident whose row lists the part as a figure of its own ("14 wounded,
#                 11 wounded"; session 42)
#   title-twice   an incident whose row lists one figure's words twice ("2 killed, 4 wounded, 2 killed, 4 wounded":
#                 the lead's figures told again in the body; session 43)
#   summed        an article's event whose killed total is more than its largest killed figure
#   claimant-other    a figure's claimant not named in its sentence (one from a sentence before, or an entity's name)
#   claimant-missing  a figure without a claimant in a sentence with a word of speech
#   joined        events with evidence from two articles (the cross-report rule), listed with their dates
#   disputed-one  an event of one report's claims that is Disputed: its sources' figures differ (a part of a figure
#                 told by another source, "Two of the wounded were children, a doctor said", was one, session 41)
#   same-day      two articles' events at one place (25 km) on days 3 apart at most, left apart
# --list prints every incident with its figures, place, date, actors and claimants.
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(here, "suggest-score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
TUNING = score.TUNING_SPLITS


def cli(exe, *args):
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout


def sentences(text):
    """(start, end) of each sentence: a full stop, question or exclamation mark and space, or a line end."""
    out, start = [], 0
    for m in re.finditer(r"[.!?؟]+[\"'”’)]*\s+|\n+", text):
        if m.group(0)[0] == "." and re.search(r"\b(?:[A-Z][a-z]?|Gen|Col|Lt|Maj|Brig|Capt|Sgt|Mr|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No)$", text[start:m.start()]):
            continue
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def paragraphs(text):
    out, start = [], 0
    for m in re.finditer(r"\n\s*\n|\n", text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


DATELINE = re.compile(r"(?m)^[\s\W]*([A-Z][A-Za-z'.-]+(?: [A-Za-z'.-]+){0,2}|[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?)\s*"
                      r"(?:,|\(|/| - | – | — |--)")


# a dateline's date, replaced by "\0": "BEIRUT, \0 (Wire) -", "Baghdad [Iraq], \0 (ANI/Xinhua):", "(UNAMI) \0 –"
DATELINE_DATE = re.compile(r"^[^.\n]{2,40}[,)\-–] \x00,?\s*(?:\(|-|–|—)")


def datelines(text):
    """The keys of the places that open a line as a dateline's do: "BEIRUT (AP) —", "ERBIL, Kurdistan Region -",
    "Deir ez-Zor, March 3 -", "دمشق - ". A capitalised first word alone (a sentence's subject) is none unless in
    capitals or before a date or an agency's brackets."""
    out = set()
    for m in DATELINE.finditer(text):
        name = m.group(1).strip()
        rest = text[m.end(1):m.end(1) + 60]
        caps = name.upper() == name and re.search(r"[A-Z]{3}", name)
        arabic = re.match(r"[\u0600-\u06ff]", name) and re.match(r"\s*(?:-|–|/)", rest)
        dated = re.match(r"\s*,\s*(?:[A-Z][a-z]+\.? \d|\d{1,2} [A-Z]|[A-Z][a-z]+ (?:Region|Governorate|Province))", rest) or \
            re.match(r"\s*\((?:AP|AFP|Reuters|Xinhua|SANA|ANHA|KUNA|IANS|dpa|UPI|NPA|Rudaw)\)", rest)
        if caps or arabic or dated:
            out.add(score.key(name))
    return out


def at(ranges, pos):
    for i, (a, b) in enumerate(ranges):
        if a <= pos < b:
            return i
    return len(ranges) - 1


def load_set(d, shared):
    golds = []
    for p in sorted(os.listdir(d)):
        if not p.endswith(".json"):
            continue
        g = json.load(open(os.path.join(d, p), encoding="utf-8"))
        if g.get("split") not in TUNING:
            continue          # held out: never read
        g["_file"] = p
        golds.append(g)
    corpora = {}
    for g in golds:
        if "seed" in g:
            g["_text_file"] = os.path.join(shared, "corpus", "seeds", g["seed"] + ".txt")
        elif "doc" not in g:
            if g["corpus"] not in corpora:
                path = os.path.join(shared, "corpus", "public-domain", g["corpus"] + ".jsonl")
                corpora[g["corpus"]] = [json.loads(line) for line in open(path, encoding="utf-8")]
            g["doc"] = corpora[g["corpus"]][g["index"]]
    return golds


def run_set(exe, shared, d):
    golds = load_set(d, shared)
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "a.sitrep")
        cli(exe, "new", project)
        for i, g in enumerate(golds):
            if "_text_file" in g:
                src = os.path.join(tmp, "doc%02d-%s.txt" % (i, g["seed"]))
                open(src, "wb").write(open(g["_text_file"], "rb").read())
            else:
                src = os.path.join(tmp, "doc%02d.jsonl" % i)
                with open(src, "w", encoding="utf-8") as f:
                    f.write(json.dumps(g["doc"]) + "\n")
            cli(exe, "import", project, src)
        run = json.loads(cli(exe, "suggest", project, "--all", "--accept", "--annotator", "audit", "--json"))
        path = os.path.join(tmp, "ev.jsonl")
        cli(exe, "export", project, "-f", "events-jsonl", "-o", path)
        events = [json.loads(line) for line in open(path, encoding="utf-8")]
        path = os.path.join(tmp, "sp.jsonl")
        cli(exe, "export", project, "-f", "spans-jsonl", "-o", path)
        articles = [json.loads(line) for line in open(path, encoding="utf-8")]
    return golds, run, events, articles


def short(s, n=90):
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def gold_place_in(g, text):
    return [p["mention"] for p in g["places"] if score.key(p["mention"]) and
            re.search(r"(?<!\w)" + re.escape(score.key(p["mention"])) + r"(?!\w)", score.key(text))]


FIGS = ("killed", "wounded", "captured", "missing")


def listed_alone(inc, figs, index, kind):
    """Whether the incident's row words ("4 killed, 2 killed") list each of its figures of @kind on its own."""
    words = [w for w in inc.get("figure_words", []) if w.endswith(" " + kind)]
    return len(words) == sum(1 for f in figs if f["incident"] == index and f["kind"] == kind)
CUES = re.compile(r"\b(?:said|says|told|reported|according to|claimed|announced|stated|confirmed|added)\b|"
                  r"(?:قال|ذكر|أفاد|افاد|أعلن|اعلن|أكد|اكد|أوضح|اوضح|حسب|وفق)")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    exe, shared, dirs = args[0], args[1], args[2:]
    totals = {}
    for d in dirs:
        golds, run, events, articles = run_set(exe, shared, d)
        name = os.path.basename(os.path.dirname(d.rstrip("/"))) if d.rstrip("/").endswith("attached") else os.path.basename(d.rstrip("/"))
        by_id = {a["id"]: (g, a) for g, a in zip(golds, articles)}
        runs = {r["article"]: r for r in run}
        ev_by_id = {ev["id"]: ev for ev in events}
        claim_at = {}
        for ev in events:
            for c in ev["claims"]:
                sp = next((e for e in ev["evidence"] if e["annotation_id"] == c["annotation_id"]), None)
                if sp is not None:
                    claim_at[(c["article_id"], sp["start"])] = (ev, c)
        counts = dict.fromkeys(("incidents", "figures", "no-place", "at-dateline", "wrong-date", "twice", "part", "title-part", "title-twice",
                                "summed",
                                "claimant-other", "claimant-missing", "joined", "joined-undated", "same-day",
                                "disputed-one"), 0)
        for aid, r in sorted(runs.items()):
            g, art = by_id[aid]
            text = art["text"]
            sents = sentences(text)
            incs = r["incidents"]
            counts["incidents"] += len(incs)
            figs = [s for s in r["suggestions"] if s["kind"] in FIGS and "incident" in s]
            counts["figures"] += len(figs)
            for f in figs:
                inc = incs[f["incident"]]
                si = at(sents, f["start"])
                sent = text[sents[si][0]:sents[si][1]]
                place = inc.get("place")
                gp = gold_place_in(g, sent)
                if gp and (place is None or score.key(place) in score.COUNTRIES):
                    counts["no-place"] += 1
                    print("%s no-place: %s [%s] incident at %s; gold places %s in: %s" % (name, g["_file"], f["text"],
                          place, gp, short(sent, 220)))
                if place is not None and gp and score.key(place) in datelines(text) and \
                        not any(score.key(x) == score.key(place) for x in gp):
                    counts["at-dateline"] += 1
                    print("%s at-dateline: %s [%s] incident at %s; gold places %s in: %s" % (name, g["_file"], f["text"],
                          place, gp, short(sent, 220)))
                # a dateline's date ("BEIRUT, March 18 (Wire) - … on Friday") is when the report was written, not
                # the incident's day: not counted as the sentence's
                gd = [dd for dd in g["dates"] if score.key(dd["mention"]) and score.key(dd["mention"]) in score.key(sent)
                      and not DATELINE_DATE.search(sent[:60].replace(dd["mention"], "\x00", 1))]
                if gd and not any(dd["date"] == inc.get("date") for dd in gd):
                    counts["wrong-date"] += 1
                    print("%s wrong-date: %s [%s] incident dated %s; gold %s in: %s" % (name, g["_file"], f["text"],
                          inc.get("date"), [(dd["mention"], dd["date"]) for dd in gd], short(sent, 220)))
                ec = claim_at.get((aid, f["start"]))
                claimant = ec[1]["claimant"] if ec else None
                if claimant is not None and score.key(claimant) not in score.key(sent):
                    counts["claimant-other"] += 1
                    print("%s claimant-other: %s [%s] claimant %r; sentence: %s" % (name, g["_file"], f["text"], claimant,
                          short(sent, 220)))
                elif claimant is None and CUES.search(sent):
                    counts["claimant-missing"] += 1
                    print("%s claimant-missing: %s [%s]; sentence: %s" % (name, g["_file"], f["text"], short(sent, 220)))
            # The same figure in two of the article's incidents.
            seen = {}
            for f in figs:
                a = f.get("attributes") or {}
                seen.setdefault((f["kind"], a.get("count")), set()).add(f["incident"])
            for (kind, count), ii in seen.items():
                if len(ii) > 1 and count is not None:
                    counts["twice"] += 1
                    print("%s twice: %s %s %s in incidents %s" % (name, g["_file"], kind, count,
                          ["%s/%s" % (incs[i].get("place"), incs[i].get("date")) for i in sorted(ii)]))
            # A total and its part in one sentence: "14 wounded, among them 11 soldiers".
            for f1 in figs:
                for f2 in figs:
                    a1, a2 = f1.get("attributes") or {}, f2.get("attributes") or {}
                    if f1 is f2 or f1["kind"] != f2["kind"] or not a1.get("count") or not a2.get("count"):
                        continue
                    if not (f2["start"] > f1["end"] and a2["count"] < a1["count"] and at(sents, f1["start"]) == at(sents, f2["start"])):
                        continue
                    between = text[f1["end"]:f2["start"]]
                    if not re.search(r"\b(?:including|among them|among whom|of them|of whom)\b|بينهم|منهم|بينها", between + text[f2["end"]:f2["end"] + 12]):
                        continue
                    if f1["incident"] != f2["incident"]:
                        counts["part"] += 1
                        print("%s part: %s %s and %s in two incidents: %s" % (name, g["_file"], f1["text"], f2["text"],
                              short(text[sents[at(sents, f1["start"])][0]:sents[at(sents, f1["start"])][1]], 200)))
                    elif listed_alone(incs[f1["incident"]], figs, f1["incident"], f1["kind"]):
                        counts["title-part"] += 1
                        print("%s title-part: %s %s and its part %s both in the row's words %s" % (name, g["_file"],
                              f1["text"], f2["text"], incs[f1["incident"]].get("figure_words")))
            for inc in incs:
                words = inc.get("figure_words") or []
                if len(words) != len(set(words)):
                    counts["title-twice"] += 1
                    print("%s title-twice: %s %s %s" % (name, g["_file"], inc.get("place"), words))
            for ii, inc in enumerate(incs):
                ev = ev_by_id.get(inc.get("event"))
                if ev is None:
                    continue
                mine = [c for c in ev["claims"] if c["article_id"] == aid and c["kind"] == "killed"]
                if mine and ev["fatalities"] is not None and len({c["article_id"] for c in ev["claims"]}) == 1 and \
                        ev["fatalities"] > max(c["high"] or c["low"] or 0 for c in mine):
                    counts["summed"] += 1
                    print("%s summed: %s event %d fatalities %s from %s" % (name, g["_file"], ev["id"], ev["fatalities"],
                          [(c["text"], c["low"], c["victim_side"]) for c in mine]))
        for ev in events:
            arts = sorted({c["article_id"] for c in ev["claims"]} | {e["article_id"] for e in ev["evidence"]})
            if ev.get("disputed") and len({c["article_id"] for c in ev["claims"]}) == 1:
                counts["disputed-one"] += 1
                print("%s disputed-one: %s event %d %s" % (name, by_id[ev["claims"][0]["article_id"]][0]["_file"], ev["id"],
                      short(ev["figures_explanation"].split("Disputed:")[-1], 160)))
            if len(arts) < 2:
                continue
            counts["joined"] += 1
            parts = []
            undated = False
            for aid in arts:
                r = runs[aid]
                for inc in r["incidents"]:
                    if inc.get("event") == ev["id"]:
                        parts.append("%s: %s %s %s" % (by_id[aid][0]["_file"], inc.get("place"), inc.get("date"), inc.get("figure_words")))
                        undated |= inc.get("date") is None
            counts["joined-undated"] += undated
            print("%s joined%s: event %d %s\n    %s" % (name, " (undated)" if undated else "", ev["id"], ev["location"],
                  "\n    ".join(parts)))
        # Two articles' events at one place (25 km) on days 3 apart at most, left apart: a second report missed.
        import datetime
        placed = [ev for ev in events if ev.get("latitude") is not None and ev["date_start"] and len(ev["date_start"]) == 10
                  and ev.get("geo_precision") != 3]
        for i, a in enumerate(placed):
            for b in placed[i + 1:]:
                aa = {c["article_id"] for c in a["claims"]}
                bb = {c["article_id"] for c in b["claims"]}
                if not aa or not bb or aa & bb:
                    continue
                if score.km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) > 25:
                    continue
                if abs((datetime.date.fromisoformat(a["date_start"]) - datetime.date.fromisoformat(b["date_start"])).days) > 3:
                    continue
                counts["same-day"] = counts.get("same-day", 0) + 1
                print("%s same-day: event %d (%s %s %s, %s) and event %d (%s %s %s, %s)" % (name, a["id"], a["location"],
                      a["date_start"], [c["text"] for c in a["claims"]], by_id[min(aa)][0]["_file"], b["id"], b["location"],
                      b["date_start"], [c["text"] for c in b["claims"]], by_id[min(bb)][0]["_file"]))
        if listing:
            for aid, r in sorted(runs.items()):
                for inc in r["incidents"]:
                    print("%s incident %s: %s %s %s actors %s event %s" % (name, by_id[aid][0]["_file"], inc.get("place"),
                          inc.get("date"), inc.get("figure_words"), inc.get("actors"), inc.get("event")))
        print("TOTAL %s %s" % (name, " ".join("%s=%d" % kv for kv in counts.items())))
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
    print("TOTAL all %s" % " ".join("%s=%d" % kv for kv in totals.items()))


if __name__ == "__main__":
    main()
