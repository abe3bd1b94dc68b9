/* test-suggest-actors.c — actors and persons no list knows, read from the words around them: each rule
 * with a case it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

static const SitrepSuggestion *
find (SitrepSuggestResult *result,
      SitrepSuggestKind    kind,
      const char          *text)
{
  return sitrep_test_find_suggestion (result, kind, text);
}

/* Whether any actor or person of @result has @text. */
static gboolean
any_name (SitrepSuggestResult *result,
          const char          *text)
{
  return find (result, SITREP_SUGGEST_ACTOR, text) != NULL || find (result, SITREP_SUGGEST_PERSON, text) != NULL;
}

/* ---------------------------------------------------------------- forces */

static void
test_lower_case_forces (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The town was shelled by regime forces at dawn, and security forces closed the road. "
                         "Later pro-Turkey militias and anti-government fighters clashed with local militias. "
                         "An anti-tank missile hit a car. The security situation is calm and local residents returned.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "regime forces"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "security forces"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "pro-Turkey militias"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "anti-government fighters"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "local militias"));
  /* "anti-tank" takes no side; "security situation", "local residents" are no force. */
  g_assert_false (any_name (r, "anti-tank missile"));
  g_assert_false (any_name (r, "security situation"));
  g_assert_false (any_name (r, "local residents"));
}

static void
test_named_forces (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A Zerevani forces officer said two Sahwa fighters were wounded. "
                         "Kirkuk police found the car. Salahuddin police closed the road. Three militiamen fled. "
                         "On Monday forces entered the village. The fighters withdrew.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Zerevani forces"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Sahwa fighters"));
  /* The actor named after a place the gazetteer knows holds it; a town
   * named only inside a body's name is no place of its own (the gold
   * READMEs; sitrep-suggest-places-names.c). */
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Kirkuk police"));
  g_assert_true (find (r, SITREP_SUGGEST_ACTOR, "Kirkuk police")->holds_place);
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Kirkuk"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Salahuddin police"));
  g_assert_true (find (r, SITREP_SUGGEST_ACTOR, "Salahuddin police")->holds_place);
  /* No place in "Sahwa fighters": nothing nested. */
  g_assert_false (find (r, SITREP_SUGGEST_ACTOR, "Sahwa fighters")->holds_place);
  /* A number, a weekday's sentence opener, "The": no name before the noun. */
  g_assert_false (any_name (r, "Three militiamen"));
  g_assert_false (any_name (r, "Monday forces"));
  g_assert_false (any_name (r, "The fighters"));
}

static void
test_numbered_units (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Men of the 4th Armoured Division and the 11th Corps held the hill. "
                         "The 2nd Round of talks failed; 3rd Street was closed.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "4th Armoured Division"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "11th Corps"));
  g_assert_false (any_name (r, "2nd Round"));
  g_assert_false (any_name (r, "3rd Street"));
}

/* ---------------------------------------------------------------- outlets */

static void
test_outlets (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("HOMS, Syria (Levant Today) \u2013 Shelling hit the market. A medic told Orient 7 that "
                         "nine people died, and the Raqqa Post network said the toll would rise. "
                         "Separately, Hawar news agency reported clashes. Iraqi state television showed the "
                         "site, the state news agency INA said. Residents told us nothing (Damascus Today) and left.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Levant Today"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Orient 7"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Raqqa Post network"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Hawar news agency"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Iraqi state television"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "INA"));
  /* Brackets with no dash after them credit nobody. */
  g_assert_false (any_name (r, "Damascus Today"));
}

static void
test_dateline_acronym (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Hasakah, NNA- Two shepherds were hurt by a mine. Mosul, NNF-run areas were calm.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "NNA"));
  /* A dash glued on both sides joins words: "NNF-run" credits nobody (KRG, a listed name, would be the list's). */
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "NNF"));
}

/* ---------------------------------------------------------------- the bundled list */

/* Linked to the bundled name @canonical, with actor type @type. */
static void
assert_bundled (SitrepSuggestResult *r,
                const char          *text,
                const char          *canonical,
                const char          *type)
{
  const SitrepSuggestion *s = find (r, SITREP_SUGGEST_ACTOR, text);

  if (s == NULL)
    g_error ("no actor “%s”", text);
  g_assert_cmpstr (s->entity_name, ==, canonical);
  g_assert_cmpstr (s->actor_type, ==, type);
}

