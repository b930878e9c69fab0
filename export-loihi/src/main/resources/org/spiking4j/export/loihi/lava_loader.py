#!/usr/bin/env python3
"""Load a spiking4j .lava.h5 export into Lava, print its process graph, or re-run its golden vectors.

    python3 lava_loader.py NAME.lava.h5 --dry-run
        Print the LIF and Dense processes and the connections it would build (NumPy and h5py only).
    python3 lava_loader.py NAME.lava.h5 --simulate NAME.vectors.h5
        Run Lava's bit-accurate LIF and Dense equations (loihi-export.md section 1) in NumPy on the
        vectors file's input spikes and compare every spike with the file (NumPy and h5py only).
    python3 lava_loader.py NAME.lava.h5 --lava NAME.vectors.h5 [--samples N]
        Build the processes in Lava (lava-nc 0.10, fixed_pt models), run the first N samples, each
        from a fresh network (zero state), and compare every spike with the vectors file.

As a module: build_lava(read_network(path)) returns the Lava processes, one LIF per population,
one Dense per projection, connected; the input population is a RingBuffer spike source.
This NumPy simulator is written from the equations, independently of spiking4j's Java simulator.
"""
import argparse
import sys

import h5py
import numpy as np

FORMAT = "spiking4j-lava"
SUPPORTED_VERSION = 1
SIGN_MODES = {1: "MIXED", 2: "EXCITATORY", 3: "INHIBITORY"}
MIXED, EXCITATORY, INHIBITORY = 1, 2, 3
STATE_HALF = 2 ** 23


def _text(dataset):
    value = dataset[()]
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


class Population:
    def __init__(self, name, group):
        self.name = name
        self.size = int(group["size"][()])
        self.du = int(group["du"][()])
        self.dv = int(group["dv"][()])
        self.vth = int(group["vth"][()])
        self.bias_mant = np.asarray(group["bias_mant"][()], dtype=np.int64)
        self.bias_exp = np.asarray(group["bias_exp"][()], dtype=np.int64)
        self.role = _text(group["role"])

    @property
    def is_input(self):
        return self.role == "input"


class Projection:
    def __init__(self, name, group):
        self.name = name
        self.src = _text(group["src"])
        self.dst = _text(group["dst"])
        self.weights = np.asarray(group["weights"][()], dtype=np.int64)
        self.weight_exp = int(group["weight_exp"][()])
        self.num_weight_bits = int(group["num_weight_bits"][()])
        self.sign_mode = int(group["sign_mode"][()])


class Network:
    def __init__(self, dt, populations, projections):
        self.dt = dt
        self.populations = populations
        self.projections = projections

    @property
    def input(self):
        inputs = [p for p in self.populations.values() if p.is_input]
        if len(inputs) != 1:
            raise SystemExit("expected exactly one input population, found %d" % len(inputs))
        return inputs[0]

    def lifs(self):
        return [p for p in self.populations.values() if not p.is_input]


def read_network(path):
    with h5py.File(path, "r") as f:
        if "format" not in f or _text(f["format"]) != FORMAT:
            raise SystemExit("%s is not a %s file" % (path, FORMAT))
        version = int(f["format_version"][()])
        if version > SUPPORTED_VERSION:
            raise SystemExit("%s has format_version %d; this loader reads up to %d" % (path, version, SUPPORTED_VERSION))
        populations = {name: Population(name, g) for name, g in f["populations"].items()}
        projections = {name: Projection(name, g) for name, g in f["projections"].items()}
        network = Network(float(f["dt"][()]), populations, projections)
    for projection in network.projections.values():
        for end in (projection.src, projection.dst):
            if end not in network.populations:
                raise SystemExit("projection %s names unknown population %s" % (projection.name, end))
        expected = (network.populations[projection.dst].size, network.populations[projection.src].size)
        if projection.weights.shape != expected:
            raise SystemExit("projection %s has weights %s, expected (dst, src) = %s"
                             % (projection.name, projection.weights.shape, expected))
    return network


