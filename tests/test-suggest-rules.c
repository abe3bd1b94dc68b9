/* test-suggest-rules.c — the suggester's accuracy rules, each with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

static SitrepSuggestResult *
run (const char *text)
{
  return sitrep_test_suggest (text, NULL);
}

/* Short, for the many look-ups below. */
static const SitrepSuggestion *
find (SitrepSuggestResult *result,
      SitrepSuggestKind    kind,
      const char          *text)
{
  return sitrep_test_find_suggestion (result, kind, text);
}

static void
check_figures (const char *text,
               const char *expected)
{
  g_autoptr(SitrepSuggestResult) r = run (text);
  g_autofree char *got = sitrep_test_figures_line (r);

  g_test_message ("%s", text);
  g_assert_cmpstr (got, ==, expected);
}

/* ---------------------------------------------------------------- figures */

static void
test_figures_subset (void)
{
  /* A part of the figure before: killed, though "wounded" follows. */
  check_figures ("Air strikes killed at least 11 civilians, including four children, and wounded more than 30 others.",
                 "killed 11 at_least; killed 4 exact; wounded 30 more_than");
  /* Without a figure before it, "including" makes nothing of a count of things. */
  check_figures ("The convoy, including four trucks, left the city.", "");
}

static void
test_figures_clause (void)
{
  /* The verb of one clause does not reach across "and" to the next figure. */
  check_figures ("Three soldiers were killed and two others captured at the checkpoint.",
                 "killed 3 exact; captured 2 exact");
  check_figures ("He said two soldiers died and 25 were injured in the fighting.",
                 "killed 2 exact; wounded 25 exact");
  /* Within one clause it still does. */
  check_figures ("The bombing killed 18 soldiers.", "killed 18 exact");
}

static void
test_figures_things (void)
{
  /* Counts of things, whatever the verb around them. */
  check_figures ("Aircraft destroyed 14 ISIL tanks and other equipment captured near the airfield.", "");
  check_figures ("During the operation, 16 Coalition aircraft fired 22 munitions destroying 22 targets.", "");
  check_figures ("16 airstrikes killed 20 people in the town.", "killed 20 exact");
  /* People under another noun, as the subject of a passive verb, are casualties. */
  check_figures ("The group said 20 \"apostates\" had been killed.", "killed 20 exact");
  check_figures ("The group said 20 “apostates” had been killed.", "killed 20 exact");
  check_figures ("The group said 20 «apostates» had been killed.", "killed 20 exact");
  check_figures ("The militants hold an estimated 100,000 civilians as human shields.", "");
}

static void
test_figures_cumulative (void)
{
  check_figures ("Since the offensive began in October, more than 700 Iraqi soldiers have been killed.",
                 "killed 700 more_than cumulative");
  check_figures ("More than 320,000 people have been killed in Syria since the war began in 2011.",
                 "killed 320000 more_than cumulative");
  check_figures ("At least 12 people were killed in the market on Friday.", "killed 12 at_least");
}

static void
test_figures_arabic (void)
{
  check_figures ("\u0642\u0627\u0644 \u0627\u0644\u0645\u0631\u0635\u062f \u0625\u0646 58 \u0645\u062f\u0646\u064a\u0627\u064b "
                 "\u0639\u0644\u0649 \u0627\u0644\u0623\u0642\u0644 \u0642\u062a\u0644\u0648\u0627\u060c "
                 "\u0628\u064a\u0646\u0647\u0645 11 \u0637\u0641\u0644\u0627\u064b.",
                 "killed 58 at_least; killed 11 exact");
  /* وأصيب أكثر من 170 شخصاً */
  check_figures ("\u0648\u0623\u0635\u064a\u0628 \u0623\u0643\u062b\u0631 \u0645\u0646 170 \u0634\u062e\u0635\u0627\u064b "
                 "\u0628\u062d\u0627\u0644\u0627\u062a \u0627\u062e\u062a\u0646\u0627\u0642.",
                 "wounded 170 more_than");
  /* قتل ثلاثة عناصر وجرح خمسة آخرون */
  check_figures ("\u0642\u062a\u0644 \u062b\u0644\u0627\u062b\u0629 \u0639\u0646\u0627\u0635\u0631 "
                 "\u0648\u062c\u0631\u062d \u062e\u0645\u0633\u0629 \u0622\u062e\u0631\u0648\u0646.",
                 "killed 3 exact; wounded 5 exact");
  /* عدد القتلى ارتفع إلى 67 */
  check_figures ("\u0639\u062f\u062f \u0627\u0644\u0642\u062a\u0644\u0649 \u0627\u0631\u062a\u0641\u0639 "
                 "\u0625\u0644\u0649 67.", "killed 67 exact");
  /* ونفذت الطائرات 20 غارة على المدينة: air raids, not casualties. */
  check_figures ("\u0648\u0646\u0641\u0630\u062a \u0627\u0644\u0637\u0627\u0626\u0631\u0627\u062a 20 "
                 "\u063a\u0627\u0631\u0629 \u0639\u0644\u0649 \u0627\u0644\u0645\u062f\u064a\u0646\u0629.", "");
}

static void
test_figures_arabic_more (void)
{
  /* اعتقلت قوات النظام سبعة أشخاص: a feminine verb three words before. */
  check_figures ("\u0627\u0639\u062a\u0642\u0644\u062a \u0642\u0648\u0627\u062a \u0627\u0644\u0646\u0638\u0627\u0645 "
                 "\u0633\u0628\u0639\u0629 \u0623\u0634\u062e\u0627\u0635.", "captured 7 exact");
  /* إن أكثر من 350 ألف شخص قتلوا منذ بداية النزاع: thousands, and a running total. */
  check_figures ("\u0625\u0646 \u0623\u0643\u062b\u0631 \u0645\u0646 350 \u0623\u0644\u0641 \u0634\u062e\u0635 "
                 "\u0642\u062a\u0644\u0648\u0627 \u0645\u0646\u0630 \u0628\u062f\u0627\u064a\u0629 "
                 "\u0627\u0644\u0646\u0632\u0627\u0639.", "killed 350000 more_than cumulative");
  /* قتل 13 مدنياً يوم الثلاثاء: one day's toll. */
  check_figures ("\u0642\u062a\u0644 13 \u0645\u062f\u0646\u064a\u0627\u064b \u064a\u0648\u0645 "
                 "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.", "killed 13 exact");
}

