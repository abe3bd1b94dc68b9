/* bench-corpus.c — deterministic generator of news-like articles for the benchmarks
 *
 * The articles read like wire reports on the war in Syria: a headline, a
 * dateline, paragraphs of sentences built from templates with places,
 * actors, weapons, figures and dates, sometimes a "Source:" line. Each
 * article has a topic (an attack, a security sweep, aid, displacement,
 * talks, detentions, the economy, foreign strikes), a main town in a
 * governorate, a few places nearby and two parties, so words cluster as in
 * real reporting and full-text search sees realistic posting lists: a
 * governorate's name is in a fifth of the articles, most towns in a few.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sitrep-bench"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <time.h>

#include "bench-corpus.h"

struct _BenchCorpus
{
  guint64 state;
  guint   serial;
};

/* Governorates, each with its towns; the first ones are where most
 * reporting comes from, as in real coverage of the war. */
typedef struct
{
  const char *name;
  const char *places[18];
} Governorate;

static const Governorate governorates[] = {
  { "Idlib", { "Idlib", "Saraqib", "Maarat al-Numan", "Khan Shaykhun", "Jisr al-Shughur", "Ariha",
               "Kafr Nabl", "Sarmada", "Harem", "Binnish", "Taftanaz", "Atmeh", "Dana", "Salqin", NULL } },
  { "Deir ez-Zor", { "Deir ez-Zor", "al-Mayadin", "Albu Kamal", "Hajin", "al-Shaafa", "Susah", "Baghuz",
                     "Diban", "Gharanij", "Shuhayl", "Busayrah", "Khasham", "al-Kasrah", "Muhasan", NULL } },
  { "Daraa", { "Daraa", "Jasim", "Tafas", "Nawa", "Sanamayn", "Busra al-Sham", "Inkhil", "Muzayrib",
               "Tasil", "Da'el", "Izra", "al-Harak", NULL } },
  { "Aleppo", { "Aleppo", "al-Bab", "Manbij", "Jarabulus", "Afrin", "Azaz", "Tell Rifaat", "Atarib",
                "Darat Izza", "Deir Hafer", "Maskanah", "Anadan", "Safira", NULL } },
  { "Raqqa", { "Raqqa", "Tabqa", "Sabkha", "Maadan", "Tal Abyad", "Ain Issa", "Karama", NULL } },
  { "Hasakah", { "Hasakah", "Qamishli", "Ras al-Ain", "Amuda", "Tal Tamr", "al-Hol", "Shaddadi",
                 "Markadah", "Derik", NULL } },
  { "Homs", { "Homs", "Palmyra", "Qusayr", "Talbiseh", "Rastan", "Sukhnah", "Qaryatayn", "Tiyas", NULL } },
  { "Hama", { "Hama", "Mhardeh", "Salamiyah", "Suqaylabiyah", "Kafr Zita", "Latamneh", "Morek",
              "Qalaat al-Madiq", NULL } },
  { "Rif Dimashq", { "Douma", "Harasta", "Zabadani", "Madaya", "Dumayr", "Yabroud", "Qudsaya",
                     "Jaramana", "Saqba", "Kafr Batna", NULL } },
  { "Damascus", { "Damascus", "Yarmouk", "Jobar", "Mezzeh", "Qaboun", NULL } },
  { "Latakia", { "Latakia", "Jableh", "Qardaha", "Kinsabba", "Slinfah", NULL } },
  { "Quneitra", { "Quneitra", "Khan Arnabeh", "Jubata al-Khashab", NULL } },
  { "Suwayda", { "Suwayda", "Shahba", "Salkhad", "Qrayya", NULL } },
  { "Tartus", { "Tartus", "Baniyas", "Safita", NULL } },
};

static const char *actors[] = {
  "Syrian government forces", "the Syrian Arab Army", "the Syrian Democratic Forces",
  "Hayat Tahrir al-Sham", "Turkish-backed factions", "pro-government militias",
  "the National Defence Forces", "Iranian-backed groups", "the Fourth Division",
  "the Syrian National Army", "the Eighth Brigade", "local fighters", "Kurdish YPG units",
  "the Tiger Forces", "Hurras al-Din", "tribal fighters",
};

