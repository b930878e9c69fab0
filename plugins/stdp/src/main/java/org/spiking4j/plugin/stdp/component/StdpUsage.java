package org.spiking4j.plugin.stdp.component;

import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.component.UsageCheck.Problem;

/** What the plugin's components need from the circuit around them, checked before anything runs. */
final class StdpUsage {
    private static final int PROJECTION_NAME = 1;

    private StdpUsage() {
    }

    /** path: projections, NAME, rule. */
    static List<Problem> ofRule(CircuitDescription circuit, List<String> path) {
        List<Problem> problems = new ArrayList<>();
        String name = path.get(PROJECTION_NAME);
        ProjectionSpec projection = circuit.projections().get(name);
        if (projection == null) {
            return problems;
        }
        for (String end : new String[] {projection.from(), projection.to()}) {
            PopulationSpec population = end == null ? null : circuit.populations().get(end);
            if (population != null && population.trace() == null) {
                problems.add(new Problem(path, "the stdp rule of projection '" + name + "' reads the traces of '"
                        + projection.from() + "' and '" + projection.to() + "', but population '" + end + "' has no "
                        + "trace; add 'trace: {tau: 20}' to it (the trace time constant in ms)."));
            }
        }
        RuleSpec rule = projection.rule();
        choice(problems, path, "the stdp rule of projection '" + name + "'", StdpComponents.TRACE_MODE,
                rule.option(StdpComponents.TRACE_MODE, StdpComponents.TRACE_SET),
                List.of(StdpComponents.TRACE_SET, StdpComponents.TRACE_ADD));
        choice(problems, path, "the stdp rule of projection '" + name + "'", StdpComponents.WEIGHT_DEPENDENCE,
                rule.option(StdpComponents.WEIGHT_DEPENDENCE, StdpComponents.DEPENDENCE_NONE),
                List.of(StdpComponents.DEPENDENCE_NONE, StdpComponents.DEPENDENCE_SOFT));
        return problems;
    }

    /** path: projections, NAME, constraint. */
    static List<Problem> ofNormalization(CircuitDescription circuit, List<String> path) {
        List<Problem> problems = new ArrayList<>();
        String name = path.get(PROJECTION_NAME);
        ProjectionSpec projection = circuit.projections().get(name);
        if (projection == null || projection.constraint() == null) {
            return problems;
        }
        Double total = projection.constraint().params().get(StdpComponents.TOTAL);
        if (total == null || !(total > 0)) {
            problems.add(new Problem(path, "normalize-columns on projection '" + name + "' needs 'params: {total: "
                    + "<sum>}' above 0 (each post unit's incoming weights are scaled to sum to it; 78.4 for 784 inputs"
                    + " in Diehl & Cook), found " + (total == null ? "none" : total) + "."));
        }
        if (projection.rule() == null) {
            problems.add(new Problem(path, "normalize-columns is on projection '" + name + "', which is fixed (it has"
                    + " no rule), so it would only rescale constant weights; put it on the plastic projection or "
                    + "remove it."));
        }
        return problems;
    }

    /** path: protocol. */
    static List<Problem> ofProtocol(CircuitDescription circuit, List<String> path) {
        List<Problem> problems = new ArrayList<>();
        ProtocolSpec protocol = circuit.protocol();
        if (protocol.batchSize() != null && protocol.batchSize() != 1) {
            problems.add(new Problem(child(path, "batchSize"), "the unsupervised protocol presents one sample at a "
                    + "time with state persisting across samples; set 'batchSize: 1' (found " + protocol.batchSize()
                    + ")."));
        }
        choice(problems, path, "the unsupervised protocol", StdpComponents.BETWEEN,
                protocol.option(StdpComponents.BETWEEN, StdpComponents.BETWEEN_REST),
                List.of(StdpComponents.BETWEEN_REST, StdpComponents.BETWEEN_RESET));
        choice(problems, path, "the unsupervised protocol", StdpComponents.INPUT_GAPS,
                protocol.option(StdpComponents.INPUT_GAPS, StdpComponents.GAPS_GEOMETRIC),
                List.of(StdpComponents.GAPS_GEOMETRIC, StdpComponents.GAPS_POISSON));
        circuit.populations().forEach((name, population) -> {
            if (population != null && population.model() != null && !StdpComponents.LIF.equals(population.model())
                    && !StdpComponents.POISSON.equals(population.model())) {
                problems.add(new Problem(List.of("populations", name, "model"), "population '" + name + "' uses "
                        + "neuron model '" + population.model() + "', which has no kernel in the unsupervised "
                        + "protocol's engine; use lif (or poisson for the input), or a batch protocol."));
            }
        });
        circuit.projections().forEach((name, projection) -> {
            if (projection != null && projection.rule() != null && projection.rule().model() != null
                    && !StdpComponents.STDP.equals(projection.rule().model())) {
                problems.add(new Problem(List.of("projections", name, "rule", "model"), "projection '" + name
                        + "' learns with rule '" + projection.rule().model() + "', which has no kernel in the "
                        + "unsupervised protocol's engine; use stdp, or a batch protocol."));
            }
        });
        if (protocol.readout() == null) {
            problems.add(new Problem(path, "the unsupervised protocol needs a readout; add 'readout: {model: "
                    + "label-assignment, population: <excitatory population>}'."));
        }
        return problems;
    }

    /** path: protocol, readout. */
    static List<Problem> ofReadout(CircuitDescription circuit, List<String> path) {
        List<Problem> problems = new ArrayList<>();
        ReadoutSpec readout = circuit.protocol().readout();
        if (readout.population() == null) {
            problems.add(new Problem(path, "label-assignment needs the population it labels; add 'population: "
                    + "<excitatory population>'."));
        }
        choice(problems, path, "label-assignment", StdpComponents.VOTE,
                readout.option(StdpComponents.VOTE, StdpComponents.VOTE_MEAN),
                List.of(StdpComponents.VOTE_MEAN, StdpComponents.VOTE_PROPORTION));
        return problems;
    }

    private static void choice(List<Problem> problems, List<String> path, String owner, String option, String value,
            List<String> allowed) {
        if (!allowed.contains(value)) {
            problems.add(new Problem(child(child(path, "options"), option), owner + " has " + option + " '" + value
                    + "'; use " + String.join(" or ", allowed) + "."));
        }
    }

    private static List<String> child(List<String> path, String element) {
        List<String> longer = new ArrayList<>(path);
        longer.add(element);
        return List.copyOf(longer);
    }
}