static void
test_figures_joined (void)
{
  /* A figure without a verb of its own, joined to the one before, shares its verb. */
  check_figures ("Since January, 400 soldiers have been killed in the fighting, as well as 90 members of allied "
                 "militias, against more than 600 insurgents.",
                 "killed 400 exact cumulative; killed 90 exact cumulative; killed 600 more_than cumulative");
  check_figures ("The shelling killed five civilians and three soldiers.", "killed 5 exact; killed 3 exact");
  /* Not when the people counted have another verb, or another clause stands between. */
  check_figures ("The strike killed 5 people and 3,000 fighters deployed to the front.", "killed 5 exact");
  check_figures ("The strike killed 5 civilians, the monitor said, adding that the army and 300 soldiers reached the town.",
                 "killed 5 exact");
  check_figures ("The army cleared 40 villages and 12 soldiers.", "");
}

static void
test_figures_group (void)
{
  /* The group the people counted belong to stands between them and their verb. */
  check_figures ("At least 30 fighters from the Islamic State (IS) group have died in the raids.", "killed 30 at_least");
  check_figures ("Over 50 members of pro-government militias were wounded.", "wounded 50 more_than");
  check_figures ("About 3,000 fighters from the Islamic State group deployed near the town.", "");
}

static void
test_figures_war_toll (void)
{
  /* The war's toll is a cumulative statistic, without "since". */
  check_figures ("The war in Yemen has left more than 150,000 dead.", "killed 150000 more_than cumulative");
  check_figures ("More than 500,000 people have been killed in the conflict.", "killed 500000 more_than cumulative");
  check_figures ("Twelve civilians were killed on the first day of the war.", "killed 12 exact");
  check_figures ("12 soldiers have been killed in the war’s deadliest attack this month.", "killed 12 exact");
}

static void
test_figures_so_far (void)
{
  /* "so far" of one operation is its toll; without one, a running total. */
  check_figures ("The group has so far lost at least 60 fighters in the offensive.", "killed 60 at_least");
  check_figures ("So far, more than 2,000 people have been killed in the province.",
                 "killed 2000 more_than cumulative");
}

/* Every word is_cumulative () reads in a figure's sentence, each alone in
 * its place (the walk passes over the words of no such list with one AND:
 * a word missing from that list would be missed here), in any case. */
static void
test_figures_cumulative_words (void)
{
  check_figures ("40 soldiers have been killed since January.", "killed 40 exact cumulative");
  check_figures ("40 soldiers have been killed so far.", "killed 40 exact cumulative");
  check_figures ("40 soldiers have been killed OVERALL.", "killed 40 exact cumulative");
  check_figures ("40 soldiers have been killed, a cumulative figure.", "killed 40 exact cumulative");
  check_figures ("40 soldiers have been killed altogether.", "killed 40 exact cumulative");
  check_figures ("In total 40 soldiers were killed.", "killed 40 exact cumulative");
  check_figures ("40 soldiers were killed in total.", "killed 40 exact");
  check_figures ("Altogether 40 soldiers were killed.", "killed 40 exact");
  check_figures ("The Conflict has killed 40 soldiers.", "killed 40 exact cumulative");
  check_figures ("40 soldiers have been killed in the war.", "killed 40 exact cumulative");
  check_figures ("40 soldiers HAVE been killed in the civil war.", "killed 40 exact cumulative");
  check_figures ("40 soldiers have been killed in the conflict.", "killed 40 exact cumulative");
  check_figures ("40 soldiers were killed in the war.", "killed 40 exact");
  /* "so far" of an operation, named anywhere in the sentence */
  check_figures ("So far, 40 soldiers have been killed in the operation.", "killed 40 exact");
  check_figures ("So far, 40 soldiers have been killed in the offensive.", "killed 40 exact");
  check_figures ("So far, 40 soldiers have been killed in the Campaign.", "killed 40 exact");
  check_figures ("So far, 40 soldiers have been killed in the battle.", "killed 40 exact");
  check_figures ("So far, 40 soldiers have been killed in the assault.", "killed 40 exact");
  check_figures ("So far, 40 soldiers have been killed today.", "killed 40 exact");
  check_figures ("So far, 40 soldiers have been killed in the province.", "killed 40 exact cumulative");
}

static void
test_figures_one (void)
{
  /* One person named or described, not counted: a figure of 1. */
  check_figures ("A roadside bomb killed Lt. Col. Ahmed Hassan and injured three soldiers.",
                 "killed 1 exact; wounded 3 exact");
  check_figures ("An explosive device killed Omar Al-Khatib, a former rebel commander.", "killed 1 exact");
  check_figures ("The driver died, while his son was seriously wounded.", "wounded 1 exact");
  check_figures ("We mourn Staff Sergeant John Miller, who was killed yesterday in Iraq.", "killed 1 exact");
  check_figures ("A Syrian soldier was captured near the base.", "captured 1 exact");
  check_figures ("Gunmen abducted Ahmad Saleh on Monday.", "captured 1 exact");
  check_figures ("The strike killed Hezbollah commander Ali Hassan.", "killed 1 exact");
  check_figures ("His brother, Ahmad Saleh, was wounded.", "wounded 1 exact");
  check_figures ("The raid killed ISIS leader Abu Omar al-Shishani and two of his aides.", "killed 1 exact; killed 2 exact");
  /* Capitals that qualify a noun, places captured, and "the" (someone already counted) are not. */
  check_figures ("The strike killed Syrian Army soldiers near the base.", "");
  check_figures ("The strike killed Hezbollah commanders in the south.", "");
  check_figures ("Kurdish forces captured Tal Abyad on Sunday.", "");
  check_figures ("The town was captured by rebels.", "");
  check_figures ("Tal Abyad was captured by rebels.", "");
  check_figures ("Two soldiers were killed. The soldier was wounded earlier.", "killed 2 exact");
  check_figures ("The commander, Ahmad Saleh, was wounded.", "");
}

/* Frames of figures that generalise (issue 11, held-out misses by kind): each with a sentence it must take
 * and one it must leave. */
static void
test_figures_glued_sentence (void)
{
  /* A capture that lost the line break after a year: the next sentence is no part of the war's toll. */
  check_figures ("More than 1,000 people have been killed since the war began in 2011At least 9 people were killed in the town.",
                 "killed 1000 more_than cumulative; killed 9 at_least");
  check_figures ("At least 9 people have been killed in the town since 2011.", "killed 9 at_least cumulative");
}

static void
test_figures_several_incidents (void)
{
  /* A figure whose sentence totals several incidents is no one incident's (the gold's "aggregate"). */
  check_figures ("Gunmen killed 12 people in separate attacks in the province.", "killed 12 exact cumulative");
  check_figures ("In a separate attack, gunmen killed 3 soldiers.", "killed 3 exact");
  check_figures ("On Thursday, eight people were killed in different areas of the governorate.",
                 "killed 8 exact cumulative");
  check_figures ("In all, 40 people were killed across Iraq.", "killed 40 exact cumulative");
  check_figures ("Shelling across the border killed 4 civilians.", "killed 4 exact");
  check_figures ("Thirty militants were killed in two airstrikes this month.", "killed 30 exact cumulative");
  check_figures ("Thirty militants were killed in the airstrikes on Monday.", "killed 30 exact");
  check_figures ("Nine people were killed over the past week.", "killed 9 exact cumulative");
  check_figures ("Nine people were killed in the past, the mayor said.", "killed 9 exact");
}