static void
test_bundled_ucdp_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Units of Faylaq al-Rahman and Jaish al-Islam held the front while Hurras al-Din "
                         "fighters moved south. The Government of Jordan closed its border, and the Naqshbandi "
                         "Army claimed the bombing. Members of the al-Bakkara tribe met Hamas envoys. "
                         "Opponents of Mahdi marched; the al-Sultan family stayed home.",
                         NULL);

  /* UCDP's names from the whole shipped file, and the forms reports use. */
  assert_bundled (r, "Faylaq al-Rahman", "Rahman Corps", "rebel_group");
  assert_bundled (r, "Jaish al-Islam", "Jaysh al-Islam", "rebel_group");
  assert_bundled (r, "Hurras al-Din", "Tanzim Hurras ad-Din", "rebel_group");
  assert_bundled (r, "Government of Jordan", "Government of Jordan", "state_forces");
  assert_bundled (r, "Naqshbandi Army", "JRTN", "rebel_group");
  assert_bundled (r, "al-Bakkara", "al-Bakkara", "identity_militia");
  assert_bundled (r, "Hamas", "Hamas", "rebel_group");
  /* UCDP's labels for crowds and a title are no names. */
  g_assert_false (any_name (r, "Opponents of Mahdi"));
  g_assert_false (any_name (r, "Opponents"));
  g_assert_false (any_name (r, "al-Sultan"));
}

static void
test_bundled_bodies_outlets (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("NATO and the United Nations condemned the attack, the G7 said, and the WHO sent "
                         "medicine. Amaq News Agency claimed it; Anadolu Agency and Reuters reported eight dead. "
                         "Who fired first is unclear. Fars province was quiet. Alsumaria said shells hit "
                         "Samarra and Al-Mayadin.\nPhoto: illustration",
                         NULL);

  assert_bundled (r, "NATO", "NATO", "external_other");
  assert_bundled (r, "United Nations", "United Nations", "external_other");
  assert_bundled (r, "G7", "G7", "external_other");
  assert_bundled (r, "WHO", "World Health Organization", "external_other");
  assert_bundled (r, "Amaq News Agency", "Amaq", "external_other");
  assert_bundled (r, "Anadolu Agency", "Anadolu Agency", "external_other");
  assert_bundled (r, "Reuters", "Reuters", "external_other");
  /* An acronym is one only in capitals; a province is no outlet. */
  g_assert_false (any_name (r, "Who"));
  g_assert_false (any_name (r, "Fars"));
  /* A listed name that folds as a place the gazetteer knows is the place,
   * unless written as the list writes it. */
  assert_bundled (r, "Alsumaria", "Alsumaria", "external_other");
  g_assert_false (any_name (r, "Samarra"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Samarra"));
  g_assert_false (any_name (r, "Al-Mayadin"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Mayadin"));
  /* "Photo" folds as "Fatah" does; a listed word is written with its first letter. */
  g_assert_false (any_name (r, "Photo"));
}

/* Officials speak for a party; they are not one. */
static void
test_officials_no_actor (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Iraqi officials said government officials met security officials after Iraqi "
                         "forces entered the town.",
                         NULL);

  g_assert_false (any_name (r, "Iraqi officials"));
  g_assert_false (any_name (r, "government officials"));
  g_assert_false (any_name (r, "security officials"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Iraqi forces"));
}

/* ---------------------------------------------------------------- persons */

static void
test_persons_by_cue (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen stopped the bus. Salma al-Hariri was shot in the leg. "
                         "Both Fadi Karim Nasser and Raed\u2019 Ali Omran were killed near the bridge. "
                         "The raid targeted Nakhla al-Masri, an alleged smuggler and former policeman. "
                         "Youssef Hamdan, 42, died later. Karam Saad, a local farmer, was spared. "
                         "Tal Rifaat was shelled. Hama Plain stayed quiet, the report added.\n\n"
                         "Reporting by Rana Jaber; Editing by Tom Hale",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Salma al-Hariri"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Fadi Karim Nasser"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Raed\u2019 Ali Omran"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Youssef Hamdan"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Karam Saad"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Rana Jaber"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Tom Hale"));
  /* "smuggler" is no noun of a person the rule knows; a place "was shelled". */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Nakhla al-Masri"));
  g_assert_false (any_name (r, "Tal Rifaat"));
  g_assert_false (any_name (r, "Hama Plain"));
}

static void
test_persons_occupation (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A sniper wounded doctor Lina Haddad and engineer Samir Kassem. "
                         "The Engineer Battalion cleared the road.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Lina Haddad"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Samir Kassem"));
  /* A capitalised occupation is a name's word, not a title before one. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Battalion"));
}

static void
test_persons_given_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Hanan al-Abdullah fled with her sons. Mohammed Jassim returned on Sunday, and a "
                         "witness told Ziad Hamoud that the road was mined. Women gathered near the Omar "
                         "Mukhtar Street and the Khalid ibn al-Walid Mosque. The Ali Pasha Brigade withdrew. "
                         "Yasser Arafat Square was empty.\n\nSALAH AL-DIN / A guard was shot.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Hanan al-Abdullah"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Mohammed Jassim"));
  /* Whom a source told is a person when a given name opens the name. */
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Ziad Hamoud"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Ziad Hamoud"));
  /* A street, a mosque, a unit or a square named after a person is none. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Omar Mukhtar"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Khalid ibn al-Walid"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Ali Pasha"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Yasser Arafat"));
  /* A dateline's capitals, a province of a given name's words: places. */
  g_assert_false (any_name (r, "SALAH AL-DIN"));
}

static void
test_persons_named_cue (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Among the dead was a shepherd named Farhad Zebari. The driver was identified as Dilovan "
                         "Beko. Doctors treated Baran Cudi (45) overnight. Gorka Baltza, a Free Syrian Army "
                         "commander, spoke to us. A village named Tal Hassan was shelled, and an operation named "
                         "Peace Spring began. Raqqa Plain, a Free Syrian Army stronghold, fell.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Farhad Zebari"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Dilovan Beko"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Baran Cudi"));
  /* An apposition may name the body a person belongs to in capitals. */
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Gorka Baltza"));
  /* A village or an operation "named" X is no person; a stronghold is none. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Tal Hassan"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Peace Spring"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Raqqa Plain"));
}

static void
test_persons_arabic (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("أصيب العميد سامر حداد في الهجوم. والتقى يوسف منصور الحلبي بالوفد أمس. "
                         "وقال المتحدث باسم الوزارة إن يوسف إلى المدينة عاد.",
                         NULL);

  /* A rank before any name; a common given name and the names after it. */
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "سامر حداد"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "يوسف منصور الحلبي"));
  /* "the spokesman in the name of the ministry"; one name before a preposition. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "باسم الوزارة"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "يوسف إلى"));
}

static void
test_persons_arabic_town_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قصفت قوات النظام مدينة جاسم شمالي درعا صباح اليوم. "
                         "وسقطت قذائف على قرية خليل شرقي حلب. "
                         "وهاجم مسلحون حاجزا قرب جاسم شرقي نوى.",
                         NULL);
  g_autoptr(SitrepSuggestResult) not =
    sitrep_test_suggest ("قتل الطفل جاسم خالد في غارة على مدينة جاسم. "
                         "وأطلق سراح خليل إبراهيم بعد اعتقاله. "
                         "وتوفي جاسم يوسف متأثرا بجراحه في المستشفى. "
                         "وقتل المواطن جاسم محمد العلي برصاص قناص.",
                         NULL);

  /* A given name after a settlement noun, or before a direction and a
   * place, names the town: no person runs over it, and the places stay. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "جاسم شمالي درعا"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "خليل شرقي حلب"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "جاسم شرقي نوى"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "جاسم"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "درعا"));
  /* -not: a person named Jasim stays a person: after "الطفل", with a
   * father's given name, before "متأثرا بجراحه", with three names. */
  g_assert_nonnull (find (not, SITREP_SUGGEST_PERSON, "جاسم خالد"));
  g_assert_nonnull (find (not, SITREP_SUGGEST_PERSON, "خليل إبراهيم"));
  g_assert_nonnull (find (not, SITREP_SUGGEST_PERSON, "جاسم يوسف"));
  g_assert_nonnull (find (not, SITREP_SUGGEST_PERSON, "جاسم محمد العلي"));
  g_assert_null (find (not, SITREP_SUGGEST_PERSON, "يوسف متأثرا بجراحه"));
  g_assert_nonnull (find (not, SITREP_SUGGEST_PLACE, "جاسم"));
}

