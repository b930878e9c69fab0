package org.spiking4j.export.loihi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.spiking4j.api.data.LabeledImages;

/**
 * A small "trained" CSDP circuit for tests: the structure of csdp.md §2 (784-40-20, classifier 10,
 * reconstruction 784) with random weights U(-1, 1) (lateral U(0, 1), hollow), jittered thresholds,
 * and random sparse images. Deterministic for a seed.
 */
public final class SyntheticModel {
    public static final int INPUTS = 784;
    public static final int HIDDEN1 = 40;
    public static final int HIDDEN2 = 20;
    public static final int CLASSES = 10;
    public static final int STEPS = 20;
    private static final double BASE_THRESHOLD = 0.055;
    private static final double JITTER = 0.025;
    private static final double BRIGHT_FRACTION = 0.2;

    private SyntheticModel() {
    }

    public static CircuitDescription circuit(double rhoB) {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        TraceSpec trace = new TraceSpec(13);
        populations.put("z0", new PopulationSpec("bernoulli", INPUTS, PopulationRole.INPUT, null, null));
        populations.put("z3", new PopulationSpec("clamp", CLASSES, PopulationRole.LABEL, null, null));
        populations.put("z1", new PopulationSpec("slif", HIDDEN1, PopulationRole.HIDDEN, slif(rhoB), trace));
        populations.put("z2", new PopulationSpec("slif", HIDDEN2, PopulationRole.HIDDEN, slif(rhoB), trace));
        populations.put("zy", new PopulationSpec("slif", CLASSES, PopulationRole.CLASSIFIER, slif(rhoB), trace));
        populations.put("zR", new PopulationSpec("slif", INPUTS, PopulationRole.RECONSTRUCTION, slif(0), trace));
        Map<String, SignalSpec> signals = new LinkedHashMap<>();
        signals.put("g1", new SignalSpec("goodness", "z1", null, null, Map.of("threshold", 10.0)));
        signals.put("g2", new SignalSpec("goodness", "z2", null, null, Map.of("threshold", 10.0)));
        signals.put("ey", new SignalSpec("error", "zy", "z3", "trace", null));
        signals.put("eR", new SignalSpec("error", "zR", "z0", "spikes", null));
        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        projections.put("W1", csdp("z0", "z1", "g1"));
        projections.put("M1", lateral("z1", "g1"));
        projections.put("V2", csdp("z2", "z1", "g1"));
        projections.put("V2y", csdp("z3", "z1", "g1"));
        projections.put("W2", csdp("z1", "z2", "g2"));
        projections.put("M2", lateral("z2", "g2"));
        projections.put("V3y", csdp("z3", "z2", "g2"));
        projections.put("C2", hebbian("z1", "zy", "ey", 1));
        projections.put("C3", hebbian("z2", "zy", "ey", 1));
        projections.put("R1", hebbian("z1", "zR", "eR", 0));
        return new CircuitDescription(CircuitDescription.API_VERSION, "synthetic", 42L, new TimeSpec(3.0, STEPS),
                populations, signals, projections, new OptimizerSpec("adam", Map.of("eta", 0.002)),
                new ProtocolSpec("contrastive-supervised", 8, 1, 4, 0, null), null, null);
    }

    public static TrainedCircuit trained(long seed, double rhoB) {
        CircuitDescription circuit = circuit(rhoB);
        Random random = new Random(seed);
        Map<String, float[]> weights = new LinkedHashMap<>();
        circuit.projections().forEach((name, spec) -> {
            int pre = circuit.population(spec.from()).size();
            int post = circuit.population(spec.to()).size();
            float[] values = new float[pre * post];
            double low = spec.lowerBound();
            for (int index = 0; index < values.length; index++) {
                values[index] = (float) (low + (1 - low) * random.nextDouble());
            }
            if (spec.isHollow()) {
                for (int unit = 0; unit < pre; unit++) {
                    values[unit * post + unit] = 0f;
                }
            }
            weights.put(name, values);
        });
        Map<String, float[]> thresholds = new LinkedHashMap<>();
        circuit.populations().forEach((name, spec) -> {
            if (spec.model().equals("slif")) {
                float[] values = new float[spec.size()];
                for (int unit = 0; unit < values.length; unit++) {
                    values[unit] = (float) (BASE_THRESHOLD + JITTER * (2 * random.nextDouble() - 1));
                }
                thresholds.put(name, values);
            }
        });
        return new TrainedCircuit(circuit, weights, thresholds);
    }

    public static LabeledImages images(long seed, int count) {
        Random random = new Random(seed);
        float[] pixels = new float[count * INPUTS];
        int[] labels = new int[count];
        for (int image = 0; image < count; image++) {
            labels[image] = random.nextInt(CLASSES);
            for (int pixel = 0; pixel < INPUTS; pixel++) {
                if (random.nextDouble() < BRIGHT_FRACTION) {
                    pixels[image * INPUTS + pixel] = (float) (0.5 + 0.5 * random.nextDouble());
                }
            }
        }
        return new LabeledImages(pixels, labels, count, INPUTS, CLASSES);
    }

    private static Map<String, Double> slif(double rhoB) {
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("tauM", 100.0);
        params.put("resistance", 1.0);
        params.put("threshold", BASE_THRESHOLD);
        params.put("thresholdJitter", JITTER);
        params.put("rhoB", rhoB);
        params.put("thresholdFloor", 0.025);
        return params;
    }

    private static ProjectionSpec csdp(String from, String to, String signal) {
        return new ProjectionSpec(from, to, 0.1, null, null, null, null, new RuleSpec("csdp", signal, null));
    }

    private static ProjectionSpec lateral(String population, String signal) {
        return new ProjectionSpec(population, population, 0.01, -1, true, List.of(0.0, 1.0), null,
                new RuleSpec("csdp", signal, null));
    }

    private static ProjectionSpec hebbian(String from, String to, String signal, int delay) {
        return new ProjectionSpec(from, to, null, null, null, null, delay, new RuleSpec("hebbian-error", signal, null));
    }
}
