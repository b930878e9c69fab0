package org.spiking4j.api.protocol;

import org.spiking4j.api.circuit.CircuitDescription;

/**
 * A protocol that presents one sample after another to a circuit whose state persists across
 * samples (adaptive thresholds, traces, membrane potentials during rest), with its own step driver.
 * The runtime's online trainer drives it: training passes, then spike counts for a readout.
 */
public interface OnlineProtocol extends TrainingProtocol {

    /** Compiles the resolved circuit, weights initialised from its seed. */
    OnlineTraining open(CircuitDescription circuit, int threads);

    /**
     * The backends whose kernels this protocol's driver runs on (default: its plugin's own CPU driver,
     * backend id {@code cpu}); a golden replay or a training on any other stops with the missing-kernel message.
     */
    default java.util.Set<String> backends() {
        return java.util.Set.of("cpu");
    }
}
