/* test-suggest-claimants.c — who a figure is attributed to ("according to X", "X said", "X, the mayor,
 * told"): each rule with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

static const SitrepSuggestion *
claimant (SitrepSuggestResult *result,
          const char          *text)
{
  return sitrep_test_find_suggestion (result, SITREP_SUGGEST_CLAIMANT, text);
}

/* The text of the claimant the first figure whose text is @figure is attributed to, or NULL. */
static const char *
claimant_of (SitrepSuggestResult *result,
             const char          *figure)
{
  for (guint i = 0; i < result->suggestions->len; i++)
    {
      const SitrepSuggestion *s = result->suggestions->pdata[i];

      if (sitrep_test_is_figure_kind (s->kind) && g_strcmp0 (s->text, figure) == 0)
        return s->claimant >= 0 ? ((SitrepSuggestion *) result->suggestions->pdata[s->claimant])->text : NULL;
    }
  g_assert_not_reached ();
  return NULL;
}

/* A weekday or a month is no claimant, alone or after the name. */
static void
test_date_words (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The agency on Friday claimed that 12 people were killed. "
                         "Gunmen killed the owner of a shop on Sunday, reported his family. "
                         "Kurdish forces led by Hassan Kadhim on Thursday announced the arrest of 5 militants. "
                         "The Observatory said on Friday that 3 people died.", NULL);

  g_assert_null (claimant (r, "Friday"));
  g_assert_null (claimant (r, "Sunday"));
  g_assert_null (claimant (r, "Hassan Kadhim on Thursday"));
  g_assert_nonnull (claimant (r, "Hassan Kadhim"));
  g_assert_nonnull (claimant (r, "Observatory"));
}

/* "Although", "When" open a sentence before its subject. */
static void
test_sentence_openers (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Although Hassan Kadhim declared that 3 people died, the toll rose. "
                         "Abdulla Nuraldin declared that 4 people died.", NULL);

  g_assert_null (claimant (r, "Although Hassan Kadhim"));
  g_assert_nonnull (claimant (r, "Hassan Kadhim"));
  g_assert_nonnull (claimant (r, "Abdulla Nuraldin"));
}

/* "reports", "claims" as nouns before a verb: the word before them speaks for nobody. */
static void
test_reports_noun (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Preliminary reports indicated that two farmers were killed. "
                         "Local reports revealed that 9 civilians were killed. "
                         "Sama TV reports that two soldiers were killed.", NULL);

  g_assert_null (claimant (r, "Preliminary"));
  g_assert_null (claimant (r, "Local"));
  g_assert_nonnull (claimant (r, "Sama TV"));
}

/* The name after "told" is who was told; the speaker may stand before an
 * appositive set off by commas. */
static void
test_told_and_appositive (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("\"Militants killed five people,\" Abdulla Nuraldin, Dubiz mayor, told Rudaw.\n\n"
                         "\"Two were wounded,\" said Hassan Kadhim.", NULL);

  g_assert_null (claimant (r, "Rudaw"));
  g_assert_nonnull (claimant (r, "Abdulla Nuraldin"));
  g_assert_cmpstr (claimant_of (r, "five people"), ==, "Abdulla Nuraldin");
  g_assert_nonnull (claimant (r, "Hassan Kadhim"));
}

/* A reporter's credit ("Kareem Chehayeb reported from Beirut.", "John
 * Smith reports from Baghdad:") names who wrote the report, not a source a
 * figure is attributed to; an outlet reporting from a place still is one
 * (session 38). */
static void
test_reporter_credit (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A bomb killed five people in Baghdad on Monday, police said. "
                         "Kareem Chehayeb reported from Beirut.\n\n"
                         "John Smith reports from Baghdad: seven people were killed on Monday.\n\n"
                         "Jane Doe and John Roe reported from Baghdad and Beirut.\n\n"
                         "Hawar News reported from Deir ez-Zor that three soldiers were killed.", NULL);

  g_assert_null (claimant (r, "Kareem Chehayeb"));
  /* the writer is still a person the report names */
  g_assert_nonnull (sitrep_test_find_suggestion (r, SITREP_SUGGEST_PERSON, "Kareem Chehayeb"));
  g_assert_null (claimant (r, "John Smith"));
  g_assert_null (claimant (r, "John Roe"));
  g_assert_null (claimant_of (r, "seven people"));
  g_assert_nonnull (claimant (r, "Hawar News"));
  g_assert_cmpstr (claimant_of (r, "three soldiers"), ==, "Hawar News");
}

