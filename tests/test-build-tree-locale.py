#!/usr/bin/env python3
# test-build-tree-locale.py — the binaries run from the build tree speak the user's language
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A user running build/src/sitrep under LANG=ar_SY.UTF-8 (README's `build-aux/sitrep-dev run`
# or by hand) saw English: the translations are built in build/po, and the binaries bound
# only LOCALEDIR (nothing there before `meson install`) unless SITREP_LOCALEDIR named it.
# Run from the build tree, they bind build/po themselves (src/core/sitrep-build-tree.h).
#
# usage: test-build-tree-locale.py SITREP SITREP-CLI

import os
import subprocess
import sys

sitrep, cli = sys.argv[1], sys.argv[2]

env = dict(os.environ)
for name in ("SITREP_LOCALEDIR", "GSETTINGS_SCHEMA_DIR", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    env.pop(name, None)

ar_sy = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
# LANG=ar_SY.UTF-8 where the locale is generated (sitrep-dev does), and LANGUAGE=ar
# beside a C.UTF-8 session, which gettext honours too.
cases = [("LANGUAGE=ar", {"LANG": "C.UTF-8", "LANGUAGE": "ar"})]
if "ar_sy.utf8" in ar_sy:
    cases.append(("LANG=ar_SY.UTF-8", {"LANG": "ar_SY.UTF-8"}))
else:
    print("# ar_SY.UTF-8 is not generated here: LANGUAGE=ar only")

checks = [
    # (what, command, an Arabic string of po/ar.po it prints)
    ("sitrep --help", [sitrep, "--help"], "افتح المشروع التجريبي"),
    ("sitrep-cli --help", [cli, "--help"], "اعرض الإصدار"),
]

n = 0
failed = 0
print("1..%d" % (len(cases) * len(checks)))
for case, extra in cases:
    for what, command, arabic in checks:
        n += 1
        run_env = dict(env, **extra)
        out = subprocess.run(command, env=run_env, capture_output=True, text=True, timeout=60)
        text = out.stdout + out.stderr
        if arabic in text:
            print("ok %d - %s under %s is in Arabic" % (n, what, case))
        else:
            failed += 1
            print("not ok %d - %s under %s is not in Arabic" % (n, what, case))
            for line in text.splitlines()[:8]:
                print("# " + line)
sys.exit(1 if failed else 0)
