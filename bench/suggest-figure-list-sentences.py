#!/usr/bin/env python3
# suggest-figure-list-sentences.py — the session-43 fig26b helper's own sentences of BREAKDOWNS and LISTS:
# several counted groups that share one verb of harm or one total, English and Arabic, written for this check
# with their figures first, before any set's errors were read (no set's text): lists of counted groups before
# or after their verb (passive and active, long modifiers between), "including A, B and C", "among them",
# "in addition to", "as well as", "the dead include", a pair / a dozen, tolls broken down by side or place;
# Arabic "بينهم", "من بينهم", "من ضمنهم", "بالإضافة إلى/لـ", "إضافة إلى", "و" before a counted noun; and
# negatives (lists of vehicles, villages, years, ages, days, "two of the five districts") that give no figure.
# Each figure is (kind, count, qualifier) as bench/suggest-score.py's figure3 matches it (see
# bench/suggest-figure-sentences.py for the kinds and qualifiers).
# Usage: bench/suggest-figure-list-sentences.py SITREP_CLI [--all]   (prints the misses, then the counts)
import importlib.util
import os
import sys

_spec = importlib.util.spec_from_file_location(
    "sfs", os.path.join(os.path.dirname(os.path.abspath(__file__)), "suggest-figure-sentences.py"))
sfs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sfs)

K, W, C = "killed", "wounded", "captured"
E, AL, MT, UT, AB = "exact", "at_least", "more_than", "up_to", "about"

