-- Version 1 of the embedded store: the same logical schema as the PostgreSQL store
-- (PilotSpec.Monitoring.PostgreSql), in SQLite's types. Dates are ISO text (YYYY-MM-DD) and
-- values the exact decimal text they were recorded as (SQLite has no decimal type, and the
-- engine computes in decimal: a REAL would round 0.1).
CREATE TABLE pilotspec_store (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  pilot TEXT NOT NULL,
  spec_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One value per indicator, site and measurement period (the key), as in a monitor's store.
-- WITHOUT ROWID: the rows live in the key's B-tree, so an indicator's series for every site
-- is one range scan in key order and the table needs no second index.
CREATE TABLE pilotspec_observations (
  indicator TEXT NOT NULL,
  site TEXT NOT NULL,
  period INTEGER NOT NULL,
  date TEXT NOT NULL,
  value TEXT NOT NULL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (indicator, site, period)
) WITHOUT ROWID;
