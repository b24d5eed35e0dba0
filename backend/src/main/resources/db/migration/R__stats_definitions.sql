-- The current definition of every aggregation view and function, in one file (issue #10). Flyway re-applies it
-- whenever it changes, after all versioned migrations; V4–V7 hold the history that created the tables and earlier
-- versions of these definitions. Change a definition here, never in a new versioned migration, unless its
-- signature or result type changes (then DROP it here first). docs/stats.md points at each one.
--
-- Order matters: views before the functions that read them, functions before those that call them.

-- The one definition of "what an approved report contributes", per organisation, year, scope and category.
--   location_t         sum of emissions_t (location-based for scope 2, the only figure for scopes 1 and 3)
--   market_t           scope 2: sum of market_emissions_t, falling back to emissions_t for lines without a
--                      market-based figure (GHG Protocol scope 2 guidance: where no contractual instrument exists
--                      the location-based figure stands in); scopes 1 and 3: equal to location_t
--   direct_location_t  the part of location_t given as direct tCO2e figures (method DIRECT); the rest is
--   direct_market_t    activity × factor. Same split for market_t.
CREATE OR REPLACE VIEW org_year_emissions_from_lines AS
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

-- An organisation-year's approved report changed (approved, reopened): rewrites its own rows (V5), then adds the
-- difference between its old and new row of org_year_report to every network-year it counts in — the networks it
-- was a member of that year and their umbrellas, each once, as in stats_network_year_from_scratch. Adding the
-- difference keeps an approval's cost independent of the size of the umbrellas (recomputing an umbrella of 3,220
-- members took 20 ms; measured with bench/). Only when the latest approval included goes away is the row
-- recomputed: the new latest is somewhere among the other members. Rows never materialised stay so.
CREATE OR REPLACE FUNCTION stats_refresh_org_year(p_organisation uuid, p_year integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    old_report org_year_report;
    new_report org_year_report;
    figures    network_year_figures;
    target     record;
    emissions  integer;
BEGIN
    SELECT * INTO old_report FROM org_year_report WHERE organisation_id = p_organisation AND year = p_year;
    DELETE FROM org_year_emissions WHERE organisation_id = p_organisation AND year = p_year;
    INSERT INTO org_year_emissions
        SELECT * FROM org_year_emissions_from_lines WHERE organisation_id = p_organisation AND year = p_year;
    DELETE FROM org_year_report WHERE organisation_id = p_organisation AND year = p_year;
    INSERT INTO org_year_report
        SELECT * FROM org_year_report_from_reports WHERE organisation_id = p_organisation AND year = p_year;
    SELECT * INTO new_report FROM org_year_report WHERE organisation_id = p_organisation AND year = p_year;

    FOR target IN
        SELECT u.id, u.lock_key
        FROM stats_networks_and_umbrellas(ARRAY(
            SELECT m.network_id FROM membership m
            WHERE m.organisation_id = p_organisation
              AND m.joined_on <= make_date(p_year, 12, 31)
              AND (m.left_on IS NULL OR m.left_on >= make_date(p_year, 1, 1)))) u
        ORDER BY u.lock_key, u.id
    LOOP
        PERFORM pg_advisory_xact_lock(target.lock_key, p_year);
        SELECT * INTO figures FROM network_year_figures WHERE network_id = target.id AND year = p_year;
        IF NOT FOUND THEN
            CONTINUE;
        ELSIF old_report.approved_at = figures.as_of
              AND (new_report.approved_at IS NULL OR new_report.approved_at < old_report.approved_at) THEN
            PERFORM stats_write_network_year(target.id, p_year);
        ELSE
            UPDATE network_year_figures SET
                reporting = reporting + (new_report.organisation_id IS NOT NULL)::integer
                                      - (old_report.organisation_id IS NOT NULL)::integer,
                employees = employees + coalesce(new_report.employees, 0) - coalesce(old_report.employees, 0),
                reporting_without_employees = reporting_without_employees
                    + (new_report.organisation_id IS NOT NULL AND new_report.employees IS NULL)::integer
                    - (old_report.organisation_id IS NOT NULL AND old_report.employees IS NULL)::integer,
                as_of = greatest(as_of, new_report.approved_at),
                scope1_t = scope1_t + coalesce(new_report.scope1_t, 0) - coalesce(old_report.scope1_t, 0),
                scope2_location_t = scope2_location_t + coalesce(new_report.scope2_location_t, 0)
                                                      - coalesce(old_report.scope2_location_t, 0),
                scope2_market_t = scope2_market_t + coalesce(new_report.scope2_market_t, 0)
                                                  - coalesce(old_report.scope2_market_t, 0),
                scope3_t = scope3_t + coalesce(new_report.scope3_t, 0) - coalesce(old_report.scope3_t, 0),
                direct12_location_t = direct12_location_t + coalesce(new_report.direct12_location_t, 0)
                                                          - coalesce(old_report.direct12_location_t, 0),
                direct12_market_t = direct12_market_t + coalesce(new_report.direct12_market_t, 0)
                                                      - coalesce(old_report.direct12_market_t, 0)
            WHERE network_id = target.id AND year = p_year;
        END IF;
    END LOOP;

    -- the number of aggregate rows now held for the organisation-year (a value JDBC can map, unlike void)
    SELECT count(*)::integer INTO emissions FROM org_year_emissions WHERE organisation_id = p_organisation AND year = p_year;
    RETURN emissions;
END
$$;

-- The one definition of a network-year's headline, from memberships and org_year_report:
--   members    organisations with a membership of the network or of any network below it at any time in the year
--   reporting  those of them with an approved report for the year; the sums are over those reports
-- The member look-up is LATERAL ... OFFSET 0 for the reason given in StatsQueries.MEMBER_YEAR: one key look-up per
-- member, so the cost follows the size of the network, not of the country.
-- SET jit = off (measured with bench/): inlined into the reading query, the planner's estimate for an umbrella's
-- members (thousands of rows) passed jit_above_cost, and every stats request paid ~20 ms of JIT compilation for a
-- branch that LIMIT 1 never runs. A function with a SET clause is never inlined, so the reader sees one cheap
-- function call (ROWS 1), and the computation itself is a few thousand key look-ups, which JIT does not speed up.
CREATE OR REPLACE FUNCTION stats_network_year_from_scratch(p_network uuid, p_year integer) RETURNS SETOF network_year_figures
LANGUAGE sql STABLE ROWS 1 SET jit = off AS $$
    WITH RECURSIVE tree(id) AS (
        SELECT p_network
        UNION
        SELECT n.id FROM network n JOIN tree t ON n.parent_id = t.id
    ),
    members AS (
        SELECT DISTINCT m.organisation_id
        FROM membership m
        WHERE m.network_id IN (SELECT id FROM tree)
          AND m.joined_on <= make_date(p_year, 12, 31)
          AND (m.left_on IS NULL OR m.left_on >= make_date(p_year, 1, 1))
    )
    SELECT p_network, p_year, count(*)::integer, count(r.organisation_id)::integer, coalesce(sum(r.employees), 0)::bigint,
           (count(r.organisation_id) FILTER (WHERE r.employees IS NULL))::integer, max(r.approved_at),
           coalesce(sum(r.scope1_t), 0), coalesce(sum(r.scope2_location_t), 0), coalesce(sum(r.scope2_market_t), 0),
           coalesce(sum(r.scope3_t), 0), coalesce(sum(r.direct12_location_t), 0), coalesce(sum(r.direct12_market_t), 0)
    FROM members mb
    LEFT JOIN LATERAL (SELECT * FROM org_year_report r WHERE r.organisation_id = mb.organisation_id AND r.year = p_year
                       OFFSET 0) r ON true
$$;

-- The networks and every network above them (umbrellas count their children's members), each with the key under
-- which its network-year locks are taken.
--
-- Why locks: two transactions changing the same network-year (two approvals in one network, an approval and a
-- membership change) would each work from a snapshot without the other's uncommitted change, and the later commit
-- would overwrite the earlier one's row with a figure missing it. Every writer of a network-year first takes
-- pg_advisory_xact_lock(lock_key, year), held until commit, so the second waits and then starts after the first
-- committed. Writers take them in one global order (lock_key, year), so two writers cannot wait on each other.
CREATE OR REPLACE FUNCTION stats_networks_and_umbrellas(p_networks uuid[]) RETURNS TABLE (id uuid, lock_key integer)
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up(id) AS (
        SELECT unnest(p_networks)
        UNION
        SELECT n.parent_id FROM network n JOIN up ON n.id = up.id WHERE n.parent_id IS NOT NULL
    )
    SELECT up.id, hashtext(up.id::text) FROM up WHERE up.id IS NOT NULL
$$;

-- Writes one network-year from scratch. The caller holds its lock.
CREATE OR REPLACE FUNCTION stats_write_network_year(p_network uuid, p_year integer) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO network_year_figures
        SELECT * FROM stats_network_year_from_scratch(p_network, p_year)
    ON CONFLICT (network_id, year) DO UPDATE SET
        members = EXCLUDED.members, reporting = EXCLUDED.reporting, employees = EXCLUDED.employees,
        reporting_without_employees = EXCLUDED.reporting_without_employees, as_of = EXCLUDED.as_of,
        scope1_t = EXCLUDED.scope1_t, scope2_location_t = EXCLUDED.scope2_location_t,
        scope2_market_t = EXCLUDED.scope2_market_t, scope3_t = EXCLUDED.scope3_t,
        direct12_location_t = EXCLUDED.direct12_location_t, direct12_market_t = EXCLUDED.direct12_market_t;
$$;

-- Memberships or the umbrella hierarchy changed: recomputes the networks and their umbrellas for the years
-- [p_first, p_last]; returns the number of rows written. Volatile plpgsql: under READ COMMITTED each statement
-- sees what other transactions committed before it started, i.e. after the lock was granted.
CREATE OR REPLACE FUNCTION stats_refresh_network_years(p_networks uuid[], p_first integer, p_last integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    target  record;
    written integer := 0;
BEGIN
    FOR target IN
        SELECT u.id, u.lock_key, y.year
        FROM stats_networks_and_umbrellas(p_networks) u, generate_series(p_first, p_last) AS y(year)
        ORDER BY u.lock_key, y.year, u.id
    LOOP
        PERFORM pg_advisory_xact_lock(target.lock_key, target.year);
        PERFORM stats_write_network_year(target.id, target.year);
        written := written + 1;
    END LOOP;
    RETURN written;
END
$$;
