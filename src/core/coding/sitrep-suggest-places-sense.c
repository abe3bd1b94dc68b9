/* sitrep-suggest-places-sense.c — a place's name used for something else (an outlet, a government, a nickname, an English word), and places read from the words around them ("the fall of X", "the offensive on X, Y and Z")
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-suggest"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sitrep-suggest-private.h"
#include "sitrep-suggest-places-private.h"
#include "sitrep-suggest-spans.h"

/* Large cities whose name stands for their government ("Damascus aims to
 * …", "Baghdad said"): a capital, or a city this size. */
#define GOVERNMENT_CITY_POPULATION 500000

static gboolean
same_sentence (SuggestRun *run,
               guint       a,
               guint       b)
{
  return b < run->tokens->len && tok (run, a)->sentence == tok (run, b)->sentence;
}

static gboolean
is_cap_word (SuggestRun *run,
             guint       i)
{
  return i < run->tokens->len && (tok (run, i)->flags & TOK_WORD) && (tok (run, i)->flags & TOK_CAP) &&
         !(tok (run, i)->flags & TOK_ARABIC);
}

/* Whether an actor or a person is proposed over any of bytes @start … @end. */
gboolean
_sitrep_suggest_actor_over (SuggestRun *run,
                            gsize       start,
                            gsize       end)
{
  for (guint k = 0; k < run->out->len; k++)
    {
      SitrepSuggestion *o = run->out->pdata[k];

      if ((o->kind == SITREP_SUGGEST_ACTOR || o->kind == SITREP_SUGGEST_PERSON) &&
          o->byte_start < end && o->byte_end > start)
        return TRUE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------- outlets */

/* Verbs a publication is the subject of. */
static const char * const report_verbs[] = {
  "said", "says", "reported", "reports", "put", "puts", "posted", "posts", "published",
  "wrote", "writes", "claimed", "claims", "quoted", "cited", "added", "counted", "showed",
  "shows", "broadcast", "aired", NULL
};

/* "Deir Ezzor 24, put the death toll at 13": a place's name and a bare
 * number, with no noun the number counts, name an outlet. */
static gboolean
is_outlet (SuggestRun *run,
           guint       last)
{
  guint n = run->tokens->len;
  const SuggestToken *number;

  if (last + 1 >= n || !(tok (run, last + 1)->flags & TOK_NUMBER) || (tok (run, last + 1)->flags & TOK_WORD) ||
      tok (run, last + 1)->space_before != 1 || !same_sentence (run, last, last + 1))
    return FALSE;
  number = tok (run, last + 1);
  if (number->end - number->start > 3)
    return FALSE;
  if (last + 2 >= n || !same_sentence (run, last, last + 2))
    return TRUE;
  if ((tok (run, last + 2)->flags & TOK_PUNCT) && tok (run, last + 2)->space_before == 0)
    return strchr (",.;:)", run->text[tok (run, last + 2)->start]) != NULL;
  return _sitrep_suggest_tok_in (run, last + 2, report_verbs);
}

/* ---------------------------------------------------------------- governments */

/* What a government, not a city, does: "Damascus aims to …", "Ankara accused …". */
static const char * const will_verbs[] = {
  "aims", "aimed", "wants", "wanted", "seeks", "sought", "says", "said", "accuses", "accused",
  "denies", "denied", "rejects", "rejected", "insists", "insisted", "hopes", "hoped", "plans",
  "planned", "refuses", "refused", "warns", "warned", "condemns", "condemned", "demands",
  "demanded", "believes", "believed", "fears", "feared", "intends", "intended", "threatens",
  "threatened", "announced", "announces", "agreed", "agrees", "insisted", "vowed", "vows",
  "blamed", "blames", "urged", "urges", "welcomed", "welcomes", "responded", "claims", "claimed",
  "backs", "backed", "supports", "supported", "opposes", "opposed", NULL
};

static const char * const auxiliaries[] = {
  "has", "had", "have", "will", "would", "is", "was", "has", "also", "again", "now", "still", NULL
};

/* A large city opening its sentence as the subject of a verb of will or
 * speech stands for its government: no place of an incident. */
static gboolean
is_government (SuggestRun             *run,
               const SitrepSuggestion *s,
               guint                   first,
               guint                   last)
{
  guint verb = last + 1;

  if (s->population < GOVERNMENT_CITY_POPULATION || s->scope != SITREP_PLACE_SCOPE_PLACE ||
      (first > 0 && same_sentence (run, first - 1, first)))
    return FALSE;
  while (verb < run->tokens->len && verb < last + 3 && _sitrep_suggest_tok_in (run, verb, auxiliaries))
    verb++;
  return same_sentence (run, last, verb) && _sitrep_suggest_tok_in (run, verb, will_verbs);
}

/* ---------------------------------------------------------------- nicknames */

static const char * const nickname_cues[] = {
  "nicknamed", "dubbed", "alias", "aka", "called", "known", "styled", "titled", NULL
};

/* Nouns that make "the X of Y" a place's part, not a title: "the
 * outskirts of Mosul", "the Old City of Aleppo". */
static const char * const part_nouns[] = {
  "city", "outskirts", "countryside", "province", "governorate", "district", "centre", "center",
  "north", "south", "east", "west", "gates", "battle", "siege", "fall", "liberation", "people",
  "governor", "mayor", "university", "port", "airport", "bank", "banks", "suburbs", NULL
};

/* "nicknamed “the Sword of Baghdad”": a place inside a nickname. */
static gboolean
in_nickname (SuggestRun *run,
             guint       first)
{
  guint the;

  if (first < 3 || !_sitrep_suggest_tok_is (run, first - 1, "of") || !is_cap_word (run, first - 2) ||
      _sitrep_suggest_tok_in (run, first - 2, part_nouns))
    return FALSE;
  the = first - 3;
  if (!_sitrep_suggest_tok_is (run, the, "the") || !same_sentence (run, the, first))
    return FALSE;
  for (guint k = the; k > 0 && k + 4 > the && same_sentence (run, k - 1, first); k--)
    {
      if (_sitrep_suggest_tok_in (run, k - 1, nickname_cues))
        return TRUE;
      if (tok (run, k - 1)->flags & TOK_WORD)
        break;
    }
  return FALSE;
}

/* Whether @s is a month's name beside a number ("in June 2014", "June 30",
 * "30 June"): a date, whatever town shares the name (Lebanon's Jounieh). A
 * look at the bytes first. */
static gboolean
is_dated_month (SuggestRun             *run,
                const SitrepSuggestion *s)
{
  const char *t = run->text;
  guint i;

  if (s->byte_end - s->byte_start > 9 ||
      !((s->byte_end + 1 < run->text_len && t[s->byte_end] == ' ' && g_ascii_isdigit (t[s->byte_end + 1])) ||
        (s->byte_start >= 2 && t[s->byte_start - 1] == ' ' && g_ascii_isdigit (t[s->byte_start - 2]))))
    return FALSE;
  i = _sitrep_suggest_token_holding (run, s->byte_start);
  return tok (run, i)->end == s->byte_end && _sitrep_suggest_is_month (run, i);
}

/* "Idlib (Qasioun) – …", "Raqqa (Sham) – …": a name in brackets between a dateline's place, at its
 * paragraph's start, and a dash is the agency that wrote the report, not a place. The bytes asked first
 * (_sitrep_suggest_drop_body_towns () asks it last, after the names in brackets are proposed). */
gboolean
_sitrep_suggest_is_dateline_agency (SuggestRun             *run,
                                    const SitrepSuggestion *s)
{
  const char *after = run->text + s->byte_end;
  gsize at = s->byte_start;

  if (at < 3 || run->text[at - 1] != '(' || run->text[at - 2] != ' ' || *after != ')' || after[1] != ' ' ||
      !(after[2] == '-' || _sitrep_suggest_has_prefix (after + 2, "–") || _sitrep_suggest_has_prefix (after + 2, "—")))
    return FALSE;
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];
      guint first;

      if (o->kind != SITREP_SUGGEST_PLACE || o->byte_end != at - 2)
        continue;
      first = _sitrep_suggest_token_from (run, o->byte_start);
      return first < run->tokens->len && (first == 0 || tok (run, first - 1)->paragraph != tok (run, first)->paragraph);
    }
  return FALSE;
}

