package org.spiking4j.engine.cpu.simulation;

import java.util.Arrays;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.KernelStates;
import org.spiking4j.api.engine.ProfilePhases;
import org.spiking4j.api.engine.StepDriver;
import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.api.plan.ProjectionPlan;
import org.spiking4j.engine.cpu.parallel.RangeTask;
import org.spiking4j.engine.cpu.parallel.WorkerPool;
import org.spiking4j.engine.cpu.spi.CpuSignalKernel;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;

/**
 * A circuit compiled for the CPU, driven by the {@link StepDriver}. Each step follows
 * architecture.md: delay-1 currents, encoders, neurons in delay-0 order, traces, signals (all
 * row-independent, so one parallel pass over rows), then, when learning, each plastic projection
 * accumulates its update and streams once over its weight rows (optimiser, rule constraint, bounds,
 * hollow mask), split over weight rows.
 */
public final class CpuSimulation extends StepDriver {

    private final CompiledCircuit compiled;
    private final WorkerPool pool;
    private final ForwardCurrents forward;
    /** Created once: a method reference made inside the step loop would allocate every step. */
    private final RangeTask rowPass = this::advanceRows;
    private final RangeTask twinRowPass = this::advanceTwinRows;
    /** h when the batch's rows r and r + h have twin encoder inputs (a training batch [X; X]), else 0. */
    private int twinOffset;
    /** Signals feed only the rules, so a step without learning skips them. */
    private boolean learningStep;
    /** Per worker, a copy of the trace's non-zero list that the merge in {@link #updateTrace} reads. */
    private final int[][] previousTracePerWorker;

    CpuSimulation(CompiledCircuit compiled, BatchContext batch, WorkerPool pool, ForwardCurrents forward) {
        super(compiled.plan(), batch, KernelStates.of(compiled.populations(), CompiledCircuit.Population::kernel,
                compiled.plastic(), CompiledCircuit.Plastic::rule, compiled.optimizer()));
        this.compiled = compiled;
        this.pool = pool;
        this.forward = forward;
        int largest = compiled.populations().stream().mapToInt(population -> population.buffers().size()).max()
                .orElse(1);
        this.previousTracePerWorker = new int[pool.threads()][largest];
    }

    @Override
    protected void resetPopulation(PopulationPlan plan, int rows) {
        CompiledCircuit.Population population = compiled.populations().get(plan.index());
        PopulationBuffers buffers = population.buffers();
        buffers.spikes().clear(rows);
        if (buffers.trace() != null) {
            Arrays.fill(buffers.trace(), 0, rows * buffers.size(), 0f);
            Arrays.fill(buffers.traceActiveCount(), 0, rows, 0);
        }
        population.kernel().resetBatch(rows);
        if (population.outputSums() != null) {
            Arrays.fill(population.outputSums(), 0, rows * buffers.size(), 0f);
        }
        Arrays.fill(population.spikeTotals(), 0, rows, 0);
    }

    @Override
    protected void setInputs(PopulationPlan plan, int rows, float[] clamp, byte[][] injected) {
        compiled.populations().get(plan.index()).buffers().setBatchInputs(clamp, injected, rows);
        twinOffset = 0;
        for (CompiledCircuit.Population population : compiled.populations()) {
            if (population.isEncoder()) {
                twinOffset = Math.max(twinOffset, population.buffers().twinOffset());
            }
        }
    }

    @Override
    protected void advanceStep(int rows, boolean learning) {
        for (CompiledCircuit.Population population : compiled.populations()) {
            population.buffers().spikes().advance();
        }
        learningStep = learning;
        long started = System.nanoTime();
        if (twinOffset > 0 && 2 * twinOffset == rows) {
            for (CompiledCircuit.Population population : compiled.populations()) {
                forward.prepareTwins(population.delayedInputs(), twinOffset);
            }
            pool.forEach(twinOffset, twinRowPass);
        } else {
            pool.forEach(rows, rowPass);
        }
        phases().add(ProfilePhases.ROW_PHASE, started);
    }

    /** Everything of one step that is independent per row, for rows [from, to). */
    private void advanceRows(int from, int to, int worker) {
        for (CompiledCircuit.Population population : compiled.populations()) {
            if (!population.isEncoder()) {
                PopulationBuffers buffers = population.buffers();
                Arrays.fill(buffers.current(), from * buffers.size(), to * buffers.size(), 0f);
                forward.addRows(buffers, population.delayedInputs(), from, to, worker);
            }
        }
        stepRows(from, to, worker);
    }

    /**
     * As {@link #advanceRows} for the twin rows [from, to) and [from + h, to + h) of a batch whose
     * second half repeats the first's input: the delayed currents of both halves are summed
     * together, so the input weights that both rows of a pair read are loaded once.
     */
    private void advanceTwinRows(int from, int to, int worker) {
        int offset = twinOffset;
        for (CompiledCircuit.Population population : compiled.populations()) {
            if (!population.isEncoder()) {
                PopulationBuffers buffers = population.buffers();
                int size = buffers.size();
                Arrays.fill(buffers.current(), from * size, to * size, 0f);
                Arrays.fill(buffers.current(), (from + offset) * size, (to + offset) * size, 0f);
                forward.addTwinRows(buffers, population.delayedInputs(), from, to, offset, worker);
            }
        }
        stepRows(from, to, worker);
        stepRows(from + offset, to + offset, worker);
    }

