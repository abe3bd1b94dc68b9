#!/usr/bin/env python3
# figure-candidates.py — the learned reader of English casualty figures (issue 11, session 43): dumps the
# candidates of sitrep-suggest-figures-learned.c with their features from the TUNING sets, labels each by the
# gold (a figure3 the other readers did not propose), trains a logistic regression (python3-sklearn) and writes
# its weights as src/core/coding/sitrep-suggest-figure-weights.h.
#
#   bench/figure-candidates.py dump  SITREP_CLI SHARED_DIR OUT.tsv GOLD_DIR...   candidates, labelled, one a line
#       (a GOLD_DIR may be a bench/suggest-figure*-sentences.py: its cases, the helpers' own sentences)
#   bench/figure-candidates.py train OUT.tsv... [--precision 0.92]               fit, pick the threshold, write the header
#   bench/figure-candidates.py show  OUT.tsv... [--header H]                     what the header's weights add, by set
#
# Regenerate the weights (from the worktree, after a build):
#   for d in bench/gold-suggest /work/tuning3/attached … ; do bench/figure-candidates.py dump \
#       build/src/cli/sitrep-cli ../shared /tmp/cands/$(basename $(dirname $d)).tsv $d; done
#   /usr/bin/python3 bench/figure-candidates.py train /tmp/cands/*.tsv    (Debian's python3-sklearn)
# The sets trained on are the tuning sets only, never tuning5 and tuning21 (the check sets of session 43) nor
# any held-out set: `dump` refuses any gold of a held-out split and of those two.
# The dump is the CLI's suggest run with SITREP_FIGURE_CANDIDATES=1 in its environment: the learned reader
# then prints every candidate on stderr (FIGCAND lines: text length, hash of its first 200 bytes, the word's
# byte, kind, count, qualifier, covered by another reader, the features as 0/1, the words) and proposes none.
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = os.path.join(HERE, "..", "src", "core", "coding", "sitrep-suggest-figure-weights.h")
LEARNED_H = os.path.join(HERE, "..", "src", "core", "coding", "sitrep-suggest-figures-learned.c")
QUALIFIERS = ["exact", "at_least", "more_than", "up_to", "about", "range"]
# Never trained on: the check sets of session 43 and every held-out split.
REFUSED_SPLITS = ("tuning5", "tuning21")
STATS = {}

