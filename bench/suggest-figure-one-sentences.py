#!/usr/bin/env python3
# suggest-figure-one-sentences.py — the session-42 fig25 helper's own English figure sentences about ONE victim
# (killed, wounded, abducted or held), written for this check before any tuning set's errors were read, with
# the figures a careful coder lists written first (the conventions of the blind sets' READMEs: a single
# person killed, wounded or arrested is 1 at each clause that reports it; a list of persons without a
# numeral is the count of its persons; a suicide bomber who blew himself up is no figure; a body found is
# one killed), and negatives that must give no figure. No set's text: outlets' styles, written anew.
# Usage: bench/suggest-figure-one-sentences.py SITREP_CLI [--all]   (prints the misses and extras, then the counts)
import json
import os
import subprocess
import sys
import tempfile

K, W, C = "killed", "wounded", "captured"

# (id, [(kind, count) or (kind, count, qualifier)], text)
CASES = [
    # wire copy
    ("ap-shot-dead", [(K, 1)], "KIRKUK, Iraq (AP) \u2014 Gunmen shot dead a police officer outside his home in Kirkuk on Monday, police said."),
    ("reuters-bomb", [(K, 1), (W, 2)], "BAGHDAD, May 4 (Reuters) - A roadside bomb killed an Iraqi soldier and wounded two others south of Baghdad on Thursday, security sources said."),
    ("afp-another-wounded", [(K, 1), (W, 1)], "A Turkish soldier was killed and another wounded in clashes with PKK militants in northern Iraq, the defence ministry said on Saturday."),
    ("xinhua-civilian", [(K, 1), (W, 3)], "DAMASCUS, March 3 (Xinhua) -- A civilian was killed and three others injured when mortar shells slammed into a residential neighborhood in Damascus on Tuesday, state news agency SANA reported."),
    ("afp-journalist", [(K, 1)], "BEIRUT (AFP) - A Syrian journalist working for a pro-opposition news website was killed Sunday by sniper fire in the northern city of Aleppo, a monitoring group said."),
    ("ani-national", [(K, 1)], "New Delhi, Jan 9 (ANI): An Indian national working for a construction firm was killed in a rocket attack near Basra on Friday, officials said."),
    ("dpa-died-wounds", [(K, 1)], "Erbil (dpa) - A Kurdish Peshmerga fighter died on Wednesday of wounds he sustained in an Islamic State attack last week, the Peshmerga ministry said."),
    ("ap-service-member", [(K, 1), (W, 3)], "A U.S. service member was killed and three others were wounded when their vehicle struck a bomb in eastern Syria, the U.S. military said Tuesday."),
    ("reuters-commander", [(K, 1)], "Iraqi security forces killed a senior Islamic State commander in an air strike in Anbar province, the military said on Sunday."),
    ("afp-landmine-child", [(K, 1)], "A child was killed when a landmine left behind by jihadists exploded in a village near Raqqa, the Syrian Observatory for Human Rights said."),
    ("ap-two-incidents", [(K, 1), (W, 3), (K, 1)], "BAGHDAD (AP) \u2014 A roadside bomb struck a police patrol in eastern Baghdad on Sunday, killing a policeman and wounding three passers-by, officials said. In a separate incident, gunmen killed a government employee as he left his home in the Dora district, a police officer said on condition of anonymity because he was not authorized to release the information."),
    ("reuters-sniper-girl", [(W, 1)], "A sniper wounded a girl in the Old City of Aleppo on Friday, a doctor at the city's main hospital told Reuters."),
    ("afp-hezbollah", [(K, 1)], "A Hezbollah commander was killed in an Israeli strike near Damascus airport, sources close to the group told AFP."),
    ("ap-iranian-adviser", [(K, 1)], "An Iranian military adviser was killed in Syria, the semi-official Tasnim news agency reported on Monday."),
    ("reuters-border", [(K, 1)], "Turkish border guards shot dead a Syrian refugee trying to cross the border near Ras al-Ain, a monitoring group said."),
    # UN, NGOs
    ("unami-condemns", [(K, 1)], "The United Nations Assistance Mission for Iraq (UNAMI) condemns the killing of a humanitarian worker in Nineveh Governorate on 12 June."),
    ("ocha-aid-worker", [(K, 1), (W, 1)], "According to OCHA, one aid worker was killed and another injured when their convoy came under fire near Sarmada on Monday."),
    ("unicef-boy-sister", [(K, 1), (W, 1)], "A 12-year-old boy was killed and his younger sister seriously injured when shelling hit their home in Idlib yesterday, UNICEF said."),
    ("unicef-colleague", [(K, 1)], "UNICEF is deeply saddened by the death of a colleague who was delivering supplies in rural Aleppo on Tuesday."),
    ("hrw-custody", [(K, 1)], "Human Rights Watch said that a detainee died in custody in January after being tortured by security officers in Basra."),
    ("amnesty-execution", [(K, 1)], "Amnesty International has documented the execution of a young man by an armed group in Afrin after a summary trial."),
    ("un-assassination", [(K, 1)], "The Special Representative strongly condemned the assassination of a prominent civil society activist in Basra on Sunday."),
    ("msf-nurse", [(K, 1)], "An MSF nurse was killed when the hospital in Maarat al-Numan was bombed on Monday, the organisation said."),
    ("ircs-volunteer", [(K, 1)], "The Iraqi Red Crescent said one of its volunteers was killed when the ambulance he was driving was hit by a shell."),
    ("sarc-wounded", [(W, 1)], "A volunteer with the Syrian Arab Red Crescent was wounded by gunfire in Deir ez-Zor on Thursday."),
    # Kurdish and Iraqi outlets in English
    ("rudaw-peshmerga", [(K, 1), (W, 2)], "ERBIL, Kurdistan Region - A Peshmerga was killed and two others were wounded in an ISIS attack on their position in Makhmour on Saturday night, the Peshmerga ministry told Rudaw."),
    ("k24-martyred", [(K, 1)], "A member of the Kurdistan Region's security forces (Asayish) was martyred in a drone attack near Sinjar, a local official told Kurdistan 24."),
    ("shafaq-killing-of", [(K, 1)], "Shafaq News / A security source in Diyala reported on Tuesday the killing of a shepherd by an IED explosion in the outskirts of Khanaqin."),
    ("shafaq-farmer", [(W, 1)], "Shafaq News / A farmer was injured by an explosive device blast in the Kifl area of Babil, a security source said on Monday."),
    ("iraqinews-officer", [(K, 1)], "An Iraqi army officer was killed on Thursday in an attack launched by Islamic State militants in Salahuddin, a security source said."),
    ("bp-kidnapped", [(C, 1)], "A civilian was kidnapped by gunmen in southern Baghdad on Friday, a police source said."),
    ("shafaq-young-man", [(K, 1)], "A young man was shot dead by unknown gunmen in Maysan province, a police source told Shafaq News, adding that the motive is still unknown."),
    ("rudaw-body-grave", [(K, 1)], "The body of a Yazidi woman who had been held by ISIS was found in a mass grave near Sinjar, local officials said."),
    ("iraqinews-wali", [(C, 1)], "Security forces arrested an ISIS leader, known as the wali of Kirkuk, in an operation west of the city."),
    ("k24-turkish", [(K, 1), (W, 1)], "Turkish airstrikes killed a civilian and injured another in Duhok province's Amedi district, a local official said."),
    ("shafaq-truck-driver", [(C, 1)], "Shafaq News / Militants abducted a truck driver on the highway between Baghdad and Kirkuk on Wednesday night."),
    ("rudaw-yazidi-kidnap", [(C, 1)], "A Yazidi man was kidnapped by unknown gunmen in Sinjar, his brother told Rudaw."),
    ("k24-journalist-held", [(C, 1)], "A journalist was detained by security forces while covering protests in Sulaimani, a press freedom group said."),
    # Syrian outlets in English
    ("enab-checkpoint", [(K, 1)], "A young man was killed by the gunfire of regime forces at a checkpoint in the town of Sanamayn in Daraa countryside, Enab Baladi's correspondent reported."),
    ("sohr-child-wounds", [(K, 1)], "The Syrian Observatory for Human Rights documented the death of a child of wounds he sustained in a regime shelling on Kafr Nabl days ago."),
    ("np-sdf-member", [(K, 1)], "QAMISHLI, Syria (North Press) \u2013 A member of the Syrian Democratic Forces (SDF) was killed on Wednesday by gunmen believed to be ISIS cells in the eastern countryside of Deir ez-Zor."),
    ("sana-martyred", [(K, 1), (W, 5)], "One civilian was martyred and five others were injured due to terrorist attacks with rocket shells on al-Suqaylabiyah city in Hama countryside, a source told SANA."),
    ("sohr-executed", [(K, 1)], "SOHR activists reported that a man was executed by ISIS cells in the desert of al-Mayadeen after being accused of collaborating with the SDF."),
    ("enab-abducted", [(C, 1)], "An activist was abducted by unidentified gunmen in the city of al-Bab on Monday evening, according to his relatives."),
    ("np-sniper-woman", [(W, 1)], "A woman was injured by a sniper bullet in the Sheikh Maqsoud neighborhood of Aleppo, a medical source told North Press."),
    ("sohr-died-wounds", [(K, 1)], "A fighter of the Turkish-backed factions died of wounds sustained in clashes with the SDF on the frontline of Tal Tamr."),
    ("sohr-hamza", [(K, 1)], "A fighter from the Hamza Division was shot dead by an unknown gunman in Afrin, the Observatory said."),
    ("enab-military-security", [(K, 1)], "Local sources said a member of the regime's Military Security was shot dead in Busra al-Sham on Tuesday."),
    ("sohr-regime-captured", [(C, 1)], "A regime soldier was captured by rebels during the battle for the hill, the Observatory said."),
    ("enab-detained", [(C, 1)], "Syrian regime forces detained a young man at a checkpoint in the Qalamoun area, Enab Baladi learned."),
    ("sohr-woman-guards", [(K, 1)], "A Syrian woman was shot dead by Turkish border guards while trying to cross into Turkey, the monitor said."),
    # military and coalition statements
    ("centcom-raid", [(K, 1)], "U.S. Central Command forces conducted a helicopter raid in northeast Syria that resulted in the death of a senior ISIS official."),
    ("centcom-killing-named", [(K, 1)], "CENTCOM forces conducted a unilateral strike in northwest Syria, killing Abu Yusif, a senior ISIS leader."),
    ("coalition-injured", [(W, 1)], "One Coalition service member was injured during the attack and is in stable condition."),
    ("tsk-martyred", [(K, 1), (W, 2)], "One of our heroic soldiers was martyred and two were wounded as a result of harassment fire by terrorists in the operation area, the ministry said."),
    ("smc-killed-arrested", [(K, 1), (C, 1)], "The Security Media Cell announced that a terrorist was killed and another was arrested in an operation in the Hamrin mountains."),
    ("sdf-emir", [(K, 1)], "A coalition airstrike killed an ISIS emir responsible for recruiting foreign fighters near Hajin, the SDF said."),
    ("cts-emir-captured", [(C, 1)], "An ISIS emir was captured alive by the Counter-Terrorism Service in a raid in Anbar."),
    ("army-sniper", [(K, 1)], "An Iraqi soldier was killed by a sniper in the Ayadiya area, the army's media cell said."),
    ("mod-russian", [(K, 1)], "A Russian military adviser was killed by shelling in Homs province, the Russian defence ministry said."),
    ("army-militant-shot", [(K, 1)], "Security forces shot and killed a suspected militant who tried to cross the border, the army said."),
    ("army-one-soldier", [(K, 1)], "One soldier was killed, the statement said, without giving his name."),
    ("army-killed-arrested-mirror", [(C, 1), (K, 1)], "Troops arrested a militant and killed another in a raid near Tarmiyah, the army said."),
    # named persons with rank, age, job
    ("named-photojournalist", [(K, 1)], "Photojournalist Ahmed Hassan, 31, who covered the war in Syria for a decade, was killed on Friday when a shell struck near him in Idlib."),
    ("named-ltcol", [(K, 1)], "Lt. Col. Karim Jabbar, 45, commander of the 3rd Battalion of the Iraqi army's 9th Division, was killed in a clash with militants near Tarmiyah on Sunday."),
    ("named-briggen", [(K, 1)], "Brig. Gen. Ali Hamza, the police chief of Hit, was assassinated on Tuesday by a sticky bomb attached to his car."),
    ("named-colonel-died", [(K, 1)], "Colonel Saad al-Khafaji died in hospital on Wednesday of wounds he suffered in a bombing in Baquba last week."),
    ("named-pmf", [(K, 1)], "Hassan Ali, 27, a member of the Popular Mobilization Forces, was killed by a sniper in Tuz Khurmatu."),
    ("named-sheikh-kidnapped", [(C, 1)], "Sheikh Abdullah al-Jubouri, a tribal leader who fought against ISIS, was kidnapped from his home in Shirqat on Sunday night."),
    ("named-doctor", [(K, 1)], "Dr. Hussein Mahmoud, the director of al-Sadr hospital, was shot dead on Saturday as he left work."),
    ("named-mukhtar", [(K, 1)], "The mukhtar of the village, Hussein al-Ali, was assassinated by gunmen on a motorcycle on Friday."),
    ("named-girl", [(K, 1)], "Fatima, a 7-year-old girl, was killed when a barrel bomb hit her school in Douma."),
    ("named-shot-died", [(K, 1)], "Mohammed Jassim, 19, was shot in the chest and died at the scene, his cousin said."),
    ("named-leader-captured", [(C, 1)], "Iraqi forces captured Abu Omar al-Iraqi, an ISIS official responsible for the group's finances, in a raid near Rawa."),
    # pronoun chains across sentences
    ("chain-he-shot", [(K, 1)], "Adnan Salim left his house in Tikrit early on Monday. He was shot dead at a fake checkpoint on the road to Samarra."),
    ("chain-him-dead", [(K, 1)], "The doctor was driving to the hospital in Kirkuk on Tuesday morning. Gunmen stopped his car and shot him dead."),
    ("chain-he-died", [(K, 1)], "Witnesses said a man in his forties was walking near the market when the bomb went off. He died on the way to hospital."),
    ("chain-abducted-body", [(C, 1), (K, 1)], "An engineer working for the oil ministry was abducted on Sunday. His body was found two days later near Baiji."),
    ("chain-wounded-died", [(W, 1), (K, 1)], "Ali Kareem was wounded in the attack on Sunday. He died of his wounds on Tuesday, his family said."),
    ("chain-she-killed", [(K, 1)], "Umm Ahmad, a mother of four, was at home with her children in Ariha. She was killed when the roof collapsed."),
    ("chain-killing-him", [(K, 1)], "Gunmen on a motorcycle opened fire on a lawyer in central Basra, killing him instantly."),
    # passive, active, nominal
    ("nominal-professor", [(K, 1)], "The killing of a university professor in Baghdad on Monday sparked outrage among academics."),
    ("nominal-protester", [(K, 1)], "The death of a young protester in Nasiriyah on Friday prompted fresh demonstrations."),
    ("nominal-murder", [(K, 1)], "Police are investigating the murder of a goldsmith in the Karrada district of Baghdad."),
    ("active-its-driver", [(K, 1)], "An airstrike on a car near Idlib killed its driver, the civil defence said."),
    ("active-the-driver", [(K, 1)], "A drone strike targeted a car on the road to Qamishli, killing the driver."),
    ("active-passer-by", [(K, 1)], "The explosion killed a passer-by and damaged several shops in the market."),
    ("active-woman-inside", [(K, 1)], "A rocket struck a house in Ras al-Ain, killing a woman inside."),
    ("active-farmer", [(K, 1)], "Mortar fire killed a farmer tending his field near the front line in Jisr al-Shughur."),
    ("active-gunned-down", [(K, 1)], "Militants gunned down an off-duty soldier at his home in Samarra late on Thursday."),
    ("active-wounding-officer", [(W, 1)], "A roadside bomb targeted a patrol in Tarmiyah, wounding an officer."),
    ("active-son-kidnapped", [(C, 1)], "Gunmen kidnapped the son of a local official in Baquba on Saturday."),
    ("active-aid-worker-seized", [(C, 1)], "Gunmen seized a French aid worker in Aleppo province, the foreign ministry said."),
    ("claimed-life", [(K, 1)], "The attack on the checkpoint claimed the life of a police officer."),
    ("left-dead", [(K, 1), (W, 3)], "Fierce clashes in the village left a fighter dead and three others wounded."),
    ("left-child-dead", [(K, 1)], "The explosion in Azaz left a child dead, the civil defence said."),
    ("lost-life", [(K, 1)], "A young shepherd lost his life when a mine exploded near Palmyra."),
    ("found-dead", [(K, 1)], "A Sunni cleric was found dead in his home in Basra, with signs of torture on his body."),
    ("gunned-down-shopkeeper", [(K, 1)], "A Christian shopkeeper was gunned down in front of his store in Mosul."),
    # one person, a man, a child, a member of, one of, another, a second, a fourth
    ("one-person", [(K, 1), (W, 12)], "One person was killed and 12 others were wounded when a car bomb exploded in Sadr City."),
    ("man-wife", [(K, 1), (W, 1)], "A man was killed and his wife injured when their house was hit by a rocket in Ras al-Ain."),
    ("child-died", [(K, 1), (W, 4)], "A child died and four people were injured when a shell landed in a park in Azaz."),
    ("member-council", [(K, 1)], "A member of the Nineveh provincial council was shot dead outside his office in Mosul."),
    ("one-of-guards", [(K, 1), (W, 2)], "One of the guards was killed and two were wounded when gunmen stormed the bank."),
    ("another-civilian", [(K, 1)], "Another civilian was killed in a separate attack in the town of Muqdadiya."),
    ("second-soldier", [(K, 1)], "A second soldier died later in hospital, the army said."),
    ("fourth-victim", [(K, 1)], "A fourth victim, a 16-year-old boy, succumbed to his wounds on Saturday."),
    ("woman-child", [(W, 2)], "A woman and her child were wounded by shrapnel in the shelling of Harasta."),
    ("girl-among", [(K, 1)], "A girl was among those killed in the strike, rescuers said."),
    ("among-dead-imam", [(K, 1)], "Among the dead was a local imam, residents said."),
    ("killed-was", [(K, 1)], "Killed was a 25-year-old shepherd from the village of Tal Hamis."),
    ("teenager-injured", [(W, 1)], "A teenager was seriously injured in the shelling of the town."),
    ("paramedic", [(K, 1)], "A paramedic with the Syrian Civil Defence was killed while responding to the attack."),
    ("elderly-man", [(K, 1)], "An elderly man was killed in the crossfire, a relative said."),
    ("colonel-convoy", [(K, 1)], "A Syrian army colonel was killed in an attack by rebels on his convoy near Hama."),
    ("stray-bullet", [(W, 1)], "Earlier, a civilian was wounded by a stray bullet in the Jobar district."),
    ("protester-died", [(K, 1)], "A man died after being shot by security forces during the protest in Karbala."),
    ("police-said-man", [(K, 1)], "Police said a man had been killed in the blast and that the area had been sealed off."),
    ("strike-one-person", [(K, 1)], "The strike killed one person, according to the White Helmets."),
    ("aged-man", [(K, 1)], "A 45-year-old man was killed by a landmine near Kobani."),
    ("wounded-woman-died", [(K, 1)], "Two days after the blast, a wounded woman died in hospital."),
    ("minibus-driver", [(W, 1)], "The bomb exploded as a minibus passed, wounding its driver."),
    ("went-missing", [(C, 1, "exact")], "A local journalist went missing after leaving his office in Raqqa on Friday."),
    ("man-arrested", [(C, 1)], "A man was arrested after police found explosives in his car in Kirkuk."),
    ("employee-kidnapped-released", [(C, 1)], "A government employee was kidnapped in Mosul on Monday and later released."),
    ("killed-arrested", [(C, 1), (K, 1)], "A militant was arrested and another killed in the raid, police said."),
    ("bomber-killing-soldier", [(K, 1)], "A suicide bomber blew himself up at a checkpoint in Tikrit, killing a soldier."),
    ("attacker-killed", [(K, 1)], "Security forces killed the attacker after a brief exchange of fire."),
    ("policeman-civilian", [(K, 2)], "A policeman and a civilian were killed in the blast."),
    ("body-recovered", [(K, 1)], "A body was recovered from the Tigris river in Mosul, the civil defence said."),
    ("body-young-man", [(K, 1)], "Police found the body of a young man bearing gunshot wounds on a farm near Kirkuk on Saturday."),
    ("body-contractor", [(K, 1)], "The bullet-riddled body of a kidnapped contractor was found dumped on a road in western Baghdad."),
    ("died-torture", [(K, 1)], "A detainee died under torture in a regime prison in Saydnaya, his family was informed."),
    ("died-custody", [(K, 1)], "A protester died in police custody in Nasiriyah on Sunday, human rights groups said."),
    ("policeman-died-hospital", [(K, 1)], "A policeman died in hospital on Monday of injuries sustained in last week's bombing in Tikrit."),
    ("beheading", [(K, 1)], "The group released a video showing the beheading of a captured Syrian soldier."),
    ("hts-executed-woman", [(K, 1)], "Hayat Tahrir al-Sham executed a woman in Idlib on charges of adultery, activists said."),
    ("publicly-executed", [(K, 1)], "ISIS militants publicly executed a man accused of spying for the Iraqi government in Mosul."),
    ("assassinated-council", [(K, 1)], "Unknown gunmen assassinated a local council member in Daraa's western countryside on Thursday."),
    ("sheikh-armed-attack", [(K, 1)], "A prominent tribal sheikh was killed in an armed attack on his house in Hawija."),
    ("cpj-death", [(K, 1)], "The Committee to Protect Journalists called for an investigation into the death of a Kurdish reporter in Sinjar."),
    ("lost-legs", [(W, 1)], "A 10-year-old boy lost both legs when a cluster bomblet exploded in his hands."),
    ("guard-riot", [(W, 1)], "A guard at the prison was wounded in the riot, officials said."),
    ("commander-instantly", [(K, 1)], "The Peshmerga commander was killed instantly, his deputy told reporters."),
    # negatives: no figure
    ("neg-bomber-no-casualties", [], "A suicide bomber blew himself up near a checkpoint in Tikrit but caused no casualties."),
    ("neg-bomber-surrounded", [], "Another suicide bomber blew himself up when police surrounded him, without causing casualties."),
    ("neg-bomber-twelve", [(K, 12)], "A suicide bomber detonated his explosive vest at the gate of the mosque, killing 12 worshippers."),
    ("neg-trial", [], "The court sentenced a man to death for the killing of two police officers in 2015."),
    ("neg-soldier-said", [], "A soldier said the militants had fled before the army arrived."),
    ("neg-threat", [], "The group threatened to kill a hostage unless its demands were met."),
    ("neg-hypothetical", [], "If the dam collapses, a million people could be killed, engineers warned."),
    ("neg-funeral", [], "Hundreds attended the funeral of a commander who was killed in 2016."),
    ("neg-largest", [], "It was one of the largest attacks on the city since 2017."),
    ("neg-spokesman", [], "A spokesman for the Interior Ministry said the investigation was continuing."),
    ("neg-man-unnamed", [], "The man, who asked not to be named, said he saw the explosion."),
    ("neg-visited-wounded", [], "The minister visited a wounded soldier at the hospital in Erbil."),
    ("neg-survivor", [], "One of the survivors told Human Rights Watch that he hid under a bed."),
    ("neg-father", [], "The father of the victim demanded justice."),
    ("neg-survived", [], "The soldier, who survived the attack, described how the convoy was hit."),
    ("neg-shoot-order", [], "Troops were ordered to shoot anyone who approached the base."),
    ("neg-number-of", [], "The group has killed a number of civilians in the area in recent months."),
    ("neg-largest-bomb", [], "One of the largest car bombs in years devastated the market."),
    ("neg-single-bullet", [], "He said a single bullet could kill a child at that range."),
    ("neg-officer-described", [], "One officer described the scene as a massacre."),
    ("neg-wounded-brother", [], "The wounded man's brother told Rudaw that the family had received threats."),
    ("neg-first-aid", [], "A first-aid course was held for a group of volunteers in Erbil."),
    ("neg-risk", [], "Aid workers said a child risks being killed every time it crosses the road."),
    ("neg-photo", [], "A man holds a picture of his son, who was killed in the 2014 massacre at Camp Speicher."),
    ("neg-spared", [], "No one was hurt in the attack, a police officer said."),
]


