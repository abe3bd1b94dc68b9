/* test-suggest-places-arabic.c — Arabic place names as Arabic writes them: with a conjunction or
 * preposition glued before them ("والموصل", "بحلب", "وصلاح الدين"), each rule with a case it must
 * take and one it must leave
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

static guint
n_places (SitrepSuggestResult *result)
{
  guint n = 0;

  for (guint k = 0; k < result->suggestions->len; k++)
    n += ((const SitrepSuggestion *) result->suggestions->pdata[k])->kind == SITREP_SUGGEST_PLACE;
  return n;
}

/* "والموصل", "بحلب": the city, its span without the glued letter; "للموصل"
 * ("ل" + "الموصل", the article's alif dropped) keeps its letters. */
static void
test_glued_prefix (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قتل خمسة مدنيين بحلب يوم الثلاثاء. واستهدف هجومان كركوك والموصل. "
                         "وأرسلت تعزيزات للموصل.", NULL);
  const SitrepSuggestion *aleppo = place (r, "حلب");
  const SitrepSuggestion *mosul = place (r, "الموصل");
  const SitrepSuggestion *to_mosul = place (r, "للموصل");

  g_assert_nonnull (aleppo);
  g_assert_cmpfloat (fabs (aleppo->latitude - 36.20), <, 0.1);
  g_assert_cmpfloat (fabs (aleppo->longitude - 37.16), <, 0.1);
  g_assert_nonnull (mosul);
  g_assert_cmpfloat (fabs (mosul->latitude - 36.34), <, 0.1);
  g_assert_cmpfloat (fabs (mosul->longitude - 43.12), <, 0.1);
  /* The span is the name's: it starts after "و", in code points too. */
  g_assert_cmpuint (mosul->end - mosul->start, ==, g_utf8_strlen ("الموصل", -1));
  g_assert_nonnull (to_mosul);
  g_assert_cmpfloat (fabs (to_mosul->latitude - 36.34), <, 0.1);
  g_assert_nonnull (place (r, "كركوك"));
  g_assert_null (place (r, "بحلب"));
  g_assert_null (place (r, "والموصل"));
}

/* A name that begins with one of those letters is not cut ("بغداد" is
 * Baghdad, "لبنان" Lebanon); words that are no names with a letter glued
 * before them are no places ("وقال", "بعد", "للغاية", "لاحقا"). */
static void
test_glued_prefix_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وقال مسؤول بعد الهجوم إن الوضع خطير للغاية في بغداد. "
                         "وأضاف أن الوضع تحسن لاحقا للغاية.", NULL);
  const SitrepSuggestion *baghdad = place (r, "بغداد");

  g_assert_nonnull (baghdad);
  g_assert_cmpfloat (fabs (baghdad->latitude - 33.34), <, 0.1);
  g_assert_cmpuint (n_places (r), ==, 1);
}

/* "محافظتي كركوك وصلاح الدين", "بمحافظة صلاح الدين": the governorate
 * with "و"/"ب" glued before its name, and the name's span is its two words,
 * not the verb after them. */
static void
test_glued_region (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وقعت هجمات في محافظتي كركوك وصلاح الدين شمال بغداد. "
                         "وفي محافظة صلاح الدين هاجم مسلحون قرية. وانفجرت عبوة بنينوى.", NULL);
  guint n_salah = 0;

  for (guint k = 0; k < r->suggestions->len; k++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[k];

      if (s->kind != SITREP_SUGGEST_PLACE || strcmp (s->text, "صلاح الدين") != 0)
        continue;
      n_salah++;
      g_assert_cmpint (s->scope, ==, SITREP_PLACE_SCOPE_REGION);
      g_assert_cmpstr (s->country, ==, "IQ");
      g_assert_cmpfloat (fabs (s->latitude - 34.6), <, 0.6);
    }
  g_assert_cmpuint (n_salah, ==, 2);
  /* The dual "محافظتي" says Kirkuk is the governorate here. */
  g_assert_nonnull (place (r, "كركوك"));
  g_assert_cmpint (place (r, "كركوك")->scope, ==, SITREP_PLACE_SCOPE_REGION);
  g_assert_nonnull (place (r, "نينوى"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "هاجم"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "وصلاح"));
}

/* Arabic has no capitals: a common word that names a village somewhere
 * ("حول" about, "مصدر" a source, "شهداء" martyrs, "الحربية" military), matched
 * doubtfully with no word before it that says a place follows, is dropped;
 * the same word after "في" stays, and so does a city after any word. */
