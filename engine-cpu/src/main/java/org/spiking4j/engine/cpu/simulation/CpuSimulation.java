package org.spiking4j.engine.cpu.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.backend.StepObserver;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.engine.cpu.parallel.RangeTask;
import org.spiking4j.engine.cpu.parallel.WorkerPool;
import org.spiking4j.engine.cpu.spi.BatchContext;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * A circuit compiled for the CPU. Each step follows architecture.md: delay-1 currents, encoders,
 * neurons in delay-0 order, traces, signals (all row-independent, so one parallel pass over rows),
 * then, when learning, each plastic projection accumulates its update and streams once over its
 * weight rows (optimiser, rule constraint, bounds, hollow mask), split over weight rows.
 */
public final class CpuSimulation implements Simulation {
    private static final String THRESHOLD_PREFIX = "thr0/";
    private static final String ROW_PHASE = "currents, neurons, traces, signals";

    private final CompiledCircuit compiled;
    private final BatchContext batch;
    private final WorkerPool pool;
    private final ForwardCurrents forward;
    private final PhaseClock phases = new PhaseClock();
    /** Created once: a method reference made inside the step loop would allocate every step. */
    private final RangeTask rowPass = this::advanceRows;

    CpuSimulation(CompiledCircuit compiled, BatchContext batch, WorkerPool pool, ForwardCurrents forward) {
        this.compiled = compiled;
        this.batch = batch;
        this.pool = pool;
        this.forward = forward;
    }

    @Override
    public CircuitDescription circuit() {
        return compiled.circuit();
    }

    @Override
    public BatchResult run(Batch input) {
        int rows = input.rows();
        if (rows > compiled.capacityRows()) {
            throw new Spiking4jException("A batch of " + rows + " rows does not fit the " + compiled.capacityRows()
                    + " rows this simulation was compiled for; lower the batch size.");
        }
        batch.beginBatch(rows, input.contrast(), input.learn(), input.randomCoordinate());
        resetState(input);
        int steps = compiled.circuit().time().steps();
        for (int step = 0; step < steps; step++) {
            batch.beginStep(step);
            for (CompiledCircuit.Population population : compiled.populations()) {
                population.buffers().spikes().advance();
            }
            long started = System.nanoTime();
            pool.forEach(rows, rowPass);
            phases.add(ROW_PHASE, started);
            if (input.learn()) {
                learn();
            }
            observe(input.observer(), step, rows);
        }
        return collectResult(rows, steps);
    }

    private void resetState(Batch input) {
        int rows = input.rows();
        for (CompiledCircuit.Population population : compiled.populations()) {
            PopulationBuffers buffers = population.buffers();
            buffers.spikes().clear(rows);
            if (buffers.trace() != null) {
                java.util.Arrays.fill(buffers.trace(), 0, rows * buffers.size(), 0f);
            }
            if (population.isEncoder()) {
                float[] clamp = input.clamps().get(buffers.name());
                byte[][] injected = input.injectedSpikes().get(buffers.name());
                if (clamp == null && injected == null) {
                    throw new Spiking4jException("The batch gives no values for encoder population '"
                            + buffers.name() + "'.");
                }
                buffers.setBatchInputs(clamp, injected);
            }
            population.kernel().resetBatch(rows);
            if (population.outputSums() != null) {
                java.util.Arrays.fill(population.outputSums(), 0, rows * buffers.size(), 0f);
            }
            java.util.Arrays.fill(population.spikeTotals(), 0, rows, 0);
        }
    }

    /** Everything of one step that is independent per row, for rows [from, to). */
    private void advanceRows(int from, int to, int worker) {
        for (CompiledCircuit.Population population : compiled.populations()) {
            if (!population.isEncoder()) {
                PopulationBuffers buffers = population.buffers();
                java.util.Arrays.fill(buffers.current(), from * buffers.size(), to * buffers.size(), 0f);
                forward.addRows(buffers, population.delayedInputs(), from, to, worker);
            }
        }
        for (int row = from; row < to; row++) {
            for (CompiledCircuit.Population population : compiled.stepOrder()) {
                if (!population.isEncoder()) {
                    forward.addRow(population.buffers(), population.immediateInputs(), row, worker);
                }
                population.kernel().step(row, row + 1, worker);
                population.buffers().spikes().indexRow(row);
                updateTrace(population.buffers(), row);
                accumulateOutputs(population, row);
            }
            for (CompiledCircuit.Signal signal : compiled.signals()) {
                signal.kernel().compute(row, row + 1, worker);
            }
        }
    }

