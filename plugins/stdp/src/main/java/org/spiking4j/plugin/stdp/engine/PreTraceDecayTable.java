package org.spiking4j.plugin.stdp.engine;

import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;

/**
 * Math.exp(−k · dt/τpre) for k = 0, 1, … until it is exactly 0, on the device: the pre trace's
 * lazy decay (StdpLearning.preTrace) with the very values Java computes, since OpenCL's exp need
 * not round like Java's. Grown on demand to the largest gap a pre unit can have (the steps run so
 * far), so a long time constant costs memory only as the run goes on.
 */
final class PreTraceDecayTable {
    /** 2^27 doubles (1 GiB): beyond this a pre trace time constant is too long for the table. */
    static final long MAX_ENTRIES = 1L << 27;

    private final OpenClDevice device;
    private final double decayPerStep;
    private final String owner;
    private double[] values = new double[0];
    private long size;
    private boolean reachedZero;
    private DeviceBuffer buffer;

    PreTraceDecayTable(OpenClDevice device, double decayPerStep, String owner) {
        this.device = device;
        this.decayPerStep = decayPerStep;
        this.owner = owner;
    }

    /** Makes every gap below {@code steps} available (or all nonzero entries, if fewer). */
    void cover(long steps) {
        if (reachedZero || steps <= size) {
            return;
        }
        if (steps > MAX_ENTRIES) {
            throw new Spiking4jException("The stdp rule of projection '" + owner + "' has a pre trace whose decay "
                    + "stays above 0 for more than " + MAX_ENTRIES + " steps; the OpenCL driver keeps its decay "
                    + "factors in a table of that size at most. Use --backend cpu, or a shorter pre trace tau.");
        }
        long target = Math.max(steps, Math.min(MAX_ENTRIES, Math.max(1024, 2 * size)));
        double[] grown = java.util.Arrays.copyOf(values, (int) target);
        long filled = size;
        for (long step = size; step < target; step++) {
            double value = Math.exp(-step * decayPerStep);
            if (value == 0.0) {
                reachedZero = true;
                break;
            }
            grown[(int) step] = value;
            filled = step + 1;
        }
        values = java.util.Arrays.copyOf(grown, (int) filled);
        size = filled;
        if (buffer != null) {
            buffer.close();
        }
        buffer = device.allocate("pre trace decay of '" + owner + "'", Math.max(1, size) * Double.BYTES);
        if (size > 0) {
            buffer.write(values);
        }
    }

    DeviceBuffer buffer() {
        return buffer;
    }

    long size() {
        return size;
    }
}
