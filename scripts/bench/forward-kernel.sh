#!/bin/bash
# Microbenchmark of the input layer's forward sums (issue 12): row by row, the same sums with a smaller
# weight working set (L1/L2), and twin pairs. Compiles scripts/bench/ForwardKernelBench.java against the
# engine's classes (built by Maven if missing) and runs it on one thread.
#   scripts/bench/forward-kernel.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
classes="engine-cpu/target/classes:api/target/classes"
[ -d engine-cpu/target/classes ] || mvn -B -q -pl engine-cpu -am package -DskipTests
out=runs/forward-kernel; mkdir -p "$out"
javac -nowarn --add-modules jdk.incubator.vector -cp "$classes" -d "$out" scripts/bench/ForwardKernelBench.java 2>&1 \
  | grep -v "incubator\|^1 warning" || true
java --add-modules jdk.incubator.vector -cp "$out:$classes" org.spiking4j.engine.cpu.simulation.ForwardKernelBench 2>&1 \
  | grep -v "incubator modules"