static const char *attacks[] = {
  "an airstrike", "artillery shelling", "a car bomb", "an improvised explosive device",
  "a drone strike", "a roadside bomb", "rocket fire", "an ambush", "a suicide attack",
  "mortar fire", "a landmine", "a barrel bomb", "sniper fire", "a motorcycle bomb",
};

static const char *strike_verbs[] = {
  "attacked", "shelled", "struck", "ambushed", "raided", "targeted", "bombarded", "stormed",
};

static const char *targets[] = {
  "market", "checkpoint", "bus", "military convoy", "school", "bakery", "hospital",
  "mosque", "water station", "fuel depot", "refugee camp", "bridge", "power plant",
  "village square", "weapons depot", "command post", "grain silo", "olive press",
};

static const char *agencies[] = {
  "SANA", "SOHR", "Reuters", "AFP", "SouthFront", "Enab Baladi", "North Press Agency",
  "Syria Direct", "thecradle", "Al-Masdar News", "Deir ez-Zor 24", "Horan Free League",
  "Step News", "Hawar News", "Anadolu", "AP",
};

static const char *monitors[] = {
  "Syrian Observatory for Human Rights", "Syrian Network for Human Rights",
  "Violations Documentation Center", "Syrian Civil Defence",
};

static const char *officials[] = {
  "a military source", "a local council official", "a spokesman for the SDF",
  "Major General Oleg Yegorov", "the governor of the province", "a commander of the Eighth Brigade",
  "a doctor at the local hospital", "the Russian Reconciliation Center", "a coalition spokesman",
  "the Interior Ministry", "a UN spokesperson", "the head of the local council",
};

static const char *quotes[] = {
  "the operation would continue until the area was secured",
  "the attackers had fled towards the desert",
  "the number of dead was likely to rise",
  "several of the wounded were in a critical condition",
  "no civilians had been harmed",
  "the strike had hit a residential building, not a military post",
  "reinforcements had been sent from the provincial capital",
  "aid convoys could not reach the area because of the fighting",
  "the situation was calm but tense",
  "talks with the tribal elders were continuing",
};

static const char *kunyas[] = {
  "Abdul Rahman al-Iraqi", "Muawiya al-Falih", "Khaled al-Adelbi", "Omar al-Shishani",
  "Hamza al-Homsi", "Bakr al-Ansari", "Yahya al-Hamawi", "Suhaib al-Dairi",
};

static const char *quarters[] = {
  "northern", "southern", "eastern", "western", "old", "industrial", "central",
};

static const char *weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

static const char *months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};

static const char *killed_words[] = { "killed", "left dead", "claimed the lives of" };
static const char *wounded_words[] = { "wounded", "injured", "hurt" };

/* A topic gives an article its headline and most of its sentences, so
 * words cluster the way they do in real reporting: "cholera" is in aid
 * stories, "ambush" in security ones. */
typedef struct
{
  guint       weight;
  const char *titles[5];
  const char *sentences[14];
} Topic;

