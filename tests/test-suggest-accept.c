/* test-suggest-accept.c — what an accepted suggestion makes: the place the row promised, a person without the rank; pending suggestions in the spans export
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sitrep-annotation.h"
#include "sitrep-import-record.h"
#include "sitrep-spans.h"
#include "sitrep-store-events.h"
#include "sitrep-store-private.h"
#include "sitrep-store-suggested-incidents.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest.h"
#include "sitrep-suggest-events.h"
#include "sitrep-suggest-private.h"
#include "sitrep-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  SitrepStore *store;
  gint64 annotator;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sitrep-accept-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "p.sitrep", NULL);
  f->store = sitrep_store_create (f->path, &error);
  g_assert_no_error (error);
  f->annotator = sitrep_store_ensure_annotator (f->store, "Rana", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sitrep_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add_article (SitrepStore *store,
             const char  *body)
{
  g_autoptr(GError) error = NULL;
  SitrepImportRecord record = { 0 };
  gint64 id;

  record.title = (char *) "Report";
  record.body = (char *) body;
  record.original = g_bytes_new_static (body, strlen (body));
  id = sitrep_store_add_article (store, &record, NULL, &error);
  g_bytes_unref (record.original);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The article's pending suggestions after Suggest. */
static GPtrArray *
suggest (Fixture *f,
         gint64   article)
{
  return sitrep_test_suggest_stored (f->store, article);
}
/* The entity the accepted suggestion's annotation links to. */
static SitrepEntity *
accept (Fixture                *f,
        SitrepStoredSuggestion *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepAnnotation) a = NULL;
  gint64 annotation;

  g_assert_nonnull (s);
  annotation = sitrep_store_accept_suggestion (f->store, s->id, f->annotator, &error);
  g_assert_no_error (error);
  g_assert_cmpint (annotation, >, 0);
  a = sitrep_store_get_annotation (f->store, annotation, &error);
  g_assert_no_error (error);
  /* The span keeps the words of the text. */
  g_assert_cmpstr (sitrep_annotation_get_text (a), ==, s->text);
  g_assert_cmpint (sitrep_annotation_get_entity_id (a), >, 0);
  return sitrep_store_get_entity (f->store, sitrep_annotation_get_entity_id (a), NULL);
}

static guint
count_entities (Fixture    *f,
                const char *kind)
{
  g_autoptr(GPtrArray) all = sitrep_store_list_entities (f->store, kind, NULL);

  g_assert_nonnull (all);
  return all->len;
}

/* The row showed "Jasim → Jāsim": accepting names the new place "Jāsim",
 * placed where the row said, with "Jasim" as another of its names; a later
 * "Jassim" or "Jāsim" finds the same place. */
static void
test_place_named_as_promised (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) list = suggest (f, add_article (f->store, "Troops entered Jasim on Tuesday, killing at least 12 civilians."));
  SitrepStoredSuggestion *s = sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Jasim");
  g_autoptr(SitrepEntity) e = NULL;
  g_autoptr(GPtrArray) by_text = NULL;
  g_autoptr(GPtrArray) by_name = NULL;

  g_assert_nonnull (s);
  /* What the row shows after the arrow: the gazetteer's spelling. */
  g_assert_nonnull (s->entity_name);
  g_assert_cmpstr (s->entity_name, !=, "Jasim");
  e = accept (f, s);
  g_assert_cmpstr (sitrep_entity_get_kind (e), ==, "place");
  g_assert_cmpstr (sitrep_entity_get_name (e), ==, s->entity_name);
  g_assert_true (g_strv_contains (sitrep_entity_get_aliases (e), "Jasim"));
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_latitude (e), s->latitude, 1e-6);
  g_assert_cmpfloat_with_epsilon (sitrep_entity_get_longitude (e), s->longitude, 1e-6);
  by_text = sitrep_store_find_entities (f->store, "place", "Jasim", NULL);
  by_name = sitrep_store_find_entities (f->store, "place", s->entity_name, NULL);
  g_assert_cmpuint (by_text->len, ==, 1);
  g_assert_cmpuint (by_name->len, ==, 1);
  g_assert_cmpint (sitrep_entity_get_id (by_text->pdata[0]), ==, sitrep_entity_get_id (e));
  g_assert_cmpint (sitrep_entity_get_id (by_name->pdata[0]), ==, sitrep_entity_get_id (e));

  /* Another article's "Jasim" goes to the same place, not a second one. */
  {
    g_autoptr(GPtrArray) more = suggest (f, add_article (f->store, "Shelling hit Jasim again on Monday."));
    SitrepStoredSuggestion *again = sitrep_test_find_stored (more, SITREP_SUGGEST_PLACE, "Jasim");
    g_autoptr(SitrepEntity) same = NULL;

    g_assert_nonnull (again);
    same = again->entity_id != 0 ? sitrep_store_get_entity (f->store, again->entity_id, NULL) : accept (f, again);
    g_assert_cmpint (sitrep_entity_get_id (same), ==, sitrep_entity_get_id (e));
    g_assert_cmpuint (count_entities (f, "place"), ==, 1);
  }
}

