#!/usr/bin/env bash
# End-to-end overhead: the demo's endpoints under wrk (Debian package) on loopback, N1 on vs. off,
# alternating rounds in one run. Prints requests/s, p50 and p99 per endpoint and the on/off throughput ratio.
# N1 runs at its default settings, its log included (findings are logged once, then summarised per
# n1.log.repeat-interval); the demo's output goes to /dev/null.
# Usage: benchmarks/e2e.sh [rounds] [seconds]   (builds the demo jar first if missing)
# E2E_SWITCH=n1.detection.unused-eager-loading benchmarks/e2e.sh … compares that switch instead of n1.enabled.
# E2E_SWITCH=aa.check (a property nothing reads: both sides are the same build with the same settings) is an A/A run,
# which measures the method's own noise on the machine; read the on/off ratios against it.
# E2E_ENDPOINTS="/customers /orders/fixed" limits the endpoints; E2E_ARGS="--n1.x=y" adds demo arguments to both
# modes (E2E_ARGS=--n1.detection.sample-rate=1, say).
# Each JVM first warms every endpoint up for E2E_WARMUP seconds (default 20), then each endpoint 5 s more right before
# it is measured, so the JIT has compiled what the pages run, as in a server that has been up for a while.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-2}"
seconds="${2:-15}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
jar=demo-app/target/demo-app-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -q -B -pl demo-app -am -DskipTests package
port=18080
switch="${E2E_SWITCH:-n1.enabled}"
read -r -a endpoints <<< "${E2E_ENDPOINTS:-/customers/fixed /api/authors/fixed /orders/fixed /customers}"
read -r -a extra <<< "${E2E_ARGS:-}"
results=$(mktemp)

run_demo() {
  java -Xms512m -Xmx512m -jar "$jar" --server.port=$port --"$switch"="$1" --logging.level.root=warn \
    "${extra[@]}" >/dev/null 2>&1 &
  demo=$!
  for _ in $(seq 1 480); do curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" && return 0; sleep 0.5; done
  echo "demo did not start" >&2; exit 1
}

for round in $(seq 1 "$rounds"); do
  # Odd rounds start with N1 on, even rounds with N1 off: an A/A run showed the JVM started first in a round running
  # 10-30 % slower, whatever it ran; use an even number of rounds.
  order="true false"; [ $((round % 2)) -eq 0 ] && order="false true"
  for mode in $order; do
    run_demo "$mode"
    if [ "${E2E_WARMUP:-20}" -gt 0 ]; then
      for endpoint in "${endpoints[@]}"; do
        wrk -t1 -c8 -d"${E2E_WARMUP:-20}s" "http://127.0.0.1:$port$endpoint" >/dev/null
      done
    fi
    for endpoint in "${endpoints[@]}"; do
      wrk -t1 -c8 -d5s "http://127.0.0.1:$port$endpoint" >/dev/null   # warm-up
      out=$(wrk -t1 -c8 -d"${seconds}s" --latency "http://127.0.0.1:$port$endpoint")
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
      p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
      p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
      echo "$round $mode $endpoint $rps $p99 $p50" >> "$results"
    done
    kill "$demo"; wait "$demo" 2>/dev/null || true
  done
done

echo "$switch: endpoint | on req/s | off req/s | on/off | p50 on | p50 off | p99 on | p99 off"
for endpoint in "${endpoints[@]}"; do
  awk -v e="$endpoint" '
    $3 == e && $2 == "true"  { on += $4; n_on++; p_on = p_on " " $5; m_on = m_on " " $6 }
    $3 == e && $2 == "false" { off += $4; n_off++; p_off = p_off " " $5; m_off = m_off " " $6 }
    END { printf "%s | %.0f | %.0f | %.1f%% |%s |%s |%s |%s\n", e, on/n_on, off/n_off, 100*on/off, m_on, m_off, p_on, p_off }' "$results"
done
rm -f "$results"
