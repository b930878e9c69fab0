package org.spiking4j.export.loihi.online;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.PopulationSpec;

/**
 * The parameters of a {@code lif} population (the STDP plugin's documented neuron model, stdp.md §1)
 * that the export needs, in mV and ms. Read from the circuit, so the exporter needs no plugin class.
 */
record LifCell(double rest, double reset, double threshold, double tauM, double refractory) {
    static final String MODEL = "lif";

    static LifCell of(String population, PopulationSpec spec) {
        Map<String, Double> params = spec.params();
        return new LifCell(require(population, params, "rest"), require(population, params, "reset"),
                require(population, params, "threshold"), require(population, params, "tauM"),
                params.getOrDefault("refractory", 0.0));
    }

    /** v's retention per step, e^(−dt/τM): exact integration between inputs. */
    double retention(double dt) {
        return Math.exp(-dt / tauM);
    }

    /** The distance from rest to the base threshold (θ comes on top). */
    double gap() {
        return threshold - rest;
    }

    private static double require(String population, Map<String, Double> params, String key) {
        Double value = params.get(key);
        if (value == null) {
            throw new Spiking4jException("Population '" + population + "' (model lif) has no parameter '" + key
                    + "'; the export reads rest, reset, threshold and tauM from the circuit.");
        }
        return value;
    }
}
