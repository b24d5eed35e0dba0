-- Aggregate figures (issue #4). Network figures are read from these two small tables, never from report_line:
-- a network of a hundred members over twelve years reads a few thousand rows instead of every line.
-- They hold exactly the APPROVED reports and are rewritten for one organisation-year by
-- stats_refresh_org_year() in the same transaction as every approval or reopening (StatsMaintenance).

-- The one definition of "what an approved report contributes", per organisation, year, scope and category.
--   location_t         sum of emissions_t (location-based for scope 2, the only figure for scopes 1 and 3)
--   market_t           scope 2: sum of market_emissions_t, falling back to emissions_t for lines without a
--                      market-based figure (GHG Protocol scope 2 guidance: where no contractual instrument exists
--                      the location-based figure stands in); scopes 1 and 3: equal to location_t
--   direct_location_t  the part of location_t given as direct tCO2e figures (method DIRECT); the rest is
--   direct_market_t    activity × factor. Same split for market_t.
CREATE VIEW org_year_emissions_from_lines AS
SELECT r.organisation_id,
       r.year,
       l.scope,
       l.category,
       sum(l.emissions_t)                                                                   AS location_t,
       sum(CASE WHEN l.scope = 2 THEN coalesce(l.market_emissions_t, l.emissions_t) ELSE l.emissions_t END)
                                                                                            AS market_t,
       coalesce(sum(l.emissions_t) FILTER (WHERE l.method = 'DIRECT'), 0)                   AS direct_location_t,
       coalesce(sum(CASE WHEN l.scope = 2 THEN coalesce(l.market_emissions_t, l.emissions_t) ELSE l.emissions_t END)
                FILTER (WHERE l.method = 'DIRECT'), 0)                                      AS direct_market_t,
       count(*)::integer                                                                    AS lines
FROM report r
JOIN report_line l ON l.report_id = r.id
WHERE r.status = 'APPROVED'
GROUP BY r.organisation_id, r.year, l.scope, l.category;

CREATE TABLE org_year_emissions (
    organisation_id     uuid          NOT NULL REFERENCES organisation (id),
    year                integer       NOT NULL,
    scope               smallint      NOT NULL CHECK (scope BETWEEN 1 AND 3),
    category            text          NOT NULL,
    location_t          numeric(18,3) NOT NULL,
    market_t            numeric(18,3) NOT NULL,
    direct_location_t   numeric(18,3) NOT NULL,
    direct_market_t     numeric(18,3) NOT NULL,
    lines               integer       NOT NULL,
    PRIMARY KEY (organisation_id, year, scope, category)
);

-- One row per approved report: which reports a figure includes (counts, as-of), and the per-employee denominator.
-- employees is the report's own denominator when given; NULL falls back to the organisation's employee count
-- at read time (StatsQueries).
CREATE VIEW org_year_report_from_reports AS
SELECT r.organisation_id, r.year, r.id AS report_id, r.revision, coalesce(r.approved_at, r.updated_at) AS approved_at,
       r.employees
FROM report r
WHERE r.status = 'APPROVED';

CREATE TABLE org_year_report (
    organisation_id     uuid          NOT NULL REFERENCES organisation (id),
    year                integer       NOT NULL,
    report_id           uuid          NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    revision            integer       NOT NULL,
    approved_at         timestamptz   NOT NULL,
    employees           integer,
    PRIMARY KEY (organisation_id, year)
);

-- Rewrites one organisation-year from the report tables and returns its number of emission rows. Idempotent: it reads the current state, whatever
-- the transition was, so calling it once too often is harmless and missing a call is the only failure mode.
CREATE FUNCTION stats_refresh_org_year(p_organisation uuid, p_year integer) RETURNS integer
LANGUAGE sql AS $$
    DELETE FROM org_year_emissions WHERE organisation_id = p_organisation AND year = p_year;
    INSERT INTO org_year_emissions
        SELECT * FROM org_year_emissions_from_lines WHERE organisation_id = p_organisation AND year = p_year;
    DELETE FROM org_year_report WHERE organisation_id = p_organisation AND year = p_year;
    INSERT INTO org_year_report
        SELECT * FROM org_year_report_from_reports WHERE organisation_id = p_organisation AND year = p_year;
    -- the number of aggregate rows now held for the organisation-year (a value JDBC can map, unlike void)
    SELECT count(*)::integer FROM org_year_emissions WHERE organisation_id = p_organisation AND year = p_year;
$$;

-- Reports approved before this migration.
INSERT INTO org_year_emissions SELECT * FROM org_year_emissions_from_lines;
INSERT INTO org_year_report SELECT * FROM org_year_report_from_reports;

-- Member lists per network over time are the other half of every figure.
CREATE INDEX membership_network_period ON membership (network_id, joined_on, left_on) INCLUDE (organisation_id);
