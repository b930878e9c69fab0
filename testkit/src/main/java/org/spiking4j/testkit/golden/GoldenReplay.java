package org.spiking4j.testkit.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.engine.StateNames;
import org.spiking4j.api.engine.builtin.SlifParameters;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.io.DType;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

/**
 * Replays golden files (shared/oracle/README.md) through a backend: injects the initial weights,
 * thresholds, input spikes and negative labels, then compares every spike of every population at
 * every step exactly, and weights and reconstruction estimates within {@link #WEIGHT_TOLERANCE}.
 */
public final class GoldenReplay {
    /** The oracle README's bound for weights and reconstruction estimates (weights live in [−1, 1]). */
    public static final double WEIGHT_TOLERANCE = 1e-5;
    private static final String[] PROJECTIONS = {"W1", "W2", "V2", "V2y", "V3y", "M1", "M2", "C2", "C3", "R1"};
    private static final Map<String, String> SPIKE_ARRAYS = Map.of("z1", "s1", "z2", "s2", "zy", "sy", "zR", "sR",
            "z0", "s0");
    private static final Map<String, String> THRESHOLDS = Map.of("z1", "thr0_1", "z2", "thr0_2", "zy", "thr0_y",
            "zR", "thr0_R");

    private static final String ADAM_STEP = StateNames.optimizerScalar("adam", "step");

    private final Backend backend;
    private final CircuitResolver resolver;
    private final SimulationOptions options;
    private final double weightTolerance;

    public GoldenReplay(Backend backend, CircuitResolver resolver, SimulationOptions options, double weightTolerance) {
        this.backend = backend;
        this.resolver = resolver;
        this.options = options;
        this.weightTolerance = weightTolerance;
    }

    /** The golden files at a path: the file itself, or every {@code .npz} in the folder, sorted. */
    public static List<Path> goldenFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new Spiking4jException("No golden file or folder at " + path + ".");
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".npz")).sorted().toList();
            if (found.isEmpty()) {
                throw new Spiking4jException("Folder " + path + " holds no .npz golden files.");
            }
            return found;
        } catch (IOException e) {
            throw new Spiking4jException("Cannot list " + path + ": " + e.getMessage());
        }
    }

    public GoldenReport replay(Path file) {
        Map<String, NdArray> arrays = NpzArchive.read(file);
        GoldenConfig config = GoldenConfig.parse((byte[]) require(arrays, "config_json", file).data(), file.toString());
        CircuitDescription circuit = resolver.resolve(GoldenCircuit.of(config));
        Comparison comparison = new Comparison(file.getFileName().toString(), weightTolerance);
        try (Simulation simulation = backend.compile(circuit, options)) {
            simulation.importState(initialState(arrays, file));
            int batches = config.trainBatches() + config.testBatches();
            for (int batchIndex = 0; batchIndex < batches && comparison.passed(); batchIndex++) {
                boolean training = batchIndex < config.trainBatches();
                replayBatch(simulation, arrays, file, config, batchIndex, training, comparison);
            }
            if (comparison.passed()) {
                double steps = simulation.exportState().scalars().getOrDefault(ADAM_STEP, Double.NaN);
                if (steps != config.adamStepsFinal()) {
                    comparison.fail("optimiser step counter is " + steps + " after training, expected "
                            + config.adamStepsFinal());
                }
            }
        }
        return comparison.report();
    }

    private void replayBatch(Simulation simulation, Map<String, NdArray> arrays, Path file, GoldenConfig config,
            int batchIndex, boolean training, Comparison comparison) {
        String prefix = "b" + batchIndex + "_";
        float[] images = require(arrays, prefix + "X", file).asFloats();
        float[] labels = require(arrays, prefix + "Y", file).asFloats();
        int positives = config.batchSize();
        int rows = training ? 2 * positives : positives;
        float[] inputs = training ? twice(images) : images;
        float[] labelContext = training
                ? concat(labels, require(arrays, prefix + "yneg", file).asFloats())
                : new float[positives * config.classes()];
        float[] contrast = new float[rows];
        java.util.Arrays.fill(contrast, 0, positives, 1f);
        byte[][] inputSpikes = perStep(require(arrays, prefix + "s0", file), config.steps());

        Map<String, byte[][]> expected = new HashMap<>();
        SPIKE_ARRAYS.forEach((population, key) ->
                expected.put(population, perStep(require(arrays, prefix + key, file), config.steps())));
        String batchName = (training ? "training" : "test") + " batch " + batchIndex;
        Batch batch = new Batch(rows, Map.of("z0", inputs, "z3", labelContext), contrast, training, batchIndex,
                Map.of("z0", inputSpikes), (step, population, spikes, batchRows, size) ->
                        comparison.spikes(population, batchName, step, spikes, expected.get(population), batchRows,
                                size));
        BatchResult result = simulation.run(batch);
        if (!comparison.passed()) {
            return;
        }
        comparison.exactly("classifier counts (ycount) of " + batchName, result.classifierCounts().get("zy"),
                require(arrays, prefix + "ycount", file).asFloats());
        float[] traceSums = result.reconstructionTraceSums().get("zR");
        float[] estimate = new float[traceSums.length];
        for (int index = 0; index < estimate.length; index++) {
            estimate[index] = traceSums[index] / (config.steps() + 1);
        }
        comparison.reconstruction(batchName, estimate, require(arrays, prefix + "xrecon_mean", file).asFloats());
        Map<String, float[]> weights = simulation.weights();
        for (String projection : PROJECTIONS) {
            comparison.weights(projection + " after " + batchName, weights.get(projection),
                    require(arrays, prefix + "after_" + projection, file).asFloats());
        }
    }

    private static SimulationState initialState(Map<String, NdArray> arrays, Path file) {
        Map<String, float[]> state = new LinkedHashMap<>();
        for (String projection : PROJECTIONS) {
            state.put(projection, require(arrays, "init_" + projection, file).asFloats());
        }
        THRESHOLDS.forEach((population, key) ->
                state.put(StateNames.neuronPrefix(population) + SlifParameters.INITIAL_THRESHOLDS, require(arrays, key, file).asFloats()));
        return new SimulationState(state, Map.of());
    }

    private static byte[][] perStep(NdArray array, int steps) {
        if (array.dtype() != DType.UINT8 || array.rank() != 3 || array.dimension(0) != steps) {
            throw new Spiking4jException("Spike array of shape " + java.util.Arrays.toString(array.shape())
                    + " is not uint8 (T, N, n) with T = " + steps + ".");
        }
        byte[] all = (byte[]) array.data();
        int perStep = all.length / steps;
        byte[][] split = new byte[steps][];
        for (int step = 0; step < steps; step++) {
            split[step] = java.util.Arrays.copyOfRange(all, step * perStep, (step + 1) * perStep);
        }
        return split;
    }

    private static NdArray require(Map<String, NdArray> arrays, String key, Path file) {
        NdArray array = arrays.get(key);
        if (array == null) {
            throw new Spiking4jException(file + " has no array '" + key + "'; it is not a golden file of the "
                    + "shared/oracle format, or it was cut short.");
        }
        return array;
    }

    private static float[] twice(float[] rows) {
        return concat(rows, rows);
    }

    private static float[] concat(float[] first, float[] second) {
        float[] joined = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    /** Replays every golden file at the path. */
    public List<GoldenReport> replayAll(Path path) {
        List<GoldenReport> reports = new ArrayList<>();
        for (Path file : goldenFiles(path)) {
            reports.add(replay(file));
        }
        return reports;
    }
}
