-- Headline figures per network and year (issue #4, measured with bench/): members, reporting members, employees,
-- the latest approval and the scope sums of a network together with every network below it, each organisation
-- once. Reading a network's headline over twelve years is then twelve key look-ups instead of ~1,400 member-year
-- look-ups (which made the stats request cost ~5 ms of database CPU at national scale).
--
-- A row, when present, is exact: every change that can move it updates it in the changing transaction
-- (StatsMaintenance): a membership added/changed/imported or a network moved under another umbrella recomputes the
-- network-years concerned from scratch; an approval or reopening adds the difference it makes (recomputing only
-- when the latest approval included goes away). A missing row is not "zero": readers compute it on the spot from
-- the same definition (stats_network_year_from_scratch), so years never materialised — a new network, the first
-- days of a new year — still read exactly, only slower.
CREATE TABLE network_year_figures (
    network_id                  uuid          NOT NULL REFERENCES network (id),
    year                        integer       NOT NULL,
    members                     integer       NOT NULL,
    reporting                   integer       NOT NULL,
    employees                   bigint        NOT NULL,
    reporting_without_employees integer       NOT NULL,
    as_of                       timestamptz,
    scope1_t                    numeric(18,3) NOT NULL,
    scope2_location_t           numeric(18,3) NOT NULL,
    scope2_market_t             numeric(18,3) NOT NULL,
    scope3_t                    numeric(18,3) NOT NULL,
    direct12_location_t         numeric(18,3) NOT NULL,
    direct12_market_t           numeric(18,3) NOT NULL,
    PRIMARY KEY (network_id, year)
);

-- The one definition of a network-year's headline, from memberships and org_year_report:
--   members    organisations with a membership of the network or of any network below it at any time in the year
--   reporting  those of them with an approved report for the year; the sums are over those reports
-- The member look-up is LATERAL ... OFFSET 0 for the reason given in StatsQueries.MEMBER_YEAR: one key look-up per
-- member, so the cost follows the size of the network, not of the country.
-- SET jit = off (measured with bench/): inlined into the reading query, the planner's estimate for an umbrella's
-- members (thousands of rows) passed jit_above_cost, and every stats request paid ~20 ms of JIT compilation for a
-- branch that LIMIT 1 never runs. A function with a SET clause is never inlined, so the reader sees one cheap
-- function call (ROWS 1), and the computation itself is a few thousand key look-ups, which JIT does not speed up.
CREATE FUNCTION stats_network_year_from_scratch(p_network uuid, p_year integer) RETURNS SETOF network_year_figures
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
CREATE FUNCTION stats_networks_and_umbrellas(p_networks uuid[]) RETURNS TABLE (id uuid, lock_key integer)
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up(id) AS (
        SELECT unnest(p_networks)
        UNION
        SELECT n.parent_id FROM network n JOIN up ON n.id = up.id WHERE n.parent_id IS NOT NULL
    )
    SELECT up.id, hashtext(up.id::text) FROM up WHERE up.id IS NOT NULL
$$;

-- Writes one network-year from scratch. The caller holds its lock.
CREATE FUNCTION stats_write_network_year(p_network uuid, p_year integer) RETURNS void
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
CREATE FUNCTION stats_refresh_network_years(p_networks uuid[], p_first integer, p_last integer) RETURNS integer
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

-- Existing data: every network from the first year anyone joined one up to the current year.
INSERT INTO network_year_figures
SELECT f.*
FROM network n
CROSS JOIN generate_series((SELECT coalesce(min(extract(year FROM joined_on))::integer, 1990) FROM membership),
                           extract(year FROM current_date)::integer) AS y(year)
CROSS JOIN LATERAL stats_network_year_from_scratch(n.id, y.year) f;
