#!/usr/bin/env bash
# The paper-scale bench on a lent GPU machine, in one call: no JVM and no network needed there, only
# .gpu-bundle/ (made here by scripts/gpu-bench/bundle.sh, carried) and the tracked tree. Run from the
# repository root:  scripts/gpu-bench/run.sh [--quick]
#
# Steps, each under a timeout and all under one budget (BENCH_BUDGET_S, default 480 s):
#   0. an NVIDIA OpenCL platform must be present (clinfo -l); otherwise it says so and stops (exit 3),
#      unless --quick or ALLOW_NON_NVIDIA=1 (then it runs on whatever platform is there, e.g. PoCL)
#   1. oracle check of testkit/.../golden/csdp-small.npz on the opencl backend (the golden vectors)
#   2. bench, opencl backend, event and dense kernels, --profile      -> $OUT/bench-opencl.{log,json}
#   3. bench, cpu backend, event kernels (that machine's cores), --profile -> $OUT/bench-cpu.{log,json}
# Logs go to $OUT (default ./gpu-bench-out): run.log (everything), oracle.log, bench-opencl.log,
# bench-cpu.log, the two JSON files, summary.txt, and hs_err.log if a JVM crashes (8 files at most).
#
# --quick: a reduced run to test the script itself (any OpenCL platform; csdp-quick.yaml, batch 20,
# one timed training batch, event kernels only); the variables below still override it.
#
# Without .gpu-bundle/ it builds instead, if it can: a JDK 17+ and Maven on the PATH and a local
# Maven repository carried with the tree (M2_REPO, default ./.m2-repo), `mvn -o -pl cli -am package`; otherwise it
# says what it needs and stops (exit 2).
#
# Overrides (the defaults are the paper-scale run):
#   BENCH_CONFIG (configs/csdp-paper.yaml), BENCH_TRAIN_BATCHES (2), BENCH_TEST_BATCHES (1),
#   BENCH_ARGS (extra bench options for both benches, e.g. "--batch-size 50"), SKIP_CPU=1,
#   GPU_STRATEGIES (event,dense), ALLOW_NON_NVIDIA=1,
#   ORACLE_TIMEOUT_S (90), GPU_TIMEOUT_S (240), CPU_TIMEOUT_S (180), BENCH_BUDGET_S (480),
#   JAVA_OPTS (-Xmx8g -XX:+UseParallelGC), BUNDLE (.gpu-bundle), M2_REPO (.m2-repo),
#   SPIKING4J_OPENCL_DEVICE (device name part).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
quick=no
for arg in "$@"; do
  case "$arg" in
    --quick) quick=yes ;;
    *) echo "usage: scripts/gpu-bench/run.sh [--quick]" >&2; exit 2 ;;
  esac
done
if [ "$quick" = yes ]; then
  : "${BENCH_CONFIG:=configs/csdp-quick.yaml}" "${BENCH_TRAIN_BATCHES:=1}" "${BENCH_ARGS:=--batch-size 20}"
  : "${GPU_STRATEGIES:=event}" "${ALLOW_NON_NVIDIA:=1}"
fi
out="${OUT:-$root/gpu-bench-out}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
started=$(date +%s)
budget="${BENCH_BUDGET_S:-480}"
config="${BENCH_CONFIG:-configs/csdp-paper.yaml}"
train_batches="${BENCH_TRAIN_BATCHES:-2}"
test_batches="${BENCH_TEST_BATCHES:-1}"
golden="testkit/src/main/resources/golden/csdp-small.npz"

