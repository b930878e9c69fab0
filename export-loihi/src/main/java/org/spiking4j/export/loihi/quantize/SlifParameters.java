package org.spiking4j.export.loihi.quantize;

import java.util.Map;
import org.spiking4j.api.circuit.PopulationSpec;

/**
 * The sLIF parameters the quantiser reads, with the descriptor's defaults (csdp.md §3) for any a
 * hand-written circuit leaves out; a resolved circuit.yaml always states them.
 */
record SlifParameters(double tauM, double resistance, double threshold, double thresholdJitter, double rhoB) {

    static SlifParameters of(PopulationSpec spec) {
        Map<String, Double> params = spec.params();
        return new SlifParameters(params.getOrDefault("tauM", 100.0), params.getOrDefault("resistance", 1.0),
                params.getOrDefault("threshold", 0.055), params.getOrDefault("thresholdJitter", 0.025),
                params.getOrDefault("rhoB", 0.001));
    }
}
