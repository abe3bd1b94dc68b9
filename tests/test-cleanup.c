/* test-cleanup.c — finding the article in plain-text web captures
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "sitrep-cleanup.h"

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("did not expect “%s” in:\n%s", needle, haystack);
}

/* ---- synthetic captures, one page style each ---- */

/* WordPress-style news page: breadcrumb menu, byline with date, share bar,
 * "Leave a Reply" comment section with long comments. */
static const char capture_wordpress[] =
  "Home | World | Middle East | Syria\n"
  "Search\n"
  "\n"
  "Car Bomb Kills Five Near Checkpoint In Northern Aleppo\n"
  "By Maria Haddad | March 12, 2021\n"
  "\n"
  "Share on Facebook\n"
  "Share on Twitter\n"
  "\n"
  "A car bomb exploded near a checkpoint on the outskirts of Azaz on Friday morning, killing five people and wounding at least 14 others, local officials said.\n"
  "\n"
  "The blast struck during the busiest hour of the market day, when dozens of vendors had gathered along the main road leading to the border crossing.\n"
  "\n"
  "Civil defence teams said two of the wounded were in critical condition and had been transferred to hospitals across the Turkish border.\n"
  "\n"
  "No group immediately claimed responsibility for the attack, the third of its kind in the area since January.\n"
  "\n"
  "Tags: Aleppo, Azaz, car bomb\n"
  "\n"
  "Leave a Reply\n"
  "Your email address will not be published. Required fields are marked *\n"
  "\n"
  "abu_omar\n"
  "March 12, 2021 at 4:15 pm\n"
  "This is what happens when the world looks away from northern Syria for years and years while everyone pretends that nothing is wrong there at all.\n"
  "Reply\n"
  "truthseeker99\n"
  "March 12, 2021 at 6:02 pm\n"
  "Who benefits? Ask yourself who benefits from these bombings every single time before you believe what the media tells you about it.\n"
  "Reply\n";

/* Donation bar on top, a masthead under the title, a dateline with the
 * weekday, and a newsletter box at the end. */
static const char capture_donation[] =
  "DONATE\n"
  "€ 10\n"
  "€ 25\n"
  "€ 50\n"
  "Other amount\n"
  "12 DAYS LEFT IN OUR SPRING APPEAL\n"
  "\n"
  "Monday 3 May 2021\n"
  "\n"
  "Clashes Flare In Deir Ezzor Countryside As Tribal Fighters Attack Outposts\n"
  "\n"
  "Levant Monitor\n"
  "\n"
  "Tribal fighters attacked two outposts held by the Syrian Democratic Forces in the eastern countryside of Deir Ezzor overnight, according to local sources.\n"
  "\n"
  "The fighting around the town of Dhiban lasted several hours and left three fighters dead on each side, the sources said, while the coalition sent helicopters over the area.\n"
  "\n"
  "Tensions have been rising in the region since the arrest of a tribal leader last month.\n"
  "\n"
  "Sign up for our newsletter\n"
  "Email address\n"
  "Subscribe\n"
  "© 2021 Levant Monitor. All rights reserved.\n";

/* A blogspot-style repost: the title, the article, then the blog's
 * trailer with a "Posted by" line, labels, and navigation. */
static const char capture_blog[] =
  "Thursday, June 4, 2020\n"
  "\n"
  "Coalition says airstrikes destroyed ISIS cave complex in Iraq\n"
  "\n"
  "The international coalition said on Wednesday that its aircraft had destroyed a cave complex used by ISIS militants in the Makhmour mountains of northern Iraq.\n"
  "\n"
  "According to a statement, the strikes were carried out in support of Iraqi security forces who had been tracking the cells for several weeks.\n"
  "\n"
  "The coalition did not say how many militants had been killed in the operation, which it described as one of the largest in the area this year.\n"
  "\n"
  "Posted by Levant Watcher at 10:14 AM\n"
  "Email This\n"
  "BlogThis!\n"
  "Share to Twitter\n"
  "Share to Facebook\n"
  "Labels: Iraq, ISIS\n"
  "\n"
  "No comments:\n"
  "\n"
  "Post a Comment\n"
  "\n"
  "Newer Post Older Post Home\n"
  "Subscribe to: Post Comments (Atom)\n";

