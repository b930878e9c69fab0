package org.spiking4j.export.loihi.quantize;

/**
 * The fixed-point envelope of Lava's bit-accurate LIF and Dense models and of Loihi cores
 * (loihi-export.md §1). Everything the quantiser produces stays inside it, or the export report
 * says where it does not.
 */
public final class LoihiLimits {
    /** Decays are fractions of 4096: {@code du}, {@code dv} in 0…4095. */
    public static final int DECAY_UNIT = 4096;
    public static final int DECAY_MAX = 4095;
    /** {@code du} that replaces the current every step (the sLIF cell has no synaptic memory). */
    public static final int DU_NO_MEMORY = 4095;
    /** {@code vth} is 17-bit unsigned. */
    public static final int THRESHOLD_MAX = 131_071;
    /** {@code bias_mant} is 13-bit signed. */
    public static final int BIAS_MANTISSA_MAX = 4095;
    public static final int BIAS_EXPONENT_MAX = 7;
    /** One weight exponent per projection, −7…7. */
    public static final int WEIGHT_EXPONENT_MIN = -7;
    public static final int WEIGHT_EXPONENT_MAX = 7;
    /** Weight mantissas are 8 bits plus a sign. */
    public static final int WEIGHT_BITS = 8;
    /** Synaptic input and threshold are shifted left by 6 before they meet the 24-bit state. */
    public static final int STATE_SHIFT = 6;
    /** Per-step synaptic input a LIF can take on the chip: ±2^15. */
    public static final long SYNAPTIC_INPUT_MAX = 1L << 15;
    /** u and v are 24-bit signed. */
    public static final long STATE_HALF_RANGE = 1L << 23;
    public static final int MAX_DELAY = 62;
    /** Loihi 1 core: 1024 neurons, 4096 input axons. */
    public static final int CORE_NEURONS = 1024;
    public static final int CORE_INPUT_AXONS = 4096;

    private LoihiLimits() {
    }
}
