package org.spiking4j.plugin.stdp.engine;

import java.util.Map;

/**
 * A {@code lif} population's parameters, read once, with the per-step factors derived from them.
 * Potentials in mV, times in ms. The decays are kept in double: θ's e^(−1/10⁷) rounds badly in
 * float32 (stdp.md §3).
 */
record LifParameters(double rest, double reset, double threshold, double tauM, double refractory, double thetaPlus,
        double tauTheta, double theta0, boolean oneSpike, double dt) {

    static LifParameters read(Map<String, Double> params, double dt) {
        return new LifParameters(params.get("rest"), params.get("reset"), params.get("threshold"),
                params.get("tauM"), params.get("refractory"), params.get("thetaPlus"), params.get("tauTheta"),
                params.get("theta0"), params.getOrDefault("oneSpike", 0.0) != 0.0, dt);
    }

    double membraneDecay() {
        return Math.exp(-dt / tauM);
    }

    double thetaDecay() {
        return Math.exp(-dt / tauTheta);
    }

    /** Steps a spiking neuron stays refractory, as Brian2 counts them (timestep(refractory, dt)). */
    long refractorySteps() {
        return Math.round(refractory / dt);
    }
}