/* An Arabic capture: navigation, title, the text, and a source line. */
static const char capture_arabic[] =
  "الرئيسية\n"
  "أخبار\n"
  "سياسة\n"
  "\n"
  "مقتل عشرة عناصر من تنظيم داعش في ريف حمص الشرقي\n"
  "\n"
  "قتل عشرة عناصر من تنظيم داعش وأصيب آخرون في غارات جوية استهدفت مواقعهم في البادية السورية شرق مدينة حمص، بحسب ما أفاد به المرصد السوري لحقوق الإنسان يوم السبت.\n"
  "\n"
  "وأوضح المرصد أن الغارات استهدفت كهوفا ومغارات يتحصن فيها عناصر التنظيم في محيط منطقة السخنة، وسط استمرار عمليات التمشيط التي تنفذها القوات الحكومية.\n"
  "\n"
  "ويشن التنظيم منذ أشهر هجمات متكررة على مواقع القوات الحكومية في البادية رغم خسارته مناطق سيطرته.\n"
  "\n"
  "المصدر: المرصد السوري\n"
  "\n"
  "شارك\n"
  "تويتر\n"
  "فيسبوك\n";

/* A hard-wrapped newsletter: paragraphs broken at 72 columns. */
static const char capture_wrapped[] =
  "SYRIA WEEKLY BRIEF\n"
  "\n"
  "Ceasefire Holds In Idlib Despite Sporadic Shelling\n"
  "\n"
  "The ceasefire agreed in March largely held this week across the Idlib\n"
  "de-escalation zone, although monitors recorded sporadic artillery fire\n"
  "on villages in the Jabal al-Zawiya area and along the M4 highway.\n"
  "\n"
  "Local sources reported that two civilians were wounded on Tuesday when\n"
  "shells landed near the town of Kansafra, and that drones were seen over\n"
  "the frontline villages for most of the following day.\n"
  "\n"
  "Joint patrols along the highway were suspended after protesters blocked\n"
  "the road near Ariha, the third interruption since the patrols began in\n"
  "the spring of this year.\n"
  "\n"
  "Unsubscribe | Update your preferences | View in browser\n";

/* Broadcaster style: menu, dateline with time, byline with outlet, a
 * "Read more:" teaser and an image caption inside the text, topic lists. */
static const char capture_broadcaster[] =
  "Menu\n"
  "Search\n"
  "Sign in\n"
  "\n"
  "World\n"
  "Middle East\n"
  "\n"
  "Turkish drone strike kills three SDF fighters near Qamishli\n"
  "\n"
  "Published 14 January 2023, 09:12 GMT\n"
  "\n"
  "By Ahmed Yusuf, Reuters\n"
  "\n"
  "A Turkish drone strike on a vehicle near the northeastern Syrian city of Qamishli killed three fighters of the Kurdish-led Syrian Democratic Forces on Saturday, the group said.\n"
  "\n"
  "Read more: Turkey threatens new ground operation in northern Syria\n"
  "\n"
  "The SDF said the strike hit the car on the road to the village of Tal Hamis, about 20 km south of the city.\n"
  "\n"
  "Turkey considers the YPG, the backbone of the SDF, a terrorist group linked to the PKK.\n"
  "\n"
  "Image caption,\n"
  "Smoke rises after a strike near Qamishli, file photo\n"
  "\n"
  "Ankara has carried out dozens of drone strikes in the region since November, when it blamed a bombing in Istanbul on Kurdish militants.\n"
  "\n"
  "More on this story\n"
  "Syria's Kurds fear Turkish offensive\n"
  "Istanbul bomb: Six dead\n"
  "\n"
  "Related Topics\n"
  "Syria\n"
  "Turkey\n"
  "\n"
  "Top Stories\n"
  "Live: Earthquake latest\n";

/* A long reader comment after "12 Comments" must not join the article. */
static const char capture_long_comment[] =
  "Breaking | Politics | Military | Video | Contact\n"
  "\n"
  "ISIS claims attack on Iraqi army post in Kirkuk\n"
  "\n"
  "Posted on 2021-12-05 by newsdesk\n"
  "\n"
  "ISIS has claimed responsibility for an attack on an Iraqi army post in the Kirkuk governorate that killed four soldiers late on Saturday, according to a statement posted on the group's Telegram channels.\n"
  "\n"
  "The attack targeted a post in the village of Tal al-Dhahab, southwest of Kirkuk, security sources said. Two more soldiers were wounded.\n"
  "\n"
  "The area has seen repeated attacks by ISIS cells that exploit the security gap between the Iraqi army and Kurdish Peshmerga forces.\n"
  "\n"
  "12 Comments\n"
  "\n"
  "Mike R.\n"
  "December 5, 2021 at 11:02 pm\n"
  "These attacks will continue as long as there is no coordination between Baghdad and Erbil. Both sides have been blaming each other for years while ISIS keeps operating in the gap between them, and it is always the ordinary soldiers who pay the price for that failure.\n"
  "Reply\n"
  "\n"
  "Sam\n"
  "December 6, 2021 at 1:15 am\n"
  "Agreed.\n"
  "Reply\n";

