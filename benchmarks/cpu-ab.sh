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
# AB_WARMUP=seconds of warm-up per endpoint and mode (default 15); AB_PORT=port; AB_JAR=path measures another build.
# AB_ARGS=--n1.enabled=false is the check: both modes are then the same (no N1 at all), so their ratio is the
# method's own noise.
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
read -r -a endpoints <<< "${AB_ENDPOINTS:-/customers/fixed /api/authors/fixed /orders/fixed /customers}"
read -r -a extra <<< "${AB_ARGS:-}"
ticks_per_second=$(getconf CLK_TCK)
results=$(mktemp)
trap 'rm -f "$results"' EXIT

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use (AB_PORT=… picks another)" >&2; exit 1
fi
java -Xms512m -Xmx512m -jar "$jar" --server.port="$port" --logging.level.root=warn --demo.benchmark.n1-switch=true \
  "${extra[@]}" >/dev/null 2>&1 &
demo=$!
trap 'kill "$demo" 2>/dev/null || true; wait "$demo" 2>/dev/null || true; rm -f "$results"' EXIT
for _ in $(seq 1 480); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" && break
  kill -0 "$demo" 2>/dev/null || { echo "the demo exited (port $port taken? AB_ARGS=${AB_ARGS:-})" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" || { echo "demo did not start" >&2; exit 1; }

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

cpu_ticks() { awk '{print $14 + $15}' "/proc/$demo/stat"; }

# load endpoint mode seconds: wrk's output
load() {
  local header=()
  [ "$2" = off ] && header=(-H "X-Bench-N1: off")
  wrk -t1 -c4 -d"$3s" "${header[@]}" "http://127.0.0.1:$port$1"
}

# slice endpoint mode seconds: appends "endpoint mode requests ticks" to the results
slice() {
  local before after out
  before=$(cpu_ticks)
  out=$(load "$1" "$2" "$3")
  after=$(cpu_ticks)
  echo "$1 $2 $(echo "$out" | awk '/requests in/ {print $1}') $((after - before))" >> "$results"
}

for endpoint in "${endpoints[@]}"; do   # warm-up: both paths of every page compiled before anything is measured
  for mode in on off; do load "$endpoint" "$mode" "${AB_WARMUP:-15}" >/dev/null; done
done
for endpoint in "${endpoints[@]}"; do
  for pair in $(seq 1 "$pairs"); do
    if [ $((pair % 2)) -eq 1 ]; then order="on off"; else order="off on"; fi
    for mode in $order; do slice "$endpoint" "$mode" "$seconds"; done
  done
done

echo "endpoint | on µs/req | off µs/req | N1's CPU per request | throughput kept (off/on) | pairs: kept, median (range)"
for endpoint in "${endpoints[@]}"; do
  awk -v e="$endpoint" -v hz="$ticks_per_second" '
    $1 == e && $3 > 0 { n[$2] += $3; t[$2] += $4; if ($2 == "on") { on[++i] = $4 / $3 } else { off[++j] = $4 / $3 } }
    END {
      us_on = 1e6 * t["on"] / hz / n["on"]; us_off = 1e6 * t["off"] / hz / n["off"];
      if (j < i) i = j;   # pairs whose two slices both completed requests
      for (k = 1; k <= i; k++) r[k] = off[k] / on[k];
      for (a = 1; a <= i; a++) for (b = a + 1; b <= i; b++) if (r[b] < r[a]) { x = r[a]; r[a] = r[b]; r[b] = x }
      median = (i % 2) ? r[(i + 1) / 2] : (r[i / 2] + r[i / 2 + 1]) / 2;
      printf "%s | %.0f | %.0f | %+.1f %% | %.1f %% | %.1f %% (%.1f–%.1f %%, %d pairs)\n", e, us_on, us_off,
        100 * (us_on / us_off - 1), 100 * us_off / us_on, 100 * median, 100 * r[1], 100 * r[i], i
    }' "$results"
done
