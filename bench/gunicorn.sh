# Sourced by load.sh and soak.sh: gunicorn with production settings (DEBUG off,
# static files collected for whitenoise) on 127.0.0.1:$PORT, stopped when the
# calling script exits. Expects PY, PORT, BASE and WORKERS; sets LOG (its error
# log) and GUNICORN (its pid).

# start_gunicorn NAME TOKEN: start it, then wait until it answers TOKEN's request.
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
