-- wrk script for every benchmark run: counts answers by status across threads and prints one
-- machine-readable line. With BENCH_CLAIMS set it also writes: claim/release transitions (or the
-- bare baseline's one-row write) on a small pool of claims, so many clients fight over the same rows.
-- With BENCH_COOKIES set it keeps cookies as a browser does: each thread starts from those cookies and
-- sends back whatever the server sets, so a renewed session or a CSRF cookie is not issued afresh on
-- every request.
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
  jar = {}
  for name, value in string.gmatch(os.getenv("BENCH_COOKIES") or "", "([^=; ]+)=([^;]*)") do
    jar[name] = value
  end
end

local function cookieHeader()
  local pairs_ = {}
  for name, value in pairs(jar) do
    table.insert(pairs_, name .. "=" .. value)
  end
  return table.concat(pairs_, "; ")
end

-- Only a writing run or one that keeps cookies defines request(); any other run lets wrk repeat its
-- one GET unchanged.
if os.getenv("BENCH_COOKIES") then
  function request()
    return wrk.format("GET", nil, { ["Cookie"] = cookieHeader() })
  end
elseif os.getenv("BENCH_CLAIMS") then
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
  -- wrk keeps one header of each name; the app sets at most one cookie on a page a browser has seen.
  local set = headers["set-cookie"] or headers["Set-Cookie"]
  if set and jar then
    local name, value = string.match(set, "^([^=; ]+)=([^;]*)")
    if name then
      jar[name] = value
    end
  end
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
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d socket_errors=%d statuses=%s\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    summary.requests, errors, table.concat(counts, ",")))
end
