package org.spiking4j.api.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchPhase;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.backend.StepObserver;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.api.plan.OptimizerPlan;
import org.spiking4j.api.plan.OutputKind;
import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.api.plan.ProjectionPlan;

/**
 * The one batch/step loop of every engine. It checks the batch, resets every population, runs the
 * steps of each phase (one engine step, then learning when the phase learns, then the observer;
 * inputs change between phases, nothing is reset), counts spikes and collects
 * the outputs, and names the exported state once ({@link StateNames}), which makes checkpoints
 * portable between engines. An engine supplies its buffers and kernels through the abstract methods;
 * each says what it must do, never in which order the loop calls it.
 */
public abstract class StepDriver implements Simulation {
    private final CircuitPlan plan;
    private final BatchContext batch;
    private final KernelStates states;
    private final List<ProjectionPlan> plastic;
    private final PhaseClock phases = new PhaseClock();

    protected StepDriver(CircuitPlan plan, BatchContext batch, KernelStates states) {
        this.plan = plan;
        this.batch = batch;
        this.states = states;
        this.plastic = plan.plastic();
    }

    public CircuitPlan plan() {
        return plan;
    }

    @Override
    public CircuitDescription circuit() {
        return plan.circuit();
    }

    /** Where an engine adds its profile phases ({@link #phaseSeconds()}). */
    protected PhaseClock phases() {
        return phases;
    }

    @Override
    public Map<String, Double> phaseSeconds() {
        return phases.seconds();
    }

    @Override
    public final BatchResult run(Batch input) {
        requireOpen();
        int rows = input.rows();
        if (rows > plan.capacityRows()) {
            throw new Spiking4jException("A batch of " + rows + " rows does not fit the " + plan.capacityRows()
                    + " rows this simulation was compiled for; lower the batch size.");
        }
        List<BatchPhase> phases = input.phasesOr(plan.steps());
        batch.beginBatch(rows, input.contrast(), phases.get(0).learn(), input.randomCoordinate());
        beginBatch(batch);
        for (PopulationPlan population : plan.populations()) {
            resetPopulation(population, rows);
            if (population.encoder()) {
                setEncoderInputs(population, rows, phases.get(0), input.injectedSpikes().get(population.name()));
            }
        }
        populationsReset(rows);
        int step = 0;
        for (int phaseIndex = 0; phaseIndex < phases.size(); phaseIndex++) {
            BatchPhase phase = phases.get(phaseIndex);
            if (phaseIndex > 0) {
                batch.beginPhase(phase.learn());
                for (PopulationPlan population : plan.populations()) {
                    if (population.encoder()) {
                        setEncoderInputs(population, rows, phase, null);
                    }
                }
            }
            for (int phaseStep = 0; phaseStep < phase.steps(); phaseStep++, step++) {
                batch.beginStep(step);
                advanceStep(rows, phase.learn());
                if (phase.learn()) {
                    learn(rows);
                }
                observe(input.observer(), step, rows);
            }
        }
        return collectResult(rows, step);
    }

    private void setEncoderInputs(PopulationPlan population, int rows, BatchPhase phase, byte[][] injected) {
        float[] clamp = phase.clamps().get(population.name());
        if (clamp == null && injected == null) {
            throw new Spiking4jException("The batch gives no values for encoder population '"
                    + population.name() + "'.");
        }
        setInputs(population, rows, clamp, injected);
    }

    private void observe(StepObserver observer, int step, int rows) {
        if (observer == null) {
            return;
        }
        for (PopulationPlan population : plan.populations()) {
            observer.onStep(step, population.name(), spikes(population, rows), rows, population.size());
        }
    }

    private BatchResult collectResult(int rows, int steps) {
        Map<String, float[]> counts = new LinkedHashMap<>();
        Map<String, float[]> traceSums = new LinkedHashMap<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (PopulationPlan population : plan.populations()) {
            int[] totals = spikeTotals(population, rows);
            long total = 0;
            for (int row = 0; row < rows; row++) {
                total += totals[row];
            }
            rates.put(population.name(), total / (double) rows / steps);
            if (population.output() != OutputKind.NONE) {
                float[] sums = outputSums(population, rows);
                (population.output() == OutputKind.SPIKE_COUNTS ? counts : traceSums).put(population.name(), sums);
            }
        }
        return new BatchResult(counts, traceSums, rates);
    }

    @Override
    public final Map<String, float[]> weights() {
        requireOpen();
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (ProjectionPlan projection : plan.projections()) {
            weights.put(projection.name(), readWeights(projection));
        }
        return weights;
    }

