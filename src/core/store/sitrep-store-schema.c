/* sitrep-store-schema.c — the project schema and its step-by-step migrations
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>

#include "sitrep-store-private.h"

/*
 * Each step takes a project from version N-1 to N. Steps are never edited
 * once released: a change is a new step, so every older project can be
 * brought up to date, and the tests build projects of every version.
 */

/* Version 1: reading — sources, articles with their original capture, full-text index. */
static const char schema_v1[] =
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT"
  ") WITHOUT ROWID;"

  "CREATE TABLE sources ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  domain TEXT,"
  "  notes TEXT,"
  "  reliability TEXT,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
  ");"

  /* Metadata only: lists and sorts scan this table, so the texts live apart. */
  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY,"
  "  source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  url TEXT,"
  "  author TEXT,"
  "  published TEXT,"
  "  published_precision INTEGER NOT NULL DEFAULT 0 CHECK (published_precision BETWEEN 0 AND 3),"
  "  published_note TEXT,"
  "  language TEXT,"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  content_hash TEXT NOT NULL UNIQUE,"
  "  imported_at TEXT NOT NULL,"
  "  modified_at TEXT NOT NULL"
  ");"
  "CREATE INDEX articles_by_source ON articles (source_id);"
  "CREATE INDEX articles_by_status ON articles (status);"
  "CREATE INDEX articles_by_published ON articles (published);"

  /* body: the clean text that is read and annotated, never re-normalised.
   * original: the capture byte for byte as it was read. */
  "CREATE TABLE article_texts ("
  "  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,"
  "  body TEXT NOT NULL,"
  "  original BLOB NOT NULL,"
  "  original_name TEXT,"
  "  original_type TEXT,"
  "  original_encoding TEXT"
  ");"

  "CREATE VIEW articles_fts_content AS"
  "  SELECT a.id AS id, a.title AS title, t.body AS body"
  "  FROM articles a JOIN article_texts t ON t.article_id = a.id;"

  /* External content: the store feeds the index itself in the same
   * transaction as each write (no per-row triggers: bulk imports are twice
   * as fast that way). */
  "CREATE VIRTUAL TABLE articles_fts USING fts5 ("
  "  title, body,"
  "  content = 'articles_fts_content', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");";

/* Version 2: coding — labels, annotators, annotations, entities and aliases,
 * events with actors, evidence and casualty claims, stories, the edit journal. */
