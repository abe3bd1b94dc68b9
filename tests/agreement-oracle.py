#!/usr/bin/python3
# agreement-oracle.py — checks `sitrep-cli agreement --json` against independent
# implementations: scikit-learn's cohen_kappa_score and NLTK's Krippendorff α
# (Debian 12: python3-sklearn, python3-nltk), on tokens and BIO tags computed
# here from the documented rules (README, "Agreement"), and span F1 computed
# here from a spans JSONL export of the same project.
#
#   agreement-oracle.py SPANS.jsonl AGREEMENT.json
#
# Exits 0 when every figure matches to 1e-9, 1 with the differences, 77 when
# the oracles are not installed.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import math
import sys
import unicodedata

try:
    from sklearn.metrics import cohen_kappa_score
    from nltk.metrics.agreement import AnnotationTask
except ImportError as e:  # pragma: no cover
    print(f"oracles missing: {e}", file=sys.stderr)
    sys.exit(77)


def is_word(c):
    cat = unicodedata.category(c)
    return cat[0] in "LNM" or c in "\u0640\u200c\u200d"


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
        if not c.isspace() and c != "\ufeff" and unicodedata.category(c) not in ("Zs", "Zl", "Zp"):
            toks.append((i, i + 1))
    if start is not None:
        toks.append((start, len(text)))
    return toks


def tag(tokens, spans, only=None):
    """Outermost span wins: sorted by start, longest first; nested skipped."""
    spans = sorted((s for s in spans if only is None or s[2] == only and s[1] > s[0]),
                   key=lambda s: (s[0], -s[1], s[2]))
    tags = ["O"] * len(tokens)
    outer_end = 0
    for s, e, lab in spans:
        if e <= s or s < outer_end:
            continue
        outer_end = e
        first = True
        for k, (ts, te) in enumerate(tokens):
            if te <= s or ts >= e:
                continue
            tags[k] = ("B-" if first else "I-") + lab
            first = False
    return tags


def f1_exact(a, b):
    if not a and not b:
        return None
    return 2 * len(set(a) & set(b)) / (len(a) + len(b))


def f1_overlap(a, b):
    if not a and not b:
        return None
    if not a or not b:
        return 0.0
    def hits(x, y):
        return sum(1 for s in x if any(t[2] == s[2] and s[0] < t[1] and t[0] < s[1] for t in y))
    p, r = hits(a, b) / len(a), hits(b, a) / len(b)
    return 2 * p * r / (p + r) if p + r else 0.0


def alpha(ta, tb):
    data = [("a", i, x) for i, x in enumerate(ta)] + [("b", i, x) for i, x in enumerate(tb)]
    return AnnotationTask(data=data).alpha()


def close(x, y):
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def main():
    spans_path, agreement_path = sys.argv[1:3]
    docs = []
    with open(spans_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            by = {}
            for s in doc["spans"]:
                if s.get("annotator"):
                    by.setdefault(s["annotator"], []).append((s["start"], s["end"], s["label"]))
            docs.append((doc["text"], by))
    got = json.load(open(agreement_path, encoding="utf-8"))
    bad = []
    for pair in got["pairs"]:
        a, b = pair["a"], pair["b"]
        ta, tb, sa, sb, n_art = [], [], [], [], 0
        labels = set()
        per_label_tags = {}
        for text, by in docs:
            if a not in by or b not in by:
                continue
            n_art += 1
            toks = tokenize(text)
            ta += tag(toks, by[a])
            tb += tag(toks, by[b])
            # spans are kept per article: offsets repeat between articles
            sa += [(n_art, s) for s in by[a]]
            sb += [(n_art, s) for s in by[b]]
            labels |= {s[2] for s in by[a] + by[b]}
        for text, by in docs:
            if a not in by or b not in by:
                continue
            toks = tokenize(text)
            for lab in labels:
                la, lb = per_label_tags.setdefault(lab, ([], []))
                la += tag(toks, by[a], lab)
                lb += tag(toks, by[b], lab)

        def key(x):
            return [(n, s[0], s[1], s[2]) for n, s in x]

        def f1o(x, y):
            # overlap within the same article only
            if not x and not y:
                return None
            if not x or not y:
                return 0.0
            def hits(p, q):
                return sum(1 for (n, s) in p if any(m == n and t[2] == s[2] and s[0] < t[1] and t[0] < s[1]
                                                    for (m, t) in q))
            pr, rc = hits(x, y) / len(x), hits(y, x) / len(y)
            return 2 * pr * rc / (pr + rc) if pr + rc else 0.0

        want = {
            "articles": n_art,
            "span_f1_exact": f1_exact(key(sa), key(sb)),
            "span_f1_overlap": f1o(sa, sb),
            "kappa_tokens": cohen_kappa_score(ta, tb),
            "alpha_tokens": alpha(ta, tb),
            "tokens": len(ta),
        }
        for k, v in want.items():
            if not close(pair[k], v):
                bad.append(f"{a}/{b} {k}: sitrep {pair[k]} oracle {v}")
        for lab in labels:
            la, lb = per_label_tags[lab]
            ka = cohen_kappa_score(la, lb)
            al = alpha(la, lb)
            xa = [(n, s) for n, s in sa if s[2] == lab]
            xb = [(n, s) for n, s in sb if s[2] == lab]
            pl = pair["per_label"].get(lab)
            if pl is None:
                bad.append(f"{a}/{b} label {lab} missing")
                continue
            for k, v in (("kappa_tokens", ka), ("alpha_tokens", al),
                         ("span_f1_exact", f1_exact(key(xa), key(xb))), ("span_f1_overlap", f1o(xa, xb))):
                if not close(pl[k], v):
                    bad.append(f"{a}/{b} {lab} {k}: sitrep {pl[k]} oracle {v}")
        print(f"{a}/{b}: {n_art} articles, {len(ta)} tokens, kappa {want['kappa_tokens']:.6f} "
              f"alpha {want['alpha_tokens']:.6f} F1 exact {want['span_f1_exact']:.6f} "
              f"overlap {want['span_f1_overlap']:.6f}; {len(labels)} labels checked")
    # α over everyone at once: a token is a unit valued by each coder who
    # annotated its article; articles fewer than two coders touched are out.
    data, n_all, unit = [], 0, 0
    for text, by in docs:
        if len(by) < 2:
            continue
        n_all += 1
        toks = tokenize(text)
        for coder, ss in by.items():
            for k, t in enumerate(tag(toks, ss)):
                data.append((coder, unit + k, t))
        unit += len(toks)
    want_all = AnnotationTask(data=data).alpha()
    if got["articles"] != n_all or not close(got["alpha_tokens"], want_all):
        bad.append(f"all coders: sitrep {got['articles']} articles alpha {got['alpha_tokens']} "
                   f"oracle {n_all} alpha {want_all}")
    print(f"all coders: {n_all} articles, alpha {want_all:.6f}")
    if len(got["pairs"]) == 0:
        bad.append("no pairs")
    for line in bad:
        print(line, file=sys.stderr)
    sys.exit(1 if bad else 0)


main()
