#!/usr/bin/env python3
# suggest-date-sentences.py — the session-40 inc23 helper's own date sentences (written for this check, no set's text):
# each a report with a publication date (or none), the day a careful coder expects for its incident,
# and the explicit dates a coder would code (mention, day).
# Usage: bench/suggest-date-sentences.py SITREP_CLI [--all]   (prints the misses, then the count)
import json
import os
import subprocess
import sys
import tempfile

# (id, published, title, text, incident day (str, list of acceptable, or None: no day), [(mention, date)])
CASES = [
    # English weekdays; 2024-03-14 is a Thursday
    ("en-wd-on", "2024-03-14", None, "Three civilians were killed on Tuesday when a shell hit their house in Idlib, the Syrian Observatory said.", "2024-03-12", []),
    ("en-wd-bare", "2024-03-14", None, "Two soldiers were killed Tuesday in an ambush near Daraa, state media reported.", "2024-03-12", []),
    ("en-wd-last", "2024-03-14", None, "A car bomb killed five people last Thursday in Raqqa, activists said.", "2024-03-07", []),
    ("en-wd-same", "2024-03-14", None, "A car bomb killed five people on Thursday in Raqqa, activists said.", "2024-03-14", []),
    ("en-wd-after", "2024-03-14", None, "Gunmen killed four shepherds on Friday in the desert east of Homs, a monitor said.", "2024-03-08", []),
    ("en-wd-this", "2024-03-14", None, "Four policemen were wounded this Monday when a bomb went off in Kirkuk.", "2024-03-11", []),
    ("en-wd-late-on", "2024-03-14", None, "Late on Monday, a drone strike killed two fighters near Qamishli, a source said.", "2024-03-11", []),
    ("en-wd-early", "2024-03-14", None, "An explosion early Tuesday killed seven people in a market in Mosul, police said.", "2024-03-12", []),
    ("en-wd-night", "2024-03-14", None, "Three people were killed on Wednesday night in shelling on Aleppo, residents said.", "2024-03-13", []),
    ("en-wd-lead", "2024-03-14", None, "On Sunday, militants attacked an army post in Hama, killing six soldiers.", "2024-03-10", []),
    ("en-wd-in-pub", "2024-03-14", None, "Six people were killed in a suicide attack in Baghdad on Thursday morning, the interior ministry said.", "2024-03-14", []),
    # relative words
    ("en-yesterday", "2024-03-14", None, "Six people were killed yesterday in a drone strike on Qamishli, local officials said.", "2024-03-13", []),
    ("en-overnight", "2024-03-14", None, "Air strikes overnight killed three fighters near Deir ez-Zor, a war monitor said.", ["2024-03-13", "2024-03-14"], []),
    ("en-today", "2024-03-14", None, "A roadside bomb killed two soldiers today in Anbar, a security official said.", "2024-03-14", []),
    ("en-two-days", "2024-03-14", None, "Two days ago, gunmen killed a local official in Daraa, his family said.", "2024-03-12", []),
    ("en-earlier-month", "2024-03-14", None, "Earlier this month, five people were killed in clashes in Sweida.", None, []),
    ("en-last-week", "2024-03-14", None, "Last week, a landmine killed three children in Raqqa province.", None, []),
    # explicit days, no year, across a new year; 2024-01-03 is a Wednesday
    ("en-newyear-md", "2024-01-03", None, "Three people were killed on December 30 when a car bomb exploded in Mosul.", "2023-12-30", [("December 30", "2023-12-30")]),
    ("en-newyear-dm", "2024-01-03", None, "Three people were killed on 30 December when a car bomb exploded in Mosul.", "2023-12-30", [("30 December", "2023-12-30")]),
    ("en-newyear-abbr", "2024-01-03", None, "On Dec. 31, two soldiers were wounded by sniper fire in Daraa.", "2023-12-31", [("Dec. 31", "2023-12-31")]),
    ("en-newyear-sat", "2024-01-03", None, "Militants killed four soldiers on Saturday in Deir ez-Zor, the army said.", "2023-12-30", []),
    ("en-the-5th", "2024-03-14", None, "The shelling on the 5th killed nine people in Idlib, rescuers said.", "2024-03-05", []),
    ("en-the-20th", "2024-03-14", None, "An air strike on the 20th killed four civilians in Raqqa.", "2024-02-20", []),
    ("en-5-march", "2024-03-14", None, "A car bomb on 5 March killed eight people in Azaz, the civil defence said.", "2024-03-05", [("5 March", "2024-03-05")]),
    ("en-march-5th", "2024-03-14", None, "A car bomb on March 5th killed eight people in Azaz, the civil defence said.", "2024-03-05", [("March 5th", "2024-03-05")]),
    ("en-slash", "2024-03-14", None, "A car bomb on 5/3 killed eight people in Azaz, the civil defence said.", "2024-03-05", [("5/3", "2024-03-05")]),
    ("en-slash-year", "2024-03-14", None, "A car bomb on 5/3/2024 killed eight people in Azaz, the civil defence said.", "2024-03-05", [("5/3/2024", "2024-03-05")]),
    ("en-wd-and-day", "2024-03-14", None, "On Tuesday, March 12, gunmen killed three people in Tal Abyad.", "2024-03-12", [("March 12", "2024-03-12")]),
    ("en-ordinal-of", "2024-03-14", None, "On the 3rd of March, a mortar round wounded six pupils in Douma.", "2024-03-03", [("3rd of March", "2024-03-03")]),
    ("en-hijri", "2024-03-25", None, "On 14 Ramadan 1445 (24 March 2024), a bomb killed five worshippers in a mosque in Kirkuk.", "2024-03-24", [("24 March 2024", "2024-03-24")]),
    ("en-two-dates", "2024-03-14", None, "The attack on March 10 killed four people; a second one on March 12 wounded two in Homs.", "2024-03-10", [("March 10", "2024-03-10"), ("March 12", "2024-03-12")]),
    # datelines and titles
    ("en-dateline-reuters", None, None, "BAGHDAD, March 12 (Reuters) - A suicide bomber killed 12 people at a market in Baghdad on Tuesday, police said.", ["--03-12"], [("March 12", "--03-12")]),
    ("en-dateline-year", None, None, "BAGHDAD, March 12, 2019 (Reuters) - A suicide bomber killed 12 people at a market in Baghdad on Tuesday, police said.", "2019-03-12", [("March 12, 2019", "2019-03-12")]),
    ("en-dateline-unami", None, None, "(UNAMI) 3 May 2016 \u2013 Two people were killed yesterday in a bombing in Baghdad, the mission said.", "2016-05-02", [("3 May 2016", "2016-05-03")]),
    ("en-dateline-yesterday-pub", "2016-05-03", None, "BAGHDAD, May 3 (Reuters) - Two people were killed yesterday in a bombing in Baghdad, police said.", "2016-05-02", [("May 3", "2016-05-03")]),
    ("en-title-date", None, "Car bomb kills eight in Kirkuk on 5 March 2024", "A car bomb killed eight people in Kirkuk, police said. The bomb went off near a checkpoint.", "2024-03-05", []),
    ("en-nopub-tuesday", None, None, "On Tuesday, gunmen killed three people in Tal Abyad, a local source said.", None, []),
    ("en-nopub-md", None, None, "On March 5, gunmen killed three people in Tal Abyad, a local source said.", "--03-05", [("March 5", "--03-05")]),
    # Arabic; 2024-03-14 is a Thursday
    ("ar-wd-yawm", "2024-03-14", None, "قتل ثلاثة مدنيين يوم الثلاثاء في قصف على مدينة إدلب.", "2024-03-12", []),
    ("ar-wd-madi", "2024-03-14", None, "قتل ثلاثة مدنيين الثلاثاء الماضي في قصف على مدينة إدلب.", "2024-03-12", []),
    ("ar-wd-bare", "2024-03-14", None, "قتل جنديان الثلاثاء في هجوم قرب درعا.", "2024-03-12", []),
    ("ar-wd-same", "2024-03-14", None, "قتل خمسة أشخاص يوم الخميس بانفجار سيارة مفخخة في الرقة.", "2024-03-14", []),
    ("ar-wd-after", "2024-03-14", None, "قتل أربعة رعاة يوم الجمعة في بادية حمص.", "2024-03-08", []),
    ("ar-ams", "2024-03-14", None, "قتل ستة أشخاص أمس بغارة بطائرة مسيرة على القامشلي.", "2024-03-13", []),
    ("ar-masa-ams", "2024-03-14", None, "أصيب أربعة عناصر من الشرطة مساء أمس بانفجار عبوة ناسفة في كركوك.", "2024-03-13", []),
    ("ar-fajr", "2024-03-14", None, "قتل طفلان فجر اليوم بقصف مدفعي على بلدة سرمين.", "2024-03-14", []),
    ("ar-sabah-wd", "2024-03-14", None, "قتل ثلاثة عناصر من الجيش صباح اليوم الخميس في هجوم على حاجز في حماة.", "2024-03-14", []),
    ("ar-layla", "2024-03-14", None, "قتل مدنيان ليلة الأحد بقصف على مدينة حلب.", ["2024-03-09", "2024-03-10"], []),
    ("ar-5-adhar-digits", "2024-03-14", None, "قتل ثمانية أشخاص في ٥ آذار بانفجار سيارة مفخخة في اعزاز.", "2024-03-05", [("٥ آذار", "2024-03-05")]),
    ("ar-5-march", "2024-03-14", None, "قتل ثمانية أشخاص يوم 5 مارس بانفجار سيارة مفخخة في اعزاز.", "2024-03-05", [("5 مارس", "2024-03-05")]),
    ("ar-ordinal", "2024-03-14", None, "قتل ثمانية أشخاص في الخامس من آذار بانفجار سيارة مفخخة في اعزاز.", "2024-03-05", [("الخامس من آذار", "2024-03-05")]),
    ("ar-kanun2", "2024-01-20", None, "قتل أربعة جنود في 12 كانون الثاني بهجوم في دير الزور.", "2024-01-12", [("12 كانون الثاني", "2024-01-12")]),
    ("ar-kanun1-newyear", "2024-01-03", None, "قتل ثلاثة أشخاص في 28 كانون الأول بانفجار في الموصل.", "2023-12-28", [("28 كانون الأول", "2023-12-28")]),
    ("ar-tishrin", "2023-10-15", None, "قتل خمسة مدنيين في العاشر من تشرين الأول بقصف على ريف إدلب.", "2023-10-10", [("العاشر من تشرين الأول", "2023-10-10")]),
    ("ar-shubat-year", "2024-03-14", None, "قتل سبعة أشخاص في 3 شباط 2023 بانفجار في منبج.", "2023-02-03", [("3 شباط 2023", "2023-02-03")]),
    ("ar-yanayir", "2024-02-10", None, "أصيب عشرة أشخاص يوم 3 فبراير بقصف على مدينة الباب.", "2024-02-03", [("3 فبراير", "2024-02-03")]),
    ("ar-yanayir-newyear", "2024-01-03", None, "قتل شخصان في 31 ديسمبر بانفجار لغم في ريف الرقة.", "2023-12-31", [("31 ديسمبر", "2023-12-31")]),
    ("ar-slash", "2024-03-14", None, "قتل ثمانية أشخاص بتاريخ 5/3/2024 بانفجار سيارة مفخخة في اعزاز.", "2024-03-05", [("5/3/2024", "2024-03-05")]),
    ("ar-hijri", "2024-03-25", None, "قتل خمسة مصلين يوم الأحد 14 رمضان 1445 هـ الموافق 24 مارس 2024 بانفجار في مسجد بكركوك.", "2024-03-24", [("24 مارس 2024", "2024-03-24")]),
    ("ar-min-shahr", "2024-03-14", None, "قتل ثلاثة أشخاص في 9 من شهر آذار بقصف على مدينة دوما.", "2024-03-09", [("9 من شهر آذار", "2024-03-09")]),
    ("ar-month-slash", "2024-12-20", None, "قتل أربعة أشخاص في 8 كانون الأول/ديسمبر بقصف على حماة.", "2024-12-08", [("8 كانون الأول/ديسمبر", "2024-12-08")]),
    ("ar-wd-date", "2024-03-14", None, "قتل ثلاثة أشخاص يوم الثلاثاء 12 آذار في هجوم على تل أبيض.", "2024-03-12", [("12 آذار", "2024-03-12")]),
    ("ar-nopub-md", None, None, "قتل ثلاثة أشخاص في 5 آذار بهجوم على تل أبيض.", "--03-05", [("5 آذار", "--03-05")]),
    ("ar-dateline", None, None, "دمشق - 12 آذار 2019 - قتل ثلاثة أشخاص أمس بانفجار في حي المزة.", "2019-03-11", [("12 آذار 2019", "2019-03-12")]),
    ("ar-usbu", "2024-03-14", None, "قتل ثلاثة أطفال الأسبوع الماضي بانفجار لغم في ريف الرقة.", None, []),
    ("ar-matla", "2024-03-14", None, "قتل خمسة أشخاص مطلع الشهر الجاري في اشتباكات في السويداء.", None, []),
    # second batch, explicit forms (written before any change, measured at main)
    ("x-iso", "2024-03-14", None, "A car bomb on 2024-03-05 killed eight people in Azaz.", "2024-03-05", [("2024-03-05", "2024-03-05")]),
    ("x-dots", "2024-03-14", None, "A car bomb on 05.03.2024 killed eight people in Azaz.", "2024-03-05", [("05.03.2024", "2024-03-05")]),
    ("x-5th-march", "2024-03-14", None, "A car bomb on 5th March killed eight people in Azaz.", "2024-03-05", [("5th March", "2024-03-05")]),
    ("x-mar", "2024-03-14", None, "A car bomb on Mar 5 killed eight people in Azaz.", "2024-03-05", [("Mar 5", "2024-03-05")]),
    ("x-5-mar-dot", "2024-03-14", None, "A car bomb on 5 Mar. killed eight people in Azaz.", "2024-03-05", [("5 Mar", "2024-03-05")]),
    ("x-wd-paren", "2024-03-14", None, "A car bomb on Tuesday (March 12) killed eight people in Azaz.", "2024-03-12", [("March 12", "2024-03-12")]),
    ("x-wd-comma-dm", "2024-03-14", None, "On Tuesday, 12 March, a car bomb killed eight people in Azaz.", "2024-03-12", [("12 March", "2024-03-12")]),
    ("x-and", "2024-03-14", None, "Clashes on March 10 and 11 killed 14 fighters in Deir ez-Zor.", "2024-03-10", [("March 10", "2024-03-10")]),
    ("x-range-dm", "2024-03-14", None, "Clashes on 10-11 March killed 14 fighters in Deir ez-Zor.", "2024-03-10", []),
    ("x-dmy-comma", "2024-03-14", None, "On 5 March, 2024, a car bomb killed eight people in Azaz.", "2024-03-05", [("5 March, 2024", "2024-03-05")]),
    ("x-year-prev", "2024-03-14", None, "On 20 November 2023, a car bomb killed eight people in Azaz.", "2023-11-20", [("20 November 2023", "2023-11-20")]),
    ("x-sept", "2024-10-14", None, "On Sept. 30, a car bomb killed eight people in Azaz.", "2024-09-30", [("Sept. 30", "2024-09-30")]),
    ("x-month-first-pub", "2024-03-05", None, "A car bomb killed eight people in Azaz on March 5, police said.", "2024-03-05", [("March 5", "2024-03-05")]),
    ("x-future-month", "2024-03-14", None, "Eight people were killed in Azaz on November 3, the group said in its annual report.", "2023-11-03", [("November 3", "2023-11-03")]),
    ("xa-jari", "2024-03-14", None, "قتل ثلاثة أشخاص في الخامس من الشهر الجاري بقصف على دوما.", "2024-03-05", []),
    ("xa-jari-digit", "2024-03-14", None, "قتل ثلاثة أشخاص في 5 من الشهر الجاري بقصف على دوما.", "2024-03-05", []),
    ("xa-madi-month", "2024-03-14", None, "قتل ثلاثة أشخاص في 20 من الشهر الماضي بقصف على دوما.", "2024-02-20", []),
    ("xa-adhar-jari", "2024-03-14", None, "قتل ثلاثة أشخاص في 5 آذار الجاري بقصف على دوما.", "2024-03-05", [("5 آذار", "2024-03-05")]),
    ("xa-wd-date", "2024-03-14", None, "قتل ثلاثة أشخاص السبت 9 آذار بقصف على دوما.", "2024-03-09", [("9 آذار", "2024-03-09")]),
    ("xa-slash-ar", "2024-03-14", None, "قتل ثلاثة أشخاص بتاريخ ٥/٣/٢٠٢٤ بقصف على دوما.", "2024-03-05", [("٥/٣/٢٠٢٤", "2024-03-05")]),
    ("xa-dash", "2024-03-14", None, "قتل ثلاثة أشخاص بتاريخ 5-3-2024 بقصف على دوما.", "2024-03-05", [("5-3-2024", "2024-03-05")]),
    ("xa-ordinal-15", "2024-03-20", None, "قتل ثلاثة أشخاص في الخامس عشر من آذار بقصف على دوما.", "2024-03-15", [("الخامس عشر من آذار", "2024-03-15")]),
    ("xa-aylul", "2024-10-02", None, "قتل أربعة أشخاص في 30 أيلول بقصف على حماة.", "2024-09-30", [("30 أيلول", "2024-09-30")]),
    ("xa-tammuz", "2024-07-20", None, "قتل أربعة أشخاص يوم 4 تموز/يوليو في قصف على حماة.", "2024-07-04", [("4 تموز", "2024-07-04")]),
    ("xa-huzayran", "2024-07-20", None, "قتل أربعة أشخاص في 30 حزيران الماضي بقصف على حماة.", "2024-06-30", [("30 حزيران", "2024-06-30")]),
    ("xa-ayyar-dual", "2024-05-20", None, "قتل أربعة أشخاص في 12 أيار (مايو) بقصف على حماة.", "2024-05-12", [("12 أيار", "2024-05-12")]),
    ("xa-oct-eg", "2024-10-20", None, "قتل أربعة أشخاص في 12 أكتوبر بقصف على حماة.", "2024-10-12", [("12 أكتوبر", "2024-10-12")]),
    ("xa-ordinal-eg", "2024-10-20", None, "قتل أربعة أشخاص في الثاني عشر من أكتوبر بقصف على حماة.", "2024-10-12", [("الثاني عشر من أكتوبر", "2024-10-12")]),
    ("xa-year-m", "2024-10-20", None, "قتل أربعة أشخاص في 12 تشرين الأول 2024م بقصف على حماة.", "2024-10-12", [("12 تشرين الأول 2024", "2024-10-12")]),
]


