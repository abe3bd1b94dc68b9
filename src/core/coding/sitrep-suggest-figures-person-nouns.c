/* sitrep-suggest-figures-person-nouns.c — the nouns of one person harmed and the numerals among their
 * words, for the one-person readers (sitrep-suggest-figures-one.c, -person.c, -one-subject.c): "a policeman",
 * "his wife", "an insurgent", "1 farmer", "a 1st Infantry Division soldier" (moved from and added to
 * sitrep-suggest-figures-person.c, session 45)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include "sitrep-suggest-figures-person.h"

/* One person, after "a", "his", "another" …: "his wife was slightly injured",
 * "killed a commander". */
const char * const _sitrep_suggest_one_person[] = {
  "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "child", "boy",
  "girl", "baby", "infant", "teenager", "man", "woman", "civilian", "soldier", "fighter",
  "militant", "commander", "officer", "policeman", "journalist", "reporter", "photographer",
  "doctor", "nurse", "paramedic", "driver", "farmer", "shepherd", "teacher", "student", "worker",
  "resident", "guard", "pilot", "member", "leader", "official", "activist", "citizen", "person",
  "marine", "sailor", "serviceman", "contractor", "volunteer", "rebel", "jihadist", "terrorist",
  "bodyguard", "cousin", "nephew", "relative", "citizen", "youth", "councilman", "professor",
  "general", "judge", "mayor", "lawyer", "engineer", "cleric", "imam", "employee", "merchant",
  "businessman", "elder", "lecturer", "governor", "colonel", "captain", "lieutenant", "sergeant",
  "mukhtar", "pilgrim", "passenger", "gunman", "attacker", "bomber", "militiaman", "suspect", "individual",
  "villager", "herder", "protester", "demonstrator", "detainee", "hostage", "refugee", "tribesman", "fisherman",
  "smuggler", "policewoman", "housewife", "victim",
  /* more, by role, trade and office (as the counts' nouns of people): "capturing a cell operator" */
  "operator", "operative", "diplomat", "friend", "medic", "physician", "surgeon", "lawmaker", "politician",
  "sheikh", "preacher", "priest", "kid", "toddler", "newborn", "widow", "orphan", "conscript", "reservist",
  "paratrooper", "commando", "sniper", "guerrilla", "extremist", "loyalist", "trucker", "staffer", "crewman",
  "abductee", "tourist", "shopkeeper", "vendor", "trader", "footballer", "athlete", "scientist", "researcher",
  "adviser", "advisor", "interpreter", "translator", "informant", "spy", "trooper", "corporal", "minister",
  "councillor", "candidate", "survivor", "trafficker", "kidnapper", "assailant", "emir", "recruit", "cadet",
  "inmate", "prisoner", "defector", "collaborator", "bystander", "mourner", "worshipper", "worshiper", "pupil",
  "patient", "labourer", "laborer", "guardsman", "clansman",
  /* and more (session 45): "an insurgent was killed", "a shop owner was wounded" */
  "insurgent", "owner", "pharmacist", "dentist", "cameraman", "correspondent", "firefighter", "fireman",
  "rescuer", "spokesman", "spokeswoman", "uncle", "aunt", "grandfather", "grandmother", "grandson",
  "granddaughter", "niece", "neighbour", "neighbor", "chief", "baker", "butcher", "barber", "mechanic",
  "electrician", "carpenter", "tailor", "schoolboy", "schoolgirl", "aide", "jailer", "warden",
  "peasant", "nomad", "academic", "poet", "writer", "blogger", "broadcaster", "dignitary",
  "notable", "chieftain", "cook", "clerk", "accountant", "watchman", "janitor", "custodian",
  "deminer", "mercenary", "jihadi", "gendarme", "airman", "ranger", "facilitator", "financier", "recruiter",
  "courier", "bombmaker", NULL
};

/* Whether tokens @j and @j + 1 are a unit's ordinal, a numeral and its suffix glued, before a
 * capitalised word: the "1st" of "A 1st Infantry Division soldier", the "82nd" of "an 82nd Airborne
 * paratrooper". */
gboolean
_sitrep_suggest_unit_ordinal (SuggestRun *run,
                              guint       j)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th", NULL };

  return j + 2 < run->n_tokens && (tok (run, j)->flags & TOK_NUMBER) && !(tok (run, j)->flags & TOK_WORD) &&
         tok (run, j + 1)->space_before == 0 && _sitrep_suggest_tok_among (run, j + 1, suffixes) &&
         tok (run, j + 2)->space_before > 0 && (tok (run, j + 2)->flags & TOK_CAP) && (tok (run, j + 2)->flags & TOK_WORD) &&
         tok (run, j + 2)->sentence == tok (run, j)->sentence;
}

/* Whether token @i is the numeral "1" standing alone, as "a" does in a list's or a headline's "1
 * farmer killed by IED" (not "1.5", "1,200" nor "2 1"). */
gboolean
_sitrep_suggest_digit_one (SuggestRun *run,
                           guint       i)
{
  const SuggestToken *t = tok (run, i);

  if (!(t->flags & TOK_NUMBER) || t->end - t->start != 1 || run->text[t->start] != '1')
    return FALSE;
  if (i > 0 && tok (run, i - 1)->sentence == t->sentence &&
      ((tok (run, i - 1)->flags & TOK_NUMBER) || (t->space_before == 0 && (tok (run, i - 1)->flags & TOK_PUNCT))))
    return FALSE;
  return !(i + 1 < run->n_tokens && tok (run, i + 1)->space_before == 0 && (tok (run, i + 1)->flags & TOK_PUNCT));
}
