/* test-suggest-places-found.c — places the gazetteer lacks, found by the words around them (lists
 * of places, …) or doubted by them: each rule with a case it must take and one it must leave
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

/* ---------------------------------------------------------------- lists */

/* "the villages of A, B and C": every name of the list is a place, not only
 * the first; "A, B and C areas": every name before the plural noun. */
static void
test_listed_after_kind (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Helicopters dropped barrels on the villages of al-Qurnaytah, Zubaydiyat, Tell Marqashi "
                         "and Duwayr Hajjal on Tuesday.", NULL);

  g_assert_nonnull (place (r, "al-Qurnaytah"));
  g_assert_nonnull (place (r, "Zubaydiyat"));
  g_assert_nonnull (place (r, "Tell Marqashi"));
  g_assert_nonnull (place (r, "Duwayr Hajjal"));
  /* The day after the list is no place. */
  g_assert_null (place (r, "Tuesday"));
}

static void
test_listed_before_kind (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The raids covered Umm Khurays, Zubaydiyat and Duwayr Hajjal areas at dawn. "
                         "Kurdish and Turkmen areas stayed calm, as did the rebel-held areas.", NULL);

  g_assert_nonnull (place (r, "Umm Khurays"));
  g_assert_nonnull (place (r, "Zubaydiyat"));
  g_assert_nonnull (place (r, "Duwayr Hajjal"));
  /* Peoples are no places; "The raids" opens the sentence, not the list. */
  g_assert_null (place (r, "Kurdish"));
  g_assert_null (place (r, "Turkmen"));
  g_assert_null (place (r, "The raids"));
}

/* ---------------------------------------------------------------- incidents */

/* "a checkpoint in X", "bombs in X and Y": a capitalised name after "in"
 * where the words before say an incident is a place. */
static void
test_incident_places (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen killed two policemen at a checkpoint in Zuwayrat. "
                         "Police defused bombs in Qurnayfa and Dubaysiya on Sunday.", NULL);

  g_assert_nonnull (place (r, "Zuwayrat"));
  g_assert_nonnull (place (r, "Qurnayfa"));
  g_assert_nonnull (place (r, "Dubaysiya"));
  g_assert_null (place (r, "Sunday"));
}

/* A campaign, a day, a people, a headline in title case: no place. */
static void
test_incident_not_places (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Five Killed, Nine Wounded in Numerous Attacks\n\n"
                         "Three soldiers were killed in Operation Desert Lion. Two men were wounded in Tuesday's "
                         "attack. A man was killed in Kurdish shelling, and the attack in ISIS propaganda was "
                         "denied by Colonel Hamid.", NULL);

  g_assert_null (place (r, "Numerous Attacks"));
  g_assert_null (place (r, "Operation Desert Lion"));
  g_assert_null (place (r, "Desert Lion"));
  g_assert_null (place (r, "Tuesday"));
  g_assert_null (place (r, "Kurdish"));
  g_assert_null (place (r, "ISIS"));
}

/* ---------------------------------------------------------------- far spellings */

/* A world city matched by another spelling in a report set elsewhere is a
 * guess (doubtful); written as its name, or beside a place of its country,
 * it stays sure. */
static void
test_far_spellings (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Two soldiers were killed in Kirkuk. Gunmen attacked a checkpoint in Madaen on Monday. "
                         "Delegates flew to Moscow. A convoy reached Riyaz, officials in Riyadh said.", NULL);
  const SitrepSuggestion *madaen = place (r, "Madaen");
  const SitrepSuggestion *moscow = place (r, "Moscow");
  const SitrepSuggestion *riyaz = place (r, "Riyaz");

  g_assert_nonnull (madaen);
  g_assert_false (isnan (madaen->latitude));
  g_assert_true (madaen->doubtful);
  g_assert_nonnull (moscow);
  g_assert_false (moscow->doubtful);
  g_assert_nonnull (riyaz);
  g_assert_false (riyaz->doubtful);
  g_assert_false (place (r, "Kirkuk")->doubtful);
}

/* ---------------------------------------------------------------- localities */

/* Whether @s is placed, doubtful, in @country, within 10 km of @lat, @lon. */
static void
assert_doubtful_at (const SitrepSuggestion *s,
                    const char             *country,
                    double                  lat,
                    double                  lon)
{
  g_assert_nonnull (s);
  g_assert_false (isnan (s->latitude));
  g_assert_true (s->doubtful);
  g_assert_cmpstr (s->country, ==, country);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (s->latitude, s->longitude, lat, lon), <, 10.0);
}

/* Villages UCDP's coders name in Iraq, and each of the names UCDP writes
 * with a slash ("Abu Rasin/Zarkan"), are localities at their district's
 * seat (build-aux/gen-localities.py); a locality's name written where no
 * phrase says a place is meant stays a name. */
static void
test_localities (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Police in Kirkuk said gunmen attacked the town of Zummar on Sunday.\n\n"
                         "Shelling hit the village of Zarkan on Monday.\n\n"
                         "Commander Azim Hassan said the convoy had left.", NULL);

  /* Zummar: Tall Afar district; Zarkan: Ras al-Ayn district. */
  assert_doubtful_at (place (r, "Zummar"), "IQ", 36.379, 42.448);
  assert_doubtful_at (place (r, "Zarkan"), "SY", 36.850, 40.071);
  g_assert_null (place (r, "Azim"));
  g_assert_null (place (r, "Azim Hassan"));
}