spec = importlib.util.spec_from_file_location("suggest_score", os.path.join(HERE, "suggest-score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def feature_names():
    """The names of the features, from the C table (the header's order must be the same)."""
    text = open(LEARNED_H, encoding="utf-8").read()
    start = text.index("_sitrep_suggest_figure_feature_names[")
    body = text[text.index("{", start) + 1:text.index("}", start)]
    return [w.strip().strip('"') for w in body.replace("\n", " ").split(",") if w.strip().strip('"') and w.strip() != "NULL"]


def djb(data):
    h = 5381
    for b in data[:200]:
        h = (h * 33 + b) & 0xFFFFFFFF
    return h


def kind3(kind):
    return kind if kind in ("killed", "wounded") else "captured"


def dump(exe, shared, out, gold_dirs):
    rows = []
    for gold_dir in gold_dirs:
        if gold_dir.endswith(".py"):
            golds = own_sentences(gold_dir)
        else:
            golds = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(gold_dir, "*.json")))]
        golds = [g for g in golds if g["split"] not in REFUSED_SPLITS and not g["split"].startswith("heldout")]
        if not golds:
            sys.exit("figure-candidates.py: no tuning gold in %s (held-out and check splits are refused)" % gold_dir)
        base = os.path.basename(os.path.normpath(gold_dir))
        set_name = os.path.basename(os.path.dirname(os.path.normpath(gold_dir))) if base == "attached" else "gs"
        if gold_dir.endswith(".py"):
            set_name = golds[0]["split"]
        env = dict(os.environ, SITREP_FIGURE_CANDIDATES="1")
        with tempfile.TemporaryDirectory() as tmp:
            project = os.path.join(tmp, "c.sitrep")
            score.cli(exe, "new", project)
            corpora = {}
            for i, g in enumerate(golds):
                if "seed" in g:
                    src = os.path.join(tmp, "doc%02d-%s.txt" % (i, g["seed"]))
                    with open(os.path.join(shared, "corpus", "seeds", g["seed"] + ".txt"), "rb") as f_in, open(src, "wb") as f:
                        f.write(f_in.read())
                    score.cli(exe, "import", project, src)
                    continue
                if "doc" not in g and g["corpus"] not in corpora:
                    path = os.path.join(shared, "corpus", "public-domain", g["corpus"] + ".jsonl")
                    corpora[g["corpus"]] = [json.loads(line) for line in open(path, encoding="utf-8")]
                doc = g["doc"] if "doc" in g else corpora[g["corpus"]][g["index"]]
                src = os.path.join(tmp, "doc%02d.jsonl" % i)
                with open(src, "w", encoding="utf-8") as f:
                    f.write(json.dumps(doc) + "\n")
                score.cli(exe, "import", project, src)
            run = subprocess.run([exe, "suggest", project, "--all", "--accept", "--annotator", "score", "--json"],
                                 check=True, capture_output=True, text=True, env=env)
            spans_path = os.path.join(tmp, "spans.jsonl")
            score.cli(exe, "export", project, "-f", "spans-jsonl", "-o", spans_path)
            articles = [json.loads(line) for line in open(spans_path, encoding="utf-8")]
        by_doc = {}
        for line in run.stderr.splitlines():
            if line.startswith("FIGCAND\t"):
                p = line.split("\t")
                by_doc.setdefault((int(p[1]), int(p[2])), []).append(p)
        seen = set()
        for di, (g, art) in enumerate(zip(golds, articles)):
            data = art["text"].encode("utf-8")
            cands = by_doc.get((len(data), djb(data)), [])
            seen.add((len(data), djb(data)))
            figs = []
            for sp in art["spans"]:
                if sp["label"] in ("Killed", "Wounded", "Captured/Missing"):
                    a = sp.get("attributes") or {}
                    kind = {"Killed": "killed", "Wounded": "wounded"}.get(sp["label"], "captured")
                    figs.append((kind, a.get("count"), a.get("qualifier")))
            left = [(kind3(c["kind"]), c["count"], c["qualifier"]) for c in g["casualties"]]
            for f in figs:
                if f in left:
                    left.remove(f)
            stats = STATS.setdefault(set_name, [0, 0, 0])
            stats[0] += len(left)
            left0 = list(left)
            for p in cands:
                key = (kind3(p[4]), int(p[5]), QUALIFIERS[int(p[6])])
                if p[7] == "1" and key in left0:
                    left0.remove(key)
                    stats[2] += 1
            # A candidate no reader proposed is right when the gold holds a figure no reader proposed; one
            # another reader proposed too (for the weights of how its people were read) when the gold holds it.
            whole = [(kind3(c["kind"]), c["count"], c["qualifier"]) for c in g["casualties"]]
            for p in sorted(cands, key=lambda p: int(p[3])):
                key = (kind3(p[4]), int(p[5]), QUALIFIERS[int(p[6])])
                covered = p[7] == "1"
                label = 0
                if not covered and key in left:
                    left.remove(key)
                    label = 1
                    stats[1] += 1
                elif covered and key in whole:
                    whole.remove(key)
                    label = 1
                rows.append("\t".join([set_name, "%s-%02d" % (set_name, di), p[3], key[0], str(key[1]), key[2],
                                       p[7], str(label), p[8], p[9]]))
        lost = sum(len(v) for k, v in by_doc.items() if k not in seen)
        if lost:
            print("%s: %d candidates of texts not matched to a report" % (set_name, lost), file=sys.stderr)
        print("%s: %d docs, %d candidates; of %d figures missed, %d by a candidate, %d by a covered one" %
              ((set_name, len(golds), sum(1 for r in rows if r.startswith(set_name + "\t"))) + tuple(STATS[set_name])),
              file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + ("\n" if rows else ""))


