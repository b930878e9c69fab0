#!/usr/bin/env bash
# Sampling profile of a bench run (issue 12): fetches async-profiler through Maven (by coordinates), runs
# `spiking4j bench` with it as a JVM agent (itimer events, which work on virtual machines without perf
# counters) and prints the share of samples per innermost spiking4j method.
#   scripts/profile/sample.sh [bench options...]   (default: --config configs/csdp-paper.yaml --strategies event --skip-bandwidth)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version=4.0
jar="$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar"
[ -f "$jar" ] || mvn -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$version"
work="$root/runs/profile"; mkdir -p "$work"
unzip -o -q "$jar" 'linux-x64/libasyncProfiler.so' -d "$work"
[ "$#" -gt 0 ] || set -- --config configs/csdp-paper.yaml --strategies event --skip-bandwidth
cd "$root"
JAVA_OPTS="-Xmx3g -XX:+UseParallelGC -agentpath:$work/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,file=$work/samples.collapsed,collapsed" \
  ./spiking4j bench "$@" | grep -E "train .* per positive|^bench"
/usr/bin/python3 - "$work/samples.collapsed" <<'PY'
import collections, sys
shares, total = collections.Counter(), 0
for line in open(sys.argv[1]):
    stack, count = line.rsplit(' ', 1)
    count = int(count); total += count
    frames = stack.split(';')
    own = [frame for frame in frames if 'spiking4j' in frame]
    shares[(own[-1] if own else frames[-1]).split('/')[-1]] += count
for method, count in shares.most_common(20):
    print(f"{100 * count / total:5.1f}%  {method}")
PY
