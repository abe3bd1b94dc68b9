/* test-suggest-places-words.c — words that name no place though a place shares their spelling
 * (who people are, Arabic particles, forms of kinds of place), a city the words say is
 * north of another, and a namesake abroad far from the report's places; each rule with a case
 * it must take and one it must leave
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-gazetteer.h"
#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

static const SitrepSuggestion *
place (SitrepSuggestResult *result,
       const char          *text)
{
  return sitrep_test_find_suggestion (result, SITREP_SUGGEST_PLACE, text);
}

/* "a Sunni Muslim village", "a mixed Sunni-Shiite province", "Shi’ite
 * militias", "An Iraqi court": nationalities and faiths of several words,
 * or after a sentence's "An", say who people are, not where. */
static void
test_peoples (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("BAGHDAD (Reuters) - An Iraqi court on Tuesday sentenced three men to death for a bombing.\n\n"
                         "\"The Rusafa criminal court sentenced them for the explosion at Tikrit,\" he said.\n\n"
                         "Gunmen stormed a Sunni Muslim village near Samarra, killing four.\n\n"
                         "Diyala, a mixed Sunni-Shiite province, has seen many attacks.\n\n"
                         "Kurdish fighters and Shi’ite militias advanced south of Mosul.\n\n"
                         "Insurgents seized a Syrian Alawite village near Hama.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "An Iraqi"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Sunni Muslim"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Sunni-Shiite"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Shi’ite"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Syrian Alawite"));
  g_assert_nonnull (place (r, "Samarra"));
  g_assert_nonnull (place (r, "Diyala"));
  g_assert_nonnull (place (r, "Mosul"));
}

/* A name with the Arabic article "An" is a place all the same: "An
 * Nasiriyah" is no nationality. */
static void
test_peoples_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A car bomb killed three people in An Nasiriyah on Sunday.", NULL);
  const SitrepSuggestion *nasiriyah = place (r, "An Nasiriyah");

  g_assert_nonnull (nasiriyah);
  g_assert_false (isnan (nasiriyah->latitude));
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (nasiriyah->latitude, nasiriyah->longitude, 31.05, 46.26), <, 10.0);
}

/* "وأن" ("and that") folds to "وان", Van's Arabic name; "قرى وبلدات ريفي
 * إدلب", "في قرية بوسط سوريا", "شمال شرقي بغداد", "قرب منزله": the word after a
 * kind of place is a form of a kind, a side or a house, not a name. */
static void
test_arabic_words (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وقال مصدر أمني إن الهجوم وقع ليلة أمس، وأنّ عبوة ناسفة انفجرت في سوق المدينة.\n\n"
                         "وتتعرض قرى وبلدات ريفي إدلب وحماة لقصف مكثف.\n\n"
                         "قتل عشرة أشخاص في قرية بوسط سوريا يوم الجمعة.\n\n"
                         "وقع الانفجار في بعقوبة، شمال شرقي بغداد.\n\n"
                         "أصاب مسلحون شرطيا قرب منزله ببلدة الحويجة.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "وأنّ"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "وبلدات"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "ريفي"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "بوسط"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "شرقي"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "منزله"));
}

/* The names after those words are proposed as before: "مدينة وان" is
 * the town, "ريف إدلب" Idlib's countryside, "قرية الخضيرية" a village. */
static void
test_arabic_words_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وتتعرض قرى وبلدات ريفي إدلب وحماة لقصف مكثف.\n\n"
                         "قتل عشرة أشخاص في قرية الخضيرية بريف حماة.\n\n"
                         "وقع الانفجار في بعقوبة، شمال شرقي بغداد.", NULL);

  g_assert_nonnull (place (r, "إدلب"));
  g_assert_nonnull (place (r, "الخضيرية"));
  g_assert_nonnull (place (r, "بعقوبة"));
  g_assert_nonnull (place (r, "بغداد"));
}

/* "in a village near Kirkuk, north of Baghdad": Kirkuk is 240 km north
 * of Baghdad and stays where it is; a village the data lacks still goes
 * by the town it is said to be near. */