/* The outlet's name on the first line, the headline right above the text. */
static const char capture_site_name_first[] =
  "Syrian Observatory for Human Rights\n"
  "Home About Contact Donate\n"
  "\n"
  "Russian jets pound ISIS hideouts in the Badia\n"
  "03 September 2022\n"
  "\n"
  "SOHR: Russian warplanes have carried out more than 40 airstrikes on ISIS positions in the Syrian desert over the past 24 hours, targeting hideouts in the Homs-Deir Ezzor-Hama triangle.\n"
  "\n"
  "According to SOHR sources, the strikes have not been reported to cause any casualties so far.\n"
  "\n"
  "SOHR activists also reported that regime forces and loyal militias continued their combing operations in the area.\n"
  "\n"
  "SOHR is an independent entity that is not affiliated with any political party.\n"
  "Share\n"
  "Facebook Twitter WhatsApp\n";

static void
test_wordpress (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_wordpress, NULL);

  g_assert_cmpstr (c->title, ==, "Car Bomb Kills Five Near Checkpoint In Northern Aleppo");
  g_assert_cmpstr (c->author, ==, "Maria Haddad");
  g_assert_cmpstr (c->published, ==, "2021-03-12");
  g_assert_cmpint (c->published_precision, ==, SITREP_DATE_PRECISION_DAY);
  assert_contains (c->body, "A car bomb exploded near a checkpoint");
  assert_contains (c->body, "the third of its kind in the area since January.");
  g_assert_true (g_str_has_prefix (c->body, "A car bomb exploded"));
  g_assert_true (g_str_has_suffix (c->body, "since January."));
  assert_lacks (c->body, "Home | World");
  assert_lacks (c->body, "Share on");
  assert_lacks (c->body, "By Maria Haddad");
  assert_lacks (c->body, "Leave a Reply");
  assert_lacks (c->body, "Who benefits");
  assert_lacks (c->body, "world looks away");
  assert_lacks (c->body, "Car Bomb Kills Five");
}

static void
test_donation_masthead (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_donation, NULL);

  g_assert_cmpstr (c->title, ==, "Clashes Flare In Deir Ezzor Countryside As Tribal Fighters Attack Outposts");
  g_assert_cmpstr (c->source, ==, "Levant Monitor");
  g_assert_cmpstr (c->published, ==, "2021-05-03");
  g_assert_true (g_str_has_prefix (c->body, "Tribal fighters attacked"));
  g_assert_true (g_str_has_suffix (c->body, "since the arrest of a tribal leader last month."));
  assert_lacks (c->body, "€");
  assert_lacks (c->body, "DAYS LEFT");
  assert_lacks (c->body, "Subscribe");
  assert_lacks (c->body, "All rights reserved");
  assert_lacks (c->body, "Levant Monitor");
}

static void
test_blog_trailer (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_blog, NULL);

  g_assert_cmpstr (c->title, ==, "Coalition says airstrikes destroyed ISIS cave complex in Iraq");
  g_assert_cmpstr (c->published, ==, "2020-06-04");
  g_assert_true (g_str_has_prefix (c->body, "The international coalition said"));
  g_assert_true (g_str_has_suffix (c->body, "one of the largest in the area this year."));
  assert_lacks (c->body, "Posted by");
  assert_lacks (c->body, "Labels:");
  assert_lacks (c->body, "No comments");
  assert_lacks (c->body, "Older Post");
  /* a name in "Posted by" is a blog's, taken as the author */
  g_assert_cmpstr (c->author, ==, "Levant Watcher");
}

static void
test_arabic (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_arabic, NULL);

  g_assert_cmpstr (c->title, ==, "مقتل عشرة عناصر من تنظيم داعش في ريف حمص الشرقي");
  g_assert_cmpstr (c->source, ==, "المرصد السوري");
  g_assert_true (g_str_has_prefix (c->body, "قتل عشرة عناصر"));
  assert_contains (c->body, "رغم خسارته مناطق سيطرته.");
  assert_lacks (c->body, "الرئيسية");
  assert_lacks (c->body, "المصدر");
  assert_lacks (c->body, "فيسبوك");
}

