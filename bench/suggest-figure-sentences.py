#!/usr/bin/env python3
# suggest-figure-sentences.py — the session-42 fig25b helper's own English casualty sentences of SEVERAL
# people (counts of 2 and up, captured and missing), written for this check with their figures first, before any
# set's errors were read (no set's text): wire copy, UN and rights groups, Kurdish, Iraqi and Syrian outlets in
# English, military statements, monthly tallies, tables and headlines; and negatives (counts of things, troops,
# ages, years, money, sentences) that must give no figure.
# Each figure is (kind, count, qualifier) as bench/suggest-score.py's figure3 matches it: kind killed / wounded /
# captured (arrested, detained, abducted, kidnapped, missing), "dozens" 12 at_least, "scores" 20 at_least,
# "hundreds" 100 at_least, "nearly" up_to, a range its low end.
# Usage: bench/suggest-figure-sentences.py SITREP_CLI [--all]   (prints the misses, then the counts)
import json
import os
import subprocess
import sys
import tempfile

K, W, C = "killed", "wounded", "captured"
E, AL, MT, UT, AB, RG = "exact", "at_least", "more_than", "up_to", "about", "range"

# (id, title or None, text, [(kind, count, qualifier)])
CASES = [
    # wire copy
    ("w-reuters", None, "BAGHDAD (Reuters) - A car bomb exploded near a market in eastern Baghdad on Tuesday, killing 11 people and wounding 27 others, police and medical sources said.", [(K, 11, E), (W, 27, E)]),
    ("w-brothers", None, "Two brothers were shot dead by gunmen at their home in Tarmiyah, police said.", [(K, 2, E)]),
    ("w-family-of-five", None, "A family of five was killed when a mortar round struck their house in Douma.", [(K, 5, E)]),
    ("w-same-family", None, "Three members of the same family were killed in an air strike on the village of Kafr Nabl, activists said.", [(K, 3, E)]),
    ("w-twins", None, "Twin brothers aged 12 were killed by a landmine near Palmyra on Sunday.", [(K, 2, E)]),
    ("w-killing-both", None, "Gunmen opened fire on two policemen at a checkpoint in Mosul, killing both.", [(K, 2, E)]),
    ("w-dozens-wounded", None, "Dozens of people were wounded in the blast in Kirkuk, a hospital official said.", [(W, 12, AL)]),
    ("w-scores", None, "Scores of civilians were killed in the bombardment of eastern Ghouta, rescuers said.", [(K, 20, AL)]),
    ("w-a-dozen", None, "A dozen soldiers were killed in an ambush on a convoy near Deir ez-Zor.", [(K, 12, E)]),
    ("w-hundreds", None, "Hundreds of people were injured in the gas attack on the town, according to doctors.", [(W, 100, AL)]),
    ("w-between", None, "Between 10 and 15 people were killed in the strike on the market, a local official said.", [(K, 10, RG)]),
    ("w-up-to", None, "Up to 30 people may have been killed in the raid on the village, the monitor said.", [(K, 30, UT)]),
    ("w-nearly", None, "Nearly 40 people were killed in clashes in Sweida over the weekend.", [(K, 40, UT)]),
    ("w-toll-rose", None, "The death toll from the bombing in Sadr City rose to 12 on Wednesday, a health official said.", [(K, 12, E)]),
    ("w-bringing", None, "Two more of the wounded died in hospital on Friday, bringing the number of dead to 17.", [(K, 2, E), (K, 17, E)]),
    ("w-by-side", None, "Eight soldiers and three militants were killed in the fighting near Baiji, the army said.", [(K, 8, E), (K, 3, E)]),
    ("w-left-dead", None, "The clashes in Tal Abyad left four dead and seven injured, a security source said.", [(K, 4, E), (W, 7, E)]),
    ("w-fatalities", None, "The hospital in Idlib recorded 4 fatalities and 9 injuries from the shelling.", [(K, 4, E), (W, 9, E)]),
    ("w-deaths-of", None, "The deaths of six people in the raid on Hawija drew condemnation from the United Nations.", [(K, 6, E)]),
    ("w-among-dead", None, "Five children were among the dead, according to UNICEF.", [(K, 5, E)]),
    ("w-headline", "Suicide bomber kills 14 at Shiite mosque in Kirkuk", "A suicide bomber struck a mosque in Kirkuk during Friday prayers, police said.", [(K, 14, E)]),
    ("w-words-digits", None, "Twenty-three people were killed and 45 wounded in a series of bombings across Baghdad on Monday.", [(K, 23, E), (W, 45, E)]),
    ("w-including", None, "At least 17 civilians, including six children, were killed in air strikes on Idlib province, the Syrian Observatory for Human Rights said.", [(K, 17, AL), (K, 6, E)]),
    ("w-among-them", None, "The Britain-based monitor said the raids killed 14 people, among them three women.", [(K, 14, E), (K, 3, E)]),
    ("w-army-killed", None, "The army said it killed 35 Islamic State militants in the operation in the Hamrin mountains.", [(K, 35, E)]),
    ("w-xinhua", None, "Five people were killed and 12 others injured on Thursday when a bomb went off in Baquba, a police source told Xinhua.", [(K, 5, E), (W, 12, E)]),
    ("w-lost-lives", None, "Seven soldiers lost their lives in the attack on the outpost near Rutba.", [(K, 7, E)]),
    ("w-dpa-died", None, "Eleven people died when a car bomb exploded in Afrin, the Turkish Defence Ministry said.", [(K, 11, E)]),
    ("w-toll-risen", None, "The toll from Sunday's double bombing has risen to 41 dead and more than 100 wounded.", [(K, 41, E), (W, 100, MT)]),
    ("w-updated", None, "Officials later updated the toll to 26 killed.", [(K, 26, E)]),
    ("w-climbed", None, "The number of dead has climbed to 19, hospital officials in Tikrit said.", [(K, 19, E)]),
    ("w-bodies", None, "A medical source said the bodies of nine men were found in an orchard outside Baquba.", [(K, 9, E)]),
    ("w-bodies-14", None, "Police found the bodies of 14 people, shot in the head, in a ditch in southern Baghdad.", [(K, 14, E)]),
    ("w-among-them-4", None, "Sixteen people were killed, among them four policemen, when the bomber struck the checkpoint.", [(K, 16, E), (K, 4, E)]),
    ("w-two-of-dead", None, "A bomb killed nine people in Mahmudiya. Two of the dead were children.", [(K, 9, E), (K, 2, E)]),
    ("w-killed-seven", None, "The attack killed seven, including two women, and wounded 18.", [(K, 7, E), (K, 2, E), (W, 18, E)]),
    ("w-mourners", None, "A suicide bomber blew himself up among mourners, killing at least 25 and injuring dozens.", [(K, 25, AL), (W, 12, AL)]),
    ("w-wounded-3", None, "The strike on the bakery wounded 3 civilians.", [(W, 3, E)]),
    ("w-left-fighters", None, "Clashes between the two sides left at least 6 fighters dead.", [(K, 6, AL)]),
    ("w-and-captured", None, "Five militants were killed and two captured during the operation, the army said.", [(K, 5, E), (C, 2, E)]),
    ("w-occupants", None, "A drone strike on a vehicle near Qaim killed its three occupants.", [(K, 3, E)]),
    ("w-all-four", None, "A roadside bomb hit a minibus near Samarra. All four passengers died at the scene.", [(K, 4, E)]),
    ("w-3-and-11", None, "The explosion killed 3 people and wounded 11, police said.", [(K, 3, E), (W, 11, E)]),
    ("w-left-12", None, "The attack left 12 people dead and 30 others wounded.", [(K, 12, E), (W, 30, E)]),
    ("w-yazidi", None, "Gunmen killed six members of a Yazidi family in Sinjar.", [(K, 6, E)]),
    ("w-both-soldiers", None, "A sniper opened fire on a patrol in Daraa. Both soldiers were killed.", [(K, 2, E)]),
    ("w-the-two-police", None, "The two policemen were wounded by shrapnel when the grenade exploded.", [(W, 2, E)]),
    ("w-couple", None, "A couple were killed when a shell hit their home in Ariha.", [(K, 2, E)]),
    ("w-more-than-over", None, "More than 50 people were killed and over 100 wounded in the week of fighting.", [(K, 50, MT), (W, 100, MT)]),
    ("w-total", None, "A total of 9 people lost their lives and 15 sustained injuries in the blast.", [(K, 9, E), (W, 15, E)]),
    ("w-martyred", None, "Six soldiers were martyred and four others injured in the terrorist attack, the statement said.", [(K, 6, E), (W, 4, E)]),
    ("w-injured-3", None, "Three civilians were injured by sniper fire in the old city of Mosul.", [(W, 3, E)]),
    ("w-claimed-lives", None, "The blast claimed the lives of eight people, including a child.", [(K, 8, E), (K, 1, E)]),
    ("w-perished", None, "Eighteen people perished in the fire caused by the strike.", [(K, 18, E)]),
    ("w-further-hurt", None, "Four people were killed. A further 14 were hurt.", [(K, 4, E), (W, 14, E)]),
    ("w-raid-left", None, "The raid left 7 people injured.", [(W, 7, E)]),
    ("w-recovered", None, "Forty-two bodies were recovered from the rubble in the Old City.", [(K, 42, E)]),
    ("w-reached", None, "The number of those killed in the massacre reached 60.", [(K, 60, E)]),
    ("w-eleven-wounded", None, "Eleven people were wounded, a police officer said.", [(W, 11, E)]),
    ("w-nineveh", None, "The attacks killed 5 soldiers and wounded 9 others across Nineveh.", [(K, 5, E), (W, 9, E)]),
    ("w-one-family", None, "Four people, all from one family, were killed in the shelling of Maarat al-Numan.", [(K, 4, E)]),
    ("w-us-injured", None, "Three U.S. service members were injured in a rocket attack on Ain al-Asad air base.", [(W, 3, E)]),
    ("w-assassinated", None, "Unknown gunmen assassinated two local council members in Daraa.", [(K, 2, E)]),
    ("w-dozen-hurt", None, "A dozen people were hurt in the stampede after the blast.", [(W, 12, E)]),
    ("w-protesters", None, "Five protesters were shot dead and about 60 injured in Nasiriyah.", [(K, 5, E), (W, 60, AB)]),
    ("w-several", None, "At least three people were killed and several injured in the attack.", [(K, 3, AL)]),
    ("w-executed", None, "The regime executed 13 detainees in Saydnaya prison, the network said.", [(K, 13, E)]),
    ("w-two-children-mother", None, "Two children were killed and their mother was wounded when a shell hit their home.", [(K, 2, E), (W, 1, E)]),
    # UN, rights groups, tallies
    ("u-unami-total", None, "According to casualty figures, a total of 733 Iraqis were killed and another 1,511 were injured in acts of terrorism and violence in March.", [(K, 733, E), (W, 1511, E)]),
    ("u-ocha", None, "OCHA said 15 civilians, including seven children, were killed and 22 injured in the Idlib area.", [(K, 15, E), (K, 7, E), (W, 22, E)]),
    ("u-hrw", None, "Human Rights Watch documented the killing of 19 civilians in four strikes on markets.", [(K, 19, E)]),
    ("u-amnesty", None, "Amnesty International said at least 29 people, most of them civilians, died in the siege.", [(K, 29, AL)]),
    ("u-monitor-feb", None, "In February, the monitor documented the deaths of 112 civilians, including 31 children.", [(K, 112, E), (K, 31, E)]),
    ("u-monthly", None, "The monthly toll: 62 civilians killed, 95 wounded.", [(K, 62, E), (W, 95, E)]),
    ("u-ibc", None, "Iraq Body Count recorded 1,204 civilian deaths in July.", [(K, 1204, E)]),
    ("u-unicef", None, "UNICEF said four children were killed and six others maimed by unexploded ordnance in Raqqa.", [(K, 4, E), (W, 6, E)]),
    ("u-estimated", None, "The coalition said its strikes killed an estimated 50 fighters.", [(K, 50, AB)]),
    # Kurdish, Iraqi and Syrian outlets in English
    ("k-rudaw", None, "Two Peshmerga fighters were killed and three others wounded in an ISIS attack south of Kirkuk, Rudaw reported.", [(K, 2, E), (W, 3, E)]),
    ("k-k24", None, "An ISIS attack killed three members of the Iraqi army and wounded two others in Diyala.", [(K, 3, E), (W, 2, E)]),
    ("k-shafaq", None, "Four Popular Mobilization Forces fighters were killed in an IED blast in Salahuddin on Friday, a security source told Shafaq News.", [(K, 4, E)]),
    ("k-iraqinews", None, "Iraqi security forces killed 10 ISIS terrorists in an airstrike in Anbar, the Security Media Cell said.", [(K, 10, E)]),
    ("k-enab", None, "Two civilians were killed and five others injured when a landmine exploded in the countryside of Daraa.", [(K, 2, E), (W, 5, E)]),
    ("k-npa", None, "A Turkish drone strike killed two SDF fighters near Qamishli on Monday.", [(K, 2, E)]),
    ("k-sana", None, "A rocket attack by terrorists on Aleppo claimed the lives of three civilians and injured 10 others.", [(K, 3, E), (W, 10, E)]),
    ("k-smart", None, "Six civilians, four of them children, were killed by regime shelling on Jisr al-Shughur, SMART reported.", [(K, 6, E), (K, 4, E)]),
    ("k-sohr-retold", None, "According to SOHR, the death toll of the massacre has risen to 21, among them 5 children.", [(K, 21, E), (K, 5, E)]),
    # military and ministry statements
    ("m-centcom", None, "U.S. forces conducted a raid in northeast Syria that killed two ISIS officials, CENTCOM said.", [(K, 2, E)]),
    ("m-eliminated", None, "The Ministry of Defence said 31 terrorists were eliminated and 4 were captured.", [(K, 31, E), (C, 4, E)]),
    ("m-neutralized", None, "The Turkish ministry said 12 PKK terrorists were neutralized in northern Iraq.", [(K, 12, E)]),
    # captured, missing
    ("c-arrested", None, "Security forces arrested 12 suspects in a series of raids in Diyala, police said.", [(C, 12, E)]),
    ("c-detained", None, "Kurdish security forces detained five people suspected of links to ISIS in Sulaimani.", [(C, 5, E)]),
    ("c-kidnapped", None, "Gunmen kidnapped four engineers working on a water project near Tikrit.", [(C, 4, E)]),
    ("c-abducted", None, "Three aid workers were abducted by unidentified gunmen in Idlib on Sunday.", [(C, 3, E)]),
    ("c-missing", None, "Two journalists have been missing since the attack on the town, their employer said.", [(C, 2, E)]),
    ("c-seized", None, "Militants seized 11 fishermen on the Euphrates near Hit.", [(C, 11, E)]),
    ("c-captured", None, "ISIS militants captured 20 soldiers when they overran the base.", [(C, 20, E)]),
    ("c-reported-missing", None, "Six people were reported missing after the shelling.", [(C, 6, E)]),
    ("c-border", None, "Turkish forces detained 14 people trying to cross the border.", [(C, 14, E)]),
    ("c-sdf", None, "The SDF said it had arrested 8 ISIS suspects in a raid on al-Hol camp.", [(C, 8, E)]),
    ("c-gunmen", None, "Security forces captured three gunmen after a firefight in Tuz Khurmatu.", [(C, 3, E)]),
    ("c-abducted-killed", None, "The militants abducted 20 shepherds and killed two of them.", [(C, 20, E), (K, 2, E)]),
    ("c-pair", None, "The pair were arrested at a checkpoint in Kirkuk.", [(C, 2, E)]),
    ("c-some-200", None, "Some 200 people were detained in the crackdown.", [(C, 200, AB)]),
    ("c-prisoner", None, "Nine IS militants were taken prisoner.", [(C, 9, E)]),
    ("c-kidnappers", None, "Kidnappers seized six students on the road to Samarra.", [(C, 6, E)]),
    ("c-rubble", None, "Eight people remain missing under the rubble.", [(C, 8, E)]),
    ("c-apprehended", None, "Police apprehended 7 suspects in connection with the bombing.", [(C, 7, E)]),
    # tables and lists
    ("t-colon", None, "Killed: 5\nWounded: 12\nLocation: Tal Afar", [(K, 5, E), (W, 12, E)]),
    ("t-casualties", None, "Casualties: 3 killed, 8 wounded.", [(K, 3, E), (W, 8, E)]),
    ("t-civilians", None, "Killed: 4 civilians. Injured: 10 civilians.", [(K, 4, E), (W, 10, E)]),
    # negatives
    ("n-troops", None, "The army deployed 500 troops to the area.", []),
    ("n-villages", None, "The militants seized 5 of the 9 villages in the district.", []),
    ("n-sentence", None, "The court sentenced 11 men to death for the 2014 bombing.", []),
    ("n-vehicles", None, "The strike destroyed 4 vehicles and 12 homes.", []),
    ("n-families", None, "Some 3,000 families have fled the fighting since 2019.", []),
    ("n-money", None, "The government pledged $50 million for reconstruction.", []),
    ("n-years", None, "Two years after the attack, the town remains empty.", []),
    ("n-cars", None, "Police said 20 cars were burned.", []),
    ("n-fighters", None, "About 300 fighters took part in the offensive.", []),
    ("n-strikes", None, "The coalition carried out 14 strikes near Raqqa on Monday.", []),
    ("n-rockets", None, "Seven rockets landed near the airport, causing no casualties.", []),
    ("n-million", None, "The UN said 1.2 million people need humanitarian aid.", []),
    ("n-released", None, "The regime released 25 detainees under an amnesty.", []),
    ("n-weight", None, "The bomb weighed 50 kilograms.", []),
    ("n-division", None, "The attack on the 5th Division headquarters was repelled.", []),
    ("n-route", None, "Route 4 was closed for two days.", []),
    ("n-prison", None, "He served 10 years in prison.", []),
    ("n-nobody", None, "Nobody was hurt when two mortar shells landed in the Green Zone.", []),
    ("n-stationed", None, "The plan would see 2,000 soldiers stationed in Kirkuk.", []),
    ("n-age", None, "The 14-year-old boy and his 16-year-old brother fled to Turkey.", []),
]

