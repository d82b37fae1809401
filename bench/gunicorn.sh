# Sourced by load.sh and soak.sh: what a load run against gunicorn needs, and
# gunicorn itself with production settings (DEBUG off, static files collected
# for whitenoise) on 127.0.0.1:$PORT, stopped when the calling script exits.

# require_postgres_and_wrk NAME: refuse anything but PostgreSQL; install wrk if absent.
require_postgres_and_wrk() {
  local name=$1
  : "${DATABASE_URL:?set DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME}"
  case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "$name measures PostgreSQL; DATABASE_URL is not a postgres:// URL" >&2; exit 2 ;;
  esac
  if ! command -v wrk >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) \
      || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }
  fi
}

# start_gunicorn NAME TOKEN: start it (expects PY, PORT, BASE and WORKERS; sets LOG,
# its error log, and GUNICORN, its pid), then wait until it answers TOKEN's request.
start_gunicorn() {
  local name=$1 token=$2 probe="$BASE/api/subscription/usage-logs/?page_size=1"
  export DEBUG=0 SECRET_KEY="$name-test-only-key" ALLOWED_HOSTS=127.0.0.1
  $PY manage.py collectstatic --noinput --verbosity 0
  LOG=$(mktemp -t "gunicorn-$name.XXXXXX")
  .venv/bin/gunicorn config.wsgi:application --workers "$WORKERS" --bind "127.0.0.1:$PORT" \
    --error-logfile "$LOG" &
  GUNICORN=$!
  trap 'kill "$GUNICORN" 2>/dev/null; wait "$GUNICORN" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    kill -0 "$GUNICORN" 2>/dev/null || break  # it exited: the port was taken, or settings are wrong
    curl -sS -o /dev/null -f -H "Authorization: Token $token" "$probe" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "gunicorn did not answer; its log:" >&2
  cat "$LOG" >&2
  exit 1
}
