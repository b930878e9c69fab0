"""Checks exported files against loihi-export.md section 3 with h5py: names, shapes, dtypes, strings.

usage: check_layout.py [--lava F] [--netx F] [--nir F] [--vectors F]
Prints one line per file checked; exits 1 listing every problem found.
"""
import argparse
import sys

import h5py
import numpy as np

problems = []


def problem(text):
    problems.append(text)


def keys(group):
    return set(group.keys())


def expect_keys(group, expected, where):
    if keys(group) != set(expected):
        problem("%s: members %s, expected exactly %s" % (where, sorted(keys(group)), sorted(expected)))


def expect_no_attributes(f):
    def visit(name, obj):
        if len(obj.attrs):
            problem("%s: has attributes %s; everything must be a dataset" % (name, list(obj.attrs)))
    if len(f.attrs):
        problem("/: has attributes %s" % list(f.attrs))
    f.visititems(visit)


def is_string(dataset):
    return h5py.check_string_dtype(dataset.dtype) is not None


def scalar_string(group, name, where):
    d = group.get(name)
    if not isinstance(d, h5py.Dataset):
        problem("%s/%s: missing string dataset" % (where, name))
        return None
    if d.shape != () or not is_string(d):
        problem("%s/%s: expected a scalar string, got shape %s dtype %s" % (where, name, d.shape, d.dtype))
        return None
    value = d[()]
    return value.decode("utf-8") if isinstance(value, bytes) else value


def one_element_string(group, name, where):
    d = group.get(name)
    if not isinstance(d, h5py.Dataset) or d.shape != (1,) or not is_string(d):
        problem("%s/%s: expected a 1-element string array, got %s" % (where, name, None if d is None else (d.shape, d.dtype)))
        return None
    return d[0].decode("ascii")


def scalar(group, name, dtype, where):
    d = group.get(name)
    if not isinstance(d, h5py.Dataset) or d.shape != () or d.dtype != np.dtype(dtype):
        problem("%s/%s: expected a scalar %s, got %s" % (where, name, dtype, None if d is None else (d.shape, d.dtype)))
        return None
    return d[()]


def array(group, name, dtype, shape, where):
    d = group.get(name)
    if not isinstance(d, h5py.Dataset):
        problem("%s/%s: missing" % (where, name))
        return None
    if d.dtype != np.dtype(dtype) or (shape is not None and d.shape != tuple(shape)):
        problem("%s/%s: expected %s %s, got %s %s" % (where, name, dtype, shape, d.dtype, d.shape))
        return None
    return d[()]


def check_lava(path):
    with h5py.File(path, "r") as f:
        expect_no_attributes(f)
        expect_keys(f, {"format", "format_version", "dt", "populations", "projections"}, "/")
        if scalar_string(f, "format", "") != "spiking4j-lava":
            problem("/format is not spiking4j-lava")
        scalar(f, "format_version", "int32", "")
        scalar(f, "dt", "float64", "")
        sizes = {}
        for name, g in f["populations"].items():
            where = "populations/" + name
            expect_keys(g, {"size", "du", "dv", "vth", "bias_mant", "bias_exp", "role"}, where)
            size = scalar(g, "size", "int32", where)
            sizes[name] = size
            for field, high in (("du", 4095), ("dv", 4095), ("vth", 131071)):
                value = scalar(g, field, "int32", where)
                if value is not None and not 0 <= value <= high:
                    problem("%s/%s = %s is outside 0..%d" % (where, field, value, high))
            array(g, "bias_mant", "int32", (size,), where)
            array(g, "bias_exp", "int32", (size,), where)
            if scalar_string(g, "role", where) not in ("input", "hidden", "classifier", "reconstruction"):
                problem("%s/role is not a known role" % where)
        for name, g in f["projections"].items():
            where = "projections/" + name
            expect_keys(g, {"src", "dst", "weights", "weight_exp", "num_weight_bits", "sign_mode"}, where)
            src = scalar_string(g, "src", where)
            dst = scalar_string(g, "dst", where)
            if src not in sizes or dst not in sizes:
                problem("%s: src/dst %s/%s name no population" % (where, src, dst))
                continue
            w = array(g, "weights", "int16", (sizes[dst], sizes[src]), where)
            exp = scalar(g, "weight_exp", "int32", where)
            scalar(g, "num_weight_bits", "int32", where)
            mode = scalar(g, "sign_mode", "int32", where)
            if exp is not None and not -7 <= exp <= 7:
                problem("%s/weight_exp %d outside -7..7" % (where, exp))
            if w is None or mode is None:
                continue
            if mode == 3 and w.max() > 0:
                problem("%s: INHIBITORY weights must be stored negative" % where)
            if mode == 2 and w.min() < 0:
                problem("%s: EXCITATORY weights must be >= 0" % where)
            if mode == 1 and (w.min() < -256 or w.max() > 255):
                problem("%s: MIXED weights outside -256..255" % where)
            if mode in (2, 3) and np.abs(w).max() > 255:
                problem("%s: weights outside 8 bits" % where)
    print("lava.h5 layout OK: %s" % path)


