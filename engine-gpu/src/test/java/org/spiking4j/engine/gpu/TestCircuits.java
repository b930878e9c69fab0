package org.spiking4j.engine.gpu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.OptimizerSpec;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.circuit.SignalSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.circuit.TraceSpec;

/**
 * A small supervised CSDP circuit with every parameter written out (engine-gpu's tests run without
 * the runtime's resolver), and a batch for it.
 */
final class TestCircuits {
    static final int CLASSES = 10;
    private static final Map<String, Double> SLIF = Map.of("tauM", 100.0, "resistance", 1.0, "threshold", 0.055,
            "thresholdJitter", 0.025, "rhoB", 0.001, "thresholdFloor", 0.025);
    private static final Map<String, Double> CSDP = Map.of("wDecay", 1e-4);
    private static final Map<String, Double> HEBBIAN = Map.of("preWeight", 1.0, "postWeight", 0.1);

    private TestCircuits() {
    }

    static CircuitDescription csdp(int inputs, int hidden, int batchSize, int steps) {
        TraceSpec trace = new TraceSpec(13);
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put("z0", new PopulationSpec("bernoulli", inputs, PopulationRole.INPUT, null, null));
        populations.put("z3", new PopulationSpec("clamp", CLASSES, PopulationRole.LABEL, null, null));
        populations.put("z1", new PopulationSpec("slif", hidden, PopulationRole.HIDDEN, SLIF, trace));
        populations.put("zy", new PopulationSpec("slif", CLASSES, PopulationRole.CLASSIFIER, SLIF, trace));
        Map<String, SignalSpec> signals = new LinkedHashMap<>();
        signals.put("g1", new SignalSpec("goodness", "z1", null, null, Map.of("threshold", 10.0)));
        signals.put("ey", new SignalSpec("error", "zy", "z3", "trace", null));
        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        projections.put("W1", new ProjectionSpec("z0", "z1", 0.1, null, null, null, null, new RuleSpec("csdp", "g1",
                CSDP)));
        projections.put("M1", new ProjectionSpec("z1", "z1", 0.01, -1, true, List.of(0.0, 1.0), null,
                new RuleSpec("csdp", "g1", CSDP)));
        projections.put("V2y", new ProjectionSpec("z3", "z1", 0.1, null, null, null, null, new RuleSpec("csdp", "g1",
                CSDP)));
        projections.put("C2", new ProjectionSpec("z1", "zy", null, null, null, null, null,
                new RuleSpec("hebbian-error", "ey", HEBBIAN)));
        return new CircuitDescription(CircuitDescription.API_VERSION, "engine-gpu-test", 42L, new TimeSpec(3.0, steps),
                populations, signals, projections,
                new OptimizerSpec("adam", Map.of("eta", 0.001, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8)),
                new ProtocolSpec("contrastive-supervised", batchSize, 1, batchSize, 0, null), null, null);
    }

    /** A training batch: 2·positives rows of random intensities, one-hot labels, positives first. */
    static Batch trainingBatch(int inputs, int positives, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int rows = 2 * positives;
        float[] images = new float[rows * inputs];
        for (int index = 0; index < images.length; index++) {
            images[index] = (float) random.nextDouble();
        }
        float[] labels = new float[rows * CLASSES];
        float[] contrast = new float[rows];
        for (int row = 0; row < rows; row++) {
            labels[row * CLASSES + random.nextInt(CLASSES)] = 1f;
            contrast[row] = row < positives ? 1f : 0f;
        }
        return new Batch(rows, Map.of("z0", images, "z3", labels), contrast, true, 0, null, null);
    }
}