static void
test_hard_wrapped (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_wrapped, NULL);
  g_auto(GStrv) paragraphs = NULL;

  g_assert_cmpstr (c->title, ==, "Ceasefire Holds In Idlib Despite Sporadic Shelling");
  paragraphs = g_strsplit (c->body, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), ==, 3);
  /* wrapped lines make one paragraph, their breaks made spaces: the reader
   * flows it, and the suggester reads one sentence ("across the Idlib …") */
  g_assert_true (g_str_has_prefix (paragraphs[0], "The ceasefire agreed in March largely held this week across the Idlib de-escalation zone, although"));
  g_assert_cmpstr (paragraphs[2], ==, "Joint patrols along the highway were suspended after protesters blocked the road near Ariha, the third interruption since the patrols began in the spring of this year.");
  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_assert_null (strchr (paragraphs[i], '\n'));
  assert_lacks (c->body, "Unsubscribe");
  assert_lacks (c->body, "WEEKLY BRIEF");
}

/* Hard-wrapped copy whose short lines end mid-sentence ("had been" /
 * "killed"): the lines of a sentence are one paragraph; a list's items, a
 * crosshead and a blank line still start one. */
static const char capture_wrapped_short[] =
  "Shelling Kills Five In Market Town\n"
  "\n"
  "At least five civilians, two of them children, were killed on Monday\n"
  "when artillery shells struck the covered market of a small town south\n"
  "of Idlib, a local monitor said. Another eleven people had been\n"
  "wounded, three of them seriously, and 14\n"
  "others were missing under the rubble of two shops.\n"
  "\n"
  "Residents blamed government forces dug in on the hills to the west of\n"
  "the town. A spokesman for the army denied the claim and said pro-\n"
  "government units had only answered fire from militants.\n"
  "\n"
  "The town has been shelled several times this month:\n"
  "- on 3 March a school was hit and its caretaker was killed;\n"
  "- on 7 March two farmers were killed while working in their fields.\n"
  "\n"
  "Aid convoys held back\n"
  "Aid groups said they could not reach the wounded because the main road\n"
  "to the north had been closed since the weekend.\n";

static void
test_wrapped_sentences (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_wrapped_short, NULL);
  g_auto(GStrv) paragraphs = NULL;

  g_assert_cmpstr (c->title, ==, "Shelling Kills Five In Market Town");
  paragraphs = g_strsplit (c->body, "\n\n", -1);
  g_assert_cmpstr (paragraphs[0], ==,
                   "At least five civilians, two of them children, were killed on Monday when artillery "
                   "shells struck the covered market of a small town south of Idlib, a local monitor said. "
                   "Another eleven people had been wounded, three of them seriously, and 14 others were "
                   "missing under the rubble of two shops.");
  /* a word broken at its hyphen is one word again */
  g_assert_cmpstr (paragraphs[1], ==,
                   "Residents blamed government forces dug in on the hills to the west of the town. A "
                   "spokesman for the army denied the claim and said pro-government units had only "
                   "answered fire from militants.");
  g_assert_cmpstr (paragraphs[2], ==, "The town has been shelled several times this month:");
  g_assert_cmpstr (paragraphs[3], ==, "- on 3 March a school was hit and its caretaker was killed;");
  g_assert_cmpstr (paragraphs[4], ==, "- on 7 March two farmers were killed while working in their fields.");
  g_assert_cmpstr (paragraphs[5], ==, "Aid convoys held back");
  g_assert_cmpstr (paragraphs[6], ==,
                   "Aid groups said they could not reach the wounded because the main road to the north "
                   "had been closed since the weekend.");
  g_assert_null (paragraphs[7]);
}

/* A short text, too short to be seen as hard-wrapped, still has its
 * wrapped sentence joined; lines that end a sentence, a line in capitals
 * or in Arabic, a numbered item stay paragraphs of their own. */
