/* sitrep-suggest-figures-learned.h — the learned reader of English figures: a candidate for every victim
 * phrase of a word of harm, scored by a logistic regression trained on the tuning sets (private to the
 * suggester)
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "sitrep-suggest-private.h"

G_BEGIN_DECLS

/* The features of a candidate, in the order of the weights of sitrep-suggest-figure-weights.h (made by
 * bench/figure-candidates.py, which reads their names from the candidates' dump). */
typedef enum
{
  /* the word of harm */
  FIGURE_F_T_KILLED,      /* "killed", "slain", "executed", "murdered" … */
  FIGURE_F_T_DIED,        /* "died", "perished", "succumbed" */
  FIGURE_F_T_DEAD,        /* "shot dead", "found dead" */
  FIGURE_F_T_KILLING,     /* "killing", "executing" … before their people */
  FIGURE_F_T_DEATH,       /* "the death of", "the killing of", "the murder of" */
  FIGURE_F_T_BODY,        /* "the body of", "bodies" */
  FIGURE_F_T_WOUNDED,     /* "wounded", "injured", "hurt" */
  FIGURE_F_T_WOUNDING,    /* "wounding", "injuring" */
  FIGURE_F_T_CAPTURED,    /* "abducted", "kidnapped", "arrested", "detained", "captured" */
  FIGURE_F_T_CAPTURING,   /* "abducting", "the abduction of" … */
  /* how its people stand to it */
  FIGURE_F_P_PASSIVE,     /* the subject of "was" + the word */
  FIGURE_F_P_INTRANS,     /* the subject of "died" */
  FIGURE_F_P_OBJECT,      /* the people after the verb */
  FIGURE_F_P_OF,          /* the people after "of" */
  FIGURE_F_P_RELATIVE,    /* "X, who was killed" */
  /* what the people are */
  FIGURE_F_H_NUMBER,      /* a count */
  FIGURE_F_H_NOUN,        /* one person's noun ("a soldier") */
  FIGURE_F_H_NAME,        /* a name */
  FIGURE_F_H_PRONOUN,     /* "he", "him" */
  FIGURE_F_H_COORD,       /* several joined by "and" ("a man and his son") */
  FIGURE_F_D_A,           /* "a", "an" */
  FIGURE_F_D_THE,         /* "the", "this", "that" */
  FIGURE_F_D_POSS,        /* "his", "their", "the victim's" */
  FIGURE_F_D_ONE,         /* "one", "another" */
  FIGURE_F_C_1,
  FIGURE_F_C_2_5,
  FIGURE_F_C_6,
  FIGURE_F_FAR,           /* more than three words between the word and its people */
  FIGURE_F_AGE,           /* "X, 25," or "a 25-year-old" */
  FIGURE_F_PERSON_SPAN,   /* a person proposed over the people */
  FIGURE_F_ACTOR_SPAN,    /* an actor proposed over the people */
  /* the sentence */
  FIGURE_F_NEG,           /* "not", "no", "never" before the word */
  FIGURE_F_MODAL,         /* "will", "would", "could", "if", "to" before the word */
  FIGURE_F_QUOTE,         /* inside quotes */
  FIGURE_F_PAST,          /* a year, "ago", "since" or "in 2014" in the sentence */
  FIGURE_F_SAID,          /* "said", "told", "according" in the sentence */
  FIGURE_F_HEAD,          /* the report's first sentences (a headline) */
  FIGURE_F_PARA_FIRST,    /* the first sentence of its paragraph */
  FIGURE_F_BY,            /* "by" after the word */
  FIGURE_F_WERE,          /* "were" with one person */
  /* what the other readers proposed */
  FIGURE_F_SAME_SENT,     /* a figure of the kind elsewhere in the sentence */
  FIGURE_F_ANY_SENT,      /* any figure in the sentence */
  FIGURE_F_SAME_NEAR,     /* a figure of the kind in the two sentences before */
  FIGURE_F_SAME_COUNT,    /* a figure of the kind and count before in the paragraph */
  FIGURE_F_SAME_DOC,      /* a figure of the kind and count before in the report */
  FIGURE_F_NONE_DOC,      /* no figure yet in the report */
  FIGURE_N_FEATURES
} FigureFeature;

extern const char * const _sitrep_suggest_figure_feature_names[FIGURE_N_FEATURES + 1];
/* The threshold of a training that reached none (sitrep-suggest-figure-weights.h): the reader proposes nothing. */
#define FIGURE_NO_THRESHOLD 1e8
/* The weights' feature names (the generated table's), for its test: NULL past the last. */
const char *_sitrep_suggest_figure_weight_name (guint i);

/* The score of the features @f (a logit): the weights' dot product and the intercept. */
double      _sitrep_suggest_figure_learned_score (const float *f);
/* The candidates of the words of harm of the run's English sentences that no reader proposed a figure for,
 * proposed when their score passes the threshold (after every other reader of figures). With
 * SITREP_FIGURE_CANDIDATES set in the environment, every candidate and its features is printed on stderr
 * (bench/figure-candidates.py). */
void        _sitrep_suggest_figures_learned      (SuggestRun *run,
                                                  guint64     harm_bits);

G_END_DECLS