static const char schema_v2[] =
  "CREATE TABLE annotators ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
  ");"

  "CREATE TABLE labels ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  kind TEXT NOT NULL DEFAULT 'other',"
  "  color TEXT NOT NULL DEFAULT '#3584e4',"
  "  shortcut TEXT,"
  "  description TEXT,"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"

  "CREATE TABLE entities ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('actor', 'person', 'place')),"
  "  name TEXT NOT NULL,"
  "  actor_type TEXT,"
  "  latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),"
  "  longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),"
  "  admin1 TEXT,"
  "  country TEXT,"
  "  gazetteer_id TEXT,"
  "  notes TEXT,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
  ");"
  "CREATE INDEX entities_by_kind ON entities (kind, name);"

  "CREATE TABLE entity_aliases ("
  "  id INTEGER PRIMARY KEY,"
  "  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,"
  "  alias TEXT NOT NULL,"
  "  normalized TEXT NOT NULL,"
  "  UNIQUE (entity_id, alias)"
  ");"
  "CREATE INDEX entity_aliases_by_normalized ON entity_aliases (normalized);"

  /* start/end: Unicode code points of the stored body. attributes: JSON
   * (count, qualifier, low, high, date, precision ...). */
  "CREATE TABLE annotations ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  label_id INTEGER NOT NULL REFERENCES labels (id),"
  "  start INTEGER NOT NULL,"
  "  \"end\" INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  annotator_id INTEGER REFERENCES annotators (id),"
  "  entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,"
  "  attributes TEXT CHECK (attributes IS NULL OR json_valid (attributes)),"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  modified_at TEXT,"
  "  CHECK (start >= 0 AND \"end\" > start)"
  ");"
  "CREATE INDEX annotations_by_article ON annotations (article_id, start);"
  "CREATE INDEX annotations_by_entity ON annotations (entity_id);"
  "CREATE INDEX annotations_by_label ON annotations (label_id);"

  /* Events (incidents). date_precision is UCDP's date_prec (1 exact day … 5
   * year), ACLED's time_precision is derived from it. latitude/longitude are
   * the coordinates used (copied from the place entity, or set directly);
   * events_rtree follows them through triggers, so undo keeps it in step.
   * The derived_* columns cache the figures computed from the claims
   * (sitrep-claims.c) so lists sort and filter on them. */
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  event_type TEXT,"
  "  sub_event_type TEXT,"
  "  disorder_type TEXT,"
  "  date_start TEXT,"
  "  date_end TEXT,"
  "  date_precision INTEGER NOT NULL DEFAULT 0 CHECK (date_precision BETWEEN 0 AND 5),"
  "  place_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,"
  "  location_name TEXT,"
  "  admin1 TEXT,"
  "  admin2 TEXT,"
  "  country TEXT,"
  "  latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),"
  "  longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),"
  "  coordinates_manual INTEGER NOT NULL DEFAULT 0,"
  "  geo_precision INTEGER NOT NULL DEFAULT 0 CHECK (geo_precision BETWEEN 0 AND 3),"
  "  where_prec INTEGER NOT NULL DEFAULT 0 CHECK (where_prec BETWEEN 0 AND 7),"
  "  civilian_targeting INTEGER NOT NULL DEFAULT 0,"
  "  description TEXT,"
  "  notes TEXT,"
  "  source_scale TEXT,"
  "  best_override INTEGER CHECK (best_override IS NULL OR best_override >= 0),"
  "  best_override_reason TEXT,"
  "  low_override INTEGER CHECK (low_override IS NULL OR low_override >= 0),"
  "  high_override INTEGER CHECK (high_override IS NULL OR high_override >= 0),"
  "  range_override_reason TEXT,"
  "  derived_fatalities INTEGER,"
  "  derived_low INTEGER,"
  "  derived_best INTEGER,"
  "  derived_high INTEGER,"
  "  derived_sources INTEGER NOT NULL DEFAULT 0,"
  "  derived_disputed INTEGER NOT NULL DEFAULT 0,"
  "  external_source TEXT,"
  "  external_id TEXT,"
  "  source_reference TEXT,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  modified_at TEXT,"
  "  CHECK (date_end IS NULL OR date_start IS NULL OR date_end >= date_start)"
  ");"
  "CREATE INDEX events_by_date ON events (date_start);"
  "CREATE INDEX events_by_place ON events (place_id);"
  "CREATE INDEX events_by_type ON events (event_type, sub_event_type);"
  "CREATE INDEX events_by_external ON events (external_source, external_id);"
  "CREATE VIRTUAL TABLE events_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);"
  "CREATE TRIGGER events_rtree_insert AFTER INSERT ON events"
  "  WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN"
  "  INSERT INTO events_rtree VALUES (new.id, new.longitude, new.longitude, new.latitude, new.latitude);"
  "  END;"
  "CREATE TRIGGER events_rtree_update AFTER UPDATE OF latitude, longitude ON events BEGIN"
  "  DELETE FROM events_rtree WHERE id = old.id;"
  "  INSERT INTO events_rtree SELECT new.id, new.longitude, new.longitude, new.latitude, new.latitude"
  "    WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;"
  "  END;"
  "CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN"
  "  DELETE FROM events_rtree WHERE id = old.id;"
  "  END;"

  "CREATE TABLE event_actors ("
  "  id INTEGER PRIMARY KEY,"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,"
  "  role TEXT NOT NULL CHECK (role IN ('actor1', 'actor2', 'assoc1', 'assoc2')),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (event_id, entity_id, role)"
  ");"
  "CREATE INDEX event_actors_by_entity ON event_actors (entity_id);"

  "CREATE TABLE event_evidence ("
  "  id INTEGER PRIMARY KEY,"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  annotation_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,"
  "  start INTEGER NOT NULL,"
  "  \"end\" INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  CHECK (start >= 0 AND \"end\" > start)"
  ");"
  "CREATE INDEX event_evidence_by_event ON event_evidence (event_id);"
  "CREATE INDEX event_evidence_by_article ON event_evidence (article_id);"

  /* One reported figure. qualifier: exact, at_least, more_than, up_to,
   * about, range. victim_side: whose dead (actor1, actor2, civilians, unknown). */
  "CREATE TABLE claims ("
  "  id INTEGER PRIMARY KEY,"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('killed', 'wounded', 'captured', 'missing')),"
  "  qualifier TEXT NOT NULL DEFAULT 'exact'"
  "    CHECK (qualifier IN ('exact', 'at_least', 'more_than', 'up_to', 'about', 'range')),"
  "  count_low INTEGER CHECK (count_low IS NULL OR count_low >= 0),"
  "  count_high INTEGER CHECK (count_high IS NULL OR count_high >= 0),"
  "  victim_side TEXT NOT NULL DEFAULT 'unknown'"
  "    CHECK (victim_side IN ('actor1', 'actor2', 'civilians', 'unknown')),"
  "  claimant_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,"
  "  claimant_text TEXT,"
  "  article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,"
  "  annotation_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  CHECK (count_low IS NULL OR count_high IS NULL OR count_low <= count_high)"
  ");"
  "CREATE INDEX claims_by_event ON claims (event_id);"
  "CREATE INDEX claims_by_annotation ON claims (annotation_id);"

  "CREATE TABLE stories ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
  ");"
  "CREATE TABLE story_steps ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE"
  ");"
  "CREATE INDEX story_steps_by_story ON story_steps (story_id, position);"

  /* Undo/redo: each user edit is one row holding what to apply to undo it
   * and to redo it (JSON descriptions of the rows before and after). */
  "CREATE TABLE journal ("
  "  id INTEGER PRIMARY KEY,"
  "  session TEXT NOT NULL,"
  "  annotator_id INTEGER REFERENCES annotators (id),"
  "  kind TEXT NOT NULL,"
  "  description TEXT NOT NULL,"
  "  undo TEXT NOT NULL CHECK (json_valid (undo)),"
  "  redo TEXT NOT NULL CHECK (json_valid (redo)),"
  "  undone INTEGER NOT NULL DEFAULT 0,"
  /* Edits made as one step ("label and link") share a group: undone together. */
  "  group_id INTEGER,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
  ");"
  "CREATE INDEX journal_by_session ON journal (session, undone, id);";