static void
test_persons_english_town_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Government forces shelled the town of Jasim, north of Daraa, on Monday. "
                         "Jasim Mohammed al-Ali was killed by a sniper. Captain Hasan Jasim was wounded. "
                         "Mr Khalil Hasan said the market was hit.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Jasim"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Jasim"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Jasim Mohammed al-Ali"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Hasan Jasim"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Khalil Hasan"));
}

static void
test_bundled_arabic_forms (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("هاجم مسلحو داعش القرية. أعلن تنظيم داعش مسؤوليته، وردت قوات سوريا الديمقراطية على الهجوم.",
                         NULL);

  assert_bundled (r, "داعش", "IS", "rebel_group");
  assert_bundled (r, "تنظيم داعش", "IS", "rebel_group");
  assert_bundled (r, "قوات سوريا الديمقراطية", "SDF", "rebel_group");
}

static void
test_arabic_named_groups (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Fighters of Harakat al-Nujaba and officers of the Political Security Branch met. "
                         "Turkish-backed factions, foreign fighters and armed groups shelled the road. "
                         "Harakat said nothing; an armed robbery and the foreign ministers were not news.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Harakat al-Nujaba"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Political Security Branch"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Turkish-backed factions"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "foreign fighters"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "armed groups"));
  g_assert_false (any_name (r, "Harakat"));
  g_assert_false (any_name (r, "armed robbery"));
  g_assert_false (any_name (r, "foreign ministers"));
}

/* A force named after its backer or leader ("-led", "-backed"), what it
 * fights ("counter-terrorism"), a command; a place's body with its
 * possessive; a place that is a bundled name's fold opens a force too. */