static void
test_figures_one_frames (void)
{
  /* "was shot and killed": the verb before "and" says how. */
  check_figures ("A shepherd was stabbed and killed near the village.", "killed 1 exact");
  check_figures ("The first attack targeted a local official. The man was shot and killed by gunmen.", "killed 1 exact");
  /* "The man" after a figure in the same paragraph is most often one already counted. */
  check_figures ("Two soldiers were wounded at the checkpoint. The man was shot and killed later.", "wounded 2 exact");
  check_figures ("The car was searched and seized at the checkpoint.", "");
  /* "died" with one person before it, named or not; one named twice is one. */
  check_figures ("A farmer died of his wounds in hospital.", "killed 1 exact");
  check_figures ("Ahmad Saleh Hamdan later died of his wounds.", "killed 1 exact");
  check_figures ("Gunmen killed Issa Al-Hamdani on Monday. Al-Hamdani died of his wounds in hospital.", "killed 1 exact");
  check_figures ("The village's well died out in the drought.", "");
  /* "succumbed to her injuries" as "died"; "the targeted individual" one person. */
  check_figures ("A girl succumbed to her injuries in the town.", "killed 1 exact");
  check_figures ("Two soldiers succumbed to their wounds on Monday.", "killed 2 exact");
  check_figures ("The army succumbed to pressure and withdrew.", "");
  check_figures ("During the operation, the targeted individual was killed.", "killed 1 exact");
}

static void
test_figures_verbs (void)
{
  /* "neutralized" as the armies' reports use it: killed. Not of things. */
  check_figures ("Security forces neutralized five militants in the raid.", "killed 5 exact");
  check_figures ("Five terrorists were neutralized in the operation.", "killed 5 exact");
  check_figures ("Engineers neutralized 12 explosive devices on the road.", "");
  /* "gave their lives", "sacrificed their lives"; "fallen" before the people. */
  check_figures ("The three soldiers gave their lives to defend the town.", "killed 3 exact");
  check_figures ("Three soldiers gave their rations to the villagers.", "");
  check_figures ("Mourners buried the five fallen fighters on Friday.", "killed 5 exact");
  check_figures ("Five fallen trees blocked the road.", "");
}

static void
test_figures_people_head (void)
{
  /* The people's noun after words that qualify it: the count is people, whatever the first word. */
  check_figures ("Four spice merchants were also killed on their way to the market.", "killed 4 exact");
  check_figures ("The raid killed 40 army and police cadets at the academy.", "killed 40 exact");
  check_figures ("Three further associates were detained by the police.", "captured 3 exact");
  /* No people's noun ahead: counts of things, not casualties. */
  check_figures ("The strikes destroyed five fuel supply depots and killed 3 soldiers.", "killed 3 exact");
  check_figures ("Aircraft hit 14 fuel storage tanks near the refinery, wounding nobody.", "");
}

static void
test_figures_of_counted (void)
{
  /* "N of the slain/injured": people counted before, not more of them. */
  check_figures ("Gunmen killed six villagers. Three of the slain were brothers.", "killed 6 exact");
  check_figures ("A mortar shell wounded four farmers. One of the injured farmers is named as Ali Omar.",
                 "wounded 4 exact");
  /* Something else happened to them: a figure of that. */
  check_figures ("The bomb wounded seven people. Two of the wounded later died in hospital.",
                 "wounded 7 exact; killed 2 exact");
  check_figures ("Two of the soldiers were killed in the ambush.", "killed 2 exact");
}

static void
test_figures_arabic_slashes (void)
{
  /* Numbers between slashes, as some Arabic outlets write them: the slashes say nothing. */
  check_figures ("قتل /12/ شخصاً في هجوم على قرية شمال المدينة.", "killed 12 exact");
  check_figures ("قالت مصادر طبية إن القتلى كان بينهم /5/ أطفال، و /3/ نساء.", "killed 5 exact; killed 3 exact");
  /* A hashtag between the people and the verb */
  check_figures ("أفادت مصادر بأن /9/ عناصر من #الجيش_الحر قتلوا في المعارك.", "killed 9 exact");
  /* Days and kilometres are no casualties, with or without slashes. */
  check_figures ("قالت المصادر إن /7/ أشخاص قتلوا قبل /5/ أيام في هجوم على حاجز.", "killed 7 exact");
  check_figures ("قالت المصادر إن 4 أشخاص قتلوا على بعد 30 كم من المدينة.", "killed 4 exact");
  /* "و" joins a count to the one right before it, not to one a clause away. */
  check_figures ("قتل 5 مدنيين في القصف على البلدة، و 3 مواطنين آخرين غادروا المدينة.", "killed 5 exact");
}

static void
test_figures_group_described (void)
{
  /* After "linked to", "affiliated with": the words of their group, up to what happened to them. */
  check_figures ("Fourteen gunmen affiliated with the Turkish-backed National Army were killed in the clashes.",
                 "killed 14 exact");
  check_figures ("Six fighters linked to the extremist Ansar al-Islam group were killed on Sunday.", "killed 6 exact");
  check_figures ("Eight militants tied to al-Qaeda’s local branch were killed overnight.", "killed 8 exact");
  /* A verb ends the description: the people after it are others. */
  check_figures ("Twelve fighters linked to the group attacked a checkpoint and soldiers were killed.", "");
}

static void
test_figures_killers (void)
{
  /* The people before an active verb with a count after it are who did it. */
  check_figures ("Nine fighters loyal to the government killed three soldiers on Monday.", "killed 3 exact");
  check_figures ("Two gunmen from the group wounded at least 5 people.", "wounded 5 at_least");
  /* Not a verb in the passive sense ("killed in"), nor one joined by "and" after a figure. */
  check_figures ("Nine fighters killed in the 3 attacks were buried on Monday.", "killed 9 exact");
  /* An object with no count: the people before the verb did it, the one after is who was harmed. */
  check_figures ("Two gunmen killed a contractor in the town on Saturday.", "killed 1 exact");
  check_figures ("Three militants shot dead a policeman near the checkpoint.", "killed 1 exact");
  check_figures ("Four soldiers wounded the driver of the car.", "wounded 1 exact");
  /* "killed the day before", "killed a day after": a time, not an object. */
  check_figures ("Two soldiers killed the day before were buried in Mosul.", "killed 2 exact");
  check_figures ("Two soldiers were buried. Two soldiers killed a week after the truce were buried too.",
                 "killed 2 exact");
  check_figures ("The blast hit the market, killing at least 24 people and wounding 35.",
                 "killed 24 at_least; wounded 35 exact");
}

