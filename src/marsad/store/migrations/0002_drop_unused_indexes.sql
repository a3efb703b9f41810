-- Schema 2: drop single-column indexes no query needs. Each cost every ingested article
-- an index insert per row, and the four on filter columns made SQLite run the listing
-- filters (outlet, country, event type) as a scan of the whole index for every article:
-- 3-4 s at 1,000 articles instead of 8 ms through the (article_id, ...) primary keys.
-- The date filters compare substr(published, 1, 10), which no plain index serves.

DROP INDEX IF EXISTS articles_url;
DROP INDEX IF EXISTS articles_published;
DROP INDEX IF EXISTS article_copies_outlet;
DROP INDEX IF EXISTS analyses_version;
DROP INDEX IF EXISTS entities_kb;
DROP INDEX IF EXISTS entities_country;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS framing_kind;
