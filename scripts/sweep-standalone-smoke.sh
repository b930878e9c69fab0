#!/usr/bin/env bash
# Runs a sweep against a real standalone Spark cluster on this machine: a Master and a Worker started from
# the launcher's own jars (no Spark distribution), loopback only, both stopped by PID on exit.
#   scripts/sweep-standalone-smoke.sh [SWEEP.yaml] [OUT] [sweep options...]
#   (default: configs/sweeps/e2e-seeds.yaml, runs/sweep-standalone)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sweep="${1:-$home/configs/sweeps/e2e-seeds.yaml}"
out="${2:-$home/runs/sweep-standalone}"
limit_seconds=1800
"$home/spiking4j" plugins > /dev/null   # builds the snapshot (and its spark-home) if needed
snapshot="$(ls -1d "$home/cli/target/snapshots"/2* | tail -n 1)"
export SPARK_HOME="$snapshot/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
# As in the launcher: OpenCL drivers (PoCL) install signal handlers that crash a JVM without signal chaining,
# and the Worker passes its environment to the executors it starts.
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
if [ -f "$java_home/lib/libjsig.so" ]; then
  export LD_PRELOAD="$java_home/lib/libjsig.so${LD_PRELOAD:+:$LD_PRELOAD}"
fi
logs="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT
java -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port 0 > "$logs/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 1; done
java -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 2g \
  --webui-port 0 "spark://127.0.0.1:$port" > "$logs/worker.log" 2>&1 &
pids+=($!)
echo "master spark://127.0.0.1:$port (pid ${pids[0]}), worker pid ${pids[1]}, logs in $logs"
timeout "$limit_seconds" "$home/spiking4j" sweep "$sweep" --out "$out" --master "spark://127.0.0.1:$port" \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.executor.memory=900m "${@:3}"
