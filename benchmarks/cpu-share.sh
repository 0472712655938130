#!/usr/bin/env bash
# N1's share of the demo's CPU, page by page, from JFR execution samples taken inside one run: what a CPU-bound
# server would lose in throughput to N1's own code (dev.n1query.benchmarks.N1CpuShare says how samples are
# attributed). Unlike requests/s against a second JVM, it needs no comparison between runs, so a machine whose speed
# drifts moves it little. It leaves out the collector's work for N1's allocation (benchmarks/cpu-per-request.sh
# measures bytes per request).
# A warm-up of every endpoint, then per endpoint 5 s more and a JFR recording (settings=profile) of one wrk run (-t1 -c4).
# Usage: benchmarks/cpu-share.sh [seconds]   (builds the demo and benchmarks jars first if missing)
# CS_ENDPOINTS="/customers /orders/fixed" limits the endpoints; CS_ARGS="--n1.x=y" adds demo arguments
# (CS_ARGS=--n1.enabled=false is the check: a share of 0); CS_WARMUP=seconds of warm-up per endpoint (default 20);
# CS_KEEP=folder keeps the recordings; CS_PORT=port; CS_JAR=path measures another build of the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
jar="${CS_JAR:-demo-app/target/demo-app-0.1.0-SNAPSHOT.jar}"
if [ -n "${CS_JAR:-}" ]; then
  [ -f "$jar" ] || { echo "CS_JAR=$jar: no such file" >&2; exit 1; }
else
  [ -f "$jar" ] || ./mvnw -q -B -pl demo-app -am -DskipTests package
fi
benchmarks=benchmarks/target/benchmarks.jar
[ -f "$benchmarks" ] || ./mvnw -q -B -P benchmarks -pl benchmarks -am -DskipTests package
port="${CS_PORT:-18083}"
read -r -a endpoints <<< "${CS_ENDPOINTS:-/customers/fixed /api/authors/fixed /orders/fixed /customers}"
read -r -a extra <<< "${CS_ARGS:-}"
recordings="${CS_KEEP:-$(mktemp -d)}"
mkdir -p "$recordings"

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use (CS_PORT=… picks another)" >&2; exit 1
fi
java -Xms512m -Xmx512m -jar "$jar" --server.port="$port" --logging.level.root=warn "${extra[@]}" >/dev/null 2>&1 &
demo=$!
trap 'kill "$demo" 2>/dev/null || true; wait "$demo" 2>/dev/null || true; [ -n "${CS_KEEP:-}" ] || rm -rf "$recordings"' EXIT
for _ in $(seq 1 480); do curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" && break; sleep 0.5; done
curl -sf -o /dev/null "http://127.0.0.1:$port/scenarios" || { echo "demo did not start" >&2; exit 1; }

for endpoint in "${endpoints[@]}"; do   # warm-up: the JIT compiles the code the pages share
  wrk -t1 -c4 -d"${CS_WARMUP:-20}s" "http://127.0.0.1:$port$endpoint" >/dev/null
done
files=()
for endpoint in "${endpoints[@]}"; do
  wrk -t1 -c4 -d5s "http://127.0.0.1:$port$endpoint" >/dev/null   # and what this page needs
  file="$recordings/$(echo "$endpoint" | tr -c 'A-Za-z0-9\n' '_').jfr"
  jcmd "$demo" JFR.start name=share settings=profile filename="$file" >/dev/null
  rps=$(wrk -t1 -c4 -d"${seconds}s" "http://127.0.0.1:$port$endpoint" | awk '/Requests\/sec/ {print $2}')
  jcmd "$demo" JFR.stop name=share >/dev/null
  echo "$endpoint: $rps req/s while recorded"
  files+=("$file")
done
java -cp "$benchmarks" dev.n1query.benchmarks.N1CpuShare "${files[@]}"