/* Drops the places proposed from @from on whose name stands for something
 * else: an outlet ("Deir Ezzor 24", proposed as an actor instead), a
 * government ("Damascus aims to …"), a nickname ("the Sword of Baghdad"),
 * a month ("June 2014"). */
void
_sitrep_suggest_places_in_sense (SuggestRun *run,
                                 guint       from)
{
  for (guint k = run->out->len; k > from; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint first, last;
      gboolean outlet;

      if (s->kind != SITREP_SUGGEST_PLACE || s->byte_end <= s->byte_start)
        continue;
      if (s->entity_id == 0 && is_dated_month (run, s))
        {
          _sitrep_suggest_out_remove (run->out, k - 1);
          continue;
        }
      /* Most places are none of these: a look at the bytes around first. */
      if (s->population < GOVERNMENT_CITY_POPULATION &&
          !(s->byte_end + 1 < run->text_len && run->text[s->byte_end] == ' ' &&
            g_ascii_isdigit (run->text[s->byte_end + 1])) &&
          !(s->byte_start >= 3 && run->text[s->byte_start - 1] == ' ' && (run->text[s->byte_start - 3] | 0x20) == 'o' &&
            _sitrep_suggest_ascii_caseeq (run->text + s->byte_start - 3, "of", 2)))
        continue;
      first = _sitrep_suggest_token_from (run, s->byte_start);
      last = _sitrep_suggest_token_from (run, s->byte_end) - 1;
      if (first >= run->tokens->len || last < first)
        continue;
      outlet = is_outlet (run, last);
      if (!outlet && !is_government (run, s, first, last) && !in_nickname (run, first))
        continue;
      _sitrep_suggest_out_remove (run->out, k - 1);
      if (outlet && !_sitrep_suggest_actor_over (run, tok (run, first)->start, tok (run, last + 1)->end))
        {
          g_autofree char *key = _sitrep_suggest_span_key (run, first, last + 1);

          if (!_sitrep_suggest_is_rejected (run, SITREP_SUGGEST_ACTOR, key))
            {
              SitrepSuggestion *a = _sitrep_suggest_add (run, SITREP_SUGGEST_ACTOR, first, last + 1);

              a->score = 0.6;
              a->entity_name = _sitrep_suggest_strdup (run, a->text);
            }
        }
    }
}

