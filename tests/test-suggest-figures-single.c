/* test-suggest-figures-single.c — one person harmed in the phrasings the one-person readers left
 * (issue 11, session 37): a bare "another" or ordinal after a figure ("and another wounded",
 * "wounding a fifth"), "fatally shot", a body found, "leaving a lieutenant general killed", a group's role ("killed ISIS' head of intelligence"), a title in
 * lower case before a name, "as high as N", "consisting of" parts lists of counts joined by commas, and an Arabic accusative subject ("إن طفلا قتل"); each with cases it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_another_bare (void)
{
  check_figures ("An attack on a checkpoint left three security personnel dead and another wounded.",
                 "killed 3 exact; wounded 1 exact");
  check_figures ("Two policemen were killed and another wounded in Mosul.", "killed 2 exact; wounded 1 exact");
  check_figures ("Two soldiers were wounded and another killed.", "wounded 2 exact; killed 1 exact");
  check_figures ("Another civilian was killed, and a second wounded.", "killed 1 exact; wounded 1 exact");
  /* "another" acting on a count, or with no figure before it in its sentence */
  check_figures ("Two bombs exploded and another killed three people.", "killed 3 exact");
  check_figures ("He was shot by a sniper and another wounded by shrapnel.", "");
}

static void
test_ordinal (void)
{
  check_figures ("Gunmen attacked the checkpoint, killing four of the militants and wounding a fifth, police said.",
                 "killed 4 exact; wounded 1 exact");
  check_figures ("A bomb killed two soldiers, wounding a third.", "killed 2 exact; wounded 1 exact");
  /* a share, a thing counted, an ordinal with no figure before */
  check_figures ("Fighters killed two soldiers and wounded a fifth of the battalion.", "killed 2 exact");
  check_figures ("Three policemen were wounded in a third bombing.", "wounded 3 exact");
  check_figures ("The strike destroyed a third of the town.", "");
}

static void
test_fatally (void)
{
  check_figures ("Khaled Saleh al-Madahala was fatally shot by unidentified individuals.", "killed 1 exact");
  check_figures ("A teacher was fatally stabbed.", "killed 1 exact");
  check_figures ("Gunmen fatally shot a teacher in Baquba.", "killed 1 exact");
  check_figures ("Three people were fatally shot in Mosul.", "killed 3 exact");
  /* "fatally wounded" is read at "wounded", as before; "fatally" of a thing is nothing */
  check_figures ("A soldier was fatally wounded in Mosul.", "wounded 1 exact");
  check_figures ("Two soldiers were fatally wounded in Mosul.", "wounded 2 exact");
  check_figures ("The car was fatally damaged.", "");
}

static void
test_body_found (void)
{
  check_figures ("A female body was found in Basra.", "killed 1 exact");
  check_figures ("An unidentified body was recovered from the river.", "killed 1 exact");
  check_figures ("A body was found in the river with gunshot wounds.", "killed 1 exact");
  /* one counted before ("the body"), a body of water */
  check_figures ("The body was sent to the morgue.", "");
  check_figures ("A body of water lies nearby.", "");
}

static void
test_leaving (void)
{
  check_figures ("A house exploded, leaving a lieutenant general killed and two soldiers severely injured.",
                 "killed 1 exact; wounded 2 exact");
  check_figures ("The blast left a child wounded.", "wounded 1 exact");
  check_figures ("The fighting left a soldier's house damaged.", "");
  check_figures ("Leaving a policeman in charge, they fled.", "");
}

static void
test_title_name (void)
{
  check_figures ("The gunmen also shot dead a lawyer and injured sheikh Mizahim al-Mustafa, police said.",
                 "killed 1 exact; wounded 1 exact");
  check_figures ("Gunmen attacked the sheikh's house in Tikrit.", "");
}

static void
test_group_role (void)
{
  check_figures ("A Coalition strike has also killed ISIS’ head of intelligence, Ahmed Khalid Najim, in Tayaran.",
                 "killed 1 exact");
  check_figures ("A strike wounded Hezbollah's top commander.", "wounded 1 exact");
  check_figures ("Police arrested the gang's leader.", "captured 1 exact");
  check_figures ("The strike killed the group's commander and 5 fighters.", "killed 1 exact; killed 5 exact");
  /* many of the group, a thing of the group's, a country's office */
  check_figures ("A strike killed ISIS's fighters in Tayaran.", "");
  check_figures ("Gunmen killed the army's commander vehicle driver.", "");
  check_figures ("The strike killed Iraq's national security adviser.", "");
}

static void
test_as_high_as (void)
{
  check_figures ("Al Ragga Truth put the death toll as high as 30.", "killed 30 up_to");
  check_figures ("Temperatures as high as 40 degrees were recorded.", "");
}

/* "consisting of" opens the parts of the count before, as "including" does. */
static void
test_consisting_of (void)
{
  check_figures ("The death toll reached 73 civilians, consisting of 12 children and 35 women.",
                 "killed 73 exact; killed 12 exact; killed 35 exact");
  check_figures ("A convoy consisting of 12 vehicles was hit.", "");
}

/* A list of counts before the verb they share, joined by commas: each count is read, not only the
 * last two. */
static void
test_comma_list (void)
{
  check_figures ("Six children, seven women and 12 army troops were killed on Wednesday.",
                 "killed 6 exact; killed 7 exact; killed 12 exact");
  check_figures ("At least six children, seven women, 16 rebel fighters, 16 other unidentified men and 12 army troops "
                 "were killed on Wednesday.",
                 "killed 6 at_least; killed 7 exact; killed 16 exact; killed 16 exact; killed 12 exact");
  /* things in the list, a thing's count before the people's, a count of no people after the comma */
  check_figures ("The army sent 300 soldiers, 20 tanks and 5 civilians were killed.", "killed 5 exact");
  check_figures ("In two earlier attacks by IS fighters, three police were killed and four were wounded.",
                 "killed 3 exact; wounded 4 exact");
  check_figures ("Of the 20 people, 5 were killed.", "killed 5 exact");
}