# Batch 2, written AFTER reading the tuning sets' absent misses of several people (session 42, fig25b): the general
# forms they showed, in my own words (no set's text), each with its figures written first and negatives beside.
# Weaker evidence than the first batch: its forms were chosen from the tuning errors.
CASES_B2 = [
    # a count joined by "and" to the one before, then another clause's verb of harm
    ("b-and-wounded", None, "A roadside bomb killed three soldiers and two civilians and wounded eight others.", [(K, 3, E), (K, 2, E), (W, 8, E)]),
    ("b-one-and-two", None, "Gunmen killed one policeman and two passers-by and wounded four.", [(K, 1, E), (K, 2, E), (W, 4, E)]),
    ("b-and-injured", None, "Shelling killed 5 children and 3 women and injured 20 people in Douma.", [(K, 5, E), (K, 3, E), (W, 20, E)]),
    ("b-abducted-and", None, "Militants abducted six farmers and two shepherds and wounded three others.", [(C, 6, E), (C, 2, E), (W, 3, E)]),
    ("b-not-weapons", None, "The army killed 10 militants and seized 30 rifles and destroyed four vehicles.", [(K, 10, E)]),
    # a bare count of where, by whom or how some of them were
    ("b-incl-town", None, "Gunmen killed 12 people across the province, including five in the town of Baiji.", [(K, 12, E), (K, 5, E)]),
    ("b-incl-village", None, "Shelling killed 20 civilians, including four in a village near Hama.", [(K, 20, E), (K, 4, E)]),
    ("b-incl-hands", None, "The monitor documented 40 deaths in March, including three at the hands of regime forces.", [(K, 40, E), (K, 3, E)]),
    ("b-incl-hands-two", None, "Eleven detainees died in May, including six at the hands of regime forces and two at the hands of the SDF.", [(K, 11, E), (K, 6, E), (K, 2, E)]),
    ("b-and-torture", None, "The network said 80 civilians were killed in June, and 7 under torture.", [(K, 80, E), (K, 7, E)]),
    ("b-incl-dumped", None, "Police found 20 bodies on Sunday, including 12 dumped near a landfill.", [(K, 20, E), (K, 12, E)]),
    ("b-incl-capital", None, "Bombs killed 14 people across Iraq, including nine in the capital.", [(K, 14, E), (K, 9, E)]),
    ("b-incl-market", None, "The attacks wounded 25 people, including 10 at a market in the south of the city.", [(W, 25, E), (W, 10, E)]),
    ("b-not-condition", None, "Five people were wounded, including two in critical condition.", [(W, 5, E)]),
    ("b-not-a-condition", None, "Ten people were hurt, including three in a serious condition.", [(W, 10, E)]),
    ("b-not-care", None, "Nine people were injured, including four in intensive care.", [(W, 9, E)]),
    ("b-comma-where", None, "Five more bodies were found overnight, two in a market and three near a mosque.", [(K, 5, E), (K, 2, E), (K, 3, E)]),
    # words between the count and its noun
    ("b-new-deaths", None, "The army reported four new American deaths on Monday.", [(K, 4, E)]),
    ("b-adj-bodies", None, "Two blindfolded, handcuffed bodies were found in the river.", [(K, 2, E)]),
    ("b-more-bodies", None, "Police found three more decapitated bodies near Baquba.", [(K, 3, E)]),
    ("b-not-new-attacks", None, "The army reported four new attacks on Monday.", []),
    # a part of the bodies, people taken
    ("b-of-corpses", None, "Fifteen of the corpses were found in a single spot in the west of the city.", [(K, 15, E)]),
    ("b-of-bodies", None, "Six of the bodies were found in the river.", [(K, 6, E)]),
    ("b-taken", None, "Two of the villagers were taken by the gunmen.", [(C, 2, E)]),
]


