-- wrk script for bench/soak.sh: a mix of reads and ingestion, counted by status.
--
-- Per connection, requests cycle through 4 list pages, 2 summaries and 4
-- ingestion POSTs, each POST with a request_id unique to this run, thread and
-- request. POSTs stop STOP_POSTS_BEFORE seconds before the end, so none is in
-- flight when wrk stops and every row written has its 201 counted here.
-- Only ingestion answers 201, so the 201s are the successful POSTs.

local run = os.getenv("SOAK_RUN")
local read_token = os.getenv("SOAK_READ_TOKEN")
local write_token = os.getenv("SOAK_WRITE_TOKEN")
local user_id = tonumber(os.getenv("SOAK_USER_ID"))
local duration = tonumber(os.getenv("SOAK_SECONDS"))
local stop_posts_before = 5

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  counter = 0
  created, ok, client_errors, server_errors, other = 0, 0, 0, 0, 0
  posts_until = os.time() + duration - stop_posts_before
  read_headers = { ["Authorization"] = "Token " .. read_token }
  write_headers = { ["Authorization"] = "Token " .. write_token, ["Content-Type"] = "application/json" }
end

function request()
  counter = counter + 1
  local slot = counter % 10
  if slot < 6 or os.time() >= posts_until then
    if slot % 3 == 0 then
      return wrk.format("GET", "/api/subscription/usage-logs/summary/?group_by=actual_provider", read_headers)
    end
    return wrk.format("GET", "/api/subscription/usage-logs/?page_size=50", read_headers)
  end
  local body = string.format(
    '{"user": %d, "provider": "video", "model_used": "alibaba/wan-2.5/text-to-video", '
      .. '"endpoint": "/video-generation/wavespeed", "tokens_input": 100, "cost_input": "0.012", '
      .. '"response_time": 2.5, "request_id": "soak-%s-%d-%d"}',
    user_id, run, thread_id, counter
  )
  return wrk.format("POST", "/api/subscription/usage-logs/", write_headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status >= 200 and status < 300 then
    ok = ok + 1
  elseif status >= 400 and status < 500 then
    client_errors = client_errors + 1
  elseif status >= 500 then
    server_errors = server_errors + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local totals = { created = 0, ok = 0, client_errors = 0, server_errors = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  local errors = summary.errors
  io.write(string.format(
    "SOAK created=%d ok=%d client_errors=%d server_errors=%d other=%d "
      .. "socket_errors=%d timeouts=%d requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f\n",
    totals.created, totals.ok, totals.client_errors, totals.server_errors, totals.other,
    errors.connect + errors.read + errors.write, errors.timeout, summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000
  ))
end
