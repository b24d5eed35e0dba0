-- The SQL behind GET /api/v1/networks/{id}/stats?from=2013&to=2024 (no groupBy), exactly as
-- StatsQueries.networkYears runs it: one row per year from network_year_figures (V7), computed on the spot only for
-- years without a row. pgbench picks a regional network at random; wrk does the same through the API (ids from
-- generate.py).
\set n random(:first_regional, :last_regional)
SELECT y.year, f.members, f.reporting, f.employees, f.reporting_without_employees, f.as_of, f.scope1_t,
       CASE WHEN false THEN f.scope2_market_t ELSE f.scope2_location_t END,
       f.scope3_t,
       CASE WHEN false THEN f.direct12_market_t ELSE f.direct12_location_t END
FROM generate_series(2013, 2024) AS y(year)
CROSS JOIN LATERAL (
    (SELECT * FROM network_year_figures
     WHERE network_id = ('00000000-0000-4000-8000-' || lpad(:n::text, 12, '0'))::uuid AND year = y.year)
    UNION ALL
    (SELECT * FROM stats_network_year_from_scratch(('00000000-0000-4000-8000-' || lpad(:n::text, 12, '0'))::uuid, y.year))
    LIMIT 1) f;
