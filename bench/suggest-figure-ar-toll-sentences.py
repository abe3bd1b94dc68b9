#!/usr/bin/env python3
# suggest-figure-ar-toll-sentences.py — runs the session-42 fig25ar helper's own Arabic toll sentences
# (bench/suggest-figure-ar-toll-sentences.tsv, one article each) through `sitrep-cli suggest` and counts, per
# batch, the sentences whose figures are exactly right, the expected figures found and the figures proposed that
# match none, as bench/suggest-score.py's figure3 matches them (kind, count, qualifier).
# Usage: bench/suggest-figure-ar-toll-sentences.py SITREP_CLI [--all]   (prints the wrong ones, then the counts)
import json
import os
import subprocess
import sys
import tempfile


def read_batches(path):
    batches = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# batch"):
            batches.append((line[2:].split(":")[0], []))
            continue
        if not line.strip() or line.startswith("#"):
            continue
        want, text = line.split("\t", 1)
        figs = [] if want.strip() == "-" else [tuple(f.split()) for f in want.split(";")]
        batches[-1][1].append(([(k, int(c), q) for k, c, q in figs], text.replace("\\n", "\n")))
    return batches


def main():
    exe = sys.argv[1]
    show_all = "--all" in sys.argv
    batches = read_batches(os.path.join(os.path.dirname(os.path.abspath(__file__)), "suggest-figure-ar-toll-sentences.tsv"))
    items = [item for _, b in batches for item in b]
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "sentences.sitrep")
        subprocess.run([exe, "new", project], check=True, capture_output=True)
        src = os.path.join(tmp, "sentences.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i, (_, text) in enumerate(items):
                f.write(json.dumps({"title": "s%d" % i, "text": text}, ensure_ascii=False) + "\n")
        subprocess.run([exe, "import", project, src], check=True, capture_output=True)
        run = json.loads(subprocess.run([exe, "suggest", project, "--all", "--json"], check=True,
                                        capture_output=True, text=True).stdout)
    by_article = {r["article"]: r for r in run}
    n = 0
    for name, batch in batches:
        right = found = gold = false = 0
        for want, text in batch:
            n += 1
            got = [(s["kind"] if s["kind"] in ("killed", "wounded") else "captured", s["attributes"].get("count"),
                    s["attributes"].get("qualifier"))
                   for s in by_article.get(n, {"suggestions": []})["suggestions"]
                   if s["kind"] in ("killed", "wounded", "captured", "missing")]
            left = list(got)
            missed = []
            for w in want:
                if w in left:
                    left.remove(w)
                else:
                    missed.append(w)
            gold += len(want)
            found += len(want) - len(missed)
            false += len(left)
            ok = not missed and not left
            right += ok
            if not ok or show_all:
                print("%s %s\n    missed %s\n    not expected %s" % ("ok" if ok else "WRONG", text.replace("\n", " / "), missed, left))
        print("%s: %d of %d sentences right, figures %d of %d found, %d proposed that match none"
              % (name, right, len(batch), found, gold, false))


if __name__ == "__main__":
    main()
