/* test-suggest-figures.c — casualty figures the suggester proposes (issue 11, tuning5's kinds): one
 * person killed, wounded or kidnapped, and tolls across many incidents; each rule with a case it must
 * take and one it must leave; tolls told by car bombs, attacks in the plural, and a tally's parts
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

/* ------------------------------------------------------------ one person */

static void
test_one_ing (void)
{
  /* The verbs' -ing forms take the one person after them. */
  check_figures ("Gunmen raided the village, killing a shepherd.", "killed 1 exact");
  check_figures ("The bomb went off near the market, wounding a policeman.", "wounded 1 exact");
  /* Not a place taken, nor a person before them. */
  check_figures ("The army is capturing a village near the town.", "");
  check_figures ("A farmer was killing time in the square.", "");
}

static void
test_one_nouns (void)
{
  /* More nouns of one person. */
  check_figures ("Gunmen killed a villager near the town.", "killed 1 exact");
  check_figures ("A protester was wounded by a rubber bullet.", "wounded 1 exact");
  /* Not when nothing happens to them. */
  check_figures ("A villager said the gunmen fled.", "");
}

static void
test_one_adverbs (void)
{
  /* An adverb between "was" and the verb. */
  check_figures ("An Arab shepherd was similarly kidnapped in June.", "captured 1 exact");
  check_figures ("A soldier was subsequently killed by a sniper.", "killed 1 exact");
  check_figures ("A shepherd was then questioned by the police.", "");
  /* Two adverbs: "was also badly wounded". */
  check_figures ("A farmer was also badly wounded by the blast.", "wounded 1 exact");
  check_figures ("A farmer was also badly shaken by the blast.", "");
}

static void
test_one_of_group (void)
{
  /* One person named by a noun and the group after it: "another member of the X forces". */
  check_figures ("Later, another member of the Peshmerga forces was also wounded near Makhmour.", "wounded 1 exact");
  check_figures ("Gunmen stormed a checkpoint where the third member of the militia was killed.", "killed 1 exact");
  /* A role in something is one person too (session 34: tuning9's "the head of Saddam Hussein's
   * tribe was killed" is a figure); not a noun of no person before "of", nor a group in lower case
   * that is no group ("the family"). */
  check_figures ("The head of the Council was wounded near Makhmour.", "wounded 1 exact");
  check_figures ("The convoy of the Council was wounded near Makhmour.", "");
  check_figures ("Another member of the family was questioned.", "");
  /* "the" one of a figure before in its paragraph: no more people. */
  check_figures ("Two fighters were killed in Makhmour. The commander of the Brigade was killed too.", "killed 2 exact");
}

static void
test_one_arabic (void)
{
  /* One person (or two, the dual) named right after an Arabic word of what happened. */
  check_figures ("أدى الهجوم إلى مقتل عسكري وإصابة آخر.", "killed 1 exact; wounded 1 exact");
  check_figures ("قضى جندي عراقي إثر هجوم في ديالى.", "killed 1 exact");
  check_figures ("قضى جنديان عراقيان في الهجوم.", "killed 2 exact");
  check_figures ("أسفر القصف عن مقتل أحد عناصر الشرطة.", "killed 1 exact");
  /* The dual with the article or "و" glued in front, of a noun or of "آخر" (one reader for both). */
  check_figures ("وأصيب الشابان بجروح في القصف.", "wounded 2 exact");
  check_figures ("قتل عنصر وأصيب آخران.", "killed 1 exact; wounded 2 exact");
  /* Two people with no harm said of them. */
  check_figures ("وصل جنديان إلى المدينة.", "");
  /* Not a person's noun after the word ("هجوم عسكري": a military attack), nor a toll. */
  check_figures ("شن الجيش هجوم عسكري على القرية.", "");
  check_figures ("ارتفعت حصيلة الهجوم.", "");
  /* Short vowels, tanween and tatweel do not hide the word: a passive "قُتل", "جُرح". */
  check_figures ("قُتل ١٢ مدنياً وجُرح ٣٠ آخرون في القصف.", "killed 12 exact; wounded 30 exact");
  check_figures ("قُتِلَ جنديٌّ وأُصِيبَ آخرانِ.", "killed 1 exact; wounded 2 exact");
  check_figures ("قـتـل ٥ مدنيين.", "killed 5 exact");
  /* Marks on a word that is no cue still make no figure. */
  check_figures ("وَصَلَ ١٢ جندياً إلى المدينة.", "");
}