static void
test_wrapped_short_text (void)
{
  const char wrapped[] =
    "Blast In Qamishli\n\nAt least seven people had been\nkilled in the blast, and 12\nothers were wounded, the\n"
    "local health authority said on Tuesday.";
  const char kept[] =
    "A Title For The Report\n"
    "\n"
    "The convoy was hit on the road from Raqqa to Deir Ezzor on Sunday night, a few hours after it had left the city with food and fuel.\n"
    "officials of the council later said that nobody had been hurt in the attack.\n"
    "A statement was read out by the spokesman of the Syrian Democratic\n"
    "Forces at a press conference in the town, and the steps he named were\n"
    "2. to close the road for three days and search the villages around it\n"
    "وقالت مصادر محلية إن العملية الأمنية مستمرة منذ عدة أيام في ريف المدينة\n"
    "وإن الطرق المؤدية إلى المدينة ما زالت مغلقة حتى مساء اليوم.\n";
  g_autoptr(SitrepCleanup) a = sitrep_cleanup_capture (wrapped, NULL);
  g_autoptr(SitrepCleanup) b = sitrep_cleanup_capture (kept, NULL);
  g_auto(GStrv) paragraphs = NULL;

  g_assert_cmpstr (a->title, ==, "Blast In Qamishli");
  g_assert_cmpstr (a->body, ==,
                   "At least seven people had been killed in the blast, and 12 others were wounded, the "
                   "local health authority said on Tuesday.");

  paragraphs = g_strsplit (b->body, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), ==, 7);
  g_assert_true (g_str_has_suffix (paragraphs[0], "with food and fuel."));
  g_assert_cmpstr (paragraphs[2], ==, "A statement was read out by the spokesman of the Syrian Democratic");
  g_assert_cmpstr (paragraphs[3], ==, "Forces at a press conference in the town, and the steps he named were");
  g_assert_true (g_str_has_prefix (paragraphs[4], "2. to close"));
  g_assert_true (g_str_has_prefix (paragraphs[5], "وقالت"));
}

/* A Markdown file's heading is its title without the "#" (it was "# Blast
 * In Qamishli"); a "#" that opens no heading stays. */
static void
test_markdown_heading_title (void)
{
  g_autoptr(SitrepCleanup) md = sitrep_cleanup_capture (
    "# Blast In Qamishli\n\nA car bomb exploded near a market in Qamishli on Tuesday, killing at least three "
    "people and wounding nine, the local health authority said.\n\nThe Kurdish-led authorities blamed the "
    "Islamic State group for the attack.\n", NULL);
  g_autoptr(SitrepCleanup) tag = sitrep_cleanup_capture (
    "#Qamishli blast kills three\n\nA car bomb exploded near a market in Qamishli on Tuesday, killing at least "
    "three people and wounding nine, the local health authority said.\n", NULL);

  g_assert_cmpstr (md->title, ==, "Blast In Qamishli");
  g_assert_true (g_str_has_prefix (md->body, "A car bomb exploded"));
  g_assert_cmpstr (tag->title, ==, "#Qamishli blast kills three");
}

static void
test_broadcaster (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_broadcaster, NULL);

  g_assert_cmpstr (c->title, ==, "Turkish drone strike kills three SDF fighters near Qamishli");
  g_assert_cmpstr (c->published, ==, "2023-01-14");
  g_assert_cmpstr (c->author, ==, "Ahmed Yusuf");
  g_assert_true (g_str_has_prefix (c->body, "A Turkish drone strike on a vehicle"));
  g_assert_true (g_str_has_suffix (c->body, "blamed a bombing in Istanbul on Kurdish militants."));
  assert_contains (c->body, "Turkey considers the YPG");
  assert_lacks (c->body, "Read more");
  assert_lacks (c->body, "Image caption");
  assert_lacks (c->body, "file photo");
  assert_lacks (c->body, "More on this story");
  assert_lacks (c->body, "Earthquake");
  assert_lacks (c->body, "Menu");
}

static void
test_long_comment (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_long_comment, NULL);

  g_assert_cmpstr (c->title, ==, "ISIS claims attack on Iraqi army post in Kirkuk");
  g_assert_cmpstr (c->published, ==, "2021-12-05");
  /* "newsdesk" is a role, not a person */
  g_assert_null (c->author);
  g_assert_true (g_str_has_suffix (c->body, "Kurdish Peshmerga forces."));
  assert_lacks (c->body, "Comments");
  assert_lacks (c->body, "coordination between Baghdad and Erbil");
  assert_lacks (c->body, "Posted on");
}

static void
test_site_name_first (void)
{
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (capture_site_name_first, NULL);

  g_assert_cmpstr (c->title, ==, "Russian jets pound ISIS hideouts in the Badia");
  g_assert_cmpstr (c->published, ==, "2022-09-03");
  g_assert_true (g_str_has_prefix (c->body, "SOHR: Russian warplanes"));
  assert_lacks (c->body, "Donate");
  assert_lacks (c->body, "WhatsApp");
  assert_lacks (c->body, "03 September 2022");
}

