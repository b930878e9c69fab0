#!/bin/bash
# Paper-scale bench of two checkouts back to back, ROUNDS times (old, new, old, new, ...), then the new
# one on JDK 25 when it is installed. Each checkout builds itself through its launcher first.
#   scripts/bench/back-to-back.sh OLD_ROOT NEW_ROOT [OUT_DIR]     (ROUNDS=2, CONFIG=configs/csdp-paper.yaml,
#   BENCH_ARGS='--dataset mnist' to time on MNIST's images, JDK25=0 to skip the JDK 25 run)
set -euo pipefail
old=$(cd "$1" && pwd); new=$(cd "$2" && pwd); out=${3:-runs/bench}
rounds=${ROUNDS:-2}; config=${CONFIG:-configs/csdp-paper.yaml}; jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
read -r -a extra <<< "${BENCH_ARGS:-}"
mkdir -p "$out"; out=$(cd "$out" && pwd)
for round in $(seq 1 "$rounds"); do
  for side in old new; do
    root=$old; [ "$side" = new ] && root=$new
    (cd "$root" && ./spiking4j bench --config "$config" --strategies event "${extra[@]}" --json "$out/$side-$round.json" \
      > "$out/$side-$round.log" 2>&1)
    grep -h "train .* per positive sample" "$out/$side-$round.log" | sed "s/^/$side $round: /"
  done
done
if [ "${JDK25:-1}" = 1 ] && [ -x "$jdk25/bin/java" ]; then
  (cd "$new" && PATH="$jdk25/bin:$PATH" ./spiking4j bench --config "$config" --strategies event "${extra[@]}" \
    --json "$out/new-jdk25.json" > "$out/new-jdk25.log" 2>&1)
  grep -h "train .* per positive sample" "$out/new-jdk25.log" | sed "s/^/new on JDK 25: /"
fi
