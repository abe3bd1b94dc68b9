#!/usr/bin/env python3
# gen-actors.py — writes data/actors/actors.tsv: the bundled actor list the
# suggester proposes. Names come from the UCDP GED events shipped in
# data/events (CC BY 4.0, see data/README.md), split where UCDP joins several
# actors with commas, each with an ACLED actor type read from its name; then
# the common forms news reports use for the same parties.
# Usage: build-aux/gen-actors.py data/events/ucdp_ged_syria_region_2015_2017.csv > data/actors/actors.tsv
import csv
import sys

# Common forms: canonical name, ACLED actor type, aliases.
COMMON = [
    ("IS", "rebel_group", ["ISIS", "ISIL", "Islamic State", "Islamic State of Iraq and the Levant",
                           "Islamic State of Iraq and Syria", "Daesh", "Da'esh", "Daish", "Isis", "IS"]),
    ("Government of Syria", "state_forces", ["Syrian Arab Army", "SAA", "Syrian army", "Syrian Army",
                                             "Syrian government forces", "Syrian regime", "Assad regime",
                                             "Syrian military", "Syrian troops", "regime forces",
                                             "National Defence Forces", "NDF", "Tiger Forces",
                                             "Syrian authorities", "Syrian government"]),
    ("SDF", "rebel_group", ["Syrian Democratic Forces", "SDF", "QSD"]),
    ("PYD", "rebel_group", ["YPG", "People's Protection Units", "YPJ", "Kurdish forces",
                            "Kurdish fighters", "Kurdish militia", "Democratic Union Party"]),
    ("PKK", "rebel_group", ["Kurdistan Workers' Party", "PKK"]),
    ("HTS", "rebel_group", ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Tahrir al-Sham", "HTS",
                            "Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Jabhat Fateh al-Sham"]),
    ("Government of Iraq", "state_forces", ["Iraqi Security Forces", "ISF", "Iraqi army", "Iraqi Army",
                                            "Iraqi forces", "Iraqi government", "Iraqi security forces",
                                            "Counter Terrorism Service", "CTS", "Popular Mobilization Forces",
                                            "PMF", "Hashd al-Shaabi", "Iraqi military"]),
    ("Government of Turkey", "state_forces", ["Turkish Armed Forces", "TAF", "Turkish army", "Turkish forces",
                                              "Turkish military", "Turkish TAF"]),
    ("Government of Russia", "external_other", ["Russian forces", "Russian military",
                                                       "Russian Aerospace Forces", "Russian warplanes",
                                                       "Russian army", "Russian Coordination Center",
                                                       "Russian Reconciliation Center",
                                                       "Russian Coordination Center in Syria"]),
    ("Government of United States of America", "external_other",
     ["U.S. forces", "US forces", "American forces", "U.S. military", "US military", "CENTCOM",
      "U.S. Central Command", "USCENTCOM", "Pentagon"]),
    ("Global Coalition", "external_other", ["Coalition", "coalition forces", "Coalition forces",
                                                   "Global Coalition", "Combined Joint Task Force",
                                                   "CJTF-OIR", "Operation Inherent Resolve",
                                                   "Inherent Resolve", "international coalition",
                                                   "US-led coalition", "U.S.-led coalition"]),
    ("Government of Iran", "external_other", ["IRGC", "Islamic Revolutionary Guard Corps",
                                                     "Iranian forces", "Quds Force"]),
    ("Government of Israel", "external_other", ["Israeli army", "IDF", "Israel Defense Forces",
                                                       "Israeli forces", "Israeli warplanes"]),
    ("Hezbollah", "political_militia", ["Hizbollah", "Hizballah", "Hezbollah", "Lebanese Hezbollah"]),
    ("al-Qaida", "rebel_group", ["Al-Qaida", "al-Qaeda", "Al Qaeda", "al Qaeda", "AQ", "Al-Qaeda"]),
    ("Free Syrian Army", "rebel_group", ["FSA", "Free Syrian Army", "Syrian National Army", "SNA"]),
    ("Peshmerga", "state_forces", ["Peshmerga", "Kurdish Peshmerga"]),
    ("Syrian Observatory for Human Rights", "external_other", ["SOHR", "the Observatory"]),
    ("Civilians", "civilians", ["civilians"]),
]

def actor_type(name):
    if name.startswith("Government of"):
        return "state_forces"
    if name == "Civilians":
        return "civilians"
    return "rebel_group"

def main():
    seen = {}
    order = []
    for name, kind, aliases in COMMON:
        seen[name] = (kind, list(aliases))
        order.append(name)
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for side in ("side_a_name", "side_b_name"):
                for part in row[side].split(","):
                    name = part.strip()
                    if not name or name in seen:
                        continue
                    seen[name] = (actor_type(name), [])
                    order.append(name)
    print("# name\tACLED actor type id\taliases (|) — UCDP GED actor names (CC BY 4.0) and common forms")
    for name in order:
        kind, aliases = seen[name]
        print("%s\t%s\t%s" % (name, kind, "|".join(a for a in aliases if a != name)))

main()