/* A doubtful guess in a country the text is sure of no place in ("Zummar"
 * at Israel's Zemer, in a report about Kirkuk) yields to the locality
 * spelled as the text is; in a report set in that country it stays. */
static void
test_locality_over_far_guess (void)
{
  g_autoptr(SitrepSuggestResult) here =
    sitrep_test_suggest ("Settlers gathered in the town of Zummar on Sunday, police in Haifa said.", NULL);
  g_autoptr(SitrepSuggestResult) there =
    sitrep_test_suggest ("Gunmen attacked the town of Zummar on Sunday, police in Kirkuk said.", NULL);
  const SitrepSuggestion *israel = place (here, "Zummar");

  g_assert_nonnull (israel);
  g_assert_false (isnan (israel->latitude));
  g_assert_cmpstr (israel->country, !=, "IQ");
  assert_doubtful_at (place (there, "Zummar"), "IQ", 36.379, 42.448);
}

/* "Y sub-district": Iraq's nahiya, written with a hyphen, is a
 * kind of place like "district"; lower-case or capitalised words around
 * it are no names. */
static void
test_sub_district (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Wheat was harvested across Qushqa sub-district on Friday. "
                         "Kurdish sub-district officials said the road was closed. "
                         "The Sub-District Council met on Monday. A sub-district chief was kidnapped.", NULL);

  g_assert_nonnull (place (r, "Qushqa"));
  g_assert_null (place (r, "Kurdish"));
  g_assert_null (place (r, "The Sub"));
  g_assert_null (place (r, "Sub-District Council"));
  g_assert_null (place (r, "Friday"));
}

/* ---------------------------------------------------------------- anchors */

/* Whether @s is placed, doubtful, within 5 km of @other. */
static void
assert_doubtful_near (const SitrepSuggestion *s,
                      const SitrepSuggestion *other)
{
  g_assert_nonnull (s);
  g_assert_nonnull (other);
  g_assert_false (isnan (s->latitude));
  g_assert_true (s->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (s->latitude, s->longitude, other->latitude, other->longitude), <, 5.0);
}

/* A place the gazetteer lacks, with no holder right after it, is pinned,
 * doubtful, at the place the sentence opens with ("In Baghdad, … in X"),
 * at the place before its list's kind ("the Idlib villages of A and B"),
 * or at the town of "in downtown Y". */
static void
test_anchors (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("In Baghdad, gunmen killed two policemen at a checkpoint in Zumbula.\n\n"
                         "Strikes on the Idlib villages of Qirtawa and Ehsinu that day killed 14 civilians.\n\n"
                         "A bomb went off near Tumbra Square in downtown Mosul.", NULL);

  assert_doubtful_near (place (r, "Zumbula"), place (r, "Baghdad"));
  assert_doubtful_near (place (r, "Qirtawa"), place (r, "Idlib"));
  assert_doubtful_near (place (r, "Ehsinu"), place (r, "Idlib"));
  assert_doubtful_near (place (r, "Tumbra Square"), place (r, "Mosul"));
}

/* No anchor: a country, a time, a statement opening the sentence; a place
 * after "In" that is not its scene; a kind of place after a list ("the
 * Qusayr and Hermel villages of Zumrud": Zumrud holds them). */
static void
test_no_anchors (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("In Syria, jets struck a checkpoint in Khirbat Qumru. In the morning, gunmen attacked a "
                         "checkpoint in Wadi Umbra. In a statement, Kirkuk police said a bomb hit a checkpoint in "
                         "Dawudiya.\n\nDrones struck the Qusayr and Hermel villages of Zumrud on Monday.", NULL);
  const char *unplaced[] = { "Khirbat Qumru", "Wadi Umbra", "Dawudiya", "Zumrud" };

  for (guint k = 0; k < G_N_ELEMENTS (unplaced); k++)
    {
      const SitrepSuggestion *s = place (r, unplaced[k]);

      g_assert_nonnull (s);
      g_assert_true (isnan (s->latitude) || s->doubtful);
    }
}

/* More ways to name what holds a place: a possessive before it ("Kirkuk's
 * X district"), the town after its kind and a comma ("X district,
 * Fallujah"), a bearing with words before it ("X, just north of Y", "X,
 * located to the west of Y"), "the X district of the provincial capital of
 * Y". A country's possessive holds no place. */
