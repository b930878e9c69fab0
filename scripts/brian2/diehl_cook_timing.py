#!/usr/bin/python3
"""Brian2's time for the Diehl & Cook circuit on real MNIST images: the peer figure that spiking4j's
STDP engine is compared with (issue: one pass over 60 000 images with 100 neurons).

    diehl_cook_timing.py [--samples 20] [--neurons 100] [--target numpy|cython] [--mnist DIR]

Poisson input with rate pixel/255 * intensity Hz (dt = 1 ms), 250 ms on and 150 ms rest per
sample, the constants of configs/stdp-diehl-cook-100.yaml's sources (stdp.md). Prints seconds per
sample and the extrapolation to 60 000 images; the compile time of the cython target is excluded
by timing only the simulation runs (stdp_circuit.py counts them).
"""
import argparse
import os
import time

import numpy as np

import stdp_circuit

INTENSITY_HZ = 128.0


def circuit(neurons, samples, on, rest):
    return {"dt": 1.0, "inputs": 784,
            "excitatory": {"size": neurons, "rest": -65, "reset": -60, "threshold": -52, "tauM": 100,
                           "refractory": 5, "thetaPlus": 0.05, "tauTheta": 1e7},
            "inhibitory": {"size": neurons, "rest": -60, "reset": -45, "threshold": -40, "tauM": 10,
                           "refractory": 2},
            "stdp": {"tauPre": 20, "tauPost": 20, "nuPre": 1e-4, "nuPost": 1e-2, "wMin": 0, "wMax": 1,
                     "traceMode": "set", "weightDependence": "none"},
            "excitatoryToInhibitory": 22.5, "inhibitoryToExcitatory": -120, "normalize": 78.4,
            "samples": samples, "on": on, "rest": rest, "between": "rest"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--neurons", type=int, default=100)
    parser.add_argument("--on", type=int, default=250)
    parser.add_argument("--rest", type=int, default=150)
    parser.add_argument("--target", default="numpy", choices=["numpy", "cython"])
    parser.add_argument("--mnist", default=os.path.expanduser("~/.cache/spiking4j/mnist"))
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()
    with open(os.path.join(args.mnist, "train-images-idx3-ubyte"), "rb") as handle:
        images = np.frombuffer(handle.read()[16:], np.uint8).reshape(-1, 784)[:args.samples] / 255.0
    rng = np.random.default_rng(args.seed)
    steps, units = [], []
    for sample, image in enumerate(images):
        fired = rng.random((args.on, 784)) < image * INTENSITY_HZ / 1000.0
        step, unit = np.nonzero(fired)
        steps.append(step + sample * (args.on + args.rest))
        units.append(unit)
    inputs = {"input_steps": np.concatenate(steps), "input_units": np.concatenate(units),
              "weights": rng.random((784, args.neurons)) * 0.3}
    began = time.perf_counter()
    result = stdp_circuit.build_and_run(circuit(args.neurons, args.samples, args.on, args.rest), inputs,
                                        args.target)
    wall = time.perf_counter() - began
    per_sample = float(result["seconds"]) / args.samples
    print(f"brian2 {args.target}: {args.samples} samples x {args.on + args.rest} steps, {args.neurons} neurons: "
          f"{per_sample:.3f} s per sample (simulation runs), {wall:.1f} s wall with set-up; "
          f"60 000 images would take {per_sample * 60000 / 3600:.1f} h; "
          f"{len(result['excitatory_steps'])} excitatory spikes")


if __name__ == "__main__":
    main()
