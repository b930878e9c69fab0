package org.spiking4j.testkit.golden;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The supervised CSDP circuit of csdp.md §2 with the golden file's sizes, names as in the spec
 * (populations z0, z3, z1, z2, zy, zR; projections W1 … R1), eta and wDecay as the file states.
 */
public final class GoldenCircuit {
    private static final double TRACE_TAU = 13;
    private static final double EXCITATORY_SCALE = 0.1;
    private static final double LATERAL_SCALE = 0.01;

    private GoldenCircuit() {
    }

    public static CircuitDescription of(GoldenConfig config) {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        TraceSpec trace = new TraceSpec(TRACE_TAU);
        populations.put("z0", new PopulationSpec("bernoulli", config.inputs(), PopulationRole.INPUT, null, null));
        populations.put("z3", new PopulationSpec("clamp", config.classes(), PopulationRole.LABEL, null, null));
        populations.put("z1", new PopulationSpec("slif", config.hidden1(), PopulationRole.HIDDEN, null, trace));
        populations.put("z2", new PopulationSpec("slif", config.hidden2(), PopulationRole.HIDDEN, null, trace));
        populations.put("zy", new PopulationSpec("slif", config.classes(), PopulationRole.CLASSIFIER, null, trace));
        populations.put("zR", new PopulationSpec("slif", config.inputs(), PopulationRole.RECONSTRUCTION,
                Map.of("rhoB", 0.0), trace));

        Map<String, SignalSpec> signals = new LinkedHashMap<>();
        signals.put("g1", new SignalSpec("goodness", "z1", null, null, null));
        signals.put("g2", new SignalSpec("goodness", "z2", null, null, null));
        signals.put("ey", new SignalSpec("error", "zy", "z3", "trace", null));
        signals.put("eR", new SignalSpec("error", "zR", "z0", "spikes", null));

        Map<String, Double> decay = Map.of("wDecay", config.weightDecay());
        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        projections.put("W1", csdp("z0", "z1", "g1", decay));
        projections.put("M1", lateral("z1", "g1", decay));
        projections.put("V2", csdp("z2", "z1", "g1", decay));
        projections.put("V2y", csdp("z3", "z1", "g1", decay));
        projections.put("W2", csdp("z1", "z2", "g2", decay));
        projections.put("M2", lateral("z2", "g2", decay));
        projections.put("V3y", csdp("z3", "z2", "g2", decay));
        projections.put("C2", hebbian("z1", "zy", "ey", 1));
        projections.put("C3", hebbian("z2", "zy", "ey", 1));
        projections.put("R1", hebbian("z1", "zR", "eR", 0));

        return new CircuitDescription(CircuitDescription.API_VERSION, "golden", 0L,
                new TimeSpec(config.dt(), config.steps()), populations, signals, projections,
                new OptimizerSpec("adam", Map.of("eta", config.eta())),
                new ProtocolSpec("contrastive-supervised", config.batchSize(), 1, config.batchSize(), 0, null),
                null, null);
    }

    private static ProjectionSpec csdp(String from, String to, String signal, Map<String, Double> decay) {
        return new ProjectionSpec(from, to, EXCITATORY_SCALE, null, null, null, null,
                new RuleSpec("csdp", signal, decay));
    }

    private static ProjectionSpec lateral(String population, String signal, Map<String, Double> decay) {
        return new ProjectionSpec(population, population, LATERAL_SCALE, -1, true, List.of(0.0, 1.0), null,
                new RuleSpec("csdp", signal, decay));
    }

    private static ProjectionSpec hebbian(String from, String to, String signal, int delay) {
        return new ProjectionSpec(from, to, null, null, null, null, delay, new RuleSpec("hebbian-error", signal, null));
    }
}
