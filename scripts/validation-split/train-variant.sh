#!/bin/bash
# Trains one circuit on the validation split written by split.py (first 50 000 training images; scored on
# the last 10 000) and keeps the log beside the model:  scripts/validation-split/train-variant.sh CONFIG [SPLIT] [OUT]
set -euo pipefail
config=$1; split=${2:-runs/val}; out=${3:-runs/variants}
name=$(basename "$config" .yaml)
mkdir -p "$out"
/usr/bin/time -v ./spiking4j train --config "$config" --dataset idx --data "$split" --out "$out/$name" \
  > "$out/$name.log" 2>&1
grep "^Pass" "$out/$name.log"
