#!/usr/bin/env python3
"""Times the report workflow through the API: approval of 100-line reports (p95) and CSV import (lines/s).
Uses organisations of the bench data set for a year the generator leaves empty (2025).

  bench/workflow.py BASE_URL TOKEN [approvals] [import_lines]
"""
import json
import statistics
import sys
import time
import urllib.request

YEAR = 2025
SCOPE3 = ["PURCHASED_GOODS_AND_SERVICES", "CAPITAL_GOODS", "FUEL_AND_ENERGY_RELATED", "UPSTREAM_TRANSPORT", "WASTE",
          "BUSINESS_TRAVEL", "EMPLOYEE_COMMUTING", "UPSTREAM_LEASED_ASSETS", "DOWNSTREAM_TRANSPORT",
          "PROCESSING_OF_SOLD_PRODUCTS", "USE_OF_SOLD_PRODUCTS", "END_OF_LIFE_OF_SOLD_PRODUCTS",
          "DOWNSTREAM_LEASED_ASSETS", "FRANCHISES", "INVESTMENTS"]


def call(base, token, method, path, body=None, etag=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + token)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", content_type)
    if etag:
        req.add_header("If-Match", etag)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            resp.read()
            return resp.headers.get("ETag"), time.perf_counter() - started
    except urllib.error.HTTPError as e:
        sys.exit("%s %s -> %d %s" % (method, path, e.code, e.read()[:500]))


def org(i):
    return "10000000-0000-4000-8000-%012d" % i


def draft(base, token, organisation, lines):
    path = "/api/v1/organisations/%s/reports" % organisation
    etag, _ = call(base, token, "POST", path, {"year": YEAR})
    body = {"consolidationApproach": "OPERATIONAL_CONTROL", "gwpSet": "AR6", "employees": 100, "lines": lines,
            "scope3Notations": [{"category": c, "notation": "NE", "reason": "bench"} for c in SCOPE3]}
    etag, _ = call(base, token, "PUT", "%s/%d" % (path, YEAR), body, etag)
    return path + "/%d" % YEAR, etag


def main():
    base, token = sys.argv[1], sys.argv[2]
    approvals = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    import_lines = int(sys.argv[4]) if len(sys.argv) > 4 else 100000
    lines = [{"scope": 1, "category": "STATIONARY_COMBUSTION", "activity": "line %d" % i, "directT": "%d.%03d" % (i, i)}
             for i in range(100)]
    times = []
    for i in range(1, approvals + 1):
        url, etag = draft(base, token, org(i), lines)
        etag, _ = call(base, token, "POST", url + "/submit", etag=etag)
        _, seconds = call(base, token, "POST", url + "/approve", etag=etag)
        times.append(seconds * 1000)
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print("approve_100_lines_ms p50=%.1f p95=%.1f n=%d" % (statistics.median(times), p95, len(times)))

    # import in chunks that stay under the 2 MiB request limit, all into one draft
    url, etag = draft(base, token, org(approvals + 1), [])
    chunk = 50000
    started = time.perf_counter()
    done = 0
    while done < import_lines:
        n = min(chunk, import_lines - done)
        csv = "scope,category,activity,directT\r\n" + "".join(
            "1,STATIONARY_COMBUSTION,imported %d,%d.%03d\r\n" % (done + k, k % 1000, k % 1000) for k in range(n))
        etag, _ = call(base, token, "POST", url + "/lines/import", csv.encode(), etag, "text/csv")
        done += n
    seconds = time.perf_counter() - started
    print("import_lines_per_s %.0f lines=%d seconds=%.2f" % (done / seconds, done, seconds))


if __name__ == "__main__":
    main()
