#!/usr/bin/env python3
"""Loads a national-scale synthetic data set into a Klimanett database with COPY (standard library only).

Full: 300 networks (10 umbrellas above 290 regional networks), 30,000 organisations, 12 years, about 3.06
million report lines in 306,000 approved reports. --small: everything 10x smaller (30 networks, 3,000
organisations, ~306,000 lines) with the same size per regional network (~100 members), so that latency growth
between the two measures the effect of the data set's size, not of bigger networks.

The schema must exist (the application's Flyway migrations; bench/run.sh starts the app once for that).
Ids are deterministic so that wrk and pgbench address the same networks:
  network n  -> 00000000-0000-4000-8000-<n:012d>   (1..10 umbrellas, 11.. regional)
  org i      -> 10000000-0000-4000-8000-<i:012d>
All figures are synthetic; every row is flagged demo.

  bench/generate.py --db klimanett_bench [--small] [--port 55432]
"""
import argparse
import random
import subprocess
import sys
import time

YEARS = list(range(2013, 2025))
SCOPE1 = ["STATIONARY_COMBUSTION", "MOBILE_COMBUSTION", "PROCESS", "FUGITIVE"]
SCOPE2 = ["ELECTRICITY", "DISTRICT_HEATING", "DISTRICT_COOLING", "STEAM"]
SCOPE3 = ["PURCHASED_GOODS_AND_SERVICES", "CAPITAL_GOODS", "FUEL_AND_ENERGY_RELATED", "UPSTREAM_TRANSPORT", "WASTE",
          "BUSINESS_TRAVEL", "EMPLOYEE_COMMUTING", "UPSTREAM_LEASED_ASSETS", "DOWNSTREAM_TRANSPORT",
          "PROCESSING_OF_SOLD_PRODUCTS", "USE_OF_SOLD_PRODUCTS", "END_OF_LIFE_OF_SOLD_PRODUCTS",
          "DOWNSTREAM_LEASED_ASSETS", "FRANCHISES", "INVESTMENTS"]
SECTORS = ["PUBLIC", "PRIVATE", "PRIVATE", "PRIVATE", "ACADEMIC", "NON_PROFIT"]
UMBRELLAS = 10
ADMIN_ID = "20000000-0000-4000-8000-000000000001"


def network_id(n):
    return "00000000-0000-4000-8000-%012d" % n


def org_id(i):
    return "10000000-0000-4000-8000-%012d" % i


def uid(prefix, n):
    return "%s-0000-4000-8000-%012d" % (prefix, n)


def copy(args, table, columns, rows):
    """Streams rows (tuples of str/None) into COPY ... FROM STDIN (text format) through psql."""
    started = time.time()
    cmd = ["psql", "-h", "127.0.0.1", "-p", str(args.port), "-U", "postgres", "-d", args.db, "-v", "ON_ERROR_STOP=1",
           "-q", "-c", "COPY %s (%s) FROM STDIN" % (table, ", ".join(columns))]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
    count = 0
    buf = []
    for row in rows:
        buf.append("\t".join("\\N" if v is None else str(v) for v in row))
        count += 1
        if len(buf) >= 10000:
            proc.stdin.write(("\n".join(buf) + "\n").encode())
            buf = []
    if buf:
        proc.stdin.write(("\n".join(buf) + "\n").encode())
    proc.stdin.close()
    if proc.wait() != 0:
        sys.exit("COPY into %s failed" % table)
    print("  %-16s %9d rows in %5.1f s" % (table, count, time.time() - started), flush=True)


