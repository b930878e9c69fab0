package org.spiking4j.export.loihi.simulate;

import org.spiking4j.export.loihi.quantize.LoihiLimits;

/**
 * One population of Lava's LIF with model PyLifModelBitAcc, every step exactly:
 * <pre>
 *   u = wrap(tz(u·(4096 − (du+1))) + (a << 6))
 *   v = clamp(tz(v·(4096 − dv)) + u + (bias_mant << bias_exp))
 *   spike = v > (vth << 6);  if spike: v = 0
 * </pre>
 * Not thread-safe: one instance per simulated sample stream.
 */
public final class BitAccurateLif {
    private final int size;
    private final long currentRetention;
    private final long voltageRetention;
    private final long threshold;
    private final long[] bias;
    private final long[] current;
    private final long[] voltage;

    public BitAccurateLif(int size, int du, int dv, int vth, int[] biasMantissa, int[] biasExponent) {
        this.size = size;
        this.currentRetention = LoihiLimits.DECAY_UNIT - (du + 1L);
        this.voltageRetention = LoihiLimits.DECAY_UNIT - (long) dv;
        this.threshold = (long) vth << LoihiLimits.STATE_SHIFT;
        this.bias = new long[size];
        for (int unit = 0; unit < size; unit++) {
            bias[unit] = (long) biasMantissa[unit] << biasExponent[unit];
        }
        this.current = new long[size];
        this.voltage = new long[size];
    }

    public int size() {
        return size;
    }

    /** Zeroes u and v, as at the start of a run. */
    public void reset() {
        java.util.Arrays.fill(current, 0);
        java.util.Arrays.fill(voltage, 0);
    }

    /**
     * Advances one step.
     *
     * @param synapticInput a: the summed Dense outputs for this step, one per unit
     * @param spikes receives 1 for every unit that spikes, 0 otherwise, from {@code offset}
     */
    public void step(long[] synapticInput, byte[] spikes, int offset) {
        for (int unit = 0; unit < size; unit++) {
            long u = LavaArithmetic.towardZero(current[unit] * currentRetention)
                    + (synapticInput[unit] << LoihiLimits.STATE_SHIFT);
            u = LavaArithmetic.wrapCurrent(u);
            current[unit] = u;
            long v = LavaArithmetic.clampVoltage(
                    LavaArithmetic.towardZero(voltage[unit] * voltageRetention) + u + bias[unit]);
            boolean fires = v > threshold;
            voltage[unit] = fires ? 0 : v;
            spikes[offset + unit] = fires ? (byte) 1 : (byte) 0;
        }
    }

    /** u of one unit, for tests. */
    public long current(int unit) {
        return current[unit];
    }

    /** v of one unit, for tests. */
    public long voltage(int unit) {
        return voltage[unit];
    }
}