static void
test_common_words (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وتضاربت الروايات حول حصيلة ضحايا التفجير. وقال مصدر أمني إن بينهم 10 شهداء "
                         "بقصف طائرات النظام الحربية والمدفعية.", NULL);
  g_autoptr(SitrepSuggestResult) cued =
    sitrep_test_suggest ("وسقطت قذيفة في الحربية مساء أمس. وقصفت الطائرات حلب.", NULL);

  g_assert_null (place (r, "حول"));
  g_assert_null (place (r, "مصدر"));
  g_assert_null (place (r, "شهداء"));
  g_assert_null (place (r, "الحربية"));
  g_assert_nonnull (place (cued, "الحربية"));
  g_assert_nonnull (place (cued, "حلب"));
}

/* After a kind of place or a side, a preposition, "one of" or "the
 * country" begins no name ("شمال البلاد", "قرب أحد المطاعم", "بالقرب من");
 * a name there is proposed ("قرب المسرب"). */
static void
test_not_names (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("وانفجرت سيارة مفخخة قرب أحد المطاعم في شمال البلاد بالقرب من السوق. "
                         "وسقطت قذائف قرب المسرب.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "البلاد"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "المطاعم"));
  g_assert_null (place (r, "من"));
  g_assert_nonnull (place (r, "المسرب"));
}

/* Villages the bundled data names in Latin letters only (UCDP's "Jarjanaz",
 * "Maar Shamarin"), written in Arabic near a town the text is sure of:
 * met by their consonants, after a kind of place or after "في", placed at
 * their district's seat, doubtful. */
static void
test_latin_only (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قصفت الطائرات مدينة معرة النعمان وبلدة معرشمارين جنوب إدلب. "
                         "وقتل ثلاثة مدنيين في جرجناز مساء أمس.", NULL);
  const SitrepSuggestion *jarjanaz = place (r, "جرجناز");
  const SitrepSuggestion *shamarin = place (r, "معرشمارين");

  g_assert_nonnull (jarjanaz);
  g_assert_true (jarjanaz->doubtful);
  g_assert_cmpfloat (fabs (jarjanaz->latitude - 35.65), <, 0.05);
  g_assert_cmpfloat (fabs (jarjanaz->longitude - 36.68), <, 0.05);
  g_assert_nonnull (shamarin);
  g_assert_cmpfloat (fabs (shamarin->latitude - 35.65), <, 0.05);
}

/* The same name in a report set far from its district is not taken; a
 * word after "في" whose consonants name no village near the text's places
 * is none ("في المستشفى"). */
static void
test_latin_only_not (void)
{
  g_autoptr(SitrepSuggestResult) far =
    sitrep_test_suggest ("وقصفت الطائرات البصرة. وقتل ثلاثة مدنيين في جرجناز مساء أمس.", NULL);
  g_autoptr(SitrepSuggestResult) word =
    sitrep_test_suggest ("قصفت الطائرات مدينة معرة النعمان جنوب إدلب. "
                         "وتوفي ثلاثة جرحى في المستشفى مساء أمس.", NULL);

  g_assert_null (place (far, "جرجناز"));
  g_assert_nonnull (place (word, "معرة النعمان"));
  g_assert_null (place (word, "المستشفى"));
}

/* "قصفت الطائرات بلدات التمانعة والهبيط وقلعة المضيق", "حيي الميدان
 * والقدم": every name of a list an Arabic plural or dual noun of places
 * heads, each without the "و" glued to it, a name going on by its words
 * with "ال" ("قلعة المضيق"). */
static void
test_listed (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قصفت الطائرات بلدات التمانعة والهبيط وقلعة المضيق في ريف حماة. "
                         "وقتل رجل برصاص قناص في حيي الميدان والقدم.", NULL);

  g_assert_true (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "التمانعة"));
  g_assert_true (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الهبيط"));
  g_assert_nonnull (place (r, "قلعة المضيق"));
  g_assert_nonnull (place (r, "الميدان"));
  g_assert_nonnull (place (r, "القدم"));
}

/* Not names: an adjective of the plural noun ("أحياء سكنية"), a verb in
 * the plural after the list ("وتمركزوا"), "several", "the capital". */
