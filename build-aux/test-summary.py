#!/usr/bin/env python3
# test-summary.py — count test cases over meson test logs and print "N passed, N failed".
# Each GTest binary speaks TAP, so every test case counts once; a binary that
# crashed or timed out counts as one failure more. Exit 1 if anything failed.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import sys

passed = failed = skipped = 0
failures = []

for path in sys.argv[1:]:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        print(f"test-summary: cannot read {path}: {e}")
        failed += 1
        failures.append(path)
        continue
    if not lines:
        failed += 1
        failures.append(f"{path}: no tests ran")
    for line in lines:
        entry = json.loads(line)
        name = entry.get("name", "?")
        result = entry.get("result", "")
        out = entry.get("stdout") or ""
        oks = nots = skips = 0
        for l in out.splitlines():
            if re.match(r"^ok \d+", l):
                if re.search(r"#\s*SKIP", l, re.I):
                    skips += 1
                else:
                    oks += 1
            elif re.match(r"^not ok \d+", l):
                if re.search(r"#\s*TODO", l, re.I):
                    skips += 1
                else:
                    nots += 1
                    failures.append(f"{path}: {name}: {l}")
        if oks + nots + skips == 0:
            # not a TAP test (validators): count the test itself
            if result == "OK":
                passed += 1
            elif result in ("SKIP",):
                skipped += 1
            else:
                failed += 1
                failures.append(f"{path}: {name}: {result}")
            continue
        passed += oks
        failed += nots
        skipped += skips
        if result not in ("OK", "SKIP", "EXPECTEDFAIL") and nots == 0:
            failed += 1
            failures.append(f"{path}: {name}: {result} (crashed or timed out)")

for f in failures:
    print(f"FAILED {f}")
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