def psql(args, sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(args.port), "-U", "postgres", "-d", args.db, "-v",
                    "ON_ERROR_STOP=1", "-q", "-c", sql], check=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--port", type=int, default=55432)
    p.add_argument("--small", action="store_true", help="10x smaller data set")
    p.add_argument("--seed", type=int, default=4)
    args = p.parse_args()
    scale = 10 if args.small else 1
    networks = 300 // scale
    orgs = 30000 // scale
    regional = networks - UMBRELLAS // scale if args.small else networks - UMBRELLAS
    umbrellas = networks - regional
    rnd = random.Random(args.seed)
    print("generating %d networks, %d organisations, years %d-%d into %s" % (networks, orgs, YEARS[0], YEARS[-1], args.db))

    def network_rows():
        for n in range(1, networks + 1):
            parent = None if n <= umbrellas else network_id(1 + (n - umbrellas - 1) % umbrellas)
            yield (network_id(n), "bench-%d" % n, "Bench network %d" % n, "NO", parent, "PUBLIC", "BY_SECTOR", 3, "{nb}", "t")
    copy(args, "network", ["id", "slug", "name", "country", "parent_id", "visibility", "publication_level",
                           "min_group_size", "default_languages", "demo"], network_rows())

    def org_rows():
        for i in range(1, orgs + 1):
            yield (org_id(i), "Bench organisation %d" % i, "NO", rnd.choice(SECTORS), rnd.randint(5, 2000), "t")
    copy(args, "organisation", ["id", "name", "country", "sector", "employee_count", "demo"], org_rows())

    # each organisation in one regional network (~100 per network); one in five also in a second one;
    # one in ten of the memberships ended in some year
    def membership_rows():
        m = 0
        for i in range(1, orgs + 1):
            first = umbrellas + 1 + (i - 1) % regional
            homes = [first]
            if rnd.random() < 0.2:
                second = umbrellas + 1 + rnd.randrange(regional)
                if second != first:
                    homes.append(second)
            for n in homes:
                m += 1
                joined = "%d-%02d-01" % (rnd.randint(2008, 2016), rnd.randint(1, 12))
                left = "%d-06-30" % rnd.randint(2017, 2024) if rnd.random() < 0.1 else None
                yield (uid("30000000", m), org_id(i), network_id(n), "PARTNER", joined, left)
    copy(args, "membership", ["id", "organisation_id", "network_id", "role", "joined_on", "left_on"], membership_rows())

    # 85 % of organisation-years have an approved report of 10 lines (3 scope 1, 2 scope 2, 5 scope 3);
    # a third of the lines are activity x factor, scope 2 has a market-based figure half of the time
    reports = []

    def report_rows():
        r = 0
        for i in range(1, orgs + 1):
            for y in YEARS:
                if rnd.random() >= 0.85:
                    continue
                r += 1
                rid = uid("40000000", r)
                reports.append(rid)
                yield (rid, org_id(i), y, 1, "APPROVED", "%d-03-15 12:00:00+00" % (y + 1), "system:bench", "t")
    copy(args, "report", ["id", "organisation_id", "year", "revision", "status", "approved_at", "approved_by", "demo"],
         report_rows())

    def line_rows():
        n = 0
        for rid in reports:
            for pos in range(10):
                n += 1
                scope = 1 if pos < 3 else 2 if pos < 5 else 3
                category = rnd.choice(SCOPE1 if scope == 1 else SCOPE2 if scope == 2 else SCOPE3)
                if rnd.random() < 0.33:
                    qty = rnd.randint(100, 200000)
                    factor_g = rnd.randint(1, 3000)  # grams per unit
                    kg = qty * factor_g  # in grams -> tonnes = kg / 1e6, exact to 3 decimals after rounding
                    emissions = "%.3f" % round(kg / 1_000_000, 3)
                    market = "%.3f" % round(kg / 2_000_000, 3) if scope == 2 and rnd.random() < 0.5 else None
                    yield (uid("50000000", n), rid, pos, scope, category, qty, "kWh", "%.6f" % (factor_g / 1000), None,
                           emissions, market, "ACTIVITY")
                else:
                    direct = "%.3f" % (rnd.randint(1, 500000) / 1000)
                    market = "%.3f" % (rnd.randint(1, 500000) / 1000) if scope == 2 and rnd.random() < 0.5 else None
                    yield (uid("50000000", n), rid, pos, scope, category, None, None, None, direct, direct, market, "DIRECT")
    copy(args, "report_line", ["id", "report_id", "position", "scope", "category", "quantity", "unit",
                               "factor_kg_per_unit", "direct_t", "emissions_t", "market_emissions_t", "method"], line_rows())

    # an administrator for the workflow measurements (bench/token.py mints its tokens; it has no password)
    psql(args, "INSERT INTO app_user (id, email, display_name, password_hash) VALUES ('%s', 'bench-admin@bench.invalid', "
               "'Bench admin', '!') ON CONFLICT DO NOTHING" % ADMIN_ID)
    psql(args, "INSERT INTO role_grant (id, user_id, role) VALUES ('%s', '%s', 'ADMIN') ON CONFLICT DO NOTHING"
         % (uid("20000000", 2), ADMIN_ID))

    started = time.time()
    psql(args, "TRUNCATE org_year_emissions, org_year_report, network_year_figures")
    psql(args, "INSERT INTO org_year_emissions SELECT * FROM org_year_emissions_from_lines")
    psql(args, "INSERT INTO org_year_report SELECT * FROM org_year_report_from_reports")
    # every network-year, as the V7 migration does for existing data
    psql(args, "INSERT INTO network_year_figures SELECT f.* FROM network n "
               "CROSS JOIN generate_series(%d, extract(year FROM current_date)::integer) AS y(year) "
               "CROSS JOIN LATERAL stats_network_year_from_scratch(n.id, y.year) f" % YEARS[0])
    psql(args, "VACUUM ANALYZE")
    print("  aggregates built and analysed in %.1f s" % (time.time() - started))


if __name__ == "__main__":
    main()