static void
test_holders_phrased (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The shooting occurred in an open field in Kirkuk's Qurdan district on Sunday.\n\n"
                         "A car bomb exploded at Nuzzal district, Fallujah, on Monday.\n\n"
                         "A grave was found near Saqlawa, just north of Mosul. Shepherds were kidnapped in the "
                         "village of Yangaja, located to the west of Kirkuk.\n\n"
                         "Forces combed the Jumaya district of the provincial capital of Ramadi.\n\n"
                         "Syria's Qurdan district was shelled.", NULL);
  const SitrepSuggestion *kirkuk = place (r, "Kirkuk");
  const SitrepSuggestion *syrian = NULL;

  assert_doubtful_near (place (r, "Qurdan"), kirkuk);
  assert_doubtful_near (place (r, "Nuzzal"), place (r, "Fallujah"));
  assert_doubtful_near (place (r, "Saqlawa"), place (r, "Mosul"));
  assert_doubtful_near (place (r, "Yangaja"), kirkuk);
  assert_doubtful_near (place (r, "Jumaya"), place (r, "Ramadi"));
  /* The last paragraph's Qurdan: Syria holds it, as no pin. */
  for (guint k = 0; k < r->suggestions->len; k++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[k];

      if (s->kind == SITREP_SUGGEST_PLACE && strcmp (s->text, "Qurdan") == 0)
        syrian = s;
    }
  g_assert_true (syrian != place (r, "Qurdan"));
  g_assert_true (isnan (syrian->latitude));
}

/* "X, 35 miles north of Y": the pin is that far from Y on that bearing. */
static void
test_holder_offset (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A family was killed in Buhraz, 35 miles north of Baghdad. "
                         "Shelling hit Tarbuna village, 20 km east of Mosul.", NULL);
  const SitrepSuggestion *buhraz = place (r, "Buhraz");
  const SitrepSuggestion *tarbuna = place (r, "Tarbuna");
  const SitrepSuggestion *baghdad = place (r, "Baghdad");
  const SitrepSuggestion *mosul = place (r, "Mosul");

  g_assert_nonnull (buhraz);
  g_assert_true (buhraz->doubtful);
  g_assert_cmpfloat (fabs (sitrep_gazetteer_distance_km (buhraz->latitude, buhraz->longitude,
                                                         baghdad->latitude, baghdad->longitude) - 56.3), <, 1.0);
  g_assert_cmpfloat (buhraz->latitude, >, baghdad->latitude + 0.4);
  g_assert_nonnull (tarbuna);
  g_assert_cmpfloat (fabs (sitrep_gazetteer_distance_km (tarbuna->latitude, tarbuna->longitude,
                                                         mosul->latitude, mosul->longitude) - 20.0), <, 0.5);
  g_assert_cmpfloat (tarbuna->longitude, >, mosul->longitude + 0.2);
}

/* ---------------------------------------------------------------- regions */

/* "in Anbar": a place of another country matched by another spelling
 * (Turkey's Ambar) yields to the province spelled as the text is; a city
 * of the province's own country ("Daraa") stays the city. */
static void
test_region_over_foreign_spelling (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen killed two soldiers near Ramadi. A second bomb went off in Anbar on Tuesday. "
                         "Shelling hit Daraa on Monday.", NULL);
  const SitrepSuggestion *anbar = place (r, "Anbar");
  const SitrepSuggestion *daraa = place (r, "Daraa");

  g_assert_nonnull (anbar);
  g_assert_cmpstr (anbar->country, ==, "IQ");
  g_assert_cmpint (anbar->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_nonnull (daraa);
  g_assert_cmpint (daraa->scope, ==, SITREP_PLACE_SCOPE_PLACE);
  g_assert_cmpstr (daraa->country, ==, "SY");
}

/* Syria's governorates and Iraq's provinces by their Arabic names, alone or
 * after "محافظة", inside an Arabic sentence's run of words; an Arabic city
 * of the same name stays the city, and other words are no regions. */
static void
test_arabic_regions (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("\u0648\u0642\u062a\u0644 \u0645\u062f\u0646\u064a\u0627\u0646 \u0641\u064a "
                         "\u0645\u062d\u0627\u0641\u0638\u0629 \u062f\u064a\u0627\u0644\u0649. "
                         "\u0648\u0627\u0646\u0641\u062c\u0631\u062a \u0633\u064a\u0627\u0631\u0629 "
                         "\u0645\u0641\u062e\u062e\u0629 \u0641\u064a \u0646\u064a\u0646\u0648\u0649 "
                         "\u0645\u0633\u0627\u0621. \u0648\u0642\u0635\u0641\u062a "
                         "\u0627\u0644\u0637\u0627\u0626\u0631\u0627\u062a \u062d\u0644\u0628. "
                         "\u0648\u0642\u0627\u0644 \u0645\u0635\u062f\u0631 \u0641\u064a "
                         "\u0627\u0644\u0634\u0631\u0637\u0629 \u0625\u0646 \u0627\u0644\u0647\u062c\u0648\u0645 "
                         "\u0648\u0642\u0639 \u0644\u064a\u0644\u0627.", NULL);
  /* "ديالى", "نينوى", "حلب" */
  const SitrepSuggestion *diyala = NULL, *nineveh = place (r, "\u0646\u064a\u0646\u0648\u0649");
  const SitrepSuggestion *aleppo = place (r, "\u062d\u0644\u0628");
  guint n_places = 0;

  for (guint k = 0; k < r->suggestions->len; k++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[k];

      if (s->kind != SITREP_SUGGEST_PLACE)
        continue;
      n_places++;
      if (strstr (s->text, "\u062f\u064a\u0627\u0644\u0649") != NULL)
        diyala = s;
    }
  g_assert_nonnull (diyala);
  g_assert_cmpstr (diyala->country, ==, "IQ");
  g_assert_cmpint (diyala->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_nonnull (nineveh);
  g_assert_cmpstr (nineveh->country, ==, "IQ");
  g_assert_cmpint (nineveh->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_nonnull (aleppo);
  g_assert_cmpint (aleppo->scope, ==, SITREP_PLACE_SCOPE_PLACE);
  /* The police, the attack: no places. */
  g_assert_cmpuint (n_places, ==, 3);
}

/* A name whose first word (Kafr, Tell, Deir …) a text glued to the next is
 * looked up as two words and placed there, doubtful; a word that only
 * starts with such letters ("Ainsworth") stays unplaced. */
static void
test_glued_heads (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit the town of Kafrzita on Monday. Jets struck the village of Tellrifaat. "
                         "Police searched the village of Ainsworth.", NULL);
  const SitrepSuggestion *zita = place (r, "Kafrzita");
  const SitrepSuggestion *rifaat = place (r, "Tellrifaat");
  const SitrepSuggestion *ainsworth = place (r, "Ainsworth");

  /* Kafr Zita (Hama), Tall Rif‘at (Aleppo). */
  g_assert_nonnull (zita);
  g_assert_true (zita->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (zita->latitude, zita->longitude, 35.374, 36.603), <, 2.0);
  g_assert_nonnull (rifaat);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (rifaat->latitude, rifaat->longitude, 36.472, 37.095), <, 2.0);
  g_assert_nonnull (ainsworth);
  g_assert_true (isnan (ainsworth->latitude));
}