/* "The Syrian Observatory for Human Rights (SOHR) confirmed the Turkish
 * drone strike": the speaker is the name before its short form in
 * brackets, not the word after the verb (session 38). */
static void
test_short_form_before_verb (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The Syrian Observatory for Human Rights (SOHR) confirmed the Turkish drone strike that "
                         "killed 3 people near Qamishli.", NULL);
  g_autoptr(SitrepSuggestResult) r2 =
    sitrep_test_suggest ("Three civilians were killed in Qamishli (Hasakah) said Ahmed Ali.", NULL);

  g_assert_null (claimant (r, "Turkish"));
  g_assert_nonnull (claimant (r, "Syrian Observatory for Human Rights"));
  g_assert_cmpstr (claimant_of (r, "3 people"), ==, "Syrian Observatory for Human Rights");
  /* a place's name in brackets is no short form: the speaker after the verb stays */
  g_assert_nonnull (claimant (r2, "Ahmed Ali"));
}

/* "…to fight al Qaida in Iraq, said a police officer", "…attributed the
 * assault to Daesh, told": a name that is the object of the word before it
 * is not who speaks. ", said the SDF" and "…, known as White Helmets, said"
 * still name who speaks (session 38). */
static void
test_said_after_comma (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen killed 4 men who were working with US troops to fight al Qaida in Iraq, said a police "
                         "officer.\n\nThe attack killed 6 people in Hajin, said the SDF.\n\n"
                         "A bomb killed 7 policemen near Kirkuk, a police officer who attributed the assault to Daesh, told "
                         "AFP.\n\nThe Civil Defense team, known as White Helmets, said 8 people were killed.", NULL);

  g_assert_null (claimant (r, "Qaida in Iraq"));
  g_assert_null (claimant (r, "al Qaida in Iraq"));
  /* who speaks is the police officer, an unnamed source of that kind (session 40) */
  g_assert_cmpstr (claimant_of (r, "4 men"), ==, "police officer");
  g_assert_nonnull (claimant (r, "SDF"));
  g_assert_cmpstr (claimant_of (r, "6 people"), ==, "SDF");
  g_assert_null (claimant (r, "Daesh"));
  g_assert_cmpstr (claimant_of (r, "8 people"), ==, "White Helmets");
}

/* A name after "in", "at", "near" (or "from" before a comma) ends a phrase of place. */
static void
test_place_preposition (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Security forces in Qurdanabad announced that 2 militants were killed. "
                         "Ahmed, an oil worker from al-Lazzagah, told Human Rights Watch that 3 men were shot. "
                         "A release from CENTCOM said 4 fighters were killed.", NULL);

  g_assert_null (claimant (r, "Qurdanabad"));
  g_assert_null (claimant (r, "Lazzagah"));
  g_assert_nonnull (claimant (r, "CENTCOM"));
}

/* A rank's full stop inside the name after "said" ("Capt.", "Spc."). */
static void
test_rank_inside (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Five were killed, said US Army Capt. Mark Walter, a spokesman. "
                         "\"We trained,\" said Spc. Lorraine Walsh, a crewmember.", NULL);

  /* the rank's words before it say who he is: the claimant starts at the rank */
  g_assert_nonnull (claimant (r, "Capt. Mark Walter"));
  g_assert_null (claimant (r, "US Army Capt"));
  g_assert_nonnull (claimant (r, "Lorraine Walsh"));
  g_assert_null (claimant (r, "Spc"));
}

/* Words before a title say who the person is: the claimant starts at the title. */
static void
test_words_before_title (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Influential MP Hamam Hamoudi said 3 people were killed. "
                         "The Army General Staff said 2 soldiers died.", NULL);

  g_assert_nonnull (claimant (r, "MP Hamam Hamoudi"));
  g_assert_null (claimant (r, "Influential MP Hamam Hamoudi"));
  g_assert_nonnull (claimant (r, "Army General Staff"));
}