static void
test_short_texts (void)
{
  g_autoptr(SitrepCleanup) one = sitrep_cleanup_capture ("Explosion reported in Idlib city", NULL);
  g_autoptr(SitrepCleanup) two = sitrep_cleanup_capture ("Explosion in Damascus\nA car bomb exploded in Damascus on Monday, killing three people.", NULL);
  g_autoptr(SitrepCleanup) empty = sitrep_cleanup_capture ("\n\n  \n", NULL);

  g_assert_cmpstr (one->body, ==, "Explosion reported in Idlib city");
  g_assert_cmpstr (two->title, ==, "Explosion in Damascus");
  g_assert_cmpstr (two->body, ==, "A car bomb exploded in Damascus on Monday, killing three people.");
  g_assert_cmpstr (empty->body, ==, "");
}

static void
test_known_title (void)
{
  const char text[] = "Strike Hits Market\n\nStrike Hits Market\n\nAn air strike hit a crowded market in the town of Ariha on Sunday, killing at least nine civilians, rescuers said.\n\nIt was the deadliest attack in the area this month.";
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (text, "Strike Hits Market");

  g_assert_cmpstr (c->title, ==, "Strike Hits Market");
  g_assert_true (g_str_has_prefix (c->body, "An air strike hit"));
  assert_lacks (c->body, "Strike Hits Market");
}

/* A wire dateline that opens the first paragraph gives the date when no line
 * of its own does; the paragraph keeps its words. */
static void
test_opening_dateline (void)
{
  const char text[] = "Gunmen Kill Four Near Baalbek\n\nBEIRUT, 12 March 2024 - Gunmen killed four people at a checkpoint near Baalbek on Monday, security sources said.\n\nThe army sent reinforcements to the area.";
  const char arrow[] = "Gunmen Kill Four Near Baalbek\n\nBaghdad, 5 October 2023 \u2014 Gunmen killed four people at a checkpoint on Monday, police said.\n\nThe army sent reinforcements to the area.";
  const char later[] = "Gunmen Kill Four Near Baalbek\n\n14 March 2024\n\nBEIRUT, 12 March 2024 - Gunmen killed four people at a checkpoint near Baalbek on Monday, security sources said.\n\nThe army sent reinforcements to the area.";
  const char not_dateline[] = "Gunmen Kill Four Near Baalbek\n\nGunmen who struck on 12 March 2024 - a Tuesday, killed four people at a checkpoint near Baalbek, security sources said.\n\nThe army sent reinforcements to the area.";
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (text, NULL);
  g_autoptr(SitrepCleanup) a = sitrep_cleanup_capture (arrow, NULL);
  g_autoptr(SitrepCleanup) l = sitrep_cleanup_capture (later, NULL);
  g_autoptr(SitrepCleanup) n = sitrep_cleanup_capture (not_dateline, NULL);

  g_assert_cmpstr (c->published, ==, "2024-03-12");
  g_assert_cmpint (c->published_precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_true (g_str_has_prefix (c->body, "BEIRUT, 12 March 2024 - Gunmen killed"));
  g_assert_cmpstr (a->published, ==, "2023-10-05");
  /* a date line of its own comes first */
  g_assert_cmpstr (l->published, ==, "2024-03-14");
  /* a sentence with a comma after a date and a dash is no dateline */
  g_assert_null (n->published);
}

static void
test_year_unknown_dateline (void)
{
  const char text[] = "October 19\n\nTroops Advance On Jasim\n\nSyrian troops and local fighters advanced on the town of Jasim in western Daraa, imposing a curfew on its residents as the security operation went on.\n\nAll roads leading to the town were blocked.";
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (text, NULL);

  g_assert_cmpstr (c->title, ==, "Troops Advance On Jasim");
  g_assert_null (c->published);
  g_assert_cmpint (c->published_precision, ==, SITREP_DATE_PRECISION_UNKNOWN);
  g_assert_cmpstr (c->published_note, ==, "19 October (year unknown)");
  assert_lacks (c->body, "October 19\n");
}

static void
test_kept_lines_unchanged (void)
{
  /* non-breaking spaces, odd quotes and trailing spaces inside kept lines */
  const char text[] = "Title Of The Report Here\n\nThe attack,\xc2\xa0which took place on Monday, killed \xe2\x80\x9c" "at least\xe2\x80\x9d" " four people in the village of Kafr Nabl, residents said.   \n\nIt came a day after shelling hit the nearby town of Maarat al-Numan, according to local activists.";
  g_autoptr(SitrepCleanup) c = sitrep_cleanup_capture (text, NULL);

  g_assert_cmpstr (c->body, ==,
                   "The attack,\xc2\xa0which took place on Monday, killed \xe2\x80\x9c" "at least\xe2\x80\x9d" " four people in the village of Kafr Nabl, residents said."
                   "\n\nIt came a day after shelling hit the nearby town of Maarat al-Numan, according to local activists.");
}

static void
test_huge_single_line (void)
{
  /* 20 MB on one line: must come back quickly, all of it kept */
  gsize n = 20 * 1024 * 1024;
  g_autofree char *text = g_malloc (n + 1);
  g_autoptr(SitrepCleanup) c = NULL;

  for (gsize i = 0; i < n; i++)
    text[i] = (i % 7 == 6) ? ' ' : 'a' + (i % 5);
  text[n] = '\0';
  c = sitrep_cleanup_capture (text, NULL);
  g_assert_cmpuint (strlen (c->body), ==, n);
}

static void
test_many_short_lines (void)
{
  /* 200,000 short lines around one paragraph */
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(SitrepCleanup) c = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "Menu item %u\n", i);
  g_string_append (text, "Rebel groups shelled government positions near the city on Tuesday, killing two soldiers and wounding five others, state media reported.\n");
  g_string_append (text, "The army responded with artillery fire on several villages in the south of the province, activists said.\n");
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "%u\n", i);
  c = sitrep_cleanup_capture (text->str, NULL);
  g_assert_true (g_str_has_prefix (c->body, "Rebel groups shelled"));
  g_assert_true (g_str_has_suffix (c->body, "activists said."));
}

