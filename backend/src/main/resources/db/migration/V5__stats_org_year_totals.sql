-- Per approved report, its totals as well (issue #4, measured with bench/): the headline, coverage, sector and
-- organisation figures need one row per organisation-year, not one per scope and category. A regional network
-- over twelve years is then ~1,400 index look-ups instead of ~10,000 rows. org_year_emissions stays for the
-- breakdowns by scope and category.

DROP FUNCTION stats_refresh_org_year(uuid, integer);
DROP VIEW org_year_report_from_reports;

ALTER TABLE org_year_report
    ADD COLUMN scope1_t            numeric(18,3) NOT NULL DEFAULT 0,
    ADD COLUMN scope2_location_t   numeric(18,3) NOT NULL DEFAULT 0,
    ADD COLUMN scope2_market_t     numeric(18,3) NOT NULL DEFAULT 0,
    ADD COLUMN scope3_t            numeric(18,3) NOT NULL DEFAULT 0,
    ADD COLUMN direct12_location_t numeric(18,3) NOT NULL DEFAULT 0,
    ADD COLUMN direct12_market_t   numeric(18,3) NOT NULL DEFAULT 0;

-- The same definitions as org_year_emissions_from_lines (V4), summed over scopes; a report without lines is 0.
CREATE VIEW org_year_report_from_reports AS
SELECT r.organisation_id, r.year, r.id AS report_id, r.revision, coalesce(r.approved_at, r.updated_at) AS approved_at,
       r.employees,
       coalesce(sum(e.location_t) FILTER (WHERE e.scope = 1), 0)                AS scope1_t,
       coalesce(sum(e.location_t) FILTER (WHERE e.scope = 2), 0)                AS scope2_location_t,
       coalesce(sum(e.market_t) FILTER (WHERE e.scope = 2), 0)                  AS scope2_market_t,
       coalesce(sum(e.location_t) FILTER (WHERE e.scope = 3), 0)                AS scope3_t,
       coalesce(sum(e.direct_location_t) FILTER (WHERE e.scope IN (1, 2)), 0)   AS direct12_location_t,
       coalesce(sum(e.direct_market_t) FILTER (WHERE e.scope IN (1, 2)), 0)     AS direct12_market_t
FROM report r
LEFT JOIN org_year_emissions_from_lines e ON e.organisation_id = r.organisation_id AND e.year = r.year
WHERE r.status = 'APPROVED'
-- every output column of r is grouped on, so that a refresh's WHERE organisation_id = .. AND year = .. is pushed
-- down to the report (and, through the join, to its lines) instead of aggregating every approved report
GROUP BY r.id, r.organisation_id, r.year, r.revision, r.approved_at, r.updated_at, r.employees;

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

TRUNCATE org_year_report;
INSERT INTO org_year_report SELECT * FROM org_year_report_from_reports;