/* Version 3: gazetteer places the user loaded from GeoNames dumps (the
 * bundled gazetteer ships with the program and is not copied in). Every
 * name, in every script, is kept under its normalised key. */
static const char schema_v3[] =
  "CREATE TABLE gazetteer_places ("
  "  id INTEGER PRIMARY KEY,"
  "  geonameid INTEGER NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  asciiname TEXT,"
  "  latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),"
  "  longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),"
  "  feature_class TEXT,"
  "  feature_code TEXT,"
  "  country TEXT,"
  "  admin1_code TEXT,"
  "  admin1_name TEXT,"
  "  population INTEGER NOT NULL DEFAULT 0,"
  "  source TEXT NOT NULL"
  ");"
  "CREATE INDEX gazetteer_places_by_source ON gazetteer_places (source);"
  "CREATE TABLE gazetteer_names ("
  "  place_id INTEGER NOT NULL REFERENCES gazetteer_places (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  normalized TEXT NOT NULL"
  ");"
  "CREATE INDEX gazetteer_names_by_normalized ON gazetteer_names (normalized);"
  "CREATE INDEX gazetteer_names_by_place ON gazetteer_names (place_id);";

/* Version 4: an event follows its place entity's coordinates unless they
 * were set on the event itself (coordinates_manual): when the place is
 * placed or moved, when the event gets a place, and through undo, which
 * rewrites rows with UPDATE and INSERT. Events of projects made before this
 * take their place's coordinates now. */
