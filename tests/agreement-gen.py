#!/usr/bin/python3
# agreement-gen.py — two-coder (and a third on some articles) spans JSONL with known
# disagreements, in English, Arabic, emoji and combining marks, for the agreement tests.
#   agreement-gen.py N_ARTICLES SEED > spans.jsonl
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
words = ["Jasim", "Daraa", "bus", "bomb", "killed", "at", "least", "20", "soldiers", "said",
         "the", "observatory", "on", "Tuesday", "near", "Damascus", "al-Bab", "SDF",
         "جاسم", "درعا", "قُتِلَ", "٢٠", "جنديًا", "ـــ", "🙂", "🇸🇾", "Café", "e\u0301te\u0301",
         "Deir", "ez-Zor", ",", ".", "(", ")", "—", "Abu", "Muhammad", "al-Adnani"]
labels = ["Actor", "Person", "Place", "Date", "Killed", "Wounded", "Claimant"]

for i in range(n):
    parts = []
    for s in range(rng.randint(2, 5)):
        parts.append(" ".join(rng.choice(words) for _ in range(rng.randint(6, 18))))
    text = ("\n\n" if i % 2 else " ").join(parts) + f" ({i})"
    # word boundaries in code points
    bounds, pos = [], 0
    for w in text.split(" "):
        if w.strip():
            bounds.append((pos, pos + len(w)))
        pos += len(w) + 1
    a_spans = []
    for _ in range(rng.randint(1, 6)):
        k = rng.randrange(len(bounds))
        m = min(len(bounds) - 1, k + rng.randint(0, 2))
        s, e = bounds[k][0], bounds[m][1]
        if "\n" in text[s:e]:
            continue
        a_spans.append([s, e, rng.choice(labels)])
    b_spans = []
    for s, e, lab in a_spans:
        r = rng.random()
        if r < 0.55:
            b_spans.append([s, e, lab])                       # agree
        elif r < 0.65:
            b_spans.append([s, e, rng.choice(labels)])        # another label
        elif r < 0.8 and e - s > 2:
            b_spans.append([s + 1, e, lab])                   # a boundary off by one
        elif r < 0.9:
            pass                                              # missed
        else:
            b_spans.append([s, e, lab])
            k = rng.randrange(len(bounds))
            b_spans.append([bounds[k][0], bounds[k][1], rng.choice(labels)])  # an extra one
    # nested spans now and then, to exercise the outermost rule
    if a_spans and rng.random() < 0.3:
        s, e, _ = a_spans[0]
        a_spans.append([s, min(e, s + 2), "Place"])
    spans = []
    seen = set()
    for who, ss in (("ana", a_spans), ("bo", b_spans)):
        for s, e, lab in ss:
            if e <= s or (who, s, e, lab) in seen:
                continue
            seen.add((who, s, e, lab))
            spans.append({"start": s, "end": e, "label": lab, "annotator": who})
    if i % 3 == 0:
        for s, e, lab in a_spans[:2]:
            if e > s and ("cy", s, e, lab) not in seen:
                seen.add(("cy", s, e, lab))
                spans.append({"start": s, "end": e, "label": lab, "annotator": "cy"})
    print(json.dumps({"title": f"Report {i}", "text": text, "spans": spans}, ensure_ascii=False))
