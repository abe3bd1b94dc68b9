/* sitrep-suggest-actors-names.c — persons named by a common Arabic given name and a family name, with no
 * title or cue around them: "Ahmad Zakaria al-Atma", "Hanan al-Abdullah", "Mohammed Jassim"
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-gazetteer-private.h"
#include "sitrep-suggest-private.h"

/* Common Arabic given names (and a few Kurdish and Turkish ones of the
 * region), men's and women's, in the Latin spellings English-language
 * reports use: each name with its usual transliteration variants (doubled
 * consonants, e/a, ou/u, ee/i, final h or not). Written for Sitrep from
 * general knowledge of Arabic names, not from any report. Names that are
 * also English words ("Said", "Jihad", "Rim", "Ala") are left out: a
 * sentence may start with them. */
static const char * const given_names[] = {
  /* men */
  "muhammad", "mohammed", "mohammad", "muhammed", "mohamed", "mohamad", "mohamud", "mehmet", "mehmed",
  "ahmad", "ahmed", "mahmoud", "mahmud", "mahmood", "ali", "hassan", "hasan", "hussein", "husein",
  "hussain", "husain", "husayn", "hussien", "omar", "umar", "omer", "khaled", "khalid", "abdullah",
  "abdallah", "abdulla", "abdulrahman", "abdelrahman", "abdulaziz", "abdelaziz", "abdulkarim",
  "abdelkarim", "abdulkader", "abdelkader", "abdulqadir", "abdulhamid", "abdelhamid", "abdulsalam",
  "abdelsalam", "ibrahim", "ibraheem", "youssef", "yousef", "yusuf", "youssif", "yousif", "yusif",
  "mustafa", "mostafa", "moustafa", "mustapha", "jasim", "jassim", "jasem", "jassem", "qasim",
  "qassim", "qasem", "kassem", "kasim", "qassem", "hamza", "hamzeh", "hamzah", "hamid", "hameed",
  "hamed", "saeed", "saied", "sa'id", "salem", "salim", "saleem", "saleh", "salih", "salah",
  "samir", "sameer", "tariq", "tarek", "tareq", "tarik", "walid", "waleed", "yasser", "yasir",
  "yaser", "ziad", "ziyad", "zaid", "zayd", "zeid", "fadi", "fadel", "fadil", "faisal", "faysal",
  "fahd", "fahad", "firas", "feras", "ghassan", "haitham", "haytham", "hisham", "hesham", "husam",
  "hussam", "hossam", "imad", "emad", "issa", "eissa", "jamal", "gamal", "kamal", "kemal", "karim",
  "kareem", "khalil", "majid", "majed", "maher", "mahir", "mazen", "mazin", "muhannad", "mohannad",
  "munir", "mounir", "nabil", "nabeel", "nader", "nadir", "naji", "nasser", "nasir", "naser",
  "nizar", "osama", "usama", "ousama", "qais", "qays", "kais", "rami", "ramy", "riad", "riyad",
  "saad", "sa'ad", "safwan", "sami", "samy", "samer", "shadi", "sharif", "sherif", "suleiman",
  "sulaiman", "sulayman", "soliman", "taha", "talal", "tamer", "thamer", "thamir", "wael", "wail",
  "wassim", "wasim", "waseem", "yahya", "yahia", "yasin", "yassin", "yaseen", "younis", "younes",
  "yunus", "yunis", "zakaria", "zakariya", "zakariyya", "zakariyah", "zuhair", "zouhair", "zuheir",
  "abbas", "adel", "adil", "adnan", "akram", "amer", "ammar", "anas", "anwar", "ashraf", "ayman",
  "aiman", "bashar", "bassam", "basel", "bassel", "basil", "bilal", "haidar", "haider", "hayder",
  "haydar", "hadi", "hamad", "hani", "hany", "harith", "hareth", "hazem", "hazim", "ihsan", "ismail",
  "isma'il", "esmail", "jaber", "jabir", "jalal", "jawad", "kadhim", "kazem", "kazim", "kadhem",
  "khalaf", "luay", "louay", "loay", "maan", "ma'an", "mansour", "mansur", "marwan", "moayad",
  "muayad", "muayyad", "mohsen", "muhsin", "munther", "mundhir", "munzer", "musa", "moussa", "mousa",
  "nawaf", "nouri", "nuri", "obaid", "ubaid", "qusay", "qusai", "raed", "ra'ed", "rashid", "rashed",
  "raad", "ra'ad", "sabah", "sadiq", "sadeq", "sadek", "sajjad", "salman", "shaker", "shakir", "sufyan",
  "uday", "udai", "oday", "yazan", "yazid", "yazeed", "abdel", "abdul", "ghazi", "hatem", "hatim",
  "hilal", "iyad", "eyad", "jawdat", "jumaa", "juma", "jomaa", "kifah", "louai", "mahdi", "mehdi",
  "mamdouh", "mazloum", "mazlum", "mohanad", "mu'taz", "moataz", "mutaz", "nidal", "nihad", "ra'fat",
  "raafat", "rafat", "rifaat", "saddam", "sattar", "shukri", "subhi", "suhail", "suhayl", "tawfiq",
  "tawfik", "tayseer", "taysir", "wisam", "wissam", "yaman", "younus", "zaher", "zahir", "ziyad",
  "abed", "abid", "akid", "ayham", "aref", "arif", "atef", "atif", "ayoub", "ayyub", "badr", "bakr",
  "barzan", "dawood", "dawud", "daoud", "fawaz", "fuad", "fouad", "ghaith", "habib",
  "hamdi", "hussen", "idris", "idrees", "ilyas", "jafar", "ja'far", "jaafar", "kamil", "kamel",
  "khairi", "khudr", "khidr", "lutfi", "malik", "malek", "masoud", "massoud", "mesut", "mamoun",
  "ma'moun", "muhsen", "murad", "murat", "nouh", "nuh", "qutaiba", "qutayba", "rafiq", "rafik",
  "rasul", "rasoul", "rashad", "redwan", "ridwan", "sabri", "shirzad",
  "shiar", "siyamend", "sipan", "tahsin", "thaer", "tha'er", "ubaida", "obaida", "ubaydah",
  "walat", "yakub", "yaqub", "yaqoub", "zeyad", "zubair", "zubayr", "sinan", "rakan", "rakkan",
  "osman", "othman", "uthman", "nour", "noor", "nuraldin", "nureddin", "nuruddin", "ramadan", "hamdan",
  "khudair", "khudhair", "ismet",
  /* Kurdish (Kurmanji) spellings of the same names, as Kurdish outlets write them */
  "mihemed", "mihammed", "ehmed", "ahmet", "mehmud", "xelil", "hesen", "husen", "huseyin", "ebdullah",
  "evdullah", "mistefa", "sileman", "siliman", "birahim", "bekir",
  /* women */
  "fatima", "fatma", "fatemeh", "aisha", "aysha", "ayesha", "maryam", "mariam", "miriam",
  "zainab", "zaynab", "zeinab", "khadija", "khadijah", "hanan", "huda", "houda", "hoda", "hala",
  "rania", "ranya", "rana", "reem", "layla", "leila", "laila", "lina", "amal", "asma", "asmaa",
  "samira", "sameera", "salma", "samar", "suad", "souad", "widad", "wafa", "wafaa", "yasmin",
  "yasmine", "yasmeen", "dima", "alaa", "ala'a", "nada", "nadia", "nadiya", "najla", "noura",
  "nura", "rasha", "ruba", "sawsan", "shaimaa", "shayma", "zahra", "hiba", "heba", "iman", "eman",
  "ibtisam", "manal", "maha", "mona", "muna", "nisreen", "nesreen", "nasrin", "rima", "suhair",
  "souhair", "ghada", "hanadi", "hind", "jamila", "jameela", "lubna", "maysa", "maysoon", "maisoon",
  "nawal", "raghad", "randa", "razan", "rawan", "ruqaya", "ruqayya", "safa", "safaa", "sahar",
  "siham", "suha", "taghrid", "wijdan", "zeina", "zaina", "zena", "hevin", "hevi", "rojda", "ilham",
  "rojin", "berivan", "zozan", "gulistan", "jiyan", "nesrin", "fatme", "eyse",
  NULL
};