static void
test_backed_and_place_forces (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Villagers said the strike was carried out by Saudi Arabia-led coalition jets, and that "
                         "Damascus-backed local militias and anti-terror police arrived later. The Russian command "
                         "denied it. Samarra police closed the road. Mosul\u2019s civil defence and Erbil's health "
                         "directorate sent teams. "
                         "Then Iran-aligned groups shelled Tikrit. A Turkish-made drone, a Kurdistan-based company "
                         "and a UN-led investigation followed. Counter-attacks failed. Mosul's old city was calm.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Saudi Arabia-led coalition"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Damascus-backed local militias"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "anti-terror police"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Russian command"));
  /* "Samarra" folds as a bundled outlet's name does, which is none here. */
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Samarra police"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Mosul\u2019s civil defence"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Erbil's health directorate"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Iran-aligned groups"));
  /* The backer stays a place, nested. */
  g_assert_true (find (r, SITREP_SUGGEST_ACTOR, "Damascus-backed local militias")->holds_place);
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Damascus"));
  /* The sentence's "Then" is not the backer's; a maker, a base, an inquiry are no force. */
  g_assert_false (any_name (r, "Then Iran-aligned groups"));
  g_assert_false (any_name (r, "Turkish-made drone"));
  g_assert_false (any_name (r, "Kurdistan-based company"));
  g_assert_false (any_name (r, "UN-led investigation"));
  g_assert_false (any_name (r, "Counter-attacks"));
  g_assert_false (any_name (r, "Mosul's old city"));
}

/* A bundled name of several words in a spelling one vowel away ("Hazem"
 * for "Hazm", "Wrkers" for "Workers"); one word alone is not read so. */
static void
test_bundled_vowel_variants (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Fighters of Harakat Hazem withdrew, and the Kurdistan Wrkers Party denied it. "
                         "Peshmerega units were not there.",
                         NULL);

  assert_bundled (r, "Harakat Hazem", "Harkat Hazm", "rebel_group");
  assert_bundled (r, "Kurdistan Wrkers Party", "PKK", "rebel_group");
  g_assert_false (any_name (r, "Peshmerega"));
}

/* The plural's apostrophe inside a name, straight or curly. */
static void
test_bundled_apostrophe (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A Kurdistan Workers\u2019 Party statement said two fighters died. The Kurdistan "
                         "Workers' Party denied it. The workers' Union met.",
                         NULL);

  assert_bundled (r, "Kurdistan Workers\u2019 Party", "PKK", "rebel_group");
  assert_bundled (r, "Kurdistan Workers' Party", "PKK", "rebel_group");
  g_assert_false (any_name (r, "workers' Union"));
}

/* A father's given name after a first name no list holds ("Nidaa Hassan
 * Jumaa"), a title's honorific ("Haji Salem"), "Abd…" names, "Translated
 * by", a lawmaker; not a place's first word, a weekday, a people. */
static void
test_persons_father_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Among the dead was Nidaa Hassan Jumaa, a teacher. Haji Salem told us the road was "
                         "closed, and Tarfa Abdelwahab agreed. MP Rafid Jabouri and lawmaker Dunya Karam asked for "
                         "help.\n\n"
                         "Shelling hit Tal Hamid and Kafr Yusuf. On Friday Hassan left. The Iraqi Ahmed "
                         "Brigade and the Syrian Mustafa al-Haj family were named.\n\nTranslated by Layal Fares",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Nidaa Hassan Jumaa"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Haji Salem"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Tarfa Abdelwahab"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Rafid Jabouri"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Dunya Karam"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Layal Fares"));
  /* A person's words are no places. */
  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "Haji"));
  g_assert_false (any_name (r, "Tal Hamid"));
  g_assert_false (any_name (r, "Kafr Yusuf"));
  g_assert_false (any_name (r, "Friday Hassan"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Iraqi Ahmed"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Syrian Mustafa al-Haj"));
}

/* "civil defence" is a body, "civil war" and "civil society" are none. */
static void
test_civil_defence (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Civil Defence crews and civil defense volunteers pulled two men out. The civil war and "
                         "civil society groups were not mentioned.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Civil Defence"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "civil defense"));
  g_assert_false (any_name (r, "civil war"));
  g_assert_false (any_name (r, "civil society groups"));
}

/* A body's short name in capitals inside a sentence; not a weapon, a
 * numeral, a dateline's place, a headline's capitals or a speaker's label. */
static void
test_capitals_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("KIRKUK, Iraq - Teams of NRC and ACTED reached the camp, UNMAS said, after an IED "
                         "hit the road in World War II style.\n\nBREAKING NEWS FROM IRAQ\n\n"
                         "SPOKESPERSON HALL: We met them.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "NRC"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "ACTED"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "UNMAS"));
  g_assert_false (any_name (r, "IED"));
  g_assert_false (any_name (r, "II"));
  g_assert_false (any_name (r, "KIRKUK"));
  g_assert_false (any_name (r, "BREAKING"));
  g_assert_false (any_name (r, "NEWS"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "HALL"));
}