static void
test_listed_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قصفت الطائرات أحياء سكنية وأحياء عدة وقرى عدة. دخلت القوات قرى الهبيط وتمركزوا فيها. "
                         "وسقطت قذائف على أحياء العاصمة.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "سكنية"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "عدة"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "تمركزوا"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "العاصمة"));
  g_assert_true (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الهبيط"));
}

/* Arabic places the gazetteer lacks, placed at what their text says holds
 * them, doubtful: a clause with the names in brackets ("قرية (X) بناحية
 * (Y) شمال شرق مدينة Z"), a noun standing for the city named before ("وسط
 * المدينة"), "التابعة لناحية Y", the places of their list, the city
 * named before a neighbourhood ("حي X"). */
static void
test_holders (void)
{
  g_autoptr(SitrepSuggestResult) iraq =
    sitrep_test_suggest ("انفجرت عبوة ناسفة في قرية (الحويجب) بناحية (أبو شويط) شمال شرق مدينة بعقوبة. "
                         "وقتل شرطي في مدينة الرمادي، وانفجرت عبوة ثانية في منطقة (المعيلية) وسط المدينة.", NULL);
  g_autoptr(SitrepSuggestResult) syria =
    sitrep_test_suggest ("قصف الطيران مدينة الميادين وقرية البوشمير. وقتل مدني في مدينة دير الزور. وسقطت قذائف على مدينة حمص، "
                         "وأصيب مدنيان في حيِ الورشيات. وقتل راع بلغم قرب قرية أم الطراطير التابعة لناحية تل الضمان.", NULL);
  const struct { gboolean iraq; const char *name; double lat, lon; } held[] = {
    { TRUE, "الحويجب", 33.75, 44.61 }, { TRUE, "أبو شويط", 33.75, 44.61 }, { TRUE, "المعيلية", 33.42, 43.31 },
    { FALSE, "البوشمير", 35.02, 40.45 }, { FALSE, "الورشيات", 34.73, 36.72 }, { FALSE, "أم الطراطير", 35.81, 37.25 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (held); k++)
    {
      const SitrepSuggestion *s = place (held[k].iraq ? iraq : syria, held[k].name);

      g_assert_nonnull (s);
      g_assert_true (s->doubtful);
      g_assert_cmpfloat (fabs (s->latitude - held[k].lat), <, 0.05);
      g_assert_cmpfloat (fabs (s->longitude - held[k].lon), <, 0.05);
    }
  /* "التابعة" opens the clause; it is no part of the name; "حيِ" is no place. */
  g_assert_null (place (syria, "أم الطراطير التابعة"));
  g_assert_false (sitrep_test_any_suggestion_holds (syria, SITREP_SUGGEST_PLACE, "حيِ"));
}

/* No city named before the neighbourhood, a village people come from: unplaced. */
static void
test_holders_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("أصيب مدنيان في حي الورشيات. ووصل نازحون من قرية الحويجب إلى مدينة بعقوبة.", NULL);
  const SitrepSuggestion *quarter = place (r, "الورشيات");
  const SitrepSuggestion *village = place (r, "الحويجب");

  g_assert_nonnull (quarter);
  g_assert_true (isnan (quarter->latitude) || quarter->doubtful);
  g_assert_nonnull (village);
  g_assert_true (isnan (village->latitude) || village->doubtful);
}

/* Names in quotes after a kind word ("قرية «X»", "بلدة “X”"), and "بادية" as a kind word: placed at the
 * town their clause names, doubtful; quotes with no kind word before them hold no place. */