def cli(exe, *args):
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout


def figures_of(r):
    out = []
    for s in r["suggestions"]:
        lab = s.get("label") or ""
        if lab in ("Killed", "Wounded", "Captured/Missing"):
            a = s.get("attributes") or {}
            kind = {"Killed": K, "Wounded": W}.get(lab, C)
            out.append((kind, a.get("count"), a.get("qualifier")))
    return out


def run_cases(exe, CASES, name, show_all):
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "s.sitrep")
        cli(exe, "new", project)
        src = os.path.join(tmp, "docs.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for cid, title, text, _ in CASES:
                doc = {"title": title or ("Report " + cid), "text": text, "url": "https://example.org/" + cid,
                       "published": "2024-05-07"}
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        cli(exe, "import", project, src)
        run = json.loads(cli(exe, "suggest", project, "--all", "--json"))
    run.sort(key=lambda r: r["article"])
    right = n_gold = n_sys = n_ok = 0
    for (cid, title, text, want), r in zip(CASES, run):
        got = figures_of(r)
        left = list(got)
        ok = 0
        for w in want:
            if w in left:
                left.remove(w)
                ok += 1
        n_gold += len(want)
        n_sys += len(got)
        n_ok += ok
        good = ok == len(want) and not left
        right += good
        if show_all or not good:
            print("%s %-22s want=%s got=%s" % ("ok  " if good else "MISS", cid, want, got))
    print("%s: %d of %d sentences right; figures %d of %d found; "
          "precision %d of %d" % (name, right, len(CASES), n_ok, n_gold, n_ok, n_sys))


def main():
    exe = sys.argv[1]
    show_all = "--all" in sys.argv
    run_cases(exe, CASES, "own figure sentences, batch 1 (written first)", show_all)
    run_cases(exe, CASES_B2, "own figure sentences, batch 2 (after reading the tuning misses)", show_all)


if __name__ == "__main__":
    main()
