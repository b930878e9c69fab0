package org.spiking4j.export.loihi.quantize;

/** Lava's Dense sign modes, with the codes its constructor and the .lava.h5 file use. */
public enum SignMode {
    MIXED(1),
    EXCITATORY(2),
    INHIBITORY(3);

    private final int code;

    SignMode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** As Lava infers it: all ≥ 0 excitatory, else all ≤ 0 inhibitory, else mixed. */
    public static SignMode infer(double smallest, double largest) {
        if (smallest >= 0) {
            return EXCITATORY;
        }
        if (largest <= 0) {
            return INHIBITORY;
        }
        return MIXED;
    }

    public static SignMode ofCode(int code) {
        for (SignMode mode : values()) {
            if (mode.code == code) {
                return mode;
            }
        }
        throw new IllegalArgumentException("No Lava sign mode has code " + code + ".");
    }

    /**
     * Bits Lava's Dense drops from every weight: with 8 weight bits a mixed-sign weight loses its
     * last bit (the sign takes it).
     */
    public int truncatedBits(int numWeightBits) {
        return LoihiLimits.WEIGHT_BITS - numWeightBits + (this == MIXED ? 1 : 0);
    }

    /** The largest mantissa magnitude the quantiser uses: 254 (even) for mixed, 255 otherwise. */
    public int largestMagnitude() {
        return this == MIXED ? 254 : 255;
    }
}
