package org.spiking4j.api.backend;

import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * A compiled circuit on one device. Owns weights, optimiser state and neuron state; runs batches.
 * Not thread-safe: one caller at a time.
 */
public interface Simulation extends AutoCloseable {

    CircuitDescription circuit();

    /** Resets neuron state, runs the batch's steps (learning if asked) and returns its outputs. */
    BatchResult run(Batch batch);

    /** A copy of every projection's weights, (pre, post) row-major, named as in the circuit. */
    Map<String, float[]> weights();

    /** A copy of the full state (weights included). */
    SimulationState exportState();

    /** Replaces the state with one exported earlier (or a subset: arrays absent are left alone). */
    void importState(SimulationState state);

    /**
     * Wall-clock seconds spent per phase since the simulation was compiled (for {@code bench
     * --profile}); phase names are the backend's own. Empty when the backend does not measure.
     */
    default Map<String, Double> phaseSeconds() {
        return Map.of();
    }

    /**
     * Per phase of {@link #phaseSeconds()}, the commands a device engine enqueued and their launch
     * waits; empty for host engines and when the simulation was compiled without
     * {@link SimulationOptions#profile()}.
     */
    default Map<String, PhaseCommands> phaseCommands() {
        return Map.of();
    }

    @Override
    void close();
}
