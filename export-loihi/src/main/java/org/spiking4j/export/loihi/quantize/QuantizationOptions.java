package org.spiking4j.export.loihi.quantize;

import java.util.Map;
import org.spiking4j.api.Spiking4jException;

/**
 * Choices the quantiser leaves to the user.
 *
 * @param thresholdMantissa the {@code vth} every LIF population gets unless overridden; it fixes
 *     the population's scale (vth / θ_ref). Larger keeps more bits of the potential, smaller leaves
 *     more headroom for the per-step input (±2^15 on the chip)
 * @param thresholdMantissas per-population overrides of {@code thresholdMantissa}
 * @param includeReconstruction export the reconstruction pathway (delay 0 in the circuit, so it
 *     gains one step of latency in Lava)
 */
public record QuantizationOptions(int thresholdMantissa, Map<String, Integer> thresholdMantissas,
        boolean includeReconstruction) {

    /**
     * vth = 2^12 keeps 12 bits of potential below threshold; a population whose per-step input would
     * then exceed ±2^15 is lowered by the exporter's input-headroom calibration.
     */
    public static final int DEFAULT_THRESHOLD_MANTISSA = 4096;

    public QuantizationOptions {
        checkMantissa(thresholdMantissa);
        thresholdMantissas = Map.copyOf(thresholdMantissas == null ? Map.of() : thresholdMantissas);
        thresholdMantissas.values().forEach(QuantizationOptions::checkMantissa);
    }

    public static QuantizationOptions defaults() {
        return new QuantizationOptions(DEFAULT_THRESHOLD_MANTISSA, Map.of(), false);
    }

    /** The vth of one population. */
    public int thresholdMantissaOf(String population) {
        return thresholdMantissas.getOrDefault(population, thresholdMantissa);
    }

    public QuantizationOptions withThresholdMantissa(int mantissa) {
        return new QuantizationOptions(mantissa, thresholdMantissas, includeReconstruction);
    }

    public QuantizationOptions withThresholdMantissas(Map<String, Integer> perPopulation) {
        return new QuantizationOptions(thresholdMantissa, perPopulation, includeReconstruction);
    }

    public QuantizationOptions withReconstruction(boolean include) {
        return new QuantizationOptions(thresholdMantissa, thresholdMantissas, include);
    }

    private static void checkMantissa(int mantissa) {
        if (mantissa < 1 || mantissa > LoihiLimits.THRESHOLD_MAX) {
            throw new Spiking4jException("The threshold mantissa must be in 1…" + LoihiLimits.THRESHOLD_MAX
                    + " (Lava's vth is 17-bit unsigned); got " + mantissa + ".");
        }
    }
}
