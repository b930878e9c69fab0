package org.spiking4j.export.loihi.simulate;

import org.spiking4j.export.loihi.quantize.LoihiLimits;

/** The integer operations of Lava's bit-accurate LIF (PyLifModelBitAcc), loihi-export.md §1. */
public final class LavaArithmetic {
    private static final int DECAY_SHIFT = 12;
    private static final long STATE_RANGE = 2 * LoihiLimits.STATE_HALF_RANGE;
    private static final long VOLTAGE_LIMIT = LoihiLimits.STATE_HALF_RANGE - 1;

    private LavaArithmetic() {
    }

    /** A product divided by 4096, rounded toward zero: {@code sign(x)·(|x| >> 12)}. */
    public static long towardZero(long product) {
        return product >= 0 ? product >> DECAY_SHIFT : -((-product) >> DECAY_SHIFT);
    }

    /** Lava's asymmetric 24-bit wrap of the current: above 2^23 down by 2^24, at or below −2^23 up by 2^24. */
    public static long wrapCurrent(long current) {
        if (current > LoihiLimits.STATE_HALF_RANGE) {
            return current - STATE_RANGE;
        }
        if (current <= -LoihiLimits.STATE_HALF_RANGE) {
            return current + STATE_RANGE;
        }
        return current;
    }

    /** Saturates the voltage to ±(2^23 − 1). */
    public static long clampVoltage(long voltage) {
        return Math.max(-VOLTAGE_LIMIT, Math.min(VOLTAGE_LIMIT, voltage));
    }

    /** The Dense output for a summed mantissa: shifted by the exponent, arithmetic (flooring) to the right. */
    public static long applyExponent(long accumulated, int weightExponent) {
        return weightExponent >= 0 ? accumulated << weightExponent : accumulated >> -weightExponent;
    }
}
