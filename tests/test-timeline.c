/* test-timeline.c — time buckets across month and year ends, leap days, extents, lanes, playback; no TZ shifts
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "sitrep-store.h"
#include "sitrep-timeline.h"
#include "sitrep-stories-private.h"

static guint32
day (const char *text)
{
  guint32 d = 0;

  g_assert_true (sitrep_timeline_parse_day (text, &d));
  return d;
}

static void
assert_day (guint32     d,
            const char *expected)
{
  g_autofree char *text = sitrep_timeline_format_day (d);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_label (const char         *date,
              SitrepTimelineUnit  unit,
              const char         *bucket_start,
              const char         *label)
{
  guint32 start = sitrep_timeline_bucket_start (day (date), unit);
  g_autofree char *text = sitrep_timeline_bucket_label (start, unit);

  assert_day (start, bucket_start);
  g_assert_cmpstr (text, ==, label);
}

/* The day as the window's status and the article list's filter say it. */
static void
test_format_for_user (void)
{
  g_autofree char *a = sitrep_timeline_format_day_for_user (day ("2021-03-04"));
  g_autofree char *b = sitrep_timeline_format_day_for_user (day ("1999-12-31"));
  g_autofree char *none = sitrep_timeline_format_day_for_user (0);

  g_assert_cmpstr (a, ==, "4 Mar 2021");
  g_assert_cmpstr (b, ==, "31 Dec 1999");
  g_assert_cmpstr (none, ==, "");
}

static void
test_parse (void)
{
  guint32 d = 7;
  const char *bad[] = {
    "", "2022-1-01", "2022-02-30", "2021-02-29", "2022-13-01", "2022-00-10", "0000-01-01",
    "2022-01-01T00:00:00Z", "2022/01/01", " 2022-01-01", "2022-01-0x", "９９９９-01-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (sitrep_timeline_parse_day (bad[i], &d));
      g_assert_cmpuint (d, ==, 7);
    }
  g_assert_false (sitrep_timeline_parse_day (NULL, &d));
  g_assert_true (sitrep_timeline_parse_day ("2024-02-29", &d));
  assert_day (d, "2024-02-29");
  assert_day (day ("2021-12-31") + 1, "2022-01-01");
  assert_day (day ("2024-02-28") + 1, "2024-02-29");
  assert_day (day ("2023-02-28") + 1, "2023-03-01");
  assert_day (day ("1900-02-28") + 1, "1900-03-01");
  assert_day (day ("2000-02-28") + 1, "2000-02-29");
}

/* The checks that must not move with the zone; run under several TZs. */
static void
check_buckets (void)
{
  /* Days across the year end. */
  assert_label ("2021-12-31", SITREP_TIMELINE_DAY, "2021-12-31", "2021-12-31");
  assert_label ("2022-01-01", SITREP_TIMELINE_DAY, "2022-01-01", "2022-01-01");
  g_assert_cmpuint (sitrep_timeline_bucket_next (day ("2021-12-31"), SITREP_TIMELINE_DAY), ==,
                    day ("2022-01-01"));

  /* ISO weeks start on Monday; the week of New Year 2022 belongs to 2021. */
  assert_label ("2021-12-31", SITREP_TIMELINE_WEEK, "2021-12-27", "2021-W52");
  assert_label ("2022-01-01", SITREP_TIMELINE_WEEK, "2021-12-27", "2021-W52");
  assert_label ("2022-01-02", SITREP_TIMELINE_WEEK, "2021-12-27", "2021-W52");
  assert_label ("2022-01-03", SITREP_TIMELINE_WEEK, "2022-01-03", "2022-W01");
  assert_label ("2019-12-31", SITREP_TIMELINE_WEEK, "2019-12-30", "2020-W01");
  assert_label ("2021-01-03", SITREP_TIMELINE_WEEK, "2020-12-28", "2020-W53");
  assert_label ("2024-02-29", SITREP_TIMELINE_WEEK, "2024-02-26", "2024-W09");
  assert_label ("2024-03-03", SITREP_TIMELINE_WEEK, "2024-02-26", "2024-W09");
  assert_day (sitrep_timeline_bucket_next (day ("2022-01-01"), SITREP_TIMELINE_WEEK), "2022-01-03");

  /* Months across the year end and leap Februaries. */
  assert_label ("2021-12-31", SITREP_TIMELINE_MONTH, "2021-12-01", "2021-12");
  assert_label ("2022-01-01", SITREP_TIMELINE_MONTH, "2022-01-01", "2022-01");
  assert_label ("2024-02-29", SITREP_TIMELINE_MONTH, "2024-02-01", "2024-02");
  assert_day (sitrep_timeline_bucket_next (day ("2021-12-15"), SITREP_TIMELINE_MONTH), "2022-01-01");
  assert_day (sitrep_timeline_bucket_next (day ("2024-02-10"), SITREP_TIMELINE_MONTH), "2024-03-01");
  assert_day (sitrep_timeline_bucket_next (day ("2023-02-10"), SITREP_TIMELINE_MONTH), "2023-03-01");
  assert_day (sitrep_timeline_bucket_next (day ("2000-02-10"), SITREP_TIMELINE_MONTH), "2000-03-01");
  assert_day (sitrep_timeline_bucket_next (day ("1900-02-10"), SITREP_TIMELINE_MONTH), "1900-03-01");
}