/* ---------------------------------------------------------------- homonyms */

/* "Qayyarah" alone: the Iraqi town spelled so, not a Turkish town that
 * only the folded key ("Sarız") matches, though the ranking puts the
 * larger one first. */
gboolean
_sitrep_suggest_spelled_first (GPtrArray  *found,
                               const char *surface)
{
  guint placed = 0;

  for (guint k = 0; k < found->len && placed < 2; k++)
    {
      if (!_sitrep_suggest_spelled_as (surface, found->pdata[k]))
        continue;
      if (k != placed)
        {
          gpointer spelled = found->pdata[k];

          /* Keep the others in their order, after it. */
          memmove (&found->pdata[placed + 1], &found->pdata[placed], (k - placed) * sizeof (gpointer));
          found->pdata[placed] = spelled;
        }
      placed++;
    }
  /* With one place spelled as the text, the loose matches after it are no
   * homonyms to weigh it against. */
  if (placed == 1 && found->len > 1)
    g_ptr_array_set_size (found, 1);
  return placed > 0;
}

/* ---------------------------------------------------------------- places read from the words around */

/* Nouns whose object after "of" is a place: "the fall of Baghuz". */
static const char * const of_place_nouns[] = {
  "fall", "siege", "liberation", "recapture", "outskirts", "countryside", "surroundings",
  "shelling", "bombardment", "encirclement", "storming", "environs", "vicinity", "outskirt", NULL
};

/* Nouns of a push whose object after "on", "towards" or "into" is a place:
 * "the offensive on Kansafra, Al-Fateera and Fleifel". */
static const char * const on_place_nouns[] = {
  "offensive", "offensives", "assault", "assaults", "advance", "advances", "push", "march",
  "onslaught", "incursion", "incursions", NULL
};

static const char * const on_words[] = {
  "on", "towards", "toward", "into", "upon", NULL
};

/* Words capitalised that name no place: months, days, pronouns. */
static const char * const never_places[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "the", "a", "an", "this", "that", "its", "their", "his", "her", NULL
};

