#!/usr/bin/env bash
# Bounded load test on 127.0.0.1 only: gunicorn with several workers against
# PostgreSQL, then wrk for DURATION against the usage-logs list and the 30-day
# summary by actual provider (from the rollups, then with exact percentiles). Prints wrk's report for each, then one line of
# name=value pairs: requests/s, median and p99 latency, and errors (non-2xx
# responses plus socket errors).
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_bench bench/load.sh
#
# ROWS=100000 (default) reloads the table with that many rows first; ROWS=0
# keeps what is there. DURATION=30s, WORKERS=2*cores+1, CONNECTIONS=8, PORT=a free one.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/gunicorn.sh
require_postgres_and_wrk load.sh

ROWS=${ROWS:-100000}
DURATION=${DURATION:-30s}
WORKERS=${WORKERS:-$(( $(nproc) * 2 + 1 ))}
CONNECTIONS=${CONNECTIONS:-8}
PY=.venv/bin/python
# A port nobody else on this shared machine is listening on, unless one is given.
PORT=${PORT:-$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"

if [ "$ROWS" -gt 0 ]; then
  $PY -m bench.loader --rows "$ROWS"
fi
# drf_create_token prints "Generated token <key> for user <name>".
TOKEN=$($PY manage.py drf_create_token bench-user-1 | awk '{print $3}')
AUTH="Authorization: Token $TOKEN"

# Production settings and persistent database connections (CONN_MAX_AGE, 60 s by default).
start_gunicorn load "$TOKEN"

AFTER=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)
SUMMARY=""
run() {  # run NAME PATH: wrk against PATH, then NAME_* figures appended to SUMMARY
  local name=$1 path=$2 out rps p50 p99 non2xx sockets
  echo "== $name: GET $path ($DURATION, $CONNECTIONS connections, $WORKERS workers)"
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$AUTH" "$BASE$path")
  echo "$out"
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out")
  sockets=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  SUMMARY+="${name}_rps=$rps ${name}_p50=$p50 ${name}_p99=$p99 ${name}_errors=$(( ${non2xx:-0} + ${sockets:-0} )) "
}

run list "/api/subscription/usage-logs/"
# From the daily rollups; then with exact p50/p95, which read every log of the 30 days.
run summary "/api/subscription/usage-logs/summary/?group_by=actual_provider&after=$AFTER&percentiles=false"
run summary_p95 "/api/subscription/usage-logs/summary/?group_by=actual_provider&after=$AFTER"
echo
echo "${SUMMARY% }"
