package org.spiking4j.engine.cpu;

import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.cpu.simulation.CpuCircuitCompiler;

/** The reference backend: every component runs as a deterministic CPU kernel. */
public final class CpuBackend implements Backend {
    public static final String ID = "cpu";

    private final CpuCircuitCompiler compiler;

    public CpuBackend(CpuCircuitCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Simulation compile(CircuitDescription circuit, SimulationOptions options) {
        return compiler.compile(circuit, options);
    }
}