static void
test_figures_where_between (void)
{
  /* Where the people counted are from, between them and what happened to them. */
  check_figures ("12 residents of Salqin in the northern Idlib countryside were killed.", "killed 12 exact");
  check_figures ("Fifty residents of the eastern district protested against the army.", "");
  /* A part that names no people is how some are, not more victims. */
  check_figures ("Seven people were wounded, including two in critical condition.", "wounded 7 exact");
  check_figures ("Seven people were wounded, including two children.", "wounded 7 exact; wounded 2 exact");
  /* "…, five of them …", "and the other three …": the parts of the figure before. */
  check_figures ("Eight people were killed in the town, five of them were fighters, and the other three were soldiers.",
                 "killed 8 exact; killed 5 exact; killed 3 exact");
  check_figures ("Eight people were killed, and the other three fled.", "killed 8 exact");
  check_figures ("Eight soldiers arrived, five of them were officers.", "");
}

static void
test_figures_phrasings (void)
{
  /* The verb after a part set between commas, after the people's family, after "lost their lives",
   * "shot dead", "taken prisoner"; a person's noun after the verb; "a total of". */
  check_figures ("Twenty-three civilians, including eight children, were killed.", "killed 23 exact; killed 8 exact");
  check_figures ("Three members of the same family were killed.", "killed 3 exact");
  check_figures ("Two soldiers lost their lives in the clash.", "killed 2 exact");
  check_figures ("Two policemen were shot dead.", "killed 2 exact");
  check_figures ("Three men were stabbed to death.", "killed 3 exact");
  check_figures ("Four fighters were taken prisoner.", "captured 4 exact");
  check_figures ("An airstrike killed a commander and two of his aides.", "killed 2 exact");
  check_figures ("The strike killed a total of 20 fighters.", "killed 20 exact");
  /* Other verbs stay out. */
  check_figures ("Twenty-three civilians, including eight children, fled the town.", "");
  check_figures ("Five people were held in the stadium.", "");
  check_figures ("Ten soldiers were found in the building.", "");
  check_figures ("The raid killed a number of fighters.", "");
  check_figures ("Two soldiers lost their way in the desert.", "");
}

static void
test_figures_arabic_and (void)
{
  /* سقط 7 قتلى و20 جريحاً: the "and" glued to the digits */
  check_figures ("\u0633\u0642\u0637 7 \u0642\u062a\u0644\u0649 \u064820 \u062c\u0631\u064a\u062d\u0627\u064b \u0641\u064a \u0627\u0644\u0647\u062c\u0648\u0645.", "killed 7 exact; wounded 20 exact");
  /* … و 20 جريحاً: the kind before does not reach across "و" */
  check_figures ("\u0633\u0642\u0637 7 \u0642\u062a\u0644\u0649 \u0648 20 \u062c\u0631\u064a\u062d\u0627\u064b.", "killed 7 exact; wounded 20 exact");
  /* خطف مسلحون 3 صحفيين */
  check_figures ("\u062e\u0637\u0641 \u0645\u0633\u0644\u062d\u0648\u0646 3 \u0635\u062d\u0641\u064a\u064a\u0646.", "captured 3 exact");
  /* نفذت الطائرات 16 غارة و20 طلعة: raids and sorties */
  check_figures ("\u0646\u0641\u0630\u062a \u0627\u0644\u0637\u0627\u0626\u0631\u0627\u062a 16 \u063a\u0627\u0631\u0629 \u064820 \u0637\u0644\u0639\u0629.", "");
  /* قتل 7 أشخاص في عامي 2014 و2015: years */
  check_figures ("\u0642\u062a\u0644 7 \u0623\u0634\u062e\u0627\u0635 \u0641\u064a \u0639\u0627\u0645\u064a 2014 \u06482015.", "killed 7 exact");
}

static void
test_figures_toll_verb (void)
{
  /* The toll a few words before the verb that sets it. */
  check_figures ("The death toll from the blast climbed to 30.", "killed 30 exact");
  check_figures ("The price of bread climbed to 30 pounds.", "");
  check_figures ("The toll road fee rose to 5 dollars.", "");
}

static void
test_figures_vague (void)
{
  /* A vague word alone states no number; with a scale, or "dozens", it does. */
  check_figures ("The clashes left several militants dead.", "");
  check_figures ("A few civilians were wounded and numerous others were captured.", "");
  check_figures ("Several hundred people were killed.", "killed 100 at_least");
  check_figures ("Dozens of civilians were wounded.", "wounded 12 at_least");
}

static void
test_figures_not_counts (void)
{
  /* Scores, the numbers of names and titles, ages, times, money: no casualties, whatever verb is near. */
  check_figures ("The Patriots lost 24-17 to the Jets.", "");
  check_figures ("The club lost 3-0 at home.", "");
  check_figures ("They beat the hosts 2\u20131 and the coach was injured.", "");
  check_figures ("Fans queued for Red Dead Redemption 2 at midnight.", "");
  check_figures ("Killed in Action 2 is a film.", "");
  check_figures ("Five soldiers were killed at Checkpoint 9.", "killed 5 exact");
  check_figures ("Three people died on Highway 1.", "killed 3 exact");
  check_figures ("The Security Council adopted Resolution 2254 after 500 people were killed.", "killed 500 exact");
  check_figures ("The F-16 killed 7 fighters.", "killed 7 exact");
  check_figures ("He was killed at age 34.", "");
  check_figures ("A man aged 60 was wounded.", "");
  check_figures ("The attack at 10:30 killed four people.", "killed 4 exact");
  check_figures ("The bomb went off at 9 pm, killing 6 people.", "killed 6 exact");
  check_figures ("The militia paid \u20ac30 and killed 5 hostages.", "killed 5 exact");
  /* A range goes up, a headline's verb and a day are no name: these numbers still count. */
  check_figures ("The fighting killed 10-15 people.", "killed 10 range");
  check_figures ("Suicide Bomber Kills 12 In Baghdad", "killed 12 exact");
  /* A headline's capitals after its verb name nobody. */
  check_figures ("At Least 12 Killed In Mosul Blast", "killed 12 at_least");
  check_figures ("Two Soldiers Killed, 3 Injured In Attack", "killed 2 exact; wounded 3 exact");
  check_figures ("On Friday 20 civilians died in the shelling.", "killed 20 exact");
  check_figures ("In the north Aleppo 20 civilians died in the shelling.", "killed 20 exact");
  /* Arabic-Indic digits: a count, and a year (قتل ٣ أشخاص / قتل عام ٢٠١٥) */
  check_figures ("\u0642\u062a\u0644 \u0663 \u0623\u0634\u062e\u0627\u0635.", "killed 3 exact");
  check_figures ("\u0642\u062a\u0644 \u0639\u0627\u0645 \u0662\u0660\u0661\u0665.", "");
}

