#!/usr/bin/env bash
# Installs a tool from Debian's packages when it is missing (as root), idempotently.
set -euo pipefail

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "Missing $*: install it (Debian: apt-get install $*)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ ! -f /var/lib/apt/lists/.klimanett-updated ] || [ -z "$(ls /var/lib/apt/lists 2>/dev/null | grep -v lock | head -1)" ]; then
    apt-get update -qq >&2 && touch /var/lib/apt/lists/.klimanett-updated
  fi
  apt-get install -y -qq --no-install-recommends "$@" >&2
}

for tool in "$@"; do
  case "$tool" in
    node) command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm ;;
    docker-compose) command -v docker-compose >/dev/null || apt_install docker-compose ;;
    chromium) [ -x /usr/bin/chromium ] || apt_install chromium ;;
    openssl) command -v openssl >/dev/null || apt_install openssl ;;
    *) echo "unknown tool $tool" >&2; exit 2 ;;
  esac
done