/* "according to Syrian government sources": the adjective with the nouns of those who speak. */
static void
test_adjective_source (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("According to Syrian government sources, 40 militants were killed. "
                         "According to Hassan Kadhim, the mayor, 3 died.", NULL);

  g_assert_nonnull (claimant (r, "Syrian government sources"));
  g_assert_null (claimant (r, "Syrian"));
  g_assert_nonnull (claimant (r, "Hassan Kadhim"));
}

/* "according to figures recorded by X", "according to local X", not "close to X". */
static void
test_according_to_words (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("79 civilians were killed, according to casualty figures recorded by the United Nations "
                         "Assistance Mission for Iraq. "
                         "Eleven militants were arrested, according to local Asayesh. "
                         "Three fighters died, according to sources close to Kataib Hezbollah.", NULL);

  g_assert_nonnull (claimant (r, "United Nations Assistance Mission for Iraq"));
  g_assert_nonnull (claimant (r, "Asayesh"));
  g_assert_null (claimant (r, "Kataib Hezbollah"));
}

/* "X put the toll at N", "raised the death toll to N": a count given as a
 * claim; not a count's verb without a toll after it, nor a pronoun. */
static void
test_toll_verbs (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Deir Ezzor Network put the toll at 17, while others said 11 children were killed. "
                         "Zaman Alwasl raised the death toll to 30 on Monday. "
                         "Baladi News put the total number dead at around 30. "
                         "Hassan Kadhim put the town under siege after 4 people were killed. "
                         "They put the toll at 9.", NULL);

  g_assert_nonnull (claimant (r, "Deir Ezzor Network"));
  g_assert_nonnull (claimant (r, "Zaman Alwasl"));
  g_assert_nonnull (claimant (r, "Baladi News"));
  g_assert_null (claimant (r, "Hassan Kadhim"));
  g_assert_null (claimant (r, "They"));
}

/* "Horrya Press in Idlib reported": the name ends before "in" and a place;
 * a known name whose first word opens the sentence keeps it. */
static void
test_name_before_place (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Horrya Press in Idlib reported that 5 people died. "
                         "Human Rights Watch said that 3 people died. "
                         "Zaman Alwasl in Tuesday Market reported that 2 people died.", NULL);

  g_assert_nonnull (claimant (r, "Horrya Press"));
  g_assert_null (claimant (r, "Horrya Press in Idlib"));
  g_assert_nonnull (claimant (r, "Human Rights Watch"));
  g_assert_null (claimant (r, "Rights Watch"));
  /* no place after "in": the name is left whole */
  g_assert_null (claimant (r, "Zaman Alwasl"));
}

/* "X quoted a source", "X documented the killing of N", "X tweeted": who
 * speaks; not the name before a passive "quoted by". */
static void
test_more_speech_verbs (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shafaq News quoted a security source saying that one employee was killed. "
                         "Zaman Alwasl documented the killing of 772 civilians in August. "
                         "Figures from Deir Ezzor Network quoted by Reuters put 4 dead.", NULL);

  g_assert_nonnull (claimant (r, "Shafaq News"));
  g_assert_nonnull (claimant (r, "Zaman Alwasl"));
  g_assert_null (claimant (r, "Deir Ezzor Network"));
}

/* An Arabic verb of speech or "according to" before an actor or a person
 * makes it the claimant too; an actor after another verb does not. */
static void
test_arabic_claimants (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وأعلنت الشبكة السورية لحقوق الإنسان مقتل 772 مدنياً. "
                         "وقتل 5 مدنيين بحسب لجان التنسيق المحلية. "
                         "وقال العميد أحمد الخالدي إن 3 جنود قتلوا. "
                         "وقصفت قوات النظام البلدة فقتل 4 مدنيين.", NULL);

  g_assert_nonnull (claimant (r, "الشبكة السورية لحقوق الإنسان"));
  g_assert_nonnull (claimant (r, "لجان التنسيق المحلية"));
  g_assert_nonnull (claimant (r, "أحمد الخالدي"));
  g_assert_null (claimant (r, "قوات النظام"));
  /* the body's name stops before the town it shelled */
  g_assert_nonnull (sitrep_test_find_suggestion (r, SITREP_SUGGEST_ACTOR, "قوات النظام"));
}