/* Words that make a given name and the words after it the name of a place,
 * a building or a body named after a person: "Khalid ibn al-Walid Mosque",
 * "Omar Mukhtar Street", "Ahmed Abdou Brigades", "Hassan Nasrallah's forces". */
static const char * const named_after[] = {
  "mosque", "hospital", "school", "street", "st", "square", "road", "bridge", "camp", "university",
  "airport", "base", "dam", "hill", "hills", "mount", "mountain", "district", "village", "town",
  "city", "neighbourhood", "neighborhood", "quarter", "brigade", "brigades", "battalion",
  "battalions", "division", "corps", "army", "front", "movement", "forces", "force", "regiment",
  "group", "groups", "units", "unit", "center", "centre", "foundation", "hall", "stadium", "park",
  "market", "cemetery", "shrine", "tomb", "prison", "field", "station", "company", "operations",
  "room", "legion", "gathering", "bloc", "party", "club", "college", "institute", "academy",
  "militia", "militias", "fighters", "men", "gate", "roundabout", "highway", "avenue", "boulevard",
  "farm", "farms", "plain", "valley", "hospitals", "schools", "mosques", "agency", "network", "news",
  "council", "committee", "organization", "organisation", "association", "society", "trust", "fund",
  "award", "prize", "line", "offensive", "operation", "stream", "river", "lake", "port", "barracks",
  "checkpoint", "airbase", "complex", "tower", "building", "palace", "channel", "tv", "radio",
  "province", "governorate", "region", "countryside", "suburb", "island", NULL
};

