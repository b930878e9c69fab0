package org.spiking4j.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.testkit.golden.GoldenFiles;
import org.spiking4j.testkit.golden.GoldenReplay;
import org.spiking4j.testkit.golden.GoldenReport;

class CpuGoldenReplayTest {

    @Test
    void reproducesTheGoldenVectors() throws Exception {
        Path golden = Paths.get(getClass().getResource(GoldenFiles.BUNDLED).toURI());
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(null);
        for (KernelChoice kernels : KernelChoice.values()) {
            for (int threads : new int[] {1, 2}) {
                GoldenReplay replay = new GoldenReplay(new CpuBackendProvider().create(registry),
                        new CircuitResolver(registry), new SimulationOptions(threads, kernels),
                        GoldenReplay.WEIGHT_TOLERANCE);
                GoldenReport report = replay.replay(golden);
                System.out.println(kernels + " x" + threads + ": " + report.summary());
                assertTrue(report.passed(), report.summary());
            }
        }
    }
}
