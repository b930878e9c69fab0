package org.spiking4j.export.loihi.quantize;

import org.spiking4j.api.circuit.PopulationRole;

/**
 * One population as a Lava process. An input population is a spike source (its LIF fields are
 * zero and unused); every other one is a LIF with Lava's per-population {@code du}, {@code dv},
 * {@code vth} and per-neuron bias.
 *
 * @param scale Lava units per float unit: the float potential v of unit i maps to
 *     {@code v·(θ_ref/θ_i)·scale·64} in Lava's v
 * @param referenceThreshold θ_ref, the float threshold every unit is rescaled to
 * @param alpha the float cell's dt/τm, folded into the incoming weights
 */
public record QuantizedPopulation(String name, PopulationRole role, int size, int du, int dv, int vth,
        int[] biasMantissa, int[] biasExponent, double scale, double referenceThreshold, double alpha) {

    public boolean isInput() {
        return role == PopulationRole.INPUT;
    }

    /** The threshold as a float potential after quantisation: vth / scale. */
    public double effectiveThreshold() {
        return vth / scale;
    }

    /** The decay Lava applies to v each step, as a fraction. */
    public double effectiveAlpha() {
        return dv / (double) LoihiLimits.DECAY_UNIT;
    }

    public static QuantizedPopulation input(String name, int size) {
        return new QuantizedPopulation(name, PopulationRole.INPUT, size, 0, 0, 0, new int[size], new int[size], 1.0,
                0.0, 0.0);
    }
}