/* One name from @i on: capitalised words, with articles and hyphens
 * ("Al-Fateera", "Jisr al-Shughur"); its last token in @last. */
static gboolean
name_at (SuggestRun *run,
         guint       i,
         guint      *last)
{
  guint n = run->tokens->len;
  gboolean any = FALSE;

  for (guint j = i; j < n && j < i + 5 && same_sentence (run, i, j); j++)
    {
      const SuggestToken *t = tok (run, j);

      if ((t->flags & TOK_HYPHEN) && t->space_before == 0 && j + 1 < n && tok (run, j + 1)->space_before == 0 &&
          j > i)
        continue;
      if (!(t->flags & TOK_WORD) || (j > i && t->space_before > 1))
        break;
      if (_sitrep_suggest_is_article (run, j))
        continue;
      if (!is_cap_word (run, j))
        break;
      if (!any && (_sitrep_suggest_tok_in (run, j, never_places) || _sitrep_suggest_is_lower_common (run, j)))
        return FALSE;
      *last = j;
      any = TRUE;
    }
  return any;
}

/* What is proposed already where a pass adds places: the places and the
 * actors and persons before it, by start, and the last place it added (it
 * adds from left to right, so only that one can overlap a later name). One
 * index per pass, not a walk over every suggestion per name. */
typedef struct
{
  GArray *places;             /* PlaceAt */
  gsize   longest;
  GArray *names;              /* SpanAt of actors and persons, by start */
  gsize   names_longest;
  guint   added;              /* index in run->out of the last place added, or G_MAXUINT */
} Taken;

typedef struct
{
  gsize start;
  gsize end;
} SpanAt;

static int
compare_span_at (gconstpointer a,
                 gconstpointer b)
{
  const SpanAt *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
taken_init (SuggestRun *run,
            Taken      *taken)
{
  taken->places = _sitrep_suggest_places_by_start (run, &taken->longest);
  taken->names = g_array_sized_new (FALSE, FALSE, sizeof (SpanAt), run->out->len);
  taken->names_longest = 0;
  taken->added = G_MAXUINT;
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];
      SpanAt at = { o->byte_start, o->byte_end };

      if (o->kind != SITREP_SUGGEST_ACTOR && o->kind != SITREP_SUGGEST_PERSON)
        continue;
      g_array_append_val (taken->names, at);
      taken->names_longest = MAX (taken->names_longest, at.end - at.start);
    }
  /* Stable as g_array_sort (), in one pass over runs already in order. */
  _sitrep_suggest_sort_few (taken->names, compare_span_at);
}

static void
taken_clear (Taken *taken)
{
  g_clear_pointer (&taken->places, g_array_unref);
  g_clear_pointer (&taken->names, g_array_unref);
}

/* Whether a place is proposed over any of bytes @start … @end. */
static gboolean
taken_place (SuggestRun *run,
             Taken      *taken,
             gsize       start,
             gsize       end)
{
  const SitrepSuggestion *last = taken->added != G_MAXUINT ? run->out->pdata[taken->added] : NULL;

  return (last != NULL && last->byte_start < end && last->byte_end > start) ||
         _sitrep_suggest_place_over (run, taken->places, taken->longest, end - 1, start + 1) != NULL;
}

/* Whether an actor or a person is proposed over any of bytes @start … @end. */
static gboolean
taken_name (Taken *taken,
            gsize  start,
            gsize  end)
{
  guint lo = 0, hi = taken->names->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (taken->names, SpanAt, mid).start < end)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint k = lo; k > 0; k--)
    {
      const SpanAt *at = &g_array_index (taken->names, SpanAt, k - 1);

      if (at->start + taken->names_longest <= start)
        break;
      if (at->end > start)
        return TRUE;
    }
  return FALSE;
}

/* Proposes the name at @first … @last unplaced, unless something is
 * proposed there already or the name is an acronym. */
static void
add_object (SuggestRun *run,
            Taken      *taken,
            guint       first,
            guint       last)
{
  gsize start = tok (run, first)->start, end = tok (run, last)->end;
  g_autofree char *key = NULL;
  SitrepSuggestion *s;
  gboolean caps = TRUE;

  for (gsize b = start; b < end && caps; b++)
    caps = !g_ascii_islower (run->text[b]);
  if (caps || taken_place (run, taken, start, end) || taken_name (taken, start, end))
    return;
  key = _sitrep_suggest_span_key (run, first, last);
  if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
    return;
  s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, first, last);
  s->score = 0.4;
  s->entity_name = _sitrep_suggest_strdup (run, s->text);
  taken->added = run->out->len - 1;
}

