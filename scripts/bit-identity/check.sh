#!/usr/bin/env bash
# Bit-identity harness for engine speed work (issue 12): trains scripts/bit-identity/csdp-1000-200.yaml
# (784-1000-200, 1 000 MNIST images, 10 batches) with the CPU engine on 1 and 2 threads and with the
# event and the dense kernels, and prints one SHA-256 per run over every array (weights, Adam moments,
# thresholds, ...) of the trained model's weights.npz and state.npz, by array name and raw bytes.
# Usage: [RUNS='1:event 2:dense'] scripts/bit-identity/check.sh [SPIKING4J_ROOT] (default: this checkout). Every line must match
# the one recorded for the unchanged code (README, "Performance (CPU engine)").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${1:-$(cd "$here/../.." && pwd)}"
out="$root/runs/bit-identity"
mkdir -p "$out"
# RUNS lists threads:kernels pairs; the dense kernels are slow (the full test set is evaluated too).
for run in ${RUNS:-1:event 2:event 1:dense 2:dense}; do
  threads="${run%%:*}" kernels="${run##*:}"
  {
    model="$out/t$threads-$kernels"
    rm -rf "$model"
    "$root/spiking4j" train --config "$here/csdp-1000-200.yaml" --backend cpu --threads "$threads" \
        --kernels "$kernels" --out "$model" > "$model.log" 2>&1
    hash="$(/usr/bin/python3 - "$model" <<'PY'
import hashlib, sys, numpy as np, pathlib
digest = hashlib.sha256()
for name in ("weights.npz", "state.npz"):
    with np.load(pathlib.Path(sys.argv[1]) / name) as arrays:
        for key in sorted(arrays.files):
            value = np.ascontiguousarray(arrays[key])
            digest.update(f"{name}/{key}/{value.dtype}/{value.shape}".encode())
            digest.update(value.tobytes())
print(digest.hexdigest())
PY
)"
    echo "threads=$threads kernels=$kernels sha256=$hash"
  }
done
