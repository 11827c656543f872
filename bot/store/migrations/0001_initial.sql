-- Documents, their sentences (the unit of provenance and full-text search), films, people
-- and every fact, each fact row pointing at the sentence that states it. Deleting a document
-- cascades to its sentences and from there to every fact they support.
-- Fact rows are inserted in the order the document states them (plot lines in story order),
-- so within one document, id order is statement order.

CREATE TABLE films (
    id    INTEGER PRIMARY KEY,
    title TEXT NOT NULL,  -- best supported title, cached for listings
    year  INTEGER         -- best supported year, cached for listings
);

-- Every title or alias a film is known by, once per normalised key: the keys documents are
-- merged on and the names autocomplete offers. `exact` is 0 for a part of a compound title
-- ("Leaving Las Vegas" of "The Killers - Leaving Las Vegas"), which only merges with a shared person.
CREATE TABLE film_titles (
    film_id INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    title   TEXT NOT NULL,
    exact   INTEGER NOT NULL CHECK (exact IN (0, 1)),
    PRIMARY KEY (film_id, key)
) WITHOUT ROWID;
CREATE INDEX film_titles_key ON film_titles(key);

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    path           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    sha256         TEXT NOT NULL UNIQUE,
    ingested_at    TEXT NOT NULL,
    char_count     INTEGER NOT NULL,
    sentence_count INTEGER NOT NULL,
    fact_count     INTEGER NOT NULL,
    film_id        INTEGER REFERENCES films(id) ON DELETE SET NULL
);
CREATE INDEX documents_film ON documents(film_id);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);

-- External-content index over sentences.text, kept in sync by the triggers below.
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE people (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,        -- first spelling seen
    key  TEXT NOT NULL UNIQUE  -- normalised name people are merged on
);

-- One row per single-valued statement about a film. `value` has no declared type, so years
-- and runtimes stay integers and everything else text.
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    field       TEXT NOT NULL CHECK (field IN (
                    'title', 'alias', 'year', 'runtime', 'genre', 'novel_title',
                    'resolution', 'video_codec', 'aspect_ratio', 'hdr', 'subtitle', 'feature')),
    value       NOT NULL,
    weight      REAL NOT NULL DEFAULT 1.0,
    kind        TEXT NOT NULL DEFAULT 'prose'
);
CREATE INDEX claims_sentence ON claims(sentence_id);

CREATE TABLE credits (
    id          INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    role        TEXT NOT NULL CHECK (role IN ('director', 'novelist', 'composer', 'cast')),
    character   TEXT,
    billing     TEXT CHECK (billing IN ('lead', 'supporting')),
    weight      REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX credits_sentence ON credits(sentence_id);
CREATE INDEX credits_person ON credits(person_id);

-- "an alcoholic screenwriter from Los Angeles": what one document says a cast member plays.
CREATE TABLE character_descriptions (
    id          INTEGER PRIMARY KEY,
    credit_id   INTEGER NOT NULL REFERENCES credits(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    text        TEXT NOT NULL
);
CREATE INDEX character_descriptions_credit ON character_descriptions(credit_id);
CREATE INDEX character_descriptions_sentence ON character_descriptions(sentence_id);

CREATE TABLE audio_tracks (
    id          INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    codec       TEXT NOT NULL,
    channels    TEXT,
    language    TEXT
);
CREATE INDEX audio_tracks_sentence ON audio_tracks(sentence_id);

CREATE TABLE verdicts (
    id          INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    topic       TEXT NOT NULL CHECK (topic IN ('video', 'audio')),
    text        TEXT NOT NULL
);
CREATE INDEX verdicts_sentence ON verdicts(sentence_id);

CREATE TABLE plot_lines (
    id          INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    spoiler     INTEGER NOT NULL DEFAULT 0 CHECK (spoiler IN (0, 1))
);
CREATE INDEX plot_lines_sentence ON plot_lines(sentence_id);