static gpointer
build_given_names (gpointer data)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint k = 0; given_names[k] != NULL; k++)
    g_hash_table_add (set, (gpointer) given_names[k]);
  return set;
}

/* Whether token @i is a common given name: a fact of its word, worked out
 * once with one look-up (the list is asked at every capitalised word no
 * list knows). */
gboolean
_sitrep_suggest_is_given_name (SuggestRun *run,
                               guint       i)
{
  static GOnce once = G_ONCE_INIT;
  const SuggestToken *t = tok (run, i);
  gsize len = t->end - t->start;
  char lower[MAX_LISTED_WORD + 1];
  gboolean answer;

  if (!(t->flags & TOK_WORD) || !(t->flags & TOK_CAP) || (t->flags & TOK_ARABIC))
    return FALSE;
  if (_sitrep_suggest_word_fact (run, i, WORD_FACT_GIVEN_NAME, &answer))
    return answer;
  answer = FALSE;
  if (len <= MAX_LISTED_WORD)
    {
      for (gsize k = 0; k < len; k++)
        lower[k] = g_ascii_tolower (run->text[t->start + k]);
      lower[len] = '\0';
      answer = g_hash_table_contains (g_once (&once, build_given_names, NULL), lower);
      /* "Abdelmoula", "Abdulwahid", "Abdalla": "servant of" and one of God's
       * names, written as one word, are given names whatever the name. */
      if (!answer && len >= 7 && (_sitrep_suggest_has_prefix (lower, "abdel") || _sitrep_suggest_has_prefix (lower, "abdul") ||
                                  _sitrep_suggest_has_prefix (lower, "abdal") || _sitrep_suggest_has_prefix (lower, "abdol")))
        answer = TRUE;
    }
  return _sitrep_suggest_word_fact_set (run, i, WORD_FACT_GIVEN_NAME, answer);
}

/* The first words of places' names made of two words ("Tal Hassan", "Ain
 * Issa", "Kafr Hamid"), and words opening a sentence before a name
 * ("Monday Hassan told"), and peoples ("Iraqi Mustafa …"): none is a person's first name. */
static const char * const not_first_names[] = {
  "camp", "fort", "mount", "jabal", "jebel", "tal", "tall", "tel", "tell", "wadi", "ras", "ain", "ayn",
  "bir", "deir", "dayr", "khan", "kafr", "kfar", "jisr", "bab", "qasr", "hay", "hayy", "beit", "bayt",
  "marj", "khirbet", "khirbat", "qarya", "qaryat", "nahr", "mazraat", "arab", "new", "old",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "imam", "prophet",
  "sayyida", "sayyidah", "sultan", "saint", "st", "al", "el",
  "iraqi", "syrian", "kurdish", "turkish", "iranian", "american", "russian", "lebanese", "jordanian",
  "saudi", "egyptian", "palestinian", "israeli", "british", "french", "yemeni", "libyan", "qatari",
  "emirati", "afghan", "shiite", "sunni", "shia", "yazidi", "arab", "arabic", "muslim", "christian", NULL
};

/* "Sobhiya Khaled Suleiman", "Hajji Abdullah", "Adam Abdelmoula": a name
 * and a common given name after it (a father's, as Arabic names go), and at
 * most two names more; the first word no place's first word, no title, no
 * word of the language and no place the gazetteer knows with the next. */
static gboolean
father_name_person (SuggestRun *run,
                    guint       i,
                    guint      *end)
{
  const SuggestToken *t = tok (run, i);

  /* The next token's flags first: most capitalised words have no capitalised word after them. */
  if (i + 1 >= run->tokens->len || (tok (run, i + 1)->flags & (TOK_CAP | TOK_WORD)) != (TOK_CAP | TOK_WORD) ||
      tok (run, i + 1)->space_before != 1 || tok (run, i + 1)->sentence != t->sentence ||
      !_sitrep_suggest_is_given_name (run, i + 1) ||
      !g_ascii_islower (run->text[t->start + 1]) || !g_ascii_islower (run->text[tok (run, i + 1)->start + 1]) ||
      (t->flags & TOK_ARABIC) || !(t->flags & TOK_WORD) || _sitrep_suggest_tok_is_common (run, i) ||
      _sitrep_suggest_is_title (run, i) || _sitrep_suggest_tok_among (run, i, not_first_names) ||
      _sitrep_suggest_is_month (run, i))
    return FALSE;
  return _sitrep_suggest_person_words (run, i, 4, end) >= 2;
}

