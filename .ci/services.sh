#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432, database `test`) and Redis (127.0.0.1:6379) answer,
# starting them when they do not. Fails loudly rather than letting tests skip.
set -euo pipefail

pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -d test -q 2>/dev/null; }
if ! pg_ready; then
  echo "ci: starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
fi
pg_ready || { echo "ci: PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }

redis_ready() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; }
if ! redis_ready; then
  echo "ci: starting Redis" >&2
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  for _ in $(seq 1 30); do redis_ready && break; sleep 1; done
fi
redis_ready || { echo "ci: Redis does not answer on 127.0.0.1:6379" >&2; exit 1; }
echo "ci: PostgreSQL and Redis answer" >&2