static void
test_city_north_of (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A truck bomb exploded on Friday in Qaryat Zawrakhan, near Kirkuk, north of Baghdad.", NULL);
  const SitrepSuggestion *kirkuk = place (r, "Kirkuk");

  g_assert_nonnull (kirkuk);
  g_assert_false (isnan (kirkuk->latitude));
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (kirkuk->latitude, kirkuk->longitude, 35.468, 44.392), <, 10.0);
}

/* "in Hadid" in a sentence about Baquba: the only namesake the data holds is abroad
 * (Hadid in Israel), hundreds of kilometres from every place the report
 * is sure of; it is pinned, doubtful, at the place named beside it, under
 * the text's spelling. */
static void
test_namesake_abroad (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Two car bombs exploded in Baghdad on Monday, killing nine people.\n\n"
                         "Police in Baquba said gunmen also attacked a checkpoint in Hadid, killing two policemen.", NULL);
  const SitrepSuggestion *hadid = place (r, "Hadid");

  g_assert_nonnull (hadid);
  g_assert_true (hadid->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (hadid->latitude, hadid->longitude, 33.75, 44.61), <, 10.0);
  g_assert_cmpstr (hadid->entity_name, ==, "Hadid");
}

/* A guess in the country of the places beside it may be a village far
 * from them ("Baghuz" in a report about Raqqa stays at Albu Kamal's), and
 * a city of millions abroad is the one meant ("London"). */
static void
test_namesake_abroad_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Clashes broke out in Raqqa on Monday. Later, Islamic State fighters attacked the village of "
                         "Baghuz, killing four.\n\nIn Baghdad, officials said a delegation would fly to London.", NULL);
  const SitrepSuggestion *baghuz = place (r, "Baghuz");
  const SitrepSuggestion *london = place (r, "London");

  g_assert_nonnull (baghuz);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (baghuz->latitude, baghuz->longitude, 34.45, 40.92), <, 10.0);
  g_assert_nonnull (london);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (london->latitude, london->longitude, 51.51, -0.13), <, 10.0);
}

/* "Shiqat district" in a report that names Shirqat: a name the data
 * lacks, one letter from a place the gazetteer matched (doubtfully), is
 * that place under another spelling, not a village by Tikrit. */
static void
test_spelled_as_doubtful (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A suicide bomber killed five people in a village near Shirqat on Wednesday, police said.\n\n"
                         "The police chief of Shiqat district said a militant wearing a suicide vest blew himself up "
                         "near Tikrit.", NULL);
  const SitrepSuggestion *shiqat = place (r, "Shiqat");

  g_assert_nonnull (shiqat);
  g_assert_true (shiqat->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (shiqat->latitude, shiqat->longitude, 35.517, 43.228), <, 10.0);
}

/* A town the gazetteer is sure of and the text names as it is stays that
 * town when a country shares its key: "Amman" is Jordan's capital, not
 * Oman. A country named as it is ("Oman") is still the country. */
static void
test_city_not_country (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The convoy left Baghdad on the highway towards Amman on Sunday. A delegation from Oman "
                         "arrived later.", NULL);
  const SitrepSuggestion *amman = place (r, "Amman");
  const SitrepSuggestion *oman = place (r, "Oman");

  g_assert_nonnull (amman);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (amman->latitude, amman->longitude, 31.955, 35.945), <, 5.0);
  g_assert_nonnull (oman);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (oman->latitude, oman->longitude, 31.955, 35.945), >, 500.0);
}

/* A hospital named by no town the gazetteer is sure of is no place to
 * pin (where the wounded were taken, where a doctor spoke), nor are its
 * words alone ("Rahibat"); a town's hospital leaves its town. */
static void
test_hospitals (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A bomb exploded near a market in Baghdad on Monday. The wounded were taken to the "
                         "al-Wafaa hospital and to Kirkuk hospital, a doctor at the French Hospital said.", NULL);
  const SitrepSuggestion *kirkuk = sitrep_test_find_suggestion (r, SITREP_SUGGEST_PLACE, "Kirkuk hospital");

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Wafaa"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "French"));
  if (kirkuk == NULL)
    kirkuk = place (r, "Kirkuk");
  g_assert_nonnull (kirkuk);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (kirkuk->latitude, kirkuk->longitude, 35.47, 44.39), <, 5.0);
}