/* "since the fall of Baghuz", "the artillery offensive on Kansafra,
 * Al-Fateera and Fleifel": the object of a noun that takes a place, and the
 * names listed with it, are places even when the gazetteer lacks them;
 * proposed unplaced, ready for a pin. */
void
_sitrep_suggest_place_objects (SuggestRun *run)
{
  guint n = run->tokens->len;
  Taken taken = { NULL };
  guint64 of_bit = _sitrep_suggest_list_bit (run, of_place_nouns);
  guint64 on_bit = _sitrep_suggest_list_bit (run, on_place_nouns);
  /* A token in neither list of nouns is passed over with one AND. */
  gboolean filter = of_bit != 0 && on_bit != 0;

  for (guint i = 0; i + 2 < n; i++)
    {
      guint j, last = 0;

      /* The tokens in neither list, passed over in a loop of their own. */
      if (filter)
        i = _sitrep_suggest_next_listed (run, i, n - 2, of_bit | on_bit, 0);
      if (i + 2 >= n)
        break;
      if (!(tok (run, i)->flags & TOK_WORD) ||
          (tok (run, i)->flags & TOK_CAP))
        continue;
      if (_sitrep_suggest_tok_in (run, i, of_place_nouns) && _sitrep_suggest_tok_is (run, i + 1, "of"))
        j = i + 2;
      else if (_sitrep_suggest_tok_in (run, i, on_place_nouns) && _sitrep_suggest_tok_in (run, i + 1, on_words))
        j = i + 2;
      else
        continue;
      if (taken.places == NULL)
        taken_init (run, &taken);
      /* "the fall of the regime": only a name is a place; a list of
       * names after it, all of them. */
      for (guint items = 0; items < 6 && j < n && same_sentence (run, i, j) && name_at (run, j, &last); items++)
        {
          guint next = last + 1;

          add_object (run, &taken, j, last);
          if (next < n && (tok (run, next)->flags & TOK_PUNCT) && run->text[tok (run, next)->start] == ',')
            next++;
          if (next < n && _sitrep_suggest_tok_is (run, next, "and"))
            next++;
          i = last;
          if (next == last + 1)
            break;
          j = next;
        }
    }
  taken_clear (&taken);
}

/* ---------------------------------------------------------------- Arabic: "in the eastern X" */

/* Direction adjectives after a name: "الغوطة الشرقية" is the Eastern Ghouta. */
static const char * const ar_sides[] = {
  "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الشرقي", "الغربي", "الشمالي", "الجنوبي", NULL
};

/* Nouns with the article that name a kind of place, not one: "في المنطقة
 * الشرقية" is "in the eastern area". */
static const char * const ar_kinds[] = {
  "المنطقة", "الريف", "المدينة", "البلدة", "القرية", "الجبهة", "الجهة", "المحافظة", "الحي",
  "الأحياء", "المناطق", "الضفة", "الحدود", "الأطراف", "الضواحي", "القطاع", "الجزء", "الأراضي", NULL
};

/* "في الغوطة الشرقية": after "في" ("in"), a name with the article and a
 * direction adjective is a region of its own, proposed unplaced when the
 * gazetteer lacks it. */