static void
test_one_death_of (void)
{
  /* "resulted in the death of <role> <name>": one killed, named. */
  check_figures ("The raid resulted in the death of ISIS leader Abu Omar al-Tunisi.", "killed 1 exact");
  check_figures ("The strike led to the death of Ahmad Saleh al-Issa.", "killed 1 exact");
  /* A death remembered, a death of people not named. */
  check_figures ("They marked the anniversary of the death of Hafez al-Assad.", "");
  check_figures ("The raid resulted in the death of civilians.", "");
}

static void
test_eliminated (void)
{
  /* "eliminated" is killed (every gold README); a thing eliminated is no figure. */
  check_figures ("Three more fighters were eliminated when gunmen opened fire.", "killed 3 exact");
  check_figures ("The army eliminated three checkpoints on the road.", "");
}

static void
test_initials (void)
{
  /* The dots of "U.S." and "U.N." are no clause's end between the count and its people. */
  check_figures ("Officials said two U.S. troops were injured in the attack.", "wounded 2 exact");
  check_figures ("Three U.N. workers were killed near Aleppo.", "killed 3 exact");
  check_figures ("Two U.S. aircraft were damaged in the attack.", "");
}

static void
test_one_the (void)
{
  /* "the shepherd", counted before with another fate: one more figure. */
  check_figures ("Militants kidnapped a shepherd. Two soldiers were wounded and the shepherd was killed.",
                 "captured 1 exact; wounded 2 exact; killed 1 exact");
  /* "killed the farmer", with no figure before it in its paragraph. */
  check_figures ("Gunmen attacked the farm. They killed the farmer and fled.", "killed 1 exact");
  /* One of a figure before, of the same fate: no more. */
  check_figures ("Two soldiers were killed at the checkpoint. The soldier was killed by a sniper.", "killed 2 exact");
  check_figures ("Five soldiers were killed in the ambush, and the militants killed the commander too.", "killed 5 exact");
  /* Another person than the one counted before. */
  check_figures ("Two soldiers were wounded at the checkpoint. The man was shot and killed later.", "wounded 2 exact");
}

static void
test_one_another (void)
{
  /* "another" alone after a figure in its sentence. */
  check_figures ("A civilian was killed and another was injured.", "killed 1 exact; wounded 1 exact");
  check_figures ("The blast killed two soldiers and wounded another.", "killed 2 exact; wounded 1 exact");
  check_figures ("The bomb killed three people, wounding another, police said.", "killed 3 exact; wounded 1 exact");
  /* Not with no figure before it in its sentence. */
  check_figures ("Another was injured in the fighting.", "");
  check_figures ("A soldier was killed on Monday. Another was wounded on Friday.", "killed 1 exact");
}

static void
test_one_pronoun (void)
{
  /* "him", "her" after the verb. */
  check_figures ("Gunmen stopped the driver and shot and wounded him.", "wounded 1 exact");
  check_figures ("Gunmen attacked the doctor, shooting him to death.", "killed 1 exact");
  check_figures ("Gunmen followed the teacher and shot her dead.", "killed 1 exact");
  check_figures ("The bomb exploded near him, killing him instantly.", "killed 1 exact");
  /* Not before more people, nor a possessive. */
  check_figures ("Police arrested him and his brother.", "");
  check_figures ("They killed her husband on Monday.", "killed 1 exact");
  check_figures ("Gunmen shot him in the leg.", "");
}

static void
test_one_found_dead (void)
{
  /* "found dead": killed. */
  check_figures ("Her husband was also found dead in the camp.", "killed 1 exact");
  check_figures ("A shepherd was found dead near the lake.", "killed 1 exact");
  check_figures ("The car was found abandoned in the camp.", "");
}

static void
test_one_bare_passive (void)
{
  /* A passive with no "was": an elliptical clause, a headline. */
  check_figures ("Both were killed, and a third volunteer injured.", "wounded 1 exact");
  check_figures ("A civilian killed in Mosul", "killed 1 exact");
  /* Not an active verb with its object. */
  check_figures ("A sniper wounded three soldiers.", "wounded 3 exact");
  check_figures ("A suicide bomber killed himself.", "");
}

