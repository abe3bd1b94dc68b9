/* sitrep-suggest-figures-words.c — the words of casualty figures: what happened to the people
 * counted (killed, wounded, captured, missing) and the nouns that name people (moved from
 * sitrep-suggest-figures.c)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-suggest-private.h"

const char * const _sitrep_suggest_figure_killed_words[] = {
  "killed", "kill", "kills", "killing", "dead", "death", "deaths", "died", "die", "dies",
  "slain", "executed", "executing", "perished", "bodies", "massacred", "martyred", "martyring", "fatalities",
  "lives", "lost", "losing", "toll", "beheaded", "murdered", "murdering", "assassinated", "massacre", "neutralized", "neutralised", "succumbed",
  "neutralizing", "neutralising", "body", "eliminated", "gunned", "remains", "relics", "corpses", "passed", "assassination", "murder",
  /* "was fatally shot": one killed (sitrep-suggest-figures-single.c) */
  "fatally",
  /* the other forms of the words above: verbs before a count ("executes 5", "eliminating 12") and
   * nouns before "of" ("the elimination of 30 militants", "the executions of 12"; cue_ok ()) */
  "execute", "executes", "execution", "executions", "assassinate", "assassinates", "assassinating",
  "assassinations", "eliminate", "eliminating", "elimination", "killings", "liquidated", "liquidating",
  "slaughtered", "slaughtering", "massacring", "beheading", "lynched", NULL
};
const char * const _sitrep_suggest_figure_wounded_words[] = {
  "wounded", "wounding", "wounds", "injured", "injuring", "injuries", "injures", "hurt", "injury", "maimed",
  /* the plain verb of headlines, as "kill" ("Bombs kill 5, injure 10", "Gunmen wound 3 policemen") */
  "injure", "wound", NULL
};
const char * const _sitrep_suggest_figure_captured_words[] = {
  "captured", "capturing", "arrested", "arresting", "detained", "detaining", "abducted",
  "abducting", "kidnapped", "kidnapping", "prisoners", "prisoner", "hostages", "hostage",
  "surrendered", "apprehended", "captive", "captives", "arrest", "capture", "abduction", "recaptured",
  /* other forms: "captures 3", "detains 12", "kidnaps", "the detention of 5 activists" (cue_ok ()) */
  "captures", "detain", "detains", "detention", "abduct", "abducts", "abductions", "kidnap", "kidnaps",
  "kidnappings", NULL
};
const char * const _sitrep_suggest_figure_missing_words[] = {
  "missing", "disappeared", NULL
};

/* More nouns of people, by role, kin, trade and office (a count of any of them may be a toll:
 * "kidnapped 22 friends of mine", "killed two kidnapped Algerian diplomats"); in both lists below. */
#define MORE_PEOPLE_NOUNS \
  "friends", "diplomats", "activists", "reporters", "photographers", "medics", "physicians", "surgeons", \
  "lawmakers", "politicians", "judges", "lawyers", "sheikhs", "imams", "elders", "cousins", "nephews", \
  "sisters", "husbands", "fathers", "mothers", "kids", "teenagers", "minors", "toddlers", "newborns", \
  "widows", "orphans", "conscripts", "reservists", "paratroopers", "commandos", "snipers", "guerrillas", \
  "extremists", "loyalists", "herders", "truckers", "staffers", "crewmen", "abductees", "notables", \
  "preachers", "priests", "monks", "nuns", "visitors", "tourists", "shoppers", "customers", "spectators", \
  "players", "athletes", "footballers", "academics", "professors", "scientists", "researchers", "advisers", \
  "advisors", "interpreters", "translators", "informants", "spies", "agents", "escorts", "policewomen", \
  "troopers", "generals", "colonels", "captains", "lieutenants", "sergeants", "corporals", "ministers", \
  "mayors", "governors", "councillors", "councilmen", "candidates", "voters", "inhabitants", "returnees", \
  "evacuees", "survivors", "smugglers", "traffickers", "looters", "kidnappers", "assailants", "raiders", \
  "infiltrators", "bombers", "emirs", "clansmen", "tribespeople", "townspeople", "servicemembers", \
  "servicewomen", "peacekeepers", "observers", "monitors", "inspectors", "fellows", "comrades", \
  "students", "rescuers", "firefighters", "pedestrians", "worshippers", "diners", "schoolchildren", \
  "schoolboys", "schoolgirls", \
  /* people named by a nation or a faith in the plural ("A total of 271 Iraqis and 14 U.S. soldiers lost \
   * their lives"; not "Lebanese", an adjective as often) */ \
  "iraqis", "syrians", "americans", "kurds", "afghans", "palestinians", "iranians", "turks", "saudis", \
  "egyptians", "yazidis", "tunisians", "russians", "britons", "jordanians", "chechens", "arabs", "sunnis", \
  "shiites", "christians", "alawites", "israelis",