void
_sitrep_suggest_arabic_sides (SuggestRun *run)
{
  guint n = run->tokens->len;
  Taken taken = { NULL };

  /* Arabic words only (run->arabic), from @next on. */
  for (guint a = 0, next = 0; a < run->n_arabic; a++)
    {
      guint i = run->arabic[a];
      const SuggestToken *t = tok (run, i);
      SitrepSuggestion *s;

      if (i < next || i + 2 >= n || t->end - t->start != strlen ("في") ||
          memcmp (run->text + t->start, "في", strlen ("في")) != 0 ||
          !(tok (run, i + 1)->flags & TOK_ARABIC) || !(tok (run, i + 2)->flags & TOK_ARABIC) ||
          !same_sentence (run, i, i + 2) || !_sitrep_suggest_has_prefix (run->text + tok (run, i + 1)->start, "ال") ||
          _sitrep_suggest_tok_in (run, i + 1, ar_kinds) || _sitrep_suggest_tok_in (run, i + 1, ar_sides) ||
          !_sitrep_suggest_tok_in (run, i + 2, ar_sides))
        continue;
      if (taken.places == NULL)
        taken_init (run, &taken);
      if (taken_place (run, &taken, tok (run, i + 1)->start, tok (run, i + 2)->end))
        continue;
      /* Declared past the test every token fails: no g_free() at each. */
      g_autofree char *key = _sitrep_suggest_span_key (run, i + 1, i + 2);
      if (*key == '\0' || _sitrep_suggest_is_rejected (run, SITREP_SUGGEST_PLACE, key))
        continue;
      s = _sitrep_suggest_add (run, SITREP_SUGGEST_PLACE, i + 1, i + 2);
      s->score = 0.4;
      s->entity_name = _sitrep_suggest_strdup (run, s->text);
      taken.added = run->out->len - 1;
      next = i + 3;
    }
  taken_clear (&taken);
}

/* ---------------------------------------------------------------- names that are English words */

/* English words the gazetteer could read as a place of one word ("tall",
 * "mill", "salt", "van"): build-aux/gen-english-names.py. */
#define ENGLISH_NAMES "/org/sitrep/Sitrep/core/gazetteer/english-names.txt"

static gpointer
load_english_names (gpointer data)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (ENGLISH_NAMES, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return set;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*lines[i] != '\0')
        g_hash_table_add (set, g_strdup (lines[i]));
    }
  return set;
}

static gpointer
build_english_filter (gpointer data)
{
  return _sitrep_suggest_key_filter_new (data);
}

/* Whether the @len bytes at @text are one of those words, in any case. */
static gboolean
is_english_name (const char *text,
                 gsize       len)
{
  static GOnce once = G_ONCE_INIT;
  static GOnce once_filter = G_ONCE_INIT;
  char lower[24];
  guint32 hash = 5381;

  if (len < 3 || len >= sizeof lower)
    return FALSE;
  for (gsize m = 0; m < len; m++)
    {
      if (!g_ascii_isalpha (text[m]))
        return FALSE;
      /* g_ascii_tolower () of a letter, and g_str_hash () as it goes. */
      lower[m] = text[m] <= 'Z' ? text[m] - 'A' + 'a' : text[m];
      hash = hash * 33 + (guint32) (signed char) lower[m];
    }
  lower[len] = '\0';
  g_once (&once, load_english_names, NULL);
  /* Most words are none: told by the hash's bit, without a look-up. */
  if (!_sitrep_suggest_key_filter_has (g_once (&once_filter, build_english_filter, once.retval), hash))
    return FALSE;
  return g_hash_table_contains (once.retval, lower);
}

/* Whether the capital of the word at @i says it is a name: not the first
 * word of its sentence ("Tall buildings collapsed"), nor a word of a longer
 * capitalised name ("The Old Mill"); "In Tall," opens a sentence with a cue. */
static gboolean
capital_says_name (SuggestRun *run,
                   guint       i)
{
  guint n = run->tokens->len;

  if (i == 0 || !same_sentence (run, i - 1, i) || (tok (run, i)->flags & TOK_ARABIC))
    return FALSE;
  if (is_cap_word (run, i - 1) && tok (run, i)->space_before <= 1 && !_sitrep_suggest_has_place_cue (run, i))
    return FALSE;
  if (i + 1 < n && same_sentence (run, i, i + 1) && is_cap_word (run, i + 1) && tok (run, i + 1)->space_before <= 1)
    return FALSE;
  /* After punctuation only ("“Tall …"): still the sentence's first word. */
  for (guint j = i; j > 0 && same_sentence (run, j - 1, i); j--)
    {
      if (tok (run, j - 1)->flags & TOK_WORD)
        return TRUE;
    }
  return FALSE;
}

/* Whether the text says the place @s at token @i is meant: a word before it
 * that says a place follows, a large city, or another place of the report
 * near it (the placed places from @from on). */
