-- The SQL behind GET /api/v1/networks/{id}/stats?from=2013&to=2024 (no groupBy), exactly as StatsQueries runs
-- it: the network tree, the yearly totals, the coverage. pgbench picks a regional network at random; wrk does the
-- same through the API (ids from generate.py).
\set n random(:first_regional, :last_regional)
WITH RECURSIVE tree(id) AS (
    SELECT ('00000000-0000-4000-8000-' || lpad(:n::text, 12, '0'))::uuid
    UNION
    SELECT n.id FROM network n JOIN tree t ON n.parent_id = t.id
)
SELECT id FROM tree;
WITH members AS (
    SELECT DISTINCT y.year, m.organisation_id
    FROM generate_series(2013, 2024) AS y(year)
    JOIN membership m ON m.network_id IN (('00000000-0000-4000-8000-' || lpad(:n::text, 12, '0'))::uuid)
     AND m.joined_on <= make_date(y.year, 12, 31)
     AND (m.left_on IS NULL OR m.left_on >= make_date(y.year, 1, 1))
)
SELECT mb.year, 1 AS total, NULL AS organisation_name, count(DISTINCT mb.organisation_id) AS organisations,
       coalesce(sum(r.scope1_t), 0), coalesce(sum(CASE WHEN false THEN r.scope2_market_t ELSE r.scope2_location_t END), 0),
       coalesce(sum(r.scope3_t), 0), coalesce(sum(CASE WHEN false THEN r.direct12_market_t ELSE r.direct12_location_t END), 0)
FROM members mb
CROSS JOIN LATERAL (SELECT * FROM org_year_report r WHERE organisation_id = mb.organisation_id AND year = mb.year OFFSET 0) r
GROUP BY mb.year ORDER BY mb.year;
WITH members AS (
    SELECT DISTINCT y.year, m.organisation_id
    FROM generate_series(2013, 2024) AS y(year)
    JOIN membership m ON m.network_id IN (('00000000-0000-4000-8000-' || lpad(:n::text, 12, '0'))::uuid)
     AND m.joined_on <= make_date(y.year, 12, 31)
     AND (m.left_on IS NULL OR m.left_on >= make_date(y.year, 1, 1))
)
SELECT mb.year, count(*) AS members, count(r.organisation_id) AS reporting, coalesce(sum(r.employees), 0),
       count(r.organisation_id) FILTER (WHERE r.employees IS NULL), max(r.approved_at)
FROM members mb
LEFT JOIN LATERAL (SELECT * FROM org_year_report r WHERE organisation_id = mb.organisation_id AND year = mb.year OFFSET 0) r ON true
GROUP BY mb.year;
