#!/usr/bin/python3
"""Writes a circuit golden file (spiking4j-golden, version 1; see the project README, "Golden vectors
for any circuit") whose expected spikes, weights and theta come from Brian2 (stdp_circuit.py).

    golden_file.py SPEC.json CIRCUIT.yaml OUTPUT.npz [--seed N] [--rate-scale R]

SPEC.json is stdp_circuit.py's spec; CIRCUIT.yaml the same circuit as a spiking4j circuit file (same
population and projection names: input, excitatory, inhibitory, input-excitatory). The input spikes
(a quarter of the inputs fire with a per-step probability below R) and the initial input->E weights
(uniform in [0, 0.3), float32) are drawn with numpy from the seed and stored in the file, so a replay
depends on no random generator.
"""
import argparse
import json

import numpy as np

from stdp_circuit import build_and_run


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec")
    parser.add_argument("circuit")
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate-scale", type=float, default=0.2)
    args = parser.parse_args()
    with open(args.spec) as handle:
        spec = json.load(handle)
    with open(args.circuit, "rb") as handle:
        circuit_yaml = handle.read()
    random = np.random.default_rng(args.seed)
    inputs, excitatory = spec["inputs"], spec["excitatory"]["size"]
    samples, on = spec["samples"], spec["on"]
    steps = on + (spec["rest"] if spec.get("between", "rest") == "rest" else 0)
    weights = (random.random((inputs, excitatory)) * 0.3).astype(np.float32)
    spikes_in = np.zeros((samples, steps, inputs), np.uint8)
    for sample in range(samples):
        rates = np.where(random.random(inputs) < 0.25, random.random(inputs) * args.rate_scale, 0.0)
        spikes_in[sample, :on] = random.random((on, inputs)) < rates
    sample_index, local, units = np.nonzero(spikes_in)
    global_steps = sample_index * steps + local
    order = np.lexsort((units, global_steps))
    result = build_and_run(spec, {"input_steps": global_steps[order], "input_units": units[order],
                                  "weights": weights.astype(np.float64)}, "numpy")

    def dense(name, size):
        grid = np.zeros((samples * steps, size), np.uint8)
        grid[result[name + "_steps"], result[name + "_units"]] = 1
        return grid.reshape(samples, steps, size)

    recorded = ["excitatory"] + (["inhibitory"] if spec.get("inhibitory") else [])
    import brian2
    header = {"format": "spiking4j-golden", "version": 1, "producer": "brian2 " + brian2.__version__,
              "presentations": samples, "steps": steps, "learn": True, "input": "input", "recorded": recorded,
              "tolerances": {"weights": 1e-5, "state": 1e-9}}
    arrays = {"format.json": np.frombuffer(json.dumps(header, indent=1).encode(), np.uint8),
              "circuit.yaml": np.frombuffer(circuit_yaml, np.uint8),
              "input/input": spikes_in,
              "initial/input-excitatory": weights,
              "final/input-excitatory": np.asarray(result["weights"], np.float64),
              "final/theta/excitatory": np.asarray(result["theta"], np.float64)}
    arrays["spikes/excitatory"] = dense("excitatory", excitatory)
    if spec.get("inhibitory"):
        arrays["spikes/inhibitory"] = dense("inhibitory", spec["inhibitory"]["size"])
    np.savez_compressed(args.output, **arrays)
    print(args.output, {name: int(arrays["spikes/" + name].sum()) for name in recorded}, "spikes")


if __name__ == "__main__":
    main()