/* A site's name is its publisher's; a body's head before "of" inside a run
 * of capitals makes the run a body's name; not a town's centre, a battle. */
static void
test_sites_and_bodies_of (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Sources told Levantnews.com that the Kurdish National Council of Syria met the Bureau of "
                         "Consular Affairs. Crowds filled the Center of Kirkuk after the Battle of Raqqa.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Levantnews.com"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Kurdish National Council of Syria"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Bureau of Consular Affairs"));
  g_assert_false (any_name (r, "Center of Kirkuk"));
  g_assert_false (any_name (r, "Battle of Raqqa"));
}

/* Credit lines and signatures: "Author:", "Photo: X/AFP", "By X and Y", two
 * names alone at the end or before a title's line; not a page's furniture,
 * not two names alone in the middle (a heading as often). */
static void
test_persons_credits (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Statement\n\nNoura Belkadi\n\nDeputy Spokesperson, Office of the Envoy\n\n"
                         "Mortar fire hit the market.\n\nPhoto: Rezan Dilovan/AFP\n\n"
                         "By Tamsin Reilly and Idris Okafor\n\nBorder Crossing\n\nThe crossing stayed shut.\n\n"
                         "Author: Petra Lindqvist\n\nRelated Articles\n\n"
                         "Selma Yavuz",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Noura Belkadi"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Rezan Dilovan"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Tamsin Reilly"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Idris Okafor"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Petra Lindqvist"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Selma Yavuz"));
  g_assert_false (any_name (r, "Related Articles"));
  g_assert_false (any_name (r, "Border Crossing"));
}

/* "army" after a name is its men as "police" and "forces" are; not after a
 * weekday, a number or "The". */
static void
test_named_army (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The road runs between Peshmerga positions and the Iraq army. Tribal leaders said "
                         "Mahdi army men left. On Tuesday army trucks arrived; Three army officers and The army "
                         "band stayed.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Iraq army"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Mahdi army"));
  g_assert_false (any_name (r, "Tuesday army"));
  g_assert_false (any_name (r, "Three army"));
  g_assert_false (any_name (r, "The army"));
}

/* Units by their number, prefixes glued to a body's noun, hashtags, and where
 * a body's name ends ("التابع لـ…"); a rank with no number is no unit. */
static void
test_arabic_units (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("صد مقاتلو الفرقة 18 هجوماً قرب السد، وأرسل الفوج ٣ تعزيزات. "
                         "وانسحبت دورية تابعة للشرطة المحلية من الطريق، ونشرت #قوات_الحدود صوراً. "
                         "وقاد الهجوم الفوج الأول التابع للواء المدرع الرابع. "
                         "وأعلنت خلية الرصد الجوي إسقاط طائرة. "
                         "وقال اللواء الركن فارس الأحمد إن الخلية لم تجتمع، وإن 12 جندياً وصلوا والقوات التي معهم.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "الفرقة 18"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "الفوج ٣"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "للشرطة المحلية"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "قوات_الحدود"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "الفوج الأول"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "للواء المدرع الرابع"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "خلية الرصد الجوي"));
  /* A rank before a name is a person's; "the cell" alone names no body. */
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "فارس الأحمد"));
  g_assert_false (any_name (r, "اللواء الركن"));
  g_assert_false (any_name (r, "الخلية"));
  g_assert_false (any_name (r, "الفوج الأول التابع"));
  g_assert_false (any_name (r, "والقوات التي"));
}

static void
test_persons_byline (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Markets reopen in the old city\n\nNora Halvorsen, Associated Press\n\n"
                         "Abu Kamal, Reuters\n\nHOMS | A mortar hit the square.\n\nBy Tomas Brandt\n\n"
                         "Free Syrian Army\n\nThe fighting went on.",
                         NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Nora Halvorsen"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Tomas Brandt"));
  /* A dateline's place before an outlet; a paragraph of a group's name. */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Abu Kamal"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Free Syrian Army"));
}

static void
test_place_bodies (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The head of the Baghdad provincial council spoke, and the Hasakah health directorate "
                         "counted the dead. The Zerevani local council met. Baghdad city was calm.",
                         NULL);
  const SitrepSuggestion *council = find (r, SITREP_SUGGEST_ACTOR, "Baghdad provincial council");

  g_assert_nonnull (council);
  g_assert_true (council->holds_place);
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Hasakah health directorate"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "Hasakah"));
  /* No place before it, or no body's noun: none. */
  g_assert_false (any_name (r, "Zerevani local council"));
  g_assert_false (any_name (r, "Baghdad city"));
}

static void
test_bundled_abbreviation (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The U.S. Department of State expects the offer to help. They live in the U.S. Many "
                         "people agree.",
                         NULL);

  /* The full stop of "U.S." before a word goes on in the name. */
  assert_bundled (r, "U.S. Department of State", "Government of United States of America", "external_other");
  g_assert_false (any_name (r, "U.S. Many"));
}