static const char schema_v4[] =
  "CREATE TRIGGER events_follow_place AFTER UPDATE OF latitude, longitude ON entities BEGIN"
  "  UPDATE events SET latitude = new.latitude, longitude = new.longitude"
  "    WHERE place_id = new.id AND coordinates_manual = 0"
  "      AND (latitude IS NOT new.latitude OR longitude IS NOT new.longitude);"
  "  END;"
  "CREATE TRIGGER events_take_place_insert AFTER INSERT ON events"
  "  WHEN new.coordinates_manual = 0 AND new.place_id IS NOT NULL AND new.latitude IS NULL BEGIN"
  "  UPDATE events SET (latitude, longitude) ="
  "    (SELECT p.latitude, p.longitude FROM entities p WHERE p.id = new.place_id)"
  "    WHERE id = new.id AND EXISTS (SELECT 1 FROM entities p WHERE p.id = new.place_id"
  "      AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL);"
  "  END;"
  /* A new place: its coordinates, or none (the old ones were the old place's).
   * A place removed (the entity deleted) leaves the coordinates as they were. */
  "CREATE TRIGGER events_take_place_update AFTER UPDATE OF place_id, coordinates_manual ON events"
  "  WHEN new.coordinates_manual = 0 AND new.place_id IS NOT NULL BEGIN"
  "  UPDATE events SET (latitude, longitude) ="
  "    (SELECT p.latitude, p.longitude FROM entities p WHERE p.id = new.place_id)"
  "    WHERE id = new.id AND (latitude IS NOT (SELECT p.latitude FROM entities p WHERE p.id = new.place_id)"
  "      OR longitude IS NOT (SELECT p.longitude FROM entities p WHERE p.id = new.place_id));"
  "  END;"
  "UPDATE events SET (latitude, longitude) ="
  "  (SELECT p.latitude, p.longitude FROM entities p WHERE p.id = events.place_id)"
  "  WHERE coordinates_manual = 0 AND place_id IN"
  "    (SELECT id FROM entities WHERE latitude IS NOT NULL AND longitude IS NOT NULL);";

/* Version 5: news feed subscriptions (issue 12) and the items already
 * taken from each, by guid/id or link, with the article they became. */
static const char schema_v5[] =
  "CREATE TABLE feeds ("
  "  id INTEGER PRIMARY KEY,"
  "  url TEXT NOT NULL UNIQUE,"
  "  title TEXT,"
  "  site_url TEXT,"
  "  added_at TEXT NOT NULL,"
  "  checked_at TEXT"
  ");"
  "CREATE TABLE feed_items ("
  "  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,"
  "  item_key TEXT NOT NULL,"
  "  link TEXT,"
  "  article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,"
  "  seen_at TEXT NOT NULL,"
  "  PRIMARY KEY (feed_id, item_key)"
  ");"
  "CREATE INDEX feed_items_by_article ON feed_items (article_id);";

/* Version 6: suggestions — spans Sitrep proposed (pending, accepted,
 * rejected), the strings a coder rejected and the place resolutions a coder
 * accepted (preferred next time), and the incidents made into events from
 * suggestions (so a second report of one becomes evidence of it). */