static void
test_quoted (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("قتل مدنيان في قرية «الكسرات» شرق مدينة الرقة. وقتل جندي ببادية الحمى شرق مدينة تدمر. "
                         "وقال «المرصد» إن «الحمدان» أصيب.", NULL);
  const struct { const char *name; double lat, lon; } held[] = {
    { "الكسرات", 35.95, 39.01 }, { "الحمى", 34.56, 38.28 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (held); k++)
    {
      const SitrepSuggestion *s = place (r, held[k].name);

      g_assert_nonnull (s);
      g_assert_true (s->doubtful);
      g_assert_cmpfloat (fabs (s->latitude - held[k].lat), <, 0.05);
      g_assert_cmpfloat (fabs (s->longitude - held[k].lon), <, 0.05);
    }
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "المرصد"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الحمدان"));
}

/* Words the gazetteer holds as places that their grammar shows to be plain words: a noun of a place with
 * the article ("في الحي", the quarter named before), a feminine adjective after a feminine noun, neither
 * with the article ("طائرات حربية" warplanes, "سيارة حديثة" a new car); the same words after a kind of place,
 * or after a preposition, are names. */
static void
test_plain_words (void)
{
  g_autoptr(SitrepSuggestResult) plain =
    sitrep_test_suggest ("قصفت طائرات حربية مدينة دير الزور. وقال إن مسلحين يستقلون سيارة حديثة فتحوا النار. "
                         "ووصل 13 جريحا إلى النقطة الطبية في الحي.", NULL);
  g_autoptr(SitrepSuggestResult) names =
    sitrep_test_suggest ("قتل جندي في حديثة غرب الأنبار. وسقطت قذائف على قرية الحي في واسط.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "حربية"));
  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "حديثة"));
  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "الحي"));
  g_assert_true (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "دير الزور"));
  g_assert_true (sitrep_test_any_suggestion_holds (names, SITREP_SUGGEST_PLACE, "حديثة"));
  g_assert_true (sitrep_test_any_suggestion_holds (names, SITREP_SUGGEST_PLACE, "الحي"));
}

/* A word after "و" joined to a word of its own kind that is no place is no place either: a preposition
 * without its object before it ("داخل وحول", inside and around), an adjective that agrees with its noun
 * ("ديانات قديمة وحديثة", "أسلحة خفيفة وحديثة"); after a place ("هيت وحديثة") or a preposition before the
 * first ("في عنة وحديثة") it is a town in a list. */
static void
test_plain_words_joined (void)
{
  g_autoptr(SitrepSuggestResult) plain =
    sitrep_test_suggest ("قتل عشرات في اشتباكات دارت داخل وحول مدينة دير الزور. "
                         "واستخدم المهاجمون أسلحة خفيفة وحديثة في هجومهم على حاجز قرب مورك.", NULL);
  g_autoptr(SitrepSuggestResult) names =
    sitrep_test_suggest ("وتركزت الاشتباكات في محيط هيت وحديثة والرطبة غربي العراق. "
                         "وهاجم عناصر التنظيم القائم وحديثة وراوة غربي الأنبار.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "حول"));
  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "حديثة"));
  g_assert_true (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "دير الزور"));
  g_assert_true (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "مورك"));
  g_assert_true (sitrep_test_any_suggestion_holds (names, SITREP_SUGGEST_PLACE, "حديثة"));
  g_assert_true (sitrep_test_any_suggestion_holds (names, SITREP_SUGGEST_PLACE, "راوة"));
}

/* A part of the body where a sentence's wound is ("أصيب بطلق ناري في الرأس", "بشظية بالرأس") is no
 * village (Ar Rās); after a kind of settlement, or with no wound in its sentence, it is left to the
 * gazetteer; "رأس العين" is a town. */
static void
test_plain_words_wound (void)
{
  g_autoptr(SitrepSuggestResult) plain =
    sitrep_test_suggest ("أصيب شاب بطلق ناري في الرأس خلال اشتباك في بلدة الصنمين شمالي درعا. "
                         "وأصيب طفل بشظية بالرأس جراء قصف على بلدة سراقب.", NULL);
  g_autoptr(SitrepSuggestResult) names =
    sitrep_test_suggest ("قصفت القوات التركية محيط مدينة رأس العين شمال غربي الحسكة وأصيب مدني. "
                         "وأصيب مزارع برصاص الجنود قرب قرية الرأس في الضفة الغربية.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "الرأس"));
  g_assert_true (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "الصنمين"));
  g_assert_true (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "سراقب"));
  g_assert_true (sitrep_test_any_suggestion_holds (names, SITREP_SUGGEST_PLACE, "رأس العين"));
  g_assert_true (sitrep_test_any_suggestion_holds (names, SITREP_SUGGEST_PLACE, "الرأس"));
}

/* An adjective of a noun of an area without the article ("منطقة سكنية" a residential area, "منطقة
 * صحراوية مترامية", "أحياء خاضعة لسيطرة") is no place; a name with the article after it is. */
