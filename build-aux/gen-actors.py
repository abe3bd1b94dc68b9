#!/usr/bin/env python3
# gen-actors.py — writes data/actors/actors.tsv: the bundled actor list the
# suggester proposes. Names come from every actor of the UCDP GED events in
# ../shared/data/events (CC BY 4.0, see data/README.md; data/events holds a
# cut of the same file), split where UCDP joins several actors with commas,
# each with an ACLED actor type read from its name; then the common forms news
# reports use for the same parties, the international bodies and the news
# outlets that reports about the region name as sources or parties.
# Usage: build-aux/gen-actors.py ../shared/data/events/ucdp_aec_events_syria_region.csv > data/actors/actors.tsv
import csv
import re
import sys

# Common forms: canonical name, ACLED actor type, aliases. A UCDP name is the
# canonical name of its party; the forms after it are how reports write it.
COMMON = [
    ("IS", "rebel_group", ["ISIS", "ISIL", "Islamic State", "Islamic State of Iraq and the Levant",
                           "Islamic State of Iraq and Levant", "Islamic State of Iraq and Syria",
                           "Daesh", "Da'esh", "Daish", "Isis", "IS"]),
    ("Government of Syria", "state_forces", ["Syrian Arab Army", "SAA", "Syrian army", "Syrian Army",
                                             "Syrian government forces", "Syrian regime", "Assad regime",
                                             "Asad regime", "Syrian military", "Syrian troops", "regime forces",
                                             "Syrian armed forces", "Syrian Armed Forces",
                                             "Syrian Arab Armed Forces", "National Defence Forces",
                                             "National Defense Forces", "NDF", "Tiger Forces",
                                             "Syrian authorities", "Syrian government"]),
    ("SDF", "rebel_group", ["Syrian Democratic Forces", "SDF", "QSD"]),
    ("PYD", "rebel_group", ["YPG", "People's Protection Units", "YPJ", "Women's Protection Units",
                            "Kurdish forces", "Kurdish fighters", "Kurdish militia", "Democratic Union Party",
                            "Asayish", "Asayesh", "Asayis"]),
    ("PKK", "rebel_group", ["Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK"]),
    ("HTS", "rebel_group", ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham",
                            "Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "al-Nusra Front", "Nusra Front",
                            "Jabhat al-Nusra li-Ahl al-Sham", "al-Nusra", "Nusra"]),
    ("Jabhat Fateh al-Sham", "rebel_group", ["Jabhat Fatah al-Sham", "Fateh al-Sham Front", "JFS"]),
    ("Government of Iraq", "state_forces", ["Iraqi Security Forces", "ISF", "Iraqi army", "Iraqi Army",
                                            "Iraqi forces", "Iraqi government", "Iraqi security forces",
                                            "Iraqi armed forces", "Iraqi Armed Forces", "Iraqi federal police",
                                            "Iraqi Federal Police", "Federal Police", "Counter Terrorism Service",
                                            "Counter-Terrorism Service", "CTS", "Popular Mobilization Forces",
                                            "Popular Mobilisation Forces", "Popular Mobilization Units", "PMF",
                                            "PMU", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Iraqi military",
                                            "Joint Operations Command"]),
    ("Kurdistan Regional Government", "state_forces", ["KRG", "Kurdistan Region Government"]),
    ("Peshmerga", "state_forces", ["Peshmerga", "Kurdish Peshmerga", "Peshmerga forces", "Pesh merga"]),
    ("Government of Turkey", "state_forces", ["Turkish Armed Forces", "TAF", "Turkish army", "Turkish forces",
                                              "Turkish military", "Turkish TAF", "Turkish troops"]),
    ("Government of Russia", "external_other", ["Russian forces", "Russian military", "Russian armed forces",
                                                "Russian Armed Forces", "Russian Aerospace Forces",
                                                "Russian air force", "Russian Air Force", "Russian warplanes",
                                                "Russian army", "Russian Coordination Center",
                                                "Russian Reconciliation Center", "Russian Reconciliation Centre",
                                                "Russian Coordination Center in Syria", "Russian troops",
                                                "Russian Defence Ministry", "Russian Defense Ministry"]),
    ("Government of United States of America", "external_other",
     ["U.S. forces", "US forces", "American forces", "U.S. military", "US military", "CENTCOM",
      "U.S. Central Command", "USCENTCOM", "Pentagon", "U.S. Army", "US Army", "U.S. Air Force",
      "US Air Force", "U.S. Navy", "US Navy", "U.S. Marines", "US Marines", "U.S. troops", "US troops",
      "Department of Defense", "Defense Department", "U.S. Department of State", "State Department"]),
    ("Global Coalition", "external_other", ["Coalition", "coalition forces", "Coalition forces",
                                            "Global Coalition", "Combined Joint Task Force",
                                            "CJTF-OIR", "Operation Inherent Resolve",
                                            "Inherent Resolve", "international coalition",
                                            "US-led coalition", "U.S.-led coalition"]),
    ("Government of Iran", "external_other", ["IRGC", "Islamic Revolutionary Guard Corps",
                                              "Iranian Revolutionary Guards", "Revolutionary Guards",
                                              "Iranian forces", "Quds Force"]),
    ("Government of Israel", "external_other", ["Israeli army", "IDF", "Israel Defense Forces",
                                                "Israeli Defense Forces", "Israeli forces", "Israeli military",
                                                "Israeli Air Force", "Israeli warplanes"]),
    ("Hezbollah", "political_militia", ["Hizbollah", "Hizballah", "Hezbollah", "Hizbullah",
                                        "Lebanese Hezbollah"]),
    ("al-Qaida", "rebel_group", ["Al-Qaida", "al-Qaeda", "Al Qaeda", "al Qaeda", "AQ", "Al-Qaeda",
                                 "al-Qaeda in Iraq", "AQI"]),
    ("Free Syrian Army", "rebel_group", ["FSA", "Free Syrian Army"]),
    ("SNA", "rebel_group", ["Syrian National Army", "Turkish-backed Syrian National Army", "SNA"]),
    ("Syrian Observatory for Human Rights", "external_other", ["SOHR", "the Observatory", "OSDH"]),
    ("Civilians", "civilians", ["civilians"]),
    # Forms of UCDP's other names as reports write them.
    ("Ahrar al-Sham", "rebel_group", ["Harakat Ahrar al-Sham", "Ahrar al-Sham Islamic Movement",
                                      "Ahrar al Sham"]),
    ("Jaysh al-Islam", "rebel_group", ["Jaish al-Islam", "Jaish al Islam", "Army of Islam"]),
    ("Nour al-Din Zenki", "rebel_group", ["Nour al-Din al-Zenki", "Nour al-Din al-Zinki",
                                          "Nour al-Din al-Zenki Movement", "Nureddin Zengi", "Zenki Movement"]),
    ("Sham Legion", "rebel_group", ["Faylaq al-Sham", "Failaq al-Sham"]),
    ("Rahman Corps", "rebel_group", ["Faylaq al-Rahman", "Failaq al-Rahman", "al-Rahman Legion"]),
    ("National Front for Liberation", "rebel_group", ["National Liberation Front", "NLF", "NFL"]),
    ("Tanzim Hurras ad-Din", "rebel_group", ["Hurras ad-Din", "Hurras al-Din", "Huras al-Din",
                                             "Guardians of Religion"]),
    ("Al-Jabha al-Shamiyyah", "rebel_group", ["al-Jabha al-Shamiya", "Shamiya Front"]),
    ("Hamza Division", "rebel_group", ["al-Hamza Division", "Firqat al-Hamza"]),
    ("Liwa al-Sultan Murad", "rebel_group", ["Sultan Murad Division", "Sultan Murad Brigade"]),
    ("Euphrates Vulcano", "rebel_group", ["Euphrates Volcano", "Burkan al-Furat"]),
    ("Harkat Hazm", "rebel_group", ["Harakat Hazm", "Hazm Movement"]),
    ("SRF", "rebel_group", ["Syria Revolutionaries Front", "Syrian Revolutionaries Front"]),
    ("Mujahideen Army", "rebel_group", ["Jaysh al-Mujahideen", "Jaish al-Mujahideen"]),
    ("al-Tawhid Brigade", "rebel_group", ["Liwa al-Tawhid", "Tawhid Brigade"]),
    ("Jaysh al-Sanadid", "rebel_group", ["al-Sanadid Forces", "Quwat al-Sanadid"]),
    ("MFS", "rebel_group", ["Syriac Military Council"]),
    ("JRTN", "rebel_group", ["Naqshbandi Army", "Jaysh Rijal al-Tariqa al-Naqshbandia"]),
    ("PIJ", "rebel_group", ["Palestinian Islamic Jihad", "Islamic Jihad"]),
    ("PLO", "political_militia", ["Palestine Liberation Organization"]),
    ("PNA", "state_forces", ["Palestinian Authority", "Palestinian National Authority"]),
    ("MEK", "rebel_group", ["Mujahedin-e Khalq", "People's Mujahedin of Iran", "MKO"]),
    ("PJAK", "rebel_group", ["Free Life Party of Kurdistan"]),
    ("KDPI", "rebel_group", ["Kurdistan Democratic Party of Iran"]),
    ("Hamas", "rebel_group", []),
]

