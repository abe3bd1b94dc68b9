#!/usr/bin/env python3
# gold2-attach.py — joins the heldout2 gold (bench/gold-suggest-2/*.json, which
# carry no article text: the texts are third-party material, not stored here),
# or another set kept the same way (GOLD_DIR, e.g. bench/gold-suggest-4),
# with the texts kept outside the repository, and writes gold files with the
# document inline, as bench/suggest-score.py reads them.
#
# Usage: bench/gold2-attach.py TEXT_DIR OUT_DIR [GOLD_DIR]
#   TEXT_DIR holds NN.txt (NN = the gold's "index", two digits; a gold without
#   one, as in bench/gold-suggest-3, NAME.txt for its NAME.json), the report's
#   body as listed in the set's README.md. A text whose sha256 (of
#   its UTF-8 bytes, surrounding white space stripped) differs from the gold's
#   "text_sha256" is refused: the mentions and figures were written for that text.
# Then: bench/suggest-score.py SITREP_CLI SHARED_DIR OUT_DIR
import glob
import hashlib
import json
import os
import sys


def main():
    argv = [a for a in sys.argv if a != "--partial"]
    if len(argv) < 3:
        sys.exit("usage: gold2-attach.py TEXT_DIR OUT_DIR [GOLD_DIR] [--partial]")
    text_dir, out_dir = argv[1], argv[2]
    gold_dir = argv[3] if len(argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold-suggest-2")
    paths = sorted(glob.glob(os.path.join(gold_dir, "*.json")))
    if not paths:
        sys.exit("gold2-attach.py: no gold files in %s" % gold_dir)
    os.makedirs(out_dir, exist_ok=True)
    bad = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        # NN.txt by the gold's index; bench/gold-suggest-3 has none: by the gold file's name.
        if "index" in g:
            src = os.path.join(text_dir, "%02d.txt" % g["index"])
        else:
            src = os.path.join(text_dir, os.path.splitext(os.path.basename(path))[0] + ".txt")
        try:
            with open(src, encoding="utf-8") as f:
                text = f.read().strip()
        except OSError as e:
            print("gold2-attach.py: %s: %s" % (src, e.strerror), file=sys.stderr)
            bad += 1
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        want = g.get("text_sha256") or g["doc"].get("text_sha256")
        if digest != want:
            print("gold2-attach.py: %s is not the text the gold was written for (sha256 %s, expected %s)"
                  % (src, digest, want), file=sys.stderr)
            bad += 1
            continue
        doc = dict(g["doc"])
        doc["text"] = text
        if "published" not in doc and "date" in doc:
            doc["published"] = doc["date"]
        # The text right after the title, as an imported article has it.
        g["doc"] = {k: doc[k] for k in ("title", "text", "source", "url", "published") if k in doc}
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if bad:
        # --partial: the texts re-created so far (bench/gold-text-cut.py), the rest left out.
        if "--partial" not in sys.argv:
            sys.exit("gold2-attach.py: %d of %d texts missing or different" % (bad, len(paths)))
    print("%d gold files with their texts in %s" % (len(paths) - bad, out_dir))


main()
