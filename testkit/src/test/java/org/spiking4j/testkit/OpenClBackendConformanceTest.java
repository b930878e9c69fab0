package org.spiking4j.testkit;

import org.junit.jupiter.api.BeforeEach;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.engine.gpu.OpenClBackendProvider;
import org.spiking4j.engine.gpu.OpenClTolerances;
import org.spiking4j.testkit.backend.BackendRequirement;
import org.spiking4j.testkit.conformance.BackendConformanceSuite;

/** The OpenCL engine passes the same conformance suite as the CPU engine, with its own tolerance. */
class OpenClBackendConformanceTest extends BackendConformanceSuite {
    private final OpenClBackendProvider provider = new OpenClBackendProvider();

    @BeforeEach
    void requireOpenCl() {
        BackendRequirement.requireAvailable(provider, BackendRequirement.REQUIRE_OPENCL);
    }

    @Override
    protected Backend backend() {
        return provider.create(registry);
    }

    @Override
    protected SimulationOptions options() {
        return new SimulationOptions(1, KernelChoice.AUTO);
    }

    @Override
    protected double weightTolerance() {
        return OpenClTolerances.WEIGHT_ABSOLUTE;
    }
}
