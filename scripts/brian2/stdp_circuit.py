#!/usr/bin/python3
"""Runs an STDP circuit in Brian2 exactly as stdp.md section 2 orders a time step, on injected input
spikes and initial weights, and writes every spike and the final state: the test oracle for
spiking4j's STDP plugin (Debian's python3-brian, Brian2 2.5.1, run with /usr/bin/python3).

    stdp_circuit.py SPEC.json INPUT.npz OUTPUT.npz [--target numpy|cython]

SPEC.json (stdp.md's parameter names; times in ms, potentials in mV):
  {"dt": 1.0, "inputs": 784,
   "excitatory": {"size": 100, "rest": -65, "reset": -65, "threshold": -52, "tauM": 100,
                  "refractory": 5, "thetaPlus": 0.05, "tauTheta": 1e7},
   "inhibitory": {"size": 100, "rest": -60, "reset": -45, "threshold": -40, "tauM": 10, "refractory": 2}
                 (or null: no inhibitory population),
   "stdp": {"tauPre": 20, "tauPost": 20, "nuPre": 1e-4, "nuPost": 1e-2, "wMin": 0, "wMax": 1,
            "traceMode": "set" | "add", "weightDependence": "none" | "soft"},
   "excitatoryToInhibitory": 22.5, "inhibitoryToExcitatory": -120,
   "normalize": 78.4 (or null), "samples": 4, "on": 250, "rest": 150, "between": "rest" | "reset"}
INPUT.npz: input_steps, input_units (int arrays: input unit u spikes at global step s),
  weights (inputs x excitatory, the initial input->E weights), theta (optional, excitatory).
OUTPUT.npz: excitatory_steps, excitatory_units, inhibitory_steps, inhibitory_units (sorted by step,
  then unit), weights (final), theta (final), seconds (wall time of the simulation runs).

A sample is `on` steps with its input followed by `rest` steps without input (between: rest), or
by a reset of v to rest and every trace to 0 (between: reset). `normalize` scales each excitatory
unit's incoming weights to that sum before a sample's first step. theta is never reset.
"""
import argparse
import json
import time

import numpy as np


