package org.spiking4j.plugin.stdp.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ConstraintSpec;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.plugin.stdp.component.StdpComponents;

/**
 * Resolves a circuit of this plugin's components into an {@link OnlineCircuit}: reads every
 * parameter once, wires projections to the spikes they read and the currents they write, and
 * initialises plastic weights from the circuit's seed. Combinations that cannot work get one
 * sentence naming the component and what to change.
 */
public final class OnlineCircuitCompiler {

    public OnlineCircuit compile(CircuitDescription circuit) {
        double dt = circuit.time().dt();
        ProtocolSpec protocol = circuit.protocol();
        SampleShape shape = new SampleShape(circuit.time().steps(),
                (int) Math.round(param(protocol.params(), StdpComponents.REST_STEPS, 0.0)),
                StdpComponents.BETWEEN_RESET.equals(protocol.option(StdpComponents.BETWEEN, StdpComponents.BETWEEN_REST)));
        String inputName = null;
        int inputSize = 0;
        Map<String, LifPopulation> lif = new LinkedHashMap<>();
        for (Map.Entry<String, PopulationSpec> entry : circuit.populations().entrySet()) {
            PopulationSpec spec = entry.getValue();
            if (StdpComponents.POISSON.equals(spec.model())) {
                if (inputName != null) {
                    throw new Spiking4jException("Populations '" + inputName + "' and '" + entry.getKey()
                            + "' are both poisson inputs; the unsupervised protocol drives one input population.");
                }
                inputName = entry.getKey();
                inputSize = spec.size();
            } else if (StdpComponents.LIF.equals(spec.model())) {
                lif.put(entry.getKey(), new LifPopulation(entry.getKey(), spec.size(),
                        LifParameters.read(StdpComponents.withDefaults(StdpComponents.LIF, spec.params()), dt)));
            } else {
                throw new Spiking4jException("Population '" + entry.getKey() + "' uses neuron model '" + spec.model()
                        + "', which the unsupervised protocol's engine has no kernel for; use lif (or poisson for the"
                        + " input).");
            }
        }
        if (inputName == null) {
            throw new Spiking4jException("The circuit has no poisson input population; the unsupervised protocol "
                    + "needs one ('model: poisson, role: input').");
        }
        SpikeList inputSpikes = new SpikeList(inputSize);
        List<OnlineCircuit.Connection> connections = new ArrayList<>();
        List<OnlineCircuit.Plastic> plastic = new ArrayList<>();
        List<ColumnNormalization> normalizations = new ArrayList<>();
        CounterRandom weightRandom = new CounterRandom(circuit.seed() == null ? 0L : circuit.seed(),
                RandomStream.WEIGHT_INIT);
        int projectionIndex = 0;
        for (Map.Entry<String, ProjectionSpec> entry : circuit.projections().entrySet()) {
            String name = entry.getKey();
            ProjectionSpec spec = entry.getValue();
            String owner = "projection '" + name + "'";
            if (spec.effectiveDelay() != 1) {
                throw new Spiking4jException(owner + " has delay " + spec.effectiveDelay() + "; the unsupervised "
                        + "protocol's engine delivers every spike at the next step (Brian2's no-delay synapse), so "
                        + "remove 'delay'.");
            }
            LifPopulation target = lif.get(spec.to());
            if (target == null) {
                throw new Spiking4jException(owner + " goes to '" + spec.to() + "', which is not a lif population; "
                        + "only lif populations receive currents.");
            }
            boolean fromInput = spec.from().equals(inputName);
            LifPopulation source = lif.get(spec.from());
            SpikeList preSpikes = fromInput ? inputSpikes : source.spikes();
            int preSize = fromInput ? inputSize : source.size();
            Projection projection;
            if (spec.rule() != null) {
                DenseProjection dense = new DenseProjection(name, preSize, target.size());
                StdpLearning learning = new StdpLearning(dense, stdp(circuit, spec, owner, dt));
                initialise(dense, param(spec.rule().params(), StdpComponents.INIT_MAX, 0.3), weightRandom,
                        projectionIndex);
                plastic.add(new OnlineCircuit.Plastic(learning, preSpikes, target.spikes()));
                projection = dense;
                ConstraintSpec constraint = spec.constraint();
                if (constraint != null) {
                    normalizations.add(new ColumnNormalization(dense, normalizeTotal(constraint, owner)));
                }
            } else {
                projection = fixed(name, spec, owner, preSize, target.size());
            }
            connections.add(new OnlineCircuit.Connection(projection, preSpikes, target.pendingCurrent()));
            projectionIndex++;
        }
        ReadoutSpec readoutSpec = protocol.readout();
        String readoutName = readoutSpec == null ? null : readoutSpec.population();
        if (readoutName == null) {
            throw new Spiking4jException("The unsupervised protocol has no readout; add 'readout: {model: "
                    + "label-assignment, population: <the excitatory population>}' to the protocol.");
        }
        LifPopulation readout = lif.get(readoutName);
        if (readout == null) {
            throw new Spiking4jException("The readout reads population '" + readoutName + "', which is not a lif "
                    + "population of the circuit; name one of " + lif.keySet() + ".");
        }
        int scheduleSteps = Math.max(1, shape.on());
        return new OnlineCircuit(inputName, inputSpikes, new InputSchedule(inputSize, scheduleSteps),
                new ArrayList<>(lif.values()), connections, plastic, normalizations, shape, readout);
    }