static void
test_one_body (void)
{
  /* "the body of a boy": one person dead. */
  check_figures ("He later washed the body of a boy and shrouded it.", "killed 1 exact");
  check_figures ("The body of a displaced citizen was found on Saturday.", "killed 1 exact");
  /* Not a body of things, nor "body" as a count's word. */
  check_figures ("The lake is a body of water.", "");
  check_figures ("Sleeping less was linked to higher body weight (25).", "");
}

static void
test_injury_of (void)
{
  /* "the injury of 17 others" as "the killing of 30 people": a noun of harm before "of" and the count. */
  check_figures ("The attacks resulted in the killing of 30 people and the injury of 17 others.",
                 "killed 30 exact; wounded 17 exact");
  check_figures ("The blast caused the injury of 5 civilians.", "wounded 5 exact");
  /* Not an injury with no count of people. */
  check_figures ("He suffered a knee injury in 2019.", "");
  check_figures ("The injury of the player kept him out for 3 weeks.", "");
}

static void
test_death_of_one (void)
{
  /* "the [adjective] death/injury of" one person a cause reports, and a second joined by "and". */
  check_figures ("The strike resulted in the probable death of a senior commander of the group.", "killed 1 exact");
  check_figures ("Gunmen opened fire on a farmer. The attack resulted in the death of the farmer, and the injury "
                 "of a child who was passing by.", "killed 1 exact; wounded 1 exact");
  /* Not one of a figure before, nor a death mourned. */
  check_figures ("Two soldiers were killed. The blast resulted in the death of the soldier on guard, officials said.",
                 "killed 2 exact");
  check_figures ("Hundreds mourned the death of a teacher in the town.", "");
}

static void
test_gunned_down (void)
{
  /* "gunned down" kills: one person before or after it, and a count. */
  check_figures ("Gunmen gunned down a shepherd near the village.", "killed 1 exact");
  check_figures ("A border guard was gunned down in the town.", "killed 1 exact");
  check_figures ("Three soldiers were gunned down at a checkpoint.", "killed 3 exact");
  /* Not "gunned" with no "down". */
  check_figures ("A driver gunned the engine and sped past a soldier.", "");
  check_figures ("The bikers gunned their engines as a soldier was gunned.", "");
}

static void
test_arabic_lives (void)
{
  /* "فقد … حياتهم" (lost their lives) is killed; "فقد" alone stays missing. */
  check_figures ("فقد ثلاثة مدنيين حياتهم بهجوم على الطريق.", "killed 3 exact");
  check_figures ("فقد ثلاثة مدنيين في القصف.", "missing 3 exact");
}

static void
test_arabic_one (void)
{
  /* One person after a word of harm: a noun, "another", "one of", "arrest of … on". */
  check_figures ("استشهد مدني وأصيب آخر بقصف على القرية.", "killed 1 exact; wounded 1 exact");
  check_figures ("أدى الهجوم إلى مقتل شرطي في المدينة.", "killed 1 exact");
  check_figures ("أسفر القصف عن مقتل أحد عناصر الحرس.", "killed 1 exact");
  check_figures ("أعلنت الشرطة إلقاء القبض على مسؤول في التنظيم.", "captured 1 exact");
  check_figures ("انفجرت عبوة أودت بحياة شاب وطفل قرب السوق.", "killed 2 exact");
  /* Not one of the dead counted before, nor a plural, nor a person with no harm. */
  check_figures ("قتل 4 جنود، ومن بين القتلى ضابط في الجيش.", "killed 4 exact");
  check_figures ("أسفر التفجير عن مقتل وإصابة مدنيين.", "");
  check_figures ("قال مدني إن القصف استمر حتى الصباح.", "");
  /* "أحد عشر" is eleven, no person "one of" (its count is the walk's). */
  {
    g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest ("أسفر الهجوم عن مقتل أحد عشر مدنيا.", NULL);
    g_autofree char *got = sitrep_test_figures_line (r);

    g_assert_false (g_str_has_prefix (got, "killed 1 exact"));
  }
}

/* ------------------------------------------------------------ counts the walk missed */

