-- wrk script for cpu-ab.sh's interleaved method: every other request carries "X-Bench-N1: off", so requests with N1
-- and without it alternate on the same connections, at the same moments.
local n = 0
request = function()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format(nil, nil, { ["X-Bench-N1"] = "off" })
  end
  return wrk.format(nil, nil, nil)
end
