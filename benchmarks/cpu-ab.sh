#!/usr/bin/env bash
# N1 on against off in ONE demo JVM: CPU time per request, in alternating slices.
# The demo runs with demo.benchmark.n1-switch=true: a request carrying "X-Bench-N1: off" passes N1's request filter
# by, so it opens no scope and N1's JDBC, Hibernate and Jackson hooks stand idle (N1 stays installed: its JDBC proxies
# count the statement, its hooks find no scope). Slices of N1 on and off alternate in ABBA order under wrk -t1 -c4;
# each slice's CPU time is the demo process's (/proc/<pid>/stat: request threads, GC, JIT) divided by the requests wrk
# completed. Both modes run at one JIT state and one machine speed, so the drift that moves e2e.sh's two JVMs by
# ±20 % cancels out. On a CPU-bound server, off/on CPU per request is the throughput N1 leaves.
# Usage: benchmarks/cpu-ab.sh [pairs] [seconds per slice]   (builds the demo jar first if missing)
# AB_ENDPOINTS="/api/authors/fixed /orders/fixed" limits the endpoints; AB_ARGS="--n1.x=y" adds demo arguments;
# AB_WARMUP=seconds of warm-up per endpoint and mode (default 15); AB_PORT=port; AB_JAR=path measures another build;
# AB_HOST=address wrk sends to (default 127.0.0.1, a panel client; see below).
# AB_ARGS=--n1.enabled=false is the check: both modes are then the same (no N1 at all), so their ratio is the
# method's own noise.
# Two CPU figures: the whole process, and the process without its JIT compiler threads ("C1/C2 CompilerThread", from
# /proc/<pid>/task/*/stat; the demo runs with a fixed set of them). The JIT still compiles minutes into a run, in bursts
# that land on one slice or the other: the second figure leaves that noise out and keeps GC, which N1's allocation
# costs. p50/p99 are the medians over each mode's slices of wrk's percentiles.
# AB_METHOD=interleaved measures instead inside the demo: requests with N1 and without it alternate on the same
# connections (benchmarks/interleave.lua), and the demo counts, per mode, the CPU time and the bytes allocated by the
# request's thread inside the filter chain (/benchmark/n1-switch). Both modes then share every moment of the run, so
# the machine's speed cancels out; GC, JIT and the connector's own work are left out of both. [pairs] is then the
# number of rounds of [seconds] each.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-6}"
seconds="${2:-5}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
jar="${AB_JAR:-demo-app/target/demo-app-0.1.0-SNAPSHOT.jar}"
if [ -n "${AB_JAR:-}" ]; then
  [ -f "$jar" ] || { echo "AB_JAR=$jar: no such file" >&2; exit 1; }
else
  [ -f "$jar" ] || ./mvnw -q -B -pl demo-app -am -DskipTests package