/* "Zurgan (Abu Rasin)": the other name in brackets, a place UCDP's coders
 * name, is proposed too, and its pin given to the first, doubtful; an
 * outlet or a word in brackets is no other name. */
static void
test_bracket_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Drones struck the villages of Zurgan (Abu Rasin) at dawn. "
                         "Fighters entered Aleppo (Reuters) on Monday. Raqqa (north) was calm.", NULL);
  const SitrepSuggestion *zurgan = place (r, "Zurgan");
  const SitrepSuggestion *other = place (r, "Abu Rasin");

  /* Abu Rasin: Ras al-Ayn district. */
  assert_doubtful_at (other, "SY", 36.850, 40.071);
  assert_doubtful_near (zurgan, other);
  g_assert_null (place (r, "Reuters"));
  g_assert_null (place (r, "north"));
}

/* A list item's first word after its mark ("• Near Tikrit, …") is the
 * first of its sentence: its capital joins no name. */
static void
test_list_items (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("The strikes included:\n\n\u2022 Near Tikrit, one strike destroyed a tunnel.\n\n"
                         "- Outside Samarra, two strikes hit a cache.\n\nThey met in the Press Briefing Room.", NULL);

  g_assert_nonnull (place (r, "Tikrit"));
  g_assert_nonnull (place (r, "Samarra"));
  g_assert_null (place (r, "Room"));
  g_assert_null (place (r, "Briefing Room"));
}

/* A place no words hold, in a text all of whose places lie in one town's
 * area (named twice at least), is pinned there, doubtful; not when the
 * text names places far apart, nor by a dateline's place (where the
 * reporter is). */
static void
test_one_area (void)
{
  g_autoptr(SitrepSuggestResult) one =
    sitrep_test_suggest ("Police in Baghdad said two men were shot. Later, a bomb went off at a checkpoint in "
                         "Qirtawa, wounding three, Baghdad police said.", NULL);
  g_autoptr(SitrepSuggestResult) apart =
    sitrep_test_suggest ("Police in Baghdad said two men were shot. In Mosul, a bomb wounded three.\n\nLater, a "
                         "bomb went off at a checkpoint in Qirtawa.", NULL);
  g_autoptr(SitrepSuggestResult) dateline =
    sitrep_test_suggest ("BAGHDAD, March 3 (Wire) - A bomb went off at a checkpoint in Qirtawa, wounding three.", NULL);

  assert_doubtful_near (place (one, "Qirtawa"), place (one, "Baghdad"));
  g_assert_nonnull (place (apart, "Qirtawa"));
  g_assert_true (isnan (place (apart, "Qirtawa")->latitude));
  g_assert_nonnull (place (dateline, "Qirtawa"));
  g_assert_true (isnan (place (dateline, "Qirtawa")->latitude));
}

/* A name left unplaced that the text spells elsewhere a little otherwise,
 * placed ("near Tuzkurmato district … in Tuz Khurmatu"), takes that pin,
 * doubtful; a name far in spelling from every place stays unplaced. */
static void
test_spelled_twice (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("An attack was foiled in a rural area near Tuzkurmato district on Monday. Clashes "
                         "erupted in Tuz Khurmatu later. Gunmen struck near Qirtawa district; officials in Mosul "
                         "said the road was shut.", NULL);

  assert_doubtful_near (place (r, "Tuzkurmato"), place (r, "Tuz Khurmatu"));
  g_assert_nonnull (place (r, "Qirtawa"));
  g_assert_true (isnan (place (r, "Qirtawa")->latitude) || (place (r, "Qirtawa"))->doubtful);
}

