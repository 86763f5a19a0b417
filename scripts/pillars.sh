#!/usr/bin/env bash
# The one entry point behind every npm script: puts Node 24 on PATH (scripts/node24.sh),
# installs dependencies when package-lock.json changed since the last install, then runs the
# task. Usage: scripts/pillars.sh <task> [args...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${PILLARS_NODE24_READY:-}" != 1 ]; then
  export PILLARS_NODE24_READY=1
  exec bash scripts/node24.sh bash "$0" "$@"
fi

export NEXT_TELEMETRY_DISABLED=1
# isolated-vm needs this flag in every process that loads it (sandbox workers, vitest).
case " ${NODE_OPTIONS:-} " in *" --no-node-snapshot "*) ;; *) export NODE_OPTIONS="${NODE_OPTIONS:-} --no-node-snapshot" ;; esac

# Install when the lockfile (or the Node major) differs from what node_modules was built with.
stamp="node_modules/.pillars-install-stamp"
want="$(node -p 'process.versions.node.split(".")[0]')-$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  # Not `npm ci`: the registry mirror here lacks other platforms' optional packages (swc for
  # darwin, win32), which `npm ci` insists the lockfile lists. `npm install` honours the lockfile.
  echo "pillars: installing dependencies" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
  # npm may normalise the lockfile while installing: stamp what it left behind.
  want="$(node -p 'process.versions.node.split(".")[0]')-$(sha256sum package-lock.json | cut -d' ' -f1)"
  echo "$want" > "$stamp"
fi

task="${1:-}"; shift || true
bin="$root/node_modules/.bin"
case "$task" in
  start) exec node scripts/start.ts "$@" ;;
  dev) exec node server.ts --dev "$@" ;;
  build) exec node scripts/build.ts "$@" ;;
  test) exec "$bin/vitest" run "$@" ;;
  lint) exec "$bin/eslint" --max-warnings=0 . "$@" ;;
  typecheck) exec "$bin/tsc" --noEmit -p tsconfig.json "$@" ;;
  format) exec "$bin/prettier" --write . "$@" ;;
  format:check) exec "$bin/prettier" --check . "$@" ;;
  lessons) exec node scripts/lessons.ts "$@" ;;
  bench:sandbox) exec node sandbox-runtime/bench/run.ts "$@" ;;
  test:e2e) exec node scripts/e2e.ts "$@" ;;
  admin) exec node scripts/admin.ts "$@" ;;
  exec) exec "$@" ;;
  *) echo "pillars: unknown task '$task'" >&2; exit 2 ;;
esac
