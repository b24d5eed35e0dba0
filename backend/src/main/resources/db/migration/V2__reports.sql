-- Reports and emission factor sets (owned by the report/factor features).

-- A factor set's factors are its content: changing only them must still change the set's version (ETag),
-- and readers want to know when a set was last corrected.
ALTER TABLE emission_factor_set ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
