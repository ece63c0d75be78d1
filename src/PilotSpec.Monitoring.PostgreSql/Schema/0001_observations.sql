-- Schema version 1 of a PilotSpec observation store. The same logical schema is used by the
-- embedded-engine store and by `pilotc store`: change it only by adding a new numbered script.
-- Run by PostgreSqlSchema.Migrate inside its transaction; the version row is written there too.

-- The store's owner: one row, so a database holds the observations of one pilot only.
CREATE TABLE pilotspec_store (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  pilot text NOT NULL,            -- the pilot's name (PilotDefinition.Name)
  spec_hash text NOT NULL,        -- hex SHA-256 of the spec's pilot model, given by the caller
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now());

-- One observation per indicator, site and measurement period (last write wins), as in memory.
CREATE TABLE pilotspec_observations (
  indicator text NOT NULL,
  site text NOT NULL,
  period bigint NOT NULL,         -- PilotSpec.Monitoring.Periods.IndexOf(date, indicator.RecordingPeriod)
  date date NOT NULL,
  value numeric NOT NULL,         -- exact: the engine computes in decimal
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (indicator, site, period));