/* Arabic: one person in the accusative between "إن" and the verb, and the count of another kind after
 * that verb ("إن طفلا قتل وأصيب اثنان": 1 killed, 2 wounded), while a count both verbs share stays no
 * figure ("قتل وأصيب 43 شخصا"). */
static void
test_arabic_subject (void)
{
  check_figures ("قال مصدر في الشرطة إن “طفلا قُتِلَ وأصيب اثنان من المارة بجروح جراء انفجار عبوة ناسفة.",
                 "killed 1 exact; wounded 2 exact");
  check_figures ("وقال إن رجلا اعتقل أمس.", "captured 1 exact");
  check_figures ("وقتل وأصيب 43 شخصا في القصف.", "");
  /* two people by a dual noun before the dual of the verb */
  check_figures ("ذكرت مصادر في الشرطة أن شخصين قتلا وأصيب سبعة في البلدة.", "killed 2 exact; wounded 7 exact");
  check_figures ("وقال إن “جنديين أصيبا بجروح.", "wounded 2 exact");
  check_figures ("وقال إن شخصين وصلا أمس.", "");
  /* a person's name in quotes between the noun and the verb */
  check_figures ("وقالت شبكة محلية أنّ الشاب “مازن موسى الزعبي” قتل متأثراً بإصابته بعد انفجار عبوة ناسفة.",
                 "killed 1 exact");
  check_figures ("وقال إن الشاب “محمد” وصل أمس.", "");
  /* remains found, as bodies ("رفات"), and remains counted by no number */
  check_figures ("عثرت الشرطة على مقبرة جماعية تضم نحو 60 رفات لضحايا أعدمهم تنظيم داعش.", "killed 60 about");
  check_figures ("وطالبت العائلات برفات أبنائها.", "");
  check_figures ("وقال إن رجلا وصل أمس.", "");
}

/* A pronoun joined to a count takes no place in it ("killing him and his four children": 4, as "a man and
 * his four children"); Arabic "على الأقل" after the count's noun and its partitive "من". */
static void
test_pronoun_and_count (void)
{
  check_figures ("A roadside bomb struck a car, killing him and his four children in northern Iraq.", "killed 4 exact");
  check_figures ("They saw him and his two sons leave.", "");
  check_figures ("أسفر انفجارها عن مقتل ثلاثة عناصر من الشرطة على الأقل وإصابة 19 شخصا.",
                 "killed 3 at_least; wounded 19 exact");
  check_figures ("قتل ثلاثة عناصر من الشرطة، وأصيب خمسة على الأقل.", "killed 3 exact; wounded 5 at_least");
}

/* "nationwide" and "for …" after a toll's count are when and where, not what is counted. */
static void
test_toll_for (void)
{
  check_figures ("The Observatory gave a death toll of 100 nationwide for Sunday, including 14 children.",
                 "killed 100 exact; killed 14 exact");
  check_figures ("The attack left a death toll of 100 for Sunday.", "killed 100 exact");
  check_figures ("The army deployed 300 for the operation.", "");
  check_figures ("The plan calls for 3,000 for the camp.", "");
}

/* The one person named in a clause that says nothing harmed him is no figure. */
static void
test_no_harm (void)
{
  check_figures ("A soldier said three people were killed.", "killed 3 exact");
  check_figures ("A policeman guarding the checkpoint said the road was closed.", "");
  check_figures ("One of the attackers fled.", "");
  check_figures ("Shells hit a child's school.", "");
}

/* one body counted by "1", "one" or "another" (session 42, fig25) */
static void
test_one_body (void)
{
  check_figures ("Another body was brought to the morgue on Thursday, an official said.", "killed 1 exact");
  check_figures ("Basra: 1 body found.", "killed 1 exact");
  check_figures ("Yaiji: 1 body found with gunshot wounds.", "killed 1 exact");
  check_figures ("One body was recovered from the river on Monday.", "killed 1 exact");
  /* no body found; a part of a body */
  check_figures ("The body was found in the river on Monday.", "");
  check_figures ("The blast tore off 1 body panel of the car.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-figures-single/another-bare", test_another_bare);
  g_test_add_func ("/sitrep/suggest-figures-single/ordinal", test_ordinal);
  g_test_add_func ("/sitrep/suggest-figures-single/fatally", test_fatally);
  g_test_add_func ("/sitrep/suggest-figures-single/body-found", test_body_found);
  g_test_add_func ("/sitrep/suggest-figures-single/leaving", test_leaving);
  g_test_add_func ("/sitrep/suggest-figures-single/title-name", test_title_name);
  g_test_add_func ("/sitrep/suggest-figures-single/group-role", test_group_role);
  g_test_add_func ("/sitrep/suggest-figures-single/as-high-as", test_as_high_as);
  g_test_add_func ("/sitrep/suggest-figures-single/consisting-of", test_consisting_of);
  g_test_add_func ("/sitrep/suggest-figures-single/comma-list", test_comma_list);
  g_test_add_func ("/sitrep/suggest-figures-single/arabic-subject", test_arabic_subject);
  g_test_add_func ("/sitrep/suggest-figures-single/pronoun-and-count", test_pronoun_and_count);
  g_test_add_func ("/sitrep/suggest-figures-single/toll-for", test_toll_for);
  g_test_add_func ("/sitrep/suggest-figures-single/no-harm", test_no_harm);
  g_test_add_func ("/sitrep/suggest-figures-single/one-body", test_one_body);
  return g_test_run ();
}
