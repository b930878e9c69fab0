package org.spiking4j.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchPhase;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.backend.StepObserver;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.testkit.golden.GoldenCircuit;
import org.spiking4j.testkit.golden.GoldenConfig;
import org.spiking4j.testkit.golden.GoldenFiles;
import org.spiking4j.testkit.golden.GoldenReplay;
import org.spiking4j.testkit.golden.GoldenReport;

/**
 * What every backend must do, as an abstract JUnit class: each backend's test subclasses it and
 * states its own tolerance (Hipparchus' pattern for integrators).
 */
public abstract class BackendConformanceSuite {
    private static final int ROWS = 6;
    private static final int SIMULATIONS_OPENED_AND_CLOSED = 20;
    /** Steps of the rest phase that follows a presentation. */
    private static final int REST_STEPS = 4;
    private static final GoldenConfig SMALL = new GoldenConfig(784, 24, 12, 10, 8, 3.0, ROWS / 2, 1, 1, 0.0004,
            1e-4, 8);

    protected final PluginRegistry registry = new PluginLoader(getClass().getClassLoader()).load(null);
    protected final CircuitResolver resolver = new CircuitResolver(registry);

    /** The backend under test. */
    protected abstract Backend backend();

    /** Options it runs with. */
    protected abstract SimulationOptions options();

    /** Largest absolute weight difference it accepts against the golden vectors. */
    protected abstract double weightTolerance();

    @Test
    void reproducesTheGoldenVectors(@TempDir Path folder) {
        GoldenReport report = new GoldenReplay(backend(), resolver, options(), weightTolerance())
                .replay(GoldenFiles.copyBundled(folder));
        assertTrue(report.passed(), report.summary());
    }

    @Test
    void sameSeedSameResult() {
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(SMALL)).withSeed(11);
        Map<String, float[]> first = trainOneBatch(circuit);
        Map<String, float[]> second = trainOneBatch(circuit);
        first.forEach((name, weights) -> assertArrayEquals(weights, second.get(name), name));
    }

    @Test
    void exportedStateContinuesIdentically() {
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(SMALL)).withSeed(5);
        try (Simulation original = backend().compile(circuit, options());
                Simulation restored = backend().compile(circuit, options())) {
            original.run(trainingBatch(0));
            restored.run(trainingBatch(2));
            restored.importState(original.exportState());
            BatchResult expected = original.run(trainingBatch(1));
            BatchResult actual = restored.run(trainingBatch(1));
            assertArrayEquals(expected.classifierCounts().get("zy"), actual.classifierCounts().get("zy"));
            Map<String, float[]> weights = restored.weights();
            original.weights().forEach((name, values) -> assertArrayEquals(values, weights.get(name), name));
        }
    }

    @Test
    void phasesContinueTheBatchWithoutReset() {
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(SMALL)).withSeed(7);
        Batch whole = trainingBatch(0);
        int steps = circuit.time().steps();
        int first = steps / 2;
        Batch split = withPhases(whole, List.of(new BatchPhase(first, whole.clamps(), true),
                new BatchPhase(steps - first, whole.clamps(), true)));
        try (Simulation one = backend().compile(circuit, options());
                Simulation two = backend().compile(circuit, options())) {
            BatchResult expected = one.run(whole);
            BatchResult actual = two.run(split);
            assertArrayEquals(expected.classifierCounts().get("zy"), actual.classifierCounts().get("zy"));
            assertEquals(expected.spikesPerStep(), actual.spikesPerStep());
            Map<String, float[]> weights = two.weights();
            one.weights().forEach((name, values) -> assertArrayEquals(values, weights.get(name), name));
        }
    }

    @Test
    void aRestPhaseWithoutInputNeitherLearnsNorSpikesAtTheInput() {
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(SMALL)).withSeed(9);
        Batch presentation = trainingBatch(0);
        int steps = circuit.time().steps();
        Map<String, float[]> silence = Map.of("z0", new float[ROWS * 784], "z3", new float[ROWS * 10]);
        long[] inputSpikesAtRest = new long[1];
        StepObserver observer = (step, population, spikes, rows, size) -> {
            if (step >= steps && population.equals("z0")) {
                for (int index = 0; index < rows * size; index++) {
                    inputSpikesAtRest[0] += spikes[index];
                }
            }
        };
        Batch withRest = new Batch(ROWS, presentation.clamps(), presentation.contrast(), true, 0, null, observer,
                List.of(new BatchPhase(steps, presentation.clamps(), true), new BatchPhase(REST_STEPS, silence, false)));
        try (Simulation one = backend().compile(circuit, options());
                Simulation two = backend().compile(circuit, options())) {
            one.run(presentation);
            two.run(withRest);
            assertEquals(0, inputSpikesAtRest[0]);
            Map<String, float[]> weights = two.weights();
            one.weights().forEach((name, values) -> assertArrayEquals(values, weights.get(name), name));
        }
    }

    private static Batch withPhases(Batch batch, List<BatchPhase> phases) {
        return new Batch(batch.rows(), batch.clamps(), batch.contrast(), batch.learn(), batch.randomCoordinate(),
                batch.injectedSpikes(), batch.observer(), phases);
    }

    @Test
    void missingKernelsAreNamed() {
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(SMALL));
        Map<String, ProjectionSpec> projections = new java.util.LinkedHashMap<>(circuit.projections());
        projections.put("W1", projections.get("W1").withRule(new RuleSpec("mystery-rule", "g1", Map.of())));
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> backend().compile(circuit.withProjections(projections), options()).close());
        assertTrue(error.getMessage().contains("mystery-rule") && error.getMessage().contains("W1"),
                error.getMessage());
    }

    @Test
    void opensAndClosesManySimulations() {
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(SMALL));
        for (int round = 0; round < SIMULATIONS_OPENED_AND_CLOSED; round++) {
            try (Simulation simulation = backend().compile(circuit, options())) {
                assertEquals(circuit.projections().size(), simulation.weights().size());
            }
        }
    }

    @Test
    void oversizedBatchIsRefusedClearly() {
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(SMALL));
        try (Simulation simulation = backend().compile(circuit, options())) {
            int rows = 10 * ROWS;
            Batch batch = new Batch(rows, Map.of("z0", new float[rows * 784], "z3", new float[rows * 10]),
                    new float[rows], false, 0, null, null);
            Spiking4jException error = assertThrows(Spiking4jException.class, () -> simulation.run(batch));
            assertTrue(error.getMessage().contains("batch"), error.getMessage());
        }
    }

    private Map<String, float[]> trainOneBatch(CircuitDescription circuit) {
        try (Simulation simulation = backend().compile(circuit, options())) {
            simulation.run(trainingBatch(0));
            return simulation.weights();
        }
    }

    /** Random images, positives labelled k, negatives k + 1. */
    private static Batch trainingBatch(int coordinate) {
        float[] images = new float[ROWS * 784];
        new CounterRandom(3, RandomStream.SHUFFLE).fillUniform(images, 0, images.length, coordinate, 0, 0);
        float[] labels = new float[ROWS * 10];
        float[] contrast = new float[ROWS];
        for (int row = 0; row < ROWS; row++) {
            boolean positive = row < ROWS / 2;
            labels[row * 10 + (row % (ROWS / 2) + (positive ? 0 : 1)) % 10] = 1f;
            contrast[row] = positive ? 1f : 0f;
        }
        return new Batch(ROWS, Map.of("z0", images, "z3", labels), contrast, true, coordinate, null, null);
    }
}