CASES_EN = [
    # lists of counted groups before one passive verb, long modifiers between
    ("l-three-sides", None, "Thirty-one regime soldiers, 12 members of the Islamic State group and four civilians from the village of Arak were killed in the fighting, the monitor said.", [(K, 31, E), (K, 12, E), (K, 4, E)]),
    ("l-under-age", None, "Twenty-six children under the age of 18, and eleven women over the age of 18 were among the victims of the strikes on the town.", [(K, 26, E), (K, 11, E)]),
    ("l-pair-of", None, "Two Syrian Democratic Forces fighters, eight Turkish-backed militants and a pair of shepherds were killed in shelling near Ain Issa.", [(K, 2, E), (K, 8, E), (K, 2, E)]),
    ("l-four-officers", None, "Two soldiers, four officers and three civilians were killed when a rocket hit the base.", [(K, 2, E), (K, 4, E), (K, 3, E)]),
    ("l-police-wounded", None, "Three policemen, two soldiers and four tribal fighters were wounded when a roadside bomb hit their patrol.", [(W, 3, E), (W, 2, E), (W, 4, E)]),
    ("l-of-the-militias", None, "Twenty-four members of the regime forces and of the militias loyal to them, and 17 fighters of the Islamic State organisation, were killed.", [(K, 24, E), (K, 17, E)]),
    ("l-asayish-mines", None, "Nine fighters of the Syrian Democratic Forces and four members of the Internal Security Forces (Asayish) in Raqqa were killed by mines.", [(K, 9, E), (K, 4, E)]),
    ("l-4th-division", None, "Eight soldiers from the 4th Division and eleven members of the National Defence Forces from Homs were killed in an ambush in the desert.", [(K, 8, E), (K, 11, E)]),
    ("l-affiliated", None, "Five members of the Peshmerga, three fighters affiliated with the Kurdistan Workers' Party and two civilians from Sinjar and other Yazidi villages were wounded.", [(W, 5, E), (W, 3, E), (W, 2, E)]),
    ("l-pair-bombers", None, "A pair of ISIS suicide bombers and four soldiers were killed in the attack on the base.", [(K, 2, E), (K, 4, E)]),
    ("l-dozen-wounded", None, "A dozen civilians and two policemen were wounded in the blast.", [(W, 12, E), (W, 2, E)]),
    ("l-half-dozen", None, "Half a dozen soldiers and nine militants were killed in the clashes.", [(K, 6, E), (K, 9, E)]),
    ("l-dozen-killed", None, "A dozen Islamic State militants and three soldiers were killed in clashes near Haditha.", [(K, 12, E), (K, 3, E)]),
    ("l-peshmerga-and", None, "Five members of the Peshmerga and two ISIS fighters were killed, and eight Peshmerga were wounded.", [(K, 5, E), (K, 2, E), (W, 8, E)]),
    ("l-us-interpreter", None, "Two US soldiers and one Iraqi interpreter were killed, and four US soldiers were wounded.", [(K, 2, E), (K, 1, E), (W, 4, E)]),
    ("l-died-colon", None, "Forty-seven people died: 29 civilians, 11 soldiers and seven militants.", [(K, 47, E), (K, 29, E), (K, 11, E), (K, 7, E)]),
    ("l-killed-were", None, "Killed were 5 members of the Iraqi security forces, 3 Sahwa fighters and 2 civilians.", [(K, 5, E), (K, 3, E), (K, 2, E)]),
    ("l-both-sides-died", None, "Both sides suffered losses: 13 regime troops and 21 jihadists died in the fighting.", [(K, 13, E), (K, 21, E)]),
    ("l-kidnapped-20", None, "Twenty people were kidnapped, including 11 truck drivers and nine shepherds from the villages of the area.", [(C, 20, E), (C, 11, E), (C, 9, E)]),
    # active verb, the list as its object
    ("a-fighting-killed", None, "The fighting killed 23 soldiers of the Iraqi army, 15 members of the Popular Mobilisation Forces and six tribal fighters from Tikrit and other towns of Salahuddin.", [(K, 23, E), (K, 15, E), (K, 6, E)]),
    ("a-police-soldiers", None, "Gunmen killed three policemen and two soldiers at a checkpoint west of Ramadi.", [(K, 3, E), (K, 2, E)]),
    ("a-arrested-three", None, "Kurdish security forces arrested four ISIS members in Kirkuk on Sunday.", [(C, 4, E)]),
    ("a-emirs", None, "The Asayish arrested two ISIS emirs, five members of a sleeper cell and three couriers of the group.", [(C, 2, E), (C, 5, E), (C, 3, E)]),
    ("a-abducted", None, "Islamic State fighters abducted 35 Yazidi women and 12 children from the village of Kocho.", [(C, 35, E), (C, 12, E)]),
    ("a-worshippers", None, "The bombing killed 19 worshippers at the Shiite mosque in the centre of the town, two guards of the mosque and three children who were playing outside.", [(K, 19, E), (K, 2, E), (K, 3, E)]),
    ("a-saraqeb", None, "Russian strikes killed 11 civilians in the town of Saraqeb, five fighters of the Turkistan Islamic Party and two rescuers of the White Helmets.", [(K, 11, E), (K, 5, E), (K, 2, E)]),
    ("a-shop-owners", None, "Gunmen wounded 3 shop owners and 2 of their customers in the market.", [(W, 3, E), (W, 2, E)]),
    ("a-sdf-two-of-them", None, "Turkish strikes killed four SDF fighters and six civilians, two of them children.", [(K, 4, E), (K, 6, E), (K, 2, E)]),
    ("a-killed-captured", None, "The Iraqi army killed 14 militants and captured three others in the operation.", [(K, 14, E), (C, 3, E)]),
    ("a-captured-seized", None, "Soldiers captured 6 gunmen and seized 4 vehicles loaded with explosives.", [(C, 6, E)]),
    ("a-left-dead", None, "The clashes left 14 regime soldiers and 9 rebels dead.", [(K, 14, E), (K, 9, E)]),
    ("a-executed", None, "The militants executed 20 men from the Shaitat tribe, as well as four boys.", [(K, 20, E), (K, 4, E)]),
    ("a-sahwa", None, "The attack killed seven members of the Sahwa, as well as two of their relatives.", [(K, 7, E), (K, 2, E)]),
    ("a-arrested-as-well", None, "Police arrested nine suspects, as well as two women who were hiding weapons.", [(C, 9, E), (C, 2, E)]),
    # "including", "among them", "of them"
    ("i-18-including", None, "A car bomb killed 14 people, including five members of the Kurdish security forces and nine displaced civilians.", [(K, 14, E), (K, 5, E), (K, 9, E)]),
    ("i-among-them", None, "Eighteen people were killed, among them six women and three children.", [(K, 18, E), (K, 6, E), (K, 3, E)]),
    ("i-wounded-among", None, "The attack killed 10 soldiers and wounded 14 others, among them two officers.", [(K, 10, E), (W, 14, E), (W, 2, E)]),
    ("i-detained-incl", None, "Security forces detained 32 suspects, including seven foreigners and three women wanted on terrorism charges.", [(C, 32, E), (C, 7, E), (C, 3, E)]),
    ("i-of-them", None, "The raids killed 24 people, 16 of them civilians and eight fighters of the Nusra Front.", [(K, 24, E), (K, 16, E), (K, 8, E)]),
    ("i-wounded-under-15", None, "The shelling wounded 27 people, including 11 children under the age of 15 and four elderly women.", [(W, 27, E), (W, 11, E), (W, 4, E)]),
    ("i-journalists", None, "The bombing killed 7 people and wounded 31, among them six police officers and two journalists working for local television.", [(K, 7, E), (W, 31, E), (W, 6, E), (W, 2, E)]),
    ("i-commanders", None, "The strike killed 30 fighters of the militia, including two field commanders.", [(K, 30, E), (K, 2, E)]),
    ("i-reached-52", None, "The number of dead reached 52, including 19 women and 14 children.", [(K, 52, E), (K, 19, E), (K, 14, E)]),
    ("i-monitor-61", None, "The monitor documented the deaths of 61 people last month, including 23 civilians, 30 soldiers of the regime and eight fighters of the opposition factions.", [(K, 61, E), (K, 23, E), (K, 30, E), (K, 8, E)]),
    ("i-six-wounded", None, "Six people, including two children and three women, were wounded.", [(W, 6, E), (W, 2, E), (W, 3, E)]),
    ("i-lost-33", None, "ISIS lost 33 fighters in the battle, among them 7 foreign militants from Chechnya and Tunisia.", [(K, 33, E), (K, 7, E)]),
    ("i-three-parts", None, "The strike killed 21 people, including four children, three women and two paramedics.", [(K, 21, E), (K, 4, E), (K, 3, E), (K, 2, E)]),
    ("i-wounded-three-parts", None, "The strikes wounded 40 people, including nine children, five women and two rescue workers of the civil defence.", [(W, 40, E), (W, 9, E), (W, 5, E), (W, 2, E)]),
    ("i-teachers", None, "ISIS militants kidnapped 16 people, among them three teachers and two doctors from the hospital of Hawija.", [(C, 16, E), (C, 3, E), (C, 2, E)]),
    ("i-at-least", None, "At least 30 people were killed, including 12 children and 8 women.", [(K, 30, AL), (K, 12, E), (K, 8, E)]),
    ("i-112-since", None, "The fighting has killed 112 people since Friday, 67 of them members of the regime forces and 45 jihadists.", [(K, 112, E), (K, 67, E), (K, 45, E)]),
    ("i-family-five", None, "An air strike killed 15 people in Maarat al-Numan. Among the victims were 9 members of one family, including five children.", [(K, 15, E), (K, 9, E), (K, 5, E)]),
    ("i-pilgrims", None, "Twelve people were killed in the attack; eight of them were pilgrims from Iran and four were Iraqi guards.", [(K, 12, E), (K, 8, E), (K, 4, E)]),
    ("i-of-the-40", None, "Of the 40 dead, 22 were soldiers and 18 were civilians.", [(K, 40, E), (K, 22, E), (K, 18, E)]),
    # "the dead include", "among the dead", breakdowns by side or place
    ("d-dead-include", None, "A shell hit a school in Aleppo. The dead include eight children and five women.", [(K, 8, E), (K, 5, E)]),
    ("d-among-dead", None, "Among the dead were four women and seven children, the health ministry said.", [(K, 4, E), (K, 7, E)]),
    ("d-among-wounded", None, "Among the wounded were two journalists and three paramedics.", [(W, 2, E), (W, 3, E)]),
    ("d-victims-include", None, "A strike on a market in Douma killed 22 people. The victims include 13 men, 5 women and 4 children.", [(K, 22, E), (K, 13, E), (K, 5, E), (K, 4, E)]),
    ("d-those-killed", None, "Those killed included 15 members of the Iraqi security forces, six fighters affiliated with the Popular Mobilization Units and a dozen civilians.", [(K, 15, E), (K, 6, E), (K, 12, E)]),
    ("d-toll-includes", None, "The death toll includes 6 Iraqi soldiers, 2 US advisers and 1 interpreter.", [(K, 6, E), (K, 2, E), (K, 1, E)]),
    ("d-dead-include-2", None, "The dead include 12 policemen, three soldiers and two children.", [(K, 12, E), (K, 3, E), (K, 2, E)]),
    ("b-toll-colon", None, "The toll rose to 35 dead: 20 members of the security forces and 15 civilians.", [(K, 35, E), (K, 20, E), (K, 15, E)]),
    ("b-by-side", None, "The toll of the day's fighting: 17 dead on the regime side and 22 on the side of the factions.", [(K, 17, E), (K, 22, E)]),
    ("b-in-all", None, "In all, 48 people were killed: 30 fighters of the factions and 18 soldiers of the regime.", [(K, 48, E), (K, 30, E), (K, 18, E)]),
    ("b-by-place", None, "Forty-one people were killed: 28 in Aleppo, nine in Idlib and four in Hama.", [(K, 41, E), (K, 28, E), (K, 9, E), (K, 4, E)]),
    ("b-arrested-places", None, "Police arrested 5 suspects in Basra and 3 in Maysan.", [(C, 5, E), (C, 3, E)]),
    ("b-nine-others", None, "The Interior Ministry said 17 terrorists were arrested in Anbar and nine others in Nineveh.", [(C, 17, E), (C, 9, E)]),
    # "in addition to", "as well as"
    ("n-in-addition", None, "The Peshmerga killed 12 ISIS militants in addition to eight other terrorists who tried to flee.", [(K, 12, E), (K, 8, E)]),
    ("n-in-addition-2", None, "Two soldiers were killed in addition to three members of the Hashd.", [(K, 2, E), (K, 3, E)]),
    ("n-blew-themselves", None, "The army said its troops killed 17 terrorists in the operation, in addition to five other terrorists who blew themselves up.", [(K, 17, E), (K, 5, E)]),
    ("n-in-addition-to-the", None, "In addition to the 11 soldiers killed, four officers were wounded in the ambush.", [(K, 11, E), (W, 4, E)]),
    ("n-lost-men", None, "The regime forces lost 19 men, and the Islamic State lost 27 fighters, in the battles for the airport.", [(K, 19, E), (K, 27, E)]),
    # negatives: lists of things, places, years, ages, days, parts of places
    ("x-vehicles", None, "The army destroyed 12 vehicles, three tunnels and two weapons depots near Hawija.", []),
    ("x-villages", None, "The militants seized four villages, two hills and a checkpoint east of Salamiyah.", []),
    ("x-days-districts", None, "The fighting lasted three days, and two of the five districts of the town were taken.", []),
    ("x-sentenced", None, "The court sentenced 11 men to death and four others to 15 years in prison.", []),
    ("x-towns", None, "The campaign targeted 14 villages and 3 towns in the countryside of Hama, and 2 hospitals.", []),
    ("x-years", None, "In 2014, 2015 and 2016 the group controlled the city.", []),
    ("x-convoy", None, "The convoy included 30 trucks, 12 tanks and four armoured vehicles.", []),
    ("x-strikes", None, "The coalition carried out 17 strikes near Raqqa and 9 near Deir ez-Zor.", []),
    ("x-ages", None, "The three soldiers, aged 21, 23 and 25, returned to their units.", []),
    ("x-families", None, "Officials said 250 families and 40 students had returned to the town.", []),
    ("x-force", None, "The force of 300 soldiers and 20 tanks entered the town, as well as 12 bulldozers.", []),
    ("x-neighbourhoods", None, "Rebels hold three of the seven neighbourhoods and two of the five districts.", []),
    ("x-camps", None, "The plan covers 2 million people in 14 governorates, including 5 camps.", []),
    ("x-shells", None, "Five mortar shells and two rockets fell on the neighbourhood, causing material damage.", []),
    ("x-positions", None, "The strikes hit 8 positions, 3 headquarters and 5 vehicles of the group.", []),
    ("x-hospitals", None, "Three of the four hospitals and two of the six schools in the town were damaged.", []),
    ("x-brigades", None, "The operation involved 5 brigades, 2 divisions and 600 fighters of the Hashd.", []),
    ("x-farms", None, "Clashes erupted in two villages and three farms east of Manbij on Monday.", []),
]