static void
test_figures_compound (void)
{
  /* People named one by one and joined to a count share its verb, but the count is the numeral's
   * only, as the coders' gold has it ("A woman and five children were wounded" is 5); people named one
   * by one and joined to each other, with no numeral, are no figure (session 35: the pairs of
   * bench/gold-suggest-2, -5, -6 and -7). */
  check_figures ("A woman and her two children were killed.", "killed 2 exact");
  check_figures ("The strike killed a woman and her two children.", "killed 2 exact");
  check_figures ("Three soldiers and a civilian were killed.", "killed 3 exact");
  check_figures ("Two soldiers and a policeman were wounded.", "wounded 2 exact");
  check_figures ("A man, his wife and their four children were killed.", "killed 4 exact");
  check_figures ("At least 12 soldiers and a civilian were killed.", "killed 12 at_least");
  check_figures ("A man and his son were killed in the strike.", "");
  check_figures ("Gunmen killed a man and his son.", "");
  check_figures ("A young man and a child were killed, and a man was seriously injured.", "wounded 1 exact");
  check_figures ("A brigadier general was killed and a sticky bomb wounded a councilman.", "killed 1 exact; wounded 1 exact");
  /* Each with its own verb, things, counts joined to counts, and no verb at all stay apart. */
  check_figures ("The strike killed a woman and wounded her two children.", "killed 1 exact; wounded 2 exact");
  check_figures ("Three soldiers were killed and a civilian was wounded.", "killed 3 exact; wounded 1 exact");
  check_figures ("Three soldiers and a civilian car were hit.", "");
  check_figures ("The shelling killed five civilians and three soldiers.", "killed 5 exact; killed 3 exact");
  check_figures ("A woman and her two children fled the town.", "");
  check_figures ("A man and a woman were seen near the site before 3 people were killed.", "killed 3 exact");
}

static void
test_figures_monitor_phrasings (void)
{
  /* The qualifier after the people, "the death of N citizens", "a massacre of N". */
  check_figures ("Helicopters dropped barrel bombs on the village, killing 3 people at least.", "killed 3 at_least");
  check_figures ("The Observatory documented the death of four citizens including a child.", "killed 4 exact");
  check_figures ("The Observatory documented a massacre of nine citizens.", "killed 9 exact");
  check_figures ("Three people at least were seen at the market.", "");
  check_figures ("They remembered the massacre of 1988 and the nine citizens who survived it.", "");
}

static void
test_figures_number_rose (void)
{
  /* "the number of <people> (who were) killed … rose to N", with the words between */
  check_figures ("The number of civilians who were killed due to barrel bombs on the town of al- Latamnah has risen to 5.",
                 "killed 5 exact");
  check_figures ("Thus, the number of people who have been killed today in ground shelling and airstrikes on the "
                 "\u201cde-escalation\u201d area increased to 20.", "killed 20 exact");
  check_figures ("The number of wounded rose to 30.", "wounded 30 exact");
  /* Not the number of things, nor one without a casualty word. */
  check_figures ("The number of villages captured rose to 40.", "");
  check_figures ("The number of displaced people rose to 3,000.", "");
}

static void
test_figures_joined_after (void)
{
  /* A count whose verb is the next count's ("seven men and seven women had been executed"),
   * and the parts after a semicolon or colon of the figure right before it. */
  check_figures ("The Observatory said seven men and seven women had been executed by rebels.",
                 "killed 7 exact; killed 7 exact");
  check_figures ("Five civilians and three soldiers were wounded.", "wounded 5 exact; wounded 3 exact");
  check_figures ("The toll has risen to 5; 3 women and 2 children.", "killed 5 exact; killed 3 exact; killed 2 exact");
  check_figures ("The strike killed 5 civilians and 3 soldiers were wounded.", "killed 5 exact; wounded 3 exact");
  check_figures ("Five civilians and three soldiers arrived in the town.", "");
  check_figures ("The militants numbered 300; 20 fighters and 5 commanders.", "");
}

static void
test_figures_elliptical (void)
{
  /* A count in a clause with no verb goes on from the sentence or figure before it. */
  check_figures ("Several leaders were captured. The last eleven just a few hours ago.", "captured 11 exact");
  check_figures ("Seven people were killed on Monday, and two more on Tuesday.", "killed 7 exact; killed 2 exact");
  check_figures ("Five soldiers were wounded in Mosul. Another three in Tikrit on Sunday.", "wounded 5 exact; wounded 3 exact");
  /* Not with a verb of its own, nor after a sentence without casualties, nor without words that go on. */
  check_figures ("Several leaders were captured. The last eleven arrived in the town.", "");
  check_figures ("The army deployed 300 troops. Another 200 on Monday.", "");
  check_figures ("The rebels fought hard. The last eleven just a few hours ago.", "");
  check_figures ("Five soldiers were killed. Police said three soldiers.", "killed 5 exact");
}

static void
test_figures_shot_dead (void)
{
  /* One person shot dead or to death, named or described; a part "included" in the figure before. */
  check_figures ("Unknown gunmen shot a woman teacher to death in the city.", "killed 1 exact");
  check_figures ("Hanan al-Abdullah was shot to death on the road.", "killed 1 exact");
  check_figures ("His brother was shot dead.", "killed 1 exact");
  check_figures ("Police shot dead a gunman near the market.", "killed 1 exact");
  check_figures ("Kurdish forces captured the town, leaving a fighter dead.", "killed 1 exact");
  check_figures ("The monitor said the 19 dead, who included six women, were from the village.",
                 "killed 19 exact; killed 6 exact");
  /* Someone counted already ("the" after a figure in the paragraph), "dead" without a verb of how, things
   * included. */
  check_figures ("Two soldiers were wounded. The soldier was shot dead.", "wounded 2 exact");
  check_figures ("Ahmad Saleh was found in a dead end.", "");
  check_figures ("A woman teacher was praised to death by the press.", "");
  check_figures ("The convoy included 4 trucks.", "");
}