/* A title before words that name an office, a place after "the town of",
 * words glued after an article, a count: no person. */
static void
test_persons_not_offices (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("\"They were shot,\" said a deputy Middle East director at the group. "
                         "Its deputy director Samir Haddad came later. "
                         "The mission was led by Rana Saleh, Deputy Regional Humanitarian Coordinator for the crisis. "
                         "The strike killed a deputy Wali of Raqqa. Sheikh Hamoudi of the council said it was over. "
                         "Gunmen stormed the town of Umm Walad in eastern Daraa. Fighters led by Abu Khaled al-Iraqi "
                         "withdrew. Shells came from \u201cal-Shekh Naser\u201d village. Five Iraqis were killed and "
                         "six wounded. Hassan Ali Kadhim was killed too.",
                         NULL);

  g_assert_false (any_name (r, "Middle East"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Samir Haddad"));
  g_assert_false (any_name (r, "Regional Humanitarian Coordinator"));
  g_assert_false (any_name (r, "Wali"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Hamoudi"));
  g_assert_false (any_name (r, "Umm Walad"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Abu Khaled al-Iraqi"));
  g_assert_false (any_name (r, "Shekh Naser"));
  g_assert_false (any_name (r, "Five Iraqis"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Hassan Ali Kadhim"));
}

/* An ordinary word set in capitals, written elsewhere in Title Case, is no acronym. */
static void
test_capitals_ordinary_word (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The raid was PETTY revenge, said Petty Officer Keating. Teams of the DSS "
                         "reached the camp. It was URGENT, the UN said.",
                         NULL);

  g_assert_false (any_name (r, "PETTY"));
  g_assert_false (any_name (r, "URGENT"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "DSS"));
}

/* Brackets opening a paragraph before a dash hold the dateline's place, not an outlet. */
static void
test_dateline_place (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("(New Amsterdam) \u2013 Gunmen killed 13 people, a group said.\n\n"
                         "QAMISHLI, Syria (North Press) \u2013 Two men died.",
                         NULL);

  g_assert_false (any_name (r, "New Amsterdam"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "North Press"));
}

/* ---------------------------------------------------------------- claimants */

/* A weekday glued before a claimant's name is not the name. */
static void
test_claimant_glued_words (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("On Monday Hassan Kadhim said 3 died. The Joint Operations Command said 2 died.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "Hassan Kadhim"));
  g_assert_null (find (r, SITREP_SUGGEST_CLAIMANT, "Monday Hassan Kadhim"));
  /* a body's name keeps its words */
  g_assert_nonnull (find (r, SITREP_SUGGEST_CLAIMANT, "Joint Operations Command"));
}

/* "الفصائل" (the factions) is no place, though a village has that name. */
static void
test_arabic_body_noun_no_place (void)
{
  g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest ("قالت الفصائل إن خمسة أشخاص قتلوا في إدلب.", NULL);

  g_assert_null (find (r, SITREP_SUGGEST_PLACE, "الفصائل"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PLACE, "إدلب"));
}

/* Monitors, outlets and aid bodies in Arabic, with short vowels or not:
 * "الشبكة السورية لحقوق الإنسان", "لجان التنسيق المحلية", "الدفاعِ المدني", a
 * head without the article before a bare name ("لشبكة رووداو الإعلامية");
 * "مركز المدينة" is the town centre, "قوات خلال الأسبوع" no name. */
static void
test_arabic_monitors (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وأعلنت الشبكة السورية لحقوق الإنسان مقتل 772 مدنياً. وذكرت لجان التنسيق المحلية أن العدد ارتفع. "
                         "قتل مديرُ الدفاعِ المدني بريف دمشق. أفاد مصدر أمني لشبكة رووداو الإعلامية بخطف طفل. "
                         "وصل الرتل إلى مركز المدينة. انسحبت قوات خلال الأسبوع الماضي.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "الشبكة السورية لحقوق الإنسان"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "لجان التنسيق المحلية"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "الدفاعِ المدني"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "لشبكة رووداو الإعلامية"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "مركز المدينة"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "قوات خلال الأسبوع"));
}

/* A paragraph opening with a dateline that names its outlet: before the
 * place or the text, after the place on a line of its own, in brackets
 * with no dash after them; a place in brackets and a place's dateline are
 * no outlet. */
static void
test_dateline_outlets (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Intro text came first.\n\n"
                         "ALBAWABA - In the latest report, nine people were killed.\n\n"
                         "Aleppo (Halab Today) Three persons were killed.\n\n"
                         "(Zaman Alwasl) 14 civilians were killed.\n\n"
                         "(Aleppo) 12 civilians were killed.\n\n"
                         "BAGHDAD - The police found 3 bodies.\n\n"
                         "أخبار الآن | دمشق – سوريا – (وكالات)\n\n"
                         "دير الزور – نورث برس\n\n"
                         "قتل مدني وجرح ستة آخرين.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "ALBAWABA"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Halab Today"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Zaman Alwasl"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "أخبار الآن"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "نورث برس"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Aleppo"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "BAGHDAD"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "دير الزور"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "دمشق"));
}

/* A name in capitals with its acronym in brackets, the acronym spelling
 * its initials (small words passed over): both; not brackets whose
 * capitals spell no initials of the words before them, nor a credit. */
static void
test_acronym_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Employees of the Autonomous Administration of North and East Syria (AANES) were shot. "
                         "The Military Operations Teams (TOL) raided a house. "
                         "Mosul (AFP) Three soldiers died near Old Town (OTD).", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "AANES"));
  g_assert_true (any_name (r, "Autonomous Administration of North and East Syria"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "TOL"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "OTD"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Old Town"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Mosul"));
}

/* A photo's credit inside a paragraph, after "Photo:" or in brackets
 * before "/": a person; not a body in brackets, nor "Photo:" before
 * ordinary words. */
static void
test_photo_captions (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The camp on December 6. Photo: Rezan Dilovan/AFP ERBIL - A woman was killed.\n\n"
                         "Forty people were killed at the crossing. (Tamsin Reilly / AFP/ Getty Images)\n\n"
                         "Fighters (Syrian Democratic Forces / SDF) advanced. Photo: the old market.\n\n"
                         "The bodies were found.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Rezan Dilovan"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, "Tamsin Reilly"));
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Syrian Democratic Forces"));
  g_assert_false (any_name (r, "the old market"));
}

/* A tribe, battalions, an administration named before their noun, and
 * the article glued before a name ("al-Manar news channel"); not a common
 * word before the noun, nor a lone "al" with a space. */
static void
test_tribes_and_articles (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The Shammar tribe was targeted. Strikes ordered by the Biden administration hit a post. "
                         "The Arabic-language al-Manar news channel reported on Monday that 3 were killed. "
                         "The regime, backed by Baath battalions, advanced. The whole tribe fled.", NULL);

  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Shammar tribe"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Biden administration"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "al-Manar news channel"));
  g_assert_nonnull (find (r, SITREP_SUGGEST_ACTOR, "Baath battalions"));
  g_assert_null (find (r, SITREP_SUGGEST_ACTOR, "Manar news channel"));
  g_assert_false (any_name (r, "whole tribe"));
}