def describe(network, out=sys.stdout):
    """Print the process graph build_lava would construct."""
    print("Lava process graph (dt = %g ms)" % network.dt, file=out)
    print("processes", file=out)
    for p in network.populations.values():
        if p.is_input:
            print("  RingBuffer %s: spike source, %d channels (role input)" % (p.name, p.size), file=out)
        else:
            print("  LIF %s: shape (%d,), du %d, dv %d, vth %d, bias_mant %s, bias_exp %s (role %s)"
                  % (p.name, p.size, p.du, p.dv, p.vth, _summary(p.bias_mant), _summary(p.bias_exp), p.role),
                  file=out)
    for c in network.projections.values():
        print("  Dense %s: weights %s int16, weight_exp %d, num_weight_bits %d, sign_mode %s"
              % (c.name, tuple(c.weights.shape), c.weight_exp, c.num_weight_bits, SIGN_MODES[c.sign_mode]),
              file=out)
    print("connections", file=out)
    for c in network.projections.values():
        print("  %s.s_out -> %s.s_in" % (c.src, c.name), file=out)
        print("  %s.a_out -> %s.a_in" % (c.name, c.dst), file=out)


def _summary(values):
    unique = np.unique(values)
    return str(int(unique[0])) if unique.size == 1 else "%d..%d" % (unique.min(), unique.max())


# ---------------------------------------------------------------- NumPy bit-accurate simulation

def prepared_weights(projection):
    """Lava Dense's one-time weight preparation: sign, clip to 8 bits, drop the unused low bits."""
    w = projection.weights.copy()
    mode = projection.sign_mode
    if mode == INHIBITORY:
        w = -w
    w = np.clip(w, -256 if mode == MIXED else 0, 255)
    dropped = 8 - projection.num_weight_bits + (1 if mode == MIXED else 0)
    w = np.left_shift(np.right_shift(w, dropped), dropped)
    if mode == INHIBITORY:
        w = -w
    return w


def toward_zero(product):
    """A product over 4096, rounded toward zero."""
    return np.sign(product) * np.right_shift(np.abs(product), 12)


def simulate(network, inputs):
    """Spikes (S, T, n) of every LIF population for input spikes (S, T, n_in), all samples from zero."""
    samples, steps, _ = inputs.shape
    lifs = network.lifs()
    u = {p.name: np.zeros((samples, p.size), dtype=np.int64) for p in lifs}
    v = {p.name: np.zeros((samples, p.size), dtype=np.int64) for p in lifs}
    in_flight = {c.name: np.zeros((samples, network.populations[c.dst].size), dtype=np.int64)
                 for c in network.projections.values()}
    weights_t = {c.name: prepared_weights(c).T.copy() for c in network.projections.values()}
    out = {p.name: np.zeros((samples, steps, p.size), dtype=np.uint8) for p in lifs}
    source_name = network.input.name
    for t in range(steps):
        spikes = {source_name: inputs[:, t, :].astype(np.int64)}
        for p in lifs:
            a = np.zeros((samples, p.size), dtype=np.int64)
            for c in network.projections.values():
                if c.dst == p.name:
                    a += in_flight[c.name]
            u1 = toward_zero(u[p.name] * (4096 - (p.du + 1))) + np.left_shift(a, 6)
            u1 = np.where(u1 > STATE_HALF, u1 - 2 * STATE_HALF, u1)
            u1 = np.where(u1 <= -STATE_HALF, u1 + 2 * STATE_HALF, u1)
            u[p.name] = u1
            bias = np.left_shift(p.bias_mant, p.bias_exp)
            v1 = np.clip(toward_zero(v[p.name] * (4096 - p.dv)) + u1 + bias, -(STATE_HALF - 1), STATE_HALF - 1)
            fired = v1 > np.left_shift(p.vth, 6)
            v[p.name] = np.where(fired, 0, v1)
            spikes[p.name] = fired.astype(np.int64)
            out[p.name][:, t, :] = fired
        for c in network.projections.values():
            accumulated = spikes[c.src] @ weights_t[c.name]
            if c.weight_exp >= 0:
                in_flight[c.name] = np.left_shift(accumulated, c.weight_exp)
            else:
                in_flight[c.name] = np.right_shift(accumulated, -c.weight_exp)
    return out


def read_vectors(path):
    with h5py.File(path, "r") as f:
        order = [s.decode("utf-8") if isinstance(s, bytes) else str(s) for s in f["populations"][()]]
        vectors = {
            "inputs": f["inputs"][()],
            "labels": f["labels"][()],
            "T": int(f["T"][()]),
            "order": order,
            "spikes": {name: f["spikes"][name][()] for name in order},
        }
    return vectors


