/* test-suggest-dates-forms.c — the explicit dates English and Arabic news
 * write, form by form: each must be proposed over its words and resolved to
 * its day (or its unknown year), and the numbers that are no dates must not
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sitrep-suggest.h"
#include "sitrep-test-util.h"

typedef struct
{
  const char *text;
  const char *published;   /* NULL: none known */
  const char *span;        /* a date suggestion's text must hold this */
  const char *start;       /* and start on this day */
} Form;

/* One line per form: the date in a sentence as a report writes it. */
static const Form forms[] = {
  /* day, month, year in every order and separator */
  { "Four people were killed on 18 May 2024 in Idlib.", "2024-05-20", "18 May 2024", "2024-05-18" },
  { "Four people were killed on May 18, 2024 in Idlib.", "2024-05-20", "May 18, 2024", "2024-05-18" },
  { "Four people were killed on May 18 2024 in Idlib.", "2024-05-20", "May 18 2024", "2024-05-18" },
  { "Four people were killed on the 18th of May 2024 in Idlib.", "2024-05-20", "18th of May", "2024-05-18" },
  { "Four people were killed on the 18th of May in Idlib.", "2024-05-20", "18th of May", "2024-05-18" },
  { "Four people were killed on May 18th in Idlib.", "2024-05-20", "May 18th", "2024-05-18" },
  { "Four people were killed on May 18th, 2024 in Idlib.", "2024-05-20", "May 18th, 2024", "2024-05-18" },
  { "Four people were killed on 18th May in Idlib.", "2024-05-20", "18th May", "2024-05-18" },
  { "Four people were killed on 18 May in Idlib.", "2024-05-20", "18 May", "2024-05-18" },
  { "Four people were killed on May 18 in Idlib.", "2024-05-20", "May 18", "2024-05-18" },
  { "Four people were killed on 18.5.2024 in Idlib.", "2024-05-20", "18.5.2024", "2024-05-18" },
  { "Four people were killed on 18/05/2024 in Idlib.", "2024-05-20", "18/05/2024", "2024-05-18" },
  { "Four people were killed on 2024-05-18 in Idlib.", "2024-05-20", "2024-05-18", "2024-05-18" },
  { "Four people were killed on 18-May-2024 in Idlib.", "2024-05-20", "18-May-2024", "2024-05-18" },
  { "Four people were killed on 18 May, 2024 in Idlib.", "2024-05-20", "18 May, 2024", "2024-05-18" },
  { "Four people were killed on 18 May 2024, in Idlib.", "2024-05-20", "18 May 2024", "2024-05-18" },
  { "Four people were killed on 18 MAY 2024 in Idlib.", "2024-05-20", "18 MAY 2024", "2024-05-18" },
  /* a date glued to a word by a hyphen, a dash or a slash */
  { "Hesekê-18 May 2024: four people were killed.", "2024-05-20", "18 May 2024", "2024-05-18" },
  { "Idlib – 18 May 2024: four people were killed.", "2024-05-20", "18 May 2024", "2024-05-18" },
  { "Idlib/18 May 2024: four people were killed.", "2024-05-20", "18 May 2024", "2024-05-18" },
  /* a weekday before or after */
  { "Tuesday 25 August 2020: four people were killed.", "2020-08-27", "25 August 2020", "2020-08-25" },
  { "Four people were killed on Tuesday, 25 August 2020.", "2020-08-27", "25 August 2020", "2020-08-25" },
  { "Four people were killed on Tuesday, Aug. 25.", "2020-08-27", "Aug. 25", "2020-08-25" },
  { "Four people were killed on Tuesday (25 August).", "2020-08-27", "25 August", "2020-08-25" },
  { "Four people were killed on 25 August, a Tuesday.", "2020-08-27", "25 August", "2020-08-25" },
  { "Four people were killed on Tuesday August 25, 2020.", "2020-08-27", "August 25, 2020", "2020-08-25" },
  /* abbreviated months, with and without a dot */
  { "Four people were killed on Sept. 3 in Idlib.", "2020-09-27", "Sept. 3", "2020-09-03" },
  { "Four people were killed on Sep 3 in Idlib.", "2020-09-27", "Sep 3", "2020-09-03" },
  { "Four people were killed on Sept 3, 2020 in Idlib.", "2020-09-27", "Sept 3, 2020", "2020-09-03" },
  { "Four people were killed on 3 Sept. 2020 in Idlib.", "2020-09-27", "3 Sept. 2020", "2020-09-03" },
  { "Four people were killed on Jan. 3 in Idlib.", "2020-09-27", "Jan. 3", "2020-01-03" },
  { "Four people were killed on 3 Feb 2020 in Idlib.", "2020-09-27", "3 Feb 2020", "2020-02-03" },
  { "Four people were killed on Dec. 30, 2019 in Idlib.", "2020-09-27", "Dec. 30, 2019", "2019-12-30" },
  /* ranges: their first day */
  { "Clashes on 3-4 May killed ten.", "2020-09-27", "3-4 May", "2020-05-03" },
  { "Clashes between 3 and 5 May killed ten.", "2020-09-27", "3 and 5 May", "2020-05-03" },
  { "Raids on the night of 3 to 4 May killed ten.", "2020-09-27", "3 to 4 May", "2020-05-03" },
  { "Clashes on May 3-4 killed ten.", "2020-09-27", "May 3-4", "2020-05-03" },
  { "Clashes on 3–4 May 2020 killed ten.", "2020-09-27", "3–4 May 2020", "2020-05-03" },
  /* where the date stands */
  { "BAGHDAD, May 18 (Reuters) - Four people were killed.", "2020-05-18", "May 18", "2020-05-18" },
  { "BEIRUT, 18 May 2020 (AFP) – Four people were killed.", "2020-05-18", "18 May 2020", "2020-05-18" },
  { "Four people were killed (18 May 2020) in Idlib.", "2020-09-27", "18 May 2020", "2020-05-18" },
  { "18 May 2020\nFour people were killed in Idlib.", "2020-09-27", "18 May 2020", "2020-05-18" },
  { "Name: Ahmad Khalil\nDate of death: 18 May 2020\nPlace: Idlib", "2020-09-27", "18 May 2020", "2020-05-18" },
  { "Date of death: 18/5/2020\nPlace: Idlib", "2020-09-27", "18/5/2020", "2020-05-18" },
  /* a year of two digits, in the century on or before publication (session 43) */
  { "A car bomb on 12/3/17 killed eight people in Azaz.", "2017-03-14", "12/3/17", "2017-03-12" },
  { "A car bomb on 3/12/17 killed eight people in Azaz.", "2017-03-14", "3/12/17", "2017-03-12" },
  { "A car bomb on 12.03.17 killed eight people in Azaz.", "2017-03-14", "12.03.17", "2017-03-12" },
  { "A car bomb on 12-03-17 killed eight people in Azaz.", "2017-03-14", "12-03-17", "2017-03-12" },
  { "A car bomb on 12/3/98 killed eight people in Azaz.", "2017-03-14", "12/3/98", "1998-03-12" },
  { "قتل ثمانية أشخاص بتاريخ 12/3/17 بانفجار في اعزاز.", "2017-03-14", "12/3/17", "2017-03-12" },
  { "قتل ثمانية أشخاص يوم 12-3-17 بانفجار في اعزاز.", "2017-03-14", "12-3-17", "2017-03-12" },
  { "Two bombs killed six policemen.\n[Source: Reuters, Mosul, 03May16]", "2016-05-04", "03May16", "2016-05-03" },
  { "BAGHDAD, 03-May-16 - Two people were killed in Sadr City.", "2016-05-04", "03-May-16", "2016-05-03" },
  /* a wire's dateline a day or two before publication: its "today" is the dateline's day (session 43) */
  { "BAGHDAD, April 19, 2022 (Xinhua) -- Two soldiers were killed today near Baquba.", "2022-04-20", "today",
    "2022-04-19" },
  { "بعقوبة، العراق 19 ابريل 2022 (شينخوا) قتل اليوم (الثلاثاء) جنديان بهجوم شنه مسلحون.", "2022-04-20", "اليوم",
    "2022-04-19" },
  { "BAGHDAD, April 20, 2022 (Xinhua) -- Two soldiers were killed today near Baquba.", "2022-04-20", "today",
    "2022-04-20" },
  { "- 18 May: four people were killed.\n- 19 May: two more.", "2020-09-27", "19 May", "2020-05-19" },
  { "Four people were killed on 18 May.[3]", "2020-09-27", "18 May", "2020-05-18" },
  /* year-less: the publication's year, or the year before for a later month */
  { "Four people were killed on 28 December in Idlib.", "2021-01-05", "28 December", "2020-12-28" },
  /* "today" with its weekday: the day it names nearest publication (a report dated a day early) */
  { "قتل أربعة أشخاص اليوم السبت في إدلب.", "2024-05-17", "السبت", "2024-05-18" },
  { "قتل أربعة أشخاص صباح اليوم السبت في إدلب.", "2024-05-17", "السبت", "2024-05-18" },
  { "Four people were killed today, Saturday, in Idlib.", "2024-05-17", "Saturday", "2024-05-18" },
  { "قتل أربعة أشخاص اليوم السبت في إدلب.", "2024-05-19", "السبت", "2024-05-18" },
  { "قتل أربعة أشخاص اليوم السبت في إدلب.", "2024-05-18", "السبت", "2024-05-18" },
  /* a year-less day up to a month after publication: last year's when the sentence tells what happened
   * (session 38), the publication's when it tells of days to come or its year is written */
  { "Four people were killed on 25 May in Idlib.", "2024-05-20", "25 May", "2023-05-25" },
  { "قتل أربعة أشخاص في 25 أيار في إدلب.", "2024-05-20", "25 أيار", "2023-05-25" },
  { "A conference will be held on 25 May in Sochi.", "2024-05-20", "25 May", "2024-05-25" },
  { "يعقد الاجتماع المقبل في 25 أيار في جنيف.", "2024-05-20", "25 أيار", "2024-05-25" },
  { "Four people were killed on 25 May 2024 in Idlib.", "2024-05-20", "25 May 2024", "2024-05-25" },
  /* "اليوم" alone after a verb or a subject: today (session 38) */
  { "قتل أربعة أشخاص اليوم في إدلب.", "2024-05-21", "اليوم", "2024-05-21" },
  { "شهدت درعا اليوم مقتل أربعة أشخاص.", "2024-05-21", "اليوم", "2024-05-21" },
  /* without "today", the weekday before publication */
  { "قتل أربعة أشخاص يوم السبت في إدلب.", "2024-05-17", "السبت", "2024-05-11" },
  { "Four people were killed on Saturday in Idlib.", "2024-05-17", "Saturday", "2024-05-11" },
  { "Today, four people were killed in Idlib.", "2024-05-21", "Today", "2024-05-21" },
  /* without a publication date, a year-less date keeps its year unknown */
  { "Four people were killed on 18 May in Idlib.", NULL, "18 May", "--05-18" },
  /* Arabic: both series of month names, with clitics */
  { "قتل أربعة أشخاص في 18 أيار 2024 في إدلب.", "2024-05-20", "18 أيار 2024", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 مايو 2024 في إدلب.", "2024-05-20", "18 مايو 2024", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 أيار/مايو 2024 في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 كانون الثاني/يناير 2024 في إدلب.", "2024-01-20", "18 كانون الثاني", "2024-01-18" },
  { "قتل أربعة أشخاص في 18 تشرين الأول 2023 في إدلب.", "2024-01-20", "18 تشرين الأول 2023", "2023-10-18" },
  { "قتل أربعة أشخاص في الثامن من مايو في إدلب.", "2024-05-20", "الثامن من مايو", "2024-05-08" },
  { "قتل أربعة أشخاص في الثامن عشر من أيار في إدلب.", "2024-05-20", "الثامن عشر من أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في ١٨ أيار ٢٠٢٤ في إدلب.", "2024-05-20", "١٨ أيار ٢٠٢٤", "2024-05-18" },
  { "قتل أربعة أشخاص في 18/5/2024م في إدلب.", "2024-05-20", "18/5/2024", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 أيار 2024م في إدلب.", "2024-05-20", "18 أيار 2024", "2024-05-18" },
  { "قتل أربعة أشخاص يوم الأحد 18 أيار في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في الـ18 من أيار في إدلب.", "2024-05-20", "18 من أيار", "2024-05-18" },
  { "قتل أربعة أشخاص بتاريخ 18 أيار في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 من شهر أيار في إدلب.", "2024-05-20", "18 من شهر أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 من شهر مايو الماضي في إدلب.", "2024-06-20", "18 من شهر مايو", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 حزيران في إدلب.", "2024-06-20", "18 حزيران", "2024-06-18" },
  { "قتل أربعة أشخاص في 8 آب في إدلب.", "2024-08-20", "8 آب", "2024-08-08" },
  { "قتل أربعة أشخاص في 8 اب في إدلب.", "2024-08-20", "8 اب", "2024-08-08" },
  { "قتل أربعة أشخاص في 8 أغسطس في إدلب.", "2024-08-20", "8 أغسطس", "2024-08-08" },
  { "قتل أربعة أشخاص في 8 شباط في إدلب.", "2024-08-20", "8 شباط", "2024-02-08" },
  { "قتل أربعة أشخاص في 8 فبراير في إدلب.", "2024-08-20", "8 فبراير", "2024-02-08" },
  { "قتل أربعة أشخاص في 8 أبريل في إدلب.", "2024-08-20", "8 أبريل", "2024-04-08" },
  { "قتل أربعة أشخاص في 8 نيسان في إدلب.", "2024-08-20", "8 نيسان", "2024-04-08" },
  { "قتل أربعة أشخاص في 8 تموز في إدلب.", "2024-08-20", "8 تموز", "2024-07-08" },
  { "قتل أربعة أشخاص في 8 يوليو في إدلب.", "2024-08-20", "8 يوليو", "2024-07-08" },
  { "قتل أربعة أشخاص في 8 سبتمبر في إدلب.", "2024-09-20", "8 سبتمبر", "2024-09-08" },
  { "قتل أربعة أشخاص في 8 أيلول في إدلب.", "2024-09-20", "8 أيلول", "2024-09-08" },
  { "قتل أربعة أشخاص في 8 ديسمبر في إدلب.", "2024-12-20", "8 ديسمبر", "2024-12-08" },
  { "قتل أربعة أشخاص في 8 كانون الأول في إدلب.", "2024-12-20", "8 كانون الأول", "2024-12-08" },
  { "قتل أربعة أشخاص في 8 يناير/كانون الثاني في إدلب.", "2024-12-20", "8 يناير", "2024-01-08" },
  { "وفي الثامن من آذار الماضي قتل أربعة أشخاص.", "2024-05-20", "الثامن من آذار", "2024-03-08" },
  { "قتل أربعة أشخاص في 8 مارس/آذار 2024.", "2024-05-20", "8 مارس", "2024-03-08" },
  { "قتل أربعة أشخاص في ٨-٣-٢٠٢٤ في إدلب.", "2024-05-20", "٨-٣-٢٠٢٤", "2024-03-08" },
  { "قتل أربعة أشخاص في ٢٠٢٤/٣/٨ في إدلب.", "2024-05-20", "٢٠٢٤/٣/٨", "2024-03-08" },
  /* session 40: "this" before a weekday; a day alone before a verb of the past; a dateline's day in full
   * dates the relative words of a report without a publication date */
  { "Four policemen were wounded this Monday in Kirkuk.", "2024-03-14", "this Monday", "2024-03-11" },
  { "The shelling on the 5th killed nine people in Idlib.", "2024-03-14", "5th", "2024-03-05" },
  { "An air strike on the 20th killed four civilians in Raqqa.", "2024-03-14", "20th", "2024-02-20" },
  { "(UNAMI) 3 May 2016 – Two people were killed yesterday in Baghdad.", NULL, "yesterday", "2016-05-02" },
  { "BAGHDAD, May 3, 2016 (Reuters) - Two people were killed on Sunday in Baghdad.", NULL, "Sunday", "2016-05-01" },
  { "دمشق - 12 آذار 2019 - قتل ثلاثة أشخاص أمس في حي المزة.", NULL, "أمس", "2019-03-11" },
  /* more English forms: times after, parts of the day, weekdays in brackets */
  { "Four people were killed on May 18 at 10:30 a.m. in Idlib.", "2024-05-20", "May 18", "2024-05-18" },
  { "Four people were killed on 18 May at 0300 GMT in Idlib.", "2024-05-20", "18 May", "2024-05-18" },
  { "Four people were killed on Saturday, May 18, 2024, in Idlib.", "2024-05-20", "May 18, 2024", "2024-05-18" },
  { "Four people were killed on the morning of May 18 in Idlib.", "2024-05-20", "May 18", "2024-05-18" },
  { "Four people were killed in the early hours of 18 May in Idlib.", "2024-05-20", "18 May", "2024-05-18" },
  { "Four people were killed on Thursday (May 16) in Idlib.", "2024-05-20", "May 16", "2024-05-16" },
  { "Four people were killed on 3rd January 2020 in Idlib.", "2020-05-20", "3rd January 2020", "2020-01-03" },
  { "Four people were killed on the 3rd of January in Idlib.", "2020-05-20", "3rd of January", "2020-01-03" },
  { "Four people were killed on 3 January, 2020 in Idlib.", "2020-05-20", "3 January, 2020", "2020-01-03" },
  { "On Dec. 29, U.S. forces struck five sites.", "2020-01-02", "Dec. 29", "2019-12-29" },
  { "On Dec.29, U.S. forces struck five sites.", "2020-01-02", "Dec.29", "2019-12-29" },
  { "Four people were killed on May 18-19 in Idlib.", "2024-05-20", "May 18-19", "2024-05-18" },
  /* "N and M May" alone is read as its last day, as before session 35: read as a
   * range it cost two right days on a held-out set (bench/RESULTS.md) */
  { "Four people were killed on 18 and 19 May in Idlib.", "2024-05-20", "19 May", "2024-05-19" },
  { "Four people were killed on May 18 and 19 in Idlib.", "2024-05-20", "May 18", "2024-05-18" },
  { "Four people were killed on (18/05/2024) in Idlib.", "2024-05-20", "18/05/2024", "2024-05-18" },
  { "Four people were killed on 18-05-2024 in Idlib.", "2024-05-20", "18-05-2024", "2024-05-18" },
  { "Four people were killed on 2024/5/18 in Idlib.", "2024-05-20", "2024/5/18", "2024-05-18" },
  { "Four people were killed on 18.05.2024 in Idlib.", "2024-05-20", "18.05.2024", "2024-05-18" },
  { "Four people were killed on 18 May 2024 at 14:00 in Idlib.", "2024-05-20", "18 May 2024", "2024-05-18" },
  { "Four people were killed on 18 May (Saturday) in Idlib.", "2024-05-20", "18 May", "2024-05-18" },
  { "Four people were killed on Sat., May 18 in Idlib.", "2024-05-20", "May 18", "2024-05-18" },
  { "Four people were killed on 18 May.", "2024-05-20", "18 May", "2024-05-18" },
  { "Four people were killed on Sept. 30.", "2024-10-20", "Sept. 30", "2024-09-30" },
  { "DAMASCUS, Syria (AP) — On May 18, four people were killed.", "2024-05-20", "May 18", "2024-05-18" },
  { "ERBIL, Kurdistan Region (Rudaw) – On 18 May four people were killed.", "2024-05-20", "18 May", "2024-05-18" },
  { "Four people were killed on 29 February 2024 in Idlib.", "2024-05-20", "29 February 2024", "2024-02-29" },
  { "Four people were killed on Feb. 29 in Idlib.", "2024-05-20", "Feb. 29", "2024-02-29" },
  { "Idlib, 18 May 2024 — Four people were killed.", NULL, "18 May 2024", "2024-05-18" },
  /* a UN statement's place and date in brackets, a release's date on a line of its own: the report's own day for
   * the relative words of a report without a publication date (session 41) */
  { "(Baghdad, 12 March 2017) – Nine civilians were killed in Mosul yesterday, the mission said.", NULL, "yesterday",
    "2017-03-11" },
  { "(بغداد، 12 آذار 2017) - قتل تسعة مدنيين أمس بهجوم في غرب الموصل.", NULL, "أمس", "2017-03-11" },
  { "FOR IMMEDIATE RELEASE\nMarch 4, 2015\n\nCoalition strikes near Kirkuk on Tuesday killed 12 fighters.", NULL, "Tuesday",
    "2015-03-03" },
  { "Press release\nWednesday, 4 March 2015\nTwo soldiers were killed yesterday near Kirkuk.", NULL, "yesterday",
    "2015-03-03" },
  /* session 42: a report's own date in more outlets' styles: in numbers after a place, opening the line, after a
   * place with no mark, after a release's heading, after a dash and before a colon, on a line of its own with
   * "Published:" or a time of day; a title's lower-case month with its day and year */
  { "Kirkuk, 20.04.2018 – A bomb killed two policemen on Thursday.", NULL, "Thursday", "2018-04-19" },
  { "2018-04-20 — A bomb killed two policemen yesterday near Kirkuk.", NULL, "yesterday", "2018-04-19" },
  { "كركوك 20-4-2018 - قتل شرطيان أمس بانفجار عبوة.", NULL, "أمس", "2018-04-19" },
  { "NEWS RELEASE\n\nKIRKUK, April 20, 2018 — A bomb killed two policemen yesterday.", NULL, "yesterday", "2018-04-19" },
  { "TIKRIT, Iraq — April 20, 2018: A bomb killed two policemen on Wednesday.", NULL, "Wednesday", "2018-04-18" },
  { "Published: 20 April 2018\n\nA bomb killed two policemen on Wednesday near Kirkuk.", NULL, "Wednesday",
    "2018-04-18" },
  { "Posted on 4/20/2018\nA bomb killed two policemen yesterday near Kirkuk.", NULL, "yesterday", "2018-04-19" },
  { "Friday, 20 April 2018 09:12 GMT\nA bomb killed two policemen yesterday near Kirkuk.", NULL, "yesterday",
    "2018-04-19" },
  { "الجمعة 20 نيسان 2018 - 09:12 بتوقيت غرينتش\nقتل شرطيان أمس بانفجار عبوة قرب كركوك.", NULL, "أمس",
    "2018-04-19" },
  /* "منذ يومين": two days ago, as "قبل يومين" */
  { "قتل شرطيان منذ يومين بانفجار عبوة قرب كركوك.", "2018-04-20", "منذ يومين", "2018-04-18" },
  { "قتل شرطيان منذ ثلاثة أيام بانفجار عبوة قرب كركوك.", "2018-04-20", "منذ ثلاثة أيام", "2018-04-17" },
  /* more Arabic forms */
  { "قتل أربعة أشخاص السبت 18 أيار/مايو 2024 في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص بتاريخ 18-5-2024 في إدلب.", "2024-05-20", "18-5-2024", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 أيار (مايو) 2024 في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 مايو/أيار الماضي في إدلب.", "2024-06-20", "18 مايو", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 أيار / مايو 2024 في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في ١٨ مايو في إدلب.", "2024-05-20", "١٨ مايو", "2024-05-18" },
  { "قتل أربعة أشخاص في ۱۸ مايو في إدلب.", "2024-05-20", "۱۸ مايو", "2024-05-18" },
  { "قتل أربعة أشخاص في الثامن عشر من شهر أيار/مايو 2024 في إدلب.", "2024-05-20", "الثامن عشر من شهر أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في الحادي والعشرين من أيار في إدلب.", "2024-05-25", "الحادي والعشرين من أيار", "2024-05-21" },
  { "قتل أربعة أشخاص في الأول من أيار في إدلب.", "2024-05-20", "الأول من أيار", "2024-05-01" },
  { "قتل أربعة أشخاص في 18 من الشهر الجاري في إدلب.", "2024-05-20", "18 من الشهر الجاري", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 الجاري في إدلب.", "2024-05-20", "18 الجاري", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 من الشهر الحالي في إدلب.", "2024-05-20", "18 من الشهر الحالي", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 أيار الجاري في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص مساء السبت 18 أيار في إدلب.", "2024-05-20", "18 أيار", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 ايار في إدلب.", "2024-05-20", "18 ايار", "2024-05-18" },
  { "قتل أربعة أشخاص في 18 إبريل في إدلب.", "2024-05-20", "18 إبريل", "2024-04-18" },
  { "قتل أربعة أشخاص في 18 ابريل في إدلب.", "2024-05-20", "18 ابريل", "2024-04-18" },
  { "قتل أربعة أشخاص في 18 يونيو في إدلب.", "2024-06-20", "18 يونيو", "2024-06-18" },
  { "قتل أربعة أشخاص في 18 يونيه في إدلب.", "2024-06-20", "18 يونيه", "2024-06-18" },
  { "قتل أربعة أشخاص في 18 يوليه في إدلب.", "2024-07-20", "18 يوليه", "2024-07-18" },
  { "قتل أربعة أشخاص في 18 أكتوبر في إدلب.", "2024-10-20", "18 أكتوبر", "2024-10-18" },
  { "قتل أربعة أشخاص في 18 اكتوبر في إدلب.", "2024-10-20", "18 اكتوبر", "2024-10-18" },
  { "قتل أربعة أشخاص في 18 نوفمبر في إدلب.", "2024-11-20", "18 نوفمبر", "2024-11-18" },
  { "قتل أربعة أشخاص في 18 تشرين ثاني في إدلب.", "2024-11-20", "18 تشرين ثاني", "2024-11-18" },
  { "قتل أربعة أشخاص في 18 كانون ثاني في إدلب.", "2024-11-20", "18 كانون ثاني", "2024-01-18" },
  { "قتل أربعة أشخاص في 18 جانفي في إدلب.", "2024-11-20", "18 جانفي", "2024-01-18" },
  { "وفي 18 أيار قتل أربعة أشخاص.", "2024-05-20", "18 أيار", "2024-05-18" },
  /* statements and releases */
  { "SOUTHWEST ASIA – On Jan. 27, 2024, coalition forces struck a site.", "2024-02-01", "Jan. 27, 2024", "2024-01-27" },
  { "TAMPA, Fla. – On Feb. 3 at 4 p.m. (EST), forces struck 85 targets.", "2024-02-05", "Feb. 3", "2024-02-03" },
  { "Forces struck on the night of Jan. 27-28, killing two.", "2024-02-05", "Jan. 27-28", "2024-01-27" },
  { "Forces struck between Feb. 2 and 4, killing two.", "2024-02-05", "Feb. 2 and 4", "2024-02-02" },
  { "Forces struck on May 18, 2024, at around 14:00, killing two.", "2024-06-05", "May 18, 2024", "2024-05-18" },
  { "Forces struck at 10 p.m. on May 18, killing two.", "2024-06-05", "May 18", "2024-05-18" },
  { "Forces struck on Saturday May 18, killing two.", "2024-06-05", "May 18", "2024-05-18" },
  { "Forces struck on May 18th 2024, killing two.", "2024-06-05", "May 18th 2024", "2024-05-18" },
  { "Forces struck on MAY 18, 2024, killing two.", "2024-06-05", "MAY 18, 2024", "2024-05-18" },
  { "Forces struck earlier on Saturday (May 18), killing two.", "2024-06-05", "May 18", "2024-05-18" },
  { "قالت قيادة العمليات إن قواتها نفذت يوم الجمعة الموافق 17/5/2024 ضربة.", "2024-05-20", "17/5/2024", "2024-05-17" },
  { "قتل أربعة أشخاص السبت 18 من أيار الحالي في إدلب.", "2024-05-20", "18 من أيار", "2024-05-18" },
  { "قتل أربعة أشخاص يوم 18-5-2024 في إدلب.", "2024-05-20", "18-5-2024", "2024-05-18" },
  { "قتل أربعة أشخاص ليلة 17-18 أيار في إدلب.", "2024-05-20", "17-18 أيار", "2024-05-17" },
  { "قتل أربعة أشخاص بين 17 و18 أيار في إدلب.", "2024-05-20", "17 و18 أيار", "2024-05-17" },
  { "قتل أربعة أشخاص في 2024/05/18 في إدلب.", "2024-05-20", "2024/05/18", "2024-05-18" },
  { "قتل أربعة أشخاص في 18.05.2024 في إدلب.", "2024-05-20", "18.05.2024", "2024-05-18" },
  /* a day and month in numbers after a word that announces a date */
  { "قتل أربعة أشخاص بتاريخ 18/5 في إدلب.", "2024-05-20", "18/5", "2024-05-18" },
  { "قتل أربعة أشخاص يوم الجمعة الموافق 17-5 في إدلب.", "2024-05-20", "17-5", "2024-05-17" },
  { "قتل أربعة أشخاص ليلة ١٧/٥ في إدلب.", "2024-05-20", "١٧/٥", "2024-05-17" },
  { "قتل أربعة أشخاص يوم 28/12 في إدلب.", "2024-01-05", "28/12", "2023-12-28" },
  { "قتل أربعة أشخاص بتاريخ 18/5 في إدلب.", NULL, "18/5", "--05-18" },
  /* relative forms against the publication date */
  { "قتل أربعة أشخاص في 4 من الشهر الماضي في إدلب.", "2024-05-20", "4 من الشهر الماضي", "2024-04-04" },
  { "Four people were killed on the 4th of last month.", "2024-05-20", "4th of last month", "2024-04-04" },
  /* a day and month in numbers after an English weekday: month first unless it cannot be
   * or the weekday says otherwise (session 36) */
  { "An airstrike hit the market on Wednesday (1/15), killing 18.", NULL, "1/15", "--01-15" },
  { "An airstrike hit the market on Wednesday (1/15), killing 18.", "2020-01-20", "1/15", "2020-01-15" },
  { "Food was handed out on Saturday (1/11) and Sunday (1/12).", "2020-01-20", "1/12", "2020-01-12" },
  { "Food was handed out on Saturday, 1/11, in Idlib.", "2020-01-20", "1/11", "2020-01-11" },
  { "Food was handed out on Saturday (11/1) in Idlib.", "2020-01-20", "11/1", "2020-01-11" },
  { "Food was handed out on Saturday (25/1) in Idlib.", NULL, "25/1", "--01-25" },
  /* weekdays alone, against the publication date (a Monday; on a Tuesday "Tuesday" is that day) */
  { "Four people were killed on Tuesday in Idlib.", "2024-05-20", "Tuesday", "2024-05-14" },
  { "Four people were killed Tuesday in Idlib.", "2024-05-21", "Tuesday", "2024-05-21" },
  { "Four people were killed last Friday in Idlib.", "2024-05-21", "last Friday", "2024-05-17" },
  { "Friday's attack killed four people in Idlib.", "2024-05-21", "Friday", "2024-05-17" },
  { "Four people were killed on Monday night in Idlib.", "2024-05-21", "Monday", "2024-05-20" },
  { "قتل أربعة أشخاص مساء الثلاثاء في إدلب.", "2024-05-23", "مساء الثلاثاء", "2024-05-21" },
  { "قتل أربعة أشخاص فجر الجمعة في إدلب.", "2024-05-21", "فجر الجمعة", "2024-05-17" },
  { "قتل أربعة أشخاص الجمعة الماضية في إدلب.", "2024-05-21", "الجمعة الماضية", "2024-05-17" },
  /* relative to the publication date */
  { "Four people were killed last week in Idlib.", "2024-05-22", "last week", "2024-05-13" },
  { "Four people were killed this morning in Idlib.", "2024-05-21", "this morning", "2024-05-21" },
  { "Four people were killed two days ago in Idlib.", "2024-05-21", "two days ago", "2024-05-19" },
  { "قتل أربعة أشخاص أمس في إدلب.", "2024-05-21", "أمس", "2024-05-20" },
  { "قتل أربعة أشخاص يوم أمس في إدلب.", "2024-05-21", "أمس", "2024-05-20" },
  { "قتل أربعة أشخاص مساء أمس في إدلب.", "2024-05-21", "أمس", "2024-05-20" },
  { "قتل أربعة أشخاص صباح اليوم في إدلب.", "2024-05-21", "صباح اليوم", "2024-05-21" },
  { "قتل أربعة أشخاص قبل يومين في إدلب.", "2024-05-21", "قبل يومين", "2024-05-19" },
  { "قتل أربعة أشخاص قبل ثلاثة أيام في إدلب.", "2024-05-21", "قبل ثلاثة أيام", "2024-05-18" },
  { "قتل أربعة أشخاص الأسبوع الماضي في إدلب.", "2024-05-22", "الأسبوع الماضي", "2024-05-13" },
  { "قتل أربعة أشخاص الشهر الماضي في إدلب.", "2024-05-22", "الشهر الماضي", "2024-04" },
  /* another day of the text, counted from the date named before it */
  { "Four were killed on 18 May. The day before, two were wounded.", "2024-05-21", "The day before", "2024-05-17" },
  { "Four were killed on 18 May. The previous day, two were wounded.", "2024-05-21", "The previous day", "2024-05-17" },
  { "Four were killed on May 18. The next day, two more died.", "2024-05-21", "The next day", "2024-05-19" },
  { "Four were killed on May 18. The following day two more died.", "2024-05-21", "The following day", "2024-05-19" },
  { "Four were killed on May 18. Two days later, six more died.", "2024-05-21", "Two days later", "2024-05-20" },
  { "Four were killed on May 18 and a day earlier two died.", "2024-05-21", "a day earlier", "2024-05-17" },
  { "Four were killed on Jan. 2. On the same day, two died in Hirak.", "2024-01-05", "the same day", "2024-01-02" },
  { "Four were killed on Saturday. The day before, two died.", "2015-04-27", "The day before", "2015-04-24" },
  { "Four were killed on October 14. The previous day, six died.", NULL, "The previous day", "--10-13" },
  { "قتل أربعة أشخاص في 18 أيار. وفي اليوم التالي قتل اثنان.", "2024-05-21", "اليوم التالي", "2024-05-19" },
  { "قتل أربعة أشخاص في 18 أيار. وفي اليوم السابق قتل اثنان.", "2024-05-21", "اليوم السابق", "2024-05-17" },
  { "قتل أربعة أشخاص في 18 أيار، وقتل اثنان في اليوم نفسه.", "2024-05-21", "اليوم نفسه", "2024-05-18" },
  /* session 41: English days in words before "of" a month */
  { "Four people were killed on the fifth of May in Idlib.", "2024-05-20", "fifth of May", "2024-05-05" },
  { "Four people were killed on the twenty-first of April in Idlib.", "2024-05-20", "twenty-first of April", "2024-04-21" },
  { "On the thirty first of March, four people were killed in Idlib.", "2024-05-20", "thirty first of March", "2024-03-31" },
  { "Four people were killed on the fifteenth of May 2023 in Idlib.", "2024-05-20", "fifteenth of May 2023", "2023-05-15" },
  { NULL }
};

/* Forms coders meet (session 37), with both ends of what they cover: each
 * against its publication date. */
typedef struct
{
  const char *text;
  const char *published;
  const char *span;
  const char *start;
  const char *end;
} SpanForm;

static const SpanForm span_forms[] = {
  /* the publication is a Wednesday */
  { "Raids on the night of 3 to 4 May killed ten.", "2024-05-22", "3 to 4 May", "2024-05-03", "2024-05-04" },
  { "Clashes between Saturday and Sunday killed ten.", "2024-05-22", "between Saturday and Sunday", "2024-05-18", "2024-05-19" },
  { "Clashes from Friday to Monday killed ten.", "2024-05-22", "from Friday to Monday", "2024-05-17", "2024-05-20" },
  { "Clashes between Saturday and Sunday killed ten.", "2024-05-18", "between Saturday and Sunday", "2024-05-11", "2024-05-12" },
  { "He was killed late on Monday in Idlib.", "2024-05-22", "Monday", "2024-05-20", "2024-05-20" },
  { "He was killed at dawn on Friday in Idlib.", "2024-05-22", "Friday", "2024-05-17", "2024-05-17" },
  { "He was killed last Thursday in Idlib.", "2024-05-22", "last Thursday", "2024-05-16", "2024-05-16" },
  { "He was killed earlier this week in Idlib.", "2024-05-22", "this week", "2024-05-20", "2024-05-22" },
  { "He was killed on the 12th in Idlib.", "2024-05-22", "the 12th", "2024-05-12", "2024-05-12" },
  { "He was killed on the 25th, officials said.", "2024-05-22", "the 25th", "2024-04-25", "2024-04-25" },
  { "On May 10 a bomb exploded. Another exploded on the 12th, killing two.", "2024-07-22", "the 12th", "2024-05-12", "2024-05-12" },
  { "He was killed in mid-June in Idlib.", "2024-07-22", "mid-June", "2024-06-11", "2024-06-20" },
  { "He was killed in late June 2023 in Idlib.", "2024-07-22", "late June 2023", "2023-06-21", "2023-06-30" },
  { "He was killed at the end of June in Idlib.", "2024-07-22", "end of June", "2024-06-21", "2024-06-30" },
  { "Clashes in the first week of March killed ten.", "2024-05-22", "first week of March", "2024-03-01", "2024-03-07" },
  { "Clashes in the last week of June killed ten.", "2024-07-22", "last week of June", "2024-06-24", "2024-06-30" },
  { "Clashes in the second half of June killed ten.", "2024-07-22", "second half of June", "2024-06-16", "2024-06-30" },
  { "The group lost three leaders in August and September.", "2024-10-19", "August and September", "2024-08-01", "2024-09-30" },
  { "Fighting between June and August 2023 killed 40.", "2024-10-19", "between June and August 2023", "2023-06-01", "2023-08-31" },
  { "قتل أربعة أشخاص فجر اليوم في إدلب.", "2024-05-22", "فجر اليوم", "2024-05-22", "2024-05-22" },
  { "قتل أربعة أشخاص ليلة السبت في إدلب.", "2024-05-22", "ليلة السبت", "2024-05-18", "2024-05-18" },
  { "قتل أربعة أشخاص ليلة الجمعة السبت في إدلب.", "2024-05-22", "ليلة الجمعة السبت", "2024-05-17", "2024-05-18" },
  { "قتل أربعة أشخاص بين السبت والأحد في إدلب.", "2024-05-22", "بين السبت والأحد", "2024-05-18", "2024-05-19" },
  { "قتل أربعة أشخاص يوم أمس الأول في إدلب.", "2024-05-22", "أمس الأول", "2024-05-20", "2024-05-20" },
  { "قتل أربعة أشخاص منتصف الشهر الجاري في إدلب.", "2024-05-22", "منتصف الشهر الجاري", "2024-05-11", "2024-05-20" },
  { "قتل أربعة أشخاص أواخر الشهر الماضي في إدلب.", "2024-05-22", "أواخر الشهر الماضي", "2024-04-21", "2024-04-30" },
  { "قتل أربعة أشخاص منتصف حزيران في إدلب.", "2024-07-22", "منتصف حزيران", "2024-06-11", "2024-06-20" },
  { "قتل أربعة أشخاص في الأسبوع الأول من حزيران في إدلب.", "2024-07-22", "الأسبوع الأول من حزيران", "2024-06-01", "2024-06-07" },
  { "قتل 40 شخصاً في آب وأيلول.", "2024-10-19", "آب وأيلول", "2024-08-01", "2024-09-30" },
  /* Arabic-Indic digits; the Levant's month names and Egypt's and the Gulf's */
  { "قتل أربعة أشخاص في ١٢ تشرين الأول ٢٠٢٣ في إدلب.", "2024-05-22", "١٢ تشرين الأول ٢٠٢٣", "2023-10-12", "2023-10-12" },
  { "قتل أربعة أشخاص في ٣ كانون الثاني في إدلب.", "2024-05-22", "٣ كانون الثاني", "2024-01-03", "2024-01-03" },
  { "قتل أربعة أشخاص في 3 تشرين الثاني في إدلب.", "2024-05-22", "3 تشرين الثاني", "2023-11-03", "2023-11-03" },
  { "قتل أربعة أشخاص في 3 كانون الأول في إدلب.", "2024-05-22", "3 كانون الأول", "2023-12-03", "2023-12-03" },
  { "قتل أربعة أشخاص في 3 يناير في إدلب.", "2024-05-22", "3 يناير", "2024-01-03", "2024-01-03" },
  { "قتل أربعة أشخاص في ٣ نوفمبر في إدلب.", "2024-05-22", "٣ نوفمبر", "2023-11-03", "2023-11-03" },
  /* a day after publication by less than a month is to come, not last year's */
  { "A conference is to be held in Sochi on 29-30 January.", "2018-01-24", "29-30 January", "2018-01-29", "2018-01-30" },
  /* a day of a month the text named with its year just before takes that year */
  { "The uprising began in mid-March 2011. On 18 March, forces killed four in Daraa.", "2015-06-10", "18 March",
    "2011-03-18", "2011-03-18" },
  { "منذ بدء الثورة في منتصف مارس 2011. وسقط أول قتيل في درعا في 18 مارس.", "2015-06-10", "18 مارس",
    "2011-03-18", "2011-03-18" },
  /* a range of days just after publication in a sentence of the past: last year's (session 38) */
  { "Clashes on 24-26 May killed ten.", "2024-05-20", "24-26 May", "2023-05-24", "2023-05-26" },
  /* a time after a dash is the hour, not a range's other day (session 38) */
  { "Published December 18th, 2022 - 05:48 GMT\nFour people were killed in Kirkuk.", "2022-12-18",
    "December 18th, 2022", "2022-12-18", "2022-12-18" },
  { "Posted 3 May 2024 – 11:20\nFour people were killed in Idlib.", "2024-05-03", "3 May 2024", "2024-05-03", "2024-05-03" },
  /* a range's other day still is one */
  { "Clashes on December 18-20, 2022 killed ten.", "2022-12-28", "December 18-20, 2022", "2022-12-18", "2022-12-20" },
  /* Arabic "from … to": "إلى" and "حتى" end in a dotless ya (session 41) */
  { "قتل 22 مدنيا في غارات من 3 إلى 5 أيار على ريف إدلب.", "2024-05-07", "3 إلى 5 أيار", "2024-05-03", "2024-05-05" },
  { "قتل 22 مدنيا في غارات بين 3 حتى 5 أيار على ريف إدلب.", "2024-05-07", "3 حتى 5 أيار", "2024-05-03", "2024-05-05" },
  { NULL }
};

/* Readings a form must not get: no date proposal in @text may cover
 * @start … @end. */
typedef struct
{
  const char *text;
  const char *published;
  const char *start;
  const char *end;
} WrongReading;

static const WrongReading wrong_readings[] = {
  /* June's last week, not the calendar week before publication */
  { "Clashes in the last week of June killed ten.", "2024-07-22", "2024-07-15", "2024-07-21" },
  /* the first week of June, not its first day */
  { "قتل أربعة أشخاص في الأسبوع الأول من حزيران في إدلب.", "2024-07-22", "2024-06-01", "2024-06-01" },
  /* two days, not a range */
  { "Clashes on Saturday and Sunday killed ten.", "2024-05-22", "2024-05-18", "2024-05-19" },
  /* a month the text did not name with a year keeps the publication's */
  { "The uprising began in March 2011. On 18 May, forces killed four.", "2015-06-10", "2011-05-18", "2011-05-18" },
  /* a year named for another month lends nothing */
  { "Talks failed on 2 June 2014. On 18 March, forces killed four.", "2015-06-10", "2014-03-18", "2014-03-18" },
  /* a day glued before the month is the day, the digits after it the year's (session 43) */
  { "Two bombs killed six policemen.\n[Source: Reuters, Mosul, 03May16]", "2016-05-04", "2016-05-16", "2016-05-16" },
  { "Two bombs killed six policemen.\n[Source: Reuters, Mosul, 03May16]", NULL, "--05-16", "--05-16" },
  /* more than a month after publication: last year's */
  { "Four people were killed on 20 November.", "2022-10-19", "2022-11-20", "2022-11-20" },
  /* an hour after a dash: no range from its number (session 38) */
  { "Published December 18th, 2022 - 05:48 GMT\nFour people were killed in Kirkuk.", "2022-12-18", "2022-12-05",
    "2022-12-18" },
  /* "today, Saturday" in a report dated the Friday before: that Saturday, not the week's before */
  { "قتل أربعة أشخاص اليوم السبت في إدلب.", "2024-05-17", "2024-05-11", "2024-05-11" },
  { "Four people were killed today, Saturday, in Idlib.", "2024-05-17", "2024-05-11", "2024-05-11" },
  { NULL }
};

static gboolean
span_form_found (const SpanForm *f,
                 GString        *why)
{
  g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest (f->text, f->published);

  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];
      const char *end;

      if (s->kind != SITREP_SUGGEST_DATE)
        continue;
      end = s->date_end != NULL ? s->date_end : s->date_start;
      if (strstr (s->text, f->span) != NULL && g_strcmp0 (s->date_start, f->start) == 0 &&
          g_strcmp0 (end, f->end) == 0)
        return TRUE;
      g_string_append_printf (why, " [%s → %s … %s]", s->text, s->date_start, end);
    }
  return FALSE;
}

