package org.spiking4j.api.backend;

import org.spiking4j.api.circuit.CircuitDescription;

/** A compute backend: turns a resolved circuit into a simulation that owns its state on one device. */
public interface Backend {

    String id();

    /**
     * Compiles the circuit, initialising weights and thresholds from its seed.
     *
     * @throws org.spiking4j.api.Spiking4jException listing every component that has no kernel here
     */
    Simulation compile(CircuitDescription circuit, SimulationOptions options);
}