static const Topic topics[] = {
  { 30,
    { "{n} killed in {attack} on {place} {target}", "{attack} kills {n} in {place}",
      "{place}: {n} civilians {wounded} as {attack} hits {target}",
      "Death toll from {attack} in {place} rises to {n2}", NULL },
    { "{actor} {struck} positions held by {rival} near {place} on {weekday}, killing at least {n} fighters and wounding {n2} others, according to {agency}.",
      "The attack hit a {target} in the {quarter} part of {place} shortly after {hour} a.m. local time.",
      "Local sources told {agency} that {n} civilians, including {k} children, were among the dead.",
      "The {monitor} put the death toll at {n}, while state media reported {n2} dead and more than {N} {wounded}.",
      "Medical staff at the national hospital in {place} said they had received {n} {wounded}, {k} of them in a critical condition.",
      "The wounded were taken to hospitals in {near} and {gov}, where doctors reported shortages of blood.",
      "Footage shared on social media showed thick smoke rising over the {target} in {place}.",
      "No group immediately claimed responsibility for the attack.",
      "A spokesman for {rival} denied the claims, saying its fighters had only targeted a {target} used by {actor}.",
      "The attack came a week after {attack} on a {target} in {near} {killed} {n} people.",
      "Rescue workers searched the rubble of {k} buildings for survivors well into the night.",
      NULL } },
  { 15,
    { "Security operation in {place} claims more than {n} ISIS fighters", "ISIS cells ambush convoy near {place}",
      "Sweep of the {gov} desert ends with {n} arrests", NULL },
    { "{actor} launched a security operation against ISIS cells in {place} on {month} {day}, imposing a curfew on the town.",
      "In a statement released on {month} {day}, {official} said the cells in {place} were behind the bombing of a bus near {near}.",
      "At least {n} militants, including a senior commander known as Abu {kunya}, were reported killed in the raids.",
      "ISIS cells have stepped up ambushes on the road between {place} and {near} since {month}.",
      "The desert around {place} has served as a hideout for the group since it lost its last territory in 2019.",
      "Troops seized weapons, explosive belts and {k} vehicles during the sweep, according to {agency}.",
      "Residents said checkpoints had been set up at every entrance to {place}.",
      "Reinforcements from {actor} were seen moving along the M{k} highway towards {place}.",
      "Sleeper cells are blamed for a wave of assassinations of local officials in {gov}.",
      NULL } },
  { 12,
    { "Aid convoy reaches {place} after {k} weeks", "UN warns of food shortages in {gov}",
      "Hospital in {place} runs out of fuel", NULL },
    { "Aid workers said {n} trucks carrying food and medicine had reached {place}, the first convoy in {k} weeks.",
      "The World Food Programme warned that more than {thousands} people in {gov} province rely on bread distributions.",
      "A water station serving {place} and {near} has been out of service since it was damaged in {month}.",
      "Doctors at the only working hospital in {place} said they were rationing fuel for the generators.",
      "Cross-border aid through Bab al-Hawa remains the main lifeline for the north-west.",
      "Humanitarian agencies called on all parties to allow safe passage for medical teams.",
      "A cholera outbreak has been reported in camps near {place}, with {n} suspected cases.",
      "Prices of flour and cooking gas in {place} have doubled since the start of the year.",
      NULL } },
  { 10,
    { "Thousands flee {place} as fighting spreads", "Displaced families return to {place}",
      "Camps near {near} overwhelmed by new arrivals", NULL },
    { "Humanitarian agencies warned that more than {thousands} people have been displaced from {place} and surrounding villages since the start of the year.",
      "Families fleeing {place} said they had left with little more than blankets and documents.",
      "Camps near {near} are already hosting {thousands} people, many of them in tents that flood in winter.",
      "Some families returned to {place} after the fighting eased, only to find their homes looted.",
      "Local councils in {gov} said they could not register the new arrivals fast enough.",
      "The UN refugee agency said {k} out of ten displaced households had no regular income.",
      "Aid groups said the new camps near {near} lack clean water and latrines.",
      "Many of the displaced have moved several times since {year}.",
      "Children in the camps near {near} have been out of school for months.",
      NULL } },
  { 10,
    { "Ceasefire strained in {gov} after {k} days of shelling", "Talks on {place} stall over prisoner exchange",
      "Tribal leaders broker truce in {place}", NULL },
    { "The ceasefire brokered in {month} {year} has largely collapsed in the {gov} countryside.",
      "Negotiations between {actor} and {rival} over the future of {place} stalled on {weekday}.",
      "Tribal leaders from {place} met officials of {actor} to discuss a handover of the town.",
      "Under the deal, fighters who refuse the settlement would be moved to the north with their families.",
      "Diplomats said the talks in Astana had produced no agreement on {gov}.",
      "The Russian Reconciliation Center said the truce had been violated {n} times in a week.",
      "Opposition figures accused {actor} of using the talks to regroup.",
      NULL } },
  { 8,
    { "Dozens detained in raids on {place}", "Rights group documents {n} arrests in {gov}",
      "Families demand news of detainees from {place}", NULL },
    { "According to the {monitor}, more than {n} people were detained during raids on {place} and {near}.",
      "Relatives said the detainees had been taken to an unknown location and denied lawyers.",
      "The {monitor} documented {n} cases of torture in {gov} detention centres since {month}.",
      "Among those detained were {k} men who had returned from Lebanon under a settlement deal.",
      "{actor} denied holding any civilians, saying those arrested were wanted on criminal charges.",
      "Human rights lawyers said many of the detainees had been held without charge for months.",
      "The raids followed a protest in {place} against rising prices and forced conscription.",
      "{k} of the detainees were released on {weekday} after their families paid bribes, relatives said.",
      "Conscription campaigns in {gov} have driven many young men into hiding.",
      NULL } },
  { 8,
    { "Fuel crisis hits {place} as queues grow", "Bread prices soar in {gov}",
      "Power cuts last {k} hours a day in {place}", NULL },
    { "Queues at petrol stations in {place} stretched for several kilometres on {weekday}.",
      "The Syrian pound fell to a new low of {thousands} against the dollar on the black market.",
      "Electricity in {place} is available for only {k} hours a day, residents said.",
      "Farmers in {gov} said the wheat harvest was the worst in {k} years because of drought.",
      "Traders blamed smuggling and checkpoint fees for the rise in prices.",
      "Officials promised new shipments of fuel within {k} days.",
      "Bakeries in {place} cut the daily bread ration to {k} bundles per family.",
      "Many families in {place} depend on money sent by relatives abroad.",
      "Shopkeepers in {place} said customers could no longer afford meat or cheese.",
      "The government raised the official price of diesel again in {month}.",
      NULL } },
  { 7,
    { "Israeli strikes hit positions near {place}", "Turkish drones target SDF in {place}",
      "Coalition raid kills ISIS official near {place}", NULL },
    { "Israeli missiles struck positions of Iranian-backed groups near {place}, according to {agency}.",
      "Turkish drones targeted a car near {place}, killing {k} members of the SDF.",
      "The US-led coalition said a helicopter raid near {place} had killed a senior ISIS official.",
      "Air defences intercepted most of the missiles, state media said, quoting a military source.",
      "Ankara has threatened a new ground operation against Kurdish forces east of the Euphrates.",
      "Satellite images showed {k} warehouses destroyed at the site.",
      "It was the latest in a series of strikes on targets linked to Iran in {gov}.",
      "The SDF said the drone attacks had killed {n} civilians since the start of the year.",
      "Washington keeps several hundred troops in north-east Syria to fight ISIS.",
      NULL } },
};

