package org.spiking4j.export.loihi.quantize;

/**
 * Rounds real effective weights (synaptic-input units per spike) to 8-bit mantissas with one
 * exponent: the smallest exponent whose largest mantissa still fits, so that the weights keep as
 * many bits as the format allows (loihi-export.md §2).
 */
public final class WeightQuantizer {

    public QuantizedWeights quantize(double[] effective) {
        double smallest = 0;
        double largest = 0;
        double largestMagnitude = 0;
        for (double value : effective) {
            smallest = Math.min(smallest, value);
            largest = Math.max(largest, value);
            largestMagnitude = Math.max(largestMagnitude, Math.abs(value));
        }
        SignMode mode = SignMode.infer(smallest, largest);
        int exponent = exponentFor(largestMagnitude, mode);
        double unit = Math.scalb(1.0, exponent);
        int limit = mode.largestMagnitude();
        int lowest = mode == SignMode.EXCITATORY ? 0 : -limit;
        int highest = mode == SignMode.INHIBITORY ? 0 : limit;
        int[] mantissas = new int[effective.length];
        int clipped = 0;
        double largestError = 0;
        for (int index = 0; index < effective.length; index++) {
            long rounded = round(effective[index] / unit, mode);
            if (rounded < lowest || rounded > highest) {
                clipped++;
                rounded = Math.max(lowest, Math.min(highest, rounded));
            } else {
                largestError = Math.max(largestError, Math.abs(rounded * unit - effective[index]));
            }
            mantissas[index] = (int) rounded;
        }
        return new QuantizedWeights(mantissas, exponent, mode, clipped, largestMagnitude, largestError);
    }

    /** The smallest exponent in −7…7 at which the largest weight rounds to a mantissa within the limit. */
    static int exponentFor(double largestMagnitude, SignMode mode) {
        if (largestMagnitude == 0) {
            return 0;
        }
        for (int exponent = LoihiLimits.WEIGHT_EXPONENT_MIN; exponent < LoihiLimits.WEIGHT_EXPONENT_MAX; exponent++) {
            if (round(largestMagnitude / Math.scalb(1.0, exponent), mode) <= mode.largestMagnitude()) {
                return exponent;
            }
        }
        return LoihiLimits.WEIGHT_EXPONENT_MAX;
    }

    /** Nearest integer; nearest even integer for mixed sign, because Lava drops a mixed weight's last bit. */
    static long round(double value, SignMode mode) {
        return mode == SignMode.MIXED ? 2 * Math.round(value / 2) : Math.round(value);
    }
}
