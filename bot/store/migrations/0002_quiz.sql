-- Trivia games: every game, the questions it asked, and every scored answer. Leaderboards and
-- statistics are computed from quiz_answers, so a score exists once an answer row is committed.
-- Questions keep a copy of their text and source sentence: history outlives a re-ingest.

CREATE TABLE quiz_games (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER,           -- NULL for a game in a DM or private channel
    channel_id  INTEGER NOT NULL,
    started_by  INTEGER NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('choice', 'open')),
    rounds      INTEGER NOT NULL CHECK (rounds > 0),
    seconds     REAL NOT NULL CHECK (seconds > 0),
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'finished', 'stopped', 'abandoned')),
    started_at  TEXT NOT NULL,
    ended_at    TEXT
);
-- One game per channel: a second start fails on this index, even across bot processes.
CREATE UNIQUE INDEX quiz_games_one_running_per_channel ON quiz_games(channel_id)
    WHERE status = 'running';
CREATE INDEX quiz_games_guild ON quiz_games(guild_id);

CREATE TABLE quiz_questions (
    id                 INTEGER PRIMARY KEY,
    game_id            INTEGER NOT NULL REFERENCES quiz_games(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    film_id            INTEGER REFERENCES films(id) ON DELETE SET NULL,
    film_title         TEXT NOT NULL,
    prompt             TEXT NOT NULL,
    answer             TEXT NOT NULL,
    options            TEXT NOT NULL,  -- JSON array, in the order shown
    source_document    TEXT NOT NULL,
    source_sentence    TEXT NOT NULL,
    asked_at           TEXT NOT NULL,
    closed_at          TEXT,
    UNIQUE (game_id, position)
);

CREATE TABLE quiz_answers (
    id           INTEGER PRIMARY KEY,
    question_id  INTEGER NOT NULL REFERENCES quiz_questions(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    response     TEXT NOT NULL,
    correct      INTEGER NOT NULL CHECK (correct IN (0, 1)),
    points       INTEGER NOT NULL CHECK (points >= 0),
    elapsed      REAL NOT NULL,   -- seconds from the question's opening
    streak       INTEGER NOT NULL,  -- right answers in a row after this one
    answered_at  TEXT NOT NULL,
    UNIQUE (question_id, user_id)  -- one answer per player per question
);
CREATE INDEX quiz_answers_user ON quiz_answers(user_id);

-- Per-server overrides of the game defaults; NULL means "use the default".
CREATE TABLE quiz_settings (
    guild_id  INTEGER PRIMARY KEY,
    rounds    INTEGER CHECK (rounds > 0),
    seconds   REAL CHECK (seconds > 0),
    reveal    INTEGER CHECK (reveal IN (0, 1))
);
