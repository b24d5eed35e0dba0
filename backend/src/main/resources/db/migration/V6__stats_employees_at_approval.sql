-- The per-employee denominator is fixed at approval: the report's own count, else the organisation's count at
-- that moment (it was read from the organisation at query time). Figures then depend only on approved reports and
-- memberships, and reading a network's headline needs no look-up of its organisations (measured with bench/).
CREATE OR REPLACE VIEW org_year_report_from_reports AS
SELECT r.organisation_id, r.year, r.id AS report_id, r.revision, coalesce(r.approved_at, r.updated_at) AS approved_at,
       coalesce(r.employees, o.employee_count) AS employees,
       coalesce(sum(e.location_t) FILTER (WHERE e.scope = 1), 0)                AS scope1_t,
       coalesce(sum(e.location_t) FILTER (WHERE e.scope = 2), 0)                AS scope2_location_t,
       coalesce(sum(e.market_t) FILTER (WHERE e.scope = 2), 0)                  AS scope2_market_t,
       coalesce(sum(e.location_t) FILTER (WHERE e.scope = 3), 0)                AS scope3_t,
       coalesce(sum(e.direct_location_t) FILTER (WHERE e.scope IN (1, 2)), 0)   AS direct12_location_t,
       coalesce(sum(e.direct_market_t) FILTER (WHERE e.scope IN (1, 2)), 0)     AS direct12_market_t
FROM report r
JOIN organisation o ON o.id = r.organisation_id
LEFT JOIN org_year_emissions_from_lines e ON e.organisation_id = r.organisation_id AND e.year = r.year
WHERE r.status = 'APPROVED'
-- every output column is grouped on, so that a refresh's WHERE organisation_id = .. AND year = .. is pushed
-- down to the report (and, through the join, to its lines) instead of aggregating every approved report
GROUP BY r.id, r.organisation_id, r.year, r.revision, r.approved_at, r.updated_at, r.employees, o.employee_count;

UPDATE org_year_report r SET employees = o.employee_count
FROM organisation o
WHERE o.id = r.organisation_id AND r.employees IS NULL;