/* A place the project already has under the text's spelling keeps its name. */
static void
test_place_known_keeps_name (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 known = sitrep_store_add_entity (f->store, "place", "Jasim town", &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(SitrepEntity) e = NULL;

  g_assert_no_error (error);
  g_assert_true (sitrep_store_add_alias (f->store, known, "Jasim", &error));
  list = suggest (f, add_article (f->store, "Troops entered Jasim on Tuesday."));
  e = accept (f, sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Jasim"));
  g_assert_cmpint (sitrep_entity_get_id (e), ==, known);
  g_assert_cmpstr (sitrep_entity_get_name (e), ==, "Jasim town");
  g_assert_cmpuint (count_entities (f, "place"), ==, 1);
}

/* The project's place "Doura", a district of Baghdad, pinned there. */
static gint64
add_doura (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 doura = sitrep_store_add_entity (f->store, "place", "Doura", &error);

  g_assert_no_error (error);
  g_assert_true (sitrep_store_set_entity_place (f->store, doura, 33.25, 44.39, "Baghdad", "IQ", NULL, &error));
  g_assert_no_error (error);
  return doura;
}

/* "Doura" (a district of Baghdad) and "Daraa" (a city of Syria) fold to one
 * name key: a Daraa placed without doubt, far from the project's Doura,
 * becomes a place of its own where it was placed, not the Doura; a place
 * of the name near its pin is that place. */
static void
test_place_far_namesake (Fixture       *f,
                         gconstpointer  data)
{
  gint64 doura = add_doura (f);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(SitrepEntity) e = NULL;
  g_autoptr(SitrepEntity) e2 = NULL;
  SitrepStoredSuggestion *s;

  list = suggest (f, add_article (f->store, "Government shelling hit the city of Daraa in southern Syria on Monday."));
  s = sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Daraa");
  g_assert_nonnull (s);
  g_assert_false (isnan (s->latitude));
  g_assert_false (s->doubtful);
  e = accept (f, s);
  g_assert_cmpint (sitrep_entity_get_id (e), !=, doura);
  g_assert_cmpfloat (fabs (sitrep_entity_get_latitude (e) - 32.62), <, 0.2);
  g_assert_cmpuint (count_entities (f, "place"), ==, 2);
  /* A second report's Daraa is the first one's. */
  again = suggest (f, add_article (f->store, "Two children were killed in Daraa, in southern Syria, on Friday."));
  s = sitrep_test_find_stored (again, SITREP_SUGGEST_PLACE, "Daraa");
  g_assert_nonnull (s);
  e2 = accept (f, s);
  g_assert_cmpint (sitrep_entity_get_id (e2), ==, sitrep_entity_get_id (e));
  g_assert_cmpuint (count_entities (f, "place"), ==, 2);
}

/* "درعا", shown under the gazetteer's name "Dar‘ā", is no "Doura" of
 * Baghdad the project holds although the two names fold to one key; and
 * "Baghdad's Dora district", pinned at Baghdad, doubtful, is no Daraa of
 * Syria the project then holds: a doubtful pin yields to a project place
 * of its name only within a doubtful pin's reach. */
static void
test_place_far_namesake_renamed (Fixture       *f,
                                 gconstpointer  data)
{
  gint64 doura = add_doura (f);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(SitrepEntity) e = NULL;
  g_autoptr(SitrepEntity) e2 = NULL;
  SitrepStoredSuggestion *s;

  list = suggest (f, add_article (f->store, "تعرضت أحياء مدينة درعا لقصف عنيف من قبل قوات النظام."));
  s = sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "درعا");
  g_assert_nonnull (s);
  g_assert_false (isnan (s->latitude));
  e = accept (f, s);
  g_assert_cmpint (sitrep_entity_get_id (e), !=, doura);
  g_assert_cmpfloat (fabs (sitrep_entity_get_latitude (e) - 32.62), <, 0.2);

  /* The project's Daraa is now the one just accepted. */
  again = suggest (f, add_article (f->store, "A car bomb exploded near a market in Baghdad's Dora district, killing three people."));
  s = sitrep_test_find_stored (again, SITREP_SUGGEST_PLACE, "Dora");
  g_assert_nonnull (s);
  g_assert_true (s->doubtful);
  e2 = accept (f, s);
  g_assert_cmpint (sitrep_entity_get_id (e2), !=, sitrep_entity_get_id (e));
  g_assert_cmpfloat (fabs (sitrep_entity_get_latitude (e2) - 33.3), <, 0.2);
}

/* A place the project accepted (Iraq's Sinjar, west of Mosul) yields to
 * another of its name in the governorate a later report names ("Sinjar in
 * the eastern Idlib countryside"): not pinned at the project's, and
 * accepted as a place of its own. */
static void
test_learned_place_yields (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) idlib = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(SitrepEntity) iraq = NULL;
  g_autoptr(SitrepEntity) syria = NULL;
  g_autoptr(SitrepEntity) iraq_again = NULL;
  SitrepStoredSuggestion *s;

  first = suggest (f, add_article (f->store, "Two policemen were killed in Tal Afar and Sinjar, west of Mosul."));
  s = sitrep_test_find_stored (first, SITREP_SUGGEST_PLACE, "Sinjar");
  g_assert_nonnull (s);
  iraq = accept (f, s);
  g_assert_cmpfloat (fabs (sitrep_entity_get_latitude (iraq) - 36.32), <, 0.1);

  idlib = suggest (f, add_article (f->store, "Two men were killed in the village of Sinjar in the eastern Idlib countryside."));
  s = sitrep_test_find_stored (idlib, SITREP_SUGGEST_PLACE, "Sinjar");
  g_assert_nonnull (s);
  g_assert_cmpfloat (fabs (s->latitude - 35.59), <, 0.1);
  g_assert_cmpfloat (fabs (s->longitude - 37.00), <, 0.1);
  g_assert_false (s->doubtful);
  syria = accept (f, s);
  g_assert_cmpint (sitrep_entity_get_id (syria), !=, sitrep_entity_get_id (iraq));

  /* The first stays the Sinjar of a report on Tal Afar. */
  again = suggest (f, add_article (f->store, "A roadside bomb wounded three soldiers in Sinjar, west of Tal Afar."));
  s = sitrep_test_find_stored (again, SITREP_SUGGEST_PLACE, "Sinjar");
  g_assert_nonnull (s);
  g_assert_cmpfloat (fabs (s->latitude - 36.32), <, 0.1);
  iraq_again = accept (f, s);
  g_assert_cmpint (sitrep_entity_get_id (iraq_again), ==, sitrep_entity_get_id (iraq));
}

static gboolean
has_name (SitrepEntity *e,
          const char   *name)
{
  const char * const *aliases = sitrep_entity_get_aliases (e);

  return g_strcmp0 (sitrep_entity_get_name (e), name) == 0 || (aliases != NULL && g_strv_contains (aliases, name));
}

