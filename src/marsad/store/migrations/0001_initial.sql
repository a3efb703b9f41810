-- Marsad corpus store, schema 1. Written once for SQLite and PostgreSQL: portable types
-- only; the one dialect difference (BLOB -> BYTEA) is applied by marsad.store.dialect.
-- Offsets are Python string indices into articles.text; `start_char`/`end_char` avoid
-- the reserved word END. Layer rows belong to their analysis (deleted with it).

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    outlet TEXT,
    author TEXT,
    text TEXT NOT NULL,
    length INTEGER NOT NULL,
    duplicate_of TEXT REFERENCES articles(id),
    signature BLOB,
    added_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);

-- LSH band keys of each original article's MinHash signature (near-duplicate lookup).
CREATE TABLE article_bands (
    band_key TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
);
CREATE INDEX article_bands_article ON article_bands(article_id);

-- Every copy seen of an article: the first one (kind 'original') and each duplicate.
CREATE TABLE article_copies (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    copy_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    outlet TEXT,
    url TEXT,
    published TEXT,
    PRIMARY KEY (article_id, copy_id)
);
CREATE INDEX article_copies_copy ON article_copies(copy_id);
CREATE INDEX article_copies_url ON article_copies(url);
CREATE INDEX article_copies_outlet ON article_copies(outlet);

CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    analyzer_version TEXT NOT NULL,
    schema_version TEXT NOT NULL,
    analysis TEXT NOT NULL,
    analysed_at TEXT NOT NULL
);
CREATE INDEX analyses_version ON analyses(analyzer_version);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    type TEXT NOT NULL,
    kb_id TEXT,
    name_en TEXT,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    role TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_kb ON entities(kb_id);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    value TEXT,
    granularity TEXT,
    resolved INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE quantities (
    article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    value_max DOUBLE PRECISION,
    approx TEXT NOT NULL,
    unit TEXT,
    counted TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    trigger_text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    factuality TEXT NOT NULL,
    actor_text TEXT,
    actor_start INTEGER,
    actor_end INTEGER,
    actor_entity TEXT,
    actor_name_en TEXT,
    target_text TEXT,
    target_start INTEGER,
    target_end INTEGER,
    target_entity TEXT,
    target_name_en TEXT,
    location_text TEXT,
    location_start INTEGER,
    location_end INTEGER,
    location_entity TEXT,
    location_name_en TEXT,
    date TEXT,
    date_source TEXT,
    historical INTEGER NOT NULL,
    attribution TEXT,
    coref TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);

CREATE TABLE attributions (
    article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    source_text TEXT NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    source_entity TEXT,
    source_kind TEXT NOT NULL,
    cue_text TEXT NOT NULL,
    cue_start INTEGER NOT NULL,
    cue_end INTEGER NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    direct_quote INTEGER NOT NULL,
    via TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE framing (
    article_id TEXT NOT NULL REFERENCES analyses(article_id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    neutral TEXT,
    voice TEXT NOT NULL,
    attribution TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX framing_kind ON framing(kind);

-- Incidents and stories are written whole by the linker: JSON plus the filter columns.
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    mode TEXT,
    date TEXT,
    location TEXT,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    confidence DOUBLE PRECISION NOT NULL,
    story TEXT,
    actors TEXT NOT NULL,
    position INTEGER NOT NULL,
    incident TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date);

CREATE TABLE incident_reports (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    outlet TEXT,
    PRIMARY KEY (incident_id, article_id, event_id)
);
CREATE INDEX incident_reports_article ON incident_reports(article_id);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    position INTEGER NOT NULL,
    story TEXT NOT NULL
);

CREATE TABLE story_members (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    member_id TEXT NOT NULL,
    PRIMARY KEY (story_id, kind, member_id)
);