static const char *generic_sentences[] = {
  "Residents reported hearing explosions across {place} and {near} throughout the night.",
  "The road between {place} and {near} remained closed to traffic on {weekday}.",
  "{official} said {quote}.",
  "{agency} could not independently verify the reports.",
  "{place} has changed hands several times since the war began in 2011.",
  "The {gov} countryside has been a stronghold of {actor} since {year}.",
  "A resident who asked not to be named said the situation in {place} was getting worse every week.",
  "Schools in {place} were closed for {k} days.",
  "The war has killed hundreds of thousands of people since 2011 and displaced about half of the country's pre-war population.",
  "Communications in {place} were cut for several hours, making it hard to confirm casualty figures.",
  "{agency} was not able to reach officials for comment.",
  "Local activists posted the names of {k} victims on social media on {weekday}.",
  "Checkpoints on the outskirts of {place} were reinforced, according to residents.",
  "The area is divided between {actor} and {rival}, with front lines that have barely moved in months.",
  "Funerals for the victims were held in {place} on {weekday}.",
  "Journalists are rarely allowed into {gov}, and most reports come from local activists.",
  "Winter storms have added to the hardship in {gov}, where many homes have no heating.",
  "The United Nations envoy called for restraint and a return to negotiations.",
  "A previous round of violence in {month} {killed} {n} people in {near}.",
  "Officials in {gov} did not respond to requests for comment.",
  NULL,
};

/* Who, where and when of one article: sentences reuse them. */
typedef struct
{
  const char *gov;
  const char *place;
  const char *near[2];
  const char *actor;
  const char *rival;
  const char *agency;
  guint       day;
  guint       month;
  guint       year;
  GDateWeekday weekday;
} Story;

