#!/usr/bin/python3
"""The time step of stdp.md section 2 as a plain NumPy loop, written from the spec independently of
Brian2: a cross-check of stdp_circuit.py's transcription (same arguments, same output file).

    reference_loop.py SPEC.json INPUT.npz OUTPUT.npz
"""
import json
import sys
import time

import numpy as np


def run(spec, inputs):
    dt = spec["dt"]
    exc, inh, rule = spec["excitatory"], spec.get("inhibitory"), spec["stdp"]
    n_in, n_e = spec["inputs"], exc["size"]
    n_i = inh["size"] if inh else 0
    between = spec.get("between", "rest")
    per_sample = spec["on"] + (spec["rest"] if between == "rest" else 0)
    w = np.asarray(inputs["weights"], dtype=np.float64).copy()
    theta = np.asarray(inputs["theta"], np.float64).copy() if "theta" in inputs else np.full(n_e, exc.get("theta0", 0.0))
    v_e = np.full(n_e, float(exc["rest"]))
    v_i = np.full(n_i, float(inh["rest"])) if inh else np.zeros(0)
    last_e = np.full(n_e, -1e9)
    last_i = np.full(n_i, -1e9)
    x_pre = np.zeros(n_in)
    x_post = np.zeros(n_e)
    spikes_at = {}
    for s, u in zip(inputs["input_steps"], inputs["input_units"]):
        spikes_at.setdefault(int(s), []).append(int(u))
    set_mode = rule.get("traceMode", "set") == "set"
    soft = rule.get("weightDependence", "none") == "soft"
    e_out, i_out = [], []
    began = time.perf_counter()
    for sample in range(spec["samples"]):
        if spec.get("normalize") is not None:
            w *= spec["normalize"] / w.sum(axis=0, keepdims=True)
        for local in range(per_sample):
            t = sample * per_sample + local
            # 1. leak where not refractory; theta decays everywhere
            free_e = (t - last_e) >= round(exc["refractory"] / dt)
            v_e = np.where(free_e, exc["rest"] + (v_e - exc["rest"]) * np.exp(-dt / exc["tauM"]), v_e)
            theta = theta * np.exp(-dt / exc.get("tauTheta", 1e7))
            if inh:
                free_i = (t - last_i) >= round(inh["refractory"] / dt)
                v_i = np.where(free_i, inh["rest"] + (v_i - inh["rest"]) * np.exp(-dt / inh["tauM"]), v_i)
            # 2. threshold
            spike_e = free_e & (v_e > exc["threshold"] + theta)
            last_e[spike_e] = t
            if inh:
                spike_i = free_i & (v_i > inh["threshold"])
                last_i[spike_i] = t
            # 3. traces decay
            x_pre *= np.exp(-dt / rule["tauPre"])
            x_post *= np.exp(-dt / rule["tauPost"])
            # 4. pre-synaptic effects on targets not refractory after 2; STDP's pre pathway
            gate_e = (t - last_e) >= round(exc["refractory"] / dt)
            pre = np.array(spikes_at.get(t, []), dtype=np.int64)
            if pre.size:
                v_e += np.where(gate_e, w[pre].sum(axis=0), 0.0)
                x_pre[pre] = 1.0 if set_mode else x_pre[pre] + 1.0
                scale = (w[pre] - rule["wMin"]) if soft else 1.0
                w[pre] = np.clip(w[pre] - rule["nuPre"] * x_post * scale, rule["wMin"], rule["wMax"])
            if inh:
                gate_i = (t - last_i) >= round(inh["refractory"] / dt)
                v_i += np.where(gate_i & spike_e, spec["excitatoryToInhibitory"], 0.0)
                inhibition = spec["inhibitoryToExcitatory"] * (spike_i.sum() - spike_i.astype(float))
                v_e += np.where(gate_e, inhibition, 0.0)
            # 5. post pathway
            post = np.flatnonzero(spike_e)
            if post.size:
                x_post[post] = 1.0 if set_mode else x_post[post] + 1.0
                scale = (rule["wMax"] - w[:, post]) if soft else 1.0
                w[:, post] = np.clip(w[:, post] + rule["nuPost"] * x_pre[:, None] * scale, rule["wMin"], rule["wMax"])
            # 6. reset
            v_e[spike_e] = exc["reset"]
            theta[spike_e] += exc.get("thetaPlus", 0.0)
            e_out += [(t, u) for u in post]
            if inh:
                v_i[spike_i] = inh["reset"]
                i_out += [(t, u) for u in np.flatnonzero(spike_i)]
        if between == "reset":
            v_e[:] = exc["rest"]
            x_pre[:] = 0
            x_post[:] = 0
            if inh:
                v_i[:] = inh["rest"]
    seconds = time.perf_counter() - began

    def columns(pairs):
        array = np.array(pairs, dtype=np.int64).reshape(-1, 2)
        return array[:, 0], array[:, 1]

    e_steps, e_units = columns(e_out)
    i_steps, i_units = columns(i_out)
    return {"excitatory_steps": e_steps, "excitatory_units": e_units, "inhibitory_steps": i_steps,
            "inhibitory_units": i_units, "weights": w, "theta": theta, "seconds": np.float64(seconds)}


if __name__ == "__main__":
    with open(sys.argv[1]) as handle:
        specification = json.load(handle)
    np.savez(sys.argv[3], **run(specification, dict(np.load(sys.argv[2]))))
