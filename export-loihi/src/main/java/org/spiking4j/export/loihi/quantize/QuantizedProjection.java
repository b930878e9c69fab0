package org.spiking4j.export.loihi.quantize;

/**
 * One projection as a Lava Dense process from {@code source} to {@code target}.
 *
 * @param weights (targetSize, sourceSize) row-major mantissas, signed as Lava's Dense takes them
 * @param delay the spiking circuit's delay (Lava's Dense always delays by one step)
 */
public record QuantizedProjection(String name, String source, String target, int sourceSize, int targetSize,
        int[] weights, int weightExponent, int numWeightBits, SignMode signMode, int clipped, int delay) {

    public int weight(int targetUnit, int sourceUnit) {
        return weights[targetUnit * sourceSize + sourceUnit];
    }
}
