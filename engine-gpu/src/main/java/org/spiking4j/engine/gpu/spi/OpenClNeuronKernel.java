package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.engine.ComponentState;

/**
 * Enqueues one population's spike update each step, for all rows of the batch at once. State that
 * must survive a checkpoint (e.g. initial thresholds) is exported through {@link ComponentState},
 * under the same names as the CPU twin's.
 */
public interface OpenClNeuronKernel extends ComponentState {

    /** Enqueues resetting the neuron state of the first {@code rows} rows at the start of a batch. */
    void resetBatch(int rows);

    /**
     * Enqueues computing this step's spikes into {@code population.spikes().now().spikes()}. The
     * current already holds every projection's contribution.
     */
    void step(int rows);

    /**
     * Enqueues what must wait until the engine has listed this step's spikes (the per-row counts in
     * {@code spikes().now().activeCount()}), e.g. an adaptive threshold.
     */
    default void adapt(int rows) {
    }
}
