#!/usr/bin/python3
"""Writes MNIST's training set as a validation split in IDX form, so that settings are chosen on
training images only: the first N training images become the split's training set, the rest its
test set. Read it with `./spiking4j train --dataset idx --data OUT`.

    /usr/bin/python3 scripts/validation-split/split.py [--mnist ~/.cache/spiking4j/mnist] [--train 50000] --out runs/val
"""
import argparse
import os

import numpy as np

IMAGES = "train-images-idx3-ubyte"
LABELS = "train-labels-idx1-ubyte"
IMAGE_HEADER = 16
LABEL_HEADER = 8


def write_idx(path, header, payload):
    with open(path, "wb") as out:
        out.write(header)
        out.write(payload.tobytes())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mnist", default=os.path.expanduser("~/.cache/spiking4j/mnist"))
    parser.add_argument("--train", type=int, default=50000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    images = np.fromfile(os.path.join(args.mnist, IMAGES), dtype=np.uint8)[IMAGE_HEADER:].reshape(-1, 28, 28)
    labels = np.fromfile(os.path.join(args.mnist, LABELS), dtype=np.uint8)[LABEL_HEADER:]
    if not 0 < args.train < len(labels):
        parser.error(f"--train must be between 1 and {len(labels) - 1}")
    os.makedirs(args.out, exist_ok=True)
    for prefix, rows in (("train", slice(0, args.train)), ("t10k", slice(args.train, len(labels)))):
        count = len(labels[rows])
        write_idx(os.path.join(args.out, f"{prefix}-images-idx3-ubyte"),
                  np.array([0x803, count, 28, 28], dtype=">u4").tobytes(), images[rows])
        write_idx(os.path.join(args.out, f"{prefix}-labels-idx1-ubyte"),
                  np.array([0x801, count], dtype=">u4").tobytes(), labels[rows])
        print(f"{prefix}: {count} images")


if __name__ == "__main__":
    main()