static void
test_plain_words_area (void)
{
  g_autoptr(SitrepSuggestResult) plain =
    sitrep_test_suggest ("سقطت قذيفة على منطقة سكنية في مدينة منبج. واستهدف قصف جوي منطقة نائية في ريف دير الزور. "
                         "وتعرضت أحياء خاضعة لسيطرة قوات النظام في مدينة درعا لقصف عنيف.", NULL);
  g_autoptr(SitrepSuggestResult) names =
    sitrep_test_suggest ("قتل ثلاثة مدنيين بقصف على مدينة سلمية شرقي حماة.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "سكنية"));
  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "نائية"));
  g_assert_false (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "خاضعة"));
  g_assert_true (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "منبج"));
  g_assert_true (sitrep_test_any_suggestion_holds (plain, SITREP_SUGGEST_PLACE, "درعا"));
  g_assert_true (sitrep_test_any_suggestion_holds (names, SITREP_SUGGEST_PLACE, "سلمية"));
}

/* A name in brackets or quotes goes on by "و" and the next in brackets
 * ("بلدة “X” و”Y”", "قريتي (X) و(Y)", the first known or not), and two
 * in brackets after "في" are places too ("في (X) و(Y)"). */
static void
test_bracketed_list (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("سقطت قذائف هاون على بلدة “الزيارة” و”المشيك” في سهل الغاب غربي حماة، وأصيب مدنيان.", NULL);
  g_autoptr(SitrepSuggestResult) pair =
    sitrep_test_suggest ("قالت مصادر محلية إن القصف طال قريتي (كفرنبودة) و(الهبيط) في ريف إدلب الجنوبي.", NULL);
  g_autoptr(SitrepSuggestResult) in =
    sitrep_test_suggest ("وقتل طفل في (معرشورين) و(الدير الغربي) جنوبي إدلب.", NULL);

  g_assert_nonnull (sitrep_test_find_suggestion (r, SITREP_SUGGEST_PLACE, "المشيك"));
  g_assert_nonnull (sitrep_test_find_suggestion (pair, SITREP_SUGGEST_PLACE, "الهبيط"));
  g_assert_nonnull (sitrep_test_find_suggestion (in, SITREP_SUGGEST_PLACE, "معرشورين"));
  g_assert_nonnull (sitrep_test_find_suggestion (in, SITREP_SUGGEST_PLACE, "الدير الغربي"));
}

/* A group's name in quotes after "في" is no place; one name in brackets
 * after "في" is no list. */
static void
test_bracketed_list_not (void)
{
  g_autoptr(SitrepSuggestResult) r =
    sitrep_test_suggest ("انشق عنصر في “هيئة تحرير الشام” عن الفصيل في إدلب. وقتل آخر في (الفرقة) أمس.", NULL);

  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "هيئة"));
  g_assert_false (sitrep_test_any_suggestion_holds (r, SITREP_SUGGEST_PLACE, "الفرقة"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/suggest-places-arabic/glued-prefix", test_glued_prefix);
  g_test_add_func ("/sitrep/suggest-places-arabic/glued-prefix-not", test_glued_prefix_not);
  g_test_add_func ("/sitrep/suggest-places-arabic/glued-region", test_glued_region);
  g_test_add_func ("/sitrep/suggest-places-arabic/common-words", test_common_words);
  g_test_add_func ("/sitrep/suggest-places-arabic/not-names", test_not_names);
  g_test_add_func ("/sitrep/suggest-places-arabic/latin-only", test_latin_only);
  g_test_add_func ("/sitrep/suggest-places-arabic/latin-only-not", test_latin_only_not);
  g_test_add_func ("/sitrep/suggest-places-arabic/listed", test_listed);
  g_test_add_func ("/sitrep/suggest-places-arabic/listed-not", test_listed_not);
  g_test_add_func ("/sitrep/suggest-places-arabic/holders", test_holders);
  g_test_add_func ("/sitrep/suggest-places-arabic/holders-not", test_holders_not);
  g_test_add_func ("/sitrep/suggest-places-arabic/quoted", test_quoted);
  g_test_add_func ("/sitrep/suggest-places-arabic/plain-words", test_plain_words);
  g_test_add_func ("/sitrep/suggest-places-arabic/plain-words-joined", test_plain_words_joined);
  g_test_add_func ("/sitrep/suggest-places-arabic/plain-words-wound", test_plain_words_wound);
  g_test_add_func ("/sitrep/suggest-places-arabic/plain-words-area", test_plain_words_area);
  g_test_add_func ("/sitrep/suggest-places-arabic/bracketed-list", test_bracketed_list);
  g_test_add_func ("/sitrep/suggest-places-arabic/bracketed-list-not", test_bracketed_list_not);
  return g_test_run ();
}