fi
port="${AB_PORT:-18084}"
# wrk's target: loopback by default. A client on loopback is one the panel allows, so it gets N1's response headers;
# AB_HOST=<this machine's own non-loopback address> measures what any other client costs (no headers, as in production).
host="${AB_HOST:-127.0.0.1}"
[[ "$host" == *:* && "$host" != \[* ]] && host="[$host]"   # an IPv6 literal goes in brackets in a URL
read -r -a endpoints <<< "${AB_ENDPOINTS:-/customers/fixed /api/authors/fixed /orders/fixed /customers}"
read -r -a extra <<< "${AB_ARGS:-}"
ticks_per_second=$(getconf CLK_TCK)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use (AB_PORT=… picks another)" >&2; exit 1
fi
java -Xms512m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads -jar "$jar" --server.port="$port" --logging.level.root=warn --demo.benchmark.n1-switch=true \
  "${extra[@]}" >/dev/null 2>&1 &
demo=$!
trap 'kill "$demo" 2>/dev/null || true; wait "$demo" 2>/dev/null || true; rm -f "$results"' EXIT
for _ in $(seq 1 480); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" && break
  kill -0 "$demo" 2>/dev/null || { echo "the demo exited (port $port taken? AB_ARGS=${AB_ARGS:-})" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" || { echo "demo did not start" >&2; exit 1; }
# The load goes to $host: it must answer there, and the figures say which kind of client it measured.
if ! curl -sf -o /dev/null "http://$host:$port/scenarios"; then
  echo "AB_HOST=${AB_HOST:-}: the demo does not answer at http://$host:$port (use one of this machine's addresses)" >&2
  exit 1
fi
if curl -s -D - -o /dev/null "http://$host:$port/scenarios" | grep -qi '^X-N1-Request-Id:'; then
  echo "client $host: gets N1's response headers (X-N1-Request-Id, Server-Timing)"
else
  echo "client $host: gets no N1 response headers"
fi

# The switch must work: a request switched off leaves no entry in /actuator/queries, one switched on leaves one.
entries() { { curl -s "http://127.0.0.1:$port/actuator/queries" || true; } | { grep -o '"kind":"request"' || true; } | wc -l; }
if [[ " ${extra[*]} " != *" --n1.enabled=false "* ]]; then
  curl -s -o /dev/null -X DELETE "http://127.0.0.1:$port/actuator/queries"
  curl -s -o /dev/null -H "X-Bench-N1: off" "http://127.0.0.1:$port/orders/fixed"
  off_entries=$(entries)
  curl -s -o /dev/null "http://127.0.0.1:$port/orders/fixed"
  on_entries=$(entries)
  if [ "$off_entries" != 0 ] || [ "$on_entries" != 1 ]; then
    echo "the switch does not work: $off_entries entries after a request switched off, $on_entries after one on" \
      "(expected 0 and 1)" >&2
    exit 1
  fi
fi

# "all-threads-ticks compiler-thread-ticks" (the thread name, field 2, may hold spaces: fields counted after its ")")
cpu_ticks() {
  local all
  all=$(awk '{print $14 + $15}' "/proc/$demo/stat")
  cat /proc/"$demo"/task/*/stat 2>/dev/null | awk -v all="$all" '
    { name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
      if (name ~ /^C[12] CompilerThre/) { split(substr($0, index($0, ") ") + 2), f, " "); jit += f[12] + f[13] } }
    END { print all, jit + 0 }'
}

# wrk's "50%" or "99%" latency in ms
percentile() { awk -v p="$1%" '$1 == p { v = $2; m = 1
  if (v ~ /us$/) m = 0.001; else if (v ~ /ms$/) m = 1; else if (v ~ /s$/) m = 1000
  sub(/[a-z]+$/, "", v); printf "%.3f", v * m }'; }

# load endpoint mode seconds: wrk's output
load() {
  local header=()
  [ "$2" = off ] && header=(-H "X-Bench-N1: off")
  wrk -t1 -c4 -d"$3s" --latency "${header[@]}" "http://$host:$port$1"
}

# slice endpoint mode seconds: appends "endpoint mode requests ticks jit-ticks p50 p99" to the results
slice() {
  local before after out
  read -r -a before <<< "$(cpu_ticks)"
  out=$(load "$1" "$2" "$3")
  read -r -a after <<< "$(cpu_ticks)"
  echo "$1 $2 $(echo "$out" | awk '/requests in/ {print $1}') $((after[0] - before[0])) $((after[1] - before[1]))" \
    "$(echo "$out" | percentile 50) $(echo "$out" | percentile 99)" >> "$results"
}

for endpoint in "${endpoints[@]}"; do   # warm-up: both paths of every page compiled before anything is measured
  for mode in on off; do load "$endpoint" "$mode" "${AB_WARMUP:-15}" >/dev/null; done
done
if [ "${AB_METHOD:-slices}" = interleaved ]; then
  for endpoint in "${endpoints[@]}"; do
    for round in $(seq 1 "$pairs"); do
      curl -sf -o /dev/null -X DELETE "http://127.0.0.1:$port/benchmark/n1-switch" \
        || { echo "the demo's counters (/benchmark/n1-switch) do not answer" >&2; exit 1; }
      wrk -t1 -c4 -d"${seconds}s" -s benchmarks/interleave.lua "http://$host:$port$endpoint" >/dev/null
      counts=$(curl -sf "http://127.0.0.1:$port/benchmark/n1-switch") \
        || { echo "the demo's counters (/benchmark/n1-switch) do not answer" >&2; exit 1; }
      echo "$endpoint $(echo "$counts" | tr '\n' ' ')" >> "$results"
    done
  done
  echo "endpoint | request thread CPU µs/req on / off | throughput kept by it (off/on) | rounds: median (range) | KB allocated/req on / off"
  for endpoint in "${endpoints[@]}"; do
    # lines: endpoint on requests cpu-nanos bytes off requests cpu-nanos bytes
    awk -v e="$endpoint" '
      $1 == e && $3 > 0 && $7 > 0 {
        k++; non += $3; con += $4; bon += $5; noff += $7; coff += $8; boff += $9
        r[k] = ($8 / $7) / ($4 / $3)
      }
      END {
        if (k == 0) { printf "%s | no round served requests of both modes\n", e; exit }
        for (x = 1; x <= k; x++) for (y = x + 1; y <= k; y++) if (r[y] < r[x]) { t = r[x]; r[x] = r[y]; r[y] = t }
        median = (k % 2) ? r[(k + 1) / 2] : (r[k / 2] + r[k / 2 + 1]) / 2
        printf "%s | %.0f / %.0f | %.1f %% | %.1f %% (%.1f–%.1f %%, %d rounds) | %.1f / %.1f\n", e,
          con / non / 1e3, coff / noff / 1e3, 100 * (coff / noff) / (con / non), 100 * median, 100 * r[1], 100 * r[k], k,
          bon / non / 1024, boff / noff / 1024
      }' "$results"
  done
  [ -z "${AB_KEEP:-}" ] || cp "$results" "$AB_KEEP"
  exit 0
fi

for endpoint in "${endpoints[@]}"; do
  for pair in $(seq 1 "$pairs"); do
    if [ $((pair % 2)) -eq 1 ]; then order="on off"; else order="off on"; fi
    for mode in $order; do slice "$endpoint" "$mode" "$seconds"; done
  done
done

echo "endpoint | CPU µs/req on / off (without JIT) | throughput kept (off/on) | without JIT | pairs without JIT: median (range) | p50 ms on / off | p99 ms on / off"
for endpoint in "${endpoints[@]}"; do
  awk -v e="$endpoint" -v hz="$ticks_per_second" '
    function median(a, n,   x, y, t) {
      for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
      return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    $1 == e && $3 > 0 {
      n[$2] += $3; t[$2] += $4; w[$2] += $4 - $5
      if ($2 == "on") { i++; on[i] = ($4 - $5) / $3; p50on[i] = $6; p99on[i] = $7 }
      else { j++; off[j] = ($4 - $5) / $3; p50off[j] = $6; p99off[j] = $7 }
    }
    END {
      us_on = 1e6 * t["on"] / hz / n["on"]; us_off = 1e6 * t["off"] / hz / n["off"]
      wus_on = 1e6 * w["on"] / hz / n["on"]; wus_off = 1e6 * w["off"] / hz / n["off"]
      k = (j < i) ? j : i   # pairs whose two slices both completed requests
      for (x = 1; x <= k; x++) r[x] = off[x] / on[x]
      low = 1e9; high = 0; for (x = 1; x <= k; x++) { if (r[x] < low) low = r[x]; if (r[x] > high) high = r[x] }
      printf "%s | %.0f / %.0f (%.0f / %.0f) | %.1f %% | %.1f %% | %.1f %% (%.1f–%.1f %%, %d pairs) | %.2f / %.2f | %.2f / %.2f\n",
        e, us_on, us_off, wus_on, wus_off, 100 * us_off / us_on, 100 * wus_off / wus_on, 100 * median(r, k),
        100 * low, 100 * high, k, median(p50on, i), median(p50off, j), median(p99on, i), median(p99off, j)
    }' "$results"
done
[ -z "${AB_KEEP:-}" ] || cp "$results" "$AB_KEEP"   # AB_KEEP=file keeps the slices
