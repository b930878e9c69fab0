package org.spiking4j.api.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Batch;
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
 * steps (one engine step, then learning when asked, then the observer), counts spikes and collects
 * the outputs, and names the exported state once ({@link StateNames}), which makes checkpoints
 * portable between engines. An engine supplies its buffers and kernels through the abstract methods;
 * each says what it must do, never in which order the loop calls it.
 */
public abstract class StepDriver implements Simulation {
    private final CircuitPlan plan;
    private final BatchContext batch;
    private final PhaseClock phases = new PhaseClock();

    protected StepDriver(CircuitPlan plan, BatchContext batch) {
        this.plan = plan;
        this.batch = batch;
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
        batch.beginBatch(rows, input.contrast(), input.learn(), input.randomCoordinate());
        beginBatch(batch);
        for (PopulationPlan population : plan.populations()) {
            float[] clamp = null;
            byte[][] injected = null;
            if (population.encoder()) {
                clamp = input.clamps().get(population.name());
                injected = input.injectedSpikes().get(population.name());
                if (clamp == null && injected == null) {
                    throw new Spiking4jException("The batch gives no values for encoder population '"
                            + population.name() + "'.");
                }
            }
            resetPopulation(population, rows, clamp, injected);
        }
        populationsReset(rows);
        int steps = plan.steps();
        for (int step = 0; step < steps; step++) {
            batch.beginStep(step);
            advanceStep(rows, input.learn());
            if (input.learn()) {
                learn(rows);
            }
            observe(input.observer(), step, rows);
        }
        return collectResult(rows, steps);
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
            neuronState(population).exportState().forEach((key, values) -> arrays.put(prefix + key, values));
        }
        for (ProjectionPlan projection : plan.plastic()) {
            String prefix = StateNames.rulePrefix(projection.name());
            ruleState(projection).exportState().forEach((key, values) -> arrays.put(prefix + key, values));
        }
        Map<String, Double> scalars = new LinkedHashMap<>();
        OptimizerPlan optimizer = plan.optimizer();
        if (optimizer != null) {
            OptimizerState state = optimizerState();
            for (String key : state.stateKeys()) {
                for (ProjectionPlan projection : plan.plastic()) {
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
            neuronState(population).importState(withPrefix(state, StateNames.neuronPrefix(population.name())));
        }
        for (ProjectionPlan projection : plan.plastic()) {
            ruleState(projection).importState(withPrefix(state, StateNames.rulePrefix(projection.name())));
        }
        OptimizerPlan optimizer = plan.optimizer();
        if (optimizer != null) {
            importOptimizer(optimizer, optimizerState(), state);
        }
    }

    private void importOptimizer(OptimizerPlan optimizer, OptimizerState target, SimulationState state) {
        for (String key : target.stateKeys()) {
            for (ProjectionPlan projection : plan.plastic()) {
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
     * {@code rows} rows, hands an encoder its clamped values or injected spikes (both may be null for
     * other populations), and resets its neuron kernel.
     */
    protected abstract void resetPopulation(PopulationPlan population, int rows, float[] clamp, byte[][] injected);

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

    protected abstract ComponentState neuronState(PopulationPlan population);

    protected abstract ComponentState ruleState(ProjectionPlan projection);

    /** The optimiser's kernel; only called when the plan has an optimiser. */
    protected abstract OptimizerState optimizerState();
}