static SitrepEntity *
entity_of (Fixture *f,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  SitrepEntity *e = sitrep_store_get_entity (f->store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (e);
  return e;
}

/* A suggestion linked to an entity the project knows, under a spelling
 * none of its names has ("KERRY" for "Kerry", "Jāsim" for "Jasim town"):
 * accepting it makes the spelling one more of the entity's names (in the
 * accept's one undo step); a spelling it has already adds nothing. */
static void
test_known_entity_learns_spelling (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 kerry = sitrep_store_add_entity (f->store, "person", "Kerry", &error);
  gint64 jasim = sitrep_store_add_entity (f->store, "place", "Jasim town", &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(SitrepEntity) e1 = NULL;
  g_autoptr(SitrepEntity) e2 = NULL;
  g_autoptr(SitrepEntity) e3 = NULL;
  g_autoptr(SitrepEntity) before = NULL;
  g_autoptr(SitrepEntity) after = NULL;
  g_autoptr(SitrepEntity) undone = NULL;
  g_autoptr(SitrepEntity) place_before = NULL;
  SitrepStoredSuggestion *caps, *place, *known;
  guint n_names;

  g_assert_no_error (error);
  g_assert_true (sitrep_store_add_alias (f->store, jasim, "Jasim", &error));
  g_assert_no_error (error);
  list = suggest (f, add_article (f->store, "SECRETARY KERRY: We talked about the situation in Jāsim.\n"));
  again = suggest (f, add_article (f->store, "Troops entered Jasim on Tuesday."));
  caps = sitrep_test_find_stored (list, SITREP_SUGGEST_PERSON, "KERRY");
  place = sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Jāsim");
  known = sitrep_test_find_stored (again, SITREP_SUGGEST_PLACE, "Jasim");
  g_assert_nonnull (caps);
  g_assert_nonnull (place);
  g_assert_nonnull (known);
  /* Linked to the known ones by the run, not by the accept. */
  g_assert_cmpint (caps->entity_id, ==, kerry);
  g_assert_cmpint (place->entity_id, ==, jasim);

  before = entity_of (f, kerry);
  g_assert_false (has_name (before, "KERRY"));
  e1 = accept (f, caps);
  g_assert_cmpint (sitrep_entity_get_id (e1), ==, kerry);
  g_assert_cmpstr (sitrep_entity_get_name (e1), ==, "Kerry");
  g_assert_true (has_name (e1, "KERRY"));
  /* One undo step takes the annotation and the name back. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  undone = entity_of (f, kerry);
  g_assert_false (has_name (undone, "KERRY"));
  g_assert_true (sitrep_store_redo (f->store, &error));
  g_assert_no_error (error);
  after = entity_of (f, kerry);
  g_assert_true (has_name (after, "KERRY"));

  place_before = entity_of (f, jasim);
  n_names = g_strv_length ((char **) sitrep_entity_get_aliases (place_before));
  e2 = accept (f, place);
  g_assert_cmpint (sitrep_entity_get_id (e2), ==, jasim);
  g_assert_cmpstr (sitrep_entity_get_name (e2), ==, "Jasim town");
  g_assert_true (has_name (e2, "Jāsim"));
  g_assert_cmpuint (g_strv_length ((char **) sitrep_entity_get_aliases (e2)), ==, n_names + 1);
  /* A spelling the entity has: nothing added. */
  e3 = accept (f, known);
  g_assert_cmpint (sitrep_entity_get_id (e3), ==, jasim);
  g_assert_cmpuint (g_strv_length ((char **) sitrep_entity_get_aliases (e3)), ==, n_names + 1);
  g_assert_cmpuint (count_entities (f, "person"), ==, 1);
  g_assert_cmpuint (count_entities (f, "place"), ==, 1);
}

/* A transcript's speaker tag "KIRBY" shown as "Person → Kirby": the new
 * person is named as the row showed, and "Kerry" and "KERRY" of one
 * transcript, accepted in either order, are one person with both
 * spellings (entity linking folds case as the normalisation keys do). */
static void
test_person_named_as_shown (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) list = suggest (f, add_article (f->store,
      "QUESTION: Secretary Kerry, did you discuss Aleppo?\n\n"
      "SECRETARY KERRY: We talked about the situation in Aleppo.\n\n"
      "MR KIRBY: Thanks, everybody.\n"));
  SitrepStoredSuggestion *kirby = sitrep_test_find_stored (list, SITREP_SUGGEST_PERSON, "KIRBY");
  SitrepStoredSuggestion *caps = sitrep_test_find_stored (list, SITREP_SUGGEST_PERSON, "KERRY");
  SitrepStoredSuggestion *kerry = sitrep_test_find_stored (list, SITREP_SUGGEST_PERSON, "Kerry");
  g_autoptr(SitrepEntity) e1 = NULL;
  g_autoptr(SitrepEntity) e2 = NULL;
  g_autoptr(SitrepEntity) e3 = NULL;

  g_assert_nonnull (kirby);
  g_assert_nonnull (caps);
  g_assert_nonnull (kerry);
  g_assert_cmpstr (kirby->entity_name, ==, "Kirby");
  e1 = accept (f, kirby);
  g_assert_cmpstr (sitrep_entity_get_name (e1), ==, "Kirby");
  g_assert_true (g_strv_contains (sitrep_entity_get_aliases (e1), "KIRBY"));

  /* The capitals first: the person is still "Kerry", and the other spelling joins it. */
  e2 = accept (f, caps);
  g_assert_cmpstr (sitrep_entity_get_name (e2), ==, "Kerry");
  e3 = accept (f, kerry);
  g_assert_cmpint (sitrep_entity_get_id (e3), ==, sitrep_entity_get_id (e2));
  g_assert_cmpuint (count_entities (f, "person"), ==, 2);
}

static void
test_person_without_title (void)
{
  static const struct { const char *text; const char *name; const char *title; } cases[] = {
    { "Major General Oleg Yegorov", "Oleg Yegorov", "Major General" },
    { "Maj. Gen. Vyacheslav Gladkih", "Vyacheslav Gladkih", "Maj. Gen." },
    { "Commander Abu Khaled al-Adelbi", "Abu Khaled al-Adelbi", "Commander" },
    { "President Putin", "Putin", "President" },
    /* Words before the title say who the person is: neither name nor rank. */
    { "Influential MP Hamam Hamoudi", "Hamam Hamoudi", "MP" },
    { "Syrian President Bashar al-Assad", "Bashar al-Assad", "President" },
    { "Influential Hamam Hamoudi", NULL, NULL },
    /* No title, or no person after it. */
    { "Oleg Yegorov", NULL, NULL },
    { "Russian Coordination Center", NULL, NULL },
    { "General Command", NULL, NULL },
    { "General Staff", NULL, NULL },
    { "Secretary of Defense Ash Carter", NULL, NULL },
    { "Major General", NULL, NULL },
    { "", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *name = _sitrep_suggest_person_without_title (cases[i].text, &title);

      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (title, ==, cases[i].title);
    }
}

/* "Major General Oleg Yegorov" as claimant: a person "Oleg Yegorov" (the
 * span keeps the rank), the same the Person suggestion links to; no actor
 * named with the rank. */
static void
test_claimant_person_without_rank (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) list = suggest (f, add_article (f->store,
    "In a statement released on October 17, Major General Oleg Yegorov said that at least 20 "
    "militants were killed in Jasim."));
  SitrepStoredSuggestion *claimant = sitrep_test_find_stored (list, SITREP_SUGGEST_CLAIMANT, "Major General Oleg Yegorov");
  SitrepStoredSuggestion *person = sitrep_test_find_stored (list, SITREP_SUGGEST_PERSON, "Oleg Yegorov");
  g_autoptr(SitrepEntity) e = accept (f, claimant);
  g_autoptr(SitrepEntity) p = NULL;

  g_assert_cmpstr (sitrep_entity_get_kind (e), ==, "person");
  g_assert_cmpstr (sitrep_entity_get_name (e), ==, "Oleg Yegorov");
  g_assert_cmpuint (count_entities (f, "actor"), ==, 0);
  p = accept (f, person);
  g_assert_cmpint (sitrep_entity_get_id (p), ==, sitrep_entity_get_id (e));
  g_assert_cmpuint (count_entities (f, "person"), ==, 1);
}

/* A person the project has is linked as it is: not renamed, not doubled. */
static void
test_claimant_known_person_untouched (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 known = sitrep_store_add_entity (f->store, "person", "Oleg Yegorov", &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(SitrepEntity) e = NULL;

  g_assert_no_error (error);
  list = suggest (f, add_article (f->store, "Major General Oleg Yegorov said that 20 militants were killed."));
  e = accept (f, sitrep_test_find_stored (list, SITREP_SUGGEST_CLAIMANT, "Major General Oleg Yegorov"));
  g_assert_cmpint (sitrep_entity_get_id (e), ==, known);
  g_assert_cmpstr (sitrep_entity_get_name (e), ==, "Oleg Yegorov");
  g_assert_cmpuint (count_entities (f, "person"), ==, 1);
  g_assert_cmpuint (count_entities (f, "actor"), ==, 0);
}

/* python3 reads every line of the export and checks the pending Place's
 * proposed name and coordinates, and that "entity" names only entities the
 * project has. */
static const char check_py[] =
  "import json, sys\n"
  "entities = set(sys.argv[2:])\n"
  "places = 0\n"
  "claimants = 0\n"
  "for line in open(sys.argv[1], encoding='utf-8'):\n"
  "    article = json.loads(line)\n"
  "    for s in article['spans']:\n"
  "        if s.get('status') != 'suggested':\n"
  "            continue\n"
  "        assert s['entity'] is None or s['entity'] in entities, s\n"
  "        if s['label'] == 'Place' and article['text'][s['start']:s['end']] == 'Jasim':\n"
  "            places += 1\n"
  "            assert s['entity'] is None, s\n"
  "            assert s['proposed_entity'] and s['proposed_entity'] != 'Jasim', s\n"
  "            assert abs(s['latitude'] - 32.99) < 0.05 and abs(s['longitude'] - 36.06) < 0.05, s\n"
  "            assert s['doubtful'] is False, s\n"
  "        if s['label'] == 'Place' and article['text'][s['start']:s['end']] == 'Homs':\n"
  "            places += 1\n"
  "            assert s['entity'] == 'Homs city', s\n"
  "            assert 'proposed_entity' not in s, s\n"
  "        if s['label'] == 'Claimant' and s['entity'] is None:\n"
  "            claimants += 1\n"
  "            assert s['proposed_entity'] == 'Oleg Yegorov', s\n"
  "        if s['label'] != 'Place':\n"
  "            assert 'latitude' not in s and 'doubtful' not in s, s\n"
  "assert places == 2 and claimants == 1, (places, claimants)\n";

static void
test_export_suggested_places (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "spans.jsonl", NULL);
  g_autofree char *script = g_build_filename (f->dir, "check.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *py_out = NULL;
  g_autofree char *py_err = NULL;
  gint64 homs = sitrep_store_add_entity (f->store, "place", "Homs city", &error);
  int status = -1;

  g_assert_no_error (error);
  g_assert_true (sitrep_store_add_alias (f->store, homs, "Homs", &error));
  list = suggest (f, add_article (f->store, "Troops entered Jasim on Tuesday, killing at least 12 civilians. "
                                            "Shells fell on Homs, Major General Oleg Yegorov said."));
  g_assert_nonnull (sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Jasim"));
  g_assert_cmpint (sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Homs")->entity_id, ==, homs);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sitrep_spans_export_full (f->store, G_OUTPUT_STREAM (stream), TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error));
  g_assert_true (g_file_set_contents (script, check_py, -1, &error));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "python3", script, out, (char *) "Homs city", NULL },
                               NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &py_out, &py_err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the export did not check: %s", py_err);
}

/* The gazetteer entry an entity was placed from ("geonames:…"), or NULL. */
static char *
entity_gazetteer_id (Fixture *f,
                     gint64   entity)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  char *gid = NULL;

  g_assert_nonnull (_sitrep_store_lock (f->store, &error));
  stmt = _sitrep_store_statement (f->store, "SELECT gazetteer_id FROM entities WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, entity);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    gid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  _sitrep_store_unlock (f->store);
  return gid;
}

/* An accepted place is placed as one the window geocodes: with its
 * governorate, country and gazetteer entry, so the event an incident makes
 * of it exports its country and admin1 (they were empty in the ACLED CSV of
 * events made by Make Event and `suggest --accept`). */
static void
test_place_keeps_region (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 article = add_article (f->store, "Troops entered Jasim on 14 October 2022, killing at least 12 civilians.");
  g_autoptr(GPtrArray) list = suggest (f, article);
  g_autoptr(GPtrArray) incidents = sitrep_store_list_proposed_incidents (f->store, article, &error);
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(SitrepEntity) place = NULL;
  g_autofree char *gid = NULL;
  gint64 event_id;

  g_assert_no_error (error);
  g_assert_nonnull (sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Jasim"));
  g_assert_cmpuint (incidents->len, ==, 1);
  event_id = sitrep_store_accept_proposed_incident (f->store, ((SitrepProposedIncident *) incidents->pdata[0])->id,
                                                    f->annotator, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (event_id, >, 0);
  event = sitrep_store_get_event (f->store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sitrep_event_get_place_id (event), >, 0);
  place = sitrep_store_get_entity (f->store, sitrep_event_get_place_id (event), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_entity_get_country (place), ==, "SY");
  g_assert_cmpstr (sitrep_entity_get_admin1 (place), ==, "Daraa");
  gid = entity_gazetteer_id (f, sitrep_entity_get_id (place));
  g_assert_nonnull (gid);
  g_assert_true (g_str_has_prefix (gid, "geonames:"));
  g_assert_cmpstr (sitrep_event_get_country (event), ==, "SY");
  g_assert_cmpstr (sitrep_event_get_admin1 (event), ==, "Daraa");
  /* Its notes name the report by its title, not by an id the window never shows. */
  g_assert_cmpstr (sitrep_event_get_notes (event), ==, "Proposed by Suggest from “Report”.");
}

/* @article's one pending incident, accepted: its event; with @new_event, the
 * row must have promised a new event. */
static gint64
accept_pending_incident (Fixture  *f,
                         gint64    article,
                         gboolean  new_event,
                         gboolean *joined)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) incidents = sitrep_store_list_proposed_incidents (f->store, article, &error);
  gint64 event_id;

  g_assert_no_error (error);
  g_assert_cmpuint (incidents->len, ==, 1);
  /* What the row promises: a new event. */
  if (new_event)
    g_assert_cmpint (((SitrepProposedIncident *) incidents->pdata[0])->event_id, ==, 0);
  event_id = sitrep_store_accept_proposed_incident (f->store, ((SitrepProposedIncident *) incidents->pdata[0])->id,
                                                    f->annotator, joined, &error);
  g_assert_no_error (error);
  g_assert_cmpint (event_id, >, 0);
  return event_id;
}

static gint64
accept_incident (Fixture  *f,
                 gint64    article,
                 gboolean *joined)
{
  return accept_pending_incident (f, article, TRUE, joined);
}

/* An undated event whose reports give no day shares only an actor with a
 * new report's incident, hundreds of km away: the row says "New event" and
 * Make Event makes one. It joined the other before (a US sailor killed in
 * northern Syria on 24 Nov 2016 became evidence of an operation in Jasim,
 * for "ISIL" in both), the row having promised a new event. */
static void
test_incident_actor_alone_not_joined (Fixture       *f,
                                      gconstpointer  data)
{
  gint64 first = add_article (f->store, "ISIS fighters killed at least 20 civilians in Jasim.");
  gint64 second = add_article (f->store, "ISIS fighters killed 3 soldiers in Raqqa on 24 November 2016.");
  gboolean joined = TRUE;
  gint64 a, b;

  g_autoptr(GPtrArray) l1 = suggest (f, first);
  a = accept_incident (f, first, &joined);
  g_assert_false (joined);
  {
    g_autoptr(GPtrArray) l2 = suggest (f, second);
    g_assert_nonnull (sitrep_test_find_stored (l2, SITREP_SUGGEST_ACTOR, "ISIS"));
    b = accept_incident (f, second, &joined);
  }
  g_assert_false (joined);
  g_assert_cmpint (b, !=, a);
}

/* A dated event at the incident's place (made by hand, a few km away) on
 * the same day: the row says it adds the report, and accepting joins it. */
static void
test_incident_joins_similar_event (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SitrepEventDraft draft = SITREP_EVENT_DRAFT_INIT;
  gint64 article = add_article (f->store, "ISIS fighters killed 3 soldiers in Jasim on 24 November 2016.");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) incidents = NULL;
  gboolean joined = FALSE;
  gint64 made, event_id;

  draft.date_start = "2016-11-23";
  draft.date_precision = 1;
  draft.location = "near Jasim";
  draft.latitude = 32.97;
  draft.longitude = 36.07;
  made = sitrep_store_create_event (f->store, &draft, &error);
  g_assert_no_error (error);
  list = suggest (f, article);
  incidents = sitrep_store_list_proposed_incidents (f->store, article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (incidents->len, ==, 1);
  g_assert_cmpint (((SitrepProposedIncident *) incidents->pdata[0])->event_id, ==, made);
  event_id = sitrep_store_accept_proposed_incident (f->store, ((SitrepProposedIncident *) incidents->pdata[0])->id,
                                                    f->annotator, &joined, &error);
  g_assert_no_error (error);
  g_assert_true (joined);
  g_assert_cmpint (event_id, ==, made);
}

/* @article's one pending incident, suggested and accepted whatever its row
 * promised: its event, and whether it joined another. */
static gint64
accept_any_incident (Fixture  *f,
                     gint64    article,
                     gboolean *joined)
{
  g_autoptr(GPtrArray) list = suggest (f, article);

  return accept_pending_incident (f, article, FALSE, joined);
}

/* Another report's incident at the same place whose own sentences give no
 * date joins an event only when a day its report names lies within 3 days
 * of the event's incident and one of its figures is told alike (seeds 000
 * and 001: "at least 20 … killed since the start of the operation in
 * Jasim" beside "launched the operation on October 14", and "on 16 October
 * … in Jassim, leaving 20 ISIS militants dead"). Before, an undated
 * incident joined any event at its place, of any year. */
static void
test_incident_undated_joins_by_report_days (Fixture       *f,
                                            gconstpointer  data)
{
  gint64 first = add_article (f->store, "Gunmen killed 5 policemen in Ramadi on 12 March 2008.");
  gint64 no_day = add_article (f->store, "Gunmen killed 5 policemen in Ramadi, police said.");
  gint64 far_day = add_article (f->store, "Gunmen killed 5 policemen in Ramadi.\n\n"
                                          "The governor visited the city on 20 June.");
  gint64 near_day = add_article (f->store, "Gunmen killed 5 policemen in Ramadi.\n\n"
                                           "The governor visited the city on 13 March.");
  gint64 other_figure = add_article (f->store, "Gunmen killed 2 farmers in Ramadi.\n\n"
                                               "The governor visited the city on 13 March.");
  gboolean joined = TRUE;
  gint64 a, b;

  a = accept_any_incident (f, first, &joined);
  g_assert_false (joined);
  b = accept_any_incident (f, no_day, &joined);
  g_assert_false (joined);
  g_assert_cmpint (b, !=, a);
  /* The two undated ones: no day of either report is near the other's. */
  b = accept_any_incident (f, far_day, &joined);
  g_assert_false (joined);
  g_assert_cmpint (b, !=, a);
  /* A day near, but no figure told alike: another incident. */
  b = accept_any_incident (f, other_figure, &joined);
  g_assert_false (joined);
  g_assert_cmpint (b, !=, a);
  b = accept_any_incident (f, near_day, &joined);
  g_assert_true (joined);
  g_assert_cmpint (b, ==, a);
}

/* One report's two days at one place are two incidents, and accepting
 * both makes two events: a week's round-up's "On 2 January … in Daraa"
 * was grouped with its "4 January" incident there (3 days apart), and two
 * incidents told apart joined at Make Event by the similar-incident rule. */
static void
test_report_two_days_two_events (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 article = add_article (f->store, "On 2 January 2023, two soldiers were killed when their car was targeted "
                                          "in Daraa.\n\nOn 4 January 2023, a man was shot dead in Daraa.");
  g_autoptr(GPtrArray) list = suggest (f, article);
  g_autoptr(GPtrArray) incidents = sitrep_store_list_proposed_incidents (f->store, article, &error);
  gint64 events[2];

  g_assert_no_error (error);
  g_assert_cmpuint (incidents->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      gboolean joined = TRUE;

      events[i] = sitrep_store_accept_proposed_incident (f->store, ((SitrepProposedIncident *) incidents->pdata[i])->id,
                                                         f->annotator, &joined, &error);
      g_assert_no_error (error);
      g_assert_cmpint (events[i], >, 0);
      g_assert_false (joined);
    }
  g_assert_cmpint (events[0], !=, events[1]);
}

/* Two incidents placed only in a country ("Syria", ACLED precision 3) are
 * not the same incident by place: the second report makes its own event.
 * A sailor killed in northern Syria joined the "3 killed · Syria" event of
 * a Daraa report before, the country's centre being the same point. */
static void
test_incident_country_not_joined (Fixture       *f,
                                  gconstpointer  data)
{
  gint64 first = add_article (f->store, "Three soldiers were killed in Syria, the ministry said.");
  gint64 second = add_article (f->store, "A sailor was killed in Syria on 24 November 2016, the Navy said.");
  g_autoptr(GError) error = NULL;
  gboolean joined = TRUE;
  gint64 a, b;

  g_autoptr(GPtrArray) l1 = suggest (f, first);
  g_autoptr(GPtrArray) incidents = sitrep_store_list_proposed_incidents (f->store, first, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (incidents->len, ==, 1);
  g_assert_cmpint (((SitrepProposedIncident *) incidents->pdata[0])->geo_precision, ==, 3);
  a = accept_incident (f, first, &joined);
  g_assert_false (joined);
  {
    g_autoptr(GPtrArray) l2 = suggest (f, second);
    b = accept_incident (f, second, &joined);
  }
  g_assert_false (joined);
  g_assert_cmpint (b, !=, a);
}

/* "today" in a report dated only May 2016 is the whole month: the event
 * made of its incident is dated 1–31 May with UCDP date_prec 4 (up to a
 * month), as New Event reads the same Date span — not 2, "a range of 2 to
 * 6 days". */
static void
test_incident_month_precision (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *body = "ISIS fighters killed 12 civilians in Jasim today, the ministry said.";
  SitrepImportRecord record = { 0 };
  g_autoptr(SitrepEvent) event = NULL;
  gboolean joined = TRUE;
  gint64 article, event_id;

  record.title = (char *) "Report";
  record.body = (char *) body;
  record.published = (char *) "2016-05";
  record.published_precision = SITREP_DATE_PRECISION_MONTH;
  record.original = g_bytes_new_static (body, strlen (body));
  article = sitrep_store_add_article (f->store, &record, NULL, &error);
  g_bytes_unref (record.original);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) list = suggest (f, article);
  }
  event_id = accept_incident (f, article, &joined);
  event = sitrep_store_get_event (f->store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2016-05-01");
  g_assert_cmpstr (sitrep_event_get_date_end (event), ==, "2016-05-31");
  g_assert_cmpint (sitrep_event_get_date_precision (event), ==, 4);
}

/* An incident whose report tells no day of its own is dated the week up
 * to the report's publication (UCDP date_prec 3), as ACLED codes a report's
 * date, and its notes say so; an undated report leaves the event undated. */
static void
test_incident_dated_by_report (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(SitrepEvent) undated = NULL;
  gboolean joined = TRUE;
  gint64 article, event_id;

  article = sitrep_test_add_article_full (f->store, "Dated report",
                                          "ISIS fighters killed 12 civilians in Jasim, the ministry said.", NULL,
                                          "2016-11-23");
  {
    g_autoptr(GPtrArray) list = suggest (f, article);
  }
  event_id = accept_incident (f, article, &joined);
  g_assert_false (joined);
  event = sitrep_store_get_event (f->store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, "2016-11-17");
  g_assert_cmpstr (sitrep_event_get_date_end (event), ==, "2016-11-23");
  g_assert_cmpint (sitrep_event_get_date_precision (event), ==, 3);
  g_assert_nonnull (strstr (sitrep_event_get_notes (event), "publication"));

  article = add_article (f->store, "Unknown gunmen killed 4 farmers in Daquq, police said.");
  {
    g_autoptr(GPtrArray) list = suggest (f, article);
  }
  event_id = accept_incident (f, article, &joined);
  undated = sitrep_store_get_event (f->store, event_id, &error);
  g_assert_no_error (error);
  g_assert_null (sitrep_event_get_date_start (undated));
  g_assert_null (strstr (sitrep_event_get_notes (undated), "publication"));
}

static void
set_published (Fixture             *f,
               gint64               article,
               const char          *published,
               SitrepDatePrecision  precision,
               guint                expect_moved)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SitrepArticle) old = sitrep_store_get_article (f->store, article, &error);
  guint moved = 99;

  g_assert_no_error (error);
  sitrep_store_begin_group (f->store, "Edit");
  g_assert_true (sitrep_store_set_article_metadata (f->store, article, sitrep_article_get_title (old), NULL, NULL,
                                                    published, precision, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sitrep_store_redate_reported_events (f->store, article, sitrep_article_get_published (old),
                                                      sitrep_article_get_published_precision (old), &moved, &error));
  g_assert_no_error (error);
  sitrep_store_end_group (f->store);
  g_assert_cmpuint (moved, ==, expect_moved);
}

static void
check_dates (Fixture    *f,
             gint64      event_id,
             const char *start,
             const char *end,
             int         precision)
{
  g_autoptr(SitrepEvent) event = sitrep_store_get_event (f->store, event_id, NULL);

  g_assert_nonnull (event);
  g_assert_cmpstr (sitrep_event_get_date_start (event), ==, start);
  g_assert_cmpstr (sitrep_event_get_date_end (event), ==, end);
  if (start != NULL)
    g_assert_cmpint (sitrep_event_get_date_precision (event), ==, precision);
}

/* An event dated by its report's week follows the report's publication
 * date when it is corrected (one undo step with it); one dated since by
 * hand keeps its date; an event of an undated report is dated once the
 * report is, and undated again with it. */
static void
test_report_dated_follows_publication (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean joined = TRUE;
  gint64 article, other, event_id, by_hand, undated;

  article = sitrep_test_add_article_full (f->store, "Dated report",
                                          "ISIS fighters killed 12 civilians in Jasim, the ministry said.", NULL,
                                          "2016-11-23");
  {
    g_autoptr(GPtrArray) list = suggest (f, article);
  }
  event_id = accept_incident (f, article, &joined);
  check_dates (f, event_id, "2016-11-17", "2016-11-23", 3);

  set_published (f, article, "2016-12-02", SITREP_DATE_PRECISION_DAY, 1);
  check_dates (f, event_id, "2016-11-26", "2016-12-02", 3);
  set_published (f, article, "2016-12", SITREP_DATE_PRECISION_MONTH, 1);
  check_dates (f, event_id, "2016-12-01", "2016-12-31", 4);
  /* Undo takes the event back with the article's date. */
  g_assert_true (sitrep_store_undo (f->store, &error));
  g_assert_no_error (error);
  check_dates (f, event_id, "2016-11-26", "2016-12-02", 3);
  /* The same date again moves nothing. */
  set_published (f, article, "2016-12-02", SITREP_DATE_PRECISION_DAY, 0);

  /* Dated by hand since: it keeps its date. */
  g_assert_true (sitrep_store_set_event_dates (f->store, event_id, "2016-11-30", NULL, 1, &error));
  g_assert_no_error (error);
  set_published (f, article, "2016-12-05", SITREP_DATE_PRECISION_DAY, 0);
  check_dates (f, event_id, "2016-11-30", "2016-11-30", 1);
  by_hand = event_id;

  /* Another article's date does not move this article's events. */
  other = add_article (f->store, "Unknown gunmen killed 4 farmers in Daquq, police said.");
  {
    g_autoptr(GPtrArray) list = suggest (f, other);
  }
  undated = accept_incident (f, other, &joined);
  check_dates (f, undated, NULL, NULL, 0);
  set_published (f, other, "2017-03-10", SITREP_DATE_PRECISION_DAY, 1);
  check_dates (f, undated, "2017-03-04", "2017-03-10", 3);
  check_dates (f, by_hand, "2016-11-30", "2016-11-30", 1);
  set_published (f, other, NULL, SITREP_DATE_PRECISION_UNKNOWN, 1);
  check_dates (f, undated, NULL, NULL, 0);
}

/* A doubtful place ("Tabqa Dam", pinned at the town of Tabqa) keeps its
 * region and country but is not linked to the gazetteer entry it was
 * pinned at, as the window links only sure matches. */
static void
test_doubtful_place_not_linked (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) list = suggest (f, add_article (f->store, "A coalition airstrike struck near Tabqa Dam, Syria, "
                                                                 "killing 3 fighters."));
  SitrepStoredSuggestion *s = sitrep_test_find_stored (list, SITREP_SUGGEST_PLACE, "Tabqa Dam");
  g_autoptr(SitrepEntity) e = NULL;
  g_autofree char *gid = NULL;

  g_assert_nonnull (s);
  g_assert_true (s->doubtful);
  e = accept (f, s);
  g_assert_cmpstr (sitrep_entity_get_country (e), ==, "SY");
  gid = entity_gazetteer_id (f, sitrep_entity_get_id (e));
  g_assert_null (gid);
}

/* The ids of the article's pending incidents, in their listed order. */
static GArray *
incident_ids (Fixture *f,
              gint64   article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) incidents = sitrep_store_list_proposed_incidents (f->store, article, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  for (guint i = 0; i < incidents->len; i++)
    g_array_append_val (ids, ((SitrepProposedIncident *) incidents->pdata[i])->id);
  return ids;
}

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _sitrep_store_lock (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  _sitrep_store_unlock (f->store);
}

/* The pending incidents whose row is the one marked (never written again). */
static guint
count_marked (Fixture *f,
              gint64   article)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM proposed_incidents WHERE article_id = %" G_GINT64_FORMAT
                                          " AND status = 0 AND created_at = '2000-01-01T00:00:00Z'", article);

  return sitrep_test_store_count (f->store, sql);
}