static gboolean
context_says_place (SuggestRun             *run,
                    const SitrepSuggestion *s,
                    guint                   i,
                    guint                   from,
                    GHashTable             *near)
{
  gpointer known;

  if (_sitrep_suggest_has_place_cue (run, i))
    return TRUE;
  if (isnan (s->latitude))
    return FALSE;
  if (s->population >= 100000)
    return TRUE;
  /* Asked once per word (and place): a long text may name it often. */
  if (g_hash_table_lookup_extended (near, s->text, NULL, &known))
    return GPOINTER_TO_INT (known);
  g_hash_table_insert (near, s->text, GINT_TO_POINTER (FALSE));
  for (guint k = from; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o != s && o->kind == SITREP_SUGGEST_PLACE && !isnan (o->latitude) && o->scope == SITREP_PLACE_SCOPE_PLACE &&
          g_strcmp0 (o->text, s->text) != 0 &&
          sitrep_gazetteer_distance_km (o->latitude, o->longitude, s->latitude, s->longitude) <= VILLAGE_FAR_KM)
        {
          g_hash_table_insert (near, s->text, GINT_TO_POINTER (TRUE));
          return TRUE;
        }
    }
  return FALSE;
}

/* A place of one word that is also an English word ("Tall" for At Tall,
 * "Mill" for a Turkish Mil) needs both a capital that says a name and a
 * text that says a place: a mention without the capital is dropped; one
 * with it but nothing around it that says a place, unless another mention
 * of the same word in the text has both. The project's own names and what
 * it learned are kept. One pass over the suggestions. */
void
_sitrep_suggest_english_names (SuggestRun *run,
                               guint       from)
{
  g_autoptr(GHashTable) named = NULL;
  g_autoptr(GHashTable) weak = NULL;
  g_autoptr(GHashTable) near = NULL;
  g_autoptr(GPtrArray) dropped = NULL;
  guint kept;

  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      guint i;

      if (s->kind != SITREP_SUGGEST_PLACE || s->entity_id != 0 || s->score >= 0.95 ||
          s->scope != SITREP_PLACE_SCOPE_PLACE ||
          !is_english_name (run->text + s->byte_start, s->byte_end - s->byte_start))
        continue;
      if (named == NULL)
        {
          named = g_hash_table_new (g_str_hash, g_str_equal);
          weak = g_hash_table_new (NULL, NULL);
          near = g_hash_table_new (g_str_hash, g_str_equal);
        }
      i = _sitrep_suggest_token_holding (run, s->byte_start);
      if (!capital_says_name (run, i))
        g_hash_table_insert (weak, s, GINT_TO_POINTER (TRUE));
      else if (g_hash_table_contains (named, s->text) || context_says_place (run, s, i, from, near))
        g_hash_table_add (named, s->text);
      else
        g_hash_table_insert (weak, s, GINT_TO_POINTER (FALSE));
    }
  if (weak == NULL || g_hash_table_size (weak) == 0)
    return;
  /* No capital that says a name: dropped. A capital and no context: kept
   * where another mention of the word says the place is meant. The kept
   * ones moved up in order, the dropped ones after them, freed at once. */
  dropped = g_ptr_array_new ();
  kept = from;
  for (guint k = from; k < run->out->len; k++)
    {
      SitrepSuggestion *s = run->out->pdata[k];
      gpointer no_capital;

      if (g_hash_table_lookup_extended (weak, s, NULL, &no_capital) &&
          (GPOINTER_TO_INT (no_capital) || !g_hash_table_contains (named, s->text)))
        g_ptr_array_add (dropped, s);
      else
        run->out->pdata[kept++] = s;
    }
  for (guint m = 0; m < dropped->len; m++)
    run->out->pdata[kept + m] = dropped->pdata[m];
  _sitrep_suggest_out_remove_range (run->out, kept, dropped->len);
}

/* ---------------------------------------------------------------- Arabic words, doubtful places */

/* A city this size is no common word's accident ("قصفت الطائرات حلب"). */
#define AR_CITY_PEOPLE 100000

/* Words before an Arabic name that say a place follows. */
static const char * const ar_place_preps[] = {
  "في", "إلى", "الى", "من", "عند", "داخل", "خارج", "نحو", "باتجاه", "حتى", "بين", NULL
};