static void
test_light (void)
{
  g_autofree char *a = sitrep_cleanup_light ("  First line.  \r\nSecond\tline.\r\rThird.\n\n");
  g_autofree char *b = sitrep_cleanup_light ("");

  g_assert_cmpstr (a, ==, "First line.  \nSecond\tline.\n\nThird.");
  g_assert_cmpstr (b, ==, "");
  g_assert_false (sitrep_cleanup_looks_like_capture ("One paragraph.\n\nAnother paragraph of text."));
  g_assert_true (sitrep_cleanup_looks_like_capture (capture_wordpress));
}

/* ---- the real captures in ../shared ---- */

static char *
seed_path (const char *name)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");

  if (shared == NULL)
    return NULL;
  return g_build_filename (shared, "corpus", "seeds", name, NULL);
}

static SitrepCleanup *
clean_seed (const char *name)
{
  g_autofree char *path = seed_path (name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the seed captures are not here: set SITREP_SHARED_DIR to the shared/ folder "
                   "holding corpus/seeds");
      return NULL;
    }
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return sitrep_cleanup_capture (text, NULL);
}

static void
check_gold (const char    *seed,
            SitrepCleanup *c)
{
  const char *shared = g_getenv ("SITREP_SHARED_DIR");
  g_autofree char *json = g_strconcat (seed, NULL);
  g_autofree char *path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *gold;
  JsonArray *keep;
  JsonArray *drop;

  *strrchr (json, '.') = '\0';
  path = g_strdup_printf ("%s/gold/%s.json", shared, json);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_message ("no gold file %s", path);
      return;
    }
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  gold = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (c->title, ==, json_object_get_string_member (gold, "title"));
  keep = json_object_get_array_member (gold, "body_must_keep");
  for (guint i = 0; i < json_array_get_length (keep); i++)
    assert_contains (c->body, json_array_get_string_element (keep, i));
  drop = json_object_get_array_member (gold, "boilerplate_must_drop");
  for (guint i = 0; i < json_array_get_length (drop); i++)
    assert_lacks (c->body, json_array_get_string_element (drop, i));
  /* the title is not part of the body */
  assert_lacks (c->body, c->title);
}

static void
test_seed_000 (void)
{
  g_autoptr(SitrepCleanup) c = clean_seed ("000_feacdd9686b0e318.txt");

  if (c == NULL)
    return;
  check_gold ("000_feacdd9686b0e318.txt", c);
  g_assert_null (c->published);
  g_assert_cmpint (c->published_precision, ==, SITREP_DATE_PRECISION_UNKNOWN);
  assert_lacks (c->body, "Support SouthFront");
  assert_lacks (c->body, "2,500 $");
  assert_lacks (c->body, "File image.");
  assert_lacks (c->body, "MORE ON THIS TOPIC");
  assert_lacks (c->body, "ArmenianCekko");
  assert_lacks (c->body, "From Ukraine to Syria");
  g_assert_true (g_str_has_prefix (c->body, "At least 20 terrorists of ISIS"));
}