/* "the village of X in Y town in the Z area": X, in a town the gazetteer
 * lacks, is placed, doubtful, at the town's own holder; a chain the
 * sentence ends leaves it unplaced. */
static void
test_holder_chain (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Gunmen abducted a farmer in the village of Qirtawa in Dubaysiya town in the Tikrit area "
                         "on Sunday.", NULL);
  g_autoptr(SitrepSuggestResult) ended =
    sitrep_test_suggest ("Gunmen abducted a farmer in the village of Qirtawa in Dubaysiya town. "
                         "Police in the Tikrit area said they were searching.", NULL);

  assert_doubtful_near (place (r, "Dubaysiya"), place (r, "Tikrit"));
  assert_doubtful_near (place (r, "Qirtawa"), place (r, "Tikrit"));
  g_assert_nonnull (place (ended, "Qirtawa"));
  g_assert_true (isnan (place (ended, "Qirtawa")->latitude) || (place (ended, "Qirtawa"))->doubtful);
}

/* A place no words hold, in a paragraph whose earlier sentence opens with a
 * scene ("In Tikrit, … . A bomb … in X"), takes the nearest such scene's
 * pin, doubtful; a new paragraph is a new scene. */
static void
test_paragraph_scene (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("In Tikrit, gunmen killed two policemen. A bomb at a checkpoint in Qirtawa wounded three.\n\n"
                         "In Basra, a man was shot. In Mosul, a soldier was shot. Police defused a bomb at a "
                         "checkpoint in Dubaysiya.", NULL);
  g_autoptr(SitrepSuggestResult) apart =
    sitrep_test_suggest ("In Tikrit, gunmen killed two policemen.\n\nA bomb at a checkpoint in Qirtawa wounded "
                         "three.", NULL);

  assert_doubtful_near (place (r, "Qirtawa"), place (r, "Tikrit"));
  assert_doubtful_near (place (r, "Dubaysiya"), place (r, "Mosul"));
  g_assert_nonnull (place (apart, "Qirtawa"));
  g_assert_true (isnan (place (apart, "Qirtawa")->latitude));
}

/* ---------------------------------------------------------------- longer names */

/* A phrase's name that goes on past a known place by another name word
 * ("Saraqib al-Gharbiya village": western Saraqib, another village) takes
 * that place's pin as a guess, doubtful; "the Homs-Hama highway" lies by
 * Homs, as sure as Homs. */
static void
test_longer_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Jets bombed Saraqib al-Gharbiya village on Monday. "
                         "Trucks drove along the Homs-Hama highway.", NULL);
  const SitrepSuggestion *west = place (r, "Saraqib al-Gharbiya");
  const SitrepSuggestion *road = place (r, "Homs-Hama highway");

  g_assert_nonnull (west);
  g_assert_false (isnan (west->latitude));
  g_assert_true (west->doubtful);
  g_assert_nonnull (road);
  g_assert_false (isnan (road->latitude));
  g_assert_false (road->doubtful);
}

/* A doubtful guess of a list far from its list's other places is no
 * town of another area where the report's sure places say otherwise: a
 * guess in the country of a sure place and near it stays ("Qamishly", a
 * loose match 75 km from Hasakah), another candidate of the name that is
 * takes its place (Ra's al-Ain of Syria, not Rosh Ha'Ayin or the Turkish
 * town across the border). Listed with towns the gazetteer is sure of,
 * "Ras al Ain" is Syria's Ra’s al ‘Ayn under its own name ("Ain" is how
 * "‘Ayn" is written), and Tall Abyaḑ, sure, stays where it is: both had
 * been moved to al-Malikiyah's pin, 150–300 km off, when "Ras al Ain"
 * was no spelling the gazetteer knew. */
static void
test_list_guess_near_sure (void)
{
  g_autoptr(SitrepSuggestResult) near = sitrep_test_suggest ("Shells fell on Qamishly and Hasakah city.", NULL);
  g_autoptr(SitrepSuggestResult) other =
    sitrep_test_suggest ("Shelling was reported in Tel Abiad and Ras al Ain.", NULL);
  g_autoptr(SitrepSuggestResult) far =
    sitrep_test_suggest ("Shelling was reported in Tel Abiad, Ras al Ain and Malikiyeh, officials in Qamishli said.",
                         NULL);
  const SitrepSuggestion *qamishly = place (near, "Qamishly");
  const SitrepSuggestion *ras = place (other, "Ras al Ain");
  const SitrepSuggestion *abiad = place (far, "Tel Abiad");
  const SitrepSuggestion *malikiyeh = place (far, "Malikiyeh");
  const SitrepSuggestion *far_ras = place (far, "Ras al Ain");

  g_assert_nonnull (qamishly);
  g_assert_true (qamishly->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (qamishly->latitude, qamishly->longitude, 37.05, 41.23), <, 5.0);
  g_assert_nonnull (ras);
  g_assert_true (ras->doubtful);
  g_assert_cmpstr (ras->country, ==, "SY");
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (ras->latitude, ras->longitude, 36.85, 40.07), <, 5.0);
  g_assert_nonnull (abiad);
  g_assert_nonnull (malikiyeh);
  g_assert_nonnull (far_ras);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (abiad->latitude, abiad->longitude, 36.70, 38.95), <, 1.0);
  g_assert_cmpstr (far_ras->country, ==, "SY");
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (far_ras->latitude, far_ras->longitude, 36.85, 40.07), <, 5.0);
}

