#!/usr/bin/python3
# exchange-roundtrip.py — compares the spans of two spans JSONL exports of projects:
# the original and one rebuilt from an exchange format (brat, CoNLL, doccano, Label
# Studio, WebAnno TSV).
#
#   exchange-roundtrip.py MODE ORIGINAL.jsonl ROUNDTRIP.jsonl [ANNOTATOR]
#
# MODE: exact — every span (start, end, label, annotator, entity, attributes) equal;
#       spans — start, end and label of ANNOTATOR's spans equal;
#       tokens — ANNOTATOR's spans widened to whole tokens (WebAnno TSV anchors spans
#                to tokens);
#       outer — and only the outermost where spans nest (CoNLL BIO).
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import sys
import unicodedata


def is_word(c):
    return unicodedata.category(c)[0] in "LNM" or c in "\u0640\u200c\u200d"


def tokenize(text):
    toks, start = [], None
    for i, c in enumerate(text):
        if is_word(c):
            if start is None:
                start = i
            continue
        if start is not None:
            toks.append((start, i))
            start = None
        if not c.isspace() and c != "\ufeff":
            toks.append((i, i + 1))
    if start is not None:
        toks.append((start, len(text)))
    return toks


def widen(tokens, s, e):
    cover = [t for t in tokens if t[0] < e and s < t[1]]
    return (cover[0][0], cover[-1][1]) if cover else None


def load(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["text"]] = d["spans"]
    return docs


def main():
    mode, a_path, b_path = sys.argv[1:4]
    who = sys.argv[4] if len(sys.argv) > 4 else None
    a, b = load(a_path), load(b_path)
    bad = []
    n = 0
    for text, spans in a.items():
        if who is not None:
            spans = [s for s in spans if s.get("annotator") == who]
        if not spans and text not in b:
            continue
        if text not in b:
            bad.append(f"article missing: {text[:40]!r}")
            continue
        got = b[text]
        if mode == "exact":
            def key(s):
                return (s["start"], s["end"], s["label"], s.get("annotator"), s.get("entity"),
                        json.dumps(s.get("attributes") or {}, sort_keys=True))
            want = sorted(map(key, spans))
            have = sorted(map(key, got))
        else:
            toks = tokenize(text)
            want = set()
            for s in spans:
                se = (s["start"], s["end"]) if mode == "spans" else widen(toks, s["start"], s["end"])
                if se:
                    want.add((se[0], se[1], s["label"]))
            if mode == "outer":
                # outermost: sorted by start, longest first, label name on ties
                kept, outer_end = set(), 0
                for s, e, lab in sorted(want, key=lambda x: (x[0], -x[1], x[2])):
                    if s < outer_end:
                        continue
                    outer_end = e
                    kept.add((s, e, lab))
                want = kept
            want = sorted(want)
            have = sorted({(s["start"], s["end"], s["label"]) for s in got
                           if who is None or s.get("annotator") in (who, None)})
        n += len(want)
        if want != have:
            bad.append(f"{text[:40]!r}:\n  want {want}\n  have {have}")
    print(f"{mode}: {n} spans compared over {len(a)} articles")
    for line in bad[:10]:
        print(line, file=sys.stderr)
    sys.exit(1 if bad or n == 0 else 0)


main()