static void
test_seed_001 (void)
{
  g_autoptr(SitrepCleanup) c = clean_seed ("001_83f4b91b4dbfd024.txt");
  g_auto(GStrv) paragraphs = NULL;

  if (c == NULL)
    return;
  g_assert_cmpstr (c->title, ==, "Syrian security forces, local factions uproot ISIS from Deraa");
  g_assert_cmpstr (c->source, ==, "thecradle");
  assert_lacks (c->body, "Source:");
  assert_lacks (c->body, "thecradle");
  assert_lacks (c->body, c->title);
  g_assert_true (g_str_has_prefix (c->body, "In cooperation with local factions"));
  g_assert_true (g_str_has_suffix (c->body, "when it was stormed by the army and local factions in 2018."));
  /* ten lines in the capture: title, eight paragraphs, source */
  paragraphs = g_strsplit (c->body, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), ==, 8);
}

static void
test_seed_002 (void)
{
  g_autoptr(SitrepCleanup) c = clean_seed ("002_bbe9cb8a663fe25f.txt");

  if (c == NULL)
    return;
  check_gold ("002_bbe9cb8a663fe25f.txt", c);
  g_assert_null (c->published);
}

static void
test_seed_003 (void)
{
  g_autoptr(SitrepCleanup) c = clean_seed ("003_4be25174b00d7b76.txt");

  if (c == NULL)
    return;
  g_assert_cmpstr (c->title, ==, "Syria: 21 ISIS jihadists killed in Russian raids");
  g_assert_null (c->author);
  assert_lacks (c->body, "Photo of author");
  assert_lacks (c->body, "By admin");
  g_assert_true (g_str_has_prefix (c->body, "At least 21 jihadists"));
  g_assert_true (g_str_has_suffix (c->body, "at the start of the conflict."));
}

static void
test_seed_004 (void)
{
  g_autoptr(SitrepCleanup) c = clean_seed ("004_20b9dcb76fc68891.txt");

  if (c == NULL)
    return;
  g_assert_cmpstr (c->title, ==, "SYRIAN FORCES ARE HUNTING DOWN ISIS TERRORISTS IN DESERT");
  g_assert_cmpstr (c->published, ==, "2020-08-25");
  g_assert_cmpint (c->published_precision, ==, SITREP_DATE_PRECISION_DAY);
  g_assert_cmpstr (c->source, ==, "South Front");
  assert_lacks (c->body, "Tuesday 25 August 2020");
  assert_lacks (c->body, "South Front");
  assert_lacks (c->body, "Related");
  assert_lacks (c->body, "The views expressed");
  assert_lacks (c->body, "No comments");
  assert_lacks (c->body, "Uprooted");
  g_assert_true (g_str_has_prefix (c->body, "The military situation in Syria"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/cleanup/wordpress-comments", test_wordpress);
  g_test_add_func ("/sitrep/cleanup/donation-masthead", test_donation_masthead);
  g_test_add_func ("/sitrep/cleanup/blog-trailer", test_blog_trailer);
  g_test_add_func ("/sitrep/cleanup/arabic", test_arabic);
  g_test_add_func ("/sitrep/cleanup/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/sitrep/cleanup/wrapped-sentences", test_wrapped_sentences);
  g_test_add_func ("/sitrep/cleanup/wrapped-short-text", test_wrapped_short_text);
  g_test_add_func ("/sitrep/cleanup/markdown-heading-title", test_markdown_heading_title);
  g_test_add_func ("/sitrep/cleanup/broadcaster", test_broadcaster);
  g_test_add_func ("/sitrep/cleanup/long-comment", test_long_comment);
  g_test_add_func ("/sitrep/cleanup/site-name-first", test_site_name_first);
  g_test_add_func ("/sitrep/cleanup/short-texts", test_short_texts);
  g_test_add_func ("/sitrep/cleanup/known-title", test_known_title);
  g_test_add_func ("/sitrep/cleanup/year-unknown-dateline", test_year_unknown_dateline);
  g_test_add_func ("/sitrep/cleanup/kept-lines-unchanged", test_kept_lines_unchanged);
  g_test_add_func ("/sitrep/cleanup/huge-single-line", test_huge_single_line);
  g_test_add_func ("/sitrep/cleanup/many-short-lines", test_many_short_lines);
  g_test_add_func ("/sitrep/cleanup/light", test_light);
  g_test_add_func ("/sitrep/cleanup/seed-000", test_seed_000);
  g_test_add_func ("/sitrep/cleanup/opening-dateline", test_opening_dateline);
  g_test_add_func ("/sitrep/cleanup/seed-001", test_seed_001);
  g_test_add_func ("/sitrep/cleanup/seed-002", test_seed_002);
  g_test_add_func ("/sitrep/cleanup/seed-003", test_seed_003);
  g_test_add_func ("/sitrep/cleanup/seed-004", test_seed_004);

  return g_test_run ();
}