/* A river matched only by another spelling of its name ("Qara" for the
 * Kura of the Caucasus) is no reading of a name in a report whose places
 * lie far from it: the village stays a place of the report's area. Near
 * the river, or named as it is, the river stays. */
static void
test_far_river (void)
{
  g_autoptr(SitrepSuggestResult) far =
    sitrep_test_suggest ("Gunmen raided the village of Qara, east of Hasakah city, on Friday.", NULL);
  g_autoptr(SitrepSuggestResult) near =
    sitrep_test_suggest ("Gunmen raided the village of Qara near Ardahan on Friday.", NULL);
  g_autoptr(SitrepSuggestResult) named = sitrep_test_suggest ("Militants crossed the Kura river near Mosul.", NULL);
  const SitrepSuggestion *qara = place (far, "Qara");
  const SitrepSuggestion *river = place (near, "Qara");
  const SitrepSuggestion *kura = place (named, "Kura river");

  g_assert_nonnull (qara);
  g_assert_true (isnan (qara->latitude) ||
                 sitrep_gazetteer_distance_km (qara->latitude, qara->longitude, 36.50, 40.75) < 100.0);
  g_assert_nonnull (river);
  g_assert_cmpstr (river->entity_name, ==, "Kura");
  g_assert_nonnull (kura);
  g_assert_cmpstr (kura->entity_name, ==, "Kura");
}

/* "in Kirkuk's northern Arab-majority Wahid Huzayran district": the town
 * the possessive is of holds the part named after a side and hyphenated
 * words, as it does the part named right after it; words of another kind
 * between them ("Kirkuk's police chief visited Qutan village") do not
 * make the town the village's holder. */
static void
test_possessed_part (void)
{
  g_autoptr(SitrepSuggestResult) part =
    sitrep_test_suggest ("Gunmen shot two men in Kirkuk's northern Arab-majority Wahid Huzayran district on Monday.",
                         NULL);
  g_autoptr(SitrepSuggestResult) other = sitrep_test_suggest ("Kirkuk's police chief visited Qutan village on Monday.", NULL);
  const SitrepSuggestion *wahid = place (part, "Wahid Huzayran");
  const SitrepSuggestion *qutan = place (other, "Qutan");

  g_assert_nonnull (wahid);
  g_assert_true (wahid->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (wahid->latitude, wahid->longitude, 35.47, 44.39), <, 5.0);
  g_assert_nonnull (qutan);
  g_assert_true (isnan (qutan->latitude) || qutan->doubtful);
}

/* A city far from every other place of the report, named by another of
 * its names ("Iskandariyah", an Arabic name of İskenderun, in a report
 * set around Hilla), is a doubtful guess, as a town would be; named as it
 * is ("Iskenderun", "Istanbul") it stays sure. */
static void
test_city_spelled_otherwise (void)
{
  g_autoptr(SitrepSuggestResult) other =
    sitrep_test_suggest ("Police in Hilla and Karbala said a bomb in Iskandariyah killed four.", NULL);
  g_autoptr(SitrepSuggestResult) own =
    sitrep_test_suggest ("Police in Hilla and Karbala said the bombers had come from Iskenderun and Istanbul.", NULL);
  const SitrepSuggestion *guess = place (other, "Iskandariyah");
  const SitrepSuggestion *named = place (own, "Iskenderun");
  const SitrepSuggestion *istanbul = place (own, "Istanbul");

  g_assert_nonnull (guess);
  g_assert_true (guess->doubtful);
  g_assert_nonnull (named);
  g_assert_false (named->doubtful);
  g_assert_nonnull (istanbul);
  g_assert_false (istanbul->doubtful);
}

/* A doubtful bundled match near the report's sure places ("Biji", a loose
 * match of Bayji, beside Tikrit and Samarra) is not given up for a world
 * city of another spelling (Baoji in China); alone in its report it is,
 * and a world city named as it is ("Rome") is taken over a doubtful
 * bundled match. ("Beiji" is Bayji's own spelling since session 40: "ei"
 * is its "ay", /sitrep/suggest-places-spelled/diphthongs.) */
static void
test_bundled_near_over_world (void)
{
  g_autoptr(SitrepSuggestResult) near =
    sitrep_test_suggest ("Families from Biji reached Tikrit and Samarra on Friday.", NULL);
  g_autoptr(SitrepSuggestResult) alone = sitrep_test_suggest ("Airstrikes hit Biji on Monday.", NULL);
  g_autoptr(SitrepSuggestResult) rome =
    sitrep_test_suggest ("Pilgrims from Rome visited Jerusalem and Bethlehem.", NULL);
  const SitrepSuggestion *bayji = place (near, "Biji");
  const SitrepSuggestion *baoji = place (alone, "Biji");
  const SitrepSuggestion *italy = place (rome, "Rome");

  g_assert_nonnull (bayji);
  g_assert_true (bayji->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (bayji->latitude, bayji->longitude, 34.93, 43.49), <, 5.0);
  g_assert_nonnull (baoji);
  g_assert_cmpfloat (baoji->longitude, >, 100.0);
  g_assert_nonnull (italy);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (italy->latitude, italy->longitude, 41.89, 12.51), <, 10.0);
}

