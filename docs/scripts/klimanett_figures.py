#!/usr/bin/env python3
"""Pulls a network's yearly figures from Klimanett and caches them by ETag (Python standard library only).

    python3 klimanett_figures.py --base-url https://klimanett.example --network NETWORK_ID [--from 2019] [--to 2024]
                                 [--group-by sector] [--csv] [--cache-dir ~/.cache/klimanett]

Authentication: KLIMANETT_TOKEN (a bearer token), or KLIMANETT_CLIENT_ID and KLIMANETT_CLIENT_SECRET (an API
client with the stats:read scope; a token is fetched with the client-credentials grant). Without either, the
published figures of public networks are read anonymously.

The response is stored with its ETag; the next run sends If-None-Match and, when the figures have not changed
(304 Not Modified), prints the stored copy without downloading it again.
"""
import argparse
import decimal
import hashlib
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request


def token(base_url):
    if os.environ.get("KLIMANETT_TOKEN"):
        return os.environ["KLIMANETT_TOKEN"]
    client_id, secret = os.environ.get("KLIMANETT_CLIENT_ID"), os.environ.get("KLIMANETT_CLIENT_SECRET")
    if not client_id or not secret:
        return None
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": secret}).encode()
    with urllib.request.urlopen(urllib.request.Request(base_url + "/api/v1/auth/token", data=form)) as resp:
        return json.load(resp)["access_token"]


def fetch(url, accept, bearer, cache_dir):
    """The body of url, from the cache when the server answers 304 to our stored ETag."""
    os.makedirs(cache_dir, exist_ok=True)
    entry = os.path.join(cache_dir, hashlib.sha256((accept + " " + url).encode()).hexdigest())
    request = urllib.request.Request(url, headers={"Accept": accept})
    if bearer:
        request.add_header("Authorization", "Bearer " + bearer)
    if os.path.exists(entry + ".etag") and os.path.exists(entry + ".body"):
        with open(entry + ".etag") as f:
            request.add_header("If-None-Match", f.read())
    try:
        with urllib.request.urlopen(request) as resp:
            body = resp.read()
            etag = resp.headers.get("ETag")
    except urllib.error.HTTPError as e:
        if e.code == 304:
            print("not modified, using the cached copy", file=sys.stderr)
            with open(entry + ".body", "rb") as f:
                return f.read()
        problem = e.read().decode(errors="replace")
        sys.exit("HTTP %d: %s" % (e.code, problem))
    if etag:
        with open(entry + ".body", "wb") as f:
            f.write(body)
        with open(entry + ".etag", "w") as f:
            f.write(etag)
    print("fetched, ETag %s" % etag, file=sys.stderr)
    return body


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--base-url", default=os.environ.get("KLIMANETT_URL", "http://localhost:8080"))
    p.add_argument("--network", required=True)
    p.add_argument("--from", dest="from_year")
    p.add_argument("--to", dest="to_year")
    p.add_argument("--group-by")
    p.add_argument("--scope2", choices=["location", "market"])
    p.add_argument("--csv", action="store_true", help="print the CSV representation")
    p.add_argument("--cache-dir", default=os.path.expanduser("~/.cache/klimanett"))
    args = p.parse_args()

    base = args.base_url.rstrip("/")
    query = {k: v for k, v in [("from", args.from_year), ("to", args.to_year), ("groupBy", args.group_by),
                               ("scope2", args.scope2)] if v}
    url = "%s/api/v1/networks/%s/stats%s" % (base, args.network, "?" + urllib.parse.urlencode(query) if query else "")
    body = fetch(url, "text/csv" if args.csv else "application/json", token(base), args.cache_dir)
    if args.csv:
        sys.stdout.write(body.decode())
        return
    # exact decimals: 34.000 stays 34.000 (a float would print 34.0 and round large sums)
    figures = json.loads(body, parse_float=decimal.Decimal)
    print("year\tscope12_t\tscope3_t\treporting/members")
    for year in figures["years"]:
        coverage = year["coverage"]
        print("%d\t%s\t%s\t%d/%d" % (year["year"], year["scope12T"], year["scope3T"], coverage["reportingMembers"],
                                     coverage["members"]))


if __name__ == "__main__":
    main()
