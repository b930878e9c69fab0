package org.spiking4j.engine.gpu.spi;

import org.spiking4j.api.engine.PlannedPopulation;
import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;

/**
 * The device buffers of one population that kernels share: input current, spikes, optional trace,
 * and for encoders the batch's clamped values and, when a batch injects them, its spikes per step.
 */
public final class DevicePopulation implements PlannedPopulation {
    private final OpenClDevice device;
    private final PopulationPlan plan;
    private final int capacityRows;
    private final DeviceBuffer current;
    private final DeviceSpikes spikes;
    private final DeviceBuffer trace;
    private final DeviceBuffer clamp;
    private DeviceBuffer injectedSpikes;
    private boolean injectedThisBatch;

    /**
     * Encoders get clamped values and no current; the pre side of a plastic projection also lists,
     * per unit, the rows in which it spiked.
     */
    public DevicePopulation(OpenClDevice device, PopulationPlan plan, int capacityRows) {
        this.device = device;
        this.plan = plan;
        this.capacityRows = capacityRows;
        String name = plan.name();
        long cells = (long) plan.size() * capacityRows;
        this.current = plan.encoder() ? null : device.allocate(name + " current", cells * Float.BYTES);
        this.spikes = new DeviceSpikes(device, name, plan.size(), capacityRows, plan.feedsPlasticProjection());
        this.trace = plan.hasTrace() ? device.allocate(name + " trace", cells * Float.BYTES) : null;
        this.clamp = plan.encoder() ? device.allocate(name + " clamped values", cells * Float.BYTES) : null;
    }

    /** The population's plan: name, size, role, parameters, trace decay. */
    @Override
    public PopulationPlan plan() {
        return plan;
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
        return plan.traceDecay();
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
            clamp.write(values, rows * size());
        }
    }

    /** Uploads injected spikes, one (rows, size) array per step, or forgets them when null. */
    public void setInjectedSpikes(byte[][] perStep, int rows) {
        injectedThisBatch = perStep != null;
        if (perStep == null) {
            return;
        }
        long stepBytes = (long) rows * size();
        long needed = stepBytes * perStep.length;
        if (injectedSpikes == null || injectedSpikes.bytes() < needed) {
            if (injectedSpikes != null) {
                injectedSpikes.close();
            }
            injectedSpikes = device.allocate(name() + " injected spikes", needed);
        }
        for (int step = 0; step < perStep.length; step++) {
            injectedSpikes.write(perStep[step], (int) stepBytes, step * stepBytes);
        }
    }
}