static const char schema_v6[] =
  "CREATE TABLE suggestions ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  start INTEGER NOT NULL,"
  "  \"end\" INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  attributes TEXT CHECK (attributes IS NULL OR json_valid (attributes)),"
  "  entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,"
  "  entity_name TEXT,"
  "  actor_type TEXT,"
  "  latitude REAL,"
  "  longitude REAL,"
  "  geonameid INTEGER,"
  "  admin1 TEXT,"
  "  country TEXT,"
  "  doubtful INTEGER NOT NULL DEFAULT 0,"
  "  score REAL NOT NULL DEFAULT 0,"
  "  incident INTEGER,"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  annotation_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  CHECK (start >= 0 AND \"end\" > start)"
  ");"
  "CREATE INDEX suggestions_by_article ON suggestions (article_id, status, start);"
  "CREATE TABLE suggestion_rejections ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  UNIQUE (kind, key)"
  ");"
  "CREATE TABLE suggestion_places ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE,"
  "  latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),"
  "  longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),"
  "  geonameid INTEGER"
  ");"
  "CREATE TABLE suggested_incidents ("
  "  id INTEGER PRIMARY KEY,"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  place_key TEXT,"
  "  latitude REAL,"
  "  longitude REAL,"
  "  geonameid INTEGER,"
  "  date TEXT"
  ");";

/* Version 7: archived pages — for an article fetched from a web archive, the
 * archive's address and the capture time (its url is the page's own address
 * and its published date the page's). Pages fetched before kept the archive
 * address as the original's name: their rows are filled in from it. */
static const char schema_v7[] =
  "CREATE TABLE article_archives ("
  "  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,"
  "  archive_url TEXT NOT NULL,"
  "  captured_at TEXT"
  ");"
  "INSERT INTO article_archives (article_id, archive_url, captured_at)"
  "  SELECT t.article_id, t.original_name, NULL FROM article_texts t JOIN articles a ON a.id = t.article_id"
  "  WHERE t.original_name GLOB 'http*://*/web/[0-9][0-9][0-9][0-9]*/http*'"
  "    AND a.url IS NOT NULL AND a.url <> t.original_name;"
  "UPDATE article_archives SET captured_at ="
  "  (SELECT CASE"
  "     WHEN s GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*' THEN substr (s, 1, 4) || '-' || substr (s, 5, 2) || '-' || substr (s, 7, 2)"
  "       || 'T' || substr (s, 9, 2) || ':' || substr (s, 11, 2) || ':' || substr (s, 13, 2) || 'Z'"
  "     WHEN s GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*' THEN substr (s, 1, 4) || '-' || substr (s, 5, 2) || '-' || substr (s, 7, 2)"
  "   END FROM (SELECT substr (archive_url, instr (archive_url, '/web/') + 5, 14) AS s));";

/* Version 8: stretches of an article where the adjudicator rejected every
 * coder's version (issue 13), so adjudicating it again does not ask twice. */
static const char schema_v8[] =
  "CREATE TABLE adjudication_rejections ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  start INTEGER NOT NULL,"
  "  \"end\" INTEGER NOT NULL,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  CHECK (start >= 0 AND \"end\" > start),"
  "  UNIQUE (article_id, start, \"end\")"
  ");";

/* Version 9: who coded an event (issue 13), so two coders' events for one
 * article can be compared; NULL in older projects and imported datasets. */
static const char schema_v9[] =
  "ALTER TABLE events ADD COLUMN coder_id INTEGER REFERENCES annotators (id) ON DELETE SET NULL;"
  "CREATE INDEX events_by_coder ON events (coder_id);";

/* Version 10: an event's number of sources counts the reports in its
 * evidence that give it no figure (issue 10); the number cached in older
 * projects counted only the claims' sources, and is brought up to date
 * here as derive_figures () in sitrep-store-claims.c now reckons it. */
static const char schema_v10[] =
  "UPDATE events SET derived_sources = derived_sources +"
  " (SELECT count (DISTINCT v.article_id) FROM event_evidence v"
  "  WHERE v.event_id = events.id AND v.article_id IS NOT NULL AND NOT EXISTS"
  "  (SELECT 1 FROM claims c WHERE c.event_id = events.id"
  "   AND c.article_id = v.article_id AND c.count_low IS NOT NULL));";

/* Version 11: incidents Suggest proposes (issue 11), kept with its run so
 * the window can offer each as a draft event: its member suggestions
 * (figures with their claimants and spans as [[id, claimant, start, end], …],
 * actors as [id, …], place and date), the place and date it would give the
 * event, and whether the coder accepted it (the event it was made into or
 * added to) or rejected it. */
static const char schema_v11[] =
  "CREATE TABLE proposed_incidents ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  start INTEGER NOT NULL,"
  "  \"end\" INTEGER NOT NULL,"
  "  figures TEXT NOT NULL CHECK (json_valid (figures)),"
  "  actors TEXT NOT NULL CHECK (json_valid (actors)),"
  "  place INTEGER,"
  "  date INTEGER,"
  "  place_text TEXT,"
  "  latitude REAL,"
  "  longitude REAL,"
  "  geonameid INTEGER,"
  "  geo_precision INTEGER NOT NULL DEFAULT 0,"
  "  date_start TEXT,"
  "  date_end TEXT,"
  "  date_precision INTEGER NOT NULL DEFAULT 0,"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,"
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
  "  CHECK (start >= 0 AND \"end\" > start)"
  ");"
  "CREATE INDEX proposed_incidents_by_article ON proposed_incidents (article_id, status);";

static const char * const steps[] = {
  NULL,       /* version 0: an empty file */
  schema_v1,
  schema_v2,
  schema_v3,
  schema_v4,
  schema_v5,
  schema_v6,
  schema_v7,
  schema_v8,
  schema_v9,
  schema_v10,
  schema_v11,
};

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == SITREP_STORE_SCHEMA_VERSION + 1);

