/* sitrep-suggest-actors-arabic.c — Arabic names of armed bodies and institutions: a head noun and the
 * genitive chain after it ("قوات سوريا الديمقراطية", "خلية الإعلام الأمني"), with the prefixes glued to
 * it ("للشرطة الاتحادية", "والحشد"), a unit's number ("اللواء 45", "الفرقة ١٧") and hashtags ("#الحشد_الشعبي")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-arabic.h"

/* Arabic nouns that head the name of an armed group or an institution:
 * "قوات النظام", "جيش العزة", "وزارة الدفاع الروسية", "المرصد السوري لحقوق الإنسان". */
static const char * const ar_org_heads[] = {
  "قوات", "القوات", "جيش", "الجيش", "وزارة", "المرصد", "هيئة", "حركة", "جبهة", "لواء", "كتائب",
  "فصائل", "وحدات", "تنظيم", "حزب", "مجلس", "وكالة", "قيادة", "الشرطة", "الحشد", "مديرية",
  "فرقة", "الفرقة", "الحرس", "ميليشيا", "ميليشيات", "التحالف", "الائتلاف", "الدفاع", "الأمن", "الفوج",
  "فوج", "كتيبة", "الكتيبة", "سرايا", "عصائب", "الاستخبارات", "المخابرات", "شرطة", "جهاز",
  "خلية", "الخلية", "فيلق", "الفيلق",
  /* monitors, outlets and aid bodies: "الشبكة السورية لحقوق الإنسان", "لجان التنسيق المحلية",
   * "مركز الإعلام الأمني", "شبكة رووداو الإعلامية", "سلاح الجو العراقي" */
  "مركز", "المركز", "شبكة", "الشبكة", "لجان", "اللجان", "لجنة", "اللجنة", "منظمة", "المنظمة", "سلاح",
  "مكتب", "المكتب", NULL
};
/* What "مركز" (centre) is the centre of when it names a place, not a
 * body: "مركز المدينة", "مركز الشرطة". */
static const char * const ar_centre_of[] = {
  "المدينة", "المحافظة", "الناحية", "القضاء", "البلدة", "القرية", "الشرطة", "المخيم", "الحي", "المنطقة",
  "الإيواء", "الايواء", "الاحتجاز", "التسوق", "الصحي", "صحي", NULL
};

/* Units named by their number: "اللواء 45", "الفرقة ١٧", "الفوج 3". "اللواء"
 * is a rank too ("اللواء الركن …"): a unit only with a number after it. */
static const char * const ar_unit_heads[] = {
  "لواء", "اللواء", "فرقة", "الفرقة", "فوج", "الفوج", "كتيبة", "الكتيبة", "فيلق", "الفيلق", NULL
};

/* "التابع للواء …", "الموالية لـ…": the words that end one body's name
 * before the body it belongs to or sides with, and "التي", "الذي" … after it. */
static const char * const ar_affiliation[] = {
  "التابع", "التابعة", "التابعين", "المدعوم", "المدعومة", "المدعومين", "الموالي", "الموالية",
  "الموالين", "المرتبط", "المرتبطة",
  /* relative pronouns, which take the article's letters: "القوات التي …" */
  "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", NULL
};