/* "(A, B and C) villages": the list in brackets before its plural noun;
 * a word in brackets that names no place is none. */
static void
test_listed_in_brackets (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Warplanes struck (Tell Dadikh, Bisnaya and Arnaba) villages and towns in the western "
                         "countryside of Idlib. Two strikes hit (Monday) areas near the front.", NULL);
  const SitrepSuggestion *bisnaya = place (r, "Bisnaya");

  g_assert_nonnull (place (r, "Tell Dadikh"));
  g_assert_nonnull (bisnaya);
  g_assert_nonnull (place (r, "Arnaba"));
  g_assert_null (place (r, "Monday"));
  /* Placed in the countryside the list is said to be in, past the bracket. */
  g_assert_true (bisnaya->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (bisnaya->latitude, bisnaya->longitude, 35.93, 36.63), <, 50.0);
}

/* ---------------------------------------------------------------- the town of X */

/* "the village of “X”" (the name in quotes), "the Shiite neighbourhood of X" (the
 * name is X's, not the adjective's), "the town of Umm X" (a place, not a
 * person's kunya): each a place. */
static void
test_kind_of_forms (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shells fell on the village of “Tell Dadikh”, south of Idlib. A boy was killed in the Shiite "
                         "neighbourhood of Bakhtiyar. Gunmen stormed the town of Umm Sharshuh at dawn.", NULL);

  g_assert_nonnull (place (r, "Tell Dadikh"));
  g_assert_nonnull (place (r, "Bakhtiyar"));
  /* Placed by what the text says holds it, past the closing quote. */
  g_assert_false (isnan (place (r, "Tell Dadikh")->latitude));
  g_assert_null (place (r, "Shiite"));
  g_assert_nonnull (place (r, "Umm Sharshuh"));
  g_assert_null (sitrep_test_find_suggestion (r, SITREP_SUGGEST_PERSON, "Umm Sharshuh"));
}

/* A name before its kind and "of" stays the name ("the Karada district of
 * Baghdad"); a quoted word that is no name is none ("the city of “peace”"),
 * and a kunya with no place word stays a person's. */
static void
test_kind_of_forms_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("A bomb went off in the Karada district of Baghdad. He called it the city of “peace”. "
                         "Umm Ahmed said her sons were taken.", NULL);

  g_assert_nonnull (place (r, "Karada"));
  g_assert_null (place (r, "peace"));
  g_assert_null (place (r, "Umm Ahmed"));
}

/* "the Anaconda base": a base named by the name of its camp (OurAirports'
 * "Camp Anaconda"), at the airfield; a town's base where no airfield has
 * the town's name stays at the town ("the Hawija base"). */
static void
test_base_by_camp_name (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Mortars hit the Anaconda base on Monday. Soldiers at the Hawija base were on alert.", NULL);
  const SitrepSuggestion *anaconda = place (r, "Anaconda base");
  const SitrepSuggestion *hawija = place (r, "Hawija base");

  g_assert_nonnull (anaconda);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (anaconda->latitude, anaconda->longitude, 33.94, 44.36), <, 2.0);
  g_assert_nonnull (hawija);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (hawija->latitude, hawija->longitude, 35.33, 43.77), <, 2.0);
}

/* ---------------------------------------------------------------- words that are no places */

/* A month beside a number is a date ("in June 2014", "on 30 June"), not
 * Lebanon's Jounieh; a sentence's first word matched loosely to a world
 * city is no city ("Violence across Iraq"); "Several areas" names how many
 * areas, not which. */
static void
test_no_place_words (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Fighting resumed in June 2014 and again on 30 June. Violence across Iraq has spiked. "
                         "Several areas in Idlib were shelled.", NULL);

  g_assert_null (place (r, "June"));
  g_assert_null (place (r, "Violence"));
  g_assert_null (place (r, "Several"));
  g_assert_nonnull (place (r, "Idlib"));
}

/* The same words where a name is meant stay: "the town of June", a world
 * city spelled as its name inside a sentence. */
static void
test_no_place_words_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shells fell on the town of June on Monday. Fans in Valencia cheered.", NULL);

  g_assert_nonnull (place (r, "June"));
  g_assert_nonnull (place (r, "Valencia"));
}

/* "Qastoun al-Sharqi": a village named with a word that tells it from its
 * twin (east, west, big, small) the data lacks is placed at the twin
 * (UCDP's Qastun), doubtful, in a report set in the twin's country; not in
 * a report set elsewhere. */
static void
test_twin_villages (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit Hama and the village of Qastoun al-Sharqi on Monday.", NULL);
  g_autoptr(SitrepSuggestResult) far =
    sitrep_test_suggest ("Shelling hit Mosul and the village of Qastoun al-Sharqi on Monday.", NULL);
  const SitrepSuggestion *qastun = place (r, "Qastoun al-Sharqi");
  const SitrepSuggestion *other = place (far, "Qastoun al-Sharqi");

  g_assert_nonnull (qastun);
  g_assert_true (qastun->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (qastun->latitude, qastun->longitude, 35.37, 36.39), <, 2.0);
  g_assert_nonnull (other);
  g_assert_true (isnan (other->latitude) ||
                 sitrep_gazetteer_distance_km (other->latitude, other->longitude, 35.37, 36.39) > 50.0);
}