/* splitmix64: small, fast, and the same everywhere. */
static guint64
next_u64 (BenchCorpus *self)
{
  guint64 z = (self->state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

static guint
uniform (BenchCorpus *self,
         guint        n)
{
  return (guint) (next_u64 (self) % n);
}

static guint
range (BenchCorpus *self,
       guint        lo,
       guint        hi)
{
  return lo + uniform (self, hi - lo + 1);
}

/* Zipf-like choice: item i has weight 1/(i+1). */
static guint
skewed (BenchCorpus *self,
        guint        n)
{
  double total = 0;
  double x;

  for (guint i = 0; i < n; i++)
    total += 1.0 / (i + 1);
  x = (next_u64 (self) >> 11) * (1.0 / 9007199254740992.0) * total;
  for (guint i = 0; i < n; i++)
    {
      x -= 1.0 / (i + 1);
      if (x <= 0)
        return i;
    }
  return n - 1;
}

static guint
strv_len (const char * const *strv)
{
  guint n = 0;

  while (strv[n] != NULL)
    n++;
  return n;
}

#define PICK(self, array) ((array)[uniform ((self), G_N_ELEMENTS (array))])

static const char *
pick_place (BenchCorpus        *self,
            const Governorate  *gov)
{
  return gov->places[skewed (self, strv_len (gov->places))];
}

static void
capitalize_first (GString *s,
                  gsize    from)
{
  if (from < s->len)
    s->str[from] = g_ascii_toupper (s->str[from]);
}

/* Expands {slot}s of @template into @s. */
static void
expand (BenchCorpus *self,
        const Story *story,
        GString     *s,
        const char  *template)
{
  const char *p = template;

  while (*p != '\0')
    {
      const char *end;
      char slot[16];
      gsize len;

      if (*p != '{' || (end = strchr (p, '}')) == NULL || (len = end - p - 1) >= sizeof slot)
        {
          g_string_append_c (s, *p++);
          continue;
        }
      memcpy (slot, p + 1, len);
      slot[len] = '\0';
      p = end + 1;

      if (g_str_equal (slot, "place"))
        g_string_append (s, story->place);
      else if (g_str_equal (slot, "near"))
        g_string_append (s, story->near[uniform (self, 2)]);
      else if (g_str_equal (slot, "gov"))
        g_string_append (s, story->gov);
      else if (g_str_equal (slot, "actor"))
        g_string_append (s, story->actor);
      else if (g_str_equal (slot, "rival"))
        g_string_append (s, story->rival);
      else if (g_str_equal (slot, "agency"))
        g_string_append (s, uniform (self, 3) == 0 ? PICK (self, agencies) : story->agency);
      else if (g_str_equal (slot, "weekday"))
        g_string_append (s, weekdays[story->weekday - 1]);
      else if (g_str_equal (slot, "month"))
        g_string_append (s, months[uniform (self, 3) == 0 ? uniform (self, 12) : story->month - 1]);
      else if (g_str_equal (slot, "day"))
        g_string_append_printf (s, "%u", range (self, 1, 28));
      else if (g_str_equal (slot, "year"))
        g_string_append_printf (s, "%u", range (self, 2012, story->year));
      else if (g_str_equal (slot, "hour"))
        g_string_append_printf (s, "%u", range (self, 1, 11));
      else if (g_str_equal (slot, "n"))
        g_string_append_printf (s, "%u", range (self, 2, 40));
      else if (g_str_equal (slot, "n2"))
        g_string_append_printf (s, "%u", range (self, 3, 60));
      else if (g_str_equal (slot, "N"))
        g_string_append_printf (s, "%u", range (self, 10, 300));
      else if (g_str_equal (slot, "k"))
        g_string_append_printf (s, "%u", range (self, 2, 9));
      else if (g_str_equal (slot, "thousands"))
        g_string_append_printf (s, "%u,%03u", range (self, 1, 250), uniform (self, 1000));
      else if (g_str_equal (slot, "attack"))
        g_string_append (s, PICK (self, attacks));
      else if (g_str_equal (slot, "struck"))
        g_string_append (s, PICK (self, strike_verbs));
      else if (g_str_equal (slot, "target"))
        g_string_append (s, PICK (self, targets));
      else if (g_str_equal (slot, "official"))
        g_string_append (s, PICK (self, officials));
      else if (g_str_equal (slot, "quote"))
        g_string_append (s, PICK (self, quotes));
      else if (g_str_equal (slot, "monitor"))
        g_string_append (s, PICK (self, monitors));
      else if (g_str_equal (slot, "kunya"))
        g_string_append (s, PICK (self, kunyas));
      else if (g_str_equal (slot, "quarter"))
        g_string_append (s, PICK (self, quarters));
      else if (g_str_equal (slot, "killed"))
        g_string_append (s, PICK (self, killed_words));
      else if (g_str_equal (slot, "wounded"))
        g_string_append (s, PICK (self, wounded_words));
      else
        g_assert_not_reached ();
    }
}

static const Topic *
pick_topic (BenchCorpus *self)
{
  guint total = 0;
  guint x;

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    total += topics[i].weight;
  x = uniform (self, total);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      if (x < topics[i].weight)
        return &topics[i];
      x -= topics[i].weight;
    }
  return &topics[0];
}

/* The next sentence: mostly from the topic, some general; a template is
 * not used twice in one article until all have been. */
static void
append_sentence (BenchCorpus *self,
                 const Story *story,
                 const Topic *topic,
                 guint64     *used_topic,
                 guint64     *used_generic,
                 GString     *s)
{
  guint n_topic = strv_len (topic->sentences);
  guint n_generic = strv_len (generic_sentences);
  gsize start = s->len;
  gboolean generic = uniform (self, 10) < 4;
  const char *template;
  guint64 *used = generic ? used_generic : used_topic;
  guint n = generic ? n_generic : n_topic;
  guint i;

  if (*used == (G_GUINT64_CONSTANT (1) << n) - 1)
    *used = 0;
  do
    i = uniform (self, n);
  while (*used & (G_GUINT64_CONSTANT (1) << i));
  *used |= G_GUINT64_CONSTANT (1) << i;
  template = generic ? generic_sentences[i] : topic->sentences[i];

  expand (self, story, s, template);
  capitalize_first (s, start);
}

BenchCorpus *
bench_corpus_new (guint64 seed)
{
  BenchCorpus *self = g_new0 (BenchCorpus, 1);

  self->state = seed;
  return self;
}

void
bench_corpus_free (BenchCorpus *self)
{
  g_free (self);
}

void
bench_article_free (BenchArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->title);
  g_free (article->text);
  g_free (article->body);
  g_free (article->source);
  g_free (article->published);
  g_free (article->url);
  g_free (article);
}

