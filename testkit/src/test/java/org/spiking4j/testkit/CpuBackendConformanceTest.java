package org.spiking4j.testkit;

import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.testkit.conformance.BackendConformanceSuite;
import org.spiking4j.testkit.golden.GoldenReplay;

/** The CPU engine passes the conformance suite with two threads and the oracle's own tolerance. */
class CpuBackendConformanceTest extends BackendConformanceSuite {

    @Override
    protected Backend backend() {
        return new CpuBackendProvider().create(registry);
    }

    @Override
    protected SimulationOptions options() {
        return new SimulationOptions(2, KernelChoice.AUTO);
    }

    @Override
    protected double weightTolerance() {
        return GoldenReplay.WEIGHT_TOLERANCE;
    }
}
