package org.spiking4j.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.engine.gpu.OpenClBackendProvider;
import org.spiking4j.engine.gpu.OpenClTolerances;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.testkit.backend.BackendRequirement;
import org.spiking4j.testkit.golden.GoldenFiles;
import org.spiking4j.testkit.golden.GoldenReplay;
import org.spiking4j.testkit.golden.GoldenReport;

/** The OpenCL engine reproduces the golden vectors: every spike exactly, weights within its tolerance. */
class OpenClGoldenReplayTest {

    @Test
    void reproducesTheGoldenVectors() throws Exception {
        OpenClBackendProvider provider = new OpenClBackendProvider();
        BackendRequirement.requireAvailable(provider, BackendRequirement.REQUIRE_OPENCL);
        Path golden = Paths.get(getClass().getResource(GoldenFiles.BUNDLED).toURI());
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(null);
        for (KernelChoice kernels : new KernelChoice[] {KernelChoice.AUTO, KernelChoice.DENSE}) {
            GoldenReplay replay = new GoldenReplay(provider.create(registry), new CircuitResolver(registry),
                    new SimulationOptions(1, kernels), OpenClTolerances.WEIGHT_ABSOLUTE);
            GoldenReport report = replay.replay(golden);
            System.out.println("opencl " + kernels + ": " + report.summary());
            assertTrue(report.passed(), report.summary());
        }
    }
}
