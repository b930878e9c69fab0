package org.spiking4j.testkit.parity;

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
 * The CSDP circuit of csdp.md §2 at a parity case's sizes, unresolved (defaults and the batch-size
 * rule are filled in by the runtime's resolver): supervised with the label-context projections
 * V2y and V3y, unsupervised without them (§8). Weights and thresholds come from the case's seed.
 */
public final class ParityCircuit {
    public static final String SUPERVISED = "contrastive-supervised";
    public static final String UNSUPERVISED = "contrastive-unsupervised";
    private static final double DT = 3.0;
    private static final double TRACE_TAU = 13;
    private static final double EXCITATORY_SCALE = 0.1;
    private static final double LATERAL_SCALE = 0.01;

    private ParityCircuit() {
    }

    public static CircuitDescription of(ParityCase parity) {
        TraceSpec trace = new TraceSpec(TRACE_TAU);
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put("z0", new PopulationSpec("bernoulli", parity.inputs(), PopulationRole.INPUT, null, null));
        populations.put("z3", new PopulationSpec("clamp", ParityCase.CLASSES, PopulationRole.LABEL, null, null));
        populations.put("z1", new PopulationSpec("slif", parity.hidden1(), PopulationRole.HIDDEN, null, trace));
        populations.put("z2", new PopulationSpec("slif", parity.hidden2(), PopulationRole.HIDDEN, null, trace));
        populations.put("zy", new PopulationSpec("slif", ParityCase.CLASSES, PopulationRole.CLASSIFIER, null, trace));
        populations.put("zR", new PopulationSpec("slif", parity.inputs(), PopulationRole.RECONSTRUCTION,
                Map.of("rhoB", 0.0), trace));

        Map<String, SignalSpec> signals = new LinkedHashMap<>();
        signals.put("g1", new SignalSpec("goodness", "z1", null, null, null));
        signals.put("g2", new SignalSpec("goodness", "z2", null, null, null));
        signals.put("ey", new SignalSpec("error", "zy", "z3", "trace", null));
        signals.put("eR", new SignalSpec("error", "zR", "z0", "spikes", null));

        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        projections.put("W1", csdp("z0", "z1", "g1"));
        projections.put("M1", lateral("z1", "g1"));
        projections.put("V2", csdp("z2", "z1", "g1"));
        if (parity.supervised()) {
            projections.put("V2y", csdp("z3", "z1", "g1"));
        }
        projections.put("W2", csdp("z1", "z2", "g2"));
        projections.put("M2", lateral("z2", "g2"));
        if (parity.supervised()) {
            projections.put("V3y", csdp("z3", "z2", "g2"));
        }
        projections.put("C2", hebbian("z1", "zy", "ey", 1));
        projections.put("C3", hebbian("z2", "zy", "ey", 1));
        projections.put("R1", hebbian("z1", "zR", "eR", 0));

        return new CircuitDescription(CircuitDescription.API_VERSION, "parity", parity.seed(),
                new TimeSpec(DT, parity.steps()), populations, signals, projections,
                new OptimizerSpec(parity.optimizer(), null),
                new ProtocolSpec(parity.protocol(), parity.batchSize(), 1, parity.batchSize(), 0, null), null, null);
    }

    private static ProjectionSpec csdp(String from, String to, String signal) {
        return new ProjectionSpec(from, to, EXCITATORY_SCALE, null, null, null, null, new RuleSpec("csdp", signal, null));
    }

    private static ProjectionSpec lateral(String population, String signal) {
        return new ProjectionSpec(population, population, LATERAL_SCALE, -1, true, List.of(0.0, 1.0), null,
                new RuleSpec("csdp", signal, null));
    }

    private static ProjectionSpec hebbian(String from, String to, String signal, int delay) {
        return new ProjectionSpec(from, to, null, null, null, null, delay, new RuleSpec("hebbian-error", signal, null));
    }
}
