/* test-suggest-figures-more.c — casualty figures (issue 11, session 32's kinds): a combined toll of the
 * killed and the wounded is no figure, no number inside a date in digits nor an age in words is a count,
 * a toll that "rose to" a number whose "number of" the dead stands after it or at its sentence's start,
 * the Arabic "one of" without its hamza, one person before a group named with a hyphen or an acronym, a name
 * before its role, "a teacher who was killed"; each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

/* The figures of a text as "kind count qualifier[ cumulative]", in text order. */
#define check_figures sitrep_test_check_figures

static void
test_both_kinds (void)
{
  /* Killed and wounded together, with no split: no figure of either kind. */
  check_figures ("Gunmen opened fire on the crowd, killing and injuring 16 people.", "");
  check_figures ("A police source said 518 Iraqis were killed and injured in the attacks.", "");
  check_figures ("The blast killed and wounded at least 113 civilians.", "");
  check_figures ("وانتهت حصيلة التفجير عند 64 شهيدا وجريحا في الموصل.", "");
  check_figures ("وأكدت اللجنة مقتل وإصابة 43 شخصا في الانفجار.", "");
  /* Each kind with its own count stays two figures. */
  check_figures ("The bomb went off, killing 4 civilians and wounding 8 others.", "killed 4 exact; wounded 8 exact");
  check_figures ("Five people were killed and 12 others were injured.", "killed 5 exact; wounded 12 exact");
  check_figures ("أسفر التفجير عن مقتل 5 وإصابة 10 آخرين.", "killed 5 exact; wounded 10 exact");
}

static void
test_numeric_date (void)
{
  /* A number inside a date written in digits is no count; the count after it is. */
  check_figures ("Clashes on 2024/05/11 killed 2 civilians in the village.", "killed 2 exact");
  check_figures ("Clashes on 11-05-2024 killed 3 civilians in the village.", "killed 3 exact");
  check_figures ("A raid in 05/2024 killed 4 civilians in the village.", "killed 4 exact");
  /* A range of two numbers is no date. */
  check_figures ("Gunmen killed 10-15 civilians in the village.", "killed 10 range");
}

static void
test_age_in_words (void)
{
  /* "the age of eighteen" is an age, not a count; the count before it is. */
  check_figures ("The toll rose to 313 persons under the age of eighteen years who were killed.", "killed 313 exact");
  check_figures ("Women over the age of eighteen years were killed in the attack.", "");
  check_figures ("Eighteen civilians were killed in the shelling.", "killed 18 exact");
}

static void
test_rose_to (void)
{
  /* "it increased to 6 …, the number of martyrs": the toll's noun after its number and breakdown. */
  check_figures ("More citizens are dying of their injuries, where it increased to 6 including 2 children and 2 women, "
                 "the number of martyrs documented by the Observatory.",
                 "killed 6 exact; killed 2 exact; killed 2 exact");
  /* "The number of civilians who were killed … has risen to 34": its subject at its sentence's start, however far. */
  check_figures ("The number of civilians who were killed due to the fall of more than 300 shells on the neighbourhoods "
                 "of al-Aziziyah, al-Ramosah, al-Masharfah and al-Shahbaa, near the mosque, has risen to 34, including "
                 "12 children.", "killed 34 exact; killed 12 exact");
  /* Not a number of other things, nor a noun of the dead in another clause. */
  check_figures ("The number of displaced families has risen to 300, the council said.", "");
  check_figures ("It rose to 40, the number of villages taken by the army.", "");
  check_figures ("It rose to 40 while the number of martyrs stayed the same.", "");
}

static void
test_arabic_one_of (void)
{
  /* "احد" and "احدى", "one of" written without the hamza. */
  check_figures ("كما قتل احد مهندسي شركة الاتصالات بانفجار عبوة.", "killed 1 exact");
  check_figures ("وأصيبت احدى النساء في القصف.", "wounded 1 exact");
  /* Nobody harmed. */
  check_figures ("وصل احد المسؤولين إلى المدينة.", "");
  check_figures ("التقى احد القادة بوفد من الأمم المتحدة.", "");
}

static void
test_one_person (void)
{
  /* One person before a group whose name has a hyphen or an acronym in brackets. */
  check_figures ("A suspected former commander of the Hurras al-Din faction was reportedly killed in the strike.",
                 "killed 1 exact");
  check_figures ("A fighter of the Syrian Democratic Forces (SDF) lost his life on Sunday.", "killed 1 exact");
  /* session 44: "their" of one person, with the singular "life"; not a loss of anything else */
  check_figures ("Later that week a guard of the border crossing lost their life in a mine blast.", "killed 1 exact");
  check_figures ("A guard of the border crossing lost their job after the blast.", "");
  check_figures ("A commander of the Hurras al-Din faction said 3 villages were shelled.", "");
  /* A name before its role between commas; one person before "who was". */
  check_figures ("Azaad Farhan Hassan, a member of the Syrian Revolutionary Youth Movement, was also killed.",
                 "killed 1 exact");
  check_figures ("Police said a teacher who was gunned down on Monday had received threats.", "killed 1 exact");
  /* Not a role of no person, nor a name and role with nothing done to them, nor "who was" doing. */
  check_figures ("Jisr al-Shughur, a town of the Idlib countryside, was shelled by 2 jets.", "");
  check_figures ("Ahmed Hassan, a local leader, was questioned by 2 officers.", "");
  check_figures ("Police questioned a teacher who was seen near the 2 cars.", "");
}

static void
test_plain_verb (void)
{
  /* Session 44: the plain "injure", "wound" of headlines, as "kill"; not the noun of one wound. */
  check_figures ("Roadside bombs kill three, injure 12 near Tikrit", "killed 3 exact; wounded 12 exact");
  check_figures ("Gunmen wound 4 shepherds in raid on farm", "wounded 4 exact");
  check_figures ("He died of a wound to the chest after 3 days in hospital.", "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-figures-more/both-kinds", test_both_kinds);
  g_test_add_func ("/sitrep/suggest-figures-more/numeric-date", test_numeric_date);
  g_test_add_func ("/sitrep/suggest-figures-more/age-in-words", test_age_in_words);
  g_test_add_func ("/sitrep/suggest-figures-more/rose-to", test_rose_to);
  g_test_add_func ("/sitrep/suggest-figures-more/arabic-one-of", test_arabic_one_of);
  g_test_add_func ("/sitrep/suggest-figures-more/one-person", test_one_person);
  g_test_add_func ("/sitrep/suggest-figures-more/plain-verb", test_plain_verb);
  return g_test_run ();
}