# The same parties as Arabic reports name them: aliases of the canonical
# names above (the suggester's keys fold the article "ال" and the hamza forms).
ARABIC = {
    "IS": ["داعش", "تنظيم داعش", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم الدولة الإسلامية"],
    "Government of Syria": ["الجيش السوري", "الجيش العربي السوري", "قوات النظام", "قوات النظام السوري",
                            "النظام السوري", "القوات الحكومية السورية", "قوات الدفاع الوطني"],
    "SDF": ["قوات سوريا الديمقراطية", "قسد"],
    "PYD": ["وحدات حماية الشعب", "وحدات حماية المرأة", "الأسايش", "حزب الاتحاد الديمقراطي"],
    "PKK": ["حزب العمال الكردستاني"],
    "HTS": ["هيئة تحرير الشام", "جبهة النصرة", "جبهة فتح الشام", "النصرة"],
    "Government of Iraq": ["الجيش العراقي", "القوات العراقية", "القوات الأمنية العراقية", "الحشد الشعبي",
                           "هيئة الحشد الشعبي", "الحشد العشائري", "جهاز مكافحة الإرهاب", "الشرطة الاتحادية",
                           "الشرطة العراقية", "قيادة العمليات المشتركة"],
    "Peshmerga": ["البيشمركة", "البشمركة", "قوات البيشمركة"],
    "Government of Turkey": ["الجيش التركي", "القوات التركية"],
    "Government of Russia": ["القوات الروسية", "الجيش الروسي", "الطيران الروسي", "وزارة الدفاع الروسية"],
    "Government of United States of America": ["القوات الأمريكية", "القوات الأميركية", "الجيش الأمريكي",
                                               "الجيش الأميركي"],
    "Global Coalition": ["التحالف الدولي"],
    "Government of Iran": ["الحرس الثوري", "الحرس الثوري الإيراني"],
    "Government of Israel": ["الجيش الإسرائيلي"],
    "Hezbollah": ["حزب الله"],
    "al-Qaida": ["تنظيم القاعدة"],
    "Free Syrian Army": ["الجيش السوري الحر", "الجيش الحر"],
    "SNA": ["الجيش الوطني السوري"],
    "Syrian Observatory for Human Rights": ["المرصد السوري لحقوق الإنسان", "المرصد السوري"],
}

# International bodies a report names as a party or a source: external_other.
BODIES = [
    ("United Nations", ["الأمم المتحدة", "UN", "U.N.", "UN Security Council", "U.N. Security Council", "Security Council",
                        "United Nations Security Council", "UN Secretary-General"]),
    ("UNHCR", ["UN Refugee Agency", "U.N. refugee agency", "UN refugee agency"]),
    ("UNICEF", []), ("OCHA", ["UN Office for the Coordination of Humanitarian Affairs"]),
    ("WFP", ["World Food Programme", "World Food Program"]),
    ("World Health Organization", ["WHO", "World Health Organisation"]),
    ("OHCHR", ["UN Human Rights Office", "UN human rights office"]),
    ("UNAMI", []), ("UNDOF", []), ("UNIFIL", []), ("IOM", ["International Organization for Migration"]),
    ("ICRC", ["International Committee of the Red Cross", "Red Cross", "الصليب الأحمر"]),
    ("Syrian Arab Red Crescent", ["SARC", "Red Crescent"]), ("Iraqi Red Crescent", []),
    ("Syria Civil Defence", ["White Helmets", "Syrian Civil Defense", "Syrian Civil Defence",
                             "Syria Civil Defense", "الدفاع المدني السوري", "الخوذ البيضاء"]),
    ("NATO", ["North Atlantic Treaty Organization"]),
    ("European Union", ["EU"]),
    ("Arab League", ["League of Arab States"]),
    ("G7", ["G-7", "Group of Seven"]), ("G20", ["G-20", "Group of Twenty"]),
    ("International Monetary Fund", ["IMF"]), ("World Bank", []),
    ("OPCW", ["Organisation for the Prohibition of Chemical Weapons",
              "Organization for the Prohibition of Chemical Weapons"]),
    ("IAEA", ["International Atomic Energy Agency"]),
    ("Amnesty International", []), ("Human Rights Watch", ["HRW"]),
    ("Doctors Without Borders", ["MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres"]),
    ("Syrian Network for Human Rights", ["SNHR"]),
    ("Violations Documentation Center", ["VDC"]),
    ("Gulf Cooperation Council", ["GCC"]), ("Organisation of Islamic Cooperation", ["OIC"]),
    ("International Criminal Court", ["ICC"]),
]

# News outlets of the region and the wires: whom a report cites.
OUTLETS = [
    ("SANA", ["Syrian Arab News Agency", "سانا", "وكالة سانا"]),
    ("Amaq", ["Amaq News Agency", "A'maq", "Aamaq", "أعماق", "وكالة أعماق"]),
    ("Reuters", ["رويترز"]), ("AFP", ["Agence France-Presse", "Agence France Presse", "فرانس برس"]),
    ("AP", ["Associated Press"]), ("Anadolu Agency", []),
    ("Al Jazeera", ["Al-Jazeera", "Aljazeera"]), ("Al Arabiya", ["Al-Arabiya", "Alarabiya"]),
    ("Al Mayadeen", ["Al-Mayadeen"]), ("Al-Manar", ["Al Manar"]), ("Rudaw", []),
    ("Kurdistan 24", []), ("North Press", ["North Press Agency"]),
    ("Hawar News Agency", ["Hawar News", "ANHA"]), ("Firat News Agency", ["ANF", "ANF News"]),
    ("Enab Baladi", []), ("Step News", ["Step News Agency"]), ("Sky News Arabia", []), ("Sky News", []),
    ("BBC", []), ("CNN", []), ("Sputnik", []), ("TASS", []), ("RIA Novosti", []), ("Interfax", []),
    ("IRNA", []), ("Tasnim", ["Tasnim News Agency"]), ("Fars News Agency", []),
    ("Press TV", []), ("Xinhua", []), ("Alsumaria", ["Alsumaria News", "Al Sumaria", "السومرية نيوز"]),
    ("Shafaq News", ["شفق نيوز"]), ("Iraqi News Agency", ["INA"]), ("Asharq Al-Awsat", ["Asharq al-Awsat"]),
    ("Al-Masdar News", ["Al-Masdar"]), ("Deir Ezzor 24", ["DeirEzzor24"]),
    ("Sham News Network", []), ("Orient News", []), ("Syria TV", []), ("Syria Direct", []),
    ("Zaman al-Wasl", []), ("Baladi News", []), ("Al-Hadath", []), ("Al-Monitor", []),
    ("Qasioun News Agency", ["Qasioun"]), ("Smart News Agency", ["Smart News"]),
]

# UCDP names that name no party a text would: "Opponents of X", "Supporters
# of X" are UCDP's labels for unorganised crowds, "Sunni (Lebanon)" an
# identity; "al-Sultan" is a title and a given name more often than the group.
NOT_NAMES = re.compile(r"^(Opponents|Supporters) of |\((Lebanon|Syria|Iraq|Turkey|Jordan|Israel)\)$|^al-Sultan$")

TYPES = {"Civilians": "civilians", "al-Bakkara": "identity_militia"}


def actor_type(name):
    if name.startswith("Government of"):
        return "state_forces"
    return TYPES.get(name, "rebel_group")


def clean(name):
    # "51st Brigade (SNA)": the brigade; "Tahrir al- Sham Army": one word.
    name = re.sub(r"\s*\([^)]*\)$", "", name)
    return re.sub(r"\b(al|Al)- ", r"\1-", name).strip()


def main():
    seen = {}
    order = []
    for name, kind, aliases in COMMON:
        seen[name] = (kind, list(aliases) + ARABIC.get(name, []))
        order.append(name)
    for table in (BODIES, OUTLETS):
        for name, aliases in table:
            seen[name] = ("external_other", list(aliases))
            order.append(name)
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for side in ("side_a_name", "side_b_name"):
                for part in row[side].split(","):
                    part = part.strip()
                    if not part or NOT_NAMES.search(part):
                        continue
                    name = clean(part)
                    if name in seen:
                        continue
                    seen[name] = (actor_type(name), [])
                    order.append(name)
    print("# name\tACLED actor type id\taliases (|) — UCDP GED actor names (CC BY 4.0), their common forms, "
          "international bodies and news outlets")
    for name in order:
        kind, aliases = seen[name]
        print("%s\t%s\t%s" % (name, kind, "|".join(a for a in aliases if a != name)))


main()