static void
test_four_digit_counts (void)
{
  /* Four digits before people or what happened to them, after no word of a date: a count. */
  check_figures ("SNHR documented the killing of 1440 civilians by government forces.", "killed 1440 exact");
  check_figures ("The toll of the attack climbed to at least 500 dead and 1500 wounded.",
                 "killed 500 at_least; wounded 1500 exact");
  /* A year all the same after a word of a date, or joined to another year. */
  check_figures ("In 2015 civilians were killed in the province.", "");
  check_figures ("Between 2011 and 2015 people were killed in the area.", "");
}

static void
test_remains (void)
{
  /* Bodies and remains counted, with a word before them. */
  check_figures ("In Baghdad, 14 dumped bodies were found in various districts.", "killed 14 exact cumulative");  /* various districts: several places */
  check_figures ("The committee has exhumed 105 unidentified remains from the camp.", "killed 105 exact");
  check_figures ("Iraq handed over the remains of 32 Yazidi victims to their families.", "killed 32 exact");
  /* "remains" the verb. */
  check_figures ("The situation remains tense after 3 meetings of the council.", "");
  check_figures ("The number of checkpoints remains 12, the police said.", "");
}

static void
test_suffered_injuries (void)
{
  /* "suffered injuries", "sustained serious wounds": wounded. */
  check_figures ("At least 59 other people suffered injuries in the shelling.", "wounded 59 at_least");
  check_figures ("Three soldiers sustained serious wounds in the blast.", "wounded 3 exact");
  /* Not things damaged. */
  check_figures ("At least 12 buildings suffered damage in the shelling.", "");
}

static void
test_arrest_of (void)
{
  /* "the arrest of" one person a cause before it reports. */
  check_figures ("Security forces announced the arrest of a local ISIS leader in Garmiyan.", "captured 1 exact");
  check_figures ("Police confirmed the arrest of 5 suspects in the city.", "captured 5 exact");
  /* Not warrants, nor an arrest feared. */
  check_figures ("A court issued arrest warrants for 12 people in the city.", "");
  check_figures ("He feared the arrest of a friend.", "");
}

static void
test_number_of (void)
{
  /* "the number of …" a verb set with no "to" after it. */
  check_figures ("The number of missing from Speicher base has reached 1,660, the ministry said.", "missing 1660 exact");
  check_figures ("The number of victims who died under torture in the prisons was 142.", "killed 142 exact");
  /* Not a number of things. */
  check_figures ("The number of villages retaken has reached 40, the army said.", "");
}

static void
test_joined_who (void)
{
  /* "in addition to", "who died", "among them were", people "in affected areas". */
  check_figures ("Forces killed 741 civilians in addition to 48 civilians who died due to torture.",
                 "killed 741 exact; killed 48 exact");
  check_figures ("SNHR documented the killing of 140 civilians, among them were 23 children.",
                 "killed 140 exact; killed 23 exact");
  check_figures ("At least 53 people in affected areas have been killed.", "killed 53 at_least cumulative");  /* the present perfect of a tally */
  /* People who did something else, and people deployed. */
  check_figures ("Officials said 30 people who fled the town returned.", "");
  check_figures ("About 3,000 fighters in reinforced positions deployed near the town.", "");
}

static void
test_died_phrases (void)
{
  /* "passed away", "lost her life": died; a quoted role; hyphenated nouns; "from one family". */
  check_figures ("A farmer passed away in the hospital on Monday.", "killed 1 exact");
  check_figures ("A young girl lost her life in the blast.", "killed 1 exact");
  check_figures ("Three aid workers passed away while at home.", "killed 3 exact");
  check_figures ("U.S. forces killed an “ISIS senior leader” in a strike.", "killed 1 exact");
  check_figures ("Three team-members were also killed near the town.", "killed 3 exact");
  check_figures ("Witnesses said 25 people from one family died in the strike.", "killed 25 exact");
  /* The same people told one by one after a comma are no more people; others are. */
  check_figures ("The bombing killed five people from one family, a man, his wife and their three children.",
                 "killed 5 exact");
  check_figures ("The bombing killed five people, a man and his two sons were wounded.", "killed 5 exact; wounded 2 exact");
  /* Passing things, losing things, people questioned. */
  check_figures ("A truck passed 5 checkpoints on the road.", "");
  check_figures ("A farmer lost his land in the flood.", "");
  check_figures ("Four off-duty prison guards were questioned by the police.", "");
}