CASES_AR = [
    ("ar-min-dimnihim", None, "وثق المرصد مقتل 150 عنصراً من قوات النظام والمسلحين الموالين لها، من ضمنهم 24 من المليشيات الموالية لإيران.", [(K, 150, E), (K, 24, E)]),
    ("ar-baynahum-two", None, "قتل 18 شخصاً بينهم ستة أطفال وأربع نساء في قصف على بلدة معرة النعمان.", [(K, 18, E), (K, 6, E), (K, 4, E)]),
    ("ar-min-baynihim", None, "أسفر القصف عن مقتل 12 مدنياً، من بينهم خمسة أطفال، وإصابة 20 آخرين.", [(K, 12, E), (K, 5, E), (W, 20, E)]),
    ("ar-wa-min", None, "قتل 9 عناصر من قوات النظام و5 من تنظيم الدولة الإسلامية في اشتباكات بريف حمص الشرقي.", [(K, 9, E), (K, 5, E)]),
    ("ar-rose-sides", None, "ارتفع عدد القتلى إلى 33، بينهم 14 من عناصر الفصائل و19 من قوات النظام.", [(K, 33, E), (K, 14, E), (K, 19, E)]),
    ("ar-bil-idafa-ila", None, "استشهد 7 مدنيين بالإضافة إلى 3 من عناصر الدفاع المدني في الغارات على إدلب.", [(K, 7, E), (K, 3, E)]),
    ("ar-idafa-ila", None, "قتل 11 مقاتلاً من قوات سوريا الديمقراطية إضافة إلى 4 من عناصر الأسايش.", [(K, 11, E), (K, 4, E)]),
    ("ar-wounded-baynahum", None, "وأصيب 25 شخصاً بينهم 8 أطفال و3 نساء بجروح متفاوتة.", [(W, 25, E), (W, 8, E), (W, 3, E)]),
    ("ar-arrested-baynahum", None, "اعتقلت القوات الأمنية 14 مطلوباً، بينهم 4 من قيادات التنظيم.", [(C, 14, E), (C, 4, E)]),
    ("ar-police-civilians", None, "قتل 6 من عناصر الشرطة و4 مدنيين في انفجار سيارة مفخخة.", [(K, 6, E), (K, 4, E)]),
    ("ar-hasila-dimnihim", None, "وبلغت الحصيلة 40 قتيلاً، من ضمنهم 10 أطفال و6 نساء.", [(K, 40, E), (K, 10, E), (K, 6, E)]),
    ("ar-min-bayn-qatla", None, "قتل 52 عنصراً من قوات النظام في المعارك. ومن بين القتلى ثلاثة من المستشارين الإيرانيين على الأقل، بالإضافة لـ 9 من عناصر حزب الله.", [(K, 52, E), (K, 3, AL), (K, 9, E)]),
    ("ar-month-women", None, "وثقت الشبكة مقتل 85 مدنياً خلال الشهر، بينهم 22 طفلاً و11 سيدة.", [(K, 85, E), (K, 22, E), (K, 11, E)]),
    ("ar-dual-officers", None, "قتل ضابطان و7 جنود من قوات النظام في هجوم لتنظيم الدولة.", [(K, 2, E), (K, 7, E)]),
    ("ar-wounded-police", None, "أصيب 3 من عناصر الشرطة و5 مدنيين بجروح جراء انفجار عبوة ناسفة.", [(W, 3, E), (W, 5, E)]),
    ("ar-battles-sides", None, "أسفرت المعارك عن مقتل 22 عنصراً من قوات النظام و17 من مقاتلي الفصائل.", [(K, 22, E), (K, 17, E)]),
    ("ar-min-baynihim-2", None, "وقتل في الغارات 13 شخصاً، من بينهم 4 أطفال، فيما أصيب 30 آخرون.", [(K, 13, E), (K, 4, E), (W, 30, E)]),
    ("ar-abducted-dual", None, "اختطف مسلحون 8 مدنيين بينهم طفلان.", [(C, 8, E), (C, 2, E)]),
    ("ar-brothers", None, "قضى 5 أشخاص بينهم 3 أشقاء في القصف على البلدة.", [(K, 5, E), (K, 3, E)]),
    ("ar-martyrs-rose", None, "ارتفع عدد الشهداء إلى 45 بينهم 12 طفلاً.", [(K, 45, E), (K, 12, E)]),
    ("ar-turkish", None, "قتل 4 جنود أتراك و7 من عناصر الفصائل الموالية لأنقرة، فيما أصيب 12 آخرون.", [(K, 4, E), (K, 7, E), (W, 12, E)]),
    ("ar-bil-idafa-li", None, "قتل 30 عنصراً من التنظيم، بالإضافة لـ 6 من قوات سوريا الديمقراطية.", [(K, 30, E), (K, 6, E)]),
    ("ar-wounded-security", None, "وأسفر الهجوم عن مقتل 9 أشخاص وإصابة 14 آخرين، بينهم 5 من عناصر الأمن.", [(K, 9, E), (W, 14, E), (W, 5, E)]),
    ("ar-kana-min-bayn", None, "قتل 20 مدنياً في القصف على دوما. وكان من بين القتلى 6 أطفال و4 نساء.", [(K, 20, E), (K, 6, E), (K, 4, E)]),
    ("ar-arrested-three", None, "اعتقلت قوات الأمن 11 شخصاً بينهم 3 نساء و2 من الأجانب.", [(C, 11, E), (C, 3, E), (C, 2, E)]),
    ("ar-list-before-verb", None, "وكان 40 عنصراً من قوات النظام، من ضمنهم 12 من المسلحين الموالين لها، قد قتلوا في الهجوم.", [(K, 40, E), (K, 12, E)]),
    ("ar-wa-muwatinan", None, "وثقت الشبكة مقتل 95 مدنياً، و30 مواطناً بينهم 4 نساء قتلوا على يد قوات النظام.", [(K, 95, E), (K, 30, E), (K, 4, E)]),
    ("ar-words-parts", None, "قتل خمسة عشر عنصراً من الفصائل، بينهم ثلاثة قادة ميدانيين.", [(K, 15, E), (K, 3, E)]),
    ("ar-wa-counts-wounded", None, "قتل 7 من عناصر الحشد الشعبي و3 من أبناء العشائر، وأصيب 9 آخرون.", [(K, 7, E), (K, 3, E), (W, 9, E)]),
    # negatives
    ("arx-vehicles", None, "دمرت القوات 5 آليات و3 مستودعات للأسلحة في ريف دير الزور.", []),
    ("arx-villages", None, "سيطرت الفصائل على 4 قرى و2 من التلال في ريف حماة.", []),
    ("arx-days", None, "استمرت المعارك 3 أيام، وسيطر التنظيم على اثنين من الأحياء الخمسة.", []),
    ("arx-raids", None, "نفذت الطائرات 14 غارة على مواقع في ريف إدلب، و6 غارات على ريف حلب.", []),
    ("arx-families", None, "عادت 200 عائلة و50 طالباً إلى البلدة بعد انتهاء المعارك.", []),
    ("arx-years", None, "سيطر التنظيم على المدينة بين عامي 2014 و2017، بينها 3 أشهر من الحصار.", []),
]


def main():
    exe = sys.argv[1]
    show_all = "--all" in sys.argv
    sfs.run_cases(exe, CASES_EN, "own list/breakdown sentences, English (written first)", show_all)
    sfs.run_cases(exe, CASES_AR, "own list/breakdown sentences, Arabic (written first)", show_all)


if __name__ == "__main__":
    main()