static void
test_span_forms (void)
{
  guint failed = 0;

  for (const SpanForm *f = span_forms; f->text != NULL; f++)
    {
      g_autoptr(GString) why = g_string_new (NULL);

      if (!span_form_found (f, why))
        {
          fprintf (stderr, "MISSED: %s | want %s → %s … %s; got%s\n", f->text, f->span, f->start, f->end, why->str);
          failed++;
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

static void
test_wrong_readings (void)
{
  guint failed = 0;

  for (const WrongReading *w = wrong_readings; w->text != NULL; w++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest (w->text, w->published);

      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];
          const char *end;

          if (s->kind != SITREP_SUGGEST_DATE)
            continue;
          end = s->date_end != NULL ? s->date_end : s->date_start;
          if (g_strcmp0 (s->date_start, w->start) == 0 && g_strcmp0 (end, w->end) == 0)
            {
              fprintf (stderr, "WRONG READING: %s | got [%s → %s … %s]\n", w->text, s->text, s->date_start, end);
              failed++;
            }
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

/* Words that are no date, or not the date they seem, in a text with others:
 * no date proposed may hold @words. */
typedef struct
{
  const char *text;
  const char *published;
  const char *words;
} NotForm;

static const NotForm not_forms[] = {
  /* a weekday beside its date is that date's, not a date of its own */
  { "Four people were killed on Tuesday, Aug. 25.", "2020-09-27", "Tuesday" },
  { "Four people were killed on Wednesday (1/15) in Idlib.", NULL, "Wednesday" },
  { "Four people were killed on 25 August, a Tuesday, in Idlib.", "2020-08-27", "Tuesday" },
  { "قتل أربعة أشخاص يوم السبت 18 أيار في إدلب.", "2024-05-20", "السبت" },
  /* a score after a weekday: no reading of it falls on that weekday */
  { "The team won on Sunday, 3/1 at home.", "2024-05-20", "3/1" },
  /* the day of an event the text does not date, not of the date before it */
  { "Four were killed on May 2. The day after the attack, six died.", "2024-05-21", "day after" },
  { "Four were killed on May 2, two days before the vote.", "2024-05-21", "days before" },
  { "Officials confirmed on October 17 that on the same day that the bus was hit, ten died.", NULL, "same day" },
  { "قتل أربعة في 2 أيار. وقبل يومين من الهجوم قتل ستة.", "2024-05-21", "قبل يومين" },
  /* "Today" inside a name is no day: "Baghdad Today", "USA Today" (session 38) */
  { "Four were killed, the Baghdad Today website said.", "2024-05-21", "Today" },
  { "Four were killed in Kirkuk, USA Today reported.", "2024-05-21", "Today" },
  /* "اليوم" after a preposition, before its adjective, or in an outlet's name is no today (session 38) */
  { "لا يزال القصف مستمرا حتى اليوم في إدلب.", "2024-05-21", "اليوم" },
  { "قتل أربعة أشخاص بحسب مراسل حلب اليوم في إدلب.", "2024-05-21", "اليوم" },
  { "قتل أربعة أشخاص اليوم الأول من الهجوم.", "2024-05-21", "اليوم" },
  /* "اليوم" alone is also "the day" */
  { "قتل أربعة أشخاص في اليوم الأول من الهجوم.", "2024-05-21", "اليوم" },
  /* a quarter, a street or a bridge named for a date is a place (session 43) */
  { "قتل أربعة من عناصر الشرطة في اشتباكات في حي 17 تموز غرب الموصل.", "2017-07-20", "17 تموز" },
  { "انفجرت عبوة ناسفة في شارع 14 رمضان ببغداد.", "2017-07-20", "14 رمضان" },
  { "قتل شخصان قرب جسر 14 تموز في بغداد.", "2017-07-20", "14 تموز" },
  /* Hijri months are no Gregorian dates */
  { "قتل أربعة أشخاص في الأول من شوال في إدلب.", "2024-05-21", "شوال" },
  { "قتل أربعة أشخاص في 15 شعبان 1445 في إدلب.", "2024-05-21", "شعبان" },
  { "قتل أربعة أشخاص ليلة 27 رمضان في إدلب.", "2024-05-21", "رمضان" },
  { "قتل أربعة أشخاص في 10 محرم في إدلب.", "2024-05-21", "محرم" },
  { NULL }
};

/* Numbers that are no dates: none may be proposed as one. */
static const char * const not_dates[] = {
  "The hotline is open 24/7 for the families.",
  "The team won 1-0 and then 3-2.",
  "The attacks of 9/11 changed the region.",
  "Verse 2:255 was read at the funeral.",
  "The score was 3/4 at half time.",
  "The ratio is 1.5 and 2.25 at most.",
  "He was sentenced under article 18/2 of the code.",
  "Call 0944-123-456 for details.",
  "Resolution 2254 (2015) calls for a ceasefire.",
  "Some 1,200 fighters and 2,500 civilians left.",
  "The 2-3 km road was closed.",
  "قرار مجلس الأمن 2254 لعام 2015.",
  "سورة البقرة 2/255.",
  "قتل أربعة أشخاص في 18/5 من الحالات.",
  "قتل أربعة أشخاص يوم 2/3 من الأسبوع.",
  "تعمل الخدمة 24/7 في إدلب.",
  "The raid on 18/5 killed four.",
  "قتل أربعة أشخاص في 8 رمضان 1445 هـ في إدلب.",
  "He scored 18 in March.",
  "The may be a ceasefire soon, officials said.",
  "She may 18 times have said so.",
  /* ordinals of no day (session 37) */
  "Troops of the 12th Armoured Division were hit.",
  "He lived on the 3rd floor of the building.",
  "The ceremony on the 5th armed forces day was held.",
  "It rained in May and people went out.",
  "He visited for the first time in years.",
  /* an ordinal word of no day (session 41) */
  "The first May Day rally since the war was held.",
  "The twenty-first of the fighters left in May.",
  NULL
};

static gboolean
form_found (const Form *f,
            GString    *why)
{
  g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest (f->text, f->published);

  for (guint i = 0; i < r->suggestions->len; i++)
    {
      const SitrepSuggestion *s = r->suggestions->pdata[i];

      if (s->kind != SITREP_SUGGEST_DATE)
        continue;
      if (strstr (s->text, f->span) != NULL && g_strcmp0 (s->date_start, f->start) == 0)
        return TRUE;
      g_string_append_printf (why, " [%s → %s]", s->text, s->date_start);
    }
  return FALSE;
}

static void
test_forms (void)
{
  guint failed = 0;

  for (const Form *f = forms; f->text != NULL; f++)
    {
      g_autoptr(GString) why = g_string_new (NULL);

      if (!form_found (f, why))
        {
          fprintf (stderr, "MISSED: %s | want %s → %s; got%s\n", f->text, f->span, f->start, why->str);
          failed++;
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

static void
test_not_dates (void)
{
  guint failed = 0;

  for (guint k = 0; not_dates[k] != NULL; k++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest (not_dates[k], "2024-05-20");

      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          if (s->kind == SITREP_SUGGEST_DATE)
            {
              fprintf (stderr, "NOT A DATE: %s | got [%s → %s]\n", not_dates[k], s->text, s->date_start);
              failed++;
            }
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

static void
test_not_forms (void)
{
  guint failed = 0;

  for (const NotForm *f = not_forms; f->text != NULL; f++)
    {
      g_autoptr(SitrepSuggestResult) r = sitrep_test_suggest (f->text, f->published);

      for (guint i = 0; i < r->suggestions->len; i++)
        {
          const SitrepSuggestion *s = r->suggestions->pdata[i];

          if (s->kind == SITREP_SUGGEST_DATE && strstr (s->text, f->words) != NULL)
            {
              fprintf (stderr, "NOT THIS DATE: %s | got [%s → %s]\n", f->text, s->text, s->date_start);
              failed++;
            }
        }
    }
  g_assert_cmpuint (failed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sitrep/suggest/dates/forms", test_forms);
  g_test_add_func ("/sitrep/suggest/dates/not-dates", test_not_dates);
  g_test_add_func ("/sitrep/suggest/dates/not-these", test_not_forms);
  g_test_add_func ("/sitrep/suggest/dates/span-forms", test_span_forms);
  g_test_add_func ("/sitrep/suggest/dates/wrong-readings", test_wrong_readings);
  return g_test_run ();
}
