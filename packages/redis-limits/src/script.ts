import { createHash } from "node:crypto";

/**
 * The one Lua script every limiter on a key runs, so that reading and updating the shared state is a
 * single atomic step in Redis (no lock, no race between processes).
 *
 * KEYS[1] ring: start times of the last `requests` slots, newest first (a list).
 * KEYS[2] state: a hash: last (time of the newest slot), tokens/tokensAt (the burst bucket),
 *         pausedUntil, day/dayCount (the daily quota).
 * KEYS[3] instances: limiter ids by last use (a sorted set), to size the fallback share.
 * ARGV[1] op ("reserve", "pause", "status"), ARGV[2..6] requests, window (perMs + margin),
 * bucket capacity (0 = no bucket), bucket rate (tokens per ms), perDay (0 = none); then per op:
 *   reserve: maxWait (-1 = none), instance id, active ms, day credit, ages of local starts...
 *   pause:   ms
 *   status:  active ms
 *
 * Times are Redis's clock (TIME), never the callers': machines with skewed clocks share one timeline,
 * and callers only act on durations ("wait 37 ms"), which need no common clock. A reservation answers
 * {reserved 0/1, wait ms, remaining today (-1: no quota), limiters sharing the key, slot time}; the
 * slot time (Redis epoch ms) is there for diagnostics and tests.
 *
 * A reservation is never earlier than the previous one (`last`), so slots are handed out in the order
 * requests reach Redis: that is the cross-process FIFO order. A slot may lie in the future; the caller
 * sleeps until then. Given `at >= ring[requests] + window`, any window containing `at` holds at most
 * `requests - 1` other starts, whatever order the ring was filled in.
 */
export const SCRIPT: string = `
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local op = ARGV[1]
local requests = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local cap = tonumber(ARGV[4])
local rate = tonumber(ARGV[5])
local perDay = tonumber(ARGV[6])
local DAY = 86400000
local today = math.floor(now / DAY)

local s = redis.call('HMGET', KEYS[2], 'last', 'tokens', 'tokensAt', 'pausedUntil', 'day', 'dayCount')
local last = tonumber(s[1]) or 0
local tokens = tonumber(s[2])
local tokensAt = tonumber(s[3]) or now
local pausedUntil = tonumber(s[4]) or 0
local day = tonumber(s[5]) or -1
local dayCount = tonumber(s[6]) or 0
if tokens == nil then tokens = cap end

local function remaining()
  if perDay == 0 then return -1 end
  if day == today then return math.max(0, perDay - dayCount) end
  if day > today then return 0 end
  return perDay
end

local function active(ms)
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - ms)
  return redis.call('ZCARD', KEYS[3])
end

if op == 'pause' then
  local ms = tonumber(ARGV[7])
  if now + ms > pausedUntil then
    pausedUntil = now + ms
    redis.call('HSET', KEYS[2], 'pausedUntil', pausedUntil)
    redis.call('PEXPIRE', KEYS[2], math.max(2 * DAY, ms + 1000))
  end
  return {pausedUntil - now}
end

if op == 'status' then
  return {remaining(), math.max(0, pausedUntil - now), active(tonumber(ARGV[7]))}
end

local maxWait = tonumber(ARGV[7])
redis.call('ZADD', KEYS[3], now, ARGV[8])
redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[9]) * 2)
local processes = active(tonumber(ARGV[9]))

-- Starts a process granted on its own while Redis was unreachable: merged into the shared state once,
-- so the first shared slots after recovery account for them.
local dayCredit = tonumber(ARGV[10])
if #ARGV > 10 or dayCredit > 0 then
  if #ARGV > 10 then
    local starts = redis.call('LRANGE', KEYS[1], 0, -1)
    for i = 1, #starts do starts[i] = tonumber(starts[i]) end
    for i = 11, #ARGV do
      local age = tonumber(ARGV[i])
      table.insert(starts, now - age)
      if cap > 0 then tokens = tokens - math.max(0, 1 - age * rate) end
    end
    table.sort(starts, function(a, b) return a > b end)
    redis.call('DEL', KEYS[1])
    for i = 1, math.min(#starts, requests) do redis.call('RPUSH', KEYS[1], starts[i]) end
    redis.call('PEXPIRE', KEYS[1], math.max(1, last - now) + window + 1000)
  end
  if perDay > 0 and dayCredit > 0 then
    if day < today then day = today; dayCount = 0 end
    dayCount = dayCount + dayCredit
  end
  redis.call('HSET', KEYS[2], 'tokens', tokens, 'tokensAt', tokensAt, 'day', day, 'dayCount', dayCount)
  redis.call('PEXPIRE', KEYS[2], 2 * DAY)
end

local at = math.max(now, last, pausedUntil)
if redis.call('LLEN', KEYS[1]) >= requests then
  local oldest = tonumber(redis.call('LINDEX', KEYS[1], requests - 1))
  if oldest + window > at then at = oldest + window end
end
local level = 0
if cap > 0 then
  level = math.min(cap, tokens + math.max(0, at - tokensAt) * rate)
  if level < 1 then
    at = at + math.ceil((1 - level) / rate)
    level = math.min(cap, tokens + math.max(0, at - tokensAt) * rate)
  end
end
local slotDay = day
local slotCount = dayCount
if perDay > 0 then
  local atDay = math.floor(at / DAY)
  if atDay > slotDay then slotDay = atDay; slotCount = 0 end
  if slotCount >= perDay then
    slotDay = slotDay + 1
    slotCount = 0
    at = slotDay * DAY
    if cap > 0 then level = math.min(cap, tokens + math.max(0, at - tokensAt) * rate) end
  end
end

local wait = at - now
if maxWait >= 0 and wait > maxWait then
  return {0, wait, remaining(), processes, at}
end

redis.call('LPUSH', KEYS[1], at)
redis.call('LTRIM', KEYS[1], 0, requests - 1)
redis.call('PEXPIRE', KEYS[1], wait + window + 1000)
day = slotDay
dayCount = slotCount + 1
redis.call('HSET', KEYS[2], 'last', at, 'tokens', level - 1, 'tokensAt', at, 'day', day, 'dayCount', dayCount)
redis.call('PEXPIRE', KEYS[2], math.max(2 * DAY, wait + 1000))
return {1, wait, remaining(), processes, at}
`;

/** SHA-1 of {@link SCRIPT}: what EVALSHA names it by. */
export const SCRIPT_SHA: string = createHash("sha1").update(SCRIPT).digest("hex");