def check_netx(path):
    with h5py.File(path, "r") as f:
        expect_no_attributes(f)
        expect_keys(f, {"layer"}, "/")
        layers = f["layer"]
        expect_keys(layers, {str(i) for i in range(len(layers))}, "layer")
        previous = None
        for i in range(len(layers)):
            g = layers[str(i)]
            where = "layer/%d" % i
            kind = one_element_string(g, "type", where)
            expected = {"type", "shape", "weight", "neuron"} | ({"weight_rec"} if kind == "dense_rec" else set())
            expect_keys(g, expected, where)
            shape = array(g, "shape", "int64", None, where)
            if shape is None or shape.ndim != 1:
                problem("%s/shape must be int64 1-D" % where)
                continue
            n = int(shape[0])
            w = g["weight"][()]
            if w.ndim != 2 or w.shape[0] != n or (previous is not None and w.shape[1] != previous):
                problem("%s/weight has shape %s" % (where, w.shape))
            if not np.issubdtype(w.dtype, np.floating) or np.any(w != np.round(w)):
                problem("%s/weight must hold integer-valued floats" % where)
            if kind == "dense_rec":
                r = g["weight_rec"][()]
                if r.shape != (n, n) or np.any(r != np.round(r)):
                    problem("%s/weight_rec must be integer-valued (%d, %d)" % (where, n, n))
            neuron = g["neuron"]
            expect_keys(neuron, {"type", "iDecay", "vDecay", "vThMant", "refDelay"}, where + "/neuron")
            if one_element_string(neuron, "type", where + "/neuron") != "CUBA":
                problem("%s/neuron/type is not CUBA" % where)
            for field in ("iDecay", "vDecay", "vThMant", "refDelay"):
                scalar(neuron, field, "int32", where + "/neuron")
            previous = n
        if len(layers) and one_element_string(layers[str(len(layers) - 1)], "type", "last layer") != "dense":
            problem("the last netx layer (the classifier) must be dense")
    print("netx layout OK: %s" % path)


NIR_NODE_KEYS = {
    "Input": {"type", "shape"},
    "Output": {"type", "shape"},
    "Linear": {"type", "weight"},
    "CubaLIF": {"type", "tau_syn", "tau_mem", "r", "v_leak", "v_threshold", "v_reset", "w_in"},
}


def check_nir(path):
    with h5py.File(path, "r") as f:
        expect_no_attributes(f)
        expect_keys(f, {"version", "node"}, "/")
        if scalar_string(f, "version", "") != "1.0.7":
            problem("/version is not the scalar string 1.0.7")
        graph = f["node"]
        expect_keys(graph, {"type", "nodes", "edges", "metadata"}, "node")
        if scalar_string(graph, "type", "node") != "NIRGraph":
            problem("node/type is not NIRGraph")
        sizes_in = {}
        sizes_out = {}
        kinds = {}
        for name, g in graph["nodes"].items():
            where = "node/nodes/" + name
            kind = scalar_string(g, "type", where)
            kinds[name] = kind
            if kind not in NIR_NODE_KEYS:
                problem("%s: unknown node type %s" % (where, kind))
                continue
            expect_keys(g, NIR_NODE_KEYS[kind], where)
            if kind in ("Input", "Output"):
                shape = array(g, "shape", "int64", None, where)
                if shape is not None:
                    sizes_in[name] = sizes_out[name] = int(np.prod(shape))
            elif kind == "Linear":
                w = g["weight"][()]
                sizes_in[name], sizes_out[name] = w.shape[1], w.shape[0]
            else:
                n = None
                for field in NIR_NODE_KEYS[kind] - {"type"}:
                    d = g[field]
                    if d.ndim != 1 or (n is not None and d.shape[0] != n):
                        problem("%s/%s must be a 1-D per-neuron array, got %s" % (where, field, d.shape))
                    n = d.shape[0]
                sizes_in[name] = sizes_out[name] = n
        if "Input" not in kinds.values() or "Output" not in kinds.values():
            problem("the graph needs explicit Input and Output nodes")
        edges = graph["edges"]
        if edges.ndim != 2 or edges.shape[1] != 2 or not is_string(edges):
            problem("node/edges must be an (E, 2) string dataset, got %s %s" % (edges.shape, edges.dtype))
        else:
            for a, b in edges[()]:
                a, b = a.decode("utf-8"), b.decode("utf-8")
                if a not in kinds or b not in kinds:
                    problem("edge %s -> %s names an unknown node" % (a, b))
                elif sizes_out[a] != sizes_in[b]:
                    problem("edge %s -> %s joins %d outputs to %d inputs" % (a, b, sizes_out[a], sizes_in[b]))
        for name, d in graph["metadata"].items():
            if not isinstance(d, h5py.Dataset):
                problem("node/metadata/%s must be a dataset" % name)
    print("nir layout OK: %s" % path)


def check_vectors(path):
    with h5py.File(path, "r") as f:
        expect_no_attributes(f)
        expect_keys(f, {"inputs", "labels", "spikes", "T", "populations"}, "/")
        inputs = f["inputs"]
        steps = scalar(f, "T", "int32", "")
        if inputs.dtype != np.uint8 or inputs.ndim != 3 or inputs.shape[1] != steps:
            problem("inputs must be uint8 (S, T, n_in), got %s %s" % (inputs.dtype, inputs.shape))
        samples = inputs.shape[0]
        array(f, "labels", "int32", (samples,), "")
        order = f["populations"]
        if order.ndim != 1 or not is_string(order):
            problem("populations must be a 1-D string array")
        names = [s.decode("utf-8") for s in order[()]]
        expect_keys(f["spikes"], set(names), "spikes")
        for name in names:
            d = f["spikes"][name]
            if d.dtype != np.uint8 or d.ndim != 3 or d.shape[:2] != (samples, steps):
                problem("spikes/%s must be uint8 (S, T, n), got %s %s" % (name, d.dtype, d.shape))
            elif d[()].max() > 1 or inputs[()].max() > 1:
                problem("spikes must be 0/1")
    print("vectors layout OK: %s" % path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lava")
    parser.add_argument("--netx")
    parser.add_argument("--nir")
    parser.add_argument("--vectors")
    args = parser.parse_args()
    for path, check in ((args.lava, check_lava), (args.netx, check_netx), (args.nir, check_nir),
                        (args.vectors, check_vectors)):
        if path:
            check(path)
    for text in problems:
        print("PROBLEM: " + text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
