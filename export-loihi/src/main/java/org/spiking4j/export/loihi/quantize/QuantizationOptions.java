package org.spiking4j.export.loihi.quantize;

import org.spiking4j.api.Spiking4jException;

/**
 * Choices the quantiser leaves to the user.
 *
 * @param thresholdMantissa the {@code vth} every LIF population gets; it fixes the population's
 *     scale (vth / θ_ref). Larger keeps more bits of the potential, smaller leaves more headroom for
 *     the per-step input (±2^15 on the chip)
 * @param includeReconstruction export the reconstruction pathway (delay 0 in the circuit, so it
 *     gains one step of latency in Lava)
 * @param thresholdAdaptation how to stand in for the sLIF cell's per-sample adaptive threshold
 */
public record QuantizationOptions(int thresholdMantissa, boolean includeReconstruction,
        ThresholdAdaptation thresholdAdaptation) {

    /** vth = 2^12: 12 bits of potential below threshold, and an 8× margin on the per-step input. */
    public static final int DEFAULT_THRESHOLD_MANTISSA = 4096;

    public QuantizationOptions {
        if (thresholdMantissa < 1 || thresholdMantissa > LoihiLimits.THRESHOLD_MAX) {
            throw new Spiking4jException("The threshold mantissa must be in 1…" + LoihiLimits.THRESHOLD_MAX
                    + " (Lava's vth is 17-bit unsigned); got " + thresholdMantissa + ".");
        }
        if (thresholdAdaptation == null) {
            thresholdAdaptation = ThresholdAdaptation.INITIAL;
        }
    }

    public static QuantizationOptions defaults() {
        return new QuantizationOptions(DEFAULT_THRESHOLD_MANTISSA, false, ThresholdAdaptation.INITIAL);
    }

    public QuantizationOptions withReconstruction(boolean include) {
        return new QuantizationOptions(thresholdMantissa, include, thresholdAdaptation);
    }

    public QuantizationOptions withThresholdAdaptation(ThresholdAdaptation adaptation) {
        return new QuantizationOptions(thresholdMantissa, includeReconstruction, adaptation);
    }

    /** What replaces the adaptive threshold (ρ_b rule), which Lava's LIF cannot represent. */
    public enum ThresholdAdaptation {
        /** Each unit keeps its initial threshold θ_i, as a circuit trained with rhoB 0 does. */
        INITIAL
    }
}