/* ------------------------------------------------------------ tolls */

static void
test_toll_as_of (void)
{
  /* "As of" a date: a tally up to it, and its parts. */
  check_figures ("As of 13 October, at least 53 people have been killed, including 11 women.",
                 "killed 53 at_least cumulative; killed 11 exact cumulative");
  /* Not "as" alone, nor "as of" after the figure. */
  check_figures ("As 12 people were killed in the blast, the market closed.", "killed 12 exact");
  check_figures ("At least 5 people were killed, as officials said.", "killed 5 at_least");
}

static void
test_toll_year (void)
{
  /* A year as a whole: a tally over it. */
  check_figures ("Gunmen killed 329 people in the province in 2021, the office said.", "killed 329 exact cumulative");
  check_figures ("During 2019, 45 civilians were killed by landmines in the province.", "killed 45 exact cumulative");
  /* Not a day of it, nor a month's year. */
  check_figures ("Gunmen killed 12 people in an attack on June 5, 2021.", "killed 12 exact");
  check_figures ("In March 2021, gunmen killed 12 people in the village.", "killed 12 exact");
  /* Nor the year of one incident the sentence names. */
  check_figures ("Five people were killed in a bombing in the city in 2019.", "killed 5 exact");
  check_figures ("Ten soldiers were killed this year in the deadliest ambush on the army.", "killed 10 exact");
}

static void
test_toll_this_year (void)
{
  /* "this year", "the month of May". */
  check_figures ("More than 300 people were killed in the province this year.", "killed 300 more_than cumulative");
  check_figures ("Throughout the month of May, 40 people were killed in the city.", "killed 40 exact cumulative");
  /* Not "earlier this year" (one day of it), nor a day of a month. */
  check_figures ("Earlier this year, 12 soldiers were killed in an ambush.", "killed 12 exact");
  check_figures ("Forty people were killed in the city on the first of May.", "killed 40 exact");
}

static void
test_toll_violence (void)
{
  /* "in new violence": the day's violence across a country, every figure of the sentence. */
  check_figures ("Meanwhile, at least nine people were killed and 20 wounded in new violence.",
                 "killed 9 at_least cumulative; wounded 20 exact cumulative");
  check_figures ("Six people were killed in violence across the province on Monday.", "killed 6 exact cumulative");
  check_figures ("Nine people were killed in the attack, a sign of new violence.", "killed 9 exact");
}

static void
test_toll_past_week (void)
{
  /* "over the past week" totals it; "this past week" is when a verb's trend was. */
  check_figures ("Nine people were killed over the past week.", "killed 9 exact cumulative");
  check_figures ("Strikes increased this past week, including a raid that killed six people.", "killed 6 exact");
}

static void
test_toll_raised (void)
{
  /* A verb that takes a toll to a number, the toll some words before it; the kind of its first word of harm. */
  check_figures ("The shelling pushed the toll of those killed in the town to 12.", "killed 12 exact");
  check_figures ("Saturday's raid raised the toll of the people kidnapped in the province to 40.", "captured 40 exact");
  check_figures ("The murder raises the toll of the people killed in al-Hol to at least 26 since the start of 2022.",
                 "killed 26 at_least cumulative");
  /* Not a price, nor a toll of things. */
  check_figures ("The shelling pushed the price of bread in the town to 12.", "");
  check_figures ("The new road brought the toll to 5 dollars.", "");
}

static void
test_toll_car_bombs (void)
{
  /* Car bombs a sentence opens with are blasts of their own: the figures of its clause total them. */
  check_figures ("Car bombs tore through two markets in Kirkuk on Friday, killing at least 9 civilians.",
                 "killed 9 at_least cumulative");
  check_figures ("Three car bombs hit the towns of Tuz and Daquq, killing 11 people and wounding 40.",
                 "killed 11 exact cumulative; wounded 40 exact cumulative");
  /* One car bomb; bombs that are not car bombs (one home, one school); one of the bombings; a bomber told after them. */
  check_figures ("A car bomb tore through a market in Kirkuk, killing 7 civilians.", "killed 7 exact");
  check_figures ("Bombs planted near a school wounded four pupils.", "wounded 4 exact");
  check_figures ("In one of the bombings, 6 people were killed.", "killed 6 exact");
  check_figures ("Car bombs went off in Mosul, and a suicide bomber killed 5 soldiers at a checkpoint.",
                 "killed 1 exact; killed 5 exact");
}