/* "وقال أمير هدى كرم": a first name the given names lack, between the verb
 * and the person, is the speaker's too (tuning7's Daquq report gave "هدى
 * كرم"); a rank keeps out ("العميد"), and the person after "إن" (that) is
 * what is said, not who says it. */
static void
test_arabic_first_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وقال أمير هدى كرم إن 15 امرأة قتلت في داقوق. "
                         "وقال العميد أحمد الخالدي إن 3 جنود قتلوا. "
                         "وقال إن هدى كرم قتلت في القصف.", NULL);

  g_assert_nonnull (claimant (r, "أمير هدى كرم"));
  g_assert_null (claimant (r, "هدى كرم"));
  g_assert_nonnull (claimant (r, "أحمد الخالدي"));
  g_assert_null (claimant (r, "العميد أحمد الخالدي"));
}

/* "SANA reported that …" opening a sentence: the agency's short form in
 * capitals speaks, though a place is spelled so (Sanaa); "Saraqib said"
 * stays no claimant. */
static void
test_short_form_place_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("SANA reported that five civilians were killed in Deir ez-Zor on Monday. "
                         "Saraqib said that two people died.", NULL);

  g_assert_cmpstr (claimant_of (r, "five civilians"), ==, "SANA");
  g_assert_null (claimant (r, "Saraqib"));
}

/* "A source at Sweida Police Command told SANA that …" (tuning15): a
 * body's name after "at" speaks; a place's after "in" does not ("forces
 * in Garmiyan announced"). */
static void
test_body_after_at (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A source at Sweida Police Command told SANA that terrorists fired mortar rounds on "
                         "the villages, killing nine citizens. "
                         "Kurdish forces in Garmiyan announced that 4 militants were killed.", NULL);

  g_assert_cmpstr (claimant_of (r, "nine citizens"), ==, "Sweida Police Command");
  g_assert_null (claimant (r, "Garmiyan"));
}

/* A figure's claimant is the nearest before it in its sentence, else the
 * first after it: "…, while the Syrian Observatory … said that 18 …" was
 * the SDF's, the first of the sentence (tuning8's Ghweran prison report). */
static void
test_nearest_claimant (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A military source in the Syrian Democratic Forces said that 7 of its members were killed "
                         "in the attack, while the Syrian Observatory for Human Rights said that 18 members of the "
                         "organization were killed. "
                         "Two other civilians caught in the crossfire also died, Asaad said, according to the AP.", NULL);

  g_assert_cmpstr (claimant_of (r, "7 of its members"), ==, "Syrian Democratic Forces");
  g_assert_cmpstr (claimant_of (r, "18 members"), ==, "Syrian Observatory for Human Rights");
  g_assert_cmpstr (claimant_of (r, "Two other civilians"), ==, "Asaad");
}

/* An unnamed source told by its kind is a claimant of that kind: "a
 * security source said", "according to medical sources", ", said a police
 * officer", "an Interior Ministry source told Xinhua", "قال مصدر أمني",
 * "بحسب مصادر طبية", "مصدر في الشرطة"; "the source said" and "sources
 * said" tell no kind (session 40). */
