-- Schema of resources/factsheets.sqlite. Bump SCHEMA_VERSION in
-- app/core/store.py and db/build.py together with any change here.

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
    note      TEXT,
    preferred INTEGER NOT NULL      -- 1 for the row views show
);
CREATE INDEX treaty_status_country ON treaty_status(iso3, treaty);

CREATE TABLE casualties (
    iso3      TEXT REFERENCES countries(iso3),  -- NULL: the world
    year      INTEGER NOT NULL,
    total     INTEGER,
    killed    INTEGER,
    injured   INTEGER,
    unknown   INTEGER,
    edition   INTEGER NOT NULL,     -- Landmine Monitor edition year
    source_id TEXT NOT NULL REFERENCES sources(id),
    note      TEXT,
    preferred INTEGER NOT NULL
);
CREATE INDEX casualties_country ON casualties(iso3, year);

CREATE TABLE indicators (
    id    TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    unit  TEXT,
    value_type TEXT NOT NULL CHECK (value_type IN ('count', 'usd', 'km2', 'date')),
    description TEXT,
    -- Whose coverage counts: every country, or States Parties to the Mine Ban Treaty.
    applies_to TEXT NOT NULL CHECK (applies_to IN ('all', 'apmbc_parties'))
);

CREATE TABLE figures (
    iso3      TEXT REFERENCES countries(iso3),  -- NULL: the world
    indicator TEXT NOT NULL REFERENCES indicators(id),
    year      INTEGER,
    value     ANY NOT NULL,         -- a number, or an ISO date for date indicators
    edition   TEXT,
    source_id TEXT NOT NULL REFERENCES sources(id),
    note      TEXT,
    preferred INTEGER NOT NULL
);
CREATE INDEX figures_country ON figures(iso3, indicator);

CREATE TABLE events (
    iso3      TEXT REFERENCES countries(iso3),  -- NULL: the world
    date      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    summary   TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id)
);
CREATE INDEX events_country ON events(iso3, date);