def cli(exe, *args):
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout


LABELS = {"Killed": K, "Wounded": W, "Captured/Missing": C}


def main():
    exe = sys.argv[1]
    show_all = "--all" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "f.sitrep")
        cli(exe, "new", project)
        src = os.path.join(tmp, "docs.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for cid, _, text in CASES:
                f.write(json.dumps({"title": "Report " + cid, "text": text, "url": "https://example.org/" + cid,
                                    "published": "2024-05-07"}, ensure_ascii=False) + "\n")
        cli(exe, "import", project, src)
        run = json.loads(cli(exe, "suggest", project, "--all", "--json"))
    run.sort(key=lambda r: r["article"])
    n_want = n_found = n_got = n_got_ok = right = pos = neg = neg_ok = 0
    for (cid, want, text), r in zip(CASES, run):
        got = []
        for s in r["suggestions"]:
            if s.get("label") in LABELS:
                a = s.get("attributes") or {}
                got.append((LABELS[s["label"]], a.get("count"), a.get("qualifier") or "exact"))
        wants = [(w[0], w[1], w[2] if len(w) > 2 else "exact") for w in want]
        left = list(got)
        found = 0
        for w in wants:
            if w in left:
                left.remove(w)
                found += 1
        n_want += len(wants)
        n_found += found
        n_got += len(got)
        n_got_ok += len(got) - len(left)
        good = found == len(wants) and not left
        right += good
        if wants:
            pos += 1
        else:
            neg += 1
            neg_ok += good
        if show_all or not good:
            print("%s %-28s want=%s got=%s" % ("ok  " if good else "MISS", cid, wants, got))
    print("cases right: %d of %d (negatives %d of %d); figures found %d of %d; proposed right %d of %d"
          % (right, len(CASES), neg_ok, neg, n_found, n_want, n_got_ok, n_got))


if __name__ == "__main__":
    main()
