#!/usr/bin/env python3
# gen-english-names.py — writes data/gazetteer/english-names.txt: the English
# words that the bundled gazetteer could read as a place of one word ("tall"
# for At Tall, "mill" folded as Mil, "hit", "van", "acre", "salt" …). Suggest
# proposes such a word as a place only with a capital letter that is not just
# the sentence's (not its first word, not inside a longer capitalised name such
# as "The Old Mill") and something in the text that says a place is meant: a
# word before it that says so ("in", "near", "the town of"), another place of
# the report near it, or a large city.
#
# Usage: build-aux/gen-english-names.py [WORDS] > data/gazetteer/english-names.txt
# WORDS: an English word list, one word a line (default /usr/share/dict/american-english,
# Debian's wamerican: SCOWL, Kevin Atkinson, permissive licence). Words written
# in lower case there, of three letters or more, ASCII, are English words; a
# capitalised entry ("Aleppo", "Jordan") is a name, not a word.
#
# A word is kept when the folding Sitrep's keys use (sitrep-normalize.c's
# fold_latin_token: vowels to one, doubled letters to one, q → k …) gives it
# the key of a one-word name of the gazetteer
# (data/gazetteer/geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv, GeoNames, CC BY 4.0),
# without its article: only the words that could be proposed as a place.
import csv
import os
import re
import sys
import unicodedata

ARTICLES = {"al", "el", "ar", "as", "at", "ad", "an", "az", "ash", "ath", "adh", "the"}


def is_vowel(c):
    return c in "aeiou"


def fold(token):
    """A port of fold_latin_token (src/core/coding/sitrep-normalize.c)."""
    if len(token) >= 5 and token[0] in "ae" and token[1] in "tdrzsnl" and token[2] == token[1]:
        token = token[2:]
    t = []
    i = 0
    while i < len(token):
        c = token[i]
        n = token[i + 1] if i + 1 < len(token) else ""
        if c == "d" and n == "h":
            t.append("z")
            i += 2
        elif c == "p" and n == "h":
            t.append("f")
            i += 2
        elif c == "q":
            t.append("k")
            i += 1
        elif c == "c" and n == "k":
            t.append("k")
            i += 2
        else:
            t.append(c)
            i += 1
    if len(t) > 3 and t[-1] == "h" and is_vowel(t[-2]):
        t = t[:-1]
    out = []
    prev = None
    for i, c in enumerate(t):
        vowel = is_vowel(c)
        if c in "yw" and i > 0 and is_vowel(t[i - 1]) and (i + 1 == len(t) or not is_vowel(t[i + 1])):
            vowel = True
        if vowel:
            c = "a"
        if c == prev:
            continue
        out.append(c)
        prev = c
    return "".join(out)


def words_of(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[‘’'`ʿʾ]", "", s)
    return [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in ARTICLES]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english"
    gaz = os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer",
                       "geonames_cities500_sy_iq_lb_jo_tr_il_ps.csv")
    keys = set()
    with open(gaz, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for name in [row["name"], row["asciiname"]] + row["alternatenames"].split("|"):
                # Latin names only: the Arabic ones are no English word.
                if not name or re.search(r"[\u0590-\u08ff]", name):
                    continue
                words = words_of(name)
                if len(words) == 1:
                    keys.add(fold(words[0]))
    kept = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if len(w) >= 3 and w.isascii() and w.isalpha() and w.islower() and fold(w) in keys:
                kept.add(w)
    sys.stdout.write("".join(w + "\n" for w in sorted(kept)))


main()
