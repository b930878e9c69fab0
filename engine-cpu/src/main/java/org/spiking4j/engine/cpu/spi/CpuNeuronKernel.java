package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.ComponentState;

/**
 * Updates one population's spikes each step, for a range of rows. State that must survive a
 * checkpoint (e.g. initial thresholds) is exported through {@link ComponentState}.
 */
public interface CpuNeuronKernel extends ComponentState {

    /** Resets the neuron state of the first {@code rows} rows at the start of a batch. */
    void resetBatch(int rows);

    /**
     * Computes this step's spikes of rows [fromRow, toRow) into the population's spike bytes. The
     * population's current already holds every projection's contribution.
     */
    void step(int fromRow, int toRow, int worker);

    /**
     * True when {@link #step} also writes each row's ascending list of spiking units and its count
     * ({@link SpikeBuffer#active()}, {@link SpikeBuffer#activeCount()}); otherwise the engine lists them
     * from the spike bytes after the step.
     */
    default boolean listsSpikes() {
        return false;
    }
}
