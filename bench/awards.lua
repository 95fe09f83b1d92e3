-- wrk script of bench/awards.sh: requests that rotate through many voters' bearer tokens.
--   wrk ... -s bench/awards.lua <url> -- post <path> <tokens file> <threads> <bodies file> <first pass>
--   wrk ... -s bench/awards.lua <url> -- get  <path> <tokens file> <threads>
-- post: each request casts a ballot (a JSON body from the bodies file, one a line) for the next voter; a voter's
-- next cast picks another body, so re-casts change the ballot; a run starts at a given pass through the voters, so
-- each run casts new ballots (another category) as well as re-casts. get: the same tokens on a GET of the path.
-- Thread k of t takes voters k, k+t, k+2t... so no two threads cast for one voter at once (make the number of
-- tokens a multiple of t). Answers other than 201 (post) or 200 (get) are counted and the first one is kept;
-- done() prints "unexpected: <n>" and that first answer.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function lines(path)
  local found = {}
  for line in io.lines(path) do
    if line ~= "" then found[#found + 1] = line end
  end
  return found
end

function init(args)
  mode, path = args[1], args[2]
  tokens = lines(args[3])
  step = tonumber(args[4])
  bodies = mode == "post" and lines(args[5]) or nil
  expected = mode == "post" and 201 or 200
  next_index = id + (tonumber(args[6]) or 0) * #tokens
  unexpected = 0
  first_unexpected = ""
end

function request()
  local voter = next_index % #tokens
  local pass = math.floor(next_index / #tokens)
  next_index = next_index + step
  local headers = { ["Authorization"] = "Bearer " .. tokens[voter + 1] }
  if mode == "post" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", path, headers, bodies[(voter + pass) % #bodies + 1])
  end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
    if first_unexpected == "" then first_unexpected = status .. " " .. string.sub(body or "", 1, 300) end
  end
end

function done(summary, latency, requests)
  local total, first = 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("unexpected")
    if first == "" then first = thread:get("first_unexpected") end
  end
  io.write(string.format("unexpected: %d\n", total))
  if first ~= "" then io.write("first unexpected: " .. first:gsub("\n", " ") .. "\n") end
end