static void
test_figures_ages (void)
{
  /* An age before the person's noun is one of the words between it and its determiner; the age is no count. */
  check_figures ("A 12-year-old boy was killed.", "killed 1 exact");
  check_figures ("Police killed a 45-year-old man.", "killed 1 exact");
  check_figures ("A twelve-year-old girl was wounded in the shelling.", "wounded 1 exact");
  check_figures ("Gunmen killed two guards. The 25-year-old soldier was killed in the blast.", "killed 2 exact");
  check_figures ("The 25-year-old soldier was killed in the blast.", "killed 1 exact");
  check_figures ("A 30-year-old conflict was wounded.", "");
  /* Other numbers that count no one, near a casualty word. */
  check_figures ("Nearly 40 percent of those killed were children.", "");
  check_figures ("About 30 per cent of the wounded were women.", "");
  check_figures ("The strike killed no one 20 miles from the border.", "");
  check_figures ("The attack cost 5 million dollars and nobody was hurt.", "");
  check_figures ("In 2014, the group killed nobody.", "");
  check_figures ("The shelling killed no one, but no one was hurt either.", "");
}

static void
test_figures_when_after (void)
{
  /* When or where right after the number is not what it counts. */
  check_figures ("Gunmen killed 12 on Monday.", "killed 12 exact");
  check_figures ("Militants killed 12 near the border.", "killed 12 exact");
  check_figures ("The strike killed 20 km from the border.", "");
}

/* ---------------------------------------------------------------- places */

static void
test_places_arabic_phrases (void)
{
  /* اعتقل سبعة في قرية كفرنبودة قرب مدينة معرة النعمان في ريف إدلب الجنوبي */
  g_autoptr(SitrepSuggestResult) r =
    run ("\u0627\u0639\u062a\u0642\u0644 \u0633\u0628\u0639\u0629 \u0641\u064a \u0642\u0631\u064a\u0629 "
         "\u0643\u0641\u0631\u0646\u0628\u0648\u062f\u0629 \u0642\u0631\u0628 \u0645\u062f\u064a\u0646\u0629 "
         "\u0645\u0639\u0631\u0629 \u0627\u0644\u0646\u0639\u0645\u0627\u0646 \u0641\u064a \u0631\u064a\u0641 "
         "\u0625\u062f\u0644\u0628 \u0627\u0644\u062c\u0646\u0648\u0628\u064a.");

  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "\u0643\u0641\u0631\u0646\u0628\u0648\u062f\u0629"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "\u0645\u0639\u0631\u0629 \u0627\u0644\u0646\u0639\u0645\u0627\u0646"));
  /* "مدينة" (city) is no place of its own, and a direction is not part of a name. */
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "\u0645\u062f\u064a\u0646\u0629"));
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "\u0625\u062f\u0644\u0628 \u0627\u0644\u062c\u0646\u0648\u0628\u064a"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "\u0625\u062f\u0644\u0628"));
}

static void
test_places_other_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Iraqi Prime Minister Haider al-Abadi praised the performance of Iraqi security forces. "
         "Islamic State's Amaq news agency said the strike hit Mosul. Reporters met in the Press Briefing Room.");

  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Haider"));
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Iraqi"));
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Amaq"));
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Room"));
  /* The place in the same text is still found. */
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Mosul"));
}

static void
test_places_dateline (void)
{
  g_autoptr(SitrepSuggestResult) r = run ("BEIRUT, March 18 (Wire) - Fighting went on in the east.\n\nISIL said nothing.");
  const SitrepSuggestion *s = find (r, SITREP_SUGGEST_PLACE, "BEIRUT");

  g_assert_nonnull (s);
  g_assert_cmpfloat_with_epsilon (s->latitude, 33.89, 0.05);
  /* An acronym in capitals is no dateline. */
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "ISIL"));
}

static void
test_places_regions (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Clashes spread across Anbar Province and into Diyala, officials in Iraq said.");
  /* The province's name with its noun: no city's entity of the same name. */
  const SitrepSuggestion *anbar = find (r, SITREP_SUGGEST_PLACE, "Anbar Province");
  const SitrepSuggestion *diyala = find (r, SITREP_SUGGEST_PLACE, "Diyala");

  /* Iraq's provinces, not a Turkish village spelt like one. */
  g_assert_nonnull (anbar);
  g_assert_cmpstr (anbar->country, ==, "IQ");
  g_assert_cmpfloat (anbar->longitude, >, 39.0);
  g_assert_cmpfloat (anbar->longitude, <, 45.0);
  g_assert_nonnull (diyala);
  g_assert_cmpstr (diyala->country, ==, "IQ");
  g_assert_cmpfloat (diyala->latitude, >, 33.0);
  g_assert_cmpfloat (diyala->latitude, <, 35.5);
}

static void
test_places_sites (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("ISIL seized tanks from Tiyas Military Airfield near Palmyra. Carter flew to Qayyarah Airfield West later.");
  const SitrepSuggestion *tiyas = find (r, SITREP_SUGGEST_PLACE, "Tiyas Military Airfield");
  const SitrepSuggestion *qwest = find (r, SITREP_SUGGEST_PLACE, "Qayyarah Airfield West");

  /* Missing from the gazetteer, "near Palmyra": at Palmyra, doubtful
   * (suggest-accuracy places/within). */
  g_assert_nonnull (tiyas);
  g_assert_true (tiyas->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (tiyas->latitude, tiyas->longitude, 34.56, 38.28), <, 10.0);
  /* At the airfield (OurAirports, suggest-accuracy places/airfields), not
   * at the town it is named after, 16 km off. */
  g_assert_nonnull (qwest);
  g_assert_false (qwest->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (qwest->latitude, qwest->longitude, 35.77, 43.13), <, 5.0);
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Palmyra"));
}

static void
test_places_country (void)
{
  g_autoptr(SitrepSuggestResult) r1 = run ("Syrian jets struck Oymak\u0131 at dawn.");
  g_autoptr(SitrepSuggestResult) r2 = run ("Turkish police closed the road to Oymak\u0131 at dawn.");
  const SitrepSuggestion *a = find (r1, SITREP_SUGGEST_PLACE, "Oymak\u0131");
  const SitrepSuggestion *b = find (r2, SITREP_SUGGEST_PLACE, "Oymak\u0131");

  /* A small Turkish village in a report about Syria only: doubtful. */
  g_assert_nonnull (a);
  g_assert_true (a->doubtful);
  /* In a report that names Turkey: where it should be. */
  g_assert_nonnull (b);
  g_assert_false (b->doubtful);
}

/* ---------------------------------------------------------------- actors and persons */

static void
test_actors_organisations (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("The assistance includes $15 million for the Syria Recovery Trust Fund (SRTF), which funds projects. "
         "Today the SRTF is delivering 20 projects. The Department of Defense and U.S. Air Forces Central "
         "Command said so. In Mosul the Joint Operations Command reported gains.");
  const SitrepSuggestion *fund = find (r, SITREP_SUGGEST_ACTOR, "Syria Recovery Trust Fund");
  guint n_srtf = 0;

  g_assert_nonnull (fund);
  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];

      if (s->kind == SITREP_SUGGEST_ACTOR && g_strcmp0 (s->text, "SRTF") == 0)
        {
          n_srtf++;
          g_assert_cmpstr (s->entity_name, ==, "Syria Recovery Trust Fund");
        }
    }
  g_assert_cmpuint (n_srtf, ==, 2);
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Department of Defense"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "U.S. Air Forces Central Command"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Joint Operations Command"));
  /* Ordinary capitalised words at a sentence's start name nothing. */
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Today"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "In Mosul"));
}

