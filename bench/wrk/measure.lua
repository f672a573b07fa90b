-- wrk script for every benchmark run: counts answers by status across threads and prints one
-- machine-readable line. With BENCH_CLAIMS set it also writes: claim/release transitions (or the
-- bare baseline's one-row write) on a small pool of claims, so many clients fight over the same rows.
local threads = {}
local seeds = 0

function setup(thread)
  seeds = seeds + 1
  thread:set("seed", seeds)
  table.insert(threads, thread)
end

local function split(text, pattern)
  local parts = {}
  for part in string.gmatch(text or "", pattern) do
    table.insert(parts, part)
  end
  return parts
end

function init(args)
  statuses = {}
  math.randomseed(os.time() * 100 + seed)
  claims = split(os.getenv("BENCH_CLAIMS"), "%d+")
  tokens = split(os.getenv("BENCH_TOKENS"), "[^,]+")
  bare = os.getenv("BENCH_BARE") == "true"
end

-- Only a writing run defines request(); a reading run lets wrk repeat its one GET unchanged.
if os.getenv("BENCH_CLAIMS") then
  function request()
    local id = claims[math.random(#claims)]
    if bare then
      return wrk.format("POST", "/bare/claims/" .. id .. "/touch")
    end
    local action = (math.random(2) == 1) and "claim" or "release"
    local headers = { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)], ["Content-Type"] = "application/json" }
    return wrk.format("POST", "/api/v1/claims/" .. id .. "/transitions", headers, '{"action":"' .. action .. '"}')
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      merged[status] = (merged[status] or 0) + count
    end
  end
  local counts = {}
  for status, count in pairs(merged) do
    table.insert(counts, status .. ":" .. count)
  end
  table.sort(counts)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d socket_errors=%d statuses=%s\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors, table.concat(counts, ",")))
end