    /** Gated trace (csdp.md §3a): tr = tr·decay; tr = tr·(1 − s); tr = tr + s; also lists its non-zero units. */
    private static void updateTrace(PopulationBuffers buffers, int row) {
        float[] trace = buffers.trace();
        if (trace == null) {
            return;
        }
        float decay = buffers.traceDecay();
        int size = buffers.size();
        int base = row * size;
        byte[] spikes = buffers.spikes().spikes();
        int[] nonZero = buffers.traceActive();
        int found = 0;
        for (int unit = 0; unit < size; unit++) {
            float spike = spikes[base + unit];
            float value = trace[base + unit] * decay;
            value = value * (1f - spike);
            value = value + spike;
            trace[base + unit] = value;
            if (value != 0f) {
                nonZero[base + found++] = unit;
            }
        }
        buffers.traceActiveCount()[row] = found;
    }

    private static void accumulateOutputs(CompiledCircuit.Population population, int row) {
        PopulationBuffers buffers = population.buffers();
        population.spikeTotals()[row] += buffers.spikes().activeCount()[row];
        float[] sums = population.outputSums();
        if (sums == null) {
            return;
        }
        int size = buffers.size();
        int base = row * size;
        if (population.role() == PopulationRole.CLASSIFIER) {
            byte[] spikes = buffers.spikes().spikes();
            for (int unit = base; unit < base + size; unit++) {
                sums[unit] += spikes[unit];
            }
        } else {
            float[] trace = buffers.trace();
            for (int unit = base; unit < base + size; unit++) {
                sums[unit] += trace[unit];
            }
        }
    }

    private void learn() {
        compiled.optimizer().beginStep();
        for (CompiledCircuit.Plastic plastic : compiled.plastic()) {
            long started = System.nanoTime();
            plastic.rule().beginStep();
            pool.forEach(plastic.buffers().pre().size(), plastic.pass());
            phases.add(plastic.phaseName(), started);
        }
    }

    @Override
    public Map<String, Double> phaseSeconds() {
        return phases.seconds();
    }

    private void observe(StepObserver observer, int step, int rows) {
        if (observer == null) {
            return;
        }
        for (CompiledCircuit.Population population : compiled.populations()) {
            PopulationBuffers buffers = population.buffers();
            observer.onStep(step, buffers.name(), buffers.spikes().spikes(), rows, buffers.size());
        }
    }

    private BatchResult collectResult(int rows, int steps) {
        Map<String, float[]> counts = new LinkedHashMap<>();
        Map<String, float[]> traceSums = new LinkedHashMap<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (CompiledCircuit.Population population : compiled.populations()) {
            PopulationBuffers buffers = population.buffers();
            long total = 0;
            for (int row = 0; row < rows; row++) {
                total += population.spikeTotals()[row];
            }
            rates.put(buffers.name(), total / (double) rows / steps);
            if (population.outputSums() != null) {
                float[] copy = java.util.Arrays.copyOf(population.outputSums(), rows * buffers.size());
                if (population.role() == PopulationRole.CLASSIFIER) {
                    counts.put(buffers.name(), copy);
                } else {
                    traceSums.put(buffers.name(), copy);
                }
            }
        }
        return new BatchResult(counts, traceSums, rates);
    }

    @Override
    public Map<String, float[]> weights() {
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (ProjectionBuffers projection : compiled.projections()) {
            weights.put(projection.name(), projection.weights().clone());
        }
        return weights;
    }

    @Override
    public SimulationState exportState() {
        Map<String, float[]> arrays = new LinkedHashMap<>(weights());
        for (CompiledCircuit.Population population : compiled.populations()) {
            population.kernel().exportState().forEach((key, values) ->
                    arrays.put(THRESHOLD_PREFIX + population.buffers().name() + "/" + key, values));
        }
        arrays.putAll(compiled.optimizer().exportArrays());
        return new SimulationState(arrays, new LinkedHashMap<>(compiled.optimizer().exportScalars()));
    }

    @Override
    public void importState(SimulationState state) {
        for (ProjectionBuffers projection : compiled.projections()) {
            float[] values = state.arrays().get(projection.name());
            if (values == null) {
                continue;
            }
            if (values.length != projection.weights().length) {
                throw new Spiking4jException("Weights '" + projection.name() + "' have " + values.length
                        + " values; the projection " + projection.pre().name() + "→" + projection.post().name()
                        + " needs " + projection.weights().length + ".");
            }
            System.arraycopy(values, 0, projection.weights(), 0, values.length);
        }
        for (CompiledCircuit.Population population : compiled.populations()) {
            String prefix = THRESHOLD_PREFIX + population.buffers().name() + "/";
            Map<String, float[]> own = new LinkedHashMap<>();
            state.arrays().forEach((key, values) -> {
                if (key.startsWith(prefix)) {
                    own.put(key.substring(prefix.length()), values);
                }
            });
            population.kernel().importState(own);
        }
        compiled.optimizer().importState(state.arrays(), state.scalars());
    }

    /** Names of the populations, for callers that observe spikes. */
    public List<String> populationNames() {
        List<String> names = new ArrayList<>();
        compiled.populations().forEach(population -> names.add(population.buffers().name()));
        return names;
    }

    @Override
    public void close() {
        pool.close();
    }
}