/* A known name is read over its articles and hyphens ("Hayat Tahrir
 * al-Sham"); a span stops at a word of no name's key ("Hayat Tahrir
 * Zorblax al-Sham" names no group beyond its first words). */
static void
test_actors_known_spans (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Fighters of Hayat Tahrir al-Sham shelled the town. Jabhat Fateh al-Sham denied it. "
         "A Hayat Tahrir Zorblax al-Sham statement followed.");
  const SitrepSuggestion *hts = find (r, SITREP_SUGGEST_ACTOR, "Hayat Tahrir al-Sham");
  const SitrepSuggestion *jfs = find (r, SITREP_SUGGEST_ACTOR, "Jabhat Fateh al-Sham");

  g_assert_nonnull (hts);
  g_assert_cmpstr (hts->entity_name, ==, "HTS");
  g_assert_nonnull (jfs);
  g_assert_nonnull (jfs->entity_name);
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Hayat Tahrir Zorblax al-Sham"));
}

/* A known name of one word, said again: each mention is found (a word
 * alone is asked once for being no name; a name is asked every time). */
static void
test_actors_one_word_again (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Hezbollah fighters shelled the town. The group later denied it. "
         "The army said Hezbollah had moved. A statement by Hizbollah followed, and Hezbollah left.");
  guint n = 0;

  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];

      if (s->kind == SITREP_SUGGEST_ACTOR && g_strcmp0 (s->entity_name, "Hezbollah") == 0)
        n++;
    }
  g_assert_cmpuint (n, ==, 4);
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "The"));
}

/* A region named again, in the same text and in the next one: its name
 * key's region is kept by the suggester, and each mention is still the
 * region (as is one spelled as one word, found under its parted key). */
static void
test_regions_named_again (void)
{
  g_autoptr(SitrepSuggester) suggester = sitrep_suggester_new (NULL, NULL);
  const char *text = "Troops in Salahuddin Province fought. Police in Salahuddin Province said two died. "
                     "Raids in Anbar Province went on; Anbar Province officials and Qurnat Zelbah Province residents fled.";

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_suggester_run (suggester, text, "2022-10-19", SITREP_DATE_PRECISION_DAY, NULL);
      guint salah = 0, anbar = 0;

      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          if (s->kind != SITREP_SUGGEST_PLACE || s->scope != SITREP_PLACE_SCOPE_REGION)
            continue;
          g_test_message ("round %u: %s (%s)", round, s->text, s->country);
          salah += strcmp (s->text, "Salahuddin Province") == 0 && g_strcmp0 (s->country, "IQ") == 0;
          anbar += strcmp (s->text, "Anbar Province") == 0 && g_strcmp0 (s->country, "IQ") == 0;
          g_assert_null (strstr (s->text, "Qurnat"));
        }
      g_assert_cmpuint (salah, ==, 2);
      g_assert_cmpuint (anbar, ==, 2);
    }
}

static void
test_actors_arabic (void)
{
  /* وقالت وزارة الدفاع الروسية إن قوات النظام تقدمت، بحسب المرصد السوري لحقوق الإنسان. */
  g_autoptr(SitrepSuggestResult) r =
    run ("\u0648\u0642\u0627\u0644\u062a \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0641\u0627\u0639 "
         "\u0627\u0644\u0631\u0648\u0633\u064a\u0629 \u0625\u0646 \u0642\u0648\u0627\u062a "
         "\u0627\u0644\u0646\u0638\u0627\u0645 \u062a\u0642\u062f\u0645\u062a\u060c \u0628\u062d\u0633\u0628 "
         "\u0627\u0644\u0645\u0631\u0635\u062f \u0627\u0644\u0633\u0648\u0631\u064a \u0644\u062d\u0642\u0648\u0642 "
         "\u0627\u0644\u0625\u0646\u0633\u0627\u0646. \u0648\u0627\u0644\u062f\u0641\u0627\u0639 \u0639\u0646 "
         "\u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0635\u0639\u0628.");

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0641\u0627\u0639 \u0627\u0644\u0631\u0648\u0633\u064a\u0629"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "\u0642\u0648\u0627\u062a \u0627\u0644\u0646\u0638\u0627\u0645"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "\u0627\u0644\u0645\u0631\u0635\u062f \u0627\u0644\u0633\u0648\u0631\u064a \u0644\u062d\u0642\u0648\u0642 \u0627\u0644\u0625\u0646\u0633\u0627\u0646"));
  /* "الدفاع عن المدينة" (defending the city) names nobody. */
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "\u0627\u0644\u062f\u0641\u0627\u0639"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "\u0648\u0627\u0644\u062f\u0641\u0627\u0639"));
}

static void
test_actors_generic (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("The U.S.-led coalition and the Syrian opposition met. The opposition won the vote.");

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "U.S.-led coalition"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Syrian opposition"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "The opposition"));
}

static void
test_persons_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("Lt. Gen. Stephen J. Townsend spoke first, said Col. John \u201cJ.D.\u201d Dorrian, the spokesperson. "
         "Brig. Gen. Richard \"Tex\" Coe will present the findings.");

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Stephen J. Townsend"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "John \u201cJ.D.\u201d Dorrian"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Richard \"Tex\" Coe"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Stephen J"));
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Col"));
}

/* ---------------------------------------------------------------- claimants */

static void
test_claimants (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("As Deputy Secretary of State Antony Blinken announced today, aid will grow. "
         "We will strike it, said Col. John Dorrian. "
         "The attacks in Iraq today include one in Baghdad claimed by Daesh.");

  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "Deputy Secretary of State Antony Blinken"));
  g_assert_null (find (r, SITREP_SUGGEST_CLAIMANT, "As Deputy Secretary of State Antony Blinken"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "John Dorrian"));
  g_assert_null (find (r, SITREP_SUGGEST_CLAIMANT, "Col"));
  g_assert_null (find (r, SITREP_SUGGEST_CLAIMANT, "Baghdad"));
}

/* Each kind of phrase is found wherever it stands and however it is
 * written: at the text's start, in capitals, and a speech verb two tokens
 * before the text's end (the pass reads tokens by their word lists). */