static void
test_toll_in_attacks (void)
{
  /* Killed in attacks, in the plural, on no one day named: a tally. */
  check_figures ("At least 14 guards were killed in scattered attacks on oil fields in the province.",
                 "killed 14 at_least cumulative");
  /* The group's words between the people and their verb do not take "in … attacks" out of reach. */
  check_figures ("At least 6 members of the Turkish-backed \"Syrian National Army\" factions were killed in sporadic attacks.",
                 "killed 6 at_least cumulative");
  /* Coordinated attacks on one day, one of the attacks, attacks as the subject: one incident. */
  check_figures ("Twelve people were killed on Tuesday in coordinated attacks on a police station.", "killed 12 exact");
  check_figures ("Seven soldiers were killed today in attacks on a police station.", "killed 7 exact");
  check_figures ("Attacks on the town killed 4 civilians.", "killed 4 exact");
}

static void
test_toll_parts (void)
{
  /* The parts of a tally, and counts joined to them, are cumulative too. */
  check_figures ("Of the 60 deaths in the bombings the group documented, 20, including 8 women and 5 children, were in Mosul.",
                 "killed 60 exact cumulative; killed 8 exact cumulative; killed 5 exact cumulative");
  check_figures ("At least 14 guards were killed in scattered attacks on oil fields, including 3 officers.",
                 "killed 14 at_least cumulative; killed 3 exact cumulative");
  /* The parts of one incident's toll are not. */
  check_figures ("Gunmen killed 12 people in Tikrit, including 3 police officers and 2 women.",
                 "killed 12 exact; killed 3 exact; killed 2 exact");
}

static void
test_toll_roundup (void)
{
  /* A lead total the report then tells incident by incident, at towns far apart: a roundup's, not one incident's. */
  check_figures ("At least 9 people were killed and 17 were wounded on Monday.\n\n"
                 "In Mosul, gunmen killed 3 policemen and wounded 5 others at a checkpoint.\n\n"
                 "In Kirkuk, a roadside bomb killed 2 civilians and wounded 6 others.",
                 "killed 9 at_least cumulative; wounded 17 exact cumulative; killed 3 exact; wounded 5 exact; "
                 "killed 2 exact; wounded 6 exact");
  /* with its parts */
  check_figures ("Shelling killed 8 civilians, including 3 children, in the province on Sunday.\n\n"
                 "Four people were killed in Mosul.\n\nThree people were killed in Kirkuk.",
                 "killed 8 exact cumulative; killed 3 exact cumulative; killed 4 exact; killed 3 exact");
  /* "in several locations" as "in different areas"; "several" of no places is not. */
  check_figures ("The shelling wounded 15 people in several locations of the province.", "wounded 15 exact cumulative");
  check_figures ("The shelling wounded 15 people in one house, and several cars burned.", "wounded 15 exact");
  /* One town: its blasts told one by one stay one incident's. */
  check_figures ("At least 9 people were killed in the city on Monday.\n\n"
                 "In Mosul, gunmen killed 3 policemen.\n\nIn Mosul, a roadside bomb killed 2 civilians.",
                 "killed 9 at_least; killed 3 exact; killed 2 exact");
  /* The lead names its town; one incident named before the figure; the incidents told far below it. */
  check_figures ("At least 9 people were killed in Tikrit on Monday.\n\n"
                 "In Mosul, gunmen killed 3 policemen.\n\nIn Kirkuk, a roadside bomb killed 2 civilians.",
                 "killed 9 at_least; killed 3 exact; killed 2 exact");
  check_figures ("Another car bomb went off nearby, killing 9 people.\n\n"
                 "In Mosul, gunmen killed 3 policemen.\n\nIn Kirkuk, a roadside bomb killed 2 civilians.",
                 "killed 9 exact; killed 3 exact; killed 2 exact");
  check_figures ("At least 9 people were killed on Monday.\n\nNo group said it did it.\n\nThe police were on alert.\n\n"
                 "The roads were shut.\n\nIn Mosul, gunmen killed 3 policemen.\n\nIn Kirkuk, a roadside bomb killed 2 civilians.",
                 "killed 9 at_least; killed 3 exact; killed 2 exact");
}