/* Suggest again on an unchanged article keeps its pending incidents'
 * rows and ids (the window keeps their rows); a row that no longer reads
 * as the run would write it is written anew with those after it, so the
 * listed order stays the run's. */
static void
test_incidents_kept_again (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 article = add_article (f->store, "An airstrike hit a market in Raqqa on 14 October 2022, killing 12 civilians.\n\n"
                                          "Separately, clashes in Jasim on 16 October 2022 left 4 soldiers dead.\n\n"
                                          "In Aleppo, shelling on 17 October 2022 killed 3 people.\n");
  g_autoptr(GPtrArray) l1 = suggest (f, article);
  g_autoptr(GArray) first = incident_ids (f, article);
  g_autoptr(GPtrArray) l2 = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GPtrArray) l3 = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GPtrArray) incidents = NULL;
  g_autofree char *sql = NULL;

  g_assert_cmpuint (first->len, ==, 3);
  /* Every row marked: a row written again loses the mark. */
  exec_sql (f, "UPDATE proposed_incidents SET created_at = '2000-01-01T00:00:00Z'");
  l2 = suggest (f, article);
  again = incident_ids (f, article);
  g_assert_cmpuint (again->len, ==, 3);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpint (g_array_index (again, gint64, i), ==, g_array_index (first, gint64, i));
  g_assert_cmpuint (count_marked (f, article), ==, 3);

  /* The second row changed behind the run's back: it and the third are
   * written anew, after the first, in the run's order. */
  sql = g_strdup_printf ("UPDATE proposed_incidents SET place_text = 'Elsewhere' WHERE id = %" G_GINT64_FORMAT,
                         g_array_index (first, gint64, 1));
  exec_sql (f, sql);
  l3 = suggest (f, article);
  after = incident_ids (f, article);
  g_assert_cmpuint (after->len, ==, 3);
  g_assert_cmpint (g_array_index (after, gint64, 0), ==, g_array_index (first, gint64, 0));
  g_assert_cmpuint (count_marked (f, article), ==, 1);
  incidents = sitrep_store_list_proposed_incidents (f->store, article, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((SitrepProposedIncident *) incidents->pdata[0])->place_text, ==, "Raqqa");
  g_assert_cmpstr (((SitrepProposedIncident *) incidents->pdata[1])->place_text, ==, "Jasim");
  g_assert_cmpstr (((SitrepProposedIncident *) incidents->pdata[2])->place_text, ==, "Aleppo");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/suggest-accept/place-named-as-promised", Fixture, NULL, fixture_set_up,
              test_place_named_as_promised, fixture_tear_down);
  g_test_add ("/suggest-accept/place-known-keeps-name", Fixture, NULL, fixture_set_up,
              test_place_known_keeps_name, fixture_tear_down);
  g_test_add_func ("/suggest-accept/person-without-title", test_person_without_title);
  g_test_add ("/suggest-accept/place-far-namesake", Fixture, NULL, fixture_set_up,
              test_place_far_namesake, fixture_tear_down);
  g_test_add ("/suggest-accept/place-far-namesake-renamed", Fixture, NULL, fixture_set_up,
              test_place_far_namesake_renamed, fixture_tear_down);
  g_test_add ("/suggest-accept/learned-place-yields", Fixture, NULL, fixture_set_up, test_learned_place_yields,
              fixture_tear_down);
  g_test_add ("/suggest-accept/known-entity-learns-spelling", Fixture, NULL, fixture_set_up,
              test_known_entity_learns_spelling, fixture_tear_down);
  g_test_add ("/suggest-accept/person-named-as-shown", Fixture, NULL, fixture_set_up,
              test_person_named_as_shown, fixture_tear_down);
  g_test_add ("/suggest-accept/claimant-person-without-rank", Fixture, NULL, fixture_set_up,
              test_claimant_person_without_rank, fixture_tear_down);
  g_test_add ("/suggest-accept/claimant-known-person-untouched", Fixture, NULL, fixture_set_up,
              test_claimant_known_person_untouched, fixture_tear_down);
  g_test_add ("/suggest-accept/export-suggested-places", Fixture, NULL, fixture_set_up,
              test_export_suggested_places, fixture_tear_down);
  g_test_add ("/suggest-accept/place-keeps-region", Fixture, NULL, fixture_set_up,
              test_place_keeps_region, fixture_tear_down);
  g_test_add ("/suggest-accept/incident-actor-alone-not-joined", Fixture, NULL, fixture_set_up,
              test_incident_actor_alone_not_joined, fixture_tear_down);
  g_test_add ("/suggest-accept/incident-joins-similar-event", Fixture, NULL, fixture_set_up,
              test_incident_joins_similar_event, fixture_tear_down);
  g_test_add ("/suggest-accept/incident-undated-joins-by-report-days", Fixture, NULL, fixture_set_up,
              test_incident_undated_joins_by_report_days, fixture_tear_down);
  g_test_add ("/suggest-accept/incidents-kept-again", Fixture, NULL, fixture_set_up, test_incidents_kept_again,
              fixture_tear_down);
  g_test_add ("/suggest-accept/report-two-days-two-events", Fixture, NULL, fixture_set_up,
              test_report_two_days_two_events, fixture_tear_down);
  g_test_add ("/suggest-accept/incident-dated-by-report", Fixture, NULL, fixture_set_up,
              test_incident_dated_by_report, fixture_tear_down);
  g_test_add ("/suggest-accept/report-dated-follows-publication", Fixture, NULL, fixture_set_up,
              test_report_dated_follows_publication, fixture_tear_down);
  g_test_add ("/suggest-accept/incident-country-not-joined", Fixture, NULL, fixture_set_up,
              test_incident_country_not_joined, fixture_tear_down);
  g_test_add ("/suggest-accept/incident-month-precision", Fixture, NULL, fixture_set_up,
              test_incident_month_precision, fixture_tear_down);
  g_test_add ("/suggest-accept/doubtful-place-not-linked", Fixture, NULL, fixture_set_up,
              test_doubtful_place_not_linked, fixture_tear_down);
  return g_test_run ();
}