static void
test_unnamed_source (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Two soldiers were killed in Ramadi on Monday, a security source said. "
                         "Four civilians were wounded in Mosul, according to medical sources. "
                         "Three policemen were killed in Kirkuk, said a police officer. "
                         "Five people were killed in Baghdad, an Interior Ministry source told Xinhua.\n\n"
                         "Six people were killed in Hit, the source said.\n\n"
                         "Seven people were killed in Tikrit, sources said.", NULL);
  g_autoptr(SitrepSuggestResult) ar =
    sitrep_test_suggest ("قال مصدر أمني إن جنديين قتلا في الرمادي. "
                         "وقتل أربعة مدنيين في الموصل بحسب مصادر طبية. "
                         "وقال مصدر في الشرطة إن ثلاثة جنود قتلوا في كركوك. "
                         "وقال مصدر إن خمسة أشخاص قتلوا في هيت. "
                         "وقال مصدر في وزارة الداخلية إن ستة أشخاص قتلوا.", NULL);
  g_autoptr(SitrepSuggestResult) before_verb = sitrep_test_suggest ("لكن مصادر طبية أكدت مقتل سبعة أشخاص.", NULL);

  g_assert_cmpstr (claimant_of (r, "Two soldiers"), ==, "security source");
  g_assert_cmpstr (claimant_of (r, "Four civilians"), ==, "medical sources");
  g_assert_cmpstr (claimant_of (r, "Three policemen"), ==, "police officer");
  g_assert_cmpstr (claimant_of (r, "Five people"), ==, "Interior Ministry source");
  g_assert_null (claimant_of (r, "Six people"));
  g_assert_null (claimant_of (r, "Seven people"));
  g_assert_nonnull (claimant (ar, "مصدر أمني"));
  g_assert_nonnull (claimant (ar, "مصادر طبية"));
  g_assert_nonnull (claimant (ar, "مصدر في الشرطة"));
  g_assert_null (claimant (ar, "مصدر"));
  g_assert_nonnull (claimant (ar, "مصدر في وزارة الداخلية"));
  g_assert_nonnull (claimant (before_verb, "مصادر طبية"));
}

/* Two unnamed sources told as one are the claimant together: "an interior ministry official and a medical
 * source said" was the medical source alone (tuning11, hard-wrapped), "a security source and a local official
 * said" (session 41). */
static void
test_two_unnamed_sources (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A car bomb killed two police in Tarmiyah, north of Baghdad, an interior\n"
                         "ministry official and a medical source said. "
                         "Gunmen killed three shepherds near Hit, a security source and a local official said.", NULL);

  g_assert_cmpstr (claimant_of (r, "two police"), ==, "interior\nministry official and a medical source");
  g_assert_cmpstr (claimant_of (r, "three shepherds"), ==, "security source and a local official");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-claimants/date-words", test_date_words);
  g_test_add_func ("/sitrep/suggest-claimants/sentence-openers", test_sentence_openers);
  g_test_add_func ("/sitrep/suggest-claimants/reports-noun", test_reports_noun);
  g_test_add_func ("/sitrep/suggest-claimants/told-and-appositive", test_told_and_appositive);
  g_test_add_func ("/sitrep/suggest-claimants/place-preposition", test_place_preposition);
  g_test_add_func ("/sitrep/suggest-claimants/reporter-credit", test_reporter_credit);
  g_test_add_func ("/sitrep/suggest-claimants/short-form-before-verb", test_short_form_before_verb);
  g_test_add_func ("/sitrep/suggest-claimants/said-after-comma", test_said_after_comma);
  g_test_add_func ("/sitrep/suggest-claimants/rank-inside", test_rank_inside);
  g_test_add_func ("/sitrep/suggest-claimants/words-before-title", test_words_before_title);
  g_test_add_func ("/sitrep/suggest-claimants/adjective-source", test_adjective_source);
  g_test_add_func ("/sitrep/suggest-claimants/according-to-words", test_according_to_words);
  g_test_add_func ("/sitrep/suggest-claimants/toll-verbs", test_toll_verbs);
  g_test_add_func ("/sitrep/suggest-claimants/name-before-place", test_name_before_place);
  g_test_add_func ("/sitrep/suggest-claimants/more-speech-verbs", test_more_speech_verbs);
  g_test_add_func ("/sitrep/suggest-claimants/arabic", test_arabic_claimants);
  g_test_add_func ("/sitrep/suggest-claimants/arabic-first-name", test_arabic_first_name);
  g_test_add_func ("/sitrep/suggest-claimants/short-form-place-name", test_short_form_place_name);
  g_test_add_func ("/sitrep/suggest-claimants/two-unnamed-sources", test_two_unnamed_sources);
  g_test_add_func ("/sitrep/suggest-claimants/body-after-at", test_body_after_at);
  g_test_add_func ("/sitrep/suggest-claimants/nearest-claimant", test_nearest_claimant);
  g_test_add_func ("/sitrep/suggest-claimants/unnamed-source", test_unnamed_source);

  return g_test_run ();
}