/* Nouns for people: what a casualty figure counts. Anything else counted
 * right after a number ("16 airstrikes", "40 villages") is not casualties. */
const char * const _sitrep_suggest_figure_person_nouns[] = {
  "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "fighters",
  "fighter", "militants", "militant", "terrorists", "terrorist", "members", "member", "others",
  "men", "women", "children", "child", "troops", "personnel", "policemen", "officers",
  "officer", "rebels", "rebel", "insurgents", "jihadists", "jihadis", "militiamen", "gunmen",
  "combatants", "servicemen", "service", "leaders", "leader", "commanders", "commander",
  "elements", "operatives", "suspects", "individuals", "residents", "villagers", "worshippers",
  "students", "workers", "family", "of", "isis", "isil", "is", "daesh", "syrian", "iraqi",
  "kurdish", "government", "regime", "pro", "security", "army", "senior", "local", "innocent",
  "more", "other", "including", "them", "whom", "were", "was", "had", "have", "has", "been",
  "are", "and", "the", "his", "their", "its", "her", "in", "at", "by", "during", "after",
  "reportedly", "also", "all", "when", "while", "as", "a", "result", "total", "people's",
  "russian", "turkish", "american", "u", "s", "marines", "sailors", "airmen", "guards", "police",
  "fighting", "mostly", "many", "among", "attackers", "bombers", "recruits", "aids", "aides",
  "aid", "young", "seriously", "critically", "badly", "lightly", "dead", "others'", "still",
  "now", "later", "believed", "feared", "confirmed", "being", "be", "to", "reported", "suspected",
  "suspects", "detainees", "hostages", "prisoners", "wounded", "bodyguards", "relatives", "sons",
  "daughters", "brothers", "wives", "companions", "citizens", "youths", "boys", "girls", "infants",
  "babies", "pilgrims", "protesters", "demonstrators", "journalists", "doctors", "nurses",
  "paramedics", "farmers", "shepherds", "teachers", "refugees", "migrants", "passengers",
  "employees", "volunteers", "contractors", "mercenaries", "tribesmen", "pupils", "patients",
  "mourners", "fishermen", "worshipers", "officials", "defectors", "collaborators", "merchants",
  "traders", "vendors", "shopkeepers", "drivers", "associates", "guardsmen", "cadets", "clerics",
  "engineers", "labourers", "laborers", "colleagues", "neighbours", "neighbors", "guests",
  "victims", "inmates", "escapees", "remain", "remained", "gone", "those", "bystanders", "locals",
  "nationals", "forces",
  /* between the auxiliary and the participle, as "reportedly" above: "were allegedly killed", "had so
   * far been killed", "two soldiers severely injured" */
  "allegedly", "apparently", "already", "so", "far", "fatally", "severely", "slightly", "mortally",
  "subsequently", "eventually", "previously", "accidentally",
  /* when and where, right after the number: "killed 12 on Monday" */
  "on", "near", "inside", "outside", "overnight", "yesterday", "today", "last", "earlier", "since",
  "across", "nationwide", "countrywide", "for",
  MORE_PEOPLE_NOUNS
  NULL
};

const char * const _sitrep_suggest_figure_victim_nouns[] = {
  "people", "persons", "civilians", "civilian", "soldiers", "soldier", "fighters", "fighter",
  "militants", "militant", "terrorists", "terrorist", "members", "others", "men", "women",
  "children", "troops", "personnel", "policemen", "officers", "rebels", "insurgents",
  "jihadists", "militiamen", "gunmen", "combatants", "servicemen", "leaders", "commanders",
  "elements", "operatives", "residents", "villagers", "workers", "attackers", "suspects",
  "detainees", "hostages", "prisoners", "aides", "aids", "bodyguards", "relatives", "guards",
  "sons", "daughters", "brothers", "wives", "companions", "family", "citizens", "youths", "boys",
  "girls", "infants", "babies", "pilgrims", "protesters", "demonstrators", "journalists", "doctors",
  "nurses", "paramedics", "farmers", "shepherds", "teachers", "refugees", "migrants", "passengers",
  "employees", "volunteers", "contractors", "mercenaries", "tribesmen", "pupils", "patients",
  "mourners", "fishermen", "worshipers", "officials", "defectors", "collaborators", "merchants",
  "traders", "vendors", "shopkeepers", "drivers", "associates", "guardsmen", "cadets", "clerics",
  "engineers", "labourers", "laborers", "colleagues", "neighbours", "neighbors", "guests", "recruits",
  "victims", "inmates", "escapees", "individuals", "police", "bystanders", "locals", "nationals", "woman", "forces",
  MORE_PEOPLE_NOUNS
  NULL
};