static void
test_claimants_starts (void)
{
  g_autoptr(SitrepSuggestResult) r =
    run ("According to Reuters, five soldiers died. A STATEMENT BY Jaish al-Izza followed. "
         "Shelling went on, said Ahmed Hassan");

  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];

      if (s->kind == SITREP_SUGGEST_CLAIMANT)
        g_test_message ("claimant: %s", s->text);
    }
  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "Reuters"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "Jaish al-Izza"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "Ahmed Hassan"));
}

/* The detectors that pass over tokens in a loop of their own (relative
 * dates, place phrases, places in sense) stop at a token that starts a
 * phrase as near the end of the text as the phrase fits, and at the first. */
static void
test_skips_edges (void)
{
  static const struct { const char *text; SitrepSuggestKind kind; const char *found; } cases[] = {
    { "Yesterday", SITREP_SUGGEST_DATE, "Yesterday" },
    { "Shelling resumed on Friday", SITREP_SUGGEST_DATE, "on Friday" },
    { "Shelling resumed near Zubaydiyah", SITREP_SUGGEST_PLACE, "Zubaydiyah" },
    { "near Zubaydiyah", SITREP_SUGGEST_PLACE, "Zubaydiyah" },
    { "They marked the fall of Zubaydiyah", SITREP_SUGGEST_PLACE, "Zubaydiyah" },
    { "fall of Zubaydiyah", SITREP_SUGGEST_PLACE, "Zubaydiyah" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(SitrepSuggestResult) r = run (cases[k].text);

      g_test_message ("%s", cases[k].text);
      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          g_test_message ("  %s: %s", sitrep_suggest_kind_to_string (s->kind), s->text);
        }
      g_assert_nonnull (find (r, cases[k].kind, cases[k].found));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-rules/figures/subset", test_figures_subset);
  g_test_add_func ("/sitrep/suggest-rules/figures/clause", test_figures_clause);
  g_test_add_func ("/sitrep/suggest-rules/figures/things", test_figures_things);
  g_test_add_func ("/sitrep/suggest-rules/figures/cumulative", test_figures_cumulative);
  g_test_add_func ("/sitrep/suggest-rules/figures/cumulative-words", test_figures_cumulative_words);
  g_test_add_func ("/sitrep/suggest-rules/figures/joined", test_figures_joined);
  g_test_add_func ("/sitrep/suggest-rules/figures/group", test_figures_group);
  g_test_add_func ("/sitrep/suggest-rules/figures/war-toll", test_figures_war_toll);
  g_test_add_func ("/sitrep/suggest-rules/figures/so-far", test_figures_so_far);
  g_test_add_func ("/sitrep/suggest-rules/figures/one", test_figures_one);
  g_test_add_func ("/sitrep/suggest-rules/figures/vague", test_figures_vague);
  g_test_add_func ("/sitrep/suggest-rules/figures/phrasings", test_figures_phrasings);
  g_test_add_func ("/sitrep/suggest-rules/figures/glued-sentence", test_figures_glued_sentence);
  g_test_add_func ("/sitrep/suggest-rules/figures/one-frames", test_figures_one_frames);
  g_test_add_func ("/sitrep/suggest-rules/figures/several-incidents", test_figures_several_incidents);
  g_test_add_func ("/sitrep/suggest-rules/figures/verbs", test_figures_verbs);
  g_test_add_func ("/sitrep/suggest-rules/figures/where-between", test_figures_where_between);
  g_test_add_func ("/sitrep/suggest-rules/figures/people-head", test_figures_people_head);
  g_test_add_func ("/sitrep/suggest-rules/figures/of-counted", test_figures_of_counted);
  g_test_add_func ("/sitrep/suggest-rules/figures/arabic-slashes", test_figures_arabic_slashes);
  g_test_add_func ("/sitrep/suggest-rules/figures/group-described", test_figures_group_described);
  g_test_add_func ("/sitrep/suggest-rules/figures/killers", test_figures_killers);
  g_test_add_func ("/sitrep/suggest-rules/figures/arabic-and", test_figures_arabic_and);
  g_test_add_func ("/sitrep/suggest-rules/figures/toll-verb", test_figures_toll_verb);
  g_test_add_func ("/sitrep/suggest-rules/figures/not-counts", test_figures_not_counts);
  g_test_add_func ("/sitrep/suggest-rules/figures/when-after", test_figures_when_after);
  g_test_add_func ("/sitrep/suggest-rules/figures/compound", test_figures_compound);
  g_test_add_func ("/sitrep/suggest-rules/figures/monitor-phrasings", test_figures_monitor_phrasings);
  g_test_add_func ("/sitrep/suggest-rules/figures/number-rose", test_figures_number_rose);
  g_test_add_func ("/sitrep/suggest-rules/figures/joined-after", test_figures_joined_after);
  g_test_add_func ("/sitrep/suggest-rules/figures/elliptical", test_figures_elliptical);
  g_test_add_func ("/sitrep/suggest-rules/figures/shot-dead", test_figures_shot_dead);
  g_test_add_func ("/sitrep/suggest-rules/figures/ages", test_figures_ages);
  g_test_add_func ("/sitrep/suggest-rules/figures/arabic", test_figures_arabic);
  g_test_add_func ("/sitrep/suggest-rules/figures/arabic-more", test_figures_arabic_more);
  g_test_add_func ("/sitrep/suggest-rules/places/arabic-phrases", test_places_arabic_phrases);
  g_test_add_func ("/sitrep/suggest-rules/actors/arabic", test_actors_arabic);
  g_test_add_func ("/sitrep/suggest-rules/places/other-names", test_places_other_names);
  g_test_add_func ("/sitrep/suggest-rules/places/dateline", test_places_dateline);
  g_test_add_func ("/sitrep/suggest-rules/places/regions", test_places_regions);
  g_test_add_func ("/sitrep/suggest-rules/places/sites", test_places_sites);
  g_test_add_func ("/sitrep/suggest-rules/places/country", test_places_country);
  g_test_add_func ("/sitrep/suggest-rules/actors/organisations", test_actors_organisations);
  g_test_add_func ("/sitrep/suggest-rules/actors/known-spans", test_actors_known_spans);
  g_test_add_func ("/sitrep/suggest-rules/actors/one-word-again", test_actors_one_word_again);
  g_test_add_func ("/sitrep/suggest-rules/places/regions-named-again", test_regions_named_again);
  g_test_add_func ("/sitrep/suggest-rules/actors/generic", test_actors_generic);
  g_test_add_func ("/sitrep/suggest-rules/persons/names", test_persons_names);
  g_test_add_func ("/sitrep/suggest-rules/claimants", test_claimants);
  g_test_add_func ("/sitrep/suggest-rules/claimants/starts", test_claimants_starts);
  g_test_add_func ("/sitrep/suggest-rules/skips/edges", test_skips_edges);

  return g_test_run ();
}
