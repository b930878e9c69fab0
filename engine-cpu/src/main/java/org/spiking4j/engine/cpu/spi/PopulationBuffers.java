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

    public void setBatchInputs(float[] clampValues, byte[][] injected) {
        this.clamp = clampValues;
        this.injectedSpikes = injected;
    }
}