def own_sentences(path):
    """The cases of a bench/suggest-figure*-sentences.py as golds of a split named after it."""
    spec = importlib.util.spec_from_file_location("own", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    split = "own-" + os.path.basename(path).replace("suggest-figure-", "").replace("-sentences.py", "").replace("sentences.py", "several")
    golds = []
    for name in ("CASES", "CASES_B2"):
        for case in getattr(mod, name, []):
            if len(case) == 3:
                cid, figs, text = case
                title = None
            else:
                cid, title, text, figs = case
            doc = {"title": title or ("Report " + cid), "text": text, "url": "https://example.org/" + cid,
                   "published": "2024-05-07"}
            golds.append({"split": split, "doc": doc, "casualties": [
                {"kind": f[0], "count": f[1], "qualifier": f[2] if len(f) > 2 else "exact"} for f in figs]})
    return golds


def load(paths, covered=False):
    """The candidates no reader proposed (with @covered, all, a last feature saying which)."""
    rows = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) < 10 or (p[6] == "1" and not covered):
                continue  # covered by another reader: never proposed
            x = [int(c) for c in p[8]] + ([int(p[6])] if covered else [])
            rows.append({"set": p[0], "doc": p[1], "label": int(p[7]), "x": x, "words": p[9],
                         "fig": (p[3], p[4], p[5]), "covered": p[6] == "1"})
    return rows


def pick_threshold(scores, labels, precision, min_right=10):
    """The lowest threshold whose candidates above it are right at least @precision of the time (and of at
    least @min_right right ones), or None."""
    pairs = sorted(zip(scores, labels), reverse=True)
    best, tp, n = None, 0, 0
    for i, (s, y) in enumerate(pairs):
        tp += y
        n += 1
        nxt = pairs[i + 1][0] if i + 1 < len(pairs) else None
        if nxt is not None and nxt == s:
            continue
        if tp >= min_right and tp / n >= precision:
            best = (s + nxt) / 2 if nxt is not None else s - 1e-3
    return best


def train(paths, precision, c=2.0, min_right=10, with_covered=False):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    names = feature_names()
    rows = load(paths, covered=with_covered)
    if not with_covered:
        for r in rows:
            r["x"] = r["x"] + [0]
    x = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["doc"] for r in rows])
    free = np.array([not r["covered"] for r in rows])
    if x.shape[1] != len(names) + 1:
        sys.exit("figure-candidates.py: %d features dumped, %d named" % (x.shape[1], len(names)))
    model = LogisticRegression(C=c, max_iter=3000)
    # The threshold from scores of candidates the model did not see (5 folds by report).
    cv = cross_val_predict(model, x, y, cv=GroupKFold(n_splits=5), groups=groups, method="decision_function")
    threshold = pick_threshold(list(cv[free]), list(y[free]), precision, min_right)
    model.fit(x, y)
    full = model.decision_function(x)
    print("candidates %d, right %d; no reader proposed %d, right %d" % (len(y), int(y.sum()), free.sum(), y[free].sum()))
    if threshold is None:
        print("no threshold reaches precision %.2f: nothing proposed" % precision)
        threshold = 1e9
    for name, scores in (("cross-validated", cv), ("fitted", full)):
        sel = (scores > threshold) & free
        print("%s: above %.3f: %d, right %d (%.1f %%)" % (name, threshold, sel.sum(), y[sel].sum(),
                                                           100.0 * y[sel].sum() / max(1, sel.sum())))
    sets = sorted({r["set"] for r in rows})
    for s in sets:
        m = np.array([r["set"] == s for r in rows])
        sel = m & (cv > threshold) & free
        print("  %-9s cv: +%d right, +%d wrong" % (s, y[sel].sum(), sel.sum() - y[sel].sum()))
    coef = model.coef_[0][:len(names)]
    print("covered (not in the table) %+.3f" % model.coef_[0][len(names)])
    order = np.argsort(-np.abs(coef))
    print("weights (largest first):")
    for k in order[:20]:
        print("  %-12s %+.3f" % (names[k], coef[k]))
    write_header(names, coef, model.intercept_[0], threshold, paths, precision)