# What runs the CLI: the bundle (no JVM needed here), else a build with a carried local repository.
bundle="$(cd "${BUNDLE:-$root/.gpu-bundle}" 2>/dev/null && pwd)" || bundle=""
if [ -n "$bundle" ]; then
  java="$bundle/jre/bin/java"   # never the system java: the GPU machine has none
  # In case the copy lost the executable bits.
  [ -x "$java" ] || chmod +x "$bundle"/jre/bin/* "$bundle"/jre/lib/jspawnhelper "$bundle"/opencl/clinfo 2>/dev/null
  app="$bundle/app"
  jsig="$bundle/jre/lib/libjsig.so"
  clinfo="$bundle/opencl/clinfo"
  manifest="$bundle/MANIFEST.txt"
else
  repo="${M2_REPO:-$root/.m2-repo}"
  java="$(command -v java || true)"
  if [ -z "$java" ] || ! command -v mvn >/dev/null || [ ! -d "$repo" ]; then
    echo "run.sh: nothing to run the CLI with. It needs either" >&2
    echo "  - the bundle: run scripts/gpu-bench/bundle.sh on the build machine and carry .gpu-bundle (BUNDLE=...), or" >&2
    echo "  - a JDK 17+ and Maven on the PATH and a local Maven repository carried with the tree" >&2
    echo "    (M2_REPO=..., default ./.m2-repo; found: java ${java:-none}, mvn $(command -v mvn || echo none), repository $([ -d "$repo" ] && echo "$repo" || echo "none at $repo"))." >&2
    exit 2
  fi
  echo "run.sh: no bundle; building offline with $repo" | tee "$out/build.log"
  if ! (mvn -B -q -o -Dmaven.repo.local="$repo" -pl cli -am -DskipTests package >> "$out/build.log" 2>&1); then
    echo "run.sh: the offline build failed (see $out/build.log); the carried repository may lack a dependency" >&2
    tail -n 20 "$out/build.log" >&2
    exit 2
  fi
  app="$root/cli/target"
  jsig="$(dirname "$(dirname "$(readlink -f "$java")")")/lib/libjsig.so"
  [ -f "$jsig" ] || jsig=""
  clinfo="$(command -v clinfo || true)"
  manifest=""
fi
classpath="$app/spiking4j-cli.jar:$app/lib/*"
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx8g -XX:+UseParallelGC}"
read -r -a bench_args <<< "${BENCH_ARGS:-}"
summary="$out/summary.txt"
: > "$summary"

section() { printf '\n=== %s (t+%ss) ===\n' "$1" "$(( $(date +%s) - started ))"; }

# The OpenCL ICD loader from the bundle, and the NVIDIA driver registered with it.
setup_opencl() {
  [ -z "$bundle" ] || export LD_LIBRARY_PATH="$bundle/opencl${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  local nv entry dir
  nv="$(ldconfig -p 2>/dev/null | awk '$1 == "libnvidia-opencl.so.1" && /x86-64/ {print $NF; exit}')"
  entry="libnvidia-opencl.so.1"
  if [ -z "$nv" ]; then
    for dir in /usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib \
        /usr/local/cuda/compat /usr/local/cuda/lib64; do
      if [ -e "$dir/libnvidia-opencl.so.1" ]; then nv="$dir/libnvidia-opencl.so.1"; break; fi
    done
    [ -n "$nv" ] || nv="$(timeout 20 find /usr /opt -xdev -name 'libnvidia-opencl.so.1' 2>/dev/null | head -n 1)"
    if [ -n "$nv" ]; then
      # Not in the linker cache: name it by path, and let it find libcuda.so.1 beside it.
      entry="$nv"
      export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$(dirname "$nv")"
    fi
  fi
  if [ -z "$nv" ]; then
    echo "libnvidia-opencl.so.1: not found (no NVIDIA OpenCL driver here); using whatever ICDs are registered"
  elif grep -qs 'libnvidia-opencl' /etc/OpenCL/vendors/*.icd; then
    echo "libnvidia-opencl.so.1: $nv, already registered in /etc/OpenCL/vendors"
  elif { mkdir -p /etc/OpenCL/vendors && echo "$entry" > /etc/OpenCL/vendors/nvidia.icd; } 2>/dev/null; then
    echo "libnvidia-opencl.so.1: $nv, registered: /etc/OpenCL/vendors/nvidia.icd -> $entry"
  else
    local vendors="${TMPDIR:-/tmp}/spiking4j-icd"
    mkdir -p "$vendors"
    cp /etc/OpenCL/vendors/*.icd "$vendors/" 2>/dev/null
    echo "$entry" > "$vendors/nvidia.icd"
    export OCL_ICD_VENDORS="$vendors"
    echo "libnvidia-opencl.so.1: $nv, /etc not writable: OCL_ICD_VENDORS=$vendors"
  fi
  # The JVM's own needs beyond glibc (libz): the bundle's copy only where the system has none.
  if [ -n "$bundle" ] && command -v ldd >/dev/null && ldd "$bundle/jre/lib/libzip.so" "$bundle/jre/lib/server/libjvm.so" 2>/dev/null | grep -q 'not found'; then
    export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$bundle/syslib"
    echo "some of the JVM's libraries are missing here; adding $bundle/syslib"
  fi
  echo "LD_LIBRARY_PATH=${LD_LIBRARY_PATH:-}"
}

# cli NAME LIMIT ARGS...: the CLI as the launcher runs it (libjsig preloaded, since OpenCL drivers
# install signal handlers), under a timeout capped by what is left of the budget, logged to $out/NAME.log.
cli() {
  local name="$1" limit="$2" left rc t0
  shift 2
  left=$(( budget - ($(date +%s) - started) - 5 ))
  [ "$limit" -le "$left" ] || limit="$left"
  if [ "$limit" -lt 15 ]; then
    echo "$name: skipped, the budget of ${budget}s is spent"
    echo "$name rc=skipped seconds=0" >> "$summary"
    return 0
  fi
  t0=$(date +%s)
  echo "\$ java ${java_opts[*]} ... Main $* (timeout ${limit}s)"
  timeout -k 10 "$limit" env LD_PRELOAD="$jsig${LD_PRELOAD:+:$LD_PRELOAD}" \
    "$java" "${java_opts[@]}" -XX:ErrorFile="$out/hs_err.log" --add-modules jdk.incubator.vector \
    -cp "$classpath" org.spiking4j.cli.Main "$@" 2>&1 | tee "$out/$name.log"
  rc=${PIPESTATUS[0]}
  [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ] || echo "$name: TIMED OUT after ${limit}s"
  echo "$name rc=$rc seconds=$(( $(date +%s) - t0 ))" >> "$summary"
  return 0
}

main() {
  section "machine"
  date -u +%Y-%m-%dT%H:%M:%SZ
  uname -srm
  echo "cores: $(nproc), memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
  if command -v nvidia-smi >/dev/null; then
    nvidia-smi -L
    nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader
  else
    echo "nvidia-smi: not here"
  fi
  command -v java >/dev/null && echo "(a system java exists at $(command -v java); not used)"
  [ -z "$manifest" ] || sed 's/^/bundle /' "$manifest"

  section "opencl"
  setup_opencl
  echo "clinfo -l ($([ -n "$bundle" ] && echo "the bundle's, through its ICD loader" || echo "the system's")):"
  if [ -n "$clinfo" ]; then timeout 30 "$clinfo" -l | tee "$out/.platforms"; else echo "no clinfo" | tee "$out/.platforms"; fi
  echo "backends as the CLI sees them:"
  timeout 60 env LD_PRELOAD="$jsig" "$java" "${java_opts[@]}" --add-modules jdk.incubator.vector \
    -cp "$classpath" org.spiking4j.cli.Main plugins 2>&1 | grep -v '^WARNING: Using incubator' \
    | awk '/^ *(cpu|opencl)    / {show = 2} show > 0 {print; show--}' | tee "$out/.backends"
  if ! grep -A1 '^ *opencl ' "$out/.backends" | grep -q '^ *available: '; then
    echo "opencl is not available: diagnostics"
    ls -la /etc/OpenCL/vendors 2>&1; cat /etc/OpenCL/vendors/*.icd 2>&1
    ldconfig -p 2>/dev/null | grep -E 'libnvidia|libcuda' | head -n 20
    ls /usr/local/nvidia/lib64 2>&1 | head -n 40
    [ -z "$clinfo" ] || OCL_ICD_DEBUG=7 timeout 30 "$clinfo" -l 2>&1 | head -n 40
  fi
  # clinfo's platform list, else (no clinfo) the device the CLI reports.
  if grep -qi '^Platform #[0-9]*: .*NVIDIA' "$out/.platforms" || grep -qi 'nvidia' "$out/.backends"; then
    echo "NVIDIA OpenCL platform: present ($(grep -ih 'nvidia' "$out/.platforms" "$out/.backends" | head -n 1 | sed 's/^ *//'))"
    echo "nvidia-platform=yes" >> "$summary"
  elif [ "${ALLOW_NON_NVIDIA:-0}" = 1 ]; then
    echo "NO NVIDIA OpenCL PLATFORM HERE; running on what there is, as asked (--quick or ALLOW_NON_NVIDIA=1):"
    grep '^Platform' "$out/.platforms"
    echo "nvidia-platform=no (allowed)" >> "$summary"
  else
    echo "NO NVIDIA OpenCL PLATFORM HERE: clinfo lists no NVIDIA platform (above), so the GPU bench cannot run."
    echo "Needed: the NVIDIA driver's OpenCL library, libnvidia-opencl.so.1 (see the lines above on where it was"
    echo "looked for), registered in /etc/OpenCL/vendors. Stopping without running the benches"
    echo "(ALLOW_NON_NVIDIA=1 runs them on whatever platform is here)."
    echo "nvidia-platform=no rc=3" >> "$summary"
    rm -f "$out/.platforms" "$out/.backends"
    return 3
  fi
  rm -f "$out/.platforms" "$out/.backends"

  section "1. oracle check (opencl)"
  cli oracle "${ORACLE_TIMEOUT_S:-90}" oracle check "$golden" --backend opencl

  section "2. bench, opencl, event and dense"
  cli bench-opencl "${GPU_TIMEOUT_S:-240}" bench --config "$config" --backend opencl --strategies "${GPU_STRATEGIES:-event,dense}" \
    --train-batches "$train_batches" --test-batches "$test_batches" --json "$out/bench-opencl.json" --profile "${bench_args[@]}"

  if [ "${SKIP_CPU:-0}" != 1 ]; then
    section "3. bench, cpu, event"
    cli bench-cpu "${CPU_TIMEOUT_S:-180}" bench --config "$config" --backend cpu --strategies event \
      --train-batches "$train_batches" --test-batches "$test_batches" --json "$out/bench-cpu.json" --profile "${bench_args[@]}"
  fi

  section "summary"
  # "  event  train 0.01234 s per positive sample, test 0.00567 s per sample"
  for name in bench-opencl bench-cpu; do
    [ -f "$out/$name.log" ] && awk -v n="$name" '$2 == "train" && $5 == "per" {print n, $1, "train", $3, "s/positive, test", $9, "s/sample"}' "$out/$name.log" >> "$summary"
  done
  awk '$1 == "bench-opencl" && $2 == "event" {g = $4; gt = $7} $1 == "bench-cpu" && $2 == "event" {c = $4; ct = $7}
       END {if (g > 0 && c > 0) printf "opencl speed-up over cpu, event kernels (cpu seconds / opencl seconds): training %.1fx, test %.1fx\n", c / g, ct / gt}' "$summary" >> "$summary"
  echo "total seconds=$(( $(date +%s) - started ))" >> "$summary"
  cat "$summary"
  ls -la "$out"
}

main 2>&1 | tee "$out/run.log"
grep -q '^nvidia-platform=no rc=3' "$summary" && exit 3
# A script error before the steps leaves no step in the summary: that is a failure too.
grep -q '^oracle rc=' "$summary" || { echo "run.sh: stopped before the steps ran (see $out/run.log)" >&2; exit 1; }
# Exit 0 only if every step that ran passed.
! grep -Eq 'rc=([1-9]|skipped)' "$summary"