/* A guess abroad in a list of villages of the report's country ("Sabha",
 * Jordan's, among villages of Deir ez-Zor) yields to the area of the
 * list's places there, however doubtful they are; a list with no place in
 * a country the report is sure of leaves it. */
static void
test_list_guess_abroad (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("Shelling hit Deir Ezzor. Families fled the villages of Ayyash, At Tuwaymiyah, Al Maashiq and "
                         "Sabha on Monday.", NULL);
  g_autoptr(SitrepSuggestResult) none =
    sitrep_test_suggest ("Families fled the villages of Ayyash, At Tuwaymiyah, Al Maashiq and Sabha on Monday.", NULL);
  const SitrepSuggestion *sabha = place (r, "Sabha");
  const SitrepSuggestion *left = place (none, "Sabha");

  g_assert_nonnull (sabha);
  g_assert_true (sabha->doubtful);
  g_assert_cmpfloat (sitrep_gazetteer_distance_km (sabha->latitude, sabha->longitude, 35.34, 40.14), <, 20.0);
  g_assert_nonnull (left);
  g_assert_true (isnan (left->latitude) ||
                 sitrep_gazetteer_distance_km (left->latitude, left->longitude, 35.34, 40.14) > 100.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest-places-found/lists/after-kind", test_listed_after_kind);
  g_test_add_func ("/sitrep/suggest-places-found/lists/before-kind", test_listed_before_kind);
  g_test_add_func ("/sitrep/suggest-places-found/incidents/places", test_incident_places);
  g_test_add_func ("/sitrep/suggest-places-found/incidents/not-places", test_incident_not_places);
  g_test_add_func ("/sitrep/suggest-places-found/far-spellings", test_far_spellings);
  g_test_add_func ("/sitrep/suggest-places-found/localities/iraq-and-slashes", test_localities);
  g_test_add_func ("/sitrep/suggest-places-found/localities/over-far-guess", test_locality_over_far_guess);
  g_test_add_func ("/sitrep/suggest-places-found/sub-district", test_sub_district);
  g_test_add_func ("/sitrep/suggest-places-found/anchors/placed", test_anchors);
  g_test_add_func ("/sitrep/suggest-places-found/anchors/none", test_no_anchors);
  g_test_add_func ("/sitrep/suggest-places-found/longer-name", test_longer_name);
  g_test_add_func ("/sitrep/suggest-places-found/holders/phrased", test_holders_phrased);
  g_test_add_func ("/sitrep/suggest-places-found/holders/offset", test_holder_offset);
  g_test_add_func ("/sitrep/suggest-places-found/region-over-foreign-spelling", test_region_over_foreign_spelling);
  g_test_add_func ("/sitrep/suggest-places-found/arabic-regions", test_arabic_regions);
  g_test_add_func ("/sitrep/suggest-places-found/glued-heads", test_glued_heads);
  g_test_add_func ("/sitrep/suggest-places-found/bracket-names", test_bracket_names);
  g_test_add_func ("/sitrep/suggest-places-found/list-items", test_list_items);
  g_test_add_func ("/sitrep/suggest-places-found/anchors/one-area", test_one_area);
  g_test_add_func ("/sitrep/suggest-places-found/spelled-twice", test_spelled_twice);
  g_test_add_func ("/sitrep/suggest-places-found/holders/chain", test_holder_chain);
  g_test_add_func ("/sitrep/suggest-places-found/anchors/paragraph", test_paragraph_scene);
  g_test_add_func ("/sitrep/suggest-places-found/lists/guess-near-sure", test_list_guess_near_sure);
  g_test_add_func ("/sitrep/suggest-places-found/far-river", test_far_river);
  g_test_add_func ("/sitrep/suggest-places-found/anchors/possessed-part", test_possessed_part);
  g_test_add_func ("/sitrep/suggest-places-found/city-spelled-otherwise", test_city_spelled_otherwise);
  g_test_add_func ("/sitrep/suggest-places-found/bundled-near-over-world", test_bundled_near_over_world);
  g_test_add_func ("/sitrep/suggest-places-found/lists/in-brackets", test_listed_in_brackets);
  g_test_add_func ("/sitrep/suggest-places-found/kind-of/forms", test_kind_of_forms);
  g_test_add_func ("/sitrep/suggest-places-found/kind-of/forms-not", test_kind_of_forms_not);
  g_test_add_func ("/sitrep/suggest-places-found/base-by-camp-name", test_base_by_camp_name);
  g_test_add_func ("/sitrep/suggest-places-found/no-place-words", test_no_place_words);
  g_test_add_func ("/sitrep/suggest-places-found/no-place-words-not", test_no_place_words_not);
  g_test_add_func ("/sitrep/suggest-places-found/twin-villages", test_twin_villages);
  g_test_add_func ("/sitrep/suggest-places-found/lists/guess-abroad", test_list_guess_abroad);
  return g_test_run ();
}
