package org.spiking4j.export.loihi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.engine.cpu.CpuEnginePlugin;
import org.spiking4j.export.loihi.simulate.BernoulliTestEncoder;
import org.spiking4j.runtime.builtin.BuiltinPlugin;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Runs a trained circuit on test images in the float CPU engine the way the runtime's evaluator
 * does (labels zeroed, test coordinates), recording every population's spikes per image.
 */
final class FloatEngineRun {

    /** Per population, per image: (steps, size) spikes. */
    record Spikes(Map<String, byte[][]> byPopulation) {
    }

    private FloatEngineRun() {
    }

    static Spikes run(TrainedCircuit trained, LabeledImages test, int testBatchSize) {
        PluginRegistry registry = PluginRegistry.of(List.of(new BuiltinPlugin(), new CpuEnginePlugin()));
        Backend backend = new CpuBackendProvider().create(registry);
        var circuit = new CircuitResolver(registry).resolve(trained.circuit());
        int steps = circuit.time().steps();
        Map<String, byte[][]> spikes = new LinkedHashMap<>();
        circuit.populations().forEach((name, spec) -> spikes.put(name, new byte[test.count()][steps * spec.size()]));
        try (Simulation simulation = backend.compile(circuit, new SimulationOptions(1, KernelChoice.AUTO))) {
            Map<String, float[]> arrays = new LinkedHashMap<>(trained.weights());
            trained.initialThresholds().forEach((population, values) ->
                    arrays.put(TrainedCircuit.thresholdKey(population), values));
            simulation.importState(new SimulationState(arrays, Map.of()));
            int batches = (test.count() + testBatchSize - 1) / testBatchSize;
            for (int batch = 0; batch < batches; batch++) {
                int from = batch * testBatchSize;
                int rows = Math.min(testBatchSize, test.count() - from);
                Map<String, float[]> clamps = new LinkedHashMap<>();
                clamps.put("z0", java.util.Arrays.copyOfRange(test.pixels(), from * test.features(),
                        (from + rows) * test.features()));
                clamps.put("z3", new float[rows * circuit.population("z3").size()]);
                float[] contrast = new float[rows];
                java.util.Arrays.fill(contrast, 1f);
                simulation.run(new Batch(rows, clamps, contrast, false,
                        BernoulliTestEncoder.TEST_COORDINATE_BASE + batch, null,
                        (step, population, values, observedRows, size) -> {
                            for (int row = 0; row < observedRows; row++) {
                                System.arraycopy(values, row * size, spikes.get(population)[from + row], step * size,
                                        size);
                            }
                        }));
            }
        }
        return new Spikes(spikes);
    }
}