/* Arabic common nouns a village shares letters with: a junction, a prison,
 * a headquarters without their article ("مفرق" is no Mafraq), a count after
 * "قرب", the dual of a post, a counted noun ("عدد الشهداء"), residential
 * houses ("الدور السكنية" is no Ad Dawr). */
static void
test_arabic_nouns (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("انفجرت عبوة ناسفة قرب مقر للشرطة في مدينة الموصل.\n\n"
                         "ونقل المعتقلون إلى سجن صيدنايا العسكري.\n\n"
                         "وسقطت قذائف قرب ثلاثة مساجد وقرب النقطتين التركيتين غربي إدلب.\n\n"
                         "ويرجح ارتفاع عدد الشهداء، وتضررت الدور السكنية القريبة.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "مقر"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "سجن"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "ثلاثة"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "النقطتين"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الشهداء"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الدور"));
  g_assert_nonnull (place (r, "الموصل"));
  g_assert_nonnull (place (r, "صيدنايا"));
}

/* The name after a junction is the place ("مفرق الدشيشة"); the towns with
 * these words' letters named as towns stay ("مدينة المفرق", "بلدة الدور"). */
static void
test_arabic_nouns_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("هاجم مسلحون حاجزا قرب مفرق الدشيشة جنوب الحسكة.\n\n"
                         "وصل اللاجئون إلى مدينة المفرق الأردنية. وقتل شرطي في بلدة الدور شمال تكريت.", NULL);
  const SitrepSuggestion *mafraq = place (r, "المفرق");
  const SitrepSuggestion *dawr = place (r, "الدور");

  g_assert_nonnull (place (r, "الدشيشة"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "مفرق الدشيشة"));
  g_assert_nonnull (mafraq);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (mafraq->latitude, mafraq->longitude, 32.34, 36.21), <, 5.0);
  g_assert_nonnull (dawr);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (dawr->latitude, dawr->longitude, 34.46, 43.79), <, 5.0);
}

/* A wire's dateline names the city it was filed from, as the gold sets
 * pin it: without a comma before its date ("BEIRUT Jan 14 An air strike"),
 * and after a dash that opens its paragraph ("— LONDON -- One woman").
 * A word in capitals inside a paragraph ("sources told LONDON TIMES")
 * or before a date in running text is none. */
static void
test_wire_datelines (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Strikes on Aleppo\n\nBEIRUT Jan 14 An air strike on a town near Aleppo killed 12 people "
                         "on Monday.\n\n— LONDON -- A woman was killed when a shell hit her house in Aleppo.", NULL);
  g_autoptr(SitrepSuggestResult) not =
    sitrep_test_suggest ("Shells hit Aleppo.\n\nThe activists said BEIRUT Jan 14 was quiet, and a source in Aleppo "
                         "told LONDON - radio the town was shelled.", NULL);
  const SitrepSuggestion *beirut = place (r, "BEIRUT");
  const SitrepSuggestion *london = place (r, "LONDON");

  g_assert_nonnull (beirut);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (beirut->latitude, beirut->longitude, 33.89, 35.50), <, 5.0);
  g_assert_nonnull (london);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (london->latitude, london->longitude, 51.51, -0.13), <, 10.0);
  g_assert_null (place (not, "LONDON"));
}

/* A town named only as a part of a body's name ("the Tikrit police", "Erbil-based", "شرطة بعقوبة",
 * "مستشفى الموصل") is no place; a province's police keeps its province, and a town named again
 * elsewhere stays a place. */
