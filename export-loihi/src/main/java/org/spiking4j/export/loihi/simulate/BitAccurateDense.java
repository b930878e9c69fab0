package org.spiking4j.export.loihi.simulate;

import org.spiking4j.export.loihi.quantize.SignMode;

/**
 * Lava's Dense with model AbstractPyDenseModelBitAcc. On construction the weights are clipped and
 * truncated as Lava does; each step it sends what it computed the step before (a one-step synaptic
 * delay) and computes the next output from this step's input spikes. Not thread-safe.
 */
public final class BitAccurateDense {
    private final int targetSize;
    private final int sourceSize;
    private final int weightExponent;
    /** The prepared weights transposed to (src, dst), so a spike adds one contiguous row. */
    private final int[] bySource;
    private final long[] accumulated;
    private final long[] pending;

    /**
     * @param weights (dst, src) row-major, signed as Lava's Dense constructor takes them
     * @param signMode the sign mode, or null to infer it from the weights as Lava does
     */
    public BitAccurateDense(int[] weights, int targetSize, int sourceSize, int weightExponent, int numWeightBits,
            SignMode signMode) {
        this.targetSize = targetSize;
        this.sourceSize = sourceSize;
        this.weightExponent = weightExponent;
        int[] prepared = prepareWeights(weights, numWeightBits, signMode == null ? infer(weights) : signMode);
        this.bySource = new int[prepared.length];
        for (int target = 0; target < targetSize; target++) {
            for (int source = 0; source < sourceSize; source++) {
                bySource[source * targetSize + target] = prepared[target * sourceSize + source];
            }
        }
        this.accumulated = new long[targetSize];
        this.pending = new long[targetSize];
    }

    /**
     * Lava's one-time weight preparation: negate if inhibitory, clip to [−256 or 0, 255], drop the
     * low {@code 8 − bits (+1 if mixed)} bits by an arithmetic shift, negate back.
     */
    public static int[] prepareWeights(int[] weights, int numWeightBits, SignMode mode) {
        int lowest = mode == SignMode.MIXED ? -256 : 0;
        int highest = 255;
        int dropped = mode.truncatedBits(numWeightBits);
        int[] prepared = new int[weights.length];
        for (int index = 0; index < weights.length; index++) {
            int w = mode == SignMode.INHIBITORY ? -weights[index] : weights[index];
            w = Math.max(lowest, Math.min(highest, w));
            w = (w >> dropped) << dropped;
            prepared[index] = mode == SignMode.INHIBITORY ? -w : w;
        }
        return prepared;
    }

    public static SignMode infer(int[] weights) {
        int smallest = 0;
        int largest = 0;
        for (int w : weights) {
            smallest = Math.min(smallest, w);
            largest = Math.max(largest, w);
        }
        return SignMode.infer(smallest, largest);
    }

    public int targetSize() {
        return targetSize;
    }

    /** Forgets the output in flight, as at the start of a run. */
    public void reset() {
        java.util.Arrays.fill(pending, 0);
    }

    /** Adds the output computed in the previous step (what Lava's a_out sends this step) to {@code into}. */
    public void send(long[] into) {
        for (int target = 0; target < targetSize; target++) {
            into[target] += pending[target];
        }
    }

    /** Computes next step's output from this step's input spikes, read from {@code spikes[offset …]}. */
    public void receive(byte[] spikes, int offset) {
        java.util.Arrays.fill(accumulated, 0);
        for (int source = 0; source < sourceSize; source++) {
            if (spikes[offset + source] != 0) {
                int row = source * targetSize;
                for (int target = 0; target < targetSize; target++) {
                    accumulated[target] += bySource[row + target];
                }
            }
        }
        for (int target = 0; target < targetSize; target++) {
            pending[target] = LavaArithmetic.applyExponent(accumulated[target], weightExponent);
        }
    }

    /** The output that {@link #send} will deliver next, for tests. */
    public long pending(int target) {
        return pending[target];
    }
}
