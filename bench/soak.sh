#!/usr/bin/env bash
# Soak on 127.0.0.1 only: gunicorn against PostgreSQL, then wrk for DURATION at
# CONNECTIONS connections mixing the usage-logs list, the summary and ingestion
# POSTs with unique request_ids (bench/soak.lua). Afterwards it checks, from the
# database: zero 5xx, rows written by this run == POSTs answered 201, no
# request_id twice, every row with its actual provider. Exits 1 if any fails.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_rel bench/soak.sh
#
# ROWS=20000 (default) reloads the table with that many rows first (bench/loader.py,
# which replaces the table's contents: give it a database of its own); ROWS=0
# keeps what is there. DURATION=60 (seconds), CONNECTIONS=32, WORKERS=2*cores+1,
# PORT=a free one. Bounded: wrk stops after DURATION, gunicorn is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/gunicorn.sh
require_postgres_and_wrk soak.sh

ROWS=${ROWS:-20000}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-32}
WORKERS=${WORKERS:-$(( $(nproc) * 2 + 1 ))}
PY=.venv/bin/python
PORT=${PORT:-$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
RUN=$(date -u +%Y%m%dT%H%M%S)-$$

$PY manage.py migrate --noinput --verbosity 0
if [ "$ROWS" -gt 0 ]; then
  $PY -m bench.loader --rows "$ROWS"
fi
# The reader owns the rows it lists; the writer is a service account (add_apiusagelog,
# not staff) that records calls for the reader.
read -r USER_ID READ_TOKEN WRITE_TOKEN < <($PY manage.py shell --verbosity 0 -c '
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from rest_framework.authtoken.models import Token
User = get_user_model()
reader, _ = User.objects.get_or_create(username="bench-user-1")
writer, _ = User.objects.get_or_create(username="soak-ingest-bot")
writer.user_permissions.add(Permission.objects.get(codename="add_apiusagelog"))
print(reader.pk, Token.objects.get_or_create(user=reader)[0].key, Token.objects.get_or_create(user=writer)[0].key)
')

start_gunicorn soak "$READ_TOKEN"

echo "== soak: ${DURATION}s, $CONNECTIONS connections, $WORKERS gunicorn workers, run $RUN"
OUT=$(SOAK_RUN=$RUN SOAK_READ_TOKEN=$READ_TOKEN SOAK_WRITE_TOKEN=$WRITE_TOKEN SOAK_USER_ID=$USER_ID \
  SOAK_SECONDS=$DURATION wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 20s --latency \
  -s bench/soak.lua "$BASE")
echo "$OUT"
LINE=$(grep '^SOAK ' <<<"$OUT")
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$LINE "; }

read -r ROWS_WRITTEN DUPLICATES UNDETECTED < <(SOAK_RUN=$RUN $PY manage.py shell --verbosity 0 -c '
import os
from django.db.models import Count
from subscriptions.models import APIUsageLog
run = os.environ["SOAK_RUN"]
rows = APIUsageLog.objects.filter(request_id__startswith=f"soak-{run}-")
dupes = rows.values("request_id").annotate(n=Count("id")).filter(n__gt=1).count()
print(rows.count(), dupes, rows.filter(actual_provider_name__isnull=True).count())
')
TRACEBACKS=$(grep -c Traceback "$LOG" || true)

echo
echo "requests_per_s=$(field rps) p50_ms=$(field p50_ms) p99_ms=$(field p99_ms) requests=$(field requests)" \
  "posts_201=$(field created) rows_written=$ROWS_WRITTEN duplicates=$DUPLICATES undetected=$UNDETECTED" \
  "5xx=$(field server_errors) 4xx=$(field client_errors) socket_errors=$(field socket_errors)" \
  "timeouts=$(field timeouts) tracebacks=$TRACEBACKS"

failed=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1" >&2; failed=1; fi; }
check "zero 5xx" '[ "$(field server_errors)" = 0 ] && [ "$TRACEBACKS" = 0 ]'
check "zero 4xx, socket errors and timeouts" \
  '[ "$(field client_errors)" = 0 ] && [ "$(field socket_errors)" = 0 ] && [ "$(field timeouts)" = 0 ]'
check "rows written ($ROWS_WRITTEN) == POSTs answered 201 ($(field created))" '[ "$ROWS_WRITTEN" = "$(field created)" ]'
check "no request_id twice" '[ "$DUPLICATES" = 0 ]'
check "every row has its actual provider" '[ "$UNDETECTED" = 0 ]'
check "some ingestion happened" '[ "$ROWS_WRITTEN" -gt 0 ]'
exit "$failed"
