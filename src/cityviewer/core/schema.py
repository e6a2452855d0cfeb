"""The database schema shared by the build and the reader. Bump SCHEMA_VERSION on any change."""

from __future__ import annotations

import re

SCHEMA_VERSION = 9  # 3: the divisions as entries (kind), the kind of every other name; 4: the volume, its maps;
# 5: false friends, names as written for Did you mean; 6: names as rows; 7: summaries in other languages;
# 8: a city's regions (several), cities.region its main one; 9: one word each: entries (was cities),
# division_names (was provinces), entries.division_code, entry_fts, a division's kind 'division' (was 'province'),
# each child table's entry column (was city)
# PRAGMA application_id: "CVWR". A SQLite file without it is not a Cityviewer dataset.
APPLICATION_ID = 0x43565752


# entry_fts keeps prefix indexes for one and two letters: the first keystrokes read one index entry, not thousands.
DDL = """
-- meta: the data version, the credits, and the volume's description (key 'volume', JSON: core.volume).
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
-- The map's outlines, projected (core.map.basemap): 'full' and 'locator', each JSON.
CREATE TABLE maps (name TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE division_names (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, local_name TEXT NOT NULL, kind TEXT NOT NULL
) WITHOUT ROWID;
-- An entry: a city (kind 'city') or a first-level division (kind 'division', id its code, division_code its own
-- code, the figures of its own in divisions); local_name is its name in the volume's own script ('' when the volume
-- has none), its other spellings are rows of names; region is a city's main region (the first of its regions).
CREATE TABLE entries (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    local_name TEXT NOT NULL,
    division_code TEXT NOT NULL REFERENCES division_names(code),
    status TEXT NOT NULL,
    status_since INTEGER,
    status_note TEXT,
    population_total INTEGER,
    population_urban INTEGER,
    census_rank INTEGER,
    division_at_census TEXT,
    article_rank INTEGER,
    latitude REAL,
    longitude REAL,
    coordinates_source TEXT,
    region TEXT,
    summary TEXT NOT NULL
);
CREATE TABLE divisions (entry INTEGER PRIMARY KEY REFERENCES entries(rowid), capital TEXT NOT NULL,
    area_km2 REAL, area_source TEXT, area_note TEXT,
    population_year INTEGER, population_source TEXT, population_note TEXT);
CREATE INDEX entries_by_importance ON entries (census_rank IS NULL, census_rank, sort_name);  -- the default order
CREATE INDEX entries_by_name ON entries (sort_name);
CREATE INDEX entries_by_division ON entries (division_code);
CREATE INDEX entries_by_region ON entries (region);
CREATE INDEX entries_by_latitude ON entries (latitude);  -- the map's nearby places: a band of latitude, not a scan
-- The entry's name in each of the volume's name systems (core.volume NameSystem.key), in the volume's order.
CREATE TABLE names (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    system TEXT NOT NULL, spelling TEXT NOT NULL, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
-- The regions a city lies in (keys of the volume's regions), its main one first (ord 0).
CREATE TABLE regions (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    region TEXT NOT NULL, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
CREATE INDEX regions_by_region ON regions (region, entry);
CREATE TABLE other_names (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    name TEXT NOT NULL, kind TEXT NOT NULL, note TEXT, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
CREATE TABLE tags (entry INTEGER NOT NULL REFERENCES entries(rowid), tag TEXT NOT NULL,
    PRIMARY KEY (entry, tag)) WITHOUT ROWID;
CREATE INDEX tags_by_tag ON tags (tag, entry);
CREATE TABLE sections (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    heading TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
CREATE TABLE industries (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    name TEXT NOT NULL, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
CREATE TABLE landmarks (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    name TEXT NOT NULL, note TEXT, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
CREATE TABLE related (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    other INTEGER NOT NULL REFERENCES entries(rowid), relation TEXT NOT NULL,
    PRIMARY KEY (entry, ord)) WITHOUT ROWID;
CREATE TABLE corrections (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    claim TEXT NOT NULL, correction TEXT NOT NULL, source INTEGER NOT NULL, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
-- An entry's summary in another language than its text's (the volume's summary_languages: 'ko').
CREATE TABLE summaries (entry INTEGER NOT NULL REFERENCES entries(rowid), language TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (entry, language)) WITHOUT ROWID;
CREATE TABLE sources (entry INTEGER NOT NULL REFERENCES entries(rowid), ord INTEGER NOT NULL,
    title TEXT NOT NULL, publisher TEXT, year INTEGER, url TEXT, PRIMARY KEY (entry, ord)) WITHOUT ROWID;
-- Did you mean ...?: every name under its comparison key (core.suggest.key), found by its first two letters or by
-- its first and last, and its length, so a misspelling is compared only with names it could be close to.
CREATE TABLE suggest_names (key TEXT NOT NULL, name TEXT NOT NULL, importance INTEGER NOT NULL);
CREATE INDEX suggest_by_start ON suggest_names (substr(key, 1, 2), length(key));
CREATE INDEX suggest_by_ends ON suggest_names (substr(key, 1, 1), substr(key, -1), length(key));
-- The same names as written (core.suggest.spelled), for one slip in typing them: found likewise, or by their second
-- to fourth letters (a slip at the very start).
CREATE TABLE suggest_spellings (key TEXT NOT NULL, name TEXT NOT NULL, importance INTEGER NOT NULL);
CREATE INDEX spellings_by_start ON suggest_spellings (substr(key, 1, 2), length(key));
CREATE INDEX spellings_by_ends ON suggest_spellings (substr(key, 1, 1), substr(key, -1), length(key));
CREATE INDEX spellings_by_second ON suggest_spellings (substr(key, 2, 3), length(key));
-- False friends (core.falsefriends): places outside the volume a reader may type for one of its entries (entry),
-- each found by the keys of its names (core.falsefriends.key).
CREATE TABLE false_friends (rowid INTEGER PRIMARY KEY, name TEXT NOT NULL, local_name TEXT NOT NULL, kind TEXT NOT NULL,
    place TEXT NOT NULL, entry INTEGER NOT NULL REFERENCES entries(rowid), note TEXT, source TEXT NOT NULL);
CREATE TABLE false_friend_names (key TEXT NOT NULL, friend INTEGER NOT NULL REFERENCES false_friends(rowid),
    PRIMARY KEY (key, friend)) WITHOUT ROWID;
CREATE VIRTUAL TABLE entry_fts USING fts5 (
    names, tags, text, names_folded,
    content = '', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);
"""


def _table_statements(ddl: str) -> dict[str, str]:
    """Each table's CREATE statement, white space folded, as SQLite keeps it in sqlite_master."""
    statements = (" ".join(s.split()) for s in re.sub(r"--[^\n]*", "", ddl).split(";"))
    return {m.group(1): s for s in statements if (m := re.match(r"CREATE (?:VIRTUAL )?TABLE (\w+)", s))}


# Every table the DDL creates, with its statement: a dataset whose tables differ is damaged (or not ours), so a
# query that fails on a table of the right shape is a bug in Cityviewer, never the dataset's fault.
TABLE_STATEMENTS = _table_statements(DDL)
TABLES = tuple(TABLE_STATEMENTS)