static void
test_body_towns (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A source in the Tikrit police said two soldiers were killed in an attack near Baiji.\n\n"
                         "The Erbil-based outlet reported clashes near Makhmur.\n\n"
                         "A source in Salahuddin police said the bomb hit a patrol in Sharqat.\n\n"
                         "أعلن مصدر في شرطة بعقوبة مقتل شرطي بهجوم مسلح في قضاء المقدادية. "
                         "ونقل الجرحى إلى مستشفى الموصل العام بعد انفجار عبوة في ناحية القيارة.", NULL);
  g_autoptr(SitrepSuggestResult) again =
    sitrep_test_suggest ("Gunmen killed a shop owner in Tikrit on Monday, the Tikrit police said.", NULL);
  g_autoptr(SitrepSuggestResult) quarter =
    sitrep_test_suggest ("Gunmen stormed a house in the Yarmouk neighborhood and killed a lawyer, Baghdad police said.", NULL);
  const SitrepSuggestion *yarmouk;

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Tikrit"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Erbil"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "بعقوبة"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الموصل"));
  g_assert_nonnull (place (r, "Baiji"));
  g_assert_nonnull (place (r, "Makhmur"));
  g_assert_nonnull (place (r, "Salahuddin"));
  g_assert_true (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "المقدادية"));
  g_assert_true (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "القيارة"));
  g_assert_nonnull (place (again, "Tikrit"));
  /* the body's town still places the quarter its sentence names */
  g_assert_false (sitrep_test_any_suggestion_holds (quarter, SITREP_SUGGEST_PLACE, "Baghdad"));
  yarmouk = place (quarter, "Yarmouk");
  g_assert_nonnull (yarmouk);
  g_assert_cmpfloat (fabs (yarmouk->latitude - 33.34), <, 0.1);
}

/* A name in brackets between a dateline's place and a dash ("Idlib (Qasioun) –") is the agency that wrote
 * the report; in brackets elsewhere ("in Harasta (Damascus countryside) and") a place stays a place. */
static void
test_dateline_agency (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Idlib (Qasioun) – The regime's warplanes struck Saraqib on Sunday.\n\n"
                         "Raqqa (Sham) – Coalition jets struck a car near Tabqa.", NULL);
  g_autoptr(SitrepSuggestResult) kept =
    sitrep_test_suggest ("Clashes erupted in Harasta (Damascus countryside) – and in Douma.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Qasioun"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Sham"));
  g_assert_nonnull (place (r, "Idlib"));
  g_assert_nonnull (place (r, "Raqqa"));
  g_assert_nonnull (place (r, "Saraqib"));
  g_assert_nonnull (place (kept, "Damascus"));
}

/* "the Islamic State of Iraq and Sham", "… in Iraq and al-Sham": the group's Levant, not Damascus; Sham alone
 * stays the gazetteer's. */
static void
test_state_of_iraq_and_sham (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Fighters of the Islamic State of Iraq and Sham (ISIS) attacked a checkpoint near Tal Afar.\n\n"
                         "The Islamic State in Iraq and al-Sham claimed the car bombing in Baquba.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Sham"));
  g_assert_true (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "Tal Afar"));
  g_assert_nonnull (place (r, "Baquba"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-words/peoples", test_peoples);
  g_test_add_func ("/sitrep/suggest-places-words/peoples-not", test_peoples_not);
  g_test_add_func ("/sitrep/suggest-places-words/arabic-words", test_arabic_words);
  g_test_add_func ("/sitrep/suggest-places-words/arabic-words-not", test_arabic_words_not);
  g_test_add_func ("/sitrep/suggest-places-words/city-north-of", test_city_north_of);
  g_test_add_func ("/sitrep/suggest-places-words/namesake-abroad", test_namesake_abroad);
  g_test_add_func ("/sitrep/suggest-places-words/namesake-abroad-not", test_namesake_abroad_not);
  g_test_add_func ("/sitrep/suggest-places-words/spelled-as-doubtful", test_spelled_as_doubtful);
  g_test_add_func ("/sitrep/suggest-places-words/city-not-country", test_city_not_country);
  g_test_add_func ("/sitrep/suggest-places-words/hospitals", test_hospitals);
  g_test_add_func ("/sitrep/suggest-places-words/arabic-nouns", test_arabic_nouns);
  g_test_add_func ("/sitrep/suggest-places-words/arabic-nouns-not", test_arabic_nouns_not);
  g_test_add_func ("/sitrep/suggest-places-words/wire-datelines", test_wire_datelines);
  g_test_add_func ("/sitrep/suggest-places-words/body-towns", test_body_towns);
  g_test_add_func ("/sitrep/suggest-places-words/dateline-agency", test_dateline_agency);
  g_test_add_func ("/sitrep/suggest-places-words/state-of-iraq-and-sham", test_state_of_iraq_and_sham);
  return g_test_run ();
}
