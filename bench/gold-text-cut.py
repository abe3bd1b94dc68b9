#!/usr/bin/env python3
# gold-text-cut.py — re-creates the text a gold file of bench/gold-suggest-N
# was written for, from the stored copy of its page, when the texts kept
# outside the repository are lost (a new machine). The third-party texts are
# not stored here; each gold file keeps their sha256 ("text_sha256", or
# "doc"."text_sha256" in bench/gold-suggest-3).
#
# Usage: bench/gold-text-cut.py GOLD_JSON EXCERPT [--out TXT] [--recipes FILE]
#   EXCERPT is the page as the helpers' `search` tool (corpus `pages`) gives
#   it, saved as it came: the excerpt's plain text, or its JSON string
#   literal (starting with a double quote, \n escapes and all), or the whole
#   answer (a JSON object whose "results" hold the gold's URL).
# It tries every cut of the excerpt from a word's start to a word's end
# (surrounding white space stripped, as the sets' READMEs say), and the same
# with runs of blank lines made one (bench/gold-suggest-3's k24 report),
# until one has the gold's sha256. On success it writes the text (with a
# final newline) to TXT and prints the cut; with --recipes it adds the cut
# to FILE (JSON lines: the gold file, the excerpt's sha256, the cut's offsets
# and its first and last words), so that the next time only the excerpt has
# to be fetched. Exits 1 when no cut matches: the excerpt was not saved
# exactly (quotes, dashes, white space), or the page is stored differently.
import hashlib
import json
import os
import re
import sys


def gold_sha(gold):
    return gold.get("text_sha256") or gold.get("doc", {}).get("text_sha256")


def load_excerpt(path, url):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    stripped = raw.strip()
    if stripped.startswith('"'):
        return json.loads(stripped)
    if stripped.startswith("{"):
        answer = json.loads(stripped)
        for r in answer.get("results", []):
            if r.get("url") == url or r.get("address") == url:
                return r["excerpt"]
        sys.exit("gold-text-cut.py: %s has no result for %s" % (path, url))
    return raw


def find_cut(text, want):
    starts = [i for i in range(len(text)) if not text[i].isspace() and (i == 0 or text[i - 1].isspace())]
    ends = [i + 1 for i in range(len(text)) if not text[i].isspace() and (i + 1 == len(text) or text[i + 1].isspace())]
    # Encoded once: a cut at word boundaries is a slice of the UTF-8 bytes too.
    data = text.encode("utf-8")
    offset = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        offset[i] = pos
        pos += len(ch.encode("utf-8"))
    offset[len(text)] = pos
    for s in starts:
        bs = offset[s]
        for e in ends:
            if e <= s:
                continue
            if hashlib.sha256(data[bs:offset[e]]).hexdigest() == want:
                return s, e
    return None


def words(s, n, last=False):
    w = s.split()
    return " ".join(w[-n:] if last else w[:n])


def main():
    args = sys.argv[1:]
    out = recipes = None
    if "--out" in args:
        i = args.index("--out")
        out = args[i + 1]
        del args[i:i + 2]
    if "--recipes" in args:
        i = args.index("--recipes")
        recipes = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit("usage: gold-text-cut.py GOLD_JSON EXCERPT [--out TXT] [--recipes FILE]")
    with open(args[0], encoding="utf-8") as f:
        gold = json.load(f)
    want = gold_sha(gold)
    if not want:
        sys.exit("gold-text-cut.py: %s keeps no text_sha256" % args[0])
    url = gold.get("doc", {}).get("url")
    excerpt = load_excerpt(args[1], url)
    variants = [("as stored", excerpt), ("blank lines made one", re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", excerpt))]
    for name, text in variants:
        if name != "as stored" and text == excerpt:
            continue
        cut = find_cut(text, want)
        if cut is None:
            continue
        s, e = cut
        body = text[s:e]
        if out:
            os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
            with open(out, "w", encoding="utf-8") as f:
                f.write(body + "\n")
        recipe = {"gold": os.path.relpath(args[0]), "url": url,
                  "excerpt_sha256": hashlib.sha256(excerpt.encode("utf-8")).hexdigest(),
                  "variant": name, "start": s, "end": e,
                  "first": words(body, 6), "last": words(body, 6, last=True), "words": len(body.split())}
        if recipes:
            with open(recipes, "a", encoding="utf-8") as f:
                f.write(json.dumps(recipe, ensure_ascii=False) + "\n")
        print("%s: cut %d–%d (%s), %d words" % (args[0], s, e, name, recipe["words"]))
        return 0
    print("%s: no cut of the excerpt (%d characters) has the gold's sha256 %s" % (args[0], len(excerpt), want),
          file=sys.stderr)
    return 1


sys.exit(main())
