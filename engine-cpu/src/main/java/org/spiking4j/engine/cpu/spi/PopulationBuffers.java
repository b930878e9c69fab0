package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.PlannedPopulation;
import org.spiking4j.api.plan.PopulationPlan;

/**
 * The arrays of one population that kernels share: input current, spikes, optional trace, and
 * for encoders the batch's clamped values or injected spikes.
 */
public final class PopulationBuffers implements PlannedPopulation {
    private final PopulationPlan plan;
    private final float[] current;
    private final SpikeBuffer spikes;
    private final float[] trace;
    private final int[] traceActive;
    private final int[] traceActiveCount;
    private float[] clamp;
    private byte[][] injectedSpikes;
    private int twinOffset;

    public PopulationBuffers(PopulationPlan plan, int capacityRows) {
        this.plan = plan;
        int cells = capacityRows * plan.size();
        this.current = new float[cells];
        this.spikes = new SpikeBuffer(plan.size(), capacityRows);
        this.trace = plan.hasTrace() ? new float[cells] : null;
        this.traceActive = plan.hasTrace() ? new int[cells] : null;
        this.traceActiveCount = plan.hasTrace() ? new int[capacityRows] : null;
    }

    /** The population's plan: name, size, role, parameters, trace decay. */
    @Override
    public PopulationPlan plan() {
        return plan;
    }

    /** (rows, size) summed synaptic current of this step. */
    public float[] current() {
        return current;
    }

    public SpikeBuffer spikes() {
        return spikes;
    }

    /** (rows, size) trace, or null when the population has none. */
    public float[] trace() {
        return trace;
    }

    /** Per row, the ascending units whose trace is non-zero (null without a trace). */
    public int[] traceActive() {
        return traceActive;
    }

    public int[] traceActiveCount() {
        return traceActiveCount;
    }

    /** (rows, size) clamped values of an encoder for this batch. */
    public float[] clamp() {
        return clamp;
    }

    /** Per step (rows, size) spikes replacing an encoder's draws, or null. */
    public byte[][] injectedSpikes() {
        return injectedSpikes;
    }

    /**
     * Sets an encoder's inputs for a batch of {@code rows} and notes whether its second half repeats
     * its first (csdp.md §4.1: a training batch is [X; X]).
     */
    public void setBatchInputs(float[] clampValues, byte[][] injected, int rows) {
        this.clamp = clampValues;
        this.injectedSpikes = injected;
        int half = rows / 2;
        int halfCells = half * plan.size();
        boolean twins = injected == null && clampValues != null && half > 0 && rows % 2 == 0
                && java.util.Arrays.equals(clampValues, 0, halfCells, clampValues, halfCells, 2 * halfCells);
        this.twinOffset = twins ? half : 0;
    }

    /**
     * h when rows r and r + h (r &lt; h) of this batch are driven by identical clamped values, else 0.
     * Such rows spike mostly on the same units, which the forward pass exploits; it is a hint for
     * speed, never a change of result.
     */
    public int twinOffset() {
        return twinOffset;
    }
}