/* Whether token @i opens a bracket or a quote ("(", "“", "«", '"'). */
static gboolean
is_opening_mark (SuggestRun *run,
                 guint       i)
{
  const char *p = run->text + tok (run, i)->start;

  return (tok (run, i)->flags & TOK_PUNCT) &&
         (*p == '(' || *p == '"' || _sitrep_suggest_has_prefix (p, "“") || _sitrep_suggest_has_prefix (p, "«") || _sitrep_suggest_has_prefix (p, "”"));
}

/* Whether token @i closes a bracket or a quote. */
static gboolean
is_closing_mark (SuggestRun *run,
                 guint       i)
{
  const char *p = run->text + tok (run, i)->start;

  return (tok (run, i)->flags & TOK_PUNCT) &&
         (*p == ')' || *p == '"' || _sitrep_suggest_has_prefix (p, "”") || _sitrep_suggest_has_prefix (p, "»") || _sitrep_suggest_has_prefix (p, "“"));
}

/* Whether Arabic place @s has a word before it that says a place follows:
 * a preposition of place, glued ("بحلب", "لحلب") or not ("في حلب"), a kind
 * of place ("بلدة", "قرب", "ريف"), or a place before it in a list ("كركوك
 * والموصل", "حمص، حماة"). */
static gboolean
ar_place_cued (SuggestRun             *run,
               const SitrepSuggestion *s,
               guint                   i)
{
  gsize glued = s->byte_start - tok (run, i)->start;
  guint j = i;

  /* "ب", "ل", "ك" glued before the name (and after "و"/"ف"). */
  if (glued >= 2)
    {
      const char *letter = run->text + s->byte_start - 2;

      if (memcmp (letter, "ب", 2) == 0 || memcmp (letter, "ل", 2) == 0 || memcmp (letter, "ك", 2) == 0)
        return TRUE;
    }
  if (j == 0 || tok (run, j - 1)->sentence != tok (run, j)->sentence)
    return FALSE;
  /* "بلدة “قسطون”", "في (الفوعة) و(كفريا)": past the bracket or quote
   * the name is in, and past "و" and the bracket that closed the name
   * before it. */
  if (j >= 2 && is_opening_mark (run, j - 1))
    {
      j--;
      if (j >= 3 && _sitrep_suggest_tok_is (run, j - 1, "و") && is_closing_mark (run, j - 2))
        j -= 2;
    }
  /* "حمص، حماة": past a comma, to the place before it. */
  if ((tok (run, j - 1)->flags & TOK_PUNCT) && j >= 2)
    {
      const char *mark = run->text + tok (run, j - 1)->start;

      if (!_sitrep_suggest_has_prefix (mark, "،") && mark[0] != ',')
        return FALSE;
      j--;
    }
  if (_sitrep_suggest_tok_in (run, j - 1, ar_place_preps) || _sitrep_suggest_is_ar_place_kind (run, j - 1))
    return TRUE;
  for (guint k = 0; k < run->out->len; k++)
    {
      const SitrepSuggestion *o = run->out->pdata[k];

      if (o != s && o->kind == SITREP_SUGGEST_PLACE && o->byte_end == tok (run, j - 1)->end)
        return TRUE;
    }
  return FALSE;
}

/* An Arabic word the gazetteer matched doubtfully, of one word, with no
 * word before it that says a place follows, is a common word that names a
 * village somewhere ("شهداء" martyrs, "حول" about, "الحربية" military,
 * "مصدر" a source), unless a city: dropped. Arabic has no capitals to tell
 * a name. */
void
_sitrep_suggest_arabic_common_words (SuggestRun *run,
                                     guint       from)
{
  for (guint k = run->out->len; k > from; k--)
    {
      SitrepSuggestion *s = run->out->pdata[k - 1];
      guint i;

      if (s->kind != SITREP_SUGGEST_PLACE || !s->doubtful || isnan (s->latitude) || s->entity_id != 0 ||
          s->score >= 0.95 || s->scope != SITREP_PLACE_SCOPE_PLACE || s->byte_end <= s->byte_start ||
          s->population >= AR_CITY_PEOPLE)
        continue;
      i = _sitrep_suggest_token_holding (run, s->byte_start);
      if (!(tok (run, i)->flags & TOK_ARABIC) || tok (run, i)->end != s->byte_end || ar_place_cued (run, s, i))
        continue;
      _sitrep_suggest_out_remove (run->out, k - 1);
    }
}