static void
test_toll_arabic_since (void)
{
  /* "ومنذ": "منذ" with the "و" glued to it. */
  check_figures ("ومنذ الجمعة قتل أكثر من 30 مدنياً في ريف حلب.", "killed 30 more_than cumulative");
  check_figures ("قتل 25 مدنياً في ريف حلب.", "killed 25 exact");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-figures/one/ing", test_one_ing);
  g_test_add_func ("/sitrep/suggest-figures/one/nouns", test_one_nouns);
  g_test_add_func ("/sitrep/suggest-figures/one/adverbs", test_one_adverbs);
  g_test_add_func ("/sitrep/suggest-figures/one/of-group", test_one_of_group);
  g_test_add_func ("/sitrep/suggest-figures/initials", test_initials);
  g_test_add_func ("/sitrep/suggest-figures/one/arabic", test_one_arabic);
  g_test_add_func ("/sitrep/suggest-figures/eliminated", test_eliminated);
  g_test_add_func ("/sitrep/suggest-figures/one/death-of", test_one_death_of);
  g_test_add_func ("/sitrep/suggest-figures/one/the", test_one_the);
  g_test_add_func ("/sitrep/suggest-figures/one/another", test_one_another);
  g_test_add_func ("/sitrep/suggest-figures/one/pronoun", test_one_pronoun);
  g_test_add_func ("/sitrep/suggest-figures/one/found-dead", test_one_found_dead);
  g_test_add_func ("/sitrep/suggest-figures/one/bare-passive", test_one_bare_passive);
  g_test_add_func ("/sitrep/suggest-figures/one/body", test_one_body);
  g_test_add_func ("/sitrep/suggest-figures/injury-of", test_injury_of);
  g_test_add_func ("/sitrep/suggest-figures/gunned-down", test_gunned_down);
  g_test_add_func ("/sitrep/suggest-figures/death-of-one", test_death_of_one);
  g_test_add_func ("/sitrep/suggest-figures/arabic/lives", test_arabic_lives);
  g_test_add_func ("/sitrep/suggest-figures/arabic/one", test_arabic_one);
  g_test_add_func ("/sitrep/suggest-figures/toll/year", test_toll_year);
  g_test_add_func ("/sitrep/suggest-figures/toll/this-year", test_toll_this_year);
  g_test_add_func ("/sitrep/suggest-figures/toll/violence", test_toll_violence);
  g_test_add_func ("/sitrep/suggest-figures/toll/past-week", test_toll_past_week);
  g_test_add_func ("/sitrep/suggest-figures/toll/raised", test_toll_raised);
  g_test_add_func ("/sitrep/suggest-figures/toll/car-bombs", test_toll_car_bombs);
  g_test_add_func ("/sitrep/suggest-figures/toll/in-attacks", test_toll_in_attacks);
  g_test_add_func ("/sitrep/suggest-figures/toll/parts", test_toll_parts);
  g_test_add_func ("/sitrep/suggest-figures/toll/arabic-since", test_toll_arabic_since);
  g_test_add_func ("/sitrep/suggest-figures/toll/roundup", test_toll_roundup);
  g_test_add_func ("/sitrep/suggest-figures/recall/four-digits", test_four_digit_counts);
  g_test_add_func ("/sitrep/suggest-figures/recall/remains", test_remains);
  g_test_add_func ("/sitrep/suggest-figures/recall/suffered-injuries", test_suffered_injuries);
  g_test_add_func ("/sitrep/suggest-figures/recall/arrest-of", test_arrest_of);
  g_test_add_func ("/sitrep/suggest-figures/recall/number-of", test_number_of);
  g_test_add_func ("/sitrep/suggest-figures/recall/joined-who", test_joined_who);
  g_test_add_func ("/sitrep/suggest-figures/recall/died-phrases", test_died_phrases);
  g_test_add_func ("/sitrep/suggest-figures/toll/as-of", test_toll_as_of);
  return g_test_run ();
}