    @Override
    public final SimulationState exportState() {
        Map<String, float[]> arrays = new LinkedHashMap<>(weights());
        for (PopulationPlan population : plan.populations()) {
            String prefix = StateNames.neuronPrefix(population.name());
            states.neurons().get(population.index()).exportState()
                    .forEach((key, values) -> arrays.put(prefix + key, values));
        }
        for (int index = 0; index < plastic.size(); index++) {
            String prefix = StateNames.rulePrefix(plastic.get(index).name());
            states.rules().get(index).exportState().forEach((key, values) -> arrays.put(prefix + key, values));
        }
        Map<String, Double> scalars = new LinkedHashMap<>();
        OptimizerPlan optimizer = plan.optimizer();
        if (optimizer != null) {
            OptimizerState state = states.optimizer();
            for (String key : state.stateKeys()) {
                for (ProjectionPlan projection : plastic) {
                    arrays.put(StateNames.optimizerArray(optimizer.model(), key, projection.name()),
                            state.exportState(projection.name(), key));
                }
            }
            state.exportScalars().forEach((key, value) ->
                    scalars.put(StateNames.optimizerScalar(optimizer.model(), key), value));
        }
        return new SimulationState(arrays, scalars);
    }

    @Override
    public final void importState(SimulationState state) {
        requireOpen();
        for (ProjectionPlan projection : plan.projections()) {
            float[] values = state.arrays().get(projection.name());
            if (values == null) {
                continue;
            }
            if (values.length != projection.weightCount()) {
                throw new Spiking4jException("Weights '" + projection.name() + "' have " + values.length
                        + " values; the projection " + plan.population(projection.pre()).name() + "→"
                        + plan.population(projection.post()).name() + " needs " + projection.weightCount() + ".");
            }
            writeWeights(projection, values);
        }
        for (PopulationPlan population : plan.populations()) {
            states.neurons().get(population.index())
                    .importState(withPrefix(state, StateNames.neuronPrefix(population.name())));
        }
        for (int index = 0; index < plastic.size(); index++) {
            states.rules().get(index).importState(withPrefix(state, StateNames.rulePrefix(plastic.get(index).name())));
        }
        OptimizerPlan optimizer = plan.optimizer();
        if (optimizer != null) {
            importOptimizer(optimizer, states.optimizer(), state);
        }
    }

    private void importOptimizer(OptimizerPlan optimizer, OptimizerState target, SimulationState state) {
        for (String key : target.stateKeys()) {
            for (ProjectionPlan projection : plastic) {
                String name = StateNames.optimizerArray(optimizer.model(), key, projection.name());
                float[] values = state.arrays().get(name);
                if (values == null) {
                    continue;
                }
                if (values.length != projection.weightCount()) {
                    throw new Spiking4jException("Optimiser state '" + name + "' has " + values.length
                            + " values; the projection has " + projection.weightCount() + ".");
                }
                target.importState(projection.name(), key, values);
            }
        }
        String prefix = StateNames.optimizerScalar(optimizer.model(), "");
        Map<String, Double> scalars = new LinkedHashMap<>();
        state.scalars().forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                scalars.put(name.substring(prefix.length()), value);
            }
        });
        target.importScalars(scalars);
    }

    private static Map<String, float[]> withPrefix(SimulationState state, String prefix) {
        Map<String, float[]> own = new LinkedHashMap<>();
        state.arrays().forEach((key, values) -> {
            if (key.startsWith(prefix)) {
                own.put(key.substring(prefix.length()), values);
            }
        });
        return own;
    }

    /** Fails with one sentence when the simulation can no longer run (e.g. its device was released). */
    protected void requireOpen() {
    }

    /** Called once per batch after the batch context is set (e.g. to upload per-row values). */
    protected void beginBatch(BatchContext context) {
    }

    /**
     * Clears the population's spikes (both steps), trace, output sums and spike totals for the first
     * {@code rows} rows and resets its neuron kernel (which keeps what persists across batches).
     */
    protected abstract void resetPopulation(PopulationPlan population, int rows);

    /**
     * Hands an encoder the (rows, size) values of the phase that begins, or per step the spikes that
     * replace its draws (either may be null, not both).
     */
    protected abstract void setInputs(PopulationPlan population, int rows, float[] clamp, byte[][] injected);

    /** Called once per batch after every population is reset (e.g. signals' per-batch setup). */
    protected void populationsReset(int rows) {
    }

    /**
     * One time step of architecture.md: the current step's spikes become the previous ones, then
     * currents, neurons in step order, event lists, traces, output sums, spike totals and signals.
     *
     * @param learning whether {@link #learn} follows (engines may keep learning-only lists)
     */
    protected abstract void advanceStep(int rows, boolean learning);

    /** The optimiser's step, then each plastic projection's rule update, optimiser, constraints. */
    protected abstract void learn(int rows);

    /** This step's spikes (rows, size) on the host, valid until the next call. */
    protected abstract byte[] spikes(PopulationPlan population, int rows);

    /** Per row (at least {@code rows} values), the spikes of the batch so far. */
    protected abstract int[] spikeTotals(PopulationPlan population, int rows);

    /** A fresh (rows, size) copy of the population's output sums ({@link OutputKind}). */
    protected abstract float[] outputSums(PopulationPlan population, int rows);

    /** A fresh copy of the projection's weights, (pre, post) row-major. */
    protected abstract float[] readWeights(ProjectionPlan projection);

    /** Replaces the projection's weights (length already checked). */
    protected abstract void writeWeights(ProjectionPlan projection, float[] values);
}
