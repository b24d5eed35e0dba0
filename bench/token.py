#!/usr/bin/env python3
"""Prints a bearer token for the bench administrator, signed (RS256) with the bench key pair through openssl,
as the service itself would issue it (issuer and audience are the defaults of application.properties)."""
import base64
import json
import subprocess
import sys
import time

ADMIN_ID = "20000000-0000-4000-8000-000000000001"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main():
    key = sys.argv[1]
    now = int(time.time())
    header = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64(json.dumps({"iss": "https://klimanett.local/issuer", "aud": "klimanett-api", "sub": ADMIN_ID,
                             "upn": "bench-admin@bench.invalid", "kind": "user", "groups": ["user"],
                             "iat": now, "exp": now + 3600}).encode())
    signing_input = (header + "." + claims).encode()
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input,
                               capture_output=True, check=True).stdout
    print(header + "." + claims + "." + b64(signature))


if __name__ == "__main__":
    main()
