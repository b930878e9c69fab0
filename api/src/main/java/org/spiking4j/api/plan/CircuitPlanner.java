package org.spiking4j.api.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.SignalSpec;
import org.spiking4j.api.circuit.StepSchedule;

/** Builds the {@link CircuitPlan} of a resolved circuit (defaults filled in, references checked). */
public final class CircuitPlanner {
    /** What an error signal estimates with when the circuit does not say. */
    public static final String DEFAULT_ESTIMATE = "spikes";

    private CircuitPlanner() {
    }

    /**
     * @throws Spiking4jException for a combination no engine can run: an encoder receiving a projection,
     *     a reconstruction population without a trace, a plastic projection without an optimiser, a
     *     cycle of delay-0 projections
     */
    public static CircuitPlan plan(CircuitDescription circuit) {
        Map<String, Integer> populationIndex = indexOf(circuit.populations());
        Map<String, Integer> signalIndex = indexOf(circuit.signals());
        List<SignalPlan> signals = new ArrayList<>();
        circuit.signals().forEach((name, spec) -> signals.add(signal(signals.size(), name, spec, populationIndex)));
        List<ProjectionPlan> projections = new ArrayList<>();
        circuit.projections().forEach((name, spec) -> projections.add(
                projection(projections.size(), name, spec, circuit, populationIndex, signalIndex)));
        List<PopulationPlan> populations = new ArrayList<>();
        circuit.populations().forEach((name, spec) -> populations.add(
                population(populations.size(), name, spec, circuit, projections)));
        List<PopulationPlan> stepOrder = new ArrayList<>();
        for (String name : StepSchedule.populationOrder(circuit)) {
            stepOrder.add(populations.get(populationIndex.get(name)));
        }
        OptimizerPlan optimizer = circuit.optimizer() == null ? null : new OptimizerPlan(circuit.optimizer().model(),
                new Parameters("the " + circuit.optimizer().model() + " optimiser", circuit.optimizer().params()));
        for (ProjectionPlan projection : projections) {
            if (projection.isPlastic() && optimizer == null) {
                throw new Spiking4jException("Projection '" + projection.name() + "' has a plasticity rule but the "
                        + "circuit has no optimizer; add 'optimizer: {model: adam}'.");
            }
        }
        return new CircuitPlan(circuit, circuit.seed() == null ? 0L : circuit.seed(), circuit.time().dt(),
                circuit.time().steps(), capacityRows(circuit.protocol()), populations, stepOrder, signals, projections,
                optimizer);
    }

    /** Positives and their negatives of a training batch, or a test batch, whichever is larger. */
    private static int capacityRows(ProtocolSpec protocol) {
        int batchSize = protocol == null || protocol.batchSize() == null ? 1 : protocol.batchSize();
        int testBatch = protocol == null ? ProtocolSpec.DEFAULT_TEST_BATCH_SIZE : protocol.effectiveTestBatchSize();
        return Math.max(2 * batchSize, testBatch);
    }

    private static SignalPlan signal(int index, String name, SignalSpec spec, Map<String, Integer> populations) {
        return new SignalPlan(index, name, spec.model(), populations.get(spec.population()),
                spec.target() == null ? -1 : populations.get(spec.target()),
                spec.estimate() == null ? DEFAULT_ESTIMATE : spec.estimate(),
                new Parameters("signal '" + name + "' (" + spec.model() + ")", spec.params()));
    }

    private static ProjectionPlan projection(int index, String name, ProjectionSpec spec, CircuitDescription circuit,
            Map<String, Integer> populations, Map<String, Integer> signals) {
        RulePlan rule = null;
        if (spec.rule() != null) {
            Integer signal = spec.rule().signal() == null ? null : signals.get(spec.rule().signal());
            rule = new RulePlan(spec.rule().model(), signal == null ? -1 : signal, (float) spec.effectiveScale(),
                    new Parameters("the " + spec.rule().model() + " rule of projection '" + name + "'",
                            spec.rule().params()));
        }
        return new ProjectionPlan(index, name, populations.get(spec.from()), populations.get(spec.to()),
                circuit.population(spec.from()).size(), circuit.population(spec.to()).size(), spec.effectiveDelay(),
                (float) (spec.effectiveSign() * spec.effectiveScale()), (float) spec.lowerBound(),
                (float) spec.upperBound(), spec.isHollow(), rule);
    }

    private static PopulationPlan population(int index, String name, PopulationSpec spec, CircuitDescription circuit,
            List<ProjectionPlan> projections) {
        boolean encoder = StepSchedule.isEncoder(spec);
        List<ProjectionPlan> delayed = new ArrayList<>();
        List<ProjectionPlan> immediate = new ArrayList<>();
        boolean feedsPlastic = false;
        for (ProjectionPlan projection : projections) {
            if (projection.post() == index) {
                (projection.delay() == 0 ? immediate : delayed).add(projection);
            }
            feedsPlastic |= projection.pre() == index && projection.isPlastic();
        }
        PopulationRole role = spec.effectiveRole();
        if (encoder && !(delayed.isEmpty() && immediate.isEmpty())) {
            throw new Spiking4jException("Population '" + name + "' is an " + role.name().toLowerCase(Locale.ROOT)
                    + " encoder and cannot receive projections.");
        }
        if (role == PopulationRole.RECONSTRUCTION && spec.trace() == null) {
            throw new Spiking4jException("Reconstruction population '" + name
                    + "' needs a trace (add 'trace: {tau: 13}').");
        }
        float decay = spec.trace() == null ? Float.NaN
                : 1f - (float) circuit.time().dt() / (float) spec.trace().tau();
        OutputKind output = switch (role) {
            case CLASSIFIER -> OutputKind.SPIKE_COUNTS;
            case RECONSTRUCTION -> OutputKind.TRACE_SUMS;
            default -> OutputKind.NONE;
        };
        return new PopulationPlan(index, name, spec.model(), spec.size(), role, encoder, decay, delayed, immediate,
                output, feedsPlastic, new Parameters("population '" + name + "' (" + spec.model() + ")",
                        spec.params()));
    }

    private static Map<String, Integer> indexOf(Map<String, ?> named) {
        Map<String, Integer> index = new LinkedHashMap<>();
        named.keySet().forEach(name -> index.put(name, index.size()));
        return index;
    }
}