/* Whether the @len bytes at @p are one of @words. */
static gboolean
bytes_among (const char         *p,
             gsize               len,
             const char * const *words)
{
  for (guint k = 0; words[k] != NULL; k++)
    {
      if (strlen (words[k]) == len && memcmp (words[k], p, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether Arabic word @i, or it without the conjunction or preposition
 * glued before it ("و", "ف", "ب", "ل"; "لل" for "ل" + "ال": "للشرطة" is
 * "ل" + "الشرطة"), is one of @words. */
static gboolean
ar_word_is (SuggestRun         *run,
            guint               i,
            const char * const *words)
{
  static const char * const prefixes[] = { "و", "ف", "ب", "ل", NULL };
  const char *p = run->text + tok (run, i)->start;
  gsize len = tok (run, i)->end - tok (run, i)->start;
  char bare[64], buf[64];

  /* "الدفاعِ": the lists hold bare words. */
  p = _sitrep_suggest_ar_bare (p, &len, bare, sizeof bare);
  if (bytes_among (p, len, words))
    return TRUE;
  for (guint k = 0; prefixes[k] != NULL; k++)
    {
      gsize plen = strlen (prefixes[k]);

      if (len > plen + 4 && memcmp (p, prefixes[k], plen) == 0 && bytes_among (p + plen, len - plen, words))
        return TRUE;
    }
  /* "للشرطة": "ل" + "الشرطة", the article's alif dropped. */
  if (len > 6 && len - 4 + 4 < sizeof buf && _sitrep_suggest_has_prefix (p, "لل"))
    {
      memcpy (buf, "ال", 4);
      memcpy (buf + 4, p + 4, len - 4);
      return bytes_among (buf, len, words);
    }
  return FALSE;
}

/* Words with the article that follow a body's name without being of it:
 * "قصفت قوات النظام البلدة", "قوات النظام اليوم". */
static const char * const ar_chain_stops[] = {
  "البلدة", "المدينة", "القرية", "الحي", "المنطقة", "المحافظة", "الريف", "اليوم", "الليلة", "الصباح",
  "المساء", "الماضي", "الماضية", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
  "الخميس", "الجمعة", "السبت", NULL
};
static const char * const ar_centre_heads[] = { "مركز", "المركز", NULL };
/* Words of four letters or more that are no name after a head: "قوات خلال الأسبوع". */
static const char * const ar_not_names[] = {
  "خلال", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "جراء", "صباح", "مساء", "ليلة", "حوالي", "نحو",
  "كبيرة", "كبير", "جديدة", "جديد", "أخرى", "اخرى", "تابعة", "تابع", "موالية", "موالي", "عسكرية", NULL
};

/* Whether head @i has no article: "شبكة", "لشبكة", not "الشبكة", "للشبكة", "والشبكة". */
static gboolean
indefinite_head (SuggestRun *run,
                 guint       i)
{
  const char *p = run->text + tok (run, i)->start;
  gsize len = tok (run, i)->end - tok (run, i)->start;

  return !(_sitrep_suggest_has_prefix (p, "ال") || _sitrep_suggest_has_prefix (p, "لل") ||
           (len > 6 && _sitrep_suggest_has_prefix (p + 2, "ال")));
}

/* Whether Arabic word @i heads an organisation's name, with or without a
 * prefix: a fact of its word, worked out once. */
static gboolean
is_org_head (SuggestRun *run,
             guint       i)
{
  gboolean answer;

  if (_sitrep_suggest_tok_in (run, i, ar_org_heads))
    return TRUE;
  if (_sitrep_suggest_word_fact (run, i, WORD_FACT_AR_ORG_HEAD, &answer))
    return answer;
  return _sitrep_suggest_word_fact_set (run, i, WORD_FACT_AR_ORG_HEAD,
                                        ar_word_is (run, i, ar_org_heads) || ar_word_is (run, i, ar_unit_heads));
}

/* The next word of a name after token @last: @last + 1 after a space, or
 * the word after an underscore of a hashtag ("#الحشد_الشعبي"); 0 when none. */
static guint
next_word (SuggestRun *run,
           guint       last)
{
  guint n = run->tokens->len;

  if (last + 1 >= n || tok (run, last + 1)->sentence != tok (run, last)->sentence)
    return 0;
  if (tok (run, last + 1)->space_before > 0)
    return (tok (run, last + 1)->flags & TOK_ARABIC) ? last + 1 : 0;
  if (last + 2 < n && run->text[tok (run, last + 1)->start] == '_' && tok (run, last + 2)->space_before == 0 &&
      (tok (run, last + 2)->flags & TOK_ARABIC) && (tok (run, last + 2)->flags & TOK_WORD))
    return last + 2;
  return 0;
}

/* Arabic has no capitals: a name headed by one of those nouns runs on
 * through the words with the article "ال" (and "لحقوق" before one), at most
 * four, as a genitive chain does; a unit's head takes the number after it. */
void
_sitrep_suggest_arabic_organisations (SuggestRun *run)
{
  guint n = run->tokens->len;

  for (guint a = 0, after = 0; a < run->n_arabic; a++)
    {
      guint i = run->arabic[a];
      guint last = i, next;

      if (i < after || i + 1 >= n || !(tok (run, i)->flags & TOK_WORD) || !is_org_head (run, i))
        continue;
      /* "اللواء 45 في الفرقة 11": a unit and its number (digits of any script). */
      if ((tok (run, i + 1)->flags & TOK_NUMBER) && !(tok (run, i + 1)->flags & TOK_WORD) &&
          tok (run, i + 1)->space_before > 0 && tok (run, i + 1)->sentence == tok (run, i)->sentence &&
          ar_word_is (run, i, ar_unit_heads))
        {
          _sitrep_suggest_add_organisation (run, i, i + 1, NULL);
          after = i + 2;
          continue;
        }
      for (guint words = 0; words < 4 && (next = next_word (run, last)) != 0; words++)
        {
          const char *word = run->text + tok (run, next)->start;
          guint after_next = next_word (run, next);

          if (_sitrep_suggest_tok_among (run, next, ar_affiliation) || ar_word_is (run, next, ar_chain_stops))
            break;
          if (words == 0 && ar_word_is (run, i, ar_centre_heads) && ar_word_is (run, next, ar_centre_of))
            break;
          /* "شبكة رووداو الإعلامية", "مجلس محافظة البصرة": a head without
           * the article takes one bare noun, the name, before the article's words. */
          if (words == 0 && indefinite_head (run, i) && !_sitrep_suggest_has_prefix (word, "ال") && after_next != 0 &&
              tok (run, next)->end - tok (run, next)->start >= 8 && !ar_word_is (run, next, ar_not_names) &&
              _sitrep_suggest_has_prefix (run->text + tok (run, after_next)->start, "ال"))
            {
              last = next;
              continue;
            }
          if (_sitrep_suggest_has_prefix (word, "ال") ||
              (_sitrep_suggest_has_prefix (word, "ل") && after_next != 0 &&
               _sitrep_suggest_has_prefix (run->text + tok (run, after_next)->start, "ال")))
            last = next;
          else
            break;
        }
      /* "الدفاع" alone is defence; "قوات" alone is any forces; "اللواء"
       * with no number may be a rank. */
      if (last == i || (!_sitrep_suggest_tok_in (run, i, ar_org_heads) && !ar_word_is (run, i, ar_org_heads)))
        continue;
      _sitrep_suggest_add_organisation (run, i, last, NULL);
      after = last + 1;
    }
}

/* Plural nouns of fighters and armed bodies that head no name of their own. */
static const char * const ar_fighter_nouns[] = {
  "الفصائل", "المسلحين", "المسلحون", "المقاتلين", "المقاتلون", "العناصر", "الميليشيات", "المليشيات",
  "الإرهابيين", "الارهابيين", "المتشددين", "الجهاديين", NULL
};

gboolean
_sitrep_suggest_is_arabic_body_noun (SuggestRun *run,
                                     guint       i)
{
  const char *p;
  gsize len;
  char buf[64];

  if (i >= run->tokens->len || !(tok (run, i)->flags & TOK_ARABIC) || !(tok (run, i)->flags & TOK_WORD))
    return FALSE;
  if (ar_word_is (run, i, ar_fighter_nouns) || is_org_head (run, i))
    return TRUE;
  /* "الفصائل" is "ال" + "فصائل" */
  p = run->text + tok (run, i)->start;
  len = tok (run, i)->end - tok (run, i)->start;
  if (len <= 6 || len - 4 >= sizeof buf || !_sitrep_suggest_has_prefix (p, "ال"))
    return FALSE;
  memcpy (buf, p + 4, len - 4);
  buf[len - 4] = '\0';
  return g_strv_contains ((const char * const *) ar_org_heads, buf);
}

/* Arabic verbs of speech and "according to", bare (a prefix "و", "ف" is
 * read off by ar_word_is()): "وقال", "وذكرت", "وفقاً", "بحسب". */
static const char * const ar_claim_cues[] = {
  "قال", "قالت", "ذكر", "ذكرت", "أفاد", "افاد", "أفادت", "افادت", "أعلن", "اعلن", "أعلنت", "اعلنت",
  "أكد", "اكد", "أكدت", "اكدت", "أوضح", "اوضح", "أوضحت", "اوضحت", "نقل", "نقلت", "وثق", "وثقت", "أشار",
  "اشار", "أشارت", "اشارت", "صرح", "صرحت", "وفق", "وفقا", "حسب", "بحسب", NULL
};

/* "قال إن …", "وقال أنه …": what follows is said, not who says it. */
static const char * const ar_that[] = { "إن", "ان", "أن", "إنه", "انه", "أنه", "بأن", "بان", "على", "إلى", "الى", NULL };

/* Whether token @w, the one word between a verb of speech and the person
 * after it, is that person's first name the list of given names lacks
 * ("وقال أمير هدى كرم"): an Arabic word of three letters or more without
 * the article (a rank has it: "العميد"), not a particle. */
static gboolean
ar_first_name_before (SuggestRun *run,
                      guint       w)
{
  const char *p = run->text + tok (run, w)->start;

  return (tok (run, w)->flags & TOK_ARABIC) && (tok (run, w)->flags & TOK_WORD) &&
         g_utf8_strlen (p, tok (run, w)->end - tok (run, w)->start) >= 3 && !_sitrep_suggest_has_prefix (p, "ال") &&
         !_sitrep_suggest_has_prefix (p, "لل") && !bytes_among (p, tok (run, w)->end - tok (run, w)->start, ar_that);
}

/* Nouns of an unnamed source ("قال مصدر أمني", "بحسب مصادر طبية", "أفاد
 * مراسل …"), a claimant with the word after it that says of what kind. */
static const char * const ar_unnamed_sources[] = { "مصدر", "مصادر", "مراسل", "مراسلة", "مراسلو", NULL };

/* The unnamed source at token @j after a verb of speech, with its next
 * word ("مصدر أمني", "مراسل سمارت") or two after "في"/"من" ("مصدر في
 * الشرطة"): its last token in @last. Not before "أن"/"إن": "قال مصدر إن" has no kind. */
static gboolean
ar_unnamed_source (SuggestRun *run,
                   guint       j,
                   guint      *last)
{
  guint n = run->tokens->len, k = j + 1;

  if (!(tok (run, j)->flags & TOK_ARABIC) || !ar_word_is (run, j, ar_unnamed_sources) || k >= n ||
      tok (run, k)->sentence != tok (run, j)->sentence || !(tok (run, k)->flags & TOK_ARABIC) ||
      !(tok (run, k)->flags & TOK_WORD) ||
      bytes_among (run->text + tok (run, k)->start, tok (run, k)->end - tok (run, k)->start, ar_that))
    return FALSE;
  if ((_sitrep_suggest_tok_is (run, k, "في") || _sitrep_suggest_tok_is (run, k, "من")) && k + 1 < n &&
      tok (run, k + 1)->sentence == tok (run, j)->sentence && (tok (run, k + 1)->flags & TOK_ARABIC) &&
      (tok (run, k + 1)->flags & TOK_WORD))
    k++;
  else if (_sitrep_suggest_tok_is (run, k, "في") || _sitrep_suggest_tok_is (run, k, "من"))
    return FALSE;
  /* "مصدر في وزارة الداخلية": a noun and the one it is of */
  if (k > j + 1 && k + 1 < n && tok (run, k + 1)->sentence == tok (run, j)->sentence &&
      (tok (run, k + 1)->flags & TOK_ARABIC) && (tok (run, k + 1)->flags & TOK_WORD) &&
      !_sitrep_suggest_has_prefix (run->text + tok (run, k)->start, "ال") &&
      _sitrep_suggest_has_prefix (run->text + tok (run, k + 1)->start, "ال"))
    k++;
  *last = k;
  return TRUE;
}

/* The actors and persons proposed, by their first byte: gathered once, at
 * the first verb of speech (a text has many of both). */
static GHashTable *
named_by_start (SuggestRun *run)
{
  GHashTable *by_start = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if ((o->kind == SITREP_SUGGEST_ACTOR || o->kind == SITREP_SUGGEST_PERSON) &&
          !g_hash_table_contains (by_start, GSIZE_TO_POINTER (o->byte_start + 1)))
        g_hash_table_insert (by_start, GSIZE_TO_POINTER (o->byte_start + 1), o);
    }
  return by_start;
}

void
_sitrep_suggest_arabic_claimants (SuggestRun *run)
{
  guint n = run->tokens->len;
  g_autoptr(GHashTable) by_start = NULL;

  for (guint a = 0; a < run->n_arabic; a++)
    {
      guint i = run->arabic[a], j = i + 1, last, first;
      SitrepSuggestion *o, *s;
      g_autofree char *key = NULL;

      if (j >= n || !(tok (run, i)->flags & TOK_WORD) || tok (run, j)->sentence != tok (run, i)->sentence ||
          !ar_word_is (run, i, ar_claim_cues))
        continue;
      /* "وفقاً لـ": the preposition on its own */
      if ((_sitrep_suggest_tok_is (run, j, "ل") || _sitrep_suggest_tok_is (run, j, "لـ")) && j + 1 < n)
        j++;
      if (by_start == NULL)
        by_start = named_by_start (run);
      o = g_hash_table_lookup (by_start, GSIZE_TO_POINTER (tok (run, j)->start + 1));
      /* "وقال العميد أحمد الخالدي": a person after one or two words of rank */
      for (guint k = j + 1; o == NULL && k < j + 3 && k < n && tok (run, k)->sentence == tok (run, i)->sentence; k++)
        {
          o = g_hash_table_lookup (by_start, GSIZE_TO_POINTER (tok (run, k)->start + 1));
          if (o != NULL && o->kind != SITREP_SUGGEST_PERSON)
            o = NULL;
        }
      if (o == NULL)
        {
          /* "قال مصدر أمني", "بحسب مصادر طبية", "لكن مصادر طبية أكدت": a claimant of a kind */
          if (ar_unnamed_source (run, j, &last) ||
              (i >= 2 && ar_unnamed_source (run, i - 2, &last) && last == i - 1 && (j = i - 2, TRUE)))
            {
              key = _sitrep_suggest_span_key (run, j, last);
              if (*key != '\0' && !_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_CLAIMANT, key))
                {
                  s = _sitrep_suggest_add (run, SITREP_SUGGEST_CLAIMANT, j, last);
                  s->score = 0.7;
                  s->entity_name = _sitrep_suggest_strdup (run, s->text);
                }
            }
          continue;
        }
      first = j;
      while (tok (run, j)->end <= o->byte_start)
        j++;
      /* "قال إن هدى كرم …": the person after "that" is no speaker. */
      if (j == first + 1 &&
          bytes_among (run->text + tok (run, first)->start, tok (run, first)->end - tok (run, first)->start, ar_that))
        continue;
      /* "وقال أمير هدى كرم": the speaker's first name too. */
      if (j != first + 1 || o->kind != SITREP_SUGGEST_PERSON || !ar_first_name_before (run, first))
        first = j;
      for (last = j; last + 1 < n && tok (run, last + 1)->end <= o->byte_end; last++)
        ;
      key = _sitrep_suggest_span_key (run, first, last);
      if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_CLAIMANT, key))
        continue;
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_CLAIMANT, first, last);
      s->score = 0.7;
      s->entity_id = first == j ? o->entity_id : 0;
      s->entity_name = _sitrep_suggest_strdup (run, first == j ? o->entity_name : s->text);
      s->actor_type = _sitrep_suggest_strdup (run, o->actor_type);
    }
}