/* "Ahmad Zakaria al-Atma": a given name opening a run of capitalised words
 * and one to three more names (particles "al-", "bin" inside). Not when a
 * word of the run, or the word after it, says the name is a place's, a
 * building's or a unit's ("Omar Mukhtar Street", "Hamza Division"), nor
 * when the gazetteer knows the whole run as a place. */
gboolean
_sitrep_suggest_given_name_person (SuggestRun *run,
                                   guint       i,
                                   guint      *first,
                                   guint      *last)
{
  guint n = run->tokens->len;
  guint end = i;

  gboolean given = _sitrep_suggest_is_given_name (run, i);

  /* Most capitalised words are no given name and have no capitalised word after them. */
  if (!given && (i + 1 >= n || (tok (run, i + 1)->flags & (TOK_CAP | TOK_WORD)) != (TOK_CAP | TOK_WORD)))
    return FALSE;
  /* A capitalised word of the same sentence before it belongs to a longer
   * name ("Imam Ali Mosque", "Sheikh Hassan" a title takes). */
  if (i + 1 >= n || (i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence &&
                     (tok (run, i - 1)->flags & TOK_CAP) && (tok (run, i - 1)->flags & TOK_WORD)))
    return FALSE;
  /* "SALAH AL-DIN /": a dateline's capitals name a place more often. */
  if (!given || !g_ascii_islower (run->text[tok (run, i)->start + 1]))
    {
      if (!father_name_person (run, i, &end))
        return FALSE;
    }
  else if (_sitrep_suggest_person_words (run, i, 4, &end) < 2)
    return FALSE;
  for (guint j = i + 1; j <= end + 1 && j < n; j++)
    {
      if (_sitrep_suggest_tok_among (run, j, named_after))
        return FALSE;
    }
  /* "the Hamza Division", "Ali Bey": a place the gazetteer knows by all its words. */
  {
    const char *key = _sitrep_suggest_span_key_tmp (run, i, end);

    if (g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, key) || _sitrep_suggest_is_region_key (run, key))
      return FALSE;
  }
  *first = i;
  *last = end;
  return TRUE;
}

/* "named X", "identified as X", "X (45)": two to four names a report
 * introduces as a person's by the word before them or by an age in
 * brackets after them, whatever the names. */
gboolean
_sitrep_suggest_named_person (SuggestRun *run,
                              guint       i,
                              guint      *first,
                              guint      *last)
{
  guint n = run->tokens->len;
  guint end = i;
  gboolean cue = FALSE;
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_WORD) || !(t->flags & TOK_CAP) || (t->flags & TOK_ARABIC) || i == 0 ||
      tok (run, i - 1)->sentence != t->sentence)
    return FALSE;
  /* "a chieftain named X", not "a village named X", "an operation named X". */
  if (i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "named") && !_sitrep_suggest_tok_among (run, i - 2, named_after) &&
      !_sitrep_suggest_tok_is (run, i - 2, "area") && !_sitrep_suggest_tok_is (run, i - 2, "site"))
    cue = TRUE;
  else if (i >= 2 && _sitrep_suggest_tok_is (run, i - 1, "as") &&
           (_sitrep_suggest_tok_is (run, i - 2, "identified") || _sitrep_suggest_tok_is (run, i - 2, "named")))
    cue = TRUE;
  /* "Mihemed Hesen (45)": an age of one or two digits in brackets right
   * after the names (looked for before the names are read: most
   * capitalised words have neither cue). */
  if (!cue)
    {
      guint open = i + 2;

      while (open < n && open < i + 8 && run->text[tok (run, open)->start] != '(' &&
             tok (run, open)->sentence == t->sentence)
        open++;
      if (open + 2 >= n || run->text[tok (run, open)->start] != '(' ||
          !(tok (run, open + 1)->flags & TOK_NUMBER) || (tok (run, open + 1)->flags & TOK_WORD) ||
          tok (run, open + 1)->end - tok (run, open + 1)->start > 2 || run->text[tok (run, open + 2)->start] != ')')
        return FALSE;
      if (_sitrep_suggest_person_words (run, i, 4, &end) < 2 || end + 1 != open)
        return FALSE;
    }
  else if (_sitrep_suggest_person_words (run, i, 4, &end) < 2)
    return FALSE;
  for (guint j = i + 1; j <= end + 1 && j < n; j++)
    {
      if (_sitrep_suggest_tok_among (run, j, named_after))
        return FALSE;
    }
  if (g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, _sitrep_suggest_span_key_tmp (run, i, end)))
    return FALSE;
  *first = i;
  *last = end;
  return TRUE;
}

/* ---------------------------------------------------------------- Arabic */

