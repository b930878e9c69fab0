package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.circuit.PopulationSpec;

/**
 * The arrays of one population that kernels share: input current, spikes, optional trace, and
 * for encoders the batch's clamped values or injected spikes.
 */
public final class PopulationBuffers {
    private final String name;
    private final PopulationSpec spec;
    private final int size;
    private final float[] current;
    private final SpikeBuffer spikes;
    private final float[] trace;
    private final int[] traceActive;
    private final int[] traceActiveCount;
    private final float traceDecay;
    private float[] clamp;
    private byte[][] injectedSpikes;

    /**
     * @param traceDecay the trace's per-step factor f32(1 − dt/τ), or NaN without a trace
     */
    public PopulationBuffers(String name, PopulationSpec spec, int capacityRows, float traceDecay) {
        boolean traced = !Float.isNaN(traceDecay);
        this.traceDecay = traceDecay;
        this.name = name;
        this.spec = spec;
        this.size = spec.size();
        this.current = new float[capacityRows * size];
        this.spikes = new SpikeBuffer(size, capacityRows);
        this.trace = traced ? new float[capacityRows * size] : null;
        this.traceActive = traced ? new int[capacityRows * size] : null;
        this.traceActiveCount = traced ? new int[capacityRows] : null;
    }

    public String name() {
        return name;
    }

    public PopulationSpec spec() {
        return spec;
    }

    public int size() {
        return size;
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

    /** The trace's per-step decay factor. */
    public float traceDecay() {
        return traceDecay;
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
