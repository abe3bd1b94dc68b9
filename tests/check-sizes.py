#!/usr/bin/python3
# check-sizes.py: lists the functions in src/ over 120 lines and the files over 1,000 lines
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The code is in GNU style: a function's body opens with "{" in the first column, right after
# the line that closes its parameter list, and closes with "}" in the first column. A function's
# length is its body, from that "{" to that "}" (both counted). Exits 1 when anything is over,
# naming each offender as FILE:LINE, so the test that runs it fails. An allowed entry that is
# no longer over is named too, to be taken off the list, but does not fail.
#
# usage: check-sizes.py SRCDIR [--allow FILE:FUNCTION ...]

import os
import re
import sys

MAX_FUNCTION_LINES = 120
MAX_FILE_LINES = 1000

DECLARATOR = re.compile(r'^([A-Za-z_]\w*)\s*\(')


def functions(lines):
    """Yields (name, first line number, body length) for each function definition."""
    i = 0
    n = len(lines)
    while i < n:
        if lines[i].rstrip() == '{' and i > 0 and lines[i - 1].rstrip().endswith(')'):
            name = None
            first = i
            j = i - 1
            # Walk back over the parameter list to the line that names the function.
            while j >= 0 and j >= i - 40:
                m = DECLARATOR.match(lines[j])
                if m:
                    name = m.group(1)
                    first = j
                    break
                if lines[j].strip() == '' or lines[j].rstrip().endswith((';', '}')):
                    break
                j -= 1
            k = i + 1
            while k < n and not lines[k].startswith('}'):
                k += 1
            if name is not None:
                yield name, first + 1, k - i + 1
            i = k + 1
            continue
        i += 1


def main(argv):
    if len(argv) < 2:
        print('usage: check-sizes.py SRCDIR [--allow FILE:FUNCTION ...]', file=sys.stderr)
        return 2
    root = argv[1]
    allowed = set()
    args = argv[2:]
    while args:
        if args[0] == '--allow' and len(args) > 1:
            allowed.add(args[1])
            args = args[2:]
        else:
            print('check-sizes.py: unknown argument %s' % args[0], file=sys.stderr)
            return 2

    over = []
    tolerated = []
    seen_allowed = set()
    checked = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for filename in sorted(filenames):
            if not filename.endswith(('.c', '.h')):
                continue
            path = os.path.join(dirpath, filename)
            rel = os.path.relpath(path, root)
            with open(path, encoding='utf-8', errors='replace') as f:
                lines = f.read().split('\n')
            if lines and lines[-1] == '':
                lines.pop()
            checked += 1
            if len(lines) > MAX_FILE_LINES:
                key = rel
                entry = '%s: %d lines (file; at most %d)' % (rel, len(lines), MAX_FILE_LINES)
                if key in allowed:
                    seen_allowed.add(key)
                    tolerated.append(entry)
                else:
                    over.append(entry)
            if not filename.endswith('.c'):
                continue
            for name, line, length in functions(lines):
                if length <= MAX_FUNCTION_LINES:
                    continue
                key = '%s:%s' % (rel, name)
                entry = '%s:%d: %s () is %d lines (at most %d)' % (rel, line, name, length,
                                                                   MAX_FUNCTION_LINES)
                if key in allowed:
                    seen_allowed.add(key)
                    tolerated.append(entry)
                else:
                    over.append(entry)

    for entry in tolerated:
        print('allowed for now: %s' % entry)
    stale = sorted(allowed - seen_allowed)
    for key in stale:
        print('no longer over, remove it from the allowed list: %s' % key)
    for entry in over:
        print(entry)
    print('%d files checked; %d over the limits, %d allowed for now' % (checked, len(over),
                                                                        len(tolerated)))
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