BenchArticle *
bench_corpus_next (BenchCorpus *self,
                   gsize        target_bytes)
{
  BenchArticle *article = g_new0 (BenchArticle, 1);
  const Governorate *gov = &governorates[skewed (self, G_N_ELEMENTS (governorates))];
  const Topic *topic = pick_topic (self);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *slug = NULL;
  guint64 used_topic = 0;
  guint64 used_generic = 0;
  Story story = { 0 };
  GDate *date;
  gsize target;

  story.gov = gov->name;
  story.place = pick_place (self, gov);
  /* Places nearby: mostly in the same governorate. */
  for (guint i = 0; i < G_N_ELEMENTS (story.near); i++)
    {
      const Governorate *other = gov;

      if (uniform (self, 4) == 0)
        other = &governorates[skewed (self, G_N_ELEMENTS (governorates))];
      /* Another place than the main one, when the governorate has one. */
      for (guint tries = 0; tries < 4; tries++)
        {
          story.near[i] = pick_place (self, other);
          if (story.near[i] != story.place)
            break;
        }
    }
  story.actor = PICK (self, actors);
  do
    story.rival = PICK (self, actors);
  while (story.rival == story.actor);
  story.agency = PICK (self, agencies);
  story.year = range (self, 2015, 2023);
  story.month = range (self, 1, 12);
  story.day = range (self, 1, 28);
  date = g_date_new_dmy (story.day, story.month, story.year);
  story.weekday = g_date_get_weekday (date);
  g_date_free (date);

  self->serial++;
  target = target_bytes > 0 ? target_bytes : 3072;
  target = target - target / 10 + uniform (self, target / 5 + 1);

  expand (self, &story, title, topic->titles[uniform (self, strv_len (topic->titles))]);
  capitalize_first (title, 0);

  /* Dateline, as wire copy has it. */
  g_string_append_printf (body, "%s, %s %u %s %u (%s) — ", story.place, weekdays[story.weekday - 1],
                          story.day, months[story.month - 1], story.year, story.agency);
  append_sentence (self, &story, topic, &used_topic, &used_generic, body);

  while (body->len < target)
    {
      guint n = range (self, 2, 4);

      g_string_append (body, "\n\n");
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append_c (body, ' ');
          append_sentence (self, &story, topic, &used_topic, &used_generic, body);
        }
    }
  if (uniform (self, 3) == 0)
    g_string_append_printf (body, "\n\nSource: %s", story.agency);
  g_string_append_c (body, '\n');

  slug = g_ascii_strdown (story.place, -1);
  g_strdelimit (slug, " '", '-');
  article->title = g_string_free (g_steal_pointer (&title), FALSE);
  article->source = g_strdup (story.agency);
  article->published = g_strdup_printf ("%04u-%02u-%02u", story.year, story.month, story.day);
  article->url = g_strdup_printf ("https://news.example.org/%u/%02u/%s-%u", story.year, story.month,
                                  slug, self->serial);
  article->body = g_string_free (g_steal_pointer (&body), FALSE);
  article->text = g_strconcat (article->title, "\n\n", article->body, NULL);
  return article;
}