static void
test_buckets (void)
{
  check_buckets ();
}

static void
test_extent (void)
{
  guint32 first, last;

  /* A day is a day; a range is its range whatever the precision. */
  g_assert_true (sitrep_timeline_extent ("2021-12-31", NULL, 1, &first, &last));
  g_assert_cmpuint (first, ==, last);
  g_assert_true (sitrep_timeline_extent ("2021-12-30", "2022-01-02", 2, &first, &last));
  assert_day (first, "2021-12-30");
  assert_day (last, "2022-01-02");
  /* An end before the start is ignored, not trusted. */
  g_assert_true (sitrep_timeline_extent ("2022-01-05", "2022-01-01", 1, &first, &last));
  assert_day (last, "2022-01-05");

  /* A single date of coarse precision stands for its week, month or year. */
  g_assert_true (sitrep_timeline_extent ("2022-01-01", NULL, 3, &first, &last));
  assert_day (first, "2021-12-27");
  assert_day (last, "2022-01-02");
  g_assert_true (sitrep_timeline_extent ("2024-02-10", "2024-02-10", 4, &first, &last));
  assert_day (first, "2024-02-01");
  assert_day (last, "2024-02-29");
  g_assert_true (sitrep_timeline_extent ("2021-12-31", NULL, 4, &first, &last));
  assert_day (first, "2021-12-01");
  assert_day (last, "2021-12-31");
  g_assert_true (sitrep_timeline_extent ("2022-06-15", NULL, 5, &first, &last));
  assert_day (first, "2022-01-01");
  assert_day (last, "2022-12-31");
  g_assert_true (sitrep_timeline_extent ("2022-06-15", NULL, 2, &first, &last));
  assert_day (last, "2022-06-20");

  g_assert_false (sitrep_timeline_extent (NULL, "2022-01-01", 1, &first, &last));
  g_assert_false (sitrep_timeline_extent ("yesterday", NULL, 1, &first, &last));
}

static SitrepTimelineEvent
te (gint64      id,
    const char *first,
    const char *last,
    gint64      fatalities,
    const char *type,
    const char *actor)
{
  SitrepTimelineEvent e = { 0 };

  e.event_id = id;
  e.first = day (first);
  e.last = day (last);
  e.fatalities = fatalities;
  e.event_type = (char *) type;
  e.actor1 = (char *) actor;
  return e;
}