def cli(exe, *args):
    return subprocess.run([exe, *args], check=True, capture_output=True, text=True).stdout


def main():
    exe = sys.argv[1]
    show_all = "--all" in sys.argv
    ok_inc = ok_dates = n_dates = 0
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "s.sitrep")
        cli(exe, "new", project)
        src = os.path.join(tmp, "docs.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for cid, pub, title, text, _, _ in CASES:
                doc = {"title": title or ("Report " + cid), "text": text, "url": "https://example.org/" + cid}
                if pub:
                    doc["published"] = pub
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        cli(exe, "import", project, src)
        run = json.loads(cli(exe, "suggest", project, "--all", "--json"))
    run.sort(key=lambda r: r["article"])
    for (cid, pub, title, text, want, want_dates), r in zip(CASES, run):
        dates = [(s["text"], (s.get("attributes") or {}).get("date")) for s in r["suggestions"] if s["kind"] == "date"]
        incs = [i.get("date") for i in r["incidents"]]
        got = incs[0] if incs else "(no incident)"
        wants = want if isinstance(want, list) else [want]
        # None: no day ("last week" read as a week, "earlier this month" as a month, or no date)
        coarse = {(s.get("attributes") or {}).get("date") for s in r["suggestions"] if s["kind"] == "date" and
                  (s.get("attributes") or {}).get("precision") not in ("day", None)}
        good = got in wants or (None in wants and (got is None or got in coarse))
        ok_inc += good
        dgood = True
        for m, d in want_dates:
            n_dates += 1
            if any(m in t or t in m for t, dd in dates if dd == d and len(t) >= 3):
                ok_dates += 1
            else:
                dgood = False
        if show_all or not good or not dgood:
            print("%s %-22s pub=%s want=%s got=%s dates=%s" % ("ok  " if good and dgood else "MISS", cid, pub, want, incs, dates))
    print("incident days right: %d of %d; explicit dates right: %d of %d" % (ok_inc, len(CASES), ok_dates, n_dates))


if __name__ == "__main__":
    main()
