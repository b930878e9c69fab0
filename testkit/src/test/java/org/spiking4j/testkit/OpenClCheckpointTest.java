package org.spiking4j.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.engine.gpu.OpenClBackendProvider;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.CircuitTraining;
import org.spiking4j.testkit.backend.BackendRequirement;
import org.spiking4j.testkit.parity.ParityCase;
import org.spiking4j.testkit.parity.ParityCircuit;
import org.spiking4j.testkit.parity.ParityImages;

/** A state exported by one engine continues identically on the other: the names and layouts agree. */
class OpenClCheckpointTest {
    private static final ParityCase CASE = new ParityCase(99L, 196, 32, 24, 10, 6, ParityCircuit.SUPERVISED, "adam", 2);

    @Test
    void aCpuCheckpointContinuesOnOpenClAndBack() {
        OpenClBackendProvider openCl = new OpenClBackendProvider();
        BackendRequirement.requireAvailable(openCl, BackendRequirement.REQUIRE_OPENCL);
        PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(null);
        CircuitDescription circuit = new CircuitResolver(registry).resolve(ParityCircuit.of(CASE));
        SimulationOptions options = new SimulationOptions(1, KernelChoice.AUTO);
        try (Simulation cpu = new CpuBackendProvider().create(registry).compile(circuit, options);
                Simulation gpu = openCl.create(registry).compile(circuit, options)) {
            cpu.run(batch(registry, circuit, 0));
            SimulationState afterCpu = cpu.exportState();
            gpu.importState(afterCpu);
            assertSameState(afterCpu, gpu.exportState());

            gpu.run(batch(registry, circuit, 1));
            cpu.run(batch(registry, circuit, 1));
            SimulationState afterGpu = gpu.exportState();
            assertSameState(cpu.exportState(), afterGpu);

            cpu.importState(afterGpu);
            assertSameState(afterGpu, cpu.exportState());
        }
    }

    private static void assertSameState(SimulationState expected, SimulationState actual) {
        assertEquals(expected.arrays().keySet(), actual.arrays().keySet());
        assertEquals(expected.scalars(), actual.scalars());
        expected.arrays().forEach((name, values) -> assertArrayEquals(values, actual.arrays().get(name), name));
    }

    private static Batch batch(PluginRegistry registry, CircuitDescription circuit, int index) {
        int positives = CASE.batchSize();
        LabeledImages images = ParityImages.of(CASE.seed() + index, positives, CASE.inputs(), ParityCase.CLASSES);
        CircuitTraining training = CircuitTraining.of(registry, circuit);
        return training.protocol().trainingBatch(images, training.context(), index).toBatch(true, index);
    }
}