/* Compound ranks: their words are the rank's, never a name's ("Petty" of
 * "Chief Petty Officer" was proposed as a person), and a grade after a rank
 * ("Officer 2", "1st Class", "الملازم أول") is no name's first word. */
static void
test_persons_compound_ranks (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Navy Senior Chief Petty Officer Rami Dayan, 42, died of wounds. "
                         "Chief Warrant Officer 2 Omar Halabi was hurt. Staff Sgt. Nadia Karam and "
                         "Lance Cpl. Yusuf Darwish were evacuated. Sgt. 1st Class Hadi Saab led them, and "
                         "First Lieutenant Karim Nassar and Master Sgt. Basil Awad were unhurt. "
                         "The Second Army Corps said it withdrew.", NULL);
  g_autoptr(SitrepSuggestResult) ar =
    sitrep_test_suggest ("قتل الملازم أول حسن الدباغ في الاشتباكات. وأصيب المساعد أول محمود الحسين، "
                         "كما أصيب النقيب خالد الفارس بجروح، وقتل العريف علي الزين. وقال المقدم إن القوات تقدمت.",
                         NULL);
  const char *names[] = { "Rami Dayan", "Omar Halabi", "Nadia Karam", "Yusuf Darwish", "Hadi Saab",
                          "Karim Nassar", "Basil Awad", NULL };
  const char *ranks[] = { "Petty", "Warrant", "Senior", "Lance", "Master", "First", NULL };

  for (guint k = 0; names[k] != NULL; k++)
    g_assert_nonnull (find (r, SITREP_SUGGEST_PERSON, names[k]));
  for (guint k = 0; ranks[k] != NULL; k++)
    for (guint i = 0; i < r->suggestions->len; i++)
      {
        const SitrepSuggestion *s = r->suggestions->pdata[i];

        if (s->kind == SITREP_SUGGEST_PERSON)
          g_assert_false (g_str_has_prefix (s->text, ranks[k]));
      }
  /* a unit named with an ordinal stays the unit */
  g_assert_null (find (r, SITREP_SUGGEST_PERSON, "Army Corps"));

  g_assert_nonnull (find (ar, SITREP_SUGGEST_PERSON, "حسن الدباغ"));
  g_assert_nonnull (find (ar, SITREP_SUGGEST_PERSON, "محمود الحسين"));
  g_assert_nonnull (find (ar, SITREP_SUGGEST_PERSON, "خالد الفارس"));
  g_assert_nonnull (find (ar, SITREP_SUGGEST_PERSON, "علي الزين"));
  g_assert_null (find (ar, SITREP_SUGGEST_PERSON, "أول حسن الدباغ"));
  g_assert_null (find (ar, SITREP_SUGGEST_PERSON, "أول محمود الحسين"));
  g_assert_null (find (ar, SITREP_SUGGEST_PERSON, "خالد الفارس بجروح"));
  /* a rank with no name after it is nobody's */
  g_assert_null (find (ar, SITREP_SUGGEST_PERSON, "إن القوات"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-actors/forces/lower-case", test_lower_case_forces);
  g_test_add_func ("/sitrep/suggest-actors/forces/named", test_named_forces);
  g_test_add_func ("/sitrep/suggest-actors/forces/numbered", test_numbered_units);
  g_test_add_func ("/sitrep/suggest-actors/outlets", test_outlets);
  g_test_add_func ("/sitrep/suggest-actors/outlets/dateline-acronym", test_dateline_acronym);
  g_test_add_func ("/sitrep/suggest-actors/outlets/dateline-place", test_dateline_place);
  g_test_add_func ("/sitrep/suggest-actors/persons/cue", test_persons_by_cue);
  g_test_add_func ("/sitrep/suggest-actors/persons/occupation", test_persons_occupation);
  g_test_add_func ("/sitrep/suggest-actors/persons/given-name", test_persons_given_name);
  g_test_add_func ("/sitrep/suggest-actors/bundled/ucdp", test_bundled_ucdp_names);
  g_test_add_func ("/sitrep/suggest-actors/bundled/bodies-outlets", test_bundled_bodies_outlets);
  g_test_add_func ("/sitrep/suggest-actors/officials", test_officials_no_actor);
  g_test_add_func ("/sitrep/suggest-actors/persons/named", test_persons_named_cue);
  g_test_add_func ("/sitrep/suggest-actors/persons/arabic", test_persons_arabic);
  g_test_add_func ("/sitrep/suggest-actors/persons/arabic-town-names", test_persons_arabic_town_names);
  g_test_add_func ("/sitrep/suggest-actors/persons/english-town-names", test_persons_english_town_names);
  g_test_add_func ("/sitrep/suggest-actors/bundled/arabic", test_bundled_arabic_forms);
  g_test_add_func ("/sitrep/suggest-actors/forces/arabic-named-and-kinds", test_arabic_named_groups);
  g_test_add_func ("/sitrep/suggest-actors/persons/byline", test_persons_byline);
  g_test_add_func ("/sitrep/suggest-actors/forces/place-bodies", test_place_bodies);
  g_test_add_func ("/sitrep/suggest-actors/bundled/abbreviation", test_bundled_abbreviation);
  g_test_add_func ("/sitrep/suggest-actors/forces/arabic-units", test_arabic_units);
  g_test_add_func ("/sitrep/suggest-actors/forces/backed-and-place", test_backed_and_place_forces);
  g_test_add_func ("/sitrep/suggest-actors/forces/civil-defence", test_civil_defence);
  g_test_add_func ("/sitrep/suggest-actors/forces/named-army", test_named_army);
  g_test_add_func ("/sitrep/suggest-actors/bundled/vowel-variants", test_bundled_vowel_variants);
  g_test_add_func ("/sitrep/suggest-actors/bundled/apostrophe", test_bundled_apostrophe);
  g_test_add_func ("/sitrep/suggest-actors/persons/father-name", test_persons_father_name);
  g_test_add_func ("/sitrep/suggest-actors/persons/credits", test_persons_credits);
  g_test_add_func ("/sitrep/suggest-actors/outlets/capitals", test_capitals_names);
  g_test_add_func ("/sitrep/suggest-actors/outlets/sites-and-bodies-of", test_sites_and_bodies_of);
  g_test_add_func ("/sitrep/suggest-actors/claimants/glued-words", test_claimant_glued_words);
  g_test_add_func ("/sitrep/suggest-actors/persons/not-offices", test_persons_not_offices);
  g_test_add_func ("/sitrep/suggest-actors/outlets/capitals-ordinary-word", test_capitals_ordinary_word);
  g_test_add_func ("/sitrep/suggest-actors/places/arabic-body-noun", test_arabic_body_noun_no_place);
  g_test_add_func ("/sitrep/suggest-actors/forces/arabic-monitors", test_arabic_monitors);
  g_test_add_func ("/sitrep/suggest-actors/outlets/datelines", test_dateline_outlets);
  g_test_add_func ("/sitrep/suggest-actors/outlets/acronym-names", test_acronym_names);
  g_test_add_func ("/sitrep/suggest-actors/persons/photo-captions", test_photo_captions);
  g_test_add_func ("/sitrep/suggest-actors/forces/tribes-and-articles", test_tribes_and_articles);
  g_test_add_func ("/sitrep/suggest-actors/persons/compound-ranks", test_persons_compound_ranks);

  return g_test_run ();
}