    /** The delay-0 currents, neurons, traces, outputs and signals of rows [from, to), row by row. */
    private void stepRows(int from, int to, int worker) {
        for (int row = from; row < to; row++) {
            for (CompiledCircuit.Population population : compiled.stepOrder()) {
                if (!population.isEncoder()) {
                    forward.addRow(population.buffers(), population.immediateInputs(), row, worker);
                }
                population.kernel().step(row, row + 1, worker);
                if (!population.kernel().listsSpikes()) {
                    population.buffers().spikes().indexRow(row);
                }
                updateTrace(population.buffers(), row, worker);
                accumulateOutputs(population, row);
            }
            if (learningStep) {
                for (CpuSignalKernel signal : compiled.signals()) {
                    signal.compute(row, row + 1, worker);
                }
            }
        }
    }

    /**
     * Gated trace (csdp.md §3a): tr = tr·decay; tr = tr·(1 − s); tr = tr + s, and the list of its
     * non-zero units. Only units with a non-zero trace or a spike can change (a zero trace without a
     * spike stays exactly zero), so the previous list and this step's spikes are merged, in order.
     */
    private void updateTrace(PopulationBuffers buffers, int row, int worker) {
        float[] trace = buffers.trace();
        if (trace == null) {
            return;
        }
        float decay = buffers.plan().traceDecay();
        int base = row * buffers.size();
        int[] nonZero = buffers.traceActive();
        int previousCount = buffers.traceActiveCount()[row];
        int[] previous = previousTracePerWorker[worker];
        System.arraycopy(nonZero, base, previous, 0, previousCount);
        int[] spiking = buffers.spikes().active();
        int spikeCount = buffers.spikes().activeCount()[row];
        int found = base;
        int p = 0;
        int s = 0;
        while (p < previousCount || s < spikeCount) {
            int fromTrace = p < previousCount ? previous[p] : Integer.MAX_VALUE;
            int fromSpike = s < spikeCount ? spiking[base + s] : Integer.MAX_VALUE;
            int unit = Math.min(fromTrace, fromSpike);
            p += fromTrace == unit ? 1 : 0;
            float spike = 0f;
            if (fromSpike == unit) {
                spike = 1f;
                s++;
            }
            float value = trace[base + unit] * decay;
            value = value * (1f - spike);
            value = value + spike;
            trace[base + unit] = value;
            if (value != 0f) {
                nonZero[found++] = unit;
            }
        }
        buffers.traceActiveCount()[row] = found - base;
    }

    /** Adds the row's spikes (classifier counts) or trace (reconstruction) to the batch sums, non-zeros only. */
    private static void accumulateOutputs(CompiledCircuit.Population population, int row) {
        PopulationBuffers buffers = population.buffers();
        population.spikeTotals()[row] += buffers.spikes().activeCount()[row];
        float[] sums = population.outputSums();
        if (sums == null) {
            return;
        }
        int base = row * buffers.size();
        switch (buffers.plan().output()) {
            case SPIKE_COUNTS -> {
                int[] active = buffers.spikes().active();
                for (int k = base; k < base + buffers.spikes().activeCount()[row]; k++) {
                    sums[base + active[k]] += 1f;
                }
            }
            case TRACE_SUMS -> {
                float[] trace = buffers.trace();
                int[] nonZero = buffers.traceActive();
                for (int k = base; k < base + buffers.traceActiveCount()[row]; k++) {
                    sums[base + nonZero[k]] += trace[base + nonZero[k]];
                }
            }
            case NONE -> { }
        }
    }

    @Override
    protected void learn(int rows) {
        compiled.optimizer().beginStep();
        for (CompiledCircuit.Plastic plastic : compiled.plastic()) {
            long started = System.nanoTime();
            plastic.buffers().indexPreSpikesByUnit(rows);
            plastic.rule().beginStep();
            pool.forEach(plastic.buffers().pre().size(), plastic.pass());
            phases().add(plastic.phaseName(), started);
        }
    }

    @Override
    protected byte[] spikes(PopulationPlan population, int rows) {
        return compiled.populations().get(population.index()).buffers().spikes().spikes();
    }

    @Override
    protected int[] spikeTotals(PopulationPlan population, int rows) {
        return compiled.populations().get(population.index()).spikeTotals();
    }

    @Override
    protected float[] outputSums(PopulationPlan population, int rows) {
        return Arrays.copyOf(compiled.populations().get(population.index()).outputSums(), rows * population.size());
    }

    @Override
    protected float[] readWeights(ProjectionPlan projection) {
        return compiled.projections().get(projection.index()).weights().clone();
    }

    @Override
    protected void writeWeights(ProjectionPlan projection, float[] values) {
        System.arraycopy(values, 0, compiled.projections().get(projection.index()).weights(), 0, values.length);
    }

    @Override
    public void close() {
        pool.close();
    }
}
