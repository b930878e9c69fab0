package org.spiking4j.export.loihi.quantize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spiking4j.export.loihi.simulate.BitAccurateDense;

class WeightQuantizerTest {
    private final WeightQuantizer quantizer = new WeightQuantizer();

    @Test
    void mixedWeightsGetEvenMantissasUpTo254AtTheSmallestFittingExponent() {
        QuantizedWeights weights = quantizer.quantize(new double[] {100.0, -50.0, 3.2});
        assertEquals(SignMode.MIXED, weights.signMode());
        assertEquals(-1, weights.exponent(), "100 / 2^-1 = 200 fits 254, 100 / 2^-2 = 400 does not");
        assertArrayEquals(new int[] {200, -100, 6}, weights.mantissas());
    }

    @Test
    void oneSignedWeightsUseTheFull255() {
        QuantizedWeights excitatory = quantizer.quantize(new double[] {255.0, 1.0});
        assertEquals(SignMode.EXCITATORY, excitatory.signMode());
        assertEquals(0, excitatory.exponent());
        assertArrayEquals(new int[] {255, 1}, excitatory.mantissas());
        QuantizedWeights inhibitory = quantizer.quantize(new double[] {-0.5, 0.0, -0.25});
        assertEquals(SignMode.INHIBITORY, inhibitory.signMode());
        assertEquals(-7, inhibitory.exponent());
        assertArrayEquals(new int[] {-64, 0, -32}, inhibitory.mantissas(), "inhibitory mantissas stay negative");
    }

    @Test
    void weightsBeyondTheLargestExponentAreClippedAndCounted() {
        QuantizedWeights weights = quantizer.quantize(new double[] {255 * 128 * 2.0, 255 * 128.0, 1.0});
        assertEquals(LoihiLimits.WEIGHT_EXPONENT_MAX, weights.exponent());
        assertEquals(1, weights.clipped());
        assertEquals(255, weights.mantissas()[0]);
    }

    @Test
    void allZeroWeightsNeedNoExponent() {
        QuantizedWeights weights = quantizer.quantize(new double[] {0, 0});
        assertEquals(0, weights.exponent());
        assertEquals(SignMode.EXCITATORY, weights.signMode());
    }

    @Test
    void lavaKeepsEveryMantissaTheQuantiserChoosesUnchanged() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            double[] effective = new double[64];
            double scale = Math.scalb(1.0, random.nextInt(14) - 5);
            int sign = trial % 3;
            for (int index = 0; index < effective.length; index++) {
                double value = scale * random.nextDouble();
                effective[index] = sign == 0 ? value : sign == 1 ? -value : value * (random.nextBoolean() ? 1 : -1);
            }
            QuantizedWeights weights = quantizer.quantize(effective);
            int[] prepared = BitAccurateDense.prepareWeights(weights.mantissas(), LoihiLimits.WEIGHT_BITS,
                    weights.signMode());
            assertArrayEquals(weights.mantissas(), prepared, "Lava's clip and truncation must be the identity");
            double unit = Math.scalb(1.0, weights.exponent());
            double tolerance = (weights.signMode() == SignMode.MIXED ? 1.0 : 0.5) * unit;
            for (int index = 0; index < effective.length; index++) {
                assertTrue(Math.abs(weights.mantissas()[index] * unit - effective[index]) <= tolerance + 1e-12);
            }
        }
    }
}