GPtrArray *
bench_corpus_write_files (guint        n,
                          const char  *dir,
                          guint64      seed,
                          GError     **error)
{
  g_autoptr(BenchCorpus) corpus = bench_corpus_new (seed);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Could not create %s: %s", dir, g_strerror (saved));
      return NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BenchArticle) article = bench_corpus_next (corpus, 0);
      char *name = g_strdup_printf ("article-%06u.txt", i + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_ptr_array_add (names, name);
      if (!g_file_set_contents (path, article->text, -1, error))
        return NULL;
    }
  return g_steal_pointer (&names);
}

gboolean
bench_corpus_write_jsonl (guint        n,
                          const char  *path,
                          guint64      seed,
                          GError     **error)
{
  g_autoptr(BenchCorpus) corpus = bench_corpus_new (seed);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BenchArticle) article = bench_corpus_next (corpus, 0);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *line = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, article->title);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, article->body);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, article->source);
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, article->url);
      json_builder_set_member_name (builder, "published");
      json_builder_add_string_value (builder, article->published);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      line = json_generator_to_data (generator, NULL);
      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }
  return g_file_set_contents (path, out->str, out->len, error);
}

double
bench_now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The calling thread's CPU time in ms: steadier than wall time on a shared
 * machine. */
double
bench_thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

double
bench_median (double *values,
              guint   n)
{
  g_autofree double *sorted = NULL;

  if (n == 0)
    return 0;
  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_double);
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

double
bench_percentile (double *values,
                  guint   n,
                  double  p)
{
  g_autofree double *sorted = NULL;
  guint i;

  if (n == 0)
    return 0;
  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_double);
  i = (guint) (p * (n - 1) + 0.5);
  return sorted[MIN (i, n - 1)];
}

void
bench_result (const char *name,
              double      value,
              const char *unit)
{
  if (value >= 1000 || value == (gint64) value)
    printf ("%s %.0f %s\n", name, value, unit);
  else if (value >= 10)
    printf ("%s %.1f %s\n", name, value, unit);
  else
    printf ("%s %.3g %s\n", name, value, unit);
  fflush (stdout);
}

static gboolean
rm_rf_file (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    while (g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) && info != NULL)
      {
        g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

        rm_rf_file (child);
      }
  return g_file_delete (file, NULL, NULL);
}

gboolean
bench_rm_rf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return rm_rf_file (file);
}