    private static StdpParameters stdp(CircuitDescription circuit, ProjectionSpec spec, String owner, double dt) {
        RuleSpec rule = spec.rule();
        if (!StdpComponents.STDP.equals(rule.model())) {
            throw new Spiking4jException("The rule of " + owner + " is '" + rule.model() + "', which the "
                    + "unsupervised protocol's engine has no kernel for; use stdp.");
        }
        PopulationSpec pre = circuit.population(spec.from());
        PopulationSpec post = circuit.population(spec.to());
        if (pre.trace() == null || post.trace() == null) {
            String missing = pre.trace() == null ? spec.from() : spec.to();
            throw new Spiking4jException("The stdp rule of " + owner + " needs a trace on both populations, but '"
                    + missing + "' has none; add 'trace: {tau: 20}' to population '" + missing + "'.");
        }
        Map<String, Double> params = StdpComponents.withDefaults(StdpComponents.STDP, rule.params());
        String traceMode = rule.option(StdpComponents.TRACE_MODE, StdpComponents.TRACE_SET);
        String dependence = rule.option(StdpComponents.WEIGHT_DEPENDENCE, StdpComponents.DEPENDENCE_NONE);
        if (!StdpComponents.TRACE_SET.equals(traceMode) && !StdpComponents.TRACE_ADD.equals(traceMode)) {
            throw new Spiking4jException("The stdp rule of " + owner + " has traceMode '" + traceMode
                    + "'; use set or add.");
        }
        if (!StdpComponents.DEPENDENCE_NONE.equals(dependence) && !StdpComponents.DEPENDENCE_SOFT.equals(dependence)) {
            throw new Spiking4jException("The stdp rule of " + owner + " has weightDependence '" + dependence
                    + "'; use none or soft.");
        }
        return new StdpParameters(params.get("nuPre"), params.get("nuPost"), spec.lowerBound(), spec.upperBound(),
                pre.trace().tau(), post.trace().tau(), StdpComponents.TRACE_ADD.equals(traceMode),
                StdpComponents.DEPENDENCE_SOFT.equals(dependence), dt);
    }

    private static double normalizeTotal(ConstraintSpec constraint, String owner) {
        if (!StdpComponents.NORMALIZE_COLUMNS.equals(constraint.model())) {
            throw new Spiking4jException("The constraint of " + owner + " is '" + constraint.model()
                    + "', which this engine does not know; use normalize-columns.");
        }
        double total = param(constraint.params(), StdpComponents.TOTAL, Double.NaN);
        if (!(total > 0)) {
            throw new Spiking4jException("normalize-columns on " + owner + " needs a total above 0 (the sum of each "
                    + "post unit's incoming weights, 78.4 in Diehl & Cook), found " + total + ".");
        }
        return total;
    }

    private static Projection fixed(String name, ProjectionSpec spec, String owner, int preSize, int postSize) {
        if (spec.constraint() != null) {
            throw new Spiking4jException(owner + " is fixed (it has no rule), so its constraint '"
                    + spec.constraint().model() + "' would never change anything; remove it or give the projection "
                    + "a rule.");
        }
        if (spec.connect() == null) {
            throw new Spiking4jException(owner + " has neither a rule nor 'connect'; give a fixed projection its "
                    + "wiring, e.g. 'connect: all-but-self' with 'weight: -120'.");
        }
        WiringPattern pattern = WiringPattern.of(spec.connect());
        if (pattern == null) {
            throw new Spiking4jException(owner + " has connect '" + spec.connect()
                    + "'; use one-to-one, all-but-self or all.");
        }
        if (spec.weight() == null) {
            throw new Spiking4jException(owner + " has connect '" + spec.connect() + "' but no weight; add "
                    + "'weight: <mV per spike>'.");
        }
        if (pattern != WiringPattern.ALL && preSize != postSize) {
            throw new Spiking4jException(owner + " connects " + pattern.id() + " populations of " + preSize
                    + " and " + postSize + " units; " + pattern.id() + " needs equal sizes (use 'connect: all'"
                    + " or resize one population).");
        }
        return new PatternProjection(name, pattern, spec.weight(), preSize, postSize);
    }

    /** Uniform in [0, initMax): weight row `pre` uses coordinates (pre, 0, projection index). */
    private static void initialise(DenseProjection projection, double initMax, CounterRandom random, int index) {
        float[] weights = projection.matrix();
        int postSize = projection.postSize();
        for (int pre = 0; pre < projection.preSize(); pre++) {
            random.fillUniform(weights, pre * postSize, postSize, pre, 0, index);
            for (int post = 0; post < postSize; post++) {
                weights[pre * postSize + post] = (float) (weights[pre * postSize + post] * initMax);
            }
        }
    }

    private static double param(Map<String, Double> params, String name, double fallback) {
        Double value = params.get(name);
        return value == null ? fallback : value;
    }
}
