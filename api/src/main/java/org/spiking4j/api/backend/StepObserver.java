package org.spiking4j.api.backend;

/** Sees every population's spikes after every step (golden replays, plots, parity checks). */
@FunctionalInterface
public interface StepObserver {

    /**
     * @param step zero-based step index (the spec's t = step + 1)
     * @param population population name
     * @param spikes row-major (rows, size) 0/1 values; valid only during the call
     */
    void onStep(int step, String population, byte[] spikes, int rows, int size);
}