static void
test_killed_per_bucket (void)
{
  const SitrepTimelineEvent events[] = {
    te (1, "2021-12-31", "2021-12-31", 18, "Battles", "ISIS"),
    te (2, "2022-01-01", "2022-01-01", 4, "Battles", "SAA"),
    te (3, "2022-01-01", "2022-01-01", -1, "Protests", NULL),
    te (4, "2021-12-27", "2022-01-02", 7, "Battles", "SAA"),     /* the week 2021-W52 */
    te (5, "2024-02-29", "2024-02-29", 2, NULL, "ISIS"),
  };
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) months = NULL;
  SitrepTimelineBucket *b;

  days = sitrep_timeline_bucket (events, 4, SITREP_TIMELINE_DAY, 0, 0);
  g_assert_cmpuint (days->len, ==, 7);
  b = &g_array_index (days, SitrepTimelineBucket, 4);   /* 2021-12-31 */
  assert_day (b->start, "2021-12-31");
  g_assert_cmpint (b->killed, ==, 18);
  g_assert_cmpuint (b->n_events, ==, 1);
  /* The week-long event is not a point on any one day. */
  g_assert_cmpint (b->killed_spanning, ==, 7);
  g_assert_cmpuint (b->n_spanning, ==, 1);
  b = &g_array_index (days, SitrepTimelineBucket, 5);   /* 2022-01-01 */
  g_assert_cmpint (b->killed, ==, 4);
  g_assert_cmpuint (b->n_events, ==, 2);
  g_assert_cmpuint (b->end, ==, day ("2022-01-02"));

  weeks = sitrep_timeline_bucket (events, 4, SITREP_TIMELINE_WEEK, 0, 0);
  g_assert_cmpuint (weeks->len, ==, 1);
  b = &g_array_index (weeks, SitrepTimelineBucket, 0);
  g_assert_cmpint (b->killed, ==, 18 + 4 + 7);
  g_assert_cmpuint (b->n_events, ==, 4);
  g_assert_cmpuint (b->n_spanning, ==, 0);

  months = sitrep_timeline_bucket (events, G_N_ELEMENTS (events), SITREP_TIMELINE_MONTH, 0, 0);
  /* December 2021 to February 2024, empty months included. */
  g_assert_cmpuint (months->len, ==, 27);
  b = &g_array_index (months, SitrepTimelineBucket, 0);
  g_assert_cmpint (b->killed, ==, 18);
  g_assert_cmpint (b->killed_spanning, ==, 7);
  b = &g_array_index (months, SitrepTimelineBucket, 1);
  assert_day (b->start, "2022-01-01");
  g_assert_cmpint (b->killed, ==, 4);
  g_assert_cmpint (b->killed_spanning, ==, 7);
  b = &g_array_index (months, SitrepTimelineBucket, 26);
  assert_day (b->start, "2024-02-01");
  assert_day (b->end, "2024-03-01");
  g_assert_cmpint (b->killed, ==, 2);
  g_assert_cmpuint (g_array_index (months, SitrepTimelineBucket, 13).n_events, ==, 0);

  /* An explicit range clips; no events, no buckets. */
  {
    g_autoptr(GArray) some = sitrep_timeline_bucket (events, 4, SITREP_TIMELINE_DAY, day ("2022-01-01"),
                                                     day ("2022-01-01"));
    g_autoptr(GArray) none = sitrep_timeline_bucket (NULL, 0, SITREP_TIMELINE_WEEK, 0, 0);
    g_assert_cmpuint (some->len, ==, 1);
    g_assert_cmpint (g_array_index (some, SitrepTimelineBucket, 0).killed, ==, 4);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_lanes (void)
{
  SitrepTimelineEvent events[] = {
    te (1, "2022-01-01", "2022-01-01", 0, "Battles", "ISIS"),
    te (2, "2022-01-02", "2022-01-02", 0, "Protests", "SAA"),
    te (3, "2022-01-03", "2022-01-03", 0, NULL, "SAA"),
    te (4, "2022-01-04", "2022-01-04", 0, "Battles", NULL),
    te (5, "2022-01-05", "2022-01-05", 0, "Battles", "SAA"),
  };
  g_auto(GStrv) by_type = NULL;
  g_auto(GStrv) by_actor = NULL;

  by_type = sitrep_timeline_assign_lanes (events, G_N_ELEMENTS (events), SITREP_TIMELINE_LANES_TYPE);
  g_assert_cmpuint (g_strv_length (by_type), ==, 3);
  g_assert_cmpstr (by_type[0], ==, "Battles");
  g_assert_cmpstr (by_type[1], ==, "Protests");
  g_assert_cmpstr (by_type[2], ==, "Not coded");
  g_assert_cmpuint (events[0].lane, ==, 0);
  g_assert_cmpuint (events[1].lane, ==, 1);
  g_assert_cmpuint (events[2].lane, ==, 2);
  g_assert_cmpuint (events[3].lane, ==, 0);

  by_actor = sitrep_timeline_assign_lanes (events, G_N_ELEMENTS (events), SITREP_TIMELINE_LANES_ACTOR);
  g_assert_cmpuint (g_strv_length (by_actor), ==, 3);
  g_assert_cmpstr (by_actor[0], ==, "SAA");
  g_assert_cmpstr (by_actor[1], ==, "ISIS");
  g_assert_cmpstr (by_actor[2], ==, "No actor");
  g_assert_cmpuint (events[0].lane, ==, 1);
  g_assert_cmpuint (events[3].lane, ==, 2);
  g_assert_cmpuint (events[4].lane, ==, 0);
}

/* An imported dataset before coding: lanes by type would be one grey
 * "Not coded" lane, so they are lanes by governorate. */
static void
test_lanes_uncoded (void)
{
  SitrepTimelineEvent events[] = {
    te (1, "2015-01-05", "2015-01-05", 20, NULL, "IS"),
    te (2, "2015-01-06", "2015-01-06", 3, NULL, "Government of Syria"),
    te (3, "2015-01-07", "2015-01-07", 1, NULL, "IS"),
    te (4, "2015-01-08", "2015-01-08", 0, NULL, NULL),
  };
  g_auto(GStrv) by_type = NULL;
  g_auto(GStrv) by_region = NULL;

  events[0].region = (char *) "Aleppo governorate";
  events[1].region = (char *) "Homs governorate";
  events[2].region = (char *) "Aleppo governorate";

  g_assert_cmpint (sitrep_timeline_lanes_effective (events, G_N_ELEMENTS (events), SITREP_TIMELINE_LANES_TYPE),
                   ==, SITREP_TIMELINE_LANES_REGION);
  by_type = sitrep_timeline_assign_lanes (events, G_N_ELEMENTS (events), SITREP_TIMELINE_LANES_TYPE);
  g_assert_cmpuint (g_strv_length (by_type), ==, 3);
  g_assert_cmpstr (by_type[0], ==, "Aleppo governorate");
  g_assert_cmpstr (by_type[1], ==, "Homs governorate");
  g_assert_cmpstr (by_type[2], ==, "No region");
  g_assert_cmpuint (events[0].lane, ==, 0);
  g_assert_cmpuint (events[1].lane, ==, 1);
  g_assert_cmpuint (events[2].lane, ==, 0);
  g_assert_cmpuint (events[3].lane, ==, 2);

  by_region = sitrep_timeline_assign_lanes (events, G_N_ELEMENTS (events), SITREP_TIMELINE_LANES_REGION);
  g_assert_true (g_strv_equal ((const char * const *) by_type, (const char * const *) by_region));

  /* One coded event: lanes by type, as asked. */
  events[3].event_type = (char *) "Battles";
  g_assert_cmpint (sitrep_timeline_lanes_effective (events, G_N_ELEMENTS (events), SITREP_TIMELINE_LANES_TYPE),
                   ==, SITREP_TIMELINE_LANES_TYPE);
  g_strfreev (by_type);
  by_type = sitrep_timeline_assign_lanes (events, G_N_ELEMENTS (events), SITREP_TIMELINE_LANES_TYPE);
  g_assert_cmpstr (by_type[0], ==, "Battles");
  g_assert_cmpstr (by_type[1], ==, "Not coded");
}

static void
test_playback (void)
{
  const SitrepTimelineEvent events[] = {
    te (1, "2021-12-25", "2021-12-25", 0, NULL, NULL),
    te (2, "2021-12-30", "2021-12-31", 0, NULL, NULL),
    te (3, "2021-12-01", "2021-12-31", 0, NULL, NULL),   /* a month */
    te (4, "2022-01-01", "2022-01-01", 0, NULL, NULL),
    te (5, "2022-01-03", "2022-01-03", 0, NULL, NULL),
  };
  g_autoptr(GArray) window = NULL;
  g_autoptr(GArray) with_before = NULL;
  SitrepTimelineHit *h;

  /* [2021-12-31, 2022-01-03): the range ending in it, the month, New Year. */
  window = sitrep_timeline_window (events, G_N_ELEMENTS (events), day ("2021-12-31"), 3, FALSE);
  g_assert_cmpuint (window->len, ==, 3);
  g_assert_cmpuint (g_array_index (window, SitrepTimelineHit, 0).index, ==, 1);
  g_assert_cmpuint (g_array_index (window, SitrepTimelineHit, 1).index, ==, 2);
  g_assert_cmpuint (g_array_index (window, SitrepTimelineHit, 2).index, ==, 3);

  with_before = sitrep_timeline_window (events, G_N_ELEMENTS (events), day ("2021-12-31"), 3, TRUE);
  g_assert_cmpuint (with_before->len, ==, 4);
  h = &g_array_index (with_before, SitrepTimelineHit, 0);
  g_assert_cmpuint (h->index, ==, 0);
  g_assert_true (h->before);
  g_assert_false (g_array_index (with_before, SitrepTimelineHit, 1).before);

  g_clear_pointer (&window, g_array_unref);
  window = sitrep_timeline_window (events, G_N_ELEMENTS (events), day ("2022-01-04"), 30, FALSE);
  g_assert_cmpuint (window->len, ==, 0);
}

/* Events from a real project, loaded as the timeline does. */
static void
check_load (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sitrep-timeline-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sitrep", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepStore) store = sitrep_store_create (path, &error);
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) weeks = NULL;
  const char *dates[][2] = {
    { "2022-01-01", NULL }, { "2021-12-31", NULL }, { "2024-02-29", NULL }, { NULL, NULL },
  };
  guint undated = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
      SitrepClaimDraft claim = SITREP_CLAIM_DRAFT_INIT;
      gint64 id;

      draft.event_type = "Battles";
      draft.date_start = dates[i][0];
      draft.date_precision = dates[i][0] != NULL ? 1 : 0;
      id = sitrep_store_create_event (store, &draft, &error);
      g_assert_no_error (error);
      claim.count_low = 10 + i;
      claim.claimant_text = "SOHR";
      sitrep_store_add_claim (store, id, &claim, &error);
      g_assert_no_error (error);
    }

  events = sitrep_timeline_load (store, NULL, &undated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (undated, ==, 1);
  g_assert_cmpuint (events->len, ==, 3);
  assert_day (g_array_index (events, SitrepTimelineEvent, 0).first, "2021-12-31");
  assert_day (g_array_index (events, SitrepTimelineEvent, 1).first, "2022-01-01");
  assert_day (g_array_index (events, SitrepTimelineEvent, 2).first, "2024-02-29");
  g_assert_cmpint (g_array_index (events, SitrepTimelineEvent, 0).fatalities, ==, 11);
  g_assert_cmpstr (g_array_index (events, SitrepTimelineEvent, 0).event_type, ==, "Battles");

  weeks = sitrep_timeline_bucket ((SitrepTimelineEvent *) events->data, 2, SITREP_TIMELINE_WEEK, 0, 0);
  g_assert_cmpuint (weeks->len, ==, 1);
  g_assert_cmpint (g_array_index (weeks, SitrepTimelineBucket, 0).killed, ==, 21);

  sitrep_store_close (store);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_load (void)
{
  check_load ();
}

/* The same answers at UTC+14 and UTC-10 (-9 in summer): dates are civil
 * dates, never instants. Each zone runs in a child so TZ is set before any
 * date code of that process. */
static void
test_time_zone (gconstpointer data)
{
  const char *zone = data;

  if (g_test_subprocess ())
    {
      g_setenv ("TZ", zone, TRUE);
      tzset ();
      check_buckets ();
      test_extent ();
      test_killed_per_bucket ();
      check_load ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sitrep/timeline/parse", test_parse);
  g_test_add_func ("/sitrep/timeline/format-for-user", test_format_for_user);
  g_test_add_func ("/sitrep/timeline/buckets", test_buckets);
  g_test_add_func ("/sitrep/timeline/extent", test_extent);
  g_test_add_func ("/sitrep/timeline/killed-per-bucket", test_killed_per_bucket);
  g_test_add_func ("/sitrep/timeline/lanes", test_lanes);
  g_test_add_func ("/sitrep/timeline/lanes-uncoded", test_lanes_uncoded);
  g_test_add_func ("/sitrep/timeline/playback", test_playback);
  g_test_add_func ("/sitrep/timeline/load", test_load);
  g_test_add_data_func ("/sitrep/timeline/tz/Pacific-Kiritimati", "Pacific/Kiritimati", test_time_zone);
  g_test_add_data_func ("/sitrep/timeline/tz/America-Adak", "America/Adak", test_time_zone);

  return g_test_run ();
}
