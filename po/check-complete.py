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
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile

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
            if percent < minimum:
                new = subprocess.run(['msgattrib', '--untranslated', '--no-wrap', merged],
                                     capture_output=True, text=True).stdout
                print('fewer than %.0f%%: merge po/sitrep.pot into %s.po and translate:\n%s'
                      % (minimum, lang, new[:4000]))
                failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
