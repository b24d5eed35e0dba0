#!/usr/bin/env bash
# Creates an RSA key pair for signing tokens in DIR (default .data/keys) unless one is there already.
set -euo pipefail
DIR="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.data/keys}"
mkdir -p "$DIR"
if [ ! -f "$DIR/private.pem" ]; then
  "$(dirname "${BASH_SOURCE[0]}")/ensure-tools.sh" openssl
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/private.pem" 2>/dev/null
  chmod 600 "$DIR/private.pem"
  openssl pkey -in "$DIR/private.pem" -pubout -out "$DIR/public.pem"
fi
echo "$DIR"