def compare(expected, actual, order):
    """Number of differing spikes, and a description of the first difference."""
    total = 0
    first = None
    for name in order:
        diff = np.argwhere(expected[name] != actual[name])
        total += len(diff)
        if first is None and len(diff):
            s, t, n = diff[0]
            first = "population %s, sample %d, step %d, unit %d: expected %d, got %d" % (
                name, s, t, n, expected[name][s, t, n], actual[name][s, t, n])
    return total, first


def check(network, vectors, actual, label):
    order = vectors["order"]
    total, first = compare(vectors["spikes"], actual, order)
    count = sum(int(vectors["spikes"][name].sum()) for name in order)
    samples = vectors["inputs"].shape[0]
    if total:
        print("%s: %d spikes differ from the vectors file; first at %s" % (label, total, first))
        return 1
    print("%s: all %d spikes of %d samples x %d steps match the vectors file (%s)"
          % (label, count, samples, vectors["T"], ", ".join(order)))
    return 0


# ---------------------------------------------------------------- Lava

def build_lava(network, input_spikes):
    """Lava processes for one run: {name: process}; input_spikes is (n_in, T)."""
    from lava.proc.dense.process import Dense
    from lava.proc.io.source import RingBuffer
    from lava.proc.lif.process import LIF
    from lava.utils.weightutils import SignMode

    processes = {}
    for p in network.populations.values():
        if p.is_input:
            processes[p.name] = RingBuffer(data=input_spikes)
        else:
            processes[p.name] = LIF(shape=(p.size,), du=p.du, dv=p.dv, vth=p.vth,
                                    bias_mant=p.bias_mant, bias_exp=p.bias_exp, name=p.name)
    for c in network.projections.values():
        dense = Dense(weights=c.weights, weight_exp=c.weight_exp, num_weight_bits=c.num_weight_bits,
                      sign_mode=SignMode(c.sign_mode), name=c.name)
        processes[c.src].s_out.connect(dense.s_in)
        dense.a_out.connect(processes[c.dst].a_in)
        processes[c.name] = dense
    return processes


def run_lava(network, vectors, samples):
    from lava.magma.core.run_conditions import RunSteps
    from lava.magma.core.run_configs import Loihi2SimCfg
    from lava.proc.io.sink import RingBuffer as Sink

    steps = vectors["T"]
    order = vectors["order"]
    actual = {name: np.zeros((samples,) + vectors["spikes"][name].shape[1:], dtype=np.uint8) for name in order}
    for s in range(samples):
        processes = build_lava(network, vectors["inputs"][s].T.astype(np.int32))
        sinks = {}
        for name in order:
            sinks[name] = Sink(shape=(network.populations[name].size,), buffer=steps)
            processes[name].s_out.connect(sinks[name].a_in)
        anchor = processes[network.input.name]
        anchor.run(condition=RunSteps(num_steps=steps), run_cfg=Loihi2SimCfg(select_tag="fixed_pt"))
        for name in order:
            actual[name][s] = sinks[name].data.get().T.astype(np.uint8)
        anchor.stop()
    trimmed = dict(vectors, spikes={name: vectors["spikes"][name][:samples] for name in order},
                   inputs=vectors["inputs"][:samples])
    return check(network, trimmed, actual, "Lava (fixed_pt)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", help="the .lava.h5 file")
    parser.add_argument("--dry-run", action="store_true", help="print the process graph; needs no Lava")
    parser.add_argument("--simulate", metavar="VECTORS", help="re-run a .vectors.h5 file in NumPy and compare")
    parser.add_argument("--lava", metavar="VECTORS", help="re-run a .vectors.h5 file in Lava and compare")
    parser.add_argument("--samples", type=int, default=1, help="samples to run in Lava (default 1)")
    args = parser.parse_args(argv)
    network = read_network(args.model)
    status = 0
    if args.dry_run or not (args.simulate or args.lava):
        describe(network)
    if args.simulate:
        vectors = read_vectors(args.simulate)
        status |= check(network, vectors, simulate(network, vectors["inputs"]), "NumPy bit-accurate simulation")
    if args.lava:
        vectors = read_vectors(args.lava)
        status |= run_lava(network, vectors, min(args.samples, vectors["inputs"].shape[0]))
    return status


if __name__ == "__main__":
    sys.exit(main())