def write_header(names, weights, intercept, threshold, paths, precision):
    sets = sorted({os.path.basename(p) for p in paths})
    out = ["/* sitrep-suggest-figure-weights.h — GENERATED by bench/figure-candidates.py train: do not edit.",
           " * A logistic regression over the learned reader's candidates (sitrep-suggest-figures-learned.c) of the",
           " * tuning sets %s," % ", ".join(s.replace(".tsv", "") for s in sets),
           " * labelled by their gold; the threshold is the lowest whose cross-validated candidates above it were",
           " * right %.0f %% of the time%s. Regenerate: see the head of bench/figure-candidates.py. */" %
           (100 * precision, "" if threshold < 1e8 else " (none was: FIGURE_THRESHOLD is FIGURE_NO_THRESHOLD's, nothing is proposed)"),
           "", "#pragma once", "",
           "static const char * const figure_weight_names[] = {"]
    for k in range(0, len(names), 8):
        out.append("  " + " ".join('"%s",' % n for n in names[k:k + 8]))
    out.append("  NULL")
    out.append("};")
    out.append("static const float figure_weights[] = {")
    for k in range(0, len(names), 8):
        out.append("  " + " ".join("%.4ff," % w for w in weights[k:k + 8]))
    out.append("};")
    out.append("#define FIGURE_INTERCEPT (%.4f)" % intercept)
    out.append("#define FIGURE_THRESHOLD (%.4f)" % threshold)
    with open(HEADER, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", os.path.relpath(HEADER))


def read_header(path):
    text = open(path, encoding="utf-8").read()
    body = text[text.index("figure_weights[] = {"):]
    body = body[body.index("{") + 1:body.index("}")]
    weights = [float(w.strip().rstrip("f")) for w in body.replace("\n", " ").split(",") if w.strip()]
    intercept = float(text.split("#define FIGURE_INTERCEPT (")[1].split(")")[0])
    threshold = float(text.split("#define FIGURE_THRESHOLD (")[1].split(")")[0])
    return weights, intercept, threshold


def show(paths, header):
    weights, intercept, threshold = read_header(header)
    rows = load(paths)
    per = {}
    for r in rows:
        s = intercept + sum(w * v for w, v in zip(weights, r["x"]))
        if s > threshold:
            d = per.setdefault(r["set"], [0, 0])
            d[0 if r["label"] else 1] += 1
            if os.environ.get("SHOW_WORDS"):
                print("%s %s %s %.2f %s" % (r["doc"], "+" if r["label"] else "-", r["fig"], s, r["words"]))
    for s in sorted(per):
        print("%-9s +%d right, +%d wrong" % (s, per[s][0], per[s][1]))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__ or "usage: see the head of bench/figure-candidates.py")
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    elif cmd == "train":
        args = sys.argv[2:]
        precision = 0.92
        if "--precision" in args:
            k = args.index("--precision")
            precision = float(args[k + 1])
            del args[k:k + 2]
        opts = {}
        for flag, name, conv in (("--C", "c", float), ("--min-right", "min_right", int)):
            if flag in args:
                k = args.index(flag)
                opts[name] = conv(args[k + 1])
                del args[k:k + 2]
        if "--with-covered" in args:
            args.remove("--with-covered")
            opts["with_covered"] = True
        train(args, precision, **opts)
    elif cmd == "show":
        args = sys.argv[2:]
        header = HEADER
        if "--header" in args:
            k = args.index("--header")
            header = args[k + 1]
            del args[k:k + 2]
        show(args, header)
    else:
        sys.exit("figure-candidates.py: unknown command %s" % cmd)


if __name__ == "__main__":
    main()