def build_and_run(spec, inputs, target):
    import brian2 as b2

    b2.prefs.codegen.target = target
    b2.defaultclock.dt = spec["dt"] * b2.ms
    ms = b2.ms
    exc = spec["excitatory"]
    inh = spec.get("inhibitory")
    rule = spec["stdp"]
    samples, on, rest = spec["samples"], spec["on"], spec["rest"]
    between = spec.get("between", "rest")
    steps_per_sample = on + (rest if between == "rest" else 0)

    input_steps = np.asarray(inputs["input_steps"], dtype=np.int64)
    input_units = np.asarray(inputs["input_units"], dtype=np.int64)
    source = b2.SpikeGeneratorGroup(spec["inputs"], input_units, input_steps * b2.defaultclock.dt)

    lif = """dv/dt = (rest - v) / tauM : 1 (unless refractory)
             rest : 1 (constant)
             tauM : second (constant)"""
    excitatory = b2.NeuronGroup(
        exc["size"], lif + """
             dtheta/dt = -theta / tauTheta : 1
             tauTheta : second (constant)
             threshold_mv : 1 (constant)
             reset_mv : 1 (constant)
             theta_plus : 1 (constant)""",
        threshold="v > threshold_mv + theta", reset="v = reset_mv; theta += theta_plus",
        refractory=exc["refractory"] * ms, method="exact", name="excitatory")
    excitatory.rest = exc["rest"]
    excitatory.v = exc["rest"]
    excitatory.tauM = exc["tauM"] * ms
    excitatory.tauTheta = exc.get("tauTheta", 1e7) * ms
    excitatory.threshold_mv = exc["threshold"]
    excitatory.reset_mv = exc["reset"]
    excitatory.theta_plus = exc.get("thetaPlus", 0.0)
    if "theta" in inputs:
        excitatory.theta = np.asarray(inputs["theta"], dtype=np.float64)
    else:
        excitatory.theta = exc.get("theta0", 0.0)

    set_or_add = "= 1" if rule.get("traceMode", "set") == "set" else "+= 1"
    soft = rule.get("weightDependence", "none") == "soft"
    depression = "nuPre * xpost" + (" * (w - wMin)" if soft else "")
    potentiation = "nuPost * xpre" + (" * (wMax - w)" if soft else "")
    # The gate: input reaches only targets that are not refractory after this step's threshold.
    plastic = b2.Synapses(
        source, excitatory,
        """w : 1
           dxpre/dt = -xpre / tauPre : 1 (event-driven)
           dxpost/dt = -xpost / tauPost : 1 (event-driven)""",
        on_pre=f"""v_post += w * int(not_refractory_post)
                   xpre {set_or_add}
                   w = clip(w - {depression}, wMin, wMax)""",
        on_post=f"""xpost {set_or_add}
                    w = clip(w + {potentiation}, wMin, wMax)""",
        namespace={"tauPre": rule["tauPre"] * ms, "tauPost": rule["tauPost"] * ms, "nuPre": rule["nuPre"],
                   "nuPost": rule["nuPost"], "wMin": rule["wMin"], "wMax": rule["wMax"]},
        name="plastic")
    plastic.connect()  # i (pre) major, j (post) minor: the same order as a (pre, post) matrix
    plastic.pre.order = 0
    plastic.post.order = 1
    plastic.w = np.asarray(inputs["weights"], dtype=np.float64).reshape(-1)

    objects = [source, excitatory, plastic]
    exc_monitor = b2.SpikeMonitor(excitatory)
    objects.append(exc_monitor)
    inhibitory = inh_monitor = None
    if inh is not None:
        inhibitory = b2.NeuronGroup(
            inh["size"], lif + """
                 threshold_mv : 1 (constant)
                 reset_mv : 1 (constant)""",
            threshold="v > threshold_mv", reset="v = reset_mv", refractory=inh["refractory"] * ms,
            method="exact", name="inhibitory")
        inhibitory.rest = inh["rest"]
        inhibitory.v = inh["rest"]
        inhibitory.tauM = inh["tauM"] * ms
        inhibitory.threshold_mv = inh["threshold"]
        inhibitory.reset_mv = inh["reset"]
        gated = "v_post += w * int(not_refractory_post)"
        to_inhibitory = b2.Synapses(excitatory, inhibitory, "w : 1", on_pre=gated, name="to_inhibitory")
        to_inhibitory.connect(j="i")
        to_inhibitory.w = spec["excitatoryToInhibitory"]
        to_excitatory = b2.Synapses(inhibitory, excitatory, "w : 1", on_pre=gated, name="to_excitatory")
        to_excitatory.connect(condition="i != j")
        to_excitatory.w = spec["inhibitoryToExcitatory"]
        inh_monitor = b2.SpikeMonitor(inhibitory)
        objects += [inhibitory, to_inhibitory, to_excitatory, inh_monitor]

    network = b2.Network(objects)
    total = spec.get("normalize")
    seconds = 0.0
    for sample in range(samples):
        if total is not None:
            weights = np.array(plastic.w[:]).reshape(spec["inputs"], exc["size"])
            weights *= total / weights.sum(axis=0, keepdims=True)
            plastic.w = weights.reshape(-1)
        began = time.perf_counter()
        network.run(steps_per_sample * b2.defaultclock.dt)
        seconds += time.perf_counter() - began
        if between == "reset":
            excitatory.v = exc["rest"]
            plastic.xpre = 0
            plastic.xpost = 0
            if inhibitory is not None:
                inhibitory.v = inh["rest"]

    def spikes(monitor):
        if monitor is None:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        steps = np.round(np.asarray(monitor.t / b2.defaultclock.dt)).astype(np.int64)
        units = np.asarray(monitor.i, dtype=np.int64)
        order = np.lexsort((units, steps))
        return steps[order], units[order]

    exc_steps, exc_units = spikes(exc_monitor)
    inh_steps, inh_units = spikes(inh_monitor)
    return {"excitatory_steps": exc_steps, "excitatory_units": exc_units,
            "inhibitory_steps": inh_steps, "inhibitory_units": inh_units,
            "weights": np.array(plastic.w[:]).reshape(spec["inputs"], exc["size"]),
            "theta": np.array(excitatory.theta[:]), "seconds": np.float64(seconds)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec")
    parser.add_argument("inputs")
    parser.add_argument("output")
    parser.add_argument("--target", default="numpy", choices=["numpy", "cython"])
    args = parser.parse_args()
    with open(args.spec) as handle:
        spec = json.load(handle)
    inputs = dict(np.load(args.inputs))
    np.savez(args.output, **build_and_run(spec, inputs, args.target))


if __name__ == "__main__":
    main()