void
_sitrep_store_set_sqlite_error (GError    **error,
                                sqlite3    *db,
                                int         rc,
                                const char *what)
{
  int code;
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  /* A write (or growing the -shm file) that failed for lack of space is
   * reported by SQLite as an I/O error: it is a full disk all the same. */
  if (db != NULL && ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN) &&
      (sqlite3_system_errno (db) == ENOSPC || sqlite3_system_errno (db) == EDQUOT))
    rc = SQLITE_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = SITREP_STORE_ERROR_CORRUPT;
      g_set_error (error, SITREP_STORE_ERROR, code,
                   _("The project file is damaged (%s). Sitrep can open a salvaged copy "
                     "with everything that can still be read."), detail);
      return;
    case SQLITE_READONLY:
      code = SITREP_STORE_ERROR_READ_ONLY;
      g_set_error (error, SITREP_STORE_ERROR, code,
                   _("The project is read-only: nothing can be changed in it."));
      return;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = SITREP_STORE_ERROR_LOCKED;
      g_set_error (error, SITREP_STORE_ERROR, code,
                   _("The project is busy in another program. Try again in a moment."));
      return;
    case SQLITE_FULL:
      code = SITREP_STORE_ERROR_IO;
      g_set_error (error, SITREP_STORE_ERROR, code,
                   /* Translators: %s is a sentence saying what failed ("The label could not be saved.") */
                   _("%s The disk is full. Free some space and try again."), what);
      return;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      code = SITREP_STORE_ERROR_IO;
      g_set_error (error, SITREP_STORE_ERROR, code,
                   /* Translators: the first %s is a sentence saying what failed ("The label could
                    * not be saved."); the second the system's words for the fault, in English */
                   _("%s A file could not be read or written (%s). Check that the disk is still "
                     "there and that you may write to the folder, then try again."),
                   what, detail);
      return;
    case SQLITE_CONSTRAINT:
      code = SITREP_STORE_ERROR_INVALID;
      break;
    default:
      code = SITREP_STORE_ERROR_IO;
      break;
    }

  g_set_error (error, SITREP_STORE_ERROR, code,
               /* Translators: the first %s is a sentence saying what failed ("The label could not
                * be saved."); the second the database's own words for the fault, in English */
               _("%s (The database reported: %s.)"), what, detail);
}

gboolean
_sitrep_store_exec (sqlite3     *db,
                    const char  *sql,
                    GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _sitrep_store_set_sqlite_error (error, db, rc, _("The project could not be updated."));
      return FALSE;
    }

  return TRUE;
}

gboolean
_sitrep_store_schema_migrate (sqlite3  *db,
                              int       from,
                              int       to,
                              GError  **error)
{
  g_return_val_if_fail (from >= 0 && to <= SITREP_STORE_SCHEMA_VERSION, FALSE);

  for (int v = from + 1; v <= to; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", v);

      /* A savepoint: its own transaction when opening an older project,
       * part of the one transaction that creates a new one. */
      if (!_sitrep_store_exec (db, "SAVEPOINT migrate;", error))
        return FALSE;

      if (!_sitrep_store_exec (db, steps[v], error) ||
          !_sitrep_store_exec (db, set_version, error) ||
          !_sitrep_store_exec (db, "RELEASE migrate;", error))
        {
          sqlite3_exec (db, "ROLLBACK TO migrate; RELEASE migrate;", NULL, NULL, NULL);
          /* Translators: a sentence put before the reason it failed */
          g_prefix_error (error, _("The project could not be updated to format %d. "), v);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
_sitrep_store_schema_create (sqlite3  *db,
                             int       version,
                             GError  **error)
{
  g_autofree char *app_id = g_strdup_printf ("PRAGMA application_id = %d;",
                                             (int) SITREP_STORE_APPLICATION_ID);

  if (!_sitrep_store_exec (db, app_id, error))
    return FALSE;

  return _sitrep_store_schema_migrate (db, 0, version, error);
}
