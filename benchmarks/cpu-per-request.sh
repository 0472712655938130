#!/usr/bin/env bash
# N1's cost per request on the demo, measured as CPU time and allocated bytes per request rather than as
# throughput: the demo JVM's process CPU time (/proc/<pid>/stat, every thread: request threads, GC, JIT) and its
# allocation (Micrometer's jvm.gc.memory.allocated, flushed by a GC before and after each run) divided by the
# requests wrk completed. These move far less with other load on the machine than requests/s under saturation.
# Per endpoint: a warm-up, then CPR_RUNS (default 3) runs: the lowest CPU per request is reported (the JIT may
# still be compiling, a neighbour may evict caches), allocation is averaged over all runs.
# N1 on vs. off (--n1.enabled), alternating rounds, each a fresh JVM warmed up per endpoint.
# Usage: benchmarks/cpu-per-request.sh [rounds] [seconds]   (builds the demo jar first if missing)
# CPR_ENDPOINTS="/customers /orders/fixed" limits the endpoints; CPR_ARGS="--n1.x=y" adds demo arguments to both
# modes; CPR_WARMUP=seconds of warm-up per endpoint (default 15, then 5 s more before its runs); CPR_RUNS=runs;
# CPR_JAR=path measures another build of the demo jar; CPR_RAW=file keeps the per-run figures; CPR_PORT=port;
# CPR_JFR=/tmp/prefix records a JFR profile (settings=profile) of each measured run with N1 on.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-2}"
seconds="${2:-10}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
jar="${CPR_JAR:-demo-app/target/demo-app-0.1.0-SNAPSHOT.jar}"
[ -f "$jar" ] || ./mvnw -q -B -o -pl demo-app -am -DskipTests package
port="${CPR_PORT:-18081}"
read -r -a endpoints <<< "${CPR_ENDPOINTS:-/customers/fixed /api/authors/fixed /orders/fixed /customers}"
read -r -a extra <<< "${CPR_ARGS:-}"
results=$(mktemp)
ticks=$(getconf CLK_TCK)

run_demo() {
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is in use (CPR_PORT=… picks another)" >&2; exit 1
  fi
  java -Xms512m -Xmx512m -jar "$jar" --server.port="$port" --n1.enabled="$1" --logging.level.root=warn \
    --management.endpoints.web.exposure.include=metrics "${extra[@]}" >/dev/null 2>&1 &
  demo=$!
  for _ in $(seq 1 480); do curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" && return 0; sleep 0.5; done
  echo "demo did not start" >&2; exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$demo/stat"; }

allocated() {
  jcmd "$demo" GC.run >/dev/null
  # One meter, so that reading it allocates little next to what is measured.
  curl -sf "http://127.0.0.1:$port/actuator/metrics/jvm.gc.memory.allocated" \
    | grep -o '"value":[0-9.eE+-]*' | head -1 | awk -F: '{printf "%.0f", $2}'
}

for round in $(seq 1 "$rounds"); do
  for mode in true false; do
    run_demo "$mode"
    for endpoint in "${endpoints[@]}"; do   # warm-up: the JIT compiles the code the pages share
      wrk -t1 -c4 -d"${CPR_WARMUP:-15}s" "http://127.0.0.1:$port$endpoint" >/dev/null
    done
    for endpoint in "${endpoints[@]}"; do
      wrk -t1 -c4 -d5s "http://127.0.0.1:$port$endpoint" >/dev/null   # and what this page needs
      # Consecutive runs: the cheapest one per request counts (the JIT may still be finishing, a neighbour may
      # steal cache), their allocation is averaged.
      for run in $(seq 1 "${CPR_RUNS:-3}"); do
        bytes_before=$(allocated)
        cpu_before=$(cpu_ticks)
        if [ -n "${CPR_JFR:-}" ] && [ "$mode" = true ]; then
          jcmd "$demo" JFR.start name=cpr settings=profile \
            filename="${CPR_JFR}-$(echo "$endpoint" | tr '/' '_')-$round-$run.jfr" >/dev/null
        fi
        out=$(wrk -t1 -c4 -d"${seconds}s" "http://127.0.0.1:$port$endpoint")
        cpu_after=$(cpu_ticks)
        if [ -n "${CPR_JFR:-}" ] && [ "$mode" = true ]; then jcmd "$demo" JFR.stop name=cpr >/dev/null; fi
        bytes_after=$(allocated)
        requests=$(echo "$out" | awk '/requests in/ {print $1}')
        echo "$round $mode $endpoint $requests $((cpu_after - cpu_before)) $((bytes_after - bytes_before))" >> "$results"
      done
    done
    kill "$demo"; wait "$demo" 2>/dev/null || true
  done
done

echo "endpoint | CPU µs/req on | CPU µs/req off | on - off | KB/req on | KB/req off | on - off | requests on/off"
for endpoint in "${endpoints[@]}"; do
  awk -v e="$endpoint" -v hz="$ticks" '
    function min(a, b) { return (a == "" || b < a) ? b : a }
    $3 == e && $2 == "true"  { r_on += $4; b_on += $6; c_on = min(c_on, 1e6 * $5 / hz / $4) }
    $3 == e && $2 == "false" { r_off += $4; b_off += $6; c_off = min(c_off, 1e6 * $5 / hz / $4) }
    END {
      kon = b_on / 1024 / r_on; koff = b_off / 1024 / r_off
      printf "%s | %.0f | %.0f | %+.0f (%+.1f%%) | %.0f | %.0f | %+.0f | %d/%d\n", e, c_on, c_off, c_on - c_off,
        100 * (c_on - c_off) / c_off, kon, koff, kon - koff, r_on, r_off }' "$results"
done
[ -z "${CPR_RAW:-}" ] || cp "$results" "$CPR_RAW"
rm -f "$results"
