-- Schema of resources/factsheets.sqlite. Bump SCHEMA_VERSION in
-- app/core/store.py and db/load.py together with any change here.

CREATE TABLE dataset_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id        TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    title     TEXT NOT NULL,
    edition   TEXT,
    url       TEXT NOT NULL,
    published TEXT,
    seen      TEXT NOT NULL,
    quality   TEXT NOT NULL CHECK (quality IN ('primary', 'press_report_of_primary', 'secondary'))
);

CREATE TABLE countries (
    iso3      TEXT PRIMARY KEY,
    iso2      TEXT,
    numeric   TEXT,
    name      TEXT NOT NULL,
    name_fr   TEXT NOT NULL,
    name_es   TEXT NOT NULL,
    official_name TEXT,
    -- Every name and code folded to lower-case ASCII, for accent-blind search.
    search_text TEXT NOT NULL,
    region    TEXT NOT NULL,
    subregion TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('un_member', 'observer', 'non_member_state', 'other_area')),
    source_id TEXT NOT NULL REFERENCES sources(id)
);

CREATE TABLE treaties (
    id         TEXT PRIMARY KEY,
    short_name TEXT NOT NULL,
    name       TEXT NOT NULL,
    adopted    TEXT,
    entry_into_force TEXT,
    sort_order INTEGER NOT NULL
);

CREATE TABLE treaty_status (
    iso3      TEXT NOT NULL REFERENCES countries(iso3),
    treaty    TEXT NOT NULL REFERENCES treaties(id),
    status    TEXT NOT NULL,
    signed    TEXT,
    deposited TEXT,
    deposit_type TEXT,
    entry_into_force TEXT,
    eif_basis TEXT,                 -- 'source' or 'computed' (treaty rule)
    withdrawal_notified  TEXT,
    withdrawal_effective TEXT,
    source_id TEXT NOT NULL REFERENCES sources(id),
    note      TEXT,                 -- for readers: explains the standing
    locator   TEXT,                 -- for curators: where and how the source was read
    preferred INTEGER NOT NULL      -- 1 for the row that sets the standing
);
CREATE INDEX treaty_status_country ON treaty_status(iso3, treaty);

-- What views show: one standing per country and treaty, each date taken from
-- the best source that gives it (db/treaty_rank.py), each with its citation.
CREATE TABLE treaty_standing (
    iso3      TEXT NOT NULL REFERENCES countries(iso3),
    treaty    TEXT NOT NULL REFERENCES treaties(id),
    status    TEXT NOT NULL,
    note      TEXT,
    source_id TEXT NOT NULL REFERENCES sources(id),
    signed    TEXT,
    signed_source_id TEXT REFERENCES sources(id),
    deposited TEXT,
    deposited_source_id TEXT REFERENCES sources(id),
    deposit_type TEXT,
    entry_into_force TEXT,
    entry_into_force_source_id TEXT REFERENCES sources(id),
    eif_basis TEXT,
    withdrawal_notified TEXT,
    withdrawal_notified_source_id TEXT REFERENCES sources(id),
    withdrawal_effective TEXT,
    withdrawal_effective_source_id TEXT REFERENCES sources(id),
    PRIMARY KEY (iso3, treaty)
);

-- Dates on which sources disagree: every value with its source; shown = 1 for
-- the value treaty_standing shows.
CREATE TABLE treaty_disputes (
    iso3      TEXT NOT NULL REFERENCES countries(iso3),
    treaty    TEXT NOT NULL REFERENCES treaties(id),
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    shown     INTEGER NOT NULL
);
CREATE INDEX treaty_disputes_country ON treaty_disputes(iso3, treaty);

CREATE TABLE casualties (
    iso3      TEXT REFERENCES countries(iso3),  -- NULL: the world
    year      INTEGER NOT NULL,
    total     INTEGER,
    killed    INTEGER,
    injured   INTEGER,
    unknown   INTEGER,
    civilian  INTEGER,              -- of the total, where the source counts them
    child     INTEGER,
    qualifier TEXT,                 -- NULL: exact; 'at_least': a floor
    edition   INTEGER NOT NULL,     -- Landmine Monitor edition year
    source_id TEXT NOT NULL REFERENCES sources(id),
    note      TEXT,                 -- for readers
    locator   TEXT,                 -- for curators
    preferred INTEGER NOT NULL
);
CREATE INDEX casualties_country ON casualties(iso3, year);

CREATE TABLE indicators (
    id    TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    unit  TEXT,
    value_type TEXT NOT NULL CHECK (value_type IN ('count', 'usd', 'km2', 'date', 'flag')),
    description TEXT,
    -- Whose coverage counts: every country, or States Parties to the Mine Ban Treaty.
    applies_to TEXT NOT NULL CHECK (applies_to IN ('all', 'apmbc_parties')),
    group_name TEXT NOT NULL        -- where views show it (app/core/vocab.py INDICATOR_GROUPS)
);

CREATE TABLE figures (
    iso3      TEXT REFERENCES countries(iso3),  -- NULL: the world
    indicator TEXT NOT NULL REFERENCES indicators(id),
    year      INTEGER,
    value     ANY NOT NULL,         -- a number, or an ISO date for date indicators
    qualifier TEXT,                 -- NULL: exact; 'at_least': a floor
    edition   TEXT,
    source_id TEXT NOT NULL REFERENCES sources(id),
    note      TEXT,                 -- for readers
    locator   TEXT,                 -- for curators
    preferred INTEGER NOT NULL
);
CREATE INDEX figures_country ON figures(iso3, indicator);

CREATE TABLE events (
    iso3      TEXT REFERENCES countries(iso3),  -- NULL: the world
    date      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    summary   TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    locator   TEXT
);
CREATE INDEX events_country ON events(iso3, date);

-- Searches that found no figure: a country and data year the dataset lacks,
-- with the editions searched, so a view can say what was looked at.
CREATE TABLE searches (
    iso3      TEXT NOT NULL REFERENCES countries(iso3),
    topic     TEXT NOT NULL,
    year      INTEGER NOT NULL,
    finding   TEXT NOT NULL,
    editions_searched TEXT NOT NULL,  -- newest first, ';'-separated
    source_id TEXT REFERENCES sources(id),
    note      TEXT
);
CREATE INDEX searches_country ON searches(iso3, topic);

-- Reader-facing data text (event summaries, notes, indicator labels) in every
-- shipped language, keyed by the English original the source files hold.
CREATE TABLE texts (
    english  TEXT NOT NULL,
    language TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (english, language)
);
