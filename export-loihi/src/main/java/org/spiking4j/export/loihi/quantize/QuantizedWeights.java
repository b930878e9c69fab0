package org.spiking4j.export.loihi.quantize;

/**
 * One projection's weights in Lava's form.
 *
 * @param mantissas (dst, src) row-major, signed as Lava's Dense constructor takes them (an
 *     inhibitory projection holds values ≤ 0)
 * @param exponent the projection's weight exponent: one spike through mantissa m adds
 *     {@code m·2^exponent} (floored after summing) to the target's synaptic input
 * @param clipped how many mantissas had to be clipped to the 8-bit range
 * @param largestEffective the largest |effective weight| before rounding, in synaptic-input units
 * @param largestRoundingError the largest |mantissa·2^exponent − effective weight| among unclipped weights
 */
public record QuantizedWeights(int[] mantissas, int exponent, SignMode signMode, int clipped,
        double largestEffective, double largestRoundingError) {
}