/* Common Arabic given names in Arabic script, the ones that are no common
 * word too (not "علي", a spelling of "على"; not "عمر", age; not "حسن",
 * "سعيد", "جمال", "كمال", "أمل", "نور", "صباح"). */
static const char * const ar_given_names[] = {
  "محمد", "أحمد", "احمد", "محمود", "خالد", "حسين", "إبراهيم", "ابراهيم", "يوسف", "مصطفى", "رامي",
  "جاسم", "قاسم", "عبد", "عبدالله", "عبدالرحمن", "حمزة", "حامد", "سامي", "سمير", "طارق", "وليد", "ياسر",
  "زياد", "فادي", "فيصل", "فراس", "غسان", "هشام", "عماد", "عيسى", "خليل", "ماجد", "ماهر", "مازن",
  "مهند", "نبيل", "نادر", "ناصر", "نزار", "أسامة", "اسامة", "قيس", "رياض", "سعد", "شادي", "سليمان",
  "طه", "طلال", "وائل", "وسيم", "يحيى", "ياسين", "يونس", "زكريا", "عباس", "عادل", "عدنان", "أكرم",
  "عامر", "عمار", "أنس", "أنور", "أشرف", "أيمن", "بشار", "بسام", "باسل", "بلال", "حيدر", "هادي", "هاني",
  "حازم", "إسماعيل", "اسماعيل", "جابر", "جلال", "جواد", "كاظم", "لؤي", "منصور", "مروان", "مؤيد",
  "محسن", "منذر", "موسى", "نواف", "نوري", "قصي", "رائد", "راشد", "رعد", "صادق", "سجاد", "سلمان",
  "شاكر", "سفيان", "عدي", "يزن", "يزيد", "مهدي", "عثمان", "فاطمة", "عائشة", "مريم", "زينب", "خديجة",
  "حنان", "هدى", "هالة", "رانيا", "ريم", "ليلى", "لينا", "سميرة", "سلمى", "سعاد", "وداد", "ياسمين",
  "ديمة", "آلاء", "ندى", "نادية", "رشا", "هبة", "إيمان", "منى", "نسرين", "غادة", NULL
};

/* Ranks and titles before an Arabic name: "العقيد الركن خالد …". */
static const char * const ar_titles[] = {
  "العقيد", "العميد", "اللواء", "المقدم", "الرائد", "النقيب", "الملازم", "العماد", "الفريق", "الركن",
  "المساعد", "الشيخ", "الدكتور", "المهندس", "الطبيب", "الصحفي", "الناشط", "المحامي", "القيادي",
  "السيد", "السيدة", "الشهيد", "المدعو", "المدعوة", "الرقيب", "العريف", NULL
};

/* The grade after a rank ("الملازم أول", "المساعد أول", "ملازم ثان"): part
 * of the rank, never the name's first word. */
static const char * const ar_rank_grades[] = { "أول", "اول", "ثاني", "ثان", NULL };

/* Small words a name does not run into: prepositions, particles, "said". */
static const char * const ar_stop_words[] = {
  "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "قد", "لم", "لن", "ما", "لا", "هو", "هي",
  "بعد", "قبل", "عند", "حيث", "التي", "الذي", "الذين", "ثم", "أو", "او", "كان", "كانت", "قال", "قالت",
  "يوم", "خلال", "بين", "منذ", "حتى", "إثر", "اثر", "جراء", "وذلك", "كما", "أمس", "اليوم", "وقال",
  "وأضاف", "أكد", "أعلن", "أفاد", "أوضح", "أشار", "إنه", "انه", "وهو", "وهي", "باسم",
  /* place nouns: "جاسم مدينة" is the town of Jasim */
  "مدينة", "بلدة", "قرية", "محافظة", "ريف", "حي", "منطقة", "ناحية", "قضاء", "مخيم", "شارع", "جامع", "مسجد",
  "مستشفى", "مدرسة", "جنوب", "شمال", "شرق", "غرب",
  /* directions: "جاسم شمالي درعا" is a town north of a governorate, no name */
  "شمالي", "جنوبي", "شرقي", "غربي", "الشمالي", "الجنوبي", "الشرقي", "الغربي", NULL
};

/* Settlement nouns: the given name right after one names the settlement
 * ("مدينة جاسم", "بلدة خليل"), never a person. */
static const char * const ar_settlement_nouns[] = {
  "مدينة", "بلدة", "قرية", "ناحية", "قضاء", "مخيم", "بمدينة", "ببلدة", "بقرية", "لمدينة", "لبلدة", "لقرية",
  "ومدينة", "وبلدة", "وقرية", NULL
};

/* Words that say a person follows: "المواطن جاسم خالد", "الطفل خليل
 * يوسف" — the given name a town too is the person's then. */
