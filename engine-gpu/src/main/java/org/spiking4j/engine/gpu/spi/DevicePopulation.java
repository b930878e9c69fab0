package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;

/**
 * The device buffers of one population that kernels share: input current, spikes, optional trace,
 * and for encoders the batch's clamped values and, when a batch injects them, its spikes per step.
 */
public final class DevicePopulation {
    private final OpenClDevice device;
    private final String name;
    private final PopulationSpec spec;
    private final int size;
    private final int capacityRows;
    private final DeviceBuffer current;
    private final DeviceSpikes spikes;
    private final DeviceBuffer trace;
    private final float traceDecay;
    private final DeviceBuffer clamp;
    private DeviceBuffer injectedSpikes;
    private boolean injectedThisBatch;

    /**
     * @param traceDecay the trace's per-step factor f32(1 − dt/τ), or NaN without a trace
     * @param encoder whether the batch clamps values onto it (then it has no current)
     * @param listRowsPerUnit whether it is the pre side of a plastic projection
     */
    public DevicePopulation(OpenClDevice device, String name, PopulationSpec spec, int capacityRows, float traceDecay,
            boolean encoder, boolean listRowsPerUnit) {
        this.device = device;
        this.name = name;
        this.spec = spec;
        this.size = spec.size();
        this.capacityRows = capacityRows;
        long cells = (long) size * capacityRows;
        this.current = encoder ? null : device.allocate(name + " current", cells * Float.BYTES);
        this.spikes = new DeviceSpikes(device, name, size, capacityRows, listRowsPerUnit);
        this.traceDecay = traceDecay;
        this.trace = Float.isNaN(traceDecay) ? null : device.allocate(name + " trace", cells * Float.BYTES);
        this.clamp = encoder ? device.allocate(name + " clamped values", cells * Float.BYTES) : null;
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

    public int capacityRows() {
        return capacityRows;
    }

    /** (rows, size) summed synaptic current of this step; null for encoders. */
    public DeviceBuffer current() {
        return current;
    }

    public DeviceSpikes spikes() {
        return spikes;
    }

    /** (rows, size) trace, or null when the population has none. */
    public DeviceBuffer trace() {
        return trace;
    }

    public float traceDecay() {
        return traceDecay;
    }

    /** (rows, size) clamped values of an encoder for this batch; null for other populations. */
    public DeviceBuffer clamp() {
        return clamp;
    }

    /** Whether this batch replaces the encoder's draws by injected spikes ({@link #injectedSpikes()}). */
    public boolean injectedThisBatch() {
        return injectedThisBatch;
    }

    /** (steps, rows, size) spikes injected for this batch; valid when {@link #injectedThisBatch()}. */
    public DeviceBuffer injectedSpikes() {
        return injectedSpikes;
    }

    /** Uploads this batch's clamped values (may be null when spikes are injected). */
    public void setClamp(float[] values, int rows) {
        if (values != null) {
            clamp.write(values, rows * size);
        }
    }

    /** Uploads injected spikes, one (rows, size) array per step, or forgets them when null. */
    public void setInjectedSpikes(byte[][] perStep, int rows) {
        injectedThisBatch = perStep != null;
        if (perStep == null) {
            return;
        }
        long stepBytes = (long) rows * size;
        long needed = stepBytes * perStep.length;
        if (injectedSpikes == null || injectedSpikes.bytes() < needed) {
            if (injectedSpikes != null) {
                injectedSpikes.close();
            }
            injectedSpikes = device.allocate(name + " injected spikes", needed);
        }
        for (int step = 0; step < perStep.length; step++) {
            injectedSpikes.write(perStep[step], (int) stepBytes, step * stepBytes);
        }
    }
}
