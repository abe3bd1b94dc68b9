#!/usr/bin/python3
# check-complete.py — every translation in po/LINGUAS is complete, valid, and
# up to date with the sources.
#
#   check-complete.py PODIR SOURCE_ROOT [MIN_PERCENT]
#
# Fails when a catalogue has an untranslated or fuzzy string, when msgfmt
# --check finds an error (format strings that do not match, a broken plural),
# or when fewer than MIN_PERCENT (default 95) of the strings the sources mark
# for translation today are translated in it. The last check reads the
# sources afresh, so strings added since the catalogue was last merged count.
# It also fails when a translatable string in the sources is built with a
# GLib format macro (G_GINT64_FORMAT …): xgettext stops the string there, so it
# could never be translated. <inttypes.h> macros (PRId64) are understood.
# In a right-to-left catalogue it fails when a translation would be laid out
# left to right: GTK takes a label's direction from its first strong letter, so
# "_ACLED CSV…" shows its "…" at the wrong end in an Arabic menu, and
# "F1 التداخل" reads in the wrong order; such a translation begins with U+200F.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

KEYWORDS = ['--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
            '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
            '--keyword=g_dpgettext2:2c,3', '--flag=N_:1:pass-c-format']


def statistics(po):
    """(translated, fuzzy, untranslated) as msgfmt counts them."""
    out = subprocess.run(['msgfmt', '--statistics', '-o', os.devnull, po],
                         capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    text = out.stderr
    def count(pattern):
        m = re.search(r'(\d+) ' + pattern, text)
        return int(m.group(1)) if m else 0
    return count('translated message'), count('fuzzy translation'), count('untranslated message')


# A call of one of the gettext keywords xgettext reads (meson's i18n presets).
GETTEXT_CALL = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext)\s*\(')
# Such a call on a string literal: a file with one has strings to translate.
TRANSLATABLE_C = re.compile(GETTEXT_CALL.pattern + r'\s*"')
GLIB_FORMAT = re.compile(r'"\s*G_G[A-Z0-9]*_FORMAT\b')


def call_text(text, start):
    """The text of a call from its opening parenthesis to the matching one."""
    depth, i, in_string = 0, start, False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == '\\':
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    return text[start:]


def potfiles(podir):
    """The files POTFILES.in lists, in its order."""
    with open(os.path.join(podir, 'POTFILES.in')) as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#')]


def unlisted_files(podir, root):
    """Sources with translatable strings that POTFILES.in does not list."""
    listed = set(potfiles(podir))
    found = []
    for top in ('src', 'ui'):
        for dirpath, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                path = os.path.relpath(os.path.join(dirpath, name), root)
                if path in listed or not name.endswith(('.c', '.ui')):
                    continue
                with open(os.path.join(root, path), encoding='utf-8') as f:
                    text = f.read()
                if (name.endswith('.c') and TRANSLATABLE_C.search(text)) or \
                   (name.endswith('.ui') and 'translatable="yes"' in text):
                    found.append(path)
    return sorted(found)


def cut_strings(podir, root):
    """file:line of translatable strings that a GLib format macro cuts."""
    found = []
    for path in potfiles(podir):
        if not path.endswith('.c'):
            continue
        with open(os.path.join(root, path), encoding='utf-8') as f:
            text = f.read()
        for m in GETTEXT_CALL.finditer(text):
            if GLIB_FORMAT.search(call_text(text, m.end() - 1)):
                found.append('%s:%d' % (path, text.count('\n', 0, m.start()) + 1))
    return found


RTL_LANGUAGES = ('ar', 'fa', 'he', 'ur', 'yi', 'ps', 'ckb')
PO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
# What a reader never sees of a translation: printf and <inttypes.h> directives,
# escapes, Pango markup tags, mnemonic underscores.
UNSEEN = re.compile(r"%(\d+\$)?[-'#0 +I]*\d*(\.\d+)?(hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsp%]"
                    r"|%<[A-Za-z0-9]+>|\\[nrt\"\\]|</?[a-z]+>|_")


def translations(po):
    """(msgid, msgstr) of each entry of a catalogue, plural forms one by one."""
    entries, msgid, key = [], None, None
    fields = {}
    def flush():
        if fields.get('msgid') is not None:
            for k, v in fields.items():
                if k.startswith('msgstr'):
                    entries.append((fields['msgid'], v))
        fields.clear()
    with open(po, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.startswith('#') or not line:
                if key is not None and key.startswith('msgstr'):
                    flush()
                    key = None
                continue
            m = re.match(r'(msgid|msgid_plural|msgstr(?:\[\d+\])?|msgctxt) ', line)
            if m:
                if m.group(1) in ('msgid', 'msgctxt') and key is not None and \
                   key.startswith('msgstr'):
                    flush()
                key = m.group(1)
                fields[key] = ''
                line = line[m.end():]
            if key is not None:
                fields[key] += ''.join(PO_STRING.findall(line))
    flush()
    return entries


def first_strong(text):
    """'L', 'R' or None: the direction of the first strong letter a reader sees."""
    for c in UNSEEN.sub(' ', text):
        kind = unicodedata.bidirectional(c)
        if kind == 'L':
            return 'L'
        if kind in ('R', 'AL'):
            return 'R'
    return None


def left_to_right(po):
    """Translations of an RTL catalogue that GTK would lay out left to right:
    they begin with a Latin letter and hold a right-to-left letter or end
    with an ellipsis."""
    found = []
    for msgid, msgstr in translations(po):
        if not msgid or first_strong(msgstr) != 'L':
            continue
        seen = UNSEEN.sub(' ', msgstr)
        if any(unicodedata.bidirectional(c) in ('R', 'AL') for c in seen) or \
           seen.rstrip().endswith(('…', '...')):
            found.append(msgstr)
    return found


def main():
    podir, root = sys.argv[1], sys.argv[2]
    minimum = float(sys.argv[3]) if len(sys.argv) > 3 else 95.0
    with open(os.path.join(podir, 'LINGUAS')) as f:
        langs = [w for line in f for w in line.split('#')[0].split()]
    if not langs:
        print('po/LINGUAS lists no language')
        return 1
    failed = False
    unlisted = unlisted_files(podir, root)
    if unlisted:
        print('sources with translatable strings that po/POTFILES.in does not list:\n  '
              + '\n  '.join(unlisted))
        failed = True
    cut = cut_strings(podir, root)
    if cut:
        print('translatable strings built with a GLib format macro, which xgettext cuts '
              '(write "%" PRId64 from <inttypes.h> instead):\n  ' + '\n  '.join(cut))
        failed = True
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'sources.pot')
        subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments', *KEYWORDS,
                        '-D', root, '-f', os.path.join(podir, 'POTFILES.in'), '-o', pot],
                       check=True, capture_output=True)
        for lang in langs:
            po = os.path.join(podir, lang + '.po')
            check = subprocess.run(['msgfmt', '--check', '-o', os.devnull, po],
                                   capture_output=True, text=True)
            if check.returncode != 0:
                print('%s.po: msgfmt --check fails:\n%s' % (lang, check.stderr))
                failed = True
            if lang.split('_')[0] in RTL_LANGUAGES:
                ltr = left_to_right(po)
                if ltr:
                    print('%s.po: translations laid out left to right in a right-to-left '
                          'interface (begin them with U+200F RIGHT-TO-LEFT MARK):\n  %s'
                          % (lang, '\n  '.join(ltr)))
                    failed = True
            done, fuzzy, missing = statistics(po)
            print('%s.po: %d translated, %d fuzzy, %d untranslated' % (lang, done, fuzzy, missing))
            if fuzzy or missing:
                listing = subprocess.run(['msgattrib', '--untranslated', po],
                                         capture_output=True, text=True).stdout
                listing += subprocess.run(['msgattrib', '--only-fuzzy', po],
                                          capture_output=True, text=True).stdout
                print('%s.po is not complete:\n%s' % (lang, listing[:4000]))
                failed = True
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                           check=True, capture_output=True)
            done, fuzzy, missing = statistics(merged)
            total = done + fuzzy + missing
            percent = 100.0 * done / total if total else 0.0
            print('%s.po against the sources today: %d of %d strings translated (%.1f%%)'
                  % (lang, done, total, percent))
            # The settings, the desktop entry and the software-centre text are few
            # and read outside Sitrep: each of them is translated.
            new = subprocess.run(['msgattrib', '--untranslated', '--no-wrap', merged],
                                 capture_output=True, text=True).stdout
            data = [e for e in new.split('\n\n') if '#: data/' in e]
            if data:
                print('%s.po: strings of data/ not translated:\n%s'
                      % (lang, '\n\n'.join(data)[:4000]))
                failed = True
            if percent < minimum:
                new = subprocess.run(['msgattrib', '--untranslated', '--no-wrap', merged],
                                     capture_output=True, text=True).stdout
                print('fewer than %.0f%%: merge po/sitrep.pot into %s.po and translate:\n%s'
                      % (minimum, lang, new[:4000]))
                failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