static const char * const ar_person_nouns[] = {
  "المواطن", "المواطنة", "الشاب", "الشابة", "الطفل", "الطفلة", "الرجل", "السيد", "السيدة", "المدعو",
  "المدعوة", "الفتى", "الفتاة", "المسن", "المسنة", NULL
};

/* How one was hurt, after a name: "أصيب النقيب خالد حسن بجروح" (asked only
 * of a name's last word). */
static const char * const ar_hurt_words[] = {
  "بجروح", "بجراح", "برصاص", "بنيران", "متأثرا", "متأثراً", "بجراحه", "بجراحها", "بجروحه", "بجروحها", NULL
};

static gboolean
ar__sitrep_suggest_tok_among (SuggestRun         *run,
            guint               i,
            const char * const *words)
{
  const SuggestToken *t = tok (run, i);
  gsize len = t->end - t->start;

  if (!(t->flags & TOK_ARABIC) || !(t->flags & TOK_WORD))
    return FALSE;
  for (guint k = 0; words[k] != NULL; k++)
    {
      if (strlen (words[k]) == len && memcmp (words[k], run->text + t->start, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* An Arabic word after token @j in its sentence, with a space before it. */
static gboolean
ar_name_word (SuggestRun *run,
              guint       j)
{
  return j < run->tokens->len && (tok (run, j)->flags & TOK_ARABIC) && (tok (run, j)->flags & TOK_WORD) &&
         tok (run, j)->sentence == tok (run, j - 1)->sentence && tok (run, j)->space_before > 0 &&
         !ar__sitrep_suggest_tok_among (run, j, ar_stop_words);
}

/* Whether the given name at @i (no rank before it), read as a person's
 * name up to @last, is one: not after a settlement noun ("مدينة جاسم");
 * and a given name the gazetteer knows ("جاسم" is a town too) takes three
 * names, or two after a word that says a person follows ("الطفل جاسم
 * خالد") or when the second is a given name too, a father's ("خليل إبراهيم"). */
static gboolean
arabic_given_name_is_person (SuggestRun *run,
                             guint       i,
                             guint       last)
{
  gboolean cued = i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence &&
                  ar__sitrep_suggest_tok_among (run, i - 1, ar_person_nouns);

  if (i > 0 && tok (run, i - 1)->sentence == tok (run, i)->sentence &&
      ar__sitrep_suggest_tok_among (run, i - 1, ar_settlement_nouns))
    return FALSE;
  if (last >= i + 2 || !g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, _sitrep_suggest_tok_key (run, i)))
    return TRUE;
  return last == i + 1 && (cued || ar__sitrep_suggest_tok_among (run, last, ar_given_names));
}

/* "خالد ناجي وساك", "العقيد الركن خالد ناجي وساك": a rank or title, or a
 * common given name, and the words of the name after it up to a mark or a
 * small word: at most three names after a given name, four after a title. */
gboolean
_sitrep_suggest_arabic_person (SuggestRun *run,
                               guint       i,
                               guint      *first,
                               guint      *last)
{
  guint j = i, max;
  gboolean answer;

  if (!(tok (run, i)->flags & TOK_ARABIC) || !(tok (run, i)->flags & TOK_WORD))
    return FALSE;
  /* Most Arabic words are neither: one cached fact of the word says so. */
  if (!_sitrep_suggest_word_fact (run, i, WORD_FACT_GIVEN_NAME, &answer))
    answer = _sitrep_suggest_word_fact_set (run, i, WORD_FACT_GIVEN_NAME,
                                            ar__sitrep_suggest_tok_among (run, i, ar_titles) || ar__sitrep_suggest_tok_among (run, i, ar_given_names));
  if (!answer)
    return FALSE;
  if (ar__sitrep_suggest_tok_among (run, i, ar_titles))
    {
      while (j + 1 < run->tokens->len &&
             (ar__sitrep_suggest_tok_among (run, j + 1, ar_titles) || ar__sitrep_suggest_tok_among (run, j + 1, ar_rank_grades)) &&
             ar_name_word (run, j + 1))
        j++;
      if (!ar_name_word (run, j + 1))
        return FALSE;
      j++;
      max = 4;
    }
  else if (ar__sitrep_suggest_tok_among (run, i, ar_given_names))
    max = 3;
  else
    return FALSE;
  *first = j;
  *last = j;
  while (*last + 1 < run->tokens->len && *last + 1 < j + max && ar_name_word (run, *last + 1))
    (*last)++;
  while (*last > j && ar__sitrep_suggest_tok_among (run, *last, ar_hurt_words))
    (*last)--;
  if (j == i && !arabic_given_name_is_person (run, i, *last))
    return FALSE;
  return *last > j;
}

/* ---------------------------------------------------------------- bylines */

/* Whether tokens @from … the end of @from's paragraph are one to four
 * capitalised words (an outlet: "Associated Press", "Reuters"), or none. */
static gboolean
paragraph_ends_with_outlet (SuggestRun *run,
                            guint       from)
{
  guint n = run->tokens->len, words = 0;

  for (guint j = from; j < n && tok (run, j)->paragraph == tok (run, from)->paragraph; j++)
    {
      const SuggestToken *t = tok (run, j);

      if ((t->flags & TOK_WORD) && (t->flags & TOK_CAP) && ++words <= 4)
        continue;
      if ((t->flags & TOK_PUNCT) && t->space_before == 0 && strchr (".-'", run->text[t->start]) != NULL)
        continue;
      return FALSE;
    }
  return TRUE;
}

/* A byline, a paragraph of its own: "Kim Gamel, Associated Press", "By
 * Kim Gamel", "By Kim Gamel, AP": two or three names and at most an
 * outlet after a comma. */
gboolean
_sitrep_suggest_byline_person (SuggestRun *run,
                               guint       i,
                               guint      *first,
                               guint      *last)
{
  guint n = run->tokens->len, j = i, end = i;

  if (i > 0 && tok (run, i - 1)->paragraph == tok (run, i)->paragraph)
    {
      /* "By" opening the paragraph, the names right after it. */
      if (i < 1 || !_sitrep_suggest_tok_is (run, i - 1, "by") ||
          (i > 1 && tok (run, i - 2)->paragraph == tok (run, i)->paragraph))
        return FALSE;
    }
  else if (_sitrep_suggest_tok_is (run, i, "by"))
    return FALSE;
  if (!(tok (run, j)->flags & TOK_CAP) || (tok (run, j)->flags & TOK_ARABIC) ||
      _sitrep_suggest_person_words (run, j, 3, &end) < 2)
    return FALSE;
  if (end + 1 < n && tok (run, end + 1)->paragraph == tok (run, i)->paragraph)
    {
      if (run->text[tok (run, end + 1)->start] != ',' || !paragraph_ends_with_outlet (run, end + 2))
        return FALSE;
    }
  else if (!(i > 0 && tok (run, i - 1)->paragraph == tok (run, i)->paragraph))
    return FALSE;   /* two names alone in a paragraph: a heading as often */
  /* "Abu Kamal, Reuters": a dateline's place. */
  if (g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, _sitrep_suggest_span_key_tmp (run, i, end)))
    return FALSE;
  *first = i;
  *last = end;
  return TRUE;
}

/* ---------------------------------------------------------------- credits */

/* Labels of a credit line: "Author: X", "Photo: X/AFP". */
static const char * const credit_labels[] = {
  "author", "authors", "photo", "photos", "photograph", "credit", "credits", "photographer", "writer",
  "reporter", "reporting", "editor", "editing", "translator", "translation", "text", "video", NULL
};

/* Words of a web page's furniture, which a paragraph of two capitalised
 * words at a page's end is more often than a signature. */
static const char * const page_words[] = {
  "related", "articles", "article", "comments", "comment", "share", "tags", "tag", "follow", "subscribe",
  "advertisement", "newsletter", "copyright", "reserved", "print", "email", "contact", "about", "home",
  "latest", "popular", "top", "stories", "story", "more", "next", "previous", "menu", "search", NULL
};

/* Whether tokens @from … @to hold none of @words and no common word. */
static gboolean
plain_names (SuggestRun         *run,
             guint               from,
             guint               to,
             const char * const *words)
{
  for (guint k = from; k <= to; k++)
    {
      if ((tok (run, k)->flags & TOK_WORD) &&
          (_sitrep_suggest_tok_is_common (run, k) || _sitrep_suggest_tok_among (run, k, words)))
        return FALSE;
    }
  return TRUE;
}

/* Whether token @k ends the names of a credit: the paragraph's end, or
 * "/", "|", ",", "(" before an outlet. */
static gboolean
credit_ends (SuggestRun *run,
             guint       k,
             guint       paragraph)
{
  const char *p;

  if (k >= run->tokens->len || tok (run, k)->paragraph != paragraph)
    return TRUE;
  p = run->text + tok (run, k)->start;
  return (tok (run, k)->flags & TOK_PUNCT) && strchr ("/|,(", *p) != NULL;
}

/* A photo's credit inside a paragraph (a caption runs into the text):
 * "… 2021. Photo: Delil Souleiman/AFP ERBIL -", "Photo by Amir Khanaqini",
 * "(Adem Altan / AFP/ Getty Images)": two or three names after "Photo:",
 * "Photo by" or a bracket, ended by "/", "|", ",", "(" or the paragraph's
 * end (and by "/" after a bracket). */
static gboolean
photo_caption (SuggestRun *run,
               guint       i,
               guint      *end)
{
  static const char * const photo_labels[] = { "photo", "photos", "photograph", "picture", NULL };
  guint par = tok (run, i)->paragraph;
  char c = run->text[tok (run, i - 1)->start];

  if (c == '(' && (tok (run, i - 1)->flags & TOK_PUNCT))
    return _sitrep_suggest_person_words (run, i, 3, end) >= 2 && *end + 1 < run->tokens->len &&
           tok (run, *end + 1)->paragraph == par && run->text[tok (run, *end + 1)->start] == '/';
  if (i < 2 || tok (run, i - 2)->paragraph != par || !(tok (run, i - 2)->flags & TOK_CAP) ||
      !_sitrep_suggest_tok_among (run, i - 2, photo_labels) ||
      !(c == ':' || _sitrep_suggest_tok_is (run, i - 1, "by")))
    return FALSE;
  return _sitrep_suggest_person_words (run, i, 3, end) >= 2 && credit_ends (run, *end + 1, par);
}

/* "Author: Margaret Griffis", "Photo: Delil Souleiman/AFP", "By Kim Gamel
 * and Aziz Alwan" (the second name), and a signature: two or three names
 * alone in one of the last two paragraphs, or in a paragraph a title opens
 * the next of ("John Kirby" / "Assistant Secretary …"). */
static G_GNUC_NO_INLINE gboolean
credit_person (SuggestRun *run,
               guint       i,
               guint      *first,
               guint      *last)
{
  guint n = run->tokens->len, end = i, par = tok (run, i)->paragraph;
  gboolean starts = i == 0 || tok (run, i - 1)->paragraph != par;

  if ((tok (run, i)->flags & TOK_ARABIC) || !g_ascii_islower (run->text[tok (run, i)->start + 1]))
    return FALSE;
  if (!starts && photo_caption (run, i, &end))
    ;
  else if (!starts)
    {
      guint open = i;

      /* Only after ":", "and" or "by"; the paragraph's opening at most six tokens before. */
      if (!(run->text[tok (run, i - 1)->start] == ':' || _sitrep_suggest_tok_is (run, i - 1, "and") ||
            _sitrep_suggest_tok_is (run, i - 1, "by")))
        return FALSE;
      while (open > 0 && i - open <= 6 && tok (run, open - 1)->paragraph == par)
        open--;
      if (i - open > 6 ||
          !((i == open + 2 && run->text[tok (run, i - 1)->start] == ':' && _sitrep_suggest_tok_among (run, open, credit_labels)) ||
            (_sitrep_suggest_tok_is (run, i - 1, "and") && _sitrep_suggest_tok_is (run, open, "by")) ||
            (i == open + 1 && _sitrep_suggest_tok_is (run, open, "by"))))
        return FALSE;
      /* "By X and Y": the first name ends before "and". */
      if (_sitrep_suggest_person_words (run, i, 3, &end) < 2 ||
          !(credit_ends (run, end + 1, par) || (i == open + 1 && _sitrep_suggest_tok_is (run, end + 1, "and"))))
        return FALSE;
    }
  else
    {
      guint next = i, lastpar = tok (run, n - 1)->paragraph;

      if (_sitrep_suggest_person_words (run, i, 3, &end) < 2 || (end + 1 < n && tok (run, end + 1)->paragraph == par) ||
          !plain_names (run, i, end, page_words))
        return FALSE;
      while (next < n && tok (run, next)->paragraph == par)
        next++;
      if (par + 1 < lastpar && !(next < n && (_sitrep_suggest_is_title (run, next) ||
                                              (next + 1 < n && _sitrep_suggest_is_title (run, next + 1)))))
        return FALSE;
    }
  if (g_hash_table_contains (_sitrep_gazetteer_get_bundled ()->by_key, _sitrep_suggest_span_key_tmp (run, i, end)))
    return FALSE;
  *first = i;
  *last = end;
  return TRUE;
}

gboolean
_sitrep_suggest_credit_person (SuggestRun *run,
                               guint       i,
                               guint      *first,
                               guint      *last)
{
  guint n = run->tokens->len;

  /* Most capitalised words are neither after ":", "and", "by" nor in a
   * paragraph of a few tokens: one look at the tokens around says so. */
  if (i > 0 && tok (run, i - 1)->paragraph == tok (run, i)->paragraph)
    {
      char c = run->text[tok (run, i - 1)->start];

      if (c != ':' && c != 'a' && c != 'A' && c != 'b' && c != 'B' && c != '(')
        return FALSE;
    }
  else if (i + 8 < n && tok (run, i + 8)->paragraph == tok (run, i)->paragraph)
    return FALSE;
  return credit_person (run, i, first, last);
}
